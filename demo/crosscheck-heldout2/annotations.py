# The planted items of demo/crosscheck-heldout2, read by build_gold.py (which defines S, conflict,
# nonc, corr, excl, qv and the report names W1 ... CR before executing this file).

CONFLICTS = [
    conflict("C1", "E1", "date", "When the levee at Sarkovo breached", [
        ("2026-11-04", [S(W1, "levee protecting this Lusovian border town breached on Wednesday afternoon"),
                        S(TD1, "The Kallow broke through the levee at Šarkovo on November 4"),
                        S(CC1, "after the Kallow River breached a levee there on Wednesday afternoon")]),
        ("2026-11-05", [S(BC1, "the Kallow burst a levee at Sarkovo on Thursday")]),
    ], "KPA (published Wed 4 Nov), the Dispatch and the Clarion: Wednesday 4 November; the Courant (published Fri 6 Nov): Thursday."),
    conflict("C2", "E2", "date", "When Lusovia lodged its complaint with the river commission", [
        ("2026-11-06", [S(W2, "Lusovia lodged a formal complaint with the commission on Friday"),
                        S(BC2, "lodged with the commission last Friday"),
                        S(TD2, "Lusovia lodged its complaint with the commission on November 6")]),
        ("2026-11-09", [S(CC2, "Lusovia had lodged its complaint with the commission on Monday")]),
    ], "KPA (published Wed 11 Nov), the Courant and the Dispatch: Friday 6 November; the Clarion (published Thu 12 Nov): Monday 9 November."),
    conflict("C3", "E1", "count", "How many people were evacuated from Sarkovo", [
        ("4200", [S(W1, "Police said 4,200 people were evacuated from the town"),
                  S(BC1, "forcing 4,200 people from their homes"),
                  S(CC1, "In all, 4,200 residents were evacuated.")]),
        ("6400", [S(TD1, "forcing 6,400 people from the town")]),
    ], "4,200 in KPA, the Courant and the Clarion; 6,400 in the Dispatch."),
    conflict("C4", "E1", "count", "How many people were injured in the flood", [
        ("17", [S(W1, "In all, 17 people were injured, none of them seriously."),
                S(TD1, "In all, 17 people were treated for injuries."),
                S(CC1, "17 people were injured, Lusovian police said")]),
        ("11", [S(BC1, "Lusovian police said 11 people had been hurt.")]),
    ], "17 in KPA, the Dispatch and the Clarion; 11 in the Courant (all citing Lusovian police)."),
    conflict("C5", "E2", "count", "The compensation Corvessa pays Lusovia", [
        ("18 million thalers", [S(W2, "Corvessa agreed on Wednesday to pay Lusovia 18 million thalers"),
                                S(TD2, "18 million thalers in compensation for the Šarkovo flood"),
                                S(CC2, "Corvessa will pay Lusovia 18 million thalers")]),
        ("12 million thalers", [S(BC2, "committing Corvessa to pay 12 million thalers for the Sarkovo flood")]),
    ], "18 million thalers in KPA, the Dispatch and the Clarion; 12 million in the Courant."),
    conflict("C6", "E2", "count", "How many new gauging stations will be built on the Kallow", [
        ("26", [S(W2, "26 new gauging stations will be built along the Kallow"),
                S(BC2, "26 gauging stations will be built along the river"),
                S(CC2, "26 gauging stations will be built on the river")]),
        ("36", [S(TD2, "Corvessa will build 36 new gauging stations on the Kallow")]),
    ], "26 in KPA, the Courant and the Clarion; 36 in the Dispatch."),
    conflict("C7", "E1", "place", "Where the evacuees were sheltered", [
        ("Dravnik", [S(W1, "Evacuees were taken to a sports hall in Dravnik"),
                     S(TD1, "are sleeping in the sports hall in Dravnik")]),
        ("Olsany", [S(CC1, "The evacuees have been housed in a school in Olsany")]),
    ], "A sports hall in Dravnik (12 km east) in KPA and the Dispatch; a school in Olsany (20 km south) in the Clarion."),
    conflict("C8", "E2", "place", "Where the joint early-warning centre will be", [
        ("Sarkovo", [S(W2, "a joint early-warning centre will be set up in Sarkovo"),
                     S(TD2, "a joint early-warning centre will open in Šarkovo itself"),
                     S(CC2, "a joint warning centre will be set up in Sarkovo")]),
        ("Veldrun", [S(CR, "A joint warning centre at the dam in Veldrun")]),
    ], "In Sarkovo (Šarkovo) in KPA, the Dispatch and the Clarion; at the dam in Veldrun in the Review's analysis."),
    conflict("C9", "E1", "duration", "How long the spillway gates stayed open", [
        ("PT14H", [S(W1, "kept them open for 14 hours"),
                   S(BC1, "closed them 14 hours later"),
                   S(CC1, "whose spillway gates were held open for 14 hours")]),
        ("PT9H", [S(CBJ, "kept the dam's spillway gates open for nine hours on Wednesday")]),
    ], "14 hours (01:30 to 15:30 GMT) in KPA, the Courant and the Clarion; nine hours in the Business Journal."),
    conflict("C10", "E2", "duration", "Notice Corvessa must give before a release", [
        ("PT48H", [S(W2, "to give at least 48 hours' notice before any future release"),
                   S(TD2, "obliges Corvessa to give Lusovia 48 hours' notice of any release"),
                   S(CC2, "must warn its neighbour 48 hours before opening the Veldrun Dam's spillway")]),
        ("PT24H", [S(BC2, "CHA must give Lusovia 24 hours' notice before opening the Veldrun spillway")]),
    ], "48 hours in KPA, the Dispatch and the Clarion (two days in the Review); 24 hours in the Courant."),
    conflict("C11", "E1", "speaker", "Who said 'It was a flooded valley or a broken dam'", [
        ("Edvard Kranz", [S(W1, "\"It was a flooded valley or a broken dam,\" Kranz told reporters"),
                          S(LG, "\"It was a flooded valley or a broken dam,\" Kranz told reporters")]),
        ("Ludmila Brandt", [S(BC1, "\"It was a flooded valley or a broken dam,\" Ms Brandt said")]),
    ], "The same words from the CHA director in the KPA wire (and its copy), from the Energy Minister in the Courant."),
    conflict("C12", "E2", "speaker", "Who said 'Rivers do not stop at borders, and nor does blame'", [
        ("Danica Ljubenova", [S(W2, "\"Rivers do not stop at borders, and nor does blame,\" Lyubenova said"),
                              S(TD2, "\"Rivers do not stop at borders, and nor does blame,\" Ms Ljubenova")]),
        ("Beatriz Monteleone", [S(CC2, "\"Rivers do not stop at borders, and nor does blame,\" Monteleone said")]),
    ], "The Lusovian Foreign Minister in KPA and the Dispatch (two spellings of her name); the commission chair in the Clarion."),
    conflict("C13", "E1", "actor", "Who ordered the spillway gates opened", [
        ("Edvard Kranz", [S(W1, "Its director, Edvard Kranz, ordered the release"),
                          S(BC1, "was given by the authority's director, Edvard Kranz"),
                          S(CC1, "on the orders of the dam operator's director, Edvard Kranz")]),
        ("Ludmila Brandt", [S(TD1, "The release was ordered by Corvessa's Energy Minister, Ludmila Brandt")]),
    ], "The CHA director in KPA, the Courant and the Clarion; the Energy Minister in the Dispatch."),
    conflict("C14", "E1", "actor", "Who evacuated Sarkovo's hospital", [
        ("Lusovian army", [S(W1, "The Lusovian army moved all 62 patients of Sarkovo's hospital"),
                           S(TD1, "Soldiers of the Lusovian army carried 62 patients out")]),
        ("Altrevan rescue team", [S(CC1, "An Altrevan rescue team flown in on Wednesday evacuated the hospital")]),
    ], "Lusovian soldiers in KPA and the Dispatch; the Altrevan rescue team in the Clarion (an Altrevan paper)."),
    conflict("C15", "E2", "actor", "Who signed the agreement for Corvessa", [
        ("Ludmila Brandt", [S(W2, "Energy Minister Ludmila Brandt signed the ten-year agreement for Corvessa"),
                            S(BC2, "Energy Minister Ludmila Brandt signed a river agreement with Lusovia"),
                            S(CC2, "It was signed for Corvessa by Energy Minister Ludmila Brandt.")]),
        ("Gregor Talmage", [S(CR, "Prime Minister Gregor Talmage signed the agreement for Corvessa")]),
    ], "The Energy Minister in KPA, the Courant and the Clarion; the Prime Minister in the Review."),
]

NONCONFLICTS = [
    nonc("N1", "alias", "E1", ["E1"], "The dam's operator", [
        S(W1, "The Corvessan Hydropower Authority opened the spillway gates", "Corvessan Hydropower Authority"),
        S(BC1, "The CHA opened the gates", "CHA")],
         "CHA is the initials of the Corvessan Hydropower Authority"),
    nonc("N2", "alias", "E1", ["E1"], "The flooded town", [
        S(W1, "SARKOVO, Lusovia", "Sarkovo"),
        S(TD1, "the levee at Šarkovo", "Šarkovo")],
         "Šarkovo is the Lusovian spelling (with a diacritic) of Sarkovo"),
    nonc("N3", "alias", "E2", ["E2"], "Who signed for Lusovia", [
        S(W2, "Foreign Minister Danitsa Lyubenova", "Danitsa Lyubenova"),
        S(TD2, "Foreign Minister Danica Ljubenova", "Danica Ljubenova")],
         "two transliterations of one name"),
    nonc("N4", "alias", "E1", ["E1"], "Who promised to pay for the clean-up", [
        S(W1, "The Corvessan government promised to pay for the clean-up", "Corvessan government"),
        S(CC1, "Brannoch has promised to pay for the clean-up", "Brannoch")],
         "Brannoch, the capital, stands for the Corvessan government"),
    nonc("N5", "timezone", "E1", ["E1"], "Time the spillway gates were opened", [
        S(W1, "opened the spillway gates at 0130 GMT on Wednesday", "2026-11-04T01:30Z"),
        S(BC1, "at 3:30 a.m. local time on Wednesday", "2026-11-04T03:30+02:00"),
        S(TD1, "The spillway gates were opened at 2:30 a.m. Lusovian time.", "2026-11-04T02:30+01:00")],
         "Corvessa is UTC+2 and Lusovia UTC+1: one instant in three notations"),
    nonc("N6", "timezone", "E2", ["E2"], "Time the agreement was signed", [
        S(W2, "at 14:00 GMT", "2026-11-11T14:00Z"),
        S(CC2, "at 3 p.m. Castrona time on Wednesday", "2026-11-11T15:00+01:00")],
         "Altreva is UTC+1: the same instant"),
    nonc("N7", "unit_form", "E1", ["E1"], "Length of the state of emergency", [
        S(W1, "declared a three-day state of emergency", "P3D"),
        S(TD1, "declared a state of emergency for three days", "P3D")],
         "'three-day' and 'for three days' are one duration"),
    nonc("N8", "unit_form", "E2", ["E2"], "Term of the agreement", [
        S(W2, "signed the ten-year agreement", "P10Y"),
        S(CC2, "The agreement will run for 10 years.", "P10Y")],
         "'ten-year' and '10 years' are one duration"),
    nonc("N9", "weekday_date", "E1", ["E1"], "Day the levee breached", [
        S(W1, "breached on Wednesday afternoon", "2026-11-04"),
        S(TD1, "The Kallow broke through the levee at Šarkovo on November 4", "2026-11-04")],
         "Wednesday, the wire's publication day, is 4 November 2026"),
    nonc("N10", "weekday_date", "E2", ["E2"], "Day the agreement was signed", [
        S(W2, "Corvessa agreed on Wednesday", "2026-11-11"),
        S(TD2, "The agreement, signed in Castrona on November 11", "2026-11-11")],
         "Wednesday of the wire's publication is 11 November 2026"),
    nonc("N11", "level_vs_change", "E1", ["E1"], "The Kallow at the Sarkovo gauge", [
        S(W1, "the Kallow rose to 6.8 metres by midday", "to 6.8 metres"),
        S(TD1, "the river rose by 2.3 metres in six hours", "by 2.3 metres")],
         "a level and a rise"),
    nonc("N12", "level_vs_change", "E2", ["E2"], "The reservoir's autumn ceiling", [
        S(W2, "lower the Veldrun reservoir's autumn ceiling to 80 percent of capacity", "to 80 percent"),
        S(BC2, "The reservoir's autumn ceiling will be lowered by 12 percentage points", "by 12 points")],
         "a level (to 80 %) and a change (by 12 points, from 92 %)"),
    nonc("N13", "level_vs_change", "E1", ["E1"], "Corvessan wholesale power prices on Thursday", [
        S(CBJ, "prices rose to 142 thalers a megawatt-hour on Thursday", "to 142 thalers/MWh"),
        S(BC1, "Wholesale power prices rose 18 percent on Thursday", "by 18 percent")],
         "a price level and a percentage change"),
    nonc("N14", "different_measure", "E1", ["E1"], "People evacuated vs people injured", [
        S(W1, "Police said 4,200 people were evacuated from the town", "4,200 evacuated"),
        S(CC1, "17 people were injured, Lusovian police said", "17 injured")],
         "two different measures of 'people'"),
    nonc("N15", "different_measure", "E1", ["E1"], "People injured vs people lifted from rooftops", [
        S(TD1, "In all, 17 people were treated for injuries.", "17 injured"),
        S(W1, "lifted 38 people from rooftops by boat and helicopter", "38 lifted from rooftops")],
         "two different measures of 'people'"),
    nonc("N16", "different_measure", "E1", ["E1"], "Hospital patients: the whole vs the children among them", [
        S(W1, "The Lusovian army moved all 62 patients", "62 patients"),
        S(TD1, "14 of them children from the paediatric ward", "14 children")],
         "a subset (14 children) of the whole (62 patients)"),
    nonc("N17", "rounded", "E1", ["E1"], "How many homes were flooded", [
        S(W1, "Some 1,500 homes were under water by nightfall", "some 1,500"),
        S(TD1, "flooding 1,482 homes", "1,482")],
         "a round figure and the exact count"),
    nonc("N18", "at_least", "E1", ["E1"], "How many people were lifted from rooftops", [
        S(CC1, "At least 30 people were lifted from rooftops in the town", "at least 30"),
        S(W1, "lifted 38 people from rooftops", "38")],
         "38 is at least 30"),
    nonc("N19", "venue", "E2", ["E2"], "Where the agreement was signed", [
        S(W2, "the Kallow River Commission in Castrona", "Castrona"),
        S(BC2, "The ceremony at the Weavers' Hall", "Weavers' Hall"),
        S(CC2, "signed a river agreement at the Weavers' Hall", "Weavers' Hall")],
         "the Weavers' Hall, the commission's seat, is the venue inside Castrona (the Clarion's dateline)"),
    nonc("N20", "different_measure", "E2", ["E2"], "Two frequencies: requests for the schedule vs past spillway openings", [
        S(BC2, "Lusovia had asked three times since 2019 for the dam's release schedule", "3 requests"),
        S(CR, "the Veldrun spillway had been opened only twice since 2009", "2 openings")],
         "different frequencies of different acts ('three times' asked vs opened 'twice')"),
    nonc("N21", "different_measure", "E2", ["E2"], "Compensation per household vs in total", [
        S(TD2, "Each flooded household will receive 9,000 thalers from the fund", "9,000 thalers each"),
        S(W2, "pay Lusovia 18 million thalers in compensation", "18 million thalers total")],
         "per household vs the whole fund (the rest goes to the levee, hospital and water works)"),
    nonc("N22", "unit_form", "E2", ["E2"], "Notice before a release", [
        S(W2, "at least 48 hours' notice", "PT48H"),
        S(CR, "Lusovia will be told two days before Corvessa opens its gates", "P2D")],
         "48 hours and two days are one duration"),
    nonc("N23", "different_event", "E1", ["E1"], "The commission's session mentioned in the flood story", [
        S(W1, "will hold an emergency session in Castrona next Wednesday", "2026-11-11 (E2)"),
        S(W1, "breached on Wednesday afternoon", "2026-11-04")],
         "E1's wire announces the session of E2 ('next Wednesday')"),
    nonc("N24", "different_event", "E2", ["E2"], "Dates inside the agreement story", [
        S(CR, "When the Veldrun spillway opened on the night of November 4", "2026-11-04 (E1)"),
        S(TD2, "signed in Castrona on November 11", "2026-11-11")],
         "the analysis recalls the release of the first event; the signing is E2"),
    nonc("N25", "different_event", None, ["E1", "E2"], "Gates open for 14 hours vs 48 hours' notice", [
        S(W1, "kept them open for 14 hours", "PT14H"),
        S(W2, "at least 48 hours' notice", "PT48H")],
         "different durations of different events"),
]

CORROBORATED = [
    corr("K1", "E1", "date", "The levee at Sarkovo breached on Wednesday 4 November", "2026-11-04",
         CONFLICTS[0]["sides"][0]["sources"]),
    corr("K2", "E1", "count", "4,200 people were evacuated", "4200", CONFLICTS[2]["sides"][0]["sources"]),
    corr("K3", "E1", "count", "17 people were injured", "17", CONFLICTS[3]["sides"][0]["sources"]),
    corr("K4", "E1", "duration", "The gates stayed open for 14 hours", "PT14H", CONFLICTS[8]["sides"][0]["sources"]),
    corr("K5", "E1", "actor", "Edvard Kranz ordered the release", "Edvard Kranz",
         CONFLICTS[12]["sides"][0]["sources"]),
    corr("K6", "E1", "actor", "The Lusovian army evacuated the hospital", "Lusovian army",
         CONFLICTS[13]["sides"][0]["sources"]),
    corr("K7", "E1", "place", "Evacuees were sheltered in Dravnik", "Dravnik", CONFLICTS[6]["sides"][0]["sources"]),
    corr("K8", "E1", "duration", "Sarkovo had 40 minutes' warning", "PT40M", [
        S(W1, "Sarkovo had received 40 minutes' notice of the release"),
        S(TD1, "with barely 40 minutes' warning")]),
    corr("K9", "E1", "duration", "A three-day state of emergency", "P3D", [
        S(W1, "declared a three-day state of emergency"),
        S(TD1, "declared a state of emergency for three days")]),
    corr("K10", "E1", "count", "Veldrun supplies about a fifth of Corvessa's electricity", "a fifth", [
        S(W1, "supplies about a fifth of Corvessa's electricity"),
        S(CBJ, "Veldrun supplies about a fifth of Corvessa's electricity")]),
    corr("K11", "E2", "count", "Corvessa pays 18 million thalers", "18 million thalers",
         CONFLICTS[4]["sides"][0]["sources"]),
    corr("K12", "E2", "count", "26 gauging stations will be built", "26", CONFLICTS[5]["sides"][0]["sources"]),
    corr("K13", "E2", "place", "The warning centre will be in Sarkovo", "Sarkovo", CONFLICTS[7]["sides"][0]["sources"]),
    corr("K14", "E2", "duration", "48 hours' notice before a release", "PT48H",
         CONFLICTS[9]["sides"][0]["sources"] + [
             S(CR, "Lusovia will be told two days before Corvessa opens its gates")]),
    corr("K15", "E2", "actor", "Ludmila Brandt signed for Corvessa", "Ludmila Brandt",
         CONFLICTS[14]["sides"][0]["sources"]),
    corr("K16", "E2", "date", "Lusovia lodged its complaint on Friday 6 November", "2026-11-06",
         CONFLICTS[1]["sides"][0]["sources"]),
    corr("K17", "E2", "date", "Edvard Kranz was suspended on Tuesday 10 November", "2026-11-10", [
        S(W2, "was suspended on Tuesday pending an internal review"),
        S(BC2, "The CHA's director, Edvard Kranz, who was suspended on Tuesday"),
        S(CR, "Edvard Kranz, the authority's director, was suspended on Tuesday")]),
    corr("K18", "E2", "date", "The agreement was signed on Wednesday 11 November", "2026-11-11", [
        S(W2, "Corvessa agreed on Wednesday"),
        S(BC2, "signed a river agreement with Lusovia in Castrona on Wednesday"),
        S(TD2, "signed in Castrona on November 11"),
        S(CC2, "at 3 p.m. Castrona time on Wednesday")]),
]

EXCLUSIVE = [
    excl("X1", "E1", "Veldrun is a 94-metre concrete dam completed in 1987", [
        S(W1, "Veldrun, a 94-metre concrete dam completed in 1987"),
        S(LG, "Veldrun, a 94-metre concrete dam completed in 1987")],
         "in the KPA wire and its copy only: one independent source, NOT corroborated"),
    excl("X2", "E2", "The Lusovian delegation walked out briefly", [
        S(W2, "The Lusovian delegation walked out briefly during the morning session"),
        S(EEM, "The Lusovian delegation walked out briefly during the morning session")],
         "in the KPA wire and the Mail ('With KPA inputs') only: NOT corroborated"),
    excl("X3", "E1", "Tiberg summoned Corvessa's ambassador", [
        S(BC1, "Tiberg summoned Corvessa's ambassador on Thursday")]),
    excl("X4", "E1", "The CHA expects to lose about 210 gigawatt-hours", [
        S(CBJ, "expects to lose about 210 gigawatt-hours of output this month")]),
    excl("X5", "E1", "The hospital's backup generators failed", [
        S(TD1, "its backup generators had failed within minutes of the water entering")]),
    excl("X6", "E1", "The Altrevan team of 24 was led by Fabio Castaldi", [
        S(CC1, "The team of 24, led by Fabio Castaldi")]),
    excl("X7", "E1", "The CHA warned Lusovian civil protection at 2:50 a.m.", [
        S(BC1, "had warned Lusovian civil protection by telephone at 2:50 a.m.")]),
    excl("X8", "E2", "Each flooded household receives 9,000 thalers", [
        S(TD2, "Each flooded household will receive 9,000 thalers from the fund")]),
    excl("X9", "E2", "Altreva pays half the cost of the warning centre", [
        S(CC2, "Altreva will pay half the cost of the centre")]),
    excl("X10", "E2", "Insurers put the damage at about 40 million thalers", [
        S(CR, "Insurers put the damage in Sarkovo at about 40 million thalers")]),
]

QUOTES = [
    qv("Q1", "E1", "Irena Blaha", "The water came faster than the warning", [
        S(W1, "The warning came, but the water came faster,", mode="direct"),
        S(TD1, "The water was faster than the warning,", mode="direct")],
       "direct vs direct, reworded and reordered"),
    qv("Q2", "E1", "Edvard Kranz", "Six more hours and the reservoir would have been out of control", [
        S(W1, "Had we waited another six hours, we would have lost control", mode="direct"),
        S(BC1, "had the authority waited another six hours it would have lost control", mode="indirect")],
       "direct vs reported speech"),
    qv("Q3", "E2", "Danica Ljubenova", "From now on Lusovians get two days' warning", [
        S(W2, "From now on they will be given two days.", mode="direct"),
        S(TD2, "would from now on be given two days", mode="indirect")],
       "direct vs reported speech (the Dispatch spells her Danica Ljubenova, KPA Danitsa Lyubenova)"),
    qv("Q4", "E2", "Beatriz Monteleone", "The commission exists so that a flood is never a surprise", [
        S(W2, "so that a flood in one country is never again a surprise", mode="direct"),
        S(CC2, "so that a flood in one country is never a surprise", mode="direct")],
       "'never again' vs 'never'"),
    qv("Q5", "E2", "Ludmila Brandt", "Corvessa failed its neighbours in how it acted", [
        S(BC2, "we accept that we failed our neighbours in how we did it", mode="direct"),
        S(CR, "Brandt conceded that Corvessa had failed its neighbours in how it acted", mode="indirect")],
       "direct vs reported in the analysis"),
]
