//! The word a value hangs on when no closed list names it: an open-class
//! act verb ("resigned", "was drilled"), the thing a place is the place of
//! ("a hospital in Kovach"), the thing a length is the length of ("48
//! hours' notice"); and what narrows a count (a partitive, a name before
//! its noun) or makes it say too little on its own (plain people, times,
//! physical measures).
//!
//! It does not say whether two values are rivals: that is [`crate::context`]
//! and `compare`.

use crate::context::is_content;
use crate::lexicon::{is_speech_verb, is_stopword, noun_stem, stem};
use crate::statements::{Sent, Tok, View};

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
    is_measure_unit(unit)
        || is_measure_unit(last)
        || is_plain_people(unit)
        || matches!(
            unit,
            "time" | "times" | "other" | "others" | "case" | "cases" | "one" | "ones"
        )
}

/// Whether a count's unit names plain people ("men", "people"), not a
/// group ("miners").
pub(crate) fn is_plain_people(unit: &str) -> bool {
    matches!(
        unit,
        "man" | "men" | "people" | "person" | "woman" | "women" | "child" | "children"
    )
}

/// A unit of length, area, mass, volume or temperature, or a rate of one
/// ("kilometre per hour"). Hand-written: the reading stage gives the unit as
/// written, and no crate names the units news uses.
pub(crate) fn is_measure_unit(unit: &str) -> bool {
    if let Some((measure, _)) = unit.split_once(" per ") {
        return is_measure_unit(measure);
    }
    matches!(
        unit,
        "km/h"
            | "mile/h"
            | "m/h"
            | "mph"
            | "knot"
            | "knots"
            | "km"
            | "kilometre"
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
            | "t"
            | "ton"
            | "lb"
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
    let mut key = act_class(&t.word).map_or_else(|| stem(&t.word), str::to_owned);
    // "The deal was struck", "struck a bargain": an agreement, not an attack.
    if t.word == "struck" {
        let lo = sent.first.max(j.saturating_sub(3));
        let hi = sent.last.min(j + 4);
        let deal = (lo..hi).any(|k| {
            matches!(
                v.toks[k].word.as_str(),
                "deal" | "agreement" | "accord" | "bargain" | "compromise" | "pact"
            )
        });
        if deal {
            key = "agree".to_owned();
        }
    }
    (!attributive).then(|| format!("{OPEN_ACT}{key}"))
}

/// The class of an act verb that news writes in several words ("closed" /
/// "shut", "inspected" / "checked", "rescued" / "saved" / "pulled"), so
/// that one act told in two words keys one claim. Past forms only, as
/// [`open_act`] takes them; the closed classes of
/// [`crate::lexicon::action_class`] ("closed" / "shut" end, "freed"
/// releases) come first and are not repeated here. Hand-written: a short closed list of the acts
/// of accidents, disasters, courts and rescues; no maintained thesaurus
/// crate gives verb synonyms without a large data download, and a wide
/// thesaurus would join acts that are not one ("rolled" is not "sank").
fn act_class(word: &str) -> Option<&'static str> {
    Some(match word {
        "inspected" | "checked" | "examined" | "surveyed" => "inspect",
        "rescued" | "saved" | "pulled" | "plucked" | "winched" | "airlifted" => "rescue",
        "landed" | "brought" | "ferried" | "carried" => "bring",
        "capsized" | "overturned" | "flipped" | "keeled" => "capsize",
        "sank" | "sunk" | "foundered" => "sink",
        "leaned" | "tilted" | "heeled" | "tipped" => "lean",
        "towed" | "hauled" | "dragged" => "tow",
        "ordered" | "instructed" | "directed" | "authorised" | "authorized" => "order",
        "held" | "jailed" | "remanded" | "imprisoned" | "locked" => "detain",
        // A countdown, a match or a line stopped for a while.
        "halted" | "paused" | "stopped" | "delayed" => "pause",
        "moved" | "flown" | "transferred" | "relocated" | "shifted" => "move",
        "evacuated" | "cleared" => "evacuate",
        "found" | "discovered" | "spotted" | "detected" => "find",
        "approved" | "ratified" | "endorsed" => "approve",
        "revoked" | "withdrew" | "withdrawn" | "rescinded" | "cancelled" | "canceled"
        | "annulled" => "revoke",
        "rejected" | "dismissed" => "reject",
        "charged" | "indicted" => "charge",
        "attacked" | "struck" | "shelled" | "bombed" => "attack",
        "began" | "begun" | "started" | "commenced" => "begin",
        "raided" | "swooped" | "searched" => "raid",
        "exploded" | "blew" | "burst" | "detonated" => "explode",
        // At the controls of a car, a boat or an aircraft.
        "drove" | "driven" | "steered" | "piloted" => "drive",
        _ => return None,
    })
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
    // "it had taken the firm seven hours to warn", "had let four hours pass".
    "taken",
    "let",
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

/// Whether the count ending at byte `end` counts the people who speak
/// ("Two crew members told the Sentinel", "three witnesses said"): the
/// number of sources, not a fact of the event.
pub(crate) fn counts_speakers(v: &View<'_>, sent: &Sent, end: usize) -> bool {
    let first = v.tok_at(end);
    (first..(first + 3).min(sent.last)).any(|k| {
        v.toks.get(k).is_some_and(|t| {
            !t.quoted
                && is_speech_verb(&t.word)
                // The count's own phrase: nothing set off before the verb
                // ("at 118 km/h, investigators told" is not).
                && v.art
                    .body
                    .get(end..t.start)
                    .is_some_and(|gap| !gap.contains([',', '.', ';', ':', '(', ')']))
        })
    })
}

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

/// Whether the count at `start..end` has its noun left out ("nine were in
/// critical condition", "up from 14"): its words end with the number.
pub(crate) fn is_elided(v: &View<'_>, start: usize, end: usize) -> bool {
    if is_tally(v.art.body.as_str(), start) {
        return false;
    }
    let last = v.tok_at(end);
    let Some(t) = last.checked_sub(1).and_then(|k| v.toks.get(k)) else {
        return false;
    };
    if t.start < start {
        return false;
    }
    let word = t.word.as_str();
    word.chars()
        .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        || word
            .split('-')
            .all(crosscheck_read::numbers::is_number_word)
}

/// A number that ends a tally named before it ("bringing the number of
/// fragments recovered to 58", "the count of recovered fragments stands at
/// 63"): the reader gave it the tally's noun, so it is a count of its own,
/// not a noun left out.
fn is_tally(body: &str, start: usize) -> bool {
    crosscheck_read::numbers::tally_noun_at(body, start).is_some()
}

/// A name that narrows a count to a part of its whole ("14 Orsk miners",
/// "nine Pellandrian engineers"): a capitalised word between the number
/// and the counted noun, lowercased, not a number word. Two counts with different narrowing
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
        // "4.3 MILLION marrits": a number word in capitals is emphasis.
        let number = text.chars().any(|c| c.is_ascii_digit())
            || crosscheck_read::numbers::is_number_word(&t.word);
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
    let participle = |t: &Tok| t.word.ends_with("ed") && t.word.len() > 4;
    if participle(&v.toks[k]) && k > sent.first {
        k -= 1;
    }
    let t = &v.toks[k];
    // "brought ashore at Velmouth": an adverb of the act, not a thing.
    if matches!(
        t.word.as_str(),
        "ashore" | "aground" | "back" | "home" | "away" | "out" | "there" | "here" | "up" | "down"
    ) {
        return None;
    }
    let text = v.art.body.get(t.start..t.end)?;
    let name = text.chars().next().is_some_and(char::is_uppercase);
    let verbal =
        t.word.ends_with("ed") || t.word.ends_with("ing") || open_act(v, sent, k).is_some();
    (!t.quoted && !name && !verbal && is_content(&t.word))
        .then(|| format!("{PLACED}{}", noun_stem(&t.word)))
}

/// The facility a place is given for when its clause says where something
/// will be built, opened or set up ("a national training centre will be
/// built in Zherov", "a training centre for mine safety promised in
/// Kovach", "a joint early-warning centre will open in Sarkovo"): `at:`
/// and the subject's head noun, over auxiliaries and a short "for"/"of"
/// postmodifier. The event's own opening ("the talks opened in Doha") has
/// a name or "talks" for subject and stays the closed act's.
pub(crate) fn facility_head(v: &View<'_>, sent: &Sent, prep_at: usize) -> Option<String> {
    let w = |k: usize| v.toks[k].word.as_str();
    let mut k = prep_at.checked_sub(1).filter(|&k| k > sent.first)?;
    if w(k) == "up" {
        k -= 1;
    }
    let founding = matches!(
        w(k),
        "built"
            | "build"
            | "open"
            | "opens"
            | "opened"
            | "set"
            | "promised"
            | "planned"
            | "established"
            | "installed"
            | "sited"
            | "created"
    );
    if !founding {
        return None;
    }
    while k > sent.first
        && matches!(
            w(k - 1),
            "will"
                | "would"
                | "be"
                | "been"
                | "being"
                | "was"
                | "were"
                | "is"
                | "are"
                | "to"
                | "has"
                | "have"
                | "had"
                | "also"
                | "now"
                | "soon"
        )
    {
        k -= 1;
    }
    let mut head = k.checked_sub(1).filter(|&h| h >= sent.first)?;
    // "a training centre for mine safety": the head before its postmodifier.
    let lo = sent.first.max(head.saturating_sub(3));
    if let Some(p) = (lo..head).rev().find(|&p| matches!(w(p), "for" | "of")) {
        head = p.checked_sub(1).filter(|&h| h >= sent.first)?;
    }
    let t = &v.toks[head];
    let text = v.art.body.get(t.start..t.end)?;
    let name = text.chars().next().is_some_and(char::is_uppercase);
    let verbal = t.word.ends_with("ed") || t.word.ends_with("ing");
    let event = matches!(
        t.word.as_str(),
        "talks" | "negotiations" | "meeting" | "summit"
    );
    (!t.quoted && !name && !verbal && !event && is_content(&t.word))
        .then(|| format!("{PLACED}{}", noun_stem(&t.word)))
}

/// Acts that carry something somewhere: their "to"/"into" place is where
/// the thing ended up ("towed to Quillan Bay", "brought them to the port
/// of Cazzarin"), compared like an "in"/"at" place.
pub(crate) fn is_carrying_act(key: &str) -> bool {
    matches!(
        key.strip_prefix(OPEN_ACT).unwrap_or(key),
        "bring" | "tow" | "move" | "evacuate" | "rescue" | "taken" | "sent" | "drove"
    )
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

#[cfg(test)]
mod tests {
    use super::is_tally;

    #[test]
    fn a_tally_named_before_its_number() {
        let body = "Divers raised six pieces, bringing the number of fragments recovered to 58.";
        assert!(is_tally(body, body.find("58").unwrap_or(0)));
        let body = "With it, the count of recovered fragments stands at 63.";
        assert!(is_tally(body, body.find("63").unwrap_or(0)));
        // A count whose noun is left out is no tally.
        let body = "Of the 14 patients, 11 are in hospital and the rest rose to 3.";
        assert!(!is_tally(body, body.find("11").unwrap_or(0)));
        assert!(!is_tally(body, body.find('3').unwrap_or(0)));
    }
}
