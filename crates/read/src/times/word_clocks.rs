//! Clock times written in words: "at noon", "by midday", "half past five",
//! "a quarter to ten", "ten past nine", "eleven o'clock at night", "at
//! three in the afternoon", "at eleven at night".
//!
//! What it does: finds each phrase with its hour and minutes, and the half
//! of the day when the words around it say it ("in the morning", "at
//! night", "yesterday evening"); "noon" and "midday" are 12:00. What it
//! does not: guess a half of the day the words leave open ("at ten past
//! nine" is 09:10 or 21:10), or read "five to ten" as a clock but right
//! after "at", "around" or "until" (elsewhere as often a range), or
//! "midnight" (which day's the words rarely say). Written by
//! hand: no crate reads English clock phrases.

use std::sync::LazyLock;

use chrono::NaiveTime;
use regex::Regex;

use super::clocks::{word_after, word_before};

/// One clock written in words.
pub(super) struct WordClock {
    /// Byte offset of the phrase.
    pub start: usize,
    /// End of the phrase.
    pub end: usize,
    /// The clock time, when the words fix the half of the day.
    pub time: Option<NaiveTime>,
    /// The phrase can only be a clock ("half past five", "ten o'clock");
    /// "noon" is read as one only after a word a clock follows.
    pub unmistakable: bool,
}

const HOURS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve",
];

static WORD_CLOCK: LazyLock<Regex> = LazyLock::new(|| {
    let hour = format!(r"(?:{}|1[0-2]|[1-9])", HOURS.join("|"));
    Regex::new(&format!(
        r"(?i)(?-u:\b)(?:(?:a\s+)?(?P<min>half|quarter|five|ten|twenty|twenty[-\s]five)\s+(?P<dir>past|to)\s+(?P<h1>{hour})|(?P<h2>{hour})\s+o['’]clock|(?P<h3>{hour})\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)|(?P<noon>noon|midday))(?-u:\b)"
    ))
    // A static pattern: a failure here is a bug caught by every test.
    .unwrap_or_else(|e| panic!("word clock pattern: {e}"))
});

fn hour_value(word: &str) -> Option<u32> {
    let lower = word.to_ascii_lowercase();
    HOURS
        .iter()
        .position(|h| *h == lower)
        .and_then(|i| u32::try_from(i + 1).ok())
        .or_else(|| lower.parse().ok())
}

/// Whether the words around `start..end`, on its line, put the clock in the
/// morning (`Some(false)`) or after noon (`Some(true)`); `None` when they
/// say neither or both.
fn half_of_day(body: &str, start: usize, end: usize) -> Option<bool> {
    let line_start = body
        .get(..start)
        .and_then(|b| b.rfind('\n'))
        .map_or(0, |i| i + 1);
    let line_end = body
        .get(end..)
        .and_then(|a| a.find('\n'))
        .map_or(body.len(), |i| end + i);
    let from = (line_start.max(start.saturating_sub(40))..=start)
        .find(|&i| body.is_char_boundary(i))
        .unwrap_or(start);
    let to = (end..=line_end.min(end + 40))
        .rev()
        .find(|&i| body.is_char_boundary(i))
        .unwrap_or(end);
    let near = body.get(from..to).unwrap_or("").to_ascii_lowercase();
    let has = |words: &[&str]| {
        words.iter().any(|w| {
            near.match_indices(w).any(|(i, _)| {
                let before = near[..i].chars().next_back();
                let after = near[i + w.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            })
        })
    };
    let morning = has(&["morning", "dawn"]);
    let later = has(&["afternoon", "evening", "night", "tonight"]);
    match (morning, later) {
        (true, false) => Some(false),
        (false, true) => Some(true),
        _ => None,
    }
}

/// Whether "five to ten" at `start..end` is a clock, not a range: right
/// after "at", "around" or "until" ("at twenty to ten that night"), with
/// no noun counted after it.
fn after_clock_cue(body: &str, start: usize, end: usize) -> bool {
    let prev = word_before(body, start).to_ascii_lowercase();
    let next = word_after(body, end).to_ascii_lowercase();
    matches!(prev.as_str(), "at" | "around" | "until" | "till")
        && matches!(
            next.as_str(),
            "" | "that"
                | "this"
                | "on"
                | "in"
                | "last"
                | "yesterday"
                | "tonight"
                | "and"
                | "when"
                | "the"
        )
}

/// The clocks written in words in `body`.
pub(super) fn word_clocks(body: &str) -> Vec<WordClock> {
    WORD_CLOCK
        .captures_iter(body)
        .filter_map(|c| {
            let whole = c.get(0)?;
            let (start, end) = (whole.start(), whole.end());
            if c.name("noon").is_some() {
                return Some(WordClock {
                    start,
                    end,
                    time: NaiveTime::from_hms_opt(12, 0, 0),
                    unmistakable: false,
                });
            }
            let hour = hour_value(
                c.name("h1")
                    .or_else(|| c.name("h2"))
                    .or_else(|| c.name("h3"))?
                    .as_str(),
            )?;
            let minutes = match c.name("min").map(|m| m.as_str().to_ascii_lowercase()) {
                None => 0,
                Some(m) => {
                    let past = c.name("dir")?.as_str().eq_ignore_ascii_case("past");
                    let n = match m.as_str() {
                        "half" => 30,
                        "quarter" => 15,
                        "five" => 5,
                        "ten" => 10,
                        "twenty" => 20,
                        _ => 25,
                    };
                    if past {
                        n
                    } else if m == "quarter" || after_clock_cue(body, start, end) {
                        // "a quarter to ten": 09:45.
                        60 - n
                    } else {
                        return None;
                    }
                }
            };
            let to = c
                .name("dir")
                .is_some_and(|d| d.as_str().eq_ignore_ascii_case("to"));
            let hour = (if to { (hour + 10) % 12 + 1 } else { hour }) % 12;
            let time = half_of_day(body, start, end)
                .and_then(|pm| NaiveTime::from_hms_opt(hour + if pm { 12 } else { 0 }, minutes, 0));
            // "three in the afternoon" is a clock only where one is
            // expected ("at three in the afternoon"), not "the one in the
            // morning".
            let unmistakable = c.name("h3").is_none();
            Some(WordClock {
                start,
                end,
                time,
                unmistakable,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<(String, Option<String>)> {
        word_clocks(text)
            .into_iter()
            .map(|w| {
                (
                    text[w.start..w.end].to_owned(),
                    w.time.map(|t| t.format("%H:%M").to_string()),
                )
            })
            .collect()
    }

    #[test]
    fn phrases_with_their_half_of_the_day() {
        assert_eq!(
            read("They left at half past five yesterday morning."),
            [("half past five".to_owned(), Some("05:30".to_owned()))]
        );
        assert_eq!(
            read("It rang at eleven o’clock at night."),
            [("eleven o’clock".to_owned(), Some("23:00".to_owned()))]
        );
        assert_eq!(
            read("The train left at a quarter to ten that evening."),
            [("a quarter to ten".to_owned(), Some("21:45".to_owned()))]
        );
        assert_eq!(
            read("We met at noon."),
            [("noon".to_owned(), Some("12:00".to_owned()))]
        );
        // The half of the day left open is not guessed.
        assert_eq!(
            read("The draw began at ten past nine."),
            [("ten past nine".to_owned(), None)]
        );
        // A range is not a clock; after "at" it is.
        assert!(read("They hired five to ten guards.").is_empty());
        assert!(read("The rate rose at five to ten percent.").is_empty());
        assert_eq!(
            read("She rang at twenty to ten that night."),
            [("twenty to ten".to_owned(), Some("21:40".to_owned()))]
        );
        assert!(read("Fifty past members came.").is_empty());
    }

    #[test]
    fn an_hour_and_its_part_of_the_day() {
        let found = word_clocks("The sentence came at three in the afternoon on Thursday.");
        let times: Vec<_> = found
            .iter()
            .map(|w| {
                (
                    w.time.map(|t| t.format("%H:%M").to_string()),
                    w.unmistakable,
                )
            })
            .collect();
        assert_eq!(times, [(Some("15:00".to_owned()), false)]);
        assert_eq!(
            read("The alarm went off at eleven at night."),
            [("eleven at night".to_owned(), Some("23:00".to_owned()))]
        );
        assert_eq!(
            read("The crew left at 4 in the morning."),
            [("4 in the morning".to_owned(), Some("04:00".to_owned()))]
        );
    }
}
