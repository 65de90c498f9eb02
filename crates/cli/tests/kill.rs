//! A killed ingest (SIGKILL mid-batch) leaves a store that opens, passes its
//! integrity check, and holds every batch committed before, and none of the
//! batch in flight.

mod common;

use std::time::{Duration, Instant};

use common::{crosscheck, json, run};
use crosscheck_store::{SqliteStore, Store};

fn write_reports(dir: &std::path::Path, count: usize, tag: &str) {
    std::fs::create_dir_all(dir).unwrap();
    for i in 0..count {
        let mut page = format!(
            "<html><head><title>Invented report {tag} {i}</title></head><body><nav><a href=/>Home</a></nav><article><h1>Invented report {tag} {i}</h1>"
        );
        for p in 0..40 {
            page.push_str(&format!(
                "<p>Paragraph {p} of report {i} in set {tag}: the invented harbour board said the ferry would sail again after repairs to the northern quay were finished.</p>"
            ));
        }
        page.push_str("</article></body></html>");
        std::fs::write(dir.join(format!("{tag}-{i:05}.html")), page).unwrap();
    }
}

#[test]
fn sigkill_mid_batch_keeps_committed_batches_and_a_sound_store() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kill.db");
    let committed = dir.path().join("committed");
    write_reports(&committed, 20, "committed");
    let out = run(crosscheck(&db)
        .args(["ingest", "--format", "json"])
        .arg(&committed));
    assert!(out.status.success());
    assert_eq!(json(&out)["ingested"], 20);

    let big = dir.path().join("big");
    write_reports(&big, 3000, "big");
    let mut killed_mid_batch = false;
    for delay_ms in [150u64, 400, 900] {
        let mut child = crosscheck(&db)
            .arg("ingest")
            .arg(&big)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let started = Instant::now();
        std::thread::sleep(Duration::from_millis(delay_ms));
        let still_running = child.try_wait().unwrap().is_none();
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        killed_mid_batch |= still_running;
        let store = SqliteStore::open(&db).unwrap();
        store.check_integrity().unwrap();
        let count = store.articles().unwrap().len();
        assert!(
            count == 20 || count == 3020,
            "after a kill at {delay_ms} ms ({:?}), the store holds {count} articles: a batch was half-written",
            started.elapsed()
        );
        if count == 3020 {
            break;
        }
    }
    assert!(
        killed_mid_batch,
        "the ingest always finished before the kill: make the batch larger"
    );
    // The store still takes new batches.
    let out = run(crosscheck(&db)
        .args(["ingest", "--format", "json"])
        .arg(&big));
    assert!(out.status.success());
    let store = SqliteStore::open(&db).unwrap();
    assert_eq!(store.articles().unwrap().len(), 3020);
}
