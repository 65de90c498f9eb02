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

use chrono::{Datelike, NaiveDate};
use crosscheck_types::{DateSource, DocumentHints, PublishedDate, RemovalReason, RemovedBlock};

use crate::meta::{self, byline::Byline, dateline};
use crate::{dates, Extracted};
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

/// Drops NULs and other control characters (tabs and line breaks stay),
/// turns `\r\n` and lone `\r` into `\n`, and drops byte-order marks.
fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\n' | '\t' => out.push(c),
            '\u{feff}' | '\u{200b}' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A line reduced to lowercase letters and digits, for comparing lines.
fn norm(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether `line` repeats the headline, alone or followed by a short
/// " | Outlet" or " - Outlet" suffix.
fn repeats_headline(line: &str, headline_norm: &str) -> bool {
    if headline_norm.is_empty() {
        return false;
    }
    let n = norm(line);
    if n == headline_norm {
        return true;
    }
    if !n.starts_with(headline_norm) {
        return false;
    }
    // The headline and a short " | Outlet" or " - Outlet" after it.
    [" | ", " - ", " – ", " — "].iter().any(|sep| {
        line.rsplit_once(sep).is_some_and(|(head, tail)| {
            norm(head) == headline_norm && tail.split_whitespace().count() <= 5
        })
    })
}

/// The non-blank lines of a scrape, trimmed, with broken paragraphs joined
/// again.
///
/// Two kinds of breaks are mended, both only between lines with no blank
/// line between them and only when neither line is furniture on its own:
/// - a line that does not end a sentence followed by one that starts in
///   lower case or with a comma, semicolon or closing bracket, or a line
///   that ends in a comma or a function word ("by the"): a paragraph a
///   crawler split at an inline link;
/// - in a hard-wrapped text (most lines end near one width, between 40 and
///   120 characters, and blank lines separate paragraphs), a line that
///   reaches the wrap width is continued by the next plain line.
fn reflow(text: &str) -> Vec<String> {
    let mut lines: Vec<(String, bool)> = Vec::new();
    let mut blank = false;
    for line in text.split('\n') {
        let t = line.trim();
        if t.is_empty() {
            blank = true;
        } else {
            lines.push((t.to_owned(), blank));
            blank = false;
        }
    }
    if lines.len() < 2 {
        return lines.into_iter().map(|(t, _)| t).collect();
    }
    let width = wrap_width(&lines);
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut prev_plain = false;
    for (text, blank_before) in lines {
        let plain = matches!(classify_line(&text), LineClass::Text | LineClass::Bullet);
        let continues = match out.last() {
            Some(last)
                if !blank_before && prev_plain && plain && !meta::starts_with_bullet(&text) =>
            {
                let last_shape = shape(last);
                let first = text.chars().next();
                let lower_start =
                    first.is_some_and(|c| c.is_lowercase() || matches!(c, ',' | ';' | ')' | ']'));
                let wrapped = width.is_some_and(|w| last.chars().count() * 4 >= w * 3);
                // A line ending in "the", "of", "by" or a comma is unfinished.
                let dangling = last.ends_with(',')
                    || last
                        .rsplit(char::is_whitespace)
                        .next()
                        .is_some_and(|w| lexicon::has(lexicon::FUNCTION, &w.to_lowercase()));
                (lower_start && !last_shape.terminal) || dangling || wrapped
            }
            _ => false,
        };
        match out.last_mut() {
            Some(last) if continues => {
                if !text.starts_with([',', ';', ')', ']']) {
                    last.push(' ');
                }
                last.push_str(&text);
                // The joined line is plain if both parts were.
            }
            _ => out.push(text),
        }
        prev_plain = plain;
    }
    out
}

/// The width a text is hard-wrapped at, if it is: at least six lines, blank
/// lines between paragraphs, the 90th percentile of line lengths between 40
/// and 120 characters, at least half the lines within a quarter of it, and
/// hardly any longer.
fn wrap_width(lines: &[(String, bool)]) -> Option<usize> {
    if lines.len() < 6 || !lines.iter().skip(1).any(|(_, blank)| *blank) {
        return None;
    }
    let mut lens: Vec<usize> = lines.iter().map(|(t, _)| t.chars().count()).collect();
    lens.sort_unstable();
    let p90 = *lens.get(lens.len() * 9 / 10)?;
    if !(40..=120).contains(&p90) {
        return None;
    }
    let near = lens
        .iter()
        .filter(|&&l| l * 4 >= p90 * 3 && l <= p90 + p90 / 10)
        .count();
    let longer = lens.iter().filter(|&&l| l > p90 + p90 / 5).count();
    (near * 2 >= lens.len() && longer * 20 <= lens.len()).then_some(p90)
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
    let cleaned = clean(text);
    let mut units: Vec<Unit> = Vec::new();
    for line in reflow(&cleaned) {
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

    let mut found = Extracted::default();
    let n = units.len();

    // Furniture by its own shape.
    for u in &mut units {
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

    // The headline.
    let first_prose = units.iter().position(Unit::is_prose);
    let search_end = first_prose.unwrap_or(n).min(15);
    let candidates: Vec<usize> = (0..search_end)
        .filter(|&i| {
            let u = &units[i];
            matches!(u.class, LineClass::Text) && u.shape.is_title_like()
        })
        .collect();
    let repeated = |i: usize| {
        let key = norm(&units[i].text);
        !key.is_empty()
            && units
                .iter()
                .enumerate()
                .any(|(j, u)| j != i && norm(&u.text) == key)
    };
    // A site's name ("The Harbour Chronicle") is not its headline.
    let candidates: Vec<usize> = candidates
        .into_iter()
        .filter(|&i| {
            let u = &units[i];
            !(u.shape.words <= 5
                && u.shape.title_ratio >= 1.0
                && meta::byline::is_outlet_name(&u.text))
        })
        .collect();
    let headline = candidates
        .iter()
        .copied()
        .find(|&i| repeated(i) && units[i].shape.words >= 4)
        .or_else(|| candidates.iter().copied().find(|&i| units[i].after_token))
        .or_else(|| {
            candidates
                .iter()
                .copied()
                .find(|&i| units[i].shape.words >= 5)
        })
        .or_else(|| candidates.first().copied());
    if let Some(h) = headline {
        let key = norm(&units[h].text);
        found.title = Some(units[h].text.clone());
        found.title_source = Some(crosscheck_types::TitleSource::HeadlineLine);
        for u in &mut units {
            if matches!(u.class, LineClass::Text) && repeats_headline(&u.text, &key) {
                u.role = Role::Removed(RemovalReason::Headline);
            }
        }
    }

    // The standfirst.
    let mut subtitle: Option<usize> = None;
    if let Some(h) = headline {
        let next_plain = |from: usize, units: &[Unit]| {
            (from..n).find(|&j| units[j].is_plain() && units[j].role == Role::Open)
        };
        if let Some(j) = next_plain(h + 1, &units) {
            let s = &units[j];
            let k = next_plain(j + 1, &units);
            // Furniture between it and the body that only a page's head has
            // (tags, byline, date, the headline again) sets a standfirst
            // apart; a photo caption alone does not, as photos often follow
            // the first paragraph.
            let between = |x: &Unit| {
                let strong = x.role == Role::Removed(RemovalReason::Headline)
                    || matches!(
                        x.class,
                        LineClass::Furniture(RemovalReason::KeywordRow)
                            | LineClass::Byline(_)
                            | LineClass::DateOnly { .. }
                            | LineClass::DateToken { .. }
                            | LineClass::MetaRow { .. }
                    );
                let photo = matches!(
                    x.class,
                    LineClass::Furniture(RemovalReason::Caption | RemovalReason::Credit)
                );
                (strong, photo)
            };
            let (strong_between, photo_between) = k.map_or((false, false), |k| {
                (j + 1..k).fold((false, false), |(a, b), x| {
                    let (s2, p2) = between(&units[x]);
                    (a || s2, b || p2)
                })
            });
            let next_has_dateline =
                k.is_some_and(|k| units[k].is_prose() && dateline::find(&units[k].text).is_some());
            let lower: String = s.text.to_lowercase();
            let attributed = lexicon::ATTRIBUTION
                .iter()
                .any(|w| lower.split(|c: char| !c.is_alphabetic()).any(|x| x == *w));
            let timely = lower.split(|c: char| !c.is_alphabetic()).any(|w| {
                lexicon::has(lexicon::WEEKDAYS, w) || matches!(w, "yesterday" | "today" | "tonight")
            });
            let short_before_long = k.is_some_and(|k| {
                let next = &units[k];
                s.shape.words <= 30
                    && !timely
                    && s.shape.inner_stops == 0
                    && !s.shape.quotes
                    && !attributed
                    && next.is_prose()
                    && next.shape.words * 2 >= s.shape.words * 5
            });
            let unstopped = !s.shape.terminal && k.is_some();
            let is_subtitle = matches!(s.class, LineClass::Text)
                && (4..=60).contains(&s.shape.words)
                && dateline::find(&s.text).is_none()
                && (strong_between
                    || (photo_between && s.shape.words <= 35 && !attributed && !timely)
                    || next_has_dateline
                    || short_before_long
                    || unstopped);
            if is_subtitle {
                subtitle = Some(j);
                found.subtitle = Some(s.text.clone());
                units[j].role = Role::Removed(RemovalReason::Subtitle);
            }
        }
    }

    // Where the body starts and ends.
    let after_head = subtitle.or(headline).map_or(0, |i| i + 1);
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
    let (body_start, body_end) = match (body_start, body_end) {
        (Some(s), Some(e)) if s <= e => (s, e),
        (Some(s), _) => (s, s),
        _ => (n, 0),
    };

    // Plain lines by position.
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

    // Inside the body: links and captions among the paragraphs.
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

    // Date lines: the article's, or the page chrome's "today".
    let chrome_end = headline.unwrap_or(body_start);
    let mut article_dates: Vec<(bool, NaiveDate)> = Vec::new();
    let mut furniture_date: Option<NaiveDate> = None;
    let mut token_date: Option<NaiveDate> = None;
    for i in 0..n {
        match units[i].class {
            LineClass::DateToken { date, .. } => {
                token_date.get_or_insert(date);
            }
            LineClass::DateOnly {
                date,
                weekday,
                published,
                updated,
                today,
            } => {
                let labelled = published || updated;
                let near_chrome = [i.checked_sub(1), Some(i + 1)]
                    .into_iter()
                    .flatten()
                    .filter_map(|j| units.get(j))
                    .any(Unit::is_chrome);
                let in_chrome = i < chrome_end && (weekday || near_chrome || today);
                let after_body = i > body_end && body_start < n;
                let chrome = !labelled && (today || in_chrome || after_body);
                if chrome {
                    units[i].role = Role::Removed(RemovalReason::FurnitureDate);
                    furniture_date.get_or_insert(date);
                } else {
                    units[i].role = Role::Removed(RemovalReason::DateLine);
                    // Published first; among the rest, the earliest.
                    article_dates.push((!published || updated, date));
                }
            }
            _ => {}
        }
    }

    // Bylines and wire credits.
    for u in &units {
        if let LineClass::MetaRow {
            date: Some(date),
            updated,
            ..
        } = u.class
        {
            article_dates.push((updated, date));
        }
    }
    let mut bylines = units.iter().filter_map(|u| match &u.class {
        LineClass::Byline(b) => Some(b.clone()),
        LineClass::MetaRow {
            byline: Some(b), ..
        } => Some(b.clone()),
        _ => None,
    });
    if let Some(b) = bylines.next() {
        fill_byline(&mut found, &b, &mut article_dates);
    }
    found.wire = units.iter().find_map(|u| match &u.class {
        LineClass::Wire(a) => Some(a.clone()),
        _ => None,
    });

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

    // The publication date.
    article_dates.sort();
    let fetched = hints.fetched.as_deref().and_then(dates::parse_date);
    let furniture_date = furniture_date.filter(|d| !matches!(fetched, Some(f) if *d > f));
    let year_hint = fetched.or(furniture_date).or(token_date).map(|d| d.year());
    let dateline_date = meta::paragraphs(&found.body)
        .into_iter()
        .find(|p| !meta::starts_with_bullet(p))
        .and_then(dateline::find)
        .and_then(|d| d.date(year_hint));
    found.published = token_date
        .or(article_dates.first().map(|(_, d)| *d))
        .map(|date| PublishedDate {
            date,
            source: DateSource::DateLine,
        })
        .or(dateline_date.map(|date| PublishedDate {
            date,
            source: DateSource::Dateline,
        }))
        .or(furniture_date.map(|date| PublishedDate {
            date,
            source: DateSource::PageDateBar,
        }));
    found
}

/// Takes what a byline line credits, and its date as an article date.
fn fill_byline(found: &mut Extracted, b: &Byline, article_dates: &mut Vec<(bool, NaiveDate)>) {
    b.fill(found);
    if let Some(d) = b.date {
        article_dates.push((true, d.date));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Extracted {
        extract_text(text, &DocumentHints::default())
    }

    fn reasons(found: &Extracted, reason: RemovalReason) -> Vec<&str> {
        found
            .removed
            .iter()
            .filter(|r| r.reason == reason)
            .map(|r| r.text.as_str())
            .collect()
    }

    const LEDE: &str = "LOWMARK: The ferry strike that has idled the Lowmark crossing for three weeks ended on Monday after the union accepted a revised pay offer, officials said.";
    const P2: &str = "The union's members voted 812 to 301 in favour of the deal, which raises wages by 6 per cent over two years and restores weekend rotas.";
    const P3: &str = "Services will resume on Wednesday morning, the operator said in a statement, warning passengers to expect delays.";

    #[test]
    fn invented_page_with_chrome() {
        let text = format!(
            "≡\nLight Mode\nFriday, 6 March 2026\nLogo\nAdvertisement\nLowmark ferry strike ends as union accepts pay offer\n\nLowmark ferry strike ends as union accepts pay offer\n\nBy The Harbour Chronicle\n\n{LEDE}\n\nAlso Read: Sanmere tram fares to rise in April\n\n{P2}\n\nShare on WhatsApp\n\n{P3}\n\nAdvertisement\nComments (3)\n"
        );
        let f = run(&text);
        assert_eq!(
            f.title.as_deref(),
            Some("Lowmark ferry strike ends as union accepts pay offer")
        );
        assert_eq!(f.outlet.as_deref(), Some("The Harbour Chronicle"));
        assert_eq!(f.body, format!("{LEDE}\n\n{P2}\n\n{P3}"));
        assert_eq!(
            reasons(&f, RemovalReason::FurnitureDate),
            vec!["Friday, 6 March 2026"]
        );
        assert_eq!(reasons(&f, RemovalReason::Headline).len(), 2);
        assert_eq!(
            f.published.map(|p| p.date),
            NaiveDate::from_ymd_opt(2026, 3, 6)
        );
        assert_eq!(reasons(&f, RemovalReason::Comments), vec!["Comments (3)"]);
    }

    #[test]
    fn invented_scrape_with_token_deck_and_tags() {
        let text = format!(
            " date 2026-03-05 Lowmark ferry strike ends\n\nUnion accepts pay offer after three weeks; services resume Wednesday\n\nLowmark ferries, strike, wage talks, Harbour Union\nCrews at the Lowmark terminal File Photo\n  • Union members voted 812 to 301 for the offer.\n\n{P2}\n\n{P3}\n\nWith XNA inputs.\n"
        );
        let f = run(&text);
        assert_eq!(f.title.as_deref(), Some("Lowmark ferry strike ends"));
        assert_eq!(
            f.subtitle.as_deref(),
            Some("Union accepts pay offer after three weeks; services resume Wednesday")
        );
        assert_eq!(
            f.published,
            Some(PublishedDate {
                date: NaiveDate::from_ymd_opt(2026, 3, 5).unwrap(),
                source: DateSource::DateLine
            })
        );
        assert!(f.body.starts_with("• Union members voted"));
        assert!(f.body.ends_with("expect delays."));
        assert_eq!(f.wire.as_deref(), Some("XNA"));
        assert_eq!(reasons(&f, RemovalReason::KeywordRow).len(), 1);
        assert_eq!(reasons(&f, RemovalReason::Caption).len(), 1);
    }

    #[test]
    fn invented_scrape_without_headline() {
        let text = format!("{LEDE}\n{P2}\n{P3}");
        let f = run(&text);
        assert_eq!(f.title, None);
        assert_eq!(f.body.split("\n\n").count(), 3);
        assert!(f.removed.is_empty(), "{:?}", f.removed);
    }

    #[test]
    fn short_lede_is_not_a_standfirst_when_attributed() {
        let text = format!(
            "Ferries resume on Lowmark crossing\n\nThe Lowmark ferries will sail again on Wednesday, the operator said.\n\n{P2} {P3}"
        );
        let f = run(&text);
        assert_eq!(f.subtitle, None);
        assert!(f.body.starts_with("The Lowmark ferries will sail again"));
    }

    #[test]
    fn dateline_date_and_furniture_fallback() {
        let text =
            format!("Ferry talks resume in Lowmark today\n\nLOWMARK, March 3 (XNA) - {P2}\n\n{P3}");
        let hints = DocumentHints {
            fetched: Some("2026-03-04T10:00:00Z".into()),
            ..DocumentHints::default()
        };
        let f = extract_text(&text, &hints);
        assert_eq!(
            f.published,
            Some(PublishedDate {
                date: NaiveDate::from_ymd_opt(2026, 3, 3).unwrap(),
                source: DateSource::Dateline
            })
        );
        // A date bar later than the fetch is not today's date of the crawl.
        let text = format!(
            "Wednesday, 9 March 2026\nLogo\nFerry talks resume in Lowmark today\n\n{P2}\n\n{P3}"
        );
        let f = extract_text(&text, &hints);
        assert_eq!(f.published, None);
        // With nothing better, a date bar on or before the fetch is the
        // date, and says it is only a date bar.
        let text = format!(
            "Tuesday, 3 March 2026\nLogo\nFerry talks resume in Lowmark today\n\n{P2}\n\n{P3}"
        );
        let f = extract_text(&text, &hints);
        assert_eq!(
            f.published,
            Some(PublishedDate {
                date: NaiveDate::from_ymd_opt(2026, 3, 3).unwrap(),
                source: DateSource::PageDateBar
            })
        );
    }

    #[test]
    fn related_links_after_the_body() {
        let text = format!("{LEDE}\n\n{P2}\n\nMore From Lowmark\nSanmere Tram Fares To Rise In April\nPellis Rice Growers Warn Of Dry Summer\n");
        let f = run(&text);
        assert_eq!(f.body, format!("{LEDE}\n\n{P2}"));
        assert_eq!(reasons(&f, RemovalReason::RelatedLinks).len(), 2);
    }

    #[test]
    fn paragraphs_split_at_links_are_joined() {
        let text = format!(
            "{LEDE}\n\nThe deal was brokered by the\nLowmark Harbour Board\n, which said\nservices would resume on Wednesday.\n\n{P3}"
        );
        let f = run(&text);
        let paras: Vec<&str> = f.body.split("\n\n").collect();
        assert_eq!(paras.len(), 3, "{paras:?}");
        assert_eq!(
            paras[1],
            "The deal was brokered by the Lowmark Harbour Board, which said services would resume on Wednesday."
        );
    }

    #[test]
    fn hard_wrapped_text_is_reflowed() {
        let text = "Lowmark ferry strike ends\n\n\
LOWMARK: The ferry strike that has idled the Lowmark crossing for three\n\
weeks ended on Monday after the union accepted a revised pay offer,\n\
officials said on Monday evening.\n\n\
The union's members voted 812 to 301 in favour of the deal, which raises\n\
wages by 6 per cent over two years and restores the weekend rotas that\n\
crews had lost last year.\n\n\
Services will resume on Wednesday morning, the operator said in a\n\
statement, warning passengers to expect delays for the first few days.\n";
        let f = run(text);
        assert_eq!(f.title.as_deref(), Some("Lowmark ferry strike ends"));
        let paras: Vec<&str> = f.body.split("\n\n").collect();
        assert_eq!(paras.len(), 3, "{paras:?}");
        assert!(paras[0].starts_with("LOWMARK: The ferry strike"));
        assert!(paras[0].ends_with("officials said on Monday evening."));
        assert!(paras[2].contains("in a statement, warning"));
    }

    #[test]
    fn meta_row_gives_byline_and_date() {
        let text = format!(
            "Lowmark ferry strike ends\nBy Ola Brenn | Updated: March 4, 2026, 10:14 IST | 4 min read\n{LEDE}\n{P2}"
        );
        let f = run(&text);
        assert_eq!(f.byline.as_deref(), Some("Ola Brenn"));
        assert_eq!(
            f.published.map(|p| p.date),
            NaiveDate::from_ymd_opt(2026, 3, 4)
        );
        assert_eq!(f.body, format!("{LEDE}\n\n{P2}"));
    }

    #[test]
    fn unlabelled_link_run_inside_body() {
        let text = format!(
            "{LEDE}\n\nSanmere Tram Fares To Rise In April\nPellis Rice Growers Warn Of Dry Summer\n\n{P2}\n\n{P3}"
        );
        let f = run(&text);
        assert_eq!(f.body, format!("{LEDE}\n\n{P2}\n\n{P3}"));
        assert_eq!(reasons(&f, RemovalReason::RelatedLinks).len(), 2);
    }

    #[test]
    fn photo_after_lede_does_not_make_it_a_standfirst() {
        let text = format!(
            "Lowmark ferry strike ends\n\n{LEDE}\n\nPhoto: Crews at the Lowmark terminal on Monday. (Harbour Chronicle/Ola Brenn)\n\n{P2}\n\n{P3}"
        );
        let f = run(&text);
        assert_eq!(f.subtitle, None);
        assert!(f.body.starts_with("LOWMARK: The ferry strike"));
        assert_eq!(f.body.split("\n\n").count(), 3);
    }

    #[test]
    fn comment_section_is_not_body() {
        let text = format!(
            "{LEDE}\n\n{P2}\n\n{P3}\n\n12 Comments\n\nharbourfan\nThis strike went on far too long and the operator should have paid up earlier.\nReply\n\nola_b\nThe union did the right thing by holding out for a better offer, in my view.\n"
        );
        let f = run(&text);
        assert_eq!(f.body, format!("{LEDE}\n\n{P2}\n\n{P3}"));
        assert!(reasons(&f, RemovalReason::Comments).len() >= 4);
    }

    #[test]
    fn standfirst_rules_are_conservative() {
        // A short, timely lede before a long paragraph is the body's start.
        let text = format!("Ferries resume on Lowmark crossing\n\nThe Lowmark ferry strike ended on Monday.\n\n{P2} {P3}");
        let f = run(&text);
        assert_eq!(f.subtitle, None);
        // A site name is not a headline, even when repeated in the footer.
        let text = format!("The Harbour Chronicle\nFerries resume on Lowmark crossing\n{LEDE}\n{P2}\nThe Harbour Chronicle\n© 2026 The Harbour Chronicle");
        let f = run(&text);
        assert_eq!(
            f.title.as_deref(),
            Some("Ferries resume on Lowmark crossing")
        );
        assert_eq!(f.body, format!("{LEDE}\n\n{P2}"));
    }

    #[test]
    fn odd_input() {
        for text in [
            String::new(),
            "\0\0\0".to_owned(),
            "×\n•\n***\n|".to_owned(),
            "\r\n\r\n\r".to_owned(),
            "a".repeat(1 << 20),
            "Word ".repeat(200_000),
            format!("date 2026-03-05{}", "\0".repeat(10)),
            "date 9999-99-99 X".to_owned(),
            "By\nBy By\n(\n)\n— \n".to_owned(),
        ] {
            let f = run(&text);
            assert!(!f.body.contains('\0'));
        }
        let f = run("×\n•\n***");
        assert!(f.body.is_empty());
        assert_eq!(f.removed.len(), 3);
    }
}
