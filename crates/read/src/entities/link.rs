//! Links inside one report: a surname to the one person of the report who
//! has it, a bare title to the one person holding it, an appositive title to
//! the name it follows, a bare role noun to the one group of that role.
//! Nothing is linked when two candidates are possible.

use std::collections::BTreeMap;

use super::fold;
use super::lexicon;
use super::types::{EntityKind, Mention, MentionForm};

/// A title's comparable parts: its head ("minister") and its portfolio
/// ("defence"), if any.
pub fn role(title: &str) -> Option<(String, Option<String>)> {
    let words = fold::words(title);
    let head = words.iter().find(|w| lexicon::is_title_head(w))?.clone();
    let domain = words
        .iter()
        .filter(|w| {
            **w != head
                && lexicon::is_portfolio(w)
                && !matches!(w.as_str(), "affairs" | "state" | "broadcasting")
        })
        .map(|w| {
            if w == "defense" {
                "defence".to_owned()
            } else {
                w.clone()
            }
        })
        .next();
    Some((head, domain))
}

fn name_key(m: &Mention) -> Option<String> {
    m.name.as_deref().map(fold::key)
}

/// Adds `same_as` links and settles single-word person names.
pub fn link(body: &str, out: &mut [Mention]) {
    role_appositives(body, out);
    surnames(out);
    titles(body, out);
    groups(out);
}

/// Singular role nouns that name one person ("mediator"), unlike the
/// collective ones of the same group classes ("side", "team"). Hand-listed:
/// no data source has them.
pub(super) fn is_one_person_role(w: &str) -> bool {
    matches!(
        w,
        "mediator" | "negotiator" | "facilitator" | "interlocutor" | "representative"
    )
}

/// "The Şemiran mediator, Nerim Çavuşel,": a singular role noun with
/// "the" set off by a comma before a full name is that person, not a group.
fn role_appositives(body: &str, out: &mut [Mention]) {
    for i in 0..out.len() {
        let m = &out[i];
        if m.form != MentionForm::Group || m.same_as.is_some() {
            continue;
        }
        let words = fold::words(&m.text);
        let singular = words.last().is_some_and(|w| is_one_person_role(w));
        let before = body.get(..m.start).unwrap_or("");
        let the = words.first().map(String::as_str) == Some("the")
            || before.ends_with("the ")
            || before.ends_with("The ");
        if !the || !singular {
            continue;
        }
        let Some(j) = (i + 1..out.len()).find(|&j| out[j].start >= m.end) else {
            continue;
        };
        let p = &out[j];
        let gap = body.get(m.end..p.start).unwrap_or("");
        let full = p
            .name
            .as_deref()
            .is_some_and(|n| n.split_whitespace().count() >= 2);
        if gap == ", "
            && p.kind == EntityKind::Person
            && p.form == MentionForm::Name
            && p.title.is_none()
            && full
        {
            let title = m
                .text
                .strip_prefix("the ")
                .or_else(|| m.text.strip_prefix("The "))
                .unwrap_or(&m.text)
                .to_owned();
            let target = p.same_as.unwrap_or(j);
            let m = &mut out[i];
            m.form = MentionForm::Title;
            m.kind = EntityKind::Person;
            m.title = Some(title);
            m.group = None;
            m.name = None;
            m.same_as = Some(target);
        }
    }
}

fn is_full_person(m: &Mention) -> bool {
    m.kind == EntityKind::Person
        && m.form == MentionForm::Name
        && m.same_as.is_none()
        && name_key(m).is_some_and(|k| k.contains(' '))
}

fn surnames(out: &mut [Mention]) {
    for i in 0..out.len() {
        let m = &out[i];
        if m.form != MentionForm::Name
            || m.same_as.is_some()
            || !matches!(m.kind, EntityKind::Person | EntityKind::Other)
        {
            continue;
        }
        let Some(key) = name_key(m) else { continue };
        if key.contains(' ') || m.country.is_some() {
            continue;
        }
        let mut people: BTreeMap<String, usize> = BTreeMap::new();
        for (j, p) in out.iter().enumerate() {
            if !is_full_person(p) {
                continue;
            }
            let Some(pk) = name_key(p) else { continue };
            if pk.rsplit(' ').next() == Some(key.as_str()) {
                // the nearest mention before `i`, else the first after
                let entry = people.entry(pk).or_insert(j);
                if j < i || *entry > i {
                    *entry = j;
                }
            }
        }
        match people.len() {
            0 => {}
            1 => {
                let target = people.values().next().copied();
                out[i].kind = EntityKind::Person;
                out[i].same_as = target;
            }
            _ => out[i].kind = EntityKind::Person,
        }
    }
}

/// A person holding a role in the report: mention index, name key, role,
/// country.
type Holder = (usize, String, (String, Option<String>), Option<String>);

fn titles(body: &str, out: &mut [Mention]) {
    // Roles held by each person of the report (by name key), from titled
    // mentions; then each bare title links to the one person who fits.
    let mut holders: Vec<Holder> = Vec::new();
    for (j, p) in out.iter().enumerate() {
        if p.form == MentionForm::Name && p.kind == EntityKind::Person {
            if let (Some(title), Some(k)) = (p.title.as_deref(), name_key(p)) {
                if let Some(r) = role(title) {
                    holders.push((j, k, r, p.country.clone()));
                }
            }
        }
    }
    for i in 0..out.len() {
        let m = &out[i];
        if m.form != MentionForm::Title || m.same_as.is_some() {
            continue;
        }
        let Some((head, domain)) = m.title.as_deref().and_then(role) else {
            continue;
        };
        // Appositive: "Khawaja Asif, the minister of defence,".
        if i > 0 && out[i - 1].kind == EntityKind::Person && out[i - 1].form == MentionForm::Name {
            let prev = &out[i - 1];
            if prev.end + 2 >= m.start && m.start >= prev.end && m.text.starts_with("the ") {
                out[i].same_as = Some(prev.same_as.unwrap_or(i - 1));
                continue;
            }
        }
        // Appositive after: "the Kestrian foreign minister, Anna Brell,".
        if let Some(j) = (i + 1..out.len()).find(|&j| out[j].start >= out[i].end) {
            let p = &out[j];
            let gap = body.get(out[i].end..p.start).unwrap_or("");
            let full = p
                .name
                .as_deref()
                .is_some_and(|n| n.split_whitespace().count() >= 2);
            // "the" right before, or before one capitalised modifier
            // ("the Kestrian foreign minister")
            let before = body.get(..out[i].start).unwrap_or("");
            let before = match before.trim_end().rsplit_once(' ') {
                Some((head, w)) if w.starts_with(char::is_uppercase) && before.ends_with(' ') => {
                    &before[..head.len() + 1]
                }
                _ => before,
            };
            let the = before.ends_with("the ")
                || before.ends_with("The ")
                || out[i].text.starts_with("the ")
                || out[i].text.starts_with("The ");
            if the
                && gap == ", "
                && full
                && p.kind == EntityKind::Person
                && p.form == MentionForm::Name
                && p.title.is_none()
            {
                out[i].same_as = Some(p.same_as.unwrap_or(j));
                continue;
            }
        }
        let m = &out[i];
        let fits = |(_, _, (h, d), c): &&Holder| {
            *h == head
                && (domain.is_none() || *d == domain)
                && (m.country.is_none() || c.is_none() || *c == m.country)
        };
        let before: BTreeMap<&str, usize> = holders
            .iter()
            .filter(|h| h.0 < i)
            .filter(fits)
            .map(|h| (h.1.as_str(), h.0))
            .collect();
        let all: BTreeMap<&str, usize> = holders
            .iter()
            .filter(fits)
            .map(|h| (h.1.as_str(), h.0))
            .fold(BTreeMap::new(), |mut acc, (k, j)| {
                acc.entry(k).or_insert(j);
                acc
            });
        let target = match (before.len(), all.len()) {
            (1, _) => before.values().next().copied(),
            (0, 1) => all.values().next().copied(),
            _ => None,
        };
        out[i].same_as = target;
    }
}

fn groups(out: &mut [Mention]) {
    for i in 0..out.len() {
        let m = &out[i];
        if m.form != MentionForm::Group
            || m.country.is_some()
            || m.name.is_some()
            || m.same_as.is_some()
        {
            continue;
        }
        let Some(class) = m.group.clone() else {
            continue;
        };
        let mut kinds: BTreeMap<(Option<String>, Option<String>), usize> = BTreeMap::new();
        for (j, g) in out.iter().enumerate() {
            if j != i
                && g.form == MentionForm::Group
                && g.group.as_deref() == Some(class.as_str())
                && (g.country.is_some() || g.name.is_some())
            {
                let key = (g.country.clone(), g.name.as_deref().map(fold::key));
                let entry = kinds.entry(key).or_insert(j);
                if j < i || *entry > i {
                    *entry = j;
                }
            }
        }
        if kinds.len() == 1 {
            out[i].same_as = kinds.values().next().copied();
        }
    }
}
