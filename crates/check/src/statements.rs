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

use crate::input::{EntityKind, QuantityKind, QuoteMode, ReadArticle};
use crate::lexicon::{
    action_class, duration_thing, is_speech_verb, is_stopword, ordinal, single_actor,
};

/// How far back (in words) an act word may stand from the value it takes.
const BIND_WINDOW: usize = 8;

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
    /// Content words outside direct quotes.
    pub content: BTreeSet<String>,
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
}

impl Slot {
    pub fn as_str(self) -> &'static str {
        match self {
            Slot::Date => "date",
            Slot::Count => "count",
            Slot::Duration => "duration",
            Slot::Place => "place",
            Slot::Actor => "actor",
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
    /// A count or amount of `unit`.
    Amount { low: f64, high: f64, unit: String },
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
        let content = words
            .iter()
            .filter(|t| {
                !t.quoted && !is_stopword(&t.word) && !t.word.chars().all(|c| c.is_ascii_digit())
            })
            .map(|t| t.word.clone())
            .collect();
        sents.push(Sent {
            start: s.start,
            end: s.end,
            first,
            last,
            background,
            content,
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

    fn tok_at(&self, pos: usize) -> usize {
        self.toks.partition_point(|t| t.start < pos)
    }

    fn quoted_at(&self, pos: usize) -> bool {
        let i = self.tok_at(pos);
        self.toks
            .get(i)
            .is_some_and(|t| t.quoted && t.start < pos + 2)
    }

    /// The act word bound to the value starting at token `i`: the nearest
    /// act word before it in the sentence, within the window, not across a
    /// speech verb.
    fn bound_act(&self, sent: &Sent, i: usize) -> Option<&'static str> {
        let lo = sent.first.max(i.saturating_sub(BIND_WINDOW));
        for j in (lo..i.min(sent.last)).rev() {
            let t = &self.toks[j];
            if is_speech_verb(&t.word) {
                return None;
            }
            let next = self.toks.get(j + 1).map(|n| n.word.as_str());
            if let Some(c) = action_class(&t.word, next) {
                return Some(c);
            }
        }
        None
    }
}

/// Every claim of one view.
pub(crate) fn claims(v: &View<'_>, vi: usize) -> Vec<Claim> {
    let mut out = Vec::new();
    let mut push = |sent: usize, slot: Slot, key: String, value: Value| {
        out.push(Claim {
            view: vi,
            sent,
            slot,
            key,
            value,
        });
    };
    let live = |pos: usize| -> Option<usize> {
        let s = v.sentence_at(pos)?;
        (!v.sents[s].background && !v.quoted_at(pos)).then_some(s)
    };
    for t in &v.art.times {
        let Some(s) = live(t.start) else { continue };
        if !t.value.is_resolved() {
            continue;
        }
        if let Some(act) = v.bound_act(&v.sents[s], v.tok_at(t.start)) {
            let weekday = bare_weekday(&t.text, &t.value);
            push(
                s,
                Slot::Date,
                act.to_owned(),
                Value::Time {
                    value: t.value,
                    weekday,
                },
            );
        }
    }
    for q in &v.art.quantities {
        let Some(s) = live(q.start) else { continue };
        let i = v.tok_at(q.start);
        let change = is_change(v, &v.sents[s], i);
        let suffix = if change { "|change" } else { "" };
        let unit = normalise_unit(&q.unit);
        if q.kind == QuantityKind::Duration {
            let Some(factor) = days_per(&unit) else {
                continue;
            };
            let Some(thing) = duration_key(v, &v.sents[s], q.start, q.end) else {
                continue;
            };
            let days = q.value * factor;
            let label = format!("{} {}", fmt_num(q.value), unit);
            push(
                s,
                Slot::Duration,
                format!("{thing}{suffix}"),
                Value::Days { days, label },
            );
        } else {
            let low = q.low.unwrap_or(q.value);
            let high = q.high.unwrap_or(q.value);
            let key = format!("{}{suffix}", unit);
            push(s, Slot::Count, key, Value::Amount { low, high, unit });
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
        if let Some(act) = v.bound_act(&v.sents[s], i.saturating_sub(1)) {
            push(
                s,
                Slot::Place,
                act.to_owned(),
                Value::Entity(m.entity.clone()),
            );
        }
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
                continue;
            };
            if !single_actor(act) {
                continue;
            }
            if let Some(who) = actor_of(v, sent, j) {
                push(s, Slot::Actor, act.to_owned(), Value::Entity(who));
            }
        }
    }
    out
}

/// Whether the quantity at token `i` is a change ("grows by 5 percent",
/// "cut ... by 50 marks"): "by" before it and a verb of change among the
/// words before that. "patrolled by six vessels" is an agent, not a change.
fn is_change(v: &View<'_>, sent: &Sent, i: usize) -> bool {
    if i == 0 || v.toks.get(i - 1).is_none_or(|p| p.word != "by") {
        return false;
    }
    let lo = sent.first.max(i.saturating_sub(BIND_WINDOW));
    (lo..i - 1).any(|j| {
        let w = v.toks[j].word.as_str();
        matches!(action_class(w, None), Some("cut" | "rise"))
            || matches!(
                w,
                "up" | "down"
                    | "extend"
                    | "extended"
                    | "raised"
                    | "raise"
                    | "narrowed"
                    | "widened"
                    | "fell"
                    | "fall"
                    | "falls"
                    | "dropped"
            )
    })
}

/// The doer of the act at token `j`: after "by" (passive), else a name right
/// before the act word ("Vannek proposed", "Vannek, who chaired").
fn actor_of(v: &View<'_>, sent: &Sent, j: usize) -> Option<String> {
    let agentive = |k: EntityKind| matches!(k, EntityKind::Person | EntityKind::Organisation);
    if v.toks.get(j + 1).is_some_and(|t| t.word == "by") {
        let lo = v.toks.get(j + 2)?.start;
        let hi = v.toks.get((j + 8).min(sent.last.saturating_sub(1)))?.end;
        let inside: Vec<_> = v
            .art
            .mentions
            .iter()
            .filter(|m| m.start >= lo && m.start < hi)
            .collect();
        let mut agents: Vec<&str> = inside
            .iter()
            .filter(|m| agentive(m.kind))
            .map(|m| m.entity.as_str())
            .collect();
        agents.dedup();
        // Two different people after "by" ("by A and B", or a title the
        // reader tied to someone else before the name): never guess.
        return match agents.as_slice() {
            [one] => Some((*one).to_owned()),
            [] => {
                let countries: BTreeSet<&str> = inside
                    .iter()
                    .filter(|m| m.kind == EntityKind::Country)
                    .map(|m| m.entity.as_str())
                    .collect();
                (countries.len() == 1).then(|| countries.into_iter().collect::<String>())
            }
            _ => None,
        };
    }
    let here = v.toks[j].start;
    let lo = v.toks[j.saturating_sub(3).max(sent.first)].start;
    v.art
        .mentions
        .iter()
        .filter(|m| {
            m.end <= here && m.end > lo && (agentive(m.kind) || m.kind == EntityKind::Country)
        })
        .max_by_key(|m| m.end)
        .map(|m| m.entity.clone())
}

/// The thing a duration is the length of: a head word after it ("three days
/// of talks", "a six-month accord"), else the nearest one before it in the
/// sentence within four words ("the accord runs for six months").
fn duration_key(v: &View<'_>, sent: &Sent, start: usize, end: usize) -> Option<&'static str> {
    let after = v.tok_at(end);
    for t in v.toks.iter().take(sent.last).skip(after).take(5) {
        if let Some(thing) = duration_thing(&t.word) {
            return Some(thing);
        }
    }
    // Before it only close by ("the accord runs for six months"): a head
    // word further back belongs to another phrase ("the failed talks in the
    // context of four years of losses").
    let before = v.tok_at(start);
    (sent.first.max(before.saturating_sub(4))..before)
        .rev()
        .find_map(|k| duration_thing(&v.toks[k].word))
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

/// A unit in one form: lowercase, last word, singular ("Patrol vessels" →
/// "vessel", "fishermen" → "fisherman", "per cent" → "percent").
pub(crate) fn normalise_unit(unit: &str) -> String {
    let lower = unit.trim().to_lowercase();
    if matches!(lower.as_str(), "%" | "per cent" | "percent" | "pc") {
        return "percent".to_owned();
    }
    let last = lower.split_whitespace().last().unwrap_or("").to_owned();
    if let Some(stem) = last.strip_suffix("men") {
        return format!("{stem}man");
    }
    if let Some(stem) = last.strip_suffix("ies") {
        return format!("{stem}y");
    }
    if last.ends_with('s') && !last.ends_with("ss") && last.len() > 3 {
        return last[..last.len() - 1].to_owned();
    }
    last
}

/// Days in one unit of time, for comparing lengths written in different units.
fn days_per(unit: &str) -> Option<f64> {
    Some(match unit {
        "minute" => 1.0 / 1440.0,
        "hour" => 1.0 / 24.0,
        "day" => 1.0,
        "night" => 1.0,
        "week" => 7.0,
        "fortnight" => 14.0,
        "month" => 30.0,
        "year" => 365.0,
        _ => return None,
    })
}

/// A number without a trailing ".0".
pub(crate) fn fmt_num(x: f64) -> String {
    if (x - x.round()).abs() < 1e-9 {
        format!("{}", x.round() as i64)
    } else {
        format!("{x}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_are_normalised() {
        assert_eq!(normalise_unit("fishermen"), "fisherman");
        assert_eq!(normalise_unit("Patrol vessels"), "vessel");
        assert_eq!(normalise_unit("per cent"), "percent");
        assert_eq!(normalise_unit("days"), "day");
        assert_eq!(normalise_unit("casualties"), "casualty");
        assert_eq!(normalise_unit("class"), "class");
    }
}
