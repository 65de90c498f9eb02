//! Governments named apart from their country ("the Kestrian government"),
//! and capitals standing for them ("Lunmar rejected"): joined after the
//! names, whose countries they need.

use std::collections::{BTreeMap, BTreeSet};

use super::super::fold;
use super::super::types::EntityKind;
use super::Join;

/// Governments named apart from their country (step 3), then metonyms
/// (step 4): the government of the capital's country, else the country.
pub(super) fn governments_and_metonyms(j: &mut Join<'_, '_>) {
    let Join {
        all,
        uf,
        anchored,
        countries,
        set_country,
        ..
    } = j;
    let mut gov_sets: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    for (g, &(_, _, m)) in all.iter().enumerate() {
        if !anchored[g] {
            continue;
        }
        let root = uf.find(g);
        if let Some(c) = &m.country {
            *set_country
                .entry(root)
                .or_default()
                .entry(c.clone())
                .or_default() += 1;
        }
    }
    let mut gov_roots: BTreeSet<usize> = BTreeSet::new();
    for (g, &(_, _, m)) in all.iter().enumerate() {
        if anchored[g] && m.kind == EntityKind::Government {
            gov_roots.insert(uf.find(g));
        }
    }
    let country_of_set = |root: usize| super::country_of_set(set_country, root);
    for root in gov_roots {
        if let Some(c) = country_of_set(root) {
            gov_sets.entry(c).or_default().insert(root);
        }
    }

    // 4. Metonyms: the government of the capital's country, else the
    // country; a seat whose country nothing tells stands for one state of
    // its own, apart from the city.
    let mut seats: BTreeMap<String, usize> = BTreeMap::new();
    for (g, &(_, _, m)) in all.iter().enumerate() {
        if !(m.metonym && m.kind == EntityKind::City) {
            continue;
        }
        let Some(c) = &m.country else {
            let key = fold::key(m.name.as_deref().unwrap_or(&m.text));
            anchored[g] = true;
            match seats.get(&key) {
                Some(&seat) => uf.union(seat, g),
                None => {
                    seats.insert(key, g);
                }
            }
            continue;
        };
        anchored[g] = true;
        match gov_sets
            .get(c)
            .filter(|s| s.len() == 1)
            .and_then(|s| s.iter().next())
        {
            Some(&gov) => uf.union(gov, g),
            None => {
                let node = match countries.get(c) {
                    Some(&node) => node,
                    None => {
                        let node = uf.add();
                        anchored.push(true);
                        countries.insert(c.clone(), node);
                        node
                    }
                };
                uf.union(node, g);
            }
        }
    }
}
