# The planted items of demo/crosscheck-heldout10, read by build_gold.py (which defines S, conflict,
# nonc, corr, excl, qv and the report names W1 ... AB before executing this file).
# Time zones: Mirenhal (Oskvara, Marrowick, Ostrebay, Hessary, Caddow) UTC+2, Soranth (Quenmarra) UTC+8.

CONFLICTS = [
    conflict("C1", "E1", "date", "When the launch had originally been scheduled", [
        ("2033-03-03", [S(W1, "The launch, first set for March 3, had been held back"),
                        S(OA, "The launch, first set for March 3, had been held back"),
                        S(AP, "The flight had slipped from 3 March because of high winds")]),
        ("2033-03-05", [S(OV1, "The launch had originally been scheduled for 5 March")]),
    ], "3 March in the TPA wire and its copy ('first set for March 3') and Apogee ('had slipped from 3 March'); 5 March in the Oskvara Vedette ('originally been scheduled')."),
    conflict("C2", "E2", "date", "When the inquiry's final report is due", [
        ("2033-04-29", [S(W2, "Its final report is due by April 29."),
                        S(OI, "The final report is promised for 29 April."),
                        S(QM2, "Its final report will be published on 29 April.")]),
        ("2033-04-19", [S(AB, "The inquiry's final report is due six weeks after the failure.")]),
    ], "29 April in the TPA wire, Orbit Insider and the Quenmarra Mirror; 'six weeks after the failure' in Afterburn: the failure was on Tuesday 8 March, so Tuesday 19 April."),
    conflict("C3", "E1", "count", "How many satellites were lost with the rocket", [
        ("6", [S(W1, "A Serac-4 rocket carrying six broadband satellites for the Soranthi operator"),
               S(OA, "A Serac-4 rocket carrying six broadband satellites for the Soranthi operator"),
               S(RC, "Six satellites went down with it."),
               S(AP, "a Serac-4 carrying six Kalinet broadband satellites was lost")]),
        ("8", [S(QM1, "Eight Kalinet satellites, built over three years")]),
    ], "six in the TPA wire and its copy, Radio Caddow ('Six satellites went down with it') and Apogee; eight in the Quenmarra Mirror."),
    conflict("C4", "E1", "count", "How many fishing boats were told to stay out of the debris zone", [
        ("85", [S(W1, "ordered 85 fishing boats to stay clear of the zone"),
                S(OA, "ordered 85 fishing boats to stay clear of the zone"),
                S(RC, "Eighty-five boats from the Ostrebay fleet have been told to keep"),
                S(AP, "The coast guard kept 85 fishing boats out of the danger area")]),
        ("120", [S(OV1, "radioed 120 fishing boats to keep out of a zone")]),
    ], "85 in the TPA wire and its copy, Radio Caddow ('Eighty-five boats from the Ostrebay fleet') and Apogee ('kept 85 fishing boats out'); 120 in the Oskvara Vedette ('radioed 120 fishing boats to keep out')."),
    conflict("C5", "E2", "count", "How many satellites the second rocket put into orbit", [
        ("6", [S(W2, "put six Kalinet satellites into orbit on Friday"),
               S(OC, "delivered Kalinet's six satellites to orbit"),
               S(OV2, "All six satellites were released on schedule."),
               S(QM2, "Of the six satellites it carried, five had sent their first signals"),
               S(AB, "The six satellites that reached orbit on Friday restore")]),
        ("4", [S(OI, "the rocket delivered four Kalinet satellites to orbit")]),
    ], "six in the TPA wire and its rewrite, the Oskvara Vedette ('All six satellites were released'), the Quenmarra Mirror (whose partitive states the total) and Afterburn; four in Orbit Insider."),
    conflict("C6", "E1", "place", "Where the debris of the rocket came down", [
        ("the sea south of Ostrebay", [S(W1, "stretch of sea south of the fishing town of Ostrebay"),
                                       S(OA, "stretch of sea south of the fishing town of Ostrebay"),
                                       S(OV1, "recovered 37 pieces of debris from the sea south of Ostrebay"),
                                       S(QM1, "off the Mirenhali fishing town of Ostrebay"),
                                       S(RC, "the debris in the water south of the town")]),
        ("off the Trell Islands", [S(AP, "Most of the wreckage came down off the Trell Islands")]),
    ], "The sea south of the fishing town of Ostrebay in the TPA wire and its copy, the Oskvara Vedette, the Quenmarra Mirror ('in the water off the Mirenhali fishing town of Ostrebay') and Radio Caddow (a station in one of the evacuated villages: 'in the water south of the town', the town being Ostrebay); off the Trell Islands, some 200 kilometres east of the spaceport, in Apogee."),
    conflict("C7", "E2", "place", "Where the second rocket was launched from", [
        ("Pad 2, Marrowick Spaceport", [S(W2, "The rocket lifted off from Pad 2 at 1915 GMT"),
                                        S(OC, "a second Serac-4 climbed away from Pad 2 at Marrowick"),
                                        S(OI, "from Marrowick's Pad 2"),
                                        S(OV2, "It flew from Pad 2, the pad its predecessor had left"),
                                        S(QM2, "The second Serac-4 lifted off from Marovik")]),
        ("the Skellmoor military range", [S(AB, "It was moved inland to the military range at Skellmoor")]),
    ], "Pad 2 at Marrowick Spaceport in the TPA wire (dateline MARROWICK SPACEPORT) and its rewrite, Orbit Insider, the Oskvara Vedette ('the pad its predecessor had left ten days earlier') and the Quenmarra Mirror (under the Soranthi spelling Marovik); the military range at Skellmoor, inland, in Afterburn ('The retry did not go up from the coast at all')."),
    conflict("C8", "E1", "duration", "How long into the flight the second stage failed", [
        ("PT148S", [S(W1, "after its second stage failed 148 seconds into the flight"),
                    S(OA, "after its second stage failed 148 seconds into the flight"),
                    S(OV1, "Two minutes and 28 seconds into the flight"),
                    S(RC, "the second stage gave out 148 seconds after lift-off")]),
        ("PT184S", [S(AP, "shut down three minutes and four seconds into the flight")]),
    ], "148 seconds in the TPA wire and its copy, the Oskvara Vedette ('Two minutes and 28 seconds') and Radio Caddow ('gave out 148 seconds after lift-off'); three minutes and four seconds (184 seconds) in Apogee."),
    conflict("C9", "E1", "duration", "How long fishing is banned in the debris zone", [
        ("P5D", [S(W1, "where fishing is banned for five days"),
                 S(OA, "where fishing is banned for five days"),
                 S(OV1, "the five-day fishing ban will cost the town dearly")]),
        ("P14D", [S(RC, "The harbourmaster says nobody will fish there for a fortnight.")]),
    ], "five days in the TPA wire and its copy and the Oskvara Vedette ('the five-day fishing ban'); a fortnight on Radio Caddow, citing the harbourmaster."),
    conflict("C10", "E2", "duration", "How long the countdown of the second launch was held", [
        ("PT40M", [S(W2, "The countdown was held for 40 minutes"),
                   S(OV2, "after a 40-minute hold caused by a trawler"),
                   S(QM2, "The flight had been delayed by 40 minutes")]),
        ("PT25M", [S(OC, "The countdown stopped for 25 minutes")]),
    ], "40 minutes in the TPA wire, the Oskvara Vedette ('a 40-minute hold') and the Quenmarra Mirror ('delayed by 40 minutes'); 25 minutes in the Oskvara Citizen, the wire's own rewrite."),
    conflict("C11", "E1", "speaker", "Who said 'We lost a rocket this morning, not our nerve'", [
        ("Ilsabet Raskovar", [S(W1, "Ilsabet Raskovar, director general of the Mirenhali Space Agency, told reporters"),
                              S(OA, "Ilsabet Raskovar, director general of the Mirenhali Space Agency, told reporters"),
                              S(OV1, "she said at a briefing in the spaceport's press hall")]),
        ("Maëlis Ortegård", [S(QM1, "Straloch's spokeswoman, Maelis Ortegard, told the Mirror by telephone")]),
    ], "The space agency's director general Ilsabet Raskovar in the TPA wire and its copy and the Oskvara Vedette ('she said', Raskovar named in the sentence before); Straloch's spokeswoman Maëlis Ortegård (spelt without diacritics) in the Quenmarra Mirror. Both sides quote the words verbatim."),
    conflict("C12", "E2", "speaker", "Who said 'Ten days ago we picked up the pieces; tonight we picked up the signal'", [
        ("Maëlis Ortegård", [S(W2, "Straloch spokeswoman Maëlis Ortegård said at the Tarnhill Control Centre"),
                             S(OC, "said Maëlis Ortegård, who speaks for Straloch"),
                             S(OI, "Ortegård summed the night up for the cameras"),
                             S(OV2, "she told the engineers around her")]),
        ("Rin Talvaso", [S(QM2, "said Rin Talvaso, Kalinet's chief executive, who watched the launch")]),
    ], "Straloch's spokeswoman Maëlis Ortegård in the TPA wire and its rewrite, Orbit Insider ('summed the night up for the cameras:' before the quote) and the Oskvara Vedette ('she told', named in the sentence before); Kalinet's chief executive Rin Talvaso in the Quenmarra Mirror. Both sides quote the words verbatim."),
    conflict("C13", "E1", "actor", "Who sent the command that destroyed the rocket", [
        ("Oswin Harlock", [S(W1, "Major Oswin Harlock, the spaceport's range safety officer, sent the destruct command"),
                           S(OA, "The spaceport's range safety officer sent the destruct command seconds later"),
                           S(RC, "It was the range safety officer, Major Oswin Harlock, who pressed"),
                           S(AP, "The destruct command came from Major Oswin Harlock")]),
        ("Jorvan Karsk", [S(OV1, "It was Straloch's launch director, Jorvan Karsk, who gave the order")]),
    ], "Major Oswin Harlock, the spaceport's range safety officer, in the TPA wire (named; its copy says only 'The spaceport's range safety officer'), Radio Caddow ('who pressed the button that blew the rocket apart') and Apogee ('The destruct command came from'); Straloch's launch director Jorvan Karsk in the Oskvara Vedette ('who gave the order to blow it up')."),
    conflict("C14", "E2", "actor", "Who led the inquiry into the failure", [
        ("Caspar Quarrie", [S(W2, "An inquiry board chaired by Professor Caspar Quarrie of Oskvara Polytechnic"),
                            S(OC, "The board led by Professor Caspar Quarrie traced the first failure"),
                            S(OV2, "Professor Caspar Quarrie, whose board traced the first failure"),
                            S(QM2, "Professor Caspar Quarrie's inquiry board found on 14 March")]),
        ("Dalia Voskrene", [S(OI, "was run by the agency's chief engineer, Dalia Voskrene")]),
    ], "Professor Caspar Quarrie of Oskvara Polytechnic in the TPA wire and its rewrite, the Oskvara Vedette ('whose board traced') and the Quenmarra Mirror ('Quarrie's inquiry board'); the agency's chief engineer Dalia Voskrene in Orbit Insider (a passive, 'The inquiry into flight one was run by')."),
    conflict("C15", "E1", "time", "When the first rocket lifted off", [
        ("2033-03-08T02:40Z", [S(W1, "left Pad 2 at Marrowick Spaceport at 0240 GMT"),
                               S(OV1, "left its pad at 4:40 a.m. on Tuesday"),
                               S(QM1, "at 10:40 a.m. Soranthi time")]),
        ("2033-03-08T03:40Z", [S(RC, "The Serac-4 went up at twenty to six this morning.")]),
    ], "02:40 GMT in the TPA wire, 4:40 a.m. Mirenhali time (UTC+2) in the Oskvara Vedette and 10:40 a.m. Soranthi time (UTC+8) in the Quenmarra Mirror: one instant; 'twenty to six this morning' on Radio Caddow, a Mirenhali station (5:40 Mirenhali time = 03:40 GMT), an hour later."),
    conflict("C16", "E2", "time", "When the second rocket lifted off", [
        ("2033-03-18T19:15Z", [S(W2, "The rocket lifted off from Pad 2 at 1915 GMT"),
                               S(QM2, "at 3:15 a.m. on Saturday, Quenmarra time")]),
        ("2033-03-18T19:45Z", [S(OV2, "rose from the pad at a quarter to ten on Friday night")]),
    ], "19:15 GMT on Friday in the TPA wire (which adds '21:15 in Oskvara, 03:15 on Saturday in Quenmarra') and 3:15 a.m. on Saturday Quenmarra time (UTC+8) in the Quenmarra Mirror: one instant, on another calendar day; 'a quarter to ten on Friday night' in the Oskvara Vedette (21:45 Mirenhali time, UTC+2, so 19:45 GMT), half an hour later."),
]

NONCONFLICTS = [
    nonc("N1", "alias", "E1", ["E1"], "Straloch's spokeswoman", [
        S(W1, "said Maëlis Ortegård, a spokeswoman for Straloch", "Maëlis Ortegård"),
        S(QM1, "Straloch's spokeswoman, Maelis Ortegard, told the Mirror by telephone", "Maelis Ortegard")],
         "Maelis Ortegard is Maëlis Ortegård without the diacritics"),
    nonc("N2", "alias", "E1", ["E1"], "The Mirenhali space agency", [
        S(W1, "director general of the Mirenhali Space Agency, told reporters at the spaceport", "Mirenhali Space Agency"),
        S(AP, "According to data shared with the MSA", "MSA")],
         "MSA is the initials of the Mirenhali Space Agency"),
    nonc("N3", "alias", "E1", ["E1"], "The spaceport", [
        S(W1, "left Pad 2 at Marrowick Spaceport at 0240 GMT", "Marrowick"),
        S(QM1, "lifted off from the Marovik spaceport", "Marovik")],
         "Marovik is the Soranthi spelling of Marrowick"),
    nonc("N4", "alias", "E1", ["E1"], "Who will compensate the fishermen for the ban", [
        S(RC, "The Mirenhali government has promised to make good the fishermen's losses.", "Mirenhali government"),
        S(OV1, "Oskvara will compensate every fisherman who loses work", "Oskvara")],
         "Oskvara, the capital, stands for the Mirenhali government"),
    nonc("N5", "alias", "E1", ["E1"], "Kalinet's chief executive", [
        S(QM1, "Rin Talvaso, Kalinet's chief executive, said he expected", "Rin Talvaso"),
        S(AP, "Kalinet's chief executive, Ryn Talwaso, said the company would fly", "Ryn Talwaso")],
         "two transliterations of one Soranthi name"),
    nonc("N6", "timezone", "E1", ["E1"], "Time the first rocket lifted off", [
        S(W1, "left Pad 2 at Marrowick Spaceport at 0240 GMT", "2033-03-08T02:40Z"),
        S(OV1, "left its pad at 4:40 a.m. on Tuesday", "2033-03-08T04:40+02:00"),
        S(QM1, "at 10:40 a.m. Soranthi time", "2033-03-08T10:40+08:00")],
         "Mirenhal is UTC+2 and Soranth UTC+8: one instant in three notations (Radio Caddow's 'twenty to six' is the conflict C15)"),
    nonc("N7", "timezone", "E2", ["E2"], "Time the second rocket lifted off", [
        S(W2, "The rocket lifted off from Pad 2 at 1915 GMT", "2033-03-18T19:15Z"),
        S(QM2, "at 3:15 a.m. on Saturday, Quenmarra time", "2033-03-19T03:15+08:00")],
         "Quenmarra is UTC+8: 19:15 GMT on Friday is 3:15 a.m. on Saturday there, the same instant on another calendar day (the Oskvara Vedette's quarter to ten is the conflict C16)"),
    nonc("N8", "unit_form", "E1", ["E1"], "How long into the flight the second stage failed", [
        S(W1, "after its second stage failed 148 seconds into the flight", "PT148S"),
        S(OV1, "Two minutes and 28 seconds into the flight", "PT2M28S")],
         "two minutes and 28 seconds are 148 seconds (Apogee's three minutes and four seconds is the conflict C8)"),
    nonc("N9", "unit_form", "E1", ["E1"], "Length of the fishing ban", [
        S(W1, "where fishing is banned for five days", "P5D"),
        S(OV1, "the five-day fishing ban will cost the town dearly", "P5D")],
         "'for five days' and 'the five-day ban' are one duration"),
    nonc("N10", "weekday_date", "E1", ["E1"], "Day of the failed launch", [
        S(W1, "was destroyed over the sea on Tuesday", "2033-03-08"),
        S(QM1, "were lost on 8 March", "2033-03-08"),
        S(AP, "Straloch's winning streak ended on March 8", "2033-03-08")],
         "Tuesday, the wire's publication day (Tue 8 March 2033), is 8 March"),
    nonc("N11", "weekday_date", "E2", ["E2"], "Day of the second launch", [
        S(W2, "put six Kalinet satellites into orbit on Friday", "2033-03-18"),
        S(OI, "Serac-4 flight two, 18 March", "2033-03-18")],
         "Friday, the wire's publication day, is 18 March 2033"),
    nonc("N12", "weekday_date", "E2", ["E2"], "Day the inquiry board found the cause", [
        S(W2, "found on Monday that a fuel valve in the second stage", "2033-03-14"),
        S(QM2, "found on 14 March that a fuel valve had jammed", "2033-03-14")],
         "Monday, four days before the wire's publication (Fri 18 March), is 14 March"),
    nonc("N13", "level_vs_change", "E1", ["E1"], "Straloch's shares on the day of the failure", [
        S(W1, "Straloch shares fell 14 percent on the Oskvara exchange.", "by 14 percent"),
        S(OV1, "Straloch's shares closed at 31.20 veskas", "at 31.20 veskas")],
         "a percentage change and a price level"),
    nonc("N14", "level_vs_change", "E2", ["E2"], "Launch insurance premiums since the failure", [
        S(W2, "Launch insurance premiums have climbed to 11 percent of a satellite's value", "to 11 percent"),
        S(AB, "have gone up by three percentage points since the accident", "by 3 percentage points")],
         "a level (to 11 percent of the value) and a change (by three points)"),
    nonc("N15", "different_measure", "E1", ["E1"], "The failure: altitude vs time into the flight", [
        S(W1, "The engine cut out at an altitude of 61 kilometres", "61 km altitude"),
        S(RC, "the second stage gave out 148 seconds after lift-off", "148 s after lift-off")],
         "two measures of one moment (how high and how long after lift-off)"),
    nonc("N16", "different_measure", "E1", ["E1"], "The debris zone: its length vs its width", [
        S(W1, "Debris rained down over a 90-kilometre stretch of sea", "90 km long"),
        S(OV1, "to keep out of a zone 20 kilometres wide", "20 km wide")],
         "two measures of one zone (its length and its width)"),
    nonc("N17", "different_measure", "E2", ["E2"], "Satellites in orbit: all of them vs those already signalling", [
        S(W2, "put six Kalinet satellites into orbit on Friday", "6 satellites"),
        S(QM2, "Of the six satellites it carried, five had sent their first signals", "5 of the 6")],
         "a partitive: five of the six had called home"),
    nonc("N18", "rounded", "E1", ["E1"], "Residents evacuated from Hessary and Caddow", [
        S(RC, "About 1,200 people from Hessary and Caddow were woken by police", "about 1,200"),
        S(W1, "Police evacuated 1,240 residents of the shoreline villages", "1,240")],
         "'about 1,200' is the rounded 1,240"),
    nonc("N19", "rounded", "E1", ["E1"], "Altitude at which the second stage failed", [
        S(RC, "The trouble started some 60 kilometres up", "some 60 km"),
        S(W1, "The engine cut out at an altitude of 61 kilometres", "61 km")],
         "'some 60 kilometres' is the rounded 61"),
    nonc("N20", "rounded", "E2", ["E2"], "Spectators on the beach at Ostrebay", [
        S(OI, "Nearly 4,000 spectators lined the beach at Ostrebay.", "nearly 4,000"),
        S(OV2, "By the police count, 3,870 people watched from the beach", "3,870")],
         "'nearly 4,000' is the rounded 3,870"),
    nonc("N21", "at_least", "E1", ["E1"], "Height of the Serac-4", [
        S(AP, "At more than 50 metres tall, the Serac-4 is the largest", "more than 50 m"),
        S(W1, "The 54-metre rocket, built and flown by Straloch Launch Systems", "54 m")],
         "54 metres is more than 50"),
    nonc("N22", "at_least", "E2", ["E2"], "Mass of the second launch's payload", [
        S(OI, "The payload came to more than 9 tonnes", "more than 9 t"),
        S(OV2, "The 9.4-tonne payload was the heaviest a Serac has carried.", "9.4 t")],
         "9.4 tonnes is more than 9"),
    nonc("N23", "running_total", "E1", ["E1"], "Pieces of wreckage recovered, Tuesday evening vs Wednesday afternoon", [
        S(W1, "By Tuesday evening 14 pieces of wreckage had been pulled", "14 (as of Tue 8 March evening)"),
        S(OV1, "By Wednesday afternoon divers had recovered 37 pieces of debris", "37 (as of Wed 9 March afternoon)")],
         "a running total nearly a day apart"),
    nonc("N24", "running_total", "E2", ["E2"], "Kalinet satellites: launched on Friday vs in orbit in all", [
        S(W2, "put six Kalinet satellites into orbit on Friday", "6 (this launch)"),
        S(QM2, "The six bring the Kalinet constellation to 48 satellites in orbit.", "48 (the whole constellation)")],
         "one launch's figure and the total it brings the constellation to"),
    nonc("N25", "venue", "E1", ["E1"], "Where the evacuees were taken", [
        S(OV1, "spent Tuesday night on camp beds in the Ostrebay Municipal Arena", "Ostrebay Municipal Arena"),
        S(RC, "Most of them spent the morning in the sports hall in Ostrebay", "the sports hall in Ostrebay")],
         "the Municipal Arena is Ostrebay's sports hall (the Ostrebay Anchor: 'the Municipal Arena, the town's sports hall')"),
    nonc("N26", "venue", "E2", ["E2"], "Where the second launch was controlled from", [
        S(W2, "said at the Tarnhill Control Centre", "Tarnhill Control Centre"),
        S(OV2, "watched from Straloch's control room on the edge of Oskvara", "Straloch's control room near Oskvara")],
         "Tarnhill is Straloch's control centre outside Oskvara (Orbit Insider)"),
    nonc("N27", "two_speakers", "E1", ["E1"], "The cause would be found within days: said by two people", [
        S(OV1, "She said the cause would be found within days.", "Ilsabet Raskovar"),
        S(QM1, "said he expected the cause to be found within days", "Rin Talvaso")],
         "the agency's director general and Kalinet's chief executive each reported in indirect speech saying so: two speakers, not a disputed one"),
    nonc("N28", "different_event", "E2", ["E2"], "Dates inside the retry story", [
        S(AB, "On the night of 8 March a Serac-4 tumbled", "2033-03-08 (E1)"),
        S(AB, "On Friday a second one made it", "2033-03-18")],
         "the analysis recalls the night of the failure (E1); the second launch is E2"),
    nonc("N29", "different_event", None, ["E1", "E2"], "148 seconds into the flight vs a 40-minute hold", [
        S(W1, "after its second stage failed 148 seconds into the flight", "PT148S"),
        S(W2, "The countdown was held for 40 minutes", "PT40M")],
         "different durations of different things, in reports of different events"),
    nonc("N30", "different_event", None, ["E1", "E2"], "Six satellites lost vs six satellites in orbit", [
        S(W1, "A Serac-4 rocket carrying six broadband satellites for the Soranthi operator", "6 satellites lost (E1)"),
        S(W2, "put six Kalinet satellites into orbit on Friday", "6 satellites in orbit (E2)")],
         "the same number counting different satellites on different rockets in different events"),
    nonc("N31", "different_event", None, ["E1", "E2"], "Residents evacuated for the failed launch vs for the second launch", [
        S(W1, "Police evacuated 1,240 residents of the shoreline villages", "1,240 evacuated (E1)"),
        S(W2, "Only 300 residents of Hessary were asked to leave their homes", "300 asked to leave (E2)")],
         "two evacuations, for two different launches: not one count in disagreement"),
]

CORROBORATED = [
    corr("K1", "E1", "date", "The launch had originally been set for 3 March", "2033-03-03",
         CONFLICTS[0]["sides"][0]["sources"]),
    corr("K2", "E2", "date", "The inquiry's final report is due on 29 April", "2033-04-29",
         CONFLICTS[1]["sides"][0]["sources"]),
    corr("K3", "E1", "count", "Six satellites were lost", "6", CONFLICTS[2]["sides"][0]["sources"]),
    corr("K4", "E1", "count", "85 fishing boats were told to stay out of the zone", "85", CONFLICTS[3]["sides"][0]["sources"]),
    corr("K5", "E2", "count", "The second rocket put six satellites into orbit", "6", CONFLICTS[4]["sides"][0]["sources"]),
    corr("K6", "E1", "place", "The debris came down in the sea south of Ostrebay", "the sea south of Ostrebay",
         CONFLICTS[5]["sides"][0]["sources"]),
    corr("K7", "E2", "place", "The second rocket lifted off from Pad 2 at Marrowick", "Pad 2, Marrowick Spaceport",
         CONFLICTS[6]["sides"][0]["sources"]),
    corr("K8", "E1", "duration", "The second stage failed 148 seconds into the flight", "PT148S",
         CONFLICTS[7]["sides"][0]["sources"]),
    corr("K9", "E1", "duration", "Fishing is banned in the zone for five days", "P5D",
         CONFLICTS[8]["sides"][0]["sources"]),
    corr("K10", "E2", "duration", "The countdown was held for 40 minutes", "PT40M",
         CONFLICTS[9]["sides"][0]["sources"]),
    corr("K11", "E1", "actor", "The range safety officer, Major Oswin Harlock, sent the destruct command", "Oswin Harlock",
         CONFLICTS[12]["sides"][0]["sources"]),
    corr("K12", "E2", "actor", "Professor Caspar Quarrie chaired the inquiry board", "Caspar Quarrie",
         CONFLICTS[13]["sides"][0]["sources"]),
    corr("K13", "E1", "time", "The first rocket lifted off at 02:40 GMT", "2033-03-08T02:40Z",
         CONFLICTS[14]["sides"][0]["sources"]),
    corr("K14", "E2", "time", "The second rocket lifted off at 19:15 GMT", "2033-03-18T19:15Z",
         CONFLICTS[15]["sides"][0]["sources"]),
    corr("K15", "E1", "date", "The rocket was lost on Tuesday 8 March", "2033-03-08", [
        S(W1, "was destroyed over the sea on Tuesday"),
        S(OA, "was destroyed over the sea on Tuesday"),
        S(OV1, "left its pad at 4:40 a.m. on Tuesday"),
        S(QM1, "were lost on 8 March"),
        S(AP, "Straloch's winning streak ended on March 8")]),
    corr("K16", "E1", "count", "1,240 residents were evacuated", "1,240", [
        S(W1, "Police evacuated 1,240 residents of the shoreline villages"),
        S(OA, "Police evacuated 1,240 residents of the shoreline villages"),
        S(OV1, "All 1,240 people moved out of Hessary and Caddow")]),
    corr("K17", "E1", "count", "The insurer Greyfen Assurance will pay Kalinet 210 million veskas", "210 million veskas", [
        S(W1, "which said it would pay Kalinet 210 million veskas"),
        S(OA, "which said it would pay Kalinet 210 million veskas"),
        S(QM1, "Greyfen Assurance will pay out 210 million veskas")]),
    corr("K18", "E2", "date", "The second launch was on Friday 18 March", "2033-03-18", [
        S(W2, "put six Kalinet satellites into orbit on Friday"),
        S(OC, "had its answer on Friday night"),
        S(OI, "Serac-4 flight two, 18 March"),
        S(AB, "On Friday a second one made it")]),
    corr("K19", "E2", "date", "The inquiry board found the cause on Monday 14 March", "2033-03-14", [
        S(W2, "found on Monday that a fuel valve in the second stage"),
        S(QM2, "found on 14 March that a fuel valve had jammed")]),
    corr("K20", "E1", "place", "The rocket lifted off from Marrowick Spaceport", "Marrowick", [
        S(W1, "left Pad 2 at Marrowick Spaceport at 0240 GMT"),
        S(QM1, "lifted off from the Marovik spaceport")]),
    corr("K21", "E1", "actor", "The Mirenhali government will compensate the fishermen", "Mirenhali government", [
        S(RC, "The Mirenhali government has promised to make good the fishermen's losses."),
        S(OV1, "Oskvara will compensate every fisherman who loses work")]),
]

EXCLUSIVE = [
    excl("X1", "E1", "It was the first failure in 19 flights of the Serac family", [
        S(W1, "It was the first failure in 19 flights of the Serac family."),
        S(OA, "It was the first failure in 19 flights of the Serac family.")],
         "in the TPA wire and its copy (Ostrebay Anchor) only: one independent source, NOT corroborated"),
    excl("X2", "E1", "The fishermen's cooperative had never been told the launch corridor crossed its grounds", [
        S(OA, "the cooperative had never been told that the launch corridor crossed")],
         "only in the paragraph the Anchor added to the wire"),
    excl("X3", "E1", "A primary school in Hessary stays shut until Friday", [
        S(OV1, "A primary school in Hessary will stay shut until Friday")]),
    excl("X4", "E1", "Kalinet's service to Soranth's southern islands, planned for July, will slip", [
        S(QM1, "Kalinet had planned to begin service to Soranth's southern islands in July.")]),
    excl("X5", "E1", "The Caddow lifeboat crew brought in the first piece of wreckage", [
        S(RC, "The Caddow lifeboat crew brought in the first piece of wreckage")]),
    excl("X6", "E1", "The failed engine had flown eleven times without a fault", [
        S(AP, "The engine in question had flown eleven times without a fault.")]),
    excl("X7", "E2", "Straloch has fitted a new valve to all three Serac-4 rockets it had", [
        S(W2, "fitted a redesigned valve to all three Serac-4 rockets"),
        S(OC, "fitted a new valve to each of the three Serac-4 rockets")],
         "in the TPA wire and its rewrite (Oskvara Citizen) only: one independent source, NOT corroborated"),
    excl("X8", "E2", "A brass band from Hessary played on the Ostrebay promenade", [
        S(OC, "A brass band from Hessary played on the promenade")],
         "only in the paragraph the Citizen wrote itself"),
    excl("X9", "E2", "Greyfen Assurance has agreed to cover the next Kalinet flight, in June", [
        S(OI, "Greyfen Assurance has agreed to cover the next Kalinet flight")]),
    excl("X10", "E2", "Hessary's mayor rang the town hall bell when the satellites separated", [
        S(OV2, "rang its bell when the satellites separated")]),
    excl("X11", "E2", "Kalinet will hold a public open day at its Quenmarra plant", [
        S(QM2, "Kalinet plans to hold a public open day at its Quenmarra plant")]),
]

QUOTES = [
    qv("Q1", "E1", "Maëlis Ortegård", "All the telemetry points to the second stage", [
        S(W1, "\"Every piece of telemetry we have points to the second stage,\"", mode="direct"),
        S(AP, "\"All the telemetry we have is pointing at the second stage,\"", mode="direct")],
       "direct vs direct ('Every piece of telemetry we have points to' vs 'All the telemetry we have is pointing at')"),
    qv("Q2", "E1", "Rin Talvaso / Ryn Talwaso", "Kalinet will fly with Straloch again soon", [
        S(QM1, "\"Kalinet will fly with Straloch again, and soon,\" he said.", mode="direct"),
        S(AP, "said the company would fly with Straloch again before long", mode="indirect")],
       "direct vs reported speech ('again, and soon' vs 'again before long'), the reported version spelling the name another way"),
    qv("Q3", "E2", "Ilsabet Raskovar", "This is what a second chance looks like", [
        S(W2, "\"This is what a second chance looks like,\" said Ilsabet Raskovar", mode="direct"),
        S(OI, "\"This is how a second chance looks.\"", mode="direct"),
        S(OC, "said this was what a second chance looked like", mode="indirect")],
       "direct vs direct ('what a second chance looks like' / 'how a second chance looks') and direct vs reported speech"),
    qv("Q4", "E2", "Caspar Quarrie", "A valve no bigger than a thumb cost six satellites", [
        S(OV2, "\"A valve no bigger than my thumb cost six satellites,\" he said.", mode="direct"),
        S(W2, "Quarrie said a valve no bigger than a thumb had cost", mode="indirect")],
       "direct vs reported speech ('my thumb' vs 'a thumb'; 'cost six satellites' vs 'had cost Kalinet six satellites')"),
    qv("Q5", "E2", "Rin Talvaso", "Kalinet never doubted Straloch", [
        S(QM2, "\"We never doubted Straloch for a moment,\" Talvaso said.", mode="direct"),
        S(AB, "insisted that his company had never lost faith in Straloch", mode="indirect")],
       "direct vs reported in the analysis ('never doubted Straloch for a moment' vs 'had never lost faith in Straloch')"),
]
