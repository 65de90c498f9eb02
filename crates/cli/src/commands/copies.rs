//! `crosscheck copies`: copy links and independent sources.

use std::collections::HashMap;
use std::process::ExitCode;

use anyhow::Result;
use crosscheck_store::Store;
use crosscheck_types::{Article, CopyKind, DocumentId};
use serde::Serialize;

use super::open_existing_store;
use crate::args::Format;
use crate::config::Config;
use crate::output::{clip, print_json};

/// One side of a copy link, as printed.
#[derive(Serialize)]
struct Side<'a> {
    id: &'a str,
    source: Option<&'a str>,
    outlet: Option<&'a str>,
    title: Option<&'a str>,
}

/// A copy link, as printed.
#[derive(Serialize)]
struct LinkOut<'a> {
    copy: Side<'a>,
    original: Side<'a>,
    kind: CopyKind,
    similarity: f32,
    containment: f32,
}

/// `crosscheck copies --format json`.
#[derive(Serialize)]
struct CopiesOut<'a> {
    articles: usize,
    independent_sources: usize,
    copies: Vec<LinkOut<'a>>,
}

fn side<'a>(id: &'a DocumentId, by_id: &HashMap<&DocumentId, &'a Article>) -> Side<'a> {
    let article = by_id.get(id);
    Side {
        id: id.as_str(),
        source: article.map(|a| a.source.as_str()),
        outlet: article.and_then(|a| a.outlet.as_deref()),
        title: article.and_then(|a| a.title.as_deref()),
    }
}

pub fn list(config: &Config, format: Format) -> Result<ExitCode> {
    let store = open_existing_store(config)?;
    let articles = store.articles()?;
    let links = store.copy_links()?;
    let groups = store.source_groups()?;
    let by_id: HashMap<&DocumentId, &Article> = articles.iter().map(|a| (&a.id, a)).collect();
    let out = CopiesOut {
        articles: articles.len(),
        independent_sources: groups.independent_count(articles.iter().map(|a| &a.id)),
        copies: links
            .iter()
            .map(|link| LinkOut {
                copy: side(&link.copy, &by_id),
                original: side(&link.original, &by_id),
                kind: link.kind,
                similarity: link.similarity,
                containment: link.containment,
            })
            .collect(),
    };
    match format {
        Format::Json | Format::Jsonl => print_json(&out)?,
        Format::Human => {
            println!(
                "{} articles, {} independent sources, {} copies",
                out.articles,
                out.independent_sources,
                out.copies.len()
            );
            for link in &out.copies {
                let kind = match link.kind {
                    CopyKind::Exact => "exact",
                    _ => "near",
                };
                println!(
                    "{}  {:<22} {}",
                    &link.copy.id[..12],
                    clip(link.copy.outlet.unwrap_or("-"), 22),
                    clip(link.copy.title.unwrap_or("(no title)"), 60)
                );
                println!(
                    "  {kind} copy of {}  {:<22} {}  (similarity {:.2}, containment {:.2})",
                    &link.original.id[..12],
                    clip(link.original.outlet.unwrap_or("-"), 22),
                    clip(link.original.title.unwrap_or("(no title)"), 40),
                    link.similarity,
                    link.containment
                );
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
