//! The noun a number counts: the next noun as written, singular and lower
//! case, over fillers ("more", "additional"), a capitalised adjective and
//! one modifier before a plural noun; a hyphenated adjective ("four-day")
//! counts its noun; people counted by what happened to them ("41
//! injured"); a rate keeps what it is per. English plural rules with a
//! short table of irregulars. Hand-written: no crate gives a number's
//! counted noun.

/// Words that cannot be a counted noun: the number counts nothing written.
const NOT_UNITS: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "had", "has",
    "have", "in", "into", "is", "it", "its", "more", "of", "on", "or", "than", "that", "the",
    "their", "them", "then", "these", "they", "this", "those", "to", "was", "were", "which", "who",
    "will", "with", "would", "times's", "per", "each", "percent", "half", "third", "thirds",
    "quarter", "quarters", "fifth", "fifths",
];

/// Words stepped over between a number and its noun.
const FILLERS: &[&str] = &["more", "additional", "further", "extra", "other", "new"];

/// What happens to people in a disaster or a conflict, written after a
/// number with the noun left out ("41 injured", "12 were killed"): the
/// count is of people in that state. Hand-written: a closed class.
const PEOPLE_STATES: &[&str] = &[
    "injured",
    "wounded",
    "hurt",
    "dead",
    "killed",
    "missing",
    "arrested",
    "detained",
    "evacuated",
    "rescued",
    "displaced",
    "stranded",
    "hospitalised",
    "hospitalized",
];

/// Unit abbreviations that take no plural "s".
const ABBREVIATIONS: &[&str] = &[
    "km", "kg", "cm", "mm", "mi", "ft", "lb", "lbs", "mph", "kmh", "mw", "gw", "kw", "ha", "sq",
];

/// Unit abbreviations that may be glued to their digits ("60km", "12kg"),
/// as regex alternatives. Not "m": "4.2m" is millions.
pub(super) const GLUED_UNITS: &[&str] = &["km", "kg", "cm", "mm", "mph", "kmh", "mw", "gw", "kw"];

/// Unit abbreviations and the units they stand for, so that "8 km" and
/// "eight kilometres" count the same thing. "lb" stays: it is how a weight
/// in pounds is told from money.
const ABBREVIATED: &[(&str, &str)] = &[
    ("km", "kilometre"),
    ("kg", "kilogram"),
    ("cm", "centimetre"),
    ("mm", "millimetre"),
    ("mi", "mile"),
    ("ft", "foot"),
    ("lbs", "lb"),
    ("mph", "mile per hour"),
    ("kmh", "kilometre per hour"),
    ("mw", "megawatt"),
    ("gw", "gigawatt"),
    ("kw", "kilowatt"),
    ("ha", "hectare"),
];

/// Nouns that keep their plural form before the noun they modify ("police
/// officers", "customs officers", "arms dealers"). Hand-written: a closed
/// class, and a plural before a plural is otherwise a noun and its verb
/// ("fragments stands at 63").
const PLURAL_MODIFIERS: &[&str] = &[
    "police", "customs", "arms", "sales", "sports", "savings", "goods", "news", "staff", "crew",
];

/// Words ending in "s" that are not plurals: adjectives in "-ous" and
/// "-ious", Latin and Greek singulars in "-us" and "-is", and "gas".
fn s_but_singular(w: &str) -> bool {
    w.ends_with("ous") || w.ends_with("us") || w.ends_with("is") || w == "gas"
}

/// The unit a counted word names: an abbreviation spelt out, any other
/// word in the singular.
pub(super) fn unit_name(w: &str) -> String {
    match ABBREVIATED.iter().find(|(a, _)| *a == w) {
        Some((_, full)) => (*full).to_owned(),
        None => singular(w),
    }
}

/// Plurals that do not end in a plain "s".
const IRREGULAR: &[(&str, &str)] = &[
    ("people", "person"),
    ("men", "man"),
    ("women", "woman"),
    ("children", "child"),
    ("feet", "foot"),
    ("teeth", "tooth"),
    ("mice", "mouse"),
    ("geese", "goose"),
    ("police", "police"),
    ("personnel", "personnel"),
    ("staff", "staff"),
    ("crew", "crew"),
    ("aircraft", "aircraft"),
    ("sheep", "sheep"),
    ("cattle", "cattle"),
    ("series", "series"),
    ("species", "species"),
    ("centuries", "century"),
    // "-ves" plurals of "-f"/"-fe" nouns; most "-ves" words ("olives",
    // "natives", "waves") are plain "-s" plurals, so these are listed.
    ("lives", "life"),
    ("wives", "wife"),
    ("knives", "knife"),
    ("halves", "half"),
    ("wolves", "wolf"),
    ("leaves", "leaf"),
    ("shelves", "shelf"),
    ("thieves", "thief"),
    ("calves", "calf"),
    ("loaves", "loaf"),
    ("hooves", "hoof"),
    ("scarves", "scarf"),
];

/// Singular nouns ending in "-men" that are not "-man" plurals.
const MEN_SINGULARS: &[&str] = &[
    "specimen", "regimen", "abdomen", "omen", "stamen", "acumen", "hymen", "semen", "amen",
];

/// Modifiers that make a different measure, kept in the unit: a square
/// kilometre is not a kilometre, a nautical mile is not a mile.
const MEASURE_MODIFIERS: &[&str] = &["cubic", "square", "nautical"];

/// The counted noun after byte `from`, singular and lower-case, and the byte
/// offset after it; `None` when nothing is counted. A rate keeps what it is
/// per ("50 cubic metres per second" counts "cubic metre per second"): a
/// flow and a volume are different measures.
pub(super) fn unit_after(body: &str, from: usize, value: f64) -> Option<(String, usize)> {
    let (unit, end) = noun_after(body, from, value)?;
    if unit == "percent" {
        return Some((unit, end));
    }
    let rest = body.get(end..).unwrap_or("");
    let Some(per) = rest.strip_prefix(" per ") else {
        return Some((unit, end));
    };
    let word: String = per.chars().take_while(|c| c.is_alphabetic()).collect();
    if word.is_empty() || !word.starts_with(char::is_lowercase) {
        return Some((unit, end));
    }
    let rate = format!("{unit} per {}", singular(&word));
    Some((rate, end + " per ".len() + word.len()))
}

/// [`unit_after`] without the rate.
pub(super) fn noun_after(body: &str, from: usize, value: f64) -> Option<(String, usize)> {
    let rest = body.get(from..)?;
    // A hyphenated adjective: "four-day talks", "12-hour".
    if let Some(h) = rest.strip_prefix('-').or_else(|| rest.strip_prefix('‑')) {
        let word: String = h.chars().take_while(|c| c.is_alphabetic()).collect();
        let lower = word.to_lowercase();
        if word.is_empty() || NOT_UNITS.contains(&lower.as_str()) {
            return None;
        }
        let end = from + (rest.len() - h.len()) + word.len();
        return Some((unit_name(&lower), end));
    }
    if rest.starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    // Up to four words: fillers, a capitalised adjective, one modifier.
    let mut words = Vec::with_capacity(4);
    let mut pos = 0;
    for _ in 0..4 {
        let tail = &rest[pos..];
        let trimmed = tail.trim_start_matches([' ', '\u{a0}']);
        // Stop at punctuation or a line break: the noun must follow directly.
        let skipped = tail.len() - trimmed.len();
        if skipped == 0 && pos > 0 {
            break;
        }
        // A hyphen between letters stays in the word: "two night-shift
        // workers" counts workers, not nights.
        let mut w = String::new();
        let mut chars = trimmed.chars().peekable();
        while let Some(c) = chars.next() {
            let joins = matches!(c, '-' | '‑')
                && !w.is_empty()
                && chars.peek().is_some_and(|n| n.is_alphabetic());
            if !(c.is_alphabetic() || c == '\'' || c == '’' || joins) {
                break;
            }
            w.push(c);
        }
        if w.is_empty() {
            break;
        }
        let s = pos + skipped;
        // A possessive ("two countries' talks", "12 soldiers's") ends the
        // phrase at its noun.
        let noun = w
            .trim_end_matches(['\'', '’'])
            .trim_end_matches("'s")
            .trim_end_matches("’s")
            .trim_end_matches(['\'', '’']);
        if noun.len() < w.len() {
            if !noun.is_empty() {
                words.push((s, noun.to_owned()));
            }
            break;
        }
        words.push((s, w.clone()));
        pos = s + w.len();
        // A word followed by punctuation ends the phrase.
        if !rest[pos..].starts_with([' ', '\u{a0}']) {
            break;
        }
    }
    // People counted by what happened to them, the noun left out: "two
    // killed and 41 injured", "29 were injured", "12 dead".
    if let Some(k) = words
        .iter()
        .position(|(_, w)| !matches!(w.as_str(), "were" | "had" | "have" | "been"))
    {
        let (s, w) = &words[k];
        let lower = w.to_lowercase();
        // "41 injured passengers" counts passengers.
        let noun_follows = words
            .get(k + 1)
            .is_some_and(|(_, n)| looks_plural(&n.to_lowercase()));
        if k < 3 && value != 1.0 && !noun_follows && PEOPLE_STATES.contains(&lower.as_str()) {
            return Some((lower, from + s + w.len()));
        }
    }
    let mut i = 0;
    while i < words.len() {
        let (s, w) = &words[i];
        let lower = w.to_lowercase();
        let next = words.get(i + 1);
        if FILLERS.contains(&lower.as_str()) && next.is_some() {
            i += 1;
            continue;
        }
        if lower == "percent" || (lower == "per" && next.is_some_and(|(_, n)| n == "cent")) {
            let end = if lower == "per" {
                next.map_or(s + w.len(), |(ns, nw)| ns + nw.len())
            } else {
                s + w.len()
            };
            return Some(("percent".to_owned(), from + end));
        }
        if NOT_UNITS.contains(&lower.as_str()) {
            return None;
        }
        let capitalised = w.starts_with(char::is_uppercase);
        let next_lower = next.is_some_and(|(_, n)| n.starts_with(char::is_lowercase));
        // "Twelve Kestrian soldiers": a proper adjective before a noun.
        if capitalised && next_lower {
            i += 1;
            continue;
        }
        if capitalised {
            return None;
        }
        // More than one takes a plural noun ("12 soldiers", "14 tonnes") or a
        // unit abbreviation ("50 km"): "2009 ended" counts nothing.
        let plural_or_abbrev = |w: &str| looks_plural(w) || ABBREVIATIONS.contains(&w);
        // "212 police officers", "two customs officers": a noun that keeps
        // its plural form as a modifier, before a plural noun.
        if value != 1.0 && PLURAL_MODIFIERS.contains(&lower.as_str()) {
            if let Some((ns, nw)) = next {
                let nl = nw.to_lowercase();
                if looks_plural(&nl) && !NOT_UNITS.contains(&nl.as_str()) {
                    return Some((singular(&nl), from + ns + nw.len()));
                }
            }
        }
        // "40 armoured vehicles", "three border provinces", "two gas
        // supply agreements": one or two modifiers before a plural noun.
        if value != 1.0 && !looks_plural(&lower) {
            let modifier = |w: &str| {
                let l = w.to_lowercase();
                w.starts_with(char::is_lowercase)
                    && !looks_plural(&l)
                    && !NOT_UNITS.contains(&l.as_str())
            };
            let plural_noun = |w: &str| {
                let l = w.to_lowercase();
                looks_plural(&l) && !NOT_UNITS.contains(&l.as_str())
            };
            // A year before two words is a subject and its verb more
            // often than a count ("2024 saw record profits").
            let year = value.fract() == 0.0 && (1800.0..=2200.0).contains(&value);
            let after: Vec<&(usize, String)> = words.iter().skip(i + 1).take(2).collect();
            let head = match after.as_slice() {
                [(ns, nw), ..] if plural_noun(nw) => Some((0, *ns, nw)),
                [(_, m), (ns, nw)] if !year && modifier(m) && plural_noun(nw) => Some((1, *ns, nw)),
                _ => None,
            };
            if let Some((k, ns, nw)) = head {
                let nl = nw.to_lowercase();
                // A dimension is part of the unit: "square kilometre"
                // and "kilometre" measure different things.
                let unit = if k == 0 && MEASURE_MODIFIERS.contains(&lower.as_str()) {
                    format!("{lower} {}", singular(&nl))
                } else {
                    singular(&nl)
                };
                return Some((unit, from + ns + nw.len()));
            }
        }
        // "a record 221 million mernet fine": a sum in the millions named
        // before the noun it is the size of, its unit in the singular.
        let scaled = body
            .get(..from)
            .is_some_and(|b| b.ends_with(" million") || b.ends_with(" billion"));
        let attributive = next.is_some_and(|(_, n)| n.starts_with(char::is_lowercase));
        if value != 1.0 && !plural_or_abbrev(&lower) && !(scaled && attributive && i == 0) {
            return None;
        }
        return Some((unit_name(&lower), from + s + w.len()));
    }
    None
}

fn looks_plural(w: &str) -> bool {
    IRREGULAR.iter().any(|(p, _)| *p == w)
        || men_plural(w).is_some()
        || (w.ends_with('s') && !w.ends_with("ss") && !s_but_singular(w) && w.len() > 2)
}

/// The singular of a "-men" plural ("fishermen", "policemen",
/// "servicewomen"): "-man", except for singular nouns like "specimen".
fn men_plural(w: &str) -> Option<String> {
    let stem = w.strip_suffix("men")?;
    if stem.len() < 2 || MEN_SINGULARS.contains(&w) {
        return None;
    }
    Some(format!("{stem}man"))
}

/// The singular of a lower-case noun (English plural rules, irregulars from
/// a short table).
fn singular(w: &str) -> String {
    if let Some((_, s)) = IRREGULAR.iter().find(|(p, _)| *p == w) {
        return (*s).to_owned();
    }
    if let Some(s) = men_plural(w) {
        return s;
    }
    if let Some(stem) = w.strip_suffix("ies") {
        if stem.len() > 1 {
            return format!("{stem}y");
        }
    }
    for suffix in ["ches", "shes", "xes", "sses", "zes"] {
        if let Some(stem) = w.strip_suffix(suffix) {
            return format!("{stem}{}", &suffix[..suffix.len() - 2]);
        }
    }
    if w.ends_with('s') && !w.ends_with("ss") && !s_but_singular(w) && w.len() > 2 {
        return w[..w.len() - 1].to_owned();
    }
    w.to_owned()
}
