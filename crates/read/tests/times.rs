//! Time expressions on invented text.

use chrono::{DateTime, NaiveDate};
use crosscheck_read::{times, Granularity, TimeExpr, TimeValue, UnresolvedReason};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("test date")
}

/// Wednesday 29 October 2025.
fn anchor() -> Option<NaiveDate> {
    Some(d(2025, 10, 29))
}

fn one(body: &str, anchor: Option<NaiveDate>) -> TimeExpr {
    let found = times(body, anchor);
    assert_eq!(found.len(), 1, "{body:?} gave {found:?}");
    let t = found.into_iter().next().expect("one expression");
    assert_eq!(t.slice(body), Some(t.text.as_str()));
    t
}

/// The value of the time expression written `text` among `found`.
fn value_of(found: &[TimeExpr], text: &str) -> TimeValue {
    found
        .iter()
        .find(|t| t.text == text)
        .map(|t| t.value)
        .expect("time")
}

/// An instant written in RFC 3339.
fn instant(s: &str) -> TimeValue {
    TimeValue::Instant(DateTime::parse_from_rfc3339(s).expect("instant"))
}

fn value(body: &str) -> TimeValue {
    one(body, anchor()).value
}

#[test]
fn weekdays() {
    let t = one("The envoy arrived on Thursday with aides.", anchor());
    assert_eq!(t.text, "Thursday");
    assert_eq!(t.value, TimeValue::Date(d(2025, 10, 23)));
    assert_eq!(t.granularity, Granularity::Day);
    // Same weekday as the anchor: that day.
    assert_eq!(
        value("Votes were counted on Wednesday."),
        TimeValue::Date(d(2025, 10, 29))
    );
    let t = one("Shelling resumed Tuesday night near the port.", anchor());
    assert_eq!(t.text, "Tuesday night");
    assert_eq!(t.value, TimeValue::Date(d(2025, 10, 28)));
    assert_eq!(t.granularity, Granularity::PartOfDay);
    let t = one("The deal was signed late Friday.", anchor());
    assert_eq!(t.text, "late Friday");
    assert_eq!(t.value, TimeValue::Date(d(2025, 10, 24)));
    assert_eq!(
        value("Talks resume next Monday."),
        TimeValue::Date(d(2025, 11, 3))
    );
    assert_eq!(
        value("It rained last Wednesday."),
        TimeValue::Date(d(2025, 10, 22))
    );
    assert_eq!(
        value("The panel will meet on Friday."),
        TimeValue::Date(d(2025, 10, 31))
    );
}

#[test]
fn relative_days() {
    assert_eq!(
        value("Prices fell today."),
        TimeValue::Date(d(2025, 10, 29))
    );
    assert_eq!(
        value("Prices fell yesterday."),
        TimeValue::Date(d(2025, 10, 28))
    );
    assert_eq!(
        value("Prices may fall tomorrow."),
        TimeValue::Date(d(2025, 10, 30))
    );
    let t = one("Sirens sounded last night.", anchor());
    assert_eq!(t.value, TimeValue::Date(d(2025, 10, 28)));
    assert_eq!(t.granularity, Granularity::PartOfDay);
}

#[test]
fn relative_periods() {
    let t = one("Ten ships docked last week.", anchor());
    assert_eq!(t.value, TimeValue::Range(d(2025, 10, 20), d(2025, 10, 26)));
    assert_eq!(t.granularity, Granularity::Week);
    assert_eq!(
        value("More ships dock this week."),
        TimeValue::Range(d(2025, 10, 27), d(2025, 11, 2))
    );
    let t = one("The fund was set up earlier this month.", anchor());
    assert_eq!(t.text, "earlier this month");
    // "Earlier" this month is before the report's own day.
    assert_eq!(t.value, TimeValue::Range(d(2025, 10, 1), d(2025, 10, 28)));
    assert_eq!(t.granularity, Granularity::Month);
    assert_eq!(
        value("Exports rose last month."),
        TimeValue::Range(d(2025, 9, 1), d(2025, 9, 30))
    );
    assert_eq!(
        value("Exports rose late last month."),
        TimeValue::Range(d(2025, 9, 21), d(2025, 9, 30))
    );
    assert_eq!(
        value("The mine closed three days ago."),
        TimeValue::Date(d(2025, 10, 26))
    );
}

#[test]
fn month_day_without_year() {
    let t = one("The ceasefire began on October 25 at dawn.", anchor());
    assert_eq!(t.text, "October 25");
    assert_eq!(t.value, TimeValue::Date(d(2025, 10, 25)));
    // Near a new year, the nearest year wins.
    let jan = Some(d(2026, 1, 3));
    assert_eq!(
        one("Polls closed on December 30.", jan).value,
        TimeValue::Date(d(2025, 12, 30))
    );
    assert_eq!(
        one("Polls close on 4 January.", Some(d(2025, 12, 28))).value,
        TimeValue::Date(d(2026, 1, 4))
    );
}

#[test]
fn explicit_dates_resolve_without_anchor() {
    for body in [
        "The summit opened on 29 October 2025 in the capital.",
        "The summit opened on October 29, 2025 in the capital.",
        "The summit opened on 2025-10-29 in the capital.",
        "The summit opened on Oct. 29, 2025 in the capital.",
        "The summit opened on 29.10.2025 in the capital.",
        "The summit opened on 29/10/2025 in the capital.",
        "The summit opened on 10/29/2025 in the capital.",
        // A month in Roman numerals.
        "The summit opened on 29.X.2025 in the capital.",
    ] {
        assert_eq!(
            one(body, None).value,
            TimeValue::Date(d(2025, 10, 29)),
            "{body}"
        );
    }
    // Slashes with both figures 12 or under: day or month first is a
    // guess, and no date is read.
    assert!(
        times("The summit opened on 05/06/2025 in the capital.", None)
            .iter()
            .all(|t| !t.text.contains("05/06")),
        "a guess"
    );
    let t = one("Elections are due in March 2026.", None);
    assert_eq!(t.text, "March 2026");
    assert_eq!(t.value, TimeValue::Range(d(2026, 3, 1), d(2026, 3, 31)));
    assert_eq!(t.granularity, Granularity::Month);
    assert_eq!(
        one("The law passed in 2019.", None).value,
        TimeValue::Range(d(2019, 1, 1), d(2019, 12, 31))
    );
    assert_eq!(
        one("It was dated 31 February 2025.", None).value,
        TimeValue::Unresolved {
            reason: UnresolvedReason::InvalidDate
        }
    );
}

#[test]
fn same_instant_in_three_zones_is_equal() {
    let body = "The blast was at 10:30 GMT. Witnesses put it at 15:30 PKT (UTC+5). \
                A wire said 05:30 EST.";
    let found = times(body, anchor());
    let instants: Vec<_> = found
        .iter()
        .filter_map(|t| match t.value {
            TimeValue::Instant(i) => Some(i),
            _ => None,
        })
        .collect();
    assert_eq!(instants.len(), 3, "{found:?}");
    assert_eq!(instants[0], instants[1]);
    assert_eq!(instants[1], instants[2]);
    let expected = DateTime::parse_from_rfc3339("2025-10-29T10:30:00Z").expect("rfc3339");
    assert_eq!(instants[0], expected);
    assert_eq!(found[1].text, "15:30 PKT (UTC+5)");
    assert!(found.iter().all(|t| t.granularity == Granularity::Minute));
}

#[test]
fn clock_time_takes_the_day_of_its_sentence() {
    let t = times("Fighting stopped at 1500 GMT on 2 November 2025.", None);
    assert_eq!(t.len(), 2, "{t:?}");
    let expected = DateTime::parse_from_rfc3339("2025-11-02T15:00:00Z").expect("rfc3339");
    assert_eq!(t[0].value, TimeValue::Instant(expected));
    let t = times("Yesterday at 9 a.m. IST the gates opened.", anchor());
    let expected = DateTime::parse_from_rfc3339("2025-10-28T09:00:00+05:30").expect("rfc3339");
    assert_eq!(t[1].value, TimeValue::Instant(expected));
}

#[test]
fn local_time_needs_a_zone() {
    let t = one("The curfew starts at 3 p.m. local time.", anchor());
    assert_eq!(t.text, "3 p.m. local time");
    assert_eq!(
        t.value,
        TimeValue::Unresolved {
            reason: UnresolvedReason::NoTimeZone
        }
    );
    let t = one("The curfew starts at 3 p.m. local time (UTC+3).", anchor());
    let expected = DateTime::parse_from_rfc3339("2025-10-29T12:00:00Z").expect("rfc3339");
    assert_eq!(t.value, TimeValue::Instant(expected));
    // A bare score is not a time.
    assert!(times("The match ended 2:1 and the final was 10:30.", anchor()).is_empty());
}

#[test]
fn relative_without_anchor_is_unresolved() {
    let body = "On Thursday, after talks yesterday and last week, and again earlier this month \
                and on October 25, it ended at 10:30 GMT.";
    let found = times(body, None);
    assert_eq!(found.len(), 6, "{found:?}");
    for t in &found {
        assert_eq!(
            t.value,
            TimeValue::Unresolved {
                reason: UnresolvedReason::NoAnchor
            },
            "{}",
            t.text
        );
        assert_eq!(
            UnresolvedReason::NoAnchor.to_string(),
            "no publication date to anchor"
        );
    }
}

#[test]
fn output_is_ordered_and_non_overlapping() {
    let body = "On October 25, 2025, and on Friday, and yesterday at 10:30 GMT, and in March 2026.";
    let found = times(body, anchor());
    let mut last = 0;
    for t in &found {
        assert!(t.start >= last);
        assert_eq!(&body[t.start..t.end], t.text);
        last = t.end;
    }
    assert_eq!(found[0].text, "October 25, 2025");
}

#[test]
fn odd_input_does_not_panic() {
    for body in [
        "",
        "...",
        "9999-99-99",
        "99 p.m. GMT+99",
        "Thursday".repeat(10).as_str(),
    ] {
        let _ = times(body, anchor());
        let _ = times(body, None);
    }
    let _ = times("x", Some(NaiveDate::MAX));
    let _ = times(
        "yesterday, last week, next year, 3 days ago, next Monday",
        Some(NaiveDate::MIN),
    );
    let _ = times(
        "tomorrow, next month, next year, December 31",
        Some(NaiveDate::MAX),
    );
    let long = "today at 10:30 GMT ".repeat(50_000);
    assert_eq!(times(&long, anchor()).len(), 100_000);
    let base = "On 29 October 2025 at 15:00 PKT (UTC+5), yesterday.";
    for (i, _) in base.char_indices() {
        for m in ["é", "東", "🦀", "\u{0301}"] {
            let mut s = String::from(base);
            s.insert_str(i, m);
            for t in times(&s, anchor()) {
                assert_eq!(t.slice(&s), Some(t.text.as_str()));
            }
        }
    }
}

#[test]
fn spans_back_antecedents_brackets_and_unquantified_times() {
    let a = d(2025, 10, 29);
    // Counted spans end the day before the report's day.
    let t = one("Talks went on for the last four days.", Some(a));
    assert_eq!(t.text, "the last four days");
    assert_eq!(t.value, TimeValue::Range(d(2025, 10, 25), d(2025, 10, 28)));
    // "That month" refers back to the time named before it.
    let found = times(
        "The deal was signed on 14 March 2024. Earlier that month, talks stalled.",
        Some(a),
    );
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1].text, "Earlier that month");
    assert_eq!(
        found[1].value,
        TimeValue::Range(d(2024, 3, 1), d(2024, 3, 13))
    );
    // With nothing before it, it stays unresolved, and says why.
    assert_eq!(
        value("Earlier that month, talks stalled."),
        TimeValue::Unresolved {
            reason: UnresolvedReason::NoAntecedent
        }
    );
    // A local clock with its UTC time in brackets is one instant.
    let found = times(
        "Troops left at 6 a.m. local time (04:00 GMT) on Tuesday.",
        Some(a),
    );
    let t = &found[0];
    assert_eq!(t.text, "6 a.m. local time (04:00 GMT)");
    let TimeValue::Instant(i) = t.value else {
        panic!("not an instant: {t:?}");
    };
    assert_eq!(i.naive_utc().to_string(), "2025-10-28 04:00:00");
    assert_eq!(i.offset().local_minus_utc(), 2 * 3600);
    // So is a place's time with its UTC time in brackets; without one, the
    // place's offset is unknown and no clock is read.
    let found = times(
        "The race started at 10:00 Pellish time (08:00 GMT) on Sunday.",
        Some(a),
    );
    let t = &found[0];
    assert_eq!(t.text, "10:00 Pellish time (08:00 GMT)");
    let TimeValue::Instant(i) = t.value else {
        panic!("not an instant: {t:?}");
    };
    assert_eq!(i.offset().local_minus_utc(), 2 * 3600);
    // With no bracket the zone's offset is unknown: no instant, only what
    // the clock reads and the zone's name.
    let found = times("The race started at 10:00 Pellish time.", Some(a));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(!found[0].value.is_resolved(), "{found:?}");
    let zone = found[0].wall.as_ref().and_then(|w| w.zone.as_deref());
    assert_eq!(zone, Some("Pellish"), "{found:?}");
    // A month and day with no year and no cue of what is to come, months
    // ahead of the report, is the one before it; a deadline is the nearest.
    let value_in = |text: &str, span: &str| {
        times(text, Some(a))
            .into_iter()
            .find(|t| t.text.contains(span))
            .map(|t| t.value)
    };
    assert_eq!(
        value_in("He approved the proof on May 14.", "May 14"),
        Some(TimeValue::Date(d(2025, 5, 14)))
    );
    assert_eq!(
        value_in(
            "She ordered new sensors for every museum by February 6.",
            "February 6"
        ),
        Some(TimeValue::Date(d(2026, 2, 6)))
    );
    assert_eq!(
        value_in("The new notes will be shipped by May 14.", "May 14"),
        Some(TimeValue::Date(d(2026, 5, 14)))
    );
    // Vague lengths and undated events are recognised, never given a value.
    assert_eq!(
        value("The border has been closed for years."),
        TimeValue::Unresolved {
            reason: UnresolvedReason::Vague
        }
    );
    let t = one(
        "Ever since the fall of the old regime, trade has shrunk.",
        Some(a),
    );
    assert_eq!(t.text, "Ever since the fall of the old regime");
    assert_eq!(
        t.value,
        TimeValue::Unresolved {
            reason: UnresolvedReason::UndatedEvent
        }
    );
    // "Would" points forward from the report's day; "this morning" is today.
    assert_eq!(
        value("The ministry said the minister would visit on Friday."),
        TimeValue::Date(d(2025, 10, 31))
    );
    assert_eq!(value("He left this morning."), TimeValue::Date(a));
}

#[test]
fn a_weekday_before_its_date_is_one_expression() {
    let t = one(
        "Published Monday, 3 March 2025, in the evening edition.",
        anchor(),
    );
    assert_eq!(t.text, "Monday, 3 March 2025");
    assert_eq!(t.value, TimeValue::Date(d(2025, 3, 3)));
    let t = one(
        "The vote was held on Friday March 7, 2025 in Ostrava.",
        anchor(),
    );
    assert_eq!(t.text, "Friday March 7, 2025");
    // A weekday that is not its date's stays apart: both readings are shown.
    let found = times("Tuesday, 3 March 2025", anchor());
    assert_eq!(found.len(), 2, "{found:?}");
}

#[test]
fn a_month_of_a_year_named_relative_to_the_anchor() {
    assert_eq!(
        value("Hotels were full in May last year."),
        TimeValue::Range(d(2024, 5, 1), d(2024, 5, 31))
    );
    assert_eq!(
        value("Bookings for December have fallen."),
        TimeValue::Range(d(2025, 12, 1), d(2025, 12, 31))
    );
}

#[test]
fn a_month_named_without_a_year() {
    // The anchor is Wednesday 29 October 2025.
    let month = |y, m, last| TimeValue::Range(d(y, m, 1), d(y, m, last));
    assert_eq!(
        value("The flow fell sharply last August."),
        month(2025, 8, 31)
    );
    assert_eq!(value("It had peaked last November."), month(2024, 11, 30));
    assert_eq!(value("Talks resume next January."), month(2026, 1, 31));
    assert_eq!(value("A vote is due in December."), month(2025, 12, 31));
    assert_eq!(value("The deal expired in March."), month(2025, 3, 31));
    assert_eq!(value("The deal will expire in March."), month(2026, 3, 31));
    assert_eq!(value("Rains came in December."), month(2024, 12, 31));
    // "may" the verb is no month.
    assert!(times("They may meet again.", anchor()).is_empty());
}

#[test]
fn deadlines_and_period_edges_look_forward() {
    // Anchor: Wednesday 29 October 2025.
    assert_eq!(
        value("The company must file its report by Friday, the ministry said."),
        TimeValue::Date(d(2025, 10, 31))
    );
    assert_eq!(
        value("Residents demanded hourly readings by Monday."),
        TimeValue::Date(d(2025, 11, 3))
    );
    assert_eq!(
        value("The road remains closed until Saturday."),
        TimeValue::Date(d(2025, 11, 1))
    );
    // No obligation, demand or lasting state: past.
    assert_eq!(
        value("By Monday the fire was out."),
        TimeValue::Date(d(2025, 10, 27))
    );
    assert_eq!(
        value("It was closed by Monday."),
        TimeValue::Date(d(2025, 10, 27))
    );
    assert_eq!(
        value("I cannot promise a normal day before Thursday."),
        TimeValue::Date(d(2025, 10, 30))
    );
    let found = times(
        "The union extended the strike late on Tuesday until Sunday.",
        anchor(),
    );
    let sunday = found.iter().find(|t| t.text == "Sunday").expect("Sunday");
    assert_eq!(sunday.value, TimeValue::Date(d(2025, 11, 2)));
    assert_eq!(
        value("Walkers might be allowed back, but not before Monday."),
        TimeValue::Date(d(2025, 11, 3))
    );
    assert_eq!(
        value("The museum will reopen by the end of April."),
        TimeValue::Date(d(2026, 4, 30))
    );
    assert_eq!(
        value("The ministry expects a written reply by Monday."),
        TimeValue::Date(d(2025, 11, 3))
    );
    let t = one("Tests will go on until the end of the month.", anchor());
    assert_eq!(t.value, TimeValue::Date(d(2025, 10, 31)));
    assert_eq!(
        value("A review is due by the end of next week."),
        TimeValue::Date(d(2025, 11, 9))
    );
    // Without a deadline word, the edge is a part of the period.
    assert_eq!(
        value("Work stopped at the start of last month."),
        TimeValue::Range(d(2025, 9, 1), d(2025, 9, 10))
    );
    assert_eq!(
        value("Work will resume from the start of next month."),
        TimeValue::Date(d(2025, 11, 1))
    );
}

#[test]
fn times_counted_from_an_event_the_report_dates() {
    let body = "Families went home on Sunday, six days after the fire. \
                Crews had reached the hall the day after the fire.";
    // Anchor Wed 29 Oct 2025: Sunday is 26 Oct, the fire 20 Oct.
    let found = times(body, anchor());
    let day_after = found
        .iter()
        .find(|t| t.text == "the day after the fire")
        .expect("the day after the fire is read");
    assert_eq!(day_after.value, TimeValue::Date(d(2025, 10, 21)));
    // An event the report never dates stays unresolved, with its reason.
    let t = one("Talks resumed a week after the summit.", anchor());
    assert_eq!(
        t.value,
        TimeValue::Unresolved {
            reason: UnresolvedReason::UndatedEvent
        }
    );
}

#[test]
fn an_event_dated_by_the_day_after_its_word() {
    // Anchor Wed 29 Oct 2025: the vote is on Thursday 30 Oct.
    let body = "Members will vote on the deal on Thursday, and flights should return two days after the vote.";
    let found = times(body, anchor());
    let after = found
        .iter()
        .find(|t| t.text == "two days after the vote")
        .expect("counted from the vote");
    assert_eq!(after.value, TimeValue::Date(d(2025, 11, 1)));
}

#[test]
fn a_clock_with_no_day_of_its_own_takes_the_leads_day() {
    let body = "ULMSTED, Galvoria, October 29 (PWS) – The bridge was closed on Monday, \
officials said on Tuesday.\n\nIt was shut at 09:00 UTC+2, engineers said.";
    let found = times(body, anchor());
    let clock = found
        .iter()
        .find(|t| t.text.starts_with("09:00"))
        .expect("clock");
    let monday = DateTime::parse_from_rfc3339("2025-10-27T09:00:00+02:00").expect("instant");
    assert_eq!(clock.value, TimeValue::Instant(monday));
}

/// A live report's entry stamps are of the day it is published, and a clock
/// with no day of its own in an entry too, whatever day the entry tells of.
#[test]
fn live_entry_stamps_are_of_the_publication_day() {
    let body = "09:05 CET - The tribunal ruled late on Tuesday that the count was lawful.\n\n\
                11:40 CET - The board will announce the figures at 18:00 CET.";
    let found = times(body, anchor());
    let at = |text: &str| value_of(&found, text);
    assert_eq!(at("09:05 CET"), instant("2025-10-29T09:05:00+01:00"));
    assert_eq!(at("18:00 CET"), instant("2025-10-29T18:00:00+01:00"));
    assert_eq!(at("Tuesday"), TimeValue::Date(d(2025, 10, 28)));
    // One stamp is not a live report: the clock takes the lead's day.
    let body = "09:05 CET - The tribunal ruled late on Tuesday.\n\nThe board met at 18:00 CET.";
    let clock = times(body, anchor())
        .into_iter()
        .find(|t| t.text == "18:00 CET")
        .expect("clock");
    assert_eq!(clock.value, instant("2025-10-28T18:00:00+01:00"));
}

/// A stamp written alone on its line above the entry is a live entry's
/// stamp too, of the publication day, though the entry before names
/// another day.
#[test]
fn stamps_on_lines_of_their_own_are_of_the_publication_day() {
    let body =
        "08:40 CET\nThe hearing opens at 11:00 CET in Lowmark, where the cat has been home since \
                last Thursday.\n\n11:02 CET\nThe chair opens the hearing.";
    let found = times(body, anchor());
    let at = |text: &str| value_of(&found, text);
    assert_eq!(at("08:40 CET"), instant("2025-10-29T08:40:00+01:00"));
    assert_eq!(at("11:02 CET"), instant("2025-10-29T11:02:00+01:00"));
    // The hearing's clock is not of the day the cat came home.
    assert_eq!(at("11:00 CET"), instant("2025-10-29T11:00:00+01:00"));
    // A clock alone on a line of an ordinary report stays a clock of its
    // lead's day.
    let body = "The ferry sank on Tuesday.\n\nIt left at\n18:00 CET";
    let clock = times(body, anchor())
        .into_iter()
        .find(|t| t.text == "18:00 CET")
        .expect("clock");
    assert_eq!(clock.value, instant("2025-10-28T18:00:00+01:00"));
}

/// A deadline that stands, and a scheduled act in the present tense, look
/// forward.
#[test]
fn standing_deadlines_and_scheduled_present_look_forward() {
    // Anchor Wednesday 29 October 2025.
    let tuesday = times("The counters' deadline is 6 p.m. on Tuesday.", anchor())
        .into_iter()
        .find(|t| t.text.contains("Tuesday"))
        .expect("weekday");
    assert_eq!(tuesday.value, TimeValue::Date(d(2025, 11, 4)));
    assert_eq!(
        value("His lawyers go before the tribunal on Monday."),
        TimeValue::Date(d(2025, 11, 3))
    );
    // A past deadline stays past.
    assert_eq!(
        value("The deadline expired on Monday."),
        TimeValue::Date(d(2025, 10, 27))
    );
}

/// A deadline told with its clock ("until noon on Friday", "until 12:00 on
/// Friday") and one told in reported speech ("had until Friday") look
/// forward.
#[test]
fn deadlines_with_a_clock_and_in_reported_speech_look_forward() {
    // Anchor Wednesday 29 October 2025: the Friday to come is 31 October.
    let friday = TimeValue::Date(d(2025, 10, 31));
    for body in [
        "The watchdog has given the retailer until noon on Friday to answer.",
        "The watchdog has given the retailer until 12:00 on Friday to answer.",
        "Its director told reporters the company had until Friday to explain itself.",
    ] {
        let found = times(body, anchor());
        assert_eq!(value_of(&found, "Friday"), friday, "{body}");
    }
}

/// The present progressive with a time tells an arrangement still to come
/// ("is replanting … in December", "are flying … on Friday"); a past form
/// after it keeps its own day in the past.
#[test]
fn the_present_progressive_with_a_time_looks_forward() {
    // Anchor Wednesday 29 October 2025.
    let found = times("The grower is replanting 340 trees in December.", anchor());
    assert_eq!(
        value_of(&found, "in December"),
        TimeValue::Range(d(2025, 12, 1), d(2025, 12, 31))
    );
    let found = times("The envoys are flying to Tamsk on Friday.", anchor());
    assert_eq!(value_of(&found, "Friday"), TimeValue::Date(d(2025, 10, 31)));
    let found = times("He is replanting the trees he lost on Friday.", anchor());
    assert_eq!(value_of(&found, "Friday"), TimeValue::Date(d(2025, 10, 24)));
}

/// Entries stamped with a bar are a live report's too; a possessive day
/// dates a thing, not a clock in its sentence; a date never runs across a
/// paragraph break.
#[test]
fn bar_stamps_possessive_days_and_paragraph_breaks() {
    let body = "08:30 CET | The panel questions the port's chief from 10:00 CET about \
                last Monday's strike.\n\n09:10 CET | The union says pay talks resume on 14 \
                November.\n\n11 dockers were arrested, police said.";
    let found = times(body, anchor());
    let at = |text: &str| found.iter().find(|t| t.text == text).map(|t| t.value);
    assert_eq!(at("09:10 CET"), Some(instant("2025-10-29T09:10:00+01:00")));
    assert_eq!(at("10:00 CET"), Some(instant("2025-10-29T10:00:00+01:00")));
    assert_eq!(at("14 November"), Some(TimeValue::Date(d(2025, 11, 14))));
    assert!(
        found.iter().all(|t| !t.text.contains('\n')),
        "a date across a paragraph break: {found:?}"
    );
    // A full month name with a dot ends its sentence.
    let found = times(
        "The strike began in October. 11 dockers were held.",
        anchor(),
    );
    assert!(found.iter().all(|t| !t.text.contains("11")), "{found:?}");
}

/// "last Tuesday" is the Tuesday of the week before the one the report is
/// written in (said on a Wednesday, not the day before: that is
/// "yesterday"; "last Monday" said on a Wednesday is not two days back:
/// that is "on Monday"); "next Thursday" skips the day after likewise.
#[test]
fn last_and_next_weekday_skip_the_adjacent_day() {
    assert_eq!(
        value("The pylon fell last Tuesday."),
        TimeValue::Date(d(2025, 10, 21))
    );
    assert_eq!(
        value("The pylon fell last Monday."),
        TimeValue::Date(d(2025, 10, 20))
    );
    // Said on a Thursday: nine days back.
    assert_eq!(
        one("The pylon fell last Tuesday.", Some(d(2025, 10, 30))).value,
        TimeValue::Date(d(2025, 10, 21))
    );
    assert_eq!(
        value("The inquiry opens next Thursday."),
        TimeValue::Date(d(2025, 11, 6))
    );
    assert_eq!(
        value("The inquiry opens next Friday."),
        TimeValue::Date(d(2025, 10, 31))
    );
}

/// A report fixes its local time once with a bracket; its other "local
/// time" clocks take that offset.
#[test]
fn local_time_fixed_once_holds_for_the_report() {
    let body = "The dam gate opened at 17:10 local time (15:10 GMT) on Monday.\n\n\
                The last family was out by 23:30 local time.";
    let found = times(body, anchor());
    let late = found
        .iter()
        .find(|t| t.text == "23:30 local time")
        .expect("clock");
    let expected = DateTime::parse_from_rfc3339("2025-10-27T23:30:00+02:00").expect("instant");
    assert_eq!(late.value, TimeValue::Instant(expected));
    // Two brackets that disagree fix nothing.
    let body = "It opened at 17:10 local time (15:10 GMT), closed at 18:00 local time \
                (17:00 GMT) and reopened at 20:00 local time.";
    let last = times(body, anchor())
        .into_iter()
        .find(|t| t.text == "20:00 local time")
        .expect("clock");
    assert_eq!(
        last.value,
        TimeValue::Unresolved {
            reason: UnresolvedReason::NoTimeZone
        }
    );
}

/// "that evening", "the next morning": a day told from the last date said
/// of an event, not from the day the report dates its speaking by; a clock
/// before such a phrase takes its day.
#[test]
fn that_evening_and_the_next_morning_are_told_from_the_day_before_them() {
    let body = "The ferry sank on Saturday. \"We ran,\" a crewman told us yesterday. \
                Divers went down that evening and again the next morning.";
    let found = times(body, anchor());
    let at = |text: &str| found.iter().find(|t| t.text == text).map(|t| t.value);
    assert_eq!(at("that evening"), Some(TimeValue::Date(d(2025, 10, 25))));
    assert_eq!(
        at("the next morning"),
        Some(TimeValue::Date(d(2025, 10, 26)))
    );
    let body = "Power flowed from 19:30 CET on 20 October until 05:45 CET the next morning.";
    let found = times(body, anchor());
    let clock = found.iter().find(|t| t.text == "05:45 CET").expect("clock");
    let expected = DateTime::parse_from_rfc3339("2025-10-21T05:45:00+01:00").expect("instant");
    assert_eq!(clock.value, TimeValue::Instant(expected));
    // With nothing before it, "the next day" is unresolved, never a guess.
    let t = one("Crews returned the next day.", anchor());
    assert_eq!(
        t.value,
        TimeValue::Unresolved {
            reason: UnresolvedReason::NoAntecedent
        }
    );
}

/// A future cue before a list reaches the day after it: the comma of "all
/// livestock, meat and dairy products" ends no clause.
#[test]
fn a_future_cue_reaches_past_a_list() {
    assert_eq!(
        value("Velmark will close its border to all livestock, meat and dairy products from Thursday."),
        TimeValue::Date(d(2025, 10, 30))
    );
    // A clause after a comma with a verb of its own keeps its own tense.
    assert_eq!(
        value("Velmark will talk to its neighbours, and the border closed on Thursday."),
        TimeValue::Date(d(2025, 10, 23))
    );
}

/// A month named before what is paid or due in it: the latest such month,
/// a deadline the nearest.
#[test]
fn a_month_before_what_is_paid_in_it() {
    let found = times(
        "The weir crews said their September pay had not come. The staff will be kept on, \
and September wages had not been paid. The March deadline stands.",
        anchor(),
    );
    let months: Vec<TimeValue> = found.iter().map(|t| t.value).collect();
    let range = |y, m, last| TimeValue::Range(d(y, m, 1), d(y, m, last));
    assert_eq!(
        months,
        [range(2025, 9, 30), range(2025, 9, 30), range(2026, 3, 31)]
    );
}

/// A weekend is its Saturday and Sunday: "this weekend" the one of the
/// anchor's week, "last weekend" the one before, "the weekend" the last one
/// or the coming one by its clause's tense; with no determiner, no time.
#[test]
fn weekends_are_their_saturday_and_sunday() {
    let range = TimeValue::Range;
    // Wednesday 29 October 2025.
    let body = "Crowds are expected this weekend.";
    assert_eq!(
        one(body, anchor()).value,
        range(d(2025, 11, 1), d(2025, 11, 2))
    );
    let body = "The shop sold out last weekend.";
    assert_eq!(
        one(body, anchor()).value,
        range(d(2025, 10, 25), d(2025, 10, 26))
    );
    let body = "Orders placed at the weekend were cancelled.";
    assert_eq!(
        one(body, anchor()).value,
        range(d(2025, 10, 25), d(2025, 10, 26))
    );
    let body = "The plane will be home before the weekend.";
    assert_eq!(
        one(body, anchor()).value,
        range(d(2025, 11, 1), d(2025, 11, 2))
    );
    // Said on Sunday 2 November: this weekend is the one under way.
    let body = "Crowds came this weekend.";
    assert_eq!(
        one(body, Some(d(2025, 11, 2))).value,
        range(d(2025, 11, 1), d(2025, 11, 2))
    );
    assert!(times("She works weekend shifts.", anchor()).is_empty());
}

/// A year after "back to" or "dating from" is that whole year, as after
/// "in" or "since"; a bare number of that size after "to" is not.
#[test]
fn a_year_a_story_goes_back_to() {
    let year = |y: i32| TimeValue::Range(d(y, 1, 1), d(y, 12, 31));
    assert_eq!(
        one("The quarrel goes back to 2043.", anchor()).value,
        year(2043)
    );
    assert_eq!(
        one("Records dating from 1998 were lost.", anchor()).value,
        year(1998)
    );
    assert!(times("Attendance rose to 2043.", anchor()).is_empty());
}

/// A day something "is set for" is still to come, as one it "is set to"
/// happen on.
#[test]
fn a_day_set_for_is_ahead() {
    let body = "A hearing on the aircraft is set for Monday.";
    assert_eq!(one(body, anchor()).value, TimeValue::Date(d(2025, 11, 3)));
    let body = "The first hearing was on Monday.";
    assert_eq!(one(body, anchor()).value, TimeValue::Date(d(2025, 10, 27)));
}

/// A day told in a relative clause that closes before a clock ("The
/// aircraft, which landed late on Monday carrying the minister, was clamped
/// at 06:10") is another act's: the clock takes the report's lead day.
#[test]
fn a_day_in_a_relative_clause_before_a_clock_is_another_acts() {
    let body = "VELM – Bailiffs seized a government jet on Tuesday.\n\nThe aircraft, which \
                landed late on Monday carrying the minister, was clamped at 06:10 local time \
                (10:10 GMT).";
    let found = times(body, anchor());
    let clamped = found
        .iter()
        .find(|t| t.text.starts_with("06:10"))
        .map(|t| t.value);
    let want = DateTime::parse_from_rfc3339("2025-10-28T06:10:00-04:00").expect("instant");
    assert_eq!(clamped, Some(TimeValue::Instant(want)), "{found:?}");
    // A day in the main clause still dates it.
    let body = "The aircraft landed late on Monday and was clamped at 06:10 local time \
                (10:10 GMT).";
    let found = times(body, anchor());
    let want = DateTime::parse_from_rfc3339("2025-10-27T06:10:00-04:00").expect("instant");
    assert!(
        found.iter().any(|t| t.value == TimeValue::Instant(want)),
        "{found:?}"
    );
}

#[test]
fn days_of_one_month_told_as_a_span_are_one_range() {
    let body = "The envoy was in Tarsk from 3 to 6 October, aides said.";
    let found = times(body, anchor());
    assert_eq!(
        value_of(&found, "3 to 6 October"),
        TimeValue::Range(d(2025, 10, 3), d(2025, 10, 6)),
        "{found:?}"
    );
    // A list of two days stays two days.
    let found = times("Votes were held on 3 and 6 October.", anchor());
    assert!(found.iter().any(|t| t.text == "6 October"), "{found:?}");
}

#[test]
fn months_told_as_a_span() {
    let found = times(
        "She spent January to April 2046 in the studio. From November to February 2050 it \
         snowed. Between March and May 2049 prices rose. In April and May 2046 it rained.",
        None,
    );
    let range = |a: NaiveDate, b: NaiveDate| TimeValue::Range(a, b);
    assert_eq!(
        value_of(&found, "January to April 2046"),
        range(d(2046, 1, 1), d(2046, 4, 30))
    );
    assert_eq!(
        value_of(&found, "November to February 2050"),
        range(d(2049, 11, 1), d(2050, 2, 28))
    );
    assert_eq!(
        value_of(&found, "Between March and May 2049"),
        range(d(2049, 3, 1), d(2049, 5, 31))
    );
    // "April and May" without "between" is two months, not a span.
    assert!(found.iter().all(|t| t.text != "April and May 2046"));
}

#[test]
fn a_bare_clock_after_set_for_or_it_is_is_a_clock() {
    let found = times(
        "The match, which had been set for 20:00, was called off. In Erzenli, where it is \
         15:45, the ministry spoke. The vote was 21:14 against.",
        anchor(),
    );
    assert!(found.iter().any(|t| t.text == "20:00"), "{found:?}");
    assert!(found.iter().any(|t| t.text == "15:45"), "{found:?}");
    // A tally after "was" is no clock.
    assert!(found.iter().all(|t| t.text != "21:14"), "{found:?}");
}
