//! crosscheck-ingest (being built).
