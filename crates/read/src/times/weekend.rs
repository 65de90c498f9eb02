//! A weekend read against the anchor: "this weekend", "last weekend",
//! "next weekend", and "the weekend" ("at the weekend", "before the
//! weekend"), which is the last one or the coming one by the tense of its
//! clause, as a bare weekday is. The value is the Saturday and the Sunday.
//!
//! What it does not: a weekend without a determiner ("weekend shifts"), nor
//! one that a date names ("the weekend of 4 May": the date is read).

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use crosscheck_types::{Granularity, UnresolvedReason};
use regex::Regex;

use super::dates::{days_back, days_fwd, push, range_value, unresolved};
use super::patterns::Patterns;
use super::relative::weekday_future;
use super::Found;

/// "this weekend", "the weekend", "last weekend".
static WEEKEND: LazyLock<Regex> = LazyLock::new(|| {
    // A static pattern: a failure here is a bug caught by every test.
    Regex::new(r"(?i)(?-u:\b)(this|last|next|coming|the)\s+weekend(?-u:\b)(?:\s+of\s+\d)?")
        .unwrap_or_else(|e| panic!("weekend pattern: {e}"))
});

/// Every weekend of `body` with a determiner, as the Saturday and Sunday it
/// is from `anchor`.
pub(super) fn weekends(
    body: &str,
    p: &Patterns,
    anchor: Option<NaiveDate>,
    found: &mut Vec<Found>,
) {
    for c in WEEKEND.captures_iter(body) {
        let Some(whole) = c.get(0) else { continue };
        // "the weekend of 4 May": the date says which.
        if whole.as_str().ends_with(|ch: char| ch.is_ascii_digit()) {
            continue;
        }
        let modifier = c.get(1).map(|m| m.as_str().to_ascii_lowercase());
        let value = match anchor {
            None => unresolved(UnresolvedReason::NoAnchor),
            Some(a) => {
                let future = || weekday_future(body, p, whole.start(), whole.end());
                saturday(a, modifier.as_deref().unwrap_or("the"), future)
                    .and_then(|sat| Some((sat, days_fwd(sat, 1)?)))
                    .map_or(unresolved(UnresolvedReason::InvalidDate), |r| {
                        range_value(Some(r))
                    })
            }
        };
        push(found, &c, value, Granularity::Week);
    }
}

/// The Saturday of the weekend `modifier` names, said on `anchor`. "this"
/// is the weekend of the anchor's week (Monday to Sunday), "last" the one
/// before, "next" the coming one (the one after when the anchor is a
/// Friday or in a weekend); "the" the coming one where `future` says so,
/// else the last one up to the anchor.
fn saturday(anchor: NaiveDate, modifier: &str, future: impl Fn() -> bool) -> Option<NaiveDate> {
    let now = u64::from(anchor.weekday().num_days_from_monday());
    let this = if now >= 5 {
        days_back(anchor, now - 5)
    } else {
        days_fwd(anchor, 5 - now)
    };
    match modifier {
        "this" => this,
        "last" => days_back(anchor, now + 2),
        "next" | "coming" => {
            let fwd = (12 - now) % 7;
            days_fwd(anchor, if fwd <= 1 { fwd + 7 } else { fwd })
        }
        _ if now >= 5 || future() => this,
        _ => days_back(anchor, now + 2),
    }
}
