//! Indirect quotes introduced by a statement channel ("In a statement on X,
//! …", "In an interview with …", "Speaking to reporters, …"): the subject
//! of the main clause is the speaker, whatever the verb, and the adverbial
//! gives the channel. Invented places, people and text.

use crosscheck_read::quotes::{quotes, Quote, QuoteMode, SpeakerLink};

fn indirect(body: &str) -> Vec<Quote> {
    quotes(body)
        .into_iter()
        .filter(|q| q.mode == QuoteMode::Indirect)
        .collect()
}

fn only(body: &str) -> Quote {
    let found = indirect(body);
    assert_eq!(found.len(), 1, "{body:?} gave {found:#?}");
    found.into_iter().next().expect("one quote")
}

#[test]
fn statement_on_a_platform_with_a_titled_speaker() {
    let body = "Talks in Morvask broke down on Friday.\n\n\
        In a separate statement on social media platform X, Harbour Minister Ilse Varrow \
        placed the blame firmly on the Tessaly delegation for walking away from the table, \
        calling the move reckless.";
    let q = only(body);
    assert!(
        q.text
            .starts_with("the blame firmly on the Tessaly delegation for walking away"),
        "{q:#?}"
    );
    assert!(!q.text.contains("calling"), "{q:#?}");
    let s = q.speaker.as_ref().expect("a speaker");
    assert_eq!(s.text, "Ilse Varrow");
    assert_eq!(s.how, SpeakerLink::NameBefore);
    assert_eq!(body.get(s.start..s.end), Some("Ilse Varrow"));
    assert_eq!(q.channel.as_deref(), Some("post on X"));
    assert_eq!(q.verb.as_deref(), Some("placed"));
    assert_eq!(q.slice(body), Some(q.text.as_str()));
}

#[test]
fn interview_with_a_pronoun_subject() {
    let body = "Corvin Adalet leads the Osterfeld council.\n\n\
        In an interview with a local broadcaster, he faulted the port authority for hiding \
        the cost of the new quay.";
    let q = only(body);
    assert_eq!(
        q.text,
        "the port authority for hiding the cost of the new quay"
    );
    let s = q.speaker.as_ref().expect("a speaker");
    assert_eq!(s.text, "Corvin Adalet");
    assert_eq!(s.how, SpeakerLink::Pronoun);
    assert_eq!(q.verb.as_deref(), Some("faulted"));
    assert!(q.channel.is_some(), "{q:#?}");
}

#[test]
fn speaking_to_reporters_with_a_title_and_name() {
    let body = "Speaking to reporters in Valdre, Fisheries Commissioner Anja Tolvik put \
        the onus on both fleets to respect the northern quota line until the survey ends.";
    let q = only(body);
    assert!(
        q.text.starts_with("the onus on both fleets to respect"),
        "{q:#?}"
    );
    assert_eq!(
        q.speaker.as_ref().map(|s| s.text.as_str()),
        Some("Anja Tolvik")
    );
}

#[test]
fn letter_with_the_plain_channel_noun() {
    let body = "The Brannock Miners' Union met the governor on Monday.\n\n\
        In a letter to the governor, the union rejected the proposed closure of three \
        pits in the Hollin valley.";
    let q = only(body);
    assert!(
        q.text.starts_with("the proposed closure of three pits"),
        "{q:#?}"
    );
    assert_eq!(q.channel.as_deref(), Some("letter"));
}

#[test]
fn an_opening_that_names_no_statement_gives_no_quote() {
    let body = "In a separate development, the army moved two brigades closer to the \
        Sarnel border on Tuesday.\n\n\
        In the morning, Colonel Edda Rusk inspected the new depot near Halvik.";
    assert!(indirect(body).is_empty(), "{:#?}", indirect(body));
}

#[test]
fn a_verb_followed_by_to_reports_nothing() {
    let body = "In a brief statement, Minister Oskar Pellin declined to comment on the \
        Varn river dispute.";
    assert!(indirect(body).is_empty(), "{:#?}", indirect(body));
}

#[test]
fn a_speech_verb_keeps_its_own_reading() {
    // The attribution rules report this one ("said that …"); no second quote.
    let body = "In a statement, Governor Mira Talsen said that the Ostrava bridge would \
        reopen next month.";
    let found = indirect(body);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].text.starts_with("the Ostrava bridge would reopen"));
}
