//! The command line's behaviour on invented inputs: exit codes, errors that
//! name the file, stdin, JSON on stdout only.

mod common;

use std::io::Write;
use std::process::Stdio;

use common::{crosscheck, json, run};

#[test]
fn a_bad_input_is_an_error_record_and_the_rest_is_stored() {
    let dir = tempfile::tempdir().unwrap();
    let inputs = dir.path().join("in");
    std::fs::create_dir(&inputs).unwrap();
    std::fs::write(
        inputs.join("good.txt"),
        "KARVIK: The invented river council met on Monday to discuss the weir.\n",
    )
    .unwrap();
    std::fs::write(inputs.join("empty.txt"), b"").unwrap();
    std::fs::write(inputs.join("picture.bin"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let db = dir.path().join("x.db");
    let out = run(crosscheck(&db)
        .args(["ingest", "--format", "json"])
        .arg(&inputs));
    assert_eq!(out.status.code(), Some(3), "partial failure exit code");
    let report = json(&out);
    assert_eq!(report["ingested"], 1, "{report}");
    let errors = report["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 2, "{report}");
    let sources: Vec<&str> = errors.iter().filter_map(|e| e["source"].as_str()).collect();
    assert!(
        sources.iter().any(|s| s.ends_with("empty.txt")),
        "{sources:?}"
    );
    assert!(
        sources.iter().any(|s| s.ends_with("picture.bin")),
        "{sources:?}"
    );
    assert!(errors
        .iter()
        .all(|e| !e["reason"].as_str().unwrap_or("").is_empty()));
    // The problems stay in the store.
    let problems = json(&run(crosscheck(&db).args(["problems", "--format", "json"])));
    assert_eq!(problems.as_array().unwrap().len(), 2);
}

#[test]
fn stdin_is_an_input() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("stdin.db");
    let mut child = crosscheck(&db)
        .args(["ingest", "--format", "json", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"{\"id\":\"wire-1\",\"text\":\"The invented ferry resumed service on Tuesday.\",\"outlet\":\"Harbour Wire\"}\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{out:?}");
    assert_eq!(json(&out)["ingested"], 1);
    let articles = json(&run(crosscheck(&db).args(["articles", "--format", "json"])));
    assert_eq!(articles[0]["source"], "wire-1");
    assert_eq!(articles[0]["outlet"], "Harbour Wire");
}

#[test]
fn a_missing_store_is_a_clear_error_not_a_new_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("absent.db");
    let out = run(crosscheck(&db).args(["articles"]));
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no store at"));
    assert!(!db.exists());
}

#[test]
fn an_unknown_id_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ids.db");
    std::fs::write(
        dir.path().join("a.txt"),
        "An invented report about a bridge.",
    )
    .unwrap();
    assert!(
        run(crosscheck(&db).arg("ingest").arg(dir.path().join("a.txt")))
            .status
            .success()
    );
    let out = run(crosscheck(&db).args(["show-raw", "0000000000"]));
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no document"));
    let out = run(crosscheck(&db).args(["show-raw", "xyz"]));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a document id"));
}

#[test]
fn copies_and_independent_sources_are_listed_after_ingest() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("copies.db");
    let story = "The invented harbour board of Lowmark said on Monday that the ferry Silver Heron would return to service next week after repairs to its hull, which was damaged when the vessel struck a sandbank in fog. Engineers worked through the weekend, and the board said passengers holding tickets would be rebooked without charge. The ferry carries about two hundred people a day between the two shores of the lake.";
    let other = "An invented council in Sanmere voted on Tuesday to raise tram fares by ten cents from April, saying the money would pay for new carriages and longer evening services on the river line, while opponents said the rise would hurt students and shift workers most.";
    let lines = [
        serde_json::json!({"id": "wire", "outlet": "Harbour Wire", "published": "2026-03-02", "text": story}),
        serde_json::json!({"id": "repost", "outlet": "Lake Courier", "published": "2026-03-02", "text": story}),
        serde_json::json!({"id": "tram", "outlet": "Sanmere Post", "published": "2026-03-03", "text": other}),
    ];
    let jsonl: String = lines.iter().map(|l| format!("{l}\n")).collect();
    std::fs::write(dir.path().join("in.jsonl"), jsonl).unwrap();
    let out = run(crosscheck(&db)
        .args(["ingest", "--format", "json"])
        .arg(dir.path().join("in.jsonl")));
    assert!(out.status.success(), "{out:?}");
    assert_eq!(json(&out)["copies"], 1);
    let copies = json(&run(crosscheck(&db).args(["copies", "--format", "json"])));
    assert_eq!(copies["articles"], 3, "{copies}");
    assert_eq!(copies["independent_sources"], 2, "{copies}");
    let link = &copies["copies"][0];
    assert_eq!(link["kind"], "exact");
    let sources = [
        link["copy"]["source"].as_str(),
        link["original"]["source"].as_str(),
    ];
    assert!(
        sources.contains(&Some("wire")) && sources.contains(&Some("repost")),
        "{link}"
    );
}
