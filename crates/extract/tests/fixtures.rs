//! Extraction fixtures: invented HTML pages with hand-marked gold.
//!
//! Each case is `tests/data/extract/<case>.html` beside `<case>.expected.json`
//! (the conventions are in `tests/data/extract/README.md`). A case's page is
//! decoded by ingest (so the declared encoding is honoured, as in real use),
//! extracted, and compared with the gold:
//!
//! - `title`, `published`, `outlet`, `byline` and `language` must be equal;
//! - every gold paragraph must be a paragraph of the body (whitespace
//!   normalised), and no `not_in_body` string may occur in the body.
//!
//! Each case is its own test, so `cargo test --test fixtures live_blog` runs
//! one. `fixture_scores` prints paragraph-level precision and recall for every
//! case without failing (see them with
//! `cargo test -p crosscheck-extract --test fixtures fixture_scores -- --nocapture`),
//! and checks that every page in the folder has a test.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::PathBuf;

use crosscheck_extract::extract;
use crosscheck_ingest::{ingest_bytes, IngestOptions};
use crosscheck_types::{Article, ContentKind};
use serde::Deserialize;

/// The cases, one test each. Keep in step with the folder: `fixture_scores`
/// fails when a page has no entry here.
const CASES: &[&str] = &[
    "newspaper-jsonld",
    "blog-post",
    "wire-service",
    "live-blog",
    "table-blockquote-cp1252",
    "subheadings-list",
    "nested-divs",
    "long-comments",
    "mega-menu",
    "figure-caption",
    "russian-cp1251",
    "japanese-shift-jis",
];

macro_rules! fixture_tests {
    ($($name:ident => $case:literal,)*) => {
        $(
            #[test]
            fn $name() {
                check_case($case);
            }
        )*
    };
}

fixture_tests! {
    newspaper_jsonld => "newspaper-jsonld",
    blog_post => "blog-post",
    wire_service => "wire-service",
    live_blog => "live-blog",
    table_blockquote_cp1252 => "table-blockquote-cp1252",
    subheadings_list => "subheadings-list",
    nested_divs => "nested-divs",
    long_comments => "long-comments",
    mega_menu => "mega-menu",
    figure_caption => "figure-caption",
    russian_cp1251 => "russian-cp1251",
    japanese_shift_jis => "japanese-shift-jis",
}

/// A case's gold, as `<case>.expected.json` has it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expected {
    title: Option<String>,
    published: Option<String>,
    outlet: Option<String>,
    byline: Option<String>,
    language: Option<String>,
    body_paragraphs: Vec<String>,
    not_in_body: Vec<String>,
}

/// How an extracted article compares with its gold.
struct Outcome {
    case: String,
    /// `field: expected …, got …` lines.
    metadata: Vec<String>,
    /// Gold paragraphs not among the body's paragraphs, each with a hint of
    /// where its text went.
    missing: Vec<String>,
    /// Body paragraphs that are not gold paragraphs.
    extra: Vec<String>,
    /// `not_in_body` strings found in the body.
    furniture: Vec<String>,
    /// Gold paragraphs that are present but not in the gold's order.
    out_of_order: bool,
    /// Body paragraphs that are gold paragraphs.
    matched: usize,
    /// Paragraphs in the body.
    extracted: usize,
    /// Paragraphs in the gold.
    gold: usize,
}

impl Outcome {
    fn passed(&self) -> bool {
        self.metadata.is_empty() && self.missing.is_empty() && self.furniture.is_empty()
    }

    fn precision(&self) -> f64 {
        ratio(self.matched, self.extracted)
    }

    fn recall(&self) -> f64 {
        ratio(self.gold - self.missing.len(), self.gold)
    }

    /// The failure report: every difference, each on its own line.
    fn report(&self) -> String {
        let mut out = format!(
            "extraction fixture `{}` (tests/data/extract/{}.html): paragraph precision {:.2}, recall {:.2} ({} of {} body paragraphs are gold; {} of {} gold paragraphs found)\n",
            self.case,
            self.case,
            self.precision(),
            self.recall(),
            self.matched,
            self.extracted,
            self.gold - self.missing.len(),
            self.gold,
        );
        if !self.metadata.is_empty() {
            out.push_str("\nmetadata differs:\n");
            for line in &self.metadata {
                let _ = writeln!(out, "  {line}");
            }
        }
        if !self.missing.is_empty() {
            let _ = writeln!(
                out,
                "\ngold paragraphs missing from the body ({}):",
                self.missing.len()
            );
            for line in &self.missing {
                let _ = writeln!(out, "  - {line}");
            }
        }
        if !self.furniture.is_empty() {
            out.push_str("\npage furniture found in the body:\n");
            for line in &self.furniture {
                let _ = writeln!(out, "  - {line}");
            }
        }
        if !self.extra.is_empty() {
            let _ = writeln!(
                out,
                "\nbody paragraphs that are not gold (they lower precision; not a failure by themselves) ({}):",
                self.extra.len()
            );
            for line in &self.extra {
                let _ = writeln!(out, "  + {}", clip(line));
            }
        }
        if self.out_of_order {
            out.push_str("\nnote: the gold paragraphs found are not in the page's order\n");
        }
        out
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        1.0
    } else {
        part as f64 / whole as f64
    }
}

fn data_dir() -> PathBuf {
    crosscheck_testkit::test_data_dir().join("extract")
}

/// Runs one case and panics with its report when it does not meet the gold.
fn check_case(case: &str) {
    let outcome = run_case(case);
    eprintln!(
        "{case}: precision {:.2}, recall {:.2}",
        outcome.precision(),
        outcome.recall()
    );
    assert!(outcome.passed(), "{}", outcome.report());
}

/// Ingests, extracts and compares one case.
fn run_case(case: &str) -> Outcome {
    let dir = data_dir();
    let page = dir.join(format!("{case}.html"));
    let gold = dir.join(format!("{case}.expected.json"));
    let bytes =
        std::fs::read(&page).unwrap_or_else(|e| panic!("cannot read {}: {e}", page.display()));
    let gold_text = std::fs::read_to_string(&gold)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", gold.display()));
    let expected: Expected = serde_json::from_str(&gold_text)
        .unwrap_or_else(|e| panic!("{} is not a valid gold file: {e}", gold.display()));

    let source = format!("tests/data/extract/{case}.html");
    let ingested = ingest_bytes(&source, &bytes, &IngestOptions::default());
    assert!(
        ingested.documents.len() == 1,
        "{case}: ingest should give exactly one document, gave {}; problems: {:#?}",
        ingested.documents.len(),
        ingested.problems
    );
    let doc = &ingested.documents[0];
    assert_eq!(
        doc.kind,
        ContentKind::Html,
        "{case}: ingest should sniff an HTML page (encoding {}, warnings {:?})",
        doc.encoding,
        doc.warnings
    );
    let article = extract(doc);
    compare(case, &expected, &article)
}

/// Compares an article with its gold.
fn compare(case: &str, expected: &Expected, article: &Article) -> Outcome {
    let mut metadata = Vec::new();
    let published = article.published.map(|p| p.date.to_string());
    for (field, want, got) in [
        ("title", &expected.title, &article.title),
        ("published", &expected.published, &published),
        ("outlet", &expected.outlet, &article.outlet),
        ("byline", &expected.byline, &article.byline),
        ("language", &expected.language, &article.language),
    ] {
        if want != got {
            let mut line = format!("{field}: expected {want:?}, got {got:?}");
            if field == "published" {
                if let Some(p) = article.published {
                    let _ = write!(line, " (read from {:?})", p.source);
                }
            }
            metadata.push(line);
        }
    }

    let body = paragraphs(&article.body);
    let gold: Vec<String> = expected
        .body_paragraphs
        .iter()
        .map(|p| normalise(p))
        .collect();

    // Paragraphs are matched as multisets: a gold paragraph that occurs twice
    // must occur twice in the body.
    let mut available: HashMap<&str, usize> = HashMap::new();
    for p in &body {
        *available.entry(p.as_str()).or_default() += 1;
    }
    let mut missing = Vec::new();
    let mut found_at = Vec::new();
    for g in &gold {
        match available.get_mut(g.as_str()) {
            Some(n) if *n > 0 => {
                *n -= 1;
                found_at.push(body.iter().position(|p| p == g).unwrap_or(0));
            }
            _ => missing.push(explain_missing(g, &body, article)),
        }
    }
    let out_of_order = found_at.windows(2).any(|w| w[0] > w[1]);

    let mut gold_left: HashMap<&str, usize> = HashMap::new();
    for g in &gold {
        *gold_left.entry(g.as_str()).or_default() += 1;
    }
    let mut matched = 0;
    let mut extra = Vec::new();
    for p in &body {
        match gold_left.get_mut(p.as_str()) {
            Some(n) if *n > 0 => {
                *n -= 1;
                matched += 1;
            }
            _ => extra.push(p.clone()),
        }
    }

    let flat = normalise(&article.body);
    let furniture = expected
        .not_in_body
        .iter()
        .map(|s| normalise(s))
        .filter(|s| flat.contains(s.as_str()))
        .map(|s| {
            let holder = body
                .iter()
                .find(|p| p.contains(s.as_str()))
                .map(|p| format!(" (in body paragraph: {})", clip(p)))
                .unwrap_or_default();
            format!("{s:?}{holder}")
        })
        .collect();

    Outcome {
        case: case.to_owned(),
        metadata,
        missing,
        extra,
        furniture,
        out_of_order,
        matched,
        extracted: body.len(),
        gold: gold.len(),
    }
}

/// Says where a missing gold paragraph's text went, to point at the cause.
fn explain_missing(gold: &str, body: &[String], article: &Article) -> String {
    let shown = clip(gold);
    if let Some(p) = body.iter().find(|p| p.contains(gold)) {
        return format!(
            "{shown}\n      merged into a longer body paragraph: {}",
            clip(p)
        );
    }
    if let Some(p) = body
        .iter()
        .find(|p| p.chars().count() >= 20 && gold.contains(p.as_str()))
    {
        return format!(
            "{shown}\n      split: the body has only a piece of it: {}",
            clip(p)
        );
    }
    for block in &article.removed {
        let text = normalise(&block.text);
        if text == gold {
            return format!("{shown}\n      removed as {}", block.reason);
        }
        if text.contains(gold) {
            return format!(
                "{shown}\n      removed as {}, inside a larger block: {}",
                block.reason,
                clip(&text)
            );
        }
        if text.chars().count() >= 20 && gold.contains(text.as_str()) {
            return format!(
                "{shown}\n      partly removed as {}: {}",
                block.reason,
                clip(&text)
            );
        }
    }
    if let Some(p) = body.iter().max_by_key(|p| shared_words(gold, p)) {
        if shared_words(gold, p) * 2 >= gold.split(' ').count() {
            return format!("{shown}\n      closest body paragraph differs: {}", clip(p));
        }
    }
    format!("{shown}\n      not in the body nor in the removed blocks")
}

/// How many of `a`'s words occur in `b`.
fn shared_words(a: &str, b: &str) -> usize {
    let words: std::collections::HashSet<&str> = b.split(' ').collect();
    a.split(' ').filter(|w| words.contains(w)).count()
}

/// The body's paragraphs (blocks separated by blank lines), whitespace normalised.
fn paragraphs(body: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for line in body.lines() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                out.push(normalise(&current));
                current.clear();
            }
        } else {
            current.push(' ');
            current.push_str(line);
        }
    }
    if !current.trim().is_empty() {
        out.push(normalise(&current));
    }
    out
}

/// Runs of whitespace become one space; the ends are trimmed.
fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A long string cut to a readable length, on a character boundary.
fn clip(text: &str) -> String {
    const MAX: usize = 110;
    if text.chars().count() <= MAX {
        format!("{text:?}")
    } else {
        let head: String = text.chars().take(MAX).collect();
        format!("{head:?}…")
    }
}

/// Prints every case's scores in one table; fails only when a page in the
/// folder has no test or a gold file is missing.
#[test]
fn fixture_scores() {
    let dir = data_dir();
    let mut pages: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok())
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            name.strip_suffix(".html").map(str::to_owned)
        })
        .collect();
    pages.sort();
    let untested: Vec<&String> = pages
        .iter()
        .filter(|p| !CASES.contains(&p.as_str()))
        .collect();
    assert!(
        untested.is_empty(),
        "pages in {} without a test (add them to CASES and fixture_tests!): {untested:?}",
        dir.display()
    );
    for case in CASES {
        assert!(
            dir.join(format!("{case}.expected.json")).is_file(),
            "{case}: {case}.expected.json is missing"
        );
    }

    let mut table = String::from(
        "\ncase                        precision  recall  metadata  furniture  result\n",
    );
    let (mut p_sum, mut r_sum, mut passed) = (0.0, 0.0, 0);
    for case in CASES {
        let outcome = run_case(case);
        p_sum += outcome.precision();
        r_sum += outcome.recall();
        passed += usize::from(outcome.passed());
        let _ = writeln!(
            table,
            "{case:<27} {:>9.2} {:>7.2} {:>9} {:>10}  {}",
            outcome.precision(),
            outcome.recall(),
            if outcome.metadata.is_empty() {
                "ok".to_owned()
            } else {
                format!("{} off", outcome.metadata.len())
            },
            outcome.furniture.len(),
            if outcome.passed() { "pass" } else { "FAIL" },
        );
    }
    let n = CASES.len() as f64;
    let _ = writeln!(
        table,
        "{:<27} {:>9.2} {:>7.2}   {passed} of {} cases pass",
        "mean",
        p_sum / n,
        r_sum / n,
        CASES.len()
    );
    eprintln!("{table}");
}
