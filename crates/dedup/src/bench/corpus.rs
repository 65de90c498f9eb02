//! A seeded synthetic news corpus with known copies.
//!
//! Words come from a made-up vocabulary with a Zipf–Mandelbrot frequency
//! (rank r has weight 1/(r+2.7)), so common words repeat the way they do in
//! news text and 5-shingles of unrelated documents rarely coincide by chance
//! but do sometimes. Documents are ~3 KB: 6–8 paragraphs of 3–5 sentences.
//!
//! Of every 100 documents about 10 are exact copies of an earlier original
//! (some with changed case, spacing or punctuation), 20 are near copies
//! (new headline and outlet; 1–4 word substitutions; with probability ½ the
//! last paragraph trimmed; with probability ½ another boilerplate line) and 5
//! are *hard negatives*: new reports that quote one or two paragraphs of an
//! earlier one, which are not copies.

use chrono::NaiveDate;
use crosscheck_types::{Article, DateSource, DocumentId, PublishedDate};
use rayon::prelude::*;

use crate::minhash::splitmix64;

/// Which generated documents are copies of which.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CorpusTruth {
    /// For each article (same index), the index of the original it was made
    /// from (itself for an original).
    pub family: Vec<u32>,
}

impl CorpusTruth {
    /// Number of true copy pairs: pairs of articles of one family.
    pub fn pair_count(&self) -> u64 {
        let mut sizes = std::collections::HashMap::<u32, u64>::new();
        for &f in &self.family {
            *sizes.entry(f).or_default() += 1;
        }
        sizes.values().map(|&k| k * (k - 1) / 2).sum()
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Original,
    Exact(u32),
    Near(u32),
    Quoting(u32),
}

struct Rng(u64);

impl Rng {
    fn new(seed: u64, stream: u64) -> Self {
        let mut s = seed ^ stream.wrapping_mul(0xD1B5_4A32_D192_ED03);
        splitmix64(&mut s);
        Rng(s)
    }
    fn next(&mut self) -> u64 {
        splitmix64(&mut self.0)
    }
    /// Uniform in `0..n` (n > 0).
    fn below(&mut self, n: u64) -> u64 {
        ((u128::from(self.next()) * u128::from(n.max(1))) >> 64) as u64
    }
    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.below(hi - lo + 1)
    }
    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
}

const SYLLABLES: &[&str] = &[
    "ka", "lo", "mi", "ne", "ta", "ru", "so", "vi", "de", "pa", "zu", "ho", "ber", "lin", "mar",
    "tos", "ven", "dal", "cor", "fin", "gra", "hul", "jen", "kos", "lum", "nor", "pel", "quin",
    "ras", "sil", "tur", "val", "wen", "xan", "yor", "zel", "a", "e", "i", "o", "u", "an", "el",
    "in", "on", "ur", "ast", "eth", "ith", "oth", "um", "ri", "sa", "te", "mo", "ga", "bi", "fe",
    "ku", "la", "no", "pi", "se", "tu",
];

const VOCABULARY: usize = 40_000;

/// Word of rank `k`: `k` written in base-64 syllables, so every rank has its
/// own word and frequent (low) ranks are short.
fn word(mut k: usize) -> String {
    let mut w = String::new();
    loop {
        w.push_str(SYLLABLES[k % SYLLABLES.len()]);
        k /= SYLLABLES.len();
        if k == 0 {
            break;
        }
        k -= 1;
    }
    w
}

struct Vocabulary {
    words: Vec<String>,
    cumulative: Vec<f64>,
}

impl Vocabulary {
    fn new() -> Self {
        let words: Vec<String> = (0..VOCABULARY).map(word).collect();
        let mut total = 0.0;
        let cumulative = (0..VOCABULARY)
            .map(|r| {
                total += 1.0 / (r as f64 + 2.7);
                total
            })
            .collect();
        Self { words, cumulative }
    }

    fn pick(&self, rng: &mut Rng) -> &str {
        let total = self.cumulative.last().copied().unwrap_or(1.0);
        let x = (rng.next() >> 11) as f64 / (1u64 << 53) as f64 * total;
        let i = self.cumulative.partition_point(|&c| c < x);
        &self.words[i.min(self.words.len() - 1)]
    }

    fn sentence(&self, rng: &mut Rng, words: u64) -> String {
        let mut s = String::new();
        for k in 0..words {
            let w = self.pick(rng);
            if k == 0 {
                let mut chars = w.chars();
                if let Some(c) = chars.next() {
                    s.extend(c.to_uppercase());
                    s.push_str(chars.as_str());
                }
            } else {
                s.push(' ');
                s.push_str(w);
                if k + 1 < words && rng.chance(0.06) {
                    s.push(',');
                }
            }
        }
        s.push('.');
        s
    }

    fn paragraphs(&self, rng: &mut Rng) -> Vec<String> {
        (0..rng.range(6, 8))
            .map(|_| {
                (0..rng.range(3, 5))
                    .map(|_| {
                        let n = rng.range(12, 26);
                        self.sentence(rng, n)
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }
}

const OUTLETS: &[&str] = &[
    "Harbour Herald",
    "Valley Courier",
    "Northern Ledger",
    "Coastline Times",
    "Metro Dispatch",
    "Plains Gazette",
    "Riverside Post",
    "Summit Chronicle",
];

const BOILERPLATE: &[&str] = &[
    "Follow the Harbour Herald for live updates on this story.",
    "Download our app for breaking news alerts.",
    "This report has been published from a syndicated feed without edits.",
    "Subscribe to the morning briefing for the day's top stories.",
    "Share your views with the editor in the comments below.",
    "For more regional news, visit the Valley Courier homepage.",
];

const WIRES: &[&str] = &["PTI", "Reuters", "AP", "AFP"];

fn doc_id(seed: u64, i: usize) -> DocumentId {
    let mut s = seed ^ (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let hex: String = (0..4)
        .map(|_| format!("{:016x}", splitmix64(&mut s)))
        .collect();
    match DocumentId::from_hex(&hex) {
        Ok(id) => id,
        Err(_) => unreachable!("64 lowercase hex digits"),
    }
}

fn date(day: u64) -> PublishedDate {
    let base = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap_or_default();
    PublishedDate {
        date: base + chrono::Days::new(day),
        source: DateSource::Input,
    }
}

/// `n` articles from `seed` and which are copies of which. The same `n` and
/// `seed` give the same corpus, whatever the thread count.
pub fn synthetic_corpus(n: usize, seed: u64) -> (Vec<Article>, CorpusTruth) {
    let vocab = Vocabulary::new();
    // Roles first (sequential, cheap): a copy's source is an earlier original.
    let mut roles = Vec::with_capacity(n);
    let mut originals: Vec<u32> = Vec::new();
    let mut rng = Rng::new(seed, u64::MAX);
    for i in 0..n {
        let roll = rng.below(100);
        let role = if originals.is_empty() || roll >= 35 {
            Role::Original
        } else {
            let src = originals[rng.below(originals.len() as u64) as usize];
            match roll {
                0..=9 => Role::Exact(src),
                10..=29 => Role::Near(src),
                _ => Role::Quoting(src),
            }
        };
        if matches!(role, Role::Original | Role::Quoting(_)) {
            originals.push(i as u32);
        }
        roles.push(role);
    }
    // Originals' text in parallel (each from its own random stream).
    let base: Vec<Option<(Vec<String>, u64)>> = (0..n)
        .into_par_iter()
        .map(|i| match roles[i] {
            Role::Original | Role::Quoting(_) => {
                let mut rng = Rng::new(seed, i as u64);
                let paras = vocab.paragraphs(&mut rng);
                Some((paras, rng.below(60)))
            }
            _ => None,
        })
        .collect();
    let articles: Vec<Article> = (0..n)
        .into_par_iter()
        .map(|i| {
            let mut rng = Rng::new(seed ^ 0xA5A5_A5A5, i as u64);
            let (mut paras, day) = match roles[i] {
                Role::Original => base[i].clone().unwrap_or_default(),
                Role::Quoting(src) => {
                    let (mut own, day) = base[i].clone().unwrap_or_default();
                    let (theirs, their_day) = base[src as usize].clone().unwrap_or_default();
                    for _ in 0..rng.range(1, 2) {
                        let q = theirs[rng.below(theirs.len() as u64) as usize].clone();
                        let at = rng.below(own.len() as u64 + 1) as usize;
                        own.insert(at, q);
                    }
                    (own, day.max(their_day))
                }
                Role::Exact(src) | Role::Near(src) => {
                    let (p, d) = base[src as usize].clone().unwrap_or_default();
                    (p, d + rng.below(3))
                }
            };
            match roles[i] {
                Role::Original | Role::Quoting(_) if rng.chance(0.5) => {
                    paras.push(BOILERPLATE[rng.below(BOILERPLATE.len() as u64) as usize].into());
                }
                Role::Exact(_) => {
                    if rng.chance(0.5) {
                        paras = paras.into_iter().map(|p| p.to_uppercase()).collect();
                    }
                    if rng.chance(0.3) {
                        paras = paras.into_iter().map(|p| p.replace(' ', "  ")).collect();
                    }
                }
                Role::Near(_) => near_edits(&mut paras, &vocab, &mut rng),
                _ => {}
            }
            let words = rng.range(6, 10);
            let headline = vocab.sentence(&mut rng, words);
            Article {
                id: doc_id(seed, i),
                source: format!("synthetic#{i}"),
                url: None,
                title: Some(headline),
                title_source: None,
                title_derived: false,
                subtitle: None,
                published: Some(date(day)),
                outlet: Some(OUTLETS[rng.below(OUTLETS.len() as u64) as usize].into()),
                byline: None,
                dateline: None,
                wire: rng
                    .chance(0.1)
                    .then(|| WIRES[rng.below(WIRES.len() as u64) as usize].into()),
                language: Some("eng".into()),
                body: paras.join("\n\n"),
                removed: Vec::new(),
            }
        })
        .collect();
    let family = roles
        .iter()
        .enumerate()
        .map(|(i, r)| match *r {
            Role::Exact(src) | Role::Near(src) => src,
            _ => i as u32,
        })
        .collect();
    (articles, CorpusTruth { family })
}

/// The edits of a near copy: word substitutions, maybe a trimmed last
/// paragraph, maybe another boilerplate line. (The new headline is the
/// article's title, not its body.)
fn near_edits(paras: &mut Vec<String>, vocab: &Vocabulary, rng: &mut Rng) {
    for _ in 0..rng.range(1, 4) {
        let p = rng.below(paras.len() as u64) as usize;
        let mut words: Vec<String> = paras[p].split(' ').map(str::to_owned).collect();
        let w = rng.below(words.len() as u64) as usize;
        words[w] = vocab.pick(rng).to_owned();
        paras[p] = words.join(" ");
    }
    if paras.len() >= 5 && rng.chance(0.5) {
        paras.pop();
    }
    if rng.chance(0.5) {
        let line = BOILERPLATE[rng.below(BOILERPLATE.len() as u64) as usize];
        match paras.last_mut() {
            Some(last) if BOILERPLATE.contains(&last.as_str()) => *last = line.into(),
            _ => paras.push(line.into()),
        }
    }
}
