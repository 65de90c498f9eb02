//! Benchmark support: a synthetic corpus with known copies, a timed run of
//! [`crate::dedup`] on it, and precision/recall of the copy pairs found.
//!
//! This is not a test: it measures. `examples/bench_dedup.rs` prints it, and
//! the CLI's `bench` command can call [`run_benchmark`].

mod corpus;

use std::time::Instant;

use crosscheck_types::{Article, DedupResult};
use serde::Serialize;

pub use corpus::{synthetic_corpus, CorpusTruth};

use crate::{dedup, DedupOptions};

/// What one benchmark run measured.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BenchReport {
    /// Articles de-duplicated.
    pub documents: usize,
    /// Threads in the rayon pool the run used.
    pub threads: usize,
    /// Wall-clock seconds of [`crate::dedup`] alone (not generation).
    pub seconds: f64,
    /// `documents / seconds`.
    pub docs_per_second: f64,
    /// CPU seconds the process spent in [`crate::dedup`] (all threads), if
    /// readable: on a shared machine, steadier than wall time.
    pub cpu_seconds: Option<f64>,
    /// Share of the copy pairs found that are true copy pairs.
    pub precision: f64,
    /// Share of the true copy pairs that were found.
    pub recall: f64,
    /// Copy pairs found (pairs of articles in one copy set).
    pub pairs_found: u64,
    /// True copy pairs.
    pub pairs_true: u64,
    /// Candidate pairs LSH proposed.
    pub candidate_pairs: usize,
    /// Peak resident memory of the process (`VmHWM`), if readable.
    pub peak_rss_bytes: Option<u64>,
}

/// Generates `n` articles from `seed` and runs [`run_benchmark_on`] on them.
pub fn run_benchmark(n: usize, seed: u64, opts: &DedupOptions) -> BenchReport {
    let (articles, truth) = synthetic_corpus(n, seed);
    run_benchmark_on(&articles, &truth, opts)
}

/// Times [`crate::dedup`] on `articles` in the current rayon pool and scores
/// its copy sets against `truth` (pairwise precision and recall).
pub fn run_benchmark_on(
    articles: &[Article],
    truth: &CorpusTruth,
    opts: &DedupOptions,
) -> BenchReport {
    reset_peak_rss();
    let cpu_start = process_cpu_seconds();
    let start = Instant::now();
    let result = dedup(articles, opts);
    let seconds = start.elapsed().as_secs_f64();
    let cpu_seconds = process_cpu_seconds()
        .zip(cpu_start)
        .map(|(end, start)| end - start);
    let (pairs_found, pairs_true, correct) = score(articles, truth, &result);
    BenchReport {
        documents: articles.len(),
        threads: rayon::current_num_threads(),
        seconds,
        docs_per_second: articles.len() as f64 / seconds.max(1e-9),
        cpu_seconds,
        precision: ratio(correct, pairs_found),
        recall: ratio(correct, pairs_true),
        pairs_found,
        pairs_true,
        candidate_pairs: result.stats.candidate_pairs,
        peak_rss_bytes: peak_rss_bytes(),
    }
}

fn ratio(a: u64, b: u64) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// (pairs found, true pairs, pairs both found and true), counting pairs of
/// articles in one predicted copy set / one true family.
pub fn score(articles: &[Article], truth: &CorpusTruth, result: &DedupResult) -> (u64, u64, u64) {
    use std::collections::HashMap;
    let index: HashMap<&crosscheck_types::DocumentId, usize> = articles
        .iter()
        .enumerate()
        .map(|(i, a)| (&a.id, i))
        .collect();
    let mut set_of: Vec<usize> = (0..articles.len()).collect();
    for link in &result.links {
        if let (Some(&c), Some(&o)) = (index.get(&link.copy), index.get(&link.original)) {
            set_of[c] = o;
        }
    }
    let pairs = |counts: HashMap<(usize, u32), u64>| -> u64 {
        counts.values().map(|&k| k * (k - 1) / 2).sum()
    };
    let mut found: HashMap<(usize, u32), u64> = HashMap::new();
    let mut both: HashMap<(usize, u32), u64> = HashMap::new();
    for (i, &s) in set_of.iter().enumerate() {
        *found.entry((s, 0)).or_default() += 1;
        *both
            .entry((s, truth.family.get(i).copied().unwrap_or(u32::MAX)))
            .or_default() += 1;
    }
    (pairs(found), truth.pair_count(), pairs(both))
}

/// Peak resident set size of this process (`VmHWM` in `/proc/self/status`).
pub fn peak_rss_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// CPU time of every thread of this process, from
/// `/proc/self/task/*/schedstat` (nanoseconds on a CPU), if readable.
pub fn process_cpu_seconds() -> Option<f64> {
    let mut ns: u64 = 0;
    for task in std::fs::read_dir("/proc/self/task").ok()? {
        let path = task.ok()?.path().join("schedstat");
        let text = std::fs::read_to_string(path).ok()?;
        ns += text.split_whitespace().next()?.parse::<u64>().ok()?;
    }
    Some(ns as f64 / 1e9)
}

/// Resets the kernel's peak-RSS mark, so [`peak_rss_bytes`] covers what
/// follows (Linux; ignored elsewhere).
pub fn reset_peak_rss() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}
