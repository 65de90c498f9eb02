//! Time rules added after the held-out corpus's first run, on invented text:
//! months after "by/until/since/…", a clock written with a dot, and which
//! way a bare weekday points when a future cue and a past verb meet.

use chrono::NaiveDate;
use crosscheck_read::{times, Granularity, TimeExpr, TimeValue};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("test date")
}

/// Wednesday 29 October 2025.
fn anchor() -> Option<NaiveDate> {
    Some(d(2025, 10, 29))
}

fn one(body: &str) -> TimeExpr {
    let found = times(body, anchor());
    assert_eq!(found.len(), 1, "{body:?} gave {found:?}");
    found.into_iter().next().expect("one expression")
}

fn month(y: i32, m: u32) -> TimeValue {
    let next = if m == 12 {
        d(y + 1, 1, 1)
    } else {
        d(y, m + 1, 1)
    };
    TimeValue::Range(d(y, m, 1), next.pred_opt().expect("a day before"))
}

#[test]
fn months_after_by_until_since() {
    let t = one("The pier must reopen by December, the mayor said.");
    assert!(t.text.ends_with("December"), "{t:?}");
    assert_eq!(t.value, month(2025, 12));
    assert_eq!(t.granularity, Granularity::Month);
    // No cue: the nearest such month, even if it is behind the anchor.
    assert_eq!(one("Nets were mended until August.").value, month(2025, 8));
    assert_eq!(
        one("The quay stays shut until January.").value,
        month(2026, 1)
    );
    // "since" looks back.
    assert_eq!(
        one("No ferry has sailed since November.").value,
        month(2024, 11)
    );
    // A future cue: the first such month from the anchor on.
    assert_eq!(
        one("The dock will stay closed until April.").value,
        month(2026, 4)
    );
}

#[test]
fn clock_with_a_dot_needs_am_pm_or_a_zone() {
    let found = times("The skipper rang at 7.15 p.m. to say so.", anchor());
    assert!(
        found.iter().any(|t| t.text.starts_with("7.15 p.m")),
        "{found:?}"
    );
    // A decimal number is not a clock.
    assert!(times("Prices rose 4.25 points.", anchor()).is_empty());
}

#[test]
fn weekday_before_a_future_when_clause() {
    let t = one("A coach leaves for the capital on Friday, when the minister is due to meet them.");
    assert_eq!(t.value, TimeValue::Date(d(2025, 10, 31)));
    // Without the cue, the weekday is past.
    let t = one("A coach left for the capital on Friday, when the minister met them.");
    assert_eq!(t.value, TimeValue::Date(d(2025, 10, 24)));
}

#[test]
fn past_participle_after_a_future_cue_makes_the_weekday_past() {
    let t = one("Dornia will free the sailors under a deal signed in Velm late on Monday.");
    assert_eq!(t.value, TimeValue::Date(d(2025, 10, 27)));
    // A passive future keeps its future.
    let t = one("The sailors will be released on Monday.");
    assert_eq!(t.value, TimeValue::Date(d(2025, 11, 3)));
}

#[test]
fn a_month_with_its_day_stays_a_date() {
    let t = one("No boat has landed since September 12.");
    assert_eq!(t.text, "September 12");
    assert_eq!(t.value, TimeValue::Date(d(2025, 9, 12)));
}

#[test]
fn an_aim_or_a_hope_points_a_weekday_forward() {
    let t = one("Fire crews hoped to contain the blaze by Friday.");
    assert_eq!(t.value, TimeValue::Date(d(2025, 10, 31)));
    let t = one("The ministry vowed to publish the list on Monday.");
    assert_eq!(t.value, TimeValue::Date(d(2025, 11, 3)));
    // A plain past keeps the past.
    let t = one("Fire crews contained the blaze by Friday.");
    assert_eq!(t.value, TimeValue::Date(d(2025, 10, 24)));
}

#[test]
fn a_weekday_at_the_earliest_or_in_a_with_clause_of_a_future_is_ahead() {
    let t = one("The gates stay locked until dawn on Monday at the earliest.");
    assert_eq!(t.value, TimeValue::Date(d(2025, 11, 3)));
    let found = times(
        "The east pier will reopen tomorrow, with the west pier following on Monday.",
        anchor(),
    );
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1].value, TimeValue::Date(d(2025, 11, 3)));
    // A "with" clause of a past sentence stays past.
    let found = times(
        "The east pier reopened yesterday, with the west pier following on Monday.",
        anchor(),
    );
    assert_eq!(found[1].value, TimeValue::Date(d(2025, 10, 27)));
}

fn instant(found: &[TimeExpr], text: &str) -> String {
    let t = found
        .iter()
        .find(|t| t.text == text)
        .unwrap_or_else(|| panic!("{text:?} not in {found:?}"));
    match t.value {
        TimeValue::Instant(at) => at.to_rfc3339(),
        other => panic!("{text:?} is {other:?}"),
    }
}

#[test]
fn a_clock_before_until_a_day_is_not_of_that_day() {
    let found = times(
        "The harbour closed at 02:00 CET and will stay shut until at least Friday.",
        anchor(),
    );
    assert_eq!(instant(&found, "02:00 CET"), "2025-10-29T02:00:00+01:00");
}

#[test]
fn a_clock_before_the_lead_event_s_clock_is_of_the_next_day() {
    // Published on Wednesday; the lead's event was late on Monday.
    let body = "The dyke broke late on Monday, at 23:10 CET, flooding the lower town.\n\n\
                The ferry stopped at 04:30 CET. Its last crossing had left at 23:50 CET.";
    let found = times(body, anchor());
    assert_eq!(instant(&found, "23:10 CET"), "2025-10-27T23:10:00+01:00");
    assert_eq!(instant(&found, "04:30 CET"), "2025-10-28T04:30:00+01:00");
    assert_eq!(instant(&found, "23:50 CET"), "2025-10-27T23:50:00+01:00");
    // Published on the day of the event itself: no day after to move to.
    let found = times(body, Some(d(2025, 10, 27)));
    assert_eq!(instant(&found, "04:30 CET"), "2025-10-27T04:30:00+01:00");
}

/// The lead's event is dated past the dateline (even one with an
/// abbreviated month) and past the day the report dates its own speaking
/// ("said on Wednesday that Tuesday's regatta …"): a clock with no day of
/// its own is of the event's day.
#[test]
fn a_clock_takes_the_lead_event_s_day_not_the_day_of_speaking() {
    let body = "ULMSTED, Galvoria, Oct. 29 (PWS) – Organisers said on Wednesday that \
                Tuesday's regatta had been sailed over a short course.\n\n\
                The race started at 09:00 UTC+2 and the winner finished at 11:30 UTC+2.";
    let found = times(body, anchor());
    assert_eq!(instant(&found, "09:00 UTC+2"), "2025-10-28T09:00:00+02:00");
    assert_eq!(instant(&found, "11:30 UTC+2"), "2025-10-28T11:30:00+02:00");
}

/// A clock whose sentence gives no day takes the day its paragraph told
/// last, not the lead's; a clause that looks ahead does not take a past day.
#[test]
fn a_clock_takes_the_day_its_paragraph_told_last() {
    // Published on Wednesday; the lead is Tuesday's, the paragraph Monday's.
    let body = "The regatta was abandoned on Tuesday, organisers said.\n\n\
                The first storm warning came on Monday. The harbour closed at 15:00 CET \
                and reopened at 19:12 CET.";
    let found = times(body, anchor());
    assert_eq!(instant(&found, "15:00 CET"), "2025-10-27T15:00:00+01:00");
    assert_eq!(instant(&found, "19:12 CET"), "2025-10-27T19:12:00+01:00");
    // A day of the paragraph before: the lead's day, as before.
    let body = "The regatta was abandoned on Tuesday, organisers said.\n\n\
                The first storm warning came on Monday.\n\nThe harbour closed at 15:00 CET.";
    let found = times(body, anchor());
    assert_eq!(instant(&found, "15:00 CET"), "2025-10-28T15:00:00+01:00");
    // A clause that looks ahead is not of the past day before it.
    let body = "The regatta was abandoned on Tuesday, organisers said.\n\n\
                The committee met on Monday. It will sit again at 10:00 CET.";
    let found = times(body, anchor());
    assert_ne!(instant(&found, "10:00 CET"), "2025-10-27T10:00:00+01:00");
}

/// A month and day told with a scheduled act in the present ("opens on 1
/// February") is still to come, as a weekday so told is; in the past, or
/// with no such verb, months ahead, it is the one before.
#[test]
fn a_scheduled_act_in_the_present_puts_a_month_day_ahead() {
    assert_eq!(
        one("The booking system opens on 1 February.").value,
        TimeValue::Date(d(2026, 2, 1))
    );
    assert_eq!(
        one("The booking system opened on 1 February.").value,
        TimeValue::Date(d(2025, 2, 1))
    );
}

/// "should", "may" and "might" before a verb look ahead, as "will" does
/// ("should pass closest to the Sun on Feb. 2"); their perfect ("may have
/// passed it on Feb. 2", "would have started on Feb. 2") looks back. A cue with a past participle
/// after it leaves "not before Monday" to say the day is still to come.
#[test]
fn a_modal_of_what_may_yet_be_looks_ahead() {
    assert_eq!(
        one("The comet should pass closest to the Sun on Feb. 2.").value,
        TimeValue::Date(d(2026, 2, 2))
    );
    assert_eq!(
        one("The comet may have passed closest to the Sun on Feb. 2.").value,
        TimeValue::Date(d(2025, 2, 2))
    );
    // A plan agreed or scheduled looks ahead as a promise does.
    assert_eq!(
        one("Game 8, scheduled for Friday, has been postponed.").value,
        TimeValue::Date(d(2025, 10, 31))
    );
    assert_eq!(
        one("The city has agreed to reopen the road before Monday.").value,
        TimeValue::Date(d(2025, 11, 3))
    );
    // "would have" is what would have been: it looks back too.
    assert_eq!(
        one("I would have started packing on Feb. 2, he said.").value,
        TimeValue::Date(d(2025, 2, 2))
    );
    let t =
        one("Walkers might be allowed back once the pier had been sampled, but not before Monday.");
    assert_eq!(t.value, TimeValue::Date(d(2025, 11, 3)));
}

/// A clock in brackets takes the day written in its brackets, not the one
/// just before them: "05:10 local time on Wednesday (19:10 GMT on Tuesday)".
#[test]
fn a_clock_in_brackets_takes_its_brackets_day() {
    let found = times(
        "She first saw it at 05:10 local time on Tuesday (19:10 GMT on Monday) from her garden.",
        anchor(),
    );
    assert_eq!(instant(&found, "19:10 GMT"), "2025-10-27T19:10:00+00:00");
}

/// A plan made in the past ("had promised to pay by 31 December") looks
/// ahead from then: the deadline is the nearest one, not the next.
#[test]
fn a_past_plan_does_not_look_ahead_from_the_report() {
    // Published 29 October 2025: the nearest 2 February is the one before.
    assert_eq!(
        one("The airline had promised to pay by 2 February and then asked for more time.").value,
        TimeValue::Date(d(2025, 2, 2))
    );
    assert_eq!(
        one("The airline has promised to pay by 2 February.").value,
        TimeValue::Date(d(2026, 2, 2))
    );
}

/// A possessive day before a clock dates what the clock tells ("tomorrow's
/// draw will go ahead at 20:30"); one after it dates its own thing.
#[test]
fn a_possessive_day_before_a_clock_is_its_day() {
    let found = times(
        "The board met on Monday.\n\nTomorrow's draw will go ahead at 20:30 CET as planned.",
        anchor(),
    );
    assert_eq!(instant(&found, "20:30 CET"), "2025-10-30T20:30:00+01:00");
    let found = times(
        "She speaks at 10:00 CET about last Tuesday's blackout.",
        anchor(),
    );
    assert_eq!(instant(&found, "10:00 CET"), "2025-10-29T10:00:00+01:00");
}
