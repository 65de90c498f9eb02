# The planted items of demo/crosscheck-heldout6, read by build_gold.py (which defines S, conflict,
# nonc, corr, excl, qv and the report names W1 ... NR before executing this file).

CONFLICTS = [
    conflict("C1", "E1", "date", "When Corvanta reported the crack in the tank to Pellmaran inspectors", [
        ("2029-02-14", [S(W1, "a hairline crack in the tank to Pellmaran inspectors on February 14"),
                        S(OM1, "the company told inspectors of a crack in it on February 14")]),
        ("2029-02-20", [S(OT1, "Corvanta told inspectors about a crack in the tank on February 20")]),
    ], "14 February in the LNA wire and the Ostrigo Messenger; 20 February in the Ombrevo Tribune."),
    conflict("C2", "E2", "date", "When Pellmara revoked the plant's operating permit", [
        ("2029-03-15", [S(W2, "revoked the plant's operating permit on March 15"),
                        S(OM2, "withdrew the plant's permit on March 15")]),
        ("2029-03-16", [S(OT2, "Pellmaran authorities withdrew Corvanta's permit last Friday")]),
    ], "Thursday 15 March in the LNA wire and the Ostrigo Messenger; 'last Friday' in the Ombrevo Tribune (published Thu 22 March), i.e. Friday 16 March."),
    conflict("C3", "E1", "count", "How many villages around Lyskova the do-not-drink order covers", [
        ("11", [S(W1, "a do-not-drink order for the town and 11 surrounding villages"),
                S(PS, "a do-not-drink order for the town and 11 surrounding villages"),
                S(DS, "Residents of the town and of 11 nearby villages"),
                S(OT1, "The town and its 11 villages are under a tap-water ban"),
                S(OV, "Lyskova and its 11 villages are now in their second day")]),
        ("17", [S(OM1, "now covers Lyskova and 17 villages around it")]),
    ], "11 villages in the LNA wire (and both reports carrying it), the Ombrevo Tribune and Orlen Valley Radio; 17 in the Ostrigo Messenger."),
    conflict("C4", "E1", "count", "How many people were admitted to hospital", [
        ("31", [S(W1, "and 31 were kept in overnight"),
                S(OT1, "and 31 of them were admitted")]),
        ("13", [S(OV, "Thirteen people were admitted to Lyskova District Hospital on Tuesday")]),
    ], "31 kept in hospital in the LNA wire and the Ombrevo Tribune; thirteen on Orlen Valley Radio."),
    conflict("C5", "E2", "count", "How many earlier leaks the Ilvesto plant had had since 2026", [
        ("2", [S(W2, "the plant had had two earlier leaks since 2026"),
               S(AW, "the plant had leaked twice before since 2026")]),
        ("3", [S(OM2, "listed three earlier leaks at the Ilvesto plant since 2026")]),
    ], "two in the LNA wire and Assembly Watch; three in the Ostrigo Messenger."),
    conflict("C6", "E1", "place", "Where bottled water was handed out in Lyskova", [
        ("the ice rink", [S(W1, "bottled water was handed out at the Lyskova ice rink"),
                          S(OT1, "handed out at the ice rink on Brewers Lane"),
                          S(OV, "The line outside the ice rink began forming before dawn.")]),
        ("the market hall", [S(DS, "handing out bottles at the town's market hall")]),
    ], "The ice rink in the LNA wire, the Ombrevo Tribune and Orlen Valley Radio; the market hall in the Dunmoray Pilot (the rewrite of the wire)."),
    conflict("C7", "E2", "place", "Where the laboratory that found the solvent at 90 times the limit is", [
        ("Ombrevo", [S(W2, "The inspectorate's laboratory in Ombrevo found dichloroethane"),
                     S(OT2, "Samples examined at the inspectorate's laboratory in Ombrevo")]),
        ("Dunmoray", [S(NR, "a laboratory in Dunmoray, in neighbouring Keldria, had confirmed the solvent")]),
    ], "The inspectorate's laboratory in Ombrevo in the LNA wire and the Ombrevo Tribune; a laboratory in Dunmoray (Keldria) in the Northlight Review."),
    conflict("C8", "E1", "duration", "How long the waterworks kept pumping after the solvent reached the intake", [
        ("PT6H", [S(W1, "kept drawing river water for six hours after the solvent reached"),
                  S(PS, "kept drawing river water for six hours after the solvent reached"),
                  S(OT1, "For six hours after the chemical arrived at Tamberg"),
                  S(OM1, "six hours passed before the Lyskova waterworks sealed its river intake")]),
        ("PT3H", [S(OV, "For three hours after the solvent reached Tamberg, the waterworks")]),
    ], "six hours in the LNA wire (and its copy), the Ombrevo Tribune and the Ostrigo Messenger; three hours on Orlen Valley Radio."),
    conflict("C9", "E2", "duration", "How long Corvanta waited before alerting Teskaria", [
        ("PT4H", [S(W2, "Corvanta waited four hours before warning the Teskarian authorities"),
                  S(AW, "the company took four hours to alert Teskaria"),
                  S(OT2, "Corvanta had let four hours pass before it warned Ombrevo")]),
        ("PT7H", [S(OM2, "it had taken Corvanta seven hours to inform Teskaria")]),
    ], "four hours in the LNA wire, Assembly Watch and the Ombrevo Tribune; seven hours in the Ostrigo Messenger."),
    conflict("C10", "E2", "duration", "How long the tap-water ban lasted", [
        ("P6D", [S(W2, "The six-day ban on drinking tap water was lifted on March 12."),
                 S(OT2, "Residents went six days without safe tap water.")]),
        ("P9D", [S(NR, "For the people of Lyskova, the ban lasted nine days.")]),
    ], "six days (6 to 12 March) in the LNA wire and the Ombrevo Tribune; nine days in the Northlight Review."),
    conflict("C11", "E1", "speaker", "Who said 'We smelled it before any of our instruments picked it up'", [
        ("Liesl Voskuhl", [S(W1, "said Liesl Voskuhl, a laboratory technician at the waterworks"),
                           S(PS, "said Liesl Voskuhl, a laboratory technician at the waterworks"),
                           S(DS, "picked it up,\" she said."),
                           S(OT1, "Liesl Voskuhl, the technician on duty, told the Tribune")]),
        ("Vojtek Kalčev", [S(OV, "picked it up,\" Mr Kalčev said.")]),
    ], "The laboratory technician Liesl Voskuhl in the LNA wire (and both reports carrying it) and the Ombrevo Tribune; the waterworks director Vojtek Kalčev on Orlen Valley Radio. Each quotes the words directly (the Pilot's 'she' is Voskuhl, named in the sentence before)."),
    conflict("C12", "E2", "speaker", "Who said 'Corvanta knew the tank was cracked and kept filling it'", [
        ("Zora Mandell", [S(W2, "said committee chair Zora Mandell"),
                          S(AW, "Ms Mandell said in her opening statement"),
                          S(OT2, "the committee chair, Zora Mandell, said")]),
        ("Paskal Drenn", [S(OM2, "Teskarian Environment Minister Paskal Drenn said at the hearing")]),
    ], "The committee chair in the LNA wire, Assembly Watch and the Ombrevo Tribune; the environment minister in the Ostrigo Messenger. Each quotes the words directly."),
    conflict("C13", "E1", "actor", "Who ordered the waterworks intake closed", [
        ("Vojtek Kalčev", [S(W1, "Vojtek Kalčev gave the order to close the intake"),
                        S(OT1, "It was Mr Kalčev, the waterworks director, who ordered the intake shut"),
                        S(OV, "Director Vojtek Kalčev ordered the intake closed")]),
        ("Orsolya Sorrell", [S(OM1, "Governor Orsolya Sorrell ordered the Tamberg intake closed")]),
    ], "The waterworks director in the LNA wire, the Ombrevo Tribune and Orlen Valley Radio; the regional governor in the Ostrigo Messenger."),
    conflict("C14", "E2", "actor", "Who moved to refer Corvanta to prosecutors", [
        ("Zora Mandell", [S(W2, "At Mandell's proposal, the committee voted to refer Corvanta"),
                          S(AW, "The motion was tabled by the committee chair, Zora Mandell.")]),
        ("Lorant Vesely", [S(OT2, "It was opposition deputy Lorant Vesely who moved that Corvanta be referred")]),
    ], "The committee chair in the LNA wire and Assembly Watch; the opposition deputy Lorant Vesely in the Ombrevo Tribune."),
]

NONCONFLICTS = [
    nonc("N1", "alias", "E1", ["E1"], "The Lyskova waterworks director", [
        S(W1, "Waterworks director Vojtek Kalčev gave the order", "Vojtek Kalčev"),
        S(OM1, "Teskarian waterworks director Vojtek Kalcev told reporters", "Vojtek Kalcev")],
         "Kalcev is Kalčev without the diacritic"),
    nonc("N2", "alias", "E1", ["E1"], "The public health body", [
        S(W1, "the Teskarian Public Health Institute said", "Teskarian Public Health Institute"),
        S(OV, "director of the TPHI, said the water was safe", "TPHI")],
         "TPHI is the initials of the Teskarian Public Health Institute"),
    nonc("N3", "alias", "E2", ["E2"], "Corvanta's chief executive", [
        S(W2, "Corvanta chief executive Dimitar Jurewski told the committee", "Dimitar Jurewski"),
        S(AW, "Corvanta's chief executive, Dimitar Jurewski, told members", "Dimitar Jurewski"),
        S(OM2, "Corvanta's chief executive, Dmitri Yurevsky, faced Teskarian lawmakers", "Dmitri Yurevsky"),
        S(NR, "Dmitri Yurevsky, Corvanta's chief executive, insisted", "Dmitri Yurevsky")],
         "two transliterations of one name (the Teskarian and the Pellmaran spelling)"),
    nonc("N4", "alias", "E1", ["E1"], "Who demanded compensation from Corvanta", [
        S(W1, "The Teskarian government demanded compensation from the company.", "Teskarian government"),
        S(OM1, "Ombrevo has demanded that Corvanta pay for the clean-up", "Ombrevo")],
         "Ombrevo, the capital, stands for the Teskarian government"),
    nonc("N5", "alias", "E1", ["E1"], "The town of the Corvanta plant", [
        S(W1, "the Corvanta Chemicals plant in Ilvesto split open", "Ilvesto"),
        S(OT1, "a tank gave way at the Corvanta plant in Ilvest", "Ilvest")],
         "Ilvest is the Teskarian name of the Pellmaran town Ilvesto"),
    nonc("N6", "timezone", "E1", ["E1"], "Time the tank ruptured", [
        S(W1, "split open at 0115 GMT, pouring about 40 tonnes", "2029-03-06T01:15Z"),
        S(OT1, "started at 4:15 a.m. Teskarian time on Tuesday", "2029-03-06T04:15+03:00"),
        S(OM1, "The tank broke open at 2:15 a.m. Pellmaran time.", "2029-03-06T02:15+01:00")],
         "Teskaria is UTC+3 and Pellmara UTC+1: one instant in three notations"),
    nonc("N7", "timezone", "E1", ["E1"], "Time the waterworks intake was closed", [
        S(W1, "close the intake at 11:30 a.m. local time", "2029-03-06T11:30+03:00"),
        S(OM1, "closed at 9:30 a.m. Pellmaran time, her office said", "2029-03-06T09:30+01:00")],
         "11:30 in Lyskova (UTC+3) is 9:30 in Pellmara (UTC+1): the same instant (08:30 GMT); who gave the order is C13, not the time"),
    nonc("N8", "timezone", "E2", ["E2"], "Time the hearing opened", [
        S(W2, "The hearing of the National Assembly's environment committee opened at 0700 GMT.", "2029-03-22T07:00Z"),
        S(OT2, "The Linden Chamber was full by 10 a.m., when the hearing began.", "2029-03-22T10:00+03:00")],
         "Ombrevo is UTC+3: the same instant"),
    nonc("N9", "unit_form", "E1", ["E1"], "Length of the state of emergency", [
        S(OT1, "the governor has declared a five-day state of emergency", "P5D"),
        S(OV, "has declared a state of emergency for five days", "P5D")],
         "'five-day' and 'for five days' are one duration"),
    nonc("N10", "unit_form", "E2", ["E2"], "Corvanta's deadline for a clean-up plan", [
        S(AW, "gave Corvanta a 30-day deadline to present a clean-up plan", "P30D"),
        S(OT2, "Corvanta has 30 days to submit a plan to clean up", "P30D")],
         "'a 30-day deadline' and '30 days' are one duration"),
    nonc("N11", "weekday_date", "E1", ["E1"], "Day of the spill", [
        S(W1, "leaked from a plant upstream in Pellmara early on Tuesday", "2029-03-06"),
        S(DS, "The leak began on March 6, when a tank burst", "2029-03-06"),
        S(OM1, "where a storage tank ruptured on March 6", "2029-03-06")],
         "Tuesday, the day before the wire's publication (Wed 7 March), is 6 March 2029"),
    nonc("N12", "weekday_date", "E2", ["E2"], "Day of the hearing", [
        S(W2, "told lawmakers on Thursday that his engineers had judged", "2029-03-22"),
        S(W2, "OMBREVO, Teskaria, March 22 (LNA)", "2029-03-22"),
        S(AW, "environment committee on March 22 sent the Corvanta spill", "2029-03-22"),
        S(OM2, "faced Teskarian lawmakers on Thursday over the spill", "2029-03-22")],
         "Thursday, the wire's publication day, is 22 March 2029; the Ostrigo Messenger (published Fri 23) means the day before"),
    nonc("N13", "level_vs_change", "E1", ["E1"], "Corvanta's share price on Wednesday", [
        S(OT1, "Corvanta shares lost 18 percent in Ostrigo on Wednesday.", "by 18 percent"),
        S(OM1, "Corvanta shares closed at 41.20 pellars on Wednesday.", "at 41.20 pellars")],
         "a percentage change and a price level"),
    nonc("N14", "level_vs_change", "E2", ["E2"], "The maximum fine for river pollution", [
        S(W2, "raise the maximum fine for river pollution by 3 million talars", "by 3 million talars"),
        S(OT2, "lift the maximum fine for polluting a river to 5 million talars", "to 5 million talars")],
         "a change (by 3 million) and a level (to 5 million)"),
    nonc("N15", "different_measure", "E1", ["E1"], "The Corvanta plant: area vs workforce", [
        S(OT1, "The plant covers 40 hectares on the riverbank.", "40 hectares"),
        S(OM1, "The plant, which employs 900 people", "900 workers")],
         "two measures of one noun (the plant's area and its workforce)"),
    nonc("N16", "different_measure", "E1", ["E1"], "Schools: all of them vs those that stayed shut", [
        S(OV, "All of the town's 30 schools were told", "30 schools"),
        S(OT1, "Twenty-two of the 30 schools in the town stayed shut", "22 of the 30 schools shut")],
         "a partitive: 22 of the town's 30 schools"),
    nonc("N17", "different_measure", "E2", ["E2"], "Committee: members vs those who voted for the referral", [
        S(OT2, "told the 15-member committee that Corvanta had let", "15 members"),
        S(AW, "Eleven of the 15 members voted in favour", "11 of the 15 members for")],
         "a partitive: 11 of the 15 members"),
    nonc("N18", "rounded", "E1", ["E1"], "Solvent spilled", [
        S(W1, "pouring about 40 tonnes of dichloroethane into the Orlen river", "about 40 tonnes"),
        S(OM1, "released 38 tonnes of dichloroethane into the Orlen", "38 tonnes")],
         "'about 40 tonnes' is the rounded 38"),
    nonc("N19", "rounded", "E1", ["E1"], "People told not to drink their tap water", [
        S(W1, "Nearly 50,000 people in the Teskarian town of Lyskova", "nearly 50,000"),
        S(OT1, "the 48,000 residents of Lyskova", "48,000")],
         "'nearly 50,000' is the rounded 48,000"),
    nonc("N20", "rounded", "E2", ["E2"], "Households claiming compensation", [
        S(W2, "has received claims from 4,136 households", "4,136"),
        S(OM2, "about 4,000 households have claimed compensation", "about 4,000")],
         "'about 4,000' is the rounded 4,136"),
    nonc("N21", "at_least", "E1", ["E1"], "Army water tankers sent to Lyskova", [
        S(W1, "At least 50 army water tankers were sent to the town", "at least 50"),
        S(OT1, "Sixty-four army tankers are now parked around the town.", "64")],
         "64 is at least 50"),
    nonc("N22", "at_least", "E2", ["E2"], "Lyskova residents at the hearing", [
        S(AW, "At least 200 Lyskova residents followed the hearing", "at least 200"),
        S(OT2, "Four buses had brought 230 residents from Lyskova", "230")],
         "230 is at least 200"),
    nonc("N23", "running_total", "E1", ["E1"], "People treated in hospital, Tuesday night vs Wednesday evening", [
        S(W1, "By Tuesday night 146 people had been treated in hospital", "146 (as of Tue 6 March night)"),
        S(OT1, "By Wednesday evening 212 people had been seen at hospitals", "212 (as of Wed 7 March evening)")],
         "a running total: the wire (published Wednesday) counts to Tuesday night, the Tribune (published Thursday) to Wednesday evening"),
    nonc("N24", "running_total", "E1", ["E1"], "Dead fish collected, Tuesday vs Wednesday", [
        S(W1, "Six tonnes of dead fish had been pulled from the river", "6 tonnes (as of Tue 6 March evening)"),
        S(OM1, "By Wednesday, 11 tonnes of dead fish had been collected", "11 tonnes (as of Wed 7 March)")],
         "a running total a day apart"),
    nonc("N25", "running_total", None, ["E1", "E2"], "People treated in hospital: the day after vs in all", [
        S(W1, "By Tuesday night 146 people had been treated in hospital", "146 (Tue 6 March, E1)"),
        S(W2, "In all, 240 people were treated in hospital.", "240 (in all, Thu 22 March, E2)")],
         "a running total reported sixteen days apart, and in reports of different events: never compared"),
    nonc("N26", "venue", "E2", ["E2"], "Where the hearing was held", [
        S(W2, "The hearing of the National Assembly's environment committee opened", "National Assembly"),
        S(AW, "a hearing of more than five hours in the Linden Chamber", "Linden Chamber"),
        S(NR, "Thursday's hearing in the Linden Chamber tried to work out", "Linden Chamber")],
         "the Linden Chamber is the National Assembly's committee room where the hearing sat"),
    nonc("N27", "two_speakers", "E1", ["E1"], "The tap water is fit for washing but not for drinking: said by two people", [
        S(OT1, "Governor Orsolya Sorrell said the water could still be used for washing", "Orsolya Sorrell"),
        S(OV, "said the water was safe to wash in but not to drink", "Ferenc Kovari")],
         "two people reported (indirectly) saying the same thing: both said it, no speaker conflict"),
    nonc("N28", "different_event", "E2", ["E2"], "Dates inside the hearing story", [
        S(NR, "In the small hours of March 6 a tank cracked open", "2029-03-06 (E1)"),
        S(NR, "Thursday's hearing in the Linden Chamber tried to work out", "2029-03-22")],
         "the analysis recalls the night of the spill (E1); the hearing is E2"),
    nonc("N29", "different_event", None, ["E1", "E2"], "Waterworks pumped six hours vs Corvanta waited four hours", [
        S(W1, "kept drawing river water for six hours after the solvent reached", "PT6H"),
        S(W2, "Corvanta waited four hours before warning the Teskarian authorities", "PT4H")],
         "different durations of different things, in reports of different events"),
    nonc("N30", "different_event", None, ["E1", "E2"], "11 villages under the ban vs 11 committee members for the referral", [
        S(W1, "a do-not-drink order for the town and 11 surrounding villages", "11 villages (E1)"),
        S(AW, "Eleven of the 15 members voted in favour", "11 members (E2)")],
         "the same number counting different things in different events"),
]

CORROBORATED = [
    corr("K1", "E1", "date", "Corvanta reported the crack on 14 February", "2029-02-14",
         CONFLICTS[0]["sides"][0]["sources"]),
    corr("K2", "E2", "date", "Pellmara revoked the plant's permit on 15 March", "2029-03-15",
         CONFLICTS[1]["sides"][0]["sources"]),
    corr("K3", "E1", "count", "The ban covers 11 villages around Lyskova", "11", CONFLICTS[2]["sides"][0]["sources"]),
    corr("K4", "E1", "count", "31 people were admitted to hospital", "31", CONFLICTS[3]["sides"][0]["sources"]),
    corr("K5", "E2", "count", "The plant had two earlier leaks since 2026", "2", CONFLICTS[4]["sides"][0]["sources"]),
    corr("K6", "E1", "place", "Bottled water was handed out at the ice rink", "the ice rink",
         CONFLICTS[5]["sides"][0]["sources"]),
    corr("K7", "E2", "place", "The laboratory that found the solvent is in Ombrevo", "Ombrevo",
         CONFLICTS[6]["sides"][0]["sources"]),
    corr("K8", "E1", "duration", "The waterworks kept pumping for six hours", "PT6H",
         CONFLICTS[7]["sides"][0]["sources"]),
    corr("K9", "E2", "duration", "Corvanta waited four hours before alerting Teskaria", "PT4H",
         CONFLICTS[8]["sides"][0]["sources"]),
    corr("K10", "E2", "duration", "The tap-water ban lasted six days", "P6D", CONFLICTS[9]["sides"][0]["sources"]),
    corr("K11", "E1", "actor", "Vojtek Kalčev ordered the intake closed", "Vojtek Kalčev",
         CONFLICTS[12]["sides"][0]["sources"]),
    corr("K12", "E2", "actor", "Zora Mandell moved the referral to prosecutors", "Zora Mandell",
         CONFLICTS[13]["sides"][0]["sources"]),
    corr("K13", "E1", "duration", "A five-day state of emergency", "P5D", [
        S(OT1, "the governor has declared a five-day state of emergency"),
        S(OV, "has declared a state of emergency for five days")]),
    corr("K14", "E1", "date", "The tank ruptured on Tuesday 6 March", "2029-03-06", [
        S(W1, "leaked from a plant upstream in Pellmara early on Tuesday"),
        S(PS, "leaked from a plant upstream in Pellmara early on Tuesday"),
        S(DS, "The leak began on March 6, when a tank burst"),
        S(OT1, "started at 4:15 a.m. Teskarian time on Tuesday"),
        S(OM1, "where a storage tank ruptured on March 6")]),
    corr("K15", "E2", "duration", "Corvanta has 30 days to present a clean-up plan", "P30D", [
        S(AW, "gave Corvanta a 30-day deadline to present a clean-up plan"),
        S(OT2, "Corvanta has 30 days to submit a plan to clean up")]),
    corr("K16", "E2", "place", "The hearing was held in the Linden Chamber", "Linden Chamber", [
        S(AW, "a hearing of more than five hours in the Linden Chamber"),
        S(OT2, "The Linden Chamber was full by 10 a.m., when the hearing began."),
        S(NR, "Thursday's hearing in the Linden Chamber tried to work out")]),
    corr("K17", "E1", "actor", "Teskaria demanded compensation from Corvanta", "Teskarian government", [
        S(W1, "The Teskarian government demanded compensation from the company."),
        S(OM1, "Ombrevo has demanded that Corvanta pay for the clean-up")]),
]

EXCLUSIVE = [
    excl("X1", "E1", "Only six workers were on the plant's night shift", [
        S(W1, "Only six workers were on the plant's night shift"),
        S(PS, "Only six workers were on the plant's night shift"),
        S(DS, "running with a night shift of just six people")],
         "in the LNA wire, its copy (Pemberton Bugle) and its rewrite (Dunmoray Pilot) only: one independent source, NOT corroborated"),
    excl("X2", "E1", "Keldria advised its travellers to avoid the Lyskova area", [
        S(DS, "Keldria's foreign ministry advised Keldrian travellers to avoid the Lyskova area")]),
    excl("X3", "E1", "The Lyskova brewery halted production", [
        S(OT1, "The Lyskova brewery has halted production.")]),
    excl("X4", "E1", "Pellmaran police sealed off the plant's tank farm", [
        S(OM1, "Pellmaran police have sealed off the tank farm")]),
    excl("X5", "E1", "The town hotline has taken more than 3,000 calls", [
        S(OV, "The town hotline has taken more than 3,000 calls since Tuesday.")]),
    excl("X6", "E2", "Corvanta will replace all its older tanks", [
        S(W2, "Jurewski said Corvanta would replace all its older tanks.")]),
    excl("X7", "E2", "The hearing was streamed live on the Assembly's website", [
        S(AW, "The hearing was streamed live on the Assembly's website.")]),
    excl("X8", "E2", "Pellmaran prosecutors have questioned the plant's manager", [
        S(OM2, "Pellmaran prosecutors have questioned the plant's manager twice.")]),
    excl("X9", "E2", "Corvanta's insurer caps its cover at 20 million pellars", [
        S(NR, "Corvanta's insurer has said its cover stops at 20 million pellars")]),
]

QUOTES = [
    qv("Q1", "E1", "Agnese Tullio", "We are deeply sorry and will pay for all the clean water the town needs", [
        S(W1, "we will pay for every litre of clean water this town needs", mode="direct"),
        S(OM1, "We are deeply sorry and we will pay for all", mode="direct")],
       "direct vs direct ('every litre of clean water this town needs' vs 'all the clean water Lyskova needs')"),
    qv("Q2", "E1", "Orsolya Sorrell", "Do not drink the tap water, cook with it or give it to animals", [
        S(OV, "Do not drink it, do not cook with it, and do not", mode="direct"),
        S(W1, "told residents not to drink the water, cook with it", mode="indirect")],
       "direct vs reported speech"),
    qv("Q3", "E2", "Dimitar Jurewski / Dmitri Yurevsky", "The crack was small and the engineers judged it safe", [
        S(W2, "\"The crack was small, and our engineers judged it safe,\"", mode="direct"),
        S(AW, "\"It was a small crack; our engineers believed it was safe,\"", mode="direct"),
        S(OM2, "\"The crack was small and our engineers considered it safe,\"", mode="direct")],
       "direct vs direct in three wordings ('judged', 'believed', 'considered'), the third under the Pellmaran spelling of the name"),
    qv("Q4", "E2", "Paskal Drenn", "Teskaria will not pay for a Pellmaran company's mistakes", [
        S(OT2, "\"Teskaria will not pay for the mistakes of a Pellmaran company,\"", mode="direct"),
        S(W2, "Drenn said Teskaria would not pay for a Pellmaran company's mistakes.", mode="indirect"),
        S(OM2, "Teskarian taxpayers would not pay for the mistakes of a Pellmaran firm", mode="indirect")],
       "direct vs reported speech (twice, 'Teskaria' and 'Teskarian taxpayers')"),
    qv("Q5", "E2", "Dimitar Jurewski / Dmitri Yurevsky", "The engineers thought the crack was harmless", [
        S(W2, "\"The crack was small, and our engineers judged it safe,\"", mode="direct"),
        S(NR, "insisted that his engineers had thought the crack was harmless", mode="indirect")],
       "direct vs reported in the analysis"),
]
