//! Scores of a clustering (stories, events, copies) against a gold file.
//!
//! The gold file is the one `demo/cluster/gold.json` uses:
//! `{ stories: [{ id, events: [{ id, articles: [source] }] }], copies: [{ copy, original }] }`,
//! where an article is named by its `source` (the JSON Lines `id` of the
//! report, or its input path). Scores are pairwise precision/recall (over all
//! pairs of gold articles: same cluster or not) and B-cubed precision/recall.
//! Gold articles the prediction lacks count as singletons; predicted articles
//! the gold does not name are reported, not scored.
//!
//! It does not cluster anything: the caller gives the predicted story and
//! event of each article.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// Why a clustering gold file could not be read.
#[derive(Debug, Error)]
pub enum ClusterGoldError {
    /// The file could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The gold file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The file is not a clustering gold file.
    #[error("{path}: not a clustering gold file: {source}")]
    Parse {
        /// The gold file.
        path: PathBuf,
        /// The underlying error.
        source: serde_json::Error,
    },
    /// One article is placed in two gold events.
    #[error("{path}: article {article} is in two gold events ({first} and {second})")]
    TwoEvents {
        /// The gold file.
        path: PathBuf,
        /// The article's source.
        article: String,
        /// The first event naming it.
        first: String,
        /// The second event naming it.
        second: String,
    },
}

/// A clustering gold file.
#[derive(Clone, Debug, Deserialize)]
pub struct ClusterGold {
    /// The gold stories.
    pub stories: Vec<GoldStory>,
    /// The gold copy links (copy → original), by source.
    #[serde(default)]
    pub copies: Vec<GoldCopy>,
}

/// A gold story.
#[derive(Clone, Debug, Deserialize)]
pub struct GoldStory {
    /// The story's gold id.
    pub id: String,
    /// Its events.
    pub events: Vec<GoldEvent>,
}

/// A gold event.
#[derive(Clone, Debug, Deserialize)]
pub struct GoldEvent {
    /// The event's gold id.
    pub id: String,
    /// Its articles, by source.
    pub articles: Vec<String>,
}

/// A gold copy link, by source.
#[derive(Clone, Debug, Deserialize)]
pub struct GoldCopy {
    /// The copy.
    pub copy: String,
    /// What it copies.
    pub original: String,
}

impl ClusterGold {
    /// Reads and checks a gold file.
    pub fn load(path: &Path) -> Result<Self, ClusterGoldError> {
        let text = std::fs::read_to_string(path).map_err(|source| ClusterGoldError::Io {
            path: path.to_owned(),
            source,
        })?;
        let gold: ClusterGold =
            serde_json::from_str(&text).map_err(|source| ClusterGoldError::Parse {
                path: path.to_owned(),
                source,
            })?;
        let mut seen: BTreeMap<&str, &str> = BTreeMap::new();
        for event in gold.stories.iter().flat_map(|s| &s.events) {
            for article in &event.articles {
                if let Some(first) = seen.insert(article, &event.id) {
                    return Err(ClusterGoldError::TwoEvents {
                        path: path.to_owned(),
                        article: article.clone(),
                        first: first.to_owned(),
                        second: event.id.clone(),
                    });
                }
            }
        }
        Ok(gold)
    }

    /// The gold (story, event) of each article source.
    fn labels(&self) -> BTreeMap<String, (String, String)> {
        let mut labels = BTreeMap::new();
        for story in &self.stories {
            for event in &story.events {
                for article in &event.articles {
                    labels.insert(article.clone(), (story.id.clone(), event.id.clone()));
                }
            }
        }
        labels
    }
}

/// One predicted article: its source, story and event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PredictedPlacement {
    /// The article's source (JSON Lines id or input path).
    pub source: String,
    /// The predicted story id.
    pub story: String,
    /// The predicted event id.
    pub event: String,
}

/// Pairwise and B-cubed precision, recall and F1 of one partition.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct PartitionScores {
    /// Share of predicted same-cluster pairs that the gold also joins.
    pub pairwise_precision: f64,
    /// Share of gold same-cluster pairs that the prediction also joins.
    pub pairwise_recall: f64,
    /// Harmonic mean of the two.
    pub pairwise_f1: f64,
    /// B-cubed precision (mean over articles).
    pub bcubed_precision: f64,
    /// B-cubed recall (mean over articles).
    pub bcubed_recall: f64,
    /// Harmonic mean of the two.
    pub bcubed_f1: f64,
}

/// Precision and recall of the copies found, over pairs of articles in one
/// copy group.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct CopyScores {
    /// Pairs of articles in one gold copy group.
    pub gold: usize,
    /// Pairs of gold articles in one predicted copy group.
    pub predicted: usize,
    /// Predicted pairs that the gold also has.
    pub correct: usize,
    /// `correct / predicted` (1 when nothing was predicted).
    pub precision: f64,
    /// `correct / gold` (1 when the gold has none).
    pub recall: f64,
}

/// The full clustering report `crosscheck eval cluster` prints.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ClusterReport {
    /// Gold articles scored.
    pub articles: usize,
    /// Gold articles missing from the prediction (scored as singletons).
    pub missing: Vec<String>,
    /// Predicted articles the gold does not name (not scored).
    pub unknown: Vec<String>,
    /// Gold stories and predicted stories.
    pub gold_stories: usize,
    /// Predicted stories holding at least one gold article.
    pub predicted_stories: usize,
    /// Gold events.
    pub gold_events: usize,
    /// Predicted events holding at least one gold article.
    pub predicted_events: usize,
    /// Story scores.
    pub stories: PartitionScores,
    /// Event scores (an event is only ever within one story, so events are
    /// scored as a partition of their own).
    pub events: PartitionScores,
    /// Copy-link scores.
    pub copies: CopyScores,
}

/// Scores a predicted clustering and copy links (copy, original, by source)
/// against the gold.
pub fn score_clustering(
    gold: &ClusterGold,
    predicted: &[PredictedPlacement],
    predicted_copies: &[(String, String)],
) -> ClusterReport {
    let gold_labels = gold.labels();
    let mut story_of = BTreeMap::new();
    let mut event_of = BTreeMap::new();
    let mut unknown = Vec::new();
    for p in predicted {
        if gold_labels.contains_key(&p.source) {
            story_of.insert(p.source.clone(), p.story.clone());
            event_of.insert(p.source.clone(), format!("{}\u{1f}{}", p.story, p.event));
        } else {
            unknown.push(p.source.clone());
        }
    }
    unknown.sort();
    let missing: Vec<String> = gold_labels
        .keys()
        .filter(|s| !story_of.contains_key(*s))
        .cloned()
        .collect();
    let gold_story: BTreeMap<String, String> = gold_labels
        .iter()
        .map(|(a, (s, _))| (a.clone(), s.clone()))
        .collect();
    let gold_event: BTreeMap<String, String> = gold_labels
        .iter()
        .map(|(a, (_, e))| (a.clone(), e.clone()))
        .collect();
    let distinct = |m: &BTreeMap<String, String>| m.values().collect::<BTreeSet<_>>().len();
    ClusterReport {
        articles: gold_labels.len(),
        missing,
        unknown,
        gold_stories: distinct(&gold_story),
        predicted_stories: distinct(&story_of),
        gold_events: distinct(&gold_event),
        predicted_events: distinct(&event_of),
        stories: partition_scores(&story_of, &gold_story),
        events: partition_scores(&event_of, &gold_event),
        copies: copy_scores(gold, &gold_labels, predicted_copies),
    }
}

fn copy_scores(
    gold: &ClusterGold,
    gold_labels: &BTreeMap<String, (String, String)>,
    predicted: &[(String, String)],
) -> CopyScores {
    let gold_links: Vec<(String, String)> = gold
        .copies
        .iter()
        .map(|c| (c.copy.clone(), c.original.clone()))
        .collect();
    let known: Vec<(String, String)> = predicted
        .iter()
        .filter(|(c, o)| gold_labels.contains_key(c) && gold_labels.contains_key(o))
        .cloned()
        .collect();
    let gold_pairs = copy_group_pairs(&gold_links);
    let predicted_pairs = copy_group_pairs(&known);
    let correct = predicted_pairs.intersection(&gold_pairs).count();
    CopyScores {
        gold: gold_pairs.len(),
        predicted: predicted_pairs.len(),
        correct,
        precision: ratio(correct, predicted_pairs.len()),
        recall: ratio(correct, gold_pairs.len()),
    }
}

/// Every unordered pair of articles in one copy group (the articles joined
/// by copy links, whichever of them is called the original): which of two
/// identical reports is the original is not a copy-detection error.
fn copy_group_pairs(links: &[(String, String)]) -> BTreeSet<(String, String)> {
    let mut parent: BTreeMap<String, String> = BTreeMap::new();
    fn root(parent: &BTreeMap<String, String>, x: &str) -> String {
        let mut r = x.to_owned();
        while let Some(p) = parent.get(&r).filter(|p| **p != r) {
            r = p.clone();
        }
        r
    }
    for (a, b) in links {
        parent.entry(a.clone()).or_insert_with(|| a.clone());
        parent.entry(b.clone()).or_insert_with(|| b.clone());
        let (ra, rb) = (root(&parent, a), root(&parent, b));
        if ra != rb {
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            parent.insert(hi, lo);
        }
    }
    let mut groups: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let members: Vec<String> = parent.keys().cloned().collect();
    for m in members {
        let r = root(&parent, &m);
        groups.entry(r).or_default().push(m);
    }
    let mut pairs = BTreeSet::new();
    for members in groups.values() {
        for (i, a) in members.iter().enumerate() {
            for b in &members[i + 1..] {
                pairs.insert((a.clone(), b.clone()));
            }
        }
    }
    pairs
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        1.0
    } else {
        part as f64 / whole as f64
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// Pairwise and B-cubed scores of `pred` against `gold` over the gold's
/// articles; an article missing from `pred` is a singleton.
pub fn partition_scores(
    pred: &BTreeMap<String, String>,
    gold: &BTreeMap<String, String>,
) -> PartitionScores {
    let ids: Vec<&String> = gold.keys().collect();
    let label = |m: &BTreeMap<String, String>, id: &String| {
        m.get(id)
            .cloned()
            .unwrap_or_else(|| format!("\u{1f}alone:{id}"))
    };
    let pred_label: Vec<String> = ids.iter().map(|id| label(pred, id)).collect();
    let gold_label: Vec<String> = ids.iter().map(|id| label(gold, id)).collect();
    // Pair counts from cluster sizes: no pairwise loop over the articles.
    let mut pred_size: BTreeMap<&str, usize> = BTreeMap::new();
    let mut gold_size: BTreeMap<&str, usize> = BTreeMap::new();
    let mut both_size: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    for (p, g) in pred_label.iter().zip(&gold_label) {
        *pred_size.entry(p).or_default() += 1;
        *gold_size.entry(g).or_default() += 1;
        *both_size.entry((p, g)).or_default() += 1;
    }
    let pairs = |n: usize| n * n.saturating_sub(1) / 2;
    let tp: usize = both_size.values().map(|&n| pairs(n)).sum();
    let pp: usize = pred_size.values().map(|&n| pairs(n)).sum();
    let gp: usize = gold_size.values().map(|&n| pairs(n)).sum();
    let (pairwise_precision, pairwise_recall) = (ratio(tp, pp), ratio(tp, gp));
    let (mut bp, mut br) = (0.0, 0.0);
    for (p, g) in pred_label.iter().zip(&gold_label) {
        let both = both_size[&(p.as_str(), g.as_str())] as f64;
        bp += both / pred_size[p.as_str()] as f64;
        br += both / gold_size[g.as_str()] as f64;
    }
    let n = ids.len().max(1) as f64;
    let (bcubed_precision, bcubed_recall) = if ids.is_empty() {
        (1.0, 1.0)
    } else {
        (bp / n, br / n)
    };
    PartitionScores {
        pairwise_precision,
        pairwise_recall,
        pairwise_f1: f1(pairwise_precision, pairwise_recall),
        bcubed_precision,
        bcubed_recall,
        bcubed_f1: f1(bcubed_precision, bcubed_recall),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
            .collect()
    }

    #[test]
    fn perfect_partition_scores_one() {
        let gold = map(&[("a", "1"), ("b", "1"), ("c", "2")]);
        let pred = map(&[("a", "x"), ("b", "x"), ("c", "y")]);
        let s = partition_scores(&pred, &gold);
        assert_eq!(s.pairwise_f1, 1.0);
        assert_eq!(s.bcubed_f1, 1.0);
    }

    #[test]
    fn one_big_cluster_has_full_recall_and_low_precision() {
        let gold = map(&[("a", "1"), ("b", "1"), ("c", "2"), ("d", "2")]);
        let pred = map(&[("a", "x"), ("b", "x"), ("c", "x"), ("d", "x")]);
        let s = partition_scores(&pred, &gold);
        assert_eq!(s.pairwise_recall, 1.0);
        assert!((s.pairwise_precision - 2.0 / 6.0).abs() < 1e-9);
        assert!((s.bcubed_precision - 0.5).abs() < 1e-9);
    }

    #[test]
    fn missing_articles_are_singletons() {
        let gold = map(&[("a", "1"), ("b", "1")]);
        let pred = map(&[("a", "x")]);
        let s = partition_scores(&pred, &gold);
        assert_eq!(s.pairwise_recall, 0.0);
        assert_eq!(s.pairwise_precision, 1.0);
    }

    #[test]
    fn copies_are_scored_by_copy_group() {
        let gold: ClusterGold = serde_json::from_str(
            r#"{"stories":[{"id":"S","events":[{"id":"E","articles":["a","b","c"]}]}],
                "copies":[{"copy":"b","original":"a"},{"copy":"c","original":"a"}]}"#,
        )
        .unwrap();
        let predicted: Vec<PredictedPlacement> = ["a", "b", "c", "z"]
            .iter()
            .map(|s| PredictedPlacement {
                source: (*s).to_owned(),
                story: "s1".into(),
                event: "e1".into(),
            })
            .collect();
        // c is linked to b, not a: the same copy group, so all right.
        let copies = vec![
            ("a".to_owned(), "b".to_owned()),
            ("c".to_owned(), "b".to_owned()),
        ];
        let report = score_clustering(&gold, &predicted, &copies);
        assert_eq!(report.unknown, vec!["z".to_owned()]);
        assert_eq!(report.copies.gold, 3);
        assert_eq!(report.copies.correct, 3);
        assert_eq!(report.copies.precision, 1.0);
        // Missing c's link loses two of the three pairs.
        let report = score_clustering(&gold, &predicted, &copies[..1]);
        assert_eq!(report.copies.correct, 1);
        assert!((report.copies.recall - 1.0 / 3.0).abs() < 1e-9);
        assert_eq!(report.stories.pairwise_f1, 1.0);
    }
}
