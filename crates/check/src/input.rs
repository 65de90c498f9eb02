//! The stage's typed input: one event's reports as the reading stage sees them.
//!
//! These structs are the contract with the caller. Sentences and time
//! expressions are the reading stage's own types; entity mentions,
//! quantities and quotes are small structs of this crate that the caller
//! fills from the reading stage's entities, numbers and quotes (mapping is
//! one field to one field). Nothing here reads files or a store.

use chrono::NaiveDate;
use crosscheck_types::{DocumentId, Sentence, TimeExpr};
use serde::{Deserialize, Serialize};

/// One event (a set of reports about the same happening) to cross-check.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct EventInput {
    /// The event's id, carried into the output unchanged.
    pub event_id: String,
    /// The round ordinal of the event when clustering knows it ("second
    /// round" = 2). Statements that name another round are background about
    /// another event and never compared. `None`: inferred from the reports.
    #[serde(default)]
    pub ordinal: Option<u32>,
    /// The event's reports.
    pub articles: Vec<ReadArticle>,
}

/// One report, read.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ReadArticle {
    /// The document's id.
    pub id: DocumentId,
    /// The outlet's name, when known (shown in findings).
    pub outlet: Option<String>,
    /// The id of the report's independence group: an original, its copies
    /// and reports crediting the same wire share one. Corroboration counts
    /// groups, not reports.
    pub independent_source: String,
    /// Publication date, when known.
    pub published: Option<NaiveDate>,
    /// The body all offsets below point into.
    pub body: String,
    /// Sentences of `body` (byte spans), in order.
    pub sentences: Vec<Sentence>,
    /// Time expressions of `body`, normalised against `published`.
    pub times: Vec<TimeExpr>,
    /// Counts and amounts.
    pub quantities: Vec<QuantityInput>,
    /// Entity mentions resolved to corpus-wide identities.
    pub mentions: Vec<MentionInput>,
    /// Direct and indirect quotes with their speakers.
    pub quotes: Vec<QuoteInput>,
}

/// What kind of thing an entity is; only places fill the place slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    /// A person.
    Person,
    /// An organisation, agency, party or group.
    Organisation,
    /// A country or state (also as its government).
    Country,
    /// A city, region, waterway, building or other location.
    Place,
    /// Anything else.
    Other,
}

/// One mention of an entity in the body.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MentionInput {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
    /// The entity's identity: aliases of one entity share it.
    pub entity: String,
    /// The entity's kind.
    pub kind: EntityKind,
}

/// What a quantity measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuantityKind {
    /// A count of things ("18 fishermen").
    Count,
    /// A length of time ("four days", "four-day"): `unit` is day, week,
    /// month, year, hour or minute.
    Duration,
    /// A share ("40 percent").
    Percent,
    /// An amount of money.
    Money,
    /// A physical measure (length, area, mass, ...).
    Measure,
}

/// One count or amount in the body.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuantityInput {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
    /// The value (the midpoint for a range).
    pub value: f64,
    /// Lower bound when the text gives one ("at least", a range).
    pub low: Option<f64>,
    /// Upper bound when the text gives one ("up to", a range).
    pub high: Option<f64>,
    /// What is counted or the unit ("fishermen", "day", "percent", "km2").
    pub unit: String,
    /// What the quantity measures.
    pub kind: QuantityKind,
    /// Given as a round estimate ("about 300", "nearly 80 hours"): agrees
    /// with an exact figure within a tenth of it.
    #[serde(default)]
    pub approximate: bool,
}

/// Direct (in quotation marks) or indirect (reported) speech.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteMode {
    /// Words in quotation marks.
    Direct,
    /// Reported speech ("X said that ...").
    Indirect,
}

/// One quote in the body.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteInput {
    /// Byte offset of the first quoted (or reported) character.
    pub start: usize,
    /// Byte offset one past the last.
    pub end: usize,
    /// The quoted words.
    pub text: String,
    /// Direct or indirect.
    pub mode: QuoteMode,
    /// The speaker's entity id (or a name when no id exists); `None` when
    /// the report does not say who spoke.
    pub speaker: Option<String>,
    /// The speech verb, when given.
    pub verb: Option<String>,
}
