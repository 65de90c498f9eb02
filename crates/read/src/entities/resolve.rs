//! Identities across the reports of a story: mentions joined by the links
//! each report states, then by comparison keys (folded names, consonant
//! skeletons, acronym initials), then governments, metonyms and groups,
//! which depend on the names already joined.

use std::collections::{BTreeMap, BTreeSet};

use super::fold;
use super::gazetteer::{self, Place};
use super::learn::{self, Learnt};
use super::lexicon;
use super::link;
use super::table;
use super::types::{ArticleMentions, EntityKind, EntityTable, Mention, MentionForm};
use super::union::UnionFind;

/// Consonants in a skeleton: enough of them and two names sharing one are
/// the same name spelt two ways.
fn skeleton_or_key(key: &str) -> String {
    let sk = fold::skeleton(key);
    if sk.chars().filter(|c| c.is_alphabetic()).count() >= 6 {
        format!("~{sk}")
    } else {
        learn::loosen(key)
    }
}

/// The core of an organisation's name: without a leading demonym or
/// possessor country, without a trailing "government"/"regime".
fn org_core(m: &Mention, learnt: &Learnt) -> String {
    let name = m.name.as_deref().unwrap_or(&m.text);
    let mut words = fold::words(name);
    while words.len() > 1 && words.last().is_some_and(|w| lexicon::is_government_word(w)) {
        words.pop();
    }
    if words.len() > 1
        && (matches!(
            gazetteer::lookup_key(&words[0]),
            Some(Place::Demonym(_) | Place::Country(_))
        ) || learnt.modifier(&words[0]).is_some())
    {
        words.remove(0);
    }
    skeleton_or_key(&fold::key(&words.join(" ")))
}

fn is_orgish(kind: EntityKind) -> bool {
    matches!(
        kind,
        EntityKind::Organisation
            | EntityKind::City
            | EntityKind::Government
            | EntityKind::Document
            | EntityKind::MediaOutlet
            | EntityKind::Programme
            | EntityKind::Place
            | EntityKind::Other
    )
}

/// Joins the mentions of a story's reports into entities.
///
/// Deterministic: the same reports in the same order give the same table,
/// ids included.
pub fn resolve(articles: &[ArticleMentions<'_>]) -> EntityTable {
    let (learnt_mentions, learnt) = learn::learn(articles);
    let mut offsets = Vec::with_capacity(articles.len());
    let mut all: Vec<(usize, usize, &Mention)> = Vec::new();
    for (a, mentions) in learnt_mentions.iter().enumerate() {
        offsets.push(all.len());
        for (m, mention) in mentions.iter().enumerate() {
            all.push((a, m, mention));
        }
    }
    let n = all.len();
    let mut uf = UnionFind::new(n);
    let mut anchored = vec![false; n];

    // 1. Links stated in each report.
    for (g, &(a, _, m)) in all.iter().enumerate() {
        if let Some(t) = m.same_as {
            if t < articles[a].mentions.len() {
                uf.union(g, offsets[a] + t);
            }
        }
    }

    // 2. Names by key.
    let mut core_countries: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for &(_, _, m) in &all {
        if m.form == MentionForm::Name && is_orgish(m.kind) {
            if let Some(c) = &m.country {
                core_countries
                    .entry(org_core(m, &learnt))
                    .or_default()
                    .insert(c.clone());
            }
        }
    }
    let mut countries: BTreeMap<String, usize> = BTreeMap::new();
    let mut keyed: BTreeMap<String, usize> = BTreeMap::new();
    let mut full_people: BTreeMap<String, BTreeSet<String>> = BTreeMap::new(); // last word -> keys
    for (g, &(_, _, m)) in all.iter().enumerate() {
        let key = match (m.kind, m.form) {
            (_, MentionForm::Title) | (_, MentionForm::Group) => None,
            (EntityKind::Country, _) => m.country.as_ref().map(|c| format!("country:{c}")),
            (EntityKind::City, _) if m.metonym => None,
            (EntityKind::Platform, _) => Some(format!(
                "platform:{}",
                fold::key(m.name.as_deref().unwrap_or(&m.text))
            )),
            (EntityKind::Other, MentionForm::Acronym) => None,
            (_, MentionForm::Acronym) if m.same_as.is_none() => {
                Some(format!("acronym:{}", m.text.to_uppercase()))
            }
            (_, MentionForm::Acronym) => None,
            (EntityKind::Person, _) => {
                let k = fold::key(m.name.as_deref().unwrap_or(&m.text));
                if k.contains(' ') {
                    if let Some(last) = k.rsplit(' ').next() {
                        full_people
                            .entry(last.to_owned())
                            .or_default()
                            .insert(k.clone());
                    }
                    Some(format!("person:{}", skeleton_or_key(&k)))
                } else {
                    None // a surname: linked in its report or below
                }
            }
            (kind, _) if is_orgish(kind) => {
                let core = org_core(m, &learnt);
                let country = m.country.clone().or_else(|| {
                    core_countries
                        .get(&core)
                        .filter(|s| s.len() == 1)
                        .and_then(|s| s.iter().next().cloned())
                });
                Some(format!("org:{core}|{}", country.unwrap_or_default()))
            }
            _ => None,
        };
        if let Some(key) = key {
            anchored[g] = true;
            match keyed.get(&key) {
                Some(&first) => uf.union(first, g),
                None => {
                    keyed.insert(key, g);
                }
            }
        }
        if m.kind == EntityKind::Country && m.form != MentionForm::Title {
            if let Some(c) = &m.country {
                countries.entry(c.clone()).or_insert(g);
            }
        }
    }
    // Surnames left alone in their report: the one person of the story
    // with that last name, if there is exactly one.
    // Full names of people in each report, by last word.
    let mut local: BTreeMap<(usize, String), BTreeSet<String>> = BTreeMap::new();
    for &(a, _, m) in &all {
        if m.kind == EntityKind::Person && m.form == MentionForm::Name {
            let k = fold::key(m.name.as_deref().unwrap_or(&m.text));
            if let Some((_, last)) = k.rsplit_once(' ') {
                local
                    .entry((a, last.to_owned()))
                    .or_default()
                    .insert(k.clone());
            }
        }
    }
    let local_people =
        |a: usize, last: &str| local.get(&(a, last.to_owned())).map_or(0, BTreeSet::len);
    for (g, &(a, _, m)) in all.iter().enumerate() {
        if m.form != MentionForm::Name || m.same_as.is_some() || anchored[g] {
            continue;
        }
        if !matches!(m.kind, EntityKind::Person | EntityKind::Other) {
            continue;
        }
        let k = fold::key(m.name.as_deref().unwrap_or(&m.text));
        if k.contains(' ') {
            continue;
        }
        if m.kind == EntityKind::Person && (m.title.is_none() || local_people(a, &k) != 0) {
            // ambiguous in its own report ("Orlan" with two Orlans named
            // there): left unlinked; a titled surname with no one of that
            // name in its report ("Envoy Cavusel") is linked below
            continue;
        }
        match full_people.get(&k) {
            Some(set) if set.len() == 1 => {
                if let Some(full) = set.iter().next() {
                    if let Some(&target) = keyed.get(&format!("person:{}", skeleton_or_key(full))) {
                        uf.union(target, g);
                        anchored[g] = true;
                    }
                }
            }
            Some(set) if set.len() > 1 && m.kind == EntityKind::Person => {
                // two people of the story share the surname: neither
            }
            _ => {
                let key = format!(
                    "org:{}|{}",
                    org_core(m, &learnt),
                    m.country.clone().unwrap_or_default()
                );
                anchored[g] = true;
                match keyed.get(&key) {
                    Some(&first) => uf.union(first, g),
                    None => {
                        keyed.insert(key, g);
                    }
                }
            }
        }
    }
    // Acronyms and their expansions.
    let mut expansions: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    for (g, &(_, _, m)) in all.iter().enumerate() {
        if m.form == MentionForm::Name && is_orgish(m.kind) {
            let name = m.name.as_deref().unwrap_or(&m.text);
            if name.split_whitespace().count() + name.matches('-').count() >= 2 {
                let root = uf.find(g);
                expansions
                    .entry(fold::initials(name))
                    .or_default()
                    .insert(root);
            }
        }
    }
    for (g, &(_, _, m)) in all.iter().enumerate() {
        if m.form == MentionForm::Acronym {
            if let Some(roots) = expansions.get(&m.text.to_uppercase()) {
                let roots: BTreeSet<usize> = roots.iter().map(|&r| uf.find(r)).collect();
                if roots.len() == 1 {
                    if let Some(&r) = roots.iter().next() {
                        uf.union(r, g);
                    }
                }
            }
        }
    }

    // 3. Governments named apart from their country.
    let mut set_country: BTreeMap<usize, BTreeMap<String, usize>> = BTreeMap::new();
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
    let country_of_set = |root: usize| -> Option<String> {
        set_country
            .get(&root)
            .and_then(|cs| {
                cs.iter()
                    .max_by_key(|(c, n)| (**n, std::cmp::Reverse((*c).clone())))
            })
            .map(|(c, _)| c.clone())
    };
    for root in gov_roots {
        if let Some(c) = country_of_set(root) {
            gov_sets.entry(c).or_default().insert(root);
        }
    }

    // 4. Metonyms: the government of the capital's country, else the country.
    for (g, &(_, _, m)) in all.iter().enumerate() {
        if !(m.metonym && m.kind == EntityKind::City) {
            continue;
        }
        let Some(c) = &m.country else { continue };
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

    // 4b. Bare titles with a portfolio or a country left unresolved in their
    // report ("the information minister"): the one person of the story
    // holding that role.
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

    // 4c. "The Kestrian mediator": a singular one-person role of a
    // country is the one person of the story sent by that country under
    // such a role ("Kestrian envoy Anna Brell"), when there is exactly one.
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
    let mut sent = vec![false; n];
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

    // 5. Groups: by role class and the country of their modifier.
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

    // 6. A bare head noun ("the Bank") written alone: the one multi-word
    // place or organisation of the story it heads ("the Haskel Bank"),
    // when exactly one does and the word names nothing else.
    let mut heads: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    for (g, &(_, _, m)) in all.iter().enumerate() {
        if m.form == MentionForm::Name && anchored[g] && is_orgish(m.kind) {
            let words = fold::words(m.name.as_deref().unwrap_or(&m.text));
            if words.len() >= 2 {
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

    table::build(articles, &all, &offsets, &mut uf, &anchored)
}
