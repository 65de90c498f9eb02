//! Time rules added after read-heldout10's first run, on invented text:
//! live entries stamped in brackets, forecasts and present conditions that
//! point a bare weekday forward, and a count "from" an event.

use chrono::{DateTime, NaiveDate};
use crosscheck_read::{times, TimeValue, UnresolvedReason};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("test date")
}

/// Wednesday 29 October 2025.
fn anchor() -> Option<NaiveDate> {
    Some(d(2025, 10, 29))
}

/// The value of the expression that `text` is part of, or that is part of
/// `text` ("on Thursday" may be read as "Thursday").
fn value_of(body: &str, text: &str) -> TimeValue {
    times(body, anchor())
        .into_iter()
        .find(|t| text.contains(t.text.as_str()) || t.text.contains(text))
        .map(|t| t.value)
        .unwrap_or_else(|| panic!("no {text:?} in {body:?}"))
}

/// Entries stamped "[HH:MM zone]" at the start of their paragraph are a
/// live report's: each is of the day the report is published, whatever day
/// the entry tells of. A bracketed clock inside a sentence is no stamp.
#[test]
fn bracketed_stamps_are_of_the_publication_day() {
    let body = "[08:45 CET] The last of the crew came ashore last Sunday.\n\n\
                [09:20 CET] The harbour master speaks at 10:00 CET.";
    let instant = |s: &str| TimeValue::Instant(DateTime::parse_from_rfc3339(s).expect("instant"));
    assert_eq!(
        value_of(body, "08:45 CET"),
        instant("2025-10-29T08:45:00+01:00")
    );
    assert_eq!(
        value_of(body, "09:20 CET"),
        instant("2025-10-29T09:20:00+01:00")
    );
    // One bracketed clock mid-paragraph is no live report: it takes the day
    // of its sentence.
    let body = "The crew came ashore on Sunday (at 08:45 CET) after a long night.";
    assert_eq!(
        value_of(body, "08:45 CET"),
        instant("2025-10-26T08:45:00+01:00")
    );
}

/// A forecast in the present ("is expected on", "are likely on") and a
/// condition in the present ("If it rains on Saturday") point a bare
/// weekday forward; their past forms stay behind.
#[test]
fn forecasts_and_present_conditions_look_forward() {
    // Anchor Wednesday 29 October 2025: Thursday 30, Saturday 1 November.
    assert_eq!(
        value_of(
            "More snow is expected on Thursday, forecasters said.",
            "on Thursday"
        ),
        TimeValue::Date(d(2025, 10, 30))
    );
    assert_eq!(
        value_of(
            "Gales are likely on Saturday afternoon.",
            "on Saturday afternoon"
        ),
        TimeValue::Date(d(2025, 11, 1))
    );
    assert_eq!(
        value_of(
            "\"If it snows on Saturday, the pass closes again,\" he said.",
            "on Saturday"
        ),
        TimeValue::Date(d(2025, 11, 1))
    );
    // Past forms: a forecast that was made, a condition that was met.
    assert_eq!(
        value_of("Snow was expected on Saturday.", "on Saturday"),
        TimeValue::Date(d(2025, 10, 25))
    );
    assert_eq!(
        value_of("If it snowed on Saturday, nobody noticed.", "on Saturday"),
        TimeValue::Date(d(2025, 10, 25))
    );
    // A past perfect after the cue is past; the cue's own ("will have had")
    // is not.
    let body =
        "The mayor said the town would not pay and that she had told the minister so on Monday.";
    assert_eq!(
        value_of(body, "on Monday"),
        TimeValue::Date(d(2025, 10, 27))
    );
    let body = "The pumps will have had a full test run on Monday.";
    assert_eq!(value_of(body, "on Monday"), TimeValue::Date(d(2025, 11, 3)));
    // "is planned" looks forward; a day set off after an aside shares the
    // verb before it, but a clause with a verb of its own keeps its own.
    let body = "Another attempt is planned for the tide on Thursday.";
    assert_eq!(
        value_of(body, "on Thursday"),
        TimeValue::Date(d(2025, 10, 30))
    );
    let body = "The findings will be presented in Harl, the capital, on Friday.";
    assert_eq!(
        value_of(body, "on Friday"),
        TimeValue::Date(d(2025, 10, 31))
    );
    let body = "Schools will stay shut on Friday, the mayor, Ida Venn, said on Sunday evening.";
    assert_eq!(
        value_of(body, "on Sunday evening"),
        TimeValue::Date(d(2025, 10, 26))
    );
}

/// "two weeks from the vote" is counted from the vote like "two weeks after
/// the vote".
#[test]
fn a_count_from_an_event_is_after_it() {
    // Anchor Wed 29 Oct 2025: the vote is on Thursday 30 Oct.
    let body = "Members will vote on the deal on Thursday, and the union has two weeks from \
                the vote to appeal.";
    assert_eq!(
        value_of(body, "two weeks from the vote"),
        TimeValue::Date(d(2025, 11, 13))
    );
}

/// A clock written with no zone is in the zone the report declares ("All
/// times CET"), or in its local time once a bracket has fixed it, where a
/// clock is expected: a live entry's stamp, or after "at", "after",
/// "until" ... A bare "2:30" elsewhere (a score), or any bare clock in a
/// report that gives no zone, is no time.
#[test]
fn clocks_without_a_zone_take_the_report_zone() {
    let instant = |s: &str| TimeValue::Instant(DateTime::parse_from_rfc3339(s).expect("instant"));
    let body = "All times CET\n\n09:05\nThe inquiry opens at 10:00 in Harrowgate.\n\n\
                10:12\nThe warning reached the office at 04:41 on 21 October.";
    assert_eq!(
        value_of(body, "09:05"),
        instant("2025-10-29T09:05:00+01:00")
    );
    assert_eq!(
        value_of(body, "10:12"),
        instant("2025-10-29T10:12:00+01:00")
    );
    assert_eq!(
        value_of(body, "10:00"),
        instant("2025-10-29T10:00:00+01:00")
    );
    assert_eq!(
        value_of(body, "04:41"),
        instant("2025-10-21T04:41:00+01:00")
    );
    let body = "The balloon lifted off at 05:50 local time (03:50 GMT) on Monday. \
                Its last call came at 07:12, and the crew lost sight of it shortly after 07:00.";
    assert_eq!(
        value_of(body, "07:12"),
        instant("2025-10-27T07:12:00+02:00")
    );
    assert_eq!(
        value_of(body, "07:00"),
        instant("2025-10-27T07:00:00+02:00")
    );
    // A country's time with its offset in brackets.
    let body = "All times Merrovian (UTC+1)\n\n09:05\nThe committee sits at 10:30.";
    assert_eq!(
        value_of(body, "09:05"),
        instant("2025-10-29T09:05:00+01:00")
    );
    assert_eq!(
        value_of(body, "10:30"),
        instant("2025-10-29T10:30:00+01:00")
    );
    // A town's time, named in words before its offset.
    let body = "Times are Pellmouth time (UTC+1)\n\n09:05\nThe committee sits at 10:30.";
    assert_eq!(
        value_of(body, "09:05"),
        instant("2025-10-29T09:05:00+01:00")
    );
    // Stamps written with a dot, and a dotted clock where one is expected
    // with its equivalent in brackets; a dotted number elsewhere is none.
    let body = "All times are Pellmouth time (GMT+1)\n\n09.12\nThe hearing opens at 10.00 \
                (12.00 in Arna). Rates stood at 4.25 percent.";
    assert_eq!(
        value_of(body, "09.12"),
        instant("2025-10-29T09:12:00+01:00")
    );
    assert_eq!(
        value_of(body, "10.00"),
        instant("2025-10-29T10:00:00+01:00")
    );
    assert!(times(body, anchor()).iter().all(|t| t.text != "4.25"));
    // A day after a later clock told with its own "at" is that clock's,
    // not the earlier one's; an equivalent in another zone is no other clock.
    let body = "The board cancelled it at 06:15 local time (05:15 GMT), once the photos, \
                first posted at 22:40 on Sunday, were confirmed.";
    assert_eq!(
        value_of(body, "06:15 local"),
        instant("2025-10-29T06:15:00+01:00")
    );
    assert_eq!(
        value_of(body, "22:40"),
        instant("2025-10-26T22:40:00+01:00")
    );
    let body = "He was the last out, at 18:40 CET (17:40 GMT) yesterday.";
    assert_eq!(
        value_of(body, "18:40 CET"),
        instant("2025-10-28T18:40:00+01:00")
    );
    // "at noon" is a clock where the zone is known.
    let body = "All times CET\n\nThe minister speaks at noon, and the polls close at eight.";
    assert_eq!(value_of(body, "noon"), instant("2025-10-29T12:00:00+01:00"));
    // Where no zone is known, a clock in words is one of no known instant.
    for (body, clock) in [
        ("The minister speaks at noon.", "noon"),
        ("The draw began at ten past nine.", "ten past nine"),
        (
            "They set off at half past five yesterday morning.",
            "half past five",
        ),
    ] {
        assert_eq!(
            value_of(body, clock),
            TimeValue::Unresolved {
                reason: UnresolvedReason::NoTimeZone
            },
            "{body}"
        );
    }
    // Where it is known, the half of the day must be written.
    let body = "All times CET\n\nThe draw began at ten past nine in the evening.";
    assert_eq!(
        value_of(body, "ten past nine"),
        instant("2025-10-29T21:10:00+01:00")
    );
    let body = "All times CET\n\nThe draw began at ten past nine.";
    assert!(times(body, anchor())
        .iter()
        .all(|t| t.text != "ten past nine"));
    // A clock with am/pm and no zone takes the declared zone too.
    let body = "All times GMT\n\n9.30am\nThe committee sits at 10am and the programme airs at 7pm.";
    assert_eq!(
        value_of(body, "9.30am"),
        instant("2025-10-29T09:30:00+00:00")
    );
    assert_eq!(value_of(body, "10am"), instant("2025-10-29T10:00:00+00:00"));
    assert_eq!(value_of(body, "7pm"), instant("2025-10-29T19:00:00+00:00"));
    // No zone anywhere: a bare clock where a clock is expected ("at 07:12")
    // is a clock of no known zone; one where none is ("2:30 down") is no
    // time.
    let body = "Its last call came at 07:12 on Monday, and the match ended 2:30 down.";
    assert_eq!(
        value_of(body, "07:12"),
        TimeValue::Unresolved {
            reason: UnresolvedReason::NoTimeZone
        }
    );
    assert!(times(body, anchor())
        .iter()
        .all(|t| !t.text.contains("2:30")));
    // A zone, but a bare clock where none is expected (a score): no time.
    let body = "All times CET\n\nThe visitors led 10:30 at the break, the referee said at 16:00.";
    let found = times(body, anchor());
    assert!(
        found.iter().all(|t| !t.text.contains("10:30")),
        "{found:#?}"
    );
    assert!(found.iter().any(|t| t.text.contains("16:00")));
}
