//! Capitals of countries the data sources do not know, learnt from the
//! story: a place beside one of the country's organs, an appositive
//! ("Lidmora, the Tarvenian capital"), a dateline whose lead opens with the
//! country, the one unseated country paired with the one acting seat, or
//! an acting dateline place the story places in a country (its dateline's
//! country, an organisation of that country written in it); and a
//! dateline place acting with no country known, kept apart from its city
//! as the seat of a state of its own.

use std::collections::{BTreeMap, BTreeSet};

use super::super::fold;
use super::super::lexicon;
use super::super::types::{ArticleMentions, EntityKind, Mention, MentionForm};
use super::{loosen, seat_key, single_word, unknown, Learnt};

/// The one learnt country left without a capital and the one unknown
/// dateline place left acting for a government are each other's: "CORVATH
/// – …", "Corvath has so far offered only daily summaries", in a story of
/// Velmora and Kaldrenia whose other capital, Vossholm, is known. With two
/// of either, nothing is paired. Countries the gazetteer knows have their
/// capitals there and take no part.
pub(super) fn sole_seat(
    articles: &[ArticleMentions<'_>],
    out: &[Vec<Mention>],
    learnt: &Learnt,
    capitals: &mut BTreeMap<String, String>,
) {
    let seated: BTreeSet<&String> = capitals.values().collect();
    let unseated: BTreeSet<&String> = learnt
        .countries
        .values()
        .filter(|c| !seated.contains(c))
        .collect();
    let [country] = unseated.into_iter().collect::<Vec<_>>()[..] else {
        return;
    };
    let mut acting = acting_datelines(articles, out, capitals, true);
    if acting.is_empty() {
        acting = acting_places(articles, out, capitals, learnt);
    }
    if acting.len() == 1 {
        let country = country.clone();
        if let Some(seat) = acting.into_iter().next() {
            capitals.insert(seat, country);
        }
    }
}

/// Unknown places that act for a government somewhere in the story
/// (see [`acting_places`]), seated in the country of an organisation whose
/// officials or offices are placed there: "An LTA official in Wrzosow" with
/// the LTA Lesovian makes Wrzosów Lesovia's seat. Not an embassy or a
/// consulate, which is another country's in the capital. Evidence for two
/// countries sets nothing; a country already seated takes no other.
pub(super) fn officials_seats(
    articles: &[ArticleMentions<'_>],
    out: &[Vec<Mention>],
    learnt: &Learnt,
    capitals: &mut BTreeMap<String, String>,
) {
    let acting = acting_places(articles, out, capitals, learnt);
    if acting.is_empty() {
        return;
    }
    // An acronym's country from its expansion in whichever report spells
    // it out ("the Lesovian Turf Authority (LTA)").
    let mut acronyms: BTreeMap<&str, BTreeSet<&String>> = BTreeMap::new();
    for mentions in out {
        for m in mentions {
            let expansion = m.same_as.and_then(|k| mentions.get(k));
            if let (MentionForm::Acronym, Some(c)) =
                (m.form, expansion.and_then(|e| e.country.as_ref()))
            {
                acronyms.entry(m.text.as_str()).or_default().insert(c);
            }
        }
    }
    let country_of = |o: &Mention| -> Option<String> {
        o.country
            .clone()
            .or_else(|| match acronyms.get(o.text.as_str()) {
                Some(cs) if cs.len() == 1 => cs.iter().next().map(|c| (*c).clone()),
                _ => None,
            })
    };
    let mut votes: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (art, mentions) in articles.iter().zip(out) {
        for (i, x) in mentions.iter().enumerate() {
            let Some(w) = single_word(x).filter(|w| acting.contains(w)) else {
                continue;
            };
            if !is_located(art.body, x) {
                continue;
            }
            let Some(org) = mentions[..i].iter().rev().find(|o| o.end <= x.start) else {
                continue;
            };
            if !matches!(
                org.kind,
                EntityKind::Organisation | EntityKind::Government | EntityKind::Group
            ) {
                continue;
            }
            let gap = art.body.get(org.end..x.start).unwrap_or("x");
            let words: Vec<&str> = gap.split_whitespace().collect();
            let placed = matches!(
                words.as_slice(),
                [
                    "official"
                        | "officials"
                        | "spokesman"
                        | "spokeswoman"
                        | "spokesperson"
                        | "headquarters"
                        | "office"
                        | "offices"
                        | "staff",
                    "in"
                ] | [
                    "'s" | "\u{2019}s",
                    "office" | "offices" | "headquarters",
                    "in"
                ]
            ) && gap.starts_with([' ', '\'', '\u{2019}']);
            if let (true, Some(c)) = (placed, country_of(org)) {
                votes.entry(w).or_default().insert(c);
            }
        }
    }
    for (w, cs) in votes {
        let [c] = cs.iter().collect::<Vec<_>>()[..] else {
            continue;
        };
        if learnt.countries.values().any(|k| k == c) && !capitals.values().any(|k| k == c) {
            capitals.insert(w, c.clone());
        }
    }
}

/// Unknown places of up to three words the story writes as datelines (only those whose
/// country the dateline leaves out, when `countryless`) and no capital yet,
/// that act as a clause subject somewhere in the story ("Corvath has so
/// far offered …").
fn acting_datelines(
    articles: &[ArticleMentions<'_>],
    out: &[Vec<Mention>],
    capitals: &BTreeMap<String, String>,
    countryless: bool,
) -> BTreeSet<String> {
    let datelines: BTreeSet<String> = out
        .iter()
        .flatten()
        .filter(|m| m.form == MentionForm::Dateline && (!countryless || m.country.is_none()))
        .filter_map(seat_key)
        .filter(|w| unknown(w) && !capitals.contains_key(w))
        .collect();
    articles
        .iter()
        .zip(out)
        .flat_map(|(art, mentions)| {
            mentions
                .iter()
                .filter(|m| {
                    m.form == MentionForm::Name
                        && (is_clause_subject(art.body, m) || is_asked_to_act(art.body, m))
                })
                .filter_map(seat_key)
        })
        .filter(|w| datelines.contains(w))
        .collect()
}

/// One-word unknown places, no capital yet nor a learnt country, that the
/// story writes both as a place ("bus shelters in Stoneharbour") and as
/// an actor ("Stoneharbour says it has no part", "has asked Stoneharbour
/// to help"): a place that acts is a government's seat. A company or a
/// club acts too, but is not written as where something happens.
fn acting_places(
    articles: &[ArticleMentions<'_>],
    out: &[Vec<Mention>],
    capitals: &BTreeMap<String, String>,
    learnt: &Learnt,
) -> BTreeSet<String> {
    let mut placed = BTreeSet::new();
    let mut acting = BTreeSet::new();
    for (art, mentions) in articles.iter().zip(out) {
        for m in mentions {
            if !matches!(m.form, MentionForm::Name | MentionForm::Dateline)
                || m.kind == EntityKind::Person
                || m.country.is_some()
            {
                continue;
            }
            let Some(w) = single_word(m).filter(|w| {
                unknown(w) && !capitals.contains_key(w) && !learnt.countries.contains_key(w)
            }) else {
                continue;
            };
            if m.form == MentionForm::Dateline || is_located(art.body, m) {
                placed.insert(w);
            } else if is_clause_subject(art.body, m) || is_asked_to_act(art.body, m) {
                acting.insert(w);
            }
        }
    }
    acting.intersection(&placed).cloned().collect()
}

/// Whether a mention is written as where something is: after a preposition
/// of rest ("in Stoneharbour", "near Tollhaven") and modifying no noun
/// after it ("in Tezgurun, the minister", not "in Harriers shirts").
fn is_located(body: &str, m: &Mention) -> bool {
    let before = body.get(..m.start).unwrap_or("");
    let prev = before.split_whitespace().next_back().unwrap_or("");
    // Not "into" or "at": "an investigation into Brindlecart", "people
    // laughed at Brindlecart", "staff at Brindlecart".
    let at_rest = matches!(
        prev.to_lowercase().as_str(),
        "in" | "near" | "outside" | "inside" | "around" | "within"
    );
    before.ends_with(' ') && at_rest && !lexicon::modifies_noun_after(body, m.end)
}

/// A dateline place that acts for a state elsewhere in the story
/// ("Ashcarrow will pay it in full") is the seat of the country the story
/// places it in: its dateline's country ("ASHCARROW, Caldrenia, November
/// 10") or the country of an organisation or demonym written in it ("In
/// Zabrez, the Varesnian System Operator said", "In Mirosk, the Drevnan
/// foreign ministry said"). A town merely located is not taken:
/// only a capital acts for its country. Evidence for two countries sets
/// nothing.
pub(super) fn located_seats(
    articles: &[ArticleMentions<'_>],
    out: &[Vec<Mention>],
    capitals: &mut BTreeMap<String, String>,
) {
    let acting = acting_datelines(articles, out, capitals, false);
    let mut votes: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (art, mentions) in articles.iter().zip(out) {
        for (i, x) in mentions.iter().enumerate() {
            let Some(w) = seat_key(x).filter(|w| acting.contains(w)) else {
                continue;
            };
            let Some(next) = mentions[i + 1..].iter().find(|o| o.start >= x.end) else {
                continue;
            };
            let gap = art.body.get(x.end..next.start).unwrap_or("x");
            // "ASHCARROW, Caldrenia, November 10"
            let dateline_country =
                x.form == MentionForm::Dateline && next.kind == EntityKind::Country && gap == ", ";
            // "In Zabrez, the Varesnian System Operator said"
            let before = art.body.get(..x.start).unwrap_or("");
            let placed_in = x.form == MentionForm::Name
                && before
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|p| p.eq_ignore_ascii_case("in"))
                && matches!(gap, ", " | ", the " | ", The ")
                && matches!(
                    next.kind,
                    EntityKind::Organisation | EntityKind::Government | EntityKind::Other
                );
            if dateline_country || placed_in {
                if let Some(c) = &next.country {
                    votes.entry(w).or_default().insert(c.clone());
                }
            }
        }
    }
    for (w, cs) in votes {
        if let [c] = cs.into_iter().collect::<Vec<_>>()[..].as_ref() {
            capitals.insert(w, c.clone());
        }
    }
}

/// A place the story writes as a dateline, whose country nothing tells,
/// acting as a clause subject elsewhere ("CORVATH – …" and "Corvath has so
/// far offered only daily summaries"): that use stands for a government
/// seated there, not for the city. It is marked a metonym with no country,
/// so that it is joined with the other acts of that seat and kept apart
/// from the city (see `resolve::actors`).
pub(super) fn seats_of_unknown_states(
    articles: &[ArticleMentions<'_>],
    out: &mut [Vec<Mention>],
    capitals: &BTreeMap<String, String>,
) {
    let datelines: BTreeSet<String> = out
        .iter()
        .flatten()
        .filter(|m| m.form == MentionForm::Dateline && m.country.is_none())
        .filter_map(single_word)
        .filter(|w| unknown(w) && !capitals.contains_key(w))
        .collect();
    if datelines.is_empty() {
        return;
    }
    for (art, mentions) in articles.iter().zip(out.iter_mut()) {
        for m in mentions.iter_mut() {
            let seat = m.form == MentionForm::Name
                && m.country.is_none()
                && m.kind != EntityKind::Person
                && single_word(m).is_some_and(|w| datelines.contains(&w))
                && is_clause_subject(art.body, m);
            if seat {
                m.kind = EntityKind::City;
                m.metonym = true;
            }
        }
    }
}

/// Words of a government organ's name or title ("Foreign Ministry", "Prime
/// Minister"): a place written beside one is the seat of that government.
/// Hand-listed: no data source has them.
fn is_organ_word(w: &str) -> bool {
    matches!(
        w,
        "ministry"
            | "minister"
            | "government"
            | "president"
            | "presidency"
            | "cabinet"
            | "parliament"
            | "office"
    )
}

fn is_organ(m: &Mention) -> bool {
    let text_words = fold::words(&m.text);
    matches!(
        m.kind,
        EntityKind::Person | EntityKind::Organisation | EntityKind::Government
    ) && m.form == MentionForm::Name
        && text_words.iter().any(|w| is_organ_word(w))
        && m.country.as_deref().is_some_and(|c| c.starts_with('~'))
}

/// One-word unknown places written right beside a government organ of a
/// learnt country, with "in": "In Lunmar, Kestrian Prime Minister …", "the
/// Foreign Ministry in Lunmar". A place with organs of two countries is
/// nobody's capital.
pub(super) fn capitals(
    articles: &[ArticleMentions<'_>],
    out: &[Vec<Mention>],
    names: &BTreeSet<String>,
    learnt: &Learnt,
) -> BTreeMap<String, String> {
    let mut votes: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (art, mentions) in articles.iter().zip(out) {
        for (i, x) in mentions.iter().enumerate() {
            let Some(w) = single_word(x) else { continue };
            if x.form != MentionForm::Name
                || !names.contains(&w)
                || learnt.countries.contains_key(&w)
                || x.country.is_some()
            {
                continue;
            }
            let before = art.body.get(..x.start).unwrap_or("");
            let prev = before.split_whitespace().next_back().unwrap_or("");
            // "In X, <organ>"
            if prev.eq_ignore_ascii_case("in") && before.ends_with(' ') {
                if let Some(o) = mentions[i + 1..].iter().find(|o| o.start >= x.end) {
                    let gap = art.body.get(x.end..o.start).unwrap_or("");
                    if is_organ(o) && matches!(gap, ", " | ", the " | ", The ") {
                        if let Some(c) = &o.country {
                            votes.entry(w.clone()).or_default().insert(c.clone());
                        }
                    }
                    // "In Lunmar, Kestria's coast guard said": the state
                    // itself, possessive, acting in the place.
                    let after = art.body.get(o.end..).unwrap_or("");
                    let possessive = ["'s ", "\u{2019}s "].iter().any(|p| after.starts_with(p))
                        || o.text.ends_with("'s")
                        || o.text.ends_with("\u{2019}s");
                    if gap == ", " && possessive {
                        let core = single_word(o).filter(|k| learnt.countries.contains_key(k));
                        if let Some(c) = core.and_then(|k| learnt.countries.get(&k)) {
                            votes.entry(w.clone()).or_default().insert(c.clone());
                        }
                    }
                }
            }
            // "<organ> in X"
            if let Some(o) = mentions[..i].iter().rev().find(|o| o.end <= x.start) {
                let gap = art.body.get(o.end..x.start).unwrap_or("");
                if is_organ(o) && gap == " in " {
                    if let Some(c) = &o.country {
                        votes.entry(w.clone()).or_default().insert(c.clone());
                    }
                }
            }
        }
    }
    for (art, mentions) in articles.iter().zip(out) {
        for x in mentions {
            if !matches!(x.form, MentionForm::Name | MentionForm::Dateline) || x.country.is_some() {
                continue;
            }
            let Some(w) = single_word(x).filter(|w| unknown(w)) else {
                continue;
            };
            if let Some(c) = appositive_capital(art.body, x, learnt) {
                votes.entry(w).or_default().insert(c);
            }
        }
    }
    dateline_votes(articles, out, &mut votes);
    votes
        .into_iter()
        .filter(|(_, cs)| cs.len() == 1)
        .filter_map(|(w, cs)| cs.into_iter().next().map(|c| (w, c)))
        .collect()
}

/// The learnt country a capital is said to be of, in an appositive right
/// after it or right before it: "Lidmora, the Tarvenian capital",
/// "Lidmora, Tarvenia's capital", "the Tarvenian capital, Lidmora" (or
/// with no comma: "near the Tarvenian capital Lidmora"),
/// "Tarvenia's capital, Lidmora", "Lidmora, capital of Tarvenia".
fn appositive_capital(body: &str, x: &Mention, learnt: &Learnt) -> Option<String> {
    let country_of = |word: &str| -> Option<String> {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
        let lower = word.to_lowercase();
        let key = fold::words(word).into_iter().next()?;
        learnt
            .modifier(&lower)
            .or_else(|| learnt.demonym(&key))
            .map(str::to_owned)
            .or_else(|| learnt.countries.get(&loosen(&key)).cloned())
    };
    let after = body.get(x.end..).unwrap_or("");
    if let Some(rest) = after.strip_prefix(", ") {
        let words: Vec<&str> = rest.split_whitespace().take(4).collect();
        let capital_at = |i: usize| {
            words
                .get(i)
                .is_some_and(|w| w.trim_end_matches([',', '.', ';']) == "capital")
        };
        // "the Tarvenian capital" / "Tarvenia's capital"
        if words.first() == Some(&"the") && capital_at(2) {
            if let Some(c) = words.get(1).and_then(|w| country_of(w)) {
                return Some(c);
            }
        }
        if capital_at(1) {
            if let Some(c) = words.first().and_then(|w| country_of(w)) {
                return Some(c);
            }
        }
        // "capital of Tarvenia"
        if capital_at(0) && words.get(1) == Some(&"of") {
            if let Some(c) = words.get(2).and_then(|w| country_of(w)) {
                return Some(c);
            }
        }
    }
    let before = body.get(..x.start).unwrap_or("");
    // "the Lozenian capital Hvezdonov": the comma may be left out.
    let lead = before
        .strip_suffix(", ")
        .or_else(|| before.strip_suffix(' '))?;
    let words: Vec<&str> = lead.split_whitespace().rev().take(3).collect();
    if words.first() != Some(&"capital") {
        return None;
    }
    words.get(1).and_then(|w| country_of(w))
}

/// Capitals of unknown dateline places: the country that opens the lead
/// right after the dateline as its sole subject ("VOSSHOLM – Kaldrenia has
/// asked …"), when the place itself acts as a clause subject elsewhere in
/// the story ("Vossholm wants a seat"): only a capital acts for its
/// country. A lead opened by two countries ("VELUNOR – Kestria and
/// Bravonia agreed", talks hosted by a third) sets nothing, nor does a
/// place that never acts. A country written in the dateline itself
/// ("ULMSTED, Galvoria") is where a town lies, not what it stands for, and
/// is not taken here.
fn dateline_votes(
    articles: &[ArticleMentions<'_>],
    out: &[Vec<Mention>],
    votes: &mut BTreeMap<String, BTreeSet<String>>,
) {
    let acts: BTreeSet<String> = articles
        .iter()
        .zip(out)
        .flat_map(|(art, mentions)| {
            mentions
                .iter()
                .filter(|m| m.form == MentionForm::Name && is_clause_subject(art.body, m))
                .filter_map(single_word)
        })
        .collect();
    for (art, mentions) in articles.iter().zip(out) {
        for (i, x) in mentions.iter().enumerate() {
            if x.form != MentionForm::Dateline || x.country.is_some() {
                continue;
            }
            let Some(w) = single_word(x).filter(|w| unknown(w)) else {
                continue;
            };
            let Some(next) = mentions[i + 1..].iter().find(|o| o.start >= x.end) else {
                continue;
            };
            let (EntityKind::Country, Some(c)) = (next.kind, &next.country) else {
                continue;
            };
            let gap = art.body.get(x.end..next.start).unwrap_or("x");
            if dateline_gap(gap) && acts.contains(&w) && is_clause_subject(art.body, next) {
                votes.entry(w).or_default().insert(c.clone());
            }
        }
    }
}

/// Whether mention `m` opens a clause and a verb follows it: "Vossholm
/// wants", "Corvath has so far offered", "Kaldrenia will", "Belozhar,
/// meanwhile, has threatened". Not a modifier
/// ("the Velunor ceasefire") or one of two subjects ("Kestria and …"); a
/// clause joined after a comma opens ("…, and Trsovec has agreed"), and
/// so does a clause after a subordinator that is no preposition ("the
/// moment Pellingford asks", "said that Trsovec would", "if Lunmar agrees").
pub(super) fn is_clause_subject(body: &str, m: &Mention) -> bool {
    let before = body.get(..m.start).unwrap_or("").trim_end();
    let mut words = before
        .rsplit(|c: char| !c.is_alphabetic())
        .take_while(|w| !w.is_empty());
    let subordinated = matches!(
        (words.next(), words.next()),
        (
            Some("when" | "if" | "once" | "unless" | "because" | "whether" | "that" | "while"),
            _
        ) | (Some("moment"), Some("the"))
            | (Some("as"), Some("soon"))
    );
    let opens = before.is_empty()
        || subordinated
        || before.ends_with([
            '.', '!', '?', ';', ':', ',', '–', '—', '\n', '"', '“', '”', '’',
        ])
        || before.ends_with(" -")
        // "…, and Trsovec has agreed": a clause of its own after a comma.
        || before.ends_with(", and")
        || before.ends_with(", but");
    let mut after = body.get(m.end..).unwrap_or("");
    // "Belozhar, meanwhile, has threatened", "Sallowmere, for its part,
    // has offered": a parenthetical adverb or stock phrase.
    if let Some(rest) = after.strip_prefix(", ") {
        let word_len = rest.find(|c: char| !c.is_alphabetic()).unwrap_or(0);
        if word_len > 0
            && rest[word_len..].starts_with(", ")
            && rest.starts_with(char::is_lowercase)
        {
            after = &rest[word_len + 1..];
        } else if let Some(tail) = ["for its part, ", "for their part, ", "in turn, "]
            .iter()
            .find_map(|p| rest.strip_prefix(p))
        {
            // Keep the space before the verb, as after a one-word aside.
            after = rest.get(rest.len() - tail.len() - 1..).unwrap_or("");
        } else if rest.starts_with("which ") || rest.starts_with("who ") {
            // "Brackenholt, which holds 50 percent of the company, says":
            // a short relative clause between the subject and its verb.
            if let Some(close) = rest.find(", ") {
                let clause = &rest[..close];
                if clause.split_whitespace().count() <= 12 && !clause.contains(['"', '“', '.']) {
                    after = &rest[close + 1..];
                }
            }
        }
    }
    let next: String = after
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    let verb = matches!(
        next.as_str(),
        "will"
            | "would"
            | "has"
            | "had"
            | "is"
            | "was"
            | "must"
            | "can"
            | "could"
            | "may"
            | "might"
            | "should"
            | "wants"
            | "says"
            | "said"
            | "does"
            | "did"
            // "doesn't", "won't", "can't": the letters before the apostrophe.
            | "doesn"
            | "didn"
            | "won"
            | "isn"
            | "wasn"
            | "hasn"
            | "hadn"
            | "wouldn"
            | "couldn"
            | "shouldn"
            | "cannot"
    ) || (next.len() > 3
        && next.starts_with(char::is_lowercase)
        && (next.ends_with("ed") || next.ends_with('s')));
    opens && after.starts_with(' ') && verb
}

/// Whether a place is asked or expected to do something, as a government
/// is ("has asked Halvergate to let a measurer ride", "urged Ostek to
/// reopen", "asked Kilbrenna for a correction", "expects Brackenholt to
/// cover the cost"): the object of a verb of asking, followed by "to" or
/// "for"; or told something ("has told Sallowmere that …").
fn is_asked_to_act(body: &str, m: &Mention) -> bool {
    let before = body.get(..m.start).unwrap_or("").trim_end();
    let prev = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let asking = matches!(
        prev,
        "asked"
            | "asks"
            | "urged"
            | "urges"
            | "pressed"
            | "presses"
            | "told"
            | "tells"
            | "begged"
            | "invited"
            | "invites"
            | "called"
            | "allowed"
            | "allow"
            | "expected"
            | "expects"
            | "wants"
            | "wanted"
    );
    let after = body.get(m.end..).unwrap_or("");
    // "has told Sallowmere that nothing will leave": a message addressed.
    let told_that = matches!(prev, "told" | "tells") && after.starts_with(" that ");
    asking
        && before.ends_with(char::is_alphabetic)
        && (after.starts_with(" to ") || after.starts_with(" for ") || told_that)
}

/// Whether the text between a dateline place and the lead's first word is
/// dateline furniture only: a country, a date, an agency in brackets,
/// dashes and commas ("), October 12 (PWS) – ").
fn dateline_gap(gap: &str) -> bool {
    let mut depth = 0u32;
    let mut outside = String::new();
    for c in gap.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    let has_dash = outside.contains(['–', '—', '-', ':']);
    has_dash
        && outside.split_whitespace().all(|w| {
            let w = w.trim_matches(|c: char| matches!(c, ',' | '–' | '—' | '-' | ':' | '.'));
            w.is_empty()
                || w.chars().all(|c| c.is_ascii_digit())
                || crosscheck_types::month_number(w).is_some()
        })
}
