//! Counts whose noun is written elsewhere: a part of a named whole ("nine
//! of the 38 batches", "11 of the 14 patients"), a part of a whole said
//! before ("14 patients …, three of them to intensive care"), and a number
//! whose noun the sentence leaves out because it was just written ("Of the
//! 14 patients, 11 are in Quarrenby and three in Ellisford", "19 patients,
//! up from 14", "It had 48 hours. It used 66.").
//!
//! The noun left out is the one of the nearest count before, in the same
//! sentence or the one before it. A number is read as such a count only
//! where English leaves a noun out: at the head of a clause before a verb
//! of being or a place ("11 are in", "seven remain", "three in
//! Ellisford"), after a word of comparison ("up from 14", "rose to 17"), or
//! as the object that ends a clause after a verb in the past ("had lost
//! 17,", "They took three."). Labels ("pylon 4", "Route 9"), ages and years
//! are left alone. Hand-written: no crate resolves elided nouns.

use super::{noun_after, word_before, Approx, Quantity, QuantityKind, DURATION_UNITS};

/// A number the first pass found with nothing counted after it.
#[derive(Clone, Debug)]
pub(super) struct Bare {
    /// Start of the approximation word, else of the number.
    pub start: usize,
    /// End of the number.
    pub end: usize,
    pub value: f64,
    pub low: f64,
    pub high: f64,
    pub approx: Approx,
}

/// Determiners of a named whole after "of": "nine of the 38 batches".
const WHOLE_DETERMINERS: &[&str] = &["the", "its", "their", "his", "her", "our"];

/// Words after which a number heads a clause ("and three in Ellisford",
/// "that seven remain").
const CLAUSE_OPENERS: &[&str] = &[
    "and", "but", "while", "whereas", "that", "only", "just", "another", "with",
];

/// Verbs of being and staying, and relative pronouns, that may follow a
/// number heading a clause with its noun left out ("11 are", "seven
/// remain", "37 that were never counted").
const CLAUSE_VERBS: &[&str] = &[
    "are", "were", "is", "was", "remain", "remains", "remained", "have", "has", "had", "died",
    "survived", "stayed", "still", "that", "who", "which",
];

/// Words of comparison a number with its noun left out may follow ("up from
/// 14", "rose to 17", "against 12").
const COMPARISONS: &[&str] = &["from", "to", "than", "against", "versus"];

/// Irregular past verbs a clause-ending number may follow ("They took
/// three."); regular ones end in "-ed".
const IRREGULAR_PASTS: &[&str] = &[
    "took", "won", "lost", "had", "got", "gave", "made", "saw", "spent", "sold", "found", "kept",
    "left", "held", "brought", "bought", "became",
];

/// The counts among `bares` whose noun is written elsewhere, given the
/// quantities with a noun (`counted`, in order of position).
/// A count found here is an antecedent for the ones after it ("Twelve
/// skiers were caught. Seven of them are dead. Only three were dug out
/// alive": "three" counts what "Seven" does).
pub(super) fn elided(body: &str, bares: &[Bare], counted: &[Quantity]) -> Vec<Quantity> {
    let mut known: Vec<Quantity> = counted.to_vec();
    let mut found = Vec::new();
    for b in bares.iter().filter(|b| !looks_like_year(body, b)) {
        let Some((unit, kind)) = partitive(body, b, &known)
            .or_else(|| tallied(body, b))
            .or_else(|| left_out(body, b, &known))
        else {
            continue;
        };
        let Some(text) = body.get(b.start..b.end) else {
            continue;
        };
        let q = Quantity {
            start: b.start,
            end: b.end,
            text: text.to_owned(),
            value: b.value,
            low: b.low,
            high: b.high,
            approx: b.approx,
            unit,
            kind,
        };
        // Keep `known` in body order: the antecedent search walks back.
        let at = known.partition_point(|k| k.start <= q.start);
        known.insert(at, q.clone());
        found.push(q);
    }
    found
}

/// "nine of the 38 batches" (the noun of the whole), "three of them" (the
/// noun of the nearest count before).
fn partitive(body: &str, b: &Bare, counted: &[Quantity]) -> Option<(String, QuantityKind)> {
    let after = body.get(b.end..)?;
    let rest = after.strip_prefix(' ')?;
    let rest = rest
        .strip_prefix("of ")
        .or_else(|| rest.strip_prefix("Of "))?;
    let det: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    let at_det_end = body.len() - rest.len() + det.len();
    match det.to_lowercase().as_str() {
        "them" | "us" | "whom" => antecedent(body, b, counted, false),
        // "two of those passengers", else "two of those" said before.
        "those" | "these" => named_noun(body, at_det_end)
            .map(with_kind)
            .or_else(|| antecedent(body, b, counted, false)),
        d if WHOLE_DETERMINERS.contains(&d) => {
            named_noun(body, past_possessor(body, at_det_end)).map(with_kind)
        }
        // "3,800 of Ebberhythe's 11,200 employees": a possessor is a
        // determiner.
        _ if possessive_at(body, at_det_end) => {
            named_noun(body, past_possessor(body, at_det_end - det.len())).map(with_kind)
        }
        _ => None,
    }
}

/// Whether a possessive ending ("'s", "’s", or a plural's bare apostrophe)
/// starts at `at`.
fn possessive_at(body: &str, at: usize) -> bool {
    body.get(at..)
        .is_some_and(|r| ["'s ", "’s ", "' ", "’ "].iter().any(|p| r.starts_with(p)))
}

/// Past a possessor of up to three words after a determiner ("the
/// council's 11,200 employees", "the city council's staff"): where the
/// noun phrase it owns starts; `from` itself when there is none.
fn past_possessor(body: &str, from: usize) -> usize {
    let Some(rest) = body.get(from..) else {
        return from;
    };
    let mut at = from;
    let mut words = 0;
    let mut cursor = rest;
    while words < 3 {
        let trimmed = cursor.trim_start_matches(' ');
        let word_len = trimmed
            .find(|c: char| !(c.is_alphanumeric() || c == '-'))
            .unwrap_or(trimmed.len());
        if word_len == 0 {
            return from;
        }
        at += cursor.len() - trimmed.len() + word_len;
        if possessive_at(body, at) {
            let mark = if body.get(at..).is_some_and(|r| r.starts_with("’")) {
                "’".len()
            } else {
                1
            };
            let s = usize::from(body.get(at + mark..).is_some_and(|r| r.starts_with('s')));
            return at + mark + s;
        }
        words += 1;
        cursor = &trimmed[word_len..];
    }
    from
}

/// Nouns of a tally whose noun comes after "of" ("the number of fragments
/// recovered to 58", "the count of recovered fragments stands at 63").
const TALLY_NOUNS: &[&str] = &["number", "count", "total", "tally"];

/// "bringing the number of fragments recovered to 58", "the count of
/// recovered fragments stands at 63": a number after "to", "at" or a verb
/// of being, in a clause that opened with a tally "of" a noun, counts that
/// noun.
fn tallied(body: &str, b: &Bare) -> Option<(String, QuantityKind)> {
    let after_of = tally_noun_at(body, b.start)?;
    // "of recovered fragments": a past participle before the noun is not it.
    let rest = body.get(after_of..)?;
    let skip = rest
        .split_whitespace()
        .next()
        .filter(|w| w.len() > 4 && w.ends_with("ed"))
        .map_or(0, |w| rest.find(w).map_or(0, |i| i + w.len()));
    // From the space before the noun, as after a number.
    let at = if skip == 0 {
        after_of - 1
    } else {
        after_of + skip
    };
    noun_after(body, at, 2.0).map(|(unit, _)| (unit, QuantityKind::Count))
}

/// Where the counted words of a tally start when the number at `start` ends
/// one ("the number of fragments recovered to 58": the offset of
/// "fragments"), else `None`. The number follows "to", "at", "reached",
/// "hit" or a verb of being, in a clause (back to its last stop, at most 80
/// bytes) that holds "number of", "count of", "total of" or "tally of".
pub fn tally_noun_at(body: &str, start: usize) -> Option<usize> {
    let prev = word_before(body, start);
    if !matches!(
        prev.as_str(),
        "to" | "at" | "is" | "was" | "reached" | "hit"
    ) {
        return None;
    }
    let head = body.get(..start)?;
    let from = head
        .rfind(['.', ';', ':', '!', '?', '\n', ','])
        .map_or(0, |i| i + 1)
        .max(start.saturating_sub(80));
    let from = (from..=start).find(|&i| body.is_char_boundary(i))?;
    let clause = body.get(from..start)?.to_lowercase();
    TALLY_NOUNS
        .iter()
        .filter_map(|t| clause.find(&format!("{t} of ")).map(|i| i + t.len() + 4))
        .min()
        .map(|of| from + of)
}

/// The noun after a determiner, over one number ("the 38 batches", "its 27
/// recommendations", "the batches").
fn named_noun(body: &str, from: usize) -> Option<String> {
    let rest = body.get(from..)?;
    let trimmed = rest.trim_start();
    let number: String = trimmed
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ',')
        .collect();
    let from = if number.is_empty() {
        from
    } else {
        from + (rest.len() - trimmed.len()) + number.len()
    };
    noun_after(body, from, 2.0).map(|(unit, _)| unit)
}

/// A number whose noun the clause leaves out: the noun of the nearest count
/// before it.
fn left_out(body: &str, b: &Bare, counted: &[Quantity]) -> Option<(String, QuantityKind)> {
    let before = body.get(..b.start)?.trim_end_matches([' ', '\u{a0}']);
    let prev_char = before.chars().next_back();
    let prev = word_before(body, b.start);
    // A label or an age: "pylon 4", "Route 9", "aged 45".
    let prev_is_word = prev_char.is_some_and(char::is_alphanumeric);
    let after = body.get(b.end..)?;
    let next_lower = next_word(body, b.end);
    let heads_clause = prev_char
        .is_none_or(|c| matches!(c, '.' | ',' | ';' | ':' | '(' | '“' | '"'))
        || CLAUSE_OPENERS.contains(&prev.as_str());
    let place_follows = matches!(next_lower.as_str(), "in" | "at") && {
        let place = after.trim_start().get(next_lower.len()..).unwrap_or("");
        place.trim_start().starts_with(char::is_uppercase)
    };
    let verb_next = CLAUSE_VERBS.contains(&next_lower.as_str());
    let compared = prev_is_word && COMPARISONS.contains(&prev.as_str());
    let ends_clause = after.starts_with([',', '.', ';']) && {
        let past =
            (prev.ends_with("ed") && prev != "aged") || IRREGULAR_PASTS.contains(&prev.as_str());
        prev_is_word && past
    };
    if !((heads_clause && (verb_next || place_follows)) || compared || ends_clause) {
        return None;
    }
    antecedent(body, b, counted, heads_clause && verb_next)
}

/// The noun of the nearest count or length before `b`, in its sentence or
/// the one before. When `b` is a subject ("nine were in critical
/// condition"), a count that is a subject too ("96 people had been
/// treated at … two other hospitals") goes before a nearer one that is
/// not.
fn antecedent(
    body: &str,
    b: &Bare,
    counted: &[Quantity],
    subject: bool,
) -> Option<(String, QuantityKind)> {
    let floor = previous_sentence_start(body, b.start);
    let mut before = counted
        .iter()
        .rev()
        .filter(|q| q.end <= b.start && q.start >= floor)
        .filter(|q| matches!(q.kind, QuantityKind::Count | QuantityKind::Duration));
    let nearest = before.clone().next();
    let chosen = if subject {
        before.find(|q| verb_follows(body, q.end)).or(nearest)
    } else {
        nearest
    };
    chosen.map(|q| (q.unit.clone(), q.kind))
}

/// Whether a verb of being, a relative pronoun or a past form follows byte
/// `at` ("96 people had been treated", "14 patients who").
fn verb_follows(body: &str, at: usize) -> bool {
    let next = next_word(body, at);
    CLAUSE_VERBS.contains(&next.as_str()) || next.ends_with("ed")
}

/// The word after byte `at`, lower-cased ("" at punctuation).
fn next_word(body: &str, at: usize) -> String {
    let after = body.get(at..).unwrap_or("");
    let trimmed = after.trim_start_matches([' ', '\u{a0}']);
    trimmed
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase()
}

/// Byte offset where the sentence before the one holding `at` starts: past
/// the second sentence end (". ", "? ", "! ", a paragraph break) before it.
fn previous_sentence_start(body: &str, at: usize) -> usize {
    let head = body.get(..at).unwrap_or("");
    let bytes = head.as_bytes();
    let mut ends = 0;
    let mut i = bytes.len();
    while i > 1 {
        i -= 1;
        let end = matches!(bytes[i - 1], b'.' | b'?' | b'!') && matches!(bytes[i], b' ' | b'\n')
            || (bytes[i - 1] == b'\n' && bytes[i] == b'\n');
        if end {
            ends += 1;
            if ends == 2 {
                return i;
            }
            // One boundary however written (". ", ".\n\n"): step over
            // the rest of it.
            while i > 1 && matches!(bytes[i - 1], b'\n' | b' ' | b'.' | b'?' | b'!') {
                i -= 1;
            }
        }
    }
    0
}

/// A four-digit whole number between 1800 and 2100 written alone: a year.
fn looks_like_year(body: &str, b: &Bare) -> bool {
    let text = body.get(b.start..b.end).unwrap_or("");
    b.approx == Approx::Exact
        && text.len() == 4
        && text.chars().all(|c| c.is_ascii_digit())
        && (1800.0..=2100.0).contains(&b.value)
}

fn with_kind(unit: String) -> (String, QuantityKind) {
    let kind = if DURATION_UNITS.contains(&unit.as_str()) {
        QuantityKind::Duration
    } else {
        QuantityKind::Count
    };
    (unit, kind)
}
