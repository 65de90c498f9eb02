//! Splitting a story into events.
//!
//! Each article is first *placed*:
//! - its **dates**: the day-level dates (days, parts of days, clock times,
//!   ranges of up to three days) that [`crosscheck_read::times`] resolves
//!   against its publication date, taken from the first sentence that has
//!   one and an event verb ("held", "began", "signed", "killed", …), or else
//!   from the first sentence that has one; dates after the publication date
//!   and so are dates written after a word of plans ("will", "would",
//!   "expected") in their sentence;
//! - its **round ordinal** ("third round", "round 3") from the title or the
//!   first two sentences.
//!
//! Then, within the story: articles with the same ordinal form one event;
//! a dated article without an ordinal joins the ordinal event its dates
//! overlap, or the one that ended the day before; the remaining dated
//! articles form events of dates at most `event_gap_days` apart; an
//! article without a date or an ordinal joins the event whose term centroid
//! is closest among those that began by its publication date; a copy (from
//! de-duplication) finally joins its original's event.
//!
//! It does not read what happened beyond dates and ordinals: two happenings
//! on the same day in one story are one event.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use crosscheck_read::{sentences, times};
use crosscheck_types::{Article, DocumentId, Event, Granularity, Placement, Sentence, Story};

use crate::terms::{accumulate, cosine, unit_of, Sparse, Vectors, Vocabulary};
use crate::ClusterOptions;

const EVENT_VERBS: &[&str] = &[
    "held",
    "began",
    "begun",
    "begin",
    "opened",
    "ended",
    "closed",
    "met",
    "clashed",
    "signed",
    "agreed",
    "killed",
    "killing",
    "struck",
    "hit",
    "shelled",
    "fired",
    "burst",
    "broke",
    "collapsed",
    "failed",
    "flooded",
    "found",
    "ordered",
    "resigned",
    "pledged",
    "announced",
    "sat",
    "arrived",
    "left",
    "launched",
    "attacked",
    "swept",
    "gave",
    "approved",
    "awarded",
    "called",
    "played",
];

const ORDINALS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
];

/// Where one article was placed, before grouping.
struct Placed {
    index: usize,
    dates: Option<(NaiveDate, NaiveDate)>,
    ordinal: Option<u32>,
    sentence: Option<Sentence>,
    reason: String,
}

fn words_lower(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The round ordinal a text names: "<ordinal> round" or "round <n>".
fn ordinal_in(text: &str) -> Option<u32> {
    let w = words_lower(text);
    for (i, word) in w.iter().enumerate() {
        if word == "round" {
            if let Some(prev) = i.checked_sub(1).and_then(|p| w.get(p)) {
                if let Some(n) = ORDINALS.iter().position(|o| o == prev) {
                    return u32::try_from(n + 1).ok();
                }
            }
            if let Some(n) = w.get(i + 1).and_then(|n| n.parse::<u32>().ok()) {
                if (1..=99).contains(&n) {
                    return Some(n);
                }
            }
        }
    }
    None
}

fn has_event_verb(text: &str) -> bool {
    words_lower(text)
        .iter()
        .any(|w| EVENT_VERBS.contains(&w.as_str()))
}

/// Words that mark a sentence as about what is planned, not what happened.
const FUTURE_MARKERS: &[&str] = &[
    "will", "would", "expected", "due", "plans", "planned", "shall",
];

/// Byte offset in `text` of its first future marker, if any.
fn future_offset(text: &str) -> Option<usize> {
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
        } else if let Some(st) = start.take() {
            let w = text.get(st..i).unwrap_or("").to_lowercase();
            if FUTURE_MARKERS.contains(&w.as_str()) {
                return Some(st);
            }
        }
    }
    None
}

fn day_level(g: Granularity) -> bool {
    matches!(
        g,
        Granularity::Day | Granularity::PartOfDay | Granularity::Minute
    )
}

fn place(index: usize, a: &Article) -> Placed {
    let published = a.published.map(|p| p.date);
    let sents = sentences(&a.body);
    let exprs = times(&a.body, published);
    // Day-level dates per sentence.
    let mut per_sentence: Vec<(Sentence, NaiveDate, NaiveDate)> = Vec::new();
    for s in &sents {
        // Dates after a future marker name plans, not what happened.
        let future_at = s
            .text(&a.body)
            .and_then(future_offset)
            .map_or(usize::MAX, |o| s.start + o);
        let mut lo: Option<NaiveDate> = None;
        let mut hi: Option<NaiveDate> = None;
        for e in exprs
            .iter()
            .filter(|e| s.contains(e.start) && e.start < future_at)
        {
            if !day_level(e.granularity) {
                continue;
            }
            let Some((first, last)) = e.value.days() else {
                continue;
            };
            if (last - first).num_days() > 3 {
                continue;
            }
            if published.is_some_and(|p| first > p) {
                continue;
            }
            lo = Some(lo.map_or(first, |l| l.min(first)));
            hi = Some(hi.map_or(last, |h| h.max(last)));
        }
        if let (Some(lo), Some(hi)) = (lo, hi) {
            per_sentence.push((*s, lo, hi));
        }
    }
    let chosen = per_sentence
        .iter()
        .find(|(s, _, _)| s.text(&a.body).is_some_and(has_event_verb))
        .map(|c| (c, true))
        .or_else(|| per_sentence.first().map(|c| (c, false)));
    let title_ord = a.title.as_deref().and_then(ordinal_in);
    let lead_ord = sents
        .iter()
        .take(2)
        .find_map(|s| s.text(&a.body).and_then(ordinal_in).map(|n| (*s, n)));
    let ordinal = title_ord.or(lead_ord.map(|(_, n)| n));
    match chosen {
        Some((&(s, lo, hi), verb)) => Placed {
            index,
            dates: Some((lo, hi)),
            ordinal,
            sentence: Some(s),
            reason: format!(
                "dates {lo}..{hi}{}{}",
                if verb { " with an event verb" } else { "" },
                ordinal.map_or(String::new(), |n| format!(", round {n}"))
            ),
        },
        None => Placed {
            index,
            dates: None,
            ordinal,
            sentence: lead_ord.map(|(s, _)| s).or_else(|| sents.first().copied()),
            reason: ordinal.map_or_else(String::new, |n| {
                format!(
                    "round {n} named in the {}",
                    if title_ord.is_some() { "title" } else { "lead" }
                )
            }),
        },
    }
}

/// An event under construction.
struct Group {
    ordinal: Option<u32>,
    range: Option<(NaiveDate, NaiveDate)>,
    members: Vec<Placed>,
}

impl Group {
    fn widen(&mut self, d: Option<(NaiveDate, NaiveDate)>) {
        if let Some((lo, hi)) = d {
            self.range = Some(match self.range {
                Some((a, b)) => (a.min(lo), b.max(hi)),
                None => (lo, hi),
            });
        }
    }
}

fn overlaps(a: (NaiveDate, NaiveDate), b: (NaiveDate, NaiveDate)) -> bool {
    a.0 <= b.1 && b.0 <= a.1
}

fn centroid(vectors: &[Vectors], idx: impl Iterator<Item = usize>) -> Sparse {
    let mut acc = BTreeMap::new();
    for i in idx {
        accumulate(&mut acc, &vectors[i].all, 1.0);
    }
    unit_of(acc)
}

/// The `k` heaviest plain words of a centroid, as written in the vocabulary.
fn key_terms(v: &Sparse, vocab: &Vocabulary, k: usize, entities: bool) -> Vec<String> {
    let mut v = v.clone();
    v.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    v.into_iter()
        .filter_map(|(t, _)| vocab.term(t))
        .filter(|t| t.starts_with("E:") == entities)
        .map(|t| t.trim_start_matches("E:").to_owned())
        .filter(|t| !t.contains(' ') || entities)
        .take(k)
        .collect()
}

/// The first 12 characters of an id (all of it when shorter: an id read
/// from JSON is not checked).
fn short(id: &DocumentId) -> &str {
    let s = id.as_str();
    s.get(..12).unwrap_or(s)
}

fn capitalise(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_uppercase().chain(c).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}

/// Builds the story of the articles `members` (indices into `docs`), with
/// its events.
pub(crate) fn story(
    docs: &[&Article],
    vectors: &[Vectors],
    vocab: &Vocabulary,
    members: &[usize],
    copy_of: &BTreeMap<usize, usize>,
    opts: &ClusterOptions,
) -> Story {
    let mut members = members.to_vec();
    members.sort_unstable();
    let first = members
        .first()
        .map(|&i| short(&docs[i].id).to_owned())
        .unwrap_or_default();
    let story_id = format!("story-{first}");
    let story_centroid = centroid(vectors, members.iter().copied());
    let title = key_terms(&story_centroid, vocab, 4, true)
        .iter()
        .map(|t| capitalise(t))
        .collect::<Vec<_>>()
        .join(", ");

    let placed: Vec<Placed> = members.iter().map(|&i| place(i, docs[i])).collect();
    let mut groups: Vec<Group> = Vec::new();
    let mut dated = Vec::new();
    let mut undated = Vec::new();
    // 1. Same ordinal, same event.
    for p in placed {
        if let Some(n) = p.ordinal {
            let g = match groups.iter_mut().position(|g| g.ordinal == Some(n)) {
                Some(k) => &mut groups[k],
                None => {
                    groups.push(Group {
                        ordinal: Some(n),
                        range: None,
                        members: Vec::new(),
                    });
                    let k = groups.len() - 1;
                    &mut groups[k]
                }
            };
            g.widen(p.dates);
            g.members.push(p);
        } else if p.dates.is_some() {
            dated.push(p);
        } else {
            undated.push(p);
        }
    }
    // 2. Dated articles without an ordinal: an ordinal event they overlap or
    //    that ended the day before; else events of nearby dates.
    dated.sort_by_key(|p| (p.dates, p.index));
    let ordinal_groups = groups.len();
    for p in dated {
        let Some((lo, hi)) = p.dates else { continue };
        let target = (0..ordinal_groups)
            .find(|&k| groups[k].range.is_some_and(|r| overlaps(r, (lo, hi))))
            .or_else(|| {
                (0..ordinal_groups).find(|&k| {
                    groups[k]
                        .range
                        .is_some_and(|(_, end)| lo > end && (lo - end).num_days() <= 1)
                })
            })
            .or_else(|| {
                (ordinal_groups..groups.len()).find(|&k| {
                    groups[k].range.is_some_and(|(a, b)| {
                        overlaps((a, b), (lo, hi))
                            || (lo > b && (lo - b).num_days() <= opts.event_gap_days)
                    })
                })
            });
        match target {
            Some(k) => {
                groups[k].widen(p.dates);
                groups[k].members.push(p);
            }
            None => groups.push(Group {
                ordinal: None,
                range: p.dates,
                members: vec![p],
            }),
        }
    }
    // 3. Articles with neither: the closest event by content, among those
    //    begun by the article's publication date.
    let centroids: Vec<Sparse> = groups
        .iter()
        .map(|g| centroid(vectors, g.members.iter().map(|p| p.index)))
        .collect();
    let mut late: Vec<(usize, Placed)> = Vec::new();
    for mut p in undated {
        let published = docs[p.index].published.map(|d| d.date);
        let mut best: Option<(usize, f64)> = None;
        for (k, c) in centroids.iter().enumerate() {
            let started = match (groups[k].range, published) {
                (Some((start, _)), Some(pd)) => start <= pd,
                _ => true,
            };
            if !started {
                continue;
            }
            let s = cosine(&vectors[p.index].all, c);
            if best.is_none_or(|(_, bs)| s > bs) {
                best = Some((k, s));
            }
        }
        match best {
            Some((k, s)) => {
                p.reason = format!("no date of its own: closest event by content (cosine {s:.2})");
                late.push((k, p));
            }
            None => {
                p.reason = "no date of its own and no dated event".to_owned();
                groups.push(Group {
                    ordinal: None,
                    range: None,
                    members: vec![p],
                });
            }
        }
    }
    for (k, p) in late {
        groups[k].members.push(p);
    }
    // 4. A copy goes where its original went.
    let event_of: BTreeMap<usize, usize> = groups
        .iter()
        .enumerate()
        .flat_map(|(k, g)| g.members.iter().map(move |p| (p.index, k)))
        .collect();
    for (&copy, &original) in copy_of {
        let (Some(&from), Some(&to)) = (event_of.get(&copy), event_of.get(&original)) else {
            continue;
        };
        if from == to {
            continue;
        }
        if let Some(pos) = groups[from].members.iter().position(|p| p.index == copy) {
            let mut p = groups[from].members.remove(pos);
            p.reason = format!("copy of {}", short(&docs[original].id));
            groups[to].members.push(p);
        }
    }
    groups.retain(|g| !g.members.is_empty());
    groups.sort_by(|a, b| {
        let key = |g: &Group| {
            (
                g.range.is_none(),
                g.range,
                g.members.iter().map(|p| p.index).min(),
            )
        };
        key(a).cmp(&key(b))
    });

    let events = groups
        .into_iter()
        .enumerate()
        .map(|(n, mut g)| {
            g.members.sort_by_key(|p| p.index);
            let c = centroid(vectors, g.members.iter().map(|p| p.index));
            let terms = key_terms(&c, vocab, 3, false).join(", ");
            let label = match g.ordinal {
                Some(o) => {
                    let word = usize::try_from(o)
                        .ok()
                        .and_then(|o| ORDINALS.get(o.wrapping_sub(1)))
                        .map_or_else(|| format!("round {o}"), |w| format!("{w} round"));
                    format!("{word}: {terms}")
                }
                None => terms,
            };
            Event {
                id: format!("{story_id}-e{}", n + 1),
                label,
                start: g.range.map(|r| r.0),
                end: g.range.map(|r| r.1),
                articles: g.members.iter().map(|p| docs[p.index].id.clone()).collect(),
                evidence: g
                    .members
                    .iter()
                    .map(|p| Placement {
                        article: docs[p.index].id.clone(),
                        sentence_start: p.sentence.map_or(0, |s| s.start),
                        sentence_end: p.sentence.map_or(0, |s| s.end),
                        reason: p.reason.clone(),
                    })
                    .collect(),
            }
        })
        .collect();

    Story {
        id: story_id,
        title,
        articles: members.iter().map(|&i| docs[i].id.clone()).collect(),
        events,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_of_rounds_only() {
        assert_eq!(ordinal_in("The third round of talks opened"), Some(3));
        assert_eq!(ordinal_in("Aldmere Open, round 3: a draw"), Some(3));
        assert_eq!(ordinal_in("on the second day of the talks"), None);
        assert_eq!(ordinal_in("the guns opened fire first"), None);
        assert_eq!(ordinal_in("round"), None);
    }

    #[test]
    fn future_marker_offsets() {
        assert_eq!(future_offset("Met on Monday."), None);
        assert_eq!(
            future_offset("They said talks would open on Monday."),
            Some(16)
        );
        assert_eq!(future_offset("Will they?"), Some(0));
        assert_eq!(future_offset("willing to talk"), None);
    }

    #[test]
    fn event_verbs_are_whole_words() {
        assert!(has_event_verb("The round ended on Wednesday."));
        assert!(!has_event_verb("The rounded total was given."));
    }
}
