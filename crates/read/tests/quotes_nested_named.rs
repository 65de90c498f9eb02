//! Speakers of quotes inside quotes and of quotes whose subject carries a
//! place phrase, on invented sentences (people and places invented): a
//! first name opening the outer quote's clause, a determiner other than an
//! article before an unnamed speaker, and "a neighbour in the car behind
//! kept shouting".

use crosscheck_read::quotes::{quotes, Quote, QuoteMode};

fn speaker_of(qs: &[Quote], words: &str) -> Option<String> {
    // The innermost quote holding the words.
    let q = qs
        .iter()
        .filter(|q| q.mode == QuoteMode::Direct && q.text.contains(words))
        .min_by_key(|q| q.text.len())
        .unwrap_or_else(|| panic!("no direct quote with {words:?} in {qs:#?}"));
    q.speaker.as_ref().map(|s| s.text.clone())
}

#[test]
fn a_first_name_opening_the_clause_of_a_nested_quote_speaks() {
    let body = "Oona Pellwright, 70, woke at midnight. \
                \u{201c}Jory was shouting, \u{2018}Mum, the hill is burning,\u{2019} and I got up,\u{201d} she said. \
                Jory Pellwright, 41, drove her out.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "hill is burning").as_deref(),
        Some("Jory Pellwright"),
        "{qs:#?}"
    );
    assert_eq!(
        speaker_of(&qs, "I got up").as_deref(),
        Some("Oona Pellwright"),
        "{qs:#?}"
    );
}

#[test]
fn every_pilot_who_asks_is_no_one_named() {
    let body = "\u{201c}Every pilot who calls me asks, \u{2018}How far will it drift?\u{2019} and I cannot say,\u{201d} \
                said Ilsa Marrack, who runs the tower.";
    let qs = quotes(body);
    assert_eq!(speaker_of(&qs, "How far"), None, "{qs:#?}");
    assert_eq!(
        speaker_of(&qs, "cannot say").as_deref(),
        Some("Ilsa Marrack"),
        "{qs:#?}"
    );
}

#[test]
fn an_unnamed_subject_with_a_place_phrase_is_no_one() {
    let body = "Tam Hollish, 52, drove the van. \"The smoke was thick,\" he said. \
                \"Keep going, whatever happens,\" a neighbour in the car behind kept shouting.";
    let qs = quotes(body);
    assert_eq!(speaker_of(&qs, "Keep going"), None, "{qs:#?}");
    assert_eq!(
        speaker_of(&qs, "smoke was thick").as_deref(),
        Some("Tam Hollish"),
        "{qs:#?}"
    );
}
