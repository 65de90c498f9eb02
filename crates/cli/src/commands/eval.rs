//! `crosscheck eval …` and `crosscheck bench …`: measurements, no store.

use std::process::ExitCode;

use anyhow::{Context, Result};
use serde::Serialize;

use crate::args::{BenchCommand, EvalCommand, Format};
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

pub fn eval(what: &EvalCommand) -> Result<ExitCode> {
    match what {
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

pub fn bench(what: &BenchCommand) -> Result<ExitCode> {
    match what {
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
