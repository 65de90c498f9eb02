//! Words of a body with byte offsets, case and possessive marks: what the
//! mention finder walks over.

use crosscheck_types::Sentence;

use super::fold;

/// One word of the body.
#[derive(Clone, Debug)]
pub struct Tok {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the word, possessive `'s` excluded.
    pub end: usize,
    /// Byte offset one past the possessive mark when there is one.
    pub after: usize,
    /// Written with a possessive (`Pakistan's`, `News'`).
    pub poss: bool,
    /// Begins with an upper-case letter.
    pub cap: bool,
    /// All letters upper case, at least two of them.
    pub upper: bool,
    /// First word of a sentence, a paragraph, a bullet or a quotation.
    pub initial: bool,
    /// Folded form (lower case, no diacritics), hyphens kept.
    pub key: String,
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// The body's words, in order; `sentences` (sorted by start) mark the
/// sentence-initial words.
pub fn tokens(body: &str, sentences: &[Sentence]) -> Vec<Tok> {
    let starts: Vec<usize> = sentences.iter().map(|s| s.start).collect();
    let mut out: Vec<Tok> = Vec::new();
    let chars: Vec<(usize, char)> = body.char_indices().collect();
    let mut i = 0;
    let mut next_sentence = 0;
    let mut prev_end = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        if !c.is_alphanumeric() {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() {
            let c = chars[j].1;
            if c.is_alphanumeric() {
                j += 1;
            } else if (c == '-' || c == '\u{2010}' || c == '\u{2011}' || is_apostrophe(c))
                && j + 1 < chars.len()
                && chars[j + 1].1.is_alphanumeric()
            {
                j += 2;
            } else {
                break;
            }
        }
        // Dotted initialisms ("U.S.", "U.K."): one word, final dot included.
        if j == i + 1 && c.is_uppercase() {
            let mut k = i;
            while k + 1 < chars.len() && chars[k].1.is_uppercase() && chars[k + 1].1 == '.' {
                k += 2;
                let more = chars.get(k).is_some_and(|p| p.1.is_uppercase())
                    && chars.get(k + 1).is_some_and(|p| p.1 == '.');
                if !more {
                    break;
                }
            }
            if k >= i + 4 && !chars.get(k).is_some_and(|p| p.1.is_alphanumeric()) {
                j = k;
            }
        }
        let word_end = chars.get(j).map_or(body.len(), |&(o, _)| o);
        let word = &body[start..word_end];
        let (end, after, poss) = if let Some(stripped) = word
            .strip_suffix("'s")
            .or_else(|| word.strip_suffix("\u{2019}s"))
        {
            (start + stripped.len(), word_end, true)
        } else if word.ends_with('s')
            && chars.get(j).is_some_and(|&(_, c)| is_apostrophe(c))
            && !chars.get(j + 1).is_some_and(|&(_, c)| c.is_alphanumeric())
        {
            let ap = chars.get(j).map_or(word_end, |&(o, c)| o + c.len_utf8());
            (word_end, ap, true)
        } else {
            (word_end, word_end, false)
        };
        let text = &body[start..end];
        let mut letters = text.chars().filter(|c| c.is_alphabetic());
        let cap = letters.next().is_some_and(char::is_uppercase);
        let upper = cap && {
            let mut rest = letters.peekable();
            rest.peek().is_some() && rest.all(char::is_uppercase)
        };
        while next_sentence < starts.len() && starts[next_sentence] < prev_end {
            next_sentence += 1;
        }
        let gap = &body[prev_end..start];
        let sentence_began = next_sentence < starts.len() && starts[next_sentence] <= start;
        // "… stop the dying. Nothing more": a full stop after an ordinary
        // word (not "Col.", "U.S.", "p.m.") starts a sentence the splitter
        // kept inside a quote.
        let stop_after_word = gap.starts_with(['.', '?', '!'])
            && gap.ends_with(' ')
            && out
                .last()
                .is_some_and(|p: &Tok| !p.cap && p.key.chars().count() > 1);
        let initial = out.is_empty()
            || sentence_began
            || stop_after_word
            || gap.contains([
                '\n', '\u{201c}', '"', '\u{2018}', '(', '\u{2022}', '[', ':', '\u{2014}',
            ]);
        out.push(Tok {
            start,
            end,
            after,
            poss,
            cap,
            upper,
            initial,
            key: fold::joined_words(text, '-'),
        });
        prev_end = after;
        i = j;
    }
    out
}
