//! Claim alignment by participants and predicate: two sentences of
//! different independence groups state the same claim when the entities
//! they name (by identity, so aliases agree) and the stems of their other
//! content words overlap enough, each term weighted by how rare it is in
//! the event (a word every report repeats says little).
//!
//! A sentence is a bag of terms: `@entity` for each entity mention (the
//! words of the mention are not terms themselves) and a stem for each
//! other content word, quoted or not. Similarity is the cosine of the
//! IDF-weighted bags, with a floor on the number of shared terms and on
//! the shared predicate words (two sentences naming the same parties but
//! saying different things about them are not one claim). Negation must
//! agree: "reached an agreement" and "no agreement was reached" share
//! every term but are not the same claim.
//!
//! It does not parse: participants are the sentence's entities, the
//! predicate its other content words.

use std::collections::{BTreeMap, BTreeSet};

use crate::finding::{Finding, FindingKind};
use crate::lexicon::{is_negation, is_stopword, predicate_class, stem};
use crate::source_of;
use crate::statements::View;

/// Cosine at which two sentences of different groups state one claim.
pub(crate) const SAME_CLAIM: f64 = 0.2;
/// How much a difference in negation lowers the similarity.
const NEGATION_PENALTY: f64 = 0.6;
/// Fewest shared terms of two aligned sentences.
const MIN_SHARED: usize = 3;
/// Fewest shared predicate (non-entity) stems of two aligned sentences.
const MIN_SHARED_WORDS: usize = 2;

/// One sentence as a bag of terms.
pub(crate) struct Bag {
    pub view: usize,
    pub sent: usize,
    pub terms: BTreeSet<String>,
    pub negated: bool,
}

/// The bags of every live (not background) sentence of the event.
pub(crate) fn bags(views: &[View<'_>]) -> Vec<Bag> {
    let mut out = Vec::new();
    for (vi, v) in views.iter().enumerate() {
        for (si, s) in v.sents.iter().enumerate() {
            if s.background {
                continue;
            }
            let mut terms = BTreeSet::new();
            for m in &v.art.mentions {
                if m.start >= s.start && m.start < s.end {
                    terms.insert(format!("@{}", m.entity));
                }
            }
            let in_mention =
                |pos: usize| v.art.mentions.iter().any(|m| m.start <= pos && pos < m.end);
            let mut negated = false;
            for t in &v.toks[s.first..s.last] {
                negated |= is_negation(&t.word);
                if let Some(c) = predicate_class(&t.word) {
                    terms.insert(format!("#{c}"));
                }
                if is_stopword(&t.word)
                    || in_mention(t.start)
                    || !t.word.chars().any(char::is_alphabetic)
                {
                    continue;
                }
                terms.insert(stem(&t.word));
            }
            out.push(Bag {
                view: vi,
                sent: si,
                terms,
                negated,
            });
        }
    }
    out
}

/// Inverse document frequency of each term over the bags.
pub(crate) fn idf(bags: &[Bag]) -> BTreeMap<&str, f64> {
    let mut df: BTreeMap<&str, usize> = BTreeMap::new();
    for b in bags {
        for t in &b.terms {
            *df.entry(t.as_str()).or_default() += 1;
        }
    }
    let n = bags.len().max(1) as f64;
    df.into_iter()
        .map(|(t, d)| (t, (1.0 + n / d as f64).ln()))
        .collect()
}

/// Weighted cosine of two bags, or 0 when they share too little.
pub(crate) fn similarity(a: &Bag, b: &Bag, idf: &BTreeMap<&str, f64>) -> f64 {
    let shared: Vec<&String> = a.terms.intersection(&b.terms).collect();
    let words = shared.iter().filter(|t| !t.starts_with('@')).count();
    let classes = shared.iter().filter(|t| t.starts_with('#')).count();
    // Two plain words in common (a title, "foreign minister") are not yet a
    // shared predicate; a shared predicate class or a third word is.
    let predicate = words > MIN_SHARED_WORDS || (words == MIN_SHARED_WORDS && classes > 0);
    if shared.len() < MIN_SHARED || !predicate {
        return 0.0;
    }
    cosine(a, b, idf)
}

/// Weighted cosine of two bags, lowered when one side is negated and the
/// other not (a whole-sentence flag is too coarse to rule the pair out).
pub(crate) fn cosine(a: &Bag, b: &Bag, idf: &BTreeMap<&str, f64>) -> f64 {
    let w = |t: &str| idf.get(t).copied().unwrap_or(0.0);
    let dot: f64 = a.terms.intersection(&b.terms).map(|t| w(t).powi(2)).sum();
    let na: f64 = a.terms.iter().map(|t| w(t).powi(2)).sum();
    let nb: f64 = b.terms.iter().map(|t| w(t).powi(2)).sum();
    if na == 0.0 || nb == 0.0 {
        return 0.0;
    }
    let negation = if a.negated == b.negated {
        1.0
    } else {
        NEGATION_PENALTY
    };
    negation * dot / (na.sqrt() * nb.sqrt())
}

/// A pair of sentences (view, sentence) of different groups that state
/// one claim, with their similarity.
pub(crate) type Pair = ((usize, usize), (usize, usize), f64);

/// Pairs of sentences of different groups that state one claim.
pub(crate) fn aligned(views: &[View<'_>], bags: &[Bag]) -> Vec<Pair> {
    let idf = idf(bags);
    let mut out = Vec::new();
    for (i, a) in bags.iter().enumerate() {
        for b in &bags[i + 1..] {
            if views[a.view].group == views[b.view].group {
                continue;
            }
            let sim = similarity(a, b, &idf);
            if sim > 0.0 {
                let text = |x: &Bag| {
                    let v = &views[x.view];
                    let s = &v.sents[x.sent];
                    v.art
                        .body
                        .get(s.start..s.end)
                        .unwrap_or("")
                        .chars()
                        .take(90)
                        .collect::<String>()
                };
                tracing::trace!(sim, a = %text(a), b = %text(b), "sentence pair");
            }
            if sim >= SAME_CLAIM {
                out.push(((a.view, a.sent), (b.view, b.sent), sim));
            }
        }
    }
    out
}

/// Clusters of items by linkage over scored pairs, strongest pairs first:
/// an item joins a cluster only when it is paired with at least `share` of
/// its members (1.0: complete linkage), not counting members `exempt` from
/// it (a copy in the same independence group). A chain of loosely similar
/// items never becomes one cluster; each item is in one cluster at most.
/// Clusters of two or more, members sorted.
pub(crate) fn linkage(
    pairs: &[(usize, usize, f64)],
    share: f64,
    exempt: impl Fn(usize, usize) -> bool,
) -> Vec<Vec<usize>> {
    let linked: BTreeSet<(usize, usize)> = pairs
        .iter()
        .flat_map(|&(a, b, _)| [(a, b), (b, a)])
        .collect();
    let mut order: Vec<&(usize, usize, f64)> = pairs.iter().collect();
    order.sort_by(|x, y| {
        y.2.total_cmp(&x.2)
            .then_with(|| (x.0, x.1).cmp(&(y.0, y.1)))
    });
    let mut clusters: Vec<Vec<usize>> = Vec::new();
    let mut home: BTreeMap<usize, usize> = BTreeMap::new();
    let fits = |cluster: &[usize], x: usize| {
        let others: Vec<usize> = cluster.iter().copied().filter(|&m| !exempt(m, x)).collect();
        let near = others.iter().filter(|&&m| linked.contains(&(m, x))).count();
        near as f64 >= share * others.len() as f64
    };
    for &&(a, b, _) in &order {
        match (home.get(&a).copied(), home.get(&b).copied()) {
            (None, None) => {
                home.insert(a, clusters.len());
                home.insert(b, clusters.len());
                clusters.push(vec![a, b]);
            }
            (Some(c), None) if fits(&clusters[c], b) => {
                home.insert(b, c);
                clusters[c].push(b);
            }
            (None, Some(c)) if fits(&clusters[c], a) => {
                home.insert(a, c);
                clusters[c].push(a);
            }
            _ => {}
        }
    }
    for c in &mut clusters {
        c.sort_unstable();
    }
    clusters
}

/// Corroborated claims: aligned sentences joined by complete linkage (a
/// sentence joins a claim only when it is aligned with every sentence of
/// it from another group).
pub(crate) fn corroborated(views: &[View<'_>], pairs: &[Pair]) -> Vec<Finding> {
    let mut keys: Vec<(usize, usize)> = pairs.iter().flat_map(|&(a, b, _)| [a, b]).collect();
    keys.sort_unstable();
    keys.dedup();
    let idx = |k: (usize, usize)| keys.binary_search(&k).unwrap_or(0);
    let scored: Vec<(usize, usize, f64)> =
        pairs.iter().map(|&(a, b, s)| (idx(a), idx(b), s)).collect();
    let claims: Vec<Vec<(usize, usize)>> = linkage(&scored, 1.0, |x, y| {
        views[keys[x].0].group == views[keys[y].0].group
    })
    .into_iter()
    .map(|c| c.into_iter().map(|i| keys[i]).collect())
    .collect();
    claims
        .into_iter()
        .map(|mut places| {
            places.sort();
            let groups: BTreeSet<usize> = places.iter().map(|&(v, _)| views[v].group).collect();
            let (v0, s0) = places[0];
            let first = views[v0]
                .art
                .body
                .get(views[v0].sents[s0].start..views[v0].sents[s0].end)
                .unwrap_or("")
                .split_whitespace()
                .take(14)
                .collect::<Vec<_>>()
                .join(" ");
            Finding {
                kind: FindingKind::Corroborated,
                slot: Some("claim".to_owned()),
                summary: format!("\"{first}\" ({} independent sources)", groups.len()),
                reason: None,
                independent_outlets: groups.len(),
                sources: places
                    .iter()
                    .map(|&(v, s)| source_of(views, v, s, Some("same claim".to_owned())))
                    .collect(),
                diff: None,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bag(terms: &[&str], negated: bool) -> Bag {
        Bag {
            view: 0,
            sent: 0,
            terms: terms.iter().map(|t| (*t).to_owned()).collect(),
            negated,
        }
    }

    #[test]
    fn shared_participants_without_a_shared_predicate_do_not_align() {
        let a = bag(&["@a", "@b", "forei", "minis", "chair"], false);
        let b = bag(&["@a", "@b", "forei", "minis", "first"], false);
        let c = bag(&["@a", "@b", "#thank", "effor", "sincer"], false);
        let d = bag(&["@a", "@b", "#thank", "effor", "dedic"], false);
        let bags = [a, b, c, d];
        let idf = idf(&bags);
        // Two plain words in common: a title, not a claim.
        assert_eq!(similarity(&bags[0], &bags[1], &idf), 0.0);
        assert!(similarity(&bags[2], &bags[3], &idf) > SAME_CLAIM);
        // Negation on one side only lowers the similarity.
        let mut e = bag(&["@a", "@b", "#thank", "effor", "dedic"], true);
        e.view = 1;
        assert!(cosine(&bags[2], &e, &idf) < cosine(&bags[2], &bags[3], &idf));
    }

    #[test]
    fn linkage_does_not_chain() {
        // 0-1 and 1-2 are close, 0-2 are not: complete linkage keeps 2 out.
        let pairs = [(0, 1, 0.9), (1, 2, 0.8)];
        assert_eq!(linkage(&pairs, 1.0, |_, _| false), vec![vec![0, 1]]);
        // Half linkage lets an item in that is close to half the members.
        assert_eq!(linkage(&pairs, 0.5, |_, _| false), vec![vec![0, 1, 2]]);
        // An exempt member (a copy in the same group) is not asked.
        assert_eq!(linkage(&pairs, 1.0, |a, b| a + b == 2), vec![vec![0, 1, 2]]);
    }
}
