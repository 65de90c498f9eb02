//! Capitalised runs for the mention walk: platforms, names with what
//! follows them (a government, a document, a place noun, a group), acronyms
//! in brackets, datelines, and capitals standing for their governments.
//! What kind of name a plain run is, `classify` says.

use super::fold;
use super::gazetteer::{self, Place};
use super::lexicon::{self, OrgHead};
use super::mentions::Finder;
use super::types::{EntityKind, MentionForm};

impl Finder<'_> {
    // ---- platforms ----------------------------------------------------

    pub(super) fn platform(&mut self, i: usize) -> Option<usize> {
        let t = self.toks.get(i)?;
        let text = self.body.get(t.start..t.end)?;
        let (name, others) = lexicon::PLATFORMS.iter().find(|(n, _)| *n == text)?;
        if text.chars().count() == 1 {
            let before = i > 0 && matches!(self.key(i - 1), "on" | "to" | "platform" | "via");
            let rest = self.body.get(t.end..).unwrap_or("");
            if !(before || rest.starts_with(" (formerly")) {
                return None;
            }
        }
        let idx = self.push(t.start, t.end, EntityKind::Platform, MentionForm::Name);
        self.out[idx].name = Some((*name).to_owned());
        let _ = others;
        Some(self.parenthetical(i, idx).unwrap_or(i + 1))
    }

    /// "Name (ACR)" or "X (formerly Twitter)" after word `last`: a second
    /// mention stated to be the same as mention `idx`.
    pub(super) fn parenthetical(&mut self, last: usize, idx: usize) -> Option<usize> {
        let end = self.toks.get(last)?.after;
        let rest = self.body.get(end..)?;
        let inner_start = if rest.starts_with(" (formerly ") {
            end + " (formerly ".len()
        } else if rest.starts_with(" (") {
            end + 2
        } else {
            return None;
        };
        let close = self.body.get(inner_start..)?.find(')')? + inner_start;
        let inner = self.body.get(inner_start..close)?;
        if inner.is_empty() || inner.len() > 60 || inner.contains(['(', '\n', ',']) {
            return None;
        }
        let words: Vec<&str> = inner.split_whitespace().collect();
        let acronym = words.len() == 1
            && inner.len() >= 2
            && inner.chars().all(|c| c.is_ascii_uppercase() || c == '-');
        let named = words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
        if !(acronym || (named && rest.starts_with(" (formerly "))) {
            return None;
        }
        let mut kind = self.out[idx].kind;
        if acronym && matches!(kind, EntityKind::Person | EntityKind::Other) {
            // A name given an acronym is an organisation's.
            kind = EntityKind::Organisation;
            self.out[idx].kind = kind;
        }
        let j = self.push(
            inner_start,
            close,
            kind,
            if acronym {
                MentionForm::Acronym
            } else {
                MentionForm::Name
            },
        );
        self.out[j].name = Some(inner.to_owned());
        self.out[j].same_as = Some(idx);
        self.out[j].country = self.out[idx].country.clone();
        let last_word = self.toks.iter().position(|t| t.start >= close)?;
        Some(last_word)
    }

    // ---- capitalised runs ---------------------------------------------

    /// A capital after a locative word ("talks in Doha", "in Doha, Istanbul
    /// and …") is the place; elsewhere it stands for its government.
    pub(super) fn locative_before(&self, i: usize) -> bool {
        let mut k = i;
        for _ in 0..4 {
            if k == 0 {
                return false;
            }
            let prev = k - 1;
            let key = self.key(prev);
            if lexicon::is_locative(key) && self.lower(prev) {
                // "frustration in Islamabad": the mood of a government.
                return !(key == "in" && prev > 0 && lexicon::is_attitude(self.key(prev - 1)));
            }
            let gap = self.gap(k);
            if matches!(key, "and" | "or") || gap.contains(',') {
                // step back over a coordinated name
                let mut p = if matches!(key, "and" | "or") { prev } else { k };
                while p > 0 && self.toks[p - 1].cap {
                    p -= 1;
                }
                if p == k {
                    return false;
                }
                k = p;
                continue;
            }
            return false;
        }
        false
    }

    /// The body's first words, when followed by ":" or a dash: a dateline.
    pub(super) fn is_dateline(&self, i: usize, last: usize) -> bool {
        if i != 0 {
            return false;
        }
        let rest = self.body.get(self.toks[last].after..).unwrap_or("");
        let rest = rest.trim_start_matches([' ', '\u{a0}']);
        rest.starts_with([':', '\u{2014}', '\u{2013}', '-', ','])
    }

    /// "Greywold Dairies of Hollinsby": a firm named by its trade in the
    /// plural after a name of its own, then the place it comes from. The
    /// place is no part of the firm's name ("the Ministry of Transport",
    /// "National Bank of Pellis", "Armed Forces of Pellaria" keep theirs).
    fn firm_from_place(&self, i: usize, j: usize) -> bool {
        let head = self.key(j);
        j > i
            && head.ends_with('s')
            && !matches!(
                head,
                "forces" | "nations" | "services" | "guards" | "brigades"
            )
    }

    /// "Fishermen’s Union", "Farmers' Council": a plural noun in the
    /// possessive inside an organisation's name, followed by its head.
    fn plural_possessive_of_org(&self, j: usize) -> bool {
        let t = &self.toks[j];
        let n = j + 1;
        let trailing = self
            .body
            .get(t.end..t.after)
            .is_some_and(|a| a.chars().count() == 1);
        let plural = self.key(j).ends_with("men") || (trailing && self.key(j).ends_with('s'));
        plural
            && t.cap
            && self.gap(n) == " "
            && !self.lower(n)
            && lexicon::org_kind(self.key(n)) == Some(OrgHead::Organisation)
    }

    pub(super) fn run_end(&self, i: usize) -> usize {
        let mut j = i;
        loop {
            if self.toks[j].poss {
                if self.plural_possessive_of_org(j) {
                    j += 1;
                    continue;
                }
                return j;
            }
            let n = j + 1;
            if self.joined(n) && self.name_like(n) && self.title_at(n).is_none() {
                j = n;
                continue;
            }
            // "the Cull Queen", "Burger King": a royal title closing a name,
            // with no name after it to be the title of, is the name's.
            if self.joined(n)
                && self.toks[n].cap
                && matches!(self.key(n), "queen" | "king" | "prince" | "princess")
                && self.title_at(j).is_none()
                && !(self.joined(n + 1) && self.name_like(n + 1))
            {
                return n;
            }
            // "Tavrenia One", "Formula One", "Fair Draw Now": a capitalised
            // number word or "Now" ends a name (a channel's, a series', a
            // campaign's), not a sentence's first word.
            if self.joined(n)
                && self.toks[n].cap
                && matches!(self.key(n), "one" | "two" | "three" | "four" | "now")
                && !(self.joined(n + 1) && self.toks.get(n + 1).is_some_and(|t| t.cap))
            {
                return n;
            }
            if self.joined(n)
                && self.lower(n)
                && (lexicon::is_name_connector(self.key(n))
                    || (matches!(self.key(n), "of" | "for")
                        && lexicon::org_kind(self.key(j)) == Some(OrgHead::Organisation)
                        && !self.firm_from_place(i, j)
                        || self.key(n) == "of" && lexicon::is_government_word(self.key(j))))
                && self.joined(n + 1)
                && self.name_like(n + 1)
            {
                j = n + 1;
                continue;
            }
            return j;
        }
    }

    pub(super) fn name_run(&mut self, i: usize) -> Option<usize> {
        let t = self.toks.get(i)?;
        if !(self.name_like(i) || t.upper) {
            return None;
        }
        if t.upper && crate::numbers::is_number_word(&t.key) {
            // "4.3 MILLION marrits", "THREE men": a number word in
            // capitals is a tabloid's emphasis, never a name.
            return Some(i + 1);
        }
        if self.month_with_day(i) {
            // "Sept 4", "4 Oct": a date, not a name.
            return Some(i + 1);
        }
        let known = self.known.contains(t.key.as_str())
            || gazetteer::lookup_key(&t.key.replace('-', " ")).is_some();
        let name_follows = self.joined(i + 1)
            && self.name_like(i + 1)
            && gazetteer::lookup_key(&self.key(i + 1).replace('-', " ")).is_none();
        if t.initial && !known && !t.upper && !name_follows && self.title_at(i).is_none() {
            // A capitalised first word of a sentence seen nowhere else
            // capitalised: an ordinary word ("Reiterating", "Speaking").
            return Some(i + 1);
        }
        if t.initial && !known && !t.upper && name_follows && self.imperative_in_quote(i) {
            // "Ask Brackenholt.": a verb opening a quotation is no part of
            // the name after it.
            return Some(i + 1);
        }
        let last = self.run_end(i);
        let start = t.start;
        let end = self.toks[last].end;
        let text = self.body.get(start..end)?.to_owned();
        let key = fold::key(&text);
        let words: Vec<String> = fold::words(&text);
        let possessor = self.possessor(i);
        let place = gazetteer::lookup_key(&key);
        // A leading demonym or country ties the name to that country
        // ("Afghan Taliban", "Pakistan Army").
        let lead_demonym = match words.first().and_then(|w| gazetteer::lookup_key(w)) {
            Some(Place::Demonym(c) | Place::Country(c)) if words.len() > 1 => Some(c),
            _ => None,
        };

        // Followed by a lower-case word that says what the name is.
        let n = last + 1;
        let next =
            if (self.joined(n) || (self.toks[last].poss && self.gap(n) == " ")) && self.lower(n) {
                self.key(n).to_owned()
            } else {
                String::new()
            };
        let next_pair = if self.joined(n + 1) {
            self.key(n + 1).to_owned()
        } else {
            String::new()
        };
        let group = lexicon::group_class_pair(&next, &next_pair)
            .map(|g| (g, n + 1))
            .or_else(|| lexicon::group_class(&next).map(|g| (g, n)));
        if let Some(((class, _), group_last)) = group {
            if next != "people" || !self.toks[last].poss {
                let country = match place {
                    Some(Place::Country(c) | Place::Demonym(c) | Place::Capital(c)) => Some(c),
                    _ => lead_demonym,
                };
                if !matches!(place, Some(Place::Demonym(_))) {
                    // The modifier is a name of its own ("Kabul's delegation"):
                    // a nested mention, so a span on it finds its entity.
                    let (kind, form, c, metonym) =
                        self.classify(i, last, &words, place, lead_demonym);
                    let idx = self.push(start, end, kind, form);
                    let m = &mut self.out[idx];
                    m.name = Some(text.clone());
                    m.metonym = metonym;
                    m.country = c.or(possessor).map(str::to_owned);
                }
                let idx = self.push(
                    start,
                    self.toks[group_last].end,
                    EntityKind::Group,
                    MentionForm::Group,
                );
                let m = &mut self.out[idx];
                m.group = Some(class.to_owned());
                m.country = country.map(str::to_owned);
                if country.is_none() || lead_demonym.is_some() {
                    m.name = Some(text.clone());
                }
                return Some(group_last + 1);
            }
        }
        if matches!(place, Some(Place::Demonym(_))) && words.len() == 1 {
            // "Afghan soil": an adjective, not a name.
            return Some(last + 1);
        }
        if !self.toks[last].poss {
            let extend = if lexicon::is_government_word(&next) {
                Some(EntityKind::Government)
            } else if lexicon::is_document_noun(&next) {
                Some(EntityKind::Document)
            } else if lexicon::is_place_noun(&next) {
                Some(EntityKind::Place)
            } else if lexicon::is_plan_noun(&next)
                && !matches!(place, Some(Place::Country(_) | Place::Capital(_)))
                && !self.outlet_possessive(i)
            {
                Some(EntityKind::Plan)
            } else {
                None
            };
            if let Some(kind) = extend {
                let own = match place {
                    Some(Place::Country(c) | Place::Demonym(c)) => Some(c),
                    _ => None,
                };
                let kind = if kind == EntityKind::Government && own.is_some() {
                    EntityKind::Country
                } else {
                    kind
                };
                let idx = self.push(start, self.toks[n].end, kind, MentionForm::Name);
                let m = &mut self.out[idx];
                m.name = Some(
                    if matches!(
                        kind,
                        EntityKind::Place | EntityKind::Document | EntityKind::Plan
                    ) {
                        self.body
                            .get(start..self.toks[n].end)
                            .unwrap_or("")
                            .to_owned()
                    } else {
                        text.clone()
                    },
                );
                m.country = possessor.or(own).or(lead_demonym).map(str::to_owned);
                return Some(n + 1);
            }
        }

        let (kind, form, country, metonym) = self.classify(i, last, &words, place, lead_demonym);
        let dateline = self.is_dateline(i, last)
            && (place.is_some()
                || self.toks[i].upper
                || self
                    .body
                    .get(end..)
                    .is_some_and(|r| r.trim_start().starts_with(':')));
        let (kind, form, country) = if dateline {
            let c = match place {
                Some(Place::Capital(c) | Place::Region(c)) => Some(c),
                _ => None,
            };
            (EntityKind::City, MentionForm::Dateline, c.or(country))
        } else {
            (kind, form, country)
        };
        let idx = self.push(start, end, kind, form);
        {
            let m = &mut self.out[idx];
            m.name = Some(text);
            m.metonym = metonym && form != MentionForm::Dateline;
            m.country = country.or(possessor).map(str::to_owned);
        }
        if kind == EntityKind::Programme {
            self.programme_host(i, last);
        }
        if let Some(after) = self.parenthetical(last, idx) {
            return Some(after);
        }
        Some(last + 1)
    }
}
