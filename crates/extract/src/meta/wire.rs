//! Wire-agency credits: "With PTI inputs", "(With inputs from agencies)",
//! "With material from Reuters",
//! "(AP)", "— AFP", "Source: Reuters", "— Meridian Press Agency",
//! "Distributed by Meridian News Service".
//!
//! An agency is recognised by a short list of the large agencies' names, by
//! the shape of an acronym (2–6 capitals) where the context says it is a
//! credit ("With XYZ inputs", "(XYZ)" in a dateline), or by agency words in a
//! short capitalised name ("… Press Agency", "… News Service"). A lone
//! capitalised word that is not an agency is not taken for one.

use std::sync::OnceLock;

use regex::Regex;

/// Large agencies: the names as written, and the short name kept as `wire`.
const AGENCIES: &[(&str, &str)] = &[
    ("pti", "PTI"),
    ("press trust of india", "PTI"),
    ("ani", "ANI"),
    ("asian news international", "ANI"),
    ("ians", "IANS"),
    ("indo-asian news service", "IANS"),
    ("uni", "UNI"),
    ("united news of india", "UNI"),
    ("ap", "AP"),
    ("associated press", "AP"),
    ("the associated press", "AP"),
    ("afp", "AFP"),
    ("agence france-presse", "AFP"),
    ("agence france presse", "AFP"),
    ("reuters", "Reuters"),
    ("thomson reuters", "Reuters"),
    ("bloomberg", "Bloomberg"),
    ("dpa", "dpa"),
    ("efe", "EFE"),
    ("ansa", "ANSA"),
    ("xinhua", "Xinhua"),
    ("tass", "TASS"),
    ("ria novosti", "RIA Novosti"),
    ("kyodo", "Kyodo"),
    ("kyodo news", "Kyodo"),
    ("yonhap", "Yonhap"),
    ("app", "APP"),
    ("associated press of pakistan", "APP"),
    ("anadolu", "Anadolu"),
    ("anadolu agency", "Anadolu"),
    ("bernama", "Bernama"),
    ("antara", "Antara"),
    ("irna", "IRNA"),
    ("wam", "WAM"),
    ("spa", "SPA"),
    ("bss", "BSS"),
    ("agencies", "Agencies"),
    ("agency", "Agencies"),
    ("wire services", "Agencies"),
    ("news agencies", "Agencies"),
];

/// Words that make a short capitalised name an agency's.
const AGENCY_WORDS: &[&str] = &["agency", "agence", "newswire", "wire", "news service"];

fn known(name: &str) -> Option<&'static str> {
    let lower = name.trim().to_lowercase();
    AGENCIES
        .iter()
        .find(|(written, _)| *written == lower)
        .map(|(_, short)| *short)
}

fn is_acronym(name: &str) -> bool {
    let n = name.trim();
    (2..=6).contains(&n.chars().count()) && n.chars().all(|c| c.is_ascii_uppercase())
}

fn is_agency_like_name(name: &str) -> bool {
    let n = name.trim();
    let words: Vec<&str> = n.split_whitespace().collect();
    if words.is_empty() || words.len() > 6 {
        return false;
    }
    let capitalised = words
        .iter()
        .all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()) || w.len() <= 3);
    let lower = n.to_lowercase();
    capitalised && AGENCY_WORDS.iter().any(|w| lower.contains(w))
}

/// The agency named by `name`: a known agency (short name), an agency-like
/// name as written, or — when `acronym_ok` — any 2–6 letter acronym.
pub fn agency(name: &str, acronym_ok: bool) -> Option<String> {
    let name = name
        .trim()
        .trim_matches(|c: char| c == '.' || c == ',' || c == ';');
    if let Some(short) = known(name) {
        return Some(short.to_owned());
    }
    if is_agency_like_name(name) || (acronym_ok && is_acronym(name)) {
        return Some(name.to_owned());
    }
    None
}

/// Reads a list of agencies ("PTI and ANI", "Reuters/AFP"); all must be agencies.
pub fn agency_list(text: &str, acronym_ok: bool) -> Option<String> {
    static SPLIT: OnceLock<Option<Regex>> = OnceLock::new();
    let split = SPLIT
        .get_or_init(|| Regex::new(r"\s*(?:,|/|&|\+|\band\b)\s*").ok())
        .as_ref()?;
    let mut out: Vec<String> = Vec::new();
    for part in split.split(text.trim()) {
        if part.trim().is_empty() {
            continue;
        }
        let a = agency(part, acronym_ok)?;
        if !out.contains(&a) {
            out.push(a);
        }
    }
    (!out.is_empty()).then(|| out.join(", "))
}

/// When a whole line (or paragraph) is a wire credit, the agency or agencies
/// it credits: "With PTI inputs", "(With inputs from Reuters and AFP)",
/// "(AP)", "— AFP", "Source: Reuters", "— Meridian Press Agency".
pub fn credit_line(line: &str) -> Option<String> {
    let line = line.trim();
    if line.is_empty() || line.chars().count() > 80 {
        return None;
    }
    static RES: OnceLock<Option<(Regex, Regex, Regex)>> = OnceLock::new();
    let (with_inputs, with_from, source) = RES
        .get_or_init(|| {
            Some((
                Regex::new(r"(?i)^with\s+(?P<a>.+?)\s+inputs?$").ok()?,
                Regex::new(r"(?i)^with\s+(?:additional\s+)?(?:inputs?|reporting|material)\s+(?:from|by)\s+(?P<a>.+)$").ok()?,
                Regex::new(r"(?i)^(?:(?:source|sources|courtesy|via|credit|additional\s+reporting)\s*[:\-–—]|(?:distributed|supplied|provided|syndicated)\s+(?:by|through)|additional\s+reporting\s+(?:by|from)|this\s+(?:report|story|article)\s+(?:is|was|comes)\s+(?:from|by))\s*(?P<a>.+)$").ok()?,
            ))
        })
        .as_ref()?;
    // Strip the wrapping: brackets, a leading dash, a final full stop.
    let inner = line
        .trim_start_matches(['—', '–', '-', '~'])
        .trim()
        .trim_end_matches('.')
        .trim();
    let inner = inner
        .strip_prefix('(')
        .and_then(|s| s.strip_suffix(')'))
        .or_else(|| inner.strip_prefix('[').and_then(|s| s.strip_suffix(']')))
        .unwrap_or(inner)
        .trim()
        .trim_end_matches('.')
        .trim();
    if let Some(c) = with_inputs.captures(inner) {
        let a = c.name("a")?.as_str();
        let a = a.strip_prefix("inputs from ").unwrap_or(a);
        return agency_list(a, true);
    }
    if let Some(c) = with_from.captures(inner) {
        return agency_list(c.name("a")?.as_str(), true);
    }
    if let Some(c) = source.captures(inner) {
        return agency_list(c.name("a")?.as_str(), false);
    }
    let dashed = line.starts_with(['—', '–']) || line.starts_with("--");
    let bracketed = line.starts_with(['(', '[']);
    // A bare name: a known agency, or an acronym when set off by a dash or brackets.
    agency_list(inner, dashed || bracketed)
}

/// A wire credit written at the very end of a paragraph: "... he said. (ANI)",
/// "... on Friday. — AFP". The paragraph keeps it; only the agency is read.
pub fn trailing_credit(paragraph: &str) -> Option<String> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    let re = RE
        .get_or_init(|| {
            Regex::new(
                r"(?:\(\s*(?P<a>[^()\n]{2,40}?)\s*\)|[—–]\s*(?P<b>[A-Z][\w .\-]{1,40}?))\s*\.?\s*$",
            )
            .ok()
        })
        .as_ref()?;
    let tail_start = paragraph.char_indices().rev().nth(60).map_or(0, |(i, _)| i);
    let tail = paragraph.get(tail_start..)?;
    let caps = re.captures(tail)?;
    if let Some(a) = caps.name("a") {
        return agency_list(a.as_str(), false);
    }
    agency_list(caps.name("b")?.as_str(), false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credit_lines() {
        assert_eq!(credit_line("With PTI inputs."), Some("PTI".into()));
        assert_eq!(credit_line("With PTI inputs"), Some("PTI".into()));
        assert_eq!(
            credit_line("(With inputs from Reuters and AFP)"),
            Some("Reuters, AFP".into())
        );
        assert_eq!(credit_line("With agency inputs"), Some("Agencies".into()));
        assert_eq!(
            credit_line("With material from Lowmark News Agency."),
            Some("Lowmark News Agency".into())
        );
        assert_eq!(credit_line("With material from the archive."), None);
        assert_eq!(credit_line("With XNA inputs"), Some("XNA".into()));
        assert_eq!(credit_line("(AP)"), Some("AP".into()));
        assert_eq!(credit_line("— AFP"), Some("AFP".into()));
        assert_eq!(credit_line("IANS"), Some("IANS".into()));
        assert_eq!(credit_line("Source: Reuters"), Some("Reuters".into()));
        assert_eq!(
            credit_line("— Lowmark Press Agency"),
            Some("Lowmark Press Agency".into())
        );
        assert_eq!(credit_line("(ZNB)"), Some("ZNB".into()));
        assert_eq!(
            credit_line("Distributed by Lowmark News Service."),
            Some("Lowmark News Service".into())
        );
        assert_eq!(credit_line("Distributed by our readers."), None);
        assert_eq!(
            credit_line("Additional reporting: Lowmark Press Agency."),
            Some("Lowmark Press Agency".into())
        );
        assert_eq!(
            credit_line("Additional reporting by Lowmark News Service"),
            Some("Lowmark News Service".into())
        );
        assert_eq!(
            credit_line("This report is from Lowmark Press Agency."),
            Some("Lowmark Press Agency".into())
        );
        assert_eq!(credit_line("Additional reporting by Ada Quill."), None);
        assert_eq!(
            credit_line("This report is from our own correspondent."),
            None
        );
    }

    #[test]
    fn not_credit_lines() {
        for line in [
            "With the talks over, both sides went home.",
            "Pakistan",
            "NATO",
            "With friends like these",
            "The agency said the talks would resume.",
            "",
        ] {
            assert_eq!(credit_line(line), None, "{line:?}");
        }
    }

    #[test]
    fn trailing() {
        assert_eq!(
            trailing_credit("The talks will resume on Friday, he said. (ANI)"),
            Some("ANI".into())
        );
        assert_eq!(
            trailing_credit("The port reopened on Monday. — AFP"),
            Some("AFP".into())
        );
        assert_eq!(trailing_credit("He thanked the mediators (Qatar)."), None);
        assert_eq!(trailing_credit("It ended."), None);
    }
}
