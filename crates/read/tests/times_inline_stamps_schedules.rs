//! Time rules on invented text: a live report's entry stamps written on the
//! line of their entry with no zone anywhere, and a bare weekday told in the
//! present simple of a scheduled act.

use chrono::{DateTime, NaiveDate};
use crosscheck_read::{times, TimeValue, UnresolvedReason};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("test date")
}

/// Wednesday 29 October 2025.
fn anchor() -> Option<NaiveDate> {
    Some(d(2025, 10, 29))
}

/// The value of the expression whose text is `text`, if read.
fn value_at(body: &str, text: &str) -> Option<TimeValue> {
    times(body, anchor())
        .into_iter()
        .find(|t| t.text == text)
        .map(|t| t.value)
}

/// The value of the weekday (with or without its "on") in `body`.
fn weekday(body: &str) -> TimeValue {
    times(body, anchor())
        .into_iter()
        .find(|t| t.text.contains("day"))
        .map(|t| t.value)
        .unwrap_or_else(|| panic!("no weekday in {body:?}"))
}

/// A live report whose entries open with a bare stamp and a dash ("14:05 –
/// The ferry …") and that gives no zone: each stamp is a clock of no known
/// instant, never a guess. With a declared zone the same stamps are
/// instants of the publication day. One such line alone is no live report.
#[test]
fn inline_stamps_without_a_zone_are_clocks_of_no_known_instant() {
    let body = "14:05 – The ferry company cancels the afternoon sailing to Orrin Holm.\n\n\
                14:30 - Passengers are queueing at the harbour office.\n\n\
                15:10 – The company says the first boat leaves at 07:30 on Thursday.";
    let no_zone = TimeValue::Unresolved {
        reason: UnresolvedReason::NoTimeZone,
    };
    for stamp in ["14:05", "14:30", "15:10"] {
        assert_eq!(value_at(body, stamp), Some(no_zone), "{stamp}");
    }
    let zoned = format!("All times Dunmarrow (UTC+3)\n\n{body}");
    let instant = |s: &str| TimeValue::Instant(DateTime::parse_from_rfc3339(s).expect("instant"));
    assert_eq!(
        value_at(&zoned, "14:30"),
        Some(instant("2025-10-29T14:30:00+03:00"))
    );
    // One dashed clock opening an ordinary report is not read.
    let body = "14:05 – The ferry company cancelled the sailing on Tuesday.";
    assert_eq!(value_at(body, "14:05"), None);
}

/// A bare weekday after "on" in a present-simple clause of a scheduled act
/// is still to come; the past tense, a noun ("the vote on Friday") and a
/// headline (no full stop: headlines tell the past in the present) stay
/// past.
#[test]
fn a_scheduled_act_in_the_present_simple_looks_forward() {
    // Anchor Wednesday 29 October 2025: Friday 31 October, Monday 3 November.
    assert_eq!(
        weekday("The tribunal sits on Friday."),
        TimeValue::Date(d(2025, 10, 31))
    );
    assert_eq!(
        weekday("Pensioners receive the first payment on Monday, the ministry says."),
        TimeValue::Date(d(2025, 11, 3))
    );
    assert_eq!(
        weekday("The final hearing is on Friday."),
        TimeValue::Date(d(2025, 10, 31))
    );
    // Acts of a parliament's or a court's calendar.
    for body in [
        "The minister answers questions in parliament on Friday.",
        "The director speaks to the committee on Friday.",
    ] {
        assert_eq!(weekday(body), TimeValue::Date(d(2025, 10, 31)), "{body}");
    }
    // Past, noun, headline.
    for body in [
        "The tribunal sat on Friday.",
        "Pensioners received the first payment on Friday.",
        "The vote on Friday settles nothing.",
        "Tribunal sits on Friday to hear the appeal",
        "The ministry had the payment ready on Friday.",
    ] {
        assert_eq!(weekday(body), TimeValue::Date(d(2025, 10, 24)), "{body}");
    }
}
