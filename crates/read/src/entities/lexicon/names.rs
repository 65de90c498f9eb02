//! Words that shape a name: heads that make it an organisation, outlet,
//! document or place, nouns after it that make it a government, document or
//! place, connectors inside it, platforms, and abbreviations that name
//! nothing. Does not hold titles or roles (`roles`).

/// Words that mark an organisation name ("Ministry", "News").
pub fn org_kind(w: &str) -> Option<OrgHead> {
    Some(match w {
        "news" | "times" | "post" | "tribune" | "herald" | "gazette" | "journal" | "press"
        | "tv" | "radio" | "television" | "agency" | "reuters" | "dawn" | "telegraph"
        | "guardian" | "express" | "daily" | "fm" => OrgHead::Media,
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
        | "congress" | "commission's" | "organisation's" | "open" | "cup" | "games"
        // Events run by an organiser ("the Halvergate Marathon").
        | "marathon" | "festival" | "championship" | "championships" | "regatta"
        | "triathlon" | "olympics"
        // Businesses: "Gatewarden Security", "Harwell Securities", "Stellhorn
        // Capital", "Caldrenian Rail".
        | "security" | "securities" | "pharmaceuticals" | "pharma" | "capital"
        | "underwriters" | "insurance" | "insurers" | "partners" | "rail" | "logistics"
        | "motors" | "systems" | "technologies" | "labs" | "shipping" | "consultants"
        | "foods" | "dairies" | "dairy" | "creameries" | "farms" | "breweries" | "brewery"
        | "supermarkets" | "stores" | "utilities" | "energy" | "chemicals" | "metals"
        // Institutions a town's name opens ("Thistlecombe Zoo").
        | "zoo" | "aquarium" | "museum" | "gallery" | "library" | "theatre" | "theater"
        | "observatory" => {
            OrgHead::Organisation
        }
        "border" | "frontier" | "region" | "province" | "valley" | "river" | "mountains"
        | "district" | "corridor" | "strait" | "sea" | "airport" | "square" | "camp"
        | "highlands" | "hills" | "mountain" | "mount" | "lake" | "island" | "islands" | "bay"
        | "gulf" | "coast" | "desert" | "plain" | "plains" | "pass" | "dam" | "bridge" | "port"
        | "harbour" | "harbor" | "street" | "road" | "avenue" | "lane" | "palace" | "hotel"
        | "stadium" | "park" | "station" | "hall" | "tower" | "mosque" | "church" | "temple"
        | "cathedral" | "hospital" | "infirmary" | "clinic" | "hospice" | "prison" | "base" | "county" | "state" | "city" | "town"
        | "village" | "peninsula" | "canal" | "falls"
        // Natural features ("Gorrick Caves", "Tallow Gorge").
        | "cave" | "caves" | "cavern" | "caverns" | "gorge" | "canyon" | "glacier" | "forest"
        | "reef" | "cliffs" | "estuary" | "lagoon" | "tunnel" | "crater" | "quarry" | "mine"
        | "farm" | "moor" | "marsh" | "quay" | "pier" | "beach" | "ridge" | "pan" | "flats"
        | "plateau" | "fjord" | "heath" | "dunes" | "basin" | "cape" | "delta" | "headland"
        | "peak" | "summit"
        // Courses races are run on ("Brackley Circuit").
        | "circuit" | "racecourse" | "speedway" => OrgHead::Place,
        "programme" | "program" | "plan" | "initiative" | "scheme" | "project" => OrgHead::Plan,
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
    /// A plan or programme ("… Programme", "… Initiative").
    Plan,
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

/// Connectors inside a proper name ("Fitna al Khwarij", "Osama bin Laden").
pub fn is_name_connector(w: &str) -> bool {
    matches!(
        w,
        "al" | "el" | "bin" | "ibn" | "de" | "ul" | "ud" | "van" | "von" | "da" | "du"
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

/// Lower-case nouns after a name that make a plan or programme ("the Blue
/// Corridor programme").
pub fn is_plan_noun(w: &str) -> bool {
    matches!(
        w,
        "programme" | "program" | "plan" | "initiative" | "scheme" | "project" | "strategy"
    )
}

/// Capitalised first words that name a plan with what follows ("Operation
/// Northern Gate").
pub fn is_plan_lead(w: &str) -> bool {
    matches!(w, "operation" | "project" | "plan")
}

/// Lower-case nouns for a ship or boat, written before its name ("the
/// trawler Sea Lark", "the tanker, the Marit,").
pub fn is_vessel_noun(w: &str) -> bool {
    matches!(
        w,
        "trawler"
            | "vessel"
            | "ship"
            | "boat"
            | "tanker"
            | "freighter"
            | "ferry"
            | "yacht"
            | "frigate"
            | "destroyer"
            | "warship"
            | "submarine"
            | "cutter"
            | "barge"
            | "schooner"
            | "tug"
            | "tugboat"
            | "liner"
            | "corvette"
            | "dredger"
            | "trawlers"
            | "carrier"
    )
}

/// Prefixes written before a ship's name ("MV Ardent", "HMS Tarrow"),
/// folded.
pub fn is_vessel_prefix(w: &str) -> bool {
    matches!(
        w,
        "mv" | "ms" | "mt" | "fv" | "rv" | "ss" | "hms" | "uss" | "rfa" | "hmcs" | "hmas" | "ins"
    )
}

/// Month names written short before or after a day number ("Sept 4",
/// "4 Oct"), folded.
pub fn is_month_abbreviation(w: &str) -> bool {
    matches!(
        w,
        "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
    )
}
