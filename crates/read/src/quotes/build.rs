//! Quotes assembled from quoted spans and attributions.
//!
//! Direct: each outermost quoted span takes the attribution right after it
//! (`“…,” he said`), else the last one before it in its sentence; split
//! quotes are merged; an unattributed full sentence continues the previous
//! quote's speaker; an unattributed fragment is a scare quote and dropped.
//! Indirect: each attribution not used by a direct quote reports the clause
//! after its verb (after "that" when it comes), or, for "…, Tarar
//! reiterated.", the clause before its subject. A reported clause holding a
//! quoted fragment is left to that partial direct quote.

use std::sync::LazyLock;

use regex::Regex;

use super::attrib::{Attr, AFTER_ONLY};
use super::lexicon::{is_in, CHANNEL, CHANNEL_NAMED, NAMING_BEFORE};
use super::marks::Marked;
use super::names::{floor, Kind};
use super::resolve::resolve;
use super::subject::sentence_subject;
use super::{Ctx, Quote, QuoteMode, SpeakerLink};

/// Verbs that take a quote but do not report a clause ("called it …").
const NO_INDIRECT: &[&str] = &[
    "called",
    "calls",
    "calling",
    "described",
    "describes",
    "describing",
    "posted",
    "tweeted",
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
];

/// Verbs taking an addressee before "that" ("told reporters that").
const ADDRESSEE_VERBS: &[&str] = &[
    "told", "tells", "tell", "telling", "informed", "assured", "reminded", "remind", "warned",
    "warning", "briefed", "promised",
];

/// Largest gap between a closing mark and its attribution ("," and spaces).
const AFTER_GAP: usize = 14;

fn verb_text(ctx: &Ctx, a: &Attr) -> String {
    ctx.body[a.verb_start..a.verb_end]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The attribution right after a quoted span, in its sentence.
fn after_attr(ctx: &Ctx, attrs: &[Attr], si: usize, m: &Marked) -> Option<usize> {
    let range = Ctx::attrs_in(attrs, si);
    let base = range.start;
    attrs[range]
        .iter()
        .position(|a| {
            let p = if a.inverted {
                a.verb_start
            } else {
                a.subj_start
            };
            a.sentence == si
                && !a.inherited
                && p >= m.close
                && p - m.close <= AFTER_GAP
                && AFTER_GAP_TEXT.is_match(&ctx.body[m.close..p])
        })
        .map(|i| base + i)
}

/// What may stand between a closing mark and its attribution: punctuation
/// and a determiner ("…,” the joint statement said).
static AFTER_GAP_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[\s,;:—–\-]*(?:(?:the|a|an|its|his|her|their|our|one)\s+)?$")
        .unwrap_or_else(|e| panic!("gap pattern: {e}"))
});

/// The last attribution before a quoted span in its sentence; when that one
/// sits inside an earlier one's "that" clause ("Tarar added that Islamabad
/// had asked …"), the outer one.
fn before_attr(ctx: &Ctx, attrs: &[Attr], si: usize, m: &Marked) -> Option<usize> {
    let body = ctx.body;
    let range = Ctx::attrs_in(attrs, si);
    let base = range.start;
    let last = base
        + attrs[range].iter().rposition(|a| {
            a.sentence == si
                && a.verb_end <= m.open
                && (!is_in(AFTER_ONLY, &body[a.verb_start..a.verb_end])
                    || body[a.verb_end..m.open].trim() == ":")
        })?;
    let inner = &attrs[last];
    if inner.inherited || inner.inverted {
        return Some(last);
    }
    let outer = attrs[base..last].iter().rposition(|e| {
        e.sentence == si && !e.inherited && e.verb_end <= inner.subj_start && {
            let between = &body[e.verb_end..inner.subj_start];
            THAT.is_match(between)
                && !between.contains([';', '“', '”', '"'])
                && !CLAUSE_BREAK.is_match(between)
                && between.split_whitespace().count() <= 15
        }
    });
    Some(outer.map_or(last, |i| base + i))
}

/// A clause break between two attributions ("…, but X said").
static CLAUSE_BREAK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:,\s*|\s)(?:but|while|whereas|although|though|and)\s")
        .unwrap_or_else(|e| panic!("clause-break pattern: {e}"))
});

/// Where the quote was given, said in the sentence (outside quotes).
fn channel(ctx: &Ctx, si: usize) -> Option<String> {
    let s = ctx.sentences.get(si)?;
    let text = &ctx.body[s.start..s.end];
    for c in CHANNEL.captures_iter(text) {
        let Some(all) = c.get(0) else { continue };
        if ctx.in_mark(s.start + all.start()) {
            continue;
        }
        let written = all
            .as_str()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if let Some(p) = c.name("stmt") {
            return Some(p.as_str().split_whitespace().collect::<Vec<_>>().join(" "));
        }
        if let Some(p) = c.name("took") {
            return Some(format!("post on {}", p.as_str()));
        }
        if c.name("interview").is_some() {
            let l = written.to_lowercase();
            let kind = if l.contains("tv")
                || l.contains("television")
                || l.contains("channel")
                || l.contains("broadcaster")
            {
                "TV interview"
            } else if l.contains("radio") {
                "radio interview"
            } else {
                "interview"
            };
            // A named outlet beats the kind ("interview with Geo News").
            if let Some(named) = named_channel(ctx, s.start, text) {
                return Some(named);
            }
            return Some(kind.to_string());
        }
        return Some(written);
    }
    named_channel(ctx, s.start, text)
}

fn named_channel(ctx: &Ctx, s0: usize, text: &str) -> Option<String> {
    for c in CHANNEL_NAMED.captures_iter(text) {
        let Some(n) = c.name("name") else { continue };
        let start = s0 + n.start();
        if ctx.in_mark(start) {
            continue;
        }
        let is_outlet = ctx.mentions.iter().any(|m| {
            m.kind == Kind::Name
                && m.start <= start
                && start < m.end.max(m.start + 1)
                && m.end - m.start > 1
        });
        if is_outlet && n.as_str().split_whitespace().count() >= 2 {
            return Some(n.as_str().to_string());
        }
    }
    None
}

/// The attribution of the previous sentence when it ends with a colon
/// ("He said:" then the quote on its own line).
fn colon_before(ctx: &Ctx, attrs: &[Attr], si: usize) -> Option<usize> {
    let prev = ctx.sentences.get(si.checked_sub(1)?)?;
    if !ctx.body[prev.start..prev.end].trim_end().ends_with(':') {
        return None;
    }
    let range = Ctx::attrs_in(attrs, si - 1);
    let base = range.start;
    attrs[range]
        .iter()
        .rposition(|a| a.subject.is_some())
        .map(|i| base + i)
}

/// Direct quotes.
pub(crate) fn direct(ctx: &Ctx, attrs: &[Attr]) -> Vec<Quote> {
    let body = ctx.body;
    let mut out: Vec<Quote> = Vec::new();
    // Per emitted quote: its sentence and the attribution after it.
    let mut meta: Vec<(usize, Option<usize>, bool)> = Vec::new();
    for (mi, m) in ctx.marks.iter().enumerate() {
        let Some(si) = ctx.sentence_at(m.open) else {
            continue;
        };
        if ctx.in_headline(m.open) {
            continue;
        }
        let s = &ctx.sentences[si];
        let from = floor(body, m.open.saturating_sub(80)).max(s.start);
        if NAMING_BEFORE.is_match(&body[from..m.open]) {
            continue;
        }
        let inner = &body[m.start..m.end];
        if inner.chars().count() < 2 {
            continue; // "rock 'n' roll"
        }
        let lower_start = inner.chars().next().is_some_and(char::is_lowercase);
        // A short Title Case fragment inside a sentence names a work or a
        // thing ("the film "Blue River""), it does not quote anyone.
        let words: Vec<&str> = inner.split_whitespace().collect();
        let title_case = words.len() <= 5
            && !inner.ends_with(['?', '!'])
            && words.iter().all(|w| {
                w.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
            });
        if title_case && m.open > s.start && !body[s.start..m.open].trim_end().ends_with([':', ','])
        {
            continue;
        }
        let after = after_attr(ctx, attrs, si, m);
        let before = before_attr(ctx, attrs, si, m);
        // A split quote: the previous quote's attribution, then this one.
        if let (Some(b), Some(q), Some(&(psi, Some(pa), comma))) =
            (before, out.last_mut(), meta.last())
        {
            let a = &attrs[b];
            let gap = &body[a.verb_end..m.open];
            let joins = psi == si
                && pa == b
                && after.is_none()
                && gap.len() <= 60
                && gap.trim_end().ends_with([',', ':'])
                && !gap.contains(['“', '”', '"']);
            if joins && q.parts.len() < 4 && (lower_start || comma) {
                if q.parts.is_empty() {
                    q.parts.push((q.start, q.end));
                }
                q.parts.push((m.start, m.end));
                q.end = m.end;
                q.text = format!("{} {}", q.text, inner);
                continue;
            }
        }
        // An attribution ending right before the mark beats one after it
        // ("what Dask called "a campaign", the Foreign Office said").
        let adjacent_before = before.filter(|&b| {
            body[attrs[b].verb_end..m.open]
                .chars()
                .all(|c| c.is_whitespace() || ",:".contains(c))
        });
        let chosen = adjacent_before.or(after).or(before);
        let words = inner.split_whitespace().count();
        let full_sentence = !lower_start && words >= 3;
        let (speaker, verb, partial) = match chosen {
            Some(ai) => {
                let a = &attrs[ai];
                let speaker = a
                    .subject
                    .as_ref()
                    .and_then(|r| resolve(ctx, r, m.start, attrs));
                let prev = body[..m.open].trim_end().chars().last();
                let embedded = after.is_none()
                    && prev.is_some_and(char::is_alphanumeric)
                    && a.verb_end + 2 < m.open;
                (speaker, Some(verb_text(ctx, a)), lower_start || embedded)
            }
            None if body[s.start..m.open].trim_end().ends_with(':') => {
                // "Çavuşel put it plainly: "…"": the sentence's subject.
                let speaker = sentence_subject(ctx, s.start, m.open)
                    .and_then(|r| resolve(ctx, &r, m.start, attrs));
                (speaker, None, lower_start)
            }
            None if s.start == m.open && colon_before(ctx, attrs, si).is_some() => {
                // "He said:" closing the sentence before the quote.
                let a = colon_before(ctx, attrs, si).and_then(|ai| attrs.get(ai));
                let speaker = a
                    .and_then(|a| a.subject.as_ref())
                    .and_then(|r| resolve(ctx, r, m.start, attrs));
                (speaker, a.map(|a| verb_text(ctx, a)), false)
            }
            None => {
                if !full_sentence {
                    continue;
                }
                // A continuation: right after a quote in the same paragraph,
                // or after a quote that ran on into this paragraph.
                let prev = out
                    .last()
                    .zip(ctx.marks.get(mi.wrapping_sub(1)))
                    .filter(|(q, pm)| {
                        ctx.line_of(q.start) == ctx.line_of(m.open)
                            || (pm.runs_on && q.end == pm.end && s.start == m.open)
                    })
                    .map(|(q, _)| q);
                let speaker = prev.and_then(|q| q.speaker.clone()).map(|mut sp| {
                    sp.how = SpeakerLink::Continuation;
                    sp
                });
                (speaker, None, false)
            }
        };
        let mut chan = channel(ctx, si);
        if chan.is_none() {
            if let Some(q) = out.last() {
                let same_speaker =
                    q.speaker.as_ref().map(|s| &s.text) == speaker.as_ref().map(|s| &s.text);
                if same_speaker && ctx.line_of(q.start) == ctx.line_of(m.open) {
                    chan = q.channel.clone();
                }
            }
        }
        out.push(Quote {
            start: m.start,
            end: m.end,
            text: inner.to_string(),
            mode: QuoteMode::Direct,
            partial,
            parts: Vec::new(),
            speaker,
            verb,
            channel: chan,
        });
        meta.push((si, after, m.comma));
    }
    out
}

/// A dateline opening a report: a capitalised place, an optional date and
/// credit, then a dash or colon.
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{Lu}[\p{Lu}\p{M} .'\-]{1,40}(?:,[^–—:\n]{0,40})?\s*(?:[–—:]|\s-)\s+")
        .unwrap_or_else(|e| panic!("dateline pattern: {e}"))
});

static THAT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)that(?-u:\b)").unwrap_or_else(|e| panic!("that pattern: {e}"))
});

static CLAUSE_CUT: LazyLock<Regex> = LazyLock::new(|| {
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
    for (ai, a) in attrs.iter().enumerate() {
        let verb = &body[a.verb_start..a.verb_end];
        if a.subject.is_none() || is_in(AFTER_ONLY, verb) || is_in(NO_INDIRECT, verb) {
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
        let (start, limit) = if let Some(comma) = free {
            let content =
                body[s.start..].trim_start_matches(|c: char| c.is_whitespace() || c == '•');
            let mut start = s.start + (body[s.start..].len() - content.len());
            // A dateline is not reported content ("ORVENNA, March 4 (Wire) - ").
            if let Some(d) = DATELINE.find(&body[start..comma]) {
                start += d.end();
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
        // A clause holding a quoted fragment is reported too (a mixed
        // quote), unless the quote is nearly all of it.
        let mut outside_words = 0;
        let mut pos = start;
        for m in ctx.marks.iter().filter(|m| m.open < end && m.close > start) {
            if m.open > pos {
                outside_words += body[pos..m.open].split_whitespace().count();
            }
            pos = pos.max(m.close.min(end));
        }
        outside_words += body[pos..end].split_whitespace().count();
        if outside_words < 2 {
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
        let speaker = a
            .subject
            .as_ref()
            .and_then(|r| resolve(ctx, r, start, attrs));
        out.push(Quote {
            start,
            end,
            text: content.to_string(),
            mode: QuoteMode::Indirect,
            partial: false,
            parts: Vec::new(),
            speaker,
            verb: Some(verb_text(ctx, a)),
            channel: channel(ctx, a.sentence),
        });
    }
    out
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
        // A short lead-in before the name: ", its regional director Sigrid Orlan said".
        let c = pre.rfind(',')?;
        let lead: Vec<&str> = pre[c + 1..].split_whitespace().collect();
        let lowercase = lead
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_lowercase));
        if lead.len() > 4 || !lowercase {
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
    // Not an opening phrase ("Reiterating the demand, the minister said"),
    // not a direct quote (its own attribution).
    if content.split_whitespace().count() < 4
        || first.ends_with("ing")
        || is_in(ADVERBIAL_START, &first)
        || body[a.verb_end..s.end]
            .trim_start_matches([',', ' ', ':'])
            .starts_with(['“', '"'])
    {
        return None;
    }
    let rest = body[a.verb_end..s.end].trim_start();
    let ok = if according {
        !rest.contains(',')
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
