//! crosscheck-store (being built).
