//! `crosscheck show STORY`: one story, event by event, with the sentence
//! that placed each report and what the reports say.
//!
//! The reading and cross-check stages run here (`examine_story`), on the
//! story's stored articles: they are fast and pure, so their output is
//! recomputed rather than stored (a newer reader needs no migration).

use std::collections::{BTreeMap, HashMap};
use std::process::ExitCode;

use anyhow::{Context, Result};
use chrono::NaiveDate;
use crosscheck_check::Finding;
use crosscheck_pipeline::examine_story;
use crosscheck_read::entities::{EntityKind, EntityTable};
use crosscheck_read::quotes::QuoteMode;
use crosscheck_read::ArticleReading;
use crosscheck_store::Store;
use crosscheck_types::{Article, DocumentId, Event, Story, TimeValue};
use serde::Serialize;

mod reading;

use reading::{header_times, numbers_of, sentences_of, NumberOut, SentenceOut, TimeOut};

use super::open_existing_store;
use super::stories::date_range;
use crate::args::Format;
use crate::config::Config;
use crate::output::{clip, print_json, print_jsonl, QuoteOut};

/// `show --format json`.
#[derive(Serialize)]
struct ShowOut<'a> {
    story: StoryHead<'a>,
    entities: Vec<EntityOut<'a>>,
    events: Vec<EventOut<'a>>,
}

#[derive(Serialize)]
struct EntityOut<'a> {
    id: &'a str,
    name: &'a str,
    kind: EntityKind,
    aliases: &'a [String],
    mentions: usize,
}

#[derive(Serialize)]
struct FindingOut<'a> {
    kind: &'static str,
    summary: &'a str,
    slot: Option<&'a str>,
    reason: Option<&'a str>,
    independent_outlets: usize,
    diff: Option<&'a str>,
    sources: Vec<FindingSource<'a>>,
}

#[derive(Serialize)]
struct FindingSource<'a> {
    article: &'a str,
    outlet: Option<&'a str>,
    sentence: &'a str,
    start: usize,
    end: usize,
    value: Option<&'a str>,
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
    findings: Vec<FindingOut<'a>>,
    quotes: Vec<QuoteOut<'a>>,
    times: Vec<TimeOut<'a>>,
    numbers: Vec<NumberOut<'a>>,
    sentences: Vec<SentenceOut<'a>>,
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

/// One article with what the reader found in it.
struct Read<'a> {
    article: &'a Article,
    reading: &'a ArticleReading,
}

impl<'a> Read<'a> {
    /// The sentence around the byte span `start..end`, with its offsets.
    fn sentence_at(&self, start: usize, end: usize) -> (&'a str, usize, usize) {
        let body: &'a str = &self.article.body;
        self.reading
            .sentences
            .iter()
            .find(|s| s.start <= start && end <= s.end)
            .and_then(|s| Some((s.text(body)?, s.start, s.end)))
            .unwrap_or_else(|| (body.get(start..end).unwrap_or(""), start, end))
    }
}

/// `show STORY`, or every story when none is named (`--format json` then
/// prints an array, `jsonl` one story per line).
pub fn run(config: &Config, query: Option<&str>, format: Format) -> Result<ExitCode> {
    let store = open_existing_store(config)?;
    let stories = match query {
        Some(query) => vec![store
            .story(query)
            .with_context(|| format!("looking up story {query:?}"))?],
        None => store.stories()?,
    };
    let mut all = Vec::new();
    for (i, story) in stories.iter().enumerate() {
        show_one(&store, story, &mut |out| {
            match (format, query) {
                (Format::Json, Some(_)) => print_json(out)?,
                (Format::Json, None) => all.push(serde_json::to_value(out)?),
                (Format::Jsonl, _) => print_jsonl([out])?,
                (Format::Human, _) => {
                    if i > 0 {
                        println!("\n");
                    }
                    print_human(story, out);
                }
            }
            Ok(())
        })?;
    }
    if format == Format::Json && query.is_none() {
        print_json(&all)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Examines one story and hands its view to `emit`.
fn show_one(
    store: &dyn Store,
    story: &Story,
    emit: &mut dyn FnMut(&ShowOut<'_>) -> Result<()>,
) -> Result<()> {
    let mut articles = Vec::with_capacity(story.articles.len());
    for id in &story.articles {
        let article = store.article(id)?.with_context(|| {
            format!("story {} names article {id}, which is not stored", story.id)
        })?;
        articles.push(article);
    }
    let groups = store.source_groups()?;
    let examined = examine_story(story, &articles, &groups);
    let readings: HashMap<&DocumentId, Read<'_>> = articles
        .iter()
        .filter_map(|a| {
            let reading = examined.reading.article(&a.id)?;
            Some((
                &a.id,
                Read {
                    article: a,
                    reading,
                },
            ))
        })
        .collect();
    let no_findings = Vec::new();
    let findings: HashMap<&str, &Vec<Finding>> = examined
        .findings
        .iter()
        .map(|(event, f)| (event.as_str(), f))
        .collect();
    let entities = &examined.reading.entities;
    let out = ShowOut {
        story: StoryHead {
            id: &story.id,
            title: &story.title,
            articles: story.articles.iter().map(DocumentId::as_str).collect(),
        },
        entities: entities
            .entities()
            .iter()
            .map(|e| EntityOut {
                id: &e.id,
                name: &e.name,
                kind: e.kind,
                aliases: &e.aliases,
                mentions: e.mentions,
            })
            .collect(),
        events: story
            .events
            .iter()
            .map(|e| {
                let f = findings.get(e.id.as_str()).copied().unwrap_or(&no_findings);
                event_out(e, &readings, f, entities)
            })
            .collect(),
    };
    emit(&out)
}

fn event_out<'a>(
    event: &'a Event,
    readings: &'a HashMap<&DocumentId, Read<'a>>,
    findings: &'a [Finding],
    entities: &'a EntityTable,
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
    let mut numbers = Vec::new();
    let mut sentences = Vec::new();
    let mut quotes = Vec::new();
    let mut timeline: BTreeMap<NaiveDate, TimelineEntry<'a>> = BTreeMap::new();
    for id in &event.articles {
        let Some(r) = readings.get(id) else {
            continue;
        };
        for q in &r.reading.quotes {
            quotes.push(QuoteOut::of(r.article, q, entities));
        }
        times.extend(header_times(id, r.reading));
        numbers.extend(numbers_of(id, r.reading));
        sentences.extend(sentences_of(id, r.article, r.reading));
        for t in &r.reading.times {
            times.push(TimeOut::of(id, "body", t));
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
        findings: findings.iter().map(|f| finding_out(f, readings)).collect(),
        quotes,
        times,
        numbers,
        sentences,
        timeline: timeline.into_values().collect(),
    }
}

fn finding_out<'a>(
    finding: &'a Finding,
    readings: &'a HashMap<&DocumentId, Read<'a>>,
) -> FindingOut<'a> {
    FindingOut {
        kind: finding.kind.as_str(),
        summary: &finding.summary,
        slot: finding.slot.as_deref(),
        reason: finding.reason.as_deref(),
        independent_outlets: finding.independent_outlets,
        diff: finding.diff.as_deref(),
        sources: finding
            .sources
            .iter()
            .map(|s| FindingSource {
                article: s.article.as_str(),
                outlet: s.outlet.as_deref(),
                sentence: readings
                    .get(&s.article)
                    .and_then(|r| r.article.body.get(s.sentence_start..s.sentence_end))
                    .unwrap_or(""),
                start: s.sentence_start,
                end: s.sentence_end,
                value: s.value.as_deref(),
            })
            .collect(),
    }
}

/// `text` with every entity id in it ("person:tomas-reyner") written as
/// the entity's name, for a person to read (JSON keeps the ids).
fn with_names(text: &str, entities: &[EntityOut<'_>]) -> String {
    if !text.contains(':') {
        return text.to_owned();
    }
    let mut by_length: Vec<&EntityOut<'_>> =
        entities.iter().filter(|e| text.contains(e.id)).collect();
    // Longest ids first, so that no id is replaced inside a longer one.
    by_length.sort_by_key(|e| std::cmp::Reverse(e.id.len()));
    by_length
        .iter()
        .fold(text.to_owned(), |t, e| t.replace(e.id, e.name))
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
        // Conflicts first: they are what a fact-checker opens `show` for.
        let mut findings: Vec<&FindingOut<'_>> = event.findings.iter().collect();
        findings.sort_by_key(|f| match f.kind {
            "conflict" => 0,
            "quote_variant" => 1,
            "corroborated" => 2,
            _ => 3,
        });
        if !findings.is_empty() {
            println!("findings:");
        }
        let named = |text: &str| with_names(text, &out.entities);
        for f in findings {
            println!(
                "  {:<13} {} ({} independent outlet{})",
                f.kind,
                clip(&named(f.summary), 110),
                f.independent_outlets,
                if f.independent_outlets == 1 { "" } else { "s" }
            );
            if let Some(reason) = f.reason {
                println!("      why: {}", clip(&named(reason), 140));
            }
            if let Some(diff) = f.diff {
                println!("      diff: {}", clip(diff, 140));
            }
            for s in &f.sources {
                println!(
                    "      - {} [{}]: \"{}\"",
                    s.outlet.unwrap_or(&s.article[..s.article.len().min(12)]),
                    named(s.value.unwrap_or("-")),
                    clip(s.sentence, 120)
                );
            }
        }
        if !event.quotes.is_empty() {
            println!("who said what:");
            for q in &event.quotes {
                println!(
                    "  {:<24} {} {}: \"{}\"",
                    clip(q.speaker.as_ref().map_or("(unattributed)", |s| s.name), 24),
                    q.verb.unwrap_or("-"),
                    match q.mode {
                        QuoteMode::Direct => "(direct)",
                        QuoteMode::Indirect => "(indirect)",
                    },
                    clip(q.text, 100)
                );
            }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn entity<'a>(id: &'a str, name: &'a str) -> EntityOut<'a> {
        EntityOut {
            id,
            name,
            kind: EntityKind::Person,
            aliases: &[],
            mentions: 1,
        }
    }

    #[test]
    fn ids_are_written_as_names_for_a_person() {
        let entities = [
            entity("person:ana", "Ana Lind"),
            entity("person:ana-lind-berg", "Ana Lind-Berg"),
        ];
        assert_eq!(
            with_names("person:ana-lind-berg vs person:ana", &entities),
            "Ana Lind-Berg vs Ana Lind"
        );
        assert_eq!(with_names("12 engineer", &entities), "12 engineer");
    }
}
