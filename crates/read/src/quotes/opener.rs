//! Indirect quotes introduced by a statement channel: a sentence whose
//! opening adverbial names a statement, a post, an interview, a letter or
//! the act of speaking ("In a statement on X, …", "In an interview with …",
//! "Speaking to reporters, …") reports what its subject said, whatever the
//! main verb ("placed the blame on …", "urged …", "accused …").
//!
//! The speaker is the clause's subject (a name, a title, a pronoun, a
//! group: resolved as for any attribution); the reported span is the main
//! clause after the verb, cut where an indirect quote's clause is cut; the
//! channel is the sentence's, else the adverbial's ("post on X",
//! "statement", "interview").
//!
//! It does not read sentences with a speech verb before or at the main verb
//! (the attribution rules report them), openers that name no speech ("In a separate development,
//! …"), subjects it cannot find, or a verb followed by "to" ("declined to
//! comment on …": no content reported).

use std::sync::LazyLock;

use regex::Regex;

use super::attrib::Attr;
use super::channel::channel;
use super::indirect::{outside_words, CLAUSE_CUT};
use super::lexicon::is_in;
use super::resolve::resolve;
use super::subject::{last_word, subject_left, DETERMINERS};
use super::{Ctx, Quote, QuoteMode};

/// An opening adverbial that names a statement or a channel, up to the
/// comma that ends it (a comma inside it is not allowed: "In a statement,
/// the ministry …" and "In a post on X, she …" both end at their first).
static OPENER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:[Ii]n\s+(?:(?:a|an|his|her|their|its|the)\s+)?(?:[\p{L}\-]+\s+){0,3}?(?P<noun>statement|post|tweet|message|interview|letter|speech|address|briefing|remarks|comments|video|op-ed|article|column|broadcast|communiqu[eé]|press\s+(?:conference|release|briefing)|news\s+conference)(?-u:\b)|(?:Speaking|Writing|Posting|Addressing)(?-u:\b))(?P<rest>[^,;:“”\x22\n]{0,100}),\s+",
    )
    .unwrap_or_else(|e| panic!("opener pattern: {e}"))
});

/// A platform named in the adverbial ("on social media platform X").
static PLATFORM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:on|via)\s+(?:(?:the|social|media|platform)\s+)*(?P<p>X|Twitter|Facebook|Instagram|Telegram|TikTok|YouTube|LinkedIn|Threads|Bluesky|Truth\s+Social|WhatsApp|Weibo)(?-u:\b)")
        .unwrap_or_else(|e| panic!("platform pattern: {e}"))
});

/// Irregular past forms that may be the clause's main verb ("put the blame
/// on", "laid out", "made clear").
const IRREGULAR_PAST: &[&str] = &[
    "put", "laid", "made", "took", "gave", "held", "set", "struck", "threw", "drew", "sent",
    "sought", "brought", "kept", "cast", "spoke", "shot",
];

/// Words ending in "s" or "ed" that are not a main verb of their own.
const NOT_MAIN_VERBS: &[&str] = &[
    "is", "was", "has", "does", "as", "its", "this", "his", "us", "thus", "plus", "less", "yes",
    "whereas", "needed", "indeed",
];

/// Words a verb's subject may not end with before the verb: a clause
/// introduced this way is subordinate ("In a statement, after the ministry
/// reported …").
const SUBORDINATORS: &[&str] = &[
    "when", "if", "after", "before", "while", "as", "because", "since", "although", "though",
    "that", "which", "who",
];

/// How many words after the adverbial the verb may come (a long title and
/// name: "Pakistan's Minister for Information and Broadcasting Attaullah
/// Tarar").
const MAX_SUBJECT_WORDS: usize = 10;

/// The indirect quotes of sentences opened by a statement channel, skipping
/// sentences with an attribution of their own and spans `existing` quotes
/// already cover.
pub(crate) fn opener_quotes(ctx: &Ctx, attrs: &[Attr], existing: &[Quote]) -> Vec<Quote> {
    let body = ctx.body;
    let mut out = Vec::new();
    for (si, s) in ctx.sentences.iter().enumerate() {
        let text = &body[s.start..s.end];
        // Cheap test first: most sentences open otherwise.
        if !(text.starts_with("In ")
            || text.starts_with("in ")
            || text.starts_with("Speaking")
            || text.starts_with("Writing")
            || text.starts_with("Posting")
            || text.starts_with("Addressing"))
        {
            continue;
        }
        if ctx.in_headline(s.start) {
            continue;
        }
        let Some(c) = OPENER.captures(text) else {
            continue;
        };
        let Some(all) = c.get(0) else { continue };
        let subject_start = s.start + all.end();
        let Some((verb_start, verb_end, subject)) = main_verb(ctx, subject_start, s.end) else {
            continue;
        };
        // A speech verb up to the main verb: the attribution rules read it.
        if attrs[Ctx::attrs_in(attrs, si)]
            .iter()
            .any(|a| a.verb_start < verb_end)
        {
            continue;
        }
        let Some((start, end)) = clause(ctx, verb_end, s.end) else {
            continue;
        };
        if existing
            .iter()
            .chain(&out)
            .any(|q: &Quote| q.start < end && start < q.end)
        {
            continue;
        }
        let channel = channel(ctx, si).or_else(|| {
            let adverbial = c.get(0).map_or("", |m| m.as_str());
            if let Some(p) = PLATFORM.captures(adverbial).and_then(|p| p.name("p")) {
                return Some(format!(
                    "post on {}",
                    p.as_str().split_whitespace().collect::<Vec<_>>().join(" ")
                ));
            }
            c.name("noun")
                .map(|n| n.as_str().split_whitespace().collect::<Vec<_>>().join(" "))
        });
        out.push(Quote {
            start,
            end,
            text: body[start..end].to_string(),
            mode: QuoteMode::Indirect,
            partial: false,
            parts: Vec::new(),
            speaker: resolve(ctx, &subject, start, attrs),
            verb: Some(body[verb_start..verb_end].to_string()),
            channel,
        });
    }
    out
}

/// The clause's main verb after a subject starting at `from`: the first
/// verb-like word (past "-ed" or irregular, or present "-s") whose subject
/// phrase starts exactly at `from`. Its span and the subject.
fn main_verb(ctx: &Ctx, from: usize, s_end: usize) -> Option<(usize, usize, super::attrib::Ref)> {
    let body = ctx.body;
    let mut pos = from;
    for _ in 0..MAX_SUBJECT_WORDS {
        let rest = &body[pos..s_end];
        let lead = rest.len() - rest.trim_start().len();
        let ws = pos + lead;
        let word_len = body[ws..s_end]
            .find(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '’'))
            .unwrap_or(s_end - ws);
        if word_len == 0 {
            // Punctuation between words (an aside's commas): step over it.
            let c = body[ws..s_end].chars().next()?;
            pos = ws + c.len_utf8();
            continue;
        }
        let we = ws + word_len;
        let w = &body[ws..we];
        if verb_like(w) {
            if let Some((r, start)) = subject_left(ctx, from, ws) {
                // The subject phrase fills the words after the adverbial
                // (a determiner before a group left out: "the union").
                let lead_in = body[from..start.max(from)].split_whitespace();
                if start < from
                    || !lead_in.clone().all(|w| is_in(DETERMINERS, w))
                    || lead_in.count() > 1
                    || last_word(body, from, start).is_some_and(|(_, p)| is_in(SUBORDINATORS, p))
                {
                    return None;
                }
                return Some((ws, we, r));
            }
        }
        pos = we;
    }
    None
}

/// A lower-case word that may be a finite main verb.
fn verb_like(w: &str) -> bool {
    if !w.bytes().all(|b| b.is_ascii_lowercase()) || is_in(NOT_MAIN_VERBS, w) {
        return false;
    }
    is_in(IRREGULAR_PAST, w)
        || (w.len() > 3 && w.ends_with("ed"))
        || (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us"))
}

/// The reported clause after the verb ending at `verb_end`: up to the
/// clause cut, trailing punctuation left out; `None` when it is an
/// infinitive ("to comment"), a quotation, or under three words.
fn clause(ctx: &Ctx, verb_end: usize, s_end: usize) -> Option<(usize, usize)> {
    let body = ctx.body;
    let rest = &body[verb_end..s_end];
    let start = verb_end + (rest.len() - rest.trim_start().len());
    let tail = &body[start..s_end];
    if tail.starts_with("to ") || tail.starts_with(['“', '"', '‘', '\'', ',', ':', ';']) {
        return None;
    }
    let end = CLAUSE_CUT.find(tail).map_or(s_end, |c| start + c.start());
    let content =
        body[start..end].trim_end_matches(|c: char| c.is_whitespace() || ".,;:!?".contains(c));
    if content.split_whitespace().count() < 3 {
        return None;
    }
    // Nearly all quoted: the direct quote reports it.
    let end = start + content.len();
    (outside_words(ctx, start, end) >= 2).then_some((start, end))
}
