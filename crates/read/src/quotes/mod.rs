//! Direct and indirect quotes with their speakers.
//!
//! [`quotes`] reads a body and returns every [`Quote`]:
//! - **direct**: words between quotation marks (curly or straight, nested
//!   quotes kept inside their outer quote), attributed to a speaker by a
//!   speech verb in the same sentence, after the quote (`“…,” Tarar said`)
//!   or before it (`he warned: “…”`); a quote split by its attribution
//!   (`“…,” he said, “…”`) is one quote with two `parts`; a quoted fragment
//!   inside reported speech is `partial`; a full-sentence quote with no
//!   attribution right after another quote (same paragraph, or a quote run
//!   on from the paragraph before) continues its speaker;
//! - **indirect**: reported speech with a clear attribution: "X said (that)
//!   …", "According to X, …", "X noted/added/warned …", "…, X reiterated.",
//!   "…, according to X." A clause holding a partial quote is reported as
//!   well (a mixed quote: both records), unless the quote is nearly all of
//!   it. A sentence opened by a statement channel ("In a statement on X,
//!   …", "Speaking to reporters, …") reports its main clause after the
//!   subject's verb, whatever the verb ("placed the blame on …").
//!
//! The speaker is a name before or after the quote (past asides between
//! commas, dashes or spaced hyphens, a relative clause, a participle
//! phrase; "as X puts it"), a pronoun resolved to
//! the most recent person (not one an honorific gives the other sex; the
//! one asked a question answers it), a
//! title resolved to the person introduced with it, a group ("security
//! sources", "the army") or a document ("the joint statement", "Tarar's
//! message"). An unresolvable speaker ("officials", "one diplomat", a title
//! nobody held) is `None`, never guessed. Speaker spans are byte spans of a
//! name in the body, so an entity resolver can map them.
//!
//! Not quotes: scare quotes with no speech verb, quoted names after naming
//! verbs ("labels the group 'X'", "known as"), short Title Case fragments
//! (names of works), quotes in headline or link lines, speculative,
//! negated or conditional speech ("are likely to warn", "did not say",
//! "when X explains").
//!
//! What it does not do: resolve speakers to entities across reports (the
//! `entities` module does), give a quote nested in another quote its own
//! record unless a pronoun and speech verb inside the outer quote introduce
//! it (`nested`), know a person's sex beyond honorifics, kinship nouns and
//! pronouns used for them (a quote's "she says" after a sentence the
//! person opens included), or see speech without a speech verb ("put it
//! plainly: …" is read only through its colon, "as X puts it" only right
//! before its quote).

mod asides;
mod attrib;
mod channel;
mod direct;
mod indirect;
mod interrupted;
mod lexicon;
mod marks;
mod names;
mod nested;
mod opener;
mod phrases;
mod resolve;
mod sex;
mod subject;

pub(crate) use indirect::DATELINE;
/// The sex a kin noun gives the name after it (the entity resolver reads
/// "His wife Bryony" with it too).
pub(crate) use lexicon::{is_legislator, is_mood_adjective, is_profession};
pub(crate) use sex::{is_family_title, kin_sex};

use crosscheck_types::Sentence;
use serde::{Deserialize, Serialize};

/// Direct (in quotation marks) or indirect (reported) speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteMode {
    /// The speaker's words in quotation marks.
    Direct,
    /// Reported speech: "X said that …".
    Indirect,
}

/// How a quote's speaker was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SpeakerLink {
    /// A name before the quote ("Asif said: …", "According to Asif, …").
    NameBefore,
    /// A name after the quote ("“…,” Tarar said").
    NameAfter,
    /// A pronoun resolved to an earlier person or group.
    Pronoun,
    /// A title alone ("the minister stated") resolved to its holder.
    Title,
    /// A group ("security sources", "Pakistani officials").
    Group,
    /// A document ("the joint statement") or its owner ("Tarar's message").
    Document,
    /// No attribution: the previous quote's speaker goes on.
    Continuation,
}

/// Who said a quote.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    /// Byte offset of the name the speaker resolves to (for a pronoun or a
    /// bare title: the earlier full mention).
    pub start: usize,
    /// Byte offset one past the name.
    pub end: usize,
    /// The name as written at that span.
    pub text: String,
    /// How the speaker was found.
    pub how: SpeakerLink,
}

/// One quote in a body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// Byte offset of the quoted words (no quotation mark); for an indirect
    /// quote, of the reported content.
    pub start: usize,
    /// Byte offset one past the quoted words (closing punctuation left out)
    /// or the end of the reported clause.
    pub end: usize,
    /// The quoted words; the parts of a split quote joined by a space.
    pub text: String,
    /// Direct or indirect.
    pub mode: QuoteMode,
    /// A quoted fragment inside reported speech.
    pub partial: bool,
    /// The parts of a quote split by its attribution (empty when whole).
    pub parts: Vec<(usize, usize)>,
    /// Who said it, when the text says so.
    pub speaker: Option<Speaker>,
    /// The speech verb as written ("said", "pointed out", "according to").
    pub verb: Option<String>,
    /// Where it was said, when the text says so ("post on X", "Geo News").
    pub channel: Option<String>,
}

impl Quote {
    /// The quote's span in `body`, or `None` when the offsets do not fit.
    pub fn slice<'a>(&self, body: &'a str) -> Option<&'a str> {
        body.get(self.start..self.end)
    }
}

/// Every quote of `body`, direct and indirect, in order of position.
pub fn quotes(body: &str) -> Vec<Quote> {
    let sentences = crate::sentences(body);
    quotes_in(body, &sentences)
}

/// Like [`quotes`], with the body's sentences already split.
pub fn quotes_in(body: &str, sentences: &[Sentence]) -> Vec<Quote> {
    let ctx = Ctx::new(body, sentences);
    let attrs = attrib::find(&ctx);
    let mut out = direct::direct(&ctx, &attrs);
    let inner = nested::nested_quotes(&ctx, &attrs, &out);
    out.extend(inner);
    let indirect = indirect::indirect(&ctx, &attrs);
    let fragments = partials_in_reported(&ctx, &out, &indirect);
    out.extend(indirect);
    out.extend(fragments);
    let opened = opener::opener_quotes(&ctx, &attrs, &out);
    out.extend(opened);
    out.sort_by_key(|q| (q.start, q.end, q.mode == QuoteMode::Indirect));
    out
}

/// Quoted fragments inside reported speech that no attribution reached
/// ("The company "accepts the agency's findings in full" and will pay, it
/// says"): partial direct quotes of the reported speech's speaker, with its
/// verb and channel. A fragment already read as a direct quote is left.
fn partials_in_reported(ctx: &Ctx, direct: &[Quote], indirect: &[Quote]) -> Vec<Quote> {
    let mut out = Vec::new();
    for m in &ctx.marks {
        if direct.iter().any(|q| q.start <= m.start && m.end <= q.end) {
            continue;
        }
        let inner = ctx.body.get(m.start..m.end).unwrap_or("");
        if !inner.starts_with(char::is_lowercase) || inner.split_whitespace().count() < 2 {
            continue;
        }
        // "known locally as "the Hawks"": a name, not words spoken.
        let from = names::floor(ctx.body, m.open.saturating_sub(80));
        if lexicon::NAMING_BEFORE.is_match(ctx.body.get(from..m.open).unwrap_or("")) {
            continue;
        }
        let Some(host) = indirect
            .iter()
            .find(|q| q.start <= m.open && m.end <= q.end && q.verb.is_some())
        else {
            continue;
        };
        out.push(Quote {
            start: m.start,
            end: m.end,
            text: inner.to_string(),
            mode: QuoteMode::Direct,
            partial: true,
            parts: Vec::new(),
            speaker: host.speaker.clone(),
            verb: host.verb.clone(),
            channel: host.channel.clone(),
        });
    }
    out
}

/// What every step reads: the body, its sentences, names and quoted spans.
pub(crate) struct Ctx<'a> {
    pub body: &'a str,
    /// The body's sentences, each without the stamp of a live entry it
    /// opens with (see [`entry_stamp_len`]).
    pub sentences: std::borrow::Cow<'a, [Sentence]>,
    pub mentions: Vec<names::Mention>,
    pub marks: Vec<marks::Marked>,
    /// Quoted spans inside another (‘…’ within “…”).
    pub nested: Vec<marks::Marked>,
    headlines: Vec<(usize, usize)>,
    line_starts: Vec<usize>,
    /// Each sentence's channel, read once (direct and indirect quotes of
    /// one sentence ask for it again).
    channels: Vec<std::cell::OnceCell<Option<String>>>,
}

impl<'a> Ctx<'a> {
    fn new(body: &'a str, sentences: &'a [Sentence]) -> Self {
        let headlines = names::headline_lines(body);
        let mut line_starts = vec![0];
        line_starts.extend(body.match_indices('\n').map(|(i, _)| i + 1));
        let (marks, nested) = marks::scan(body);
        let mut mentions = names::mentions(body);
        sex::learn(body, sentences, &mut mentions);
        // Each sentence's stamp, measured once; borrowed as given when no
        // sentence opens with one.
        let mut stamps: Vec<usize> = sentences
            .iter()
            .map(|s| entry_stamp_len(body.get(s.start..s.end).unwrap_or("")))
            .collect();
        // The report's dateline ("KORENOPOL, Dovrenia, March 9 (Kestrow
        // Wire) - ") is no part of its first sentence: its place never
        // speaks.
        if let (Some(first), Some(stamp)) = (sentences.first(), stamps.first_mut()) {
            let text = body.get(first.start..first.end).unwrap_or("");
            if let Some(d) = indirect::DATELINE.find(text) {
                *stamp = (*stamp).max(d.end());
            }
        }
        let sentences = if stamps.iter().any(|&n| n > 0) {
            std::borrow::Cow::Owned(
                sentences
                    .iter()
                    .zip(&stamps)
                    .map(|(s, &n)| Sentence {
                        start: s.start + n,
                        end: s.end,
                    })
                    .collect(),
            )
        } else {
            std::borrow::Cow::Borrowed(sentences)
        };
        let channels = vec![std::cell::OnceCell::new(); sentences.len()];
        Ctx {
            body,
            sentences,
            mentions,
            marks,
            nested,
            headlines,
            line_starts,
            channels,
        }
    }

    /// True when `p` lies inside quotation marks.
    pub fn in_mark(&self, p: usize) -> bool {
        let i = self.marks.partition_point(|m| m.open <= p);
        i > 0 && p < self.marks[i - 1].close
    }

    /// True when `p` lies on a headline or link line.
    pub fn in_headline(&self, p: usize) -> bool {
        let i = self.headlines.partition_point(|&(a, _)| a <= p);
        i > 0 && p < self.headlines[i - 1].1
    }

    /// Index of the sentence holding `p`.
    pub fn sentence_at(&self, p: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.start <= p);
        (i > 0 && p < self.sentences[i - 1].end).then(|| i - 1)
    }

    /// Index of the line holding `p`.
    pub fn line_of(&self, p: usize) -> usize {
        self.line_starts
            .partition_point(|&s| s <= p)
            .saturating_sub(1)
    }

    /// The mention (not a possessive) ending exactly at `end`.
    pub fn ending_at(&self, end: usize) -> Option<usize> {
        let i = self.mentions.partition_point(|m| m.end < end);
        self.mentions
            .get(i)
            .filter(|m| m.end == end && !m.possessive)
            .map(|_| i)
    }

    /// The range of attributions in sentence `si` (attributions are in order).
    pub fn attrs_in(attrs: &[attrib::Attr], si: usize) -> std::ops::Range<usize> {
        attrs.partition_point(|a| a.sentence < si)..attrs.partition_point(|a| a.sentence <= si)
    }

    /// A speaker at a body span.
    pub fn speaker(&self, start: usize, end: usize, how: SpeakerLink) -> Speaker {
        Speaker {
            start,
            end,
            text: self.body.get(start..end).unwrap_or("").to_string(),
            how,
        }
    }
}

#[cfg(test)]
mod tests;

/// The length of the stamp a live report's entry opens with, with the
/// space after it: a clock in brackets ("[10:40 CEST] ") or a clock and
/// zone followed by a dash, a bar or a colon ("10:40 CEST - ", "09:15 EET |
/// "); 0 when `text` opens with none. A stamp is no part of the sentence
/// after it: "Polny, speaking from Tarvosk, says …" opens with its subject.
fn entry_stamp_len(text: &str) -> usize {
    let is_clock = |t: &str| {
        let mut words = t.split(' ');
        let clock = words.next().unwrap_or("");
        let digits =
            |d: &str| !d.is_empty() && d.len() <= 2 && d.bytes().all(|b| b.is_ascii_digit());
        let timed = clock
            .split_once([':', '.'])
            .is_some_and(|(h, m)| digits(h) && m.len() == 2 && digits(m));
        let zone = words.all(|w| w.len() <= 5 && w.bytes().all(|b| b.is_ascii_uppercase()));
        timed && zone
    };
    if let Some(rest) = text.strip_prefix('[') {
        if let Some(close) = rest.find("] ") {
            if close <= 16 && is_clock(&rest[..close]) {
                return close + 3;
            }
        }
        return 0;
    }
    for dash in [" - ", " – ", " — ", " | ", ": "] {
        if let Some(at) = text.get(..text.len().min(16)).and_then(|t| t.find(dash)) {
            if is_clock(&text[..at]) {
                return at + dash.len();
            }
        }
    }
    0
}
