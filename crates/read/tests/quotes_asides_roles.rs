//! Speakers behind asides, roles and reflexives, on invented sentences
//! (people, places and bodies invented): a place or a circumstance set off
//! between a subject and its verb, an organisation before a role and a
//! name, an owner before a role, "the professor", and a surname alone known
//! as a person by "says" or "herself".

mod common;

use common::speaker_of_any as speaker_of;
use crosscheck_read::quotes::quotes;

#[test]
fn a_name_in_an_aside_of_place_or_circumstance_does_not_speak() {
    let body = "The Harrow Observatory, near the Velmish capital Ostrany, said in a \
                statement that its camera had caught the object twice.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "its camera").as_deref(),
        Some("Harrow Observatory"),
        "{qs:#?}"
    );
    let body = "Teodora Blaskova found the images.\n\nBlaskova, speaking to Marlow Radio \
                from Ostrany, where it is 13:40, said she had cried when the news came.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "she had cried").as_deref(),
        Some("Blaskova"),
        "{qs:#?}"
    );
}

#[test]
fn an_organisation_before_a_role_and_a_name_is_the_name_s() {
    let body = "But Fenbury Rowing Club chairman Ottilie Garside scoffed: \"They rowed it \
                on a lake. We rowed it on the sea.\"";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "rowed it on a lake").as_deref(),
        Some("Ottilie Garside"),
        "{qs:#?}"
    );
}

#[test]
fn he_after_an_owner_a_role_and_a_name_is_the_name() {
    // A man with a known sex named earlier does not outrank the subject of
    // the sentence just before.
    let body = "Her son Piran Lusk, 41, said the family had waited all night.\n\n\
                Harrow's boss Matej Vondra insisted the pictures were genuine. \"The \
                data does not lie,\" he said.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "does not lie").as_deref(),
        Some("Matej Vondra"),
        "{qs:#?}"
    );
}

#[test]
fn the_professor_is_the_person_introduced_as_professor() {
    let body = "Professor Ansel Vantreight, who chairs the naming panel, admits the rule is \
                old.\n\n\u{201c}If nobody looks at the picture, has the camera found \
                anything?\u{201d} the professor asks.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "has the camera found").as_deref(),
        Some("Ansel Vantreight"),
        "{qs:#?}"
    );
}

#[test]
fn a_surname_alone_that_says_or_is_herself_is_a_person() {
    // Never written with a given name in this report: "says" elsewhere and
    // "herself" make it a person, so "She" is her and not the man before.
    let body = "At the observatory, its director, Matej Vondra, says the software will \
                change. \u{201c}We were lucky,\u{201d} he says.\n\n\
                Blaskova herself, who turned 27 on Wednesday, is now known at home. She \
                tells the Lantern that she and Garside spoke by video call on Friday.\n\n\
                \u{201c}I said I would finish my thesis,\u{201d} Blaskova says.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "spoke by video call").as_deref(),
        Some("Blaskova"),
        "{qs:#?}"
    );
}

#[test]
fn a_person_of_an_organisation_named_with_and_speaks() {
    let body = "Ansel Dorrit of the Tunnel and Shaft Workers' Union said the 140 workers \
                had been sent home on full pay.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "sent home").as_deref(),
        Some("Ansel Dorrit"),
        "{qs:#?}"
    );
}

#[test]
fn he_after_a_firm_a_role_and_a_name_is_the_name() {
    // A man of known sex named before does not outrank the subject of the
    // sentence just before; a firm's names joined by "&" are no person.
    let body = "Mr Halfinch, as the tabloids call the minister, said nothing.\n\n\
                Rennick & Vyle project director Jowan Gauldie, 47, said last night: \
                \"We are not related.\" He added that his surveyors had worked through \
                the night.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "worked through").as_deref(),
        Some("Jowan Gauldie"),
        "{qs:#?}"
    );
}

#[test]
fn a_title_set_off_before_a_name_is_the_name_s() {
    let body = "The panel's chairman, Professor Ansel Vantreight, speaking after he read the \
                ruling: \"The camera saw it first, but a person understood it.\"";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "camera saw it").as_deref(),
        Some("Ansel Vantreight"),
        "{qs:#?}"
    );
}
