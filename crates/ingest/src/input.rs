//! Inputs: command-line arguments expanded to files and stdin, and reading
//! one input with the size cap checked before reading.

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::{ingest_bytes, IngestError, IngestOptions, IngestProblem, Ingested};

/// One input to ingest.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Input {
    /// A file, by its path as given (or as found under a directory given).
    Path(PathBuf),
    /// Standard input (`-` on the command line).
    Stdin,
}

impl Input {
    /// The label documents and problems carry: the path as given, or `-`.
    pub fn label(&self) -> String {
        match self {
            Input::Path(path) => path.to_string_lossy().into_owned(),
            Input::Stdin => "-".to_owned(),
        }
    }
}

/// Expands command-line arguments into inputs: a file as given, a directory
/// recursively (sorted by path, dotfiles and dot-directories skipped,
/// symlinks not followed), `-` as stdin. A missing path (or an unreadable
/// directory entry) is a problem, and the other arguments are still expanded.
pub fn expand_inputs(args: &[String]) -> (Vec<Input>, Vec<IngestProblem>) {
    let mut inputs = Vec::new();
    let mut problems = Vec::new();
    for arg in args {
        if arg == "-" {
            inputs.push(Input::Stdin);
            continue;
        }
        let path = Path::new(arg);
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => expand_dir(path, &mut inputs, &mut problems),
            Ok(_) => inputs.push(Input::Path(path.to_path_buf())),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => problems.push(
                IngestProblem::error(arg.clone(), IngestError::NotFound { path: path.into() }),
            ),
            Err(err) => problems.push(IngestProblem::error(
                arg.clone(),
                IngestError::io(path, &err),
            )),
        }
    }
    (inputs, problems)
}

fn expand_dir(dir: &Path, inputs: &mut Vec<Input>, problems: &mut Vec<IngestProblem>) {
    let walker = walkdir::WalkDir::new(dir)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|entry| {
            entry.depth() == 0 || !entry.file_name().to_string_lossy().starts_with('.')
        });
    for entry in walker {
        match entry {
            Ok(entry) if entry.file_type().is_file() => {
                inputs.push(Input::Path(entry.into_path()));
            }
            // Directories are walked; symlinks, sockets and the like skipped.
            Ok(_) => {}
            Err(err) => {
                let path = err.path().unwrap_or(dir).to_path_buf();
                let error = match err.io_error() {
                    Some(io) => IngestError::io(&path, io),
                    None => IngestError::Io {
                        path: path.clone(),
                        kind: std::io::ErrorKind::Other,
                        message: err.to_string(),
                    },
                };
                problems.push(IngestProblem::error(path.to_string_lossy(), error));
            }
        }
    }
}

/// Reads one input and ingests its bytes.
///
/// The size cap is checked before reading: a file over
/// [`IngestOptions::max_input_bytes`] is an error record naming its size and
/// the limit, and is never read into memory. Stdin is read up to the cap
/// plus one byte, to tell "at the cap" from "over it".
pub fn ingest_input(input: &Input, opts: &IngestOptions) -> Ingested {
    let label = input.label();
    match read_input(input, opts) {
        Ok(bytes) => ingest_bytes(&label, &bytes, opts),
        Err(error) => Ingested {
            documents: Vec::new(),
            problems: vec![IngestProblem::error(label, error)],
        },
    }
}

fn read_input(input: &Input, opts: &IngestOptions) -> Result<Vec<u8>, IngestError> {
    let limit = opts.max_input_bytes;
    match input {
        Input::Path(path) => {
            let file = File::open(path).map_err(|err| match err.kind() {
                std::io::ErrorKind::NotFound => IngestError::NotFound { path: path.clone() },
                _ => IngestError::io(path, &err),
            })?;
            let meta = file.metadata().map_err(|err| IngestError::io(path, &err))?;
            if meta.is_dir() {
                return Err(IngestError::NotAFile { path: path.clone() });
            }
            if meta.len() > limit {
                return Err(IngestError::TooLarge {
                    size: Some(meta.len()),
                    limit,
                });
            }
            // The file may grow between the check and the read: read no more than the cap allows.
            let bytes = read_capped(file, limit).map_err(|err| IngestError::io(path, &err))?;
            if bytes.len() as u64 > limit {
                return Err(IngestError::TooLarge { size: None, limit });
            }
            Ok(bytes)
        }
        Input::Stdin => {
            let bytes = read_capped(std::io::stdin().lock(), limit)
                .map_err(|err| IngestError::io("-", &err))?;
            if bytes.len() as u64 > limit {
                return Err(IngestError::TooLarge { size: None, limit });
            }
            Ok(bytes)
        }
    }
}

/// Reads at most `limit + 1` bytes.
fn read_capped(reader: impl Read, limit: u64) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}
