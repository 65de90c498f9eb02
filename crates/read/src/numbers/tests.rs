use super::*;

fn one(body: &str) -> Quantity {
    let qs = quantities(body);
    assert_eq!(qs.len(), 1, "{body:?} gave {qs:?}");
    qs.into_iter().next().expect("one quantity")
}

fn check(body: &str, text: &str, value: f64, unit: &str, approx: Approx, kind: QuantityKind) {
    let q = one(body);
    assert_eq!(q.text, text, "{body:?}");
    assert_eq!(&body[q.start..q.end], text);
    assert!((q.value - value).abs() < 1e-9, "{body:?}: {}", q.value);
    assert_eq!(q.unit, unit, "{body:?}");
    assert_eq!(q.approx, approx, "{body:?}");
    assert_eq!(q.kind, kind, "{body:?}");
}

#[test]
fn the_issue_examples() {
    use Approx::*;
    use QuantityKind::*;
    check(
        "Fighters killed 12 soldiers.",
        "12 soldiers",
        12.0,
        "soldier",
        Exact,
        Count,
    );
    check(
        "The talks lasted four days.",
        "four days",
        4.0,
        "day",
        Exact,
        Duration,
    );
    check(
        "It lasted six hours, he said.",
        "six hours",
        6.0,
        "hour",
        Exact,
        Duration,
    );
    check(
        "They asked for $4.2 million.",
        "$4.2 million",
        4.2e6,
        "usd",
        Exact,
        Money,
    );
    check(
        "Prices rose 30 percent.",
        "30 percent",
        30.0,
        "percent",
        Exact,
        Percent,
    );
    check("Prices rose 30%.", "30%", 30.0, "percent", Exact, Percent);
    check(
        "Prices rose 30 per cent.",
        "30 per cent",
        30.0,
        "percent",
        Exact,
        Percent,
    );
    check(
        "It killed more than 300 people.",
        "more than 300 people",
        300.0,
        "person",
        MoreThan,
        Count,
    );
}

#[test]
fn ranges() {
    let q = one("Drones flew in four or five times.");
    assert_eq!(q.text, "four or five times");
    assert_eq!((q.low, q.high, q.value), (4.0, 5.0, 4.0));
    assert_eq!(q.unit, "time");
    let q = one("between 10 and 12 people were hurt");
    assert_eq!((q.low, q.high), (10.0, 12.0));
    assert_eq!(q.text, "between 10 and 12 people");
    let q = one("10-12 trucks");
    assert_eq!((q.low, q.high), (10.0, 12.0));
    assert_eq!(q.unit, "truck");
}

#[test]
fn word_numbers() {
    assert_eq!(one("twenty-one observers came").value, 21.0);
    assert_eq!(one("a dozen observers came").value, 12.0);
    assert_eq!(one("Some two million people live there").value, 2e6);
    assert_eq!(
        one("Some two million people live there").approx,
        Approx::About
    );
    assert_eq!(one("one hundred and five boats").value, 105.0);
    assert_eq!(one("1,250 tents arrived").value, 1250.0);
    assert_eq!(one("A loan of $3bn was agreed").value, 3e9);
    assert_eq!(one("Twelve soldiers died").value, 12.0);
}

#[test]
fn approximations() {
    assert_eq!(one("at least 12 soldiers").approx, Approx::AtLeast);
    assert_eq!(one("about 40 soldiers").approx, Approx::About);
    assert_eq!(one("nearly 40 soldiers").approx, Approx::About);
    assert_eq!(one("up to four days").approx, Approx::UpTo);
    // "within" sets a limit; the length itself is exact.
    let q = one("within three days");
    assert_eq!((q.approx, q.text.as_str()), (Approx::Exact, "three days"));
    assert_eq!(one("no more than 250,000 euros").approx, Approx::UpTo);
    assert_eq!(one("not more than 90 minutes").approx, Approx::UpTo);
    assert_eq!(one("as much as 45 million florins").approx, Approx::UpTo);
    assert_eq!(one("for just over three hours").approx, Approx::MoreThan);
    assert_eq!(one("just under two hours").approx, Approx::LessThan);
    assert_eq!(one("fewer than 10 boats").approx, Approx::LessThan);
    assert_eq!(one("over 300 people").approx, Approx::MoreThan);
    // "over two days" is "during", not "more than".
    let q = one("talks held over two days");
    assert_eq!((q.approx, q.text.as_str()), (Approx::Exact, "two days"));
    // A speed is not a distance.
    let q = one("The train entered the curve at 118 km/h");
    assert_eq!(
        (q.unit.as_str(), q.text.as_str()),
        ("kilometre per hour", "118 km/h")
    );
    // A verb's particle: "handed over 62 prisoners" is 62.
    let q = one("Izmark handed over 62 prisoners");
    assert_eq!((q.approx, q.text.as_str()), (Approx::Exact, "62 prisoners"));
    assert_eq!(one("crowds of over 300 people").approx, Approx::MoreThan);
    // "more" after the number means additional.
    let q = one("and twenty-one more observers were expected");
    assert_eq!(
        (q.approx, q.unit.as_str(), q.value),
        (Approx::Exact, "observer", 21.0)
    );
}

#[test]
fn hyphenated_adjectives_count_their_noun() {
    let q = one("after four-day talks");
    assert_eq!(
        (q.text.as_str(), q.unit.as_str(), q.kind),
        ("four-day", "day", QuantityKind::Duration)
    );
    assert_eq!(q.value, 4.0);
    let q = one("a 12-hour curfew");
    assert_eq!((q.unit.as_str(), q.value), ("hour", 12.0));
}

#[test]
fn words_between_number_and_noun() {
    assert_eq!(one("Twelve Kestrian soldiers were killed").unit, "soldier");
    assert_eq!(
        one("Twelve Kestrian soldiers were killed").text,
        "Twelve Kestrian soldiers"
    );
    assert_eq!(one("40 armoured vehicles left").unit, "vehicle");
    assert_eq!(one("the three border provinces.").unit, "province");
    assert_eq!(one("about 120 children").unit, "child");
    assert_eq!(one("14 tonnes of food").unit, "tonne");
    assert_eq!(one("two countries fought").unit, "country");
    assert_eq!(
        one("the two countries' previous talks").text,
        "two countries"
    );
    assert_eq!(one("the two countries’ talks").unit, "country");
}

#[test]
fn rates_and_dimensions_stay_in_the_unit() {
    let flow = one("a flow of 50 cubic metres per second at the weir");
    assert_eq!(flow.unit, "cubic metre per second");
    assert_eq!(flow.text, "50 cubic metres per second");
    assert_eq!(
        one("some 40 square kilometres flooded").unit,
        "square kilometre"
    );
    assert_eq!(one("120 kilometres of canals").unit, "kilometre");
    assert_eq!(one("30 trucks per day crossed").unit, "truck per day");
    // "per cent" is a percentage, not a rate.
    assert_eq!(one("rose 30 per cent").unit, "percent");
}

#[test]
fn not_quantities() {
    for body in [
        "The war of 2009 ended.",
        "in 2009. About then.",
        "LUNMAR, June 3 (ERNA) – talks",
        "on 7 June 2026 the guns stopped",
        "at about 11 p.m. local time",
        "at 6 a.m. on Tuesday",
        "at 21:00 GMT",
        "23:00 UTC+2 in Lunmar",
        "since May 28.",
        "the 21st round",
        "the first session",
        "one diplomat said",
        "a first step, not a last one",
        "1. Items\n2. More items",
        "an F-16 jet",
        "fell by a third",
        "she said it twice",
        "the toll rose to 17.",
    ] {
        assert!(
            quantities(body).is_empty(),
            "{body:?}: {:?}",
            quantities(body)
        );
    }
}

#[test]
fn several_in_order_with_offsets_on_char_boundaries() {
    let body = "Şemira sent 600 soldiers and 40 armoured vehicles “within three days”.";
    let qs = quantities(body);
    let texts: Vec<&str> = qs.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(
        texts,
        ["600 soldiers", "40 armoured vehicles", "three days"]
    );
    for q in &qs {
        assert_eq!(&body[q.start..q.end], q.text);
    }
}

#[test]
fn no_panic_on_odd_input() {
    for body in [
        "",
        "$",
        "%",
        "1",
        "-1-",
        "four-",
        "a dozen",
        "1,",
        "99999999999999999999999 ships",
        "½ ‑5",
    ] {
        let _ = quantities(body);
    }
}

#[test]
fn serde_names_are_snake_case() {
    let q = one("more than 300 people");
    let json = serde_json::to_string(&q).expect("serialises");
    assert!(json.contains("\"approx\":\"more_than\""), "{json}");
    assert!(json.contains("\"kind\":\"count\""), "{json}");
}

#[test]
fn collective_and_men_plurals_are_counted() {
    use Approx::*;
    use QuantityKind::*;
    check("It held its 9 crew.", "9 crew", 9.0, "crew", Exact, Count);
    check(
        "The seven crew slept.",
        "seven crew",
        7.0,
        "crew",
        Exact,
        Count,
    );
    check(
        "It fined 4 Varnish fishermen.",
        "4 Varnish fishermen",
        4.0,
        "fisherman",
        Exact,
        Count,
    );
    check(
        "Six policemen came.",
        "Six policemen",
        6.0,
        "policeman",
        Exact,
        Count,
    );
    // A singular "-men" noun is not a plural: nothing is counted.
    assert!(quantities("They took 3 specimen jars.")
        .iter()
        .all(|q| q.unit != "specimen"));
}

#[test]
fn above_below_and_in_excess_of_are_approximations() {
    use Approx::*;
    use QuantityKind::*;
    check(
        "a fine above €40,000",
        "above €40,000",
        40000.0,
        "eur",
        MoreThan,
        Money,
    );
    check(
        "in excess of 200 boats",
        "in excess of 200 boats",
        200.0,
        "boat",
        MoreThan,
        Count,
    );
    check(
        "below 5 percent",
        "below 5 percent",
        5.0,
        "percent",
        LessThan,
        Percent,
    );
}

#[test]
fn ves_plurals_and_measure_modifiers() {
    use Approx::*;
    use QuantityKind::*;
    check(
        "It cost nine lives.",
        "nine lives",
        9.0,
        "life",
        Exact,
        Count,
    );
    check(
        "They found 3 knives.",
        "3 knives",
        3.0,
        "knife",
        Exact,
        Count,
    );
    // A plain "-ves" plural keeps its "e".
    check("He ate 5 olives.", "5 olives", 5.0, "olive", Exact, Count);
    check(
        "It sailed 22 nautical miles north.",
        "22 nautical miles",
        22.0,
        "nautical mile",
        Exact,
        Count,
    );
}

#[test]
fn people_counted_by_what_happened_to_them() {
    use Approx::*;
    use QuantityKind::*;
    check(
        "Officials said 41 injured were taken away.",
        "41 injured",
        41.0,
        "injured",
        Exact,
        Count,
    );
    check(
        "In the end 29 were injured.",
        "29 were injured",
        29.0,
        "injured",
        Exact,
        Count,
    );
    check(
        "At least 12 dead remained under the rubble.",
        "At least 12 dead",
        12.0,
        "dead",
        AtLeast,
        Count,
    );
    // A state word after a noun is not the unit; one is not a crowd.
    check(
        "Nine soldiers were injured.",
        "Nine soldiers",
        9.0,
        "soldier",
        Exact,
        Count,
    );
    check(
        "The 41 injured passengers were flown out.",
        "41 injured passengers",
        41.0,
        "passenger",
        Exact,
        Count,
    );
}

#[test]
fn durations_as_iso_8601() {
    let iso = |text: &str| {
        quantities(text)
            .first()
            .and_then(Quantity::iso_duration)
            .unwrap_or_default()
    };
    assert_eq!(iso("for six days"), "P6D");
    assert_eq!(iso("for 40 hours"), "PT40H");
    assert_eq!(iso("for three weeks"), "P3W");
    assert_eq!(iso("for a day and a half"), "P1DT12H");
    assert_eq!(iso("within half an hour"), "PT30M");
    assert_eq!(iso("two and a half years"), "P2Y6M");
    assert_eq!(iso("a week and a half"), "P10DT12H");
    assert_eq!(iso("for eleven centuries"), "P1100Y");
    assert_eq!(iso("for two decades"), "P20Y");
    assert_eq!(iso("for a week"), "P1W");
    assert_eq!(iso("12 soldiers"), "");
    assert_eq!(iso("two and a half months"), "");
    // Stopwatch readings are elapsed times; a clock with seconds is not.
    assert_eq!(iso("She won in 2:04:38 on a cold morning."), "PT2H4M38S");
    assert_eq!(iso("a best of 2:22:10, set last year"), "PT2H22M10S");
    assert_eq!(iso("the time of 1:59:59 stood"), "PT1H59M59S");
    assert!(quantities("The bell rang at 09:14:05 and again.").is_empty());
    let q = quantities("The last signal came 09:14:05 CET.");
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn a_range_shares_its_scale_and_hyphenated_modifiers_are_stepped_over() {
    let q = quantities("crews poured between 1.2 and 1.5 million litres of water");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!((q[0].low, q[0].high), (1.2e6, 1.5e6));
    assert_eq!(q[0].unit, "litre");
    let q = quantities("two to three million people");
    assert_eq!((q[0].low, q[0].high), (2e6, 3e6));
    let q = quantities("Two night-shift workers were missing.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!((q[0].value, q[0].unit.as_str()), (2.0, "worker"));
}

/// Each (text, unit) of `body`'s quantities.
fn units(body: &str) -> Vec<(String, String)> {
    quantities(body)
        .into_iter()
        .map(|q| (q.text, q.unit))
        .collect()
}

fn pair(text: &str, unit: &str) -> (String, String) {
    (text.to_owned(), unit.to_owned())
}

#[test]
fn a_part_of_a_named_whole_counts_the_whole_noun() {
    let got = units("The office received nine of the 38 crates and 11 of its lorries.");
    assert!(got.contains(&pair("nine", "crate")), "{got:?}");
    assert!(got.contains(&pair("11", "lorry")), "{got:?}");
}

#[test]
fn a_part_of_an_owned_whole_counts_the_whole_noun() {
    let got = units(
        "The mill underpaid 420 of the co-operative's 1,900 weavers, and 12 of Tarrow's \
         ferrymen went unpaid; 30 of the river board's clerks quit.",
    );
    assert!(got.contains(&pair("420", "weaver")), "{got:?}");
    assert!(got.contains(&pair("12", "ferryman")), "{got:?}");
    assert!(got.contains(&pair("30", "clerk")), "{got:?}");
}

#[test]
fn a_noun_left_out_is_the_one_of_the_count_before() {
    // "of them", a clause head before a verb or a place, a comparison,
    // and a past verb ending the clause.
    let got = units(
        "Twelve climbers were taken to hospital, three of them by helicopter. \
         Of the 12 climbers, eight are in Kessel and four in Morrat. \
         The clinic says 15 climbers have been seen, up from 12. \
         The rules give them two days. They took three.",
    );
    for (text, unit) in [
        ("three", "climber"),
        ("eight", "climber"),
        ("four", "climber"),
    ] {
        assert!(got.contains(&pair(text, unit)), "{text}: {got:?}");
    }
    assert!(got.contains(&pair("12", "climber")), "{got:?}");
    assert!(got.contains(&pair("three", "day")), "{got:?}");
    // A subject takes a count that is a subject too, not the nearer object.
    let got =
        units("By noon 40 climbers had been treated at two other clinics, and six were in danger.");
    assert!(got.contains(&pair("six", "climber")), "{got:?}");
}

#[test]
fn labels_ages_and_years_take_no_noun_from_before() {
    for body in [
        "Five cabins hung over pylon 4.",
        "Two walkers, aged 45, were found.",
        "Four ferries sailed in 2019.",
        "Six climbers set out; Route 9 was closed.",
    ] {
        let got = units(body);
        assert_eq!(got.len(), 1, "{body}: {got:?}");
    }
}

#[test]
fn a_month_ending_a_sentence_does_not_make_the_next_number_a_date() {
    let got = units("The cabin fell on 15 February.\n\nEleven people were hurt.");
    assert_eq!(got, vec![pair("Eleven people", "person")]);
    let got = units("It was in May. Twelve soldiers died.");
    assert_eq!(got, vec![pair("Twelve soldiers", "soldier")]);
    // An abbreviated month with its day is a date.
    assert!(units("It opened on Feb. 12 in Tamsk.").is_empty());
}

#[test]
fn a_length_in_two_units_is_one_duration() {
    let q = one("The engine cut out two minutes and 28 seconds into the climb.");
    assert_eq!(
        (
            q.text.as_str(),
            q.unit.as_str(),
            q.iso_duration().as_deref()
        ),
        ("two minutes and 28 seconds", "minute", Some("PT2M28S"))
    );
    assert!((q.value - 148.0 / 60.0).abs() < 1e-9, "{q:?}");
    let q = one("The vote took three hours, 40 minutes.");
    assert_eq!(q.iso_duration().as_deref(), Some("PT3H40M"));
    let q = one("The cartel ran for four years and two months.");
    assert_eq!(q.iso_duration().as_deref(), Some("P4Y2M"));
    // The smaller unit first: two lengths.
    assert_eq!(quantities("It took four days and two weeks.").len(), 2);
}

/// A count whose noun is left out takes it from one that left it out
/// too ("Seven of them … Only three were …"), across a paragraph break.
#[test]
fn a_left_out_noun_carries_on_across_paragraphs() {
    let got = units(
        "Twelve skiers were caught when the snow broke loose. Seven of them are dead.\n\n\
         Only three were dug out alive, the rescue told us.",
    );
    assert!(
        got.contains(&("three".to_owned(), "skier".to_owned())),
        "{got:?}"
    );
}

/// An age set off after a name is an age in years; a date's day is not.
#[test]
fn ages_set_off_after_a_name() {
    let found =
        quantities("Head keeper Orrin Vell, 58, carried her out. On March 14, 2031, it snowed.");
    let ages: Vec<(f64, &str)> = found
        .iter()
        .filter(|q| q.kind == QuantityKind::Age)
        .map(|q| (q.value, q.unit.as_str()))
        .collect();
    assert_eq!(ages, vec![(58.0, "year")], "{found:?}");
}

/// A tally "of" a noun counts that noun: "the number of fragments
/// recovered to 58", "the count of recovered fragments stands at 63"; a
/// number after "to" with no tally before it is left alone.
#[test]
fn a_tally_counts_the_noun_after_of() {
    for (body, n) in [
        (
            "Divers raised six pieces, bringing the number of fragments recovered to 58.",
            "58",
        ),
        (
            "By Friday the count of recovered fragments stands at 63.",
            "63",
        ),
    ] {
        let q = quantities(body);
        let q = q
            .iter()
            .find(|q| q.text == n)
            .unwrap_or_else(|| panic!("no {n} in {q:#?}"));
        assert_eq!(q.unit, "fragment", "{body}");
        assert_eq!(q.value, n.parse::<f64>().unwrap_or(0.0));
    }
    let q = quantities("The road to 58 Harbour Street was closed.");
    assert!(q.iter().all(|q| q.text != "58"), "{q:#?}");
}

#[test]
fn both_sides_of_a_vote_tally_are_votes() {
    let got = units(
        "The board voted 31 to 9 to close the pier. The council approved it by 44 votes to 12, \
         and prices rose by 5 to 10 percent.",
    );
    for text in ["31", "9", "44 votes", "12"] {
        assert!(got.contains(&pair(text, "vote")), "{text} in {got:?}");
    }
    assert!(
        !got.iter().any(|(t, u)| t == "10" && u == "vote"),
        "{got:?}"
    );
}

#[test]
fn a_sum_in_the_millions_before_its_noun_takes_its_unit() {
    let q = quantities("The firms were hit with a record 221 million mernet fine.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].value, 221e6);
    assert_eq!(q[0].unit, "mernet");
    // Below the millions the word before a noun is no unit of its own.
    let q = quantities("He paid a 40 mernet fine.");
    assert!(q.iter().all(|q| q.unit != "mernet"), "{q:?}");
}

#[test]
fn pounds_of_a_material_are_a_weight_and_pounds_of_funding_money() {
    let w = one("Inspectors sorted 40,000 pounds of ironwork at the yard.");
    assert_eq!((w.unit.as_str(), w.kind), ("lb", QuantityKind::Count));
    let m = one("The council found 40,000 pounds of funding for the roof.");
    assert_eq!((m.unit.as_str(), m.kind), ("gbp", QuantityKind::Money));
    let bare = one("The repair cost 40,000 pounds.");
    assert_eq!(
        (bare.unit.as_str(), bare.kind),
        ("gbp", QuantityKind::Money)
    );
}

#[test]
fn unit_abbreviations_are_spelt_out_glued_or_not() {
    for (body, text, unit) in [
        ("The gate is 8 km away.", "8 km", "kilometre"),
        (
            "The road runs for more than 60km.",
            "more than 60km",
            "kilometre",
        ),
        ("A 3-km spur was closed.", "3-km", "kilometre"),
        ("The parcel weighed 12kg.", "12kg", "kilogram"),
        ("Gusts reached 40 mph.", "40 mph", "mile per hour"),
    ] {
        let q = one(body);
        assert_eq!((q.text.as_str(), q.unit.as_str()), (text, unit), "{body}");
    }
    // Glued "m" stays millions.
    assert_eq!(one("a loan of $4.2m").value, 4.2e6);
}

#[test]
fn the_counted_noun_is_not_an_adjective_in_s_or_a_plural_modifier() {
    // A year is no count of what follows its verb.
    let q = quantities("In 2024 saw record profits, and 2023 brought losses.");
    assert!(q.iter().all(|q| q.unit != "profit"), "{q:?}");
    for (body, unit) in [
        ("Some 1,460 furious shoppers queued.", "shopper"),
        ("Two gas sensors failed.", "sensor"),
        ("Three gas leaks were found.", "leak"),
        ("It signed two gas supply agreements.", "agreement"),
        ("Six new tax rules apply.", "rule"),
        ("212 police officers were sent.", "officer"),
        ("Two customs officers searched the van.", "officer"),
        ("Forty police arrived.", "police"),
    ] {
        assert_eq!(one(body).unit, unit, "{body}");
    }
}

#[test]
fn a_fraction_of_a_scale_word() {
    for (body, text, value) in [
        (
            "It fined the team a quarter of a million corvels.",
            "a quarter of a million corvels",
            250_000.0,
        ),
        (
            "Half a million people came.",
            "Half a million people",
            500_000.0,
        ),
        (
            "They paid three quarters of a million dollars.",
            "three quarters of a million dollars",
            750_000.0,
        ),
        ("Half a dozen boats sank.", "Half a dozen boats", 6.0),
    ] {
        let q = one(body);
        assert_eq!(
            (q.text.as_str(), q.value, q.low, q.high),
            (text, value, value, value),
            "{body}"
        );
    }
}
