//! Words around a name: capitalised words that are never names, and the
//! words before a capital that say whether it is the place itself or its
//! government.

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
            // Prepositions opening a sentence ("Under Tarsovian law …").
            | "under"
            | "during"
            | "within"
            | "without"
            | "across"
            | "inside"
            | "outside"
            | "beyond"
            | "behind"
            | "amid"
            | "among"
            | "against"
            | "until"
            | "unlike"
            | "into"
            | "through"
            | "throughout"
            | "towards"
            | "toward"
            | "above"
            | "below"
            | "beneath"
            | "beside"
            | "besides"
            | "between"
            | "upon"
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
            | "instead"
            | "indeed"
            | "finally"
            | "eventually"
            | "separately"
            | "nevertheless"
            | "nonetheless"
            | "afterwards"
            | "initially"
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
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "eleven"
            | "twelve"
            | "twenty"
            | "thirty"
            | "forty"
            | "fifty"
            | "hundred"
            | "hundreds"
            | "dozens"
            | "several"
            | "few"
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
    ) || crate::quotes::is_mood_adjective(w)
}

/// Prepositions and verbs of going after which a capital is the place
/// itself, not its government ("talks in Doha", "left Valmeyr").
/// Nouns of what one owns in a company: "shares in Greywold", "a stake in
/// Orlenza" name the company, not a place.
pub fn is_holding_noun(w: &str) -> bool {
    matches!(
        w,
        "shares" | "stake" | "stakes" | "shareholding" | "holding" | "holdings" | "investment"
    )
}

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
            // Verbs of going whose object is a place ("could have left
            // Valmeyr", "fled Ostmere").
            | "left"
            | "leave"
            | "leaving"
            | "fled"
            | "flee"
            | "entered"
            | "enter"
            | "toured"
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

/// Words after a place name that show it is no modifier of a noun: verbs
/// and auxiliaries, prepositions, determiners, pronouns and adverbs (a
/// closed class, hand-listed).
#[rustfmt::skip]
const NOT_MODIFIED_NOUNS: &[&str] = &[
    "will", "would", "can", "could", "may", "might", "must", "should", "shall", "and", "or", "but",
    "to", "of", "in", "on", "at", "for", "with", "from", "by", "that", "which", "who", "had",
    "did", "do", "said", "told", "took", "gave", "made", "sent", "won", "lost", "left", "met",
    "kept", "put", "let", "set", "got", "came", "went", "ran", "saw", "knew", "thought", "felt",
    "now", "then", "also", "still", "again", "too", "alone", "itself", "the", "a", "an", "this",
    "these", "those", "its", "his", "her", "their", "our", "my", "your", "every", "all", "some",
    "no", "any", "each", "it", "he", "she", "they", "we", "you", "him", "them", "us", "not",
    "never", "be", "been", "are", "were", "have", "as", "than", "if", "when", "while", "after",
    "before", "into", "over", "about", "against", "last", "next", "first", "only", "just", "even",
    "yet", "so", "up", "down", "out", "off", "cannot", "sought", "bought", "brought", "began",
    "became", "chose", "broke", "held", "paid", "spent", "drew", "grew", "threw", "wrote", "spoke",
    "stood", "fought", "led", "meant", "built", "rose", "fell", "found", "heard", "hit", "cut",
    "owes", "owe", "insists", "agrees", "twice", "once", "often", "today", "yesterday", "tonight",
    "tomorrow", "since", "here", "there", "instead", "together", "soon", "later", "earlier",
    "already", "ago",
];

/// Whether the place name ending at `end` modifies the noun after it ("the
/// Halvergate company", "Sędomierz airport", "Halvergate time", "a
/// Halvergate mum-of-three"): the next word, after one space, is a
/// lower-case word that is no verb form, no auxiliary and no plural (a
/// capital acting is followed by its verb: "Halvergate has asked";
/// "Halvergate officials" are left to the group reading).
pub fn modifies_noun_after(body: &str, end: usize) -> bool {
    let Some(rest) = body.get(end..).and_then(|r| r.strip_prefix(' ')) else {
        return false;
    };
    let word: String = rest
        .chars()
        .take_while(|c| c.is_alphabetic() || *c == '-')
        .collect();
    let lower = word.chars().next().is_some_and(char::is_lowercase);
    // "Lomirz doesn't do trust", "won't", "can't": a negated auxiliary.
    let negated =
        rest[word.len()..].starts_with("'t") || rest[word.len()..].starts_with("\u{2019}t");
    let verbish = negated || word.ends_with('s') || word.ends_with("ed") || word.ends_with("ing");
    let function = NOT_MODIFIED_NOUNS.contains(&word.as_str());
    lower && !word.is_empty() && !verbish && !function && !word.ends_with("ly")
}
