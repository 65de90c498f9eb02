//! Union-find over indices (the quote comparison's same-words groups).

use std::collections::BTreeMap;

/// Union-find over indices; hand-written (a dozen lines, no crate needed).
pub(crate) struct UnionFind(Vec<usize>);

impl UnionFind {
    pub fn new(n: usize) -> Self {
        UnionFind((0..n).collect())
    }
    pub fn find(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }
    pub fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.0[ra.max(rb)] = ra.min(rb);
        }
    }
    /// Sets of two or more members, each sorted, in order of their first member.
    pub fn sets(&mut self) -> Vec<Vec<usize>> {
        let mut m: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for i in 0..self.0.len() {
            let r = self.find(i);
            m.entry(r).or_default().push(i);
        }
        m.into_values().filter(|s| s.len() >= 2).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn union_find_groups() {
        let mut u = UnionFind::new(4);
        u.union(0, 2);
        u.union(3, 2);
        assert_eq!(u.sets(), vec![vec![0, 2, 3]]);
    }
}
