//! A host's name inside a programme's title: Urdu and Hindi talk shows are
//! titled "`<Host> Kay Sath`" ("with `<Host>`"), and the host is a person of the
//! story apart from the programme ("Aaj Shahzeb Khanzada Kay Sath").
//!
//! What it does not: English titles ("Tonight with …": "with" ends the
//! capitalised run, so the host is already a name of its own), or titles
//! with no such postposition.

use super::mentions::Finder;
use super::types::{EntityKind, MentionForm};

/// The postposition "with" as transliterated in programme titles ("Kay
/// Sath", "Ke Saath"). Hand-listed: no data source has it.
fn is_with(a: &str, b: &str) -> bool {
    matches!(a, "kay" | "ke" | "ki") && matches!(b, "sath" | "saath")
}

impl Finder<'_> {
    /// Pushes the host named in the programme title spanning words
    /// `first..=last`, as a nested person mention: the two words before the
    /// postposition.
    pub(super) fn programme_host(&mut self, first: usize, last: usize) {
        if last < first + 3 || !is_with(self.key(last - 1), self.key(last)) {
            return;
        }
        let (a, b) = (last - 3, last - 2);
        if a < first || !self.name_like(a) || !self.name_like(b) {
            return;
        }
        let (start, end) = (self.toks[a].start, self.toks[b].end);
        let idx = self.push(start, end, EntityKind::Person, MentionForm::Name);
        self.out[idx].name = Some(self.slice(a, b));
    }
}
