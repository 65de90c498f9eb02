//! The crosscheck store: where every stage's output is kept.
//!
//! [`Store`] is the seam between the pipeline and persistence: the stages
//! never touch it, the pipeline writes through it. [`SqliteStore`] is the
//! embedded default (one file, WAL, foreign keys, versioned migrations); a
//! PostgreSQL backend implements the same trait.
//!
//! An ingest batch is one transaction ([`Store::begin_batch`] …
//! [`BatchWriter::commit`]): a crash or a kill mid-batch loses that batch
//! and nothing else. Raw bytes are kept zstd-compressed, keyed by their
//! SHA-256, so any stage can be re-run without fetching anything again.
#![deny(missing_docs)]

mod error;
mod schema;
mod sqlite;
mod stories;

pub use error::StoreError;
pub use sqlite::SqliteStore;

use crosscheck_types::{Article, CopyLink, Document, DocumentId, IndependenceGroups, Story};

/// How serious a recorded problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProblemSeverity {
    /// The input (or a record of it) was not stored.
    Error,
    /// Stored, but something was off (a wrong charset, an empty feed).
    Warning,
}

impl ProblemSeverity {
    /// The snake_case name stored and printed.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Error => "error",
            Self::Warning => "warning",
        }
    }
}

/// A problem met while ingesting, kept with its batch.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ProblemRecord {
    /// The input (path, `path#N`, or `-`) the problem is about.
    pub source: String,
    /// Error or warning.
    pub severity: ProblemSeverity,
    /// The reason, as a person reads it.
    pub reason: String,
}

/// What putting one document did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PutOutcome {
    /// New bytes: the document and its article were stored.
    Stored,
    /// These exact bytes were stored before: nothing was written.
    Duplicate,
}

/// The counts of one committed batch.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct BatchSummary {
    /// The batch's id in the store.
    pub batch_id: i64,
    /// Documents stored.
    pub stored: u64,
    /// Documents whose bytes were already stored.
    pub duplicates: u64,
    /// Problems recorded (errors and warnings).
    pub problems: u64,
}

/// One stored document, as the store gives it back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredDocument {
    /// The document, with its raw bytes.
    pub document: Document,
    /// The batch that stored it.
    pub batch_id: i64,
}

/// Writes of one ingest batch: all of them land at [`BatchWriter::commit`], or none.
pub trait BatchWriter {
    /// Stores a document (raw bytes, decoded text, hints) and its article,
    /// unless the same bytes are stored already.
    fn put(&mut self, document: &Document, article: &Article) -> Result<PutOutcome, StoreError>;
    /// Records a problem met on an input of this batch.
    fn record_problem(&mut self, problem: &ProblemRecord) -> Result<(), StoreError>;
    /// Makes every write of the batch durable at once.
    fn commit(self: Box<Self>) -> Result<BatchSummary, StoreError>;
}

/// Persistence for every stage. One implementation per backend; the same
/// conformance tests run against each.
pub trait Store {
    /// Starts an ingest batch (one transaction).
    fn begin_batch(&mut self) -> Result<Box<dyn BatchWriter + '_>, StoreError>;
    /// Whether a document with these exact bytes is stored.
    fn contains(&self, id: &DocumentId) -> Result<bool, StoreError>;
    /// Resolves a full id or a unique prefix of at least 6 hex digits.
    fn resolve_id(&self, id_or_prefix: &str) -> Result<DocumentId, StoreError>;
    /// Every article, in the order their documents were stored.
    fn articles(&self) -> Result<Vec<Article>, StoreError>;
    /// One article.
    fn article(&self, id: &DocumentId) -> Result<Option<Article>, StoreError>;
    /// The exact bytes a document was ingested from.
    fn raw(&self, id: &DocumentId) -> Result<Option<Vec<u8>>, StoreError>;
    /// Every stored document with its raw bytes, in the order stored.
    fn documents(&self) -> Result<Vec<StoredDocument>, StoreError>;
    /// Replaces the articles of stored documents (after re-extraction), in one transaction.
    fn replace_articles(&mut self, articles: &[Article]) -> Result<usize, StoreError>;
    /// Every recorded problem, oldest first.
    fn problems(&self) -> Result<Vec<ProblemRecord>, StoreError>;
    /// Replaces the copy links and independent-source groups with a new
    /// de-duplication of the whole store, in one transaction.
    fn replace_copies(
        &mut self,
        links: &[CopyLink],
        groups: &IndependenceGroups,
    ) -> Result<(), StoreError>;
    /// The copy links, ordered by copy id.
    fn copy_links(&self) -> Result<Vec<CopyLink>, StoreError>;
    /// The independent-source group of every grouped article.
    fn source_groups(&self) -> Result<IndependenceGroups, StoreError>;
    /// Replaces the stories (and their events) with a new clustering of the
    /// whole store, in one transaction. Stories keep the order given.
    fn replace_stories(&mut self, stories: &[Story]) -> Result<(), StoreError>;
    /// Every story, in the order they were stored.
    fn stories(&self) -> Result<Vec<Story>, StoreError>;
    /// One story by its full id, a unique prefix of it, or a unique prefix of
    /// the hex part after `story-`.
    fn story(&self, id_or_prefix: &str) -> Result<Story, StoreError>;
}
