//! What a value is a value of, beyond its unit: the clause it stands in,
//! the role word that owns it ("demand of 50", "offered 5.5"), whether it
//! holds only under a condition ("if the reservoir falls ... drops to 32"),
//! and whether it is tied to a time far from the event ("last August",
//! "in 1987"): such a value is a reading of another time or the date of
//! another act, not a value of this event.
//!
//! It does not parse: a clause is the stretch of a sentence between
//! semicolons, colons and dashes; a role is the nearest role word before
//! the value in its clause. The word lists are closed and hand-written
//! (see `lexicon`).

use chrono::{Datelike, Duration, NaiveDate};
use crosscheck_types::TimeValue;

use crate::context::is_content;
use crate::heads::open_act;
use crate::lexicon::is_stopword;
use crate::statements::{Sent, View, BIND_WINDOW};
use crate::units::normalise_unit;

/// How far (in days) a time may lie outside the event's publication span
/// and still be the event's own.
const NEAR_DAYS: i64 = 31;

/// The days the event's reports were published over, when known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Span {
    pub first: NaiveDate,
    pub last: NaiveDate,
}

impl Span {
    /// The span of the given publication dates; `None` when none is known.
    pub fn of(dates: impl Iterator<Item = Option<NaiveDate>>) -> Option<Span> {
        let known: Vec<NaiveDate> = dates.flatten().collect();
        Some(Span {
            first: *known.iter().min()?,
            last: *known.iter().max()?,
        })
    }

    /// Whether a time ends more than a few weeks before the event's first
    /// report: a past reading or another, earlier act.
    pub fn long_before(&self, t: &TimeValue) -> bool {
        t.days()
            .is_some_and(|(_, end)| end < self.first - Duration::days(NEAR_DAYS))
    }

    /// Whether a time lies more than a few weeks outside the event's
    /// reports either way: never the date of one of the event's acts.
    pub fn far(&self, t: &TimeValue) -> bool {
        self.long_before(t)
            || t.days()
                .is_some_and(|(start, _)| start > self.last + Duration::days(NEAR_DAYS))
    }
}

/// The byte range of the clause of `sent` holding byte `pos`: the stretch
/// between the nearest clause marks (`;`, `:`, a dash) around it.
pub(crate) fn clause(v: &View<'_>, sent: &Sent, pos: usize) -> (usize, usize) {
    let body = v.art.body.as_str();
    let text = body.get(sent.start..sent.end).unwrap_or("");
    let is_mark = |c: char| matches!(c, ';' | ':' | '—' | '–');
    let rel = pos.saturating_sub(sent.start).min(text.len());
    let before = text.get(..rel).unwrap_or("");
    let after = text.get(rel..).unwrap_or("");
    let lo = before
        .char_indices()
        .rfind(|&(_, c)| is_mark(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let hi = after.find(is_mark).map_or(text.len(), |i| rel + i);
    (sent.start + lo, sent.start + hi)
}

/// The role that owns the value at token `i`: the nearest role word before
/// it in its clause, within the binding window ("Belsaria's demand of 50",
/// "the operators have offered 5.5"), or a condition anywhere in the clause
/// ("if ... falls, the minimum drops to 32"), or a rate word in the clause
/// ("each", "per", "every"; for a `length`, only per unit of time). Two
/// roles are two measures.
pub(crate) fn role(v: &View<'_>, sent: &Sent, i: usize, length: bool) -> Option<&'static str> {
    let pos = v.toks.get(i)?.start;
    let (lo, hi) = clause(v, sent, pos);
    let in_clause = |k: usize| v.toks[k].start >= lo && v.toks[k].start < hi;
    let near = sent.first.max(i.saturating_sub(BIND_WINDOW));
    // ", and a fine of 5 million": a role word before a comma and a
    // conjunction belongs to the element before ("two fewer than the
    // prosecution wanted, and a fine of …").
    let joined_after_comma = |k: usize| {
        matches!(v.toks[k].word.as_str(), "and" | "but")
            && k > 0
            && v.art
                .body
                .get(v.toks[k - 1].end..v.toks[k].start)
                .is_some_and(|gap| gap.contains(','))
    };
    let owner = (near..i.min(sent.last))
        .rev()
        .filter(|&k| in_clause(k))
        .take_while(|&k| !joined_after_comma(k))
        .find_map(|k| role_word(&v.toks[k].word));
    if owner.is_some() {
        return owner;
    }
    // Words of the clause outside its figures ("per" in "cubic metres per
    // second" is the unit's).
    let in_figure = |k: usize| {
        let at = v.toks[k].start;
        v.art.quantities.iter().any(|q| q.start <= at && at < q.end)
    };
    let clause_words = || {
        (sent.first..sent.last)
            .filter(|&k| in_clause(k) && !in_figure(k))
            .map(|k| v.toks[k].word.as_str())
    };
    if clause_words().any(|w| matches!(w, "if" | "unless")) {
        return Some("if");
    }
    // A rate is not a total: "50,000 each", "for each of the miners",
    // "every month ... 40 million", "per household". A length is a rate
    // only per unit of time ("two hours every day"): "each" and "every"
    // before anything else pick out whom the length is of ("free every
    // civilian within 30 days", "dragged on as each name was checked").
    // "6 cents a litre", "two hours a day": "a" and a noun right after
    // the figure.
    let figure_end = v
        .art
        .quantities
        .iter()
        .find(|q| q.start == pos)
        .map(|q| q.end);
    if let Some(end) = figure_end {
        let k = v.tok_at(end);
        let after_a = k + 1 < sent.last
            && matches!(v.toks[k].word.as_str(), "a" | "an")
            && v.art
                .body
                .get(end..v.toks[k].start)
                .is_some_and(|g| g.trim().is_empty());
        if after_a {
            let noun = v.toks[k + 1].word.as_str();
            let rate = if length {
                is_time_unit(noun)
            } else {
                is_content(noun) && !is_time_unit(noun)
            };
            if rate {
                return Some("per");
            }
        }
    }
    let words: Vec<&str> = clause_words().collect();
    words
        .iter()
        .enumerate()
        .any(|(k, &w)| match w {
            "per" | "apiece" | "a-head" => true,
            "each" | "every" if length => words.get(k + 1).is_some_and(|n| is_time_unit(n)),
            // "as each name was checked": a clause of its own.
            "each" | "every" => !k.checked_sub(1).is_some_and(|p| {
                matches!(
                    words[p],
                    "as" | "while" | "when" | "until" | "because" | "after" | "before"
                )
            }),
            _ => false,
        })
        .then_some("per")
}

/// A unit of time a rate is counted in ("every month", "each day").
fn is_time_unit(word: &str) -> bool {
    matches!(
        word,
        "day" | "week" | "month" | "year" | "hour" | "night" | "morning" | "evening" | "shift"
    )
}

/// Whether the value at token `at` is what would have been, had things gone
/// otherwise: "the bill would have come to 4.09 million", "could have
/// cost 40 lives". A counterfactual is no fact to compare: "would have"
/// (or "could", "might", "should") within a few words before it, in the
/// same clause.
pub(crate) fn is_counterfactual(v: &View<'_>, sent: &Sent, at: usize) -> bool {
    let Some(value) = v.toks.get(at) else {
        return false;
    };
    let from = sent.first.max(at.saturating_sub(6));
    (from + 1..at).rev().any(|k| {
        let (Some(modal), Some(have)) = (v.toks.get(k - 1), v.toks.get(k)) else {
            return false;
        };
        let same_clause = !v
            .art
            .body
            .get(have.end..value.start)
            .unwrap_or(",")
            .contains([',', ';', ':', '.']);
        have.word == "have"
            && matches!(modal.word.as_str(), "would" | "could" | "might" | "should")
            && same_clause
    })
}

/// Whether the clause holding the value at byte `pos` names a time long
/// before the event ("Last August the flow fell to 22", "in 2023").
pub(crate) fn tied_to_past(v: &View<'_>, sent: &Sent, pos: usize, span: Option<Span>) -> bool {
    let Some(span) = span else { return false };
    let (lo, hi) = clause(v, sent, pos);
    let read = v.art.times.iter().any(|t| {
        t.start >= lo
            && t.start < hi
            && span.long_before(&t.value)
            && !since(&v.art.body, t.start, &t.text)
            && !in_relative_aside(&v.art.body, (lo, hi), t.start, pos)
            && !in_reduced_relative(v, sent, pos, t.start)
    });
    // The words themselves, for what the time reader leaves out: "last"
    // before a month or season ("Last August"), an earlier year ("in 2023").
    // A year that ends a name ("the forged Clos Sarvignac 1927") is no time.
    let toks: Vec<&str> = (sent.first..sent.last)
        .filter(|&k| v.toks[k].start >= lo && v.toks[k].start < hi)
        .filter(|&k| !in_relative_aside(&v.art.body, (lo, hi), v.toks[k].start, pos))
        .filter(|&k| !in_reduced_relative(v, sent, pos, v.toks[k].start))
        .filter(|&k| !(k > sent.first && ends_name(v, k)))
        .map(|k| v.toks[k].word.as_str())
        .collect();
    let last_season = toks
        .windows(2)
        .any(|w| w[0] == "last" && is_month_or_season(w[1]));
    let year = span.first.year();
    // "since 2026" runs up to now: a count since a year is no count of
    // that year.
    let earlier_year = toks.iter().enumerate().any(|(k, w)| {
        w.len() == 4
            && w.parse::<i32>().is_ok_and(|y| (1900..year).contains(&y))
            && (k == 0 || toks[k - 1] != "since")
    });
    read || last_season || earlier_year
}

/// Whether byte `at`, after the figure at byte `pos`, lies in a reduced
/// relative clause that a participle opens after a noun ("arrested three
/// people over the forged wine sold at an auction ten days ago"): a time
/// there dates the participle's act, not the figure. A verb after a
/// function word (an auxiliary: "were arrested ten days ago"; "and": "and
/// seized …"; a pronoun) is the figure's clause's own.
fn in_reduced_relative(v: &View<'_>, sent: &Sent, pos: usize, at: usize) -> bool {
    if at <= pos {
        return false;
    }
    let from = (v.tok_at(pos) + 1).max(sent.first + 1);
    let to = v.tok_at(at).min(sent.last);
    (from..to).any(|j| {
        // After a noun, not a function word: "were arrested", "and
        // seized", "they arrested" are the clause's own verbs.
        !is_stopword(&v.toks[j - 1].word) && open_act(v, sent, j).is_some()
    })
}

/// Whether token `k` is a year that names a thing rather than a time:
/// written right after a capitalised word, as the end of a name ("Clos
/// Sarvignac 1927", "Expo 2020"), or as a noun after "the" with no noun
/// after it ("19 lots of the 1927, 86 bottles", a vintage; not "the 2024
/// season").
fn ends_name(v: &View<'_>, k: usize) -> bool {
    let t = &v.toks[k];
    let year = t.word.len() == 4 && t.word.chars().all(|c| c.is_ascii_digit());
    let prev = &v.toks[k - 1];
    let capitalised = v
        .art
        .body
        .get(prev.start..prev.end)
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    let spaced = v.art.body.get(prev.end..t.start) == Some(" ");
    let noun_use = prev.word == "the"
        && v.art
            .body
            .get(t.end..)
            .is_none_or(|rest| rest.is_empty() || rest.starts_with([',', '.', ';', ':', ')']));
    year && spaced && (capitalised || noun_use)
}

/// Whether byte `at` lies in a relative clause set off by commas that does
/// not hold `pos` ("The trial, which opened on June 6 last year, lasted 16
/// months"): a time there dates that clause's act, not the figure.
pub(crate) fn in_relative_aside(
    body: &str,
    (lo, hi): (usize, usize),
    at: usize,
    pos: usize,
) -> bool {
    let (Some(before), Some(after)) = (body.get(lo..at), body.get(at..hi)) else {
        return false;
    };
    let Some(open) = before.rfind(',') else {
        return false;
    };
    let close = after.find(',').map_or(hi, |c| at + c);
    let start = lo + open;
    let opener = body
        .get(start + 1..at)
        .unwrap_or("")
        .split_whitespace()
        .next()
        .unwrap_or("");
    matches!(opener, "which" | "who" | "whose" | "where" | "when") && !(start..close).contains(&pos)
}

/// The day a running count is given as of: a time in the count's clause
/// written after "by" or "as of" ("By Tuesday night 146 people had been
/// treated"). Two counts as of different days are two readings of a tally,
/// not rivals. A day's possessive is not one ("trapped by Tuesday's
/// collapse"). When a state defines the set counted (`state_at`, the token
/// of "trapped" in "The 21 men trapped at the mine were all out by Friday"),
/// the clause's day is about the set's members, not the tally, unless it
/// follows the state word closely ("146 people treated by Tuesday night").
pub(crate) fn as_of(
    v: &View<'_>,
    sent: &Sent,
    pos: usize,
    state_at: Option<usize>,
) -> Option<NaiveDate> {
    let (lo, hi) = clause(v, sent, pos);
    v.art.times.iter().find_map(|t| {
        if t.start < lo || t.start >= hi {
            return None;
        }
        let after = v.art.body.get(t.end..).unwrap_or("");
        if after.starts_with("'s") || after.starts_with("’s") {
            return None;
        }
        // A day fronting the count ("By Saturday night 23 people had been
        // treated") dates the tally whatever the state.
        let fronted = t.end <= pos;
        if let Some(k) = state_at.filter(|_| !fronted) {
            let at = v.tok_at(t.start);
            if at < k || at > k + 4 {
                return None;
            }
        }
        let before = v.art.body.get(..t.start)?.trim_end().to_ascii_lowercase();
        let by = before.ends_with(" by")
            || before.ends_with(" as of")
            || before == "by"
            || before.ends_with("\nby")
            || before.ends_with(". by");
        by.then(|| t.value.days().map(|(_, last)| last)).flatten()
    })
}

/// Whether the time at `start` is written after "since" ("since 2019"),
/// which runs up to now.
pub(crate) fn since(body: &str, start: usize, text: &str) -> bool {
    text.to_ascii_lowercase().starts_with("since")
        || body
            .get(..start)
            .is_some_and(|b| b.trim_end().to_ascii_lowercase().ends_with("since"))
}

/// A month or season name.
pub(crate) fn is_month_or_season(word: &str) -> bool {
    matches!(
        word,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "spring"
            | "summer"
            | "autumn"
            | "fall"
            | "winter"
            | "year"
    )
}

/// What a measure is of, when the text says so right after it ("120
/// kilometres of leaking canals" → canal): the last word of the phrase
/// after "of", up to the next function word.
pub(crate) fn measured_noun(v: &View<'_>, sent: &Sent, end: usize) -> Option<String> {
    let k = v.tok_at(end);
    if k >= sent.last || v.toks[k].word != "of" {
        return None;
    }
    // "of the dome's ironwork": an article and an owner stand before the
    // thing measured ("of the nine counts" is a part, left alone).
    let mut from = k + 1;
    let det =
        |j: usize| j < sent.last && matches!(v.toks[j].word.as_str(), "the" | "its" | "their");
    // Tokens drop a possessive "'s": the body shows it.
    let owner_end = |j: usize| {
        let t = v.toks.get(j).filter(|_| j < sent.last)?;
        let body = v.art.body.as_str();
        let raw = body.get(t.start..t.end).unwrap_or("");
        let after = body.get(t.end..).unwrap_or("");
        let possessive = ["'s", "’s"]
            .iter()
            .any(|p| raw.ends_with(p) || after.starts_with(p));
        possessive.then_some(j + 1)
    };
    if det(from) {
        if let Some(after) = owner_end(from + 1) {
            from = after;
        }
    }
    let mut phrase: Vec<&str> = Vec::new();
    for t in v.toks[from.min(sent.last)..sent.last].iter().take(3) {
        if is_stopword(&t.word) || t.word.chars().any(|c| c.is_ascii_digit()) {
            break;
        }
        // "rounds of talks mediated by …": a participle after the noun
        // ends its phrase ("of protected canals" keeps its adjective).
        if !phrase.is_empty() && t.word.len() > 4 && t.word.ends_with("ed") {
            break;
        }
        phrase.push(t.word.as_str());
    }
    phrase.last().map(|w| normalise_unit(w))
}

/// What a measure written as an adjective is the size of ("a 50-gram
/// sample", "a 22-metre dome"): the noun right after it.
pub(crate) fn sized_noun(v: &View<'_>, sent: &Sent, q_text: &str, end: usize) -> Option<String> {
    if !q_text.contains(['-', '‑']) {
        return None;
    }
    let k = v.tok_at(end);
    let t = v.toks.get(k).filter(|_| k < sent.last)?;
    let letters = t.word.chars().all(char::is_alphabetic);
    (letters && !is_stopword(&t.word)).then(|| normalise_unit(&t.word))
}

/// What an attributive share is of ("its 40 percent stake", "a 3 percent
/// rise"): the noun right after "percent", when an article or an owner
/// stands before the figure. "rose 3 percent in May" names none.
pub(crate) fn share_noun(v: &View<'_>, sent: &Sent, start: usize, end: usize) -> Option<String> {
    let i = v.tok_at(start);
    let before = i.checked_sub(1).filter(|&k| k >= sent.first)?;
    let b = &v.toks[before];
    let owner = v
        .art
        .body
        .get(b.start..b.end)
        .is_some_and(|w| w.ends_with("'s") || w.ends_with("’s"));
    let determiner = matches!(
        b.word.as_str(),
        "a" | "an" | "the" | "its" | "their" | "his" | "her" | "our"
    );
    let k = v.tok_at(end);
    let t = v.toks.get(k).filter(|_| k < sent.last)?;
    let noun = !is_stopword(&t.word)
        && t.word.chars().all(char::is_alphabetic)
        && v.art
            .body
            .get(t.start..t.end)
            .is_some_and(|w| w.starts_with(char::is_lowercase));
    ((owner || determiner) && noun).then(|| normalise_unit(&t.word))
}

/// A word naming whose side a figure is: what one party asks for, or what
/// the other offers.
fn role_word(word: &str) -> Option<&'static str> {
    let role = match word {
        "demand" | "demands" | "demanded" | "demanding" | "asked" | "asks" | "asking" | "want"
        | "wants" | "wanted" | "seek" | "seeks" | "seeking" | "sought" | "request" | "requests"
        | "requested" | "insisted" | "insists" => "demand",
        "offer" | "offers" | "offered" | "offering" | "counter-offer" | "counteroffer" => "offer",
        // A ceiling is not the sum itself ("its cover stops at 20 million").
        "cap" | "capped" | "ceiling" | "limit" | "limited" | "cover" => "cap",
        // The price of one share is no sum paid ("its shares closed at
        // 31.20 veskas" beside "will pay 210 million veskas").
        "shares" | "stock" | "stocks" => "share price",
        // A sum put by for a purpose is no sum spent or owed ("has set
        // aside 3 million for the families" beside "would cost about 1.1
        // million").
        "aside" | "earmarked" | "earmarks" | "reserved" | "reserves" => "reserve",
        _ => return None,
    };
    Some(role)
}

/// The one act that carrying out what was ordered is, however written.
const COMPLY: &str = "comply";

/// Whether a verb, with the words after it, is carrying out what was
/// ordered or recommended: "carry out", "act on", "put (things) right",
/// "comply", "implement", "remedy". Hand-listed: phrasal verbs have no
/// synonym source that tells their sense apart from the bare verb's.
fn is_compliance(verb: &str, next: [Option<&str>; 2]) -> bool {
    match verb {
        "comply" | "implement" | "remedy" | "rectify" => true,
        "carry" => next[0] == Some("out") || next[1] == Some("out"),
        "act" => next[0] == Some("on") || next[0] == Some("upon"),
        "put" => next[0] == Some("right") || next[1] == Some("right"),
        "make" => next[0] == Some("good") || next[1] == Some("good"),
        _ => false,
    }
}

/// The act a length of time is allowed for: the verb of an infinitive
/// right after it ("given five years to rebuild the dome"), or the verb a
/// modal or "to" puts before "within" it ("must rebuild the dome … within
/// three years"). The verb as written (a bare infinitive), one act for
/// every way of carrying out an order ([`is_compliance`]), or `None`.
pub(crate) fn allowed_act(v: &View<'_>, sent: &Sent, start: usize, end: usize) -> Option<String> {
    let (first, after) = (v.tok_at(start), v.tok_at(end));
    let word = |k: usize| (k < sent.last).then(|| v.toks[k].word.as_str());
    let verb_ok =
        |w: &str| w.chars().all(char::is_alphabetic) && !is_stopword(w) && !w.ends_with("ing");
    // "took four hours to alert", "had taken Corvanta seven hours to
    // inform": the length of the act, not a time allowed for it.
    let taken = (sent.first.max(first.saturating_sub(6))..first).any(|k| {
        matches!(
            v.toks[k].word.as_str(),
            "took" | "take" | "takes" | "taken" | "taking" | "spent" | "needed" | "waited"
        )
    });
    if taken {
        return None;
    }
    if word(after) == Some("to") {
        if let Some(w) = word(after + 1).filter(|w| verb_ok(w)) {
            let rest = [word(after + 2), word(after + 3)];
            return Some(if is_compliance(w, rest) { COMPLY } else { w }.to_owned());
        }
    }
    // "within" opens the quantity (its approximation) or stands before it.
    let within = if word(first) == Some("within") {
        first
    } else if first > sent.first && word(first - 1) == Some("within") {
        first - 1
    } else {
        return None;
    };
    let lo = sent.first.max(within.saturating_sub(16));
    (lo + 1..within).rev().find_map(|k| {
        let lead = word(k - 1)?;
        let modal = matches!(
            lead,
            "to" | "must" | "will" | "would" | "should" | "shall" | "can" | "could"
        );
        word(k).filter(|w| modal && verb_ok(w)).map(str::to_owned)
    })
}
