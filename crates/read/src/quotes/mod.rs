//! Direct and indirect quotes with their speakers (being built).
