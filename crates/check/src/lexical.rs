//! Lexical alignment: claims without a slot value.
//!
//! - Shared phrases: a run of three content words ("joint patrol
//!   commission") written by two independent sources is a corroborated
//!   claim; runs that sit inside entity names, or in one group only, are not.
//! - Exclusives: a sentence with enough terms (entities and content
//!   words, quoted ones too: a quote only one outlet has is exclusive) that
//!   is aligned with nothing of another independence group and comes near
//!   no sentence of one (claim similarity below [`NEAR`]).
//!   Sentences of one group that say the same (a wire and its copy) become
//!   one exclusive with all of them as sources and one independent outlet.

use std::collections::{BTreeMap, BTreeSet};

use crate::align::{cosine, similarity, Bag};
use crate::finding::{Finding, FindingKind};
use crate::lexicon::is_stopword;
use crate::source_of;
use crate::statements::View;

/// Claim similarity (weighted cosine) at which a sentence of another group
/// may say the same, so the sentence is no exclusive.
const NEAR: f64 = 0.15;
/// Claim similarity at which two sentences of one group are one claim.
const COPY: f64 = 0.5;
/// Fewest terms of a sentence worth an exclusive.
const MIN_CONTENT: usize = 5;

/// Corroborated phrases of one event.
pub(crate) fn shared_phrases(views: &[View<'_>]) -> Vec<Finding> {
    // phrase -> (view, sentence) occurrences
    let mut seen: BTreeMap<String, BTreeSet<(usize, usize)>> = BTreeMap::new();
    for (vi, v) in views.iter().enumerate() {
        let in_mention = |pos: usize| v.art.mentions.iter().any(|m| m.start <= pos && pos < m.end);
        for (si, s) in v.sents.iter().enumerate() {
            if s.background {
                continue;
            }
            let words: Vec<Option<&str>> = v.toks[s.first..s.last]
                .iter()
                .filter(|t| !is_stopword(&t.word))
                .map(|t| {
                    let usable = !t.quoted
                        && !in_mention(t.start)
                        && t.word.chars().any(|c| c.is_alphabetic());
                    usable.then_some(t.word.as_str())
                })
                .collect();
            for w in words.windows(3) {
                if let [Some(a), Some(b), Some(c)] = w {
                    seen.entry(format!("{a} {b} {c}"))
                        .or_default()
                        .insert((vi, si));
                }
            }
        }
    }
    // Keep phrases in two groups or more; merge those with the same sentences.
    let mut by_places: BTreeMap<BTreeSet<(usize, usize)>, Vec<String>> = BTreeMap::new();
    for (phrase, places) in seen {
        let groups: BTreeSet<usize> = places.iter().map(|&(v, _)| views[v].group).collect();
        if groups.len() >= 2 {
            by_places.entry(places).or_default().push(phrase);
        }
    }
    by_places
        .into_iter()
        .map(|(places, phrases)| {
            let groups: BTreeSet<usize> = places.iter().map(|&(v, _)| views[v].group).collect();
            let label = chain(phrases).join(" / ");
            Finding {
                kind: FindingKind::Corroborated,
                slot: Some("claim".to_owned()),
                summary: format!("\"{label}\" ({} independent sources)", groups.len()),
                reason: None,
                independent_outlets: groups.len(),
                sources: places
                    .iter()
                    .map(|&(v, s)| source_of(views, v, s, Some(label.clone())))
                    .collect(),
                diff: None,
            }
        })
        .collect()
}

/// Overlapping word runs joined ("set joint patrol" + "joint patrol
/// commission" = "set joint patrol commission").
fn chain(mut phrases: Vec<String>) -> Vec<String> {
    loop {
        let mut joined = None;
        'outer: for i in 0..phrases.len() {
            for j in 0..phrases.len() {
                if i == j {
                    continue;
                }
                let a: Vec<&str> = phrases[i].split(' ').collect();
                let b: Vec<&str> = phrases[j].split(' ').collect();
                if a.len() >= 2 && b.len() >= 2 && a[a.len() - 2..] == b[..2] {
                    let mut w = a.clone();
                    w.extend_from_slice(&b[2..]);
                    joined = Some((i, j, w.join(" ")));
                    break 'outer;
                }
            }
        }
        match joined {
            Some((i, j, w)) => {
                phrases[i] = w;
                phrases.remove(j);
            }
            None => return phrases,
        }
    }
}

/// Exclusive claims of one event. `aligned` holds the (view, sentence)
/// pairs already aligned with another group by a slot, a quote or a claim;
/// a sentence is exclusive only when, besides, no sentence of another
/// group comes near it ([`NEAR`], a looser bar than the one for the same
/// claim: an exclusive must be one for sure).
pub(crate) fn exclusives(
    views: &[View<'_>],
    bags: &[Bag],
    idf: &BTreeMap<&str, f64>,
    aligned: &BTreeSet<(usize, usize)>,
) -> Vec<Finding> {
    let mut used: BTreeSet<(usize, usize)> = BTreeSet::new();
    let mut out = Vec::new();
    for a in bags {
        let (vi, si) = (a.view, a.sent);
        let v = &views[vi];
        if a.terms.len() < MIN_CONTENT || aligned.contains(&(vi, si)) || used.contains(&(vi, si)) {
            continue;
        }
        let mut same_group = vec![(vi, si)];
        let mut elsewhere = false;
        for b in bags {
            if b.view == vi {
                continue;
            }
            let c = cosine(a, b, idf);
            if views[b.view].group == v.group {
                if c >= COPY {
                    same_group.push((b.view, b.sent));
                }
            } else if similarity(a, b, idf) >= NEAR {
                elsewhere = true;
                break;
            }
        }
        if elsewhere {
            continue;
        }
        used.extend(same_group.iter().copied());
        let s = &v.sents[si];
        let text = v.art.body.get(s.start..s.end).unwrap_or("").trim();
        let short: String = text
            .split_whitespace()
            .take(14)
            .collect::<Vec<_>>()
            .join(" ");
        out.push(Finding {
            kind: FindingKind::Exclusive,
            slot: None,
            summary: format!(
                "only {}: {short}",
                v.art.outlet.as_deref().unwrap_or("one outlet")
            ),
            reason: None,
            independent_outlets: 1,
            sources: same_group
                .iter()
                .map(|&(a, b)| source_of(views, a, b, None))
                .collect(),
            diff: None,
        });
    }
    out
}
