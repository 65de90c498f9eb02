//! The reading scorer on both gold files of the repository: the seeds'
//! `tests/data/seeds/read.json` (file names, raw seed files from the shared
//! corpus) and `demo/read/gold.json` (report ids, texts in reports.jsonl).
//! A prediction made from the gold itself must score perfectly, also when
//! the body has furniture the raw text had not; damaging it must show.

use std::collections::BTreeMap;

use crosscheck_eval::reading::{
    score_reading, PredictedArticle, PredictedMention, PredictedNumber, PredictedQuote,
    PredictedReading, PredictedTime, ReadGold,
};
use crosscheck_testkit::{repo_root, seed_files, test_data_dir};

/// A prediction that repeats the gold, with bodies shifted by `prefix`.
fn from_gold(gold: &ReadGold, texts: &BTreeMap<String, String>, prefix: &str) -> PredictedReading {
    let shift = prefix.len();
    let articles = texts
        .iter()
        .map(|(file, text)| PredictedArticle {
            file: file.clone(),
            body: format!("{prefix}{text}"),
            quotes: gold
                .quotes
                .iter()
                .filter(|q| &q.file == file)
                .map(|q| PredictedQuote {
                    mode: q.mode,
                    start: q.start + shift,
                    end: q.end + shift,
                    speaker: q.speaker.clone(),
                })
                .collect(),
            mentions: gold
                .entities
                .iter()
                .flat_map(|e| e.mentions.iter().map(move |m| (e, m)))
                .filter(|(_, m)| &m.file == file)
                .map(|(e, m)| PredictedMention {
                    start: m.start + shift,
                    end: m.end + shift,
                    entity: e.name.clone(),
                })
                .collect(),
            times: gold
                .times
                .iter()
                .filter(|t| &t.file == file)
                .map(|t| PredictedTime {
                    start: t.start + shift,
                    end: t.end + shift,
                    value: t.value.clone(),
                })
                .collect(),
            numbers: gold
                .numbers
                .iter()
                .filter(|n| &n.file == file)
                .map(|n| PredictedNumber {
                    start: n.start + shift,
                    end: n.end + shift,
                    value: n.value,
                    low: n.low,
                    high: n.high,
                    approx: n.approx.clone(),
                    unit: n.unit.clone(),
                })
                .collect(),
            headers: Vec::new(),
        })
        .collect();
    PredictedReading { articles }
}

fn demo() -> (ReadGold, BTreeMap<String, String>) {
    let dir = repo_root().join("demo/read");
    let gold = ReadGold::load(&dir.join("gold.json")).expect("demo gold loads");
    let lines = std::fs::read_to_string(dir.join("reports.jsonl")).expect("reports.jsonl");
    let texts = lines
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("report parses");
            let field = |k: &str| v[k].as_str().unwrap_or("").to_owned();
            (field("id"), field("text"))
        })
        .collect();
    (gold, texts)
}

fn assert_perfect(gold: &ReadGold, texts: &BTreeMap<String, String>, prefix: &str) {
    let s = score_reading(gold, &from_gold(gold, texts, prefix));
    assert!(
        s.misses.is_empty(),
        "{:#?}",
        &s.misses[..s.misses.len().min(10)]
    );
    assert!(s.unmet_bars().is_empty(), "{:?}", s.unmet_bars());
    assert_eq!(s.direct.found + s.indirect.found, gold.quotes.len());
    assert_eq!(s.quotes_false_positive, 0);
    assert_eq!(s.entities.mentions_found, s.entities.gold_mentions);
    assert!(s.entities.merged.is_empty(), "{:?}", s.entities.merged);
    assert_eq!(s.times.right, gold.times.len());
}

#[test]
fn demo_gold_scores_itself_perfectly_even_behind_furniture() {
    let (gold, texts) = demo();
    assert!(gold.quotes.len() >= 30);
    assert!(gold.quotes.iter().any(|q| q.speaker.is_none()));
    assert_perfect(&gold, &texts, "");
    assert_perfect(&gold, &texts, "Home | World | Sport\n\nAdvertisement\n\n");
    let s = score_reading(&gold, &from_gold(&gold, &texts, ""));
    let n = s.numbers.expect("demo gold has numbers");
    assert_eq!((n.right, n.gold), (gold.numbers.len(), gold.numbers.len()));
}

#[test]
fn demo_damage_shows_in_every_score() {
    let (gold, texts) = demo();
    let mut p = from_gold(&gold, &texts, "");
    for a in &mut p.articles {
        // Every speaker given as a surface alias (still right); then drop a
        // third of the quotes, merge the two Orlans, split one alias, break
        // one time value.
        for q in &mut a.quotes {
            if let Some(name) = &q.speaker {
                let alias = gold.entity(name).and_then(|e| e.aliases.last()).cloned();
                q.speaker = alias.or(Some(name.clone()));
            }
        }
        let mut i = 0;
        a.quotes.retain(|_| {
            i += 1;
            i % 3 != 0
        });
        for m in &mut a.mentions {
            if m.entity == "Sigrid Orlan" {
                m.entity = "Marek Orlan".into();
            }
        }
        if let Some(m) = a.mentions.iter_mut().find(|m| m.entity == "Anselm Vretka") {
            m.entity = "someone else".into();
        }
        if let Some(t) = a.times.first_mut() {
            t.value = "1999-01-01".into();
        }
    }
    let s = score_reading(&gold, &p);
    assert!(s.direct.found < s.direct.gold && s.indirect.found < s.indirect.gold);
    let wrong: Vec<_> = s.misses.iter().filter(|m| m.what == "speaker").collect();
    // Only the inner quote, now overlapped by its outer quote alone, has a
    // wrong speaker: every alias given as a speaker names its entity.
    assert!(
        wrong.iter().all(|m| m.span == "Who will answer for this?"),
        "{wrong:?}"
    );
    assert!(s
        .entities
        .merged
        .iter()
        .any(|m| m.contains(&"Sigrid Orlan".to_owned())));
    assert!(s.entities.distinct_merged >= 1);
    assert!(s.entities.alias_pairs_apart >= 1);
    assert!(s.times.right < s.times.gold);
    assert!(!s.unmet_bars().is_empty());
}

#[test]
fn seeds_gold_loads() {
    let gold = ReadGold::load(&test_data_dir().join("seeds/read.json")).expect("seeds gold loads");
    assert_eq!(gold.files.len(), 5);
    assert_eq!(gold.quotes.len(), 88);
    assert!(gold.entities.len() >= 30);
    assert!(gold.times.len() >= 20);
    assert!(gold.numbers.is_empty());
}

#[test]
fn seeds_gold_scores_itself_perfectly_on_the_raw_files() {
    let gold = ReadGold::load(&test_data_dir().join("seeds/read.json")).expect("seeds gold loads");
    let texts: BTreeMap<String, String> = seed_files()
        .into_iter()
        .filter_map(|p| {
            let name = p.file_name()?.to_str()?.to_owned();
            let text = String::from_utf8(std::fs::read(&p).ok()?).ok()?;
            gold.files.contains_key(&name).then_some((name, text))
        })
        .collect();
    assert_eq!(texts.len(), 5);
    assert_perfect(&gold, &texts, "");
    assert_perfect(&gold, &texts, "Skip to content\n\n");
}
