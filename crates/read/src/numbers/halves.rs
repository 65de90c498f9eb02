//! Lengths of time with a half or a quarter: "a day and a half", "two and
//! a half years", "one and a half hours", "half an hour", "half a day",
//! "three-quarters of an hour", "a quarter of an hour".
//!
//! What it does: reads each as a duration quantity (1.5 days, 2.5 years,
//! 0.5 hours), with an approximation written before it ("nearly two and a
//! half days"); and one unit with no number ("for a week", "a fortnight"). What it does not: other fractions ("a third of the
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

/// "for a week", "within a day", "a fortnight": one unit of time with no
/// number word, after a preposition of length (a rate, "twice a day", is
/// not a length).
static ONE_UNIT: LazyLock<Regex> = LazyLock::new(|| {
    let wb = r"(?-u:\b)";
    Regex::new(&format!(
        r"(?i){wb}(?:(?:for|within|in|over|after|about|nearly|almost)\s+(?P<a>an?)\s+(?P<u>day|week|month|year|decade|century)|(?P<f>an?\s+fortnight)){wb}"
    ))
    // A static pattern: a failure here is a bug caught by every test.
    .expect("numbers: the one-unit pattern is valid")
});

/// One-unit lengths of time ("for a week", "a fortnight"), in order of
/// position; the preposition is not part of the quantity.
pub(super) fn one_units(body: &str) -> Vec<Quantity> {
    let mut out = Vec::new();
    for caps in ONE_UNIT.captures_iter(body) {
        let (start, end, value, unit) = if let (Some(a), Some(u)) = (caps.name("a"), caps.name("u"))
        {
            (a.start(), u.end(), 1.0, u.as_str().to_ascii_lowercase())
        } else if let Some(f) = caps.name("f") {
            (f.start(), f.end(), 14.0, "day".to_owned())
        } else {
            continue;
        };
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
            (0.5, "hour".into(), Approx::UpTo)
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
        // A rate is not a length.
        assert!(one_units("Tests run twice a day.").is_empty());
    }

    #[test]
    fn halves_of_other_things_are_not_durations() {
        assert!(halves("half the town and a half-built road").is_empty());
        assert!(halves("two and a half tonnes").is_empty());
    }
}
