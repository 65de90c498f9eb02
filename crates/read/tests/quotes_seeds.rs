//! Quotes and speakers on the seed reports (`../shared/corpus/seeds`)
//! against the gold written before the reader (`tests/data/seeds/read.json`,
//! `quotes`; see `tests/data/seeds/README.md`).
//!
//! Gold offsets are raw-file offsets; the body is the extracted article, so
//! each gold quote is placed by finding its short `span` in the body. A gold
//! quote is found as the CLI's `eval read` finds it: a quote of the same
//! mode overlaps the span (the most overlap, then the closest extent; one
//! quote may answer an outer and a nested gold quote). A speaker is right when its text equals (case-, accent- and
//! apostrophe-insensitively) an alias or metonym of the gold speaker entity,
//! or when both say nobody. A false positive is a quote that overlaps no
//! gold quote at all.
//!
//! Bars: the (direct found >= 95%, their speakers right >= 95%), and
//! floors at what the reader reaches for indirect quotes and false positives.

use std::collections::BTreeMap;
use std::path::Path;

use crosscheck_extract::extract;
use crosscheck_ingest::{ingest_bytes, IngestOptions};
use crosscheck_read::quotes::{quotes, QuoteMode};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
struct Gold {
    quotes: Vec<GoldQuote>,
    entities: Vec<GoldEntity>,
}

#[derive(Debug, Deserialize)]
struct GoldQuote {
    file: String,
    mode: String,
    start: usize,
    end: usize,
    span: String,
    speaker: Option<String>,
}

#[derive(Debug, Deserialize)]
struct GoldEntity {
    name: String,
    aliases: Vec<String>,
    #[serde(default)]
    metonyms: Vec<Metonym>,
}

#[derive(Debug, Deserialize)]
struct Metonym {
    alias: String,
}

fn gold(name: &str) -> Gold {
    gold_at(&crosscheck_testkit::test_data_dir().join(name))
}

fn gold_at(path: &Path) -> Gold {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("{} is not valid gold: {e}", path.display()))
}

fn body_of(path: &Path) -> String {
    let bytes =
        std::fs::read(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let ingested = ingest_bytes(
        &path.display().to_string(),
        &bytes,
        &IngestOptions::default(),
    );
    let doc = ingested
        .documents
        .first()
        .unwrap_or_else(|| panic!("{}: no document", path.display()));
    extract(doc).body
}

/// Case, accents, apostrophes, spaces and a leading "the" folded away.
fn fold(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let c = match c {
            'ü' | 'ú' | 'ù' | 'û' | 'Ü' => 'u',
            'é' | 'è' | 'ê' | 'ë' | 'É' => 'e',
            'á' | 'à' | 'â' | 'ä' | 'Á' => 'a',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'Ö' => 'o',
            'ç' => 'c',
            '’' | '‘' => '\'',
            '\u{a0}' => ' ',
            c => c,
        };
        out.extend(c.to_lowercase());
    }
    let out = out.split_whitespace().collect::<Vec<_>>().join(" ");
    out.strip_prefix("the ").map(str::to_string).unwrap_or(out)
}

/// Where the gold span sits in the body: the occurrence nearest its raw offset.
fn place(body: &str, q: &GoldQuote) -> Option<(usize, usize)> {
    let span = q.span.as_str();
    let hits: Vec<usize> = body.match_indices(span).map(|(i, _)| i).collect();
    let at = hits.into_iter().min_by_key(|&i| i.abs_diff(q.start))?;
    Some((at, at + span.len()))
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

#[derive(Default)]
struct Tally {
    gold: usize,
    found: usize,
    speaker_right: usize,
}

/// Scores over a whole corpus.
#[derive(Default)]
struct Score {
    direct: Tally,
    indirect: Tally,
    emitted: usize,
    false_positives: usize,
}

impl Score {
    fn print(&self, what: &str) -> (f64, f64, f64, f64) {
        let pct = |a: usize, b: usize| {
            if b == 0 {
                100.0
            } else {
                100.0 * a as f64 / b as f64
            }
        };
        let (d, i) = (&self.direct, &self.indirect);
        let scores = (
            pct(d.found, d.gold),
            pct(d.speaker_right, d.found),
            pct(i.found, i.gold),
            pct(i.speaker_right, i.found),
        );
        println!(
            "{what} direct: {}/{} found ({:.1}%), speaker right {}/{} ({:.1}%)",
            d.found, d.gold, scores.0, d.speaker_right, d.found, scores.1
        );
        println!(
            "{what} indirect: {}/{} found ({:.1}%), speaker right {}/{} ({:.1}%)",
            i.found, i.gold, scores.2, i.speaker_right, i.found, scores.3
        );
        println!(
            "{what} false positives: {} of {} quotes read",
            self.false_positives, self.emitted
        );
        scores
    }
}

/// Scores the reader on `(file, body)` pairs against `gold`.
fn score(gold: &Gold, bodies: &[(String, String)]) -> Score {
    let names: BTreeMap<String, Vec<String>> = gold
        .entities
        .iter()
        .map(|e| {
            let mut all: Vec<String> = e.aliases.iter().map(|a| fold(a)).collect();
            all.extend(e.metonyms.iter().map(|m| fold(&m.alias)));
            all.push(fold(&e.name));
            (e.name.clone(), all)
        })
        .collect();
    let mut score = Score::default();
    for (file, body) in bodies {
        let file = file.as_str();
        let body = body.as_str();
        let found = quotes(body);
        let golds: Vec<(&GoldQuote, (usize, usize))> = gold
            .quotes
            .iter()
            .filter(|q| q.file == file)
            .filter_map(|q| match place(body, q) {
                Some(r) => Some((q, r)),
                None => {
                    println!("{file}: gold span {:?} not in the body", q.span);
                    None
                }
            })
            .collect();
        for (q, region) in &golds {
            let mode = if q.mode == "direct" {
                QuoteMode::Direct
            } else {
                QuoteMode::Indirect
            };
            let tally = if mode == QuoteMode::Direct {
                &mut score.direct
            } else {
                &mut score.indirect
            };
            tally.gold += 1;
            // As the CLI's scorer (`crosscheck_eval::reading`) matches: any
            // overlap, the most overlap, then the closest extent; one read
            // quote may answer two gold quotes (an outer and a nested one).
            let best = found
                .iter()
                .filter(|f| f.mode == mode)
                .map(|f| (overlap(*region, (f.start, f.end)), f))
                .filter(|(o, _)| *o > 0)
                .max_by_key(|(o, f)| {
                    let extra = (f.end - f.start + region.1 - region.0).saturating_sub(2 * o);
                    (*o, std::cmp::Reverse(extra), std::cmp::Reverse(f.start))
                });
            let Some((_, f)) = best else {
                println!("MISS {file} {:?} {:?} ({:?})", q.mode, q.span, q.speaker);
                continue;
            };
            tally.found += 1;
            let said = f.speaker.as_ref().map(|s| fold(&s.text));
            let right = match (&q.speaker, &said) {
                (None, None) => true,
                (Some(g), Some(s)) => names.get(g).is_some_and(|all| all.contains(s)),
                _ => false,
            };
            if right {
                tally.speaker_right += 1;
            } else {
                println!(
                    "SPEAKER {file} {:?} {:?}: gold {:?}, read {:?}",
                    q.mode, q.span, q.speaker, f.speaker
                );
            }
        }
        for f in &found {
            score.emitted += 1;
            let near = golds
                .iter()
                .any(|(q, r)| overlap((f.start, f.end), (r.0, r.0 + (q.end - q.start))) > 0);
            if !near {
                score.false_positives += 1;
                println!(
                    "FALSE {file} {:?} {:?} ({:?})",
                    f.mode,
                    f.text,
                    f.speaker.as_ref().map(|s| &s.text)
                );
            }
        }
    }
    score
}

#[test]
fn seed_quotes_and_speakers() {
    let gold = gold("seeds/read.json");
    let seeds = crosscheck_testkit::shared_dir().join("corpus/seeds");
    let mut files: Vec<String> = gold.quotes.iter().map(|q| q.file.clone()).collect();
    files.dedup();
    let bodies: Vec<(String, String)> = files
        .into_iter()
        .map(|f| {
            let body = body_of(&seeds.join(&f));
            (f, body)
        })
        .collect();
    let score = score(&gold, &bodies);
    let (d_found, d_right, i_found, i_right) = score.print("seeds");
    assert!(
        score.direct.gold >= 40,
        "the gold's direct quotes were not all placed"
    );
    assert!(d_found >= 95.0, "direct quotes found {d_found:.1}% < 95%");
    assert!(d_right >= 95.0, "direct speakers right {d_right:.1}% < 95%");
    assert!(
        i_found >= 90.0,
        "indirect quotes found {i_found:.1}% below the floor"
    );
    assert!(
        i_right >= 90.0,
        "indirect speakers right {i_right:.1}% below the floor"
    );
    assert!(
        score.false_positives <= 3,
        "{} false positives above the ceiling",
        score.false_positives
    );
}

#[derive(Debug, Deserialize)]
struct Record {
    id: String,
    text: String,
}

/// The invented reading corpus (`demo/read`): its gold offsets are into
/// each record's `text`, the body as the reader sees it.
#[test]
fn demo_quotes_and_speakers() {
    let gold = gold_at(&crosscheck_testkit::repo_root().join("demo/read/gold.json"));
    let path = crosscheck_testkit::repo_root().join("demo/read/reports.jsonl");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let bodies: Vec<(String, String)> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let r: Record = serde_json::from_str(l).unwrap_or_else(|e| panic!("bad record: {e}"));
            (r.id, r.text)
        })
        .collect();
    let score = score(&gold, &bodies);
    let (d_found, d_right, i_found, i_right) = score.print("demo");
    assert!(
        score.direct.gold >= 30,
        "the demo gold's direct quotes were not all placed"
    );
    assert!(d_found >= 95.0, "direct quotes found {d_found:.1}% < 95%");
    assert!(d_right >= 95.0, "direct speakers right {d_right:.1}% < 95%");
    assert!(
        i_found >= 90.0,
        "indirect quotes found {i_found:.1}% below the floor"
    );
    assert!(
        i_right >= 80.0,
        "indirect speakers right {i_right:.1}% below the floor"
    );
    assert!(
        score.false_positives <= 3,
        "{} false positives above the ceiling",
        score.false_positives
    );
}

/// Every cut of the demo bodies (at char boundaries, every 7th byte) reads
/// without panicking, with quote and speaker spans on the body, and the same
/// body always reads the same.
#[test]
fn cut_bodies_read_safely_and_deterministically() {
    let path = crosscheck_testkit::repo_root().join("demo/read/reports.jsonl");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let r: Record = serde_json::from_str(line).unwrap_or_else(|e| panic!("bad record: {e}"));
        let body = r.text.as_str();
        for cut in (0..body.len())
            .step_by(7)
            .filter(|&c| body.is_char_boundary(c))
        {
            for part in [&body[..cut], &body[cut..]] {
                let found = quotes(part);
                for q in &found {
                    assert!(q.slice(part).is_some(), "{}: bad quote span {q:?}", r.id);
                    if let Some(s) = &q.speaker {
                        assert_eq!(part.get(s.start..s.end), Some(s.text.as_str()));
                    }
                    for &(a, b) in &q.parts {
                        assert!(part.get(a..b).is_some());
                    }
                }
            }
        }
        assert_eq!(quotes(body), quotes(body));
    }
}
