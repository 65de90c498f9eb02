//! HTML extraction (being built).

use crosscheck_types::DocumentHints;

use crate::Extracted;

/// Extracts the article from an HTML page.
pub fn extract_html(_html: &str, _hints: &DocumentHints) -> Extracted {
    Extracted::default()
}
