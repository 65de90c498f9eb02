//! One story examined: its reports read (entities resolved across the whole
//! story), each event cross-checked on its own, then the order of the
//! story's rounds checked across its events (`crosscheck_story`).
//!
//! This is where the reading stage's types are mapped onto the cross-check
//! stage's input, field by field; the CLI's `show` and any server print what
//! [`examine_story`] returns. Pure: nothing is read or written here.

use std::collections::HashMap;

use crosscheck_check::{
    crosscheck_in_story, crosscheck_story, EntityKind as CheckKind, EventDays, EventInput, Finding,
    FindingKind, MentionInput, QuantityInput, QuantityKind as CheckQuantityKind, QuoteInput,
    QuoteMode as CheckQuoteMode, ReadArticle,
};
use crosscheck_read::entities::{Entity, EntityKind, EntityTable};
use crosscheck_read::numbers::{Approx, Quantity, QuantityKind};
use crosscheck_read::quotes::{Quote, QuoteMode, Speaker};
use crosscheck_read::{read_corpus, ArticleReading, CorpusReading};
use crosscheck_types::{Article, DocumentId, IndependenceGroups, Story};
use rayon::prelude::*;

/// A story with everything the reader and the cross-checker found in it.
#[derive(Clone, Debug)]
pub struct StoryExamination {
    /// The reading of every article of the story, entities resolved across it.
    pub reading: CorpusReading,
    /// The findings of each event, in the story's event order (event id,
    /// findings).
    pub findings: Vec<(String, Vec<Finding>)>,
}

/// Reads a story's articles and cross-checks each of its events, then the
/// order of its rounds across events. `articles`
/// must hold the story's articles (others are ignored); `groups` says which
/// articles are one independent source.
pub fn examine_story(
    story: &Story,
    articles: &[Article],
    groups: &IndependenceGroups,
) -> StoryExamination {
    let by_id: HashMap<&DocumentId, &Article> = articles.iter().map(|a| (&a.id, a)).collect();
    let mine: Vec<Article> = story
        .articles
        .iter()
        .filter_map(|id| by_id.get(id).map(|a| (*a).clone()))
        .collect();
    let reading = read_corpus(&mine);
    let readings: HashMap<&DocumentId, &ArticleReading> =
        reading.articles.iter().map(|r| (&r.article, r)).collect();
    let inputs: Vec<EventInput> = story
        .events
        .iter()
        .map(|event| EventInput {
            event_id: event.id.clone(),
            ordinal: None,
            articles: event
                .articles
                .iter()
                .filter_map(|id| {
                    let article = by_id.get(id)?;
                    let read = readings.get(id)?;
                    Some(check_input(article, read, &reading.entities, groups))
                })
                .collect(),
        })
        .collect();
    // The days the story's reports give the events they name ("the
    // final"), for reports that count from them without a date.
    let event_days = EventDays::of_story(&inputs);
    let mut findings: Vec<(String, Vec<Finding>)> = inputs
        .par_iter()
        .map(|input| {
            (
                input.event_id.clone(),
                crosscheck_in_story(input, &event_days),
            )
        })
        .collect();
    // Order conflicts across the story's events (an earlier round dated
    // after a later one), shown with their event after its own conflicts.
    for sf in crosscheck_story(&inputs) {
        if let Some((_, list)) = findings.get_mut(sf.event) {
            let at = list
                .iter()
                .take_while(|f| f.kind == FindingKind::Conflict)
                .count();
            list.insert(at, sf.finding);
        }
    }
    StoryExamination { reading, findings }
}

/// One article as the cross-check stage takes it.
fn check_input(
    article: &Article,
    read: &ArticleReading,
    entities: &EntityTable,
    groups: &IndependenceGroups,
) -> ReadArticle {
    let id = &article.id;
    ReadArticle {
        id: id.clone(),
        outlet: article.outlet.clone(),
        independent_source: groups
            .group(id)
            .map_or_else(|| id.as_str().to_owned(), |g| g.0.as_str().to_owned()),
        published: article.published.map(|p| p.date),
        body: article.body.clone(),
        sentences: read.sentences.clone(),
        times: read.times.clone(),
        quantities: read.quantities.iter().filter_map(quantity_input).collect(),
        mentions: read
            .mentions
            .iter()
            .filter_map(|m| {
                let entity = entities.entity_of(id, m.start, m.end)?;
                Some(MentionInput {
                    start: m.start,
                    end: m.end,
                    entity: entity.id.clone(),
                    kind: check_kind(entity.kind),
                })
            })
            .collect(),
        quotes: read
            .quotes
            .iter()
            .map(|q| quote_input(id, q, entities))
            .collect(),
    }
}

/// The cross-check stage only needs to tell people, organisations,
/// countries and places apart.
fn check_kind(kind: EntityKind) -> CheckKind {
    match kind {
        EntityKind::Person => CheckKind::Person,
        EntityKind::Organisation
        | EntityKind::Government
        | EntityKind::Group
        | EntityKind::MediaOutlet
        | EntityKind::Programme
        | EntityKind::Platform => CheckKind::Organisation,
        EntityKind::Country => CheckKind::Country,
        EntityKind::City | EntityKind::Place => CheckKind::Place,
        _ => CheckKind::Other,
    }
}

/// The checker's view of a quantity; `None` for an age, which is no claim
/// about the event (whose age it is, the checker does not know).
fn quantity_input(q: &Quantity) -> Option<QuantityInput> {
    let range = q.high > q.low;
    let (value, low, high) = if range {
        ((q.low + q.high) / 2.0, Some(q.low), Some(q.high))
    } else {
        match q.approx {
            Approx::AtLeast | Approx::MoreThan => (q.value, Some(q.value), None),
            Approx::UpTo | Approx::LessThan => (q.value, None, Some(q.value)),
            Approx::Exact | Approx::About => (q.value, None, None),
        }
    };
    let kind = match q.kind {
        QuantityKind::Count => CheckQuantityKind::Count,
        QuantityKind::Duration => CheckQuantityKind::Duration,
        QuantityKind::Money => CheckQuantityKind::Money,
        QuantityKind::Percent => CheckQuantityKind::Percent,
        QuantityKind::Age => return None,
    };
    Some(QuantityInput {
        start: q.start,
        end: q.end,
        value,
        low,
        high,
        unit: q.unit.clone(),
        approximate: q.approx == Approx::About,
        kind,
    })
}

/// The entity a quote's speaker names: the mention at the speaker's span,
/// else the entity with that name or alias (a speaker span the entity
/// reader did not take as a mention).
pub fn speaker_entity<'a>(
    entities: &'a EntityTable,
    article: &DocumentId,
    speaker: &Speaker,
) -> Option<&'a Entity> {
    entities
        .entity_of(article, speaker.start, speaker.end)
        .or_else(|| entities.find_by_name(&speaker.text))
}

/// A quote with its speaker as an entity id (or the name as written when
/// the name is no known entity).
fn quote_input(article: &DocumentId, q: &Quote, entities: &EntityTable) -> QuoteInput {
    QuoteInput {
        start: q.start,
        end: q.end,
        text: q.text.clone(),
        mode: match q.mode {
            QuoteMode::Direct => CheckQuoteMode::Direct,
            QuoteMode::Indirect => CheckQuoteMode::Indirect,
        },
        speaker: q.speaker.as_ref().map(|s| {
            speaker_entity(entities, article, s).map_or_else(|| s.text.clone(), |e| e.id.clone())
        }),
        verb: q.verb.clone(),
    }
}
