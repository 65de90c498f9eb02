//! A title made from the body, for reports that carry no headline: the first
//! sentence of the first prose paragraph, without its dateline, cut at a word
//! boundary when it is long.
//!
//! The sentence splitter is deliberately small: a sentence ends at `.`, `!`
//! or `?` (and any closing quotes) followed by a space and a capital, digit or
//! quote, unless the word before the stop is a common abbreviation, an
//! initial or a number's decimal point. It is not the reading stage's
//! splitter and does not try to be.

use crate::meta::{dateline, starts_with_bullet};

/// The longest derived title, in characters (before the ellipsis).
pub const MAX_TITLE_CHARS: usize = 110;

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "gen", "lt", "col", "capt", "sgt",
    "gov", "sen", "rep", "rev", "hon", "no", "vs", "etc", "inc", "ltd", "co", "corp", "dept",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx",
    "est", "fig", "u.s", "u.k", "u.n", "e.g", "i.e",
];

/// Words a cut title should not end on.
const DANGLING: &[&str] = &[
    "a",
    "an",
    "the",
    "of",
    "to",
    "in",
    "on",
    "at",
    "for",
    "and",
    "or",
    "but",
    "with",
    "by",
    "from",
    "as",
    "that",
    "which",
    "who",
    "its",
    "their",
    "his",
    "her",
    "is",
    "are",
    "was",
    "were",
    "be",
    "into",
    "over",
    "after",
    "before",
    "than",
    "while",
    "following",
];

/// The byte length of the first sentence of `text`.
pub fn first_sentence_len(text: &str) -> usize {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if matches!(c, '.' | '!' | '?' | '…') {
            // Take closing quotes and brackets with the stop.
            let mut j = i + 1;
            while j < chars.len() && matches!(chars[j].1, '"' | '”' | '’' | '\'' | ')' | ']') {
                j += 1;
            }
            let end = chars.get(j).map_or(text.len(), |&(p, _)| p);
            let next_is_space = chars.get(j).is_some_and(|&(_, n)| n.is_whitespace());
            let after = chars[j..]
                .iter()
                .find(|(_, n)| !n.is_whitespace())
                .map(|&(_, n)| n);
            let starts_next = after.is_some_and(|n| {
                n.is_uppercase() || n.is_ascii_digit() || matches!(n, '"' | '“' | '‘' | '\'')
            });
            if j >= chars.len() {
                return text.len();
            }
            if next_is_space && starts_next && !(c == '.' && is_abbreviation(text, pos)) {
                return end;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    text.len()
}

/// Whether the full stop at byte `dot` closes an abbreviation or an initial.
fn is_abbreviation(text: &str, dot: usize) -> bool {
    let before = text.get(..dot).unwrap_or("");
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '.')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let lower = word.to_lowercase();
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    (letters == 1 && word.chars().all(|c| c.is_alphabetic() || c == '.'))
        || ABBREVIATIONS.contains(&lower.as_str())
}

/// Cuts `sentence` to at most [`MAX_TITLE_CHARS`] at a word boundary, drops
/// dangling function words and punctuation, and marks a cut with "…".
pub fn shorten(sentence: &str) -> String {
    let sentence = sentence.trim();
    if sentence.chars().count() <= MAX_TITLE_CHARS {
        return sentence.to_owned();
    }
    let cut = sentence
        .char_indices()
        .nth(MAX_TITLE_CHARS)
        .map_or(sentence.len(), |(i, _)| i);
    let head = sentence.get(..cut).unwrap_or(sentence);
    // Back to the last whole word.
    let head = match head.rfind(char::is_whitespace) {
        Some(i) if i > 0 => head.get(..i).unwrap_or(head),
        _ => head,
    };
    let mut words: Vec<&str> = head.split_whitespace().collect();
    while let Some(last) = words.last() {
        let bare = last
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        if words.len() > 3 && (DANGLING.contains(&bare.as_str()) || bare.is_empty()) {
            words.pop();
        } else {
            break;
        }
    }
    let mut out = words.join(" ");
    while out.ends_with([',', ';', ':', '-', '–', '—', '(', '“', '"']) {
        out.pop();
        out = out.trim_end().to_owned();
    }
    out.push('…');
    out
}

/// A title made from the body: the first sentence of its first prose
/// paragraph (bullet points and very short paragraphs are skipped when
/// there is better), without the dateline, shortened by [`shorten`].
pub fn derive(body: &str) -> Option<String> {
    let paras = crate::meta::paragraphs(body);
    let para = paras
        .iter()
        .find(|p| !starts_with_bullet(p) && p.split_whitespace().count() >= 6)
        .or_else(|| paras.first())?;
    let text = match dateline::find(para) {
        Some(d) => para.get(d.end..).unwrap_or(para),
        None => para,
    };
    let text = text.trim_start_matches(|c: char| !c.is_alphanumeric() && !"\"“‘'".contains(c));
    let len = first_sentence_len(text);
    let sentence = text.get(..len).unwrap_or(text).trim();
    let sentence = sentence.trim_end_matches(['.', ' ']);
    let title = shorten(sentence);
    (title.chars().any(char::is_alphanumeric)).then_some(title)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences() {
        let t = "Mr. Hale spoke at 3.5 p.m. on Monday. The union voted.";
        assert_eq!(
            &t[..first_sentence_len(t)],
            "Mr. Hale spoke at 3.5 p.m. on Monday."
        );
        let t = "“We leave with a committee.” Varga said so.";
        assert_eq!(&t[..first_sentence_len(t)], "“We leave with a committee.”");
        let t = "J. R. Tolk met U.S. envoys. Then left.";
        assert_eq!(&t[..first_sentence_len(t)], "J. R. Tolk met U.S. envoys.");
        assert_eq!(first_sentence_len("no stop at all"), 14);
        assert_eq!(first_sentence_len(""), 0);
    }

    #[test]
    fn derived_titles() {
        assert_eq!(
            derive("SANMERE: Farmers welcomed the deal. They said more.").as_deref(),
            Some("Farmers welcomed the deal")
        );
        let long = "KARVIK: Belsaria and Norvane wrapped up four days of talks on the river in the capital on Thursday, agreeing to pool river data but not on flows.";
        let t = derive(long).expect("a title");
        assert!(t.starts_with("Belsaria and Norvane wrapped up"), "{t}");
        assert!(t.ends_with('…'));
        assert!(t.chars().count() <= MAX_TITLE_CHARS + 1);
        assert!(!t.ends_with(" the…") && !t.ends_with(",…"));
        assert_eq!(derive(""), None);
        assert_eq!(derive("…"), None);
    }
}
