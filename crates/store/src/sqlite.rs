//! The embedded backend: one SQLite file.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use chrono::Utc;
use crosscheck_types::{
    Article, Container, ContentKind, CopyKind, CopyLink, Document, DocumentHints, DocumentId,
    IndependenceGroups, SourceGroupId, Story,
};
use rusqlite::{params, Connection, OptionalExtension, Transaction};

use crate::schema;
use crate::{
    BatchSummary, BatchWriter, ProblemRecord, ProblemSeverity, PutOutcome, Store, StoreError,
    StoredDocument,
};

/// zstd level for raw bytes and texts: fast, and a good ratio on HTML.
const ZSTD_LEVEL: i32 = 3;

/// The embedded store: one SQLite file in WAL mode with foreign keys on.
pub struct SqliteStore {
    conn: Connection,
    path: PathBuf,
}

impl SqliteStore {
    /// Opens (creating if needed) the store at `path` and migrates its schema.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        let open_err = |source| StoreError::Open {
            path: path.to_owned(),
            source,
        };
        let mut conn = Connection::open(path).map_err(open_err)?;
        conn.busy_timeout(std::time::Duration::from_secs(10))
            .map_err(open_err)?;
        // WAL: readers never block the writer, and a killed writer leaves the
        // last committed state. NORMAL sync is durable against process death.
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(open_err)?;
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(open_err)?;
        conn.pragma_update(None, "foreign_keys", "ON")
            .map_err(open_err)?;
        schema::migrate(&mut conn)?;
        Ok(Self {
            conn,
            path: path.to_owned(),
        })
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Checks the file's integrity (`PRAGMA integrity_check`); `Ok(())` when sound.
    pub fn check_integrity(&self) -> Result<(), StoreError> {
        let verdict: String = self
            .conn
            .query_row("PRAGMA integrity_check", [], |row| row.get(0))?;
        if verdict == "ok" {
            Ok(())
        } else {
            Err(StoreError::Corrupt {
                what: self.path.display().to_string(),
                reason: verdict,
            })
        }
    }
}

fn compress(bytes: &[u8]) -> Result<Vec<u8>, StoreError> {
    Ok(zstd::bulk::compress(bytes, ZSTD_LEVEL)?)
}

fn decompress(bytes: &[u8], size: usize, what: &str) -> Result<Vec<u8>, StoreError> {
    zstd::bulk::decompress(bytes, size).map_err(|e| StoreError::Corrupt {
        what: what.to_owned(),
        reason: e.to_string(),
    })
}

fn decompress_text(bytes: &[u8], what: &str) -> Result<String, StoreError> {
    let raw = zstd::stream::decode_all(bytes).map_err(|e| StoreError::Corrupt {
        what: what.to_owned(),
        reason: e.to_string(),
    })?;
    String::from_utf8(raw).map_err(|e| StoreError::Corrupt {
        what: what.to_owned(),
        reason: e.to_string(),
    })
}

/// The snake_case name serde gives a unit enum variant.
fn enum_name<T: serde::Serialize>(value: &T) -> Result<String, StoreError> {
    match serde_json::to_value(value)? {
        serde_json::Value::String(s) => Ok(s),
        other => Err(StoreError::Corrupt {
            what: "enum".to_owned(),
            reason: format!("not a unit variant: {other}"),
        }),
    }
}

fn enum_from_name<T: serde::de::DeserializeOwned>(name: &str) -> Result<T, StoreError> {
    Ok(serde_json::from_value(serde_json::Value::String(
        name.to_owned(),
    ))?)
}

fn stored_id(hex: &str) -> Result<DocumentId, StoreError> {
    DocumentId::from_hex(hex).map_err(|e| StoreError::Corrupt {
        what: "document id".to_owned(),
        reason: e.to_string(),
    })
}

fn now() -> String {
    Utc::now().to_rfc3339()
}

fn insert_article(tx: &Transaction<'_>, article: &Article) -> Result<(), StoreError> {
    tx.execute(
        "INSERT OR REPLACE INTO articles (document_id, title, published, outlet, language, data)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            article.id.as_str(),
            article.title,
            article.published.map(|p| p.date.to_string()),
            article.outlet,
            article.language,
            serde_json::to_string(article)?,
        ],
    )?;
    Ok(())
}

/// A batch in flight: an open transaction.
struct SqliteBatch<'conn> {
    tx: Transaction<'conn>,
    summary: BatchSummary,
    seen: HashSet<DocumentId>,
}

impl BatchWriter for SqliteBatch<'_> {
    fn put(&mut self, document: &Document, article: &Article) -> Result<PutOutcome, StoreError> {
        let exists: bool = self
            .tx
            .query_row(
                "SELECT 1 FROM documents WHERE id = ?1",
                [document.id.as_str()],
                |_| Ok(()),
            )
            .optional()?
            .is_some();
        if exists || !self.seen.insert(document.id.clone()) {
            self.summary.duplicates += 1;
            return Ok(PutOutcome::Duplicate);
        }
        self.tx.execute(
            "INSERT OR IGNORE INTO blobs (sha256, size, zstd) VALUES (?1, ?2, ?3)",
            params![
                document.id.as_str(),
                document.raw.len() as i64,
                compress(&document.raw)?
            ],
        )?;
        self.tx.execute(
            "INSERT INTO documents (id, batch_id, source, container, kind, encoding, text_zstd, hints, warnings)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                document.id.as_str(),
                self.summary.batch_id,
                document.source,
                enum_name(&document.container)?,
                enum_name(&document.kind)?,
                document.encoding,
                compress(document.text.as_bytes())?,
                serde_json::to_string(&document.hints)?,
                serde_json::to_string(&document.warnings)?,
            ],
        )?;
        insert_article(&self.tx, article)?;
        self.summary.stored += 1;
        Ok(PutOutcome::Stored)
    }

    fn record_problem(&mut self, problem: &ProblemRecord) -> Result<(), StoreError> {
        self.tx.execute(
            "INSERT INTO problems (batch_id, source, severity, reason) VALUES (?1, ?2, ?3, ?4)",
            params![
                self.summary.batch_id,
                problem.source,
                problem.severity.as_str(),
                problem.reason
            ],
        )?;
        self.summary.problems += 1;
        Ok(())
    }

    fn commit(self: Box<Self>) -> Result<BatchSummary, StoreError> {
        self.tx.execute(
            "UPDATE batches SET finished_at = ?1 WHERE id = ?2",
            params![now(), self.summary.batch_id],
        )?;
        self.tx.commit()?;
        Ok(self.summary)
    }
}

impl Store for SqliteStore {
    fn begin_batch(&mut self) -> Result<Box<dyn BatchWriter + '_>, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.execute("INSERT INTO batches (started_at) VALUES (?1)", [now()])?;
        let batch_id = tx.last_insert_rowid();
        Ok(Box::new(SqliteBatch {
            tx,
            summary: BatchSummary {
                batch_id,
                ..BatchSummary::default()
            },
            seen: HashSet::new(),
        }))
    }

    fn contains(&self, id: &DocumentId) -> Result<bool, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT 1 FROM documents WHERE id = ?1",
                [id.as_str()],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }

    fn resolve_id(&self, id_or_prefix: &str) -> Result<DocumentId, StoreError> {
        let prefix = id_or_prefix.trim().to_ascii_lowercase();
        if prefix.len() < 6 || prefix.len() > 64 || !prefix.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(StoreError::BadId(id_or_prefix.to_owned()));
        }
        let mut stmt = self
            .conn
            .prepare("SELECT id FROM documents WHERE id >= ?1 AND id < ?2 ORDER BY id LIMIT 2")?;
        // Every id starting with `prefix` sorts between the prefix and the prefix followed by 'g'.
        let upper = format!("{prefix}g");
        let ids: Vec<String> = stmt
            .query_map(params![prefix, upper], |row| row.get(0))?
            .collect::<Result<_, _>>()?;
        match ids.as_slice() {
            [one] => stored_id(one),
            [] => Err(StoreError::NotFound(id_or_prefix.to_owned())),
            _ => {
                let count: usize = self.conn.query_row(
                    "SELECT COUNT(*) FROM documents WHERE id >= ?1 AND id < ?2",
                    params![prefix, upper],
                    |row| row.get(0),
                )?;
                Err(StoreError::AmbiguousId { prefix, count })
            }
        }
    }

    fn articles(&self) -> Result<Vec<Article>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT a.data FROM articles a JOIN documents d ON d.id = a.document_id ORDER BY d.seq",
        )?;
        let rows = stmt.query_map([], |row| row.get::<_, String>(0))?;
        let mut articles = Vec::new();
        for data in rows {
            articles.push(serde_json::from_str(&data?)?);
        }
        Ok(articles)
    }

    fn article(&self, id: &DocumentId) -> Result<Option<Article>, StoreError> {
        let data: Option<String> = self
            .conn
            .query_row(
                "SELECT data FROM articles WHERE document_id = ?1",
                [id.as_str()],
                |row| row.get(0),
            )
            .optional()?;
        data.map(|d| serde_json::from_str(&d))
            .transpose()
            .map_err(Into::into)
    }

    fn raw(&self, id: &DocumentId) -> Result<Option<Vec<u8>>, StoreError> {
        let row: Option<(i64, Vec<u8>)> = self
            .conn
            .query_row(
                "SELECT size, zstd FROM blobs WHERE sha256 = ?1",
                [id.as_str()],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()?;
        row.map(|(size, bytes)| decompress(&bytes, size as usize, id.as_str()))
            .transpose()
    }

    fn documents(&self) -> Result<Vec<StoredDocument>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT d.id, d.batch_id, d.source, d.container, d.kind, d.encoding, d.text_zstd,
                    d.hints, d.warnings, b.size, b.zstd
             FROM documents d JOIN blobs b ON b.sha256 = d.id ORDER BY d.seq",
        )?;
        let mut rows = stmt.query([])?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            let id = stored_id(&row.get::<_, String>(0)?)?;
            let container: Container = enum_from_name(&row.get::<_, String>(3)?)?;
            let kind: ContentKind = enum_from_name(&row.get::<_, String>(4)?)?;
            let text = decompress_text(&row.get::<_, Vec<u8>>(6)?, id.as_str())?;
            let hints: DocumentHints = serde_json::from_str(&row.get::<_, String>(7)?)?;
            let warnings: Vec<String> = serde_json::from_str(&row.get::<_, String>(8)?)?;
            let size: i64 = row.get(9)?;
            let raw = decompress(&row.get::<_, Vec<u8>>(10)?, size as usize, id.as_str())?;
            out.push(StoredDocument {
                batch_id: row.get(1)?,
                document: Document {
                    id,
                    source: row.get(2)?,
                    container,
                    kind,
                    raw,
                    text,
                    encoding: row.get(5)?,
                    hints,
                    warnings,
                },
            });
        }
        Ok(out)
    }

    fn replace_articles(&mut self, articles: &[Article]) -> Result<usize, StoreError> {
        let tx = self.conn.transaction()?;
        for article in articles {
            insert_article(&tx, article)?;
        }
        tx.commit()?;
        Ok(articles.len())
    }

    fn problems(&self) -> Result<Vec<ProblemRecord>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT source, severity, reason FROM problems ORDER BY id")?;
        let rows = stmt.query_map([], |row| {
            Ok((
                row.get::<_, String>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, String>(2)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (source, severity, reason) = row?;
            let severity = match severity.as_str() {
                "warning" => ProblemSeverity::Warning,
                _ => ProblemSeverity::Error,
            };
            out.push(ProblemRecord {
                source,
                severity,
                reason,
            });
        }
        Ok(out)
    }

    fn replace_copies(
        &mut self,
        links: &[CopyLink],
        groups: &IndependenceGroups,
    ) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM copies", [])?;
        tx.execute("DELETE FROM source_groups", [])?;
        {
            let mut insert = tx.prepare(
                "INSERT INTO copies (copy, original, kind, similarity, containment)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?;
            for link in links {
                insert.execute(params![
                    link.copy.as_str(),
                    link.original.as_str(),
                    enum_name(&link.kind)?,
                    f64::from(link.similarity),
                    f64::from(link.containment),
                ])?;
            }
            let mut insert =
                tx.prepare("INSERT INTO source_groups (document_id, group_id) VALUES (?1, ?2)")?;
            for (document, group) in &groups.group_of {
                insert.execute(params![document.as_str(), group.0.as_str()])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    fn copy_links(&self) -> Result<Vec<CopyLink>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT copy, original, kind, similarity, containment FROM copies ORDER BY copy",
        )?;
        let mut rows = stmt.query([])?;
        let mut links = Vec::new();
        while let Some(row) = rows.next()? {
            let kind: CopyKind = enum_from_name(&row.get::<_, String>(2)?)?;
            links.push(CopyLink {
                copy: stored_id(&row.get::<_, String>(0)?)?,
                original: stored_id(&row.get::<_, String>(1)?)?,
                kind,
                similarity: row.get::<_, f64>(3)? as f32,
                containment: row.get::<_, f64>(4)? as f32,
            });
        }
        Ok(links)
    }

    fn source_groups(&self) -> Result<IndependenceGroups, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT document_id, group_id FROM source_groups ORDER BY document_id")?;
        let mut rows = stmt.query([])?;
        let mut groups = IndependenceGroups::default();
        while let Some(row) = rows.next()? {
            groups.group_of.insert(
                stored_id(&row.get::<_, String>(0)?)?,
                SourceGroupId(stored_id(&row.get::<_, String>(1)?)?),
            );
        }
        Ok(groups)
    }

    fn replace_stories(&mut self, stories: &[Story]) -> Result<(), StoreError> {
        crate::stories::replace(&mut self.conn, stories)
    }

    fn stories(&self) -> Result<Vec<Story>, StoreError> {
        crate::stories::all(&self.conn)
    }

    fn story(&self, id_or_prefix: &str) -> Result<Story, StoreError> {
        crate::stories::find(&self.conn, id_or_prefix)
    }
}
