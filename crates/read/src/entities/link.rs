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
    // An owner written before the role is not the role: "the governor's
    // lawyer" is a lawyer, not a governor.
    let owner_end = ["'s ", "’s "]
        .iter()
        .filter_map(|mark| title.rfind(mark).map(|at| at + mark.len()))
        .max();
    let title = owner_end.map_or(title, |at| title.get(at..).unwrap_or(""));
    let words = fold::words(title);
    let written = words.iter().rev().find(|w| lexicon::is_title_head(w))?;
    let head = lexicon::expand_title_head(written).to_owned();
    let domain = words
        .iter()
        .filter(|w| {
            *w != written
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
    labels(body, out);
    role_appositives(body, out);
    surnames(body, out);
    titles(body, out);
    groups(out);
}

/// "Rescue charity Strandline, dubbed the Strandliners by locals": a label
/// given to the name right before it ("dubbed", "nicknamed", "known as",
/// "known to his crew as", or "…, as readers have named them" after the
/// label) is that name. A person's nickname counts only in an aside right
/// after the person's name ("Ctibor Hajicek – known to his crew as Mr
/// Millimetre –", "Levente Szarhegyi, the man the tabloids call the
/// Rainmaker,"), where it may look like a name of its own, or set before
/// the person ("The so-called Rainmaker, boffin Levente Szarhegyi,").
fn labels(body: &str, out: &mut [Mention]) {
    for i in 0..out.len() {
        if out[i].same_as.is_some() {
            continue;
        }
        let before = body.get(..out[i].start).unwrap_or("");
        let before = before.strip_suffix("the ").unwrap_or(before);
        // A label named after it ("…, as readers have named them") may look
        // like a person's name ("the Robbed Three"); one named before it
        // must not.
        let naming = ["dubbed ", "nicknamed ", "known as "]
            .iter()
            .find_map(|w| before.strip_suffix(w))
            .or_else(|| known_to_as(before));
        let named_before = naming.filter(|_| out[i].kind != EntityKind::Person);
        let named_later = naming
            .is_none()
            .then(|| named_after(body, before, out[i].end))
            .flatten();
        // "Ctibor Hajicek – known to his crew as Mr Millimetre –", "Dr
        // Jessamy Strang – dubbed the Cull Queen by farmers –": a person's
        // nickname in an aside right after the name, whatever it looks like.
        // "…, now known to Harriers fans as …", "…, better known as …",
        // "…, also known as …": an adverb before the naming.
        let aside = naming.and_then(|rest| {
            let rest = ["now ", "also ", "better ", "widely ", "already "]
                .iter()
                .find_map(|adverb| rest.strip_suffix(adverb))
                .unwrap_or(rest);
            [", ", " – ", " — ", " - "]
                .iter()
                .find_map(|sep| rest.strip_suffix(sep))
        });
        let person_aside = aside.and_then(|rest| {
            (0..i).rev().find(|&j| {
                out[j].end == rest.len()
                    && out[j].kind == EntityKind::Person
                    && out[j].form == MentionForm::Name
            })
        });
        if let Some(j) = person_aside.or_else(|| called_in_aside(before, &out[..i])) {
            out[i].same_as = Some(j);
            continue;
        }
        // "The so-called Rainmaker, boffin Levente Szarhegyi,": a label
        // set before the person it stands for.
        if let Some(j) = so_called(body, before, i, out) {
            out[i].same_as = Some(j);
            continue;
        }
        let Some(rest) = named_before.or(named_later) else {
            continue;
        };
        let rest = [", ", " – ", " — ", " - "]
            .iter()
            .find_map(|sep| rest.strip_suffix(sep))
            .unwrap_or(rest);
        // "the Paper Ghosts channel – dubbed the Ghost Gang": the name
        // before its common noun.
        let head_noun = rest
            .rsplit_once(' ')
            .filter(|(_, w)| !w.is_empty() && w.chars().all(|c| c.is_lowercase()))
            .map(|(name, _)| name.len());
        let Some(j) = (0..i)
            .rev()
            .find(|&j| out[j].end == rest.len() || Some(out[j].end) == head_noun)
        else {
            continue;
        };
        // A name before a common noun ("the Paper Ghosts channel") names a
        // thing, whatever its words looked like.
        let thing = Some(out[j].end) == head_noun;
        let group = named_later.is_some();
        if (thing || group || out[j].kind != EntityKind::Person) && out[j].form == MentionForm::Name
        {
            out[i].same_as = Some(j);
        }
    }
}

/// "Levente Szarhegyi, the man the tabloids call the Rainmaker": a label
/// some call a person, in an aside ("the man …", "the woman …") right after
/// the person's name. The person's index among `before_mentions`.
fn called_in_aside(before: &str, before_mentions: &[Mention]) -> Option<usize> {
    let head = ["call ", "calls "]
        .iter()
        .find_map(|w| before.strip_suffix(w))?;
    let comma = head.rfind(", ")?;
    let aside = head.get(comma + 2..)?;
    let descriptor = ["the man ", "the woman ", "the person ", "the one "]
        .iter()
        .any(|d| aside.starts_with(d));
    if !descriptor || aside.len() > 60 || aside.contains([',', '.', '"']) {
        return None;
    }
    before_mentions.iter().rposition(|m| {
        m.end == comma && m.kind == EntityKind::Person && m.form == MentionForm::Name
    })
}

/// "The so-called Rainmaker, boffin Levente Szarhegyi,": the label at `i`
/// after "so-called", then a comma, lower-case descriptor words and a
/// person's full name: that person's index.
fn so_called(body: &str, before: &str, i: usize, out: &[Mention]) -> Option<usize> {
    let lead = before.trim_end();
    if !(lead.ends_with("so-called") || lead.ends_with("So-called")) {
        return None;
    }
    let j = i + 1;
    let p = out.get(j)?;
    let gap = body.get(out[i].end..p.start)?;
    let words = gap.strip_prefix(", ")?;
    let descriptive = words.len() <= 30
        && words
            .split_whitespace()
            .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'));
    (descriptive && p.kind == EntityKind::Person && p.form == MentionForm::Name).then_some(j)
}

/// The text before "known to … as " ("known to his crew as "), up to one
/// to three words between "to" and "as".
fn known_to_as(before: &str) -> Option<&str> {
    let head = before.strip_suffix(" as ")?;
    let at = head.rfind(" known to ")?;
    let to_words = head.get(at + " known to ".len()..)?;
    let n = to_words.split_whitespace().count();
    // The lead keeps its space, as "known as " leaves it.
    ((1..=3).contains(&n) && !to_words.contains([',', '.', '"'])).then(|| &before[..=at])
}

/// "Fair Draw Now – the Robbed Three, as readers have named them –": a
/// label set off after a group's name, the naming of "them" said after it.
/// The text before the label (up to its dash or comma) when so.
fn named_after<'b>(body: &str, before: &'b str, end: usize) -> Option<&'b str> {
    let after = body.get(end..)?;
    let clause = after.strip_prefix(", as ")?;
    let clause = clause.get(..clause.len().min(60)).unwrap_or(clause);
    // Named as a group ("named them"): the name before is a group's.
    let naming = [
        "named them",
        "call them",
        "dubbed them",
        "nicknamed them",
        "know them",
    ]
    .iter()
    .any(|w| clause.contains(w));
    naming.then_some(before)
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

/// The sex an honorific in a title gives ("Mrs", "Mr"), if any.
fn honorific_sex(title: Option<&str>) -> Option<bool> {
    let first = title?.split_whitespace().next()?.trim_end_matches('.');
    match first.to_ascii_lowercase().as_str() {
        "mrs" | "ms" | "miss" | "madam" | "lady" | "dame" => Some(true),
        "mr" | "sir" | "lord" => Some(false),
        _ => None,
    }
}

/// The sex a reflexive pronoun gives the name at `end`'s clause ("Hollingrake,
/// who now wants to become a diver himself, says …"), if any.
fn reflexive_after(body: &str, end: usize) -> Option<bool> {
    let rest = body.get(end..)?;
    let stop = rest.find(['.', '!', '?', '"', '“']).unwrap_or(rest.len());
    let clause = rest.get(..stop.min(160))?;
    let has = |w: &str| clause.split(|c: char| !c.is_alphabetic()).any(|x| x == w);
    match (has("herself"), has("himself")) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => None,
    }
}

fn surnames(body: &str, out: &mut [Mention]) {
    // Each mention's name key, once: names do not change below (only kinds
    // and links do), and every single-word name looks through all of them.
    let keys: Vec<Option<String>> = out.iter().map(name_key).collect();
    for i in 0..out.len() {
        let m = &out[i];
        if m.form != MentionForm::Name
            || m.same_as.is_some()
            || !matches!(m.kind, EntityKind::Person | EntityKind::Other)
        {
            continue;
        }
        let Some(key) = keys[i].clone() else { continue };
        if key.contains(' ') || m.country.is_some() {
            continue;
        }
        let mut people: BTreeMap<String, usize> = BTreeMap::new();
        for (j, p) in out.iter().enumerate() {
            // A full person's name: a named person, not linked on, of two
            // words or more.
            let Some(pk) = keys[j].as_ref().filter(|k| {
                p.kind == EntityKind::Person
                    && p.form == MentionForm::Name
                    && p.same_as.is_none()
                    && k.contains(' ')
            }) else {
                continue;
            };
            if pk.rsplit(' ').next() == Some(key.as_str()) {
                // the nearest mention before `i`, else the first after
                let entry = people.entry(pk.clone()).or_insert(j);
                if j < i || *entry > i {
                    *entry = j;
                }
            }
        }
        if people.len() > 1 {
            // "Col. Orlan" with Colonel Marek Orlan and Ms Sigrid Orlan
            // named: the one of them written with the same role.
            if let Some((head, _)) = m.title.as_deref().and_then(role) {
                let same_role: BTreeMap<String, usize> = people
                    .iter()
                    .filter(|&(_, &j)| {
                        out[j].title.as_deref().and_then(role).map(|r| r.0) == Some(head.clone())
                    })
                    .map(|(k, &j)| (k.clone(), j))
                    .collect();
                // "Ch Supt Tapley" with "police chief Griselda Tapley" and
                // "schoolboy Ned Tapley": else the one whose title, written
                // before the name in either case, shares a head word.
                let here = title_heads(m.title.as_deref().unwrap_or(""));
                let shared: BTreeMap<String, usize> = people
                    .iter()
                    .filter(|&(_, &j)| {
                        let theirs = out[j]
                            .title
                            .clone()
                            .or_else(|| lower_title_before(body, out[j].start).map(str::to_owned));
                        title_heads(theirs.as_deref().unwrap_or(""))
                            .iter()
                            .any(|h| here.contains(h))
                    })
                    .map(|(k, &j)| (k.clone(), j))
                    .collect();
                people = if !same_role.is_empty() {
                    same_role
                } else if shared.len() == 1 {
                    shared
                } else {
                    out[i].kind = EntityKind::Person;
                    continue;
                };
            }
        }
        // "Mrs Hollingrake" and "Hollingrake, who … himself": the one
        // full name with the surname is a woman, this one a man, so they are
        // two people of one family.
        let other_sex = |j: usize| {
            let sex_of_family = out
                .iter()
                .zip(&keys)
                .filter(|(_, k)| {
                    k.as_ref()
                        .is_some_and(|k| k.rsplit(' ').next() == Some(&key))
                })
                .map(|(o, _)| o)
                .find_map(|o| honorific_sex(o.title.as_deref()))
                .or(honorific_sex(out[j].title.as_deref()));
            let here = honorific_sex(out[i].title.as_deref()).or(reflexive_after(body, out[i].end));
            matches!((sex_of_family, here), (Some(a), Some(b)) if a != b)
        };
        match people.len() {
            0 => {}
            1 => {
                let target = people.values().next().copied();
                let apart = target.is_some_and(other_sex);
                out[i].kind = EntityKind::Person;
                if !apart {
                    out[i].same_as = target;
                }
            }
            _ => out[i].kind = EntityKind::Person,
        }
    }
}

/// The title head words of a title, expanded ("Ch Supt" → chief,
/// superintendent).
fn title_heads(title: &str) -> Vec<String> {
    fold::words(title)
        .iter()
        .filter_map(|w| match w.as_str() {
            "ch" => Some("chief".to_owned()),
            w if lexicon::is_title_head(w) => Some(lexicon::expand_title_head(w).to_owned()),
            _ => None,
        })
        .collect()
}

/// The lower-case title head written right before a name ("police chief
/// Griselda Tapley" → "chief").
fn lower_title_before(body: &str, start: usize) -> Option<&str> {
    let w = body.get(..start)?.strip_suffix(' ')?.rsplit(' ').next()?;
    (w.chars().all(char::is_lowercase) && lexicon::is_title_head(w)).then_some(w)
}

/// A person holding a role in the report: mention index, name key, role,
/// country.
type Holder = (usize, String, (String, Option<String>), Option<String>);

/// "Elias Hennig, the skipper", "Elias Hennig is the trawler's skipper":
/// the gaps after a person's name that make a following "the …" title that
/// person.
fn is_appositive_gap(gap: &str) -> bool {
    gap.len() <= 2 || matches!(gap, " is " | " was " | ", who is " | ", who was ")
}

fn titles(body: &str, out: &mut [Mention]) {
    // 1. Titles the report ties to a name written beside them.
    for i in 0..out.len() {
        if out[i].form == MentionForm::Title && out[i].same_as.is_none() {
            if let Some(target) = appositive(body, out, i) {
                out[i].same_as = Some(target);
            }
        }
    }
    // 2. Roles held by each person of the report (by name key): titled
    // mentions, a lower-case role word right before a name ("skipper
    // Anton Velde"), and the titles tied to a name above.
    let mut holders: Vec<Holder> = Vec::new();
    for (j, p) in out.iter().enumerate() {
        if p.form != MentionForm::Name || p.kind != EntityKind::Person {
            continue;
        }
        // a surname linked to its full name holds its roles under that name
        let Some(k) = name_key(out.get(p.same_as.unwrap_or(j)).unwrap_or(p)) else {
            continue;
        };
        if let Some(r) = p.title.as_deref().and_then(role) {
            holders.push((j, k.clone(), r, p.country.clone()));
        }
        if p.title.is_none() && p.same_as.is_none() {
            if let Some(r) = role_before(body, p.start) {
                holders.push((j, k, r, p.country.clone()));
            }
        }
    }
    for (i, m) in out.iter().enumerate() {
        if m.form != MentionForm::Title {
            continue;
        }
        let (Some(t), Some(r)) = (m.same_as, m.title.as_deref().and_then(role)) else {
            continue;
        };
        let Some(p) = out.get(t) else { continue };
        if p.kind == EntityKind::Person && p.form == MentionForm::Name {
            if let Some(k) = name_key(p) {
                holders.push((i.min(t), k, r, m.country.clone().or(p.country.clone())));
            }
        }
    }
    // 3. Each bare title left: the one person who fits.
    for i in 0..out.len() {
        let m = &out[i];
        if m.form != MentionForm::Title || m.same_as.is_some() {
            continue;
        }
        let Some((head, domain)) = m.title.as_deref().and_then(role) else {
            continue;
        };
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
        // a holder found through a title: the person that title names
        let target = target.map(|t| match &out[t] {
            p if p.form == MentionForm::Title => p.same_as.unwrap_or(t),
            _ => t,
        });
        out[i].same_as = target;
    }
}

/// The lower-case role written right before a name ("skipper Anton
/// Velde", "interior minister Dmitar Hollen"), with the portfolio before
/// it if one is written.
fn role_before(body: &str, start: usize) -> Option<(String, Option<String>)> {
    let w1 = lower_title_before(body, start)?;
    let before = body.get(..start)?.strip_suffix(' ')?;
    let mut words = before.rsplit(' ').skip(1);
    match words.next() {
        Some(w2) if w2.chars().all(char::is_lowercase) && lexicon::is_portfolio(w2) => {
            role(&format!("{w2} {w1}"))
        }
        _ => role(w1),
    }
}

/// The person a title mention at `i` is written beside: "Khawaja Asif, the
/// minister of defence", "Elias Hennig is the trawler's skipper", "the
/// Kestrian foreign minister, Anna Brell", "the skipper Anton Velde".
fn appositive(body: &str, out: &[Mention], i: usize) -> Option<usize> {
    let m = &out[i];
    // "Eveline Vossberg, the governor's lawyer": a title written as an
    // owner ("the governor's") is another person's.
    let after = body.get(m.end..).unwrap_or("");
    if after.starts_with("'s") || after.starts_with("’s") {
        return None;
    }
    // Before: "Khawaja Asif, the minister of defence,".
    if i > 0 && out[i - 1].kind == EntityKind::Person && out[i - 1].form == MentionForm::Name {
        let prev = &out[i - 1];
        let gap = body.get(prev.end..m.start).unwrap_or("");
        if m.start >= prev.end && is_appositive_gap(gap) && m.text.starts_with("the ") {
            return Some(prev.same_as.unwrap_or(i - 1));
        }
    }
    // After: "the Kestrian foreign minister, Anna Brell,".
    let j = (i + 1..out.len()).find(|&j| out[j].start >= m.end)?;
    let p = &out[j];
    let gap = body.get(m.end..p.start).unwrap_or("");
    let full = p
        .name
        .as_deref()
        .is_some_and(|n| n.split_whitespace().count() >= 2);
    // "the" right before, or before one capitalised modifier
    // ("the Kestrian foreign minister")
    let before = body.get(..m.start).unwrap_or("");
    let before = match before.trim_end().rsplit_once(' ') {
        Some((head, w)) if w.starts_with(char::is_uppercase) && before.ends_with(' ') => {
            &before[..head.len() + 1]
        }
        _ => before,
    };
    let written_the = m.text.starts_with("the ") || m.text.starts_with("The ");
    let the = before.ends_with("the ") || before.ends_with("The ") || written_the;
    let gap_ok = gap == ", " || (gap == " " && written_the);
    (the && gap_ok
        && full
        && p.kind == EntityKind::Person
        && p.form == MentionForm::Name
        && p.title.is_none())
    .then(|| p.same_as.unwrap_or(j))
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
