//! The doer of an act, compared across reports: a passive's doer after
//! "by" may follow a phrase of place or time ("were presented at the
//! watchdog's headquarters by its deputy"). The reports and names are
//! invented (see the support gazetteer).

mod support;

use crosscheck_check::ReadArticle;

/// One report of its own outlet, its names from the support gazetteer.
fn report(n: usize, body: &str) -> ReadArticle {
    support::own_report(n, "Outlet", body, Vec::new(), support::mentions(body))
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

#[test]
fn who_drove_and_who_steered_is_one_act() {
    let found = conflicts(&[
        "Maren Holt drove the prototype car through the measured mile on Saturday.",
        "Stella Amund steered the prototype car through the measured mile on Saturday.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("act:drive"), "{found:?}");
}

#[test]
fn a_possessor_after_by_is_not_the_doer() {
    let found = conflicts(&[
        "Stella Amund presented the inquiry findings to the press on Tuesday.",
        "The inquiry findings were presented by the Brevonian Coast Guard's chief, Maren Holt, on Tuesday.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("maren-holt"), "{found:?}");
}
