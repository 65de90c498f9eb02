//! Attributions: speech verbs and who they belong to.
//!
//! Every speech verb outside quotation marks (said, told, noted, according
//! to, expressed gratitude, ...) that is not speculative, negated, passive or
//! used as a noun becomes an [`Attr`] with a subject reference: a name, a
//! pronoun, a title ("the minister"), a group ("security sources"), or a
//! document ("the joint statement", "Tarar's message"). Participles
//! ("adding", "saying"), infinitives ("went on to warn") and coordinated
//! verbs take the clause's subject. References are resolved to speakers
//! later (`resolve`).

use super::lexicon::{is_base_form, is_in, is_participle, BLOCKED_BEFORE, VERB};
use super::names::{floor, Kind};
use super::subject::{last_word, sentence_subject, subject_left, subject_right, DETERMINERS};
use super::Ctx;

/// Who a speech verb belongs to, before resolution.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Ref {
    /// A name written in the text (index into the mentions).
    Mention(usize),
    /// A pronoun at a byte offset ("he", "they", "it", "his").
    Pronoun { at: usize, word: String },
    /// A title without a name: its span and lowercased words.
    Title {
        start: usize,
        end: usize,
        words: Vec<String>,
    },
    /// A group noun phrase; `identified` is false for bare "officials".
    Group {
        start: usize,
        end: usize,
        identified: bool,
    },
    /// A document ("the joint statement"), with its owner when written
    /// ("Tarar's message", "his post").
    Document {
        start: usize,
        end: usize,
        owner: Option<Box<Ref>>,
    },
}

/// One speech verb with its subject.
#[derive(Debug, Clone)]
pub(crate) struct Attr {
    /// Span of the verb as written.
    pub verb_start: usize,
    /// End of the verb.
    pub verb_end: usize,
    /// The subject, when found.
    pub subject: Option<Ref>,
    /// Start of the subject phrase (title included), or the verb start
    /// when the subject is inherited or follows the verb.
    pub subj_start: usize,
    /// The subject follows the verb ("said Tarar", "according to X").
    pub inverted: bool,
    /// The subject was taken from the clause (participle, infinitive).
    pub inherited: bool,
    /// Index of the sentence.
    pub sentence: usize,
}

/// Verbs that report speech only right after a quote ("“Why?” she asked").
pub(crate) const AFTER_ONLY: &[&str] = &[
    "asked",
    "asks",
    "questioned",
    "continued",
    "replied",
    "replies",
    "responded",
    "responds",
    "countered",
    "counters",
    "concluded",
    "boasted",
    // Expressions a tabloid writes as speech ("…,” she grinned).
    "grinned",
    "grins",
    "smiled",
    "smiles",
    "chuckled",
    "chuckles",
];

/// Words that open a clause whose speech verb reports nothing.
const SUBORDINATORS: &[&str] = &[
    "when", "if", "until", "unless", "whether", "because", "why", "how", "once", "whenever",
];

/// Verbs whose subject may follow them after a quote ("said Tarar").
const INVERTIBLE: &[&str] = &[
    "said",
    "says",
    "added",
    "adds",
    "wrote",
    "writes",
    "asked",
    "continued",
    "stated",
    "noted",
    "explained",
    "insisted",
    "declared",
    "replied",
    "warned",
    "recalled",
    // A tabloid's verbs of feeling ("fumed Lorna Bexley, 44").
    "fumed",
    "raged",
    "sobbed",
    "wept",
    "gushed",
    "snapped",
    "sighed",
    "beamed",
    "grinned",
    "smiled",
    "chuckled",
];

/// All attributions of the body, in order.
pub(crate) fn find(ctx: &Ctx) -> Vec<Attr> {
    let body = ctx.body;
    let mut out: Vec<Attr> = Vec::new();
    for (si, s) in ctx.sentences.iter().enumerate() {
        if ctx.in_headline(s.start) {
            continue;
        }
        let first_in_sentence = out.len();
        for m in VERB.find_iter(&body[s.start..s.end]) {
            let vs = s.start + m.start();
            let ve = s.start + m.end();
            if ctx.in_mark(vs) {
                continue;
            }
            let verb = m.as_str();
            // "Governor Ida Venn, who called her "the most careful person
            // here", said": the person the relative clause is set off after
            // speaks its verb.
            if let Some((r, start)) = relative_person(ctx, s.start, vs) {
                out.push(Attr {
                    verb_start: vs,
                    verb_end: ve,
                    subject: Some(r),
                    subj_start: start,
                    inverted: false,
                    inherited: false,
                    sentence: si,
                });
                continue;
            }
            let tail_from = floor(body, vs.saturating_sub(40)).max(s.start);
            if BLOCKED_BEFORE.is_match(&body[tail_from..vs]) {
                continue;
            }
            if let Some((_, w)) = last_word(body, s.start, vs) {
                if is_in(DETERMINERS, w) {
                    continue;
                }
            }
            let lower = verb.to_lowercase();
            if lower == "thanks" && body[ve..].trim_start().starts_with("to ") {
                continue;
            }
            let mut attr = Attr {
                verb_start: vs,
                verb_end: ve,
                subject: None,
                subj_start: vs,
                inverted: false,
                inherited: false,
                sentence: si,
            };
            let after_to =
                last_word(body, s.start, vs).is_some_and(|(_, w)| w.eq_ignore_ascii_case("to"));
            if lower.starts_with("according") {
                if let Some(r) = subject_right(ctx, ve, s.end) {
                    attr.subject = Some(r);
                    attr.inverted = true;
                } else {
                    continue;
                }
            } else if let Some((r, start)) = subject_left(ctx, s.start, vs).filter(|(r, _)| {
                // A participle belongs to its clause's subject ("issued a
                // statement confirming"), unless a group or person stands
                // right before it ("with officials confirming").
                !is_participle(verb)
                    || (!body[s.start..vs].trim_end().ends_with(',')
                        && match r {
                            Ref::Group { .. } => true,
                            Ref::Mention(i) => {
                                ctx.mentions.get(*i).is_some_and(|m| m.kind == Kind::Person)
                            }
                            _ => false,
                        })
            }) {
                if is_base_form(verb) && !after_to && !plural(&r, body) {
                    continue;
                }
                // A conditional or explanatory clause reports nothing:
                // "only when Bravonia explains why", "if he says so".
                if last_word(body, s.start, start).is_some_and(|(_, w)| is_in(SUBORDINATORS, w)) {
                    continue;
                }
                attr.subject = Some(r);
                attr.subj_start = start;
            } else {
                let left = body[s.start..vs].trim_end();
                let ends_quote = left.ends_with(['”', '"', '’', ',']);
                let coordinated = last_word(body, s.start, vs).is_some_and(|(_, w)| w == "and");
                if (is_participle(verb) && !left.trim().is_empty()) || after_to || coordinated {
                    // Not an "according to X" before it: X is a source,
                    // not the clause's subject ("Kabul, according to the
                    // statements, pushed back, arguing …" → Kabul argued).
                    let prev = out[first_in_sentence..].iter().rev().find(|a| {
                        a.subject.is_some()
                            && !body[a.verb_start..a.verb_end]
                                .to_lowercase()
                                .starts_with("according")
                    });
                    attr.subject = match prev {
                        Some(p) => p.subject.clone(),
                        None => sentence_subject(ctx, s.start, vs),
                    };
                    attr.inherited = true;
                    if attr.subject.is_none() {
                        continue;
                    }
                } else if ends_quote && is_in(INVERTIBLE, verb) {
                    // "…, said the panel had met": a clause, not a speaker
                    // after its verb.
                    match subject_right(ctx, ve, s.end).filter(|r| !opens_clause(ctx, r)) {
                        Some(r) => {
                            attr.subject = Some(r);
                            attr.inverted = true;
                        }
                        None => continue,
                    }
                } else {
                    continue;
                }
            }
            out.push(attr);
        }
    }
    out
}

/// Whether an auxiliary or modal verb stands in the reference or right
/// after it ("the panel had met"): the reference is the subject of a
/// clause reported, not a speaker set after its speech verb ("said the
/// panel").
fn opens_clause(ctx: &Ctx, r: &Ref) -> bool {
    let (start, end) = match r {
        Ref::Mention(i) => ctx.mentions.get(*i).map_or((0, 0), |m| (m.start, m.end)),
        Ref::Pronoun { at, word } => (*at, at + word.len()),
        Ref::Title { start, end, .. }
        | Ref::Group { start, end, .. }
        | Ref::Document { start, end, .. } => (*start, *end),
    };
    let Some(text) = ctx.body.get(start..) else {
        return false;
    };
    let inside = ctx
        .body
        .get(start..end)
        .map_or(0, |t| t.split_whitespace().count());
    text.split_whitespace().take(inside + 1).skip(1).any(|w| {
        matches!(
            w.trim_end_matches([',', '.']),
            "had"
                | "has"
                | "have"
                | "was"
                | "were"
                | "is"
                | "are"
                | "would"
                | "will"
                | "could"
                | "should"
                | "might"
                | "must"
                | "can"
                | "did"
                | "does"
                | "may"
        )
    })
}

/// The person before ", who" right before a verb at `vs` ("Ida Venn, who
/// called …"), with where the person's mention starts.
fn relative_person(ctx: &Ctx, s0: usize, vs: usize) -> Option<(Ref, usize)> {
    let before = ctx.body.get(s0..vs)?.trim_end();
    let head = before.strip_suffix("who")?.trim_end().strip_suffix(',')?;
    let ix = ctx.ending_at(s0 + head.trim_end().len())?;
    let m = ctx.mentions.get(ix)?;
    (m.kind == Kind::Person).then_some((Ref::Mention(ix), m.lead))
}

fn plural(r: &Ref, body: &str) -> bool {
    match r {
        Ref::Group { .. } => true,
        Ref::Pronoun { word, .. } => word == "they" || word == "we",
        Ref::Mention(_) | Ref::Title { .. } | Ref::Document { .. } => {
            let _ = body;
            false
        }
    }
}
