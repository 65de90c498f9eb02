//! Placing one article in time: the dates it describes and the round
//! ordinal it reports.
//!
//! - **Ordinal** ("third round", "round 3"): from the title, else the first
//!   two sentences; for an article with no date of its own, else the highest
//!   round the body says *happened*: a definite ordinal ("the third round",
//!   not "a fourth round") in a sentence with an event verb ("held",
//!   "ended", "kicked off"), before any word of plans ("will", "no
//!   schedule"). A report is about the latest round it knows of.
//! - **Dates**: the day-level dates (days, parts of days, clock times,
//!   ranges of up to three days) that [`crosscheck_read::times`] resolves
//!   against the publication date, from the sentence the `own_date` module
//!   picks: the lead's, else the first with an event verb, else the first;
//!   a fresh date over a stale one, and none from a stale first sentence
//!   with no event verb. Not counted:
//!   dates after the publication date, dates after a word of plans in their
//!   sentence, and dates in a sentence about another round than the
//!   article's own ("the second round, held on October 25" in a report on
//!   the third round: background, not its news). A sentence that gives
//!   its news beside an older day ("the report on the 1 February
//!   incursion landed on Monday") counts its latest days only: a day more
//!   than three days before them is recalled.
//!
//! It does not resolve which happening a date belongs to beyond that.

use chrono::NaiveDate;
use crosscheck_read::{sentences, times};
use crosscheck_types::{Article, Granularity, Sentence, TimeExpr};

use crate::own_date::{lead_end, own_date, FRESH_DAYS};

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
    "kicked",
    "started",
    "entered",
    "concluded",
    "convened",
    "took",
];

/// Ordinal words, first to tenth.
pub(crate) const ORDINALS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
];

/// Verbs that open a happening and verbs that close one: with a stated
/// length ("the four-day talks, which started on Saturday"), they say on
/// which side of the date the rest of it lies.
const START_VERBS: &[&str] = &[
    "began", "begun", "begin", "opened", "started", "kicked", "entered", "convened",
];
const END_VERBS: &[&str] = &["ended", "closed", "collapsed", "concluded", "failed"];

const NUMBER_WORDS: &[&str] = &["one", "two", "three", "four", "five", "six", "seven"];

/// A length in days a sentence gives a happening: "four-day", "4-day",
/// "four days of" (one to seven days).
fn stated_days(text: &str) -> Option<u32> {
    let w = words_at(text);
    w.iter().enumerate().find_map(|(i, (_, word))| {
        let next = w.get(i + 1).map(|(_, n)| n.as_str());
        let after = w.get(i + 2).map(|(_, n)| n.as_str());
        let n = NUMBER_WORDS
            .iter()
            .position(|x| x == word)
            .and_then(|k| u32::try_from(k + 1).ok())
            .or_else(|| word.parse::<u32>().ok().filter(|n| (1..=7).contains(n)))?;
        let is_length = next == Some("day") || (next == Some("days") && after == Some("of"));
        is_length.then_some(n)
    })
}

/// Widens `(lo, hi)` to the whole happening when the sentence gives its
/// length: forward from a date it opened, back from a date it closed, both
/// ways when the sentence does not say; never past `published`.
fn widen_by_length(
    text: &str,
    (lo, hi): (NaiveDate, NaiveDate),
    published: Option<NaiveDate>,
) -> (NaiveDate, NaiveDate) {
    let Some(n) = stated_days(text) else {
        return (lo, hi);
    };
    let extra = chrono::Days::new(u64::from(n.saturating_sub(1)));
    let words = words_at(text);
    let has = |list: &[&str]| words.iter().any(|(_, w)| list.contains(&w.as_str()));
    let (opens, closes) = (has(START_VERBS), has(END_VERBS));
    let lo2 = if opens && !closes { lo } else { lo - extra };
    let mut hi2 = if closes && !opens { hi } else { hi + extra };
    if let Some(p) = published {
        hi2 = hi2.min(p).max(hi);
    }
    (lo2.min(lo), hi2)
}

/// Words that mark what follows in a sentence as planned, not happened.
const FUTURE_MARKERS: &[&str] = &[
    "will", "would", "expected", "due", "plans", "planned", "shall", "schedule", "next",
];

/// Where one article was placed, before grouping.
#[derive(Clone)]
pub(crate) struct Placed {
    /// Index of the article in the clustered documents.
    pub index: usize,
    /// The dates it describes, if any.
    pub dates: Option<(NaiveDate, NaiveDate)>,
    /// The round it reports, if named.
    pub ordinal: Option<u32>,
    /// For a report on a round: the days its sentences about that round
    /// ("the round opened on Sunday") give, which widen the round's event.
    pub round_days: Option<(NaiveDate, NaiveDate)>,
    /// The deciding sentence.
    pub sentence: Option<Sentence>,
    /// What decided, in words.
    pub reason: String,
    /// The article's sentences (kept to cite one when placed by content);
    /// `None` when they were not split (see [`place`]).
    pub sentences: Option<Vec<Sentence>>,
}

/// Lowercased words of `text` with their byte offsets.
fn words_at(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
        } else if let Some(st) = start.take() {
            out.push((st, text.get(st..i).unwrap_or("").to_lowercase()));
        }
    }
    out
}

/// A round ordinal named in `text`: its number, its byte offset and whether
/// it is indefinite ("a third round").
fn ordinals(text: &str) -> Vec<(u32, usize, bool)> {
    let w = words_at(text);
    let mut out = Vec::new();
    for (i, (_, word)) in w.iter().enumerate() {
        if word != "round" {
            continue;
        }
        let prev = i.checked_sub(1).and_then(|p| w.get(p));
        if let Some((at, prev)) = prev {
            if let Some(n) = ORDINALS.iter().position(|o| o == prev) {
                let before = i.checked_sub(2).and_then(|p| w.get(p));
                let indefinite = before.is_some_and(|(_, b)| b == "a" || b == "an");
                if let Ok(n) = u32::try_from(n + 1) {
                    out.push((n, *at, indefinite));
                }
                continue;
            }
        }
        if let Some(n) = w.get(i + 1).and_then(|(_, n)| n.parse::<u32>().ok()) {
            if (1..=99).contains(&n) {
                out.push((n, w[i].0, false));
            }
        }
    }
    out
}

/// The round ordinal a text names first: "<ordinal> round" or "round <n>".
pub(crate) fn ordinal_in(text: &str) -> Option<u32> {
    ordinals(text).first().map(|o| o.0)
}

fn has_event_verb(text: &str) -> bool {
    words_at(text)
        .iter()
        .any(|(_, w)| EVENT_VERBS.contains(&w.as_str()))
}

/// Byte offset in `text` of its first word of plans, if any.
fn future_offset(text: &str) -> Option<usize> {
    words_at(text)
        .into_iter()
        .find(|(_, w)| FUTURE_MARKERS.contains(&w.as_str()))
        .map(|(at, _)| at)
}

/// The rounds a sentence says happened: definite ordinals before any word of
/// plans, in a sentence with an event verb.
fn happened_rounds(text: &str) -> Vec<u32> {
    // Cheap test first: most sentences name no round.
    if !text.to_ascii_lowercase().contains("round") || !has_event_verb(text) {
        return Vec::new();
    }
    let future = future_offset(text).unwrap_or(usize::MAX);
    ordinals(text)
        .into_iter()
        .filter(|&(_, at, indefinite)| !indefinite && at < future)
        .map(|(n, _, _)| n)
        .collect()
}

fn day_level(g: Granularity) -> bool {
    matches!(
        g,
        Granularity::Day | Granularity::PartOfDay | Granularity::Minute
    )
}

/// Whether a time expression can date a sentence: day-level, at most four
/// days long, not after the publication date. (Words of plans are weighed
/// per sentence, in [`dated_sentences`].)
fn counted(e: &TimeExpr, published: Option<NaiveDate>) -> bool {
    if !day_level(e.granularity) {
        return false;
    }
    let Some((first, last)) = e.value.days() else {
        return false;
    };
    (last - first).num_days() <= 3 && published.is_none_or(|p| first <= p)
}

/// Day-level dates per sentence (see the module doc for what counts).
fn dated_sentences(
    a: &Article,
    sents: &[Sentence],
    exprs: &[TimeExpr],
) -> Vec<(Sentence, NaiveDate, NaiveDate)> {
    let published = a.published.map(|p| p.date);
    let mut out = Vec::new();
    for s in sents {
        let future_at = s
            .text(&a.body)
            .and_then(future_offset)
            .map_or(usize::MAX, |o| s.start + o);
        let days: Vec<(NaiveDate, NaiveDate)> = exprs
            .iter()
            .filter(|e| s.contains(e.start) && e.start < future_at && counted(e, published))
            .filter_map(|e| e.value.days())
            .collect();
        // A sentence that tells its news beside an older happening ("the
        // preliminary report on the 1 February incursion landed on Monday")
        // is dated by its latest days: those more than FRESH_DAYS before
        // them are recalled.
        let Some(latest) = days.iter().map(|d| d.1).max() else {
            continue;
        };
        let recent = days
            .iter()
            .filter(|d| (latest - d.1).num_days() <= FRESH_DAYS);
        let lo = recent.clone().map(|d| d.0).min();
        let hi = recent.map(|d| d.1).max();
        if let (Some(lo), Some(hi)) = (lo, hi) {
            out.push((*s, lo, hi));
        }
    }
    out
}

/// The first sentence of `body`, as [`sentences`] would give it, from its
/// first paragraph alone (a paragraph is a run of non-blank lines, and
/// sentences never cross one); the whole body when that gives none.
fn first_sentence(body: &str) -> Option<Sentence> {
    let end = lead_end(body);
    let head = body.get(..end).unwrap_or(body);
    sentences(head)
        .first()
        .copied()
        .or_else(|| sentences(body).first().copied())
}

/// Places an article without day-level dates or round ordinals in its
/// body: nothing in its sentences can place it, so they are not split
/// (they are, later, if it is placed by content).
fn place_plain(index: usize, a: &Article, title_ord: Option<u32>) -> Placed {
    Placed {
        index,
        dates: None,
        ordinal: title_ord,
        round_days: None,
        sentence: first_sentence(&a.body),
        reason: title_ord.map_or(String::new(), |n| format!("round {n} named in the title")),
        sentences: None,
    }
}

/// Places article `a` (index `index`); the module doc says how.
pub(crate) fn place(index: usize, a: &Article) -> Placed {
    let published = a.published.map(|p| p.date);
    let exprs = times(&a.body, published);
    let title_ord = a.title.as_deref().and_then(ordinal_in);
    // Sentences are the costly part. Without a date a sentence could keep
    // and without a round ordinal anywhere in the body (one in a sentence
    // is one in the body), the full reading below ends in `place_plain`.
    // Cheap tests first: a round ordinal needs the word "round" and an
    // ordinal word or a number (ASCII digits) near it.
    let lower = a.body.to_ascii_lowercase();
    let may_round = lower.contains("round")
        && (lower.bytes().any(|b| b.is_ascii_digit())
            || ORDINALS.iter().any(|o| lower.contains(o)))
        && !ordinals(&a.body).is_empty();
    if !may_round && !exprs.iter().any(|e| counted(e, published)) {
        return place_plain(index, a, title_ord);
    }
    let sents = sentences(&a.body);
    let text = |s: &Sentence| s.text(&a.body).unwrap_or("");
    let lead_ord = sents
        .iter()
        .take(2)
        .find_map(|s| ordinal_in(text(s)).map(|n| (*s, n)));
    // The latest round the body says happened, and where.
    let body_ord = sents
        .iter()
        .flat_map(|s| happened_rounds(text(s)).into_iter().map(move |n| (n, *s)))
        .max_by(|x, y| x.0.cmp(&y.0).then(y.1.start.cmp(&x.1.start)));
    let own_ord = title_ord
        .or(lead_ord.map(|(_, n)| n))
        .or(body_ord.map(|(n, _)| n));
    // Dates of sentences about the article's own round (or no round).
    let per_sentence: Vec<_> = dated_sentences(a, &sents, &exprs)
        .into_iter()
        .filter(|(s, _, _)| {
            let named = ordinals(text(s));
            own_ord.is_none() || named.is_empty() || named.iter().any(|o| Some(o.0) == own_ord)
        })
        .collect();
    let round_days = own_ord.and_then(|n| {
        per_sentence
            .iter()
            .filter(|(s, _, _)| {
                let t = text(s);
                let named = ordinals(t);
                has_event_verb(t)
                    && (named.iter().any(|o| o.0 == n)
                        || (named.is_empty() && words_at(t).iter().any(|(_, w)| w == "round")))
            })
            .map(|&(_, lo, hi)| (lo, hi))
            .reduce(|a, b| (a.0.min(b.0), a.1.max(b.1)))
    });
    // Each sentence's dates widened by the length it gives the happening,
    // before choosing: "the four-day talks, which started on Saturday" ends
    // three days later, and its freshness is that of its end.
    let widened: Vec<_> = per_sentence
        .iter()
        .map(|&(s, lo, hi)| {
            let (lo, hi) = widen_by_length(text(&s), (lo, hi), published);
            (s, lo, hi)
        })
        .collect();
    let chosen = own_date(
        &widened,
        |s| has_event_verb(text(s)),
        lead_end(&a.body),
        published,
    )
    .and_then(|(k, why)| Some((widened.get(k)?, why)));
    match chosen {
        Some((&(s, lo, hi), why)) => {
            // A dated report takes its round from its title or lead only:
            // its body may name other rounds it was not about.
            let ordinal = title_ord.or(lead_ord.map(|(_, n)| n));
            Placed {
                index,
                dates: Some((lo, hi)),
                ordinal,
                round_days: ordinal.and(round_days),
                sentence: Some(s),
                sentences: Some(sents.clone()),
                reason: format!(
                    "dates {lo}..{hi}{}{}",
                    why.words(),
                    ordinal.map_or(String::new(), |n| format!(", round {n}"))
                ),
            }
        }
        None => {
            let (sentence, reason) = if let Some(n) = title_ord {
                (
                    sents.first().copied(),
                    format!("round {n} named in the title"),
                )
            } else if let Some((s, n)) = lead_ord {
                (Some(s), format!("round {n} named in the lead"))
            } else if let Some((n, s)) = body_ord {
                (
                    Some(s),
                    format!("round {n}: the latest round the report says was held"),
                )
            } else {
                (sents.first().copied(), String::new())
            };
            Placed {
                index,
                sentences: Some(sents.clone()),
                dates: None,
                ordinal: own_ord,
                round_days,
                sentence,
                reason,
            }
        }
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
    fn rounds_that_happened() {
        assert_eq!(
            happened_rounds("The third round, held in Zell, failed."),
            vec![3]
        );
        assert_eq!(
            happened_rounds("She said a third round would be held."),
            Vec::<u32>::new()
        );
        assert_eq!(
            happened_rounds("There is no schedule for the fourth round."),
            Vec::<u32>::new()
        );
        assert_eq!(
            happened_rounds("The third round is a matter of time."),
            Vec::<u32>::new()
        );
        assert_eq!(
            happened_rounds("The second round, held on May 2, collapsed; the third round began."),
            vec![2, 3]
        );
    }

    #[test]
    fn lengths_widen_dates_on_the_right_side() {
        let d = |day| NaiveDate::from_ymd_opt(2026, 3, day).unwrap_or_default();
        assert_eq!(stated_days("the four-day negotiations"), Some(4));
        assert_eq!(stated_days("Four days of talks collapsed"), Some(4));
        assert_eq!(stated_days("four days later"), None);
        let opened = "The four-day talks, which started on Saturday.";
        assert_eq!(
            widen_by_length(opened, (d(7), d(7)), Some(d(11))),
            (d(7), d(10))
        );
        let closed = "Four days of talks collapsed on Wednesday.";
        assert_eq!(
            widen_by_length(closed, (d(11), d(11)), Some(d(11))),
            (d(8), d(11))
        );
        let capped = "A three-day summit on Monday.";
        assert_eq!(
            widen_by_length(capped, (d(9), d(9)), Some(d(10))),
            (d(7), d(10))
        );
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
    fn first_sentence_is_that_of_all_sentences() {
        for body in [
            "",
            "\n\n  \n",
            "One line. Two here.\n\nNext paragraph.",
            "\n\n  Lead starts late.\nSame paragraph? Yes!\n\nOther.",
            "\"Quoted lead,\" he said. Then more.\n \nTail.",
            "No terminator at all",
            "Dr. Vell met Mr. Oska in Zell. They talked.\n\nMore.",
        ] {
            assert_eq!(
                first_sentence(body),
                sentences(body).first().copied(),
                "{body:?}"
            );
        }
    }

    #[test]
    fn event_verbs_are_whole_words() {
        assert!(has_event_verb("The round ended on Wednesday."));
        assert!(!has_event_verb("The rounded total was given."));
    }
}
