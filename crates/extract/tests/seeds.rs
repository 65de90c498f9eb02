//! The seed scrapes (`../shared/corpus/seeds`) against their gold
//! (`tests/data/seeds/extract.json`, written by reading the scrapes; its
//! format is described in its `about` field).
//!
//! For each seed: the title (or, without a headline, a derived title with
//! `title_derived`), the subtitle, the publication date and where it came
//! from, outlet, byline, dateline, wire and language equal the gold; the body
//! starts and ends with the gold's short spans and has the gold's number of
//! paragraphs; every furniture span is out of the body and in `removed` with
//! the gold's reason (at least `count` times).
//!
//! The invented demo scrapes (`demo/scrapes`) are checked too, against facts
//! their README and PLANTED.md state.

use std::collections::BTreeMap;
use std::path::Path;

use crosscheck_extract::extract;
use crosscheck_ingest::{ingest_bytes, IngestOptions};
use crosscheck_types::{Article, ContentKind};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
struct Gold {
    seeds: BTreeMap<String, SeedGold>,
}

#[derive(Debug, Deserialize)]
struct Span {
    starts: String,
    ends: String,
    #[serde(default)]
    chars: Option<usize>,
}

#[derive(Debug, Deserialize)]
struct BodyGold {
    first: String,
    last: String,
    paragraphs: usize,
}

#[derive(Debug, Deserialize)]
struct Furniture {
    span: String,
    reason: String,
    count: usize,
}

#[derive(Debug, Deserialize)]
struct SeedGold {
    title: Option<Span>,
    title_source: String,
    derived_title_starts: Option<String>,
    subtitle: Option<Span>,
    published: Option<String>,
    published_source: Option<String>,
    outlet: Option<String>,
    byline: Option<String>,
    dateline: Option<String>,
    wire: Option<String>,
    language: Option<String>,
    body: BodyGold,
    furniture: Vec<Furniture>,
}

fn gold() -> Gold {
    let path = crosscheck_testkit::test_data_dir().join("seeds/extract.json");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("{} is not valid gold: {e}", path.display()))
}

fn extract_file(path: &Path) -> Article {
    let bytes =
        std::fs::read(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let source = path.display().to_string();
    let ingested = ingest_bytes(&source, &bytes, &IngestOptions::default());
    assert_eq!(
        ingested.documents.len(),
        1,
        "{source}: {:?}",
        ingested.problems
    );
    let doc = &ingested.documents[0];
    assert_eq!(
        doc.kind,
        ContentKind::Text,
        "{source} should be sniffed as text"
    );
    extract(doc)
}

fn snake<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

fn check_span(errors: &mut Vec<String>, what: &str, want: &Option<Span>, got: &Option<String>) {
    match (want, got) {
        (None, None) => {}
        (Some(w), Some(g)) => {
            if !g.starts_with(&w.starts) || !g.ends_with(&w.ends) {
                errors.push(format!(
                    "{what}: {g:?} should run from {:?} to {:?}",
                    w.starts, w.ends
                ));
            }
            if let Some(chars) = w.chars {
                if g.chars().count() != chars {
                    errors.push(format!("{what}: {} chars, gold {chars}", g.chars().count()));
                }
            }
        }
        (w, g) => errors.push(format!("{what}: got {g:?}, gold {w:?}")),
    }
}

fn check_seed(name: &str, gold: &SeedGold, a: &Article) -> Vec<String> {
    let mut errors = Vec::new();
    let mut eq = |what: &str, want: Option<&str>, got: Option<&str>| {
        if want != got {
            errors.push(format!("{what}: got {got:?}, gold {want:?}"));
        }
    };
    let published = a.published.map(|p| p.date.to_string());
    let published_source = a.published.map(|p| snake(&p.source));
    let title_source = a.title_source.map(|s| snake(&s));
    eq("published", gold.published.as_deref(), published.as_deref());
    eq(
        "published source",
        gold.published_source.as_deref(),
        published_source.as_deref(),
    );
    eq("outlet", gold.outlet.as_deref(), a.outlet.as_deref());
    eq("byline", gold.byline.as_deref(), a.byline.as_deref());
    eq("dateline", gold.dateline.as_deref(), a.dateline.as_deref());
    eq("wire", gold.wire.as_deref(), a.wire.as_deref());
    eq("language", gold.language.as_deref(), a.language.as_deref());
    eq(
        "title source",
        Some(gold.title_source.as_str()),
        title_source.as_deref(),
    );

    match &gold.derived_title_starts {
        Some(start) => {
            if !a.title_derived {
                errors.push("title_derived should be true".into());
            }
            match &a.title {
                Some(t) if t.starts_with(start.as_str()) => {}
                t => errors.push(format!("derived title {t:?} should start with {start:?}")),
            }
        }
        None => {
            if a.title_derived {
                errors.push("title_derived should be false".into());
            }
            check_span(&mut errors, "title", &gold.title, &a.title);
        }
    }
    check_span(&mut errors, "subtitle", &gold.subtitle, &a.subtitle);

    // The body: its first and last words, and no paragraph lost.
    if !a.body.starts_with(&gold.body.first) {
        let head: String = a.body.chars().take(80).collect();
        errors.push(format!(
            "body should start with {:?}, starts {head:?}",
            gold.body.first
        ));
    }
    if !a.body.ends_with(&gold.body.last) {
        let tail: String = a
            .body
            .chars()
            .rev()
            .take(80)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        errors.push(format!(
            "body should end with {:?}, ends {tail:?}",
            gold.body.last
        ));
    }
    let paragraphs = a
        .body
        .split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .count();
    if paragraphs != gold.body.paragraphs {
        errors.push(format!(
            "body has {paragraphs} paragraphs, gold {}",
            gold.body.paragraphs
        ));
    }
    if a.body.split("\n\n").any(|p| p != p.trim() || p.is_empty()) {
        errors.push("body paragraphs should be trimmed and non-empty".into());
    }

    // Furniture: out of the body, in `removed` with its reason.
    for f in &gold.furniture {
        if a.body.contains(&f.span) {
            errors.push(format!("{:?} ({}) is in the body", f.span, f.reason));
        }
        let hits = a
            .removed
            .iter()
            .filter(|r| r.reason.as_str() == f.reason && r.text.contains(&f.span))
            .count();
        if hits < f.count {
            let seen: Vec<String> = a
                .removed
                .iter()
                .filter(|r| r.text.contains(&f.span))
                .map(|r| {
                    format!(
                        "{}: {:?}",
                        r.reason,
                        r.text.chars().take(50).collect::<String>()
                    )
                })
                .collect();
            errors.push(format!(
                "{:?}: {hits} removed as {}, gold {}; removed as: {seen:?}",
                f.span, f.reason, f.count
            ));
        }
    }
    errors.into_iter().map(|e| format!("{name}: {e}")).collect()
}

#[test]
fn seeds_match_gold() {
    let gold = gold();
    let files = crosscheck_testkit::seed_files();
    assert!(!files.is_empty(), "no seed files");
    let mut errors = Vec::new();
    let mut seen = Vec::new();
    for path in &files {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let Some(g) = gold.seeds.get(&name) else {
            errors.push(format!("{name}: no gold entry"));
            continue;
        };
        seen.push(name.clone());
        let article = extract_file(path);
        errors.extend(check_seed(&name, g, &article));
    }
    for name in gold.seeds.keys() {
        if !seen.contains(name) {
            errors.push(format!("{name}: gold entry without a seed file"));
        }
    }
    assert!(
        errors.is_empty(),
        "{} problems:\n{}",
        errors.len(),
        errors.join("\n")
    );
}

#[test]
fn seeds_without_headline_get_derived_titles() {
    for path in crosscheck_testkit::seed_files() {
        let a = extract_file(&path);
        let title = a.title.as_deref().unwrap_or_default();
        assert!(
            !title.is_empty(),
            "{}: every seed gets a title",
            path.display()
        );
        if a.title_derived {
            assert!(
                title.chars().count() <= 111,
                "{}: {title:?}",
                path.display()
            );
            assert!(
                !title.contains(':'),
                "{}: derived title keeps its dateline: {title:?}",
                path.display()
            );
        }
    }
}

#[test]
fn seeds_extract_deterministically() {
    for path in crosscheck_testkit::seed_files() {
        assert_eq!(
            extract_file(&path),
            extract_file(&path),
            "{}",
            path.display()
        );
    }
}

/// A demo scrape's expectations: file, title start (`None`: no headline),
/// published, dateline, wire, outlet.
type DemoCase<'a> = (
    &'a str,
    Option<&'a str>,
    &'a str,
    &'a str,
    Option<&'a str>,
    &'a str,
);

/// The invented demo scrapes: facts stated by `demo/PLANTED.md`.
#[test]
fn demo_scrapes() {
    let dir = crosscheck_testkit::repo_root().join("demo/scrapes");
    let cases: &[DemoCase] = &[
        (
            "riverside-observer-orrin-round1.txt",
            None,
            "2026-03-12",
            "SANMERE",
            None,
            "Riverside Observer",
        ),
        (
            "southern-gazette-orrin-round2.txt",
            Some("Orrin deal: Norvane agrees"),
            "2026-03-20",
            "KARVIK",
            Some("MPA"),
            "Southern Gazette",
        ),
        (
            "valley-times-orrin-farmers.txt",
            Some("Farmers cautiously welcome"),
            "2026-03-21",
            "SANMERE",
            None,
            "Valley Times",
        ),
        (
            "karvik-metro-port-vote.txt",
            Some("Dockworkers back work-to-rule"),
            "2026-03-23",
            "KARVIK",
            None,
            "Karvik Metro",
        ),
    ];
    let mut errors = Vec::new();
    for (file, title, published, dateline, wire, outlet) in cases {
        let path = dir.join(file);
        if !path.is_file() {
            continue;
        }
        let a = extract_file(&path);
        let mut err = |e: String| errors.push(format!("{file}: {e}"));
        match title {
            Some(t) if a.title.as_deref().is_some_and(|x| x.starts_with(t)) && !a.title_derived => {
            }
            None if a.title_derived => {}
            _ => err(format!("title {:?} derived={}", a.title, a.title_derived)),
        }
        if a.published.map(|p| p.date.to_string()).as_deref() != Some(*published) {
            err(format!("published {:?}", a.published));
        }
        if a.dateline.as_deref() != Some(*dateline) {
            err(format!("dateline {:?}", a.dateline));
        }
        if a.wire.as_deref() != *wire {
            err(format!("wire {:?}", a.wire));
        }
        if a.outlet.as_deref() != Some(*outlet) {
            err(format!("outlet {:?}", a.outlet));
        }
        if !a.body.starts_with(dateline) {
            err(format!(
                "body should open with the dateline: {:?}",
                a.body.chars().take(40).collect::<String>()
            ));
        }
        for furniture in [
            "Also Read",
            "Share on WhatsApp",
            "Advertisement",
            "Photo:",
            "date 2026",
        ] {
            if a.body.contains(furniture) {
                err(format!("{furniture:?} left in the body"));
            }
        }
        let last = a.body.rsplit("\n\n").next().unwrap_or_default();
        if !last.ends_with('.') {
            err(format!("last paragraph should be prose: {last:?}"));
        }
    }
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

/// Prints what extraction made of each seed and demo scrape (removed blocks
/// cut to 60 characters). Run with
/// `cargo test -p crosscheck-extract --test seeds show -- --ignored --nocapture`.
#[test]
#[ignore = "prints for a person to read"]
fn show() {
    let mut files = crosscheck_testkit::seed_files();
    if let Ok(dir) = std::fs::read_dir(crosscheck_testkit::repo_root().join("demo/scrapes")) {
        let mut demo: Vec<_> = dir.filter_map(|e| e.ok().map(|e| e.path())).collect();
        demo.sort();
        files.extend(demo);
    }
    for path in files {
        let a = extract_file(&path);
        println!("=== {}", path.display());
        println!(
            "title {:?} ({:?}, derived {})\nsubtitle {:?}\npublished {:?}\noutlet {:?} byline {:?} dateline {:?} wire {:?} language {:?}",
            a.title, a.title_source, a.title_derived, a.subtitle, a.published, a.outlet, a.byline, a.dateline, a.wire, a.language
        );
        for p in a.body.split("\n\n") {
            println!("  | {}", p.chars().take(60).collect::<String>());
        }
        for r in &a.removed {
            println!(
                "  - {}: {:?}",
                r.reason,
                r.text.chars().take(60).collect::<String>()
            );
        }
    }
}

/// Prints the common metadata read on the benchmark's HTML pages (dateline,
/// wire, byline, outlet, date source, title source), to eyeball false
/// positives of the shape rules on real pages. Run with
/// `cargo test -p crosscheck-extract --test seeds show_benchmark_metadata -- --ignored --nocapture`.
#[test]
#[ignore = "prints for a person to read"]
fn show_benchmark_metadata() {
    let dir = crosscheck_testkit::shared_dir().join("eval/article-extraction/html");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    let mut files: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    files.sort();
    for path in files {
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let ingested = ingest_bytes(
            &path.display().to_string(),
            &bytes,
            &IngestOptions::default(),
        );
        for doc in &ingested.documents {
            let a = extract(doc);
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            println!(
                "{} | dl {:?} | wire {:?} | by {:?} | outlet {:?} | date {:?} | title {:?} {:?} | lang {:?} | removed-meta {:?}",
                name.get(..12).unwrap_or(&name),
                a.dateline,
                a.wire,
                a.byline,
                a.outlet,
                a.published.map(|p| (p.date.to_string(), snake(&p.source))),
                a.title_source.map(|s| snake(&s)),
                a.title.as_deref().map(|t| t.chars().take(40).collect::<String>()),
                a.language,
                a.removed
                    .iter()
                    .filter(|r| matches!(r.reason.as_str(), "byline" | "wire_credit"))
                    .map(|r| r.text.chars().take(40).collect::<String>())
                    .collect::<Vec<_>>()
            );
        }
    }
}
