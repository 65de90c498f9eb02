//! Evaluations of crosscheck's stages against public benchmarks.
//!
//! - [`metric`]: the article-extraction benchmark's shingle metric.
//! - [`extraction`]: the benchmark runner ([`evaluate_extraction`]) and a
//!   single-core throughput measure ([`bench_extraction`]).
//! - [`clustering`]: stories, events and copies against a gold file
//!   (pairwise and B-cubed).
//! - [`reading`]: the reader against a reading gold file (quotes and
//!   speakers, aliases, times, numbers); [`reading_bench`]: its speed.
#![deny(missing_docs)]

pub mod clustering;
pub mod extraction;
pub mod metric;
pub mod reading;
pub mod reading_bench;

pub use extraction::{
    bench_extraction, evaluate_extraction, EvalError, ExtractionReport, PageScore, Throughput,
};
pub use reading::{score_reading, PredictedReading, ReadGold, ReadingScores};
