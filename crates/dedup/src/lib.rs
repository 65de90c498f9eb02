//! De-duplication stage (work in progress).
#![deny(missing_docs)]
