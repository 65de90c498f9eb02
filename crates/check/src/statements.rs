//! Statements: the comparable claims of each sentence, with normalised slot
//! values.
//!
//! A claim is one slot value of one sentence, keyed by what it is a value
//! of: the date of an act ("opened on Monday" → date of `open`), a count of
//! one kind of thing, how long something lasted, the place of an act, the
//! doer of a single-party act. Times, quantities and entities come
//! normalised from the reading stage; this module only binds them to the
//! act they belong to (the nearest act word before them in the same
//! sentence, never across a speech verb). Words inside direct quotes are
//! left to the quote comparison; sentences about another round of talks
//! (an ordinal that is not the event's) are background and yield no claim,
//! and so is a correction note's account of what the report first said
//! ("Correction: this article first said three men had been arrested").
//!
//! Here: the words, sentences and view of a report, the slot and value
//! types, and binding a value to its act word; the claims themselves are
//! built in [`crate::claims`].

use std::collections::BTreeSet;
use std::sync::OnceLock;

use chrono::{NaiveDateTime, Weekday};
use crosscheck_types::TimeValue;
use regex::Regex;

pub(crate) use crate::claims::claims;
use crate::heads::open_act;
use crate::input::{EntityKind, QuoteMode, ReadArticle};
use crate::lexicon::{action_class, is_speech_verb, ordinal};

/// How far back (in words) an act word may stand from the value it takes.
pub(crate) const BIND_WINDOW: usize = 8;

/// How far back an open-class act may stand from its value.
const OPEN_BIND_WINDOW: usize = 11;

/// One word of a body.
#[derive(Clone, Debug)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    /// Lowercased, possessive "'s" removed.
    pub word: String,
    /// Inside a direct quote.
    pub quoted: bool,
}

/// One sentence of a body.
#[derive(Clone, Debug)]
pub(crate) struct Sent {
    pub start: usize,
    pub end: usize,
    /// Token index range.
    pub first: usize,
    pub last: usize,
    /// About another round than the event's, or a correction note telling
    /// what the report first said: no claim of the report's.
    pub background: bool,
    /// A correction note: the figures it says the report first gave are
    /// withdrawn wherever the report still carries them.
    pub retraction: bool,
}

/// A report with its words and sentences.
#[derive(Debug)]
pub(crate) struct View<'a> {
    pub art: &'a ReadArticle,
    pub group: usize,
    pub toks: Vec<Tok>,
    pub sents: Vec<Sent>,
}

/// Which slot a claim fills.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Slot {
    Date,
    Count,
    Duration,
    Place,
    Actor,
    /// How the talks ended, as a report's lead states it; one value only
    /// (no agreement), so it corroborates and never conflicts.
    Outcome,
}

impl Slot {
    pub fn as_str(self) -> &'static str {
        match self {
            Slot::Date => "date",
            Slot::Count => "count",
            Slot::Duration => "duration",
            Slot::Place => "place",
            Slot::Actor => "actor",
            Slot::Outcome => "outcome",
        }
    }
}

/// A normalised slot value.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Value {
    /// A time; `weekday` is set when the text was a bare weekday (its week
    /// is a reading, not a fact the report states).
    Time {
        value: TimeValue,
        weekday: Option<Weekday>,
        /// The zone a single day is a calendar day of, when the text ties
        /// it to one (see [`crate::walls::day_zone`]).
        zone: Option<String>,
    },
    /// A clock of unknown offset as it reads ("4.05 p.m. on Tuesday"), in
    /// the zone `zone` names (see [`crate::walls`]): two such readings are
    /// compared only within one zone.
    Wall { at: NaiveDateTime, zone: String },
    /// A count or amount of `unit`, between `low` and `high` (infinite
    /// for "at least"); `about` when given as a round estimate; `step`,
    /// how far the exact value may stand from a figure rounded as written
    /// ("3.41 million": 5,000; see [`crate::units::rounding_step`]).
    Amount {
        low: f64,
        high: f64,
        unit: String,
        about: bool,
        step: f64,
    },
    /// A length of time in days (months are 30 days, years 365).
    Days { days: f64, label: String },
    /// An entity id.
    Entity(String),
}

/// One claim: a slot value of one sentence.
#[derive(Clone, Debug)]
pub(crate) struct Claim {
    pub view: usize,
    pub sent: usize,
    pub slot: Slot,
    /// What the value is a value of (act class, counted unit, thing).
    pub key: String,
    pub value: Value,
    /// The kind of an entity value (a person and a country are never
    /// rivals for one role).
    pub kind: Option<EntityKind>,
    /// What the value is said about, for counts and open-class acts (see
    /// [`crate::context`]); empty for the others.
    pub context: BTreeSet<String>,
    /// For a count of people, the state that defines the set counted
    /// ("trapped" in "23 trapped miners"); see [`crate::sets`]. For where a
    /// group was taken, the group's count ([`crate::carried`]). Claims of
    /// two different sets are never rivals.
    pub set: Option<String>,
    /// The day a running count is given as of ("By Tuesday night 146
    /// people had been treated"; see [`crate::measure::as_of`]): two counts
    /// as of different days are two readings of a tally, never rivals; a
    /// count with no such day is compared with either.
    pub as_of: Option<chrono::NaiveDate>,
}

fn word_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*").expect("constant regex"))
}

/// Builds the view of one report. `event_ordinal` marks background sentences.
pub(crate) fn view(art: &ReadArticle, group: usize, event_ordinal: Option<u32>) -> View<'_> {
    let direct: Vec<(usize, usize)> = art
        .quotes
        .iter()
        .filter(|q| q.mode == QuoteMode::Direct)
        .map(|q| (q.start, q.end))
        .collect();
    let toks: Vec<Tok> = word_re()
        .find_iter(&art.body)
        .map(|m| {
            let mut word = m.as_str().to_lowercase();
            for suffix in ["'s", "’s"] {
                if let Some(w) = word.strip_suffix(suffix) {
                    word = w.to_owned();
                }
            }
            let quoted = direct.iter().any(|&(s, e)| s <= m.start() && m.start() < e);
            Tok {
                start: m.start(),
                end: m.end(),
                word,
                quoted,
            }
        })
        .collect();
    let mut sents = Vec::with_capacity(art.sentences.len());
    for s in &art.sentences {
        let first = toks.partition_point(|t| t.start < s.start);
        let last = toks.partition_point(|t| t.start < s.end);
        let words = &toks[first..last];
        let ords: BTreeSet<u32> = sentence_ordinals(words);
        let retraction = art.body.get(s.start..s.end).is_some_and(is_retraction);
        let background = match event_ordinal {
            Some(n) => ords.iter().any(|&o| o != n),
            None => false,
        } || retraction;
        sents.push(Sent {
            start: s.start,
            end: s.end,
            first,
            last,
            background,
            retraction,
        });
    }
    View {
        art,
        group,
        toks,
        sents,
    }
}

/// A correction note's account of what the report said before it was
/// corrected ("Correction, 23 October: this article first said three men
/// had been arrested", "An earlier version of this story gave the wrong
/// date", "an earlier entry on this page said two people had been
/// arrested"): the values it carries are withdrawn, not claimed.
fn is_retraction(sentence: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?i)(?:\b(?:this|the)\s+(?:article|report|story|piece)\s+(?:first|originally|previously|earlier|wrongly|incorrectly|mistakenly)\s+(?:said|stated|reported|gave|put|named)|\ban\s+earlier\s+version\s+of\s+this\s+(?:article|report|story|piece)|\ban\s+earlier\s+(?:entry|post|update)\s+(?:on|in)\s+this\s+(?:page|blog)\s+(?:said|stated|reported|gave)|\bwe\s+(?:wrongly|incorrectly|mistakenly|previously)\s+(?:said|stated|reported|gave))",
        )
        .expect("constant regex")
    })
    .is_match(sentence)
}

/// Round ordinals a sentence names ("the second round").
pub(crate) fn sentence_ordinals(words: &[Tok]) -> BTreeSet<u32> {
    let mut out = BTreeSet::new();
    for (i, t) in words.iter().enumerate() {
        if let Some(n) = ordinal(&t.word) {
            let near = words.iter().skip(i + 1).take(2).any(|w| w.word == "round");
            if near {
                out.insert(n);
            }
        }
    }
    out
}

impl View<'_> {
    /// The sentence holding byte `pos`.
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        self.sents
            .iter()
            .position(|s| s.start <= pos && pos < s.end)
    }

    pub(crate) fn tok_at(&self, pos: usize) -> usize {
        self.toks.partition_point(|t| t.start < pos)
    }

    pub(crate) fn quoted_at(&self, pos: usize) -> bool {
        let i = self.tok_at(pos);
        self.toks
            .get(i)
            .is_some_and(|t| t.quoted && t.start < pos + 2)
    }

    /// Whether the speech verb at token `j` gives notice of something
    /// before the value at token `i` ("told inspectors about a crack",
    /// "reported a crack to inspectors"), rather than reporting words ("said
    /// on Monday that …").
    fn notifies(&self, j: usize, i: usize) -> bool {
        if !matches!(self.toks[j].word.as_str(), "told" | "reported" | "tells") {
            return false;
        }
        let between = || (j + 1..i).map(|k| self.toks[k].word.as_str());
        let object = between().any(|w| matches!(w, "about" | "of" | "to"));
        let speech = between().any(|w| w == "that") || (j + 1..i).any(|k| self.toks[k].quoted);
        object && !speech
    }

    /// The act word bound to the value starting at token `i`: the nearest
    /// act word of the closed lists before it in the sentence, within the
    /// window, not across a speech verb; else, when `open`, the nearest
    /// open-class act verb there ([`crate::heads::open_act`]).
    pub(crate) fn bound_act(&self, sent: &Sent, i: usize, open: bool) -> Option<String> {
        self.bound_act_at(sent, i, open).map(|(key, _)| key)
    }

    /// [`View::bound_act`] with the token of the act word.
    pub(crate) fn bound_act_at(
        &self,
        sent: &Sent,
        i: usize,
        open: bool,
    ) -> Option<(String, usize)> {
        // An open-class act names what it is done to between it and the
        // value ("warned the network about the weak supplier account on
        // September 14"): it may stand further back.
        let window = if open { OPEN_BIND_WINDOW } else { BIND_WINDOW };
        let lo = sent.first.max(i.saturating_sub(window));
        let mut nearest_open = None;
        for j in (lo..i.min(sent.last)).rev() {
            let t = &self.toks[j];
            if is_speech_verb(&t.word) {
                // "told inspectors about a crack on February 20",
                // "reported a crack to inspectors on February 14": a
                // notice given, an act of its own.
                if open && nearest_open.is_none() && self.notifies(j, i) {
                    return Some((format!("{}notify", crate::heads::OPEN_ACT), j));
                }
                break;
            }
            let next = self.toks.get(j + 1).map(|n| n.word.as_str());
            if let Some(c) = action_class(&t.word, next) {
                // "The trial, which opened on June 6, lasted 16 months":
                // an act inside a relative aside that does not hold the
                // value is the aside's.
                let aside = crate::measure::in_relative_aside(
                    &self.art.body,
                    (sent.start, sent.end),
                    t.start,
                    self.toks[i.min(self.toks.len().saturating_sub(1))].start,
                );
                if aside {
                    continue;
                }
                if j + BIND_WINDOW < i {
                    // A closed act further back than its own window is
                    // another clause's.
                    continue;
                }
                return Some((c.to_owned(), j));
            }
            if open && nearest_open.is_none() {
                nearest_open = open_act(self, sent, j).map(|key| (key, j));
            }
        }
        nearest_open
    }

    /// The announcement a time right after "announced" dates ("announced on
    /// Thursday that …", "announced the decision at 1100 GMT"): the verb,
    /// then at most three words of its object or the time's preposition,
    /// none a verb, "that" or quoted. What is announced is said around it
    /// (see `context`), and who announces it is its subject. "said on
    /// Friday" dates a statement of any content, not an announced act, and
    /// is left alone.
    pub(crate) fn announcement_at(&self, sent: &Sent, i: usize) -> Option<(String, usize)> {
        let lo = sent.first.max(i.saturating_sub(4));
        for j in (lo..i.min(sent.last)).rev() {
            let t = &self.toks[j];
            if t.quoted || t.word == "that" {
                return None;
            }
            if matches!(t.word.as_str(), "announced" | "announces") {
                return Some((format!("{}announce", crate::heads::OPEN_ACT), j));
            }
            if is_speech_verb(&t.word) || open_act(self, sent, j).is_some() {
                return None;
            }
        }
        None
    }

    /// The act of a time set between a subject and its verb ("The
    /// authority on Tuesday fined three processors"): the verb right after
    /// it, with nothing between but a space. `end` is the first token after
    /// the time.
    pub(crate) fn verb_right_after(&self, sent: &Sent, end: usize) -> Option<(String, usize)> {
        if end == 0 || end >= sent.last {
            return None;
        }
        let t = self.toks.get(end)?;
        let gap = self
            .art
            .body
            .get(self.toks[end - 1].end..t.start)
            .unwrap_or(",");
        if !gap.trim().is_empty() || t.quoted || is_speech_verb(&t.word) {
            return None;
        }
        let next = self.toks.get(end + 1).map(|n| n.word.as_str());
        action_class(&t.word, next)
            .map(str::to_owned)
            .or_else(|| open_act(self, sent, end))
            .map(|key| (key, end))
    }

    /// The act a time fronting its sentence is of ("At 10:30 a.m. on
    /// Tuesday Judge Orwald opened the file", "On Friday, the council
    /// voted …"): the first act after it in its clause. `i..end` are the
    /// time's tokens; only words that open a time adverbial may stand
    /// before it.
    pub(crate) fn fronted_act_at(
        &self,
        sent: &Sent,
        i: usize,
        end: usize,
    ) -> Option<(String, usize)> {
        let body = self.art.body.as_str();
        // A dateline before it ("DUNSEVRO – At 10:30 a.m. …") stands apart.
        let opens = (sent.first..i)
            .rev()
            .find(|&k| {
                let next = self.toks.get(k + 1).map_or(sent.end, |n| n.start);
                body.get(self.toks[k].end..next)
                    .is_some_and(|gap| gap.contains(['–', '—']) || gap.contains(" - "))
            })
            .map_or(sent.first, |k| k + 1);
        let fronted = (opens..i).all(|k| {
            matches!(
                self.toks[k].word.as_str(),
                "at" | "on"
                    | "by"
                    | "around"
                    | "about"
                    | "shortly"
                    | "just"
                    | "after"
                    | "before"
                    | "early"
                    | "late"
                    | "until"
            )
        });
        if !fronted || i >= sent.last {
            return None;
        }
        let hi = sent.last.min(end + OPEN_BIND_WINDOW);
        for j in end..hi {
            let t = &self.toks[j];
            // The clause ends at a semicolon, a colon or a dash.
            let gap = self
                .toks
                .get(j.wrapping_sub(1))
                .and_then(|p| body.get(p.end..t.start))
                .unwrap_or("");
            if j > end && gap.contains([';', ':', '–', '—']) {
                return None;
            }
            if t.quoted || is_speech_verb(&t.word) {
                return None;
            }
            let next = self.toks.get(j + 1).map(|n| n.word.as_str());
            if let Some(c) = action_class(&t.word, next) {
                return Some((c.to_owned(), j));
            }
            if let Some(key) = open_act(self, sent, j) {
                return Some((key, j));
            }
        }
        None
    }
}
