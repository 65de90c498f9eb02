//! The story-level order pass (`crosscheck_story`) on an invented story:
//! Oskovia and Sarvendy hold rounds of talks, the first in Velmora, the
//! second in Aubrenne (opened Tuesday 10 March 2026), the third in Droskel
//! (opened Monday 30 March 2026). Every name, outlet and sentence is
//! invented. One report dates the start of the series to 12 March, after
//! the second round opened: the planted order conflict. A first round on
//! 20 February and a third round after the second are planted
//! non-conflicts.

use chrono::NaiveDate;
use crosscheck_check::{
    crosscheck_story, EntityKind, EventInput, FindingKind, MentionInput, ReadArticle,
};
use crosscheck_types::DocumentId;

const PLACES: &[&str] = &["Velmora", "Aubrenne", "Droskel"];

fn article(n: usize, outlet: &str, published: Option<(i32, u32, u32)>, body: &str) -> ReadArticle {
    let published = published.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d));
    let mut mentions = Vec::new();
    for place in PLACES {
        for (start, _) in body.match_indices(place) {
            mentions.push(MentionInput {
                start,
                end: start + place.len(),
                entity: format!("city:{}", place.to_lowercase()),
                kind: EntityKind::Place,
            });
        }
    }
    mentions.sort_by_key(|m| m.start);
    ReadArticle {
        id: DocumentId::from_hex(&format!("{n:064x}")).expect("hex id"),
        outlet: Some(outlet.to_owned()),
        independent_source: outlet.to_owned(),
        published,
        body: body.to_owned(),
        sentences: crosscheck_read::sentences(body),
        times: crosscheck_read::times(body, published),
        quantities: Vec::new(),
        mentions,
        quotes: Vec::new(),
    }
}

/// The second round's reports (event 0).
fn second_round() -> EventInput {
    EventInput {
        event_id: "second".into(),
        ordinal: None,
        articles: vec![
            article(
                1,
                "Velmora Ledger",
                Some((2026, 3, 14)),
                "The second round of talks between Oskovia and Sarvendy opened in Aubrenne on \
                 Tuesday. The negotiations, which began on Tuesday, followed earlier talks in \
                 Velmora. Both delegations left without a joint text.",
            ),
            article(
                2,
                "Droskel Evening Post",
                Some((2026, 3, 13)),
                "Negotiators from Oskovia and Sarvendy met in Aubrenne for a second round. The \
                 second round started on March 10 and lasted three days.",
            ),
        ],
    }
}

/// The third round's reports (event 1); `series_began` is how the
/// Tidewater Bulletin dates the start of the series.
fn third_round(series_began: &str) -> EventInput {
    EventInput {
        event_id: "third".into(),
        ordinal: None,
        articles: vec![
            article(
                3,
                "Tidewater Bulletin",
                Some((2026, 4, 2)),
                &format!(
                    "The third round of talks opened in Droskel on Monday. The series of talks, \
                     which began on {series_began} in Velmora, has yet to produce an accord."
                ),
            ),
            article(
                4,
                "Carrow Review",
                Some((2026, 4, 1)),
                "The third round began in Droskel on Monday. The first round, held on \
                 February 20 in Velmora, ended without a deal.",
            ),
        ],
    }
}

#[test]
fn a_first_round_dated_after_the_second_is_an_order_conflict() {
    let events = vec![second_round(), third_round("March 12")];
    let found = crosscheck_story(&events);
    assert_eq!(found.len(), 1, "{found:#?}");
    let f = &found[0].finding;
    assert_eq!(f.kind, FindingKind::Conflict);
    assert_eq!(f.slot.as_deref(), Some("date"));
    // Shown with the event of the report that dates the first round.
    assert_eq!(found[0].event, 1);
    let body_of = |id: &DocumentId| {
        events
            .iter()
            .flat_map(|e| &e.articles)
            .find(|a| &a.id == id)
            .map(|a| a.body.as_str())
            .expect("source article")
    };
    let sentences: Vec<&str> = f
        .sources
        .iter()
        .map(|s| &body_of(&s.article)[s.sentence_start..s.sentence_end])
        .collect();
    // One side: the start of the series on 12 March; the other: the
    // second round opened on 10 March, in both of its reports.
    assert!(
        sentences[0].starts_with("The series of talks"),
        "{sentences:?}"
    );
    assert_eq!(f.sources[0].outlet.as_deref(), Some("Tidewater Bulletin"));
    for outlet in ["Velmora Ledger", "Droskel Evening Post"] {
        assert!(
            f.sources.iter().any(|s| s.outlet.as_deref() == Some(outlet)
                && s.value
                    .as_deref()
                    .is_some_and(|v| v.starts_with("2026-03-10"))),
            "{outlet}: {:#?}",
            f.sources
        );
    }
    let reason = f.reason.as_deref().unwrap_or("");
    assert!(reason.contains("2026-03-12"), "{reason}");
    assert!(reason.contains("2026-03-10"), "{reason}");
    // The Carrow Review's first round (20 February) is no side of it.
    assert!(
        f.sources
            .iter()
            .all(|s| s.outlet.as_deref() != Some("Carrow Review")),
        "{:#?}",
        f.sources
    );
}

#[test]
fn rounds_in_their_order_are_no_conflict() {
    // The series began on 2 March: before the second round (10 March),
    // and the third round (30 March) after it.
    let events = vec![second_round(), third_round("March 2")];
    let found = crosscheck_story(&events);
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn a_date_without_a_year_is_read_near_the_other_and_said_so() {
    // The same conflict from an undated report: "March 12" has no year.
    let mut third = third_round("March 12");
    third.articles[0].published = None;
    third.articles[0].times = crosscheck_read::times(&third.articles[0].body, None);
    let events = vec![second_round(), third];
    let found = crosscheck_story(&events);
    assert_eq!(found.len(), 1, "{found:#?}");
    let reason = found[0].finding.reason.as_deref().unwrap_or("");
    assert!(reason.contains("March 12 (year not stated)"), "{reason}");
    assert!(reason.contains("year nearest"), "{reason}");
}

#[test]
fn both_sides_from_one_independent_source_is_no_conflict() {
    // Both sides from one independence group (a copy, a shared wire).
    let mut second = second_round();
    second.articles.truncate(1);
    let mut third = third_round("March 12");
    third.articles.truncate(1);
    third.articles[0].independent_source = "Velmora Ledger".into();
    let found = crosscheck_story(&[second, third]);
    assert!(found.is_empty(), "{found:#?}");
}

/// A first round's reports that announce the second round more often than
/// they name their own: the event stays the first round (its reports' leads
/// say so), and a first-round date in them is no conflict with it. A day
/// counted back ("a week ago") is no date of a round.
#[test]
fn announcing_the_next_round_does_not_reorder_events() {
    let first = EventInput {
        event_id: "first".into(),
        ordinal: None,
        articles: vec![
            article(
                5,
                "Velmora Ledger",
                Some((2026, 2, 13)),
                "The first round of talks between Oskovia and Sarvendy closed in Velmora on \
                 Thursday. Mediators said a second round would follow.",
            ),
            article(
                6,
                "Carrow Review",
                Some((2026, 2, 13)),
                "Oskovian and Sarvendian envoys left Velmora without a text. The talks, which \
                 began on Monday, ended on Thursday. A second round is planned in Aubrenne. The \
                 second round will be chaired by the same mediators, and the second round \
                 agenda is open.",
            ),
        ],
    };
    let second = EventInput {
        event_id: "second".into(),
        ordinal: None,
        articles: vec![
            article(
                7,
                "Tidewater Bulletin",
                Some((2026, 2, 20)),
                "The second round of talks opened in Aubrenne on Tuesday. Envoys who had met at \
                 the first round a week ago said little.",
            ),
            article(
                8,
                "Droskel Evening Post",
                Some((2026, 2, 19)),
                "A second round of talks between Oskovia and Sarvendy began in Aubrenne on \
                 Tuesday.",
            ),
        ],
    };
    let found = crosscheck_story(&[first, second]);
    assert!(found.is_empty(), "{found:#?}");
}

/// A date of another happening named after a round ("clashes that began
/// on ...") is no date of the round.
#[test]
fn a_date_of_another_happening_is_not_the_rounds() {
    let mut third = third_round("March 2");
    third.articles[1] = article(
        4,
        "Carrow Review",
        Some((2026, 4, 1)),
        "The third round began in Droskel on Monday. The first round, overshadowed by \
         border clashes that began on March 11, ended without a deal.",
    );
    let found = crosscheck_story(&[second_round(), third]);
    assert!(found.is_empty(), "{found:#?}");
}
