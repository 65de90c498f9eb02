//! The article-extraction benchmark runner: reads a folder laid out like the
//! Zyte benchmark (`ground-truth.json`, `html/<id>.html.gz`), extracts every
//! page and scores it with [`crate::metric`]; and a single-core throughput
//! measure of parse + extract.
//!
//! It does not print anything: callers (the example, the CLI) format the report.

use std::collections::BTreeMap;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Instant;

use crosscheck_types::{Container, ContentKind, Document, DocumentHints, DocumentId};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::metric::{self, Counts};

/// Why an evaluation could not run.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// A file could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// `ground-truth.json` is not what the benchmark writes.
    #[error("bad ground truth {path}: {source}")]
    GroundTruth {
        /// The file.
        path: PathBuf,
        /// The parse error.
        source: serde_json::Error,
    },
}

/// The score of one page.
#[derive(Clone, Debug, Serialize)]
pub struct PageScore {
    /// The page id (its file stem).
    pub id: String,
    /// The page's URL, from the ground truth.
    pub url: String,
    /// Shingle precision (0 when nothing was extracted from a non-empty truth).
    pub precision: f64,
    /// Shingle recall.
    pub recall: f64,
    /// F1 of the page's precision and recall.
    pub f1: f64,
}

/// The benchmark's result over a folder.
#[derive(Clone, Debug, Serialize)]
pub struct ExtractionReport {
    /// Pages scored.
    pub pages: usize,
    /// Mean precision over pages with a predicted shingle.
    pub precision: f64,
    /// Mean recall over pages with a true shingle.
    pub recall: f64,
    /// F1 of the two means.
    pub f1: f64,
    /// Every page's score, sorted by id.
    pub per_page: Vec<PageScore>,
}

impl ExtractionReport {
    /// The `n` pages with the lowest F1, worst first (ties by id).
    pub fn worst(&self, n: usize) -> Vec<&PageScore> {
        let mut pages: Vec<&PageScore> = self.per_page.iter().collect();
        pages.sort_by(|a, b| a.f1.total_cmp(&b.f1).then_with(|| a.id.cmp(&b.id)));
        pages.truncate(n);
        pages
    }

    /// The ten pages with the lowest F1, worst first.
    pub fn ten_worst(&self) -> Vec<&PageScore> {
        self.worst(10)
    }
}

/// Single-core extraction speed.
#[derive(Clone, Copy, Debug, Serialize)]
pub struct Throughput {
    /// Pages extracted (pages × repeats).
    pub pages: usize,
    /// Seconds spent parsing and extracting: CPU time of the measuring
    /// thread where available, else wall-clock time.
    pub seconds: f64,
    /// `pages / seconds`.
    pub pages_per_second: f64,
}

#[derive(Deserialize)]
struct Truth {
    #[serde(rename = "articleBody", default)]
    article_body: String,
    #[serde(default)]
    url: String,
}

struct Page {
    id: String,
    url: String,
    truth: String,
    doc: Document,
}

fn io_err(path: &Path) -> impl FnOnce(std::io::Error) -> EvalError + '_ {
    move |source| EvalError::Io {
        path: path.to_owned(),
        source,
    }
}

fn read_truth(dir: &Path) -> Result<BTreeMap<String, Truth>, EvalError> {
    let path = dir.join("ground-truth.json");
    let text = fs::read_to_string(&path).map_err(io_err(&path))?;
    serde_json::from_str(&text).map_err(|source| EvalError::GroundTruth { path, source })
}

/// Reads and decompresses one page.
fn read_page(dir: &Path, id: &str) -> Result<Vec<u8>, EvalError> {
    let path = dir.join("html").join(format!("{id}.html.gz"));
    let file = fs::File::open(&path).map_err(io_err(&path))?;
    let mut bytes = Vec::new();
    flate2::read::GzDecoder::new(file)
        .read_to_end(&mut bytes)
        .map_err(io_err(&path))?;
    Ok(bytes)
}

/// Turns a page's bytes into a [`Document`] through the ingest stage (as
/// real use does: encoding sniffed, kind detected). Should ingest not give
/// exactly one HTML document, the bytes are decoded as UTF-8 here, so a
/// page is never dropped from the benchmark.
fn to_document(id: &str, url: &str, bytes: Vec<u8>) -> Document {
    let source = format!("{id}.html.gz");
    let ingested = crosscheck_ingest::ingest_bytes(
        &source,
        &bytes,
        &crosscheck_ingest::IngestOptions::default(),
    );
    let url_hint = (!url.is_empty()).then(|| url.to_owned());
    if let [doc] = ingested.documents.as_slice() {
        if doc.kind == ContentKind::Html {
            let mut doc = doc.clone();
            doc.hints.url = doc.hints.url.take().or(url_hint);
            return doc;
        }
    }
    let text = String::from_utf8_lossy(&bytes).into_owned();
    Document {
        id: document_id(id),
        source,
        container: Container::Single,
        kind: ContentKind::Html,
        raw: bytes,
        text,
        encoding: "UTF-8".to_owned(),
        hints: DocumentHints {
            url: url_hint,
            ..DocumentHints::default()
        },
        warnings: Vec::new(),
    }
}

/// The benchmark's ids are SHA-256 hex digests; anything else gets a
/// 64-digit id spelled from a hash of it.
fn document_id(id: &str) -> DocumentId {
    DocumentId::from_hex(id).unwrap_or_else(|_| {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in id.bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        let hex = format!("{h:016x}").repeat(4);
        // 64 lowercase hex digits by construction.
        DocumentId::from_hex(&hex).unwrap_or_else(|e| unreachable!("{e}"))
    })
}

fn load(dir: &Path) -> Result<Vec<Page>, EvalError> {
    let truth = read_truth(dir)?;
    truth
        .into_par_iter()
        .map(|(id, t)| {
            let bytes = read_page(dir, &id)?;
            let doc = to_document(&id, &t.url, bytes);
            Ok(Page {
                id,
                url: t.url,
                truth: t.article_body,
                doc,
            })
        })
        .collect()
}

/// Runs the benchmark on a folder: extracts every page (in parallel, the
/// result does not depend on the thread count) and scores it.
pub fn evaluate_extraction(dir: &Path) -> Result<ExtractionReport, EvalError> {
    let pages = load(dir)?;
    let scored: Vec<(PageScore, Counts)> = pages
        .par_iter()
        .map(|page| {
            let article = crosscheck_extract::extract(&page.doc);
            let counts = metric::compare(&page.truth, &article.body);
            let p = counts.precision().unwrap_or(0.0);
            let r = counts.recall().unwrap_or(0.0);
            let f1 = if p + r > 0.0 {
                2.0 * p * r / (p + r)
            } else {
                0.0
            };
            let score = PageScore {
                id: page.id.clone(),
                url: page.url.clone(),
                precision: p,
                recall: r,
                f1,
            };
            (score, counts)
        })
        .collect();
    let counts: Vec<Counts> = scored.iter().map(|(_, c)| *c).collect();
    let (precision, recall, f1) = metric::aggregate(&counts);
    Ok(ExtractionReport {
        pages: scored.len(),
        precision,
        recall,
        f1,
        per_page: scored.into_iter().map(|(s, _)| s).collect(),
    })
}

/// Times parse + extract of every page, `repeat` times, on the calling
/// thread. Reading and decompressing the pages is not timed. The time is
/// the thread's CPU time where the platform has a thread clock (so other
/// work on a shared machine does not count), else wall-clock time.
pub fn bench_extraction(dir: &Path, repeat: usize) -> Result<Throughput, EvalError> {
    let pages = load(dir)?;
    let repeat = repeat.max(1);
    let start = Instant::now();
    let cpu_start = thread_cpu_seconds();
    let mut sink = 0usize;
    for _ in 0..repeat {
        for page in &pages {
            sink = sink.wrapping_add(crosscheck_extract::extract(&page.doc).body.len());
        }
    }
    let wall = start.elapsed().as_secs_f64();
    let seconds = match (cpu_start, thread_cpu_seconds()) {
        (Some(a), Some(b)) if b > a => b - a,
        _ => wall,
    };
    std::hint::black_box(sink);
    let n = pages.len() * repeat;
    Ok(Throughput {
        pages: n,
        seconds,
        pages_per_second: if seconds > 0.0 {
            n as f64 / seconds
        } else {
            0.0
        },
    })
}

/// CPU time consumed by the calling thread, in seconds.
#[cfg(unix)]
pub(crate) fn thread_cpu_seconds() -> Option<f64> {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec; the clock id is a constant.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    (rc == 0).then_some(ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9)
}

/// CPU time consumed by the calling thread: not available here.
#[cfg(not(unix))]
pub(crate) fn thread_cpu_seconds() -> Option<f64> {
    None
}
