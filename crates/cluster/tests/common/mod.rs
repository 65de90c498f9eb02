//! Helpers shared by the clustering tests that build invented reports in
//! code: an article from its source, day, title and body, and the events of
//! a clustered story as sets of sources.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use crosscheck_cluster::{cluster, ClusterOptions};
use crosscheck_dedup::{dedup, DedupOptions};
use crosscheck_types::{Article, DateSource, DocumentId, PublishedDate, Story, TitleSource};
use sha2::{Digest, Sha256};

/// An English article published on `date`, its id the hash of its source.
pub fn article(source: &str, date: NaiveDate, title: &str, body: &str) -> Article {
    Article {
        id: DocumentId::from_hex(&hex::encode(Sha256::digest(source.as_bytes()))).expect("hex id"),
        source: source.to_owned(),
        url: None,
        title: Some(title.to_owned()),
        title_source: Some(TitleSource::Input),
        title_derived: false,
        subtitle: None,
        published: Some(PublishedDate {
            date,
            source: DateSource::Input,
        }),
        outlet: None,
        byline: None,
        dateline: None,
        wire: None,
        language: Some("eng".to_owned()),
        body: body.to_owned(),
        removed: Vec::new(),
    }
}

/// The stories of `articles`, de-duplicated and clustered with the default
/// options.
pub fn stories(articles: &[Article]) -> Vec<Story> {
    let copies = dedup(articles, &DedupOptions::default());
    cluster(articles, &copies, &ClusterOptions::default())
}

/// The events of `story`, each as the set of its articles' sources.
pub fn events_by_source<'a>(articles: &'a [Article], story: &Story) -> BTreeSet<BTreeSet<&'a str>> {
    let source: BTreeMap<&DocumentId, &str> = articles
        .iter()
        .map(|a| (&a.id, a.source.as_str()))
        .collect();
    story
        .events
        .iter()
        .map(|e| {
            e.articles
                .iter()
                .filter_map(|a| source.get(a).copied())
                .collect()
        })
        .collect()
}

/// `events` as sets, for comparing with [`events_by_source`].
pub fn event_sets<'a>(events: &[&[&'a str]]) -> BTreeSet<BTreeSet<&'a str>> {
    events.iter().map(|e| e.iter().copied().collect()).collect()
}

/// The articles of invented reports `(source, day, title, body)` published
/// in one month.
pub fn articles_in(year: i32, month: u32, reports: &[(&str, u32, &str, &str)]) -> Vec<Article> {
    reports
        .iter()
        .map(|&(source, day, title, body)| {
            let date = NaiveDate::from_ymd_opt(year, month, day).expect("date");
            article(source, date, title, body)
        })
        .collect()
}
