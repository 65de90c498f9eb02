//! Reading stage: turns an article body into units later stages can compare.
//!
//! What it does so far:
//! - [`sentences`]: the body's sentences as byte spans ([`Sentence`]), with
//!   paragraph breaks, abbreviations, initials, decimals and multi-sentence
//!   quotations handled;
//! - [`times`]: the body's time expressions ([`TimeExpr`]), normalised
//!   against the report's publication date: days, ranges, instants, or an
//!   explicit [`TimeValue::Unresolved`] reason, never a silent guess.
//!
//! What it does not do yet: entity mentions and aliases, quotes and speakers,
//! numbers and facts. Those are later parts of the reading stage and are not
//! in this crate at all (no stubs).
//!
//! Everything here is pure and deterministic: same body and anchor, same
//! output. Offsets are byte offsets into the body given, always on char
//! boundaries; no input makes these functions panic.
#![deny(missing_docs)]

pub mod entities;
pub mod numbers;
pub mod quotes;
mod sentences;
mod times;

pub use crosscheck_types::{Granularity, Sentence, TimeExpr, TimeValue, UnresolvedReason};
pub use sentences::sentences;
pub use times::times;
