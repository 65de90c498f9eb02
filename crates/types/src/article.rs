//! The extraction stage's output: the article body and its metadata.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::DocumentId;

/// Where a title came from, most trusted first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TitleSource {
    /// Given by the input beside the report (JSON Lines, feed item).
    Input,
    /// JSON-LD `headline`.
    JsonLd,
    /// `og:title` or `twitter:title`.
    MetaTag,
    /// The page's `<h1>`.
    Heading,
    /// The page's `<title>`.
    TitleTag,
    /// A headline line of a plain-text scrape.
    HeadlineLine,
    /// Made from the body's first sentence: the report has no headline.
    Derived,
}

/// Where a publication date came from, most trusted first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateSource {
    /// Given by the input beside the report (JSON Lines, feed, WARC date).
    Input,
    /// JSON-LD `datePublished`.
    JsonLd,
    /// A meta tag (`article:published_time`, `date`, …).
    MetaTag,
    /// An HTML `<time datetime>` element.
    TimeElement,
    /// A date in the URL path.
    Url,
    /// A machine-inserted `date YYYY-MM-DD` token or a date line in a scrape.
    DateLine,
    /// A dateline in the body ("Geneva, March 3:").
    Dateline,
    /// A page's "today" date bar: the day the page was shown, which for a
    /// report fetched on its publication day is that day. The weakest source.
    PageDateBar,
}

/// A publication date with its provenance.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublishedDate {
    /// The calendar date.
    pub date: NaiveDate,
    /// Where it was read.
    pub source: DateSource,
}

/// Why a block of a page or a line of a scrape is not in the body.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum RemovalReason {
    /// Site navigation, menus, breadcrumbs.
    Navigation,
    /// A list of links to other stories.
    RelatedLinks,
    /// "Also Read: <headline of another story>".
    AlsoRead,
    /// An advertisement or an ad-network label.
    Advertisement,
    /// Share buttons, "Share on WhatsApp".
    ShareRow,
    /// A cookie or consent notice.
    CookieNotice,
    /// A comment section, "Comment / Reply From".
    Comments,
    /// A newsletter or subscription box.
    Newsletter,
    /// A photo or video caption.
    Caption,
    /// A photo or image credit.
    Credit,
    /// A keyword or tag row.
    KeywordRow,
    /// The headline, repeated as a body line (kept as the title).
    Headline,
    /// A subtitle or standfirst (kept as metadata).
    Subtitle,
    /// A date line (kept as the publication date where it is one).
    DateLine,
    /// A page-furniture date, such as a "today is" bar.
    FurnitureDate,
    /// A byline ("By <name or outlet>", kept as metadata).
    Byline,
    /// A wire credit ("With PTI inputs", kept as metadata).
    WireCredit,
    /// A stray symbol or an empty-looking line.
    StraySymbol,
    /// An interface label ("Dark Mode", "Logo", "Gallery Videos").
    InterfaceLabel,
    /// Page header or footer furniture.
    PageFurniture,
    /// A block whose text is mostly links.
    LinkDense,
    /// A block too short or too thin to be article text.
    LowTextDensity,
    /// A block outside the main content the scorer chose.
    OutsideMainContent,
}

impl RemovalReason {
    /// The snake_case name used in JSON and in human output.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Navigation => "navigation",
            Self::RelatedLinks => "related_links",
            Self::AlsoRead => "also_read",
            Self::Advertisement => "advertisement",
            Self::ShareRow => "share_row",
            Self::CookieNotice => "cookie_notice",
            Self::Comments => "comments",
            Self::Newsletter => "newsletter",
            Self::Caption => "caption",
            Self::Credit => "credit",
            Self::KeywordRow => "keyword_row",
            Self::Headline => "headline",
            Self::Subtitle => "subtitle",
            Self::DateLine => "date_line",
            Self::FurnitureDate => "furniture_date",
            Self::Byline => "byline",
            Self::WireCredit => "wire_credit",
            Self::StraySymbol => "stray_symbol",
            Self::InterfaceLabel => "interface_label",
            Self::PageFurniture => "page_furniture",
            Self::LinkDense => "link_dense",
            Self::LowTextDensity => "low_text_density",
            Self::OutsideMainContent => "outside_main_content",
        }
    }
}

impl fmt::Display for RemovalReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A block of the page (or line of the scrape) left out of the body, with why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RemovedBlock {
    /// The block's text.
    pub text: String,
    /// Why it is not body.
    pub reason: RemovalReason,
}

/// An article as extraction made it: the clean body and its metadata.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// The document this article was extracted from.
    pub id: DocumentId,
    /// Where the document came from (see [`crate::Document::source`]).
    pub source: String,
    /// The report's URL, where known.
    pub url: Option<String>,
    /// The headline.
    pub title: Option<String>,
    /// Where the title came from.
    pub title_source: Option<TitleSource>,
    /// True when the report had no headline and the title was made from its body.
    pub title_derived: bool,
    /// The subtitle or standfirst.
    pub subtitle: Option<String>,
    /// The publication date with its provenance.
    pub published: Option<PublishedDate>,
    /// The outlet that published the report.
    pub outlet: Option<String>,
    /// The author or authors, as credited.
    pub byline: Option<String>,
    /// The dateline's place ("ISLAMABAD", "Geneva").
    pub dateline: Option<String>,
    /// The wire agency credited ("PTI", "Reuters"), where one is.
    pub wire: Option<String>,
    /// ISO 639-3 code of the body's language, where it can be told.
    pub language: Option<String>,
    /// The clean article text: paragraphs separated by a blank line.
    pub body: String,
    /// Every block left out of the body, in page order, with its reason.
    pub removed: Vec<RemovedBlock>,
}
