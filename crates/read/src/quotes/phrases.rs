//! Noun phrases that speak without a name: groups ("security sources",
//! "Pakistani officials", "the army") and documents ("the joint statement",
//! "Tarar's message", "the agency's own tracker"), with their owners.

use std::sync::LazyLock;

use regex::Regex;

use super::attrib::Ref;
use super::lexicon::{
    is_group_noun, is_in, is_role, HONORIFICS, INSTITUTIONS, OPENERS, VAGUE_MODIFIERS, VERB,
};
use super::names::floor;
use super::subject::{last_word, DETERMINERS, PREPOSITIONS};
use super::Ctx;

/// The offices a named body speaks through ("press office", "office").
const SPOKEN_FOR: &[&str] = &["office", "desk"];

/// "the joint statement", "Tarar's message", "his post".
pub(crate) fn document(ctx: &Ctx, s0: usize, noun_start: usize, end: usize) -> (Ref, usize) {
    let body = ctx.body;
    let mut start = noun_start;
    // Where the document's own words start ("charge sheet" of "Its charge
    // sheet"), owner aside.
    let mut words_start = noun_start;
    let mut owner = None;
    for _ in 0..3 {
        let Some((ps, pw)) = last_word(body, s0, start) else {
            break;
        };
        let lw = pw.to_lowercase();
        // "the governor's letter": a title owns it.
        if let Some(stem) = pw.strip_suffix("’s").or_else(|| pw.strip_suffix("'s")) {
            let lower = stem.to_lowercase();
            if is_role(&lower) && stem.chars().next().is_some_and(char::is_lowercase) {
                owner = Some(Box::new(Ref::Title {
                    start: ps,
                    end: ps + stem.len(),
                    words: vec![lower],
                }));
                start = ps;
                break;
            }
        }
        // "the agency's own tracker": the institution owns it.
        if let Some(stem) = pw.strip_suffix("’s").or_else(|| pw.strip_suffix("'s")) {
            if is_in(INSTITUTIONS, stem) && stem.chars().next().is_some_and(char::is_lowercase) {
                let end = ps + stem.len();
                owner = Some(Box::new(Ref::Group {
                    start: ps,
                    end,
                    identified: true,
                }));
                start = ps;
                break;
            }
        }
        // "the observatory's bulletin": a common noun owning it that is no
        // institution or role known stays part of the document's words.
        if let Some(stem) = pw.strip_suffix("’s").or_else(|| pw.strip_suffix("'s")) {
            let plain = stem.len() > 2 && stem.chars().all(|c| c.is_lowercase());
            let in_name = ctx.mentions.iter().any(|m| m.start <= ps && ps < m.end);
            if plain && !in_name {
                start = ps;
                words_start = ps;
                break;
            }
        }
        let before = ctx.mentions.partition_point(|m| m.end <= start);
        if let Some(ix) = before.checked_sub(1).filter(|&i| {
            let m = &ctx.mentions[i];
            m.possessive && m.end + 6 >= start && m.end > ps
        }) {
            owner = Some(Box::new(Ref::Mention(ix)));
            start = ctx.mentions[ix].lead;
            break;
        }
        if matches!(lw.as_str(), "his" | "her" | "their" | "its") {
            let word = match lw.as_str() {
                "his" => "he",
                "her" => "she",
                "their" => "they",
                // "its" apart from "it": an owner, never a speaker of its
                // own (see `resolve::pronoun`).
                _ => "its",
            };
            owner = Some(Box::new(Ref::Pronoun {
                at: ps,
                word: word.to_string(),
            }));
            start = ps;
            break;
        }
        if is_in(DETERMINERS, &lw)
            || !pw.chars().all(char::is_alphabetic)
            || pw.chars().next().is_some_and(char::is_uppercase)
        {
            break;
        }
        start = ps;
        words_start = ps;
    }
    let doc_start = if owner.is_some() { words_start } else { start };
    (
        Ref::Document {
            start: doc_start,
            end,
            owner,
        },
        start,
    )
}

/// "security sources", "the security sources in Pakistan", "Pakistani
/// officials", "Pakistan's leaders".
pub(crate) fn group_ending_at(ctx: &Ctx, s0: usize, end: usize) -> Option<(Ref, usize)> {
    let body = ctx.body;
    let (ws, w) = last_word(body, s0, end)?;
    // A singular institution written in lowercase: "the army said".
    let institution = (is_in(INSTITUTIONS, w) && w.chars().next().is_some_and(char::is_lowercase))
        || w.eq_ignore_ascii_case("police");
    let (noun_start, has_post) = if is_group_noun(w) || institution {
        (ws, false)
    } else {
        // A postmodifier: "sources in Pakistan", "members of the
        // nine-member jury".
        static POST: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?-u:\b)(\p{L}+)\s+(?:in|of|from)\s+(?:the\s+|both\s+|several\s+)?(?:\p{Ll}[\p{L}\-]*\s+)?(\p{L}[\p{L}\-]*)(?:\s+\p{Lu}[\p{L}\-]*)*$")
                .unwrap_or_else(|e| panic!("postmodifier pattern: {e}"))
        });
        let from = floor(body, end.saturating_sub(60)).max(s0);
        let c = POST.captures(&body[from..end])?;
        let n = c.get(1)?;
        if !is_group_noun(n.as_str()) {
            return None;
        }
        // "sources in Lunmar" names them; "officials in both capitals" does not.
        let named = c
            .get(2)
            .is_some_and(|p| p.as_str().chars().next().is_some_and(char::is_uppercase));
        (from + n.start(), named)
    };
    let noun_end = noun_start
        + body[noun_start..end]
            .split_whitespace()
            .next()
            .map_or(0, str::len);
    let mut start = noun_start;
    let mut identified = has_post || institution;
    let mut modified = false;
    for _ in 0..3 {
        let Some((ps, pw)) = last_word(body, s0, start) else {
            break;
        };
        let lw = pw.to_lowercase();
        if lw == "the"
            || is_in(DETERMINERS, &lw)
            || is_in(PREPOSITIONS, &lw)
            || !pw.chars().any(char::is_alphabetic)
        {
            break;
        }
        if is_in(OPENERS, &lw) && !pw.ends_with("s") {
            break;
        }
        // An owner is not part of an institution's name ("Velka's coast
        // guard" is the coast guard), but names a group of people ("Orlan's
        // critics", "Velka's leaders"), without the owner's honorific.
        if institution && (pw.ends_with("'s") || pw.ends_with("’s")) {
            // "the Environment Ministry's press office said": a named
            // body speaking through its office is the body.
            let owner = ctx
                .mentions
                .iter()
                .position(|m| m.possessive && m.start <= ps && ps < m.end)
                .filter(|&i| ctx.mentions[i].kind == super::names::Kind::Name);
            if let Some(i) = owner.filter(|_| is_in(SPOKEN_FOR, w)) {
                return Some((Ref::Mention(i), ctx.mentions[i].lead));
            }
            break;
        }
        if is_in(HONORIFICS, pw.trim_end_matches('.')) {
            break;
        }
        let verbish = VERB.is_match(pw);
        if verbish {
            break;
        }
        if !is_in(VAGUE_MODIFIERS, &lw) {
            identified = true;
            modified = true;
        }
        start = ps;
    }
    // The smallest phrase that names the group: "Security sources" of
    // "Security sources in Lunmar", but "officials in Lunmar" whole.
    let end = if has_post && modified { noun_end } else { end };
    Some((
        Ref::Group {
            start,
            end,
            identified,
        },
        start,
    ))
}
