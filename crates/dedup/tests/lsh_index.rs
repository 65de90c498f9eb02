//! The lower-level API an online clusterer uses: sketches and an LSH index
//! filled one report at a time.

mod common;

use common::{ferry_body, FERRY_OWN_REPORT, LIBRARY, STRIKE};
use crosscheck_dedup::{DedupOptions, LshIndex, MinHasher, Signature};

#[test]
fn incremental_index_finds_copies_as_they_arrive() {
    let hasher = MinHasher::default();
    let opts = DedupOptions::default();
    let mut index: LshIndex<u32> = LshIndex::new(opts.lsh());
    let mut seen: Vec<Signature> = Vec::new();
    let stream = [
        LIBRARY.to_owned(),
        ferry_body(),
        STRIKE.to_owned(),
        FERRY_OWN_REPORT.to_owned(),
        ferry_body()
            .replace("Sunday evening", "Sunday night")
            .to_uppercase(),
    ];
    let mut copies = Vec::new();
    for (key, body) in stream.iter().enumerate() {
        let sig = hasher.sketch(body).signature;
        for candidate in index.candidates(&sig) {
            let other = &seen[candidate as usize];
            let (j, c) = (sig.jaccard(other), sig.containment(other));
            if opts.is_near_copy(j, c, sig.shingles().min(other.shingles())) {
                copies.push((key as u32, candidate));
            }
        }
        index.insert(key as u32, &sig);
        seen.push(sig);
    }
    assert_eq!(copies, vec![(4, 1)]);
    assert_eq!(index.len(), 5);
}

#[test]
fn signatures_are_stable_values() {
    // Signatures may be stored: the same text always gives the same values.
    let a = MinHasher::default().signature(LIBRARY);
    let b = MinHasher::new(crosscheck_dedup::DEFAULT_SEED).signature(LIBRARY);
    assert_eq!(a, b);
    let rebuilt = Signature::from_parts(*a.values(), a.shingles());
    assert_eq!(rebuilt, a);
    assert_ne!(MinHasher::new(1).signature(LIBRARY), a);
}
