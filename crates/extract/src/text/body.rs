//! The body of a scrape: where the article's running text starts and ends,
//! what the plain lines around it are, and the links and captions among its
//! paragraphs. The head (headline, standfirst) is found before; dates after.

use super::classify::{self, LineClass};
use super::{Role, Unit};
use crosscheck_types::RemovalReason;

/// Where the body lies among the units.
#[derive(Clone, Copy, Debug)]
pub(super) struct BodySpan {
    /// The first body unit (the unit count when there is no body).
    pub(super) start: usize,
    /// The last body unit.
    pub(super) end: usize,
}

/// Finds the body after the head (units from `after_head` on) and gives
/// every plain line its role by position: before the body page furniture or
/// a caption, after it related links, bylines, comments or furniture.
pub(super) fn mark_body(
    units: &mut [Unit],
    after_head: usize,
    headline: Option<usize>,
) -> BodySpan {
    let n = units.len();
    let starts_body = |u: &Unit| {
        u.role == Role::Open
            && (u.is_prose() || (matches!(u.class, LineClass::Bullet) && u.shape.words >= 4))
    };
    let body_start = (after_head..n)
        .find(|&i| starts_body(&units[i]))
        .or_else(|| (after_head..n).find(|&i| units[i].is_plain() && units[i].role == Role::Open));
    // A comment section: after its opening label, nothing is the article's.
    let comments_at = body_start.and_then(|start| {
        (start + 1..n).find(|&c| {
            matches!(
                units[c].class,
                LineClass::Furniture(RemovalReason::Comments)
            ) && classify::opens_comments(&units[c].text)
                && (start..c).filter(|&i| units[i].is_prose()).count() >= 2
        })
    });
    let body_end = (0..comments_at.unwrap_or(n)).rev().find(|&i| {
        let u = &units[i];
        u.role == Role::Open && u.is_plain() && (u.shape.is_prose() || u.shape.is_sentence())
    });
    let (mut body_start, body_end) = match (body_start, body_end) {
        (Some(s), Some(e)) if s <= e => (s, e),
        (Some(s), _) => (s, s),
        _ => (n, 0),
    };
    // A live report whose entries are stamped on lines of their own ("09:15
    // CET" above each entry): the first entry's stamp belongs with it, not
    // with the page furniture before the body.
    if let Some(stamp) = body_start.checked_sub(1).filter(|&s| s >= after_head) {
        let stamps_inside = (body_start..=body_end.min(n.saturating_sub(1)))
            .filter(|&i| is_clock_stamp(&units[i].text))
            .count();
        if units[stamp].role == Role::Open
            && is_clock_stamp(&units[stamp].text)
            && stamps_inside >= 2
        {
            units[stamp].class = LineClass::Text;
            body_start = stamp;
        }
    }
    // "All times CEST" right before the body: the key to every clock in it
    // written without a zone, so it is the body's, not page furniture.
    if let Some(note) = body_start.checked_sub(1).filter(|&s| s >= after_head) {
        if units[note].role == Role::Open && is_zone_note(&units[note].text) {
            units[note].class = LineClass::Text;
            body_start = note;
        }
    }
    for (i, u) in units.iter_mut().enumerate() {
        if u.role != Role::Open || !u.is_plain() {
            continue;
        }
        let role = if i < body_start {
            let before_headline = !matches!(headline, Some(h) if i > h);
            if before_headline {
                Role::Removed(RemovalReason::PageFurniture)
            } else if u.shape.words >= 4 {
                Role::Removed(RemovalReason::Caption)
            } else {
                Role::Removed(RemovalReason::PageFurniture)
            }
        } else if comments_at.is_some_and(|c| i > c) {
            Role::Removed(RemovalReason::Comments)
        } else if i > body_end {
            let lower = u.text.to_lowercase();
            if lower.contains("reporting by") || lower.contains("editing by") {
                Role::Removed(RemovalReason::Byline)
            } else if u.shape.is_title_like() && u.shape.words >= 4 {
                Role::Removed(RemovalReason::RelatedLinks)
            } else {
                Role::Removed(RemovalReason::PageFurniture)
            }
        } else {
            Role::Body
        };
        u.role = role;
    }
    BodySpan {
        start: body_start,
        end: body_end,
    }
}

/// Whether a line is a clock alone, as a live report stamps its entries:
/// "09:15 CET", "[11:02]", "7.40 am" (one or two digits, a colon or a
/// point, two digits, then at most a zone or an am/pm). Written by hand: a
/// fixed shape of a few characters.
fn is_clock_stamp(line: &str) -> bool {
    let line = line.trim();
    let line = line
        .strip_prefix('[')
        .and_then(|l| l.strip_suffix(']'))
        .unwrap_or(line);
    let (clock, zone) = line.split_once(' ').unwrap_or((line, ""));
    // "9.02am": the am/pm written onto the clock.
    let (clock, zone) = match clock
        .strip_suffix("am")
        .map(|c| (c, "am"))
        .or_else(|| clock.strip_suffix("pm").map(|c| (c, "pm")))
    {
        Some(glued) if zone.is_empty() => glued,
        _ => (clock, zone),
    };
    let Some((h, m)) = clock.split_once([':', '.']) else {
        return false;
    };
    let digits =
        |s: &str, lens: &[usize]| lens.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    let zone_ok = zone.is_empty()
        || (zone.len() <= 5 && zone.bytes().all(|b| b.is_ascii_uppercase()))
        || matches!(zone, "am" | "pm" | "a.m." | "p.m." | "local time");
    digits(h, &[1, 2]) && digits(m, &[2]) && zone_ok
}

/// Whether a line says in which zone a page's clock times are written: "All
/// times CEST", "All times are GMT", "Times in UTC+2", "All times local",
/// "All times Merrovian (UTC+1)".
/// Written by hand: a fixed phrase of a few words.
pub(super) fn is_zone_note(line: &str) -> bool {
    let lower = line.trim().trim_end_matches('.').to_ascii_lowercase();
    let Some(rest) = lower
        .strip_prefix("all times ")
        .or_else(|| lower.strip_prefix("times "))
    else {
        return false;
    };
    let rest = ["are in ", "are ", "shown in ", "given in ", "in "]
        .iter()
        .find_map(|p| rest.strip_prefix(p))
        .unwrap_or(rest);
    let words: Vec<&str> = rest.split_whitespace().collect();
    let zone_like = |w: &str| {
        (2..=5).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_lowercase())
            || w.starts_with("utc")
            || w.starts_with("gmt")
            || w.starts_with('(')
    };
    // "All times Merrovian (UTC+1)", "Times are Halvergate time (UTC+1)": a
    // place's time, in up to three words, with its offset.
    let offset_in_brackets = words.split_last().is_some_and(|(last, named)| {
        (last.starts_with("(utc") || last.starts_with("(gmt"))
            && (1..=3).contains(&named.len())
            && named.iter().all(|w| w.chars().all(char::is_alphabetic))
    });
    offset_in_brackets
        || (!words.is_empty()
            && words.len() <= 3
            && (words[0] == "local" || zone_like(words[0]))
            && words
                .iter()
                .all(|w| zone_like(w) || matches!(*w, "local" | "time")))
}

/// Inside the body, takes out links to other stories and photo captions
/// among the paragraphs.
pub(super) fn mark_links_and_captions(units: &mut [Unit], span: BodySpan) {
    let (n, body_start, body_end) = (units.len(), span.start, span.end);
    for i in (body_start..n).take_while(|&i| i <= body_end) {
        if units[i].role != Role::Body {
            continue;
        }
        let u = &units[i];
        let prev = i.checked_sub(1).map(|p| &units[p]);
        let next = units.get(i + 1);
        let not_sentence = !u.shape.terminal && !u.shape.is_prose();
        if let Some(LineClass::AlsoRead { label_only: true }) = prev.map(|p| &p.class) {
            if not_sentence {
                units[i].role = Role::Removed(RemovalReason::AlsoRead);
                continue;
            }
        }
        let near = |f: &dyn Fn(&Unit) -> bool| prev.is_some_and(f) || next.is_some_and(f);
        // A run of link-like titles (Title Case, no stop) is a related-links list.
        let linky = |x: &Unit| {
            x.is_plain()
                && !x.shape.terminal
                && x.shape.is_title_like()
                && x.shape.words >= 4
                && x.shape.title_ratio >= 0.8
        };
        if not_sentence
            && u.shape.is_title_like()
            && u.shape.words >= 4
            && u.shape.title_ratio >= 0.6
            && (near(&|x: &Unit| x.is_link_furniture())
                || (u.shape.title_ratio >= 0.8 && near(&|x: &Unit| linky(x))))
        {
            units[i].role = Role::Removed(RemovalReason::RelatedLinks);
            continue;
        }
        if not_sentence
            && near(&|x: &Unit| matches!(x.class, LineClass::Furniture(RemovalReason::Credit)))
        {
            units[i].role = Role::Removed(RemovalReason::Caption);
        }
    }
}
