//! A seeded synthetic news corpus with known stories and copies.
//!
//! Stories have log-uniform sizes (1 to 60 reports), a start day in one
//! year and a span that grows with their size. Every story belongs to one of
//! a dozen *themes* whose words ("talks", "ceasefire", "round", "mediators",
//! "trade", "negotiations", …) all its stories share, names two countries
//! from a small shared pool, and has its own people, places and topic words.
//! Sentences mix common words (Zipf–Mandelbrot over 30,000 made-up words),
//! theme words, the story's words and names, and now and then a name from
//! another story, so stories overlap in vocabulary as real ones do.
//!
//! Of the reports after a story's first, about 10 % are exact copies of an
//! earlier original of the story (some with changed case or spacing) and 20 %
//! near copies (new headline, a few words changed, maybe the last paragraph
//! trimmed, maybe a boilerplate line), published up to two days later.
//!
//! Hand-written rather than built on `crosscheck_dedup::bench`'s generator:
//! that one has copies but no stories, and its word tables are private.

use chrono::NaiveDate;
use crosscheck_types::{Article, DateSource, DocumentId, PublishedDate};
use rayon::prelude::*;

/// What the generated corpus is made of, per article (same index).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntheticGold {
    /// The story of each article.
    pub story: Vec<u32>,
    /// The original each article was copied from (itself for an original).
    pub family: Vec<u32>,
}

/// splitmix64: a small, fast, well-mixed generator; enough for test data.
struct Rng(u64);

impl Rng {
    fn new(seed: u64, stream: u64) -> Self {
        let mut r = Rng(seed ^ stream.wrapping_mul(0xD1B5_4A32_D192_ED03));
        r.next();
        r
    }
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    /// Uniform in `0..n` (0 when n is 0).
    fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next()) * n as u128) >> 64) as usize
    }
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }
    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

const SYLLABLES: &[&str] = &[
    "ka", "lo", "mi", "ne", "ta", "ru", "so", "vi", "de", "pa", "zu", "ho", "ber", "lin", "mar",
    "tos", "ven", "dal", "cor", "fin", "gra", "hul", "jen", "kos", "lum", "nor", "pel", "quin",
    "ras", "sil", "tur", "val", "wen", "xan", "yor", "zel", "an", "el", "in", "on", "ur", "ast",
    "eth", "ith", "oth", "um", "ri", "sa", "te", "mo", "ga", "bi", "fe", "ku", "la", "no", "pi",
    "se", "tu", "dor", "mek", "ral", "sen", "vok",
];

/// Word number `k` of a word list written in syllables, at least two
/// syllables so it is never a stop word. Each list has its own `salt` in
/// 0..7, so words of different lists never coincide.
fn syllable_word(mut k: usize, salt: usize) -> String {
    let mut w = String::new();
    k = k * 7 + salt;
    for i in 0.. {
        w.push_str(SYLLABLES[k % SYLLABLES.len()]);
        k /= SYLLABLES.len();
        if k == 0 && i >= 1 {
            break;
        }
    }
    w
}

fn capitalised(w: &str) -> String {
    let mut c = w.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

const COMMON_WORDS: usize = 30_000;
const THEMES: usize = 12;
const THEME_WORDS: usize = 25;
const COUNTRIES: usize = 120;

/// Real words that several themes share, as news themes do.
const SHARED_THEME_WORDS: &[&str] = &[
    "talks",
    "ceasefire",
    "round",
    "mediators",
    "trade",
    "negotiations",
    "agreement",
    "officials",
    "minister",
    "delegation",
    "deal",
    "meeting",
    "statement",
    "government",
    "border",
    "crisis",
];

struct Vocabulary {
    common: Vec<String>,
    cumulative: Vec<f64>,
    themes: Vec<Vec<String>>,
    countries: Vec<String>,
}

impl Vocabulary {
    fn new() -> Self {
        let common: Vec<String> = (0..COMMON_WORDS).map(|k| syllable_word(k, 1)).collect();
        let mut total = 0.0;
        let cumulative = (0..COMMON_WORDS)
            .map(|r| {
                total += 1.0 / (r as f64 + 2.7);
                total
            })
            .collect();
        let themes = (0..THEMES)
            .map(|t| {
                let mut words: Vec<String> = (0..THEME_WORDS)
                    .map(|k| syllable_word(t * THEME_WORDS + k, 2))
                    .collect();
                // Each theme also takes six of the shared real words.
                for k in 0..6 {
                    let w = SHARED_THEME_WORDS[(t * 5 + k * 3) % SHARED_THEME_WORDS.len()];
                    words.push(w.to_owned());
                }
                words
            })
            .collect();
        let countries = (0..COUNTRIES)
            .map(|k| capitalised(&syllable_word(k, 3)))
            .collect();
        Self {
            common,
            cumulative,
            themes,
            countries,
        }
    }

    fn common_word(&self, rng: &mut Rng) -> &str {
        let total = self.cumulative.last().copied().unwrap_or(1.0);
        let x = rng.unit() * total;
        let i = self.cumulative.partition_point(|&c| c < x);
        &self.common[i.min(self.common.len() - 1)]
    }
}

/// One story's plan.
struct StoryPlan {
    theme: usize,
    countries: [usize; 2],
    names: Vec<String>,
    topic: Vec<String>,
    start: u64,
    span: u64,
}

fn story_plan(s: usize, size: usize, seed: u64) -> StoryPlan {
    let mut rng = Rng::new(seed ^ 0x5157_0A11, s as u64);
    let names = (0..rng.range(4, 7))
        .map(|k| {
            let w = capitalised(&syllable_word(s * 8 + k, 4));
            // Some names are two words ("Kalo Mirven").
            if k % 2 == 0 {
                format!("{w} {}", capitalised(&syllable_word(s * 8 + k, 5)))
            } else {
                w
            }
        })
        .collect();
    let topic = (0..rng.range(10, 18))
        .map(|k| syllable_word(s * 20 + k, 6))
        .collect();
    StoryPlan {
        theme: rng.below(THEMES),
        countries: [rng.below(COUNTRIES), rng.below(COUNTRIES)],
        names,
        topic,
        start: rng.below(365) as u64,
        span: 1 + (size as u64 * 2).min(45),
    }
}

fn sentence(v: &Vocabulary, plan: &StoryPlan, other: &StoryPlan, rng: &mut Rng) -> String {
    let n = rng.range(12, 22);
    let mut words: Vec<String> = Vec::with_capacity(n);
    for _ in 0..n {
        let x = rng.unit();
        let w = if x < 0.58 {
            v.common_word(rng).to_owned()
        } else if x < 0.72 {
            rng.pick(&v.themes[plan.theme]).clone()
        } else if x < 0.86 {
            rng.pick(&plan.topic).clone()
        } else if x < 0.94 {
            rng.pick(&plan.names).clone()
        } else if x < 0.98 {
            v.countries[plan.countries[rng.below(2)]].clone()
        } else {
            rng.pick(&other.names).clone()
        };
        words.push(w);
    }
    let mut s = capitalised(&words.join(" "));
    s.push('.');
    s
}

const BOILERPLATE: &[&str] = &[
    "Download our app for breaking news alerts.",
    "Subscribe to the morning briefing for the day's top stories.",
    "This report was published from a syndicated feed.",
];

const OUTLETS: &[&str] = &[
    "Harbour Herald",
    "Valley Courier",
    "Northern Ledger",
    "Coastline Times",
    "Metro Dispatch",
    "Plains Gazette",
];

#[derive(Clone, Copy)]
enum Role {
    Original,
    Exact(usize),
    Near(usize),
}

fn doc_id(seed: u64, i: usize) -> DocumentId {
    let mut rng = Rng::new(seed ^ 0x1D5, i as u64);
    let hex: String = (0..4).map(|_| format!("{:016x}", rng.next())).collect();
    match DocumentId::from_hex(&hex) {
        Ok(id) => id,
        Err(_) => unreachable!("64 lowercase hex digits"),
    }
}

fn date(day: u64) -> PublishedDate {
    let base = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap_or_default();
    PublishedDate {
        date: base + chrono::Days::new(day),
        source: DateSource::Input,
    }
}

/// `n` articles from `seed`, with their stories and copies. The same `n` and
/// `seed` give the same corpus, whatever the thread count.
pub fn synthetic_corpus(n: usize, seed: u64) -> (Vec<Article>, SyntheticGold) {
    let vocab = Vocabulary::new();
    // Stories and roles first (sequential, cheap).
    let mut rng = Rng::new(seed, u64::MAX);
    let mut story = Vec::with_capacity(n);
    let mut roles = Vec::with_capacity(n);
    let mut sizes = Vec::new();
    while story.len() < n {
        let s = sizes.len();
        // Log-uniform size in 1..=60.
        let size = ((rng.unit() * 61f64.ln()).exp() as usize).clamp(1, 60);
        let size = size.min(n - story.len());
        let first = story.len();
        let mut originals = Vec::new();
        for k in 0..size {
            let roll = rng.below(100);
            let role = if k == 0 || roll >= 30 {
                originals.push(first + k);
                Role::Original
            } else {
                let src = *rng.pick(&originals);
                if roll < 10 {
                    Role::Exact(src)
                } else {
                    Role::Near(src)
                }
            };
            story.push(s as u32);
            roles.push(role);
        }
        sizes.push(size);
    }
    let plans: Vec<StoryPlan> = sizes
        .par_iter()
        .enumerate()
        .map(|(s, &size)| story_plan(s, size, seed))
        .collect();
    // Originals' text and day in parallel, each from its own stream.
    let base: Vec<Option<(Vec<String>, u64)>> = (0..n)
        .into_par_iter()
        .map(|i| {
            let Role::Original = roles[i] else {
                return None;
            };
            let mut rng = Rng::new(seed, i as u64);
            let plan = &plans[story[i] as usize];
            let other = &plans[rng.below(plans.len())];
            let paras = (0..rng.range(5, 7))
                .map(|_| {
                    (0..rng.range(2, 4))
                        .map(|_| sentence(&vocab, plan, other, &mut rng))
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect();
            Some((paras, plan.start + rng.below(plan.span as usize) as u64))
        })
        .collect();
    let articles: Vec<Article> = (0..n)
        .into_par_iter()
        .map(|i| {
            let mut rng = Rng::new(seed ^ 0xA5A5, i as u64);
            let plan = &plans[story[i] as usize];
            let (mut paras, day) = match roles[i] {
                Role::Original => base[i].clone().unwrap_or_default(),
                Role::Exact(src) | Role::Near(src) => {
                    let (p, d) = base[src].clone().unwrap_or_default();
                    (p, d + rng.below(3) as u64)
                }
            };
            match roles[i] {
                Role::Exact(_) if rng.chance(0.3) => {
                    paras = paras.into_iter().map(|p| p.to_uppercase()).collect();
                }
                Role::Near(_) => {
                    for _ in 0..rng.range(1, 4) {
                        let p = rng.below(paras.len());
                        let mut words: Vec<String> =
                            paras[p].split(' ').map(str::to_owned).collect();
                        let w = rng.below(words.len());
                        words[w] = vocab.common_word(&mut rng).to_owned();
                        paras[p] = words.join(" ");
                    }
                    if paras.len() >= 5 && rng.chance(0.5) {
                        paras.pop();
                    }
                    if rng.chance(0.5) {
                        paras.push((*rng.pick(BOILERPLATE)).to_owned());
                    }
                }
                _ => {}
            }
            let other = &plans[rng.below(plans.len())];
            let title = sentence(&vocab, plan, other, &mut rng);
            let title = title.split(' ').take(9).collect::<Vec<_>>().join(" ");
            Article {
                id: doc_id(seed, i),
                source: format!("synthetic#{i}"),
                url: None,
                title: Some(title),
                title_source: None,
                title_derived: false,
                subtitle: None,
                published: Some(date(day)),
                outlet: Some((*rng.pick(OUTLETS)).to_owned()),
                byline: None,
                dateline: None,
                wire: None,
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
            Role::Exact(src) | Role::Near(src) => src as u32,
            Role::Original => i as u32,
        })
        .collect();
    (articles, SyntheticGold { story, family })
}
