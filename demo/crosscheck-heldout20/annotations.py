# The planted items of demo/crosscheck-heldout20, read by build_gold.py (which defines S, conflict,
# nonc, corr, excl, qv and the report names V1 ... PA before executing this file).
# Time zones: Drovenza (Ildecca, Sarvenna, Varnago, Ostrella) UTC+1 all year; Quillonia (Tarvoss)
# UTC-4 all year. 8 June 2047 is a Saturday, 9 June a Sunday, 10 June a Monday, 12 June a Wednesday,
# 19 June a Wednesday, 20 June a Thursday, 22 June a Saturday. 1898 is 149 years before 2047.

CONFLICTS = [
    conflict("C1", "E1", "date", "The day the baths were torn down", [
        ("2047-06-09", [S(V1, "the centre of Ildecca, early on Sunday"),
                        S(GF, "the centre of Ildecca, early on Sunday"),
                        S(SP1, "the Vesperine Baths at 2 a.m. on Sunday"),
                        S(WZ, "under cover of darkness yesterday")]),
        ("2047-06-10", [S(PL, "in the early hours of Monday")]),
    ], "Sunday 9 June: 'early on Sunday' in the Vireo wire (published Sun 9) and its copy (Mon 10), 'at 2 a.m. on Sunday' in the Sarvenna Spire (Mon 10), 'yesterday' in The Whizz (published Mon 10); **weekday in a later report**: 'in the early hours of Monday' in the trade site Plinth, published Wednesday 12 June: Monday 10 June. (The Tarvoss Windrose's 'on Saturday, Tarvoss time' is the same night in another zone, N8.)"),
    conflict("C2", "E1", "time", "When the excavators started work", [
        ("2047-06-09T01:00Z", [S(V1, "began work on the building at 0100 GMT"),
                               S(GF, "began work on the building at 0100 GMT"),
                               S(SP1, "the Vesperine Baths at 2 a.m. on Sunday"),
                               S(TW1, "started at 9 p.m. on Saturday, Tarvoss time")]),
        ("2047-06-09T02:00Z", [S(WZ, "The crews moved in on Ildecca's Vesperine Baths at 3am")]),
    ], "01:00 GMT in the Vireo wire and its copy = 2 a.m. Drovenzan time (UTC+1) in the Sarvenna Spire = 9 p.m. on Saturday, Tarvoss time (UTC-4) in the Tarvoss Windrose: one instant; 3am in The Whizz (Drovenzan time, zone not named) is 02:00 GMT, an hour later. (The Gonfalon's 'shortly before 3 a.m.' is when the first lorry left, not when work began: noise.)"),
    conflict("C3", "E1", "count", "How many excavators did the demolition", [
        ("4", [S(V1, "Four excavators began work on the building"),
               S(GF, "Four excavators began work on the building"),
               S(SP1, "Four excavators, brought in on low-loaders late on Saturday"),
               S(PL, "the contractor's four excavators did their work")]),
        ("6", [S(WZ, "Wreckers with SIX diggers smashed their way through")]),
    ], "Four excavators in the Vireo wire and its copy, the Sarvenna Spire and Plinth; six diggers in The Whizz."),
    conflict("C4", "E1", "count", "How many men the police detained", [
        ("3", [S(V1, "detained three men, among them the site foreman"),
               S(GF, "detained three men, among them the site foreman"),
               S(SP1, "Police detained three men, including the site foreman"),
               S(WZ, "Cops hauled away three men.")]),
        ("5", [S(TW1, "Five workers were arrested.")]),
    ], "Three men detained in the Vireo wire and its copy, the Sarvenna Spire and The Whizz; five workers arrested in the Tarvoss Windrose."),
    conflict("C5", "E1", "duration", "How long the demolition went on before police stopped it", [
        ("PT3H40M", [S(V1, "halted the demolition at 5.40 a.m. local time, nearly four hours later"),
                     S(GF, "halted the demolition at 5.40 a.m. local time, nearly four hours later"),
                     S(SP1, "By the time police stopped the machines at 5.40 a.m.", "from 2 a.m. to 5.40 a.m.: 3 h 40 min"),
                     S(TW1, "The demolition lasted almost four hours, police said.")]),
        ("PT1H30M", [S(PL, "did their work in barely 90 minutes")]),
    ], "From 2 a.m. to 5.40 a.m. local time: 'nearly four hours' in the Vireo wire and its copy, 'almost four hours' in the Tarvoss Windrose, and **relative time** in the Sarvenna Spire (work began at 2 a.m., police stopped it at 5.40 a.m.: 3 h 40 min); **other units**: 'in barely 90 minutes' in Plinth."),
    conflict("C6", "E1", "speaker", "Who said 'They came like thieves in the night, and they took something that belonged to every one of us'", [
        ("Giacinta Orlenzi", [S(V1, "said Ildecca's mayor, Giacinta Orlenzi, who went to the site"),
                              S(GF, "said Ildecca's mayor, Giacinta Orlenzi, who went to the site"),
                              S(SP1, "Giacinta Orlenzi, Ildecca's mayor, was there at first light."),
                              S(WZ, "Fuming mayor Giacinta Orlenzi blasted:")]),
        ("Ruggero Valsabbia", [S(TW1, "said Ruggero Valsabbia, who heads Drovenza's heritage agency")]),
    ], "Ildecca's mayor Giacinta Orlenzi in the Vireo wire and its copy, the Sarvenna Spire (her name in the sentence before the quote) and The Whizz (before a colon); the head of the Heritage Directorate, Ruggero Valsabbia, in the Tarvoss Windrose. All quote the words verbatim."),
    conflict("C7", "E1", "place", "Where the dome's ironwork was taken", [
        ("Varnago", [S(V1, "taken to a scrapyard in Varnago, 30 km away"),
                     S(GF, "taken to a scrapyard in Varnago, 30 km away"),
                     S(SP1, "were found later that morning at the contractor's scrapyard in Varnago")]),
        ("Ostrella", [S(WZ, "carted off to a scrap dealer in Ostrella before dawn")]),
    ], "To a scrapyard in Varnago in the Vireo wire and its copy and the Sarvenna Spire (the contractor's own yard); to a scrap dealer in Ostrella, another Drovenzan town, in The Whizz."),
    conflict("C8", "E1", "date", "When the baths were built", [
        ("1898", [S(V1, "a protected 1898 bathhouse in the centre of Ildecca"),
                  S(GF, "a protected 1898 bathhouse in the centre of Ildecca"),
                  S(PL, "The bathhouse opened in 1898 to designs by the city engineer"),
                  S(TW1, "Work on the 149-year-old Vesperine Baths", "149 years before 2047: 1898")]),
        ("1908", [S(SP1, "which opened in 1908 and has been protected")]),
    ], "1898 in the Vireo wire and its copy and Plinth, and **relative time** 'the 149-year-old Vesperine Baths' in the Tarvoss Windrose (2047 - 149 = 1898); 1908 in the Sarvenna Spire."),
    conflict("C9", "E2", "date", "The day the minister announced the penalty", [
        ("2047-06-19", [S(V2, "Harlenbrook Holdings 9.5 million veldes on Wednesday"),
                        S(IR, "the Culture Minister, Amalia Perdisco, said on Wednesday"),
                        S(SP2, "the Vesperine Baths in Ildecca yesterday"),
                        S(TW2, "imposed by Drovenza on Wednesday"),
                        S(LT, "Drovenza's government set out on Wednesday")]),
        ("2047-06-20", [S(PA, "When Amalia Perdisco announced on Thursday")]),
    ], "Wednesday 19 June: 'on Wednesday' in the Vireo wire (published Wed 19), its rewrite (Thu 20), the Tarvoss Windrose (Wed 19) and Lintel (Thu 20), 'yesterday' in the Sarvenna Spire (published Thu 20); **weekday in a later report**: 'on Thursday' in the weekly The Parapet, published Saturday 22 June: Thursday 20 June."),
    conflict("C10", "E2", "time", "When the minister announced the penalty", [
        ("2047-06-19T10:00Z", [S(V2, "at her ministry in Sarvenna at 1000 GMT"),
                               S(IR, "Announcing the decision at 11 a.m. at the ministry in Sarvenna"),
                               S(TW2, "announced the penalty at 6 a.m. Tarvoss time")]),
        ("2047-06-19T11:00Z", [S(LT, "made the announcement at noon at her ministry")]),
    ], "10:00 GMT in the Vireo wire = 11 a.m. in Ildecca Radio (Drovenzan time, UTC+1, not named) = 6 a.m. Tarvoss time (UTC-4) in the Tarvoss Windrose: one instant; noon in Lintel (Drovenzan time, not named) is 11:00 GMT, an hour later."),
    conflict("C11", "E2", "amount", "How much Harlenbrook was fined", [
        ("9,500,000 veldes", [S(V2, "Harlenbrook Holdings 9.5 million veldes on Wednesday"),
                              S(IR, "has been fined 9.5 million veldes"),
                              S(SP2, "told Harlenbrook Holdings to pay 9.5 million veldes"),
                              S(LT, "Harlenbrook Holdings must pay 9.5 million veldes")]),
        ("7,500,000 veldes", [S(TW2, "a fine of 7.5 million veldes imposed by Drovenza")]),
    ], "9.5 million veldes in the Vireo wire and its rewrite, the Sarvenna Spire and Lintel; 7.5 million in the Tarvoss Windrose. (Lintel's withdrawn 95 million is N22.)"),
    conflict("C12", "E2", "duration", "How long Harlenbrook has to rebuild the baths", [
        ("P3Y", [S(V2, "at its own expense, within three years"),
                 S(IR, "would have three years to rebuild the dome"),
                 S(TW2, "rebuild the Vesperine Baths within three years"),
                 S(LT, "must be standing again by June 2050", "by June 2050: three years from June 2047")]),
        ("P5Y", [S(SP2, "The developer has been given five years to rebuild")]),
    ], "Three years in the Vireo wire and its rewrite and the Tarvoss Windrose, and **relative time** 'by June 2050' in Lintel (three years after the order of June 2047); five years in the Sarvenna Spire."),
    conflict("C13", "E2", "speaker", "Who said 'Nobody gets to knock down a city's memory overnight and send the bill to the city'", [
        ("Amalia Perdisco", [S(V2, "send the bill to the city,\" Perdisco said."),
                             S(IR, "send the bill to the city,\" she said."),
                             S(TW2, "send the bill to the city,\" the minister said.")]),
        ("Ilaria Montecoro", [S(LT, "said Ilaria Montecoro, the prosecutor who brought the charges")]),
    ], "The Culture Minister Amalia Perdisco in the Vireo wire, its rewrite ('she', Perdisco named in the paragraph before) and the Tarvoss Windrose ('the minister', Perdisco named in the paragraph before); the prosecutor Ilaria Montecoro in Lintel. All quote the words verbatim."),
    conflict("C14", "E2", "place", "Where the minister announced the penalty", [
        ("the ministry of culture, Sarvenna", [S(V2, "at a news conference at her ministry in Sarvenna"),
                                               S(IR, "Announcing the decision at 11 a.m. at the ministry in Sarvenna"),
                                               S(TW2, "at her ministry in Sarvenna, and told the company")]),
        ("the ruins of the baths, Ildecca", [S(SP2, "Standing in front of what is left of the Vesperine Baths")]),
    ], "At her ministry in Sarvenna in the Vireo wire and its rewrite and the Tarvoss Windrose (Lintel's 'at her ministry' names no city); standing in front of the ruins of the baths in Ildecca in the Sarvenna Spire."),
    conflict("C15", "E2", "count", "How many people were charged", [
        ("3", [S(V2, "Prosecutors in Ildecca charged three people"),
               S(IR, "Three people, including Harlenbrook's chief executive, have been charged."),
               S(SP2, "Three people face charges"),
               S(LT, "Three people have been charged")]),
        ("4", [S(PA, "This time four executives have been charged")]),
    ], "Three people charged in the Vireo wire and its rewrite, the Sarvenna Spire and Lintel; four executives in The Parapet."),
    conflict("C16", "E2", "count", "How much of the dome's ironwork was recovered", [
        ("18 t", [S(V2, "Some 18 tonnes of ironwork has been recovered"),
                  S(LT, "the nearly 40,000 pounds of ironwork recovered", "nearly 40,000 lb = about 18 t")]),
        ("8 t", [S(TW2, "about eight tonnes of the dome's ironwork had been recovered")]),
    ], "Some 18 tonnes in the Vireo wire, and **other units** 'nearly 40,000 pounds' in Lintel (18 tonnes are 39,683 pounds); about eight tonnes in the Tarvoss Windrose."),
]

NONCONFLICTS = [
    nonc("N1", "alias", "E1", ["E1"], "The building", [
        S(V1, "the east wing of the Vesperine Baths, a protected", "the Vesperine Baths"),
        S(SP1, "the east wing of the bathhouse", "the bathhouse"),
        S(WZ, "one of the country's best-loved buildings", "one of the country's best-loved buildings")],
         "one building named three ways (the Spire's 1908 is the conflict C8)"),
    nonc("N2", "alias", "E2", ["E2"], "The developer", [
        S(V2, "fined the Quillonian developer Harlenbrook Holdings", "Harlenbrook Holdings"),
        S(IR, "The company behind the overnight demolition", "the company behind the demolition"),
        S(LT, "the company that knocked down most of the Vesperine Baths", "the company that knocked down the baths")],
         "one company"),
    nonc("N3", "alias", "E1", ["E1"], "The heritage body", [
        S(V1, "The Drovenzan Heritage Directorate said about 60 percent", "Drovenzan Heritage Directorate"),
        S(TW1, "who heads Drovenza's heritage agency", "Drovenza's heritage agency")],
         "one body (the Windrose's speaker is the conflict C6, not the body's name)"),
    nonc("N4", "timezone", "E1", ["E1"], "When the excavators started work", [
        S(V1, "began work on the building at 0100 GMT", "01:00 GMT"),
        S(SP1, "the Vesperine Baths at 2 a.m. on Sunday", "02:00 UTC+1 = 01:00 GMT"),
        S(TW1, "started at 9 p.m. on Saturday, Tarvoss time", "21:00 UTC-4 on 8 June = 01:00 GMT on 9 June")],
         "one instant written in three zones (The Whizz's 3am is the conflict C2)"),
    nonc("N5", "timezone", "E2", ["E2"], "When the penalty was announced", [
        S(V2, "at her ministry in Sarvenna at 1000 GMT", "10:00 GMT"),
        S(IR, "Announcing the decision at 11 a.m. at the ministry in Sarvenna", "11:00 UTC+1 = 10:00 GMT"),
        S(TW2, "announced the penalty at 6 a.m. Tarvoss time", "06:00 UTC-4 = 10:00 GMT")],
         "one instant written in three zones (Lintel's noon is the conflict C10)"),
    nonc("N6", "weekday_date", "E1", ["E1"], "The day of the demolition", [
        S(V1, "the centre of Ildecca, early on Sunday", "2047-06-09"),
        S(WZ, "under cover of darkness yesterday", "2047-06-09")],
         "The Whizz was published on Monday 10 June: 'yesterday' is Sunday 9 June (Plinth's 'Monday' is the conflict C1)"),
    nonc("N7", "weekday_date", "E2", ["E2"], "The day of the penalty", [
        S(V2, "Harlenbrook Holdings 9.5 million veldes on Wednesday", "2047-06-19"),
        S(SP2, "the Vesperine Baths in Ildecca yesterday", "2047-06-19")],
         "the Sarvenna Spire was published on Thursday 20 June: 'yesterday' is Wednesday 19 June (The Parapet's 'on Thursday' is the conflict C9)"),
    nonc("N8", "timezone", "E1", ["E1"], "The night of the demolition, as a day", [
        S(V1, "the centre of Ildecca, early on Sunday", "Sunday 9 June (Ildecca)"),
        S(TW1, "started at 9 p.m. on Saturday, Tarvoss time", "Saturday 8 June (Tarvoss)")],
         "**the same instant in two zones on two calendar days**: 01:00 GMT on Sunday is still Saturday evening in Tarvoss (UTC-4): not a date conflict"),
    nonc("N9", "unit_conversion", "E1", ["E1"], "The width of the dome, in two units", [
        S(SP1, "the great glass dome, 22 metres across", "22 m"),
        S(PL, "Its dome, some 72 feet across", "some 72 ft = 21.9 m")],
         "22 metres are 72.2 feet, and Plinth hedges ('some'): the same width"),
    nonc("N10", "unit_conversion", "E2", ["E2"], "The ironwork recovered, in two units", [
        S(V2, "Some 18 tonnes of ironwork has been recovered", "some 18 t"),
        S(LT, "the nearly 40,000 pounds of ironwork recovered", "nearly 40,000 lb = 18.1 t")],
         "18 tonnes are 39,683 pounds, 'nearly 40,000': the same weight (the Windrose's eight tonnes is the conflict C16)"),
    nonc("N11", "date_vs_duration", "E1", ["E1"], "The age of the baths, as a year and as an age", [
        S(V1, "a protected 1898 bathhouse in the centre of Ildecca", "built 1898"),
        S(TW1, "Work on the 149-year-old Vesperine Baths", "149 years old in 2047")],
         "**relative time**: 2047 - 149 = 1898"),
    nonc("N12", "date_vs_duration", "E2", ["E2"], "The rebuilding deadline, as a length and as a date", [
        S(V2, "at its own expense, within three years", "within three years (of June 2047)"),
        S(LT, "must be standing again by June 2050", "by June 2050")],
         "**relative time**: three years from the order of 19 June 2047 is June 2050 (the Spire's five years is the conflict C12)"),
    nonc("N13", "rounded", "E1", ["E1"], "What Harlenbrook paid for the baths", [
        S(V1, "for 14.2 million veldes", "14,200,000 veldes"),
        S(SP1, "bought the baths for some 14 million veldes three years ago", "some 14,000,000 veldes")],
         "**a rounded figure against an exact one**, hedged ('some'): the same price"),
    nonc("N14", "rounded", "E1", ["E1"], "How many people gathered at the site", [
        S(V1, "More than 200 people had gathered behind the police tape", "more than 200"),
        S(SP1, "Some 250 residents, many still in dressing gowns", "some 250")],
         "two hedged figures that overlap: some 250 is more than 200"),
    nonc("N15", "different_measure", "E2", ["E2"], "The dome's ribs: all of them vs those fit to use", [
        S(LT, "Inspectors found 81 of the dome's 96 iron ribs", "81 of 96")],
         "**counts of different sets** in one sentence: 81 of the 96 ribs can be used again"),
    nonc("N16", "different_measure", "E2", ["E2"], "The people charged vs the men detained on the night", [
        S(V2, "Prosecutors in Ildecca charged three people", "3 charged (two executives and the contractor)"),
        S(V2, "The three men detained on the night", "3 detained on 9 June, released")],
         "counts of different sets: the three charged are not the three detained (the foreman and two operators, released)"),
    nonc("N17", "level_vs_change", "E2", ["E2"], "The maximum fine for destroying a protected building", [
        S(V2, "to 20 million veldes", "to 20,000,000 (new level)"),
        S(SP2, "would double the maximum fine for destroying a protected building", "doubled from 10,000,000 (change)"),
        S(LT, "The maximum is 10 million.", "10,000,000 (present level)")],
         "the present maximum, the change to it and the new level: 10 million doubled is 20 million"),
    nonc("N18", "updated_figure", None, ["E1", "E2"], "How much of the building was destroyed, in the two events", [
        S(V1, "about 60 percent of the building had been destroyed", "about 60 % (first estimate, 9 June)"),
        S(V2, "72 percent of the building had been destroyed", "72 % (survey, 19 June)")],
         "**a figure updated over time in different events**: the directorate's survey replaces its first estimate ('not the 60 percent first estimated'): not a conflict"),
    nonc("N19", "different_event", None, ["E1", "E2"], "Whether the dome was at risk of collapse, in the two events", [
        S(V1, "engineers had warned the dome was in danger of collapse", "the developer's claim (9 June)"),
        S(V2, "found no sign that the dome had been at risk of collapse", "the directorate's finding (19 June)")],
         "a claim by one party on the night and a later finding by another, in different events: reported views, not two outlets disagreeing on a fact"),
    nonc("N20", "different_event", None, ["E1", "E2"], "The men detained, in the two events", [
        S(V1, "detained three men, among them the site foreman", "3 detained (9 June)"),
        S(V2, "were released without charge", "released (19 June)")],
         "a later step: detained on the night, released without charge by the time of the penalty"),
    nonc("N21", "unit_form", "E2", ["E2"], "How long Harlenbrook is barred", [
        S(V2, "barred from applying for building permits in Drovenza for ten years", "ten years"),
        S(IR, "a building permit in Drovenza for a decade", "a decade"),
        S(PA, "shut out of Drovenza's building trade for ten years", "ten years")],
         "ten years and a decade are one length"),
    nonc("N22", "correction", "E2", ["E2"], "The fine, with a withdrawn figure", [
        S(LT, "gave the fine as 95 million veldes", "95,000,000 (withdrawn)"),
        S(LT, "Harlenbrook Holdings must pay 9.5 million veldes", "9,500,000"),
        S(V2, "Harlenbrook Holdings 9.5 million veldes on Wednesday", "9,500,000")],
         "Lintel's correction withdraws a misplaced decimal point; the piece now says 9.5 million, like the wire: not a conflict (the Windrose's 7.5 million is the conflict C11)"),
    nonc("N23", "rounded", "E1", ["E1"], "How long the demolition went on, hedged and computed", [
        S(V1, "halted the demolition at 5.40 a.m. local time, nearly four hours later", "nearly 4 h"),
        S(TW1, "The demolition lasted almost four hours, police said.", "almost 4 h"),
        S(SP1, "By the time police stopped the machines at 5.40 a.m.", "2 a.m. to 5.40 a.m. = 3 h 40 min")],
         "'nearly four hours' and 'almost four hours' are hedged roundings of 3 h 40 min (Plinth's 90 minutes is the conflict C5)"),
]

CORROBORATED = [
    corr("K1", "E1", "date", "The baths were torn down early on Sunday 9 June", "2047-06-09", CONFLICTS[0]["sides"][0]["sources"]),
    corr("K2", "E1", "time", "The excavators started at 01:00 GMT", "2047-06-09T01:00Z", CONFLICTS[1]["sides"][0]["sources"]),
    corr("K3", "E1", "count", "Four excavators did the demolition", "4", CONFLICTS[2]["sides"][0]["sources"]),
    corr("K4", "E1", "count", "Police detained three men", "3", CONFLICTS[3]["sides"][0]["sources"]),
    corr("K5", "E1", "duration", "The demolition went on for nearly four hours", "PT3H40M", CONFLICTS[4]["sides"][0]["sources"]),
    corr("K6", "E1", "place", "The ironwork was taken to a scrapyard in Varnago", "Varnago", CONFLICTS[6]["sides"][0]["sources"]),
    corr("K7", "E1", "date", "The baths were built in 1898", "1898", CONFLICTS[7]["sides"][0]["sources"]),
    corr("K8", "E2", "date", "The penalty was announced on Wednesday 19 June", "2047-06-19", CONFLICTS[8]["sides"][0]["sources"]),
    corr("K9", "E2", "time", "The penalty was announced at 10:00 GMT", "2047-06-19T10:00Z", CONFLICTS[9]["sides"][0]["sources"]),
    corr("K10", "E2", "amount", "Harlenbrook was fined 9.5 million veldes", "9,500,000 veldes", CONFLICTS[10]["sides"][0]["sources"]),
    corr("K11", "E2", "duration", "Harlenbrook has three years to rebuild", "P3Y", CONFLICTS[11]["sides"][0]["sources"]),
    corr("K12", "E2", "place", "The penalty was announced at the ministry in Sarvenna", "the ministry of culture, Sarvenna", CONFLICTS[13]["sides"][0]["sources"]),
    corr("K13", "E2", "count", "Three people were charged", "3", CONFLICTS[14]["sides"][0]["sources"]),
    corr("K14", "E2", "count", "Some 18 tonnes of ironwork was recovered", "18 t", CONFLICTS[15]["sides"][0]["sources"]),
    corr("K15", "E1", "actor", "The permit covered only a 1960s annex, not the baths", "annex only", [
        S(V1, "Harlenbrook had a permit to demolish a 1960s annex"),
        S(GF, "Harlenbrook had a permit to demolish a 1960s annex"),
        S(SP1, "\"The permit covered a garage and a boiler house"),
        S(PL, "the only demolition consent on the site was for")]),
    corr("K16", "E1", "actor", "The dome and the east wing were destroyed", "dome and east wing", [
        S(V1, "tore down the glass dome and most of the east wing"),
        S(GF, "tore down the glass dome and most of the east wing"),
        S(SP1, "took down the dome and the east wing of the bathhouse"),
        S(WZ, "had flattened the famous glass dome"),
        S(PL, "taking the dome, the east wing and the women's pool hall")]),
    corr("K17", "E1", "date", "The baths have been protected since 1974", "1974", [
        S(V1, "which have been protected since 1974"),
        S(GF, "which have been protected since 1974"),
        S(SP1, "has been protected as a national monument since 1974"),
        S(PL, "and was protected in 1974")]),
    corr("K18", "E1", "count", "Harlenbrook plans a hotel on the site (120 rooms in the wire, its copy and the Windrose)", "120 rooms", [
        S(V1, "It plans to turn them into a 120-room hotel."),
        S(GF, "It plans to turn them into a 120-room hotel."),
        S(TW1, "plans a 120-room hotel on the site"),
        S(WZ, "want to turn the site into a swanky hotel", "a hotel (no size)")]),
    corr("K19", "E1", "date", "Harlenbrook bought the baths in 2044, three years ago", "2044", [
        S(V1, "were bought in 2044 by Harlenbrook Holdings"),
        S(GF, "were bought in 2044 by Harlenbrook Holdings"),
        S(SP1, "bought the baths for some 14 million veldes three years ago", "three years before 2047"),
        S(TW1, "bought the baths three years ago", "three years before 2047")]),
    corr("K20", "E2", "count", "72 percent of the building was destroyed", "72 %", [
        S(V2, "72 percent of the building had been destroyed"),
        S(LT, "puts the destruction at 72 percent of the building")]),
    corr("K21", "E2", "duration", "Harlenbrook is barred for ten years", "P10Y", [
        S(V2, "barred from applying for building permits in Drovenza for ten years"),
        S(IR, "a building permit in Drovenza for a decade"),
        S(PA, "shut out of Drovenza's building trade for ten years")]),
    corr("K22", "E2", "actor", "Harlenbrook's chief executive is among those charged", "Rasmund Thrane", [
        S(V2, "Harlenbrook's chief executive Rasmund Thrane, its project director Caspienne Lorrow"),
        S(IR, "Three people, including Harlenbrook's chief executive, have been charged."),
        S(SP2, "among them Harlenbrook's chief executive, Rasmund Thrane"),
        S(LT, "including the company's chief executive")]),
    corr("K23", "E2", "date", "The demolition the penalty is for took place on 9 June", "2047-06-09", [
        S(V2, "tore down in the night ten days ago", "ten days before 19 June"),
        S(IR, "the Vesperine Baths on June 9"),
        S(LT, "in the early hours of 9 June")]),
    corr("K24", "E2", "actor", "Harlenbrook will appeal", "appeal", [
        S(V2, "the company would appeal and expected to win"),
        S(TW2, "Harlenbrook Holdings will appeal against a fine"),
        S(PA, "There will be an appeal")]),
    corr("K25", "E2", "actor", "The fine is the largest ever under the heritage law", "largest ever", [
        S(V2, "the largest ever imposed under the country's heritage law"),
        S(LT, "the largest penalty yet under the heritage law")]),
    corr("K26", "E2", "actor", "Sabeline Orsetti, the Varnago contractor, is among those charged", "Sabeline Orsetti", [
        S(V2, "Sabeline Orsetti, whose Varnago firm carried out the demolition"),
        S(SP2, "Sabeline Orsetti, the Varnago contractor whose machines did the work")]),
]

EXCLUSIVE = [
    excl("X1", "E1", "The baths had been closed to swimmers since 2036", [
        S(V1, "closed to swimmers since 2036"),
        S(GF, "closed to swimmers since 2036")],
         "in the Vireo wire and its copy (Ildecca Gonfalon) only: one independent source, NOT corroborated"),
    excl("X2", "E1", "The first loaded lorry left by the Via Scalmera gate shortly before 3 a.m.; neighbours were told to go back to bed", [
        S(GF, "the first loaded lorry left by the Via Scalmera gate")],
         "only in the paragraph the Gonfalon added to the wire"),
    excl("X3", "E1", "The dome was the last large iron-and-glass roof of its period in the country", [
        S(SP1, "the last large iron-and-glass roof of its period")]),
    excl("X4", "E1", "An 81-year-old who learned to swim in the baths wept as she watched", [
        S(WZ, "Pensioner Franca Ditolla, 81, who learned to swim")]),
    excl("X5", "E1", "The baths were designed by the city engineer Fulvio Canvetti; the dome rested on 96 cast-iron ribs", [
        S(PL, "to designs by the city engineer, Fulvio Canvetti")]),
    excl("X6", "E1", "The west wing survives largely intact; conservators propped its roof on Tuesday", [
        S(PL, "The west wing, with its tiled changing cubicles")]),
    excl("X7", "E1", "The site foreman is Evandro Dalvisi, of a Varnago demolition contractor", [
        S(SP1, "the site foreman, Evandro Dalvisi, who works for a demolition contractor")]),
    excl("X8", "E1", "Harlenbrook is listed on the Tarvoss exchange; its chief executive could not be reached", [
        S(TW1, "which is listed on the Tarvoss exchange")]),
    excl("X9", "E2", "Harlenbrook must pay for the rebuilding itself", [
        S(V2, "at its own expense"),
        S(IR, "and must pay for all of it")],
         "in the Vireo wire and its rewrite (Ildecca Radio) only: one independent source, NOT corroborated"),
    excl("X10", "E2", "A public appeal has raised 310,000 veldes towards the rebuilding", [
        S(IR, "has raised 310,000 veldes towards the work")],
         "only in the paragraph Ildecca Radio wrote itself"),
    excl("X11", "E2", "The directorate's engineers found no sign the dome had been at risk", [
        S(V2, "found no sign that the dome had been at risk of collapse")],
         "in the wire only; its rewrite leaves it out"),
    excl("X12", "E2", "The three men detained on the night were released without charge", [
        S(V2, "were released without charge")],
         "in the wire only"),
    excl("X13", "E2", "Rebuilding will cost about 40 million veldes, on Nerina Bastiani's estimate; she sits on the overseeing panel", [
        S(SP2, "puts the cost at 40 million veldes")]),
    excl("X14", "E2", "Harlenbrook's shares fell 14 percent in Tarvoss", [
        S(TW2, "Harlenbrook's shares fell 14 percent in Tarvoss on Wednesday")]),
    excl("X15", "E2", "81 of the dome's 96 iron ribs can be used again", [
        S(LT, "Inspectors found 81 of the dome's 96 iron ribs")]),
    excl("X16", "E2", "The project director Caspienne Lorrow is among those charged", [
        S(V2, "its project director Caspienne Lorrow")],
         "in the wire only; its rewrite names nobody"),
]

QUOTES = [
    qv("Q1", "E1", "Solvej Wescott", "The dome was about to collapse and the company acted to keep the public safe", [
        S(TW1, "\"The dome was in imminent danger of falling in.", mode="direct"),
        S(V1, "engineers had warned the dome was in danger of collapse", mode="indirect")],
       "direct vs reported speech ('The dome was in imminent danger of falling in. We acted to keep people safe, and we stand by that.' vs 'engineers had warned the dome was in danger of collapse and that the company had acted to protect the public')"),
    qv("Q2", "E1", "Ruggero Valsabbia", "The permit covered only a garage and a boiler house from the 1960s", [
        S(SP1, "\"The permit covered a garage and a boiler house", mode="direct"),
        S(PL, "\"a garage and a boiler house from the sixties, nothing more\"", mode="direct")],
       "direct vs partial direct in reported speech ('The permit covered a garage and a boiler house put up in 1962. It did not cover a single stone of the baths' vs 'the only demolition consent on the site was for \"a garage and a boiler house from the sixties, nothing more\"'); the wire has it in reported speech ('a permit to demolish a 1960s annex ..., but not the baths themselves')"),
    qv("Q3", "E2", "Rasmund Thrane", "Harlenbrook will appeal and expects to win", [
        S(TW2, "\"We will appeal, and we expect to win.", mode="direct"),
        S(V2, "the company would appeal and expected to win", mode="indirect")],
       "direct vs reported speech ('We will appeal, and we expect to win.' vs 'the company would appeal and expected to win')"),
    qv("Q4", "E2", "Giacinta Orlenzi", "The city has its baths back on paper and will watch every brick", [
        S(IR, "\"Today Ildecca got its baths back, on paper at least.", mode="direct"),
        S(SP2, "\"The city has its baths back on paper,\"", mode="direct")],
       "direct vs direct in other words ('Today Ildecca got its baths back, on paper at least. Now we will watch every brick go in' vs 'The city has its baths back on paper ... From now on we will be counting every brick.')"),
    qv("Q5", "E2", "Amalia Perdisco", "The heritage law was too gentle", [
        S(V2, "\"The law was too gentle. From today it is not,\"", mode="direct"),
        S(PA, "she admitted that the law had been too gentle", mode="indirect")],
       "direct vs reported speech ('The law was too gentle. From today it is not' vs 'she admitted that the law had been too gentle')"),
]
