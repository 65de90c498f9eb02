# The planted items of demo/crosscheck-heldout4, read by build_gold.py (which defines S, conflict,
# nonc, corr, excl, qv and the report names W1 ... SR before executing this file).

CONFLICTS = [
    conflict("C1", "E1", "date", "When the intruders first entered the network", [
        ("2027-10-06", [S(W1, "the intruders had first entered its systems last Wednesday"),
                        S(EG, "the intruders had first entered its systems last Wednesday"),
                        S(CT1, "the intruders got in on October 6"),
                        S(PO1, "the first break-in dated from October 6")]),
        ("2027-10-08", [S(RT1, "the attackers had been inside the network since Friday")]),
    ], "CNA (published Mon 11 Oct, 'last Wednesday') and its copy, the Tribune and the Observer: Wednesday 6 October; the Telegraph (published Tue 12 Oct): since Friday 8 October."),
    conflict("C2", "E2", "date", "When the agency warned the network about the supplier account", [
        ("2027-09-14", [S(W2, "warned the network about the account in writing on September 14"),
                        S(CT2, "warned the network about the weak supplier account on September 14"),
                        S(SR, "who answers for the warning of September 14")]),
        ("2027-09-24", [S(RT2, "had warned the hospitals on September 24 about a weak account")]),
    ], "14 September in CNA, the Tribune and the analysis; 24 September in the Telegraph."),
    conflict("C3", "E1", "count", "The ransom demanded", [
        ("12 million dukats", [S(W1, "demanded 12 million dukats in cryptocurrency", after="Grey Lantern"),
                               S(EG, "demanded 12 million dukats in cryptocurrency"),
                               S(CT1, "The gang demanded 12 million dukats."),
                               S(PO1, "the attackers asked for 12 million dukats")]),
        ("21 million dukats", [S(RT1, "demanded 21 million dukats")]),
    ], "12 million in CNA (and its copy), the Tribune and the Observer; 21 million in the Telegraph."),
    conflict("C4", "E1", "count", "How many patients were transferred", [
        ("230", [S(W1, "230 patients were transferred to other hospitals"),
                 S(EG, "230 patients were transferred to other hospitals"),
                 S(RT1, "The Ambelin hospitals transferred 230 patients"),
                 S(PO1, "It transferred 230 patients in all")]),
        ("320", [S(CT1, "In all, 320 patients were transferred")]),
    ], "230 in CNA, the Telegraph and the Observer; 320 in the Tribune."),
    conflict("C5", "E2", "count", "How many patient records were stolen", [
        ("410000", [S(W2, "stole 410,000 patient records before encrypting its systems"),
                    S(ML, "the attackers had taken 410,000 patient records"),
                    S(CT2, "the attackers had stolen 410,000 patient records"),
                    S(PO2, "the attackers had stolen 410,000 patient records")]),
        ("140000", [S(RT2, "140,000 patient records had been stolen")]),
    ], "410,000 in CNA (and the Star), the Tribune and the Observer; 140,000 in the Telegraph."),
    conflict("C6", "E2", "count", "What the attack will cost", [
        ("28 million dukats", [S(W2, "the attack would cost 28 million dukats"),
                               S(ML, "The recovery will cost 28 million dukats."),
                               S(CT2, "the attack would cost 28 million dukats"),
                               S(PO2, "Recovery will cost 28 million dukats")]),
        ("18 million dukats", [S(SR, "The bill, 18 million dukats on the minister's own count")]),
    ], "28 million in CNA, the Star, the Tribune and the Observer; 18 million in the analysis."),
    conflict("C7", "E1", "place", "Where the four premature babies were moved", [
        ("Castelbrun", [S(W1, "Four premature babies were moved to the children's hospital in Castelbrun."),
                        S(EG, "Four premature babies were moved to the children's hospital in Castelbrun."),
                        S(CT1, "Four premature babies were taken to the children's hospital in Castelbrun")]),
        ("Marrick", [S(PO1, "Four premature babies were flown to the hospital in Marrick")]),
    ], "The children's hospital in Castelbrun in CNA (and its copy) and the Tribune; the hospital in Marrick in the Observer."),
    conflict("C8", "E2", "place", "Where the stolen data was sent", [
        ("Ostmere", [S(W2, "copied 1.9 terabytes of data to servers rented in Ostmere, Talvery"),
                     S(ML, "moved them to servers rented in Ostmere"),
                     S(CT2, "sent them to servers in Ostmere, a Talverian industrial town")]),
        ("Calvane", [S(RT2, "the data had been moved to servers in Calvane")]),
    ], "Servers in Ostmere (Talvery) in CNA, the Star and the Tribune; in Calvane (Esmoria) in the Telegraph."),
    conflict("C9", "E1", "duration", "How long the emergency departments stay shut", [
        ("PT36H", [S(W1, "emergency departments will stay shut for 36 hours"),
                   S(PO1, "Emergency departments will stay shut for 36 hours, the network said.")]),
        ("PT48H", [S(CT1, "Emergency departments will stay shut for 48 hours.")]),
    ], "36 hours in CNA and the Observer; 48 hours in the Tribune."),
    conflict("C10", "E2", "duration", "Within what time the systems will be fully restored", [
        ("P6W", [S(W2, "all systems would be fully restored within six weeks"),
                 S(PO2, "will be back in full within six weeks")]),
        ("P10W", [S(CT2, "would be fully restored within ten weeks")]),
    ], "Six weeks in CNA and the Observer; ten weeks in the Tribune."),
    conflict("C11", "E1", "speaker", "Who said 'We are running a modern hospital with paper and pencils'", [
        ("Evander Rennault", [S(W1, "AHN chief executive Evander Rennault told reporters outside the Westerhaug hospital"),
                             S(EG, "AHN chief executive Evander Rennault told reporters outside the Westerhaug hospital"),
                             S(CT1, "said Evander Rennault, the network's chief executive")]),
        ("Wendeline Ostrowska", [S(PO1, "said Wendeline Ostrowska, the head of the Pellatian Nurses' Union")]),
    ], "The network's chief executive in the CNA wire (and its copy) and the Tribune; the head of the nurses' union in the Observer."),
    conflict("C12", "E2", "speaker", "Who said 'Nobody paid, and nobody will pay'", [
        ("Brigida Vandermeer", [S(W2, "Health Minister Brigida Vandermeer said"),
                             S(ML, "Brigida Vandermeer told the committee, to applause"),
                             S(PO2, "Health Minister Brigida Vandermeer told the committee.")]),
        ("Emeric Castagne", [S(CT2, "Castagne said, minutes after PCSA director Margit Ellestad")]),
    ], "The health minister in CNA, the Star and the Observer; the Prime Minister in the Tribune."),
    conflict("C13", "E1", "actor", "Who cut the network off from the internet", [
        ("the network's engineers", [S(W1, "The network's own engineers cut it off from the internet"),
                                     S(RT1, "their engineers disconnected the network from the internet"),
                                     S(PO1, "The network's engineers pulled it off the internet")]),
        ("PCSA", [S(CT1, "The PCSA cut the network off from the internet on Monday morning")]),
    ], "The network's own engineers in CNA, the Telegraph and the Observer; the national cyber security agency in the Tribune."),
    conflict("C14", "E2", "actor", "Who presented the forensic report to the committee", [
        ("Margit Ellestad", [S(W2, "PCSA director Margit Ellestad presented the forensic report to the committee."),
                             S(CT2, "Margit Ellestad had presented the forensic report")]),
        ("Corin Abernathy", [S(SR, "Abernathy of Larkspur Forensics presented the forensic report himself")]),
    ], "The director of the Pellatian agency in CNA and the Tribune; the chief executive of the Esmorian forensic firm in the analysis."),
]

NONCONFLICTS = [
    nonc("N1", "alias", "E1", ["E1"], "The main hospital hit", [
        S(W1, "staff at Westerhaug University Hospital found", "Westerhaug University Hospital"),
        S(CT1, "hit the Vesterhaug University Hospital", "Vesterhaug University Hospital")],
         "Vesterhaug is the Pellatian spelling of Westerhaug"),
    nonc("N2", "alias", "E1", ["E1"], "The hospital network attacked", [
        S(W1, "computer systems across the Ambelin Health Network early on Monday", "Ambelin Health Network"),
        S(W1, "AHN chief executive Evander Rennault told", "AHN")],
         "AHN is the initials of the Ambelin Health Network"),
    nonc("N3", "alias", "E1", ["E1"], "The Talverian Interior Minister", [
        S(W1, "Talverian Interior Minister Vasil Kerezhny said", "Vasil Kerezhny"),
        S(RT1, "Interior Minister Vassil Kereschny said on Tuesday", "Vassil Kereschny")],
         "two transliterations of one name"),
    nonc("N4", "alias", "E1", ["E1"], "Who denied any role in the attack", [
        S(W1, "The Talverian government denied any role.", "Talverian government"),
        S(CT1, "Ruskeva denied any role.", "Ruskeva")],
         "Ruskeva, the capital, stands for the Talverian government"),
    nonc("N5", "alias", "E1", ["E1"], "Who blamed a gang operating from Talvery", [
        S(W1, "The Pellatian government has blamed a gang operating from Talverian territory.", "Pellatian government"),
        S(RT1, "Castelbrun blamed a gang it says operates from Talverian territory", "Castelbrun")],
         "Castelbrun, the capital, stands for the Pellatian government"),
    nonc("N6", "alias", "E2", ["E2"], "The agency whose director spoke", [
        S(W2, "PCSA director Margit Ellestad presented", "PCSA"),
        S(PO2, "the director of the Pellatian Cyber Security Agency", "Pellatian Cyber Security Agency")],
         "PCSA is the initials of the Pellatian Cyber Security Agency"),
    nonc("N7", "timezone", "E1", ["E1"], "Time the attack was detected / began", [
        S(W1, "The attack was detected at 0215 GMT, when staff", "2027-10-11T02:15Z"),
        S(CT1, "at 3:15 a.m. Pellatian time on Monday", "2027-10-11T03:15+01:00"),
        S(RT1, "at 5:15 a.m. Talverian time on Monday", "2027-10-11T05:15+03:00")],
         "Pellatia is UTC+1 and Talvery UTC+3: one instant in three notations"),
    nonc("N8", "timezone", "E2", ["E2"], "Time the hearing opened", [
        S(W2, "Security Committee opened at 0800 GMT", "2027-10-19T08:00Z"),
        S(CT2, "The hearing opened at 9 a.m. and ran until the evening.", "2027-10-19T09:00+01:00")],
         "Castelbrun is UTC+1: the same instant"),
    nonc("N9", "unit_form", "E1", ["E1"], "Length of the state of emergency", [
        S(W1, "declared a three-day state of emergency in the Ambelin region", "P3D"),
        S(CT1, "declared a state of emergency for three days", "P3D")],
         "'three-day' and 'for three days' are one duration"),
    nonc("N10", "unit_form", "E2", ["E2"], "Length of the forensic firm's contract", [
        S(W2, "hired Larkspur Forensics on a two-year contract", "P2Y"),
        S(PO2, "will work for the network for two years", "P2Y")],
         "'two-year' and 'for two years' are one duration"),
    nonc("N11", "weekday_date", "E1", ["E1"], "Day of the attack", [
        S(W1, "computer systems across the Ambelin Health Network early on Monday", "2027-10-11"),
        S(PO1, "after the attack on October 11", "2027-10-11")],
         "Monday, the wire's publication day, is 11 October 2027"),
    nonc("N12", "weekday_date", "E2", ["E2"], "Day of the hearing", [
        S(W2, "a parliamentary hearing in Castelbrun on Tuesday", "2027-10-19"),
        S(PO2, "on October 19 at the Stenhall in Castelbrun", "2027-10-19")],
         "Tuesday, the wire's publication day, is 19 October 2027"),
    nonc("N13", "level_vs_change", "E1", ["E1"], "Medora Systems' share price on Monday", [
        S(W1, "closed at 32.60 dukats in Castelbrun", "at 32.60 dukats"),
        S(CT1, "Shares in Medora Systems fell 11 percent on Monday.", "by 11 percent")],
         "a price level and a percentage change"),
    nonc("N14", "level_vs_change", "E2", ["E2"], "Spending on hospital cyber security next year", [
        S(W2, "raise spending on hospital cyber security by 15 million dukats", "by 15 million dukats"),
        S(CT2, "will rise to 40 million dukats next year", "to 40 million dukats"),
        S(SR, "raise spending on hospital cyber security by 15 million dukats", "by 15 million dukats")],
         "a level (to 40 million) and a change (by 15 million)"),
    nonc("N15", "different_measure", "E2", ["E2"], "The stolen data: records vs volume", [
        S(W2, "stole 410,000 patient records before encrypting its systems", "410,000 records"),
        S(W2, "copied 1.9 terabytes of data to servers", "1.9 terabytes")],
         "two measures of one noun (the stolen data: a count of records and a volume)"),
    nonc("N16", "different_measure", "E1", ["E1"], "Hospitals: the network's whole vs those hit", [
        S(W1, "The network, which runs 14 hospitals and employs 21,000 people", "14 hospitals in the network"),
        S(CT1, "Nine hospitals of the Ambelin network spent a second day", "9 hospitals hit")],
         "a subset (nine hit) of the whole (14 run by the network)"),
    nonc("N17", "rounded", "E1", ["E1"], "Operations postponed", [
        S(W1, "Some 1,500 operations were postponed", "some 1,500"),
        S(CT1, "1,468 operations were postponed, the network said", "1,468")],
         "a round figure and the exact count"),
    nonc("N18", "rounded", "E2", ["E2"], "Volume of data copied out", [
        S(SR, "nearly 2 terabytes of data copied out over five days", "nearly 2 terabytes"),
        S(W2, "copied 1.9 terabytes of data to servers", "1.9 terabytes")],
         "'nearly 2 terabytes' is the rounded 1.9"),
    nonc("N19", "at_least", "E1", ["E1"], "Ambulances diverted to Esmoria", [
        S(W1, "At least 40 ambulances were diverted across the border to Esmoria", "at least 40"),
        S(PO1, "A total of 57 ambulances crossed the border", "57")],
         "57 is at least 40"),
    nonc("N20", "venue", "E2", ["E2"], "Where the hearing was held", [
        S(W2, "CASTELBRUN, Pellatia, Oct 19 (CNA)", "Castelbrun"),
        S(CT2, "came to the Stenhall in person on Tuesday", "Stenhall"),
        S(PO2, "on October 19 at the Stenhall in Castelbrun", "Stenhall")],
         "the Stenhall is the venue inside Castelbrun"),
    nonc("N21", "different_measure", "E2", ["E2"], "Two frequencies: audits vs probes", [
        S(SR, "The network was audited twice a year", "2 audits a year"),
        S(W2, "probed by attackers about 30 times a day", "30 probes a day")],
         "different frequencies of different acts ('twice a year' audited vs probed '30 times a day')"),
    nonc("N22", "two_speakers", "E2", ["E2"], "How the intruders came in: reported from two people", [
        S(W2, "Ellestad told the committee that the intruders had come in", "Margit Ellestad"),
        S(CT2, "said the intruders had come in through a remote-maintenance account", "Evander Rennault")],
         "two people reported (indirectly) saying the same thing: both said it, no speaker conflict"),
    nonc("N23", "different_event", "E1", ["E1"], "The hearing announced in the attack story", [
        S(W1, "The Diet's health committee will question ministers next Tuesday.", "2027-10-19 (E2)"),
        S(W1, "computer systems across the Ambelin Health Network early on Monday", "2027-10-11")],
         "E1's wire announces the hearing of E2 ('next Tuesday')"),
    nonc("N24", "different_event", "E2", ["E2"], "Dates inside the hearing story", [
        S(SR, "On the night of October 11, nine hospitals", "2027-10-11 (E1)"),
        S(PO2, "on October 19 at the Stenhall in Castelbrun", "2027-10-19")],
         "the analysis recalls the night of the attack (E1); the hearing is E2"),
    nonc("N25", "different_event", None, ["E1", "E2"], "Emergency departments shut 36 hours vs systems restored within six weeks", [
        S(W1, "emergency departments will stay shut for 36 hours", "PT36H"),
        S(W2, "all systems would be fully restored within six weeks", "P6W")],
         "different durations of different events"),
]

CORROBORATED = [
    corr("K1", "E1", "date", "The intruders first got in on Wednesday 6 October", "2027-10-06",
         CONFLICTS[0]["sides"][0]["sources"]),
    corr("K2", "E2", "date", "The agency warned the network on 14 September", "2027-09-14",
         CONFLICTS[1]["sides"][0]["sources"]),
    corr("K3", "E1", "count", "The gang demanded 12 million dukats", "12 million dukats",
         CONFLICTS[2]["sides"][0]["sources"]),
    corr("K4", "E1", "count", "230 patients were transferred", "230", CONFLICTS[3]["sides"][0]["sources"]),
    corr("K5", "E2", "count", "410,000 patient records were stolen", "410000", CONFLICTS[4]["sides"][0]["sources"]),
    corr("K6", "E2", "count", "The attack will cost 28 million dukats", "28 million dukats",
         CONFLICTS[5]["sides"][0]["sources"]),
    corr("K7", "E1", "place", "The premature babies were moved to Castelbrun", "Castelbrun",
         CONFLICTS[6]["sides"][0]["sources"]),
    corr("K8", "E2", "place", "The data was sent to servers in Ostmere", "Ostmere", CONFLICTS[7]["sides"][0]["sources"]),
    corr("K9", "E1", "duration", "Emergency departments shut for 36 hours", "PT36H",
         CONFLICTS[8]["sides"][0]["sources"]),
    corr("K10", "E2", "duration", "Systems fully restored within six weeks", "P6W",
         CONFLICTS[9]["sides"][0]["sources"]),
    corr("K11", "E1", "actor", "The network's own engineers cut it off from the internet", "the network's engineers",
         CONFLICTS[12]["sides"][0]["sources"]),
    corr("K12", "E2", "actor", "Margit Ellestad presented the forensic report", "Margit Ellestad",
         CONFLICTS[13]["sides"][0]["sources"]),
    corr("K13", "E1", "duration", "A three-day state of emergency", "P3D", [
        S(W1, "declared a three-day state of emergency in the Ambelin region"),
        S(CT1, "declared a state of emergency for three days")]),
    corr("K14", "E1", "date", "The attack was on Monday 11 October", "2027-10-11", [
        S(W1, "computer systems across the Ambelin Health Network early on Monday"),
        S(CT1, "at 3:15 a.m. Pellatian time on Monday"),
        S(RT1, "at 5:15 a.m. Talverian time on Monday"),
        S(PO1, "after the attack on October 11")]),
    corr("K15", "E2", "count", "Cyber security spending rises by 15 million dukats", "15 million dukats", [
        S(W2, "raise spending on hospital cyber security by 15 million dukats"),
        S(SR, "raise spending on hospital cyber security by 15 million dukats")]),
    corr("K16", "E2", "duration", "Larkspur Forensics hired for two years", "P2Y", [
        S(W2, "hired Larkspur Forensics on a two-year contract"),
        S(PO2, "will work for the network for two years")]),
    corr("K17", "E2", "place", "The hearing was held at the Stenhall", "Stenhall", [
        S(CT2, "came to the Stenhall in person on Tuesday"),
        S(PO2, "on October 19 at the Stenhall in Castelbrun"),
        S(SR, "Tuesday's hearing at the Stenhall showed")]),
    corr("K18", "E2", "count", "Attackers probed the hospitals about 30 times a day", "30 a day", [
        S(W2, "probed by attackers about 30 times a day"),
        S(SR, "Its hospitals were probed by attackers about 30 times a day")]),
]

EXCLUSIVE = [
    excl("X1", "E1", "Patient Oda Brennecke: 'They wrote my dose on my arm in marker'", [
        S(W1, "said Oda Brennecke, 71, a dialysis patient at Westerhaug"),
        S(EG, "said Oda Brennecke, 71, a dialysis patient at Westerhaug")],
         "in the CNA wire and its copy only: one independent source, NOT corroborated"),
    excl("X2", "E2", "No patient died because of the attack", [
        S(W2, "No patient died because of the attack, the committee was told."),
        S(ML, "No patient died because of the attack, lawmakers were told.")],
         "in the CNA wire and the Star ('With CNA inputs') only: NOT corroborated"),
    excl("X3", "E1", "The network's backups were three weeks old", [
        S(CT1, "the backups the network had were three weeks old")]),
    excl("X4", "E1", "Castelbrun asked Talvery to hand over two men", [
        S(CT1, "Castelbrun has asked Talvery to hand over two men")]),
    excl("X5", "E1", "Talverian police received no request for legal assistance", [
        S(RT1, "they had received no request for legal assistance from Pellatia")]),
    excl("X6", "E1", "Talvery arrested 14 people for computer crimes this year", [
        S(RT1, "his ministry had arrested 14 people for computer crimes this year")]),
    excl("X7", "E1", "The Marrick hospital opened 30 extra beds", [
        S(PO1, "The Marrick hospital opened 30 extra beds")]),
    excl("X8", "E2", "Esmoria bills the network 1.2 million dukats", [
        S(PO2, "a bill of 1.2 million dukats for their care")]),
    excl("X9", "E2", "Ruskeva asked Castelbrun for the technical evidence", [
        S(RT2, "Ruskeva had sent a formal request to Castelbrun on Tuesday")]),
    excl("X10", "E2", "The data was copied out over five days", [
        S(SR, "nearly 2 terabytes of data copied out over five days")]),
]

QUOTES = [
    qv("Q1", "E1", "Evander Rennault", "Not one patient has died because of the attack", [
        S(W1, "Not one patient has died because of this.\"", mode="direct"),
        S(CT1, "Not one patient has died because of this, and not one will.", mode="direct")],
       "direct vs direct, the Tribune's longer"),
    qv("Q2", "E1", "Vasil Kerezhny", "Talvery had nothing to do with it and will help find those responsible", [
        S(RT1, "We did not do this, we do not shelter those who did", mode="direct"),
        S(W1, "his country had nothing to do with the attack", mode="indirect")],
       "direct vs reported speech"),
    qv("Q3", "E2", "Margit Ellestad", "The network was opened with an old key that should have been thrown away", [
        S(W2, "It was opened with a key that should have been thrown away", mode="direct"),
        S(PO2, "an old key to the network had never been thrown away", mode="indirect")],
       "direct vs reported speech"),
    qv("Q4", "E2", "Brigida Vandermeer", "We will rebuild this properly", [
        S(W2, "\"We will rebuild this properly.\"", mode="direct"),
        S(CT2, "We will rebuild this properly, and we will rebuild it here,", mode="direct")],
       "direct vs direct, the Tribune's longer"),
    qv("Q5", "E2", "Brigida Vandermeer", "Nobody paid the ransom", [
        S(ML, "\"Nobody paid, and nobody will pay,\" Brigida Vandermeer told", mode="direct"),
        S(SR, "nobody had paid the ransom", mode="indirect")],
       "direct vs reported in the analysis"),
]
