//! The de-duplication stage's output: which articles are copies of which,
//! and which articles share one independent source.
//!
//! Later stages count independent outlets by [`SourceGroupId`]: copies of one
//! text, and reports that credit the same wire agency, are one source.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::DocumentId;

/// How a copy was recognised.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum CopyKind {
    /// The normalised bodies are the same (case, punctuation and spacing aside).
    Exact,
    /// The bodies share most of their word 5-shingles (an edited re-post, a
    /// trimmed copy, a copy with another boilerplate line).
    Near,
}

/// One article found to be a copy of an earlier one.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CopyLink {
    /// The article that is a copy.
    pub copy: DocumentId,
    /// The first publication of the text: the earliest published article of
    /// the copy's copy set, then the smallest id.
    pub original: DocumentId,
    /// Whether the copy is exact or near.
    pub kind: CopyKind,
    /// Estimated Jaccard similarity of the two bodies' word 5-shingle sets
    /// (1.0 for an exact copy). Measured between `copy` and `original`: when
    /// the copy was made from another copy, it can be below the thresholds
    /// that linked each step of the chain.
    pub similarity: f32,
    /// Estimated share of the smaller shingle set found in the larger one
    /// (1.0 for an exact copy; near 1.0 for a trimmed copy).
    pub containment: f32,
}

/// The id of a group of articles that count as one independent source: the
/// id of its first article (earliest published, then smallest id).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SourceGroupId(pub DocumentId);

/// Every article's independent-source group. Copies of one text share a
/// group; so do reports that credit the same wire agency, and copies of them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndependenceGroups {
    /// Article → its group.
    pub group_of: BTreeMap<DocumentId, SourceGroupId>,
}

impl IndependenceGroups {
    /// The group of an article, if the article was de-duplicated.
    pub fn group(&self, article: &DocumentId) -> Option<&SourceGroupId> {
        self.group_of.get(article)
    }

    /// How many independent sources the given articles are: the number of
    /// distinct groups among them (an unknown article counts as its own group).
    pub fn independent_count<'a>(
        &self,
        articles: impl IntoIterator<Item = &'a DocumentId>,
    ) -> usize {
        let mut seen: Vec<&DocumentId> = articles
            .into_iter()
            .map(|a| self.group_of.get(a).map_or(a, |g| &g.0))
            .collect();
        seen.sort_unstable();
        seen.dedup();
        seen.len()
    }
}

/// Counts of what de-duplication found, for logs and benchmarks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DedupStats {
    /// Distinct articles seen (by id).
    pub articles: usize,
    /// Articles too short to compare (fewer words than the minimum).
    pub too_short: usize,
    /// Articles that are exact copies of an earlier one.
    pub exact_copies: usize,
    /// Articles that are near copies of an earlier one.
    pub near_copies: usize,
    /// Candidate pairs the LSH index proposed.
    pub candidate_pairs: usize,
    /// Candidate pairs verified as near copies.
    pub verified_pairs: usize,
    /// Independent-source groups.
    pub groups: usize,
}

/// What the de-duplication stage produces for a set of articles.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DedupResult {
    /// One link per article that is a copy, sorted by the copy's id.
    pub links: Vec<CopyLink>,
    /// Every article's independent-source group.
    pub groups: IndependenceGroups,
    /// Counts of what was found.
    pub stats: DedupStats,
}
