//! Candidate pairs for the story clustering, without comparing all pairs.
//!
//! Each article is indexed under its `index_terms` heaviest terms, except
//! terms too common to tell stories apart (found in more than `max_df`
//! articles) and terms of one article. For every article, the partial dot
//! products of its indexed terms with the articles in their postings are
//! summed (the way a search engine ranks), and its `max_neighbours` best
//! are kept: a k-nearest-neighbour graph. The pairs are the union of every
//! article's kept neighbours, so the work grows with the postings read, not
//! with the square of the corpus.
//!
//! It does not score pairs exactly: that is [`crate::pair_score`]'s work.

use std::collections::HashMap;

use rayon::prelude::*;

use crate::terms::{Vectors, Vocabulary};
use crate::ClusterOptions;

/// The largest posting list a term may have to index articles.
fn max_df(n: usize, opts: &ClusterOptions) -> usize {
    if n >= opts.min_docs_for_df_cut {
        ((n as f64) * opts.max_df_ratio).ceil() as usize
    } else {
        n
    }
    .min(opts.max_postings)
}

/// Pairs (i < j), sorted, each once.
pub(crate) fn candidate_pairs(
    vectors: &[Vectors],
    vocab: &Vocabulary,
    opts: &ClusterOptions,
) -> Vec<(usize, usize)> {
    let n = vectors.len();
    let cut = max_df(n, opts);
    // Each article's indexed terms with their weights.
    let indexed: Vec<Vec<(u32, f64)>> = vectors
        .par_iter()
        .map(|v| {
            v.top_weighted(opts.index_terms)
                .into_iter()
                .filter(|&(t, _)| (2..=cut).contains(&vocab.df(t)))
                .collect()
        })
        .collect();
    let mut postings: HashMap<u32, Vec<(u32, f64)>> = HashMap::new();
    for (i, terms) in indexed.iter().enumerate() {
        for &(t, w) in terms {
            // u32 is enough: more than four billion articles is out of scope.
            postings.entry(t).or_default().push((i as u32, w));
        }
    }
    let mut pairs: Vec<(usize, usize)> = indexed
        .par_iter()
        .enumerate()
        .flat_map_iter(|(i, terms)| {
            let mut acc: HashMap<u32, f64> = HashMap::new();
            for &(t, w) in terms {
                for &(j, wj) in postings.get(&t).map_or(&[][..], Vec::as_slice) {
                    if j as usize != i {
                        *acc.entry(j).or_insert(0.0) += w * wj;
                    }
                }
            }
            let mut best: Vec<(u32, f64)> = acc.into_iter().collect();
            best.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            best.truncate(opts.max_neighbours);
            best.into_iter()
                .map(move |(j, _)| (i.min(j as usize), i.max(j as usize)))
        })
        .collect();
    pairs.par_sort_unstable();
    pairs.dedup();
    pairs
}
