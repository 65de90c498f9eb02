//! Clocks of unknown offset ("signed it at 4.05 p.m. on Tuesday", "at
//! 7:35 p.m. Ilmaravo time"): the zone each is read in, and which two
//! can be compared.
//!
//! The reader gives such a clock no instant (its offset is never guessed),
//! but keeps what the clock reads ([`WallClock`]). A clock written with no
//! zone, or in "local time", reads the time where the report stands: its
//! dateline's place when it has one. Two reports that read clocks in the
//! same place, or in a zone of the same name, read one clock: "4.05 p.m."
//! against "5.05 p.m." for the same act cannot both be true, whatever the
//! offset. What it does not do: compare a reading with an instant ("1405
//! GMT"), or readings of two different zones.

use chrono::NaiveDateTime;
use crosscheck_types::{Granularity, TimeExpr, TimeValue, WallClock};

use crate::input::EntityKind;
use crate::statements::View;

/// Readings with no zone given, in a report with no dateline: the time
/// where the event is told from.
const LOCAL: &str = "local time";

/// The zone `w` is read in, as a key: "Ilmaravo time" for a zone named
/// in the text, "local time at ID" for a report whose dateline names the
/// place ID, else "local time".
pub(crate) fn wall_zone(v: &View<'_>, w: &WallClock) -> String {
    wall_zone_name(v, w.zone.as_deref())
}

/// Whether readings in zones `a` and `b` (keys of [`wall_zone`]) are of
/// one clock: the same key, or a dateline's place against a report that
/// names none (a report with no dateline tells the event where it is).
pub(crate) fn same_clock(a: &str, b: &str) -> bool {
    a == b || (a == LOCAL && b.starts_with(LOCAL)) || (b == LOCAL && a.starts_with(LOCAL))
}

/// How far (bytes) a day and the clock or zone words it is read with may
/// stand apart ("7.40 p.m. on Saturday, Kelmstead time").
const DAY_ZONE_REACH: usize = 24;

/// The zone a single day `t` is a calendar day of, when the text ties it to
/// one: a zone written after it ("Sunday local time", "Saturday, Kelmstead
/// time"), or a clock it dates ("7.40 p.m. on Saturday", "at 0140 GMT on
/// Sunday"), read in that clock's zone. `None` for a day told alone: the
/// report's own, whatever that is. Two such days one apart in different
/// zones may be one instant (see `compare::compatible`).
pub(crate) fn day_zone(v: &View<'_>, t: &TimeExpr) -> Option<String> {
    let body = v.art.body.as_str();
    let reach_end = body.floor_char_boundary((t.end + DAY_ZONE_REACH).min(body.len()));
    let after = body.get(t.end..reach_end).unwrap_or("");
    let after = after.trim_start_matches([',', ' ']);
    if after.starts_with("local time") {
        return Some(wall_zone_name(v, None));
    }
    // "Saturday, Kelmstead time": a place's time, as a clock's zone is
    // named (see `WallClock::zone`).
    if let Some((name, _)) = after.split_once(" time") {
        let one_word = !name.is_empty() && !name.contains(' ');
        if one_word && name.chars().next().is_some_and(char::is_uppercase) {
            return Some(wall_zone_name(v, Some(name)));
        }
    }
    // A clock just before ("7.40 p.m. on Saturday") or just after
    // ("Sunday at 2.40 a.m.") the day.
    let clock = v.art.times.iter().find(|c| {
        c.granularity == Granularity::Minute
            && ((c.end <= t.start && t.start - c.end <= DAY_ZONE_REACH / 2)
                || (c.start >= t.end && c.start - t.end <= DAY_ZONE_REACH / 2))
            && body
                .get(c.end.min(t.end)..c.start.max(t.start))
                .is_some_and(|gap| !gap.contains(['.', ';', '\n']) || gap.trim() == "")
    })?;
    match (&clock.value, &clock.wall) {
        (TimeValue::Instant(at), _) => Some(format!("UTC{:+}", at.offset().local_minus_utc() / 60)),
        (_, Some(w)) => Some(wall_zone(v, w)),
        _ => None,
    }
}

/// [`wall_zone`] for a zone name, or none ("local time").
fn wall_zone_name(v: &View<'_>, name: Option<&str>) -> String {
    match (name, dateline_place(v)) {
        (Some(name), _) => format!("{name} time"),
        (None, Some(place)) => format!("{LOCAL} at {place}"),
        (None, None) => LOCAL.to_owned(),
    }
}

/// A reading as a value label: "2038-03-09 16:05 local time at place:x".
pub(crate) fn wall_label(at: &NaiveDateTime, zone: &str) -> String {
    format!("{} {zone}", at.format("%Y-%m-%d %H:%M"))
}

/// The entity of the place a report's dateline names: a place or country
/// mention that opens the body ("VENNICK – …", "DORNECQ, Pelassia, March
/// 15 (Trellis) – …").
fn dateline_place<'a>(v: &View<'a>) -> Option<&'a str> {
    let body = v.art.body.as_str();
    let m = v.art.mentions.iter().min_by_key(|m| m.start)?;
    let opens = body.get(..m.start).is_some_and(|b| b.trim().is_empty());
    let then = body.get(m.end..).unwrap_or("").trim_start();
    let dateline = then.starts_with([',', '–', '—', '-', '(', ':']);
    (opens && dateline && matches!(m.kind, EntityKind::Place | EntityKind::Country))
        .then_some(m.entity.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readings_compare_within_one_zone_only() {
        assert!(same_clock("local time", "local time"));
        assert!(same_clock("local time", "local time at place:dornecq"));
        assert!(same_clock("local time at place:dornecq", "local time"));
        assert!(!same_clock(
            "local time at place:dornecq",
            "local time at place:vennick"
        ));
        assert!(!same_clock("Vennick time", "local time"));
        assert!(same_clock("Vennick time", "Vennick time"));
    }
}
