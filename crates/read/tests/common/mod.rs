//! A small invented corpus for entity tests: reports by number, their
//! entity table, and the entity of the nth occurrence of a phrase.

#![allow(dead_code)]

use crosscheck_read::entities::{mentions, resolve, ArticleMentions, EntityTable};
use crosscheck_types::DocumentId;

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
