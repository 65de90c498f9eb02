//! `crosscheck articles` and `crosscheck article ID`.

use std::process::ExitCode;

use anyhow::Result;
use crosscheck_store::Store;

use super::open_existing_store;
use crate::args::Format;
use crate::config::Config;
use crate::output::{clip, print_json, print_jsonl, ArticleOut};

pub fn list(config: &Config, with_body: bool, format: Format) -> Result<ExitCode> {
    let store = open_existing_store(config)?;
    let articles = store.articles()?;
    match format {
        Format::Json => print_json(&articles.iter().map(ArticleOut::from).collect::<Vec<_>>())?,
        Format::Jsonl => print_jsonl(articles.iter().map(ArticleOut::from))?,
        Format::Human => {
            println!(
                "{} article{}",
                articles.len(),
                if articles.len() == 1 { "" } else { "s" }
            );
            for a in &articles {
                let date = a
                    .published
                    .map(|p| p.date.to_string())
                    .unwrap_or_else(|| "----------".to_owned());
                let title = a.title.as_deref().unwrap_or("(no title)");
                let derived = if a.title_derived { " [derived]" } else { "" };
                println!(
                    "{}  {}  {:<22}  {}{}",
                    a.id.short(),
                    date,
                    clip(a.outlet.as_deref().unwrap_or("-"), 22),
                    clip(title, 80),
                    derived
                );
                println!(
                    "              {} words, {} removed, from {}",
                    a.body.split_whitespace().count(),
                    a.removed.len(),
                    a.source
                );
                if with_body {
                    for paragraph in a.body.split("\n\n") {
                        println!("    {paragraph}");
                    }
                    println!();
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn show(config: &Config, id: &str, format: Format) -> Result<ExitCode> {
    let store = open_existing_store(config)?;
    let id = store.resolve_id(id)?;
    let Some(a) = store.article(&id)? else {
        anyhow::bail!("document {id} has no article");
    };
    match format {
        Format::Json => print_json(&ArticleOut::from(&a))?,
        Format::Jsonl => print_jsonl([ArticleOut::from(&a)])?,
        Format::Human => {
            let field = |name: &str, value: Option<&str>| {
                if let Some(value) = value {
                    println!("{name:<10} {value}");
                }
            };
            field("id", Some(a.id.as_str()));
            field("source", Some(&a.source));
            field("url", a.url.as_deref());
            field("title", a.title.as_deref());
            if a.title_derived {
                println!(
                    "{:<10} (derived from the body: the report has no headline)",
                    ""
                );
            }
            field("subtitle", a.subtitle.as_deref());
            if let Some(p) = a.published {
                println!("{:<10} {} (from {:?})", "published", p.date, p.source);
            }
            field("outlet", a.outlet.as_deref());
            field("byline", a.byline.as_deref());
            field("dateline", a.dateline.as_deref());
            field("wire", a.wire.as_deref());
            field("language", a.language.as_deref());
            println!();
            for paragraph in a.body.split("\n\n") {
                println!("{paragraph}\n");
            }
            if !a.removed.is_empty() {
                println!("removed ({}):", a.removed.len());
                for block in &a.removed {
                    println!("  [{}] {}", block.reason, clip(&block.text, 100));
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
