//! Titles and roles: title heads and the words that qualify them, the
//! portfolios of ministers, and the role nouns that name groups of people.
//! Does not hold words that make organisation or place names (`names`).

/// Head words of titles and roles ("Minister", "President"), folded.
pub fn is_title_head(w: &str) -> bool {
    matches!(
        w,
        "minister"
            | "president"
            | "premier"
            | "chancellor"
            | "secretary"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "ambassador"
            | "envoy"
            | "governor"
            | "senator"
            | "mayor"
            | "general"
            | "commander"
            | "chief"
            | "chairman"
            | "chairwoman"
            | "director"
            | "adviser"
            | "advisor"
            | "king"
            | "queen"
            | "prince"
            | "emir"
            | "sheikh"
            | "judge"
            | "justice"
            | "colonel"
            | "major"
            | "captain"
            | "lieutenant"
            | "admiral"
            | "marshal"
            | "leader"
            | "mr"
            | "mrs"
            | "ms"
            | "miss"
            | "dr"
            | "skipper"
            // Occupations written as a title before a name ("Nurse Verity
            // Hobday", "Pilot Pennefather", the tabloid "Boss Hector …").
            | "nurse"
            | "pilot"
            | "doctor"
            | "boss"
            // Kin nouns written as a title ("Grandson Jasper Cattermole",
            // the tabloid's "Granny Win", see also `is_family_title`). Not
            // "son": a surname too.
            | "grandson"
            | "granddaughter"
            | "nephew"
            | "niece"
            | "husband"
            | "wife"
            | "widow"
            | "widower"
            | "dad"
            | "mum"
            | "mom"
            // Who a person is, written as a title by tabloids
            // ("Schoolboy Lorcan Wrenfield").
            | "schoolboy"
            | "schoolgirl"
            | "pupil"
            | "student"
            | "teenager"
            | "pensioner"
            | "fisherman"
            | "farmer"
            | "forester"
            | "shopkeeper"
            | "chairperson"
            | "brigadier"
            | "sergeant"
            | "col"
            | "gen"
            | "capt"
            | "sgt"
            | "adm"
            | "cdr"
            | "cmdr"
            | "superintendent"
            | "supt"
            | "inspector"
            | "insp"
            | "detective"
            | "constable"
            | "coroner"
            | "magistrate"
            | "prosecutor"
            | "sheriff"
            | "commissioner"
            | "professor"
            | "prof"
    ) || crate::quotes::is_family_title(w)
        // Members of a legislature ("Opposition MP Cormac Dunstable").
        || crate::quotes::is_legislator(w)
        // Professions a tabloid writes as a title ("Lawyer Vendula Soupalova").
        || crate::quotes::is_profession(w)
}

/// The head a short military or civil title stands for ("Col." is
/// "colonel"), so a title written short finds the same role; other heads
/// unchanged.
pub fn expand_title_head(w: &str) -> &str {
    match w {
        "col" => "colonel",
        "gen" => "general",
        "capt" => "captain",
        "sgt" => "sergeant",
        "adm" => "admiral",
        "cdr" | "cmdr" => "commander",
        "supt" => "superintendent",
        "insp" => "inspector",
        "prof" => "professor",
        _ => w,
    }
}

/// Short title heads written with a full stop before the name ("Col.
/// Orlan", "Gen. Brask").
pub fn is_abbreviated_title(w: &str) -> bool {
    expand_title_head(w) != w || matches!(w, "mr" | "mrs" | "ms" | "dr")
}

/// Lower-case words that may stand between "the" and a role noun without
/// ending the title ("the chief spokesman", "the opposition leader"),
/// beside possessive nouns ("the army's"), qualifiers and portfolios.
pub fn is_role_modifier(w: &str) -> bool {
    matches!(
        w,
        "chief" | "senior" | "opposition" | "party" | "new" | "current" | "longtime" | "veteran"
    )
}

/// Words that qualify a title without being its domain ("Prime", "Deputy").
pub fn is_title_qualifier(w: &str) -> bool {
    matches!(
        w,
        "prime"
            | "deputy"
            | "vice"
            | "acting"
            | "former"
            | "opposition"
            | "state"
            | "federal"
            | "interim"
            | "caretaker"
            | "lt"
            | "gen"
            | "maj"
            | "brig"
            | "army"
            | "foreign"
            | "rear"
            | "air"
            | "ch"
            | "det"
    )
}

/// Title heads that make a mention on their own ("the minister said").
pub fn is_bare_title_head(w: &str) -> bool {
    matches!(
        w,
        "minister"
            | "president"
            | "premier"
            | "chancellor"
            | "secretary"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "ambassador"
            | "envoy"
            | "governor"
            | "mayor"
            | "colonel"
            | "skipper"
            | "captain"
            | "chairman"
            | "chairwoman"
            | "chairperson"
            | "commander"
            | "leader"
            | "director"
            | "admiral"
    )
}

/// Portfolios of ministers and secretaries, in lower case ("information
/// minister", "minister of defence").
pub fn is_portfolio(w: &str) -> bool {
    matches!(
        w,
        "defence"
            | "defense"
            | "information"
            | "foreign"
            | "interior"
            | "finance"
            | "home"
            | "health"
            | "education"
            | "trade"
            | "commerce"
            | "energy"
            | "justice"
            | "law"
            | "planning"
            | "water"
            | "railways"
            | "power"
            | "petroleum"
            | "culture"
            | "economy"
            | "agriculture"
            | "religious"
            | "security"
            | "industry"
            | "communications"
            | "climate"
            | "environment"
            | "prime"
            | "broadcasting"
            | "affairs"
            | "state"
    )
}

/// Role nouns for groups of people, by class. `story_unique` classes are
/// played by one party in a story (the mediators), so their bare form links
/// across reports; the others (officials, negotiators) every party has.
pub fn group_class(w: &str) -> Option<(&'static str, bool)> {
    Some(match w {
        "delegation" | "delegations" | "negotiators" | "representatives" | "side" | "envoys"
        | "team" | "negotiator" => ("delegation", false),
        "officials" | "leaders" | "authorities" | "leadership" | "ministers" => {
            ("officials", false)
        }
        "people" | "citizens" | "nationals" | "population" => ("people", false),
        "sources" => ("sources", false),
        "mediators" | "mediator" | "interlocutors" | "facilitators" | "hosts" => {
            ("mediators", true)
        }
        "community" => ("community", true),
        "army" => ("army", false),
        "forces" | "troops" | "soldiers" | "military" => ("forces", false),
        _ => return None,
    })
}

/// Two-word role nouns ("host countries", "mediating countries"), by class.
pub fn group_class_pair(a: &str, b: &str) -> Option<(&'static str, bool)> {
    Some(match (a, b) {
        ("host", "countries" | "country" | "nations" | "states")
        | ("mediating", "countries" | "nations" | "states" | "parties") => ("mediators", true),
        ("international", "community") => ("community", true),
        ("security", "sources") | ("intelligence", "sources") | ("military", "sources") => {
            ("sources", false)
        }
        _ => return None,
    })
}

/// Role nouns that make a group mention even without a modifier
/// ("negotiators reported to Kabul", "the mediators").
pub fn is_bare_group(w: &str) -> bool {
    matches!(
        w,
        "negotiators"
            | "mediators"
            | "interlocutors"
            | "officials"
            | "delegation"
            | "facilitators"
            | "army"
    )
}
