//! Data types shared by every crosscheck stage.
//!
//! The flow is `bytes → Document → Article → …`: [`Document`] is what ingest
//! produces (one report, its raw bytes and its decoded text), [`Article`] is
//! what extraction produces (the clean body and its metadata). This crate
//! holds data only: no I/O, no parsing logic beyond small value helpers.
#![deny(missing_docs)]

mod article;
mod calendar;
mod cluster;
mod dedup;
mod document;
mod read;

pub use article::{Article, DateSource, PublishedDate, RemovalReason, RemovedBlock, TitleSource};
pub use calendar::month_number;
pub use cluster::{Event, Placement, Story};
pub use dedup::{CopyKind, CopyLink, DedupResult, DedupStats, IndependenceGroups, SourceGroupId};
pub use document::{
    Container, ContentKind, Document, DocumentHints, DocumentId, InvalidDocumentId,
};
pub use read::{Granularity, Sentence, TimeExpr, TimeValue, UnresolvedReason, WallClock};
