# The planted items of demo/crosscheck-heldout22, read by build_gold.py (which defines S, conflict,
# nonc, corr, excl, qv and the report names B1 ... TE before executing this file).
# Time zones: Ombrevia (Pellacombe, Castrenne, Ostrimmel, Vessey) UTC+3 all year; Harvania
# (Kelmstead) UTC-4 all year. 12 September 2053 is a Friday, 13 September a Saturday, 14 September
# a Sunday, 15 September a Monday, 23 September a Tuesday, 25 September a Thursday, 26 September a
# Friday, 29 September a Monday; 30 days after 25 September 2053 is 25 October 2053; from
# 4 September to 14 September is ten days; from 8.40 p.m. to 2.40 a.m. is six hours.
# 14C is 57.2F.

CONFLICTS = [
    conflict("C1", "E1", "date", "The day of the wedding banquet", [
        ("2053-09-13", [S(B1, "a wedding banquet it served on Saturday evening"),
                        S(PW, "a wedding banquet it served on Saturday evening"),
                        S(CT1, "came out at 8.40 p.m. on Saturday"),
                        S(RR, "fell ill after last night's wedding"),
                        S(KL1, "at Saturday's wedding of Teodric Dallow")]),
        ("2053-09-12", [S(SC, "at the bash on Friday night")]),
    ], "Saturday 13 September: 'on Saturday evening' in the Brantle wire (published Sun 14) and its copy (Mon 15), 'at 8.40 p.m. on Saturday' in the Castrenne Trumpeter (Mon 15), \"last night's wedding\" in Redmarsh Radio's live blog (published Sun 14), \"Saturday's wedding\" in the Kelmstead Linnet (Sun 14); **weekday in a later report**: 'on Friday night' in the tabloid The Scorch, published Monday 15 September: Friday 12 September."),
    conflict("C2", "E1", "time", "When the first guests were taken ill", [
        ("2053-09-13T23:40Z", [S(B1, "The first guests were taken ill at 2340 GMT"),
                               S(PW, "The first guests were taken ill at 2340 GMT"),
                               S(CT1, "taken ill at 2.40 a.m. on Sunday"),
                               S(KL1, "taken ill at 7.40 p.m. on Saturday, Kelmstead time")]),
        ("2053-09-13T22:40Z", [S(RR, "came at 1.40am, when the first guests were taken ill")]),
    ], "23:40 GMT in the Brantle wire and its copy = 2.40 a.m. on Sunday Ombrevian time (UTC+3, zone not named) in the Castrenne Trumpeter = 7.40 p.m. on Saturday, Kelmstead time (UTC-4) in the Kelmstead Linnet: one instant, on Saturday in GMT and in Kelmstead and on Sunday in Pellacombe; 1.40am in Redmarsh Radio's live blog (Ombrevian time, not named) is 22:40 GMT, an hour earlier."),
    conflict("C3", "E1", "count", "How many guests fell ill", [
        ("146", [S(B1, "after 146 of the 312 guests"),
                 S(PW, "after 146 of the 312 guests"),
                 S(CT1, "146 of the 312 people at the banquet had fallen ill"),
                 S(RR, "the number of guests taken ill at 146"),
                 S(SC, "NEARLY 150 guests were struck down", "nearly 150")]),
        ("164", [S(KL1, "after 164 guests fell ill")]),
    ], "146 in the Brantle wire and its copy, the Castrenne Trumpeter and Redmarsh Radio, 'NEARLY 150' in The Scorch (a hedged rounding, N19); 164 in the Kelmstead Linnet."),
    conflict("C4", "E1", "count", "How many guests were taken to hospital", [
        ("38", [S(B1, "38 of them badly enough to be taken to hospital"),
                S(PW, "38 of them badly enough to be taken to hospital"),
                S(CT1, "38 had been taken to Pellacombe General Hospital"),
                S(RR, "Of those, 38 went to Pellacombe General"),
                S(KL1, "Thirty-eight were taken to hospital")]),
        ("58", [S(SC, "58 were rushed to hospital")]),
    ], "38 in the Brantle wire and its copy, the Castrenne Trumpeter, Redmarsh Radio and the Kelmstead Linnet ('Thirty-eight'); 58 in The Scorch. (21 of the 38 were kept in overnight: a different measure, N23.)"),
    conflict("C5", "E1", "place", "Where the wedding banquet was held", [
        ("the Tollin Mill, on the edge of Pellacombe", [S(B1, "a converted watermill on the edge of Pellacombe"),
                                                        S(PW, "a converted watermill on the edge of Pellacombe"),
                                                        S(RR, "the wedding venue on the edge of Pellacombe"),
                                                        S(KL1, "to Lisbet Haverkamp in the Ombrevian town of Pellacombe")]),
        ("Ostrimmel", [S(CT1, "at the Tollin Mill in Ostrimmel, a hill village")]),
    ], "At the Tollin Mill on the edge of Pellacombe in the Brantle wire and its copy and Redmarsh Radio, in the town of Pellacombe in the Kelmstead Linnet; in Ostrimmel, 'a hill village 20 km from Pellacombe', in the Castrenne Trumpeter."),
    conflict("C6", "E1", "speaker", "Who said 'We had guests lying on trolleys in the corridors, still in their wedding clothes'", [
        ("Imke Vrábel", [S(B1, "said Dr Imke Vrábel, the hospital's medical director"),
                         S(PW, "said Dr Imke Vrábel, the hospital's medical director"),
                         S(CT1, "Dr Imke Vrábel, its medical director, told the Trumpeter"),
                         S(SC, "Hospital chief Dr Imke Vrabel said:", "Imke Vrabel"),
                         S(RR, "Dr Imke Vrábel, the medical director at Pellacombe General")]),
        ("Gunnhild Strade", [S(KL1, "the mayor of Pellacombe, Gunnhild Strade, told the Linnet")]),
    ], "The hospital's medical director Dr Imke Vrábel in the Brantle wire, its copy, the Castrenne Trumpeter, The Scorch (spelt 'Vrabel', N2; her name before a colon) and Redmarsh Radio (her name in the sentence that ends with the quote); the mayor of Pellacombe, Gunnhild Strade, in the Kelmstead Linnet. All quote the words verbatim."),
    conflict("C7", "E1", "duration", "How long after the main course the first guests were taken ill", [
        ("PT6H", [S(B1, "about six hours after the main course of braised beef cheeks", "about six hours"),
                  S(PW, "about six hours after the main course of braised beef cheeks", "about six hours"),
                  S(CT1, "The first of their guests was taken ill at 2.40 a.m.", "from 8.40 p.m. (the main course) to 2.40 a.m.: six hours"),
                  S(KL1, "about six hours after the main course had been served", "about six hours")]),
        ("PT1H", [S(SC, "barely an hour after tucking into a beef stew")]),
    ], "About six hours in the Brantle wire, its copy and the Kelmstead Linnet, and **relative time** in the Castrenne Trumpeter (the beef cheeks came out at 8.40 p.m., the first guest was taken ill at 2.40 a.m.: six hours); 'barely an hour' in The Scorch."),
    conflict("C8", "E1", "actor", "Who closed the caterer's kitchen", [
        ("the National Food Inspectorate", [S(B1, "The National Food Inspectorate closed the caterer's kitchen"),
                                            S(PW, "The National Food Inspectorate closed the caterer's kitchen"),
                                            S(CT1, "Inspectors from the National Food Inspectorate closed the caterer's kitchen"),
                                            S(KL1, "has had its kitchen closed by Ombrevia's food inspectors")]),
        ("Gunnhild Strade", [S(RR, "Gunnhild Strade, has ordered the kitchen of the caterer closed")]),
    ], "The National Food Inspectorate in the Brantle wire, its copy and the Castrenne Trumpeter, 'Ombrevia's food inspectors' in the Kelmstead Linnet; the mayor of Pellacombe, Gunnhild Strade, in Redmarsh Radio's live blog. (The Scorch's 'have had their kitchen shut down' names nobody.)"),
    conflict("C9", "E2", "date", "The day the inspectorate presented its findings", [
        ("2053-09-25", [S(B2, "480,000 dovras on Thursday over a wedding banquet"),
                        S(VP, "the National Food Inspectorate announced on Thursday"),
                        S(CT2, "the National Food Inspectorate said yesterday"),
                        S(KL2, "on Thursday, announcing its findings at 5 a.m."),
                        S(LL, "the Pellacombe wedding outbreak on 25 September")]),
        ("2053-09-23", [S(TE, "its verdict on Ferrow & Lusk last Tuesday")]),
    ], "Thursday 25 September: 'on Thursday' in the Brantle wire (published Thu 25), its rewrite (Fri 26) and the Kelmstead Linnet (Thu 25), 'yesterday' in the Castrenne Trumpeter (published Fri 26), 'on 25 September' in Larderline; **weekday in a later report**: 'last Tuesday' in the weekly The Tether, published Monday 29 September: Tuesday 23 September."),
    conflict("C10", "E2", "time", "When the inspectorate presented its findings", [
        ("2053-09-25T09:00Z", [S(B2, "at the inspectorate's headquarters in Castrenne at 0900 GMT"),
                               S(VP, "Presenting the findings at noon"),
                               S(KL2, "announcing its findings at 5 a.m. Kelmstead time")]),
        ("2053-09-25T06:00Z", [S(LL, "on 25 September, at 9 a.m. at its Castrenne headquarters")]),
    ], "09:00 GMT in the Brantle wire = noon in Castrenne (UTC+3, zone not named) in the Vessey Evening Post = 5 a.m. Kelmstead time (UTC-4) in the Kelmstead Linnet: one instant; '9 a.m. at its Castrenne headquarters' in Larderline (Ombrevian time, not named) is 06:00 GMT, three hours earlier (the wire's GMT hour written as a local one)."),
    conflict("C11", "E2", "amount", "How much Ferrow & Lusk was fined", [
        ("480,000 dovras", [S(B2, "fined the Pellacombe caterer Ferrow & Lusk 480,000 dovras"),
                            S(VP, "has been fined 480,000 dovras"),
                            S(CT2, "fined the caterer 480,000 dovras"),
                            S(LL, "The penalty: a fine of 480,000 dovras", "480,000 dovras (after its correction, N28)"),
                            S(TE, "almost half a million dovras in fines", "almost 500,000 dovras")]),
        ("840,000 dovras", [S(KL2, "the Dallow wedding 840,000 dovras")]),
    ], "480,000 dovras in the Brantle wire and its rewrite, the Castrenne Trumpeter and Larderline (whose correction withdraws its first 48,000, N28), 'almost half a million' in The Tether (a hedged rounding, N20); 840,000 in the Kelmstead Linnet."),
    conflict("C12", "E2", "duration", "How long the cold room had been broken when inspectors found it", [
        ("P10D", [S(B2, "had been broken for ten days when inspectors found it"),
                  S(VP, "a cold room that had not worked for ten days"),
                  S(KL2, "and had been broken for ten days"),
                  S(LL, "its compressor failed on 4 September and it was still broken", "from 4 September to 14 September: ten days")]),
        ("P3W", [S(CT2, "had been broken for nearly three weeks when inspectors found it", "nearly three weeks")]),
    ], "Ten days in the Brantle wire and its rewrite and the Kelmstead Linnet, and **relative time** in Larderline (the compressor failed on 4 September and was still broken when inspectors arrived on 14 September: ten days); 'nearly three weeks' in the Castrenne Trumpeter (the hedge does not reach ten days)."),
    conflict("C13", "E2", "duration", "How long Ferrow & Lusk has to put the breaches right", [
        ("P30D", [S(B2, "The caterer has 30 days to put them right"),
                  S(VP, "given a 30-day deadline to clean up its kitchen"),
                  S(CT2, "gave it a month to fix", "a month"),
                  S(LL, "to fix by 25 October", "by 25 October: 30 days after 25 September")]),
        ("P2M", [S(TE, "two months to put them right")]),
    ], "30 days in the Brantle wire, 'a 30-day deadline' in its rewrite (N13), 'a month' in the Castrenne Trumpeter (a rounding, N21) and **relative time** in Larderline ('by 25 October': 30 days after 25 September 2053); two months in The Tether."),
    conflict("C14", "E2", "speaker", "Who said 'A cold room that does not get cold is a cupboard with a door, and everyone in that kitchen knew it'", [
        ("Berit Valtersen", [S(B2, "knew it,\" Valtersen said."),
                             S(VP, "knew it,\" she said."),
                             S(CT2, "said Berit Valtersen, the chief inspector"),
                             S(KL2, "the chief inspector, Berit Valtersen, wrote in the report")]),
        ("Jorrit Ebberley", [S(LL, "said the Health Minister, Jorrit Ebberley")]),
    ], "The chief inspector Berit Valtersen in the Brantle wire, its rewrite ('she', Valtersen named in the paragraph before), the Castrenne Trumpeter and the Kelmstead Linnet ('wrote in the report'); the Health Minister Jorrit Ebberley in Larderline. All quote the words verbatim."),
    conflict("C15", "E2", "place", "Where the findings were presented", [
        ("the inspectorate's headquarters in Castrenne", [S(B2, "presented the findings at the inspectorate's headquarters in Castrenne"),
                                                          S(VP, "at noon at the inspectorate's headquarters in Castrenne"),
                                                          S(KL2, "presented at the watchdog's headquarters in Castrenne"),
                                                          S(LL, "at its Castrenne headquarters")]),
        ("Pellacombe town hall", [S(CT2, "presented the findings at Pellacombe town hall")]),
    ], "At the inspectorate's headquarters in Castrenne in the Brantle wire and its rewrite, the Kelmstead Linnet ('the watchdog's headquarters') and Larderline; at Pellacombe town hall in the Castrenne Trumpeter."),
    conflict("C16", "E2", "actor", "Who presented the inspectorate's findings", [
        ("Berit Valtersen", [S(B2, "Chief Inspector Berit Valtersen presented the findings"),
                             S(VP, "Chief Inspector Berit Valtersen said the braised beef cheeks", "Berit Valtersen (the subject of 'Presenting the findings')"),
                             S(CT2, "Its chief inspector, Berit Valtersen, presented the findings")]),
        ("Mabon Trask", [S(KL2, "by its deputy chief inspector, Mabon Trask")]),
    ], "The chief inspector Berit Valtersen in the Brantle wire, its rewrite (the subject of 'Presenting the findings at noon ...') and the Castrenne Trumpeter; her deputy Mabon Trask in the Kelmstead Linnet (which still quotes Valtersen's words, from her report)."),
    conflict("C17", "E2", "count", "How many breaches the inspectors found", [
        ("17", [S(B2, "Inspectors listed 17 breaches of hygiene law"),
                S(VP, "Her inspectors found 17 breaches at Ferrow & Lusk"),
                S(CT2, "fix 17 breaches of the law"),
                S(LL, "17 breaches to fix")]),
        ("21", [S(TE, "21 breaches of hygiene law")]),
    ], "17 breaches in the Brantle wire and its rewrite, the Castrenne Trumpeter and Larderline; 21 in The Tether. (Four of the 17 are serious: a different measure, N24.)"),
]

NONCONFLICTS = [
    nonc("N1", "alias", "E1", ["E1"], "The caterer, in two spellings", [
        S(B1, "The firm, Ferrow & Lusk, has catered weddings", "Ferrow & Lusk"),
        S(KL1, "The caterer, Ferrow and Lusk, has had its kitchen closed", "Ferrow and Lusk"),
        S(SC, "Caterers Ferrow & Lusk have had their kitchen shut down.", "Ferrow & Lusk")],
         "one firm: '&' and 'and' are spellings of one name"),
    nonc("N2", "alias", "E1", ["E1"], "The hospital's medical director, with and without the accent", [
        S(B1, "said Dr Imke Vrábel, the hospital's medical director", "Imke Vrábel"),
        S(SC, "Hospital chief Dr Imke Vrabel said:", "Imke Vrabel")],
         "one person: The Scorch drops the accent of 'Vrábel' (the Kelmstead Linnet's mayor is the conflict C6)"),
    nonc("N3", "alias", "E2", ["E2"], "The inspectorate", [
        S(B2, "Ombrevia's National Food Inspectorate fined the Pellacombe caterer", "National Food Inspectorate"),
        S(KL2, "Ombrevia's food watchdog fined the caterer", "Ombrevia's food watchdog"),
        S(LL, "The National Food Inspectorate (NFI) published its findings", "NFI"),
        S(TE, "When the food inspectorate delivered its verdict", "the food inspectorate")],
         "one body named four ways"),
    nonc("N4", "alias", "E1", ["E1"], "The dish", [
        S(B1, "the main course of braised beef cheeks in red wine", "braised beef cheeks in red wine"),
        S(SC, "barely an hour after tucking into a beef stew", "a beef stew"),
        S(RR, "the main course was beef", "beef")],
         "one dish: braised beef cheeks, a tabloid's 'beef stew', a guest's 'beef'"),
    nonc("N5", "timezone", "E1", ["E1"], "When the first guests were taken ill", [
        S(B1, "The first guests were taken ill at 2340 GMT", "23:40 GMT"),
        S(CT1, "taken ill at 2.40 a.m. on Sunday", "02:40 UTC+3 = 23:40 GMT"),
        S(KL1, "taken ill at 7.40 p.m. on Saturday, Kelmstead time", "19:40 UTC-4 = 23:40 GMT")],
         "one instant written in three zones (Redmarsh Radio's 1.40am is the conflict C2)"),
    nonc("N6", "timezone", "E2", ["E2"], "When the findings were presented", [
        S(B2, "at the inspectorate's headquarters in Castrenne at 0900 GMT", "09:00 GMT"),
        S(VP, "Presenting the findings at noon", "12:00 UTC+3 = 09:00 GMT"),
        S(KL2, "announcing its findings at 5 a.m. Kelmstead time", "05:00 UTC-4 = 09:00 GMT")],
         "one instant written in three zones (Larderline's 9 a.m. is the conflict C10)"),
    nonc("N7", "timezone", "E1", ["E1"], "The day the first guests were taken ill, in two zones", [
        S(CT1, "taken ill at 2.40 a.m. on Sunday", "2053-09-14 (Pellacombe)"),
        S(KL1, "taken ill at 7.40 p.m. on Saturday, Kelmstead time", "2053-09-13 (Kelmstead)")],
         "**the same instant in two zones on two calendar days**: 23:40 GMT on Saturday is 2.40 a.m. on Sunday in Pellacombe and 7.40 p.m. on Saturday in Kelmstead"),
    nonc("N8", "weekday_date", "E1", ["E1"], "The day of the banquet", [
        S(B1, "a wedding banquet it served on Saturday evening", "2053-09-13"),
        S(RR, "fell ill after last night's wedding", "2053-09-13")],
         "Redmarsh Radio's live blog was published on Sunday 14 September: \"last night's wedding\" is Saturday 13 September (The Scorch's 'Friday night' is the conflict C1)"),
    nonc("N9", "weekday_date", "E2", ["E2"], "The day of the findings", [
        S(B2, "480,000 dovras on Thursday over a wedding banquet", "2053-09-25"),
        S(CT2, "the National Food Inspectorate said yesterday", "2053-09-25"),
        S(LL, "the Pellacombe wedding outbreak on 25 September", "2053-09-25")],
         "a weekday, 'yesterday' in a report published on Friday 26 September, and the date: one day (The Tether's 'last Tuesday' is the conflict C9)"),
    nonc("N10", "different_measure", "E1", ["E1"], "The day of the banquet and the day the first guests fell ill", [
        S(B1, "a wedding banquet it served on Saturday evening", "the banquet: Saturday 13 September"),
        S(B1, "in the early hours of Sunday local time", "the first illness: Sunday 14 September, local time")],
         "two different facts in one report: the meal on Saturday evening, the first illness in the early hours of Sunday"),
    nonc("N11", "different_measure", "E1", ["E1"], "When the main course was served and when the first guests fell ill", [
        S(CT1, "came out at 8.40 p.m. on Saturday", "the main course served: 17:40 GMT"),
        S(B1, "The first guests were taken ill at 2340 GMT", "the first illness: 23:40 GMT")],
         "two clock times of two different things, six hours apart (C7)"),
    nonc("N12", "unit_form", "E1", ["E1"], "The time between the meal and the first symptoms", [
        S(B1, "about six hours after the main course of braised beef cheeks", "about six hours"),
        S(KL1, "the six-hour gap pointed to a bacterial toxin", "six-hour")],
         "'six hours' and 'six-hour': one length"),
    nonc("N13", "unit_form", "E2", ["E2"], "The deadline to put the breaches right", [
        S(B2, "The caterer has 30 days to put them right", "30 days"),
        S(VP, "given a 30-day deadline to clean up its kitchen", "30-day")],
         "'30 days' and '30-day': one length"),
    nonc("N14", "unit_conversion", "E2", ["E2"], "How warm the cold room was, in two units", [
        S(B2, "The room stood at 14C", "14 °C"),
        S(KL2, "a cold room that was running at 57F", "57 °F = 13.9 °C")],
         "14C are 57.2F: the same temperature (the Kelmstead Linnet writes for Harvanian readers, in Fahrenheit)"),
    nonc("N15", "level_vs_change", "E2", ["E2"], "How warm the cold room was, as a level and as a difference", [
        S(B2, "The room stood at 14C", "14 °C (level)"),
        S(B2, "the law allows no more than 5C", "5 °C (the legal limit)"),
        S(CT2, "nine degrees warmer than the law allows", "+9 °C over the limit (change)")],
         "the level, the limit and the difference: 14C is nine degrees above 5C"),
    nonc("N16", "level_vs_change", "E2", ["E2"], "The caterer's hygiene grade", [
        S(B2, "Its hygiene grade has been cut to one", "to 1 (new level)"),
        S(CT2, "cut its hygiene grade by three", "by 3 (change)"),
        S(LL, "a hygiene grade cut from four to one", "from 4 to 1")],
         "the new grade and the change: from four to one is a cut of three"),
    nonc("N17", "date_vs_duration", "E2", ["E2"], "How long the cold room had been broken, as a length and as two dates", [
        S(B2, "had been broken for ten days when inspectors found it", "10 days"),
        S(LL, "its compressor failed on 4 September and it was still broken", "4 September to 14 September")],
         "**relative time**: from 4 September to 14 September is ten days (the Castrenne Trumpeter's 'nearly three weeks' is the conflict C12)"),
    nonc("N18", "date_vs_duration", "E2", ["E2"], "The deadline, as a length and as a date", [
        S(B2, "The caterer has 30 days to put them right", "30 days (from 25 September 2053)"),
        S(LL, "to fix by 25 October", "by 25 October 2053")],
         "**relative time**: 30 days from 25 September 2053 is 25 October (The Tether's two months is the conflict C13)"),
    nonc("N19", "rounded", "E1", ["E1"], "How many guests fell ill, exact and hedged", [
        S(B1, "after 146 of the 312 guests", "146"),
        S(SC, "NEARLY 150 guests were struck down", "nearly 150")],
         "**a rounded figure against an exact one**, hedged ('NEARLY'): 146 is nearly 150 (the Kelmstead Linnet's 164 is the conflict C3)"),
    nonc("N20", "rounded", "E2", ["E2"], "The fine, exact and hedged", [
        S(B2, "fined the Pellacombe caterer Ferrow & Lusk 480,000 dovras", "480,000"),
        S(TE, "almost half a million dovras in fines", "almost 500,000")],
         "**a rounded figure against an exact one**, hedged ('almost')"),
    nonc("N21", "rounded", "E2", ["E2"], "The deadline, exact and rounded", [
        S(B2, "The caterer has 30 days to put them right", "30 days"),
        S(CT2, "gave it a month to fix", "a month")],
         "**a rounded figure against an exact one**: 30 days are about a month"),
    nonc("N22", "different_measure", "E1", ["E1"], "Guests who fell ill vs guests at the banquet", [
        S(B1, "after 146 of the 312 guests", "146 fell ill"),
        S(B1, "the 312 guests at a wedding banquet", "312 guests")],
         "**counts of different sets** in one sentence: 146 of the 312 guests fell ill"),
    nonc("N23", "different_measure", "E1", ["E1"], "Guests taken to hospital vs guests kept in overnight", [
        S(B1, "38 of them badly enough to be taken to hospital", "38 taken to hospital"),
        S(B1, "Pellacombe General Hospital kept 21 of the 38 in overnight.", "21 kept in"),
        S(RR, "21 are staying in tonight", "21 kept in")],
         "counts of different sets: 21 of the 38 taken to hospital were kept in overnight (The Scorch's 58 is the conflict C4)"),
    nonc("N24", "different_measure", "E2", ["E2"], "All the breaches vs the serious ones", [
        S(B2, "Inspectors listed 17 breaches of hygiene law", "17 breaches"),
        S(B2, "four of them serious", "4 of the 17")],
         "counts of different sets: four of the 17 breaches are serious"),
    nonc("N25", "updated_figure", None, ["E1", "E2"], "How many guests fell ill, in the two events", [
        S(B1, "after 146 of the 312 guests", "146 (health officials, 14 September)"),
        S(B2, "that made 171 guests ill", "171 (the inspectorate, 25 September)"),
        S(CT2, "The number of confirmed cases has risen to 171.", "171")],
         "**a figure updated over time in different events**: the inspectorate's confirmed cases replace the first count ('has risen to 171'): not a conflict"),
    nonc("N26", "different_event", None, ["E1", "E2"], "Whether the food was kept cold, in the two events", [
        S(B1, "had left its kitchen properly chilled and properly cooked", "the caterer's claim (14 September)"),
        S(B2, "had been kept in a broken cold room", "the inspectorate's finding (25 September)")],
         "a party's claim on the day and a later finding by another body, in different events: reported views, not two outlets disagreeing on a fact"),
    nonc("N27", "different_event", None, ["E1", "E2"], "Guests in hospital, in the two events", [
        S(B1, "Pellacombe General Hospital kept 21 of the 38 in overnight.", "21 kept in (14 September)"),
        S(B2, "All 38 guests who were taken to hospital have gone home.", "all home (25 September)")],
         "a later step: 21 kept in on the Sunday, all home twelve days later"),
    nonc("N28", "correction", "E2", ["E2"], "The fine, with a withdrawn figure", [
        S(LL, "gave the fine as 48,000 dovras", "48,000 (withdrawn)"),
        S(LL, "The penalty: a fine of 480,000 dovras", "480,000"),
        S(B2, "fined the Pellacombe caterer Ferrow & Lusk 480,000 dovras", "480,000")],
         "Larderline's correction withdraws its first 48,000; the piece now says 480,000, like the wire: not a conflict (the Kelmstead Linnet's 840,000 is the conflict C11)"),
    nonc("N29", "alias", "E2", ["E2"], "The caterer, named and described", [
        S(B2, "fined the Pellacombe caterer Ferrow & Lusk 480,000 dovras", "Ferrow & Lusk"),
        S(VP, "A Pellacombe caterer has been fined", "A Pellacombe caterer"),
        S(KL2, "the caterer behind the Dallow wedding", "the caterer behind the Dallow wedding")],
         "one firm"),
    nonc("N30", "rounded", "E1", ["E1"], "How many guests had come from Harvania, two hedges", [
        S(B1, "About 60 of the guests had travelled from Harvania.", "about 60"),
        S(KL1, "More than 60 of the guests had flown in from Harvania.", "more than 60")],
         "two hedged figures that overlap ('About 60', 'More than 60'): not a conflict"),
    nonc("N31", "different_measure", "E2", ["E2"], "All the guests who fell ill vs the Harvanian guests among them", [
        S(B2, "that made 171 guests ill", "171 ill in all"),
        S(KL2, "Of the Harvanian guests, 29 were among those who fell ill.", "29 Harvanian guests ill")],
         "**counts of different sets**: 29 of the 171 who fell ill were Harvanian guests"),
]

CORROBORATED = [
    corr("K1", "E1", "date", "The wedding banquet was on Saturday 13 September", "2053-09-13", CONFLICTS[0]["sides"][0]["sources"]),
    corr("K2", "E1", "time", "The first guests were taken ill at 23:40 GMT", "2053-09-13T23:40Z", CONFLICTS[1]["sides"][0]["sources"]),
    corr("K3", "E1", "count", "146 guests fell ill", "146", CONFLICTS[2]["sides"][0]["sources"]),
    corr("K4", "E1", "count", "38 guests were taken to hospital", "38", CONFLICTS[3]["sides"][0]["sources"]),
    corr("K5", "E1", "place", "The banquet was at the Tollin Mill, on the edge of Pellacombe", "the Tollin Mill, on the edge of Pellacombe", CONFLICTS[4]["sides"][0]["sources"]),
    corr("K6", "E1", "duration", "The first guests fell ill about six hours after the main course", "PT6H", CONFLICTS[6]["sides"][0]["sources"]),
    corr("K7", "E1", "actor", "The National Food Inspectorate closed the caterer's kitchen", "the National Food Inspectorate", CONFLICTS[7]["sides"][0]["sources"]),
    corr("K8", "E2", "date", "The inspectorate presented its findings on Thursday 25 September", "2053-09-25", CONFLICTS[8]["sides"][0]["sources"]),
    corr("K9", "E2", "time", "The findings were presented at 09:00 GMT", "2053-09-25T09:00Z", CONFLICTS[9]["sides"][0]["sources"]),
    corr("K10", "E2", "amount", "Ferrow & Lusk was fined 480,000 dovras", "480,000 dovras", CONFLICTS[10]["sides"][0]["sources"]),
    corr("K11", "E2", "duration", "The cold room had been broken for ten days when inspectors found it", "P10D", CONFLICTS[11]["sides"][0]["sources"]),
    corr("K12", "E2", "duration", "The caterer has 30 days to put the breaches right", "P30D", CONFLICTS[12]["sides"][0]["sources"]),
    corr("K13", "E2", "place", "The findings were presented at the inspectorate's headquarters in Castrenne", "the inspectorate's headquarters in Castrenne", CONFLICTS[14]["sides"][0]["sources"]),
    corr("K14", "E2", "actor", "The chief inspector Berit Valtersen presented the findings", "Berit Valtersen", CONFLICTS[15]["sides"][0]["sources"]),
    corr("K15", "E2", "count", "The inspectors found 17 breaches", "17", CONFLICTS[16]["sides"][0]["sources"]),
    corr("K16", "E1", "actor", "The banquet was for the wedding of Lisbet Haverkamp and Teodric Dallow", "Lisbet Haverkamp and Teodric Dallow", [
        S(B1, "for the wedding of Lisbet Haverkamp, from Pellacombe, and Teodric Dallow"),
        S(PW, "for the wedding of Lisbet Haverkamp, from Pellacombe, and Teodric Dallow"),
        S(CT1, "where Lisbet Haverkamp and Teodric Dallow had been married"),
        S(SC, "Heartbroken bride Lisbet Haverkamp, 29, sobbed:", "the bride, Lisbet Haverkamp"),
        S(KL1, "at Saturday's wedding of Teodric Dallow")]),
    corr("K17", "E1", "actor", "The main course was beef (braised beef cheeks)", "braised beef cheeks", [
        S(B1, "the main course of braised beef cheeks in red wine"),
        S(PW, "the main course of braised beef cheeks in red wine"),
        S(CT1, "The beef cheeks came out at 8.40 p.m."),
        S(SC, "barely an hour after tucking into a beef stew", "a beef stew"),
        S(RR, "the main course was beef", "beef")]),
    corr("K18", "E1", "actor", "The banquet was served by the caterer Ferrow & Lusk", "Ferrow & Lusk", [
        S(B1, "The firm, Ferrow & Lusk, has catered weddings"),
        S(PW, "The firm, Ferrow & Lusk, has catered weddings"),
        S(CT1, "who owns the caterer, Ferrow & Lusk"),
        S(SC, "Caterers Ferrow & Lusk have had their kitchen shut down."),
        S(RR, "The caterer, Ferrow & Lusk, has not commented yet."),
        S(KL1, "The caterer, Ferrow and Lusk, has had its kitchen closed", "Ferrow and Lusk")]),
    corr("K19", "E1", "count", "Nobody died", "no deaths", [
        S(B1, "Nobody has died."),
        S(PW, "Nobody has died."),
        S(CT1, "Nobody has died."),
        S(RR, "Nobody has died.")]),
    corr("K20", "E1", "count", "312 guests were at the banquet", "312", [
        S(B1, "the 312 guests at a wedding banquet"),
        S(PW, "the 312 guests at a wedding banquet"),
        S(CT1, "of the 312 people at the banquet")]),
    corr("K21", "E1", "count", "21 guests were kept in hospital overnight", "21", [
        S(B1, "Pellacombe General Hospital kept 21 of the 38 in overnight."),
        S(PW, "Pellacombe General Hospital kept 21 of the 38 in overnight."),
        S(CT1, "which kept 21 of them in overnight"),
        S(RR, "21 are staying in tonight")]),
    corr("K22", "E1", "actor", "Guests who ate the vegetarian main course were not affected", "the vegetarian main course", [
        S(B1, "Guests who had chosen the vegetarian main course were not affected."),
        S(PW, "Guests who had chosen the vegetarian main course were not affected."),
        S(CT1, "Guests who ate the vegetarian main course were not affected")]),
    corr("K23", "E1", "count", "About 60 of the guests had come from Harvania", "about 60", [
        S(B1, "About 60 of the guests had travelled from Harvania."),
        S(PW, "About 60 of the guests had travelled from Harvania."),
        S(KL1, "More than 60 of the guests had flown in from Harvania.", "more than 60")]),
    corr("K24", "E2", "actor", "The beef cheeks carried Clostridium perfringens", "Clostridium perfringens", [
        S(B2, "Samples of the braised beef cheeks contained Clostridium perfringens"),
        S(VP, "had carried Clostridium perfringens"),
        S(CT2, "contained Clostridium perfringens, which breeds in cooked meat"),
        S(LL, "The organism: Clostridium perfringens, in braised beef cheeks")]),
    corr("K25", "E2", "count", "171 guests fell ill, on the inspectorate's count", "171", [
        S(B2, "that made 171 guests ill"),
        S(CT2, "The number of confirmed cases has risen to 171."),
        S(TE, "it took 171 sick wedding guests")]),
    corr("K26", "E2", "count", "The cold room was at 14C", "14 °C", [
        S(B2, "The room stood at 14C"),
        S(CT2, "The cold room stood at 14C"),
        S(KL2, "a cold room that was running at 57F", "57 °F = 13.9 °C"),
        S(LL, "It was holding at 14 degrees.")]),
    corr("K27", "E2", "actor", "Staff wrote 3C in the temperature log while the room was broken", "3C in the log", [
        S(B2, "Staff had written a reading of 3C in the temperature log"),
        S(CT2, "filled in a reading of 3C in the temperature log"),
        S(LL, "the temperature log showed 3C every day")]),
    corr("K28", "E2", "count", "The caterer's hygiene grade was cut to one", "1", [
        S(B2, "Its hygiene grade has been cut to one"),
        S(LL, "a hygiene grade cut from four to one")]),
    corr("K29", "E2", "actor", "Ferrow & Lusk will not appeal", "no appeal", [
        S(B2, "Ferrow & Lusk will not appeal."),
        S(CT2, "Ferrow & Lusk said it would not appeal."),
        S(TE, "He will not appeal")]),
    corr("K30", "E2", "date", "The wedding the fine is for took place on 13 September", "2053-09-13", [
        S(B2, "a wedding banquet twelve days ago", "twelve days before 25 September"),
        S(VP, "at the Tollin Mill on 13 September"),
        S(CT2, "served at the 13 September wedding")]),
    corr("K31", "E2", "actor", "Alarms on cold rooms will become compulsory for caterers", "compulsory cold-room alarms", [
        S(B2, "alarms on cold rooms would become compulsory for caterers"),
        S(CT2, "promised compulsory alarms on cold rooms"),
        S(LL, "alarms on cold rooms will be compulsory")]),
    corr("K32", "E2", "date", "The beef was cooked the day before the wedding", "the day before", [
        S(B2, "The beef was cooked on the Friday before the wedding"),
        S(LL, "cooked a day ahead")]),
]

EXCLUSIVE = [
    excl("X1", "E1", "Ferrow & Lusk has catered weddings in the region for 31 years", [
        S(B1, "has catered weddings in the region for 31 years"),
        S(PW, "has catered weddings in the region for 31 years")],
         "in the Brantle wire and its copy (Pellacombe Wicket) only: one independent source, NOT corroborated"),
    excl("X2", "E1", "The Tollin Mill has called off the three weddings booked for the rest of September", [
        S(PW, "called off the three weddings booked at the mill")],
         "only in the paragraph the Wicket added to the wire"),
    excl("X3", "E1", "The inspectors took samples of every dish served at the banquet", [
        S(B1, "took samples of every dish served at the banquet"),
        S(PW, "took samples of every dish served at the banquet")],
         "in the Brantle wire and its copy only: one independent source, NOT corroborated"),
    excl("X4", "E1", "The hospital called in off-duty nurses and put off planned operations", [
        S(CT1, "The hospital called in off-duty nurses")]),
    excl("X5", "E1", "A 71-year-old great-aunt had never been carried out of a wedding", [
        S(SC, "Great-aunt Elspet Coyle, 71, said:")]),
    excl("X6", "E1", "The ambulance service sent 14 ambulances", [
        S(RR, "it sent 14 ambulances to the Tollin Mill")]),
    excl("X7", "E1", "The ambulance service declared a major incident at 4.15am", [
        S(RR, "declared a major incident at 4.15am")]),
    excl("X8", "E1", "The groom's grandfather, 84, was among those kept in", [
        S(KL1, "the groom's grandfather, Aurek Dallow, 84, who was being kept in")]),
    excl("X9", "E1", "Harvania's consulate is in touch with every Harvanian family affected", [
        S(KL1, "Harvania's consulate in Castrenne said it was in touch")]),
    excl("X10", "E1", "Doctors said the six-hour gap pointed to a bacterial toxin", [
        S(KL1, "pointed to a bacterial toxin rather than a virus")]),
    excl("X11", "E2", "A repair quote of 1,900 dovras for the compressor had gone unanswered", [
        S(B2, "A repair quote of 1,900 dovras for the compressor had gone unanswered"),
        S(VP, "an engineer's quote of 1,900 dovras to repair the compressor")],
         "in the Brantle wire and its rewrite (Vessey Evening Post) only: one independent source, NOT corroborated"),
    excl("X12", "E2", "A petition against the caterer has more than 4,000 signatures", [
        S(VP, "had gathered more than 4,000 signatures by Friday morning")],
         "only in the paragraph the Vessey Evening Post wrote itself"),
    excl("X13", "E2", "None of the kitchen's nine staff had had hygiene training since 2050", [
        S(B2, "None of the kitchen's nine staff had been on a hygiene course")],
         "in the wire only; its rewrite leaves it out"),
    excl("X14", "E2", "Four of the breaches are serious", [
        S(B2, "four of them serious")],
         "in the wire only; its rewrite leaves it out"),
    excl("X15", "E2", "All 38 guests taken to hospital have gone home", [
        S(B2, "All 38 guests who were taken to hospital have gone home.")],
         "in the wire only; its rewrite leaves it out"),
    excl("X16", "E2", "The police have been given the inspectors' file", [
        S(CT2, "Police have been given the file.")]),
    excl("X17", "E2", "Lawyers for 40 guests are preparing a joint claim for damages", [
        S(CT2, "Lawyers for 40 of the guests said they were preparing")]),
    excl("X18", "E2", "The couple have postponed their honeymoon", [
        S(KL2, "have postponed their honeymoon")]),
    excl("X19", "E2", "29 of the Harvanian guests were among those who fell ill", [
        S(KL2, "Of the Harvanian guests, 29 were among those who fell ill.")]),
    excl("X20", "E2", "The Ombrevian Caterers' Guild offers members a free cold-room check", [
        S(LL, "The Ombrevian Caterers' Guild is offering members a free cold-room check")]),
    excl("X21", "E2", "Ombrevia's inspectors visit a caterer once every four years on average", [
        S(TE, "once every four years")]),
]

QUOTES = [
    qv("Q1", "E1", "Corbin Lusk", "Everything the caterer served left its kitchen properly chilled and cooked; it is answering the inspectors' questions", [
        S(CT1, "\"Everything we served left our kitchen properly chilled and properly cooked.", mode="direct"),
        S(B1, "said everything the firm served had left its kitchen", mode="indirect")],
       "direct vs reported speech ('Everything we served left our kitchen properly chilled and properly cooked. We are answering every question the inspectors put to us' vs 'said everything the firm served had left its kitchen properly chilled and properly cooked, and that it was answering all the inspectors' questions')"),
    qv("Q2", "E1", "Lisbet Haverkamp", "It should have been the best night of their lives and they spent it in a hospital corridor", [
        S(SC, "\"It was supposed to be the best night of our lives", mode="direct"),
        S(KL1, "\"This was meant to be the happiest night of our lives.", mode="direct")],
       "direct vs direct in other words ('It was supposed to be the best night of our lives, and we spent it in a hospital corridor' vs 'This was meant to be the happiest night of our lives. We ended it in a hospital corridor')"),
    qv("Q3", "E1", "Gunnhild Strade", "Pellacombe will stand by the families for as long as it takes", [
        S(RR, "\"Pellacombe will stand by these families for as long as it takes.\"", mode="direct"),
        S(KL1, "She promised that her town would stand by the families", mode="indirect")],
       "direct vs reported speech ('Pellacombe will stand by these families for as long as it takes' vs 'She promised that her town would stand by the families for as long as it took')"),
    qv("Q4", "E2", "Berit Valtersen", "The temperature log said three degrees every day, in a room that never got that cold", [
        S(B2, "\"The logbook said three degrees every single day.", mode="direct"),
        S(LL, "\"The log showed three degrees, day after day,", mode="direct")],
       "direct vs direct in other words ('The logbook said three degrees every single day. The room never saw three degrees' vs 'The log showed three degrees, day after day, in a room that never got anywhere near three degrees')"),
    qv("Q5", "E2", "Jorrit Ebberley", "No family should pay for a caterer's shortcuts with their health", [
        S(B2, "\"No family should pay for a caterer's shortcuts with their health,\"", mode="direct"),
        S(CT2, "said families should not have to pay \"with their health\"", mode="direct")],
       "direct vs partial direct in reported speech ('No family should pay for a caterer's shortcuts with their health' vs 'said families should not have to pay \"with their health\" for a caterer's shortcuts')"),
    qv("Q6", "E2", "Corbin Lusk", "The firm let the families down and there is no excuse", [
        S(B2, "\"We let those families down, and there is no excuse for it.\"", mode="direct"),
        S(TE, "he admitted that his firm had let the families down", mode="indirect")],
       "direct vs reported speech ('We let those families down, and there is no excuse for it.' vs 'he admitted that his firm had let the families down and that there was no excuse')"),
]
