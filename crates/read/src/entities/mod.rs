//! Entity mentions and their identities across a corpus (being built).
