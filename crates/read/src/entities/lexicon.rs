//! Hand-kept word lists for mentions: titles, role nouns, organisation
//! heads, words that are never names. No data source lists these for news
//! English; each list is short and closed, and says what it is for.

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
            | "dr"
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
    )
}

/// Words that mark an organisation name ("Ministry", "News").
pub fn org_kind(w: &str) -> Option<OrgHead> {
    Some(match w {
        "news" | "times" | "post" | "tribune" | "herald" | "gazette" | "journal" | "press"
        | "tv" | "radio" | "television" | "agency" | "reuters" | "dawn" | "telegraph"
        | "guardian" | "express" | "daily" => OrgHead::Media,
        "agreement" | "accord" | "accords" | "treaty" | "declaration" | "pact" | "protocol"
        | "charter" | "convention" | "resolution" | "deal" => OrgHead::Agreement,
        "ministry" | "office" | "department" | "council" | "parliament" | "assembly" | "senate"
        | "court" | "army" | "forces" | "police" | "party" | "movement" | "front" | "league"
        | "union" | "bank" | "fund" | "organisation" | "organization" | "committee"
        | "commission" | "authority" | "agency's" | "institute" | "university" | "corps"
        | "brigade" | "service" | "services" | "company" | "group" | "taliban" | "tehreek"
        | "nations" | "federation" | "alliance" | "coalition" | "board" | "cabinet"
        | "association" | "forum" | "chamber" | "school" | "college" | "academy" | "club"
        | "society" | "foundation" | "trust" | "institution" | "construction" | "bakers"
        | "bakery" | "industries" | "holdings" | "corporation" | "corp" | "inc" | "ltd"
        | "airlines" | "airways" | "railways" | "cross" | "crescent" | "network" | "guild"
        | "secretariat" | "ministry's" | "directorate" | "division" | "regiment" | "battalion"
        | "militia" | "brigades" | "army's" | "navy" | "guard" | "guards" | "tribunal"
        | "congress" | "commission's" | "organisation's" | "open" | "cup" | "games" => {
            OrgHead::Organisation
        }
        "border" | "frontier" | "region" | "province" | "valley" | "river" | "mountains"
        | "district" | "corridor" | "strait" | "sea" | "airport" | "square" | "camp"
        | "highlands" | "hills" | "mountain" | "mount" | "lake" | "island" | "islands" | "bay"
        | "gulf" | "coast" | "desert" | "plain" | "plains" | "pass" | "dam" | "bridge" | "port"
        | "harbour" | "harbor" | "street" | "road" | "avenue" | "lane" | "palace" | "hotel"
        | "stadium" | "park" | "station" | "hall" | "tower" | "mosque" | "church" | "temple"
        | "cathedral" | "hospital" | "prison" | "base" | "county" | "state" | "city" | "town"
        | "village" | "peninsula" | "canal" | "falls" => OrgHead::Place,
        _ => return None,
    })
}

/// What an organisation-marking word says about the name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OrgHead {
    /// A media outlet.
    Media,
    /// A document or agreement.
    Agreement,
    /// Another organisation.
    Organisation,
    /// A place name ("… border", "… Valley").
    Place,
}

/// Words after a name that make the name a government ("Taliban regime").
pub fn is_government_word(w: &str) -> bool {
    matches!(
        w,
        "government" | "regime" | "administration" | "authorities" | "junta"
    )
}

/// Lower-case nouns after a name that make a document ("Doha agreement").
pub fn is_document_noun(w: &str) -> bool {
    matches!(
        w,
        "agreement"
            | "accord"
            | "accords"
            | "treaty"
            | "declaration"
            | "pact"
            | "protocol"
            | "deal"
    )
}

/// Lower-case nouns after a name that make a place ("Kurram border").
pub fn is_place_noun(w: &str) -> bool {
    matches!(
        w,
        "border"
            | "frontier"
            | "region"
            | "province"
            | "valley"
            | "district"
            | "crossing"
            | "ridge"
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

/// Prepositions after which a capital is the place itself, not its
/// government ("talks in Doha").
pub fn is_locative(w: &str) -> bool {
    matches!(
        w,
        "in" | "at"
            | "near"
            | "inside"
            | "into"
            | "around"
            | "within"
            | "outside"
            | "across"
            | "toward"
            | "towards"
            | "via"
            | "through"
            | "outskirts"
            | "visit"
            | "visited"
            | "arrived"
            | "reached"
            | "held"
            | "hosted"
    )
}

/// Capitalised words that are never names on their own: function words,
/// pronouns, weekdays, months, common sentence openers.
pub fn is_never_name(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "these"
            | "those"
            | "he"
            | "she"
            | "it"
            | "they"
            | "we"
            | "i"
            | "you"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "your"
            | "in"
            | "on"
            | "at"
            | "of"
            | "for"
            | "to"
            | "from"
            | "by"
            | "with"
            | "and"
            | "or"
            | "but"
            | "if"
            | "as"
            | "after"
            | "before"
            | "while"
            | "when"
            | "where"
            | "what"
            | "who"
            | "why"
            | "how"
            | "however"
            | "meanwhile"
            | "earlier"
            | "later"
            | "despite"
            | "although"
            | "though"
            | "since"
            | "because"
            | "also"
            | "yet"
            | "so"
            | "then"
            | "there"
            | "here"
            | "now"
            | "today"
            | "yesterday"
            | "tomorrow"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "not"
            | "no"
            | "yes"
            | "all"
            | "both"
            | "each"
            | "every"
            | "some"
            | "any"
            | "many"
            | "most"
            | "one"
            | "two"
            | "three"
            | "four"
            | "five"
            | "first"
            | "second"
            | "third"
            | "fourth"
            | "last"
            | "next"
            | "according"
            | "further"
            | "together"
            | "even"
            | "only"
            | "still"
            | "whenever"
            | "ever"
            | "had"
            | "has"
            | "have"
            | "is"
            | "are"
            | "was"
            | "were"
            | "will"
            | "would"
            | "should"
            | "could"
            | "can"
            | "must"
            | "may's"
            | "also read"
            | "read"
            | "photo"
            | "file"
            | "analysts"
            | "officials"
    )
}

/// Social platforms, named by one short word that is otherwise ambiguous
/// ("X"); hand-listed because no data source lists platforms with their
/// former names. Each entry: the name and its former or other names.
pub const PLATFORMS: &[(&str, &[&str])] = &[
    ("X", &["Twitter"]),
    ("Facebook", &[]),
    ("Instagram", &[]),
    ("YouTube", &[]),
    ("Telegram", &[]),
    ("TikTok", &[]),
    ("WhatsApp", &[]),
    ("Truth Social", &[]),
];

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

/// Connectors inside a proper name ("Fitna al Khwarij", "Osama bin Laden").
pub fn is_name_connector(w: &str) -> bool {
    matches!(
        w,
        "al" | "el" | "bin" | "ibn" | "de" | "ul" | "ud" | "van" | "von" | "da" | "du"
    )
}

/// Nouns of attitude before "in <capital>": the capital then stands for its
/// government ("frustration in Islamabad"), not for the place.
pub fn is_attitude(w: &str) -> bool {
    matches!(
        w,
        "frustration"
            | "anger"
            | "concern"
            | "concerns"
            | "alarm"
            | "unease"
            | "optimism"
            | "pessimism"
            | "scepticism"
            | "skepticism"
            | "fears"
            | "hopes"
            | "mood"
            | "thinking"
            | "view"
            | "perception"
            | "circles"
            | "corridors"
            | "patience"
            | "resolve"
            | "impatience"
    )
}

/// All-capital abbreviations that name no entity ("TV", "GMT").
pub fn is_common_abbreviation(w: &str) -> bool {
    matches!(
        w,
        "tv" | "pm"
            | "am"
            | "gmt"
            | "utc"
            | "ceo"
            | "cfo"
            | "mp"
            | "mps"
            | "id"
            | "ok"
            | "dna"
            | "gdp"
            | "ai"
            | "it"
            | "hq"
            | "vip"
            | "faq"
            | "pdf"
            | "sms"
            | "usd"
            | "eur"
            | "km"
            | "kg"
            | "mph"
            | "covid"
    )
}
