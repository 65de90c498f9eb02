//! Benchmark support: a seeded synthetic corpus with known stories and
//! copies, and a timed run of de-duplication and clustering on it with the
//! precision and recall of the copies and stories found.
//!
//! This is not a test: it measures. `examples/bench_cluster.rs` prints it,
//! and the CLI's `bench cluster` command can call [`run_benchmark`].

mod corpus;

use std::collections::HashMap;
use std::time::Instant;

use crosscheck_dedup::bench::{
    peak_rss_bytes, process_cpu_seconds, reset_peak_rss, score, CorpusTruth,
};
use crosscheck_dedup::{dedup, DedupOptions};
use crosscheck_types::{Article, Story};
use serde::Serialize;

pub use corpus::{synthetic_corpus, SyntheticGold};

use crate::{cluster, ClusterOptions};

/// What one benchmark run measured.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ClusterBenchReport {
    /// Reports generated and processed.
    pub n: usize,
    /// Threads in the rayon pool the run used.
    pub threads: usize,
    /// Wall-clock seconds of de-duplication.
    pub seconds_dedup: f64,
    /// Wall-clock seconds of clustering (stories and events).
    pub seconds_cluster: f64,
    /// CPU seconds (all threads) of de-duplication, if readable: on a
    /// shared machine, steadier than wall time.
    pub cpu_seconds_dedup: Option<f64>,
    /// CPU seconds (all threads) of clustering, if readable.
    pub cpu_seconds_cluster: Option<f64>,
    /// `n` / (de-duplication + clustering seconds).
    pub reports_per_second: f64,
    /// Peak resident memory of the process (`VmHWM`, reset before the run
    /// where the kernel allows; the generated corpus is included), if
    /// readable.
    pub peak_rss_bytes: Option<u64>,
    /// Share of the copy pairs found that are true copy pairs.
    pub copies_precision: f64,
    /// Share of the true copy pairs that were found.
    pub copies_recall: f64,
    /// Share of the same-story pairs found that are same-story in truth.
    pub stories_pairwise_precision: f64,
    /// Share of the true same-story pairs found in one story.
    pub stories_pairwise_recall: f64,
    /// Stories in the generated corpus.
    pub stories_true: usize,
    /// Stories found.
    pub stories_found: usize,
}

/// Generates `n` reports from `seed` and runs [`run_benchmark_on`] on them.
pub fn run_benchmark(n: usize, seed: u64) -> ClusterBenchReport {
    let (articles, gold) = synthetic_corpus(n, seed);
    run_benchmark_on(&articles, &gold)
}

/// Times [`crosscheck_dedup::dedup`] then [`crate::cluster`] (default
/// options) on `articles` in the current rayon pool, and scores copies and
/// stories against `gold`.
pub fn run_benchmark_on(articles: &[Article], gold: &SyntheticGold) -> ClusterBenchReport {
    reset_peak_rss();
    let cpu0 = process_cpu_seconds();
    let start = Instant::now();
    let copies = dedup(articles, &DedupOptions::default());
    let seconds_dedup = start.elapsed().as_secs_f64();
    let cpu1 = process_cpu_seconds();
    let start = Instant::now();
    let stories = cluster(articles, &copies, &ClusterOptions::default());
    let seconds_cluster = start.elapsed().as_secs_f64();
    let cpu2 = process_cpu_seconds();
    let spent = |a: Option<f64>, b: Option<f64>| b.zip(a).map(|(b, a)| b - a);
    let peak = peak_rss_bytes();
    let truth = CorpusTruth {
        family: gold.family.clone(),
    };
    let (found, true_pairs, both) = score(articles, &truth, &copies);
    let (sp, sr) = story_pairs(articles, gold, &stories);
    let n = articles.len();
    ClusterBenchReport {
        n,
        threads: rayon::current_num_threads(),
        seconds_dedup,
        seconds_cluster,
        cpu_seconds_dedup: spent(cpu0, cpu1),
        cpu_seconds_cluster: spent(cpu1, cpu2),
        reports_per_second: n as f64 / (seconds_dedup + seconds_cluster).max(1e-9),
        peak_rss_bytes: peak,
        copies_precision: ratio(both, found),
        copies_recall: ratio(both, true_pairs),
        stories_pairwise_precision: sp,
        stories_pairwise_recall: sr,
        stories_true: gold
            .story
            .iter()
            .collect::<std::collections::HashSet<_>>()
            .len(),
        stories_found: stories.len(),
    }
}

fn ratio(a: u64, b: u64) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

fn pairs_in(counts: impl Iterator<Item = u64>) -> u64 {
    counts.map(|k| k * k.saturating_sub(1) / 2).sum()
}

/// Pairwise precision and recall of the stories found (articles missing
/// from `stories` count as alone), from the contingency table.
fn story_pairs(articles: &[Article], gold: &SyntheticGold, stories: &[Story]) -> (f64, f64) {
    let index: HashMap<&crosscheck_types::DocumentId, usize> = articles
        .iter()
        .enumerate()
        .map(|(i, a)| (&a.id, i))
        .collect();
    let mut found: Vec<usize> = (0..articles.len()).map(|i| stories.len() + i).collect();
    for (k, s) in stories.iter().enumerate() {
        for a in &s.articles {
            if let Some(&i) = index.get(a) {
                found[i] = k;
            }
        }
    }
    let mut predicted: HashMap<usize, u64> = HashMap::new();
    let mut truth: HashMap<u32, u64> = HashMap::new();
    let mut both: HashMap<(usize, u32), u64> = HashMap::new();
    for (i, &f) in found.iter().enumerate() {
        let g = gold.story.get(i).copied().unwrap_or(u32::MAX);
        *predicted.entry(f).or_default() += 1;
        *truth.entry(g).or_default() += 1;
        *both.entry((f, g)).or_default() += 1;
    }
    let (p, t, b) = (
        pairs_in(predicted.into_values()),
        pairs_in(truth.into_values()),
        pairs_in(both.into_values()),
    );
    (ratio(b, p), ratio(b, t))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corpus_is_deterministic_and_has_stories_and_copies() {
        let (a, g) = synthetic_corpus(300, 7);
        let (b, h) = synthetic_corpus(300, 7);
        assert_eq!(a, b);
        assert_eq!(g, h);
        assert_eq!(a.len(), 300);
        let stories: std::collections::HashSet<_> = g.story.iter().collect();
        assert!(
            stories.len() > 5 && stories.len() < 150,
            "{}",
            stories.len()
        );
        let copies = g.family.iter().enumerate().filter(|(i, &f)| *i as u32 != f);
        assert!(copies.count() > 30);
        // A copy is in its original's story.
        for (i, &f) in g.family.iter().enumerate() {
            assert_eq!(g.story[i], g.story[f as usize]);
        }
    }

    #[test]
    fn a_small_run_scores_copies_and_stories() {
        let r = run_benchmark(400, 3);
        assert_eq!(r.n, 400);
        assert!(r.copies_precision > 0.9 && r.copies_recall > 0.9, "{r:?}");
        assert!(r.stories_pairwise_precision > 0.5, "{r:?}");
        assert!(r.stories_pairwise_recall > 0.5, "{r:?}");
    }
}
