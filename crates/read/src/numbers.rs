//! Counts and amounts with what they count: "12 soldiers", "four or five
//! times", "$4.2 million", "30 percent", "more than 300 people", "four-day
//! talks".
//!
//! What it does: finds numbers written in digits ("1,200", "4.2"), in words
//! ("twenty-one", "two million", "a dozen") or both ("4.2 million"), with a
//! range ("four or five", "10 to 12", "between 10 and 12"), an approximation
//! before it ("more than", "at least", "about", "up to", "fewer than", ...),
//! and the unit after it: the counted noun in the singular, lower case
//! ("soldier", "person", "day"), `usd`/`eur`/`gbp` for money (other
//! currencies by their noun, see `currencies`; "pounds of ironwork" is a
//! weight, `lb`), `percent`.
//! Between the number and the noun it steps over "more"/"additional", a
//! capitalised adjective ("Twelve Kestrian soldiers") and one modifier before
//! a plural noun ("40 armoured vehicles", "three border provinces"). A sum
//! in the millions or billions before the noun it is the size of takes the
//! word after its scale as its unit ("a record 221 million mernet fine"). A
//! hyphenated adjective ("four-day talks") counts as its noun ("four days").
//! Collective nouns ("11 crew", "staff", "police") and "-men" plurals
//! ("fishermen" → "fisherman") are counted; a measuring modifier stays in
//! the unit ("nautical mile", "square kilometre").
//!
//! What it does not do: years, dates ("June 3", "7 June"), clock times
//! ("11 p.m.", "21:00", "UTC+2"), ordinals ("21st", "first"), list
//! numbering and fractions ("a third") are not quantities. A number with
//! nothing counted after it is returned only when its noun is written
//! elsewhere ("nine of the 38 batches", "three of them", "11 are in
//! hospital", "up from 14"; see `elided`), never a lone "one" (mostly a
//! pronoun or determiner: "one diplomat said", "a last one"). The unit is
//! a noun as written; it is not linked to an entity.
//!
//! Word numbers are converted by the `text2num` crate; "dozen" and digits
//! with a scale word ("4.2 million"), which it does not take, are handled
//! here.

use std::sync::LazyLock;

use regex::Regex;
use serde::{Deserialize, Serialize};
use text2num::{text2digits, Language};

use self::nouns::{noun_after, unit_after};

/// How the written number relates to the real one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Approx {
    /// As written ("12 soldiers", "four or five times").
    Exact,
    /// At least the number ("at least 12", "no fewer than 12").
    AtLeast,
    /// Strictly more ("more than 300", "over 300").
    MoreThan,
    /// Roughly ("about 40", "some two million", "nearly 50").
    About,
    /// At most ("up to four days", "within three days", "as many as 40").
    UpTo,
    /// Strictly less ("fewer than 10", "less than 5 percent", "under 20").
    LessThan,
}

/// What kind of amount a quantity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuantityKind {
    /// Things or people counted ("12 soldiers", "14 tonnes").
    Count,
    /// A length of time ("six hours", "four-day talks").
    Duration,
    /// An amount of money ("$4.2 million").
    Money,
    /// A percentage ("30 percent", "30%").
    Percent,
    /// A person's age in years ("Lemuel Ashby, 58,").
    Age,
}

/// A number found in a body, with what it counts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// Byte offset of the first character (the approximation word when there
    /// is one, the currency sign for money).
    pub start: usize,
    /// Byte offset one past the unit (the counted noun, "percent", "%").
    pub end: usize,
    /// The words as written (`body[start..end]`).
    pub text: String,
    /// The number written; for a range, its low end.
    pub value: f64,
    /// Low end of the range (equal to `value` for a single number).
    pub low: f64,
    /// High end of the range (equal to `value` for a single number).
    pub high: f64,
    /// The approximation written before the number.
    pub approx: Approx,
    /// What is counted: a singular lower-case noun, `usd`/`eur`/`gbp`, or
    /// `percent`.
    pub unit: String,
    /// Count, duration, money, percent or age.
    pub kind: QuantityKind,
}

impl Quantity {
    /// A duration as ISO 8601 ("P2D", "PT6H", "P1DT12H" for a day and a
    /// half), or `None` for anything else: a range, a count, or a fraction
    /// of a month (months have no fixed length). Whole weeks are weeks
    /// ("P3W"); a week with a fraction is written in days; decades and
    /// centuries in years.
    pub fn iso_duration(&self) -> Option<String> {
        if self.kind != QuantityKind::Duration || self.high > self.low || self.value < 0.0 {
            return None;
        }
        if self.unit == "week" && self.value.fract() == 0.0 {
            return Some(format!("P{}W", self.value as u64));
        }
        // Fields: Y, M, D, H, M(inute), S; a fraction cascades down to the
        // next field by its factor.
        let mut fields = [0u64; 6];
        let (mut field, mut rest) = match self.unit.as_str() {
            "year" => (0, self.value),
            "decade" => (0, self.value * 10.0),
            "century" => (0, self.value * 100.0),
            "month" => (1, self.value),
            "week" => (2, self.value * 7.0),
            "day" | "night" => (2, self.value),
            "hour" => (3, self.value),
            "minute" => (4, self.value),
            "second" => (5, self.value),
            _ => return None,
        };
        const DOWN: [f64; 6] = [12.0, 0.0, 24.0, 60.0, 60.0, 0.0];
        loop {
            // A field read from a fraction ("2:04:38" in hours) may fall a
            // hair short of its whole number.
            let whole = (rest + 1e-7).trunc();
            fields[field] = whole as u64;
            rest -= whole;
            if rest.abs() < 1e-7 {
                break;
            }
            let factor = DOWN[field];
            if factor == 0.0 {
                return None;
            }
            rest *= factor;
            field += 1;
        }
        let [y, mo, d, h, mi, s] = fields;
        let mut out = String::from("P");
        for (n, tag) in [(y, 'Y'), (mo, 'M'), (d, 'D')] {
            if n > 0 {
                out.push_str(&format!("{n}{tag}"));
            }
        }
        if h + mi + s > 0 {
            out.push('T');
            for (n, tag) in [(h, 'H'), (mi, 'M'), (s, 'S')] {
                if n > 0 {
                    out.push_str(&format!("{n}{tag}"));
                }
            }
        }
        if out == "P" {
            out.push_str("0D");
        }
        Some(out)
    }
}

/// Number words `text2num` understands, as a regex alternation (longest
/// first where one is a prefix of another).
const NUMBER_WORDS: &str = "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\
thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|\
seventy|eighty|ninety|hundred|thousand|million|billion";

/// Whether a lower-case word is an English number word the reader counts
/// with ("seven", "twenty", "hundred", "dozen"): for later stages that ask
/// whether a quantity's words end with its number.
pub fn is_number_word(word: &str) -> bool {
    word == "dozen" || NUMBER_WORDS.split('|').any(|w| w == word)
}

/// Approximation phrases before a number, and what they mean. Longest first.
/// "within" is none: "within 30 days" sets a limit of exactly 30 days.
const APPROX: &[(&str, Approx)] = &[
    ("no fewer than", Approx::AtLeast),
    ("not more than", Approx::UpTo),
    ("in excess of", Approx::MoreThan),
    ("no less than", Approx::AtLeast),
    ("approximately", Approx::About),
    ("an estimated", Approx::About),
    ("no more than", Approx::UpTo),
    ("upwards of", Approx::MoreThan),
    ("fewer than", Approx::LessThan),
    ("as many as", Approx::UpTo),
    ("as much as", Approx::UpTo),
    ("just under", Approx::LessThan),
    ("more than", Approx::MoreThan),
    ("less than", Approx::LessThan),
    ("just over", Approx::MoreThan),
    ("close to", Approx::About),
    ("at least", Approx::AtLeast),
    ("at most", Approx::UpTo),
    ("roughly", Approx::About),
    ("nearly", Approx::About),
    ("almost", Approx::About),
    ("around", Approx::About),
    ("about", Approx::About),
    ("under", Approx::LessThan),
    ("up to", Approx::UpTo),
    ("above", Approx::MoreThan),
    ("below", Approx::LessThan),
    ("some", Approx::About),
    ("over", Approx::MoreThan),
];

/// One candidate: optional approximation, a number (digits, words, digits +
/// scale word, "a dozen"), an optional range end; money signs around it.
static CANDIDATE: LazyLock<Regex> = LazyLock::new(|| {
    let approx = APPROX
        .iter()
        .map(|(p, _)| p.replace(' ', r"\s+"))
        .collect::<Vec<_>>()
        .join("|");
    let words = format!(r"(?:{NUMBER_WORDS})(?:(?:-|\s+|\s+and\s+)(?:{NUMBER_WORDS}))*");
    let digits = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?";
    // ASCII word boundaries: number words are ASCII, and a Unicode `\b`
    // would push the regex off its DFA on any non-ASCII text (3x slower).
    let wb = r"(?-u:\b)";
    // A scale word after digits; "m" and "bn" only glued ("4.2m"), never "5 m".
    let scale = format!(r"(?:\s+(?:million|billion|thousand){wb}|(?:m|bn){wb})?");
    let core = format!(
        r"(?:(?:{digits}){scale}|{words}|an?\s+(?:dozen|hundred|thousand|million|billion)|dozen)"
    );
    let cur = r"(?:US\$|\$|€|£)";
    // A unit abbreviation glued to the digits: "60km", "12kg".
    let glued = format!(r"(?P<glued>{}){wb}", nouns::GLUED_UNITS.join("|"));
    let pattern = format!(
        r"(?i)(?:{wb}(?P<approx>{approx})\s+)?(?:{wb}(?P<between>between)\s+)?(?P<cur>{cur})?\s?{wb}(?P<a>{core})(?:\s*(?:or|to|and|-|–)\s*{cur}?{wb}(?P<b>{core}))?(?:{glued})?{wb}(?P<pct>%)?"
    );
    // A static pattern: a failure here is a bug caught by every test.
    Regex::new(&pattern).expect("numbers: the candidate pattern is valid")
});

static ENGLISH: LazyLock<Language> = LazyLock::new(Language::english);

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Words after a number that say it is a clock time.
const CLOCK_AFTER: &[&str] = &["a.m.", "p.m.", "am", "pm", "gmt", "utc", "hrs", "hours gmt"];

/// Units that make a quantity a duration.
const DURATION_UNITS: &[&str] = &[
    "second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "century",
];

/// Every quantity in `body`, in order of position. Pure and deterministic;
/// offsets are byte offsets on char boundaries.
pub fn quantities(body: &str) -> Vec<Quantity> {
    let mut out = Vec::new();
    let mut bares = Vec::new();
    for caps in CANDIDATE.captures_iter(body) {
        let Some(a) = caps.name("a") else {
            continue;
        };
        match read_candidate(body, &caps, a) {
            Some(Read::Counted(q)) => out.push(q),
            Some(Read::Bare(b)) => bares.push(b),
            None => {}
        }
    }
    // Counts whose noun is written elsewhere ("nine of the 38 batches",
    // "11 are in hospital").
    if !bares.is_empty() {
        let found = elided::elided(body, &bares, &out);
        if !found.is_empty() {
            out.extend(found);
            out.sort_by_key(|q| q.start);
        }
    }
    // Halves ("a day and a half") and single units ("for a week") where no
    // candidate already stands.
    let mut halves = halves::halves(body);
    halves.extend(halves::one_units(body));
    if !halves.is_empty() {
        for h in halves {
            if !out.iter().any(|q| q.start < h.end && h.start < q.end) {
                out.push(h);
            }
        }
        out.sort_by_key(|q| q.start);
    }
    compound::join_compound_durations(body, &mut out);
    speeds::speeds(body, &mut out);
    // Ages set off after a name ("Ashby, 58,"), stopwatch readings
    // ("2:04:38") and the sides of a vote tally ("voted 47 to 12"), where
    // nothing else stands.
    let mut ages = ages::ages(body);
    ages.extend(stopwatch::stopwatch_times(body));
    ages.extend(votes::vote_tallies(body));
    if !ages.is_empty() {
        for a in ages {
            if !out.iter().any(|q| q.start < a.end && a.start < q.end) {
                out.push(a);
            }
        }
        out.sort_by_key(|q| q.start);
    }
    out
}

/// What one regex match is.
enum Read {
    /// A quantity with what it counts.
    Counted(Quantity),
    /// A number with nothing counted after it.
    Bare(elided::Bare),
}

/// Turns one regex match into a quantity, a bare number, or `None` when it
/// is a date, a time, list numbering or a lone "one".
fn read_candidate(body: &str, caps: &regex::Captures<'_>, a: regex::Match<'_>) -> Option<Read> {
    let currency = caps.name("cur").map(|m| currency_unit(m.as_str()));
    let b = caps.name("b");
    let mut low = number_value(a.as_str())?;
    let mut high = match b {
        Some(b) => number_value(b.as_str())?,
        None => low,
    };
    // "between 1.2 and 1.5 million", "two to three million": the scale of
    // the range's end is the start's too.
    if let Some(b) = b {
        let (sa, sb) = (scale_of(a.as_str()), scale_of(b.as_str()));
        if sa == 1.0 && sb > 1.0 && low * sb <= high {
            low *= sb;
        }
    }
    let between = caps.name("between").is_some();
    let whole = caps.get(0)?;
    let joiner = b.map(|b| body[a.end()..b.start()].trim().to_ascii_lowercase());
    // "between 10 and 12" is a range; "10 and 12" without "between" is two numbers.
    if joiner.as_deref() == Some("and") && !between {
        return None;
    }
    if between && b.is_none() {
        return None;
    }
    if high < low {
        std::mem::swap(&mut low, &mut high);
    }
    // A lone "one": a pronoun or determiner far more often than a count;
    // "a one-day walkout" is a count all the same.
    let hyphenated = body
        .get(whole.end()..)
        .is_some_and(|r| r.starts_with(['-', '‑']));
    if b.is_none() && a.as_str().eq_ignore_ascii_case("one") && !hyphenated {
        return None;
    }
    if is_date_or_time(body, a.start(), whole.end()) || is_list_number(body, a.start(), whole.end())
    {
        return None;
    }
    // "half a million", "a quarter of a million": a fraction of the scale.
    let fraction = (b.is_none() && caps.name("approx").is_none() && caps.name("cur").is_none())
        .then(|| fraction_before(body, a.start(), a.as_str()))
        .flatten();
    if let Some((f, _)) = fraction {
        low *= f;
        high *= f;
    }
    let num_start = match fraction {
        Some((_, at)) => at,
        None => caps.name("cur").map_or(a.start(), |m| m.start()),
    };
    let approx_m = caps.name("approx");
    let mut approx = approx_m.map_or(Approx::Exact, |m| approx_of(m.as_str()));
    let mut q_start = approx_m
        .or(caps.name("between"))
        .map_or(num_start, |m| m.start());
    // "about half a million": the approximation stands before the fraction.
    if let Some((a, at)) = fraction.and_then(|_| phrase_before(body, num_start, APPROX)) {
        approx = a;
        q_start = at;
    }
    // The unit: %, percent, a currency, a hyphenated noun, or the next noun.
    let (unit, kind, end) = if caps.name("pct").is_some() {
        ("percent".to_owned(), QuantityKind::Percent, whole.end())
    } else if let Some(cur) = currency {
        (cur.to_owned(), QuantityKind::Money, whole.end())
    } else if let Some(g) = caps.name("glued") {
        (
            nouns::unit_name(&g.as_str().to_ascii_lowercase()),
            QuantityKind::Count,
            whole.end(),
        )
    } else {
        let Some((unit, end)) = unit_after(body, whole.end(), low) else {
            return Some(Read::Bare(elided::Bare {
                start: q_start,
                end: whole.end(),
                value: low,
                low,
                high,
                approx,
            }));
        };
        if unit == "percent" {
            ("percent".to_owned(), QuantityKind::Percent, end)
        } else if unit == "pound" && weighs(body, end) {
            ("lb".to_owned(), QuantityKind::Count, end)
        } else if let Some(cur) = currencies::currency_word(&unit) {
            (cur, QuantityKind::Money, end)
        } else {
            let kind = if DURATION_UNITS.contains(&unit.as_str()) {
                QuantityKind::Duration
            } else {
                QuantityKind::Count
            };
            (unit, kind, end)
        }
    };
    // "118 km/h": a speed, not a distance.
    let (unit, end) = match body.get(end..) {
        Some(rest)
            if rest.starts_with("/h") && matches!(unit.as_str(), "kilometre" | "mile" | "m") =>
        {
            let distance = if unit == "m" { "metre" } else { unit.as_str() };
            (format!("{distance} per hour"), end + 2)
        }
        _ => (unit, end),
    };
    // Bare numbers that look like years ("in 2009") are never quantities
    // unless something is counted; they reach here only with a unit.
    // "over two days" is "during", not "more than"; "handed over 62
    // prisoners" is a verb's particle.
    let over = approx == Approx::MoreThan
        && approx_m.is_some_and(|m| m.as_str().trim().eq_ignore_ascii_case("over"));
    let particle = over
        && approx_m.is_some_and(|m| {
            let verb = body[..m.start()]
                .split_whitespace()
                .next_back()
                .unwrap_or("");
            let verb = verb.to_ascii_lowercase();
            verb.ends_with("ed")
                || verb.ends_with("ing")
                || matches!(
                    verb.as_str(),
                    "hand"
                        | "hands"
                        | "took"
                        | "take"
                        | "takes"
                        | "gave"
                        | "give"
                        | "gives"
                        | "turn"
                        | "turns"
                        | "won"
                        | "win"
                        | "wins"
                )
        });
    if (kind == QuantityKind::Duration && over) || particle {
        approx = Approx::Exact;
        q_start = num_start;
    }
    let text = body.get(q_start..end)?.to_owned();
    Some(Read::Counted(Quantity {
        start: q_start,
        end,
        text,
        value: low,
        low,
        high,
        approx,
        unit,
        kind,
    }))
}

/// The value of a number as written: digits (with commas, a decimal point
/// and an optional scale word), words, or "a dozen".
pub fn number_value(s: &str) -> Option<f64> {
    let lower = s.to_ascii_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let first = *words.first()?;
    if first.starts_with(|c: char| c.is_ascii_digit()) {
        // The scale may be glued to the digits ("4.2m", "3bn").
        let (digits, glued) = match first.find(|c: char| c.is_ascii_alphabetic()) {
            Some(i) => first.split_at(i),
            None => (first, ""),
        };
        let base: f64 = digits.replace(',', "").parse().ok()?;
        let scale_word = if glued.is_empty() {
            words.get(1).copied()
        } else {
            Some(glued)
        };
        let scale = match scale_word {
            None => 1.0,
            Some("thousand") => 1e3,
            Some("million") | Some("m") => 1e6,
            Some("billion") | Some("bn") => 1e9,
            Some(_) => return None,
        };
        return Some(base * scale);
    }
    let rest: Vec<&str> = if matches!(first, "a" | "an") {
        words[1..].to_vec()
    } else {
        words.clone()
    };
    if rest == ["dozen"] {
        return Some(12.0);
    }
    let mut phrase = rest.join(" ");
    if matches!(first, "a" | "an") {
        phrase = format!("one {phrase}");
    }
    let digits = text2digits(&phrase, &*ENGLISH).ok()?;
    digits.parse().ok()
}

/// The scale word a number ends with ("4.2 million", "3bn", "two
/// thousand"), as a factor; 1 without one.
fn scale_of(s: &str) -> f64 {
    let lower = s.trim().to_ascii_lowercase();
    let last = lower
        .rsplit(|c: char| c.is_whitespace() || c.is_ascii_digit() || c == '.')
        .next()
        .unwrap_or("");
    match last {
        "thousand" => 1e3,
        "million" | "m" => 1e6,
        "billion" | "bn" => 1e9,
        _ => 1.0,
    }
}

/// Fractions written before "a million", "a dozen" and the like, and their
/// values. Hand-written: a closed set of phrases.
const FRACTIONS: &[(&str, f64)] = &[
    ("three quarters of", 0.75),
    ("three-quarters of", 0.75),
    ("two thirds of", 2.0 / 3.0),
    ("two-thirds of", 2.0 / 3.0),
    ("a quarter of", 0.25),
    ("a third of", 1.0 / 3.0),
    ("half", 0.5),
];

/// The fraction written right before `number` at byte `at` when the number
/// is "a"/"an" and a scale word ("a quarter of a million", "half a dozen"):
/// its value and where it starts.
fn fraction_before(body: &str, at: usize, number: &str) -> Option<(f64, usize)> {
    let lower = number.to_ascii_lowercase();
    if !(lower.starts_with("a ") || lower.starts_with("an ")) {
        return None;
    }
    phrase_before(body, at, FRACTIONS)
}

/// The value of the phrase of `phrases` that ends, as whole words, right
/// before byte `at` (spaces apart), and where it starts.
fn phrase_before<T: Copy>(body: &str, at: usize, phrases: &[(&str, T)]) -> Option<(T, usize)> {
    let before = body.get(..at)?.trim_end();
    phrases.iter().find_map(|(phrase, value)| {
        let start = before.len().checked_sub(phrase.len())?;
        let tail = before.get(start..)?;
        let bounded = before[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        (tail.eq_ignore_ascii_case(phrase) && bounded).then_some((*value, start))
    })
}

/// The approximation a prefix phrase means.
fn approx_of(prefix: &str) -> Approx {
    let norm = prefix
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_ascii_lowercase();
    APPROX
        .iter()
        .find(|(p, _)| *p == norm)
        .map_or(Approx::Exact, |(_, a)| *a)
}

fn currency_unit(sign: &str) -> &'static str {
    match sign {
        "€" => "eur",
        "£" => "gbp",
        _ => "usd",
    }
}

/// Whether "pounds" ending at `end` is a weight: "40,000 pounds of
/// ironwork", where money is "of" a sum's own nouns ("£40,000 of funding").
fn weighs(body: &str, end: usize) -> bool {
    let Some(rest) = body.get(end..).and_then(|r| r.strip_prefix(" of ")) else {
        return false;
    };
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    let word: String = rest
        .chars()
        .take_while(|c| c.is_alphabetic() || *c == '\'')
        .collect::<String>()
        .to_lowercase();
    !word.is_empty()
        && !matches!(
            word.as_str(),
            "money"
                | "funding"
                | "funds"
                | "public"
                | "taxpayers'"
                | "investment"
                | "aid"
                | "debt"
                | "damage"
                | "damages"
                | "revenue"
                | "spending"
                | "savings"
                | "assets"
                | "losses"
                | "stock"
                | "shares"
                | "cuts"
                | "support"
                | "his"
                | "her"
                | "their"
                | "its"
                | "our"
                | "your"
        )
}

/// The word before byte `at` (letters and dots), lower-cased.
fn word_before(body: &str, at: usize) -> String {
    let before = body.get(..at).unwrap_or("").trim_end();
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '.')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    word.trim_end_matches('.').to_lowercase()
}

/// Whether the number at `start..end` is part of a date or a clock time.
fn is_date_or_time(body: &str, start: usize, end: usize) -> bool {
    let prev_char = body.get(..start).and_then(|s| s.chars().next_back());
    if matches!(prev_char, Some(':' | '+' | '−' | '/' | '#')) {
        return true;
    }
    // "F-16", "COVID-19": a hyphen glued to a word before.
    if prev_char == Some('-') {
        let before = body.get(..start.saturating_sub(1)).unwrap_or("");
        if before
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
        {
            return true;
        }
    }
    let after = body.get(end..).unwrap_or("");
    if after.starts_with(':') && after[1..].starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    if after.starts_with('/') {
        return true;
    }
    let prev = word_before(body, start);
    if MONTHS.contains(&prev.as_str()) && !month_ends_sentence(body, start, &prev) {
        return true;
    }
    let next = after.trim_start();
    let next_word: String = next
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '.')
        .collect::<String>()
        .to_lowercase();
    let next_word = next_word.trim_end_matches('.');
    if MONTHS.contains(&next_word) && next_word != "may" {
        return true;
    }
    if next_word == "may" && next.starts_with('M') {
        return true;
    }
    let lower_next = next
        .get(..next.len().min(10))
        .unwrap_or("")
        .to_ascii_lowercase();
    CLOCK_AFTER.iter().any(|w| {
        lower_next.starts_with(w)
            && !lower_next[w.len()..].starts_with(|c: char| c.is_ascii_alphabetic())
    })
}

/// Whether the month word `prev` before byte `start` ends a sentence
/// rather than opens a date ("on 15 February.\n\nEleven people"): a line
/// break after it, or a full month name with a full stop ("Feb. 12" is a
/// date).
fn month_ends_sentence(body: &str, start: usize, prev: &str) -> bool {
    let before = body.get(..start).unwrap_or("");
    let gap = &before[before.trim_end().len()..];
    let abbreviated = MONTHS
        .iter()
        .position(|m| *m == prev)
        .is_some_and(|i| i >= 12);
    gap.contains('\n') || (before.trim_end().ends_with('.') && !abbreviated)
}

/// "1." or "2)" at the start of a line: list numbering.
fn is_list_number(body: &str, start: usize, end: usize) -> bool {
    let line_start = body.get(..start).is_none_or(|s| {
        s.trim_end_matches([' ', '\t']).is_empty()
            || s.trim_end_matches([' ', '\t', '(']).ends_with('\n')
    });
    let after = body.get(end..).unwrap_or("");
    line_start && (after.starts_with(". ") || after.starts_with(')') || after.starts_with(".\n"))
}

mod ages;
mod compound;
mod currencies;
mod elided;
pub use elided::tally_noun_at;
mod halves;
mod nouns;
mod speeds;
mod stopwatch;
#[cfg(test)]
mod tests;
mod votes;
