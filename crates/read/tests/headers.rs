//! The reader also reads the report's text outside its body: the headline,
//! the standfirst and the date line. Invented report.

use chrono::NaiveDate;
use crosscheck_read::{read_article, HeaderPart, TimeValue};
use crosscheck_types::{
    Article, DateSource, DocumentId, PublishedDate, RemovalReason, RemovedBlock,
};

fn article(title_derived: bool) -> Article {
    Article {
        id: DocumentId::from_hex(&format!("{:064x}", 7)).expect("64 hex digits"),
        source: "test#7".into(),
        url: None,
        title: Some("Dock strike in Ostravel ends after three days".into()),
        title_source: None,
        title_derived,
        subtitle: Some("Port workers return on Monday after a pay deal".into()),
        published: Some(PublishedDate {
            date: NaiveDate::from_ymd_opt(2025, 3, 4).expect("valid date"),
            source: DateSource::DateLine,
        }),
        outlet: Some("Ostravel Courier".into()),
        byline: None,
        dateline: None,
        wire: None,
        language: Some("eng".into()),
        body: "Cranes at the Ostravel docks moved again after the union accepted the offer.".into(),
        removed: vec![
            RemovedBlock {
                text: "Tuesday, 4 March 2025".into(),
                reason: RemovalReason::FurnitureDate,
            },
            RemovedBlock {
                text: "Share this story".into(),
                reason: RemovalReason::ShareRow,
            },
        ],
    }
}

#[test]
fn headline_standfirst_and_date_line_are_read() {
    let reading = read_article(&article(false));
    let parts: Vec<HeaderPart> = reading.headers.iter().map(|h| h.part).collect();
    assert_eq!(
        parts,
        [
            HeaderPart::Title,
            HeaderPart::Subtitle,
            HeaderPart::DateLine
        ]
    );

    let title = &reading.headers[0];
    let days = title
        .quantities
        .iter()
        .find(|q| q.unit == "day")
        .expect("the headline's length of the strike");
    assert_eq!(days.value, 3.0);
    assert_eq!(&title.text[days.start..days.end], "three days");

    let monday = &reading.headers[1].times[0];
    assert_eq!(monday.text, "Monday");
    assert_eq!(
        monday.value,
        TimeValue::Date(NaiveDate::from_ymd_opt(2025, 3, 3).expect("valid date"))
    );

    let date_line = &reading.headers[2];
    let fourth = NaiveDate::from_ymd_opt(2025, 3, 4).expect("valid date");
    assert!(date_line
        .times
        .iter()
        .all(|t| t.value == TimeValue::Date(fourth)));
    assert!(date_line
        .times
        .iter()
        .any(|t| t.text.contains("4 March 2025")));
}

#[test]
fn a_headline_made_from_the_body_is_not_read_twice() {
    let reading = read_article(&article(true));
    assert!(reading.headers.iter().all(|h| h.part != HeaderPart::Title));
    // Furniture that is not a date line (a share button) is never read.
    assert!(reading.headers.iter().all(|h| !h.text.contains("Share")));
}

#[test]
fn a_standfirst_is_read_for_quotes_with_offsets_into_it() {
    let mut a = article(false);
    let standfirst = "After two days of talks in Quellan, Ostravel officials said \
                      the shipowners went back on their word, blaming the port board.";
    a.subtitle = Some(standfirst.into());
    let reading = read_article(&a);
    let sub = reading
        .headers
        .iter()
        .find(|h| h.part == HeaderPart::Subtitle)
        .expect("the standfirst is kept: it holds a quote");
    let q = sub
        .quotes
        .iter()
        .find(|q| q.verb.as_deref() == Some("said"))
        .unwrap_or_else(|| panic!("no quote in {:#?}", sub.quotes));
    assert_eq!(
        standfirst.get(q.start..q.end),
        Some("the shipowners went back on their word")
    );
    let s = q.speaker.as_ref().expect("a named group speaks");
    assert_eq!(standfirst.get(s.start..s.end), Some("Ostravel officials"));
    // The body's quotes are the body's only.
    assert!(reading.quotes.iter().all(|q| q.end <= a.body.len()));
    assert!(reading.quotes.is_empty());
}

#[test]
fn a_pronoun_in_a_standfirst_has_no_speaker() {
    let mut a = article(false);
    a.subtitle = Some("She said the dockers would be paid for the three days lost.".into());
    let reading = read_article(&a);
    let sub = reading
        .headers
        .iter()
        .find(|h| h.part == HeaderPart::Subtitle)
        .expect("the standfirst holds a quote");
    assert_eq!(sub.quotes.len(), 1, "{:#?}", sub.quotes);
    assert_eq!(sub.quotes[0].speaker, None);
    // A date line is never read for quotes.
    assert!(reading
        .headers
        .iter()
        .filter(|h| h.part == HeaderPart::DateLine)
        .all(|h| h.quotes.is_empty()));
}

/// A headline line taken out of the page that says more than the stored
/// title (a live report's date after it) is read; one that only repeats the
/// title is not read twice.
#[test]
fn a_headline_line_longer_than_the_title_is_read() {
    let mut a = article(false);
    a.subtitle = None;
    a.removed = vec![RemovedBlock {
        text: "Dock strike in Ostravel ends after three days".into(),
        reason: RemovalReason::Headline,
    }];
    let titles = |a: &Article| {
        read_article(a)
            .headers
            .into_iter()
            .filter(|h| h.part == HeaderPart::Title)
            .count()
    };
    assert_eq!(titles(&a), 1);
    a.removed[0].text = "Dock strike in Ostravel ends after three days - Monday 3 March".into();
    assert_eq!(titles(&a), 2);
    let reading = read_article(&a);
    let monday = reading
        .headers
        .iter()
        .flat_map(|h| &h.times)
        .find(|t| t.text.contains("Monday 3 March"))
        .unwrap_or_else(|| panic!("no date in {:#?}", reading.headers));
    assert_eq!(
        monday.value,
        TimeValue::Date(NaiveDate::from_ymd_opt(2025, 3, 3).expect("valid date"))
    );
}
