//! `crosscheck ingest`, `problems`, `reextract`.

use std::process::ExitCode;

use anyhow::Result;
use crosscheck_ingest::IngestOptions;
use crosscheck_pipeline::{IngestReport, RefreshOptions, RefreshSummary};
use crosscheck_store::Store;
use serde::Serialize;

use super::{open_existing_store, open_store};
use crate::args::Format;
use crate::config::Config;
use crate::output::{print_json, print_jsonl};
use crate::progress::Bar;
use crate::EXIT_PARTIAL;

const MIB: u64 = 1024 * 1024;

/// `{ source, reason }` of the command-line contract.
#[derive(Serialize)]
struct ProblemOut<'a> {
    source: &'a str,
    reason: &'a str,
}

/// The JSON `crosscheck ingest --format json` prints.
#[derive(Serialize)]
struct IngestOut<'a> {
    batch: i64,
    ingested: u64,
    duplicates: u64,
    /// Copy links in the whole store after this batch (see `crosscheck copies`).
    copies: usize,
    /// Stories in the whole store after this batch (see `crosscheck stories`).
    stories: usize,
    errors: Vec<ProblemOut<'a>>,
    warnings: Vec<ProblemOut<'a>>,
}

pub fn run(
    config: &Config,
    paths: &[String],
    max_input_mib: u64,
    max_decompressed_mib: u64,
    format: Format,
) -> Result<ExitCode> {
    let mut store = open_store(config)?;
    let options = IngestOptions {
        max_input_bytes: max_input_mib.saturating_mul(MIB),
        max_decompressed_bytes: max_decompressed_mib.saturating_mul(MIB),
    };
    let bar = Bar::new("ingest", config.stderr_is_terminal);
    let report = crosscheck_pipeline::ingest(&mut store, paths, &options, &bar)?;
    let summary = crosscheck_pipeline::refresh(&mut store, &RefreshOptions::default())?;
    print_report(&report, &summary, format)?;
    Ok(if report.has_errors() {
        ExitCode::from(EXIT_PARTIAL)
    } else {
        ExitCode::SUCCESS
    })
}

fn print_report(report: &IngestReport, summary: &RefreshSummary, format: Format) -> Result<()> {
    let out = IngestOut {
        batch: report.batch_id,
        ingested: report.ingested,
        duplicates: report.duplicates,
        copies: summary.copies,
        stories: summary.stories,
        errors: list(&report.errors),
        warnings: list(&report.warnings),
    };
    match format {
        Format::Json => print_json(&out),
        Format::Jsonl => print_jsonl([&out]),
        Format::Human => {
            println!(
                "ingested {} report{}, {} duplicate{}, {} error{}, {} warning{}",
                out.ingested,
                plural(out.ingested),
                out.duplicates,
                plural(out.duplicates),
                out.errors.len(),
                plural(out.errors.len() as u64),
                out.warnings.len(),
                plural(out.warnings.len() as u64),
            );
            super::stories::print_summary(summary);
            for p in &out.errors {
                println!("  error   {}: {}", p.source, p.reason);
            }
            for p in &out.warnings {
                println!("  warning {}: {}", p.source, p.reason);
            }
            Ok(())
        }
    }
}

fn list(records: &[crosscheck_store::ProblemRecord]) -> Vec<ProblemOut<'_>> {
    records
        .iter()
        .map(|p| ProblemOut {
            source: &p.source,
            reason: &p.reason,
        })
        .collect()
}

fn plural(n: u64) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

pub fn problems(config: &Config, format: Format) -> Result<ExitCode> {
    let store = open_existing_store(config)?;
    let problems = store.problems()?;
    match format {
        Format::Json => print_json(&problems)?,
        Format::Jsonl => print_jsonl(&problems)?,
        Format::Human => {
            if problems.is_empty() {
                println!("no problems recorded");
            }
            for p in &problems {
                println!("{:<7} {}: {}", p.severity.as_str(), p.source, p.reason);
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn reextract(config: &Config, format: Format) -> Result<ExitCode> {
    let mut store = open_existing_store(config)?;
    let bar = Bar::new("extract", config.stderr_is_terminal);
    let replaced = crosscheck_pipeline::reextract(&mut store, &bar)?;
    crosscheck_pipeline::refresh(&mut store, &RefreshOptions::default())?;
    match format {
        Format::Json | Format::Jsonl => {
            print_json(&serde_json::json!({ "reextracted": replaced }))?
        }
        Format::Human => println!("re-extracted {replaced} article{}", plural(replaced as u64)),
    }
    Ok(ExitCode::SUCCESS)
}
