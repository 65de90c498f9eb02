//! Cross-check stage: what the independent reports of one event agree on,
//! contradict, or say alone, and where one speaker is quoted differently.
//!
//! [`crosscheck`] takes one event's reports as read ([`EventInput`]) and
//! returns [`Finding`]s, each with the source sentences behind it:
//! - statements ([`statements`]): each sentence's slot values (the date,
//!   place or doer of an act, counts, lengths), normalised by the reading
//!   stage and bound to the act they belong to — a word of the closed act
//!   lists, else ([`heads`]) an open-class verb ("resigned"), the thing
//!   placed ("a hospital in Kovach") or the thing a length is of ("48
//!   hours' notice"); where a group of people was taken or is kept
//!   ([`carried`]: "Nine were taken to the hospital in Kovach"), whatever
//!   the verb or facility;
//! - context ([`context`]): what a sum, a share, a count of plain people
//!   or times, or an open-class act's date is said about; two such values
//!   are rivals only when they share a word or an entity;
//! - alignment and comparison ([`compare`]): values of the same slot of the
//!   same act within the event, conflicts only when they cannot both be
//!   true, corroboration only by two independence groups; a value is of
//!   one measure with its role, condition and measured noun ([`measure`]:
//!   a demand and an offer are two measures), two values one report gives
//!   both are never rivals, and a date or reading tied to a time far from
//!   the event is another act's;
//! - quotes ([`quotes`]): speaker conflicts, quote variants with a
//!   word-level diff, corroborated statements;
//! - claims ([`align`]): sentences of different groups stating the same
//!   claim (entities by identity, predicate words by stem and class,
//!   weighted by rarity), joined by complete linkage;
//! - wording ([`lexical`]): shared phrases, exclusives.
//!
//! [`crosscheck_story`] is the one story-level pass ([`order`]): a date of
//! an earlier round of a sequence on or after a later round's date.
//!
//! It does not read files, a store or the network, does not compare
//! different events (beyond the order of their rounds), and does not read the text itself beyond words and
//! their order: entities, times, numbers and quotes come from the reading
//! stage. [`score`] measures findings against a gold file.
//! Pure and deterministic: the same input gives the same output.
#![deny(missing_docs)]

mod align;
mod anchors;
mod bind;
mod carried;
mod claims;
mod compare;
mod context;
mod finding;
mod heads;
mod input;
mod lead;
mod lexical;
mod lexicon;
mod measure;
mod order;
mod quotes;
mod score;
mod sets;
mod statements;
mod union_find;
mod units;
mod walls;

use std::collections::{BTreeMap, BTreeSet};

pub use anchors::EventDays;
pub use finding::{Finding, FindingKind, Source};
pub use input::{
    EntityKind, EventInput, MentionInput, QuantityInput, QuantityKind, QuoteInput, QuoteMode,
    ReadArticle,
};
pub use order::{crosscheck_story, StoryFinding};
pub use score::{score, CrosscheckGold, CrosscheckScores, KindScore, ScoredArticle, ScoredEvent};

use crosscheck_types::DocumentId;
use statements::View;

/// Cross-checks one event: conflicts first, then corroborated claims, quote
/// variants and exclusives; within a kind in order of the first source.
/// Events its reports count from without dating them ("three days after
/// the final") are dated by this event's reports only; see
/// [`crosscheck_in_story`].
pub fn crosscheck(event: &EventInput) -> Vec<Finding> {
    crosscheck_in_story(event, &EventDays::of_story(std::slice::from_ref(event)))
}

/// [`crosscheck`] with the days the whole story's reports give the events
/// they name ([`EventDays::of_story`] over all its events).
pub fn crosscheck_in_story(event: &EventInput, event_days: &EventDays) -> Vec<Finding> {
    let mut group_ids: BTreeMap<&str, usize> = BTreeMap::new();
    for a in &event.articles {
        let n = group_ids.len();
        group_ids.entry(a.independent_source.as_str()).or_insert(n);
    }
    let ordinal = event.ordinal.or_else(|| infer_ordinal(event));
    let views: Vec<View<'_>> = event
        .articles
        .iter()
        .map(|a| statements::view(a, group_ids[a.independent_source.as_str()], ordinal))
        .collect();
    let span = measure::Span::of(event.articles.iter().map(|a| a.published));
    let mut claims: Vec<_> = views
        .iter()
        .enumerate()
        .flat_map(|(i, v)| statements::claims(v, i, span, event_days))
        .collect();
    sets::name_plain_counts(&mut claims);
    tracing::debug!(event = %event.event_id, claims = claims.len(), "statements");
    for c in &claims {
        tracing::trace!(
            outlet = views.get(c.view).and_then(|v| v.art.outlet.as_deref()).unwrap_or(""),
            sent = c.sent,
            slot = ?c.slot,
            key = %c.key,
            value = ?c.value,
            context = ?c.context,
            set = ?c.set,
            "claim"
        );
    }
    let mut findings = compare::compare(&views, &claims);
    let bags = align::bags(&views);
    let idf = align::idf(&bags);
    findings.extend(quotes::compare_quotes(&views, &idf));
    let pairs = align::aligned(&views, &bags);
    // A shared phrase says nothing new when its sentences already stand
    // behind one slot or quote corroboration.
    let phrases = lexical::shared_phrases(&views);
    let slot_based: Vec<BTreeSet<(&DocumentId, usize)>> = findings
        .iter()
        .filter(|f| f.kind == FindingKind::Corroborated)
        .map(|f| {
            f.sources
                .iter()
                .map(|s| (&s.article, s.sentence_start))
                .collect()
        })
        .collect();
    let phrases: Vec<Finding> = phrases
        .into_iter()
        .filter(|p| {
            let mine: BTreeSet<(&DocumentId, usize)> = p
                .sources
                .iter()
                .map(|s| (&s.article, s.sentence_start))
                .collect();
            !slot_based.iter().any(|other| mine.is_subset(other))
        })
        .collect();
    findings.extend(phrases);
    findings.extend(align::corroborated(&views, &pairs));
    let mut aligned = BTreeSet::new();
    for f in findings.iter().filter(|f| f.independent_outlets >= 2) {
        for s in &f.sources {
            if let Some(vi) = views.iter().position(|v| v.art.id == s.article) {
                if let Some(si) = views[vi].sentence_at(s.sentence_start) {
                    aligned.insert((vi, si));
                }
            }
        }
    }
    // A sentence that states the same claim as one of another group is
    // not exclusive, whichever claim it was joined to.
    for &(a, b, _) in &pairs {
        aligned.insert(a);
        aligned.insert(b);
    }
    // A sentence with a slot value that another group also gives a value
    // for is aligned even when the values agree with nobody. A clock's
    // reading alone does not make it so: a live entry's stamp ("16:20 –
    // The sports centre has opened …") dates most of its sentences.
    let mut keys: BTreeMap<(statements::Slot, &str), BTreeSet<usize>> = BTreeMap::new();
    let keyed_claims: Vec<&statements::Claim> = claims
        .iter()
        .filter(|c| !matches!(c.value, statements::Value::Wall { .. }))
        .collect();
    for c in &keyed_claims {
        keys.entry((c.slot, c.key.as_str()))
            .or_default()
            .insert(views[c.view].group);
    }
    for c in &keyed_claims {
        if keys[&(c.slot, c.key.as_str())].len() >= 2 {
            aligned.insert((c.view, c.sent));
        }
    }
    findings.extend(lexical::exclusives(&views, &bags, &idf, &aligned));
    let order = |a: &Source| {
        let v = event
            .articles
            .iter()
            .position(|x| x.id == a.article)
            .unwrap_or(usize::MAX);
        (v, a.sentence_start)
    };
    for f in &mut findings {
        f.sources
            .sort_by(|a, b| order(a).cmp(&order(b)).then_with(|| a.value.cmp(&b.value)));
        f.sources.dedup();
    }
    findings.sort_by(|a, b| {
        a.kind
            .cmp(&b.kind)
            .then_with(|| {
                let fa = a.sources.first().map(order);
                let fb = b.sources.first().map(order);
                fa.cmp(&fb)
            })
            .then_with(|| a.summary.cmp(&b.summary))
    });
    findings.sort_by_key(|f| match f.kind {
        FindingKind::Conflict => 0,
        FindingKind::Corroborated => 1,
        FindingKind::QuoteVariant => 2,
        FindingKind::Exclusive => 3,
    });
    findings
}

/// The round the event is about, when the reports name one: each report's
/// round ordinals, a report's first sentence counting twice (the lead says
/// what the report is about); `None` on a tie or when none is named.
pub(crate) fn infer_ordinal(event: &EventInput) -> Option<u32> {
    let mut votes: BTreeMap<u32, usize> = BTreeMap::new();
    for a in &event.articles {
        let v = statements::view(a, 0, None);
        for (i, s) in v.sents.iter().enumerate() {
            for o in statements::sentence_ordinals(&v.toks[s.first..s.last]) {
                *votes.entry(o).or_default() += if i == 0 { 2 } else { 1 };
            }
        }
    }
    let best = votes.values().copied().max()?;
    let top: Vec<u32> = votes
        .iter()
        .filter(|(_, &n)| n == best)
        .map(|(&o, _)| o)
        .collect();
    (top.len() == 1).then(|| top[0])
}

/// The source for sentence `si` of view `vi`.
pub(crate) fn source_of(views: &[View<'_>], vi: usize, si: usize, value: Option<String>) -> Source {
    let v = &views[vi];
    let s = &v.sents[si];
    Source {
        article: v.art.id.clone(),
        outlet: v.art.outlet.clone(),
        sentence_start: s.start,
        sentence_end: s.end,
        value,
    }
}
