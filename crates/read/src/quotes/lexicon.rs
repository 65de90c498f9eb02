//! Word lists and compiled patterns for quote reading.
//!
//! Hand lists, kept short on purpose: the quote reader only needs to tell a
//! person's name from other capitalised words well enough to resolve "he
//! said" to the right person. Proper entity typing (countries and cities from
//! a data source, organisations, aliases) belongs to the `entities` module;
//! no data source lists speech verbs, role words or news-style group nouns,
//! hence these lists.

use ahash::{AHashMap as HashMap, AHashSet as HashSet};
use std::cell::RefCell;
use std::sync::LazyLock;

use regex::Regex;

/// Role words and honorifics that, written before a name, make it a person's
/// title ("Defence Minister Khawaja ...", "Gen. ...", "Mr ...").
#[rustfmt::skip]
pub(crate) const ROLES: &[&str] = &[
    "minister", "president", "premier", "secretary", "spokesman", "spokeswoman", "spokesperson",
    "chief", "general", "gen", "lt", "colonel", "col", "major", "maj", "captain", "capt",
    "commander", "cmdr", "admiral", "adm", "brigadier", "brig", "marshal", "sergeant", "sgt",
    "ambassador", "envoy", "governor", "gov", "mayor", "senator", "sen", "representative", "rep",
    "chairman", "chairwoman", "chairperson", "director", "chancellor", "king", "queen", "prince",
    "princess", "sheikh", "judge", "justice", "adviser", "advisor", "commissioner", "inspector",
    "superintendent", "deputy", "leader", "head", "ceo", "coach", "pope", "cardinal", "bishop",
    "imam", "maulana", "mufti", "mr", "mrs", "ms", "miss", "madam", "madame", "dr", "prof", "professor", "sir", "lord",
    "lady", "dame", "officer", "attorney", "counsel", "spokesmen", "emir", "sultan", "presidential",
    "instructor", "teacher", "headteacher", "headmaster", "headmistress", "trainer", "coroner",
    "magistrate", "prosecutor", "sheriff", "detective", "det", "constable", "supt", "insp",
    "nurse", "pilot", "doctor", "boss", "registrar", "curator", "conductor", "treasurer",
    "auditor", "archivist",
    // Kin nouns written as a title ("Grandson Jasper Cattermole"); not "son",
    // a surname too.
    "grandson", "granddaughter", "grandmother", "grandfather", "grandma", "grandpa", "granny",
    "gran", "nana", "grandad", "granddad", "aunt", "auntie", "uncle", "nephew", "niece",
    "husband", "wife", "widow", "widower", "dad", "mum", "mom",
    // Who a person is, written as a title by tabloids ("Schoolboy Lorcan
    // Wrenfield", "Pensioner Ada Rudd").
    "schoolboy", "schoolgirl", "pupil", "student", "teenager", "pensioner", "fisherman",
    "farmer", "forester", "shopkeeper",
];

/// Professions a tabloid writes as a title before a name ("Lawyer Vendula
/// Soupalova", "Analyst Ferdy Oakhurst"): roles here, and title heads for
/// the entity finder. Not those that are common surnames too ("Baker",
/// "Mason", "Driver"), nor group nouns quoted as crowds ("traders").
#[rustfmt::skip]
const PROFESSIONS: &[&str] = &[
    "lawyer", "attorney", "solicitor", "barrister", "analyst", "economist", "teacher",
    "headteacher", "engineer", "surgeon", "paramedic", "firefighter", "scientist", "researcher",
    "historian", "campaigner", "activist",
];

/// Whether a word is a profession written as a title ([`PROFESSIONS`]).
pub(crate) fn is_profession(w: &str) -> bool {
    is_in(PROFESSIONS, w)
}

/// Members of a legislature, a title before a name ("Opposition MP Cormac
/// Dunstable"): roles here, and title heads for the entity finder.
#[rustfmt::skip]
const LEGISLATORS: &[&str] = &[
    "mp", "mep", "lawmaker", "legislator", "congressman", "congresswoman", "councillor",
    "councilor",
];

/// Whether a word is a member of a legislature ([`LEGISLATORS`]).
pub(crate) fn is_legislator(w: &str) -> bool {
    is_in(LEGISLATORS, w)
}

/// Whether a word is a role or title ([`ROLES`], [`LEGISLATORS`],
/// [`PROFESSIONS`]).
pub(crate) fn is_role(w: &str) -> bool {
    is_in(ROLES, w) || is_legislator(w) || is_profession(w)
}

/// Honorifics: a title that says nothing about the role ("Mr").
#[rustfmt::skip]
pub(crate) const HONORIFICS: &[&str] = &[
    "mr", "mrs", "ms", "miss", "madam", "madame", "dr", "prof", "sir", "lord", "lady", "dame",
];

/// Words that make a capitalised sequence an organisation, place, event,
/// document or date rather than a person.
#[rustfmt::skip]
pub(crate) const NON_PERSON: &[&str] = &[
    "ministry", "office", "department", "news", "times", "post", "tribune", "herald", "journal",
    "agency", "council", "committee", "commission", "party", "army", "forces", "force", "police",
    "government", "taliban", "agreement", "accord", "treaty", "talks", "round", "border",
    "university", "bank", "fund", "court", "assembly", "parliament", "senate", "congress",
    "union", "nations", "organisation", "organization", "institute", "association", "group",
    "company", "corporation", "inc", "ltd", "airlines", "airport", "street", "road", "river",
    "province", "state", "states", "republic", "kingdom", "emirates", "city", "valley", "region",
    "district", "ocean", "sea", "gulf", "island", "islands", "mountains", "tv", "radio",
    "channel", "network", "press", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "regime", "delegation", "front",
    "movement", "brigade", "alliance", "league", "club", "team", "foundation", "centre",
    "center", "hospital", "school", "house", "palace", "square", "media", "online", "daily",
    "weekly", "service", "services", "authority", "administration", "coalition", "corps",
    "guard", "navy", "fitna", "operation", "directorate", "registry", "inspectorate", "summit", "conference", "festival", "cup", "war",
    "advertisement", "gallery", "videos", "share", "read", "also", "logo", "mode", "comment",
    "reply", "whatsapp", "facebook", "twitter", "instagram", "telegram", "youtube",
    "pharmaceuticals", "industries", "holdings", "chemicals", "mining", "energy", "motors",
    "logistics", "shipping", "airways", "systems", "group", "partners", "underwriters",
    // Places named by a head word ("Lake Varnhild", "Kestrin Prison"); words
    // that are also common surnames (Hall, Park, Bridge) are left out.
    "lake", "mount", "bay", "coast", "harbour", "harbor", "prison", "station", "cave", "caves",
    "gorge", "forest", "stadium", "hotel", "cathedral", "canal", "dam", "spaceport", "airfield",
    "peninsula", "desert", "glacier", "quarry", "mine", "farm", "beach", "ridge", "zoo",
    "aquarium", "museum", "library", "fm",
];

/// Nationality and region adjectives: a sequence starting with one is not a
/// person ("Afghan Taliban", "Turkish Foreign Ministry").
#[rustfmt::skip]
pub(crate) const DEMONYMS: &[&str] = &[
    "afghan", "pakistani", "indian", "turkish", "qatari", "american", "british", "chinese",
    "russian", "iranian", "israeli", "palestinian", "ukrainian", "french", "german", "saudi",
    "emirati", "egyptian", "syrian", "iraqi", "japanese", "korean", "european", "african",
    "arab", "asian", "western", "eastern", "northern", "southern", "bangladeshi", "nepali",
    "sri", "lankan", "canadian", "australian", "mexican", "brazilian", "italian", "spanish",
    "dutch", "polish", "swiss", "swedish", "norwegian", "danish", "finnish", "greek", "irish",
    "scottish", "welsh", "english", "kurdish", "lebanese", "jordanian", "yemeni", "libyan",
    "sudanese", "nigerian", "kenyan", "ethiopian", "somali", "uzbek", "tajik", "kazakh",
    "turkmen", "baloch", "pashtun", "punjabi", "sindhi", "islamic", "muslim", "christian",
    "jewish", "hindu", "federal", "national", "international", "united", "new", "south",
    "north", "east", "west", "central", "upper", "lower", "greater", "royal", "supreme",
];

/// Words that start a sentence or link clauses and are capitalised only
/// because of their position; stripped from the front of a capitalised run.
#[rustfmt::skip]
pub(crate) const OPENERS: &[&str] = &[
    "the", "a", "an", "in", "on", "at", "for", "from", "by", "with", "after", "before", "during",
    "however", "meanwhile", "but", "and", "or", "so", "yet", "also", "this", "that", "these",
    "those", "his", "her", "their", "its", "our", "my", "your", "he", "she", "they", "it", "we",
    "i", "you", "there", "here", "when", "while", "if", "as", "since", "despite", "although",
    "though", "earlier", "later", "late", "early", "today", "yesterday", "according", "further", "furthermore",
    "moreover", "still", "even", "now", "then", "both", "all", "some", "many", "most", "several",
    "each", "every", "no", "not", "speaking", "asked", "together", "previously", "separately",
    "elsewhere", "instead", "indeed", "finally", "first", "last", "next", "under", "over",
    "about", "against", "between", "among", "to", "of", "what", "who", "whom", "which", "where",
    "within", "without", "through", "until", "once", "because", "unless", "whether",
    "why", "how", "mr.", "dear", "read", "one", "two", "three", "four", "five", "six", "seven",
    "eight", "nine", "ten", "eleven", "twelve",
];

/// Moods a tabloid writes before a name as if a title ("Heartbroken Miko,
/// 27, told", "Furious mum Ada Rudd"): capitalised only by their place,
/// never part of the name. Hand-listed: no data source lists them.
#[rustfmt::skip]
const MOOD_ADJECTIVES: &[&str] = &[
    "heartbroken", "devastated", "distraught", "tearful", "furious", "livid", "gutted",
    "stunned", "shocked", "delighted", "overjoyed", "elated", "jubilant", "thrilled", "proud",
    "relieved", "shattered", "brave", "plucky", "tragic", "grieving", "emotional", "angry",
    "fuming", "beaming", "defiant", "desperate", "frantic", "terrified", "horrified",
];

/// Whether a word is a mood a tabloid writes before a name
/// ([`MOOD_ADJECTIVES`]), or a look it describes the person by
/// ("Silver-haired Sorin Valcescu", "Red-faced", "Wide-eyed").
pub(crate) fn is_mood_adjective(w: &str) -> bool {
    is_in(MOOD_ADJECTIVES, w) || is_look(w)
}

/// The second halves of compounds that describe a person's looks or
/// manner ("silver-haired", "red-faced", "warm-hearted"). Hand-listed: a
/// surname may end in "-ed" too ("Smith-Reed").
const LOOKS: &[&str] = &[
    "haired", "eyed", "faced", "hearted", "bearded", "lipped", "mouthed", "headed", "minded",
    "cheeked", "skinned", "legged", "tongued",
];

fn is_look(w: &str) -> bool {
    w.rsplit_once('-').is_some_and(|(first, second)| {
        !first.is_empty()
            && first.chars().all(char::is_alphabetic)
            && LOOKS.iter().any(|l| second.eq_ignore_ascii_case(l))
    })
}

/// Prepositions after which a capitalised sequence is a place, not a person.
#[rustfmt::skip]
pub(crate) const LOCATIVE: &[&str] = &[
    "in", "at", "near", "from", "to", "across", "into", "outside", "inside", "toward", "towards",
    "around", "through", "via", "between",
];

/// Plural nouns for groups that speak ("security sources", "officials").
#[rustfmt::skip]
pub(crate) const GROUP_NOUNS: &[&str] = &[
    "officials", "sources", "authorities", "diplomats", "analysts", "negotiators", "leaders",
    "mediators", "witnesses", "residents", "experts", "observers", "spokespeople",
    "representatives", "lawmakers", "legislators", "investigators", "prosecutors", "police",
    "protesters", "organisers", "organizers", "militants", "insurgents", "rebels", "activists",
    "critics", "supporters", "ministers", "envoys", "commanders", "spokesmen", "aides",
    "officers", "rescuers", "doctors", "lawyers", "campaigners", "delegates",
    // People close to someone, or a public who speak ("Pals say he is
    // gutted", "neighbours said the house was empty").
    "friends", "pals", "relatives", "neighbours", "neighbors", "colleagues", "families",
    "parents", "villagers", "survivors", "passengers", "locals", "insiders", "fans",
    "scientists", "researchers", "economists", "workers", "employees", "members", "jurors",
];

/// Whether a word names a group that speaks: a listed group noun, or the
/// plural of a speaking institution or of a role ("the agencies said",
/// "ministries", "inspectors"); its singulars are the lists' own.
pub(crate) fn is_group_noun(word: &str) -> bool {
    if is_in(GROUP_NOUNS, word) {
        return true;
    }
    let lower = word.to_ascii_lowercase();
    let singular = match lower.strip_suffix("ies") {
        Some(stem) => format!("{stem}y"),
        None => match lower.strip_suffix('s') {
            Some(stem) if !stem.ends_with('s') => stem.to_owned(),
            _ => return false,
        },
    };
    (is_in(INSTITUTIONS, &singular) || is_role(&singular)) && !is_in(HONORIFICS, &singular)
}

/// Singular institutions that speak ("the army said", "the ministry said").
#[rustfmt::skip]
pub(crate) const INSTITUTIONS: &[&str] = &[
    "army", "military", "ministry", "government", "police", "agency", "embassy", "presidency",
    "cabinet", "court", "council", "commission", "committee", "navy", "administration",
    "regime", "junta", "parliament", "secretariat", "consulate", "mission", "company", "firm",
    "union", "campaign", "movement", "party", "group", "office", "department", "authority",
    "guard", "coastguard", "station", "broadcaster", "newspaper", "channel", "network",
    "regulator", "watchdog", "inspectorate", "airline", "carrier", "insurer", "operator",
    "federation", "association", "confederation", "league", "club", "foundation", "charity",
    "institute", "board", "panel", "tribunal", "inquiry",
    // Bodies named "<Head> of <Name>" ("the University of Amberleigh",
    // "the Bank of Tessaly") that speak as institutions.
    "university", "college", "academy", "museum", "bank", "observatory", "hospital", "society",
    "bureau", "corporation", "directorate", "registry",
];

/// Month and weekday names: never a speaker.
#[rustfmt::skip]
pub(crate) const TIME_WORDS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "today", "yesterday", "tomorrow",
];

/// Modifiers that do not identify a group ("senior officials", "some
/// sources"): a group with only these is left unresolved.
#[rustfmt::skip]
pub(crate) const VAGUE_MODIFIERS: &[&str] = &[
    "senior", "top", "unnamed", "anonymous", "several", "some", "other", "many", "two", "three",
    "four", "five", "few", "local", "the", "a", "most", "various", "certain", "both", "all",
    "high-level", "junior", "former", "current",
];

/// Nouns for documents that "say" things ("the joint statement said").
#[rustfmt::skip]
pub(crate) const DOCUMENT_NOUNS: &[&str] = &[
    "statement", "report", "communique", "communiqué", "letter", "post", "message", "tweet",
    "release", "document", "memo", "filing", "notice", "declaration", "note", "transcript",
    "readout", "bulletin", "order", "ruling", "verdict", "indictment", "complaint",
    "tracker", "figures", "data", "estimate", "estimates", "count", "tally", "survey", "records",
    "website", "account", "tweets", "posts", "remarks", "comments", "sheet", "affidavit",
    "judgment", "judgement", "findings", "submission", "petition", "dossier", "warrant",
    "advisory",
];

/// Speech verbs in every form, longest first where one is a prefix of another.
const VERB_ALTERNATIVES: &str = r"said|says|say|told|tells|tell|telling|saying|stated|states|stating|added|adds|add|adding|noted|notes|note|noting|revealed|reveals|reveal|revealing|wrote|writes|outlined|outlines|explained|explains|explain|explaining|announced|announces|announce|announcing|confirmed|confirms|confirm|confirming|claimed|claims|claim|claiming|warned|warns|warn|warning|vowed|vows|vow|vowing|asserted|asserts|assert|asserting|insisted|insists|insist|insisting|argued|argues|argue|arguing|accused|accuses|accuse|accusing|emphasi[sz]ed|emphasi[sz]es|emphasi[sz]e|emphasi[sz]ing|stressed|stresses|stress|stressing|reiterated|reiterates|reiterate|reiterating|remarked|remarks|remark|commented|comments|comment|affirmed|affirms|affirm|affirming|reaffirmed|reaffirms|reaffirm|reaffirming|declared|declares|declare|declaring|lamented|laments|lament|pointed\s+out|points\s+out|point\s+out|pointing\s+out|acknowledged|acknowledges|acknowledge|acknowledging|admitted|admits|admit|admitting|alleged|alleges|allege|alleging|maintained|maintains|observed|observes|conceded|concedes|concede|denied|denies|deny|denying|blamed|blames|blame|blaming|thanked|thanks|thank|thanking|praised|praises|praise|praising|urged|urges|urge|urging|called|calls|calling|described|describes|describing|replied|replies|responded|responds|recalled|recalls|predicted|predicts|cautioned|cautions|complained|complains|clarified|clarifies|assured|assures|promised|promises|pledged|pledges|disclosed|discloses|reminded|reminds|remind|reminding|repeated|repeats|explained|tweeted|posted|asked|asks|questioned|suggested|suggests|insisted|countered|counters|conceded|boasted|hinted|mentioned|mentions|recounted|continued|concluded|announced|joked|jokes|laughed|laughs|quipped|shouted|shouts|shouting|yelled|yelling|exclaimed|whispered|pleaded|estimates|branded|brands|slammed|slams|fumed|fumes|raged|rages|sobbed|wept|gushed|gushes|snapped|sighed|beamed|grinned|grins|smiled|smiles|chuckled|chuckles";

/// A speech verb, case-insensitive, or "according to", or a finding
/// or ruling reported with its "that" ("the panel finds that …", "the
/// court rules that …"), or "expressed
/// gratitude" and its kin (a speech act named by its object).
pub(crate) static VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?-u:\b)(?:according\s+to|(?:finds|found|rules|ruled)\s+that|expressed\s+(?:(?:his|her|their|its|deep|deepest|sincere|profound)\s+)*(?:gratitude|appreciation|concern|concerns|hope|regret|condolences|dismay|satisfaction|disappointment|confidence|support|optimism|frustration|anger|sorrow|thanks)|(?:issued|gave|sounded)\s+(?:a|an)\s+(?:(?:stern|stark|strong|clear|final|joint)\s+)?(?:warning|statement)|{VERB_ALTERNATIVES})(?-u:\b)"
    ))
    .unwrap_or_else(|e| panic!("verb pattern: {e}"))
});

/// Words right before a speech verb that make it speculative, negated,
/// passive or future, so no speech is reported ("are likely to warn",
/// "would say", "is said to", "did not say").
pub(crate) static BLOCKED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:likely|unlikely|expected|set|poised|due|going|about|able|unable|want|wants|wanted|plan|plans|planned|intend|intends|hoped|refused|declined|failed|may|might|could|would|will|shall|should|must|can|cannot|not|never|nor|is|was|were|are|been|being|be|to\s+be|n't|ready|reluctant|yet|let|us|me|whom|who)\s+(?:to\s+)?$")
        .unwrap_or_else(|e| panic!("blocked pattern: {e}"))
});

/// A title used as a reference: "the minister", "the minister of defence",
/// "Pakistan's information minister", "the country's foreign minister".
const TITLE_PATTERN: &str = r"(?i)(?-u:\b)(?:(?:the|a|an)|[\p{L}]+(?:'|’)s)\s+((?:(?:[\p{L}\p{N}\-]+)\s+){0,2}?(?:minister|president|premier|secretary|colonel|captain|sergeant|lieutenant|admiral|brigadier|mediator|negotiator|spokesman|spokeswoman|spokesperson|chief|general|commander|ambassador|envoy|governor|mayor|senator|chairman|chairwoman|director|chancellor|king|queen|prince|judge|adviser|advisor|commissioner|coach|leader|official|diplomat|officer|prosecutor|lawyer|attorney|executive|manager|inspector|superintendent|editor|founder|owner|chairperson|ceo|head|instructor|teacher|headteacher|headmaster|headmistress|trainer|coroner|magistrate|sheriff|detective|constable|professor|student|pupil|teenager|pensioner|farmer|fisherman|shopkeeper|pilot|doctor|nurse|surgeon|paramedic|firefighter|engineer|analyst|economist|scientist|researcher|historian|campaigner|activist|solicitor|barrister|registrar|curator|conductor|treasurer|auditor|archivist)(?:\s+(?:of|for)\s+[\p{L}]+(?:\s+and\s+[\p{L}]+)?)?)(?-u:\b)";

/// [`TITLE_PATTERN`], compiled.
pub(crate) static TITLE_REF: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(TITLE_PATTERN).unwrap_or_else(|e| panic!("title pattern: {e}")));

/// [`TITLE_REF`] ending where the text ends: the title a subject ends with
/// ("On Friday, the chief executive" → "the chief executive", not "the
/// chief").
pub(crate) static TITLE_REF_AT_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!("(?:{TITLE_PATTERN})$")).unwrap_or_else(|e| panic!("title pattern: {e}"))
});

/// Where a quote was given: posts, interviews, statements.
pub(crate) static CHANNEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:(?P<post>(?:post|posts|tweet|message|video|thread)\s+on\s+(?:(?:the\s+)?(?:social\s+media\s+)?platform\s+)?(?:X(?-u:\b)|social\s+media|Facebook|Twitter|Instagram|Telegram|TikTok|YouTube|LinkedIn|Threads|Bluesky|Truth\s+Social|WhatsApp|Weibo))|(?:took\s+to|wrote\s+on|posted\s+on|writing\s+on|said\s+on)\s+(?P<took>X(?-u:\b)|social\s+media|Facebook|Twitter|Instagram|Telegram|TikTok|YouTube|LinkedIn|Threads|Bluesky|Truth\s+Social|Weibo)|(?P<interview>(?:(?:TV|television|radio|phone|telephone|video|podcast)\s+)?interview(?:\s+with\s+(?:a|an|the)\s+(?:[\p{L}\-]+\s+){0,3}?(?:channel|broadcaster|station|network|newspaper|outlet|agency))?)|(?P<state>state(?:-run)?\s+(?:television|TV|radio|media|broadcaster))|(?:in|via)\s+an?\s+(?P<stmt>(?:brief\s+|short\s+|written\s+|emailed\s+)?(?:statement|email|e-mail|letter|speech|address|briefing))(?-u:\b)|(?P<doc>joint\s+statement|(?:written\s+)?statement(?:\s+(?:posted|issued|released|published))?\s+(?:on|to)\s+(?:its|his|her|their|the)\s+website|press\s+conference|news\s+conference|press\s+release|press\s+briefing|media\s+briefing|televised\s+(?:address|speech)))")
        .unwrap_or_else(|e| panic!("channel pattern: {e}"))
});

/// A named outlet after "told", "speaking to/on", "in an interview with".
pub(crate) static CHANNEL_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i:(?-u:\b)told|(?-u:\b)speaking\s+(?:to|on|with)|(?-u:\b)interview\s+(?:with|on)|(?-u:\b)writing\s+in|(?-u:\b)appearing\s+on)\s+(?:the\s+)?(?P<name>\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,3})")
        .unwrap_or_else(|e| panic!("named channel pattern: {e}"))
});

/// Verbs that name rather than report: a quoted term after them is a name
/// or label, not a quote ("labels the group 'X'", "so-called").
pub(crate) static NAMING_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:labels?|labell?ed|labell?ing|dubs?|dubbed|dubbing|names?|named|naming|terms?|termed|nicknamed?|known(?:\s+[a-z]+ly)?\s+as|so-called|titled|entitled|codenamed|code-named|headlined|hashtag|slogan|word|words|term|phrase|motto)(?-u:\b)(?:\s+(?:the|a|an|it|him|her|them|this|that|group|movement|operation|plan|campaign|party|film|book|song|programme|program|show|series|[\p{Lu}][\p{L}\-]*)){0,4}\s*$")
        .unwrap_or_else(|e| panic!("naming pattern: {e}"))
});

/// Adverbs and auxiliaries allowed between a subject and its speech verb
/// ("Asif also said", "Khawaja Asif further said", "had previously issued").
#[rustfmt::skip]
pub(crate) const BETWEEN_SUBJECT_AND_VERB: &[&str] = &[
    "also", "further", "then", "later", "previously", "had", "has", "have", "again", "once",
    "repeatedly", "publicly", "separately", "earlier", "first", "reportedly", "however",
    "however,", "recently", "subsequently", "himself", "herself", "themselves", "itself",
    "went", "on", "to", "only", "simply", "flatly", "bluntly", "firmly", "strongly", "clearly",
    "openly", "explicitly", "specifically", "privately", "candidly", "angrily", "quickly",
    "immediately", "did", "does", "do", "just", "yet", "still",
    "categorically", "emphatically", "kept",
];

/// True when `word` (any case) is in `list`.
pub(crate) fn is_in(list: &'static [&'static str], word: &str) -> bool {
    // The lists are lowercase ASCII (one "é"), so ASCII folding is enough.
    // A short list is scanned; a long one (asked about once per word of a
    // body) is looked up in a set built once per list and thread. Lists are
    // `'static`, so a list's address names it for good.
    if list.len() < LONG_LIST {
        return list.iter().any(|w| w.eq_ignore_ascii_case(word));
    }
    thread_local! {
        static SETS: RefCell<HashMap<(usize, usize), HashSet<String>>> =
            RefCell::new(HashMap::new());
    }
    let mut buf = [0u8; 32];
    let lower: std::borrow::Cow<'_, str> = match buf.get_mut(..word.len()) {
        Some(b) => {
            b.copy_from_slice(word.as_bytes());
            b.make_ascii_lowercase();
            // ASCII lowercasing keeps UTF-8 valid.
            std::str::from_utf8(b).map_or_else(
                |_| word.to_ascii_lowercase().into(),
                std::borrow::Cow::Borrowed,
            )
        }
        None => word.to_ascii_lowercase().into(),
    };
    SETS.with_borrow_mut(|sets| {
        sets.entry((list.as_ptr() as usize, list.len()))
            .or_insert_with(|| list.iter().map(|w| w.to_ascii_lowercase()).collect())
            .contains(lower.as_ref())
    })
}

/// From this length on, [`is_in`] looks words up in a set.
const LONG_LIST: usize = 40;

/// True for a participle ("saying", "adding"): its speaker is the clause's.
pub(crate) fn is_participle(verb: &str) -> bool {
    let v = verb.to_lowercase();
    v.ends_with("ing") || v.starts_with("according")
}

/// True for a verb in its base form ("say", "warn"): it reports speech only
/// after "to" or a plural subject.
pub(crate) fn is_base_form(verb: &str) -> bool {
    let v = verb.to_lowercase();
    let last = v.split_whitespace().next().unwrap_or("");
    !(last.ends_with("ed")
        || last.ends_with("ing")
        || last.ends_with('s')
        || matches!(
            last,
            "said" | "told" | "wrote" | "according" | "expressed" | "issued" | "gave"
        ))
}

/// The word "that" (a reported clause's opener).
pub(crate) static THAT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)that(?-u:\b)").unwrap_or_else(|e| panic!("that pattern: {e}"))
});
