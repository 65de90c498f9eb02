//! Helpers shared by the ingest tests.
#![allow(dead_code)]

use std::io::Write;
use std::path::PathBuf;

use crosscheck_ingest::{IngestProblem, Ingested};
use sha2::{Digest, Sha256};

/// `tests/data/ingest` in the repository.
pub fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/ingest")
}

/// A file from `tests/data/ingest`, and its label as `ingest_input` gives it.
pub fn data_file(name: &str) -> (PathBuf, String) {
    let path = data_dir().join(name);
    let label = path.to_string_lossy().into_owned();
    (path, label)
}

/// The bytes of a file from `tests/data/ingest`.
pub fn data(name: &str) -> Vec<u8> {
    let path = data_dir().join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// Lowercase hex SHA-256, computed independently of the crate.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// One gzip member holding `bytes`.
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(bytes).expect("gzip into a Vec");
    encoder.finish().expect("gzip into a Vec")
}

/// A WARC/1.1 record with the given header fields (Content-Length added).
pub fn warc_record(fields: &[(&str, &str)], block: &[u8]) -> Vec<u8> {
    let mut out = b"WARC/1.1\r\n".to_vec();
    for (name, value) in fields {
        out.extend_from_slice(format!("{name}: {value}\r\n").as_bytes());
    }
    out.extend_from_slice(format!("Content-Length: {}\r\n\r\n", block.len()).as_bytes());
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

/// A WARC `response` record for an HTML page at `uri`.
pub fn html_response(uri: &str, html: &str) -> (Vec<u8>, Vec<u8>) {
    let block = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\n\r\n{html}",
        html.len()
    )
    .into_bytes();
    let record = warc_record(
        &[
            ("WARC-Type", "response"),
            ("WARC-Date", "2031-05-02T10:00:00Z"),
            ("WARC-Target-URI", uri),
            ("Content-Type", "application/http; msgtype=response"),
        ],
        &block,
    );
    (record, block)
}

/// Fails with the problems listed when there are any.
pub fn assert_no_problems(ingested: &Ingested) {
    assert!(
        ingested.problems.is_empty(),
        "unexpected problems: {:#?}",
        ingested.problems
    );
}

/// The problems' sources, in order.
pub fn problem_sources(problems: &[IngestProblem]) -> Vec<&str> {
    problems.iter().map(|p| p.source.as_str()).collect()
}
