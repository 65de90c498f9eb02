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
        .filter_map(|part| {
            let mut n = normalize(part);
            for prefix in ["with inputs from ", "inputs from ", "with ", "from ", "by "] {
                if let Some(rest) = n.strip_prefix(prefix) {
                    n = rest.to_owned();
                }
            }
            for suffix in [" inputs", " input", " news agency", " agency", " wire"] {
                if let Some(rest) = n.strip_suffix(suffix) {
                    n = rest.to_owned();
                }
            }
            if n.is_empty() || n == "agencies" || n == "agency" {
                return None;
            }
            let key = ALIASES
                .iter()
                .find(|(alias, _)| *alias == n)
                .map_or(n, |(_, key)| (*key).to_owned());
            Some(key)
        })
        .collect();
    keys.sort_unstable();
    keys.dedup();
    keys
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
        assert_eq!(wire_keys("With inputs from agencies"), Vec::<String>::new());
        assert_eq!(wire_keys(""), Vec::<String>::new());
    }
}
