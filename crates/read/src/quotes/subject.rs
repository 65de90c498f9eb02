//! Subject phrases of speech verbs.
//!
//! Left of a verb: a pronoun, a group ("the security sources in X"), a name
//! (title and appositive allowed: "Khawaja Asif, the minister of defence,";
//! an appositive ending with an organisation leaves the person as subject),
//! a document ("Tarar's message"), a title ("the minister"). Right of a
//! verb: "according to X", "said Tarar". And a sentence's first subject,
//! for participles and infinitives that inherit it.

use std::sync::LazyLock;

use regex::Regex;

use super::asides::{head_before_asides, person_before_org};
use super::attrib::Ref;
use super::lexicon::{
    is_group_noun, is_in, is_role, BETWEEN_SUBJECT_AND_VERB, DOCUMENT_NOUNS, TITLE_REF,
    TITLE_REF_AT_END,
};
use super::names::{floor, Kind};
use super::phrases::{document, group_ending_at};
use super::Ctx;

/// A head noun phrase before "of/in/from/at (the)": "X of the ".
static HEAD_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^(.*?\S)\s+(?:of|in|from|at)\s+(?:the\s+)?(?:(?:{})\s+)?$",
        PLACE_ADJECTIVES.join("|")
    ))
    .unwrap_or_else(|e| panic!("head-of pattern: {e}"))
});

/// Words that may stand between "in" and a place ("the institute in
/// neighbouring Vestmoria").
const PLACE_ADJECTIVES: &[&str] = &[
    "neighbouring",
    "neighboring",
    "nearby",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "coastal",
];

/// Singular nouns for an unnamed speaker ("one diplomat said").
const UNNAMED_ONE: &[&str] = &[
    "diplomat",
    "official",
    "source",
    "witness",
    "resident",
    "woman",
    "man",
    "person",
    "observer",
    "analyst",
    "expert",
    "soldier",
    "officer",
    "doctor",
    "villager",
    "farmer",
    "worker",
    "student",
    "teacher",
    "voter",
    "protester",
    "passenger",
    "survivor",
    "neighbour",
    "neighbor",
    "reporter",
    "journalist",
    "correspondent",
    "pilot",
    "driver",
    "nurse",
    "relative",
    "aide",
    "insider",
    "participant",
    "negotiator",
    "delegate",
];

/// Asides set off by commas between a subject and its verb.
const ASIDES: &[&str] = &[
    "however",
    "though",
    "meanwhile",
    "too",
    "also",
    "instead",
    "moreover",
];

const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i"];

pub(crate) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
    "your", "no", "any", "such",
];

pub(crate) const PREPOSITIONS: &[&str] = &[
    "of",
    "in",
    "at",
    "to",
    "for",
    "from",
    "with",
    "by",
    "on",
    "about",
    "against",
    "between",
    "among",
    "into",
    "towards",
    "toward",
    "over",
    "after",
    "before",
    "during",
    "under",
    "than",
    "like",
    "as",
    "reiterating",
    "praising",
    "thanking",
];

static PRONOUN_ANY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:He|She|They|he|she|they)(?-u:\b)")
        .unwrap_or_else(|e| panic!("pronoun pattern: {e}"))
});

/// The last word (or punctuation mark) of `body[from..end]`: a run of
/// letters, digits and hyphens with an optional possessive "'s", or one of
/// `,` `“` `”` `"` `’`. Scans backwards: cost is the word's length.
pub(crate) fn last_word(body: &str, from: usize, end: usize) -> Option<(usize, &str)> {
    let t = body.get(from..end)?.trim_end();
    let word_char =
        |c: char| c.is_alphanumeric() || c == '-' || ('\u{300}'..='\u{36f}').contains(&c);
    let mut core_end = t.len();
    if let Some(stem) = t.strip_suffix("’s").or_else(|| t.strip_suffix("'s")) {
        if stem.chars().next_back().is_some_and(word_char) {
            core_end = stem.len();
        }
    }
    let mut start = core_end;
    for (i, c) in t[..core_end].char_indices().rev() {
        if word_char(c) {
            start = i;
        } else {
            break;
        }
    }
    while start < core_end && t[start..].starts_with('-') {
        start += 1;
    }
    if start < core_end {
        return Some((from + start, &t[start..]));
    }
    let c = t.chars().next_back()?;
    if matches!(c, ',' | '“' | '”' | '"' | '’') {
        let i = t.len() - c.len_utf8();
        return Some((from + i, &t[i..]));
    }
    None
}

/// The subject written right before a verb at `vs`, with its start.
pub(crate) fn subject_left(ctx: &Ctx, s0: usize, vs: usize) -> Option<(Ref, usize)> {
    let body = ctx.body;
    let mut end = vs;
    // Skip adverbs and auxiliaries ("also", "had previously", "went on to").
    while let Some((ws, w)) = last_word(body, s0, end) {
        if is_in(BETWEEN_SUBJECT_AND_VERB, w) && !(w == "to" && ws == s0) {
            end = ws;
        } else if w == "and" {
            // A verb joined before the speech verb: "the commissioner
            // smiled and said", "Venn paused and added".
            match last_word(body, s0, ws) {
                Some((ps, pw))
                    if pw.len() > 3
                        && pw.ends_with("ed")
                        && pw.chars().all(|c| c.is_lowercase()) =>
                {
                    end = ps;
                }
                _ => break,
            }
        } else if w == "," {
            // An aside between commas: "He, however, said".
            match last_word(body, s0, ws) {
                Some((as_, aw)) if is_in(ASIDES, aw) => {
                    end = as_;
                    if let Some((cs, ",")) = last_word(body, s0, end) {
                        end = cs;
                    }
                }
                _ => break,
            }
        } else {
            break;
        }
    }
    // An aside between dashes: "Keziah Pyke – no relation to the race boss
    // – said".
    let end = dash_aside_start(body, s0, end).unwrap_or(end);
    // A participle phrase between commas: "Two members of the jury,
    // speaking on condition of anonymity, said".
    let end = participle_aside_start(body, s0, end).unwrap_or(end);
    let end = before_acronym(body, s0, s0 + body[s0..end].trim_end().len());
    if let Some(found) = subject_ending_at(ctx, s0, end) {
        return Some(person_before_org(ctx, &found).unwrap_or(found));
    }
    // A place phrase after the subject: "a neighbour in the car behind
    // kept shouting", "the doctor at the field hospital said".
    if let Some(found) = subject_before_place_phrase(ctx, s0, end) {
        return Some(found);
    }
    if let Some(found) = document_before_participle_phrase(ctx, s0, end) {
        return Some(found);
    }
    // "Name, the minister of defence, told" and "Title, Name, confirmed".
    let tail = &body[s0..end];
    if let Some(stripped) = tail.strip_suffix(',') {
        // A name opening the clause, then asides up to the verb.
        if let Some(found) = head_before_asides(ctx, s0, stripped) {
            return Some(found);
        }
        // A parenthesis after the name: "Nils Ardeley (no relation), says".
        if let Some(open) = stripped.strip_suffix(')').and_then(|t| t.rfind('(')) {
            let cut = s0 + stripped[..open].trim_end().len();
            if let Some(found) = subject_ending_at(ctx, s0, cut) {
                if matches!(found.0, Ref::Mention(_)) {
                    return Some(found);
                }
            }
        }
        // Asides that set the subject in a place or a circumstance: "The
        // Sternov Observatory, near the capital Hvezdonov, said", "Krizkova,
        // speaking to Saltbush Radio from Hvezdonov, where it is 13:40,
        // said". A name inside them never speaks for the verb.
        if let Some(found) = head_before_setting_asides(ctx, s0, stripped) {
            return Some(found);
        }
        // A relative clause between commas: "Ida Venn, who spoke after
        // Arlo Pask, announced", "The board, which Pask chairs, said". A
        // name inside it never speaks for the main verb: the subject is
        // the phrase before the clause, or nobody.
        if let Some(rel) = relative_clause_start(ctx, s0, stripped) {
            // "His daughter Clemency, 29, who chased …, said": the age set
            // off after the name is not the subject.
            let head = stripped[..rel].trim_end();
            let head = without_age(head).unwrap_or(head);
            // "The Global Chess Federation (GCF), which runs the match,
            // said": the acronym's bracket is the name's.
            let cut = before_acronym(body, s0, s0 + head.len());
            return subject_ending_at(ctx, s0, cut)
                .filter(|(r, _)| !matches!(r, Ref::Document { .. }));
        }
        // An appositive after a person's name: "Ida Venn, the director of
        // the Water Authority, said". The name before it speaks, not the
        // organisation the appositive ends with.
        if let Some(found) = appositive_person(ctx, s0, stripped) {
            return Some(found);
        }
        // A reduced relative clause ("The ruling, signed by Judge
        // Mandeville, says", "The statement, issued on Thursday, said")
        // leaves its head the subject, a document too; a name inside it
        // does not speak.
        // A short aside between commas before the verb: "Name, the
        // minister of defence, told", "Vretka, for his part, told".
        // A bracket inside it ("issued at 07:00 EET (06:00 CET)") does not
        // count towards its length.
        let aside_at = last_clause_comma(stripped).filter(|&comma| {
            let seg = stripped[comma + 1..].trim();
            let mut depth = 0usize;
            let outside = seg
                .split_whitespace()
                .filter(|w| {
                    let inside = depth > 0 || w.starts_with('(');
                    depth = (depth + w.matches('(').count()).saturating_sub(w.matches(')').count());
                    !inside
                })
                .count();
            // A reduced relative clause runs longer ("Its ruling,
            // published on Monday after two days of hearings and evidence
            // from 17 witnesses, says").
            let first = seg.split_whitespace().next().unwrap_or("");
            let participle = looks_participle(first);
            let most = if participle { 20 } else { 7 };
            outside <= most && !seg.contains(['“', '"'])
        });
        // A reduced relative clause ("The ruling, signed by Judge
        // Mandeville, says", "The statement, issued on Thursday, said")
        // leaves its head the subject, a document too; a name inside it
        // does not speak.
        let reduced = aside_at.is_some_and(|comma| {
            let w = stripped[comma + 1..]
                .split_whitespace()
                .next()
                .unwrap_or("");
            looks_participle(w)
        });
        let cut = s0 + stripped.trim_end().len();
        if let Some(found) = subject_ending_at(ctx, s0, cut).filter(|_| !reduced) {
            if matches!(found.0, Ref::Mention(_)) {
                return Some(found);
            }
        }
        if let Some(comma) = aside_at {
            // "Wild Hearts Ardenza (WHA), an animal-rights group, said";
            // "Ishaan Colebrook, 29, the second winner, said": an age set off
            // before the aside is not the subject either.
            let head = stripped[..comma].trim_end();
            let head = without_age(head).unwrap_or(head);
            let cut = before_acronym(body, s0, s0 + head.len());
            if let Some(found) = subject_ending_at(ctx, s0, cut) {
                if reduced || !matches!(found.0, Ref::Document { .. }) {
                    return Some(found);
                }
            }
        }
    }
    None
}

/// Where an aside set off by a pair of dashes ending right before `end`
/// begins ("Keziah Pyke – no relation to the race boss –"): the offset
/// of the opening dash, when the aside is short and holds no quotation
/// mark.
fn dash_aside_start(body: &str, s0: usize, end: usize) -> Option<usize> {
    let text = body.get(s0..end)?.trim_end();
    // A spaced hyphen stands for a dash ("Tremlow - the rich one -").
    let (inner, open) = match text.strip_suffix(['–', '—']) {
        Some(inner) => (inner, inner.rfind(['–', '—'])?),
        None => {
            let inner = text.strip_suffix(" -")?;
            (inner, inner.rfind(" - ")?)
        }
    };
    let aside = &inner[open..];
    let short = aside.split_whitespace().count() <= 10 && !aside.contains(['“', '”', '"']);
    (short && open > 0).then_some(s0 + open)
}

/// Where a short phrase between commas that opens with a participle
/// ("…, speaking on condition of anonymity,") starts, when the text from
/// `s0` to `end` ends with one.
fn participle_aside_start(body: &str, s0: usize, end: usize) -> Option<usize> {
    let inner = body.get(s0..end)?.trim_end().strip_suffix(',')?;
    let open = inner.rfind(", ")?;
    let aside = &inner[open + 2..];
    let first = aside.split_whitespace().next()?;
    let participle =
        first.len() > 5 && first.ends_with("ing") && first.chars().all(|c| c.is_ascii_lowercase());
    let short = aside.split_whitespace().count() <= 8 && !aside.contains(['“', '”', '"']);
    (participle && short && open > 0).then_some(s0 + open)
}

/// Where the text from `s0` to `end` ends without an acronym in brackets
/// closing it ("the Varesnian System Operator (VSO)": the acronym belongs
/// to the name before it); `end` when there is none.
fn before_acronym(body: &str, s0: usize, end: usize) -> usize {
    let Some(open) = body
        .get(s0..end)
        .and_then(|t| t.strip_suffix(')'))
        .and_then(|t| t.rfind('('))
        .map(|i| s0 + i)
    else {
        return end;
    };
    let inner = body.get(open + 1..end - 1).unwrap_or("");
    let acronym = (2..=8).contains(&inner.len())
        && inner
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '-');
    if acronym {
        s0 + body[s0..open].trim_end().len()
    } else {
        end
    }
}

/// The subject before a short place phrase ending at `end` (at most five
/// words after "in", "at", "on", "from", "near" or "outside", with no comma
/// or quotation mark in it).
fn subject_before_place_phrase(ctx: &Ctx, s0: usize, end: usize) -> Option<(Ref, usize)> {
    let body = ctx.body;
    let mut at = end;
    for _ in 0..6 {
        let (ws, w) = last_word(body, s0, at)?;
        if w.contains([',', '"', '“', '”']) || w == "," {
            return None;
        }
        if is_in(&["in", "at", "on", "from", "near", "outside"], w) {
            let cut = s0 + body[s0..ws].trim_end().len();
            return subject_ending_at(ctx, s0, cut);
        }
        at = ws;
    }
    None
}

/// Whether a word looks like a past participle opening a reduced relative
/// clause ("issued", "signed", "written"): lowercase, longer than three
/// letters, ending in "ed" or "en".
fn looks_participle(w: &str) -> bool {
    (w.len() > 3 && w.chars().all(char::is_lowercase) && (w.ends_with("ed") || w.ends_with("en")))
        || IRREGULAR_PARTICIPLES.contains(&w)
}

/// Past participles of common verbs not ending in "-ed" or "-en" that open
/// a reduced relative clause ("His written statement, read out by the
/// panel's secretary, says"). Hand-listed: English irregular verbs.
const IRREGULAR_PARTICIPLES: &[&str] = &[
    "read", "sent", "made", "held", "put", "set", "kept", "left", "brought", "built", "found",
    "won", "told", "sold", "paid", "laid", "led", "shut", "cut", "bought", "caught", "taught",
];

/// A document or group before a participle phrase set off by no comma,
/// ending at `end`: "A bank statement issued at 18:30 local time on
/// Thursday said", "the report published by the board on Monday says".
/// At most ten words from the participle to `end`, none a comma or a
/// quotation mark; a name inside the phrase never speaks.
fn document_before_participle_phrase(ctx: &Ctx, s0: usize, end: usize) -> Option<(Ref, usize)> {
    let text = ctx.body.get(s0..end)?;
    // Words split at spaces: a clock ("18:30") is one word here.
    let words = text
        .split_whitespace()
        .rev()
        .take(10)
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w));
    for (k, (at, w)) in words.enumerate() {
        if w.contains([',', '"', '“', '”']) {
            return None;
        }
        if looks_participle(w) && k > 0 {
            let cut = s0 + text[..at].trim_end().len();
            return subject_ending_at(ctx, s0, cut)
                .filter(|(r, _)| matches!(r, Ref::Document { .. } | Ref::Group { .. }));
        }
    }
    None
}

/// The offset of the last comma of `text` that sets off a phrase: not one
/// grouping digits ("some 1,200 people").
pub(crate) fn last_clause_comma(text: &str) -> Option<usize> {
    text.match_indices(',').rev().map(|(i, _)| i).find(|&i| {
        let before = text[..i].chars().next_back();
        let after = text[i + 1..].chars().next();
        !(before.is_some_and(|c| c.is_ascii_digit()) && after.is_some_and(|c| c.is_ascii_digit()))
    })
}

/// `text` without an age set off after a name at its end ("Clemency, 29"
/// is "Clemency").
fn without_age(text: &str) -> Option<&str> {
    let (head, age) = text.rsplit_once(',')?;
    let age = age.trim();
    ((1..=3).contains(&age.len()) && age.bytes().all(|b| b.is_ascii_digit()))
        .then(|| head.trim_end())
}

/// Relative pronouns opening a clause set off by commas.
const RELATIVES: &[&str] = &["who", "whom", "whose", "which", "where"];

/// The offset in `stripped` (the text from `s0` up to the comma before the
/// verb) of the comma opening a trailing relative clause (", who spoke
/// after X"), when the clause is short and any quotation in it ends there.
fn relative_clause_start(ctx: &Ctx, s0: usize, stripped: &str) -> Option<usize> {
    let comma = last_clause_comma(stripped)?;
    let seg = &stripped[comma + 1..];
    let first = seg.split_whitespace().next()?.to_lowercase();
    // A quotation wholly inside the clause ("who called her "the most
    // careful person here"") is the clause's own.
    let balanced = seg.matches('"').count().is_multiple_of(2)
        && seg.matches('“').count() == seg.matches('”').count();
    let short = seg.split_whitespace().count() <= 12 && balanced;
    (is_in(RELATIVES, &first) && short && !ctx.in_mark(s0 + comma)).then_some(comma)
}

/// Words opening an aside that sets its subject in a place or a
/// circumstance ("…, near the capital Hvezdonov,", "…, in a statement,").
const SETTING_OPENERS: &[&str] = &[
    "near", "outside", "inside", "in", "at", "from", "on", "beside", "during", "after", "before",
];

/// The subject before one or more trailing asides of `stripped` (the text
/// from `s0` up to the comma before the verb) when at least one of them
/// opens with a preposition of place or circumstance or an "-ing"
/// participle ("speaking to Saltbush Radio from Hvezdonov"), the others
/// being such asides or relative clauses ("where it is 13:40"); each short
/// and with no quotation mark.
fn head_before_setting_asides(ctx: &Ctx, s0: usize, stripped: &str) -> Option<(Ref, usize)> {
    let mut head = stripped;
    let mut setting = false;
    while let Some(comma) = last_clause_comma(head) {
        let seg = &head[comma + 1..];
        let words: Vec<&str> = seg.split_whitespace().collect();
        let Some(first) = words.first() else { break };
        let lower = first.to_lowercase();
        let participle =
            lower.len() > 4 && lower.ends_with("ing") && first.chars().all(char::is_lowercase);
        let opens_setting = participle || is_in(SETTING_OPENERS, first);
        if !(opens_setting || is_in(RELATIVES, &lower))
            || words.len() > 15
            || seg.contains(['“', '”', '"'])
            || ctx.in_mark(s0 + comma)
        {
            break;
        }
        setting |= opens_setting;
        head = head[..comma].trim_end();
    }
    if !setting {
        return None;
    }
    let head = without_age(head).unwrap_or(head);
    let cut = before_acronym(ctx.body, s0, s0 + head.len());
    subject_ending_at(ctx, s0, cut)
}

/// Prepositions tying a role to its organisation ("director of X").
const ROLE_LINKS: &[&str] = &["of", "at", "for", "with", "in"];

/// The person named right before a trailing appositive of `stripped` (the
/// text from `s0` up to the comma before the verb): ", the director of the
/// Water Authority", ", chief analyst at Quellmark". The appositive opens
/// with a determiner or a role word, holds a preposition linking the role
/// to a name, is short and holds no quotation mark.
fn appositive_person(ctx: &Ctx, s0: usize, stripped: &str) -> Option<(Ref, usize)> {
    let comma = last_clause_comma(stripped)?;
    let seg = &stripped[comma + 1..];
    let words: Vec<&str> = seg.split_whitespace().collect();
    let first = words.first()?.to_lowercase();
    let opens = is_in(&["the", "a", "an"], &first)
        || is_role(&first)
        || words[0].chars().all(char::is_lowercase);
    let linked = words
        .iter()
        .skip(1)
        .any(|w| is_in(ROLE_LINKS, &w.to_lowercase()));
    if !opens
        || !linked
        || is_in(ASIDES, &first)
        || is_in(PREPOSITIONS, &first)
        || words.len() > 12
        || seg.contains(['“', '”', '"'])
        || ctx.in_mark(s0 + comma)
    {
        return None;
    }
    let cut = s0 + stripped[..comma].trim_end().len();
    let ix = ctx.ending_at(cut)?;
    (ctx.mentions[ix].kind == Kind::Person).then(|| (Ref::Mention(ix), ctx.mentions[ix].lead))
}

/// A document named before where it came from or whom it is addressed
/// to ("A joint statement from the two agencies", "the report of the
/// inquiry", "a notice to pilots"): the document speaks, not its source.
fn document_before_source(ctx: &Ctx, s0: usize, end: usize) -> Option<(Ref, usize)> {
    let body = ctx.body;
    let mut at = end;
    for _ in 0..6 {
        let (ws, w) = last_word(body, s0, at)?;
        // "A KAA notice to pilots", "a letter to the minister".
        if matches!(w, "from" | "of" | "by" | "to") {
            let (ds, dw) = last_word(body, s0, ws)?;
            if !is_in(DOCUMENT_NOUNS, &dw.to_lowercase()) {
                return None;
            }
            // "notice to pilots": whom it is addressed to in plain words is
            // part of its name.
            let addressed = w == "to"
                && body
                    .get(ws..end)
                    .is_some_and(|t| t.chars().all(|c| c.is_lowercase() || c == ' '));
            let doc_end = if addressed { end } else { ds + dw.len() };
            return Some(document(ctx, s0, ds, doc_end));
        }
        at = ws;
    }
    None
}

/// "Her son says …": a relative written by a kin noun after "his" or
/// "her" is the one other person of the report who shares the surname of
/// the person the pronoun stands for ("Morwenna Trewarren … Kit
/// Trewarren"). With none or several such people, `None`.
fn kin_of_named(ctx: &Ctx, s0: usize, end: usize) -> Option<(Ref, usize)> {
    let body = ctx.body;
    let (ws, w) = last_word(body, s0, end)?;
    let kin = matches!(
        w.to_lowercase().as_str(),
        "son" | "daughter" | "husband" | "wife" | "mother" | "father" | "brother" | "sister"
    );
    let (ps, pw) = last_word(body, s0, ws)?;
    let her = pw.eq_ignore_ascii_case("her");
    if !kin || !(her || pw.eq_ignore_ascii_case("his")) {
        return None;
    }
    let owner = super::resolve::person_for(ctx, ps, her)?;
    let full_text = |m: &super::names::Mention| {
        let full = ctx.mentions.get(m.full).unwrap_or(m);
        body.get(full.start..full.end).unwrap_or("")
    };
    let owner_name = full_text(owner);
    let surname = owner_name.rsplit(' ').next()?;
    let male_kin = matches!(
        w.to_lowercase().as_str(),
        "son" | "husband" | "father" | "brother"
    );
    let female_of = |m: &super::names::Mention| {
        let full = ctx.mentions.get(m.full).unwrap_or(m);
        full.female.or(m.female)
    };
    let mut others: Vec<usize> = ctx
        .mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.kind == Kind::Person && !ctx.in_mark(m.start))
        .filter(|(_, m)| {
            let name = full_text(m);
            name != owner_name
                && name.contains(' ')
                && name.rsplit(' ').next() == Some(surname)
                && female_of(m) != Some(male_kin)
                && (female_of(owner) != Some(!male_kin) || female_of(m).is_some())
        })
        .map(|(i, m)| ctx.mentions.get(m.full).map_or(i, |_| m.full))
        .collect();
    others.sort_unstable_by_key(|&i| full_text(&ctx.mentions[i]));
    others.dedup_by_key(|i| full_text(&ctx.mentions[*i]));
    match others.as_slice() {
        [one] => Some((Ref::Mention(*one), ps)),
        [] => introduced_kin(ctx, owner, &w.to_lowercase()).map(|i| (Ref::Mention(i), ps)),
        _ => None,
    }
}

/// The relative `kin` of `owner` as the report introduced them ("Carys
/// Hollingrake … Her son Owain, 14, …"): "her son" is Owain, and "his
/// mother" (said of Owain) is Carys, the one whose son or daughter he was
/// introduced as. `None` unless exactly one such relation is written.
fn introduced_kin(ctx: &Ctx, owner: &super::names::Mention, kin: &str) -> Option<usize> {
    let body = ctx.body;
    let full_of = |m: &super::names::Mention| ctx.mentions.get(m.full).map_or(m.start, |f| f.start);
    let owner_at = full_of(owner);
    // (the relative's owner, the kin noun, the relative): each person
    // mention written right after "his/her <kin>".
    let relations: Vec<(usize, bool, String, usize)> = ctx
        .mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.kind == Kind::Person && !ctx.in_mark(m.start))
        .filter_map(|(i, m)| {
            // "his wife, Bryony": the comma is no word.
            let before = body.get(..m.start)?.trim_end();
            let kin_end = before.strip_suffix(',').unwrap_or(before).len();
            let (ks, k) = last_word(body, kin_end.saturating_sub(24), kin_end)?;
            let k = k.to_lowercase();
            let (ps, p) = last_word(body, ks.saturating_sub(8), ks)?;
            let female = match p.to_lowercase().as_str() {
                "her" => true,
                "his" => false,
                _ => return None,
            };
            let of = super::resolve::person_for(ctx, ps, female)?;
            let rel = ctx.mentions.get(m.full).map_or(i, |_| m.full);
            Some((full_of(of), female, k, rel))
        })
        .collect();
    let found: Vec<usize> = relations
        .iter()
        .filter_map(|(of, female, k, rel)| {
            let parent_fits = match kin {
                "mother" => *female,
                "father" => !*female,
                _ => false,
            };
            if *of == owner_at && k == kin {
                // "her son" said of the one whose son was introduced.
                Some(*rel)
            } else if parent_fits
                && matches!(k.as_str(), "son" | "daughter")
                && ctx.mentions.get(*rel).map(|r| r.start) == Some(owner_at)
            {
                // "his mother": the one he was introduced as the child of.
                ctx.mentions.iter().position(|m| m.start == *of)
            } else {
                None
            }
        })
        .collect();
    match found.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// A subject phrase ending exactly at `end`.
fn subject_ending_at(ctx: &Ctx, s0: usize, end: usize) -> Option<(Ref, usize)> {
    let body = ctx.body;
    let (ws, w) = last_word(body, s0, end)?;
    let lw = w.to_lowercase();
    // "One of them said": an unnamed part of a group named before, no one
    // the reader can name.
    if matches!(lw.as_str(), "them" | "us" | "those") {
        let head = body[s0..ws].trim_end().to_lowercase();
        let part = [
            "one of",
            "some of",
            "two of",
            "several of",
            "many of",
            "most of",
        ]
        .iter()
        .find(|p| head.ends_with(*p) && head[..head.len() - p.len()].trim_end().is_empty());
        if let Some(p) = part {
            let trailing = body[s0..ws].len() - body[s0..ws].trim_end().len();
            let start = ws.saturating_sub(p.len() + trailing).max(s0);
            return Some(unnamed(start, end));
        }
    }
    if is_in(PRONOUNS, &lw) {
        return Some((Ref::Pronoun { at: ws, word: lw }, ws));
    }
    if let Some(r) = document_before_source(ctx, s0, end) {
        return Some(r);
    }
    if let Some(r) = kin_of_named(ctx, s0, end) {
        return Some(r);
    }
    if let Some(r) = group_ending_at(ctx, s0, end) {
        // "Ebba Clemmow of the growers' association told": the person
        // before "of" speaks for the group, not the group.
        if let Ref::Group { start, .. } = r.0 {
            if let Some(p) = person_of_group(ctx, s0, start) {
                return Some(p);
            }
        }
        return Some(r);
    }
    if let Some(ix) = ctx.ending_at(end) {
        // "Sigrid Orlan of the United Relief Office", "the Foreign
        // Ministry in Lunmar": the head before "of"/"in" speaks.
        let lead = ctx.mentions[ix].lead;
        // "Dunstan Ruddock of the Tunnel and Shaft Workers' Union": the
        // rest of a name joined by "and" or held by a plural possessive
        // ("Workers'") is the name's.
        let before = name_rest_start(&body[s0..lead]);
        // The regex only when the text can end with its preposition: it
        // scans from the sentence start, too slow to run on every name.
        let tail = before.trim_end().as_bytes();
        let maybe = ["of", "in", "from", "at", "the"]
            .iter()
            .chain(PLACE_ADJECTIVES)
            .any(|p| {
                tail.len() >= p.len()
                    && tail[tail.len() - p.len()..].eq_ignore_ascii_case(p.as_bytes())
            });
        if let Some(c) = maybe.then(|| HEAD_OF.captures(before)).flatten() {
            // "The Hjorvik Marine Institute (HMI) in …": the name before
            // its acronym.
            let head_end = before_acronym(body, s0, s0 + c.get(1).map_or(0, |g| g.end()));
            if let Some(hx) = ctx.ending_at(head_end) {
                return Some((Ref::Mention(hx), ctx.mentions[hx].lead));
            }
            // "Three traders at banks in Cobbleford said": a name after
            // "in" is where the subject is, never the subject; the head
            // before it speaks if it is a group or a title, else nobody.
            let prep = before.trim_end();
            let in_place = prep.len() >= 3
                && prep.as_bytes()[prep.len() - 3..].eq_ignore_ascii_case(b" in")
                && ctx.mentions[ix].kind != Kind::Person;
            if in_place {
                return subject_ending_at(ctx, s0, head_end)
                    .or_else(|| subject_before_place_phrase(ctx, s0, head_end))
                    .filter(|(r, _)| matches!(r, Ref::Group { .. } | Ref::Title { .. }));
            }
        }
        return Some((Ref::Mention(ix), lead));
    }
    if is_in(UNNAMED_ONE, &lw) {
        if let Some((ps, pw)) = last_word(body, s0, ws) {
            if is_in(&["one", "a", "an", "another"], pw) {
                return Some(unnamed(ps, end));
            }
        }
    }
    if is_in(DOCUMENT_NOUNS, &lw) {
        return Some(document(ctx, s0, ws, end));
    }
    let from = floor(body, end.saturating_sub(90)).max(s0);
    if let Some(c) = TITLE_REF_AT_END.captures(&body[from..end]) {
        if let (Some(all), Some(g)) = (c.get(0), c.get(1)) {
            let words = title_words(g.as_str());
            return Some((
                Ref::Title {
                    start: from + all.start(),
                    end,
                    words,
                },
                from + all.start(),
            ));
        }
    }
    // A capitalised title alone ("Information Minister said").
    if is_role(&lw) && w.chars().next().is_some_and(char::is_uppercase) {
        let mut start = ws;
        let mut words = vec![lw];
        while let Some((ps, pw)) = last_word(body, s0, start) {
            if pw.chars().next().is_some_and(char::is_uppercase)
                && !pw.ends_with('s')
                && words.len() < 3
            {
                words.push(pw.to_lowercase());
                start = ps;
            } else {
                break;
            }
        }
        return Some((Ref::Title { start, end, words }, start));
    }
    // "His lawyer tells the Arbiter that …", "Her brother said": someone
    // of a person's, unnamed; the words are reported, by nobody the reader
    // can name (a relative who is named is found above).
    let someones = is_role(&lw)
        || super::sex::kin_sex(&lw).is_some()
        || matches!(
            lw.as_str(),
            "lawyer"
                | "lawyers"
                | "cousin"
                | "friend"
                | "friends"
                | "neighbour"
                | "neighbor"
                | "colleague"
                | "colleagues"
                | "partner"
                | "aide"
                | "aides"
                | "family"
        );
    if someones {
        if let Some((ps, pw)) = last_word(body, s0, ws) {
            if is_in(&["his", "her", "their"], pw) {
                return Some(unnamed(ps, end));
            }
        }
    }
    None
}

/// Someone the text does not name ("one welder", "his lawyer", "one of
/// them") at `start..end`, as a subject starting at `start`.
fn unnamed(start: usize, end: usize) -> (Ref, usize) {
    (
        Ref::Group {
            start,
            end,
            identified: false,
        },
        start,
    )
}

/// `before` (the text up to a name) without the words that end it and
/// belong to the name when the name finder split it: capitalised words
/// joined by "and" or "&", or ending in a plural possessive ("the Tunnel
/// and Shaft Workers' " before "Union"). Unchanged unless such a join is
/// there.
fn name_rest_start(before: &str) -> &str {
    let mut cut = before;
    let mut joined = false;
    loop {
        let t = cut.trim_end();
        let Some(word) = t.rsplit(' ').next().filter(|w| !w.is_empty()) else {
            break;
        };
        let and = matches!(word, "and" | "&");
        let plural_possessive = word.ends_with("s'") || word.ends_with("s’");
        let capital = word.starts_with(char::is_uppercase)
            && word
                .trim_end_matches(['\'', '’'])
                .chars()
                .all(char::is_alphabetic);
        if !(and || capital) {
            break;
        }
        joined |= and || plural_possessive;
        cut = &t[..t.len() - word.len()];
    }
    if joined {
        // Not the joining word itself at the start of what is left.
        cut
    } else {
        before
    }
}

/// Lowercased content words of a title ("minister of defence" → minister, defence).
/// The person named right before "of" (and "the") ahead of a group phrase
/// starting at `group_start`: "Ebba Clemmow of the growers' association".
fn person_of_group(ctx: &Ctx, s0: usize, group_start: usize) -> Option<(Ref, usize)> {
    let before = ctx.body.get(s0..group_start)?.trim_end();
    // An owner the group phrase left out ("the growers' association").
    let before = match before.rsplit_once(' ') {
        Some((head, w)) if w.ends_with(['\'', '’']) || w.ends_with("'s") || w.ends_with("’s") => {
            head.trim_end()
        }
        _ => before,
    };
    let before = before.strip_suffix("the").map_or(before, str::trim_end);
    let before = before.strip_suffix(" of")?.trim_end();
    let ix = ctx.ending_at(s0 + before.len())?;
    let m = ctx.mentions.get(ix)?;
    (m.kind == Kind::Person).then_some((Ref::Mention(ix), m.lead))
}

pub(crate) fn title_words(t: &str) -> Vec<String> {
    t.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .filter(|w| !matches!(w.as_str(), "of" | "for" | "and" | "the" | "a" | "an" | "s"))
        .collect()
}

/// The subject after a verb: "according to Khawaja Asif", "said Tarar",
/// "according to his post", "according to Pakistani statements".
pub(crate) fn subject_right(ctx: &Ctx, ve: usize, s1: usize) -> Option<Ref> {
    let body = ctx.body;
    let rest = &body[ve..s1];
    let lead = rest.len() - rest.trim_start().len();
    let at = ve + lead;
    // "said: “…”": what follows a colon or opens a quotation is what was
    // said, never who said it.
    if rest
        .trim_start()
        .starts_with([':', '"', '“', '‘', '«', '„'])
    {
        return None;
    }
    let next = ctx.mentions.partition_point(|m| m.lead < at);
    let starting = [next.checked_sub(1), Some(next)]
        .into_iter()
        .flatten()
        .find(|&i| {
            ctx.mentions
                .get(i)
                .is_some_and(|m| m.lead == at || m.start == at)
        });
    if let Some(ix) = starting {
        let m = &ctx.mentions[ix];
        // "according to Shemiran officials": the group, not the adjective.
        if let Some((ws, w)) = first_word(body, m.end, s1) {
            if is_group_noun(w) && m.kind == Kind::Name {
                return Some(Ref::Group {
                    start: m.lead,
                    end: ws + w.len(),
                    identified: true,
                });
            }
        }
        // "said Ysmaran envoy Sándor Vészi": a one-word modifier of the
        // role before the person, not the speaker.
        if let Some(px) = person_after_role(ctx, ix, s1) {
            return Some(Ref::Mention(px));
        }
        if !m.possessive {
            return Some(Ref::Mention(ix));
        }
    }
    // A phrase up to the next comma, but an acronym in brackets ending it
    // ("according to the Varesnian System Operator (VSO), …").
    let mut phrase_end = body[at..s1].find([',', '.', ';']).map_or(s1, |p| at + p);
    if let Some(open) = body[at..phrase_end]
        .trim_end()
        .strip_suffix(')')
        .and_then(|t| t.rfind('('))
        .map(|i| at + i)
    {
        let close = at + body[at..phrase_end].trim_end().len() - 1;
        let inner = &body[open + 1..close];
        if (2..=8).contains(&inner.len()) && inner.chars().all(|c| c.is_uppercase() || c == '-') {
            phrase_end = at + body[at..open].trim_end().len();
        }
    }
    let phrase = &body[at..phrase_end];
    let first = phrase
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    if is_in(PRONOUNS, &first) && phrase.split_whitespace().count() == 1 {
        return Some(Ref::Pronoun { at, word: first });
    }
    // A person after a short lowercase lead-in: "said economist Raul Fenn".
    let from = ctx.mentions.partition_point(|m| m.lead < at);
    let person = ctx.mentions[from..]
        .iter()
        .take_while(|m| m.lead < phrase_end)
        .position(|m| {
            m.kind == Kind::Person
                && m.lead >= at
                && m.end <= phrase_end
                && body[at..m.lead].split_whitespace().count() <= 3
                && body[at..m.lead]
                    .chars()
                    .all(|c| c.is_lowercase() || c.is_whitespace() || c == '-')
        });
    if let Some(ix) = person {
        return Some(Ref::Mention(from + ix));
    }
    // "said his lawyer, Ambrose Rastaad": a short lowercase role set off by
    // a comma before the person's name; its owner may be named ("said
    // Velikçay's chairwoman, Oya Sönmezler").
    let owner_named = phrase.split_whitespace().next().is_some_and(|w| {
        w.chars().next().is_some_and(char::is_uppercase)
            && (w.ends_with("'s") || w.ends_with("’s"))
            && phrase.split_whitespace().count() >= 2
    });
    let role = if owner_named {
        phrase.trim_start().split_once(' ').map_or("", |(_, r)| r)
    } else {
        phrase
    };
    let role_only = role.split_whitespace().count() <= 4
        && role
            .chars()
            .all(|c| c.is_lowercase() || c.is_whitespace() || c == '-' || c == '\'' || c == '’');
    // After "according to" the comma may end the source and the name open
    // the words reported ("According to officials, Oana Valcescu never
    // opened …"): there the name must be set off by a second comma
    // ("according to his lawyer, Ambrose Rastaad, the …").
    let according = body[..ve].to_ascii_lowercase().ends_with("according to");
    if role_only && body.get(phrase_end..).is_some_and(|r| r.starts_with(", ")) {
        let named = ctx.mentions[from..].iter().position(|m| {
            m.kind == Kind::Person
                && m.lead == phrase_end + 2
                && (!according || body.get(m.end..).is_some_and(|r| r.starts_with(',')))
        });
        if let Some(ix) = named {
            return Some(Ref::Mention(from + ix));
        }
    }
    if let Some(c) = TITLE_REF.captures(phrase) {
        if let (Some(all), Some(g)) = (c.get(0), c.get(1)) {
            if all.start() == 0 {
                return Some(Ref::Title {
                    start: at,
                    end: at + all.end(),
                    words: title_words(g.as_str()),
                });
            }
        }
    }
    let end = at + phrase.trim_end().len();
    if end <= at || phrase.split_whitespace().count() > 6 {
        return None;
    }
    let (_, w) = last_word(body, at, end)?;
    if is_in(DOCUMENT_NOUNS, w.trim_end_matches('s')) || is_in(DOCUMENT_NOUNS, w) {
        return Some(document(ctx, at, last_word(body, at, end)?.0, end).0);
    }
    if let Some((r, _)) = group_ending_at(ctx, at, end) {
        return Some(r);
    }
    // "said one welder", "according to a source": nobody named.
    if matches!(first.as_str(), "one" | "a" | "an" | "another" | "some") {
        return Some(Ref::Group {
            start: at,
            end,
            identified: false,
        });
    }
    // Any other short source: "according to the agency's own tracker".
    let lead = phrase
        .split_whitespace()
        .next()
        .filter(|w| is_in(DETERMINERS, w))
        .map_or(0, |w| w.len() + 1);
    let start = at + lead.min(end - at);
    (start < end).then_some(Ref::Document {
        start,
        end,
        owner: None,
    })
}

/// The person named right after mention `ix` when one to three lowercase
/// role words stand between them ("Ysmaran envoy Sándor Vészi", "Dravian
/// chief negotiator Ana Bell", "Halvergate mum-of-three Lorna Bexley"):
/// mention `ix` is a modifier (one word, or an organisation's name).
pub(crate) fn person_after_role(ctx: &Ctx, ix: usize, s1: usize) -> Option<usize> {
    let m = ctx.mentions.get(ix)?;
    let next = ctx.mentions.get(ix + 1)?;
    if m.lead != m.start || m.possessive || next.kind != Kind::Person || next.lead > s1 {
        return None;
    }
    // A person's two names are one name, not a modifier ("Ana Bell envoy
    // …" is no role before a name); an organisation of several words may
    // modify ("Wattlebeck Astronomical Society chairman Noel Fairgrieve").
    if m.kind == Kind::Person && ctx.body.get(m.start..m.end)?.contains(' ') {
        return None;
    }
    let gap: Vec<&str> = ctx.body.get(m.end..next.lead)?.split_whitespace().collect();
    let lowercase = |w: &&str| w.chars().all(|c| c.is_lowercase() || c == '-');
    (!gap.is_empty()
        && gap.len() <= 3
        && gap.iter().all(lowercase)
        && gap.iter().any(|w| w.split('-').any(is_role)))
    .then_some(ix + 1)
}

/// The first subject-like phrase of the sentence before `vs`.
pub(crate) fn sentence_subject(ctx: &Ctx, s0: usize, vs: usize) -> Option<Ref> {
    let body = ctx.body;
    // Not after a preposition, nor the one told ("One volunteer told the
    // Rattle: …": the paper is told, not telling).
    let free = |p: usize| -> bool {
        let told = |w: &str| is_in(&["told", "tells", "tell", "telling"], w);
        !ctx.in_mark(p)
            && last_word(body, s0, p).is_none_or(|(ws, w)| {
                let w = if w.eq_ignore_ascii_case("the") {
                    last_word(body, s0, ws).map_or("", |(_, v)| v)
                } else {
                    w
                };
                !is_in(PREPOSITIONS, w) && !told(w)
            })
    };
    // "A Quarrenby worker", "the Quarrenby workers": a name between an
    // article and a common noun modifies the noun; it is nobody's name.
    let attributive = |m: &super::names::Mention| {
        let article = last_word(body, s0, m.lead)
            .is_some_and(|(_, w)| is_in(&["a", "an", "the"], &w.to_lowercase()));
        let noun_after = body
            .get(m.end..)
            .and_then(|r| r.strip_prefix(' '))
            .is_some_and(|r| r.starts_with(char::is_lowercase));
        article && noun_after
    };
    let from = ctx.mentions.partition_point(|m| m.lead < s0);
    let mention = ctx.mentions[from..]
        .iter()
        .take_while(|m| m.end <= vs)
        .position(|m| !m.possessive && free(m.lead) && !attributive(m))
        .map(|i| {
            // "Wattlebeck Astronomical Society chairman Noel Fairgrieve
            // scoffed:": the person the role is of, not the organisation.
            let ix = person_after_role(ctx, from + i, vs).unwrap_or(from + i);
            (ctx.mentions[from + i].lead, Ref::Mention(ix))
        });
    let pronoun = PRONOUN_ANY
        .find_iter(&body[s0..vs])
        .map(|p| (s0 + p.start(), p.as_str().to_lowercase()))
        .find(|&(p, _)| free(p))
        .map(|(p, w)| (p, Ref::Pronoun { at: p, word: w }));
    let title = TITLE_REF
        .captures_iter(&body[s0..vs])
        .filter_map(|c| {
            Some((
                s0 + c.get(0)?.start(),
                s0 + c.get(0)?.end(),
                title_words(c.get(1)?.as_str()),
            ))
        })
        .find(|&(p, _, _)| free(p))
        .map(|(p, e, words)| {
            (
                p,
                Ref::Title {
                    start: p,
                    end: e,
                    words,
                },
            )
        });
    // "The mediator Nerim Osk": a title right before a name is the name's;
    // so is one set off before it ("The committee's chairman, Professor
    // Aurelian Thornquist, speaking …:").
    let title = title.filter(|(_, t)| match (t, &mention) {
        (Ref::Title { end, .. }, Some((lead, _))) => {
            *lead > end + 1 && body.get(*end..*lead) != Some(", ")
        }
        _ => true,
    });
    [mention, pronoun, title]
        .into_iter()
        .flatten()
        .min_by_key(|(p, _)| *p)
        .map(|(_, r)| r)
}

/// The first word of `body[from..end]`.
fn first_word(body: &str, from: usize, end: usize) -> Option<(usize, &str)> {
    let text = &body[from..end];
    let lead = text.len() - text.trim_start().len();
    let w = text[lead..].split(|c: char| !c.is_alphanumeric()).next()?;
    (!w.is_empty()).then_some((from + lead, w))
}
