//! Text normalisation: the words of a body, lowercased, without punctuation.
//!
//! Words are UAX #29 words (`unicode-segmentation`), NFKC-folded and
//! lowercased, with typographic apostrophes folded to `'`. Whitespace and
//! punctuation between words are dropped, so two bodies that differ only in
//! case, spacing, quotes or punctuation have the same words.
//!
//! Most words of most news text are plain ASCII letters and digits between
//! spaces; those take a fast path that gives the same words as the full
//! segmentation (UAX #29 always breaks at a space, and a run of ASCII letters
//! and digits is one word), so the hot loop of the stage is not the segmenter.

use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

/// Byte classes of the tokenizer's fast path.
const WS: u8 = 0;
const LOWER: u8 = 1;
const UPPER: u8 = 2;
/// ASCII punctuation other than `_`: never part of a word at its edges.
const EDGE: u8 = 3;
/// `_` and every non-ASCII byte: the full segmentation decides.
const OTHER: u8 = 4;

const CLASS: [u8; 256] = {
    let mut t = [OTHER; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_whitespace() {
            WS
        } else if c.is_ascii_lowercase() || c.is_ascii_digit() {
            LOWER
        } else if c.is_ascii_uppercase() {
            UPPER
        } else if c == b'_' || c.is_ascii_control() {
            OTHER
        } else {
            EDGE
        };
        b += 1;
    }
    t
};

/// Calls `each` with every normalised word of `text`, in order.
///
/// The `&str` given to `each` is only valid for the call.
pub fn for_each_word(text: &str, mut each: impl FnMut(&str)) {
    let bytes = text.as_bytes();
    let mut buf = String::new();
    let mut small = [0u8; 32];
    let mut i = 0;
    while i < bytes.len() {
        if CLASS[bytes[i] as usize] == WS {
            i += 1;
            continue;
        }
        // One chunk between ASCII whitespace (a whitespace byte is never
        // inside a multi-byte UTF-8 sequence, so chunk bounds are char
        // bounds). Edge punctuation never joins a word (UAX #29 keeps `.`,
        // `'`, `,`… inside a word only between letters or digits); a chunk
        // that is letters and digits once its edges are stripped is one word.
        let start = i;
        let (mut core_start, mut core_end) = (usize::MAX, start);
        let (mut upper, mut simple, mut gap) = (false, true, false);
        while i < bytes.len() {
            match CLASS[bytes[i] as usize] {
                WS => break,
                EDGE => gap = core_start != usize::MAX,
                class => {
                    if core_start == usize::MAX {
                        core_start = i;
                    } else if gap {
                        simple = false;
                    }
                    gap = false;
                    upper |= class == UPPER;
                    simple &= class != OTHER;
                    core_end = i + 1;
                }
            }
            i += 1;
        }
        if core_start == usize::MAX {
            continue;
        }
        let core = text.get(core_start..core_end).unwrap_or_default();
        if !simple {
            segment_slow(text.get(start..i).unwrap_or_default(), &mut buf, &mut each);
        } else if !upper {
            each(core);
        } else if core.len() <= small.len() {
            let out = &mut small[..core.len()];
            out.copy_from_slice(core.as_bytes());
            out.make_ascii_lowercase();
            each(std::str::from_utf8(out).unwrap_or_default());
        } else {
            buf.clear();
            buf.push_str(core);
            buf.make_ascii_lowercase();
            each(&buf);
        }
    }
}

/// The full path: NFKC, apostrophe folding, UAX #29 words, lowercasing.
fn segment_slow(chunk: &str, buf: &mut String, each: &mut impl FnMut(&str)) {
    if chunk.is_ascii() {
        for word in chunk.unicode_words() {
            buf.clear();
            buf.push_str(word);
            buf.make_ascii_lowercase();
            each(buf);
        }
    } else {
        let folded: String = chunk.nfkc().map(fold_char).collect();
        for word in folded.unicode_words() {
            buf.clear();
            buf.extend(word.chars().flat_map(char::to_lowercase));
            each(buf);
        }
    }
}

/// Typographic apostrophes and primes written as `'`.
fn fold_char(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' => '\'',
        _ => c,
    }
}

/// The normalised text: its words joined by single spaces.
///
/// ```
/// assert_eq!(
///     crosscheck_dedup::normalize("The  Minister’s  SPEECH, (in full)."),
///     "the minister's speech in full"
/// );
/// ```
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for_each_word(text, |w| {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        for_each_word(text, |w| out.push(w.to_owned()));
        out
    }

    #[test]
    fn fast_path_matches_full_segmentation() {
        let samples = [
            "Plain words only 2024 and 42nd",
            "Mixed, punctuation; here: (yes) \"quoted\" don't U.S. 3.5 1,000 e-mail",
            "_under_score_ end. 'quoted' ((x)) ... -- a.b. 9. x1,y2 #tag @user $5 50%",
            "A-verylongcapitalisedwordthatislongerthanthirtytwobytes, ALLCAPS.",
            "Tabs\tand\nnewlines\r\n and  double  spaces",
            "Ünïcödé Straße İstanbul ΣΟΦΙΑ naïve café",
        ];
        for s in samples {
            let slow: Vec<String> = s
                .nfkc()
                .map(fold_char)
                .collect::<String>()
                .unicode_words()
                .map(|w| w.chars().flat_map(char::to_lowercase).collect())
                .collect();
            assert_eq!(words(s), slow, "{s}");
        }
    }

    #[test]
    fn folds_case_quotes_and_width() {
        assert_eq!(normalize("Don’t"), normalize("don't"));
        assert_eq!(normalize("ＦＵＬＬ width"), "full width");
        assert_eq!(normalize(""), "");
        assert_eq!(normalize(" ,.;- "), "");
    }
}
