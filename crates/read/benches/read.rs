//! Times every part of the reader (sentences, times, mentions, quotes,
//! numbers, and the entity resolution over each file's articles) on JSON
//! Lines files of articles (`body` or `text`, optional `published` as
//! `YYYY-MM-DD…`), the way `crosscheck bench read` does, without the store.
//! Single thread; prints MB/s of body text per part, and a digest of all the
//! output, so a speed change can be checked to change nothing.
//!
//! `cargo bench -p crosscheck-read --bench read -- [FILE.jsonl ...] [REPEAT]`
//! (default: `demo/read/reports.jsonl`, 50 repeats). `crosscheck articles
//! --format jsonl` writes such a file from a store.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::PathBuf;
use std::time::Instant;

use chrono::NaiveDate;
use crosscheck_read::entities::{self, ArticleMentions};
use crosscheck_types::DocumentId;

struct Doc {
    id: DocumentId,
    body: String,
    published: Option<NaiveDate>,
}

fn load(n: usize, file: &PathBuf) -> Vec<Doc> {
    let Ok(text) = std::fs::read_to_string(file) else {
        eprintln!("cannot read {}", file.display());
        return Vec::new();
    };
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let Some(body) = v
            .get("body")
            .or_else(|| v.get("text"))
            .and_then(|t| t.as_str())
        else {
            continue;
        };
        let published = v
            .get("published")
            .and_then(|p| p.as_str())
            .and_then(|p| p.get(..10))
            .and_then(|p| NaiveDate::parse_from_str(p, "%Y-%m-%d").ok());
        let Ok(id) = DocumentId::from_hex(&format!("{:032x}{i:032x}", n)) else {
            continue;
        };
        out.push(Doc {
            id,
            body: body.to_string(),
            published,
        });
    }
    out
}

/// The calling thread's CPU time in seconds (the wall clock where there is
/// no thread clock).
fn clock() -> f64 {
    #[cfg(unix)]
    {
        let mut ts = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: `ts` is a valid, writable timespec; the clock id is a constant.
        if unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) } == 0 {
            return ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9;
        }
    }
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    START.get_or_init(Instant::now).elapsed().as_secs_f64()
}

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
        files = vec![crosscheck_testkit::repo_root().join("demo/read/reports.jsonl")];
    }
    let stories: Vec<Vec<Doc>> = files.iter().enumerate().map(|(n, f)| load(n, f)).collect();
    let bytes: usize = stories.iter().flatten().map(|d| d.body.len()).sum();
    if bytes == 0 {
        eprintln!("no bodies");
        return;
    }
    let mut parts = [0.0f64; 6];
    let mut digest = DefaultHasher::new();
    for round in 0..=repeat {
        for story in &stories {
            let mut all = Vec::with_capacity(story.len());
            let mut local = [0.0f64; 6];
            for doc in story {
                let body = doc.body.as_str();
                let t0 = clock();
                let sentences = crosscheck_read::sentences(body);
                let t1 = clock();
                let times = crosscheck_read::times(body, doc.published);
                let t2 = clock();
                let mentions = entities::mentions_in(body, &sentences);
                let t3 = clock();
                let quotes = crosscheck_read::quotes::quotes_in(body, &sentences);
                let t4 = clock();
                let numbers = crosscheck_read::numbers::quantities(body);
                let t5 = clock();
                for (i, d) in [t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4]
                    .iter()
                    .enumerate()
                {
                    local[i] += d;
                }
                if round == 0 {
                    format!("{sentences:?}{times:?}{mentions:?}{quotes:?}{numbers:?}")
                        .hash(&mut digest);
                }
                all.push(ArticleMentions {
                    article: &doc.id,
                    body,
                    mentions,
                });
            }
            let t0 = clock();
            let table = entities::resolve(&all);
            local[5] += clock() - t0;
            if round == 0 {
                format!("{:?}", table.entities()).hash(&mut digest);
            } else {
                // Round 0 warms the patterns up and is not timed.
                for (p, l) in parts.iter_mut().zip(local) {
                    *p += l;
                }
            }
        }
    }
    let total: f64 = parts.iter().sum();
    let mb = (bytes * repeat) as f64 / 1e6;
    println!(
        "read: {} bodies, {bytes} bytes x {repeat}: {:.2} MB/s (output digest {:016x})",
        stories.iter().map(Vec::len).sum::<usize>(),
        mb / total,
        digest.finish()
    );
    let names = [
        "sentences",
        "times",
        "mentions",
        "quotes",
        "numbers",
        "resolve",
    ];
    for (name, secs) in names.iter().zip(parts) {
        println!("  {name:<10} {secs:>7.3} s {:>8.2} MB/s", mb / secs);
    }
}
