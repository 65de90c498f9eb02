//! Indirect quotes: reported clauses with their attributions.
//!
//! Each attribution not used by a direct quote reports the clause after its
//! verb (after "that" when an adverbial or an addressee comes first), or,
//! for "…, Tarar reiterated." and "…, according to X.", the clause before
//! it (a dateline left out). A clause ends at a semicolon, a participle
//! after a comma, or the next "…, X said". A clause holding a quoted
//! fragment is reported too (a mixed quote) unless the quote is nearly all
//! of it.

use std::sync::LazyLock;

use regex::Regex;

use super::attrib::{Attr, AFTER_ONLY};
use super::channel::channel;
use super::direct::{after_attr, verb_text};
use super::interrupted::interrupted;
use super::lexicon::{is_in, THAT};
use super::names::floor;
use super::resolve::resolve;
use super::subject::last_clause_comma;
use super::{Ctx, Quote, QuoteMode};

/// Verbs that take a quote but do not report a clause ("called it …",
/// "branded the affair “…”", "slammed the “…”").
const NO_INDIRECT: &[&str] = &[
    "called",
    "calls",
    "calling",
    "described",
    "describes",
    "describing",
    "posted",
    "tweeted",
    "branded",
    "brands",
    "slammed",
    "slams",
];

/// Words that may open an adverbial between a verb and its "that".
const PAST_THAT: &[&str] = &[
    "in",
    "on",
    "at",
    "during",
    "to",
    "with",
    "via",
    "through",
    "after",
    "before",
    "earlier",
    "later",
    "again",
    "also",
    "further",
    "then",
    "late",
    "last",
    "this",
    "on",
    "while",
    "when",
    "over",
    "from",
    "by",
    "separately",
    "repeatedly",
    // "said yesterday that", "announced Tuesday that"
    "yesterday",
    "today",
    "tonight",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Verbs taking an addressee before "that" ("told reporters that").
const ADDRESSEE_VERBS: &[&str] = &[
    "told", "tells", "tell", "telling", "informed", "assured", "reminded", "remind", "warned",
    "warning", "briefed", "promised",
];

/// A dateline opening a report: a capitalised place, an optional date and
/// credit, then a dash or colon.
pub(crate) static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{Lu}[\p{Lu}\p{M} .'\-]{1,40}(?:,[^–—:\n]{0,40})?\s*(?:[–—:]|\s-)\s+")
        .unwrap_or_else(|e| panic!("dateline pattern: {e}"))
});

/// Where a reported clause ends: a semicolon, a participle after a comma,
/// a dash before "and"/"but".
pub(crate) static CLAUSE_CUT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r";\s|,\s+[\p{L}]{3,}ing(?-u:\b)|\s—\s+(?:and|but)(?-u:\b)")
        .unwrap_or_else(|e| panic!("clause pattern: {e}"))
});

/// Indirect quotes.
pub(crate) fn indirect(ctx: &Ctx, attrs: &[Attr]) -> Vec<Quote> {
    let body = ctx.body;
    let mut out: Vec<Quote> = Vec::new();
    let used_after: Vec<usize> = ctx
        .marks
        .iter()
        .filter_map(|m| {
            ctx.sentence_at(m.open)
                .and_then(|si| after_attr(ctx, attrs, si, m))
        })
        .collect();
    // "Velmont has thanked Edervar for …, the ministry's office said": a
    // verb inside the clause a trailing attribution reports is part of
    // what was said, not an attribution of its own.
    let reported: Vec<(usize, usize)> = attrs
        .iter()
        .filter(|a| a.subject.is_some())
        .filter_map(|a| {
            let according = body[a.verb_start..a.verb_end]
                .to_lowercase()
                .starts_with("according");
            let comma = free_content(ctx, a, according)?;
            let s = ctx.sentences.get(a.sentence)?;
            // Only an attribution that ends its sentence ("…, the office
            // said.", "…, it said on Friday.").
            let tail = body.get(a.verb_end..s.end)?;
            let ends = tail.split_whitespace().count() <= 3 && !THAT.is_match(tail);
            let start = s.start + (body[s.start..].len() - body[s.start..].trim_start().len());
            ends.then_some((start, comma))
        })
        .collect();
    for (ai, a) in attrs.iter().enumerate() {
        let verb = &body[a.verb_start..a.verb_end];
        if reported
            .iter()
            .any(|&(s, c)| s == a.subj_start && a.verb_end <= c)
        {
            continue;
        }
        if a.subject.is_none()
            || (is_in(AFTER_ONLY, verb) && !asks_whether(ctx, a) && !followed_by_that(ctx, a))
            || is_in(NO_INDIRECT, verb)
        {
            continue;
        }
        let Some(s) = ctx.sentences.get(a.sentence) else {
            continue;
        };
        let rest = &body[a.verb_end..s.end];
        let according = verb.to_lowercase().starts_with("according");
        let free = free_content(ctx, a, according);
        // A quote's own attribution reports no clause after it.
        if free.is_none() && used_after.contains(&ai) {
            continue;
        }
        // "The course, the measurer says, is 41,597 metres long".
        if free.is_none() {
            if let Some([(start, first_end), (rest_start, end)]) = interrupted(ctx, a) {
                if out.iter().any(|q| q.start == start) {
                    continue;
                }
                let text = format!("{} {}", &body[start..first_end], &body[rest_start..end]);
                let parts = vec![(start, first_end), (rest_start, end)];
                out.push(indirect_quote(ctx, attrs, a, (start, end), text, parts));
                continue;
            }
        }
        // The clause right after the verb, with no "that" read past.
        let mut bare = false;
        let (start, limit) = if let Some(comma) = free {
            let content =
                body[s.start..].trim_start_matches(|c: char| c.is_whitespace() || c == '•');
            let mut start = s.start + (body[s.start..].len() - content.len());
            // A dateline is not reported content ("ORVENNA, March 4 (Wire) - ").
            if let Some(d) = DATELINE.find(&body[start..comma]) {
                start += d.end();
            }
            // A direct quote's own attribution: "“…,” her spokeswoman,
            // Mirela Dautova, said" reports nothing past the quote.
            if used_after.contains(&ai) && body[start..].starts_with(['“', '"']) {
                continue;
            }
            (start, comma)
        } else if according {
            let Some(comma) = rest.find(',') else {
                continue;
            };
            let start = a.verb_end + comma + 1;
            (
                start + (body[start..s.end].len() - body[start..s.end].trim_start().len()),
                s.end,
            )
        } else {
            let lead = rest.len()
                - rest
                    .trim_start_matches(|c: char| c.is_whitespace() || c == ',' || c == ':')
                    .len();
            let mut start = a.verb_end + lead;
            if body[start..].starts_with(['“', '"', '‘', '\'']) {
                continue;
            }
            // "that" within the next words, before any comma or quote.
            let window_end = body[start..s.end]
                .char_indices()
                .filter(|(_, c)| matches!(c, ',' | ';' | '“' | '"' | '.'))
                .map(|(i, _)| start + i)
                .next()
                .unwrap_or(s.end);
            let window_end = window_end.min(floor(body, start + 120));
            if let Some(t) = THAT.find(&body[start..window_end]) {
                let between: Vec<&str> =
                    body[start..start + t.start()].split_whitespace().collect();
                // Only past an adverbial or an addressee: "revealed in an
                // interview that", "told Geo News that"; not past an object
                // ("reiterated the stance that").
                let skippable = between
                    .first()
                    .is_none_or(|w| is_in(PAST_THAT, w) || w.ends_with("ly"))
                    || is_in(ADDRESSEE_VERBS, verb);
                if between.len() <= 12 && skippable {
                    start += t.end();
                    start += body[start..].len() - body[start..].trim_start().len();
                }
            }
            // "asked Hollins whether the observatory had warned …": a
            // question reported from its question word, past an addressee.
            if asks_whether(ctx, a) && start == a.verb_end + lead {
                let window = &body[start..window_end];
                let question = QUESTION_WORDS
                    .iter()
                    .flat_map(|q| window.match_indices(q))
                    .map(|(i, _)| i)
                    .filter(|&i| i == 0 || window.as_bytes().get(i - 1) == Some(&b' '))
                    .min();
                if let Some(i) = question.filter(|&i| window[..i].split_whitespace().count() <= 4) {
                    start += i;
                }
            }
            // "He told her he had watched every second": an object pronoun
            // as the addressee, then the reported clause.
            if start == a.verb_end + lead && is_in(ADDRESSEE_VERBS, verb) {
                let mut words = body[start..window_end].split_whitespace();
                if let (Some(object), Some(next)) = (words.next(), words.next()) {
                    let clause_opens = matches!(
                        next,
                        "he" | "she" | "they" | "it" | "we" | "I" | "the" | "a" | "an" | "there"
                    ) || next.starts_with(char::is_uppercase);
                    if matches!(object, "her" | "him" | "them" | "us" | "me") && clause_opens {
                        let skip = body[start..].find(object).map_or(0, |i| i + object.len());
                        start += skip;
                        start += body[start..].len() - body[start..].trim_start().len();
                    }
                }
            }
            bare = start == a.verb_end + lead;
            (start, s.end)
        };
        if start >= limit {
            continue;
        }
        let mut end = limit;
        if let Some(c) = CLAUSE_CUT.find(&body[start..limit]) {
            end = start + c.start();
        }
        // A later "…, X said" attribution ends this clause.
        if let Some(next) = attrs[Ctx::attrs_in(attrs, a.sentence)].iter().find(|b| {
            b.sentence == a.sentence
                && b.subj_start > start
                && b.subj_start < end
                && body[..b.subj_start].trim_end().ends_with(',')
        }) {
            end = body[..next.subj_start].trim_end().len() - 1;
        }
        let content =
            body[start..end].trim_end_matches(|c: char| c.is_whitespace() || ".,;:!?".contains(c));
        let end = start + content.len();
        if content.split_whitespace().count() < 3 {
            continue;
        }
        if bare && is_in(ADDRESSEE_VERBS, verb) && addressee_only(content) {
            continue;
        }
        // A clause holding a quoted fragment is reported too (a mixed
        // quote), unless the quote is nearly all of it: one word outside
        // is enough only when it is the clause's subject before the quote
        // ('that critics "have not read the text"', not 'of "grave harm"').
        let outside = outside_words(ctx, start, end);
        if outside == 0 || (outside == 1 && !subject_then_quote(ctx, start, end)) {
            continue;
        }
        // The clause begins with another speech verb: that one reports it.
        if attrs
            .iter()
            .any(|b| b.verb_start >= start && b.verb_start <= start + 1)
        {
            continue;
        }
        if out.iter().any(|q| q.start == start) {
            continue;
        }
        out.push(indirect_quote(
            ctx,
            attrs,
            a,
            (start, end),
            content.to_string(),
            Vec::new(),
        ));
    }
    out
}

/// The indirect quote of `span` that attribution `a` reports, with its
/// speaker resolved, its verb and its channel.
fn indirect_quote(
    ctx: &Ctx,
    attrs: &[Attr],
    a: &Attr,
    (start, end): (usize, usize),
    text: String,
    parts: Vec<(usize, usize)>,
) -> Quote {
    let speaker = a
        .subject
        .as_ref()
        .and_then(|r| resolve(ctx, r, start, attrs));
    Quote {
        start,
        end,
        text,
        mode: QuoteMode::Indirect,
        partial: false,
        parts,
        speaker,
        verb: Some(verb_text(ctx, a)),
        channel: channel(ctx, a.sentence),
    }
}

/// "asked Hollins whether …", "asks if …", "asked the minister why …": a
/// question reported after an asking verb, a question word
/// ([`QUESTION_WORDS`]) within its next five words.
fn asks_whether(ctx: &Ctx, a: &Attr) -> bool {
    let verb = ctx.body[a.verb_start..a.verb_end].to_lowercase();
    if !matches!(verb.as_str(), "asked" | "asks" | "ask") {
        return false;
    }
    ctx.body
        .get(a.verb_end..)
        .unwrap_or("")
        .split_whitespace()
        .take(5)
        .any(|w| QUESTION_WORDS.iter().any(|q| q.trim_end() == w))
}

/// Whether "that" opens what follows the verb, perhaps after an adverb
/// ("replied that the jet was …", "countered simply that …"): a verb that
/// otherwise reports only a quote before it reports the clause.
fn followed_by_that(ctx: &Ctx, a: &Attr) -> bool {
    let mut words = ctx.body.get(a.verb_end..).unwrap_or("").split_whitespace();
    match words.next() {
        Some("that") => true,
        Some(w) if w.ends_with("ly") => words.next() == Some("that"),
        _ => false,
    }
}

/// Words that open a reported question after "asked" ("asked Hollins
/// whether …", "asked the minister why …"), with the space after them.
const QUESTION_WORDS: &[&str] = &[
    "whether ", "if ", "why ", "how ", "when ", "what ", "where ", "who ",
];

/// Prepositions opening an adverbial after a speech verb's addressee.
const ADVERBIAL_PREPOSITIONS: &[&str] = &[
    "at",
    "in",
    "on",
    "outside",
    "inside",
    "after",
    "before",
    "during",
    "from",
    "via",
    "by",
    "near",
    "beside",
    "behind",
    "following",
    "later",
    "earlier",
];

/// True when the words after "told" are only an addressee and where or when
/// ("reporters at the pithead", "the crowd outside the hall"): nothing is
/// reported.
fn addressee_only(content: &str) -> bool {
    let words: Vec<&str> = content.split_whitespace().collect();
    let head = if words
        .first()
        .is_some_and(|w| is_in(&["the", "a", "an", "his", "her", "their", "its"], w))
    {
        2
    } else {
        1
    };
    words
        .get(head)
        .is_some_and(|w| is_in(ADVERBIAL_PREPOSITIONS, w))
}

/// Words that cannot be a clause's subject on their own.
const NOT_SUBJECT: &[&str] = &[
    "of", "in", "at", "to", "for", "from", "with", "by", "on", "about", "against", "as", "and",
    "but", "or", "the", "a", "an", "that", "this", "his", "her", "their", "its", "our", "was",
    "were", "is", "are", "be", "not", "no", "so", "very", "too", "then", "also",
];

/// True when `ctx.body[start..end]` is one word then a quotation running to
/// the end, the word a possible subject ("critics", "it").
fn subject_then_quote(ctx: &Ctx, start: usize, end: usize) -> bool {
    let body = ctx.body;
    let Some(m) = ctx.marks.iter().find(|m| m.open > start && m.open < end) else {
        return false;
    };
    let word = body[start..m.open].trim();
    !word.is_empty()
        && word.chars().all(|c| c.is_alphabetic() || c == '-')
        && !is_in(NOT_SUBJECT, word)
        && body.get(m.close..end).is_none_or(|t| t.trim().is_empty())
}

/// How many words of `ctx.body[start..end]` lie outside quotation marks.
pub(crate) fn outside_words(ctx: &Ctx, start: usize, end: usize) -> usize {
    let body = ctx.body;
    let mut outside = 0;
    let mut pos = start;
    for m in ctx.marks.iter().filter(|m| m.open < end && m.close > start) {
        if m.open > pos {
            outside += body[pos..m.open].split_whitespace().count();
        }
        pos = pos.max(m.close.min(end));
    }
    outside + body[pos..end].split_whitespace().count()
}

/// Words that may follow a speech verb at the end of a clause ("…, the army
/// said on Monday", "…, she told reporters").
const ADVERBIAL_START: &[&str] = &[
    "on",
    "in",
    "at",
    "yesterday",
    "today",
    "tonight",
    "earlier",
    "late",
    "last",
    "this",
    "during",
    "after",
    "before",
    "while",
    "when",
    "via",
    "to",
    "from",
    "through",
    "as",
    "shortly",
    "later",
    "again",
    "also",
    "reporters",
    "journalists",
];

/// Words that open an appositive after a named source ("according to
/// Stridelog, the running app …").
const APPOSITIVE_OPENERS: &[&str] = &[
    "the", "a", "an", "its", "his", "her", "their", "which", "who",
];

/// Participles that open a sentence with how the speaker was reached or
/// asked ("Asked whether she expected one, the commissioner said …"): the
/// phrase is the question, not reported content.
const ASKED_OPENERS: &[&str] = &[
    "asked",
    "pressed",
    "questioned",
    "quizzed",
    "challenged",
    "interviewed",
    "reached",
    "contacted",
    "approached",
];

/// For "…, Tarar reiterated." and "…, according to X.": the byte offset of
/// the comma that ends the reported content before the attribution.
fn free_content(ctx: &Ctx, a: &Attr, according: bool) -> Option<usize> {
    let body = ctx.body;
    let s = ctx.sentences.get(a.sentence)?;
    if a.inherited {
        return None;
    }
    let attr_start = if according || a.inverted {
        a.verb_start
    } else {
        a.subj_start
    };
    let pre = body[s.start..attr_start].trim_end();
    let comma = if pre.ends_with(',') {
        s.start + pre.len() - 1
    } else {
        // A short lead-in before the name: ", its regional director Sigrid
        // Orlan said", ", Velka's Foreign Ministry said" (an owner's name).
        let c = last_clause_comma(pre)?;
        let lead: Vec<&str> = pre[c + 1..].split_whitespace().collect();
        // An owner's name may open a role: ", Kestrair chief executive
        // Lionel Crathorne wrote".
        let lowercase = lead.iter().enumerate().all(|(i, w)| {
            w.chars().next().is_some_and(char::is_lowercase)
                || w.ends_with("'s")
                || w.ends_with("’s")
                || (i == 0 && lead.len() >= 3)
        });
        // ", but he wrote …": a coordinator opens a clause of its own; what
        // stands before it is another clause's, not what was written.
        let coordinated = lead.iter().any(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "but" | "and" | "yet" | "or" | "so"
            )
        });
        if lead.len() > 4 || !lowercase || coordinated {
            return None;
        }
        s.start + c
    };
    let content = &body[s.start..comma];
    let first = content
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    // Not an opening phrase ("Reiterating the demand, the minister said",
    // "At the talks, the minister said"), unless a clause of its own
    // follows the phrase ("At Pimbury Royal Infirmary, a backup generator
    // failed for 14 minutes, a spokeswoman said"); not a direct quote (its
    // own attribution).
    let clause_after_opener = content
        .split_once(',')
        .is_some_and(|(_, after)| after.split_whitespace().count() >= 4);
    if content.split_whitespace().count() < 4
        || first.ends_with("ing")
        || is_in(ASKED_OPENERS, &first)
        || (is_in(ADVERBIAL_START, &first) && !clause_after_opener)
        || body[a.verb_end..s.end]
            .trim_start_matches([',', ' ', ':'])
            .starts_with(['“', '"'])
    {
        return None;
    }
    let rest = body[a.verb_end..s.end].trim_start();
    // "…, said a spokesman for the Interior Ministry.": what follows the
    // verb is its subject.
    let ok = if according {
        // "…, according to Stridelog, the running app most of them used.":
        // an appositive after the source.
        match rest.split_once(',') {
            None => true,
            Some((_, after)) => {
                let first = after.split_whitespace().next().unwrap_or("");
                !after.contains(',') && is_in(APPOSITIVE_OPENERS, first)
            }
        }
    } else if a.inverted {
        true
    } else {
        let first = rest
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        rest.is_empty()
            || rest.starts_with(['.', ',', ';', '!', '?'])
            || is_in(ADVERBIAL_START, first)
            || (rest.split_whitespace().count() <= 3 && !THAT.is_match(rest))
    };
    ok.then_some(comma)
}
