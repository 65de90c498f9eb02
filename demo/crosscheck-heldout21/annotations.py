# The planted items of demo/crosscheck-heldout21, read by build_gold.py (which defines S, conflict,
# nonc, corr, excl, qv and the report names Q1 ... FU before executing this file).
# Time zones: Calmoria (Rensk, Orlwick, Garrowfell) UTC+2 all year; Tiveny (Hollisk, Calderwick)
# UTC-3 all year. 10 October 2048 is a Saturday, 11 October a Sunday, 12 October a Monday,
# 15 October a Thursday, 21 October a Wednesday, 22 October a Thursday, 23 October a Friday,
# 25 October a Sunday; 90 days after 22 October 2048 is 20 January 2049. 2041 is seven years
# before 2048. 14 km are 8.7 miles; 660 seconds are 11 minutes.

CONFLICTS = [
    conflict("C1", "E1", "date", "The day the news was hijacked", [
        ("2048-10-11", [S(Q1, "the north of the country on Sunday evening"),
                        S(OC, "the north of the country on Sunday evening"),
                        S(RP1, "At 8.12 p.m. on Sunday"),
                        S(KD, "hijacked the telly news last night")]),
        ("2048-10-10", [S(CW, "in northern Calmoria on Saturday evening")]),
    ], "Sunday 11 October: 'on Sunday evening' in the Quern wire (published Sun 11) and its copy (Mon 12), 'At 8.12 p.m. on Sunday' in the Rensk Pennon (Mon 12), 'last night' in The Kettledrum (published Mon 12); **weekday in a later report**: 'on Saturday evening' in the trade site Carrierwave, published Thursday 15 October: Saturday 10 October."),
    conflict("C2", "E1", "time", "When the intruder's programme replaced the news", [
        ("2048-10-11T18:12Z", [S(Q1, "The intrusion began at 1812 GMT"),
                               S(OC, "The intrusion began at 1812 GMT"),
                               S(RP1, "At 8.12 p.m. on Sunday"),
                               S(CW, "replaced the network feed at 18:12 UTC"),
                               S(HC1, "The intruder appeared at 3.12 p.m. Hollisk time")]),
        ("2048-10-11T19:12Z", [S(KD, "burst onto screens at 9.12pm")]),
    ], "18:12 GMT in the Quern wire and its copy = 18:12 UTC in Carrierwave = 8.12 p.m. Calmorian time (UTC+2, zone not named) in the Rensk Pennon = 3.12 p.m. Hollisk time (UTC-3) in the Hollisk Colporteur: one instant; 9.12pm in The Kettledrum (Calmorian time, zone not named) is 19:12 GMT, an hour later."),
    conflict("C3", "E1", "duration", "How long the intruder was on air", [
        ("PT11M", [S(Q1, "a masked man reading a statement for 11 minutes"),
                   S(OC, "a masked man reading a statement for 11 minutes"),
                   S(RP1, "From then until 8.23 p.m., viewers of four transmitters", "from 8.12 p.m. to 8.23 p.m.: 11 minutes"),
                   S(CW, "stayed on air for 660 seconds", "660 s = 11 min")]),
        ("PT25M", [S(KD, "stuck with him for 25 minutes")]),
    ], "11 minutes in the Quern wire and its copy, **relative time** in the Rensk Pennon (from 8.12 p.m. until 8.23 p.m.: 11 minutes) and **other units** in Carrierwave (660 seconds = 11 minutes); 25 minutes in The Kettledrum."),
    conflict("C4", "E1", "count", "How many transmitters carried the intruder", [
        ("3", [S(Q1, "three transmitters in all"),
               S(OC, "three transmitters in all"),
               S(CW, "Three transmitters were affected")]),
        ("4", [S(RP1, "viewers of four transmitters saw only a man in a hare mask")]),
    ], "Three transmitters (Garrowfell and two relays) in the Quern wire and its copy and Carrierwave (Garrowfell, Brindlemoor, Hawsley); four in the Rensk Pennon (Garrowfell, Brindlemoor, Hawsley and Cask Hill)."),
    conflict("C5", "E1", "count", "How many people were watching in the affected area", [
        ("1,400,000", [S(Q1, "An estimated 1.4 million viewers were watching in the area"),
                       S(OC, "An estimated 1.4 million viewers were watching in the area"),
                       S(RP1, "About 1.4 million people were watching."),
                       S(HC1, "Nearly one and a half million people were watching.", "nearly 1,500,000")]),
        ("900,000", [S(CW, "some 900,000 people were watching in the affected area")]),
    ], "An estimated 1.4 million in the Quern wire and its copy, about 1.4 million in the Rensk Pennon, 'nearly one and a half million' in the Hollisk Colporteur (a hedged rounding, N14); some 900,000 in Carrierwave, from audience panel data: the hedges do not reach each other."),
    conflict("C6", "E1", "speaker", "Who said 'For eleven minutes somebody else held our screens, and every viewer who trusts us saw it happen'", [
        ("Ermina Vasquin", [S(Q1, "CPTV's director-general, Ermina Vasquin, said in a statement"),
                            S(OC, "CPTV's director-general, Ermina Vasquin, said in a statement"),
                            S(RP1, "CPTV's director-general, Ermina Vasquin, said late on Sunday")]),
        ("Yannick Carrack", [S(HC1, "said Calmoria's communications minister, Yannick Carrack")]),
    ], "CPTV's director-general Ermina Vasquin in the Quern wire, its copy and the Rensk Pennon; the Communications Minister Yannick Carrack in the Hollisk Colporteur. All quote the words verbatim."),
    conflict("C7", "E1", "place", "Where the intruders' signal got in", [
        ("the Garrowfell transmitting station", [S(Q1, "The intrusion began at 1812 GMT at the Garrowfell transmitting station"),
                                                 S(OC, "The intrusion began at 1812 GMT at the Garrowfell transmitting station"),
                                                 S(RP1, "The rogue signal entered at the Garrowfell transmitting station"),
                                                 S(CW, "was made inside the Garrowfell station's own programme chain")]),
        ("the Brindlemoor relay mast", [S(HC1, "The signal was taken over at the Brindlemoor relay mast")]),
    ], "At the Garrowfell transmitting station in the Quern wire and its copy, the Rensk Pennon and Carrierwave (which adds that the relays, Brindlemoor among them, take their signal from Garrowfell); at the Brindlemoor relay mast in the Hollisk Colporteur."),
    conflict("C8", "E1", "count", "How far the Garrowfell station is from Orlwick", [
        ("14 km", [S(Q1, "14 km north of Orlwick"),
                   S(OC, "14 km north of Orlwick"),
                   S(CW, "about nine miles north of Orlwick", "about nine miles = 14.5 km")]),
        ("40 km", [S(RP1, "40 km north of Orlwick")]),
    ], "14 km north of Orlwick in the Quern wire and its copy, and **other units** 'about nine miles' in Carrierwave (14 km are 8.7 miles); 40 km in the Rensk Pennon."),
    conflict("C9", "E2", "date", "The day the regulator presented its findings", [
        ("2048-10-22", [S(Q2, "2.4 million drals on Thursday"),
                        S(NR, "the media regulator announced on Thursday"),
                        S(RP2, "Yesterday the country's media regulator said"),
                        S(HC2, "On Thursday, at 6.30 a.m. Hollisk time"),
                        S(RB, "evening news on Thursday, at 10.30 a.m.")]),
        ("2048-10-23", [S(FU, "When Leontine Marbeck stood up on Friday")]),
    ], "Thursday 22 October: 'on Thursday' in the Quern wire (published Thu 22), its rewrite (Fri 23), the Hollisk Colporteur (Thu 22) and Rubric (Fri 23), 'Yesterday' in the Rensk Pennon (published Fri 23); **weekday in a later report**: 'on Friday' in the weekly The Fulcrum, published Sunday 25 October: Friday 23 October."),
    conflict("C10", "E2", "time", "When the regulator presented its findings", [
        ("2048-10-22T09:30Z", [S(Q2, "the authority's offices in Rensk at 0930 GMT"),
                               S(NR, "Presenting the report at 11.30 a.m. in Rensk"),
                               S(HC2, "On Thursday, at 6.30 a.m. Hollisk time")]),
        ("2048-10-22T08:30Z", [S(RB, "at 10.30 a.m. at its Rensk offices")]),
    ], "09:30 GMT in the Quern wire = 11.30 a.m. in Rensk (UTC+2, zone not named) in Northfell Radio = 6.30 a.m. Hollisk time (UTC-3) in the Hollisk Colporteur: one instant; 10.30 a.m. at the Rensk offices in Rubric (Calmorian time, not named) is 08:30 GMT, an hour earlier."),
    conflict("C11", "E2", "amount", "How much CPTV was fined", [
        ("2,400,000 drals", [S(Q2, "fined Calmorian Public Television 2.4 million drals on Thursday"),
                             S(NR, "has been fined 2.4 million drals"),
                             S(RP2, "fined CPTV 2.4 million drals"),
                             S(RB, "A fine of 2.4 million drals")]),
        ("4,200,000 drals", [S(HC2, "Calmorian Public Television, 4.2 million drals")]),
    ], "2.4 million drals in the Quern wire and its rewrite, the Rensk Pennon and Rubric; 4.2 million in the Hollisk Colporteur."),
    conflict("C12", "E2", "duration", "How long the maintenance link's password had gone unchanged", [
        ("P7Y", [S(Q2, "protected by a password unchanged since 2041", "since 2041: seven years before 2048"),
                 S(NR, "whose password had not been changed in seven years"),
                 S(RB, "The password had not been changed for seven years.")]),
        ("P3Y", [S(RP2, "For three years, anyone who knew one password")]),
    ], "Seven years in Northfell Radio and Rubric, and **relative time** in the Quern wire ('unchanged since 2041', seven years before October 2048); three years in the Rensk Pennon."),
    conflict("C13", "E2", "speaker", "Who said 'Nobody broke into Garrowfell. They were let in, and they were let in by people whose job was to keep them out'", [
        ("Leontine Marbeck", [S(Q2, "keep them out,\" Marbeck said."),
                              S(NR, "keep them out,\" she said."),
                              S(RP2, "said Leontine Marbeck, who chairs the authority")]),
        ("Yannick Carrack", [S(RB, "said the Communications Minister, Yannick Carrack")]),
    ], "The Media Authority's chair Leontine Marbeck in the Quern wire, its rewrite ('she', Marbeck named in the paragraph before) and the Rensk Pennon; the Communications Minister Yannick Carrack in Rubric. All quote the words verbatim."),
    conflict("C14", "E2", "place", "Where the two men were arrested", [
        ("Hollisk", [S(Q2, "In Hollisk, Tivenian police said they had arrested two men"),
                     S(NR, "Two men have been arrested in Hollisk."),
                     S(HC2, "Police in Hollisk have arrested three men"),
                     S(RB, "Two men, in Hollisk.")]),
        ("Calderwick", [S(RP2, "arrested on Wednesday night in the Tivenian port of Calderwick")]),
    ], "In Hollisk, the Tivenian capital, in the Quern wire and its rewrite, the Hollisk Colporteur and Rubric; in the Tivenian port of Calderwick in the Rensk Pennon."),
    conflict("C15", "E2", "count", "How many men were arrested", [
        ("2", [S(Q2, "In Hollisk, Tivenian police said they had arrested two men"),
               S(NR, "Two men have been arrested in Hollisk."),
               S(RP2, "The two men arrested on Wednesday night"),
               S(RB, "Two men, in Hollisk.")]),
        ("3", [S(HC2, "Police in Hollisk have arrested three men")]),
    ], "Two men in the Quern wire and its rewrite, the Rensk Pennon and Rubric (whose correction withdraws its own first 'three', N22); three in the Hollisk Colporteur."),
    conflict("C16", "E2", "duration", "How long CPTV has to carry out the recommendations", [
        ("P90D", [S(Q2, "gave CPTV 90 days to carry them out"),
                  S(NR, "CPTV has roughly three months to act on them", "roughly three months"),
                  S(RB, "it must carry out by 20 January", "by 20 January 2049: 90 days after 22 October")]),
        ("P6W", [S(FU, "CPTV now has six weeks to put things right")]),
    ], "90 days in the Quern wire, 'roughly three months' in its rewrite (hedged, N13) and **relative time** in Rubric ('by 20 January': 90 days after 22 October 2048); six weeks in The Fulcrum."),
]

NONCONFLICTS = [
    nonc("N1", "alias", "E1", ["E1"], "The broadcaster", [
        S(Q1, "the signal of Calmorian Public Television's main channel", "Calmorian Public Television"),
        S(CW, "took over CPTV's main channel", "CPTV"),
        S(HC1, "the evening news of Calmoria's public broadcaster", "Calmoria's public broadcaster")],
         "one broadcaster named three ways"),
    nonc("N2", "alias", "E2", ["E2"], "The regulator", [
        S(Q2, "who chairs the Calmorian Media Authority", "Calmorian Media Authority"),
        S(NR, "The watchdog made 14 recommendations", "the watchdog"),
        S(HC2, "Calmoria's media regulator announced", "Calmoria's media regulator")],
         "one regulator"),
    nonc("N3", "alias", "E2", ["E2"], "The contractor", [
        S(Q2, "CPTV's contractor, Mordane Signal Services of Hollisk", "Mordane Signal Services"),
        S(RP2, "the broadcaster's Tivenian contractor", "the broadcaster's Tivenian contractor"),
        S(RB, "the Tivenian firm that looks after the Garrowfell transmitter", "the Tivenian firm")],
         "one company"),
    nonc("N4", "timezone", "E1", ["E1"], "When the intruder's programme replaced the news", [
        S(Q1, "The intrusion began at 1812 GMT", "18:12 GMT"),
        S(RP1, "At 8.12 p.m. on Sunday", "20:12 UTC+2 = 18:12 GMT"),
        S(CW, "replaced the network feed at 18:12 UTC", "18:12 UTC"),
        S(HC1, "The intruder appeared at 3.12 p.m. Hollisk time", "15:12 UTC-3 = 18:12 GMT")],
         "one instant written in four ways and three zones (The Kettledrum's 9.12pm is the conflict C2)"),
    nonc("N5", "timezone", "E2", ["E2"], "When the findings were presented", [
        S(Q2, "the authority's offices in Rensk at 0930 GMT", "09:30 GMT"),
        S(NR, "Presenting the report at 11.30 a.m. in Rensk", "11:30 UTC+2 = 09:30 GMT"),
        S(HC2, "On Thursday, at 6.30 a.m. Hollisk time", "06:30 UTC-3 = 09:30 GMT")],
         "one instant written in three zones (Rubric's 10.30 a.m. is the conflict C10)"),
    nonc("N6", "weekday_date", "E1", ["E1"], "The day of the hijack", [
        S(Q1, "the north of the country on Sunday evening", "2048-10-11"),
        S(KD, "hijacked the telly news last night", "2048-10-11")],
         "The Kettledrum was published on Monday 12 October: 'last night' is Sunday 11 October (Carrierwave's 'Saturday' is the conflict C1)"),
    nonc("N7", "weekday_date", "E2", ["E2"], "The day of the findings", [
        S(Q2, "2.4 million drals on Thursday", "2048-10-22"),
        S(RP2, "Yesterday the country's media regulator said", "2048-10-22")],
         "the Rensk Pennon was published on Friday 23 October: 'Yesterday' is Thursday 22 October (The Fulcrum's 'on Friday' is the conflict C9)"),
    nonc("N8", "unit_conversion", "E1", ["E1"], "How far Garrowfell is from Orlwick, in two units", [
        S(Q1, "14 km north of Orlwick", "14 km"),
        S(CW, "about nine miles north of Orlwick", "about 9 mi = 14.5 km")],
         "14 km are 8.7 miles, and Carrierwave hedges ('about'): the same distance (the Pennon's 40 km is the conflict C8)"),
    nonc("N9", "unit_conversion", "E1", ["E1"], "How long the intruder was on air, in two units", [
        S(Q1, "a masked man reading a statement for 11 minutes", "11 min"),
        S(CW, "stayed on air for 660 seconds", "660 s = 11 min")],
         "660 seconds are 11 minutes (The Kettledrum's 25 minutes is the conflict C3)"),
    nonc("N10", "date_vs_duration", "E1", ["E1"], "How long the intruder was on air, as a length and as two clock times", [
        S(Q1, "a masked man reading a statement for 11 minutes", "11 min"),
        S(RP1, "From then until 8.23 p.m., viewers of four transmitters", "8.12 p.m. to 8.23 p.m. = 11 min")],
         "**relative time**: from 8.12 p.m. (the sentence before) until 8.23 p.m. is 11 minutes"),
    nonc("N11", "date_vs_duration", "E2", ["E2"], "How long the password had gone unchanged, as a year and as a length", [
        S(Q2, "protected by a password unchanged since 2041", "since 2041"),
        S(NR, "whose password had not been changed in seven years", "seven years")],
         "**relative time**: from 2041 to October 2048 is seven years (the Pennon's three years is the conflict C12)"),
    nonc("N12", "date_vs_duration", "E2", ["E2"], "The deadline for the recommendations, as a length and as a date", [
        S(Q2, "gave CPTV 90 days to carry them out", "90 days (from 22 October 2048)"),
        S(RB, "it must carry out by 20 January", "by 20 January 2049")],
         "**relative time**: 90 days from 22 October 2048 is 20 January 2049 (The Fulcrum's six weeks is the conflict C16)"),
    nonc("N13", "rounded", "E2", ["E2"], "The deadline for the recommendations, exact and hedged", [
        S(Q2, "gave CPTV 90 days to carry them out", "90 days"),
        S(NR, "CPTV has roughly three months to act on them", "roughly three months")],
         "**a rounded figure against an exact one**, hedged ('roughly'): 90 days are about three months"),
    nonc("N14", "rounded", "E1", ["E1"], "How many people were watching, exact estimate and hedged", [
        S(Q1, "An estimated 1.4 million viewers were watching in the area", "an estimated 1,400,000"),
        S(HC1, "Nearly one and a half million people were watching.", "nearly 1,500,000")],
         "a hedged rounding: 1.4 million is nearly one and a half million (Carrierwave's 900,000 is the conflict C5)"),
    nonc("N15", "rounded", "E1", ["E1"], "How many complaints CPTV received", [
        S(Q1, "had received more than 3,000 complaints by then", "more than 3,000 (by midnight)"),
        S(RP1, "By Monday morning CPTV had logged 3,212 complaints", "3,212 (by Monday morning)"),
        S(KD, "bombarded with more than 3,000 complaints", "more than 3,000")],
         "**a rounded figure against an exact one**, hedged ('more than'): 3,212 is more than 3,000 (and counted later)"),
    nonc("N16", "different_measure", "E1", ["E1"], "Complaints to CPTV vs calls to the police", [
        S(RP1, "By Monday morning CPTV had logged 3,212 complaints", "3,212 complaints to CPTV"),
        S(RP1, "police in Orlwick had taken more than 400 calls", "more than 400 calls to the police")],
         "**counts of different sets** in one sentence: complaints to the broadcaster and calls to the police in Orlwick"),
    nonc("N17", "different_measure", "E2", ["E2"], "All the recommendations vs those that apply to every broadcaster", [
        S(Q2, "It made 14 recommendations and gave CPTV 90 days", "14 recommendations"),
        S(Q2, "Six of them apply to every broadcaster in the country.", "6 of the 14")],
         "counts of different sets: six of the 14 recommendations apply to every broadcaster"),
    nonc("N18", "level_vs_change", "E2", ["E2"], "The maximum fine a broadcaster can face", [
        S(Q2, "lift the maximum penalty to 10 million drals", "to 10,000,000 (new level)"),
        S(RB, "The current ceiling for a fine is 3 million drals.", "3,000,000 (present level)"),
        S(FU, "He means to more than treble the ceiling.", "more than treble (change)")],
         "the present ceiling, the new one and the change: 3 million to 10 million is more than treble"),
    nonc("N19", "updated_figure", None, ["E1", "E2"], "How many people watched the hijack, in the two events", [
        S(Q1, "An estimated 1.4 million viewers were watching in the area", "an estimated 1,400,000 (CPTV, 11 October)"),
        S(Q2, "the audience at 1.9 million viewers, not the 1.4 million first estimated", "1,900,000 (the regulator, 22 October)")],
         "**a figure updated over time in different events**: the regulator's audience figure replaces the broadcaster's first estimate ('not the 1.4 million first estimated'): not a conflict"),
    nonc("N20", "different_event", None, ["E1", "E2"], "Arrests, in the two events", [
        S(Q1, "Police in Rensk said no arrests had been made.", "no arrests (11 October)"),
        S(Q2, "In Hollisk, Tivenian police said they had arrested two men", "two arrested (21 October)")],
         "a later step: no arrests on the night, two men arrested ten days later"),
    nonc("N21", "different_event", None, ["E1", "E2"], "Whether Mordane's systems were the way in, in the two events", [
        S(Q1, "said Mordane's systems had not been breached", "the contractor's denial (11 October)"),
        S(Q2, "through a remote-maintenance link run by CPTV's contractor", "the regulator's finding (22 October)")],
         "a party's denial on the night and a later finding by another body, in different events: reported views, not two outlets disagreeing on a fact (and 'not breached' and 'let in' with a password can both hold)"),
    nonc("N22", "correction", "E2", ["E2"], "How many men were arrested, with a withdrawn figure", [
        S(RB, "said three men had been arrested", "3 (withdrawn)"),
        S(RB, "Two men, in Hollisk.", "2"),
        S(Q2, "In Hollisk, Tivenian police said they had arrested two men", "2")],
         "Rubric's correction withdraws its first 'three'; the piece now says two, like the wire: not a conflict (the Hollisk Colporteur's three is the conflict C15)"),
]

CORROBORATED = [
    corr("K1", "E1", "date", "The news was hijacked on Sunday 11 October", "2048-10-11", CONFLICTS[0]["sides"][0]["sources"]),
    corr("K2", "E1", "time", "The intruder's programme replaced the news at 18:12 GMT", "2048-10-11T18:12Z", CONFLICTS[1]["sides"][0]["sources"]),
    corr("K3", "E1", "duration", "The intruder was on air for 11 minutes", "PT11M", CONFLICTS[2]["sides"][0]["sources"]),
    corr("K4", "E1", "count", "Three transmitters carried the intruder", "3", CONFLICTS[3]["sides"][0]["sources"]),
    corr("K5", "E1", "count", "About 1.4 million people were watching", "1,400,000", CONFLICTS[4]["sides"][0]["sources"]),
    corr("K6", "E1", "place", "The signal got in at the Garrowfell transmitting station", "the Garrowfell transmitting station", CONFLICTS[6]["sides"][0]["sources"]),
    corr("K7", "E1", "count", "Garrowfell is 14 km north of Orlwick", "14 km", CONFLICTS[7]["sides"][0]["sources"]),
    corr("K8", "E2", "date", "The regulator presented its findings on Thursday 22 October", "2048-10-22", CONFLICTS[8]["sides"][0]["sources"]),
    corr("K9", "E2", "time", "The findings were presented at 09:30 GMT", "2048-10-22T09:30Z", CONFLICTS[9]["sides"][0]["sources"]),
    corr("K10", "E2", "amount", "CPTV was fined 2.4 million drals", "2,400,000 drals", CONFLICTS[10]["sides"][0]["sources"]),
    corr("K11", "E2", "duration", "The password had gone unchanged for seven years", "P7Y", CONFLICTS[11]["sides"][0]["sources"]),
    corr("K12", "E2", "place", "The men were arrested in Hollisk", "Hollisk", CONFLICTS[13]["sides"][0]["sources"]),
    corr("K13", "E2", "count", "Two men were arrested", "2", CONFLICTS[14]["sides"][0]["sources"]),
    corr("K14", "E2", "duration", "CPTV has 90 days to carry out the recommendations", "P90D", CONFLICTS[15]["sides"][0]["sources"]),
    corr("K15", "E1", "actor", "The intruder's programme replaced the eight o'clock news", "the eight o'clock news", [
        S(Q1, "replacing the eight o'clock news with a masked man"),
        S(OC, "replacing the eight o'clock news with a masked man"),
        S(RP1, "twelve minutes into the eight o'clock news"),
        S(HC1, "in the middle of Calmorian Public Television's eight o'clock bulletin")]),
    corr("K16", "E1", "actor", "The intruder wore a hare mask", "a man in a hare mask", [
        S(Q1, "In her place a man in a hare mask"),
        S(OC, "In her place a man in a hare mask"),
        S(RP1, "viewers of four transmitters saw only a man in a hare mask"),
        S(KD, "The creep in a bunny mask burst onto screens", "a bunny mask")]),
    corr("K17", "E1", "actor", "The intruder read a statement against the licence fee, over a siren", "against the licence fee", [
        S(Q1, "read a rambling statement against the licence fee"),
        S(OC, "read a rambling statement against the licence fee"),
        S(KD, "He droned on about the licence fee while a siren wailed")]),
    corr("K18", "E1", "actor", "The duty engineer Piran Askew switched the station to a backup feed", "Piran Askew", [
        S(Q1, "a duty engineer at CPTV's network centre in Rensk, Piran Askew"),
        S(OC, "a duty engineer at CPTV's network centre in Rensk, Piran Askew"),
        S(RP1, "It was ended by Piran Askew, a duty engineer"),
        S(CW, "The duty engineer, Piran Askew, had first tried to regain control")]),
    corr("K19", "E1", "actor", "The Garrowfell station is maintained by the Tivenian firm Mordane Signal Services", "Mordane Signal Services", [
        S(Q1, "is maintained remotely by Mordane Signal Services"),
        S(CW, "looked after under contract by the Tivenian firm Mordane Signal Services"),
        S(HC1, "has maintained the Garrowfell station and its relays")]),
    corr("K20", "E1", "actor", "The minister asked the Calmorian Media Authority to investigate", "the Calmorian Media Authority", [
        S(Q1, "ordered the Calmorian Media Authority to investigate"),
        S(OC, "ordered the Calmorian Media Authority to investigate"),
        S(RP1, "He has asked the Calmorian Media Authority to establish"),
        S(HC1, "who has ordered an inquiry by the country's media regulator")]),
    corr("K21", "E1", "count", "CPTV received more than 3,000 complaints", "more than 3,000", [
        S(Q1, "had received more than 3,000 complaints by then"),
        S(OC, "had received more than 3,000 complaints by then"),
        S(RP1, "By Monday morning CPTV had logged 3,212 complaints", "3,212"),
        S(KD, "bombarded with more than 3,000 complaints")]),
    corr("K22", "E1", "date", "The Garrowfell station has had no staff on site since 2041", "2041", [
        S(Q1, "Garrowfell has had no staff on site since 2041"),
        S(CW, "The site has been unstaffed since 2041")]),
    corr("K23", "E2", "count", "1.9 million people saw the hijack, on the regulator's figures", "1,900,000", [
        S(Q2, "the audience at 1.9 million viewers"),
        S(RP2, "Its audience figures show 1.9 million people"),
        S(RB, "1.9 million, the regulator now says.")]),
    corr("K24", "E2", "count", "The regulator made 14 recommendations", "14", [
        S(Q2, "It made 14 recommendations and gave CPTV 90 days"),
        S(NR, "The watchdog made 14 recommendations"),
        S(RB, "and 14 recommendations it must carry out")]),
    corr("K25", "E2", "actor", "The intruders came in through a remote-maintenance link run by Mordane", "Mordane's remote-maintenance link", [
        S(Q2, "through a remote-maintenance link run by CPTV's contractor"),
        S(NR, "a remote-maintenance link run by the contractor Mordane Signal Services"),
        S(RP2, "came in through a maintenance link run by Mordane Signal Services"),
        S(HC2, "used a remote-maintenance link that Mordane ran for the broadcaster"),
        S(RB, "Through a remote-maintenance link run by Mordane Signal Services")]),
    corr("K26", "E2", "actor", "CPTV will not appeal against the fine", "no appeal", [
        S(Q2, "The broadcaster will not appeal."),
        S(RP2, "the broadcaster will not contest the fine"),
        S(FU, "a fine it says it will not contest")]),
    corr("K27", "E2", "date", "The hijack the fine is for took place on 11 October", "2048-10-11", [
        S(Q2, "took over its evening news eleven days ago", "eleven days before 22 October"),
        S(NR, "the hijacking of its evening news on 11 October"),
        S(RP2, "the intruders of 11 October"),
        S(RB, "the 11 October hijacking of CPTV's evening news")]),
    corr("K28", "E2", "actor", "One of the men arrested is a former Mordane technician", "a former Mordane technician", [
        S(Q2, "One is a former Mordane technician."),
        S(RP2, "include a former Mordane technician"),
        S(HC2, "a former employee of the city's Mordane Signal Services")]),
    corr("K29", "E2", "actor", "Calmoria will seek the men's extradition", "extradition", [
        S(Q2, "Calmoria will ask for both to be extradited."),
        S(HC2, "Calmoria has said it will seek the men's extradition")]),
]

EXCLUSIVE = [
    excl("X1", "E1", "The man in the hare mask sat in front of a bedsheet", [
        S(Q1, "sitting in front of a bedsheet"),
        S(OC, "sitting in front of a bedsheet")],
         "in the Quern wire and its copy (Orlwick Cresset) only: one independent source, NOT corroborated"),
    excl("X2", "E1", "Staff at the Brackenrigg Inn saw no cars on the road to the mast; the gate was found padlocked on Monday", [
        S(OC, "Staff at the Brackenrigg Inn, on the only road up")],
         "only in the paragraph the Cresset added to the wire"),
    excl("X3", "E1", "A broadcast engineering lecturer: a transmitter does what it is told", [
        S(RP1, "Hobart Kittering, who teaches broadcast engineering")]),
    excl("X4", "E1", "A 74-year-old viewer in Orlwick thought the world was ending", [
        S(KD, "Gran Perla Sparrowby, 74, from Orlwick")]),
    excl("X5", "E1", "Garrowfell stands on a 600-metre summit and radiates on UHF channel 31", [
        S(CW, "radiates on UHF channel 31")]),
    excl("X6", "E1", "The intrusion was made inside the station's programme chain, not by a rival transmitter", [
        S(CW, "not by a rival transmitter overpowering it from a nearby hill")]),
    excl("X7", "E1", "Mordane employs 140 people in Hollisk", [
        S(HC1, "which employs 140 people at its offices")]),
    excl("X8", "E1", "Police in Orlwick took more than 400 calls from viewers", [
        S(RP1, "police in Orlwick had taken more than 400 calls")]),
    excl("X9", "E2", "Every Mordane engineer used the same password", [
        S(Q2, "The same password was used by every Mordane engineer."),
        S(NR, "Every Mordane engineer used the same one.")],
         "in the Quern wire and its rewrite (Northfell Radio) only: one independent source, NOT corroborated"),
    excl("X10", "E2", "A steel fence has gone up at the mast and CPTV has staff at the gate day and night", [
        S(NR, "a steel fence has gone up since the hijack")],
         "only in the paragraph Northfell Radio wrote itself"),
    excl("X11", "E2", "The arrested men are aged 23 and 29", [
        S(Q2, "aged 23 and 29")],
         "in the wire only; its rewrite leaves it out"),
    excl("X12", "E2", "Six of the recommendations apply to every broadcaster", [
        S(Q2, "Six of them apply to every broadcaster in the country.")],
         "in the wire only; The Fulcrum's closing call to 'every other broadcaster' is comment, not this finding"),
    excl("X13", "E2", "Vasquin will give up her bonus for the year", [
        S(RP2, "She will give up her bonus for the year")]),
    excl("X14", "E2", "Opposition MPs called for Vasquin to go; Carrack said she kept his confidence", [
        S(RP2, "Yannick Carrack, said she kept his full confidence.")]),
    excl("X15", "E2", "Mordane has shut down remote access to all its Calmorian sites", [
        S(HC2, "Mordane said it had shut down remote access")]),
    excl("X16", "E2", "The men are due before a Hollisk magistrate on Monday", [
        S(HC2, "they are due before a Hollisk magistrate on Monday")]),
]

QUOTES = [
    qv("Q1", "E1", "Wrenna Cadby", "Mordane's systems were not broken into and the company is helping the police", [
        S(HC1, "\"Nothing in our systems was broken into.", mode="direct"),
        S(Q1, "said Mordane's systems had not been breached", mode="indirect")],
       "direct vs reported speech ('Nothing in our systems was broken into. We are helping the Calmorian police with everything they ask of us' vs 'said Mordane's systems had not been breached and that the company was helping the police')"),
    qv("Q2", "E1", "Yannick Carrack", "Whoever did this will be found, wherever they are", [
        S(Q1, "\"Whoever did this will be found, wherever they are sitting,\"", mode="direct"),
        S(RP1, "\"We will find whoever did this, wherever in the world", mode="direct")],
       "direct vs direct in other words ('Whoever did this will be found, wherever they are sitting' vs 'We will find whoever did this, wherever in the world they happen to be sitting')"),
    qv("Q3", "E2", "Leontine Marbeck", "It was not a sophisticated attack but an unlocked door", [
        S(Q2, "\"This was not a sophisticated attack. It was an unlocked door,\"", mode="direct"),
        S(FU, "It had not been a sophisticated attack, she said", mode="indirect")],
       "direct vs reported speech ('This was not a sophisticated attack. It was an unlocked door' vs 'It had not been a sophisticated attack, she said, but an unlocked door')"),
    qv("Q4", "E2", "Ermina Vasquin", "CPTV accepts every word of the report and is sorry", [
        S(Q2, "\"We accept every word of this report, and we are sorry.\"", mode="direct"),
        S(RP2, "she accepted \"every word\" of the report and that CPTV was sorry", mode="direct")],
       "direct vs partial direct in reported speech ('We accept every word of this report, and we are sorry.' vs 'told staff she accepted \"every word\" of the report and that CPTV was sorry')"),
    qv("Q5", "E2", "Yannick Carrack", "A fine a broadcaster can pay from petty cash is no fine", [
        S(Q2, "\"A fine that a broadcaster can pay out of petty cash", mode="direct"),
        S(FU, "a penalty any broadcaster could cover from petty cash", mode="indirect")],
       "direct vs reported speech ('A fine that a broadcaster can pay out of petty cash is not a fine' vs 'As Carrack put it, a penalty any broadcaster could cover from petty cash was never a penalty at all')"),
]
