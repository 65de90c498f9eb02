//! Time expressions, normalised against the publication date (the anchor).
//!
//! Rules, all deterministic:
//!
//! - Explicit dates ("29 October 2025", "October 29, 2025", "2025-10-29"),
//!   months with a year ("March 2026": the whole month) and years after
//!   "in", "since", "during", "by", "until", "back to", "dating from"
//!   ("in 2024": the whole year)
//!   resolve without an anchor. A named date that does not exist
//!   ("31 February 2025") is [`UnresolvedReason::InvalidDate`].
//! - Every relative expression needs the anchor; without one it is
//!   [`UnresolvedReason::NoAnchor`], never a guess.
//! - A weekday ("on Thursday", "Tuesday night", "late Friday") is the most
//!   recent such day on or before the anchor: news reports past events, and
//!   a report published on a Thursday that says "on Thursday" means that
//!   day. When the clause before it has a future cue ("will", "is due to",
//!   "is scheduled", "plans to", ...) it is the first such day on or after
//!   the anchor, unless a past participle with its own time adjunct stands
//!   between the cue and the weekday ("will release them under an agreement
//!   reached late on Sunday" is past). A "when" clause right after the
//!   weekday with a future cue ("on Wednesday, when the minister is due to
//!   meet them") makes it future too, and so does the present simple of a
//!   scheduled act right before "on" ("The board meets on Thursday.",
//!   "Staff get the difference on Friday."; not a headline: see
//!   `scheduled`). "last Thursday" is strictly before the
//!   anchor, "next Monday" / "coming Monday" strictly after, but never the
//!   day before or after (those are "yesterday" and "tomorrow": "last
//!   Tuesday" said on a Wednesday is eight days back); "this Friday" the
//!   one in the anchor's Monday-to-Sunday week.
//! - A weekend is its Saturday and Sunday: "this weekend" the one of the
//!   anchor's week, "last weekend" the one before, "the weekend" the last
//!   one or the coming one by its clause's tense, as a weekday (see
//!   `weekend`).
//! - "today", "tonight" are the anchor; "yesterday", "last night" the day
//!   before; "tomorrow" the day after.
//! - Weeks run Monday to Sunday. "this week", "last week", "next week" are
//!   ranges of whole weeks; "this/last/next month/year" of whole months and
//!   years; "the past week/month/year" runs from one week/month/year before
//!   the anchor to the anchor. "earlier this week/month/year" runs from the
//!   period's first day to the anchor, "later this …" from the anchor to the
//!   period's last day. "early …" is the first part of the period (Monday
//!   and Tuesday; days 1–10; January–April), "late …" the last part (Friday
//!   to Sunday; day 21 to the end; September–December).
//! - "that evening", "the same day", "the next morning", "the following
//!   day", "the previous night": the last date before it said of an event
//!   (not one dating the report's own speaking: "told us yesterday"),
//!   moved by a day for "next"/"following"/"previous"; with none,
//!   [`UnresolvedReason::NoAntecedent`]. A clock right before such a
//!   phrase takes its day ("until 05:45 CET the next morning").
//! - "N days/weeks/months/years ago": the day N days or weeks before the
//!   anchor; the month or year N months or years before it.
//! - A month and day without a year ("on October 25", "25 October") take the
//!   year (the anchor's, the one before or the one after) that puts the date
//!   nearest the anchor; a tie goes to the earlier date.
//! - A month without a year after "since" is the latest such month up to the
//!   anchor's; after "by", "until", "before", "after", "from" the first from
//!   the anchor's month on with a future cue, else the nearest to the anchor
//!   ("in/last/next Month": see `absolute`).
//! - A clock time ("10:30 GMT", "15:00 PKT (UTC+5)", "3 p.m. local time")
//!   is an instant only with a time zone: a known abbreviation, a
//!   "UTC+5"-style offset, or both (the explicit offset wins). Its day is the
//!   nearest resolved single-day expression in the same sentence, else the
//!   nearest one before it in its paragraph, else the report's first
//!   resolved day before it (its lead's event), else the anchor. Without a zone ("3 p.m.", "3 p.m. local time") it is
//!   [`UnresolvedReason::NoTimeZone`] (keeping what the clock reads,
//!   [`crosscheck_types::WallClock`], with the zone's name when the text
//!   gives one no table knows: "7:35 p.m. Ilmaravo time", "at 3:15 a.m. on
//!   Saturday, Quenmarra time"); a named zone is fixed when its clock's
//!   sentence gives the same instant in GMT ("00:00 on Thursday, Kodmezo
//!   time (21:00 GMT on Wednesday)"), for every clock of the report in
//!   that zone, unless the report fixes its local
//!   time once with a bracket ("17:48 local time (15:48 GMT)", or the
//!   same instant later in the sentence: "23:10 local time on Tuesday
//!   (22:10 GMT)", "11:40 local time (08:40 here)"): its other
//!   "local time" clocks take that offset. A clock that restates another
//!   in another place ("07:00 GMT, which is 15:00 in Port Aucel", "at
//!   10:30 (11:30 in Várkony)", "(08:40 here)") is the same instant, once
//!   either of the two is one (see `restated`). A live report's bare entry
//!   stamps ("15:40 – The council …", two or more) take its declared zone,
//!   or the zone it fixes by writing a clock "here" beside the same instant
//!   in GMT ("that's 3am here and 8am GMT", see `same_instant`) or a clock
//!   with no zone followed by it ("at 9.30am - that's 13:30 GMT"), and are
//!   clocks of no known instant when it does neither. Read with the rest
//!   of its story, a clock of no zone (not "local time") takes the offset
//!   the story fixes for the place its report is datelined in, and a clock
//!   in a named zone the offset the story fixes for that place (see
//!   `story_zones`). "their time" is the
//!   local time of the place reported on. A day set as a limit ("by May
//!   30") dates no clock after it. Ambiguous abbreviations take one
//!   reading: IST is India (+05:30), BST British Summer Time (+01:00), CST US
//!   Central (-06:00). A bare "10:30" with neither a.m./p.m. nor a zone is
//!   taken as a time only where a clock is expected ("at 10:30": of no known
//!   zone when the report gives none), never elsewhere (scores, ratios); "5.40 p.m." with a dot is a clock
//!   only with a.m./p.m. or a zone ("4.25" alone is a decimal).
//! - Numeric dates like "10/11/2025" are not read: day-month order is
//!   ambiguous.
//!
//! - A time counted from an event the report names ("the day after the
//!   fire") resolves where the report dates that event itself ("on Sunday,
//!   six days after the fire"), else is [`UnresolvedReason::UndatedEvent`]
//!   (see `events`).
//!
//! When two matches overlap, the longer wins ("October 25, 2025" over
//! "October 25"), then the earlier.

mod absolute;
mod clocks;
mod dates;
mod day_ranges;
mod events;
mod local_day;
mod patterns;
mod relative;
mod restated;
mod same_instant;
mod scheduled;
pub(crate) mod story_zones;
mod weekend;
mod word_clocks;

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime};
use crosscheck_types::{Granularity, Sentence, TimeExpr, TimeValue, UnresolvedReason, WallClock};

use crate::sentences::ParagraphSentences;

pub use self::events::counted_from_event;

use self::absolute::{absolute, month_day, month_of_year};
use self::clocks::{clocks, is_entry_stamp, resolve_clock, zone_name};
use self::dates::{
    days_back, days_fwd, month_range, range_value, unresolved, weekday_of, year_range,
};
use self::patterns::patterns;
use self::relative::{future_context, relative, spans, that_day, unquantified};

/// One recognised expression before overlap resolution.
struct Found {
    start: usize,
    end: usize,
    value: Pending,
    granularity: Granularity,
}

impl Found {
    /// A clock time at `start..end`, waiting for its day; `read` as in
    /// [`Pending::Clock`].
    fn clock(
        start: usize,
        end: usize,
        time: NaiveTime,
        offset_minutes: Option<i32>,
        read: bool,
    ) -> Self {
        Found {
            start,
            end,
            value: Pending::Clock {
                time,
                offset_minutes,
                read,
            },
            granularity: Granularity::Minute,
        }
    }
}

/// A value, or a clock time still waiting for its day, or a period that
/// refers back to an earlier time ("earlier that month").
enum Pending {
    Done(TimeValue),
    Antecedent {
        /// "day", "week", "month" or "year".
        unit: &'static str,
        /// "earlier", "later", "next", "previous", or neither.
        modifier: Option<&'static str>,
    },
    Clock {
        time: NaiveTime,
        offset_minutes: Option<i32>,
        /// Whether `time` is what the clock reads: not so for "half past
        /// five" with its half of the day left open.
        read: bool,
    },
}

/// Whether `word` is a time-zone abbreviation ("CET", "gmt"): a word of a
/// clock time, never a name.
pub(crate) fn is_time_zone(word: &str) -> bool {
    patterns::ZONES
        .iter()
        .any(|(zone, _)| zone.eq_ignore_ascii_case(word))
}

/// The time expressions of `body`, in order of position, not overlapping,
/// normalised against `anchor` (the report's publication date).
pub fn times(body: &str, anchor: Option<NaiveDate>) -> Vec<TimeExpr> {
    let p = patterns();
    let hit = p.any.as_ref().map(|set| set.matches(body));
    let hit = &hit;
    let mut found = Vec::new();
    absolute(body, p, hit, &mut found);
    month_day(body, p, hit, anchor, &mut found);
    month_of_year(body, p, hit, anchor, &mut found);
    relative(body, p, hit, anchor, &mut found);
    weekend::weekends(body, p, anchor, &mut found);
    spans(body, p, hit, anchor, &mut found);
    unquantified(body, p, hit, &mut found);
    that_day(body, p, hit, &mut found);
    day_ranges::day_ranges(body, &mut found);
    day_ranges::month_ranges(body, &mut found);
    let same_instants = clocks(body, p, hit, &mut found);

    // Longest first, then earliest; keep those that overlap nothing kept.
    found.sort_by(|a, b| {
        (b.end - b.start)
            .cmp(&(a.end - a.start))
            .then(a.start.cmp(&b.start))
    });
    let mut kept: BTreeMap<usize, Found> = BTreeMap::new();
    for f in found {
        let clash_before = kept
            .range(..f.end)
            .next_back()
            .is_some_and(|(_, k)| k.end > f.start);
        if !clash_before {
            kept.insert(f.start, f);
        }
    }

    let kept: Vec<Found> = kept.into_values().collect();
    // A live report (entries stamped with their clock time): a clock with
    // no day of its own is of the day the entries are written, not of the
    // day its lead tells.
    let stamp: Vec<bool> = kept
        .iter()
        .map(|f| matches!(f.value, Pending::Clock { .. }) && is_entry_stamp(body, f.start, f.end))
        .collect();
    let live = stamp.iter().filter(|&&s| s).count() >= 2;
    let mut sents: Option<ParagraphSentences> = None;
    let near = nearest_days(body, &kept);
    let mut out = Vec::with_capacity(kept.len());
    for (i, f) in kept.iter().enumerate() {
        let mut wall = None;
        let value = match f.value {
            Pending::Done(v) => v,
            Pending::Clock {
                time,
                offset_minutes,
                read,
            } => {
                // Only a clock time needs its sentence (to find its day):
                // split its paragraph alone.
                let day = if live && stamp.get(i).copied().unwrap_or(false) {
                    anchor
                } else {
                    sents
                        .get_or_insert_with(|| ParagraphSentences::new(body))
                        .at(f.start)
                        .and_then(|s| day_in_sentence(body, &kept, i, &near, s, &out))
                        .or_else(|| day_in_paragraph(body, &kept, i, &near, anchor))
                        .or_else(|| {
                            let lead = if live { None } else { lead_day(body, &kept, i) }?;
                            Some(after_lead_event(&out, lead, time, offset_minutes, anchor))
                        })
                        .or(anchor)
                };
                // "at 2340 GMT, in the early hours of Sunday local time".
                let day = day.map(|d| local_day::clock_day(body, f.end, time, offset_minutes, d));
                let value = resolve_clock(time, offset_minutes, day);
                if read && value == unresolved(UnresolvedReason::NoTimeZone) {
                    wall = day.map(|day| WallClock {
                        at: day.and_time(time),
                        zone: zone_name(body, f.start, f.end),
                    });
                }
                value
            }
            Pending::Antecedent {
                unit: "day",
                modifier,
            } => match day_told_from(body, &out, modifier) {
                Some(day) => TimeValue::Date(day),
                None if anchor.is_none() => unresolved(UnresolvedReason::NoAnchor),
                None => unresolved(UnresolvedReason::NoAntecedent),
            },
            Pending::Antecedent { unit, modifier } => {
                let before = out.iter().rev().find_map(|t: &TimeExpr| t.value.days());
                match before {
                    Some((day, _)) => range_value(around(day, unit, modifier)),
                    None if anchor.is_none() => unresolved(UnresolvedReason::NoAnchor),
                    None => unresolved(UnresolvedReason::NoAntecedent),
                }
            }
        };
        let Some(text) = body.get(f.start..f.end) else {
            continue;
        };
        out.push(TimeExpr {
            start: f.start,
            end: f.end,
            text: text.to_string(),
            value,
            granularity: f.granularity,
            wall,
        });
    }
    restated::share_instants(&same_instants, &kept, &mut out);
    join_weekday_dates(body, &mut out);
    events::counted_from_events(body, anchor, &mut out);
    out
}

/// "Wednesday, 29 October 2025" is one expression: a weekday directly
/// followed (after a comma or space) by an explicit date that falls on that
/// weekday takes the date's value and becomes part of it. A weekday that
/// does not match its date stays apart, so a person sees both readings.
fn join_weekday_dates(body: &str, out: &mut Vec<TimeExpr>) {
    let mut i = 0;
    while i + 1 < out.len() {
        let (day, date) = (&out[i], &out[i + 1]);
        let between = body.get(day.end..date.start).unwrap_or("x");
        let joins = between.chars().all(|c| c == ',' || c.is_whitespace())
            && between.len() <= 3
            && match (weekday_of(day.text.trim()), &date.value) {
                (Some(w), TimeValue::Date(d)) => d.weekday() == w,
                _ => false,
            };
        if joins {
            let date = out.remove(i + 1);
            let day = &mut out[i];
            if let Some(text) = body.get(day.start..date.end) {
                day.text = text.to_string();
                day.end = date.end;
                day.value = date.value;
                day.granularity = date.granularity;
            }
        }
        i += 1;
    }
}

/// The report's first resolved single day before `kept[i]`: the day of the
/// event its lead tells, which a clock time with no day in its own
/// sentence ("the bridge was shut at 09:00 UTC+2") belongs to.
/// A date in the dateline ("ULMSTED, Galvoria, Nov. 12 (PWS) –") is the
/// report's, not the event's, and so is a day the report dates its own
/// speaking by ("organisers said on Monday that Sunday's race …"): both
/// are passed over.
fn lead_day(body: &str, kept: &[Found], i: usize) -> Option<NaiveDate> {
    let head = body.get(..body.floor_char_boundary(120)).unwrap_or("");
    let dateline_end = head
        .find(['–', '—'])
        .or_else(|| head.find(" - "))
        .filter(|&e| !head[..e].contains('\n') && !ends_sentence_before(&head[..e]))
        // A dash in the lead's own sentence ("hijacked the news last night
        // – and viewers …") ends no dateline: a dateline is a place in
        // capitals, perhaps with a date and a credit.
        .filter(|_| crate::quotes::DATELINE.is_match(head))
        .unwrap_or(0);
    kept.get(..i)?
        .iter()
        .filter(|f| f.start >= dateline_end && !speech_verb_right_before(body, f.start))
        .find_map(|f| match f.value {
            Pending::Done(TimeValue::Date(d)) => Some(d),
            _ => None,
        })
}

/// Whether a speech verb stands right before `start`, past the words that
/// may open a day ("said on Monday", "told reporters late on Friday" is not:
/// "reporters" stands between).
fn speech_verb_right_before(body: &str, start: usize) -> bool {
    words_before(body, start)
        .find(|w| !matches!(w.as_str(), "on" | "late" | "early" | "last" | "this"))
        .is_some_and(|w| is_speech_word(&w))
}

/// Whether `text` has a full stop that ends a sentence: one followed by a
/// space and a capital letter. The dot of an abbreviation in a dateline
/// ("Nov. 11", "St. Aubin") is followed by a digit or ends a short word.
fn ends_sentence_before(text: &str) -> bool {
    text.match_indices(". ").any(|(i, _)| {
        let word = text[..i]
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        let next_upper = text[i + 2..].chars().next().is_some_and(char::is_uppercase);
        next_upper && word.chars().count() > 3
    })
}

/// The day of a clock with no day of its own that the lead dates: the lead's
/// day, or the day after when the clock is earlier than the lead event's
/// own clock on that day and the report is published after it ("erupted
/// late on Tuesday … at 23:40"; later "the airports closed at 02:00 CET"
/// tells what followed, in the small hours of Wednesday). A report tells
/// what followed its event; a time before the event would be said so.
fn after_lead_event(
    out: &[TimeExpr],
    lead: NaiveDate,
    time: NaiveTime,
    offset_minutes: Option<i32>,
    anchor: Option<NaiveDate>,
) -> NaiveDate {
    let event = out.iter().find_map(|t| match t.value {
        TimeValue::Instant(at) if at.date_naive() == lead => Some(at),
        _ => None,
    });
    let Some(event) = event else { return lead };
    let offset = offset_minutes.unwrap_or(event.offset().local_minus_utc() / 60);
    let clock_utc = NaiveDateTime::new(lead, time) - chrono::Duration::minutes(i64::from(offset));
    let next = days_fwd(lead, 1);
    match next {
        Some(next) if clock_utc < event.naive_utc() && anchor.is_some_and(|a| a >= next) => next,
        _ => lead,
    }
}

/// For each expression, the index of the nearest earlier (`prev`) or later
/// (`next`) one whose value is a single resolved day that can date a clock
/// time. A later possessive dates a thing, not the clock ("from 10:00 EET
/// about last Tuesday's blackout"); an earlier one is the day of what the
/// clock tells ("tomorrow's draw will go ahead at 20:30"). Linear.
fn nearest_days(body: &str, kept: &[Found]) -> (Vec<Option<usize>>, Vec<Option<usize>>) {
    let is_day = |f: &Found, possessive_too: bool| {
        let day = matches!(
            f.value,
            Pending::Done(TimeValue::Date(_)) | Pending::Antecedent { unit: "day", .. }
        );
        day && (possessive_too || !is_possessive(body, f.end))
    };
    let mut prev = Vec::with_capacity(kept.len());
    let mut last = None;
    for (i, f) in kept.iter().enumerate() {
        prev.push(last);
        if is_day(f, true) {
            last = Some(i);
        }
    }
    let mut next = vec![None; kept.len()];
    let mut last = None;
    for (i, f) in kept.iter().enumerate().rev() {
        if let Some(slot) = next.get_mut(i) {
            *slot = last;
        }
        if is_day(f, false) {
            last = Some(i);
        }
    }
    (prev, next)
}

/// Whether the expression ending at `end` is a possessive ("Tuesday's").
fn is_possessive(body: &str, end: usize) -> bool {
    body.get(end..)
        .is_some_and(|r| r.starts_with("'s") || r.starts_with("’s"))
}

/// The day of the nearest resolved single-day expression in the sentence of
/// `kept[i]`; a day told from an earlier one ("05:45 CET the next
/// morning") is told from the last day of `out`, the expressions before.
fn day_in_sentence(
    body: &str,
    kept: &[Found],
    i: usize,
    near: &(Vec<Option<usize>>, Vec<Option<usize>>),
    s: Sentence,
    out: &[TimeExpr],
) -> Option<NaiveDate> {
    let me = kept.get(i)?;
    let candidate = |j: Option<&Option<usize>>| {
        let f = kept.get((*j?)?)?;
        let d = match f.value {
            Pending::Done(TimeValue::Date(d)) => d,
            Pending::Antecedent {
                unit: "day",
                modifier,
            } => day_told_from(body, out, modifier)?,
            _ => return None,
        };
        // "closed at 02:00 CET and will stay shut until Friday": a day
        // that ends a span after the clock is not the clock's day.
        let until_between = f.start > me.end
            && body.get(me.end..f.start).is_some_and(|gap| {
                gap.split(|c: char| !c.is_alphabetic())
                    .any(|w| w.eq_ignore_ascii_case("until") || w.eq_ignore_ascii_case("till"))
            });
        // "speak at 11:00 CET in Thistlecombe, where she has been back
        // since last Thursday": a day after the clock in a relative clause,
        // or one that starts a span lasting to now, tells another act.
        let other_clause = f.start > me.end
            && body.get(me.end..f.start).is_some_and(|gap| {
                RELATIVE_OPENERS
                    .iter()
                    .chain([&", where "])
                    .any(|r| gap.contains(r))
                    || gap
                        .trim_end()
                        .rsplit(' ')
                        .next()
                        .is_some_and(|w| w.eq_ignore_ascii_case("since"))
            });
        // "at 06:15 local time, once … first posted at 22:40 on Sunday":
        // a day after another clock told with its own "at" is that clock's.
        // The same instant in another zone ("(19:40 EEST)", "which is 10:00
        // UTC+2") is no other clock.
        let clock_between = f.start > me.end
            && kept.iter().any(|k| {
                matches!(k.value, Pending::Clock { .. })
                    && k.start >= me.end
                    && k.end <= f.start
                    && body
                        .get(..k.start)
                        .is_some_and(|b| b.trim_end().ends_with(" at"))
            });
        (f.start >= s.start
            && f.end <= s.end
            && !until_between
            && !other_clause
            && !clock_between
            && !in_relative_before(body, f.start, f.end, me.start))
        .then(|| (f.start, f.start.abs_diff(me.start), d))
    };
    // "05:10 local time on Wednesday (19:10 GMT on Tuesday)": a clock in
    // brackets takes a day in its brackets before one outside them.
    let bracket = enclosing_bracket(body, s, me.start, me.end);
    let inside = |at: usize| bracket.is_some_and(|(open, close)| open < at && at < close);
    [candidate(near.0.get(i)), candidate(near.1.get(i))]
        .into_iter()
        .flatten()
        .min_by_key(|&(at, dist, _)| (!inside(at), dist))
        .map(|(_, _, d)| d)
}

/// Whether a day before a clock of its sentence is told in a relative
/// clause that closes before the clock ("The aircraft, which landed late on
/// Monday carrying the minister, was clamped at 06:10"): the day of another
/// act, not the clock's.
fn in_relative_before(body: &str, day_start: usize, day_end: usize, clock: usize) -> bool {
    // A clause that closes between them keeps them near: a longer gap is
    // not scanned (for every clock of a long report it would be quadratic).
    if clock.saturating_sub(day_end) > RELATIVE_REACH {
        return false;
    }
    let Some(gap) = body.get(day_end..clock) else {
        return false;
    };
    if day_end > clock || gap.contains(". ") || gap.contains('\n') || !gap.contains(", ") {
        return false;
    }
    let from = body.floor_char_boundary(day_start.saturating_sub(200));
    let Some(before) = body.get(from..day_start) else {
        return false;
    };
    let own = before
        .rfind(". ")
        .or_else(|| before.rfind('\n'))
        .map_or(before, |i| &before[i + 1..]);
    RELATIVE_OPENERS.iter().any(|opener| {
        own.rfind(opener)
            .is_some_and(|at| !own[at + opener.len()..].contains(','))
    })
}

/// The offsets of the brackets around `start..end` in its sentence `s`,
/// if any: the last "(" before it with no ")" between, and the first ")"
/// after it.
fn enclosing_bracket(body: &str, s: Sentence, start: usize, end: usize) -> Option<(usize, usize)> {
    // Within the sentence and a short reach of the clock only: a longer
    // scan for every clock would make a long report quadratic.
    let lo = s
        .start
        .max(body.floor_char_boundary(start.saturating_sub(BRACKET_REACH)));
    let before = body.get(lo.min(start)..start)?;
    let open = lo.min(start) + before.rfind(['(', ')', '.', '\n'])?;
    if body.get(open..open + 1) != Some("(") {
        return None;
    }
    let hi = s.end.min(body.ceil_char_boundary(end + BRACKET_REACH));
    let after = body.get(end..hi.max(end))?;
    let close = after.find([')', '(', '\n'])?;
    (after.get(close..close + 1) == Some(")")).then_some((open, end + close))
}

/// What opens a relative clause set off by a comma (", which landed …");
/// a clock's own clause after it may also open with ", where ".
const RELATIVE_OPENERS: [&str; 3] = [", which ", ", who ", ", whose "];

/// How far (bytes) before a clock a day in a relative clause is sought.
const RELATIVE_REACH: usize = 300;

/// How far (bytes) from a clock its brackets are sought.
const BRACKET_REACH: usize = 160;

/// How far back (bytes) a clock looks in its paragraph for a day.
const PARAGRAPH_REACH: usize = 3000;

/// The day of a clock whose sentence gives none, from the nearest single
/// day before it in its paragraph: a report tells an event's hours after
/// its day ("The device was found at 20:20 local time on Wednesday … Game 7
/// had begun at 15:00 and ended at 19:12"). Not a day the report dates its
/// own speaking by ("she said on Thursday"), nor a limit ("by November
/// 30"), and not a past day for a clock
/// its clause puts ahead ("The committee met on Monday. It will sit again at
/// 10:00"): the lead and the anchor decide those, as before.
fn day_in_paragraph(
    body: &str,
    kept: &[Found],
    i: usize,
    near: &(Vec<Option<usize>>, Vec<Option<usize>>),
    anchor: Option<NaiveDate>,
) -> Option<NaiveDate> {
    let me = kept.get(i)?;
    let day = kept.get((*near.0.get(i)?)?)?;
    let Pending::Done(TimeValue::Date(d)) = day.value else {
        return None;
    };
    // A possessive dates its own thing ("Saturday's jackpot"), not the
    // sentences after it.
    // A paragraph far longer than any report's is not searched: the gap
    // is scanned for every clock.
    let same_paragraph = !is_possessive(body, day.end)
        && !in_relative_before(body, day.start, day.end, me.start)
        && me.start.saturating_sub(day.end) <= PARAGRAPH_REACH
        && body
            .get(day.end..me.start)
            .is_some_and(|gap| !gap.contains('\n'));
    let ahead = anchor.is_some_and(|a| d < a) && future_context(body, patterns(), me.start);
    // A limit ("results are expected by November 30") is no day the
    // paragraph tells.
    let limit = words_before(body, day.start)
        .next()
        .is_some_and(|w| matches!(w.as_str(), "by" | "until" | "till" | "before"));
    (same_paragraph && !dates_speaking(body, day.start) && !ahead && !limit).then_some(d)
}

/// The day "that evening", "the next morning" or "the previous day" tells:
/// the last date of `out` said of an event, moved by one for "next" and
/// "previous". A clock's day is not an antecedent (it may itself be told
/// from this one), nor a day the report dates its own speaking by ("she
/// told the Clanger yesterday").
fn day_told_from(body: &str, out: &[TimeExpr], modifier: Option<&str>) -> Option<NaiveDate> {
    let day = out.iter().rev().find_map(|t| match t.value {
        TimeValue::Date(d) if !dates_speaking(body, t.start) => Some(d),
        _ => None,
    })?;
    match modifier {
        Some("next") => days_fwd(day, 1),
        Some("previous") => days_back(day, 1),
        _ => Some(day),
    }
}

/// Whether a speech verb stands within the four words before `start`
/// ("told the Clanger yesterday", "said on Monday").
fn dates_speaking(body: &str, start: usize) -> bool {
    words_before(body, start)
        .take(4)
        .any(|w| is_speech_word(&w) || w == "interview")
}

/// The words in the 40 bytes before `start`, nearest first, lower case and
/// stripped of punctuation.
fn words_before(body: &str, start: usize) -> impl Iterator<Item = String> + '_ {
    let lo = body.floor_char_boundary(start.saturating_sub(40));
    let before = body.get(lo..start).unwrap_or("");
    before.split_whitespace().rev().map(|w| {
        w.trim_matches(|c: char| !c.is_alphabetic())
            .to_ascii_lowercase()
    })
}

/// A verb of speaking that dates what is said ("said on Monday").
fn is_speech_word(w: &str) -> bool {
    matches!(
        w,
        "told" | "tells" | "said" | "says" | "added" | "wrote" | "announced"
    )
}

/// The days of the week, month or year around `day`; with "earlier" only
/// those before it, with "later" only those after it.
fn around(day: NaiveDate, unit: &str, modifier: Option<&str>) -> Option<(NaiveDate, NaiveDate)> {
    let (first, last) = match unit {
        "week" => {
            let monday = days_back(day, u64::from(day.weekday().num_days_from_monday()))?;
            (monday, days_fwd(monday, 6)?)
        }
        "month" => month_range(day.year(), day.month())?,
        _ => year_range(day.year())?,
    };
    match modifier {
        Some("earlier") => Some((first, days_back(day, 1)?.max(first))),
        Some("later") => Some((days_fwd(day, 1)?.min(last), last)),
        _ => Some((first, last)),
    }
}
