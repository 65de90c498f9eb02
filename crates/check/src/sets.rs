//! The set a count of people counts, when a state word defines it ("23
//! trapped miners", "the 21 men trapped at the mine", "nine people
//! injured") or its verb does ("Eleven people were seriously injured",
//! "Seven of them were seriously injured", "nine remain in critical
//! condition") or the verb right before it does ("Police detained three
//! men", "prosecutors charged three people"), the seriously injured apart
//! from the injured at large;
//! counts in two different states are never rivals. It also gives one name
//! for that set across an event: a count of plain
//! people ("21 men") in a state is the count of the one specific group the
//! other reports count in that state ("23 miners"), so the two are rivals.
//!
//! It does not merge two specific groups in one state ("12 soldiers
//! killed", "30 civilians killed" are two sets), nor a plain count whose
//! state several groups share.

use std::collections::{BTreeMap, BTreeSet};

use crate::heads::{is_generic_count, is_plain_people};
use crate::statements::{Claim, Sent, Slot, Value, View};

/// The state that defines a counted set of people, in one word per state,
/// and the token it is at: a state word inside the count's phrase
/// ("23 trapped miners") or right after it ("21 men trapped"). Hand-written:
/// the states news counts people in are few, and no crate lists them.
pub(crate) fn people_state(
    v: &View<'_>,
    sent: &Sent,
    start: usize,
    end: usize,
) -> Option<(String, usize)> {
    let (first, after) = (v.tok_at(start), v.tok_at(end));
    (first + 1..(after + 1).min(sent.last))
        .find_map(|k| state_at(v, k).map(|w| (w, k)))
        .or_else(|| predicate_state(v, sent, after))
        .or_else(|| acted_on(v, sent, first, after))
}

/// The state a verb right before a count puts the counted in: survivors
/// counted as such ("214 survivors"), people a verb of rescue takes as its
/// object ("Rescuers pulled 241 people from the sea"), and people a verb of
/// a state takes ("Police detained three men", "prosecutors charged three
/// people", "the blast killed 12").
fn acted_on(v: &View<'_>, sent: &Sent, first: usize, after: usize) -> Option<(String, usize)> {
    let last = after.checked_sub(1)?;
    if matches!(v.toks.get(last)?.word.as_str(), "survivors" | "survivor") {
        return Some(("rescued".to_owned(), last));
    }
    let verb = (sent.first.max(first.saturating_sub(3))..first)
        .rev()
        .find(|&k| {
            !matches!(
                v.toks[k].word.as_str(),
                "at" | "least" | "some" | "about" | "nearly" | "more" | "than"
            )
        })?;
    let word = v.toks[verb].word.as_str();
    if matches!(
        word,
        "rescued" | "saved" | "pulled" | "plucked" | "winched" | "airlifted"
    ) {
        return Some(("rescued".to_owned(), verb));
    }
    // Words of a state that are no verbs ("dead", "aboard") take no object.
    let verb_form = word.ends_with("ed") || matches!(word, "hurt" | "held");
    let state = state_word(word).filter(|_| verb_form)?;
    Some((state.to_owned(), verb))
}

/// The state a count is said to be in by its verb ("Eleven people were
/// seriously injured", "Seven of them were seriously injured", "nine
/// remain in critical condition"): after the count, over a partitive's
/// whole ("of them", "of the 46 passengers"), one to three forms of being
/// or staying, and adverbs.
pub(crate) fn predicate_state(v: &View<'_>, sent: &Sent, after: usize) -> Option<(String, usize)> {
    let word = |k: usize| (k < sent.last).then(|| v.toks[k].word.as_str());
    let mut k = after;
    if word(k) == Some("of") {
        // "of them", "of the 46 passengers", "of its supporters"
        k += 1;
        while let Some(w) = word(k) {
            if is_being(w) || k > after + 5 {
                break;
            }
            k += 1;
        }
    }
    let verbs_from = k;
    while word(k).is_some_and(is_being) && k < verbs_from + 3 {
        k += 1;
    }
    if k == verbs_from {
        return None;
    }
    while word(k).is_some_and(|w| w.ends_with("ly") || w == "still") && k < verbs_from + 5 {
        k += 1;
    }
    // "kept in Treshavel General Hospital", "still in hospital"
    if word(k).is_some_and(|w| matches!(w, "kept" | "held" | "treated"))
        && matches!(word(k + 1), Some("in" | "to"))
        && (k + 2..k + 6).any(|a| word(a) == Some("hospital"))
    {
        k += 1;
    }
    // "were taken to hospital", "58 were rushed to hospital": brought to
    // a hospital, whatever the verb of moving them.
    let moved = word(k).is_some_and(|w| {
        matches!(
            w,
            "taken"
                | "rushed"
                | "admitted"
                | "brought"
                | "flown"
                | "airlifted"
                | "sent"
                | "carried"
        )
    });
    if moved && matches!(word(k + 1), Some("to" | "into")) {
        if let Some(h) = (k + 2..k + 6).find(|&a| word(a) == Some("hospital")) {
            return Some(("hospitalised".to_owned(), h));
        }
    }
    // "in critical condition", "in a serious condition", "in hospital"
    if matches!(word(k), Some("in" | "to")) {
        if let Some(h) = (k + 1..k + 5).find(|&a| word(a) == Some("hospital")) {
            // The state "admitted" names too.
            return Some(("hospitalised".to_owned(), h));
        }
        if word(k) == Some("to") {
            return None;
        }
        let mut c = k + 1;
        if matches!(word(c), Some("a" | "an")) {
            c += 1;
        }
        let grave = matches!(word(c), Some("critical" | "serious" | "grave"));
        if grave && word(c + 1) == Some("condition") {
            return Some(("critical".to_owned(), c));
        }
        return None;
    }
    // "five were dug out alive", "three were pulled from the snow alive":
    // the rescued, whatever the verb of getting them out.
    let participle = word(k).is_some_and(|w| {
        w.ends_with("ed") || matches!(w, "dug" | "found" | "brought" | "taken" | "got" | "cut")
    });
    if participle && (k + 1..k + 6).any(|a| word(a) == Some("alive")) {
        return Some(("rescued".to_owned(), k));
    }
    state_at(v, k).map(|w| (w, k))
}

/// Forms of being and staying between a count and its state.
pub(crate) fn is_being(word: &str) -> bool {
    matches!(
        word,
        "are"
            | "were"
            | "is"
            | "was"
            | "be"
            | "been"
            | "being"
            | "have"
            | "has"
            | "had"
            | "remain"
            | "remains"
            | "remained"
            | "still"
            | "now"
    )
}

/// The state word at token `k`, with its degree for the injured: a
/// seriously injured person is counted apart from the injured at large.
pub(crate) fn state_at(v: &View<'_>, k: usize) -> Option<String> {
    let state = state_word(&v.toks.get(k)?.word)?;
    let degree = k
        .checked_sub(1)
        .and_then(|p| v.toks.get(p))
        .map(|t| t.word.as_str());
    let serious = matches!(
        degree,
        Some("seriously" | "critically" | "badly" | "severely" | "gravely")
    );
    Some(if state == "injured" && serious {
        "seriously injured".to_owned()
    } else {
        state.to_owned()
    })
}

/// One word per state of people, or `None`.
fn state_word(word: &str) -> Option<&'static str> {
    Some(match word {
        "trapped" => "trapped",
        "killed" | "dead" => "killed",
        "injured" | "wounded" | "hurt" => "injured",
        "missing" | "unaccounted" => "missing",
        "rescued" => "rescued",
        "evacuated" => "evacuated",
        "stranded" => "stranded",
        "hospitalised" | "hospitalized" | "admitted" => "hospitalised",
        "detained" | "arrested" => "arrested",
        "charged" | "indicted" => "charged",
        "displaced" => "displaced",
        "aboard" | "onboard" => "aboard",
        "kidnapped" | "abducted" => "abducted",
        _ => return None,
    })
}

/// Renames each count of plain people in a state to the one specific group
/// counted in that state elsewhere in the event, and drops the context
/// such plain counts need (the specific noun now says what is counted).
pub(crate) fn name_plain_counts(claims: &mut [Claim]) {
    let mut groups: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for c in claims.iter() {
        if let (Slot::Count, Some(set), Value::Amount { unit, .. }) = (c.slot, &c.set, &c.value) {
            let narrowed = c.key.contains(" (") || c.key.contains(" of ");
            if !is_generic_count(unit) && !narrowed {
                groups.entry(set.clone()).or_default().insert(unit.clone());
            }
        }
    }
    for c in claims.iter_mut() {
        let Some(set) = &c.set else { continue };
        let Value::Amount { unit, .. } = &mut c.value else {
            continue;
        };
        if c.slot != Slot::Count || !is_plain_people(unit) {
            continue;
        }
        let Some(named) = groups.get(set).filter(|g| g.len() == 1) else {
            continue;
        };
        let Some(name) = named.iter().next() else {
            continue;
        };
        let Some(rest) = c.key.strip_prefix(unit.as_str()) else {
            continue;
        };
        c.key = format!("{name}{rest}");
        *unit = name.clone();
        c.context.clear();
    }
}
