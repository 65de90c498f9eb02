//! Order across the rounds of one story: a report that dates an earlier
//! round of a sequence (the first round, the start of the series, a round
//! that another report says came before) on or after the date reports give
//! a later round is a date conflict, although the two dates belong to
//! different events.
//!
//! The one place where facts of different events meet, and only through
//! their order. Each sentence's dates are tied to a round ([`rounds`]): a
//! round ordinal, the start of the sequence (the first round), the round
//! before the report's own, or the report's own event as the clusterer
//! placed it. Rounds are ordered by their ordinals (the events' ordinals
//! where the reports name one) and by a report saying its event followed
//! an earlier round (then the first round came before it). Two dates of
//! ordered rounds from different independence groups conflict when the
//! earlier round's date is after the later round's (on the same day too,
//! when both rounds are named by ordinal and the earlier date is not its
//! end). A day without a year is read in the year nearest the other date,
//! and the reason says so. Nothing else of two events is compared.

mod days;
mod rounds;

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

use crate::finding::{Finding, FindingKind, Source};
use crate::input::EventInput;
use crate::statements::{self, View};
use crate::union_find::UnionFind;
use crate::{infer_ordinal, source_of};
use days::compare_days;
use rounds::{Aspect, Dated, Follows, Round};

/// A finding of the story-level pass and the event it is shown with.
#[derive(Clone, Debug, PartialEq)]
pub struct StoryFinding {
    /// Index of the event in the slice given to [`crosscheck_story`].
    pub event: usize,
    /// The finding.
    pub finding: Finding,
}

/// Why one round came before another.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Why {
    /// Both are named by ordinal ("first" before "second").
    Ordinals,
    /// One is an event whose reports call it the n-th round.
    EventOrdinal(u32),
    /// The later one's report says it followed an earlier round (index
    /// into the story's [`Follows`]).
    Follows(usize),
    /// Named as the round before the other ("the previous round").
    Previous,
}

struct Story<'a> {
    events: &'a [EventInput],
    views: Vec<View<'a>>,
    /// The event of each view.
    event_of: Vec<usize>,
    ordinals: Vec<Option<u32>>,
    follows: Vec<Follows>,
}

impl Story<'_> {
    fn precedes(&self, a: Round, b: Round) -> Option<Why> {
        use Round::{Before, Ordinal, Own};
        match (a, b) {
            (Ordinal(i), Ordinal(j)) => (i < j).then_some(Why::Ordinals),
            (Ordinal(i), Own(e)) => match self.ordinals[e] {
                Some(k) => (i < k).then_some(Why::EventOrdinal(k)),
                // The first round came before any round that followed one.
                None if i == 1 => self
                    .follows
                    .iter()
                    .position(|f| self.event_of[f.view] == e)
                    .map(Why::Follows),
                None => None,
            },
            (Own(e), Ordinal(j)) => self.ordinals[e].filter(|&k| k < j).map(Why::EventOrdinal),
            (Own(e), Own(f)) => match (self.ordinals[e], self.ordinals[f]) {
                (Some(k), Some(l)) if k < l => Some(Why::EventOrdinal(l)),
                _ => None,
            },
            (Before(e), Own(f)) if e == f => Some(Why::Previous),
            _ => None,
        }
    }

    fn outlet(&self, view: usize) -> String {
        let a = self.views[view].art;
        a.outlet
            .clone()
            .unwrap_or_else(|| a.id.as_str().chars().take(12).collect())
    }

    /// What round a date is given to, as the reason names it.
    fn describe(&self, d: &Dated) -> String {
        let mut s = match d.round {
            Round::Ordinal(1) if d.sequence_start => "the start of the sequence".to_owned(),
            Round::Ordinal(n) => format!("the {} round", ordinal_word(n)),
            Round::Before(_) => "the previous round".to_owned(),
            Round::Own(_) => "the round it reports".to_owned(),
        };
        if let Some(p) = &d.place {
            s.push_str(&format!(" in {p}"));
        }
        s
    }
}

fn ordinal_word(n: u32) -> String {
    let words = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
    ];
    usize::try_from(n)
        .ok()
        .and_then(|i| i.checked_sub(1))
        .and_then(|i| words.get(i))
        .map_or_else(|| format!("{n}th"), |w| (*w).to_owned())
}

/// Order conflicts across the events of one story (see the module docs):
/// each with the sources of both sides and of the order, shown with the
/// event of the earlier round (the event the reports call that round, else
/// the event of the report giving the earlier date).
pub fn crosscheck_story(events: &[EventInput]) -> Vec<StoryFinding> {
    let mut group_ids: BTreeMap<&str, usize> = BTreeMap::new();
    let mut views = Vec::new();
    let mut event_of = Vec::new();
    for (ei, e) in events.iter().enumerate() {
        for a in &e.articles {
            let n = group_ids.len();
            let g = *group_ids.entry(a.independent_source.as_str()).or_insert(n);
            // Background marks come from the event's own ordinal (the one
            // the per-event comparison uses); the order uses the leads.
            let own = e.ordinal.or_else(|| infer_ordinal(e));
            views.push(statements::view(a, g, own));
            event_of.push(ei);
        }
    }
    // The order of events rests on the round each event's reports lead
    // with (or the clusterer's), never on a vote over every mention: a
    // report announcing the next round would otherwise move its event.
    let ordinals: Vec<Option<u32>> = events
        .iter()
        .enumerate()
        .map(|(ei, e)| {
            e.ordinal.or_else(|| {
                let mine: Vec<&View<'_>> = views
                    .iter()
                    .zip(&event_of)
                    .filter(|(_, &x)| x == ei)
                    .map(|(v, _)| v)
                    .collect();
                rounds::lead_ordinal(&mine)
            })
        })
        .collect();
    let mut dated = Vec::new();
    let mut follows = Vec::new();
    for (vi, v) in views.iter().enumerate() {
        let e = event_of[vi];
        for mut d in rounds::dated(v, vi, e) {
            // "the previous round" of the n-th round is the (n-1)-th.
            if let (Round::Before(_), Some(k)) = (d.round, ordinals[e]) {
                if k >= 2 {
                    d.round = Round::Ordinal(k - 1);
                }
            }
            dated.push(d);
        }
        follows.extend(rounds::follows(v, vi));
    }
    let story = Story {
        events,
        views,
        event_of,
        ordinals,
        follows,
    };
    tracing::debug!(dated = dated.len(), follows = story.follows.len(), "rounds");
    let mut edges: Vec<(usize, usize, Why)> = Vec::new();
    for (ai, a) in dated.iter().enumerate() {
        for (bi, b) in dated.iter().enumerate() {
            if story.views[a.view].group == story.views[b.view].group {
                continue;
            }
            let Some(why) = story.precedes(a.round, b.round) else {
                continue;
            };
            let (ord, _) = compare_days(a.day, b.day);
            let same_day_counts = why == Why::Ordinals && a.aspect != Aspect::End;
            if ord == Ordering::Greater || (ord == Ordering::Equal && same_day_counts) {
                edges.push((ai, bi, why));
            }
        }
    }
    let mut uf = UnionFind::new(dated.len());
    for &(a, b, _) in &edges {
        uf.union(a, b);
    }
    let mut out: Vec<StoryFinding> = uf
        .sets()
        .into_iter()
        .map(|set| {
            let set: BTreeSet<usize> = set.into_iter().collect();
            let mine: Vec<&(usize, usize, Why)> =
                edges.iter().filter(|(a, _, _)| set.contains(a)).collect();
            finding(&story, &dated, &mine)
        })
        .collect();
    out.sort_by(|a, b| {
        a.event
            .cmp(&b.event)
            .then_with(|| a.finding.summary.cmp(&b.finding.summary))
    });
    out
}

/// One finding from the conflicting pairs of one connected set.
fn finding(story: &Story<'_>, dated: &[Dated], edges: &[&(usize, usize, Why)]) -> StoryFinding {
    let earlier: BTreeSet<usize> = edges.iter().map(|e| e.0).collect();
    let later: BTreeSet<usize> = edges
        .iter()
        .map(|e| e.1)
        .filter(|b| !earlier.contains(b))
        .collect();
    let whys: BTreeSet<Why> = edges.iter().map(|e| e.2).collect();
    let key = |i: &usize| (dated[*i].view, dated[*i].sent);
    let mut earlier: Vec<usize> = earlier.into_iter().collect();
    earlier.sort_by_key(key);
    let mut later: Vec<usize> = later.into_iter().collect();
    later.sort_by_key(key);
    let value = |d: &Dated| format!("{} ({})", d.day.label(), story.describe(d));
    let side = |list: &[usize]| -> String {
        list.iter()
            .map(|&i| {
                let d = &dated[i];
                format!(
                    "{} dates {} to {}",
                    story.outlet(d.view),
                    story.describe(d),
                    d.day.label()
                )
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    let mut sources: Vec<Source> = Vec::new();
    let mut groups = BTreeSet::new();
    for &i in earlier.iter().chain(&later) {
        let d = &dated[i];
        groups.insert(story.views[d.view].group);
        sources.push(source_of(&story.views, d.view, d.sent, Some(value(d))));
    }
    let mut order = Vec::new();
    if earlier.iter().any(|&i| dated[i].sequence_start) {
        order.push("the start of the sequence is its first round".to_owned());
    }
    for why in &whys {
        match *why {
            Why::Ordinals => order.push("the ordinals say which came first".to_owned()),
            Why::EventOrdinal(k) => order.push(format!(
                "the later event's reports call it the {} round",
                ordinal_word(k)
            )),
            Why::Previous => order.push("it is named as the previous round".to_owned()),
            Why::Follows(fi) => {
                let f = &story.follows[fi];
                groups.insert(story.views[f.view].group);
                let what = match &f.place {
                    Some(p) => format!("follows an earlier round in {p}"),
                    None => "follows an earlier round".to_owned(),
                };
                sources.push(source_of(&story.views, f.view, f.sent, Some(what.clone())));
                let e = story.event_of[f.view];
                let mut peers: Vec<String> = later
                    .iter()
                    .filter(|&&i| dated[i].round == Round::Own(e) && dated[i].view != f.view)
                    .map(|&i| story.outlet(dated[i].view))
                    .collect();
                peers.dedup();
                let same = if peers.is_empty() {
                    "a report of the same event".to_owned()
                } else {
                    format!("reporting the same round as {}", peers.join(", "))
                };
                order.push(format!(
                    "{}, {same}, says it {}, so the first round came before it",
                    story.outlet(f.view),
                    what.replacen("follows", "followed", 1)
                ));
            }
        }
    }
    let year = edges
        .iter()
        .any(|&&(a, b, _)| compare_days(dated[a].day, dated[b].day).1);
    let assumed = if year {
        "; a date without a year is read in the year nearest the other"
    } else {
        ""
    };
    let first = &dated[earlier[0]];
    let event = match first.round {
        Round::Own(e) => e,
        Round::Ordinal(n) => {
            let named: Vec<usize> = (0..story.events.len())
                .filter(|&e| story.ordinals[e] == Some(n))
                .collect();
            match named.as_slice() {
                [one] => *one,
                _ => story.event_of[first.view],
            }
        }
        Round::Before(_) => story.event_of[first.view],
    };
    let list = |ids: &[usize]| {
        let mut seen = Vec::new();
        for &i in ids {
            let d = &dated[i];
            let s = format!("{} on {}", story.describe(d), d.day.label());
            if !seen.contains(&s) {
                seen.push(s);
            }
        }
        seen.join(", ")
    };
    let summary = format!(
        "date order: {} is not before {}",
        list(&earlier),
        list(&later)
    );
    let reason = format!(
        "{}. Yet {}, a later round ({}): an earlier round cannot be dated on or after a later one{assumed}.",
        side(&earlier),
        side(&later),
        order.join("; ")
    );
    StoryFinding {
        event,
        finding: Finding {
            kind: FindingKind::Conflict,
            slot: Some("date".to_owned()),
            summary,
            reason: Some(reason),
            independent_outlets: groups.len(),
            sources,
            diff: None,
        },
    }
}
