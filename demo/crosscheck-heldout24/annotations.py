# The planted items of demo/crosscheck-heldout24, read by build_gold.py (which defines S, conflict,
# nonc, corr, excl, qv and the report names G1 ... WH before executing this file).
# Time zones: Varrenland (the Skelvane Pan, Culvarra, Holmbrisk) UTC-7 all year; Quellany (Wessendry,
# Tarnholt) UTC+1 all year; Calloren (Istrelle) UTC+9 all year. 17 September 2061 is a Saturday,
# 18 September a Sunday, 19 September a Monday, 27 September a Tuesday, 28 September a Wednesday,
# 29 September a Thursday, 30 September a Friday, 3 October a Monday. 14:12 GMT on 17 September is
# 7.12 a.m. on the Pan and 3.12 p.m. in Wessendry; 01:00 GMT on 28 September is 10 a.m. on Wednesday
# in Istrelle, 2 a.m. on Wednesday in Wessendry and 6 p.m. on Tuesday 27 September in Holmbrisk.
# From 6.25 a.m. to 7.12 a.m. is 47 minutes; from 2042 to 2061 is 19 years; from 8 August to
# 17 September is 40 days; from 28 September to 19 October is 21 days. 605.2 km/h is 376.1 mph;
# 19 km is 11.8 miles; (611.8 + 598.6) / 2 = 605.2; 605.2 - 571.4 = 33.8.

CONFLICTS = [
    conflict("C1", "E1", "date", "The day of the record run", [
        ("2061-09-17", [S(G1, "set a land speed record on the Skelvane Pan on Saturday"),
                        S(CS, "set a land speed record on the Skelvane Pan on Saturday"),
                        S(PA1, "at 6.25 a.m. on Saturday, 17 September"),
                        S(RA, "will try for the electric land speed record this morning"),
                        S(WA1, "Wessendry time on Saturday, Jorunn Skårdal drove the Glaive")]),
        ("2061-09-18", [S(SC, "at dawn yesterday")]),
    ], "Saturday 17 September: 'on Saturday' in the Pendrel wire (published Sat 17) and its copy (Sun 18), 'on Saturday, 17 September' in The Holmbrisk Palisade (Mon 19), 'this morning' in Radio Skelvane's live blog (published Sat 17), 'on Saturday' in The Wessendry Anvil (Sat 17); **a relative day word in a later report**: 'at dawn yesterday' in the tabloid The Screech, published Monday 19 September: Sunday 18 September."),
    conflict("C2", "E1", "time", "When the return run ended (the car crossed the last timing beam)", [
        ("2061-09-17T14:12Z", [S(G1, "crossed the last timing beam of the return run at 1412 GMT"),
                               S(CS, "crossed the last timing beam of the return run at 1412 GMT"),
                               S(PA1, "At 7.12 a.m. it crossed the last beam of its return run"),
                               S(RA, "the last beam of the return run at 7.12am")]),
        ("2061-09-17T13:12Z", [S(WA1, "At 2.12 p.m. Wessendry time on Saturday")]),
    ], "14:12 GMT in the Pendrel wire and its copy = 7.12 a.m. on the Pan (UTC-7, zone not named) in The Holmbrisk Palisade and in Radio Skelvane's live blog ('7.12am'): one instant; '2.12 p.m. Wessendry time' (UTC+1) in The Wessendry Anvil is 13:12 GMT, an hour earlier (3.12 p.m. would agree). The Palisade's own '6.25 a.m.' is the start of the first run (N15), not this instant."),
    conflict("C3", "E1", "count", "The speed of the northbound run over the measured mile", [
        ("611.8 km/h", [S(G1, "at 611.8 km/h northbound"),
                        S(CS, "at 611.8 km/h northbound"),
                        S(RA, "Northbound run done: 611.8km/h through the measured mile."),
                        S(WA1, "Her northbound run was timed at 611.8 km/h")]),
        ("618.1 km/h", [S(PA1, "had been timed at 618.1 km/h northbound")]),
    ], "611.8 km/h northbound in the Pendrel wire and its copy, Radio Skelvane ('611.8km/h') and The Wessendry Anvil; 618.1 km/h in The Holmbrisk Palisade (the digits moved). The southbound 598.6 km/h and the average 605.2 km/h are other measures (N14)."),
    conflict("C4", "E1", "count", "How many federation timekeepers watched the run", [
        ("3", [S(G1, "one of three timekeepers who watched the attempt"),
               S(CS, "one of three timekeepers who watched the attempt"),
               S(PA1, "one of three who worked the beams"),
               S(WA1, "Three timekeepers from the International Speed Record Federation")]),
        ("2", [S(RA, "Two federation timekeepers are at the beams")]),
    ], "Three timekeepers in the Pendrel wire and its copy, The Holmbrisk Palisade ('one of three who worked the beams') and The Wessendry Anvil; two in Radio Skelvane's live blog. (The crew of 23 is a count of another set: N18.)"),
    conflict("C5", "E1", "place", "Where the record was set", [
        ("the Skelvane Pan, 40 km west of Culvarra, Varrenland", [
            S(G1, "An electric car set a land speed record on the Skelvane Pan"),
            S(CS, "An electric car set a land speed record on the Skelvane Pan"),
            S(PA1, "SKELVANE PAN – The Stormgarth Glaive left the start line", "the Skelvane Pan (the dateline)"),
            S(SC, "steered Stormgarth's Glaive over the Skelvane Pan"),
            S(RA, "Good morning from the Skelvane Pan")]),
        ("the Quillmoor Pan", [S(WA1, "on the Quillmoor Pan, a salt flat in Varrenland")]),
    ], "The Skelvane Pan, 40 km west of Culvarra, in the Pendrel wire and its copy, The Holmbrisk Palisade (SKELVANE PAN dateline), The Screech and Radio Skelvane; 'the Quillmoor Pan, a salt flat in Varrenland' in The Wessendry Anvil."),
    conflict("C6", "E1", "duration", "How long the battery lasted on its one charge", [
        ("PT47M", [S(G1, "Its battery lasted 47 minutes"),
                   S(CS, "Its battery lasted 47 minutes"),
                   S(PA1, "left the start line on a single charge at 6.25 a.m.", "from 6.25 a.m. (the start, on a single charge) to 7.12 a.m. (the charge spent): 47 minutes"),
                   S(WA1, "The 47-minute life of the battery")]),
        ("PT27M", [S(RA, "The battery lasted just 27 minutes")]),
    ], "47 minutes in the Pendrel wire and its copy, 'The 47-minute life of the battery' in The Wessendry Anvil (N8), and **relative time** in The Holmbrisk Palisade (the car left the start line on a single charge at 6.25 a.m.; at 7.12 a.m., at the end of the return run, the charge was spent: 47 minutes); 'just 27 minutes' in Radio Skelvane's live blog."),
    conflict("C7", "E1", "speaker", "Who said 'At six hundred the salt goes quiet, and all you can hear is the car asking for more'", [
        ("Jorunn Skårdal", [S(G1, "Skårdal told reporters beside the car"),
                            S(CS, "Skårdal told reporters beside the car"),
                            S(PA1, "Skårdal said as the crew pushed the Glaive back to its trailer"),
                            S(RA, "Skardal has climbed out of the car, helmet under her arm:")]),
        ("Radulf Vantreel", [S(WA1, "said Radulf Vantreel, the team principal, who has spent nine years")]),
    ], "The driver, Jorunn Skårdal, in the Pendrel wire and its copy, The Holmbrisk Palisade and Radio Skelvane (her name, spelt 'Skardal', before a colon, in the sentence that ends with the quote); the team principal, Radulf Vantreel, in The Wessendry Anvil (which quotes Skårdal on another line, Q1). All quote the words verbatim."),
    conflict("C8", "E1", "actor", "Who drove the Glaive on the record runs", [
        ("Jorunn Skårdal", [S(G1, "Jorunn Skårdal, a former rally champion from Quellany, drove the Stormgarth Glaive"),
                            S(CS, "Jorunn Skårdal, a former rally champion from Quellany, drove the Stormgarth Glaive"),
                            S(PA1, "Jorunn Skårdal, at the wheel"),
                            S(RA, "Jorunn Skardal has brought the Glaive through the last beam", "Jorunn Skardal"),
                            S(WA1, "Jorunn Skårdal drove the Glaive through the last timing beam")]),
        ("Lauritz Pembery", [S(SC, "Fearless Lauritz Pembery, 29, steered Stormgarth's Glaive")]),
    ], "Jorunn Skårdal in the Pendrel wire and its copy, The Holmbrisk Palisade, Radio Skelvane ('Skardal', N2) and The Wessendry Anvil; 'Fearless Lauritz Pembery, 29' in The Screech, which does not name Skårdal."),
    conflict("C9", "E1", "amount", "What the Glaive cost Stormgarth", [
        ("14 million corvels", [S(G1, "says the Glaive cost 14 million corvels to develop"),
                                S(CS, "says the Glaive cost 14 million corvels to develop"),
                                S(WA1, "which has cost Stormgarth 14 million corvels")]),
        ("41 million corvels", [S(PA1, "The Glaive cost Stormgarth Motors 41 million corvels")]),
    ], "14 million corvels in the Pendrel wire and its copy and The Wessendry Anvil; 41 million in The Holmbrisk Palisade (the digits swapped). (The Screech's 2.2 million for the battery pack alone is another measure, N19.)"),
    conflict("C10", "E2", "date", "The day the record was annulled", [
        ("2061-09-28", [S(G2, "The International Speed Record Federation on Wednesday annulled"),
                        S(TB, "in a ruling announced on Wednesday at 10 a.m. in Istrelle"),
                        S(WA2, "In the early hours of this morning"),
                        S(PB, "electric land speed record on 28 September")]),
        ("2061-09-30", [S(WH, "struck the Glaive's record from its books on 30 September")]),
    ], "Wednesday 28 September: 'on Wednesday' in the Pendrel wire (ISTRELLE dateline, published Wed 28) and its rewrite (Thu 29), 'In the early hours of this morning' in The Wessendry Anvil (published Wed 28), 'on 28 September' in Pitboard; **an explicit date in a later report**: 'on 30 September' in the weekly The Whetstone, published Monday 3 October. (The Holmbrisk Palisade's 'At 6 p.m. yesterday', published Wed 28, is the same instant on Tuesday 27 September in Holmbrisk, N25.)"),
    conflict("C11", "E2", "time", "When the ruling was announced", [
        ("2061-09-28T01:00Z", [S(G2, "The ruling was announced at 0100 GMT"),
                               S(TB, "on Wednesday at 10 a.m. in Istrelle"),
                               S(PA2, "At 6 p.m. yesterday, at a hearing in Holmbrisk"),
                               S(WA2, "at 2 a.m. Wessendry time")]),
        ("2061-09-28T10:00Z", [S(PB, "in a ruling published at 10 a.m. GMT")]),
    ], "01:00 GMT in the Pendrel wire = 10 a.m. in Istrelle (UTC+9) in its rewrite = 6 p.m. on Tuesday in Holmbrisk (UTC-7, zone not named; the Palisade places the hearing there, C17) = 2 a.m. Wessendry time (UTC+1) in The Wessendry Anvil: one instant; '10 a.m. GMT' in Pitboard is 10:00 GMT, nine hours later (Istrelle's clock time read as GMT)."),
    conflict("C12", "E2", "count", "How many of the judges voted to annul the record", [
        ("5", [S(G2, "Five of the seven judges on its tribunal voted"),
               S(TB, "Five of the tribunal's seven judges voted against the record."),
               S(PA2, "The judges voted five to two.")]),
        ("4", [S(WA2, "by four votes to three")]),
    ], "Five of seven in the Pendrel wire and its rewrite and The Holmbrisk Palisade ('five to two'); 'by four votes to three' in The Wessendry Anvil."),
    conflict("C13", "E2", "count", "How many witnesses the inquiry heard", [
        ("12", [S(G2, "Thorvald Quennick, heard 12 witnesses"),
                S(TB, "which heard 12 witnesses"),
                S(PB, "which heard twelve witnesses", "twelve")]),
        ("21", [S(PA2, "heard 21 witnesses")]),
    ], "12 witnesses in the Pendrel wire and its rewrite and Pitboard ('twelve'); 21 in The Holmbrisk Palisade. (The seven judges are a count of another set: N36.)"),
    conflict("C14", "E2", "amount", "The fine imposed on Stormgarth", [
        ("250,000 corvels", [S(G2, "Stormgarth Motors was fined 250,000 corvels"),
                             S(TB, "faces a 250,000-corvel fine"),
                             S(PA2, "Stormgarth has been fined 250,000 corvels."),
                             S(WA2, "The fine, 250,000 corvels, is the largest"),
                             S(PB, "fined the team a quarter of a million corvels", "a quarter of a million corvels")]),
        ("150,000 corvels", [S(WH, "it fined Stormgarth 150,000 corvels")]),
    ], "250,000 corvels in the Pendrel wire, its rewrite ('a 250,000-corvel fine'), The Holmbrisk Palisade and The Wessendry Anvil, 'a quarter of a million corvels' in Pitboard (the same sum in words, N31); 150,000 corvels in The Whetstone."),
    conflict("C15", "E2", "duration", "How long Stormgarth has to appeal", [
        ("P21D", [S(G2, "has 21 days to appeal"),
                  S(TB, "has a 21-day window to appeal"),
                  S(PB, "Stormgarth has until 19 October to appeal.", "until 19 October: 21 days from 28 September")]),
        ("P14D", [S(WA2, "Stormgarth has 14 days to appeal")]),
    ], "21 days in the Pendrel wire, 'a 21-day window' in its rewrite (N27), and **relative time** in Pitboard ('until 19 October', 21 days after the ruling of 28 September; its correction withdraws an earlier '12 days', N33); 14 days in The Wessendry Anvil."),
    conflict("C16", "E2", "duration", "How long before the run the timing system's calibration certificate had expired", [
        ("P40D", [S(G2, "had expired 40 days before the run"),
                  S(TB, "had lapsed 40 days before the run"),
                  S(WA2, "had expired on 8 August", "8 August: 40 days before the run of 17 September"),
                  S(PB, "certificate for the Glaive's beams ran out on 8 August", "8 August: 40 days before the run of 17 September"),
                  S(WH, "had expired nearly six weeks before the run", "nearly six weeks: a little under 42 days")]),
        ("P4M", [S(PA2, "had expired nearly four months before the run", "nearly four months: about 110 to 120 days")]),
    ], "40 days in the Pendrel wire and its rewrite, **relative time** in The Wessendry Anvil and Pitboard ('on 8 August', and the run was on 17 September: 40 days), 'nearly six weeks' in The Whetstone (a hedged figure that holds, N30); 'nearly four months' in The Holmbrisk Palisade."),
    conflict("C17", "E2", "place", "Where the ruling was announced", [
        ("the federation's headquarters in Istrelle", [
            S(G2, "at the federation's headquarters in Istrelle"),
            S(TB, "in Istrelle, where the federation has its headquarters"),
            S(WA2, "announced in Istrelle that its tribunal had annulled")]),
        ("Holmbrisk", [S(PA2, "at a hearing in Holmbrisk")]),
    ], "At the federation's headquarters in Istrelle, Calloren, in the Pendrel wire (ISTRELLE dateline) and its rewrite, and 'announced in Istrelle' in The Wessendry Anvil; 'at a hearing in Holmbrisk' in The Holmbrisk Palisade."),
    conflict("C18", "E2", "speaker", "Who said 'A record is only as true as the clock that measured it, and nobody had checked this clock'", [
        ("Honorine Taskeld", [S(G2, "said Honorine Taskeld, the federation's president"),
                              S(TB, "the federation's president, Honorine Taskeld, said"),
                              S(PA2, "said the federation's president, Honorine Taskeld"),
                              S(WA2, "the federation's president, Honorine Taskeld, told reporters in Istrelle")]),
        ("Thorvald Quennick", [S(PB, "said Thorvald Quennick, the chief technical delegate who led the inquiry")]),
    ], "The federation's president, Honorine Taskeld, in the Pendrel wire, its rewrite, The Holmbrisk Palisade and The Wessendry Anvil; the chief technical delegate, Thorvald Quennick, in Pitboard (which reports Quennick's own words on another line, Q6). All quote the words verbatim."),
    conflict("C19", "E2", "actor", "Who led the inquiry into the timing", [
        ("Thorvald Quennick", [S(G2, "The inquiry, led by the federation's chief technical delegate, Thorvald Quennick"),
                               S(TB, "was led by the chief technical delegate, Thorvald Quennick"),
                               S(PA2, "The inquiry, led by Thorvald Quennick"),
                               S(WA2, "The inquiry, led by the federation's chief technical delegate, Thorvald Quennick"),
                               S(PB, "the chief technical delegate who led the inquiry", "Thorvald Quennick (named just before)")]),
        ("Elspa Mirrington", [S(WH, "led by the federation's deputy president, Elspa Mirrington")]),
    ], "The chief technical delegate Thorvald Quennick in the Pendrel wire and its rewrite, The Holmbrisk Palisade, The Wessendry Anvil and Pitboard ('Thorvald Quennick, the chief technical delegate who led the inquiry'); the federation's deputy president, Elspa Mirrington, in The Whetstone."),
]

NONCONFLICTS = [
    nonc("N1", "alias", "E1", ["E1"], "The car, named three ways", [
        S(G1, "drove the Stormgarth Glaive through the mile", "Stormgarth Glaive"),
        S(PA1, "The Glaive cost Stormgarth Motors 41 million corvels", "the Glaive"),
        S(SC, "steered Stormgarth's Glaive over the Skelvane Pan", "Stormgarth's Glaive")],
         "one car: its full name, its short name and the maker's possessive"),
    nonc("N2", "alias", "E1", ["E1"], "The driver, with and without the Quellanese letter", [
        S(G1, "Jorunn Skårdal, a former rally champion from Quellany", "Jorunn Skårdal"),
        S(RA, "Jorunn Skardal has brought the Glaive", "Jorunn Skardal"),
        S(WA1, "said Skårdal, 34, a former rally champion", "Skårdal")],
         "one person: Radio Skelvane's scrape writes 'a' for the 'å' of 'Skårdal' (The Screech's Lauritz Pembery is the conflict C8)"),
    nonc("N3", "alias", "E1", ["E1"], "The salt flat, written four ways", [
        S(G1, "An electric car set a land speed record on the Skelvane Pan", "the Skelvane Pan"),
        S(G1, "Wind on the Pan stayed under 5 km/h", "the Pan"),
        S(PA1, "SKELVANE PAN – The Stormgarth Glaive left the start line", "SKELVANE PAN"),
        S(SC, "tore across a salt flat", "a salt flat")],
         "one place: its name, its short name, a dateline in capitals and a description (The Wessendry Anvil's Quillmoor Pan is the conflict C5)"),
    nonc("N4", "alias", "E1", ["E1"], "The team, named and described", [
        S(G1, "Stormgarth Motors, which built the car at its works in Tarnholt", "Stormgarth Motors"),
        S(SC, "as the Quellanese team held their breath", "the Quellanese team"),
        S(WA1, "Tarnholt's Stormgarth Motors has built the fastest electric car", "Tarnholt's Stormgarth Motors"),
        S(RA, "where Stormgarth's crew of 23 will try", "Stormgarth")],
         "one firm"),
    nonc("N5", "alias", "E1", ["E1"], "The federation, named and shortened", [
        S(G1, "the chief timekeeper of the International Speed Record Federation", "the International Speed Record Federation"),
        S(PA1, "The federation's chief timekeeper, Ulla Cardrew", "the federation"),
        S(RA, "Two federation timekeepers are at the beams", "federation")],
         "one body"),
    nonc("N6", "timezone", "E1", ["E1"], "When the return run ended", [
        S(G1, "crossed the last timing beam of the return run at 1412 GMT", "14:12 GMT"),
        S(PA1, "At 7.12 a.m. it crossed the last beam of its return run", "07:12 UTC-7 = 14:12 GMT"),
        S(RA, "the last beam of the return run at 7.12am", "07:12 UTC-7 = 14:12 GMT")],
         "one instant written in GMT and in the Pan's local time, the zone not named (The Wessendry Anvil's 2.12 p.m. Wessendry time is the conflict C2)"),
    nonc("N7", "weekday_date", "E1", ["E1"], "The day of the run", [
        S(G1, "set a land speed record on the Skelvane Pan on Saturday", "2061-09-17"),
        S(PA1, "at 6.25 a.m. on Saturday, 17 September", "2061-09-17"),
        S(RA, "will try for the electric land speed record this morning", "2061-09-17"),
        S(WA1, "Wessendry time on Saturday, Jorunn Skårdal drove the Glaive", "2061-09-17")],
         "a weekday, a weekday with its date, and 'this morning' in a live blog of Saturday 17 September: one day (The Screech's 'yesterday' is the conflict C1)"),
    nonc("N8", "unit_form", "E1", ["E1"], "How long the battery lasted, two forms", [
        S(G1, "Its battery lasted 47 minutes", "47 minutes"),
        S(WA1, "The 47-minute life of the battery", "47-minute")],
         "'47 minutes' and '47-minute': one length"),
    nonc("N9", "date_vs_duration", "E1", ["E1"], "How long the battery lasted, as a length and as two clock times", [
        S(G1, "Its battery lasted 47 minutes", "47 minutes"),
        S(PA1, "left the start line on a single charge at 6.25 a.m.", "the start, 6.25 a.m."),
        S(PA1, "At 7.12 a.m. it crossed the last beam of its return run", "the charge spent, 7.12 a.m.")],
         "**relative time**: from 6.25 a.m. to 7.12 a.m. is 47 minutes (Radio Skelvane's 27 minutes is the conflict C6)"),
    nonc("N10", "unit_conversion", "E1", ["E1"], "The average speed, in two units", [
        S(G1, "averaging 605.2 km/h over a measured mile", "605.2 km/h"),
        S(SC, "at an eye-watering 376mph", "376 mph = 605.1 km/h")],
         "605.2 km/h is 376.1 mph: the same speed"),
    nonc("N11", "unit_conversion", "E1", ["E1"], "The length of the course, in two units", [
        S(G1, "the southern end of the 19 km course", "19 km"),
        S(WA1, "laid out over almost 12 miles of salt", "almost 12 miles = a little under 19.3 km")],
         "19 km is 11.8 miles: the same length, hedged ('almost')"),
    nonc("N12", "rounded", "E1", ["E1"], "The average speed, exact and hedged", [
        S(G1, "averaging 605.2 km/h over a measured mile", "605.2 km/h"),
        S(PA1, "for an average of 605.2 km/h", "605.2 km/h"),
        S(WA1, "for an average of more than 600 km/h", "more than 600 km/h")],
         "**a hedged lower bound against a figure**: 605.2 is more than 600"),
    nonc("N13", "level_vs_change", "E1", ["E1"], "The new record, the old record and the difference", [
        S(G1, "averaging 605.2 km/h over a measured mile", "605.2 km/h (the new level)"),
        S(G1, "The mark beats the 571.4 km/h", "571.4 km/h (the old level)"),
        S(PA1, "That is 33.8 km/h faster than the 571.4 km/h", "+33.8 km/h (the difference)")],
         "the new level, the old one and the difference: 605.2 is 33.8 above 571.4"),
    nonc("N14", "different_measure", "E1", ["E1"], "The northbound run, the southbound run and their average", [
        S(G1, "at 611.8 km/h northbound", "611.8 km/h northbound"),
        S(G1, "598.6 km/h on the way back", "598.6 km/h southbound"),
        S(G1, "averaging 605.2 km/h over a measured mile", "605.2 km/h, the average")],
         "**three different measures** of one kind: each direction and the mean of the two ((611.8 + 598.6) / 2 = 605.2)"),
    nonc("N15", "different_measure", "E1", ["E1"], "When the first run began and when the return run ended", [
        S(PA1, "left the start line on a single charge at 6.25 a.m.", "the start: 13:25 GMT"),
        S(G1, "crossed the last timing beam of the return run at 1412 GMT", "the end of the return run: 14:12 GMT")],
         "two clock times of two different things, 47 minutes apart (C6)"),
    nonc("N16", "date_vs_duration", "E1", ["E1"], "How long the old record had stood, as a length and as a year", [
        S(G1, "a record that had stood for 19 years", "19 years"),
        S(PA1, "the 571.4 km/h Joss Lanceford set in 2042", "set in 2042"),
        S(WA1, "had been the record since 2042", "since 2042")],
         "**relative time**: from 2042 to 2061 is 19 years"),
    nonc("N17", "unit_form", "E1", ["E1"], "How long the old record had stood, two forms", [
        S(G1, "a record that had stood for 19 years", "19 years"),
        S(SC, "19-year-old record of 571.4km/h", "19-year-old")],
         "'for 19 years' and '19-year-old': one length"),
    nonc("N18", "different_measure", "E1", ["E1"], "The crew vs the timekeepers", [
        S(G1, "The team brought a crew of 23 to the Pan.", "23 crew"),
        S(G1, "one of three timekeepers who watched the attempt", "3 timekeepers")],
         "**counts of different sets** in one report"),
    nonc("N19", "different_measure", "E1", ["E1"], "What the car cost vs what its battery pack cost", [
        S(G1, "says the Glaive cost 14 million corvels to develop", "14 million, the car"),
        S(SC, "The car's battery pack alone cost 2.2 million corvels", "2.2 million, the battery pack")],
         "**two different measures of money**: the whole car and one part of it (The Holmbrisk Palisade's 41 million is the conflict C9)"),
    nonc("N20", "different_measure", "E1", ["E1"], "The measured mile vs the whole course", [
        S(G1, "over a measured mile driven once in each direction", "1 mile, timed"),
        S(G1, "the southern end of the 19 km course", "19 km, the course")],
         "two different lengths: the timed mile lies inside the course"),
    nonc("N21", "different_measure", "E1", ["E1"], "The length of the course vs its distance from the town", [
        S(G1, "the southern end of the 19 km course", "19 km long"),
        S(G1, "marked on the salt 40 km west of Culvarra", "40 km from Culvarra")],
         "two different distances in one sentence"),
    nonc("N22", "different_measure", "E1", ["E1"], "The wind's speed vs the car's", [
        S(G1, "Wind on the Pan stayed under 5 km/h", "under 5 km/h, the wind"),
        S(G1, "averaging 605.2 km/h over a measured mile", "605.2 km/h, the car")],
         "two speeds of two different things, in one unit"),
    nonc("N23", "timezone", "E2", ["E2"], "When the ruling was announced", [
        S(G2, "The ruling was announced at 0100 GMT", "01:00 GMT"),
        S(TB, "on Wednesday at 10 a.m. in Istrelle", "10:00 UTC+9 = 01:00 GMT"),
        S(PA2, "At 6 p.m. yesterday, at a hearing in Holmbrisk", "18:00 UTC-7 (Tuesday) = 01:00 GMT (Wednesday)"),
        S(WA2, "at 2 a.m. Wessendry time", "02:00 UTC+1 = 01:00 GMT")],
         "one instant written in four zones (Pitboard's 10 a.m. GMT is the conflict C11)"),
    nonc("N24", "timezone", "E2", ["E2"], "The day of the ruling, in two zones", [
        S(G2, "The International Speed Record Federation on Wednesday annulled", "2061-09-28 (Istrelle)"),
        S(PA2, "At 6 p.m. yesterday, at a hearing in Holmbrisk", "2061-09-27 (Holmbrisk; published Wed 28)")],
         "**the same instant in two zones on two calendar days**: 01:00 GMT on Wednesday 28 September is 10 a.m. on Wednesday in Istrelle and 6 p.m. on Tuesday in Holmbrisk (The Whetstone's 30 September is the conflict C10)"),
    nonc("N25", "weekday_date", "E2", ["E2"], "The day of the ruling", [
        S(G2, "The International Speed Record Federation on Wednesday annulled", "2061-09-28"),
        S(PB, "electric land speed record on 28 September", "2061-09-28"),
        S(WA2, "In the early hours of this morning", "2061-09-28 (published Wed 28)")],
         "a weekday, its date, and 'this morning' in a paper of Wednesday 28 September: one day"),
    nonc("N26", "alias", "E2", ["E2"], "The federation, named, shortened and abbreviated", [
        S(G2, "The International Speed Record Federation on Wednesday annulled", "the International Speed Record Federation"),
        S(PB, "the ISRF has fined the team", "the ISRF"),
        S(TB, "where the federation has its headquarters", "the federation")],
         "one body"),
    nonc("N27", "unit_form", "E2", ["E2"], "How long Stormgarth has to appeal, two forms", [
        S(G2, "has 21 days to appeal", "21 days"),
        S(TB, "has a 21-day window to appeal", "21-day")],
         "'21 days' and '21-day': one length"),
    nonc("N28", "date_vs_duration", "E2", ["E2"], "How long Stormgarth has to appeal, as a length and as a deadline", [
        S(G2, "has 21 days to appeal", "21 days"),
        S(PB, "Stormgarth has until 19 October to appeal.", "until 19 October")],
         "**relative time**: from 28 September to 19 October is 21 days (The Wessendry Anvil's 14 days is the conflict C15)"),
    nonc("N29", "date_vs_duration", "E2", ["E2"], "When the certificate expired, as a length and as a date", [
        S(G2, "had expired 40 days before the run", "40 days before the run"),
        S(WA2, "had expired on 8 August", "8 August"),
        S(PB, "certificate for the Glaive's beams ran out on 8 August", "8 August")],
         "**relative time**: from 8 August to the run of 17 September is 40 days (The Holmbrisk Palisade's nearly four months is the conflict C16)"),
    nonc("N30", "rounded", "E2", ["E2"], "When the certificate expired, exact and hedged", [
        S(G2, "had expired 40 days before the run", "40 days"),
        S(WH, "had expired nearly six weeks before the run", "nearly six weeks")],
         "**a hedged figure that holds**: 40 days is a little under six weeks"),
    nonc("N31", "rounded", "E2", ["E2"], "The fine, in figures and in words", [
        S(G2, "Stormgarth Motors was fined 250,000 corvels", "250,000"),
        S(PB, "fined the team a quarter of a million corvels", "a quarter of a million")],
         "a quarter of a million is 250,000 (The Whetstone's 150,000 is the conflict C14)"),
    nonc("N32", "unit_form", "E2", ["E2"], "How far the clock could have drifted, two forms", [
        S(G2, "drifted by as much as 0.2 seconds over the mile", "0.2 seconds"),
        S(PB, "drifted by two tenths of a second over the mile", "two tenths of a second")],
         "'0.2 seconds' and 'two tenths of a second': one length"),
    nonc("N33", "correction", "E2", ["E2"], "How long Stormgarth has to appeal, with a withdrawn figure", [
        S(PB, "said Stormgarth had 12 days to appeal", "12 days (withdrawn)"),
        S(PB, "The federation's rules give it 21.", "21 days (the correction)"),
        S(PB, "Stormgarth has until 19 October to appeal.", "until 19 October"),
        S(G2, "has 21 days to appeal", "21 days")],
         "Pitboard's correction of 29 September withdraws the '12 days' of an earlier version, which is quoted on the page; the article now says 21 days and 'until 19 October', like the wire: not a conflict (The Wessendry Anvil's 14 days is the conflict C15)"),
    nonc("N34", "level_vs_change", "E2", ["E2"], "The record struck out, the record restored and the drop", [
        S(G2, "to strike out the 605.2 km/h that Jorunn Skårdal drove", "605.2 km/h (the annulled level)"),
        S(G2, "the record returns to the 571.4 km/h set by Joss Lanceford", "571.4 km/h (the restored level)"),
        S(WH, "So the record falls back by 33.8 km/h", "-33.8 km/h (the change)")],
         "two levels and the change between them: 605.2 - 33.8 = 571.4"),
    nonc("N35", "different_measure", "E2", ["E2"], "The judges who voted to annul vs all the judges", [
        S(G2, "Five of the seven judges", "5 voted to annul"),
        S(G2, "the seven judges on its tribunal", "7 judges in all")],
         "**counts of different sets** in one sentence (The Wessendry Anvil's four is the conflict C12)"),
    nonc("N36", "different_measure", "E2", ["E2"], "Witnesses vs judges", [
        S(G2, "Thorvald Quennick, heard 12 witnesses", "12 witnesses"),
        S(G2, "the seven judges on its tribunal", "7 judges")],
         "counts of different sets in one report"),
    nonc("N37", "different_measure", "E2", ["E2"], "The clock's possible drift vs the time the car takes over the mile", [
        S(PB, "drifted by two tenths of a second over the mile", "0.2 seconds, the drift"),
        S(PB, "covers the mile in about 9.6 seconds", "about 9.6 seconds, the run")],
         "two lengths of time of two different things in one paragraph"),
    nonc("N38", "alias", "E2", ["E2"], "The inquiry's leader, named and described", [
        S(G2, "The inquiry, led by the federation's chief technical delegate, Thorvald Quennick", "Thorvald Quennick / the federation's chief technical delegate"),
        S(G2, "nobody on the salt that morning asked to see it,\" Quennick said.", "Quennick"),
        S(PB, "Quennick told the tribunal", "Quennick")],
         "one person (The Whetstone's Elspa Mirrington is the conflict C19)"),
    nonc("N39", "alias", "E2", ["E2"], "The timing firm, in full and shortened", [
        S(G2, "supplied by Harrowell Timing", "Harrowell Timing"),
        S(WH, "send the bill to Harrowell", "Harrowell")],
         "one firm"),
    nonc("N40", "alias", "E2", ["E2"], "The team, named and described", [
        S(G2, "Stormgarth Motors was fined 250,000 corvels", "Stormgarth Motors"),
        S(TB, "The Tarnholt firm faces a 250,000-corvel fine", "the Tarnholt firm"),
        S(PB, "the ISRF has fined the team", "the team")],
         "one firm"),
    nonc("N41", "updated_figure", None, ["E1", "E2"], "The electric land speed record, in the two events", [
        S(G1, "averaging 605.2 km/h over a measured mile", "605.2 km/h (the new record, 17 September)"),
        S(G2, "the record returns to the 571.4 km/h set by Joss Lanceford", "571.4 km/h (the record again, 28 September)"),
        S(PB, "Joss Lanceford's 571.4 km/h from 2042 stands.", "571.4 km/h")],
         "**a figure updated over time in different events**: the record set on the Pan, then struck out so the old one stands again: not a conflict"),
    nonc("N42", "different_event", None, ["E1", "E2"], "The record's standing, in the two events", [
        S(G1, "The record must still be ratified by the federation's council in Istrelle.", "awaiting ratification (17 September)"),
        S(G2, "The International Speed Record Federation on Wednesday annulled", "annulled (28 September)")],
         "a later step: the record waits for ratification on the day of the run, and is annulled eleven days later"),
    nonc("N43", "different_event", None, ["E1", "E2"], "The timing, as the timekeeper judged it and as the inquiry found it", [
        S(G1, "\"The timing was clean on both runs,\" said Ulla Cardrew", "clean (the chief timekeeper, 17 September)"),
        S(G2, "had expired 40 days before the run", "uncertified (the inquiry, 28 September)")],
         "a party's claim on the day and a later finding, in different events"),
]

CORROBORATED = [
    corr("K1", "E1", "date", "The record run was on Saturday 17 September", "2061-09-17", CONFLICTS[0]["sides"][0]["sources"]),
    corr("K2", "E1", "time", "The return run ended at 14:12 GMT", "2061-09-17T14:12Z", CONFLICTS[1]["sides"][0]["sources"]),
    corr("K3", "E1", "count", "The northbound run was timed at 611.8 km/h", "611.8 km/h", CONFLICTS[2]["sides"][0]["sources"]),
    corr("K4", "E1", "count", "Three federation timekeepers watched the run", "3", CONFLICTS[3]["sides"][0]["sources"]),
    corr("K5", "E1", "place", "The record was set on the Skelvane Pan", "the Skelvane Pan, 40 km west of Culvarra, Varrenland", CONFLICTS[4]["sides"][0]["sources"]),
    corr("K6", "E1", "duration", "The battery lasted 47 minutes", "PT47M", CONFLICTS[5]["sides"][0]["sources"]),
    corr("K7", "E1", "actor", "Jorunn Skårdal drove the Glaive", "Jorunn Skårdal", CONFLICTS[7]["sides"][0]["sources"]),
    corr("K8", "E1", "amount", "The Glaive cost 14 million corvels", "14 million corvels", CONFLICTS[8]["sides"][0]["sources"]),
    corr("K9", "E2", "date", "The record was annulled on Wednesday 28 September", "2061-09-28", CONFLICTS[9]["sides"][0]["sources"]),
    corr("K10", "E2", "time", "The ruling was announced at 01:00 GMT", "2061-09-28T01:00Z", CONFLICTS[10]["sides"][0]["sources"]),
    corr("K11", "E2", "count", "Five judges voted to annul the record", "5", CONFLICTS[11]["sides"][0]["sources"]),
    corr("K12", "E2", "count", "The inquiry heard 12 witnesses", "12", CONFLICTS[12]["sides"][0]["sources"]),
    corr("K13", "E2", "amount", "Stormgarth was fined 250,000 corvels", "250,000 corvels", CONFLICTS[13]["sides"][0]["sources"]),
    corr("K14", "E2", "duration", "Stormgarth has 21 days to appeal", "P21D", CONFLICTS[14]["sides"][0]["sources"]),
    corr("K15", "E2", "duration", "The calibration certificate had expired 40 days before the run", "P40D", CONFLICTS[15]["sides"][0]["sources"]),
    corr("K16", "E2", "place", "The ruling was announced at the federation's headquarters in Istrelle", "the federation's headquarters in Istrelle", CONFLICTS[16]["sides"][0]["sources"]),
    corr("K17", "E2", "actor", "Thorvald Quennick, the chief technical delegate, led the inquiry", "Thorvald Quennick", CONFLICTS[18]["sides"][0]["sources"]),
    corr("K18", "E1", "actor", "The car was the Stormgarth Glaive", "Stormgarth Glaive", [
        S(G1, "drove the Stormgarth Glaive through the mile"),
        S(CS, "drove the Stormgarth Glaive through the mile"),
        S(PA1, "The Stormgarth Glaive left the start line"),
        S(SC, "steered Stormgarth's Glaive over the Skelvane Pan"),
        S(RA, "has brought the Glaive through"),
        S(WA1, "drove the Glaive through the last timing beam")]),
    corr("K19", "E1", "count", "The southbound run was timed at 598.6 km/h", "598.6 km/h", [
        S(G1, "598.6 km/h on the way back"),
        S(CS, "598.6 km/h on the way back"),
        S(PA1, "598.6 km/h southbound"),
        S(WA1, "her southbound one at 598.6 km/h")]),
    corr("K20", "E1", "count", "The two runs averaged 605.2 km/h", "605.2 km/h", [
        S(G1, "averaging 605.2 km/h over a measured mile"),
        S(CS, "averaging 605.2 km/h over a measured mile"),
        S(PA1, "for an average of 605.2 km/h"),
        S(SC, "at an eye-watering 376mph", "376 mph = 605.1 km/h"),
        S(RA, "Average over the two runs: 605.2km/h."),
        S(WA1, "for an average of more than 600 km/h", "more than 600 km/h (hedged)")]),
    corr("K21", "E1", "count", "The old record was Joss Lanceford's 571.4 km/h", "571.4 km/h", [
        S(G1, "The mark beats the 571.4 km/h that Joss Lanceford reached"),
        S(CS, "The mark beats the 571.4 km/h that Joss Lanceford reached"),
        S(PA1, "the 571.4 km/h Joss Lanceford set in 2042"),
        S(SC, "Joss Lanceford's 19-year-old record of 571.4km/h"),
        S(RA, "The old record was Joss Lanceford's 571.4."),
        S(WA1, "Joss Lanceford, whose 571.4 km/h had been the record")]),
    corr("K22", "E1", "duration", "The old record had stood for 19 years", "P19Y", [
        S(G1, "a record that had stood for 19 years"),
        S(CS, "a record that had stood for 19 years"),
        S(PA1, "Joss Lanceford set in 2042", "set in 2042: 19 years by 2061"),
        S(SC, "19-year-old record of 571.4km/h"),
        S(WA1, "had been the record since 2042", "since 2042: 19 years by 2061")]),
    corr("K23", "E1", "count", "The team brought a crew of 23", "23", [
        S(G1, "The team brought a crew of 23 to the Pan."),
        S(CS, "The team brought a crew of 23 to the Pan."),
        S(RA, "where Stormgarth's crew of 23 will try"),
        S(WA1, "A crew of 23 travelled from Tarnholt with the car")]),
    corr("K24", "E1", "count", "The course was 19 km long", "19 km", [
        S(G1, "the southern end of the 19 km course"),
        S(CS, "the southern end of the 19 km course"),
        S(WA1, "laid out over almost 12 miles of salt", "almost 12 miles = a little under 19.3 km")]),
    corr("K25", "E1", "actor", "Stormgarth Motors built the car in Tarnholt", "Stormgarth Motors, Tarnholt", [
        S(G1, "which built the car at its works in Tarnholt"),
        S(CS, "which built the car at its works in Tarnholt"),
        S(WA1, "Tarnholt's Stormgarth Motors has built the fastest electric car")]),
    corr("K26", "E1", "actor", "Skårdal is a former rally champion", "former rally champion", [
        S(G1, "a former rally champion from Quellany"),
        S(CS, "a former rally champion from Quellany"),
        S(WA1, "said Skårdal, 34, a former rally champion")]),
    corr("K27", "E1", "actor", "Ulla Cardrew is the federation's chief timekeeper", "Ulla Cardrew", [
        S(G1, "said Ulla Cardrew, the chief timekeeper"),
        S(CS, "said Ulla Cardrew, the chief timekeeper"),
        S(PA1, "The federation's chief timekeeper, Ulla Cardrew")]),
    corr("K28", "E1", "actor", "The car made both runs on a single charge", "one charge", [
        S(G1, "The Glaive made both passes on a single charge."),
        S(CS, "The Glaive made both passes on a single charge."),
        S(PA1, "left the start line on a single charge"),
        S(WA1, "who drove both runs on one charge")]),
    corr("K29", "E1", "actor", "Lanceford set the old record in the Valtrane Arrowhead", "Valtrane Arrowhead", [
        S(G1, "reached in the Valtrane Arrowhead"),
        S(CS, "reached in the Valtrane Arrowhead"),
        S(PA1, "in 2042 in the Valtrane Arrowhead")]),
    corr("K30", "E1", "count", "The speed was timed over a measured mile", "1 mile", [
        S(G1, "over a measured mile driven once in each direction"),
        S(CS, "over a measured mile driven once in each direction"),
        S(RA, "611.8km/h through the measured mile"),
        S(WA1, "more than 600 km/h over the measured mile")]),
    corr("K31", "E2", "actor", "The International Speed Record Federation annulled the record", "record annulled", [
        S(G2, "The International Speed Record Federation on Wednesday annulled"),
        S(TB, "The International Speed Record Federation struck out"),
        S(PA2, "the International Speed Record Federation annulled"),
        S(WA2, "its tribunal had annulled"),
        S(PB, "tribunal annulled Stormgarth's electric land speed record"),
        S(WH, "struck the Glaive's record from its books")]),
    corr("K32", "E2", "count", "The annulled record was 605.2 km/h", "605.2 km/h", [
        S(G2, "to strike out the 605.2 km/h that Jorunn Skårdal drove"),
        S(TB, "struck out the 605.2 km/h that Jorunn Skårdal drove"),
        S(PA2, "annulled the 605.2 km/h of the Stormgarth Glaive"),
        S(WA2, "the 605.2 km/h that Jorunn Skårdal drove in Varrenland"),
        S(PB, "The 605.2 km/h that Jorunn Skårdal drove on the Skelvane Pan")]),
    corr("K33", "E2", "count", "The record returns to Joss Lanceford's 571.4 km/h", "571.4 km/h", [
        S(G2, "the record returns to the 571.4 km/h set by Joss Lanceford"),
        S(PA2, "Joss Lanceford's 571.4 km/h, set in 2042, is the record once more."),
        S(PB, "Joss Lanceford's 571.4 km/h from 2042 stands."),
        S(WH, "to Joss Lanceford's 571.4")]),
    corr("K34", "E2", "date", "The record had been set on 17 September", "2061-09-17", [
        S(G2, "set on the Skelvane Pan in Varrenland 11 days earlier", "11 days before 28 September"),
        S(TB, "Jorunn Skårdal drove on 17 September"),
        S(PA2, "set on the Skelvane Pan 11 days ago", "11 days before 28 September"),
        S(WA2, "drove in Varrenland on 17 September")]),
    corr("K35", "E2", "actor", "The timing system was supplied by Harrowell Timing", "Harrowell Timing", [
        S(G2, "supplied by Harrowell Timing"),
        S(PB, "Harrowell Timing's certificate for the Glaive's beams"),
        S(WH, "found that Harrowell Timing's certificate had expired")]),
    corr("K36", "E2", "duration", "The clock could have drifted by 0.2 seconds over the mile", "PT0.2S", [
        S(G2, "drifted by as much as 0.2 seconds over the mile"),
        S(PB, "drifted by two tenths of a second over the mile")]),
    corr("K37", "E2", "actor", "Stormgarth will appeal", "appeal", [
        S(G2, "\"We will appeal, and we will be back on the salt"),
        S(TB, "which it says it will use"),
        S(WA2, "\"We are going to appeal.")]),
    corr("K38", "E2", "actor", "The driver was not at fault", "Skårdal not at fault", [
        S(G2, "The tribunal found that Skårdal was not at fault."),
        S(TB, "Skårdal was cleared of blame."),
        S(PA2, "who was cleared of any fault"),
        S(WH, "Jorunn Skårdal did nothing wrong, and the tribunal said so.")]),
    corr("K39", "E2", "actor", "Honorine Taskeld is the federation's president", "Honorine Taskeld", [
        S(G2, "said Honorine Taskeld, the federation's president"),
        S(TB, "the federation's president, Honorine Taskeld, said"),
        S(PA2, "said the federation's president, Honorine Taskeld"),
        S(WA2, "the federation's president, Honorine Taskeld, told reporters in Istrelle"),
        S(WH, "Honorine Taskeld, the federation's president, put it neatly")]),
    corr("K40", "E2", "count", "The tribunal had seven judges", "7", [
        S(G2, "the seven judges on its tribunal"),
        S(TB, "the tribunal's seven judges"),
        S(PA2, "The judges voted five to two.", "five to two: seven judges")]),
]

EXCLUSIVE = [
    excl("X1", "E1", "The wind stayed under 5 km/h, the limit for a record attempt", [
        S(G1, "Wind on the Pan stayed under 5 km/h"),
        S(CS, "Wind on the Pan stayed under 5 km/h")],
         "in the Pendrel wire and its copy (Culvarra Saltbox) only: one independent source, NOT corroborated"),
    excl("X2", "E1", "The record must still be ratified by the federation's council", [
        S(G1, "The record must still be ratified by the federation's council in Istrelle."),
        S(CS, "The record must still be ratified by the federation's council in Istrelle.")],
         "in the Pendrel wire and its copy only: one independent source, NOT corroborated"),
    excl("X3", "E1", "Stormgarth will bring the Glaive back next year to try for 650 km/h", [
        S(G1, "would bring the Glaive back next year and try for 650 km/h")],
         "in the wire only; its copy leaves the team principal's paragraph out"),
    excl("X4", "E1", "Hundreds drove out from Culvarra before dawn, and the bakery sold out", [
        S(CS, "Hundreds of people drove out from Culvarra before dawn")],
         "only in the paragraph the Saltbox added to the wire"),
    excl("X5", "E1", "The car coasted a few hundred metres and did not move again under its own power", [
        S(PA1, "did not move again under its own power")]),
    excl("X6", "E1", "Lanceford, now 71, watched from the timing tent", [
        S(PA1, "who watched from the timing tent")]),
    excl("X7", "E1", "The battery pack alone cost 2.2 million corvels", [
        S(SC, "The car's battery pack alone cost 2.2 million corvels")]),
    excl("X8", "E1", "A ranger says the ground shook like a goods train", [
        S(SC, "The ground shook like a goods train going through my kitchen.")]),
    excl("X9", "E1", "The crew sprayed fizz over the car's nose", [
        S(SC, "Crew members sprayed fizz over the car's nose")]),
    excl("X10", "E1", "Police closed the road onto the salt to all but ticket holders", [
        S(RA, "closed the road onto the salt to everyone but ticket holders")]),
    excl("X11", "E1", "Vantreel has spent nine years on the project", [
        S(WA1, "who has spent nine years on the project")]),
    excl("X12", "E1", "Tarnholt's mayor has promised the crew a parade", [
        S(WA1, "The town's mayor has promised them a parade")]),
    excl("X13", "E1", "The battery's life had been planned to the second", [
        S(WA1, "had been planned to the second")]),
    excl("X14", "E2", "From next season timekeepers must inspect the certificate before every attempt", [
        S(G2, "timekeepers will have to inspect the certificate before every record attempt"),
        S(TB, "Timekeepers will in future have to inspect certificates before each attempt.")],
         "in the Pendrel wire and its rewrite (Tarnholt Bellows) only: one independent source, NOT corroborated"),
    excl("X15", "E2", "Apprentices painted over the record on the works gate", [
        S(TB, "spent Wednesday afternoon painting over it")],
         "only in the paragraph the Tarnholt Bellows wrote itself"),
    excl("X16", "E2", "Harrowell Timing was ordered to pay the federation's costs", [
        S(G2, "ordered Harrowell Timing to pay the federation's costs")],
         "in the wire only; its rewrite leaves it out"),
    excl("X17", "E2", "Harrowell Timing says it sent Stormgarth a reminder in July", [
        S(G2, "sent Stormgarth a reminder about the certificate in July")],
         "in the wire only; its rewrite leaves it out"),
    excl("X18", "E2", "The chief timekeeper, Ulla Cardrew, has stood down", [
        S(PA2, "Ulla Cardrew, has stood down while the federation reviews its procedures")]),
    excl("X19", "E2", "Culvarra's tourist office calls the record week its busiest", [
        S(PA2, "had been the busiest in the town's memory")]),
    excl("X20", "E2", "The fine is the largest the federation has imposed on a team", [
        S(WA2, "is the largest the federation has ever imposed on a team")]),
    excl("X21", "E2", "Quellany's sports minister asked for the full report", [
        S(WA2, "Quellany's sports minister has asked the federation for the full report.")]),
    excl("X22", "E2", "Timing systems are certified for a year at a time", [
        S(PB, "Timing systems are certified for a year at a time.")]),
    excl("X23", "E2", "The possible error is worth roughly 12 km/h", [
        S(PB, "the error is worth roughly 12 km/h")]),
    excl("X24", "E2", "The rules oblige nobody to look at the certificate on the morning", [
        S(WH, "they oblige nobody to look at the certificate on the morning")]),
    excl("X25", "E2", "Stormgarth should send the bill to Harrowell", [
        S(WH, "it should send the bill to Harrowell")]),
]

QUOTES = [
    qv("Q1", "E1", "Jorunn Skårdal", "She felt the battery dying under her over the last kilometre", [
        S(PA1, "\"For the last kilometre I could feel the battery dying under me.\"", mode="direct"),
        S(WA1, "\"I felt the battery going under me for the whole", mode="direct")],
       "direct vs direct in other words ('For the last kilometre I could feel the battery dying under me.' vs 'I felt the battery going under me for the whole of the last kilometre')"),
    qv("Q2", "E1", "Ulla Cardrew", "The timing was clean on both runs", [
        S(G1, "\"The timing was clean on both runs,\"", mode="direct"),
        S(PA1, "said the timing had been \"clean on both runs\"", mode="direct")],
       "direct vs partial direct in reported speech ('The timing was clean on both runs' vs 'said the timing had been \"clean on both runs\"')"),
    qv("Q3", "E1", "Radulf Vantreel", "The team came to break the record, not the car, and did one without the other", [
        S(RA, "\"We came here to break a record, not to break the car,", mode="direct"),
        S(SC, "said his crew had come to break the record, not the car", mode="indirect")],
       "direct vs reported speech ('We came here to break a record, not to break the car, and we have done one without the other' vs 'said his crew had come to break the record, not the car, and had managed one without the other')"),
    qv("Q4", "E1", "Joss Lanceford", "Records are there to be broken, and he is glad this one was broken properly", [
        S(PA1, "\"Records are there to be broken, and I am glad", mode="direct"),
        S(WA1, "said records were there to be broken and that he was glad", mode="indirect")],
       "direct vs reported speech ('Records are there to be broken, and I am glad this one was broken properly' vs 'said records were there to be broken and that he was glad this one had been broken properly')"),
    qv("Q5", "E2", "Radulf Vantreel", "Stormgarth will appeal and be back on the salt next summer", [
        S(G2, "\"We will appeal, and we will be back on the salt", mode="direct"),
        S(WA2, "\"We are going to appeal. Next summer we will be", mode="direct")],
       "direct vs direct in other words ('We will appeal, and we will be back on the salt next summer' vs 'We are going to appeal. Next summer we will be on the salt again')"),
    qv("Q6", "E2", "Thorvald Quennick", "The certificate had run out and nobody on the salt asked to see it", [
        S(G2, "\"The certificate had run out, and nobody on the salt that morning", mode="direct"),
        S(PB, "that the certificate had run out and that nobody on the salt", mode="indirect")],
       "direct vs reported speech ('The certificate had run out, and nobody on the salt that morning asked to see it' vs 'told the tribunal ... that the certificate had run out and that nobody on the salt had asked to see it that morning')"),
    qv("Q7", "E2", "Jorunn Skårdal", "She drove the car as fast as it would go, and no paper changes that", [
        S(WA2, "\"I drove that car as fast as it would go,", mode="direct"),
        S(PA2, "said she had driven the car \"as fast as it would go\"", mode="direct")],
       "direct vs partial direct in reported speech ('I drove that car as fast as it would go, and no piece of paper changes that' vs 'said she had driven the car \"as fast as it would go\" and that no piece of paper could change that')"),
    qv("Q8", "E2", "Honorine Taskeld", "The federation is not saying the car was slow, only that it cannot prove it was fast", [
        S(G2, "\"We are not saying the car was slow.", mode="direct"),
        S(WH, "not saying the car was slow, only that it could not prove", mode="indirect")],
       "direct vs reported speech ('We are not saying the car was slow. We are saying we cannot prove it was fast.' vs 'put it neatly: the federation was not saying the car was slow, only that it could not prove it was fast')"),
]
