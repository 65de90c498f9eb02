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

/// Posting lists in one array (compressed rows): the postings of term `t`
/// are `entries[starts[t]..starts[t + 1]]`, by article index.
struct Postings {
    starts: Vec<usize>,
    entries: Vec<(u32, f64)>,
}

impl Postings {
    fn new(indexed: &[Vec<(u32, f64)>], terms: usize) -> Self {
        let mut starts = vec![0usize; terms + 1];
        for &(t, _) in indexed.iter().flatten() {
            starts[t as usize + 1] += 1;
        }
        for k in 1..starts.len() {
            starts[k] += starts[k - 1];
        }
        let mut next = starts.clone();
        let mut entries = vec![(0u32, 0.0); starts[terms]];
        for (i, terms) in indexed.iter().enumerate() {
            for &(t, w) in terms {
                let at = &mut next[t as usize];
                // u32 is enough: more than four billion articles is out of scope.
                entries[*at] = (i as u32, w);
                *at += 1;
            }
        }
        Self { starts, entries }
    }

    fn of(&self, t: u32) -> &[(u32, f64)] {
        let t = t as usize;
        match (self.starts.get(t), self.starts.get(t + 1)) {
            (Some(&a), Some(&b)) => &self.entries[a..b],
            _ => &[],
        }
    }
}

/// Summed partial dot products of one article with the others: dense by
/// article, with the articles touched listed so that a reset is cheap.
struct Accumulator {
    sums: Vec<f64>,
    seen: Vec<bool>,
    touched: Vec<u32>,
}

impl Accumulator {
    fn new(n: usize) -> Self {
        Self {
            sums: vec![0.0; n],
            seen: vec![false; n],
            touched: Vec::new(),
        }
    }

    /// The best `k` articles by sum (ties by index), and a clean accumulator.
    fn best(&mut self, k: usize) -> Vec<(u32, f64)> {
        let mut best: Vec<(u32, f64)> = self
            .touched
            .iter()
            .map(|&j| {
                let j_ = j as usize;
                self.seen[j_] = false;
                (j, std::mem::take(&mut self.sums[j_]))
            })
            .collect();
        self.touched.clear();
        let order = |a: &(u32, f64), b: &(u32, f64)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
        if best.len() > k {
            best.select_nth_unstable_by(k, order);
            best.truncate(k);
        }
        best.sort_unstable_by(order);
        best
    }
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
    let postings = Postings::new(&indexed, vocab.terms.len());
    let mut pairs: Vec<(usize, usize)> = indexed
        .par_iter()
        .enumerate()
        .map_init(
            || Accumulator::new(n),
            |acc, (i, terms)| {
                // Summed in the same order as a map would be: by term, then
                // by article, so the sums (and ties) are exact.
                for &(t, w) in terms {
                    for &(j, wj) in postings.of(t) {
                        let j_ = j as usize;
                        if j_ != i {
                            if !acc.seen[j_] {
                                acc.seen[j_] = true;
                                acc.touched.push(j);
                            }
                            acc.sums[j_] += w * wj;
                        }
                    }
                }
                acc.best(opts.max_neighbours)
                    .into_iter()
                    .map(|(j, _)| (i.min(j as usize), i.max(j as usize)))
                    .collect::<Vec<_>>()
            },
        )
        .flatten_iter()
        .collect();
    pairs.par_sort_unstable();
    pairs.dedup();
    pairs
}
