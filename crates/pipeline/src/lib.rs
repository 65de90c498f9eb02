//! Wires the stages together and writes their output through the store.
//!
//! The stages are pure and know nothing of each other or of persistence;
//! this crate runs them in order (ingest → extract, then dedup → cluster over
//! the whole store; read → cross-check per story, on demand), in parallel
//! across inputs with rayon, and hands the results to a [`Store`] in input
//! order, so the stored result is the same whatever the thread count.
//!
//! It does not parse arguments or print: the CLI and the server do that.
#![deny(missing_docs)]

mod ingest;
mod progress;
mod refresh;
mod story;

pub use ingest::{ingest, reextract, IngestReport, PipelineError};
pub use progress::{NoProgress, Progress};
pub use refresh::{refresh, refresh_copies, RefreshOptions, RefreshSummary};
pub use story::{examine_story, speaker_entity, StoryExamination};
