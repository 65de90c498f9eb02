//! crosscheck-pipeline (being built).
