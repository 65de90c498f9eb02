//! Sentence splitting.
//!
//! The candidate boundaries are Unicode's sentence boundaries (UAX #29, from
//! `unicode-segmentation`), computed paragraph by paragraph. The rules on top
//! are ours:
//!
//! - a paragraph break (a blank line) always ends a sentence;
//! - a boundary inside a quotation whose closing mark is in the same paragraph
//!   is dropped: `"We came. We talked," he said.` is one sentence. An
//!   unclosed quotation mark has no effect;
//! - a boundary before a lowercase letter is dropped (`"Why?" she asked.`),
//!   and so is a line break inside a paragraph when the line does not end
//!   with terminal punctuation and the next one starts lowercase (hard-wrapped
//!   text); other line breaks end a sentence (headlines, list items);
//! - a boundary after a period that ends an abbreviation is dropped:
//!   titles and months ("Dr.", "Gen.", "Oct.") always; "No.", "Art.", "Vol."
//!   before a number; initials ("J. K. Rowling"), dotted acronyms ("U.S.",
//!   "U.N.", "p.m.") and "Inc.", "Jr." unless the next word is a common
//!   sentence opener ("The", "He", "In", ...), which marks a real end.
//!
//! Decimals ("4.2") never split under UAX #29 already.

use crosscheck_types::Sentence;

mod bounds;

/// Abbreviations after which a period never ends a sentence (lowercase,
/// without the period).
const ALWAYS: &[&str] = &[
    "mr", "mrs", "ms", "messrs", "dr", "prof", "sen", "sens", "rep", "reps", "gen", "lt", "col",
    "maj", "capt", "cpt", "sgt", "cpl", "adm", "cmdr", "brig", "gov", "pres", "rev", "hon", "amb",
    "supt", "insp", "det", "st", "mt", "ft", "mme", "mlle", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "viz", "cf", "approx",
];

/// Abbreviations that do not end a sentence before a number ("No. 5").
const NUMBERED: &[&str] = &[
    "no", "nos", "art", "arts", "vol", "sec", "fig", "p", "pp", "para", "ch",
];

/// Abbreviations that end a sentence only before a sentence opener.
const AMBIGUOUS: &[&str] = &["inc", "ltd", "corp", "co", "jr", "sr", "bros", "etc", "plc"];

/// Words that usually start a sentence: after an ambiguous abbreviation they
/// mark the end of the sentence ("… in the U.S. The ministry said").
const OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "this",
    "that",
    "these",
    "those",
    "there",
    "but",
    "and",
    "so",
    "yet",
    "in",
    "on",
    "at",
    "after",
    "before",
    "when",
    "while",
    "as",
    "if",
    "meanwhile",
    "however",
    "according",
    "officials",
    "police",
];

/// The sentences of `body`, in order, not overlapping, each trimmed of
/// surrounding whitespace and non-empty.
pub fn sentences(body: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (start, end) in paragraphs(body) {
        if let Some(para) = body.get(start..end) {
            split_paragraph(para, start, &mut out);
        }
    }
    out
}

/// The sentences of a body split paragraph by paragraph as they are asked
/// for: [`ParagraphSentences::at`] gives the sentence [`sentences`] would
/// give around a byte without splitting the whole body (a caller that needs
/// the sentence of a few positions).
pub(crate) struct ParagraphSentences<'a> {
    body: &'a str,
    paragraphs: Vec<(usize, usize)>,
    /// The last paragraph split: its index and its sentences.
    split: Option<(usize, Vec<Sentence>)>,
}

impl<'a> ParagraphSentences<'a> {
    /// Ready to split `body`'s paragraphs.
    pub(crate) fn new(body: &'a str) -> Self {
        ParagraphSentences {
            body,
            paragraphs: paragraphs(body),
            split: None,
        }
    }

    /// The sentence holding byte `pos`, if one does.
    pub(crate) fn at(&mut self, pos: usize) -> Option<Sentence> {
        let i = self
            .paragraphs
            .partition_point(|&(start, _)| start <= pos)
            .checked_sub(1)?;
        let (start, end) = *self.paragraphs.get(i)?;
        if pos >= end {
            return None;
        }
        if self.split.as_ref().is_none_or(|(j, _)| *j != i) {
            let mut out = Vec::new();
            split_paragraph(self.body.get(start..end)?, start, &mut out);
            self.split = Some((i, out));
        }
        let sentences = &self.split.as_ref()?.1;
        let k = sentences
            .partition_point(|s| s.start <= pos)
            .checked_sub(1)?;
        sentences.get(k).copied().filter(|s| s.contains(pos))
    }
}

/// Byte ranges of the paragraphs: maximal runs of non-blank lines.
fn paragraphs(body: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut current: Option<(usize, usize)> = None;
    let mut pos = 0;
    for line in body.split_inclusive('\n') {
        let line_end = pos + line.len();
        if line.trim().is_empty() {
            if let Some(p) = current.take() {
                out.push(p);
            }
        } else {
            current = Some(match current {
                Some((s, _)) => (s, line_end),
                None => (pos, line_end),
            });
        }
        pos = line_end;
    }
    if let Some(p) = current {
        out.push(p);
    }
    out
}

fn split_paragraph(para: &str, offset: usize, out: &mut Vec<Sentence>) {
    let quotes = quote_spans(para);
    let mut seg_start = 0;
    for b in bounds::uax_boundaries(para) {
        if keep_boundary(para, b, &quotes) {
            push_trimmed(para, offset, seg_start, b, out);
            seg_start = b;
        }
    }
    push_trimmed(para, offset, seg_start, para.len(), out);
}

fn push_trimmed(para: &str, offset: usize, a: usize, b: usize, out: &mut Vec<Sentence>) {
    let Some(s) = para.get(a..b) else { return };
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(Sentence {
            start: offset + a + lead,
            end: offset + b - trail,
        });
    }
}

/// Byte positions (open, close) of matched quotation marks, in order and
/// disjoint. Straight double quotes alternate; “ « „ open and ” » close.
fn quote_spans(para: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in para.char_indices() {
        match c {
            '"' => match open.take() {
                Some(o) => out.push((o, i)),
                None => open = Some(i),
            },
            '“' | '«' | '„' => {
                open = open.or(Some(i));
            }
            '”' | '»' => out.extend(open.take().map(|o| (o, i))),
            _ => {}
        }
    }
    out
}

fn inside_quote(b: usize, quotes: &[(usize, usize)]) -> bool {
    let idx = quotes.partition_point(|&(o, _)| o < b);
    idx > 0 && quotes.get(idx - 1).is_some_and(|&(_, c)| c >= b)
}

fn keep_boundary(para: &str, b: usize, quotes: &[(usize, usize)]) -> bool {
    let (Some(before), Some(after)) = (para.get(..b), para.get(b..)) else {
        return true;
    };
    let prev = before.trim_end();
    let next = after.trim_start();
    if prev.is_empty() || next.is_empty() {
        return true;
    }
    if inside_quote(b, quotes) {
        return false;
    }
    let next_lower = next.chars().next().is_some_and(char::is_lowercase);
    let gap = before.get(prev.len()..).unwrap_or_default();
    if gap.contains('\n') {
        // A line break inside a paragraph: a wrapped line continues.
        let terminal = prev
            .chars()
            .next_back()
            .is_some_and(|c| ".?!…:;\"”'’)".contains(c));
        return terminal || !next_lower;
    }
    if next_lower {
        return false;
    }
    if closes_quoted_question(prev) && speaker_then_verb(next) {
        return false;
    }
    let Some(stem) = prev.strip_suffix('.') else {
        return true;
    };
    let token_start = stem
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || "\"“'‘([".contains(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let token = stem.get(token_start..).unwrap_or_default();
    if token.is_empty() {
        return true;
    }
    let lower = token.to_lowercase();
    if ALWAYS.contains(&lower.as_str()) {
        return false;
    }
    if NUMBERED.contains(&lower.as_str()) {
        return !next.starts_with(|c: char| c.is_ascii_digit() || c == '#');
    }
    let mut chars = token.chars();
    let initial = matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
    let dotted = token.contains('.')
        && token
            .split('.')
            .all(|p| (1..=2).contains(&p.chars().count()) && p.chars().all(char::is_alphabetic));
    if initial || dotted || AMBIGUOUS.contains(&lower.as_str()) {
        return starts_with_opener(next);
    }
    true
}

/// Whether `prev` ends with a quoted question or exclamation ("… of
/// what?”").
fn closes_quoted_question(prev: &str) -> bool {
    let mut tail = prev.chars().rev();
    matches!(
        (tail.next(), tail.next()),
        (Some('"' | '”' | '’' | '\''), Some('?' | '!'))
    )
}

/// Verbs that say who spoke the quote before them ("“Why?” Vale asked").
const SPEAKING: &[&str] = &[
    "said",
    "says",
    "asked",
    "asks",
    "told",
    "tells",
    "added",
    "adds",
    "replied",
    "replies",
    "shouted",
    "cried",
    "laughed",
    "joked",
    "wrote",
    "insisted",
    "explained",
    "recalled",
    "demanded",
    "wondered",
    "admitted",
    "exclaimed",
    "whispered",
    "yelled",
    "screamed",
    "snapped",
    "sighed",
    "quipped",
    "continued",
];

/// Whether `next` opens with one to five capitalised words (a name, a
/// title and name), an age set off by commas at most, then a speech verb:
/// the speaker of the quote before it, in the same sentence.
fn speaker_then_verb(next: &str) -> bool {
    let mut names = 0;
    for word in next.split_whitespace().take(8) {
        let bare = word.trim_end_matches(',');
        if bare.chars().next().is_some_and(char::is_uppercase) && names < 5 {
            names += 1;
        } else if names > 0 && bare.chars().all(|c| c.is_ascii_digit()) && !bare.is_empty() {
            continue;
        } else {
            let verb = bare.trim_end_matches(['.', ':', ';']);
            return names > 0 && SPEAKING.contains(&verb);
        }
    }
    false
}

/// Whether `next` starts with a word that usually opens a sentence, or with
/// something that is not a letter (a quotation mark, a dash).
fn starts_with_opener(next: &str) -> bool {
    let word: String = next.chars().take_while(|c| c.is_alphabetic()).collect();
    if word.is_empty() {
        return !next.starts_with(|c: char| c.is_ascii_digit());
    }
    OPENERS.contains(&word.to_lowercase().as_str())
}
