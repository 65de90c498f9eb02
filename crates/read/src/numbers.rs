//! Counts and amounts with what they count (being built).
