//! What a capitalised run names, for the mention walk: a country, capital
//! or demonym from the gazetteer, an acronym, a government, a programme of
//! an outlet, a vessel ("the trawler Sea Lark"), a plan ("Operation
//! Northern Gate"), an organisation, outlet, document or place by its head
//! word, an outlet spoken to, a place after a locative, else a person (two
//! words or more, no article) or a name of unknown kind. Does not find the
//! runs (`runs`).

use super::gazetteer::{self, Place};
use super::lexicon::{self, OrgHead};
use super::mentions::Finder;
use super::types::{EntityKind, MentionForm};

impl Finder<'_> {
    pub(super) fn classify(
        &self,
        i: usize,
        last: usize,
        words: &[String],
        place: Option<Place>,
        lead_demonym: Option<&'static str>,
    ) -> (EntityKind, MentionForm, Option<&'static str>, bool) {
        use EntityKind as K;
        match place {
            Some(Place::Country(c)) => return (K::Country, MentionForm::Name, Some(c), false),
            Some(Place::Capital(c)) => {
                let dateline = self.is_dateline(i, last);
                let modifier = self
                    .toks
                    .get(last)
                    .is_some_and(|t| lexicon::modifies_noun_after(self.body, t.end));
                let metonym = !dateline && !self.locative_before(i) && !modifier;
                return (K::City, MentionForm::Name, Some(c), metonym);
            }
            Some(Place::Region(c)) => return (K::City, MentionForm::Name, Some(c), false),
            Some(Place::Demonym(c)) => return (K::Other, MentionForm::Name, Some(c), false),
            None => {}
        }
        // "Government of Pakistan": the country as a state.
        if words
            .first()
            .is_some_and(|w| lexicon::is_government_word(w))
            && words.len() >= 3
            && words[1] == "of"
        {
            if let Some(Place::Country(c)) = gazetteer::lookup_key(&words[2..].join(" ")) {
                return (K::Country, MentionForm::Name, Some(c), false);
            }
        }
        let single = i == last;
        if single && self.toks[i].upper && words.len() == 1 && words[0].len() <= 6 {
            if lexicon::is_common_abbreviation(&words[0]) || crate::times::is_time_zone(&words[0]) {
                return (K::Other, MentionForm::Acronym, None, false);
            }
            return (K::Organisation, MentionForm::Acronym, None, false);
        }
        if words.len() > 1 && words.last().is_some_and(|w| lexicon::is_government_word(w)) {
            // "Afghan Taliban Regime": a government, named with a capital.
            return (K::Government, MentionForm::Name, lead_demonym, false);
        }
        // Programme of an outlet: "Geo News' Aaj …".
        if self.outlet_possessive(i) {
            return (K::Programme, MentionForm::Name, None, false);
        }
        if self.vessel_named(i, words) {
            return (K::Vessel, MentionForm::Name, None, false);
        }
        if words.len() >= 2 && lexicon::is_plan_lead(&words[0]) {
            // "Operation Northern Gate"
            return (K::Plan, MentionForm::Name, lead_demonym, false);
        }
        let heads: Vec<Option<OrgHead>> = words.iter().map(|w| lexicon::org_kind(w)).collect();
        let kind = match heads.last().copied().flatten() {
            Some(OrgHead::Media) => Some(K::MediaOutlet),
            Some(OrgHead::Agreement) => Some(K::Document),
            Some(OrgHead::Place) => Some(K::Place),
            Some(OrgHead::Organisation) => Some(K::Organisation),
            Some(OrgHead::Plan) => Some(K::Plan),
            None if heads.iter().any(|h| h.is_some()) => Some(K::Organisation),
            None => None,
        };
        if let Some(kind) = kind {
            return (kind, MentionForm::Name, lead_demonym, false);
        }
        if self.addressed_outlet(i) {
            // "told the Sentinel": a newspaper or channel spoken to.
            return (K::MediaOutlet, MentionForm::Name, lead_demonym, false);
        }
        // "in Kostin's party": the possessor is not the place.
        let held = i >= 2 && self.key(i - 1) == "in" && lexicon::is_holding_noun(self.key(i - 2));
        if i > 0
            && self.lower(i - 1)
            && lexicon::is_locative(self.key(i - 1))
            && !self.toks[last].poss
            && !held
        {
            return (K::Place, MentionForm::Name, None, false);
        }
        // "the port of Sallowby", "the town of Ulmsted": a settlement named
        // by its kind.
        if i >= 2
            && self.key(i - 1) == "of"
            && self.lower(i - 2)
            && is_settlement_noun(self.key(i - 2))
        {
            return (K::Place, MentionForm::Name, None, false);
        }
        // "the Grey Petrel", "the Evening Desk": a person's name takes no
        // article.
        let after_the = i > 0 && self.key(i - 1) == "the";
        if words.len() >= 2 && lead_demonym.is_none() && !after_the {
            (K::Person, MentionForm::Name, None, false)
        } else {
            (K::Other, MentionForm::Name, lead_demonym, false)
        }
    }

    /// The name at word `i` follows an outlet in the possessive ("Geo
    /// News' Aaj …"): a programme of that outlet.
    pub(super) fn outlet_possessive(&self, i: usize) -> bool {
        self.out.last().is_some_and(|prev| {
            i > 0
                && self.toks[i - 1].poss
                && prev.end == self.toks[i - 1].end
                && prev.kind == EntityKind::MediaOutlet
        })
    }

    /// A short month name with a day number beside it ("Sept 4", "4 Sept").
    pub(super) fn month_with_day(&self, i: usize) -> bool {
        let digit = |j: usize| {
            self.toks
                .get(j)
                .is_some_and(|t| t.key.starts_with(|c: char| c.is_ascii_digit()))
        };
        lexicon::is_month_abbreviation(self.key(i))
            && ((digit(i + 1) && matches!(self.gap(i + 1), " " | ". " | "\u{a0}"))
                || (i > 0 && digit(i - 1) && matches!(self.gap(i), " " | "\u{a0}")))
    }

    /// A ship's name at word `i`: after a vessel noun ("the trawler Sea
    /// Lark", "the trawler, the Sea Lark"), or led by a ship prefix in
    /// capitals ("MV Ardent").
    fn vessel_named(&self, i: usize, words: &[String]) -> bool {
        let t = &self.toks[i];
        if words.len() >= 2 && t.upper && lexicon::is_vessel_prefix(&t.key) {
            return true;
        }
        if i == 0 || t.initial && self.key(i - 1) != "the" {
            return false;
        }
        let noun = |j: usize| self.lower(j) && lexicon::is_vessel_noun(self.key(j));
        let gap = self.gap(i);
        (noun(i - 1) && matches!(gap, " " | "\u{a0}"))
            || (i >= 2
                && self.key(i - 1) == "the"
                && self.lower(i - 1)
                && matches!(gap, " " | "\u{a0}")
                && noun(i - 2)
                && self.gap(i - 1) == ", ")
    }

    /// "told the Sentinel", "speaking to the Courier", "in an interview
    /// with the Herald": a name after "the" that someone speaks to is an
    /// outlet.
    fn addressed_outlet(&self, i: usize) -> bool {
        if i < 2 || self.key(i - 1) != "the" || !self.lower(i - 1) {
            return false;
        }
        let verb = self.key(i - 2);
        matches!(verb, "told" | "tells" | "telling")
            || (matches!(verb, "to" | "with")
                && i >= 3
                && matches!(
                    self.key(i - 3),
                    "speaking" | "spoke" | "speak" | "talking" | "talked" | "interview" | "said"
                ))
    }
}

/// Nouns of a kind of settlement or area written before "of" and a name
/// ("the port of Sallowby"). Hand-listed: a closed class.
fn is_settlement_noun(w: &str) -> bool {
    matches!(
        w,
        "port"
            | "town"
            | "city"
            | "village"
            | "harbour"
            | "harbor"
            | "district"
            | "province"
            | "region"
            | "island"
            | "suburb"
            | "county"
            | "municipality"
    )
}
