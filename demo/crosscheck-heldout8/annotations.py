# The planted items of demo/crosscheck-heldout8, read by build_gold.py (which defines S, conflict,
# nonc, corr, excl, qv and the report names W1 ... AW before executing this file).

CONFLICTS = [
    conflict("C1", "E1", "date", "When the Pic Auzelle line was last inspected", [
        ("2030-11-12", [S(W1, "The line was last inspected on November 12"),
                        S(IV1, "The line had been inspected on 12 November")]),
        ("2030-11-21", [S(AT1, "last checked the line on 21 November")]),
    ], "12 November 2030 in the GPA wire ('November 12') and the Istvel Vedomost ('12 November'); 21 November in the Aubrecy Tocsin, citing the inspectorate's register. The day-month order differs between outlets."),
    conflict("C2", "E2", "date", "When maintenance staff logged abnormal vibration at pylon 4", [
        ("2031-02-03", [S(W2, "had logged abnormal vibration at pylon 4 on February 3"),
                        S(LL, "Maintenance staff recorded unusual vibration there on 3 February"),
                        S(AT2, "noted abnormal vibration at pylon 4 on February 3")]),
        ("2031-02-10", [S(IV2, "had noted dangerous vibration at pylon 4 five days before the accident")]),
    ], "3 February in the GPA wire, Liftline ('there', pylon 4 named in the sentence before) and the Aubrecy Tocsin; 'five days before the accident' in the Istvel Vedomost: the accident was on Saturday 15 February, so Monday 10 February."),
    conflict("C3", "E1", "count", "How many passengers were in the two cabins", [
        ("46", [S(W1, "The two cabins were carrying 46 passengers between them."),
                S(PP, "The two cabins were carrying 46 passengers between them."),
                S(FG, "Forty-six people were aboard the two cabins."),
                S(AT1, "The two cabins held 46 passengers.")]),
        ("64", [S(SN, "Sixty-four passengers were in the two cabins")]),
    ], "46 in the GPA wire (and both reports carrying it, the rewrite as 'Forty-six people') and the Aubrecy Tocsin; 64 in Snowline (the digits transposed)."),
    conflict("C4", "E1", "count", "How many people were seriously injured", [
        ("7", [S(W1, "Seven of them were seriously injured and were flown to", after="By Saturday night"),
               S(PP, "Seven of them were seriously injured and were flown to"),
               S(AT1, "Seven had serious injuries and are being cared for")]),
        ("11", [S(IV1, "Eleven people were seriously injured, six of them Kordavians.")]),
    ], "seven in the GPA wire, its copy and the Aubrecy Tocsin; eleven in the Istvel Vedomost."),
    conflict("C5", "E2", "count", "How many cable cars the inspectorate ordered checked", [
        ("38", [S(W2, "ordered checks of all 38 cable cars in the country"),
                S(LL, "Thirty-eight cable cars across Trevanne must now be inspected"),
                S(AW, "The order to inspect 38 cable cars across the country")]),
        ("28", [S(AT2, "The inspectorate has ordered checks of all 28 cable cars")]),
    ], "38 in the GPA wire, Liftline ('Thirty-eight') and Afterword; 28 in the Aubrecy Tocsin."),
    conflict("C6", "E1", "place", "Where the seriously injured were taken", [
        ("Mervaux University Hospital", [S(W1, "were flown to Mervaux University Hospital"),
                                         S(PP, "were flown to Mervaux University Hospital"),
                                         S(AT1, "are being cared for at Mervaux University Hospital"),
                                         S(IV1, "All were taken to Mervaux University Hospital.")]),
        ("the hospital in Tessancourt", [S(RV, "The seriously injured were flown to the hospital in Tessancourt")]),
    ], "Mervaux University Hospital in the GPA wire and its copy, the Aubrecy Tocsin and the Istvel Vedomost; the hospital in Tessancourt, 'on the other side of the pass', on Radio Vallombre."),
    conflict("C7", "E2", "place", "Where the technical director Hélène Marsac was detained", [
        ("her home in Vallombre", [S(W2, "was detained on Tuesday at her home in Vallombre"),
                                   S(AT2, "was detained at her home in Vallombre on February 25")]),
        ("Aubrecy airport", [S(AW, "She was detained at Aubrecy airport, about to board a flight")]),
    ], "At her home in Vallombre in the GPA wire and the Aubrecy Tocsin; at Aubrecy airport, about to fly to Porvelle, in Afterword."),
    conflict("C8", "E1", "duration", "How long the rescue took", [
        ("PT7H", [S(W1, "The rescue took seven hours.", after="Nearly 300"),
                  S(PP, "The rescue took seven hours."),
                  S(AT1, "took part in a rescue that lasted seven hours"),
                  S(SN, "It was seven hours before the last of them was down.")]),
        ("PT9H", [S(FG, "Helicopter crews worked into the night in a nine-hour rescue")]),
    ], "seven hours in the GPA wire and its copy, the Aubrecy Tocsin and Snowline ('It was seven hours before the last of them was down'); 'a nine-hour rescue' in the Fenmoor Gleaner, the wire's own rewrite."),
    conflict("C9", "E2", "duration", "How long the Auzelle Lift Company's licence is suspended", [
        ("P6M", [S(W2, "Armand Delclos said the suspension would last six months."),
                 S(AT2, "suspended the company's licence for six months, speaking at"),
                 S(IV2, "Armand Delclos suspended the company's licence for six months.")]),
        ("P3M", [S(LL, "The suspension runs for three months, pending the final report.")]),
    ], "six months in the GPA wire, the Aubrecy Tocsin and the Istvel Vedomost; three months in Liftline."),
    conflict("C10", "E2", "duration", "How long Hélène Marsac had been the company's technical director", [
        ("P12Y", [S(W2, "She had been technical director for 12 years."),
                  S(LL, "the company's technical director for 12 years, was detained"),
                  S(IV2, "Helene Marsac, who has held the post for 12 years")]),
        ("P20Y", [S(AW, "She had been the company's technical director for two decades.")]),
    ], "12 years in the GPA wire, Liftline and the Istvel Vedomost ('has held the post'); two decades (20 years) in Afterword."),
    conflict("C11", "E1", "speaker", "Who said 'The cabin just dropped backwards, and then the whole world was swinging'", [
        ("Zlata Horvatić", [S(W1, "said Zlata Horvatić, a Kordavian tourist who was in the first cabin"),
                            S(PP, "said Zlata Horvatić, a Kordavian tourist who was in the first cabin"),
                            S(FG, "the whole world was swinging,\" she said."),
                            S(AT1, "Zlata Horvatić, a Kordavian mother of two who was in"),
                            S(IV1, "said Zlata Horvatić, who was in the first cabin with her sons")]),
        ("Aurèle Piquemal", [S(SN, "the whole world was swinging,\" Piquemal said.")]),
    ], "The Kordavian tourist Zlata Horvatić in the GPA wire (and both reports carrying it), the Aubrecy Tocsin and the Istvel Vedomost; the ski instructor Aurèle Piquemal in Snowline. Each quotes the words directly (the Gleaner's 'she' is Horvatić, named in the sentence before; Snowline's 'Piquemal' is named in full in the sentence before)."),
    conflict("C12", "E2", "speaker", "Who said 'The rope was telling them something for weeks, and nobody listened'", [
        ("Corentin Aubasque", [S(W2, "and nobody listened,\" chief inspector Corentin Aubasque said."),
                               S(LL, "Chief inspector Corentin Aubasque put it plainly"),
                               S(AT2, "and nobody listened,\" the chief inspector said.")]),
        ("Maëlle Roustan", [S(IV2, "said Maëlle Roustan, head of the Valombra mountain guides' association")]),
    ], "The chief inspector in the GPA wire, Liftline ('put it plainly:' before the quote) and the Aubrecy Tocsin ('the chief inspector said', Aubasque named in the sentence before); the mountain guides' leader Maëlle Roustan in the Istvel Vedomost. Each quotes the words directly."),
    conflict("C13", "E1", "actor", "Who applied the emergency brake", [
        ("Timéo Brassard", [S(W1, "The cabin attendant, Timéo Brassard, applied the emergency brake"),
                            S(PP, "The cabin attendant applied the emergency brake"),
                            S(FG, "Timéo Brassard, the attendant travelling in the cabin, pulled the emergency brake"),
                            S(AT1, "Timéo Brassard, 24, managed to engage the emergency brake"),
                            S(SN, "Attendant Timéo Brassard threw the emergency brake")]),
        ("Gaspard Vionnet", [S(RV, "It was Gaspard Vionnet, the operator on duty in the control room")]),
    ], "The cabin attendant Timéo Brassard in the GPA wire (named; its copy says 'The cabin attendant'), its rewrite, the Aubrecy Tocsin and Snowline; the control-room operator Gaspard Vionnet at the valley station on Radio Vallombre ('It was ... who hit the emergency brake')."),
    conflict("C14", "E2", "actor", "Who suspended the Auzelle Lift Company's licence", [
        ("Armand Delclos", [S(W2, "Trevanne's transport minister suspended the operating licence"),
                            S(AT2, "Transport Minister Armand Delclos suspended the company's licence"),
                            S(IV2, "Transport Minister Armand Delclos suspended the company's licence")]),
        ("Lucien Tavernier", [S(LL, "suspended by Regional Governor Lucien Tavernier")]),
    ], "The transport minister, Armand Delclos, in the GPA wire (by title in the lead, named in the next sentence), the Aubrecy Tocsin and the Istvel Vedomost; Regional Governor Lucien Tavernier (a passive) in Liftline."),
]

NONCONFLICTS = [
    nonc("N1", "alias", "E2", ["E2"], "The company's technical director", [
        S(W2, "The company's technical director, Hélène Marsac, was detained", "Hélène Marsac"),
        S(IV2, "The company's technical director, Helene Marsac, who has held", "Helene Marsac")],
         "Helene Marsac is Hélène Marsac without the accents"),
    nonc("N2", "alias", "E2", ["E2"], "The cableway inspectorate", [
        S(W2, "The Trevannian Cableway Inspectorate published its preliminary report", "Trevannian Cableway Inspectorate"),
        S(LL, "The TCI's preliminary report on the Pic Auzelle accident", "TCI")],
         "TCI is the initials of the Trevannian Cableway Inspectorate"),
    nonc("N3", "alias", "E1", ["E1"], "The leader of the Kordavian ski group", [
        S(W1, "Yevhen Sarkovych, who led a group of Kordavian club skiers", "Yevhen Sarkovych"),
        S(IV1, "said Jewhen Sarkowycz, who led the club's group", "Jewhen Sarkowycz")],
         "two transliterations of one Kordavian name"),
    nonc("N4", "alias", "E1", ["E1"], "Who is sending consular staff to the resort", [
        S(W1, "The Kordavian government said it would send a consular team", "Kordavian government"),
        S(IV1, "Istvel has sent consular staff to Valombra", "Istvel")],
         "Istvel, the capital, stands for the Kordavian government"),
    nonc("N5", "alias", "E1", ["E1"], "The resort town", [
        S(W1, "above the Trevannian ski resort of Vallombre slid backwards", "Vallombre"),
        S(IV1, "the cable car accident in Valombra rose to four", "Valombra")],
         "Valombra is the Kordavian name of the Trevannian resort Vallombre"),
    nonc("N6", "timezone", "E1", ["E1"], "Time the rope came off and the cabin rolled back", [
        S(W1, "came off a sheave at pylon 4 at 1320 GMT", "2031-02-15T13:20Z"),
        S(AT1, "happened at 2:20 p.m. on Saturday, when the haul rope", "2031-02-15T14:20+01:00"),
        S(IV1, "slid back into the pylon at 4:20 p.m. Kordavian time", "2031-02-15T16:20+03:00")],
         "Trevanne is UTC+1 and Kordavia UTC+3: one instant in three notations"),
    nonc("N7", "timezone", "E2", ["E2"], "Time the inspectorate published its report", [
        S(W2, "published its preliminary report at 0830 GMT", "2031-02-26T08:30Z"),
        S(AT2, "The inspectors published their report at 9:30 a.m. on Wednesday", "2031-02-26T09:30+01:00"),
        S(IV2, "The report was published at 11:30 a.m. Kordavian time.", "2031-02-26T11:30+03:00")],
         "Aubrecy is UTC+1 and Kordavia UTC+3: the same instant"),
    nonc("N8", "unit_form", "E1", ["E1"], "Length of the closure of the slopes", [
        S(AT1, "The resort has closed its slopes for two days.", "P2D"),
        S(RV, "announced a two-day closure of the slopes", "P2D")],
         "'for two days' and 'a two-day closure' are one duration"),
    nonc("N9", "unit_form", "E2", ["E2"], "Time operators have to complete the inspections", [
        S(W2, "operators have a 90-day deadline to complete them", "P90D"),
        S(LL, "their operators have 90 days to do it", "P90D")],
         "'a 90-day deadline' and '90 days' are one duration"),
    nonc("N10", "weekday_date", "E1", ["E1"], "Day of the accident", [
        S(W1, "Three people were killed on Saturday when a cabin", "2031-02-15"),
        S(FG, "watched on February 15 as a cabin far above them", "2031-02-15"),
        S(IV1, "Kordavian time on 15 February", "2031-02-15")],
         "Saturday, the day before the wire's publication (Sun 16 February), is 15 February 2031"),
    nonc("N11", "weekday_date", "E2", ["E2"], "Day the report was published and the licence suspended", [
        S(W2, "suspended the operating licence of the Auzelle Lift Company on Wednesday", "2031-02-26"),
        S(LL, "published on 26 February, is a short and damning document", "2031-02-26"),
        S(IV2, "Trevanne's cableway inspectors on Wednesday blamed the operator", "2031-02-26")],
         "Wednesday, the wire's publication day, is 26 February 2031; the Istvel Vedomost (published Thu 27) means the day before"),
    nonc("N12", "weekday_date", "E2", ["E2"], "Day Hélène Marsac was detained", [
        S(W2, "was detained on Tuesday at her home in Vallombre", "2031-02-25"),
        S(LL, "was detained on 25 February.", "2031-02-25"),
        S(AT2, "at her home in Vallombre on February 25", "2031-02-25")],
         "Tuesday, the day before the wire's publication (Wed 26 February), is 25 February"),
    nonc("N13", "level_vs_change", "E1", ["E1"], "The Auzelle Lift Company's share price on Monday", [
        S(AT1, "Shares in the Auzelle Lift Company fell 14 percent on Monday", "by 14 percent"),
        S(IV1, "Auzelle Lift Company shares closed at 22.40 florels on Monday.", "at 22.40 florels")],
         "a percentage change and a price level"),
    nonc("N14", "level_vs_change", "E2", ["E2"], "The victims' compensation fund", [
        S(AT2, "raising the victims' compensation fund to 8 million florels", "to 8 million florels"),
        S(AW, "increase the victims' compensation fund by 3 million florels", "by 3 million florels")],
         "a level (to 8 million) and a change (by 3 million)"),
    nonc("N15", "different_measure", "E1", ["E1"], "The Pic Auzelle line: length vs vertical rise", [
        S(W1, "about halfway up the 2.4-kilometre line, police said", "2.4 km long"),
        S(SN, "it rises 1,100 metres from the valley station at Brenncourt", "1,100 m rise")],
         "two measures of one noun (the line's length and the height it climbs)"),
    nonc("N16", "different_measure", "E1", ["E1"], "Passengers: all of them vs the Kordavians among them", [
        S(AT1, "The two cabins held 46 passengers.", "46 passengers"),
        S(IV1, "Nineteen of the 46 passengers on the Pic Auzelle line were Kordavian", "19 of the 46 passengers")],
         "a partitive: 19 of the 46 passengers"),
    nonc("N17", "different_measure", "E2", ["E2"], "Recommendations: all of them vs those aimed at the operator", [
        S(W2, "The report makes 27 recommendations.", "27 recommendations"),
        S(AW, "Eleven of its 27 recommendations are aimed at the operator", "11 of the 27 recommendations")],
         "a partitive: 11 of the 27 recommendations"),
    nonc("N18", "rounded", "E1", ["E1"], "Rescuers who took part", [
        S(W1, "Nearly 300 rescuers took part in the operation", "nearly 300"),
        S(AT1, "In all, 286 rescuers from Sarrevaux Mountain Rescue", "286")],
         "'nearly 300' is the rounded 286"),
    nonc("N19", "rounded", "E1", ["E1"], "Skiers brought down from the upper slopes", [
        S(RV, "Some 2,000 skiers on the upper slopes had to be brought down", "some 2,000"),
        S(SN, "Ski patrollers brought 1,940 skiers down from the upper slopes.", "1,940")],
         "'some 2,000' is the rounded 1,940"),
    nonc("N20", "rounded", "E2", ["E2"], "Length of the inspectorate's report", [
        S(AT2, "presented the 83-page report himself", "83 pages"),
        S(AW, "The report, which runs to some 80 pages", "some 80 pages")],
         "'some 80 pages' is the rounded 83"),
    nonc("N21", "at_least", "E1", ["E1"], "Ambulances sent up the valley", [
        S(W1, "At least 20 ambulances were sent up the valley road.", "at least 20"),
        S(RV, "Twenty-six ambulances came up the valley road yesterday afternoon.", "26")],
         "26 is at least 20"),
    nonc("N22", "at_least", "E2", ["E2"], "Relatives of the Kordavian victims in Aubrecy", [
        S(IV2, "More than 50 relatives of the Kordavian dead and injured", "more than 50"),
        S(AT2, "A delegation of 57 relatives of the Kordavian victims waited outside.", "57")],
         "57 is more than 50"),
    nonc("N23", "running_total", "E1", ["E1"], "The dead, Saturday vs Monday", [
        S(W1, "Three people were killed on Saturday when a cabin", "3 (as of Sat 15 February)"),
        S(IV1, "in Valombra rose to four on Monday, when a Kordavian woman", "4 (as of Mon 17 February)")],
         "a running total: a woman in a coma since Saturday died on Monday"),
    nonc("N24", "running_total", "E1", ["E1"], "People treated in hospital, Saturday night vs Sunday evening", [
        S(W1, "By Saturday night 23 people had been treated in hospital", "23 (as of Sat 15 February night)"),
        S(AT1, "By Sunday evening 31 people had been treated in hospital.", "31 (as of Sun 16 February evening)")],
         "a running total a day apart"),
    nonc("N25", "running_total", None, ["E1", "E2"], "The dead: the day after vs eleven days later", [
        S(W1, "Three people were killed on Saturday when a cabin", "3 (Sat 15 February, E1)"),
        S(W2, "crashed at Vallombre this month, killing four people", "4 (Wed 26 February, E2)")],
         "a running total reported eleven days apart, and in reports of different events: never compared"),
    nonc("N26", "venue", "E1", ["E1"], "Where relatives waited for news", [
        S(W1, "Relatives waited for news at the Brenncourt station.", "Brenncourt station"),
        S(IV1, "spent the night waiting at the bottom station of the cable car", "the bottom station")],
         "the Brenncourt station is the line's valley (bottom) station (Snowline: 'the valley station at Brenncourt')"),
    nonc("N27", "venue", "E2", ["E2"], "Where the transport minister spoke", [
        S(W2, "he said at the ministry in Aubrecy", "the ministry in Aubrecy"),
        S(AT2, "speaking at the Hôtel Varenne, the seat of his ministry", "Hôtel Varenne")],
         "the Hôtel Varenne is the transport ministry's seat in Aubrecy"),
    nonc("N28", "two_speakers", "E1", ["E1"], "The line should not have been running in such a wind: said by two people", [
        S(AT1, "Agathe Bourrel, said the line should never have been running", "Agathe Bourrel"),
        S(RV, "said the line should not have been running in such a wind", "Maëlle Roustan")],
         "two people reported (indirectly) saying the same thing: both said it, no speaker conflict"),
    nonc("N29", "different_event", "E2", ["E2"], "Dates inside the inspectorate story", [
        S(AW, "On the afternoon of February 15 a bearing on a pylon", "2031-02-15 (E1)"),
        S(AW, "On Wednesday the inspectorate explained why nobody had changed it.", "2031-02-26")],
         "the analysis recalls the afternoon of the accident (E1); the report is E2"),
    nonc("N30", "different_event", None, ["E1", "E2"], "A seven-hour rescue vs a six-month suspension", [
        S(W1, "The rescue took seven hours.", "PT7H"),
        S(W2, "Armand Delclos said the suspension would last six months.", "P6M")],
         "different durations of different things, in reports of different events"),
    nonc("N31", "different_event", None, ["E1", "E2"], "Eleven seriously injured vs eleven of 27 recommendations", [
        S(IV1, "Eleven people were seriously injured, six of them Kordavians.", "11 seriously injured (E1)"),
        S(AW, "Eleven of its 27 recommendations are aimed at the operator", "11 recommendations (E2)")],
         "the same number counting different things in different events"),
]

CORROBORATED = [
    corr("K1", "E1", "date", "The line was last inspected on 12 November", "2030-11-12",
         CONFLICTS[0]["sides"][0]["sources"]),
    corr("K2", "E2", "date", "Vibration at pylon 4 was logged on 3 February", "2031-02-03",
         CONFLICTS[1]["sides"][0]["sources"]),
    corr("K3", "E1", "count", "46 passengers were in the two cabins", "46", CONFLICTS[2]["sides"][0]["sources"]),
    corr("K4", "E1", "count", "Seven people were seriously injured", "7", CONFLICTS[3]["sides"][0]["sources"]),
    corr("K5", "E2", "count", "38 cable cars are to be inspected", "38", CONFLICTS[4]["sides"][0]["sources"]),
    corr("K6", "E1", "place", "The seriously injured were taken to Mervaux University Hospital",
         "Mervaux University Hospital", CONFLICTS[5]["sides"][0]["sources"]),
    corr("K7", "E2", "place", "Marsac was detained at her home in Vallombre", "her home in Vallombre",
         CONFLICTS[6]["sides"][0]["sources"]),
    corr("K8", "E1", "duration", "The rescue took seven hours", "PT7H", CONFLICTS[7]["sides"][0]["sources"]),
    corr("K9", "E2", "duration", "The licence is suspended for six months", "P6M",
         CONFLICTS[8]["sides"][0]["sources"]),
    corr("K10", "E2", "duration", "Marsac had been technical director for 12 years", "P12Y",
         CONFLICTS[9]["sides"][0]["sources"]),
    corr("K11", "E1", "actor", "Timéo Brassard applied the emergency brake", "Timéo Brassard",
         CONFLICTS[12]["sides"][0]["sources"]),
    corr("K12", "E2", "actor", "Transport Minister Armand Delclos suspended the licence", "Armand Delclos",
         CONFLICTS[13]["sides"][0]["sources"]),
    corr("K13", "E1", "duration", "The slopes are closed for two days", "P2D", [
        S(AT1, "The resort has closed its slopes for two days."),
        S(RV, "announced a two-day closure of the slopes")]),
    corr("K14", "E1", "date", "The accident happened on Saturday 15 February", "2031-02-15", [
        S(W1, "Three people were killed on Saturday when a cabin"),
        S(PP, "Three people were killed on Saturday when a cabin"),
        S(FG, "watched on February 15 as a cabin far above them"),
        S(AT1, "happened at 2:20 p.m. on Saturday, when the haul rope"),
        S(IV1, "Kordavian time on 15 February"),
        S(SN, "Saturday was meant to be the busiest day of the season")]),
    corr("K15", "E2", "duration", "Operators have 90 days to complete the inspections", "P90D", [
        S(W2, "operators have a 90-day deadline to complete them"),
        S(LL, "their operators have 90 days to do it")]),
    corr("K16", "E2", "date", "The report was published and the licence suspended on Wednesday 26 February", "2031-02-26", [
        S(W2, "suspended the operating licence of the Auzelle Lift Company on Wednesday"),
        S(LL, "published on 26 February, is a short and damning document"),
        S(AT2, "The inspectors published their report at 9:30 a.m. on Wednesday"),
        S(IV2, "Trevanne's cableway inspectors on Wednesday blamed the operator")]),
    corr("K17", "E1", "actor", "Kordavia is sending consular staff to the resort", "Kordavian government", [
        S(W1, "The Kordavian government said it would send a consular team"),
        S(IV1, "Istvel has sent consular staff to Valombra")]),
]

EXCLUSIVE = [
    excl("X1", "E1", "A 17-year-old Kordavian ski racer was among the dead", [
        S(W1, "Among the dead was a 17-year-old Kordavian ski racer."),
        S(PP, "Among the dead was a 17-year-old Kordavian ski racer."),
        S(FG, "A ski racer of 17 from Kordavia was among those killed.")],
         "in the GPA wire, its copy (Porvelle Pennant) and its rewrite (Fenmoor Gleaner) only: one independent source, NOT corroborated"),
    excl("X2", "E1", "No Caldrossan citizens were on board", [
        S(FG, "No Caldrossan citizens were on board, the Caldrossan foreign ministry said.")]),
    excl("X3", "E1", "The tour operator Brightpiste is moving its groups to other resorts", [
        S(PP, "its groups in Vallombre would be moved to other resorts")],
         "in the copy's own paragraph, not in the wire"),
    excl("X4", "E1", "A prayer vigil was held at the Church of St Ilarion in Istvel", [
        S(IV1, "held a prayer vigil at the Church of St Ilarion in Istvel")]),
    excl("X5", "E1", "A bakery's ovens ran all night to feed the rescuers", [
        S(RV, "the ovens ran all night to feed the rescuers")]),
    excl("X6", "E1", "The Auzelle Trophy downhill has been cancelled", [
        S(SN, "The Auzelle Trophy, a women's downhill that was to be raced")]),
    excl("X7", "E2", "Marsac can be held for up to 48 hours", [
        S(W2, "Marsac can be held for up to 48 hours")]),
    excl("X8", "E2", "The bearings were supplied by the Caldrossan firm Halvern Bearings", [
        S(LL, "The bearings were supplied by Halvern Bearings, a Caldrossan firm")]),
    excl("X9", "E2", "Marsac's lawyer says she will contest any charge", [
        S(AT2, "Her lawyer, Rémi Cassagne, said she would contest any charge.")]),
    excl("X10", "E2", "The Kordavian national airline will fly the relatives home free of charge", [
        S(IV2, "The national airline will fly them home free of charge.")]),
]

QUOTES = [
    qv("Q1", "E1", "Yevhen Sarkovych / Jewhen Sarkowycz", "We came to ski and are taking our friends home in coffins", [
        S(W1, "\"We came here to ski, and we are taking our friends", mode="direct"),
        S(IV1, "\"We came to ski, and now we take our friends home", mode="direct")],
       "direct vs direct ('came here to ski, and we are taking' vs 'came to ski, and now we take'), the second under the Kordavian spelling of the name"),
    qv("Q2", "E1", "Agathe Bourrel", "The cable car will not reopen until every bolt on it has been checked", [
        S(AT1, "\"We will not open that cable car again until every bolt", mode="direct"),
        S(RV, "said the cable car would stay shut until every bolt", mode="indirect")],
       "direct vs reported speech ('will not open that cable car again' vs 'would stay shut')"),
    qv("Q3", "E2", "Armand Delclos", "No cable car will carry passengers until it is known to be safe", [
        S(W2, "\"No cable car in this country will carry a passenger until", mode="direct"),
        S(AT2, "\"No cable car in Trevanne will carry anyone until we are", mode="direct"),
        S(IV2, "He said no cable car in Trevanne would carry passengers", mode="indirect")],
       "direct vs direct ('in this country' / 'in Trevanne', 'a passenger' / 'anyone', 'we know it is safe' / 'we are sure it is safe') and direct vs reported speech"),
    qv("Q4", "E2", "Stanko Palenko", "Kordavia wants every family paid in full", [
        S(IV2, "\"Kordavia will not rest until every family has been paid what", mode="direct"),
        S(W2, "said Kordavia wanted every family paid in full.", mode="indirect")],
       "direct vs reported speech"),
    qv("Q5", "E2", "Corentin Aubasque", "The rope was warning them for weeks and nobody listened", [
        S(W2, "\"The rope was telling them something for weeks, and nobody listened,\"", mode="direct"),
        S(AW, "wrote that the rope had been warning the company for weeks", mode="indirect")],
       "direct vs reported in the analysis ('telling them something for weeks, and nobody listened' vs 'had been warning the company for weeks and that no one had paid attention')"),
]
