# The planted items of demo/crosscheck-heldout11, read by build_gold.py (which defines S, conflict,
# nonc, corr, excl, qv and the report names W1 ... PL before executing this file).
# Time zones: Korvanda (Dunsevro, Gaskerry, Brisdale) UTC+1 all year, Sarmidia (Qasrevan) UTC+4.
# Sums of money are filed under the slot "count", as heldout10's K17 does.

CONFLICTS = [
    conflict("C1", "E1", "date", "When the trial opened", [
        ("2033-06-06", [S(W1, "The trial, which opened on June 6 last year"),
                        S(GE, "The trial, which opened on June 6 last year"),
                        S(LL, "over a trial that began on 6 June 2033")]),
        ("2033-07-04", [S(DS1, "the first week of the trial, which opened on 4 July 2033")]),
    ], "6 June 2033 in the BNS wire and its copy ('on June 6 last year', written in 2034) and Ledgerline ('a trial that began on 6 June 2033'); 4 July 2033 in the Dunsevro Sentry."),
    conflict("C2", "E2", "date", "The deadline for the defence's appeal to the Supreme Court", [
        ("2034-11-27", [S(W2, "which must receive the appeal by November 27"),
                        S(SM, "His lawyers have until 27 November to lodge an appeal"),
                        S(DS2, "The appeal must reach the Supreme Court by 27 November.")]),
        ("2034-11-09", [S(PL, "it has two weeks from the sentence to do so")]),
    ], "27 November in the BNS wire, Statecraft Memo and the Dunsevro Sentry; 'two weeks from the sentence' in Counterweight: the sentence was passed on Thursday 26 October, so Thursday 9 November."),
    conflict("C3", "E1", "count", "On how many of the nine counts Solvarin was convicted", [
        ("6", [S(W1, "convicted the 61-year-old on six of the nine counts he faced"),
               S(GE, "convicted the 61-year-old on six of the nine counts he faced"),
               S(DS1, "found him guilty on six counts of bribery and money laundering"),
               S(RG, "was convicted on six of the nine charges"),
               S(LL, "convicted Vitus Solvarin on six counts")]),
        ("5", [S(QP1, "was convicted on five of the nine counts against him")]),
    ], "six of nine in the BNS wire and its copy, the Dunsevro Sentry, Radio Gaskerry ('six of the nine charges') and Ledgerline; five of nine in the Qasrevan Pulse."),
    conflict("C4", "E1", "count", "How much Stelmont paid Solvarin in bribes", [
        ("14.2 million korvels", [S(W1, "of taking 14.2 million korvels in bribes from a construction company"),
                                  S(GE, "of taking 14.2 million korvels in bribes from a construction company"),
                                  S(DS1, "At the centre of the case were 14.2 million korvels"),
                                  S(QP1, "Stelmont Civil Engineering paid him 14.2 million korvels"),
                                  S(LL, "paid the minister 14.2 million korvels")]),
        ("11 million korvels", [S(RG, "he took bribes worth 11 million korvels from Stelmont Civil Engineering")]),
    ], "14.2 million korvels in the BNS wire and its copy, the Dunsevro Sentry, the Qasrevan Pulse and Ledgerline; 11 million korvels on Radio Gaskerry ('bribes worth 11 million korvels')."),
    conflict("C5", "E2", "count", "The fine imposed on Solvarin", [
        ("2.5 million korvels", [S(W2, "also fined him 2.5 million korvels"),
                                 S(DL, "he must pay a fine of 2.5 million korvels"),
                                 S(DS2, "The court also fined him 2.5 million korvels"),
                                 S(QP2, "also imposed a fine of 2.5 million korvels")]),
        ("5 million korvels", [S(SM, "and a fine of 5 million korvels")]),
    ], "2.5 million korvels in the BNS wire and its rewrite, the Dunsevro Sentry and the Qasrevan Pulse; 5 million korvels in Statecraft Memo."),
    conflict("C6", "E1", "place", "Where the bribes were handed over", [
        ("a hunting lodge near Brisdale", [S(W1, "at a hunting lodge near Brisdale"),
                                           S(GE, "at a hunting lodge near Brisdale"),
                                           S(RG, "at a hunting lodge outside Brisdale"),
                                           S(LL, "at a hunting lodge near the village of Brisdale")]),
        ("a restaurant in Gaskerry", [S(DS1, "changed hands in a private dining room of a Gaskerry restaurant")]),
    ], "A hunting lodge near (outside) the village of Brisdale in the BNS wire and its copy, Radio Gaskerry and Ledgerline; a private dining room of a restaurant in Gaskerry in the Dunsevro Sentry, citing the judgment."),
    conflict("C7", "E2", "place", "Where Solvarin was taken after the sentence", [
        ("Kestrin Prison", [S(W2, "driven to Kestrin Prison, east of the capital"),
                            S(DL, "Solvarin was taken in handcuffs to Kestrin Prison."),
                            S(DS2, "within the hour he was on his way to Kestrin Prison")]),
        ("Vellmoor detention centre", [S(QP2, "was driven from the court to the Vellmoor detention centre")]),
    ], "Kestrin Prison, east of Dunsevro, in the BNS wire and its rewrite and the Dunsevro Sentry ('on his way to Kestrin Prison'); the Vellmoor detention centre, south of Dunsevro, in the Qasrevan Pulse."),
    conflict("C8", "E1", "duration", "How long the trial lasted", [
        ("P16M", [S(W1, "lasted 16 months and heard 46 witnesses"),
                  S(GE, "lasted 16 months and heard 46 witnesses"),
                  S(DS1, "Sixteen months of hearings followed."),
                  S(RG, "At the end of a 16-month trial")]),
        ("P22M", [S(QP1, "The verdict came after a trial lasting 22 months.")]),
    ], "16 months in the BNS wire and its copy, the Dunsevro Sentry ('Sixteen months of hearings') and Radio Gaskerry ('a 16-month trial'); 22 months in the Qasrevan Pulse."),
    conflict("C9", "E2", "duration", "Length of Solvarin's prison sentence", [
        ("P7Y", [S(W2, "was sentenced on Thursday to seven years in prison"),
                 S(DL, "Vitus Solvarin will spend seven years in prison."),
                 S(SM, "seven years in prison for the former public works minister"),
                 S(QP2, "was sentenced to seven years in prison"),
                 S(PL, "it sent him to prison for seven years")]),
        ("P9Y", [S(DS2, "Vitus Solvarin will spend the next nine years behind bars.")]),
    ], "seven years in the BNS wire and its rewrite, Statecraft Memo, the Qasrevan Pulse and Counterweight; 'the next nine years behind bars' in the Dunsevro Sentry (nine years is what the prosecution had asked for, N18)."),
    conflict("C10", "E2", "duration", "How long Solvarin is barred from public office", [
        ("P10Y", [S(W2, "barred him from public office for ten years"),
                  S(DS2, "imposed a ten-year ban on holding public office"),
                  S(QP2, "a ten-year ban from public office")]),
        ("P15Y", [S(DL, "he may not hold public office for 15 years")]),
    ], "ten years in the BNS wire, the Dunsevro Sentry and the Qasrevan Pulse ('a ten-year ban'); 15 years in the Dunsevro Letter, the wire's own rewrite."),
    conflict("C11", "E1", "speaker", "Who said 'Today the law finally caught up with the powerful'", [
        ("Aurelio Maškeny", [S(W1, "chief prosecutor Aurelio Maškeny of the Anti-Corruption Prosecution Service told reporters"),
                             S(DS1, "Aurelio Maškeny, the chief prosecutor, told reporters on the courthouse steps"),
                             S(QP1, "said the prosecutor, Aurelio Maskeny")]),
        ("Ulrika Carradane", [S(LL, "Prime Minister Ulrika Carradane greeted the verdict with a line")]),
    ], "The chief prosecutor Aurelio Maškeny in the BNS wire (not in its copy), the Dunsevro Sentry and the Qasrevan Pulse (spelt Maskeny); Prime Minister Ulrika Carradane in Ledgerline ('greeted the verdict with a line that will be quoted for years:' before the quote). Both sides quote the words verbatim."),
    conflict("C12", "E2", "speaker", "Who said 'This is not justice; it is revenge in a judge's robe'", [
        ("Isaura Brandvoss", [S(W2, "Brandvoss said outside the court"),
                              S(DL, "said his lawyer, Isaura Brandvoss, who will take the case"),
                              S(DS2, "Isaura Brandvoss told reporters")]),
        ("Vitus Solvarin", [S(SM, "Solvarin himself called out as the guards took his arm")]),
    ], "The defence lawyer Isaura Brandvoss in the BNS wire and its rewrite and the Dunsevro Sentry; Solvarin himself, from the dock, in Statecraft Memo. Both sides quote the words verbatim."),
    conflict("C13", "E1", "actor", "Who handed Solvarin the cash", [
        ("Anzelm Tessmin", [S(W1, "told the court he had handed Solvarin the cash himself"),
                            S(GE, "told the court he had handed Solvarin the cash himself"),
                            S(DS1, "Stelmont's chief executive, Anzelm Tessmin, passed the envelopes across the table"),
                            S(RG, "Stelmont's boss at the time, Anzelm Tessmin, who delivered the cash")]),
        ("Piers Derrow", [S(LL, "The cash was carried by Stelmont's finance director, Piers Derrow")]),
    ], "Stelmont's former chief executive Anzelm Tessmin in the BNS wire and its copy (he told the court he had handed over the cash himself), the Dunsevro Sentry ('passed the envelopes across the table') and Radio Gaskerry ('Stelmont's boss at the time ... who delivered the cash'); Stelmont's finance director Piers Derrow in Ledgerline ('The cash was carried by ...', citing the judgment)."),
    conflict("C14", "E2", "actor", "Which judge passed the sentence", [
        ("Celestine Orwald", [S(W2, "Judge Celestine Orwald, who presided over the trial, also fined him"),
                              S(DL, "Judge Celestine Orwald handed down the sentence"),
                              S(SM, "Judge Celestine Orwald, who sentenced him, chose her words"),
                              S(DS2, "Judge Celestine Orwald gave the former minister his sentence")]),
        ("Thaddeus Quillane", [S(QP2, "Judge Thaddeus Quillane, who read out the sentence")]),
    ], "Judge Celestine Orwald, who presided over the trial, in the BNS wire and its rewrite, Statecraft Memo and the Dunsevro Sentry; Judge Thaddeus Quillane in the Qasrevan Pulse ('who read out the sentence')."),
    conflict("C15", "E1", "time", "When the judge began reading the verdict", [
        ("2034-10-17T09:30Z", [S(W1, "began reading the verdict at 0930 GMT"),
                               S(DS1, "At 10:30 a.m. on Tuesday Judge Celestine Orwald opened the thick file"),
                               S(QP1, "began reading the verdict at 1:30 p.m. Qasrevan time")]),
        ("2034-10-17T10:30Z", [S(RG, "The judge started reading at half past eleven this morning")]),
    ], "09:30 GMT in the BNS wire, 10:30 a.m. Korvandan time (UTC+1) in the Dunsevro Sentry and 1:30 p.m. Qasrevan time (UTC+4) in the Qasrevan Pulse: one instant; 'half past eleven this morning' on Radio Gaskerry, a Korvandan station (11:30 Korvandan time = 10:30 GMT), an hour later."),
    conflict("C16", "E2", "time", "When the judge began reading the sentence", [
        ("2034-10-26T13:00Z", [S(W2, "Orwald began reading the sentence at 1300 GMT"),
                               S(DL, "handed down the sentence at 2 p.m. on Thursday"),
                               S(QP2, "at 5 p.m. Qasrevan time on Thursday")]),
        ("2034-10-26T14:00Z", [S(DS2, "his sentence at three in the afternoon on Thursday")]),
    ], "13:00 GMT in the BNS wire, 2 p.m. Korvandan time (UTC+1) in its rewrite and 5 p.m. Qasrevan time (UTC+4) in the Qasrevan Pulse: one instant; 'three in the afternoon' in the Dunsevro Sentry (15:00 Korvandan time = 14:00 GMT), an hour later."),
]

NONCONFLICTS = [
    nonc("N1", "alias", "E1", ["E1"], "The defendant", [
        S(W1, "Vitus Solvarin, Korvanda's former Minister of Public Works", "Vitus Solvarin"),
        S(QP1, "found the former minister Vitus Solwarin guilty", "Vitus Solwarin")],
         "Solwarin is the Sarmidian transliteration of Solvarin"),
    nonc("N2", "alias", "E1", ["E1"], "The prosecuting office", [
        S(W1, "chief prosecutor Aurelio Maškeny of the Anti-Corruption Prosecution Service told reporters", "Anti-Corruption Prosecution Service"),
        S(LL, "The ACPS called more than 40 witnesses", "ACPS")],
         "ACPS is the initials of the Anti-Corruption Prosecution Service"),
    nonc("N3", "alias", "E1", ["E1"], "Who wants the bribe money back", [
        S(RG, "The government says it will try to get the money back.", "the government"),
        S(QP1, "Dunsevro wants every korvel back", "Dunsevro")],
         "Dunsevro, the capital, stands for the Korvandan government"),
    nonc("N4", "alias", "E1", ["E1"], "The city Solvarin was mayor of", [
        S(W1, "who was mayor of Gaskerry before he joined the cabinet", "Gaskerry"),
        S(QP1, "a former mayor of Gaskeri who went on to run", "Gaskeri")],
         "Gaskeri is the Sarmidian spelling of Gaskerry"),
    nonc("N5", "alias", "E2", ["E2"], "The chief prosecutor", [
        S(W2, "said Aurelio Maškeny, the chief prosecutor", "Aurelio Maškeny"),
        S(QP2, "The prosecutor, Aurelio Maskeny, said the court had ruled", "Aurelio Maskeny")],
         "Maskeny is Maškeny without the diacritic"),
    nonc("N6", "timezone", "E1", ["E1"], "Time the judge began reading the verdict", [
        S(W1, "began reading the verdict at 0930 GMT", "2034-10-17T09:30Z"),
        S(DS1, "At 10:30 a.m. on Tuesday Judge Celestine Orwald opened the thick file", "2034-10-17T10:30+01:00"),
        S(QP1, "began reading the verdict at 1:30 p.m. Qasrevan time", "2034-10-17T13:30+04:00")],
         "Korvanda is UTC+1 and Sarmidia UTC+4: one instant in three notations (Radio Gaskerry's 'half past eleven' is the conflict C15)"),
    nonc("N7", "timezone", "E2", ["E2"], "Time the judge began reading the sentence", [
        S(W2, "Orwald began reading the sentence at 1300 GMT", "2034-10-26T13:00Z"),
        S(DL, "handed down the sentence at 2 p.m. on Thursday", "2034-10-26T14:00+01:00"),
        S(QP2, "at 5 p.m. Qasrevan time on Thursday", "2034-10-26T17:00+04:00")],
         "Korvanda is UTC+1 and Sarmidia UTC+4: one instant in three notations (the Dunsevro Sentry's 'three in the afternoon' is the conflict C16)"),
    nonc("N8", "unit_form", "E1", ["E1"], "Length of the trial", [
        S(W1, "lasted 16 months and heard 46 witnesses", "P16M"),
        S(RG, "At the end of a 16-month trial", "P16M")],
         "'lasted 16 months' and 'a 16-month trial' are one duration (the Qasrevan Pulse's 22 months is the conflict C8)"),
    nonc("N9", "unit_form", "E1", ["E1"], "How long the bribes were paid", [
        S(W1, "paid the money over four years", "P4Y"),
        S(LL, "The core of the case was a four-year scheme", "P4Y")],
         "'over four years' and 'a four-year scheme' are one duration"),
    nonc("N10", "unit_form", "E2", ["E2"], "Length of the ban from public office", [
        S(W2, "barred him from public office for ten years", "P10Y"),
        S(DS2, "imposed a ten-year ban on holding public office", "P10Y"),
        S(QP2, "a ten-year ban from public office", "P10Y")],
         "'for ten years' and 'a ten-year ban' are one duration (the Dunsevro Letter's 15 years is the conflict C10)"),
    nonc("N11", "weekday_date", "E1", ["E1"], "Day of the verdict", [
        S(W1, "was found guilty on Tuesday", "2034-10-17"),
        S(QP1, "on 17 October found the former minister", "2034-10-17"),
        S(LL, "delivered on October 17", "2034-10-17")],
         "Tuesday, the wire's publication day (Tue 17 October 2034), is 17 October"),
    nonc("N12", "weekday_date", "E2", ["E2"], "Day of the sentencing", [
        S(W2, "was sentenced on Thursday to seven years in prison", "2034-10-26"),
        S(SM, "Sentencing in the Solvarin case, 26 October", "2034-10-26")],
         "Thursday, the wire's publication day, is 26 October 2034"),
    nonc("N13", "weekday_date", "E2", ["E2"], "Day the defence asked for house arrest", [
        S(W2, "The defence had asked on Monday for any prison term", "2034-10-23"),
        S(DS2, "In a request filed on 23 October, the defence had asked", "2034-10-23")],
         "Monday, three days before the wire's publication (Thu 26 October), is 23 October"),
    nonc("N14", "level_vs_change", "E1", ["E1"], "Stelmont's shares on the day of the verdict", [
        S(W1, "Shares in Stelmont fell 9 percent in Dunsevro.", "by 9 percent"),
        S(DS1, "Stelmont's shares closed at 41.60 korvels", "at 41.60 korvels")],
         "a percentage change and a price level"),
    nonc("N15", "level_vs_change", "E2", ["E2"], "Public trust in the courts", [
        S(W2, "put public trust in the courts at 41 percent", "to 41 percent"),
        S(DS2, "found trust in the courts up six points since the summer", "by 6 points")],
         "a level (41 percent) and a change (six points up)"),
    nonc("N16", "different_measure", "E1", ["E1"], "The bribes vs the contract they bought", [
        S(W1, "of taking 14.2 million korvels in bribes from a construction company", "14.2 million korvels (bribes)"),
        S(LL, "under a contract worth 380 million korvels", "380 million korvels (contract)")],
         "two sums of different things: the bribes paid and the value of the road contract"),
    nonc("N17", "different_measure", "E1", ["E1"], "Counts: convicted vs acquitted", [
        S(DS1, "found him guilty on six counts of bribery and money laundering", "6 (guilty)"),
        S(LL, "On three counts of abuse of office it acquitted him", "3 (acquitted)")],
         "two parts of the nine counts: six convictions and three acquittals"),
    nonc("N18", "different_measure", "E2", ["E2"], "Years sought vs years imposed", [
        S(W2, "Prosecutors had asked for nine.", "9 years (sought)"),
        S(SM, "seven years in prison for the former public works minister", "7 years (imposed)")],
         "the prosecution's demand and the court's sentence (Statecraft Memo itself: 'two fewer than the prosecution wanted')"),
    nonc("N19", "rounded", "E1", ["E1"], "People protesting outside the court", [
        S(RG, "About 200 people gathered outside the court in Dunsevro", "about 200"),
        S(W1, "Outside, 214 protesters, by the police count", "214")],
         "'about 200' is the rounded 214"),
    nonc("N20", "rounded", "E1", ["E1"], "The bribes", [
        S(GE, "the roughly 14 million korvels that went into Solvarin's pocket", "roughly 14 million"),
        S(QP1, "Stelmont Civil Engineering paid him 14.2 million korvels", "14.2 million")],
         "'roughly 14 million' is the rounded 14.2 million (in the Examiner's own paragraph)"),
    nonc("N21", "at_least", "E1", ["E1"], "Witnesses heard at the trial", [
        S(LL, "The ACPS called more than 40 witnesses", "more than 40"),
        S(W1, "lasted 16 months and heard 46 witnesses", "46")],
         "46 is more than 40 (Ledgerline's 40 are the prosecution's, the wire's 46 all witnesses: both fit)"),
    nonc("N22", "running_total", "E2", ["E2"], "Money confiscated: this case vs the year", [
        S(W2, "6.8 million korvels held in his bank accounts", "6.8 million korvels (Solvarin)"),
        S(QP2, "which brings to 52 million korvels the assets", "52 million korvels (all officials this year)")],
         "one case's figure and the year's total it brings the prosecutors' seizures to"),
    nonc("N23", "venue", "E1", ["E1"], "Where the verdict was read", [
        S(W1, "in the Palace of Justice in Dunsevro", "Palace of Justice, Dunsevro"),
        S(LL, "in the courthouse on Carvell Street", "the Carvell Street courthouse")],
         "the Carvell Street courthouse is officially the Palace of Justice (Ledgerline's last paragraph)"),
    nonc("N24", "two_speakers", "E1", ["E1"], "The verdict shows the courts are independent: said by two people", [
        S(DS1, "Prime Minister Ulrika Carradane said the verdict proved", "Ulrika Carradane"),
        S(QP1, "The opposition leader in Dunsevro, Ilario Fenwright, said the verdict showed", "Ilario Fenwright")],
         "the prime minister and the opposition leader each reported in indirect speech saying so: two speakers, not a disputed one"),
    nonc("N25", "different_event", "E2", ["E2"], "Dates inside the sentencing analysis", [
        S(PL, "On 17 October a court in Dunsevro found Vitus Solvarin guilty.", "2034-10-17 (E1)"),
        S(PL, "On Thursday it sent him to prison for seven years", "2034-10-26")],
         "the analysis recalls the day of the verdict (E1); the sentence is E2"),
    nonc("N26", "different_event", None, ["E1", "E2"], "How long the verdict reading vs the sentencing hearing took", [
        S(W1, "The reading took three hours.", "PT3H (E1)"),
        S(DS2, "The hearing lasted barely 90 minutes.", "PT90M (E2)")],
         "two court sessions of two different days"),
    nonc("N27", "different_event", None, ["E1", "E2"], "The crowd outside the court", [
        S(W1, "Outside, 214 protesters, by the police count", "214 protesters (E1)"),
        S(DL, "Only 35 supporters turned up outside the Palace of Justice", "35 supporters (E2)")],
         "two crowds, on the day of the verdict and on the day of the sentence: not one count in disagreement"),
    nonc("N28", "different_event", None, ["E1", "E2"], "16 months of trial vs seven years of prison", [
        S(W1, "lasted 16 months and heard 46 witnesses", "P16M (E1)"),
        S(W2, "was sentenced on Thursday to seven years in prison", "P7Y (E2)")],
         "different durations of different things, in reports of different events"),
]

CORROBORATED = [
    corr("K1", "E1", "date", "The trial opened on 6 June 2033", "2033-06-06", CONFLICTS[0]["sides"][0]["sources"]),
    corr("K2", "E2", "date", "The appeal must be lodged by 27 November", "2034-11-27", CONFLICTS[1]["sides"][0]["sources"]),
    corr("K3", "E1", "count", "Solvarin was convicted on six of the nine counts", "6", CONFLICTS[2]["sides"][0]["sources"]),
    corr("K4", "E1", "count", "Stelmont paid Solvarin 14.2 million korvels in bribes", "14.2 million korvels",
         CONFLICTS[3]["sides"][0]["sources"]),
    corr("K5", "E2", "count", "Solvarin was fined 2.5 million korvels", "2.5 million korvels", CONFLICTS[4]["sides"][0]["sources"]),
    corr("K6", "E1", "place", "The cash was handed over at a hunting lodge near Brisdale", "a hunting lodge near Brisdale",
         CONFLICTS[5]["sides"][0]["sources"]),
    corr("K7", "E2", "place", "Solvarin was taken to Kestrin Prison", "Kestrin Prison", CONFLICTS[6]["sides"][0]["sources"]),
    corr("K8", "E1", "duration", "The trial lasted 16 months", "P16M", CONFLICTS[7]["sides"][0]["sources"]),
    corr("K9", "E2", "duration", "Solvarin was sentenced to seven years in prison", "P7Y", CONFLICTS[8]["sides"][0]["sources"]),
    corr("K10", "E2", "duration", "Solvarin is barred from public office for ten years", "P10Y", CONFLICTS[9]["sides"][0]["sources"]),
    corr("K11", "E1", "actor", "Anzelm Tessmin handed Solvarin the cash", "Anzelm Tessmin", CONFLICTS[12]["sides"][0]["sources"]),
    corr("K12", "E2", "actor", "Judge Celestine Orwald passed the sentence", "Celestine Orwald", CONFLICTS[13]["sides"][0]["sources"]),
    corr("K13", "E1", "time", "The judge began reading the verdict at 09:30 GMT", "2034-10-17T09:30Z",
         CONFLICTS[14]["sides"][0]["sources"]),
    corr("K14", "E2", "time", "The judge began reading the sentence at 13:00 GMT", "2034-10-26T13:00Z",
         CONFLICTS[15]["sides"][0]["sources"]),
    corr("K15", "E1", "date", "The verdict was delivered on Tuesday 17 October", "2034-10-17", [
        S(W1, "was found guilty on Tuesday"),
        S(GE, "was found guilty on Tuesday"),
        S(DS1, "At 10:30 a.m. on Tuesday Judge Celestine Orwald opened the thick file"),
        S(QP1, "on 17 October found the former minister Vitus Solwarin guilty"),
        S(LL, "delivered on October 17")]),
    corr("K16", "E1", "count", "Solvarin was acquitted on three counts of abuse of office", "3", [
        S(W1, "It acquitted him on three counts of abuse of office"),
        S(GE, "It acquitted him on three counts of abuse of office"),
        S(DS1, "cleared him on three counts of abuse of office"),
        S(LL, "On three counts of abuse of office it acquitted him")]),
    corr("K17", "E2", "duration", "The prosecution had asked for nine years", "P9Y", [
        S(W2, "Prosecutors had asked for nine."),
        S(SM, "two fewer than the prosecution wanted"),
        S(PL, "The prosecution had wanted nine years.")]),
    corr("K18", "E2", "actor", "The defence, led by Isaura Brandvoss, will appeal", "Isaura Brandvoss", [
        S(W2, "said the defence would appeal to the Supreme Court"),
        S(DL, "who will take the case to the Supreme Court"),
        S(DS2, "\"We will appeal, and we will win.\""),
        S(QP2, "said the defence would appeal and was confident of winning"),
        S(PL, "The defence, led by Isaura Brandvoss, will appeal")]),
    corr("K19", "E1", "count", "The ring road contract was worth 380 million korvels", "380 million korvels", [
        S(W1, "the 380-million-korvel road contract was awarded"),
        S(GE, "the 380-million-korvel road contract was awarded"),
        S(LL, "under a contract worth 380 million korvels")]),
    corr("K20", "E1", "actor", "The Korvandan government will try to recover the money", "Korvandan government", [
        S(W1, "The government said it would seek to recover the money."),
        S(RG, "The government says it will try to get the money back."),
        S(QP1, "Dunsevro wants every korvel back")]),
    corr("K21", "E2", "date", "Solvarin was sentenced on Thursday 26 October", "2034-10-26", [
        S(W2, "was sentenced on Thursday to seven years in prison"),
        S(DL, "handed down the sentence at 2 p.m. on Thursday"),
        S(SM, "Sentencing in the Solvarin case, 26 October"),
        S(DS2, "his sentence at three in the afternoon on Thursday"),
        S(QP2, "at 5 p.m. Qasrevan time on Thursday")]),
]

EXCLUSIVE = [
    excl("X1", "E1", "Solvarin is the first former cabinet minister convicted of bribery in Korvanda", [
        S(W1, "the first former cabinet minister to be convicted of bribery"),
        S(GE, "the first former cabinet minister to be convicted of bribery")],
         "in the BNS wire and its copy (Gaskerry Examiner) only: one independent source, NOT corroborated"),
    excl("X2", "E1", "The eastern section of the Gaskerry ring road still ends in a field", [
        S(GE, "the eastern section of the ring road still ends in a field")],
         "only in the paragraph the Examiner added to the wire"),
    excl("X3", "E1", "Solvarin's wife Leocadia left the courtroom in tears", [
        S(DS1, "His wife, Leocadia, left the courtroom in tears")]),
    excl("X4", "E1", "Sarmidia's banking regulator opened a review of Merovash Bank's checks", [
        S(QP1, "Sarmidia's banking regulator said on Wednesday it had opened a review")]),
    excl("X5", "E1", "Solvarin's portrait was taken down from Gaskerry town hall", [
        S(RG, "the portrait of Solvarin that hung in the gallery of former mayors")]),
    excl("X6", "E1", "The judgment runs to 388 pages", [
        S(LL, "runs to 388 pages")]),
    excl("X7", "E2", "Anzelm Tessmin received a two-year suspended sentence", [
        S(W2, "received a two-year suspended sentence for his cooperation"),
        S(DL, "walked free with a suspended sentence of two years")],
         "in the BNS wire and its rewrite (Dunsevro Letter) only: one independent source, NOT corroborated"),
    excl("X8", "E2", "Solvarin's former deputy minister Rainault Hesketh came to the court", [
        S(DL, "Among them was Solvarin's former deputy minister, Rainault Hesketh")],
         "only in the paragraph the Letter wrote itself"),
    excl("X9", "E2", "A bill on open online bidding for road contracts is due by March", [
        S(SM, "A bill that would put every road contract above 50 million korvels")]),
    excl("X10", "E2", "Solvarin will be allowed family visits twice a month", [
        S(DS2, "would be allowed family visits twice a month")]),
    excl("X11", "E2", "Qasrevan prosecutors opened an investigation into Merovash Bank", [
        S(QP2, "prosecutors have opened their own investigation into Merovash Bank")]),
    excl("X12", "E2", "Stelmont has asked the ministry to renegotiate the price of the remaining work", [
        S(PL, "has asked the ministry to renegotiate the price of the work")]),
]

QUOTES = [
    qv("Q1", "E1", "Isaura Brandvoss", "The verdict rests on the word of one man with every reason to lie", [
        S(W1, "\"This verdict rests on the word of one man who had every", mode="direct"),
        S(RG, "\"The whole verdict rests on the word of one man with every", mode="direct")],
       "direct vs direct ('This verdict rests ... who had every reason to lie' vs 'The whole verdict rests ... with every reason to lie')"),
    qv("Q2", "E1", "Vitus Solvarin / Vitus Solwarin", "He never took a korvel that was not his", [
        S(DS1, "\"I have never taken a single korvel that was not mine,\"", mode="direct"),
        S(QP1, "he had never taken a korvel that did not belong to him", mode="indirect")],
       "direct vs reported speech ('a single korvel that was not mine' vs 'a korvel that did not belong to him'), the reported version spelling the name another way"),
    qv("Q3", "E2", "Celestine Orwald", "A minister who sells a road sells the trust of those who drive on it", [
        S(W2, "\"A minister who sells a road sells the trust of every citizen", mode="direct"),
        S(SM, "\"A minister who sells a road is selling the trust of everyone", mode="direct"),
        S(DL, "a minister who sold a road was selling the trust of everyone", mode="indirect")],
       "direct vs direct ('sells the trust of every citizen' / 'is selling the trust of everyone') and direct vs reported speech"),
    qv("Q4", "E2", "Isaura Brandvoss", "The defence will appeal and win", [
        S(DS2, "\"We will appeal, and we will win.\"", mode="direct"),
        S(QP2, "said the defence would appeal and was confident of winning", mode="indirect")],
       "direct vs reported speech ('and we will win' vs 'was confident of winning')"),
    qv("Q5", "E2", "Aurelio Maškeny", "Seven years is less than the prosecution asked for, but the message is clear", [
        S(W2, "\"Seven years is less than we asked for, but the message could", mode="direct"),
        S(PL, "conceded that seven was less than he had asked for", mode="indirect")],
       "direct vs reported in the analysis ('the message could not be clearer' vs 'called the message unmistakable')"),
]
