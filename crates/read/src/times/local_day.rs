//! The day of a clock written in one zone and dated by a day in another:
//! "at 2340 GMT, in the early hours of Sunday local time". The day is the
//! local one; the clock's own date is the day that puts its instant in that
//! part of the local day for some offset a place can have (UTC−12 to
//! UTC+14). 23:40 GMT is in the early hours of a local Sunday only if it is
//! Saturday's 23:40 GMT; with no part of the day written, both Saturday and
//! Sunday can be, and the day is kept as written.
//!
//! What it does not: learn the local zone (another rule may fix it), nor
//! move a day that is not followed by "local time".

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike, Weekday};

use super::dates::{days_back, days_fwd};

/// How far after a clock (bytes) its "… Sunday local time" is sought.
const REACH: usize = 80;

/// The zones a place can be in, in minutes from UTC: UTC−12 to UTC+14.
const WESTMOST: i64 = -12 * 60;
const EASTMOST: i64 = 14 * 60;

/// The clock's date in its own zone (`offset_minutes`) when the words after
/// it date it by a local day (`day`, as read): the day before or after
/// when only that one fits the part of the day they name.
pub(super) fn clock_day(
    body: &str,
    clock_end: usize,
    time: NaiveTime,
    offset_minutes: Option<i32>,
    day: NaiveDate,
) -> NaiveDate {
    let Some(offset) = offset_minutes else {
        return day;
    };
    let Some((weekday, from, to)) = local_part(body, clock_end) else {
        return day;
    };
    // The day read must be the one the words name.
    if weekday.parse::<Weekday>().ok() != Some(day.weekday()) {
        return day;
    }
    let clock = i64::from(time.num_seconds_from_midnight() / 60);
    // Minutes of the local day's midnight a clock `shift` days away reaches
    // for some place's offset.
    let fits = |shift: i64| {
        let utc = shift * 1440 + clock - i64::from(offset);
        // Some offset in WESTMOST..=EASTMOST lands in from..to.
        from - utc <= EASTMOST && to - utc > WESTMOST
    };
    if fits(0) {
        return day;
    }
    match (fits(-1), fits(1)) {
        (true, false) => days_back(day, 1).unwrap_or(day),
        (false, true) => days_fwd(day, 1).unwrap_or(day),
        _ => day,
    }
}

/// The weekday and the minutes of its local day (from its midnight; past
/// 1440 is the next morning) that the words after a clock name: "in the
/// early hours of Sunday local time" is Sunday, 0..360. `None` unless a
/// weekday followed by "local time" stands in the clock's clause.
fn local_part(body: &str, clock_end: usize) -> Option<(String, i64, i64)> {
    let end = body.floor_char_boundary(clock_end.saturating_add(REACH).min(body.len()));
    let after = body.get(clock_end..end)?;
    let clause = after.split(['.', ';', '\n', '(', ')']).next()?;
    let lower = clause.to_ascii_lowercase();
    let local = lower.find(" local time")?;
    let before = lower.get(..local)?;
    let words: Vec<&str> = before
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    let (&last, rest) = words.split_last()?;
    // "Sunday local time", "Sunday morning local time".
    let (weekday_at, part_after) = if is_weekday(last) {
        (rest.len(), None)
    } else {
        let (&day, _) = rest.split_last()?;
        is_weekday(day).then_some((rest.len() - 1, Some(last)))?
    };
    let part = part_after.or_else(|| {
        // "in the early hours of Sunday", "early on Sunday", "late Sunday".
        words[..weekday_at].iter().rev().take(4).copied().find(|w| {
            matches!(
                *w,
                "hours" | "early" | "late" | "morning" | "evening" | "night" | "afternoon"
            )
        })
    });
    let hours = match part {
        None => (0, 24),
        Some("hours" | "early") => (0, 6),
        Some("morning") => (5, 12),
        Some("afternoon") => (12, 18),
        Some("evening") => (17, 24),
        Some("late") => (18, 24),
        Some("night") => (18, 29),
        Some(_) => return None,
    };
    Some((words[weekday_at].to_owned(), hours.0 * 60, hours.1 * 60))
}

fn is_weekday(w: &str) -> bool {
    matches!(
        w,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_else(|e| panic!("{e}"))
    }

    fn hm(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap_or_else(|| panic!("bad time"))
    }

    #[test]
    fn late_gmt_clock_in_the_early_hours_of_a_local_day_is_the_day_before() {
        let body =
            "They fell ill at 2340 GMT, in the early hours of Sunday local time, after dinner.";
        let end = body.find("GMT").unwrap_or(0) + 3;
        let sunday = day("2053-09-14");
        assert_eq!(
            clock_day(body, end, hm(23, 40), Some(0), sunday),
            day("2053-09-13")
        );
    }

    #[test]
    fn early_gmt_clock_on_a_local_evening_is_the_day_after() {
        let body = "The polls closed at 0200 GMT, late on Tuesday local time.";
        let end = body.find("GMT").unwrap_or(0) + 3;
        let tuesday = day("2050-03-01");
        assert_eq!(
            clock_day(body, end, hm(2, 0), Some(0), tuesday),
            day("2050-03-02")
        );
    }

    #[test]
    fn a_day_that_fits_or_is_not_local_is_kept() {
        let sunday = day("2053-09-14");
        // No part of the day: Saturday and Sunday both fit.
        let body = "at 2340 GMT, on Sunday local time";
        assert_eq!(clock_day(body, 11, hm(23, 40), Some(0), sunday), sunday);
        // The day is the clock's own.
        let body = "at 2340 GMT on Sunday, early in the morning";
        assert_eq!(clock_day(body, 11, hm(23, 40), Some(0), sunday), sunday);
        // A clock with no zone is the local one.
        let body = "at 23:40, in the early hours of Sunday local time";
        assert_eq!(clock_day(body, 8, hm(23, 40), None, sunday), sunday);
    }
}
