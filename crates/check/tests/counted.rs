//! Quantities as the real reader reads them, compared across reports.
//! Weights in any unit are one measure: "some 18 tonnes" and "nearly 40,000
//! pounds" of one thing agree, "about eight tonnes of the dome's ironwork"
//! contradicts both, and "a 50-gram sample" is the size of something else
//! than "a 480-kilogram stone". People a verb puts in a state ("Police
//! detained three men") are that state's count. The time allowed for an
//! act is one measure however given ("five years to rebuild", "rebuild …
//! within three years"). A figure a correction note withdraws is no claim,
//! nor is that figure where the report still carries it; a figure of what
//! would have been is none either. A figure rounded as written ("3.41
//! million") agrees with the exact value it rounds. A past time in a
//! clause a participle opens after the figure ("wine sold at an auction
//! ten days ago") or a year that ends a name ("Clos Sarvignac 1927") does
//! not date the figure, nor does a year used as a noun ("lots of the
//! 1927", a vintage). A number word in capitals ("4.3 MILLION") narrows
//! no count.
//! People taken to hospital are counted whatever the verb of moving them.
//! Two readings of a running tally as of two days are no conflict; two
//! disagreements over one kind of count are two conflicts. How long a
//! thing stayed in a state ("had been broken for ten days") is a length.
//! The reports are invented.

mod support;

use crosscheck_check::{QuantityInput, QuantityKind, ReadArticle};
use crosscheck_read::numbers::{self, Approx};

/// One report of its own outlet, its quantities from the reader.
fn report(n: usize, body: &str) -> ReadArticle {
    let quantities = numbers::quantities(body)
        .into_iter()
        .map(|q| QuantityInput {
            start: q.start,
            end: q.end,
            value: q.value,
            low: None,
            high: None,
            unit: q.unit,
            kind: match q.kind {
                numbers::QuantityKind::Duration => QuantityKind::Duration,
                numbers::QuantityKind::Money => QuantityKind::Money,
                numbers::QuantityKind::Percent => QuantityKind::Percent,
                _ => QuantityKind::Count,
            },
            approximate: q.approx == Approx::About,
        })
        .collect();
    support::own_report(n, "Outlet", body, quantities, Vec::new())
}

fn conflicts(bodies: &[&str]) -> Vec<String> {
    support::conflicts_of(bodies, report, |f| Some(f.summary))
}

#[test]
fn pounds_and_tonnes_of_one_thing_are_compared_in_tonnes() {
    let agree = conflicts(&[
        "Inspectors recovered some 18 tonnes of ironwork from the yard.",
        "Inspectors recovered nearly 40,000 pounds of ironwork from the yard.",
    ]);
    assert!(agree.is_empty(), "{agree:?}");
    let found = conflicts(&[
        "Inspectors recovered some 18 tonnes of ironwork from the yard.",
        "Inspectors recovered about eight tonnes of the dome's ironwork from the yard.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("tonne of ironwork"), "{found:?}");
}

#[test]
fn a_measure_written_as_an_adjective_sizes_its_noun() {
    let found = conflicts(&[
        "The stone weighs 480 kilograms, the survey said.",
        "The survey will send a 50-gram sample of the stone to the university.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn people_a_verb_puts_in_a_state_are_counted_in_it() {
    let found = conflicts(&[
        "Police detained three men at the baths before dawn.",
        "Five workers were arrested at the baths before dawn.",
        "Prosecutors charged three people over the demolition.",
        "Four executives have been charged over the demolition.",
    ]);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found.iter().any(|f| f.contains("worker")), "{found:?}");
    assert!(found.iter().any(|f| f.contains("executive")), "{found:?}");
    // Counted in two states, two sets: no conflict.
    let two_sets = conflicts(&[
        "Police detained three men at the baths before dawn.",
        "Five workers were injured at the baths before dawn.",
    ]);
    assert!(two_sets.is_empty(), "{two_sets:?}");
}

#[test]
fn the_time_allowed_for_an_act_is_compared_however_it_is_given() {
    let found = conflicts(&[
        "The ministry gave the developer five years to rebuild the baths.",
        "The developer must rebuild the baths at its own expense within three years.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].contains("the time allowed to rebuild"),
        "{found:?}"
    );
    // The time an act took is its length, not a time allowed for it.
    let found = conflicts(&[
        "It took the crews four years to rebuild the baths.",
        "The developer must rebuild the baths at its own expense within three years.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

/// A correction note's account of what the report first said ("this
/// article first said three men had been arrested") withdraws that figure:
/// the report stands on the side of what it says now.
#[test]
fn a_figure_a_correction_withdraws_is_no_claim() {
    let found = conflicts(&[
        "Police arrested two men over the theft on Wednesday night.",
        "Police have arrested three men over the theft.",
        "Police arrested two men over the theft. Correction, 9 May: this article first said \
         three men had been arrested.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].contains("(Outlet 1, Outlet 3)") && found[0].contains("(Outlet 2)"),
        "{found:?}"
    );
}

/// Carrying out what was ordered is one act however written ("90 days to
/// carry out the recommendations", "six weeks to put things right"); an
/// appeal is another.
#[test]
fn time_to_carry_out_an_order_is_one_measure_however_written() {
    let found = conflicts(&[
        "The regulator gave the broadcaster 90 days to carry out its recommendations.",
        "The broadcaster now has six weeks to put things right.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    let apart = conflicts(&[
        "The regulator gave the broadcaster 90 days to carry out its recommendations.",
        "The broadcaster now has 30 days to appeal against the fine.",
    ]);
    assert!(apart.is_empty(), "{apart:?}");
}

#[test]
fn people_moved_to_hospital_are_one_count() {
    let found = conflicts(&[
        "After the banquet, 38 of the guests were taken to hospital.",
        "After the banquet, 58 of the guests were rushed to hospital.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].contains("38") && found[0].contains("58"),
        "{found:?}"
    );
}

#[test]
fn a_running_tally_read_on_two_days_is_no_conflict() {
    let found = conflicts(&[
        "By Saturday night 23 people had been treated in hospital.",
        "By Sunday evening 31 people had been treated in hospital.",
    ]);
    assert!(found.is_empty(), "{found:?}");
    // As of one day, they are rivals.
    let found = conflicts(&[
        "By Saturday night 23 people had been treated in hospital.",
        "By Saturday night 31 people had been treated in hospital.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn two_disagreements_over_one_kind_of_count_are_two_conflicts() {
    let found = conflicts(&[
        "Seven people were killed and 40 people were injured in the blast.",
        "Nine people were killed and 55 people were injured in the blast.",
    ]);
    assert_eq!(found.len(), 2, "{found:?}");
}

#[test]
fn how_long_a_thing_stayed_in_a_state_is_one_length() {
    let found = conflicts(&[
        "The kitchen's cold room had been broken for ten days when inspectors found it.",
        "The kitchen's cold room had been broken for nearly three weeks when inspectors found it.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("broken"), "{found:?}");
    let agree = conflicts(&[
        "The kitchen's cold room had been broken for ten days when inspectors found it.",
        "Inspectors found the cold room had been broken for 10 days.",
    ]);
    assert!(agree.is_empty(), "{agree:?}");
}

/// A live page keeps the entry its correction withdraws ("We understand two
/// people have been arrested" under "an earlier entry on this page said two
/// people had been arrested"): the figure is withdrawn there too.
#[test]
fn a_figure_a_live_page_corrects_is_withdrawn_where_it_stays() {
    let found = conflicts(&[
        "Correction: an earlier entry on this page said two people had been arrested.\n\n\
         We understand two people have been arrested.",
        "Police arrested three people in the raid on Tuesday.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

/// "With the premium, the bill would have come to 4.09 million": what would
/// have been is no claim of what was.
#[test]
fn a_counterfactual_figure_is_no_claim() {
    let found = conflicts(&[
        "With the buyer's premium, the bill would have come to 4.09 million marrits.",
        "The lots fetched 3.41 million marrits at the hammer.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

/// "3.41 million" is 3,412,500 rounded; "4.3 million" is another figure.
#[test]
fn a_rounded_figure_agrees_with_the_exact_value_it_rounds() {
    let agree = conflicts(&[
        "The lots fetched a hammer total of 3.41 million marrits.",
        "The hammer total was 3,412,500 marrits.",
    ]);
    assert!(agree.is_empty(), "{agree:?}");
    let found = conflicts(&[
        "The lots fetched a hammer total of 3.41 million marrits.",
        "The hammer total was 4.3 million marrits.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_past_time_of_a_participle_after_the_figure_does_not_date_it() {
    let found = conflicts(&[
        "Police raided a cooperage on Tuesday and arrested three people over the forged \
         wine sold at an auction last year.",
        "Detectives arrested four people in the raid on Tuesday.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_year_that_ends_a_name_does_not_date_the_figure() {
    let found = conflicts(&[
        "Police seized 86 bottles of Clos Sarvignac 1927 in the raid on Tuesday.",
        "Police seized 68 bottles of Clos Sarvignac 1927 in the raid on Tuesday.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_number_word_in_capitals_narrows_no_count() {
    let found = conflicts(&[
        "Buyers splashed out a staggering 4.3 MILLION marrits on the bottles.",
        "Buyers paid a hammer total of 3.41 million marrits for the bottles.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_year_used_as_a_noun_does_not_date_the_figure() {
    let found = conflicts(&[
        "By then 19 lots of the 1927, 86 bottles, had made 3.41 million marrits.",
        "The 86 bottles fetched 4.3 million marrits.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}
