//! Reading stage: turns an article body into units later stages can compare.
//!
//! What it does:
//! - [`read_corpus`]: all of the below on a set of reports, with entities
//!   resolved across them (the front door for the rest of the pipeline);
//! - [`sentences`]: the body's sentences as byte spans ([`Sentence`]), with
//!   paragraph breaks, abbreviations, initials, decimals and multi-sentence
//!   quotations handled;
//! - [`times`]: the body's time expressions ([`TimeExpr`]), normalised
//!   against the report's publication date: days, ranges, instants, or an
//!   explicit [`TimeValue::Unresolved`] reason, never a silent guess;
//! - [`entities`]: mentions of people, organisations, places, groups, outlets
//!   and documents, and their identities across reports (aliases, acronyms,
//!   diacritics, titles, metonyms);
//! - [`quotes`]: direct and indirect quotes with their speakers, speech
//!   verbs and channels;
//! - [`numbers`]: counts and amounts with what they count.
//!
//! What it does not do: decide which statements agree or conflict (that is
//! the cross-check stage).
//!
//! Everything here is pure and deterministic: same body and anchor, same
//! output. Offsets are byte offsets into the body given, always on char
//! boundaries; no input makes these functions panic.
#![deny(missing_docs)]

mod corpus;
pub mod entities;
pub mod numbers;
pub mod quotes;
mod sentences;
mod times;

pub use corpus::{
    read_article, read_corpus, ArticleReading, CorpusReading, HeaderPart, HeaderReading,
};
pub use crosscheck_types::{Granularity, Sentence, TimeExpr, TimeValue, UnresolvedReason};
pub use sentences::sentences;
pub use times::{counted_from_event, times};
