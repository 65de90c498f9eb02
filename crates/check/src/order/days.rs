//! Days of rounds: a calendar day, or month and day when a report has no
//! date to take the year from; which of two is earlier.
//!
//! A day without a year is read in the year that puts it nearest the day
//! it is compared with; callers say so in what they show.

use std::cmp::Ordering;
use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};
use regex::Regex;

/// A day, with or without its year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Day {
    /// A calendar day.
    Full(NaiveDate),
    /// Month and day of a report with no date to take the year from
    /// ("October 29" in an undated report).
    MonthDay(u32, u32),
}

impl Day {
    /// The day as a person reads it.
    pub fn label(self) -> String {
        match self {
            Day::Full(d) => d.to_string(),
            Day::MonthDay(m, d) => {
                let month = NaiveDate::from_ymd_opt(2000, m, 1)
                    .map_or_else(|| m.to_string(), |x| x.format("%B").to_string());
                format!("{month} {d} (year not stated)")
            }
        }
    }
}

fn month_day_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?i)^(?:on\s+)?(?:(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)\.?|([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?)$",
        )
        .expect("constant regex")
    })
}

/// "October 29", "29 October", "Oct. 29th" → (10, 29).
pub(crate) fn month_day(text: &str) -> Option<Day> {
    let c = month_day_re().captures(text.trim())?;
    let (day, month) = match (c.get(1), c.get(2), c.get(3), c.get(4)) {
        (Some(d), Some(m), _, _) => (d.as_str(), m.as_str()),
        (_, _, Some(m), Some(d)) => (d.as_str(), m.as_str()),
        _ => return None,
    };
    let month = crosscheck_types::month_number(month)?;
    let day: u32 = day.parse().ok()?;
    // 2000 is a leap year: February 29 exists.
    NaiveDate::from_ymd_opt(2000, month, day)?;
    Some(Day::MonthDay(month, day))
}

/// Which of two days is earlier, and whether a year had to be assumed. A
/// day without a year is read in the year that puts it nearest the other.
pub(crate) fn compare_days(a: Day, b: Day) -> (Ordering, bool) {
    match (a, b) {
        (Day::Full(x), Day::Full(y)) => (x.cmp(&y), false),
        (Day::MonthDay(m, d), Day::Full(y)) => (nearest(m, d, y).cmp(&y), true),
        (Day::Full(x), Day::MonthDay(m, d)) => (x.cmp(&nearest(m, d, x)), true),
        (Day::MonthDay(m, d), Day::MonthDay(m2, d2)) => {
            let Some(y) = NaiveDate::from_ymd_opt(2000, m2, d2) else {
                return (Ordering::Equal, true);
            };
            (nearest(m, d, y).cmp(&y), true)
        }
    }
}

/// Month `m`, day `d` in the year (of `near`'s, one before or after) that
/// is nearest `near`.
fn nearest(m: u32, d: u32, near: NaiveDate) -> NaiveDate {
    let y = near.year();
    [y - 1, y, y + 1]
        .into_iter()
        .filter_map(|y| NaiveDate::from_ymd_opt(y, m, d))
        .min_by_key(|x| (*x - near).num_days().abs())
        .unwrap_or(near)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_days_parse_and_compare_in_the_nearest_year() {
        assert_eq!(month_day("October 29"), Some(Day::MonthDay(10, 29)));
        assert_eq!(month_day("3rd of March"), Some(Day::MonthDay(3, 3)));
        assert_eq!(month_day("Sept. 4"), Some(Day::MonthDay(9, 4)));
        assert_eq!(month_day("Thursday"), None);
        assert_eq!(month_day("February 30"), None);
        let d = |y, m, d| Day::Full(NaiveDate::from_ymd_opt(y, m, d).expect("date"));
        use std::cmp::Ordering::*;
        assert_eq!(
            compare_days(Day::MonthDay(10, 29), d(2025, 10, 25)),
            (Greater, true)
        );
        // December 30 nearest to January 2 is the year before.
        assert_eq!(
            compare_days(Day::MonthDay(12, 30), d(2026, 1, 2)),
            (Less, true)
        );
        assert_eq!(
            compare_days(Day::MonthDay(10, 29), Day::MonthDay(10, 25)),
            (Greater, true)
        );
        assert_eq!(compare_days(d(2025, 1, 1), d(2025, 1, 1)), (Equal, false));
    }
}
