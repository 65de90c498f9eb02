//! Money in currencies other than the dollar, the euro and the pound.
//!
//! What it does: names the currencies of the world's countries from
//! maintained data (`iso-rs`, ISO 4217 names: "Pakistani rupee" gives
//! "rupee"), so that "4.5 billion rupees" is money as "$4.5 million" is.
//!
//! What it does not: exchange rates, currencies named only by a code ("PKR
//! 500"), or a currency no data source knows ("9.5 million veldes" stays a
//! count of veldes: the cross-check compares such counts by their noun,
//! and a sum of money only with sums said of the same thing).

use std::collections::HashSet;
use std::sync::LazyLock;

use keshvar::CountryIterator;
use unicode_normalization::UnicodeNormalization;

/// The last word of every currency name in the data, folded to plain
/// lower-case letters ("złoty" → "zloty", "Japanese yen" → "yen"), and the
/// English names of currencies whose data name is the local one. The
/// three signs' currencies (dollar, euro, pound) are named apart, by code.
static CURRENCY_WORDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    let mut words: HashSet<String> = HashSet::new();
    for country in CountryIterator::new() {
        let code = country.alpha2().to_string();
        let Some(found) = iso_rs::prelude::Country::from_alpha_2(&code) else {
            continue;
        };
        for c in found.iter().flat_map(|f| f.currencies.iter()) {
            if let Some(last) = c.name.and_then(|n| n.split_whitespace().next_back()) {
                words.insert(fold(last));
            }
        }
    }
    // Hand-listed: English names of currencies the data names in the
    // local language ("koruna", "krona", "krone" are the crown).
    words.insert("crown".to_owned());
    words
});

/// Plain lower-case letters: accents and apostrophes dropped, "ł" as "l".
fn fold(word: &str) -> String {
    word.nfd()
        .filter(|c| c.is_alphabetic())
        .map(|c| if c == 'ł' || c == 'Ł' { 'l' } else { c })
        .flat_map(char::to_lowercase)
        .collect()
}

/// The unit of money a counted noun names, if it names one: `usd`, `eur`,
/// `gbp` for the three sign currencies, else the noun itself when the data
/// knows it as a currency ("rupee", "crown").
pub(super) fn currency_word(unit: &str) -> Option<String> {
    match unit {
        "dollar" => Some("usd".to_owned()),
        "euro" => Some("eur".to_owned()),
        "pound" => Some("gbp".to_owned()),
        _ => CURRENCY_WORDS
            .contains(&fold(unit))
            .then(|| unit.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numbers::quantities;

    #[test]
    fn the_data_names_world_currencies() {
        assert_eq!(currency_word("rupee").as_deref(), Some("rupee"));
        assert_eq!(currency_word("złoty").as_deref(), Some("złoty"));
        assert_eq!(currency_word("crown").as_deref(), Some("crown"));
        assert_eq!(currency_word("dollar").as_deref(), Some("usd"));
        assert_eq!(currency_word("soldier"), None);
        let q = quantities("The court fined him 4.5 billion rupees.");
        assert_eq!(q[0].kind, crate::numbers::QuantityKind::Money);
    }
}
