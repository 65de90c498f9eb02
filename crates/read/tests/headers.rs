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
