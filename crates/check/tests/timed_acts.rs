//! Times and the acts they date. Clocks of unknown offset: "4.05 p.m."
//! and "5.05 p.m." for one act are two readings of one clock when the
//! reports read it in one zone, and are never compared across zones or
//! with an instant. A day set between a subject and its verb dates that
//! verb; one act told in two words ("raided", "swooped on") is one act.
//! A time followed by ", when …" dates the act of that clause too.
//! The reports are invented (the Velde weir; Tamsk and Velmark are
//! invented towns), read by the real reader for their times.

mod support;

use crosscheck_check::{
    crosscheck, EntityKind, EventInput, FindingKind, MentionInput, ReadArticle,
};

const PLACES: &[(&str, &str)] = &[("TAMSK", "city:tamsk"), ("VELMARK", "city:velmark")];

/// One report of its own outlet, published on Friday 8 May 2026.
fn report(n: usize, body: &str) -> ReadArticle {
    let mut mentions = Vec::new();
    for (name, id) in PLACES {
        for (start, _) in body.match_indices(name) {
            mentions.push(MentionInput {
                start,
                end: start + name.len(),
                entity: (*id).to_owned(),
                kind: EntityKind::Place,
            });
        }
    }
    support::own_report(n, "Velde Outlet", body, Vec::new(), mentions)
}

/// The reasons of the conflicts found among `bodies`.
fn conflicts(bodies: &[&str]) -> Vec<String> {
    support::conflicts_of(bodies, report, |f| f.reason)
}

#[test]
fn one_clock_read_at_two_times_is_a_conflict() {
    let found = conflicts(&[
        "TAMSK – The Velde weir gates were opened at 4.05 p.m. on Tuesday.",
        "The Velde weir gates were opened at 5.05 p.m. on Tuesday, the operator said.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].contains("the same clock read at different times"),
        "{found:?}"
    );
    let found = conflicts(&[
        "TAMSK – The Velde weir gates were opened at 4.05 p.m. on Tuesday.",
        "The Velde weir gates were opened at 4.05 p.m. on Tuesday, the operator said.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_clock_fronting_its_sentence_is_of_the_act_after_it() {
    let found = conflicts(&[
        "At 4.05 p.m. on Tuesday the Velde weir gates were opened.",
        "The Velde weir gates were opened at 5.05 p.m. on Tuesday.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn readings_in_two_zones_are_not_compared() {
    // A zone the text names but no table knows.
    let found = conflicts(&[
        "The Velde weir gates were opened at 4.05 p.m. on Tuesday.",
        "The Velde weir gates were opened at 11:05 a.m. on Tuesday, Velmark time.",
    ]);
    assert!(found.is_empty(), "{found:?}");
    // Two reports standing in two places.
    let found = conflicts(&[
        "TAMSK – The Velde weir gates were opened at 4.05 p.m. on Tuesday.",
        "VELMARK – The Velde weir gates were opened at 11:05 a.m. on Tuesday.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn days_of_one_instant_in_two_zones_are_no_conflict() {
    // 7.40 p.m. on Tuesday in Velmark can be 2.40 a.m. on Wednesday
    // where the report stands in Tamsk: the days are of two zones.
    let found = conflicts(&[
        "TAMSK – The Velde weir gates were opened at 2.40 a.m. on Wednesday.",
        "The Velde weir gates were opened at 7.40 p.m. on Tuesday, Velmark time.",
    ]);
    assert!(found.is_empty(), "{found:?}");
    let found = conflicts(&[
        "The Velde weir gates were opened at 2340 GMT, in the early hours of Wednesday local time.",
        "The Velde weir gates were opened at 7.40 p.m. on Tuesday, Velmark time.",
    ]);
    assert!(found.is_empty(), "{found:?}");
    // Days one apart read in one zone still are.
    let found = conflicts(&[
        "TAMSK – The Velde weir gates were opened at 2.40 a.m. on Wednesday.",
        "TAMSK – The Velde weir gates were opened at 2.40 a.m. on Thursday.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_time_dates_the_act_of_its_when_clause_too() {
    let found = conflicts(&[
        "TAMSK – The first call came at 1.40 a.m. on Tuesday, when the weir gates were opened.",
        "TAMSK – The Velde weir gates were opened at 2.40 a.m. on Tuesday.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].contains("opened") || found[0].contains("open"),
        "{found:?}"
    );
}

#[test]
fn a_reading_is_not_compared_with_an_instant() {
    let found = conflicts(&[
        "The Velde weir gates were opened at 1405 GMT on Tuesday.",
        "The Velde weir gates were opened at 4.05 p.m. on Tuesday.",
    ]);
    assert!(found.is_empty(), "{found:?}");
    // Two instants still are.
    let found = conflicts(&[
        "The Velde weir gates were opened at 1405 GMT on Tuesday.",
        "The Velde weir gates were opened at 1505 GMT on Tuesday.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("different instants"), "{found:?}");
}

#[test]
fn a_day_between_subject_and_verb_dates_the_verb() {
    let found = conflicts(&[
        "The Velde Commission on Tuesday closed the weir to boats.",
        "The Velde Commission closed the weir to boats on Wednesday.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    let found = conflicts(&[
        "The Velde Commission on Tuesday closed the weir to boats.",
        "The Velde Commission closed the weir to boats on Tuesday.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_raid_told_in_two_words_is_one_act() {
    let found = conflicts(&[
        "Inspectors raided the weir offices on 17 March, the Velde Commission said.",
        "Inspectors swooped on the weir offices on April 17, the Velde Commission said.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

/// A clock's reading alone does not align two sentences: a live entry's
/// stamp dates what the entry says, which may be said nowhere else.
#[test]
fn a_stamped_entry_said_nowhere_else_stays_exclusive() {
    let input = EventInput {
        event_id: "velde".into(),
        ordinal: None,
        articles: vec![
            report(
                1,
                "16:05 – The Velde weir gates are open, the operator says.\n\n\
16:20 – The Tamsk sports hall has opened as a rest centre, and volunteers are serving hot soup to stranded bargemen.",
            ),
            report(2, "TAMSK – The Velde weir gates were opened at 4.05 p.m. on Tuesday."),
        ],
    };
    let exclusive: Vec<String> = crosscheck(&input)
        .into_iter()
        .filter(|f| f.kind == FindingKind::Exclusive)
        .map(|f| f.summary)
        .collect();
    assert!(
        exclusive.iter().any(|s| s.contains("rest centre")),
        "{exclusive:?}"
    );
}

/// "announced on Thursday that …" dates the announcement: two days for one
/// announcement of one thing are a conflict. "said on Friday" dates a
/// statement, whatever it says, and is not compared.
#[test]
fn the_day_of_an_announcement_is_compared() {
    let found = conflicts(&[
        "The Velde Commission announced on Thursday that the weir would close to boats.",
        "The Velde Commission announced on Wednesday that the weir would close to boats.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    let found = conflicts(&[
        "The Velde Commission said on Thursday that the weir would close to boats.",
        "The Velde Commission said on Wednesday that the weir would close to boats.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

/// "Work on the second weir, which began in June": the relative pronoun
/// stands for the work, so its start is no rival of the booking system's
/// opening, though another sentence says only "It opens on 1 February".
#[test]
fn what_a_relative_clause_is_said_of_keeps_two_openings_apart() {
    let found = conflicts(&[
        "The weir booking system for the town opens on 1 February. It opens on 1 February.",
        "Work on the town's second weir, which began in June, is due to finish in March.",
    ]);
    assert!(found.is_empty(), "{found:?}");
    // The same thing opening on two days is still a conflict.
    let found = conflicts(&[
        "The weir booking system for the town opens on 1 February. It opens on 1 February.",
        "The weir booking system for the town opens on 1 March.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

/// "The talks, hosted by the Velde Commission at Corran Hall on the edge of
/// its capital, opened on Monday": the noun before the aside opened, not
/// the capital; "The round, which began on Tuesday" is the same opening.
#[test]
fn a_subject_before_an_aside_is_what_the_verb_is_said_of() {
    let found = conflicts(&[
        "The talks, hosted by the Velde Commission at Corran Hall on the edge of its \
         capital, opened on Monday with the two sides far apart.",
        "The round, which began on Tuesday and closed on Thursday, was the first meeting.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn the_day_a_lead_gives_the_event_is_compared_whatever_its_verb() {
    // Published Friday 8 May: Thursday is 7 May, Wednesday 6 May.
    let wire = "TAMSK, May 8 (Velde Wire) – Crews tore down the old weir house at Tamsk on Thursday, police said.";
    let paper = "Crews tore down the old weir house at Tamsk on Thursday before police arrived.";
    let found = conflicts(&[
        wire,
        paper,
        "The demolition of the old weir house at Tamsk on Wednesday has shocked the valley.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].contains("the event (as the lead dates it)"),
        "{found:?}"
    );
    // A report leading with a later act that dates the event's day too
    // contradicts nothing; nor does the wire's dateline day.
    let found = conflicts(&[
        wire,
        paper,
        "Volunteers sifted the rubble of the old weir house at Tamsk on Friday. Crews had torn it down on Thursday.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}
