//! Errors of the store.

use std::path::PathBuf;

/// Why a store operation failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// The database file could not be opened or set up.
    #[error("cannot open the store at {path}: {source}")]
    Open {
        /// The database file.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: rusqlite::Error,
    },
    /// The database was written by a newer crosscheck.
    #[error("the store is at schema version {found}, newer than this crosscheck knows ({known}); upgrade crosscheck")]
    SchemaTooNew {
        /// The version in the file.
        found: i64,
        /// The newest version this build knows.
        known: i64,
    },
    /// No document has this id or prefix.
    #[error("no document with id {0}")]
    NotFound(String),
    /// The prefix names more than one document.
    #[error("id prefix {prefix} is ambiguous: {count} documents start with it")]
    AmbiguousId {
        /// The prefix given.
        prefix: String,
        /// How many documents match.
        count: usize,
    },
    /// No story has this id or prefix.
    #[error("no story with id {0}")]
    StoryNotFound(String),
    /// The prefix names more than one story.
    #[error("story id prefix {prefix} is ambiguous: {count} stories start with it")]
    AmbiguousStory {
        /// The prefix given.
        prefix: String,
        /// How many stories match.
        count: usize,
    },
    /// The id is not hex, or too short to be a prefix.
    #[error("not a document id or prefix (6 to 64 hex digits): {0:?}")]
    BadId(String),
    /// A stored value could not be read back (the file was changed by hand or is damaged).
    #[error("stored data for {what} is damaged: {reason}")]
    Corrupt {
        /// What was being read.
        what: String,
        /// What is wrong.
        reason: String,
    },
    /// An SQL statement failed.
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// Compressing or decompressing raw bytes failed.
    #[error("compression error: {0}")]
    Compression(#[from] std::io::Error),
    /// Encoding or decoding stored JSON failed.
    #[error("stored JSON error: {0}")]
    Json(#[from] serde_json::Error),
}
