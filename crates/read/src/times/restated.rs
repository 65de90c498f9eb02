//! One instant written again in another zone: "07:00 GMT, which is 15:00 in
//! Port Aucel and 08:00 in Debnowiec", "sits at 10:30 (11:30 in Várkony)",
//! "took off at 11:40 local time (08:40 here)", "At 14:00 yesterday (13:00
//! GMT)". The clock that restates another is the same instant, so once one
//! of the two is an instant the other is too, whatever its zone: the
//! report has given the conversion itself.
//!
//! What it does not: link two clocks neither of which has a known offset
//! ("16:10 Dębnowiec time (23:10 in Port Aucel)"): neither instant is known,
//! and each stays as it was read, unless one of them restates a third that
//! has one ("21:40 in Stoneharbour, which was 05:40 in Braileni (03:40
//! GMT)": the instant passes along the chain). A clock after "and", "to" or "between"
//! is another time, never a restatement.

use std::sync::LazyLock;

use chrono::{FixedOffset, NaiveTime, Timelike};
use crosscheck_types::{TimeExpr, TimeValue};
use regex::Regex;

use super::same_instant::offset_between;
use super::{is_time_zone, Found, Pending};

/// A pair of clocks, by their start offsets, that the report says are the
/// same instant.
pub(super) type SameInstant = (usize, usize);

const DAY: &str = r"(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today|tonight|this\s+(?:morning|afternoon|evening)|last\s+night|on\s+\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|on\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2})";

/// What may stand between a clock and the one that restates it: the first
/// clock's day or date and zone name (or "here", "our time", "local time"),
/// in either order ("11.20pm our time on Sunday - 9.50am on Monday in …",
/// "At 09:44 on 13 March – 03:14 GMT"), then a bracket, a comma, "which is/was",
/// "that's", a dash (with "that's" after it) or "or" ("04:42 EET on Sunday (03:42 …", "00:00 Kerevian time, which was
/// 23:00 …", "01:30 on Thursday in Port Aucel – 18:30 …").
static CONNECTOR: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = format!(
        r"^(?:,?\s+{DAY})?(?:,?\s+\p{{Lu}}[\p{{L}}'’-]*(?:\s+\p{{Lu}}[\p{{L}}'’-]*)?\s+time|\s+in\s+\p{{Lu}}[\p{{L}}'’-]*(?:\s+\p{{Lu}}[\p{{L}}'’-]*)?|\s+(?:here|our\s+time|local\s+time))?(?:,?\s+{DAY})?\s*(?:\(\s*|,\s+|,?\s+(?:which|that)\s+(?:is|was|will\s+be|would\s+be)\s+|,?\s+that['’]s\s+|\s+[-–—]\s+(?:(?:that['’]s|that\s+is|that\s+was|which\s+is|which\s+was)\s+)?|,?\s+or\s+)$"
    );
    // A static pattern: a failure here is a bug caught by every test.
    Regex::new(&pattern).unwrap_or_else(|e| panic!("restatement connector: {e}"))
});

/// What follows a clock that restates another and says where it is read:
/// "in Várkony", "on Wednesday here", "our time", ", Kodmezo time".
static WHERE: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = format!(
        r"^(?:,?\s+{DAY})?(?:\s+(?P<here>here(?:\s+in\s+\p{{Lu}}[\p{{L}}'’-]*(?:\s+\p{{Lu}}[\p{{L}}'’-]*)?)?|our\s+time)(?-u:\b)|\s+in\s+(?P<place>\p{{Lu}}[\p{{L}}'’-]*(?:\s+\p{{Lu}}[\p{{L}}'’-]*)?)|,?\s+\p{{Lu}}[\p{{L}}'’-]*(?:\s+\p{{Lu}}[\p{{L}}'’-]*)?\s+time(?-u:\b))"
    );
    // A static pattern: a failure here is a bug caught by every test.
    Regex::new(&pattern).unwrap_or_else(|e| panic!("restatement place: {e}"))
});

/// After one restatement, the next of a list: "… 15:00 in Port Aucel and
/// 08:00 in Debnowiec".
static NEXT: LazyLock<Regex> = LazyLock::new(|| {
    // A static pattern: a failure here is a bug caught by every test.
    Regex::new(r"^\s*(?:,\s*and|,|and)\s+$").unwrap_or_else(|e| panic!("restatement list: {e}"))
});

/// Whether the words before `start` may introduce a restated clock: a
/// bracket, "which is/was", a dash, "or". A clock written there with a dot
/// ("(12.00 in Stirbova)") is a clock, not a decimal.
pub(super) fn may_restate(body: &str, start: usize) -> bool {
    let before = body.get(..start).unwrap_or("").trim_end();
    before.ends_with('(')
        || before.ends_with('–')
        || before.ends_with('—')
        || before.ends_with(" -")
        || [" is", " was", " or", " be", " that's", " that’s"]
            .iter()
            .any(|w| before.ends_with(w))
}

/// Links each clock that restates another of the same sentence, pushing a
/// bare one (no zone of its own, `bare`) into `found` when its partner has
/// a known offset. A restatement read "here" or in "our time" takes the
/// report's declared zone `here`; one read "in" a named place drops the
/// report's zone it was given, since the place is another.
pub(super) fn restatements(
    body: &str,
    bare: &[(usize, usize, NaiveTime)],
    here: Option<i32>,
    found: &mut Vec<Found>,
) -> Vec<SameInstant> {
    // Every clock, found or bare, by position: (start, end, index in
    // `found` if there, its time).
    let mut clocks: Vec<(usize, usize, Option<usize>, NaiveTime)> = found
        .iter()
        .enumerate()
        .filter_map(|(i, f)| match f.value {
            Pending::Clock {
                time, read: true, ..
            } => Some((f.start, f.end, Some(i), time)),
            _ => None,
        })
        .collect();
    for &(start, end, time) in bare {
        if !clocks.iter().any(|&(s, e, _, _)| s < end && start < e) {
            clocks.push((start, end, None, time));
        }
    }
    clocks.sort_by_key(|&(start, ..)| start);
    let mut links = Vec::new();
    // Whether the clock at each index restates the one before it.
    let mut restates = vec![false; clocks.len()];
    // Whether the clock at each index is linked to another: a second pass
    // links a pair of clocks of unknown offset when one of them restates a
    // third ("21:40 in Stoneharbour, which was 05:40 on Wednesday in
    // Braileni (03:40 GMT)"), the instant passing along the chain.
    let mut linked = vec![false; clocks.len()];
    for pass in 0..2 {
        for j in 1..clocks.len() {
            if restates[j] {
                continue;
            }
            let (a, b) = (clocks[j - 1], clocks[j]);
            let Some(between) = body.get(a.1..b.0) else {
                continue;
            };
            let after_b = body.get(b.1..).unwrap_or("");
            let place = WHERE.captures(after_b);
            // "… in Port Aucel and 08:00 in Debnowiec": a list of them; "…,
            // which is 09:00 GMT and 04:00 here": the list goes on after a
            // clock whose zone is written.
            let listed = restates[j - 1]
                && (WHERE
                    .find(body.get(a.1..).unwrap_or(""))
                    .and_then(|m| body.get(a.1 + m.end()..b.0))
                    .is_some_and(|rest| NEXT.is_match(rest))
                    || NEXT.is_match(between));
            let zoned = |c: (usize, usize, Option<usize>, NaiveTime)| {
                c.2.and_then(|i| found.get(i)).is_some_and(|f| {
                    matches!(
                        f.value,
                        Pending::Clock {
                            offset_minutes: Some(_),
                            ..
                        }
                    )
                })
            };
            if !(listed || CONNECTOR.is_match(between)) || !(place.is_some() || zoned(b)) {
                continue;
            }
            // A bare comma sets a restatement off only with the place it is
            // read in ("at 15:00 Port Aucel time, 07:00 here").
            // Nor a clock with its zone written after one in a zone of its own
            // ("14:00 Žárovice time, 13:00 GMT").
            // "19:30 here, 10:00 GMT": a clock read where the report stands
            // names its zone as well as one in a named zone does.
            let a_read_here = ["here", "our time", "local time"]
                .iter()
                .any(|w| between.trim_start().starts_with(w));
            let a_zone_named = a_read_here
                || body
                    .get(a.0..a.1)
                    .is_some_and(|t| t.ends_with(" time") || t.chars().any(char::is_uppercase));
            if between.trim_start().starts_with(',')
                && between.trim() == ","
                && place.is_none()
                && !(zoned(b) && a_zone_named)
            {
                continue;
            }
            // A restatement of a clock of unknown offset says nothing new
            // unless it has an offset of its own.
            let read_here = place.as_ref().is_some_and(|c| c.name("here").is_some());
            let in_place = place.as_ref().is_some_and(|c| c.name("place").is_some());
            let b_offset = if read_here { here } else { None };
            let chained = pass == 1 && (linked[j - 1] || linked[j]);
            if !(zoned(a) || zoned(b) || b_offset.is_some() || restates[j - 1] || chained) {
                continue;
            }
            restates[j] = true;
            linked[j - 1] = true;
            linked[j] = true;
            let b_index = match b.2 {
                Some(i) => {
                    // "at 10am (11am in Vestmoria)": given the report's zone
                    // for want of its own, which the place now replaces.
                    let own_zone = body
                        .get(b.0..b.1)
                        .is_some_and(|t| t.chars().any(char::is_uppercase));
                    if in_place && !own_zone {
                        if let Some(Found {
                            value: Pending::Clock { offset_minutes, .. },
                            ..
                        }) = found.get_mut(i)
                        {
                            *offset_minutes = None;
                        }
                    }
                    i
                }
                None => {
                    found.push(Found::clock(b.0, b.1, b.3, b_offset, true));
                    found.len() - 1
                }
            };
            if a.2.is_none() {
                found.push(Found::clock(a.0, a.1, a.3, None, true));
                clocks[j - 1].2 = Some(found.len() - 1);
            }
            clocks[j].2 = Some(b_index);
            links.push((a.0, b.0));
        }
    }
    links.sort_unstable();
    links
}

/// Gives each clock of a pair the instant of the other: the same moment,
/// read in its own zone (the offset that makes the instant read as its
/// clock does), for a clock that has no instant yet. A clock with its zone
/// written ("21:00 GMT"), or one that took its instant from such a clock,
/// passes its instant first; then any other. A clock that is an instant
/// already keeps it: where two disagree, it is the day each was given that
/// is in doubt, and neither is known to be the better.
pub(super) fn share_instants(pairs: &[SameInstant], kept: &[Found], out: &mut [TimeExpr]) {
    // `kept` and `out` are in order of position: found by binary search,
    // so that a report of many clocks stays linear.
    let time_at = |start: usize| {
        let i = kept.binary_search_by_key(&start, |f| f.start).ok()?;
        match kept.get(i)?.value {
            Pending::Clock { time, .. } => Some(time),
            _ => None,
        }
    };
    let index = |out: &[TimeExpr], start: usize| out.binary_search_by_key(&start, |t| t.start).ok();
    // Clocks whose instant rests on a written zone: their own, or one they
    // restate.
    let mut strong: Vec<bool> = out.iter().map(|t| zone_written(&t.text)).collect();
    for written_only in [true, false] {
        // A list restates one clock through another ("07:00 GMT, which is
        // 15:00 in … and 08:00 in …"): pass the instant along until nothing
        // changes, at most once per pair.
        for _ in 0..pairs.len() {
            let mut changed = false;
            for &(a, b) in pairs {
                for (from, to) in [(a, b), (b, a)] {
                    let (Some(i), Some(j)) = (index(out, from), index(out, to)) else {
                        continue;
                    };
                    let (TimeValue::Instant(at), Some(time)) = (out[i].value, time_at(to)) else {
                        continue;
                    };
                    let from_strong = strong.get(i).copied().unwrap_or(false);
                    let fills = !matches!(out[j].value, TimeValue::Instant(_));
                    if !fills || (written_only && !from_strong) {
                        continue;
                    }
                    let utc = at.naive_utc();
                    let utc_minutes =
                        i32::try_from(utc.time().num_seconds_from_midnight() / 60).unwrap_or(0);
                    let local = i32::try_from(time.num_seconds_from_midnight() / 60).unwrap_or(0);
                    let offset = offset_between(local, utc_minutes);
                    let Some(zone) = FixedOffset::east_opt(offset * 60) else {
                        continue;
                    };
                    out[j].value = TimeValue::Instant(at.with_timezone(&zone));
                    out[j].wall = None;
                    if let Some(s) = strong.get_mut(j) {
                        *s = from_strong;
                    }
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
    }
}

/// Whether a clock's text writes its zone: an abbreviation ("CET"), GMT or
/// UTC, or an offset.
fn zone_written(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .any(|w| w == "GMT" || w == "UTC" || is_time_zone(w))
}
