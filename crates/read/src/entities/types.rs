//! The entity reader's types: mentions in one body, entities across a
//! story, and the table that maps spans to entities.

use crosscheck_types::{Article, DocumentId};
use serde::{Deserialize, Serialize};

/// What an entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EntityKind {
    /// A person.
    Person,
    /// An organisation: ministry, party, armed group, company.
    Organisation,
    /// A government named apart from its country ("the Taliban regime").
    Government,
    /// A group of people named by role ("the Afghan delegation", "mediators").
    Group,
    /// A country (also the state as an actor).
    Country,
    /// A city.
    City,
    /// Another place: region, border, mountain range.
    Place,
    /// A newspaper, channel or agency.
    MediaOutlet,
    /// A programme of a media outlet.
    Programme,
    /// A social platform ("X").
    Platform,
    /// A document or agreement ("the Doha Agreement").
    Document,
    /// A ship or boat ("the trawler Sea Lark", "MV Ardent").
    Vessel,
    /// A named plan, programme or operation of a government or body ("the
    /// Blue Corridor programme", "Operation Northern Gate").
    Plan,
    /// A name whose kind the reader cannot tell.
    Other,
}

/// How a mention names its entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum MentionForm {
    /// A proper name, possibly with a title ("Defence Minister Khawaja Asif").
    Name,
    /// An acronym ("TTP").
    Acronym,
    /// A title or role without a name ("the minister", "information minister").
    Title,
    /// A group named by role ("the Afghan side", "mediators").
    Group,
    /// The place of a dateline ("ISLAMABAD:").
    Dateline,
}

/// One mention in a body: `body[start..end]`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
    /// The mention as written (title included).
    pub text: String,
    /// What it names.
    pub kind: EntityKind,
    /// How it names it.
    pub form: MentionForm,
    /// The title or role written with a person ("Defence Minister"), or the
    /// title itself for a bare title.
    pub title: Option<String>,
    /// The name without title or possessor ("Khawaja Asif"); `None` for
    /// bare titles and groups.
    pub name: Option<String>,
    /// A capital standing for its country's government ("Kabul interfered").
    /// The mention is still a place: [`Mention::kind`] is [`EntityKind::City`].
    pub metonym: bool,
    /// ISO 3166 alpha-2 code of the country the mention is tied to: the
    /// country itself, a capital's country, a possessor ("Pakistan's
    /// minister") or a demonym ("Afghan delegation").
    pub country: Option<String>,
    /// A group's role class ("delegation", "officials", "mediators").
    pub group: Option<String>,
    /// Index (in the same list) of a mention the report says this one is:
    /// an acronym's expansion, the person a surname or a bare title stands
    /// for, the group a bare role noun stands for.
    pub same_as: Option<usize>,
}

impl Mention {
    /// The mention's text in `body`, or `None` when the offsets do not fit.
    pub fn slice<'a>(&self, body: &'a str) -> Option<&'a str> {
        body.get(self.start..self.end)
    }
}

/// One report's mentions, the input of [`crate::entities::resolve`].
#[derive(Clone, Debug)]
pub struct ArticleMentions<'a> {
    /// The report.
    pub article: &'a DocumentId,
    /// Its body (the mentions' offsets point into it).
    pub body: &'a str,
    /// Its mentions, as [`crate::entities::mentions`] gives them.
    pub mentions: Vec<Mention>,
}

impl<'a> ArticleMentions<'a> {
    /// Reads an article's mentions.
    pub fn read(article: &'a Article) -> Self {
        Self {
            article: &article.id,
            body: &article.body,
            mentions: super::mentions(&article.body),
        }
    }
}

/// One identity across the reports of a story.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// Stable id: kind and canonical name, made unique ("person:khawaja-asif").
    pub id: String,
    /// Canonical name: the longest full form written (titles left out).
    pub name: String,
    /// What it is.
    pub kind: EntityKind,
    /// Every surface form written for it, sorted, without repeats.
    pub aliases: Vec<String>,
    /// Number of mentions.
    pub mentions: usize,
}

/// A mention placed in the table: its span and its entity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Placed {
    pub start: usize,
    pub end: usize,
    pub entity: Option<usize>,
}

/// The entities of a story and where each is mentioned.
#[derive(Clone, Debug, Default)]
pub struct EntityTable {
    pub(crate) entities: Vec<Entity>,
    pub(crate) placed: Vec<(DocumentId, Vec<Placed>)>,
}

impl EntityTable {
    /// All entities, sorted by id.
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    /// The entity of the mention that overlaps `article`'s span
    /// `start..end` the most (ties: the shorter mention), if any mention
    /// overlaps it and that mention has an entity.
    pub fn entity_of(&self, article: &DocumentId, start: usize, end: usize) -> Option<&Entity> {
        let (_, placed) = self.placed.iter().find(|(id, _)| id == article)?;
        let mut best: Option<(usize, usize, &Placed)> = None;
        // Mentions are sorted by start; a mention overlaps when it starts
        // before `end` and ends after `start`.
        let end = end.max(start.saturating_add(1));
        let upto = placed.partition_point(|p| p.start < end);
        for p in &placed[..upto] {
            let overlap = p
                .end
                .min(end.max(start + 1))
                .saturating_sub(p.start.max(start));
            if overlap == 0 {
                continue;
            }
            let len = p.end - p.start;
            let better = match best {
                None => true,
                Some((o, l, _)) => overlap > o || (overlap == o && len < l),
            };
            if better {
                best = Some((overlap, len, p));
            }
        }
        let entity = best?.2.entity?;
        self.entities.get(entity)
    }

    /// The entity with this canonical name or alias (compared folded:
    /// case, diacritics and transliteration particles ignored).
    pub fn find_by_name(&self, name: &str) -> Option<&Entity> {
        let key = super::fold::key(name);
        self.entities
            .iter()
            .find(|e| super::fold::key(&e.name) == key)
            .or_else(|| {
                self.entities
                    .iter()
                    .find(|e| e.aliases.iter().any(|a| super::fold::key(a) == key))
            })
    }
}
