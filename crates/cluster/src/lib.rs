//! Clustering stage: groups articles into stories and splits each story into
//! events.
//!
//! What it does:
//! - **Stories** ([`cluster`]): every article becomes a weighted term vector
//!   (TF-IDF over title and body words, plus capitalised words and phrases as
//!   entity terms with a higher weight; function words left out). Candidate
//!   pairs come from an inverted index over each article's strongest terms,
//!   skipping terms found in too many articles: each article keeps its
//!   `max_neighbours` best by summed postings (the `candidates` module);
//!   there is no all-pairs comparison. A candidate pair scores
//!   cosine + entity cosine + title cosine. Copies (from the de-duplication
//!   result) start in one cluster; clusters are then merged by average
//!   linkage over the candidate graph (a missing edge counts as zero) while
//!   the best average, minus a penalty for the days between the two
//!   clusters' publication spans, stays above a threshold (the `linkage`
//!   module, a priority queue over merges). Average linkage
//!   keeps a report that shares a few names with one member from chaining
//!   two stories; weighing the time gap between clusters, not between every
//!   pair, lets a story run for months as long as it keeps being reported.
//! - **Events** (the `events` and `place` modules): each article of a story
//!   is placed by the dates its sentences describe and by round ordinals;
//!   its own date is its lead's, not a date it recalls further down, and a
//!   date near its publication over a stale one (the `own_date` module);
//!   reports without a date of their own are placed by the latest round they
//!   say was held, else by content. Each placement cites its sentence.
//! - **Benchmark** ([`bench`]): a synthetic corpus with known stories and
//!   copies, and a timed run of de-duplication + clustering on it.
//!
//! What it does not do: it reads no entity aliases ("the Istrennian capital"
//! is not Aldmere), does not cross-check facts, and does not update stories
//! incrementally: every call clusters the articles given from scratch.
//!
//! Pure and deterministic: inputs are sorted by id first, every merge is
//! decided by a total order on scores and ids, so the stories are the same
//! whatever the input order and the size of the rayon pool.
#![deny(missing_docs)]

pub mod bench;
mod candidates;
mod events;
mod features;
mod linkage;
mod own_date;
mod place;
mod terms;

use std::collections::BTreeMap;

use chrono::NaiveDate;
use crosscheck_types::{Article, DedupResult, DocumentId, Story};
use rayon::prelude::*;

/// Tuning of the clustering stage.
#[derive(Clone, Debug, PartialEq)]
pub struct ClusterOptions {
    /// Multiplier of an entity term's TF-IDF weight over a plain word's.
    pub entity_weight: f64,
    /// How many of an article's strongest terms index it for candidates.
    pub index_terms: usize,
    /// Terms found in more than this share of the articles index nothing
    /// (they still count in the scores) once the corpus has at least
    /// `min_docs_for_df_cut` articles.
    pub max_df_ratio: f64,
    /// Corpus size from which `max_df_ratio` applies.
    pub min_docs_for_df_cut: usize,
    /// Terms found in more articles than this index nothing, whatever the
    /// corpus size: it bounds the candidate pairs one term can make.
    pub max_postings: usize,
    /// How many best candidates each article keeps (a k-nearest-neighbour
    /// graph; a story larger than this still holds together through the
    /// neighbours of its members).
    pub max_neighbours: usize,
    /// Weight of the entity-term cosine in a pair's score.
    pub entity_score_weight: f64,
    /// Weight of the title cosine in a pair's score.
    pub title_score_weight: f64,
    /// Days two publication dates may be apart before the gap costs score.
    pub free_gap_days: i64,
    /// Score lost per day of gap beyond `free_gap_days`.
    pub gap_penalty_per_day: f64,
    /// Largest time-gap penalty.
    pub max_gap_penalty: f64,
    /// Two clusters merge while their average pair score is at least this.
    pub merge_threshold: f64,
    /// Two placed dates at most this many days apart can be one event.
    pub event_gap_days: i64,
}

impl Default for ClusterOptions {
    fn default() -> Self {
        Self {
            entity_weight: 4.0,
            index_terms: 24,
            max_df_ratio: 0.2,
            min_docs_for_df_cut: 200,
            max_postings: 1000,
            max_neighbours: 30,
            entity_score_weight: 1.0,
            title_score_weight: 0.3,
            free_gap_days: 3,
            gap_penalty_per_day: 0.01,
            max_gap_penalty: 0.15,
            merge_threshold: 0.055,
            event_gap_days: 2,
        }
    }
}

/// Groups `articles` into stories and splits each story into events.
///
/// Articles with the same id are taken once. A copy and its original (from
/// `copies`) are always in the same story. Stories are sorted by their
/// smallest article id; every article is in exactly one story.
pub fn cluster(articles: &[Article], copies: &DedupResult, opts: &ClusterOptions) -> Vec<Story> {
    let docs = canonical_order(articles);
    if docs.is_empty() {
        return Vec::new();
    }
    let (vocab, features) = features::features(&docs);
    let vectors: Vec<terms::Vectors> = features
        .par_iter()
        .map(|f| vocab.vectors(f, opts.entity_weight))
        .collect();
    drop(features);
    let pairs = candidates::candidate_pairs(&vectors, &vocab, opts);
    let dates: Vec<Option<NaiveDate>> = docs.iter().map(|a| a.published.map(|p| p.date)).collect();
    let scores = pair_scores(&vectors, &pairs, vocab.terms.len(), opts);
    drop(pairs);
    let initial = copy_groups(&docs, copies);
    // Placing each article in time (events) needs no stories: it runs beside
    // the linkage, which is one long sequential merge on a connected corpus.
    let (groups, placed) = rayon::join(
        || {
            linkage::components(&initial, &scores, opts.merge_threshold, docs.len())
                .into_par_iter()
                .flat_map_iter(|(groups, edges)| {
                    linkage::average_linkage(groups, &edges, &dates, opts)
                })
                .collect::<Vec<Vec<usize>>>()
        },
        || {
            docs.par_iter()
                .enumerate()
                .map(|(i, a)| place::place(i, a))
                .collect::<Vec<place::Placed>>()
        },
    );
    let copy_of = copy_originals(&docs, copies);
    let mut stories: Vec<Story> = groups
        .par_iter()
        .map(|members| events::story(&docs, &vectors, &vocab, members, &placed, &copy_of, opts))
        .collect();
    stories.sort_by(|a, b| a.articles.first().cmp(&b.articles.first()));
    stories
}

/// The articles sorted by id, each id once.
fn canonical_order(articles: &[Article]) -> Vec<&Article> {
    let mut docs: Vec<&Article> = articles.iter().collect();
    docs.sort_by(|a, b| a.id.cmp(&b.id));
    docs.dedup_by(|a, b| a.id == b.id);
    docs
}

/// The similarity of each pair (sorted by first article): cosine of all
/// terms, plus entity and title cosines. (The time gap is weighed between
/// clusters, see [`gap_penalty`].)
///
/// Pairs that share a first article are scored together: its vectors are
/// spread into dense arrays once, and each partner's terms look their
/// weights up there. A term the first article lacks adds exactly zero, so
/// the sums are those of [`terms::cosine`], term by term in id order.
fn pair_scores(
    vectors: &[terms::Vectors],
    pairs: &[(usize, usize)],
    terms: usize,
    opts: &ClusterOptions,
) -> linkage::Edges {
    let mut starts: Vec<usize> = (0..pairs.len())
        .filter(|&k| k == 0 || pairs[k].0 != pairs[k - 1].0)
        .collect();
    starts.push(pairs.len());
    starts
        .par_windows(2)
        .map_init(
            || terms::Dense::new(terms),
            |dense, w| {
                let group = &pairs[w[0]..w[1]];
                let Some(&(i, _)) = group.first() else {
                    return Vec::new();
                };
                let a = &vectors[i];
                dense.load(a);
                let out = group
                    .iter()
                    .map(|&(i, j)| {
                        let b = &vectors[j];
                        let s = dense.cosine_all(&b.all)
                            + opts.entity_score_weight * dense.cosine_entities(&b.entities)
                            + opts.title_score_weight * dense.cosine_title(&b.title);
                        ((i, j), s / score_scale(opts))
                    })
                    .collect::<Vec<_>>();
                dense.unload(a);
                out
            },
        )
        .flatten_iter()
        .collect()
}

/// The sum of the score weights: pair scores and penalties are divided by it.
fn score_scale(opts: &ClusterOptions) -> f64 {
    1.0 + opts.entity_score_weight + opts.title_score_weight
}

/// The publication-date span of a cluster, if any member has a date.
pub(crate) type Span = Option<(NaiveDate, NaiveDate)>;

pub(crate) fn join_spans(a: Span, b: Span) -> Span {
    match (a, b) {
        (Some(x), Some(y)) => Some((x.0.min(y.0), x.1.max(y.1))),
        (x, None) => x,
        (None, y) => y,
    }
}

/// The time-gap penalty between two clusters: it grows with the days
/// between their publication spans (zero when they overlap), so a story
/// that runs for months still grows report by report, while two clusters
/// far apart in time need more shared content to merge.
pub(crate) fn gap_penalty(a: Span, b: Span, opts: &ClusterOptions) -> f64 {
    let (Some(a), Some(b)) = (a, b) else {
        return 0.0;
    };
    let gap = if a.1 < b.0 {
        (b.0 - a.1).num_days()
    } else if b.1 < a.0 {
        (a.0 - b.1).num_days()
    } else {
        0
    };
    if gap <= opts.free_gap_days {
        return 0.0;
    }
    let p = (gap - opts.free_gap_days) as f64 * opts.gap_penalty_per_day;
    p.min(opts.max_gap_penalty) / score_scale(opts)
}

/// Copy → its original, as indices, for copies whose original is among `docs`.
fn copy_originals(docs: &[&Article], copies: &DedupResult) -> BTreeMap<usize, usize> {
    let index: BTreeMap<&DocumentId, usize> =
        docs.iter().enumerate().map(|(i, a)| (&a.id, i)).collect();
    copies
        .links
        .iter()
        .filter_map(|l| Some((*index.get(&l.copy)?, *index.get(&l.original)?)))
        .filter(|(c, o)| c != o)
        .collect()
}

/// The initial clusters: each copy with its original, every other article alone.
fn copy_groups(docs: &[&Article], copies: &DedupResult) -> Vec<Vec<usize>> {
    let index: BTreeMap<&DocumentId, usize> =
        docs.iter().enumerate().map(|(i, a)| (&a.id, i)).collect();
    let mut parent: Vec<usize> = (0..docs.len()).collect();
    fn find(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    for link in &copies.links {
        if let (Some(&a), Some(&b)) = (index.get(&link.copy), index.get(&link.original)) {
            let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
            if ra != rb {
                parent[ra.max(rb)] = ra.min(rb);
            }
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..docs.len() {
        let r = find(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    groups.into_values().collect()
}
