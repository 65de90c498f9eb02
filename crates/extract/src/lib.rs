//! Extraction: the article out of a page or a scrape.
//!
//! Input: a [`Document`] (an HTML page or a plain-text scrape, decoded to
//! UTF-8). Output: an [`Article`]: the clean body, every removed block with
//! its reason, and the metadata (title, subtitle, publication date with its
//! provenance, outlet, byline, dateline, wire credit, language).
//!
//! HTML goes through [`html`] (DOM block scoring), plain text through
//! [`text`] (a line/block classifier). Both return an [`Extracted`]. Then,
//! for both, the common metadata step ([`meta::apply`]) reads what the body
//! itself says where the extractor left a field empty (a byline or wire
//! credit paragraph, the dateline, a wire credit in the dateline or at the
//! very end), the metadata the input carried beside the report
//! ([`DocumentHints`]) is merged in as the most trusted source, the language
//! is detected, and a report with no headline gets a title made from its
//! first sentence ([`meta::title::derive`], `title_derived = true`).
//!
//! Dates ([`dates`]) are read by one tolerant parser shared by both paths.
//!
//! This stage is pure and deterministic: no I/O, no store, no clock; it does
//! not panic on any text.
#![deny(missing_docs)]

pub mod dates;
pub mod html;
pub mod meta;
pub mod text;

use chrono::Datelike;
use crosscheck_types::{
    Article, ContentKind, DateSource, Document, DocumentHints, PublishedDate, RemovedBlock,
    TitleSource,
};

/// What one extractor (HTML or text) found, before the input's own hints are merged.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Extracted {
    /// The headline.
    pub title: Option<String>,
    /// Where the headline came from.
    pub title_source: Option<TitleSource>,
    /// The subtitle or standfirst.
    pub subtitle: Option<String>,
    /// The publication date with its provenance.
    pub published: Option<PublishedDate>,
    /// The outlet.
    pub outlet: Option<String>,
    /// The byline.
    pub byline: Option<String>,
    /// The dateline's place.
    pub dateline: Option<String>,
    /// The credited wire agency.
    pub wire: Option<String>,
    /// The canonical URL the page names for itself.
    pub url: Option<String>,
    /// The clean body: paragraphs separated by a blank line.
    pub body: String,
    /// Every block left out of the body, in order, with its reason.
    pub removed: Vec<RemovedBlock>,
}

/// Extracts the article from one document.
pub fn extract(doc: &Document) -> Article {
    let found = match doc.kind {
        ContentKind::Html => html::extract_html(&doc.text, &doc.hints),
        ContentKind::Text => text::extract_text(&doc.text, &doc.hints),
    };
    finish(doc, found)
}

/// How much of the body language detection reads: enough to be sure, and
/// bounded so a huge page costs no more than a long article.
const LANGUAGE_SAMPLE_CHARS: usize = 4000;

/// The first `max` characters of `text`, cut at a character boundary.
fn prefix_chars(text: &str, max: usize) -> &str {
    match text.char_indices().nth(max) {
        Some((i, _)) => text.get(..i).unwrap_or(text),
        None => text,
    }
}

/// ISO 639-3 code of the text's language, when whatlang is confident.
fn detect_language(body: &str) -> Option<String> {
    whatlang::detect(prefix_chars(body, LANGUAGE_SAMPLE_CHARS))
        .filter(|info| info.is_reliable())
        .map(|info| info.lang().code().to_owned())
}

/// Merges the input's hints into what the extractor found and fills the
/// fields every article gets (common metadata from the body, language, a
/// derived title where there is none).
///
/// Precedence: the input's hints first (title, date, outlet, author), then
/// what the extractor found, then what [`meta::apply`] reads from the body.
fn finish(doc: &Document, mut found: Extracted) -> Article {
    let hints: &DocumentHints = &doc.hints;
    let hinted_date = hints.published.as_deref().and_then(dates::parse_date);
    // The year a dateline's "March 3" is in: the report's own date if known,
    // else the time it was fetched.
    let year_hint = hinted_date
        .or(found.published.map(|p| p.date))
        .or(hints.fetched.as_deref().and_then(dates::parse_date))
        .map(|d| d.year());
    meta::apply(&mut found, year_hint);

    let (title, title_source) = match hints.title.as_deref().map(str::trim) {
        Some(t) if !t.is_empty() => (Some(t.to_owned()), Some(TitleSource::Input)),
        _ => match found.title.take().filter(|t| !t.trim().is_empty()) {
            Some(t) => (
                Some(t),
                found.title_source.or(Some(TitleSource::HeadlineLine)),
            ),
            None => match meta::title::derive(&found.body) {
                Some(t) => (Some(t), Some(TitleSource::Derived)),
                None => (None, None),
            },
        },
    };
    let published = hinted_date
        .map(|date| PublishedDate {
            date,
            source: DateSource::Input,
        })
        .or(found.published);
    let language = detect_language(&found.body);
    let nonempty = |s: &Option<String>| {
        s.as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
    };
    Article {
        id: doc.id.clone(),
        source: doc.source.clone(),
        url: nonempty(&hints.url).or(found.url),
        title_derived: title_source == Some(TitleSource::Derived),
        title,
        title_source,
        subtitle: found.subtitle,
        published,
        outlet: nonempty(&hints.outlet).or(found.outlet),
        byline: nonempty(&hints.author).or(found.byline),
        dateline: found.dateline,
        wire: found.wire,
        language,
        body: found.body,
        removed: found.removed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crosscheck_types::{Container, DocumentId};

    fn doc(text: &str, hints: DocumentHints) -> Document {
        Document {
            id: DocumentId::from_hex(&"0".repeat(64)).expect("64 hex digits"),
            source: "test".into(),
            container: Container::Single,
            kind: ContentKind::Text,
            raw: text.as_bytes().to_vec(),
            text: text.to_owned(),
            encoding: "UTF-8".into(),
            hints,
            warnings: Vec::new(),
        }
    }

    const BODY: &str = "SANMERE: Farmers in the lower valley gave a cautious welcome on Friday to the interim water deal signed with Norvane, saying it would let most of them plant.\n\nGrowers' leaders said the flow agreed was less than they needed but more than they had last summer, when the river dried into ponds.";

    #[test]
    fn derived_title_when_there_is_no_headline() {
        let a = extract(&doc(BODY, DocumentHints::default()));
        assert!(a.title_derived);
        assert_eq!(a.title_source, Some(TitleSource::Derived));
        let title = a.title.unwrap_or_default();
        assert!(title.starts_with("Farmers in the lower valley"), "{title}");
        assert_eq!(a.dateline.as_deref(), Some("SANMERE"));
        assert_eq!(a.language.as_deref(), Some("eng"));
    }

    #[test]
    fn hints_win() {
        let hints = DocumentHints {
            title: Some("Valley growers welcome deal".into()),
            published: Some("2026-03-21T08:00:00Z".into()),
            outlet: Some("Valley Times".into()),
            ..DocumentHints::default()
        };
        let a = extract(&doc(&format!("date 2026-03-20\n{BODY}"), hints));
        assert_eq!(a.title.as_deref(), Some("Valley growers welcome deal"));
        assert!(!a.title_derived);
        assert_eq!(
            a.published,
            Some(PublishedDate {
                date: chrono::NaiveDate::from_ymd_opt(2026, 3, 21).unwrap(),
                source: DateSource::Input
            })
        );
        assert_eq!(a.outlet.as_deref(), Some("Valley Times"));
    }

    #[test]
    fn empty_and_hostile_documents() {
        let big = "x".repeat(1 << 20);
        for text in ["", "\0", "×", big.as_str(), "\u{feff}\r\r\r"] {
            let a = extract(&doc(text, DocumentHints::default()));
            assert!(!a.body.contains('\0'));
            if a.body.is_empty() {
                assert!(!a.title_derived);
            }
        }
    }
}
