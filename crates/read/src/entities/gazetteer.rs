//! Country and place names from maintained data: `keshvar` (ISO 3166 names,
//! unofficial names in several languages, nationality adjectives, first-level
//! subdivisions) and `iso-rs` (capitals, from the REST Countries data). Built
//! once, on first use, into one map from folded name to what it names.
//!
//! Hand entries are only for what neither source has (see [`HAND`]).

use std::collections::HashMap;
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

/// Names neither data source has, with why:
/// - "Delhi": the usual short form of the capital New Delhi, used for India's
///   government; iso-rs has only "New Delhi".
/// - "Turkiye": `keshvar` lists "Türkiye", which folds to it anyway; kept
///   out. English short forms the sources lack are added here when found.
const HAND: &[(&str, Place)] = &[("Delhi", Place::Capital("IN"))];

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

fn build() -> Gazetteer {
    let mut by_key: HashMap<String, Place> = HashMap::new();
    let mut names: HashMap<&'static str, String> = HashMap::new();
    // Countries first; a later, weaker kind never overwrites an earlier one.
    let put = |name: &str, place: Place, by_key: &mut HashMap<String, Place>| {
        let name = clean(name);
        if name.len() < 3 || !latin(name) {
            return;
        }
        let k = fold::key(name);
        if k.is_empty() {
            return;
        }
        by_key.entry(k).or_insert(place);
    };
    let countries: Vec<keshvar::Country> = CountryIterator::new().collect();
    for c in &countries {
        let code = alpha2_static(&c.alpha2().to_string());
        names.insert(code, c.iso_short_name().to_owned());
        put(c.iso_short_name(), Place::Country(code), &mut by_key);
        for n in c.unofficial_name_list() {
            put(n, Place::Country(code), &mut by_key);
        }
    }
    for c in &countries {
        let code = alpha2_static(&c.alpha2().to_string());
        if let Some(n) = c.maybe_nationality() {
            put(n, Place::Demonym(code), &mut by_key);
        }
        if let Some(found) = iso_rs::prelude::Country::from_alpha_2(code) {
            for f in found {
                if let Some(cap) = f.capital {
                    put(cap, Place::Capital(code), &mut by_key);
                }
            }
        }
    }
    for (name, place) in HAND {
        put(name, *place, &mut by_key);
    }
    for c in &countries {
        let code = alpha2_static(&c.alpha2().to_string());
        let mut subs: Vec<&keshvar::Subdivision> = c.subdivisions().values().collect();
        subs.sort_by_key(|s| s.code());
        for s in subs {
            put(s.name(), Place::Region(code), &mut by_key);
            for n in s.unofficial_name_list() {
                put(n, Place::Region(code), &mut by_key);
            }
        }
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
    }
}
