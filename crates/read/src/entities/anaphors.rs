//! "The pass", "the ridge": a lower-case place noun after "the" standing for
//! the one place of the report named earlier with that noun as its head
//! ("the Grelling Pass … over the pass"). Nothing is linked when no such
//! place, or two, came before.

use super::fold;
use super::lexicon::{self, OrgHead};
use super::mentions::Finder;
use super::types::{EntityKind, MentionForm};

impl Finder<'_> {
    /// A bare place noun at word `i` after "the", linked to its antecedent.
    pub(super) fn place_anaphor(&mut self, i: usize) -> Option<usize> {
        let t = self.toks.get(i)?;
        if t.cap || i == 0 || self.key(i - 1) != "the" || !self.joined(i) {
            return None;
        }
        let noun = t.key.as_str();
        if !(lexicon::is_place_noun(noun) || lexicon::org_kind(noun) == Some(OrgHead::Place)) {
            return None;
        }
        // the next word must not continue a noun phrase ("the border town")
        if self.joined(i + 1) && self.lower(i + 1) && lexicon::org_kind(self.key(i + 1)).is_some() {
            return None;
        }
        let heads: Vec<usize> =
            self.out
                .iter()
                .enumerate()
                .filter(|(_, m)| {
                    m.kind == EntityKind::Place
                        && m.form == MentionForm::Name
                        && m.same_as.is_none()
                        && m.name.as_deref().map(fold::words).is_some_and(|w| {
                            w.len() >= 2 && w.last().map(String::as_str) == Some(noun)
                        })
                })
                .map(|(j, _)| j)
                .collect();
        let names: std::collections::BTreeSet<String> = heads
            .iter()
            .filter_map(|&j| self.out[j].name.as_deref().map(fold::key))
            .collect();
        if names.len() != 1 {
            return None;
        }
        let target = *heads.first()?;
        let start = self.toks[i - 1].start;
        let idx = self.push(start, t.end, EntityKind::Place, MentionForm::Title);
        self.out[idx].title = Some(t.key.clone());
        self.out[idx].same_as = Some(target);
        Some(i + 1)
    }
}
