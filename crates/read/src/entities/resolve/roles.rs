//! Roles across reports: a bare title with a portfolio or a country ("the
//! information minister") joined to the one person of the story holding
//! that role, and a country's one-person role ("the Kestrian mediator") to
//! the one person that country sent under it. Nothing is joined when two
//! candidates fit.

use std::collections::{BTreeMap, BTreeSet};

use super::super::fold;
use super::super::gazetteer::{self, Place};
use super::super::link;
use super::super::types::{EntityKind, MentionForm};
use super::Join;

/// Step 4b: Bare titles with a portfolio or a country left unresolved in their
/// report ("the information minister"): the one person of the story
/// holding that role.
pub(super) fn bare_titles(j: &mut Join<'_, '_>) {
    let Join {
        all, uf, anchored, ..
    } = j;
    let mut holders: BTreeMap<(String, Option<String>), BTreeSet<usize>> = BTreeMap::new();
    let mut holder_country: BTreeMap<usize, Option<String>> = BTreeMap::new();
    for (g, &(_, _, m)) in all.iter().enumerate() {
        if m.form == MentionForm::Name && m.kind == EntityKind::Person && anchored[g] {
            if let Some(r) = m.title.as_deref().and_then(link::role) {
                let root = uf.find(g);
                holders.entry(r).or_default().insert(root);
                if m.country.is_some() {
                    holder_country.insert(root, m.country.clone());
                }
            }
        }
    }
    for (g, &(_, _, m)) in all.iter().enumerate() {
        if m.form != MentionForm::Title || m.same_as.is_some() {
            continue;
        }
        let Some((head, domain)) = m.title.as_deref().and_then(link::role) else {
            continue;
        };
        if domain.is_none() {
            continue; // "the minister": too vague across reports
        }
        let fits: BTreeSet<usize> = holders
            .get(&(head, domain))
            .into_iter()
            .flatten()
            .map(|&r| uf.find(r))
            .filter(|r| {
                m.country.is_none()
                    || match holder_country.get(r) {
                        Some(Some(c)) => Some(c) == m.country.as_ref(),
                        _ => true,
                    }
            })
            .collect();
        if fits.len() == 1 {
            if let Some(&r) = fits.iter().next() {
                uf.union(r, g);
                anchored[g] = true;
            }
        }
    }
}

/// Step 4c: "The Kestrian mediator": a singular one-person role of a country is
/// the one person of the story sent by that country under such a role
/// ("Kestrian envoy Anna Brell"), when there is exactly one.
pub(super) fn one_person_roles(j: &mut Join<'_, '_>) {
    let articles = j.articles;
    let learnt = j.learnt;
    let Join {
        all,
        uf,
        anchored,
        sent,
        ..
    } = j;
    let envoy_role = |w: &str| w == "envoy" || link::is_one_person_role(w);
    let mut envoys: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    for (g, &(a, _, m)) in all.iter().enumerate() {
        if m.form == MentionForm::Name && m.kind == EntityKind::Person && anchored[g] {
            let head = m.title.as_deref().and_then(link::role).map(|r| r.0);
            if let (Some(head), Some(c)) = (head, &m.country) {
                if envoy_role(&head) {
                    envoys.entry(c.clone()).or_default().insert(g);
                }
            }
            // a lowercase role written before the name: "Kestrian envoy
            // Anna Brell", "the Kestrian envoy, Anna Brell"
            let before = articles[a].body.get(..m.start).unwrap_or("");
            let before = before.strip_suffix(", ").unwrap_or(before);
            let mut words = before.split_whitespace().rev();
            if let (Some(role), Some(demonym)) = (words.next(), words.next()) {
                if envoy_role(role) {
                    let w = fold::key(demonym);
                    let c = match gazetteer::lookup_key(&w) {
                        Some(Place::Demonym(c)) => Some(c.to_owned()),
                        _ => learnt.demonym(&w).map(str::to_owned),
                    };
                    if let Some(c) = c {
                        envoys.entry(c).or_default().insert(g);
                    }
                }
            }
        }
    }
    for (g, &(_, _, m)) in all.iter().enumerate() {
        if m.form != MentionForm::Group || m.same_as.is_some() {
            continue;
        }
        let Some(c) = &m.country else { continue };
        if !fold::words(&m.text).last().is_some_and(|w| envoy_role(w)) {
            continue;
        }
        let roots: BTreeSet<usize> = envoys
            .get(c)
            .into_iter()
            .flatten()
            .map(|&r| uf.find(r))
            .collect();
        if roots.len() == 1 {
            if let Some(&r) = roots.iter().next() {
                uf.union(r, g);
                anchored[g] = true;
                sent[g] = true;
            }
        }
    }
}
