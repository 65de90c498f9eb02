//! The store conformance suite against the embedded SQLite backend, plus
//! what only SQLite has (reopening the file, schema versions).

mod conformance;

use crosscheck_store::{SqliteStore, Store, StoreError};

fn fresh() -> (tempfile::TempDir, SqliteStore) {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(&dir.path().join("test.db")).unwrap();
    (dir, store)
}

macro_rules! conformance {
    ($($name:ident),* $(,)?) => {$(
        #[test]
        fn $name() {
            let (_dir, mut store) = fresh();
            conformance::$name(&mut store);
        }
    )*};
}

conformance!(
    round_trip,
    duplicates,
    uncommitted_batch_is_lost_whole,
    problems_are_kept,
    id_prefixes,
    replace_articles,
    copies_are_replaced_whole,
    stories_are_replaced_whole,
);

#[test]
fn reopening_keeps_everything_and_checks_clean() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reopen.db");
    let (doc, article) = conformance::sample(b"persisted", "x.txt");
    {
        let mut store = SqliteStore::open(&path).unwrap();
        let mut batch = store.begin_batch().unwrap();
        batch.put(&doc, &article).unwrap();
        batch.commit().unwrap();
    }
    let store = SqliteStore::open(&path).unwrap();
    store.check_integrity().unwrap();
    assert_eq!(store.raw(&doc.id).unwrap().unwrap(), b"persisted");
}

#[test]
fn a_newer_schema_is_refused_not_damaged() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("future.db");
    drop(SqliteStore::open(&path).unwrap());
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", 999).unwrap();
    }
    match SqliteStore::open(&path) {
        Err(StoreError::SchemaTooNew { found: 999, .. }) => {}
        Err(other) => panic!("wrong error: {other}"),
        Ok(_) => panic!("a newer schema was opened"),
    }
}
