//! The ingest job: inputs → documents → articles → one store batch.

use std::panic::{catch_unwind, AssertUnwindSafe};

use crosscheck_ingest::{expand_inputs, ingest_input, IngestOptions, IngestProblem, Severity};
use crosscheck_store::{ProblemRecord, ProblemSeverity, PutOutcome, Store, StoreError};
use crosscheck_types::{Article, Document, DocumentId};
use rayon::prelude::*;

use crate::Progress;

/// How many inputs are read and extracted in parallel before their results
/// are written: bounds memory on large batches.
const CHUNK: usize = 64;

/// Why a pipeline job stopped. Problems with single inputs never stop a job:
/// they are recorded in the batch; only the store failing does.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PipelineError {
    /// The store failed; the batch in flight was rolled back.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// What one ingest job did.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct IngestReport {
    /// The store's id of the batch.
    pub batch_id: i64,
    /// Reports stored.
    pub ingested: u64,
    /// Reports whose exact bytes were already stored.
    pub duplicates: u64,
    /// Inputs or records that could not be stored, with the reason.
    pub errors: Vec<ProblemRecord>,
    /// Stored, but something was off.
    pub warnings: Vec<ProblemRecord>,
    /// The documents stored by this job, in input order.
    pub stored: Vec<StoredEntry>,
}

/// A document stored by a job.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct StoredEntry {
    /// Its id.
    pub id: DocumentId,
    /// Where it came from.
    pub source: String,
}

impl IngestReport {
    /// True when some input or record could not be stored.
    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }
}

fn to_record(problem: &IngestProblem) -> ProblemRecord {
    ProblemRecord {
        source: problem.source.clone(),
        severity: match problem.severity {
            Severity::Warning => ProblemSeverity::Warning,
            _ => ProblemSeverity::Error,
        },
        reason: problem.error.to_string(),
    }
}

/// Extracts one document; a panic in extraction (a bug) becomes an error
/// record for that document instead of stopping the batch.
fn extract_guarded(document: &Document) -> Result<Article, ProblemRecord> {
    catch_unwind(AssertUnwindSafe(|| crosscheck_extract::extract(document))).map_err(|panic| {
        let message = panic
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_owned());
        tracing::error!(source = %document.source, %message, "extraction panicked");
        ProblemRecord {
            source: document.source.clone(),
            severity: ProblemSeverity::Error,
            reason: format!("internal error while extracting (please report): {message}"),
        }
    })
}

/// The outcome of reading and extracting one input.
struct Processed {
    pairs: Vec<(Document, Article)>,
    problems: Vec<ProblemRecord>,
    label: String,
}

fn process(input: &crosscheck_ingest::Input, options: &IngestOptions) -> Processed {
    let label = match input {
        crosscheck_ingest::Input::Path(path) => path.display().to_string(),
        crosscheck_ingest::Input::Stdin => "-".to_owned(),
    };
    let ingested = ingest_input(input, options);
    let mut problems: Vec<ProblemRecord> = ingested.problems.iter().map(to_record).collect();
    let mut pairs = Vec::with_capacity(ingested.documents.len());
    for document in ingested.documents {
        for warning in &document.warnings {
            problems.push(ProblemRecord {
                source: document.source.clone(),
                severity: ProblemSeverity::Warning,
                reason: warning.clone(),
            });
        }
        match extract_guarded(&document) {
            Ok(article) => pairs.push((document, article)),
            Err(problem) => problems.push(problem),
        }
    }
    Processed {
        pairs,
        problems,
        label,
    }
}

/// Ingests `args` (paths, directories, `-` for stdin) into `store` as one
/// batch: every input is read, sniffed, decoded and extracted; every report
/// is stored with its raw bytes, or recorded as a problem with the reason.
pub fn ingest(
    store: &mut dyn Store,
    args: &[String],
    options: &IngestOptions,
    progress: &dyn Progress,
) -> Result<IngestReport, PipelineError> {
    let (inputs, expand_problems) = expand_inputs(args);
    let mut report = IngestReport::default();
    let mut batch = store.begin_batch()?;
    for problem in expand_problems.iter().map(to_record) {
        batch.record_problem(&problem)?;
        push_problem(&mut report, problem);
    }
    progress.start(inputs.len() as u64);
    for chunk in inputs.chunks(CHUNK) {
        let processed: Vec<Processed> = chunk
            .par_iter()
            .map(|input| process(input, options))
            .collect();
        for item in processed {
            for (document, article) in &item.pairs {
                match batch.put(document, article)? {
                    PutOutcome::Stored => {
                        report.ingested += 1;
                        report.stored.push(StoredEntry {
                            id: document.id.clone(),
                            source: document.source.clone(),
                        });
                    }
                    PutOutcome::Duplicate => report.duplicates += 1,
                }
            }
            for problem in item.problems {
                batch.record_problem(&problem)?;
                push_problem(&mut report, problem);
            }
            progress.advance(&item.label);
        }
    }
    report.batch_id = batch.commit()?.batch_id;
    progress.finish();
    Ok(report)
}

fn push_problem(report: &mut IngestReport, problem: ProblemRecord) {
    match problem.severity {
        ProblemSeverity::Error => report.errors.push(problem),
        ProblemSeverity::Warning => report.warnings.push(problem),
    }
}

/// Runs extraction again over every stored document (after the extractor
/// improved) from the stored raw text: no input is read again. Returns how
/// many articles were replaced.
pub fn reextract(store: &mut dyn Store, progress: &dyn Progress) -> Result<usize, PipelineError> {
    let documents = store.documents()?;
    progress.start(documents.len() as u64);
    let articles: Vec<Article> = documents
        .par_iter()
        .filter_map(|stored| {
            let article = extract_guarded(&stored.document).ok();
            progress.advance(&stored.document.source);
            article
        })
        .collect();
    let replaced = store.replace_articles(&articles)?;
    progress.finish();
    Ok(replaced)
}
