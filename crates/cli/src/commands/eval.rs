//! `crosscheck eval …` and `crosscheck bench …`: measurements. Only
//! `eval cluster` reads the store (it scores what ingest stored).

use std::collections::HashMap;
use std::path::Path;
use std::process::ExitCode;

use crosscheck_types::DocumentId;

use anyhow::{Context, Result};
use serde::Serialize;

use crate::args::{BenchCommand, EvalCommand, Format};
use crate::config::Config;
use crate::output::{print_json, print_jsonl};

/// `{ pages, precision, recall, f1, worst }` of `eval extract --format json`.
#[derive(Serialize)]
struct ExtractEvalOut<'a> {
    pages: usize,
    precision: f64,
    recall: f64,
    f1: f64,
    worst: Vec<&'a crosscheck_eval::PageScore>,
}

pub fn eval(what: &EvalCommand, config: &Config) -> Result<ExitCode> {
    match what {
        EvalCommand::Cluster { gold, format } => eval_cluster(config, gold, format.format),
        EvalCommand::Read {
            gold,
            misses,
            format,
        } => super::eval_read::run(config, gold, *misses, format.format),
        EvalCommand::Crosscheck {
            gold,
            gold_events,
            format,
        } => super::eval_check::run(config, gold, *gold_events, format.format),
        EvalCommand::Extract {
            data,
            worst,
            format,
        } => {
            let report = crosscheck_eval::evaluate_extraction(data)
                .with_context(|| format!("evaluating extraction on {}", data.display()))?;
            let out = ExtractEvalOut {
                pages: report.pages,
                precision: report.precision,
                recall: report.recall,
                f1: report.f1,
                worst: report.worst(*worst),
            };
            match format.format {
                Format::Json => print_json(&out)?,
                Format::Jsonl => print_jsonl([&out])?,
                Format::Human => {
                    println!(
                        "article extraction on {} pages: F1 {:.4}  precision {:.4}  recall {:.4}",
                        out.pages, out.f1, out.precision, out.recall
                    );
                    if !out.worst.is_empty() {
                        println!("worst {} pages:", out.worst.len());
                        for page in &out.worst {
                            println!(
                                "  F1 {:.3}  P {:.3}  R {:.3}  {}  {}",
                                page.f1, page.precision, page.recall, page.id, page.url
                            );
                        }
                    }
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

pub fn bench(what: &BenchCommand, config: &Config) -> Result<ExitCode> {
    match what {
        BenchCommand::Read { repeat, format } => bench_read(config, *repeat, format.format),
        BenchCommand::Cluster {
            synthetic,
            seed,
            format,
        } => {
            let mut reports = Vec::with_capacity(synthetic.len());
            for &n in synthetic {
                let r = crosscheck_cluster::bench::run_benchmark(n, *seed);
                if format.format == Format::Human {
                    println!(
                        "{:>7} reports  dedup {:>6.2} s  cluster {:>6.2} s  {:>8.0} reports/s  {} threads  copies P {:.4} R {:.4}  stories P {:.4} R {:.4}  peak {}",
                        r.n,
                        r.seconds_dedup,
                        r.seconds_cluster,
                        r.reports_per_second,
                        r.threads,
                        r.copies_precision,
                        r.copies_recall,
                        r.stories_pairwise_precision,
                        r.stories_pairwise_recall,
                        r.peak_rss_bytes
                            .map(|b| format!("{} MiB", b / (1024 * 1024)))
                            .unwrap_or_else(|| "unknown".to_owned()),
                    );
                }
                reports.push(r);
            }
            match format.format {
                Format::Json => print_json(&reports)?,
                Format::Jsonl => print_jsonl(&reports)?,
                Format::Human => {}
            }
            Ok(ExitCode::SUCCESS)
        }
        BenchCommand::Dedup {
            synthetic,
            seed,
            format,
        } => {
            let options = crosscheck_dedup::DedupOptions::default();
            let mut reports = Vec::with_capacity(synthetic.len());
            for &n in synthetic {
                let report = crosscheck_dedup::bench::run_benchmark(n, *seed, &options);
                if format.format == Format::Human {
                    println!(
                        "{:>8} docs  {:>7.3} s  {:>9.0} docs/s  {:>2} threads  P {:.4}  R {:.4}  peak {}",
                        report.documents,
                        report.seconds,
                        report.docs_per_second,
                        report.threads,
                        report.precision,
                        report.recall,
                        report
                            .peak_rss_bytes
                            .map(|b| format!("{} MiB", b / (1024 * 1024)))
                            .unwrap_or_else(|| "unknown".to_owned()),
                    );
                }
                reports.push(report);
            }
            match format.format {
                Format::Json => print_json(&reports)?,
                Format::Jsonl => print_jsonl(&reports)?,
                Format::Human => {}
            }
            Ok(ExitCode::SUCCESS)
        }
        BenchCommand::Extract {
            data,
            repeat,
            format,
        } => {
            let throughput = crosscheck_eval::bench_extraction(data, *repeat)
                .with_context(|| format!("timing extraction on {}", data.display()))?;
            match format.format {
                Format::Json => print_json(&throughput)?,
                Format::Jsonl => print_jsonl([&throughput])?,
                Format::Human => println!(
                    "extraction, one thread, parse included: {} pages in {:.3} s = {:.1} pages/s",
                    throughput.pages, throughput.seconds, throughput.pages_per_second
                ),
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// `eval cluster`: the stored stories, events and copies against a gold file.
fn eval_cluster(config: &Config, gold_path: &Path, format: Format) -> Result<ExitCode> {
    use crosscheck_eval::clustering::{score_clustering, ClusterGold, PredictedPlacement};
    use crosscheck_store::Store;

    let gold = ClusterGold::load(gold_path)?;
    let store = super::open_existing_store(config)?;
    let articles = store.articles()?;
    let source: HashMap<&DocumentId, &str> = articles
        .iter()
        .map(|a| (&a.id, a.source.as_str()))
        .collect();
    let stories = store.stories()?;
    let mut predicted = Vec::new();
    for story in &stories {
        for event in &story.events {
            for article in &event.articles {
                if let Some(s) = source.get(article) {
                    predicted.push(PredictedPlacement {
                        source: (*s).to_owned(),
                        story: story.id.clone(),
                        event: event.id.clone(),
                    });
                }
            }
        }
    }
    let copies: Vec<(String, String)> = store
        .copy_links()?
        .iter()
        .filter_map(|l| {
            Some((
                (*source.get(&l.copy)?).to_owned(),
                (*source.get(&l.original)?).to_owned(),
            ))
        })
        .collect();
    let report = score_clustering(&gold, &predicted, &copies);
    match format {
        Format::Json => print_json(&report)?,
        Format::Jsonl => print_jsonl([&report])?,
        Format::Human => {
            println!(
                "{} gold articles: {} gold stories / {} predicted, {} gold events / {} predicted",
                report.articles,
                report.gold_stories,
                report.predicted_stories,
                report.gold_events,
                report.predicted_events
            );
            for (name, s) in [("stories", &report.stories), ("events", &report.events)] {
                println!(
                    "{name:<8} pairwise P {:.3} R {:.3} F1 {:.3}   B-cubed P {:.3} R {:.3} F1 {:.3}",
                    s.pairwise_precision,
                    s.pairwise_recall,
                    s.pairwise_f1,
                    s.bcubed_precision,
                    s.bcubed_recall,
                    s.bcubed_f1
                );
            }
            println!(
                "copies   {} gold, {} found, {} right: P {:.3} R {:.3}",
                report.copies.gold,
                report.copies.predicted,
                report.copies.correct,
                report.copies.precision,
                report.copies.recall
            );
            if !report.missing.is_empty() {
                println!("not in the store: {}", report.missing.join(", "));
            }
            if !report.unknown.is_empty() {
                println!(
                    "{} stored articles the gold does not name",
                    report.unknown.len()
                );
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `bench read`: the reader's single-thread speed on the stored stories.
fn bench_read(config: &Config, repeat: usize, format: Format) -> Result<ExitCode> {
    use crosscheck_store::Store;

    let store = super::open_existing_store(config)?;
    let articles = store.articles()?;
    let by_id: HashMap<&DocumentId, &crosscheck_types::Article> =
        articles.iter().map(|a| (&a.id, a)).collect();
    let stories: Vec<Vec<crosscheck_types::Article>> = store
        .stories()?
        .iter()
        .map(|s| {
            s.articles
                .iter()
                .filter_map(|id| by_id.get(id).map(|a| (*a).clone()))
                .collect()
        })
        .collect();
    if stories.is_empty() {
        anyhow::bail!(
            "no stories in {} to read (ingest reports first)",
            config.db.display()
        );
    }
    let t = crosscheck_eval::reading_bench::bench_reading(&stories, repeat);
    match format {
        Format::Json => print_json(&t)?,
        Format::Jsonl => print_jsonl([&t])?,
        Format::Human => {
            println!(
                "reading, one thread: {} articles, {:.2} MB in {:.3} s = {:.2} MB/s \
                 (after an untimed pass over {} articles of other stories)",
                t.articles,
                t.bytes as f64 / 1e6,
                t.seconds,
                t.mb_per_second,
                t.warm_up_articles
            );
            for p in &t.parts {
                println!(
                    "  {:<10} {:>7.3} s  {:>8.2} MB/s",
                    p.part,
                    p.seconds,
                    if p.seconds > 0.0 {
                        t.bytes as f64 / p.seconds / 1e6
                    } else {
                        0.0
                    }
                );
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
