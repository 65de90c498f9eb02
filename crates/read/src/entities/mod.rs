//! Entity mentions in one report, and their identities across the reports
//! of a story.
//!
//! What it does:
//! - [`mentions`]: people (with the title or role written with them:
//!   "Defence Minister Khawaja Asif"), organisations, governments, countries,
//!   cities and other places, groups of people ("the Afghan delegation"),
//!   media outlets and programmes, platforms, documents ("the Doha
//!   Agreement"), bare titles ("the minister") and acronyms, as byte spans of
//!   the body. A capital standing for its government ("Islamabad rejected")
//!   is marked [`Mention::metonym`]. Links stated in the report itself are
//!   kept as [`Mention::same_as`]: an acronym in brackets, an appositive
//!   title, a surname after the full name, a nickname in quotation marks
//!   inside a name (`Wojslaw "Zed" Zdzieblowski`, see `nicknames`), a bare
//!   title after the one person
//!   holding it (only when unambiguous), a bare place noun ("the pass")
//!   after the one place of the report it heads ("the Grelling Pass").
//! - [`resolve`]: one [`Entity`] per identity across the reports, joining
//!   spelling and transliteration variants, acronyms and expansions,
//!   surnames, titles and metonyms; [`EntityTable::entity_of`] maps any span
//!   of a report to its entity.
//!   Countries no data source knows are learnt from the story itself
//!   (`learn`): a one-word name with its demonym written beside it
//!   ("Kestria" / "Kestrian"), and its capital from a government organ
//!   placed in it ("the Foreign Ministry in Lunmar").
//!
//! What it does not: pronouns (the quotes reader resolves those), nested
//! names (a host's name inside a programme's title, but for the
//! "`<Host> Kay Sath`" form, see `hosts`), entities named only in
//! page furniture or metadata (byline, wire credit: they are not in the
//! body). Country, capital, demonym and region names come from maintained
//! data (`keshvar`, `iso-rs`); the hand lists in `lexicon` are for words no
//! data source has (titles, role nouns).

mod anaphors;
mod classify;
pub(crate) mod fold;
mod gazetteer;
mod hosts;
mod learn;
mod lexicon;
mod link;
mod mentions;
mod nicknames;
mod resolve;
mod runs;
mod table;
#[cfg(test)]
mod tests;
mod titles;
mod tokens;
mod types;
mod union;

pub use mentions::{mentions, mentions_in, mentions_knowing, reread_for_story_names, story_names};
pub use resolve::resolve;
pub use types::{ArticleMentions, Entity, EntityKind, EntityTable, Mention, MentionForm};
