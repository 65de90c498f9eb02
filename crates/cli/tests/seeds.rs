//! The foundation's contract on the shared seed reports: ingest stores five,
//! a second ingest stores none and reports five duplicates, `articles` lists
//! five with their source, and `show-raw` gives every file back byte for byte.

mod common;

use common::{crosscheck, json, run};

#[test]
fn seeds_ingest_once_list_and_come_back_byte_for_byte() {
    let seeds_dir = crosscheck_testkit::shared_dir().join("corpus/seeds");
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("seeds.db");

    let first = run(crosscheck(&db)
        .args(["ingest", "--format", "json"])
        .arg(&seeds_dir));
    assert!(first.status.success(), "{first:?}");
    let report = json(&first);
    assert_eq!(report["ingested"], 5, "{report}");
    assert_eq!(report["duplicates"], 0);
    assert_eq!(report["errors"].as_array().map(Vec::len), Some(0));

    let second = run(crosscheck(&db)
        .args(["ingest", "--format", "json"])
        .arg(&seeds_dir));
    assert!(second.status.success());
    let report = json(&second);
    assert_eq!(report["ingested"], 0, "{report}");
    assert_eq!(report["duplicates"], 5);

    let listed = run(crosscheck(&db).args(["articles", "--format", "json"]));
    assert!(listed.status.success());
    let articles = json(&listed);
    let articles = articles.as_array().expect("an array");
    assert_eq!(articles.len(), 5);
    for seed in crosscheck_testkit::seed_files() {
        let source = seed.display().to_string();
        let article = articles
            .iter()
            .find(|a| a["source"] == source.as_str())
            .unwrap_or_else(|| panic!("no article with source {source}"));
        let id = article["id"].as_str().expect("id");
        let raw = run(crosscheck(&db).args(["show-raw", id]));
        assert!(raw.status.success());
        assert_eq!(
            raw.stdout,
            std::fs::read(&seed).unwrap(),
            "bytes of {source}"
        );
        // JSON carries the same bytes, and their digest is the id.
        let as_json = json(&run(
            crosscheck(&db).args(["show-raw", id, "--format", "json"])
        ));
        assert_eq!(as_json["sha256"], id);
        assert_eq!(as_json["size"], raw.stdout.len());
        // A unique prefix works as well as the whole id.
        let by_prefix = run(crosscheck(&db).args(["show-raw", &id[..10]]));
        assert_eq!(by_prefix.stdout, raw.stdout);
    }
}
