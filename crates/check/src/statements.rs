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
//! (an ordinal that is not the event's) are background and yield no claim.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use chrono::{Datelike, Weekday};
use crosscheck_types::TimeValue;
use regex::Regex;

use crate::bind::{actor_of, duration_key, is_change};
use crate::context::{context, object_context};
use crate::heads::{
    is_generic_count, is_partitive, narrowing_name, open_act, placed_thing, possessed_thing,
    OPEN_ACT,
};
use crate::input::{EntityKind, QuantityKind, QuoteMode, ReadArticle};
use crate::lexicon::{
    action_class, duration_thing, is_negation, is_speech_verb, ordinal, predicate_class,
    single_actor, stem,
};
use crate::measure::{measured_noun, role, tied_to_past, Span};
use crate::units::{days_per, fmt_num, normalise_unit};

/// How far back (in words) an act word may stand from the value it takes.
pub(crate) const BIND_WINDOW: usize = 8;

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
    /// About another round than the event's.
    pub background: bool,
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
    },
    /// A count or amount of `unit`, between `low` and `high` (infinite
    /// for "at least"); `about` when given as a round estimate.
    Amount {
        low: f64,
        high: f64,
        unit: String,
        about: bool,
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
        let background = match event_ordinal {
            Some(n) => ords.iter().any(|&o| o != n),
            None => false,
        };
        sents.push(Sent {
            start: s.start,
            end: s.end,
            first,
            last,
            background,
        });
    }
    View {
        art,
        group,
        toks,
        sents,
    }
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

    fn quoted_at(&self, pos: usize) -> bool {
        let i = self.tok_at(pos);
        self.toks
            .get(i)
            .is_some_and(|t| t.quoted && t.start < pos + 2)
    }

    /// The act word bound to the value starting at token `i`: the nearest
    /// act word of the closed lists before it in the sentence, within the
    /// window, not across a speech verb; else, when `open`, the nearest
    /// open-class act verb there ([`crate::heads::open_act`]).
    fn bound_act(&self, sent: &Sent, i: usize, open: bool) -> Option<String> {
        let lo = sent.first.max(i.saturating_sub(BIND_WINDOW));
        let mut nearest_open = None;
        for j in (lo..i.min(sent.last)).rev() {
            let t = &self.toks[j];
            if is_speech_verb(&t.word) {
                break;
            }
            let next = self.toks.get(j + 1).map(|n| n.word.as_str());
            if let Some(c) = action_class(&t.word, next) {
                return Some(c.to_owned());
            }
            if open && nearest_open.is_none() {
                nearest_open = open_act(self, sent, j);
            }
        }
        nearest_open
    }
}

/// Every claim of one view. `span` is the event's publication span: a
/// date far outside it is another act's, a figure in a clause naming a
/// time long before it is a reading of another time.
pub(crate) fn claims(v: &View<'_>, vi: usize, span: Option<Span>) -> Vec<Claim> {
    let mut out = Vec::new();
    let mut push = |sent: usize, slot: Slot, key: String, value: Value, kind, context| {
        out.push(Claim {
            view: vi,
            sent,
            slot,
            key,
            value,
            kind,
            context,
        });
    };
    let live = |pos: usize| -> Option<usize> {
        let s = v.sentence_at(pos)?;
        (!v.sents[s].background && !v.quoted_at(pos)).then_some(s)
    };
    for t in &v.art.times {
        let Some(s) = live(t.start) else { continue };
        if !t.value.is_resolved() || span.is_some_and(|sp| sp.far(&t.value)) {
            continue;
        }
        let i = v.tok_at(t.start);
        if let Some(act) = v.bound_act(&v.sents[s], i, true) {
            let weekday = bare_weekday(&t.text, &t.value);
            let context = match act.strip_prefix(OPEN_ACT) {
                Some(verb) => context(v, &v.sents[s], i, v.tok_at(t.end), &[verb.to_owned()]),
                None => BTreeSet::new(),
            };
            push(
                s,
                Slot::Date,
                act,
                Value::Time {
                    value: t.value,
                    weekday,
                },
                None,
                context,
            );
        }
    }
    for q in &v.art.quantities {
        let Some(s) = live(q.start) else { continue };
        if tied_to_past(v, &v.sents[s], q.start, span) {
            continue;
        }
        let i = v.tok_at(q.start);
        let change = is_change(v, &v.sents[s], i);
        let mut suffix = if change { "|change" } else { "" }.to_owned();
        if let Some(r) = role(v, &v.sents[s], i) {
            suffix = format!("{suffix}|{r}");
        }
        let unit = normalise_unit(&q.unit);
        if q.kind == QuantityKind::Duration {
            let Some(factor) = days_per(&unit) else {
                continue;
            };
            // The length of a named thing ("three days of talks", "48
            // hours' notice"), else of the act before it ("spent 56 hours",
            // "kept them open for 14 hours"), said of something (see
            // `context`).
            let named = duration_key(v, &v.sents[s], q.start, q.end)
                .map(str::to_owned)
                .or_else(|| possessed_thing(v, q.end));
            let (thing, around) = match named {
                Some(thing) => (thing, BTreeSet::new()),
                None => {
                    let Some(act) = v.bound_act(&v.sents[s], i, true) else {
                        continue;
                    };
                    let verb = act.strip_prefix(OPEN_ACT).unwrap_or(&act).to_owned();
                    let around = context(
                        v,
                        &v.sents[s],
                        i,
                        v.tok_at(q.end),
                        &[stem(&verb), verb.clone()],
                    );
                    (format!("{OPEN_ACT}{verb}"), around)
                }
            };
            let days = q.value * factor;
            let label = format!("{} {}", fmt_num(q.value), unit);
            push(
                s,
                Slot::Duration,
                format!("{thing}{suffix}"),
                Value::Days { days, label },
                None,
                around,
            );
        } else {
            // A part of a whole ("14 of them", "nine of the men") is not a
            // count of the whole.
            if is_partitive(v, &v.sents[s], q.start, q.end) {
                continue;
            }
            let (low, high) = match (q.low, q.high) {
                (Some(l), Some(h)) => (l, h),
                (Some(l), None) => (l, f64::INFINITY),
                (None, Some(h)) => (0.0, h),
                (None, None) => (q.value, q.value),
            };
            // "120 kilometres of canals" and "a river 610 kilometres long"
            // are two measures: the thing measured is part of the key.
            let of = measured_noun(v, &v.sents[s], q.end)
                .map(|n| format!(" of {n}"))
                .unwrap_or_default();
            let narrowed = narrowing_name(v, q.start, q.end)
                .map(|n| format!(" ({n})"))
                .unwrap_or_default();
            let key = format!("{unit}{narrowed}{of}{suffix}");
            let around = if q.kind == QuantityKind::Count && !is_generic_count(&unit) {
                BTreeSet::new()
            } else {
                context(v, &v.sents[s], i, v.tok_at(q.end), &[stem(&unit)])
            };
            let value = Value::Amount {
                low,
                high,
                unit,
                about: q.approximate,
            };
            push(s, Slot::Count, key, value, None, around);
        }
    }
    for m in &v.art.mentions {
        if m.kind != EntityKind::Place {
            continue;
        }
        let Some(s) = live(m.start) else { continue };
        let i = v.tok_at(m.start);
        let prep = |k: usize| {
            v.toks
                .get(k)
                .is_some_and(|t| matches!(t.word.as_str(), "in" | "at"))
        };
        let after_prep =
            i > 0 && (prep(i - 1) || (i > 1 && v.toks[i - 1].word == "the" && prep(i - 2)));
        if !after_prep {
            continue;
        }
        let prep_at = if prep(i - 1) { i - 1 } else { i - 2 };
        let sent = &v.sents[s];
        let last = v.tok_at(m.end);
        // An act of the closed lists; else the thing placed ("a hospital
        // in Kovach") or an open-class act ("was built in Zherov"), said
        // of something (see `context`).
        let (key, around) = match v.bound_act(sent, i.saturating_sub(1), false) {
            Some(act) => (act, BTreeSet::new()),
            None => {
                match placed_thing(v, sent, prep_at).or_else(|| v.bound_act(sent, prep_at, true)) {
                    Some(key) => {
                        let own = key.split(':').nth(1).unwrap_or("").to_owned();
                        let mut around = context(v, sent, i, last, &[own]);
                        around.remove(&format!("e:{}", m.entity));
                        (key, around)
                    }
                    None => continue,
                }
            }
        };
        push(
            s,
            Slot::Place,
            key,
            Value::Entity(m.entity.clone()),
            Some(m.kind),
            around,
        );
    }
    for (s, sent) in v.sents.iter().enumerate() {
        if sent.background {
            continue;
        }
        for j in sent.first..sent.last {
            let t = &v.toks[j];
            if t.quoted {
                continue;
            }
            let next = v.toks.get(j + 1).map(|n| n.word.as_str());
            let Some(act) = action_class(&t.word, next) else {
                // An open-class act with a named doer ("Ellestad presented
                // the forensic report"), compared only with the same act
                // said of the same thing (see `context::object_context`).
                if let Some(key) = open_act(v, sent, j) {
                    let doer = actor_of(v, sent, j).filter(|(_, k)| {
                        matches!(k, EntityKind::Person | EntityKind::Organisation)
                    });
                    if let Some((who, kind)) = doer {
                        let mut around = object_context(v, sent, j);
                        around.remove(&format!("e:{who}"));
                        if around.len() >= 2 {
                            push(s, Slot::Actor, key, Value::Entity(who), Some(kind), around);
                        }
                    }
                }
                continue;
            };
            if !single_actor(act) {
                continue;
            }
            if let Some((who, kind)) = actor_of(v, sent, j) {
                push(
                    s,
                    Slot::Actor,
                    act.to_owned(),
                    Value::Entity(who),
                    Some(kind),
                    BTreeSet::new(),
                );
            }
        }
    }
    if let Some(s) = outcome_sentence(v) {
        out.push(Claim {
            view: vi,
            sent: s,
            slot: Slot::Outcome,
            key: "talks".to_owned(),
            value: Value::Entity("no agreement".to_owned()),
            kind: None,
            context: BTreeSet::new(),
        });
    }
    out
}

/// The first sentence of a report (outside quotes and background) naming
/// the talks that says they ended without an agreement: a failure word ("collapsed",
/// "deadlock", "failed to reach") or a negation just before a word for an
/// agreement ("without any breakthrough", "no agreement"). The report's
/// own statement of the outcome; later ones repeat or discuss it.
fn outcome_sentence(v: &View<'_>) -> Option<usize> {
    v.sents.iter().position(|s| {
        if s.background {
            return false;
        }
        let toks = &v.toks[s.first..s.last];
        // Only talks have an outcome here: "the failure of a pillar" is not.
        let about_talks = toks
            .iter()
            .any(|t| duration_thing(&t.word) == Some("talks"));
        about_talks
            && toks.iter().enumerate().any(|(i, t)| {
                if t.quoted {
                    return false;
                }
                match predicate_class(&t.word) {
                    Some("failure") => true,
                    Some("deal") => toks[i.saturating_sub(3)..i]
                        .iter()
                        .any(|p| !p.quoted && is_negation(&p.word)),
                    _ => false,
                }
            })
    })
}

/// The weekday of a time written as a bare weekday ("on Friday").
fn bare_weekday(text: &str, value: &TimeValue) -> Option<Weekday> {
    let lower = text.to_lowercase();
    let names = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    let named = names.iter().any(|n| lower.contains(n));
    let has_digit = lower.chars().any(|c| c.is_ascii_digit());
    match value {
        TimeValue::Date(d) if named && !has_digit => Some(d.weekday()),
        _ => None,
    }
}
