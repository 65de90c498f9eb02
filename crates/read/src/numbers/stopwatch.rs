//! Elapsed times written as a stopwatch reads them: "won in 2:04:38",
//! "a personal best of 2:22:10".
//!
//! What it does: reads hours, minutes and seconds written `h:mm:ss` (one or
//! two digits of hours, two of minutes and of seconds, each below 60) as a
//! duration in hours, so "2:04:38" is PT2H4M38S. What it does not: a clock
//! time with seconds is left to the times stage, so a stopwatch reading is
//! never one after a word a clock follows ("at 09:14:05", "until …") or
//! before a zone or "a.m."/"p.m."; minutes and seconds alone ("4:05") are
//! too often a score or a ratio to read.

use std::sync::LazyLock;

use regex::Regex;

use super::{word_before, Approx, Quantity, QuantityKind};

static STOPWATCH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?-u:\b)")
        // A static pattern: a failure here is a bug caught by every test.
        .expect("numbers: the stopwatch pattern is valid")
});

/// Words after which `h:mm:ss` is a clock, not an elapsed time.
const CLOCK_BEFORE: &[&str] = &[
    "at", "after", "before", "until", "till", "since", "from", "around", "by",
];

/// The stopwatch readings in `body`.
pub(super) fn stopwatch_times(body: &str) -> Vec<Quantity> {
    STOPWATCH
        .captures_iter(body)
        .filter_map(|c| {
            let whole = c.get(0)?;
            let (start, end) = (whole.start(), whole.end());
            // "2:04:38.5" or "1:2:03:04": part of something longer.
            let next = body.get(end..).and_then(|r| r.chars().next());
            let prev = body.get(..start).and_then(|r| r.chars().next_back());
            if next.is_some_and(|ch| ch == ':' || ch.is_ascii_digit())
                || prev.is_some_and(|ch| ch == ':' || ch == '.')
            {
                return None;
            }
            if CLOCK_BEFORE.contains(&word_before(body, start).as_str()) {
                return None;
            }
            // "09:14:05 CET", "1:02:03 a.m.", "… local time".
            let next_word: String = body
                .get(end..)
                .unwrap_or("")
                .trim_start()
                .chars()
                .take_while(|ch| ch.is_alphabetic() || *ch == '.')
                .collect();
            let next_word = next_word.trim_end_matches('.');
            let lower = next_word.to_lowercase();
            let zone = (2..=5).contains(&next_word.len())
                && next_word.chars().all(|ch| ch.is_ascii_uppercase());
            if zone || ["a.m", "p.m", "am", "pm", "local", "hrs"].contains(&lower.as_str()) {
                return None;
            }
            let part = |name: &str| -> Option<f64> { c.name(name)?.as_str().parse().ok() };
            let value = part("h")? + part("m")? / 60.0 + part("s")? / 3600.0;
            Some(Quantity {
                start,
                end,
                text: whole.as_str().to_owned(),
                value,
                low: value,
                high: value,
                approx: Approx::Exact,
                unit: "hour".to_owned(),
                kind: QuantityKind::Duration,
            })
        })
        .collect()
}
