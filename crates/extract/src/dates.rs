//! Reading dates as pages and feeds write them.

use chrono::NaiveDate;

/// Parses a date written as ISO 8601 (`2025-10-29`, `2025-10-29T08:00:00Z`).
/// Returns `None` for anything else.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    let head = text.get(..10)?;
    NaiveDate::parse_from_str(head, "%Y-%m-%d").ok()
}
