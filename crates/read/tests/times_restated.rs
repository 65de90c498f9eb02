//! One instant written again in another zone is that instant, whatever the
//! zone: "07:00 GMT, which is 15:00 in Tarsk", "at 10:30 (11:30 in Velm)".
//! Invented sentences.

use chrono::NaiveDate;
use crosscheck_read::{times, TimeExpr, TimeValue};

fn anchor() -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2026, 5, 8)
}

/// The expression written `text` in `body`, if read.
fn find(body: &str, text: &str) -> Option<TimeExpr> {
    times(body, anchor()).into_iter().find(|t| t.text == text)
}

/// The value of `text` as RFC 3339, or a note of why there is none.
fn value(body: &str, text: &str) -> String {
    match find(body, text).map(|t| t.value) {
        Some(TimeValue::Instant(at)) => at.to_rfc3339(),
        Some(other) => format!("not an instant: {other:?}"),
        None => "not read".to_owned(),
    }
}

#[test]
fn a_list_of_places_restates_one_instant() {
    let body = "Good morning. Stage 4 starts at 07:00 GMT, which is 15:00 in Port Tarsk \
                and 08:00 in Velmoor.";
    assert_eq!(value(body, "07:00 GMT"), "2026-05-08T07:00:00+00:00");
    assert_eq!(value(body, "15:00"), "2026-05-08T15:00:00+08:00");
    assert_eq!(value(body, "08:00"), "2026-05-08T08:00:00+01:00");
}

#[test]
fn a_bracket_restates_the_declared_zone_in_another_place() {
    // The report's own zone reads the first clock; the bracket is another
    // place's, not the report's.
    let body = "All times GMT\n\n09:02\nThe committee sits at 10am (11am in Velmoor) to hear \
                the minister.";
    assert_eq!(value(body, "10am"), "2026-05-08T10:00:00+00:00");
    assert_eq!(value(body, "11am"), "2026-05-08T11:00:00+01:00");
    // A dot between hour and minutes is a clock there too.
    let body = "All times are Tarsk time (GMT+1)\n\n09.12\nThe governor appears at 10.00 \
                (12.00 in Velmoor).";
    assert_eq!(value(body, "12.00"), "2026-05-08T12:00:00+03:00");
}

#[test]
fn a_clock_of_no_zone_takes_the_instant_it_restates() {
    // "here" with the report's declared zone.
    let body = "All times GMT\n\n12:40\nGame 9 is at 15:00 Port Tarsk time, 07:00 here.";
    assert_eq!(value(body, "07:00"), "2026-05-08T07:00:00+00:00");
    assert_eq!(value(body, "15:00"), "2026-05-08T15:00:00+08:00");
    // A bare clock fixed by the GMT in its bracket.
    let body = "At 14:00 yesterday (13:00 GMT), the council confirmed the record.";
    assert_eq!(value(body, "14:00"), "2026-05-07T14:00:00+01:00");
    // The same instant after midnight in the other zone.
    let body = "The ban came into force at 00:00 Tarsk time, which was 23:00 on Wednesday \
                in Velmoor and 21:00 GMT.";
    assert_eq!(value(body, "23:00"), "2026-05-06T23:00:00+02:00");
}

#[test]
fn two_clocks_of_unknown_zone_or_two_times_stay_apart() {
    // Neither zone is known: no instant is made up.
    let body = "The complaint was lodged at 16:10 on Wednesday, Velmoor time (23:10 in \
                Port Tarsk).";
    assert!(!value(body, "23:10").starts_with("2026"));
    // "and" joins two times, not one instant in two places.
    let body = "The tracker sent nothing between 03:05 GMT and 03:53 in Velmoor.";
    assert!(!value(body, "03:53").starts_with("2026"));
}

#[test]
fn a_word_clock_restates_too() {
    let body = "All times GMT\n\n09:02\nThe board meets at 11am (noon in Velmoor) to decide.";
    assert_eq!(value(body, "noon"), "2026-05-08T12:00:00+01:00");
}

/// A live report that writes a clock "here" beside the same instant in GMT
/// has said what its own zone is: its bare entry stamps are in it, though
/// its "local time" (or "their time") is the other place's.
#[test]
fn a_clock_here_beside_gmt_fixes_the_reports_own_zone() {
    let body = "LIVE: the vote in Velmoor, Friday 8 May\n\n1.35am\nWe are up with the counters \
                of Velmoor, where the result is due at 9am local time - that's 2am here in \
                Tarsk and 7am GMT.\n\n2.10am\nTurnout was high, our reporter says. The count \
                began at 8.05 their time.\n\n2.40am\nThe board says results are expected by \
                May 30. We will be back on air at 6am.";
    assert_eq!(value(body, "1.35am"), "2026-05-08T01:35:00-05:00");
    assert_eq!(value(body, "2.10am"), "2026-05-08T02:10:00-05:00");
    assert_eq!(value(body, "9am local time"), "2026-05-08T09:00:00+02:00");
    assert_eq!(value(body, "2am"), "2026-05-08T02:00:00-05:00");
    assert_eq!(value(body, "8.05 their time"), "2026-05-08T08:05:00+02:00");
    // A limit ("by May 30") dates no clock after it.
    assert_eq!(value(body, "6am"), "2026-05-08T06:00:00-05:00");
    // Two clocks of one sentence that are not one instant fix nothing.
    let body = "Polls open at 9am here and the count closes at 17:00 GMT.\n\n10.05am\nQueues.";
    assert!(
        value(body, "10.05am").starts_with("not an instant: Unresolved"),
        "{}",
        value(body, "10.05am")
    );
}

/// A live report that writes a clock with no zone and the same instant in
/// GMT right after it ("starts at 9.30am - that's 13:30 GMT") has said what
/// its own zone is: its bare entry stamps and clocks are in it. A bare
/// number before a GMT clock is no clock, and two sentences that disagree
/// fix nothing.
#[test]
fn a_bare_clock_restated_in_gmt_fixes_the_reports_own_zone() {
    let body = "LIVE: the appeal in Tarsk, Friday 8 May\n\n8:52am\nGood morning from the court, \
                where the hearing starts at 9.30am - that's 13:30 GMT and 15:30 in Velmoor.\n\n\
                9:34am\nThe judges sit. We expect a ruling at 4pm.";
    assert_eq!(value(body, "8:52am"), "2026-05-08T08:52:00-04:00");
    assert_eq!(value(body, "9:34am"), "2026-05-08T09:34:00-04:00");
    assert_eq!(value(body, "4pm"), "2026-05-08T16:00:00-04:00");
    let body = "LIVE: the appeal, Friday 8 May\n\n8:52am\nThe court has 3 (13:30 GMT) judges.";
    assert!(value(body, "8:52am").starts_with("not an instant"));
    let body = "LIVE: the appeal, Friday 8 May\n\n8:52am\nIt starts at 9.30am - that's 13:30 \
                GMT.\n\n9:10am\nThe verdict is due at 11am, or 14:00 GMT.";
    assert!(value(body, "8:52am").starts_with("not an instant"));
}

/// A list of restatements goes on after a clock whose zone is written
/// ("10:00 local time, which is 09:00 GMT and 04:00 here"), and a clock in
/// GMT set off by a bare comma after one in a named zone restates it
/// ("14:00 Velmoor time, 13:00 GMT and 08:00 in Tarsk").
#[test]
fn a_list_goes_on_after_a_zoned_clock() {
    let body = "All times are Tarsk time (GMT-5)\n\n03:55\nThe hearing starts at 10:00 local \
                time, which is 09:00 GMT and 04:00 here.";
    assert_eq!(value(body, "04:00"), "2026-05-08T04:00:00-05:00");
    let body = "The board meets on Friday. The decision will appear at 14:00 Velmoor time, \
                13:00 GMT and 08:00 in Tarsk.";
    assert_eq!(value(body, "08:00"), "2026-05-08T08:00:00-05:00");
    assert_eq!(
        value(body, "14:00 Velmoor time"),
        "2026-05-08T14:00:00+01:00"
    );
}

/// "took off at 13:50 Varkesian time (10:50 GMT) and landed at 16:35": a
/// bare clock in the clause of a clock written in a named zone is in that
/// zone, not the report's own; one in a sentence of its own keeps the
/// report's zone.
#[test]
fn a_bare_clock_shares_its_clause_s_named_zone() {
    let body = "The envoy was summoned at 10:00 local time (08:00 GMT), the ministry said. \
                The plane took off at 13:50 Varkesian time (10:50 GMT) and landed at 16:35. \
                The envoy left the ministry at 11:30.";
    assert_eq!(value(body, "16:35"), "2026-05-08T16:35:00+03:00");
    assert_eq!(value(body, "11:30"), "2026-05-08T11:30:00+02:00");
}

/// "at 21:40 in Stoneharbour, which was 05:40 on Wednesday in Braileni
/// (03:40 GMT)": a clock placed in a named place is that place's time, not
/// the report's, and takes its instant along the chain of restatements.
#[test]
fn a_clock_placed_elsewhere_takes_its_instant_along_a_chain() {
    let body = "All times are Velmoor time (GMT+2)\n\nShe posted the drawings on Tuesday at \
                21:40 in Tarsk, which was 05:40 on Wednesday in Velmoor (03:40 GMT). The \
                ministry replied at 10:00.";
    assert_eq!(value(body, "21:40"), "2026-05-05T21:40:00-06:00");
    assert_eq!(value(body, "05:40"), "2026-05-06T05:40:00+02:00");
    // The report's own zone still dates its other bare clocks.
    assert_eq!(value(body, "10:00"), "2026-05-06T10:00:00+02:00");
}

/// "Her post went up at 13:00 in Velmoor": a clock with no zone placed in a
/// town whose zone the report fixes elsewhere ("17:00 Velmoor time (15:00
/// GMT)") is in that zone, not the report's declared one.
#[test]
fn a_bare_clock_placed_in_a_known_zone_takes_it() {
    let body = "All times are Tarsk time (GMT-6)\n\n01:50\nThe jury will rule at 17:00 Velmoor \
                time - 15:00 GMT.\n\n05:05\nThe minister's post went up at 13:00 in Velmoor, \
                as the hearing closed. We are back at 06:00.";
    assert_eq!(value(body, "13:00"), "2026-05-08T13:00:00+02:00");
    assert_eq!(value(body, "06:00"), "2026-05-08T06:00:00-06:00");
    // Fixed by a bracket as well.
    let body = "All times are Tarsk time (GMT-6)\n\n01:50\nThe jury will rule at 17:00 Velmoor \
                time (15:00 GMT).\n\n05:05\nThe post went up at 13:00 in Velmoor.";
    assert_eq!(value(body, "13:00"), "2026-05-08T13:00:00+02:00");
    // A place whose zone the report never fixes leaves the report's zone.
    let body = "All times are Tarsk time (GMT-6)\n\n05:05\nThe post went up at 13:00 in \
                Velmoor.";
    assert_eq!(value(body, "13:00"), "2026-05-08T13:00:00-06:00");
}

/// "at 19:30 here, 10:00 GMT and 11:00 in Ovrevag": a clock read where the
/// report stands, restated in GMT and then in a named place, is one
/// instant in all three.
#[test]
fn a_clock_here_restated_in_gmt_and_a_place() {
    let body = "All times are Quennock time (GMT+9:30)\n\n04:30\nThe last aircraft left at \
                19:30 here, 10:00 GMT and 11:00 in Ovrevag.";
    assert_eq!(value(body, "11:00"), "2026-05-08T11:00:00+01:00");
}

#[test]
fn a_clocks_date_or_day_may_stand_before_or_after_its_zone_before_the_restatement() {
    // A date between the clock and the dash.
    let body = "At 09:44 on 6 May – 03:14 GMT – a duty officer pressed the key.";
    assert_eq!(value(body, "09:44"), "2026-05-06T09:44:00+06:30");
    // "here", then the day, then the dash.
    let body = "The call came at 21:30 here on Wednesday – 19:30 GMT – and nobody answered.";
    assert_eq!(value(body, "21:30"), "2026-05-06T21:30:00+02:00");
}

#[test]
fn a_restatement_after_that_was_and_a_clock_of_this_morning_in_a_place() {
    // The clock "here" is the GMT clock's instant, at the offset between
    // the two.
    let body = "The station keeps its own time, so the crack opened at 02:40 here - that was \
                17:10 GMT.";
    assert!(
        value(body, "02:40").ends_with("T02:40:00+09:30"),
        "{}",
        value(body, "02:40")
    );
    let body = "She rose at 17:30 in Velmoor yesterday – 16:30 GMT, and 02:00 this morning in \
                Tarsk – and apologised.";
    assert_eq!(value(body, "02:00"), "2026-05-08T02:00:00+09:30");
}
