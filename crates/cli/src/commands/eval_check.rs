//! `crosscheck eval crosscheck --gold FILE`: every stored story examined
//! (read, then each event cross-checked) and its findings scored against a
//! gold file. With `--gold-events`, the stories' events are the gold's,
//! so that the score is the cross-check stage's alone.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use crosscheck_check::{
    score, CrosscheckGold, CrosscheckScores, KindScore, ScoredArticle, ScoredEvent,
};
use crosscheck_pipeline::examine_story;
use crosscheck_store::Store;
use crosscheck_types::{Article, Event, Story};
use serde::Deserialize;

use super::open_existing_store;
use crate::args::Format;
use crate::config::Config;
use crate::output::{print_json, print_jsonl};

/// The name a gold file uses for a report: its JSON Lines id, or the file
/// name of its input path.
pub fn gold_key(source: &str) -> String {
    Path::new(source)
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or(source)
        .to_owned()
}

/// The events of a gold file: each lists its reports by gold key.
#[derive(Debug, Deserialize)]
struct GoldEvents {
    #[serde(default)]
    events: Vec<GoldEvent>,
}

/// One gold event.
#[derive(Debug, Deserialize)]
struct GoldEvent {
    id: String,
    #[serde(default)]
    label: String,
    #[serde(default)]
    articles: Vec<String>,
}

/// `story` with its events replaced by the gold's (each restricted to the
/// story's articles; empty ones dropped). Fails when a report of the story
/// is in no gold event or in several: the gold's events must partition it.
fn with_gold_events(story: &Story, articles: &[Article], gold: &GoldEvents) -> Result<Story> {
    let key_of: BTreeMap<_, _> = articles
        .iter()
        .map(|a| (&a.id, gold_key(&a.source)))
        .collect();
    let mut events = Vec::new();
    for g in &gold.events {
        let mine: Vec<_> = story
            .articles
            .iter()
            .filter(|id| key_of.get(id).is_some_and(|k| g.articles.contains(k)))
            .cloned()
            .collect();
        if !mine.is_empty() {
            events.push(Event {
                id: format!("{}-{}", story.id, g.id),
                label: g.label.clone(),
                start: None,
                end: None,
                articles: mine,
                evidence: Vec::new(),
            });
        }
    }
    for id in &story.articles {
        let key = key_of.get(id).map_or(id.as_str(), |k| k.as_str());
        let homes = events.iter().filter(|e| e.articles.contains(id)).count();
        if homes != 1 {
            bail!("report {key} is in {homes} gold events; --gold-events needs the gold's events to list every report once");
        }
    }
    Ok(Story {
        events,
        ..story.clone()
    })
}

pub fn run(
    config: &Config,
    gold_path: &Path,
    gold_events: bool,
    format: Format,
) -> Result<ExitCode> {
    let text = std::fs::read_to_string(gold_path)
        .with_context(|| format!("reading {}", gold_path.display()))?;
    let gold: CrosscheckGold = serde_json::from_str(&text)
        .with_context(|| format!("{}: not a cross-check gold file", gold_path.display()))?;
    let partition: Option<GoldEvents> = if gold_events {
        Some(
            serde_json::from_str(&text)
                .with_context(|| format!("{}: no gold events", gold_path.display()))?,
        )
    } else {
        None
    };
    let store = open_existing_store(config)?;
    let articles = store.articles()?;
    let groups = store.source_groups()?;
    let mut events = Vec::new();
    for story in store.stories()? {
        let story = match &partition {
            Some(gold) => with_gold_events(&story, &articles, gold)
                .with_context(|| format!("{}", gold_path.display()))?,
            None => story,
        };
        let examined = examine_story(&story, &articles, &groups);
        for (event, findings) in examined.findings {
            let Some(e) = story.events.iter().find(|e| e.id == event) else {
                continue;
            };
            let scored: Vec<ScoredArticle> = articles
                .iter()
                .filter(|a| e.articles.contains(&a.id))
                .map(|a| ScoredArticle {
                    id: a.id.clone(),
                    key: gold_key(&a.source),
                    body: a.body.clone(),
                })
                .collect();
            events.push(ScoredEvent {
                articles: scored,
                findings,
            });
        }
    }
    let scores = score(&events, &gold);
    match format {
        Format::Json => print_json(&scores)?,
        Format::Jsonl => print_jsonl([&scores])?,
        Format::Human => print_human(&scores),
    }
    Ok(ExitCode::SUCCESS)
}

fn print_human(s: &CrosscheckScores) {
    let line = |name: &str, k: &KindScore| {
        println!(
            "{name:<15} {}/{} found (recall {:.3}), {} findings",
            k.found, k.gold, k.recall, k.findings
        );
        if !k.missed.is_empty() {
            println!("                missed: {}", k.missed.join(", "));
        }
    };
    line("conflicts", &s.conflicts);
    println!("false conflicts {}", s.false_conflicts);
    for summary in &s.false_conflict_summaries {
        println!("                - {summary}");
    }
    if !s.conflicts_on_non_conflicts.is_empty() {
        println!(
            "non-conflicts reported as conflicts: {}",
            s.conflicts_on_non_conflicts.join(", ")
        );
    }
    line("corroborated", &s.corroborated);
    line("exclusive", &s.exclusive);
    line("quote variants", &s.quote_variants);
    if !s.copy_only_counted_as_corroborated.is_empty() {
        println!(
            "copy-only claims counted as corroborated: {}",
            s.copy_only_counted_as_corroborated.join(", ")
        );
    }
    println!(
        "bar (conflict recall >= 0.9, at most one false conflict): {}",
        if s.meets_bar { "met" } else { "NOT MET" }
    );
}
