//! One test suite every store backend must pass: each check takes a fresh,
//! empty store. A backend's test file calls every check with its own store.

use crosscheck_store::{ProblemRecord, ProblemSeverity, PutOutcome, Store, StoreError};
use crosscheck_types::{
    Article, Container, ContentKind, CopyKind, CopyLink, Document, DocumentHints, DocumentId,
    Event, IndependenceGroups, Placement, SourceGroupId, Story,
};

/// A document and its article made from invented bytes.
pub fn sample(raw: &[u8], source: &str) -> (Document, Article) {
    use std::fmt::Write;
    // Ids are real SHA-256 digests of the raw bytes, as ingest makes them.
    let digest = sha256_hex(raw);
    let id = DocumentId::from_hex(&digest).expect("hex digest");
    let text = String::from_utf8_lossy(raw).into_owned();
    let document = Document {
        id: id.clone(),
        source: source.to_owned(),
        container: Container::Single,
        kind: ContentKind::Text,
        raw: raw.to_vec(),
        text: text.clone(),
        encoding: "UTF-8".to_owned(),
        hints: DocumentHints::default(),
        warnings: vec![],
    };
    let mut title = String::new();
    let _ = write!(title, "Report from {source}");
    let article = Article {
        id,
        source: source.to_owned(),
        url: None,
        title: Some(title),
        title_source: None,
        title_derived: false,
        subtitle: None,
        published: None,
        outlet: Some("The Invented Herald".to_owned()),
        byline: None,
        dateline: None,
        wire: None,
        language: Some("eng".to_owned()),
        body: text,
        removed: vec![],
    };
    (document, article)
}

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    hex::encode(Sha256::digest(bytes))
}

/// Stored bytes come back exactly; the article round-trips.
pub fn round_trip(store: &mut dyn Store) {
    let raw: Vec<u8> = (0u8..=255).chain(b"\r\n\0 tail".iter().copied()).collect();
    let (doc, article) = sample(&raw, "pages/a.bin");
    let mut batch = store.begin_batch().unwrap();
    assert_eq!(batch.put(&doc, &article).unwrap(), PutOutcome::Stored);
    let summary = batch.commit().unwrap();
    assert_eq!(summary.stored, 1);
    assert_eq!(store.raw(&doc.id).unwrap().unwrap(), raw);
    assert_eq!(store.article(&doc.id).unwrap().unwrap(), article);
    assert_eq!(store.articles().unwrap(), vec![article]);
    let docs = store.documents().unwrap();
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].document, doc);
}

/// The same bytes twice, in one batch or two, are stored once.
pub fn duplicates(store: &mut dyn Store) {
    let (doc, article) = sample(b"the same bytes", "one.txt");
    let (copy, copy_article) = sample(b"the same bytes", "two.txt");
    let mut batch = store.begin_batch().unwrap();
    assert_eq!(batch.put(&doc, &article).unwrap(), PutOutcome::Stored);
    assert_eq!(
        batch.put(&copy, &copy_article).unwrap(),
        PutOutcome::Duplicate
    );
    batch.commit().unwrap();
    let mut batch = store.begin_batch().unwrap();
    assert_eq!(batch.put(&doc, &article).unwrap(), PutOutcome::Duplicate);
    let summary = batch.commit().unwrap();
    assert_eq!((summary.stored, summary.duplicates), (0, 1));
    assert_eq!(store.articles().unwrap().len(), 1);
    assert_eq!(store.articles().unwrap()[0].source, "one.txt");
}

/// A batch dropped without commit leaves nothing behind.
pub fn uncommitted_batch_is_lost_whole(store: &mut dyn Store) {
    let (kept, kept_article) = sample(b"kept", "kept.txt");
    let mut batch = store.begin_batch().unwrap();
    batch.put(&kept, &kept_article).unwrap();
    batch.commit().unwrap();
    let (lost, lost_article) = sample(b"lost", "lost.txt");
    {
        let mut batch = store.begin_batch().unwrap();
        batch.put(&lost, &lost_article).unwrap();
        batch
            .record_problem(&ProblemRecord {
                source: "bad.gz".to_owned(),
                severity: ProblemSeverity::Error,
                reason: "truncated".to_owned(),
            })
            .unwrap();
    }
    assert!(store.contains(&kept.id).unwrap());
    assert!(!store.contains(&lost.id).unwrap());
    assert!(store.problems().unwrap().is_empty());
}

/// Problems are kept in order with their severity.
pub fn problems_are_kept(store: &mut dyn Store) {
    let mut batch = store.begin_batch().unwrap();
    for (source, severity) in [
        ("a.gz", ProblemSeverity::Error),
        ("b.html", ProblemSeverity::Warning),
    ] {
        batch
            .record_problem(&ProblemRecord {
                source: source.to_owned(),
                severity,
                reason: format!("reason for {source}"),
            })
            .unwrap();
    }
    assert_eq!(batch.commit().unwrap().problems, 2);
    let problems = store.problems().unwrap();
    assert_eq!(problems.len(), 2);
    assert_eq!(problems[0].source, "a.gz");
    assert_eq!(problems[1].severity, ProblemSeverity::Warning);
}

/// Ids resolve from unique prefixes; bad and ambiguous ones are told apart.
pub fn id_prefixes(store: &mut dyn Store) {
    let (doc, article) = sample(b"prefix test", "p.txt");
    let mut batch = store.begin_batch().unwrap();
    batch.put(&doc, &article).unwrap();
    batch.commit().unwrap();
    let full = doc.id.as_str();
    assert_eq!(store.resolve_id(full).unwrap(), doc.id);
    assert_eq!(store.resolve_id(&full[..8]).unwrap(), doc.id);
    assert_eq!(store.resolve_id(&full[..8].to_uppercase()).unwrap(), doc.id);
    assert!(matches!(store.resolve_id("abc"), Err(StoreError::BadId(_))));
    assert!(matches!(
        store.resolve_id("zzzzzzzz"),
        Err(StoreError::BadId(_))
    ));
    let other = if full.starts_with('0') {
        "1111111"
    } else {
        "0000000"
    };
    assert!(matches!(
        store.resolve_id(other),
        Err(StoreError::NotFound(_))
    ));
}

/// Re-extraction replaces articles in place.
pub fn replace_articles(store: &mut dyn Store) {
    let (doc, mut article) = sample(b"old body", "r.txt");
    let mut batch = store.begin_batch().unwrap();
    batch.put(&doc, &article).unwrap();
    batch.commit().unwrap();
    article.body = "new body".to_owned();
    assert_eq!(
        store
            .replace_articles(std::slice::from_ref(&article))
            .unwrap(),
        1
    );
    assert_eq!(store.article(&doc.id).unwrap().unwrap().body, "new body");
}

/// Copy links and groups are replaced whole, and refer to stored documents only.
pub fn copies_are_replaced_whole(store: &mut dyn Store) {
    let (a, a_article) = sample(b"the original wire text", "a.txt");
    let (b, b_article) = sample(b"the original wire text, re-posted", "b.txt");
    let mut batch = store.begin_batch().unwrap();
    batch.put(&a, &a_article).unwrap();
    batch.put(&b, &b_article).unwrap();
    batch.commit().unwrap();
    let link = CopyLink {
        copy: b.id.clone(),
        original: a.id.clone(),
        kind: CopyKind::Near,
        similarity: 0.5,
        containment: 1.0,
    };
    let mut groups = IndependenceGroups::default();
    groups
        .group_of
        .insert(a.id.clone(), SourceGroupId(a.id.clone()));
    groups
        .group_of
        .insert(b.id.clone(), SourceGroupId(a.id.clone()));
    store
        .replace_copies(std::slice::from_ref(&link), &groups)
        .unwrap();
    assert_eq!(store.copy_links().unwrap(), vec![link]);
    assert_eq!(store.source_groups().unwrap(), groups);
    assert_eq!(
        store
            .source_groups()
            .unwrap()
            .independent_count([&a.id, &b.id]),
        1
    );
    store
        .replace_copies(&[], &IndependenceGroups::default())
        .unwrap();
    assert!(store.copy_links().unwrap().is_empty());
    // A link to a document that is not stored is refused, and nothing changes.
    let (ghost, _) = sample(b"never stored", "ghost.txt");
    let dangling = CopyLink {
        copy: ghost.id,
        original: a.id.clone(),
        kind: CopyKind::Exact,
        similarity: 1.0,
        containment: 1.0,
    };
    assert!(store
        .replace_copies(&[dangling], &IndependenceGroups::default())
        .is_err());
    assert!(store.copy_links().unwrap().is_empty());
}

/// A one-event story over the given articles, with made-up evidence.
fn story_of(id: &str, articles: &[&Article]) -> Story {
    let ids: Vec<DocumentId> = articles.iter().map(|a| a.id.clone()).collect();
    Story {
        id: id.to_owned(),
        title: format!("Title of {id}"),
        articles: ids.clone(),
        events: vec![Event {
            id: format!("{id}-e1"),
            label: "the only event".to_owned(),
            start: chrono::NaiveDate::from_ymd_opt(2026, 5, 4),
            end: chrono::NaiveDate::from_ymd_opt(2026, 5, 6),
            articles: ids.clone(),
            evidence: ids
                .into_iter()
                .map(|article| Placement {
                    article,
                    sentence_start: 0,
                    sentence_end: 5,
                    reason: "content".to_owned(),
                })
                .collect(),
        }],
    }
}

pub fn stories_are_replaced_whole(store: &mut dyn Store) {
    let (a, a_article) = sample(b"first report of the story", "a.txt");
    let (b, b_article) = sample(b"second report of another story", "b.txt");
    let mut batch = store.begin_batch().unwrap();
    batch.put(&a, &a_article).unwrap();
    batch.put(&b, &b_article).unwrap();
    batch.commit().unwrap();
    assert!(store.stories().unwrap().is_empty());
    let first = story_of("story-aaaa11", &[&a_article]);
    let second = story_of("story-aaab22", &[&b_article]);
    store
        .replace_stories(&[second.clone(), first.clone()])
        .unwrap();
    // Stored order is kept; the whole story round-trips.
    assert_eq!(
        store.stories().unwrap(),
        vec![second.clone(), first.clone()]
    );
    // By full id, by prefix of the id, by prefix of the hex part.
    assert_eq!(store.story("story-aaaa11").unwrap(), first);
    assert_eq!(store.story("story-aaab").unwrap(), second);
    assert_eq!(store.story("aaaa1").unwrap(), first);
    assert!(matches!(
        store.story("aaa"),
        Err(StoreError::AmbiguousStory { count: 2, .. })
    ));
    assert!(matches!(
        store.story("zzz"),
        Err(StoreError::StoryNotFound(_))
    ));
    // A story naming an article that is not stored is refused, and nothing changes.
    let (_, ghost) = sample(b"never stored", "ghost.txt");
    assert!(store
        .replace_stories(&[story_of("story-ghost", &[&ghost])])
        .is_err());
    assert_eq!(store.stories().unwrap().len(), 2);
    store.replace_stories(&[]).unwrap();
    assert!(store.stories().unwrap().is_empty());
}
