//! Dates and credits of a scrape: which date lines are the article's and
//! which the page chrome's "today", the byline and wire credit, and the
//! publication date chosen from all of them (see [`super::extract_text`] for
//! the order of trust).

use chrono::{Datelike, NaiveDate};
use crosscheck_types::{DateSource, DocumentHints, PublishedDate, RemovalReason};

use super::body::BodySpan;
use super::classify::LineClass;
use super::{Role, Unit};
use crate::meta::{self, byline::Byline, dateline};
use crate::{dates, Extracted};

/// The dates a scrape offers for its publication.
#[derive(Debug, Default)]
pub(super) struct DateEvidence {
    /// The article's own date lines, each with `true` when it is not the
    /// published one (sorts published first, then the earliest).
    article: Vec<(bool, NaiveDate)>,
    /// The first date bar of the page chrome.
    furniture: Option<NaiveDate>,
    /// The first `date YYYY-MM-DD` token.
    token: Option<NaiveDate>,
}

/// Marks each date line as the article's or the page chrome's and gathers
/// the dates. `chrome_end` is where the page's head ends (the headline, or
/// the body when there is none).
pub(super) fn mark_date_lines(
    units: &mut [Unit],
    chrome_end: usize,
    span: BodySpan,
) -> DateEvidence {
    let (n, body_start, body_end) = (units.len(), span.start, span.end);
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
    DateEvidence {
        article: article_dates,
        furniture: furniture_date,
        token: token_date,
    }
}

/// Takes the byline (the first byline or meta row), the wire credit, and
/// the dates of meta rows and bylines into `found` and `evidence`.
pub(super) fn take_credits(units: &[Unit], found: &mut Extracted, evidence: &mut DateEvidence) {
    let article_dates = &mut evidence.article;
    for u in units {
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
        fill_byline(found, &b, article_dates);
    }
    found.wire = units.iter().find_map(|u| match &u.class {
        LineClass::Wire(a) => Some(a.clone()),
        _ => None,
    });
}

/// Takes what a byline line credits, and its date as an article date.
fn fill_byline(found: &mut Extracted, b: &Byline, article_dates: &mut Vec<(bool, NaiveDate)>) {
    b.fill(found);
    if let Some(d) = b.date {
        article_dates.push((true, d.date));
    }
}

/// The publication date, most trusted first: a `date` token, an article date
/// line, the dateline's date in the first paragraph of `body`, the chrome's
/// date bar (unless later than the fetch time in `hints`).
pub(super) fn choose(
    body: &str,
    hints: &DocumentHints,
    evidence: DateEvidence,
) -> Option<PublishedDate> {
    let DateEvidence {
        article: mut article_dates,
        furniture: furniture_date,
        token: token_date,
    } = evidence;
    article_dates.sort();
    let fetched = hints.fetched.as_deref().and_then(dates::parse_date);
    let furniture_date = furniture_date.filter(|d| !matches!(fetched, Some(f) if *d > f));
    let year_hint = fetched.or(furniture_date).or(token_date).map(|d| d.year());
    let dateline_date = meta::paragraphs(body)
        .into_iter()
        .find(|p| !meta::starts_with_bullet(p))
        .and_then(dateline::find)
        .and_then(|d| d.date(year_hint));
    token_date
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
        }))
}
