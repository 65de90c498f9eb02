//! Where people were taken: the place a passive verb of carrying or
//! sheltering puts its subject ("Nine were taken to the regional hospital
//! in Kovach", "The evacuees have been housed in a school in Olsany") is a
//! value of that group's whereabouts, whatever the facility and the verb.
//! Two reports that send one group to two places disagree ("Nine of the
//! miners were flown to a hospital in Dunmere").
//!
//! The group is named by the state its people are in ("the seriously
//! injured"), else by what its count counts ("Nine" of the miners), else
//! by its head noun ("the evacuees"); its count, when given, tells two
//! groups apart ("five were taken to A", "three to B" are two groups).
//!
//! An active verb's object is the group when it is a people noun ("flew the
//! injured to Tamsk") or "them" (a group named before, left unnamed: "brought
//! them to the port of Cazzarin"); other objects are things, left to the
//! facility's key.

use crosscheck_read::numbers::{is_number_word, number_value};

use crate::context::is_content;
use crate::heads::is_plain_people;
use crate::lexicon::stem;
use crate::sets::{is_being, predicate_state, state_at};
use crate::statements::{Sent, View};
use crate::units::fmt_num;

/// The key of a group's whereabouts; the group is the claim's context
/// (`g:` and its name) and its count the claim's set.
pub(crate) const CARRIED: &str = "to:people";

/// How far before the place's preposition the verb may stand ("taken by
/// ambulance to the regional hospital in Kovach").
const VERB_WINDOW: usize = 8;

/// A group of people put somewhere, as far as its subject names it.
#[derive(Debug, PartialEq)]
pub(crate) struct CarriedGroup {
    /// The group's state, counted noun or head noun (a stem); `None` for a
    /// pronoun or a bare number ("All of them", "Nine").
    pub group: Option<String>,
    /// The group's count, when the subject gives one ("Nine").
    pub count: Option<String>,
}

/// Verbs that put people in a place: carrying them there or keeping them
/// there. Hand-written: a closed class of a dozen verbs news uses for the
/// injured, the evacuated and the rescued; no crate groups them so.
fn is_carrying_verb(word: &str) -> bool {
    matches!(
        word,
        "taken"
            | "flown"
            | "moved"
            | "brought"
            | "airlifted"
            | "transferred"
            | "evacuated"
            | "rushed"
            | "driven"
            | "ferried"
            | "housed"
            | "sheltered"
            | "lodged"
            | "relocated"
            | "treated"
            | "cared"
    )
}

/// Whether the text between tokens `a` and `a + 1` ends a phrase (a comma,
/// a semicolon, a colon, a dash or a line break).
fn boundary_after(v: &View<'_>, a: usize) -> bool {
    let (Some(x), Some(y)) = (v.toks.get(a), v.toks.get(a + 1)) else {
        return true;
    };
    v.art
        .body
        .get(x.end..y.start)
        .is_some_and(|gap| gap.contains([',', ';', ':', '\u{2014}', '\u{2013}', '\n']))
}

/// The group a place after the preposition at token `prep_at` puts
/// somewhere, when a passive verb of carrying or sheltering governs the
/// place: within a few words before it, in the same phrase.
pub(crate) fn carried_group(v: &View<'_>, sent: &Sent, prep_at: usize) -> Option<CarriedGroup> {
    let lo = sent.first.max(prep_at.saturating_sub(VERB_WINDOW));
    let mut verb = None;
    for k in (lo..prep_at).rev() {
        if boundary_after(v, k) {
            return None;
        }
        let word = v.toks[k].word.as_str();
        if is_carrying_verb(word) {
            verb = Some(k);
            break;
        }
        if matches!(word, "and" | "or" | "who" | "which" | "where" | "that") {
            return None;
        }
    }
    let verb = verb?;
    match passive_subject_end(v, sent, verb) {
        Some(subject_end) => group_of(v, sent, subject_end, verb),
        None => active_object(v, verb, prep_at),
    }
}

/// The group an active verb of carrying takes as its object, right before
/// the place's preposition: "brought them to the port" (a group the report
/// named before: unnamed here), "flew the injured to Tamsk".
fn active_object(v: &View<'_>, verb: usize, prep_at: usize) -> Option<CarriedGroup> {
    let words: Vec<&str> = (verb + 1..prep_at)
        .map(|k| v.toks[k].word.as_str())
        .collect();
    match words.as_slice() {
        ["them"] => Some(CarriedGroup {
            group: None,
            count: None,
        }),
        ["the", noun] | ["the", _, noun] if is_people_noun(noun) || *noun == "injured" => {
            let group = if *noun == "injured" {
                "injured".to_owned()
            } else {
                stem(noun)
            };
            Some(CarriedGroup {
                group: Some(group),
                count: None,
            })
        }
        _ => None,
    }
}

/// The token after the subject of the passive verb at `verb`: back over
/// coordinated verbs ("flown and driven"), adverbs and forms of being (at
/// least one), and over one coordinated predicate ("Seven of them were
/// seriously injured and were flown").
fn passive_subject_end(v: &View<'_>, sent: &Sent, verb: usize) -> Option<usize> {
    // "were flown and driven to": the first of coordinated verbs.
    let mut verb = verb;
    while verb >= sent.first + 2
        && matches!(v.toks[verb - 1].word.as_str(), "and" | "or")
        && is_carrying_verb(&v.toks[verb - 2].word)
    {
        verb -= 2;
    }
    let back_over_aux = |from: usize| -> Option<usize> {
        let mut k = from;
        let mut being = false;
        while k > sent.first {
            let word = v.toks[k - 1].word.as_str();
            if is_being(word) {
                being = true;
            } else if !(word.ends_with("ly") || matches!(word, "later" | "then" | "all" | "also")) {
                break;
            }
            k -= 1;
        }
        being.then_some(k)
    };
    // "has been brought up alive after three hours … and taken to": a
    // passive verb coordinated with an earlier one shares its subject,
    // which ends at the earlier one's forms of being.
    if verb > sent.first && v.toks[verb - 1].word == "and" && back_over_aux(verb).is_none() {
        let lo = sent.first.max(verb.saturating_sub(16));
        let passive = |w: &str| matches!(w, "been" | "was" | "were" | "is" | "are" | "be");
        let mut j = (lo..verb - 1).rev().find(|&j| passive(&v.toks[j].word))?;
        while j > sent.first && (is_being(&v.toks[j - 1].word) || is_have(&v.toks[j - 1].word)) {
            j -= 1;
        }
        return Some(j);
    }
    let k = back_over_aux(verb)?;
    if k > sent.first && v.toks[k - 1].word == "and" {
        // "were seriously injured and were flown": the first predicate's
        // forms of being end the subject.
        let lo = sent.first.max(k.saturating_sub(6));
        return (lo..k - 1)
            .rev()
            .find(|&j| is_being(&v.toks[j].word))
            .map(|j| {
                let mut j = j;
                while j > sent.first && is_being(&v.toks[j - 1].word) {
                    j -= 1;
                }
                j
            });
    }
    Some(k)
}

/// Forms of "have" before a passive's "been" ("has been brought").
fn is_have(word: &str) -> bool {
    matches!(word, "has" | "have" | "had")
}

/// The group a subject ending before token `end` names: `None` when the
/// subject is not a group of people (a singular noun: "the data", "the
/// wreck"). A state given by the carrying verb itself ("were evacuated
/// to") does not name the group.
fn group_of(v: &View<'_>, sent: &Sent, end: usize, verb: usize) -> Option<CarriedGroup> {
    let mut start = end;
    while start > sent.first && end - start < 8 && !boundary_after(v, start - 1) {
        start -= 1;
    }
    if start == end {
        return None;
    }
    let (from, to) = (v.toks[start].start, v.toks[end - 1].end);
    let quantity = v
        .art
        .quantities
        .iter()
        .find(|q| from <= q.start && q.start < to);
    let state = (start..end)
        .find_map(|k| state_at(v, k))
        .or_else(|| {
            let after = quantity.map_or(end, |q| v.tok_at(q.end));
            predicate_state(v, sent, after)
                .filter(|&(_, k)| k != verb)
                .map(|(w, _)| w)
        })
        .map(|w| w.replace(' ', "-"));
    let counted = quantity
        .map(|q| q.unit.as_str())
        .filter(|u| !u.is_empty() && !is_plain_people(u))
        .map(|u| stem(u.rsplit(' ').next().unwrap_or(u)));
    // A bare number the reading stage gave no noun ("Nine were taken").
    let number = || {
        (start..end).find_map(|k| {
            let word = v.toks[k].word.as_str();
            let numeric = word.starts_with(|c: char| c.is_ascii_digit()) || is_number_word(word);
            numeric.then(|| number_value(word)).flatten()
        })
    };
    let count = quantity.map(|q| q.value).or_else(number).map(fmt_num);
    let head = (start..end).rev().map(|k| &v.toks[k]).find(|t| {
        !t.word.starts_with(|c: char| c.is_ascii_digit())
            && !is_number_word(&t.word)
            && is_content(&t.word)
            && !matches!(t.word.as_str(), "them" | "all" | "those" | "others")
    });
    let group = match (state, counted, head) {
        (Some(state), _, _) => Some(state),
        (None, Some(counted), _) => Some(counted),
        (None, None, Some(t)) if is_people_noun(&t.word) => Some(stem(&t.word)),
        // "the data had been moved", "the files were moved": things.
        (None, None, Some(_)) => return None,
        (None, None, None) => None,
    };
    Some(CarriedGroup { group, count })
}

/// Whether a plural noun names people ("miners", "evacuees", "survivors",
/// "residents", "civilians", "tourists", "relatives", "babies"), by the
/// endings English gives nouns of people, not things ("files",
/// "documents"). Hand-written: no crate tells a person noun from a thing
/// noun, and a wrong "no" only leaves the place to the facility's key.
pub(crate) fn is_people_noun(word: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ees", "ers", "ors", "ents", "ans", "ants", "ists", "ives", "ies",
    ];
    const PEOPLE: &[&str] = &[
        "fans", "crew", "crews", "pupils", "guests", "staff", "hostages", "victims", "troops",
        "patients",
    ];
    is_plain_people(word)
        || PEOPLE.contains(&word)
        || (ENDINGS.iter().any(|e| word.ends_with(e)) && !word.ends_with("ments"))
}
