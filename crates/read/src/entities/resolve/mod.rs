//! Identities across the reports of a story: mentions joined by the links
//! each report states, then by comparison keys (folded names, consonant
//! skeletons, acronym initials), then governments, metonyms and groups,
//! which depend on the names already joined.
//!
//! The passes run in a fixed order over one union-find ([`Join`]), each in
//! its own module: `names` (stated links, keys, surnames, acronyms),
//! `venues` (a venue by its first word after "the"), `actors` (governments
//! and metonyms), `roles` (bare titles and one-person roles across
//! reports), `groups` (groups by role, bare head nouns). This
//! module holds the shared state and the comparison keys; it does not build
//! the table (`table`).

mod actors;
mod groups;
mod names;
mod roles;
mod venues;

use std::collections::BTreeMap;

use super::fold;
use super::gazetteer::{self, Place};
use super::learn::{self, Learnt};
use super::lexicon;
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
    // A one-word place written with and without a final vowel ("Ilvesto" /
    // "Ilvest"): a local and a foreign spelling of one name.
    if words.len() == 1 && matches!(m.kind, EntityKind::Place | EntityKind::City) {
        let w = &words[0];
        if w.chars().count() >= 6 {
            if let Some(stripped) = w.strip_suffix(['a', 'e', 'i', 'o', 'u']) {
                return skeleton_or_key(stripped);
            }
        }
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
            | EntityKind::Vessel
            | EntityKind::Plan
            | EntityKind::Other
    )
}
/// The state the passes share: every mention of the story (report index,
/// mention index, mention), the union-find over them, which mentions are
/// anchored (keyed to an identity), and the maps later passes read.
struct Join<'s, 'a> {
    articles: &'s [ArticleMentions<'a>],
    learnt: &'s Learnt,
    all: Vec<(usize, usize, &'s Mention)>,
    offsets: Vec<usize>,
    uf: UnionFind,
    anchored: Vec<bool>,
    /// The first mention of each comparison key.
    keyed: BTreeMap<String, usize>,
    /// The first mention of each country (by ISO code).
    countries: BTreeMap<String, usize>,
    /// Countries of the anchored mentions of each set, counted.
    set_country: BTreeMap<usize, BTreeMap<String, usize>>,
    /// Group mentions joined to a person sent under a one-person role.
    sent: Vec<bool>,
}

/// The country most of a set's mentions are tied to (ties: the first code).
fn country_of_set(
    set_country: &BTreeMap<usize, BTreeMap<String, usize>>,
    root: usize,
) -> Option<String> {
    set_country
        .get(&root)
        .and_then(|cs| {
            cs.iter()
                .max_by_key(|(c, n)| (**n, std::cmp::Reverse((*c).clone())))
        })
        .map(|(c, _)| c.clone())
}

/// Kinds only a cue beside one mention tells ("the trawler Sea Lark",
/// "the Blue Corridor programme"): every name of the story written the same
/// way and typed by no cue of its own (a person, a name left untyped, an
/// organisation or place by a head word: "the Sea Lark") takes that kind.
fn agree_kinds(mentions: &mut [Vec<Mention>]) {
    let mut cued: BTreeMap<String, EntityKind> = BTreeMap::new();
    for m in mentions.iter().flatten() {
        if m.form == MentionForm::Name && matches!(m.kind, EntityKind::Vessel | EntityKind::Plan) {
            let key = fold::key(m.name.as_deref().unwrap_or(&m.text));
            cued.entry(key).or_insert(m.kind);
        }
    }
    if cued.is_empty() {
        return;
    }
    for m in mentions.iter_mut().flatten() {
        let weak = matches!(
            m.kind,
            EntityKind::Person | EntityKind::Other | EntityKind::Organisation | EntityKind::Place
        );
        if m.form == MentionForm::Name && weak && m.country.is_none() {
            let key = fold::key(m.name.as_deref().unwrap_or(&m.text));
            if let Some(&kind) = cued.get(&key) {
                m.kind = kind;
            }
        }
    }
}

/// A tabloid's label written before a full name as if it were part of it
/// ("Brainy Ingrun Skjolberg, 46, warned", "Mechanic Oddvar Haugrud
/// said"): when the story names the same person elsewhere without the
/// first word ("Ingrun Skjolberg", "Oddvar Haugrud") and never writes that
/// word with the name again, the word is a label, not a first name. The
/// name is cut to the known one; the text keeps the label.
fn labels_before_names(mentions: &mut [Vec<Mention>]) {
    let names_of = |m: &Mention| fold::words(m.name.as_deref().unwrap_or(&m.text));
    let mut counts: BTreeMap<Vec<String>, usize> = BTreeMap::new();
    for m in mentions.iter().flatten() {
        if m.kind == EntityKind::Person && m.form == MentionForm::Name {
            let words = names_of(m);
            if words.len() >= 2 {
                *counts.entry(words).or_default() += 1;
            }
        }
    }
    for m in mentions.iter_mut().flatten() {
        if m.kind != EntityKind::Person || m.form != MentionForm::Name {
            continue;
        }
        let words = names_of(m);
        if words.len() < 3 || counts.get(&words).copied().unwrap_or(0) > 1 {
            continue;
        }
        if !counts.contains_key(&words[1..]) {
            continue;
        }
        let Some(name) = m.name.as_deref() else {
            continue;
        };
        // Cut the first written word and the space after it.
        let Some((_, rest)) = name.split_once(' ') else {
            continue;
        };
        m.name = Some(rest.to_owned());
    }
}

/// Joins the mentions of a story's reports into entities.
///
/// Deterministic: the same reports in the same order give the same table,
/// ids included.
pub fn resolve(articles: &[ArticleMentions<'_>]) -> EntityTable {
    let (mut learnt_mentions, learnt) = learn::learn(articles);
    agree_kinds(&mut learnt_mentions);
    labels_before_names(&mut learnt_mentions);
    let mut offsets = Vec::with_capacity(articles.len());
    let mut all: Vec<(usize, usize, &Mention)> = Vec::new();
    for (a, mentions) in learnt_mentions.iter().enumerate() {
        offsets.push(all.len());
        for (m, mention) in mentions.iter().enumerate() {
            all.push((a, m, mention));
        }
    }
    let n = all.len();
    let uf = UnionFind::new(n);
    let anchored = vec![false; n];
    let mut j = Join {
        articles,
        learnt: &learnt,
        all,
        offsets,
        uf,
        anchored,
        keyed: BTreeMap::new(),
        countries: BTreeMap::new(),
        set_country: BTreeMap::new(),
        sent: vec![false; n],
    };
    names::stated(&mut j);
    let full_people = names::keys(&mut j);
    names::clipped_first_names(&mut j, &full_people);
    names::surnames(&mut j, &full_people);
    names::first_names(&mut j, &full_people);
    names::org_short_names(&mut j);
    venues::venue_short_names(&mut j);
    names::periodical_short_names(&mut j);
    names::acronyms(&mut j);
    actors::governments_and_metonyms(&mut j);
    roles::bare_titles(&mut j);
    roles::one_person_roles(&mut j);
    groups::groups(&mut j);
    groups::bare_heads(&mut j);

    table::build(articles, &j.all, &j.offsets, &mut j.uf, &j.anchored)
}
