//! `crosscheck show-raw ID`: the original bytes, byte for byte.

use std::io::Write;
use std::process::ExitCode;

use anyhow::{Context, Result};
use crosscheck_store::Store;

use super::open_existing_store;
use crate::config::Config;

pub fn show(config: &Config, id: &str) -> Result<ExitCode> {
    let store = open_existing_store(config)?;
    let id = store.resolve_id(id)?;
    let raw = store
        .raw(&id)?
        .with_context(|| format!("no raw bytes stored for {id}"))?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    out.write_all(&raw)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
