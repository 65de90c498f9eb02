//! Small shared helpers: building a [`TimeValue`] from captures and day,
//! month and year arithmetic on [`NaiveDate`]s.
//!
//! What it does not: match text or decide which reading a phrase has.

use chrono::{Days, Months, NaiveDate, Weekday};
use crosscheck_types::{Granularity, TimeValue, UnresolvedReason};
use regex::Captures;

use super::{Found, Pending};

pub(super) fn unresolved(reason: UnresolvedReason) -> TimeValue {
    TimeValue::Unresolved { reason }
}

pub(super) fn push(
    found: &mut Vec<Found>,
    c: &Captures,
    value: TimeValue,
    granularity: Granularity,
) {
    if let Some(m) = c.get(0) {
        found.push(Found {
            start: m.start(),
            end: m.end(),
            value: Pending::Done(value),
            granularity,
        });
    }
}

pub(super) fn num(c: &Captures, i: usize) -> Option<u32> {
    c.get(i)?.as_str().parse().ok()
}

pub(super) fn int(c: &Captures, i: usize) -> Option<i32> {
    c.get(i)?.as_str().parse().ok()
}

pub(super) fn month_no(c: &Captures, i: usize) -> Option<u32> {
    crosscheck_types::month_number(c.get(i)?.as_str())
}

pub(super) fn date_value(y: Option<i32>, m: Option<u32>, d: Option<u32>) -> TimeValue {
    match (y, m, d) {
        (Some(y), Some(m), Some(d)) => NaiveDate::from_ymd_opt(y, m, d)
            .map_or(unresolved(UnresolvedReason::InvalidDate), TimeValue::Date),
        _ => unresolved(UnresolvedReason::InvalidDate),
    }
}

pub(super) fn month_range(y: i32, m: u32) -> Option<(NaiveDate, NaiveDate)> {
    let first = NaiveDate::from_ymd_opt(y, m, 1)?;
    let last = first.checked_add_months(Months::new(1))?.pred_opt()?;
    Some((first, last))
}

pub(super) fn year_range(y: i32) -> Option<(NaiveDate, NaiveDate)> {
    Some((
        NaiveDate::from_ymd_opt(y, 1, 1)?,
        NaiveDate::from_ymd_opt(y, 12, 31)?,
    ))
}

pub(super) fn range_value(r: Option<(NaiveDate, NaiveDate)>) -> TimeValue {
    r.map_or(unresolved(UnresolvedReason::InvalidDate), |(a, b)| {
        TimeValue::Range(a, b)
    })
}

pub(super) fn weekday_of(name: &str) -> Option<Weekday> {
    name.to_ascii_lowercase().parse().ok()
}

pub(super) fn days_back(a: NaiveDate, n: u64) -> Option<NaiveDate> {
    a.checked_sub_days(Days::new(n))
}

pub(super) fn days_fwd(a: NaiveDate, n: u64) -> Option<NaiveDate> {
    a.checked_add_days(Days::new(n))
}
