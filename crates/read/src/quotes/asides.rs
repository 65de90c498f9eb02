//! A speaker named before asides and before the organisation they belong
//! to: "Hugo Strettell, the company's director of quality, who reports to
//! the chief executive, Alaric Ashcombe, said" (Strettell speaks, not
//! Ashcombe), "Dr Isidore Quayle, the cardiologist treating Mr Pennock,
//! said" (Quayle), "Philippa Fellgrove of the Heartline Patients'
//! Association said" (Fellgrove, not the association).

use super::attrib::Ref;
use super::names::Kind;
use super::Ctx;

/// Words a clause may open with before its subject ("But Fellgrove …").
const CLAUSE_OPENERS: &[&str] = &["But", "And", "Yet", "Still", "However,", "Meanwhile,"];

/// The person whose name opens the clause at `s0` and is followed by a
/// comma, when everything from there to the verb is set off by commas
/// (`stripped` is the text from `s0` to the comma before the verb): the
/// asides' own names never speak for the verb.
pub(crate) fn head_before_asides(ctx: &Ctx, s0: usize, stripped: &str) -> Option<(Ref, usize)> {
    let body = ctx.body;
    let limit = s0 + stripped.len();
    let ix = ctx.mentions.partition_point(|m| m.lead < s0);
    let m = ctx.mentions.get(ix)?;
    let lead_in = body.get(s0..m.lead)?.trim();
    let opens = lead_in.is_empty() || CLAUSE_OPENERS.contains(&lead_in);
    if !opens || m.kind != Kind::Person || m.possessive || m.end >= limit {
        return None;
    }
    if !body.get(m.end..)?.starts_with(',') {
        return None;
    }
    let asides = body.get(m.end..limit)?;
    let words = asides.split_whitespace().count();
    // At least two commas (the aside's own and the one before the verb),
    // no quotation, a length an aside has.
    let commas = asides.matches(',').count() + 1;
    if commas < 2 || words > 30 || asides.contains(['“', '”', '"']) || ctx.in_mark(m.end) {
        return None;
    }
    Some((Ref::Mention(ix), m.lead))
}

/// The person named right before "of", "at" or "from" (the") and an
/// organisation found as a subject ("Philippa Fellgrove of the Heartline
/// Patients' Association said"): the person speaks, the organisation is
/// where she belongs.
pub(crate) fn person_before_org(ctx: &Ctx, found: &(Ref, usize)) -> Option<(Ref, usize)> {
    // "Ilsabet Raskovar of the space agency said": a group written as a
    // common noun is an organisation too.
    let mut lead = match found.0 {
        Ref::Mention(org) => {
            let o = ctx.mentions.get(org)?;
            if o.kind == Kind::Person {
                return None;
            }
            o.lead
        }
        Ref::Group { .. } => found.1,
        _ => return None,
    };
    // The organisation's name may start before the mention found
    // ("Heartline Patients' Association" found from "Association").
    for _ in 0..4 {
        let head = ctx.body.get(..lead)?.trim_end_matches(' ');
        let word_start = head.rfind(' ').map_or(0, |i| i + 1);
        let word = &head[word_start..];
        let capital = word.starts_with(char::is_uppercase);
        if !capital || word.is_empty() || word.len() == head.len() {
            break;
        }
        lead = word_start;
    }
    let before = ctx.body.get(..lead)?;
    let link = ["of the ", "of ", "at the ", "at ", "from the ", "from "]
        .iter()
        .find(|l| before.ends_with(*l))?;
    let person_end = before.len() - link.len();
    let ix = ctx.ending_at(person_end.saturating_sub(1))?;
    let p = ctx.mentions.get(ix)?;
    (p.kind == Kind::Person && before.get(p.end..)? == format!(" {link}"))
        .then_some((Ref::Mention(ix), p.lead))
}
