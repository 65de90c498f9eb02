//! Term extraction and TF-IDF vectors.
//!
//! Plain terms are the normalised words of title and body (see
//! [`crosscheck_dedup::for_each_word`]), without short words and numbers.
//! Entity terms are capitalised words and runs of capitalised words as
//! written ("Lanter Palace"), lowercased, with a possessive "'s" dropped.
//! Sentence-initial capitals ("The", "But") become entity terms too; they are
//! found in most articles and their IDF is near zero.

use std::collections::{BTreeMap, HashMap};

use crosscheck_dedup::for_each_word;
use crosscheck_types::Article;

/// Term counts of one article.
pub(crate) struct Features {
    /// Plain words of title and body (the title counted twice).
    pub words: HashMap<String, u32>,
    /// Entity terms of title and body.
    pub entities: HashMap<String, u32>,
    /// Plain words of the title alone.
    pub title: HashMap<String, u32>,
}

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
    STOP_WORDS.binary_search(&w).is_ok()
}

fn keep_word(w: &str) -> bool {
    !is_stop_word(w)
        && w.chars().count() >= 3
        && !w
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
}

fn add_words(text: &str, times: u32, into: &mut HashMap<String, u32>) {
    for_each_word(text, |w| {
        if keep_word(w) {
            // Look up before inserting: no allocation for a word seen before.
            match into.get_mut(w) {
                Some(n) => *n += times,
                None => {
                    into.insert(w.to_owned(), times);
                }
            }
        }
    });
}

/// Capitalised words and phrases of `text`, lowercased.
fn add_entities(text: &str, into: &mut HashMap<String, u32>) {
    let mut run: Vec<String> = Vec::new();
    let flush = |run: &mut Vec<String>, into: &mut HashMap<String, u32>| {
        if run.len() >= 2 {
            *into.entry(run.join(" ")).or_insert(0) += 1;
        }
        run.clear();
    };
    for token in text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
    {
        let token = token.trim_matches(|c: char| c == '\'' || c == '’' || c == '-');
        let token = token
            .strip_suffix("'s")
            .or_else(|| token.strip_suffix("’s"))
            .unwrap_or(token);
        let capitalised = token.chars().next().is_some_and(char::is_uppercase);
        let lower = token.to_lowercase();
        if capitalised && token.chars().count() >= 2 && !is_stop_word(&lower) {
            *into.entry(lower.clone()).or_insert(0) += 1;
            run.push(lower);
        } else {
            flush(&mut run, into);
        }
    }
    flush(&mut run, into);
}

impl Features {
    /// The term counts of an article.
    pub fn of(a: &Article) -> Self {
        let title = a.title.as_deref().unwrap_or("");
        let mut words = HashMap::new();
        add_words(title, 2, &mut words);
        add_words(&a.body, 1, &mut words);
        let mut entities = HashMap::new();
        add_entities(title, &mut entities);
        add_entities(&a.body, &mut entities);
        let mut t = HashMap::new();
        add_words(title, 1, &mut t);
        Self {
            words,
            entities,
            title: t,
        }
    }
}

/// Term ids and document frequencies of a corpus. Entity terms are kept apart
/// from plain words (their written form carries an `E:` prefix).
pub(crate) struct Vocabulary {
    words: HashMap<String, u32>,
    entities: HashMap<String, u32>,
    terms: Vec<String>,
    df: Vec<usize>,
    docs: usize,
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
        v.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        v.truncate(k);
        v
    }
}

impl Vocabulary {
    /// The vocabulary of the given articles' features. Ids follow the sorted
    /// written forms, so they do not depend on the order of `features`.
    pub fn new(features: &[Features]) -> Self {
        let mut word_df: HashMap<&str, usize> = HashMap::new();
        let mut entity_df: HashMap<&str, usize> = HashMap::new();
        for f in features {
            for w in f.words.keys() {
                *word_df.entry(w.as_str()).or_insert(0) += 1;
            }
            for e in f.entities.keys() {
                *entity_df.entry(e.as_str()).or_insert(0) += 1;
            }
        }
        let mut all: Vec<(String, bool, &str, usize)> = word_df
            .into_iter()
            .map(|(w, n)| (w.to_owned(), false, w, n))
            .chain(
                entity_df
                    .into_iter()
                    .map(|(e, n)| (format!("E:{e}"), true, e, n)),
            )
            .collect();
        all.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut words = HashMap::new();
        let mut entities = HashMap::new();
        let mut df = Vec::with_capacity(all.len());
        let mut terms = Vec::with_capacity(all.len());
        for (i, (written, entity, bare, n)) in all.into_iter().enumerate() {
            let id = i as u32;
            if entity {
                entities.insert(bare.to_owned(), id);
            } else {
                words.insert(bare.to_owned(), id);
            }
            terms.push(written);
            df.push(n);
        }
        Self {
            words,
            entities,
            terms,
            df,
            docs: features.len(),
        }
    }

    /// How many articles contain term `t`.
    pub fn df(&self, t: u32) -> usize {
        self.df.get(t as usize).copied().unwrap_or(0)
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
        self.terms.get(t as usize).map(String::as_str)
    }

    fn weigh(
        &self,
        counts: &HashMap<String, u32>,
        ids: &HashMap<String, u32>,
        mult: f64,
    ) -> Sparse {
        counts
            .iter()
            .filter_map(|(t, &n)| {
                let id = *ids.get(t.as_str())?;
                let w = (1.0 + f64::from(n).ln()) * self.idf(id) * mult;
                (w > 0.0).then_some((id, w))
            })
            .collect()
    }

    /// The unit TF-IDF vector (plain and entity terms) of a piece of text,
    /// such as one sentence, in this vocabulary.
    pub fn text_vector(&self, text: &str, entity_weight: f64) -> Sparse {
        let mut words = HashMap::new();
        add_words(text, 1, &mut words);
        let mut entities = HashMap::new();
        add_entities(text, &mut entities);
        let mut all = self.weigh(&words, &self.words, 1.0);
        all.extend(self.weigh(&entities, &self.entities, entity_weight));
        unit(all)
    }

    /// The vectors of one article.
    pub fn vectors(&self, f: &Features, entity_weight: f64) -> Vectors {
        let words = self.weigh(&f.words, &self.words, 1.0);
        let entities = self.weigh(&f.entities, &self.entities, entity_weight);
        let mut all: Sparse = words.into_iter().chain(entities.iter().copied()).collect();
        all.sort_by_key(|&(t, _)| t);
        let title = self.weigh(&f.title, &self.words, 1.0);
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

/// Adds `v * scale` into the dense-by-map accumulator `acc`.
pub(crate) fn accumulate(acc: &mut BTreeMap<u32, f64>, v: &Sparse, scale: f64) {
    for &(t, w) in v {
        *acc.entry(t).or_insert(0.0) += w * scale;
    }
}

/// A map accumulator as a unit sparse vector.
pub(crate) fn unit_of(acc: BTreeMap<u32, f64>) -> Sparse {
    unit(acc.into_iter().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities_are_capitalised_words_and_runs() {
        let mut m = HashMap::new();
        add_entities("Talks at the Lanter Palace, said Dalmoria's envoy.", &mut m);
        assert!(m.contains_key("lanter palace"));
        assert!(m.contains_key("lanter"));
        assert!(m.contains_key("dalmoria"));
        assert!(m.contains_key("talks"));
        assert!(!m.contains_key("envoy"));
    }

    #[test]
    fn stop_words_are_sorted_and_left_out() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
        let mut m = HashMap::new();
        add_entities("The talks. But Lanter said so.", &mut m);
        assert!(!m.contains_key("the") && !m.contains_key("but"));
        assert!(m.contains_key("lanter"));
        let mut w = HashMap::new();
        add_words("the talks with mediators", 1, &mut w);
        let mut keys: Vec<&String> = w.keys().collect();
        keys.sort();
        assert_eq!(keys, vec!["mediators", "talks"]);
    }

    #[test]
    fn cosine_of_sparse_unit_vectors() {
        let a = unit(vec![(1, 1.0), (2, 1.0)]);
        let b = unit(vec![(2, 1.0), (3, 1.0)]);
        assert!((cosine(&a, &a) - 1.0).abs() < 1e-9);
        assert!((cosine(&a, &b) - 0.5).abs() < 1e-9);
        assert_eq!(cosine(&a, &Vec::new()), 0.0);
    }
}
