//! Splitting a story into events.
//!
//! Each article is first placed (see the `place` module: its dates and its
//! round ordinal). Then, within the story: articles with the same ordinal
//! form one event, whose days are those its reports give for the round; a
//! dated article without an ordinal joins the ordinal event its dates
//! overlap, or the one that ended the day before, or began the day after
//! when the article was published once it had begun (a date told in a zone
//! behind the event's); the remaining dated
//! articles form events of dates at most `event_gap_days` apart. An article
//! with neither a date nor an ordinal is placed by content: the event whose
//! term centroid is closest, among those begun by its publication date,
//! with a preference for recent events (news is about what just happened:
//! the similarity is divided by 1 + weeks between the event's end and the
//! publication), and its deciding sentence is its sentence closest to that
//! event. A copy (from de-duplication) finally joins its original's event.
//!
//! It does not read what happened beyond dates, rounds and words: two
//! happenings on the same day in one story are one event.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use crosscheck_types::{Article, DocumentId, Event, Placement, Sentence, Story};

use crate::place::{Placed, ORDINALS};
use crate::terms::{self, cosine, Sparse, Vectors, Vocabulary};
use crate::ClusterOptions;

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
    terms::centroid(idx.map(|i| &vectors[i].all))
}

/// The sentence of `body` whose terms are closest to `target`.
fn closest_sentence(
    body: &str,
    sentences: &[Sentence],
    target: &Sparse,
    vocab: &Vocabulary,
    opts: &ClusterOptions,
) -> Option<Sentence> {
    let mut best: Option<(Sentence, f64)> = None;
    for &s in sentences {
        let v = vocab.text_vector(s.text(body).unwrap_or(""), opts.entity_weight);
        let c = cosine(&v, target);
        if best.is_none_or(|(_, b)| c > b) {
            best = Some((s, c));
        }
    }
    best.map(|(s, _)| s)
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
    placed: &[Placed],
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

    let placed: Vec<Placed> = members.iter().map(|&i| placed[i].clone()).collect();
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
            g.widen(p.round_days);
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
                // A day either side: the event ended the day before, or an
                // article published once the event had begun dates it the
                // day before, as a zone behind the event's does (a
                // Wednesday evening abroad is Thursday's small hours at home).
                let published = docs[p.index].published.map(|d| d.date);
                (0..ordinal_groups).find(|&k| {
                    groups[k].range.is_some_and(|(start, end)| {
                        (lo > end && (lo - end).num_days() <= 1)
                            || (hi < start
                                && (start - hi).num_days() <= 1
                                && published.is_some_and(|pd| pd >= start))
                    })
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
        let mut best: Option<(usize, f64, f64)> = None;
        for (k, c) in centroids.iter().enumerate() {
            let (started, weeks) = match (groups[k].range, published) {
                (Some((start, end)), Some(pd)) => {
                    (start <= pd, ((pd - end).num_days().max(0) as f64) / 7.0)
                }
                _ => (true, 0.0),
            };
            if !started {
                continue;
            }
            let cos = cosine(&vectors[p.index].all, c);
            let s = cos / (1.0 + weeks);
            if best.is_none_or(|(_, bs, _)| s > bs) {
                best = Some((k, s, cos));
            }
        }
        match best {
            Some((k, _, cos)) => {
                let body = &docs[p.index].body;
                let sents = p
                    .sentences
                    .take()
                    .unwrap_or_else(|| crosscheck_read::sentences(body));
                if let Some(s) = closest_sentence(body, &sents, &centroids[k], vocab, opts) {
                    p.sentence = Some(s);
                }
                p.reason = format!(
                    "no date or round of its own: closest recent event by content (cosine {cos:.2}; \
                     deciding sentence: its closest to the event)"
                );
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
    fn capitalise_each_word() {
        assert_eq!(capitalise("lake ostwen"), "Lake Ostwen");
        assert_eq!(capitalise(""), "");
    }
}
