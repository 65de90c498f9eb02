//! `crosscheck show STORY`: one story, event by event, with the sentence
//! that placed each report and what the reports say.
//!
//! The reading stage runs here, on the story's stored articles: it is fast
//! and pure, so its output is recomputed rather than stored (re-reading with
//! a newer reader needs no migration).

use std::collections::{BTreeMap, HashMap};
use std::process::ExitCode;

use anyhow::{Context, Result};
use chrono::NaiveDate;
use crosscheck_store::Store;
use crosscheck_types::{Article, DocumentId, Event, Story, TimeValue};
use serde::Serialize;

use super::open_existing_store;
use super::stories::date_range;
use crate::args::Format;
use crate::config::Config;
use crate::output::{clip, print_json, print_jsonl};

/// `show --format json`.
#[derive(Serialize)]
struct ShowOut<'a> {
    story: StoryHead<'a>,
    events: Vec<EventOut<'a>>,
}

#[derive(Serialize)]
struct StoryHead<'a> {
    id: &'a str,
    title: &'a str,
    articles: Vec<&'a str>,
}

#[derive(Serialize)]
struct EventOut<'a> {
    id: &'a str,
    label: &'a str,
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
    articles: Vec<&'a str>,
    /// Why each report is in this event: the deciding sentence.
    placements: Vec<PlacementOut<'a>>,
    times: Vec<TimeOut<'a>>,
    timeline: Vec<TimelineEntry<'a>>,
}

#[derive(Serialize)]
struct PlacementOut<'a> {
    article: &'a str,
    source: &'a str,
    outlet: Option<&'a str>,
    reason: &'a str,
    sentence: &'a str,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct TimeOut<'a> {
    article: &'a str,
    text: String,
    value: String,
    granularity: &'static str,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct TimelineEntry<'a> {
    date: NaiveDate,
    /// The sentence that dates it, from the first source.
    text: &'a str,
    sources: Vec<SourceOut<'a>>,
}

#[derive(Serialize)]
struct SourceOut<'a> {
    article: &'a str,
    outlet: Option<&'a str>,
    sentence: &'a str,
    start: usize,
    end: usize,
}

/// A time value as text: an ISO date, `first/last`, an RFC 3339 instant, or
/// `unresolved: reason`.
pub fn time_value(value: &TimeValue) -> String {
    match value {
        TimeValue::Date(d) => d.to_string(),
        TimeValue::Range(a, b) => format!("{a}/{b}"),
        TimeValue::Instant(t) => t.to_rfc3339(),
        TimeValue::Unresolved { reason } => format!("unresolved: {reason}"),
    }
}

/// What the reader finds in one article, kept for the event views.
struct ArticleReading<'a> {
    article: &'a Article,
    sentences: Vec<crosscheck_types::Sentence>,
    times: Vec<crosscheck_types::TimeExpr>,
}

impl<'a> ArticleReading<'a> {
    fn of(article: &'a Article) -> Self {
        let anchor = article.published.map(|p| p.date);
        Self {
            article,
            sentences: crosscheck_read::sentences(&article.body),
            times: crosscheck_read::times(&article.body, anchor),
        }
    }

    /// The sentence around the byte span `start..end`, with its offsets.
    fn sentence_at(&self, start: usize, end: usize) -> (&'a str, usize, usize) {
        let body: &'a str = &self.article.body;
        self.sentences
            .iter()
            .find(|s| s.start <= start && end <= s.end)
            .and_then(|s| Some((s.text(body)?, s.start, s.end)))
            .unwrap_or_else(|| (body.get(start..end).unwrap_or(""), start, end))
    }
}

pub fn run(config: &Config, query: &str, format: Format) -> Result<ExitCode> {
    let store = open_existing_store(config)?;
    let story = store
        .story(query)
        .with_context(|| format!("looking up story {query:?}"))?;
    let mut articles = Vec::with_capacity(story.articles.len());
    for id in &story.articles {
        let article = store.article(id)?.with_context(|| {
            format!("story {} names article {id}, which is not stored", story.id)
        })?;
        articles.push(article);
    }
    let readings: HashMap<&DocumentId, ArticleReading<'_>> = articles
        .iter()
        .map(|a| (&a.id, ArticleReading::of(a)))
        .collect();
    let out = ShowOut {
        story: StoryHead {
            id: &story.id,
            title: &story.title,
            articles: story.articles.iter().map(DocumentId::as_str).collect(),
        },
        events: story
            .events
            .iter()
            .map(|e| event_out(e, &readings))
            .collect(),
    };
    match format {
        Format::Json => print_json(&out)?,
        Format::Jsonl => print_jsonl([&out])?,
        Format::Human => print_human(&story, &out),
    }
    Ok(ExitCode::SUCCESS)
}

fn event_out<'a>(
    event: &'a Event,
    readings: &'a HashMap<&DocumentId, ArticleReading<'a>>,
) -> EventOut<'a> {
    let mut placements = Vec::new();
    for p in &event.evidence {
        let Some(r) = readings.get(&p.article) else {
            continue;
        };
        let body = &r.article.body;
        placements.push(PlacementOut {
            article: p.article.as_str(),
            source: &r.article.source,
            outlet: r.article.outlet.as_deref(),
            reason: &p.reason,
            sentence: body.get(p.sentence_start..p.sentence_end).unwrap_or(""),
            start: p.sentence_start,
            end: p.sentence_end,
        });
    }
    let mut times = Vec::new();
    let mut timeline: BTreeMap<NaiveDate, TimelineEntry<'a>> = BTreeMap::new();
    for id in &event.articles {
        let Some(r) = readings.get(id) else {
            continue;
        };
        for t in &r.times {
            times.push(TimeOut {
                article: id.as_str(),
                text: t.text.clone(),
                value: time_value(&t.value),
                granularity: t.granularity.as_str(),
                start: t.start,
                end: t.end,
            });
            // The timeline holds what is dated to one day (or a clock time).
            let day = match t.value {
                TimeValue::Date(d) => Some(d),
                TimeValue::Instant(i) => Some(i.date_naive()),
                _ => None,
            };
            let Some(day) = day else { continue };
            let (sentence, start, end) = r.sentence_at(t.start, t.end);
            let entry = timeline.entry(day).or_insert_with(|| TimelineEntry {
                date: day,
                text: sentence,
                sources: Vec::new(),
            });
            if !entry
                .sources
                .iter()
                .any(|s| s.article == id.as_str() && s.start == start)
            {
                entry.sources.push(SourceOut {
                    article: id.as_str(),
                    outlet: r.article.outlet.as_deref(),
                    sentence,
                    start,
                    end,
                });
            }
        }
    }
    EventOut {
        id: &event.id,
        label: &event.label,
        start: event.start,
        end: event.end,
        articles: event.articles.iter().map(DocumentId::as_str).collect(),
        placements,
        times,
        timeline: timeline.into_values().collect(),
    }
}

fn print_human(story: &Story, out: &ShowOut<'_>) {
    println!("{}  {}", story.id, story.title);
    println!(
        "{} report{}, {} event{}",
        story.articles.len(),
        if story.articles.len() == 1 { "" } else { "s" },
        story.events.len(),
        if story.events.len() == 1 { "" } else { "s" },
    );
    for event in &out.events {
        println!();
        println!(
            "== {}  {}  ({})",
            date_range(event.start, event.end),
            event.label,
            event.id
        );
        println!("placed by:");
        for p in &event.placements {
            println!(
                "  {} {} [{}]",
                &p.article[..p.article.len().min(12)],
                p.outlet.unwrap_or(p.source),
                p.reason
            );
            println!("      \"{}\"", clip(p.sentence, 160));
        }
        if !event.timeline.is_empty() {
            println!("timeline:");
            for entry in &event.timeline {
                println!(
                    "  {}  {} ({} source{})",
                    entry.date,
                    clip(entry.text, 110),
                    entry.sources.len(),
                    if entry.sources.len() == 1 { "" } else { "s" }
                );
            }
        }
    }
}
