//! Term extraction and TF-IDF vectors.
//!
//! Plain terms are the normalised words of title and body (see
//! [`crosscheck_dedup::for_each_word`]), without short words and numbers.
//! Entity terms are capitalised words and runs of capitalised words as
//! written ("Lanter Palace"), lowercased, with a possessive "'s" dropped.
//! Sentence-initial capitals ("The", "But") become entity terms too; they are
//! found in most articles and their IDF is near zero.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crosscheck_dedup::for_each_word;

/// English function words, left out of both plain and entity terms.
///
/// Hand-written rather than taken from a crate: about a hundred words are
/// enough, since they only matter where IDF cannot tell them apart (a
/// small corpus, see [`MIN_IDF_DOCS`]); in a large one their IDF is near zero
/// anyway. Sorted, for a binary search.
const STOP_WORDS: &[&str] = &[
    "about", "after", "again", "against", "all", "also", "among", "and", "another", "any", "are",
    "because", "been", "before", "being", "between", "both", "but", "can", "could", "did", "does",
    "down", "during", "each", "either", "even", "every", "few", "for", "from", "had", "has",
    "have", "having", "her", "here", "hers", "him", "his", "how", "into", "its", "itself", "just",
    "many", "may", "might", "more", "most", "much", "must", "neither", "nor", "not", "now", "off",
    "once", "one", "only", "other", "our", "ours", "out", "over", "own", "same", "she", "should",
    "since", "some", "such", "than", "that", "the", "their", "theirs", "them", "then", "there",
    "these", "they", "this", "those", "though", "through", "too", "under", "until", "upon", "very",
    "was", "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "whose",
    "why", "with", "within", "without", "yet", "you", "your",
];

/// Corpora smaller than this are weighed as if padded to this many
/// documents with unrelated ones: IDF from a handful of reports says nothing
/// (in five reports on one story, the story's own names are in every report
/// and would weigh zero, leaving only each report's oddities to compare).
pub(crate) const MIN_IDF_DOCS: usize = 50;

fn is_stop_word(w: &str) -> bool {
    // Every stop word is 3 to 8 ASCII letters: most words are out at once.
    if !(3..=8).contains(&w.len()) {
        return false;
    }
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| STOP_WORDS.iter().copied().collect())
        .contains(w)
}

pub(crate) fn keep_word(w: &str) -> bool {
    // A word shorter than 3 bytes is shorter than 3 characters: no search.
    w.len() >= 3
        && !is_stop_word(w)
        && w.chars().count() >= 3
        && !w
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
}

/// Calls `each` with every plain term of `text` (see the module doc).
pub(crate) fn for_each_term(text: &str, mut each: impl FnMut(&str)) {
    for_each_word(text, |w| {
        if keep_word(w) {
            each(w);
        }
    });
}

/// The prefix of an entity term's written form.
pub(crate) const ENTITY_PREFIX: &str = "E:";

/// Calls `each` with every entity term of `text`: capitalised words and
/// runs of them, lowercased, written with the [`ENTITY_PREFIX`] ("E:lanter
/// palace"). `buf` and `run` are scratch space, reused between calls to
/// save allocations.
pub(crate) fn for_each_entity(
    text: &str,
    buf: &mut String,
    run: &mut String,
    mut each: impl FnMut(&str),
) {
    let mut run_len = 0usize;
    let flush = |run: &mut String, run_len: &mut usize, each: &mut dyn FnMut(&str)| {
        if *run_len >= 2 {
            each(run);
        }
        run.clear();
        *run_len = 0;
    };
    for token in text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
    {
        let token = token.trim_matches(|c: char| c == '\'' || c == '’' || c == '-');
        let token = token
            .strip_suffix("'s")
            .or_else(|| token.strip_suffix("’s"))
            .unwrap_or(token);
        let capitalised = token.chars().next().is_some_and(char::is_uppercase);
        if !capitalised || token.chars().count() < 2 {
            flush(run, &mut run_len, &mut each);
            continue;
        }
        buf.clear();
        buf.push_str(ENTITY_PREFIX);
        if token.is_ascii() {
            buf.extend(token.chars().map(|c| c.to_ascii_lowercase()));
        } else {
            // Not char by char: `str::to_lowercase` knows a final sigma.
            buf.push_str(&token.to_lowercase());
        }
        let lower = &buf[ENTITY_PREFIX.len()..];
        if is_stop_word(lower) {
            flush(run, &mut run_len, &mut each);
            continue;
        }
        each(buf);
        if run_len == 0 {
            run.push_str(ENTITY_PREFIX);
        } else {
            run.push(' ');
        }
        run.push_str(lower);
        run_len += 1;
    }
    flush(run, &mut run_len, &mut each);
}

/// Term counts of one article, as `(term id, count)` sorted by id.
pub(crate) struct Features {
    /// Plain words of title and body (the title counted twice).
    pub words: Vec<(u32, u32)>,
    /// Entity terms of title and body.
    pub entities: Vec<(u32, u32)>,
    /// Plain words of the title alone.
    pub title: Vec<(u32, u32)>,
}

/// Term ids and document frequencies of a corpus. A term is known by its
/// written form: a plain word as it is, an entity term with the
/// [`ENTITY_PREFIX`]; ids follow the sorted written forms (built by the
/// `features` module).
pub(crate) struct Vocabulary {
    /// Written forms, sorted; a term's id is its index.
    pub(crate) terms: Vec<Box<str>>,
    /// Document frequency by id.
    pub(crate) df: Vec<u32>,
    /// Articles in the corpus.
    pub(crate) docs: usize,
}

/// Sparse vectors, sorted by term id, of unit length (or empty).
pub(crate) type Sparse = Vec<(u32, f64)>;

/// An article's TF-IDF vectors.
pub(crate) struct Vectors {
    /// Plain and entity terms together.
    pub all: Sparse,
    /// Entity terms alone.
    pub entities: Sparse,
    /// Title words alone.
    pub title: Sparse,
}

impl Vectors {
    /// The `k` heaviest terms of `all` with their weights, heaviest first
    /// (ties by id).
    pub fn top_weighted(&self, k: usize) -> Sparse {
        let mut v = self.all.clone();
        let order = |a: &(u32, f64), b: &(u32, f64)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
        if v.len() > k {
            v.select_nth_unstable_by(k, order);
            v.truncate(k);
        }
        v.sort_unstable_by(order);
        v
    }
}

impl Vocabulary {
    /// How many articles contain term `t`.
    pub fn df(&self, t: u32) -> usize {
        self.df.get(t as usize).map_or(0, |&n| n as usize)
    }

    /// Inverse document frequency of term `t`: ln(N / df) with N at least
    /// [`MIN_IDF_DOCS`]; zero for a term in every article of a corpus that
    /// large.
    pub fn idf(&self, t: u32) -> f64 {
        let df = self.df(t).max(1) as f64;
        (self.docs.max(MIN_IDF_DOCS) as f64 / df).ln().max(0.0)
    }

    /// The term of an id (entity terms carry an `E:` prefix).
    pub fn term(&self, t: u32) -> Option<&str> {
        self.terms.get(t as usize).map(|t| &**t)
    }

    /// The id of a written form, if the corpus has it.
    pub fn id(&self, written: &str) -> Option<u32> {
        let i = self.terms.binary_search_by(|t| (**t).cmp(written)).ok()?;
        u32::try_from(i).ok()
    }

    fn weigh(&self, counts: &[(u32, u32)], mult: f64) -> Sparse {
        counts
            .iter()
            .filter_map(|&(id, n)| {
                let w = (1.0 + f64::from(n).ln()) * self.idf(id) * mult;
                (w > 0.0).then_some((id, w))
            })
            .collect()
    }

    /// The unit TF-IDF vector (plain and entity terms) of a piece of text,
    /// such as one sentence, in this vocabulary.
    pub fn text_vector(&self, text: &str, entity_weight: f64) -> Sparse {
        let mut words: HashMap<u32, u32> = HashMap::new();
        for_each_term(text, |w| {
            if let Some(id) = self.id(w) {
                *words.entry(id).or_insert(0) += 1;
            }
        });
        let mut entities: HashMap<u32, u32> = HashMap::new();
        let (mut buf, mut run) = (String::new(), String::new());
        for_each_entity(text, &mut buf, &mut run, |e| {
            if let Some(id) = self.id(e) {
                *entities.entry(id).or_insert(0) += 1;
            }
        });
        let words: Vec<(u32, u32)> = words.into_iter().collect();
        let entities: Vec<(u32, u32)> = entities.into_iter().collect();
        let mut all = self.weigh(&words, 1.0);
        all.extend(self.weigh(&entities, entity_weight));
        unit(all)
    }

    /// The vectors of one article.
    pub fn vectors(&self, f: &Features, entity_weight: f64) -> Vectors {
        let words = self.weigh(&f.words, 1.0);
        let entities = self.weigh(&f.entities, entity_weight);
        let mut all: Sparse = Vec::with_capacity(words.len() + entities.len());
        all.extend_from_slice(&words);
        all.extend_from_slice(&entities);
        let title = self.weigh(&f.title, 1.0);
        Vectors {
            all: unit(all),
            entities: unit(entities),
            title: unit(title),
        }
    }
}

fn unit(mut v: Sparse) -> Sparse {
    v.sort_by_key(|&(t, _)| t);
    let norm = v.iter().map(|(_, w)| w * w).sum::<f64>().sqrt();
    if norm > 0.0 {
        for (_, w) in &mut v {
            *w /= norm;
        }
    }
    v
}

/// Cosine of two unit sparse vectors sorted by term id.
pub(crate) fn cosine(a: &Sparse, b: &Sparse) -> f64 {
    let (mut i, mut j, mut s) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                s += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    s
}

/// One article's three vectors spread into dense arrays by term id, to
/// score it against many others (see `pair_scores` in the crate root).
pub(crate) struct Dense {
    all: Vec<f64>,
    entities: Vec<f64>,
    title: Vec<f64>,
}

/// Dot product of a dense and a sparse vector, in the sparse one's order.
fn dot(dense: &[f64], v: &Sparse) -> f64 {
    let mut s = 0.0;
    for &(t, w) in v {
        s += dense.get(t as usize).copied().unwrap_or(0.0) * w;
    }
    s
}

fn spread(dense: &mut [f64], v: &Sparse, on: bool) {
    for &(t, w) in v {
        if let Some(x) = dense.get_mut(t as usize) {
            *x = if on { w } else { 0.0 };
        }
    }
}

impl Dense {
    /// Zeroed arrays for `terms` term ids.
    pub fn new(terms: usize) -> Self {
        Self {
            all: vec![0.0; terms],
            entities: vec![0.0; terms],
            title: vec![0.0; terms],
        }
    }

    /// Spreads `v` into the arrays.
    pub fn load(&mut self, v: &Vectors) {
        spread(&mut self.all, &v.all, true);
        spread(&mut self.entities, &v.entities, true);
        spread(&mut self.title, &v.title, true);
    }

    /// Zeroes what [`Dense::load`] set.
    pub fn unload(&mut self, v: &Vectors) {
        spread(&mut self.all, &v.all, false);
        spread(&mut self.entities, &v.entities, false);
        spread(&mut self.title, &v.title, false);
    }

    /// [`cosine`] of the loaded `all` vector with `b`.
    pub fn cosine_all(&self, b: &Sparse) -> f64 {
        dot(&self.all, b)
    }

    /// [`cosine`] of the loaded entity vector with `b`.
    pub fn cosine_entities(&self, b: &Sparse) -> f64 {
        dot(&self.entities, b)
    }

    /// [`cosine`] of the loaded title vector with `b`.
    pub fn cosine_title(&self, b: &Sparse) -> f64 {
        dot(&self.title, b)
    }
}

/// The unit vector of the sum of `vectors`.
///
/// Each term's weights are summed in the order of `vectors` (a stable sort
/// by term keeps them so), the way a map accumulator would, so the result
/// does not depend on how the sum is computed.
pub(crate) fn centroid<'a>(vectors: impl Iterator<Item = &'a Sparse>) -> Sparse {
    let mut all: Sparse = Vec::new();
    for v in vectors {
        all.extend_from_slice(v);
    }
    all.sort_by_key(|&(t, _)| t);
    let mut out: Sparse = Vec::new();
    for (t, w) in all {
        match out.last_mut() {
            Some(last) if last.0 == t => last.1 += w,
            _ => out.push((t, 0.0 + w)),
        }
    }
    unit(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entities(text: &str) -> Vec<String> {
        let (mut buf, mut run) = (String::new(), String::new());
        let mut out = Vec::new();
        for_each_entity(text, &mut buf, &mut run, |e| out.push(e.to_owned()));
        out.sort();
        out
    }

    #[test]
    fn entities_are_capitalised_words_and_runs() {
        let m = entities("Talks at the Lanter Palace, said Dalmoria's envoy.");
        assert_eq!(
            m,
            vec![
                "E:dalmoria",
                "E:lanter",
                "E:lanter palace",
                "E:palace",
                "E:talks"
            ]
        );
        let m = entities("ΟΔΟΣ Lanter");
        // Lowercased as a whole word: a final sigma stays final.
        assert!(m.contains(&format!("E:{}", "ΟΔΟΣ".to_lowercase())), "{m:?}");
        assert_eq!(m.len(), 3, "{m:?}");
    }

    #[test]
    fn stop_words_are_sorted_and_left_out() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(STOP_WORDS.iter().all(|w| (3..=8).contains(&w.len())));
        assert!(STOP_WORDS.iter().all(|&w| is_stop_word(w)));
        assert!(!is_stop_word("talks") && !is_stop_word("an"));
        let m = entities("The talks. But Lanter said so.");
        assert_eq!(m, vec!["E:lanter"]);
        let mut w = Vec::new();
        for_each_term("the talks with mediators on 12.5", |t| w.push(t.to_owned()));
        w.sort();
        assert_eq!(w, vec!["mediators", "talks"]);
    }

    #[test]
    fn cosine_of_sparse_unit_vectors() {
        let a = unit(vec![(1, 1.0), (2, 1.0)]);
        let b = unit(vec![(2, 1.0), (3, 1.0)]);
        assert!((cosine(&a, &a) - 1.0).abs() < 1e-9);
        assert!((cosine(&a, &b) - 0.5).abs() < 1e-9);
        assert_eq!(cosine(&a, &Vec::new()), 0.0);
        let v = Vectors {
            all: a.clone(),
            entities: Vec::new(),
            title: b.clone(),
        };
        let mut d = Dense::new(4);
        d.load(&v);
        assert_eq!(d.cosine_all(&b), cosine(&a, &b));
        assert_eq!(d.cosine_title(&a), cosine(&b, &a));
        assert_eq!(d.cosine_entities(&a), 0.0);
        d.unload(&v);
        assert_eq!(d.cosine_all(&a), 0.0);
    }

    #[test]
    fn centroid_sums_by_term() {
        let a = vec![(1, 0.6), (2, 0.8)];
        let b = vec![(2, 0.8), (3, 0.6)];
        let c = centroid([&a, &b].into_iter());
        let ids: Vec<u32> = c.iter().map(|&(t, _)| t).collect();
        assert_eq!(ids, vec![1, 2, 3]);
        assert!((c[1].1 - 1.6 / (0.36f64 + 2.56 + 0.36).sqrt()).abs() < 1e-12);
        assert!(centroid(std::iter::empty()).is_empty());
    }
}
