# The planted items of demo/crosscheck-heldout3, read by build_gold.py (which defines S, conflict,
# nonc, corr, excl, qv and the report names W1 ... PW before executing this file).

CONFLICTS = [
    conflict("C1", "E1", "date", "When the Montelbo prosecutor opened an investigation", [
        ("2027-03-09", [S(W1, "the Montelbo prosecutor's office opened an investigation on Tuesday"),
                        S(MC1, "The Montelbo prosecutor opened a criminal investigation on Tuesday"),
                        S(AB1, "The Montelbo prosecutor opened an investigation on March 9")]),
        ("2027-03-10", [S(BH1, "The Montelbo prosecutor opened an investigation on Wednesday.")]),
    ], "SPS (published Tue 9 Mar), the Courier (published Wed 10 Mar, 'on Tuesday') and the Beacon: Tuesday 9 March; the Herald (published Wed 10 Mar): Wednesday 10 March."),
    conflict("C2", "E2", "date", "When the driver was suspended", [
        ("2027-03-11", [S(W2, "The driver was suspended last Thursday, the company said."),
                        S(MC2, "The driver was suspended on Thursday, his employer said."),
                        S(AB2, "The driver had been suspended on March 11.")]),
        ("2027-03-12", [S(BH2, "was suspended on Friday")]),
    ], "SPS (published Mon 15 Mar, 'last Thursday'), the Courier (published Tue 16 Mar) and the Beacon: Thursday 11 March; the Herald (published Tue 16 Mar): Friday 12 March."),
    conflict("C3", "E1", "count", "How many people were injured in the derailment", [
        ("41", [S(W1, "Two people were killed and 41 injured when a Dunmarran night express"),
                S(MC1, "Two passengers died and 41 were injured."),
                S(AB1, "The 41 injured were flown and driven to the hospital")]),
        ("29", [S(BH1, "Two people were killed and 29 were injured")]),
    ], "41 in SPS, the Courier and the Beacon; 29 in the Herald (citing the Verrascan police)."),
    conflict("C4", "E1", "count", "How many residents were evacuated after the diesel leak", [
        ("1150", [S(W1, "police evacuated 1,150 residents from the lower part of the town"),
                  S(BH1, "Police in St Orvin evacuated 1,150 residents after diesel leaked"),
                  S(AB1, "1,150 residents were moved out of the lower town")]),
        ("1650", [S(MC1, "forced the evacuation of 1,650 residents from the streets")]),
    ], "1,150 in SPS, the Herald and the Beacon; 1,650 in the Courier."),
    conflict("C5", "E2", "count", "How many recommendations the board made", [
        ("14", [S(W2, "The board made 14 recommendations to the two railways."),
                S(MC2, "The CRSB made 14 recommendations, the hearing was told."),
                S(AB2, "The board made 14 recommendations.")]),
        ("19", [S(BH2, "The board made 19 recommendations")]),
    ], "14 in SPS (and the Mercury), the Courier and the Beacon; 19 in the Herald."),
    conflict("C6", "E2", "count", "What DSR pays into the victims' fund", [
        ("9.5 million florens", [S(W2, "agreed to pay 9.5 million florens into a fund for victims"),
                                 S(MC2, "will pay 9.5 million florens to the victims"),
                                 S(BH2, "DSR agreed to pay 9.5 million florens into the victims' fund."),
                                 S(AB2, "Dunmarran State Railways will pay 9.5 million florens to victims")]),
        ("6.5 million florens", [S(PW, "the bill is 6.5 million florens")]),
    ], "9.5 million florens in SPS, the Courier, the Herald and the Beacon; 6.5 million in the Review's analysis."),
    conflict("C7", "E1", "place", "Where the injured were taken", [
        ("Rendola", [S(W1, "The injured were taken to the regional hospital in Rendola."),
                     S(MC1, "All of them were taken to the hospital in Rendola")]),
        ("Marsique", [S(AB1, "flown and driven to the hospital in Marsique")]),
    ], "The hospital in Rendola in SPS and the Courier; the hospital in Marsique in the Beacon."),
    conflict("C8", "E2", "place", "Where the board will present its final report", [
        ("Montelbo", [S(W2, "The board will present its final report in Montelbo in September"),
                      S(AB2, "the board would present its final report in Montelbo")]),
        ("Brackenfold", [S(BH2, "The board will present its final report in Brackenfold in September.")]),
    ], "In Montelbo in SPS and the Beacon; in Brackenfold in the Herald."),
    conflict("C9", "E1", "duration", "How long the driver had been on duty", [
        ("PT13H", [S(W1, "had been on duty for 13 hours when the train derailed"),
                   S(AB1, "The driver had been on duty for 13 hours, according to")]),
        ("PT9H", [S(MC1, "He had been on duty for nine hours"),
                  S(BH1, "the driver had been on duty for nine hours")]),
    ], "13 hours in SPS (a union official) and the Beacon (the drivers' union); nine hours in the Courier (the roster) and the Herald (the chief executive)."),
    conflict("C10", "E2", "duration", "Within what time DSR must retrain its night drivers", [
        ("P6M", [S(W2, "to retrain all its night drivers within six months"),
                 S(AB2, "must retrain its night drivers within six months")]),
        ("P3M", [S(MC2, "must retrain its night drivers within three months")]),
    ], "Six months in SPS and the Beacon; three months in the Courier."),
    conflict("C11", "E1", "speaker", "Who said 'The rails on that curve were tired, and everybody knew it'", [
        ("Radoslav Ivashko", [S(W1, "Verrascan Transport Minister Radoslav Ivashko told reporters at the scene"),
                            S(FP, "Verrascan Transport Minister Radoslav Ivashko told reporters at the scene"),
                            S(MC1, "and everybody knew it,\" Transport Minister Radoslav Ivashko said")]),
        ("Lorena Baptiste", [S(AB1, "said Lorena Baptiste, the mayor of St Orvin")]),
    ], "The Verrascan Transport Minister in the SPS wire (and its copy) and the Courier; the mayor of St Orvin in the Beacon."),
    conflict("C12", "E2", "speaker", "Who said 'A timetable is never a reason to run a red signal'", [
        ("Anneliese Vorbach", [S(W2, "the board's chair, Anneliese Vorbach, said"),
                               S(HM, "said Anneliese Vorbach, who chairs the safety board"),
                               S(AB2, "red signal,\" Vorbach said in her closing remarks")]),
        ("Radoslav Ivashko", [S(MC2, "red signal,\" Radoslav Ivashko said after the chief investigator")]),
    ], "The board's chair in SPS, the Mercury and the Beacon; the Verrascan Transport Minister in the Courier."),
    conflict("C13", "E1", "actor", "Who closed the line after the derailment", [
        ("Verrascan Rail Network", [S(W1, "The Verrascan Rail Network closed the line for a four-day inspection"),
                                    S(MC1, "The Verrascan Rail Network closed the line for four days")]),
        ("Dunmarran State Railways", [S(BH1, "DSR closed the line for four days, he said")]),
    ], "The Verrascan track operator in SPS and the Courier; the Dunmarran train operator (DSR) in the Herald."),
    conflict("C14", "E2", "actor", "Who presented the interim findings to the hearing", [
        ("Mattias Haldane", [S(W2, "Mattias Haldane, then presented the interim findings"),
                           S(MC2, "the chief investigator, Mattias Haldane, had presented the findings"),
                           S(BH2, "Mattias Haldane, told a hearing on Monday")]),
        ("Anneliese Vorbach", [S(PW, "Anneliese Vorbach, presented the interim findings herself")]),
    ], "The chief investigator in SPS, the Courier and the Herald; the board's chair in the Review's analysis."),
]

NONCONFLICTS = [
    nonc("N1", "alias", "E1", ["E1"], "The train's operator", [
        S(W1, "The EN 417 service of Dunmarran State Railways", "Dunmarran State Railways"),
        S(BH1, "The head of DSR promised on Wednesday", "DSR")],
         "DSR is the initials of Dunmarran State Railways"),
    nonc("N2", "alias", "E1", ["E1"], "The town near the derailment", [
        S(W1, "ST ORVIN, Verrasca", "St Orvin"),
        S(MC1, "derailed outside Sankt Orvin at 5:40", "Sankt Orvin")],
         "Sankt Orvin is the Verrascan spelling of St Orvin"),
    nonc("N3", "alias", "E1", ["E1"], "The Verrascan Transport Minister", [
        S(W1, "Transport Minister Radoslav Ivashko told reporters", "Radoslav Ivashko"),
        S(AB1, "Verrascan Transport Minister Radoslav Iwaszko", "Radoslav Iwaszko")],
         "two transliterations of one name"),
    nonc("N4", "alias", "E1", ["E1"], "Who offered to cover the victims' medical costs", [
        S(W1, "The Dunmarran government offered to cover the victims' medical costs.", "Dunmarran government"),
        S(BH1, "Brackenfold offered to cover the victims' medical costs", "Brackenfold")],
         "Brackenfold, the capital, stands for the Dunmarran government"),
    nonc("N5", "alias", "E2", ["E2"], "The board that held the hearing", [
        S(AB2, "The Continental Rail Safety Board held its public hearing", "Continental Rail Safety Board"),
        S(MC2, "The CRSB made 14 recommendations", "CRSB")],
         "CRSB is the initials of the Continental Rail Safety Board"),
    nonc("N6", "timezone", "E1", ["E1"], "Time of the derailment", [
        S(W1, "derailed at 0440 GMT on the approach", "2027-03-09T04:40Z"),
        S(MC1, "at 5:40 a.m. Verrascan time on Tuesday", "2027-03-09T05:40+01:00"),
        S(BH1, "at 6:40 a.m. Dunmarran time on Tuesday", "2027-03-09T06:40+02:00")],
         "Verrasca is UTC+1 and Dunmarra UTC+2: one instant in three notations"),
    nonc("N7", "timezone", "E2", ["E2"], "Time the hearing opened", [
        S(W2, "The hearing opened at 0930 GMT.", "2027-03-15T09:30Z"),
        S(MC2, "opened at 10:30 a.m. Aubrel time", "2027-03-15T10:30+01:00")],
         "Selvany is UTC+1: the same instant"),
    nonc("N8", "unit_form", "E1", ["E1"], "How long the line was closed", [
        S(W1, "closed the line for a four-day inspection", "P4D"),
        S(MC1, "closed the line for four days while engineers", "P4D")],
         "'four-day' and 'for four days' are one duration"),
    nonc("N9", "unit_form", "E2", ["E2"], "Length of the automatic-braking programme", [
        S(BH2, "fund a two-year programme to fit automatic braking", "P2Y"),
        S(AB2, "fitted to the Dunmarran night trains over two years", "P2Y")],
         "'two-year' and 'over two years' are one duration"),
    nonc("N10", "weekday_date", "E1", ["E1"], "Day of the derailment", [
        S(W1, "mountain town early on Tuesday", "2027-03-09"),
        S(AB1, "derailed on March 9 near St Orvin", "2027-03-09")],
         "Tuesday, the wire's publication day, is 9 March 2027"),
    nonc("N11", "weekday_date", "E2", ["E2"], "Day of the hearing", [
        S(W2, "Continental Rail Safety Board in Aubrel on Monday", "2027-03-15"),
        S(AB2, "at the Old Customs House on March 15", "2027-03-15")],
         "Monday, the wire's publication day, is 15 March 2027"),
    nonc("N12", "level_vs_change", "E1", ["E1"], "DSR's share price on Tuesday", [
        S(W1, "DSR shares closed at 14.20 florens in Brackenfold.", "at 14.20 florens"),
        S(BH1, "DSR's shares fell 6 percent on Tuesday", "by 6 percent")],
         "a price level and a percentage change"),
    nonc("N13", "level_vs_change", "E2", ["E2"], "Verrasca's rail maintenance budget", [
        S(MC2, "would rise to 220 million florens this year", "to 220 million florens"),
        S(W2, "raise its rail maintenance budget by 40 million florens", "by 40 million florens"),
        S(AB2, "the maintenance budget would go up by 40 million florens", "by 40 million florens")],
         "a level (to 220 million) and a change (by 40 million)"),
    nonc("N14", "different_measure", "E1", ["E1"], "Two speeds: the train's vs the curve's limit", [
        S(MC1, "was travelling at 118 km/h when it entered the curve", "118 km/h actual"),
        S(BH1, "The 80 km/h limit on the curve was set in 2019.", "80 km/h limit")],
         "two different measures of 'speed' (actual speed vs the limit)"),
    nonc("N15", "different_measure", "E1", ["E1"], "People aboard: the whole vs the crew among them", [
        S(W1, "with 295 people aboard", "295 aboard"),
        S(BH1, "nine were crew", "9 crew")],
         "a subset (nine crew) of the whole (295 aboard)"),
    nonc("N16", "different_measure", "E1", ["E1"], "Carriages: the train, those derailed, those overturned", [
        S(W1, "Seven of its 11 carriages left the track", "7 of 11 derailed"),
        S(W1, "two overturned on the embankment", "2 overturned")],
         "nested subsets (2 overturned of 7 derailed of 11)"),
    nonc("N17", "rounded", "E1", ["E1"], "Length of track torn up", [
        S(W1, "Some 400 metres of track were torn up.", "some 400"),
        S(MC1, "replace 412 metres of torn-up track", "412")],
         "a round figure and the exact length"),
    nonc("N18", "rounded", "E2", ["E2"], "People aboard the train", [
        S(PW, "nearly 300 people were on a train", "nearly 300"),
        S(W2, "The 295 people aboard included nine crew.", "295")],
         "'nearly 300' is the rounded 295"),
    nonc("N19", "at_least", "E1", ["E1"], "Firefighters at the scene", [
        S(AB1, "worked alongside at least 200 firefighters", "at least 200"),
        S(W1, "A total of 260 firefighters worked through the morning", "260")],
         "260 is at least 200"),
    nonc("N20", "venue", "E2", ["E2"], "Where the hearing was held", [
        S(W2, "AUBREL, Selvany", "Aubrel"),
        S(BH2, "The hearing was held at the Old Customs House in Aubrel.", "Old Customs House"),
        S(MC2, "The hearing, held at the Old Customs House", "Old Customs House")],
         "the Old Customs House is the venue inside Aubrel"),
    nonc("N21", "different_measure", "E2", ["E2"], "Two frequencies: requests to replace the rails vs signals passed at danger", [
        S(PW, "had been asked four times since 2023 to replace the curve's rails", "4 requests"),
        S(BH2, "Its drivers had passed a signal at danger twice in 2026", "2 signals passed")],
         "different frequencies of different acts ('four times' asked vs passed 'twice')"),
    nonc("N22", "different_measure", "E2", ["E2"], "Payment per bereaved family vs the whole fund", [
        S(MC2, "Each bereaved family will receive 400,000 florens from the fund.", "400,000 florens each"),
        S(W2, "agreed to pay 9.5 million florens into a fund for victims", "9.5 million florens total")],
         "per family vs the whole fund"),
    nonc("N23", "different_event", "E1", ["E1"], "The hearing mentioned in the derailment story", [
        S(W1, "would hold a public hearing in Aubrel next Monday", "2027-03-15 (E2)"),
        S(W1, "mountain town early on Tuesday", "2027-03-09")],
         "E1's wire announces the hearing of E2 ('next Monday')"),
    nonc("N24", "different_event", "E2", ["E2"], "Dates inside the hearing story", [
        S(PW, "left the rails on the morning of March 9", "2027-03-09 (E1)"),
        S(AB2, "at the Old Customs House on March 15", "2027-03-15")],
         "the analysis recalls the derailment of the first event; the hearing is E2"),
    nonc("N25", "different_event", None, ["E1", "E2"], "Driver on duty 13 hours vs drivers retrained within six months", [
        S(W1, "had been on duty for 13 hours when the train derailed", "PT13H"),
        S(W2, "to retrain all its night drivers within six months", "P6M")],
         "different durations of different events"),
]

CORROBORATED = [
    corr("K1", "E1", "date", "The prosecutor opened an investigation on Tuesday 9 March", "2027-03-09",
         CONFLICTS[0]["sides"][0]["sources"]),
    corr("K2", "E1", "count", "41 people were injured", "41", CONFLICTS[2]["sides"][0]["sources"]),
    corr("K3", "E1", "count", "1,150 residents were evacuated", "1150", CONFLICTS[3]["sides"][0]["sources"]),
    corr("K4", "E1", "place", "The injured were taken to hospital in Rendola", "Rendola",
         CONFLICTS[6]["sides"][0]["sources"]),
    corr("K5", "E1", "actor", "The Verrascan Rail Network closed the line", "Verrascan Rail Network",
         CONFLICTS[12]["sides"][0]["sources"]),
    corr("K6", "E1", "count", "Two people were killed", "2", [
        S(W1, "Two people were killed and 41 injured"),
        S(MC1, "Two passengers died and 41 were injured."),
        S(BH1, "Two people were killed and 29 were injured")]),
    corr("K7", "E1", "count", "295 people were aboard", "295", [
        S(W1, "with 295 people aboard"),
        S(BH1, "Of the 295 people on board, nine were crew.")]),
    corr("K8", "E1", "duration", "The line was closed for four days", "P4D", [
        S(W1, "closed the line for a four-day inspection"),
        S(MC1, "closed the line for four days while engineers"),
        S(BH1, "DSR closed the line for four days, he said"),
        S(AB1, "the line would stay closed for four days")]),
    corr("K9", "E1", "date", "The derailment was on Tuesday 9 March", "2027-03-09", [
        S(W1, "mountain town early on Tuesday"),
        S(MC1, "at 5:40 a.m. Verrascan time on Tuesday"),
        S(BH1, "at 6:40 a.m. Dunmarran time on Tuesday"),
        S(AB1, "derailed on March 9 near St Orvin")]),
    corr("K10", "E2", "date", "The driver was suspended on Thursday 11 March", "2027-03-11",
         CONFLICTS[1]["sides"][0]["sources"]),
    corr("K11", "E2", "count", "The board made 14 recommendations", "14", CONFLICTS[4]["sides"][0]["sources"]),
    corr("K12", "E2", "count", "DSR pays 9.5 million florens into the victims' fund", "9.5 million florens",
         CONFLICTS[5]["sides"][0]["sources"]),
    corr("K13", "E2", "place", "The final report will be presented in Montelbo", "Montelbo",
         CONFLICTS[7]["sides"][0]["sources"]),
    corr("K14", "E2", "duration", "Night drivers retrained within six months", "P6M",
         CONFLICTS[9]["sides"][0]["sources"]),
    corr("K15", "E2", "actor", "Mattias Haldane presented the interim findings", "Mattias Haldane",
         CONFLICTS[13]["sides"][0]["sources"]),
    corr("K16", "E2", "count", "Verrasca's maintenance budget rises by 40 million florens", "40 million florens", [
        S(W2, "raise its rail maintenance budget by 40 million florens"),
        S(AB2, "the maintenance budget would go up by 40 million florens")]),
    corr("K17", "E2", "duration", "Automatic braking fitted over two years", "P2Y", [
        S(BH2, "fund a two-year programme to fit automatic braking"),
        S(AB2, "fitted to the Dunmarran night trains over two years"),
        S(PW, "a programme to fit automatic braking over two years")]),
    corr("K18", "E2", "place", "The hearing was held at the Old Customs House", "Old Customs House", [
        S(MC2, "The hearing, held at the Old Customs House"),
        S(BH2, "The hearing was held at the Old Customs House in Aubrel."),
        S(AB2, "at the Old Customs House on March 15")]),
]

EXCLUSIVE = [
    excl("X1", "E1", "Passenger Ysolde Sorel: 'I was asleep and then I was on the ceiling'", [
        S(W1, "said Ysolde Sorel, 34, a passenger from the sixth carriage"),
        S(FP, "said Ysolde Sorel, 34, a passenger from the sixth carriage")],
         "in the SPS wire and its copy only: one independent source, NOT corroborated"),
    excl("X2", "E2", "The red signal stood 1.2 km before the curve", [
        S(W2, "passed a red signal 1.2 km before the curve"),
        S(HM, "passed the red signal 1.2 km before the curve")],
         "in the SPS wire and the Mercury ('With SPS inputs') only: NOT corroborated"),
    excl("X3", "E1", "Nine of the injured remained in intensive care", [
        S(MC1, "where nine remained in intensive care on Wednesday")]),
    excl("X4", "E1", "The driver was questioned in hospital with a broken arm", [
        S(MC1, "where he is being treated for a broken arm")]),
    excl("X5", "E1", "A Selvanian team of 16 emergency doctors helped", [
        S(AB1, "The team of 16 worked alongside")]),
    excl("X6", "E1", "The drivers' union wants a ten-hour limit on night services", [
        S(AB1, "has long called for a limit of ten hours on night services")]),
    excl("X7", "E1", "DSR's share fall was the sharpest in three years", [
        S(BH1, "their sharpest fall in three years")]),
    excl("X8", "E2", "The driver has worked for DSR for 22 years", [
        S(BH2, "who has worked for the company for 22 years")]),
    excl("X9", "E2", "The first hearing held in Aubrel since 2021", [
        S(AB2, "the first held in the city since 2021")]),
    excl("X10", "E2", "Each bereaved family receives 400,000 florens", [
        S(MC2, "Each bereaved family will receive 400,000 florens from the fund.")]),
]

QUOTES = [
    qv("Q1", "E1", "Hendrik Ostler", "DSR owes the families the truth", [
        S(W1, "We owe these families the truth.\"", mode="direct"),
        S(BH1, "We owe these families the truth, whatever it costs us.", mode="direct")],
       "direct vs direct, the Herald's longer"),
    qv("Q2", "E1", "Lorena Baptiste", "The town was told there was no money for the curve", [
        S(MC1, "We were told there was no money.", mode="direct"),
        S(AB1, "had been told there was no money for a new curve", mode="indirect")],
       "direct vs reported speech"),
    qv("Q3", "E2", "Mattias Haldane", "The rail made it worse, the signal made it fatal", [
        S(MC2, "a bad night worse, but the signal made it a fatal one", mode="direct"),
        S(AB2, "made a bad night worse but that the signal made it fatal", mode="indirect")],
       "direct vs reported speech"),
    qv("Q4", "E2", "Radoslav Ivashko", "No court case while the board is still working", [
        S(W2, "We will not go to court while the board is still working,", mode="direct"),
        S(PW, "would not go to court while the board was at work", mode="indirect")],
       "direct vs reported in the analysis"),
]
