//! Scores of the reading stage against a gold file (`read.json` format).
//!
//! What it does: [`score_reading`] takes a [`ReadGold`] and a neutral
//! [`PredictedReading`] (offsets, modes, surface names, entity ids and
//! values: no reader types) and computes [`ReadingScores`]:
//! - direct and indirect quotes found (the gold span is in the body and a
//!   predicted quote of the same mode overlaps it) and speaker right (the
//!   predicted name is the gold speaker's canonical name or one of its
//!   aliases, ignoring case, diacritics, a leading "the" and apostrophe
//!   style; or both are null), and predicted quotes overlapping no gold quote;
//! - aliases left apart (two aliases of one gold entity whose found mentions
//!   never share a predicted entity) and entities merged (two gold entities
//!   whose found mentions share one), with the `distinct` pairs flagged;
//! - time values right over all gold times (instants compare as moments,
//!   `d` equals `d/d`, a length in weeks equals its days, `P2W` = `P14D`,
//!   any `unresolved…` equals `unresolved`), and numbers
//!   right (value, range, approximation, unit) when the gold has numbers.
//!
//! Gold offsets point into the raw report; each item is found in the body by
//! its span (see `locate`). A gold file with no predicted article, or a span
//! not in the body, counts as missed. What it does not do: score verbs,
//! channels or `partial`, or read any reader's output format itself.

mod gold;
mod locate;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::Serialize;
use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};

pub use gold::{
    GoldDistinct, GoldEntity, GoldFile, GoldMention, GoldNumber, GoldPart, GoldQuote, GoldTime,
    PredictedArticle, PredictedHeader, PredictedMention, PredictedNumber, PredictedQuote,
    PredictedReading, PredictedTime, QuoteMode, ReadGold, ReadGoldError,
};
use locate::{locate_all, Item};

/// Found and speaker-right counts for one quote mode.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct QuoteScores {
    /// Gold quotes of this mode.
    pub gold: usize,
    /// Of those, whose span is in the body (the others are looked for in
    /// the headers).
    pub in_body: usize,
    /// Of those, overlapped by a predicted quote of the same mode.
    pub found: usize,
    /// Of the found, with the right speaker.
    pub speaker_right: usize,
    /// `found / gold`.
    pub found_rate: f64,
    /// `speaker_right / found`.
    pub speaker_rate: f64,
}

/// Alias and identity scores.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct EntityScores {
    /// Gold entities.
    pub gold_entities: usize,
    /// Gold mentions.
    pub gold_mentions: usize,
    /// Gold mentions matched by a predicted mention.
    pub mentions_found: usize,
    /// Pairs of aliases of one entity that were both found.
    pub alias_pairs: usize,
    /// Of those, left apart (no predicted entity in common).
    pub alias_pairs_apart: usize,
    /// The pairs left apart: `[entity, alias, alias]`.
    pub apart: Vec<[String; 3]>,
    /// Pairs of gold entities sharing a predicted entity: `[a, b]`.
    pub merged: Vec<[String; 2]>,
    /// Of the merged pairs, those listed in the gold's `distinct`.
    pub distinct_merged: usize,
}

/// Found and right counts for values (times, numbers).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ValueScores {
    /// Gold items.
    pub gold: usize,
    /// Overlapped by a predicted item.
    pub found: usize,
    /// With the right value.
    pub right: usize,
    /// `right / gold`.
    pub right_rate: f64,
}

/// One gold item a reader missed or got wrong.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Miss {
    /// `direct`, `indirect`, `speaker`, `time`, `number`.
    pub what: String,
    /// The report.
    pub file: String,
    /// The gold span.
    pub span: String,
    /// What went wrong.
    pub why: String,
}

/// Everything [`score_reading`] measures.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ReadingScores {
    /// Reports in the gold.
    pub files: usize,
    /// Gold reports with no predicted article.
    pub files_missing: Vec<String>,
    /// Direct quotes.
    pub direct: QuoteScores,
    /// Indirect quotes.
    pub indirect: QuoteScores,
    /// Predicted quotes in gold reports.
    pub quotes_predicted: usize,
    /// Of those, overlapping no gold quote.
    pub quotes_false_positive: usize,
    /// Aliases and identities.
    pub entities: EntityScores,
    /// Time values.
    pub times: ValueScores,
    /// Numbers, when the gold has any.
    pub numbers: Option<ValueScores>,
    /// Every miss and wrong value, in gold order.
    pub misses: Vec<Miss>,
}

impl ReadingScores {
    /// The bars of the reading issue that are not met: direct quotes found
    /// and speakers right ≥ 95 %, no aliases apart, no entities merged, time
    /// values right ≥ 90 %. Empty when all are met.
    pub fn unmet_bars(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut bar = |ok: bool, what: String| {
            if !ok {
                out.push(what);
            }
        };
        bar(
            self.direct.found_rate >= 0.95,
            format!("direct quotes found {:.3} < 0.95", self.direct.found_rate),
        );
        bar(
            self.direct.speaker_rate >= 0.95,
            format!(
                "direct speakers right {:.3} < 0.95",
                self.direct.speaker_rate
            ),
        );
        bar(
            self.entities.alias_pairs_apart == 0,
            format!("{} alias pairs left apart", self.entities.alias_pairs_apart),
        );
        bar(
            self.entities.merged.is_empty(),
            format!("{} entity pairs merged", self.entities.merged.len()),
        );
        bar(
            self.times.right_rate >= 0.90,
            format!("time values right {:.3} < 0.90", self.times.right_rate),
        );
        out
    }
}

fn rate(n: usize, d: usize) -> f64 {
    if d == 0 {
        1.0
    } else {
        n as f64 / d as f64
    }
}

/// A name compared case-, diacritic- and apostrophe-insensitively, without a
/// leading "the".
pub fn normalise_name(name: &str) -> String {
    // Letters Unicode does not decompose but that are a Latin letter with a
    // stroke or a ligature ("Brækhus" / "Braekhus", "Hjørvik" / "Hjorvik")
    // are folded as their plain spelling, like a diacritic.
    let folded: String = name
        .nfkd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(|c| {
            let plain: &[char] = match c {
                '’' | '‘' => &['\''],
                'æ' => &['a', 'e'],
                'Æ' => &['A', 'E'],
                'ø' => &['o'],
                'Ø' => &['O'],
                'ß' => &['s', 's'],
                'ł' => &['l'],
                'Ł' => &['L'],
                'đ' => &['d'],
                'Đ' => &['D'],
                'ı' => &['i'],
                _ => return vec![c],
            };
            plain.to_vec()
        })
        .collect::<String>()
        .to_lowercase();
    let words: Vec<&str> = folded
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\''))
        .filter(|w| !w.is_empty())
        .collect();
    let words = match words.first() {
        Some(&"the") if words.len() > 1 => &words[1..],
        _ => &words[..],
    };
    // An honorific is no part of a name: "Dr Liesel Tolervik" is the
    // speaker "Liesel Tolervik".
    let words = match words.first() {
        Some(&("dr" | "mr" | "mrs" | "ms" | "miss" | "prof" | "sir" | "dame"))
            if words.len() > 1 =>
        {
            &words[1..]
        }
        _ => words,
    };
    words.join(" ")
}

/// Scores a prediction against the gold. Deterministic.
pub fn score_reading(gold: &ReadGold, predicted: &PredictedReading) -> ReadingScores {
    let articles: BTreeMap<&str, &PredictedArticle> = predicted
        .articles
        .iter()
        .map(|a| (a.file.as_str(), a))
        .collect();
    let mut files: BTreeSet<&str> = gold.files.keys().map(String::as_str).collect();
    files.extend(gold.quotes.iter().map(|q| q.file.as_str()));
    files.extend(gold.times.iter().map(|t| t.file.as_str()));
    let mut s = ReadingScores {
        files: files.len(),
        files_missing: files
            .iter()
            .filter(|f| !articles.contains_key(**f))
            .map(|f| (*f).to_owned())
            .collect(),
        ..ReadingScores::default()
    };
    score_quotes(gold, &articles, &mut s);
    s.entities = score_entities(gold, &articles);
    let time_right = |g: &GoldTime, times: &[PredictedTime]| -> Vec<Candidate> {
        times
            .iter()
            .map(|t| Candidate {
                at: (t.start, t.end),
                right: time_equal(&g.value, &t.value),
                shown: t.value.clone(),
            })
            .collect()
    };
    s.times = score_values(
        &gold.times,
        &articles,
        &mut s.misses,
        "time",
        |g, a| time_right(g, &a.times),
        |g, h| time_right(g, &h.times),
    );
    if !gold.numbers.is_empty() {
        s.numbers = Some(score_values(
            &gold.numbers,
            &articles,
            &mut s.misses,
            "number",
            |g, a| {
                a.numbers
                    .iter()
                    .map(|n| Candidate {
                        at: (n.start, n.end),
                        right: number_equal(g, n),
                        shown: format!("{} {}..{} {} {}", n.value, n.low, n.high, n.approx, n.unit),
                    })
                    .collect()
            },
            // Numbers are read in the body only.
            |_, _| Vec::new(),
        ));
    }
    s
}

/// Gold items of one file placed in that file's body.
fn place<'g, T>(
    items: &'g [T],
    file: &str,
    body: &str,
    key: impl Fn(&'g T) -> (&'g str, usize, usize, &'g str),
) -> Vec<(&'g T, Option<(usize, usize)>)> {
    let mine: Vec<&T> = items.iter().filter(|t| key(t).0 == file).collect();
    let spans: Vec<Item<'_>> = mine
        .iter()
        .map(|t| {
            let (_, start, end, span) = key(t);
            Item { start, end, span }
        })
        .collect();
    mine.into_iter().zip(locate_all(body, &spans)).collect()
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

fn score_quotes(
    gold: &ReadGold,
    articles: &BTreeMap<&str, &PredictedArticle>,
    s: &mut ReadingScores,
) {
    for q in &gold.quotes {
        let scores = match q.mode {
            QuoteMode::Direct => &mut s.direct,
            QuoteMode::Indirect => &mut s.indirect,
        };
        scores.gold += 1;
        if !articles.contains_key(q.file.as_str()) {
            s.misses.push(miss(
                q.mode_name(),
                &q.file,
                &q.span,
                "no predicted article",
            ));
        }
    }
    for (file, art) in articles {
        let placed = place(&gold.quotes, file, &art.body, quote_key);
        let located: Vec<(usize, usize)> = placed.iter().filter_map(|(_, at)| *at).collect();
        if placed.is_empty() && !gold.files.contains_key(*file) {
            continue; // not a gold report: its quotes are not judged
        }
        for p in &art.quotes {
            s.quotes_predicted += 1;
            if !located.iter().any(|&g| overlap(g, (p.start, p.end)) > 0) {
                s.quotes_false_positive += 1;
            }
        }
        for (q, at) in placed {
            let scores = match q.mode {
                QuoteMode::Direct => &mut s.direct,
                QuoteMode::Indirect => &mut s.indirect,
            };
            // A span not in the body is looked for in the headers (a
            // quote in the standfirst), and matched to their quotes.
            let (at, predicted) = match at {
                Some(at) => {
                    scores.in_body += 1;
                    (at, art.quotes.as_slice())
                }
                None => {
                    let header = art
                        .headers
                        .iter()
                        .find_map(|h| h.text.find(q.span.as_str()).map(|i| (h, i)));
                    let Some((h, i)) = header else {
                        s.misses.push(miss(
                            q.mode_name(),
                            file,
                            &q.span,
                            "span not in the body or a header",
                        ));
                        continue;
                    };
                    ((i, i + q.span.len()), h.quotes.as_slice())
                }
            };
            let best = predicted
                .iter()
                .filter(|p| p.mode == q.mode)
                .map(|p| (overlap(at, (p.start, p.end)), p))
                .filter(|(o, _)| *o > 0)
                // The most overlap, then the closest extent (an outer quote
                // overlaps its inner quote as much as the inner one does).
                .max_by_key(|(o, p)| {
                    let extra = (p.end - p.start + at.1 - at.0).saturating_sub(2 * o);
                    (*o, std::cmp::Reverse(extra), std::cmp::Reverse(p.start))
                });
            let Some((_, p)) = best else {
                s.misses.push(miss(
                    q.mode_name(),
                    file,
                    &q.span,
                    "no predicted quote of this mode",
                ));
                continue;
            };
            scores.found += 1;
            if speaker_right(gold, q.speaker.as_deref(), p.speaker.as_deref()) {
                scores.speaker_right += 1;
            } else {
                let why = format!("speaker {:?}, gold {:?}", p.speaker, q.speaker);
                s.misses.push(miss("speaker", file, &q.span, &why));
            }
        }
    }
    for q in [&mut s.direct, &mut s.indirect] {
        q.found_rate = rate(q.found, q.gold);
        q.speaker_rate = rate(q.speaker_right, q.found);
    }
}

fn quote_key(q: &GoldQuote) -> (&str, usize, usize, &str) {
    (&q.file, q.start, q.end, &q.span)
}

impl GoldQuote {
    fn mode_name(&self) -> &'static str {
        match self.mode {
            QuoteMode::Direct => "direct",
            QuoteMode::Indirect => "indirect",
        }
    }
}

fn miss(what: &str, file: &str, span: &str, why: &str) -> Miss {
    Miss {
        what: what.to_owned(),
        file: file.to_owned(),
        span: span.to_owned(),
        why: why.to_owned(),
    }
}

/// Whether a predicted speaker name names the gold speaker.
fn speaker_right(gold: &ReadGold, want: Option<&str>, got: Option<&str>) -> bool {
    match (want, got) {
        (None, None) => true,
        (Some(want), Some(got)) => {
            let got = normalise_name(got);
            if got.is_empty() {
                return false;
            }
            let entity = gold.entity(want);
            std::iter::once(want)
                .chain(
                    entity
                        .into_iter()
                        .flat_map(|e| e.aliases.iter().map(String::as_str)),
                )
                .any(|alias| normalise_name(alias) == got)
        }
        _ => false,
    }
}

fn score_entities(gold: &ReadGold, articles: &BTreeMap<&str, &PredictedArticle>) -> EntityScores {
    let mut out = EntityScores {
        gold_entities: gold.entities.len(),
        gold_mentions: gold.entities.iter().map(|e| e.mentions.len()).sum(),
        ..EntityScores::default()
    };
    // Flatten mentions with their entity index.
    let flat: Vec<(usize, &GoldMention)> = gold
        .entities
        .iter()
        .enumerate()
        .flat_map(|(i, e)| e.mentions.iter().map(move |m| (i, m)))
        .collect();
    // entity index -> alias -> predicted ids
    let mut ids: Vec<BTreeMap<&str, BTreeSet<&str>>> = vec![BTreeMap::new(); gold.entities.len()];
    for (file, art) in articles {
        let mine: Vec<(usize, &GoldMention)> =
            flat.iter().copied().filter(|m| m.1.file == *file).collect();
        let spans: Vec<Item<'_>> = mine
            .iter()
            .map(|m| Item {
                start: m.1.start,
                end: m.1.end,
                span: m.1.span.as_str(),
            })
            .collect();
        for ((ent, m), at) in mine.iter().zip(locate_all(&art.body, &spans)) {
            let Some(at) = at else { continue };
            if let Some(p) = best_mention(at, &art.mentions) {
                out.mentions_found += 1;
                ids[*ent]
                    .entry(m.alias.as_str())
                    .or_default()
                    .insert(p.entity.as_str());
            }
        }
    }
    for (e, by_alias) in gold.entities.iter().zip(&ids) {
        let aliases: Vec<(&&str, &BTreeSet<&str>)> = by_alias.iter().collect();
        for (i, (a, pa)) in aliases.iter().enumerate() {
            for (b, pb) in &aliases[i + 1..] {
                out.alias_pairs += 1;
                if pa.is_disjoint(pb) {
                    out.alias_pairs_apart += 1;
                    out.apart
                        .push([e.name.clone(), (**a).to_owned(), (**b).to_owned()]);
                }
            }
        }
    }
    let all: Vec<BTreeSet<&str>> = ids
        .iter()
        .map(|m| m.values().flatten().copied().collect())
        .collect();
    for i in 0..all.len() {
        for j in i + 1..all.len() {
            if !all[i].is_disjoint(&all[j]) {
                let (a, b) = (&gold.entities[i].name, &gold.entities[j].name);
                if gold
                    .distinct
                    .iter()
                    .any(|d| (d.a == *a && d.b == *b) || (d.a == *b && d.b == *a))
                {
                    out.distinct_merged += 1;
                }
                out.merged.push([a.clone(), b.clone()]);
            }
        }
    }
    out
}

/// The predicted mention that stands for a gold mention at `at`: exact, or
/// covering ≥ 2/3 of it with ≥ 1/2 of itself, or inside it ending where it
/// ends ("Khawaja Asif" for "Defence Minister Khawaja Asif").
fn best_mention(at: (usize, usize), mentions: &[PredictedMention]) -> Option<&PredictedMention> {
    let glen = at.1 - at.0;
    mentions
        .iter()
        .filter_map(|p| {
            let o = overlap(at, (p.start, p.end));
            let plen = p.end.saturating_sub(p.start);
            let exact = (p.start, p.end) == at;
            let covers = 3 * o >= 2 * glen && 2 * o >= plen && o > 0;
            let head = p.start >= at.0 && p.end == at.1 && plen > 0;
            (exact || covers || head).then_some((exact, o, std::cmp::Reverse(plen), p))
        })
        .max_by_key(|(exact, o, plen, p)| (*exact, *o, *plen, std::cmp::Reverse(p.start)))
        .map(|(.., p)| p)
}

/// What a gold time or number exposes to [`score_values`].
trait GoldValue {
    fn key(&self) -> (&str, usize, usize, &str);
    fn shown(&self) -> String;
}

impl GoldValue for GoldTime {
    fn key(&self) -> (&str, usize, usize, &str) {
        (&self.file, self.start, self.end, &self.span)
    }
    fn shown(&self) -> String {
        self.value.clone()
    }
}

impl GoldValue for GoldNumber {
    fn key(&self) -> (&str, usize, usize, &str) {
        (&self.file, self.start, self.end, &self.span)
    }
    fn shown(&self) -> String {
        format!(
            "{} {}..{} {} {}",
            self.value, self.low, self.high, self.approx, self.unit
        )
    }
}

/// A predicted time or number set against one gold item.
struct Candidate {
    /// Byte offsets of the predicted item.
    at: (usize, usize),
    /// Whether its value is the gold's.
    right: bool,
    /// Its value as the miss list shows it.
    shown: String,
}

/// Found / right over gold values; `predicted` lists, for one gold item and
/// article, each predicted item's offsets and whether its value is right;
/// `in_header` does the same in a header text, for a gold span that is not
/// in the body but in the headline, standfirst or date line.
fn score_values<G: GoldValue>(
    golds: &[G],
    articles: &BTreeMap<&str, &PredictedArticle>,
    misses: &mut Vec<Miss>,
    what: &str,
    predicted: impl Fn(&G, &PredictedArticle) -> Vec<Candidate>,
    in_header: impl Fn(&G, &PredictedHeader) -> Vec<Candidate>,
) -> ValueScores {
    let mut out = ValueScores {
        gold: golds.len(),
        ..ValueScores::default()
    };
    for g in golds {
        let (file, ..) = g.key();
        if !articles.contains_key(file) {
            misses.push(miss(what, file, g.key().3, "no predicted article"));
        }
    }
    for (file, art) in articles {
        for (g, at) in place(golds, file, &art.body, |g: &G| g.key()) {
            let span = g.key().3;
            let (at, candidates) = match at {
                Some(at) => (at, predicted(g, art)),
                None => {
                    let header = art
                        .headers
                        .iter()
                        .find_map(|h| h.text.find(span).map(|i| (h, i)));
                    let Some((h, i)) = header else {
                        misses.push(miss(what, file, span, "span not in the body or a header"));
                        continue;
                    };
                    ((i, i + span.len()), in_header(g, h))
                }
            };
            let best = candidates
                .into_iter()
                .map(|c| (overlap(at, c.at), c))
                .filter(|(o, _)| *o > 0)
                .max_by_key(|(o, c)| (c.right, *o));
            match best {
                None => misses.push(miss(what, file, g.key().3, "not found")),
                Some((_, c)) => {
                    out.found += 1;
                    if c.right {
                        out.right += 1;
                    } else {
                        misses.push(miss(
                            what,
                            file,
                            g.key().3,
                            &format!("wrong value, gold {}, got {}", g.shown(), c.shown),
                        ));
                    }
                }
            }
        }
    }
    out.right_rate = rate(out.right, out.gold);
    out
}

/// Whether two time values are the same: instants as moments, `d` = `d/d`,
/// every `unresolved…` alike, anything else by text.
pub fn time_equal(gold: &str, got: &str) -> bool {
    let (g, p) = (
        gold.trim().to_ascii_lowercase(),
        got.trim().to_ascii_lowercase(),
    );
    if g.starts_with("unresolved") || p.starts_with("unresolved") {
        return g.starts_with("unresolved") && p.starts_with("unresolved");
    }
    if let (Some(a), Some(b)) = (instant(&g), instant(&p)) {
        return a == b;
    }
    let range = |v: &str| -> (String, String) {
        match v.split_once('/') {
            Some((a, b)) => (a.to_owned(), b.to_owned()),
            None => (v.to_owned(), v.to_owned()),
        }
    };
    // A length in weeks is that many sevens of days: "P2W" is "P14D".
    let days = |v: &str| -> String {
        v.strip_prefix('p')
            .and_then(|n| n.strip_suffix('w'))
            .and_then(|n| n.parse::<u64>().ok())
            .map_or_else(|| v.to_owned(), |n| format!("p{}d", n * 7))
    };
    g == p || days(&g) == days(&p) || (!g.starts_with('p') && range(&g) == range(&p))
}

fn instant(v: &str) -> Option<chrono::DateTime<chrono::FixedOffset>> {
    let mut v = v.to_ascii_uppercase();
    if let Some(stripped) = v.strip_suffix('Z') {
        v = format!("{stripped}+00:00");
    }
    chrono::DateTime::parse_from_rfc3339(&v)
        .ok()
        .or_else(|| chrono::DateTime::parse_from_str(&v, "%Y-%m-%dT%H:%M%:z").ok())
}

fn number_equal(g: &GoldNumber, p: &PredictedNumber) -> bool {
    let close = |a: f64, b: f64| (a - b).abs() <= 1e-9 * a.abs().max(1.0);
    close(g.value, p.value)
        && close(g.low, p.low)
        && close(g.high, p.high)
        && g.approx.eq_ignore_ascii_case(&p.approx)
        && g.unit.eq_ignore_ascii_case(&p.unit)
}

impl fmt::Display for ReadingScores {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pct = |x: f64| 100.0 * x;
        writeln!(
            f,
            "reports: {} ({} without a predicted article)",
            self.files,
            self.files_missing.len()
        )?;
        for (name, q) in [("direct", &self.direct), ("indirect", &self.indirect)] {
            writeln!(
                f,
                "{name} quotes: found {}/{} ({:.1}%), speaker right {}/{} ({:.1}%)",
                q.found,
                q.gold,
                pct(q.found_rate),
                q.speaker_right,
                q.found,
                pct(q.speaker_rate)
            )?;
        }
        writeln!(
            f,
            "predicted quotes: {} ({} overlap no gold quote)",
            self.quotes_predicted, self.quotes_false_positive
        )?;
        let e = &self.entities;
        writeln!(
            f,
            "entities: {} mentions found of {}; alias pairs apart {}/{}; entity pairs merged {} ({} of them listed as distinct)",
            e.mentions_found,
            e.gold_mentions,
            e.alias_pairs_apart,
            e.alias_pairs,
            e.merged.len(),
            e.distinct_merged
        )?;
        let t = &self.times;
        writeln!(
            f,
            "times: right {}/{} ({:.1}%), found {}",
            t.right,
            t.gold,
            pct(t.right_rate),
            t.found
        )?;
        if let Some(n) = &self.numbers {
            writeln!(
                f,
                "numbers: right {}/{} ({:.1}%), found {}",
                n.right,
                n.gold,
                pct(n.right_rate),
                n.found
            )?;
        }
        let unmet = self.unmet_bars();
        if unmet.is_empty() {
            write!(f, "bars: all met")
        } else {
            write!(f, "bars not met: {}", unmet.join("; "))
        }
    }
}

#[cfg(test)]
mod tests;
