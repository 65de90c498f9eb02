//! Progress bars on a terminal, silence in pipes.

use crosscheck_pipeline::Progress;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// An indicatif bar on stderr when it is a terminal; hidden otherwise.
pub struct Bar {
    bar: ProgressBar,
}

impl Bar {
    /// A bar for `what` ("ingest", "extract"); hidden unless `visible`.
    pub fn new(what: &str, visible: bool) -> Self {
        let bar = ProgressBar::with_draw_target(
            None,
            if visible {
                ProgressDrawTarget::stderr()
            } else {
                ProgressDrawTarget::hidden()
            },
        );
        let style = ProgressStyle::with_template(
            "{prefix} [{bar:30}] {pos}/{len} {per_sec} eta {eta} {wide_msg}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("=> ");
        bar.set_style(style);
        bar.set_prefix(what.to_owned());
        Self { bar }
    }
}

impl Progress for Bar {
    fn start(&self, total: u64) {
        self.bar.set_length(total);
    }
    fn advance(&self, label: &str) {
        self.bar.set_message(label.to_owned());
        self.bar.inc(1);
    }
    fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
