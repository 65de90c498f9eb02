//! Country and place names from maintained data: `keshvar` (ISO 3166 names,
//! unofficial names in several languages, nationality adjectives, first-level
//! subdivisions) and `iso-rs` (capitals, from the REST Countries data). Built
//! once, on first use, into one map from folded name to what it names.
//!
//! Hand entries are only for what neither source has (see [`HAND`]).

use ahash::AHashMap as HashMap;
use std::sync::LazyLock;

use keshvar::CountryIterator;

use super::fold;

/// What a folded name names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// A country (ISO alpha-2 code).
    Country(&'static str),
    /// A country's nationality adjective ("Pakistani"): not a name, but it
    /// ties a title or a group to the country.
    Demonym(&'static str),
    /// A country's capital.
    Capital(&'static str),
    /// Another place: a first-level subdivision (often named as its main
    /// city: "Istanbul", "Kabul" province).
    Region(&'static str),
}

/// Names neither data source has, with why: English short forms and
/// demonyms that `keshvar` lists under other names ("United States",
/// "Saudi Arabian") and `iso-rs` keeps only as alternative spellings it does
/// not expose; "Delhi", the usual short form of the capital New Delhi.
const HAND: &[(&str, Place)] = &[
    ("Delhi", Place::Capital("IN")),
    ("US", Place::Country("US")),
    ("U.S.", Place::Country("US")),
    ("America", Place::Country("US")),
    ("UK", Place::Country("GB")),
    ("U.K.", Place::Country("GB")),
    ("Britain", Place::Country("GB")),
    ("Great Britain", Place::Country("GB")),
    ("UAE", Place::Country("AE")),
    ("Emirates", Place::Country("AE")),
    ("Vatican", Place::Country("VA")),
    ("Saudi", Place::Demonym("SA")),
    ("Emirati", Place::Demonym("AE")),
];

fn alpha2_static(code: &str) -> &'static str {
    // Leak-free: the alpha-2 codes come from keshvar's own static strings via
    // the iterator below; this maps a runtime string back to one.
    ALPHA2.iter().copied().find(|c| *c == code).unwrap_or("")
}

static ALPHA2: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut v: Vec<&'static str> = CountryIterator::new()
        .map(|c| {
            let s: &'static str = Box::leak(c.alpha2().to_string().into_boxed_str());
            s
        })
        .collect();
    v.sort_unstable();
    v
});

/// True when the name is written in Latin letters (other scripts are
/// translations the English reader never meets).
fn latin(name: &str) -> bool {
    name.chars().all(|c| {
        c.is_ascii() || matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}' | '’')
    })
}

/// Drops a trailing parenthesised note ("Sind (en)").
fn clean(name: &str) -> &str {
    match name.find(" (") {
        Some(i) => name[..i].trim(),
        None => name.trim(),
    }
}

struct Gazetteer {
    by_key: HashMap<String, Place>,
    names: HashMap<&'static str, String>,
}

static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(build);

/// Which of two places a name stands for when the data gives it to both:
/// a country's name before a capital's, a demonym or a region's; between
/// two of one kind, the more populous country ("American": the United
/// States, not the Northern Mariana Islands).
fn rank(place: Place) -> u8 {
    match place {
        Place::Country(_) => 0,
        Place::Capital(_) => 1,
        Place::Demonym(_) => 2,
        Place::Region(_) => 3,
    }
}

fn build() -> Gazetteer {
    let countries: Vec<keshvar::Country> = CountryIterator::new().collect();
    let population: HashMap<&'static str, u64> = countries
        .iter()
        .map(|c| {
            (
                alpha2_static(&c.alpha2().to_string()),
                c.maybe_population().unwrap_or(0),
            )
        })
        .collect();
    let mut by_key: HashMap<String, Place> = HashMap::new();
    let mut names: HashMap<&'static str, String> = HashMap::new();
    let mut put = |name: &str, place: Place, min_len: usize| {
        let name = clean(name);
        if name.len() < min_len || !latin(name) {
            return;
        }
        let k = fold::key(name);
        if k.is_empty() {
            return;
        }
        let code = |p: Place| match p {
            Place::Country(c) | Place::Capital(c) | Place::Demonym(c) | Place::Region(c) => c,
        };
        let better = match by_key.get(&k) {
            None => true,
            Some(&old) => {
                (
                    rank(place),
                    std::cmp::Reverse(population.get(code(place)).copied().unwrap_or(0)),
                ) < (
                    rank(old),
                    std::cmp::Reverse(population.get(code(old)).copied().unwrap_or(0)),
                )
            }
        };
        if better {
            by_key.insert(k, place);
        }
    };
    for c in &countries {
        let code = alpha2_static(&c.alpha2().to_string());
        names.insert(code, c.iso_short_name().to_owned());
        put(c.iso_short_name(), Place::Country(code), 3);
        for n in c.unofficial_name_list() {
            put(n, Place::Country(code), 3);
        }
        if let Some(n) = c.maybe_nationality() {
            put(n, Place::Demonym(code), 3);
        }
        if let Some(found) = iso_rs::prelude::Country::from_alpha_2(code) {
            for f in found {
                if let Some(cap) = f.capital {
                    put(cap, Place::Capital(code), 3);
                    // "Washington, D.C.": the city's name alone too.
                    if let Some((city, _)) = cap.split_once(',') {
                        put(city, Place::Capital(code), 3);
                    }
                }
            }
        }
        let mut subs: Vec<&keshvar::Subdivision> = c.subdivisions().values().collect();
        subs.sort_by_key(|s| s.code());
        for s in subs {
            put(s.name(), Place::Region(code), 3);
            for n in s.unofficial_name_list() {
                put(n, Place::Region(code), 3);
            }
        }
    }
    for (name, place) in HAND {
        put(name, *place, 2);
    }
    Gazetteer { by_key, names }
}

/// What the name names, if the data knows it.
#[cfg(test)]
fn lookup(name: &str) -> Option<Place> {
    lookup_key(&fold::key(name))
}

/// [`lookup`] on an already folded key.
pub fn lookup_key(key: &str) -> Option<Place> {
    GAZETTEER.by_key.get(key).copied()
}

/// The ISO short name of a country ("Türkiye").
pub fn country_name(code: &str) -> Option<&'static str> {
    GAZETTEER.names.get(code).map(String::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_sources_answer() {
        assert_eq!(lookup("Turkey"), Some(Place::Country("TR")));
        assert_eq!(lookup("Türkiye"), Some(Place::Country("TR")));
        assert_eq!(lookup("Turkiye"), Some(Place::Country("TR")));
        assert_eq!(lookup("Pakistani"), Some(Place::Demonym("PK")));
        assert_eq!(lookup("Afghan"), Some(Place::Demonym("AF")));
        assert_eq!(lookup("Ankara"), Some(Place::Capital("TR")));
        assert_eq!(lookup("Kabul"), Some(Place::Capital("AF")));
        assert_eq!(lookup("ISLAMABAD"), Some(Place::Capital("PK")));
        assert_eq!(lookup("Doha"), Some(Place::Capital("QA")));
        assert!(matches!(lookup("Istanbul"), Some(Place::Region("TR"))));
        assert_eq!(country_name("QA"), Some("Qatar"));
        assert_eq!(lookup("American"), Some(Place::Demonym("US")));
        assert_eq!(lookup("Washington"), Some(Place::Capital("US")));
        assert_eq!(lookup("U.S."), Some(Place::Country("US")));
        assert_eq!(lookup("Moscow"), Some(Place::Capital("RU")));
        assert_eq!(lookup("Georgia"), Some(Place::Country("GE")));
    }
}
