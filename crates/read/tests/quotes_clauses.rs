//! Speakers set off from their verb by a clause, on invented sentences:
//! an aside between spaced hyphens, a relative clause holding a quotation,
//! a document before a participle phrase with a clock in it, a place after
//! "in" (never the speaker), "one of them" (an unnamed speaker), and the
//! person before ", who" speaking the clause's verb; an institution "of"
//! a place ("the University of Ambersby") speaks under its whole name; a
//! reply, a repetition, a reminder or a ruling reports its "that" clause.

mod common;

use common::speaker_of_any as speaker_of;
use crosscheck_read::quotes::{quotes, Quote, QuoteMode};

/// The quote of `mode` holding `words`, if found.
fn quote<'q>(qs: &'q [Quote], mode: QuoteMode, words: &str) -> Option<&'q Quote> {
    qs.iter().find(|q| q.mode == mode && q.text.contains(words))
}

#[test]
fn an_aside_between_spaced_hyphens_is_skipped() {
    let body = "Orrin Velloway met the board on Monday.\n\nVelloway - the elder one - insisted \
                the panel would find \"nothing but bad luck\".";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "nothing but bad luck").as_deref(),
        Some("Velloway"),
        "{qs:#?}"
    );
}

#[test]
fn a_relative_clause_holding_a_quotation_leaves_its_person_the_subject() {
    let body = "Mayor Ysolde Prennick, who called him \"the finest clerk this town has had\", \
                said the council would name a successor on Monday.";
    let qs = quotes(body);
    let reported = quote(&qs, QuoteMode::Indirect, "name a successor").expect("indirect");
    assert_eq!(
        reported.speaker.as_ref().map(|s| s.text.as_str()),
        Some("Ysolde Prennick")
    );
    let praise = quote(&qs, QuoteMode::Direct, "finest clerk").expect("the praise is a quote");
    assert_eq!(
        praise.speaker.as_ref().map(|s| s.text.as_str()),
        Some("Ysolde Prennick")
    );
}

#[test]
fn a_document_before_a_participle_phrase_speaks() {
    let body = "A council statement issued at 18:30 local time on Thursday said the council \
                \"deeply regrets\" the delay.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "deeply regrets").as_deref(),
        Some("council statement"),
        "{qs:#?}"
    );
}

#[test]
fn a_place_after_in_never_speaks_and_one_of_them_is_nobody_named() {
    let body = "Three brokers in Ambersby said most of the buying had come from one firm. \
                One of them said the firm had bought \"close to a million shares\" by noon.";
    let qs = quotes(body);
    let buying = quote(&qs, QuoteMode::Indirect, "most of the buying");
    assert!(
        buying.is_none_or(|q| q.speaker.is_none()),
        "Ambersby is where they are, not who speaks: {qs:#?}"
    );
    let bought = quote(&qs, QuoteMode::Indirect, "the firm had bought").expect("found");
    assert!(bought.speaker.is_none(), "{bought:#?}");
    let partial = quote(&qs, QuoteMode::Direct, "close to a million").expect("partial found");
    assert!(partial.speaker.is_none(), "{partial:#?}");
}

#[test]
fn an_institution_of_a_place_speaks_under_its_whole_name() {
    let body = "The University of Ambersby, which sent 12 students to the dig, said late on \
                Wednesday that it was \"reviewing what happened\".";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "reviewing what happened").as_deref(),
        Some("University of Ambersby"),
        "{qs:#?}"
    );
}

/// "Ysolde says 200 people came. "…," she says.": the quote's pronoun
/// after a sentence the person opens tells her sex, so a later "He" is
/// someone else; "He told her he had …" reports the clause after the
/// object pronoun.
#[test]
fn a_quote_after_a_person_tells_her_sex_and_told_her_is_no_part_of_the_clause() {
    let body = "Our reporter Ysolde Varrick is at the gate. The site's owner, Bram Tellow, \
                said nothing.\n\n\
                Ysolde says about 200 people have come. \"It feels like a fair,\" she says.\n\n\
                Ysolde has caught up with Tellow as he left the site. He told her he had \
                \"no regrets about the dig\".";
    let qs = quotes(body);
    let told = quote(&qs, QuoteMode::Indirect, "no regrets").expect("indirect");
    assert!(told.text.starts_with("he had"), "{told:#?}");
    assert_eq!(
        told.speaker.as_ref().map(|s| s.text.as_str()),
        Some("Bram Tellow"),
        "{told:#?}"
    );
    // The same with curly marks, a quote opening with a character of
    // several bytes.
    let curly = body
        .replace("\"It", "\u{201c}It")
        .replace("fair,\"", "fair,\u{201d}");
    let qs = quotes(&curly);
    let told = quote(&qs, QuoteMode::Indirect, "no regrets").expect("indirect");
    assert_eq!(
        told.speaker.as_ref().map(|s| s.text.as_str()),
        Some("Bram Tellow"),
        "{told:#?}"
    );
}

/// The subject of the sentence before a quote's pronoun: a word capitalised
/// only by its place does not hide the person its role words describe
/// ("Opposition transport spokeswoman Tansy Vell said …"), unless a clause
/// of its own follows; and the one asked a question answers it.
#[test]
fn the_sentence_before_gives_the_pronoun_its_person() {
    let body = "Project director Orrin Gauldstone said his team was working.\n\n\
                Opposition transport spokeswoman Tansy Vell said Gauldstone had \"lost \
                control\" of the dig. \"He cut the ribbon in 2042. He can carry the can,\" \
                she said.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "cut the ribbon").as_deref(),
        Some("Tansy Vell"),
        "{qs:#?}"
    );
    let body = "Dr Ilse Marrow accepts the findings. \"The mistake is mine,\" she tells the \
                committee.\n\nCordelia Pettwick asks Marrow whether she will resign. \"Not \
                today,\" she replies.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "Not today").as_deref(),
        Some("Ilse Marrow"),
        "{qs:#?}"
    );
    let body = "Waterworks director Vojtek Kalmar gave the order to close the intake, and the \
                regional governor, Orsa Sorrow, issued a do-not-drink order. She told \
                residents not to drink the water or cook with it.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "not to drink").as_deref(),
        Some("Orsa Sorrow"),
        "{qs:#?}"
    );
}

/// "as Venn puts it, "…"": the one it is put by speaks, whatever verb
/// stands earlier in the sentence.
#[test]
fn as_someone_puts_it_names_the_speaker() {
    let body = "Site manager Lettice Vennard said crews went back on Monday. The date has \
                not moved, the company insists; the last stretch is, as Vennard puts it, \
                \u{201c}the easy bit\u{201d}.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "the easy bit").as_deref(),
        Some("Vennard"),
        "{qs:#?}"
    );
}

/// A verb that otherwise reports only a quote before it ("“No,” she
/// replied") reports the clause its "that" opens; "repeated that", "by
/// reminding them that" and a court's "rules that" report speech too.
#[test]
fn replies_repeats_reminders_and_rulings_report_their_that_clause() {
    let cases = [
        (
            "The lawyer Sidony Marrable replied that the jet was on a sales trip.",
            "the jet was on a sales trip",
            "Sidony Marrable",
        ),
        (
            "Ministry spokesman Ellery Vantock repeated that the government does not interfere.",
            "the government does not interfere",
            "Ellery Vantock",
        ),
        (
            "Judge Orla Tennick opened by reminding both sides that the court decides no debts.",
            "the court decides no debts",
            "Orla Tennick",
        ),
        (
            "By two votes to one, the Velm Court of Appeal rules that the jet was state property.",
            "the jet was state property",
            "Velm Court of Appeal",
        ),
    ];
    for (body, words, who) in cases {
        let qs = quotes(body);
        let q = quote(&qs, QuoteMode::Indirect, words).unwrap_or_else(|| panic!("{qs:#?}"));
        assert_eq!(
            q.speaker.as_ref().map(|s| s.text.as_str()),
            Some(who),
            "{body}"
        );
    }
    // Without "that", a reply reports only a quote before it.
    let qs = quotes("Sidony Marrable replied to the court on Monday.");
    assert!(qs.is_empty(), "{qs:#?}");
}

/// A participle phrase between commas stands between a subject and its
/// verb ("Two members of the nine-member jury, speaking on condition of
/// anonymity, said …"): the clause after the verb is reported, by an
/// unnamed group, and the words after the verb are never its speaker.
#[test]
fn a_participle_aside_leaves_the_group_before_it_the_subject() {
    let body = "Two members of the nine-member jury, speaking on condition of anonymity, said \
                the panel had spent less than 20 minutes on the design.";
    let qs = quotes(body);
    assert_eq!(qs.len(), 1, "{qs:#?}");
    let q = quote(&qs, QuoteMode::Indirect, "the panel had spent").expect("the clause");
    assert_eq!(q.speaker, None, "{q:#?}");
    // A verb right after the words following "says": they are the clause's
    // subject, never a speaker set after the verb.
    let body = "The agreement, a copy of which the Courier has seen, says no striker will be \
                disciplined.";
    let qs = quotes(body);
    assert!(
        qs.iter().all(|q| q
            .speaker
            .as_ref()
            .is_none_or(|s| !s.text.contains("striker"))),
        "{qs:#?}"
    );
    let body = "The vote was close, said the clerk.";
    let qs = quotes(body);
    assert_eq!(
        speaker_of(&qs, "The vote was close").as_deref(),
        Some("clerk")
    );
}
