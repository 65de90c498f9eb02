//! Reading dates as news pages, feeds and scrapes write them.
//!
//! What it reads: ISO 8601 (`2025-10-29`, `2025-10-29T08:00:00Z`), RFC 2822
//! (`Wed, 29 Oct 2025 08:00:00 +0000`), day-month-year in words
//! (`Wednesday, 29 October 2025`, `29 Oct 2025`, `29th of October, 2025`),
//! month-day-year in words (`October 29, 2025`, `Oct. 29, 2025`, `Sept 3 2025`),
//! `2025/10/29` and `2025.10.29`, numeric day-first dates with dots or dashes
//! (`29.10.2025`), slashed numeric dates when they are unambiguous
//! (`29/10/2025`, `10/29/2025`; `03/04/2025` is refused), a compact
//! `20251029`, and a scraper's `date 2025-10-29` token. A weekday in front
//! is accepted and made part of the match; it is not checked against the date.
//!
//! What it does not: times and time zones (ignored, the calendar date as
//! written is kept), relative dates ("yesterday", "2 hours ago"), month names
//! in other languages, years outside 1900–2100, and month-day without a year
//! except through [`find_month_day`], whose caller must supply the year.
//!
//! Everything here is pure and never panics, whatever the text.

use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};
use regex::Regex;

/// English month names and their usual abbreviations, as a regex fragment.
const MONTH: &str = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

/// English weekday names and abbreviations, as a regex fragment.
const WEEKDAY: &str = r"(?:mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)";

/// A date found inside a piece of text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateMatch {
    /// The calendar date.
    pub date: NaiveDate,
    /// Byte offset where the match starts (the weekday, when one is written).
    pub start: usize,
    /// Byte offset just past the match (the time of day is not part of it).
    pub end: usize,
    /// Whether a weekday name was written in front of the date.
    pub weekday: bool,
}

/// A month and day written without a year ("March 3", "9 Jan").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MonthDay {
    /// 1–12.
    pub month: u32,
    /// 1–31, as written (checked against the month only by [`MonthDay::in_year`]).
    pub day: u32,
    /// Byte offset where the match starts.
    pub start: usize,
    /// Byte offset just past the match.
    pub end: usize,
}

impl MonthDay {
    /// The date in a given year, where that day exists in it.
    pub fn in_year(&self, year: i32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(year, self.month, self.day)
    }
}

/// How the numbers of one pattern map onto year, month and day.
#[derive(Clone, Copy)]
enum Layout {
    /// `y`, `m`, `d` groups, numeric month.
    Ymd,
    /// `d`, `mon`, `y` groups, month in words.
    WordMonth,
    /// `a`, `s1`, `b`, `s2`, `y`: day and month in an order to decide.
    NumericDmy,
    /// Eight digits, `YYYYMMDD`.
    Compact,
}

struct Pattern {
    re: Regex,
    layout: Layout,
}

fn patterns() -> &'static [Pattern] {
    static PATTERNS: OnceLock<Vec<Pattern>> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        let wd = format!(r"(?:(?P<wd>\b{WEEKDAY})\.?,?\s+(?:the\s+)?)?");
        let specs: Vec<(String, Layout)> = vec![
            (
                format!(r"(?i){wd}\b(?P<y>\d{{4}})-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}})"),
                Layout::Ymd,
            ),
            (
                format!(r"(?i){wd}\b(?P<y>\d{{4}})[/.](?P<m>\d{{1,2}})[/.](?P<d>\d{{1,2}})"),
                Layout::Ymd,
            ),
            (
                format!(
                    r"(?i){wd}\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?[\s\-]+(?P<mon>{MONTH})\b\.?,?[\s\-]+(?P<y>\d{{4}})"
                ),
                Layout::WordMonth,
            ),
            (
                format!(
                    r"(?i){wd}\b(?P<mon>{MONTH})\b\.?\s*(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b,?\s+(?P<y>\d{{4}})"
                ),
                Layout::WordMonth,
            ),
            (
                format!(r"(?i){wd}\b(?P<a>\d{{1,2}})(?P<s1>[/.\-])(?P<b>\d{{1,2}})(?P<s2>[/.\-])(?P<y>\d{{4}})"),
                Layout::NumericDmy,
            ),
            (r"^(?P<c>\d{8})$".to_owned(), Layout::Compact),
        ];
        specs
            .into_iter()
            .filter_map(|(src, layout)| Regex::new(&src).ok().map(|re| Pattern { re, layout }))
            .collect()
    })
}

pub use crosscheck_types::month_number;

fn plausible(date: NaiveDate) -> Option<NaiveDate> {
    (1900..=2100).contains(&date.year()).then_some(date)
}

fn num(caps: &regex::Captures<'_>, name: &str) -> Option<u32> {
    caps.name(name)?.as_str().parse().ok()
}

fn date_of(caps: &regex::Captures<'_>, layout: Layout) -> Option<NaiveDate> {
    let date = match layout {
        Layout::Ymd => NaiveDate::from_ymd_opt(
            i32::try_from(num(caps, "y")?).ok()?,
            num(caps, "m")?,
            num(caps, "d")?,
        )?,
        Layout::WordMonth => NaiveDate::from_ymd_opt(
            i32::try_from(num(caps, "y")?).ok()?,
            month_number(caps.name("mon")?.as_str())?,
            num(caps, "d")?,
        )?,
        Layout::NumericDmy => {
            let (s1, s2) = (caps.name("s1")?.as_str(), caps.name("s2")?.as_str());
            if s1 != s2 {
                return None;
            }
            let (a, b) = (num(caps, "a")?, num(caps, "b")?);
            let year = i32::try_from(num(caps, "y")?).ok()?;
            let (day, month) = if a > 12 {
                (a, b)
            } else if b > 12 {
                (b, a)
            } else if a == b || s1 != "/" {
                // Dots and dashes between numbers are the day-first
                // convention; slashes are read both ways, so they must be
                // unambiguous.
                (a, b)
            } else {
                return None;
            };
            NaiveDate::from_ymd_opt(year, month, day)?
        }
        Layout::Compact => {
            let c = caps.name("c")?.as_str();
            NaiveDate::from_ymd_opt(
                c.get(..4)?.parse().ok()?,
                c.get(4..6)?.parse().ok()?,
                c.get(6..8)?.parse().ok()?,
            )?
        }
    };
    plausible(date)
}

/// Every date written in `text`, in order, without overlaps (the longer of
/// two overlapping readings wins).
pub fn find_dates(text: &str) -> Vec<DateMatch> {
    let mut found: Vec<DateMatch> = Vec::new();
    for pattern in patterns() {
        for caps in pattern.re.captures_iter(text) {
            let Some(whole) = caps.get(0) else { continue };
            // A number must not run on into more digits ("2025-10-291").
            let next = text.get(whole.end()..).and_then(|rest| rest.chars().next());
            if next.is_some_and(|c| c.is_ascii_digit()) {
                continue;
            }
            if let Some(date) = date_of(&caps, pattern.layout) {
                found.push(DateMatch {
                    date,
                    start: whole.start(),
                    end: whole.end(),
                    weekday: caps.name("wd").is_some(),
                });
            }
        }
    }
    found.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    let mut kept: Vec<DateMatch> = Vec::with_capacity(found.len());
    for m in found {
        match kept.last() {
            Some(last) if m.start < last.end => {}
            _ => kept.push(m),
        }
    }
    kept
}

/// The first date written in `text`, with its byte span.
pub fn find_date(text: &str) -> Option<DateMatch> {
    find_dates(text).into_iter().next()
}

/// Parses a date as pages, feeds and scrapes write it (see the module
/// documentation for the forms). Tolerant: the first date found in the text
/// is returned, so labels and times around it do not matter
/// (`"Published: Oct. 29, 2025, 10:14 IST"`). Returns `None` when the text
/// holds no date.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    find_date(text.trim()).map(|m| m.date)
}

/// The first month and day written without a year ("March 3", "9 Jan",
/// "Oct. 29th"). Used for datelines, whose year comes from elsewhere.
pub fn find_month_day(text: &str) -> Option<MonthDay> {
    static RES: OnceLock<Vec<Regex>> = OnceLock::new();
    let res = RES.get_or_init(|| {
        [
            format!(r"(?i)\b(?P<mon>{MONTH})\b\.?\s*(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b"),
            format!(r"(?i)\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{MONTH})\b\.?"),
        ]
        .iter()
        .filter_map(|src| Regex::new(src).ok())
        .collect()
    });
    res.iter()
        .filter_map(|re| {
            let caps = re.captures(text)?;
            let whole = caps.get(0)?;
            let month = month_number(caps.name("mon")?.as_str())?;
            let day: u32 = caps.name("d")?.as_str().parse().ok()?;
            (1..=31).contains(&day).then_some(MonthDay {
                month,
                day,
                start: whole.start(),
                end: whole.end(),
            })
        })
        .min_by_key(|m| m.start)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn iso_and_machine_forms() {
        assert_eq!(parse_date("2025-10-29"), d(2025, 10, 29));
        assert_eq!(parse_date("  2025-10-29T08:00:00Z "), d(2025, 10, 29));
        assert_eq!(parse_date("2025-10-29 08:00:00+05:00"), d(2025, 10, 29));
        assert_eq!(parse_date("date 2025-10-29"), d(2025, 10, 29));
        assert_eq!(parse_date("2025/10/29"), d(2025, 10, 29));
        assert_eq!(parse_date("2025.3.7"), d(2025, 3, 7));
        assert_eq!(parse_date("20251029"), d(2025, 10, 29));
        assert_eq!(parse_date("/world/2024/02/29/some-story"), d(2024, 2, 29));
    }

    #[test]
    fn rfc_2822() {
        assert_eq!(
            parse_date("Wed, 29 Oct 2025 08:00:00 +0000"),
            d(2025, 10, 29)
        );
        assert_eq!(parse_date("Sat, 1 Mar 2025 23:59:59 GMT"), d(2025, 3, 1));
    }

    #[test]
    fn words() {
        assert_eq!(parse_date("Wednesday, 29 October 2025"), d(2025, 10, 29));
        assert_eq!(parse_date("29 October 2025"), d(2025, 10, 29));
        assert_eq!(parse_date("October 29, 2025"), d(2025, 10, 29));
        assert_eq!(parse_date("Wednesday, October 29, 2025"), d(2025, 10, 29));
        assert_eq!(parse_date("29 Oct 2025"), d(2025, 10, 29));
        assert_eq!(parse_date("Oct. 29, 2025"), d(2025, 10, 29));
        assert_eq!(parse_date("Sept. 3, 2024"), d(2024, 9, 3));
        assert_eq!(parse_date("Sep 3 2024"), d(2024, 9, 3));
        assert_eq!(parse_date("3rd of March, 2026"), d(2026, 3, 3));
        assert_eq!(parse_date("March 3rd, 2026"), d(2026, 3, 3));
        assert_eq!(parse_date("12-Jan-2026"), d(2026, 1, 12));
        assert_eq!(parse_date("THURSDAY 12 MARCH 2026"), d(2026, 3, 12));
        assert_eq!(
            parse_date("Published: Oct. 29, 2025, 10:14 am IST"),
            d(2025, 10, 29)
        );
        assert_eq!(
            parse_date("Updated on Monday 9 March 2026 at 18:02"),
            d(2026, 3, 9)
        );
    }

    #[test]
    fn numeric_day_month() {
        assert_eq!(parse_date("29.10.2025"), d(2025, 10, 29));
        assert_eq!(parse_date("29/10/2025"), d(2025, 10, 29));
        assert_eq!(parse_date("10/29/2025"), d(2025, 10, 29));
        assert_eq!(parse_date("03/04/2025"), None, "ambiguous");
        assert_eq!(parse_date("04/04/2025"), d(2025, 4, 4));
        assert_eq!(parse_date("03-04-2025"), d(2025, 4, 3));
        assert_eq!(parse_date("3/4-2025"), None, "mixed separators");
    }

    #[test]
    fn refuses_non_dates() {
        for text in [
            "",
            "   ",
            "no date here",
            "2025-13-01",
            "2025-02-30",
            "October 2025",
            "32 October 2025",
            "Octopus 29, 2025",
            "1,604 of 1,912 members",
            "0001-01-01",
            "2025-10-291",
            "May we meet 12 times",
        ] {
            assert_eq!(parse_date(text), None, "{text:?}");
        }
    }

    #[test]
    fn finds_spans() {
        let line = "Posted by Desk | Wednesday, 29 October 2025 | 10:14";
        let m = find_date(line).expect("a date");
        assert_eq!(&line[m.start..m.end], "Wednesday, 29 October 2025");
        assert!(m.weekday);
        let line = "The talks began on Oct. 3, 2024 in Karvik.";
        let m = find_date(line).expect("a date");
        assert_eq!(&line[m.start..m.end], "Oct. 3, 2024");
        assert!(!m.weekday);
        let all = find_dates("from 2024-01-02 to 5 January 2024");
        assert_eq!(all.len(), 2);
        assert_eq!(all[1].date, NaiveDate::from_ymd_opt(2024, 1, 5).unwrap());
    }

    #[test]
    fn month_day_without_year() {
        let md = find_month_day("Geneva, March 3:").expect("month-day");
        assert_eq!((md.month, md.day), (3, 3));
        assert_eq!(md.in_year(2026), d(2026, 3, 3));
        let md = find_month_day("NAIROBI, 9 Jan (Reuters)").expect("month-day");
        assert_eq!((md.month, md.day), (1, 9));
        assert!(find_month_day("no month here 12").is_none());
        let md = find_month_day("Feb 30").expect("as written");
        assert_eq!(md.in_year(2025), None);
    }

    #[test]
    fn odd_input_does_not_panic() {
        let big = "9".repeat(1 << 20);
        assert_eq!(parse_date(&big), None);
        assert_eq!(parse_date("\0\0\u{feff}2025-10-29\0"), d(2025, 10, 29));
        let _ = parse_date("ü2025-10-29é");
        let _ = find_month_day(&"Oct ".repeat(100_000));
    }
}
