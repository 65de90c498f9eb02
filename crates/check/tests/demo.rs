//! The cross-check on the invented demo corpus against its gold
//! (`demo/crosscheck/gold.json`, written before the stage).

mod support;

use crosscheck_check::{
    crosscheck, crosscheck_story, score, CrosscheckGold, EventInput, FindingKind, ScoredArticle,
    ScoredEvent,
};

fn run() -> Vec<ScoredEvent> {
    with_story(support::demo_events())
}

/// Each event cross-checked, then the story-level order pass, its findings
/// shown with their events (as `crosscheck_pipeline::examine_story` does).
fn with_story(events: Vec<(String, EventInput, Vec<ScoredArticle>)>) -> Vec<ScoredEvent> {
    let inputs: Vec<EventInput> = events.iter().map(|(_, i, _)| i.clone()).collect();
    let mut out: Vec<ScoredEvent> = events
        .into_iter()
        .map(|(_, input, articles)| ScoredEvent {
            findings: crosscheck(&input),
            articles,
        })
        .collect();
    for sf in crosscheck_story(&inputs) {
        out[sf.event].findings.insert(0, sf.finding);
    }
    out
}

fn gold() -> CrosscheckGold {
    serde_json::from_value(support::load_gold_json()).expect("gold parses")
}

#[test]
fn demo_meets_the_conflict_bar() {
    let events = run();
    let s = score(&events, &gold());
    println!("{}", serde_json::to_string_pretty(&s).expect("json"));
    for e in &events {
        for f in e
            .findings
            .iter()
            .filter(|f| f.kind != FindingKind::Exclusive)
        {
            println!("{:?} {}", f.kind, f.summary);
        }
    }
    assert!(
        s.conflicts.recall >= 0.9,
        "conflict recall {} missed {:?}",
        s.conflicts.recall,
        s.conflicts.missed
    );
    assert!(
        s.false_conflicts <= 1,
        "false conflicts: {:?}",
        s.false_conflict_summaries
    );
    assert!(
        s.conflicts_on_non_conflicts.is_empty(),
        "{:?}",
        s.conflicts_on_non_conflicts
    );
}

#[test]
fn copies_never_corroborate() {
    let events = run();
    let s = score(&events, &gold());
    assert!(
        s.copy_only_counted_as_corroborated.is_empty(),
        "{:?}",
        s.copy_only_counted_as_corroborated
    );
    for e in &events {
        for f in &e.findings {
            if f.kind == FindingKind::Corroborated {
                assert!(f.independent_outlets >= 2, "{}", f.summary);
            }
            if f.kind == FindingKind::Exclusive {
                assert_eq!(f.independent_outlets, 1, "{}", f.summary);
            }
        }
    }
}

#[test]
fn other_kinds_are_found() {
    let s = score(&run(), &gold());
    assert!(s.quote_variants.recall >= 0.8, "{:?}", s.quote_variants);
    assert!(s.corroborated.recall >= 0.7, "{:?}", s.corroborated);
    assert!(s.exclusive.recall >= 0.7, "{:?}", s.exclusive);
}

#[test]
fn every_source_is_a_sentence_of_its_article() {
    for (_, input, _) in support::demo_events() {
        for f in crosscheck(&input) {
            assert!(!f.sources.is_empty(), "{}", f.summary);
            for s in &f.sources {
                let art = input
                    .articles
                    .iter()
                    .find(|a| a.id == s.article)
                    .expect("source article in event");
                assert!(
                    art.sentences
                        .iter()
                        .any(|x| x.start == s.sentence_start && x.end == s.sentence_end),
                    "{} {}..{}",
                    f.summary,
                    s.sentence_start,
                    s.sentence_end
                );
                assert!(art.body.get(s.sentence_start..s.sentence_end).is_some());
            }
        }
    }
}

/// The demo plants no order conflict: its first round (7-9 September) comes
/// before its second (14-15 September) in every report, and the first
/// round's wire announcing the second round's opening is no conflict.
#[test]
fn no_order_conflict_on_the_demo() {
    let inputs: Vec<EventInput> = support::demo_events()
        .into_iter()
        .map(|(_, i, _)| i)
        .collect();
    let found = crosscheck_story(&inputs);
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn output_is_deterministic() {
    for (_, input, _) in support::demo_events() {
        assert_eq!(crosscheck(&input), crosscheck(&input));
    }
}

#[test]
fn gold_spans_are_exact() {
    let reports = support::load_reports();
    let gold = support::load_gold_json();
    let mut n = 0;
    let mut stack = vec![&gold];
    while let Some(v) = stack.pop() {
        match v {
            serde_json::Value::Object(m) => {
                if let (Some(a), Some(span)) = (
                    m.get("article").and_then(|x| x.as_str()),
                    m.get("span").and_then(|x| x.as_str()),
                ) {
                    let r = reports
                        .iter()
                        .find(|r| r.key == a)
                        .expect("gold article exists");
                    let (s, e) = (
                        m["start"].as_u64().expect("start") as usize,
                        m["end"].as_u64().expect("end") as usize,
                    );
                    assert_eq!(r.text.get(s..e), Some(span), "{a}");
                    n += 1;
                }
                stack.extend(m.values());
            }
            serde_json::Value::Array(a) => stack.extend(a.iter()),
            _ => {}
        }
    }
    assert!(n > 100);
}

/// The same run with mentions from the reading stage's entity reader
/// instead of the in-test gazetteer (quantities and quotes still from the
/// stand-ins). The reader is still being built: at the time of writing it
/// leaves a bracket-less acronym (BCG) apart from its expansion (one false
/// conflict) and misses a surname-only speaker (one missed conflict), which
/// is still within the bar. `--nocapture` prints the scores.
#[test]
fn demo_with_the_entity_reader() {
    let events = with_story(support::demo_events_with(support::Entities::Reader));
    let s = score(&events, &gold());
    println!("{}", serde_json::to_string_pretty(&s).expect("json"));
    for e in &events {
        for f in e
            .findings
            .iter()
            .filter(|f| f.kind == FindingKind::Conflict)
        {
            println!("{:?} {}", f.kind, f.summary);
        }
    }
    assert!(s.conflicts.recall >= 0.9, "{:?}", s.conflicts.missed);
    assert!(s.false_conflicts <= 1, "{:?}", s.false_conflict_summaries);
}

#[test]
fn quote_variants_show_the_word_difference() {
    let events = run();
    let variants: Vec<_> = events
        .iter()
        .flat_map(|e| e.findings.iter())
        .filter(|f| f.kind == FindingKind::QuoteVariant)
        .collect();
    assert!(variants.len() >= 5);
    for f in variants {
        println!("{} :: {}", f.summary, f.diff.as_deref().unwrap_or(""));
        let d = f.diff.as_deref().unwrap_or("");
        assert!(d.contains("{+") || d.contains("[-"), "{d}");
    }
}
