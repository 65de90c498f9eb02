//! One module per command; [`run`] dispatches.

mod articles;
mod copies;
mod eval;
mod eval_check;
mod eval_read;
mod ingest;
mod raw;
mod reading;
mod show;
mod stories;

use std::process::ExitCode;

use anyhow::{Context, Result};
use crosscheck_store::SqliteStore;

use crate::args::Command;
use crate::config::Config;

/// Runs one command and says how the process should exit.
pub fn run(command: &Command, config: &Config) -> Result<ExitCode> {
    match command {
        Command::Ingest {
            paths,
            max_input_mib,
            max_decompressed_mib,
            format,
        } => ingest::run(
            config,
            paths,
            *max_input_mib,
            *max_decompressed_mib,
            format.format,
        ),
        Command::Articles { body, format } => articles::list(config, *body, format.format),
        Command::Article { id, format } => articles::show(config, id, format.format),
        Command::ShowRaw { id, format } => raw::show(config, id, format.format),
        Command::Copies { format } => copies::list(config, format.format),
        Command::Problems { format } => ingest::problems(config, format.format),
        Command::Reextract { format } => ingest::reextract(config, format.format),
        Command::Stories { format } => stories::list(config, format.format),
        Command::Show { story, format } => show::run(config, story.as_deref(), format.format),
        Command::Entities { story, format } => {
            reading::entities(config, story.as_deref(), format.format)
        }
        Command::Quotes { story, format } => {
            reading::quotes(config, story.as_deref(), format.format)
        }
        Command::Recluster { format } => stories::recluster(config, format.format),
        Command::Eval { what } => eval::eval(what, config),
        Command::Bench { what } => eval::bench(what, config),
    }
}

/// Opens the store named by the configuration.
pub fn open_store(config: &Config) -> Result<SqliteStore> {
    SqliteStore::open(&config.db).with_context(|| format!("opening {}", config.db.display()))
}

/// Opens the store for reading: a missing file is an error, not a new empty store.
pub fn open_existing_store(config: &Config) -> Result<SqliteStore> {
    if !config.db.exists() {
        anyhow::bail!(
            "no store at {} (run `crosscheck ingest PATH` first, or pass --db FILE)",
            config.db.display()
        );
    }
    open_store(config)
}
