//! Light name detection for speaker resolution.
//!
//! Finds capitalised word runs, splits a leading title off ("Defence
//! Minister Khawaja Asif" → title "defence minister", name "Khawaja Asif"),
//! and sorts each run into a person, another name (organisation, place,
//! country, outlet) or a word capitalised only by position. A surname alone
//! is a person when an earlier full name ends with it, and points at that
//! full mention. A place is known by the document itself: a single
//! capitalised word written after "in", "at", "from"... elsewhere in the body
//! marks every run containing it as not a person.
//!
//! It does not type entities for their own sake, merge aliases across
//! reports, or know any name list: that is the `entities` module's work.

use ahash::{AHashMap as HashMap, AHashSet as HashSet};
use std::sync::LazyLock;

use regex::Regex;

use super::lexicon::{
    is_group_noun, is_in, is_mood_adjective, is_role, DEMONYMS, HONORIFICS, INSTITUTIONS, LOCATIVE,
    NON_PERSON, OPENERS, TIME_WORDS,
};

/// What a capitalised run is, as far as speakers go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A person's name.
    Person,
    /// Another proper name: organisation, place, country, outlet.
    Name,
}

/// One name in the body.
#[derive(Debug, Clone)]
pub(crate) struct Mention {
    /// Byte span of the name, title excluded.
    pub start: usize,
    /// End of the name.
    pub end: usize,
    /// Start of the title written before the name, or `start`.
    pub lead: usize,
    /// Person or other name.
    pub kind: Kind,
    /// The person's role, lowercased ("defence minister"), when written.
    pub title: Option<String>,
    /// Index of the person's full mention (itself when it is one).
    pub full: usize,
    /// Written with a possessive "'s".
    pub possessive: bool,
    /// Known from an honorific: `Some(true)` for "Ms", `Some(false)` for "Mr".
    pub female: Option<bool>,
}

#[derive(Debug, Clone)]
struct Token {
    start: usize,
    end: usize,
    cap: bool,
    possessive: bool,
    initial: bool,
}

/// A letter, mark or number (`[\p{L}\p{M}\p{N}]`) outside ASCII.
static WORD_CHAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[\p{L}\p{M}\p{N}]").unwrap_or_else(|e| panic!("word char pattern: {e}"))
});

/// True for a letter, mark or number. ASCII and the usual typographic
/// punctuation are answered here; other characters by [`WORD_CHAR`].
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    if matches!(
        c,
        '\u{a0}' | '‘' | '’' | '“' | '”' | '–' | '—' | '…' | '•' | '«' | '»' | '„'
    ) {
        return false;
    }
    let mut buf = [0u8; 4];
    WORD_CHAR.is_match(c.encode_utf8(&mut buf))
}

/// Byte spans of the words of `body`: what the pattern
/// `[\p{L}\p{M}\p{N}]+(?:[\-'’.][\p{L}\p{M}\p{N}]+)*(?:['’]s?(?-u:\b))?`
/// finds, walked by hand (one pass over the characters; the regex engine
/// took a fifth of the quote reader's time here).
fn word_spans(body: &str) -> Vec<(usize, usize)> {
    let at = |i: usize| body.get(i..).and_then(|r| r.chars().next());
    let skip_word = |mut i: usize| {
        while let Some(c) = at(i).filter(|&c| is_word_char(c)) {
            i += c.len_utf8();
        }
        i
    };
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(c) = at(i) {
        if !is_word_char(c) {
            i += c.len_utf8();
            continue;
        }
        let start = i;
        i = skip_word(i);
        // Inner separators each followed by more word characters.
        while let Some(sep) = at(i).filter(|s| matches!(s, '-' | '\'' | '’' | '.')) {
            let next = i + sep.len_utf8();
            if at(next).is_some_and(is_word_char) {
                i = skip_word(next);
            } else {
                break;
            }
        }
        // A trailing apostrophe: the separator loop took any apostrophe
        // followed by a word character (so "'s" too), which leaves only an
        // ASCII word character that is not one (`_`) to make the pattern's
        // word boundary after it.
        if let Some(ap) = at(i).filter(|s| matches!(s, '\'' | '’')) {
            let next = i + ap.len_utf8();
            if body
                .as_bytes()
                .get(next)
                .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
            {
                i = next;
            }
        }
        out.push((start, i));
    }
    out
}

/// A title written before a name and set off by a comma ("Minister for
/// Information and Broadcasting, ").
static TITLE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)((?:[\p{L}\-]+\s+){0,2}?(?:minister|president|secretary|spokesman|spokeswoman|spokesperson|chief|commander|ambassador|envoy|governor|mayor|chairman|chairwoman|director|adviser|advisor|commissioner|instructor|teacher|headteacher|headmaster|headmistress|trainer|coach|coroner|magistrate|prosecutor|superintendent|inspector|detective|registrar|curator|conductor|treasurer|auditor|archivist)(?:\s+(?:for|of)\s+[\p{L}&]+(?:\s+(?:and|&)\s+[\p{L}]+)?)?),\s*$")
        .unwrap_or_else(|e| panic!("title-before pattern: {e}"))
});

/// A title set off after a name (", the minister of defence,").
static TITLE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^,\s+(?:the|a|an|[\p{L}]+(?:'|’)s)\s+([^,.;:“”\x22]{2,100}?)\s*[,.;]")
        .unwrap_or_else(|e| panic!("title-after pattern: {e}"))
});

/// Lowercase particles inside names ("Fitna al Khwarij", "Ludwig van ...").
const PARTICLES: &[&str] = &[
    "al", "bin", "bint", "ibn", "de", "da", "del", "der", "van", "von", "ul", "el", "la", "du",
    "dos", "di",
];

fn tokens(body: &str) -> Vec<Token> {
    let mut out = Vec::new();
    for (m_start, m_end) in word_spans(body) {
        let text = &body[m_start..m_end];
        let (end, possessive) = if let Some(stem) = text
            .strip_suffix("’s")
            .or_else(|| text.strip_suffix("'s"))
            .or_else(|| text.strip_suffix('’'))
            .or_else(|| text.strip_suffix('\''))
        {
            (m_start + stem.len(), true)
        } else {
            (m_end, false)
        };
        if end <= m_start {
            continue;
        }
        let cap = text.chars().next().is_some_and(char::is_uppercase);
        let before = body[..m_start].trim_end_matches([
            ' ', '\t', '\u{a0}', '“', '"', '‘', '\'', '(', '[', '•', '*', '-', '—',
        ]);
        let initial = before.is_empty()
            || before.ends_with(['.', '!', '?', ':', '\n', '\r', ';', '”', '|'])
            || body[before.len()..m_start].contains('\n');
        out.push(Token {
            start: m_start,
            end,
            cap,
            possessive,
            initial,
        });
    }
    out
}

/// True when a line reads as a headline or link: no closing punctuation and
/// mostly capitalised words.
pub(crate) fn headline_lines(body: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut pos = 0;
    for line in body.split_inclusive('\n') {
        let start = pos;
        pos += line.len();
        let t = line.trim();
        if t.is_empty() || t.ends_with(['.', '!', '?', '”', '"', '’', ':', ',', ';']) {
            continue;
        }
        let words: Vec<&str> = t
            .split_whitespace()
            .filter(|w| w.chars().count() >= 4)
            .collect();
        let caps = words
            .iter()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .count();
        if !words.is_empty() && caps * 10 >= words.len() * 6 {
            out.push((start, pos));
        }
    }
    out
}

/// Kin words a family calls someone by, which make a nickname with a given
/// name ("Granny Win", "Uncle Bob"); "Dad Fergus", "Grandson Jasper" are a
/// title and a name.
fn is_kin_title(w: &str) -> bool {
    super::sex::is_family_title(w)
}

/// Whether `body` holds `word` as a whole word, as written.
fn has_word(body: &str, word: &str) -> bool {
    let is_word_byte = |b: Option<&u8>| b.is_some_and(|b| b.is_ascii_alphanumeric() || *b >= 0x80);
    body.match_indices(word).any(|(i, _)| {
        !is_word_byte(i.checked_sub(1).and_then(|j| body.as_bytes().get(j)))
            && !is_word_byte(body.as_bytes().get(i + word.len()))
    })
}

/// A token's word without a trailing full stop, as written: enough for
/// [`is_in`], whose lists are ASCII and compared without case.
fn word_of<'b>(body: &'b str, t: &Token) -> &'b str {
    body[t.start..t.end].trim_end_matches('.')
}

fn lower(body: &str, t: &Token) -> String {
    body[t.start..t.end].trim_end_matches('.').to_lowercase()
}

/// All names in the body, in order.
pub(crate) fn mentions(body: &str) -> Vec<Mention> {
    let toks = tokens(body);
    let headlines = headline_lines(body);
    let in_headline = |p: usize| {
        let i = headlines.partition_point(|&(a, _)| a <= p);
        i > 0 && p < headlines[i - 1].1
    };
    // Capitalised words seen away from a sentence start (proper nouns), and
    // single words written right after a locative preposition (places).
    let mut proper: HashSet<&str> = HashSet::new();
    let mut places: HashSet<&str> = HashSet::new();
    for (i, t) in toks.iter().enumerate() {
        if !t.cap || t.initial {
            continue;
        }
        let w = &body[t.start..t.end];
        proper.insert(w);
        let next_cap = toks
            .get(i + 1)
            .is_some_and(|n| n.cap && n.start <= t.end + 1);
        if i > 0 && !next_cap && !t.possessive {
            let prev = &toks[i - 1];
            if prev.end + 1 >= t.start
                && is_in(
                    &[
                        "in", "at", "near", "from", "across", "inside", "outside", "into",
                    ],
                    &body[prev.start..prev.end],
                )
            {
                places.insert(w);
            }
        }
    }
    let mut out: Vec<Mention> = Vec::new();
    // Full person mentions by surname (most recent) and by whole name.
    let mut surnames: HashMap<&str, usize> = HashMap::new();
    let mut full_names: HashMap<&str, usize> = HashMap::new();
    // People known by a given name alone: the first word of a full name
    // (most recent), or a name right after a kin noun ("Her son Owain").
    let mut given: HashMap<&str, usize> = HashMap::new();
    let mut i = 0;
    while i < toks.len() {
        if !toks[i].cap || in_headline(toks[i].start) {
            i += 1;
            continue;
        }
        // Gather the run.
        let mut run = vec![i];
        let mut j = i;
        while !toks[j].possessive {
            let Some(next) = toks.get(j + 1) else { break };
            let gap = &body[toks[j].end..next.start];
            // "Col. Orlan", "Dr. Veld": an abbreviated title joins the name.
            let abbreviated = gap == ". "
                && toks[j].end - toks[j].start <= 5
                && is_role(&body[toks[j].start..toks[j].end]);
            // "Rennet & Vyle": a firm's names joined by an ampersand.
            let ampersand = gap == " & " && next.cap;
            if !(gap == " " || gap == "\u{a0}" || abbreviated || ampersand) {
                break;
            }
            if next.cap {
                run.push(j + 1);
                j += 1;
            } else if (is_in(PARTICLES, &body[next.start..next.end])
                // "the Office of Gaming Standards", "the Office for
                // Consumer Fairness": an institution's head word joins the
                // name after it by "of" or "for".
                || (matches!(&body[next.start..next.end], "of" | "for")
                    && is_in(INSTITUTIONS, word_of(body, &toks[j]))))
                && toks
                    .get(j + 2)
                    .is_some_and(|n2| n2.cap && &body[next.end..n2.start] == " ")
            {
                run.push(j + 1);
                run.push(j + 2);
                j += 2;
            } else {
                break;
            }
        }
        i = j + 1;
        // Strip position-capitalised openers.
        let mut k = 0;
        while k < run.len() {
            let t = &toks[run[k]];
            let w = &body[t.start..t.end];
            // A word capitalised only by its place: an opener, or a verb or
            // adverb form never capitalised elsewhere ("Reiterating
            // Pakistan's ...", "Speaking Tuesday").
            // A word in "-ed" or "-ly" is one only when the body also writes
            // it in lower case ("Asked …" / "asked"): "Winifred", "Emily"
            // are names.
            let lw = w.to_lowercase();
            let by_position = t.initial
                && k == 0
                && run.len() > 1
                && !proper.contains(w)
                && (lw.ends_with("ing")
                    || ((lw.ends_with("ed") || lw.ends_with("ly")) && has_word(body, &lw)));
            // "Heartbroken Miko", "Organisers Aldmoor Events": a tabloid's
            // mood or a group noun before a name is no part of it.
            let before_name = k == 0
                && run.len() > 1
                && (is_mood_adjective(&lw) || (t.initial && is_group_noun(&lw)));
            if is_in(OPENERS, w) || by_position || before_name {
                k += 1;
            } else {
                break;
            }
        }
        let run = &run[k..];
        // "Thursday", "CET": a day, month or time zone names no one.
        let timely = run.iter().all(|&x| {
            let w = &body[toks[x].start..toks[x].end];
            is_in(TIME_WORDS, w) || crate::times::is_time_zone(w)
        });
        if run.is_empty() || timely {
            continue;
        }
        let first = &toks[run[0]];
        let last = &toks[run[run.len() - 1]];
        // Title split at the last role word.
        // "Quarrenby General Hospital": a role word before an institution's
        // word is part of the institution's name, not a title.
        let role_at = run
            .iter()
            .rposition(|&x| is_role(word_of(body, &toks[x])))
            .filter(|&r| {
                !run[r + 1..]
                    .iter()
                    .any(|&x| is_in(NON_PERSON, word_of(body, &toks[x])))
            });
        // "Granny Win", "Uncle Bob": a kin word before a single given name
        // is part of a nickname, not a title ("Grandson Jasper Cattermole"
        // is).
        let role_at = role_at.filter(|&r| {
            let kin_only = run[..=r]
                .iter()
                .all(|&x| is_kin_title(&lower(body, &toks[x])));
            !(kin_only && run.len() - r - 1 == 1)
        });
        let (title_toks, name_toks) = match role_at {
            Some(r) => run.split_at(r + 1),
            None => run.split_at(0),
        };
        if name_toks.is_empty() {
            continue;
        }
        let n0 = &toks[name_toks[0]];
        let name_words: Vec<String> = name_toks.iter().map(|&x| lower(body, &toks[x])).collect();
        let female = title_toks
            .iter()
            .find_map(|&x| match lower(body, &toks[x]).as_str() {
                "ms" | "mrs" | "miss" | "madam" | "madame" | "lady" | "dame" | "queen"
                | "princess" => Some(true),
                "mr" | "sir" | "lord" | "king" | "prince" => Some(false),
                "grandmother" | "grandma" | "granny" | "gran" | "nana" | "widow" | "mum"
                | "mom" => Some(true),
                "grandfather" | "grandpa" | "grandad" | "granddad" | "widower" | "dad" => {
                    Some(false)
                }
                kin => super::sex::kin_sex(kin),
            });
        let mut title = if title_toks.is_empty() {
            None
        } else {
            let words: Vec<String> = title_toks.iter().map(|&x| lower(body, &toks[x])).collect();
            let only_honorific = words.iter().all(|w| is_in(HONORIFICS, w));
            (!only_honorific)
                .then(|| words.join(" "))
                .or(Some(String::new()))
        };
        // Names joined by "&" are a firm's, never one person's.
        let firm = name_toks
            .windows(2)
            .any(|w| body.get(toks[w[0]].end..toks[w[1]].start) == Some(" & "));
        let non_person = firm
            || name_words
                .iter()
                .any(|w| is_in(NON_PERSON, w) || places.contains(w.as_str()))
            || name_toks
                .iter()
                .any(|&x| places.contains(&body[toks[x].start..toks[x].end]))
            || is_in(DEMONYMS, &name_words[0])
            || name_toks.iter().all(|&x| {
                let w = &body[toks[x].start..toks[x].end];
                w.chars().count() > 1 && !w.chars().any(char::is_lowercase)
            });
        let prev_word = body[..first.start]
            .trim_end()
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        // "in Port Aster", "the Grelling Pass", "The Corlan Bridge will stay
        // shut": places and things, not people.
        let after_locative = title.is_none()
            && (is_in(LOCATIVE, prev_word)
                || matches!(prev_word, "the" | "a" | "an" | "The" | "A" | "An"));
        let single_initial_common =
            name_toks.len() == 1 && n0.initial && !proper.contains(&body[n0.start..n0.end]);
        let mut full = out.len();
        // "Her son Owain", "his wife, Bryony": a given name after a kin noun.
        let kin_word = body[..first.start]
            .trim_end()
            .trim_end_matches(',')
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let kin = (name_toks.len() == 1 && title.is_none())
            .then(|| super::sex::kin_sex(kin_word))
            .flatten();
        let female = female.or(kin);
        let kind = if non_person || after_locative || single_initial_common || name_toks.len() > 4 {
            Kind::Name
        } else if title.is_some() || name_toks.len() >= 2 || kin.is_some() {
            Kind::Person
        } else {
            // A surname alone: the most recent full name ending with it; a
            // given name alone: the most recent person known by it.
            let w = &body[n0.start..n0.end];
            match surnames.get(w).or_else(|| given.get(w)).copied() {
                Some(p) => {
                    full = out[p].full;
                    Kind::Person
                }
                None => Kind::Name,
            }
        };
        let start = n0.start;
        let end = last.end;
        if kind == Kind::Person && full == out.len() && name_toks.len() >= 2 {
            // The same full name written before: one person.
            if let Some(&p) = full_names.get(&body[start..end]) {
                full = out[p].full;
            }
        }
        if kind == Kind::Person {
            // "Professor Yasemin Kutluer, the structural engineer, …": a
            // title before the name and one set off after it are both hers.
            title = match (title, appositive_title(body, first.start, end)) {
                (Some(t), Some(more)) if !t.is_empty() && !t.contains(&more) => {
                    Some(format!("{t} {more}"))
                }
                (t, more) if t.as_deref().is_none_or(str::is_empty) => more.or(t),
                (t, _) => t,
            };
        }
        if kind == Kind::Person && full == out.len() {
            full_names.entry(&body[start..end]).or_insert(full);
            if let Some(surname) = body[start..end].rsplit(' ').next() {
                surnames.insert(surname, full);
            }
            if let Some(first) = body[start..end].split(' ').next() {
                if name_toks.len() >= 2 || kin.is_some() {
                    given.insert(first, full);
                }
            }
        }
        out.push(Mention {
            start,
            end,
            lead: first.start,
            kind,
            title: title.filter(|t| !t.is_empty()),
            full,
            possessive: last.possessive,
            female,
        });
    }
    promote_speakers(body, &mut out, &places);
    // A later title of a person belongs to the full mention too.
    for idx in 0..out.len() {
        if out[idx].kind == Kind::Person && out[idx].full != idx {
            let f = out[idx].full;
            if let Some(t) = out[idx].title.clone() {
                if out[f].title.is_none() {
                    out[f].title = Some(t);
                }
            }
            if out[f].female.is_none() {
                out[f].female = out[idx].female;
            }
        }
    }
    out
}

/// Lowercase role words written right before a name, with no comma
/// ("Jury chairman Mircea Barsan", "club chairman Kerem Yavuzalp"): one to
/// three words of the name's clause, the last a role. Not the person's
/// title: only a title reference that fits it looks here (see
/// `resolve::holds`), so "the Brennick Bishop" may still name "Chess king
/// Rowan Eckersall" as a person of no known title.
pub(crate) fn role_before(body: &str, lead: usize) -> Option<String> {
    let from = floor(body, lead.saturating_sub(40));
    let before = body.get(from..lead)?;
    if !before.ends_with(' ') {
        return None;
    }
    let mut words: Vec<&str> = Vec::new();
    for w in before.split(' ').rev().skip(1) {
        let lower = !w.is_empty() && w.chars().all(|c| c.is_lowercase() || c == '-');
        // The clause's first word, capitalised by its place ("Jury").
        let opener = !w.is_empty()
            && w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).all(char::is_lowercase);
        if lower && words.len() < 3 {
            words.push(w);
            continue;
        }
        if opener && words.len() < 3 && !words.is_empty() {
            words.push(w);
        }
        break;
    }
    let last = words.first()?;
    if !is_role(last)
        || words
            .iter()
            .any(|w| is_in(&["the", "a", "an", "and", "or"], w))
    {
        return None;
    }
    words.reverse();
    Some(words.join(" ").to_lowercase())
}

/// A title set off by commas before or after the name.
fn appositive_title(body: &str, lead: usize, end: usize) -> Option<String> {
    let from = floor(body, lead.saturating_sub(90));
    if let Some(c) = TITLE_BEFORE.captures(&body[from..lead]) {
        return c.get(1).map(|m| m.as_str().to_lowercase());
    }
    let to = floor(body, (end + 120).min(body.len()));
    let c = TITLE_AFTER.captures(&body[end..to])?;
    let t = c.get(1)?.as_str().to_lowercase();
    // "the structural engineer the ministry has asked to examine the
    // wreckage": the title ends where a clause about it begins.
    let words: Vec<&str> = t.split_whitespace().collect();
    let cut = (1..words.len())
        .find(|&k| {
            matches!(words[k], "who" | "whom" | "whose" | "that" | "which")
                || (words[k] == "the"
                    && !matches!(words[k - 1], "of" | "for" | "to" | "at" | "in" | "on"))
        })
        .unwrap_or(words.len());
    let t = words[..cut].join(" ");
    t.split_whitespace().any(is_role).then_some(t)
}

/// The nearest char boundary at or before `i`.
pub(crate) fn floor(body: &str, mut i: usize) -> usize {
    i = i.min(body.len());
    while !body.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A single capitalised word that is the subject of a speech verb
/// somewhere ("Vretka said", "Dask, standing beside him, said", "Křížková
/// says") or stands before "herself"/"himself" is a person,
/// unless the body marks it as a place: written after "in"/"at"/"from", or
/// with an adjective formed from it ("Bravonia" beside "Bravonian").
fn promote_speakers(body: &str, out: &mut [Mention], places: &HashSet<&str>) {
    static SPOKE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:,[^,.;“”\x22]{1,40},)?\s+(?:also\s+|further\s+|then\s+)?(?:said|says|told|tells|added|adds|noted|notes|wrote|writes|stated|explained|explains|argued|argues|insisted|insists|replied|replies)(?-u:\b)|^\s+(?:herself|himself)(?-u:\b)")
            .unwrap_or_else(|e| panic!("spoke pattern: {e}"))
    });
    let mut words: Vec<&str> = Vec::new();
    for m in out.iter() {
        let w = &body[m.start..m.end];
        if m.kind == Kind::Name
            && !w.contains(' ')
            && w.chars().any(char::is_lowercase)
            && !m.possessive
            && !places.contains(w)
            && !is_in(NON_PERSON, w)
            && !is_in(DEMONYMS, w)
            && !words.contains(&w)
            && SPOKE.is_match(&body[m.end..floor(body, (m.end + 60).min(body.len()))])
            && !has_adjective(body, w)
        {
            words.push(w);
        }
    }
    for w in words {
        let mut first = None;
        for i in 0..out.len() {
            if out[i].kind == Kind::Name
                && &body[out[i].start..out[i].end] == w
                && !out[i].possessive
            {
                out[i].kind = Kind::Person;
                out[i].full = *first.get_or_insert(i);
            }
        }
    }
}

/// True when the body holds an adjective formed from `w` ("Kestria" →
/// "Kestrian", "Pakistan" → "Pakistani").
fn has_adjective(body: &str, w: &str) -> bool {
    let stem = w.strip_suffix(['a', 'e', 'y']).unwrap_or(w);
    [
        format!("{w}n"),
        format!("{w}an"),
        format!("{w}ian"),
        format!("{w}i"),
        format!("{w}ese"),
        format!("{stem}an"),
        format!("{stem}ian"),
        format!("{stem}ish"),
    ]
    .iter()
    .any(|adj| {
        body.match_indices(adj.as_str()).any(|(i, _)| {
            !body[i + adj.len()..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
        })
    })
}
