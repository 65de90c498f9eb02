//! A small synthetic corpus: copies found with high precision and recall.

use crosscheck_dedup::bench::{run_benchmark, synthetic_corpus};
use crosscheck_dedup::DedupOptions;

#[test]
fn corpus_is_deterministic() {
    assert_eq!(synthetic_corpus(200, 3), synthetic_corpus(200, 3));
    assert_ne!(synthetic_corpus(200, 3).0, synthetic_corpus(200, 4).0);
}

#[test]
fn small_corpus_precision_and_recall() {
    let report = run_benchmark(1500, 11, &DedupOptions::default());
    assert_eq!(report.documents, 1500);
    assert!(report.pairs_true > 200, "{report:?}");
    assert!(report.precision >= 0.95, "{report:?}");
    assert!(report.recall >= 0.95, "{report:?}");
}
