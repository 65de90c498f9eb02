# The planted items of demo/crosscheck-heldout14, read by build_gold.py (which defines S, conflict,
# nonc, corr, excl, qv and the report names W1 ... SL before executing this file).
# Time zones: Ostravia (Pallicane, Kelvaro, Drossel) UTC+3 all year, Sundrova (Aubrecq) UTC-4 all year.
# Vistacast's live blog stamps its entries in Ostravian time.

CONFLICTS = [
    conflict("C1", "E1", "date", "From when the weekly market is held in the Station Road car park", [
        ("2041-06-08", [S(W1, "market would move to the Station Road car park from Saturday"),
                        S(KB, "market would move to the Station Road car park from Saturday"),
                        S(VC, "held in the Station Road car park from 8 June")]),
        ("2041-06-09", [S(PL1, "move to the Station Road car park from Sunday")]),
    ], "From Saturday in the Orrery wire and its copy (published Thu 6 June: Saturday 8 June) and from 8 June on Vistacast; from Sunday in the Pallicane Ledgerpost (published Fri 7 June: Sunday 9 June)."),
    conflict("C2", "E2", "date", "When the residents of the seven safe buildings may go home", [
        ("2041-06-24", [S(W2, "the 41 households living in them can go home from June 24"),
                        S(DG, "may return on 24 June"),
                        S(PL2, "can go home on Monday week"),
                        S(AQ2, "Residents of seven buildings may return on June 24."),
                        S(SL, "The first families go home a week from today")]),
        ("2041-06-17", [S(GR, "Residents of the seven buildings judged safe can go back on Monday.")]),
    ], "24 June in the Orrery wire, its rewrite and the Aubrecq Quire; 'on Monday week' in the Pallicane Ledgerpost (published Sat 15 June: Monday 24 June) and 'a week from today' in Spirit Level (published Mon 17 June: Monday 24 June); 'on Monday' in the Groundworks Review (published Sat 15 June: Monday 17 June, the day the filling starts)."),
    conflict("C3", "E1", "count", "How many people were hurt", [
        ("4", [S(W1, "Four people were hurt, three of them residents"),
               S(KB, "Four people were hurt, three of them residents"),
               S(DT, "Four people were hurt"),
               S(VC, "Four people have been hurt.")]),
        ("5", [S(PL1, "Five people were hurt, none of them badly apart from Quintela.")]),
    ], "Four in the Orrery wire and its copy, the Daily Trumpet and Vistacast's 11:40 entry; five in the Pallicane Ledgerpost."),
    conflict("C4", "E1", "count", "How many households were moved out of the buildings around the square", [
        ("64", [S(W1, "Police moved 64 households out of the buildings"),
                S(KB, "Police moved 64 households out of the buildings"),
                S(DT, "64 households were turfed out of their homes"),
                S(VC, "64 households have now left 11 buildings"),
                S(PL1, "More than 60 households were moved out")]),
        ("46", [S(AQ1, "Ostravian police evacuated 46 households")]),
    ], "64 in the Orrery wire and its copy, the Daily Trumpet and Vistacast ('More than 60' in the Pallicane Ledgerpost agrees with it, N23); 46 in the Aubrecq Quire, which no reading of the others allows."),
    conflict("C5", "E2", "count", "How much Vantera Water has set aside to compensate residents and traders", [
        ("12000000 sovrins", [S(W2, "set aside 12 million sovrins to compensate residents and shopkeepers"),
                              S(DG, "has put 12 million sovrins aside for residents and traders"),
                              S(AQ2, "Vantera has set aside 12 million sovrins"),
                              S(GR, "set aside 12 million sovrins for compensation")]),
        ("20000000 sovrins", [S(PL2, "promised residents and shopkeepers 20 million sovrins in compensation")]),
    ], "12 million sovrins in the Orrery wire and its rewrite, the Aubrecq Quire and the Groundworks Review; 20 million in the Pallicane Ledgerpost."),
    conflict("C6", "E1", "place", "To which hospital the van driver was taken", [
        ("Kelvaro Infirmary", [S(W1, "He was taken to Kelvaro Infirmary with a broken leg."),
                               S(KB, "He was taken to Kelvaro Infirmary with a broken leg."),
                               S(PL1, "He is in Kelvaro Infirmary with a broken leg."),
                               S(DT, "He was rushed to Kelvaro Infirmary with a broken leg.")]),
        ("a hospital in Drossel", [S(VC, "taken to hospital in Drossel")]),
    ], "Kelvaro Infirmary in the Orrery wire and its copy, the Pallicane Ledgerpost and the Daily Trumpet; a hospital in the neighbouring town of Drossel in Vistacast's 08:15 entry (never corrected in the blog)."),
    conflict("C7", "E2", "place", "Where the panel presented its preliminary findings", [
        ("the Ministry of Regions, Pallicane", [S(W2, "presented its preliminary findings at the ministry in Pallicane"),
                                               S(PL2, "at the Ministry of Regions in Pallicane"),
                                               S(AQ2, "which presented its findings in Pallicane"),
                                               S(GR, "presented in Pallicane on Friday")]),
        ("Kelvaro town hall", [S(DG, "findings at 10 a.m. on Friday at Kelvaro town hall")]),
    ], "At the Ministry of Regions in the capital Pallicane in the Orrery wire, the Pallicane Ledgerpost, the Aubrecq Quire and the Groundworks Review; at Kelvaro town hall in the Drossel Gauge, the wire's own rewrite."),
    conflict("C8", "E1", "duration", "How long the rescue of the van driver took", [
        ("PT3H", [S(W1, "brought him up after three hours"),
                  S(KB, "brought him up after three hours"),
                  S(PL1, "at the end of a three-hour rescue"),
                  S(VC, "brought up alive after three hours")]),
        ("PT5H", [S(DT, "to safety after a five-hour rescue")]),
    ], "Three hours in the Orrery wire and its copy, the Pallicane Ledgerpost ('a three-hour rescue') and Vistacast (brought up at 08:15, three hours after the 05:12 collapse); five hours in the Daily Trumpet."),
    conflict("C9", "E1", "duration", "How long 22,000 homes were without water", [
        ("PT14H", [S(W1, "without water for 14 hours"),
                   S(KB, "without water for 14 hours"),
                   S(PL1, "left 22,000 homes dry for fourteen hours"),
                   S(VC, "the taps are running again in Kelvaro after 14 hours")]),
        ("more than P1D", [S(AQ1, "without water for more than a day")]),
    ], "14 hours in the Orrery wire and its copy, the Pallicane Ledgerpost ('fourteen hours') and Vistacast (water back at 19:10); 'more than a day' in the Aubrecq Quire: a lower bound of 24 hours, which 14 hours does not reach."),
    conflict("C10", "E2", "duration", "How long the filling of the hole will take", [
        ("P10W", [S(W2, "will take ten weeks"),
                  S(DG, "over the next ten weeks"),
                  S(PL2, "The filling, ten weeks of work, begins on Monday."),
                  S(GR, "a ten-week programme to pump 5,400 cubic metres")]),
        ("P4M", [S(SL, "four months of work during which the market stays")]),
    ], "Ten weeks in the Orrery wire and its rewrite, the Pallicane Ledgerpost and the Groundworks Review ('a ten-week programme'); four months (about 17 weeks) in Spirit Level: the units differ and so do the lengths."),
    conflict("C11", "E1", "speaker", "Who said 'Kelvaro has stood on this ground for eight hundred years, and it will stand for eight hundred more'", [
        ("Casildo Marrane", [S(W1, "eight hundred more,\" the mayor said."),
                             S(KB, "eight hundred more,\" the mayor said."),
                             S(VC, "The mayor, Casildo Marrane, on Vistacast:")]),
        ("Dalibor Ferrandel", [S(AQ1, "said Ostravia's regional development minister, Dalibor Ferrandel.")]),
    ], "The mayor, Casildo Marrane, in the Orrery wire and its copy ('the mayor said', named as Mayor Casildo Marrane a paragraph or two before) and on Vistacast (10:45, speaker before a colon, the quote after it); the Minister of Regions Dalibor Ferrandel in the Aubrecq Quire, which spells the town Kelvarro inside the quote. Both sides quote the words verbatim."),
    conflict("C12", "E2", "speaker", "Who said 'This was not an act of God. It was a leak that nobody went looking for'", [
        ("Wenceslas Mauclair", [S(W2, "nobody went looking for,\" Mauclair said."),
                                S(DG, "nobody went looking for,\" the professor said."),
                                S(PL2, "nobody went looking for,\" Mauclair told the room."),
                                S(SL, "Professor Wenceslas Mauclair said plainly that the collapse was no act")]),
        ("Dalibor Ferrandel", [S(GR, "said the regions minister, Dalibor Ferrandel, who commissioned the panel.")]),
    ], "The panel's chairman, Professor Wenceslas Mauclair, in the Orrery wire, its rewrite ('the professor said', named in the paragraph before), the Pallicane Ledgerpost and, in reported speech, Spirit Level; the regions minister Dalibor Ferrandel in the Groundworks Review. The wire, the rewrite, the Ledgerpost and the Review quote the words verbatim."),
    conflict("C13", "E1", "actor", "Who brought the van driver up out of the hole", [
        ("the Kelvaro Fire Brigade's rope team under Audric Kessary", [
            S(W1, "Kelvaro Fire Brigade led by Station Officer Audric Kessary brought him up"),
            S(KB, "Kelvaro Fire Brigade led by Station Officer Audric Kessary brought him up"),
            S(PL1, "by the fire brigade's rope team, led by Station Officer Audric Kessary"),
            S(VC, "brought up alive after three hours by the fire brigade's rope team")]),
        ("army engineers", [S(DT, "Army engineers winched van driver Tiago Quintela, 38, to safety")]),
    ], "The rope-rescue team of the Kelvaro Fire Brigade under Station Officer Audric Kessary in the Orrery wire and its copy, the Pallicane Ledgerpost and Vistacast; army engineers in the Daily Trumpet."),
    conflict("C14", "E2", "actor", "Who will pay for filling the hole", [
        ("Vantera Water", [S(W2, "Vantera Water will pay for filling the hole"),
                           S(DG, "which owns the main, will pay to fill the hole"),
                           S(PL2, "Vantera will pay to fill the hole"),
                           S(GR, "Vantera Water is paying for a ten-week programme")]),
        ("the Ostravian government", [S(AQ2, "The Ostravian government would pay for filling the hole")]),
    ], "Vantera Water in the Orrery wire and its rewrite, the Pallicane Ledgerpost and the Groundworks Review; the Ostravian government in the Aubrecq Quire (which also reports Vantera's compensation fund)."),
    conflict("C15", "E1", "time", "When the ground gave way", [
        ("2041-06-06T02:12Z", [S(W1, "The ground gave way at 0212 GMT"),
                               S(PL1, "At 5.12 a.m. on 6 June"),
                               S(VC, "in the centre of Kelvaro at 05:12"),
                               S(AQ1, "at 10:12 p.m. on Wednesday, Aubrecq time")]),
        ("2041-06-06T03:12Z", [S(DT, "opened up in the heart of Kelvaro at 6.12am yesterday")]),
    ], "02:12 GMT in the Orrery wire, 5.12 a.m. Ostravian time (UTC+3) in the Pallicane Ledgerpost and 05:12 on Vistacast, and 10:12 p.m. on Wednesday Aubrecq time (UTC-4, the calendar day before) in the Aubrecq Quire: one instant; 6.12am Ostravian time in the Daily Trumpet (published Fri 7 June, 'yesterday'), which is 03:12 GMT, an hour later."),
    conflict("C16", "E2", "time", "When the panel presented its findings", [
        ("2041-06-14T07:00Z", [S(W2, "at the ministry in Pallicane at 0700 GMT"),
                               S(DG, "findings at 10 a.m. on Friday"),
                               S(AQ2, "announced at 3 a.m. Aubrecq time on Friday")]),
        ("2041-06-14T06:00Z", [S(PL2, "At 9 a.m. on Friday, at the Ministry of Regions")]),
    ], "07:00 GMT in the Orrery wire, 10 a.m. Ostravian time (UTC+3) in its rewrite and 3 a.m. Aubrecq time (UTC-4) in the Aubrecq Quire: one instant; 9 a.m. on Friday in the Pallicane Ledgerpost (Ostravian time: 06:00 GMT), an hour earlier."),
]

NONCONFLICTS = [
    nonc("N1", "alias", "E1", ["E1"], "The town", [
        S(W1, "the Ostravian town of Kelvaro", "Kelvaro"),
        S(AQ1, "the Ostravian town of Kelvarro", "Kelvarro")],
         "Kelvarro is the Sundrovan spelling of Kelvaro"),
    nonc("N2", "alias", "E1", ["E1"], "The minister, under another title", [
        S(W1, "Minister of Regions Dalibor Ferrandel", "Minister of Regions Dalibor Ferrandel"),
        S(AQ1, "Ostravia's regional development minister, Dalibor Ferrandel", "regional development minister Dalibor Ferrandel")],
         "the Minister of Regions and the regional development minister are one office and one man"),
    nonc("N3", "alias", "E1", ["E1"], "The geologist's office", [
        S(PL1, "Dr Nerissa Treggan of the State Subsidence Office", "State Subsidence Office"),
        S(VC, "Dr Nerissa Treggan of the SSO", "SSO")],
         "SSO is the initials of the State Subsidence Office"),
    nonc("N4", "alias", "E1", ["E1"], "Who pays for the families' hotel rooms", [
        S(W1, "the state would cover the cost of hotel rooms", "the state"),
        S(DT, "Pallicane will foot the bill for hotel rooms", "Pallicane")],
         "Pallicane, the capital, stands for the Ostravian state"),
    nonc("N5", "alias", "E2", ["E2"], "Vantera's head, under another title", [
        S(W2, "said Perrine Brasque, Vantera's chief executive", "Perrine Brasque, chief executive"),
        S(AQ2, "Vantera's managing director, Perrine Brasque", "Perrine Brasque, managing director")],
         "one woman: the Sundrovan paper calls the chief executive the managing director"),
    nonc("N6", "alias", "E2", ["E2"], "The town", [
        S(W2, "beneath Kelvaro's Almsgate Square", "Kelvaro"),
        S(AQ2, "trapped a Sundrovan driver in Kelvarro last week", "Kelvarro")],
         "Kelvarro is the Sundrovan spelling of Kelvaro"),
    nonc("N7", "timezone", "E1", ["E1"], "Time the ground gave way", [
        S(W1, "The ground gave way at 0212 GMT", "2041-06-06T02:12Z"),
        S(PL1, "At 5.12 a.m. on 6 June", "2041-06-06T05:12+03:00"),
        S(VC, "in the centre of Kelvaro at 05:12", "2041-06-06T05:12+03:00"),
        S(AQ1, "at 10:12 p.m. on Wednesday, Aubrecq time", "2041-06-05T22:12-04:00")],
         "Ostravia is UTC+3 and Sundrova UTC-4: one instant in four notations, the Sundrovan one on the calendar day before (Wednesday 5 June); the Daily Trumpet's 6.12am is the conflict C15"),
    nonc("N8", "timezone", "E2", ["E2"], "Time the panel presented its findings", [
        S(W2, "at the ministry in Pallicane at 0700 GMT", "2041-06-14T07:00Z"),
        S(DG, "findings at 10 a.m. on Friday", "2041-06-14T10:00+03:00"),
        S(AQ2, "announced at 3 a.m. Aubrecq time on Friday", "2041-06-14T03:00-04:00")],
         "one instant in three notations (the Pallicane Ledgerpost's 9 a.m. is the conflict C16)"),
    nonc("N9", "unit_form", "E1", ["E1"], "Depth of the hole, in metres and in feet", [
        S(W1, "The hole is 18 metres deep.", "18 metres"),
        S(DT, "A giant hole 60 feet deep", "60 feet (18.3 metres)")],
         "60 feet is 18.3 metres: the tabloid's round figure in feet is the 18 metres of the others"),
    nonc("N10", "unit_form", "E1", ["E1"], "How long the rescue took", [
        S(W1, "brought him up after three hours", "PT3H"),
        S(PL1, "at the end of a three-hour rescue", "PT3H")],
         "'after three hours' and 'a three-hour rescue' are one duration (the Daily Trumpet's five hours is the conflict C8)"),
    nonc("N11", "unit_form", "E2", ["E2"], "How long the filling will take", [
        S(W2, "will take ten weeks", "P10W"),
        S(GR, "a ten-week programme to pump 5,400 cubic metres", "P10W")],
         "'ten weeks' and 'a ten-week programme' are one duration (Spirit Level's four months is the conflict C10)"),
    nonc("N12", "weekday_date", "E1", ["E1"], "The day the square fell in", [
        S(W1, "before dawn on Thursday", "2041-06-06"),
        S(PL1, "At 5.12 a.m. on 6 June", "2041-06-06")],
         "the wire was published on Thursday 6 June: the same day"),
    nonc("N13", "weekday_date", "E1", ["E1"], "The day the market moves", [
        S(W1, "market would move to the Station Road car park from Saturday", "2041-06-08"),
        S(VC, "held in the Station Road car park from 8 June", "2041-06-08")],
         "Saturday after Thursday 6 June is 8 June (the Ledgerpost's Sunday is the conflict C1)"),
    nonc("N14", "weekday_date", "E2", ["E2"], "The day the residents go home", [
        S(PL2, "can go home on Monday week", "2041-06-24"),
        S(W2, "the 41 households living in them can go home from June 24", "2041-06-24"),
        S(SL, "The first families go home a week from today", "2041-06-24")],
         "'Monday week' in a paper of Saturday 15 June is Monday 24 June, and 'a week from today' in a piece of Monday 17 June is Monday 24 June: the same day (the Groundworks Review's 'on Monday' is the conflict C2)"),
    nonc("N15", "level_vs_change", "E2", ["E2"], "Vantera's share price", [
        S(W2, "Vantera shares closed 18 percent lower in Pallicane.", "down 18 percent"),
        S(GR, "its shares closed on Friday at 3.40 sovrins", "3.40 sovrins")],
         "a change and a level"),
    nonc("N16", "different_measure", "E1", ["E1"], "Width of the hole vs its depth", [
        S(W1, "A sinkhole 30 metres across opened", "30 metres (width)"),
        S(W1, "The hole is 18 metres deep.", "18 metres (depth)")],
         "two lengths of the same hole in two directions"),
    nonc("N17", "different_measure", "E1", ["E1"], "Households vs residents moved out", [
        S(W1, "Police moved 64 households out of the buildings", "64 households"),
        S(PL1, "183 residents in all", "183 residents")],
         "counts of different sets: households and the people in them"),
    nonc("N18", "different_measure", "E1", ["E1"], "Cars vs all vehicles swallowed", [
        S(W1, "swallowing three parked cars and a delivery van", "3 cars (and a van)"),
        S(VC, "bringing the number of vehicles swallowed to four", "4 vehicles")],
         "three cars and a van are four vehicles: a part and the whole"),
    nonc("N19", "running_total", "E1", ["E1"], "A third car and the total it brings", [
        S(VC, "A third parked car has slid into the hole", "3rd car"),
        S(VC, "bringing the number of vehicles swallowed to four", "4 vehicles")],
         "the third car and the running total of vehicles it brings (with the van)"),
    nonc("N20", "different_measure", "E1", ["E1"], "Depth of the ledge vs depth of the hole", [
        S(W1, "on a ledge about nine metres down", "about 9 metres (the ledge)"),
        S(PL1, "30 metres across and 18 metres deep", "18 metres (the hole)")],
         "two depths of different things: where the van stopped and the bottom of the hole"),
    nonc("N21", "different_measure", "E2", ["E2"], "Buildings found safe vs buildings to be demolished", [
        S(W2, "Seven of the 11 evacuated buildings are safe", "7 (safe)"),
        S(W2, "two of them, on Tanners Row, will have to be demolished", "2 (to be demolished)")],
         "counts of different sets of the 11 buildings: seven safe, two of the other four to come down"),
    nonc("N22", "rounded", "E1", ["E1"], "Residents moved out", [
        S(AQ1, "about 180 people", "about 180"),
        S(PL1, "183 residents in all", "183")],
         "'about 180' is the rounded 183"),
    nonc("N23", "at_least", "E1", ["E1"], "Households moved out", [
        S(PL1, "More than 60 households were moved out", "more than 60"),
        S(W1, "Police moved 64 households out of the buildings", "64")],
         "64 is more than 60"),
    nonc("N24", "updated_figure", "E1", ["E1"], "Households moved out: an early figure and its update in one live blog", [
        S(VC, "at least 20 households have been moved out", "at least 20 (06:30)"),
        S(VC, "64 households have now left 11 buildings", "64 (11:40)"),
        S(W1, "Police moved 64 households out of the buildings", "64")],
         "Vistacast's 06:30 entry gives an early count ('at least'), its 11:40 entry the figure 'now': an update within one report, in agreement with the others' 64, not a conflict"),
    nonc("N25", "correction", "E1", ["E1"], "Where the hole opened, with a withdrawn place", [
        S(VC, "a large hole opening in Tanners Row in the centre of Kelvaro", "Tanners Row (withdrawn)"),
        S(VC, "It opened in Almsgate Square, at the corner of Tanners Row.", "Almsgate Square"),
        S(W1, "a Vantera Water main beneath Almsgate Square burst", "Almsgate Square")],
         "Vistacast's 13:00 correction withdraws the place its 05:40 entry gave; the blog itself then says Almsgate Square, like the others: not a conflict"),
    nonc("N26", "two_speakers", "E2", ["E2"], "No one will be out of pocket: said by two people", [
        S(PL2, "Dalibor Ferrandel, said no family in Kelvaro would be left out", "Dalibor Ferrandel"),
        S(AQ2, "Perrine Brasque, said no household would lose a sovrin.", "Perrine Brasque")],
         "the minister and Vantera's chief executive each reported in indirect speech promising that no household will lose money: two speakers, not a disputed one"),
    nonc("N27", "rounded", "E2", ["E2"], "Volume of concrete", [
        S(SL, "roughly 5,500 cubic metres of concrete", "about 5,500 cubic metres"),
        S(W2, "with 5,400 cubic metres of foamed concrete", "5,400 cubic metres")],
         "'roughly 5,500' is the rounded 5,400"),
    nonc("N28", "different_event", "E2", ["E2"], "Dates inside the analysis", [
        S(SL, "On 6 June the ground opened under Almsgate Square.", "2041-06-06 (E1)"),
        S(SL, "On Friday an inquiry told us why", "2041-06-14")],
         "the analysis recalls the day of the collapse (E1); the inquiry's findings are E2"),
    nonc("N29", "different_event", None, ["E1", "E2"], "Depth of the hole: the first measure and the survey's", [
        S(W1, "The hole is 18 metres deep.", "18 metres (E1, first measured)"),
        S(W2, "The hole is now known to be 21 metres deep", "21 metres (E2)"),
        S(GR, "the void is 21 metres deep, not the 18 metres first measured", "21 metres (E2)")],
         "the depth measured on the day and the depth the surveys found eight days later, which the later reports say replaces it: an update in reports of another event, not a conflict"),
    nonc("N30", "different_event", None, ["E1", "E2"], "Households moved out vs households going home", [
        S(W1, "Police moved 64 households out of the buildings", "64 households moved out (E1)"),
        S(W2, "the 41 households living in them can go home from June 24", "41 households going home (E2)")],
         "all the households moved out on the day and those of the seven safe buildings allowed home: different sets in different events"),
]

CORROBORATED = [
    corr("K1", "E1", "date", "The weekly market moves to the Station Road car park from Saturday 8 June", "2041-06-08", CONFLICTS[0]["sides"][0]["sources"]),
    corr("K2", "E2", "date", "Residents of the seven safe buildings go home on 24 June", "2041-06-24", CONFLICTS[1]["sides"][0]["sources"]),
    corr("K3", "E1", "count", "Four people were hurt", "4", CONFLICTS[2]["sides"][0]["sources"]),
    corr("K4", "E1", "count", "64 households were moved out", "64", CONFLICTS[3]["sides"][0]["sources"][:4]),
    corr("K5", "E2", "count", "Vantera set aside 12 million sovrins in compensation", "12000000 sovrins", CONFLICTS[4]["sides"][0]["sources"]),
    corr("K6", "E1", "place", "The van driver was taken to Kelvaro Infirmary", "Kelvaro Infirmary", CONFLICTS[5]["sides"][0]["sources"]),
    corr("K7", "E2", "place", "The findings were presented at the ministry in Pallicane", "the Ministry of Regions, Pallicane", CONFLICTS[6]["sides"][0]["sources"]),
    corr("K8", "E1", "duration", "The rescue took three hours", "PT3H", CONFLICTS[7]["sides"][0]["sources"]),
    corr("K9", "E1", "duration", "22,000 homes were without water for 14 hours", "PT14H", CONFLICTS[8]["sides"][0]["sources"]),
    corr("K10", "E2", "duration", "The filling will take ten weeks", "P10W", CONFLICTS[9]["sides"][0]["sources"]),
    corr("K11", "E1", "actor", "The fire brigade's rope team under Audric Kessary brought the driver up", "Audric Kessary",
         CONFLICTS[12]["sides"][0]["sources"]),
    corr("K12", "E2", "actor", "Vantera Water will pay for filling the hole", "Vantera Water", CONFLICTS[13]["sides"][0]["sources"]),
    corr("K13", "E1", "time", "The ground gave way at 02:12 GMT", "2041-06-06T02:12Z", CONFLICTS[14]["sides"][0]["sources"]),
    corr("K14", "E2", "time", "The panel presented its findings at 07:00 GMT", "2041-06-14T07:00Z", CONFLICTS[15]["sides"][0]["sources"]),
    corr("K15", "E1", "date", "The square fell in on Thursday 6 June", "2041-06-06", [
        S(W1, "before dawn on Thursday"),
        S(KB, "before dawn on Thursday"),
        S(PL1, "At 5.12 a.m. on 6 June")]),
    corr("K16", "E1", "count", "The hole is 18 metres deep", "18 metres", [
        S(W1, "The hole is 18 metres deep."),
        S(KB, "The hole is 18 metres deep."),
        S(PL1, "30 metres across and 18 metres deep"),
        S(DT, "A giant hole 60 feet deep")]),
    corr("K17", "E1", "count", "The hole is 30 metres across", "30 metres", [
        S(W1, "A sinkhole 30 metres across opened"),
        S(KB, "A sinkhole 30 metres across opened"),
        S(PL1, "The hole it left is 30 metres across"),
        S(AQ1, "The hole, some 30 metres wide")]),
    corr("K18", "E1", "count", "Three parked cars and a delivery van went into the hole", "3 cars and 1 van", [
        S(W1, "swallowing three parked cars and a delivery van"),
        S(KB, "swallowing three parked cars and a delivery van"),
        S(PL1, "Three parked cars and a delivery van went down with it"),
        S(DT, "gulping down three cars and a van"),
        S(AQ1, "also took three parked cars"),
        S(VC, "bringing the number of vehicles swallowed to four")]),
    corr("K19", "E1", "count", "22,000 homes were left without water", "22000", [
        S(W1, "The burst left 22,000 homes in Kelvaro without water"),
        S(KB, "The burst left 22,000 homes in Kelvaro without water"),
        S(PL1, "left 22,000 homes dry"),
        S(AQ1, "left 22,000 homes in the town without water")]),
    corr("K20", "E1", "object", "A Vantera Water main burst under the square", "Vantera Water main", [
        S(W1, "a Vantera Water main beneath Almsgate Square burst"),
        S(KB, "a Vantera Water main beneath Almsgate Square burst"),
        S(PL1, "A burst Vantera Water main under the paving"),
        S(DT, "A burst Vantera Water main was to blame")]),
    corr("K21", "E1", "actor", "The state will pay for the families' hotel rooms", "Ostravian state", [
        S(W1, "the state would cover the cost of hotel rooms"),
        S(KB, "the state would cover the cost of hotel rooms"),
        S(DT, "Pallicane will foot the bill for hotel rooms")]),
    corr("K22", "E2", "duration", "The main had been leaking for at least five months", "at least P5M", [
        S(W2, "for at least five months before it collapsed"),
        S(DG, "A water main that leaked for at least five months"),
        S(PL2, "leaking into a bed of gypsum for at least five months"),
        S(GR, "leaking into a gypsum bed for at least five months")]),
    corr("K23", "E2", "count", "The hole will be filled with 5,400 cubic metres of foamed concrete", "5400 cubic metres", [
        S(W2, "with 5,400 cubic metres of foamed concrete"),
        S(DG, "fill the hole with 5,400 cubic metres of foamed concrete"),
        S(GR, "to pump 5,400 cubic metres of foamed concrete")]),
    corr("K24", "E2", "count", "Vantera had nine complaints from around the square this year", "9", [
        S(W2, "Vantera had received nine complaints of damp cellars"),
        S(PL2, "Nine times since January, people living around Almsgate Square"),
        S(SL, "Vantera Water took nine calls about damp cellars")]),
    corr("K25", "E2", "count", "The hole is 21 metres deep", "21 metres", [
        S(W2, "The hole is now known to be 21 metres deep"),
        S(GR, "the void is 21 metres deep")]),
    corr("K26", "E2", "object", "The main leaked into a bed of gypsum", "gypsum", [
        S(W2, "leaked into a bed of gypsum"),
        S(PL2, "leaking into a bed of gypsum"),
        S(GR, "leaking into a gypsum bed")]),
]

EXCLUSIVE = [
    excl("X1", "E1", "It was the largest sinkhole recorded in Ostravia since 1958", [
        S(W1, "the largest sinkhole recorded in Ostravia since records began in 1958"),
        S(KB, "the largest sinkhole recorded in Ostravia since records began in 1958")],
         "in the Orrery wire and its copy (Kelvaro Bellman) only: one independent source, NOT corroborated"),
    excl("X2", "E1", "The Bellman's office was cleared and the edition made in the library", [
        S(KB, "this edition was put together on borrowed desks")],
         "only in the paragraph the Bellman added to the wire"),
    excl("X3", "E1", "The square's seventeenth-century fountain went down with the hole", [
        S(PL1, "so did the square's seventeenth-century fountain")]),
    excl("X4", "E1", "A pensioner, Idony Voss, watched her car vanish", [
        S(DT, "Pensioner Idony Voss, 81, watched from her window")]),
    excl("X5", "E1", "The sports centre opened as a rest centre with hot meals", [
        S(VC, "has opened as a rest centre, and volunteers are serving hot meals")]),
    excl("X6", "E1", "The Sundrovan consul, Orlanda Rostand, visited the driver in hospital", [
        S(AQ1, "The Sundrovan consul in Pallicane, Orlanda Rostand, visited Quintela in hospital")]),
    excl("X7", "E2", "The panel's final report is due in September", [
        S(W2, "The panel will publish its final report in September."),
        S(DG, "The panel's final report is due in September.")],
         "in the Orrery wire and its rewrite (Drossel Gauge) only: one independent source, NOT corroborated"),
    excl("X8", "E2", "Vantera crews dug up Weir Street in Drossel to check a main of the same age", [
        S(DG, "digging up Weir Street in Drossel")],
         "only in the paragraph the Drossel Gauge wrote itself"),
    excl("X9", "E2", "Vantera's chairman, Hedwige Olwen, offered her resignation", [
        S(PL2, "Vantera's chairman, Hedwige Olwen, offered her resignation")]),
    excl("X10", "E2", "Solvane Freight will claim the cost of the van and its load from Vantera", [
        S(AQ2, "Solvane Freight would claim the cost of the van")]),
    excl("X11", "E2", "The State Subsidence Office will survey 40 streets with radar", [
        S(GR, "will run ground-penetrating radar along 40 streets")]),
    excl("X12", "E2", "More than half of Kelvaro's 300 kilometres of mains date from before 1960", [
        S(SL, "more than half of them were laid before 1960")]),
    excl("X13", "E1", "The driver works for the Aubrecq haulier Solvane Freight", [
        S(AQ1, "who drives for the Aubrecq haulier Solvane Freight")]),
]

QUOTES = [
    qv("Q1", "E1", "Casildo Marrane", "The square folded in on itself like a tablecloth pulled through a ring", [
        S(W1, "\"The square simply folded in on itself, like a tablecloth", mode="direct"),
        S(PL1, "\"It just folded in on itself, like a tablecloth being pulled", mode="direct")],
       "direct vs direct ('The square simply folded in on itself, like a tablecloth pulled through a ring' vs 'It just folded in on itself, like a tablecloth being pulled through a ring')"),
    qv("Q2", "E1", "Audric Kessary", "The driver kept talking, and that kept him alive", [
        S(W1, "\"He kept talking to us the whole time, and that", mode="direct"),
        S(VC, "\"He talked to us the whole way through.", mode="direct")],
       "direct vs direct ('He kept talking to us the whole time, and that is what kept him alive' vs 'He talked to us the whole way through. That's what kept him alive.')"),
    qv("Q3", "E1", "Nerissa Treggan", "The town stands on soluble rock, and water is what it cannot bear", [
        S(VC, "\"There is soluble rock under half of this town, and", mode="direct"),
        S(AQ1, "said the town was built on soluble rock", mode="indirect")],
       "direct vs reported speech ('There is soluble rock under half of this town, and water is the one thing it cannot bear' vs 'the town was built on soluble rock, and that water was the one thing it could not withstand')"),
    qv("Q4", "E2", "Perrine Brasque", "Vantera failed the people of Kelvaro and will pay for every stone", [
        S(W2, "\"We failed the people of Kelvaro, and we will pay", mode="direct"),
        S(PL2, "\"We let the people of Kelvaro down, and we will pay", mode="direct"),
        S(DG, "said the company had failed the town and would pay", mode="indirect")],
       "direct vs direct ('We failed the people of Kelvaro, and we will pay for every stone of it' / 'We let the people of Kelvaro down, and we will pay for every brick') and direct vs reported speech"),
    qv("Q5", "E2", "Tiago Quintela", "The road dropped away like a lift with its cable cut", [
        S(AQ2, "\"I felt the road drop away like a lift with its", mode="direct"),
        S(PL2, "he had felt the road fall away beneath him like a lift", mode="indirect")],
       "direct vs reported speech ('I felt the road drop away like a lift with its cable cut' vs 'he had felt the road fall away beneath him like a lift whose cable had snapped')"),
    qv("Q6", "E2", "Wenceslas Mauclair", "It was not an act of God but a leak nobody looked for", [
        S(W2, "\"This was not an act of God.", mode="direct"),
        S(SL, "said plainly that the collapse was no act of God", mode="indirect")],
       "direct vs reported in the analysis ('This was not an act of God. It was a leak that nobody went looking for' vs 'the collapse was no act of God but a leak no one had bothered to look for')"),
]
