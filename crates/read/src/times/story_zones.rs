//! Zones a report leaves out but its story gives: a clock read in no zone
//! ("at a quarter past nine on Tuesday evening" in a paper datelined
//! ØVREVÅG) is in the zone of the place the report files from, when
//! another report of the story fixes that place's offset ("10:00 GMT and
//! 11:00 in Ovrevag"); a clock in a named zone ("1.45 p.m. Duvenholt
//! time") takes the offset the story fixes for that place. A clock in
//! "local time" is the time of where it happened, which need not be the
//! dateline's place ("at about 11 p.m. local time" of a clash on a pass):
//! it keeps no zone. Where nothing in the story names a dateline place's
//! offset, a report datelined there that reads a clock in "local time" or
//! "here" as an instant fixes it.
//!
//! What it does not: guess. A place the story gives two offsets for fixes
//! nothing, and a report with no dateline keeps its clocks of no zone as
//! they were read ("our time" of a paper whose home nothing names).

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use chrono::{FixedOffset, TimeZone};
use crosscheck_types::{TimeExpr, TimeValue, UnresolvedReason};
use regex::Regex;

use super::clocks::zone_name;
use crate::entities::fold;

/// A report's text and what was read of it, as this pass needs them.
pub(crate) struct ReportTimes<'a> {
    /// The body.
    pub body: &'a str,
    /// The key of the place its dateline names, if it has one.
    pub dateline: Option<String>,
    /// Its time expressions, settled in place.
    pub times: &'a mut [TimeExpr],
}

/// "11:00 in Ovrevag", "18:10 in Port Aucel", "01:30 on Thursday in Port
/// Aucel": the place a clock right before it is read in.
static IN_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    // A static pattern: a failure here is a bug caught by every test.
    Regex::new(
        r"^(?:,?\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?)?\s+in\s+(?P<place>\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)",
    )
        .unwrap_or_else(|e| panic!("clock place pattern: {e}"))
});

/// The offset, in seconds east of UTC, that each place of the story is
/// given by a clock read as an instant there; places given two are left
/// out. A clock in "local time" or "here" under a dateline speaks for the
/// dateline's place only where no clock names that place: "the last flight
/// left at 19:30 local time (10:00 GMT)" from OVREVAG may be the time at a
/// station in another zone, while "11:00 in Ovrevag" is Ovrevag's.
fn place_offsets(reports: &[ReportTimes<'_>]) -> BTreeMap<String, i32> {
    let mut named: BTreeMap<String, BTreeSet<i32>> = BTreeMap::new();
    let mut there: BTreeMap<String, BTreeSet<i32>> = BTreeMap::new();
    for r in reports {
        for t in r.times.iter() {
            let TimeValue::Instant(at) = t.value else {
                continue;
            };
            let offset = at.offset().local_minus_utc();
            let after = r.body.get(t.end..).unwrap_or("");
            let place = zone_name(r.body, t.start, t.end).or_else(|| {
                IN_PLACE
                    .captures(after)
                    .and_then(|c| c.name("place"))
                    .map(|m| m.as_str().to_owned())
            });
            match (place, &r.dateline) {
                (Some(place), _) => {
                    named.entry(fold::key(&place)).or_default().insert(offset);
                }
                (None, Some(dateline)) if read_there(r.body, t) => {
                    there.entry(dateline.clone()).or_default().insert(offset);
                }
                _ => {}
            }
        }
    }
    for (place, offsets) in there {
        named.entry(place).or_insert(offsets);
    }
    named
        .into_iter()
        .filter_map(
            |(place, offsets)| match offsets.into_iter().collect::<Vec<_>>()[..] {
                [one] => Some((place, one)),
                _ => None,
            },
        )
        .collect()
}

/// Whether a clock is written as the time where its report is: "local
/// time" or "here", in its text or right after it.
fn read_there(body: &str, t: &TimeExpr) -> bool {
    let text = t.text.to_lowercase();
    let rest = body.get(t.end..).unwrap_or("").trim_start().to_lowercase();
    text.contains("local time")
        || text.ends_with(" here")
        || rest.starts_with("local time")
        || (rest.starts_with("here") && !rest[4..].starts_with(char::is_alphabetic))
}

/// Settles the clocks of no known zone of every report of one story from
/// the offsets the story fixes for places (see the module).
pub(crate) fn settle(reports: &mut [ReportTimes<'_>]) {
    let offsets = place_offsets(reports);
    if offsets.is_empty() {
        return;
    }
    for r in reports.iter_mut() {
        for t in r.times.iter_mut() {
            let no_zone = TimeValue::Unresolved {
                reason: UnresolvedReason::NoTimeZone,
            };
            if t.value != no_zone {
                continue;
            }
            let Some(wall) = &t.wall else { continue };
            // "at about 11 p.m. local time": the time of where it happened
            // (a mountain pass, a boat at sea), which need not be where the
            // report files from.
            let local = t.text.contains("local time")
                || r.body
                    .get(t.end..)
                    .is_some_and(|rest| rest.trim_start().starts_with("local time"));
            // "at 01:30 on Thursday in Port Aucel": the place the clock
            // names, before the dateline's.
            let named = IN_PLACE
                .captures(r.body.get(t.end..).unwrap_or(""))
                .and_then(|c| c.name("place"))
                .map(|m| fold::key(m.as_str()));
            let place = match &wall.zone {
                Some(zone) => Some(fold::key(zone)),
                None if local => None,
                None => named.or_else(|| r.dateline.clone()),
            };
            let Some(&offset) = place.as_ref().and_then(|p| offsets.get(p)) else {
                continue;
            };
            let instant = FixedOffset::east_opt(offset)
                .and_then(|z| z.from_local_datetime(&wall.at).single());
            if let Some(at) = instant {
                t.value = TimeValue::Instant(at);
            }
        }
    }
}
