//! A story of two events where the later event's reports recall the earlier
//! one's dates (invented reports: a pier collapse at Quillby, Velmoria, on
//! Thursday 4 March 2027 and its rescue, reported 5-7 March; the inquiry's
//! findings on Wednesday 10 March, reported 10-12 March).
//!
//! The findings reports tell their own act in the lead with verbs that are
//! not event verbs ("presented", "said") and recall, further down, a
//! resignation on Monday 8 March told with one ("resigned"); an analysis
//! opens on the collapse date and gives the findings' day in its second
//! paragraph. Each report is about its own event: the split must not chain
//! the two events through the recalled dates.

mod common;

use std::collections::BTreeMap;

use chrono::NaiveDate;
use crosscheck_types::DocumentId;

use common::{articles_in, event_sets, events_by_source, stories};

/// (source, published day of March 2027, title, body)
const REPORTS: &[(&str, u32, &str, &str)] = &[
    (
        "quillbypost-collapse",
        5,
        "Ostergate pier collapses at Quillby, 40 feared trapped",
        "QUILLBY – Part of the Ostergate ferry pier in Quillby collapsed on Thursday evening, \
         trapping about 40 dock workers under concrete and steel, the Velmorian Harbour Board said.\n\n\
         Rescuers worked through the night with cranes brought from the port of Aldhaven.\n\n\
         \"We can hear voices,\" rescue commander Tilde Fennow told reporters at the pier.",
    ),
    (
        "velmoriantimes-rescue",
        6,
        "Rescuers free Ostergate pier workers after day-long effort",
        "QUILLBY – Rescuers on Friday freed the last of the dock workers trapped when the \
         Ostergate ferry pier in Quillby collapsed, the Velmorian Harbour Board said.\n\n\
         Rescue commander Tilde Fennow said 38 workers were brought out alive and two had died.\n\n\
         The pier, built in 1968, had been due for repairs, harbour officials said.",
    ),
    (
        "aldhavenherald-hospital",
        7,
        "Ostergate survivors recover in Aldhaven hospital",
        "ALDHAVEN – Eleven of the workers pulled from the Ostergate pier in Quillby were still \
         in hospital in Aldhaven on Saturday, doctors said.\n\n\
         The pier collapsed on Thursday evening during a shift change, survivors said.\n\n\
         Rescue commander Tilde Fennow visited the ward and thanked the cranes' crews.",
    ),
    (
        "quillbypost-findings",
        10,
        "Inquiry blames rusted piles for Ostergate pier collapse",
        "QUILLBY – Harbour Minister Corvin Aske presented the inquiry's findings on the \
         Ostergate pier collapse on Wednesday, telling parliament that rusted steel piles had \
         been reported twice and never replaced.\n\n\
         The Velmorian Harbour Board will be fined 3 million marks.\n\n\
         The board's chairman, Edvin Rusk, resigned on Monday.",
    ),
    (
        "velmoriantimes-findings",
        11,
        "Ostergate report: warnings on piles ignored for years",
        "QUILLBY – The inquiry into the Ostergate pier collapse said on Wednesday that warnings \
         about rusted steel piles had been ignored for years by the Velmorian Harbour Board.\n\n\
         Harbour Minister Corvin Aske said the board would be fined 3 million marks.\n\n\
         Its chairman, Edvin Rusk, resigned on Monday, two days before the findings.",
    ),
    (
        "coastreview-analysis",
        12,
        "Analysis: what the Ostergate report leaves out",
        "When the Ostergate pier fell into Quillby harbour on March 4, it fell on a port that \
         had cut its repair budget three years running.\n\n\
         The findings, presented on Wednesday by Harbour Minister Corvin Aske, blame rusted \
         steel piles and fine the Velmorian Harbour Board 3 million marks.\n\n\
         Rescue commander Tilde Fennow has asked for a review of every pier in Velmoria.",
    ),
];

#[test]
fn recalled_dates_do_not_chain_two_events() {
    let articles = articles_in(2027, 3, REPORTS);
    let stories = stories(&articles);
    let source: BTreeMap<&DocumentId, &str> = articles
        .iter()
        .map(|a| (&a.id, a.source.as_str()))
        .collect();
    assert_eq!(stories.len(), 1, "one story");
    let want = event_sets(&[
        &[
            "quillbypost-collapse",
            "velmoriantimes-rescue",
            "aldhavenherald-hospital",
        ],
        &[
            "quillbypost-findings",
            "velmoriantimes-findings",
            "coastreview-analysis",
        ],
    ]);
    assert_eq!(events_by_source(&articles, &stories[0]), want);
    // The findings event is dated by the findings' day, not the recalled ones.
    let d = |day| NaiveDate::from_ymd_opt(2027, 3, day);
    let findings = stories[0]
        .events
        .iter()
        .find(|e| {
            e.articles
                .iter()
                .any(|a| source[a] == "coastreview-analysis")
        })
        .expect("findings event");
    assert_eq!((findings.start, findings.end), (d(10), d(10)));
}

/// A later event's lead that names the earlier day in the same sentence as
/// its own ("The board's report on the 4 March collapse came out on
/// Wednesday", "the pier that fell on 4 March … investigators said
/// yesterday") is dated by its own, latest day: the sentence's older date
/// is recalled and must not chain the two events.
#[test]
fn a_lead_sentence_recalling_an_older_day_is_dated_by_its_latest() {
    const LEADS: &[(&str, u32, &str, &str)] = &[
        (
            "quillbypost-collapse",
            5,
            "Ostergate pier collapses at Quillby, 40 feared trapped",
            "QUILLBY – Part of the Ostergate ferry pier in Quillby collapsed on Thursday evening, \
             trapping about 40 dock workers under concrete and steel, the Velmorian Harbour Board said.\n\n\
             Rescuers worked through the night with cranes brought from the port of Aldhaven.",
        ),
        (
            "velmoriantimes-rescue",
            6,
            "Rescuers free Ostergate pier workers after day-long effort",
            "QUILLBY – Rescuers on Friday freed the last of the dock workers trapped when the \
             Ostergate ferry pier in Quillby collapsed, the Velmorian Harbour Board said.\n\n\
             Rescue commander Tilde Fennow said 38 workers were brought out alive.",
        ),
        (
            "quillbypost-findings",
            11,
            "Inquiry blames rusted piles for Ostergate pier collapse",
            "The inquiry's report on the 4 March collapse of the Ostergate pier came out on \
             Wednesday, blaming rusted steel piles that had been reported twice and never replaced.\n\n\
             The Velmorian Harbour Board will be fined 3 million marks.",
        ),
        (
            "velmoriantimes-findings",
            11,
            "Ostergate report: warnings on piles ignored for years",
            "QUILLBY – The Ostergate pier that fell into Quillby harbour on 4 March had rusted \
             piles nobody replaced, the inquiry's investigators said yesterday.\n\n\
             Harbour Minister Corvin Aske said the board would be fined 3 million marks.",
        ),
    ];
    let articles = articles_in(2027, 3, LEADS);
    let stories = stories(&articles);
    assert_eq!(stories.len(), 1, "one story");
    let want = event_sets(&[
        &["quillbypost-collapse", "velmoriantimes-rescue"],
        &["quillbypost-findings", "velmoriantimes-findings"],
    ]);
    assert_eq!(events_by_source(&articles, &stories[0]), want);
}
