//! Sentence splitting on invented text.

use crosscheck_read::sentences;

fn texts(body: &str) -> Vec<&str> {
    sentences(body)
        .iter()
        .map(|s| s.text(body).unwrap_or("<bad span>"))
        .collect()
}

fn check_invariants(body: &str) {
    let mut last_end = 0;
    for s in sentences(body) {
        assert!(s.start >= last_end, "overlap or disorder in {body:?}");
        assert!(s.start < s.end);
        let t = s.text(body).expect("span on char boundaries");
        assert_eq!(t, t.trim());
        assert!(!t.is_empty());
        last_end = s.end;
    }
}

#[test]
fn plain_sentences() {
    let body = "The bridge reopened on Monday. Traffic was light! Was anyone hurt? Nobody knows.";
    assert_eq!(
        texts(body),
        [
            "The bridge reopened on Monday.",
            "Traffic was light!",
            "Was anyone hurt?",
            "Nobody knows."
        ]
    );
    check_invariants(body);
}

#[test]
fn titles_do_not_split() {
    let body = "Lt Gen Farooq Malik met Gen. Ortega and Dr. Alvarez. Mr. Heng and Mrs. Okafor \
                spoke after Prof. Lind. Sen. Marsh and Rep. Duval disagreed.";
    assert_eq!(
        texts(body),
        [
            "Lt Gen Farooq Malik met Gen. Ortega and Dr. Alvarez.",
            "Mr. Heng and Mrs. Okafor spoke after Prof. Lind.",
            "Sen. Marsh and Rep. Duval disagreed."
        ]
    );
}

#[test]
fn months_times_acronyms_initials_numbers() {
    let body = "The vote was moved to Oct. 14 and then to Sept. 2 by the council. \
                It began at 4 p.m. Thursday and ended at 9 a.m. Friday. \
                The U.S. Navy and U.N. Observers watched. \
                A novel by J. K. Rowling sold out. \
                The No. 5 seed lost. No. 7 Harbour Road was sealed. \
                Growth was 4.2 percent.";
    assert_eq!(
        texts(body),
        [
            "The vote was moved to Oct. 14 and then to Sept. 2 by the council.",
            "It began at 4 p.m. Thursday and ended at 9 a.m. Friday.",
            "The U.S. Navy and U.N. Observers watched.",
            "A novel by J. K. Rowling sold out.",
            "The No. 5 seed lost.",
            "No. 7 Harbour Road was sealed.",
            "Growth was 4.2 percent."
        ]
    );
    check_invariants(body);
}

#[test]
fn acronym_at_sentence_end_still_splits() {
    let body =
        "Aid arrived from the U.S. The ministry thanked donors. The talks ended at 5 p.m. He left.";
    assert_eq!(
        texts(body),
        [
            "Aid arrived from the U.S.",
            "The ministry thanked donors.",
            "The talks ended at 5 p.m.",
            "He left."
        ]
    );
}

#[test]
fn quotation_spanning_sentences_stays_whole() {
    let body = "\"We came. We talked,\" he said. Then he left.";
    assert_eq!(
        texts(body),
        ["\"We came. We talked,\" he said.", "Then he left."]
    );
    let curly = "“Nothing is settled. Nothing is agreed. We will return,” the envoy said. Talks resume soon.";
    assert_eq!(
        texts(curly),
        [
            "“Nothing is settled. Nothing is agreed. We will return,” the envoy said.",
            "Talks resume soon."
        ]
    );
    let asked = "\"Why now?\" she asked. Nobody answered.";
    assert_eq!(
        texts(asked),
        ["\"Why now?\" she asked.", "Nobody answered."]
    );
    check_invariants(body);
    check_invariants(curly);
}

#[test]
fn unclosed_quote_does_not_swallow_the_paragraph() {
    let body = "He wrote \"never again. The river rose. Homes flooded.";
    assert_eq!(texts(body).len(), 3);
}

#[test]
fn paragraph_break_always_ends_a_sentence() {
    let body =
        "The port closed\n\nShips waited offshore. \"Crews are tired\n\nand hungry,\" one said.";
    assert_eq!(
        texts(body),
        [
            "The port closed",
            "Ships waited offshore.",
            "\"Crews are tired",
            "and hungry,\" one said."
        ]
    );
    check_invariants(body);
}

#[test]
fn wrapped_lines_join_but_headlines_do_not() {
    let body =
        "Storm hits coast\nThe storm reached the coast late on\nthe first night, officials said.";
    assert_eq!(
        texts(body),
        [
            "Storm hits coast",
            "The storm reached the coast late on\nthe first night, officials said."
        ]
    );
    let wrapped = "Officials said the water had\nreceded by noon.";
    assert_eq!(texts(wrapped).len(), 1);
}

#[test]
fn offsets_slice_back_exactly() {
    let body = "  Ünïcode façade. Ça va? 東京で会議。 Done.  \n\n\t Last one \u{2014} here.  ";
    check_invariants(body);
    for s in sentences(body) {
        assert_eq!(&body[s.start..s.end], s.text(body).unwrap_or_default());
    }
    assert!(!sentences(body).is_empty());
}

#[test]
fn odd_input_does_not_panic() {
    for body in [
        "",
        " ",
        "\n\n\n",
        ".",
        "...!!!???",
        "\"\"\"“”«»",
        ". . . Dr. . U.S. .",
        "\r\n\r\n",
    ] {
        check_invariants(body);
    }
    let long = "word ".repeat(200_000) + "end.";
    assert_eq!(sentences(&long).len(), 1);
    let long_dots = "Dr. ".repeat(100_000);
    check_invariants(&long_dots);
    let base = "He said. \"Yes.\" Dr. J. K. No. 5 at 3 p.m. Fine!\n\nx";
    let chars: Vec<(usize, char)> = base.char_indices().collect();
    for &(i, _) in &chars {
        for m in ["é", "東", "🦀", "\u{0301}", "\u{2028}"] {
            let mut s = String::from(base);
            s.insert_str(i, m);
            check_invariants(&s);
        }
    }
}

/// A quoted question or exclamation followed by its speaker and a speech
/// verb is one sentence ("“Why now?” Vale asked."); a quoted question
/// followed by another sentence is not.
#[test]
fn a_quoted_question_and_its_speaker_are_one_sentence() {
    let body = "“Why now?” Orrin Vale asked. \"Stop it!\" Dr Vale, 58, shouted. \
                “Who knows?” Nobody answered the door.";
    assert_eq!(
        texts(body),
        [
            "“Why now?” Orrin Vale asked.",
            "\"Stop it!\" Dr Vale, 58, shouted.",
            "“Who knows?”",
            "Nobody answered the door."
        ]
    );
    check_invariants(body);
}
