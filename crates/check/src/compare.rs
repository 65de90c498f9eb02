//! Slot comparison: claims of one event grouped by what they are a value
//! of, their values bucketed after normalisation, and conflicts and
//! corroborations read off the buckets.
//!
//! Two values conflict only when they cannot both be true: dates whose days
//! do not overlap (a bare weekday is a week-ambiguous reading, so two bare
//! weekdays of the same name never conflict), two different instants,
//! two different readings of one clock (see [`crate::walls`]),
//! counts whose ranges do not overlap, lengths more than 5% apart, two
//! different entity ids. A level is never compared with a change (they have
//! different keys), nor two different units. Copies count once: a conflict
//! needs its sides in different independence groups, and a corroboration
//! two groups.

use std::collections::{BTreeMap, BTreeSet};

use crosscheck_types::TimeValue;

use crate::carried::CARRIED;
use crate::finding::{Finding, FindingKind};
use crate::heads::{OPEN_ACT, PLACED};
use crate::input::{EntityKind, MentionInput};
use crate::lead::{knows_day, LEAD};
use crate::source_of;
use crate::statements::{Claim, Slot, Value, View};
use crate::union_find::UnionFind;
use crate::units::fmt_num;
use crate::walls::{same_clock, wall_label};

/// One value and the claims that give it.
struct Bucket<'c> {
    label: String,
    value: &'c Value,
    claims: Vec<&'c Claim>,
}

/// Conflicts and corroborations of all claims of one event.
pub(crate) fn compare(views: &[View<'_>], claims: &[Claim]) -> Vec<Finding> {
    let places = containment(views);
    let places = &places;
    let mut groups: BTreeMap<(Slot, &str), Vec<&Claim>> = BTreeMap::new();
    for c in claims {
        groups.entry((c.slot, c.key.as_str())).or_default().push(c);
    }
    let mut out = Vec::new();
    // Which findings come from the lead's day (see `lead`).
    let mut from_lead = Vec::new();
    for ((slot, key), group) in groups {
        let mut buckets: Vec<Bucket<'_>> = Vec::new();
        for c in group {
            let label = label(&c.value);
            match buckets.iter_mut().find(|b| b.label == label) {
                Some(b) => b.claims.push(c),
                None => buckets.push(Bucket {
                    label,
                    value: &c.value,
                    claims: vec![c],
                }),
            }
        }
        let groups_of = |b: &Bucket<'_>| -> BTreeSet<usize> {
            b.claims.iter().map(|c| views[c.view].group).collect()
        };
        let reports_of =
            |b: &Bucket<'_>| -> BTreeSet<usize> { b.claims.iter().map(|c| c.view).collect() };
        // Sides: buckets that contradict another bucket given by another
        // group. Buckets joined by such contradictions make one conflict;
        // two apart ("38 taken to hospital" against "58", "146 fell ill"
        // against "164") are two.
        let mut rival_of = UnionFind::new(buckets.len());
        let mut sides = BTreeSet::new();
        for i in 0..buckets.len() {
            for j in i + 1..buckets.len() {
                if compatible(buckets[i].value, buckets[j].value)
                    || !rivals(&buckets[i], &buckets[j], places)
                {
                    continue;
                }
                // A report does not contradict itself: two values it
                // gives both are two measures (a demand and an offer, a
                // level before and after), not rival claims about one.
                if !reports_of(&buckets[i]).is_disjoint(&reports_of(&buckets[j])) {
                    continue;
                }
                // A lead's day against reports that write the other day
                // elsewhere: they know the event's day and lead with a
                // later act ("spent a second day without computers on
                // Tuesday").
                // The side told by fewer groups is the one that may lead
                // with another act; the larger side's leads date the event.
                // One lead against one may tell two acts; a day two
                // independent outlets lead with is the event's.
                if key == LEAD {
                    let (ni, nj) = (groups_of(&buckets[i]).len(), groups_of(&buckets[j]).len());
                    if ni.max(nj) < 2 {
                        continue;
                    }
                    let i_knows =
                        ni <= nj && knows_day(views, &reports_of(&buckets[i]), buckets[j].value);
                    let j_knows =
                        nj <= ni && knows_day(views, &reports_of(&buckets[j]), buckets[i].value);
                    if i_knows || j_knows {
                        continue;
                    }
                }
                let (gi, gj) = (groups_of(&buckets[i]), groups_of(&buckets[j]));
                if gi.iter().any(|a| gj.iter().any(|b| a != b)) {
                    sides.insert(i);
                    sides.insert(j);
                    rival_of.union(i, j);
                }
            }
        }
        // A day and a clock's reading of one sentence ("at 2.40 a.m. on
        // Wednesday") tell one time: their disagreements are one.
        if slot == Slot::Date {
            let sentences = |b: &Bucket<'_>| -> BTreeSet<(usize, usize)> {
                b.claims.iter().map(|c| (c.view, c.sent)).collect()
            };
            for &i in &sides {
                for &j in sides.range(i + 1..) {
                    if !sentences(&buckets[i]).is_disjoint(&sentences(&buckets[j])) {
                        rival_of.union(i, j);
                    }
                }
            }
        }
        // Every bucket of a set was joined as a side (`sets` leaves out the
        // buckets never joined).
        for component in rival_of.sets() {
            let component: BTreeSet<usize> = component.into_iter().collect();
            out.push(conflict(views, slot, key, &buckets, &component));
            from_lead.push(key == LEAD);
        }
        for b in &buckets {
            let n = groups_of(b).len();
            if n >= 2 {
                let sources = b
                    .claims
                    .iter()
                    .map(|c| source_of(views, c.view, c.sent, Some(b.label.clone())))
                    .collect();
                out.push(Finding {
                    kind: FindingKind::Corroborated,
                    slot: Some(slot.as_str().to_owned()),
                    summary: format!(
                        "{} of {}: {} ({} independent sources)",
                        slot.as_str(),
                        what(key),
                        b.label,
                        n
                    ),
                    reason: None,
                    independent_outlets: n,
                    sources,
                    diff: None,
                });
                from_lead.push(key == LEAD);
            }
        }
    }
    drop_repeated_leads(out, &from_lead)
}

/// The findings without those of a lead's day that another date finding
/// of the same kind already makes from the same sentences or more.
fn drop_repeated_leads(out: Vec<Finding>, from_lead: &[bool]) -> Vec<Finding> {
    let sentences = |f: &Finding| -> BTreeSet<(String, usize)> {
        f.sources
            .iter()
            .map(|s| (s.article.to_string(), s.sentence_start))
            .collect()
    };
    let keep: Vec<bool> = out
        .iter()
        .zip(from_lead)
        .map(|(f, &lead)| {
            !lead || {
                let mine = sentences(f);
                !out.iter().zip(from_lead).any(|(g, &other_lead)| {
                    !other_lead
                        && g.kind == f.kind
                        && g.slot == f.slot
                        && mine.is_subset(&sentences(g))
                })
            }
        })
        .collect();
    out.into_iter()
        .zip(keep)
        .filter_map(|(f, k)| k.then_some(f))
        .collect()
}

/// Whether two buckets of one slot can be rival answers at all: entities
/// of different kinds are not (a country hosts, a person chairs; a
/// minister and the country he serves), nor a place and a place inside it
/// (a venue in its city).
fn rivals(a: &Bucket<'_>, b: &Bucket<'_>, inside: &BTreeSet<(String, String)>) -> bool {
    let kind = |x: &Bucket<'_>| x.claims.first().and_then(|c| c.kind);
    if kind(a) != kind(b) {
        return false;
    }
    // People counted in two different states are two sets ("11 seriously
    // injured", "30 injured").
    fn sets<'b>(x: &Bucket<'b>) -> Option<BTreeSet<&'b str>> {
        x.claims.iter().map(|c| c.set.as_deref()).collect()
    }
    if let (Some(sa), Some(sb)) = (sets(a), sets(b)) {
        if sa.is_disjoint(&sb) {
            return false;
        }
    }
    // One side's sets all known ("Work on the berth, which began in June"),
    // the other's known where written ("The booking system opens on 1
    // February" beside "It opens on 1 February"): two things when none of
    // the known ones meet.
    fn known<'b>(x: &Bucket<'b>) -> BTreeSet<&'b str> {
        x.claims.iter().filter_map(|c| c.set.as_deref()).collect()
    }
    if sets(a).is_some() || sets(b).is_some() {
        let (ka, kb) = (known(a), known(b));
        if !ka.is_empty() && !kb.is_empty() && ka.is_disjoint(&kb) {
            return false;
        }
    }
    // Two readings of a running tally ("23 by Saturday night", "31 by
    // Sunday evening"): every claim of both sides dated, on no common day.
    fn as_ofs(x: &Bucket<'_>) -> Option<BTreeSet<chrono::NaiveDate>> {
        x.claims.iter().map(|c| c.as_of).collect()
    }
    if let (Some(da), Some(db)) = (as_ofs(a), as_ofs(b)) {
        if da.is_disjoint(&db) {
            return false;
        }
    }
    // Two groups of people taken to two places: the same group when the
    // reports name it alike or one does not name it ("All of them", "Nine").
    let carried = a.claims.iter().any(|c| c.key == CARRIED);
    if carried {
        let (ga, gb) = (context_words(a), context_words(b));
        if !ga.is_empty() && !gb.is_empty() && ga.is_disjoint(&gb) {
            return false;
        }
    }
    // Sums, shares, counts of plain people or times, and open-class acts
    // are rivals only when said of something in common ("21 men trapped"
    // and "nine men being treated" are two sets; a fine and a compensation
    // two sums).
    let contextual = !carried
        && a.claims.iter().chain(&b.claims).any(|c| {
            !c.context.is_empty() || c.key.starts_with(OPEN_ACT) || c.key.starts_with(PLACED)
        });
    if contextual {
        let words = context_words;
        // Said of two different named owners ("Greywold shares rose 6
        // percent", "Orlenza shares rose 2 percent"): two facts.
        let (oa, ob) = (owners(a), owners(b));
        if !oa.is_empty() && !ob.is_empty() && oa.is_disjoint(&ob) {
            return false;
        }
        let shared = words(a).intersection(&words(b)).count();
        // Two doers of one open-class act: the act must be said of the
        // same thing in two words at least ("presented the forensic report").
        // A side that names its object in one word (a passive: "The
        // release was ordered by …") needs that word only.
        let needed = if a.claims.iter().any(|c| c.slot == Slot::Actor) {
            words(a).len().min(words(b).len()).clamp(1, 2)
        } else {
            1
        };
        if shared < needed {
            return false;
        }
    }
    match (a.value, b.value) {
        (Value::Entity(x), Value::Entity(y)) => {
            !inside.contains(&(x.clone(), y.clone())) && !inside.contains(&(y.clone(), x.clone()))
        }
        _ => true,
    }
}

/// The people and organisations a bucket's claims are said of.
fn owners<'b>(x: &Bucket<'b>) -> BTreeSet<&'b str> {
    context_words(x)
        .into_iter()
        .filter(|w| w.starts_with("e:person:") || w.starts_with("e:organisation:"))
        .collect()
}

/// The context words of every claim of a bucket.
fn context_words<'b>(x: &Bucket<'b>) -> BTreeSet<&'b str> {
    x.claims
        .iter()
        .flat_map(|c| c.context.iter().map(String::as_str))
        .collect()
}

/// Places the reports put inside others: a place mention followed by
/// "in", "near", "outside", "on the edge of" or a comma and another place
/// within a few words ("Vesper House in Karvik", "Pellis, Belsaria").
/// Pairs (inner, outer) of entity ids.
fn containment(views: &[View<'_>]) -> BTreeSet<(String, String)> {
    let mut out = BTreeSet::new();
    for v in views {
        let places: Vec<&MentionInput> = v
            .art
            .mentions
            .iter()
            .filter(|m| m.kind == EntityKind::Place)
            .collect();
        for (k, a) in places.iter().enumerate() {
            let Some(b) = places.get(k + 1) else { continue };
            if a.entity == b.entity || b.start < a.end {
                continue;
            }
            let between = v.art.body.get(a.end..b.start).unwrap_or("").to_lowercase();
            let words: Vec<&str> = between
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| !w.is_empty())
                .collect();
            let link = match words.as_slice() {
                [] => between.trim() == ",",
                ["in"] | ["near"] | ["outside"] | ["in", "the"] => true,
                ["on", "the", "edge", "of"] | ["on", "the", "outskirts", "of"] => true,
                _ => false,
            };
            if link {
                out.insert((a.entity.clone(), b.entity.clone()));
            }
        }
    }
    out
}

fn conflict(
    views: &[View<'_>],
    slot: Slot,
    key: &str,
    buckets: &[Bucket<'_>],
    sides: &BTreeSet<usize>,
) -> Finding {
    // Buckets that agree with each other form one side ("2026-09-15" and
    // "2026-09-15T11:30Z"); the largest buckets seed the sides.
    let mut order: Vec<usize> = sides.iter().copied().collect();
    order.sort_by_key(|&i| std::cmp::Reverse(buckets[i].claims.len()));
    let mut merged: Vec<Vec<usize>> = Vec::new();
    for i in order {
        match merged.iter_mut().find(|side| {
            side.iter()
                .all(|&j| compatible(buckets[i].value, buckets[j].value))
        }) {
            Some(side) => side.push(i),
            None => merged.push(vec![i]),
        }
    }
    let mut sources = Vec::new();
    let mut parts = Vec::new();
    let mut all_groups = BTreeSet::new();
    for side in &merged {
        let label = side
            .iter()
            .map(|&i| buckets[i].label.as_str())
            .collect::<Vec<_>>()
            .join(" = ");
        let mut outlets = BTreeSet::new();
        for &i in side {
            for c in &buckets[i].claims {
                let v = &views[c.view];
                all_groups.insert(v.group);
                outlets.insert(
                    v.art
                        .outlet
                        .clone()
                        .unwrap_or_else(|| v.art.id.as_str().chars().take(12).collect()),
                );
                sources.push(source_of(views, c.view, c.sent, Some(label.clone())));
            }
        }
        parts.push(format!(
            "{label} ({})",
            outlets.into_iter().collect::<Vec<_>>().join(", ")
        ));
    }
    let on_side = |pick: fn(&Value) -> bool| sides.iter().any(|&i| pick(buckets[i].value));
    let why = match slot {
        Slot::Date if on_side(|v| matches!(v, Value::Wall { .. })) => {
            "the same clock read at different times"
        }
        Slot::Date
            if on_side(|v| {
                matches!(
                    v,
                    Value::Time {
                        value: TimeValue::Instant(_),
                        ..
                    }
                )
            }) =>
        {
            "different instants"
        }
        Slot::Date => "the days do not overlap",
        Slot::Count => "the numbers differ for the same unit",
        Slot::Duration => "the lengths differ",
        Slot::Place => "two different places for the same act",
        Slot::Actor => "two different doers of the same act",
        Slot::Outcome => "two different outcomes",
    };
    Finding {
        kind: FindingKind::Conflict,
        slot: Some(slot.as_str().to_owned()),
        summary: format!("{} of {}: {}", slot.as_str(), what(key), parts.join(" vs ")),
        reason: Some(format!("{}: {}; {why}", what(key), parts.join(" against "))),
        independent_outlets: all_groups.len(),
        sources,
        diff: None,
    }
}

/// A readable name for a group key.
fn what(key: &str) -> String {
    let mut parts = key.split('|');
    let base = parts.next().unwrap_or(key);
    let change: String = parts
        .map(|p| match p {
            "if" => " (under a condition)".to_owned(),
            other => format!(" ({other})"),
        })
        .collect();
    let base = match base {
        "open" => "the opening",
        LEAD => "the event (as the lead dates it)",
        "end" => "the end",
        "sign" => "the signing",
        "release" => "the release",
        "hand_over" => "the handover",
        "chair" => "who chaired",
        "host" => "who hosted",
        "mediate" => "who mediated",
        "propose" => "the proposal",
        "seize" => "the seizure",
        "agree" => "the agreement reached",
        other => other,
    };
    if let Some(act) = base.strip_prefix(crate::claims::ALLOWED) {
        return format!("the time allowed to {act}{change}");
    }
    format!("{base}{change}")
}

/// The value in one normal form (equal labels are equal values).
pub(crate) fn label(v: &Value) -> String {
    match v {
        Value::Time { value, .. } => match value {
            TimeValue::Date(d) => d.to_string(),
            TimeValue::Range(a, b) => format!("{a}/{b}"),
            TimeValue::Instant(t) => t
                .with_timezone(&chrono::Utc)
                .format("%Y-%m-%dT%H:%MZ")
                .to_string(),
            TimeValue::Unresolved { .. } => "unresolved".to_owned(),
        },
        Value::Wall { at, zone } => wall_label(at, zone),
        // "About 11" and "11" are one value: the estimate only widens what
        // it agrees with (see `compatible`).
        Value::Amount {
            low, high, unit, ..
        } if low == high => format!("{} {unit}", fmt_num(*low)),
        Value::Amount {
            low, high, unit, ..
        } if high.is_infinite() => format!("at least {} {unit}", fmt_num(*low)),
        Value::Amount {
            low, high, unit, ..
        } if *low == 0.0 => format!("up to {} {unit}", fmt_num(*high)),
        Value::Amount {
            low, high, unit, ..
        } => format!("{}-{} {unit}", fmt_num(*low), fmt_num(*high)),
        Value::Days { days, .. } => iso_days(*days),
        Value::Entity(id) => id.clone(),
    }
}

/// A length as an ISO 8601 duration, in the largest whole unit.
fn iso_days(days: f64) -> String {
    if days >= 1.0 && (days / 365.0 - (days / 365.0).round()).abs() < 1e-9 {
        format!("P{}Y", fmt_num(days / 365.0))
    } else if days >= 1.0 && (days / 30.0 - (days / 30.0).round()).abs() < 1e-9 {
        format!("P{}M", fmt_num(days / 30.0))
    } else if days >= 1.0 {
        format!("P{}D", fmt_num(days))
    } else {
        format!("PT{}H", fmt_num(days * 24.0))
    }
}

/// Whether two values can both be true.
pub(crate) fn compatible(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (
            Value::Time {
                value: x,
                weekday: wx,
                zone: zx,
            },
            Value::Time {
                value: y,
                weekday: wy,
                zone: zy,
            },
        ) => {
            if let (TimeValue::Instant(p), TimeValue::Instant(q)) = (x, y) {
                return p == q;
            }
            if wx.is_some() && wx == wy {
                return true;
            }
            // "7.40 p.m. on Saturday, Kelmstead time" and "2.40 a.m. on
            // Sunday" where the report stands: calendar days of two zones
            // one apart may be one instant.
            if let (TimeValue::Date(a), TimeValue::Date(b), Some(za), Some(zb)) = (x, y, zx, zy) {
                if (*a - *b).num_days().abs() == 1 && !same_clock(za, zb) {
                    return true;
                }
            }
            match (x.days(), y.days()) {
                (Some((a0, a1)), Some((b0, b1))) => a0 <= b1 && b0 <= a1,
                _ => true,
            }
        }
        (Value::Wall { at: x, zone: zx }, Value::Wall { at: y, zone: zy }) => {
            x == y || !same_clock(zx, zy)
        }
        (
            Value::Amount {
                low: l1,
                high: h1,
                unit: u1,
                about: a1,
                step: s1,
            },
            Value::Amount {
                low: l2,
                high: h2,
                unit: u2,
                about: a2,
                step: s2,
            },
        ) => {
            // A round estimate agrees with figures within a tenth of it; a
            // figure rounded as written ("3.41 million") with any it
            // rounds ("3,412,500").
            let estimate = if *a1 || *a2 { 0.1 * l1.max(*l2) } else { 0.0 };
            let slack = estimate.max(s1 + s2);
            u1 != u2 || (*l1 <= h2 + slack && *l2 <= h1 + slack)
        }
        (Value::Days { days: x, .. }, Value::Days { days: y, .. }) => {
            (x - y).abs() <= 0.05 * x.max(*y)
        }
        // A list of doers ("A + B") agrees with any list sharing one.
        (Value::Entity(x), Value::Entity(y)) => {
            x == y || x.split(" + ").any(|a| y.split(" + ").any(|b| a == b))
        }
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{NaiveDate, TimeZone, Weekday};

    fn day(d: u32) -> Value {
        let date = NaiveDate::from_ymd_opt(2026, 9, d).unwrap_or_default();
        Value::Time {
            value: TimeValue::Date(date),
            weekday: None,
            zone: None,
        }
    }

    #[test]
    fn same_instant_in_two_zones_is_compatible() {
        let gmt = chrono::FixedOffset::east_opt(0)
            .and_then(|z| z.with_ymd_and_hms(2026, 9, 9, 14, 0, 0).single());
        let cest = chrono::FixedOffset::east_opt(7200)
            .and_then(|z| z.with_ymd_and_hms(2026, 9, 9, 16, 0, 0).single());
        let (Some(a), Some(b)) = (gmt, cest) else {
            panic!("valid instants")
        };
        let a = Value::Time {
            value: TimeValue::Instant(a),
            weekday: None,
            zone: None,
        };
        let b = Value::Time {
            value: TimeValue::Instant(b),
            weekday: None,
            zone: None,
        };
        assert!(compatible(&a, &b));
        assert_eq!(label(&a), label(&b));
    }

    #[test]
    fn different_days_conflict_but_same_bare_weekday_does_not() {
        assert!(!compatible(&day(7), &day(8)));
        let fri = |d: u32| Value::Time {
            value: TimeValue::Date(NaiveDate::from_ymd_opt(2026, 9, d).unwrap_or_default()),
            weekday: Some(Weekday::Fri),
            zone: None,
        };
        assert!(compatible(&fri(4), &fri(11)));
    }

    #[test]
    fn days_one_apart_in_two_zones_are_compatible() {
        let zoned = |d: u32, zone: &str| Value::Time {
            value: TimeValue::Date(NaiveDate::from_ymd_opt(2026, 9, d).unwrap_or_default()),
            weekday: None,
            zone: Some(zone.to_owned()),
        };
        assert!(compatible(
            &zoned(7, "Velmark time"),
            &zoned(8, "local time")
        ));
        assert!(!compatible(
            &zoned(7, "local time"),
            &zoned(8, "local time")
        ));
        assert!(!compatible(
            &zoned(7, "Velmark time"),
            &zoned(9, "local time")
        ));
        // A day told alone is the report's own: no zone to tell them apart.
        assert!(!compatible(&zoned(7, "Velmark time"), &day(8)));
    }

    #[test]
    fn lengths_and_counts() {
        let d = |days: f64| Value::Days {
            days,
            label: String::new(),
        };
        assert!(compatible(&d(3.0), &d(3.0)));
        assert!(!compatible(&d(3.0), &d(2.0)));
        assert_eq!(label(&d(180.0)), "P6M");
        assert_eq!(label(&d(3.0)), "P3D");
        let n = |v: f64, u: &str| Value::Amount {
            low: v,
            high: v,
            unit: u.to_owned(),
            about: false,
            step: 0.0,
        };
        assert!(!compatible(&n(18.0, "fisherman"), &n(16.0, "fisherman")));
        assert!(compatible(&n(18.0, "fisherman"), &n(3.0, "trawler")));
    }

    #[test]
    fn lists_of_doers_agree_when_they_share_one() {
        let e = |s: &str| Value::Entity(s.to_owned());
        assert!(compatible(&e("country:a + country:b"), &e("country:a")));
        assert!(!compatible(&e("country:a + country:b"), &e("country:c")));
        assert!(!compatible(&e("person:x"), &e("person:y")));
    }
}
