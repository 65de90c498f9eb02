//! Plain-text scrape extraction: the article out of a page a crawler
//! flattened to text.
//!
//! How: every non-blank line is a unit. [`classify`] says what each line is
//! on its own (furniture by its shape and a small lexicon, dates, bylines,
//! wire credits, "Also Read" links, bullets, plain text). Then position
//! decides the rest:
//!
//! - the **headline** is a title-like line (a few words, no final full stop)
//!   before the first line of running text; a line repeated later wins, then
//!   the remainder of a `date YYYY-MM-DD` token line, then the first of five
//!   words or more. Its repeats are removed as `Headline`.
//! - the **standfirst** is the first plain line after the headline when it is
//!   set apart from the body: head furniture (keyword row, byline, date, the
//!   headline again) between them, a dateline opening the next paragraph, no
//!   final stop, or a single short sentence before a much longer one that
//!   neither attributes ("said") nor dates itself ("on Monday"), as ledes
//!   do. A photo caption between them counts only for such a short line.
//!   When unsure it stays body: a standfirst in the body repeats a claim,
//!   a lede taken out of it loses one.
//! - the **body** runs from the first paragraph of running text (or bullet
//!   point) after those to the last sentence-like line. Plain lines before it
//!   are page furniture (site name, kicker) or captions; title-like lines
//!   after it are links to other stories. Inside it, a title-like line next to
//!   link furniture is a related link, and a line next to a photo credit is a
//!   caption.
//! - **dates**: a `date` token or a date line (published before updated,
//!   earliest first) is the publication date; else the dateline's date; else
//!   a furniture date bar (see [`extract_text`] for why that is a fallback).
//!   A date-only line is the chrome's date bar when it stands before the
//!   headline with a weekday, or beside interface labels, or says "Today",
//!   or comes after the body unlabelled; otherwise it is the article's.
//! - a comment section (a "Comments" label after at least two paragraphs)
//!   ends the body: everything after it is comments.
//!
//! Summary bullet points are kept as body: the outlet wrote them as part of
//! the article (they carry its claims, often in its own words, and are what
//! a reader of the page reads first), so a careful editor would keep them. A
//! bullet list of other stories' titles is told apart by shape (title-like,
//! no final stop) and removed as related links.
//!
//! What it does not do: re-join paragraphs a crawler hard-wrapped at a fixed
//! width (each line is kept as its own paragraph), read non-English furniture
//! words, or rewrite text inside a line (lines are trimmed, never edited).

pub mod classify;
pub mod lexicon;

mod body;
mod head;
mod lines;
mod published;
#[cfg(test)]
mod tests;

use crosscheck_types::{DocumentHints, RemovalReason, RemovedBlock};

use crate::Extracted;
use classify::{classify_line, shape, LineClass, Shape};

/// What a unit ended up as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    /// Not decided yet.
    Open,
    /// A body paragraph.
    Body,
    /// Left out, with this reason.
    Removed(RemovalReason),
}

/// One non-blank line of the scrape.
#[derive(Clone, Debug)]
struct Unit {
    text: String,
    class: LineClass,
    shape: Shape,
    role: Role,
    /// The remainder of a `date` token line.
    after_token: bool,
}

impl Unit {
    fn new(text: &str, after_token: bool) -> Self {
        Self {
            text: text.to_owned(),
            class: classify_line(text),
            shape: shape(text),
            role: Role::Open,
            after_token,
        }
    }

    fn is_plain(&self) -> bool {
        matches!(self.class, LineClass::Text | LineClass::Bullet)
    }

    fn is_prose(&self) -> bool {
        self.is_plain() && self.shape.is_prose()
    }

    /// Furniture that sits among links to other stories.
    fn is_link_furniture(&self) -> bool {
        matches!(
            self.class,
            LineClass::AlsoRead { .. }
                | LineClass::Furniture(
                    RemovalReason::Advertisement
                        | RemovalReason::ShareRow
                        | RemovalReason::RelatedLinks
                        | RemovalReason::Navigation
                        | RemovalReason::InterfaceLabel
                )
        ) || self.role == Role::Removed(RemovalReason::RelatedLinks)
            || self.role == Role::Removed(RemovalReason::AlsoRead)
    }

    fn is_chrome(&self) -> bool {
        matches!(
            self.class,
            LineClass::Furniture(
                RemovalReason::InterfaceLabel
                    | RemovalReason::Advertisement
                    | RemovalReason::Navigation
                    | RemovalReason::ShareRow
                    | RemovalReason::PageFurniture
                    | RemovalReason::StraySymbol
                    | RemovalReason::Newsletter
            )
        )
    }
}

/// Extracts the article from a plain-text scrape.
///
/// Publication date, most trusted first: a `date YYYY-MM-DD` token, then an
/// article date line (one marked published, else the earliest), then a date
/// written in the dateline, then a furniture date bar. The date bar is the
/// page chrome's "today" at the time of the crawl, not a statement about the
/// article; but news pages are crawled when they are news, so on a page
/// with no other date it is the best estimate there is (for a report fetched
/// on its publication day, exactly right), and it is never earlier than the
/// real date. It is used only when nothing else dates the report, and not
/// when it is later than the fetch time the input gives.
pub fn extract_text(text: &str, hints: &DocumentHints) -> Extracted {
    let mut units = split_units(&lines::clean(text));
    mark_furniture(&mut units);
    let mut found = Extracted::default();
    let headline = head::mark_headline(&mut units, &mut found);
    let subtitle = head::mark_standfirst(&mut units, headline, &mut found);
    let after_head = subtitle.or(headline).map_or(0, |i| i + 1);
    let span = body::mark_body(&mut units, after_head, headline);
    body::mark_links_and_captions(&mut units, span);
    let chrome_end = headline.unwrap_or(span.start);
    let mut evidence = published::mark_date_lines(&mut units, chrome_end, span);
    published::take_credits(&units, &mut found, &mut evidence);
    // The body and the removed blocks, in page order.
    let mut body: Vec<&str> = Vec::new();
    for u in &units {
        match u.role {
            Role::Body => body.push(&u.text),
            Role::Removed(reason) => found.removed.push(RemovedBlock {
                text: u.text.clone(),
                reason,
            }),
            Role::Open => found.removed.push(RemovedBlock {
                text: u.text.clone(),
                reason: RemovalReason::PageFurniture,
            }),
        }
    }
    found.body = body.join("\n\n");
    found.published = published::choose(&found.body, hints, evidence);
    found
}

/// The units of a cleaned scrape: one per mended line, with a `date` token
/// line split into the token and the rest (the headline, often).
fn split_units(cleaned: &str) -> Vec<Unit> {
    let mut units: Vec<Unit> = Vec::new();
    for line in lines::reflow(cleaned) {
        let line = line.as_str();
        let unit = Unit::new(line, false);
        if let LineClass::DateToken { rest, .. } = unit.class {
            let token = line.get(..rest).unwrap_or(line).trim();
            let remainder = line.get(rest..).unwrap_or("").trim();
            let mut token_unit = unit.clone();
            token_unit.text = token.to_owned();
            units.push(token_unit);
            if !remainder.is_empty() {
                units.push(Unit::new(remainder, true));
            }
        } else {
            units.push(unit);
        }
    }
    units
}

/// Gives every unit that is furniture by its own shape its removal reason.
fn mark_furniture(units: &mut [Unit]) {
    for u in units.iter_mut() {
        u.role = match &u.class {
            LineClass::Furniture(r) => Role::Removed(*r),
            LineClass::AlsoRead { .. } => Role::Removed(RemovalReason::AlsoRead),
            LineClass::DateToken { .. } => Role::Removed(RemovalReason::DateLine),
            LineClass::Byline(_) => Role::Removed(RemovalReason::Byline),
            LineClass::MetaRow { date: Some(_), .. } => Role::Removed(RemovalReason::DateLine),
            LineClass::MetaRow { date: None, .. } => Role::Removed(RemovalReason::Byline),
            LineClass::Wire(_) => Role::Removed(RemovalReason::WireCredit),
            LineClass::DateOnly { .. } | LineClass::Bullet | LineClass::Text => Role::Open,
        };
    }
}
