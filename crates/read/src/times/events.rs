//! Times counted from an event the report names: "the day after the fire",
//! "six days after the vote", "a week before the summit", "two weeks from
//! the sentence".
//!
//! What it does: dates the event from the report itself, where a resolved
//! day stands right before a count from the event ("on Sunday, six days
//! after the fire" dates the fire six days before that Sunday), or right
//! after the event's word ("members will vote on Thursday"); every
//! expression counted from that event then resolves. An event the report
//! never dates this way stays [`UnresolvedReason::UndatedEvent`], never a
//! guess. What it does not: date an event from other reports of the story,
//! or from a day written far from the event's word.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use chrono::NaiveDate;
use crosscheck_types::{Granularity, TimeExpr, TimeValue, UnresolvedReason};
use regex::Regex;

use super::dates::{days_back, days_fwd, unresolved};
use crate::sentences::ParagraphSentences;

static COUNTED_FROM_EVENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?:the\s+(?P<one>day|night|week)|(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?P<unit>day|week)s?)\s+(?P<dir>after|before|from)\s+the\s+(?P<event>[a-z]{3,}(?:\s+[a-z]{3,})?)(?-u:\b)",
    )
    // A static pattern: a failure here is a bug caught by every test.
    .expect("times: the event pattern is valid")
});

/// Words after "after the" that are not events but times or places.
const NOT_EVENTS: &[&str] = &[
    "day", "days", "week", "weeks", "month", "year", "end", "start", "first", "last", "next",
    "same", "other", "morning", "evening", "night", "weekend",
];

/// One "N units after/before the EVENT".
struct Counted {
    start: usize,
    end: usize,
    /// Days from the event (negative before it).
    days: i64,
    /// The event's noun, lower-case ("fire", "vote").
    event: String,
}

/// Adds the expressions counted from an event to `out` (kept in order of
/// position; none overlapping an expression already there).
pub(super) fn counted_from_events(body: &str, anchor: Option<NaiveDate>, out: &mut Vec<TimeExpr>) {
    let counted = find(body);
    if counted.is_empty() {
        return;
    }
    // Date each event: a day written right before the count is the day
    // counted to ("on Sunday, six days after the fire"); else a day written
    // just after the event's word, in this sentence or an earlier one, is
    // the event's ("will vote on Thursday … two days after the vote").
    let mut sents = ParagraphSentences::new(body);
    let mut dated: BTreeMap<String, NaiveDate> = BTreeMap::new();
    for c in &counted {
        let Some(s) = sents.at(c.start) else { continue };
        let counted_to = out.iter().rev().find_map(|t| match t.value {
            TimeValue::Date(d)
                if t.start >= s.start
                    && t.end <= c.start
                    && body
                        .get(t.end..c.start)
                        .is_some_and(|g| matches!(g.trim(), "" | ",")) =>
            {
                Some(d)
            }
            _ => None,
        });
        let event_day = counted_to
            .and_then(|d| shift(d, -c.days))
            .or_else(|| day_after_word(body, out, &c.event, c.start));
        if let Some(day) = event_day {
            dated.entry(c.event.clone()).or_insert(day);
        }
    }
    for c in counted {
        if out.iter().any(|t| t.start < c.end && c.start < t.end) {
            continue;
        }
        let value = match (dated.get(&c.event), anchor) {
            (Some(&day), _) => shift(day, c.days)
                .map_or(unresolved(UnresolvedReason::InvalidDate), TimeValue::Date),
            (None, None) => unresolved(UnresolvedReason::NoAnchor),
            (None, Some(_)) => unresolved(UnresolvedReason::UndatedEvent),
        };
        let Some(text) = body.get(c.start..c.end) else {
            continue;
        };
        out.push(TimeExpr {
            start: c.start,
            end: c.end,
            text: text.to_owned(),
            value,
            granularity: Granularity::Day,
            wall: None,
        });
    }
    out.sort_by_key(|t| t.start);
}

/// The count a time expression makes from an event ("three days after the
/// final" → 3 days after "final"; "a week before the vote" → -7, "vote"):
/// days from the event and its noun, when `text` is such an expression.
/// For a later stage that dates the event from other reports.
pub fn counted_from_event(text: &str) -> Option<(i64, String)> {
    find(text)
        .into_iter()
        .find(|c| c.start == 0)
        .map(|c| (c.days, c.event))
}

fn find(body: &str) -> Vec<Counted> {
    let mut out = Vec::new();
    for c in COUNTED_FROM_EVENT.captures_iter(body) {
        let (Some(all), Some(event), Some(dir)) = (c.get(0), c.name("event"), c.name("dir")) else {
            continue;
        };
        let event_words: Vec<String> = event
            .as_str()
            .split_whitespace()
            .map(str::to_ascii_lowercase)
            .collect();
        // The head noun is the first word; a second word is kept only as
        // part of a compound ("the peace talks"), never a verb or a preposition.
        let Some(head) = event_words.first() else {
            continue;
        };
        if NOT_EVENTS.contains(&head.as_str()) {
            continue;
        }
        let (mut end, mut key) = (event.start() + head.len(), head.clone());
        if let Some(second) = event_words.get(1) {
            if second.ends_with('s')
                && !matches!(second.as_str(), "was" | "has" | "is" | "this" | "its")
            {
                end = event.end();
                key = format!("{head} {second}");
            }
        }
        let days_per = match c
            .name("one")
            .or(c.name("unit"))
            .map(|m| m.as_str().to_ascii_lowercase())
        {
            Some(u) if u.starts_with("week") => 7,
            _ => 1,
        };
        let n: i64 = match c.name("n").map(|m| m.as_str().to_ascii_lowercase()) {
            None => 1,
            Some(w) => match w.as_str() {
                "a" | "an" | "one" => 1,
                "two" => 2,
                "three" => 3,
                "four" => 4,
                "five" => 5,
                "six" => 6,
                "seven" => 7,
                "eight" => 8,
                "nine" => 9,
                "ten" => 10,
                "eleven" => 11,
                "twelve" => 12,
                digits => digits.parse().unwrap_or(0),
            },
        };
        if n == 0 {
            continue;
        }
        let sign = if dir.as_str().eq_ignore_ascii_case("before") {
            -1
        } else {
            1
        };
        out.push(Counted {
            start: all.start(),
            end,
            days: sign * n * days_per,
            event: key,
        });
    }
    out
}

/// The latest resolved day before `before` written within a few words after
/// the event's word or a verb of it ("vote on Thursday", "voted on
/// Thursday", "the fire late on Monday"), within one sentence.
fn day_after_word(body: &str, out: &[TimeExpr], event: &str, before: usize) -> Option<NaiveDate> {
    let head = event.split(' ').next().unwrap_or(event);
    // The word's stem: "vote" for "vote", "voted", "votes".
    let stem: String = head
        .chars()
        .take(head.chars().count().clamp(3, 5))
        .collect();
    out.iter().rev().find_map(|t| {
        let TimeValue::Date(d) = t.value else {
            return None;
        };
        if t.end > before {
            return None;
        }
        let from = t.start.saturating_sub(40);
        let from = (from..=t.start).find(|&i| body.is_char_boundary(i))?;
        let lead = body.get(from..t.start)?;
        // Stay inside the sentence.
        let lead = lead.rsplit(['.', '!', '?', '\n']).next().unwrap_or(lead);
        lead.split(|c: char| !c.is_alphanumeric())
            .any(|w| w.to_ascii_lowercase().starts_with(&stem))
            .then_some(d)
    })
}

fn shift(day: NaiveDate, days: i64) -> Option<NaiveDate> {
    if days >= 0 {
        days_fwd(day, days.unsigned_abs())
    } else {
        days_back(day, days.unsigned_abs())
    }
}
