//! The de-duplication stage on invented reports: exact and near copies,
//! reports that are not copies, wire groups, determinism, degenerate bodies.

mod common;

use common::{article, ferry_body, id, FERRY, FERRY_OWN_REPORT, LIBRARY, STRIKE};
use crosscheck_dedup::{dedup, DedupOptions};
use crosscheck_types::{CopyKind, DedupResult};

fn run(articles: &[crosscheck_types::Article]) -> DedupResult {
    dedup(articles, &DedupOptions::default())
}

#[test]
fn exact_copy_with_other_case_spacing_and_punctuation() {
    let original = article(1, Some(3), &ferry_body());
    let reformatted = ferry_body()
        .to_uppercase()
        .replace(", ", " , ")
        .replace("\n\n", "\n");
    let copy = article(2, Some(4), &reformatted);
    let other = article(3, Some(3), LIBRARY);
    let result = run(&[copy, other, original]);
    assert_eq!(result.links.len(), 1, "{:?}", result.links);
    let link = &result.links[0];
    assert_eq!((&link.copy, &link.original), (&id(2), &id(1)));
    assert_eq!(link.kind, CopyKind::Exact);
    assert_eq!(link.similarity, 1.0);
    assert_eq!(result.stats.exact_copies, 1);
    assert_eq!(result.groups.group(&id(2)), result.groups.group(&id(1)));
    assert_ne!(result.groups.group(&id(3)), result.groups.group(&id(1)));
}

#[test]
fn original_is_earliest_published_then_smallest_id() {
    // Same day: the smaller id is the original, whatever the input order.
    let a = article(9, Some(5), &ferry_body());
    let b = article(4, Some(5), &ferry_body());
    let undated = article(1, None, &ferry_body());
    let result = run(&[a, undated, b]);
    let originals: Vec<_> = result.links.iter().map(|l| l.original.clone()).collect();
    assert_eq!(originals, vec![id(4), id(4)]);
}

#[test]
fn on_the_same_day_the_fuller_text_is_the_original() {
    // A re-post that trims the last paragraph, published the same day with a
    // smaller id: the fuller wire text is still the original.
    let full = article(8, Some(5), &FERRY.join("\n\n"));
    let trimmed = article(2, Some(5), &FERRY[..FERRY.len() - 1].join("\n\n"));
    for input in [[full.clone(), trimmed.clone()], [trimmed, full]] {
        let result = run(&input);
        assert_eq!(result.links.len(), 1, "{:?}", result.links);
        assert_eq!(
            (&result.links[0].copy, &result.links[0].original),
            (&id(2), &id(8))
        );
    }
}

#[test]
fn near_copy_new_headline_trimmed_paragraph_other_boilerplate() {
    let mut original = article(
        10,
        Some(3),
        &format!(
            "{}\n\nFollow our live coverage of the lake crossing for updates.",
            ferry_body()
        ),
    );
    original.title = Some("Ferry runs aground on Lake Merrow".into());
    // Re-post: new headline, last paragraph trimmed, two words changed,
    // another outlet's boilerplate line.
    let mut paragraphs: Vec<String> = FERRY[..7].iter().map(|p| p.to_string()).collect();
    paragraphs[1] = paragraphs[1].replace("strong crosswind", "gusty crosswind");
    paragraphs[4] = paragraphs[4].replace("dry winter", "unusually dry winter");
    paragraphs.push("Download the Valley Courier app to get alerts on breaking news.".into());
    let mut copy = article(11, Some(4), &paragraphs.join("\n\n"));
    copy.title = Some("212 stranded for six hours as Silver Heron hits sandbank".into());
    let result = run(&[copy, original, article(12, Some(3), STRIKE)]);
    assert_eq!(result.links.len(), 1, "{:?}", result.links);
    let link = &result.links[0];
    assert_eq!((&link.copy, &link.original), (&id(11), &id(10)));
    assert_eq!(link.kind, CopyKind::Near);
    assert!(link.containment >= 0.85, "{link:?}");
    assert!(link.similarity < 1.0);
    assert_eq!(
        result.groups.independent_count([&id(10), &id(11), &id(12)]),
        2
    );
}

#[test]
fn two_reports_of_one_event_sharing_sentences_are_not_copies() {
    let wire = article(20, Some(3), &ferry_body());
    let own = article(21, Some(3), FERRY_OWN_REPORT);
    let result = run(&[wire, own]);
    assert!(result.links.is_empty(), "{:?}", result.links);
    assert_eq!(result.groups.independent_count([&id(20), &id(21)]), 2);
}

#[test]
fn same_wire_credit_is_one_source_and_copies_join_it() {
    let mut ferry = article(30, Some(3), &ferry_body());
    ferry.wire = Some("PTI".into());
    let mut strike = article(31, Some(2), STRIKE);
    strike.wire = Some("With PTI inputs".into());
    // An uncredited re-post of the wire's ferry story: a copy, so PTI too.
    let repost = article(
        32,
        Some(4),
        &ferry_body().replace("Sunday evening", "Sunday night"),
    );
    let mut reuters = article(33, Some(3), LIBRARY);
    reuters.wire = Some("Reuters".into());
    let result = run(&[ferry, strike, repost, reuters]);
    let g = |n| result.groups.group(&id(n)).cloned();
    assert_eq!(g(30), g(31));
    assert_eq!(g(30), g(32));
    assert_ne!(g(30), g(33));
    // The group is named after its first article: the strike report (day 2).
    assert_eq!(g(30).map(|s| s.0), Some(id(31)));
    assert_eq!(
        result
            .groups
            .independent_count([&id(30), &id(31), &id(32), &id(33)]),
        2
    );
    assert_eq!(result.stats.groups, 2);
    // A wire credit alone does not make a copy.
    assert_eq!(result.links.len(), 1);
}

#[test]
fn empty_and_one_word_bodies_are_never_copies() {
    let articles = vec![
        article(40, Some(1), ""),
        article(41, Some(1), ""),
        article(42, Some(1), "   \n\n  "),
        article(43, Some(1), "Breaking"),
        article(44, Some(2), "Breaking"),
        article(45, Some(2), "Update."),
        article(46, None, "…"),
    ];
    let result = run(&articles);
    assert!(result.links.is_empty(), "{:?}", result.links);
    assert_eq!(result.stats.too_short, 7);
    assert_eq!(result.stats.groups, 7);
    assert_eq!(run(&[]), DedupResult::default());
}

#[test]
fn the_same_id_twice_is_one_article() {
    let a = article(50, Some(1), &ferry_body());
    let result = run(&[a.clone(), a]);
    assert!(result.links.is_empty());
    assert_eq!(result.stats.articles, 1);
}

/// A report crediting a wire ("This report is from Lowmark Press Agency")
/// is one source with the agency's own report of the same days, though its
/// text was trimmed and rewritten beyond a copy; the agency's report of
/// another week stays apart.
#[test]
fn a_wire_credit_joins_the_agencys_own_report_of_those_days() {
    let mut own = article(50, Some(3), &ferry_body());
    own.outlet = Some("Lowmark Press Agency".into());
    let mut later = article(51, Some(12), STRIKE);
    later.outlet = Some("Lowmark Press Agency".into());
    let mut credited = article(52, Some(4), LIBRARY);
    credited.wire = Some("Lowmark Press Agency".into());
    let result = run(&[own, later, credited]);
    let g = |n| result.groups.group(&id(n)).cloned();
    assert_eq!(g(50), g(52));
    assert_ne!(g(51), g(52));
}

/// An invented wire report on a grain silo fire (nine paragraphs).
const SILO: [&str; 9] = [
    "HARROWDEN, Orlesk, June 2 (Tamsin Wire) – Fire tore through the grain silos at the port of Harrowden on Monday night, destroying about 18,000 tonnes of barley and closing the eastern quay for at least a week, the port authority said.",
    "The blaze was reported at 2310 local time by a watchman on the coal pier. It took 140 firefighters until dawn to bring it under control.",
    "Nobody was hurt, but two crane drivers were treated for smoke inhalation after they helped move a fuel tanker away from the flames, a spokesman for the fire service said.",
    "\"We could feel the heat from the far side of the basin, and the sky over the town was orange until four in the morning,\" said Pelham Dorrit, a night-shift pilot.",
    "The silos, built in 1961, held most of the barley harvest of the Orlesk plain awaiting export. Traders in the capital said the price of feed barley rose by nine percent on Tuesday morning.",
    "Investigators from the national fire office arrived on Tuesday and will examine a conveyor belt that had been repaired the week before, the port authority's director, Ysolde Marchetti, told reporters.",
    "The eastern quay handles about a third of the port's grain traffic. Ships waiting to load were told to anchor outside the breakwater or sail for the port of Quenby, forty kilometres to the north.",
    "Farmers' groups asked the government to pay for storage elsewhere until the silos are rebuilt, which Marchetti said could take two years.",
    "Shares in the silo operator, Granary Holdings, fell six percent in early trading.",
];

/// A local paper runs a wire report word for word, trimmed of three of its
/// paragraphs, with its own dateline and a paragraph of its own: a copy, by
/// containment, though the added and dropped paragraphs keep its Jaccard
/// similarity and its containment below the old bar (0.85). Two reports of
/// one event that share a quote and a sentence stay apart.
#[test]
fn a_trimmed_copy_with_a_paragraph_of_its_own_is_a_near_copy() {
    let wire = article(60, Some(2), &SILO.join("\n\n"));
    let mut kept: Vec<String> = [0usize, 2, 4, 5, 6, 7]
        .iter()
        .map(|&k| SILO[k].to_owned())
        .collect();
    kept[0] = kept[0].replace(", June 2 (Tamsin Wire)", " (Tamsin Wire)");
    kept.push(
        "Millers in Ashby, who buy most of their barley through Harrowden, said they had \
         enough in their own stores to keep working until the end of the month, and that \
         the town's bakeries would not run short of flour before then."
            .to_owned(),
    );
    let copy = article(61, Some(3), &kept.join("\n\n"));
    let own = article(62, Some(3), FERRY_OWN_REPORT);
    let result = run(&[copy, wire, own]);
    assert_eq!(result.links.len(), 1, "{:?}", result.links);
    let link = &result.links[0];
    assert_eq!((&link.copy, &link.original), (&id(61), &id(60)));
    assert_eq!(link.kind, CopyKind::Near);
    assert!(link.containment < 0.85, "{link:?}");
}

/// An invented wire report: a canal lock gate gives way (eight paragraphs).
const LOCK_WIRE: [&str; 8] = [
    "QUARNSBY, May 14 (Fenlow Press) – A lock gate on the Hallam Navigation gave way before dawn on Wednesday, draining a three-kilometre stretch of the canal and leaving 37 barges and pleasure boats lying on the mud between Quarnsby and Tenter Bridge, the waterways board said.",
    "The lower gate of Shelford Lock split along its timber mitre at about 0340 local time, a lock-keeper told the board. The water level above the lock fell by more than two metres within an hour, and the towpath subsided in two places where the bank had been undercut.",
    "Nobody was hurt. Eleven people who live aboard their boats were helped ashore by firefighters with ladders, and the parish hall in Quarnsby opened its doors to them for the night, the county fire service said.",
    "\"I woke up because the boat was leaning over and the cups were sliding off the shelf,\" said Marit Oddny, a retired ferry mechanic who has lived on a narrowboat at Shelford for nine years. \"By the time I got my boots on we were sitting on the bottom.\"",
    "The board's chief engineer, Casimir Redfern, said the gate had been inspected in February and was due to be replaced next winter as part of a programme costing 6.2 million crowns. He said divers would examine the cill before any repair began, and that the stretch could stay closed for six weeks.",
    "Barge operators said the closure would cut off the gravel wharves at Tenter Bridge, which send about 4,000 tonnes a week down the canal to building sites in the city. Two firms said they would move their loads to lorries from Monday.",
    "Anglers' clubs and a wildlife trust worked through the morning to move stranded fish into the pound below the lock, where the water level held. Volunteers carried more than 600 bream and roach in buckets, a trust official said.",
    "The board asked walkers to keep off the towpath between the two bridges until engineers had checked the banks, and said it would publish a timetable for the repair by the end of next week.",
];

/// A paper's run of [`LOCK_WIRE`]: its own dateline, a clause or a figure cut
/// from nearly every paragraph it keeps, two paragraphs dropped, a paragraph
/// of its own and a credit line. Under three fifths of its 5-shingles are in
/// the wire's (Jaccard 0.27).
const LOCK_COPY: [&str; 8] = [
    "QUARNSBY (Fenlow Press) – A lock gate on the Hallam Navigation gave way before dawn on Wednesday, draining a stretch of the canal and leaving 37 barges and pleasure boats lying on the mud, the waterways board said.",
    "The lower gate of Shelford Lock split at about 0340 local time. The water level above the lock fell by more than two metres within an hour.",
    "Nobody was hurt. Eleven people who live aboard their boats were helped ashore by firefighters, the county fire service said.",
    "\"I woke up because the boat was leaning over and the cups were sliding off the shelf,\" said Marit Oddny, who has lived on a narrowboat at Shelford for nine years.",
    "The board's chief engineer, Casimir Redfern, said the gate had been inspected in February and was due to be replaced next winter. The stretch could stay closed for six weeks.",
    "Barge operators said the closure would cut off the gravel wharves at Tenter Bridge.",
    "Shopkeepers in Dunmere Street, which runs beside the drained stretch, said the sight of the boats on the mud had brought crowds of onlookers into town all afternoon, and that they had sold out of hot drinks by two o'clock.",
    "This report was supplied by the Fenlow Press agency.",
];

/// Another outlet's own report of the lock: the same quote, names and facts in
/// its own words.
const LOCK_OWN: [&str; 6] = [
    "Families who make their homes on the water spent Wednesday night in a parish hall after the Hallam Navigation emptied beneath their boats, our reporter in Quarnsby writes.",
    "Shelford Lock, a nineteenth-century structure with oak gates, failed in the small hours, and by first light a line of hulls lay tilted in grey silt along the stretch towards Tenter Bridge.",
    "\"I woke up because the boat was leaning over and the cups were sliding off the shelf,\" said Marit Oddny, who has lived on the canal for nine years.",
    "Casimir Redfern, the waterways board's chief engineer, said replacement of the gate had already been planned for next winter, but he could not say when boats would float again.",
    "Gravel firms at Tenter Bridge are counting the cost. One haulier said he had twelve lorry drivers on standby and expected the bill for the detour to run into tens of thousands of crowns.",
    "Volunteers with buckets and nets moved hundreds of fish into deeper water below the lock before the afternoon heat set in.",
];

/// A copy cut within its sentences is still a copy: its Jaccard similarity
/// with the wire (0.27) is far below what a 4-row LSH band catches, and its
/// containment (0.58) below the old bar (0.7), but far above what two
/// reports of one event sharing a quote and facts share (0.09, 0.12).
#[test]
fn a_copy_cut_within_its_sentences_is_a_near_copy() {
    let wire = article(70, Some(14), &LOCK_WIRE.join("\n\n"));
    let copy = article(71, Some(14), &LOCK_COPY.join("\n\n"));
    let own = article(72, Some(15), &LOCK_OWN.join("\n\n"));
    let result = run(&[own, copy, wire]);
    assert_eq!(result.links.len(), 1, "{:?}", result.links);
    let link = &result.links[0];
    assert_eq!((&link.copy, &link.original), (&id(71), &id(70)));
    assert_eq!(link.kind, CopyKind::Near);
    assert_eq!(
        result.groups.independent_count([&id(70), &id(71), &id(72)]),
        2
    );
}
