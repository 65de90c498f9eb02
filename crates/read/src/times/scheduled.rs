//! A bare weekday in a clause in the present simple ("The board meets on
//! Thursday.", "Underpaid staff get the difference on Friday."): news
//! English tells a scheduled act in the present simple, so the day is still
//! to come.
//!
//! The rule, deliberately narrow: the weekday follows "on"; the clause
//! before it has a verb of a schedulable act in the present ("meets",
//! "get", "reopen", or "is"/"are" right before "on": "The vote is on
//! Thursday."), at most four words before "on" and not a noun (after an
//! article, a possessive, a number, a preposition or "to"); the clause has
//! no past form ("-ed", an irregular past, "was", "had", "did", "been");
//! and the sentence ends with a full stop, "!" or "?" on its line, so a
//! headline ("Council votes on Thursday to …"), told in the present about
//! the past, never flips.
//!
//! What it does not: future cues ("will", "is due to") and deadlines
//! (`relative`), which it leaves to their own rules.

use super::relative::{clause_start, CLAUSE_STOPS};

/// Verbs of acts that are scheduled, in their base form.
const SCHEDULED: &[&str] = &[
    "meet",
    "open",
    "reopen",
    "close",
    "start",
    "begin",
    "end",
    "resume",
    "restart",
    "return",
    "get",
    "receive",
    "vote",
    "sit",
    "hear",
    "decide",
    "rule",
    "publish",
    "release",
    "play",
    "face",
    "visit",
    "arrive",
    "leave",
    "launch",
    "sail",
    "fly",
    "depart",
    "travel",
    "pay",
    "appear",
    "testify",
    "reconvene",
    "convene",
    "debate",
    "sign",
    "unveil",
    "expire",
    "host",
    "hold",
    "take",
    "march",
    "rally",
    "retire",
    "resign",
    "finish",
    "conclude",
    "kick",
    "answer",
    "address",
    "attend",
    "speak",
    "present",
    "announce",
];

/// Irregular past forms (with "-ed" forms, a past clause).
pub(super) const IRREGULAR_PAST: &[&str] = &[
    "was",
    "were",
    "had",
    "did",
    "been",
    "said",
    "told",
    "met",
    "went",
    "came",
    "got",
    "gave",
    "took",
    "made",
    "paid",
    "left",
    "held",
    "found",
    "saw",
    "began",
    "ran",
    "won",
    "lost",
    "sent",
    "spent",
    "kept",
    "brought",
    "bought",
    "thought",
    "fell",
    "rose",
    "broke",
    "spoke",
    "wrote",
    "chose",
    "drove",
    "flew",
    "grew",
    "knew",
    "threw",
    "wore",
    "tore",
    "stood",
    "sat",
    "led",
    "fled",
    "fought",
    "caught",
    "taught",
    "sold",
    "struck",
    "became",
    "meant",
    "felt",
    "heard",
    "dealt",
    "built",
    "sank",
    "swam",
    "drank",
    "rang",
    "sang",
    "hung",
    "slid",
    "slept",
    "stole",
    "woke",
    "ate",
    "forgot",
    "froze",
    "hid",
    "lay",
    "laid",
    "lit",
    "rode",
    "shook",
    "shot",
    "shone",
    "sought",
    "sprang",
    "stuck",
    "swore",
    "swept",
    "swung",
    "understood",
    "withdrew",
    "upheld",
    "withheld",
    "overtook",
    "drew",
    "fed",
    "dug",
    "bore",
    "bent",
    "lent",
    "wept",
    "wound",
    "overran",
    "overcame",
    "rebuilt",
    "rewrote",
    "shrank",
    "sped",
];

/// Words after which a verb form is a noun ("the vote", "its return", "47
/// votes", "Sunday's start") or an infinitive ("to meet").
const NOT_A_VERB_AFTER: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my",
    "your", "no", "each", "every", "any", "some", "first", "last", "next", "whose", "s", "of",
    "to", "for", "in", "at", "by", "with", "from", "after", "before", "since", "until",
];

/// Whether the bare weekday at `start..end` is told in the present simple of
/// a scheduled act (see the module's rule).
pub(super) fn scheduled_present(body: &str, start: usize, end: usize) -> bool {
    let Some(before) = body.get(..start) else {
        return false;
    };
    let Some(head) = strip_word(before.trim_end(), "on") else {
        return false;
    };
    let line_rest = body.get(end..).unwrap_or("");
    let line_rest = line_rest.split('\n').next().unwrap_or("");
    // A possessive day dates a thing ("is on Friday's list"), not the act.
    let possessive = line_rest.starts_with("'s") || line_rest.starts_with("’s");
    if possessive || !line_rest.contains(['.', '!', '?']) {
        return false;
    }
    let clause = head.get(clause_start(head, &CLAUSE_STOPS)..).unwrap_or("");
    let words: Vec<String> = clause
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if words.iter().any(|w| is_past(w)) {
        return false;
    }
    let n = words.len();
    if n >= 2 && matches!(words[n - 1].as_str(), "is" | "are") {
        return true;
    }
    (n.saturating_sub(5)..n).any(|i| {
        let after_noun_word = i
            .checked_sub(1)
            .and_then(|j| words.get(j))
            .is_some_and(|w| {
                NOT_A_VERB_AFTER.contains(&w.as_str())
                    || w.starts_with(|c: char| c.is_ascii_digit())
            });
        i > 0 && !after_noun_word && is_scheduled_present(&words[i])
    })
}

/// `text` without its last word when that word is `word` (any case).
fn strip_word<'a>(text: &'a str, word: &str) -> Option<&'a str> {
    let cut = text.len().checked_sub(word.len())?;
    let last = text.get(cut..)?;
    let head = text.get(..cut)?;
    let whole = head.is_empty() || head.ends_with(|c: char| !c.is_alphanumeric());
    (last.eq_ignore_ascii_case(word) && whole).then_some(head)
}

/// A past form: "-ed" (not "need", "speed"), an irregular past, "was",
/// "had", "did", "been".
fn is_past(word: &str) -> bool {
    (word.len() > 3 && word.ends_with("ed") && !word.ends_with("eed"))
        || IRREGULAR_PAST.contains(&word)
}

/// A present form of a scheduled act's verb: its base ("meet") or its
/// third person ("meets", "closes", "flies").
fn is_scheduled_present(word: &str) -> bool {
    SCHEDULED.iter().any(|base| {
        word == *base
            || word.strip_suffix('s') == Some(base)
            || word.strip_suffix("es") == Some(base)
            || base
                .strip_suffix('y')
                .is_some_and(|stem| word.strip_suffix("ies") == Some(stem))
    })
}
