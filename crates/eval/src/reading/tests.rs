use super::*;

/// A tiny invented gold: one report, raw text with 6 bytes of furniture
/// ("MENU\n\n") before the body.
const RAW: &str = "MENU\n\n“We will stay,” said Mira Tolk. The Ostland Foreign Office said the talks were over. Tolk left on Monday.";

fn gold() -> ReadGold {
    let at = |s: &str| RAW.find(s).expect("span in raw");
    let json = serde_json::json!({
        "about": "test",
        "files": {"r1": {"published_anchor": "2026-06-03"}},
        "quotes": [
            {"file": "r1", "mode": "direct", "start": at("We will"), "end": at("We will") + 12, "span": "We will stay", "speaker": "Mira Tolk", "partial": false},
            {"file": "r1", "mode": "indirect", "start": at("the talks"), "end": at("the talks") + 19, "span": "the talks were over", "speaker": "Ostland Foreign Office"}
        ],
        "entities": [
            {"name": "Mira Tolk", "kind": "person", "aliases": ["Mira Tolk", "Tolk"], "mentions": [
                {"file": "r1", "alias": "Mira Tolk", "span": "Mira Tolk", "start": at("Mira Tolk"), "end": at("Mira Tolk") + 9},
                {"file": "r1", "alias": "Tolk", "span": "Tolk", "start": at("Tolk left"), "end": at("Tolk left") + 4}
            ]},
            {"name": "Ostland Foreign Office", "kind": "organisation", "aliases": ["Ostland Foreign Office", "Foreign Office"], "mentions": [
                {"file": "r1", "alias": "Ostland Foreign Office", "span": "Ostland Foreign Office", "start": at("Ostland"), "end": at("Ostland") + 22}
            ]}
        ],
        "distinct": [{"a": "Mira Tolk", "b": "Ostland Foreign Office", "why": "a person and a ministry"}],
        "times": [{"file": "r1", "start": at("on Monday"), "end": at("on Monday") + 9, "span": "on Monday", "value": "2026-06-01"}],
        "numbers": []
    });
    serde_json::from_value(json).expect("gold parses")
}

fn body() -> String {
    RAW["MENU\n\n".len()..].to_owned()
}

fn at(s: &str) -> (usize, usize) {
    let b = body();
    let i = b.find(s).expect("in body");
    (i, i + s.len())
}

/// The mention "Tolk" in "Tolk left".
fn tolk_left(entity: &str) -> PredictedMention {
    let (start, _) = at("Tolk left");
    PredictedMention {
        start,
        end: start + 4,
        entity: entity.to_owned(),
    }
}

fn perfect() -> PredictedArticle {
    let q = |mode, s: &str, speaker: &str| {
        let (start, end) = at(s);
        PredictedQuote {
            mode,
            start,
            end,
            speaker: Some(speaker.to_owned()),
        }
    };
    let m = |s: &str, entity: &str| {
        let (start, end) = at(s);
        PredictedMention {
            start,
            end,
            entity: entity.to_owned(),
        }
    };
    let (ts, te) = at("on Monday");
    PredictedArticle {
        file: "r1".into(),
        body: body(),
        quotes: vec![
            q(QuoteMode::Direct, "We will stay,", "Tolk"),
            q(
                QuoteMode::Indirect,
                "the talks were over",
                "the Foreign Office",
            ),
        ],
        mentions: vec![
            m("Mira Tolk", "e1"),
            tolk_left("e1"),
            m("Ostland Foreign Office", "e2"),
        ],
        times: vec![PredictedTime {
            start: ts,
            end: te,
            value: "2026-06-01/2026-06-01".into(),
        }],
        numbers: vec![],
        headers: vec![],
    }
}

fn score(article: PredictedArticle) -> ReadingScores {
    score_reading(
        &gold(),
        &PredictedReading {
            articles: vec![article],
        },
    )
}

#[test]
fn a_perfect_reading_meets_every_bar() {
    let s = score(perfect());
    assert_eq!(
        (s.direct.found, s.direct.speaker_right, s.direct.gold),
        (1, 1, 1)
    );
    assert_eq!((s.indirect.found, s.indirect.speaker_right), (1, 1));
    assert_eq!(s.quotes_false_positive, 0);
    assert_eq!(
        (
            s.entities.mentions_found,
            s.entities.alias_pairs,
            s.entities.alias_pairs_apart
        ),
        (3, 1, 0)
    );
    assert!(s.entities.merged.is_empty());
    assert_eq!((s.times.right, s.times.gold), (1, 1));
    assert!(s.numbers.is_none());
    assert!(s.unmet_bars().is_empty(), "{:?}", s.unmet_bars());
    assert!(s.misses.is_empty(), "{:?}", s.misses);
}

#[test]
fn wrong_speaker_mode_and_extra_quote_are_counted() {
    let mut a = perfect();
    a.quotes[0].speaker = Some("Ostland Foreign Office".into());
    a.quotes[1].mode = QuoteMode::Direct;
    let (s, e) = at("Tolk left on Monday");
    a.quotes.push(PredictedQuote {
        mode: QuoteMode::Direct,
        start: s,
        end: e,
        speaker: None,
    });
    let s = score(a);
    assert_eq!((s.direct.found, s.direct.speaker_right), (1, 0));
    assert_eq!(s.indirect.found, 0);
    assert_eq!((s.quotes_predicted, s.quotes_false_positive), (3, 1));
    assert!(s.unmet_bars().iter().any(|b| b.contains("speakers")));
    assert!(s.misses.iter().any(|m| m.what == "speaker"));
}

#[test]
fn null_speakers_match_only_null() {
    let g = gold();
    assert!(speaker_right(&g, None, None));
    assert!(!speaker_right(&g, None, Some("Tolk")));
    assert!(!speaker_right(&g, Some("Mira Tolk"), None));
    assert!(speaker_right(&g, Some("Mira Tolk"), Some("MIRA  TOLK")));
}

#[test]
fn aliases_apart_and_entities_merged() {
    let mut a = perfect();
    a.mentions[1].entity = "e3".into(); // "Tolk" apart from "Mira Tolk"
    let s = score(a);
    assert_eq!(s.entities.alias_pairs_apart, 1);
    assert_eq!(
        s.entities.apart[0],
        [
            "Mira Tolk".to_owned(),
            "Mira Tolk".to_owned(),
            "Tolk".to_owned()
        ]
    );
    let mut a = perfect();
    a.mentions[2].entity = "e1".into(); // the ministry merged with the person
    let s = score(a);
    assert_eq!(
        s.entities.merged,
        vec![["Mira Tolk".to_owned(), "Ostland Foreign Office".to_owned()]]
    );
    assert_eq!(s.entities.distinct_merged, 1);
}

#[test]
fn a_head_mention_stands_for_a_longer_gold_mention_but_a_modifier_does_not() {
    let m = |start, end| PredictedMention {
        start,
        end,
        entity: "x".into(),
    };
    // gold 0..22 "Ostland Foreign Office"
    assert!(best_mention((0, 22), &[m(8, 22)]).is_some()); // "Foreign Office"
    assert!(best_mention((0, 22), &[m(0, 7)]).is_none()); // "Ostland"
    assert!(best_mention((0, 22), &[m(0, 22), m(8, 22)]).is_some_and(|p| p.start == 0));
}

#[test]
fn missing_article_and_missing_span_are_misses() {
    let s = score_reading(&gold(), &PredictedReading::default());
    assert_eq!(s.files_missing, ["r1"]);
    assert_eq!((s.direct.found, s.times.right), (0, 0));
    assert!(!s.unmet_bars().is_empty());
    let mut a = perfect();
    a.body = "Something else entirely.".into();
    let s = score(a);
    assert_eq!(s.direct.in_body, 0);
}

#[test]
fn a_gold_span_outside_the_body_is_looked_for_in_the_headers() {
    let mut g = gold();
    let header_time = serde_json::json!({
        "file": "r1", "start": 0, "end": 11, "span": "3 June 2026", "value": "2026-06-03"
    });
    g.times
        .push(serde_json::from_value(header_time).expect("a gold time"));
    let scored = |headers: Vec<PredictedHeader>| {
        let mut a = perfect();
        a.headers = headers;
        score_reading(&g, &PredictedReading { articles: vec![a] })
    };
    let header = |value: &str| PredictedHeader {
        part: "date_line".into(),
        text: "Wednesday, 3 June 2026".into(),
        times: vec![PredictedTime {
            start: 11,
            end: 22,
            value: value.into(),
        }],
        quotes: vec![],
    };
    let s = scored(vec![]);
    assert_eq!((s.times.found, s.times.gold), (1, 2));
    let s = scored(vec![header("2026-06-03")]);
    assert_eq!((s.times.found, s.times.right), (2, 2));
    let s = scored(vec![header("2026-06-04")]);
    assert_eq!((s.times.found, s.times.right), (2, 1));
}

#[test]
fn a_gold_quote_outside_the_body_is_matched_to_a_header_quote() {
    let mut g = gold();
    let standfirst = "Ostland officials said the envoys broke their word.";
    let gold_quote = serde_json::json!({
        "file": "r1", "mode": "indirect", "start": 0, "end": 28,
        "span": "the envoys broke their word", "speaker": "Ostland Foreign Office"
    });
    g.quotes
        .push(serde_json::from_value(gold_quote).expect("a gold quote"));
    let i = standfirst.find("the envoys").expect("in the standfirst");
    let scored = |mode, speaker: Option<&str>| {
        let mut a = perfect();
        a.headers = vec![PredictedHeader {
            part: "subtitle".into(),
            text: standfirst.into(),
            times: vec![],
            quotes: vec![PredictedQuote {
                mode,
                start: i,
                end: i + 27,
                speaker: speaker.map(str::to_owned),
            }],
        }];
        score_reading(&g, &PredictedReading { articles: vec![a] })
    };
    let s = scored(QuoteMode::Indirect, Some("Foreign Office"));
    assert_eq!(
        (s.indirect.gold, s.indirect.in_body, s.indirect.found),
        (2, 1, 2)
    );
    assert_eq!(s.indirect.speaker_right, 2);
    let s = scored(QuoteMode::Indirect, None);
    assert_eq!((s.indirect.found, s.indirect.speaker_right), (2, 1));
    // A header quote of the other mode, or no header at all: missed.
    let s = scored(QuoteMode::Direct, Some("Foreign Office"));
    assert_eq!(s.indirect.found, 1);
    let s = score_reading(
        &g,
        &PredictedReading {
            articles: vec![perfect()],
        },
    );
    assert_eq!(s.indirect.found, 1);
    assert!(s
        .misses
        .iter()
        .any(|m| m.why == "span not in the body or a header"));
}

#[test]
fn time_values_compare_as_meanings() {
    assert!(time_equal(
        "2026-06-07T21:00:00+00:00",
        "2026-06-07T23:00:00+02:00"
    ));
    assert!(time_equal("2026-06-08T00:00:00+03:00", "2026-06-07T21:00Z"));
    assert!(!time_equal(
        "2026-06-07T21:00:00+00:00",
        "2026-06-07T21:00:00+02:00"
    ));
    assert!(time_equal(
        "unresolved",
        "unresolved: no publication date to anchor"
    ));
    assert!(!time_equal("unresolved", "2026-06-01"));
    assert!(time_equal("2026-06-01", "2026-06-01/2026-06-01"));
    // A length in weeks is its days.
    assert!(time_equal("P2W", "P14D"));
    assert!(!time_equal("P2W", "P13D"));
    assert!(!time_equal("2026-05-25/2026-05-31", "2026-05-25"));
    assert!(time_equal("P4D", "p4d"));
}

#[test]
fn names_ignore_case_diacritics_and_a_leading_the() {
    assert_eq!(
        normalise_name("Nerim Çavuşel"),
        normalise_name("nerim cavusel")
    );
    assert_eq!(normalise_name("Türkiye"), "turkiye");
    assert_eq!(normalise_name("the Foreign Office"), "foreign office");
    assert_eq!(normalise_name("Dr Mira Tolk"), normalise_name("Mira Tolk"));
    assert_eq!(
        normalise_name("Miss Gathercole"),
        normalise_name("Gathercole")
    );
    assert_eq!(normalise_name("Eirik Brækhus"), "eirik braekhus");
    assert_eq!(normalise_name("Hjørvik Straße"), "hjorvik strasse");
    assert_ne!(normalise_name("Dr"), "");
    assert_eq!(normalise_name("Kestria’s"), normalise_name("Kestria's"));
}

#[test]
fn scores_serialise_and_display() {
    let s = score(perfect());
    let json = serde_json::to_value(&s).expect("serialises");
    assert_eq!(json["direct"]["found"], 1);
    assert!(json["numbers"].is_null());
    let text = s.to_string();
    assert!(text.contains("direct quotes: found 1/1"), "{text}");
    assert!(text.contains("bars: all met"), "{text}");
}
