//! Capitals no data source knows, standing for their governments: a
//! dateline city whose lead opens with its country, and a dateline city
//! that acts in another report while nothing tells its country. Invented
//! places and outlets.

use crosscheck_read::read_corpus;
use crosscheck_types::{Article, DocumentId};

fn article(n: u64, body: &str) -> Article {
    Article {
        id: DocumentId::from_hex(&format!("{n:064x}")).expect("64 hex digits"),
        source: format!("test#{n}"),
        url: None,
        title: None,
        title_source: None,
        title_derived: false,
        subtitle: None,
        published: None,
        outlet: None,
        byline: None,
        dateline: None,
        wire: None,
        language: Some("eng".into()),
        body: body.into(),
        removed: Vec::new(),
    }
}

/// The id of the entity of the `nth` mention written `text` in report `doc`.
fn entity(articles: &[Article], doc: usize, text: &str, nth: usize) -> Option<String> {
    let reading = read_corpus(articles);
    let a = &articles[doc];
    let (start, _) = a.body.match_indices(text).nth(nth)?;
    reading
        .entities
        .entity_of(&a.id, start, start + text.len())
        .map(|e| e.id.clone())
}

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
