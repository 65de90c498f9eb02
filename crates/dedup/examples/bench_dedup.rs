//! Benchmark of the de-duplication stage on a synthetic corpus.
//!
//! ```text
//! cargo run --release -p crosscheck-dedup --example bench_dedup -- \
//!     [--sizes 10000,30000,100000] [--seed 42] [--threads N] [--json]
//! cargo run ... -- --write-jsonl FILE --n N [--seed 42]   # corpus for other tools
//! cargo run ... -- --read-jsonl FILE [--threads N]        # time dedup on that file
//! ```
//! JSON Lines records: `{id, published, title, outlet, wire, family, body}`,
//! where `family` is the index of the original a copy was made from.

use std::io::{BufRead, BufWriter, Write};
use std::process::ExitCode;

use crosscheck_dedup::bench::{run_benchmark_on, synthetic_corpus, BenchReport, CorpusTruth};
use crosscheck_dedup::DedupOptions;
use crosscheck_types::{Article, DateSource, DocumentId, PublishedDate};

struct Args {
    sizes: Vec<usize>,
    seed: u64,
    threads: Option<usize>,
    json: bool,
    write_jsonl: Option<String>,
    read_jsonl: Option<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        sizes: vec![10_000, 30_000, 100_000],
        seed: 42,
        threads: None,
        json: false,
        write_jsonl: None,
        read_jsonl: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or(format!("{flag} needs a value"));
        match flag.as_str() {
            "--sizes" | "--n" => {
                args.sizes = value()?
                    .split(',')
                    .map(|s| s.trim().parse().map_err(|e| format!("{flag}: {e}")))
                    .collect::<Result<_, _>>()?
            }
            "--seed" => args.seed = value()?.parse().map_err(|e| format!("--seed: {e}"))?,
            "--threads" => {
                args.threads = Some(value()?.parse().map_err(|e| format!("--threads: {e}"))?)
            }
            "--json" => args.json = true,
            "--write-jsonl" => args.write_jsonl = Some(value()?),
            "--read-jsonl" => args.read_jsonl = Some(value()?),
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok(args)
}

fn main() -> ExitCode {
    match parse_args().and_then(run) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("bench_dedup: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: Args) -> Result<(), String> {
    let mut pool = rayon::ThreadPoolBuilder::new();
    if let Some(t) = args.threads {
        pool = pool.num_threads(t);
    }
    let pool = pool.build().map_err(|e| e.to_string())?;
    let opts = DedupOptions::default();
    if let Some(path) = &args.write_jsonl {
        let n = args.sizes.first().copied().unwrap_or(10_000);
        let (articles, truth) = pool.install(|| synthetic_corpus(n, args.seed));
        return write_jsonl(path, &articles, &truth).map_err(|e| format!("{path}: {e}"));
    }
    if let Some(path) = &args.read_jsonl {
        let (articles, truth) = read_jsonl(path)?;
        let report = pool.install(|| run_benchmark_on(&articles, &truth, &opts));
        print_report(&report, args.json);
        return Ok(());
    }
    for &n in &args.sizes {
        let (articles, truth) = pool.install(|| synthetic_corpus(n, args.seed));
        let report = pool.install(|| run_benchmark_on(&articles, &truth, &opts));
        print_report(&report, args.json);
    }
    Ok(())
}

fn print_report(r: &BenchReport, json: bool) {
    if json {
        println!("{}", serde_json::to_string(r).unwrap_or_default());
        return;
    }
    println!(
        "dedup n={:>7} threads={} time={:>7.3}s docs/s={:>9.0} cpu={:.3}s docs/cpu-s={:.0} precision={:.4} recall={:.4} \
         pairs found/true={}/{} candidates={} peak_rss={:.0} MiB",
        r.documents,
        r.threads,
        r.seconds,
        r.docs_per_second,
        r.cpu_seconds.unwrap_or(f64::NAN),
        r.cpu_seconds.map_or(f64::NAN, |c| r.documents as f64 / c.max(1e-9)),
        r.precision,
        r.recall,
        r.pairs_found,
        r.pairs_true,
        r.candidate_pairs,
        r.peak_rss_bytes.unwrap_or(0) as f64 / (1024.0 * 1024.0),
    );
}

fn write_jsonl(path: &str, articles: &[Article], truth: &CorpusTruth) -> std::io::Result<()> {
    let mut out = BufWriter::new(std::fs::File::create(path)?);
    for (a, family) in articles.iter().zip(&truth.family) {
        let record = serde_json::json!({
            "id": a.id,
            "published": a.published.map(|p| p.date.to_string()),
            "title": a.title,
            "outlet": a.outlet,
            "wire": a.wire,
            "family": family,
            "body": a.body,
        });
        writeln!(out, "{record}")?;
    }
    out.flush()
}

fn read_jsonl(path: &str) -> Result<(Vec<Article>, CorpusTruth), String> {
    let file = std::fs::File::open(path).map_err(|e| format!("{path}: {e}"))?;
    let mut articles = Vec::new();
    let mut family = Vec::new();
    for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line.map_err(|e| format!("{path}: {e}"))?;
        let v: serde_json::Value =
            serde_json::from_str(&line).map_err(|e| format!("{path}:{}: {e}", n + 1))?;
        let text = |k: &str| v.get(k).and_then(|x| x.as_str()).map(str::to_owned);
        let id = DocumentId::from_hex(&text("id").unwrap_or_default())
            .map_err(|e| format!("{path}:{}: {e}", n + 1))?;
        let published = text("published")
            .and_then(|d| d.parse().ok())
            .map(|date| PublishedDate {
                date,
                source: DateSource::Input,
            });
        family.push(v.get("family").and_then(|f| f.as_u64()).unwrap_or(n as u64) as u32);
        articles.push(Article {
            id,
            source: format!("{path}#{}", n + 1),
            url: None,
            title: text("title"),
            title_source: None,
            title_derived: false,
            subtitle: None,
            published,
            outlet: text("outlet"),
            byline: None,
            dateline: None,
            wire: text("wire"),
            language: None,
            body: text("body").unwrap_or_default(),
            removed: Vec::new(),
        });
    }
    Ok((articles, CorpusTruth { family }))
}
