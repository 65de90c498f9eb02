//! Ages set off after a name: "Lemuel Ashby, 58, who …", "His wife Bryony,
//! 57, is …".
//!
//! What it does: reads a number of one to three digits, at most 120, set
//! off by commas right after a capitalised word that is no month or
//! weekday, as an age in years. What it does not: ages written otherwise
//! ("a 34-year-old man" is read as a count by the main pass), or tell whose
//! age it is (the reader's entities do that).

use std::sync::LazyLock;

use regex::Regex;

use super::{Approx, Quantity, QuantityKind, MONTHS};

static AGE_AFTER_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<who>\p{Lu}[\p{L}'’\-]+), (?P<n>\d{1,3}),")
        // A static pattern: a failure here is a bug caught by every test.
        .expect("numbers: the age pattern is valid")
});

/// Labels a number set off by commas may follow without being an age.
const LABELS: &[&str] = &["no", "number", "room", "route", "platform", "gate", "pier"];

/// The ages in `body`.
pub(super) fn ages(body: &str) -> Vec<Quantity> {
    AGE_AFTER_NAME
        .captures_iter(body)
        .filter_map(|c| {
            let who = c.name("who")?.as_str().to_lowercase();
            // "March 14, 2031", "Tuesday, 12,": a date's, not a name's.
            let dated = MONTHS.contains(&who.as_str()) || who.parse::<chrono::Weekday>().is_ok();
            if dated || LABELS.contains(&who.as_str()) {
                return None;
            }
            let n = c.name("n")?;
            let value: f64 = n.as_str().parse().ok()?;
            (value <= 120.0).then(|| Quantity {
                start: n.start(),
                end: n.end(),
                text: n.as_str().to_owned(),
                value,
                low: value,
                high: value,
                approx: Approx::Exact,
                unit: "year".to_owned(),
                kind: QuantityKind::Age,
            })
        })
        .collect()
}
