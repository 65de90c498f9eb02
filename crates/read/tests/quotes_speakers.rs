//! Quote speakers on invented sentences (people and places invented): the
//! subject of a clause preferred over a person merely mentioned in it, and a
//! one-word modifier before a role not taken as the speaker; a title before
//! a name and one set off after it both held by the person.

mod common;

use common::speaker_of_any;
use crosscheck_read::quotes::{quotes, Quote, QuoteMode};

fn speaker_of(qs: &[Quote], words: &str) -> Option<String> {
    let q = qs
        .iter()
        .find(|q| q.mode == QuoteMode::Direct && q.text.contains(words))
        .unwrap_or_else(|| panic!("no direct quote with {words:?} in {qs:#?}"));
    q.speaker.as_ref().map(|s| s.text.clone())
}

#[test]
fn she_is_the_subject_of_the_sentence_before_not_the_person_it_mentions() {
    let body = "Minister Orla Brenn said she had called the Tavrish premier, Nessa Quill, \
                and asked for help. She said Palmar would pay \"no ransom of any kind\".";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "no ransom").as_deref(),
        Some("Orla Brenn"),
        "{qs:#?}"
    );
}

#[test]
fn he_is_the_subject_of_his_own_clause() {
    let body = "Rear Admiral Aldo Fenwick met the mediator, Piet Saarin, on Monday; \
                he told reporters afterwards that the ship was \"safe and dry\".";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "safe and dry").as_deref(),
        Some("Aldo Fenwick"),
        "{qs:#?}"
    );
}

#[test]
fn she_said_after_a_quote_goes_to_the_opener_of_the_sentence_before() {
    let body = "Lise Marrow, whose brother Tomas Marrow sails the ferry, wrote to Governor \
                Edvin Rask. \u{201c}We want the ferry back,\u{201d} she said.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "ferry back").as_deref(),
        Some("Lise Marrow"),
        "{qs:#?}"
    );
}

#[test]
fn a_demonym_before_a_role_is_not_the_speaker() {
    let body = "\"The harbour opens tomorrow,\" said Brannish envoy Ilse Korrow, who arrived late.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "harbour opens").as_deref(),
        Some("Ilse Korrow"),
        "{qs:#?}"
    );
}

#[test]
fn he_after_a_participle_opener_is_the_titled_subject_not_the_asker() {
    let body = "Defence Minister Ruben Castell spoke on Velta One on Friday. \
                Asked by host Anja Wirth whether the base would close, the minister paused. \
                \"That is for the cabinet,\" he said.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "for the cabinet").as_deref(),
        Some("Ruben Castell"),
        "{qs:#?}"
    );
}

#[test]
fn she_skips_a_nearer_person_of_unknown_sex_for_one_a_kin_noun_made_female() {
    let body = "Tomas Brell was still at sea. His wife, Anka Brell, stood beside Governor \
                Lev Sorin at the quay. \u{201c}We will wait for him,\u{201d} she said.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "wait for him").as_deref(),
        Some("Anka Brell"),
        "{qs:#?}"
    );
}

#[test]
fn a_pronoun_used_for_a_person_earlier_gives_their_sex() {
    // "Orla Venn … her" makes Venn a woman; "he" then skips her for Rusk,
    // although she opens the sentence before.
    let body = "Orla Venn, who spoke for her ministry, met Piet Rusk in Calvar. \
                Venn thanked the crew of the Daggen Star. \
                He said the ship would sail \"within the week\".";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "within the week").as_deref(),
        Some("Piet Rusk"),
        "{qs:#?}"
    );
}

#[test]
fn a_quote_inside_a_quote_has_the_speaker_named_inside() {
    let body = "Mirel Task, whose husband Oskar Task skippers the Lantern, wrote to Mayor \
                Ivo Prell. Her sister, Dana Task, said the skipper had radioed on Friday. \
                \u{201c}He said, \u{2018}Don\u{2019}t wait up, the sea is calm,\u{2019} and then \
                the radio went quiet,\u{201d} she said.";
    let qs = quotes(body);
    let inner = qs
        .iter()
        .find(|q| q.text.starts_with("Don\u{2019}t wait up"))
        .unwrap_or_else(|| panic!("no nested quote in {qs:#?}"));
    assert_eq!(
        inner.speaker.as_ref().map(|s| s.text.as_str()),
        Some("Oskar Task"),
        "{qs:#?}"
    );
    assert_eq!(
        speaker_of(&qs, "went quiet").as_deref(),
        Some("Dana Task"),
        "{qs:#?}"
    );
}

#[test]
fn a_quote_inside_a_quote_is_the_relative_who_said_it() {
    let body = "Ilse Marrow runs the bakery on Pier Road.\n\n\
“My son Tomas came back with the van and said, ‘They have shut the road, nobody is coming,’ \
and I laughed,” she said. Her son, Tomas Marrow, drives the deliveries.";
    let qs = crosscheck_read::quotes::quotes(body);
    let inner = qs
        .iter()
        .find(|q| q.text.starts_with("They have shut"))
        .expect("the nested quote has its own record");
    assert_eq!(
        inner.speaker.as_ref().map(|s| s.text.as_str()),
        Some("Tomas Marrow")
    );
    let body = "“My husband woke me and said, ‘Go now,’ and I ran,” she said. \
Her husband, Aurel Danko, stayed behind.";
    let qs = crosscheck_read::quotes::quotes(body);
    let inner = qs
        .iter()
        .find(|q| q.text.starts_with("Go now"))
        .expect("nested");
    assert_eq!(
        inner.speaker.as_ref().map(|s| s.text.as_str()),
        Some("Aurel Danko")
    );
}

#[test]
fn a_person_set_up_as_the_topic_is_the_pronouns_antecedent() {
    let body = "A spokeswoman, Britta Holm, said the road would reopen. \
Two drivers were fined, police said.\n\n\
For Wilma Sorel, the worst part is the waiting. “We were here first,” she said.";
    let qs = crosscheck_read::quotes::quotes(body);
    let q = qs
        .iter()
        .find(|q| q.text.starts_with("We were here"))
        .expect("quote");
    assert_eq!(
        q.speaker.as_ref().map(|s| s.text.as_str()),
        Some("Wilma Sorel")
    );
}

#[test]
fn a_pronoun_for_an_unnamed_someone_has_no_speaker() {
    let body = "Transport Minister Ada Wenholt said the bridge would stay shut.\n\n\
One lorry driver, who did not want to be named, had waited since dawn. \
“Nobody told us anything,” he said.";
    let qs = crosscheck_read::quotes::quotes(body);
    let q = qs
        .iter()
        .find(|q| q.text.starts_with("Nobody"))
        .expect("quote");
    assert_eq!(q.speaker, None);
    // A named someone is the speaker.
    let body = "Transport Minister Ada Wenholt said the bridge would stay shut.\n\n\
A driver, Piet Lommer, had waited since dawn. “Nobody told us anything,” he said.";
    let qs = crosscheck_read::quotes::quotes(body);
    let q = qs
        .iter()
        .find(|q| q.text.starts_with("Nobody"))
        .expect("quote");
    assert_eq!(
        q.speaker.as_ref().map(|s| s.text.as_str()),
        Some("Piet Lommer")
    );
}

#[test]
fn a_quote_inside_a_quote_after_a_name_is_that_persons() {
    let body = "Dagny Fehr spent the night in the terminal with her daughter Ilka.\n\n\
“Around midnight Ilka looked up at the board and said, ‘Mama, the planes are asleep,’ \
and I did not know what to answer,” she said.";
    let qs = crosscheck_read::quotes::quotes(body);
    let inner = qs
        .iter()
        .find(|q| q.text.starts_with("Mama"))
        .expect("nested");
    assert_eq!(
        inner.speaker.as_ref().map(|s| s.text.as_str()),
        Some("Ilka")
    );
}

#[test]
fn a_role_set_off_before_a_name_after_the_verb_is_that_person() {
    let body = "The judge agreed with the prosecutor.\n\n\
\"My client did all he could,\" said his lawyer, Ambrose Vettel.";
    let qs = crosscheck_read::quotes::quotes(body);
    let q = qs
        .iter()
        .find(|q| q.text.starts_with("My client"))
        .expect("quote");
    assert_eq!(
        q.speaker.as_ref().map(|s| s.text.as_str()),
        Some("Ambrose Vettel")
    );
}

#[test]
fn an_indefinite_spokeswoman_speaks_for_the_name_in_her_phrase_and_she_is_her_again() {
    let body = "\"The sheep will not graze,\" said Dorran Vell, who farms above the pass. \
                A Tarrowair spokeswoman said the airline had asked for three more gates. \
                \u{201c}We are grateful to the port,\u{201d} she told the Gazette.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "grateful").as_deref(),
        Some("Tarrowair"),
        "{qs:#?}"
    );
    assert_eq!(
        speaker_of_any(&qs, "three more gates").as_deref(),
        Some("Tarrowair")
    );
}

#[test]
fn she_after_a_role_apposed_past_a_conjunction_is_the_named_holder() {
    let body = "Mrs Venn says she has not slept. \
                But the harbour's director, Dr Ysolde Marrin, warned that the tide was rising. \
                \u{201c}Salt is heavy when it is wet,\u{201d} she said.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "Salt is heavy").as_deref(),
        Some("Ysolde Marrin"),
        "{qs:#?}"
    );
}

#[test]
fn she_opening_the_sentence_after_a_titled_speaker_is_the_title_holder() {
    let body = "Harbour Minister Idony Carrow thanked Ysolde Marrin at a briefing.\n\n\
                The piers closed at 02:00, the minister said. \
                She said that the state would pay \"for as long as it takes\".";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "as long as").as_deref(),
        Some("Idony Carrow"),
        "{qs:#?}"
    );
}

#[test]
fn a_document_owned_by_a_plain_common_noun_keeps_it_in_its_name() {
    let body = "The surge began at dawn, the Tamsk Tide Station said. \
                According to the lighthouse's bulletin, no pier had flooded.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of_any(&qs, "no pier").as_deref(),
        Some("lighthouse's bulletin"),
        "{qs:#?}"
    );
}

#[test]
fn an_owner_s_spokeswoman_apposed_to_her_name_after_the_quote_speaks() {
    let body =
        "\u{201c}We lost a barge, not our nerve,\u{201d} Tallowin's spokeswoman, Maris Ondrel, \
                told the Courier by telephone.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "not our nerve").as_deref(),
        Some("Maris Ondrel"),
        "{qs:#?}"
    );
}

#[test]
fn a_person_of_a_body_written_as_a_common_noun_speaks_for_herself() {
    let body = "Ilse Varnow of the port authority said the barge would sail again.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of_any(&qs, "sail again").as_deref(),
        Some("Ilse Varnow"),
        "{qs:#?}"
    );
}

#[test]
fn reported_clauses_before_a_clause_final_attribution() {
    // An owner's name opening the role before the name.
    let body = "The ferry will sail again at dawn tomorrow, with the night boat following \
                on Monday, Tarrowline chief executive Ansel Broome wrote in a post on X.";
    let qs = quotes(body);
    assert!(
        qs.iter()
            .any(|q| q.text.starts_with("The ferry will sail again")),
        "{qs:#?}"
    );
    assert_eq!(
        speaker_of_any(&qs, "The ferry will sail").as_deref(),
        Some("Ansel Broome")
    );
    // An inverted attribution: the subject follows the verb.
    let body = "The council will hold an inquiry into how the quay was run, \
                said a spokesman for the Tamsk Harbour Board.";
    let qs = quotes(body);
    assert!(
        qs.iter()
            .any(|q| q.text.starts_with("The council will hold")),
        "{qs:#?}"
    );
    assert_eq!(
        speaker_of_any(&qs, "The council will").as_deref(),
        Some("Tamsk Harbour Board")
    );
}

#[test]
fn the_airline_is_the_business_whose_shares_the_report_names() {
    let body = "Tarrowair shares fell 11 percent on Thursday. \
                The airline said passengers could rebook free of charge until March.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of_any(&qs, "rebook").as_deref(),
        Some("Tarrowair"),
        "{qs:#?}"
    );
}

#[test]
fn a_document_addressed_to_someone_speaks_past_a_bracketed_aside() {
    let body = "A TPA notice to skippers, issued at 07:00 EET on Sunday (06:00 CET), \
                said that ice had been seen off the pier.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of_any(&qs, "ice had been seen").as_deref(),
        Some("notice to skippers"),
        "{qs:#?}"
    );
}

#[test]
fn her_son_is_the_one_other_person_of_her_family_name() {
    let body = "Edda Pellow, 70, was asleep in the cottage where she was born. \
                Ansel Pellow, 41, drove his mother out of the valley. \
                \u{201c}I am not leaving the hens,\u{201d} Mrs Pellow said. \
                Her son says he will walk back across the fields if he has to.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of_any(&qs, "walk back").as_deref(),
        Some("Ansel Pellow"),
        "{qs:#?}"
    );
    // Two men of that name: no one is guessed.
    let body = "Edda Pellow, 70, was asleep in the cottage where she was born. \
                Ansel Pellow, 41, and his cousin Bram Pellow drove out of the valley. \
                Her son says he will walk back across the fields if he has to.";
    let qs = quotes(body);
    assert!(
        qs.iter()
            .all(|q| !q.text.contains("walk back") || q.speaker.is_none()),
        "{qs:#?}"
    );
}

#[test]
fn a_question_asked_is_reported_from_its_whether() {
    let body = "A reporter asks Minister Idony Carrow whether the harbour board warned \
                the council early enough.";
    let qs = quotes(body);
    let q = qs
        .iter()
        .find(|q| q.mode == QuoteMode::Indirect)
        .unwrap_or_else(|| panic!("{qs:#?}"));
    assert!(q.text.starts_with("whether the harbour board"), "{qs:#?}");
    assert_eq!(q.speaker, None, "{qs:#?}");
    // "asked X to …" reports no clause.
    let qs = quotes("Idony Carrow asked the harbour master to resign before the vote.");
    assert!(qs.iter().all(|q| q.mode != QuoteMode::Indirect), "{qs:#?}");
}

/// A live entry's stamp ("[10:40 CET] ", "11:05 CET - ") is no part of the
/// sentence it opens: the name after it is the sentence's subject, for the
/// speaker of its own words and for a pronoun in the next sentence.
#[test]
fn an_entry_stamp_does_not_hide_the_subject_after_it() {
    let body = "[08:45 CET] The team leader, Marek Polny, joins by video link from Tarvosk.\n\n\
                [10:40 CET] Polny, speaking from Tarvosk, says the water was the coldest he has \
                ever seen.\n\n\
                11:05 CET - Tomas Renn, who sits beside Polny in the front row, is applauded as \
                he stands. \"I spent eight days apologising,\" he says.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of_any(&qs, "the coldest").as_deref(),
        Some("Polny"),
        "{qs:#?}"
    );
    assert_eq!(
        speaker_of(&qs, "eight days").as_deref(),
        Some("Tomas Renn"),
        "{qs:#?}"
    );
}

/// A person known by a given name alone (after a kin noun, "Her son
/// Tobin", or as the first word of a full name) is a person: the subject
/// of a passive sentence, before a sentence that names no one, is who "he"
/// is, not the agent named in its "by" phrase.
#[test]
fn a_given_name_subject_holds_across_a_sentence_that_names_no_one() {
    let body = "Ilse Marrow waited for six days. Her son Tobin, 14, was the first out. \
                Tobin, a keen swimmer, was guided through the sump by Anders Kettle, who held \
                a line in one hand. The dive took about 40 minutes. \
                \u{201c}I kept my eyes shut,\u{201d} he said.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "eyes shut").as_deref(),
        Some("Tobin"),
        "{qs:#?}"
    );
}

/// "Instead she has spent …": a sentence adverb before the pronoun does not
/// hide that the sentence carries on with its person, not with the daughter
/// it names.
#[test]
fn a_sentence_adverb_before_the_pronoun_carries_its_person() {
    let body = "Marit Solberg had planned to fly on Monday. Instead she has spent two days \
                in the terminal with her daughter Runa. \u{201c}We have lived on sandwiches \
                for a day and a half,\u{201d} she said.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "sandwiches").as_deref(),
        Some("Marit Solberg"),
        "{qs:#?}"
    );
}

/// "him" right after a verb is someone else ("Judge Orwin also fined
/// him"): it says nothing of the judge's sex; and "Lake Vardeen" is a
/// place, no person a pronoun could stand for.
#[test]
fn an_object_pronoun_is_not_the_subject_and_a_lake_is_no_person() {
    let body = "Judge Celestine Orwin also fined him. The court took his villa on Lake \
                Vardeen.\n\nOrwin began reading at noon. \"A minister who sells a road sells \
                trust,\" she said.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "sells trust").as_deref(),
        Some("Celestine Orwin"),
        "{qs:#?}"
    );
}

/// A relative introduced by a kin noun ("Her son Tobin") is who "her son"
/// is later, and the one he was introduced as the son of is "his mother".
/// A kin the report never introduced ("his father") is no one.
#[test]
fn relatives_introduced_by_a_kin_noun_speak() {
    let body = "Ilse Marrow waited six days. Her son Tobin, 14, was the first out. \
                His mother says the worst part was the hunger. \
                Her son says he will start diving lessons in September.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of_any(&qs, "the hunger").as_deref(),
        Some("Ilse Marrow"),
        "{qs:#?}"
    );
    assert_eq!(
        speaker_of_any(&qs, "diving lessons").as_deref(),
        Some("Tobin"),
        "{qs:#?}"
    );
    let body = "Ilse Marrow waited six days. Her son Tobin, 14, was the first out. \
                His father says the worst part was the hunger.";
    let qs = quotes(body);
    assert!(qs.iter().all(|q| q.speaker.is_none()), "{qs:#?}");
}

/// "the instructor said" is an attribution by title, and its holder is the
/// person set off with that title ("the instructor, Torquil Renwick").
#[test]
fn a_teaching_title_alone_is_its_holder() {
    let body = "The last pupil came out with the instructor, Tamsin Quarle. Quarle sent a \
                message on Thursday night. \"Tell the parents their children were heroes,\" \
                the instructor said.";
    let qs = quotes(body);
    let q = qs
        .iter()
        .find(|q| q.text.contains("heroes"))
        .expect("the quote");
    assert_eq!(q.verb.as_deref(), Some("said"), "{qs:#?}");
    assert_eq!(
        speaker_of(&qs, "heroes").as_deref(),
        Some("Tamsin Quarle"),
        "{qs:#?}"
    );
}

/// A relative set off by commas after the kin noun ("his wife, Marit,")
/// is introduced as that relative, so "his wife said" is she and "Her
/// husband, Jory, says …" makes Jory the "he" after it.
#[test]
fn a_relative_set_off_by_commas_is_introduced() {
    let body = "Jory Kettleby, who runs the farm with his wife, Marit, found the ewes. \
                \"She took three,\" he told the paper. \"I heard the dogs first,\" his wife said.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "heard the dogs").as_deref(),
        Some("Marit"),
        "{qs:#?}"
    );
    let body = "Marit Kettleby tells the radio that the zoo paid. Her husband, Jory, says he \
                would rather the cat stayed. \"She is ours now,\" he says.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "ours now").as_deref(),
        Some("Jory"),
        "{qs:#?}"
    );
}

/// Words describing the person named right after them ("Head keeper
/// Orrin Vell", "Zoo boss Dr Anka Lisle") open the sentence's subject, so
/// the pronoun after is that person, not one named later in the sentence.
#[test]
fn a_descriptor_before_a_name_opens_the_subject() {
    let body = "Head keeper Orrin Vell, 58, carried her out while farmer Jory Kettleby held \
                the torch. \"She weighs 38 kilos,\" he said.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "38 kilos").as_deref(),
        Some("Orrin Vell"),
        "{qs:#?}"
    );
    // A preposition opening the sentence is no descriptor.
    let body = "After Orrin Vell left, Jory Kettleby held the torch. \"It was cold,\" he said.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "It was cold").as_deref(),
        Some("Jory Kettleby"),
        "{qs:#?}"
    );
}

/// "it said" after a sentence that opens with a document ("A joint
/// statement issued yesterday … was more cautious.") is that document,
/// though it spoke by no verb there.
#[test]
fn it_is_the_document_the_sentence_before_opens_with() {
    let body = "A joint statement issued yesterday by the two ministries was more cautious. \
                The cat will stay in Brackwater until the zoo passes an inspection, it said.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of_any(&qs, "stay in Brackwater").as_deref(),
        Some("joint statement"),
        "{qs:#?}"
    );
    // A sentence opening with anything else gives "it" no speaker.
    let body = "The weather was more cautious. The cat will stay in Brackwater, it said.";
    let qs = quotes(body);
    assert_eq!(speaker_of_any(&qs, "stay in Brackwater"), None, "{qs:#?}");
}

/// "…, the Brackwater Ministry's press office said": a named body
/// speaking through its office is the body; a verb inside the clause such
/// a trailing attribution reports ("has thanked") is part of what was
/// said, while a speech verb in the middle of it ("that Tamsk says are …")
/// keeps its own quote.
#[test]
fn a_named_bodys_office_and_verbs_inside_a_reported_clause() {
    let body = "Brackwater has thanked Tamsk for lending its vet, and the search has cost \
                420,000 crowns so far, the Brackwater Ministry's press office said.";
    let qs = quotes(body);
    assert_eq!(qs.len(), 1, "{qs:#?}");
    assert_eq!(
        speaker_of_any(&qs, "has thanked Tamsk").as_deref(),
        Some("Brackwater Ministry"),
        "{qs:#?}"
    );
    let body = "The talks failed after the envoy gave no assurances on groups that Tamsk says \
                are using its soil to plan attacks, Brackwater's information minister said.";
    let qs = quotes(body);
    assert!(
        qs.iter().any(|q| q.text.starts_with("are using its soil")),
        "{qs:#?}"
    );
}

/// A name with its acronym in brackets, then an aside, then the verb:
/// "Green Paws Veldonia (GPV), an animal-rights group, said …".
#[test]
fn a_name_with_its_acronym_before_an_aside_speaks() {
    let body = "Green Paws Veldonia (GPV), an animal-rights group, said it had nothing to do \
                with the break-in.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of_any(&qs, "nothing to do").as_deref(),
        Some("Green Paws Veldonia"),
        "{qs:#?}"
    );
}

/// "asked the minister why …": a reported question from its question
/// word, the asker its speaker.
#[test]
fn a_question_asked_with_why_is_reported() {
    let body = "In parliament on Tuesday, Tansy Orlake asked Environment Minister Orrin Vell \
                why the zoo had stayed open after the inspectors found a rusted lock.";
    let qs = quotes(body);
    let q = qs
        .iter()
        .find(|q| q.text.starts_with("why the zoo"))
        .unwrap_or_else(|| panic!("no question in {qs:#?}"));
    assert_eq!(
        q.speaker.as_ref().map(|s| s.text.as_str()),
        Some("Tansy Orlake")
    );
}

/// A quoted question or exclamation with its speaker named after it ("…
/// of what?" Hrubeš said) is that speaker's.
#[test]
fn a_quoted_question_is_its_named_speakers() {
    let body = "Forester Bohumil Hrubeš was given a medal. \"People ask me if I was \
                afraid. Afraid of what?\" Hrubeš said at the ceremony. \"Never!\" Hrubeš added.";
    let qs = quotes(body);
    for words in ["Afraid of what", "Never"] {
        let speaker = speaker_of(&qs, words).unwrap_or_else(|| panic!("no speaker: {qs:#?}"));
        assert!(speaker.contains("Hrubeš"), "{speaker}");
    }
}

/// A name ending like a verb or an adverb ("Winifred", "Emily") opening a
/// sentence is still a name; a word the body also writes in lower case
/// ("Finally" / "finally") is not part of the name after it.
#[test]
fn a_name_ending_in_ed_or_ly_opens_its_sentence() {
    let body = "Winifred Cattermole said she would fly again \"tomorrow\". \
                Emily Sarn told reporters the crew was \"shaken but fine\".";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "tomorrow").as_deref(),
        Some("Winifred Cattermole")
    );
    assert_eq!(speaker_of(&qs, "shaken").as_deref(), Some("Emily Sarn"));
    let body = "The crew finally landed. Finally Sarn said: \"We are home.\"";
    let qs = quotes(body);
    assert_eq!(speaker_of(&qs, "We are home").as_deref(), Some("Sarn"));
}

/// A name with an age set off after it, then a relative clause, speaks
/// ("His daughter Clemency, 29, who …, said: “…”"); the quote after "said:"
/// is never taken for its own speaker.
#[test]
fn an_age_and_a_relative_clause_leave_the_name_the_subject() {
    let body = "His daughter Clemency, 29, who drove the chase truck, said: “Dad hasn’t slept.”";
    let qs = quotes(body);
    assert_eq!(speaker_of(&qs, "Dad hasn").as_deref(), Some("Clemency"));
    let body = "The crowd, who had waited all night in the cold, said: “We are tired.”";
    let qs = quotes(body);
    let speaker = speaker_of(&qs, "We are tired");
    assert!(
        speaker.as_deref().is_none_or(|s| !s.contains("tired")),
        "{speaker:?}"
    );
}

/// "she laughed" after a quote names its speaker, as "she joked" does.
#[test]
fn laughed_attributes_a_quote() {
    let body = "Winifred Cattermole is recovering in hospital. \
                “I’ve had worse birthdays,” she laughed.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "worse birthdays").as_deref(),
        Some("Winifred Cattermole")
    );
}

/// A quote standing alone after "Asked …, X did not hesitate." is X's
/// answer; the pronoun inside the "Asked" clause is not the speaker.
#[test]
fn the_one_asked_answers() {
    let body = "Asked if she would fly again, Granny Win did not hesitate. “Try and stop me!”";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "Try and stop me").as_deref(),
        Some("Granny Win")
    );
    // Without the question, a lone quote after a sentence has no speaker.
    let body = "Granny Win did not hesitate. “Try and stop me!”";
    let qs = quotes(body);
    assert_eq!(speaker_of(&qs, "Try and stop me"), None);
}

/// "her" after a preposition of place is someone else ("squeezed in beside
/// her"), not a sign that the subject is a woman; a kin noun before a full
/// name is a title ("Grandson Tobin Marchbank"), before a lone given name
/// part of a nickname ("Nana Ros").
#[test]
fn an_object_her_and_kin_titles() {
    let body = "Tobin Marchbank was squeezed in beside her when pilot Ivo Stell shouted. \
                “I thought I’d lost my nan,” he said.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "lost my nan").as_deref(),
        Some("Tobin Marchbank")
    );
    let body = "Grandson Tobin Marchbank paid for the flight. “It was a gift,” he said.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "It was a gift").as_deref(),
        Some("Tobin Marchbank")
    );
    // "Dad" and "Mum" before a given name are titles, not a nickname.
    let body = "Dad Owen, 47, said: “He never left the beach.”";
    let qs = quotes(body);
    assert_eq!(speaker_of(&qs, "never left").as_deref(), Some("Owen"));
    let body = "Nana Ros lost her hat in the fall. “I have others,” she said.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "I have others").as_deref(),
        Some("Nana Ros")
    );
}

/// An institution "in neighbouring <country>", its acronym in brackets or
/// not, speaks, not the country.
#[test]
fn an_institution_in_a_neighbouring_country_speaks() {
    let body = "The Harl Marine Institute (HMI) in neighbouring Ostravia said three whales \
                carried tags. The Harl Marine Institute in neighbouring Ostravia, which tagged \
                the matriarch, says she is leading the pod north.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of_any(&qs, "three whales").as_deref(),
        Some("Harl Marine Institute")
    );
    assert_eq!(
        speaker_of_any(&qs, "leading the pod").as_deref(),
        Some("Harl Marine Institute")
    );
}

/// "Tobin watched as Muffin and her mother were pushed out": the "her"
/// after another name is not a sign that Tobin is a woman, so "he said"
/// after it is still Tobin's.
#[test]
fn a_pronoun_after_another_name_says_nothing_of_the_subjects_sex() {
    let body = "Tobin Marsh, 10, loves seals. Tobin sat on Grell Sands feeding a pup he \
                called Muffin, while his dad Owen dug a channel. “She looked so sad,” Tobin told \
                the Courier. Tobin watched as Muffin and her mother were pushed out with six \
                others at 3pm, his dad in the surf beside them. “She went under and came up,” \
                he said.";
    let qs = quotes(body);
    assert_eq!(speaker_of(&qs, "went under").as_deref(), Some("Tobin"));
}

/// The one told ("told the Rattle:") is not the speaker of the quote after
/// the colon; an unnamed volunteer leaves it without one.
#[test]
fn the_paper_told_is_not_the_speaker() {
    let body = "One volunteer, who gave no name, told the Rattle: “They deafened them.”";
    let qs = quotes(body);
    assert_eq!(speaker_of(&qs, "deafened"), None);
}

/// "Asked by Ursula Wetherell whether he would apologise, he says: …": the
/// one asking is no antecedent of the answer's pronoun.
#[test]
fn the_one_asking_is_not_the_one_answering() {
    let body = "Chief executive Barnaby Quillfeather gave evidence. Quillfeather tells the \
                committee the ship fired its guns. Asked by the opposition's Ursula Wetherell \
                whether he would apologise, he says: \"For what?\"";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "For what").as_deref(),
        Some("Barnaby Quillfeather")
    );
}

/// "Within minutes he had forwarded it …: “…”": a preposition opening the
/// sentence is no name; a tabloid's "Schoolboy" before a name is a title.
#[test]
fn an_opening_preposition_and_a_tabloid_title() {
    let body = "Schoolboy Lorcan Quill, 17, was sent the paper at 10pm. Within minutes he had \
                forwarded it to his teacher with four words: “Miss, this is real.”";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "this is real").as_deref(),
        Some("Lorcan Quill")
    );
}

/// A quote standing alone right after reported speech that closes with its
/// attribution ("…, he said.") goes on in that speaker's words; one after a
/// sentence whose attribution stands inside it does not.
#[test]
fn a_quote_after_reported_speech_goes_on_in_its_speaker_s_words() {
    let body = "Levente Szarvas denied the charge. Silver iodide could thicken clouds, he \
                said. \"But it cannot build a thunderstorm out of a blue sky.\"";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "But it cannot").as_deref(),
        Some("Levente Szarvas"),
        "{qs:#?}"
    );
    let body = "Levente Szarvas denied the charge. Silver iodide, he said, could thicken \
                clouds that were there. \"But it cannot build a thunderstorm out of a blue sky.\"";
    let qs = quotes(body);
    assert_eq!(speaker_of(&qs, "But it cannot"), None, "{qs:#?}");
}

/// "the 19-year-old law student said": a descriptor with an age and a
/// profession names the person the report last named, even a paragraph
/// back.
#[test]
fn an_aged_descriptor_names_the_person_last_named() {
    let body = "Tadeas Marek was still awake at one when a friend sent him a link.\n\n\
                \"At first I thought somebody had hacked the shop,\" the 19-year-old law \
                student said in his kitchen.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "At first").as_deref(),
        Some("Tadeas Marek"),
        "{qs:#?}"
    );
}

/// A profession a tabloid writes as a title before a name ("Lawyer Vendula
/// Sopel") is no part of the speaker's name.
#[test]
fn a_profession_written_as_a_title_is_no_part_of_the_name() {
    let body = "The minister has accused the firm. Lawyer Vendula Sopel, who is leading a \
                complaint, said the vouchers were \"an insult with a barcode\".";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "an insult").as_deref(),
        Some("Vendula Sopel"),
        "{qs:#?}"
    );
}

/// A secretary who heads a ministry is "the minister" later on; a union's
/// general secretary is not.
#[test]
fn the_minister_is_the_secretary_who_heads_a_ministry() {
    let body = "Harbours Secretary Idony Carrow told parliament the piers would reopen.\n\n\
                \"Nobody will be left on the quay,\" the minister said.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "left on the quay").as_deref(),
        Some("Idony Carrow"),
        "{qs:#?}"
    );
    let body = "General Secretary Idony Carrow told the dockers' union the piers would reopen.\n\n\
                \"Nobody will be left on the quay,\" the minister said.";
    let qs = quotes(body);
    assert_eq!(speaker_of(&qs, "left on the quay"), None, "{qs:#?}");
}

/// A role set off by commas after a quote may say where or whose it is
/// ("the warden of Tarrow Priory", "the head teacher at Elowen's school").
#[test]
fn a_role_with_its_place_set_off_before_the_name_after_a_quote() {
    let body = "Crowds lined the quay at dawn. \"Half the town learned to row here,\" \
                the warden at Tarrow's priory, Hesketh Vane, told us. \
                \"The other half are learning today.\"";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "learned to row").as_deref(),
        Some("Hesketh Vane"),
        "{qs:#?}"
    );
    assert!(
        !qs.iter().any(|q| q.mode == QuoteMode::Indirect),
        "the role is no reported clause: {qs:#?}"
    );
}

/// "Her father and coach, X": the gendered noun of a role joined to the
/// one before the name gives X's sex, so a later "X says she is …" (the
/// daughter) does not make X a woman, and "he said" is X.
#[test]
fn a_gendered_noun_joined_to_a_role_before_a_name_gives_its_sex() {
    let body = "Ysella Tramore has been swimming for seven hours.\n\n\
                Her father and coach, Crispin Vantrell, told us the tracker had failed, not his \
                daughter. \"She never stopped once,\" he said.\n\n\
                Crispin says she is cold but cheerful.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "never stopped").as_deref(),
        Some("Crispin Vantrell"),
        "{qs:#?}"
    );
}

/// The source of "according to X" spoke the clause before; "He says" in
/// the next sentence is X again, not a man named further back.
#[test]
fn he_after_an_according_to_source_is_that_source() {
    let body = "Her father, Crispin Vantrell, watched from the deck.\n\n\
                The sea is at 14 degrees, according to her pilot, Zbynek Harrow, who has kept \
                his boat beside her all night. He says the tide has turned \"at last\".";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "at last").as_deref(),
        Some("Zbynek Harrow"),
        "{qs:#?}"
    );
}

#[test]
fn a_name_with_its_acronym_speaks_over_a_relative_clause() {
    let body = "The Velde River Authority (VRA), which runs the weir, said in a statement that \
                the gates would stay shut \"until the pool is safe\".";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "until the pool").as_deref(),
        Some("Velde River Authority"),
        "{qs:#?}"
    );
}

#[test]
fn a_long_reduced_relative_clause_leaves_its_head_the_subject() {
    let body = "The weir inquiry met in Tamsk. Its report, published on Monday after two days of \
                hearings and evidence from 17 witnesses, says the gates had never been \
                tested, and that the keeper \"did what he could\".";
    let qs = quotes(body);
    let q = qs
        .iter()
        .find(|q| q.text.contains("gates had never been tested"))
        .unwrap_or_else(|| panic!("{qs:#?}"));
    assert!(q.text.starts_with("the gates"), "{qs:#?}");
    assert_eq!(
        speaker_of_any(&qs, "gates had never").as_deref(),
        Some("report"),
        "{qs:#?}"
    );
}

#[test]
fn a_title_before_the_name_and_one_set_off_after_it_are_both_held() {
    // "the engineer" is Professor Ilka Morrow, "the structural engineer"
    // the report set off after her name, whatever clause follows it.
    for apposition in [
        "the structural engineer",
        "the structural engineer the ministry has asked to examine the wreckage",
    ] {
        let body = format!(
            "Professor Ilka Morrow, {apposition}, says the storm was only the last straw. \
             “A roof does not fail in an afternoon,” the engineer says."
        );
        let qs = quotes(&body);
        assert_eq!(
            speaker_of(&qs, "does not fail").as_deref(),
            Some("Ilka Morrow"),
            "{qs:#?}"
        );
    }
}

#[test]
fn a_role_with_its_owner_named_set_off_before_the_name_after_said() {
    let body = "The tie kicked off at 18:00. \"We are rivals for 90 minutes at a time,\" \
                said Velmora's chairwoman, Ottilie Brask.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "rivals for 90").as_deref(),
        Some("Ottilie Brask"),
        "{qs:#?}"
    );
}

#[test]
fn the_statement_is_of_whoever_said_it_in_one_just_before() {
    let body = "The tie will be played on Friday, the Orvane Football Union said in a statement. \
                \"Safety comes before any calendar,\" the statement said.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "Safety comes").as_deref(),
        Some("Orvane Football Union"),
        "{qs:#?}"
    );
    // A statement of nobody said before speaks for itself.
    let body = "The tie will be played on Friday. \"Safety comes before any calendar,\" the statement said.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "Safety comes").as_deref(),
        Some("statement"),
        "{qs:#?}"
    );
}

#[test]
fn a_registrar_named_with_her_office_is_the_registrar_who_speaks_later() {
    let body =
        "The Vell Materials Registry approved the form on Friday. Its registrar, Dr Ilse Varn, \
                points out that the form asks whether the goods will return. \
                “Somebody ticked the wrong box,” the registrar says.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "wrong box").as_deref(),
        Some("Ilse Varn"),
        "{qs:#?}"
    );
}

#[test]
fn its_own_figures_are_those_of_the_body_the_words_are_about() {
    let body = "Tallow says it has nothing to apologise for. The Vell Customs Directorate stopped \
                63 shipments last year, according to its own figures.";
    let qs = quotes(body);
    let q = qs
        .iter()
        .find(|q| q.mode == QuoteMode::Indirect && q.text.contains("63 shipments"))
        .unwrap_or_else(|| panic!("{qs:#?}"));
    assert_eq!(
        q.speaker.as_ref().map(|s| s.text.as_str()),
        Some("Vell Customs Directorate"),
        "{qs:#?}"
    );
}

/// "The institute …, according to its statement, which said …": the
/// institution the sentence opens with, named before, owns the statement.
#[test]
fn its_statement_is_that_of_the_institution_opening_the_sentence() {
    let body = "The Varrow Polar Institute has been criticised. The institute received the memo \
                on February 12, according to its statement, which said the warning \"was read \
                and weighed\" by senior staff.";
    let qs = quotes(body);
    let q = qs
        .iter()
        .find(|q| q.mode == QuoteMode::Direct && q.text.contains("read and weighed"))
        .unwrap_or_else(|| panic!("{qs:#?}"));
    assert_eq!(
        q.speaker.as_ref().map(|s| s.text.as_str()),
        Some("Varrow Polar Institute"),
        "{qs:#?}"
    );
}

#[test]
fn someone_of_a_persons_unnamed_reports_words_with_no_speaker() {
    for (who, verb) in [
        ("Her lawyer", "said"),
        ("His brother", "told the Courier"),
        ("Their aides", "say"),
    ] {
        let body = format!(
            "Ana Kovac is recovering in hospital. {who} {verb} that the engineer is cooperating with prosecutors."
        );
        let qs = quotes(&body);
        let q = qs
            .iter()
            .find(|q| q.mode == QuoteMode::Indirect && q.text.contains("cooperating"))
            .unwrap_or_else(|| panic!("{body}: {qs:#?}"));
        assert!(q.speaker.is_none(), "{body}: {q:#?}");
    }
}

#[test]
fn a_document_before_an_irregular_participle_aside_speaks_for_its_owner() {
    let body = "Haldor Venn did not come to the hearing on Tuesday. His written statement, read out \
                by the panel's secretary, says he \"accepts full responsibility\" for the certificate.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "accepts full").as_deref(),
        Some("Haldor Venn"),
        "{qs:#?}"
    );
}

#[test]
fn she_after_a_club_role_and_name_is_the_person_not_the_club() {
    let body = "Grevsund Harriers lost the tie on Friday. Harriers chief executive Maja Ekerholt \
                has finished her submission. She argued that the club should forfeit the tie.";
    let qs = quotes(body);
    let q = qs
        .iter()
        .find(|q| q.text.contains("forfeit"))
        .unwrap_or_else(|| panic!("{qs:#?}"));
    assert_eq!(
        q.speaker.as_ref().map(|s| s.text.as_str()),
        Some("Maja Ekerholt"),
        "{qs:#?}"
    );
}

#[test]
fn a_look_written_before_a_name_is_no_part_of_it() {
    let body = "The architect was not amused. Silver-haired Sorel Vantic branded the claims \
                \"nonsense from the internet\" and went home.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "nonsense").as_deref(),
        Some("Sorel Vantic"),
        "{qs:#?}"
    );
}

#[test]
fn the_judge_is_the_justice_presiding() {
    let body = "Justice Tamsin Hobart, presiding, opened the appeal on Monday. \
                \"We are here to decide whether an aeroplane can be taken,\" the judge said.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "aeroplane").as_deref(),
        Some("Tamsin Hobart"),
        "{qs:#?}"
    );
}

#[test]
fn the_chairman_is_the_one_named_after_lowercase_role_words() {
    let body =
        "A jury meets today.\n\n02:06\nJury chairman Mirel Bastan opens by saying the panel \
                \"has not made up its mind\".\n\n03:40\nThe hearing has paused. The chairman said \
                the jury would announce its decision tomorrow.";
    let qs = quotes(body);
    let q = qs
        .iter()
        .find(|q| q.text.contains("announce its decision"))
        .unwrap_or_else(|| panic!("{qs:#?}"));
    assert_eq!(
        q.speaker.as_ref().map(|s| s.text.as_str()),
        Some("Mirel Bastan"),
        "{qs:#?}"
    );
}

#[test]
fn a_name_opening_the_words_after_according_to_is_not_the_source() {
    let body = "The Tarlow Institute of Design says it has handed over its records. \
                According to the institute, Oria Venn never opened the thesis folder.";
    let qs = quotes(body);
    let q = qs
        .iter()
        .find(|q| q.text.contains("never opened"))
        .unwrap_or_else(|| panic!("{qs:#?}"));
    assert_ne!(
        q.speaker.as_ref().map(|s| s.text.as_str()),
        Some("Oria Venn"),
        "{qs:#?}"
    );
}

#[test]
fn he_after_a_quotes_speaker_tells_his_sex_and_a_fronted_phrase_leaves_the_subject() {
    // "He thanked" tells Vannek is a man; "On Tuesday night," before Dovan
    // leaves Dovan the subject the next "He" continues with.
    let body = "\"Peace comes first,\" Idris Vannek said. He thanked the mediators. On Tuesday \
                night, Aurel Dovan, the defence minister, told a television channel that a deal \
                was close. He explained that the other side had pulled out \"four or five times\".";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "four or five").as_deref(),
        Some("Aurel Dovan"),
        "{qs:#?}"
    );
    // A man named so is never "she".
    let body = "\"Emke forwarded me the email,\" Kristof Ujlaki told the paper. He wrote in a \
                post that he could not stay. Emke Talaber rejected his account. In a written \
                reply, she said she had \"never opened\" any complaint.";
    let qs = quotes(body);
    assert_ne!(
        speaker_of(&qs, "never opened").as_deref(),
        Some("Kristof Ujlaki"),
        "{qs:#?}"
    );
}
