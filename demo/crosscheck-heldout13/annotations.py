# The planted items of demo/crosscheck-heldout13, read by build_gold.py (which defines S, conflict,
# nonc, corr, excl, qv and the report names W1 ... ST before executing this file).
# Time zones: Palundria (Vessaro, Treshavel, Orsolt) UTC+2 all year, Caldessa (Ilvane) UTC-5 all year.
# Telvessa's live blog stamps its entries in Palundrian time.

CONFLICTS = [
    conflict("C1", "E1", "date", "When the schools of the valley reopen", [
        ("2039-04-18", [S(W1, "said the schools of the valley would reopen on Monday"),
                        S(CW, "said the schools of the valley would reopen on Monday"),
                        S(TV, "The schools of the valley will reopen on 18 April"),
                        S(IS1, "Schools in the valley will reopen on April 18")]),
        ("2039-04-20", [S(VQ1, "reopen on Wednesday 20 April")]),
    ], "Monday (the wire and its copy, published Tue 12 April: Monday 18 April), 18 April on Telvessa and April 18 in the Ilvane Semaphore; Wednesday 20 April in the Vessaro Quillpost."),
    conflict("C2", "E2", "date", "The deadline for declaring fragments to the Survey", [
        ("2039-05-20", [S(W2, "must declare it to the Survey by May 20"),
                        S(VQ2, "Finders have until 20 May to declare what they hold."),
                        S(BW, "has until 20 May to report it to the Survey")]),
        ("2039-05-05", [S(ST, "within two weeks of Thursday's announcement")]),
    ], "20 May in the Ravelin wire, the Vessaro Quillpost and Bolide Watch; 'within two weeks of Thursday's announcement' in Stratum: the announcement was on Thursday 21 April, so Thursday 5 May."),
    conflict("C3", "E1", "count", "How many of the injured were kept in hospital", [
        ("19", [S(W1, "Nineteen of the injured were kept in Treshavel General Hospital."),
                S(CW, "Nineteen of the injured were kept in Treshavel General Hospital."),
                S(VQ1, "19 were still in Treshavel General Hospital last night"),
                S(TV, "19 of them are being kept in")]),
        ("29", [S(DF, "Twenty-nine of them were still in hospital last night.")]),
    ], "19 in the Ravelin wire and its copy, the Vessaro Quillpost and Telvessa's 15:10 entry; 29 in the Daily Foghorn (both the Quillpost and the Foghorn: 'still in hospital last night')."),
    conflict("C4", "E1", "count", "In how many buildings windows were broken", [
        ("3400", [S(W1, "Windows were broken in 3,400 buildings"),
                  S(CW, "Windows were broken in 3,400 buildings"),
                  S(VQ1, "Glass shattered in 3,400 buildings"),
                  S(TV, "windows were broken in 3,400 buildings"),
                  S(DF, "smashing windows in more than 3,000 buildings")]),
        ("1400", [S(IS1, "Windows were blown out in 1,400 buildings")]),
    ], "3,400 in the Ravelin wire and its copy, the Vessaro Quillpost and Telvessa ('more than 3,000' in the Daily Foghorn agrees with it, N22); 1,400 in the Ilvane Semaphore, which no reading of the others allows."),
    conflict("C5", "E2", "count", "How many fragments of the meteor have been recovered", [
        ("58", [S(W2, "bringing the number of fragments recovered to 58"),
                S(ET, "the Survey now holds 58 fragments of the meteor"),
                S(VQ2, "Fifty-eight fragments have now been recovered"),
                S(IS2, "In all, 58 fragments have been collected."),
                S(ST, "The Survey's 58 fragments are a fine haul")]),
        ("63", [S(BW, "the count of recovered fragments stands at 63")]),
    ], "58 in the Ravelin wire and its rewrite, the Vessaro Quillpost ('Fifty-eight'), the Ilvane Semaphore and Stratum; 63 in Bolide Watch, each counting the main mass in."),
    conflict("C6", "E1", "place", "In which town the roof of the Harkwell Street school's sports hall collapsed", [
        ("Treshavel", [S(W1, "the sports hall of the Harkwell Street school in Treshavel collapsed"),
                       S(CW, "the sports hall of the Harkwell Street school in Treshavel collapsed"),
                       S(VQ1, "the Harkwell Street school's sports hall in Treshavel fell in"),
                       S(DF, "the sports hall at the Harkwell Street school in Treshavel caved in")]),
        ("Orsolt", [S(TV, "sports hall of the Harkwell Street school in Orsolt has collapsed")]),
    ], "Treshavel in the Ravelin wire and its copy, the Vessaro Quillpost and the Daily Foghorn; Orsolt, the neighbouring town, in Telvessa's 08:40 entry (never corrected in the blog)."),
    conflict("C7", "E2", "place", "Where the main mass was found", [
        ("Lake Sirrow", [S(W2, "from the bed of Lake Sirrow"),
                         S(ET, "raised it from the bed of Lake Sirrow on Wednesday"),
                         S(VQ2, "brought it up from Lake Sirrow on Wednesday"),
                         S(BW, "came out of Lake Sirrow on 20 April"),
                         S(ST, "Lake Sirrow gave up the largest of them")]),
        ("the Avenhal reservoir", [S(IS2, "from the bottom of the Avenhal reservoir")]),
    ], "Lake Sirrow in the Ravelin wire and its rewrite, the Vessaro Quillpost, Bolide Watch and Stratum; the Avenhal reservoir in the Ilvane Semaphore."),
    conflict("C8", "E1", "duration", "How long the fireball was seen", [
        ("PT14S", [S(W1, "was visible for 14 seconds before it burst"),
                   S(CW, "The fireball was visible for 14 seconds"),
                   S(VQ1, "slid across the sky above Treshavel for 14 seconds"),
                   S(TV, "it was a 14-second fireball")]),
        ("PT40S", [S(IS1, "The fireball burned across the sky for 40 seconds")]),
    ], "14 seconds in the Ravelin wire and its copy, the Vessaro Quillpost and Telvessa ('a 14-second fireball'); 40 seconds in the Ilvane Semaphore, both citing the Survey."),
    conflict("C9", "E1", "duration", "How long the power was out in Treshavel", [
        ("PT2H", [S(W1, "Power was cut across the town for two hours."),
                  S(CW, "Power was cut across the town for two hours."),
                  S(VQ1, "stayed out for two hours"),
                  S(TV, "Power is back on across Treshavel after two hours")]),
        ("PT4H", [S(DF, "knocked out the power in Treshavel for four hours")]),
    ], "two hours in the Ravelin wire and its copy, the Vessaro Quillpost and Telvessa (power back at 08:55, two hours after the 06:48 flash); four hours in the Daily Foghorn."),
    conflict("C10", "E2", "duration", "How long the search for the main mass lasted", [
        ("P7D", [S(W2, "after a seven-day search"),
                 S(VQ2, "after a week of searching"),
                 S(IS2, "after a search which lasted seven days"),
                 S(BW, "at the end of the seven-day search")]),
        ("P10D", [S(ET, "after a ten-day search")]),
    ], "seven days in the Ravelin wire, the Vessaro Quillpost ('a week of searching'), the Ilvane Semaphore and Bolide Watch; ten days in the Eastern Townsman, the wire's own rewrite."),
    conflict("C11", "E1", "speaker", "Who said 'Nobody in this valley will forget this morning'", [
        ("Malvina Solberra", [S(W1, "forget this morning,\" said Solberra, who has been mayor since 2031."),
                              S(CW, "forget this morning,\" said Solberra, who has been mayor since 2031."),
                              S(TV, "Nobody in this valley will forget this morning.")]),
        ("Balthus Greywick", [S(VQ1, "said Interior Minister Balthus Greywick as he walked")]),
    ], "The mayor, Malvina Solberra, in the Ravelin wire and its copy and on Telvessa (11:05, 'The mayor, speaking on Telvessa:', named as Mayor Malvina Solberra at 07:52); Interior Minister Balthus Greywick in the Vessaro Quillpost. Both sides quote the words verbatim."),
    conflict("C12", "E2", "speaker", "Who said 'This stone was already old when the Earth was still molten'", [
        ("Ilsabeth Moravcik", [S(W2, "molten,\" Moravcik said."),
                               S(ET, "molten,\" the director said."),
                               S(VQ2, "molten,\" Moravcik said, resting a hand on it.")]),
        ("Odalys Krenn", [S(ST, "came from the science minister, Odalys Krenn:")]),
    ], "The Survey's director Ilsabeth Moravcik in the Ravelin wire, its rewrite ('the director said', named in the paragraph before) and the Vessaro Quillpost; the science minister Odalys Krenn in Stratum (speaker before a colon, the quote after it). Both sides quote the words verbatim."),
    conflict("C13", "E1", "actor", "Who declared the state of emergency in Treshavel", [
        ("Malvina Solberra", [S(W1, "Mayor Malvina Solberra declared a state of emergency in Treshavel"),
                              S(CW, "Mayor Malvina Solberra declared a state of emergency in Treshavel"),
                              S(VQ1, "Mayor Malvina Solberra declared a state of emergency within the hour."),
                              S(TV, "Mayor Malvina Solberra has declared a state of emergency in Treshavel.")]),
        ("Corvin Halst", [S(DF, "Police chief Corvin Halst declared a state of emergency in the town")]),
    ], "The mayor Malvina Solberra in the Ravelin wire and its copy, the Vessaro Quillpost and Telvessa; the police chief Corvin Halst in the Daily Foghorn."),
    conflict("C14", "E2", "actor", "Who lifted the main mass out of the lake", [
        ("the Survey's dive team under Sten Ulvaker", [
            S(W2, "by a Survey dive team led by Sten Ulvaker"),
            S(ET, "Survey divers under Sten Ulvaker raised it"),
            S(VQ2, "Survey divers led by Sten Ulvaker brought it up"),
            S(IS2, "A team from the Palundrian Geological Survey, led by Sten Ulwaker"),
            S(ST, "Sten Ulvaker's divers did the hard part")]),
        ("navy divers", [S(BW, "Navy divers lifted it at the end")]),
    ], "The Palundrian Geological Survey's dive team under Sten Ulvaker (Ulwaker in the Ilvane Semaphore) in the Ravelin wire and its rewrite, the Vessaro Quillpost, the Semaphore and Stratum; navy divers in Bolide Watch."),
    conflict("C15", "E1", "time", "When the meteor exploded", [
        ("2039-04-12T04:48Z", [S(W1, "The fireball crossed the sky at 0448 GMT"),
                               S(VQ1, "At 6.48 a.m. on 12 April"),
                               S(TV, "a huge flash over Treshavel at 06:48"),
                               S(IS1, "at 11:48 p.m. on Monday, Ilvane time")]),
        ("2039-04-12T05:48Z", [S(DF, "A space rock blew up over Treshavel at 7.48am yesterday")]),
    ], "04:48 GMT in the Ravelin wire, 6.48 a.m. Palundrian time (UTC+2) in the Vessaro Quillpost and 06:48 on Telvessa, and 11:48 p.m. on Monday Ilvane time (UTC-5, the calendar day before) in the Ilvane Semaphore: one instant; 7.48am Palundrian time in the Daily Foghorn, which is 05:48 GMT, an hour later."),
    conflict("C16", "E2", "time", "When the Survey showed the stone to the press", [
        ("2039-04-21T11:00Z", [S(W2, "at the Survey's headquarters in Vessaro at 1100 GMT"),
                               S(ET, "presented the find at 1 p.m. on Thursday in Vessaro"),
                               S(IS2, "announced at 6 a.m. Ilvane time on Thursday")]),
        ("2039-04-21T10:00Z", [S(VQ2, "At noon on Thursday, in the tiled hall of the Old Mint")]),
    ], "11:00 GMT in the Ravelin wire, 1 p.m. Palundrian time (UTC+2) in its rewrite and 6 a.m. Ilvane time (UTC-5) in the Ilvane Semaphore: one instant; 'At noon on Thursday' in the Vessaro Quillpost (Palundrian time: 10:00 GMT), an hour earlier."),
]

NONCONFLICTS = [
    nonc("N1", "alias", "E2", ["E2"], "The Survey's director, under another spelling and another title", [
        S(W2, "Survey director Ilsabeth Moravcik", "Ilsabeth Moravcik"),
        S(IS2, "the country's chief government geologist, Ilsabeth Moravchik", "Ilsabeth Moravchik")],
         "Moravchik is the Caldessan spelling of Moravcik, and the Semaphore calls the director of the state's geological survey the chief government geologist: one person"),
    nonc("N2", "alias", "E2", ["E2"], "The geological survey", [
        S(W2, "the Palundrian Geological Survey said on Thursday", "Palundrian Geological Survey"),
        S(BW, "The PGS laboratory puts the stone's age", "PGS")],
         "PGS is the initials of the Palundrian Geological Survey"),
    nonc("N3", "alias", "E1", ["E1"], "The town", [
        S(W1, "the eastern Palundrian town of Treshavel", "Treshavel"),
        S(IS1, "the Palundrian town of Treschavel", "Treschavel")],
         "Treschavel is the Caldessan spelling of Treshavel"),
    nonc("N4", "alias", "E1", ["E1"], "Who pays for the broken windows", [
        S(W1, "said the government would pay to replace every broken window", "the government"),
        S(IS1, "said Vessaro would pay for every broken window", "Vessaro")],
         "Vessaro, the capital, stands for the Palundrian government"),
    nonc("N5", "alias", "E1", ["E1"], "The minister, under another title", [
        S(W1, "Interior Minister Balthus Greywick, who flew in from Vessaro", "Interior Minister Balthus Greywick"),
        S(IS1, "Palundria's home affairs minister, Balthus Greywick", "home affairs minister Balthus Greywick")],
         "the interior minister and the home affairs minister are one office and one man"),
    nonc("N6", "alias", "E2", ["E2"], "The leader of the dive team", [
        S(W2, "a Survey dive team led by Sten Ulvaker", "Sten Ulvaker"),
        S(IS2, "led by Sten Ulwaker", "Sten Ulwaker")],
         "Ulwaker is the Caldessan spelling of Ulvaker"),
    nonc("N7", "timezone", "E1", ["E1"], "Time the meteor exploded", [
        S(W1, "The fireball crossed the sky at 0448 GMT", "2039-04-12T04:48Z"),
        S(VQ1, "At 6.48 a.m. on 12 April", "2039-04-12T06:48+02:00"),
        S(TV, "a huge flash over Treshavel at 06:48", "2039-04-12T06:48+02:00"),
        S(IS1, "at 11:48 p.m. on Monday, Ilvane time", "2039-04-11T23:48-05:00")],
         "Palundria is UTC+2 and Caldessa UTC-5: one instant in four notations, the Caldessan one on the calendar day before (Monday 11 April); the Daily Foghorn's 7.48am is the conflict C15"),
    nonc("N8", "timezone", "E2", ["E2"], "Time the Survey showed the stone", [
        S(W2, "at the Survey's headquarters in Vessaro at 1100 GMT", "2039-04-21T11:00Z"),
        S(ET, "presented the find at 1 p.m. on Thursday in Vessaro", "2039-04-21T13:00+02:00"),
        S(IS2, "announced at 6 a.m. Ilvane time on Thursday", "2039-04-21T06:00-05:00")],
         "one instant in three notations (the Vessaro Quillpost's noon is the conflict C16)"),
    nonc("N9", "unit_form", "E1", ["E1"], "How long the fireball was seen", [
        S(W1, "was visible for 14 seconds before it burst", "PT14S"),
        S(TV, "it was a 14-second fireball", "PT14S")],
         "'visible for 14 seconds' and 'a 14-second fireball' are one duration (the Semaphore's 40 seconds is the conflict C8)"),
    nonc("N10", "unit_form", "E1", ["E1"], "Delay between the flash and the bang", [
        S(W1, "about 90 seconds after the flash", "PT90S"),
        S(TV, "the bang came a minute and a half after the flash", "PT90S")],
         "a minute and a half is 90 seconds"),
    nonc("N11", "unit_form", "E2", ["E2"], "Length of the search", [
        S(W2, "after a seven-day search", "P7D"),
        S(VQ2, "after a week of searching", "P7D")],
         "a week is seven days (the Eastern Townsman's ten days is the conflict C10)"),
    nonc("N12", "weekday_date", "E1", ["E1"], "Day of the explosion", [
        S(W1, "of Treshavel on Tuesday, blowing in windows", "2039-04-12"),
        S(VQ1, "At 6.48 a.m. on 12 April", "2039-04-12")],
         "Tuesday, the wire's publication day, is 12 April 2039"),
    nonc("N13", "weekday_date", "E1", ["E1"], "Day the schools reopen", [
        S(W1, "said the schools of the valley would reopen on Monday", "2039-04-18"),
        S(TV, "The schools of the valley will reopen on 18 April", "2039-04-18")],
         "Monday, in a wire of Tuesday 12 April, is 18 April (the Quillpost's Wednesday 20 April is the conflict C1)"),
    nonc("N14", "weekday_date", "E2", ["E2"], "Day the stone was raised", [
        S(W2, "was brought up on Wednesday", "2039-04-20"),
        S(IS2, "was raised on April 20", "2039-04-20"),
        S(BW, "came out of Lake Sirrow on 20 April", "2039-04-20")],
         "Wednesday, the day before the wire's publication (Thu 21 April), is 20 April"),
    nonc("N15", "level_vs_change", "E1", ["E1"], "The price of window glass", [
        S(DF, "The price of window glass rose 40 percent in a single day", "by 40 percent"),
        S(VQ1, "glaziers were charging 84 marreks a square metre", "at 84 marreks a square metre")],
         "a percentage rise and a price level"),
    nonc("N16", "level_vs_change", "E2", ["E2"], "The government's repair fund for Treshavel", [
        S(W2, "raised its fund for repairs in Treshavel to 60 million marreks", "to 60 million marreks"),
        S(VQ2, "increased its Treshavel repair fund by 20 million marreks", "by 20 million marreks")],
         "a level (60 million) and a change (20 million more)"),
    nonc("N17", "different_measure", "E1", ["E1"], "The rock's size vs the height of the burst", [
        S(W1, "put the size of the rock at about nine metres across", "about 9 metres (size)"),
        S(VQ1, "Then it burst, 27 kilometres up.", "27 kilometres (height)")],
         "two lengths of different things: the rock's width and the altitude of the explosion"),
    nonc("N18", "different_measure", "E1", ["E1"], "People hurt vs people kept in hospital", [
        S(W1, "injuring 212 people, most of them cut by flying glass", "212 (hurt)"),
        S(VQ1, "19 were still in Treshavel General Hospital last night", "19 (kept in hospital)")],
         "the injured and those of them kept in hospital: a part and the whole"),
    nonc("N19", "different_measure", "E2", ["E2"], "Depth of the water vs distance from the shore", [
        S(W2, "It lay under six metres of water", "6 metres (depth)"),
        S(BW, "40 metres out from the north shore", "40 metres (distance from the shore)")],
         "two lengths of different things: how deep the stone lay and how far out"),
    nonc("N20", "rounded", "E2", ["E2"], "Weight of the stone", [
        S(IS2, "The stone, about half a tonne of rock", "about 500 kilograms"),
        S(W2, "The stone, which weighs 480 kilograms", "480 kilograms")],
         "'about half a tonne' is the rounded 480 kilograms"),
    nonc("N21", "rounded", "E1", ["E1"], "People hurt", [
        S(IS1, "injuring about 200 people", "about 200"),
        S(W1, "injuring 212 people, most of them cut by flying glass", "212")],
         "'about 200' is the rounded 212"),
    nonc("N22", "at_least", "E1", ["E1"], "Buildings with broken windows", [
        S(DF, "smashing windows in more than 3,000 buildings", "more than 3,000"),
        S(W1, "Windows were broken in 3,400 buildings", "3,400")],
         "3,400 is more than 3,000"),
    nonc("N23", "running_total", "E2", ["E2"], "Fragments brought up with the stone vs all fragments recovered", [
        S(W2, "The divers also brought up six smaller pieces", "6 (brought up on Wednesday)"),
        S(W2, "bringing the number of fragments recovered to 58", "58 (all recovered)")],
         "six pieces found with the main mass and the total they bring the recovered fragments to"),
    nonc("N24", "venue", "E2", ["E2"], "Where the stone was shown", [
        S(W2, "at the Survey's headquarters in Vessaro at 1100 GMT", "the Survey's headquarters, Vessaro"),
        S(VQ2, "in the tiled hall of the Old Mint", "the Old Mint, Vessaro")],
         "the Old Mint has been the Survey's headquarters since 2024 (the Quillpost, next sentence)"),
    nonc("N25", "two_speakers", "E2", ["E2"], "The stone will stay in the country: said by two people", [
        S(VQ2, "Science Minister Odalys Krenn said the stone would stay in Palundria.", "Odalys Krenn"),
        S(IS2, "Moravchik said the stone would never be sold abroad.", "Ilsabeth Moravchik")],
         "the science minister and the Survey's director each reported in indirect speech saying the stone will not leave Palundria: two speakers, not a disputed one"),
    nonc("N26", "correction", "E1", ["E1"], "Height of the burst, with a withdrawn figure", [
        S(DF, "said the rock exploded 72 kilometres up", "72 kilometres (withdrawn)"),
        S(W1, "burst about 27 kilometres above the ground", "27 kilometres")],
         "the Daily Foghorn's correction line reports what an earlier version of its story said and withdraws it; the Foghorn itself gives 27 kilometres, like the others: not a claim, so not a conflict"),
    nonc("N27", "updated_figure", "E1", ["E1"], "People hurt: an early figure and its update in one live blog", [
        S(TV, "At least 40 people have been hurt", "at least 40 (07:30)"),
        S(TV, "The number of injured has risen to 212", "212 (15:10)"),
        S(W1, "injuring 212 people, most of them cut by flying glass", "212")],
         "Telvessa's 07:30 entry gives the early count ('at least'), its 15:10 entry says it 'has risen to' 212: an update within one report, in agreement with the others' 212, not a conflict"),
    nonc("N28", "different_event", "E2", ["E2"], "Dates inside the analysis", [
        S(ST, "On 12 April a rock from space broke the windows", "2039-04-12 (E1)"),
        S(ST, "On Thursday the Survey showed the country", "2039-04-21")],
         "the analysis recalls the day of the fall (E1); the showing of the stone is E2"),
    nonc("N29", "different_event", None, ["E1", "E2"], "Fragments picked up", [
        S(W1, "picked up 14 fragments in the farmland around", "14 fragments (E1, by the first evening)"),
        S(W2, "bringing the number of fragments recovered to 58", "58 fragments (E2)")],
         "the fragments found by the evening of the fall and those recovered nine days later: a count that would look like a conflict if the events were merged"),
    nonc("N30", "different_event", None, ["E1", "E2"], "The size of the rock: a first estimate and a revised one", [
        S(W1, "put the size of the rock at about nine metres across", "about 9 metres (E1, first estimate)"),
        S(IS2, "broke up at 11 metres across, up from its first estimate", "11 metres (E2, revised)")],
         "the Survey's first estimate on the day of the fall and its revised estimate nine days later, which the later report says replaces it: an update in a report of another event, not a conflict"),
]

CORROBORATED = [
    corr("K1", "E1", "date", "The schools of the valley reopen on Monday 18 April", "2039-04-18", CONFLICTS[0]["sides"][0]["sources"]),
    corr("K2", "E2", "date", "Fragments must be declared to the Survey by 20 May", "2039-05-20", CONFLICTS[1]["sides"][0]["sources"]),
    corr("K3", "E1", "count", "19 of the injured were kept in hospital", "19", CONFLICTS[2]["sides"][0]["sources"]),
    corr("K4", "E1", "count", "Windows were broken in 3,400 buildings", "3400", CONFLICTS[3]["sides"][0]["sources"][:4]),
    corr("K5", "E2", "count", "58 fragments have been recovered", "58", CONFLICTS[4]["sides"][0]["sources"]),
    corr("K6", "E1", "place", "The roof of the Harkwell Street school's sports hall in Treshavel collapsed", "Treshavel",
         CONFLICTS[5]["sides"][0]["sources"]),
    corr("K7", "E2", "place", "The main mass was found in Lake Sirrow", "Lake Sirrow", CONFLICTS[6]["sides"][0]["sources"]),
    corr("K8", "E1", "duration", "The fireball was seen for 14 seconds", "PT14S", CONFLICTS[7]["sides"][0]["sources"]),
    corr("K9", "E1", "duration", "The power was out for two hours", "PT2H", CONFLICTS[8]["sides"][0]["sources"]),
    corr("K10", "E2", "duration", "The search lasted seven days", "P7D", CONFLICTS[9]["sides"][0]["sources"]),
    corr("K11", "E1", "actor", "Mayor Malvina Solberra declared the state of emergency", "Malvina Solberra",
         CONFLICTS[12]["sides"][0]["sources"]),
    corr("K12", "E2", "actor", "The Survey's dive team under Sten Ulvaker lifted the stone", "Sten Ulvaker",
         CONFLICTS[13]["sides"][0]["sources"]),
    corr("K13", "E1", "time", "The meteor exploded at 04:48 GMT", "2039-04-12T04:48Z", CONFLICTS[14]["sides"][0]["sources"]),
    corr("K14", "E2", "time", "The Survey showed the stone at 11:00 GMT", "2039-04-21T11:00Z", CONFLICTS[15]["sides"][0]["sources"]),
    corr("K15", "E1", "date", "The meteor exploded on Tuesday 12 April", "2039-04-12", [
        S(W1, "of Treshavel on Tuesday, blowing in windows"),
        S(CW, "of Treshavel on Tuesday, blowing in windows"),
        S(VQ1, "At 6.48 a.m. on 12 April")]),
    corr("K16", "E1", "count", "The meteor burst 27 kilometres above the ground", "27 kilometres", [
        S(W1, "burst about 27 kilometres above the ground"),
        S(CW, "burst about 27 kilometres above the ground"),
        S(VQ1, "Then it burst, 27 kilometres up."),
        S(DF, "The rock burst 27 kilometres above the town")]),
    corr("K17", "E1", "count", "The rock was about nine metres across", "9 metres", [
        S(W1, "put the size of the rock at about nine metres across"),
        S(IS1, "the rock, some nine metres wide")]),
    corr("K18", "E1", "actor", "The Palundrian government will pay for the broken windows", "Palundrian government", [
        S(W1, "said the government would pay to replace every broken window"),
        S(CW, "said the government would pay to replace every broken window"),
        S(IS1, "said Vessaro would pay for every broken window")]),
    corr("K19", "E1", "count", "212 people were hurt", "212", [
        S(W1, "injuring 212 people, most of them cut by flying glass"),
        S(CW, "injuring 212 people, most of them cut by flying glass"),
        S(VQ1, "Hospitals treated 212 people"),
        S(DF, "hurting 212 people"),
        S(TV, "The number of injured has risen to 212")]),
    corr("K20", "E1", "count", "Survey teams picked up 14 fragments around Orsolt by the evening", "14", [
        S(W1, "picked up 14 fragments in the farmland around"),
        S(TV, "Survey teams have picked up 14 fragments")]),
    corr("K21", "E2", "date", "The stone was raised on Wednesday 20 April", "2039-04-20", [
        S(W2, "was brought up on Wednesday"),
        S(ET, "raised it from the bed of Lake Sirrow on Wednesday"),
        S(VQ2, "brought it up from Lake Sirrow on Wednesday"),
        S(IS2, "was raised on April 20"),
        S(BW, "came out of Lake Sirrow on 20 April")]),
    corr("K22", "E2", "count", "The stone weighs 480 kilograms", "480 kilograms", [
        S(W2, "The stone, which weighs 480 kilograms"),
        S(ET, "It weighs 480 kilograms"),
        S(VQ2, "The stone weighs 480 kilograms"),
        S(BW, "480 kilograms of ordinary chondrite")]),
    corr("K23", "E2", "object", "The stone is an ordinary chondrite", "ordinary chondrite", [
        S(W2, "It is an ordinary chondrite, she said."),
        S(VQ2, "and is an ordinary chondrite"),
        S(BW, "480 kilograms of ordinary chondrite")]),
]

EXCLUSIVE = [
    excl("X1", "E1", "It was the first recorded meteorite fall in Palundria since 1911", [
        S(W1, "the first recorded meteorite fall in Palundria since 1911"),
        S(CW, "the first recorded meteorite fall in Palundria since 1911")],
         "in the Ravelin wire and its copy (Treshavel Candlewick) only: one independent source, NOT corroborated"),
    excl("X2", "E1", "Glaziers' vans queued on Coopersgate and the Candlewick's window is boarded up", [
        S(CW, "the glaziers' vans were queueing nose to tail by noon")],
         "only in the paragraph the Candlewick added to the wire"),
    excl("X3", "E1", "Insurers expect claims of about 25 million marreks", [
        S(VQ1, "Insurers expect claims of about 25 million marreks")]),
    excl("X4", "E1", "A bus driver, Bartel Querel, had his windscreen blown in", [
        S(DF, "Bus driver Bartel Querel, 44, was pulling out of the depot")]),
    excl("X5", "E1", "The hospital's blood bank asked for donors", [
        S(TV, "The blood bank at Treshavel General Hospital is asking for donors")]),
    excl("X6", "E1", "The 31 Caldessan tourists in the valley were all safe", [
        S(IS1, "the 31 Caldessan tourists registered in the valley were all safe")]),
    excl("X7", "E2", "The stone goes on display at the National Museum of Natural History from 7 May", [
        S(W2, "will go on display at the National Museum of Natural History"),
        S(ET, "on show at the National Museum of Natural History in Vessaro")],
         "in the Ravelin wire and its rewrite (Eastern Townsman) only: one independent source, NOT corroborated"),
    excl("X8", "E2", "A crowd on the north shore clapped as the divers' boat came in", [
        S(ET, "clapped as the divers' boat came in")],
         "only in the paragraph the Eastern Townsman wrote itself"),
    excl("X9", "E2", "A collector's offer of 2 million marreks for the stone was turned away", [
        S(VQ2, "A collector had offered 2 million marreks for it")]),
    excl("X10", "E2", "The University of Ilvane will receive a 50-gram sample", [
        S(IS2, "The University of Ilvane will receive a 50-gram sample")]),
    excl("X11", "E2", "The stone is 4.56 billion years old", [
        S(BW, "puts the stone's age at 4.56 billion years")]),
    excl("X12", "E2", "The Survey has only nine sky cameras, two of them out of order that morning", [
        S(ST, "The Survey runs only nine sky cameras for the whole country")]),
]

QUOTES = [
    qv("Q1", "E1", "Malvina Solberra", "Two suns over Treshavel, then every window blew in", [
        S(W1, "\"For a few seconds there were two suns over Treshavel, and", mode="direct"),
        S(TV, "\"For a few seconds we had two suns over Treshavel, then", mode="direct")],
       "direct vs direct ('there were two suns ... and then every window in the street blew in' vs 'we had two suns ... then every window on my street blew in')"),
    qv("Q2", "E1", "Fenwald Auldry", "A stony rock no bigger than a lorry, coming in fast and shallow", [
        S(TV, "\"It was a stony rock, no bigger than a lorry, and", mode="direct"),
        S(IS1, "had been stony, no larger than a truck, and had come", mode="indirect")],
       "direct vs reported speech ('no bigger than a lorry, and it came in fast and shallow' vs 'no larger than a truck, and had come in fast and at a shallow angle')"),
    qv("Q3", "E2", "Ilsabeth Moravcik", "Every fragment belongs to the people of Palundria, not to its finder", [
        S(W2, "\"Every fragment belongs to the people of Palundria, not to whoever", mode="direct"),
        S(VQ2, "\"Every piece belongs to the people of Palundria, not to the", mode="direct"),
        S(ET, "She said every fragment was the property of the people", mode="indirect")],
       "direct vs direct ('Every fragment ... not to whoever picks it up' / 'Every piece ... not to the person who picks it up') and direct vs reported speech"),
    qv("Q4", "E2", "Sten Ulvaker", "The divers found the stone by touch in mud too thick to see a hand", [
        S(W2, "\"We found it by touch, in mud so thick you could", mode="direct"),
        S(VQ2, "Ulvaker said his divers had found the stone by feel", mode="indirect")],
       "direct vs reported speech ('by touch, in mud so thick you could not see your own hand' vs 'by feel, in mud too thick to see a hand in front of them')"),
    qv("Q5", "E2", "Ambrus Telko", "The lake jumped as if a house had been dropped into it", [
        S(BW, "\"The lake jumped as if someone had dropped a house into it.\"", mode="direct"),
        S(ST, "said the lake had jumped as though a house had been", mode="indirect")],
       "direct vs reported in the analysis ('as if someone had dropped a house into it' vs 'as though a house had been thrown into it')"),
]
