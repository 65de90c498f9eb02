//! A small invented corpus for entity tests: reports by number, their
//! entity table, and the entity of the nth occurrence of a phrase; and the
//! speaker of a quote, for quote tests.

#![allow(dead_code)]

use crosscheck_read::entities::{mentions, resolve, ArticleMentions, EntityTable};
use crosscheck_types::{Article, DocumentId};

pub fn id(n: u8) -> DocumentId {
    DocumentId::from_hex(&format!("{:064x}", n)).expect("test id")
}

pub struct Corpus {
    pub ids: Vec<DocumentId>,
    pub bodies: Vec<&'static str>,
}

impl Corpus {
    pub fn new(bodies: &[&'static str]) -> Self {
        Self {
            ids: (1..=bodies.len() as u8).map(id).collect(),
            bodies: bodies.to_vec(),
        }
    }
    pub fn table(&self) -> EntityTable {
        let read: Vec<ArticleMentions<'_>> = self
            .ids
            .iter()
            .zip(&self.bodies)
            .map(|(id, body)| ArticleMentions {
                article: id,
                body,
                mentions: mentions(body),
            })
            .collect();
        resolve(&read)
    }
    /// The entity id of the `nth` occurrence of `text` in report `doc`.
    pub fn entity(
        &self,
        table: &EntityTable,
        doc: usize,
        text: &str,
        nth: usize,
    ) -> Option<String> {
        let body = self.bodies[doc];
        let (at, _) = body.match_indices(text).nth(nth)?;
        table
            .entity_of(&self.ids[doc], at, at + text.len())
            .map(|e| e.id.clone())
    }
}

/// An English article with `body` and nothing else known, for
/// [`crosscheck_read::read_corpus`].
// Not every test file that shares this module uses it.
#[allow(unused_imports)]
pub use crosscheck_testkit::article;

/// The id of the entity of the `nth` mention written `text` in report
/// `doc`, the articles read together by [`crosscheck_read::read_corpus`].
pub fn corpus_entity(articles: &[Article], doc: usize, text: &str, nth: usize) -> Option<String> {
    let reading = crosscheck_read::read_corpus(articles);
    let a = &articles[doc];
    let (start, _) = a.body.match_indices(text).nth(nth)?;
    reading
        .entities
        .entity_of(&a.id, start, start + text.len())
        .map(|e| e.id.clone())
}

/// The speaker's text of the quote (either mode) holding `words`.
pub fn speaker_of_any(qs: &[crosscheck_read::quotes::Quote], words: &str) -> Option<String> {
    let q = qs
        .iter()
        .find(|q| q.text.contains(words))
        .unwrap_or_else(|| panic!("no quote with {words:?} in {qs:#?}"));
    q.speaker.as_ref().map(|s| s.text.clone())
}
