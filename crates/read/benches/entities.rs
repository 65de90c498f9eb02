//! Times entity reading on the seed reports' bodies (`../shared/corpus/seeds`,
//! or the folder given): `mentions` per body and `resolve` over the five as
//! one story, repeated. Single thread; prints MB/s of body text.
//!
//! `cargo bench -p crosscheck-read --bench entities -- [SEEDS_DIR] [REPEAT]`

use std::path::PathBuf;
use std::time::Instant;

use crosscheck_extract::extract;
use crosscheck_ingest::{ingest_bytes, IngestOptions};
use crosscheck_read::entities::{mentions, mentions_in, resolve, ArticleMentions};

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let dir = args
        .first()
        .map(PathBuf::from)
        .unwrap_or_else(|| crosscheck_testkit::shared_dir().join("corpus/seeds"));
    let repeat: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(200);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("no reports under {}", dir.display());
        return;
    };
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    let mut articles = Vec::new();
    for path in paths {
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let ingested = ingest_bytes(
            &path.display().to_string(),
            &bytes,
            &IngestOptions::default(),
        );
        articles.extend(ingested.documents.iter().map(extract));
    }
    let bytes: usize = articles.iter().map(|a| a.body.len()).sum();
    // Warm the country data (built once per process).
    let _ = mentions("Pakistan and Türkiye.");

    let start = Instant::now();
    let mut sink = 0usize;
    for _ in 0..repeat {
        for a in &articles {
            sink = sink.wrapping_add(mentions(&a.body).len());
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let mb = (bytes * repeat) as f64 / 1e6;
    println!(
        "mentions (sentences included): {mb:.1} MB in {secs:.2} s = {:.2} MB/s ({sink})",
        mb / secs
    );

    let split: Vec<_> = articles
        .iter()
        .map(|a| crosscheck_read::sentences(&a.body))
        .collect();
    let start = Instant::now();
    for _ in 0..repeat {
        for (a, s) in articles.iter().zip(&split) {
            sink = sink.wrapping_add(mentions_in(&a.body, s).len());
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "mentions_in (sentences given): {mb:.1} MB in {secs:.2} s = {:.2} MB/s ({sink})",
        mb / secs
    );

    let read: Vec<ArticleMentions<'_>> = articles.iter().map(ArticleMentions::read).collect();
    let start = Instant::now();
    for _ in 0..repeat {
        sink = sink.wrapping_add(resolve(&read).entities().len());
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "resolve:  {mb:.1} MB in {secs:.2} s = {:.2} MB/s ({sink})",
        mb / secs
    );
}
