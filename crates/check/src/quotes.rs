//! Quotes across reports: the same words by different speakers (a speaker
//! conflict), one speaker's statement in different words (a quote variant,
//! with the word-level difference), and the same words by the same speaker
//! from two independent sources (a corroborated statement).
//!
//! Two quotes are "the same statement" when most words of the shorter are
//! in the longer (word-set containment); a speaker conflict asks for more
//! (nearly the same words), since unrelated quotes share function words.
//! Quotes with an unknown speaker are never in a speaker conflict.

use std::collections::{BTreeMap, BTreeSet};

use similar::ChangeTag;

use crate::finding::{Finding, FindingKind};
use crate::input::QuoteMode;
use crate::source_of;
use crate::statements::View;

/// Containment above which two quotes of one speaker are one statement.
const SAME_STATEMENT: f64 = 0.6;
/// Containment above which two quotes are the same words.
const SAME_WORDS: f64 = 0.8;
/// Quotes shorter than this (in words) are not compared.
const MIN_WORDS: usize = 4;

struct Q<'a> {
    view: usize,
    sent: usize,
    text: &'a str,
    mode: QuoteMode,
    speaker: Option<&'a str>,
    words: BTreeSet<String>,
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

/// The quote findings of one event.
pub(crate) fn compare_quotes(views: &[View<'_>]) -> Vec<Finding> {
    let mut qs = Vec::new();
    for (vi, v) in views.iter().enumerate() {
        for q in &v.art.quotes {
            let Some(sent) = v.sentence_at(q.start) else {
                continue;
            };
            let w = words(&q.text);
            if w.len() < MIN_WORDS {
                continue;
            }
            qs.push(Q {
                view: vi,
                sent,
                text: q.text.as_str(),
                mode: q.mode,
                speaker: q.speaker.as_deref(),
                norm: w.join(" "),
                words: w.into_iter().collect(),
            });
        }
    }
    let n = qs.len();
    let mut same_speaker = UnionFind::new(n);
    let mut same_words = UnionFind::new(n);
    for i in 0..n {
        for j in i + 1..n {
            let (a, b) = (&qs[i], &qs[j]);
            if a.view == b.view {
                continue;
            }
            let c = containment(&a.words, &b.words);
            if a.speaker.is_some() && a.speaker == b.speaker && c >= SAME_STATEMENT {
                same_speaker.union(i, j);
            }
            if c >= SAME_WORDS {
                same_words.union(i, j);
            }
        }
    }
    let mut out = Vec::new();
    for members in same_speaker.sets() {
        let groups: BTreeSet<usize> = members.iter().map(|&i| views[qs[i].view].group).collect();
        let texts: BTreeSet<&str> = members.iter().map(|&i| qs[i].norm.as_str()).collect();
        let speaker = qs[members[0]].speaker.unwrap_or("?");
        let sources = members
            .iter()
            .map(|&i| source_of(views, qs[i].view, qs[i].sent, Some(speaker.to_owned())))
            .collect();
        if texts.len() >= 2 {
            // The reference: the first direct quote, else the first.
            let r = *members
                .iter()
                .find(|&&i| qs[i].mode == QuoteMode::Direct)
                .unwrap_or(&members[0]);
            let mut diffs = Vec::new();
            let mut seen = BTreeSet::from([qs[r].norm.as_str()]);
            for &i in &members {
                if seen.insert(qs[i].norm.as_str()) {
                    diffs.push(word_diff(qs[r].text, qs[i].text));
                }
            }
            out.push(Finding {
                kind: FindingKind::QuoteVariant,
                slot: Some("statement".to_owned()),
                summary: format!(
                    "{speaker} quoted in {} wordings: \"{}\"",
                    texts.len(),
                    qs[r].text.trim()
                ),
                reason: None,
                independent_outlets: groups.len(),
                sources,
                diff: Some(diffs.join(" | ")),
            });
        } else if groups.len() >= 2 {
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
        for &i in &members {
            if let Some(s) = qs[i].speaker {
                by_speaker
                    .entry(s)
                    .or_default()
                    .insert(views[qs[i].view].group);
            }
        }
        let all: BTreeSet<usize> = by_speaker.values().flatten().copied().collect();
        if by_speaker.len() < 2 || all.len() < 2 {
            continue;
        }
        let names: Vec<&str> = by_speaker.keys().copied().collect();
        let sources = members
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

/// Union-find over indices; hand-written (a dozen lines, no crate needed).
pub(crate) struct UnionFind(Vec<usize>);

impl UnionFind {
    pub fn new(n: usize) -> Self {
        UnionFind((0..n).collect())
    }
    pub fn find(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }
    pub fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.0[ra.max(rb)] = ra.min(rb);
        }
    }
    /// Sets of two or more members, each sorted, in order of their first member.
    pub fn sets(&mut self) -> Vec<Vec<usize>> {
        let mut m: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for i in 0..self.0.len() {
            let r = self.find(i);
            m.entry(r).or_default().push(i);
        }
        m.into_values().filter(|s| s.len() >= 2).collect()
    }
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

    #[test]
    fn union_find_groups() {
        let mut u = UnionFind::new(4);
        u.union(0, 2);
        u.union(3, 2);
        assert_eq!(u.sets(), vec![vec![0, 2, 3]]);
    }
}
