//! The stage's settings, checked once when built.

use crate::lsh::{LshParams, LshParamsError};
use crate::minhash::DEFAULT_SEED;

/// A setting that cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum OptionsError {
    /// A similarity threshold outside `0.0..=1.0`.
    #[error("{name} must be between 0 and 1 (got {value})")]
    Threshold {
        /// Which threshold.
        name: &'static str,
        /// The value given.
        value: f32,
    },
    /// The LSH banding does not fit the signature.
    #[error(transparent)]
    Lsh(#[from] LshParamsError),
}

/// How [`crate::dedup`] decides that two bodies are copies.
///
/// A candidate pair from the LSH index is a near copy when the Jaccard
/// similarity of its shingle sets is at least
/// [`DedupOptions::jaccard_threshold`] (0.8), **or** when the smaller body's
/// shingles are contained in the larger one's at least
/// [`DedupOptions::containment_threshold`] (0.5) and the smaller body has at
/// least [`DedupOptions::min_containment_shingles`] shingles. [`crate::dedup`]
/// takes a pair whose Jaccard estimated from the signatures clears its bar
/// and measures any other on the two bodies' own shingle sets.
/// Jaccard alone misses trimmed copies: a copy without the last two of eight
/// paragraphs is at Jaccard ≈ 0.75 but containment ≈ 1. Nor is a copy
/// wholly contained: a paper that runs a wire report trimmed within its
/// sentences (a clause or a figure cut here and there), under its own
/// dateline and with a paragraph of its own keeps only some three fifths of
/// its 5-shingles in the wire's (every cut, the added paragraph and the
/// changed dateline make shingles of its own), while two reports of one
/// event that share quotes, names and stock phrases share at most a fifth.
#[derive(Clone, Debug, PartialEq)]
pub struct DedupOptions {
    pub(crate) lsh: LshParams,
    pub(crate) jaccard_threshold: f32,
    pub(crate) containment_threshold: f32,
    pub(crate) min_containment_shingles: u32,
    pub(crate) min_words: u32,
    pub(crate) bucket_window: usize,
    pub(crate) seed: u64,
}

impl Default for DedupOptions {
    fn default() -> Self {
        Self {
            lsh: LshParams::default(),
            jaccard_threshold: 0.8,
            containment_threshold: 0.5,
            min_containment_shingles: 30,
            min_words: 8,
            bucket_window: 256,
            seed: DEFAULT_SEED,
        }
    }
}

impl DedupOptions {
    /// A builder starting from the defaults.
    pub fn builder() -> DedupOptionsBuilder {
        DedupOptionsBuilder {
            opts: Self::default(),
            lsh: None,
        }
    }

    /// The LSH banding.
    pub fn lsh(&self) -> LshParams {
        self.lsh
    }

    /// Minimum estimated Jaccard similarity of a near copy.
    pub fn jaccard_threshold(&self) -> f32 {
        self.jaccard_threshold
    }

    /// Minimum estimated containment of the smaller body in the larger one.
    pub fn containment_threshold(&self) -> f32 {
        self.containment_threshold
    }

    /// The smaller body needs this many shingles for containment to count.
    pub fn min_containment_shingles(&self) -> u32 {
        self.min_containment_shingles
    }

    /// Bodies with fewer words are never copies (nor originals): too little
    /// text to tell a copy from a stock phrase. Empty bodies are never copies.
    pub fn min_words(&self) -> u32 {
        self.min_words
    }

    /// In an LSH bucket larger than this, each body is compared with the next
    /// this-many bodies only (chains still join the copy set), so a huge
    /// bucket costs linear, not quadratic, time.
    pub fn bucket_window(&self) -> usize {
        self.bucket_window
    }

    /// The MinHash seed.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// True when a candidate pair with these estimates is a near copy.
    pub fn is_near_copy(&self, jaccard: f32, containment: f32, smaller_shingles: u32) -> bool {
        jaccard >= self.jaccard_threshold
            || (containment >= self.containment_threshold
                && smaller_shingles >= self.min_containment_shingles)
    }
}

/// Builds checked [`DedupOptions`].
#[derive(Clone, Debug)]
pub struct DedupOptionsBuilder {
    opts: DedupOptions,
    lsh: Option<(usize, usize)>,
}

impl DedupOptionsBuilder {
    /// LSH banding: `bands × rows` must be at most 128.
    pub fn lsh(mut self, bands: usize, rows: usize) -> Self {
        self.lsh = Some((bands, rows));
        self
    }

    /// Minimum estimated Jaccard similarity of a near copy.
    pub fn jaccard_threshold(mut self, value: f32) -> Self {
        self.opts.jaccard_threshold = value;
        self
    }

    /// Minimum estimated containment of the smaller body in the larger one.
    pub fn containment_threshold(mut self, value: f32) -> Self {
        self.opts.containment_threshold = value;
        self
    }

    /// Shingles the smaller body needs for containment to count.
    pub fn min_containment_shingles(mut self, value: u32) -> Self {
        self.opts.min_containment_shingles = value;
        self
    }

    /// Bodies with fewer words are never copies.
    pub fn min_words(mut self, value: u32) -> Self {
        self.opts.min_words = value;
        self
    }

    /// Comparison window in large LSH buckets (at least 1).
    pub fn bucket_window(mut self, value: usize) -> Self {
        self.opts.bucket_window = value.max(1);
        self
    }

    /// The MinHash seed.
    pub fn seed(mut self, value: u64) -> Self {
        self.opts.seed = value;
        self
    }

    /// Checks the settings.
    pub fn build(self) -> Result<DedupOptions, OptionsError> {
        let mut opts = self.opts;
        if let Some((bands, rows)) = self.lsh {
            opts.lsh = LshParams::new(bands, rows)?;
        }
        for (name, value) in [
            ("jaccard_threshold", opts.jaccard_threshold),
            ("containment_threshold", opts.containment_threshold),
        ] {
            if !(0.0..=1.0).contains(&value) {
                return Err(OptionsError::Threshold { name, value });
            }
        }
        Ok(opts)
    }
}
