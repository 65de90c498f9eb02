//! Benchmark of de-duplication + clustering on a synthetic corpus.
//!
//! ```text
//! cargo run --release -p crosscheck-cluster --example bench_cluster -- \
//!     [--sizes 10000,30000,100000] [--seed 42] [--threads N]
//! ```
//! Prints one JSON object per size.

use std::process::ExitCode;

use crosscheck_cluster::bench::run_benchmark;

fn main() -> ExitCode {
    let mut sizes = vec![10_000, 30_000, 100_000];
    let mut seed = 42;
    let mut threads = None;
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let value = it.next();
        let ok = match (flag.as_str(), value) {
            ("--sizes", Some(v)) => v
                .split(',')
                .map(|s| s.trim().parse::<usize>())
                .collect::<Result<Vec<_>, _>>()
                .map(|v| sizes = v)
                .is_ok(),
            ("--seed", Some(v)) => v.parse().map(|v| seed = v).is_ok(),
            ("--threads", Some(v)) => v.parse().map(|v| threads = Some(v)).is_ok(),
            _ => false,
        };
        if !ok {
            eprintln!("usage: bench_cluster [--sizes N,N,..] [--seed S] [--threads T]");
            return ExitCode::FAILURE;
        }
    }
    let mut pool = rayon::ThreadPoolBuilder::new();
    if let Some(t) = threads {
        pool = pool.num_threads(t);
    }
    let Ok(pool) = pool.build() else {
        eprintln!("cannot build the thread pool");
        return ExitCode::FAILURE;
    };
    for n in sizes {
        let report = pool.install(|| run_benchmark(n, seed));
        match serde_json::to_string(&report) {
            Ok(line) => println!("{line}"),
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}
