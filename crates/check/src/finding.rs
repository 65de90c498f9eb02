//! The stage's output: findings, each with every source sentence behind it.

use crosscheck_types::DocumentId;
use serde::{Deserialize, Serialize};

/// What a finding says about the reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    /// The same claim from at least two independent sources.
    Corroborated,
    /// The same slot of the same claim with incompatible values.
    Conflict,
    /// A claim only one independent source makes.
    Exclusive,
    /// One statement by one speaker quoted in different words.
    QuoteVariant,
}

impl FindingKind {
    /// The snake-case name used in JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            FindingKind::Corroborated => "corroborated",
            FindingKind::Conflict => "conflict",
            FindingKind::Exclusive => "exclusive",
            FindingKind::QuoteVariant => "quote_variant",
        }
    }
}

/// One source sentence behind a finding.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// The report.
    pub article: DocumentId,
    /// The report's outlet, when known.
    pub outlet: Option<String>,
    /// Byte offset of the sentence's first character in the report's body.
    pub sentence_start: usize,
    /// Byte offset one past the sentence's last character.
    pub sentence_end: usize,
    /// The value this source gives for the finding's slot, normalised
    /// ("2026-09-07", "18 fisherman", "P3D", an entity id, a speaker).
    pub value: Option<String>,
}

/// One finding about an event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// What it is.
    pub kind: FindingKind,
    /// The slot compared (date, count, place, duration, speaker, actor,
    /// statement, claim), when there is one.
    pub slot: Option<String>,
    /// One line a person can read.
    pub summary: String,
    /// For conflicts: why the values cannot both be right, checkable
    /// against the sources.
    pub reason: Option<String>,
    /// How many independence groups stand behind the finding.
    pub independent_outlets: usize,
    /// Every source sentence, in article then offset order.
    pub sources: Vec<Source>,
    /// For quote variants: the word-level difference ("[-old-] {+new+}").
    pub diff: Option<String>,
}
