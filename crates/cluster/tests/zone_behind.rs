//! A report from a country whose clocks run behind the event's dates it the
//! day before (invented reports: the first round of talks between Velkan
//! and Ostria opened in Velk on Tuesday 4 May 2027 at 03:00 local time,
//! which is Monday evening in Pellmar, whose paper reports it on 5 May; the
//! second round opened a week later).
//!
//! The Pellmar report, published once the round had begun, belongs to the
//! first round's event, not to an event of its own.

mod common;

use common::{articles_in, event_sets, events_by_source, stories};

/// (source, published day of May 2027, title, body)
const REPORTS: &[(&str, u32, &str, &str)] = &[
    (
        "velkherald-first-round",
        4,
        "First round of Velkan-Ostrian border talks opens in Velk",
        "VELK – The first round of border talks between Velkan and Ostrian envoys opened in Velk \
         on Tuesday, with both sides saying the river crossings would be first on the agenda.\n\n\
         Velkan envoy Ardis Mool said the first round would last two days.",
    ),
    (
        "ostrianpost-first-round",
        4,
        "Ostrian envoys sit down with Velkan team in first round",
        "VELK – Ostrian and Velkan envoys began the first round of border talks in Velk on \
         Tuesday, the Ostrian foreign ministry said.\n\n\
         Ostrian envoy Lenn Varga said the river crossings came first.",
    ),
    (
        "pellmarcourier-talks",
        5,
        "Velkan and Ostrian envoys open talks overnight",
        "PELLMAR – Border talks between Velkan and Ostrian envoys opened in Velk on Monday \
         evening, Pellmar time, with the river crossings first on the agenda.\n\n\
         Velkan envoy Ardis Mool said the talks would last two days.",
    ),
    (
        "velkherald-second-round",
        11,
        "Second round of border talks opens in Ostria",
        "ARNA – The second round of border talks between Velkan and Ostrian envoys opened in \
         Arna on Tuesday, a week after the first.\n\n\
         Ostrian envoy Lenn Varga said the river crossings were settled.",
    ),
    (
        "ostrianpost-second-round",
        11,
        "Envoys return for second round in Arna",
        "ARNA – Velkan and Ostrian envoys met for the second round of border talks in Arna on \
         Tuesday.\n\n\
         Velkan envoy Ardis Mool said the road links came next.",
    ),
];

#[test]
fn a_report_dated_the_day_before_in_a_zone_behind_joins_the_round() {
    let articles = articles_in(2027, 5, REPORTS);
    let stories = stories(&articles);
    assert_eq!(stories.len(), 1, "one story");
    let want = event_sets(&[
        &[
            "velkherald-first-round",
            "ostrianpost-first-round",
            "pellmarcourier-talks",
        ],
        &["velkherald-second-round", "ostrianpost-second-round"],
    ]);
    assert_eq!(events_by_source(&articles, &stories[0]), want);
}
