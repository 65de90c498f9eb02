//! The reading stage's output (so far): sentences of an article body and the
//! time expressions found in it, normalised against the publication date.
//!
//! Every span is a pair of byte offsets into the article's `body`; slicing a
//! body with them never panics when done through [`Sentence::text`] or
//! [`TimeExpr::slice`], which return `None` for offsets that are not on char
//! boundaries of the given text (a span applied to another body).

use std::fmt;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

/// One sentence of an article body: `body[start..end]`, trimmed of the
/// surrounding whitespace.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Sentence {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
}

impl Sentence {
    /// The sentence's text in `body`, or `None` when the offsets do not fit
    /// `body` (out of range or not on char boundaries).
    pub fn text<'a>(&self, body: &'a str) -> Option<&'a str> {
        body.get(self.start..self.end)
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span is empty (never true for spans made by the reader).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether the byte offset `pos` falls inside the sentence.
    pub fn contains(&self, pos: usize) -> bool {
        self.start <= pos && pos < self.end
    }
}

/// How precise a time expression is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Granularity {
    /// A clock time ("10:30 GMT", "3 p.m. local time").
    Minute,
    /// A part of a day ("Tuesday night", "late Friday").
    PartOfDay,
    /// A calendar day ("on Thursday", "29 October 2025").
    Day,
    /// A week ("last week", "this week").
    Week,
    /// A month or part of one ("last month", "in March 2026",
    /// "earlier this month").
    Month,
    /// A year.
    Year,
}

impl Granularity {
    /// The snake-case name used in JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            Granularity::Minute => "minute",
            Granularity::PartOfDay => "part_of_day",
            Granularity::Day => "day",
            Granularity::Week => "week",
            Granularity::Month => "month",
            Granularity::Year => "year",
        }
    }
}

/// Why a time expression could not be turned into a date or an instant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum UnresolvedReason {
    /// A relative expression ("yesterday", "on Thursday") in a report whose
    /// publication date is unknown.
    NoAnchor,
    /// A clock time without a time zone ("3 p.m. local time"): the instant
    /// depends on a place the text does not pin down.
    NoTimeZone,
    /// The words name a date that does not exist ("31 February 2025").
    InvalidDate,
    /// A length or a moment the text does not quantify ("for years",
    /// "after months of").
    Vague,
    /// Refers back to a time named earlier ("earlier that month") and no
    /// resolved time comes before it.
    NoAntecedent,
    /// Anchored to an event the text does not date ("ever since the fall
    /// of the city").
    UndatedEvent,
}

impl UnresolvedReason {
    /// A human-readable reason.
    pub fn as_str(self) -> &'static str {
        match self {
            UnresolvedReason::NoAnchor => "no publication date to anchor",
            UnresolvedReason::NoTimeZone => "no time zone for a clock time",
            UnresolvedReason::InvalidDate => "not a calendar date",
            UnresolvedReason::Vague => "a length or moment the text does not quantify",
            UnresolvedReason::NoAntecedent => "refers back to a time the text does not give",
            UnresolvedReason::UndatedEvent => "anchored to an event the text does not date",
        }
    }
}

impl fmt::Display for UnresolvedReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a time expression means.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeValue {
    /// One calendar day.
    Date(NaiveDate),
    /// An inclusive range of days (first, last).
    Range(NaiveDate, NaiveDate),
    /// One instant, with the offset it was written in. Two instants written
    /// in different zones compare equal when they are the same moment.
    Instant(DateTime<FixedOffset>),
    /// Recognised as a time expression but not resolvable; never guessed.
    Unresolved {
        /// Why it could not be resolved.
        reason: UnresolvedReason,
    },
}

impl TimeValue {
    /// Whether the value is resolved (anything but [`TimeValue::Unresolved`]).
    pub fn is_resolved(&self) -> bool {
        !matches!(self, TimeValue::Unresolved { .. })
    }

    /// The first and last day the value covers, when resolved. An instant
    /// covers the day of its own (written) offset.
    pub fn days(&self) -> Option<(NaiveDate, NaiveDate)> {
        match *self {
            TimeValue::Date(d) => Some((d, d)),
            TimeValue::Range(a, b) => Some((a, b)),
            TimeValue::Instant(t) => Some((t.date_naive(), t.date_naive())),
            TimeValue::Unresolved { .. } => None,
        }
    }
}

/// A time expression found in an article body.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TimeExpr {
    /// Byte offset of the first character in the body.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
    /// The words as written (`body[start..end]`).
    pub text: String,
    /// What they mean, normalised against the publication date.
    pub value: TimeValue,
    /// How precise they are.
    pub granularity: Granularity,
    /// For a clock time whose zone is unknown ([`UnresolvedReason::NoTimeZone`]):
    /// the day and time on the clock, which two reports can still compare
    /// when they read clocks of one zone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wall: Option<WallClock>,
}

/// A reading of a clock of unknown offset: "4.05 p.m. on Tuesday", or
/// "7:35 p.m. Ilmaravo time" in a zone no table knows.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct WallClock {
    /// The day and the time on the clock.
    pub at: NaiveDateTime,
    /// The zone's name as written ("Ilmaravo" of "Ilmaravo time"), or
    /// `None` for a clock written with no zone or in "local time".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
}

impl TimeExpr {
    /// The expression's span in `body`, or `None` when the offsets do not fit.
    pub fn slice<'a>(&self, body: &'a str) -> Option<&'a str> {
        body.get(self.start..self.end)
    }
}
