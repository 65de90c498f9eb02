//! Quotes across reports: the same words by different speakers (a speaker
//! conflict), one speaker's statement in different words (a quote variant,
//! with the word-level difference), and the same words by the same speaker
//! from two independent sources (a corroborated statement).
//!
//! Two quotes of one speaker are "the same statement" when most words of
//! the shorter are in the longer (word-set containment), or when most of
//! the lighter one's terms (entity ids, content stems and predicate
//! classes, weighted by rarity in the event) are in the other: a direct
//! quote and its paraphrase, across reports or in two sentences of one
//! report. A statement given by two groups is also a corroborated
//! statement. A speaker conflict asks for more (nearly the same words),
//! since unrelated quotes share function words; when those words differ
//! the statement is also a variant with a disputed speaker.
//! Quotes with an unknown speaker are never in a speaker conflict, nor a
//! place speaking for a government beside that government, nor a speaker
//! only reported in indirect speech (two people may say the same thing).

use std::collections::{BTreeMap, BTreeSet};

use similar::ChangeTag;

use crate::align::linkage;
use crate::finding::{Finding, FindingKind};
use crate::input::QuoteMode;
use crate::lexicon::{is_stopword, predicate_class, stem};
use crate::source_of;
use crate::statements::View;
use crate::union_find::UnionFind;

/// Containment above which two quotes of one speaker are one statement.
const SAME_STATEMENT: f64 = 0.6;
/// Containment above which two quotes are the same words.
const SAME_WORDS: f64 = 0.8;
/// Quotes shorter than this (in words) are not compared.
const MIN_WORDS: usize = 4;
/// Weighted term containment above which two quotes of one speaker are
/// one statement in other words.
const SAME_CLAIM_WEIGHT: f64 = 0.28;
/// Fewest shared terms of two renderings of one statement.
const MIN_SHARED_TERMS: usize = 3;

struct Q<'a> {
    view: usize,
    sent: usize,
    start: usize,
    end: usize,
    text: &'a str,
    mode: QuoteMode,
    speaker: Option<&'a str>,
    words: BTreeSet<String>,
    /// Entity ids and content stems (as the claim alignment's bags).
    terms: BTreeSet<String>,
    norm: String,
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect()
}

fn containment(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f64 {
    let small = a.len().min(b.len());
    if small == 0 {
        return 0.0;
    }
    a.intersection(b).count() as f64 / small as f64
}

/// The terms of the body between `start` and `end`: entity ids for
/// mentions, stems for other content words.
fn terms(v: &View<'_>, start: usize, end: usize) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for m in &v.art.mentions {
        if m.start >= start && m.start < end {
            out.insert(format!("@{}", m.entity));
        }
    }
    let in_mention = |pos: usize| v.art.mentions.iter().any(|m| m.start <= pos && pos < m.end);
    for t in &v.toks[v.tok_at(start)..v.tok_at(end)] {
        if let Some(c) = predicate_class(&t.word) {
            out.insert(format!("#{c}"));
        }
        if !is_stopword(&t.word) && !in_mention(t.start) && t.word.chars().any(char::is_alphabetic)
        {
            out.insert(stem(&t.word));
        }
    }
    out
}

/// How much of the lighter of two term sets the other holds, by weight;
/// 0 when fewer than [`MIN_SHARED_TERMS`] terms are shared.
fn weighted_containment(
    a: &BTreeSet<String>,
    b: &BTreeSet<String>,
    idf: &BTreeMap<&str, f64>,
) -> f64 {
    let w = |t: &String| idf.get(t.as_str()).copied().unwrap_or(1.0);
    let shared: Vec<&String> = a.intersection(b).collect();
    let words = shared.iter().filter(|t| !t.starts_with('@')).count();
    let classes = shared.iter().filter(|t| t.starts_with('#')).count();
    // Short renderings share little: two predicate words, one of them a
    // class ("negotiations are over" / "negotiations ... ended"), will do.
    let enough = words >= 2 && (shared.len() >= MIN_SHARED_TERMS || classes >= 1);
    if !enough {
        return 0.0;
    }
    let s: f64 = shared.iter().map(|t| w(t)).sum();
    let wa: f64 = a.iter().map(w).sum();
    let wb: f64 = b.iter().map(w).sum();
    let small = wa.min(wb);
    if small == 0.0 {
        0.0
    } else {
        s / small
    }
}

/// The quote findings of one event. `idf` weighs the terms (from the
/// event's sentences).
pub(crate) fn compare_quotes(views: &[View<'_>], idf: &BTreeMap<&str, f64>) -> Vec<Finding> {
    let mut qs = Vec::new();
    for (vi, v) in views.iter().enumerate() {
        for q in &v.art.quotes {
            let Some(sent) = v.sentence_at(q.start) else {
                continue;
            };
            if v.sents[sent].background {
                continue;
            }
            let w = words(&q.text);
            if w.len() < MIN_WORDS {
                continue;
            }
            qs.push(Q {
                view: vi,
                sent,
                start: q.start,
                end: q.end,
                text: q.text.as_str(),
                mode: q.mode,
                speaker: q.speaker.as_deref(),
                norm: w.join(" "),
                words: w.into_iter().collect(),
                terms: {
                    let mut t = terms(v, q.start, q.end);
                    // The speech verb says what kind of statement it is
                    // ("thanked X for ..." and "expressed gratitude to X").
                    if let Some(c) = q
                        .verb
                        .as_deref()
                        .and_then(|w| predicate_class(&w.to_lowercase()))
                    {
                        t.insert(format!("#{c}"));
                    }
                    t
                },
            });
        }
    }
    let n = qs.len();
    let mut same_speaker: Vec<(usize, usize, f64)> = Vec::new();
    let mut same_words = UnionFind::new(n);
    for i in 0..n {
        for j in i + 1..n {
            let (a, b) = (&qs[i], &qs[j]);
            if a.view == b.view {
                // Within one report: two renderings of one statement in
                // different sentences (a quote and its paraphrase); a
                // fragment inside a longer quote is the same rendering.
                let overlap = a.start < b.end && b.start < a.end;
                if overlap || a.sent == b.sent {
                    continue;
                }
            }
            let c = containment(&a.words, &b.words);
            if a.speaker.is_some() && a.speaker == b.speaker {
                let w = weighted_containment(&a.terms, &b.terms, idf);
                tracing::trace!(c, w, a = a.text, b = b.text, "quote pair");
                if c >= SAME_STATEMENT || w >= SAME_CLAIM_WEIGHT {
                    same_speaker.push((i, j, c.max(w)));
                }
            }
            if a.view != b.view && c >= SAME_WORDS {
                same_words.union(i, j);
            }
        }
    }
    let mut out = Vec::new();
    // A rendering joins a statement only when it is close to half of its
    // renderings or more, so one speaker's many statements do not chain
    // into one.
    for members in linkage(&same_speaker, 0.5, |_, _| false) {
        let groups: BTreeSet<usize> = members.iter().map(|&i| views[qs[i].view].group).collect();
        let texts: BTreeSet<&str> = members.iter().map(|&i| qs[i].norm.as_str()).collect();
        let speaker = qs[members[0]].speaker.unwrap_or("?");
        let sources: Vec<_> = members
            .iter()
            .map(|&i| source_of(views, qs[i].view, qs[i].sent, Some(speaker.to_owned())))
            .collect();
        let modes: BTreeSet<bool> = members
            .iter()
            .map(|&i| qs[i].mode == QuoteMode::Direct)
            .collect();
        if texts.len() >= 2 || modes.len() >= 2 {
            out.push(variant(views, &qs, &members, speaker, sources.clone()));
        }
        if groups.len() >= 2 {
            out.push(Finding {
                kind: FindingKind::Corroborated,
                slot: Some("statement".to_owned()),
                summary: format!(
                    "{speaker} said \"{}\" ({} independent sources)",
                    qs[members[0]].text.trim(),
                    groups.len()
                ),
                reason: None,
                independent_outlets: groups.len(),
                sources,
                diff: None,
            });
        }
    }
    for members in same_words.sets() {
        let mut by_speaker: BTreeMap<&str, BTreeSet<usize>> = BTreeMap::new();
        // Only the words a speaker is quoted in can be disputed: two people
        // reported saying the same thing in the reporter's words ("the
        // driver had been on duty for nine hours") both said it.
        let direct_speakers: BTreeSet<&str> = members
            .iter()
            .filter(|&&i| qs[i].mode == QuoteMode::Direct)
            .filter_map(|&i| qs[i].speaker)
            .collect();
        for &i in &members {
            if let Some(s) = qs[i].speaker.filter(|s| direct_speakers.contains(s)) {
                by_speaker
                    .entry(s)
                    .or_default()
                    .insert(views[qs[i].view].group);
            }
        }
        // A capital or another place speaking stands for a government
        // ("Brannoch has agreed to pay"): beside a government or a country
        // it is not a rival speaker.
        let is_state = |s: &str| s.starts_with("government:") || s.starts_with("country:");
        let is_place = |s: &str| s.starts_with("city:") || s.starts_with("place:");
        if by_speaker.keys().any(|s| is_state(s)) {
            by_speaker.retain(|s, _| !is_place(s));
        }
        let all: BTreeSet<usize> = by_speaker.values().flatten().copied().collect();
        if by_speaker.len() < 2 || all.len() < 2 {
            continue;
        }
        let names: Vec<&str> = by_speaker.keys().copied().collect();
        let sources: Vec<_> = members
            .iter()
            .filter(|&&i| qs[i].speaker.is_some())
            .map(|&i| {
                source_of(
                    views,
                    qs[i].view,
                    qs[i].sent,
                    qs[i].speaker.map(str::to_owned),
                )
            })
            .collect();
        let texts: BTreeSet<&str> = members.iter().map(|&i| qs[i].norm.as_str()).collect();
        if texts.len() >= 2 {
            // The same statement in other words and under another name:
            // a variant whose speaker is disputed (the conflict below).
            let disputed = names.join(" vs ");
            out.push(variant(views, &qs, &members, &disputed, sources.clone()));
        }
        // The words themselves are corroborated, whoever said them.
        out.push(Finding {
            kind: FindingKind::Corroborated,
            slot: Some("statement".to_owned()),
            summary: format!(
                "the words \"{}\" ({} independent sources; speaker disputed)",
                qs[members[0]].text.trim(),
                all.len()
            ),
            reason: None,
            independent_outlets: all.len(),
            sources: sources.clone(),
            diff: None,
        });
        out.push(Finding {
            kind: FindingKind::Conflict,
            slot: Some("speaker".to_owned()),
            summary: format!(
                "speaker of \"{}\": {}",
                qs[members[0]].text.trim(),
                names.join(" vs ")
            ),
            reason: Some(format!(
                "the same words are attributed to {} in different reports",
                names.join(" and ")
            )),
            independent_outlets: all.len(),
            sources,
            diff: None,
        });
    }
    out
}

/// A quote-variant finding over `members`, diffed against the first
/// direct quote (else the first).
fn variant(
    views: &[View<'_>],
    qs: &[Q<'_>],
    members: &[usize],
    speaker: &str,
    sources: Vec<crate::finding::Source>,
) -> Finding {
    let groups: BTreeSet<usize> = members.iter().map(|&i| views[qs[i].view].group).collect();
    let texts: BTreeSet<&str> = members.iter().map(|&i| qs[i].norm.as_str()).collect();
    let r = *members
        .iter()
        .find(|&&i| qs[i].mode == QuoteMode::Direct)
        .unwrap_or(&members[0]);
    let mut diffs = Vec::new();
    let mut seen = BTreeSet::from([(qs[r].norm.as_str(), qs[r].mode == QuoteMode::Direct)]);
    for &i in members {
        if seen.insert((qs[i].norm.as_str(), qs[i].mode == QuoteMode::Direct)) {
            let mut d = word_diff(qs[r].text, qs[i].text);
            if qs[i].mode != qs[r].mode {
                d = format!(
                    "({} against {}) {d}",
                    mode_name(qs[r].mode),
                    mode_name(qs[i].mode)
                );
            }
            diffs.push(d);
        }
    }
    Finding {
        kind: FindingKind::QuoteVariant,
        slot: Some("statement".to_owned()),
        summary: if texts.len() >= 2 {
            format!(
                "{speaker} quoted in {} wordings: \"{}\"",
                texts.len(),
                qs[r].text.trim()
            )
        } else {
            format!(
                "{speaker} quoted directly and reported indirectly: \"{}\"",
                qs[r].text.trim()
            )
        },
        reason: None,
        independent_outlets: groups.len(),
        sources,
        diff: Some(diffs.join(" | ")),
    }
}

fn mode_name(m: QuoteMode) -> &'static str {
    match m {
        QuoteMode::Direct => "direct",
        QuoteMode::Indirect => "indirect",
    }
}

/// Word-level difference over lowercased words without punctuation
/// (punctuation and case are not variants): removed words in `[-…-]`,
/// added in `{+…+}`, runs grouped.
pub(crate) fn word_diff(a: &str, b: &str) -> String {
    let (wa, wb) = (words(a), words(b));
    let (ra, rb): (Vec<&str>, Vec<&str>) = (
        wa.iter().map(String::as_str).collect(),
        wb.iter().map(String::as_str).collect(),
    );
    let diff = similar::capture_diff_slices(similar::Algorithm::Myers, &ra, &rb);
    let mut out: Vec<String> = Vec::new();
    for op in diff {
        for (tag, slice) in op.iter_slices(&ra, &rb) {
            let text = slice.join(" ");
            out.push(match tag {
                ChangeTag::Equal => text,
                ChangeTag::Delete => format!("[-{text}-]"),
                ChangeTag::Insert => format!("{{+{text}+}}"),
            });
        }
    }
    out.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diff_marks_changed_words() {
        let d = word_diff(
            "This accord is a floor, not a ceiling",
            "This accord is a floor and not a ceiling",
        );
        assert!(d.contains("{+and+}"), "{d}");
        assert_eq!(d, "this accord is a floor {+and+} not a ceiling");
    }
}
