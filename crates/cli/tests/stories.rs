//! Stories and events through the command line: `stories` keeps the
//! DESIGN.md contract, `show` cites real sentences, `recluster` rebuilds the
//! same stories, and `eval cluster` scores the invented demo corpus against
//! its gold. On the seeds: one story.

mod common;

use std::collections::{BTreeMap, BTreeSet};
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

fn stories(db: &Path) -> Value {
    let out = run(crosscheck(db).args(["stories", "--format", "json"]));
    assert!(out.status.success(), "{out:?}");
    json(&out)
}

/// Every stored article is in exactly one story and in one event of it, and
/// each story lists exactly its events' articles.
fn assert_contract(stories: &Value, articles: &BTreeSet<String>) {
    let mut seen = BTreeSet::new();
    for story in stories.as_array().expect("an array of stories") {
        assert!(
            story["id"].is_string() && story["title"].is_string(),
            "{story}"
        );
        let listed: BTreeSet<String> = strings(&story["articles"]);
        let mut in_events = BTreeSet::new();
        for event in story["events"].as_array().expect("events") {
            for key in ["id", "label", "start", "end", "articles"] {
                assert!(event.get(key).is_some(), "event without {key}: {event}");
            }
            for a in strings(&event["articles"]) {
                assert!(in_events.insert(a.clone()), "{a} in two events");
            }
        }
        assert_eq!(
            listed, in_events,
            "story {} lists other articles than its events",
            story["id"]
        );
        for a in listed {
            assert!(seen.insert(a.clone()), "{a} in two stories");
        }
    }
    assert_eq!(&seen, articles, "every article in exactly one story");
}

fn strings(v: &Value) -> BTreeSet<String> {
    v.as_array()
        .expect("an array")
        .iter()
        .map(|s| s.as_str().expect("a string").to_owned())
        .collect()
}

fn article_bodies(db: &Path) -> BTreeMap<String, String> {
    let out = run(crosscheck(db).args(["articles", "--format", "json"]));
    assert!(out.status.success());
    json(&out)
        .as_array()
        .expect("articles")
        .iter()
        .map(|a| {
            (
                a["id"].as_str().expect("id").to_owned(),
                a["body"].as_str().expect("body").to_owned(),
            )
        })
        .collect()
}

/// `show` for every story: each placement's sentence is the body's text at
/// its offsets, and every article of an event is placed.
fn assert_show_cites_real_sentences(db: &Path, stories: &Value, bodies: &BTreeMap<String, String>) {
    for story in stories.as_array().expect("stories") {
        let id = story["id"].as_str().expect("id");
        let out = run(crosscheck(db).args(["show", id, "--format", "json"]));
        assert!(out.status.success(), "{out:?}");
        let shown = json(&out);
        assert_eq!(shown["story"]["id"], id);
        for event in shown["events"].as_array().expect("events") {
            let placed: BTreeSet<String> = event["placements"]
                .as_array()
                .expect("placements")
                .iter()
                .map(|p| {
                    let article = p["article"].as_str().expect("article");
                    let (start, end) = (p["start"].as_u64().unwrap(), p["end"].as_u64().unwrap());
                    let body = &bodies[article];
                    let sentence = p["sentence"].as_str().expect("sentence");
                    assert!(!sentence.is_empty(), "empty placing sentence: {p}");
                    assert_eq!(
                        body.get(start as usize..end as usize),
                        Some(sentence),
                        "{p}"
                    );
                    article.to_owned()
                })
                .collect();
            assert_eq!(placed, strings(&event["articles"]), "every report placed");
            for t in event["times"].as_array().expect("times") {
                // A time of the headline, standfirst or date line points into
                // that header, not into the body.
                if t["part"] != "body" {
                    continue;
                }
                let article = t["article"].as_str().expect("article");
                let (start, end) = (t["start"].as_u64().unwrap(), t["end"].as_u64().unwrap());
                assert_eq!(
                    bodies[article].get(start as usize..end as usize),
                    t["text"].as_str()
                );
            }
        }
    }
}

#[test]
fn demo_cluster_stories_events_and_scores() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cluster.db");
    let demo = repo().join("demo/cluster");
    ingest(&db, &demo.join("reports.jsonl"));
    let bodies = article_bodies(&db);
    assert_eq!(bodies.len(), 46);
    let first = stories(&db);
    assert_contract(&first, &bodies.keys().cloned().collect());
    assert_show_cites_real_sentences(&db, &first, &bodies);

    // Rebuilding from the stored articles gives the same stories.
    let out = run(crosscheck(&db).args(["recluster", "--format", "json"]));
    assert!(out.status.success(), "{out:?}");
    assert_eq!(json(&out)["articles"], 46);
    assert_eq!(stories(&db), first);

    let gold = demo.join("gold.json");
    let out = run(crosscheck(&db)
        .args(["eval", "cluster", "--format", "json", "--gold"])
        .arg(&gold));
    assert!(out.status.success(), "{out:?}");
    let report = json(&out);
    assert_eq!(report["articles"], 46);
    assert!(
        report["stories"]["pairwise_f1"].as_f64().unwrap() >= 0.95,
        "{report}"
    );
    assert!(
        report["stories"]["bcubed_f1"].as_f64().unwrap() >= 0.95,
        "{report}"
    );
    assert!(
        report["events"]["pairwise_f1"].as_f64().unwrap() >= 0.90,
        "{report}"
    );
    assert!(
        report["copies"]["recall"].as_f64().unwrap() >= 0.95,
        "{report}"
    );
}

#[test]
fn show_names_an_unknown_story() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("one.db");
    ingest(&db, &repo().join("demo/cluster/reports.jsonl"));
    let out = run(crosscheck(&db).args(["show", "story-doesnotexist"]));
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no story with id"), "{stderr}");
}

#[test]
fn eval_cluster_names_a_bad_gold_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("one.db");
    ingest(&db, &repo().join("demo/cluster/reports.jsonl"));
    let bad = dir.path().join("gold.json");
    std::fs::write(&bad, "{\"stories\": 3}").unwrap();
    let out = run(crosscheck(&db)
        .args(["eval", "cluster", "--gold"])
        .arg(&bad));
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("gold.json") && stderr.contains("not a clustering gold file"),
        "{stderr}"
    );
}

#[test]
fn the_seeds_are_one_story() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("seeds.db");
    ingest(&db, &crosscheck_testkit::shared_dir().join("corpus/seeds"));
    let bodies = article_bodies(&db);
    assert_eq!(bodies.len(), 5);
    let stories = stories(&db);
    assert_contract(&stories, &bodies.keys().cloned().collect());
    assert_eq!(stories.as_array().map(Vec::len), Some(1), "{stories}");
    assert_show_cites_real_sentences(&db, &stories, &bodies);
}
