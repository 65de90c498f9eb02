//! Days of one month told as a span: "from 3 to 6 October", "3-6
//! October 2049", "between 3 and 6 October", "October 3 to 6". The date
//! read for the month's named day ("6 October", "October 3") gives the
//! month and year; the other figure is the span's other day.
//!
//! Months told as a span the same way: "January to April 2046", "from
//! November to February 2050" (the first month in the year before),
//! "between March and May 2049".
//!
//! What it does not: a span across two months ("30 September to 2
//! October" is two dates, each read), or a list ("on 3 and 6 October" is
//! two days, not the days between).

use chrono::Datelike;
use crosscheck_types::{Granularity, TimeValue};

use super::{Found, Pending};

/// How far (bytes) around a date the other day of its span is sought.
const REACH: usize = 24;

/// Every date of `found` with the other day of its span written beside it,
/// as one more expression covering both (the longer one is kept).
pub(super) fn day_ranges(body: &str, found: &mut Vec<Found>) {
    let mut spans = Vec::new();
    for f in found.iter() {
        let Pending::Done(TimeValue::Date(date)) = f.value else {
            continue;
        };
        let text = body.get(f.start..f.end).unwrap_or("");
        let day_first = text.starts_with(|c: char| c.is_ascii_digit());
        let span = if day_first {
            first_day_before(body, f.start).and_then(|(start, first)| {
                let from = date.with_day(first)?;
                (from < date).then_some((start, f.end, from, date))
            })
        } else {
            last_day_after(body, f.end).and_then(|(end, last)| {
                let to = date.with_day(last)?;
                (date < to).then_some((f.start, end, date, to))
            })
        };
        if let Some((start, end, from, to)) = span {
            spans.push(Found {
                start,
                end,
                value: Pending::Done(TimeValue::Range(from, to)),
                granularity: Granularity::Day,
            });
        }
    }
    found.extend(spans);
}

/// Every month of `found` (its whole month, read with its year) with
/// another month named before it as the span's start ("January to April
/// 2046"), as one more expression covering both (the longer one is kept).
pub(super) fn month_ranges(body: &str, found: &mut Vec<Found>) {
    let mut spans = Vec::new();
    for f in found.iter() {
        let Pending::Done(TimeValue::Range(first, last)) = f.value else {
            continue;
        };
        if f.granularity != Granularity::Month || first.day() != 1 {
            continue;
        }
        let from = body.floor_char_boundary(f.start.saturating_sub(REACH));
        let Some((head, joiner)) = body.get(from..f.start).and_then(split_joiner) else {
            continue;
        };
        let word_at = head
            .rfind(|c: char| !c.is_alphabetic())
            .map_or(0, |i| i + 1);
        let Some(month) = crosscheck_types::month_number(&head[word_at..]) else {
            continue;
        };
        let opener = head[..word_at].trim_end();
        let between = opener.to_ascii_lowercase().ends_with("between");
        if (joiner == "and" && !between) || month == first.month() {
            continue;
        }
        let year = if month < first.month() {
            first.year()
        } else {
            first.year() - 1
        };
        let Some(start_day) = chrono::NaiveDate::from_ymd_opt(year, month, 1) else {
            continue;
        };
        let start = if between {
            from + opener.len() - "between".len()
        } else {
            from + word_at
        };
        spans.push(Found {
            start,
            end: f.end,
            value: Pending::Done(TimeValue::Range(start_day, last)),
            granularity: Granularity::Month,
        });
    }
    found.extend(spans);
}

/// The start and the figure of "3 to " / "3-" / "between 3 and " right
/// before `at`, where a day-first date begins.
fn first_day_before(body: &str, at: usize) -> Option<(usize, u32)> {
    let from = body.floor_char_boundary(at.saturating_sub(REACH));
    let before = body.get(from..at)?;
    let (head, joiner) = split_joiner(before)?;
    let digits_at = head.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let (ordinal_cut, figure) = trailing_figure(digits_at)?;
    // "between 3 and 6": "and" joins a span only after "between".
    let opener = head[..ordinal_cut].trim_end();
    let between = opener.to_ascii_lowercase().ends_with("between");
    if joiner == "and" && !between {
        return None;
    }
    let start = if between {
        from + opener.len() - "between".len()
    } else {
        from + ordinal_cut
    };
    Some((start, figure))
}

/// The end and the figure of " to 6" / "-6" right after `at`, where a
/// month-first date ends.
fn last_day_after(body: &str, at: usize) -> Option<(usize, u32)> {
    let to = body.floor_char_boundary((at + REACH).min(body.len()));
    let after = body.get(at..to)?;
    let rest = ["–", "-", " to ", " until ", " through "]
        .iter()
        .find_map(|j| after.strip_prefix(j))?;
    let rest = rest.trim_start();
    let len = rest.bytes().take_while(u8::is_ascii_digit).count();
    if len == 0 || len > 2 {
        return None;
    }
    // Not a clock ("October 3-6:30") nor a longer number.
    if rest[len..].starts_with([':', '.', ','])
        && rest[len + 1..].starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    let figure = rest[..len].parse().ok()?;
    let end = at + (after.len() - rest.len()) + len;
    Some((end, figure))
}

/// `text` split before the word or dash that joins a span's two days at
/// its end ("from 3 to " → ("from 3", "to")).
fn split_joiner(text: &str) -> Option<(&str, &'static str)> {
    let trimmed = text.trim_end();
    for joiner in ["to", "until", "through", "and"] {
        if let Some(head) = trimmed.strip_suffix(joiner) {
            if head.ends_with(' ') {
                return Some((head.trim_end(), joiner));
            }
        }
    }
    for dash in ["–", "-"] {
        if let Some(head) = trimmed.strip_suffix(dash) {
            return Some((head.trim_end(), "-"));
        }
    }
    None
}

/// The offset and value of the one- or two-digit figure ending `text`.
fn trailing_figure(text: &str) -> Option<(usize, u32)> {
    let len = text.bytes().rev().take_while(u8::is_ascii_digit).count();
    if len == 0 || len > 2 {
        return None;
    }
    let at = text.len() - len;
    // A figure inside a longer token ("2049-3") is no day.
    if text[..at].ends_with(|c: char| c.is_alphanumeric() || c == '-' || c == '/') {
        return None;
    }
    Some((at, text[at..].parse().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    fn spans(body: &str, at: &str, d: NaiveDate) -> Vec<(String, TimeValue)> {
        let start = body.find(at).unwrap_or(0);
        let mut found = vec![Found {
            start,
            end: start + at.len(),
            value: Pending::Done(TimeValue::Date(d)),
            granularity: Granularity::Day,
        }];
        day_ranges(body, &mut found);
        found
            .iter()
            .skip(1)
            .map(|f| match f.value {
                Pending::Done(v) => (body[f.start..f.end].to_owned(), v),
                _ => (String::new(), TimeValue::Date(d)),
            })
            .collect()
    }

    #[test]
    fn days_of_one_month_told_as_a_span() {
        let six = date(2049, 10, 6);
        let range = TimeValue::Range(date(2049, 10, 3), six);
        for (body, text) in [
            (
                "He was there from 3 to 6 October as a speaker.",
                "3 to 6 October",
            ),
            ("The fair ran 3-6 October.", "3-6 October"),
            ("The fair ran 3rd to 6th October.", "3rd to 6th October"),
            (
                "It was held between 3 and 6 October.",
                "between 3 and 6 October",
            ),
        ] {
            let at = if text.contains("6th") {
                "6th October"
            } else {
                "6 October"
            };
            assert_eq!(
                spans(body, at, six),
                vec![(text.to_owned(), range)],
                "{body}"
            );
        }
        let three = date(2049, 10, 3);
        assert_eq!(
            spans(
                "It ran from October 3 to 6 in Sundvarre.",
                "October 3",
                three
            ),
            vec![("October 3 to 6".to_owned(), range)]
        );
    }

    #[test]
    fn a_list_or_a_clock_is_no_span() {
        let six = date(2049, 10, 6);
        assert!(spans("Votes were held on 3 and 6 October.", "6 October", six).is_empty());
        let three = date(2049, 10, 3);
        assert!(spans("It opened October 3-6:30 pm.", "October 3", three).is_empty());
        assert!(spans("Room 2049-6 October", "6 October", six).is_empty());
    }
}
