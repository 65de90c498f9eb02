//! `crosscheck eval read --gold FILE`: the reader on the stored reports a
//! reading gold file names, scored against it. Entities are resolved across
//! all those reports together, as the gold's identities are.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;
use crosscheck_eval::reading::{
    PredictedArticle, PredictedHeader, PredictedMention, PredictedNumber, PredictedQuote,
    PredictedTime, QuoteMode as GoldMode,
};
use crosscheck_eval::{score_reading, PredictedReading, ReadGold};
use crosscheck_read::numbers::Quantity;
use crosscheck_read::quotes::{Quote, QuoteMode};
use crosscheck_read::{read_corpus, ArticleReading, TimeExpr};
use crosscheck_store::Store;
use crosscheck_types::Article;
use serde::Serialize;

use super::eval_check::gold_key;
use super::open_existing_store;
use super::show::time_value;
use crate::args::Format;
use crate::config::Config;
use crate::output::{print_json, print_jsonl};

/// `eval read --format json`: the scores, and the bars they miss.
#[derive(Serialize)]
struct ReadEvalOut<'a> {
    #[serde(flatten)]
    scores: &'a crosscheck_eval::ReadingScores,
    unmet_bars: Vec<String>,
}

pub fn run(config: &Config, gold_path: &Path, misses: usize, format: Format) -> Result<ExitCode> {
    let gold = ReadGold::load(gold_path)?;
    let mut wanted: BTreeSet<&str> = gold.files.keys().map(String::as_str).collect();
    wanted.extend(gold.quotes.iter().map(|q| q.file.as_str()));
    wanted.extend(gold.times.iter().map(|t| t.file.as_str()));
    let store = open_existing_store(config)?;
    let articles: Vec<Article> = store
        .articles()?
        .into_iter()
        .filter(|a| wanted.contains(gold_key(&a.source).as_str()))
        .collect();
    if articles.is_empty() {
        anyhow::bail!(
            "none of the reports {} names is in the store {} (ingest them first)",
            gold_path.display(),
            config.db.display()
        );
    }
    let reading = read_corpus(&articles);
    let predicted = PredictedReading {
        articles: articles
            .iter()
            .zip(&reading.articles)
            .map(|(article, read)| predicted_article(article, read, &reading.entities))
            .collect(),
    };
    let scores = score_reading(&gold, &predicted);
    let out = ReadEvalOut {
        scores: &scores,
        unmet_bars: scores.unmet_bars(),
    };
    match format {
        Format::Json => print_json(&out)?,
        Format::Jsonl => print_jsonl([&out])?,
        Format::Human => {
            // The scores print their own verdict on the bars.
            println!("{}", scores.to_string().trim_end());
            for miss in scores.misses.iter().take(misses) {
                println!(
                    "  miss {} in {}: {:?} ({})",
                    miss.what, miss.file, miss.span, miss.why
                );
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Time expressions and lengths of time as the gold sees them: lengths of
/// time are quantities to the reader and time values (ISO 8601 durations)
/// to the gold.
fn predicted_times(times: &[TimeExpr], quantities: &[Quantity]) -> Vec<PredictedTime> {
    let mut out: Vec<PredictedTime> = times
        .iter()
        .map(|t| PredictedTime {
            start: t.start,
            end: t.end,
            value: time_value(&t.value),
        })
        .collect();
    out.extend(quantities.iter().filter_map(|q| {
        Some(PredictedTime {
            start: q.start,
            end: q.end,
            value: q.iso_duration()?,
        })
    }));
    out
}

fn predicted_article(
    article: &Article,
    read: &ArticleReading,
    entities: &crosscheck_read::entities::EntityTable,
) -> PredictedArticle {
    let id = &article.id;
    let times = predicted_times(&read.times, &read.quantities);
    let headers = read
        .headers
        .iter()
        .map(|h| PredictedHeader {
            part: h.part.as_str().to_owned(),
            text: h.text.clone(),
            times: predicted_times(&h.times, &h.quantities),
            quotes: predicted_quotes(&h.quotes),
        })
        .collect();
    PredictedArticle {
        file: gold_key(&article.source),
        body: article.body.clone(),
        quotes: predicted_quotes(&read.quotes),
        mentions: read
            .mentions
            .iter()
            .filter_map(|m| {
                Some(PredictedMention {
                    start: m.start,
                    end: m.end,
                    entity: entities.entity_of(id, m.start, m.end)?.id.clone(),
                })
            })
            .collect(),
        times,
        numbers: read
            .quantities
            .iter()
            .map(|q| PredictedNumber {
                start: q.start,
                end: q.end,
                value: q.value,
                low: q.low,
                high: q.high,
                approx: serde_json::to_value(q.approx)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default(),
                unit: q.unit.clone(),
            })
            .collect(),
        headers,
    }
}

/// Quotes as the gold sees them: mode, offsets and the speaker's name.
fn predicted_quotes(quotes: &[Quote]) -> Vec<PredictedQuote> {
    quotes
        .iter()
        .map(|q| PredictedQuote {
            mode: match q.mode {
                QuoteMode::Direct => GoldMode::Direct,
                QuoteMode::Indirect => GoldMode::Indirect,
            },
            start: q.start,
            end: q.end,
            speaker: q.speaker.as_ref().map(|s| s.text.clone()),
        })
        .collect()
}
