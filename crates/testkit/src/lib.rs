//! Helpers for crosscheck's tests.
//!
//! The shared corpus (`../shared`: the seed reports and the evaluation data)
//! is not in the repository; tests find it through `CROSSCHECK_SHARED`, else
//! beside the repository's checkout.
#![deny(missing_docs)]

use std::path::{Path, PathBuf};

use crosscheck_types::{Article, DocumentId};

/// The repository's root folder.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap_or_else(|_| Path::new(env!("CARGO_MANIFEST_DIR")).join("../.."))
}

/// The shared folder: `$CROSSCHECK_SHARED`, else `../shared` beside the repository.
///
/// Panics with a message saying how to set it when the folder is not there:
/// a test that needs the shared corpus must not pass silently without it.
pub fn shared_dir() -> PathBuf {
    let dir = match std::env::var_os("CROSSCHECK_SHARED") {
        Some(dir) => PathBuf::from(dir),
        None => repo_root().join("../shared"),
    };
    assert!(
        dir.join("corpus/seeds").is_dir(),
        "shared corpus not found at {}: set CROSSCHECK_SHARED to the shared folder",
        dir.display()
    );
    dir
}

/// The seed reports, sorted by file name.
pub fn seed_files() -> Vec<PathBuf> {
    let dir = shared_dir().join("corpus/seeds");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
}

/// The repository's test data folder (`tests/data`).
pub fn test_data_dir() -> PathBuf {
    repo_root().join("tests/data")
}

/// An English article numbered `n` with `body` and nothing else known: the
/// input the reader and the cross-check take in tests.
pub fn article(n: u64, body: &str) -> Article {
    Article {
        id: DocumentId::from_hex(&format!("{n:064x}")).unwrap_or_else(|e| panic!("{e}")),
        source: format!("test#{n}"),
        url: None,
        title: None,
        title_source: None,
        title_derived: false,
        subtitle: None,
        published: None,
        outlet: None,
        byline: None,
        dateline: None,
        wire: None,
        language: Some("eng".into()),
        body: body.into(),
        removed: Vec::new(),
    }
}
