//! The doer of an act, compared across reports: a passive's doer after
//! "by" may follow a phrase of place or time ("were presented at the
//! watchdog's headquarters by its deputy"). The reports and names are
//! invented (see the support gazetteer).

mod support;

use chrono::NaiveDate;
use crosscheck_check::ReadArticle;
use crosscheck_types::DocumentId;

/// One report of its own outlet, its names from the support gazetteer.
fn report(n: usize, body: &str) -> ReadArticle {
    let published = NaiveDate::from_ymd_opt(2026, 5, 8);
    ReadArticle {
        id: DocumentId::from_hex(&format!("{n:064x}")).expect("hex id"),
        outlet: Some(format!("Outlet {n}")),
        independent_source: format!("outlet-{n}"),
        published,
        body: body.to_owned(),
        sentences: crosscheck_read::sentences(body),
        times: crosscheck_read::times(body, published),
        quantities: Vec::new(),
        mentions: support::mentions(body),
        quotes: Vec::new(),
    }
}

fn conflicts(bodies: &[&str]) -> Vec<String> {
    support::conflicts_of(bodies, report, |f| Some(f.summary))
}

#[test]
fn a_passive_doer_after_a_place_phrase_is_the_actor() {
    let found = conflicts(&[
        "Maren Holt presented the inquiry findings to the press on Tuesday.",
        "The inquiry findings were presented at Glasswater Hall in Pernhold by Stella Amund on Tuesday.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("stella-amund"), "{found:?}");
    // "by" of another participle names that act's doer.
    let found = conflicts(&[
        "Maren Holt presented the inquiry findings to the press on Tuesday.",
        "The inquiry findings were presented at a meeting chaired by Stella Amund on Tuesday.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}
