//! What can go wrong with an input: [`IngestError`] (the reason, typed) and
//! [`IngestProblem`] (the reason, where, and how bad).

use std::fmt;
use std::path::PathBuf;

/// How bad a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The input (or the record) could not be ingested: it is an error record.
    Error,
    /// Something worth telling, but nothing that should have been a report was lost
    /// (a feed with no items, an item that is only a link).
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// One problem found while ingesting: which input (or record), how bad, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IngestProblem {
    /// The input label (`path`, `-`), with `#N` when the problem is the N-th
    /// record of a container (JSON Lines line, feed item, WARC record).
    pub source: String,
    /// Whether it is an error record or a warning.
    pub severity: Severity,
    /// The reason.
    pub error: IngestError,
}

impl IngestProblem {
    /// An error record for `source`.
    pub fn error(source: impl Into<String>, error: IngestError) -> Self {
        Self {
            source: source.into(),
            severity: Severity::Error,
            error,
        }
    }

    /// A warning for `source`.
    pub fn warning(source: impl Into<String>, error: IngestError) -> Self {
        Self {
            source: source.into(),
            severity: Severity::Warning,
            error,
        }
    }

    /// The human reason (the error's `Display`), as the CLI's `errors[].reason`.
    pub fn reason(&self) -> String {
        self.error.to_string()
    }
}

impl fmt::Display for IngestProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.source, self.severity, self.error)
    }
}

/// Why an input, or one record of it, was not (or not fully) ingested.
///
/// One variant per reason; the fields say what was found and where. The
/// `Display` text is a sentence a person can act on.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum IngestError {
    /// A path given on the command line does not exist.
    #[error("no such file or directory: {}", path.display())]
    NotFound {
        /// The path as given.
        path: PathBuf,
    },
    /// Reading a file, a directory or stdin failed.
    #[error("cannot read {}: {message}", path.display())]
    Io {
        /// The path (`-` for stdin).
        path: PathBuf,
        /// The kind of I/O error.
        kind: std::io::ErrorKind,
        /// The operating system's message.
        message: String,
    },
    /// The input path is neither a regular file nor a directory (a socket, a device…).
    #[error("not a regular file: {}", path.display())]
    NotAFile {
        /// The path as given.
        path: PathBuf,
    },
    /// The input is over [`crate::IngestOptions::max_input_bytes`]; it was not read.
    #[error("{} over the input limit of {limit} bytes; not read", match size { Some(size) => format!("input is {size} bytes,"), None => "input is".to_owned() })]
    TooLarge {
        /// The input's size, when known (files); `None` for stdin.
        size: Option<u64>,
        /// The limit in bytes.
        limit: u64,
    },
    /// The input is empty or only whitespace.
    #[error("empty input ({bytes} bytes, no content)")]
    Empty {
        /// How many (whitespace) bytes it had.
        bytes: u64,
    },
    /// The input is binary data, not a report.
    #[error("binary data, not a report: looks like {looks_like}")]
    Binary {
        /// What the bytes look like ("a PNG image", "a PDF document", …).
        looks_like: &'static str,
    },
    /// A gzip stream ended before its end (a cut download or copy).
    #[error("truncated gzip stream: it ends after {decompressed} decompressed bytes")]
    GzipTruncated {
        /// How many bytes were decompressed before the stream ended.
        decompressed: u64,
    },
    /// A gzip stream is corrupt (bad header, bad deflate data, bad checksum).
    #[error("corrupt gzip stream: {message}")]
    GzipCorrupt {
        /// The decompressor's message.
        message: String,
    },
    /// Decompressing gave more than [`crate::IngestOptions::max_decompressed_bytes`]
    /// (a decompression bomb, or simply too big).
    #[error("decompressed data exceeds the limit of {limit} bytes ({compressed} compressed bytes); not ingested")]
    DecompressedTooLarge {
        /// The compressed size.
        compressed: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// Gzip inside gzip inside gzip…: more nesting than any real input has.
    #[error("gzip nested {depth} levels deep; not ingested")]
    GzipNestedTooDeep {
        /// How deep the nesting went before ingest gave up.
        depth: usize,
    },
    /// A JSON Lines line is not valid JSON.
    #[error("line {line}, column {column}: malformed JSON: {message}")]
    JsonSyntax {
        /// The 1-based line number in the file.
        line: usize,
        /// The 1-based column in the line, as serde_json reports it.
        column: usize,
        /// serde_json's message.
        message: String,
    },
    /// A JSON Lines line is valid JSON but not an object.
    #[error("line {line}: a JSON Lines record must be a JSON object, found {found}")]
    JsonNotObject {
        /// The 1-based line number in the file.
        line: usize,
        /// What was found (`array`, `string`, …).
        found: &'static str,
    },
    /// A JSON Lines record has neither a `text` nor an `html` field (or both are empty).
    #[error("line {line}: record has neither \"text\" nor \"html\" (nothing to ingest)")]
    JsonNoContent {
        /// The 1-based line number in the file.
        line: usize,
    },
    /// A JSON Lines record's `text` or `html` field is not a string.
    #[error("line {line}: field \"{field}\" must be a string, found {found}")]
    JsonFieldType {
        /// The 1-based line number in the file.
        line: usize,
        /// The field's name.
        field: &'static str,
        /// What was found (`number`, `object`, …).
        found: &'static str,
    },
    /// A file that starts like an RSS or Atom feed is not well-formed XML.
    #[error("{kind} feed is not well-formed XML at byte {position}: {message}")]
    FeedXml {
        /// `RSS` or `Atom`.
        kind: &'static str,
        /// The byte offset (in the decompressed input) where the parser stopped.
        position: u64,
        /// What is wrong.
        message: String,
    },
    /// A feed has no items or entries.
    #[error("{kind} feed has no items")]
    FeedEmpty {
        /// `RSS` or `Atom`.
        kind: &'static str,
    },
    /// A feed item has no content, so it is not a report by itself.
    #[error("{}", match link {
        Some(link) => format!("item {item} has only a link ({link}); fetch the page and ingest it"),
        None => format!("item {item} has no content and no link; nothing to ingest"),
    })]
    FeedItemWithoutContent {
        /// The 1-based item index.
        item: usize,
        /// The item's link, if it had one.
        link: Option<String>,
    },
    /// A WARC record's header is malformed (no `WARC/1.x` line, a line without
    /// a colon, a missing or bad `Content-Length`).
    #[error("WARC record {record} at byte {offset}: bad header: {detail}")]
    WarcHeader {
        /// The 1-based record index.
        record: usize,
        /// The byte offset of the record (in the decompressed input).
        offset: u64,
        /// What is wrong.
        detail: String,
    },
    /// A WARC record's block is shorter than its `Content-Length` says.
    #[error("WARC record {record} at byte {offset}: truncated: Content-Length is {declared} but only {available} bytes follow")]
    WarcTruncated {
        /// The 1-based record index.
        record: usize,
        /// The byte offset of the record (in the decompressed input).
        offset: u64,
        /// The declared `Content-Length`.
        declared: u64,
        /// The bytes actually left in the input.
        available: u64,
    },
    /// A WARC record's block is not followed by the blank line that ends a
    /// record: its `Content-Length` is wrong.
    #[error("WARC record {record} at byte {offset}: block of {declared} bytes is not followed by CRLF CRLF (wrong Content-Length?)")]
    WarcMisframed {
        /// The 1-based record index.
        record: usize,
        /// The byte offset of the record (in the decompressed input).
        offset: u64,
        /// The declared `Content-Length`.
        declared: u64,
    },
    /// A WARC `response` record's HTTP message cannot be read (bad status
    /// line, bad chunked encoding, bad compressed body, unsupported encoding).
    #[error("WARC record {record}: bad HTTP response: {detail}")]
    WarcHttp {
        /// The 1-based record index.
        record: usize,
        /// What is wrong.
        detail: String,
    },
    /// A WARC file has no HTML response records: nothing to ingest.
    #[error("WARC file has {records} records but no HTML response")]
    WarcNoHtml {
        /// How many records were read.
        records: usize,
    },
}

impl IngestError {
    /// An [`IngestError::Io`] from an I/O error on `path`.
    pub fn io(path: impl Into<PathBuf>, err: &std::io::Error) -> Self {
        IngestError::Io {
            path: path.into(),
            kind: err.kind(),
            message: err.to_string(),
        }
    }
}
