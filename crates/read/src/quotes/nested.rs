//! Quotes inside quotes: ‘…’ within “…” introduced inside the outer quote
//! ("“He said, ‘Don’t worry,’ and then the line went dead,” she said").
//!
//! Only a nested quote right after a pronoun and a speech verb inside the
//! outer quote gets its own record: "I/we said" is the outer speaker,
//! "he/she said" the person the pronoun stands for outside the quote (never
//! the outer speaker, never guessed). Other nested quotes ("they told us
//! ‘…’") stay part of their outer quote only.

use std::sync::LazyLock;

use regex::Regex;

use super::attrib::{Attr, Ref};
use super::marks;
use super::resolve::resolve;
use super::{Ctx, Quote, QuoteMode};

/// A pronoun and a speech verb ending the outer quote's words before the
/// nested quote.
static INTRO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[\s,;.!?])(he|she|i|we)\s+(said|says|told\s+(?:me|us|him|her|them)|asked|replied|wrote|added|shouted|warned)\s*[,:]?\s*$")
        .unwrap_or_else(|e| panic!("nested intro pattern: {e}"))
});

/// Records for the nested quotes of `outer` (direct quotes) that have their
/// own attribution inside the outer quote.
pub(crate) fn nested_quotes(ctx: &Ctx, attrs: &[Attr], outer: &[Quote]) -> Vec<Quote> {
    let body = ctx.body;
    let mut out = Vec::new();
    for n in marks::nested(body) {
        let Some(q) = outer
            .iter()
            .find(|q| q.mode == QuoteMode::Direct && q.start <= n.open && n.open < q.end)
        else {
            continue;
        };
        let Some(c) = body.get(q.start..n.open).and_then(|t| INTRO.captures(t)) else {
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
        // The nested quote's words run to its closing mark: a comma inside
        // it is its own ("‘Don’t worry,’ and then"), not the outer quote's.
        let end = body
            .get(..n.close)
            .and_then(|t| t.char_indices().next_back())
            .map_or(n.end, |(i, _)| body[..i].trim_end().len())
            .max(n.end);
        out.push(Quote {
            start: n.start,
            end,
            text: body[n.start..end].to_string(),
            mode: QuoteMode::Direct,
            partial: false,
            parts: Vec::new(),
            speaker,
            verb: Some(verb.as_str().to_string()),
            channel: None,
        });
    }
    out
}
