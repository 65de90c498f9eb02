//! The de-duplication stage: which articles are copies of which, and how many
//! independent sources a set of articles is.
//!
//! # What it does
//! - **Normalises** a body ([`normalize`]): UAX #29 words, NFKC, lowercase,
//!   punctuation and whitespace dropped.
//! - **Exact copies**: equal 128-bit hashes of the normalised word sequence.
//! - **Near copies** (a re-post under a new headline, a trimmed last
//!   paragraph, another boilerplate line, a few changed words): word
//!   5-shingles, a 128-permutation MinHash [`Signature`], LSH banding
//!   ([`LshParams`], 64 bands × 2 rows, so that a copy at Jaccard 0.3 is a
//!   candidate) for candidates, and verification of each candidate by
//!   estimated Jaccard ≥ 0.8 **or**, on the two bodies' own shingle sets,
//!   containment of the smaller body in the larger ≥ 0.5 (so trimmed copies
//!   are found, and copies cut within their sentences, with a paragraph of
//!   their own: see [`DedupOptions`]).
//!   Nothing compares every pair of the corpus.
//! - **Copy links**: every copy points to the first publication of its copy
//!   set (earliest published, then smallest id) as a [`CopyLink`].
//! - **Independent sources**: copies, and reports crediting the same wire
//!   agency ("With PTI inputs", "(AP)"), share one [`SourceGroupId`] in
//!   [`IndependenceGroups`].
//!
//! # What it does not do
//! It does not cluster reports into stories or events (that is `cluster`):
//! two independent reports of the same event are *not* copies. It does not
//! look at titles, and it does not decide which outlet copied which beyond
//! "earliest published".
//!
//! # Example
//! ```
//! use crosscheck_dedup::{dedup, DedupOptions};
//! # fn article(id: char, body: &str) -> crosscheck_types::Article {
//! #     crosscheck_types::Article {
//! #         id: crosscheck_types::DocumentId::from_hex(&id.to_string().repeat(64)).unwrap(),
//! #         source: String::new(), url: None, title: None, title_source: None,
//! #         title_derived: false, subtitle: None, published: None, outlet: None,
//! #         byline: None, dateline: None, wire: None, language: None,
//! #         body: body.to_owned(), removed: Vec::new(),
//! #     }
//! # }
//! let text = "The harbour board approved the new ferry timetable on Monday after a long debate.";
//! let articles = vec![article('a', text), article('b', &text.to_uppercase())];
//! let result = dedup(&articles, &DedupOptions::default());
//! assert_eq!(result.links.len(), 1);
//! assert_eq!(result.groups.independent_count(articles.iter().map(|a| &a.id)), 1);
//! ```
//!
//! For an online stream, use the parts: [`MinHasher::sketch`] per body and an
//! [`LshIndex`] to insert into and query.
#![deny(missing_docs)]

pub mod bench;
mod lsh;
mod minhash;
mod normalize;
mod options;
mod stage;
mod unionfind;
mod wire;

pub use lsh::{LshIndex, LshParams, LshParamsError};
pub use minhash::{BodySketch, MinHasher, Signature, DEFAULT_SEED, NUM_PERM, SHINGLE_WORDS};
pub use normalize::{for_each_word, normalize};
pub use options::{DedupOptions, DedupOptionsBuilder, OptionsError};
pub use stage::dedup;
pub use wire::wire_keys;
