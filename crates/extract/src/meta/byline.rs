//! Bylines: "By Jane Doe", "By The Lowland Herald", "By Staff Reporter",
//! "By Jane Doe, Riverside Observer", "By Jane Doe | Updated: Oct 29, 2025".
//!
//! A byline credits a person, a desk, an outlet or a wire agency. Which one
//! is told by shape: an outlet's name has words such as Times, News, Post,
//! Tribune, Express, Media, Herald or starts with "The"; a desk says desk,
//! staff, correspondent, bureau; an agency is a known wire; anything else made
//! of capitalised words (with name particles) is taken for people. A line that
//! reads as a sentence ("By Wednesday, officials said …") is not a byline.

use std::sync::OnceLock;

use regex::Regex;

use crate::dates::{self, DateMatch};
use crate::meta::wire;
use crate::Extracted;

/// Words that mark an outlet's name.
const OUTLET_WORDS: &[&str] = &[
    "times",
    "news",
    "post",
    "tribune",
    "express",
    "media",
    "agency",
    "herald",
    "journal",
    "gazette",
    "chronicle",
    "telegraph",
    "observer",
    "guardian",
    "standard",
    "daily",
    "network",
    "press",
    "today",
    "weekly",
    "magazine",
    "monitor",
    "insider",
    "wire",
    "tv",
    "radio",
    "broadcasting",
    "dispatch",
    "bulletin",
    "courier",
    "ledger",
    "mirror",
    "inquirer",
    "review",
    "digest",
    "metro",
    "online",
    "channel",
    "corporation",
    "newspaper",
    "newsroom",
];

/// Words that mark a desk or staff credit rather than a person or an outlet.
const DESK_WORDS: &[&str] = &[
    "desk",
    "staff",
    "correspondent",
    "correspondents",
    "reporter",
    "reporters",
    "bureau",
    "team",
    "editor",
    "editors",
    "editorial",
    "writer",
    "writers",
    "contributor",
];

/// Lowercase words a person's or an outlet's name may contain.
const NAME_PARTICLES: &[&str] = &[
    "and", "de", "del", "della", "der", "den", "van", "von", "bin", "binti", "al", "el", "da",
    "di", "du", "la", "le", "of", "the", "our", "staff", "special", "in", "for", "y", "e",
];

/// What a byline credits.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Byline {
    /// The people (or desk) credited, as written.
    pub byline: Option<String>,
    /// The outlet, when the byline names one.
    pub outlet: Option<String>,
    /// The wire agency, when the byline credits one.
    pub wire: Option<String>,
    /// A date written on the byline's line ("By X | Oct 29, 2025").
    pub date: Option<DateMatch>,
}

impl Byline {
    /// Fills the fields of `found` that are still empty.
    pub fn fill(&self, found: &mut Extracted) {
        if found.byline.is_none() {
            found.byline.clone_from(&self.byline);
        }
        if found.outlet.is_none() {
            found.outlet.clone_from(&self.outlet);
        }
        if found.wire.is_none() {
            found.wire.clone_from(&self.wire);
        }
    }
}

fn words_lower(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’' && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Whether a name reads as an outlet's ("The South Lowland Times", "Valley News").
pub fn is_outlet_name(name: &str) -> bool {
    let words = words_lower(name);
    if words.is_empty() || words.iter().any(|w| DESK_WORDS.contains(&w.as_str())) {
        return false;
    }
    let starts_the = words.first().is_some_and(|w| w == "the") && words.len() >= 2;
    starts_the || words.iter().any(|w| OUTLET_WORDS.contains(&w.as_str()))
}

fn is_desk(name: &str) -> bool {
    words_lower(name)
        .iter()
        .any(|w| DESK_WORDS.contains(&w.as_str()))
}

/// Whether every word is capitalised or a name particle: the shape of names.
fn name_shaped(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 12
        && words.iter().all(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.is_empty()
                || w.chars().next().is_some_and(char::is_uppercase)
                || NAME_PARTICLES.contains(&w.to_lowercase().as_str())
                || DESK_WORDS.contains(&w.to_lowercase().as_str())
        })
}

/// Reads one credited name: a person, a desk, an outlet or an agency.
fn classify_name(name: &str, out: &mut Byline) {
    let name = name
        .trim()
        .trim_matches([',', ';', ':', '-', '–', '—'])
        .trim();
    if name.is_empty() {
        return;
    }
    if let Some(a) = wire::agency(name, false) {
        out.wire.get_or_insert(a);
    } else if is_outlet_name(name) {
        out.outlet.get_or_insert_with(|| name.to_owned());
    } else if out.byline.is_none() {
        out.byline = Some(name.to_owned());
    } else if let Some(b) = out.byline.as_mut() {
        b.push_str(", ");
        b.push_str(name);
    }
}

/// When a whole line is a byline, what it credits. `None` for any other line.
pub fn parse_line(line: &str) -> Option<Byline> {
    static RES: OnceLock<Option<(Regex, Regex)>> = OnceLock::new();
    let (by, cut) = RES
        .get_or_init(|| {
            Some((
                Regex::new(
                    r"^(?:By|BY|by|Written by|Reported by|Story by|Words by|Text by|Reporting by)\s*[:\-–]?\s+(?P<rest>\S.*)$",
                )
                .ok()?,
                Regex::new(r"(?i)\s*(?:\||•|·|\bupdated\b|\bpublished\b|\bposted\b|\blast updated\b|\bon\s+(?:mon|tue|wed|thu|fri|sat|sun)|\s[-–—]\s).*$").ok()?,
            ))
        })
        .as_ref()?;
    let line = line.trim();
    if line.chars().count() > 160 {
        return None;
    }
    let rest = by.captures(line)?.name("rest")?.as_str();
    let date = dates::find_date(rest);
    // The credit ends where the date or a separator begins.
    let mut credit = rest;
    if let Some(m) = cut.find(credit) {
        credit = credit.get(..m.start()).unwrap_or(credit);
    }
    if let Some(d) = dates::find_date(credit) {
        credit = credit.get(..d.start).unwrap_or(credit);
    }
    let credit = credit.trim().trim_end_matches([',', ';', ':', '.']).trim();
    let first = credit.chars().next()?;
    if !(first.is_uppercase() || credit.to_lowercase().starts_with("our ")) {
        return None;
    }
    if !name_shaped(credit) || credit.split_whitespace().count() > 12 {
        return None;
    }
    let mut out = Byline {
        date: date.map(|d| DateMatch {
            // Offsets relative to the line.
            start: d.start + (line.len() - rest.len()),
            end: d.end + (line.len() - rest.len()),
            ..d
        }),
        ..Byline::default()
    };
    // "Jane Doe, The Valley Times" / "Jane Doe and John Roe".
    let parts: Vec<&str> = credit.split([',', ';']).collect();
    if parts.len() > 1 && !is_desk(credit) {
        for part in parts {
            classify_name(part, &mut out);
        }
    } else {
        classify_name(credit, &mut out);
    }
    (out.byline.is_some() || out.outlet.is_some() || out.wire.is_some()).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn people() {
        let b = parse_line("By Jane Doe").expect("byline");
        assert_eq!(b.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(b.outlet, None);
        let b = parse_line("By Maria de la Cruz and Tom Reyes").expect("byline");
        assert_eq!(b.byline.as_deref(), Some("Maria de la Cruz and Tom Reyes"));
        let b = parse_line("BY ANNA KOVAC").expect("byline");
        assert_eq!(b.byline.as_deref(), Some("ANNA KOVAC"));
    }

    #[test]
    fn outlets_desks_agencies() {
        let b = parse_line("By The Lowland Herald").expect("byline");
        assert_eq!(b.outlet.as_deref(), Some("The Lowland Herald"));
        assert_eq!(b.byline, None);
        let b = parse_line("By Harbour Post").expect("byline");
        assert_eq!(b.outlet.as_deref(), Some("Harbour Post"));
        let b = parse_line("By Web Desk").expect("byline");
        assert_eq!(b.byline.as_deref(), Some("Web Desk"));
        assert_eq!(b.outlet, None);
        let b = parse_line("By our correspondent").expect("byline");
        assert_eq!(b.byline.as_deref(), Some("our correspondent"));
        let b = parse_line("By Reuters").expect("byline");
        assert_eq!(b.wire.as_deref(), Some("Reuters"));
        let b = parse_line("By Jane Doe, Valley News").expect("byline");
        assert_eq!(b.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(b.outlet.as_deref(), Some("Valley News"));
    }

    #[test]
    fn with_dates() {
        let b = parse_line("By Jane Doe | Updated: Oct 29, 2025 10:14 IST").expect("byline");
        assert_eq!(b.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(
            b.date.map(|d| d.date),
            chrono::NaiveDate::from_ymd_opt(2025, 10, 29)
        );
        let b = parse_line("By Jane Doe - 29 October 2025").expect("byline");
        assert_eq!(b.byline.as_deref(), Some("Jane Doe"));
    }

    #[test]
    fn sentences_are_not_bylines() {
        for line in [
            "By Wednesday, officials said the talks had failed.",
            "By the end of the week the border had reopened.",
            "Byzantine rules apply",
            "By",
            "By 2030 the river will be dry",
            "Bystanders said the crowd had left.",
        ] {
            assert_eq!(parse_line(line), None, "{line:?}");
        }
    }
}
