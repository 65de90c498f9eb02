//! crosscheck-eval (being built).
