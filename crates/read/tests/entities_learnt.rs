//! Countries no gazetteer knows, learnt from the reports themselves: their
//! demonyms, their organs, their capitals standing for their governments,
//! transliterated spellings, and a role noun set off before a full name.
//! Every place, person and outlet here is invented (new names, not those
//! of the demo corpora).

use crosscheck_read::entities::mentions;
mod common;

use common::Corpus;

const A: &str = "TARVOSK – Maldria and Corvenia agreed to reopen the Halvik crossing on Monday. \
In Tarvosk, Maldrian Interior Minister Juta Perrenko said the crossing would open at dawn. \
Tarvosk has recalled its consul from Brennet for consultations, the Maldrian Trade Ministry said. \
The Corvenian Trade Office said it regretted the step.";

const B: &str =
    "The Trade Ministry in Tarvosk said that Maldria would not accept demands from Brennet. \
Reporters in Tarvosk were told the talks, hosted by Zhelora, would resume. \
The Zheloran mediator, Aniko Sheveli, said both sides had agreed. \
On the Corvenian side, Ilse Varamund said little. In Brennet, the Trade Office said nothing.";

const C: &str = "Talks hosted by Zelora ended in Brennet on Friday. Sheveli thanked the Corvenian Trade Office.";

#[test]
fn learnt_countries_capitals_and_spellings() {
    let c = Corpus::new(&[A, B, C]);
    let t = c.table();
    let e = |doc, text, nth| c.entity(&t, doc, text, nth);
    // A demonym written beside an unknown name makes it a country.
    let maldria = e(0, "Maldria", 0).expect("Maldria");
    assert_eq!(e(1, "Maldria", 0).as_ref(), Some(&maldria));
    // The capital, learnt from an organ beside it: the city after "in",
    // the government as a subject.
    let city = e(0, "TARVOSK", 0).expect("dateline");
    assert_ne!(city, maldria);
    assert_eq!(e(0, "Tarvosk", 0).as_ref(), Some(&city));
    assert_eq!(e(0, "Tarvosk", 1).as_ref(), Some(&maldria));
    assert_eq!(e(1, "Tarvosk", 1).as_ref(), Some(&city));
    // Organs without their demonym: the one country the story gives them.
    let ministry = e(0, "Maldrian Trade Ministry", 0).expect("ministry");
    assert_eq!(e(1, "Trade Ministry", 0).as_ref(), Some(&ministry));
    let office = e(0, "Corvenian Trade Office", 0).expect("office");
    assert_ne!(office, ministry);
    assert_eq!(e(1, "Trade Office", 0).as_ref(), Some(&office));
    assert_eq!(e(2, "Corvenian Trade Office", 0).as_ref(), Some(&office));
    // Brennet: the Corvenian organ's seat; "demands from Brennet" is its
    // government, "consul from Brennet" the city.
    let corvenia = e(0, "Corvenia", 0).expect("Corvenia");
    assert_eq!(e(1, "Brennet", 0).as_ref(), Some(&corvenia));
    assert_ne!(e(0, "Brennet", 0).as_ref(), Some(&corvenia));
    // Transliterated spellings of one name.
    let zelora = e(2, "Zelora", 0).expect("Zelora");
    assert_eq!(e(1, "Zhelora", 0).as_ref(), Some(&zelora));
    // "The Zheloran mediator, Aniko Sheveli": the person; "On the
    // Corvenian side, Ilse Varamund": not.
    let sheveli = e(1, "Aniko Sheveli", 0).expect("Sheveli");
    assert_eq!(e(1, "Zheloran mediator", 0).as_ref(), Some(&sheveli));
    let varamund = e(1, "Ilse Varamund", 0).expect("Varamund");
    assert_ne!(e(1, "Corvenian side", 0).as_ref(), Some(&varamund));
}

#[test]
fn host_inside_a_programme_title() {
    let body = "Speaking on Varel News’ Aaj Doran Mirzal Kay Sath, Tesko said the talks were over.";
    let c = Corpus::new(&[body]);
    let t = c.table();
    let programme = c.entity(&t, 0, "Aaj Doran Mirzal Kay Sath", 0);
    let host = c.entity(&t, 0, "Doran Mirzal", 0);
    assert!(programme.is_some() && host.is_some());
    assert_ne!(programme, host);
    let ms = mentions(body);
    let nested = ms
        .iter()
        .find(|m| m.text == "Doran Mirzal")
        .expect("host mention");
    assert_eq!(nested.kind, crosscheck_read::entities::EntityKind::Person);
}

#[test]
fn bare_place_noun_after_its_place() {
    let body = "Troops left the Osterlin Pass on Monday. Trade through the pass resumed, \
but the ridge above it stayed closed.";
    let c = Corpus::new(&[body]);
    let t = c.table();
    let pass = c.entity(&t, 0, "Osterlin Pass", 0).expect("pass");
    assert_eq!(c.entity(&t, 0, "the pass", 0), Some(pass.clone()));
    // no ridge named before: "the ridge" stays without an entity
    assert_ne!(c.entity(&t, 0, "the ridge", 0), Some(pass));
}

#[test]
fn titled_surname_alone_in_its_report() {
    let a = "Envoy Talvi Rasmund met both delegations. Rasmund said little. \
Colonel Piet Haverik spoke for the army, and Dara Haverik, no relation, for the aid office.";
    let b = "Envoy Rasmund had pressed both sides, said Ms Haverik.";
    let c = Corpus::new(&[a, b]);
    let t = c.table();
    let rasmund = c.entity(&t, 0, "Talvi Rasmund", 0).expect("Rasmund");
    // one Rasmund in the story: the titled surname is that person
    assert_eq!(c.entity(&t, 1, "Envoy Rasmund", 0), Some(rasmund));
    // two Haveriks in the story: "Ms Haverik" is neither of them
    let piet = c.entity(&t, 0, "Piet Haverik", 0).expect("Piet");
    let dara = c.entity(&t, 0, "Dara Haverik", 0).expect("Dara");
    assert_ne!(piet, dara);
    let ms = c.entity(&t, 1, "Ms Haverik", 0);
    assert!(ms != Some(piet) && ms != Some(dara));
}

/// "w" is the Polish and German letter for "v": a country learnt as
/// "Dravonia" in one paper and "Drawonia" in another is one country, and
/// its organs under either demonym are one organ.
#[test]
fn w_and_v_spellings_of_a_learnt_country() {
    let a = "On Monday, Dravonia sent four pumps. The Dravonian Coast Guard said the pumps \
would stay until the work is done.";
    let b = "The pumps from Drawonia came with a crew, the Drawonian Coast Guard said. \
Nobody in Drawonia will send a bill, the Drawonian minister added.";
    let c = Corpus::new(&[a, b]);
    let t = c.table();
    let e = |doc, text, nth| c.entity(&t, doc, text, nth);
    let country = e(0, "Dravonia", 0).expect("Dravonia");
    assert_eq!(e(1, "Drawonia", 0).as_ref(), Some(&country));
    let guard = e(0, "Dravonian Coast Guard", 0).expect("guard");
    assert_eq!(e(1, "Drawonian Coast Guard", 0).as_ref(), Some(&guard));
}

/// A capital spoken or talked to is its government ("I have spoken to
/// Tarvosk"), as a capital written to or appealed to is; a capital
/// travelled to is the city.
#[test]
fn a_capital_spoken_to_is_its_government() {
    let d = "The Maldrian minister said she had spoken to Tarvosk twice. \
A bus took the crew to Tarvosk.";
    let c = Corpus::new(&[A, d]);
    let t = c.table();
    let e = |doc, text, nth| c.entity(&t, doc, text, nth);
    let maldria = e(0, "Maldria", 0).expect("Maldria");
    let city = e(0, "TARVOSK", 0).expect("dateline");
    assert_eq!(e(1, "Tarvosk", 0).as_ref(), Some(&maldria));
    assert_eq!(e(1, "Tarvosk", 1).as_ref(), Some(&city));
}

/// A country written in English with "-ia" and at home with "-a"
/// ("Velbrovia" / "Velbrova", demonyms "Velbrovian" / "Velbrovan") is one
/// country, and its organs under either demonym are one organ.
#[test]
fn ia_and_a_spellings_of_a_learnt_country() {
    let a = "Teams from Velbrovia joined the search on Monday. The Velbrovian Mountain Guard \
said its dogs had found the basket.";
    let b = "Velbrova sent two helicopters, the Velbrovan Mountain Guard said. \
Nobody in Velbrova will send a bill, a Velbrovan minister added.";
    let c = Corpus::new(&[a, b]);
    let t = c.table();
    let e = |doc, text, nth| c.entity(&t, doc, text, nth);
    let country = e(0, "Velbrovia", 0).expect("Velbrovia");
    assert_eq!(e(1, "Velbrova", 0).as_ref(), Some(&country));
    let guard = e(0, "Velbrovian Mountain Guard", 0).expect("guard");
    assert_eq!(e(1, "Velbrovan Mountain Guard", 0).as_ref(), Some(&guard));
}

/// A dateline place of a learnt country that acts in a clause opened by a
/// subordinator ("the moment Harbeck asks") is that country's seat: that use
/// is the government, "in Harbeck" the city, and an organisation named
/// after the city is neither.
#[test]
fn a_seat_acting_after_a_subordinator() {
    let a = "HARBECK, Tolvenia, May 2 (KNA) – Divers reached the miners on Monday, the \
Tolvenian Mines Office said. A geologist at the Harbeck School of Geology said the shaft was dry.";
    let b = "The Ostrian team is ready to fly \"the moment Harbeck asks\", its leader said. \
Ministers met in Harbeck on Tuesday.";
    let c = Corpus::new(&[a, b]);
    let t = c.table();
    let e = |doc, text, nth| c.entity(&t, doc, text, nth);
    let country = e(0, "Tolvenia", 0).expect("Tolvenia");
    assert_eq!(e(1, "Harbeck", 0).as_ref(), Some(&country));
    let city = e(1, "Harbeck", 1).expect("the city");
    assert_ne!(city, country);
    let school = e(0, "Harbeck School of Geology", 0).expect("school");
    assert_ne!(school, city);
    assert_ne!(school, country);
}
