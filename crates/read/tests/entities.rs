//! Entity mentions and their resolution on invented sentences (people,
//! groups and events are invented; countries and capitals are real, since
//! they come from the country data).

use crosscheck_read::entities::{
    mentions, resolve, ArticleMentions, EntityKind, Mention, MentionForm,
};
mod common;

use common::{id, Corpus};

fn find<'a>(ms: &'a [Mention], text: &str) -> &'a Mention {
    ms.iter()
        .find(|m| m.text == text)
        .unwrap_or_else(|| panic!("no mention {text:?} in {ms:#?}"))
}

#[test]
fn offsets_fit_the_body() {
    let body = "Defence Minister Oren Salvik said on Tuesday that Türkiye’s envoy met the Coastal Defence League (CDL) in Doha.";
    let ms = mentions(body);
    assert!(!ms.is_empty());
    for m in &ms {
        assert_eq!(m.slice(body), Some(m.text.as_str()), "{m:?}");
    }
    let person = find(&ms, "Defence Minister Oren Salvik");
    assert_eq!(person.kind, EntityKind::Person);
    assert_eq!(person.title.as_deref(), Some("Defence Minister"));
    assert_eq!(person.name.as_deref(), Some("Oren Salvik"));
    let doha = find(&ms, "Doha");
    assert!(!doha.metonym, "\"in Doha\" is the place");
    assert_eq!(find(&ms, "CDL").form, MentionForm::Acronym);
}

#[test]
fn two_people_sharing_a_surname_stay_two() {
    let c = Corpus::new(&[
        "Foreign Minister Lena Okafor met Trade Minister Dario Okafor in Nairobi. Okafor said the talks would go on.",
        "Lena Okafor arrived late. Okafor told reporters she was hopeful.",
        "Dario Okafor signed the tariff note. Okafor later left for the coast.",
    ]);
    let t = c.table();
    let lena = c.entity(&t, 0, "Lena Okafor", 0).expect("Lena");
    let dario = c.entity(&t, 0, "Dario Okafor", 0).expect("Dario");
    assert_ne!(lena, dario);
    // Ambiguous in the first report: the surname alone is not linked.
    assert_eq!(c.entity(&t, 0, "Okafor said", 0), None);
    // Unambiguous in the others.
    assert_eq!(c.entity(&t, 1, "Okafor", 1), Some(lena.clone()));
    assert_eq!(c.entity(&t, 2, "Okafor", 1), Some(dario.clone()));
    assert_eq!(c.entity(&t, 1, "Lena Okafor", 0), Some(lena));
    assert_eq!(c.entity(&t, 2, "Dario Okafor", 0), Some(dario));
}

#[test]
fn acronyms_join_their_expansions() {
    let c = Corpus::new(&[
        "The Coastal Defence League (CDL) claimed the raid.",
        "Police blamed CDL fighters for the blast.",
        "Leaders of the Coastal Defence League denied it.",
    ]);
    let t = c.table();
    let league = c
        .entity(&t, 0, "Coastal Defence League", 0)
        .expect("league");
    assert_eq!(c.entity(&t, 0, "CDL", 0), Some(league.clone()));
    assert_eq!(c.entity(&t, 1, "CDL", 0), Some(league.clone()));
    assert_eq!(c.entity(&t, 2, "Coastal Defence League", 0), Some(league));
}

#[test]
fn spelling_variants_are_one_entity() {
    let c = Corpus::new(&[
        "Mediators from Türkiye met both sides. Ankara said the truce held.",
        "Turkiye hosted the round, and Turkey paid for it.",
        "Fighters of Jamaat-e-Nusrat Front crossed the river.",
        "The Jamaat-i-Nusrat Front denied crossing.",
    ]);
    let t = c.table();
    let turkey = c.entity(&t, 0, "Türkiye", 0).expect("Türkiye");
    assert_eq!(c.entity(&t, 1, "Turkiye", 0), Some(turkey.clone()));
    assert_eq!(c.entity(&t, 1, "Turkey", 0), Some(turkey.clone()));
    // A capital standing for its government: linked, still a place.
    assert_eq!(c.entity(&t, 0, "Ankara", 0), Some(turkey.clone()));
    let ms = mentions(c.bodies[0]);
    let ankara = find(&ms, "Ankara");
    assert!(ankara.metonym);
    assert_eq!(ankara.kind, EntityKind::City);
    let front = c.entity(&t, 2, "Jamaat-e-Nusrat Front", 0).expect("front");
    assert_eq!(c.entity(&t, 3, "Jamaat-i-Nusrat Front", 0), Some(front));
    assert!(t.find_by_name("turkey").is_some());
}

#[test]
fn bare_titles_link_only_when_unambiguous() {
    let c = Corpus::new(&[
        "Interior Minister Sela Varga visited the port. The minister promised repairs.",
        "Interior Minister Sela Varga and Health Minister Ivo Brandt toured the port. The minister promised repairs.",
        "Ivo Brandt, the minister of health, spoke first.",
    ]);
    let t = c.table();
    let varga = c.entity(&t, 0, "Sela Varga", 0).expect("Varga");
    assert_eq!(c.entity(&t, 0, "The minister", 0), Some(varga));
    assert_eq!(
        c.entity(&t, 1, "The minister", 0),
        None,
        "two ministers: not guessed"
    );
    let brandt = c.entity(&t, 1, "Ivo Brandt", 0).expect("Brandt");
    assert_eq!(c.entity(&t, 2, "the minister of health", 0), Some(brandt));
}

#[test]
fn country_and_its_named_government_stay_apart() {
    let c = Corpus::new(&[
        "Talks with the Afghan Taliban stalled. Kabul refused to sign, an official said, and the talks in Kabul ended.",
        "The Taliban regime rejected the draft, though Afghanistan needs the trade.",
    ]);
    let t = c.table();
    let taliban = c.entity(&t, 0, "Afghan Taliban", 0).expect("Taliban");
    assert_eq!(
        c.entity(&t, 0, "Kabul", 0),
        Some(taliban.clone()),
        "metonym → the government"
    );
    assert_ne!(
        c.entity(&t, 0, "Kabul", 1),
        Some(taliban.clone()),
        "\"in Kabul\" is the city"
    );
    assert_eq!(c.entity(&t, 1, "Taliban regime", 0), Some(taliban.clone()));
    let country = c.entity(&t, 1, "Afghanistan", 0).expect("country");
    assert_ne!(country, taliban);
}

#[test]
fn resolution_is_deterministic() {
    let c = Corpus::new(&[
        "Defence Minister Oren Salvik met envoys from Qatar. Salvik thanked Doha.",
        "Oren Salvik said Qatar had helped.",
    ]);
    let a = c.table();
    let b = c.table();
    assert_eq!(a.entities(), b.entities());
    let qatar = c.entity(&a, 0, "Qatar", 0).expect("Qatar");
    assert_eq!(c.entity(&a, 0, "Doha", 0), Some(qatar));
    let salvik = a.find_by_name("Oren Salvik").expect("Salvik");
    assert_eq!(salvik.kind, EntityKind::Person);
    assert!(salvik.aliases.contains(&"Salvik".to_owned()));
}

#[test]
fn dotted_initialisms_and_short_forms() {
    let c = Corpus::new(&[
        "The U.S. envoy met Russian officials. Washington said the talks were useful.",
        "The United States and Russia agreed to meet again, a US official said.",
    ]);
    let t = c.table();
    let us = c.entity(&t, 0, "U.S.", 0).expect("U.S.");
    assert_eq!(c.entity(&t, 1, "United States", 0), Some(us.clone()));
    assert_eq!(c.entity(&t, 1, "US", 0), Some(us.clone()));
    assert_eq!(
        c.entity(&t, 0, "Washington", 0),
        Some(us),
        "capital for its government"
    );
    let ms = mentions(c.bodies[0]);
    assert!(ms
        .iter()
        .any(|m| m.text == "Russian officials" && m.country.as_deref() == Some("RU")));
}

#[test]
fn titles_across_reports_and_national_bodies() {
    let c = Corpus::new(&[
        "Interior Minister Sela Varga of Kenya toured the camp. The Kenya Army was deployed.",
        "The interior minister said the camp would close. The Somali Army disagreed.",
        "The minister was not available for comment.",
    ]);
    let t = c.table();
    let varga = c.entity(&t, 0, "Sela Varga", 0).expect("Varga");
    // A portfolio names one person of the story, even in another report.
    assert_eq!(c.entity(&t, 1, "interior minister", 0), Some(varga));
    // A bare "the minister" with no one in its report is not guessed.
    assert_eq!(c.entity(&t, 2, "The minister", 0), None);
    let kenya_army = c.entity(&t, 0, "Kenya Army", 0).expect("Kenya Army");
    let somali_army = c.entity(&t, 1, "Somali Army", 0).expect("Somali Army");
    assert_ne!(kenya_army, somali_army);
}

#[test]
fn odd_input_never_panics() {
    let odd = [
        "",
        " ",
        "U.",
        "U.S",
        "A.B.C.D.E.F.",
        "’s",
        "Minister",
        "Minister for",
        "the minister of",
        "Kabul’s",
        "X (formerly",
        "Name (ABC",
        "Ankara and",
        "ISLAMABAD",
        "ISLAMABAD:",
        "Ça va — Türkiye’s İstanbul, ŞANLIURFA: «Erdoğan» said.",
        "Москва и Киев заявили",
        "北京 said 上海",
        "\u{a0}\u{a0}Doha\u{a0}Agreement\u{a0}",
        "Afghan-",
        "-Afghan",
        "Taliban regime regime regime",
        "of of of Of Of Of",
    ];
    for body in odd {
        let ms = mentions(body);
        for m in &ms {
            assert_eq!(m.slice(body), Some(m.text.as_str()), "{body:?}: {m:?}");
            if let Some(t) = m.same_as {
                assert!(t < ms.len());
            }
        }
        let id = id(9);
        let table = resolve(&[ArticleMentions {
            article: &id,
            body,
            mentions: ms,
        }]);
        let _ = table.entity_of(&id, 0, body.len());
        let _ = table.entity_of(&id, body.len(), 0);
    }
}

#[test]
fn an_owner_before_a_role_is_another_person() {
    let c = Corpus::new(&[
        "Governor Benno Ardel lost the first count. The court heard the governor argue for an hour. \
         \"The count is late,\" Evelin Vossberg, the governor's lawyer, told the judges.",
    ]);
    let t = c.table();
    let governor = c.entity(&t, 0, "Benno Ardel", 0).expect("governor");
    let lawyer = c.entity(&t, 0, "Evelin Vossberg", 0).expect("lawyer");
    assert_ne!(governor, lawyer);
    assert_ne!(c.entity(&t, 0, "the governor", 0), Some(lawyer.clone()));
    assert_ne!(c.entity(&t, 0, "the governor", 1), Some(lawyer));
}

#[test]
fn feminine_and_transliterated_forms_of_one_name_are_one_person() {
    let c = Corpus::new(&[
        "Yuliya Kovrenko won the recount. Kovrenko thanked the counters.",
        "Julija Kovrenkova, the opposition candidate, spoke in the evening.",
    ]);
    let t = c.table();
    let a = c
        .entity(&t, 0, "Yuliya Kovrenko", 0)
        .expect("first spelling");
    assert_eq!(c.entity(&t, 1, "Julija Kovrenkova", 0), Some(a));
}

#[test]
fn a_business_named_by_its_trade_is_an_organisation_and_its_first_word_is_it() {
    let c = Corpus::new(&[
        "Shares in Tarlow Security fell 11 percent on Monday.",
        "An analyst said the real cost to Tarlow would be the contracts it loses. \
         Tarlow said it had staffed the site as agreed.",
    ]);
    let t = c.table();
    let firm = c.entity(&t, 0, "Tarlow Security", 0).expect("the firm");
    assert!(!firm.starts_with("place:"), "{firm}");
    assert_eq!(c.entity(&t, 1, "Tarlow", 1), Some(firm.clone()));
    assert_eq!(c.entity(&t, 1, "Tarlow", 0), Some(firm));
}

#[test]
fn a_lone_word_that_is_the_one_surname_of_the_story_is_that_person() {
    let c = Corpus::new(&[
        "Captain Lubor Marvik was charged on Tuesday over the capsizing of the ferry.",
        "The ferry company denied blame. The judge sent Marvik back to his cell for 60 days.",
        "The judge sent Tolvik back to his cell.",
    ]);
    let t = c.table();
    let captain = c.entity(&t, 0, "Lubor Marvik", 0).expect("the captain");
    assert_eq!(c.entity(&t, 1, "Marvik", 0), Some(captain.clone()));
    assert_ne!(c.entity(&t, 2, "Tolvik", 0), Some(captain));
}

#[test]
fn a_name_written_as_a_place_is_a_place() {
    let c = Corpus::new(&[
        "The hospital in the border town of Tarrick took in patients on Monday.",
        "Four babies were flown to the hospital in Tarrick. The Tarrick hospital opened 30 beds.",
    ]);
    let t = c.table();
    let town = c.entity(&t, 1, "Tarrick", 0).expect("the town");
    assert!(town.starts_with("place:"), "{town}");
    assert_eq!(c.entity(&t, 0, "Tarrick", 0), Some(town));
    // "in the Saltings End": a place too.
    let c = Corpus::new(&["The crush began in the Sallow End of the ground on Saturday."]);
    let t = c.table();
    let end = c.entity(&t, 0, "Sallow End", 0).expect("the terrace");
    assert!(end.starts_with("place:"), "{end}");
}

/// A first name written alone ("Crispin says …") is a mention of no known
/// kind; it does not outvote the full name that the report makes a person.
#[test]
fn bare_first_names_do_not_outvote_a_persons_kind() {
    let c = Corpus::new(&[
        "Her father and coach, Crispin Vantrell, watched from the boat.\n\n\
         Crispin says the water is cold.\n\nA gull stole a sandwich, Crispin reports.",
    ]);
    let t = c.table();
    let vantrell = t.find_by_name("Crispin Vantrell").expect("Vantrell");
    assert_eq!(vantrell.kind, EntityKind::Person, "{vantrell:?}");
}

#[test]
fn a_number_word_in_capitals_is_no_name() {
    let body =
        "Wine buffs splashed out a staggering 4.3 MILLION marrits and THREE dealers were held.";
    let ms = mentions(body);
    assert!(
        ms.iter().all(|m| m.text != "MILLION" && m.text != "THREE"),
        "{ms:#?}"
    );
}

/// "Brainy Ingrun Halvsen, 46, warned …": a tabloid's label before a name
/// the story writes elsewhere without it is no first name.
#[test]
fn a_label_before_a_name_known_without_it_is_that_person() {
    let c = Corpus::new(&[
        "Dr Ingrun Halvsen sent the memo in February. The mechanic, Oddvar Brekstad, left last.",
        "Brainy Ingrun Halvsen, 46, warned her bosses. Mechanic Oddvar Brekstad, 33, said he ran.",
    ]);
    let t = c.table();
    let ingrun = c.entity(&t, 0, "Ingrun Halvsen", 0).expect("Ingrun");
    let oddvar = c.entity(&t, 0, "Oddvar Brekstad", 0).expect("Oddvar");
    assert_eq!(c.entity(&t, 1, "Brainy Ingrun Halvsen", 0), Some(ingrun));
    assert_eq!(c.entity(&t, 1, "Mechanic Oddvar Brekstad", 0), Some(oddvar));
}
