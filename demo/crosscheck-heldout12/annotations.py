# The planted items of demo/crosscheck-heldout12, read by build_gold.py (which defines S, conflict,
# nonc, corr, excl, qv and the report names W1 ... CO before executing this file).
# Time zones: Halcendia (Tervolle, Chazerel, Pellancourt) UTC+1 all winter, Nareth (Ilmaravo) UTC+9.

CONFLICTS = [
    conflict("C1", "E1", "date", "When the Dravenne run was reopened after the snowfall", [
        ("2037-02-10", [S(W1, "which had been reopened on February 10 after three days"),
                        S(SP, "which had been reopened on February 10 after three days"),
                        S(SN, "The Dravenne run had reopened on 10 February")]),
        ("2037-02-12", [S(TB1, "The run had only reopened on 12 February")]),
    ], "10 February in the HNA wire and its copy and Snowpack Notes; 12 February in the Tervolle Bellwether ('had only reopened on 12 February')."),
    conflict("C2", "E2", "date", "The deadline for Altivane's new avalanche control plan", [
        ("2037-03-27", [S(W2, "a new avalanche control plan by March 27"),
                        S(SL, "Altivane has until 27 March to hand a new avalanche control plan"),
                        S(TB2, "The resort must submit its new plan by 27 March.")]),
        ("2037-03-19", [S(CO, "within 21 days of the findings")]),
    ], "27 March in the HNA wire, Slopeside and the Tervolle Bellwether; 'within 21 days of the findings' in Cornice: the findings were given on Thursday 26 February, so Thursday 19 March."),
    conflict("C3", "E1", "count", "How many skiers the avalanche killed", [
        ("7", [S(W1, "killing seven skiers and burying the lower station"),
               S(SP, "killing seven skiers and burying the lower station"),
               S(TB1, "Seven people died."),
               S(RC, "Seven of them are dead."),
               S(SN, "The avalanche that killed seven skiers at Chazerel")]),
        ("9", [S(ID1, "killed nine skiers, three of them Narethi")]),
    ], "seven in the HNA wire and its copy, the Tervolle Bellwether, Radio Chazerel and Snowpack Notes; nine in the Ilmaravo Daybreak."),
    conflict("C4", "E1", "count", "How many of the skiers caught were dug out alive", [
        ("5", [S(W1, "five were dug out alive"),
               S(SP, "five were dug out alive"),
               S(TB1, "Five others were dragged from the debris alive"),
               S(ID1, "Among the five skiers rescued alive was Haruvo Tenmai"),
               S(SN, "Of the 12 skiers it caught, five were dug out alive.")]),
        ("3", [S(RC, "Only three were dug out alive")]),
    ], "five in the HNA wire and its copy, the Tervolle Bellwether ('Five others were dragged from the debris alive'), the Ilmaravo Daybreak and Snowpack Notes; three on Radio Chazerel."),
    conflict("C5", "E2", "count", "How many recommendations the coroner made", [
        ("9", [S(W2, "made nine recommendations to the resort's operator"),
               S(HN, "Her nine recommendations include a rule"),
               S(TB2, "she made nine recommendations, the first of them"),
               S(ID2, "Coroner Ottoline Quennell made nine recommendations"),
               S(CO, "Ottoline Quennell's nine recommendations are sensible")]),
        ("6", [S(SL, "set out six recommendations for Altivane Resorts")]),
    ], "nine in the HNA wire and its rewrite, the Tervolle Bellwether, the Ilmaravo Daybreak and Cornice; six in Slopeside."),
    conflict("C6", "E1", "place", "Which station of the Ferrolet chairlift the avalanche buried", [
        ("the lower station", [S(W1, "burying the lower station of the Ferrolet chairlift"),
                               S(SP, "burying the lower station of the Ferrolet chairlift"),
                               S(TB1, "The snow buried the lower station of the Ferrolet chairlift"),
                               S(RC, "flattened the lower station of the Ferrolet chairlift"),
                               S(ID1, "The slide buried the lower station of a chairlift")]),
        ("the upper station", [S(SN, "piled up around the upper station of the Ferrolet chairlift")]),
    ], "the lower station in the HNA wire and its copy, the Tervolle Bellwether, Radio Chazerel and the Ilmaravo Daybreak; the upper station in Snowpack Notes."),
    conflict("C7", "E2", "place", "Where the inquest sat", [
        ("the coroner's court in Pellancourt", [S(W2, "in the coroner's court in Pellancourt"),
                                                S(HN, "at the close of a three-day inquest in Pellancourt"),
                                                S(SL, "After four days of evidence in the coroner's court in Pellancourt"),
                                                S(TB2, "The hearing sat in the old Wool Hall in Pellancourt")]),
        ("the council chamber at Chazerel", [S(ID2, "sat in the council chamber at Shazerel")]),
    ], "the coroner's court in Pellancourt in the HNA wire and its rewrite ('inquest in Pellancourt'), Slopeside and the Tervolle Bellwether (the old Wool Hall, where the coroner's court sits: N23); the council chamber at Chazerel (Shazerel) in the Ilmaravo Daybreak."),
    conflict("C8", "E1", "duration", "How long the search lasted", [
        ("PT6H", [S(W1, "in a search that lasted six hours"),
                  S(SP, "in a search that lasted six hours"),
                  S(ID1, "his teams had searched for six hours"),
                  S(RC, "After a six-hour search the last of the missing was found")]),
        ("PT9H", [S(TB1, "dug for nine hours, carrying on under floodlights")]),
    ], "six hours in the HNA wire and its copy, the Ilmaravo Daybreak and Radio Chazerel ('a six-hour search'); nine hours in the Tervolle Bellwether."),
    conflict("C9", "E1", "duration", "How long Haruvo Tenmai was buried", [
        ("PT40M", [S(W1, "was pulled out after 40 minutes under the snow"),
                   S(SP, "was pulled out after 40 minutes under the snow"),
                   S(TB1, "who lay 40 minutes beneath the snow"),
                   S(ID1, "who was found after forty minutes buried in the snow")]),
        ("PT90M", [S(RC, "spent an hour and a half under the snow")]),
    ], "40 minutes in the HNA wire and its copy, the Tervolle Bellwether and the Ilmaravo Daybreak ('forty minutes'); 'an hour and a half' on Radio Chazerel (the young man from Nareth pulled out alive, in the same sentence)."),
    conflict("C10", "E2", "duration", "How long the inquest lasted", [
        ("P4D", [S(W2, "at the end of the four-day inquest"),
                 S(SL, "After four days of evidence"),
                 S(TB2, "Over the four-day inquest"),
                 S(ID2, "The inquest, which lasted four days")]),
        ("P3D", [S(HN, "at the close of a three-day inquest")]),
    ], "four days in the HNA wire, Slopeside ('four days of evidence'), the Tervolle Bellwether and the Ilmaravo Daybreak; three days in Halcendia Now, the wire's own rewrite."),
    conflict("C11", "E1", "speaker", "Who said 'The mountain gave us no warning, none at all'", [
        ("Jarmila Vöckler", [S(W1, "said Jarmila Vöckler, director of the resort"),
                             S(SP, "said Jarmila Vöckler, director of the resort"),
                             S(TB1, "the resort's director, Jarmila Vöckler, said that evening")]),
        ("Hubertus Kalvendahl", [S(ID1, "said the regional governor, Hubertus Kalvendahl")]),
    ], "The resort's director Jarmila Vöckler in the HNA wire and its copy and the Tervolle Bellwether; the regional governor Hubertus Kalvendahl in the Ilmaravo Daybreak. Both sides quote the words verbatim."),
    conflict("C12", "E2", "speaker", "Who said 'Seven people died because a box on a form was ticked'", [
        ("Ottoline Quennell", [S(W2, "ticked,\" Quennell said."),
                               S(HN, "ticked,\" the coroner said."),
                               S(TB2, "ticked,\" she told the court.")]),
        ("Feodora Vaudrey", [S(CO, "came from the families' lawyer, Feodora Vaudrey:")]),
    ], "The coroner Ottoline Quennell in the HNA wire, its rewrite ('the coroner said', named in the first paragraph) and the Tervolle Bellwether ('she told the court', named in the paragraph before); the families' lawyer Feodora Vaudrey in Cornice (speaker before a colon, the quote after it). Both sides quote the words verbatim."),
    conflict("C13", "E1", "actor", "Who led the rescue", [
        ("Anatol Brandaric", [S(W1, "Captain Anatol Brandaric of the Halcendian Mountain Rescue Corps led 143 rescuers"),
                              S(SP, "Captain Anatol Brandaric of the Halcendian Mountain Rescue Corps led 143 rescuers"),
                              S(TB1, "Rescuers under Captain Anatol Brandaric of the Mountain Rescue Corps"),
                              S(ID1, "Captain Anatol Brandaric, who led the rescue"),
                              S(RC, "Captain Anatol Brandaric of the mountain rescue was directing the search")]),
        ("Gerolf Maskall", [S(SN, "The rescue was led by the resort's ski-patrol chief, Gerolf Maskall")]),
    ], "Captain Anatol Brandaric of the Halcendian Mountain Rescue Corps in the HNA wire and its copy, the Tervolle Bellwether ('Rescuers under'), the Ilmaravo Daybreak and Radio Chazerel ('was directing the search'); the resort's ski-patrol chief Gerolf Maskall in Snowpack Notes (in the passive 'was led by')."),
    conflict("C14", "E2", "actor", "Who gave the order to open the Dravenne run on the morning of the avalanche", [
        ("Gerolf Maskall", [S(W2, "Gerolf Maskall, signed the order that opened the Dravenne run"),
                            S(HN, "The patrol chief, Gerolf Maskall, had signed off the run that morning"),
                            S(TB2, "the patrol chief, Gerolf Maskall, had signed the run open"),
                            S(ID2, "the patrol chief, Gerolf Maskall, had let the run open"),
                            S(CO, "The order to open the run came from Gerolf Maskall")]),
        ("Mireille Dercourt", [S(SL, "It was the operations manager, Mireille Dercourt, who gave the order")]),
    ], "The patrol chief Gerolf Maskall in the HNA wire and its rewrite, the Tervolle Bellwether, the Ilmaravo Daybreak and Cornice ('The order to open the run came from'); the operations manager Mireille Dercourt in Slopeside ('It was ... who gave the order'), all citing the coroner."),
    conflict("C15", "E1", "time", "When the avalanche came down", [
        ("2037-02-14T09:35Z", [S(W1, "broke away beneath the Vauclair ridge at 0935 GMT"),
                               S(TB1, "At 10:35 a.m. on Saturday the snowfield under the Vauclair ridge"),
                               S(RC, "It came down at twenty-five to eleven this morning")]),
        ("2037-02-14T10:35Z", [S(ID1, "The snow came down at 7:35 p.m. Ilmaravo time")]),
    ], "09:35 GMT in the HNA wire, 10:35 a.m. Halcendian time (UTC+1) in the Tervolle Bellwether and 'twenty-five to eleven this morning' on Radio Chazerel, a Halcendian station: one instant; 7:35 p.m. Ilmaravo time (UTC+9) in the Ilmaravo Daybreak, which is 10:35 GMT, an hour later."),
    conflict("C16", "E2", "time", "When the coroner gave her findings", [
        ("2037-02-26T15:20Z", [S(W2, "gave her findings at 1520 GMT"),
                               S(HN, "delivered at 4:20 p.m. on Thursday"),
                               S(ID2, "found at 12:20 a.m. on Friday, Ilmaravo time")]),
        ("2037-02-26T16:20Z", [S(TB2, "At twenty past five on Thursday afternoon")]),
    ], "15:20 GMT in the HNA wire, 4:20 p.m. Halcendian time (UTC+1) in its rewrite and 12:20 a.m. on Friday Ilmaravo time (UTC+9, the next calendar day) in the Ilmaravo Daybreak: one instant; 'twenty past five on Thursday afternoon' in the Tervolle Bellwether (17:20 Halcendian time = 16:20 GMT), an hour later."),
]

NONCONFLICTS = [
    nonc("N1", "alias", "E1", ["E1"], "The resort's director", [
        S(W1, "said Jarmila Vöckler, director of the resort", "Jarmila Vöckler"),
        S(ID1, "The resort's director, Jarmila Voeckler, said every lift", "Jarmila Voeckler")],
         "Voeckler is Vöckler with the umlaut written out as 'oe'"),
    nonc("N2", "alias", "E1", ["E1"], "The avalanche warning service", [
        S(W1, "The Gristhorn Avalanche Warning Service had raised its danger rating", "Gristhorn Avalanche Warning Service"),
        S(SN, "The GAWS raised its danger rating for the Gristhorn", "GAWS")],
         "GAWS is the initials of the Gristhorn Avalanche Warning Service"),
    nonc("N3", "alias", "E1", ["E1"], "The resort", [
        S(W1, "at the Chazerel resort in the Gristhorn mountains", "Chazerel"),
        S(ID1, "the Halcendian ski resort of Shazerel", "Shazerel")],
         "Shazerel is the Narethi spelling of Chazerel"),
    nonc("N4", "alias", "E1", ["E1"], "Who pays for the funerals", [
        S(W1, "The Halcendian government said it would pay for the funerals.", "the Halcendian government"),
        S(ID1, "Tervolle will bear the cost of every funeral", "Tervolle")],
         "Tervolle, the capital, stands for the Halcendian government"),
    nonc("N5", "alias", "E1", ["E1"], "The Narethi ambassador", [
        S(TB1, "The Narethi ambassador, Kaelo Amsoori, said his country", "Kaelo Amsoori"),
        S(ID1, "Ambassador Kaelo Amsuri, speaking in Tervolle", "Kaelo Amsuri")],
         "Amsoori is the Halcendian transliteration of Amsuri"),
    nonc("N6", "timezone", "E1", ["E1"], "Time the avalanche came down", [
        S(W1, "broke away beneath the Vauclair ridge at 0935 GMT", "2037-02-14T09:35Z"),
        S(TB1, "At 10:35 a.m. on Saturday the snowfield under the Vauclair ridge", "2037-02-14T10:35+01:00"),
        S(RC, "It came down at twenty-five to eleven this morning", "2037-02-14T10:35+01:00")],
         "Halcendia is UTC+1: one instant in three notations (the Ilmaravo Daybreak's 7:35 p.m. is the conflict C15)"),
    nonc("N7", "timezone", "E2", ["E2"], "Time the coroner gave her findings", [
        S(W2, "gave her findings at 1520 GMT", "2037-02-26T15:20Z"),
        S(HN, "delivered at 4:20 p.m. on Thursday", "2037-02-26T16:20+01:00"),
        S(ID2, "found at 12:20 a.m. on Friday, Ilmaravo time", "2037-02-27T00:20+09:00")],
         "Halcendia is UTC+1 and Nareth UTC+9: one instant in three notations, the Narethi one on the next calendar day (the Tervolle Bellwether's 'twenty past five' is the conflict C16)"),
    nonc("N8", "unit_form", "E1", ["E1"], "Length of the search", [
        S(W1, "in a search that lasted six hours", "PT6H"),
        S(RC, "After a six-hour search the last of the missing was found", "PT6H")],
         "'lasted six hours' and 'a six-hour search' are one duration (the Bellwether's nine hours is the conflict C8)"),
    nonc("N9", "unit_form", "E1", ["E1"], "How long Haruvo Tenmai was buried", [
        S(W1, "was pulled out after 40 minutes under the snow", "PT40M"),
        S(ID1, "who was found after forty minutes buried in the snow", "PT40M")],
         "'40 minutes' and 'forty minutes' are one duration (Radio Chazerel's hour and a half is the conflict C9)"),
    nonc("N10", "unit_form", "E2", ["E2"], "Length of the inquest", [
        S(W2, "at the end of the four-day inquest", "P4D"),
        S(ID2, "The inquest, which lasted four days", "P4D")],
         "'the four-day inquest' and 'which lasted four days' are one duration (Halcendia Now's three days is the conflict C10)"),
    nonc("N11", "weekday_date", "E1", ["E1"], "Day of the avalanche", [
        S(W1, "in the Gristhorn mountains on Saturday", "2037-02-14"),
        S(ID1, "Shazerel on 14 February killed nine skiers", "2037-02-14"),
        S(SN, "at Chazerel on February 14", "2037-02-14")],
         "Saturday, the wire's publication day (Sat 14 February 2037), is 14 February"),
    nonc("N12", "weekday_date", "E2", ["E2"], "Day of the coroner's findings", [
        S(W2, "A coroner ruled on Thursday", "2037-02-26"),
        S(SL, "Inquest into the Chazerel avalanche, 26 February", "2037-02-26")],
         "Thursday, the wire's publication day, is 26 February 2037"),
    nonc("N13", "weekday_date", "E1", ["E1"], "Day the danger rating was raised to 4", [
        S(W1, "to 4 on a scale of 5 on Thursday", "2037-02-12"),
        S(SN, "to 4 on 12 February", "2037-02-12")],
         "Thursday, two days before the wire's publication (Sat 14 February), is 12 February"),
    nonc("N14", "level_vs_change", "E1", ["E1"], "Altivane's shares on the day of the avalanche", [
        S(W1, "Shares in Altivane fell 12 percent in Tervolle.", "by 12 percent"),
        S(TB1, "Altivane's shares closed at 18.40 pelsas", "at 18.40 pelsas")],
         "a percentage change and a price level"),
    nonc("N15", "level_vs_change", "E2", ["E2"], "Hotel occupancy in the Chazerel valley", [
        S(W2, "Hotel occupancy in the Chazerel valley stood at 48 percent", "to 48 percent"),
        S(TB2, "Valley hotels say occupancy is down 22 points", "by 22 points")],
         "a level (48 percent) and a change (22 points down on last February)"),
    nonc("N16", "different_measure", "E1", ["E1"], "The slide's width vs its length", [
        S(W1, "The slide was 400 metres wide", "400 metres (width)"),
        S(SN, "ran 1.2 kilometres down the slope", "1.2 kilometres (length)")],
         "two dimensions of one avalanche"),
    nonc("N17", "different_measure", "E1", ["E1"], "Skiers caught vs skiers killed", [
        S(RC, "Twelve skiers were caught when the snow broke loose", "12 (caught)"),
        S(W1, "killing seven skiers and burying the lower station", "7 (killed)")],
         "the skiers caught and the skiers killed: the dead are a part of those caught"),
    nonc("N18", "different_measure", "E2", ["E2"], "How long the run was open vs how long the skipped explosives round takes", [
        S(W2, "the run had been open for 95 minutes when the slab", "PT95M (run open)"),
        S(SL, "which normally takes 45 minutes", "PT45M (explosives round)")],
         "two durations of different things"),
    nonc("N19", "rounded", "E1", ["E1"], "Rescuers", [
        S(RC, "About 150 rescuers came up from every village", "about 150"),
        S(W1, "led 143 rescuers and 11 dog teams", "143")],
         "'about 150' is the rounded 143"),
    nonc("N20", "rounded", "E1", ["E1"], "Depth of the debris", [
        S(RC, "Nearly two metres of snow now lie where the queue was.", "nearly 2 metres"),
        S(W1, "The debris lay up to 1.9 metres deep.", "1.9 metres")],
         "'nearly two metres' is the rounded 1.9 metres"),
    nonc("N21", "at_least", "E2", ["E2"], "Witnesses at the inquest", [
        S(ID2, "More than 20 witnesses gave evidence.", "more than 20"),
        S(W2, "She heard evidence from 27 witnesses.", "27")],
         "27 is more than 20"),
    nonc("N22", "running_total", "E1", ["E1"], "Avalanche deaths: this avalanche vs the winter", [
        S(SN, "bring to 19 the number of people killed by avalanches", "19 (Gristhorn this winter)"),
        S(SN, "The avalanche that killed seven skiers at Chazerel", "7 (this avalanche)")],
         "one avalanche's dead and the winter's total they bring the Gristhorn's avalanche deaths to"),
    nonc("N23", "venue", "E2", ["E2"], "Where the inquest sat", [
        S(W2, "in the coroner's court in Pellancourt", "the coroner's court, Pellancourt"),
        S(TB2, "The hearing sat in the old Wool Hall in Pellancourt", "the old Wool Hall, Pellancourt")],
         "the coroner's court has sat in the old Wool Hall since 2031 (the Bellwether, same sentence)"),
    nonc("N24", "two_speakers", "E1", ["E1"], "Too early to blame anyone: said by two people", [
        S(TB1, "Governor Hubertus Kalvendahl, who flew up by helicopter, said", "Hubertus Kalvendahl"),
        S(ID1, "Ambassador Kaelo Amsuri, speaking in Tervolle, said it was too soon", "Kaelo Amsuri")],
         "the governor and the Narethi ambassador each reported in indirect speech saying it was too early to blame anyone: two speakers, not a disputed one"),
    nonc("N25", "different_event", "E2", ["E2"], "Dates inside the analysis", [
        S(CO, "On 14 February a slab of snow came down", "2037-02-14 (E1)"),
        S(CO, "On Thursday a coroner explained why", "2037-02-26")],
         "the analysis recalls the day of the avalanche (E1); the findings are E2"),
    nonc("N26", "different_event", None, ["E1", "E2"], "How long the search vs the inquest lasted", [
        S(W1, "in a search that lasted six hours", "PT6H (E1)"),
        S(W2, "at the end of the four-day inquest", "P4D (E2)")],
         "two durations of different things on different days"),
    nonc("N27", "different_event", None, ["E1", "E2"], "Skiers on the Chazerel slopes", [
        S(W1, "The company evacuated 2,300 skiers from the slopes", "2,300 skiers (E1)"),
        S(TB2, "only 640 skiers came", "640 skiers (E2)")],
         "the skiers cleared from the slopes on the day of the avalanche and those who came when the lower slopes reopened on the day of the findings: not one count in disagreement"),
    nonc("N28", "different_event", None, ["E1", "E2"], "40 minutes under the snow vs 95 minutes of the run open", [
        S(W1, "was pulled out after 40 minutes under the snow", "PT40M (E1)"),
        S(W2, "the run had been open for 95 minutes when the slab", "PT95M (E2)")],
         "different durations of different things, in reports of different events"),
]

CORROBORATED = [
    corr("K1", "E1", "date", "The Dravenne run had been reopened on 10 February", "2037-02-10", CONFLICTS[0]["sides"][0]["sources"]),
    corr("K2", "E2", "date", "Altivane's new avalanche control plan is due by 27 March", "2037-03-27", CONFLICTS[1]["sides"][0]["sources"]),
    corr("K3", "E1", "count", "The avalanche killed seven skiers", "7", CONFLICTS[2]["sides"][0]["sources"]),
    corr("K4", "E1", "count", "Five skiers were dug out alive", "5", CONFLICTS[3]["sides"][0]["sources"]),
    corr("K5", "E2", "count", "The coroner made nine recommendations", "9", CONFLICTS[4]["sides"][0]["sources"]),
    corr("K6", "E1", "place", "The avalanche buried the lower station of the Ferrolet chairlift", "the lower station",
         CONFLICTS[5]["sides"][0]["sources"]),
    corr("K7", "E2", "place", "The inquest sat in the coroner's court in Pellancourt", "the coroner's court in Pellancourt",
         CONFLICTS[6]["sides"][0]["sources"]),
    corr("K8", "E1", "duration", "The search lasted six hours", "PT6H", CONFLICTS[7]["sides"][0]["sources"]),
    corr("K9", "E1", "duration", "Haruvo Tenmai was buried for 40 minutes", "PT40M", CONFLICTS[8]["sides"][0]["sources"]),
    corr("K10", "E2", "duration", "The inquest lasted four days", "P4D", CONFLICTS[9]["sides"][0]["sources"]),
    corr("K11", "E1", "actor", "Captain Anatol Brandaric led the rescue", "Anatol Brandaric", CONFLICTS[12]["sides"][0]["sources"]),
    corr("K12", "E2", "actor", "The patrol chief Gerolf Maskall gave the order to open the run", "Gerolf Maskall",
         CONFLICTS[13]["sides"][0]["sources"]),
    corr("K13", "E1", "time", "The avalanche came down at 09:35 GMT", "2037-02-14T09:35Z", CONFLICTS[14]["sides"][0]["sources"]),
    corr("K14", "E2", "time", "The coroner gave her findings at 15:20 GMT", "2037-02-26T15:20Z", CONFLICTS[15]["sides"][0]["sources"]),
    corr("K15", "E1", "date", "The avalanche came down on Saturday 14 February", "2037-02-14", [
        S(W1, "in the Gristhorn mountains on Saturday"),
        S(SP, "in the Gristhorn mountains on Saturday"),
        S(TB1, "At 10:35 a.m. on Saturday the snowfield under the Vauclair ridge"),
        S(ID1, "Shazerel on 14 February killed nine skiers"),
        S(SN, "at Chazerel on February 14")]),
    corr("K16", "E1", "count", "Twelve skiers were caught by the avalanche", "12", [
        S(W1, "Twelve skiers were caught in it"),
        S(SP, "Twelve skiers were caught in it"),
        S(RC, "Twelve skiers were caught when the snow broke loose"),
        S(SN, "Of the 12 skiers it caught")]),
    corr("K17", "E1", "date", "The warning service raised its danger rating to 4 on Thursday 12 February", "2037-02-12", [
        S(W1, "to 4 on a scale of 5 on Thursday"),
        S(SP, "to 4 on a scale of 5 on Thursday"),
        S(SN, "to 4 on 12 February")]),
    corr("K18", "E1", "actor", "The Halcendian government will pay for the funerals", "Halcendian government", [
        S(W1, "The Halcendian government said it would pay for the funerals."),
        S(SP, "The Halcendian government said it would pay for the funerals."),
        S(ID1, "Tervolle will bear the cost of every funeral")]),
    corr("K19", "E2", "actor", "The patrol fired no charges that morning because fog grounded the helicopter", "the ski patrol", [
        S(W2, "because fog had grounded the helicopter"),
        S(SL, "was skipped because fog kept the helicopter on the ground"),
        S(ID2, "the morning's explosive control had not been done"),
        S(CO, "firing the charges once the helicopter stayed on the ground")]),
    corr("K20", "E1", "count", "The slide was 400 metres wide", "400 metres", [
        S(W1, "The slide was 400 metres wide"),
        S(SN, "The slab, 400 metres wide")]),
    corr("K21", "E2", "date", "The coroner gave her findings on Thursday 26 February", "2037-02-26", [
        S(W2, "A coroner ruled on Thursday"),
        S(HN, "delivered at 4:20 p.m. on Thursday"),
        S(SL, "Inquest into the Chazerel avalanche, 26 February"),
        S(TB2, "At twenty past five on Thursday afternoon"),
        S(CO, "On Thursday a coroner explained why")]),
]

EXCLUSIVE = [
    excl("X1", "E1", "It was the deadliest avalanche in Halcendia since 2019", [
        S(W1, "the deadliest avalanche in Halcendia since 2019"),
        S(SP, "the deadliest avalanche in Halcendia since 2019")],
         "in the HNA wire and its copy (Chazerel Spindrift) only: one independent source, NOT corroborated"),
    excl("X2", "E1", "The village's ski-hire shops handed out their probes and shovels to volunteers", [
        S(SP, "the ski-hire shops handed out every probe and shovel")],
         "only in the paragraph the Spindrift added to the wire"),
    excl("X3", "E1", "Two instructors of the resort's ski school were among the dead", [
        S(TB1, "Among the dead were two instructors from the resort's own ski school.")]),
    excl("X4", "E1", "Narethi travel agencies cancelled their ski tours to Halcendia", [
        S(ID1, "Narethi travel agencies have cancelled every ski tour to Halcendia")]),
    excl("X5", "E1", "The church bell of Chazerel rang once for each of the dead", [
        S(RC, "At dusk the church bell of Chazerel rang seven times")]),
    excl("X6", "E1", "The Vauclair ridge had produced three smaller slides in the previous fortnight", [
        S(SN, "had produced three smaller slides in the previous fortnight")]),
    excl("X7", "E2", "Altivane set aside 3 million pelsas for the families of the dead", [
        S(W2, "The company has set aside 3 million pelsas for the families"),
        S(HN, "Altivane Resorts has set aside 3 million pelsas for the families")],
         "in the HNA wire and its rewrite (Halcendia Now) only: one independent source, NOT corroborated"),
    excl("X8", "E2", "Relatives laid seven pairs of ski gloves on the court steps", [
        S(HN, "relatives laid seven pairs of ski gloves on the steps")],
         "only in the paragraph Halcendia Now wrote itself"),
    excl("X9", "E2", "Remote gas exploders on the Vauclair ridge would cost about 1.1 million pelsas", [
        S(SL, "would cost about 1.1 million pelsas, one supplier estimates")]),
    excl("X10", "E2", "Maskall, suspended since the avalanche, did not come to hear the findings", [
        S(TB2, "Maskall, suspended since the avalanche, did not come to hear the findings.")]),
    excl("X11", "E2", "The bodies of the three Narethi skiers were flown home on Tuesday", [
        S(ID2, "The bodies of the three Narethi skiers were flown home")]),
    excl("X12", "E2", "Altivane's insurers will double its premiums next winter", [
        S(CO, "Altivane's insurers have told it that its premiums will double")]),
]

QUOTES = [
    qv("Q1", "E1", "Anatol Brandaric", "The rescuers raced the cold and lost seven times", [
        S(W1, "\"We were racing the cold from the first minute, and seven times", mode="direct"),
        S(TB1, "\"We were racing the cold from the first minute, and the cold", mode="direct")],
       "direct vs direct ('and seven times the cold was faster' vs 'and the cold beat us seven times')"),
    qv("Q2", "E1", "Kaelo Amsuri / Kaelo Amsoori", "Nareth will bring its dead home whatever it costs", [
        S(ID1, "\"Nareth will bring its children home, whatever it takes,\"", mode="direct"),
        S(TB1, "said his country would bring its dead home whatever the cost", mode="indirect")],
       "direct vs reported speech ('its children home, whatever it takes' vs 'its dead home whatever the cost'), the reported version spelling the name another way"),
    qv("Q3", "E2", "Ottoline Quennell", "The snow did what snow does; the failure was the people paid to watch it", [
        S(W2, "\"The snow did only what snow always does; the failure belongs", mode="direct"),
        S(TB2, "\"The snow did what snow does; the people paid to watch", mode="direct"),
        S(HN, "She said the snow had only done what snow does", mode="indirect")],
       "direct vs direct ('the failure belongs to the people paid to watch it' / 'the people paid to watch it did not') and direct vs reported speech"),
    qv("Q4", "E2", "Jarmila Vöckler / Jarmila Voeckler", "She will never again let a run open before the charges are fired", [
        S(W2, "\"I will never again let a run open on a morning", mode="direct"),
        S(ID2, "she would never again allow a run to open before the charges", mode="indirect")],
       "direct vs reported speech ('let a run open on a morning the charges have not been fired' vs 'allow a run to open before the charges had been fired'), the reported version spelling the name another way"),
    qv("Q5", "E2", "Feodora Vaudrey", "The families lost their people not to the mountain but to a shortcut", [
        S(SL, "\"Seven families did not lose their people to the mountain; they", mode="direct"),
        S(CO, "the families had lost their relatives not to the mountain", mode="indirect")],
       "direct vs reported in the analysis ('did not lose their people to the mountain; they lost them to a shortcut' vs 'had lost their relatives not to the mountain but to a shortcut')"),
]
