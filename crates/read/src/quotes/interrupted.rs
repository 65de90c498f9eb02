//! Reported speech interrupted by its own attribution: "The course, the
//! measurer tells the Courant, is 41,597 metres long", "The dam, he said,
//! will hold".
//!
//! What it does: finds an attribution set off by commas inside the clause
//! it reports, where the words before it are a short subject with no verb
//! and the words after the second comma carry on that clause with a verb;
//! the reported clause is both, as a quote in two parts. What it does not:
//! read an opening phrase ("At the talks, the minister said, …") or a
//! clause that ends before the attribution ("…, the minister said.", see
//! `indirect`).

use super::attrib::Attr;
use super::lexicon::is_in;
use super::Ctx;

/// Words that carry on a clause right after an interrupting attribution:
/// a finite verb or an auxiliary ("is", "will", "has").
const CARRY_ON: &[&str] = &[
    "is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can", "may",
    "might", "must", "should", "remains", "remained", "stands", "stood", "needs", "needed", "did",
    "does", "do",
];

/// Words that open a phrase, not a subject ("In", "At", "Asked"…).
const NOT_A_SUBJECT: &[&str] = &[
    "in",
    "at",
    "on",
    "after",
    "before",
    "during",
    "asked",
    "pressed",
    "when",
    "while",
    "if",
    "but",
    "and",
    "so",
    "yet",
    "however",
    "still",
    "now",
    "then",
    "meanwhile",
    "instead",
];

/// The two parts of a clause that `a` interrupts: `(start, end)` of the
/// subject before it and of the rest after it.
pub(super) fn interrupted(ctx: &Ctx, a: &Attr) -> Option<[(usize, usize); 2]> {
    let body = ctx.body;
    if a.inherited || a.inverted {
        return None;
    }
    let s = ctx.sentences.get(a.sentence)?;
    let pre = body.get(s.start..a.subj_start)?.trim_end();
    let first_comma = s.start + pre.strip_suffix(',')?.len();
    let lead = body.get(s.start..first_comma)?;
    let start = s.start + (lead.len() - lead.trim_start().len());
    let subject: Vec<&str> = body.get(start..first_comma)?.split_whitespace().collect();
    let opener = subject.first()?.to_lowercase();
    if subject.len() > 6
        || is_in(NOT_A_SUBJECT, &opener)
        || opener.ends_with("ing")
        || subject
            .iter()
            .any(|w| w.contains([',', '“', '”', '"', ':', '(']))
        || ctx.in_mark(start)
    {
        return None;
    }
    // After the verb: an addressee or an adverbial of a few words, a comma,
    // then the clause carried on.
    let after = body.get(a.verb_end..s.end)?;
    let second = after.find(',')?;
    if after[..second].split_whitespace().count() > 4 || after[..second].contains(['“', '"']) {
        return None;
    }
    let rest_from = a.verb_end + second + 1;
    let rest_text = body.get(rest_from..s.end)?;
    let rest_start = rest_from + (rest_text.len() - rest_text.trim_start().len());
    let rest = rest_text.trim_end_matches(|c: char| c.is_whitespace() || ".;:!?".contains(c));
    let carried = rest.split_whitespace().next().map(str::to_lowercase)?;
    if !is_in(CARRY_ON, &carried) || rest.split_whitespace().count() < 3 {
        return None;
    }
    Some([(start, first_comma), (rest_start, rest_from + rest.len())])
}
