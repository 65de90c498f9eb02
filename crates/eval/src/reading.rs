//! Scores of the reading stage against a gold file (being built).
