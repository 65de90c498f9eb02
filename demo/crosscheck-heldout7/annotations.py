# The planted items of demo/crosscheck-heldout7, read by build_gold.py (which defines S, conflict,
# nonc, corr, excl, qv and the report names W1 ... LV before executing this file).

CONFLICTS = [
    conflict("C1", "E1", "date", "When the stadium's safety certificate was last renewed", [
        ("2030-04-09", [S(W1, "renewed the stadium's safety certificate on April 9"),
                        S(ST1, "safety certificate had been renewed on 9 April")]),
        ("2030-04-19", [S(RL1, "last renewed the ground's safety certificate on 19 April")]),
    ], "9 April in the PNW wire ('April 9') and the Sadovik Telegraf ('9 April'); 19 April in the Ruvelle Lookout. The day-month order differs between outlets on both sides."),
    conflict("C2", "E2", "date", "When the match commander Matěj Šimral was suspended", [
        ("2030-05-20", [S(W2, "Chief Superintendent Matěj Šimral, was suspended on May 20"),
                        S(FW, "the match commander was suspended on 20 May"),
                        S(RL2, "Matěj Šimral, the match commander, was taken off duty on May 20")]),
        ("2030-05-21", [S(ST2, "had been suspended three days after the final")]),
    ], "20 May (the Monday after the final) in the PNW wire, Floorwatch and the Ruvelle Lookout ('taken off duty'); 'three days after the final' in the Sadovik Telegraf: the final was on Saturday 18 May, so Tuesday 21 May."),
    conflict("C3", "E1", "count", "How many of the injured were in critical condition", [
        ("9", [S(W1, "and nine were in critical condition, hospital officials said"),
               S(GC, "and nine were in critical condition, hospital officials said"),
               S(FT, "Nine others were fighting for their lives in hospital"),
               S(RL1, "nine of them remain in critical condition"),
               S(RT, "Nine people are in critical condition in Tarrenburg General Hospital")]),
        ("19", [S(SP, "The club says 19 of its supporters are in a critical condition.")]),
    ], "nine in the PNW wire (and both reports carrying it, the rewrite as 'fighting for their lives'), the Ruvelle Lookout and Radio Tarrenburg; 19 in Stoppage Time."),
    conflict("C4", "E1", "count", "How many police officers were on duty at the stadium", [
        ("480", [S(W1, "The Castovian National Police said 480 officers had been on duty"),
                 S(RL1, "The police had put 480 officers on duty at the ground."),
                 S(SP, "says 480 police officers were on duty")]),
        ("840", [S(ST1, "There were 840 Castovian police officers at the ground.")]),
    ], "480 in the PNW wire, the Ruvelle Lookout and Stoppage Time; 840 in the Sadovik Telegraf (the digits transposed)."),
    conflict("C5", "E2", "count", "How many recommendations the Velander inquiry makes", [
        ("41", [S(W2, "It heard 212 witnesses and makes 41 recommendations."),
                S(FW, "The report sets out forty-one recommendations."),
                S(LV, "Of her 41 recommendations, the one that matters most")]),
        ("34", [S(RL2, "Velander makes 34 recommendations, among them a ban")]),
    ], "41 in the PNW wire, Floorwatch ('forty-one') and Longview; 34 in the Ruvelle Lookout."),
    conflict("C6", "E1", "place", "In which part of the stadium the crush happened", [
        ("the Saltings End", [S(W1, "The crush began at 1740 GMT in the Saltings End"),
                              S(GC, "The crush began in the Saltings End of the Morrowgate Stadium"),
                              S(FT, "The crush happened in the Saltings End, the terrace"),
                              S(RL1, "outside the Saltings End, where the crush at Saturday's Auren Cup"),
                              S(ST1, "Almerran fans had been packed into the Saltings End")]),
        ("the Ropewalk Stand", [S(RT, "The crush happened in the Ropewalk Stand")]),
    ], "The Saltings End in the PNW wire (and both reports carrying it), the Ruvelle Lookout and the Sadovik Telegraf; the Ropewalk Stand on Radio Tarrenburg."),
    conflict("C7", "E2", "place", "Where Judge Velander presented the inquiry's findings", [
        ("Ruvelle", [S(W2, "Retired judge Ingeborg Velander presented her findings in Ruvelle."),
                     S(RL2, "At the Law Courts in Ruvelle that morning, Ingeborg Velander")]),
        ("Tarrenburg", [S(LV, "present her report in Tarrenburg's town hall")]),
    ], "In Ruvelle (the Law Courts) in the PNW wire and the Ruvelle Lookout; in Tarrenburg's town hall, 'rather than in the capital', in Longview."),
    conflict("C8", "E1", "duration", "How long it took stewards to open the gates in the perimeter fence", [
        ("PT25M", [S(W1, "It took 25 minutes for stewards to unlock the gates"),
                   S(RL1, "Stewards needed 25 minutes to unlock the gates in the perimeter fence."),
                   S(ST1, "For 25 minutes, stewards left the gates in the perimeter fence locked")]),
        ("PT45M", [S(SP, "For three-quarters of an hour fans were pinned against the perimeter fence")]),
    ], "25 minutes in the PNW wire, the Ruvelle Lookout and the Sadovik Telegraf; 'three-quarters of an hour' (45 minutes) in Stoppage Time."),
    conflict("C9", "E2", "duration", "How long police lost radio contact with the stewards", [
        ("PT18M", [S(W2, "was lost for 18 minutes as the crowd built up"),
                   S(RL2, "radio contact with the stewards at the Saltings End for 18 minutes"),
                   S(ST2, "The inquiry found an 18-minute radio blackout between police and stewards.")]),
        ("PT8M", [S(FW, "were out of radio contact for eight minutes")]),
    ], "18 minutes in the PNW wire, the Ruvelle Lookout and the Sadovik Telegraf ('an 18-minute radio blackout'); eight minutes in Floorwatch."),
    conflict("C10", "E2", "duration", "How long Reinholt Brannagh had been interior minister", [
        ("P19M", [S(W2, "He had been interior minister for 19 months."),
                  S(FW, "Brannagh, who had held the post for 19 months"),
                  S(ST2, "Reinholt Brannagh, who had been in office for 19 months")]),
        ("P30M", [S(LV, "Reinholt Brannagh had been interior minister for two and a half years")]),
    ], "19 months in the PNW wire, Floorwatch and the Sadovik Telegraf; two and a half years (30 months) in Longview."),
    conflict("C11", "E1", "speaker", "Who said 'People were lifted off their feet, and nobody could hear us screaming'", [
        ("Nadja Krest", [S(W1, "said Nadja Krest, a teacher from Ostemar"),
                         S(GC, "said Nadja Krest, a teacher from Ostemar"),
                         S(FT, "could hear us screaming,\" she said."),
                         S(RL1, "Nadja Krest, an Ostemar supporter who was pulled out over the fence"),
                         S(ST1, "said Nadja Krest, an Ostemar teacher who survived.")]),
        ("Tobin Farrady", [S(RT, "could hear us screaming,\" Farrady said.")]),
    ], "The Almerran supporter Nadja Krest in the PNW wire (and both reports carrying it), the Ruvelle Lookout and the Sadovik Telegraf; the steward Tobin Farrady on Radio Tarrenburg. Each quotes the words directly (the Tidings' 'she' is Krest, named in the sentence before; Radio Tarrenburg's 'Farrady' is named in full in the sentence before)."),
    conflict("C12", "E2", "speaker", "Who said 'The police lost control of that gate long before anyone was hurt'", [
        ("Ingeborg Velander", [S(W2, "long before anyone was hurt,\" Velander said."),
                               S(FW, "the inquiry chair, Ingeborg Velander, wrote in her summary"),
                               S(RL2, "long before anyone was hurt,\" the retired judge said.")]),
        ("Noor Abendroth", [S(ST2, "The families' lawyer, Noor Abendroth, said outside the court")]),
    ], "The inquiry chair in the PNW wire, Floorwatch ('wrote in her summary') and the Ruvelle Lookout ('the retired judge', Velander named in the sentence before); the families' lawyer Noor Abendroth in the Sadovik Telegraf. Each quotes the words directly."),
    conflict("C13", "E1", "actor", "Who ordered the Brickfield exit gate opened", [
        ("Matěj Šimral", [S(W1, "Chief Superintendent Matěj Šimral, authorised the opening of the Brickfield gate"),
                          S(GC, "the match commander authorised the opening of an exit gate"),
                          S(RL1, "The decision to open the Brickfield gate was taken by"),
                          S(SP, "Šimral had the Brickfield gate opened to ease the pressure")]),
        ("Bastien Loor", [S(ST1, "it was the stadium safety officer, Bastien Loor, who ordered")]),
    ], "The police match commander in the PNW wire (named; its copy says 'the match commander'), the Ruvelle Lookout ('The decision ... was taken by Chief Superintendent Matěj Šimral') and Stoppage Time ('had the Brickfield gate opened'); the stadium safety officer Bastien Loor in the Sadovik Telegraf."),
    conflict("C14", "E2", "actor", "Who accepted Brannagh's resignation", [
        ("Elin Sorvaag", [S(W2, "Prime Minister Elin Sorvaag accepted it, her office said."),
                          S(RL2, "Prime Minister Elin Sorvaag accepted his resignation within the hour."),
                          S(ST2, "Prime Minister Elin Sorvaag accepted his resignation.")]),
        ("Severin Kallisto", [S(FW, "His resignation was accepted by President Severin Kallisto")]),
    ], "The prime minister in the PNW wire, the Ruvelle Lookout and the Sadovik Telegraf; President Severin Kallisto (a passive) in Floorwatch."),
]

NONCONFLICTS = [
    nonc("N1", "alias", "E1", ["E1"], "The police match commander", [
        S(W1, "the match commander, Chief Superintendent Matěj Šimral, authorised", "Matěj Šimral"),
        S(ST1, "The match commander, Chief Superintendent Matej Simral, has not spoken", "Matej Simral")],
         "Matej Simral is Matěj Šimral without the diacritics"),
    nonc("N2", "alias", "E1", ["E1"], "The football federation", [
        S(W1, "The Castovian Football Federation renewed the stadium's safety certificate", "Castovian Football Federation"),
        S(SP, "The CFF, which runs the ground", "CFF")],
         "CFF is the initials of the Castovian Football Federation"),
    nonc("N3", "alias", "E1", ["E1"], "FC Ostemar's chairman", [
        S(W1, "FC Ostemar chairman Hristo Valkanov said", "Hristo Valkanov"),
        S(ST1, "club chairman Christo Walkanow said", "Christo Walkanow")],
         "two transliterations of one name (the Castovian and the Almerran spelling)"),
    nonc("N4", "alias", "E1", ["E1"], "Who is sending planes to fly the supporters home", [
        S(W1, "The Almerran government said it would charter two planes", "Almerran government"),
        S(RL1, "Sadovik has sent two aircraft to fly home supporters", "Sadovik")],
         "Sadovik, the capital, stands for the Almerran government"),
    nonc("N5", "alias", "E1", ["E1"], "The city of the stadium", [
        S(W1, "in the Castovian city of Tarrenburg on Saturday", "Tarrenburg"),
        S(ST1, "the Auren Cup final in Tarrenborg rose to 13", "Tarrenborg")],
         "Tarrenborg is the Almerran name of the Castovian city Tarrenburg"),
    nonc("N6", "timezone", "E1", ["E1"], "Time the crush began", [
        S(W1, "The crush began at 1740 GMT in the Saltings End", "2030-05-18T17:40Z"),
        S(RL1, "Auren Cup final began at 7:40 p.m., twenty minutes before kick-off", "2030-05-18T19:40+02:00"),
        S(ST1, "the crush began at 6:40 p.m. Almerran time", "2030-05-18T18:40+01:00")],
         "Castovia is UTC+2 and Almerra UTC+1: one instant in three notations"),
    nonc("N7", "timezone", "E2", ["E2"], "Time Brannagh announced his resignation", [
        S(W2, "Brannagh announced his resignation at 1300 GMT.", "2030-06-05T13:00Z"),
        S(RL2, "a four-minute statement to the Storthall at 3 p.m. on Wednesday", "2030-06-05T15:00+02:00"),
        S(ST2, "announcing his departure at 2 p.m. Almerran time", "2030-06-05T14:00+01:00")],
         "Ruvelle is UTC+2 and Almerra UTC+1: the same instant"),
    nonc("N8", "unit_form", "E1", ["E1"], "Length of the national mourning", [
        S(RL1, "declared three days of national mourning", "P3D"),
        S(RT, "The government has announced a three-day national mourning.", "P3D")],
         "'three days of' and 'three-day' are one duration"),
    nonc("N9", "unit_form", "E2", ["E2"], "Velander's deadline for her final report", [
        S(W2, "Velander has six months to deliver her final report.", "P6M"),
        S(FW, "it gives Velander a six-month deadline for her final report", "P6M")],
         "'six months' and 'a six-month deadline' are one duration"),
    nonc("N10", "weekday_date", "E1", ["E1"], "Day of the crush", [
        S(W1, "in the Castovian city of Tarrenburg on Saturday", "2030-05-18"),
        S(FT, "in Tarrenburg, Castovia, on May 18", "2030-05-18"),
        S(ST1, "for the May 18 final when the crush began", "2030-05-18")],
         "Saturday, the day before the wire's publication (Sun 19 May), is 18 May 2030"),
    nonc("N11", "weekday_date", "E2", ["E2"], "Day of the resignation", [
        S(W2, "Reinholt Brannagh, resigned on Wednesday", "2030-06-05"),
        S(FW, "Interior Minister Reinholt Brannagh stepped down on June 5", "2030-06-05"),
        S(ST2, "Castovia's interior minister resigned on Wednesday over the Tarrenborg stadium crush", "2030-06-05")],
         "Wednesday, the wire's publication day, is 5 June 2030; the Sadovik Telegraf (published Thu 6) means the day before"),
    nonc("N12", "level_vs_change", "E1", ["E1"], "FC Ostemar's share price on Monday", [
        S(RL1, "FC Ostemar shares fell 9 percent on Monday morning", "by 9 percent"),
        S(ST1, "FC Ostemar shares closed at 3.15 almers on Monday.", "at 3.15 almers")],
         "a percentage change and a price level"),
    nonc("N13", "level_vs_change", "E2", ["E2"], "The national budget for stadium safety", [
        S(RL2, "raise the national budget for stadium safety to 110 million drens", "to 110 million drens"),
        S(LV, "increase the stadium safety budget by 40 million drens", "by 40 million drens")],
         "a level (to 110 million) and a change (by 40 million)"),
    nonc("N14", "different_measure", "E1", ["E1"], "The Morrowgate Stadium: capacity vs turnstiles", [
        S(RL1, "Castovia's national stadium holds 45,000.", "45,000 capacity"),
        S(SP, "The stadium has 64 turnstiles in all.", "64 turnstiles")],
         "two measures of one noun (the stadium's capacity and its turnstiles)"),
    nonc("N15", "different_measure", "E1", ["E1"], "Saltings End turnstiles: all of them vs those working", [
        S(W1, "only three of the 12 turnstiles at the Saltings End were working", "3 of the 12 turnstiles working"),
        S(SP, "The Saltings End's 12 turnstiles could not take the numbers", "12 turnstiles")],
         "a partitive: three of the end's 12 turnstiles"),
    nonc("N16", "different_measure", "E2", ["E2"], "Inquiry witnesses: all of them vs the Almerran fans among them", [
        S(W2, "It heard 212 witnesses and makes 41 recommendations.", "212 witnesses"),
        S(ST2, "Of the 212 witnesses who gave evidence, 140 were Almerran fans.", "140 of the 212 witnesses")],
         "a partitive: 140 of the 212 witnesses"),
    nonc("N17", "rounded", "E1", ["E1"], "Spectators at the final", [
        S(W1, "which held nearly 42,000 spectators for the final", "nearly 42,000"),
        S(SP, "The attendance was given as 41,600.", "41,600")],
         "'nearly 42,000' is the rounded 41,600"),
    nonc("N18", "rounded", "E1", ["E1"], "Almerran supporters at the final", [
        S(SP, "about 6,000 Almerran supporters made the trip", "about 6,000"),
        S(ST1, "The club sold 5,800 tickets to Almerran supporters", "5,800")],
         "'about 6,000' is the rounded 5,800"),
    nonc("N19", "rounded", "E2", ["E2"], "Length of the inquiry report", [
        S(RL2, "the conclusions of her 312-page report", "312 pages"),
        S(LV, "The report runs to some 300 pages.", "some 300 pages")],
         "'some 300 pages' is the rounded 312"),
    nonc("N20", "at_least", "E1", ["E1"], "Ambulances sent to the stadium", [
        S(W1, "At least 30 ambulances were sent to the ground.", "at least 30"),
        S(RT, "Thirty-four ambulances came to the ground last night", "34")],
         "34 is at least 30"),
    nonc("N21", "at_least", "E2", ["E2"], "Relatives of the dead at the inquiry's findings", [
        S(FW, "At least 100 relatives of the dead had come to Ruvelle", "at least 100"),
        S(RL2, "Relatives of the dead, 120 of them by the court's count", "120")],
         "120 is at least 100 (relatives who came to hear the findings; the Lookout counts those on the Law Courts' public benches)"),
    nonc("N22", "running_total", "E1", ["E1"], "The dead, Saturday vs Monday morning", [
        S(W1, "Eleven people were killed and dozens injured in a crush", "11 (as of Sat 18 May)"),
        S(ST1, "the Auren Cup final in Tarrenborg rose to 13 on Monday morning", "13 (as of Mon 20 May morning)")],
         "a running total: two more died in hospital after the wire was written"),
    nonc("N23", "running_total", "E1", ["E1"], "People treated in hospital, Saturday night vs Sunday evening", [
        S(W1, "By Saturday night 96 people had been treated at Tarrenburg General Hospital", "96 (as of Sat 18 May night)"),
        S(RL1, "By Sunday evening 147 people had been treated in the city's hospitals", "147 (as of Sun 19 May evening)")],
         "a running total a day apart"),
    nonc("N24", "running_total", None, ["E1", "E2"], "The dead: the day after vs eighteen days later", [
        S(W1, "Eleven people were killed and dozens injured in a crush", "11 (Sat 18 May, E1)"),
        S(W2, "where a crush killed 14 people last month", "14 (Wed 5 June, E2)")],
         "a running total reported eighteen days apart, and in reports of different events: never compared"),
    nonc("N25", "venue", "E1", ["E1"], "Where the crush happened: the stadium", [
        S(W1, "in the Saltings End of the Morrowgate Stadium, which held nearly", "Morrowgate Stadium"),
        S(RL1, "Castovia's national stadium holds 45,000.", "national stadium")],
         "the Morrowgate Stadium is Castovia's national stadium"),
    nonc("N26", "venue", "E2", ["E2"], "Where Brannagh announced his resignation", [
        S(FW, "from the government bench in the Crescent Hall", "Crescent Hall"),
        S(RL2, "a four-minute statement to the Storthall at 3 p.m. on Wednesday", "Storthall")],
         "the Crescent Hall is the Storthall's debating chamber"),
    nonc("N27", "two_speakers", "E1", ["E1"], "The turnstiles could not cope with the crowd: said by two people", [
        S(RL1, "Magda Terhune said the turnstiles at the Saltings End had not", "Magda Terhune"),
        S(ST1, "Walkanow said the turnstiles had been unable to cope with the crowd.", "Hristo Valkanov")],
         "two people reported (indirectly) saying the same thing: both said it, no speaker conflict"),
    nonc("N28", "different_event", "E2", ["E2"], "Dates inside the resignation story", [
        S(LV, "On the evening of May 18 a gate was opened", "2030-05-18 (E1)"),
        S(LV, "On Wednesday a minister walked out of the Storthall", "2030-06-05")],
         "the analysis recalls the night of the crush (E1); the resignation is E2"),
    nonc("N29", "different_event", None, ["E1", "E2"], "Gates opened after 25 minutes vs radio contact lost for 18 minutes", [
        S(W1, "It took 25 minutes for stewards to unlock the gates", "PT25M"),
        S(W2, "was lost for 18 minutes as the crowd built up", "PT18M")],
         "different durations of different things, in reports of different events"),
    nonc("N30", "different_event", None, ["E1", "E2"], "Nine in critical condition vs nine officers facing disciplinary proceedings", [
        S(W1, "and nine were in critical condition, hospital officials said", "9 critical (E1)"),
        S(W2, "Nine police officers face disciplinary proceedings.", "9 officers (E2)")],
         "the same number counting different things in different events"),
]

CORROBORATED = [
    corr("K1", "E1", "date", "The safety certificate was renewed on 9 April", "2030-04-09",
         CONFLICTS[0]["sides"][0]["sources"]),
    corr("K2", "E2", "date", "The match commander was suspended on 20 May", "2030-05-20",
         CONFLICTS[1]["sides"][0]["sources"]),
    corr("K3", "E1", "count", "Nine people were in critical condition", "9", CONFLICTS[2]["sides"][0]["sources"]),
    corr("K4", "E1", "count", "480 police officers were on duty", "480", CONFLICTS[3]["sides"][0]["sources"]),
    corr("K5", "E2", "count", "The inquiry makes 41 recommendations", "41", CONFLICTS[4]["sides"][0]["sources"]),
    corr("K6", "E1", "place", "The crush happened in the Saltings End", "the Saltings End",
         CONFLICTS[5]["sides"][0]["sources"]),
    corr("K7", "E2", "place", "Velander presented her findings in Ruvelle", "Ruvelle",
         CONFLICTS[6]["sides"][0]["sources"]),
    corr("K8", "E1", "duration", "It took 25 minutes to open the perimeter gates", "PT25M",
         CONFLICTS[7]["sides"][0]["sources"]),
    corr("K9", "E2", "duration", "Radio contact was lost for 18 minutes", "PT18M",
         CONFLICTS[8]["sides"][0]["sources"]),
    corr("K10", "E2", "duration", "Brannagh had been interior minister for 19 months", "P19M",
         CONFLICTS[9]["sides"][0]["sources"]),
    corr("K11", "E1", "actor", "Matěj Šimral ordered the Brickfield gate opened", "Matěj Šimral",
         CONFLICTS[12]["sides"][0]["sources"]),
    corr("K12", "E2", "actor", "Prime Minister Elin Sorvaag accepted the resignation", "Elin Sorvaag",
         CONFLICTS[13]["sides"][0]["sources"]),
    corr("K13", "E1", "duration", "Three days of national mourning", "P3D", [
        S(RL1, "declared three days of national mourning"),
        S(RT, "The government has announced a three-day national mourning.")]),
    corr("K14", "E1", "date", "The crush happened on Saturday 18 May", "2030-05-18", [
        S(W1, "in the Castovian city of Tarrenburg on Saturday"),
        S(GC, "in the Castovian city of Tarrenburg on Saturday"),
        S(FT, "in Tarrenburg, Castovia, on May 18"),
        S(RL1, "outside the Saltings End, where the crush at Saturday's Auren Cup"),
        S(ST1, "for the May 18 final when the crush began"),
        S(SP, "No ball was kicked at the Morrowgate on Saturday.")]),
    corr("K15", "E2", "duration", "Velander has six months for her final report", "P6M", [
        S(W2, "Velander has six months to deliver her final report."),
        S(FW, "it gives Velander a six-month deadline for her final report")]),
    corr("K16", "E2", "date", "Brannagh resigned on Wednesday 5 June", "2030-06-05", [
        S(W2, "Reinholt Brannagh, resigned on Wednesday"),
        S(FW, "Interior Minister Reinholt Brannagh stepped down on June 5"),
        S(RL2, "a four-minute statement to the Storthall at 3 p.m. on Wednesday"),
        S(ST2, "Castovia's interior minister resigned on Wednesday over the Tarrenborg stadium crush")]),
    corr("K17", "E1", "actor", "Almerra is sending planes to fly the supporters home", "Almerran government", [
        S(W1, "The Almerran government said it would charter two planes"),
        S(RL1, "Sadovik has sent two aircraft to fly home supporters")]),
]

EXCLUSIVE = [
    excl("X1", "E1", "A ten-year-old boy from Ostemar was among the dead", [
        S(W1, "Among the dead was a ten-year-old boy from Ostemar."),
        S(GC, "Among the dead was a ten-year-old boy from Ostemar."),
        S(FT, "The youngest of the dead was a boy of ten from Ostemar.")],
         "in the PNW wire, its copy (Grantmere Crier) and its rewrite (Fellside Tidings) only: one independent source, NOT corroborated"),
    excl("X2", "E1", "The Olvenian match officials were unhurt", [
        S(FT, "The match officials, all three of them Olvenian, were unhurt")]),
    excl("X3", "E1", "Tarrenburg's mayor ordered the stadium closed until further notice", [
        S(RL1, "Tarrenburg's mayor ordered it closed until further notice.")]),
    excl("X4", "E1", "About 2,000 people held a vigil outside FC Ostemar's ground", [
        S(ST1, "About 2,000 people held a candlelit vigil outside the club's ground")]),
    excl("X5", "E1", "A queue formed outside the Tarrenburg blood bank", [
        S(RT, "The queue outside the blood bank on Kettle Street started forming")]),
    excl("X6", "E1", "The Auren Cup final has been postponed indefinitely", [
        S(SP, "the final had been postponed indefinitely")]),
    excl("X7", "E2", "Brannagh will keep his seat in the Storthall", [
        S(W2, "Brannagh will keep his seat in the Storthall.")]),
    excl("X8", "E2", "Pavel Orsini withdrew his no-confidence motion", [
        S(FW, "Opposition leader Pavel Orsini withdrew the no-confidence motion")]),
    excl("X9", "E2", "FC Ostemar's players will wear black armbands for the rest of the season", [
        S(ST2, "its players would wear black armbands for the rest of the season")]),
    excl("X10", "E2", "Šimral's lawyer will challenge the findings", [
        S(RL2, "Šimral's lawyer said he would challenge the findings.")]),
]

QUOTES = [
    qv("Q1", "E1", "Hristo Valkanov / Christo Walkanow", "We sent our supporters to a football match and some will not come home", [
        S(W1, "\"We sent our supporters to a football match, and some of them", mode="direct"),
        S(ST1, "\"We sent our fans to watch football, and some of them", mode="direct")],
       "direct vs direct ('supporters to a football match ... are not coming home' vs 'fans to watch football ... will never come home'), the second under the Almerran spelling of the name"),
    qv("Q2", "E1", "Magda Terhune", "It should have been the greatest night in Castovian football and became the worst", [
        S(RL1, "\"This should have been the greatest night in Castovian football, and", mode="direct"),
        S(RT, "it should have been the greatest night in Castovian football", mode="indirect")],
       "direct vs reported speech"),
    qv("Q3", "E2", "Reinholt Brannagh", "I was responsible for the police that night and will not let anyone else carry that", [
        S(W2, "\"I was responsible for the police that night, and I will", mode="direct"),
        S(RL2, "\"I was in charge of the police that night, and I", mode="direct"),
        S(ST2, "said he had been responsible for the police on the night", mode="indirect")],
       "direct vs direct ('responsible for' / 'in charge of', 'ask anyone else to carry that' / 'let anyone else carry that for me') and direct vs reported speech"),
    qv("Q4", "E2", "Vesna Harstad", "Almerra expects Castovia to compensate the families of the dead", [
        S(ST2, "\"Almerra expects Castovia to compensate every family that lost someone in Tarrenborg,\"", mode="direct"),
        S(W2, "said Almerra expected Castovia to compensate the families of the dead.", mode="indirect")],
       "direct vs reported speech"),
    qv("Q5", "E2", "Ingeborg Velander", "The police lost control of the gate long before anyone was hurt", [
        S(W2, "\"The police lost control of that gate long before anyone was hurt,\"", mode="direct"),
        S(LV, "Velander concluded that the police had lost their grip on the gate", mode="indirect")],
       "direct vs reported in the analysis ('lost control of that gate long before anyone was hurt' vs 'lost their grip on the gate well before the first supporter went down')"),
]
