//! Events a report counts from without dating them ("he was suspended three
//! days after the final"), dated from the other reports of the event: the
//! reading stage leaves such a time unresolved when its own report never
//! dates "the final"; here, the day the event's reports give "the final"
//! ("Saturday's cup final", "the May 18 final", "the final in Tarrenburg on
//! Saturday") dates it, when at least two reports agree on that day or one
//! gives it and none another. The days are gathered over the whole story:
//! a follow-up's reports rarely date the first event again.
//!
//! It does not date an event from a day written far from its noun, across
//! a verb ("the toll from the crush rose to 13 on Monday" does not date the
//! crush), or from a quote.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Duration, NaiveDate};
use crosscheck_types::{TimeExpr, TimeValue, UnresolvedReason};

use crate::context::is_content;
use crate::input::EventInput;
use crate::lexicon::stem;
use crate::statements::{self, View};

/// How many words back from a day its event's noun may stand, over
/// prepositions, articles, names and place nouns.
const BACK_WINDOW: usize = 8;

/// The day of each event noun (by stem) a story's reports agree on
/// ("final" → 2030-05-18).
#[derive(Debug, Default)]
pub struct EventDays {
    days: BTreeMap<String, NaiveDate>,
}

impl EventDays {
    /// The days the reports of a story (all its events) give their event
    /// nouns.
    pub fn of_story(events: &[EventInput]) -> EventDays {
        let views: Vec<View<'_>> = events
            .iter()
            .flat_map(|e| &e.articles)
            .map(|a| statements::view(a, 0, None))
            .collect();
        EventDays::of(&views)
    }

    /// The days the given reports give their event nouns.
    fn of(views: &[View<'_>]) -> EventDays {
        let mut votes: BTreeMap<String, BTreeMap<NaiveDate, BTreeSet<usize>>> = BTreeMap::new();
        for (vi, v) in views.iter().enumerate() {
            for t in &v.art.times {
                let TimeValue::Date(day) = t.value else {
                    continue;
                };
                if v.quoted_at(t.start) {
                    continue;
                }
                if let Some(noun) = noun_of_day(v, t) {
                    votes
                        .entry(noun)
                        .or_default()
                        .entry(day)
                        .or_default()
                        .insert(vi);
                }
            }
        }
        let days = votes
            .into_iter()
            .filter_map(|(noun, by_day)| {
                let most = by_day.values().map(BTreeSet::len).max()?;
                let top: Vec<NaiveDate> = by_day
                    .iter()
                    .filter(|(_, who)| who.len() == most)
                    .map(|(d, _)| *d)
                    .collect();
                let agreed = top.len() == 1 && (most >= 2 || by_day.len() == 1);
                agreed.then(|| (noun, top[0]))
            })
            .collect();
        tracing::trace!(?days, "event days");
        EventDays { days }
    }

    /// The day of a time counted from an event its report does not date
    /// ("three days after the final"), when the other reports date it.
    pub(crate) fn resolve(&self, t: &TimeExpr) -> Option<TimeValue> {
        if !matches!(
            t.value,
            TimeValue::Unresolved {
                reason: UnresolvedReason::UndatedEvent
            }
        ) {
            return None;
        }
        let (days, event) = crosscheck_read::counted_from_event(&t.text)?;
        let head = event.split(' ').next().unwrap_or(&event);
        let day = *self.days.get(&stem(head))?;
        day.checked_add_signed(Duration::days(days))
            .map(TimeValue::Date)
    }
}

/// The event noun a day is written with: the noun right after the day in a
/// possessive or attributive ("Saturday's cup final", "the May 18 final"),
/// else the nearest noun before it over prepositions, articles, names and
/// place nouns ("the final in the city of Tarrenburg on Saturday").
fn noun_of_day(v: &View<'_>, t: &TimeExpr) -> Option<String> {
    let s = v.sentence_at(t.start)?;
    let sent = &v.sents[s];
    let (first, after) = (v.tok_at(t.start), v.tok_at(t.end));
    let capital = |k: usize| {
        v.toks.get(k).is_some_and(|tok| {
            v.art
                .body
                .get(tok.start..tok.end)
                .is_some_and(|w| w.starts_with(char::is_uppercase))
        })
    };
    let rest = v.art.body.get(t.end..).unwrap_or("");
    let possessive = rest.starts_with("'s") || rest.starts_with("’s");
    let attributive = first > sent.first
        && matches!(
            v.toks[first - 1].word.as_str(),
            "the" | "a" | "its" | "their"
        );
    if possessive || attributive {
        // Over names ("Saturday's Auren Cup final") to the first noun.
        return (after..sent.last.min(after + 4))
            .find(|&k| !capital(k))
            .map(|k| &v.toks[k].word)
            .filter(|w| is_content(w))
            .map(|w| stem(w));
    }
    let lo = sent.first.max(first.saturating_sub(BACK_WINDOW));
    for k in (lo..first).rev() {
        let w = v.toks[k].word.as_str();
        // Over a clock time too ("at 2:20 p.m. on Saturday").
        let clock = w.chars().all(|c| c.is_ascii_digit()) || matches!(w, "a" | "p" | "m" | "gmt");
        if capital(k) || is_filler(w) || clock {
            continue;
        }
        // "The accident on the Pic Auzelle cable car happened at 2:20 p.m.
        // on Saturday": the day of the subject that happened.
        if matches!(w, "happened" | "occurred" | "struck") {
            return (sent.first..k)
                .find(|&h| {
                    !capital(h) && !is_filler(&v.toks[h].word) && is_content(&v.toks[h].word)
                })
                .map(|h| stem(&v.toks[h].word));
        }
        return is_content(w).then(|| stem(w));
    }
    None
}

/// Words between an event's noun and its day that say nothing of either.
fn is_filler(word: &str) -> bool {
    matches!(
        word,
        "on" | "in"
            | "at"
            | "of"
            | "the"
            | "a"
            | "near"
            | "outside"
            | "late"
            | "early"
            | "city"
            | "town"
            | "village"
            | "capital"
            | "port"
            | "region"
            | "province"
    )
}
