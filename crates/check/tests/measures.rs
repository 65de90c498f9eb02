//! No false alarms: values that are not rival answers to one question are
//! not conflicts. Each test pits invented reports (Maravel and Ostrenne
//! share the Velde river; Pellucia mediates; Dana Ivicek and Oren Basky are
//! invented officials; Corran Hall is a venue in Tamsk) against one rule,
//! with a real conflict beside it where one fits, so the rule cannot pass
//! by finding nothing. Every name, outlet and sentence is invented.

mod support;

use crosscheck_check::{
    crosscheck, EntityKind, EventInput, Finding, FindingKind, MentionInput, QuantityInput,
    QuantityKind, QuoteInput, QuoteMode, ReadArticle,
};

/// Invented entities: (name as written, id, kind).
const NAMES: &[(&str, &str, EntityKind)] = &[
    ("Maravel", "country:maravel", EntityKind::Country),
    ("Ostrenne", "country:ostrenne", EntityKind::Country),
    ("Pellucia", "country:pellucia", EntityKind::Country),
    ("Dana Ivicek", "person:dana-ivicek", EntityKind::Person),
    ("Oren Basky", "person:oren-basky", EntityKind::Person),
    (
        "Velde Commission",
        "organisation:velde-commission",
        EntityKind::Organisation,
    ),
    ("Corran Hall", "place:corran-hall", EntityKind::Place),
    ("Tamsk", "city:tamsk", EntityKind::Place),
    ("Velmark", "city:velmark", EntityKind::Place),
];

/// Invented units: (text as written, unit, kind).
const UNITS: &[(&str, &str, QuantityKind)] = &[
    (
        "cubic metres per second",
        "cubic metres per second",
        QuantityKind::Count,
    ),
    ("ferries", "ferries", QuantityKind::Count),
    ("earlier leaks", "leak", QuantityKind::Count),
    ("kilometres", "kilometres", QuantityKind::Count),
    ("days", "day", QuantityKind::Duration),
    ("-day", "day", QuantityKind::Duration),
    ("-hour", "hour", QuantityKind::Duration),
    ("hours", "hour", QuantityKind::Duration),
    ("months", "month", QuantityKind::Duration),
    ("Orsk miners", "miner", QuantityKind::Count),
    ("trapped miners", "miner", QuantityKind::Count),
    ("miners", "miner", QuantityKind::Count),
    ("engineers", "engineer", QuantityKind::Count),
    ("men", "man", QuantityKind::Count),
    ("florins", "florin", QuantityKind::Money),
];

fn number(word: &str) -> Option<f64> {
    let n = match word.to_lowercase().as_str() {
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        w => return w.parse().ok(),
    };
    Some(n)
}

/// The quantities of `body`: a number (digits or a small word) right
/// before one of the invented units, spaced or hyphenated.
fn quantities(body: &str) -> Vec<QuantityInput> {
    let mut out = Vec::new();
    for (unit_text, unit, kind) in UNITS {
        for (at, _) in body.match_indices(unit_text) {
            let head = body[..at].trim_end_matches(' ');
            let start = head.rfind([' ', '(']).map_or(0, |i| i + 1);
            let Some(value) = number(&head[start..]) else {
                continue;
            };
            let before = head[..start].trim_end().to_lowercase();
            let approximate = ["about", "some", "nearly"]
                .iter()
                .any(|w| before.ends_with(w));
            let at_least = before.ends_with("at least");
            out.push(QuantityInput {
                start,
                end: at + unit_text.len(),
                value,
                low: at_least.then_some(value),
                high: None,
                unit: (*unit).to_owned(),
                kind: *kind,
                approximate,
            });
        }
    }
    out.sort_by_key(|q| q.start);
    out
}

fn mentions(body: &str) -> Vec<MentionInput> {
    let mut out = Vec::new();
    for (name, id, kind) in NAMES {
        for (start, _) in body.match_indices(name) {
            out.push(MentionInput {
                start,
                end: start + name.len(),
                entity: (*id).to_owned(),
                kind: *kind,
            });
        }
    }
    out.sort_by_key(|m| m.start);
    out
}

/// One report of its own outlet (its own independence group), published
/// on Friday 8 May 2026.
fn report(n: usize, body: &str) -> ReadArticle {
    support::own_report(n, "Velde Outlet", body, quantities(body), mentions(body))
}

/// A report whose quantities come from the reader itself (exact values
/// only): for counts whose noun the text leaves out ("Seven of them").
fn report_read(n: usize, body: &str) -> ReadArticle {
    let mut r = report(n, body);
    r.quantities = crosscheck_read::numbers::quantities(body)
        .into_iter()
        .map(|q| QuantityInput {
            start: q.start,
            end: q.end,
            value: q.value,
            low: None,
            high: None,
            unit: q.unit,
            kind: match q.kind {
                crosscheck_read::numbers::QuantityKind::Duration => QuantityKind::Duration,
                crosscheck_read::numbers::QuantityKind::Percent => QuantityKind::Percent,
                crosscheck_read::numbers::QuantityKind::Money => QuantityKind::Money,
                _ => QuantityKind::Count,
            },
            approximate: false,
        })
        .collect();
    r
}

/// The conflicts of reports read with [`report_read`].
fn conflicts_read(bodies: &[&str]) -> Vec<String> {
    support::conflicts_of(bodies, report_read, |f| Some(f.summary))
}

fn check(bodies: &[&str]) -> Vec<Finding> {
    support::findings_of(bodies, report)
}

fn conflicts(bodies: &[&str]) -> Vec<String> {
    check(bodies)
        .into_iter()
        .filter(|f| f.kind == FindingKind::Conflict)
        .map(|f| f.summary)
        .collect()
}

#[test]
fn a_demand_and_an_offer_are_two_measures() {
    let found = conflicts(&[
        "Maravel demanded 60 cubic metres per second at the Velde weir.",
        "Ostrenne offered 35 cubic metres per second at the Velde weir.",
    ]);
    assert!(found.is_empty(), "{found:?}");
    // Two different demands are a conflict.
    let found = conflicts(&[
        "Maravel demanded 60 cubic metres per second at the Velde weir.",
        "Maravel demanded 70 cubic metres per second at the Velde weir.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

/// A demand before ", and" owns the element it closes, not the figure
/// joined after it: the second report's 70 is the release itself, so it
/// contradicts the first report's 40.
#[test]
fn a_demand_does_not_reach_across_a_comma_and_a_conjunction() {
    let found = conflicts(&[
        "Ostrenne will release 40 cubic metres per second at the Velde weir.",
        "Ostrenne will release less than Maravel demanded, and 70 cubic metres per second \
         at the Velde weir.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

/// "The inquiry, which opened on June 6 last year, lasted 16 months": the
/// past date dates the aside, not the length; and "an inquiry lasting 22
/// months" is the same length told with a participle. The two contradict.
#[test]
fn a_length_with_a_dated_aside_or_a_participle_is_compared() {
    let found = conflicts(&[
        "The inquiry, which opened on June 6 last year, lasted 16 months.",
        "The report came after an inquiry lasting 22 months.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_report_does_not_contradict_itself() {
    let two_counts =
        "Officials counted 8 ferries at the north quay and 11 ferries at the south quay.";
    let found = conflicts(&[two_counts, "Some 11 ferries were waiting to sail."]);
    assert!(found.is_empty(), "{found:?}");
    let found = conflicts(&[
        "Officials counted 8 ferries at the quay.",
        "Some 11 ferries were waiting to sail.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_condition_is_another_measure() {
    let found = conflicts(&[
        "Ostrenne will release 40 cubic metres per second at the weir.",
        "The minimum falls to 28 cubic metres per second if the lake runs low.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_reading_of_another_time_is_not_the_events() {
    let found = conflicts(&[
        "Last winter the flow at the weir fell to 12 cubic metres per second.",
        "The flow at the weir will be 40 cubic metres per second.",
    ]);
    assert!(found.is_empty(), "{found:?}");
    let found = conflicts(&[
        "In 2019 the flow at the weir was 12 cubic metres per second.",
        "The flow at the weir will be 40 cubic metres per second.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn what_is_measured_is_part_of_the_measure() {
    let found = conflicts(&[
        "Maravel will repair 90 kilometres of leaking canals.",
        "The Velde flows for about 540 kilometres before reaching the sea.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_date_years_away_is_another_acts() {
    let found = conflicts(&[
        "The accord was signed in Tamsk on Friday.",
        "The two countries last signed a river accord in 1994.",
    ]);
    assert!(found.is_empty(), "{found:?}");
    let found = conflicts(&[
        "The accord was signed in Tamsk on Friday.",
        "The accord was signed in Tamsk on Thursday.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

/// The sides of a vote tally are counts of votes, compared side by side.
#[test]
fn the_sides_of_a_vote_tally_are_compared() {
    let found = conflicts_read(&[
        "The Velde Commission voted 47 to 12 to close the weir.",
        "The Velde Commission closed the weir by 44 votes to 12.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    let found = conflicts_read(&[
        "The Velde Commission voted 47 to 12 to close the weir.",
        "The Velde Commission closed the weir by 47 votes to 12.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

/// How late a thing is, whatever verb tells it ("went live 18 months late",
/// "arrived 30 months behind schedule", "delayed by 24 months").
#[test]
fn how_late_a_thing_is_is_one_measure_whatever_the_verb() {
    let found = conflicts(&[
        "The Velde Commission said the new weir gates went live 18 months late.",
        "The new weir gates arrived 30 months behind schedule, the Velde Commission said.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    let found = conflicts(&[
        "The new weir gates were delayed by 18 months, the Velde Commission said.",
        "The Velde Commission said the new weir gates went live 18 months late.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

/// "since April" opens a span that runs to now: it dates no one act.
#[test]
fn a_date_after_since_dates_no_act() {
    let found = conflicts(&[
        "Weir engineers have been paid the wrong wages since April, the Velde Commission said.",
        "The Velde Commission said the weir engineers would be paid what they were owed on May 12.",
    ]);
    assert!(found.is_empty(), "{found:?}");
    let found = conflicts(&[
        "The Velde Commission said the weir engineers were paid what they were owed on May 6.",
        "The Velde Commission said the weir engineers were paid what they were owed on May 4.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn dates_weeks_before_the_event_are_compared_when_said_of_one_thing() {
    // Two reports date the same earlier act of the same thing differently.
    let found = conflicts(&[
        "The Velde Commission renewed the weir's safety licence on 9 March.",
        "The weir's safety licence had last been renewed on 19 March.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    // An earlier act said of another thing is not a rival date.
    let found = conflicts(&[
        "The Velde Commission renewed the weir's safety licence on 9 March.",
        "The ferry operators renewed their fuel contracts on 19 March.",
    ]);
    assert!(found.is_empty(), "{found:?}");
    // Nor is the event's own act of the same name.
    let found = conflicts(&[
        "The talks opened in Tamsk on Friday.",
        "The weir's new sluice opened on 2 March after a year of work.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn hosting_is_not_chairing_and_kinds_are_not_rivals() {
    let found = conflicts(&[
        "The talks, hosted by Pellucia, opened in Tamsk.",
        "The talks were chaired by Dana Ivicek of Pellucia.",
    ]);
    assert!(found.is_empty(), "{found:?}");
    // The host is not the chair, even when both are countries.
    let found = conflicts(&[
        "The talks, hosted by Pellucia, opened in Tamsk.",
        "The talks were chaired by Maravel.",
    ]);
    assert!(found.is_empty(), "{found:?}");
    // A country mediating and its minister mediating are not rivals.
    let found = conflicts(&[
        "The talks were mediated by Pellucia.",
        "Dana Ivicek, who mediated both rounds, closed the session.",
    ]);
    assert!(found.is_empty(), "{found:?}");
    // Two people chairing are.
    let found = conflicts(&[
        "The talks were chaired by Dana Ivicek.",
        "The talks were chaired by Oren Basky.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    // "presided over by": the doer after the verb's particle.
    let found = conflicts(&[
        "The talks were chaired by Dana Ivicek.",
        "The talks were presided over by Oren Basky.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_passive_agent_ends_with_its_clause() {
    let findings = check(&[
        "The deal, reached after talks mediated by Pellucia, will be monitored by the Velde Commission.",
        "The talks were mediated by Pellucia.",
    ]);
    assert!(
        findings.iter().any(|f| f.kind == FindingKind::Corroborated
            && f.summary.contains("who mediated: country:pellucia")),
        "{findings:#?}"
    );
    assert!(findings.iter().all(|f| f.kind != FindingKind::Conflict));
}

#[test]
fn a_place_inside_another_is_no_rival() {
    let found = conflicts(&[
        "The deal was signed at Corran Hall on the edge of Tamsk.",
        "The deal was signed in Tamsk.",
    ]);
    assert!(found.is_empty(), "{found:?}");
    let found = conflicts(&[
        "The deal was signed in Velmark.",
        "The deal was signed in Tamsk.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

/// "in the Velmark quarter": the name modifies the noun after it, which
/// is where it happened; the name alone is no rival to another place.
#[test]
fn a_name_modifying_a_noun_is_not_the_place() {
    let found = conflicts(&[
        "The deal was signed in the Velmark quarter of the capital.",
        "The deal was signed in Tamsk.",
    ]);
    assert!(found.is_empty(), "{found:?}");
    let found = conflicts(&[
        "The deal was signed in the Velmark.",
        "The deal was signed in Tamsk.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_stoppage_or_a_session_is_not_the_length_of_the_talks() {
    let found = conflicts(&[
        "After four days of talks the round closed.",
        "The last dispute ended after talks and a two-day stoppage.",
        "Ivicek spoke after the three-hour session.",
    ]);
    assert!(found.is_empty(), "{found:?}");
    let found = conflicts(&[
        "After four days of talks the round closed.",
        "After three days of talks the round closed.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn the_date_of_an_open_class_act_is_compared_when_said_of_one_thing() {
    let found = conflicts(&[
        "The commission's chair, Dana Ivicek, resigned on Tuesday.",
        "The commission's chair, Dana Ivicek, resigned on Monday.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    // Two people resigning on two days are two acts.
    let found = conflicts(&[
        "Dana Ivicek resigned on Tuesday.",
        "Oren Basky resigned on Monday.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn counts_of_plain_people_need_a_shared_context() {
    let found = conflicts(&[
        "The 21 men trapped at the Velde weir were freed on Friday.",
        "Nine men were treated at Velmark hospital for bruising.",
    ]);
    assert!(found.is_empty(), "{found:?}");
    let found = conflicts(&[
        "The 21 men trapped at the Velde weir were freed on Friday.",
        "All 19 men trapped at the weir are safe.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_named_part_or_a_partitive_is_not_the_whole() {
    let found = conflicts(&[
        "Rescuers reached 23 miners at the Velde weir.",
        "Seven of the 14 Orsk miners have gone home.",
    ]);
    assert!(found.is_empty(), "{found:?}");
    let found = conflicts(&[
        "Rescuers reached 23 miners at the Velde weir.",
        "Rescuers reached 25 miners at the weir.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

/// "Fourteen of the 171 people on board were hurt": the whole's words ("on
/// board") say what the part is counted out of, not what it counts, so
/// the part is no rival to another report's whole ("Of the 171 people on
/// board, 122 …"); it is one to another count of the hurt out of them.
#[test]
fn the_words_of_a_whole_are_not_its_parts() {
    let found = conflicts_read(&[
        "Of the 171 people on board, 122 were from Tamsk.",
        "Fourteen of the 171 people on board were hurt at the Velde weir.",
    ]);
    assert!(found.is_empty(), "{found:?}");
    let found = conflicts_read(&[
        "Fourteen of the 171 people on board were hurt at the Velde weir.",
        "Nineteen of the 171 people on board were hurt at the Velde weir.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

/// An owner's whole ("the board's 9,400 engineers", "its 310 engineers",
/// "of the 40 ferries") is the size of what it has, not a count of those an
/// act touched; parts counted out of a written whole are compared with
/// each other.
#[test]
fn an_owned_whole_is_not_a_count_of_those_an_act_touched() {
    let found = conflicts_read(&[
        "The Velde board has underpaid 2,600 of the commission's 9,400 engineers since May.",
        "The Velde board has underpaid 2,600 engineers since May.",
        "In Tamsk, the port said its 310 engineers had been paid in full.",
    ]);
    assert!(found.is_empty(), "{found:?}");
    let found = conflicts_read(&[
        "The court acquitted the two pilots on four of the seven charges they faced.",
        "The court acquitted the two pilots on three of the seven charges.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_round_estimate_and_a_lower_bound_agree_with_close_figures() {
    let found = conflicts(&[
        "About 300 engineers worked at the weir.",
        "In all, 312 engineers worked at the weir.",
        "At least 290 engineers worked at the weir.",
    ]);
    assert!(found.is_empty(), "{found:?}");
    let found = conflicts(&[
        "About 300 engineers worked at the weir.",
        "In all, 412 engineers worked at the weir.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_rate_and_two_different_sums_are_not_rivals() {
    let found = conflicts(&[
        "Each family will receive 500 florins from Maravel.",
        "Maravel will pay 90000 florins in compensation to the families.",
    ]);
    assert!(found.is_empty(), "{found:?}");
    let found = conflicts(&[
        "The Velde Commission will pay a fine of 4000 florins.",
        "Maravel will pay 90000 florins in compensation to the families.",
    ]);
    assert!(found.is_empty(), "{found:?}");
    let found = conflicts(&[
        "The Velde Commission will pay a fine of 4000 florins.",
        "The Velde Commission was given a fine of 2400 florins.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    // Rates per two different things are two measures; rates per one thing
    // are rivals.
    let found = conflicts(&[
        "Every weir contract above 50000 florins goes to open bidding.",
        "The fine comes to 4000 florins for every year of delay.",
    ]);
    assert!(found.is_empty(), "{found:?}");
    let found = conflicts(&[
        "Maravel pays 500 florins for every family.",
        "Maravel pays 800 florins for each family.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn the_length_of_an_open_class_act_is_compared_when_said_of_one_thing() {
    let found = conflicts(&[
        "The crews spent 56 hours underground at the Velde weir.",
        "The crews spent 80 hours underground before reaching the weir.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    let found = conflicts(&[
        "The crews spent 56 hours underground at the Velde weir.",
        "Dana Ivicek spent 80 hours drafting her report.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn the_place_of_a_thing_is_compared_when_said_of_one_thing() {
    let found = conflicts(&[
        "Nine injured engineers were taken to a hospital in Velmark.",
        "The injured engineers were taken to a hospital in Tamsk.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    // Two different things placed in two places.
    let found = conflicts(&[
        "Nine injured engineers were taken to a hospital in Velmark.",
        "Officials opened a new school in Tamsk on Monday.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

/// Conflicts among reports that each quote `words` (a direct quote at the
/// start of the body) from the given speaker.
fn speaker_conflicts(speakers: &[&str], words: &str) -> Vec<String> {
    let modes = vec![QuoteMode::Direct; speakers.len()];
    speaker_conflicts_in(speakers, &modes, words)
}

/// The same, each quote in the given mode.
fn speaker_conflicts_in(speakers: &[&str], modes: &[QuoteMode], words: &str) -> Vec<String> {
    let input = EventInput {
        event_id: "velde".into(),
        ordinal: None,
        articles: speakers
            .iter()
            .enumerate()
            .map(|(i, who)| {
                let body = format!("\"{words}\" the statement said.");
                let mut r = report(i + 1, &body);
                r.quotes = vec![QuoteInput {
                    start: 1,
                    end: 1 + words.len(),
                    text: words.to_owned(),
                    mode: modes[i],
                    speaker: Some((*who).to_owned()),
                    verb: Some("said".to_owned()),
                }];
                r
            })
            .collect(),
    };
    crosscheck(&input)
        .into_iter()
        .filter(|f| f.kind == FindingKind::Conflict)
        .map(|f| f.summary)
        .collect()
}

#[test]
fn a_capital_speaking_for_its_government_is_no_rival_speaker() {
    let words = "we will pay for the clean-up of the valley";
    let found = speaker_conflicts(&["government:maravel", "city:tamsk"], words);
    assert!(found.is_empty(), "{found:?}");
    let found = speaker_conflicts(&["person:dana-ivicek", "person:oren-basky"], words);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_length_joined_by_a_possessive_is_the_length_of_that_thing() {
    let found = conflicts(&[
        "Maravel must give 48 hours' notice before any release at the weir.",
        "Maravel must give 24 hours' notice before a release.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    let found = conflicts(&[
        "Maravel must give 48 hours' notice before any release at the weir.",
        "Ostrenne will get 24 hours' warning of a release.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn physical_measures_need_a_shared_context() {
    let found = conflicts(&[
        "Evacuees were taken to a school 12 kilometres to the east.",
        "The flood spread 30 kilometres along the valley.",
    ]);
    assert!(found.is_empty(), "{found:?}");
    let found = conflicts(&[
        "The flood spread 12 kilometres along the valley.",
        "The flood spread 30 kilometres along the valley.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn two_people_reported_saying_one_thing_are_no_rival_speakers() {
    let words = "the crews had been at the weir for nine hours";
    let people = ["person:dana-ivicek", "person:oren-basky"];
    let found = speaker_conflicts_in(&people, &[QuoteMode::Indirect, QuoteMode::Indirect], words);
    assert!(found.is_empty(), "{found:?}");
    let found = speaker_conflicts_in(&people, &[QuoteMode::Direct, QuoteMode::Indirect], words);
    assert!(found.is_empty(), "{found:?}");
    let found = speaker_conflicts_in(&people, &[QuoteMode::Direct, QuoteMode::Direct], words);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_noun_before_a_participle_is_what_is_placed() {
    let found = conflicts(&[
        "The stolen files sat on servers rented in Velmark.",
        "The stolen files were moved to servers in Tamsk.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn the_date_of_a_warning_is_an_act_like_another() {
    let found = conflicts(&[
        "The Velde Commission warned the ferry operators about the weir on Tuesday.",
        "The Velde Commission warned the ferry operators on Thursday.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn two_doers_of_one_open_class_act_on_one_thing_conflict() {
    let found = conflicts(&[
        "Dana Ivicek presented the forensic report to the Velde Commission.",
        "Oren Basky presented the forensic report to the commission on Monday.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    // The same verb on different things: two acts.
    let found = conflicts(&[
        "Dana Ivicek presented the forensic report to the Velde Commission.",
        "Oren Basky presented a new budget for the ferries.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn one_act_told_in_two_words_is_one_act() {
    let found = conflicts(&[
        "The Velde strait was closed to shipping for 48 hours.",
        "The Velde strait was shut to shipping for 24 hours.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    // Two different acts of one thing keep their own lengths.
    let found = conflicts(&[
        "The Velde strait was closed to shipping for 48 hours.",
        "The Velde strait was surveyed for wrecks for 24 hours.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_count_of_the_people_who_speak_is_not_a_count_of_the_event() {
    let found = conflicts(&[
        "The Velde ferry carried 312 people, 286 passengers and 26 crew.",
        "Two crew members told the Velde Outlet that the captain had sailed.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_named_place_that_is_the_subject_is_what_a_length_is_said_of() {
    // Corran Hall is the thing shut, however far before the length; no
    // other word is shared.
    let found = conflicts(&[
        "Corran Hall was closed to all visitors and staff for 48 hours.",
        "Corran Hall was shut to the public for 24 hours.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    // As a setting ("in Corran Hall") it is not what the lengths are of.
    let found = conflicts(&[
        "The talks in Corran Hall were closed to reporters for 48 hours.",
        "The canteen in Corran Hall was shut for 24 hours.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn where_a_thing_was_carried_is_compared_when_said_of_one_thing() {
    let found = conflicts(&[
        "The Velde wreck was towed on Sunday to Corran Hall for inspection.",
        "The Velde wreck, towed to the port of Tamsk at the weekend, is being examined.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    // "to" after an act that carries nothing is a direction, not a place.
    let found = conflicts(&[
        "The Velde wreck was towed on Sunday to Corran Hall for inspection.",
        "Velde officials spoke to Tamsk about the wreck on Sunday.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn the_doer_of_a_passive_act_is_compared_on_its_subject() {
    let found = conflicts(&[
        "Its chair, Dana Ivicek, ordered the release of the Velde reserves on Monday.",
        "The release was ordered by the economy minister, Oren Basky.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    // Another thing ordered is another act.
    let found = conflicts(&[
        "Its chair, Dana Ivicek, ordered the release of the Velde reserves on Monday.",
        "The inquiry was ordered by the economy minister, Oren Basky.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn the_signatory_for_one_party_is_one_person() {
    let found = conflicts(&[
        "Dana Ivicek signed the Velde agreement for Maravel on Monday.",
        "Oren Basky signed the Velde agreement for Maravel on Monday.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    // Each party's own signatory: no rivals.
    let found = conflicts(&[
        "Dana Ivicek signed the Velde agreement for Maravel on Monday.",
        "Oren Basky signed the Velde agreement for Ostrenne on Monday.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_closed_list_act_many_may_do_has_one_doer_when_said_of_one_thing() {
    let found = conflicts(&[
        "Oren Basky closed the northern rail line for four days.",
        "Dana Ivicek closed the northern rail line for four days, officials said.",
    ]);
    assert!(found.iter().any(|f| f.contains("act:end")), "{found:?}");
    // Closing two different things: no rivals.
    let found = conflicts(&[
        "Oren Basky closed the northern rail line on Monday.",
        "Dana Ivicek closed her shop early on Monday.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn counts_as_of_two_days_and_sums_of_two_things_are_not_rivals() {
    // A running tally read on two days.
    let found = conflicts(&[
        "By Tuesday night 146 engineers had been treated at the Velde clinic.",
        "By Wednesday evening 212 engineers had been treated at the Velde clinic.",
    ]);
    assert!(found.is_empty(), "{found:?}");
    // The same day: rivals.
    let found = conflicts(&[
        "By Wednesday evening 146 engineers had been treated at the Velde clinic.",
        "By Wednesday evening 212 engineers had been treated at the Velde clinic.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    // A fund of one sum and a cover of another.
    let found = conflicts(&[
        "The Velde Commission set up a compensation fund of 300 florins for the families.",
        "The insurer said its cover for the Velde families stops at 200 florins.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_count_since_a_year_and_an_act_told_as_revoked_or_withdrawn() {
    let found = conflicts(&[
        "The Velde Commission said the plant had had two earlier leaks since 2019.",
        "The Velde Commission listed three earlier leaks at the plant since 2019.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    let found = conflicts(&[
        "The Velde Commission revoked the plant's operating permit on Monday.",
        "The Velde Commission withdrew the plant's operating permit on Tuesday.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn plain_people_in_a_state_are_the_one_group_counted_in_it() {
    // "21 men trapped" counts the miners the others count trapped, and the
    // day the men were out by is not the day of a tally.
    let found = conflicts(&[
        "Rescuers brought up the last of 23 trapped miners at Tamsk on Friday.",
        "The 21 men trapped in the Tamsk pit were all above ground by Friday morning.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    // A day's possessive is not the day of a tally.
    let found = conflicts(&[
        "All 23 miners trapped by Tuesday's collapse at Tamsk are home.",
        "Rescuers reached 21 trapped miners at Tamsk.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    // Two groups trapped: the plain count is neither's.
    let found = conflicts(&[
        "Rescuers brought up 23 trapped miners and four engineers trapped with them.",
        "The 21 men trapped in the Tamsk pit were all above ground by Friday morning.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_tenure_told_three_ways_is_one_length() {
    let found = conflicts(&[
        "Dana Ivicek had been interior minister for 19 months.",
        "Dana Ivicek, who had held the post for 30 months, resigned.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    let found = conflicts(&[
        "Dana Ivicek, who had been in office for 19 months, resigned.",
        "Dana Ivicek had been interior minister for 19 months.",
    ]);
    assert!(found.is_empty(), "{found:?}");
    // The role's own words between "been" and the length, and decades.
    let found = conflicts_read(&[
        "Dana Ivicek had been the commission's technical director for two decades.",
        "Dana Ivicek had been technical director for 12 years.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_part_counted_in_a_state_is_the_count_in_that_state() {
    // "Seven of them were seriously injured" and "Eleven people were
    // seriously injured" count one set.
    let found = conflicts_read(&[
        "The ferry carried 46 passengers. Seven of them were seriously injured.",
        "Eleven people were seriously injured when the ferry struck the quay.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    // "admitted" is the state of the hospitalised.
    let found = conflicts_read(&[
        "Some 90 people fell ill, and 31 of them were admitted.",
        "Thirteen people were admitted to Tamsk District Hospital.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    // A part in no state is a share, not a rival count ("six of them
    // Maravel citizens"), and the seriously injured are not all injured.
    let found = conflicts_read(&[
        "Eleven people were seriously injured, six of them from Maravel.",
        "Thirty people were injured when the ferry struck the quay.",
        "Nine people were in critical condition on Friday night.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_length_carried_by_took_lasted_or_a_compound_is_of_what_is_said_around_it() {
    let found = conflicts_read(&[
        "The rescue at the weir took seven hours.",
        "Crews worked through the night in a nine-hour rescue.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    // "had let four hours pass" and "it had taken … seven hours".
    let found = conflicts_read(&[
        "The Velde Commission had let four hours pass before it warned Maravel.",
        "It had taken the Velde Commission seven hours to warn Maravel.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    // "waited four hours before warning" and "took seven hours to warn".
    let found = conflicts_read(&[
        "The Velde Commission waited four hours before warning Maravel.",
        "It took the Velde Commission seven hours to warn Maravel.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    // One length told with "needed" and "took" agrees; a length of another
    // thing, and an age, are not rivals.
    let found = conflicts_read(&[
        "Stewards needed 25 minutes to unlock the gates.",
        "It took 25 minutes for stewards to unlock the gates.",
        "The ferry crossing to Tamsk took 40 minutes.",
        "A 58-year-old steward was hurt in a two-hour wait.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_day_counted_from_an_event_is_dated_by_the_reports_that_date_the_event() {
    let dated = "Fans gathered for the May 2 final in Tamsk.";
    let counted = "The chief steward was suspended three days after the final.";
    let other = "The chief steward was suspended on 4 May.";
    // Another report dates the final: three days after it is 5 May.
    let found = conflicts_read(&[dated, counted, other]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("2026-05-05"), "{found:?}");
    // No report dates the final: the count stays unresolved, never a guess.
    let found = conflicts_read(&[counted, other]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn where_a_group_was_taken_is_one_fact_whatever_the_verb_or_the_facility() {
    // A bare count and a part of a whole, taken and flown, to a hospital
    // and to a clinic: one group, two places.
    let found = conflicts_read(&[
        "Nine were taken by ambulance to the regional hospital in Tamsk.",
        "Nine of the miners were flown to a clinic in Velmark.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    // Taken to a hall, housed in a school.
    let found = conflicts_read(&[
        "The evacuees were taken to a sports hall in Tamsk.",
        "The evacuees have been housed in a school in Velmark.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    // An active verb's object: "brought them", "flew the injured".
    let found = conflicts_read(&[
        "All the survivors were brought ashore at Tamsk.",
        "Crews saved 40 of them and brought them to the port of Velmark.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    // A passive coordinated with an earlier one shares its subject; an
    // active one does not make its subject the group.
    let found = conflicts_read(&[
        "He was taken to a clinic in Tamsk.",
        "He has been brought up alive after three hours and taken to hospital in Velmark.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    // Two counts are two groups; the seriously injured are not all the
    // injured; data is not a group of people.
    let found = conflicts_read(&[
        "Five of the injured were taken to the hospital in Tamsk.",
        "Three of the injured were flown and driven to Velmark.",
        "The seriously injured were flown to Corran Hall.",
        "The data had been moved to servers in Velmark.",
        "Stolen files were copied to servers in Tamsk.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn each_or_every_before_a_member_makes_no_length_a_rate() {
    // "as each name was checked" picks out names; the length is the
    // handover's, as in the other report.
    let found = conflicts_read(&[
        "The handover at the weir dragged on for five hours as each name was checked.",
        "The whole handover at the weir took three hours.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    // Nor a count: "as each name was checked" is a clause of its own.
    let found = conflicts_read(&[
        "Maravel freed 68 prisoners at the weir as each name was checked.",
        "Maravel freed 62 prisoners at the weir.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    // A length per unit of time is a rate, not the length of the act.
    let found = conflicts_read(&[
        "The handover at the weir took two hours every day.",
        "The whole handover at the weir took three hours.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn the_focus_of_a_cleft_is_the_doer() {
    // "It was X, …, who ordered": X did it, against another doer.
    let found = conflicts(&[
        "Dana Ivicek authorised the north gate to be opened to relieve the crush.",
        "It was the hall's safety officer, Oren Basky, who ordered the north gate opened.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    // The same doer in a cleft agrees.
    let found = conflicts(&[
        "Dana Ivicek authorised the north gate to be opened to relieve the crush.",
        "It was Dana Ivicek, the chief steward, who ordered the north gate opened.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn where_a_facility_will_be_is_one_fact_whatever_the_verb() {
    // Built, promised, opening: one training centre, two towns.
    let found = conflicts(&[
        "A national training centre for weir safety will be built in Tamsk.",
        "A training centre for weir safety was promised in Velmark.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    let found = conflicts(&[
        "A national training centre for weir safety will be built in Tamsk.",
        "A weir training centre will open in Tamsk next year.",
    ]);
    assert!(found.is_empty(), "{found:?}");
    // The event's own opening is not a facility's.
    let found = conflicts(&[
        "A national training centre for weir safety will be built in Tamsk.",
        "The talks opened in Velmark on Monday.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn starting_to_do_something_is_no_opening() {
    let opened = "The talks opened in Tamsk on 4 May.";
    let found = conflicts_read(&[opened, "A queue started forming outside the hall on 5 May."]);
    assert!(found.is_empty(), "{found:?}");
    let found = conflicts_read(&[opened, "Crowds began to gather in Tamsk on 5 May."]);
    assert!(found.is_empty(), "{found:?}");
    let found = conflicts_read(&[opened, "The talks began in Tamsk on 5 May."]);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn an_open_act_may_stand_further_from_its_date_than_a_closed_one() {
    let found = conflicts_read(&[
        "Dana Ivicek had warned the Velde Commission about the weak supplier account on 4 May.",
        "Dana Ivicek had warned the Velde Commission on 6 May about a weak account.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn notice_given_is_an_act_and_words_said_are_not() {
    // "told inspectors about a crack" on two days: a conflict.
    let found = conflicts_read(&[
        "The Velde Commission had reported a hairline crack in the weir to inspectors on 4 May.",
        "Records show the Velde Commission told inspectors about a crack in the weir on 6 May.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    // Saying something on two days is two statements.
    let found = conflicts_read(&[
        "Dana Ivicek told reporters on 4 May that the weir was safe.",
        "Dana Ivicek told reporters on 6 May that the weir was safe.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn an_acts_date_is_said_of_its_subject_past_a_relative_clause() {
    let found = conflicts_read(&[
        "The weir keeper was suspended on 4 May, the commission said.",
        "The weir keeper, who has worked at the weir for 22 years, was suspended on 6 May.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn how_long_someone_has_been_in_a_state_is_a_length() {
    let found = conflicts_read(&[
        "The weir keeper had been on duty for 13 hours when the gate failed.",
        "The commission said the weir keeper had been on duty for nine hours.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    // "held for 14 months" and "spent two years in custody": one length.
    let found = conflicts_read(&[
        "The reporter Oren Basky had been held for 14 months on spying charges.",
        "Oren Basky, a reporter, spent two years in custody in Tamsk.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    // "behind bars" is in prison.
    let found = conflicts_read(&[
        "Oren Basky was sentenced to seven years in prison.",
        "Oren Basky will spend the next nine years behind bars.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    // Two people's states, said of nothing in common, are not rivals.
    let found = conflicts_read(&[
        "The weir keeper had been on duty for 13 hours when the gate failed.",
        "Oren Basky had been in custody for nine days before the hearing.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_participle_after_the_measured_noun_ends_it() {
    let found = conflicts_read(&[
        "The deal came after 11 rounds of talks mediated by Pellucia.",
        "Maravel needed seven rounds of talks in Tamsk to reach the deal.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_name_opening_its_clause_does_the_act_past_its_appositive() {
    let found = conflicts(&[
        "Dana Ivicek, the engineer who chairs the inquiry into the flood, presented the preliminary report on the weir.",
        "Oren Basky presented the preliminary report on the weir.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn an_event_that_happened_on_a_day_is_dated_by_it() {
    let dated = "The accident at the Velde weir happened at 2:20 p.m. on 2 May.";
    let counted = "The gate keeper had been warned five days before the accident.";
    let other = "The gate keeper had been warned on 25 April.";
    // Five days before 2 May is 27 April: a conflict with 25 April.
    let found = conflicts_read(&[dated, counted, other]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("2026-04-27"), "{found:?}");
}

#[test]
fn findings_and_a_report_are_one_document() {
    let found = conflicts(&[
        "Dana Ivicek presented her findings in Tamsk.",
        "Dana Ivicek will present her report in Velmark.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn survivors_are_the_people_rescued() {
    let found = conflicts_read(&[
        "Rescuers pulled 241 people from the river at the weir.",
        "Boats brought 214 survivors ashore at the weir.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    // The injured are another set.
    let found = conflicts_read(&[
        "Rescuers pulled 241 people from the river at the weir.",
        "Some 40 people were injured at the weir.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_ceiling_and_a_speed_said_of_another_thing_are_no_rivals() {
    // An insurer's cover is a ceiling, not the fund (in a currency the
    // reader does not know, so a count).
    let found = conflicts_read(&[
        "Maravel's insurer said its cover stops at 20 million grivets.",
        "Maravel set up a compensation fund of 30 million grivets.",
    ]);
    assert!(found.is_empty(), "{found:?}");
    // A speed is a measure of what is said around it.
    let found = conflicts_read(&[
        "The train entered the curve at the weir at 118 km/h.",
        "Until the bridge is rebuilt, trains will crawl through it at 60 km/h.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_deal_struck_is_no_attack() {
    let found = conflicts_read(&[
        "The deal was struck in Tamsk on 8 May.",
        "Gunmen struck the convoy near Tamsk on 6 May.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn the_ends_of_two_things_are_no_rivals() {
    // A streak ended on one day; a school stays shut until another.
    let found = conflicts_read(&[
        "The ferry line's long safety streak ended on May 6.",
        "A primary school in Tamsk will stay shut until May 9.",
    ]);
    assert!(found.is_empty(), "{found:?}");
    // The end of one thing on two days is a conflict, in two wordings.
    let found = conflicts_read(&[
        "The talks in Tamsk ended on May 6.",
        "The negotiations ended on May 7.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_share_price_is_no_sum_paid() {
    let found = conflicts_read(&[
        "The insurer said it would pay Maravel 210 million grivets.",
        "The insurer's shares closed at 31.20 grivets in Tamsk.",
    ]);
    assert!(found.is_empty(), "{found:?}");
    // Two share prices of one day are rivals.
    let found = conflicts_read(&[
        "The insurer's shares closed at 31.20 grivets in Tamsk.",
        "The insurer's shares closed at 33.80 grivets in Tamsk.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_length_under_the_snow_is_one_measure_whatever_the_verb() {
    let found = conflicts_read(&[
        "Orrin Vell was pulled out near Tamsk after 40 minutes under the snow.",
        "A young man spent an hour and a half beneath the snow near Tamsk before the dogs found him.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    // A length of something else said with the snow is not a rival.
    let found = conflicts_read(&[
        "Orrin Vell was pulled out near Tamsk after 40 minutes under the snow.",
        "The dogs searched the snow near Tamsk for an hour and a half.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn the_dug_out_alive_are_the_rescued() {
    let found = conflicts_read(&[
        "Twelve skiers were caught near Tamsk; five were dug out alive.",
        "Twelve skiers were caught near Tamsk. Seven of them are dead. Only three were dug out alive.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_sum_set_aside_is_no_sum_spent() {
    let found = conflicts_read(&[
        "The resort has set aside 3 million grivets for the families of the dead in Tamsk.",
        "Fitting new exploders above Tamsk would cost about 1.1 million grivets.",
    ]);
    assert!(found.is_empty(), "{found:?}");
    // Two sums set aside for one purpose are rivals.
    let found = conflicts_read(&[
        "The resort has set aside 3 million grivets for the families of the dead in Tamsk.",
        "The resort has set aside 2 million grivets for the families of the dead in Tamsk.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_time_into_an_activity_is_one_measure_whatever_the_verb() {
    let found = conflicts_read(&[
        "The second stage failed 148 seconds into the flight over Tamsk.",
        "The second stage shut down three minutes and four seconds into the flight.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    // Something else that happened in the flight is another measure.
    let found = conflicts_read(&[
        "The second stage failed 148 seconds into the flight over Tamsk.",
        "The fairing came away 40 seconds into the flight.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_thing_held_or_stopped_is_paused_and_a_person_held_is_in_custody() {
    let found = conflicts_read(&[
        "The countdown at Tamsk was held for 40 minutes while a ferry crossed the range.",
        "The countdown at Tamsk stopped for 25 minutes while a ferry crossed the range.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    // A person held for a length is in custody: no rival of a pause.
    let found = conflicts_read(&[
        "Dana Ivicek was held for 40 days in Tamsk after the ferry crossed the range.",
        "The countdown at Tamsk stopped for 25 days while a ferry crossed the range.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

/// "Nineteen of the injured were kept in Tamsk General Hospital" and
/// "Twenty-nine of them were still in hospital" count the hospitalised; a
/// tally named before its number ("the number of fragments recovered to
/// 58") counts its noun.
#[test]
fn parts_still_in_hospital_and_tallies_are_counts() {
    let found = conflicts_read(&[
        "Doctors treated 212 people. Nineteen of the injured were kept in Tamsk General Hospital.",
        "The blast hurt 212 people. Twenty-nine of them were still in hospital last night.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    let found = conflicts_read(&[
        "Divers raised six pieces, bringing the number of fragments recovered to 58.",
        "With it, the count of recovered fragments stands at 63.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

/// "its 81 million florin fine", "his 34 million florin fine": each the
/// whole of the person named before it, not two answers to one question.
#[test]
fn a_whole_owned_by_a_pronoun_is_its_namers() {
    let found = conflicts_read(&[
        "Dana Ivicek appealed against her 81 million florin fine on Monday.",
        "Oren Basky said on Monday that he would pay his 34 million florin fine.",
    ]);
    assert!(found.is_empty(), "{found:?}");
    let found = conflicts_read(&[
        "Dana Ivicek appealed against her 81 million florin fine on Monday.",
        "Dana Ivicek said on Monday that she would not pay her 18 million florin fine.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

/// A measure or a place said of two different named people or
/// organisations is two facts ("Greywold shares rose 6 percent in
/// Dornecq", "Orlenza shares rose 2 percent in Vennick").
#[test]
fn measures_and_places_of_two_owners_are_two_facts() {
    let found = conflicts_read(&[
        "Velde Commission shares rose 11 percent in Tamsk on Monday.",
        "Oren Basky shares rose 4 percent in Velmark on Monday.",
    ]);
    assert!(found.is_empty(), "{found:?}");
    let found = conflicts_read(&[
        "Velde Commission shares rose 11 percent in Tamsk on Monday.",
        "Velde Commission shares rose 4 percent in Velmark on Monday.",
    ]);
    assert_eq!(found.len(), 2, "{found:?}");
}

/// "three metres deeper than first measured" is a difference, not a
/// depth: it is no rival of "the 18 metres first measured".
#[test]
fn a_difference_before_than_is_not_a_level() {
    let found = conflicts_read(&[
        "The Velde Commission said the weir pool is 21 metres deep, not the 18 metres first measured.",
        "The weir pool is 21 metres deep, three metres deeper than first measured, the Velde Commission said.",
    ]);
    assert!(found.is_empty(), "{found:?}");
    let found = conflicts_read(&[
        "The Velde Commission said the weir pool is 21 metres deep.",
        "The weir pool is 24 metres deep, the Velde Commission said.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

/// "its 40 percent stake" and "a 3 percent rise" are shares of two
/// things: the noun an attributive share stands before is what it
/// measures.
#[test]
fn attributive_shares_of_two_things_are_two_measures() {
    let found = conflicts_read(&[
        "The Velde Commission will sell its 40 percent stake in the weir company.",
        "Velde Commission members voted themselves a 3 percent rise in their pay.",
    ]);
    assert!(found.is_empty(), "{found:?}");
    let found = conflicts_read(&[
        "The Velde Commission will sell its 40 percent stake in the weir company.",
        "The Velde Commission will sell its 30 percent stake in the weir company.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

/// "The company's shares" are the shares of the firm the report named
/// last: not the other firm's another report gives.
#[test]
fn the_company_is_the_firm_named_before() {
    let found = conflicts_read(&[
        "The Velde Commission said on Monday it would appeal. The company's shares rose 4 percent.",
        "Oren Basky shares rose 11 percent on Monday.",
    ]);
    assert!(found.is_empty(), "{found:?}");
    let found = conflicts_read(&[
        "The Velde Commission said on Monday it would appeal. The company's shares rose 4 percent.",
        "Velde Commission shares rose 11 percent on Monday.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

/// How long a thing can be used ("valid for a year") is one measure,
/// whatever the sentence's verb.
#[test]
fn how_long_a_thing_is_valid_is_one_measure() {
    let found = conflicts_read(&[
        "The Velde Commission said the weir passes can be used on any boat and are valid for a year.",
        "The weir passes are valid for six months on any boat, the Velde Commission said.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    let found = conflicts_read(&[
        "The Velde Commission said the weir passes can be used on any boat and are valid for a year.",
        "The Velde Commission said the weir was closed for six months.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

/// "a week after the talks ended" is the gap between two times, not the
/// length of the talks; "for 20 minutes before it sank" still is a length.
#[test]
fn a_gap_between_two_times_is_no_length() {
    let found = conflicts_read(&[
        "The weir talks lasted for an hour on Monday, the Velde Commission said.",
        "The Velde Commission will meet again a week after the weir talks ended.",
    ]);
    assert!(found.is_empty(), "{found:?}");
    let found = conflicts_read(&[
        "The weir talks lasted for an hour on Monday, the Velde Commission said.",
        "The weir talks lasted for two hours on Monday, the Velde Commission said.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

/// "6 cents a litre" is a rate per litre, not a sum: no rival of a
/// 4-cent cut, but of another rate per litre.
#[test]
fn a_figure_a_noun_is_a_rate() {
    let found = conflicts_read(&[
        "The Velde Commission said boats had paid an extra 6 cents a litre for fuel.",
        "The Velde Commission said boats would get 4 cents back on their fuel.",
    ]);
    assert!(found.is_empty(), "{found:?}");
    let found = conflicts_read(&[
        "The Velde Commission said boats had paid an extra 6 cents a litre for fuel.",
        "The Velde Commission said boats had paid an extra 8 cents a litre for fuel.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

/// "four hours of debate" is the length of the debate, as "a three-hour
/// debate" is, whatever verb the sentence has: the two are rivals. The
/// length of another noun is another measure.
#[test]
fn a_length_of_a_noun_is_the_noun_s_however_written() {
    let found = conflicts(&[
        "The Velde Commission approved the plan after a three-hour debate.",
        "The Velde Commission rushed the plan through after four hours of debate.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    let found = conflicts(&[
        "The Velde Commission approved the plan after a three-hour debate.",
        "The Velde Commission rushed the plan through after four hours of questioning.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

/// "all 64 of its ferries" is the whole fleet, written with its noun after
/// "of": a rival of "46 ferries". "40 of its ferries" stays a part.
#[test]
fn all_of_a_whole_is_the_whole() {
    let found = conflicts_read(&[
        "The Velde Commission cancelled 46 ferries on the river next year.",
        "The Velde Commission cancelled all 64 of its ferries on the river next year.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    let found = conflicts_read(&[
        "The Velde Commission cancelled 46 ferries on the river next year.",
        "The Velde Commission cancelled 40 of its ferries on the river next year.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}
