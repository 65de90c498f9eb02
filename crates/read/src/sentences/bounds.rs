//! Where UAX #29 puts sentence boundaries in a paragraph, computed only
//! around the places one can be (see [`uax_boundaries`]): the same answer
//! as `unicode-segmentation` gives for the whole paragraph, at a fraction
//! of the table lookups.

use unicode_segmentation::UnicodeSegmentation;

/// The UAX #29 sentence boundaries of `para` (where its second and later
/// segments start), as `split_sentence_bound_indices` gives them, found by
/// running that algorithm only around the places a boundary can be: after
/// a line break, and around each run of "." "!" "?" (from the character
/// before it to the first letter after it, which is all the context the
/// rules read). The Unicode tables cost a lookup per character; most
/// characters of a report are far from any full stop. A paragraph holding
/// another character that may end a sentence (another script's full stop,
/// a separator) is run whole.
pub(crate) fn uax_boundaries(para: &str) -> Vec<usize> {
    if para.chars().any(may_end_sentence) {
        return para
            .split_sentence_bound_indices()
            .skip(1)
            .map(|(b, _)| b)
            .collect();
    }
    let bytes = para.as_bytes();
    let len = bytes.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < len {
        match bytes[i] {
            b'\n' => {
                if i + 1 < len {
                    out.push(i + 1);
                }
                i += 1;
            }
            b'\r' => {
                if i + 1 < len && bytes[i + 1] != b'\n' {
                    out.push(i + 1);
                }
                i += 1;
            }
            b'.' | b'!' | b'?' => {
                let t0 = i;
                let mut t1 = i;
                while t1 < len && matches!(bytes[t1], b'.' | b'!' | b'?') {
                    t1 += 1;
                }
                let w0 = para[..t0].char_indices().next_back().map_or(0, |(k, _)| k);
                // The first letter, line break or stop after the run: the
                // rules look no further.
                let stop = para[t1..]
                    .char_indices()
                    .find(|&(_, c)| c.is_alphabetic() || matches!(c, '\n' | '\r' | '.' | '!' | '?'))
                    .map(|(k, _)| t1 + k);
                let end = match stop {
                    Some(at) => {
                        let mut after = para[at..].char_indices().skip(1).map(|(k, _)| at + k);
                        after.nth(1).unwrap_or(len)
                    }
                    None => len,
                };
                let last = stop.unwrap_or(len);
                for (b, _) in para[w0..end].split_sentence_bound_indices().skip(1) {
                    let b = w0 + b;
                    if b > t0 && b <= last && b < len {
                        out.push(b);
                    }
                }
                i = t1;
            }
            _ => i += 1,
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Whether a character outside ASCII may end a sentence or separate
/// paragraphs under UAX #29 (or is one the windows above do not model):
/// anything but a letter, a combining mark, a space or the usual
/// typographic marks.
fn may_end_sentence(c: char) -> bool {
    !c.is_ascii()
        && !c.is_alphabetic()
        && !('\u{300}'..='\u{36f}').contains(&c)
        && !matches!(
            c,
            '\u{a0}'
                | '\u{2009}'
                | '\u{202f}'
                | '‘'
                | '’'
                | '“'
                | '”'
                | '‚'
                | '„'
                | '«'
                | '»'
                | '‹'
                | '›'
                | '–'
                | '—'
                | '‐'
                | '‑'
                | '…'
                | '′'
                | '″'
                | '€'
                | '£'
                | '¥'
                | '°'
                | '·'
                | '•'
                | '§'
                | '©'
                | '®'
                | '™'
                | '×'
                | '½'
                | '¼'
                | '¾'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn whole(para: &str) -> Vec<usize> {
        para.split_sentence_bound_indices()
            .skip(1)
            .map(|(b, _)| b)
            .collect()
    }

    /// Random paragraphs over the characters the rules turn on, against
    /// the algorithm run whole (a fixed generator: the same cases each run).
    #[test]
    fn windows_give_the_boundaries_of_the_whole() {
        let alphabet: Vec<char> = "aZé .!?.\n\r\"”’“(),;:1 …—A b\u{a0}x".chars().collect();
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = |n: usize| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            ((state >> 33) as usize) % n
        };
        for _ in 0..30_000 {
            let len = 1 + next(60);
            let para: String = (0..len).map(|_| alphabet[next(alphabet.len())]).collect();
            assert_eq!(uax_boundaries(&para), whole(&para), "{para:?}");
        }
    }

    /// Every paragraph of the invented corpora, against the whole.
    #[test]
    fn windows_agree_on_the_demo_corpora() {
        let demo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../demo");
        let mut paragraphs = 0;
        for dir in std::fs::read_dir(&demo).into_iter().flatten().flatten() {
            let Ok(text) = std::fs::read_to_string(dir.path().join("reports.jsonl")) else {
                continue;
            };
            for line in text.lines() {
                let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
                    continue;
                };
                let body = v["text"].as_str().unwrap_or("");
                for para in body.split("\n\n") {
                    assert_eq!(uax_boundaries(para), whole(para), "{para:?}");
                    paragraphs += 1;
                }
            }
        }
        assert!(paragraphs > 1000, "{paragraphs} paragraphs read");
        // The seed reports too, raw, where the shared data is at hand.
        if let Ok(shared) = std::env::var("CROSSCHECK_SHARED") {
            let seeds = std::path::Path::new(&shared).join("corpus/seeds");
            for file in std::fs::read_dir(seeds).into_iter().flatten().flatten() {
                let text = std::fs::read_to_string(file.path()).unwrap_or_default();
                for para in text.split("\n\n") {
                    assert_eq!(uax_boundaries(para), whole(para), "{para:?}");
                }
            }
        }
    }
}
