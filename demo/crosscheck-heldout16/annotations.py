# The planted items of demo/crosscheck-heldout16, read by build_gold.py (which defines S, conflict,
# nonc, corr, excl, qv and the report names W1 ... UP before executing this file).
# Time zones: Valtessa (Ebberhythe, Castrevel, Quillhampton, Thessop) UTC+2 all year; Brannica
# (Skellamar) UTC-3 all year. Ebberhythe Wireless stamps its live-blog entries in Valtessan time.

CONFLICTS = [
    conflict("C1", "E1", "date", "When the underpaid staff will be paid the difference", [
        ("2038-03-12", [S(W1, "will receive the difference on Friday"),
                        S(QG, "will receive the difference on Friday"),
                        S(EW, "Underpaid staff get the difference on Friday."),
                        S(ST1, "would be paid what they were owed on March 12")]),
        ("2038-03-19", [S(CK1, "will be made whole on 19 March")]),
    ], "'on Friday' in the Stallard wire (published Tue 9 March) and its copy (published Wed 10 March) and on Ebberhythe Wireless (9 March): Friday 12 March, the date the Skellamar Tallyman gives ('March 12'); 19 March in the Castrevel Keystone."),
    conflict("C2", "E1", "count", "The size of the council's budget gap", [
        ("94000000 soldens", [S(W1, "facing a 94 million solden shortfall"),
                              S(QG, "facing a 94 million solden shortfall"),
                              S(CK1, "The gap for the current year is 94 million soldens."),
                              S(EW, "the gap is now put at 94 million soldens"),
                              S(ST1, "could not cover a 94 million solden gap in its budget")]),
        ("49000000 soldens", [S(HO, "a whopping 49 million solden black hole in its books")]),
    ], "94 million soldens in the Stallard wire and its copy, the Castrevel Keystone, Ebberhythe Wireless (19:05, after a first 'at least 70 million', N21) and the Skellamar Tallyman; 49 million in the Hooter (headline and first paragraph)."),
    conflict("C3", "E1", "count", "How many staff the system paid the wrong amount", [
        ("3800", [S(W1, "has paid 3,800 of the council's 11,200 employees the wrong amount"),
                  S(QG, "has paid 3,800 of the council's 11,200 employees the wrong amount"),
                  S(CK1, "it has paid 3,800 staff the wrong wages"),
                  S(ST1, "for paying 3,800 employees the wrong amount")]),
        ("8300", [S(EW, "Ambrey says 8,300 staff have been paid the wrong amount")]),
    ], "3,800 in the Stallard wire and its copy, the Castrevel Keystone and the Skellamar Tallyman (and 'more than 3,000' in the Hooter, N22); 8,300 on Ebberhythe Wireless (19:50)."),
    conflict("C4", "E1", "duration", "How late the Tallyspring system went live", [
        ("P30M", [S(W1, "went live two and a half years late"),
                  S(QG, "went live two and a half years late"),
                  S(CK1, "It arrived 30 months behind schedule"),
                  S(HO, "turned up two and a half years late")]),
        ("P18M", [S(ST1, "went live 18 months late")]),
    ], "Two and a half years in the Stallard wire and its copy and the Hooter, 30 months in the Castrevel Keystone (the same length, N9); 18 months in the Skellamar Tallyman."),
    conflict("C5", "E1", "place", "Where the councillors' emergency meeting was held", [
        ("Pellory House", [S(W1, "met in emergency session at Pellory House on Tuesday evening"),
                           S(QG, "met in emergency session at Pellory House on Tuesday evening"),
                           S(CK1, "in the council chamber at Pellory House"),
                           S(EW, "filing into the council chamber at Pellory House")]),
        ("Tenterfield Hall", [S(HO, "At a stormy meeting at Tenterfield Hall last night")]),
    ], "At Pellory House, the council's offices, in the Stallard wire and its copy, the Castrevel Keystone and Ebberhythe Wireless (18:30); at Tenterfield Hall in the Hooter."),
    conflict("C6", "E1", "speaker", "Who said 'There is no money left in the drawer, and I will not pretend there is'", [
        ("Berenice Tresswell", [S(W1, "the council leader, Berenice Tresswell, told the meeting"),
                                S(QG, "the council leader, Berenice Tresswell, told the meeting"),
                                S(EW, "Council leader Berenice Tresswell:"),
                                S(HO, "council leader Berenice Tresswell told councillors:")]),
        ("Lucius Ambrey", [S(ST1, "the council's chief finance officer, Lucius Ambrey, said in a statement")]),
    ], "The council leader Berenice Tresswell, to the evening meeting, in the Stallard wire and its copy, Ebberhythe Wireless (20:35, speaker before a colon) and the Hooter (speaker before a colon); the chief finance officer Lucius Ambrey, 'in a statement', in the Skellamar Tallyman. All quote the words verbatim."),
    conflict("C7", "E1", "time", "When the notice was served", [
        ("2038-03-09T14:05Z", [S(W1, "The notice was served at 1405 GMT."),
                               S(CK1, "signed it at 4.05 p.m. on Tuesday"),
                               S(ST1, "declared at 11:05 a.m. Skellamar time")]),
        ("2038-03-09T15:05Z", [S(EW, "it was signed at 5.05 p.m., the council's press office says")]),
    ], "14:05 GMT in the Stallard wire, 4.05 p.m. Valtessan time (UTC+2) in the Castrevel Keystone, 11:05 a.m. Skellamar time (UTC-3) in the Skellamar Tallyman: one instant; 5.05 p.m. Valtessan time on Ebberhythe Wireless (its 17:30 entry), which is 15:05 GMT, an hour later."),
    conflict("C8", "E1", "count", "The councillors' vote on the spending freeze", [
        ("47-12", [S(W1, "voted 47 to 12 to approve the freeze"),
                   S(QG, "voted 47 to 12 to approve the freeze"),
                   S(EW, "The vote: 47 for the freeze, 12 against.")]),
        ("44-12", [S(CK1, "approved the spending freeze by 44 votes to 12")]),
    ], "47 votes to 12 in the Stallard wire and its copy and on Ebberhythe Wireless (21:40); 44 to 12 in the Castrevel Keystone."),
    conflict("C9", "E2", "date", "When the council ended its contract with Orvantis Systems", [
        ("2038-03-22", [S(W2, "ended its contract with Orvantis Systems on Monday"),
                        S(TQ, "ended its contract with Orvantis Systems on Monday"),
                        S(CK2, "terminated its contract with Orvantis Systems on 22 March"),
                        S(RA, "The council ended the Orvantis contract on 22 March.")]),
        ("2038-03-19", [S(ST2, "ended its contract with Orvantis Systems on Friday")]),
    ], "Monday 22 March: 'on Monday' in the Stallard wire (published Wed 24 March) and its rewrite (published Thu 25 March), '22 March' in the Castrevel Keystone and Rateable; **weekday in a later report**: 'on Friday' in the Skellamar Tallyman (published Wed 24 March: Friday 19 March)."),
    conflict("C10", "E2", "date", "When the commissioners take charge", [
        ("2038-03-29", [S(W2, "will take charge from Monday"),
                        S(TQ, "will be in charge from Monday, March 29"),
                        S(CK2, "From 29 March three commissioners will run the city's finances")]),
        ("2038-03-30", [S(UP, "Tomorrow the commissioners take charge.")]),
    ], "Monday 29 March: 'from Monday' in the Stallard wire (published Wed 24 March), 'Monday, March 29' in its rewrite, '29 March' in the Castrevel Keystone; **relative**: 'Tomorrow' in Upkeep, published Monday 29 March: Tuesday 30 March."),
    conflict("C11", "E2", "count", "The size of the state loan", [
        ("60000000 soldens", [S(W2, "lend the city 60 million soldens"),
                              S(TQ, "a state loan of 60 million soldens"),
                              S(RA, "The state loan of 60 million soldens")]),
        ("65000000 soldens", [S(CK2, "The state will lend the city 65 million soldens")]),
    ], "60 million soldens in the Stallard wire and its rewrite and in Rateable; 65 million in the Castrevel Keystone."),
    conflict("C12", "E2", "count", "How many commissioners the government is sending", [
        ("3", [S(W2, "will send three commissioners to take control"),
               S(TQ, "will lead the three commissioners"),
               S(CK2, "three commissioners will run the city's finances for 24 months"),
               S(ST2, "three commissioners led by Roderick Pymm"),
               S(RA, "Three commissioners, led by the former Thessop chief executive")]),
        ("4", [S(UP, "There will be four of them")]),
    ], "Three in the Stallard wire and its rewrite, the Castrevel Keystone, the Skellamar Tallyman and Rateable; four in Upkeep."),
    conflict("C13", "E2", "duration", "How long the commissioners will stay", [
        ("P2Y", [S(W2, "and stay for two years"),
                 S(TQ, "from Monday, March 29, for two years"),
                 S(CK2, "run the city's finances for 24 months")]),
        ("P18M", [S(RA, "will hold Ebberhythe's financial powers for 18 months")]),
    ], "Two years in the Stallard wire and its rewrite, 24 months in the Castrevel Keystone (the same length, N10); **other units**: 18 months in Rateable."),
    conflict("C14", "E2", "place", "Where the minister made her announcement", [
        ("the National Assembly, Castrevel", [S(W2, "told the National Assembly in Castrevel at 0930 GMT"),
                                              S(TQ, "announced the move in the National Assembly in Castrevel"),
                                              S(CK2, "stood up in the National Assembly on Wednesday morning"),
                                              S(RA, "statement to the National Assembly")]),
        ("Pellory House, Ebberhythe", [S(ST2, "speaking to reporters at Pellory House in Ebberhythe")]),
    ], "In the National Assembly in Castrevel in the Stallard wire and its rewrite, the Castrevel Keystone and Rateable; to reporters at Pellory House in Ebberhythe in the Skellamar Tallyman."),
    conflict("C15", "E2", "speaker", "Who said 'Ebberhythe did not fall over. It was pushed, by a contract nobody in that building read to the end'", [
        ("Ottavia Ellensoe", [S(W2, "read to the end,\" Ellensoe said."),
                              S(TQ, "read to the end,\" the minister said."),
                              S(RA, "read to the end,\" the minister told the chamber.")]),
        ("Roderick Pymm", [S(CK2, "read to the end,\" he said outside the chamber.")]),
    ], "The Minister for Local Government, Ottavia Ellensoe, in the Stallard wire, its rewrite ('the minister', named in the paragraph before) and Rateable ('the minister', named in the first paragraph); Roderick Pymm in the Castrevel Keystone ('he', named in the sentence before, which says he was 'blunter than the minister'). All quote the words verbatim."),
    conflict("C16", "E2", "time", "When the minister made her statement", [
        ("2038-03-24T09:30Z", [S(W2, "told the National Assembly in Castrevel at 0930 GMT"),
                               S(TQ, "at 11.30 a.m. on Wednesday"),
                               S(ST2, "made the announcement at 6:30 a.m. Skellamar time")]),
        ("2038-03-24T08:30Z", [S(RA, "at 10.30 a.m. on Wednesday")]),
    ], "09:30 GMT in the Stallard wire, 11.30 a.m. Valtessan time (UTC+2) in its rewrite, 6:30 a.m. Skellamar time (UTC-3) in the Skellamar Tallyman: one instant; 10.30 a.m. on Wednesday in Rateable (Valtessan time: 08:30 GMT), an hour earlier."),
]

NONCONFLICTS = [
    nonc("N1", "alias", "E1", ["E1"], "The council", [
        S(W1, "Ebberhythe City Council declared on Tuesday", "Ebberhythe City Council"),
        S(HO, "Red-faced bosses at Ebberhythe town hall", "Ebberhythe town hall")],
         "the tabloid's 'town hall' is the city council"),
    nonc("N2", "alias", "E1", ["E1"], "The notice", [
        S(W1, "issued the Notice of Insufficient Means on Tuesday afternoon", "Notice of Insufficient Means"),
        S(CK1, "a notice under section 31 of the Municipal Finances Act", "section 31 notice")],
         "one notice, by its title and by the section of the act it is served under"),
    nonc("N3", "alias", "E1", ["E1"], "Lucius Ambrey, under another title", [
        S(W1, "The council's chief finance officer, Lucius Ambrey", "Lucius Ambrey, chief finance officer"),
        S(HO, "Finance chief Lucius Ambrey", "Lucius Ambrey, finance chief")],
         "one man: the tabloid's short title"),
    nonc("N4", "alias", "E1", ["E1"], "The software company", [
        S(W1, "was supplied by Orvantis Systems of Skellamar", "Orvantis Systems"),
        S(HO, "Orvantis, the Brannican firm behind the system", "Orvantis")],
         "short form of Orvantis Systems"),
    nonc("N5", "alias", "E2", ["E2"], "The minister, under another title", [
        S(W2, "the Minister for Local Government said on Wednesday", "Minister for Local Government"),
        S(ST2, "Valtessa's municipal affairs minister said on Wednesday", "municipal affairs minister")],
         "one office, Ottavia Ellensoe's, in the Brannican paper's words"),
    nonc("N6", "alias", "E2", ["E2"], "The audit office", [
        S(W2, "the Valtessan Audit Office had put the shortfall", "Valtessan Audit Office"),
        S(UP, "read the audit office's warnings", "the audit office")],
         "the comment's lower-case short form of the Valtessan Audit Office"),
    nonc("N7", "timezone", "E1", ["E1"], "Time the notice was served", [
        S(W1, "The notice was served at 1405 GMT.", "2038-03-09T14:05Z"),
        S(CK1, "signed it at 4.05 p.m. on Tuesday", "2038-03-09T16:05+02:00"),
        S(ST1, "declared at 11:05 a.m. Skellamar time", "2038-03-09T11:05-03:00")],
         "Valtessa is UTC+2 and Brannica UTC-3: one instant in three notations (Ebberhythe Wireless's 5.05 p.m. is the conflict C7)"),
    nonc("N8", "timezone", "E2", ["E2"], "Time of the minister's statement", [
        S(W2, "told the National Assembly in Castrevel at 0930 GMT", "2038-03-24T09:30Z"),
        S(TQ, "at 11.30 a.m. on Wednesday", "2038-03-24T11:30+02:00"),
        S(ST2, "made the announcement at 6:30 a.m. Skellamar time", "2038-03-24T06:30-03:00")],
         "one instant in three notations (Rateable's 10.30 a.m. is the conflict C16)"),
    nonc("N9", "unit_form", "E1", ["E1"], "How late the system went live", [
        S(W1, "went live two and a half years late", "P30M"),
        S(CK1, "It arrived 30 months behind schedule", "P30M")],
         "two and a half years are 30 months: one length in other units (the Tallyman's 18 months is the conflict C4)"),
    nonc("N10", "unit_form", "E2", ["E2"], "How long the commissioners stay", [
        S(W2, "and stay for two years", "P2Y"),
        S(CK2, "run the city's finances for 24 months", "P24M")],
         "two years are 24 months (Rateable's 18 months is the conflict C13)"),
    nonc("N11", "weekday_date", "E1", ["E1"], "The day the underpaid staff are paid", [
        S(W1, "will receive the difference on Friday", "2038-03-12"),
        S(ST1, "would be paid what they were owed on March 12", "2038-03-12")],
         "the wire was published on Tuesday 9 March: the Friday after is 12 March (the Keystone's 19 March is the conflict C1)"),
    nonc("N12", "weekday_date", "E1", ["E1"], "The day the notice was served", [
        S(W1, "Ebberhythe City Council declared on Tuesday", "2038-03-09"),
        S(CK1, "signed it at 4.05 p.m. on Tuesday", "2038-03-09"),
        S(HO, "pulled the emergency lever yesterday afternoon", "2038-03-09")],
         "the Hooter was published on Wednesday 10 March: 'yesterday' is Tuesday 9 March, the day the others name"),
    nonc("N13", "weekday_date", "E2", ["E2"], "The day the Orvantis contract ended", [
        S(W2, "ended its contract with Orvantis Systems on Monday", "2038-03-22"),
        S(CK2, "terminated its contract with Orvantis Systems on 22 March", "2038-03-22"),
        S(RA, "The council ended the Orvantis contract on 22 March.", "2038-03-22")],
         "the Monday before Wednesday 24 March is 22 March (the Tallyman's 'on Friday' is the conflict C9)"),
    nonc("N14", "weekday_date", "E2", ["E2"], "The day the commissioners take charge", [
        S(W2, "will take charge from Monday", "2038-03-29"),
        S(TQ, "will be in charge from Monday, March 29", "2038-03-29"),
        S(CK2, "From 29 March three commissioners will run the city's finances", "2038-03-29")],
         "the Monday after Wednesday 24 March is 29 March (Upkeep's 'Tomorrow' is the conflict C10)"),
    nonc("N15", "level_vs_change", "E1", ["E1"], "Orvantis's share price", [
        S(ST1, "Shares in Orvantis Systems closed at 31.60 talders", "31.60 talders (level)"),
        S(ST1, "on Tuesday, down 5.15", "down 5.15 talders"),
        S(W1, "Shares in Orvantis fell 14 percent in Skellamar.", "down 14 percent")],
         "a closing price, a fall in talders and a fall in percent: 31.60 + 5.15 = 36.75, and 5.15 is 14 percent of it"),
    nonc("N16", "level_vs_change", "E2", ["E2"], "The rate rise and the cap", [
        S(W2, "by 9.5 percent next year, above the 5 percent cap", "9.5 percent rise; 5 percent cap"),
        S(RA, "4.5 points above the cap", "4.5 points over the cap")],
         "a rise of 9.5 percent against a cap of 5 percent is 4.5 points over it"),
    nonc("N17", "level_vs_change", "E2", ["E2"], "The audited gap and how much larger it is", [
        S(CK2, "puts the city's shortfall at 112 million soldens", "112 million (level)"),
        S(CK2, "18 million more than the council itself admitted", "18 million more (change)")],
         "a level and a change: 112 million is 18 million above the council's own 94 million"),
    nonc("N18", "different_measure", "E1", ["E1"], "The contract's value vs what the system has cost", [
        S(W1, "contracted in 2033 for 12 million soldens", "12 million (contract)"),
        S(W1, "has so far cost 41 million", "41 million (spent)")],
         "the price contracted in 2033 and the sum spent so far: two measures"),
    nonc("N19", "different_measure", "E1", ["E1"], "Staff paid wrongly vs all staff", [
        S(W1, "has paid 3,800", "3,800 (paid wrongly)"),
        S(W1, "the council's 11,200 employees", "11,200 (all employees)")],
         "a subset and the whole workforce"),
    nonc("N20", "different_measure", "E1", ["E1"], "The gap vs the unbilled council tax", [
        S(EW, "the gap is now put at 94 million soldens", "94 million (whole gap)"),
        S(EW, "58 million of it council tax", "58 million (part of it)")],
         "a part (the council tax never billed) and the whole gap"),
    nonc("N21", "updated_figure", "E1", ["E1"], "The gap as it was announced, in one live blog", [
        S(EW, "the shortfall this year is \"at least 70 million soldens\"", "at least 70 million (18:10)"),
        S(EW, "the gap is now put at 94 million soldens", "94 million (19:05)")],
         "a first lower bound and the figure given an hour later, in successive entries of one report ('now put at'): not a conflict"),
    nonc("N22", "at_least", "E1", ["E1"], "Staff paid the wrong wages", [
        S(HO, "More than 3,000 council workers have been paid the wrong wages", "more than 3,000"),
        S(W1, "has paid 3,800 of the council's 11,200 employees the wrong amount", "3,800")],
         "3,800 is more than 3,000 (Ebberhythe Wireless's 8,300 is the conflict C3)"),
    nonc("N23", "rounded", "E1", ["E1"], "What the system has cost", [
        S(ST1, "has cost it about 40 million soldens", "about 40 million"),
        S(W1, "has so far cost 41 million", "41 million")],
         "'about 40 million' is the rounded 41 million"),
    nonc("N24", "different_measure", "E2", ["E2"], "The loan vs the gap", [
        S(W2, "lend the city 60 million soldens", "60 million (loan)"),
        S(W2, "put the shortfall at 112 million soldens", "112 million (gap)")],
         "the state's loan and the audited shortfall: two different sums"),
    nonc("N25", "updated_figure", "E2", ["E1", "E2"], "The gap: the council's estimate and the audit's", [
        S(W2, "up from the 94 million the council estimated on March 9", "94 million (council, 9 March)"),
        S(W2, "put the shortfall at 112 million soldens", "112 million (audit, 24 March)")],
         "a figure revised by the audit, both in one E2 report, which says so ('up from')"),
    nonc("N26", "correction", "E2", ["E2"], "The term of the loan, with a withdrawn figure", [
        S(RA, "stated that the loan would be repaid over 15 years", "15 years (withdrawn)"),
        S(RA, "The term is 25 years.", "25 years"),
        S(W2, "The loan is to be repaid over 25 years.", "25 years")],
         "Rateable's correction withdraws the term an earlier version gave; the piece itself now says 25 years, like the others: not a conflict"),
    nonc("N27", "rounded", "E2", ["E2"], "How long ago the council admitted its gap", [
        S(CK2, "admitted a fortnight ago", "about 14 days before 25 March"),
        S(W2, "the council estimated on March 9", "2038-03-09")],
         "the Keystone was published on 25 March, 16 days after 9 March: 'a fortnight ago' is a round figure, not another date"),
    nonc("N28", "different_event", "E2", ["E2"], "Dates inside the comment", [
        S(UP, "On 9 March Ebberhythe told its staff", "2038-03-09 (E1)"),
        S(UP, "Last Wednesday the government told Ebberhythe", "2038-03-24")],
         "the comment (published Monday 29 March) recalls the notice (E1) next to the minister's statement of Wednesday 24 March (E2)"),
    nonc("N29", "different_event", None, ["E1", "E2"], "The gap in the two events", [
        S(W1, "facing a 94 million solden shortfall", "94 million (E1, the council's estimate)"),
        S(W2, "put the shortfall at 112 million soldens", "112 million (E2, the audit)")],
         "the council's own estimate on 9 March and the audit's figure fifteen days later: a value revised in a report of another event, which says why"),
]

CORROBORATED = [
    corr("K1", "E1", "date", "Underpaid staff will be paid the difference on Friday 12 March", "2038-03-12", CONFLICTS[0]["sides"][0]["sources"]),
    corr("K2", "E1", "count", "The budget gap is 94 million soldens", "94000000 soldens", CONFLICTS[1]["sides"][0]["sources"]),
    corr("K3", "E1", "count", "The system paid 3,800 staff the wrong amount", "3800", CONFLICTS[2]["sides"][0]["sources"]),
    corr("K4", "E1", "duration", "The system went live 30 months late", "P30M", CONFLICTS[3]["sides"][0]["sources"]),
    corr("K5", "E1", "place", "The emergency meeting was held at Pellory House", "Pellory House", CONFLICTS[4]["sides"][0]["sources"]),
    corr("K6", "E1", "time", "The notice was served at 14:05 GMT", "2038-03-09T14:05Z", CONFLICTS[6]["sides"][0]["sources"]),
    corr("K7", "E1", "count", "Councillors approved the freeze by 47 votes to 12", "47-12", CONFLICTS[7]["sides"][0]["sources"]),
    corr("K8", "E2", "date", "The council ended the Orvantis contract on Monday 22 March", "2038-03-22", CONFLICTS[8]["sides"][0]["sources"]),
    corr("K9", "E2", "date", "The commissioners take charge on Monday 29 March", "2038-03-29", CONFLICTS[9]["sides"][0]["sources"]),
    corr("K10", "E2", "count", "The state loan is 60 million soldens", "60000000 soldens", CONFLICTS[10]["sides"][0]["sources"]),
    corr("K11", "E2", "count", "Three commissioners are being sent", "3", CONFLICTS[11]["sides"][0]["sources"]),
    corr("K12", "E2", "duration", "The commissioners stay for two years", "P2Y", CONFLICTS[12]["sides"][0]["sources"]),
    corr("K13", "E2", "place", "The minister spoke in the National Assembly in Castrevel", "the National Assembly, Castrevel", CONFLICTS[13]["sides"][0]["sources"]),
    corr("K14", "E2", "time", "The minister's statement was at 09:30 GMT", "2038-03-24T09:30Z", CONFLICTS[15]["sides"][0]["sources"]),
    corr("K15", "E1", "date", "The notice was served on Tuesday 9 March", "2038-03-09", [
        S(W1, "Ebberhythe City Council declared on Tuesday"),
        S(QG, "Ebberhythe City Council declared on Tuesday"),
        S(CK1, "signed it at 4.05 p.m. on Tuesday"),
        S(HO, "pulled the emergency lever yesterday afternoon")]),
    corr("K16", "E1", "count", "The system was contracted for 12 million soldens", "12000000 soldens", [
        S(W1, "contracted in 2033 for 12 million soldens"),
        S(QG, "contracted in 2033 for 12 million soldens"),
        S(CK1, "in 2033 for 12 million soldens"),
        S(ST1, "against an original contract of 12 million")]),
    corr("K17", "E1", "count", "The system has so far cost 41 million soldens", "41000000 soldens", [
        S(W1, "has so far cost 41 million"),
        S(QG, "has so far cost 41 million"),
        S(CK1, "has so far cost 41 million"),
        S(HO, "cost taxpayers 41 million soldens")]),
    corr("K18", "E1", "count", "Council tax bills worth 58 million soldens were never sent", "58000000 soldens", [
        S(W1, "council tax bills worth 58 million soldens"),
        S(QG, "council tax bills worth 58 million soldens"),
        S(CK1, "council tax bills worth 58 million soldens were never sent"),
        S(EW, "58 million of it council tax"),
        S(ST1, "58 million soldens in local tax bills")]),
    corr("K19", "E1", "actor", "The Tallyspring system was supplied by Orvantis Systems", "Orvantis Systems", [
        S(W1, "was supplied by Orvantis Systems of Skellamar"),
        S(QG, "was supplied by Orvantis Systems of Skellamar"),
        S(CK1, "from the Brannican firm Orvantis Systems"),
        S(EW, "Tallyspring, the Orvantis Systems software"),
        S(HO, "Orvantis, the Brannican firm behind the system"),
        S(ST1, "built by the Skellamar company")]),
    corr("K20", "E1", "actor", "All but essential spending is frozen", "freeze", [
        S(W1, "freezes all but essential spending"),
        S(QG, "freezes all but essential spending"),
        S(HO, "slapping a freeze on everything but essential spending"),
        S(EW, "All but essential spending is frozen as of now."),
        S(CK1, "the spending freeze")]),
    corr("K21", "E2", "count", "The audit puts the gap at 112 million soldens", "112000000 soldens", [
        S(W2, "put the shortfall at 112 million soldens"),
        S(TQ, "the city's budget gap to be 112 million soldens"),
        S(CK2, "puts the city's shortfall at 112 million soldens"),
        S(ST2, "the council's budget gap to be 112 million soldens"),
        S(RA, "puts the shortfall at 112 million soldens"),
        S(UP, "112 million soldens, not 94")]),
    corr("K22", "E2", "count", "The council may raise its city rate by 9.5 percent", "9.5 percent", [
        S(W2, "raise its city rate by 9.5 percent next year"),
        S(TQ, "may raise its city rate by 9.5 percent"),
        S(CK2, "may raise its city rate by 9.5 percent"),
        S(RA, "may raise its city rate by 9.5 percent in the coming year")]),
    corr("K23", "E2", "count", "The council will sue Orvantis for 41 million soldens", "41000000 soldens", [
        S(W2, "will sue the Brannican company for the 41 million soldens"),
        S(TQ, "intends to sue the company for 41 million soldens"),
        S(CK2, "will sue the company for the 41 million soldens"),
        S(ST2, "will sue the Skellamar software company for 41 million soldens")]),
    corr("K24", "E2", "duration", "The loan is to be repaid over 25 years", "P25Y", [
        S(W2, "The loan is to be repaid over 25 years."),
        S(TQ, "to be repaid over 25 years"),
        S(CK2, "to be paid back over 25 years"),
        S(RA, "is to be repaid over 25 years")]),
    corr("K25", "E2", "actor", "Roderick Pymm leads the commissioners", "Roderick Pymm", [
        S(W2, "led by Roderick Pymm, a former chief executive"),
        S(TQ, "Roderick Pymm, will lead the three commissioners"),
        S(CK2, "Roderick Pymm, who will lead the commissioners"),
        S(ST2, "led by Roderick Pymm"),
        S(RA, "led by the former Thessop chief executive Roderick Pymm")]),
    corr("K26", "E2", "count", "The council's 40 percent stake in Ebberhythe airport is to be sold", "40 percent", [
        S(W2, "its 40 percent stake in Ebberhythe airport"),
        S(RA, "the council's 40 percent stake in Ebberhythe airport")]),
]

EXCLUSIVE = [
    excl("X1", "E1", "It is the first such notice served by a Valtessan city council since 2009", [
        S(W1, "It is the first time a Valtessan city council has served"),
        S(QG, "It is the first time a Valtessan city council has served")],
         "in the Stallard wire and its copy (Quillhampton Grindstone) only: one independent source, NOT corroborated"),
    excl("X2", "E1", "Quillhampton's 640 council employees were assured their March wages are safe", [
        S(QG, "its 640 employees had been assured on Tuesday night")],
         "only in the paragraph the Grindstone added to the wire"),
    excl("X3", "E1", "Ambrey warned the cabinet in a memo last November", [
        S(CK1, "first warned the council's cabinet, in a memo last November")]),
    excl("X4", "E1", "The 14 staff who ran the Tallyspring project each got a 2,000 solden bonus", [
        S(HO, "were each handed a 2,000 solden bonus in 2037")]),
    excl("X5", "E1", "About a hundred people with placards gathered outside Pellory House", [
        S(EW, "about a hundred people with placards are singing")]),
    excl("X6", "E1", "Orvantis sells Tallyspring to 14 local authorities in Brannica", [
        S(ST1, "Orvantis sells Tallyspring to 14 local authorities in Brannica")]),
    excl("X7", "E1", "The opposition leader Ingrith Mosscrop said the city bought a machine it did not understand", [
        S(CK1, "The opposition leader, Ingrith Mosscrop, said the city had bought")]),
    excl("X8", "E2", "The Audit Office's full report will be published in June", [
        S(W2, "The Audit Office will publish its full report in June."),
        S(TQ, "The Audit Office's full report is expected in June.")],
         "in the Stallard wire and its rewrite (Thessop Quadrant) only: one independent source, NOT corroborated"),
    excl("X9", "E2", "Thessop looked at Tallyspring in 2032 and chose another supplier", [
        S(TQ, "Thessop looked at Tallyspring in 2032, county records show")],
         "only in the paragraph the Thessop Quadrant wrote itself"),
    excl("X10", "E2", "Berenice Tresswell will not resign", [
        S(CK2, "the council leader, said she would not resign")]),
    excl("X11", "E2", "Orvantis will seek 9 million soldens in unpaid invoices", [
        S(ST2, "would itself seek 9 million soldens in unpaid invoices")]),
    excl("X12", "E2", "Two Brannican councils using Tallyspring are having their contracts reviewed", [
        S(ST2, "had asked their lawyers to review their contracts")]),
    excl("X13", "E2", "The cabinet was warned about the delays at least six times between 2034 and 2036", [
        S(RA, "warned about Tallyspring's delays on at least six occasions")]),
    excl("X14", "E2", "In February the councillors voted themselves a 3 percent rise in allowances", [
        S(UP, "voted themselves a 3 percent rise in their allowances")]),
]

QUOTES = [
    qv("Q1", "E1", "Lucius Ambrey", "He has no lawful choice but to issue the notice, and does so with a heavy heart", [
        S(W1, "\"I have no lawful choice but to issue this notice", mode="direct"),
        S(EW, "\"I have no legal choice but to issue this notice.", mode="direct")],
       "direct vs direct ('I have no lawful choice but to issue this notice, and I issue it with a heavy heart' vs 'I have no legal choice but to issue this notice. I do it with a heavy heart.')"),
    qv("Q2", "E1", "Anselmo Vaskell", "The system works; the fault lay in the data the council gave it", [
        S(ST1, "\"Tallyspring works. What failed in Ebberhythe was the data", mode="direct"),
        S(W1, "Vaskell said the system worked and that the fault lay", mode="indirect")],
       "direct vs reported speech ('Tallyspring works. What failed in Ebberhythe was the data the council put into it' vs 'the system worked and ... the fault lay in the data the council had given it')"),
    qv("Q3", "E1", "Hamish Tullock", "The union's members kept the city running while its computer said they owed it money", [
        S(CK1, "\"Our members have kept this city running", mode="direct"),
        S(HO, "\"Our members kept this city going while the council's own computer", mode="direct")],
       "direct vs direct ('Our members have kept this city running while its own computer told them they owed it money' vs 'Our members kept this city going while the council's own computer was telling them they owed it money')"),
    qv("Q4", "E2", "Roderick Pymm", "His job is to make the sums add up, not to be liked", [
        S(W2, "\"My job is to make the sums add up, not to", mode="direct"),
        S(CK2, "\"My job is to make the numbers add up.", mode="direct")],
       "direct vs direct ('My job is to make the sums add up, not to be liked' vs 'My job is to make the numbers add up. Nobody is going to like me for it.')"),
    qv("Q5", "E2", "Berenice Tresswell", "She welcomes the help and is ashamed the city needed it", [
        S(W2, "\"I welcome the help, and I am ashamed that we needed it,\"", mode="direct"),
        S(RA, "she welcomed the help but was ashamed the city had needed it", mode="indirect")],
       "direct vs reported speech ('I welcome the help, and I am ashamed that we needed it' vs 'she welcomed the help but was ashamed the city had needed it')"),
    qv("Q6", "E2", "Anselmo Vaskell", "Orvantis delivered a working system to a council that never finished saying what it wanted", [
        S(W2, "\"We delivered a system that works, to a council", mode="direct"),
        S(ST2, "\"We delivered a working system to a council that never finished", mode="direct")],
       "direct vs direct ('We delivered a system that works, to a council that never quite finished telling us what it wanted' vs 'We delivered a working system to a council that never finished telling us what it wanted')"),
]
