//! Builds the stage's input from the invented demo reports for the tests.
//!
//! Sentences and times come from the reading stage (`crosscheck-read`).
//! Entity mentions, quantities and quotes come from the small stand-ins
//! below, until the reading stage's entities, numbers and quotes land: a
//! gazetteer of the demo's invented names, a number-and-unit pattern, and
//! straight-quote / "X said" patterns. They are test scaffolding for the
//! invented corpus, not a reader.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::PathBuf;

use chrono::NaiveDate;
use crosscheck_check::{
    EntityKind, EventInput, MentionInput, QuantityInput, QuantityKind, QuoteInput, QuoteMode,
    ReadArticle, ScoredArticle,
};
use crosscheck_types::DocumentId;
use regex::Regex;

/// One demo report.
pub struct Report {
    pub key: String,
    pub outlet: String,
    pub published: NaiveDate,
    pub text: String,
}

/// Report number `n` of its own outlet (`outlet` and the number) and its
/// own independence group, published on Friday 8 May 2026, its sentences
/// and times read by the reader.
pub fn own_report(
    n: usize,
    outlet: &str,
    body: &str,
    quantities: Vec<QuantityInput>,
    mentions: Vec<MentionInput>,
) -> ReadArticle {
    let published = NaiveDate::from_ymd_opt(2026, 5, 8);
    ReadArticle {
        id: DocumentId::from_hex(&format!("{n:064x}")).expect("hex id"),
        outlet: Some(format!("{outlet} {n}")),
        independent_source: format!("outlet-{n}"),
        published,
        body: body.to_owned(),
        sentences: crosscheck_read::sentences(body),
        times: crosscheck_read::times(body, published),
        quantities,
        mentions,
        quotes: Vec::new(),
    }
}

pub fn demo_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../demo/crosscheck")
}

pub fn load_reports() -> Vec<Report> {
    let raw = std::fs::read_to_string(demo_dir().join("reports.jsonl")).expect("demo reports");
    raw.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("json line");
            Report {
                key: v["id"].as_str().expect("id").to_owned(),
                outlet: v["outlet"].as_str().expect("outlet").to_owned(),
                published: v["published"]
                    .as_str()
                    .expect("date")
                    .parse()
                    .expect("iso date"),
                text: v["text"].as_str().expect("text").to_owned(),
            }
        })
        .collect()
}

pub fn load_gold_json() -> serde_json::Value {
    let raw = std::fs::read_to_string(demo_dir().join("gold.json")).expect("gold");
    serde_json::from_str(&raw).expect("gold json")
}

/// A document id for the n-th report.
pub fn doc_id(n: usize) -> DocumentId {
    DocumentId::from_hex(&format!("{n:064x}")).expect("hex id")
}

const GAZETTEER: &[(&str, EntityKind, &[&str])] = &[
    (
        "odile-marchetti",
        EntityKind::Person,
        &[
            "Quarnian Fisheries Minister Odile Marchetti",
            "Fisheries Minister Odile Marchetti",
            "Odile Marchetti",
            "Marchetti",
        ],
    ),
    (
        "aurel-dovan",
        EntityKind::Person,
        &[
            "Deputy Fisheries Minister Aurel Dovan",
            "Aurel Dovan",
            "Dovan",
        ],
    ),
    (
        "tarek-lindqvist",
        EntityKind::Person,
        &[
            "Brevonian Deputy Foreign Minister Tarek Lindqvist",
            "Deputy Foreign Minister Tarek Lindqvist",
            "Tarek Lindqvist",
            "Lindqvist",
        ],
    ),
    (
        "idris-vannek",
        EntityKind::Person,
        &["Foreign Minister Idris Vannek", "Idris Vannek", "Vannek"],
    ),
    (
        "maren-holt",
        EntityKind::Person,
        &["Maren Holt", "Ms Holt", "Holt"],
    ),
    (
        "stella-amund",
        EntityKind::Person,
        &["Stella Amund", "Amund"],
    ),
    (
        "bcg",
        EntityKind::Organisation,
        &["Brevonian Coast Guard", "BCG"],
    ),
    (
        "kws",
        EntityKind::Organisation,
        &["Kestrel Wire Service", "KWS"],
    ),
    (
        "quarnia",
        EntityKind::Country,
        &["Quarnian Republic", "Quarnia"],
    ),
    ("brevonia", EntityKind::Country, &["Brevonia"]),
    ("saltmark", EntityKind::Country, &["Saltmark"]),
    ("pernhold", EntityKind::Place, &["Pernhold"]),
    ("tarrow", EntityKind::Place, &["Tarrow"]),
    ("merrow", EntityKind::Place, &["Merrow"]),
    ("castelby", EntityKind::Place, &["Castelby"]),
    ("haldor", EntityKind::Place, &["Haldor"]),
    ("lessino", EntityKind::Place, &["Lessino"]),
    ("gullhaven", EntityKind::Place, &["Gullhaven"]),
    ("glasswater-hall", EntityKind::Place, &["Glasswater Hall"]),
    (
        "kessel-strait",
        EntityKind::Place,
        &["Kessel Strait", "Strait of Kessel"],
    ),
];

/// Gazetteer mentions: longest alias first, whole words, no overlaps.
pub fn mentions(body: &str) -> Vec<MentionInput> {
    let mut aliases: Vec<(&str, &str, EntityKind)> = GAZETTEER
        .iter()
        .flat_map(|(id, k, al)| al.iter().map(move |a| (*a, *id, *k)))
        .collect();
    aliases.sort_by_key(|(a, _, _)| std::cmp::Reverse(a.len()));
    let mut taken = vec![false; body.len()];
    let mut out = Vec::new();
    for (alias, id, kind) in aliases {
        let re = Regex::new(&format!(r"\b{}\b", regex::escape(alias))).expect("alias regex");
        for m in re.find_iter(body) {
            if taken[m.start()..m.end()].iter().any(|&t| t) {
                continue;
            }
            taken[m.start()..m.end()].iter_mut().for_each(|t| *t = true);
            out.push(MentionInput {
                start: m.start(),
                end: m.end(),
                entity: id.to_owned(),
                kind,
            });
        }
    }
    out.sort_by_key(|m| m.start);
    out
}

fn word_number(w: &str) -> Option<f64> {
    let n = match w.to_lowercase().as_str() {
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "fourteen" => 14,
        "sixteen" => 16,
        "eighteen" => 18,
        "twenty" => 20,
        "forty" => 40,
        _ => return w.replace(',', "").parse().ok(),
    };
    Some(n as f64)
}

/// Numbers with a unit or a counted noun.
pub fn quantities(body: &str) -> Vec<QuantityInput> {
    let re = Regex::new(
        r"(?i)\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|sixteen|eighteen|twenty|forty)(?:-(day|week|month|year|hour)\b|\s+(?:(detained|patrol|square|nautical|more)\s+)?([a-z]+)\b)",
    )
    .expect("quantity regex");
    let skip = [
        "from", "of", "the", "and", "to", "in", "on", "at", "a", "or", "p", "a.m",
    ];
    let mut out = Vec::new();
    for c in re.captures_iter(body) {
        let (Some(all), Some(num)) = (c.get(0), c.get(1)) else {
            continue;
        };
        let Some(value) = word_number(num.as_str()) else {
            continue;
        };
        let (unit, kind) = if let Some(u) = c.get(2) {
            (u.as_str().to_lowercase(), QuantityKind::Duration)
        } else {
            let Some(u) = c.get(4) else { continue };
            let w = u.as_str();
            if w.chars().next().is_some_and(|ch| ch.is_uppercase())
                || skip.contains(&w)
                || w.len() < 3
            {
                continue;
            }
            let modifier = c.get(3).map(|m| m.as_str().to_lowercase());
            let singular = w.trim_end_matches('s');
            match (modifier.as_deref(), singular) {
                (_, "day" | "week" | "month" | "year" | "hour") => {
                    (singular.to_owned(), QuantityKind::Duration)
                }
                (_, "percent") => ("percent".to_owned(), QuantityKind::Percent),
                (_, "mark") => ("marks".to_owned(), QuantityKind::Money),
                (Some("square"), _) => ("km2".to_owned(), QuantityKind::Measure),
                (Some("nautical"), _) => ("nautical miles".to_owned(), QuantityKind::Measure),
                _ => (w.to_owned(), QuantityKind::Count),
            }
        };
        out.push(QuantityInput {
            start: all.start(),
            end: all.end(),
            value,
            low: None,
            high: None,
            unit,
            kind,
            approximate: false,
        });
    }
    out
}

/// Straight-quote direct quotes and "X said (that) …" / "According to X, …"
/// indirect ones, with speakers from the gazetteer.
pub fn quotes(
    body: &str,
    sentences: &[crosscheck_types::Sentence],
    ments: &[MentionInput],
) -> Vec<QuoteInput> {
    let persons: Vec<&MentionInput> = ments
        .iter()
        .filter(|m| m.kind == EntityKind::Person)
        .collect();
    let last_person_before = |pos: usize| {
        persons
            .iter()
            .filter(|m| m.end <= pos)
            .max_by_key(|m| m.end)
            .map(|m| m.entity.clone())
    };
    let para_start = |pos: usize| body[..pos].rfind("\n\n").map(|i| i + 2).unwrap_or(0);
    let mut out: Vec<QuoteInput> = Vec::new();
    let direct = Regex::new("\"([^\"]+)\"|“([^”]+)”").expect("quote regex");
    for c in direct.captures_iter(body) {
        let Some(inner) = c.get(1).or_else(|| c.get(2)) else {
            continue;
        };
        let sent_end = sentences
            .iter()
            .find(|s| s.contains(inner.start()))
            .map(|s| s.end)
            .unwrap_or(body.len());
        let after = inner.end() + body[inner.end()..].chars().next().map_or(0, char::len_utf8);
        let para_end = body[after.min(body.len())..]
            .find("\n\n")
            .map(|i| i + after)
            .unwrap_or(body.len());
        let after_limit = sent_end.max(after + 40).min(para_end);
        let speaker = persons
            .iter()
            .filter(|m| {
                m.start >= after && m.start < after_limit && !body[after..m.start].contains('"')
            })
            .min_by_key(|m| m.start)
            .map(|m| m.entity.clone())
            .or_else(|| {
                let p = para_start(inner.start());
                persons
                    .iter()
                    .filter(|m| m.start >= p && m.end <= inner.start())
                    .max_by_key(|m| m.end)
                    .map(|m| m.entity.clone())
            });
        out.push(QuoteInput {
            start: inner.start(),
            end: inner.end(),
            text: inner.as_str().to_owned(),
            mode: QuoteMode::Direct,
            speaker,
            verb: None,
        });
    }
    let said = Regex::new(r"\b(?:said|added)\s+(?:that\s+)?").expect("said regex");
    let according = Regex::new(r"^According to ([^,]+), ").expect("according regex");
    for s in sentences {
        let Some(text) = s.text(body) else { continue };
        if text.contains(['"', '“']) {
            continue;
        }
        let trimmed = text.trim_end().trim_end_matches('.');
        if let Some(c) = according.captures(trimmed) {
            let (Some(all), Some(who)) = (c.get(0), c.get(1)) else {
                continue;
            };
            let speaker = persons
                .iter()
                .find(|m| m.start >= s.start + who.start() && m.end <= s.start + who.end())
                .map(|m| m.entity.clone());
            out.push(QuoteInput {
                start: s.start + all.end(),
                end: s.start + trimmed.len(),
                text: trimmed[all.end()..].to_owned(),
                mode: QuoteMode::Indirect,
                speaker,
                verb: Some("according to".into()),
            });
            continue;
        }
        let Some(m) = said.find(trimmed) else {
            continue;
        };
        let clause = &trimmed[m.end()..];
        let (start, qtext) = if clause.split_whitespace().count() >= 4 {
            (s.start + m.end(), clause.to_owned())
        } else if let Some(comma) = trimmed[..m.start()].rfind(", ") {
            (s.start, trimmed[..comma].to_owned())
        } else {
            continue;
        };
        let head = &text[..m.start()];
        let pronoun = head.trim_start().starts_with("He ") || head.trim_start().starts_with("She ");
        let speaker = persons
            .iter()
            .filter(|p| p.start >= s.start && p.end <= s.start + m.start())
            .max_by_key(|p| p.end)
            .map(|p| p.entity.clone())
            .or_else(|| {
                if pronoun {
                    last_person_before(s.start)
                } else {
                    None
                }
            });
        out.push(QuoteInput {
            start,
            end: start + qtext.len(),
            text: qtext,
            mode: QuoteMode::Indirect,
            speaker,
            verb: Some("said".into()),
        });
    }
    out.sort_by_key(|q| q.start);
    out
}

/// Where the entity mentions of the test inputs come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entities {
    /// The in-test gazetteer of the demo's invented names.
    Gazetteer,
    /// The reading stage's entity reader (`crosscheck_read::entities`),
    /// resolved across all demo reports.
    Reader,
}

fn reader_kind(k: crosscheck_read::entities::EntityKind) -> EntityKind {
    use crosscheck_read::entities::EntityKind as R;
    match k {
        R::Person => EntityKind::Person,
        R::Organisation | R::Government | R::Group | R::MediaOutlet => EntityKind::Organisation,
        R::Country => EntityKind::Country,
        R::City | R::Place => EntityKind::Place,
        _ => EntityKind::Other,
    }
}

/// Mentions of every report from the entity reader, by report index.
pub fn reader_mentions(reports: &[Report]) -> Vec<Vec<MentionInput>> {
    use crosscheck_read::entities::{mentions as read_mentions, resolve, ArticleMentions};
    let ids: Vec<DocumentId> = (0..reports.len()).map(doc_id).collect();
    let arts: Vec<ArticleMentions<'_>> = reports
        .iter()
        .zip(&ids)
        .map(|(r, id)| ArticleMentions {
            article: id,
            body: &r.text,
            mentions: read_mentions(&r.text),
        })
        .collect();
    let table = resolve(&arts);
    arts.iter()
        .map(|a| {
            a.mentions
                .iter()
                .filter_map(|m| {
                    let e = table.entity_of(a.article, m.start, m.end)?;
                    Some(MentionInput {
                        start: m.start,
                        end: m.end,
                        entity: e.id.clone(),
                        kind: reader_kind(e.kind),
                    })
                })
                .collect()
        })
        .collect()
}

/// The demo's events as the stage's inputs, plus what the scorer needs.
pub fn demo_events() -> Vec<(String, EventInput, Vec<ScoredArticle>)> {
    demo_events_with(Entities::Gazetteer)
}

/// The demo's events, with entity mentions from `source`.
pub fn demo_events_with(source: Entities) -> Vec<(String, EventInput, Vec<ScoredArticle>)> {
    let reports = load_reports();
    let gold = load_gold_json();
    let mut group_of: BTreeMap<String, String> = BTreeMap::new();
    for g in gold["independence_groups"].as_array().expect("groups") {
        for a in g["articles"].as_array().expect("articles") {
            group_of.insert(
                a.as_str().expect("id").to_owned(),
                g["id"].as_str().expect("gid").to_owned(),
            );
        }
    }
    let from_reader = (source == Entities::Reader).then(|| reader_mentions(&reports));
    let index: BTreeMap<&str, usize> = reports
        .iter()
        .enumerate()
        .map(|(i, r)| (r.key.as_str(), i))
        .collect();
    let mut out = Vec::new();
    for e in gold["events"].as_array().expect("events") {
        let mut arts = Vec::new();
        let mut scored = Vec::new();
        for a in e["articles"].as_array().expect("articles") {
            let key = a.as_str().expect("id");
            let n = index[key];
            let r = &reports[n];
            let body = r.text.clone();
            let sentences = crosscheck_read::sentences(&body);
            let times = crosscheck_read::times(&body, Some(r.published));
            let ments = match &from_reader {
                Some(all) => all[n].clone(),
                None => mentions(&body),
            };
            let qs = quotes(&body, &sentences, &ments);
            arts.push(ReadArticle {
                id: doc_id(n),
                outlet: Some(r.outlet.clone()),
                independent_source: group_of[key].clone(),
                published: Some(r.published),
                quantities: quantities(&body),
                mentions: ments,
                quotes: qs,
                sentences,
                times,
                body: body.clone(),
            });
            scored.push(ScoredArticle {
                id: doc_id(n),
                key: key.to_owned(),
                body,
            });
        }
        let id = e["id"].as_str().expect("event id").to_owned();
        out.push((
            id.clone(),
            EventInput {
                event_id: id,
                ordinal: None,
                articles: arts,
            },
            scored,
        ));
    }
    out
}

/// The findings of one event made of `bodies`, each made a report by
/// `report` (numbered from 1).
pub fn findings_of(
    bodies: &[&str],
    report: impl Fn(usize, &str) -> crosscheck_check::ReadArticle,
) -> Vec<crosscheck_check::Finding> {
    let input = EventInput {
        event_id: "event".into(),
        ordinal: None,
        articles: bodies
            .iter()
            .enumerate()
            .map(|(i, b)| report(i + 1, b))
            .collect(),
    };
    crosscheck_check::crosscheck(&input)
}

/// What `pick` takes (the summary, the reason) of each conflict among the
/// findings of [`findings_of`].
pub fn conflicts_of(
    bodies: &[&str],
    report: impl Fn(usize, &str) -> crosscheck_check::ReadArticle,
    pick: fn(crosscheck_check::Finding) -> Option<String>,
) -> Vec<String> {
    findings_of(bodies, report)
        .into_iter()
        .filter(|f| f.kind == crosscheck_check::FindingKind::Conflict)
        .filter_map(pick)
        .collect()
}
