//! Groups and bare heads: groups of people joined by role class and the
//! country of their modifier, a bare role noun to the one group of that
//! role in its report, and a bare head noun ("the Bank") to the one
//! multi-word place or organisation of the story it heads.

use std::collections::{BTreeMap, BTreeSet};

use super::super::fold;
use super::super::gazetteer;
use super::super::lexicon;
use super::super::types::{EntityKind, MentionForm};
use super::{is_orgish, Join};

/// Groups (step 5): by role class and the country of their modifier; then
/// bare role nouns: the one group of that role in the same report.
pub(super) fn groups(j: &mut Join<'_, '_>) {
    let Join {
        all,
        uf,
        anchored,
        keyed,
        set_country,
        sent,
        ..
    } = j;
    let n = all.len();
    let country_of_set = |root: usize| super::country_of_set(set_country, root);
    let mut group_keys: Vec<Option<String>> = vec![None; n];
    for (g, &(a, _, m)) in all.iter().enumerate() {
        if m.form != MentionForm::Group || sent[g] {
            continue;
        }
        let class = m.group.clone().unwrap_or_default();
        let unique = lexicon::group_class(&class).is_some_and(|(_, u)| u)
            || matches!(class.as_str(), "mediators" | "community");
        let country = m.country.clone().or_else(|| {
            let name = m.name.as_deref()?;
            // the modifier's own entity in this report, else by key
            let core = fold::key(name);
            all.iter()
                .enumerate()
                .find(|(_, (a2, _, o))| {
                    *a2 == a
                        && o.form == MentionForm::Name
                        && o.name.as_deref().map(fold::key) == Some(core.clone())
                })
                .or_else(|| {
                    all.iter().enumerate().find(|(_, (_, _, o))| {
                        o.form == MentionForm::Name
                            && o.name.as_deref().map(fold::key) == Some(core.clone())
                    })
                })
                .and_then(|(h, _)| {
                    let root = uf.find(h);
                    country_of_set(root)
                })
                .or_else(|| Some(format!("?{core}")))
        });
        group_keys[g] = if unique {
            Some(format!("group:{class}"))
        } else {
            country.map(|c| format!("group:{class}|{c}"))
        };
    }
    for g in 0..n {
        if let Some(key) = &group_keys[g] {
            anchored[g] = true;
            match keyed.get(key) {
                Some(&first) => uf.union(first, g),
                None => {
                    keyed.insert(key.clone(), g);
                }
            }
        }
    }
    // Bare role nouns: the one group of that role in the same report.
    for (g, &(a, _, m)) in all.iter().enumerate() {
        if m.form != MentionForm::Group || group_keys[g].is_some() || m.same_as.is_some() || sent[g]
        {
            continue;
        }
        let roots: BTreeSet<usize> = (0..n)
            .filter(|&h| all[h].0 == a && group_keys[h].is_some() && all[h].2.group == m.group)
            .map(|h| uf.find(h))
            .collect();
        if roots.len() == 1 {
            if let Some(&r) = roots.iter().next() {
                uf.union(r, g);
            }
        }
    }
}

/// A bare head noun (step 6: "the Bank") written alone: the one
/// multi-word place or organisation of the story it heads ("the Haskel
/// Bank"), when exactly one does and the word names nothing else.
pub(super) fn bare_heads(j: &mut Join<'_, '_>) {
    let learnt = j.learnt;
    let Join {
        all, uf, anchored, ..
    } = j;
    let n = all.len();
    let mut heads: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    for (g, &(_, _, m)) in all.iter().enumerate() {
        if m.form == MentionForm::Name && anchored[g] && is_orgish(m.kind) {
            let words = fold::words(m.name.as_deref().unwrap_or(&m.text));
            // "Radio Quarrenby": a name whose head word comes first ends
            // with a name, not a head ("Quarrenby" alone is the town).
            let head_first = words
                .first()
                .is_some_and(|w| lexicon::org_kind(w).is_some());
            if words.len() >= 2 && !head_first {
                if let Some(last) = words.last() {
                    heads.entry(last.clone()).or_default().insert(uf.find(g));
                }
            }
        }
    }
    for (g, &(_, _, m)) in all.iter().enumerate() {
        if m.form != MentionForm::Name
            || m.same_as.is_some()
            || m.country.is_some()
            || !matches!(
                m.kind,
                EntityKind::Other | EntityKind::Organisation | EntityKind::Place
            )
        {
            continue;
        }
        let words = fold::words(m.name.as_deref().unwrap_or(&m.text));
        let [word] = words.as_slice() else { continue };
        if gazetteer::lookup_key(word).is_some() || learnt.modifier(word).is_some() {
            continue;
        }
        let roots: BTreeSet<usize> = heads
            .get(word)
            .into_iter()
            .flatten()
            .map(|&r| uf.find(r))
            .collect();
        let own = uf.find(g);
        if roots.len() == 1 && !roots.contains(&own) {
            // only a set of this bare word alone is joined
            let alone = (0..n)
                .filter(|&h| uf.find(h) == own)
                .all(|h| fold::words(all[h].2.name.as_deref().unwrap_or(&all[h].2.text)) == words);
            if let (true, Some(&r)) = (alone, roots.iter().next()) {
                uf.union(r, g);
                anchored[g] = true;
            }
        }
    }
}
