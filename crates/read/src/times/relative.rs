//! Expressions read against the anchor: weekdays, today/yesterday/tomorrow,
//! this/last/next periods, "N units ago", counted spans back ("the last four
//! days"), periods referring back ("earlier that month"), vague lengths
//! ("for years") and undated events ("since the fall of …").
//!
//! What it does not: explicit dates and month-day dates (`absolute`), clock
//! times (`clocks`), resolving "that month" against the expression before it
//! (the parent module does, after overlap resolution).

use chrono::{Datelike, Months, NaiveDate};
use crosscheck_types::{Granularity, TimeValue, UnresolvedReason};
use regex::SetMatches;

use super::dates::{
    days_back, days_fwd, month_range, push, range_value, unresolved, weekday_of, year_range,
};
use super::patterns::Patterns;
use super::scheduled::scheduled_present;
use super::{Found, Pending};

/// Whether the clause before `start` has a future cue.
pub(super) fn future_context(body: &str, p: &Patterns, start: usize) -> bool {
    let Some(before) = body.get(..start) else {
        return false;
    };
    let mut from = clause_start(before, &CLAUSE_STOPS);
    // A day set off after an aside ("will be presented in Callowport, the
    // capital, on Tuesday"): a clause of one to three words and no verb of
    // its own is the end of the one before it, whose verb it shares ("…,
    // the mayor said on Sunday" has its own).
    // The rest of a list after its comma ("close its border to all
    // livestock, meat and dairy products from Thursday") has no verb of
    // its own either.
    let short = before.get(from..).is_some_and(|c| {
        let words: Vec<&str> = c.split_whitespace().collect();
        let list = words.len() <= 10 && words.contains(&"and");
        (words.len() <= 3 || list)
            && !words.iter().any(|w| {
                w.ends_with("ed")
                    || matches!(
                        *w,
                        "said"
                            | "says"
                            | "told"
                            | "tells"
                            | "wrote"
                            | "is"
                            | "are"
                            | "was"
                            | "were"
                            | "will"
                            | "would"
                            | "has"
                            | "have"
                            | "had"
                    )
            })
    });
    if short {
        from = clause_start(before, &SENTENCE_STOPS);
    }
    let from = from.max(start.saturating_sub(120));
    // Move forward to a char boundary.
    let from = (from..=start)
        .find(|&i| body.is_char_boundary(i))
        .unwrap_or(start);
    body.get(from..start).is_some_and(|clause| {
        p.future_cue.find_iter(clause).any(|m| {
            // "had promised to pay by 31 December": a plan made in the past
            // looks ahead from then, not from the report's day.
            let past_plan = clause[..m.start()].trim_end().ends_with("had");
            // "I would have started packing in February": what would have
            // been, had things gone otherwise, looks back.
            let would_have = m.as_str().eq_ignore_ascii_case("would")
                && clause[m.end()..]
                    .trim_start()
                    .strip_prefix("not ")
                    .unwrap_or(clause[m.end()..].trim_start())
                    .starts_with("have ");
            !modal_perfect(m.as_str()) && !past_plan && !would_have
        })
    })
}

/// A modal cue of what may yet be ("should pass", "may open") that is a
/// perfect instead ("should have", "may have been"): it looks back.
fn modal_perfect(cue: &str) -> bool {
    let lower = cue.to_ascii_lowercase();
    ["should", "may", "might"]
        .iter()
        .any(|m| lower.starts_with(m))
        && lower
            .split_whitespace()
            .last()
            .is_some_and(|w| w == "have" || w == "not")
}

/// Stops that end a clause.
pub(super) const CLAUSE_STOPS: [char; 6] = ['.', ',', ';', '\n', '!', '?'];

/// Stops that end a sentence.
const SENTENCE_STOPS: [char; 5] = ['.', ';', '\n', '!', '?'];

/// Where the text ending `before` starts after its last of `stops`, not
/// counting the dots of an abbreviation ("6 p.m. on Tuesday").
pub(super) fn clause_start(before: &str, stops: &[char]) -> usize {
    let mut end = before.len();
    while let Some(i) = before[..end].rfind(stops) {
        let abbreviation = before.as_bytes()[i] == b'.'
            && i >= 2
            && before.as_bytes()[i - 2] == b'.'
            && before.as_bytes()[i - 1].is_ascii_alphabetic();
        if !abbreviation {
            return i + 1;
        }
        // Skip the whole abbreviation ("p.m.").
        end = i - 2;
        while end > 0 && before.as_bytes()[end - 1].is_ascii_alphabetic() {
            end -= 1;
        }
    }
    0
}

/// Whether a bare weekday at `start..end` is read forward: a future cue
/// before it in its clause with no past participle of its own between
/// ("will release them under an agreement reached late on Sunday" is past),
/// or a future cue in a "when" clause right after it ("on Wednesday, when
/// the minister is due to meet them").
pub(super) fn weekday_future(body: &str, p: &Patterns, start: usize, end: usize) -> bool {
    // A past participle after the cue ("might be allowed back once the pier
    // had been sampled, but not before Monday") leaves the other cues to
    // decide.
    if (future_context(body, p, start) || with_clause_of_future(body, p, start))
        && !past_participle_between(body, p, start)
    {
        return true;
    }
    earliest_after(body, end)
        || deadline(body, p, start)
        || when_clause_future(body, p, end)
        || present_condition(body, start)
        || scheduled_present(body, start, end)
}

/// A condition in the present tense ("If it rains on Saturday, we are back
/// where we started"): its clause opens with "if" or "unless" and has no
/// past form before the weekday, so it speaks of a time still to come. "If
/// it rained on Saturday, …" or "if they had met on Monday" stay past.
fn present_condition(body: &str, start: usize) -> bool {
    let Some(before) = body.get(..start) else {
        return false;
    };
    let clause = before[clause_start(before, &CLAUSE_STOPS)..]
        .trim_start_matches(|c: char| c.is_whitespace() || "\"“‘'(".contains(c))
        .to_lowercase();
    let Some(rest) = clause
        .strip_prefix("if ")
        .or_else(|| clause.strip_prefix("unless "))
    else {
        return false;
    };
    !rest
        .split(|c: char| !c.is_alphabetic())
        .any(|w| matches!(w, "was" | "were" | "had" | "did") || (w.len() > 3 && w.ends_with("ed")))
}

/// "on Monday at the earliest" or "at the latest": a bound on a time still
/// to come.
fn earliest_after(body: &str, end: usize) -> bool {
    let after = body.get(end..).unwrap_or("").trim_start_matches([',', ' ']);
    let lower = after
        .get(..after.len().min(16))
        .unwrap_or("")
        .to_ascii_lowercase();
    lower.starts_with("at the earliest") || lower.starts_with("at the latest")
}

/// A clause opened by "with" after a comma ("will reopen tomorrow, with
/// Skelby following on Monday") takes the tense of the clause it hangs on:
/// whether that clause has a future cue.
fn with_clause_of_future(body: &str, p: &Patterns, start: usize) -> bool {
    let Some(before) = body.get(..start) else {
        return false;
    };
    let from = clause_start(before, &CLAUSE_STOPS);
    let opens_with = body
        .get(from..start)
        .is_some_and(|c| c.trim_start().to_ascii_lowercase().starts_with("with "));
    if !opens_with || from == 0 || before.as_bytes().get(from - 1) != Some(&b',') {
        return false;
    }
    future_context(body, p, from - 1)
}

/// A deadline: "by", "until", "before" or "from" right before the day, with an
/// obligation, a demand, a refusal of the present or an extension earlier
/// in its clause ("must file its report by Friday", "demanded hourly
/// readings by Wednesday", "has until Friday", "must carry a beacon from
/// 1 September", "cannot promise a normal day
/// before Thursday", "extended the strike until Sunday"),
/// or "until" after a present state ("remains closed until Friday"). A
/// deadline set or owed is still to come; "by Wednesday morning the fire
/// was out" has no such cue and stays past.
pub(super) fn deadline(body: &str, p: &Patterns, start: usize) -> bool {
    let Some(before) = body.get(..start) else {
        return false;
    };
    // "until noon on Friday", "by 12:00 on Friday": the clock and its "on"
    // stand between the deadline word and the day.
    let head = before.trim_end();
    let head = match head.strip_suffix(" on").map(str::trim_end) {
        Some(h) => p
            .clock_tail
            .find(h)
            .map_or(head, |m| h[..m.start()].trim_end()),
        None => head,
    };
    let lower_tail: String = head
        .chars()
        .rev()
        .take(12)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect::<String>()
        .to_ascii_lowercase();
    let word = lower_tail
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    if !matches!(word, "by" | "until" | "till" | "before" | "from") {
        return false;
    }
    // "not before Monday": a time still to come.
    if word == "before"
        && lower_tail
            .trim_end_matches("before")
            .trim_end()
            .ends_with("not")
    {
        return true;
    }
    let from = clause_start(head, &SENTENCE_STOPS).max(start.saturating_sub(160));
    let from = (from..=start)
        .find(|&i| body.is_char_boundary(i))
        .unwrap_or(start);
    let clause = body.get(from..start).unwrap_or("");
    p.deadline_cue.is_match(clause) || (word != "by" && p.present_state.is_match(clause))
}

/// A past form between the last future cue and `start`: a past perfect
/// ("and that he had told her so on Monday"), or a reduced relative clause,
/// a past form ("-ed", or irregular: "lost") not after an auxiliary ("be",
/// "been", "have"), followed by a preposition or time adverb ("an agreement
/// reached in Quellan late on Sunday", "families displaced on Sunday", "the
/// trees he lost on Friday"). "will be released on Monday" keeps its
/// future.
fn past_participle_between(body: &str, p: &Patterns, start: usize) -> bool {
    let Some(before) = body.get(..start) else {
        return false;
    };
    let Some(cue_end) = p.future_cue.find_iter(before).last().map(|m| m.end()) else {
        return false;
    };
    let Some(span) = before.get(cue_end..) else {
        return false;
    };
    let words: Vec<String> = span
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    const AUX: &[&str] = &[
        "be", "been", "being", "have", "has", "had", "get", "is", "are",
    ];
    const AFTER: &[&str] = &["in", "on", "at", "late", "early", "last", "by", "during"];
    // "… would not ask, and that he had told her so on Monday": a past
    // perfect after the cue is past, unless the cue's own ("will have had").
    let past_perfect = words.windows(3).any(|w| {
        w[1] == "had" && !matches!(w[0].as_str(), "have" | "would" | "will") && w[2] != "to"
    });
    past_perfect
        || words.windows(3).any(|w| {
            let past = (w[1].len() > 4 && w[1].ends_with("ed") && !w[1].ends_with("eed"))
                || super::scheduled::IRREGULAR_PAST.contains(&w[1].as_str());
            past && !AUX.contains(&w[0].as_str()) && AFTER.contains(&w[2].as_str())
        })
}

/// A "when" clause right after a weekday ("on Wednesday, when X is due to
/// meet them") with a future cue before its end.
fn when_clause_future(body: &str, p: &Patterns, end: usize) -> bool {
    let Some(after) = body.get(end..) else {
        return false;
    };
    let rest = after.trim_start_matches([',', ' ']);
    let Some(clause) = rest.strip_prefix("when ") else {
        return false;
    };
    let stop = clause
        .find(['.', ',', ';', '\n', '!', '?'])
        .unwrap_or(clause.len());
    clause.get(..stop).is_some_and(|c| p.future_cue.is_match(c))
}

/// Expressions that need the anchor.
pub(super) fn relative(
    body: &str,
    p: &'static Patterns,
    hit: &Option<SetMatches>,
    anchor: Option<NaiveDate>,
    found: &mut Vec<Found>,
) {
    for c in p.caps(&p.weekday, hit, body) {
        let modifier = c.get(1).map(|m| m.as_str().to_ascii_lowercase());
        let part = c.get(3).is_some() || matches!(modifier.as_deref(), Some("early" | "late"));
        let g = if part {
            Granularity::PartOfDay
        } else {
            Granularity::Day
        };
        let v = match (anchor, c.get(2).and_then(|m| weekday_of(m.as_str()))) {
            (None, _) => unresolved(UnresolvedReason::NoAnchor),
            (Some(_), None) => unresolved(UnresolvedReason::InvalidDate),
            (Some(a), Some(wd)) => {
                let now = i64::from(a.weekday().num_days_from_monday());
                let target = i64::from(wd.num_days_from_monday());
                let back = (now - target).rem_euclid(7) as u64;
                let fwd = (target - now).rem_euclid(7) as u64;
                let start = c.get(0).map_or(0, |m| m.start());
                let d = match modifier.as_deref() {
                    // "last Tuesday" is the Tuesday of the week before the
                    // one the report is written in (weeks from Monday):
                    // said on a Thursday, nine days back, not two ("on
                    // Tuesday" says that one); said on a Wednesday, eight.
                    Some("last") => days_back(a, (now + 7 - target) as u64),
                    Some("next" | "coming") => days_fwd(a, if fwd <= 1 { fwd + 7 } else { fwd }),
                    Some("this") => {
                        if target >= now {
                            days_fwd(a, fwd)
                        } else {
                            days_back(a, back)
                        }
                    }
                    _ if weekday_future(body, p, start, c.get(0).map_or(start, |m| m.end())) => {
                        days_fwd(a, fwd)
                    }
                    _ => days_back(a, back),
                };
                d.map_or(unresolved(UnresolvedReason::InvalidDate), TimeValue::Date)
            }
        };
        push(found, &c, v, g);
    }
    for c in p.caps(&p.relday, hit, body) {
        let word = c
            .get(1)
            .map(|m| m.as_str().to_ascii_lowercase())
            .unwrap_or_default();
        let g = if c.get(2).is_some()
            || word == "tonight"
            || word.starts_with("last")
            || word.starts_with("this")
        {
            Granularity::PartOfDay
        } else {
            Granularity::Day
        };
        let v = match anchor {
            None => unresolved(UnresolvedReason::NoAnchor),
            Some(a) => {
                let d = match word.as_str() {
                    "yesterday" => days_back(a, 1),
                    "tomorrow" => days_fwd(a, 1),
                    w if w.starts_with("last") => days_back(a, 1),
                    _ => Some(a),
                };
                d.map_or(unresolved(UnresolvedReason::InvalidDate), TimeValue::Date)
            }
        };
        push(found, &c, v, g);
    }
    // "until the end of the month", "at the start of next week".
    for c in p.caps(&p.period_edge, hit, body) {
        let get = |i: usize| c.get(i).map(|m| m.as_str().to_ascii_lowercase());
        let edge = get(1).unwrap_or_default();
        let which = match get(2).unwrap_or_default().as_str() {
            "next" => "next",
            w if w.ends_with("coming") => "next",
            "last" => "last",
            _ => "this",
        };
        // "by the end of April": that month, the nearest April (a future
        // one after a deadline word).
        if let Some(month) = c
            .get(4)
            .and_then(|m| crosscheck_types::month_number(m.as_str()))
        {
            let deadline = c.get(0).is_some_and(|m| {
                let lead = m.as_str().to_ascii_lowercase();
                ["until", "till", "by", "before"]
                    .iter()
                    .any(|p| lead.starts_with(&format!("{p} ")))
            });
            let v = match anchor {
                None => unresolved(UnresolvedReason::NoAnchor),
                Some(a) => {
                    let year = if deadline && month < a.month() {
                        a.year() + 1
                    } else {
                        a.year()
                    };
                    month_range(year, month)
                        .map(|(first, last)| if edge == "end" { last } else { first })
                        .map_or(unresolved(UnresolvedReason::InvalidDate), TimeValue::Date)
                }
            };
            push(found, &c, v, Granularity::Day);
            continue;
        }
        let unit = get(3).unwrap_or_default();
        // "until the end of the month" is a deadline: that day. "at the
        // start of the month" is a part of the period, as "early this
        // month" is.
        let deadline = c.get(0).is_some_and(|m| {
            let lead = m.as_str().to_ascii_lowercase();
            ["until", "till", "by", "before", "from"]
                .iter()
                .any(|p| lead.starts_with(&format!("{p} ")))
        });
        let (v, g) = match anchor {
            None => (unresolved(UnresolvedReason::NoAnchor), Granularity::Day),
            Some(a) if deadline => (
                period(a, None, which, &unit)
                    .map(|(first, last)| if edge == "end" { last } else { first })
                    .map_or(unresolved(UnresolvedReason::InvalidDate), TimeValue::Date),
                Granularity::Day,
            ),
            Some(a) => {
                let part = if edge == "end" { "late" } else { "early" };
                let g = match unit.as_str() {
                    "week" => Granularity::Week,
                    "month" => Granularity::Month,
                    _ => Granularity::Year,
                };
                (range_value(period(a, Some(part), which, &unit)), g)
            }
        };
        push(found, &c, v, g);
    }
    for c in p.caps(&p.period, hit, body) {
        let get = |i: usize| c.get(i).map(|m| m.as_str().to_ascii_lowercase());
        let modifier = get(1);
        let which = get(2).unwrap_or_default();
        let unit = get(3).unwrap_or_default();
        let g = match unit.as_str() {
            "week" => Granularity::Week,
            "month" => Granularity::Month,
            _ => Granularity::Year,
        };
        let v = match anchor {
            None => unresolved(UnresolvedReason::NoAnchor),
            Some(a) => range_value(period(a, modifier.as_deref(), &which, &unit)),
        };
        push(found, &c, v, g);
    }
    for c in p.caps(&p.ago, hit, body) {
        let n_word = c
            .get(1)
            .map(|m| m.as_str().to_ascii_lowercase())
            .unwrap_or_default();
        let n: u32 = match n_word.as_str() {
            "a" | "an" | "one" => 1,
            "two" => 2,
            "three" => 3,
            "four" => 4,
            "five" => 5,
            "six" => 6,
            "seven" => 7,
            "eight" => 8,
            "nine" => 9,
            "ten" => 10,
            digits => digits.parse().unwrap_or(0),
        };
        let unit = c
            .get(2)
            .map(|m| m.as_str().to_ascii_lowercase())
            .unwrap_or_default();
        let (v, g) = match (anchor, unit.as_str()) {
            (None, "day") => (unresolved(UnresolvedReason::NoAnchor), Granularity::Day),
            (None, "week") => (unresolved(UnresolvedReason::NoAnchor), Granularity::Week),
            (None, "month") => (unresolved(UnresolvedReason::NoAnchor), Granularity::Month),
            (None, _) => (unresolved(UnresolvedReason::NoAnchor), Granularity::Year),
            (Some(a), "day") => (
                days_back(a, u64::from(n))
                    .map_or(unresolved(UnresolvedReason::InvalidDate), TimeValue::Date),
                Granularity::Day,
            ),
            (Some(a), "week") => (
                days_back(a, 7 * u64::from(n))
                    .map_or(unresolved(UnresolvedReason::InvalidDate), TimeValue::Date),
                Granularity::Week,
            ),
            (Some(a), "month") => (
                range_value(
                    a.checked_sub_months(Months::new(n))
                        .and_then(|d| month_range(d.year(), d.month())),
                ),
                Granularity::Month,
            ),
            (Some(a), _) => (
                range_value(i32::try_from(n).ok().and_then(|n| year_range(a.year() - n))),
                Granularity::Year,
            ),
        };
        push(found, &c, v, g);
    }
}

/// The inclusive day range of "[modifier] which unit" around anchor `a`.
fn period(
    a: NaiveDate,
    modifier: Option<&str>,
    which: &str,
    unit: &str,
) -> Option<(NaiveDate, NaiveDate)> {
    if which == "past" {
        let from = match unit {
            "week" => days_back(a, 7)?,
            "month" => a.checked_sub_months(Months::new(1))?,
            _ => a.checked_sub_months(Months::new(12))?,
        };
        return Some((from, a));
    }
    let step: i32 = match which {
        "last" | "previous" => -1,
        "next" | "coming" => 1,
        _ => 0,
    };
    let (first, last) = match unit {
        "week" => {
            let monday = days_back(a, u64::from(a.weekday().num_days_from_monday()))?;
            let first = if step < 0 {
                days_back(monday, 7)?
            } else {
                days_fwd(monday, 7 * step as u64)?
            };
            (first, days_fwd(first, 6)?)
        }
        "month" => {
            let base = NaiveDate::from_ymd_opt(a.year(), a.month(), 1)?;
            let d = if step < 0 {
                base.checked_sub_months(Months::new(1))?
            } else {
                base.checked_add_months(Months::new(step as u32))?
            };
            month_range(d.year(), d.month())?
        }
        _ => year_range(a.year() + step)?,
    };
    let this = step == 0;
    match modifier {
        // "Earlier this month" is before today, "later this month" after it.
        Some("earlier") if this => Some((first, days_back(a, 1)?.max(first).min(last))),
        Some("later") if this => Some((days_fwd(a, 1)?.min(last).max(first), last)),
        Some("early" | "earlier") => match unit {
            "week" => Some((first, days_fwd(first, 1)?)),
            "month" => Some((
                first,
                NaiveDate::from_ymd_opt(first.year(), first.month(), 10)?,
            )),
            _ => Some((first, NaiveDate::from_ymd_opt(first.year(), 4, 30)?)),
        },
        Some("late" | "later") => match unit {
            "week" => Some((days_fwd(first, 4)?, last)),
            "month" => Some((
                NaiveDate::from_ymd_opt(first.year(), first.month(), 21)?,
                last,
            )),
            _ => Some((NaiveDate::from_ymd_opt(first.year(), 9, 1)?, last)),
        },
        _ => Some((first, last)),
    }
}

/// Recognised time words whose value the text does not give: vague lengths
/// ("for years") and undated events ("ever since the fall of the city").
pub(super) fn unquantified(
    body: &str,
    p: &'static Patterns,
    hit: &Option<SetMatches>,
    found: &mut Vec<Found>,
) {
    for c in p.caps(&p.vague, hit, body) {
        let unit = c.get(1).map(|m| m.as_str().to_ascii_lowercase());
        let g = match unit.as_deref() {
            Some("weeks") => Granularity::Week,
            Some("months") => Granularity::Month,
            _ => Granularity::Year,
        };
        push(found, &c, unresolved(UnresolvedReason::Vague), g);
    }
    for c in p.caps(&p.since_event, hit, body) {
        push(
            found,
            &c,
            unresolved(UnresolvedReason::UndatedEvent),
            Granularity::Day,
        );
    }
}

/// Counted spans back from the anchor ("the last four days") and periods
/// that refer back to an earlier time ("earlier that month").
pub(super) fn spans(
    body: &str,
    p: &'static Patterns,
    hit: &Option<SetMatches>,
    anchor: Option<NaiveDate>,
    found: &mut Vec<Found>,
) {
    for c in p.caps(&p.span_back, hit, body) {
        let n = c.get(1).and_then(|m| small_number(m.as_str())).unwrap_or(0);
        let unit = c
            .get(2)
            .map(|m| m.as_str().to_ascii_lowercase())
            .unwrap_or_default();
        let g = match unit.as_str() {
            "day" => Granularity::Day,
            "week" => Granularity::Week,
            "month" => Granularity::Month,
            _ => Granularity::Year,
        };
        let v = match anchor {
            None => unresolved(UnresolvedReason::NoAnchor),
            Some(a) => {
                let from = match unit.as_str() {
                    "day" => days_back(a, u64::from(n)),
                    "week" => days_back(a, 7 * u64::from(n)),
                    "month" => a.checked_sub_months(Months::new(n)),
                    _ => a.checked_sub_months(Months::new(12 * n)),
                };
                range_value(from.zip(days_back(a, 1)).filter(|(f, l)| f <= l))
            }
        };
        push(found, &c, v, g);
    }
    for c in p.caps(&p.that_period, hit, body) {
        let modifier = match c.get(1).map(|m| m.as_str().to_ascii_lowercase()).as_deref() {
            Some("earlier") => Some("earlier"),
            Some("later") => Some("later"),
            _ => None,
        };
        let (unit, g) = match c.get(2).map(|m| m.as_str().to_ascii_lowercase()).as_deref() {
            Some("week") => ("week", Granularity::Week),
            Some("month") => ("month", Granularity::Month),
            _ => ("year", Granularity::Year),
        };
        if let Some(m) = c.get(0) {
            found.push(Found {
                start: m.start(),
                end: m.end(),
                value: Pending::Antecedent { unit, modifier },
                granularity: g,
            });
        }
    }
}

/// "that evening", "the next morning", "the previous day": a day told from
/// the day said before it (resolved in order by the parent module).
pub(super) fn that_day(
    body: &str,
    p: &'static Patterns,
    hit: &Option<SetMatches>,
    found: &mut Vec<Found>,
) {
    for c in p.caps(&p.that_day, hit, body) {
        let modifier = match c.get(1).map(|m| m.as_str().to_ascii_lowercase()).as_deref() {
            Some("next" | "following") => Some("next"),
            Some("previous") => Some("previous"),
            _ => None,
        };
        let whole_day = c
            .get(2)
            .is_some_and(|m| m.as_str().eq_ignore_ascii_case("day"));
        let granularity = if whole_day {
            Granularity::Day
        } else {
            Granularity::PartOfDay
        };
        if let Some(m) = c.get(0) {
            found.push(Found {
                start: m.start(),
                end: m.end(),
                value: Pending::Antecedent {
                    unit: "day",
                    modifier,
                },
                granularity,
            });
        }
    }
}

/// "four" → 4, "12" → 12 (the counts the span patterns allow).
fn small_number(word: &str) -> Option<u32> {
    const WORDS: [&str; 12] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve",
    ];
    let lower = word.to_ascii_lowercase();
    WORDS
        .iter()
        .position(|w| *w == lower)
        .and_then(|i| u32::try_from(i + 1).ok())
        .or_else(|| lower.parse().ok())
}
