//! LSH banding over MinHash signatures: an index to insert into one body at
//! a time and to query for candidate copies.
//!
//! A signature is cut into `bands` bands of `rows` values; two bodies are
//! candidates when any band is equal. For Jaccard `s` that happens with
//! probability `1 - (1 - s^rows)^bands`. Candidates are only candidates: the
//! caller verifies them (see [`crate::DedupOptions`]).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::minhash::{fmix64, Signature, NUM_PERM};

/// Banding parameters that do not fit a 128-value signature.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LshParamsError {
    /// `bands` or `rows` is zero.
    #[error("LSH bands and rows must be at least 1 (got {bands} bands of {rows} rows)")]
    Zero {
        /// The bands asked for.
        bands: usize,
        /// The rows asked for.
        rows: usize,
    },
    /// `bands × rows` is more than the signature length.
    #[error("LSH uses {bands} bands of {rows} rows, more than the {max} signature values")]
    TooLong {
        /// The bands asked for.
        bands: usize,
        /// The rows asked for.
        rows: usize,
        /// The signature length.
        max: usize,
    },
}

/// How a signature is cut into bands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LshParams {
    bands: usize,
    rows: usize,
}

impl Default for LshParams {
    /// 64 bands of 2 rows: a copy run trimmed within its sentences, under its
    /// own dateline and with a paragraph of its own (Jaccard about 0.3,
    /// though most of it is in the original) is a candidate with probability
    /// 0.998, at Jaccard 0.2 with 0.93; reports sharing a few sentences
    /// (Jaccard 0.05) are candidates with probability 0.15, and verification
    /// turns them down.
    fn default() -> Self {
        Self { bands: 64, rows: 2 }
    }
}

impl LshParams {
    /// `bands` bands of `rows` signature values each.
    pub fn new(bands: usize, rows: usize) -> Result<Self, LshParamsError> {
        if bands == 0 || rows == 0 {
            return Err(LshParamsError::Zero { bands, rows });
        }
        if bands.saturating_mul(rows) > NUM_PERM {
            return Err(LshParamsError::TooLong {
                bands,
                rows,
                max: NUM_PERM,
            });
        }
        Ok(Self { bands, rows })
    }

    /// The banding datasketch would choose for a Jaccard threshold: the one
    /// minimising the (equally weighted) areas of false positives below and
    /// false negatives above the threshold.
    pub fn for_threshold(threshold: f64) -> Self {
        let t = threshold.clamp(0.01, 0.99);
        let mut best = (f64::INFINITY, Self::default());
        for bands in 1..=NUM_PERM {
            for rows in 1..=NUM_PERM / bands {
                let p = Self { bands, rows };
                let fp = integrate(|s| p.candidate_probability(s), 0.0, t);
                let fneg = integrate(|s| 1.0 - p.candidate_probability(s), t, 1.0);
                if fp + fneg < best.0 {
                    best = (fp + fneg, p);
                }
            }
        }
        best.1
    }

    /// Number of bands.
    pub fn bands(&self) -> usize {
        self.bands
    }

    /// Signature values per band.
    pub fn rows(&self) -> usize {
        self.rows
    }

    /// Probability that two bodies at Jaccard `s` share a band.
    pub fn candidate_probability(&self, s: f64) -> f64 {
        1.0 - (1.0 - s.powi(self.rows as i32)).powi(self.bands as i32)
    }

    /// The key of band `band` of a signature (band < `bands`).
    pub fn band_key(&self, signature: &Signature, band: usize) -> u64 {
        let start = band * self.rows;
        let mut h = (band as u64).wrapping_add(0x517c_c1b7_2722_0a95);
        for &v in &signature.values()[start..start + self.rows] {
            h = (h.rotate_left(29) ^ u64::from(v)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
        fmix64(h)
    }
}

/// Midpoint-rule integral, enough to rank banding choices.
fn integrate(f: impl Fn(f64) -> f64, a: f64, b: f64) -> f64 {
    const STEPS: usize = 200;
    let dx = (b - a) / STEPS as f64;
    (0..STEPS)
        .map(|i| f(a + (i as f64 + 0.5) * dx))
        .sum::<f64>()
        * dx
}

/// A hasher for keys that already are well-mixed 64-bit hashes.
#[derive(Default)]
pub(crate) struct PassThrough(u64);

impl Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type BandTable<K> = HashMap<u64, Vec<K>, BuildHasherDefault<PassThrough>>;

/// An LSH index of signatures under keys of the caller's choosing: insert
/// bodies one at a time (an online stream), query for candidates.
///
/// Queries return candidates in ascending key order, whatever the order of
/// insertion, so results do not depend on arrival order.
#[derive(Clone, Debug)]
pub struct LshIndex<K> {
    params: LshParams,
    tables: Vec<BandTable<K>>,
    len: usize,
}

impl<K: Copy + Ord> LshIndex<K> {
    /// An empty index.
    pub fn new(params: LshParams) -> Self {
        Self {
            params,
            tables: (0..params.bands).map(|_| BandTable::default()).collect(),
            len: 0,
        }
    }

    /// The banding in use.
    pub fn params(&self) -> LshParams {
        self.params
    }

    /// Number of signatures inserted.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when nothing was inserted.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Adds a signature under `key`. An empty signature (a body without
    /// words) is not indexed, so empty bodies never match each other; returns
    /// whether the signature was indexed.
    pub fn insert(&mut self, key: K, signature: &Signature) -> bool {
        if signature.is_empty() {
            return false;
        }
        for (band, table) in self.tables.iter_mut().enumerate() {
            table
                .entry(self.params.band_key(signature, band))
                .or_default()
                .push(key);
        }
        self.len += 1;
        true
    }

    /// Keys of every indexed signature sharing at least one band with
    /// `signature`, ascending, without repeats.
    pub fn candidates(&self, signature: &Signature) -> Vec<K> {
        let mut out = Vec::new();
        if signature.is_empty() {
            return out;
        }
        for (band, table) in self.tables.iter().enumerate() {
            if let Some(keys) = table.get(&self.params.band_key(signature, band)) {
                out.extend_from_slice(keys);
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::MinHasher;

    #[test]
    fn params_are_checked() {
        assert!(LshParams::new(0, 4).is_err());
        assert!(LshParams::new(33, 4).is_err());
        assert!(LshParams::new(32, 4).is_ok());
        assert!(LshParams::new(64, 2).is_ok());
    }

    #[test]
    fn threshold_banding_is_sensible() {
        let p = LshParams::for_threshold(0.8);
        assert!(p.bands() * p.rows() <= NUM_PERM);
        assert!(p.candidate_probability(0.95) > 0.95);
        assert!(p.candidate_probability(0.3) < 0.05);
    }

    #[test]
    fn index_finds_copies_not_strangers() {
        let h = MinHasher::default();
        let text: Vec<String> = (0..200).map(|i| format!("w{i}")).collect();
        let a = h.signature(&text.join(" "));
        let other: Vec<String> = (0..200).map(|i| format!("v{i}")).collect();
        let b = h.signature(&other.join(" "));
        let mut index = LshIndex::new(LshParams::default());
        assert!(index.insert(7u32, &b));
        assert!(index.insert(3u32, &a));
        assert!(!index.insert(9u32, &Signature::EMPTY));
        assert_eq!(index.len(), 2);
        assert_eq!(index.candidates(&a), vec![3]);
        assert!(index.candidates(&Signature::EMPTY).is_empty());
    }
}
