//! Scores of a clustering against a gold file (being built).
