//! Unit tests on invented sentences, one per construction.

use super::*;

fn of(body: &str, mode: QuoteMode) -> Vec<Quote> {
    quotes(body)
        .into_iter()
        .filter(|q| q.mode == mode)
        .collect()
}

fn one(body: &str, mode: QuoteMode) -> Quote {
    let found = of(body, mode);
    assert_eq!(found.len(), 1, "{body:?} gave {:#?}", quotes(body));
    let q = found.into_iter().next().expect("one quote");
    assert_eq!(q.slice(body).map(|_| ()), Some(()));
    q
}

fn speaker(q: &Quote) -> Option<(&str, SpeakerLink)> {
    q.speaker.as_ref().map(|s| (s.text.as_str(), s.how))
}

fn check_speaker_span(body: &str, q: &Quote) {
    if let Some(s) = &q.speaker {
        assert_eq!(body.get(s.start..s.end), Some(s.text.as_str()));
    }
}

#[test]
fn straight_quotes_name_before() {
    let body = "Tomas Quell said: \"The dam will hold through the winter.\"";
    let q = one(body, QuoteMode::Direct);
    assert_eq!(q.text, "The dam will hold through the winter");
    assert_eq!(speaker(&q), Some(("Tomas Quell", SpeakerLink::NameBefore)));
    assert_eq!(q.verb.as_deref(), Some("said"));
    assert!(!q.partial);
    check_speaker_span(body, &q);
}

#[test]
fn curly_quotes_name_after_and_inverted() {
    let body = "Engineer Tomas Quell inspected the dam. “The dam will hold,” Quell said.";
    let q = one(body, QuoteMode::Direct);
    assert_eq!(q.text, "The dam will hold");
    assert_eq!(speaker(&q), Some(("Quell", SpeakerLink::NameAfter)));
    let body = "\"We are ready for the vote,\" said Ilse Marrow.";
    let q = one(body, QuoteMode::Direct);
    assert_eq!(speaker(&q), Some(("Ilse Marrow", SpeakerLink::NameAfter)));
}

#[test]
fn quote_inside_quote_stays_one() {
    let body = "“They told us ‘stay home’ and we did,” said Pavo Lind, a farmer.";
    let q = one(body, QuoteMode::Direct);
    assert_eq!(q.text, "They told us ‘stay home’ and we did");
    assert_eq!(speaker(&q), Some(("Pavo Lind", SpeakerLink::NameAfter)));
}

#[test]
fn split_quote_is_one_with_two_parts() {
    let body = "Ilse Marrow chaired the talks. “We came to talk,” Marrow said, “but nobody on the other side listened.”";
    let q = one(body, QuoteMode::Direct);
    assert_eq!(q.parts.len(), 2, "{q:?}");
    assert_eq!(&body[q.parts[0].0..q.parts[0].1], "We came to talk");
    assert_eq!(
        &body[q.parts[1].0..q.parts[1].1],
        "but nobody on the other side listened"
    );
    assert_eq!(speaker(&q), Some(("Marrow", SpeakerLink::NameAfter)));
}

#[test]
fn multi_sentence_quote_with_pronoun() {
    let body =
        "Ilse Marrow left the hall early. “We came. We talked. We left with nothing,” she said.";
    let q = one(body, QuoteMode::Direct);
    assert_eq!(q.text, "We came. We talked. We left with nothing");
    assert_eq!(speaker(&q), Some(("Ilse Marrow", SpeakerLink::Pronoun)));
    assert_eq!(q.verb.as_deref(), Some("said"));
}

#[test]
fn partial_quote_inside_reported_speech() {
    let body = "Mayor Ilse Marrow said the talks had reached a “dead end” after midnight.";
    let q = one(body, QuoteMode::Direct);
    assert!(q.partial);
    assert_eq!(q.text, "dead end");
    assert_eq!(speaker(&q), Some(("Ilse Marrow", SpeakerLink::NameBefore)));
    // The clause holding it is reported too: a mixed quote.
    let clause = one(body, QuoteMode::Indirect);
    assert_eq!(
        clause.text,
        "the talks had reached a “dead end” after midnight"
    );
    assert!(clause.start < q.start && q.end < clause.end);
}

#[test]
fn a_two_word_title_and_plural_institutions_speak() {
    // "the chief executive": the title the subject ends with, not "the
    // chief" inside it.
    let body = "Orsk Mills named a new chief executive, Ilse Marrow, in May. \
                On Friday night, the chief executive said that the mill would “pay what it owes”.";
    let q = one(body, QuoteMode::Direct);
    assert!(q.partial);
    assert_eq!(q.text, "pay what it owes");
    assert_eq!(speaker(&q).map(|(_, how)| how), Some(SpeakerLink::Title));
    // The plural of a speaking institution is a group that speaks; with
    // nothing naming it, it is left unresolved, as "officials" is.
    let body = "The agencies said the batches were \"unlikely to cause lasting harm\".";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(q.verb.as_deref(), Some("said"));
    assert_eq!(speaker(&q), None);
    assert_eq!(
        one(body, QuoteMode::Direct).text,
        "unlikely to cause lasting harm"
    );
    let body = "The Velmirian agencies said the batches were safe.";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(
        speaker(&q),
        Some(("Velmirian agencies", SpeakerLink::Group))
    );
}

#[test]
fn continuation_gets_the_previous_speaker() {
    let body = "“We will rebuild,” Marrow said. “Every house in the valley will stand again.”";
    let found = of(body, QuoteMode::Direct);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(
        speaker(&found[1]),
        Some(("Marrow", SpeakerLink::Continuation))
    );
    assert_eq!(found[1].verb, None);
}

#[test]
fn unattributed_quote_has_no_speaker() {
    let body = "The hall fell silent. “Nobody will leave this room tonight.”";
    let q = one(body, QuoteMode::Direct);
    assert_eq!(q.speaker, None);
}

#[test]
fn indirect_said_that_and_pronoun_skips_places() {
    let body = "Ilse Marrow flew to Port Aster on Monday. She said that the port would reopen within a week.";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(q.text, "the port would reopen within a week");
    assert_eq!(speaker(&q), Some(("Ilse Marrow", SpeakerLink::Pronoun)));
    check_speaker_span(body, &q);
}

#[test]
fn pronoun_takes_the_most_recent_person() {
    // No person opens the sentence before: the nearest person.
    let body = "The hall fell quiet after Ilse Marrow and Tomas Quell spoke. He said the vote would be delayed by a month.";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(speaker(&q), Some(("Tomas Quell", SpeakerLink::Pronoun)));
    // The subject of the sentence before is of the other sex: the nearest
    // person who fits.
    let body =
        "Ms Ilse Marrow spoke after Tomas Quell. He said the vote would be delayed by a month.";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(speaker(&q), Some(("Tomas Quell", SpeakerLink::Pronoun)));
}

#[test]
fn title_alone_resolves_to_its_holder() {
    let body = "Defence Minister Anouk Rheda visited the base with Tomas Quell. The minister stated that the troops would stay until spring.";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(speaker(&q), Some(("Anouk Rheda", SpeakerLink::Title)));
    assert_eq!(q.verb.as_deref(), Some("stated"));
}

#[test]
fn unknown_title_is_not_guessed() {
    let body = "The minister stated that the troops would stay until spring.";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(q.speaker, None);
}

#[test]
fn qualified_title_names_the_untitled_person_before_it() {
    let body = "Kaspar Lind met reporters at the border post. Lind told state radio that the crossing was quiet. The Ostravian minister said the talks were “slow but serious”.";
    let q = one(body, QuoteMode::Direct);
    assert_eq!(speaker(&q), Some(("Kaspar Lind", SpeakerLink::Title)));
    // A person whose known title does not fit is not taken.
    let body = "Defence Minister Anouk Rheda visited the base. The Ostravian foreign minister said the troops would stay until spring.";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(q.speaker, None);
}

#[test]
fn groups_documents_and_organisations() {
    let q = one(
        "Security sources in Morvania said the convoy was attacked twice.",
        QuoteMode::Indirect,
    );
    assert_eq!(speaker(&q), Some(("Security sources", SpeakerLink::Group)));
    let q = one(
        "Officials said the bridge would stay closed.",
        QuoteMode::Indirect,
    );
    assert_eq!(q.speaker, None, "bare officials are not identified");
    // Friends and neighbours speak too, unidentified when bare.
    let q = one(
        "The host has not been seen since. Pals say he is “gutted” by it all.",
        QuoteMode::Indirect,
    );
    assert_eq!(q.speaker, None, "bare pals are not identified");
    let q = one(
        "The joint statement said both sides would respect the ceasefire.",
        QuoteMode::Indirect,
    );
    assert_eq!(
        speaker(&q),
        Some(("joint statement", SpeakerLink::Document))
    );
    let q = one(
        "The Foreign Office said the envoy had been recalled for talks.",
        QuoteMode::Indirect,
    );
    assert_eq!(
        speaker(&q),
        Some(("Foreign Office", SpeakerLink::NameBefore))
    );
    let body =
        "“We will protect every village,” they said, after the security sources in Velmont met.";
    assert!(
        of(body, QuoteMode::Direct)
            .iter()
            .all(|q| q.speaker.is_none()),
        "no group spoke before"
    );
}

#[test]
fn they_said_takes_the_group() {
    let body =
        "Pavlen army sources said the road was mined. “We will clear it within days,” they said.";
    let q = one(body, QuoteMode::Direct);
    assert_eq!(
        speaker(&q),
        Some(("Pavlen army sources", SpeakerLink::Pronoun))
    );
}

#[test]
fn according_to() {
    let body = "According to Tomas Quell, the vote will be delayed until the census ends.";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(q.text, "the vote will be delayed until the census ends");
    assert_eq!(speaker(&q), Some(("Tomas Quell", SpeakerLink::NameBefore)));
    assert_eq!(q.verb.as_deref(), Some("According to"));
}

#[test]
fn free_reported_speech() {
    let body =
        "Ilse Marrow toured the docks. The harbour will reopen next week, Marrow reiterated.";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(q.text, "The harbour will reopen next week");
    assert_eq!(speaker(&q), Some(("Marrow", SpeakerLink::NameAfter)));
    assert_eq!(q.verb.as_deref(), Some("reiterated"));
}

#[test]
fn noted_added_and_participles() {
    let body = "Tomas Quell noted the river had risen two metres, adding that more rain was due.";
    let found = of(body, QuoteMode::Indirect);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].text, "the river had risen two metres");
    assert_eq!(found[1].text, "more rain was due");
    assert!(found
        .iter()
        .all(|q| speaker(q).map(|s| s.0) == Some("Tomas Quell")));
}

#[test]
fn channels() {
    let q = one(
        "Anouk Rheda wrote in a post on X that the border would stay open.",
        QuoteMode::Indirect,
    );
    assert_eq!(q.channel.as_deref(), Some("post on X"));
    assert_eq!(q.verb.as_deref(), Some("wrote"));
    let q = one(
        "Anouk Rheda told Harbour Wire News that the fleet was ready.",
        QuoteMode::Indirect,
    );
    assert_eq!(q.channel.as_deref(), Some("Harbour Wire News"));
    let q = one(
        "In a television interview, Anouk Rheda said the fleet was ready to sail.",
        QuoteMode::Indirect,
    );
    assert_eq!(q.channel.as_deref(), Some("TV interview"));
    let q = one(
        "Anouk Rheda said the fleet was ready to sail.",
        QuoteMode::Indirect,
    );
    assert_eq!(q.channel, None, "no channel unless the text says it");
}

#[test]
fn not_quotes() {
    // Headline with scare quotes.
    assert!(
        quotes("Velmont Calls Strike ‘Unacceptable’ As Talks Stall\n\nThe port was quiet.")
            .is_empty()
    );
    // Naming verbs.
    assert!(quotes("Morvania labels the group \"Red Hand\" and bans its rallies.").is_empty());
    assert!(quotes("Its rivals branded the plan \"Red Hand\" within a week.").is_empty());
    // Scare quotes with no speech verb.
    assert!(quotes("The so-called \"peace dividend\" never reached the valley.").is_empty());
    // Speculative and negated speech.
    assert!(quotes("Analysts are likely to warn that the deal is fragile.").is_empty());
    assert!(quotes("Quell did not say whether the deal would survive.").is_empty());
}

#[test]
fn institutions_named_with_of() {
    let body = "The Office of Gaming Standards (OGS) says in an interim note that the board \
                filed the report unread.";
    assert_eq!(
        speaker(&one(body, QuoteMode::Indirect)).map(|s| s.0),
        Some("Office of Gaming Standards")
    );
}

#[test]
fn tabloid_moods_verbs_and_roles_around_a_name() {
    let body = "Heartbroken Tove, 27, told the paper: “I gave that road everything.”";
    assert_eq!(
        speaker(&one(body, QuoteMode::Direct)).map(|s| s.0),
        Some("Tove")
    );
    let body = "Organisers Brindle Events said last night that refunds were being discussed.";
    assert_eq!(
        speaker(&one(body, QuoteMode::Indirect)).map(|s| s.0),
        Some("Brindle Events")
    );
    let body = "“Who pays us back?” fumed Pellmouth mum-of-three Ada Rudd, 44.";
    assert_eq!(
        speaker(&one(body, QuoteMode::Direct)).map(|s| s.0),
        Some("Ada Rudd")
    );
    // A grin or a smile written as the verb of speech.
    let body = "Ada Rudd waited. “I will have a coffee,” she grinned.";
    assert_eq!(
        speaker(&one(body, QuoteMode::Direct)).map(|s| s.0),
        Some("Ada Rudd")
    );
    let body = "“Not bad for a Tuesday,” smiled Ada Rudd.";
    assert_eq!(
        speaker(&one(body, QuoteMode::Direct)).map(|s| s.0),
        Some("Ada Rudd")
    );
}

#[test]
fn dash_asides_appositive_sources_and_federations() {
    let body = "Ada Rudd – no relation to the mayor – said on X that she would run again.";
    assert_eq!(
        speaker(&one(body, QuoteMode::Indirect)).map(|s| s.0),
        Some("Ada Rudd")
    );
    let body =
        "At least 3,000 runners had uploaded routes, according to Pacelog, the app most used.";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(q.text, "At least 3,000 runners had uploaded routes");
    assert_eq!(speaker(&q).map(|s| s.0), Some("Pacelog"));
    let body = "“No record set on it can stand,” the federation said in a statement.";
    assert_eq!(
        speaker(&one(body, QuoteMode::Direct)).map(|s| s.0),
        Some("federation")
    );
}

#[test]
fn an_attribution_inside_the_clause_it_reports() {
    let body = "Ansel Morrow rode the route. The route, he told the Courant, is 600 metres short.";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(q.text, "The route is 600 metres short");
    assert_eq!(q.parts.len(), 2);
    assert_eq!(speaker(&q).map(|s| s.0), Some("Ansel Morrow"));
    // An opening phrase is no subject.
    let body = "At the talks, the minister said, nothing moved at all.";
    assert!(of(body, QuoteMode::Indirect)
        .iter()
        .all(|q| !q.text.starts_with("At the talks")));
}

#[test]
fn branded_and_slammed_quote_an_opinion() {
    let body = "Opposition MP Orin Falk branded the whole affair “a national disgrace”.";
    let q = one(body, QuoteMode::Direct);
    assert_eq!(q.text, "a national disgrace");
    assert_eq!(speaker(&q).map(|s| s.0), Some("Orin Falk"));
    assert!(of(body, QuoteMode::Indirect).is_empty());
    let body = "Union boss Kit Varro slammed the ruling as “a slap in the face”.";
    let q = one(body, QuoteMode::Direct);
    assert_eq!(speaker(&q).map(|s| s.0), Some("Kit Varro"));
}

#[test]
fn speaker_spans_are_body_spans() {
    let body = "Defence Minister Anouk Rheda arrived. “We are ready,” she said. The minister added that the fleet would sail.";
    for q in quotes(body) {
        check_speaker_span(body, &q);
        assert!(q.slice(body).is_some());
    }
}

#[test]
fn odd_input_does_not_panic() {
    for body in [
        "",
        "“",
        "\"",
        "”unbalanced“ ‘ ’ ' '",
        "said said said",
        "He said, “",
        "“ ”",
        "Ä “é” ü said",
    ] {
        let _ = quotes(body);
    }
}

#[test]
fn free_reported_speech_with_adverbials_and_dateline() {
    let body = "ORVENNA, March 4 (Wire) - Fuel prices will rise by a tenth next month, Finance Minister Dalia Proust said on Tuesday.";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(q.text, "Fuel prices will rise by a tenth next month");
    assert_eq!(speaker(&q), Some(("Dalia Proust", SpeakerLink::NameAfter)));
    let body = "The two envoys did not shake hands, according to Veskari officials in the hall.";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(q.text, "The two envoys did not shake hands");
    assert_eq!(speaker(&q).map(|s| s.1), Some(SpeakerLink::Group));
    // An opening phrase is not reported content.
    let body = "Repeating the demand, the mayor said: “Open the gates.”";
    assert!(
        of(body, QuoteMode::Indirect).is_empty(),
        "{:?}",
        quotes(body)
    );
}

#[test]
fn asides_and_heads_before_the_verb() {
    let body = "Piet Amsel, for his part, told reporters that the delegation had left early.";
    assert_eq!(
        speaker(&one(body, QuoteMode::Indirect)).map(|s| s.0),
        Some("Piet Amsel")
    );
    // An age and a role set off after the name.
    let body = "Ferry pilot Aled Morrow, 41, the second witness, said he had been awake all night.";
    assert_eq!(
        speaker(&one(body, QuoteMode::Indirect)).map(|s| s.0),
        Some("Aled Morrow")
    );
    let body = "Ines Kalder of the Harbour Relief Office said that the camps were full.";
    assert_eq!(
        speaker(&one(body, QuoteMode::Indirect)).map(|s| s.0),
        Some("Ines Kalder")
    );
    let body = "The Foreign Ministry in Ostvar said that the envoy would return.";
    assert_eq!(
        speaker(&one(body, QuoteMode::Indirect)).map(|s| s.0),
        Some("Foreign Ministry")
    );
    let body = "The Veskari army said its troops remained on alert along the river.";
    assert_eq!(
        speaker(&one(body, QuoteMode::Indirect)),
        Some(("Veskari army", SpeakerLink::Group))
    );
}

#[test]
fn abbreviated_titles_and_lead_ins() {
    let body = "Colonel Marek Tunn briefed reporters. “We hold the ridge,” Col. Tunn said.";
    let q = one(body, QuoteMode::Direct);
    assert_eq!(speaker(&q), Some(("Tunn", SpeakerLink::NameAfter)));
    let body = "“Nobody should be surprised,” said economist Raul Fenn of Castor University.";
    let q = one(body, QuoteMode::Direct);
    assert_eq!(speaker(&q), Some(("Raul Fenn", SpeakerLink::NameAfter)));
}

#[test]
fn colon_introduced_quote_takes_the_subject() {
    let body =
        "The mediator Nerim Osk put it plainly: “Both capitals need this more than they admit.”";
    let q = one(body, QuoteMode::Direct);
    assert_eq!(speaker(&q).map(|s| s.0), Some("Nerim Osk"));
    assert_eq!(q.verb, None);
}

#[test]
fn nested_reported_speech_keeps_the_outer_speaker() {
    let body =
        "Dalia Proust added that Ostvar had asked the council “time and again to keep its word.”";
    let q = one(body, QuoteMode::Direct);
    assert_eq!(speaker(&q).map(|s| s.0), Some("Dalia Proust"));
    assert_eq!(q.verb.as_deref(), Some("added"));
}

#[test]
fn more_channels() {
    let q = one(
        "Piet Amsel later wrote on Facebook that the border would stay shut.",
        QuoteMode::Indirect,
    );
    assert_eq!(q.channel.as_deref(), Some("post on Facebook"));
    let q = one(
        "Amon Retti, speaking to state television, said he backed the plan.",
        QuoteMode::Indirect,
    );
    assert_eq!(q.channel.as_deref(), Some("state television"));
    assert_eq!(q.text, "he backed the plan");
}

#[test]
fn outlets_unnamed_speakers_and_replies() {
    let body = "“I'm hopeful,” Greta Voss told the Brellin Gazette.";
    assert_eq!(
        one(body, QuoteMode::Direct).channel.as_deref(),
        Some("Brellin Gazette")
    );
    let body = "“Let them close it,” said one welder outside the gate.";
    assert_eq!(one(body, QuoteMode::Direct).speaker, None);
    let body = "Greta Voss was asked if the state would step in. She replied: “Not yet.”";
    let q = one(body, QuoteMode::Direct);
    assert_eq!(speaker(&q), Some(("Greta Voss", SpeakerLink::Pronoun)));
    assert_eq!(q.verb.as_deref(), Some("replied"));
}

#[test]
fn quote_running_over_paragraphs_and_said_colon_line() {
    let body = "“We will not give up,” Agna Solberg said. “We have come too far.\n\n“Our children deserve better than this.”";
    let found = of(body, QuoteMode::Direct);
    assert_eq!(found.len(), 3, "{found:?}");
    assert_eq!(found[1].text, "We have come too far");
    assert_eq!(
        speaker(&found[2]),
        Some(("Agna Solberg", SpeakerLink::Continuation))
    );
    let body =
        "Union leader Agna Solberg said:\n“We are not going back until the cut is withdrawn.”";
    let q = one(body, QuoteMode::Direct);
    assert_eq!(speaker(&q), Some(("Agna Solberg", SpeakerLink::NameBefore)));
    assert_eq!(q.verb.as_deref(), Some("said"));
}

#[test]
fn honorifics_keep_pronouns_apart() {
    let body = "Ms Ada Lind met Mr Otto Brandt in the port. She said the deal was close to done.";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(speaker(&q), Some(("Ada Lind", SpeakerLink::Pronoun)));
}

#[test]
fn names_of_things_are_not_quotes() {
    assert!(of(
        "Ada Lind said the group, known locally as \"the Hawks\", had grown.",
        QuoteMode::Direct
    )
    .is_empty());
    assert!(of(
        "Ada Lind said the film \"Blue River\" would open on Friday.",
        QuoteMode::Direct
    )
    .is_empty());
    // A quoted sentence after a colon is still a quote.
    assert_eq!(
        of("Ada Lind said: \"Blue River Wins.\"", QuoteMode::Direct).len(),
        1
    );
}

#[test]
fn statements_and_letters_are_channels_and_apostrophes_are_not_quotes() {
    let q = one(
        "In a statement, the Veskari army said its troops remained on alert.",
        QuoteMode::Indirect,
    );
    assert_eq!(q.channel.as_deref(), Some("statement"));
    let q = one(
        "Ivo Renn said in an email that management remained open to talks.",
        QuoteMode::Indirect,
    );
    assert_eq!(q.channel.as_deref(), Some("email"));
    assert!(of(
        "Ada Lind said she loved rock 'n' roll as a child.",
        QuoteMode::Direct
    )
    .is_empty());
}

#[test]
fn a_participle_after_according_to_takes_the_clause_subject() {
    let body = "Orvenna, according to Velkan statements, repeatedly held back, \
                arguing limits to its reach over the river militias.";
    let qs = of(body, QuoteMode::Indirect);
    let arguing = qs
        .iter()
        .find(|q| q.verb.as_deref() == Some("arguing"))
        .unwrap_or_else(|| panic!("no quote for arguing in {qs:#?}"));
    assert_eq!(arguing.text, "limits to its reach over the river militias");
    assert_eq!(speaker(arguing).map(|s| s.0), Some("Orvenna"));
    // The "according to" content keeps its own source.
    let according = qs
        .iter()
        .find(|q| q.verb.as_deref() == Some("according to"))
        .unwrap_or_else(|| panic!("no according-to quote in {qs:#?}"));
    assert_ne!(speaker(according).map(|s| s.0), Some("Orvenna"));
}

#[test]
fn a_participle_after_according_to_with_no_subject_has_no_speaker() {
    let body = "According to the harbour office, the barges turned back, \
                saying the channel was closed to them.";
    // The source of "according to" speaks its own clause, not the
    // participle's: that one has no speaker (null, not the source).
    let qs = of(body, QuoteMode::Indirect);
    assert!(qs
        .iter()
        .any(|q| speaker(q).map(|s| s.0) == Some("harbour office")));
    for q in qs.iter().filter(|q| q.verb.as_deref() == Some("saying")) {
        assert_eq!(q.speaker, None, "{q:#?}");
    }
}

#[test]
fn clause_before_an_owned_name_with_a_dateline() {
    let body = "ORVENNA, Sept 4 (CPA) – Dunmarrish patrol boats seized a Velkan \
                ferry on the Orra Shelf on Thursday, Velka's Foreign Ministry said, \
                in the worst incident over the shelf in years.";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(
        q.text,
        "Dunmarrish patrol boats seized a Velkan ferry on the Orra Shelf on Thursday"
    );
    assert_eq!(speaker(&q).map(|s| s.0), Some("Foreign Ministry"));
    check_speaker_span(body, &q);
}

/// The place of a dateline never speaks, and a name after "The" opening a
/// sentence is a thing ("The Corlan Bridge"), never the "she" who said.
#[test]
fn a_dateline_place_and_a_named_thing_never_speak() {
    let body = "KORENOPOL, Dovrenia, March 9 (Kestrow Wire) - The consumer watchdog \
                opened an inquiry into the retailer on Monday, and said the company \
                might have to deliver the goods.";
    let qs = quotes(body);
    assert!(
        qs.iter()
            .all(|q| q.speaker.as_ref().is_none_or(|s| s.text != "KORENOPOL")),
        "{qs:#?}"
    );
    let body = "STERNHOLT – The Corlan Bridge will stay shut until November 1, Transport \
                Minister Agnes Sandqvist announced yesterday. Lorries will not be allowed \
                back before March, she said.";
    let qs = quotes(body);
    let lorries = qs.iter().find(|q| q.text.starts_with("Lorries"));
    assert_eq!(
        lorries
            .and_then(|q| q.speaker.as_ref())
            .map(|s| s.text.as_str()),
        Some("Agnes Sandqvist"),
        "{qs:#?}"
    );
}

/// "The Office for Consumer Fairness said": an institution's head joins
/// the name after it by "for" as by "of".
#[test]
fn an_institution_named_with_for_speaks_under_its_whole_name() {
    let body = "The Office for Consumer Fairness said the retailer had until Friday to reply.";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(
        speaker(&q).map(|s| s.0),
        Some("Office for Consumer Fairness")
    );
}

/// "The inquiry found that …": a finding reported with its "that" is
/// reported speech of the body that found it, and a quoted fragment inside
/// it is that body's words.
#[test]
fn a_finding_reported_with_that_is_reported_speech() {
    let body = "The inquiry found that the crew had been warned and that the alarm \
                \"could not have been missed\".";
    let qs = quotes(body);
    let reported = qs
        .iter()
        .find(|q| q.mode == QuoteMode::Indirect)
        .expect("reported clause");
    assert!(
        reported.text.starts_with("the crew had been warned"),
        "{qs:#?}"
    );
    assert_eq!(speaker(reported).map(|s| s.0), Some("inquiry"), "{qs:#?}");
    let partial = qs
        .iter()
        .find(|q| q.mode == QuoteMode::Direct)
        .expect("quoted fragment");
    assert_eq!(speaker(partial).map(|s| s.0), Some("inquiry"), "{qs:#?}");
}

/// "Ebba Clemow of the growers' association told …": the person before
/// "of" speaks for the group, whether or not an owner stands in its name.
#[test]
fn a_person_of_a_group_speaks_for_it() {
    for body in [
        "Ebba Clemow of the growers' association told the radio she had not slept.",
        "Ebba Clemow of the association told the radio she had not slept.",
    ] {
        let q = one(body, QuoteMode::Indirect);
        assert_eq!(speaker(&q).map(|s| s.0), Some("Ebba Clemow"), "{body}");
    }
}

/// "Late on Sunday, …": a time adverb opening the sentence is no name.
#[test]
fn late_opening_a_sentence_is_no_name() {
    let body = "Late on Sunday, at 21:40, he and thousands of other shoppers received an \
                email from the shop saying their orders had been cancelled.";
    let qs = quotes(body);
    assert!(
        qs.iter()
            .all(|q| q.speaker.as_ref().is_none_or(|s| s.text != "Late")),
        "{qs:#?}"
    );
}

#[test]
fn an_owned_institution_speaks_without_its_owner() {
    let body = "In Halbruck, Dunmarra’s coast guard said the ferry would stay in port until May.";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(q.text, "the ferry would stay in port until May");
    assert_eq!(speaker(&q), Some(("coast guard", SpeakerLink::Group)));
    check_speaker_span(body, &q);
    // A group of people keeps its owner, not the owner's honorific.
    let body = "Mr Orlan's critics in Halbruck say he sold the ferry for nothing.";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(speaker(&q), Some(("Orlan's critics", SpeakerLink::Group)));
    let body = "The broadcast reached 900,000 homes, the station said.";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(q.text, "The broadcast reached 900,000 homes");
    assert_eq!(speaker(&q), Some(("station", SpeakerLink::Group)));
}

#[test]
fn a_subject_then_a_quoted_predicate_is_a_mixed_quote() {
    let body = "Premier Ilse Marrow spoke on Friday. She said on the radio that \
                opponents \"have not read the plan\".";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(q.text, "opponents \"have not read the plan\"");
    assert_eq!(speaker(&q).map(|s| s.0), Some("Ilse Marrow"));
    assert_eq!(one(body, QuoteMode::Direct).text, "have not read the plan");
    // One word that is no subject: the direct quote alone.
    let body = "Premier Ilse Marrow spoke on Friday. She warned of \"grave harm to the harbour\".";
    assert!(
        of(body, QuoteMode::Indirect).is_empty(),
        "{:#?}",
        quotes(body)
    );
    let body = "Premier Ilse Marrow spoke on Friday. She said that \"the harbour is closed\".";
    assert!(
        of(body, QuoteMode::Indirect).is_empty(),
        "{:#?}",
        quotes(body)
    );
}

#[test]
fn lowercase_role_before_name_after_quote() {
    for role in [
        "rescue chief",
        "site manager",
        "the deputy fire chief",
        "AHN chief executive",
        "Tarvel Mining chairman",
    ] {
        let body = format!(
            "Flooding closed the Tarvel shaft on Monday. “Every one of them walked out,” {role} Odile Brantz told reporters at the gate."
        );
        let q = one(&body, QuoteMode::Direct);
        assert_eq!(
            speaker(&q),
            Some(("Odile Brantz", SpeakerLink::NameAfter)),
            "{body}"
        );
        assert_eq!(q.verb.as_deref(), Some("told"));
        check_speaker_span(&body, &q);
        // "told reporters at the gate" reports nothing of its own.
        assert!(of(&body, QuoteMode::Indirect).is_empty(), "{body}");
    }
    // A conjunction is not a role: the quote stays unattributed.
    let body = "“Every one of them walked out,” and Odile Brantz told reporters at the gate.";
    assert!(of(body, QuoteMode::Direct)
        .iter()
        .all(|q| q.speaker.is_none()));
}

#[test]
fn told_addressee_and_place_reports_nothing() {
    let body = "Odile Brantz told reporters at the gate. She looked tired.";
    assert!(
        of(body, QuoteMode::Indirect).is_empty(),
        "{:#?}",
        quotes(body)
    );
    let body = "Odile Brantz told reporters at the gate that all nine men were safe.";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(q.text, "all nine men were safe");
    assert_eq!(speaker(&q).map(|s| s.0), Some("Odile Brantz"));
}

#[test]
fn name_inside_relative_clause_is_not_the_speaker() {
    let body = "Governor Pell Arvik spoke first. Merovia's Energy Minister Ilka Sorn, who spoke after Arvik, announced grants of 9,000 crowns for each family.";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(q.text, "grants of 9,000 crowns for each family");
    assert_eq!(speaker(&q).map(|s| s.0), Some("Ilka Sorn"));
    assert_eq!(q.verb.as_deref(), Some("announced"));
    check_speaker_span(body, &q);
    let body = "Governor Pell Arvik left in March. Energy Minister Ilka Sorn, who replaced Arvik, said the grants would be paid in May.";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(speaker(&q).map(|s| s.0), Some("Ilka Sorn"));
    let body = "Odile Brantz, whose crew found the men, said the shaft would stay shut until May.";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(speaker(&q).map(|s| s.0), Some("Odile Brantz"));
    // Nothing speakable before the clause: nobody, never the name inside.
    let body = "The Tarvel pit board, which Odile Brantz chairs, said the shaft would stay shut.";
    assert!(quotes(body)
        .iter()
        .all(|q| q.speaker.as_ref().is_none_or(|s| s.text != "Odile Brantz")));
}

#[test]
fn continuation_after_role_and_acronym_before_name() {
    let body = "“We are fixing the bridge with rope and hope,” TRB chief engineer Odalys Venkar told reporters outside the Brask depot. “No lorry has fallen in yet.”";
    let qs = of(body, QuoteMode::Direct);
    assert_eq!(qs.len(), 2, "{qs:#?}");
    assert_eq!(
        speaker(&qs[0]),
        Some(("Odalys Venkar", SpeakerLink::NameAfter))
    );
    assert_eq!(
        speaker(&qs[1]),
        Some(("Odalys Venkar", SpeakerLink::Continuation))
    );
    check_speaker_span(body, &qs[1]);
}

#[test]
fn continuation_stops_at_a_paragraph_break() {
    let body = "“We are fixing the bridge with rope and hope,” Odalys Venkar told reporters.\n\n“No lorry has fallen in yet.”";
    let qs = of(body, QuoteMode::Direct);
    assert_eq!(qs.len(), 2, "{qs:#?}");
    assert_eq!(speaker(&qs[1]), None);
}

#[test]
fn appositive_with_organisation_keeps_the_person() {
    let body = "Brannoc Tisler, the director of the Quellmark Water Authority, said the pumps had failed twice.";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(
        speaker(&q),
        Some(("Brannoc Tisler", SpeakerLink::NameBefore))
    );
    let body = "Brannoc Tisler, chief analyst at Quellmark Water Authority, said the pumps had failed twice.";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(
        speaker(&q),
        Some(("Brannoc Tisler", SpeakerLink::NameBefore))
    );
    check_speaker_span(body, &q);
}

#[test]
fn continuation_stops_when_another_person_is_named() {
    let body = "“We are fixing the bridge with rope and hope,” Odalys Venkar told reporters. Mayor Ruvin Castell frowned. “No lorry has fallen in yet.”";
    let qs = of(body, QuoteMode::Direct);
    assert_eq!(qs.len(), 2, "{qs:#?}");
    assert_eq!(
        speaker(&qs[0]),
        Some(("Odalys Venkar", SpeakerLink::NameAfter))
    );
    assert_eq!(speaker(&qs[1]), None);
}

#[test]
fn continuation_needs_the_very_next_sentence() {
    let body = "“We are fixing the bridge with rope and hope,” Odalys Venkar told reporters. The depot closed at noon. “No lorry has fallen in yet.”";
    let qs = of(body, QuoteMode::Direct);
    assert_eq!(qs.len(), 2, "{qs:#?}");
    assert_eq!(speaker(&qs[1]), None);
}

#[test]
fn role_between_commas_after_a_quote_and_no_clause_reported_past_it() {
    let body =
        "The camp is calm. “We have seen the tallies,” her spokeswoman, Mira Dautal, told us.";
    let q = one(body, QuoteMode::Direct);
    assert_eq!(speaker(&q), Some(("Mira Dautal", SpeakerLink::NameAfter)));
    assert!(of(body, QuoteMode::Indirect).is_empty());
}

#[test]
fn a_parenthesis_or_a_joined_verb_between_subject_and_speech_verb() {
    let body =
        "The town's oldest counter, Nils Ardan (no relation), says he is going home to sleep.";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(speaker(&q), Some(("Nils Ardan", SpeakerLink::NameBefore)));
    let body = "Her aide, Mira Dautal, spoke first. Chief Commissioner Wilma Marren spoke next. \
                Asked whether she expected one, the commissioner smiled and said she expected a long night.";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(q.text, "she expected a long night");
    assert_eq!(speaker(&q).map(|s| s.0), Some("Wilma Marren"));
}

#[test]
fn a_reduced_relative_leaves_its_document_head_the_speaker() {
    let body =
        "The ruling, signed by Judge Cassian Mandel, says the limit runs from the publication.";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(speaker(&q), Some(("ruling", SpeakerLink::Document)));
}

#[test]
fn an_institution_by_its_head_noun_is_the_one_named_before() {
    let body = "The Korval Electoral Commission ordered a recount. \
                The recount will cost about 1.2 million crowns, the commission said.";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(
        speaker(&q),
        Some(("Korval Electoral Commission", SpeakerLink::Group))
    );
}

#[test]
fn a_pronoun_opening_the_sentence_before_carries_its_person_on() {
    let body = "Yulia Kovren is speaking outside the gym. She thanked Wilma Marren by name. \
                “Nobody hurried her,” she said.";
    let q = one(body, QuoteMode::Direct);
    assert_eq!(speaker(&q).map(|s| s.0), Some("Yulia Kovren"));
}

#[test]
fn a_time_zone_or_a_weekday_is_never_a_speaker() {
    let body = "18:04 CET - Chief Commissioner Wilma Marren, reading from a sheet: “The count is complete.”";
    let q = one(body, QuoteMode::Direct);
    assert_ne!(speaker(&q).map(|s| s.0), Some("CET"));
}

#[test]
fn a_name_before_asides_speaks_not_the_names_inside_them() {
    let body = "Ilse Marrow, the mill's head of safety, who reports to the owner, \
                Pavo Lind, said the valve had failed.";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(speaker(&q), Some(("Ilse Marrow", SpeakerLink::NameBefore)));
    let body = "Dr Tomas Quell, the surgeon treating Mr Lind, said that most patients recover.";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(speaker(&q), Some(("Tomas Quell", SpeakerLink::NameBefore)));
}

#[test]
fn a_person_of_an_organisation_speaks_for_herself() {
    let body =
        "But Ilse Marrow of the Velde Patients’ Association said the minister had promised it.";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(speaker(&q), Some(("Ilse Marrow", SpeakerLink::NameBefore)));
}

#[test]
fn a_comma_grouping_digits_sets_off_nothing() {
    // "1,200" holds no clause comma: the relative clause ends at "plant,".
    let body = "The firm, which employs some 1,200 people at the plant, said no other product was affected.";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(q.text, "no other product was affected");
    assert_eq!(speaker(&q).map(|(_, how)| how), Some(SpeakerLink::Group));
}

#[test]
fn a_document_from_its_source_speaks_not_the_source() {
    let body = "A joint statement from the two agencies, issued at noon, said the batches were \
                \"unlikely to cause lasting harm\".";
    let q = one(body, QuoteMode::Direct);
    assert_eq!(
        speaker(&q),
        Some(("joint statement", SpeakerLink::Document))
    );
}

#[test]
fn a_name_modifying_a_noun_or_a_number_word_is_nobody() {
    // "A Kessel worker": the town's name modifies "worker".
    let body = "A Kessel worker said: “We made good pills here for years.”";
    let q = one(body, QuoteMode::Direct);
    assert_eq!(speaker(&q), None);
    // "One valve." opens a sentence inside the quote: not a name.
    let body = "One of the Kessel workers, leaving the shift: “We made good pills. One valve. That was all.”";
    let q = one(body, QuoteMode::Direct);
    assert_eq!(speaker(&q), None);
}

#[test]
fn a_clause_after_but_is_not_what_its_verb_reports() {
    // "…, but he wrote last week …": the clause before "but" is what Quell
    // said, not what he wrote.
    let body = "Foreign Minister Tomas Quell said on Monday that Maravel had \"full confidence\" \
                in the court, but he wrote last week to his counterpart.";
    let found = of(body, QuoteMode::Indirect);
    assert!(
        found
            .iter()
            .all(|q| !q.text.starts_with("Foreign Minister")),
        "{found:#?}"
    );
    let direct = one(body, QuoteMode::Direct);
    assert_eq!(
        speaker(&direct),
        Some(("Tomas Quell", SpeakerLink::NameBefore))
    );
}

#[test]
fn words_posted_with_a_photograph_are_the_posters() {
    let body = "In Velmark, Ilse Marrow posted a photograph of the crown with the words \
                \"Welcome back. Now come home.\"";
    let q = one(body, QuoteMode::Direct);
    assert_eq!(q.text, "Welcome back. Now come home");
    assert_eq!(speaker(&q).map(|(name, _)| name), Some("Ilse Marrow"));
    // A banner's words are a slogan, not speech.
    let body = "Protesters carried a banner with the words \"No more dams\" through the town.";
    assert!(of(body, QuoteMode::Direct).is_empty());
}

#[test]
fn an_unnamed_spokeswoman_speaks_for_the_name_opening_the_sentence() {
    let body = "Orsk Mining Company raised its prices in June, a spokeswoman said, and expected to settle \
                “within weeks, not months”.";
    let q = one(body, QuoteMode::Direct);
    assert_eq!(
        speaker(&q).map(|(name, _)| name),
        Some("Orsk Mining Company")
    );
    // A one-word short name of an organisation, also read as a surname
    // where it speaks ("Orsk said").
    let body = "The crown is insured by Orsk Fine Art Underwriters. Orsk had raised premiums \
                in June, a spokeswoman said. Two collectors have asked for pieces back, Orsk said.";
    let found = of(body, QuoteMode::Indirect);
    let q = found
        .iter()
        .find(|q| q.text.starts_with("Orsk had"))
        .expect("the premiums");
    assert_eq!(speaker(q).map(|(name, _)| name), Some("Orsk"));
    // No name opens the sentence: nobody.
    let body = "Prices would rise in June, a spokesman said.";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(speaker(&q), None);
}

#[test]
fn a_document_with_an_owner_left_unresolved_is_its_own_words() {
    let body = "Three men were charged. Its charge sheet, seen by reporters, says the men \
                had rented the garage for six months.";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(speaker(&q), Some(("charge sheet", SpeakerLink::Document)));
}

#[test]
fn a_group_from_a_named_organisation_speaks_for_it() {
    let body =
        "Observers from the Velde Ballot Network said the count had been \"slow and clean\".";
    let q = one(body, QuoteMode::Direct);
    assert_eq!(
        speaker(&q),
        Some(("Velde Ballot Network", SpeakerLink::Group))
    );
    // A place in the phrase is no organisation.
    let body = "Security sources in Lunmar said the talks had failed.";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(speaker(&q), Some(("Security sources", SpeakerLink::Group)));
}

#[test]
fn a_role_word_inside_an_institutions_name_is_no_title() {
    let body = "Velmark General Hospital says 19 patients have now been treated.";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(
        speaker(&q),
        Some(("Velmark General Hospital", SpeakerLink::NameBefore))
    );
    let body = "Secretary General Ilse Marrow said the talks had failed.";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(speaker(&q), Some(("Ilse Marrow", SpeakerLink::NameBefore)));
}

#[test]
fn the_firm_is_the_business_named_last() {
    let body = "Orsk Chemicals shut its plant in Velmark on Friday. The firm, which employs \
                some 1,200 people, said no other product was affected.";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(speaker(&q).map(|(name, _)| name), Some("Orsk Chemicals"));
}

#[test]
fn a_nested_quote_told_by_a_title_is_the_titles_holder() {
    let body = "The chief commissioner, Ilse Marrow, ordered a recount. Pavo Lind counts votes. \
                “The commissioner told us on day one, ‘Every ballot gets two pairs of eyes.’ \
                So that is what we do,” Lind said.";
    let nested: Vec<Quote> = quotes(body)
        .into_iter()
        .filter(|q| q.text.starts_with("Every ballot"))
        .collect();
    assert_eq!(nested.len(), 1, "{nested:#?}");
    assert_eq!(
        speaker(&nested[0]).map(|(name, _)| name),
        Some("Ilse Marrow")
    );
}

#[test]
fn she_is_the_woman_just_given_as_speaker() {
    // Mrs Lind is known to be a woman and named earlier; Ilse Marrow was
    // just given as the speaker, so "she" is Marrow.
    let body = "Mrs Orla Lind said her son had called at dawn. \
                The street had been dark for a week, said Ilse Marrow, who runs the bakery. \
                “You could have parked a lorry there,” she said.";
    let q = one(body, QuoteMode::Direct);
    assert_eq!(speaker(&q).map(|(name, _)| name), Some("Ilse Marrow"));
}

#[test]
fn she_opening_a_sentence_is_the_one_who_spoke_in_the_sentence_before() {
    let body = "The crown is insured for €38 million, museum director Ilse Marrow told reporters \
                alongside Culture Minister Orla Lind. She said the museum would stay shut until Thursday.";
    let found = of(body, QuoteMode::Indirect);
    let q = found
        .iter()
        .find(|q| q.text.starts_with("the museum"))
        .expect("the second report");
    assert_eq!(speaker(q).map(|(name, _)| name), Some("Ilse Marrow"));
}

#[test]
fn a_fragment_inside_reported_speech_is_its_speakers_partial_quote() {
    let body =
        "Orsk Mining Company has issued a statement. The company \"accepts the findings in full\" \
                and will set aside €30 million, it says.";
    let q = one(body, QuoteMode::Direct);
    assert!(q.partial);
    assert_eq!(q.text, "accepts the findings in full");
    assert_eq!(q.verb.as_deref(), Some("says"));
    // "it": the name opening the sentence before.
    assert_eq!(
        speaker(&q).map(|(name, _)| name),
        Some("Orsk Mining Company")
    );
}

#[test]
fn his_company_is_the_business_that_owns_its_chief() {
    let body = "The pressure is on Ilse Marrow, Orskvale's chief executive. His company wrote \
                to pharmacies on Monday promising to cover \"every reasonable cost\".";
    let q = one(body, QuoteMode::Direct);
    assert_eq!(speaker(&q).map(|(name, _)| name), Some("Orskvale"));
}

#[test]
fn she_after_a_role_apposed_to_a_name_is_that_name() {
    let body = "Its chair, Wenna Trask, who spoke after Odile Marr had left the room, said the \
                board must see every log. “We will do our own work,” she said.";
    let q = one(body, QuoteMode::Direct);
    assert_eq!(speaker(&q).map(|s| s.0), Some("Wenna Trask"));
}

#[test]
fn it_after_a_document_that_spoke_is_that_document() {
    let body = "Odile Marr spoke first. The regulator’s statement said the review would cover \
                the settings. It added that a report would follow within 30 days.";
    let found = of(body, QuoteMode::Indirect);
    let by = |verb: &str| {
        found
            .iter()
            .find(|q| q.verb.as_deref() == Some(verb))
            .and_then(|q| q.speaker.as_ref())
            .map(|s| (s.text.as_str(), s.start))
    };
    assert!(by("said").is_some_and(|(t, _)| t == "regulator"));
    assert_eq!(by("added"), by("said"));
    // "Its charge sheet": an owner, not the thing that spoke before.
    let body = "Two men were charged, according to the Velm Bureau. Its charge sheet says the \
                men rented the shed.";
    let sheet = of(body, QuoteMode::Indirect)
        .into_iter()
        .find(|q| q.verb.as_deref() == Some("says"))
        .expect("the sheet's quote");
    assert_eq!(
        sheet.speaker.as_ref().map(|s| s.text.as_str()),
        Some("charge sheet")
    );
}

#[test]
fn a_nested_quote_of_someone_unnamed_is_no_ones() {
    let body = "“Then the guard came through and said, ‘Nobody move,’ and we cheered,” said \
                Tamsin Orle.";
    let inner = quotes(body)
        .into_iter()
        .find(|q| q.text.starts_with("Nobody"))
        .expect("the nested quote");
    assert_eq!(inner.speaker, None);
    let body =
        "\"The phone rang, and a voice from Harrowby said: 'Can you help?'\" said Tamsin Orle.";
    let inner = quotes(body)
        .into_iter()
        .find(|q| q.text.starts_with("Can you"))
        .expect("the nested quote");
    assert_eq!(inner.speaker, None);
    // Whispered, muttered, cried: speech verbs too.
    let body = "\"When she lay down, one of the policemen whispered, 'Is she yours now?' I told \
                him she was never mine,\" Tamsin Orle told the paper.";
    let inner = quotes(body)
        .into_iter()
        .find(|q| q.text.starts_with("Is she yours"))
        .expect("the nested quote");
    assert_eq!(inner.speaker, None);
}

#[test]
fn a_spokesman_speaks_for_the_organisation_named_before_the_word() {
    let body = "A Velm Rail spokesman said the line would reopen on Monday.";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(speaker(&q).map(|s| s.0), Some("Velm Rail"));
}

/// "The governor's letter said": the governor speaks through the letter,
/// a title alone where the report names no governor.
#[test]
fn a_document_whose_owner_resolves_to_no_one_is_its_owners_words() {
    let body = "Water rose all week. The governor’s letter said the dam was safe.";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(speaker(&q).map(|s| s.0), Some("governor"));
    // A document with no owner speaks for itself.
    let body = "Water rose all week. The joint statement said the dam was safe.";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(speaker(&q).map(|s| s.0), Some("joint statement"));
}

/// "The ministry's statement said": the ministry speaks, as the report
/// writes it where it names it nowhere, by its name where it does.
#[test]
fn an_institution_the_report_never_names_speaks_as_written() {
    let body = "Water rose all week. The regulator’s statement said the dam was safe.";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(speaker(&q).map(|s| s.0), Some("regulator"));
    // Named before by a name whose head comes before "of".
    let body = "The Velm Ministry of Water met on Monday. The ministry’s statement said the dam \
                was safe.";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(speaker(&q).map(|s| s.0), Some("Velm Ministry of Water"));
    // Named before: the institution speaks.
    let body = "The Velm Water Agency met on Monday. The agency’s statement said the dam was \
                safe.";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(speaker(&q).map(|s| s.0), Some("Velm Water Agency"));
}

#[test]
fn an_acronym_in_brackets_and_a_day_before_that_leave_the_speech_whole() {
    let body =
        "In Velm, the Tarvian Grid Office (TGO) said it had sent power across a second line.";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(speaker(&q).map(|s| s.0), Some("Tarvian Grid Office"));
    assert!(q.text.starts_with("it had sent power"), "{:?}", q.text);
    let body = "According to the Tarvian Grid Office (TGO), up to 900 megawatts flowed into Velm.";
    let q = one(body, QuoteMode::Indirect);
    assert!(q.text.starts_with("up to 900 megawatts"), "{:?}", q.text);
    let body =
        "The energy minister, Ilse Marrow, said yesterday that Velm would pay for the power.";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(q.text, "Velm would pay for the power");
}

#[test]
fn an_opening_place_then_a_clause_is_reported_and_its_spokeswoman_speaks_for_it() {
    let body = "At Velm General Hospital, a backup generator failed for 14 minutes and nurses \
                kept three patients breathing by hand, a hospital spokeswoman said.";
    let q = one(body, QuoteMode::Indirect);
    assert!(
        q.text.starts_with("At Velm General Hospital, a backup"),
        "{:?}",
        q.text
    );
    assert_eq!(speaker(&q).map(|s| s.0), Some("Velm General Hospital"));
    // An opening phrase alone reports nothing.
    let body = "At the talks, the minister said nothing new.";
    assert!(of(body, QuoteMode::Indirect).is_empty());
}

#[test]
fn an_estimate_is_reported_speech_and_estimates_are_not_a_speaker() {
    let body = "The outage cost the economy about €480 million, the Velm Institute estimates.";
    let q = one(body, QuoteMode::Indirect);
    assert_eq!(speaker(&q).map(|s| s.0), Some("Velm Institute"));
    let body = "The estimates rose again on Monday, and the river kept rising.";
    assert!(of(body, QuoteMode::Indirect).is_empty());
}
