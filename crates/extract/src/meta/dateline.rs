//! Datelines: the place (and sometimes date and agency) that opens a news
//! report: "ISLAMABAD:", "Islamabad:", "ISLAMABAD —", "Geneva, March 3:",
//! "NAIROBI, Jan 9 (Reuters) -", "NEW DELHI, Oct 29 (PTI):".
//!
//! Only the start of a paragraph is read. A capitalised place is accepted
//! when written in capitals, or when followed by a colon or a long dash, or
//! when a date or an agency stands between it and the separator; a short
//! list of words that open labelled paragraphs ("Update:", "Note:",
//! "Watch:") is refused. The dateline stays in the body: it is the start of
//! the report's first sentence as the outlet wrote it, and offsets of
//! sentences in the body must match the outlet's text.

use std::sync::OnceLock;

use chrono::NaiveDate;
use regex::Regex;

use crate::dates::{self, MonthDay};
use crate::meta::wire;

/// Words that open a labelled paragraph and are not places.
const NOT_PLACES: &[&str] = &[
    "update",
    "updated",
    "note",
    "editor's note",
    "editors note",
    "watch",
    "read",
    "breaking",
    "exclusive",
    "analysis",
    "opinion",
    "photo",
    "photos",
    "video",
    "videos",
    "live",
    "also",
    "related",
    "source",
    "sources",
    "meanwhile",
    "however",
    "background",
    "summary",
    "why",
    "what",
    "who",
    "how",
    "when",
    "where",
    "correction",
    "disclaimer",
    "advertisement",
    "q",
    "a",
    "question",
    "answer",
    "warning",
    "caution",
    "important",
    "tags",
    "topics",
    "keywords",
    "by",
    "story",
    "report",
    "reports",
    "listen",
    "share",
    "first",
    "also read",
    "read more",
    "key points",
    "highlights",
    "in brief",
    "in short",
    "notice",
    "quote",
    "statement",
    "comment",
    "comments",
    "conclusion",
    "introduction",
    "image",
    "images",
    "credit",
    "update 1",
    "bottom line",
    "the bottom line",
    "explained",
    "explainer",
    "fact check",
];

/// A dateline found at the start of a paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dateline {
    /// The place as written ("ISLAMABAD", "Geneva", "NEW DELHI").
    pub place: String,
    /// A full date written in the dateline, with its year.
    pub full_date: Option<NaiveDate>,
    /// A month and day written without a year.
    pub month_day: Option<MonthDay>,
    /// The agency credited in brackets ("Reuters" in "NAIROBI (Reuters) -").
    pub wire: Option<String>,
    /// Byte offset where the report's sentence proper begins.
    pub end: usize,
}

impl Dateline {
    /// The dateline's date: the full date, or the month and day in `year`.
    pub fn date(&self, year: Option<i32>) -> Option<NaiveDate> {
        self.full_date
            .or_else(|| self.month_day.and_then(|md| md.in_year(year?)))
    }
}

fn regex() -> Option<&'static Regex> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    RE.get_or_init(|| {
        let month = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?";
        let date = format!(
            r"(?:{month}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|\d{{1,2}}(?:st|nd|rd|th)?\s+{month}(?:,?\s+\d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}})"
        );
        let word = r"\p{Lu}[\p{L}\p{M}'’.\-]*";
        let particle = r"(?:de|da|del|di|do|du|el|al|la|le|of|upon|on|am|an|es|sur|bin)";
        let src = format!(
            r"^(?P<place>{word}(?:\s+(?:{word}|{particle})){{0,4}})(?:\s*,\s*(?P<region>{word}(?:\s+{word}){{0,2}}))?(?:\s*,?\s*(?P<date>{date}))?(?:\s*\((?P<wire>[^()\n]{{1,40}})\))?\s*(?P<sep>:|—|–|--|-)\s+(?P<next>\S)"
        );
        Regex::new(&src).ok()
    })
    .as_ref()
}

/// The dateline opening `paragraph`, if it has one.
pub fn find(paragraph: &str) -> Option<Dateline> {
    let text = paragraph.trim_start();
    let offset = paragraph.len() - text.len();
    let head = match text.char_indices().nth(120) {
        Some((i, _)) => text.get(..i)?,
        None => text,
    };
    let caps = regex()?.captures(head)?;
    let place = caps.name("place")?.as_str().trim();
    let sep = caps.name("sep")?.as_str();
    let next = caps.name("next")?;
    let date_text = caps.name("date").map(|m| m.as_str());
    let wire_text = caps.name("wire").map(|m| m.as_str());

    let letters: Vec<char> = place.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() < 2 || place.chars().count() > 40 {
        return None;
    }
    let lower = place.to_lowercase();
    // "DEAR ABBY:" opens a letter, not a report from a place.
    if NOT_PLACES.contains(&lower.as_str()) || lower.starts_with("dear ") {
        return None;
    }
    let all_caps = letters.iter().all(|c| c.is_uppercase());
    let words = place.split_whitespace().count();
    let wire = wire_text.and_then(|w| wire::agency_list(w, true));
    if wire_text.is_some() && wire.is_none() {
        // Brackets that hold something else: "Geneva (Switzerland):" is fine,
        // a parenthetical remark is not a dateline.
        if !wire_text.is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase)) {
            return None;
        }
    }
    let strong_sep = sep == ":" || sep == "—" || sep == "–" || sep == "--";
    let accepted = if all_caps {
        true
    } else {
        words <= 3 && (strong_sep || date_text.is_some() || wire.is_some())
    };
    if !accepted {
        return None;
    }
    // What follows must start a sentence: a capital, a digit or a quote.
    let next_char = next.as_str().chars().next()?;
    if !(next_char.is_uppercase()
        || next_char.is_ascii_digit()
        || matches!(next_char, '"' | '“' | '‘' | '\''))
    {
        return None;
    }
    let (full_date, month_day) = match date_text {
        Some(d) => match dates::parse_date(d) {
            Some(full) => (Some(full), None),
            None => (None, dates::find_month_day(d)),
        },
        None => (None, None),
    };
    Some(Dateline {
        place: place.to_owned(),
        full_date,
        month_day,
        wire,
        end: offset + next.start(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(p: &str) -> Option<String> {
        find(p).map(|d| d.place)
    }

    #[test]
    fn forms() {
        assert_eq!(place("KARVIK: The port reopened."), Some("KARVIK".into()));
        assert_eq!(place("Sanmere: The port reopened."), Some("Sanmere".into()));
        assert_eq!(
            place("OSTBERG\u{a0} — Talks ended."),
            Some("OSTBERG".into())
        );
        assert_eq!(
            place("NEW PELLIS - Talks ended."),
            Some("NEW PELLIS".into())
        );
        let d = find("Geneva, March 3: Delegates met.").expect("dateline");
        assert_eq!(d.place, "Geneva");
        assert_eq!(d.date(Some(2026)), NaiveDate::from_ymd_opt(2026, 3, 3));
        assert_eq!(d.date(None), None);
        let d = find("KARVIK, March 20 (MPA) – Belsaria and Norvane agreed.").expect("dateline");
        assert_eq!(d.place, "KARVIK");
        assert_eq!(d.wire.as_deref(), Some("MPA"));
        let d = find("NAIROBI, Jan 9 (Reuters) - Kenya said.").expect("dateline");
        assert_eq!(d.wire.as_deref(), Some("Reuters"));
        let d = find("WASHINGTON (AP) — The Senate voted.").expect("dateline");
        assert_eq!(d.wire.as_deref(), Some("AP"));
        let d = find("New Delhi, Oct 29, 2025 (PTI): The court ruled.").expect("dateline");
        assert_eq!(d.place, "New Delhi");
        assert_eq!(d.full_date, NaiveDate::from_ymd_opt(2025, 10, 29));
        let d = find("SANMERE: Farmers said.").expect("dateline");
        assert_eq!(&"SANMERE: Farmers said."[d.end..], "Farmers said.");
    }

    #[test]
    fn not_datelines() {
        for p in [
            "Update: The port reopened.",
            "Meanwhile: nothing.",
            "The port reopened on Monday.",
            "Pakistan-Afghanistan talks - a timeline",
            "In Karvik, talks ended.",
            "Officials - who declined to be named - said.",
            "“Karvik: a city,” he said.",
            "",
            "X: y",
            "DEAR ADVISER: My neighbour plays the drums.",
        ] {
            assert_eq!(place(p), None, "{p:?}");
        }
    }
}
