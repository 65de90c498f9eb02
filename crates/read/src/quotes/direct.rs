//! Direct quotes: outermost quoted spans with their attributions.
//!
//! Each quoted span takes the attribution right before it (`said: “…”`,
//! `called “…”`), else the one right after it (`“…,” he said`), else the
//! last one before it in its sentence (the outer one when that sits in an
//! earlier one's "that" clause). Split quotes are merged; a quote after a
//! colon takes the sentence's subject; an unattributed full sentence
//! continues the previous quote's speaker when it stands in the very next
//! sentence with no other person named in between, or the speaker of the
//! reported speech right before it in its paragraph ("…, he said. "…"");
//! an unattributed fragment is a
//! scare quote and dropped, as are names after naming verbs and short
//! Title Case fragments.

use std::sync::LazyLock;

use regex::Regex;

use super::attrib::{Attr, Ref, AFTER_ONLY};
use super::channel::channel;
use super::lexicon::{is_in, NAMING_BEFORE, THAT};
use super::marks::Marked;
use super::names::{floor, Kind};
use super::resolve::resolve;
use super::subject::{sentence_subject, subject_left};
use super::{Ctx, Quote, QuoteMode, SpeakerLink};

/// Largest gap between a closing mark and its attribution ("," and spaces).
const AFTER_GAP: usize = 14;

pub(crate) fn verb_text(ctx: &Ctx, a: &Attr) -> String {
    ctx.body[a.verb_start..a.verb_end]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The attribution right after a quoted span, in its sentence.
pub(crate) fn after_attr(ctx: &Ctx, attrs: &[Attr], si: usize, m: &Marked) -> Option<usize> {
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
                && ((p - m.close <= AFTER_GAP && AFTER_GAP_TEXT.is_match(&ctx.body[m.close..p]))
                    || role_gap(ctx, a, m, p))
        })
        .map(|i| base + i)
}

/// Largest gap holding lowercase role words ("…,” rescue chief X told").
const ROLE_GAP: usize = 48;

/// Words that cannot be part of a role written before a name.
const NOT_ROLE: &[&str] = &[
    "and", "but", "or", "nor", "while", "as", "when", "then", "so", "who", "which", "that",
    "because", "although", "though", "yet", "also", "later", "again", "now", "today", "here",
    "there", "not", "of", "in", "at", "to", "for", "from", "with", "by", "on", "after", "before",
];

/// True when only lowercase role words (and punctuation, a determiner)
/// stand between a closing mark at `close` and a named person's attribution
/// at `p`: "…,” rescue chief Ida Venn told reporters, "…,” site manager X
/// said, "…,” her spokeswoman, Mirela Dautova, told us. The mention's lead leaves lowercase roles out, so the plain gap
/// test misses them.
fn role_gap(ctx: &Ctx, a: &Attr, m: &Marked, p: usize) -> bool {
    let close = m.close;
    let person = matches!(&a.subject, Some(Ref::Mention(i))
        if ctx.mentions.get(*i).is_some_and(|m| m.kind == Kind::Person && m.lead == p));
    if !person || a.inverted || p - close > ROLE_GAP {
        return false;
    }
    let gap = &ctx.body[close..p];
    // The quote's sentence goes on past it: a comma inside or after it.
    if !m.comma && !gap.trim_start().starts_with(',') {
        return false;
    }
    let gap = gap.trim_start_matches(|c: char| c.is_whitespace() || ",;:—–-".contains(c));
    // The role set off by commas before the name: "…,” her spokeswoman,
    // Mirela Dautova, told us.
    let set_off = gap.trim_end().ends_with(',');
    let gap = gap.trim_end().trim_end_matches(',');
    let mut words: Vec<&str> = gap.split_whitespace().collect();
    // A role set off by commas may say where or whose it is: "…,” the
    // head teacher at Elowen's school, Nessa Pennard, told us; "the mayor
    // of Tarrow, X, said".
    if set_off {
        if let Some(k) = words
            .iter()
            .position(|w| is_in(&["at", "of", "for", "in", "from", "with"], w))
            .filter(|&k| k >= 1 && words.len() - k - 1 <= 3 && words.len() > k + 1)
        {
            let place_ok = words[k + 1..].iter().all(|w| {
                !is_in(NOT_ROLE, w) && w.chars().all(|c| c.is_alphabetic() || "'’-".contains(c))
            });
            if place_ok {
                words.truncate(k);
            }
        }
    }
    if words
        .first()
        .is_some_and(|w| is_in(&["the", "a", "an", "its", "his", "her", "their", "our"], w))
    {
        words.remove(0);
    }
    // An organisation's name or acronym before the role: "…,” AHN chief
    // executive X told reporters; "…,” Atletik chairman X told reporters;
    // "Velikcay FK chairwoman X".
    let named = words
        .iter()
        .take(2)
        .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    if named >= 1 && words.len() > named {
        words.drain(..named);
    }
    // An owner's possessive before the role: "…,” Straloch's spokeswoman,
    // Maelis Ortegard, told the Mirror; "the company's spokeswoman".
    if words.len() >= 2 && (words[0].ends_with("'s") || words[0].ends_with("’s")) {
        words.remove(0);
    }
    !words.is_empty()
        && words.len() <= 3
        && words.iter().all(|w| {
            w.chars().all(|c| c.is_lowercase() || c == '-')
                && !is_in(NOT_ROLE, w)
                && !w.ends_with("ly")
        })
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

/// The attribution closing the previous sentence of the same paragraph
/// when that sentence is reported speech ending with its verb ("…, he
/// said."), and no quote stands between it and `open`.
fn reported_before<'a>(ctx: &Ctx, attrs: &'a [Attr], si: usize, open: usize) -> Option<&'a Attr> {
    let prev = ctx.sentences.get(si.checked_sub(1)?)?;
    if ctx.line_of(prev.start) != ctx.line_of(open) || ctx.in_mark(prev.start) {
        return None;
    }
    let range = Ctx::attrs_in(attrs, si - 1);
    let a = attrs[range].iter().rev().find(|a| a.subject.is_some())?;
    let tail = ctx.body.get(a.verb_end..prev.end)?.trim();
    let closes = matches!(tail, "." | "") && !a.inverted;
    let quoted = ctx
        .marks
        .iter()
        .any(|mk| mk.open >= prev.start && mk.open < open);
    (closes && !quoted).then_some(a)
}

/// True when a person other than `q`'s speaker is named between the end of
/// `q`'s sentence and `open`: "“…,” Venn said. Pask shook his head. “…”" does not
/// continue Venn.
fn other_person_between(ctx: &Ctx, q: &Quote, open: usize) -> bool {
    let Some(sp) = &q.speaker else {
        return false;
    };
    let own = ctx
        .mentions
        .iter()
        .find(|m| m.start == sp.start && m.end == sp.end)
        .map(|m| m.full);
    // Names in the quote's own attribution sentence ("she told Relief
    // Monitor") are addressees or outlets, not new speakers.
    let after = ctx
        .sentence_at(q.end)
        .and_then(|i| ctx.sentences.get(i))
        .map_or(q.end, |s| s.end);
    let from = ctx.mentions.partition_point(|m| m.start < after);
    ctx.mentions[from..]
        .iter()
        .take_while(|m| m.start < open)
        .any(|m| m.kind == Kind::Person && Some(m.full) != own && !ctx.in_mark(m.start))
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
        if NAMING_BEFORE.is_match(&body[from..m.open]) && !words_of_subject(&body[from..m.open]) {
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
        // "the last stretch is, as Venner puts it, "the easy bit"": the one
        // it is put by, whatever verb stands earlier in the sentence.
        let put_by = as_puts_it(ctx, s.start, m.open);
        let (speaker, verb, partial) = match chosen {
            _ if put_by.is_some() => {
                let speaker = put_by
                    .as_ref()
                    .and_then(|r| resolve(ctx, r, m.start, attrs));
                (speaker, Some("puts it".to_owned()), lower_start)
            }
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
            // "posted a photograph with the words “…”": the words the
            // sentence's subject wrote or said.
            None if words_of_subject(&body[s.start..m.open]) => {
                let speaker = sentence_subject(ctx, s.start, m.open)
                    .and_then(|r| resolve(ctx, &r, m.start, attrs));
                (speaker, None, lower_start)
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
            None if full_sentence && s.start == m.open && answer_to_asked(ctx, si, m).is_some() => {
                // "Asked if she would fly again, Granny Win did not
                // hesitate. “Try and stop me!”": the one asked answers.
                let speaker =
                    answer_to_asked(ctx, si, m).and_then(|r| resolve(ctx, &r, m.start, attrs));
                (speaker, None, false)
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
                    .map(|(q, _)| q)
                    .filter(|q| {
                        // The very next sentence, with nobody else named.
                        ctx.sentence_at(q.end.saturating_sub(1))
                            .is_some_and(|qs| qs + 1 >= si)
                            && !other_person_between(ctx, q, m.open)
                    });
                let speaker = match prev {
                    Some(q) => q.speaker.clone(),
                    // "Silver iodide could thicken clouds, he said. "But it
                    // cannot build a thunderstorm."": the reported speech
                    // right before goes on in the speaker's own words.
                    None if s.start == m.open => reported_before(ctx, attrs, si, m.open)
                        .and_then(|a| a.subject.as_ref())
                        .and_then(|r| resolve(ctx, r, m.start, attrs)),
                    None => None,
                }
                .map(|mut sp| {
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

/// The subject of "as X puts it" (or "put it") right before a quotation
/// opening at `open` in the sentence starting at `s0`.
fn as_puts_it(ctx: &Ctx, s0: usize, open: usize) -> Option<Ref> {
    let before = ctx.body.get(s0..open)?.trim_end();
    let before = before.strip_suffix([',', ':']).unwrap_or(before).trim_end();
    let head = before
        .strip_suffix("puts it")
        .or_else(|| before.strip_suffix("put it"))?
        .trim_end();
    let as_at = if head.starts_with("As ") {
        0
    } else {
        head.rfind(" as ")? + 1
    };
    let from = s0 + as_at + "as ".len();
    let end = s0 + head.len();
    // A few words at most: "as the minister put it", "as Venner puts it".
    let words = ctx.body.get(from..end)?.split_whitespace().count();
    if !(1..=5).contains(&words) {
        return None;
    }
    subject_left(ctx, from, end).map(|(r, _)| r)
}

/// The one a question was put to in the sentence before quote `m`, in its
/// paragraph ("Asked if she would fly again, Granny Win did not hesitate."):
/// the subject after the opening "Asked …," clause.
fn answer_to_asked(ctx: &Ctx, si: usize, m: &Marked) -> Option<Ref> {
    let prev = ctx.sentences.get(si.checked_sub(1)?)?;
    if ctx.line_of(prev.start) != ctx.line_of(m.open) {
        return None;
    }
    let text = ctx.body.get(prev.start..prev.end)?;
    let clause = text
        .strip_prefix("Asked ")
        .or_else(|| text.strip_prefix("When asked "))?;
    if clause.contains(['“', '”', '"']) {
        return None;
    }
    let comma = text.find(", ")?;
    sentence_subject(ctx, prev.start + comma + 2, prev.end)
}

/// Whether the text before a quote ends with a phrase that introduces the
/// subject's own written words, after a verb of posting or writing
/// ("posted a photograph with the words", "sent flowers with the
/// message"); a banner "with the words" is a slogan, not speech.
fn words_of_subject(before: &str) -> bool {
    let lower = before.trim_end().to_lowercase();
    let introduced = [
        "with the words",
        "with the message",
        "with the caption",
        "with the note",
    ]
    .iter()
    .any(|p| lower.ends_with(p));
    let written = lower.split(|c: char| !c.is_alphabetic()).any(|w| {
        matches!(
            w,
            "posted" | "wrote" | "tweeted" | "shared" | "sent" | "published" | "signed" | "replied"
        )
    });
    introduced && written
}
