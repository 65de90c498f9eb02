//! Countries no data source knows, learnt from what only a state has ("its
//! ambassador", "its research minister") or from a demonym in "-ic", and
//! the seat of such a country found as the one place that both is written
//! as a place ("in Fennimore") and acts ("Fennimore says", "has told
//! Fennimore that"). Invented places and outlets.

mod common;

use common::{article, corpus_entity as entity};

#[test]
fn a_country_learnt_from_its_ambassador_pairs_with_the_place_told_that() {
    let articles = [
        article(
            1,
            "GARVOSK, Meltavia, June 3 (Wire) - The Meltavian trade office opened an inquiry, \
             adding that Harlund's ambassador had been summoned on Monday.",
        ),
        article(
            2,
            "Dockers in Fennimore packed the crates on Tuesday. \
             Garvosk has told Fennimore that the crates stay.",
        ),
    ];
    let harlund = entity(&articles, 0, "Harlund", 0).expect("Harlund");
    // "has told Fennimore that …": Harlund's government.
    assert_eq!(entity(&articles, 1, "Fennimore", 1), Some(harlund.clone()));
    // "Dockers in Fennimore": the city.
    assert_ne!(entity(&articles, 1, "Fennimore", 0), Some(harlund));
}

#[test]
fn a_demonym_in_ic_names_its_country_and_its_capital() {
    let articles = [
        article(
            1,
            "Fans of Orlund flew home on Sunday. In Velbrek, the Orlundic capital, the mood was grim.",
        ),
        article(2, "Velbrek says it will protest to the confederation."),
    ];
    let orlund = entity(&articles, 0, "Orlund", 0).expect("Orlund");
    assert_eq!(entity(&articles, 1, "Velbrek", 0), Some(orlund.clone()));
    assert_ne!(entity(&articles, 0, "Velbrek", 0), Some(orlund));
}

#[test]
fn a_place_acting_after_for_its_part_is_the_one_seat_left() {
    let articles = [
        article(
            1,
            "GARVOSK, Meltavia, June 3 (Wire) - The Meltavian trade office opened an inquiry \
             while Tyrland's research minister flew home on Monday.",
        ),
        article(
            2,
            "Crowds gathered in Dolvene on Tuesday. \
             Dolvene, for its part, has offered to pay. Garvosk wants an apology.",
        ),
    ];
    let tyrland = entity(&articles, 0, "Tyrland", 0).expect("Tyrland");
    assert_eq!(entity(&articles, 1, "Dolvene", 1), Some(tyrland.clone()));
    assert_ne!(entity(&articles, 1, "Dolvene", 0), Some(tyrland));
}

/// A company acts as a seat does, but is written "into" or "at", never
/// as where something is: it is not the one country's seat.
#[test]
fn a_company_investigated_or_laughed_at_is_no_seat() {
    let articles = [
        article(
            1,
            "GARVOSK, Meltavia, June 3 (Wire) - The Meltavian watchdog opened an investigation \
             into Brindmoor, adding that Harlund's ambassador had been summoned on Monday.",
        ),
        article(
            2,
            "People laughed at Brindmoor all week. Brindmoor says it will refund every order. \
             Garvosk wants an apology.",
        ),
    ];
    let harlund = entity(&articles, 0, "Harlund", 0).expect("Harlund");
    assert_ne!(entity(&articles, 1, "Brindmoor", 1), Some(harlund));
}

#[test]
fn demonyms_in_an_and_ine_name_countries_in_o_and_consonant() {
    let articles = [article(
        1,
        "Crews from Drelsko joined the search, and the Drelskan coastguard sent two boats. \
         Fans of Torvaunt waved Torvauntine flags.",
    )];
    for name in ["Drelsko", "Torvaunt"] {
        let id = entity(&articles, 0, name, 0).unwrap_or_default();
        assert!(id.starts_with("country:"), "{name}: {id}");
    }
}

/// A seat of two words, written as its dateline with its country ("PORT
/// VELLAN, Meltavia"), that another capital wants to act ("wants Port
/// Vellan to hand it over") is that country's seat, though a second
/// country (Harlund) is left without one.
#[test]
fn a_dateline_seat_of_two_words_wanted_to_act() {
    let articles = [
        article(
            1,
            "PORT VELLAN, Meltavia, June 3 (Wire) - The Meltavian trade office opened an inquiry.",
        ),
        article(
            2,
            "The government has asked Meltavia for the footage, adding that Harlund's \
             ambassador had been told. Garvosk wants Port Vellan to hand it over by Friday.",
        ),
    ];
    let meltavia = entity(&articles, 0, "Meltavia", 0).expect("Meltavia");
    assert_eq!(
        entity(&articles, 1, "Port Vellan", 0),
        Some(meltavia.clone())
    );
    assert_ne!(entity(&articles, 0, "PORT VELLAN", 0), Some(meltavia));
}
