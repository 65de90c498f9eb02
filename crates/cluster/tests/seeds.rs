//! The five seed reports (`$CROSSCHECK_SHARED/corpus/seeds`) through ingest,
//! extraction, de-duplication and clustering, against the events of their
//! gold (`tests/data/seeds/crosscheck.json`, described in
//! `tests/data/seeds/README.md`): they are one story; the events split them
//! as the gold does; every placement cites a real sentence of its report,
//! and for the reports without a date of their own, the sentence the gold
//! gives as evidence.

use std::collections::{BTreeMap, BTreeSet};

use crosscheck_cluster::{cluster, ClusterOptions};
use crosscheck_dedup::{dedup, DedupOptions};
use crosscheck_extract::extract;
use crosscheck_ingest::{ingest_bytes, IngestOptions};
use crosscheck_types::{Article, DocumentId};
use serde::Deserialize;

#[derive(Deserialize)]
struct Gold {
    events: Vec<GoldEvent>,
}

#[derive(Deserialize)]
struct GoldEvent {
    id: String,
    role: String,
    files: Vec<String>,
    evidence: Vec<Evidence>,
}

#[derive(Deserialize)]
struct Evidence {
    file: String,
    span: String,
}

/// The seeds as extracted articles, with their file names.
fn seeds() -> Vec<(String, Article)> {
    crosscheck_testkit::seed_files()
        .into_iter()
        .map(|path| {
            let bytes = std::fs::read(&path).expect("seed file");
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .expect("file name")
                .to_owned();
            let ingested = ingest_bytes(&name, &bytes, &IngestOptions::default());
            assert_eq!(ingested.documents.len(), 1, "{name}");
            (name, extract(&ingested.documents[0]))
        })
        .collect()
}

fn gold() -> Gold {
    let path = crosscheck_testkit::test_data_dir().join("seeds/crosscheck.json");
    serde_json::from_str(&std::fs::read_to_string(path).expect("gold")).expect("gold json")
}

/// Each file's gold event: the last event listing it that is not
/// "background only" (a report is listed under the earlier events it
/// recalls, too; the README says 002 and 004 report the Istanbul round, and
/// 000, 001 and 003 the third round after it).
fn gold_event_of_files(g: &Gold) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for e in g.events.iter().filter(|e| e.role != "background only") {
        for f in &e.files {
            out.insert(f.clone(), e.id.clone());
        }
    }
    out
}

/// Files grouped by a labelling, as a set of sets.
fn partition(labels: &BTreeMap<String, String>) -> BTreeSet<BTreeSet<String>> {
    let mut groups: BTreeMap<&String, BTreeSet<String>> = BTreeMap::new();
    for (file, label) in labels {
        groups.entry(label).or_default().insert(file.clone());
    }
    groups.into_values().collect()
}

#[test]
fn seeds_are_one_story_split_into_the_gold_events() {
    let seeds = seeds();
    assert_eq!(seeds.len(), 5);
    let articles: Vec<Article> = seeds.iter().map(|(_, a)| a.clone()).collect();
    let copies = dedup(&articles, &DedupOptions::default());
    let stories = cluster(&articles, &copies, &ClusterOptions::default());
    let name_of: BTreeMap<&DocumentId, &str> =
        seeds.iter().map(|(n, a)| (&a.id, n.as_str())).collect();
    let body_of: BTreeMap<&DocumentId, &str> = seeds
        .iter()
        .map(|(_, a)| (&a.id, a.body.as_str()))
        .collect();

    let g = gold();
    let want = gold_event_of_files(&g);
    // The gold split, as the README states it.
    let stated: BTreeSet<BTreeSet<String>> = [vec!["002", "004"], vec!["000", "001", "003"]]
        .iter()
        .map(|ps| {
            ps.iter()
                .map(|p| {
                    want.keys()
                        .find(|f| f.starts_with(p))
                        .cloned()
                        .expect("seed in the gold")
                })
                .collect()
        })
        .collect();
    assert_eq!(partition(&want), stated, "reading of the gold");

    let mut got = BTreeMap::new();
    for s in &stories {
        for e in &s.events {
            println!("{} {:?}..{:?} {}", e.id, e.start, e.end, e.label);
            for p in &e.evidence {
                let name = name_of[&p.article];
                let body = body_of[&p.article];
                let sentence = body
                    .get(p.sentence_start..p.sentence_end)
                    .expect("placement offsets inside the body");
                println!("  {name}: {} | {sentence}", p.reason);
                assert!(
                    !sentence.trim().is_empty(),
                    "{name}: empty deciding sentence"
                );
                assert!(!p.reason.is_empty(), "{name}: no reason");
                got.insert(name.to_owned(), e.id.clone());
            }
        }
    }
    assert_eq!(stories.len(), 1, "one story");
    assert_eq!(got.len(), 5, "every seed placed once");
    assert_eq!(partition(&got), partition(&want), "events as the gold");

    // Reports placed without a date of their own cite the sentence the gold
    // gives as evidence for their event.
    for s in &stories {
        for e in &s.events {
            for p in &e.evidence {
                let name = name_of[&p.article];
                if p.reason.starts_with("dates") {
                    continue;
                }
                let sentence = &body_of[&p.article][p.sentence_start..p.sentence_end];
                let gold_event = &want[name];
                let spans: Vec<&str> = g
                    .events
                    .iter()
                    .filter(|ge| &ge.id == gold_event)
                    .flat_map(|ge| ge.evidence.iter())
                    .filter(|ev| ev.file == name)
                    .map(|ev| ev.span.as_str())
                    .collect();
                assert!(
                    spans.iter().any(|span| sentence.contains(span)),
                    "{name}: deciding sentence {sentence:?} should hold one of {spans:?}"
                );
            }
        }
    }
}
