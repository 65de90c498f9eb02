//! Scoring findings against a gold file (`demo/crosscheck/gold.json`, or the
//! seed gold `tests/data/seeds/crosscheck.json`: the same shape, `file` in
//! place of `article`).
//!
//! A found source *covers* a gold source when it is the same report and the
//! gold span occurs in the report's body overlapping the found sentence.
//! A gold conflict is found when one found conflict covers sources of two of
//! its sides; a found conflict that matches no gold conflict is false.
//! Other kinds are found when one finding of the kind covers two of the
//! gold entry's sources (one for exclusives). The bar: conflict
//! recall >= 0.9 and at most one false conflict.

use std::collections::{BTreeMap, BTreeSet};

use crosscheck_types::DocumentId;
use serde::{Deserialize, Serialize};

use crate::finding::{Finding, FindingKind, Source};

/// Gold for the cross-check (the fields the scorer reads; others ignored).
#[derive(Clone, Debug, Default, Deserialize)]
pub struct CrosscheckGold {
    /// Gold conflicts.
    #[serde(default)]
    pub conflicts: Vec<GoldConflict>,
    /// Differences that are not conflicts.
    #[serde(default)]
    pub non_conflicts: Vec<GoldEntry>,
    /// Claims backed by two independent sources or more.
    #[serde(default)]
    pub corroborated: Vec<GoldEntry>,
    /// Claims of one independent source.
    #[serde(default)]
    pub exclusive: Vec<GoldEntry>,
    /// One statement quoted in different words.
    #[serde(default)]
    pub quote_variants: Vec<GoldEntry>,
}

/// A gold source: a report and a short span of it.
#[derive(Clone, Debug, Deserialize)]
pub struct GoldSource {
    /// The report's key (its id in the demo, its file name in the seeds).
    #[serde(alias = "file")]
    pub article: String,
    /// Words of the report (at most 12).
    pub span: String,
}

/// One side of a gold conflict.
#[derive(Clone, Debug, Deserialize)]
pub struct GoldSide {
    /// The side's value.
    #[serde(default)]
    pub value: Option<String>,
    /// Its sources.
    pub sources: Vec<GoldSource>,
}

/// A gold conflict.
#[derive(Clone, Debug, Deserialize)]
pub struct GoldConflict {
    /// Its id, when the gold gives one.
    #[serde(default)]
    pub id: Option<String>,
    /// The sides.
    pub sides: Vec<GoldSide>,
}

/// A gold entry of any other kind.
#[derive(Clone, Debug, Deserialize)]
pub struct GoldEntry {
    /// Its id, when the gold gives one.
    #[serde(default)]
    pub id: Option<String>,
    /// Sources (`variants` for quote variants).
    #[serde(default, alias = "variants")]
    pub sources: Vec<GoldSource>,
    /// A single flat source (the seed gold's exclusives).
    #[serde(default, alias = "file")]
    pub article: Option<String>,
    /// The flat source's span.
    #[serde(default)]
    pub span: Option<String>,
}

impl GoldEntry {
    fn all_sources(&self) -> Vec<GoldSource> {
        let mut v = self.sources.clone();
        if let (Some(a), Some(s)) = (&self.article, &self.span) {
            v.push(GoldSource {
                article: a.clone(),
                span: s.clone(),
            });
        }
        v
    }
}

/// One report as the scorer needs it.
#[derive(Clone, Debug)]
pub struct ScoredArticle {
    /// Its document id (as in the findings' sources).
    pub id: DocumentId,
    /// Its key in the gold (`article` / `file`).
    pub key: String,
    /// The body the findings' offsets point into.
    pub body: String,
}

/// One event's reports and findings.
#[derive(Clone, Debug)]
pub struct ScoredEvent {
    /// The event's reports.
    pub articles: Vec<ScoredArticle>,
    /// What [`crate::crosscheck`] found.
    pub findings: Vec<Finding>,
}

/// Recall of one kind of finding.
#[derive(Clone, Debug, Default, Serialize)]
pub struct KindScore {
    /// Gold entries.
    pub gold: usize,
    /// Gold entries found.
    pub found: usize,
    /// found / gold (1 when there is no gold entry).
    pub recall: f64,
    /// Findings of the kind, matched or not.
    pub findings: usize,
    /// Ids of the gold entries not found.
    pub missed: Vec<String>,
}

/// Scores of a run against a gold file.
#[derive(Clone, Debug, Default, Serialize)]
pub struct CrosscheckScores {
    /// Conflict recall.
    pub conflicts: KindScore,
    /// Found conflicts that match no gold conflict.
    pub false_conflicts: usize,
    /// Their summaries.
    pub false_conflict_summaries: Vec<String>,
    /// Gold non-conflicts that a false conflict covers (two of its sources,
    /// with different values).
    pub conflicts_on_non_conflicts: Vec<String>,
    /// Corroborated recall.
    pub corroborated: KindScore,
    /// Exclusive recall.
    pub exclusive: KindScore,
    /// Quote-variant recall.
    pub quote_variants: KindScore,
    /// Gold exclusives backed by one group only (a copy and its original)
    /// that a found corroboration presents as corroborated.
    pub copy_only_counted_as_corroborated: Vec<String>,
    /// Conflict recall >= 0.9 and at most one false conflict.
    pub meets_bar: bool,
}

struct Corpus<'a> {
    by_id: BTreeMap<&'a DocumentId, &'a ScoredArticle>,
}

impl Corpus<'_> {
    fn covers(&self, s: &Source, g: &GoldSource) -> bool {
        let Some(a) = self.by_id.get(&s.article) else {
            return false;
        };
        if a.key != g.article || g.span.is_empty() {
            return false;
        }
        a.body
            .match_indices(g.span.as_str())
            .any(|(i, m)| i < s.sentence_end && i + m.len() > s.sentence_start)
    }

    /// Whether sources of `f` with two different values cover two of `sources`.
    fn covered_by_two_sides(&self, f: &Finding, sources: &[GoldSource]) -> bool {
        let values: Vec<BTreeSet<Option<&str>>> = sources
            .iter()
            .map(|g| {
                f.sources
                    .iter()
                    .filter(|s| self.covers(s, g))
                    .map(|s| s.value.as_deref())
                    .collect()
            })
            .collect();
        values.iter().enumerate().any(|(i, a)| {
            values
                .iter()
                .skip(i + 1)
                .any(|b| a.iter().any(|x| b.iter().any(|y| x != y)))
        })
    }

    fn covered(&self, f: &Finding, sources: &[GoldSource]) -> usize {
        sources
            .iter()
            .filter(|g| f.sources.iter().any(|s| self.covers(s, g)))
            .count()
    }
}

fn id_of(id: &Option<String>, list: &str, i: usize) -> String {
    id.clone().unwrap_or_else(|| format!("{list}[{i}]"))
}

fn kind_score(
    corpus: &Corpus<'_>,
    found: &[&Finding],
    gold: &[GoldEntry],
    list: &str,
    need: usize,
) -> KindScore {
    let mut k = KindScore {
        gold: gold.len(),
        findings: found.len(),
        ..KindScore::default()
    };
    for (i, g) in gold.iter().enumerate() {
        let srcs = g.all_sources();
        let need = need.min(srcs.len()).max(1);
        if found.iter().any(|f| corpus.covered(f, &srcs) >= need) {
            k.found += 1;
        } else {
            k.missed.push(id_of(&g.id, list, i));
        }
    }
    k.recall = if k.gold == 0 {
        1.0
    } else {
        k.found as f64 / k.gold as f64
    };
    k
}

/// Scores the findings of every event against `gold`.
pub fn score(events: &[ScoredEvent], gold: &CrosscheckGold) -> CrosscheckScores {
    let corpus = Corpus {
        by_id: events
            .iter()
            .flat_map(|e| e.articles.iter().map(|a| (&a.id, a)))
            .collect(),
    };
    let all: Vec<&Finding> = events.iter().flat_map(|e| e.findings.iter()).collect();
    let of =
        |k: FindingKind| -> Vec<&Finding> { all.iter().copied().filter(|f| f.kind == k).collect() };
    let conflicts = of(FindingKind::Conflict);
    let matches = |f: &Finding, g: &GoldConflict| {
        g.sides
            .iter()
            .filter(|side| corpus.covered(f, &side.sources) > 0)
            .count()
            >= 2
    };
    let mut out = CrosscheckScores {
        conflicts: KindScore {
            gold: gold.conflicts.len(),
            findings: conflicts.len(),
            ..KindScore::default()
        },
        ..CrosscheckScores::default()
    };
    for (i, g) in gold.conflicts.iter().enumerate() {
        if conflicts.iter().any(|f| matches(f, g)) {
            out.conflicts.found += 1;
        } else {
            out.conflicts.missed.push(id_of(&g.id, "conflicts", i));
        }
    }
    out.conflicts.recall = if out.conflicts.gold == 0 {
        1.0
    } else {
        out.conflicts.found as f64 / out.conflicts.gold as f64
    };
    for f in &conflicts {
        if !gold.conflicts.iter().any(|g| matches(f, g)) {
            out.false_conflicts += 1;
            out.false_conflict_summaries.push(f.summary.clone());
        }
    }
    for (i, g) in gold.non_conflicts.iter().enumerate() {
        let srcs = g.all_sources();
        // A true conflict may share sentences with a non-conflict (one
        // sentence gives a place and a time); only unmatched ones count.
        let hit = conflicts.iter().any(|f| {
            !gold.conflicts.iter().any(|g| matches(f, g)) && corpus.covered_by_two_sides(f, &srcs)
        });
        if hit {
            out.conflicts_on_non_conflicts
                .push(id_of(&g.id, "non_conflicts", i));
        }
    }
    let corroborated = of(FindingKind::Corroborated);
    out.corroborated = kind_score(
        &corpus,
        &corroborated,
        &gold.corroborated,
        "corroborated",
        2,
    );
    out.exclusive = kind_score(
        &corpus,
        &of(FindingKind::Exclusive),
        &gold.exclusive,
        "exclusive",
        1,
    );
    out.quote_variants = kind_score(
        &corpus,
        &of(FindingKind::QuoteVariant),
        &gold.quote_variants,
        "quote_variants",
        2,
    );
    for (i, g) in gold.exclusive.iter().enumerate() {
        let srcs = g.all_sources();
        if srcs.len() >= 2 && corroborated.iter().any(|f| corpus.covered(f, &srcs) >= 2) {
            out.copy_only_counted_as_corroborated
                .push(id_of(&g.id, "exclusive", i));
        }
    }
    out.meets_bar = out.conflicts.recall >= 0.9 && out.false_conflicts <= 1;
    out
}
