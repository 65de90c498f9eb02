//! Word 5-shingles and 128-permutation MinHash signatures of bodies.
//!
//! # Why this hashing
//! Every shingle is hashed once to 64 bits (xxh3 of each word, the five word
//! hashes folded and finalised with the murmur3 mixer). The 128 "permutations"
//! are then the multiply-add family `h_i(x) = a_i·x + b_i mod 2^64` (`a_i`
//! odd), ordered by their high bits: the same universal-hashing idea as
//! datasketch's `(a·x + b) mod p`, but one multiply and one add per shingle
//! and permutation, with no modulo and no per-permutation rehash of the text.
//! The high 32 bits of each minimum are kept: a signature is 512 bytes, and
//! two different minima collide with probability 2^-32, far below the
//! 1/128 resolution of the estimate.
//!
//! Hashes are fixed functions of the text and the seed (xxh3 is stable across
//! platforms and versions), so signatures can be stored and compared later by
//! the online clusterer.
//!
//! # Why hand-written
//! crates.io has MinHash/LSH crates (`gaoya`, `datasketch-minhash-lsh`,
//! `minhash-rs`, `probminhash`). `datasketch-minhash-lsh` calls itself a
//! partial port "at your own risk" and `gaoya`'s last release is old and
//! hashes with its own generic hasher setup; none estimates containment from
//! a signature, and this stage needs fixed, storable hashes, compact `u32`
//! signatures, and order- and thread-independent results. The whole
//! algorithm is ~100 lines here, so it is kept in-house.

use xxhash_rust::xxh3::{xxh3_128, xxh3_64};

use crate::normalize::for_each_word;

/// Number of MinHash permutations (signature length).
pub const NUM_PERM: usize = 128;

/// Words per shingle.
pub const SHINGLE_WORDS: usize = 5;

/// The seed of the default [`MinHasher`]. Signatures made with different
/// seeds cannot be compared.
pub const DEFAULT_SEED: u64 = 0x6372_6f73_7363_6865; // "crossche"

/// A MinHash signature of a body's set of word 5-shingles.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Signature {
    mins: [u32; NUM_PERM],
    shingles: u32,
}

impl Signature {
    /// The signature of an empty body: no shingles.
    pub const EMPTY: Signature = Signature {
        mins: [u32::MAX; NUM_PERM],
        shingles: 0,
    };

    /// Rebuilds a signature from stored values and its distinct-shingle count.
    pub fn from_parts(mins: [u32; NUM_PERM], shingles: u32) -> Self {
        Self { mins, shingles }
    }

    /// The 128 minimum hash values.
    pub fn values(&self) -> &[u32; NUM_PERM] {
        &self.mins
    }

    /// How many distinct shingles the body has.
    pub fn shingles(&self) -> u32 {
        self.shingles
    }

    /// True when the body had no words.
    pub fn is_empty(&self) -> bool {
        self.shingles == 0
    }

    /// Estimated Jaccard similarity of the two shingle sets: the share of
    /// permutations whose minima agree. 0 when either body is empty.
    pub fn jaccard(&self, other: &Signature) -> f32 {
        if self.is_empty() || other.is_empty() {
            return 0.0;
        }
        let same = self
            .mins
            .iter()
            .zip(other.mins.iter())
            .filter(|(a, b)| a == b)
            .count();
        same as f32 / NUM_PERM as f32
    }

    /// Estimated share of the smaller shingle set found in the larger one,
    /// from the Jaccard estimate and the two set sizes:
    /// `|A∩B| = J·(|A|+|B|)/(1+J)`, divided by `min(|A|,|B|)`.
    pub fn containment(&self, other: &Signature) -> f32 {
        let j = f64::from(self.jaccard(other));
        containment_from(j, self.shingles, other.shingles) as f32
    }
}

/// Containment of the smaller set from a Jaccard value and the set sizes.
pub(crate) fn containment_from(j: f64, a: u32, b: u32) -> f64 {
    let small = a.min(b);
    if small == 0 {
        return 0.0;
    }
    let inter = j * (f64::from(a) + f64::from(b)) / (1.0 + j);
    (inter / f64::from(small)).clamp(0.0, 1.0)
}

/// What the stage keeps of one body: word count, exact-copy hash, signature.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BodySketch {
    /// Number of normalised words.
    pub words: u32,
    /// 128-bit hash of the normalised word sequence: equal for exact copies.
    pub exact: u128,
    /// MinHash of the word 5-shingles.
    pub signature: Signature,
}

/// Makes [`BodySketch`]es: a fixed set of 128 hash permutations.
#[derive(Clone, Debug)]
pub struct MinHasher {
    mul: [u64; NUM_PERM],
    add: [u64; NUM_PERM],
}

impl Default for MinHasher {
    fn default() -> Self {
        Self::new(DEFAULT_SEED)
    }
}

impl MinHasher {
    /// The permutations drawn from `seed` (SplitMix64).
    pub fn new(seed: u64) -> Self {
        let mut state = seed;
        let mut mul = [0u64; NUM_PERM];
        let mut add = [0u64; NUM_PERM];
        for (m, a) in mul.iter_mut().zip(add.iter_mut()) {
            *m = splitmix64(&mut state) | 1;
            *a = splitmix64(&mut state);
        }
        Self { mul, add }
    }

    /// The signature of a body (see [`MinHasher::sketch`]).
    pub fn signature(&self, body: &str) -> Signature {
        self.sketch(body).signature
    }

    /// Normalises, shingles and hashes a body.
    ///
    /// A body of fewer than five words is one shingle of all its words; an
    /// empty body has the [`Signature::EMPTY`] signature.
    pub fn sketch(&self, body: &str) -> BodySketch {
        let words = word_hashes(body);
        let mut bytes = Vec::with_capacity(words.len() * 8);
        for w in &words {
            bytes.extend_from_slice(&w.to_le_bytes());
        }
        let exact = xxh3_128(&bytes);
        let shingles = shingles_of(&words);
        BodySketch {
            words: u32::try_from(words.len()).unwrap_or(u32::MAX),
            exact,
            signature: self.signature_of_hashes(&shingles),
        }
    }

    /// The signature of a set of distinct 64-bit shingle hashes.
    pub fn signature_of_hashes(&self, shingles: &[u64]) -> Signature {
        if shingles.is_empty() {
            return Signature::EMPTY;
        }
        let mut mins = [u64::MAX; NUM_PERM];
        min_hash_into(&self.mul, &self.add, shingles, &mut mins);
        let mut out = [0u32; NUM_PERM];
        for (o, m) in out.iter_mut().zip(mins.iter()) {
            *o = (m >> 32) as u32;
        }
        Signature {
            mins: out,
            shingles: u32::try_from(shingles.len()).unwrap_or(u32::MAX),
        }
    }
}

/// The hashes of a body's normalised words, in order.
fn word_hashes(body: &str) -> Vec<u64> {
    let mut words: Vec<u64> = Vec::with_capacity(body.len() / 5 + 1);
    for_each_word(body, |w| words.push(xxh3_64(w.as_bytes())));
    words
}

/// The distinct shingle hashes of a run of word hashes, ascending: one
/// shingle of all the words when there are fewer than five.
fn shingles_of(words: &[u64]) -> Vec<u64> {
    let mut shingles: Vec<u64> = if words.len() < SHINGLE_WORDS {
        if words.is_empty() {
            Vec::new()
        } else {
            vec![shingle_hash(words)]
        }
    } else {
        words.windows(SHINGLE_WORDS).map(shingle_hash).collect()
    };
    shingles.sort_unstable();
    shingles.dedup();
    shingles
}

/// The distinct shingle hashes of a body, ascending: the set a signature
/// sketches, kept to verify a candidate pair exactly.
pub(crate) fn shingle_set(body: &str) -> Vec<u64> {
    shingles_of(&word_hashes(body))
}

/// `|A∩B|` of two ascending sets of distinct hashes.
pub(crate) fn intersection_len(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.cmp(y) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Permutations per block of the hot loop: the block's minima stay in
/// vector registers while every shingle streams past.
const LANES: usize = 8;

/// The hot loop: for every shingle and permutation, keep the minimum.
///
/// The same code is compiled three times: for the baseline CPU and, picked
/// at run time, with AVX-512 (8 × 64-bit lanes, native 64-bit multiply) or
/// AVX2 (4 lanes). All compute exactly the same values, so signatures do not
/// depend on the machine.
fn min_hash_into(
    mul: &[u64; NUM_PERM],
    add: &[u64; NUM_PERM],
    shingles: &[u64],
    mins: &mut [u64; NUM_PERM],
) {
    #[cfg(target_arch = "x86_64")]
    {
        if std::arch::is_x86_feature_detected!("avx512f")
            && std::arch::is_x86_feature_detected!("avx512dq")
        {
            // SAFETY: the CPU supports AVX-512 F and DQ, checked just above.
            unsafe { min_hash_avx512(mul, add, shingles, mins) };
            return;
        }
        if std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: the CPU supports AVX2, checked just above.
            unsafe { min_hash_avx2(mul, add, shingles, mins) };
            return;
        }
    }
    min_hash_portable(mul, add, shingles, mins);
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn min_hash_avx2(
    mul: &[u64; NUM_PERM],
    add: &[u64; NUM_PERM],
    shingles: &[u64],
    mins: &mut [u64; NUM_PERM],
) {
    min_hash_portable(mul, add, shingles, mins);
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx512f,avx512dq")]
unsafe fn min_hash_avx512(
    mul: &[u64; NUM_PERM],
    add: &[u64; NUM_PERM],
    shingles: &[u64],
    mins: &mut [u64; NUM_PERM],
) {
    min_hash_portable(mul, add, shingles, mins);
}

#[inline(always)]
fn min_hash_portable(
    mul: &[u64; NUM_PERM],
    add: &[u64; NUM_PERM],
    shingles: &[u64],
    mins: &mut [u64; NUM_PERM],
) {
    for ((m_out, a), b) in mins
        .chunks_exact_mut(LANES)
        .zip(mul.chunks_exact(LANES))
        .zip(add.chunks_exact(LANES))
    {
        let mut m = [u64::MAX; LANES];
        let mut a8 = [0u64; LANES];
        let mut b8 = [0u64; LANES];
        a8.copy_from_slice(a);
        b8.copy_from_slice(b);
        for &s in shingles {
            for l in 0..LANES {
                m[l] = m[l].min(a8[l].wrapping_mul(s).wrapping_add(b8[l]));
            }
        }
        for l in 0..LANES {
            m_out[l] = m_out[l].min(m[l]);
        }
    }
}

/// One 64-bit hash of a run of word hashes (order-sensitive).
fn shingle_hash(words: &[u64]) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut h = 0u64;
    for &w in words {
        h = (h.rotate_left(23) ^ w).wrapping_mul(K);
    }
    fmix64(h ^ words.len() as u64)
}

/// The murmur3 64-bit finaliser.
pub(crate) fn fmix64(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// SplitMix64: a small, fixed pseudo-random sequence.
pub(crate) fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_path_computes_the_same_minima() {
        let h = MinHasher::default();
        let shingles: Vec<u64> = (0..1000u64).map(fmix64).collect();
        let mut portable = [u64::MAX; NUM_PERM];
        min_hash_portable(&h.mul, &h.add, &shingles, &mut portable);
        let mut dispatched = [u64::MAX; NUM_PERM];
        min_hash_into(&h.mul, &h.add, &shingles, &mut dispatched);
        assert_eq!(portable, dispatched);
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx2") {
            let mut avx2 = [u64::MAX; NUM_PERM];
            // SAFETY: AVX2 is present, checked just above.
            unsafe { min_hash_avx2(&h.mul, &h.add, &shingles, &mut avx2) };
            assert_eq!(portable, avx2);
        }
    }

    #[test]
    fn identical_and_disjoint() {
        let h = MinHasher::default();
        let a = h.signature("one two three four five six seven eight nine ten");
        let b = h.signature("ONE two, three four five six seven eight nine ten.");
        let c = h.signature("alpha beta gamma delta epsilon zeta eta theta iota kappa");
        assert_eq!(a.jaccard(&b), 1.0);
        assert!(a.jaccard(&c) < 0.05);
        assert_eq!(a.jaccard(&Signature::EMPTY), 0.0);
        assert_eq!(h.sketch("").signature, Signature::EMPTY);
    }

    #[test]
    fn estimate_is_close_to_exact_jaccard() {
        let h = MinHasher::default();
        let base: Vec<String> = (0..400).map(|i| format!("w{i}")).collect();
        let a = base.join(" ");
        // Replace the last 100 words: 296 of 496 distinct shingles are shared.
        let b: Vec<String> = (0..400)
            .map(|i| {
                if i < 300 {
                    format!("w{i}")
                } else {
                    format!("x{i}")
                }
            })
            .collect();
        let (sa, sb) = (h.signature(&a), h.signature(&b.join(" ")));
        let exact = 296.0 / 496.0;
        assert!(
            (sa.jaccard(&sb) - exact).abs() < 0.12,
            "{}",
            sa.jaccard(&sb)
        );
    }

    #[test]
    fn containment_of_a_trimmed_copy_is_high() {
        let h = MinHasher::default();
        let long: Vec<String> = (0..500).map(|i| format!("w{i}")).collect();
        let short = long[..300].join(" ");
        let (a, b) = (h.signature(&long.join(" ")), h.signature(&short));
        assert!(a.jaccard(&b) < 0.75);
        assert!(a.containment(&b) > 0.85, "{}", a.containment(&b));
    }
}
