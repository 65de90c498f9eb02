//! Small closed word lists the statements are built with.
//!
//! Hand-written on purpose: these are closed classes (speech verbs, the
//! verbs of a negotiation's acts, the heads of "how long" phrases, function
//! words), a few dozen words each, that no maintained English lexicon crate
//! groups the way the cross-check needs (by the act they report, so that
//! "opened" and "began" align and "signed" and "opened" do not). A lemma is
//! not needed: the lists hold the inflected forms.

/// The act a verb (or verbal noun) reports, or `None`.
///
/// `next` is the following token (for "handed over").
pub(crate) fn action_class(word: &str, next: Option<&str>) -> Option<&'static str> {
    // "started forming", "began to queue": the aspect of another act, not
    // an opening.
    let aspect = next.is_some_and(|n| n == "to" || (n.len() > 4 && n.ends_with("ing")));
    let class = match word {
        "began" | "begin" | "begins" | "begun" | "start" | "starts" | "started" if aspect => {
            return None
        }
        "open" | "opens" | "opened" | "began" | "begin" | "begins" | "begun" | "start"
        | "starts" | "started" => "open",
        "end" | "ends" | "ended" | "ending" | "concluded" | "concludes" | "closed" | "shut" => {
            "end"
        }
        "sign" | "signs" | "signed" | "signing" => "sign",
        "release" | "releases" | "released" | "free" | "frees" | "freed" | "freeing" => "release",
        "handed" | "hand" | "hands" | "handing" if next == Some("over") => "hand_over",
        "handover" => "hand_over",
        "chair" | "chairs" | "chaired" | "chairing" | "presided" => "chair",
        // Hosting is not chairing: a host is a country or city, a chair a person.
        "hosted" | "hosts" | "hosting" => "host",
        "mediated" | "mediates" | "mediation" | "brokered" => "mediate",
        "propose" | "proposes" | "proposed" | "proposal" | "suggested" => "propose",
        "seize" | "seizes" | "seized" | "detained" | "arrested" | "captured" => "seize",
        "agree" | "agrees" | "agreed" | "reached" => "agree",
        "patrol" | "patrols" | "patrolled" => "patrol",
        "cut" | "cuts" | "lower" | "lowered" | "reduce" | "reduced" => "cut",
        "rise" | "rises" | "rose" | "grows" | "grew" | "increase" | "increased" => "rise",
        "killed" | "died" | "dead" => "kill",
        "injured" | "wounded" => "injure",
        _ => return None,
    };
    Some(class)
}

/// Acts done by one party, whose doer can be contradicted ("chaired by A"
/// against "chaired by B"). Signing, leading a delegation or agreeing are
/// done by several parties at once and are not compared for their actor.
pub(crate) fn single_actor(class: &str) -> bool {
    matches!(class, "chair" | "host" | "mediate" | "propose" | "seize")
}

/// Speech verbs: a time or place after one belongs to the speaking, not to
/// an act named before it.
pub(crate) fn is_speech_verb(word: &str) -> bool {
    matches!(
        word,
        "said"
            | "says"
            | "say"
            | "told"
            | "tells"
            | "added"
            | "adds"
            | "announced"
            | "stated"
            | "according"
            | "reported"
            | "confirmed"
    )
}

/// What a length of time is the length of, from a head word near it.
pub(crate) fn duration_thing(word: &str) -> Option<&'static str> {
    let thing = match word {
        "talks" | "round" | "negotiations" | "meeting" | "meetings" | "summit" | "dialogue" => {
            "talks"
        }
        // One sitting of the talks, not their length.
        "session" | "sessions" | "sitting" => "session",
        "accord" | "deal" | "agreement" | "pact" | "treaty" | "truce" | "ceasefire"
        | "arrangement" => "agreement",
        "mission" | "deployment" => "mission",
        "ban" | "moratorium" | "suspension" => "ban",
        "detention" | "captivity" => "detention",
        // How long someone has held a post: "in office", "held the post",
        // "his term".
        "office" | "post" | "tenure" | "term" => "tenure",
        // How long a ticket, a voucher or a licence can be used.
        "valid" | "validity" => "validity",
        _ => return None,
    };
    Some(thing)
}

/// A round ordinal word ("second" = 2).
pub(crate) fn ordinal(word: &str) -> Option<u32> {
    let n = match word {
        "first" | "1st" | "opening" => 1,
        "second" | "2nd" => 2,
        "third" | "3rd" => 3,
        "fourth" | "4th" => 4,
        "fifth" | "5th" => 5,
        "sixth" | "6th" => 6,
        "seventh" | "7th" => 7,
        "eighth" | "8th" => 8,
        _ => return None,
    };
    Some(n)
}

/// Function words left out of lexical comparison.
pub(crate) fn is_stopword(word: &str) -> bool {
    matches!(
        word,
        "a" | "an"
            | "the"
            | "and"
            | "or"
            | "but"
            | "of"
            | "to"
            | "in"
            | "on"
            | "at"
            | "for"
            | "by"
            | "with"
            | "from"
            | "as"
            | "into"
            | "onto"
            | "over"
            | "under"
            | "after"
            | "before"
            | "since"
            | "until"
            | "up"
            | "down"
            | "out"
            | "off"
            | "about"
            | "than"
            | "that"
            | "this"
            | "these"
            | "those"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "what"
            | "when"
            | "where"
            | "while"
            | "it"
            | "its"
            | "he"
            | "she"
            | "they"
            | "them"
            | "his"
            | "her"
            | "their"
            | "we"
            | "our"
            | "us"
            | "i"
            | "you"
            | "your"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "has"
            | "have"
            | "had"
            | "do"
            | "does"
            | "did"
            | "will"
            | "would"
            | "shall"
            | "should"
            | "can"
            | "could"
            | "may"
            | "might"
            | "must"
            | "also"
            | "not"
            | "no"
            | "so"
            | "if"
            | "then"
            | "there"
            | "here"
            | "both"
            | "each"
            | "all"
            | "any"
            | "some"
            | "such"
            | "own"
            | "same"
            | "other"
            | "more"
            | "most"
            | "very"
            | "just"
            | "now"
            | "new"
            | "s"
    )
}

/// A crude stem: the word's first five letters (prefix truncation, which
/// matches inflections and derivations well enough for a bag of words:
/// "mediated", "mediating" and "mediation" share one). Hand-written: a
/// Snowball stemmer crate would add a dependency for what one line does
/// within a single event's vocabulary.
pub(crate) fn stem(word: &str) -> String {
    word.chars().take(5).collect()
}

/// The stem of a noun, one per thing where news uses several nouns for it
/// ("findings", "conclusions" and "report" of an inquiry). Hand-written: a
/// few nouns of documents and reports; everything else is its [`stem`].
pub(crate) fn noun_stem(word: &str) -> String {
    match word {
        "findings" | "conclusions" | "report" | "reports" => "repor".to_owned(),
        _ => stem(word),
    }
}

/// Words that negate a clause or its outcome ("no agreement", "failed to
/// reach", "without a breakthrough").
pub(crate) fn is_negation(word: &str) -> bool {
    matches!(
        word,
        "no" | "not"
            | "never"
            | "without"
            | "failed"
            | "fail"
            | "fails"
            | "refused"
            | "refuses"
            | "n't"
            | "nothing"
            | "none"
            | "neither"
            | "nor"
    ) || word.ends_with("n't")
}

/// The class of a predicate word, so that different wordings of one act or
/// outcome share a term ("thanked", "praised", "gratitude"; "collapsed",
/// "deadlock", "stalemate"). Closed lists of the vocabulary news uses for
/// talks, their outcomes and what the parties say about them.
pub(crate) fn predicate_class(word: &str) -> Option<&'static str> {
    let class = match word {
        "thank" | "thanks" | "thanked" | "thanking" | "praised" | "praise" | "praises"
        | "gratitude" | "grateful" | "appreciation" | "appreciated" | "appreciates"
        | "commended" | "lauded" | "hailed" => "thank",
        "collapse" | "collapsed" | "collapses" | "deadlock" | "deadlocked" | "stalemate"
        | "impasse" | "breakdown" | "broke" | "failure" | "failed" | "fail" | "fails"
        | "futile" | "halted" | "stalled" => "failure",
        "mediate" | "mediated" | "mediates" | "mediating" | "mediation" | "mediator"
        | "mediators" | "facilitate" | "facilitated" | "facilitating" | "facilitation"
        | "brokered" | "hosted" | "host" | "hosts" => "mediate",
        "agreement" | "agreements" | "accord" | "deal" | "deals" | "breakthrough"
        | "understanding" | "settlement" | "pact" => "deal",
        "support" | "supported" | "supports" | "backed" | "backing" | "endorsed" => "support",
        "written" | "writing" | "documented" | "signed" | "formal" | "formalize" | "formalized"
        | "formalise" | "formalised" => "written",
        "verbal" | "verbally" | "oral" | "orally" => "verbal",
        "ended" | "over" | "suspended" | "halt" | "pause" | "concluded" | "off" => "end",
        "respond" | "response" | "responses" | "retaliate" | "retaliation" => "respond",
        "ceasefire" | "truce" | "armistice" => "ceasefire",
        "responsibility" | "responsible" | "onus" | "obligations" | "obligation" => "onus",
        "animosity" | "hostility" | "enmity" | "grudge" => "animosity",
        "interview" | "channel" | "television" | "tv" | "programme" | "program" => "broadcast",
        "post" | "posted" | "wrote" | "tweet" | "tweeted" | "platform" => "post",
        _ => return None,
    };
    Some(class)
}
