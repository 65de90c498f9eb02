//! The clustering stage's output: reports grouped into stories, and each
//! story split into events.
//!
//! A story is everything written about one developing matter (a ceasefire
//! process, a dam failure); an event is one thing that happened within it
//! (one round of talks, one night of shelling). Facts are compared within an
//! event, never across events of one story.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::DocumentId;

/// A story: reports about one developing matter, split into events.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Story {
    /// A stable id, derived from the story's smallest article id.
    pub id: String,
    /// A short title made from the story's key terms.
    pub title: String,
    /// Every article of the story, sorted by id.
    pub articles: Vec<DocumentId>,
    /// The story's events, in date order (undated events last).
    pub events: Vec<Event>,
}

/// One event of a story: reports describing the same happening.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// A stable id, unique across stories.
    pub id: String,
    /// A short label ("third round of talks").
    pub label: String,
    /// The first day the event happened, where the reports tell it.
    pub start: Option<NaiveDate>,
    /// The last day the event happened, where the reports tell it.
    pub end: Option<NaiveDate>,
    /// The event's articles, sorted by id.
    pub articles: Vec<DocumentId>,
    /// For each article, the sentence that placed it in this event.
    pub evidence: Vec<Placement>,
}

/// Why an article was placed in an event: the deciding sentence (for an
/// article placed by content, its lead sentence; `0..0` when the body has
/// no sentence).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Placement {
    /// The article placed.
    pub article: DocumentId,
    /// Byte offset of the deciding sentence's first character in the body.
    pub sentence_start: usize,
    /// Byte offset one past the deciding sentence's last character.
    pub sentence_end: usize,
    /// What in the sentence decided ("date 2026-05-12 (held)", "ordinal 3",
    /// "content").
    pub reason: String,
}
