//! Numbers against the gold of demo/read (written before the reader):
//! every gold quantity found with its value, range, approximation, unit and
//! kind, and nothing else found.

use std::path::PathBuf;

use crosscheck_read::numbers::{quantities, Quantity};
use serde_json::Value;

fn demo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../demo/read")
}

fn snake(v: &impl serde::Serialize) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

#[test]
fn demo_gold_numbers_are_found_exactly() {
    let reports = std::fs::read_to_string(demo().join("reports.jsonl")).expect("reports.jsonl");
    let gold: Value = serde_json::from_str(
        &std::fs::read_to_string(demo().join("gold.json")).expect("gold.json"),
    )
    .expect("gold parses");
    let golds = gold["numbers"].as_array().expect("numbers list");
    assert!(golds.len() >= 30);
    let mut problems = Vec::new();
    let mut found_total = 0;
    for line in reports.lines() {
        let r: Value = serde_json::from_str(line).expect("report parses");
        let id = r["id"].as_str().expect("id");
        let text = r["text"].as_str().expect("text");
        let found: Vec<Quantity> = quantities(text);
        found_total += found.len();
        let mine: Vec<&Value> = golds.iter().filter(|g| g["file"] == id).collect();
        for g in &mine {
            let (gs, ge) = (
                g["start"].as_u64().unwrap_or(0) as usize,
                g["end"].as_u64().unwrap_or(0) as usize,
            );
            let Some(q) = found.iter().find(|q| q.start < ge && gs < q.end) else {
                problems.push(format!("{id}: missed {}", g["span"]));
                continue;
            };
            let same = (q.start, q.end) == (gs, ge)
                && q.value == g["value"].as_f64().unwrap_or(f64::NAN)
                && q.low == g["low"].as_f64().unwrap_or(f64::NAN)
                && q.high == g["high"].as_f64().unwrap_or(f64::NAN)
                && snake(&q.approx) == g["approx"].as_str().unwrap_or("")
                && snake(&q.kind) == g["kind"].as_str().unwrap_or("")
                && q.unit == g["unit"].as_str().unwrap_or("");
            if !same {
                problems.push(format!("{id}: gold {g} vs found {q:?}"));
            }
        }
        for q in &found {
            let in_gold = mine.iter().any(|g| {
                let (gs, ge) = (
                    g["start"].as_u64().unwrap_or(0) as usize,
                    g["end"].as_u64().unwrap_or(0) as usize,
                );
                q.start < ge && gs < q.end
            });
            if !in_gold {
                problems.push(format!("{id}: not in gold: {:?}", q.text));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems (found {found_total}):\n{}",
        problems.len(),
        problems.join("\n")
    );
}
