//! The first passes: links stated in each report, names by comparison key,
//! clipped first names of one surname, surnames left alone in their report,
//! acronyms and their expansions.

use std::collections::{BTreeMap, BTreeSet};

use super::super::fold;
use super::super::gazetteer::{self, Place};
use super::super::lexicon;
use super::super::types::{ArticleMentions, EntityKind, Mention, MentionForm};
use super::{is_orgish, org_core, skeleton_or_key, Join};

/// Step 1: Links stated in each report.
pub(super) fn stated(j: &mut Join<'_, '_>) {
    let articles = j.articles;
    let Join {
        all, offsets, uf, ..
    } = j;
    for (g, &(a, _, m)) in all.iter().enumerate() {
        if let Some(t) = m.same_as {
            if t < articles[a].mentions.len() {
                uf.union(g, offsets[a] + t);
            }
        }
    }
}

/// Step 2: Names by key. Returns the full names of people by last word.
pub(super) fn keys(j: &mut Join<'_, '_>) -> BTreeMap<String, BTreeSet<String>> {
    let learnt = j.learnt;
    let Join {
        all,
        uf,
        anchored,
        keyed,
        countries,
        ..
    } = j;
    let mut core_countries: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for &(_, _, m) in all.iter() {
        if m.form == MentionForm::Name && is_orgish(m.kind) {
            if let Some(c) = &m.country {
                core_countries
                    .entry(org_core(m, learnt))
                    .or_default()
                    .insert(c.clone());
            }
        }
    }
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
                let core = org_core(m, learnt);
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
    full_people
}

/// Two full names of the story with one surname whose first names are a
/// name and its clipping ("Wilf Gowdridge", "Wilfred Gowdridge"; three
/// letters kept, two or more left off) are one person, when no other full
/// name with that surname begins the same way.
pub(super) fn clipped_first_names(
    j: &mut Join<'_, '_>,
    full_people: &BTreeMap<String, BTreeSet<String>>,
) {
    let Join { uf, keyed, .. } = j;
    for fulls in full_people.values() {
        let firsts: Vec<(&str, &String)> = fulls
            .iter()
            .filter_map(|k| k.split_once(' ').map(|(first, _)| (first, k)))
            .collect();
        for &(short, short_key) in &firsts {
            if short.chars().count() < 3 {
                continue;
            }
            let mut longer = firsts
                .iter()
                .filter(|(first, _)| first.starts_with(short) && first.len() >= short.len() + 2);
            let (Some((_, long_key)), None) = (longer.next(), longer.next()) else {
                continue;
            };
            let key = |k: &str| {
                keyed
                    .get(&format!("person:{}", skeleton_or_key(k)))
                    .copied()
            };
            if let (Some(a), Some(b)) = (key(short_key), key(long_key)) {
                uf.union(a, b);
            }
        }
    }
}

/// Surnames left alone in their report: the one person of the story with
/// that last name, if there is exactly one.
pub(super) fn surnames(j: &mut Join<'_, '_>, full_people: &BTreeMap<String, BTreeSet<String>>) {
    let learnt = j.learnt;
    let Join {
        all,
        uf,
        anchored,
        keyed,
        ..
    } = j;
    // Full names of people in each report, by last word.
    let mut local: BTreeMap<(usize, String), BTreeSet<String>> = BTreeMap::new();
    for &(a, _, m) in all.iter() {
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
        // A lone word read as nothing in particular ("The judge sent
        // Drevik back") was keyed as a name of its own; it is still the
        // one person of the story with that surname.
        let lone_other = m.kind == EntityKind::Other && {
            let k = fold::key(m.name.as_deref().unwrap_or(&m.text));
            !k.contains(' ') && full_people.get(&k).is_some_and(|s| s.len() == 1)
        };
        if m.form != MentionForm::Name || m.same_as.is_some() || (anchored[g] && !lone_other) {
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
                    org_core(m, learnt),
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
}

/// Acronyms and their expansions.
pub(super) fn acronyms(j: &mut Join<'_, '_>) {
    let Join { all, uf, .. } = j;
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
}

/// A first name alone ("my son Jannik") is the one person of its report
/// whose full name begins with it ("Her son, Jannik Aldeman"), when it is
/// no one's surname in the story and no other person of that report shares
/// the first name. In a report that names no such person, it is the one
/// person of the story with that first name when a kin noun introduces it
/// ("His wife Bryony") or when the report names one of that person's family
/// ("Winifred Cattermole … if Jasper pays": Jasper Cattermole), or writes
/// that person's surname alone ("Drahomíra is stubborn … Křížková
/// herself"). A titled
/// short form ("Granny Win") is the one person of its report whose first
/// name it begins ("Winifred"). Runs after [`surnames`]: a lone word it
/// left as an unknown name is joined here.
pub(super) fn first_names(j: &mut Join<'_, '_>, full_people: &BTreeMap<String, BTreeSet<String>>) {
    let Join {
        all,
        uf,
        keyed,
        articles,
        ..
    } = j;
    let mut firsts: BTreeMap<(usize, String), BTreeSet<String>> = BTreeMap::new();
    let mut story_firsts: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    // Each report's family names: the last word of its full names.
    let mut families: BTreeSet<(usize, String)> = BTreeSet::new();
    for &(a, _, m) in all.iter() {
        if m.kind == EntityKind::Person && m.form == MentionForm::Name {
            let k = fold::key(m.name.as_deref().unwrap_or(&m.text));
            if let Some((first, _)) = k.split_once(' ') {
                firsts
                    .entry((a, first.to_owned()))
                    .or_default()
                    .insert(k.clone());
                story_firsts
                    .entry(first.to_owned())
                    .or_default()
                    .insert(k.clone());
            }
            if let Some((_, last)) = k.rsplit_once(' ') {
                families.insert((a, last.to_owned()));
            }
        }
        // A surname written alone ("Křížková herself") names the family in
        // its report too.
        if m.form == MentionForm::Name && matches!(m.kind, EntityKind::Person | EntityKind::Other) {
            let k = fold::key(m.name.as_deref().unwrap_or(&m.text));
            if !k.contains(' ') {
                families.insert((a, k));
            }
        }
    }
    let family_named = |a: usize, full: &str| {
        full.rsplit_once(' ')
            .is_some_and(|(_, last)| families.contains(&(a, last.to_owned())))
    };
    for (g, &(a, _, m)) in all.iter().enumerate() {
        if m.form != MentionForm::Name
            || m.country.is_some()
            || !matches!(m.kind, EntityKind::Person | EntityKind::Other)
        {
            continue;
        }
        let k = fold::key(m.name.as_deref().unwrap_or(&m.text));
        if k.contains(' ') || full_people.contains_key(&k) {
            continue;
        }
        // "His wife Bryony": a given name a kin noun introduces is the one
        // person of the story with that first name, though this report
        // never writes her name in full.
        let kin = articles
            .get(a)
            .is_some_and(|art| kin_introduced(art.body, m.start));
        let in_story = story_firsts
            .get(&k)
            .filter(|s| s.len() == 1)
            .and_then(|s| s.iter().next())
            .filter(|full| kin || family_named(a, full));
        // "Granny Win": the report's one person whose first name it begins.
        let short_form = || {
            let mut longer = firsts
                .range((a, k.clone())..)
                .take_while(|((b, first), _)| *b == a && first.starts_with(k.as_str()))
                .filter(|((_, first), _)| first.len() > k.len())
                .flat_map(|(_, fulls)| fulls.iter());
            let one = longer.next()?;
            longer.next().is_none().then_some(one)
        };
        // "Lachie" for Lachlan, "Miko" for Mikołaj: a pet form (the first
        // name's first letters and a diminutive ending) of the report's one
        // person whose first name so begins.
        let pet_form = || {
            let stem = PET_ENDINGS
                .iter()
                .find_map(|end| k.strip_suffix(end))
                .filter(|stem| stem.chars().count() >= 3)?;
            let mut longer = firsts
                .range((a, stem.to_owned())..)
                .take_while(|((b, first), _)| *b == a && first.starts_with(stem))
                .filter(|((_, first), _)| first.len() > k.len() && *first != k)
                .flat_map(|(_, fulls)| fulls.iter());
            if let Some(one) = longer.next() {
                return longer.next().is_none().then_some(one);
            }
            // Else the story's one such person, when this report names the
            // family or titles the pet form ("Grandson Lachie").
            let mut longer = story_firsts
                .range(stem.to_owned()..)
                .take_while(|(first, _)| first.starts_with(stem))
                .filter(|(first, _)| first.len() > k.len() && **first != k)
                .flat_map(|(_, fulls)| fulls.iter());
            let one = longer.next()?;
            (longer.next().is_none() && (m.title.is_some() || family_named(a, one))).then_some(one)
        };
        let full = match firsts.get(&(a, k.clone())) {
            Some(set) => (set.len() == 1).then(|| set.iter().next()).flatten(),
            None => in_story
                .or_else(|| {
                    (m.kind == EntityKind::Person && m.title.is_some() && k.chars().count() >= 3)
                        .then(short_form)
                        .flatten()
                })
                .or_else(pet_form),
        };
        let target = full.and_then(|full| keyed.get(&format!("person:{}", skeleton_or_key(full))));
        if let Some(&target) = target {
            uf.union(target, g);
        }
    }
}

/// Diminutive endings of English pet names ("Lachie", "Jonny", "Miko",
/// "Dani"). Hand-listed: a closed class.
const PET_ENDINGS: &[&str] = &["ie", "y", "o", "i"];

/// Whether a kin noun stands right before `start` ("His wife Bryony",
/// "her husband, Emlyn").
fn kin_introduced(body: &str, start: usize) -> bool {
    let before = body.get(..start).unwrap_or("").trim_end();
    let before = before.strip_suffix(',').unwrap_or(before);
    let word = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
        .to_lowercase();
    crate::quotes::kin_sex(&word).is_some()
}

/// Words a newspaper's name may open with and drop ("the Blare" for "The
/// Daily Blare"). Hand-listed: no data source has them.
const PERIODICAL_WORDS: &[&str] = &["daily", "sunday", "evening", "morning", "weekly"];

/// A newspaper named without its periodical word ("the Blare" for "The
/// Daily Blare"): the one name of the story that is that word and this
/// name, when the short name is written as an outlet or a name of no known
/// kind.
pub(super) fn periodical_short_names(j: &mut Join<'_, '_>) {
    let Join { all, uf, .. } = j;
    let outletish = |k: EntityKind| {
        matches!(
            k,
            EntityKind::MediaOutlet | EntityKind::Organisation | EntityKind::Other
        )
    };
    let mut by_core: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    let mut cores_of: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (g, &(_, _, m)) in all.iter().enumerate() {
        if m.form != MentionForm::Name || !outletish(m.kind) {
            continue;
        }
        let words = fold::words(m.name.as_deref().unwrap_or(&m.text));
        let words: Vec<&str> = words
            .iter()
            .map(String::as_str)
            .skip_while(|w| *w == "the")
            .collect();
        if let [first, rest @ ..] = words.as_slice() {
            if PERIODICAL_WORDS.contains(first) && !rest.is_empty() {
                let core = rest.join(" ");
                by_core.entry(core.clone()).or_default().insert(g);
                cores_of.entry(core).or_default().insert(words.join(" "));
            }
        }
    }
    for (g, &(_, _, m)) in all.iter().enumerate() {
        if m.form != MentionForm::Name || !outletish(m.kind) {
            continue;
        }
        let key = fold::key(m.name.as_deref().unwrap_or(&m.text));
        let key = key.strip_prefix("the ").unwrap_or(&key).to_owned();
        // One newspaper only: "the Blare" is not both "The Daily Blare"
        // and "The Sunday Blare".
        let one = cores_of.get(&key).is_some_and(|names| names.len() == 1);
        if let (true, Some(&target)) = (one, by_core.get(&key).and_then(|s| s.iter().next())) {
            uf.union(target, g);
        }
    }
}

/// An organisation named by its first word alone ("Gatewarden" for
/// "Gatewarden Security"): the one organisation (or name of unknown kind)
/// of the story whose name opens with that word, when the word is no place,
/// demonym or person's name and at least five letters long. A word the
/// story writes as a town somewhere ("the mayor of Gorrick", "the Gorrick
/// council") is a place, not "Gorrick Caves".
pub(super) fn org_short_names(j: &mut Join<'_, '_>) {
    let learnt = j.learnt;
    let Join {
        all, uf, articles, ..
    } = j;
    let towns = town_keys(all, articles);
    let mut by_first: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
    // "Wild Hearts" for "Wild Hearts Ardenza": a name that ends with its
    // country is written without it too.
    let mut by_stem: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
    for (g, &(_, _, m)) in all.iter().enumerate() {
        // Not a place: "Westerhaug" is not "Westerhaug University
        // Hospital".
        if !matches!(m.kind, EntityKind::Organisation | EntityKind::Other)
            || m.form != MentionForm::Name
        {
            continue;
        }
        let words = fold::words(m.name.as_deref().unwrap_or(&m.text));
        if words.len() < 2 {
            continue;
        }
        if let Some((last, stem)) = words.split_last().filter(|(_, stem)| stem.len() >= 2) {
            let country = matches!(gazetteer::lookup_key(last), Some(Place::Country(_)))
                || learnt.country(last).is_some();
            if country {
                by_stem
                    .entry(stem.join(" "))
                    .or_default()
                    .entry(words.join(" "))
                    .or_insert(g);
            }
        }
        by_first
            .entry(words[0].clone())
            .or_default()
            .entry(words.join(" "))
            .or_insert(g);
    }
    for (g, &(_, _, m)) in all.iter().enumerate() {
        if m.form != MentionForm::Name || m.country.is_some() {
            continue;
        }
        let k = fold::key(m.name.as_deref().unwrap_or(&m.text));
        // The stem may read as a person's name ("Green Paws").
        let stem_of = by_stem
            .get(&k)
            .filter(|o| o.len() == 1)
            .and_then(|o| o.values().next());
        if let Some(&target) = stem_of.filter(|_| {
            matches!(
                m.kind,
                EntityKind::Other | EntityKind::Organisation | EntityKind::Person
            )
        }) {
            uf.union(target, g);
            continue;
        }
        if !matches!(m.kind, EntityKind::Other | EntityKind::Organisation)
            || k.contains(' ')
            || k.chars().count() < 5
            || gazetteer::lookup_key(&k).is_some()
            || learnt.demonym(&k).is_some()
            || towns.contains(&k)
        {
            continue;
        }
        if let Some(orgs) = by_first.get(&k).filter(|o| o.len() == 1) {
            if let Some(&target) = orgs.values().next() {
                uf.union(target, g);
            }
        }
    }
}

/// The keys of the names the story writes as a town somewhere (see
/// [`written_as_town`]).
pub(super) fn town_keys(
    all: &[(usize, usize, &Mention)],
    articles: &[ArticleMentions<'_>],
) -> BTreeSet<String> {
    all.iter()
        .filter(|(a, _, m)| {
            articles
                .get(*a)
                .is_some_and(|art| written_as_town(art.body, m.start, m.end))
        })
        .map(|(_, _, m)| fold::key(m.name.as_deref().unwrap_or(&m.text)))
        .collect()
}

/// Whether the name at `start..end` is written as a town: after "mayor
/// of", "town of" or "village of", or before "council", "village" or "town
/// hall" ("the Gorrick council", "the Gorrick village hall"), after "in",
/// "near" or "outside", or as the dateline opening the body.
pub(super) fn written_as_town(body: &str, start: usize, end: usize) -> bool {
    let before = body.get(..start).unwrap_or("");
    let tail_from = before.char_indices().rev().nth(23).map_or(0, |(i, _)| i);
    let before = before[tail_from..].to_lowercase();
    let after = body.get(end..).unwrap_or("");
    let next = after
        .trim_start_matches(' ')
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    // "in Thistlecombe", "near Gorrick": a single name after a locative
    // preposition, not modifying a noun ("trading in Merrowgate shares");
    // a dateline ("EDERVÁR —") opens the body with its town.
    let modifies_noun = after.starts_with(' ')
        && next.starts_with(char::is_lowercase)
        && !matches!(
            next,
            "on" | "in"
                | "at"
                | "and"
                | "or"
                | "but"
                | "last"
                | "this"
                | "yesterday"
                | "today"
                | "where"
                | "when"
                | "for"
                | "to"
                | "from"
                | "with"
                | "after"
                | "before"
                | "since"
                | "until"
                | "as"
                | "by"
                | "overnight"
                | "earlier"
                | "later"
                // A verb after the place ends the phrase: "an architect in
                // Ellanmoor said".
                | "said"
                | "says"
                | "told"
                | "tells"
                | "is"
                | "was"
                | "are"
                | "were"
                | "has"
                | "had"
                | "have"
                | "will"
                | "would"
        );
    // "shares in Greywold": the company, not a place.
    let held = before
        .strip_suffix("in ")
        .and_then(|b| b.split_whitespace().next_back())
        .is_some_and(lexicon::is_holding_noun);
    // "outside Greywold's headquarters": the owner of what is there.
    let possessive = ["'s", "’s"].iter().any(|p| after.starts_with(p));
    let locative = !modifies_noun
        && !held
        && !possessive
        && ["in ", "near ", "outside "].iter().any(|p| {
            before
                .strip_suffix(p)
                .is_some_and(|b| b.is_empty() || b.ends_with(|c: char| !c.is_alphanumeric()))
        });
    let dateline = body.get(..start).is_some_and(|b| b.trim().is_empty())
        && [" —", " –", " -", ","].iter().any(|d| after.starts_with(d));
    ["mayor of ", "town of ", "village of "]
        .iter()
        .any(|p| before.ends_with(p))
        || (after.starts_with(' ') && matches!(next, "council" | "village" | "town"))
        || locative
        || dateline
}
