//! Which round of a sequence a date belongs to, as one sentence says it:
//! a round ordinal ("the second round ..., held on October 25"), the start
//! of the sequence ("the series of talks, which began on ..."), the round
//! before the report's own ("the previous round"), or the report's own
//! event ("the negotiations, which started on Saturday"); and whether a
//! report says its event followed an earlier one ("following earlier
//! engagement in Doha").
//!
//! Reads words, times and place mentions only; it does not decide what
//! conflicts (the parent module does).

use crosscheck_types::{Granularity, TimeExpr, TimeValue, UnresolvedReason};

use crate::input::EntityKind;
use crate::lexicon::{is_speech_verb, ordinal};
use crate::statements::{Sent, Tok, View};

use super::days::{month_day, Day};

/// A round of the story's sequence, as a sentence names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Round {
    /// The n-th round (the start of the sequence is the first).
    Ordinal(u32),
    /// A round before the one of event `e` ("the previous round").
    Before(usize),
    /// Event `e` itself, as the clusterer placed its reports.
    Own(usize),
}

/// Which part of a round a date is the date of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Aspect {
    /// It began then.
    Start,
    /// It was held then (start or whole).
    Held,
    /// It ended (or collapsed) then.
    End,
}

/// One date a sentence gives a round.
#[derive(Clone, Debug)]
pub(crate) struct Dated {
    /// Index of the view (report) in the story's list.
    pub view: usize,
    /// Sentence index in the view.
    pub sent: usize,
    pub round: Round,
    /// Named as the start of the sequence ("the series ... began").
    pub sequence_start: bool,
    pub day: Day,
    pub aspect: Aspect,
    /// A place the sentence gives the round ("in Doha"), as written.
    pub place: Option<String>,
}

/// A sentence saying the report's event followed an earlier round.
#[derive(Clone, Debug)]
pub(crate) struct Follows {
    pub view: usize,
    pub sent: usize,
    /// Where the earlier round was, as written, when the sentence says.
    pub place: Option<String>,
}

/// Words naming talks (the things a sequence is made of).
fn is_talks(w: &str) -> bool {
    matches!(
        w,
        "talks"
            | "negotiations"
            | "negotiation"
            | "dialogue"
            | "dialogues"
            | "round"
            | "rounds"
            | "meeting"
            | "meetings"
            | "session"
            | "sessions"
            | "engagement"
            | "engagements"
            | "mediation"
            | "summit"
            | "conference"
            | "peace"
    )
}

/// Words naming happenings that are not talks (their dates are not a
/// round's).
fn is_other_event(w: &str) -> bool {
    matches!(
        w,
        "clashes"
            | "clash"
            | "attack"
            | "attacks"
            | "strike"
            | "strikes"
            | "shelling"
            | "fighting"
            | "ceasefire"
            | "truce"
            | "election"
            | "elections"
            | "vote"
            | "visit"
            | "war"
            | "protest"
            | "protests"
            | "raid"
            | "raids"
    )
}

fn is_sequence(w: &str) -> bool {
    matches!(w, "sequence" | "series" | "process" | "cycle")
}

fn start_verb(w: &str, next: Option<&str>) -> bool {
    matches!(
        w,
        "began"
            | "begin"
            | "begins"
            | "begun"
            | "start"
            | "started"
            | "starts"
            | "opened"
            | "opens"
            | "launched"
            | "commenced"
    ) || (matches!(w, "kicked" | "kicks") && next == Some("off"))
}

fn end_verb(w: &str) -> bool {
    matches!(
        w,
        "ended"
            | "ends"
            | "concluded"
            | "concludes"
            | "closed"
            | "collapsed"
            | "collapses"
            | "failed"
            | "broke"
            | "adjourned"
    )
}

fn held_verb(w: &str) -> bool {
    matches!(w, "held" | "convened" | "met" | "took")
}

/// The aspect of the act word nearest before token `i` (within `lo..i`, not
/// across a speech verb); `None` when there is none.
fn aspect_before(toks: &[Tok], lo: usize, i: usize) -> Option<(usize, Aspect)> {
    for j in (lo..i).rev() {
        let w = toks[j].word.as_str();
        if is_speech_verb(w) {
            return None;
        }
        let next = toks.get(j + 1).map(|t| t.word.as_str());
        if start_verb(w, next) {
            return Some((j, Aspect::Start));
        }
        if end_verb(w) {
            return Some((j, Aspect::End));
        }
        if held_verb(w) {
            return Some((j, Aspect::Held));
        }
    }
    None
}

/// A round a sentence names at a token: its position and the round.
struct Phrase {
    at: usize,
    round: Round,
    sequence_start: bool,
}

/// The rounds a sentence names, in token order.
fn phrases(toks: &[Tok], s: &Sent, event: usize) -> Vec<Phrase> {
    let mut out = Vec::new();
    for i in s.first..s.last {
        let t = &toks[i];
        if t.quoted {
            continue;
        }
        let w = t.word.as_str();
        let near = |k: usize| (i + 1..(i + 1 + k).min(s.last)).map(|j| toks[j].word.as_str());
        if let Some(n) = ordinal(w) {
            if near(2).any(|x| x == "round") {
                out.push(Phrase {
                    at: i,
                    round: Round::Ordinal(n),
                    sequence_start: false,
                });
            }
        } else if matches!(w, "previous" | "preceding" | "prior") && near(1).any(|x| x == "round") {
            out.push(Phrase {
                at: i,
                round: Round::Before(event),
                sequence_start: false,
            });
        } else if is_sequence(w) {
            // "the sequence of talks, which began", "the peace process began"
            let lo = i.saturating_sub(2).max(s.first);
            let talks = (lo..(i + 4).min(s.last)).any(|j| is_talks(&toks[j].word));
            let starts = (i + 1..(i + 7).min(s.last)).any(|j| {
                let next = toks.get(j + 1).map(|t| t.word.as_str());
                start_verb(&toks[j].word, next)
            });
            if talks && starts {
                out.push(Phrase {
                    at: i,
                    round: Round::Ordinal(1),
                    sequence_start: true,
                });
            }
        }
    }
    out
}

/// The day of a time expression: a calendar day, or month and day when the
/// report has no date to take the year from. Weekdays without an anchor,
/// ranges, weeks, months, vague times and days counted back ("a week ago")
/// give none.
fn day_of(t: &TimeExpr) -> Option<Day> {
    // A day counted back from the report ("a week ago", "days ago") is an
    // estimate, and a week or a month is no day.
    let day_like = matches!(
        t.granularity,
        Granularity::Day | Granularity::PartOfDay | Granularity::Minute
    );
    if !day_like || t.text.to_lowercase().split_whitespace().any(|w| w == "ago") {
        return None;
    }
    match t.value {
        TimeValue::Date(d) => Some(Day::Full(d)),
        TimeValue::Instant(x) => Some(Day::Full(x.date_naive())),
        TimeValue::Range(a, b) if a == b => Some(Day::Full(a)),
        TimeValue::Unresolved {
            reason: UnresolvedReason::NoAnchor,
        } => month_day(&t.text),
        _ => None,
    }
}

/// The first place mention after "in" in the sentence within token range
/// `lo..hi`, as written.
fn place_in(v: &View<'_>, lo: usize, hi: usize) -> Option<String> {
    v.art
        .mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Place)
        .find(|m| {
            let i = v.tok_at(m.start);
            i > lo && i < hi && v.toks[i - 1].word == "in" && !v.toks[i].quoted
        })
        .and_then(|m| v.art.body.get(m.start..m.end))
        .map(str::to_owned)
}

/// Every dated round of one report of event `event` (view `vi`).
pub(crate) fn dated(v: &View<'_>, vi: usize, event: usize) -> Vec<Dated> {
    let mut out = Vec::new();
    for t in &v.art.times {
        let Some(si) = v.sentence_at(t.start) else {
            continue;
        };
        let s = &v.sents[si];
        let i = v.tok_at(t.start);
        if v.toks.get(i).is_none_or(|x| x.quoted) {
            continue;
        }
        let Some(day) = day_of(t) else { continue };
        let ph = phrases(&v.toks, s, event);
        // The round named nearest before the date, else one right after it.
        let before = ph
            .iter()
            .rev()
            .find(|p| p.at < i && i - p.at <= 14)
            .or_else(|| {
                ph.iter()
                    .find(|p| p.at > i && p.at - i <= 6 && ph.len() == 1)
            });
        // Another happening named between the round and the date owns the
        // date ("the second round, overshadowed by clashes that began on
        // ..."): no date of the round.
        if let Some(p) = before.filter(|p| p.at < i) {
            if (p.at + 1..i).any(|j| is_other_event(&v.toks[j].word)) {
                continue;
            }
        }
        let (round, sequence_start, lo) = match before {
            Some(p) => (p.round, p.sequence_start, p.at.min(i)),
            None => {
                // The report's own event: a date bound to a start, end or
                // holding of talks, in a sentence about no other round.
                if s.background || !ph.is_empty() {
                    continue;
                }
                let lo = s.first.max(i.saturating_sub(8));
                let Some((verb, _)) = aspect_before(&v.toks, lo, i) else {
                    continue;
                };
                let from = s.first.max(verb.saturating_sub(8));
                if !(from..verb).any(|j| is_talks(&v.toks[j].word) && v.toks[j].word != "peace") {
                    continue;
                }
                (Round::Own(event), false, lo)
            }
        };
        let aspect = aspect_before(&v.toks, s.first.max(lo), i).map_or(Aspect::Held, |(_, a)| a);
        let hi = (v.tok_at(t.end) + 4).min(s.last);
        out.push(Dated {
            view: vi,
            sent: si,
            round,
            sequence_start,
            day,
            aspect,
            place: place_in(v, lo, hi),
        });
    }
    out
}

/// Sentences of a report saying its event followed an earlier round:
/// "following earlier engagement in Doha", "after the previous round".
pub(crate) fn follows(v: &View<'_>, vi: usize) -> Vec<Follows> {
    let mut out = Vec::new();
    for (si, s) in v.sents.iter().enumerate() {
        for i in s.first..s.last {
            let t = &v.toks[i];
            if t.quoted || !matches!(t.word.as_str(), "following" | "after") {
                continue;
            }
            let earlier = (i + 1..(i + 3).min(s.last)).find(|&j| {
                matches!(
                    v.toks[j].word.as_str(),
                    "earlier" | "previous" | "prior" | "preceding" | "initial"
                )
            });
            let Some(e) = earlier else { continue };
            let talks = (e + 1..(e + 4).min(s.last))
                .find(|&j| is_talks(&v.toks[j].word) && v.toks[j].word != "peace");
            if let Some(k) = talks {
                out.push(Follows {
                    view: vi,
                    sent: si,
                    place: place_in(v, k, (k + 4).min(s.last)),
                });
                break;
            }
        }
    }
    out
}

/// The round the reports of an event lead with: the round ordinals named in
/// each report's first sentence, when they name one round only. A report
/// recalls other rounds further down (and announces the next one), so only
/// its lead says which round it reports.
pub(crate) fn lead_ordinal(views: &[&View<'_>]) -> Option<u32> {
    let mut named = std::collections::BTreeSet::new();
    for v in views {
        if let Some(s) = v.sents.first() {
            named.extend(crate::statements::sentence_ordinals(
                &v.toks[s.first..s.last],
            ));
        }
    }
    let mut it = named.into_iter();
    match (it.next(), it.next()) {
        (Some(n), None) => Some(n),
        _ => None,
    }
}
