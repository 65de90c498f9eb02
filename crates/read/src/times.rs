//! Time expressions, normalised against the publication date (the anchor).
//!
//! Rules, all deterministic:
//!
//! - Explicit dates ("29 October 2025", "October 29, 2025", "2025-10-29"),
//!   months with a year ("March 2026": the whole month) and years after
//!   "in", "since", "during", "by", "until" ("in 2024": the whole year)
//!   resolve without an anchor. A named date that does not exist
//!   ("31 February 2025") is [`UnresolvedReason::InvalidDate`].
//! - Every relative expression needs the anchor; without one it is
//!   [`UnresolvedReason::NoAnchor`], never a guess.
//! - A weekday ("on Thursday", "Tuesday night", "late Friday") is the most
//!   recent such day on or before the anchor: news reports past events, and
//!   a report published on a Thursday that says "on Thursday" means that
//!   day. When the clause before it has a future cue ("will", "is due to",
//!   "is scheduled", "plans to", ...) it is the first such day on or after
//!   the anchor. "last Thursday" is strictly before the anchor, "next
//!   Monday" / "coming Monday" strictly after, "this Friday" the one in the
//!   anchor's Monday-to-Sunday week.
//! - "today", "tonight" are the anchor; "yesterday", "last night" the day
//!   before; "tomorrow" the day after.
//! - Weeks run Monday to Sunday. "this week", "last week", "next week" are
//!   ranges of whole weeks; "this/last/next month/year" of whole months and
//!   years; "the past week/month/year" runs from one week/month/year before
//!   the anchor to the anchor. "earlier this week/month/year" runs from the
//!   period's first day to the anchor, "later this …" from the anchor to the
//!   period's last day. "early …" is the first part of the period (Monday
//!   and Tuesday; days 1–10; January–April), "late …" the last part (Friday
//!   to Sunday; day 21 to the end; September–December).
//! - "N days/weeks/months/years ago": the day N days or weeks before the
//!   anchor; the month or year N months or years before it.
//! - A month and day without a year ("on October 25", "25 October") take the
//!   year (the anchor's, the one before or the one after) that puts the date
//!   nearest the anchor; a tie goes to the earlier date.
//! - A clock time ("10:30 GMT", "15:00 PKT (UTC+5)", "3 p.m. local time")
//!   is an instant only with a time zone: a known abbreviation, a
//!   "UTC+5"-style offset, or both (the explicit offset wins). Its day is the
//!   nearest resolved single-day expression in the same sentence, else the
//!   anchor. Without a zone ("3 p.m.", "3 p.m. local time") it is
//!   [`UnresolvedReason::NoTimeZone`]. Ambiguous abbreviations take one
//!   reading: IST is India (+05:30), BST British Summer Time (+01:00), CST US
//!   Central (-06:00). A bare "10:30" with neither a.m./p.m. nor a zone is not
//!   taken as a time (scores, ratios).
//! - Numeric dates like "10/11/2025" are not read: day-month order is
//!   ambiguous.
//!
//! When two matches overlap, the longer wins ("October 25, 2025" over
//! "October 25"), then the earlier.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use chrono::{Datelike, Days, FixedOffset, Months, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use crosscheck_types::{Granularity, Sentence, TimeExpr, TimeValue, UnresolvedReason};
use std::iter::Flatten;
use std::option;

use regex::{CaptureMatches, Captures, Regex, RegexSet, SetMatches};

use crate::sentences::ParagraphSentences;

/// Time-zone abbreviations and their offsets in minutes east of UTC.
const ZONES: &[(&str, i32)] = &[
    ("UTC", 0),
    ("GMT", 0),
    ("WET", 0),
    ("BST", 60),
    ("CET", 60),
    ("WAT", 60),
    ("CEST", 120),
    ("EET", 120),
    ("CAT", 120),
    ("SAST", 120),
    ("EEST", 180),
    ("MSK", 180),
    ("EAT", 180),
    ("TRT", 180),
    ("IRST", 210),
    ("GST", 240),
    ("AFT", 270),
    ("PKT", 300),
    ("IST", 330),
    ("NPT", 345),
    ("BDT", 360),
    ("ICT", 420),
    ("WIB", 420),
    ("HKT", 480),
    ("SGT", 480),
    ("AWST", 480),
    ("JST", 540),
    ("KST", 540),
    ("AEST", 600),
    ("AEDT", 660),
    ("NZST", 720),
    ("NZDT", 780),
    ("EST", -300),
    ("EDT", -240),
    ("CST", -360),
    ("CDT", -300),
    ("MST", -420),
    ("MDT", -360),
    ("PST", -480),
    ("PDT", -420),
    ("AKST", -540),
    ("HST", -600),
];

const MONTH: &str = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?-u:\b)\.?";

/// The patterns use ASCII word boundaries, `(?-u:\b)`: a Unicode `\b`
/// keeps the regex engine off its fast DFA on any text with a non-ASCII
/// character (curly quotes, no-break spaces), which news text always has.
struct Patterns {
    iso: Regex,
    dmy: Regex,
    mdy: Regex,
    md: Regex,
    dm: Regex,
    my: Regex,
    named_month: Regex,
    year: Regex,
    weekday: Regex,
    relday: Regex,
    period: Regex,
    ago: Regex,
    clock: Regex,
    clock_wire: Regex,
    future_cue: Regex,
    span_back: Regex,
    that_period: Regex,
    vague: Regex,
    since_event: Regex,
    /// All the patterns scanned over a whole body but `future_cue`, as one
    /// set: one pass says which of them match at all, and only those are
    /// run for their matches (most bodies match few of them).
    any: Option<RegexSet>,
}

impl Patterns {
    /// The patterns in `any`, in its order.
    fn scanned(&self) -> [&Regex; 18] {
        [
            &self.named_month,
            &self.iso,
            &self.dmy,
            &self.mdy,
            &self.md,
            &self.dm,
            &self.my,
            &self.year,
            &self.weekday,
            &self.relday,
            &self.period,
            &self.ago,
            &self.clock,
            &self.clock_wire,
            &self.span_back,
            &self.that_period,
            &self.vague,
            &self.since_event,
        ]
    }

    /// False when the set `hit` says `re` matches nowhere in the body.
    fn may_match(&self, re: &Regex, hit: &Option<SetMatches>) -> bool {
        !hit.as_ref().is_some_and(|hit| {
            self.scanned()
                .iter()
                .position(|r| std::ptr::eq(*r, re))
                .is_some_and(|i| !hit.matched(i))
        })
    }

    /// `re`'s matches in `body`, none without a search when the set `hit`
    /// says it matches nowhere there.
    fn caps<'h>(
        &'static self,
        re: &'static Regex,
        hit: &Option<SetMatches>,
        body: &'h str,
    ) -> Flatten<option::IntoIter<CaptureMatches<'static, 'h>>> {
        self.may_match(re, hit)
            .then(|| re.captures_iter(body))
            .into_iter()
            .flatten()
    }
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        let re = |s: &str| Regex::new(s).expect("constant time-expression pattern compiles");
        let ord = r"(?:st|nd|rd|th)?";
        let mut zones: Vec<&str> = ZONES.iter().map(|(z, _)| *z).collect();
        zones.sort_by_key(|z| std::cmp::Reverse(z.len()));
        let offset = r"(?:UTC|GMT)\s*[+\-−]\s*\d{1,2}(?::?\d{2})?";
        let zone = format!(r"(?P<zone>{offset}|{}(?-u:\b)|(?i:local\s+time)(?-u:\b))", zones.join(r"(?-u:\b)|"));
        let mut p = Patterns {
            iso: re(r"(?-u:\b)(\d{4})-(\d{1,2})-(\d{1,2})(?-u:\b)"),
            dmy: re(&format!(r"(?-u:\b)(\d{{1,2}}){ord}\s+(?:of\s+)?{MONTH},?\s+(\d{{4}})(?-u:\b)")),
            mdy: re(&format!(r"(?-u:\b){MONTH}\s+(\d{{1,2}}){ord},?\s+(\d{{4}})(?-u:\b)")),
            md: re(&format!(r"(?-u:\b){MONTH}\s+(\d{{1,2}}){ord}(?-u:\b)")),
            dm: re(&format!(r"(?-u:\b)(\d{{1,2}}){ord}\s+(?:of\s+)?{MONTH}")),
            my: re(&format!(r"(?-u:\b){MONTH}\s+(\d{{4}})(?-u:\b)")),
            named_month: re(
                r"(?-u:\b)((?i:last|this|next|in|early|late))\s+(January|February|March|April|May|June|July|August|September|October|November|December)(?-u:\b)",
            ),
            year: re(r"(?-u:\b)(?:[Ii]n|[Ss]ince|[Dd]uring|[Bb]y|[Uu]ntil)\s+((?:1[89]|20|21)\d{2})(?-u:\b)"),
            weekday: re(
                r"(?i)(?-u:\b)(?:(last|next|this|coming|early|late)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?-u:\b)(?:\s+(morning|afternoon|evening|night)(?-u:\b))?",
            ),
            relday: re(
                r"(?i)(?-u:\b)(today|yesterday|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening))(?-u:\b)(?:\s+(morning|afternoon|evening|night)(?-u:\b))?",
            ),
            period: re(
                r"(?i)(?-u:\b)(?:(earlier|later|early|late)\s+)?(last|this|next|past|previous|coming)\s+(week|month|year)(?-u:\b)",
            ),
            ago: re(
                r"(?i)(?-u:\b)(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(day|week|month|year)s?\s+ago(?-u:\b)",
            ),
            clock: re(&format!(
                r"(?-u:\b)(?P<h>\d{{1,2}})(?::(?P<m>\d{{2}}))?(?:\s*(?P<ap>(?i:[ap]\.m\.|[ap]m(?-u:\b))))?(?:\s*{zone})?(?:\s*\(\s*(?:(?P<paren>{offset})|(?P<uh>\d{{1,2}}):(?P<um>\d{{2}})\s*(?:GMT|UTC))\s*\))?"
            )),
            clock_wire: re(r"(?-u:\b)(?P<h>\d{2})(?P<m>\d{2})\s*(?P<zone>GMT|UTC)(?-u:\b)"),
            span_back: re(
                r"(?i)(?-u:\b)(?:the\s+)?(?:last|past|previous)\s+(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(day|week|month|year)s(?-u:\b)",
            ),
            that_period: re(r"(?i)(?-u:\b)(?:(earlier|later)\s+)?that\s+(?:same\s+)?(week|month|year)(?-u:\b)"),
            vague: re(
                r"(?i)(?-u:\b)(?:for|after|over|in)\s+(?:many\s+|several\s+)?(weeks|months|years|decades)(?:\s+of)?(?-u:\b)",
            ),
            since_event: re(
                r"(?i)(?-u:\b)(?:ever\s+)?since\s+the\s+(?:[a-z]+(?:tion|ment|ure|al)|takeover|fall|start|beginning|end|outbreak|collapse|death|war|election|invasion)\s+of\s+[^,.;:!?\n]{1,60}",
            ),
            future_cue: re(
                r"(?i)(?-u:\b)(will|shall|would|is due|are due|is scheduled|are scheduled|is expected to|are expected to|is set to|are set to|plans? to|to be held|is to|are to)(?-u:\b)",
            ),
            any: None,
        };
        p.any = RegexSet::new(p.scanned().map(Regex::as_str)).ok();
        p
    })
}

/// One recognised expression before overlap resolution.
struct Found {
    start: usize,
    end: usize,
    value: Pending,
    granularity: Granularity,
}

/// A value, or a clock time still waiting for its day, or a period that
/// refers back to an earlier time ("earlier that month").
enum Pending {
    Done(TimeValue),
    Antecedent {
        /// "week", "month" or "year".
        unit: &'static str,
        /// "earlier", "later", or neither.
        modifier: Option<&'static str>,
    },
    Clock {
        time: NaiveTime,
        offset_minutes: Option<i32>,
    },
}

/// The time expressions of `body`, in order of position, not overlapping,
/// normalised against `anchor` (the report's publication date).
pub fn times(body: &str, anchor: Option<NaiveDate>) -> Vec<TimeExpr> {
    let p = patterns();
    let hit = p.any.as_ref().map(|set| set.matches(body));
    let hit = &hit;
    let mut found = Vec::new();
    absolute(body, p, hit, &mut found);
    month_day(body, p, hit, anchor, &mut found);
    relative(body, p, hit, anchor, &mut found);
    spans(body, p, hit, anchor, &mut found);
    unquantified(body, p, hit, &mut found);
    clocks(body, p, hit, &mut found);

    // Longest first, then earliest; keep those that overlap nothing kept.
    found.sort_by(|a, b| {
        (b.end - b.start)
            .cmp(&(a.end - a.start))
            .then(a.start.cmp(&b.start))
    });
    let mut kept: BTreeMap<usize, Found> = BTreeMap::new();
    for f in found {
        let clash_before = kept
            .range(..f.end)
            .next_back()
            .is_some_and(|(_, k)| k.end > f.start);
        if !clash_before {
            kept.insert(f.start, f);
        }
    }

    let kept: Vec<Found> = kept.into_values().collect();
    let mut sents: Option<ParagraphSentences> = None;
    let near = nearest_days(&kept);
    let mut out = Vec::with_capacity(kept.len());
    for (i, f) in kept.iter().enumerate() {
        let value = match f.value {
            Pending::Done(v) => v,
            Pending::Clock {
                time,
                offset_minutes,
            } => {
                // Only a clock time needs its sentence (to find its day):
                // split its paragraph alone.
                let day = sents
                    .get_or_insert_with(|| ParagraphSentences::new(body))
                    .at(f.start)
                    .and_then(|s| day_in_sentence(&kept, i, &near, s))
                    .or(anchor);
                resolve_clock(time, offset_minutes, day)
            }
            Pending::Antecedent { unit, modifier } => {
                let before = out.iter().rev().find_map(|t: &TimeExpr| t.value.days());
                match before {
                    Some((day, _)) => range_value(around(day, unit, modifier)),
                    None if anchor.is_none() => unresolved(UnresolvedReason::NoAnchor),
                    None => unresolved(UnresolvedReason::NoAntecedent),
                }
            }
        };
        let Some(text) = body.get(f.start..f.end) else {
            continue;
        };
        out.push(TimeExpr {
            start: f.start,
            end: f.end,
            text: text.to_string(),
            value,
            granularity: f.granularity,
        });
    }
    join_weekday_dates(body, &mut out);
    out
}

/// "Wednesday, 29 October 2025" is one expression: a weekday directly
/// followed (after a comma or space) by an explicit date that falls on that
/// weekday takes the date's value and becomes part of it. A weekday that
/// does not match its date stays apart, so a person sees both readings.
fn join_weekday_dates(body: &str, out: &mut Vec<TimeExpr>) {
    let mut i = 0;
    while i + 1 < out.len() {
        let (day, date) = (&out[i], &out[i + 1]);
        let between = body.get(day.end..date.start).unwrap_or("x");
        let joins = between.chars().all(|c| c == ',' || c.is_whitespace())
            && between.len() <= 3
            && match (weekday_of(day.text.trim()), &date.value) {
                (Some(w), TimeValue::Date(d)) => d.weekday() == w,
                _ => false,
            };
        if joins {
            let date = out.remove(i + 1);
            let day = &mut out[i];
            if let Some(text) = body.get(day.start..date.end) {
                day.text = text.to_string();
                day.end = date.end;
                day.value = date.value;
                day.granularity = date.granularity;
            }
        }
        i += 1;
    }
}

fn resolve_clock(
    time: NaiveTime,
    offset_minutes: Option<i32>,
    day: Option<NaiveDate>,
) -> TimeValue {
    let Some(minutes) = offset_minutes else {
        return unresolved(UnresolvedReason::NoTimeZone);
    };
    let Some(day) = day else {
        return unresolved(UnresolvedReason::NoAnchor);
    };
    let instant = FixedOffset::east_opt(minutes * 60).and_then(|tz| {
        NaiveDateTime::new(day, time)
            .and_local_timezone(tz)
            .single()
    });
    match instant {
        Some(t) => TimeValue::Instant(t),
        None => unresolved(UnresolvedReason::InvalidDate),
    }
}

/// For each expression, the index of the nearest earlier (`prev`) or later
/// (`next`) one whose value is a single resolved day. Linear.
fn nearest_days(kept: &[Found]) -> (Vec<Option<usize>>, Vec<Option<usize>>) {
    let is_day = |f: &Found| matches!(f.value, Pending::Done(TimeValue::Date(_)));
    let mut prev = Vec::with_capacity(kept.len());
    let mut last = None;
    for (i, f) in kept.iter().enumerate() {
        prev.push(last);
        if is_day(f) {
            last = Some(i);
        }
    }
    let mut next = vec![None; kept.len()];
    let mut last = None;
    for (i, f) in kept.iter().enumerate().rev() {
        if let Some(slot) = next.get_mut(i) {
            *slot = last;
        }
        if is_day(f) {
            last = Some(i);
        }
    }
    (prev, next)
}

/// The day of the nearest resolved single-day expression in the sentence of
/// `kept[i]`.
fn day_in_sentence(
    kept: &[Found],
    i: usize,
    near: &(Vec<Option<usize>>, Vec<Option<usize>>),
    s: Sentence,
) -> Option<NaiveDate> {
    let me = kept.get(i)?;
    let candidate = |j: Option<&Option<usize>>| {
        let f = kept.get((*j?)?)?;
        let Pending::Done(TimeValue::Date(d)) = f.value else {
            return None;
        };
        (f.start >= s.start && f.end <= s.end).then(|| (f.start.abs_diff(me.start), d))
    };
    [candidate(near.0.get(i)), candidate(near.1.get(i))]
        .into_iter()
        .flatten()
        .min_by_key(|&(dist, _)| dist)
        .map(|(_, d)| d)
}

fn unresolved(reason: UnresolvedReason) -> TimeValue {
    TimeValue::Unresolved { reason }
}

/// The days of the week, month or year around `day`; with "earlier" only
/// those before it, with "later" only those after it.
fn around(day: NaiveDate, unit: &str, modifier: Option<&str>) -> Option<(NaiveDate, NaiveDate)> {
    let (first, last) = match unit {
        "week" => {
            let monday = days_back(day, u64::from(day.weekday().num_days_from_monday()))?;
            (monday, days_fwd(monday, 6)?)
        }
        "month" => month_range(day.year(), day.month())?,
        _ => year_range(day.year())?,
    };
    match modifier {
        Some("earlier") => Some((first, days_back(day, 1)?.max(first))),
        Some("later") => Some((days_fwd(day, 1)?.min(last), last)),
        _ => Some((first, last)),
    }
}

/// Recognised time words whose value the text does not give: vague lengths
/// ("for years") and undated events ("ever since the fall of the city").
fn unquantified(
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
fn spans(
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

fn push(found: &mut Vec<Found>, c: &Captures, value: TimeValue, granularity: Granularity) {
    if let Some(m) = c.get(0) {
        found.push(Found {
            start: m.start(),
            end: m.end(),
            value: Pending::Done(value),
            granularity,
        });
    }
}

fn num(c: &Captures, i: usize) -> Option<u32> {
    c.get(i)?.as_str().parse().ok()
}

fn int(c: &Captures, i: usize) -> Option<i32> {
    c.get(i)?.as_str().parse().ok()
}

fn month_no(c: &Captures, i: usize) -> Option<u32> {
    crosscheck_types::month_number(c.get(i)?.as_str())
}

fn date_value(y: Option<i32>, m: Option<u32>, d: Option<u32>) -> TimeValue {
    match (y, m, d) {
        (Some(y), Some(m), Some(d)) => NaiveDate::from_ymd_opt(y, m, d)
            .map_or(unresolved(UnresolvedReason::InvalidDate), TimeValue::Date),
        _ => unresolved(UnresolvedReason::InvalidDate),
    }
}

fn month_range(y: i32, m: u32) -> Option<(NaiveDate, NaiveDate)> {
    let first = NaiveDate::from_ymd_opt(y, m, 1)?;
    let last = first.checked_add_months(Months::new(1))?.pred_opt()?;
    Some((first, last))
}

fn year_range(y: i32) -> Option<(NaiveDate, NaiveDate)> {
    Some((
        NaiveDate::from_ymd_opt(y, 1, 1)?,
        NaiveDate::from_ymd_opt(y, 12, 31)?,
    ))
}

fn range_value(r: Option<(NaiveDate, NaiveDate)>) -> TimeValue {
    r.map_or(unresolved(UnresolvedReason::InvalidDate), |(a, b)| {
        TimeValue::Range(a, b)
    })
}

/// Expressions that resolve without an anchor.
fn absolute(body: &str, p: &'static Patterns, hit: &Option<SetMatches>, found: &mut Vec<Found>) {
    for c in p.caps(&p.iso, hit, body) {
        let v = date_value(int(&c, 1), num(&c, 2), num(&c, 3));
        push(found, &c, v, Granularity::Day);
    }
    for c in p.caps(&p.dmy, hit, body) {
        let v = date_value(int(&c, 3), month_no(&c, 2), num(&c, 1));
        push(found, &c, v, Granularity::Day);
    }
    for c in p.caps(&p.mdy, hit, body) {
        let v = date_value(int(&c, 3), month_no(&c, 1), num(&c, 2));
        push(found, &c, v, Granularity::Day);
    }
    for c in p.caps(&p.my, hit, body) {
        let r = int(&c, 2)
            .zip(month_no(&c, 1))
            .and_then(|(y, m)| month_range(y, m));
        push(found, &c, range_value(r), Granularity::Month);
    }
    for c in p.caps(&p.year, hit, body) {
        if let Some(m) = c.get(1) {
            let r = m.as_str().parse().ok().and_then(year_range);
            found.push(Found {
                start: m.start(),
                end: m.end(),
                value: Pending::Done(range_value(r)),
                granularity: Granularity::Year,
            });
        }
    }
}

/// Month and day without a year: the year that puts the date nearest the
/// anchor.
fn month_day(
    body: &str,
    p: &'static Patterns,
    hit: &Option<SetMatches>,
    anchor: Option<NaiveDate>,
    found: &mut Vec<Found>,
) {
    let resolve = |m: Option<u32>, d: Option<u32>| -> TimeValue {
        let Some(a) = anchor else {
            return unresolved(UnresolvedReason::NoAnchor);
        };
        let (Some(m), Some(d)) = (m, d) else {
            return unresolved(UnresolvedReason::InvalidDate);
        };
        [a.year() - 1, a.year(), a.year() + 1]
            .into_iter()
            .filter_map(|y| NaiveDate::from_ymd_opt(y, m, d))
            .min_by_key(|&c| ((c - a).num_days().abs(), c))
            .map_or(unresolved(UnresolvedReason::InvalidDate), TimeValue::Date)
    };
    for c in p.caps(&p.md, hit, body) {
        let v = resolve(month_no(&c, 1), num(&c, 2));
        push(found, &c, v, Granularity::Day);
    }
    for c in p.caps(&p.dm, hit, body) {
        let v = resolve(month_no(&c, 2), num(&c, 1));
        push(found, &c, v, Granularity::Day);
    }
    for c in p.caps(&p.named_month, hit, body) {
        let which = c.get(1).map(|m| m.as_str().to_ascii_lowercase());
        let v = match (anchor, month_no(&c, 2)) {
            (None, _) => unresolved(UnresolvedReason::NoAnchor),
            (Some(a), Some(m)) => {
                let start = c.get(0).map_or(0, |m| m.start());
                let future = future_context(body, p, start);
                range_value(named_month(a, which.as_deref(), m, future))
            }
            (Some(_), None) => unresolved(UnresolvedReason::InvalidDate),
        };
        push(found, &c, v, Granularity::Month);
    }
}

/// A month named without a year: "last August" is the latest August before
/// the anchor's month, "next August" the first after it, "this August" the
/// anchor's year's; "in/early/late August" the latest August up to the
/// anchor's month, or with a future cue ("will", "is due") the first from
/// it on, as a bare weekday is read. The whole month: "early" and "late" are
/// too vague to narrow.
fn named_month(
    anchor: NaiveDate,
    which: Option<&str>,
    month: u32,
    future: bool,
) -> Option<(NaiveDate, NaiveDate)> {
    let (y, now) = (anchor.year(), anchor.month());
    let year = match which {
        Some("last") if month < now => y,
        Some("last") => y - 1,
        Some("next") if month > now => y,
        Some("next") => y + 1,
        Some("this") => y,
        _ if future && month < now => y + 1,
        _ if !future && month > now => y - 1,
        _ => y,
    };
    month_range(year, month)
}

fn weekday_of(name: &str) -> Option<Weekday> {
    name.to_ascii_lowercase().parse().ok()
}

fn days_back(a: NaiveDate, n: u64) -> Option<NaiveDate> {
    a.checked_sub_days(Days::new(n))
}

fn days_fwd(a: NaiveDate, n: u64) -> Option<NaiveDate> {
    a.checked_add_days(Days::new(n))
}

/// Whether the clause before `start` has a future cue.
fn future_context(body: &str, p: &Patterns, start: usize) -> bool {
    let Some(before) = body.get(..start) else {
        return false;
    };
    let from = before
        .rfind(['.', ',', ';', '\n', '!', '?'])
        .map_or(0, |i| i + 1);
    let from = from.max(start.saturating_sub(120));
    // Move forward to a char boundary.
    let from = (from..=start)
        .find(|&i| body.is_char_boundary(i))
        .unwrap_or(start);
    body.get(from..start)
        .is_some_and(|clause| p.future_cue.is_match(clause))
}

/// Expressions that need the anchor.
fn relative(
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
                    Some("last") => days_back(a, if back == 0 { 7 } else { back }),
                    Some("next" | "coming") => days_fwd(a, if fwd == 0 { 7 } else { fwd }),
                    Some("this") => {
                        if target >= now {
                            days_fwd(a, fwd)
                        } else {
                            days_back(a, back)
                        }
                    }
                    _ if future_context(body, p, start) => days_fwd(a, fwd),
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

fn parse_offset(s: &str) -> Option<i32> {
    let rest = s.trim_start_matches("UTC").trim_start_matches("GMT").trim();
    let (sign, rest) = if let Some(r) = rest.strip_prefix('+') {
        (1, r)
    } else if let Some(r) = rest.strip_prefix('-').or_else(|| rest.strip_prefix('−')) {
        (-1, r)
    } else {
        return None;
    };
    let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
    let (h, m) = match digits.len() {
        1 | 2 => (digits.parse::<i32>().ok()?, 0),
        3 | 4 => {
            let split = digits.len() - 2;
            (
                digits.get(..split)?.parse::<i32>().ok()?,
                digits.get(split..)?.parse::<i32>().ok()?,
            )
        }
        _ => return None,
    };
    if h > 14 || m > 59 {
        return None;
    }
    Some(sign * (h * 60 + m))
}

fn zone_offset(zone: &str) -> Option<i32> {
    if zone.starts_with("UTC") || zone.starts_with("GMT") {
        if let Some(off) = parse_offset(zone) {
            return Some(off);
        }
    }
    ZONES.iter().find(|(z, _)| *z == zone).map(|&(_, o)| o)
}

/// Clock times: instants once their day is known.
fn clocks(body: &str, p: &'static Patterns, hit: &Option<SetMatches>, found: &mut Vec<Found>) {
    // Every number matches `clock` with nothing after its hour, and such a
    // match is never a time: find matches with the fast engine and compute
    // the groups (slower) only for matches longer than their digits.
    let clock = p
        .may_match(&p.clock, hit)
        .then(|| p.clock.find_iter(body))
        .into_iter()
        .flatten()
        .filter(|m| !m.as_str().bytes().all(|b| b.is_ascii_digit()))
        .filter_map(|m| p.clock.captures_at(body, m.start()));
    for c in clock.chain(p.caps(&p.clock_wire, hit, body)) {
        let Some(whole) = c.get(0) else { continue };
        let Some(h) = c.name("h").and_then(|x| x.as_str().parse::<u32>().ok()) else {
            continue;
        };
        let m = c.name("m").and_then(|x| x.as_str().parse::<u32>().ok());
        let ap = c.name("ap").map(|x| x.as_str().to_ascii_lowercase());
        let zone = c.name("zone").map(|x| x.as_str());
        let paren = c.name("paren").and_then(|x| parse_offset(x.as_str()));
        let local = zone.is_some_and(|z| z.to_ascii_lowercase().starts_with("local"));
        // A bare number, or a bare "10:30" (a score, a ratio): not a time.
        let bracket = paren.is_some() || c.name("uh").is_some();
        if ap.is_none() && (m.is_none() || (zone.is_none() && !bracket)) {
            continue;
        }
        let hour = match ap.as_deref().map(|s| s.starts_with('p')) {
            Some(pm) => {
                if !(1..=12).contains(&h) {
                    continue;
                }
                h % 12 + if pm { 12 } else { 0 }
            }
            None => h,
        };
        let Some(time) = NaiveTime::from_hms_opt(hour, m.unwrap_or(0), 0) else {
            continue;
        };
        // "6 a.m. local time (04:00 GMT)": the bracket gives the offset.
        let utc_clock = c
            .name("uh")
            .and_then(|x| x.as_str().parse::<i32>().ok())
            .zip(c.name("um").and_then(|x| x.as_str().parse::<i32>().ok()))
            .filter(|&(uh, um)| uh < 24 && um < 60);
        let from_utc_clock = utc_clock.map(|(uh, um)| {
            let local_minutes = i32::try_from(hour * 60 + m.unwrap_or(0)).unwrap_or(0);
            let diff = local_minutes - (uh * 60 + um);
            // The zones of the world lie between UTC−12 and UTC+14.
            if diff > 14 * 60 {
                diff - 24 * 60
            } else if diff < -12 * 60 {
                diff + 24 * 60
            } else {
                diff
            }
        });
        let offset_minutes = paren.or(from_utc_clock).or_else(|| {
            if local {
                None
            } else {
                zone.and_then(zone_offset)
            }
        });
        found.push(Found {
            start: whole.start(),
            end: whole.end(),
            value: Pending::Clock {
                time,
                offset_minutes,
            },
            granularity: Granularity::Minute,
        });
    }
}
