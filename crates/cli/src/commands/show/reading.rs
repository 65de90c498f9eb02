//! What the reader found in each report of an event, as `show --format
//! json` prints it: time expressions (body and headers), numbers and
//! sentences, each with its byte offsets.

use crosscheck_read::numbers::Quantity;
use crosscheck_read::{ArticleReading, TimeExpr};
use crosscheck_types::{Article, DocumentId};
use serde::Serialize;

use super::time_value;

/// One time expression.
#[derive(Serialize)]
pub(super) struct TimeOut<'a> {
    article: &'a str,
    /// `body`, or the header the offsets point into: `title`, `subtitle`,
    /// `date_line`.
    part: &'static str,
    text: &'a str,
    value: String,
    granularity: &'static str,
    /// A clock of unknown offset as it reads: "2038-03-09T16:05" with "(no
    /// zone given)" or "(Skellamar time)".
    #[serde(skip_serializing_if = "Option::is_none")]
    wall: Option<String>,
    start: usize,
    end: usize,
}

impl<'a> TimeOut<'a> {
    /// `t`, found in `part` of article `id`.
    pub(super) fn of(id: &'a DocumentId, part: &'static str, t: &'a TimeExpr) -> Self {
        Self {
            article: id.as_str(),
            part,
            text: &t.text,
            value: time_value(&t.value),
            granularity: t.granularity.as_str(),
            wall: t.wall.as_ref().map(|w| {
                let zone = w
                    .zone
                    .as_ref()
                    .map_or_else(|| "no zone given".to_owned(), |z| format!("{z} time"));
                format!("{} ({zone})", w.at.format("%Y-%m-%dT%H:%M"))
            }),
            start: t.start,
            end: t.end,
        }
    }
}

/// One count or amount.
#[derive(Serialize)]
pub(super) struct NumberOut<'a> {
    article: &'a str,
    /// `body`, or the header the offsets point into.
    part: &'static str,
    #[serde(flatten)]
    quantity: &'a Quantity,
}

/// One sentence of a body.
#[derive(Serialize)]
pub(super) struct SentenceOut<'a> {
    article: &'a str,
    text: &'a str,
    start: usize,
    end: usize,
}

/// The time expressions of an article's headline, standfirst and date line.
pub(super) fn header_times<'a>(
    id: &'a DocumentId,
    reading: &'a ArticleReading,
) -> impl Iterator<Item = TimeOut<'a>> + 'a {
    reading.headers.iter().flat_map(move |h| {
        h.times
            .iter()
            .map(move |t| TimeOut::of(id, h.part.as_str(), t))
    })
}

/// An article's numbers: its headers' first, then its body's.
pub(super) fn numbers_of<'a>(
    id: &'a DocumentId,
    reading: &'a ArticleReading,
) -> impl Iterator<Item = NumberOut<'a>> + 'a {
    let headers = reading.headers.iter().flat_map(move |h| {
        h.quantities.iter().map(move |quantity| NumberOut {
            article: id.as_str(),
            part: h.part.as_str(),
            quantity,
        })
    });
    let body = reading.quantities.iter().map(move |quantity| NumberOut {
        article: id.as_str(),
        part: "body",
        quantity,
    });
    headers.chain(body)
}

/// An article's sentences with their text.
pub(super) fn sentences_of<'a>(
    id: &'a DocumentId,
    article: &'a Article,
    reading: &'a ArticleReading,
) -> impl Iterator<Item = SentenceOut<'a>> + 'a {
    reading.sentences.iter().map(move |s| SentenceOut {
        article: id.as_str(),
        text: s.text(&article.body).unwrap_or(""),
        start: s.start,
        end: s.end,
    })
}
