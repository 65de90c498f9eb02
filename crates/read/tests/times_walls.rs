//! Clocks of unknown offset keep what they read: the day and time on the
//! clock, and the zone's name when the text gives one no table knows.
//! Invented sentences.

use chrono::NaiveDate;
use crosscheck_read::{times, TimeExpr, TimeValue};

fn anchor() -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2026, 5, 8)
}

/// The expression written `text` in `body`.
fn find(body: &str, text: &str) -> TimeExpr {
    let found = times(body, anchor());
    found
        .iter()
        .find(|t| t.text == text)
        .cloned()
        .unwrap_or_else(|| panic!("{text:?} not in {found:?}"))
}

/// The reading of `text` as "YYYY-MM-DDTHH:MM" and its zone.
fn reading(body: &str, text: &str) -> Option<(String, Option<String>)> {
    find(body, text)
        .wall
        .map(|w| (w.at.format("%Y-%m-%dT%H:%M").to_string(), w.zone))
}

#[test]
fn a_clock_with_no_zone_keeps_its_reading() {
    let body = "The weir gates at Tamsk were opened at 4.05 p.m. on Tuesday.";
    assert!(!find(body, "4.05 p.m.").value.is_resolved());
    assert_eq!(
        reading(body, "4.05 p.m."),
        Some(("2026-05-05T16:05".to_owned(), None))
    );
}

#[test]
fn a_zone_no_table_knows_is_named() {
    let body = "The gates were opened at 7:35 p.m. Velmark time.";
    assert_eq!(
        reading(body, "7:35 p.m. Velmark time"),
        Some(("2026-05-08T19:35".to_owned(), Some("Velmark".to_owned())))
    );
    // The name may follow the clock's day.
    let body = "The gates were opened at 3:15 a.m. on Saturday, Port Velmark time.";
    assert_eq!(
        reading(body, "3:15 a.m."),
        Some((
            "2026-05-02T03:15".to_owned(),
            Some("Port Velmark".to_owned())
        ))
    );
}

#[test]
fn an_instant_or_an_open_half_of_the_day_has_no_reading() {
    let body = "The gates were opened at 1405 GMT on Tuesday.";
    let t = find(body, "1405 GMT");
    assert!(matches!(t.value, TimeValue::Instant(_)));
    assert_eq!(t.wall, None);
    // "twenty to six" leaves morning or evening open.
    let body = "The gates were opened at twenty to six on Tuesday.";
    assert_eq!(reading(body, "twenty to six"), None);
}

/// A zone no table knows, fixed by the report: the same instant in GMT
/// later in the sentence gives its offset, for every clock of that zone.
#[test]
fn a_named_zone_is_fixed_by_its_gmt_instant() {
    let body = "The ban took effect at 00:00 on Thursday, Velmark time (21:00 GMT on Wednesday). \
Lorries crossed at 06:00 Velmark time on Friday.";
    let instant = |text: &str| match find(body, text).value {
        TimeValue::Instant(t) => t.to_rfc3339(),
        other => format!("{other:?}"),
    };
    assert_eq!(instant("00:00"), "2026-05-07T00:00:00+03:00");
    assert_eq!(instant("06:00 Velmark time"), "2026-05-08T06:00:00+03:00");
    // The report's own local time does not reach a clock of another zone.
    let body = "Tests came back at 21:30 local time (19:30 GMT). \
The ban took effect at 00:00 on Thursday, Velmark time (21:00 GMT on Wednesday).";
    assert_eq!(
        match find(body, "00:00").value {
            TimeValue::Instant(t) => t.offset().local_minus_utc(),
            _ => 0,
        },
        3 * 3600
    );
}

/// "local time" fixed by the same instant later in the sentence: in GMT,
/// or "here" in the zone the report declares.
#[test]
fn local_time_is_fixed_by_a_later_instant() {
    let offset = |body: &str, text: &str| match find(body, text).value {
        TimeValue::Instant(t) => t.offset().local_minus_utc() / 60,
        other => panic!("{text}: {other:?}"),
    };
    let body = "The swimmer entered the water at 23:10 local time on Tuesday (22:10 GMT).";
    assert_eq!(offset(body, "23:10 local time"), 60);
    let body = "All times are Velmark time (GMT+1)\n\nThe last flight left Tamsk at 11:40 local time (08:40 here) with 212 passengers.";
    assert_eq!(offset(body, "11:40 local time"), 240);
}

/// A clock with no day of its own takes the day its report's lead tells,
/// though the lead has a dash in it: a dash ends a dateline only after a
/// place in capitals ("TAMSK – …").
#[test]
fn a_dash_in_the_lead_is_no_dateline() {
    let body = "A MASKED man hijacked the evening news last night – and viewers were stuck \
                with him.\n\nHe burst onto screens at 9.12pm, just as the newsreader began.";
    assert_eq!(
        reading(body, "9.12pm"),
        Some(("2026-05-07T21:12".to_owned(), None))
    );
    let body = "TAMSK – The weir opened on Tuesday, the agency said.\n\nIt was shut again at \
                4.05pm.";
    assert_eq!(
        reading(body, "4.05pm"),
        Some(("2026-05-05T16:05".to_owned(), None))
    );
}

#[test]
fn a_zoned_clock_dated_by_a_local_day_takes_the_date_that_fits() {
    // Friday 8 May 2026: the early hours of a local Thursday cannot be
    // Thursday's 23:40 GMT anywhere; Wednesday's 23:40 GMT can.
    let body = "The first guests fell ill at 2340 GMT, in the early hours of Thursday local time.";
    let clock = find(body, "2340 GMT");
    let want = chrono::DateTime::parse_from_rfc3339("2026-05-06T23:40:00+00:00")
        .map(TimeValue::Instant)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(clock.value, want);
    // With no part of the day, Thursday's 23:40 GMT can be a local
    // Thursday (west of Greenwich): the day is kept.
    let body = "The first guests fell ill at 2340 GMT on Thursday local time.";
    let clock = find(body, "2340 GMT");
    let want = chrono::DateTime::parse_from_rfc3339("2026-05-07T23:40:00+00:00")
        .map(TimeValue::Instant)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(clock.value, want);
}
