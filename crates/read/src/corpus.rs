//! Reading a set of reports (a story, an event) in one call: every part of
//! the reader on every article, then the entities resolved across them.
//!
//! This is the reading stage's front door for the rest of the pipeline; the
//! modules it calls can also be used one by one.

use crosscheck_types::{Article, DocumentId, Sentence, TimeExpr};
use rayon::prelude::*;

use crate::entities::{self, ArticleMentions, EntityTable, Mention};
use crate::numbers::{self, Quantity};
use crate::quotes::{self, Quote};

/// What the reader found in one article. Every span is a pair of byte
/// offsets into the article's body.
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
        sentences,
    }
}

/// Reads every article (in parallel: the output does not depend on the
/// thread count) and resolves their entities together.
pub fn read_corpus(articles: &[Article]) -> CorpusReading {
    let readings: Vec<ArticleReading> = articles.par_iter().map(read_article).collect();
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
