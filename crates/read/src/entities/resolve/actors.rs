//! Governments named apart from their country ("the Kestrian government"),
//! and capitals standing for them ("Lunmar rejected"): joined after the
//! names, whose countries they need. A country's one government is the
//! country; a government named by more than its country ("Afghanistan's
//! Taliban government") is a regime of its own.

use std::collections::{BTreeMap, BTreeSet};

use super::super::fold;
use super::super::gazetteer::{self, Place};
use super::super::learn::Learnt;
use super::super::lexicon;
use super::super::types::EntityKind;
use super::Join;

/// Governments named apart from their country (step 3), then metonyms
/// (step 4): the government of the capital's country, else the country.
pub(super) fn governments_and_metonyms(j: &mut Join<'_, '_>) {
    let j_learnt = j.learnt;
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
    let learnt = j_learnt;
    // Governments named by more than their country: "Afghanistan's
    // Taliban government" is a regime, not the state.
    let mut regimes: BTreeSet<usize> = BTreeSet::new();
    for (g, &(_, _, m)) in all.iter().enumerate() {
        if anchored[g] && m.kind == EntityKind::Government {
            let root = uf.find(g);
            gov_roots.insert(root);
            if names_more_than_a_country(&m.text, learnt) {
                regimes.insert(root);
            }
        }
    }
    let country_of_set = |root: usize| super::country_of_set(set_country, root);
    for root in gov_roots {
        if let Some(c) = country_of_set(root) {
            gov_sets.entry(c).or_default().insert(root);
        }
    }
    // "the Velskan government" is Velsko: one government of a country the
    // story names joins the country.
    for (c, govs) in &gov_sets {
        let (Some(&node), Some(&gov), 1) = (countries.get(c), govs.first(), govs.len()) else {
            continue;
        };
        if !regimes.contains(&gov) {
            uf.union(node, gov);
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

/// Whether a government's name has a word besides government words and the
/// country's name or demonym ("Taliban government", not "the Velskan
/// government" or "Government of Pakistan").
fn names_more_than_a_country(text: &str, learnt: &Learnt) -> bool {
    fold::words(text).iter().any(|w| {
        let country = matches!(
            gazetteer::lookup_key(w),
            Some(Place::Country(_) | Place::Demonym(_))
        ) || learnt.demonym(w).is_some()
            || learnt.country(w).is_some();
        !country && !lexicon::is_government_word(w) && !matches!(w.as_str(), "the" | "of" | "s")
    })
}
