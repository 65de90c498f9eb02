//! The gold file of the reading stage (`tests/data/seeds/read.json`,
//! `demo/read/gold.json`) and the neutral prediction it is scored against.
//!
//! Both are plain serde types: the gold mirrors the JSON format (unknown
//! fields are ignored, so notes and evidence can be added freely); the
//! prediction holds only offsets, modes, names and values, so any reader can
//! be scored without this crate knowing its types.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// Errors loading a reading gold file.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ReadGoldError {
    /// The file could not be read.
    #[error("cannot read gold file {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The file is not a reading gold file.
    #[error("gold file {path} is not in the read.json format: {source}")]
    Format {
        /// The file.
        path: PathBuf,
        /// The JSON error.
        source: serde_json::Error,
    },
}

/// Direct (quotation marks) or indirect (reported speech).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteMode {
    /// Words inside quotation marks.
    Direct,
    /// Reported speech.
    Indirect,
}

/// A reading gold file: quotes, entities, times and (optionally) numbers of
/// a set of reports, with byte offsets into each report's raw text.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct ReadGold {
    /// What the file is.
    #[serde(default)]
    pub about: String,
    /// Per report: what the report says about its own date.
    #[serde(default)]
    pub files: BTreeMap<String, GoldFile>,
    /// Every quote.
    #[serde(default)]
    pub quotes: Vec<GoldQuote>,
    /// Every entity with its aliases and mentions.
    #[serde(default)]
    pub entities: Vec<GoldEntity>,
    /// Pairs of entities a reader must not merge.
    #[serde(default)]
    pub distinct: Vec<GoldDistinct>,
    /// Every time expression with its value.
    #[serde(default)]
    pub times: Vec<GoldTime>,
    /// Every number with what it counts (absent from the seeds' gold).
    #[serde(default)]
    pub numbers: Vec<GoldNumber>,
}

impl ReadGold {
    /// Parses a gold file's text.
    pub fn from_json(text: &str) -> Result<ReadGold, serde_json::Error> {
        serde_json::from_str(text)
    }

    /// Reads and parses a gold file.
    pub fn load(path: &Path) -> Result<ReadGold, ReadGoldError> {
        let text = std::fs::read_to_string(path).map_err(|source| ReadGoldError::Io {
            path: path.to_owned(),
            source,
        })?;
        ReadGold::from_json(&text).map_err(|source| ReadGoldError::Format {
            path: path.to_owned(),
            source,
        })
    }

    /// The gold entity with this canonical name.
    pub fn entity(&self, name: &str) -> Option<&GoldEntity> {
        self.entities.iter().find(|e| e.name == name)
    }
}

/// What a report says about its own date.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct GoldFile {
    /// The report's own date text, or null when it has none.
    #[serde(default)]
    pub published_anchor: Option<String>,
}

/// A part of a split quote.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct GoldPart {
    /// Byte offset of the part's first character in the raw text.
    pub start: usize,
    /// Byte offset one past its end.
    pub end: usize,
    /// Its first words.
    pub span: String,
}

/// One gold quote.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct GoldQuote {
    /// The report (file name or id).
    pub file: String,
    /// Direct or indirect.
    pub mode: QuoteMode,
    /// Byte offset of the quote's first character in the raw text.
    pub start: usize,
    /// Byte offset one past its end.
    pub end: usize,
    /// Its first words (at most 12).
    pub span: String,
    /// The speaker's canonical entity name, or null when the text never says.
    #[serde(default)]
    pub speaker: Option<String>,
    /// The speech verb.
    #[serde(default)]
    pub verb: Option<String>,
    /// The channel (post on X, TV interview), when the report gives it.
    #[serde(default)]
    pub channel: Option<String>,
    /// A quoted fragment inside reported speech.
    #[serde(default)]
    pub partial: Option<bool>,
    /// The parts of a quote split by its attribution.
    #[serde(default)]
    pub parts: Vec<GoldPart>,
}

/// One gold entity.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct GoldEntity {
    /// Canonical name.
    pub name: String,
    /// Person, country, organisation, ...
    #[serde(default)]
    pub kind: String,
    /// Every surface form the reports use for it.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Its mentions.
    #[serde(default)]
    pub mentions: Vec<GoldMention>,
}

/// One mention of a gold entity.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct GoldMention {
    /// The report.
    pub file: String,
    /// Which alias this mention is.
    pub alias: String,
    /// The words as written.
    pub span: String,
    /// Byte offset in the raw text.
    pub start: usize,
    /// Byte offset one past the end.
    pub end: usize,
}

/// A pair of entities that must stay apart.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct GoldDistinct {
    /// One entity's canonical name.
    pub a: String,
    /// The other's.
    pub b: String,
}

/// One gold time expression.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct GoldTime {
    /// The report.
    pub file: String,
    /// Byte offset in the raw text.
    pub start: usize,
    /// Byte offset one past the end.
    pub end: usize,
    /// The words as written.
    pub span: String,
    /// ISO date, `a/b` range, ISO instant, ISO duration or `unresolved`.
    pub value: String,
}

/// One gold number.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct GoldNumber {
    /// The report.
    pub file: String,
    /// Byte offset in the raw text.
    pub start: usize,
    /// Byte offset one past the end.
    pub end: usize,
    /// The words as written.
    pub span: String,
    /// The number written (the low end of a range).
    pub value: f64,
    /// Low end.
    pub low: f64,
    /// High end.
    pub high: f64,
    /// `exact`, `about`, `more_than`, `at_least`, `up_to`, `less_than`.
    pub approx: String,
    /// What is counted (singular, lower case), `usd`, `percent`.
    pub unit: String,
}

/// What a reader found, in neutral terms: one record per article.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct PredictedReading {
    /// The articles read.
    pub articles: Vec<PredictedArticle>,
}

/// What a reader found in one article.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct PredictedArticle {
    /// The gold's `file` key for this article (file name or report id).
    pub file: String,
    /// The body the offsets below point into.
    pub body: String,
    /// Quotes found.
    #[serde(default)]
    pub quotes: Vec<PredictedQuote>,
    /// Entity mentions found.
    #[serde(default)]
    pub mentions: Vec<PredictedMention>,
    /// Time expressions found.
    #[serde(default)]
    pub times: Vec<PredictedTime>,
    /// Numbers found.
    #[serde(default)]
    pub numbers: Vec<PredictedNumber>,
    /// Text of the report outside its body (headline, standfirst, date
    /// line), with what was found in it. A gold span that is not in the
    /// body is looked for here.
    #[serde(default)]
    pub headers: Vec<PredictedHeader>,
}

/// One header text and the time values and quotes found in it.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct PredictedHeader {
    /// Which part of the report: `title`, `subtitle`, `date_line`.
    pub part: String,
    /// The text the offsets below point into.
    pub text: String,
    /// Time values found in it (durations included).
    #[serde(default)]
    pub times: Vec<PredictedTime>,
    /// Quotes found in it; offsets point into [`PredictedHeader::text`].
    #[serde(default)]
    pub quotes: Vec<PredictedQuote>,
}

/// A quote a reader found.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PredictedQuote {
    /// Direct or indirect.
    pub mode: QuoteMode,
    /// Byte offset in the body.
    pub start: usize,
    /// Byte offset one past the end.
    pub end: usize,
    /// The speaker as a surface name ("Asif", "the Foreign Office"), or null.
    #[serde(default)]
    pub speaker: Option<String>,
}

/// An entity mention a reader found.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PredictedMention {
    /// Byte offset in the body.
    pub start: usize,
    /// Byte offset one past the end.
    pub end: usize,
    /// The reader's entity id: mentions with one id are one identity.
    pub entity: String,
}

/// A time expression a reader found.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PredictedTime {
    /// Byte offset in the body.
    pub start: usize,
    /// Byte offset one past the end.
    pub end: usize,
    /// ISO date, `a/b` range, ISO instant, ISO duration, or anything
    /// starting with `unresolved`.
    pub value: String,
}

/// A number a reader found.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PredictedNumber {
    /// Byte offset in the body.
    pub start: usize,
    /// Byte offset one past the end.
    pub end: usize,
    /// The number (low end of a range).
    pub value: f64,
    /// Low end.
    pub low: f64,
    /// High end.
    pub high: f64,
    /// As in the gold (`exact`, `more_than`, ...).
    pub approx: String,
    /// What is counted.
    pub unit: String,
}
