//! The entity table made from the joined mentions: canonical names, kinds,
//! aliases, stable ids, and the per-report index `entity_of` searches.

use std::collections::{BTreeMap, BTreeSet};

use super::fold;
use super::gazetteer;
use super::lexicon;
use super::types::{
    ArticleMentions, Entity, EntityKind, EntityTable, Mention, MentionForm, Placed,
};
use super::union::UnionFind;

fn kind_rank(kind: EntityKind) -> u8 {
    use EntityKind as K;
    match kind {
        K::Government => 0,
        K::Country => 1,
        K::Document => 2,
        K::MediaOutlet => 3,
        K::Programme => 4,
        K::Platform => 5,
        K::Organisation => 6,
        K::Person => 7,
        K::Group => 8,
        K::City => 9,
        K::Place => 10,
        K::Vessel => 11,
        K::Plan => 12,
        _ => 13,
    }
}

fn slug(s: &str) -> String {
    let words = fold::words(s);
    words.join("-")
}

fn kind_slug(kind: EntityKind) -> &'static str {
    use EntityKind as K;
    match kind {
        K::Person => "person",
        K::Organisation => "organisation",
        K::Government => "government",
        K::Group => "group",
        K::Country => "country",
        K::City => "city",
        K::Place => "place",
        K::MediaOutlet => "media",
        K::Programme => "programme",
        K::Platform => "platform",
        K::Document => "document",
        K::Vessel => "vessel",
        K::Plan => "plan",
        _ => "other",
    }
}

/// The entities of the joined sets that hold a keyed mention, sorted by id,
/// and each report's mentions placed with their entity.
pub(super) fn build(
    articles: &[ArticleMentions<'_>],
    all: &[(usize, usize, &Mention)],
    offsets: &[usize],
    uf: &mut UnionFind,
    anchored: &[bool],
) -> EntityTable {
    let n = all.len();
    let total = anchored.len();
    let mut live: BTreeSet<usize> = BTreeSet::new();
    for (g, &a) in anchored.iter().enumerate().take(total) {
        if a && g < n {
            live.insert(uf.find(g));
        }
    }
    let mut members: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for g in 0..n {
        let r = uf.find(g);
        if live.contains(&r) {
            members.entry(r).or_default().push(g);
        }
    }
    let mut entities: Vec<(Entity, usize)> = Vec::new();
    for (root, gs) in &members {
        let mut aliases: BTreeSet<String> = BTreeSet::new();
        let mut names: BTreeSet<String> = BTreeSet::new();
        let mut votes: BTreeMap<EntityKind, usize> = BTreeMap::new();
        let mut country = None;
        for &g in gs {
            let m = all[g].2;
            aliases.insert(m.text.clone());
            if let Some(name) = &m.name {
                if m.form != MentionForm::Group {
                    aliases.insert(name.clone());
                }
                let governmental = fold::words(name)
                    .iter()
                    .any(|w| lexicon::is_government_word(w));
                if !m.metonym && m.form != MentionForm::Group && !governmental {
                    names.insert(name.clone());
                }
            }
            if m.form == MentionForm::Group {
                names.insert(m.text.clone());
            }
            if !m.metonym && m.form != MentionForm::Title {
                *votes.entry(m.kind).or_default() += 1;
            }
            if country.is_none() {
                country = m.country.clone();
            }
        }
        // The most frequent kind; a government named in the set wins, then
        // the kinds in `kind_rank` order. A mention of no known kind (a bare
        // first name: "Crispin says …") votes only when no mention has one:
        // "Her father, Crispin Trewin," makes the set a person however often
        // the first name is written alone.
        let known = votes.keys().any(|k| *k != EntityKind::Other);
        let mut kind = votes
            .iter()
            .filter(|(k, _)| !known || **k != EntityKind::Other)
            .max_by(|a, b| {
                a.1.cmp(b.1)
                    .then_with(|| kind_rank(*b.0).cmp(&kind_rank(*a.0)))
            })
            .map_or(EntityKind::Other, |(k, _)| *k);
        if votes.contains_key(&EntityKind::Government) {
            kind = EntityKind::Government;
        } else if kind == EntityKind::Other
            && gs.iter().any(|&g| all[g].2.form == MentionForm::Dateline)
        {
            // A name written as a dateline is a place.
            kind = EntityKind::City;
        } else if kind == EntityKind::Other
            && votes
                .keys()
                .all(|k| matches!(k, EntityKind::Other | EntityKind::Place | EntityKind::City))
            && gs.iter().any(|&g| {
                let (a, _, m) = all[g];
                articles
                    .get(a)
                    .is_some_and(|art| written_as_place(art.body, m.start))
            })
        {
            // "the border town of Marrick", "flown to the hospital in
            // Marrick": a name nothing else makes a person or a body.
            kind = EntityKind::Place;
        }
        if votes.is_empty() && gs.iter().any(|&g| all[g].2.metonym) {
            kind = EntityKind::Country;
        }
        let fallback = || {
            country
                .as_deref()
                .and_then(gazetteer::country_name)
                .map(str::to_owned)
                .unwrap_or_default()
        };
        let name = names
            .iter()
            .max_by(|a, b| {
                a.chars()
                    .count()
                    .cmp(&b.chars().count())
                    .then_with(|| b.cmp(a))
            })
            .cloned()
            .or_else(|| {
                aliases
                    .iter()
                    .max_by(|a, b| {
                        a.chars()
                            .count()
                            .cmp(&b.chars().count())
                            .then_with(|| b.cmp(a))
                    })
                    .cloned()
            })
            .unwrap_or_else(fallback);
        entities.push((
            Entity {
                id: format!("{}:{}", kind_slug(kind), slug(&name)),
                name,
                kind,
                aliases: aliases.into_iter().collect(),
                mentions: gs.len(),
            },
            *root,
        ));
    }
    // Unique ids, assigned in order of first mention.
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for (e, _) in entities.iter_mut() {
        let count = seen.entry(e.id.clone()).or_default();
        *count += 1;
        if *count > 1 {
            e.id = format!("{}-{}", e.id, count);
        }
    }
    entities.sort_by(|a, b| a.0.id.cmp(&b.0.id));
    let index: BTreeMap<usize, usize> = entities
        .iter()
        .enumerate()
        .map(|(i, (_, r))| (*r, i))
        .collect();
    let mut placed = Vec::with_capacity(articles.len());
    for (a, art) in articles.iter().enumerate() {
        let mut list: Vec<Placed> = art
            .mentions
            .iter()
            .enumerate()
            .map(|(m, mention)| {
                let g = offsets[a] + m;
                let root = uf.find(g);
                Placed {
                    start: mention.start,
                    end: mention.end,
                    entity: index.get(&root).copied(),
                }
            })
            .collect();
        list.sort_by_key(|p| (p.start, p.end));
        placed.push((art.article.clone(), list));
    }
    EntityTable {
        entities: entities.into_iter().map(|(e, _)| e).collect(),
        placed,
    }
}

/// Whether the name starting at `start` is written as a place: right after
/// "in", "near", "outside" (also before "the"), or
/// "town/village/city/port of".
fn written_as_place(body: &str, start: usize) -> bool {
    let before = body.get(..start).unwrap_or("");
    let mut words = before.split_whitespace().rev().map(str::to_lowercase);
    let mut prev = words.next().unwrap_or_default();
    // "in the Saltings End" (not "at the": "signed at the Weavers' Hall"
    // names a venue the reader may have cut short)
    if prev == "the" {
        prev = words.next().unwrap_or_default();
        return matches!(prev.as_str(), "in" | "near" | "outside");
    }
    match prev.as_str() {
        // Not "to" or "from": "the cost to Gatewarden", "a letter from X".
        "in" | "near" | "outside" => true,
        "of" => words
            .next()
            .is_some_and(|w| matches!(w.as_str(), "town" | "village" | "city" | "port")),
        _ => false,
    }
}
