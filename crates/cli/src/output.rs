//! Output shapes of the command-line contract (DESIGN.md) and printing helpers.

use std::io::{self, Write};

use anyhow::Result;
use crosscheck_types::{Article, DateSource, RemovedBlock, TitleSource};
use serde::Serialize;

/// An article as `crosscheck articles --format json` prints it.
#[derive(Debug, Serialize)]
pub struct ArticleOut<'a> {
    /// Document id.
    pub id: &'a str,
    /// Input path or JSON Lines id.
    pub source: &'a str,
    /// URL.
    pub url: Option<&'a str>,
    /// Title.
    pub title: Option<&'a str>,
    /// True when the title was made from the body.
    pub title_derived: bool,
    /// Where the title came from.
    pub title_source: Option<TitleSource>,
    /// Subtitle.
    pub subtitle: Option<&'a str>,
    /// `YYYY-MM-DD` or null.
    pub published: Option<String>,
    /// Where the date came from.
    pub published_source: Option<DateSource>,
    /// Outlet.
    pub outlet: Option<&'a str>,
    /// Byline.
    pub byline: Option<&'a str>,
    /// Dateline place.
    pub dateline: Option<&'a str>,
    /// Wire credit.
    pub wire: Option<&'a str>,
    /// ISO 639-3 language code.
    pub language: Option<&'a str>,
    /// The clean body.
    pub body: &'a str,
    /// Removed blocks with reasons.
    pub removed: &'a [RemovedBlock],
}

impl<'a> From<&'a Article> for ArticleOut<'a> {
    fn from(a: &'a Article) -> Self {
        Self {
            id: a.id.as_str(),
            source: &a.source,
            url: a.url.as_deref(),
            title: a.title.as_deref(),
            title_derived: a.title_derived,
            title_source: a.title_source,
            subtitle: a.subtitle.as_deref(),
            published: a.published.map(|p| p.date.to_string()),
            published_source: a.published.map(|p| p.source),
            outlet: a.outlet.as_deref(),
            byline: a.byline.as_deref(),
            dateline: a.dateline.as_deref(),
            wire: a.wire.as_deref(),
            language: a.language.as_deref(),
            body: &a.body,
            removed: &a.removed,
        }
    }
}

/// Writes one JSON document and a newline to stdout.
pub fn print_json<T: Serialize + ?Sized>(value: &T) -> Result<()> {
    let stdout = io::stdout();
    let mut out = stdout.lock();
    serde_json::to_writer_pretty(&mut out, value)?;
    writeln!(out)?;
    Ok(())
}

/// Writes one JSON object per line to stdout.
pub fn print_jsonl<T: Serialize>(values: impl IntoIterator<Item = T>) -> Result<()> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    for value in values {
        serde_json::to_writer(&mut out, &value)?;
        writeln!(out)?;
    }
    out.flush()?;
    Ok(())
}

/// Cuts `text` to at most `max` characters at a character boundary, with an ellipsis.
pub fn clip(text: &str, max: usize) -> String {
    let text = text.trim();
    match text.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", text[..cut].trim_end()),
        None => text.to_owned(),
    }
}

/// A quote as `quotes` and `show` print it: its words, mode, speaker (the
/// entity, and the words in the body it was found through), verb, channel
/// and byte offsets into the article's body.
#[derive(serde::Serialize)]
pub struct QuoteOut<'a> {
    pub article: &'a str,
    pub source: &'a str,
    pub outlet: Option<&'a str>,
    pub text: &'a str,
    pub mode: crosscheck_read::quotes::QuoteMode,
    pub partial: bool,
    pub parts: &'a [(usize, usize)],
    pub speaker: Option<SpeakerOut<'a>>,
    pub verb: Option<&'a str>,
    pub channel: Option<&'a str>,
    pub start: usize,
    pub end: usize,
}

/// Who said a quote: `{ entity, name }` of the contract, plus the words in
/// the body it was found through and how.
#[derive(serde::Serialize)]
pub struct SpeakerOut<'a> {
    pub entity: Option<&'a str>,
    pub name: &'a str,
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    pub how: crosscheck_read::quotes::SpeakerLink,
}

impl<'a> QuoteOut<'a> {
    /// The view of `quote`, read in `article`, with speakers named through
    /// the story's (or corpus's) entities.
    pub fn of(
        article: &'a crosscheck_types::Article,
        quote: &'a crosscheck_read::quotes::Quote,
        entities: &'a crosscheck_read::entities::EntityTable,
    ) -> Self {
        QuoteOut {
            article: article.id.as_str(),
            source: &article.source,
            outlet: article.outlet.as_deref(),
            text: &quote.text,
            mode: quote.mode,
            partial: quote.partial,
            parts: &quote.parts,
            speaker: quote.speaker.as_ref().map(|s| {
                let entity = crosscheck_pipeline::speaker_entity(entities, &article.id, s);
                SpeakerOut {
                    entity: entity.map(|e| e.id.as_str()),
                    name: entity.map_or(s.text.as_str(), |e| e.name.as_str()),
                    text: &s.text,
                    start: s.start,
                    end: s.end,
                    how: s.how,
                }
            }),
            verb: quote.verb.as_deref(),
            channel: quote.channel.as_deref(),
            start: quote.start,
            end: quote.end,
        }
    }
}
