//! Lengths of time with a half or a quarter: "a day and a half", "two and
//! a half years", "one and a half hours", "half an hour", "half a day",
//! "three-quarters of an hour", "a quarter of an hour".
//!
//! What it does: reads each as a duration quantity (1.5 days, 2.5 years,
//! 0.5 hours), with an approximation written before it ("nearly two and a
//! half days"); and one unit with no number ("for a week", "a fortnight",
//! "lost a week", "an hour later"). What it does not: other fractions ("a third of the
//! workers") or halves of things that are not time ("half the town").
//! The main candidate pattern cannot take these: "a day" has no number
//! word, and "two and a half" joins a number to a non-number.

use std::sync::LazyLock;

use regex::Regex;

use super::{approx_of, number_value, Approx, Quantity, QuantityKind, APPROX, NUMBER_WORDS};

/// The time units a half is read with.
const UNITS: &str = "second|minute|hour|day|night|week|month|year|decade";

static HALVES: LazyLock<Regex> = LazyLock::new(|| {
    let approx = APPROX
        .iter()
        .map(|(p, _)| p.replace(' ', r"\s+"))
        .collect::<Vec<_>>()
        .join("|");
    let wb = r"(?-u:\b)";
    let n = format!(r"(?:\d{{1,3}}|{NUMBER_WORDS})");
    let pattern = format!(
        r"(?i){wb}(?:(?P<approx>{approx})\s+)?(?:(?P<n1>an?|one|{n})\s+(?P<u1>{UNITS})s?\s+and\s+a\s+half|(?P<n2>{n})\s+and\s+a\s+half\s+(?P<u2>{UNITS})s?|half\s+an?\s+(?P<u3>{UNITS})|(?P<q>three[\s\-]quarters|an?\s+quarter|quarter)\s+of\s+an?\s+(?P<u4>{UNITS})){wb}"
    );
    // A static pattern: a failure here is a bug caught by every test.
    Regex::new(&pattern).expect("numbers: the halves pattern is valid")
});

/// A unit of time that may be one unit's length ("for a week", "a
/// fortnight"): the rare words are looked for first, and the words before
/// them read back by hand, so the search does not stop at every "in" and
/// "a" of a text.
static UNIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:minute|hour|day|week|month|year|decade|century|fortnight)(?-u:\b)")
        // A static pattern: a failure here is a bug caught by every test.
        .expect("numbers: the unit pattern is valid")
});

/// Prepositions of length before "a week" ("for", "within" …), and verbs
/// a length is the object of ("lost a week", "took an hour").
const LENGTH_WORDS: &[&str] = &[
    "for", "within", "in", "over", "after", "about", "nearly", "almost", "lost", "cost", "costs",
    "took", "takes", "spent", "waited", "lasted", "wasted",
];

/// Words after "an hour" that make it a length counted from a time ("an
/// hour later", "a day before the vote").
const FROM_WORDS: &[&str] = &["later", "earlier", "after", "before"];

/// The ASCII word right after `end`, past at least one whitespace
/// character, ending at a word boundary.
fn word_forward(body: &str, end: usize) -> Option<&str> {
    let tail = body.get(end..)?;
    let trimmed = tail.trim_start();
    if trimmed.len() == tail.len() {
        return None;
    }
    let len = trimmed
        .bytes()
        .position(|b| !(b.is_ascii_alphanumeric() || b == b'_'))
        .unwrap_or(trimmed.len());
    let word = &trimmed[..len];
    let boundary = trimmed[len..]
        .chars()
        .next()
        .is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
    (!word.is_empty() && boundary).then_some(word)
}

/// The ASCII word ending at `end` after at least one whitespace character
/// back from it (`"for a "` at the end of "day" gives "a"), with its start;
/// `None` when no whitespace or no word stands there, or the word does not
/// start at a word boundary.
fn word_back(body: &str, end: usize) -> Option<(usize, &str)> {
    let head = body.get(..end)?;
    let trimmed = head.trim_end();
    if trimmed.len() == head.len() {
        return None;
    }
    let start = trimmed
        .bytes()
        .rposition(|b| !(b.is_ascii_alphanumeric() || b == b'_'))
        .map_or(0, |i| i + 1);
    (start < trimmed.len()).then(|| (start, &trimmed[start..]))
}

/// One-unit lengths of time ("for a week", "a fortnight"), in order of
/// position; the preposition is not part of the quantity. A rate ("twice
/// a day") is not a length.
pub(super) fn one_units(body: &str) -> Vec<Quantity> {
    let mut out = Vec::new();
    for u in UNIT.find_iter(body) {
        let Some((a_start, a)) = word_back(body, u.start()) else {
            continue;
        };
        if !(a.eq_ignore_ascii_case("a") || a.eq_ignore_ascii_case("an")) {
            continue;
        }
        let unit = u.as_str().to_ascii_lowercase();
        let (value, unit) = if unit == "fortnight" {
            (14.0, "day".to_owned())
        } else {
            let length = word_back(body, a_start)
                .is_some_and(|(_, w)| LENGTH_WORDS.iter().any(|l| l.eq_ignore_ascii_case(w)))
                || word_forward(body, u.end())
                    .is_some_and(|w| FROM_WORDS.iter().any(|l| l.eq_ignore_ascii_case(w)));
            if !length {
                continue;
            }
            (1.0, unit)
        };
        let (start, end) = (a_start, u.end());
        out.push(Quantity {
            start,
            end,
            text: body.get(start..end).unwrap_or("").to_owned(),
            value,
            low: value,
            high: value,
            approx: Approx::Exact,
            unit,
            kind: QuantityKind::Duration,
        });
    }
    out
}

/// The half-unit durations of `body`, in order of position.
pub(super) fn halves(body: &str) -> Vec<Quantity> {
    let mut out = Vec::new();
    for caps in HALVES.captures_iter(body) {
        let Some(whole) = caps.get(0) else { continue };
        let whole_number = |m: regex::Match<'_>| match m.as_str().to_ascii_lowercase().as_str() {
            "a" | "an" => Some(1.0),
            w => number_value(w),
        };
        let (value, unit) = if let (Some(n), Some(u)) = (caps.name("n1"), caps.name("u1")) {
            (whole_number(n).map(|v| v + 0.5), u)
        } else if let (Some(n), Some(u)) = (caps.name("n2"), caps.name("u2")) {
            (whole_number(n).map(|v| v + 0.5), u)
        } else if let Some(u) = caps.name("u3") {
            (Some(0.5), u)
        } else if let (Some(q), Some(u)) = (caps.name("q"), caps.name("u4")) {
            let three = q.as_str().to_ascii_lowercase().starts_with("three");
            (Some(if three { 0.75 } else { 0.25 }), u)
        } else {
            continue;
        };
        let Some(value) = value else { continue };
        let approx = caps
            .name("approx")
            .map_or(Approx::Exact, |m| approx_of(m.as_str()));
        out.push(Quantity {
            start: whole.start(),
            end: whole.end(),
            text: whole.as_str().to_owned(),
            value,
            low: value,
            high: value,
            approx,
            unit: unit.as_str().to_ascii_lowercase(),
            kind: QuantityKind::Duration,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The pattern `one_units` once ran over the whole text: the oracle
    /// the hand-read words before a unit must agree with.
    fn one_units_by_pattern(body: &str) -> Vec<(usize, usize, f64, String)> {
        static ORACLE: LazyLock<Regex> = LazyLock::new(|| {
            let wb = r"(?-u:\b)";
            Regex::new(&format!(
                r"(?i){wb}(?:(?:for|within|in|over|after|about|nearly|almost|lost|cost|costs|took|takes|spent|waited|lasted|wasted)\s+(?P<a>an?)\s+(?P<u>minute|hour|day|week|month|year|decade|century)|(?P<a2>an?)\s+(?P<u2>minute|hour|day|week|month|year|decade|century)\s+(?:later|earlier|after|before)|(?P<f>an?\s+fortnight)){wb}"
            ))
            .expect("oracle pattern")
        });
        ORACLE
            .captures_iter(body)
            .filter_map(|c| {
                match (
                    c.name("a").or(c.name("a2")),
                    c.name("u").or(c.name("u2")),
                    c.name("f"),
                ) {
                    (Some(a), Some(u), _) => {
                        Some((a.start(), u.end(), 1.0, u.as_str().to_ascii_lowercase()))
                    }
                    (_, _, Some(f)) => Some((f.start(), f.end(), 14.0, "day".to_owned())),
                    _ => None,
                }
            })
            .collect()
    }

    #[test]
    fn one_units_agree_with_the_pattern() {
        let words = [
            "for",
            "For",
            "FOR",
            "within",
            "in",
            "over",
            "after",
            "about",
            "nearly",
            "almost",
            "lost",
            "took",
            "later",
            "before",
            "hour",
            "minute",
            "a",
            "A",
            "an",
            "An",
            "day",
            "Day",
            "days",
            "week",
            "month",
            "year",
            "decade",
            "century",
            "fortnight",
            "Fortnight",
            "twice",
            "xfor",
            "5for",
            "ça",
            "é",
            "-",
            "_a",
        ];
        let gaps = [" ", "  ", "\n", "\t", "", "-", ", ", "\u{a0}", "\u{2003}"];
        // A small deterministic generator: no test depends on a seed crate.
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        for _ in 0..20_000 {
            let mut body = String::new();
            for _ in 0..next(9) + 1 {
                body.push_str(words[next(words.len())]);
                body.push_str(gaps[next(gaps.len())]);
            }
            let got: Vec<(usize, usize, f64, String)> = one_units(&body)
                .into_iter()
                .map(|q| (q.start, q.end, q.value, q.unit))
                .collect();
            assert_eq!(got, one_units_by_pattern(&body), "{body:?}");
        }
    }

    fn one(text: &str) -> (f64, String, Approx) {
        let q = halves(text);
        assert_eq!(q.len(), 1, "{text}: {q:?}");
        (q[0].value, q[0].unit.clone(), q[0].approx)
    }

    #[test]
    fn halves_of_time_units() {
        assert_eq!(
            one("for a day and a half"),
            (1.5, "day".into(), Approx::Exact)
        );
        assert_eq!(
            one("two and a half years later"),
            (2.5, "year".into(), Approx::Exact)
        );
        assert_eq!(
            one("after 3 and a half hours"),
            (3.5, "hour".into(), Approx::Exact)
        );
        assert_eq!(
            one("within half an hour"),
            (0.5, "hour".into(), Approx::Exact)
        );
        assert_eq!(
            one("nearly an hour and a half"),
            (1.5, "hour".into(), Approx::About)
        );
        assert_eq!(
            one("for three-quarters of an hour"),
            (0.75, "hour".into(), Approx::Exact)
        );
        assert_eq!(
            one("after a quarter of an hour"),
            (0.25, "hour".into(), Approx::Exact)
        );
    }

    #[test]
    fn one_unit_after_a_preposition_of_length() {
        let q = one_units("The road was shut for a week and reopened after a fortnight.");
        let got: Vec<(f64, &str)> = q.iter().map(|q| (q.value, q.unit.as_str())).collect();
        assert_eq!(got, [(1.0, "week"), (14.0, "day")]);
        assert_eq!(q[0].text, "a week");
        // The object of a verb of length, and a length counted from a time.
        let q = one_units(
            "She lost a week. The ruling came an hour later, within an hour of the vote.",
        );
        let got: Vec<(&str, &str)> = q
            .iter()
            .map(|q| (q.text.as_str(), q.unit.as_str()))
            .collect();
        assert_eq!(
            got,
            [("a week", "week"), ("an hour", "hour"), ("an hour", "hour")]
        );
        // A rate is not a length.
        assert!(one_units("Tests run twice a day.").is_empty());
    }

    #[test]
    fn halves_of_other_things_are_not_durations() {
        assert!(halves("half the town and a half-built road").is_empty());
        assert!(halves("two and a half tonnes").is_empty());
    }
}
