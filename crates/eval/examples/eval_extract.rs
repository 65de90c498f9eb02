//! Runs the article-extraction benchmark on a folder and prints P/R/F1,
//! the ten worst pages and, with `--bench N`, single-core pages per second.
//!
//! `cargo run --release -p crosscheck-eval --example eval_extract -- DIR [--bench N] [--json]`
//! `... -- DIR --page ID_PREFIX` prints one page's body and removed blocks.

use std::path::PathBuf;

/// `println!` that ignores a closed stdout (`| head`) instead of panicking.
macro_rules! out {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($t)*);
    }};
}
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(dir) = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .map(PathBuf::from)
    else {
        eprintln!("usage: eval_extract DIR [--bench N] [--json]");
        return ExitCode::from(2);
    };
    let bench = args
        .iter()
        .position(|a| a == "--bench")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse::<usize>().ok());
    if let Some(id) = args
        .iter()
        .position(|a| a == "--page")
        .and_then(|i| args.get(i + 1))
    {
        return show_page(&dir, id);
    }
    if let Some(repeat) = bench {
        return match crosscheck_eval::bench_extraction(&dir, repeat) {
            Ok(t) => {
                out!(
                    "crosscheck: {} pages in {:.3} s = {:.1} pages/s",
                    t.pages,
                    t.seconds,
                    t.pages_per_second
                );
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::FAILURE
            }
        };
    }
    let report = match crosscheck_eval::evaluate_extraction(&dir) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    if args.iter().any(|a| a == "--json") {
        match serde_json::to_string_pretty(&report) {
            Ok(s) => out!("{s}"),
            Err(e) => eprintln!("error: {e}"),
        }
        return ExitCode::SUCCESS;
    }
    out!(
        "pages {}  precision {:.4}  recall {:.4}  F1 {:.4}",
        report.pages,
        report.precision,
        report.recall,
        report.f1
    );
    out!("ten worst pages:");
    for p in report.ten_worst() {
        out!(
            "  {}  P {:.3}  R {:.3}  F1 {:.3}  {}",
            &p.id[..p.id.len().min(12)],
            p.precision,
            p.recall,
            p.f1,
            p.url
        );
    }
    ExitCode::SUCCESS
}

/// Prints the extraction of the page whose id starts with `prefix`.
fn show_page(dir: &std::path::Path, prefix: &str) -> ExitCode {
    use std::io::Read;
    let Ok(entries) = std::fs::read_dir(dir.join("html")) else {
        eprintln!("no html folder in {}", dir.display());
        return ExitCode::FAILURE;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !name.starts_with(prefix) {
            continue;
        }
        let mut html = String::new();
        let read = std::fs::File::open(entry.path())
            .map(|f| flate2::read::GzDecoder::new(f).read_to_string(&mut html));
        if !matches!(read, Ok(Ok(_))) {
            eprintln!("cannot read {name}");
            return ExitCode::FAILURE;
        }
        let out = crosscheck_extract::html::extract_html(&html, &Default::default());
        out!("title: {:?} ({:?})", out.title, out.title_source);
        out!("subtitle: {:?}", out.subtitle);
        out!("published: {:?}", out.published);
        out!(
            "outlet: {:?}  byline: {:?}  url: {:?}",
            out.outlet,
            out.byline,
            out.url
        );
        out!("----- body -----\n{}\n----- removed -----", out.body);
        for r in &out.removed {
            let short: String = r.text.chars().take(100).collect();
            out!("[{}] {short}", r.reason);
        }
        return ExitCode::SUCCESS;
    }
    eprintln!("no page {prefix}");
    ExitCode::FAILURE
}
