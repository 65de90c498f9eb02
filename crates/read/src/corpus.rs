//! Reading a set of reports (a story, an event) in one call: every part of
//! the reader on every article, then the entities resolved across them.
//!
//! This is the reading stage's front door for the rest of the pipeline; the
//! modules it calls can also be used one by one.

use std::collections::HashSet;

use crosscheck_types::{Article, DocumentId, RemovalReason, Sentence, TimeExpr};
use rayon::prelude::*;

use crate::entities::{self, ArticleMentions, EntityTable, Mention, MentionForm};
use crate::numbers::{self, Quantity};
use crate::quotes::{self, Quote};
use crate::times::story_zones::{self, ReportTimes};

/// What the reader found in one article. Every span is a pair of byte
/// offsets into the article's body, except in [`ArticleReading::headers`],
/// whose spans point into each header's own text.
#[derive(Clone, Debug)]
pub struct ArticleReading {
    /// The article.
    pub article: DocumentId,
    /// Its sentences.
    pub sentences: Vec<Sentence>,
    /// Its time expressions, normalised against its publication date.
    pub times: Vec<TimeExpr>,
    /// Its entity mentions (their identities are in [`CorpusReading::entities`]).
    pub mentions: Vec<Mention>,
    /// Its quotes, direct and indirect, with their speakers.
    pub quotes: Vec<Quote>,
    /// Its counts and amounts.
    pub quantities: Vec<Quantity>,
    /// The times, numbers and quotes of the report's text outside its body:
    /// the headline, the standfirst and the date line.
    pub headers: Vec<HeaderReading>,
}

/// A piece of a report's text that extraction keeps outside the body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeaderPart {
    /// The headline (never one derived from the body).
    Title,
    /// The standfirst under the headline.
    Subtitle,
    /// A date line or a page's date bar, removed from the body.
    DateLine,
}

impl HeaderPart {
    /// A stable name for output.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Title => "title",
            Self::Subtitle => "subtitle",
            Self::DateLine => "date_line",
        }
    }
}

/// The time expressions, quantities and quotes of one header text.
#[derive(Clone, Debug)]
pub struct HeaderReading {
    /// Which part of the report the text is.
    pub part: HeaderPart,
    /// The text read.
    pub text: String,
    /// Its time expressions, normalised against the publication date; offsets
    /// point into [`HeaderReading::text`].
    pub times: Vec<TimeExpr>,
    /// Its counts, amounts and lengths of time; offsets point into
    /// [`HeaderReading::text`].
    pub quantities: Vec<Quantity>,
    /// Its quotes, direct and indirect, read as in a body of its own (a
    /// pronoun there has no antecedent, so no speaker); offsets and speaker
    /// spans point into [`HeaderReading::text`].
    pub quotes: Vec<Quote>,
}

/// What the reader found in a set of articles.
#[derive(Clone, Debug)]
pub struct CorpusReading {
    /// One reading per article, in the order the articles were given.
    pub articles: Vec<ArticleReading>,
    /// The entities, aliases resolved across all the articles.
    pub entities: EntityTable,
}

impl CorpusReading {
    /// The reading of one article.
    pub fn article(&self, id: &DocumentId) -> Option<&ArticleReading> {
        self.articles.iter().find(|r| &r.article == id)
    }
}

/// Reads one article (everything but the cross-article entity resolution).
pub fn read_article(article: &Article) -> ArticleReading {
    let body = article.body.as_str();
    let sentences = crate::sentences(body);
    ArticleReading {
        article: article.id.clone(),
        times: crate::times(body, article.published.map(|p| p.date)),
        mentions: entities::mentions_in(body, &sentences),
        quotes: quotes::quotes_in(body, &sentences),
        quantities: numbers::quantities(body),
        headers: read_headers(article),
        sentences,
    }
}

/// The headline, standfirst and date line, each with its time expressions,
/// quantities and quotes. Only texts with at least one of them are kept: the
/// texts themselves are already on the article. A date line holds no speech
/// and is not read for quotes; a headline in Title Case is left out by the
/// quote reader itself (as a headline line in a body is).
fn read_headers(article: &Article) -> Vec<HeaderReading> {
    let published = article.published.map(|p| p.date);
    let title = article
        .title
        .as_deref()
        .filter(|_| !article.title_derived)
        .map(|t| (HeaderPart::Title, t));
    let subtitle = article
        .subtitle
        .as_deref()
        .map(|t| (HeaderPart::Subtitle, t));
    let date_lines = article
        .removed
        .iter()
        .filter(|r| {
            matches!(
                r.reason,
                RemovalReason::DateLine | RemovalReason::FurnitureDate
            )
        })
        .map(|r| (HeaderPart::DateLine, r.text.as_str()));
    // A headline line in the page that says more than the stored title
    // ("LIVE: Inquiry reports - Tuesday 23 June" under the title "LIVE:
    // Inquiry reports"): its words are read too.
    let longer_headlines = article
        .removed
        .iter()
        .filter(|r| r.reason == RemovalReason::Headline)
        .filter(|r| {
            article
                .title
                .as_deref()
                .is_none_or(|t| r.text.trim() != t.trim())
        })
        .map(|r| (HeaderPart::Title, r.text.as_str()));
    title
        .into_iter()
        .chain(longer_headlines)
        .chain(subtitle)
        .chain(date_lines)
        .filter_map(|(part, text)| {
            let times = crate::times(text, published);
            let quantities = numbers::quantities(text);
            let quotes = match part {
                HeaderPart::DateLine => Vec::new(),
                HeaderPart::Title | HeaderPart::Subtitle => quotes::quotes(text),
            };
            (!times.is_empty() || !quantities.is_empty() || !quotes.is_empty()).then(|| {
                HeaderReading {
                    part,
                    text: text.to_owned(),
                    times,
                    quantities,
                    quotes,
                }
            })
        })
        .collect()
}

/// Reads every article (in parallel: the output does not depend on the
/// thread count) and resolves their entities together.
pub fn read_corpus(articles: &[Article]) -> CorpusReading {
    let mut readings: Vec<ArticleReading> = articles.par_iter().map(read_article).collect();
    // A one-word name another report writes mid-sentence is a name at a
    // sentence start here too: such reports are read for mentions again.
    let names: HashSet<String> = articles
        .iter()
        .zip(&readings)
        .flat_map(|(a, r)| entities::story_names(&a.body, &r.sentences, &r.mentions))
        .collect();
    readings.par_iter_mut().zip(articles).for_each(|(r, a)| {
        entities::reread_for_story_names(&a.body, &r.sentences, &mut r.mentions, &names);
    });
    // A clock of no zone takes the zone the story fixes for the place its
    // report files from, or for the place it names.
    let mut report_times: Vec<ReportTimes<'_>> = articles
        .iter()
        .zip(readings.iter_mut())
        .map(|(a, r)| {
            let dateline = r
                .mentions
                .iter()
                .find(|m| m.form == MentionForm::Dateline)
                .map(|m| entities::fold::key(&m.text));
            ReportTimes {
                body: &a.body,
                dateline,
                times: &mut r.times,
            }
        })
        .collect();
    story_zones::settle(&mut report_times);
    let inputs: Vec<ArticleMentions<'_>> = articles
        .iter()
        .zip(&readings)
        .map(|(article, reading)| ArticleMentions {
            article: &article.id,
            body: &article.body,
            mentions: reading.mentions.clone(),
        })
        .collect();
    let entities = entities::resolve(&inputs);
    CorpusReading {
        articles: readings,
        entities,
    }
}
