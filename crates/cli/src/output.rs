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
