# The planted items of demo/crosscheck-heldout5, read by build_gold.py (which defines S, conflict,
# nonc, corr, excl, qv and the report names W1 ... TR before executing this file).

CONFLICTS = [
    conflict("C1", "E1", "date", "When the ferry passed its last safety inspection", [
        ("2028-01-12", [S(W1, "It had passed its last safety inspection on January 12"),
                        S(DH1, "the vessel was last inspected on January 12 and found seaworthy"),
                        S(RV, "The ship had been inspected on January 12")]),
        ("2028-01-21", [S(MS1, "Ystrelian inspectors last checked the ship on January 21")]),
    ], "12 January in the HPA wire, the Herald and Radio Velmouth; 21 January in the Sentinel."),
    conflict("C2", "E2", "date", "When the captain was arrested", [
        ("2028-03-08", [S(W2, "who was arrested on March 8"),
                        S(MS2, "Police detained him on March 8."),
                        S(TR, "Since his arrest on March 8 the captain has said nothing")]),
        ("2028-03-09", [S(DH2, "who was arrested last Thursday at his home in Velmouth")]),
    ], "Wednesday 8 March in the HPA wire, the Sentinel and the Tideline Review; 'last Thursday' in the Herald (published Wed 15 March), i.e. Thursday 9 March."),
    conflict("C3", "E1", "count", "How many people were rescued", [
        ("241", [S(W1, "Rescuers pulled 241 people from the sea"),
                 S(WC, "Rescuers pulled 241 people from the sea"),
                 S(MS1, "It said 241 people had been rescued alive."),
                 S(HP, "Rescue crews saved 241 of them")]),
        ("214", [S(RV, "Rescue boats brought 214 survivors into Velmouth harbour")]),
    ], "241 in the HPA wire (and its copy), the Sentinel and the Packet; 214 on Radio Velmouth."),
    conflict("C4", "E1", "count", "How many vehicles were on the car deck", [
        ("96", [S(W1, "The ferry's car deck held 96 vehicles."),
                S(DH1, "Its car deck was carrying 96 cars and lorries")]),
        ("118", [S(HP, "The ferry's vehicle deck held 118 cars, vans and lorries")]),
    ], "96 in the HPA wire and the Herald; 118 in the Packet."),
    conflict("C5", "E2", "count", "How many victims' families joined the case as civil parties", [
        ("23", [S(W2, "The families of 23 victims have joined the case as civil parties."),
                S(DH2, "The relatives of 23 of the dead have joined the case")]),
        ("32", [S(MS2, "The families of 32 victims, nine of them Baltrosan")]),
    ], "23 in the HPA wire and the Herald; 32 in the Sentinel."),
    conflict("C6", "E1", "place", "Where the survivors were brought ashore", [
        ("Velmouth", [S(W1, "All the survivors were brought ashore at Velmouth."),
                      S(DH1, "The rescued were landed at Velmouth's ferry terminal through the night"),
                      S(RV, "Rescue boats brought 214 survivors into Velmouth harbour")]),
        ("Cazzarin", [S(HP, "brought them to the Baltrosan port of Cazzarin")]),
    ], "Velmouth (Ystrelia) in the HPA wire, the Herald and Radio Velmouth; the Baltrosan port of Cazzarin in the Packet."),
    conflict("C7", "E2", "place", "Where the wreck was towed", [
        ("Quillan Bay", [S(W2, "The wreck was towed on Sunday to Quillan Bay"),
                         S(DH2, "The hull now lies at Quillan Bay."),
                         S(MS2, "The hull was towed into Quillan Bay on Sunday.")]),
        ("Sallowby", [S(BP, "The wreck, towed to the port of Sallowby at the weekend")]),
    ], "Quillan Bay in the HPA wire, the Herald and the Sentinel; the port of Sallowby in the Bellhaven Evening Post (the rewrite of the wire)."),
    conflict("C8", "E1", "duration", "How long the ferry listed before it capsized", [
        ("PT20M", [S(W1, "It had been listing for 20 minutes before it capsized"),
                   S(WC, "It had been listing for 20 minutes before it capsized"),
                   S(MS1, "The Morning Heron leaned over for 20 minutes before it turned turtle"),
                   S(HP, "the ship had tilted for 20 minutes before it went over")]),
        ("PT40M", [S(DH1, "leaned further and further for 40 minutes before it rolled over")]),
    ], "20 minutes in the HPA wire (and its copy), the Sentinel and the Packet; 40 minutes in the Herald."),
    conflict("C9", "E1", "duration", "How long the Sennet Strait was closed to shipping", [
        ("PT48H", [S(W1, "The Sennet Strait was closed to shipping for 48 hours."),
                   S(MS1, "The strait reopened to ships on Monday night after a 48-hour closure.")]),
        ("PT24H", [S(RV, "The Sennet Strait was shut to all traffic for 24 hours")]),
    ], "48 hours in the HPA wire and the Sentinel; 24 hours on Radio Velmouth."),
    conflict("C10", "E2", "duration", "How long the captain is held in custody", [
        ("P30D", [S(W2, "a judge ordered him held in custody for 30 days"),
                  S(BP, "held for 30 days while prosecutors build their case")]),
        ("P60D", [S(TR, "The judge sent Dřevik back to his cell for 60 days.")]),
    ], "30 days in the HPA wire and the Bellhaven Evening Post; 60 days in the Tideline Review."),
    conflict("C11", "E1", "speaker", "Who said 'We heard the lorries sliding, then every light went out'", [
        ("Linnea Hollis", [S(W1, "said Linnea Hollis, 29, a Norvainian teacher"),
                           S(WC, "said Linnea Hollis, 29, a Norvainian teacher"),
                           S(HP, "Linnea Hollis, a 29-year-old teacher from Haldport, told the Packet")]),
        ("Milo Varesk", [S(RV, "said Milo Varesk, a lorry driver from Velmouth")]),
    ], "The Norvainian teacher Linnea Hollis in the HPA wire (and its copy) and the Packet; the Velmouth lorry driver Milo Varesk on Radio Velmouth. Each quotes the words directly."),
    conflict("C12", "E2", "speaker", "Who said 'This ship should never have left port that night'", [
        ("Oriane Varnholm", [S(W2, "\"This ship should never have left port that night,\" Varnholm said."),
                             S(BP, "chief prosecutor Oriane Varnholm told the court"),
                             S(MS2, "prosecutor Oriane Varnholm told the judge")]),
        ("Leopold Trelleven", [S(DH2, "Judge Leopold Trelleven said as he read out his decision")]),
    ], "The chief prosecutor in the HPA wire, the Bellhaven Evening Post and the Sentinel; the judge in the Herald. Each quotes the words directly."),
    conflict("C13", "E1", "actor", "Who ordered the ferry to sail despite the gale warning", [
        ("Radomir Ustek", [S(W1, "Radomir Ustek, had ordered the crossing to go ahead"),
                           S(DH1, "it was Radomir Ustek, the company's head of operations, who told"),
                           S(RV, "had phoned the bridge and ordered the ship out")]),
        ("Lubor Dřevik", [S(MS1, "Captain Lubor Drevik had decided to sail despite the gale warning")]),
    ], "Veyra Line's operations director in the HPA wire, the Herald and Radio Velmouth; the captain himself in the Sentinel."),
    conflict("C14", "E2", "actor", "Who asked the court to keep the captain in custody", [
        ("Oriane Varnholm", [S(W2, "She asked the judge to keep Dřevik in custody."),
                             S(DH2, "Prosecutor Oriane Varnholm had asked for him to be kept behind bars")]),
        ("Solenne Braskow", [S(TR, "It was Solenne Braskow, the lawyer for the families, who asked")]),
    ], "The chief prosecutor in the HPA wire and the Herald; the families' lawyer in the Tideline Review."),
]

NONCONFLICTS = [
    nonc("N1", "alias", "E1", ["E1"], "The ferry's captain", [
        S(DH1, "Its captain, Lubor Dřevik, is among them", "Lubor Dřevik"),
        S(MS1, "Captain Lubor Drevik had decided to sail", "Lubor Drevik")],
         "Drevik is Dřevik without the diacritic"),
    nonc("N2", "alias", "E1", ["E1"], "The maritime authority that inspected the ferry", [
        S(W1, "the Ystrelian Maritime Safety Authority said", "Ystrelian Maritime Safety Authority"),
        S(DH1, "According to the YMSA, the vessel was last inspected", "YMSA")],
         "YMSA is the initials of the Ystrelian Maritime Safety Authority"),
    nonc("N3", "alias", "E1", ["E1"], "The Baltrosan Transport Minister", [
        S(W1, "Baltrosan Transport Minister Youssouf Karadine said", "Youssouf Karadine"),
        S(MS1, "Transport Minister Yusuf Qaradin said in Cazzarino", "Yusuf Qaradin"),
        S(HP, "Baltrosan Transport Minister Yusuf Qaradin thanked", "Yusuf Qaradin")],
         "two transliterations of one name"),
    nonc("N4", "alias", "E1", ["E1"], "Who sent two navy ships to the search", [
        S(W1, "two navy ships sent by the Baltrosan government", "Baltrosan government"),
        S(MS1, "Merravel sent two navy ships and a team of 30 divers", "Merravel")],
         "Merravel, the capital, stands for the Baltrosan government"),
    nonc("N5", "alias", "E1", ["E1"], "The ferry's destination", [
        S(W1, "on its night crossing from Velmouth to the Baltrosan port of Cazzarin", "Cazzarin"),
        S(MS1, "The ferry, bound for Cazzarino, overturned", "Cazzarino")],
         "Cazzarino is the Baltrosan name of Cazzarin"),
    nonc("N6", "timezone", "E1", ["E1"], "Time the ferry capsized", [
        S(W1, "turned over at 2140 GMT about eight nautical miles off", "2028-03-04T21:40Z"),
        S(DH1, "at 11:40 p.m. Ystrelian time on Saturday", "2028-03-04T23:40+02:00"),
        S(MS1, "overturned at 10:40 p.m. Baltrosan time on Saturday", "2028-03-04T22:40+01:00")],
         "Ystrelia is UTC+2 and Baltrosa UTC+1: one instant in three notations"),
    nonc("N7", "timezone", "E2", ["E2"], "Time the hearing opened", [
        S(W2, "The hearing at Dorvenna District Court opened at 0730 GMT.", "2028-03-14T07:30Z"),
        S(DH2, "The hearing began at 9:30 a.m. and lasted until early afternoon.", "2028-03-14T09:30+02:00")],
         "Dorvenna is UTC+2: the same instant"),
    nonc("N8", "unit_form", "E1", ["E1"], "Length of the national mourning", [
        S(W1, "declared a four-day national mourning", "P4D"),
        S(DH1, "the second of four days of mourning", "P4D")],
         "'four-day' and 'four days' are one duration"),
    nonc("N9", "unit_form", "E2", ["E2"], "The maximum prison term the captain faces", [
        S(W2, "faces nine charges and up to 12 years in prison", "P12Y"),
        S(DH2, "He faces a maximum 12-year prison term if convicted.", "P12Y")],
         "'up to 12 years' and 'a maximum 12-year term' are one duration"),
    nonc("N10", "weekday_date", "E1", ["E1"], "Day of the capsizing", [
        S(W1, "capsized in a gale in the Sennet Strait late on Saturday", "2028-03-04"),
        S(HP, "capsized on March 4 in the Sennet Strait", "2028-03-04")],
         "Saturday, the day before the wire's publication (Sun 5 March), is 4 March 2028"),
    nonc("N11", "weekday_date", "E2", ["E2"], "Day of the hearing", [
        S(W2, "was charged on Tuesday with negligent homicide", "2028-03-14"),
        S(W2, "DORVENNA, Ystrelia, March 14 (HPA)", "2028-03-14"),
        S(MS2, "An Ystrelian court on Tuesday charged Lubor Drevik", "2028-03-14")],
         "Tuesday, the wire's publication day, is 14 March 2028; the Sentinel (published Wed 15) means the day before"),
    nonc("N12", "level_vs_change", "E1", ["E1"], "Veyra Line's share price on Monday", [
        S(DH1, "Shares in Veyra Line fell 23 percent on Monday in Dorvenna.", "by 23 percent"),
        S(HP, "Veyra Line shares closed at 6.40 krell in Dorvenna on Monday.", "at 6.40 krell")],
         "a percentage change and a price level"),
    nonc("N13", "level_vs_change", "E2", ["E2"], "Random inspections of ferries", [
        S(W2, "increase random inspections of ferries by 15 percentage points", "by 15 percentage points"),
        S(DH2, "will raise random checks to 40 percent of all ferry crossings", "to 40 percent"),
        S(TR, "raise random inspections by 15 percentage points", "by 15 percentage points")],
         "a change (by 15 points) and a level (to 40 percent)"),
    nonc("N14", "different_measure", "E1", ["E1"], "The ferry: tonnage vs length", [
        S(W1, "The 9,800-tonne Morning Heron, operated by Veyra Line", "9,800 tonnes"),
        S(HP, "The Morning Heron, 142 metres long, was built in 1996.", "142 metres")],
         "two measures of one noun (the ferry's tonnage and its length)"),
    nonc("N15", "different_measure", "E1", ["E1"], "Crew: the whole vs those saved", [
        S(W1, "Most of the passengers and the crew of 26 were Ystrelian", "26 crew"),
        S(DH1, "Nineteen of the 26 crew members were saved", "19 of the 26 crew saved")],
         "a partitive: 19 saved out of a crew of 26"),
    nonc("N16", "different_measure", "E2", ["E2"], "Charges: the whole vs those about the cargo", [
        S(W2, "faces nine charges and up to 12 years in prison", "9 charges"),
        S(DH2, "Four of the nine charges concern the ship's cargo", "4 of the 9 charges")],
         "a partitive: four of the nine charges"),
    nonc("N17", "rounded", "E1", ["E1"], "People on board", [
        S(HP, "The Morning Heron had roughly 300 people aboard.", "roughly 300"),
        S(W1, "A Ystrelian ferry carrying 312 people capsized", "312"),
        S(DH1, "The ship carried 312 people, 286 passengers and 26 crew.", "312")],
         "a round figure and the exact count"),
    nonc("N18", "rounded", "E2", ["E2"], "How far the ferry was overloaded", [
        S(W2, "the ferry had been overloaded by 196 tonnes", "196 tonnes"),
        S(TR, "a ship nearly 200 tonnes over its limit", "nearly 200 tonnes")],
         "'nearly 200 tonnes' is the rounded 196"),
    nonc("N19", "at_least", "E1", ["E1"], "Vessels in the search", [
        S(W1, "At least 40 vessels joined the search", "at least 40"),
        S(MS1, "A total of 52 boats and ships took part in the search", "52")],
         "52 is at least 40"),
    nonc("N20", "at_least", "E2", ["E2"], "Relatives in the public gallery", [
        S(W2, "At least 60 relatives filled the public gallery.", "at least 60"),
        S(MS2, "74 relatives of the victims sat in the public gallery.", "74")],
         "74 is at least 60"),
    nonc("N21", "running_total", "E1", ["E1"], "The death toll, Sunday vs Monday", [
        S(W1, "By Sunday evening 19 bodies had been recovered", "19 dead (as of Sun 5 March evening)"),
        S(MS1, "bringing the number of dead to 27", "27 dead (as of Mon 6 March)")],
         "a running total: the wire (published Sunday) gives the toll on Sunday evening, the Sentinel (published Tuesday) after Monday's recoveries ('more bodies ... on Monday, bringing')"),
    nonc("N22", "running_total", "E1", ["E1"], "The missing, Sunday vs Monday", [
        S(W1, "52 people were still missing", "52 missing (as of Sun 5 March evening)"),
        S(MS1, "while 44 people are still unaccounted for", "44 missing (as of Mon 6 March)")],
         "a running total: 312 - 241 rescued - 19 dead = 52 on Sunday; 312 - 241 - 27 = 44 after Monday"),
    nonc("N23", "running_total", None, ["E1", "E2"], "Bodies recovered: on the day after vs ten days on", [
        S(W1, "By Sunday evening 19 bodies had been recovered", "19 (Sun 5 March, E1)"),
        S(W2, "So far 61 bodies have been recovered", "61 (Tue 14 March, E2)")],
         "a running total reported nine days apart, and in reports of different events: never compared"),
    nonc("N24", "venue", "E2", ["E2"], "Where the hearing was held", [
        S(W2, "The hearing at Dorvenna District Court opened", "Dorvenna District Court"),
        S(DH2, "as the charges were read at the Korsgaard Courthouse on Tuesday", "Korsgaard Courthouse"),
        S(TR, "Tuesday's hearing at the Korsgaard Courthouse told a story", "Korsgaard Courthouse")],
         "the Korsgaard Courthouse is the building of Dorvenna District Court"),
    nonc("N25", "two_speakers", "E2", ["E2"], "The crew never held an evacuation drill: reported from two people", [
        S(W2, "Varnholm also told the court the crew had never held", "Oriane Varnholm"),
        S(DH2, "said separately that the crew had never practised an evacuation on board", "Torvald Ostergren")],
         "two people reported (indirectly) saying the same thing: both said it, no speaker conflict"),
    nonc("N26", "different_event", "E2", ["E2"], "Dates inside the court story", [
        S(TR, "On the night of March 4, the Morning Heron left Velmouth", "2028-03-04 (E1)"),
        S(TR, "Tuesday's hearing at the Korsgaard Courthouse told a story", "2028-03-14")],
         "the analysis recalls the night of the capsizing (E1); the hearing is E2"),
    nonc("N27", "different_event", None, ["E1", "E2"], "Ferry listed 20 minutes vs captain held 30 days", [
        S(W1, "It had been listing for 20 minutes before it capsized", "PT20M"),
        S(W2, "a judge ordered him held in custody for 30 days", "P30D")],
         "different durations of different events"),
    nonc("N28", "different_event", None, ["E1", "E2"], "People rescued vs families joining the case", [
        S(W1, "Rescuers pulled 241 people from the sea", "241 rescued (E1)"),
        S(W2, "The families of 23 victims have joined the case as civil parties.", "23 families (E2)")],
         "different counts of different things in different events"),
]

CORROBORATED = [
    corr("K1", "E1", "date", "The ferry was last inspected on 12 January", "2028-01-12",
         CONFLICTS[0]["sides"][0]["sources"]),
    corr("K2", "E2", "date", "The captain was arrested on 8 March", "2028-03-08",
         CONFLICTS[1]["sides"][0]["sources"]),
    corr("K3", "E1", "count", "241 people were rescued", "241", CONFLICTS[2]["sides"][0]["sources"]),
    corr("K4", "E1", "count", "96 vehicles were on the car deck", "96", CONFLICTS[3]["sides"][0]["sources"]),
    corr("K5", "E2", "count", "The families of 23 victims joined the case", "23", CONFLICTS[4]["sides"][0]["sources"]),
    corr("K6", "E1", "place", "The survivors were brought ashore at Velmouth", "Velmouth",
         CONFLICTS[5]["sides"][0]["sources"]),
    corr("K7", "E2", "place", "The wreck was towed to Quillan Bay", "Quillan Bay", CONFLICTS[6]["sides"][0]["sources"]),
    corr("K8", "E1", "duration", "The ferry listed for 20 minutes before capsizing", "PT20M",
         CONFLICTS[7]["sides"][0]["sources"]),
    corr("K9", "E1", "duration", "The strait was closed for 48 hours", "PT48H", CONFLICTS[8]["sides"][0]["sources"]),
    corr("K10", "E2", "duration", "The captain is held in custody for 30 days", "P30D",
         CONFLICTS[9]["sides"][0]["sources"]),
    corr("K11", "E1", "actor", "Radomir Ustek ordered the ferry to sail", "Radomir Ustek",
         CONFLICTS[12]["sides"][0]["sources"]),
    corr("K12", "E2", "actor", "The prosecutor asked for custody", "Oriane Varnholm",
         CONFLICTS[13]["sides"][0]["sources"]),
    corr("K13", "E1", "duration", "Four days of national mourning", "P4D", [
        S(W1, "declared a four-day national mourning"),
        S(DH1, "the second of four days of mourning")]),
    corr("K14", "E1", "date", "The ferry capsized on Saturday 4 March", "2028-03-04", [
        S(W1, "capsized in a gale in the Sennet Strait late on Saturday"),
        S(WC, "capsized in a gale in the Sennet Strait late on Saturday"),
        S(DH1, "at 11:40 p.m. Ystrelian time on Saturday"),
        S(MS1, "overturned at 10:40 p.m. Baltrosan time on Saturday"),
        S(HP, "capsized on March 4 in the Sennet Strait")]),
    corr("K15", "E1", "count", "312 people were on board", "312", [
        S(W1, "A Ystrelian ferry carrying 312 people capsized"),
        S(DH1, "The ship carried 312 people, 286 passengers and 26 crew.")]),
    corr("K16", "E2", "duration", "The captain faces up to 12 years in prison", "P12Y", [
        S(W2, "faces nine charges and up to 12 years in prison"),
        S(DH2, "He faces a maximum 12-year prison term if convicted.")]),
    corr("K17", "E2", "count", "Random inspections rise by 15 percentage points", "15 percentage points", [
        S(W2, "increase random inspections of ferries by 15 percentage points"),
        S(TR, "raise random inspections by 15 percentage points")]),
    corr("K18", "E2", "place", "The hearing was held at the Korsgaard Courthouse", "Korsgaard Courthouse", [
        S(DH2, "as the charges were read at the Korsgaard Courthouse on Tuesday"),
        S(TR, "Tuesday's hearing at the Korsgaard Courthouse told a story")]),
]

EXCLUSIVE = [
    excl("X1", "E1", "A four-year-old girl was found alive clinging to a car tyre", [
        S(W1, "A four-year-old girl was found alive on Sunday morning"),
        S(WC, "A four-year-old girl was found alive on Sunday morning")],
         "in the HPA wire and its copy only: one independent source, NOT corroborated"),
    excl("X2", "E2", "Veyra Line took its two other ferries out of service", [
        S(W2, "Veyra Line has suspended its two other ferries pending checks."),
        S(BP, "it had taken its two remaining ferries out of service")],
         "in the HPA wire and the Bellhaven Evening Post ('With reporting by the Halcyon Press Agency') only: NOT corroborated"),
    excl("X3", "E1", "Velmouth's harbour master resigned", [
        S(DH1, "Velmouth's harbour master, Jens Tollak, resigned on Monday")]),
    excl("X4", "E1", "38 Norvainians were on board, 31 found alive", [
        S(HP, "Thirty-eight Norvainians were on board the Ystrelian ferry")]),
    excl("X5", "E1", "The Velmouth sports hall became a reception centre for families", [
        S(RV, "The sports hall on Quay Street has become a waiting room")]),
    excl("X6", "E1", "The divers work in water of six degrees", [
        S(MS1, "The divers are working in water of six degrees.")]),
    excl("X7", "E2", "The YMSA suspended the captain's licence", [
        S(DH2, "It has suspended the captain's master's licence.")]),
    excl("X8", "E2", "Baltrosan prosecutors opened their own investigation", [
        S(MS2, "Baltrosan prosecutors in Merravel have opened their own investigation")]),
    excl("X9", "E2", "The insurer set aside 90 million krell for claims", [
        S(TR, "Veyra Line's insurer has set aside 90 million krell for claims.")]),
]

QUOTES = [
    qv("Q1", "E1", "Margarethe Aubry", "We will find out what happened and answer for it", [
        S(W1, "\"We will find out what happened, and we will answer for it,\"", mode="direct"),
        S(DH1, "We will find out exactly what happened and we will answer", mode="direct")],
       "direct vs direct, the Herald's longer ('exactly', 'for every part of it')"),
    qv("Q2", "E1", "Youssouf Karadine / Yusuf Qaradin", "Baltrosan divers will stay in the water as long as there is hope", [
        S(MS1, "Our divers will stay in the water for as long as", mode="direct"),
        S(W1, "divers would stay in the water as long as there was hope", mode="indirect")],
       "direct vs reported speech (and two transliterations of the speaker)"),
    qv("Q3", "E2", "Oriane Varnholm", "The ballast tanks were empty and the captain knew it", [
        S(W2, "\"The ballast tanks were empty, and the captain knew it,\"", mode="direct"),
        S(MS2, "the captain had known the ballast tanks were empty", mode="indirect")],
       "direct vs reported speech"),
    qv("Q4", "E2", "Ambrose Rastaad", "My client did everything a captain can do in the storm", [
        S(W2, "My client did everything a captain can do in a storm", mode="direct"),
        S(DH2, "\"My client did everything a captain could do in that storm,\"", mode="direct")],
       "direct vs direct, different wording ('can ... in a storm like that' vs 'could ... in that storm')"),
    qv("Q5", "E2", "Ambrose Rastaad", "The captain did all a captain could in the storm", [
        S(DH2, "\"My client did everything a captain could do in that storm,\"", mode="direct"),
        S(TR, "he did all that a captain could in such a storm", mode="indirect")],
       "direct vs reported in the analysis"),
]
