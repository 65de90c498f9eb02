//! Times the stages of HTML extraction on a folder of gzipped pages (the
//! article-extraction benchmark's layout): the input limiter, the html5ever
//! parse, the whole `extract_html`, and `extract` (which adds language
//! detection). Single thread.
//!
//! `cargo bench -p crosscheck-extract --bench stages -- [DIR] [REPEAT]`

use std::io::Read;
use std::path::PathBuf;
use std::time::Instant;

use crosscheck_extract::html::{extract_html, limit::limit};
use crosscheck_types::DocumentHints;

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let dir = args
        .first()
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/work/shared/eval/article-extraction"));
    let repeat: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(3);
    let Ok(entries) = std::fs::read_dir(dir.join("html")) else {
        eprintln!("no pages under {}", dir.display());
        return;
    };
    let mut pages = Vec::new();
    for entry in entries.flatten() {
        let Ok(file) = std::fs::File::open(entry.path()) else {
            continue;
        };
        let mut s = String::new();
        if flate2::read::GzDecoder::new(file)
            .read_to_string(&mut s)
            .is_ok()
        {
            pages.push(s);
        }
    }
    pages.sort();
    let n = (pages.len() * repeat) as f64;
    let time = |name: &str, f: &dyn Fn(&str) -> usize| {
        let start = Instant::now();
        let mut sink = 0usize;
        for _ in 0..repeat {
            for p in &pages {
                sink = sink.wrapping_add(f(p));
            }
        }
        let s = start.elapsed().as_secs_f64();
        std::hint::black_box(sink);
        println!(
            "{name:<14} {:8.3} ms/page {:8.1} pages/s",
            s * 1000.0 / n,
            n / s
        );
    };
    time("limit", &|p| limit(p).len());
    time("parse", &|p| {
        scraper::Html::parse_document(&limit(p))
            .tree
            .values()
            .count()
    });
    time("extract_html", &|p| {
        extract_html(p, &DocumentHints::default()).body.len()
    });
}
