//! Explicit dates ("29 October 2025", "2025-10-29"), months and years with
//! a year, month-day dates without a year ("on October 25") and months named
//! without a year ("last August").
//!
//! What it does not: weekdays, periods and other expressions relative to
//! the anchor (`relative`), clock times (`clocks`), overlap resolution
//! (the parent module).

use chrono::{Datelike, NaiveDate};
use crosscheck_types::{Granularity, TimeValue, UnresolvedReason};
use std::sync::LazyLock;

use regex::{Regex, SetMatches};

use super::dates::{
    date_value, int, month_no, month_range, num, push, range_value, unresolved, year_range,
};
use super::patterns::Patterns;
use super::relative::{deadline, future_context};
use super::scheduled::scheduled_present;
use super::{Found, Pending};

/// Expressions that resolve without an anchor.
pub(super) fn absolute(
    body: &str,
    p: &'static Patterns,
    hit: &Option<SetMatches>,
    found: &mut Vec<Found>,
) {
    for c in p.caps(&p.iso, hit, body) {
        let v = date_value(int(&c, 1), num(&c, 2), num(&c, 3));
        push(found, &c, v, Granularity::Day);
    }
    // "18.10.2048": day first where dots part it, as the countries that
    // write dots do; "18/10/2048" and "10/18/2048" only where the figures
    // tell the day from the month (a value over 12). "05/06/2048" is left
    // unread: either reading would be a guess.
    for c in p.caps(&p.numeric, hit, body) {
        let roman = c.get(3).and_then(|m| roman_month(m.as_str()));
        let (a, b) = (num(&c, 1), num(&c, 3).or(roman));
        let dots = c.get(2).is_some_and(|m| m.as_str() == ".");
        let (day, month) = match (a, b) {
            (Some(a), Some(b)) if dots || a > 12 || roman.is_some() => (a, b),
            (Some(a), Some(b)) if b > 12 => (b, a),
            _ => continue,
        };
        let v = date_value(int(&c, 4), Some(month), Some(day));
        push(found, &c, v, Granularity::Day);
    }
    for c in p.caps(&p.dmy, hit, body) {
        let v = date_value(int(&c, 3), month_no(&c, 2), num(&c, 1));
        push(found, &c, v, Granularity::Day);
    }
    for c in p.caps(&p.mdy, hit, body) {
        let v = date_value(int(&c, 3), month_no(&c, 1), num(&c, 2));
        push(found, &c, v, Granularity::Day);
    }
    for c in p.caps(&p.my, hit, body) {
        let r = int(&c, 2)
            .zip(month_no(&c, 1))
            .and_then(|(y, m)| month_range(y, m));
        push(found, &c, range_value(r), Granularity::Month);
    }
    for c in p.caps(&p.year, hit, body) {
        if let Some(m) = c.get(1) {
            let r = m.as_str().parse().ok().and_then(year_range);
            found.push(Found {
                start: m.start(),
                end: m.end(),
                value: Pending::Done(range_value(r)),
                granularity: Granularity::Year,
            });
        }
    }
}

/// Month and day without a year: the year that puts the date nearest the
/// anchor.
/// How far ahead of the publication day a month and day with no year and
/// no cue of what is to come may still be read as ahead (about two months).
const FAR_AHEAD_DAYS: i64 = 60;

pub(super) fn month_day(
    body: &str,
    p: &'static Patterns,
    hit: &Option<SetMatches>,
    anchor: Option<NaiveDate>,
    found: &mut Vec<Found>,
) {
    // A month and day without a year: the next one when the clause tells of
    // what is to come (a future cue, or a scheduled act in the present);
    // the nearest for a deadline; else the nearest, unless
    // that is months ahead (a
    // report tells of what happened: "approved the proof on May 14" in a
    // November report is the May before).
    let resolve = |m: Option<u32>, d: Option<u32>, start: usize, end: usize| -> TimeValue {
        let Some(a) = anchor else {
            return unresolved(UnresolvedReason::NoAnchor);
        };
        let (Some(m), Some(d)) = (m, d) else {
            return unresolved(UnresolvedReason::InvalidDate);
        };
        let candidates: Vec<NaiveDate> = [a.year() - 1, a.year(), a.year() + 1]
            .into_iter()
            .filter_map(|y| NaiveDate::from_ymd_opt(y, m, d))
            .collect();
        let nearest = candidates
            .iter()
            .copied()
            .min_by_key(|&c| ((c - a).num_days().abs(), c));
        // "The booking system opens on 1 February": a scheduled act told
        // in the present is still to come, as a weekday is.
        let chosen = if future_context(body, p, start) || scheduled_present(body, start, end) {
            candidates.iter().copied().find(|&c| c >= a)
        } else if deadline(body, p, start) {
            // "ordered new sensors by June 30", "had given the zoo until
            // 1 March": a deadline, set or past, is the nearest.
            nearest
        } else {
            nearest.map(|c| {
                if (c - a).num_days() > FAR_AHEAD_DAYS {
                    candidates
                        .iter()
                        .copied()
                        .filter(|&x| x <= a)
                        .max()
                        .unwrap_or(c)
                } else {
                    c
                }
            })
        };
        chosen.map_or(unresolved(UnresolvedReason::InvalidDate), TimeValue::Date)
    };
    for c in p.caps(&p.md, hit, body) {
        // A full month name with a dot ends its sentence ("in November.
        // 10 people"); only an abbreviation takes a dot ("Nov. 10").
        let ends_sentence = c.get(1).is_some_and(|m| {
            !m.as_str().ends_with('.') && body.get(m.end()..).is_some_and(|r| r.starts_with('.'))
        });
        if ends_sentence {
            continue;
        }
        let (start, end) = c.get(0).map_or((0, 0), |x| (x.start(), x.end()));
        let v = resolve(month_no(&c, 1), num(&c, 2), start, end);
        push(found, &c, v, Granularity::Day);
    }
    for c in p.caps(&p.dm, hit, body) {
        let (start, end) = c.get(0).map_or((0, 0), |x| (x.start(), x.end()));
        let v = resolve(month_no(&c, 2), num(&c, 1), start, end);
        push(found, &c, v, Granularity::Day);
    }
    for c in p.caps(&p.named_month, hit, body) {
        // "since May 28" is a month-day date, read above.
        let end = c.get(0).map_or(0, |m| m.end());
        if body.get(end..).is_some_and(|rest| {
            rest.trim_start()
                .starts_with(|ch: char| ch.is_ascii_digit())
        }) {
            continue;
        }
        let which = c.get(1).map(|m| m.as_str().to_ascii_lowercase());
        let v = match (anchor, month_no(&c, 2)) {
            (None, _) => unresolved(UnresolvedReason::NoAnchor),
            (Some(a), Some(m)) => {
                let start = c.get(0).map_or(0, |m| m.start());
                let future = future_context(body, p, start);
                range_value(named_month(a, which.as_deref(), m, future))
            }
            (Some(_), None) => unresolved(UnresolvedReason::InvalidDate),
        };
        push(found, &c, v, Granularity::Month);
    }
    attributive_months(body, p, anchor, found);
}

/// A month named before what is paid or due in it ("their December pay",
/// "the June deadline"): read as "in December" is, the latest such month
/// up to the anchor's, or the first from it on with a future cue; a
/// deadline as "by June" is, the nearest. A short
/// hand list of nouns: no crate says which nouns take a month this way.
fn attributive_months(
    body: &str,
    p: &'static Patterns,
    anchor: Option<NaiveDate>,
    found: &mut Vec<Found>,
) {
    static ATTRIBUTIVE: LazyLock<Regex> = LazyLock::new(|| {
        // A static pattern: a failure here is a bug caught by every test.
        Regex::new(
            r"(?-u:\b)(January|February|March|April|May|June|July|August|September|October|November|December)\s+(pay|wages|salaries|salary|payroll|rent|bills|payments|pensions|figures|sales|deadline|instalment)(?-u:\b)",
        )
        .unwrap_or_else(|e| panic!("attributive month pattern: {e}"))
    });
    let Some(anchor) = anchor else { return };
    for c in ATTRIBUTIVE.captures_iter(body) {
        let (Some(m), Some(month)) = (c.get(1), month_no(&c, 1)) else {
            continue;
        };
        // "… would be kept on and that December wages had not been paid":
        // a past verb right after the noun outweighs a cue before it.
        let end = c.get(0).map_or(m.end(), |w| w.end());
        let next = body.get(end..).unwrap_or("").trim_start();
        let past = ["had ", "has ", "have ", "was ", "were "]
            .iter()
            .any(|w| next.starts_with(w));
        let future = !past && future_context(body, p, m.start());
        // A deadline is the nearest such month, before or after.
        let which = c
            .get(2)
            .is_some_and(|n| n.as_str() == "deadline")
            .then_some("by");
        let value = range_value(named_month(anchor, which, month, future));
        found.push(Found {
            start: m.start(),
            end: m.end(),
            value: Pending::Done(value),
            granularity: Granularity::Month,
        });
    }
}

/// "May last year", "March next year": that month of the year before,
/// of, or after the anchor's.
pub(super) fn month_of_year(
    body: &str,
    p: &'static Patterns,
    hit: &Option<SetMatches>,
    anchor: Option<NaiveDate>,
    found: &mut Vec<Found>,
) {
    for c in p.caps(&p.month_of_year, hit, body) {
        let month = month_no(&c, 1);
        let step = match c.get(2).map(|m| m.as_str()) {
            Some("last") => -1,
            Some("next") => 1,
            _ => 0,
        };
        let v = match (anchor, month) {
            (None, _) => unresolved(UnresolvedReason::NoAnchor),
            (Some(a), Some(m)) => range_value(month_range(a.year() + step, m)),
            (Some(_), None) => unresolved(UnresolvedReason::InvalidDate),
        };
        push(found, &c, v, Granularity::Month);
    }
}

/// A month named without a year: "last August" is the latest August before
/// the anchor's month, "next August" the first after it, "this August" the
/// anchor's year's; "in/early/late August" the latest August up to the
/// anchor's month, or with a future cue ("will", "is due") the first from
/// it on, as a bare weekday is read. "since August" is the latest August up
/// to the anchor's month; "by/until/before/after/from August" the first
/// from the anchor's month on with a future cue, else the nearest August.
/// The whole month: "early" and "late" are too vague to narrow.
fn named_month(
    anchor: NaiveDate,
    which: Option<&str>,
    month: u32,
    future: bool,
) -> Option<(NaiveDate, NaiveDate)> {
    let (y, now) = (anchor.year(), anchor.month());
    let year = match which {
        // "since March" looks back: the latest March up to the anchor's month.
        Some("since") if month > now => y - 1,
        Some("since") => y,
        // "by/until/before/after/from October" with no future cue: an end
        // or start point, the October nearest the anchor.
        Some("by" | "until" | "till" | "before" | "after" | "from" | "for") if !future => {
            nearest_year(y, now, month)
        }
        Some("last") if month < now => y,
        Some("last") => y - 1,
        Some("next") if month > now => y,
        Some("next") => y + 1,
        Some("this") => y,
        _ if future && month < now => y + 1,
        _ if !future && month > now => y - 1,
        _ => y,
    };
    month_range(year, month)
}

/// The year that puts `month` nearest to month `now` of year `y` (ties to
/// the later one).
fn nearest_year(y: i32, now: u32, month: u32) -> i32 {
    let (now, month) = (i64::from(now), i64::from(month));
    [y - 1, y, y + 1]
        .into_iter()
        .min_by_key(|&c| {
            let dist = ((i64::from(c - y)) * 12 + month - now).abs();
            (dist, -i64::from(c))
        })
        .unwrap_or(y)
}

/// A month written in Roman numerals ("III" is March), as some countries
/// write dates.
fn roman_month(s: &str) -> Option<u32> {
    const ROMAN: [&str; 12] = [
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
    ];
    ROMAN.iter().position(|r| *r == s).map(|i| i as u32 + 1)
}
