//! Plain-text scrape extraction (being built).

use crosscheck_types::DocumentHints;

use crate::Extracted;

/// Extracts the article from a plain-text scrape.
pub fn extract_text(text: &str, _hints: &DocumentHints) -> Extracted {
    Extracted {
        body: text.trim().to_owned(),
        ..Extracted::default()
    }
}
