//! What a value is said about, beyond its key: the content words and
//! entities around it, and what an act is done to. The words a value
//! hangs on (its key) are found by [`crate::heads`].
//!
//! Two sums, shares, counts of plain people or times, or dates of one
//! open-class act are rivals only when their contexts share a word or an
//! entity: "21 men trapped" and "nine men being treated" count two
//! different sets of men; "resigned on Monday" and "resigned on Tuesday",
//! both said of the chief executive, date one act. A bag of stems in a
//! small window is crude on purpose: it needs no parser, and a shared word
//! is a weak condition that only keeps apart values said of plainly
//! different things.
//!
//! It does not decide what conflicts (see `compare`), nor read times or
//! numbers (the reading stage does).

use std::collections::BTreeSet;

use crate::bind::passive_by;
use crate::input::EntityKind;
use crate::lexicon::{is_speech_verb, is_stopword, noun_stem};
use crate::measure::{clause, is_month_or_season};
use crate::statements::{Sent, View};

/// How many words either side of a value make its context.
const CONTEXT_WINDOW: usize = 6;

/// The context of the value whose words are tokens `first..last` of
/// `sent`: stems of the content words and ids of the entities within the
/// window and the value's clause, but for the words in `skip` (the key's
/// own word: the counted noun, the act's verb).
pub(crate) fn context(
    v: &View<'_>,
    sent: &Sent,
    first: usize,
    last: usize,
    skip: &[String],
) -> BTreeSet<String> {
    let Some(pos) = v.toks.get(first).map(|t| t.start) else {
        return BTreeSet::new();
    };
    let (lo, hi) = clause(v, sent, pos);
    let from = sent.first.max(first.saturating_sub(CONTEXT_WINDOW));
    let to = sent.last.min(last + CONTEXT_WINDOW);
    let mut out = BTreeSet::new();
    for k in from..to {
        if (first..last).contains(&k) {
            continue;
        }
        let t = &v.toks[k];
        if t.start < lo || t.start >= hi || !is_content(&t.word) {
            continue;
        }
        // A name's words stand for its entity, added below by identity
        // ("Halvecia" and "Halvecian State Mining Corporation" share a
        // stem, not an entity).
        let in_name = v
            .art
            .mentions
            .iter()
            .any(|m| m.start <= t.start && t.start < m.end);
        if in_name {
            continue;
        }
        let s = noun_stem(&t.word);
        if !skip.contains(&s) {
            out.insert(s);
        }
    }
    let (a, b) = (
        v.toks[from].start,
        v.toks.get(to).map_or(sent.end, |t| t.start),
    );
    // People and bodies by identity; places and countries only as the thing
    // itself ("the Sennet Strait was closed"), not as the setting after a
    // preposition ("in the strait"), which nearly every sentence has.
    for m in &v.art.mentions {
        let setting = matches!(m.kind, EntityKind::Place | EntityKind::Country)
            && after_preposition(v, sent.first, m.start);
        // The clause's subject, however far before the value ("The Sennet
        // Strait was closed to shipping for 48 hours").
        let subject = m.start >= lo
            && v.art
                .body
                .get(lo..m.start)
                .is_some_and(|g| matches!(g.trim(), "" | "The" | "the"));
        let near = m.start >= a.max(lo) && m.start < b.min(hi);
        if !setting && (near || subject) && m.start < hi {
            out.insert(format!("e:{}", m.entity));
        }
    }
    // "The company's shares closed 4 percent lower": the firm the report
    // named last before this sentence.
    let the_firm = (from.max(sent.first + 1)..to).any(|k| {
        v.toks[k - 1].word == "the"
            && v.toks[k].start >= lo
            && matches!(v.toks[k].word.as_str(), "company" | "firm" | "group")
    });
    if the_firm {
        let firm = v
            .art
            .mentions
            .iter()
            .rfind(|m| m.end <= sent.start && m.kind == EntityKind::Organisation);
        if let Some(m) = firm {
            out.insert(format!("e:{}", m.entity));
        }
    }
    out
}

/// Whether the name at byte `start` follows a preposition (a determiner
/// aside) within its sentence, whose first token is `first`: "in the
/// Sennet Strait", "off Velde".
fn after_preposition(v: &View<'_>, first: usize, start: usize) -> bool {
    let i = v.tok_at(start);
    let mut k = i;
    while k > first {
        k -= 1;
        let w = v.toks[k].word.as_str();
        if matches!(w, "the" | "a" | "an") {
            continue;
        }
        return matches!(
            w,
            "in" | "at"
                | "near"
                | "from"
                | "to"
                | "into"
                | "across"
                | "off"
                | "over"
                | "through"
                | "of"
                | "on"
                | "towards"
                | "toward"
                | "outside"
                | "inside"
                | "between"
                | "and"
                | "by"
                | "for"
                | "with"
                | "around"
        );
    }
    false
}

/// A word that says what a value is about: not a function word, a number,
/// a speech verb or a bare month or weekday.
pub(crate) fn is_content(word: &str) -> bool {
    word.chars().count() >= 3
        && word.chars().any(char::is_alphabetic)
        && !word.chars().any(|c| c.is_ascii_digit())
        && !is_stopword(word)
        && !is_speech_verb(word)
        && !is_calendar_word(word)
        && !LIGHT_WORDS.contains(&word)
}

/// Verbs and adverbs that say little about what a value is of ("will pay
/// 2.4 million" and "will pay 1.15 million" may be a fine and a
/// compensation). Hand-written: a closed list.
const LIGHT_WORDS: &[&str] = &[
    "will", "would", "could", "should", "may", "might", "must", "can", "has", "have", "had",
    "been", "being", "was", "were", "are", "pay", "pays", "paid", "paying", "get", "gets", "got",
    "make", "makes", "made", "take", "takes", "took", "taken", "give", "gives", "gave", "given",
    "receive", "receives", "received", "also", "now", "still", "more", "less", "some", "all",
    "total", "least", "most", "nearly", "almost", "about", "around", "than", "only", "just",
];

/// A weekday, month, season or relative-day word: part of a time, not of
/// what the time is the time of.
fn is_calendar_word(word: &str) -> bool {
    is_month_or_season(word)
        || matches!(
            word,
            "monday"
                | "tuesday"
                | "wednesday"
                | "thursday"
                | "friday"
                | "saturday"
                | "sunday"
                | "today"
                | "yesterday"
                | "tonight"
                | "morning"
                | "afternoon"
                | "evening"
                | "night"
                | "early"
                | "late"
                | "last"
                | "week"
                | "local"
                | "time"
                | "gmt"
                | "utc"
        )
}

/// What an act at token `j` is done to: the stems of the content words and
/// the ids of the entities after it in its clause, up to the window ("the
/// forensic report to the committee"). Two doers of one open-class act are
/// rivals only when at least two of these agree.
pub(crate) fn object_context(v: &View<'_>, sent: &Sent, j: usize) -> BTreeSet<String> {
    let Some(pos) = v.toks.get(j).map(|t| t.start) else {
        return BTreeSet::new();
    };
    let (lo, hi) = clause(v, sent, pos);
    // A passive act ("The release was ordered by …") is done to its
    // subject: the words before the auxiliary.
    if passive_by(v, j).is_some() {
        let from = sent.first.max(j.saturating_sub(CONTEXT_WINDOW));
        let mut out = BTreeSet::new();
        for k in from..j {
            let t = &v.toks[k];
            if t.start < lo {
                continue;
            }
            let in_name = v
                .art
                .mentions
                .iter()
                .any(|m| m.start <= t.start && t.start < m.end);
            let aux = matches!(
                t.word.as_str(),
                "was" | "were" | "been" | "being" | "is" | "are" | "had" | "has" | "have"
            );
            if !in_name && !aux && is_content(&t.word) {
                out.insert(noun_stem(&t.word));
            }
        }
        return out;
    }
    let to = sent.last.min(j + 1 + CONTEXT_WINDOW);
    let mut out = BTreeSet::new();
    for k in j + 1..to {
        let t = &v.toks[k];
        if t.start >= hi {
            break;
        }
        let in_name = v
            .art
            .mentions
            .iter()
            .any(|m| m.start <= t.start && t.start < m.end);
        if !in_name && is_content(&t.word) {
            out.insert(noun_stem(&t.word));
        }
    }
    let end = v.toks.get(to).map_or(sent.end, |t| t.start).min(hi);
    for m in &v.art.mentions {
        let setting = matches!(m.kind, EntityKind::Place | EntityKind::Country);
        if !setting && m.start > pos && m.start < end {
            out.insert(format!("e:{}", m.entity));
        }
    }
    out
}

/// The words of the subject of the act at token `j` ("The driver, who has
/// worked for the company for 22 years, was suspended on Friday" →
/// "driver"): back over forms of being and adverbs, over a relative clause
/// set off by commas, to at most three content words before, in the same
/// phrase. Names are left out (their entities stand for them elsewhere).
pub(crate) fn subject_words(v: &View<'_>, sent: &Sent, j: usize) -> BTreeSet<String> {
    let w = |k: usize| v.toks[k].word.as_str();
    let gap_has_comma = |k: usize| {
        // The text between token k - 1 and token k.
        k > 0
            && v.art
                .body
                .get(v.toks[k - 1].end..v.toks[k].start)
                .is_some_and(|g| g.contains(','))
    };
    let mut k = j;
    while k > sent.first
        && (matches!(
            w(k - 1),
            "was" | "were" | "been" | "being" | "be" | "is" | "are" | "had" | "has" | "have"
        ) || w(k - 1).ends_with("ly"))
    {
        k -= 1;
    }
    // ", who has worked for the company for 22 years, was suspended"
    if gap_has_comma(k) {
        let lo = sent.first.max(k.saturating_sub(16));
        if let Some(r) = (lo..k)
            .rev()
            .find(|&r| matches!(w(r), "who" | "which") && gap_has_comma(r))
        {
            k = r;
        }
    }
    let mut out = BTreeSet::new();
    let mut taken = 0;
    while k > sent.first && taken < 3 {
        k -= 1;
        let t = &v.toks[k];
        let in_name = v
            .art
            .mentions
            .iter()
            .any(|m| m.start <= t.start && t.start < m.end);
        if !in_name && is_content(&t.word) && !t.quoted {
            out.insert(noun_stem(&t.word));
        }
        taken += 1;
        if gap_has_comma(k) {
            break;
        }
    }
    out
}

/// The head noun an act word at `j` is said of, as a set name: the word
/// right before it past auxiliaries ("will stay shut", "was closed") and a
/// place phrase of a name ("A primary school in Hessary will stay shut"),
/// when it is a content word and no name ("Straloch's winning streak
/// ended"). The nouns of one negotiation share one name ("talks",
/// "negotiations", "round"). `None` when the act has no such subject
/// ("which ended", "It ended", "Talks in Velm ended" keeps "talks").
pub(crate) fn act_subject(v: &View<'_>, sent: &Sent, j: usize) -> Option<String> {
    let word = v.toks[act_subject_at(v, sent, j)?].word.as_str();
    Some(crate::lexicon::duration_thing(word).map_or_else(|| noun_stem(word), str::to_owned))
}

/// The token of [`act_subject`]'s head noun.
pub(crate) fn act_subject_at(v: &View<'_>, sent: &Sent, j: usize) -> Option<usize> {
    let in_name = |k: usize| {
        let t = &v.toks[k];
        v.art
            .mentions
            .iter()
            .any(|m| m.start <= t.start && t.start < m.end)
    };
    let mut k = j;
    while k > sent.first {
        let w = v.toks[k - 1].word.as_str();
        let aux = matches!(
            w,
            "was"
                | "were"
                | "been"
                | "being"
                | "be"
                | "is"
                | "are"
                | "had"
                | "has"
                | "have"
                | "will"
                | "would"
                | "could"
                | "should"
                | "may"
                | "might"
                | "must"
                | "stay"
                | "stays"
                | "stayed"
                | "remain"
                | "remains"
                | "remained"
                | "not"
                | "finally"
        ) || w.ends_with("ly");
        if !aux {
            break;
        }
        k -= 1;
    }
    // Past a place phrase of a name: "in Hessary", "of the Velm port".
    let mut head = k.checked_sub(1)?;
    // "The negotiations, hosted by Calvora at Vesper House on the edge of
    // its capital, opened": an aside set off by commas before the verb;
    // the subject is the noun before its opening comma.
    let gap_has_comma = |a: usize, b: usize| {
        v.art
            .body
            .get(v.toks[a].end..v.toks[b].start)
            .is_some_and(|g| g.contains(','))
    };
    // A name set off so is the subject's own appositive ("The dealer …,
    // Evrard Vasseline, was arrested"), read below as before.
    if head >= sent.first && k < v.toks.len() && gap_has_comma(head, k) && !in_name(head) {
        let lo = sent.first.max(head.saturating_sub(15));
        if let Some(open) = (lo..head).rev().find(|&p| gap_has_comma(p, p + 1)) {
            head = open;
        }
    }
    if head >= sent.first && in_name(head) {
        while head > sent.first && in_name(head) {
            head -= 1;
        }
        if matches!(v.toks[head].word.as_str(), "the") && head > sent.first {
            head -= 1;
        }
        if !matches!(
            v.toks[head].word.as_str(),
            "in" | "at" | "of" | "near" | "outside"
        ) {
            return None;
        }
        head = head.checked_sub(1)?;
    }
    if head < sent.first || in_name(head) || v.toks[head].quoted {
        return None;
    }
    // "the town's second cruise berth, which began in June": the relative
    // pronoun stands for the noun before its comma.
    if matches!(v.toks[head].word.as_str(), "which" | "that") && head > sent.first {
        let before = head - 1;
        let comma = v
            .art
            .body
            .get(v.toks[before].end..v.toks[head].start)
            .is_some_and(|gap| gap.trim() == ",");
        if comma && !in_name(before) && !v.toks[before].quoted && is_content(&v.toks[before].word) {
            return Some(before);
        }
    }
    let word = v.toks[head].word.as_str();
    if !is_content(word) || matches!(word, "which" | "that" | "who" | "they" | "this" | "these") {
        return None;
    }
    Some(head)
}
