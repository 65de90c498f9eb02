//! What a value is said about, beyond its key: the content words and
//! entities around it, and the open-class verb a date belongs to when no
//! word of the closed act lists does ("the chief executive resigned on
//! Tuesday").
//!
//! Two sums, shares, counts of plain people or times, or dates of one
//! open-class act are rivals only when their contexts share a word or an
//! entity: "21 men trapped" and "nine men being treated" count two
//! different sets of men; "resigned on Monday" and "resigned on Tuesday",
//! both said of the chief executive, date one act. A bag of stems in a
//! small window is crude on purpose: it needs no parser, and a shared word
//! is a weak condition that only keeps apart values said of plainly
//! different things.
//!
//! It does not decide what conflicts (see `compare`), nor read times or
//! numbers (the reading stage does).

use std::collections::BTreeSet;

use crate::input::EntityKind;
use crate::lexicon::{is_speech_verb, is_stopword, stem};
use crate::measure::{clause, is_month_or_season};
use crate::statements::{Sent, View};

/// How many words either side of a value make its context.
const CONTEXT_WINDOW: usize = 6;

/// The prefix of an open-class act key ("act:resig").
pub(crate) const OPEN_ACT: &str = "act:";

/// The prefix of the key of a placed thing ("at:hospi").
pub(crate) const PLACED: &str = "at:";

/// Whether a count's noun says too little to tell two counts of it apart
/// ("21 men" trapped and "nine men" in hospital; "seven times" and "three
/// times"; "30 km" from the border and "12 km" of levee): such counts, like
/// sums and shares, need a shared context to be rivals. A count of a
/// specific noun ("18 fishermen") does not.
pub(crate) fn is_generic_count(unit: &str) -> bool {
    let last = unit.rsplit(' ').next().unwrap_or(unit);
    is_measure_unit(last)
        || matches!(
            unit,
            "man"
                | "men"
                | "people"
                | "person"
                | "woman"
                | "women"
                | "child"
                | "children"
                | "time"
                | "times"
                | "other"
                | "others"
                | "case"
                | "cases"
                | "one"
                | "ones"
        )
}

/// A unit of length, area, mass, volume or temperature. Hand-written: the
/// reading stage gives the unit as written, and no crate names the units
/// news uses.
fn is_measure_unit(unit: &str) -> bool {
    matches!(
        unit,
        "km" | "kilometre"
            | "kilometer"
            | "metre"
            | "meter"
            | "m"
            | "cm"
            | "centimetre"
            | "centimeter"
            | "mm"
            | "millimetre"
            | "mile"
            | "nautical mile"
            | "foot"
            | "feet"
            | "inch"
            | "yard"
            | "km2"
            | "hectare"
            | "acre"
            | "kg"
            | "kilogram"
            | "kilogramme"
            | "gram"
            | "tonne"
            | "ton"
            | "pound"
            | "litre"
            | "liter"
            | "gallon"
            | "barrel"
            | "degree"
            | "celsius"
            | "fahrenheit"
            | "megawatt"
            | "gigawatt"
            | "kilowatt"
    )
}

/// The context of the value whose words are tokens `first..last` of
/// `sent`: stems of the content words and ids of the entities within the
/// window and the value's clause, but for the words in `skip` (the key's
/// own word: the counted noun, the act's verb).
pub(crate) fn context(
    v: &View<'_>,
    sent: &Sent,
    first: usize,
    last: usize,
    skip: &[String],
) -> BTreeSet<String> {
    let Some(pos) = v.toks.get(first).map(|t| t.start) else {
        return BTreeSet::new();
    };
    let (lo, hi) = clause(v, sent, pos);
    let from = sent.first.max(first.saturating_sub(CONTEXT_WINDOW));
    let to = sent.last.min(last + CONTEXT_WINDOW);
    let mut out = BTreeSet::new();
    for k in from..to {
        if (first..last).contains(&k) {
            continue;
        }
        let t = &v.toks[k];
        if t.start < lo || t.start >= hi || !is_content(&t.word) {
            continue;
        }
        // A name's words stand for its entity, added below by identity
        // ("Halvecia" and "Halvecian State Mining Corporation" share a
        // stem, not an entity).
        let in_name = v
            .art
            .mentions
            .iter()
            .any(|m| m.start <= t.start && t.start < m.end);
        if in_name {
            continue;
        }
        let s = stem(&t.word);
        if !skip.contains(&s) {
            out.insert(s);
        }
    }
    let (a, b) = (
        v.toks[from].start,
        v.toks.get(to).map_or(sent.end, |t| t.start),
    );
    // People and bodies by identity; not places and countries, the
    // setting of nearly every sentence of an event.
    for m in &v.art.mentions {
        let setting = matches!(m.kind, EntityKind::Place | EntityKind::Country);
        if !setting && m.start >= a.max(lo) && m.start < b.min(hi) {
            out.insert(format!("e:{}", m.entity));
        }
    }
    out
}

/// A word that says what a value is about: not a function word, a number,
/// a speech verb or a bare month or weekday.
fn is_content(word: &str) -> bool {
    word.chars().count() >= 3
        && word.chars().any(char::is_alphabetic)
        && !word.chars().any(|c| c.is_ascii_digit())
        && !is_stopword(word)
        && !is_speech_verb(word)
        && !is_calendar_word(word)
        && !LIGHT_WORDS.contains(&word)
}

/// Verbs and adverbs that say little about what a value is of ("will pay
/// 2.4 million" and "will pay 1.15 million" may be a fine and a
/// compensation). Hand-written: a closed list.
const LIGHT_WORDS: &[&str] = &[
    "will", "would", "could", "should", "may", "might", "must", "can", "has", "have", "had",
    "been", "being", "was", "were", "are", "pay", "pays", "paid", "paying", "get", "gets", "got",
    "make", "makes", "made", "take", "takes", "took", "taken", "give", "gives", "gave", "given",
    "receive", "receives", "received", "also", "now", "still", "more", "less", "some", "all",
    "total", "least", "most", "nearly", "almost", "about", "around", "than", "only", "just",
];

/// A weekday, month, season or relative-day word: part of a time, not of
/// what the time is the time of.
fn is_calendar_word(word: &str) -> bool {
    is_month_or_season(word)
        || matches!(
            word,
            "monday"
                | "tuesday"
                | "wednesday"
                | "thursday"
                | "friday"
                | "saturday"
                | "sunday"
                | "today"
                | "yesterday"
                | "tonight"
                | "morning"
                | "afternoon"
                | "evening"
                | "night"
                | "early"
                | "late"
                | "last"
                | "week"
                | "local"
                | "time"
                | "gmt"
                | "utc"
        )
}

/// The open-class act key of the verb at token `j`, when the word is a
/// verb in the past tense or a passive participle used as one ("resigned",
/// "was drilled", "came"): `act:` and its stem. Not an attributive
/// adjective ("the trapped men"), not a speech verb.
pub(crate) fn open_act(v: &View<'_>, sent: &Sent, j: usize) -> Option<String> {
    let t = v.toks.get(j)?;
    if t.quoted || is_speech_verb(&t.word) || is_stopword(&t.word) {
        return None;
    }
    let regular = t.word.len() >= 5
        && t.word.ends_with("ed")
        && t.word.chars().all(|c| c.is_alphabetic())
        && !NOT_VERBS.contains(&t.word.as_str());
    if !regular && !IRREGULAR_PASTS.contains(&t.word.as_str()) {
        return None;
    }
    // "the trapped men", "a flooded valley": an adjective before a noun.
    let attributive = j > sent.first
        && matches!(
            v.toks[j - 1].word.as_str(),
            "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "whose"
        );
    (!attributive).then(|| format!("{OPEN_ACT}{}", stem(&t.word)))
}

/// Words ending in "-ed" that are not verbs, or not acts, in news prose.
/// Hand-written: a short closed list, which no lexicon crate offers.
const NOT_VERBS: &[&str] = &[
    "united",
    "based",
    "armed",
    "alleged",
    "limited",
    "detailed",
    "related",
    "hundred",
    "indeed",
    "speed",
    "need",
    "seed",
    "feed",
    "bred",
    "shed",
    "embed",
    "proceed",
    "exceed",
    "succeed",
    "concerned",
    "expected",
    "scheduled",
    "planned",
    "supposed",
    "advanced",
    "experienced",
    "qualified",
    "interested",
    "involved",
    "required",
    "estimated",
    "reported",
    "confirmed",
    "added",
    "stated",
    "repeated",
];

/// Irregular past tenses of act verbs. Hand-written for the same reason.
const IRREGULAR_PASTS: &[&str] = &[
    "came",
    "went",
    "took",
    "brought",
    "flew",
    "fell",
    "struck",
    "broke",
    "led",
    "left",
    "met",
    "held",
    "sent",
    "made",
    "gave",
    "won",
    "lost",
    "hit",
    "ran",
    "sank",
    "shot",
    "fought",
    "built",
    "bought",
    "sold",
    "paid",
    "caught",
    "drew",
    "drove",
    "rode",
    "threw",
    "blew",
    "bore",
    "tore",
    "wore",
    "swore",
    "froze",
    "chose",
    "rose",
    "spoke",
    "stole",
    "woke",
    "wrote",
    "bit",
    "hid",
    "shut",
    "quit",
    "split",
    "spread",
    "burst",
    "cast",
    "cost",
    "dug",
    "hung",
    "stuck",
    "swung",
    "spent",
    "kept",
    "lay",
    "fled",
    "fed",
    "bled",
    "sped",
    "slid",
    "sat",
    "stood",
    "understood",
    "withdrew",
    "overthrew",
    "undertook",
    "began",
];

/// Whether the quantity ending at byte `end` names a part of a whole: "of"
/// and a pronoun or determiner inside it or right after it ("14 of them",
/// "nine of the men", "14 of whom", "14 of our compatriots").
pub(crate) fn is_partitive(v: &View<'_>, sent: &Sent, start: usize, end: usize) -> bool {
    let (first, last) = (v.tok_at(start), v.tok_at(end));
    let whole = |k: usize| {
        v.toks.get(k).is_some_and(|t| {
            matches!(
                t.word.as_str(),
                "them" | "whom" | "those" | "these" | "us" | "the" | "our" | "their" | "its"
            )
        })
    };
    (first..(last + 1).min(sent.last)).any(|k| v.toks[k].word == "of" && whole(k + 1))
}

/// A name that narrows a count to a part of its whole ("14 Orsk miners",
/// "nine Pellandrian engineers"): a capitalised word between the number
/// and the counted noun, lowercased. Two counts with different narrowing
/// names, or one with and one without, count different sets.
pub(crate) fn narrowing_name(v: &View<'_>, start: usize, end: usize) -> Option<String> {
    let (first, last) = (v.tok_at(start), v.tok_at(end));
    if last <= first + 2 {
        return None;
    }
    (first + 1..last - 1).find_map(|k| {
        let t = &v.toks[k];
        let text = v.art.body.get(t.start..t.end)?;
        let capital = text.chars().next().is_some_and(char::is_uppercase);
        let number = text.chars().any(|c| c.is_ascii_digit());
        (capital && !number).then(|| t.word.clone())
    })
}

/// The thing a place is the place of, when a common noun stands right
/// before the preposition, or before a participle before it ("a hospital
/// in Kovach", "the talks at Glasswater Hall", "servers rented in
/// Ostmere"): `at:` and its stem. Not a verb, a name, a number or a function
/// word.
pub(crate) fn placed_thing(v: &View<'_>, sent: &Sent, prep_at: usize) -> Option<String> {
    let mut k = prep_at.checked_sub(1).filter(|&k| k >= sent.first)?;
    // "servers rented in Ostmere", "a plant based in Tamsk": the noun
    // before a participle is what is placed.
    let participle = |t: &crate::statements::Tok| t.word.ends_with("ed") && t.word.len() > 4;
    if participle(&v.toks[k]) && k > sent.first {
        k -= 1;
    }
    let t = &v.toks[k];
    let text = v.art.body.get(t.start..t.end)?;
    let name = text.chars().next().is_some_and(char::is_uppercase);
    let verbal =
        t.word.ends_with("ed") || t.word.ends_with("ing") || open_act(v, sent, k).is_some();
    (!t.quoted && !name && !verbal && is_content(&t.word))
        .then(|| format!("{PLACED}{}", stem(&t.word)))
}

/// The thing a length is the length of when a possessive joins them ("48
/// hours' notice", "two days’ warning"): `thing:` and its stem.
pub(crate) fn possessed_thing(v: &View<'_>, end: usize) -> Option<String> {
    let rest = v.art.body.get(end..)?;
    if !rest.starts_with(['\'', '\u{2019}']) {
        return None;
    }
    let t = v.toks.get(v.tok_at(end))?;
    (is_content(&t.word) && !t.quoted).then(|| format!("thing:{}", stem(&t.word)))
}

/// What an act at token `j` is done to: the stems of the content words and
/// the ids of the entities after it in its clause, up to the window ("the
/// forensic report to the committee"). Two doers of one open-class act are
/// rivals only when at least two of these agree.
pub(crate) fn object_context(v: &View<'_>, sent: &Sent, j: usize) -> BTreeSet<String> {
    let Some(pos) = v.toks.get(j).map(|t| t.start) else {
        return BTreeSet::new();
    };
    let (_, hi) = clause(v, sent, pos);
    let to = sent.last.min(j + 1 + CONTEXT_WINDOW);
    let mut out = BTreeSet::new();
    for k in j + 1..to {
        let t = &v.toks[k];
        if t.start >= hi {
            break;
        }
        let in_name = v
            .art
            .mentions
            .iter()
            .any(|m| m.start <= t.start && t.start < m.end);
        if !in_name && is_content(&t.word) {
            out.insert(stem(&t.word));
        }
    }
    let end = v.toks.get(to).map_or(sent.end, |t| t.start).min(hi);
    for m in &v.art.mentions {
        let setting = matches!(m.kind, EntityKind::Place | EntityKind::Country);
        if !setting && m.start > pos && m.start < end {
            out.insert(format!("e:{}", m.entity));
        }
    }
    out
}
