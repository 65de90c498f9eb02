//! Quotes inside quotes: ‘…’ within “…” introduced inside the outer quote
//! ("“He said, ‘Don’t worry,’ and then the line went dead,” she said").
//!
//! Only a nested quote right after a speech verb inside the outer quote
//! gets its own record (with no speaker when its subject names no one:
//! "the guard came through and said, ‘…’"): "I/we said" is the outer speaker, "he/she said" the
//! person the pronoun stands for outside the quote (never the outer
//! speaker, never guessed); "my son Jannik … said" or "my husband … said"
//! the relative the report names ("Jannik Aldeman"; "Her husband, Arno
//! Orsel"), else no one; "Ilka looked up and said" the person named. Other
//! nested quotes ("they told us ‘…’") stay part of their outer quote only.

use std::sync::LazyLock;

use regex::Regex;

use super::attrib::{Attr, Ref};
use super::lexicon::{is_in, TIME_WORDS, TITLE_REF_AT_END};
use super::marks;
use super::names::{Kind, Mention};
use super::resolve::resolve;
use super::subject::title_words;
use super::{Ctx, Quote, QuoteMode, Speaker, SpeakerLink};

/// A pronoun and a speech verb ending the outer quote's words before the
/// nested quote.
static INTRO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[\s,;.!?])(he|she|i|we)\s+(said|says|told\s+(?:me|us|him|her|them)|asked|replied|wrote|added|shouted|warned|whispered|muttered|murmured|cried|screamed|exclaimed)\s*[,:]?\s*$")
        .unwrap_or_else(|e| panic!("nested intro pattern: {e}"))
});

/// A speech verb ending the outer quote's words before the nested quote,
/// whoever its subject is.
static VERB_INTRO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(said|says|told\s+(?:me|us|him|her|them)|asked|asks|replied|shouted|warned|called|yelled|whispered|muttered|murmured|cried|screamed|exclaimed|(?:was|were|is|are|kept)\s+(?:shouting|saying|asking|yelling|calling))(?:\s+(?:on|in|at|that|last|this|yesterday|today|once|again|then)(?:\s+[a-z0-9]+){0,2})?\s*[,:]?\s*$")
        .unwrap_or_else(|e| panic!("nested verb pattern: {e}"))
});

/// The name written as the subject of a speech verb at `verb` inside the
/// outer quote starting at `quote`: the last capitalised word of the
/// verb's clause that does not open the quote or a sentence, as the report
/// names that person outside the quotes where it does ("Ilka" and "her
/// daughter Ilka"), else as written.
fn named_subject(ctx: &Ctx, quote: usize, verb: usize) -> Option<Speaker> {
    let clause = ctx.body.get(quote..verb)?;
    let from = clause.rfind(['.', ';', '!', '?']).map_or(0, |i| i + 1);
    let clause = &clause[from..];
    let mut words = Vec::new();
    let mut at = quote + from;
    for w in clause.split(' ') {
        // The first word opens the clause (see below); spaces are no words.
        if !w.is_empty() {
            words.push((at, w));
        }
        at += w.len() + 1;
    }
    // The clause's first word is a name only when the report names a
    // person so outside the quotes ("Kit was shouting, ‘…’" and "Kit
    // Trewarren, 44, bundled …").
    let opener_named = words.first().is_some_and(|&(_, w)| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        ctx.mentions.iter().any(|m| {
            m.kind == Kind::Person
                && !ctx.in_mark(m.start)
                && ctx
                    .body
                    .get(m.start..m.end)
                    .is_some_and(|t| t.split_whitespace().next() == Some(w))
        })
    });
    let (start, word) = words
        .iter()
        .skip(usize::from(!opener_named))
        .rev()
        .map(|&(s, w)| {
            let t = w.trim_matches(|c: char| !c.is_alphanumeric());
            (s + w.find(t).unwrap_or(0), t)
        })
        .find(|(s, w)| {
            // "a voice from Ashcarrow said": a name after a preposition is
            // not the verb's subject.
            let after_preposition = ctx.body.get(..*s).is_some_and(|b| {
                let prev = b.trim_end().rsplit(' ').next().unwrap_or("");
                is_in(
                    &["from", "in", "of", "at", "with", "to", "near", "for"],
                    prev,
                )
            });
            w.len() > 1
                && !after_preposition
                && w.starts_with(char::is_uppercase)
                && w.chars().skip(1).all(char::is_lowercase)
                && !is_in(TIME_WORDS, w)
        })?;
    let outside = ctx.mentions.iter().rev().find(|m| {
        !ctx.in_mark(m.start)
            && ctx
                .body
                .get(m.start..m.end)
                .is_some_and(|t| t.split_whitespace().next() == Some(word))
    });
    Some(match outside {
        Some(m) => {
            let full = ctx.mentions.get(m.full).unwrap_or(m);
            ctx.speaker(full.start, full.end, SpeakerLink::NameBefore)
        }
        None => ctx.speaker(start, start + word.len(), SpeakerLink::NameBefore),
    })
}

/// Whether the speech verb at `verb` inside the outer quote starting at
/// `quote` has someone unnamed as its subject: an article and a common
/// noun in its clause ("the guard came through … and said", "a voice from
/// the capital said"), not a pronoun ("they told us").
fn unnamed_subject(ctx: &Ctx, quote: usize, verb: usize) -> bool {
    let Some(clause) = ctx.body.get(quote..verb) else {
        return false;
    };
    let from = clause.rfind(['.', ';', '!', '?']).map_or(0, |i| i + 1);
    let words: Vec<&str> = clause[from..].split_whitespace().collect();
    let pronoun_before = words.last().is_some_and(|w| {
        is_in(
            &["they", "you", "he", "she", "i", "we", "it", "who"],
            &w.to_lowercase(),
        )
    });
    let article_noun = words.windows(2).any(|p| {
        is_in(
            &[
                "the", "a", "an", "every", "each", "some", "another", "one", "any",
            ],
            &p[0].to_lowercase(),
        ) && p[1].starts_with(char::is_lowercase)
    });
    article_noun && !pronoun_before
}

/// The holder of a title written as the subject of a speech verb at `verb`
/// inside the outer quote starting at `quote` ("The commissioner told us
/// on day one, ‘…’"), as the report names that holder.
fn title_subject(ctx: &Ctx, quote: usize, verb: usize, attrs: &[Attr]) -> Option<Speaker> {
    let clause = ctx.body.get(quote..verb)?;
    let from = clause.rfind(['.', ';', '!', '?', ',']).map_or(0, |i| i + 1);
    let text = clause[from..].trim_end();
    let c = TITLE_REF_AT_END.captures(text)?;
    let (all, g) = (c.get(0)?, c.get(1)?);
    let start = quote + from + all.start();
    let r = Ref::Title {
        start,
        end: quote + from + all.end(),
        words: title_words(g.as_str()),
    };
    resolve(ctx, &r, start, attrs)
}

/// A relative or close person of the outer speaker ("my son Jannik", "my
/// husband") as the subject of a speech verb ending the outer quote's words
/// before the nested quote.
static KIN_INTRO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[\s,;.!?“‘\x22])(?:my|our)\s+(son|daughter|husband|wife|mother|father|brother|sister|partner|friend|neighbou?r|boss|colleague)(?:\s+([^\s,.;:!?]+))?[^‘’“”\x22]{0,80}?\b(said|says|told\s+(?:me|us|him|her|them)|asked|replied|wrote|added|shouted|warned|called|yelled)\s*[,:]?\s*$")
        .unwrap_or_else(|e| panic!("nested kin pattern: {e}"))
});

/// The relative a kin intro names, as the report names them outside the
/// quotes: by the first name written after the kin noun ("my son Jannik" →
/// "Jannik Aldeman"), else by an appositive with the same kin noun ("Her
/// husband, Arno Orsel"), the nearest to the quote. `None` when the report
/// names no one so.
fn relative(ctx: &Ctx, quote_at: usize, kin: &str, name: Option<&str>) -> Option<Speaker> {
    let people = || {
        ctx.mentions
            .iter()
            .filter(|m| m.kind == Kind::Person && !ctx.in_mark(m.start))
    };
    let nearest = |ms: Vec<&Mention>| {
        ms.into_iter()
            .min_by_key(|m| m.start.abs_diff(quote_at))
            .map(|m| {
                let full = ctx.mentions.get(m.full).unwrap_or(m);
                let how = if full.start > quote_at {
                    SpeakerLink::NameAfter
                } else {
                    SpeakerLink::NameBefore
                };
                ctx.speaker(full.start, full.end, how)
            })
    };
    if let Some(name) = name.filter(|n| n.starts_with(char::is_uppercase)) {
        let named: Vec<&Mention> = people()
            .filter(|m| {
                ctx.body
                    .get(m.start..m.end)
                    .is_some_and(|t| t.split_whitespace().next() == Some(name))
            })
            .collect();
        if !named.is_empty() {
            return nearest(named);
        }
    }
    let kin = kin.to_lowercase();
    let appositive: Vec<&Mention> = people()
        .filter(|m| {
            let before = ctx.body.get(..m.lead).unwrap_or("").trim_end();
            let before = before.strip_suffix(',').unwrap_or(before).trim_end();
            let words: Vec<String> = before
                .rsplit(char::is_whitespace)
                .take(2)
                .map(str::to_lowercase)
                .collect();
            words.first().is_some_and(|w| *w == kin)
                && words
                    .get(1)
                    .is_some_and(|w| matches!(w.as_str(), "her" | "his" | "their" | "the"))
        })
        .collect();
    nearest(appositive)
}

/// Records for the nested quotes of `outer` (direct quotes) that have their
/// own attribution inside the outer quote.
pub(crate) fn nested_quotes(ctx: &Ctx, attrs: &[Attr], outer: &[Quote]) -> Vec<Quote> {
    let body = ctx.body;
    let mut out = Vec::new();
    for n in &ctx.nested {
        let Some(q) = outer
            .iter()
            .find(|q| q.mode == QuoteMode::Direct && q.start <= n.open && n.open < q.end)
        else {
            continue;
        };
        let Some(before) = body.get(q.start..n.open) else {
            continue;
        };
        if let Some(c) = KIN_INTRO.captures(before) {
            let (Some(kin), Some(verb)) = (c.get(1), c.get(3)) else {
                continue;
            };
            let speaker = relative(ctx, q.start, kin.as_str(), c.get(2).map(|m| m.as_str()));
            out.push(inner(body, n, speaker, verb.as_str()));
            continue;
        }
        let Some(c) = INTRO.captures(before) else {
            // "Ilka looked up at the board and said, ‘…’": the person named
            // inside the outer quote as the speech verb's subject.
            if let Some(verb) = VERB_INTRO.captures(before).and_then(|c| c.get(1)) {
                let verb_at = q.start + verb.start();
                // "the guard came through and said, ‘…’": a speaker the
                // report does not name is no one, never the outer speaker.
                let speaker = named_subject(ctx, q.start, verb_at)
                    .or_else(|| title_subject(ctx, q.start, verb_at, attrs))
                    .filter(|s| q.speaker.as_ref().is_none_or(|o| o.text != s.text));
                if speaker.is_some() || unnamed_subject(ctx, q.start, verb_at) {
                    out.push(inner(body, n, speaker, verb.as_str()));
                }
            }
            continue;
        };
        let (Some(who), Some(verb)) = (c.get(1), c.get(2)) else {
            continue;
        };
        let word = who.as_str().to_lowercase();
        let open = ctx
            .marks
            .iter()
            .find(|m| m.start == q.start)
            .map_or(q.start, |m| m.open);
        let speaker = match word.as_str() {
            "i" | "we" => q.speaker.clone(),
            "he" | "she" => resolve(ctx, &Ref::Pronoun { at: open, word }, open, attrs)
                .filter(|s| q.speaker.as_ref().is_none_or(|o| o.text != s.text)),
            _ => None,
        };
        out.push(inner(body, n, speaker, verb.as_str()));
    }
    out
}

/// The record of nested quote `n`. Its words run to its closing mark: a
/// comma inside it is its own ("‘Don’t worry,’ and then"), not the outer
/// quote's.
fn inner(body: &str, n: &marks::Marked, speaker: Option<Speaker>, verb: &str) -> Quote {
    let end = body
        .get(..n.close)
        .and_then(|t| t.char_indices().next_back())
        .map_or(n.end, |(i, _)| body[..i].trim_end().len())
        .max(n.end);
    Quote {
        start: n.start,
        end,
        text: body.get(n.start..end).unwrap_or("").to_string(),
        mode: QuoteMode::Direct,
        partial: false,
        parts: Vec::new(),
        speaker,
        verb: Some(verb.to_string()),
        channel: None,
    }
}
