//! The batch stage: articles in, copy links and independent-source groups out.

use std::cmp::Ordering;
use std::collections::HashMap;

use crosscheck_types::{
    Article, CopyKind, CopyLink, DedupResult, DedupStats, IndependenceGroups, SourceGroupId,
};
use rayon::prelude::*;

use crate::minhash::{intersection_len, shingle_set, BodySketch, MinHasher};
use crate::options::DedupOptions;
use crate::unionfind::UnionFind;
use crate::wire::wire_keys;

/// Two body indexes, the smaller first.
type Pair = (u32, u32);

/// Days apart within which a report crediting a wire and the agency's own
/// report are taken as one story's copy and original.
const WIRE_DAYS: i64 = 1;

/// Finds exact and near copies among `articles` and groups them into
/// independent sources.
///
/// Pure and deterministic: the result is the same whatever the order of
/// `articles` and the size of the rayon pool it runs in. Articles with the
/// same id are taken once. See the crate documentation for the method.
pub fn dedup(articles: &[Article], opts: &DedupOptions) -> DedupResult {
    let docs = canonical_order(articles);
    let n = docs.len();
    let hasher = MinHasher::new(opts.seed);
    let sketches: Vec<BodySketch> = docs.par_iter().map(|a| hasher.sketch(&a.body)).collect();
    let eligible: Vec<bool> = sketches.iter().map(|s| s.words >= opts.min_words).collect();

    let mut copies = UnionFind::new(n);
    // Exact copies: the first (earliest) body with a hash represents it.
    let mut first_with_hash: HashMap<u128, u32> = HashMap::with_capacity(n);
    let mut representatives: Vec<u32> = Vec::with_capacity(n);
    for (i, sketch) in sketches.iter().enumerate() {
        if !eligible[i] {
            continue;
        }
        let i = i as u32;
        match first_with_hash.get(&sketch.exact) {
            Some(&first) => copies.union(first, i),
            None => {
                first_with_hash.insert(sketch.exact, i);
                representatives.push(i);
            }
        }
    }

    // Near copies among the representatives: LSH candidates, verified. A
    // pair whose estimated Jaccard clears its bar is a copy; any other is
    // verified on the two bodies' own shingle sets: a copy cut within its
    // sentences is at Jaccard ≈ 0.3, where the 128-value estimate of
    // containment is off by up to ± 0.15.
    let candidates = candidate_pairs(&representatives, &sketches, opts);
    let (mut verified, unsure): (Vec<Pair>, Vec<Pair>) =
        candidates.par_iter().partition(|&&(a, b)| {
            let (sa, sb) = (
                &sketches[a as usize].signature,
                &sketches[b as usize].signature,
            );
            sa.jaccard(sb) >= opts.jaccard_threshold
        });
    let sets = shingle_sets(&unsure, &docs);
    verified.par_extend(unsure.par_iter().copied().filter(|&(a, b)| {
        let (Some(sa), Some(sb)) = (sets.get(&a), sets.get(&b)) else {
            return false;
        };
        let (j, c, smaller) = exact_similarity(sa, sb);
        opts.is_near_copy(j, c, smaller)
    }));
    verified.par_sort_unstable();
    for &(a, b) in &verified {
        copies.union(a, b);
    }

    let mut links = Vec::new();
    let mut stats = DedupStats {
        articles: n,
        too_short: eligible.iter().filter(|e| !**e).count(),
        candidate_pairs: candidates.len(),
        verified_pairs: verified.len(),
        ..DedupStats::default()
    };
    let mut groups = copies.clone();
    for i in 0..n as u32 {
        let root = copies.find(i);
        if root == i {
            continue;
        }
        let (copy, original) = (&sketches[i as usize], &sketches[root as usize]);
        let link = if copy.exact == original.exact {
            stats.exact_copies += 1;
            (CopyKind::Exact, 1.0, 1.0)
        } else {
            stats.near_copies += 1;
            let (sc, so) = (&copy.signature, &original.signature);
            (CopyKind::Near, sc.jaccard(so), sc.containment(so))
        };
        links.push(CopyLink {
            copy: docs[i as usize].id.clone(),
            original: docs[root as usize].id.clone(),
            kind: link.0,
            similarity: link.1,
            containment: link.2,
        });
    }
    links.sort_by(|a, b| a.copy.cmp(&b.copy));

    // Same wire credit: one source.
    let mut first_with_wire: HashMap<String, u32> = HashMap::new();
    for (i, doc) in docs.iter().enumerate() {
        for key in doc.wire.as_deref().map(wire_keys).unwrap_or_default() {
            let first = *first_with_wire.entry(key).or_insert(i as u32);
            groups.union(first, i as u32);
        }
    }
    // A report crediting a wire and the agency's own report of the same
    // days are one source ("This report is from Ravelin News Agency" under
    // Ravelin's story): the credit names who wrote it. The agency's reports
    // of other days stay apart from it.
    let mut own_reports: HashMap<String, Vec<u32>> = HashMap::new();
    for (i, doc) in docs.iter().enumerate() {
        for key in doc.outlet.as_deref().map(wire_keys).unwrap_or_default() {
            own_reports.entry(key).or_default().push(i as u32);
        }
    }
    for (i, doc) in docs.iter().enumerate() {
        let Some(day) = doc.published.map(|p| p.date) else {
            continue;
        };
        for key in doc.wire.as_deref().map(wire_keys).unwrap_or_default() {
            for &own in own_reports.get(&key).into_iter().flatten() {
                let near = docs[own as usize]
                    .published
                    .is_some_and(|p| (p.date - day).num_days().abs() <= WIRE_DAYS);
                if near {
                    groups.union(own, i as u32);
                }
            }
        }
    }
    let mut group_of = std::collections::BTreeMap::new();
    for i in 0..n as u32 {
        let root = groups.find(i);
        if root == i {
            stats.groups += 1;
        }
        group_of.insert(
            docs[i as usize].id.clone(),
            SourceGroupId(docs[root as usize].id.clone()),
        );
    }
    DedupResult {
        links,
        groups: IndependenceGroups { group_of },
        stats,
    }
}

/// The articles once per id, earliest published first (undated last), then
/// the fuller text first (a trimmed re-post is contained in its original, not
/// the other way round), then by id: index order is "who was first".
fn canonical_order(articles: &[Article]) -> Vec<&Article> {
    let mut by_id: Vec<&Article> = articles.iter().collect();
    // Same id twice: keep one, chosen by content, not by position.
    by_id.sort_by(|a, b| {
        a.id.cmp(&b.id)
            .then_with(|| cmp_published(a, b))
            .then_with(|| a.body.cmp(&b.body))
    });
    by_id.dedup_by(|a, b| a.id == b.id);
    by_id.sort_by(|a, b| {
        cmp_published(a, b)
            .then_with(|| b.body.len().cmp(&a.body.len()))
            .then_with(|| a.id.cmp(&b.id))
    });
    by_id
}

fn cmp_published(a: &Article, b: &Article) -> Ordering {
    match (&a.published, &b.published) {
        (Some(x), Some(y)) => x.date.cmp(&y.date),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// The shingle sets of every body in a candidate pair, by index.
fn shingle_sets(candidates: &[(u32, u32)], docs: &[&Article]) -> HashMap<u32, Vec<u64>> {
    let mut wanted: Vec<u32> = candidates.iter().flat_map(|&(a, b)| [a, b]).collect();
    wanted.sort_unstable();
    wanted.dedup();
    wanted
        .into_par_iter()
        .filter_map(|i| docs.get(i as usize).map(|d| (i, shingle_set(&d.body))))
        .collect()
}

/// Jaccard similarity and containment of the smaller set in the larger of
/// two shingle sets, and the smaller set's size.
fn exact_similarity(a: &[u64], b: &[u64]) -> (f32, f32, u32) {
    let inter = intersection_len(a, b) as f64;
    let (la, lb) = (a.len() as f64, b.len() as f64);
    let union = la + lb - inter;
    let small = la.min(lb);
    let j = if union > 0.0 { inter / union } else { 0.0 };
    let c = if small > 0.0 { inter / small } else { 0.0 };
    let smaller = u32::try_from(a.len().min(b.len())).unwrap_or(u32::MAX);
    (j as f32, c as f32, smaller)
}

/// Pairs `(a, b)`, `a < b`, of representatives sharing an LSH band, sorted
/// and without repeats. Each band is sorted by key, so equal keys are runs.
fn candidate_pairs(reps: &[u32], sketches: &[BodySketch], opts: &DedupOptions) -> Vec<(u32, u32)> {
    let params = opts.lsh;
    let window = opts.bucket_window;
    let mut pairs: Vec<(u32, u32)> = (0..params.bands())
        .into_par_iter()
        .flat_map_iter(|band| {
            let mut keys: Vec<(u64, u32)> = reps
                .iter()
                .map(|&i| (params.band_key(&sketches[i as usize].signature, band), i))
                .collect();
            keys.sort_unstable();
            let mut out = Vec::new();
            for run in keys.chunk_by(|x, y| x.0 == y.0) {
                for (k, &(_, a)) in run.iter().enumerate() {
                    for &(_, b) in run.iter().skip(k + 1).take(window) {
                        out.push((a, b));
                    }
                }
            }
            out
        })
        .collect();
    pairs.par_sort_unstable();
    pairs.dedup();
    pairs
}

#[cfg(test)]
mod tests {
    use super::exact_similarity;

    #[test]
    fn similarity_is_measured_on_the_sets() {
        let a: Vec<u64> = (0..100).collect();
        let b: Vec<u64> = (40..100).chain(1000..1040).collect();
        let (j, c, smaller) = exact_similarity(&a, &b);
        assert_eq!(smaller, 100);
        assert!((c - 0.6).abs() < 1e-6, "{c}");
        assert!((j - 60.0 / 140.0).abs() < 1e-6, "{j}");
        assert_eq!(exact_similarity(&[], &a), (0.0, 0.0, 0));
    }
}
