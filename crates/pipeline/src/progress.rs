//! Progress reporting for long work, without tying the pipeline to a terminal.

/// Receives progress from long pipeline work. Implementations must be cheap:
/// they are called once per input.
pub trait Progress: Sync {
    /// The work has `total` steps.
    fn start(&self, total: u64);
    /// One step is done; `label` names it (an input path).
    fn advance(&self, label: &str);
    /// The work is over.
    fn finish(&self);
}

/// Progress that goes nowhere (pipes, tests, the server).
pub struct NoProgress;

impl Progress for NoProgress {
    fn start(&self, _total: u64) {}
    fn advance(&self, _label: &str) {}
    fn finish(&self) {}
}
