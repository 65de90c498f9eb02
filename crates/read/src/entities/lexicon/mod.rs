//! Hand-kept word lists for mentions: titles, role nouns, organisation
//! heads, words that are never names. No data source lists these for news
//! English; each list is short and closed, and says what it is for.
//!
//! Split by what a list decides: `roles` (titles, portfolios, role nouns of
//! groups), `names` (what makes a run of capitals a kind of name) and
//! `context` (the words around a name). Callers use the re-exports here.

mod context;
mod names;
mod roles;

pub use context::*;
pub use names::*;
pub use roles::*;
