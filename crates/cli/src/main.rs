//! The `crosscheck` command line.
//!
//! Arguments are parsed in two steps: clap structs ([`args`]), then a
//! checked [`config::Config`] the commands use. Data goes to stdout (human
//! text on a terminal, JSON with `--format json`); progress and logs go to
//! stderr. Exit codes: 0 success, 1 failure, 2 bad usage, 3 a job finished
//! but some inputs could not be stored (they are listed).

mod args;
mod commands;
mod config;
mod output;
mod progress;

use std::process::ExitCode;

use clap::Parser;

/// Exit code when a job finished but some of its inputs failed.
pub const EXIT_PARTIAL: u8 = 3;

/// The reader allocates many small, short-lived strings and vectors;
/// mimalloc serves them faster than the system allocator (measured with
/// `crosscheck bench read`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    restore_default_sigpipe();
    let cli = args::Cli::parse();
    init_logging(cli.verbose);
    let config = match config::Config::from_args(&cli) {
        Ok(config) => config,
        Err(error) => {
            eprintln!("error: {error:#}");
            return ExitCode::from(2);
        }
    };
    match commands::run(&cli.command, &config) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// Dies quietly on a closed pipe (`crosscheck stories | head`), as Unix
/// tools do, instead of panicking in `println!`: the Rust runtime ignores
/// SIGPIPE by default, and std offers no stable way to change that.
fn restore_default_sigpipe() {
    #[cfg(unix)]
    // SAFETY: called first thing in main, before any thread exists;
    // SIG_DFL is a valid disposition for SIGPIPE.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

fn init_logging(verbose: u8) {
    // html5ever reports parse recoveries of broken pages as warnings: they
    // are normal on the web, not the user's business.
    let default = match verbose {
        0 => "warn,html5ever=error",
        1 => "info,html5ever=error",
        _ => "debug",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_env("CROSSCHECK_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false)
        .init();
}
