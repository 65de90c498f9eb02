//! `crosscheck entities` and `crosscheck quotes`: what the reader finds in
//! the stored reports (or one story's), with byte offsets into each body.
//! Entities are resolved across all the reports read together.

use std::collections::BTreeMap;
use std::process::ExitCode;

use anyhow::{Context, Result};
use crosscheck_read::entities::EntityKind;
use crosscheck_read::{read_corpus, CorpusReading};
use crosscheck_store::Store;
use crosscheck_types::Article;
use serde::Serialize;

use super::open_existing_store;
use crate::args::Format;
use crate::config::Config;
use crate::output::{clip, print_json, print_jsonl, QuoteOut};

/// The stored articles of one story, or all of them.
fn scope(store: &dyn Store, story: Option<&str>) -> Result<Vec<Article>> {
    let all = store.articles()?;
    let Some(query) = story else {
        return Ok(all);
    };
    let story = store
        .story(query)
        .with_context(|| format!("looking up story {query:?}"))?;
    Ok(all
        .into_iter()
        .filter(|a| story.articles.contains(&a.id))
        .collect())
}

#[derive(Serialize)]
struct EntityOut<'a> {
    id: &'a str,
    name: &'a str,
    kind: EntityKind,
    aliases: &'a [String],
    mentions: Vec<MentionOut<'a>>,
}

#[derive(Serialize)]
struct MentionOut<'a> {
    article: &'a str,
    text: &'a str,
    start: usize,
    end: usize,
    metonym: bool,
}

/// `crosscheck entities [--story STORY]`.
pub fn entities(config: &Config, story: Option<&str>, format: Format) -> Result<ExitCode> {
    let store = open_existing_store(config)?;
    let articles = scope(&store, story)?;
    let reading = read_corpus(&articles);
    let mut mentions: BTreeMap<&str, Vec<MentionOut<'_>>> = BTreeMap::new();
    for (article, read) in articles.iter().zip(&reading.articles) {
        for m in &read.mentions {
            if let Some(e) = reading.entities.entity_of(&article.id, m.start, m.end) {
                mentions.entry(e.id.as_str()).or_default().push(MentionOut {
                    article: article.id.as_str(),
                    text: &m.text,
                    start: m.start,
                    end: m.end,
                    metonym: m.metonym,
                });
            }
        }
    }
    let out: Vec<EntityOut<'_>> = reading
        .entities
        .entities()
        .iter()
        .map(|e| EntityOut {
            id: &e.id,
            name: &e.name,
            kind: e.kind,
            aliases: &e.aliases,
            mentions: mentions.remove(e.id.as_str()).unwrap_or_default(),
        })
        .collect();
    match format {
        Format::Json => print_json(&out)?,
        Format::Jsonl => print_jsonl(&out)?,
        Format::Human => {
            for e in &out {
                let kind = serde_json::to_value(e.kind)?;
                println!(
                    "{:<40} {:<13} {:>3} mention{}  {}",
                    clip(e.name, 40),
                    kind.as_str().unwrap_or("-"),
                    e.mentions.len(),
                    if e.mentions.len() == 1 { " " } else { "s" },
                    clip(&e.aliases.join(" | "), 90)
                );
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `crosscheck quotes [--story STORY]`.
pub fn quotes(config: &Config, story: Option<&str>, format: Format) -> Result<ExitCode> {
    let store = open_existing_store(config)?;
    let articles = scope(&store, story)?;
    let reading: CorpusReading = read_corpus(&articles);
    let mut out = Vec::new();
    for (article, read) in articles.iter().zip(&reading.articles) {
        for q in &read.quotes {
            out.push(QuoteOut::of(article, q, &reading.entities));
        }
    }
    match format {
        Format::Json => print_json(&out)?,
        Format::Jsonl => print_jsonl(&out)?,
        Format::Human => {
            for q in &out {
                println!(
                    "{:<24} {:<10} {:<22} \"{}\"{}",
                    clip(q.speaker.as_ref().map_or("(unattributed)", |s| s.name), 24),
                    clip(q.verb.unwrap_or("-"), 10),
                    clip(q.outlet.unwrap_or(q.source), 22),
                    clip(q.text, 100),
                    q.channel.map(|c| format!("  [{c}]")).unwrap_or_default()
                );
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
