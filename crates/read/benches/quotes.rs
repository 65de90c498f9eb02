//! Times quote reading on the invented demo corpora (`demo/read` and
//! `demo/cluster`, JSON Lines records with a `text` field), or on the JSON
//! Lines files given: `quotes` per body (sentence splitting included), and
//! once over all bodies joined into one long body (to catch work that grows
//! faster than the text). Single thread; prints MB/s of body text.
//!
//! `cargo bench -p crosscheck-read --bench quotes -- [FILE.jsonl ...] [REPEAT]`

use std::path::PathBuf;
use std::time::Instant;

use crosscheck_read::quotes::quotes;

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let repeat: usize = args.last().and_then(|s| s.parse().ok()).unwrap_or(50);
    let mut files: Vec<PathBuf> = args
        .iter()
        .filter(|a| a.parse::<usize>().is_err())
        .map(PathBuf::from)
        .collect();
    if files.is_empty() {
        let root = crosscheck_testkit::repo_root();
        files = vec![
            root.join("demo/read/reports.jsonl"),
            root.join("demo/cluster/reports.jsonl"),
        ];
    }
    let mut bodies = Vec::new();
    for file in &files {
        let Ok(text) = std::fs::read_to_string(file) else {
            eprintln!("cannot read {}", file.display());
            continue;
        };
        for line in text.lines() {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
                continue;
            };
            if let Some(t) = v.get("text").and_then(|t| t.as_str()) {
                bodies.push(t.to_string());
            }
        }
    }
    let bytes: usize = bodies.iter().map(String::len).sum();
    if bytes == 0 {
        eprintln!("no bodies");
        return;
    }
    let mut found = 0;
    let start = Instant::now();
    for _ in 0..repeat {
        for body in &bodies {
            found += quotes(body).len();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "quotes: {} bodies, {bytes} bytes x {repeat}: {:.2} MB/s ({} quotes per pass)",
        bodies.len(),
        (bytes * repeat) as f64 / secs / 1e6,
        found / repeat
    );
    let long = bodies.join("\n\n");
    let start = Instant::now();
    let n = quotes(&long).len();
    let secs = start.elapsed().as_secs_f64();
    println!(
        "quotes, one {} byte body: {:.2} MB/s ({n} quotes)",
        long.len(),
        long.len() as f64 / secs / 1e6
    );
}
