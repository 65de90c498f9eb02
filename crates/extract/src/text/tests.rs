//! Tests of plain-text extraction on invented scrapes.

use super::*;
use chrono::NaiveDate;
use crosscheck_types::{DateSource, PublishedDate};

fn run(text: &str) -> Extracted {
    extract_text(text, &DocumentHints::default())
}

fn reasons(found: &Extracted, reason: RemovalReason) -> Vec<&str> {
    found
        .removed
        .iter()
        .filter(|r| r.reason == reason)
        .map(|r| r.text.as_str())
        .collect()
}

const LEDE: &str = "LOWMARK: The ferry strike that has idled the Lowmark crossing for three weeks ended on Monday after the union accepted a revised pay offer, officials said.";
const P2: &str = "The union's members voted 812 to 301 in favour of the deal, which raises wages by 6 per cent over two years and restores weekend rotas.";
const P3: &str = "Services will resume on Wednesday morning, the operator said in a statement, warning passengers to expect delays.";

#[test]
fn invented_page_with_chrome() {
    let text = format!(
        "≡\nLight Mode\nFriday, 6 March 2026\nLogo\nAdvertisement\nLowmark ferry strike ends as union accepts pay offer\n\nLowmark ferry strike ends as union accepts pay offer\n\nBy The Harbour Chronicle\n\n{LEDE}\n\nAlso Read: Sanmere tram fares to rise in April\n\n{P2}\n\nShare on WhatsApp\n\n{P3}\n\nAdvertisement\nComments (3)\n"
    );
    let f = run(&text);
    assert_eq!(
        f.title.as_deref(),
        Some("Lowmark ferry strike ends as union accepts pay offer")
    );
    assert_eq!(f.outlet.as_deref(), Some("The Harbour Chronicle"));
    assert_eq!(f.body, format!("{LEDE}\n\n{P2}\n\n{P3}"));
    assert_eq!(
        reasons(&f, RemovalReason::FurnitureDate),
        vec!["Friday, 6 March 2026"]
    );
    assert_eq!(reasons(&f, RemovalReason::Headline).len(), 2);
    assert_eq!(
        f.published.map(|p| p.date),
        NaiveDate::from_ymd_opt(2026, 3, 6)
    );
    assert_eq!(reasons(&f, RemovalReason::Comments), vec!["Comments (3)"]);
}

#[test]
fn invented_scrape_with_token_deck_and_tags() {
    let text = format!(
        " date 2026-03-05 Lowmark ferry strike ends\n\nUnion accepts pay offer after three weeks; services resume Wednesday\n\nLowmark ferries, strike, wage talks, Harbour Union\nCrews at the Lowmark terminal File Photo\n  • Union members voted 812 to 301 for the offer.\n\n{P2}\n\n{P3}\n\nWith XNA inputs.\n"
    );
    let f = run(&text);
    assert_eq!(f.title.as_deref(), Some("Lowmark ferry strike ends"));
    assert_eq!(
        f.subtitle.as_deref(),
        Some("Union accepts pay offer after three weeks; services resume Wednesday")
    );
    assert_eq!(
        f.published,
        Some(PublishedDate {
            date: NaiveDate::from_ymd_opt(2026, 3, 5).unwrap(),
            source: DateSource::DateLine
        })
    );
    assert!(f.body.starts_with("• Union members voted"));
    assert!(f.body.ends_with("expect delays."));
    assert_eq!(f.wire.as_deref(), Some("XNA"));
    assert_eq!(reasons(&f, RemovalReason::KeywordRow).len(), 1);
    assert_eq!(reasons(&f, RemovalReason::Caption).len(), 1);
}

#[test]
fn invented_scrape_without_headline() {
    let text = format!("{LEDE}\n{P2}\n{P3}");
    let f = run(&text);
    assert_eq!(f.title, None);
    assert_eq!(f.body.split("\n\n").count(), 3);
    assert!(f.removed.is_empty(), "{:?}", f.removed);
}

#[test]
fn short_lede_is_not_a_standfirst_when_attributed() {
    let text = format!(
        "Ferries resume on Lowmark crossing\n\nThe Lowmark ferries will sail again on Wednesday, the operator said.\n\n{P2} {P3}"
    );
    let f = run(&text);
    assert_eq!(f.subtitle, None);
    assert!(f.body.starts_with("The Lowmark ferries will sail again"));
}

#[test]
fn dateline_date_and_furniture_fallback() {
    let text =
        format!("Ferry talks resume in Lowmark today\n\nLOWMARK, March 3 (XNA) - {P2}\n\n{P3}");
    let hints = DocumentHints {
        fetched: Some("2026-03-04T10:00:00Z".into()),
        ..DocumentHints::default()
    };
    let f = extract_text(&text, &hints);
    assert_eq!(
        f.published,
        Some(PublishedDate {
            date: NaiveDate::from_ymd_opt(2026, 3, 3).unwrap(),
            source: DateSource::Dateline
        })
    );
    // A date bar later than the fetch is not today's date of the crawl.
    let text = format!(
        "Wednesday, 9 March 2026\nLogo\nFerry talks resume in Lowmark today\n\n{P2}\n\n{P3}"
    );
    let f = extract_text(&text, &hints);
    assert_eq!(f.published, None);
    // With nothing better, a date bar on or before the fetch is the
    // date, and says it is only a date bar.
    let text =
        format!("Tuesday, 3 March 2026\nLogo\nFerry talks resume in Lowmark today\n\n{P2}\n\n{P3}");
    let f = extract_text(&text, &hints);
    assert_eq!(
        f.published,
        Some(PublishedDate {
            date: NaiveDate::from_ymd_opt(2026, 3, 3).unwrap(),
            source: DateSource::PageDateBar
        })
    );
}

#[test]
fn related_links_after_the_body() {
    let text = format!("{LEDE}\n\n{P2}\n\nMore From Lowmark\nSanmere Tram Fares To Rise In April\nPellis Rice Growers Warn Of Dry Summer\n");
    let f = run(&text);
    assert_eq!(f.body, format!("{LEDE}\n\n{P2}"));
    assert_eq!(reasons(&f, RemovalReason::RelatedLinks).len(), 2);
}

#[test]
fn paragraphs_split_at_links_are_joined() {
    let text = format!(
        "{LEDE}\n\nThe deal was brokered by the\nLowmark Harbour Board\n, which said\nservices would resume on Wednesday.\n\n{P3}"
    );
    let f = run(&text);
    let paras: Vec<&str> = f.body.split("\n\n").collect();
    assert_eq!(paras.len(), 3, "{paras:?}");
    assert_eq!(
        paras[1],
        "The deal was brokered by the Lowmark Harbour Board, which said services would resume on Wednesday."
    );
}

#[test]
fn hard_wrapped_text_is_reflowed() {
    let text = "Lowmark ferry strike ends\n\n\
LOWMARK: The ferry strike that has idled the Lowmark crossing for three\n\
weeks ended on Monday after the union accepted a revised pay offer,\n\
officials said on Monday evening.\n\n\
The union's members voted 812 to 301 in favour of the deal, which raises\n\
wages by 6 per cent over two years and restores the weekend rotas that\n\
crews had lost last year.\n\n\
Services will resume on Wednesday morning, the operator said in a\n\
statement, warning passengers to expect delays for the first few days.\n";
    let f = run(text);
    assert_eq!(f.title.as_deref(), Some("Lowmark ferry strike ends"));
    let paras: Vec<&str> = f.body.split("\n\n").collect();
    assert_eq!(paras.len(), 3, "{paras:?}");
    assert!(paras[0].starts_with("LOWMARK: The ferry strike"));
    assert!(paras[0].ends_with("officials said on Monday evening."));
    assert!(paras[2].contains("in a statement, warning"));
}

#[test]
fn meta_row_gives_byline_and_date() {
    let text = format!(
        "Lowmark ferry strike ends\nBy Ola Brenn | Updated: March 4, 2026, 10:14 IST | 4 min read\n{LEDE}\n{P2}"
    );
    let f = run(&text);
    assert_eq!(f.byline.as_deref(), Some("Ola Brenn"));
    assert_eq!(
        f.published.map(|p| p.date),
        NaiveDate::from_ymd_opt(2026, 3, 4)
    );
    assert_eq!(f.body, format!("{LEDE}\n\n{P2}"));
}

#[test]
fn unlabelled_link_run_inside_body() {
    let text = format!(
        "{LEDE}\n\nSanmere Tram Fares To Rise In April\nPellis Rice Growers Warn Of Dry Summer\n\n{P2}\n\n{P3}"
    );
    let f = run(&text);
    assert_eq!(f.body, format!("{LEDE}\n\n{P2}\n\n{P3}"));
    assert_eq!(reasons(&f, RemovalReason::RelatedLinks).len(), 2);
}

#[test]
fn photo_after_lede_does_not_make_it_a_standfirst() {
    let text = format!(
        "Lowmark ferry strike ends\n\n{LEDE}\n\nPhoto: Crews at the Lowmark terminal on Monday. (Harbour Chronicle/Ola Brenn)\n\n{P2}\n\n{P3}"
    );
    let f = run(&text);
    assert_eq!(f.subtitle, None);
    assert!(f.body.starts_with("LOWMARK: The ferry strike"));
    assert_eq!(f.body.split("\n\n").count(), 3);
}

#[test]
fn comment_section_is_not_body() {
    let text = format!(
        "{LEDE}\n\n{P2}\n\n{P3}\n\n12 Comments\n\nharbourfan\nThis strike went on far too long and the operator should have paid up earlier.\nReply\n\nola_b\nThe union did the right thing by holding out for a better offer, in my view.\n"
    );
    let f = run(&text);
    assert_eq!(f.body, format!("{LEDE}\n\n{P2}\n\n{P3}"));
    assert!(reasons(&f, RemovalReason::Comments).len() >= 4);
}

#[test]
fn standfirst_rules_are_conservative() {
    // A short, timely lede before a long paragraph is the body's start.
    let text = format!("Ferries resume on Lowmark crossing\n\nThe Lowmark ferry strike ended on Monday.\n\n{P2} {P3}");
    let f = run(&text);
    assert_eq!(f.subtitle, None);
    // A site name is not a headline, even when repeated in the footer.
    let text = format!("The Harbour Chronicle\nFerries resume on Lowmark crossing\n{LEDE}\n{P2}\nThe Harbour Chronicle\n© 2026 The Harbour Chronicle");
    let f = run(&text);
    assert_eq!(
        f.title.as_deref(),
        Some("Ferries resume on Lowmark crossing")
    );
    assert_eq!(f.body, format!("{LEDE}\n\n{P2}"));
}

#[test]
fn odd_input() {
    for text in [
        String::new(),
        "\0\0\0".to_owned(),
        "×\n•\n***\n|".to_owned(),
        "\r\n\r\n\r".to_owned(),
        "a".repeat(1 << 20),
        "Word ".repeat(200_000),
        format!("date 2026-03-05{}", "\0".repeat(10)),
        "date 9999-99-99 X".to_owned(),
        "By\nBy By\n(\n)\n— \n".to_owned(),
    ] {
        let f = run(&text);
        assert!(!f.body.contains('\0'));
    }
    let f = run("×\n•\n***");
    assert!(f.body.is_empty());
    assert_eq!(f.removed.len(), 3);
}

/// A live report stamping its entries on lines of their own keeps its first
/// entry's stamp in the body; a lone clock above an ordinary report stays
/// out.
#[test]
fn live_stamps_on_their_own_lines_stay_in_the_body() {
    let text = format!(
        "LIVE: Lowmark ferry strike talks - Friday 6 March\n\n08:40 CET\n{LEDE}\n\n09:15 CET\n{P2}\n\n11:02 CET\n{P3}\n"
    );
    let f = run(&text);
    assert!(f.body.starts_with("08:40 CET\n"), "{:?}", f.body);
    assert!(f.body.contains("09:15 CET"));
    // The line saying which zone the stamps are in belongs to the body too.
    let text = format!(
        "LIVE: Lowmark ferry strike talks\nAll times CET\n\n08:40\n{LEDE}\n\n09:15\n{P2}\n\n11:02\n{P3}\n"
    );
    let f = run(&text);
    assert!(f.body.starts_with("All times CET\n"), "{:?}", f.body);
    // Stamps with am/pm written onto them ("8.40am") are stamps too.
    let text = format!(
        "LIVE: Lowmark ferry strike talks\nAll times GMT\n\n8.40am\n{LEDE}\n\n9.15am\n{P2}\n\n11.02am\n{P3}\n"
    );
    let f = run(&text);
    assert!(f.body.starts_with("All times GMT\n"), "{:?}", f.body);
    assert!(f.body.contains("8.40am"), "{:?}", f.body);
    let text = format!(
        "LIVE: Lowmark ferry strike talks\nAll times Lowmarkish (UTC+1)\n\n08:40\n{LEDE}\n\n09:15\n{P2}\n\n11:02\n{P3}\n"
    );
    let f = run(&text);
    assert!(
        f.body.starts_with("All times Lowmarkish (UTC+1)\n"),
        "{:?}",
        f.body
    );
    let text = format!(
        "LIVE: Lowmark ferry strike talks - Monday 3 May\nTimes are Lowmark city time (UTC+1)\n\n08:40\n{LEDE}\n\n09:15\n{P2}\n\n11:02\n{P3}\n"
    );
    let f = run(&text);
    assert!(
        f.body.starts_with("Times are Lowmark city time (UTC+1)\n"),
        "{:?}",
        f.body
    );
    let text = format!("Lowmark ferry strike talks\nAll rights reserved\n\n{LEDE}\n\n{P2}\n");
    let f = run(&text);
    assert!(f.body.starts_with("LOWMARK:"), "{:?}", f.body);
    let text = format!("Lowmark ferry strike ends\n\n08:40 CET\n{LEDE}\n\n{P2}\n\n{P3}\n");
    let f = run(&text);
    assert!(f.body.starts_with("LOWMARK:"), "{:?}", f.body);
}
