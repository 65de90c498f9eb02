//! Vote tallies: "voted 47 to 12", "by 44 votes to 12".
//!
//! What it does: reads both sides of a tally after "voted" or "by" as
//! counts of votes, each with its own offsets, so that two reports of one
//! vote can be compared side by side. What it does not: a tally written
//! with a dash ("voted 9-4", left to the range reader), scores, ratios, or a range ("47 to 52 people"): only a tally after
//! a word of voting.

use std::sync::LazyLock;

use regex::Regex;

use super::{Approx, Quantity, QuantityKind};

static TALLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:voted|vote of|by)\s+(?P<a>\d{1,4})(?P<votes>\s+votes)?\s+to\s+(?P<b>\d{1,4})\b",
    )
    // A static pattern: a failure here is a bug caught by every test.
    .expect("numbers: the tally pattern is valid")
});

/// The two sides of every vote tally in `body`.
pub(super) fn vote_tallies(body: &str) -> Vec<Quantity> {
    let mut out = Vec::new();
    for c in TALLY.captures_iter(body) {
        let (Some(a), Some(b)) = (c.name("a"), c.name("b")) else {
            continue;
        };
        // "by 44 votes to 12" names its votes; after a bare "by" ("by 5 to
        // 10 percent") a range is meant.
        let by = c
            .get(0)
            .is_some_and(|w| w.as_str().to_lowercase().starts_with("by"));
        if by && c.name("votes").is_none() {
            continue;
        }
        let first_end = c.name("votes").map_or(a.end(), |v| v.end());
        for (start, end, digits) in [
            (a.start(), first_end, a.as_str()),
            (b.start(), b.end(), b.as_str()),
        ] {
            let Ok(value) = digits.parse::<f64>() else {
                continue;
            };
            let Some(text) = body.get(start..end) else {
                continue;
            };
            out.push(Quantity {
                start,
                end,
                text: text.to_owned(),
                value,
                low: value,
                high: value,
                approx: Approx::Exact,
                unit: "vote".to_owned(),
                kind: QuantityKind::Count,
            });
        }
    }
    out
}
