//! `crosscheck stories` and `crosscheck recluster`.

use std::collections::HashMap;
use std::process::ExitCode;

use anyhow::Result;
use chrono::NaiveDate;
use crosscheck_pipeline::{RefreshOptions, RefreshSummary};
use crosscheck_store::Store;
use crosscheck_types::{Article, DocumentId, Event, Story};
use serde::Serialize;

use super::open_existing_store;
use crate::args::Format;
use crate::config::Config;
use crate::output::{clip, print_json, print_jsonl};

/// One event as `stories --format json` prints it (the DESIGN.md contract).
#[derive(Serialize)]
struct EventOut<'a> {
    id: &'a str,
    label: &'a str,
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
    articles: Vec<&'a str>,
}

/// One story as `stories --format json` prints it (the DESIGN.md contract).
#[derive(Serialize)]
struct StoryOut<'a> {
    id: &'a str,
    title: &'a str,
    articles: Vec<&'a str>,
    events: Vec<EventOut<'a>>,
}

fn ids(articles: &[DocumentId]) -> Vec<&str> {
    articles.iter().map(DocumentId::as_str).collect()
}

fn event_out(event: &Event) -> EventOut<'_> {
    EventOut {
        id: &event.id,
        label: &event.label,
        start: event.start,
        end: event.end,
        articles: ids(&event.articles),
    }
}

fn story_out(story: &Story) -> StoryOut<'_> {
    StoryOut {
        id: &story.id,
        title: &story.title,
        articles: ids(&story.articles),
        events: story.events.iter().map(event_out).collect(),
    }
}

/// "2026-05-04", "2026-05-04 – 2026-05-06", or "undated".
pub fn date_range(start: Option<NaiveDate>, end: Option<NaiveDate>) -> String {
    match (start, end) {
        (Some(a), Some(b)) if a == b => a.to_string(),
        (Some(a), Some(b)) => format!("{a} – {b}"),
        (Some(a), None) | (None, Some(a)) => a.to_string(),
        (None, None) => "undated".to_owned(),
    }
}

pub fn list(config: &Config, format: Format) -> Result<ExitCode> {
    let store = open_existing_store(config)?;
    let stories = store.stories()?;
    let out: Vec<StoryOut<'_>> = stories.iter().map(story_out).collect();
    match format {
        Format::Json => print_json(&out)?,
        Format::Jsonl => print_jsonl(&out)?,
        Format::Human => {
            let articles = store.articles()?;
            let by_id: HashMap<&DocumentId, &Article> =
                articles.iter().map(|a| (&a.id, a)).collect();
            print_human(&stories, &by_id);
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn print_human(stories: &[Story], by_id: &HashMap<&DocumentId, &Article>) {
    if stories.is_empty() {
        println!("no stories (ingest reports first, or run `crosscheck recluster`)");
    }
    for story in stories {
        println!(
            "{}  {}  ({} report{}, {} event{})",
            story.id,
            clip(&story.title, 70),
            story.articles.len(),
            if story.articles.len() == 1 { "" } else { "s" },
            story.events.len(),
            if story.events.len() == 1 { "" } else { "s" },
        );
        for event in &story.events {
            println!(
                "  {}  {}  {}",
                date_range(event.start, event.end),
                clip(&event.label, 60),
                event.id
            );
            for article in &event.articles {
                let a = by_id.get(article);
                println!(
                    "      {}  {:<22} {}",
                    &article.as_str()[..article.as_str().len().min(12)],
                    clip(a.and_then(|a| a.outlet.as_deref()).unwrap_or("-"), 22),
                    clip(a.and_then(|a| a.title.as_deref()).unwrap_or("-"), 60),
                );
            }
        }
    }
}

pub fn recluster(config: &Config, format: Format) -> Result<ExitCode> {
    let mut store = open_existing_store(config)?;
    let summary = crosscheck_pipeline::refresh(&mut store, &RefreshOptions::default())?;
    match format {
        Format::Json => print_json(&summary)?,
        Format::Jsonl => print_jsonl([&summary])?,
        Format::Human => print_summary(&summary),
    }
    Ok(ExitCode::SUCCESS)
}

/// One line per corpus-wide count, after an ingest or a recluster.
pub fn print_summary(summary: &RefreshSummary) {
    println!(
        "{} articles: {} cop{}, {} independent source{}, {} stor{}, {} event{}",
        summary.articles,
        summary.copies,
        if summary.copies == 1 { "y" } else { "ies" },
        summary.independent_sources,
        if summary.independent_sources == 1 {
            ""
        } else {
            "s"
        },
        summary.stories,
        if summary.stories == 1 { "y" } else { "ies" },
        summary.events,
        if summary.events == 1 { "" } else { "s" },
    );
}
