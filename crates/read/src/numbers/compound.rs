//! Lengths of time written in two units: "two minutes and 28 seconds",
//! "three hours, 40 minutes".
//!
//! What it does: joins two exact durations that stand side by side (after
//! "and" or a comma), the larger unit first, into one duration in the
//! larger unit (2 + 28/60 minutes, written "PT2M28S"; 3 + 40/60 hours),
//! spanning both. What it does not: ranges ("two to three hours"), or
//! units in the other order ("four days and two weeks" stays two
//! lengths).

use super::{Quantity, QuantityKind};

/// How many of `small` make one `large`, for the pairs news writes
/// together.
fn factor(large: &str, small: &str) -> Option<f64> {
    let f = match (large, small) {
        ("minute", "second") | ("hour", "minute") => 60.0,
        ("day", "hour") => 24.0,
        ("week", "day") => 7.0,
        ("year", "month") => 12.0,
        _ => return None,
    };
    Some(f)
}

/// Joins each pair of adjacent durations "A <unit> and B <smaller unit>"
/// in `out` (sorted by position) into one.
pub(super) fn join_compound_durations(body: &str, out: &mut Vec<Quantity>) {
    let mut i = 0;
    while i + 1 < out.len() {
        let (a, b) = (&out[i], &out[i + 1]);
        let exact = |q: &Quantity| q.kind == QuantityKind::Duration && q.low == q.high;
        let gap = body.get(a.end..b.start).unwrap_or("x");
        let joined = matches!(gap, " and " | ", ");
        let f = factor(&a.unit, &b.unit);
        match (exact(a) && exact(b) && joined, f) {
            (true, Some(f)) => {
                let value = a.value + b.value / f;
                let start = a.start;
                let end = b.end;
                let Some(text) = body.get(start..end) else {
                    i += 1;
                    continue;
                };
                let merged = Quantity {
                    start,
                    end,
                    text: text.to_owned(),
                    value,
                    low: value,
                    high: value,
                    approx: a.approx,
                    unit: a.unit.clone(),
                    kind: QuantityKind::Duration,
                };
                out[i] = merged;
                out.remove(i + 1);
            }
            _ => i += 1,
        }
    }
}
