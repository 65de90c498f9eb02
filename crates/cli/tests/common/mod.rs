//! Running the `crosscheck` binary from tests.

#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};

/// A `crosscheck` command on the store `db`.
pub fn crosscheck(db: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_crosscheck"));
    cmd.arg("--db").arg(db).env_remove("CROSSCHECK_DB");
    cmd
}

/// Runs a command and returns its output, failing the test with its stderr
/// when it could not be started.
pub fn run(cmd: &mut Command) -> Output {
    cmd.output().expect("crosscheck binary runs")
}

/// Parses stdout as one JSON document.
pub fn json(output: &Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}):\n{}\nstderr:\n{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        )
    })
}
