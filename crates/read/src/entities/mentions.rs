//! Finding mentions in one body: a single left-to-right walk over its words
//! trying, at each word, a titled person, a bare title, a group, a platform
//! and a run of capitalised words, in that order. Links the report states
//! are added afterwards by `link`.

use std::collections::HashSet;

use crosscheck_types::Sentence;

use super::fold;
use super::gazetteer::{self, Place};
use super::lexicon;
use super::link;
use super::nicknames;
use super::tokens::{tokens, Tok};
use super::types::{EntityKind, Mention, MentionForm};

/// The mentions of one article body, with byte offsets into `body`, sorted
/// by start (the longer first when two start together). A name inside a
/// group's mention ("Kabul" in "Kabul's delegation", "Pakistan" in "security
/// sources in Pakistan") is a mention of its own, so mentions may nest;
/// otherwise they do not overlap. Pure and deterministic; never panics.
pub fn mentions(body: &str) -> Vec<Mention> {
    mentions_in(body, &crate::sentences(body))
}

/// [`mentions`] with the body's sentences already split (as
/// [`crate::sentences`] gives them), so a caller that has them does not pay
/// for them twice.
pub fn mentions_in(body: &str, sentences: &[Sentence]) -> Vec<Mention> {
    mentions_knowing(body, sentences, &HashSet::new())
}

/// [`mentions_in`], with `story_names` (folded one-word names the other
/// reports of the story write away from a sentence start, see
/// [`story_names`]) taken as names at a sentence start too: "Corvath has
/// offered …" opens a sentence here, and another report writes "between
/// Corvath and Vossholm".
pub fn mentions_knowing(
    body: &str,
    sentences: &[Sentence],
    story_names: &HashSet<String>,
) -> Vec<Mention> {
    let toks = tokens(body, sentences);
    let nicks = nicknames::find(body, &toks);
    let nick_keys = nicknames::keys(body, &toks, &nicks);
    // Capitalised words seen away from a sentence start, alone or as the
    // last word of a name ("Asif" in "Khawaja Asif"): names, not openers.
    let known: ahash::AHashSet<&str> = toks
        .iter()
        .enumerate()
        .filter(|(i, t)| {
            // the next word continues the name only when a space alone
            // separates them ("In Tarvosk, Maldrian …" ends the name)
            let continued = toks.get(i + 1).is_some_and(|n| {
                n.cap && !n.initial && matches!(body.get(t.after..n.start), Some(" " | "\u{a0}"))
            });
            t.cap && !t.initial && !continued
        })
        .map(|(_, t)| t.key.as_str())
        .chain(story_names.iter().map(String::as_str))
        .chain(nick_keys.iter().map(String::as_str))
        .collect();
    let mut finder = Finder {
        body,
        toks: &toks,
        known,
        out: Vec::new(),
        lower_body: std::cell::OnceCell::new(),
        inflected: std::cell::RefCell::new(ahash::AHashMap::new()),
    };
    finder.walk();
    let mut out = in_order(finder.out);
    nicknames::join(body, &toks, &nicks, &mut out);
    link::link(body, &mut out);
    out
}

/// The folded one-word place names of a report that stand where a
/// capitalised word says nothing by itself: a dateline, or a city or
/// country away from a sentence start. Collected over a story for [`mentions_knowing`].
pub fn story_names(body: &str, sentences: &[Sentence], mentions: &[Mention]) -> Vec<String> {
    let starts: ahash::AHashSet<usize> = sentences
        .iter()
        .map(|s| {
            let text = body.get(s.start..s.end).unwrap_or("");
            s.start
                + (text.len()
                    - text
                        .trim_start_matches(|c: char| !c.is_alphanumeric())
                        .len())
        })
        .collect();
    // A place is what a capital acting for its government is; a name read
    // as nothing in particular yet may be a country learnt later ("over
    // southern Kresnava"), an organisation one written alone.
    let places = mentions
        .iter()
        .filter(|m| {
            m.form == MentionForm::Dateline
                || (m.form == MentionForm::Name
                    && matches!(
                        m.kind,
                        EntityKind::City
                            | EntityKind::Country
                            | EntityKind::Place
                            | EntityKind::Other
                            | EntityKind::Organisation
                    )
                    && !starts.contains(&m.start))
        })
        .filter(|m| !m.text.contains(char::is_whitespace))
        .map(|m| fold::key(m.name.as_deref().unwrap_or(&m.text)));
    // A person's surname: a report that names the person only by it
    // ("Raskovar, asked how it felt, said") may open a sentence with it.
    let surnames = mentions
        .iter()
        .filter(|m| m.form == MentionForm::Name && m.kind == EntityKind::Person)
        .filter_map(|m| {
            let key = fold::key(m.name.as_deref().unwrap_or(&m.text));
            let (_, last) = key.rsplit_once(' ')?;
            Some(last.to_owned())
        })
        .filter(|k| !lexicon::is_never_name(k));
    places
        .chain(surnames)
        .filter(|k| k.chars().filter(|c| c.is_alphabetic()).count() >= 3)
        .collect()
}

/// Reads `body` for mentions again, knowing the story's one-word place
/// names ([`story_names`]), when one of its sentences opens with such a
/// name that `mentions` does not hold; otherwise leaves `mentions` as it
/// is (the common case costs one pass over the sentence openings).
pub fn reread_for_story_names(
    body: &str,
    sentences: &[Sentence],
    mentions: &mut Vec<Mention>,
    story_names: &HashSet<String>,
) {
    if opens_with_story_name(body, sentences, mentions, story_names) {
        *mentions = mentions_knowing(body, sentences, story_names);
    }
}

/// Whether a sentence of `body` opens with a capitalised word in
/// `story_names` that `mentions` does not already hold: only then does
/// [`mentions_knowing`] find more than [`mentions_in`] did.
fn opens_with_story_name(
    body: &str,
    sentences: &[Sentence],
    mentions: &[Mention],
    story_names: &HashSet<String>,
) -> bool {
    // The lead after a dateline's dash opens like a sentence too
    // ("TRŠOVEC, 23 January — Křesnava will keep …").
    let head = body.get(..body.floor_char_boundary(160)).unwrap_or("");
    let after_dash = ["—", "–", " - "]
        .iter()
        .filter_map(|d| head.find(d).map(|i| (i + d.len(), i + d.len())))
        .min();
    let openings = sentences
        .iter()
        .map(|s| (s.start, s.end))
        .chain(after_dash.map(|(a, _)| (a, body.len())));
    openings.into_iter().any(|(start, end)| {
        let text = body.get(start..end).unwrap_or("");
        let lead = text.trim_start_matches(|c: char| !c.is_alphanumeric());
        let at = start + (text.len() - lead.len());
        let word: String = lead.chars().take_while(|c| c.is_alphabetic()).collect();
        word.starts_with(char::is_uppercase)
            && story_names.contains(&fold::key(&word))
            && !mentions.iter().any(|m| m.start == at)
    })
}

/// Mentions sorted by start, the longer first when two start together,
/// with `same_as` indexes carried over.
fn in_order(found: Vec<Mention>) -> Vec<Mention> {
    let mut order: Vec<usize> = (0..found.len()).collect();
    order.sort_by_key(|&i| (found[i].start, std::cmp::Reverse(found[i].end), i));
    let mut new_index = vec![0; found.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    let mut slots: Vec<Option<Mention>> = found.into_iter().map(Some).collect();
    order
        .iter()
        .filter_map(|&old| slots[old].take())
        .map(|mut m| {
            m.same_as = m.same_as.and_then(|t| new_index.get(t).copied());
            m
        })
        .collect()
}

/// The walk's state: the body, its words, and the mentions found so far.
pub(super) struct Finder<'a> {
    pub(super) body: &'a str,
    pub(super) toks: &'a [Tok],
    pub(super) known: ahash::AHashSet<&'a str>,
    pub(super) out: Vec<Mention>,
    /// The body in ASCII lower case, made once when first needed.
    pub(super) lower_body: std::cell::OnceCell<String>,
    /// Whether the body writes a word inflected, per word asked about.
    pub(super) inflected: std::cell::RefCell<ahash::AHashMap<String, bool>>,
}

/// What a parsed title covers.
pub(super) struct TitleParse {
    /// Index of the title's last word.
    pub(super) last: usize,
    /// Country named in the title ("Prime Minister of Pakistan").
    pub(super) country: Option<&'static str>,
    /// Whether its head may stand alone as a mention.
    pub(super) bare_ok: bool,
}

impl<'a> Finder<'a> {
    pub(super) fn walk(&mut self) {
        let mut i = 0;
        while i < self.toks.len() {
            let next = self
                .titled_person(i)
                .or_else(|| self.lower_title(i))
                .or_else(|| self.lower_group(i))
                .or_else(|| self.platform(i))
                .or_else(|| self.name_run(i))
                .or_else(|| self.place_anaphor(i));
            i = match next {
                Some(n) if n > i => n,
                _ => i + 1,
            };
        }
    }

    pub(super) fn key(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.key.as_str())
    }

    /// The text between word `i - 1` (possessive included) and word `i`.
    pub(super) fn gap(&self, i: usize) -> &'a str {
        if i == 0 || i >= self.toks.len() {
            return "";
        }
        self.body
            .get(self.toks[i - 1].after..self.toks[i].start)
            .unwrap_or("")
    }

    /// Word `i` follows word `i - 1` in the same phrase: one space between,
    /// no possessive on the earlier word.
    pub(super) fn joined(&self, i: usize) -> bool {
        i > 0
            && i < self.toks.len()
            && !self.toks[i - 1].poss
            && matches!(self.gap(i), " " | "\u{a0}" | "-")
    }

    pub(super) fn name_like(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        t.cap
            && t.key.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !lexicon::is_never_name(&t.key)
            && !self.adjective_compound(t)
    }

    /// "Istrennian-led", "Kabul-based": a name turned adjective by a
    /// lower-case last part (a document noun keeps it a name:
    /// "Doha-agreement").
    pub(super) fn adjective_compound(&self, t: &Tok) -> bool {
        let text = self.body.get(t.start..t.end).unwrap_or("");
        match text.rsplit_once(['-', '\u{2010}', '\u{2011}']) {
            Some((_, last)) => {
                last.chars().next().is_some_and(char::is_lowercase)
                    && last.chars().count() > 2
                    && !lexicon::is_document_noun(last)
            }
            None => false,
        }
    }

    /// Whether word `i` opens a quotation and is a verb the report writes
    /// inflected ("Ask Brackenholt." beside "Asked whether …"): no name
    /// has such forms in the same report.
    pub(super) fn imperative_in_quote(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        let before = self.body.get(..t.start).unwrap_or("");
        if !before.ends_with(['"', '\u{201c}', '\u{2018}']) {
            return false;
        }
        let Some(word) = self.body.get(t.start..t.end) else {
            return false;
        };
        let lower = word.to_lowercase();
        if let Some(&known) = self.inflected.borrow().get(&lower) {
            return known;
        }
        // ASCII case folding keeps every offset of the body.
        let body = self
            .lower_body
            .get_or_init(|| self.body.to_ascii_lowercase());
        let found = ["ed", "ing", "s"].iter().any(|suffix| {
            let form = format!("{lower}{suffix}");
            body.match_indices(form.as_str()).any(|(at, _)| {
                let open = body[..at].ends_with(|c: char| !c.is_alphanumeric());
                let close = body[at + form.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric());
                open && close
            })
        });
        self.inflected.borrow_mut().insert(lower, found);
        found
    }

    pub(super) fn lower(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.cap)
    }

    pub(super) fn country_of(&self, i: usize) -> Option<&'static str> {
        match gazetteer::lookup_key(&self.key(i).replace('-', " ")) {
            Some(Place::Country(c)) => Some(c),
            _ => None,
        }
    }

    /// The country of a possessive word just before word `i`
    /// ("Pakistan's Defence Minister").
    pub(super) fn possessor(&self, i: usize) -> Option<&'static str> {
        if i == 0 || !self.toks[i - 1].poss {
            return None;
        }
        self.country_of(i - 1)
    }

    pub(super) fn push(
        &mut self,
        start: usize,
        end: usize,
        kind: EntityKind,
        form: MentionForm,
    ) -> usize {
        let text = self.body.get(start..end).unwrap_or("").to_owned();
        self.out.push(Mention {
            start,
            end,
            text,
            kind,
            form,
            title: None,
            name: None,
            metonym: false,
            country: None,
            group: None,
            same_as: None,
        });
        self.out.len() - 1
    }

    pub(super) fn slice(&self, from: usize, to: usize) -> String {
        let (Some(a), Some(b)) = (self.toks.get(from), self.toks.get(to)) else {
            return String::new();
        };
        self.body.get(a.start..b.end).unwrap_or("").to_owned()
    }
}
