//! Wires the stages together and writes their output through the store.
//!
//! The stages are pure and know nothing of each other or of persistence;
//! this crate runs them in order (ingest → extract → dedup, so far), in parallel
//! across inputs with rayon, and hands the results to a [`Store`] in input
//! order, so the stored result is the same whatever the thread count.
//!
//! It does not parse arguments or print: the CLI and the server do that.
#![deny(missing_docs)]

mod dedup;
mod ingest;
mod progress;

pub use dedup::refresh_copies;
pub use ingest::{ingest, reextract, IngestReport, PipelineError};
pub use progress::{NoProgress, Progress};
