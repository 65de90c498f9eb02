//! Zones a report fixes itself by writing one instant twice: a clock and,
//! later in its sentence, the same instant in GMT or "here" ("(21:00 GMT
//! on Wednesday)", "which was 8am GMT", "(08:40 here)"); and the report's
//! own zone, "here", from a clock read here beside the same instant in GMT
//! ("that's 3am here in Amberleigh and 8am GMT", "8am GMT, 3am here"), or
//! from a clock with no zone followed by the same instant in GMT ("starts
//! at 9.30am - that's 13:30 GMT").
//!
//! What it does not: take two clocks of one sentence for one instant
//! unless only a bracket, a comma, a dash, "and", "or" or "that's" stands
//! between them; "the polls open at 9am here and close at 17:00 GMT" fixes
//! nothing.

use std::sync::LazyLock;

use chrono::{NaiveTime, Timelike};
use regex::{Captures, Regex};

/// A clock, 24-hour ("21:00", "2100", "21.00") or 12-hour ("8am", "4.15
/// p.m."), then "GMT", "UTC" or "here".
static SAME: LazyLock<Regex> = LazyLock::new(|| {
    // A static pattern: a failure here is a bug caught by every test.
    Regex::new(
        r"(?-u:\b)(?P<h>\d{1,2})(?:[:.]?(?P<m>\d{2})|(?:[:.](?P<m12>\d{2}))?\s*(?P<ap>[ap])\.?m\.?)\s*(?:(?P<gmt>GMT|UTC)|(?P<here>here))(?-u:\b)",
    )
    .unwrap_or_else(|e| panic!("same-instant pattern: {e}"))
});

/// What may stand after a clock read "here" and before the same instant
/// in GMT ("here in Amberleigh and ", "here (", "here, or "), or after the
/// GMT clock and before the one read here.
static LINK: LazyLock<Regex> = LazyLock::new(|| {
    // A static pattern: a failure here is a bug caught by every test.
    Regex::new(
        r"^(?:\s+in\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)?\s*(?:,\s*|\(\s*|[-–—]\s*)?(?:(?:and|or|that's|that’s|that\s+is|which\s+is|which\s+was)\s+)?$",
    )
    .unwrap_or_else(|e| panic!("same-instant link: {e}"))
});

/// Minutes past midnight of a [`SAME`] match.
fn minutes(c: &Captures<'_>) -> Option<i32> {
    let h = c.name("h")?.as_str().parse::<i32>().ok()?;
    let m = c
        .name("m")
        .or_else(|| c.name("m12"))
        .map_or(Some(0), |m| m.as_str().parse::<i32>().ok())?;
    let h = match c.name("ap").map(|a| a.as_str()) {
        Some(ap) if (1..=12).contains(&h) => h % 12 + if ap == "p" { 12 } else { 0 },
        Some(_) => return None,
        None => h,
    };
    (h < 24 && m < 60).then_some(h * 60 + m)
}

/// The rest of the sentence after `end`: up to a line break or a full stop
/// followed by a space (not the stop of "a.m."), at most 200 bytes.
fn rest_of_sentence(body: &str, end: usize) -> &str {
    let rest = body.get(end..).unwrap_or("");
    let mut cut = rest.len().min(200);
    while !rest.is_char_boundary(cut) {
        cut -= 1;
    }
    let rest = &rest[..cut];
    let stop = rest.char_indices().find(|&(i, c)| {
        c == '\n'
            || (c == '.'
                && rest[i + 1..].starts_with(char::is_whitespace)
                && !rest[..i].ends_with("a.m")
                && !rest[..i].ends_with("p.m"))
    });
    stop.map_or(rest, |(i, _)| &rest[..i])
}

/// The offset of a clock reading `time` that ends at `end`, from the same
/// instant written later in its sentence: in GMT or UTC ("(21:00 GMT on
/// Wednesday)", "which was 8am GMT"), or "here" in the report's zone `here`
/// ("(08:40 here)").
pub(super) fn offset_from_same_instant(
    body: &str,
    end: usize,
    time: NaiveTime,
    here: Option<i32>,
) -> Option<i32> {
    let c = SAME.captures(rest_of_sentence(body, end))?;
    let utc = minutes(&c)?;
    let base = if c.name("gmt").is_some() { 0 } else { here? };
    let local = i32::try_from(time.num_seconds_from_midnight() / 60).unwrap_or(0);
    Some(offset_between(local, utc - base))
}

/// A clock written with no zone, ending where the text ends, then only a
/// dash, a bracket or a comma and "that's", "which is" or "or" ("9.30am -
/// that's ", "14:00 (", "10:00, or "): what may stand before the same
/// instant in GMT. The minutes or the half of the day must be written, so
/// that a bare number is no clock.
static BARE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    // A static pattern: a failure here is a bug caught by every test.
    Regex::new(
        r"(?:^|[\s(])(?P<h>\d{1,2})(?:[:.](?P<m>\d{2})(?:\s*(?P<ap>[ap])\.?m\.?)?|\s*(?P<ap12>[ap])\.?m\.?)\s*(?:[-–—(]|,|,\s*or|[-–—]\s*(?:that's|that’s|that\s+is|which\s+is))\s*(?:(?:that's|that’s|that\s+is|which\s+is|or)\s+)?$",
    )
    .unwrap_or_else(|e| panic!("bare clock before GMT: {e}"))
});

/// The offsets a report gives its own clocks by writing one with no zone
/// and the same instant in GMT or UTC right after it ("The hearing starts at
/// 9.30am - that's 13:30 GMT"): a clock with no zone is read where the
/// report stands.
fn bare_then_gmt(body: &str) -> Vec<i32> {
    SAME.captures_iter(body)
        .filter(|c| c.name("gmt").is_some())
        .filter_map(|c| {
            let whole = c.get(0)?;
            let mut from = whole.start().saturating_sub(40);
            while !body.is_char_boundary(from) {
                from -= 1;
            }
            let before = BARE_BEFORE.captures(body.get(from..whole.start())?)?;
            let h = before.name("h")?.as_str().parse::<i32>().ok()?;
            let m = before
                .name("m")
                .map_or(Some(0), |m| m.as_str().parse::<i32>().ok())?;
            let h = match before.name("ap").or_else(|| before.name("ap12")) {
                Some(ap) if (1..=12).contains(&h) => {
                    h % 12 + if ap.as_str() == "p" { 12 } else { 0 }
                }
                Some(_) => return None,
                None => h,
            };
            let utc = minutes(&c)?;
            (h < 24 && m < 60).then(|| offset_between(h * 60 + m, utc))
        })
        .collect()
}

/// The report's own zone, when it writes a clock "here" and the same
/// instant in GMT or UTC right beside it ("3am here in Amberleigh and 8am
/// GMT", "at 8am GMT (3am here)"), or a clock with no zone and the same
/// instant in GMT right after it ("at 9.30am - that's 13:30 GMT").
/// Sentences that disagree fix nothing.
pub(super) fn here_zone(body: &str) -> Option<i32> {
    let clocks: Vec<(usize, usize, i32, bool)> = SAME
        .captures_iter(body)
        .filter_map(|c| {
            let whole = c.get(0)?;
            Some((
                whole.start(),
                whole.end(),
                minutes(&c)?,
                c.name("gmt").is_some(),
            ))
        })
        .collect();
    let offsets = clocks.windows(2).filter_map(|w| {
        let [(_, a_end, a_min, a_gmt), (b_start, _, b_min, b_gmt)] = *w else {
            return None;
        };
        if a_gmt == b_gmt {
            return None;
        }
        let between = body.get(a_end..b_start)?;
        if !LINK.is_match(between) || rest_of_sentence(body, a_end).len() < between.len() {
            return None;
        }
        let (here, utc) = if a_gmt {
            (b_min, a_min)
        } else {
            (a_min, b_min)
        };
        Some(offset_between(here, utc))
    });
    let bare = bare_then_gmt(body);
    let mut offsets = offsets.chain(bare);
    let first = offsets.next()?;
    offsets.all(|o| o == first).then_some(first)
}

/// The UTC offset, in minutes, of a clock reading `local` minutes past
/// midnight at the instant a UTC clock reads `utc`: the zones of the world
/// lie between UTC−12 and UTC+14, so a difference past them is a day off.
pub(super) fn offset_between(local: i32, utc: i32) -> i32 {
    let diff = local - utc;
    if diff > 14 * 60 {
        diff - 24 * 60
    } else if diff < -12 * 60 {
        diff + 24 * 60
    } else {
        diff
    }
}
