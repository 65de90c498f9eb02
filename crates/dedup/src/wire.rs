//! Wire-agency credits, reduced to one key per agency.

use crate::normalize::normalize;

/// Known agencies: every spelling (normalised) and the key it maps to.
const ALIASES: &[(&str, &str)] = &[
    ("pti", "pti"),
    ("press trust of india", "pti"),
    ("ap", "ap"),
    ("associated press", "ap"),
    ("the associated press", "ap"),
    ("reuters", "reuters"),
    ("thomson reuters", "reuters"),
    ("afp", "afp"),
    ("agence france presse", "afp"),
    ("agence france-presse", "afp"),
    ("ani", "ani"),
    ("asian news international", "ani"),
    ("ians", "ians"),
    ("indo asian news service", "ians"),
    ("uni", "uni"),
    ("united news of india", "uni"),
    ("dpa", "dpa"),
    ("deutsche presse agentur", "dpa"),
    ("xinhua", "xinhua"),
    ("efe", "efe"),
    ("ansa", "ansa"),
    ("bloomberg", "bloomberg"),
    ("upi", "upi"),
    ("united press international", "upi"),
];

/// The agency keys a wire credit names: `"PTI"`, `"With PTI inputs"`,
/// `"(AP)"`, `"Reuters/AFP"` → `["pti"]`, `["pti"]`, `["ap"]`,
/// `["afp", "reuters"]`. Unknown agencies keep their normalised name.
pub fn wire_keys(credit: &str) -> Vec<String> {
    let mut keys: Vec<String> = credit
        .split([',', ';', '/', '&', '+', '|'])
        .flat_map(|part| part.split(" and "))
        .flat_map(|part| {
            let mut n = normalize(part);
            for prefix in ["with inputs from ", "inputs from ", "with ", "from ", "by "] {
                if let Some(rest) = n.strip_prefix(prefix) {
                    n = rest.to_owned();
                }
            }
            for suffix in [" inputs", " input"] {
                if let Some(rest) = n.strip_suffix(suffix) {
                    n = rest.to_owned();
                }
            }
            if let Some((_, key)) = ALIASES.iter().find(|(alias, _)| *alias == n) {
                return vec![(*key).to_owned()];
            }
            let mut short = n.clone();
            for suffix in [" news agency", " agency", " wire"] {
                if let Some(rest) = short.strip_suffix(suffix) {
                    short = rest.to_owned();
                }
            }
            if short.is_empty() || short == "agencies" || short == "agency" {
                return Vec::new();
            }
            if let Some((_, key)) = ALIASES.iter().find(|(alias, _)| *alias == short) {
                return vec![(*key).to_owned()];
            }
            // "Pharos Newswire" is credited "PNW" as well as "PN": a
            // compound "…wire" gives its own initial to "wire" too.
            let split = n
                .split_whitespace()
                .map(|w| match w.strip_suffix("wire") {
                    Some(head) if !head.is_empty() => format!("{head} wire"),
                    _ => w.to_owned(),
                })
                .collect::<Vec<_>>()
                .join(" ");
            let mut keys = vec![initials(&n).unwrap_or(short)];
            if split != n {
                keys.extend(initials(&split));
            }
            keys
        })
        .collect();
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// An agency written out in words ("Nordvale Press Agency") is credited by
/// its initials elsewhere ("NPA"): the key of a name of two or more words is
/// its initials, function words left out, so both credits meet.
fn initials(name: &str) -> Option<String> {
    const FUNCTION_WORDS: &[&str] = &["of", "the", "and", "for", "de", "la", "le", "du"];
    let words: Vec<&str> = name
        .split_whitespace()
        .filter(|w| !FUNCTION_WORDS.contains(w))
        .collect();
    (words.len() >= 2).then(|| words.iter().filter_map(|w| w.chars().next()).collect())
}

#[cfg(test)]
mod tests {
    use super::wire_keys;

    #[test]
    fn credits_reduce_to_agency_keys() {
        assert_eq!(wire_keys("PTI"), ["pti"]);
        assert_eq!(wire_keys("With PTI inputs"), ["pti"]);
        assert_eq!(wire_keys("Press Trust of India"), ["pti"]);
        assert_eq!(wire_keys("(AP)"), ["ap"]);
        assert_eq!(wire_keys("Reuters/AFP"), ["afp", "reuters"]);
        assert_eq!(wire_keys("Tollan Newswire"), ["tn", "tnw"]);
        assert_eq!(wire_keys("With inputs from agencies"), Vec::<String>::new());
        // An agency no table knows meets its own initials.
        assert_eq!(
            wire_keys("Nordvale Press Agency"),
            wire_keys("With NPA inputs")
        );
        assert_eq!(wire_keys("Coastal Wire Service"), ["cws"]);
        assert_eq!(wire_keys("Xinhua"), ["xinhua"]);
        assert_eq!(wire_keys(""), Vec::<String>::new());
    }
}
