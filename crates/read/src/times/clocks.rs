//! Clock times ("10:30 GMT", "15:00 PKT (UTC+5)", "3 p.m. local time"),
//! their time zones and UTC offsets, and the instant they make once their
//! day is known.
//!
//! What it does not: choose the clock time's day (the parent module takes
//! the nearest single day in its sentence, else the anchor).

use chrono::{FixedOffset, NaiveDate, NaiveDateTime, NaiveTime};
use crosscheck_types::{TimeValue, UnresolvedReason};
use regex::{Regex, SetMatches};
use std::sync::LazyLock;

use super::dates::unresolved;
use super::patterns::{Patterns, ZONES};
use super::restated::{may_restate, restatements, SameInstant};
use super::same_instant::{here_zone, offset_between, offset_from_same_instant};
use super::word_clocks::word_clocks;
use super::{Found, Pending};

fn parse_offset(s: &str) -> Option<i32> {
    let rest = s.trim_start_matches("UTC").trim_start_matches("GMT").trim();
    let (sign, rest) = if let Some(r) = rest.strip_prefix('+') {
        (1, r)
    } else if let Some(r) = rest.strip_prefix('-').or_else(|| rest.strip_prefix('−')) {
        (-1, r)
    } else {
        return None;
    };
    let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
    let (h, m) = match digits.len() {
        1 | 2 => (digits.parse::<i32>().ok()?, 0),
        3 | 4 => {
            let split = digits.len() - 2;
            (
                digits.get(..split)?.parse::<i32>().ok()?,
                digits.get(split..)?.parse::<i32>().ok()?,
            )
        }
        _ => return None,
    };
    if h > 14 || m > 59 {
        return None;
    }
    Some(sign * (h * 60 + m))
}

fn zone_offset(zone: &str) -> Option<i32> {
    if zone.starts_with("UTC") || zone.starts_with("GMT") {
        if let Some(off) = parse_offset(zone) {
            return Some(off);
        }
    }
    ZONES.iter().find(|(z, _)| *z == zone).map(|&(_, o)| o)
}

/// Clock times: instants once their day is known. Returns the pairs of
/// clocks the report says are one instant (see `restated`).
pub(super) fn clocks(
    body: &str,
    p: &'static Patterns,
    hit: &Option<SetMatches>,
    found: &mut Vec<Found>,
) -> Vec<SameInstant> {
    // Every number matches `clock` with nothing after its hour, and such a
    // match is never a time: find matches with the fast engine and compute
    // the groups (slower) only for matches longer than their digits.
    let clock = p
        .may_match(&p.clock, hit)
        .then(|| p.clock.find_iter(body))
        .into_iter()
        .flatten()
        .filter(|m| !m.as_str().bytes().all(|b| b.is_ascii_digit()))
        .filter_map(|m| p.clock.captures_at(body, m.start()));
    // "local time" clocks: their index in `found` and the offset their
    // bracket gives, if any.
    let mut locals: Vec<(usize, Option<i32>)> = Vec::new();
    // Clocks written with no zone ("at 07:12"): kept aside until the
    // report's own zone is known.
    let mut bare: Vec<(usize, usize, NaiveTime)> = Vec::new();
    // Clocks with a.m./p.m. but no zone ("9.30am"): their index in `found`.
    let mut unzoned: Vec<usize> = Vec::new();
    for c in clock.chain(p.caps(&p.clock_wire, hit, body)) {
        let Some(whole) = c.get(0) else { continue };
        let Some(h) = c.name("h").and_then(|x| x.as_str().parse::<u32>().ok()) else {
            continue;
        };
        let m = c.name("m").and_then(|x| x.as_str().parse::<u32>().ok());
        let ap = c.name("ap").map(|x| x.as_str().to_ascii_lowercase());
        let zone = c.name("zone").map(|x| x.as_str());
        // "5.40 p.m.": a dot between hour and minutes only with a.m./p.m. or
        // a zone after it; "4.20" alone is a decimal number.
        if c.name("sep").is_some_and(|x| x.as_str() == ".") && ap.is_none() && zone.is_none() {
            // Unless it stamps a live entry ("09.12" on its own line) or
            // stands where a clock is expected with nothing counted after it
            // ("at 10.00 (12.00 in Stirbova)"): kept aside as a bare clock.
            let (start, end) = (whole.start(), whole.end());
            let time = m
                .filter(|_| c.name("paren").is_none() && c.name("uh").is_none())
                .and_then(|m| NaiveTime::from_hms_opt(h, m, 0));
            if let Some(time) = time {
                if is_entry_stamp(body, start, end)
                    || ((after_clock_word(body, start) || may_restate(body, start))
                        && nothing_counted_after(body, end))
                {
                    bare.push((start, end, time));
                }
            }
            continue;
        }
        let paren = c.name("paren").and_then(|x| parse_offset(x.as_str()));
        // "their time": the local time of the place the report is about.
        let local = zone.is_some_and(|z| {
            let z = z.to_ascii_lowercase();
            z.starts_with("local") || z.starts_with("their")
        });
        // A bare number, or a bare "10:30" (a score, a ratio): not a time.
        let bracket = paren.is_some() || c.name("uh").is_some();
        if ap.is_none() && (m.is_none() || (zone.is_none() && !bracket)) {
            let colon = c.name("sep").is_some_and(|x| x.as_str() == ":");
            if let Some(time) = m
                .filter(|_| colon && zone.is_none() && !bracket)
                .and_then(|m| NaiveTime::from_hms_opt(h, m, 0))
            {
                bare.push((whole.start(), whole.end(), time));
            }
            continue;
        }
        let hour = match ap.as_deref().map(|s| s.starts_with('p')) {
            Some(pm) => {
                if !(1..=12).contains(&h) {
                    continue;
                }
                h % 12 + if pm { 12 } else { 0 }
            }
            None => h,
        };
        let Some(time) = NaiveTime::from_hms_opt(hour, m.unwrap_or(0), 0) else {
            continue;
        };
        // "6 a.m. local time (04:00 GMT)": the bracket gives the offset.
        let utc_clock = c
            .name("uh")
            .and_then(|x| x.as_str().parse::<i32>().ok())
            .zip(c.name("um").and_then(|x| x.as_str().parse::<i32>().ok()))
            .filter(|&(uh, um)| uh < 24 && um < 60);
        let from_utc_clock = utc_clock.map(|(uh, um)| {
            let local_minutes = i32::try_from(hour * 60 + m.unwrap_or(0)).unwrap_or(0);
            offset_between(local_minutes, uh * 60 + um)
        });
        let offset_minutes = paren.or(from_utc_clock).or_else(|| {
            if local {
                None
            } else {
                zone.and_then(zone_offset)
            }
        });
        // "at 10am" with no zone: the report's declared one, below.
        if zone.is_none() && offset_minutes.is_none() {
            unzoned.push(found.len());
        }
        if local {
            locals.push((found.len(), offset_minutes));
        }
        found.push(Found::clock(
            whole.start(),
            whole.end(),
            time,
            offset_minutes,
            true,
        ));
    }
    // A report has one local time: once a bracket fixes it ("17:48 local
    // time (15:48 GMT)"), its other "local time" clocks take that offset,
    // unless two brackets disagree.
    // "23:10 local time on Tuesday (22:10 GMT)", "11:40 local time (08:40
    // here)": the same instant later in the sentence fixes it too.
    // The report's own zone: declared ("All times CEST"), else fixed by a
    // clock read here beside the same instant in GMT ("3am here and 8am
    // GMT").
    let here = declared_zone(body, None).or_else(|| here_zone(body));
    for (i, own) in locals.iter_mut() {
        let Some(Found {
            end,
            value: Pending::Clock { time, .. },
            ..
        }) = found.get(*i)
        else {
            continue;
        };
        if own.is_none() {
            *own = offset_from_same_instant(body, *end, *time, here);
            if let Some(Found {
                value: Pending::Clock { offset_minutes, .. },
                ..
            }) = found.get_mut(*i)
            {
                *offset_minutes = *own;
            }
        }
    }
    let fixed: Vec<i32> = locals.iter().filter_map(|&(_, o)| o).collect();
    let local = fixed
        .first()
        .copied()
        .filter(|&offset| fixed.iter().all(|&o| o == offset));
    // A clock written with no zone is in the zone the report declares ("All
    // times CEST"), else in its local time once a bracket has fixed it; read
    // as a time only where a clock is expected (after "at", "until" ... or
    // as an entry's stamp), never a bare "10:30" (a score, a ratio).
    // A report that says what "here" is writes its bare clocks there, even
    // when its "local time" is another place's.
    let declared = declared_zone(body, local).or(here);
    if let Some(offset) = declared {
        for &i in &unzoned {
            if let Some(Found {
                value: Pending::Clock { offset_minutes, .. },
                ..
            }) = found.get_mut(i)
            {
                *offset_minutes = Some(offset);
            }
        }
    }
    // "at noon", "half past five": clocks written as words. Where the
    // report's zone is unknown each is a clock of no known instant, whatever
    // its hour; where it is known, one whose half of the day the words leave
    // open is not read.
    let zone = declared.or(local);
    for w in word_clocks(body) {
        // "at 11am (noon in Dražno)": a word clock restating another.
        if !(w.unmistakable || after_clock_word(body, w.start) || may_restate(body, w.start)) {
            continue;
        }
        let (time, offset_minutes) = match (zone, w.time) {
            (Some(offset), Some(time)) => (time, Some(offset)),
            (Some(_), None) => continue,
            (None, time) => (time.unwrap_or(NaiveTime::MIN), None),
        };
        found.push(Found::clock(
            w.start,
            w.end,
            time,
            offset_minutes,
            w.time.is_some(),
        ));
    }
    // Bare clocks read in the report's own zone: their index in `found`.
    let mut in_own_zone: Vec<usize> = Vec::new();
    if let Some(offset) = zone {
        for &(start, end, time) in &bare {
            if is_entry_stamp(body, start, end) || after_clock_word(body, start) {
                // "at 00:00 on Thursday, Kodmezo time": another zone than
                // the report's own.
                // "at 21:40 in Stoneharbour, which was 03:40 GMT": the
                // place's zone, which the restatement gives.
                let own = zone_name(body, start, end).is_none() && !placed_and_restated(body, end);
                if own && !is_entry_stamp(body, start, end) {
                    in_own_zone.push(found.len());
                }
                found.push(Found::clock(start, end, time, own.then_some(offset), true));
            }
        }
    } else {
        zoneless_stamps(body, &bare, found);
        // "at 00:00 on Thursday, Kodmezo time": a bare clock its clause
        // puts in a named zone. "at 17:30" where a clock is expected: a
        // clock of no known zone, which the story may yet fix (see
        // `story_zones`).
        for &(start, end, time) in &bare {
            if after_clock_word(body, start) && !is_entry_stamp(body, start, end) {
                found.push(Found::clock(start, end, time, None, true));
            }
        }
    }
    named_zone_offsets(body, declared, found);
    share_clause_zone(body, &in_own_zone, found);
    if let Some(offset) = local {
        for &(i, own) in &locals {
            if own.is_some() {
                continue;
            }
            if let Some(Found {
                value: Pending::Clock { offset_minutes, .. },
                ..
            }) = found.get_mut(i)
            {
                *offset_minutes = Some(offset);
            }
        }
    }
    restatements(body, &bare, declared, found)
}

/// The place a clock ending at `end` is placed in ("13:00 in Braileni"):
/// up to three capitalised words after "in", never a month or a day, with
/// the text after them.
fn placed_in(body: &str, end: usize) -> Option<(&str, &str)> {
    let rest = body.get(end..)?.strip_prefix(" in ")?;
    let mut cut = 0;
    let mut place_end = 0;
    for _ in 0..3 {
        let tail = &rest[cut..];
        let len = tail
            .find(|c: char| !(c.is_alphabetic() || matches!(c, '-' | '\'' | '’')))
            .unwrap_or(tail.len());
        let word = &tail[..len];
        let is_time =
            word.parse::<chrono::Month>().is_ok() || super::dates::weekday_of(word).is_some();
        if !word.starts_with(char::is_uppercase) || is_time {
            break;
        }
        cut += len;
        place_end = cut;
        if !rest[cut..].starts_with(' ') || !rest[cut + 1..].starts_with(char::is_uppercase) {
            break;
        }
        cut += 1;
    }
    (place_end > 0).then(|| (&rest[..place_end], &rest[place_end..]))
}

/// Whether a clock ending at `end` is placed in a named place and then
/// written again as the same instant ("21:40 in Stoneharbour, which was
/// 05:40 in Braileni", "10:00 in Velm (08:00 GMT)"): it is that place's
/// time, not the report's, and the restatement gives its instant.
fn placed_and_restated(body: &str, end: usize) -> bool {
    placed_in(body, end).is_some_and(|(_, after)| {
        [
            ", which was",
            ", which is",
            " (",
            ", or ",
            ", that's",
            ", that is",
            " – ",
            " - ",
        ]
        .iter()
        .any(|link| after.starts_with(link))
    })
}

/// "took off at 13:50 Varkesian time (10:50 GMT) and landed at 16:35": a
/// bare clock later in the clause of a clock written in a named zone is
/// read in that zone, not the report's own. `bare` are the indices in
/// `found` of the bare clocks given the report's zone.
fn share_clause_zone(body: &str, bare: &[usize], found: &mut [Found]) {
    for &i in bare {
        let Some(start) = found.get(i).map(|f| f.start) else {
            continue;
        };
        // The nearest clock before it in its clause.
        let before = found
            .iter()
            .filter(|f| f.end <= start && matches!(f.value, Pending::Clock { .. }))
            .max_by_key(|f| f.end);
        let Some(prev) = before else { continue };
        let gap = body.get(prev.end..start).unwrap_or(".");
        let one_clause = gap.len() <= 60 && !gap.contains([';', '\n', '.', '!', '?']);
        let written = body.get(prev.start..prev.end).unwrap_or("");
        let named = zone_name(body, prev.start, prev.end).is_some()
            || written
                .split_whitespace()
                .skip(1)
                .any(|w| w.starts_with(char::is_uppercase) && w.len() > 3);
        let Pending::Clock {
            offset_minutes: Some(theirs),
            ..
        } = prev.value
        else {
            continue;
        };
        if one_clause && named && !written.to_ascii_lowercase().contains("local") {
            if let Some(Found {
                value: Pending::Clock { offset_minutes, .. },
                ..
            }) = found.get_mut(i)
            {
                *offset_minutes = Some(theirs);
            }
        }
    }
}

/// Zones no table knows, fixed by the report itself: a clock in a named
/// zone with the same instant in GMT or UTC later in its sentence ("00:00
/// on Thursday, Kodmezo time (21:00 GMT on Wednesday)", "00:00 Kerevian
/// time, which was 23:00 in Lisdarra and 21:00 GMT"), or "here" in the
/// report's declared zone `here` ("15:00 Port Aucel time, 07:00 here"),
/// gives that zone's offset, and every clock of the report in that zone
/// takes it. Two sentences that disagree fix nothing.
fn named_zone_offsets(body: &str, here: Option<i32>, found: &mut [Found]) {
    let mut offsets: Vec<(String, i32)> = Vec::new();
    for f in found.iter() {
        let Pending::Clock {
            time,
            offset_minutes,
            read: true,
        } = f.value
        else {
            continue;
        };
        // "17:00 Velmoor time (15:00 GMT)": its bracket gave it already.
        let bracketed = body.get(..f.end).is_some_and(|t| t.ends_with(')'));
        if offset_minutes.is_some() && !bracketed {
            continue;
        }
        let Some(name) = zone_name(body, f.start, f.end) else {
            continue;
        };
        if let Some(offset) =
            offset_minutes.or_else(|| offset_from_same_instant(body, f.end, time, here))
        {
            offsets.push((name, offset));
        }
    }
    for f in found.iter_mut() {
        // "Her post went up at 13:00 in Braileni": a clock with no zone
        // written, placed where a named zone is known, is in that zone,
        // whatever zone the report's own clocks are in.
        let written_bare = body
            .get(f.start..f.end)
            .is_some_and(|t| !t.chars().any(char::is_alphabetic));
        let placed = placed_in(body, f.end)
            .map(|(place, _)| place.to_owned())
            .filter(|place| written_bare && offsets.iter().any(|(n, _)| n == place));
        let Pending::Clock {
            offset_minutes: ref mut offset,
            ..
        } = f.value
        else {
            continue;
        };
        if offset.is_some() && placed.is_none() {
            continue;
        }
        let Some(name) = placed.or_else(|| zone_name(body, f.start, f.end)) else {
            continue;
        };
        let mut given = offsets.iter().filter(|(n, _)| *n == name).map(|&(_, o)| o);
        if let Some(first) = given.next() {
            if given.all(|o| o == first) {
                *offset = Some(first);
            }
        }
    }
}

/// The entry stamps of a live report that gives no zone ("15:40 – The
/// council votes …", "19:50\nThe meeting is over."): once the report has
/// two stamps or more, each is a clock of no known instant (its zone is
/// never guessed). A lone bare clock opening a paragraph of an ordinary
/// report is no stamp, and stays unread.
fn zoneless_stamps(body: &str, bare: &[(usize, usize, NaiveTime)], found: &mut Vec<Found>) {
    let stamps: Vec<&(usize, usize, NaiveTime)> = bare
        .iter()
        .filter(|&&(start, end, _)| is_entry_stamp(body, start, end))
        .collect();
    let zoned = found
        .iter()
        .filter(|f| {
            matches!(f.value, Pending::Clock { .. }) && is_entry_stamp(body, f.start, f.end)
        })
        .count();
    if stamps.len() + zoned < 2 {
        return;
    }
    for &&(start, end, time) in &stamps {
        found.push(Found::clock(start, end, time, None, true));
    }
}

/// The offset of the zone a report says all its times are in ("All times
/// CEST", "All times are GMT", "All times Merrovian (UTC+1)", "All times local"
/// with `local` known), if it says so.
fn declared_zone(body: &str, local: Option<i32>) -> Option<i32> {
    static NOTE: LazyLock<Regex> = LazyLock::new(|| {
        let mut zones: Vec<&str> = ZONES.iter().map(|(z, _)| *z).collect();
        zones.sort_by_key(|z| std::cmp::Reverse(z.len()));
        let pattern = format!(
            r"(?-u:\b)(?i:all\s+times|times)\s+(?i:(?:are\s+)?(?:in\s+|shown\s+in\s+|given\s+in\s+)?)(?:(?P<offset>(?:UTC|GMT)\s*[+\-−]\s*\d{{1,2}}(?::?\d{{2}})?)|(?P<zone>{})(?-u:\b)|(?P<local>(?i:local))|\p{{L}}+(?:\s+\p{{L}}+){{0,2}}\s+\(\s*(?P<named>(?:UTC|GMT)\s*[+\-−]\s*\d{{1,2}}(?::?\d{{2}})?)\s*\))",
            zones.join("|")
        );
        // A static pattern: a failure here is a bug caught by every test.
        Regex::new(&pattern).unwrap_or_else(|e| panic!("zone note pattern: {e}"))
    });
    let note = NOTE.captures(body)?;
    if let Some(o) = note.name("offset").or_else(|| note.name("named")) {
        return parse_offset(o.as_str());
    }
    if let Some(z) = note.name("zone") {
        return zone_offset(z.as_str());
    }
    note.name("local").and(local)
}

/// The name of the zone a clock of unknown offset is written in: "Łazarian"
/// of "10:00 Łazarian time", or of "at 3:15 a.m. on Saturday, Quenmarra
/// time" (the name may follow the clock's day). `None` for a clock in
/// "local time" or with no zone: the time where the report stands.
pub(super) fn zone_name(body: &str, start: usize, end: usize) -> Option<String> {
    static AFTER: LazyLock<Regex> = LazyLock::new(|| {
        // A static pattern: a failure here is a bug caught by every test.
        Regex::new(
            r"^(?:,?\s*(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?)?,?\s+(?P<name>\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s+time(?-u:\b)",
        )
        .unwrap_or_else(|e| panic!("zone name pattern: {e}"))
    });
    let text = body.get(start..end)?;
    // "17:00 Velmoor time (15:00 GMT)": the bracket restates it.
    let text = match text.rfind(" (") {
        Some(open) if text.ends_with(')') => &text[..open],
        _ => text,
    };
    if let Some(head) = text.strip_suffix(" time") {
        let name: Vec<&str> = head
            .split_whitespace()
            .rev()
            .take_while(|w| w.starts_with(char::is_uppercase))
            .collect();
        if !name.is_empty() && !head.ends_with("local") {
            return Some(name.into_iter().rev().collect::<Vec<_>>().join(" "));
        }
        return None;
    }
    // A day and a name of three words at most: the text just after it
    // (a longer scan for every clock would make a long report quadratic).
    let rest = body.get(end..body.floor_char_boundary(end + 160))?;
    let clause = rest
        .find(['.', ';', '\n', '('])
        .map_or(rest, |i| &rest[..i]);
    AFTER
        .captures(clause)
        .and_then(|c| c.name("name"))
        .map(|m| m.as_str().to_owned())
}

/// Whether no word follows `end` that would make the number before it a
/// measure ("at 10.00 (12.00 …)", "at 09.30, the committee", not "at 4.20
/// percent"): punctuation, a bracket, the end, or a preposition.
fn nothing_counted_after(body: &str, end: usize) -> bool {
    let rest = body.get(end..).unwrap_or("");
    let trimmed = rest.trim_start();
    if trimmed.is_empty() || trimmed.starts_with(['.', ',', ';', ':', '(', ')', '\n', '–', '—'])
    {
        return !trimmed.starts_with('.') || !trimmed[1..].starts_with(char::is_numeric);
    }
    matches!(
        word_after(body, end),
        "in" | "on" | "at" | "and" | "to" | "when" | "with"
    )
}

/// The word right before `start`, letters and digits, as written.
pub(super) fn word_before(body: &str, start: usize) -> &str {
    body.get(..start)
        .unwrap_or("")
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
}

/// The letters right after `end`, past spaces, as written.
pub(super) fn word_after(body: &str, end: usize) -> &str {
    let rest = body.get(end..).unwrap_or("").trim_start();
    let len = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    &rest[..len]
}

/// Whether the word before `start` is one a clock time follows ("at 07:12",
/// "shortly after 07:00", "until 18:00"), or the two words before are ("set
/// for 20:00", "where it is 15:45").
fn after_clock_word(body: &str, start: usize) -> bool {
    let word = word_before(body, start);
    let one = [
        "at", "after", "before", "until", "till", "by", "from", "since", "around", "to",
    ]
    .iter()
    .any(|w| w.eq_ignore_ascii_case(word));
    if one {
        return true;
    }
    let head = body
        .get(..start)
        .unwrap_or("")
        .trim_end()
        .strip_suffix(word)
        .unwrap_or("");
    let before = word_before(head, head.len()).to_ascii_lowercase();
    match word.to_ascii_lowercase().as_str() {
        "for" => matches!(
            before.as_str(),
            "set" | "scheduled" | "planned" | "fixed" | "booked" | "timed" | "due"
        ),
        "is" | "was" => before == "it",
        _ => false,
    }
}

pub(super) fn resolve_clock(
    time: NaiveTime,
    offset_minutes: Option<i32>,
    day: Option<NaiveDate>,
) -> TimeValue {
    let Some(minutes) = offset_minutes else {
        return unresolved(UnresolvedReason::NoTimeZone);
    };
    let Some(day) = day else {
        return unresolved(UnresolvedReason::NoAnchor);
    };
    let instant = FixedOffset::east_opt(minutes * 60).and_then(|tz| {
        NaiveDateTime::new(day, time)
            .and_local_timezone(tz)
            .single()
    });
    match instant {
        Some(t) => TimeValue::Instant(t),
        None => unresolved(UnresolvedReason::InvalidDate),
    }
}

/// Whether the clock time at `start..end` stamps a live report's entry: it
/// opens its paragraph and a dash, a bar or a colon follows it
/// ("09:05 CET - The court ruled …", "09:15 EET | The operator says …"),
/// or it opens its paragraph in brackets ("[08:45 CEST] The minister …"),
/// or it stands alone on its line above the entry ("09:15 CET\nThe police
/// say …"). An entry is written on the day the report is published, so the stamp's
/// day is the report's, whatever day the entry then tells of.
pub(super) fn is_entry_stamp(body: &str, start: usize, end: usize) -> bool {
    let before = body.get(..start).unwrap_or("");
    let opens_line = |b: &str| b.is_empty() || b.ends_with('\n');
    let after = body.get(end..).unwrap_or("");
    let dashed = opens_line(before)
        && [" - ", " – ", " — ", " -- ", " | ", ": "]
            .iter()
            .any(|dash| after.starts_with(dash));
    let bracketed = [('[', "] "), ('(', ") ")].iter().any(|&(open, close)| {
        before
            .strip_suffix(open)
            .is_some_and(|b| opens_line(b) && after.starts_with(close))
    });
    let alone = opens_line(before) && (after.is_empty() || after.starts_with(['\n', '\r']));
    dashed || bracketed || alone
}
