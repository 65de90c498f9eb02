//! Zones a report leaves out but its story gives: a clock of no zone in a
//! report datelined in a place whose offset another report fixes is in
//! that place's time, a bare "at 17:30" too; a clock in "local time" is
//! where it happened and keeps no zone. Invented places and reports.

use chrono::NaiveDate;
use crosscheck_read::read_corpus;
use crosscheck_types::{Article, DateSource, PublishedDate, TimeValue};

/// Report `n` with `body`, published on Friday 7 March 2053.
fn report(n: u64, body: &str) -> Article {
    let mut a = crosscheck_testkit::article(n, body);
    a.published = NaiveDate::from_ymd_opt(2053, 3, 7).map(|date| PublishedDate {
        date,
        source: DateSource::DateLine,
    });
    a
}

/// The value read for `text` in report `doc` of `articles` read together.
fn value(articles: &[Article], doc: usize, text: &str) -> String {
    let reading = read_corpus(articles);
    match reading.articles[doc].times.iter().find(|t| t.text == text) {
        Some(t) => match &t.value {
            TimeValue::Instant(at) => at.to_rfc3339(),
            other => format!("{other:?}"),
        },
        None => "not read".to_owned(),
    }
}

#[test]
fn a_clock_of_no_zone_takes_its_datelines_zone_from_the_story() {
    let articles = [
        report(
            1,
            "The last aircraft left the ice at 10:00 GMT on Tuesday, which is 11:00 in Velmhavn.",
        ),
        report(
            2,
            "VELMHAVN, Friday (Kveldblad) – The call came at a quarter past nine on Tuesday \
             evening. The trawler was boarded at 6 p.m. local time on Wednesday. The \
             minister answers questions in parliament on Monday at 17:30.",
        ),
    ];
    assert_eq!(
        value(&articles, 1, "a quarter past nine"),
        "2053-03-04T21:15:00+01:00"
    );
    assert!(value(&articles, 1, "6 p.m. local time").starts_with("Unresolved"));
    // A bare clock where a clock is expected ("at 17:30") is read, and
    // settled the same way.
    assert_eq!(value(&articles, 1, "17:30"), "2053-03-10T17:30:00+01:00");
    // Alone, the report knows no zone.
    assert!(value(&articles[1..], 0, "a quarter past nine").starts_with("Unresolved"));
}

#[test]
fn local_time_under_a_dateline_speaks_for_its_place_only_where_nothing_names_it() {
    // Nothing names Velmhavn's zone: the report datelined there, read in
    // "local time" as 09:44 and 03:14 GMT, fixes it for the others.
    let articles = [
        report(
            1,
            "VELMHAVN, March 4 (Wire) – Trading stopped at 09:44 local time (03:14 GMT) on Tuesday.",
        ),
        report(
            2,
            "VELMHAVN, Friday (Kveldblad) – The engineer restarted the server at 09:12 on Tuesday.",
        ),
    ];
    assert_eq!(value(&articles, 1, "09:12"), "2053-03-04T09:12:00+06:30");
    // Where another report names the place's offset, "local time" under
    // its dateline (a station's time, far away) is not taken for it.
    let articles = [
        report(
            1,
            "VELMHAVN, March 4 (Wire) – The last flight left the station at 19:30 local time (10:00 GMT).",
        ),
        report(2, "It was 10:00 GMT on Tuesday, which is 11:00 in Velmhavn."),
        report(
            3,
            "VELMHAVN, Friday (Kveldblad) – The call came at a quarter past nine on Tuesday evening.",
        ),
    ];
    assert_eq!(
        value(&articles, 2, "a quarter past nine"),
        "2053-03-04T21:15:00+01:00"
    );
}

#[test]
fn a_clock_that_names_its_place_takes_that_places_zone_not_the_datelines() {
    let articles = [
        report(
            1,
            "The ruling came at 10:00 GMT on Tuesday, which is 18:00 in Port Aucel.",
        ),
        report(
            2,
            "VELMHAVN, Friday (Kveldblad) – The match was halted at 01:30 on Wednesday in Port \
             Aucel, and the call came at a quarter past nine on Tuesday evening.",
        ),
        report(
            3,
            "It was 10:00 GMT on Tuesday, which is 11:00 in Velmhavn.",
        ),
    ];
    assert_eq!(value(&articles, 1, "01:30"), "2053-03-05T01:30:00+08:00");
    // A clock that names no place keeps the dateline's.
    assert_eq!(
        value(&articles, 1, "a quarter past nine"),
        "2053-03-04T21:15:00+01:00"
    );
}
