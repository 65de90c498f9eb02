//! A venue named by its first word after "the" ("the Börtekin" for
//! "Börtekin Stadium", "back at the Kelvar" for "Kelvar Arena"): the one
//! venue of the story whose name opens with that word. "The" before a
//! single name marks a thing, not a town ("in Erzenli" stays the city).
//!
//! What it does not: join a name written without "the", a word that opens
//! the names of two venues, or one the story also writes as a town.

use std::collections::{BTreeMap, BTreeSet};

use super::super::fold;
use super::super::types::{EntityKind, MentionForm};
use super::Join;

/// The last words that make a name a venue's. Hand-listed: no data source
/// lists the head nouns of venue names.
const VENUE_HEADS: &[&str] = &[
    "stadium",
    "arena",
    "ground",
    "hall",
    "theatre",
    "theater",
    "centre",
    "center",
    "bridge",
    "velodrome",
    "racecourse",
    "pavilion",
];

/// Joins each "the <Word>" to the one venue whose name opens with that word.
pub(super) fn venue_short_names(j: &mut Join<'_, '_>) {
    let Join {
        all, uf, articles, ..
    } = j;
    // A word the story also writes as a town ("in Kelvarn") is the town:
    // its mentions share one key, so joining one would join them all.
    let towns = super::names::town_keys(all, articles);
    let mut by_first: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut first_of: BTreeMap<String, usize> = BTreeMap::new();
    for (g, &(_, _, m)) in all.iter().enumerate() {
        if m.form != MentionForm::Name || matches!(m.kind, EntityKind::Person | EntityKind::Country)
        {
            continue;
        }
        let words = fold::words(m.name.as_deref().unwrap_or(&m.text));
        let (Some(first), Some(last)) = (words.first(), words.last()) else {
            continue;
        };
        if words.len() >= 2 && VENUE_HEADS.contains(&last.as_str()) {
            by_first
                .entry(first.clone())
                .or_default()
                .insert(words.join(" "));
            first_of.entry(words.join(" ")).or_insert(g);
        }
    }
    for (g, &(a, _, m)) in all.iter().enumerate() {
        if m.form != MentionForm::Name || matches!(m.kind, EntityKind::Person | EntityKind::Country)
        {
            continue;
        }
        let key = fold::key(m.name.as_deref().unwrap_or(&m.text));
        if key.contains(' ') || towns.contains(&key) {
            continue;
        }
        let after_the = articles.get(a).is_some_and(|art| {
            art.body
                .get(..m.start)
                .is_some_and(|b| b.ends_with(" the ") || b.ends_with("\nthe "))
        });
        let venue = by_first
            .get(&key)
            .filter(|names| names.len() == 1)
            .and_then(|names| names.iter().next())
            .and_then(|name| first_of.get(name));
        if let (true, Some(&target)) = (after_the, venue) {
            uf.union(target, g);
        }
    }
}
