//! The cross-check through the command line, end to end (ingest, cluster,
//! read, cross-check): `eval crosscheck` on the invented demo corpus meets
//! the bar, on the five seed reports it raises no false conflict
//! and keeps the recall floors reached so far, and on both every source of
//! every finding `show` prints is a real sentence of its article's body.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use common::{crosscheck, json, run};
use serde_json::Value;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn ingest(db: &Path, input: &Path) {
    let out = run(crosscheck(db).arg("ingest").arg(input));
    assert!(out.status.success(), "{out:?}");
}

fn eval(db: &Path, gold: &Path) -> Value {
    let out = run(crosscheck(db)
        .args(["eval", "crosscheck", "--format", "json", "--gold"])
        .arg(gold));
    assert!(out.status.success(), "{out:?}");
    json(&out)
}

fn found(report: &Value, kind: &str) -> u64 {
    report[kind]["found"].as_u64().expect("a found count")
}

/// Each article's body, as `article ID --format json` prints it.
fn bodies(db: &Path, ids: impl Iterator<Item = String>) -> BTreeMap<String, String> {
    ids.map(|id| {
        let out = run(crosscheck(db).args(["article", &id, "--format", "json"]));
        assert!(out.status.success(), "{out:?}");
        let body = json(&out)["body"].as_str().expect("a body").to_owned();
        (id, body)
    })
    .collect()
}

/// Every source of every finding of every story: its article is one of
/// the event's, and `start..end` of the article's body is exactly the
/// sentence printed, a non-empty run of text without surrounding blanks.
/// Returns how many sources were checked.
fn assert_sources_are_sentences(db: &Path) -> usize {
    let out = run(crosscheck(db).args(["stories", "--format", "json"]));
    assert!(out.status.success(), "{out:?}");
    let stories = json(&out);
    let mut checked = 0;
    for story in stories.as_array().expect("stories") {
        let id = story["id"].as_str().expect("story id");
        let out = run(crosscheck(db).args(["show", id, "--format", "json"]));
        assert!(out.status.success(), "{out:?}");
        let shown = json(&out);
        let ids = story["articles"]
            .as_array()
            .expect("articles")
            .iter()
            .map(|a| a.as_str().expect("article id").to_owned());
        let bodies = bodies(db, ids);
        for event in shown["events"].as_array().expect("events") {
            let members: Vec<&str> = event["articles"]
                .as_array()
                .expect("event articles")
                .iter()
                .filter_map(Value::as_str)
                .collect();
            for finding in event["findings"].as_array().expect("findings") {
                let sources = finding["sources"].as_array().expect("sources");
                assert!(!sources.is_empty(), "a finding without sources: {finding}");
                // Only a date conflict of the order of rounds (an earlier
                // round dated after a later one) cites other events of the
                // story; it still cites its own event.
                let order = finding["kind"] == "conflict" && finding["slot"] == "date";
                assert!(
                    sources
                        .iter()
                        .any(|s| s["article"].as_str().is_some_and(|a| members.contains(&a))),
                    "no source in its event: {finding}"
                );
                for s in sources {
                    let article = s["article"].as_str().expect("source article");
                    assert!(
                        members.contains(&article) || (order && bodies.contains_key(article)),
                        "source outside its event: {s}"
                    );
                    let start = s["start"].as_u64().expect("start") as usize;
                    let end = s["end"].as_u64().expect("end") as usize;
                    let sentence = s["sentence"].as_str().expect("sentence");
                    assert!(!sentence.trim().is_empty(), "empty sentence: {s}");
                    assert_eq!(sentence, sentence.trim(), "sentence with blanks: {s}");
                    assert_eq!(
                        bodies[article].get(start..end),
                        Some(sentence),
                        "offsets {start}..{end} are not the sentence: {s}"
                    );
                    checked += 1;
                }
            }
        }
    }
    checked
}

#[test]
fn demo_meets_the_bar_and_cites_real_sentences() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    let demo = repo().join("demo/crosscheck");
    ingest(&db, &demo.join("reports.jsonl"));
    let report = eval(&db, &demo.join("gold.json"));
    assert_eq!(report["meets_bar"], true, "{report}");
    assert!(
        report["conflicts"]["recall"].as_f64().unwrap() >= 0.9,
        "{report}"
    );
    assert!(report["false_conflicts"].as_u64().unwrap() <= 1, "{report}");
    assert_eq!(
        report["conflicts_on_non_conflicts"],
        Value::Array(vec![]),
        "{report}"
    );
    assert_eq!(
        report["copy_only_counted_as_corroborated"],
        Value::Array(vec![]),
        "{report}"
    );
    assert!(found(&report, "corroborated") >= 15, "{report}");
    assert!(found(&report, "exclusive") >= 9, "{report}");
    // Exclusives stay precise: a few more findings than gold claims.
    assert!(
        report["exclusive"]["findings"].as_u64().unwrap() <= 18,
        "{report}"
    );
    assert!(found(&report, "quote_variants") >= 4, "{report}");
    assert!(assert_sources_are_sentences(&db) > 50);
}

#[test]
fn seeds_no_false_conflict_floors_and_real_sentences() {
    let seeds = crosscheck_testkit::shared_dir().join("corpus/seeds");
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("seeds.db");
    ingest(&db, &seeds);
    let report = eval(&db, &repo().join("tests/data/seeds/crosscheck.json"));
    assert_eq!(report["false_conflicts"], 0, "{report}");
    assert_eq!(
        report["conflicts_on_non_conflicts"],
        Value::Array(vec![]),
        "{report}"
    );
    // The bar: every gold conflict and every quote variant found.
    assert_eq!(
        report["conflicts"]["found"], report["conflicts"]["gold"],
        "{report}"
    );
    assert_eq!(
        report["quote_variants"]["found"], report["quote_variants"]["gold"],
        "{report}"
    );
    // Floors reached so far where the issue sets no bar.
    assert!(
        found(&report, "corroborated") >= FLOOR_CORROBORATED,
        "{report}"
    );
    assert!(found(&report, "exclusive") >= FLOOR_EXCLUSIVE, "{report}");
    assert!(
        report["exclusive"]["findings"].as_u64().unwrap() <= MAX_EXCLUSIVE_FINDINGS,
        "{report}"
    );
    assert!(assert_sources_are_sentences(&db) > 50);
}

/// Seed floors: gold corroborated claims found (of 29).
const FLOOR_CORROBORATED: u64 = 19;
/// Seed floors: gold exclusives found (of 21).
const FLOOR_EXCLUSIVE: u64 = 14;
/// Seed ceiling: exclusive findings (21 gold claims; an exclusive only
/// when no other group says anything near it).
const MAX_EXCLUSIVE_FINDINGS: u64 = 45;

/// The conflicts of one event of `show --format json`: (slot, the sides'
/// values, each cut to its first word: "45 cubic metre per second" → "45"),
/// sorted.
fn event_conflicts(event: &Value) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = event["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["kind"] == "conflict")
        .map(|f| {
            let mut values: Vec<String> = f["sources"]
                .as_array()
                .expect("sources")
                .iter()
                .filter_map(|s| s["value"].as_str())
                .flat_map(|v| v.split(" = "))
                // The number of "at least 45 ...", else the first word.
                .filter_map(|v| {
                    let mut words = v.split_whitespace();
                    v.split_whitespace()
                        .find(|w| w.starts_with(|c: char| c.is_ascii_digit()))
                        .or_else(|| words.next())
                })
                .map(str::to_owned)
                .collect();
            values.sort();
            values.dedup();
            (f["slot"].as_str().unwrap_or("").to_owned(), values)
        })
        .collect();
    out.sort();
    out
}

/// The README's main demo (demo/reports, planted facts in
/// demo/PLANTED.md): the conflicts `show` lists are exactly the planted
/// ones and what follows from them, by slot and values: round 1 lasted
/// four days or three (so it opened on 9 or 10 March), its committee has 12
/// engineers or 10; round 2's minimum flow is 40 or 45, and one quote is
/// Varga's or Reyner's. A demand against an offer, a reading of last
/// August, a 1987 signing, a venue in its city, canals against the river's
/// length, a host against a chair, a country against its minister: none is
/// a conflict. The port wage talks (distractor story) have none.
#[test]
fn demo_reports_conflicts_are_exactly_the_planted_ones() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("reports.db");
    ingest(&db, &repo().join("demo/reports"));
    let out = run(crosscheck(&db).args(["show", "--format", "json"]));
    assert!(out.status.success(), "{out:?}");
    let shown = json(&out);
    let s = |v: &[&str]| v.iter().map(|x| (*x).to_owned()).collect::<Vec<String>>();
    let mut round1 = vec![
        ("count".to_owned(), s(&["10", "12"])),
        ("date".to_owned(), s(&["2026-03-09", "2026-03-10"])),
        ("duration".to_owned(), s(&["P3D", "P4D"])),
    ];
    round1.sort();
    let round2 = vec![
        ("count".to_owned(), s(&["40", "45"])),
        (
            "speaker".to_owned(),
            s(&["person:ilse-varga", "person:tomas-reyner"]),
        ),
    ];
    let mut seen = Vec::new();
    for story in shown.as_array().expect("stories") {
        for event in story["events"].as_array().expect("events") {
            let found = event_conflicts(event);
            if !found.is_empty() {
                seen.push(found);
            }
        }
    }
    seen.sort();
    let mut want = vec![round1, round2];
    want.sort();
    assert_eq!(seen, want, "conflicts by event (slot, values)");
}
