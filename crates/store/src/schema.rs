//! Versioned migrations of the SQLite schema (`PRAGMA user_version`).

use rusqlite::Connection;

use crate::StoreError;

/// The migrations, in order: index `i` takes the schema from version `i` to `i + 1`.
const MIGRATIONS: &[&str] = &[
    // 1: batches, raw blobs, documents, articles, problems.
    r#"
    CREATE TABLE batches (
        id          INTEGER PRIMARY KEY,
        started_at  TEXT NOT NULL,
        finished_at TEXT
    );
    CREATE TABLE blobs (
        sha256 TEXT PRIMARY KEY,
        size   INTEGER NOT NULL,
        zstd   BLOB NOT NULL
    );
    CREATE TABLE documents (
        seq        INTEGER PRIMARY KEY,
        id         TEXT NOT NULL UNIQUE REFERENCES blobs(sha256),
        batch_id   INTEGER NOT NULL REFERENCES batches(id),
        source     TEXT NOT NULL,
        container  TEXT NOT NULL,
        kind       TEXT NOT NULL,
        encoding   TEXT NOT NULL,
        text_zstd  BLOB NOT NULL,
        hints      TEXT NOT NULL,
        warnings   TEXT NOT NULL
    );
    CREATE TABLE articles (
        document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        title       TEXT,
        published   TEXT,
        outlet      TEXT,
        language    TEXT,
        data        TEXT NOT NULL
    );
    CREATE INDEX articles_published ON articles(published);
    CREATE TABLE problems (
        id        INTEGER PRIMARY KEY,
        batch_id  INTEGER NOT NULL REFERENCES batches(id),
        source    TEXT NOT NULL,
        severity  TEXT NOT NULL,
        reason    TEXT NOT NULL
    );
    "#,
    // 2: de-duplication: copy links and independent-source groups, rebuilt
    // whole from the stored articles.
    r#"
    CREATE TABLE copies (
        copy        TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        original    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        kind        TEXT NOT NULL,
        similarity  REAL NOT NULL,
        containment REAL NOT NULL
    );
    CREATE INDEX copies_original ON copies(original);
    CREATE TABLE source_groups (
        document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        group_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE
    );
    "#,
    // 3: stories and events, rebuilt whole from the stored articles. A story
    // is kept as its JSON (events, placements and their evidence); the
    // article → story/event index answers "where is this report".
    r#"
    CREATE TABLE stories (
        id        TEXT PRIMARY KEY,
        position  INTEGER NOT NULL UNIQUE,
        title     TEXT NOT NULL,
        data      TEXT NOT NULL
    );
    CREATE TABLE story_articles (
        document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        story_id    TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        event_id    TEXT NOT NULL
    );
    CREATE INDEX story_articles_story ON story_articles(story_id);
    "#,
];

/// The schema version this build writes.
pub const CURRENT_VERSION: i64 = MIGRATIONS.len() as i64;

/// Brings the schema up to [`CURRENT_VERSION`], each step in its own transaction.
pub fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    let found: i64 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    if found > CURRENT_VERSION {
        return Err(StoreError::SchemaTooNew {
            found,
            known: CURRENT_VERSION,
        });
    }
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", index as i64 + 1)?;
        tx.commit()?;
    }
    Ok(())
}
