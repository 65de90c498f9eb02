//! A nickname in quotation marks between a person's first name and surname
//! (`Wojslaw "Zed" Zdzieblowski`, `Maria “La Roca” Ibáñez`): the three
//! parts are one person, and the nickname written alone later in the report
//! ("Zed, 26, hit back") is that person too.
//!
//! Written by hand: no name finder we could use knows this construction,
//! and the quotation marks otherwise split the name into three.

use super::fold;
use super::tokens::Tok;
use super::types::{EntityKind, Mention, MentionForm};

/// One `First "Nick" Last` found in the body, as word indexes.
#[derive(Clone, Copy, Debug)]
pub(super) struct Nickname {
    /// The first name's word.
    pub first: usize,
    /// The nickname's first and last word.
    pub nick: (usize, usize),
    /// The surname's (first) word.
    pub last: usize,
}

/// The quotation marks that may enclose a nickname, opening and closing.
const MARKS: [(&str, &str); 3] = [
    ("\"", "\""),
    ("\u{201c}", "\u{201d}"),
    ("\u{2018}", "\u{2019}"),
];

/// Every `First "Nick" Last` of the body: a capitalised word, a space, one
/// to three capitalised words in quotation marks, a space, a capitalised
/// word. Nothing else but single spaces may stand between the words.
pub(super) fn find(body: &str, toks: &[Tok]) -> Vec<Nickname> {
    let gap = |a: &Tok, b: &Tok| body.get(a.after..b.start).unwrap_or("");
    let mut out = Vec::new();
    for first in 0..toks.len() {
        let Some(t) = toks.get(first) else { break };
        let Some(n) = toks.get(first + 1) else { break };
        if !t.cap || t.poss || t.upper {
            continue;
        }
        let opening = gap(t, n);
        let Some((_, close)) = MARKS
            .iter()
            .find(|(open, _)| opening.strip_prefix(' ') == Some(*open))
        else {
            continue;
        };
        // The nickname's words: capitalised, joined by single spaces.
        let mut end = first + 1;
        while end < first + 3
            && toks.get(end + 1).is_some_and(|w| w.cap)
            && gap(&toks[end], &toks[end + 1]) == " "
        {
            end += 1;
        }
        let Some(last) = toks.get(end + 1) else {
            continue;
        };
        let closing = gap(&toks[end], last);
        let nick_ok = (first + 1..=end).all(|k| toks[k].cap && !toks[k].poss);
        if nick_ok && last.cap && closing.strip_suffix(' ') == Some(*close) {
            out.push(Nickname {
                first,
                nick: (first + 1, end),
                last: end + 1,
            });
        }
    }
    out
}

/// The folded nicknames of the body, so that one written alone at a
/// sentence start ("Zed, 26, hit back") is still read as a name.
pub(super) fn keys(body: &str, toks: &[Tok], found: &[Nickname]) -> Vec<String> {
    found
        .iter()
        .filter_map(|n| {
            let (a, b) = (toks.get(n.nick.0)?, toks.get(n.nick.1)?);
            Some(fold::key(body.get(a.start..b.end)?))
        })
        .collect()
}

/// Joins each found nickname's parts into one person: the first name and
/// the surname become the full name, the nickname a mention of its own
/// linked to it, and every later one-word mention spelling the nickname
/// the same person. `out` is sorted by start and stays so.
pub(super) fn join(body: &str, toks: &[Tok], found: &[Nickname], out: &mut Vec<Mention>) {
    let mut added = Vec::new();
    for n in found {
        let (Some(first), Some(nick_a), Some(nick_b), Some(last)) = (
            toks.get(n.first),
            toks.get(n.nick.0),
            toks.get(n.nick.1),
            toks.get(n.last),
        ) else {
            continue;
        };
        let Some(fi) = out
            .iter()
            .position(|m| m.end == first.end && m.form == MentionForm::Name)
        else {
            continue;
        };
        let Some(li) = out
            .iter()
            .position(|m| m.start == last.start && m.form == MentionForm::Name)
        else {
            continue;
        };
        let first_name = out[fi].name.clone().unwrap_or_else(|| out[fi].text.clone());
        let surname = out[li].name.clone().unwrap_or_else(|| out[li].text.clone());
        let full = format!("{first_name} {surname}");
        for k in [fi, li] {
            out[k].kind = EntityKind::Person;
            out[k].name = Some(full.clone());
        }
        out[li].same_as = Some(fi);
        let (start, end) = (nick_a.start, nick_b.end);
        let Some(text) = body.get(start..end) else {
            continue;
        };
        // A later mention written as the nickname alone is the person.
        let key = fold::key(text);
        for m in out.iter_mut().filter(|m| m.start >= end) {
            if m.form == MentionForm::Name && m.same_as.is_none() && fold::key(&m.text) == key {
                m.kind = EntityKind::Person;
                m.name = Some(full.clone());
            }
        }
        // The nickname's own words may have been read as a name already:
        // that mention becomes the nickname's (removing it would move the
        // indexes other links hold).
        let inside: Vec<usize> = (0..out.len())
            .filter(|&k| out[k].start < end && out[k].end > start)
            .collect();
        match inside.as_slice() {
            [] => added.push((start, end, text.to_owned(), full)),
            [k] if out[*k].start == start && out[*k].end == end => {
                let m = &mut out[*k];
                m.kind = EntityKind::Person;
                m.form = MentionForm::Name;
                m.name = Some(full);
                m.same_as = None;
            }
            _ => {}
        }
    }
    for (start, end, text, full) in added {
        let at = out.partition_point(|m| m.start < start);
        out.insert(
            at,
            Mention {
                start,
                end,
                text,
                kind: EntityKind::Person,
                form: MentionForm::Name,
                title: None,
                name: Some(full),
                metonym: false,
                country: None,
                group: None,
                same_as: None,
            },
        );
        // Indexes at or past the insertion moved one on.
        for m in out.iter_mut() {
            if let Some(t) = m.same_as.as_mut() {
                if *t >= at {
                    *t += 1;
                }
            }
        }
    }
}
