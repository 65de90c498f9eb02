//! `crosscheck show-raw ID`: the original bytes, byte for byte.

use std::io::Write;
use std::process::ExitCode;

use anyhow::{Context, Result};
use base64::Engine;
use crosscheck_store::Store;
use serde::Serialize;
use sha2::{Digest, Sha256};

use super::open_existing_store;
use crate::args::Format;
use crate::config::Config;
use crate::output::{print_json, print_jsonl};

/// `show-raw --format json`: the bytes in base64, with what identifies them.
#[derive(Serialize)]
struct RawOut<'a> {
    id: &'a str,
    source: Option<&'a str>,
    size: usize,
    sha256: String,
    base64: String,
}

pub fn show(config: &Config, id: &str, format: Format) -> Result<ExitCode> {
    let store = open_existing_store(config)?;
    let id = store.resolve_id(id)?;
    let raw = store
        .raw(&id)?
        .with_context(|| format!("no raw bytes stored for {id}"))?;
    if format == Format::Human {
        let stdout = std::io::stdout();
        let mut out = stdout.lock();
        out.write_all(&raw)?;
        out.flush()?;
        return Ok(ExitCode::SUCCESS);
    }
    let article = store.article(&id)?;
    let out = RawOut {
        id: id.as_str(),
        source: article.as_ref().map(|a| a.source.as_str()),
        size: raw.len(),
        sha256: hex::encode(Sha256::digest(&raw)),
        base64: base64::engine::general_purpose::STANDARD.encode(&raw),
    };
    match format {
        Format::Jsonl => print_jsonl([&out])?,
        _ => print_json(&out)?,
    }
    Ok(ExitCode::SUCCESS)
}
