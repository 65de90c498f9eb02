//! The article-extraction benchmark's metric: 4-token shingles of Unicode
//! word tokens, compared as multisets.
//!
//! This module only scores two strings and averages page scores; it reads
//! no files (see [`crate::extraction`] for the benchmark runner).

use std::collections::HashMap;

/// Shingle length in tokens.
pub const SHINGLE: usize = 4;

/// True positives, false positives and false negatives of one page, in shingles.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Shingles in both texts (the minimum of the two counts).
    pub tp: usize,
    /// Shingles only in the prediction.
    pub fp: usize,
    /// Shingles only in the truth.
    pub fn_: usize,
}

impl Counts {
    /// Precision of the page; `None` when the prediction has no shingle
    /// (both empty counts 1).
    pub fn precision(&self) -> Option<f64> {
        if self.tp + self.fp > 0 {
            Some(self.tp as f64 / (self.tp + self.fp) as f64)
        } else if self.fn_ == 0 {
            Some(1.0)
        } else {
            None
        }
    }

    /// Recall of the page; `None` when the truth has no shingle (both empty counts 1).
    pub fn recall(&self) -> Option<f64> {
        if self.tp + self.fn_ > 0 {
            Some(self.tp as f64 / (self.tp + self.fn_) as f64)
        } else if self.fp == 0 {
            Some(1.0)
        } else {
            None
        }
    }
}

/// The `\w+` tokens of a text: maximal runs of Unicode letters, numbers,
/// marks and underscores (Python's `\w` in Unicode mode).
pub fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if is_word_char(c) {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(s) = start.take() {
            out.push(&text[s..i]);
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The multiset of `SHINGLE`-token shingles of a text.
pub fn shingles(text: &str) -> HashMap<Vec<&str>, usize> {
    let toks = tokens(text);
    let mut map: HashMap<Vec<&str>, usize> = HashMap::new();
    for w in toks.windows(SHINGLE) {
        *map.entry(w.to_vec()).or_insert(0) += 1;
    }
    map
}

/// Compares a prediction with the truth.
pub fn compare(truth: &str, prediction: &str) -> Counts {
    let t = shingles(truth);
    let p = shingles(prediction);
    let mut c = Counts::default();
    for (k, &tn) in &t {
        let pn = p.get(k).copied().unwrap_or(0);
        c.tp += tn.min(pn);
        c.fn_ += tn.saturating_sub(pn);
    }
    for (k, &pn) in &p {
        let tn = t.get(k).copied().unwrap_or(0);
        c.fp += pn.saturating_sub(tn);
    }
    c
}

/// Mean precision, mean recall and the F1 of the two means, over pages.
/// Pages whose precision (recall) is undefined are left out of that mean.
pub fn aggregate(pages: &[Counts]) -> (f64, f64, f64) {
    let p = mean(pages.iter().filter_map(Counts::precision));
    let r = mean(pages.iter().filter_map(Counts::recall));
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

fn mean(values: impl Iterator<Item = f64>) -> f64 {
    let (sum, n) = values.fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    if n == 0 {
        0.0
    } else {
        sum / n as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_unicode_words() {
        assert_eq!(
            tokens("Héllo, wörld_1 — 42!"),
            vec!["Héllo", "wörld_1", "42"]
        );
        assert_eq!(tokens("東京 año"), vec!["東京", "año"]);
        assert!(tokens("... — !").is_empty());
    }

    #[test]
    fn identical_texts_score_one() {
        let c = compare("a b c d e f", "a b c d e f");
        assert_eq!(
            c,
            Counts {
                tp: 3,
                fp: 0,
                fn_: 0
            }
        );
        assert_eq!(c.precision(), Some(1.0));
        assert_eq!(c.recall(), Some(1.0));
    }

    #[test]
    fn shingles_are_multisets() {
        // "a b c d" twice in the prediction, once in the truth.
        let c = compare("a b c d", "a b c d a b c d");
        assert_eq!(c.tp, 1);
        assert_eq!(c.fp, 4);
        assert_eq!(c.fn_, 0);
    }

    #[test]
    fn extra_and_missing_text() {
        let c = compare("one two three four five", "zero one two three four");
        assert_eq!(
            c,
            Counts {
                tp: 1,
                fp: 1,
                fn_: 1
            }
        );
    }

    #[test]
    fn both_empty_counts_one() {
        let c = compare("", "  ");
        assert_eq!(c.precision(), Some(1.0));
        assert_eq!(c.recall(), Some(1.0));
        // Short texts (under four tokens) have no shingle either.
        let c = compare("a b", "c");
        assert_eq!(c.precision(), Some(1.0));
    }

    #[test]
    fn empty_prediction_has_no_precision() {
        let c = compare("a b c d e", "");
        assert_eq!(c.precision(), None);
        assert_eq!(c.recall(), Some(0.0));
        let c = compare("", "a b c d e");
        assert_eq!(c.precision(), Some(0.0));
        assert_eq!(c.recall(), None);
    }

    #[test]
    fn truncated_truth_dots_are_not_tokens() {
        // The "..." of a truncated truth adds no token: the shared prefix
        // matches, the prediction's rest counts as false positives.
        let c = compare("a b c d e...", "a b c d e f g");
        assert_eq!(
            c,
            Counts {
                tp: 2,
                fp: 2,
                fn_: 0
            }
        );
        let c = compare("a b c d e…", "a b c d e");
        assert_eq!(
            c,
            Counts {
                tp: 2,
                fp: 0,
                fn_: 0
            }
        );
    }

    #[test]
    fn means_skip_undefined_pages() {
        let pages = [
            Counts {
                tp: 1,
                fp: 1,
                fn_: 0,
            }, // P 0.5, R 1
            Counts {
                tp: 0,
                fp: 0,
                fn_: 4,
            }, // P undefined, R 0
            Counts {
                tp: 0,
                fp: 0,
                fn_: 0,
            }, // both empty: 1, 1
        ];
        let (p, r, f) = aggregate(&pages);
        assert!((p - 0.75).abs() < 1e-9);
        assert!((r - 2.0 / 3.0).abs() < 1e-9);
        assert!((f - 2.0 * 0.75 * (2.0 / 3.0) / (0.75 + 2.0 / 3.0)).abs() < 1e-9);
    }
}
