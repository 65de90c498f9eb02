//! The checked configuration the commands use, made from the raw flags.

use std::path::PathBuf;

use anyhow::{bail, Result};

use crate::args::Cli;

/// Settings every command shares, checked.
#[derive(Debug)]
pub struct Config {
    /// The store file.
    pub db: PathBuf,
    /// Whether stderr is a terminal (progress bars).
    pub stderr_is_terminal: bool,
}

impl Config {
    /// Resolves the store path (`--db`, else `$CROSSCHECK_DB`, else `./crosscheck.db`)
    /// and looks at the terminal.
    pub fn from_args(cli: &Cli) -> Result<Self> {
        use std::io::IsTerminal;
        let db = match (&cli.db, std::env::var_os("CROSSCHECK_DB")) {
            (Some(db), _) => db.clone(),
            (None, Some(env)) if !env.is_empty() => PathBuf::from(env),
            _ => PathBuf::from("crosscheck.db"),
        };
        if db.is_dir() {
            bail!("--db {} is a directory; give a file path", db.display());
        }
        Ok(Self {
            db,
            stderr_is_terminal: std::io::stderr().is_terminal(),
        })
    }
}
