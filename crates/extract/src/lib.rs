//! Extraction: the article out of a page or a scrape.
//!
//! Input: a [`Document`] (an HTML page or a plain-text scrape, decoded to
//! UTF-8). Output: an [`Article`]: the clean body, every removed block with
//! its reason, and the metadata (title, subtitle, publication date with its
//! provenance, outlet, byline, dateline, wire credit, language).
//!
//! HTML goes through [`html`] (DOM block scoring), plain text through
//! [`text`] (a line/block classifier). Both return an [`Extracted`]; the
//! metadata the input carried beside the report ([`DocumentHints`]) is then
//! merged in, as the most trusted source.
//!
//! This stage is pure: no I/O, no store.
#![deny(missing_docs)]

pub mod dates;
pub mod html;
pub mod text;

use crosscheck_types::{
    Article, ContentKind, Document, DocumentHints, PublishedDate, RemovedBlock, TitleSource,
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

/// Merges the input's hints into what the extractor found and fills the
/// fields every article gets (language, a derived title where there is none).
fn finish(doc: &Document, found: Extracted) -> Article {
    let hints: &DocumentHints = &doc.hints;
    let (title, title_source) = match hints.title.as_deref().map(str::trim) {
        Some(t) if !t.is_empty() => (Some(t.to_owned()), Some(TitleSource::Input)),
        _ => (found.title, found.title_source),
    };
    let published = hints
        .published
        .as_deref()
        .and_then(dates::parse_date)
        .map(|date| PublishedDate {
            date,
            source: crosscheck_types::DateSource::Input,
        })
        .or(found.published);
    let language = whatlang::detect(&found.body)
        .filter(|info| info.is_reliable())
        .map(|info| info.lang().code().to_owned());
    Article {
        id: doc.id.clone(),
        source: doc.source.clone(),
        url: hints.url.clone().or(found.url),
        title_derived: title_source == Some(TitleSource::Derived),
        title,
        title_source,
        subtitle: found.subtitle,
        published,
        outlet: hints.outlet.clone().or(found.outlet),
        byline: hints.author.clone().or(found.byline),
        dateline: found.dateline,
        wire: found.wire,
        language,
        body: found.body,
        removed: found.removed,
    }
}
