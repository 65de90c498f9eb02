//! Ingest: bytes from files, directories and stdin into [`Document`]s.
//!
//! What ingest does:
//! - expands command-line paths ([`expand_inputs`]) and reads each input with
//!   a size cap checked before reading ([`ingest_input`]);
//! - sniffs the format from the bytes, never the file name: gzip (undone,
//!   with a cap on the decompressed size, then sniffed again), WARC, JSON
//!   Lines, RSS and Atom feeds, HTML, plain text; binary and empty inputs
//!   are error records;
//! - splits containers into reports (a JSON Lines line, a feed item, a WARC
//!   HTML response) and keeps each report's exact bytes, its id (SHA-256 of
//!   those bytes) and the metadata the input carried ([`DocumentHints`]);
//! - decodes the text to UTF-8: byte order mark, then what the input
//!   declares (meta charset, HTTP `Content-Type`, XML declaration), then
//!   detection, with a warning on the document when the declaration was
//!   missing or wrong.
//!
//! What ingest does not do: fetch URLs, extract articles from pages (that is
//! `crosscheck-extract`), deduplicate or store anything. One bad input, or
//! one bad record of a container, is an [`IngestProblem`], never a stop, and
//! nothing in here panics on any input.
#![deny(missing_docs)]

mod encoding;
mod error;
mod feed;
mod gzip;
mod http;
mod input;
mod jsonl;
mod sniff;
mod warc;

use crosscheck_types::{Container, ContentKind, Document, DocumentHints, DocumentId};
use sha2::{Digest, Sha256};

pub use error::{IngestError, IngestProblem, Severity};
pub use input::{expand_inputs, ingest_input, Input};

use encoding::{Declaration, Decoded};
use sniff::Format;

/// How deep gzip may nest inside gzip before ingest gives up.
const MAX_GZIP_DEPTH: usize = 3;

/// Limits that keep a hostile or mistaken input from eating the machine.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IngestOptions {
    /// The largest input read, in bytes (default 64 MiB). A larger file is an
    /// error record and is not read.
    pub max_input_bytes: u64,
    /// The most bytes one input may decompress to (default 256 MiB): gzip of
    /// a whole input, and each compressed HTTP body in a WARC.
    pub max_decompressed_bytes: u64,
}

impl Default for IngestOptions {
    fn default() -> Self {
        Self {
            max_input_bytes: 64 * 1024 * 1024,
            max_decompressed_bytes: 256 * 1024 * 1024,
        }
    }
}

/// What one input gave: its reports, and the problems met on the way.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Ingested {
    /// The reports found, in input order.
    pub documents: Vec<Document>,
    /// Error records and warnings, in input order.
    pub problems: Vec<IngestProblem>,
}

impl Ingested {
    /// Appends another input's results.
    pub fn extend(&mut self, other: Ingested) {
        self.documents.extend(other.documents);
        self.problems.extend(other.problems);
    }
}

/// The id of a report: the lowercase hex SHA-256 of its raw bytes.
pub fn document_id(raw: &[u8]) -> DocumentId {
    let hex = hex::encode(Sha256::digest(raw));
    match DocumentId::from_hex(&hex) {
        Ok(id) => id,
        // A hex-encoded SHA-256 digest is always 64 lowercase hex digits.
        Err(_) => unreachable!("hex::encode of a SHA-256 digest is 64 lowercase hex digits"),
    }
}

/// Ingests the bytes of one input. Pure: no I/O.
///
/// `source` is the input's label (the path as given, or `-` for stdin);
/// documents from a container get `source#N`.
pub fn ingest_bytes(source: &str, bytes: &[u8], opts: &IngestOptions) -> Ingested {
    let mut out = Ingested::default();
    ingest_sniffed(source, bytes, bytes, opts, 0, &mut out);
    out
}

/// Ingests `bytes` (maybe decompressed from `original`, the input as read).
fn ingest_sniffed(
    source: &str,
    bytes: &[u8],
    original: &[u8],
    opts: &IngestOptions,
    depth: usize,
    out: &mut Ingested,
) {
    match sniff::sniff(bytes) {
        Format::Gzip => gunzip_then_ingest(source, bytes, original, opts, depth, out),
        Format::Warc => warc::ingest(source, bytes, opts, out),
        Format::JsonLines => jsonl::ingest(source, bytes, out),
        Format::Rss => feed::ingest(source, bytes, feed::FeedKind::Rss, out),
        Format::Atom => feed::ingest(source, bytes, feed::FeedKind::Atom, out),
        Format::Html => single(source, bytes, original, ContentKind::Html, out),
        Format::Text => single(source, bytes, original, ContentKind::Text, out),
        Format::Binary(looks_like) => out.problems.push(IngestProblem::error(
            source,
            IngestError::Binary { looks_like },
        )),
        Format::Empty => out.problems.push(IngestProblem::error(
            source,
            IngestError::Empty {
                bytes: bytes.len() as u64,
            },
        )),
    }
}

fn gunzip_then_ingest(
    source: &str,
    bytes: &[u8],
    original: &[u8],
    opts: &IngestOptions,
    depth: usize,
    out: &mut Ingested,
) {
    if depth >= MAX_GZIP_DEPTH {
        out.problems.push(IngestProblem::error(
            source,
            IngestError::GzipNestedTooDeep { depth: depth + 1 },
        ));
        return;
    }
    match gzip::gunzip(bytes, opts.max_decompressed_bytes) {
        Ok(inner) => ingest_sniffed(source, &inner, original, opts, depth + 1, out),
        Err(failed) => {
            out.problems
                .push(IngestProblem::error(source, failed.error));
            // A cut WARC.gz or JSONL.gz still holds whole records before the
            // cut: keep them. A single report that is cut is lost.
            match sniff::sniff(&failed.partial) {
                Format::Warc => warc::ingest(source, &failed.partial, opts, out),
                Format::JsonLines => {
                    let whole_lines = match failed.partial.iter().rposition(|b| *b == b'\n') {
                        Some(nl) => failed.partial.get(..nl).unwrap_or_default(),
                        None => &[],
                    };
                    if !whole_lines.is_empty() {
                        jsonl::ingest(source, whole_lines, out);
                    }
                }
                _ => {}
            }
        }
    }
}

/// A file (or stdin) that is one report: raw = the input as read.
fn single(source: &str, bytes: &[u8], original: &[u8], kind: ContentKind, out: &mut Ingested) {
    let declarations: Vec<Declaration> = match kind {
        ContentKind::Html => encoding::meta_charset(bytes)
            .map(|label| Declaration::new("meta charset", label))
            .into_iter()
            .collect(),
        ContentKind::Text => Vec::new(),
    };
    let decoded = encoding::decode(bytes, &declarations);
    out.documents.push(document(
        source.to_owned(),
        Container::Single,
        kind,
        original.to_vec(),
        decoded,
        DocumentHints::default(),
    ));
}

/// Builds a document: id from `raw`, text with `\r\n` normalised.
pub(crate) fn document(
    source: String,
    container: Container,
    kind: ContentKind,
    raw: Vec<u8>,
    decoded: Decoded,
    hints: DocumentHints,
) -> Document {
    Document {
        id: document_id(&raw),
        source,
        container,
        kind,
        raw,
        text: encoding::normalize_newlines(decoded.text),
        encoding: decoded.encoding.name().to_owned(),
        hints,
        warnings: decoded.warnings,
    }
}
