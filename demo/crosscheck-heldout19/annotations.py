# The planted items of demo/crosscheck-heldout19, read by build_gold.py (which defines S, conflict,
# nonc, corr, excl, qv and the report names P1 ... AM before executing this file).
# Time zones: Carvossa (Belmira, Brellin) UTC+3 all year; Norrevel (Osterhaal, Skelde) UTC+1 all
# year. 1 February 2046 is a Thursday, 5 February a Monday, 12 February a Monday, 13 February a
# Tuesday, 15 February a Thursday; 13 January 2046 is 19 days before 1 February.

CONFLICTS = [
    conflict("C1", "E1", "count", "How many passengers were on the jet", [
        ("165", [S(P1, "A Halcyra Air jet carrying 165 passengers braked hard"),
                 S(TB, "A Halcyra Air jet carrying 165 passengers braked hard"),
                 S(GV1, "with 165 passengers and six crew"),
                 S(FB, "operating the early departure to Skelde with 165 passengers")]),
        ("156", [S(SQ, "The 156 passengers then had to scramble down")]),
    ], "165 passengers in the Pavise wire and its copy, the Brellin Gavel and Flightdeck Bulletin; 156 in the Squib (the digits swapped)."),
    conflict("C2", "E1", "count", "How many people were hurt", [
        ("14", [S(P1, "Fourteen people were treated for minor injuries"),
                S(TB, "Fourteen people were treated for minor injuries"),
                S(GV1, "14 of them were treated for cuts and sprains"),
                S(SQ, "Fourteen were hurt."),
                S(FB, "14 received treatment for minor injuries")]),
        ("19", [S(OM1, "Nineteen people were hurt, the airline said")]),
    ], "14 hurt in the Pavise wire and its copy, the Brellin Gavel, the Squib and Flightdeck Bulletin; 19 in the Osterhaal Morgenavis (on the airline's word)."),
    conflict("C3", "E1", "date", "The day of the rejected take-off", [
        ("2046-02-01", [S(P1, "Belmira's Quenlow airport on Thursday"),
                        S(TB, "Belmira's Quenlow airport on Thursday"),
                        S(GV1, "It was still dark at 6.47 a.m. on Thursday"),
                        S(SQ, "across the runway at Quenlow yesterday"),
                        S(OM1, "slid down emergency chutes in darkness on Thursday")]),
        ("2046-01-31", [S(FB, "runway 14 at Belmira Quenlow on Wednesday")]),
    ], "Thursday 1 February: 'on Thursday' in the Pavise wire (published Thu 1) and its copy (Fri 2), the Brellin Gavel (Fri 2) and the Osterhaal Morgenavis (Thu 1), 'yesterday' in the Squib (published Fri 2); **weekday in a later report**: 'on Wednesday' in the trade site Flightdeck Bulletin, published Monday 5 February: Wednesday 31 January."),
    conflict("C4", "E1", "time", "When the captain rejected the take-off", [
        ("2046-02-01T03:47Z", [S(P1, "rejected the take-off at 0347 GMT"),
                               S(TB, "rejected the take-off at 0347 GMT"),
                               S(GV1, "It was still dark at 6.47 a.m. on Thursday"),
                               S(FB, "the crew called the reject at 03:47 UTC")]),
        ("2046-02-01T04:47Z", [S(OM1, "The captain braked at 5.47 a.m. Osterhaal time.")]),
    ], "03:47 GMT in the Pavise wire and its copy, 03:47 UTC in Flightdeck Bulletin and 6.47 a.m. Carvossan time (UTC+3) in the Brellin Gavel: one instant; 5.47 a.m. Osterhaal time (UTC+1) in the Osterhaal Morgenavis is 04:47 GMT, an hour later (03:47 GMT would be 4.47 a.m. in Osterhaal)."),
    conflict("C5", "E1", "duration", "How long the runway was closed", [
        ("PT4H", [S(P1, "was closed for four hours"),
                  S(TB, "was closed for four hours"),
                  S(GV1, "Quenlow's single runway reopened four hours later."),
                  S(FB, "The four-hour closure of the airport's only runway")]),
        ("PT7H", [S(SQ, "The airport was shut for nearly seven hours")]),
    ], "Four hours in the Pavise wire and its copy, the Brellin Gavel ('reopened four hours later') and Flightdeck Bulletin ('four-hour closure'); nearly seven hours in the Squib ('nearly' does not bring four within reach)."),
    conflict("C6", "E1", "count", "How far from the van the jet stopped", [
        ("80 m", [S(P1, "coming to a halt 80 metres from the vehicle"),
                  S(TB, "coming to a halt 80 metres from the vehicle"),
                  S(FB, "It stopped about 260 feet from the vehicle.", "about 260 ft = about 79 m")]),
        ("180 m", [S(GV1, "came to rest 180 metres short of a maintenance van")]),
    ], "80 metres in the Pavise wire and its copy, and 'about 260 feet' in Flightdeck Bulletin (**other units**: 80 m is 262 ft); 180 metres in the Brellin Gavel. (The 62 metres of E2 is the board's later measurement, N20, another event.)"),
    conflict("C7", "E1", "speaker", "Who said 'Nobody should have been on that runway, and before this week is out we will know why somebody was'", [
        ("Vasilka Dremmond", [S(P1, "said Vasilka Dremmond, the airport's chief executive"),
                              S(TB, "said Vasilka Dremmond, the airport's chief executive"),
                              S(GV1, "Vasilka Dremmond, who has run the airport since 2041"),
                              S(SQ, "Airport boss Vasilka Dremmond raged:")]),
        ("Rastko Melvany", [S(OM1, "said Carvossa's transport minister, Rastko Melvany")]),
    ], "The airport's chief executive Vasilka Dremmond in the Pavise wire and its copy, the Brellin Gavel (her name in the sentence before the quote) and the Squib (before a colon); Carvossa's transport minister Rastko Melvany in the Osterhaal Morgenavis. All quote the words verbatim."),
    conflict("C8", "E1", "place", "Where the jet was bound", [
        ("Osterhaal", [S(P1, "bound for the Norrevelian capital Osterhaal with six crew"),
                       S(TB, "bound for the Norrevelian capital Osterhaal with six crew"),
                       S(GV1, "Halcyra Air's early flight to Osterhaal"),
                       S(OM1, "a Halcyra Air flight bound for Osterhaal")]),
        ("Skelde", [S(FB, "operating the early departure to Skelde")]),
    ], "Bound for Osterhaal in the Pavise wire and its copy, the Brellin Gavel and the Osterhaal Morgenavis (whose passengers were flown home to Osterhaal); for Skelde, another Norrevelian city, in Flightdeck Bulletin."),
    conflict("C9", "E2", "date", "The day the board presented its preliminary report", [
        ("2046-02-12", [S(P2, "Carvossa's Air Safety Investigation Board said on Monday"),
                        S(SR, "the Air Safety Investigation Board said on Monday"),
                        S(GV2, "investigators said yesterday at a press conference"),
                        S(OM2, "Carvossa's accident investigators said on Monday"),
                        S(HP, "landed at 10 a.m. Brellin time on Monday")]),
        ("2046-02-13", [S(AM, "published their findings on Tuesday")]),
    ], "Monday 12 February: 'on Monday' in the Pavise wire (published Mon 12), its rewrite (Tue 13), the Osterhaal Morgenavis (Mon 12) and Holdpoint (Tue 13), 'yesterday' in the Brellin Gavel (published Tue 13); **weekday in a later report**: 'on Tuesday' in the weekly The Ambit, published Thursday 15 February: Tuesday 13 February."),
    conflict("C10", "E2", "time", "When the board presented its preliminary report", [
        ("2046-02-12T08:00Z", [S(P2, "at its headquarters in Brellin at 0800 GMT"),
                               S(SR, "presented at 11 a.m. at its Brellin headquarters"),
                               S(OM2, "Presenting a preliminary report in Brellin at 9 a.m.")]),
        ("2046-02-12T07:00Z", [S(HP, "landed at 10 a.m. Brellin time on Monday")]),
    ], "08:00 GMT in the Pavise wire = 11 a.m. in Sunward Radio (Carvossan time, UTC+3, not named) = 9 a.m. in the Osterhaal Morgenavis (Osterhaal time, UTC+1, in an Osterhaal dateline): one instant; 10 a.m. Brellin time in Holdpoint is 07:00 GMT, an hour earlier."),
    conflict("C11", "E2", "count", "How many safety recommendations the board made", [
        ("11", [S(P2, "The board made 11 safety recommendations"),
                S(SR, "The board made 11 recommendations."),
                S(GV2, "The Air Safety Investigation Board's 11 recommendations"),
                S(HP, "The board made 11 recommendations, four marked urgent")]),
        ("9", [S(AM, "The board's nine recommendations are sensible")]),
    ], "11 recommendations in the Pavise wire and its rewrite, the Brellin Gavel and Holdpoint; nine in The Ambit."),
    conflict("C12", "E2", "duration", "How long the stop bars had been off", [
        ("P19D", [S(P2, "had been switched off for 19 days while a cable was repaired"),
                  S(SR, "had been switched off for 19 days for a cable repair"),
                  S(GV2, "had been dark since January 13", "since 13 January: 19 days before 1 February"),
                  S(HP, "had been out for more than 400 hours", "more than 400 hours: consistent with 19 days (456 hours)")]),
        ("P9D", [S(OM2, "had been out of service for nine days")]),
    ], "19 days in the Pavise wire and its rewrite; **relative time**: 'dark since January 13' in the Brellin Gavel, 19 days before the incursion of 1 February; **other units**: 'more than 400 hours' in Holdpoint (19 days are 456 hours; nine days are 216); nine days in the Osterhaal Morgenavis ('the warning lights at the runway's edge' are the stop bars, N4)."),
    conflict("C13", "E2", "duration", "How long before the jet's clearance the van was cleared", [
        ("PT40S", [S(P2, "had cleared it to cross 40 seconds before the tower cleared"),
                   S(SR, "It got that permission 40 seconds before the control tower"),
                   S(GV2, "Forty seconds later the tower controller, on another frequency"),
                   S(HP, "Forty seconds separated the ground controller's clearance")]),
        ("PT2M", [S(AM, "a full two minutes later, that it could use it")]),
    ], "40 seconds in the Pavise wire and its rewrite, the Brellin Gavel and Holdpoint; **other units**: 'a full two minutes later' in The Ambit."),
    conflict("C14", "E2", "speaker", "Who said 'Two people did exactly what they were told to do, and that is what should frighten us'", [
        ("Emrys Pellanor", [S(P2, "the board's chief investigator, Emrys Pellanor, told reporters"),
                            S(SR, "said chief investigator Emrys Pellanor"),
                            S(OM2, "said Emrys Pellanor, who led the investigation")]),
        ("Judita Sarnow", [S(HP, "said the board's chairwoman, Judita Sarnow")]),
    ], "The chief investigator Emrys Pellanor in the Pavise wire, its rewrite and the Osterhaal Morgenavis; the board's chairwoman Judita Sarnow in Holdpoint. All quote the words verbatim."),
    conflict("C15", "E2", "place", "Where the board presented its preliminary report", [
        ("the board's headquarters, Brellin", [S(P2, "at its headquarters in Brellin at 0800 GMT"),
                                               S(SR, "presented at 11 a.m. at its Brellin headquarters"),
                                               S(OM2, "Presenting a preliminary report in Brellin at 9 a.m.")]),
        ("Belmira", [S(GV2, "investigators said yesterday at a press conference in Belmira")]),
    ], "At the board's headquarters in Brellin in the Pavise wire and its rewrite and the Osterhaal Morgenavis; at a press conference in Belmira in the Brellin Gavel."),
    conflict("C16", "E2", "count", "How fast the jet was going when the captain rejected the take-off", [
        ("138 kn", [S(P2, "The jet had reached 138 knots"),
                    S(SR, "The jet was doing about 255 km/h", "about 255 km/h = 138 knots"),
                    S(HP, "The jet reached 138 knots, a few knots short")]),
        ("148 kn", [S(OM2, "the jet had reached 148 knots")]),
    ], "138 knots in the Pavise wire and Holdpoint, and **other units** 'about 255 km/h' in Sunward Radio (138 knots are 255.6 km/h); 148 knots in the Osterhaal Morgenavis. (Holdpoint's withdrawn 183 knots is N23; E1's 'about 140 knots' is another event, N19.)"),
]

NONCONFLICTS = [
    nonc("N1", "alias", "E2", ["E2"], "The investigating body", [
        S(P2, "Carvossa's Air Safety Investigation Board said on Monday", "Air Safety Investigation Board"),
        S(OM2, "Carvossa's accident investigators said on Monday", "Carvossa's accident investigators"),
        S(AM, "When Carvossa's air accident investigators published", "Carvossa's air accident investigators")],
         "one board (The Ambit's day is the conflict C9, not its name)"),
    nonc("N2", "alias", "E1", ["E1"], "The aircraft", [
        S(P1, "The Vantrel V-90, bound for the Norrevelian capital", "the Vantrel V-90"),
        S(GV1, "The twin-engined jet, with 165 passengers", "the twin-engined jet"),
        S(OM1, "a Halcyra Air flight bound for Osterhaal", "a Halcyra Air flight")],
         "one aircraft on one flight"),
    nonc("N3", "alias", "E1", ["E1"], "The airport", [
        S(P1, "Belmira's Quenlow airport on Thursday", "Belmira's Quenlow airport"),
        S(FB, "runway 14 at Belmira Quenlow on Wednesday", "Belmira Quenlow"),
        S(GV1, "Quenlow's single runway reopened four hours later.", "Quenlow")],
         "one airport (Flightdeck Bulletin's Wednesday is the conflict C3)"),
    nonc("N4", "alias", "E2", ["E2"], "The lights that should have stopped the van", [
        S(P2, "The red stop-bar lights that should have held the van", "stop-bar lights"),
        S(OM2, "the warning lights at the runway's edge", "warning lights at the runway's edge"),
        S(AM, "The red lights that exist for precisely this moment", "the red lights")],
         "one set of lights described three ways (the Morgenavis's nine days is the conflict C12)"),
    nonc("N5", "timezone", "E1", ["E1"], "The time of the rejected take-off", [
        S(P1, "rejected the take-off at 0347 GMT", "03:47 GMT"),
        S(GV1, "It was still dark at 6.47 a.m. on Thursday", "06:47 UTC+3 = 03:47 GMT"),
        S(FB, "the crew called the reject at 03:47 UTC", "03:47 UTC")],
         "one instant written in two zones (the Osterhaal Morgenavis's 5.47 a.m. Osterhaal time is the conflict C4)"),
    nonc("N6", "timezone", "E2", ["E2"], "The time the report was presented", [
        S(P2, "at its headquarters in Brellin at 0800 GMT", "08:00 GMT"),
        S(SR, "presented at 11 a.m. at its Brellin headquarters", "11:00 UTC+3 = 08:00 GMT"),
        S(OM2, "Presenting a preliminary report in Brellin at 9 a.m.", "09:00 UTC+1 = 08:00 GMT")],
         "one instant written in three zones (Holdpoint's 10 a.m. Brellin time is the conflict C10)"),
    nonc("N7", "unit_conversion", "E1", ["E1"], "How far from the van the jet stopped, in two units", [
        S(P1, "coming to a halt 80 metres from the vehicle", "80 m"),
        S(FB, "It stopped about 260 feet from the vehicle.", "about 260 ft = 79 m")],
         "80 metres are 262 feet, and Flightdeck Bulletin hedges ('about'): the same distance (the Brellin Gavel's 180 metres is the conflict C6)"),
    nonc("N8", "unit_conversion", "E2", ["E2"], "The jet's speed, in two units", [
        S(P2, "The jet had reached 138 knots", "138 kn"),
        S(SR, "The jet was doing about 255 km/h", "about 255 km/h = 138 kn")],
         "138 knots are 255.6 km/h: the same speed (the Osterhaal Morgenavis's 148 knots is the conflict C16)"),
    nonc("N9", "unit_form", "E1", ["E1"], "How long the runway was closed", [
        S(P1, "was closed for four hours", "four hours"),
        S(FB, "The four-hour closure of the airport's only runway", "four-hour"),
        S(GV1, "Quenlow's single runway reopened four hours later.", "four hours later")],
         "one length written as a noun, an adjective and a lapse of time (the Squib's seven hours is the conflict C5)"),
    nonc("N10", "weekday_date", "E1", ["E1"], "The day of the rejected take-off", [
        S(P1, "Belmira's Quenlow airport on Thursday", "2046-02-01"),
        S(SQ, "across the runway at Quenlow yesterday", "2046-02-01")],
         "the Squib was published on Friday 2 February: 'yesterday' is Thursday 1 February (Flightdeck Bulletin's 'on Wednesday' is the conflict C3)"),
    nonc("N11", "weekday_date", "E2", ["E2"], "The day of the report", [
        S(P2, "Carvossa's Air Safety Investigation Board said on Monday", "2046-02-12"),
        S(GV2, "investigators said yesterday at a press conference", "2046-02-12")],
         "the Brellin Gavel was published on Tuesday 13 February: 'yesterday' is Monday 12 February (The Ambit's 'on Tuesday' is the conflict C9)"),
    nonc("N12", "date_vs_duration", "E2", ["E2"], "How long the stop bars had been off, as a length and as a starting date", [
        S(P2, "had been switched off for 19 days while a cable was repaired", "19 days"),
        S(GV2, "had been dark since January 13", "since 13 January")],
         "**relative time**: from 13 January to the incursion on 1 February is 19 days"),
    nonc("N13", "at_least", "E2", ["E2"], "How long the stop bars had been off, in hours", [
        S(HP, "had been out for more than 400 hours", "more than 400 hours"),
        S(SR, "had been switched off for 19 days for a cable repair", "19 days = 456 hours")],
         "**other units**, hedged: 19 days are 456 hours, more than 400"),
    nonc("N14", "different_measure", "E1", ["E1"], "People on board vs passengers", [
        S(GV1, "All 171 people on board left by the emergency slides", "171 people (passengers and crew)"),
        S(GV1, "with 165 passengers and six crew", "165 passengers")],
         "**counts of different sets**: 165 passengers and six crew are 171 people"),
    nonc("N15", "different_measure", "E1", ["E1"], "Hurt vs taken to hospital", [
        S(P1, "Fourteen people were treated for minor injuries", "14 treated"),
        S(P1, "three were taken to hospital in Belmira", "3 to hospital")],
         "counts of different sets: three of the 14 went to hospital"),
    nonc("N16", "different_measure", "E1", ["E1"], "Flights delayed vs diverted", [
        S(P1, "Thirty-eight flights were delayed", "38 delayed"),
        S(P1, "six were diverted to Brellin", "6 diverted")],
         "counts of different sets: delayed flights and diverted ones"),
    nonc("N17", "different_measure", "E2", ["E2"], "All recommendations vs the urgent ones", [
        S(HP, "The board made 11 recommendations, four marked urgent", "11, of which 4 urgent"),
        S(P2, "The board made 11 safety recommendations, four of them urgent", "11, of which 4 urgent")],
         "counts of different sets: four of the 11 are urgent (The Ambit's nine is the conflict C11)"),
    nonc("N18", "level_vs_change", "E2", ["E2"], "The runway crossings at Quenlow", [
        S(P2, "from five to two", "5 -> 2 (level)"),
        S(GV2, "Three of the airport's five runway crossings will be closed.", "3 of 5 closed (change)")],
         "a new level and the change to it: closing three of five leaves two"),
    nonc("N19", "rounded", None, ["E1", "E2"], "The jet's speed, in the two events", [
        S(P1, "was travelling at about 140 knots", "about 140 kn (1 February)"),
        S(P2, "The jet had reached 138 knots", "138 kn (the board's figure, 12 February)")],
         "the airport's hedged first figure and the board's measured one, in different events: 138 is about 140"),
    nonc("N20", "updated_figure", None, ["E1", "E2"], "How far from the van the jet stopped, in the two events", [
        S(P1, "coming to a halt 80 metres from the vehicle", "80 m (the airport, 1 February)"),
        S(P2, "it stopped 62 metres from the van", "62 m (the board, 12 February)")],
         "**a figure updated over time in different events**: the board's measurement replaces the airport's first figure ('not the 80 metres first given by the airport'): not a conflict"),
    nonc("N21", "different_event", None, ["E1", "E2"], "People in hospital, in the two events", [
        S(P1, "three were taken to hospital in Belmira", "3 taken to hospital (1 February)"),
        S(P2, "one remains in hospital", "1 still in hospital (12 February)")],
         "three were taken to hospital on the day; eleven days later one is still there"),
    nonc("N22", "different_event", None, ["E1", "E2"], "The van's driver, in the two events", [
        S(P1, "The driver of the van has been suspended.", "suspended (1 February)"),
        S(GV2, "The driver, suspended since the incident, returns to work next week.", "returns to work (13 February)")],
         "a later step: suspended on the day, back at work once the board finds he broke no rule"),
    nonc("N23", "correction", "E2", ["E2"], "The jet's speed, with a withdrawn figure", [
        S(HP, "gave the jet's speed as 183 knots", "183 kn (withdrawn)"),
        S(HP, "The jet reached 138 knots, a few knots short", "138 kn"),
        S(P2, "The jet had reached 138 knots", "138 kn")],
         "Holdpoint's correction withdraws the digits an earlier version swapped; the piece now says 138 knots, like the wire: not a conflict (the Osterhaal Morgenavis's 148 is the conflict C16)"),
    nonc("N24", "unit_form", "E2", ["E2"], "When the final report is due", [
        S(P2, "expects to publish its final report within a year", "within a year"),
        S(HP, "expects to publish its final report within 12 months", "within 12 months")],
         "a year and 12 months are one length"),
    nonc("N25", "different_measure", "E2", ["E2"], "People on board vs Norrevelians on board", [
        S(OM2, "Of the 171 people on board", "171 on board"),
        S(OM2, "122 were Norrevelian", "122 Norrevelian")],
         "counts of different sets in one sentence: 122 of the 171"),
]

CORROBORATED = [
    corr("K1", "E1", "count", "The jet carried 165 passengers", "165", CONFLICTS[0]["sides"][0]["sources"]),
    corr("K2", "E1", "count", "14 people were hurt", "14", CONFLICTS[1]["sides"][0]["sources"]),
    corr("K3", "E1", "date", "The take-off was rejected on Thursday 1 February", "2046-02-01", CONFLICTS[2]["sides"][0]["sources"]),
    corr("K4", "E1", "time", "The take-off was rejected at 03:47 GMT", "2046-02-01T03:47Z", CONFLICTS[3]["sides"][0]["sources"]),
    corr("K5", "E1", "duration", "The runway was closed for four hours", "PT4H", CONFLICTS[4]["sides"][0]["sources"]),
    corr("K6", "E1", "count", "The jet stopped 80 metres from the van", "80 m", CONFLICTS[5]["sides"][0]["sources"]),
    corr("K7", "E1", "place", "The jet was bound for Osterhaal", "Osterhaal", CONFLICTS[7]["sides"][0]["sources"]),
    corr("K8", "E2", "date", "The board presented its report on Monday 12 February", "2046-02-12", CONFLICTS[8]["sides"][0]["sources"]),
    corr("K9", "E2", "time", "The board presented its report at 08:00 GMT", "2046-02-12T08:00Z", CONFLICTS[9]["sides"][0]["sources"]),
    corr("K10", "E2", "count", "The board made 11 recommendations", "11", CONFLICTS[10]["sides"][0]["sources"]),
    corr("K11", "E2", "duration", "The stop bars had been off for 19 days", "P19D", CONFLICTS[11]["sides"][0]["sources"]),
    corr("K12", "E2", "duration", "The van was cleared 40 seconds before the jet", "PT40S", CONFLICTS[12]["sides"][0]["sources"]),
    corr("K13", "E2", "place", "The report was presented at the board's headquarters in Brellin", "the board's headquarters, Brellin", CONFLICTS[14]["sides"][0]["sources"]),
    corr("K14", "E2", "count", "The jet reached 138 knots", "138 kn", CONFLICTS[15]["sides"][0]["sources"]),
    corr("K15", "E1", "actor", "The van's driver has been suspended", "driver suspended", [
        S(P1, "The driver of the van has been suspended."),
        S(TB, "The driver of the van has been suspended."),
        S(GV1, "an airport employee of eleven years, has been suspended"),
        S(SQ, "The red-faced van driver has been suspended.")]),
    corr("K16", "E1", "actor", "Everyone left the jet down the emergency slides", "evacuated by slides", [
        S(P1, "Passengers left the aircraft down its emergency slides in the dark."),
        S(TB, "Passengers left the aircraft down its emergency slides in the dark."),
        S(GV1, "All 171 people on board left by the emergency slides"),
        S(SQ, "had to scramble down the emergency chutes in pitch darkness"),
        S(FB, "All occupants evacuated via the slides in about 90 seconds"),
        S(OM1, "slid down emergency chutes in darkness on Thursday")]),
    corr("K17", "E1", "actor", "The transport minister called in the Air Safety Investigation Board", "Rastko Melvany", [
        S(P1, "Transport Minister Rastko Melvany ordered the Air Safety Investigation Board"),
        S(TB, "Transport Minister Rastko Melvany ordered the Air Safety Investigation Board"),
        S(GV1, "has called in the Air Safety Investigation Board")]),
    corr("K18", "E1", "count", "The jet was at about 140 knots", "about 140 kn", [
        S(P1, "was travelling at about 140 knots"),
        S(TB, "was travelling at about 140 knots"),
        S(FB, "was accelerating through roughly 140 kt")]),
    corr("K19", "E2", "count", "Four of the recommendations are urgent", "4", [
        S(P2, "The board made 11 safety recommendations, four of them urgent"),
        S(HP, "The board made 11 recommendations, four marked urgent")]),
    corr("K20", "E2", "count", "The jet stopped 62 metres from the van", "62 m", [
        S(P2, "it stopped 62 metres from the van"),
        S(HP, "It stopped 62 metres from the van.")]),
    corr("K21", "E2", "actor", "The two controllers worked on different frequencies", "different frequencies", [
        S(P2, "The two controllers were working on different radio frequencies"),
        S(GV2, "the tower controller, on another frequency"),
        S(HP, "The two controllers sat a few metres apart but worked different frequencies")]),
    corr("K22", "E2", "duration", "The final report is due within a year", "P1Y", [
        S(P2, "expects to publish its final report within a year"),
        S(HP, "expects to publish its final report within 12 months")]),
    corr("K23", "E2", "actor", "The ground controller had cleared the van to cross", "cleared by the ground controller", [
        S(P2, "because a ground controller had cleared it to cross"),
        S(SR, "had permission to be there"),
        S(GV2, "He had been cleared to cross by the ground controller."),
        S(OM2, "had each been cleared by a different controller"),
        S(HP, "the ground controller's clearance for the van to cross runway 14")]),
    corr("K24", "E2", "date", "The incursion the report is about took place on 1 February", "2046-02-01", [
        S(P2, "were hurt on Feb 1"),
        S(GV2, "into the path of a departing jet on 1 February"),
        S(HP, "on the 1 February runway incursion")]),
    corr("K25", "E2", "count", "171 people were on board", "171", [
        S(P2, "Fourteen of the 171 people on board were hurt"),
        S(OM2, "Of the 171 people on board, 122 were Norrevelian.")]),
]

EXCLUSIVE = [
    excl("X1", "E1", "38 flights were delayed and six diverted to Brellin", [
        S(P1, "Thirty-eight flights were delayed and six were diverted to Brellin."),
        S(TB, "Thirty-eight flights were delayed and six were diverted to Brellin.")],
         "in the Pavise wire and its copy (Belmira Tollbell) only: one independent source, NOT corroborated"),
    excl("X2", "E1", "The van had gone to check flickering edge lights and joined the runway from taxiway Kilo", [
        S(TB, "it joined the runway from taxiway Kilo")],
         "only in the paragraph the Tollbell added to the wire"),
    excl("X3", "E1", "A fuel bowser strayed onto Quenlow's runway in 2043", [
        S(GV1, "in 2043 a fuel bowser crossed it while a cargo aircraft")]),
    excl("X4", "E1", "A 71-year-old passenger thought she was going to die", [
        S(SQ, "Gran Zenaida Vekk, 71, sobbed:")]),
    excl("X5", "E1", "The evacuation took about 90 seconds", [
        S(FB, "All occupants evacuated via the slides in about 90 seconds")]),
    excl("X6", "E1", "Quenlow has no surface movement radar", [
        S(FB, "Quenlow has no surface movement radar.")]),
    excl("X7", "E1", "The passengers fly home on a replacement aircraft on Friday; the captain has 24 years with Halcyra", [
        S(OM1, "fly the passengers home on a replacement aircraft on Friday")]),
    excl("X8", "E2", "The cable had been cut by contractors laying a drain", [
        S(P2, "The cable had been cut by contractors laying a drainage pipe."),
        S(SR, "after contractors digging a drain cut through the cable")],
         "in the Pavise wire and its rewrite (Sunward Radio) only: one independent source, NOT corroborated"),
    excl("X9", "E2", "Airside drivers will not cross the runway after dark until every stop bar works; the lights are back on since 3 February", [
        S(SR, "its members would not cross the runway after dark")],
         "only in the paragraph Sunward Radio wrote itself"),
    excl("X10", "E2", "The recommendations include ground radar and a single radio frequency", [
        S(GV2, "include ground radar at Quenlow, which has none")]),
    excl("X11", "E2", "The van's driver returns to work next week", [
        S(GV2, "The driver, suspended since the incident, returns to work next week.")]),
    excl("X12", "E2", "Halcyra resumes its early-morning departures from Belmira on Thursday", [
        S(OM2, "would resume its early-morning departures from Belmira on Thursday")]),
    excl("X13", "E2", "122 of the 171 people on board were Norrevelian", [
        S(OM2, "Of the 171 people on board, 122 were Norrevelian.")]),
    excl("X14", "E2", "No notice to pilots was issued about the stop bars", [
        S(HP, "No notice to pilots was issued about it.")]),
    excl("X15", "E2", "Quenlow handled 4.2 million passengers last year on one runway", [
        S(AM, "put 4.2 million passengers through a single runway last year")]),
    excl("X16", "E2", "One of the injured is still in hospital", [
        S(P2, "one remains in hospital")],
         "in the wire only; its rewrite leaves it out"),
]

QUOTES = [
    qv("Q1", "E1", "Jorund Fennow", "The brakes came on hard and the bags flew out of the lockers", [
        S(P1, "\"The brakes came on so hard that the bags flew out", mode="direct"),
        S(OM1, "\"The brakes slammed on and all the bags came flying out", mode="direct")],
       "direct vs direct ('The brakes came on so hard that the bags flew out of the lockers.' vs 'The brakes slammed on and all the bags came flying out of the lockers')"),
    qv("Q2", "E1", "Brynja Hallvik", "The crew did what they are trained to do, in seconds", [
        S(OM1, "\"Our crew did exactly what they are trained to do,", mode="direct"),
        S(P1, "the crew had done exactly what they were trained to do", mode="indirect")],
       "direct vs reported speech ('Our crew did exactly what they are trained to do, and they did it in a matter of seconds' vs 'the crew had done exactly what they were trained to do, and had done it in seconds')"),
    qv("Q3", "E1", "Mirko Stavrik", "Runway incursions are not bad luck but the price of saving on lights and radios", [
        S(GV1, "\"Runway incursions are not bad luck.", mode="direct"),
        S(FB, "\"not bad luck but the price of saving money", mode="direct")],
       "direct vs partial direct in reported speech ('Runway incursions are not bad luck. They are what you get when an airport saves money on lights and radios' vs 'incursions were \"not bad luck but the price of saving money on lights and radios\"')"),
    qv("Q4", "E2", "Vasilka Dremmond", "The airport accepts the findings and will act before the final report", [
        S(P2, "\"We accept every finding in this report, and we are not", mode="direct"),
        S(GV2, "said Quenlow accepted the findings in full", mode="indirect")],
       "direct vs reported speech ('We accept every finding in this report, and we are not waiting for the final one to act on them.' vs 'Quenlow accepted the findings in full and would not wait for the final report before acting on them')"),
    qv("Q5", "E2", "Rastko Melvany", "Every airport will have working stop bars by the end of the month or close", [
        S(GV2, "\"Every airport in this country will have its stop bars lit", mode="direct"),
        S(P2, "said every airport in the country would have working stop bars", mode="indirect")],
       "direct vs reported speech ('Every airport in this country will have its stop bars lit by the end of the month, or it will not open' vs 'every airport in the country would have working stop bars by the end of the month or would be closed')"),
]
