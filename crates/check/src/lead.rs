//! The day a report's lead gives the event: a news report's first sentence
//! says what happened and when ("Demolition crews tore down … early on
//! Sunday", "The unauthorised demolition … in the early hours of Monday",
//! "Drovenza fined the developer … on Wednesday"). Reports of one event
//! that tell it in different verbs still date one happening there, so the
//! lead's day is a claim of its own, compared across the event's reports
//! whatever verb carries it.
//!
//! What it does not: a day a span runs from ("rain since Sunday"); a lead day before the event's first report by more
//! than a few days is a recalled act ("the overnight demolition … on June
//! 9" in a report of the penalty ten days later), not the event's; a clock
//! is not a day (the same instant falls on two days in two zones); a
//! quoted day is the speaker's, and a day a statement is made on ("said on
//! Tuesday") dates the speaking.

use std::collections::BTreeSet;

use chrono::Duration;
use crosscheck_types::{Granularity, TimeValue};

use crate::claims::bare_weekday;
use crate::measure::{since, Span};
use crate::statements::{Claim, Slot, Value, View};

/// The key of a lead's day.
pub(crate) const LEAD: &str = "lead";

/// How many days before the event's first report its lead day may fall:
/// a report the morning after tells of "yesterday", a weekly of the
/// weekend before.
const LEAD_DAYS_BEFORE: i64 = 3;

/// The day the first sentence of the report gives the event, as a claim.
pub(crate) fn lead_day(v: &View<'_>, vi: usize, span: Option<Span>) -> Option<Claim> {
    let span = span?;
    let sent = v.sents.first().filter(|s| !s.background)?;
    let body = v.art.body.as_str();
    let from = dateline_end(body.get(sent.start..sent.end)?) + sent.start;
    let earliest = span.first - Duration::days(LEAD_DAYS_BEFORE);
    let t = v.art.times.iter().find(|t| {
        t.start >= from
            && t.end <= sent.end
            && matches!(t.granularity, Granularity::Day | Granularity::PartOfDay)
            && !v.quoted_at(t.start)
            && !since(body, t.start, &t.text)
            && !not_the_act(v, t.start)
            && matches!(t.value, TimeValue::Date(d) if d >= earliest && d <= span.last)
    })?;
    Some(Claim {
        view: vi,
        sent: 0,
        slot: Slot::Date,
        key: LEAD.to_owned(),
        value: Value::Time {
            value: t.value,
            weekday: bare_weekday(&t.text, &t.value),
            zone: None,
        },
        kind: None,
        context: Default::default(),
        set: None,
        as_of: None,
    })
}

/// Whether the day at `start` dates a statement ("the minister said on
/// Tuesday"): the speaking, not the event, whatever was said; or is a
/// limit ("by Tuesday").
fn not_the_act(v: &View<'_>, start: usize) -> bool {
    let i = v.tok_at(start);
    let before = |k: usize| i.checked_sub(k).and_then(|j| v.toks.get(j));
    // "By Tuesday night 146 had been treated": a limit, no day of an act.
    if before(1).is_some_and(|t| t.word == "by") {
        return true;
    }
    let on = before(1).is_some_and(|t| t.word == "on");
    // "announced" is left out: an announcement is an act news dates.
    before(if on { 2 } else { 1 }).is_some_and(|t| {
        matches!(
            t.word.as_str(),
            "said" | "says" | "say" | "told" | "tells" | "added" | "adds" | "stated"
        )
    })
}

/// Whether any of the given reports writes, anywhere outside a quote, a
/// day of `value`: a report that leads with another day yet dates the
/// event's own day too contradicts nothing.
pub(crate) fn knows_day(views: &[View<'_>], reports: &BTreeSet<usize>, value: &Value) -> bool {
    let Value::Time { value, .. } = value else {
        return false;
    };
    let Some((from, to)) = value.days() else {
        return false;
    };
    reports.iter().filter_map(|&r| views.get(r)).any(|v| {
        v.art.times.iter().any(|t| {
            !v.quoted_at(t.start) && matches!(t.value, TimeValue::Date(d) if d >= from && d <= to)
        })
    })
}

/// Where a dateline ("SARVENNA, Drovenza, June 19 (Vireo) – ") ends in a
/// lead, 0 when it has none: a dash near the start after a capitalised
/// place. The dateline's day is the day of writing, not of the event.
fn dateline_end(lead: &str) -> usize {
    let Some((at, dash)) = ['–', '—']
        .iter()
        .filter_map(|d| lead.find(*d).map(|i| (i, d.len_utf8())))
        .chain(lead.find(" - ").map(|i| (i, 3)))
        .min()
    else {
        return 0;
    };
    let before = &lead[..at];
    let opens_upper = before.split_whitespace().next().is_some_and(|w| {
        w.chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
    });
    if at <= 80 && opens_upper {
        at + dash
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dateline_ends_at_its_dash() {
        let lead = "SARVENNA, Drovenza, June 19 (Vireo) – Drovenza fined the firm on Wednesday.";
        assert_eq!(
            &lead[dateline_end(lead)..],
            " Drovenza fined the firm on Wednesday."
        );
        assert_eq!(dateline_end("The firm – a builder – was fined."), 0);
    }
}
