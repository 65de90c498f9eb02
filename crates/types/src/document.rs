//! The ingest stage's output: one report as it arrived.

use std::fmt;

use serde::{Deserialize, Serialize};

/// The identity of a report: the lowercase hex SHA-256 of its raw bytes.
///
/// The same bytes always get the same id, so re-ingesting them is a no-op.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DocumentId(String);

/// A string that is not 64 lowercase hex digits was given as a [`DocumentId`].
#[derive(Debug, thiserror::Error)]
#[error("not a document id (64 hex digits expected): {0:?}")]
pub struct InvalidDocumentId(pub String);

impl DocumentId {
    /// Wraps a hex digest; checks that it is 64 lowercase hex digits.
    pub fn from_hex(hex: &str) -> Result<Self, InvalidDocumentId> {
        if hex.len() == 64
            && hex
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        {
            Ok(Self(hex.to_owned()))
        } else {
            Err(InvalidDocumentId(hex.to_owned()))
        }
    }

    /// The id as 64 hex digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The first 12 hex digits: enough to name a report to a person.
    pub fn short(&self) -> &str {
        &self.0[..12]
    }
}

impl fmt::Display for DocumentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Whether a report's text is an HTML page or a plain-text scrape.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContentKind {
    /// An HTML page (or an HTML fragment from a feed or a JSON Lines record).
    Html,
    /// Plain text, as a crawler flattened a page.
    Text,
}

/// The input format a report was found in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Container {
    /// A file (or stdin) that is itself one report.
    Single,
    /// One line of a JSON Lines file.
    JsonLines,
    /// One item of an RSS 2.0 feed.
    Rss,
    /// One entry of an Atom feed.
    Atom,
    /// One HTTP response record of a WARC file.
    Warc,
}

/// Metadata an input carried beside the report itself (a JSON Lines field,
/// a feed item's link and date, a WARC record's target URI). Kept as given;
/// extraction parses and weighs it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentHints {
    /// An id the input gave the report (JSON Lines `id`).
    pub id: Option<String>,
    /// The report's URL (JSON Lines `url`, feed link, WARC target URI).
    pub url: Option<String>,
    /// The title the input gave (JSON Lines `title`, feed item title).
    pub title: Option<String>,
    /// The publication date or time as the input wrote it.
    pub published: Option<String>,
    /// The outlet the input named (JSON Lines `outlet`, feed channel title).
    pub outlet: Option<String>,
    /// The author the input named (feed author).
    pub author: Option<String>,
    /// When the report was fetched (WARC-Date), as the input wrote it.
    pub fetched: Option<String>,
}

/// One report as ingest found it: its raw bytes, its text decoded to UTF-8,
/// where it came from and what the input said about it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    /// SHA-256 of [`Document::raw`].
    pub id: DocumentId,
    /// Where it came from: the input path (with `#N` for the N-th record of a
    /// container), `-` for stdin, or the JSON Lines `id`.
    pub source: String,
    /// The input format the report was found in.
    pub container: Container,
    /// Whether [`Document::text`] is HTML or plain text.
    pub kind: ContentKind,
    /// The exact bytes of the report: the whole file for a single report, the
    /// line for JSON Lines, the item element for a feed, the record block for WARC.
    #[serde(skip)]
    pub raw: Vec<u8>,
    /// The report's content decoded to UTF-8 (the page's HTML, or the text).
    pub text: String,
    /// The encoding the text was decoded from (an `encoding_rs` name).
    pub encoding: String,
    /// Metadata the input carried beside the content.
    pub hints: DocumentHints,
    /// Problems that did not stop the report from being stored.
    pub warnings: Vec<String>,
}
