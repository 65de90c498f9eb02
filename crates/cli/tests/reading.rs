//! `entities`, `quotes` and `eval read` through the command line, on the
//! invented reading corpus (demo/read): offsets point at the words they
//! name, and the reading bars hold on its gold.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use common::{crosscheck, json, run};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn store_with_demo_read(dir: &Path) -> PathBuf {
    let db = dir.join("read.db");
    let out = run(crosscheck(&db)
        .arg("ingest")
        .arg(repo().join("demo/read/reports.jsonl")));
    assert!(out.status.success(), "{out:?}");
    db
}

fn bodies(db: &Path) -> BTreeMap<String, String> {
    let out = run(crosscheck(db).args(["articles", "--format", "json"]));
    json(&out)
        .as_array()
        .expect("articles")
        .iter()
        .map(|a| {
            (
                a["id"].as_str().unwrap().to_owned(),
                a["body"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn slice<'a>(body: &'a str, v: &serde_json::Value) -> Option<&'a str> {
    body.get(v["start"].as_u64()? as usize..v["end"].as_u64()? as usize)
}

#[test]
fn entities_and_quotes_point_at_their_words() {
    let dir = tempfile::tempdir().unwrap();
    let db = store_with_demo_read(dir.path());
    let bodies = bodies(&db);

    let out = run(crosscheck(&db).args(["entities", "--format", "json"]));
    assert!(out.status.success(), "{out:?}");
    let entities = json(&out);
    let entities = entities.as_array().expect("entities");
    assert!(entities.len() >= 20, "{} entities", entities.len());
    for e in entities {
        for m in e["mentions"].as_array().expect("mentions") {
            let body = &bodies[m["article"].as_str().unwrap()];
            assert_eq!(slice(body, m), m["text"].as_str(), "{m}");
        }
    }

    let out = run(crosscheck(&db).args(["quotes", "--format", "json"]));
    assert!(out.status.success(), "{out:?}");
    let quotes = json(&out);
    let quotes = quotes.as_array().expect("quotes");
    assert!(quotes.len() >= 30, "{} quotes", quotes.len());
    let mut attributed = 0;
    for q in quotes {
        let body = &bodies[q["article"].as_str().unwrap()];
        assert!(slice(body, q).is_some(), "{q}");
        if q["parts"].as_array().is_some_and(Vec::is_empty) {
            assert_eq!(slice(body, q), q["text"].as_str(), "{q}");
        }
        if let Some(s) = q["speaker"].as_object() {
            attributed += 1;
            let s = serde_json::Value::Object(s.clone());
            assert_eq!(slice(body, &s), s["text"].as_str(), "{q}");
        }
    }
    assert!(
        attributed * 10 >= quotes.len() * 8,
        "{attributed} of {} attributed",
        quotes.len()
    );
}

#[test]
fn eval_read_scores_the_demo_gold() {
    let dir = tempfile::tempdir().unwrap();
    let db = store_with_demo_read(dir.path());
    let out = run(crosscheck(&db)
        .args(["eval", "read", "--format", "json", "--gold"])
        .arg(repo().join("demo/read/gold.json")));
    assert!(out.status.success(), "{out:?}");
    let r = json(&out);
    assert_eq!(r["files"], 8, "{r}");
    assert!(r["direct"]["found_rate"].as_f64().unwrap() >= 0.95, "{r}");
    assert!(r["times"]["right_rate"].as_f64().unwrap() >= 0.90, "{r}");
    assert!(r["numbers"]["right_rate"].as_f64().unwrap() >= 0.90, "{r}");
    // Every bar of the issue: quotes and speakers, no aliases apart, no
    // entities merged, time values.
    assert_eq!(r["unmet_bars"], serde_json::json!([]), "{r}");
}

#[test]
fn eval_read_meets_every_bar_on_the_seeds() {
    let seeds = crosscheck_testkit::shared_dir().join("corpus/seeds");
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("seeds.db");
    let out = run(crosscheck(&db).arg("ingest").arg(&seeds));
    assert!(out.status.success(), "{out:?}");
    let out = run(crosscheck(&db)
        .args(["eval", "read", "--format", "json", "--gold"])
        .arg(repo().join("tests/data/seeds/read.json")));
    assert!(out.status.success(), "{out:?}");
    let r = json(&out);
    assert_eq!(r["files"], 5, "{r}");
    // The date line, the date bar and the headline hold three of the gold
    // times: they are read from the report's headers, not its body.
    assert_eq!(r["times"]["right"], r["times"]["gold"], "{r}");
    assert_eq!(r["unmet_bars"], serde_json::json!([]), "{r}");
}

#[test]
fn show_gives_sentences_times_and_numbers_with_offsets() {
    let dir = tempfile::tempdir().unwrap();
    let db = store_with_demo_read(dir.path());
    let bodies = bodies(&db);
    let out = run(crosscheck(&db).args(["show", "--format", "json"]));
    assert!(out.status.success(), "{out:?}");
    let stories = json(&out);
    let events: Vec<&serde_json::Value> = stories
        .as_array()
        .expect("stories")
        .iter()
        .flat_map(|s| s["events"].as_array().expect("events"))
        .collect();
    let (mut sentences, mut times, mut numbers) = (0, 0, 0);
    for event in events {
        for (list, count) in [
            ("sentences", &mut sentences),
            ("times", &mut times),
            ("numbers", &mut numbers),
        ] {
            for item in event[list].as_array().expect(list) {
                *count += 1;
                // Header items point into their header; body items into the body.
                if item.get("part").is_some_and(|p| p != "body") {
                    continue;
                }
                let body = &bodies[item["article"].as_str().expect("article")];
                assert_eq!(slice(body, item), item["text"].as_str(), "{list}: {item}");
            }
        }
    }
    assert!(sentences >= 60, "{sentences} sentences");
    assert!(times >= 30, "{times} times");
    assert!(numbers >= 25, "{numbers} numbers");
}
