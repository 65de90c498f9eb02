//! The term counts of every article and the vocabulary of the corpus, with
//! terms interned as `u32` ids.
//!
//! Articles are read in chunks, in parallel. Each chunk interns its terms
//! (written form → chunk-local id) and counts them per article in dense
//! arrays, so a term's text is stored once per chunk, not once per article.
//! The chunks' written forms are then merged and sorted: a term's id is its
//! rank among all written forms, so ids do not depend on the chunking, the
//! thread count or the order of the articles. Each chunk's local ids are
//! finally mapped to those ids.
//!
//! It does not weigh terms: that is [`Vocabulary::vectors`]' work.

use std::collections::HashMap;

use crosscheck_types::Article;
use rayon::prelude::*;

use crosscheck_dedup::for_each_word;

use crate::terms::{for_each_entity, keep_word, Features, Vocabulary};

/// The interning maps' hasher: any hasher gives the same result (nothing
/// depends on a map's order); ahash is fast on short strings, and fixed
/// seeds keep runs alike.
fn hasher() -> ahash::RandomState {
    ahash::RandomState::with_seeds(0x5eed, 0xc105, 0x7e57, 0xda7a)
}

/// Counts of chunk-local ids for one article: a dense array plus the ids
/// touched, so that clearing costs the article's terms, not the chunk's.
#[derive(Default)]
struct Counter {
    counts: Vec<u32>,
    touched: Vec<u32>,
}

impl Counter {
    fn add(&mut self, id: u32, n: u32) {
        let i = id as usize;
        if i >= self.counts.len() {
            self.counts.resize(i + 1, 0);
        }
        if self.counts[i] == 0 {
            self.touched.push(id);
        }
        self.counts[i] += n;
    }

    /// The counts, by local id, and a clean counter.
    fn take(&mut self) -> Vec<(u32, u32)> {
        let out = self
            .touched
            .iter()
            .map(|&id| (id, std::mem::take(&mut self.counts[id as usize])))
            .collect();
        self.touched.clear();
        out
    }
}

/// One chunk's interned terms and its articles' counts in local ids.
struct Chunk {
    /// Written forms by local id (none for a stop word).
    terms: Vec<Option<Box<str>>>,
    features: Vec<Features>,
}

fn read_chunk(docs: &[&Article]) -> Chunk {
    let mut ids: HashMap<Box<str>, u32, ahash::RandomState> = HashMap::with_hasher(hasher());
    // Whether each local id is a term (a word can be a stop word; decided
    // once per chunk, not once per occurrence).
    let mut kept: Vec<bool> = Vec::new();
    let mut intern = |t: &str, keep: fn(&str) -> bool| -> Option<u32> {
        let id = match ids.get(t) {
            Some(&id) => id,
            None => {
                // Fewer than 2^32 distinct terms in one chunk.
                let id = ids.len() as u32;
                ids.insert(t.into(), id);
                kept.push(keep(t));
                id
            }
        };
        kept[id as usize].then_some(id)
    };
    let (mut words, mut entities, mut title) =
        (Counter::default(), Counter::default(), Counter::default());
    let (mut buf, mut run) = (String::new(), String::new());
    let mut features = Vec::with_capacity(docs.len());
    for a in docs {
        let t = a.title.as_deref().unwrap_or("");
        for_each_word(t, |w| {
            if let Some(id) = intern(w, keep_word) {
                words.add(id, 2);
                title.add(id, 1);
            }
        });
        for_each_word(&a.body, |w| {
            if let Some(id) = intern(w, keep_word) {
                words.add(id, 1);
            }
        });
        for text in [t, a.body.as_str()] {
            for_each_entity(text, &mut buf, &mut run, |e| {
                if let Some(id) = intern(e, |_| true) {
                    entities.add(id, 1);
                }
            });
        }
        features.push(Features {
            words: words.take(),
            entities: entities.take(),
            title: title.take(),
        });
    }
    let mut terms: Vec<Option<Box<str>>> = vec![None; ids.len()];
    for (t, id) in ids {
        if kept[id as usize] {
            terms[id as usize] = Some(t);
        }
    }
    Chunk { terms, features }
}

/// The vocabulary of `docs` and each article's term counts (same order).
pub(crate) fn features(docs: &[&Article]) -> (Vocabulary, Vec<Features>) {
    // Chunk size changes the work, never the result (see the module doc).
    let size = docs
        .len()
        .div_ceil(rayon::current_num_threads().max(1) * 8)
        .clamp(64, 4096);
    features_in_chunks(docs, size)
}

fn features_in_chunks(docs: &[&Article], size: usize) -> (Vocabulary, Vec<Features>) {
    let chunks: Vec<Chunk> = docs.par_chunks(size).map(read_chunk).collect();
    // Every written form once (a map: chunks share most of their terms),
    // then sorted: its rank is its id.
    let mut ids: HashMap<&str, u32, ahash::RandomState> = HashMap::with_hasher(hasher());
    for c in &chunks {
        for t in c.terms.iter().flatten() {
            ids.entry(&**t).or_insert(0);
        }
    }
    let mut sorted: Vec<&str> = ids.keys().copied().collect();
    sorted.par_sort_unstable();
    for (id, t) in sorted.iter().enumerate() {
        // Fewer than 2^32 distinct terms.
        ids.insert(t, id as u32);
    }
    let terms: Vec<Box<str>> = sorted.into_iter().map(Box::from).collect();
    let mut df = vec![0u32; terms.len()];
    // Each chunk's local id → id.
    let maps: Vec<Vec<u32>> = chunks
        .par_iter()
        .map(|c| {
            c.terms
                .iter()
                .map(|t| t.as_ref().and_then(|t| ids.get(&**t)).copied().unwrap_or(0))
                .collect()
        })
        .collect();
    drop(ids);
    let features: Vec<Vec<Features>> = chunks
        .into_par_iter()
        .zip(maps)
        .map(|(c, map)| {
            let remap = |v: &mut Vec<(u32, u32)>| {
                for (id, _) in v.iter_mut() {
                    *id = map[*id as usize];
                }
                v.sort_unstable_by_key(|&(id, _)| id);
            };
            c.features
                .into_iter()
                .map(|mut f| {
                    remap(&mut f.words);
                    remap(&mut f.entities);
                    remap(&mut f.title);
                    f
                })
                .collect()
        })
        .collect();
    let features: Vec<Features> = features.into_iter().flatten().collect();
    for f in &features {
        for &(id, _) in f.words.iter().chain(&f.entities) {
            df[id as usize] += 1;
        }
    }
    let vocab = Vocabulary {
        terms,
        df,
        docs: docs.len(),
    };
    (vocab, features)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(title: &str, body: &str) -> Article {
        let mut a = crosscheck_testkit::article(0, body);
        a.title = Some(title.to_owned());
        a.source = String::new();
        a.language = None;
        a
    }

    #[test]
    fn ids_follow_written_forms_whatever_the_chunks() {
        let docs: Vec<Article> = (0..300)
            .map(|i| {
                article(
                    &format!("Talks in Zell {}", i % 7),
                    &format!("Mediators met in Lanter Palace on day wk{i}. The talks ended."),
                )
            })
            .collect();
        let refs: Vec<&Article> = docs.iter().collect();
        let (v, f) = features_in_chunks(&refs, 7);
        let (v1, f1) = features_in_chunks(&refs, 1000);
        assert_eq!(v.terms, v1.terms);
        assert!(v.terms.windows(2).all(|w| w[0] < w[1]));
        for (a, b) in f.iter().zip(&f1) {
            assert_eq!(a.words, b.words);
            assert_eq!(a.entities, b.entities);
        }
        let talks = v.id("talks").unwrap_or(u32::MAX);
        assert_eq!(v.df(talks), 300);
        let palace = v.id("E:lanter palace").unwrap_or(u32::MAX);
        assert_eq!(v.df(palace), 300);
        assert_eq!(v.id("wk7").map(|t| v.df(t)), Some(1));
        // The title counts twice among the words, once in `title`.
        assert!(f[0].words.contains(&(talks, 3)));
        assert!(f[0].title.contains(&(talks, 1)));
    }
}
