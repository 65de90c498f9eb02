//! Capitals no data source knows, standing for their governments: a
//! dateline city whose lead opens with its country, and a dateline city
//! that acts in another report while nothing tells its country. Invented
//! places and outlets. A surname that opens a sentence in a report that
//! never writes the full name is the person another report names in full;
//! the lead after a dateline opens like a sentence.

mod common;

use common::{article, corpus_entity as entity};

#[test]
fn a_dateline_capital_whose_lead_opens_with_its_country() {
    let articles = [
        article(
            1,
            "ORSKAVA – Pelmoria has asked Dravany for daily reports on the spill. \
             Pelmoria's Pelmorian Water Board said the river was clean.",
        ),
        article(
            2,
            "The Dravanian Health Ministry said on Monday the readings were normal. \
             Orskava wants a seat on the inquiry, the Pelmorian board said.",
        ),
    ];
    let pelmoria = entity(&articles, 0, "Pelmoria", 0).expect("Pelmoria");
    // "Orskava wants a seat": the government, the country's entity.
    assert_eq!(entity(&articles, 1, "Orskava", 0), Some(pelmoria.clone()));
    // The dateline is the city.
    assert_ne!(entity(&articles, 0, "ORSKAVA", 0), Some(pelmoria));
}

#[test]
fn a_seat_acting_with_no_country_known_is_apart_from_its_city() {
    let articles = [
        article(
            1,
            "TEMBRAL – Residents of Kessock returned home on Sunday. \
             Officials in Tembral said the water was safe.",
        ),
        article(
            2,
            "The smoke drifted over the border on Tuesday. \
             Tembral has so far offered only weekly summaries.",
        ),
    ];
    let city = entity(&articles, 0, "TEMBRAL", 0).expect("dateline city");
    let seat = entity(&articles, 1, "Tembral", 0).expect("a sentence-initial name the story knows");
    assert_ne!(city, seat);
    // "Officials in Tembral": the city.
    assert_eq!(entity(&articles, 0, "Tembral", 0), Some(city));
}

#[test]
fn the_one_unseated_country_and_the_one_acting_seat_are_paired() {
    let articles = [
        article(
            1,
            "HARVEL – Ostrania has asked Brevnia for daily readings. \
             The Ostranian Water Board said the river was clean.",
        ),
        article(
            2,
            "BRAMSK – Residents of Dunlow went home on Sunday. \
             Harvel wants a seat on the Brevnian inquiry.",
        ),
        article(
            3,
            "Bramsk has so far offered only weekly summaries, the Ostranian board said.",
        ),
    ];
    let brevnia = entity(&articles, 0, "Brevnia", 0).expect("Brevnia");
    // Harvel is Ostrania's (its lead); Bramsk, the other acting seat, is
    // the one left to Brevnia.
    assert_eq!(entity(&articles, 2, "Bramsk", 0), Some(brevnia.clone()));
    assert_ne!(entity(&articles, 1, "BRAMSK", 0), Some(brevnia));
}

/// A seat placed in its country by its dateline and asked to act ("asked
/// Dunmere to let …") is seated first, so that the one country left and
/// the one acting dateline left are paired; a capital before a noun it
/// modifies ("the Dunmere company", "Brezno airport") is the city.
#[test]
fn a_placed_seat_first_then_the_sole_pair_and_modifiers_stay_cities() {
    let articles = [
        article(
            1,
            "DUNMERE, Corvalia, May 2 (Wire) - A runner from Peshtia won the race in Corvalia. \
             The Dunmere company that ran it told the Corvalian federation the course was short.",
        ),
        article(
            2,
            "BREZNO, 3 May – Fans met the Peshtian winner at Brezno airport. \
             Brezno has also asked Dunmere to let a Peshtian measurer ride the course.",
        ),
    ];
    let peshtia = entity(&articles, 0, "Peshtia", 0).expect("Peshtia");
    let corvalia = entity(&articles, 0, "Corvalia", 0).expect("Corvalia");
    assert_eq!(entity(&articles, 1, "Brezno", 1), Some(peshtia.clone()));
    assert_eq!(entity(&articles, 1, "Dunmere", 0), Some(corvalia.clone()));
    assert_ne!(entity(&articles, 1, "Brezno", 0), Some(peshtia));
    assert_ne!(entity(&articles, 0, "Dunmere", 1), Some(corvalia));
}

/// A capital asked for something acts for its government; one whose edge
/// or streets are meant is the city.
#[test]
fn a_capital_asked_for_something_and_the_edge_of_a_capital() {
    let articles = [
        article(
            1,
            "VOSKA, Merania, May 2 (Wire) - The Meranian mint halted the new note. \
             Printers in Tarnel, the Pellian capital, said the proof was signed.",
        ),
        article(
            2,
            "TARNEL, 3 May – Workers on the edge of Tarnel went back to the presses. \
             Tarnel asked Voska for a formal correction, Pellia's minister said.",
        ),
    ];
    let merania = entity(&articles, 0, "Merania", 0).expect("Merania");
    assert_eq!(entity(&articles, 1, "Voska", 0), Some(merania));
    let pellia = entity(&articles, 1, "Pellia", 0).expect("Pellia");
    assert_eq!(entity(&articles, 1, "Tarnel", 1), Some(pellia.clone()));
    assert_ne!(entity(&articles, 1, "Tarnel", 0), Some(pellia));
}

#[test]
fn a_first_name_alone_is_the_one_person_of_the_report_with_it() {
    let articles = [article(
        1,
        "“My son Tomas came back and told me,” said Ilse Marrow. \
         Her son, Tomas Marrow, drives the van.",
    )];
    let tomas = entity(&articles, 0, "Tomas Marrow", 0).expect("Tomas Marrow");
    assert_eq!(entity(&articles, 0, "Tomas", 0), Some(tomas));
}

#[test]
fn a_capital_named_in_an_appositive_stands_for_its_government() {
    let articles = [
        article(
            1,
            "Travellers from Kelmoria are stranded at Ostvik airport, the Tarvian Airports Board said. \
             Brannholm, the Tarvian capital, has so far refused rescue flights.",
        ),
        article(
            2,
            "The airline asked Tarvia to reopen the airport. Officials in Brannholm said nothing.",
        ),
    ];
    let tarvia = entity(&articles, 1, "Tarvia", 0).expect("Tarvia");
    assert_eq!(entity(&articles, 0, "Brannholm", 0), Some(tarvia.clone()));
    // "Officials in Brannholm": the city.
    assert_ne!(entity(&articles, 1, "Brannholm", 0), Some(tarvia));
}

#[test]
fn a_company_by_its_first_word_and_a_town_without_its_final_vowel() {
    let articles = [
        article(
            1,
            "Shares of the Harrowgate Shipping Company fell on Monday. The plant in Ostravo was shut.",
        ),
        article(
            2,
            "Analysts said Harrowgate would lose the contract. The plant in Ostrav was shut.",
        ),
    ];
    let company = entity(&articles, 0, "Harrowgate Shipping Company", 0).expect("company");
    assert_eq!(entity(&articles, 1, "Harrowgate", 0), Some(company));
    let town = entity(&articles, 0, "Ostravo", 0).expect("town");
    assert_eq!(entity(&articles, 1, "Ostrav", 0), Some(town));
}

#[test]
fn a_dateline_place_acting_as_a_state_is_the_seat_of_the_country_it_lies_in() {
    let articles = [
        article(
            1,
            "KELDRAVO, Ostrania, March 3 (PWS) – Power returned across Ostrania on Tuesday, \
             the Ostranian grid said. The power came from Brevnia. Keldravo will pay for it in \
             full, the minister said.",
        ),
        article(
            2,
            "TOMBREK, 4 March – In Tombrek, the Brevnian Grid Office said the line to Brevnia \
             was shut. Tombrek has sent a bill to the Ostranian grid. Families in Keldravo \
             queued for water. Some could have left Keldravo by noon.",
        ),
    ];
    let ostrania = entity(&articles, 0, "Ostrania", 0).expect("Ostrania");
    let brevnia = entity(&articles, 0, "Brevnia", 0).expect("Brevnia");
    // "Keldravo will pay": the dateline's country acting.
    assert_eq!(entity(&articles, 0, "Keldravo", 0), Some(ostrania.clone()));
    // "Tombrek has sent a bill": the country its organisation is of.
    assert_eq!(entity(&articles, 1, "Tombrek", 1), Some(brevnia.clone()));
    // The datelines and a place use stay the cities.
    assert_ne!(entity(&articles, 0, "KELDRAVO", 0), Some(ostrania.clone()));
    assert_ne!(entity(&articles, 1, "Keldravo", 0), Some(ostrania.clone()));
    // The object of a verb of going is the place ("could have left Keldravo").
    assert_ne!(entity(&articles, 1, "Keldravo", 1), Some(ostrania));
    assert_ne!(entity(&articles, 1, "TOMBREK", 0), Some(brevnia));
}

#[test]
fn a_surname_opening_a_sentence_in_a_report_that_never_names_in_full() {
    let articles = [
        article(
            1,
            "The launch was watched by Orla Venstrade, head of the port authority.",
        ),
        article(
            2,
            "The crowd cheered. Venstrade, asked about the delay, said it was brief.",
        ),
    ];
    let full = entity(&articles, 0, "Orla Venstrade", 0).expect("full name");
    assert_eq!(entity(&articles, 1, "Venstrade", 0), Some(full));
}

#[test]
fn a_dateline_lead_opening_with_a_country_named_elsewhere_seats_its_capital() {
    let articles = [
        article(
            1,
            "TARVOSK, 3 May — Drelnia will keep its border shut until Friday, the Drelnian \
             Border Office said.",
        ),
        article(
            2,
            "The airline wants a corridor over southern Drelnia kept open for cargo, and \
             Tarvosk has agreed, according to airline sources.",
        ),
    ];
    let drelnia = entity(&articles, 0, "Drelnia", 0).expect("the lead's country");
    assert_eq!(entity(&articles, 1, "Drelnia", 0), Some(drelnia.clone()));
    // "…, and Tarvosk has agreed": the government.
    assert_eq!(entity(&articles, 1, "Tarvosk", 0), Some(drelnia.clone()));
    // The dateline is the city.
    assert_ne!(entity(&articles, 0, "TARVOSK", 0), Some(drelnia));
}

/// A dateline capital acting through a relative clause ("Marlow, which
/// holds half the company, says"), or expected to act ("expects Marlow to
/// pay"), stands for its government; "Ask Marlow." opening a quotation is
/// the seat, not a person named "Ask Marlow".
#[test]
fn a_capital_acting_past_a_relative_clause_or_expected_to_act() {
    let articles = [
        article(
            1,
            "MARLOW, Verania, Feb 13 (Wire) – The Veranian tunnel ceremony was called off. \
             Asked whether the row would delay the opening, the minister replied: \"Ask Marlow.\"",
        ),
        article(
            2,
            "The repair bill is put at 3 million euros, and Marlow, which holds half the \
             company, says it will pay all of it. Tesk expects Marlow to cover the cost.",
        ),
    ];
    let verania = entity(&articles, 0, "Verania", 0).expect("Verania");
    assert_eq!(entity(&articles, 1, "Marlow", 0), Some(verania.clone()));
    assert_eq!(entity(&articles, 1, "Marlow", 1), Some(verania.clone()));
    assert_eq!(entity(&articles, 0, "Marlow", 0), Some(verania));
    // The dateline is the city.
    assert_ne!(
        entity(&articles, 0, "MARLOW", 0),
        entity(&articles, 1, "Marlow", 0)
    );
}

/// "near the Veranian capital Marlow" names the capital with no comma: the
/// appositive itself (and "23:40 Marlow time", a noun after it) is the
/// city, "Marlow has asked Tesk" the government.
#[test]
fn a_capital_named_without_a_comma_and_its_clocks_are_the_city() {
    let articles = [
        article(
            1,
            "The Harrow Observatory, near the Veranian capital Marlow, said its camera \
             had caught the comet.",
        ),
        article(
            2,
            "The claim was lodged at 23:40 Marlow time. Marlow has asked Tesk to back a \
             shared name, a diplomat said, and Verania expects an answer.",
        ),
    ];
    let verania = entity(&articles, 1, "Verania", 0).expect("Verania");
    assert_eq!(entity(&articles, 1, "Marlow", 1), Some(verania.clone()));
    assert_ne!(entity(&articles, 0, "Marlow", 0), Some(verania.clone()));
    assert_ne!(entity(&articles, 1, "Marlow", 0), Some(verania));
}
