//! Average-linkage agglomeration over a sparse score graph, split into
//! independent components first.
//!
//! Clusters merge, best first, while their average pair score (a pair
//! without an edge counts as zero) minus the time-gap penalty between their
//! publication spans is at least the threshold. Candidate merges sit in a
//! priority queue; a merge updates only the merged cluster's neighbours
//! (smaller neighbour map folded into the larger), so the work grows with
//! the edges touched, not with merges × edges.
//!
//! Ties go to the pair of clusters with the smallest keys (a cluster's key
//! is its smallest member), so the result does not depend on the order
//! anything was computed in.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BinaryHeap, HashMap};

use chrono::NaiveDate;

use crate::{gap_penalty, join_spans, ClusterOptions, Span};

/// Sorted edges `((i, j), score)` with i < j.
pub(crate) type Edges = Vec<((usize, usize), f64)>;

/// A piece of the agglomeration: initial clusters and the edges among them.
pub(crate) type Component = (Vec<Vec<usize>>, Edges);

fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

fn union(parent: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find(parent, a), find(parent, b));
    if ra != rb {
        parent[ra.max(rb)] = ra.min(rb);
    }
}

/// Splits the agglomeration into independent pieces: the connected components
/// of the initial clusters joined by pair scores of at least `threshold`.
///
/// Average linkage never merges across them (an average at or above the
/// threshold needs one pair at or above it), so running it per component
/// gives the same clusters as running it on the whole graph, in less time.
pub(crate) fn components(
    initial: &[Vec<usize>],
    scores: &Edges,
    threshold: f64,
    n: usize,
) -> Vec<Component> {
    let mut parent: Vec<usize> = (0..n).collect();
    for g in initial {
        for w in g.windows(2) {
            union(&mut parent, w[0], w[1]);
        }
    }
    for &((i, j), s) in scores {
        if s >= threshold {
            union(&mut parent, i, j);
        }
    }
    let mut out: BTreeMap<usize, Component> = BTreeMap::new();
    for g in initial {
        if let Some(&first) = g.first() {
            let r = find(&mut parent, first);
            out.entry(r).or_default().0.push(g.clone());
        }
    }
    for &((i, j), s) in scores {
        let (ri, rj) = (find(&mut parent, i), find(&mut parent, j));
        if ri == rj {
            out.entry(ri).or_default().1.push(((i, j), s));
        }
    }
    out.into_values().collect()
}

/// A candidate merge in the queue: best average first, then smallest keys.
#[derive(PartialEq)]
struct Candidate {
    avg: f64,
    a: usize,
    b: usize,
    versions: (u32, u32),
}

impl Eq for Candidate {}

impl Ord for Candidate {
    fn cmp(&self, other: &Self) -> Ordering {
        self.avg
            .total_cmp(&other.avg)
            .then_with(|| (other.a, other.b).cmp(&(self.a, self.b)))
    }
}

impl PartialOrd for Candidate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Hash maps, not ordered ones, in the hot loop: nothing below depends on
/// a map's order (each sum gets its additions in score order, merges come
/// off the queue in its total order, and the result is sorted).
type Map<K, V> = HashMap<K, V, ahash::RandomState>;

fn map<K, V>() -> Map<K, V> {
    HashMap::with_hasher(ahash::RandomState::with_seeds(1, 2, 3, 4))
}

struct Cluster {
    members: Vec<usize>,
    span: Span,
    version: u32,
    /// Sum of pair scores to each neighbouring cluster, by key.
    sums: Map<usize, f64>,
}

/// Average-linkage agglomeration of one component (see the module doc).
pub(crate) fn average_linkage(
    initial: Vec<Vec<usize>>,
    scores: &Edges,
    dates: &[Option<NaiveDate>],
    opts: &ClusterOptions,
) -> Vec<Vec<usize>> {
    let threshold = opts.merge_threshold;
    let mut owner: Map<usize, usize> = map();
    let mut clusters: Map<usize, Cluster> = map();
    for g in initial {
        let key = g.iter().copied().min().unwrap_or(0);
        for &i in &g {
            owner.insert(i, key);
        }
        let span = g
            .iter()
            .filter_map(|&i| dates.get(i).copied().flatten())
            .fold(None, |acc: Span, d| join_spans(acc, Some((d, d))));
        clusters.insert(
            key,
            Cluster {
                members: g,
                span,
                version: 0,
                sums: map(),
            },
        );
    }
    for &((i, j), s) in scores {
        let (Some(&a), Some(&b)) = (owner.get(&i), owner.get(&j)) else {
            continue;
        };
        if a != b {
            for (x, y) in [(a, b), (b, a)] {
                if let Some(c) = clusters.get_mut(&x) {
                    *c.sums.entry(y).or_insert(0.0) += s;
                }
            }
        }
    }
    let average = |clusters: &Map<usize, Cluster>, a: usize, b: usize| -> Option<f64> {
        let (ca, cb) = (clusters.get(&a)?, clusters.get(&b)?);
        let sum = ca.sums.get(&b).copied()?;
        let size = (ca.members.len() * cb.members.len()) as f64;
        Some(sum / size - gap_penalty(ca.span, cb.span, opts))
    };
    let mut queue = BinaryHeap::new();
    for (&a, c) in &clusters {
        for &b in c.sums.keys().filter(|&&b| b > a) {
            if let Some(avg) = average(&clusters, a, b).filter(|&x| x >= threshold) {
                queue.push(Candidate {
                    avg,
                    a,
                    b,
                    versions: (0, 0),
                });
            }
        }
    }
    while let Some(Candidate { a, b, versions, .. }) = queue.pop() {
        let current = clusters.get(&a).zip(clusters.get(&b));
        if current.map(|(x, y)| (x.version, y.version)) != Some(versions) {
            continue; // stale: one side has merged since
        }
        // Merge b into a (a < b).
        let Some(gone) = clusters.remove(&b) else {
            continue;
        };
        let neighbours: Vec<usize> = {
            let Some(keep) = clusters.get_mut(&a) else {
                continue;
            };
            keep.members.extend(gone.members);
            keep.span = join_spans(keep.span, gone.span);
            keep.version += 1;
            keep.sums.remove(&b);
            for (k, s) in gone.sums {
                if k != a {
                    *keep.sums.entry(k).or_insert(0.0) += s;
                }
            }
            keep.sums.keys().copied().collect()
        };
        for k in neighbours {
            let Some(c) = clusters.get_mut(&k) else {
                continue;
            };
            let moved = c.sums.remove(&b).unwrap_or(0.0);
            *c.sums.entry(a).or_insert(0.0) += moved;
            let (x, y) = (a.min(k), a.max(k));
            if let Some(avg) = average(&clusters, x, y).filter(|&v| v >= threshold) {
                let version = |key: usize| clusters.get(&key).map_or(0, |c| c.version);
                queue.push(Candidate {
                    avg,
                    a: x,
                    b: y,
                    versions: (version(x), version(y)),
                });
            }
        }
    }
    let mut out: Vec<Vec<usize>> = clusters
        .into_values()
        .map(|mut c| {
            c.members.sort_unstable();
            c.members
        })
        .collect();
    out.sort_unstable();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn average_linkage_does_not_chain_through_one_bridge() {
        // 0-1-2 tightly linked; 3 links to 2 only, strongly.
        let scores = vec![((0, 1), 0.9), ((0, 2), 0.9), ((1, 2), 0.9), ((2, 3), 0.3)];
        let initial = vec![vec![0], vec![1], vec![2], vec![3]];
        let opts = ClusterOptions {
            merge_threshold: 0.2,
            ..ClusterOptions::default()
        };
        let out = average_linkage(initial, &scores, &[None; 4], &opts);
        assert_eq!(out, vec![vec![0, 1, 2], vec![3]]);
    }

    #[test]
    fn components_keep_scores_inside() {
        let scores = vec![((0, 1), 0.5), ((1, 2), 0.01)];
        let comps = components(&[vec![0], vec![1], vec![2]], &scores, 0.1, 3);
        assert_eq!(comps.len(), 2);
        assert_eq!(comps[0].0, vec![vec![0], vec![1]]);
        assert_eq!(comps[0].1.len(), 1);
        assert_eq!(comps[1].0, vec![vec![2]]);
    }
}
