//! The result does not depend on input order or on the thread count.

mod common;

use common::{article, ferry_body, FERRY_OWN_REPORT, LIBRARY, STRIKE};
use crosscheck_dedup::bench::synthetic_corpus;
use crosscheck_dedup::{dedup, DedupOptions};
use crosscheck_types::{Article, DedupResult};

fn corpus() -> Vec<Article> {
    let (mut articles, _) = synthetic_corpus(400, 7);
    let mut wire = article(1, Some(3), &ferry_body());
    wire.wire = Some("AP".into());
    let mut credited = article(2, Some(3), STRIKE);
    credited.wire = Some("(AP)".into());
    articles.extend([
        wire,
        credited,
        article(3, Some(4), &ferry_body().to_lowercase()),
        article(4, Some(3), FERRY_OWN_REPORT),
        article(5, None, LIBRARY),
        article(6, Some(3), ""),
    ]);
    articles
}

fn in_pool(threads: usize, articles: &[Article]) -> DedupResult {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("thread pool");
    pool.install(|| dedup(articles, &DedupOptions::default()))
}

/// A fixed shuffle: a multiplicative permutation of the indices.
fn shuffled(articles: &[Article], step: usize) -> Vec<Article> {
    let n = articles.len();
    assert_eq!(gcd(step, n), 1);
    (0..n)
        .map(|i| articles[(i * step + 3) % n].clone())
        .collect()
}

fn gcd(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        gcd(b, a % b)
    }
}

#[test]
fn same_result_whatever_the_order_and_thread_count() {
    let articles = corpus();
    let reference = in_pool(1, &articles);
    assert!(reference.links.len() > 50, "the corpus has copies");
    assert!(reference.stats.near_copies > 0 && reference.stats.exact_copies > 0);
    let mut reversed = articles.clone();
    reversed.reverse();
    for (threads, input) in [
        (2, articles.clone()),
        (1, reversed.clone()),
        (2, reversed),
        (1, shuffled(&articles, 37)),
        (2, shuffled(&articles, 101)),
    ] {
        assert_eq!(in_pool(threads, &input), reference, "{threads} threads");
    }
}
