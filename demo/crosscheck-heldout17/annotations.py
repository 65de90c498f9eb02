# The planted items of demo/crosscheck-heldout17, read by build_gold.py (which defines S, conflict,
# nonc, corr, excl, qv and the report names T1 ... LA before executing this file).
# Time zones: Pelassia (Dornecq, Hollinsby, Sallowfield, Tollbridge) UTC+1 all year; Kalvosta
# (Vennick) UTC+4 all year. Dunnock Radio stamps its live-blog entries in Pelassian time.

CONFLICTS = [
    conflict("C1", "E1", "count", "The total of the fines", [
        ("212000000 mernets", [S(T1, "a total of 212 million mernets"),
                               S(HC, "a total of 212 million mernets"),
                               S(DC, "212 million mernets in all"),
                               S(PA, "It fined them 212 million mernets between them"),
                               S(VL1, "announced penalties totalling 212 million mernets")]),
        ("221000000 mernets", [S(WH, "hit with a record 221 million mernet fine")]),
    ], "212 million mernets in the Trellis wire and its copy, the Dornecq Commonweal, the Pasture and the Vennick Ledgerbook (97 + 81 + 34); 221 million in the Whistle (headline and first paragraph)."),
    conflict("C2", "E1", "count", "How much the cartel added to a litre of milk", [
        ("6 cents", [S(T1, "paid an extra 6 cents for every litre of milk"),
                     S(HC, "paid an extra 6 cents for every litre of milk"),
                     S(WH, "forked out an extra 6 cents on every litre"),
                     S(PA, "adding 6 cents to a litre of milk on the shelf")]),
        ("8 cents", [S(DC, "put 8 cents on every litre of milk sold in Pelassia")]),
    ], "6 cents a litre in the Trellis wire and its copy, the Whistle and the Pasture; 8 cents in the Dornecq Commonweal."),
    conflict("C3", "E1", "duration", "How long the cartel ran", [
        ("P50M", [S(T1, "for four years and two months"),
                  S(HC, "for four years and two months"),
                  S(PA, "fixed wholesale prices for 50 months")]),
        ("P6Y", [S(DC, "For six years, according to the Fair Prices Authority")]),
    ], "Four years and two months (January 2034 to March 2038) in the Trellis wire and its copy, 50 months in the Pasture (the same length, N8); **other units**: six years in the Dornecq Commonweal. The Whistle's 'more than four years' agrees with 50 months (N21)."),
    conflict("C4", "E1", "date", "The day the authority announced the fines", [
        ("2039-03-15", [S(T1, "on Tuesday fined three dairy processors"),
                        S(HC, "on Tuesday fined three dairy processors"),
                        S(DC, "announced the penalties at 10 a.m. on Tuesday"),
                        S(WH, "The Fair Prices Authority said yesterday")]),
        ("2039-03-14", [S(PA, "fined by the Fair Prices Authority on Monday")]),
    ], "Tuesday 15 March: 'on Tuesday' in the Trellis wire (published Tue 15) and its copy and the Dornecq Commonweal (published Wed 16), 'yesterday' in the Whistle (published Wed 16); **weekday in a later report**: 'on Monday' in the weekly Pasture, published Friday 18 March: Monday 14 March."),
    conflict("C5", "E1", "date", "When investigators raided the companies' offices", [
        ("2038-05-17", [S(T1, "Investigators raided 11 offices on 17 May last year."),
                        S(HC, "Investigators raided 11 offices on 17 May last year."),
                        S(PA, "on Monday, May 17, 2038")]),
        ("2038-06-17", [S(WH, "swooped on the firms' offices on June 17 last year")]),
    ], "17 May 2038 ('last year' in reports of March 2039) in the Trellis wire and its copy and the Pasture ('Monday, May 17, 2038', which it was); 17 June 2038 in the Whistle."),
    conflict("C6", "E1", "speaker", "Who said 'Every family that bought a carton of milk in those four years paid for this arrangement'", [
        ("Thomasina Farrancourt", [S(T1, "the authority's chair, Thomasina Farrancourt, told reporters"),
                                   S(HC, "the authority's chair, Thomasina Farrancourt, told reporters"),
                                   S(WH, "Watchdog chief Thomasina Farrancourt blasted:")]),
        ("Cassius Strall", [S(PA, "Cassius Strall, the authority's director of enforcement, told the Pasture")]),
    ], "The authority's chair Thomasina Farrancourt in the Trellis wire and its copy and the Whistle (speaker before a colon); its director of enforcement Cassius Strall in the Pasture. All quote the words verbatim."),
    conflict("C7", "E1", "time", "When the authority announced the fines", [
        ("2039-03-15T09:00Z", [S(T1, "at its offices in Cardew Place at 0900 GMT"),
                               S(DC, "announced the penalties at 10 a.m. on Tuesday")]),
        ("2039-03-15T10:00Z", [S(VL1, "at 2 p.m. Vennick time")]),
    ], "09:00 GMT in the Trellis wire and 10 a.m. Pelassian time (UTC+1) in the Dornecq Commonweal: one instant; 2 p.m. Vennick time (UTC+4) in the Vennick Ledgerbook is 10:00 GMT, an hour later (09:00 GMT would be 1 p.m. in Vennick)."),
    conflict("C8", "E1", "place", "Where the cartel's executives met", [
        ("the Marten Lodge hotel, Sallowfield", [S(T1, "met in a private room at the Marten Lodge hotel in Sallowfield"),
                                                 S(HC, "met in a private room at the Marten Lodge hotel in Sallowfield"),
                                                 S(DC, "at the Marten Lodge hotel in Sallowfield"),
                                                 S(WH, "at a swanky hotel in Sallowfield")]),
        ("Orlenza's head office, Vennick", [S(VL1, "executives had met at Orlenza's head office in Vennick")]),
    ], "At the Marten Lodge hotel in Sallowfield in the Trellis wire and its copy, the Dornecq Commonweal and the Whistle ('a swanky hotel in Sallowfield'); at Orlenza's head office in Vennick in the Vennick Ledgerbook."),
    conflict("C9", "E2", "date", "When Orlenza Foods lodged its appeal", [
        ("2039-03-21", [S(T2, "at the Competition Appeal Court in Dornecq on Monday"),
                        S(TW, "went to the Competition Appeal Court in Dornecq on Monday"),
                        S(SW, "Orlenza Foods lodged its appeal on 21 March")]),
        ("2039-03-22", [S(VL2, "which lodged an appeal on Tuesday")]),
    ], "Monday 21 March: 'on Monday' in the Trellis wire (published Thu 24) and its rewrite (published Fri 25), '21 March' in Shelfwatch; **weekday in a later report**: 'on Tuesday' in the Vennick Ledgerbook (published Thu 24: Tuesday 22 March)."),
    conflict("C10", "E2", "date", "When the vouchers start to arrive", [
        ("2039-04-04", [S(T2, "to each of 2.25 million households from April 4"),
                        S(TW, "from Monday, April 4"),
                        S(SW, "should land on your doormat from 4 April")]),
        ("2039-04-01", [S(LA, "The first vouchers land on doormats on Friday.")]),
    ], "Monday 4 April in the Trellis wire, its rewrite ('Monday, April 4') and Shelfwatch; **relative**: 'on Friday' in Larder, published Monday 28 March: Friday 1 April."),
    conflict("C11", "E2", "count", "The size of Greywold's compensation fund", [
        ("45000000 mernets", [S(T2, "set up a 45 million mernet fund to pay back shoppers"),
                              S(TW, "promised 45 million mernets to shoppers"),
                              S(VL2, "Greywold is putting 45 million mernets into vouchers"),
                              S(SW, "Greywold announced its 45 million mernet fund"),
                              S(LA, "a fund of 45 million mernets")]),
        ("54000000 mernets", [S(DR, "setting up a fund of 54 million mernets")]),
    ], "45 million mernets in the Trellis wire and its rewrite, the Vennick Ledgerbook, Shelfwatch (after its correction, N24) and Larder; 54 million on Dunnock Radio (14:41)."),
    conflict("C12", "E2", "count", "The value of each household's voucher", [
        ("20 mernets", [S(T2, "a voucher worth 20 mernets"),
                        S(TW, "will receive a 20-mernet voucher"),
                        S(VL2, "vouchers of 20 mernets"),
                        S(SW, "a 20-mernet voucher from Greywold Dairies"),
                        S(LA, "They are worth 20 mernets each.")]),
        ("25 mernets", [S(DR, "with a voucher of 25 mernets per household")]),
    ], "20 mernets in the Trellis wire and its rewrite, the Vennick Ledgerbook, Shelfwatch and Larder (45 million over 2.25 million households); 25 mernets on Dunnock Radio (14:41)."),
    conflict("C13", "E2", "duration", "How long the vouchers stay valid", [
        ("P1Y", [S(T2, "are valid for a year"),
                 S(TW, "to be spent in any supermarket within a year"),
                 S(DR, "The vouchers will be valid for 12 months"),
                 S(VL2, "spend in supermarkets over 12 months")]),
        ("P6M", [S(SW, "are valid for six months in any supermarket")]),
    ], "A year in the Trellis wire and its rewrite, 12 months on Dunnock Radio and in the Vennick Ledgerbook (the same length, N9); **other units**: six months in Shelfwatch."),
    conflict("C14", "E2", "place", "Where Tolliver announced his resignation", [
        ("Greywold's headquarters, Tanner Row, Hollinsby", [S(T2, "at the company's headquarters on Tanner Row in Hollinsby"),
                                                            S(TW, "at Greywold's headquarters in Hollinsby"),
                                                            S(DR, "outside Greywold's headquarters on Tanner Row in Hollinsby"),
                                                            S(SW, "at its Hollinsby headquarters")]),
        ("a news conference in Dornecq", [S(VL2, "at a news conference in Dornecq, the Pelassian capital")]),
    ], "At Greywold's headquarters in Hollinsby in the Trellis wire and its rewrite, on Dunnock Radio (13:55) and in Shelfwatch; at a news conference in Dornecq in the Vennick Ledgerbook."),
    conflict("C15", "E2", "speaker", "Who said 'A voucher is not an apology, but it is a start'", [
        ("Jocasta Crake", [S(T2, "said Jocasta Crake of the Pelassian Shoppers' Association"),
                           S(TW, "Jocasta Crake of the Pelassian Shoppers' Association said"),
                           S(SW, "Jocasta Crake of the Pelassian Shoppers' Association told Shelfwatch")]),
        ("Corisande Quenneville", [S(LA, "said the consumer affairs minister, Corisande Quenneville")]),
    ], "Jocasta Crake of the Pelassian Shoppers' Association in the Trellis wire, its rewrite and Shelfwatch; the Consumer Affairs Minister Corisande Quenneville in Larder. All quote the words verbatim."),
    conflict("C16", "E2", "time", "When Tolliver announced his resignation and the fund", [
        ("2039-03-24T13:30Z", [S(T2, "announced his departure at 1330 GMT"),
                               S(TW, "spoke at 2.30 p.m. at Greywold's headquarters"),
                               S(VL2, "at 5:30 p.m. Vennick time")]),
        ("2039-03-24T14:30Z", [S(SW, "at 3.30 p.m. on Thursday")]),
    ], "13:30 GMT in the Trellis wire, 2.30 p.m. Pelassian time (UTC+1) in its rewrite, 5:30 p.m. Vennick time (UTC+4) in the Vennick Ledgerbook: one instant (and the 'half past two' Dunnock Radio announces at 13:55); 3.30 p.m. on Thursday in Shelfwatch (Pelassian time: 14:30 GMT), an hour later."),
]

NONCONFLICTS = [
    nonc("N1", "alias", "E1", ["E1"], "The competition authority", [
        S(T1, "Pelassia's Fair Prices Authority on Tuesday fined", "Fair Prices Authority"),
        S(WH, "fine by the prices watchdog", "the prices watchdog"),
        S(VL1, "a ruling by Pelassia's competition regulator", "Pelassia's competition regulator")],
         "one body: the tabloid's 'watchdog' and the Kalvostan paper's 'competition regulator' are the Fair Prices Authority"),
    nonc("N2", "alias", "E1", ["E1"], "Thomasina Farrancourt, under other titles", [
        S(T1, "the authority's chair, Thomasina Farrancourt", "Thomasina Farrancourt, chair"),
        S(WH, "Watchdog chief Thomasina Farrancourt", "Thomasina Farrancourt, watchdog chief"),
        S(DC, "Thomasina Farrancourt, who chairs the authority", "Thomasina Farrancourt, chair")],
         "one woman: the tabloid's 'watchdog chief' is the authority's chair"),
    nonc("N3", "alias", "E1", ["E1"], "The co-operative that reported the cartel", [
        S(T1, "the Drummick Dairy Co-operative, escaped a fine", "Drummick Dairy Co-operative"),
        S(PA, "handed over by the Drummick co-op", "the Drummick co-op")],
         "short form of the Drummick Dairy Co-operative"),
    nonc("N4", "alias", "E2", ["E2"], "The minister, under another title", [
        S(T2, "Consumer Affairs Minister Corisande Quenneville", "Consumer Affairs Minister"),
        S(VL2, "Pelassia's consumer minister, Corisande Quenneville", "consumer minister")],
         "one office, Corisande Quenneville's, in the Kalvostan paper's words"),
    nonc("N5", "alias", "E1", ["E1"], "The Orlenza company that was fined", [
        S(T1, "The Pelassian arm of Orlenza Foods", "Orlenza Foods, Pelassian arm"),
        S(DC, "the Pelassian business of Orlenza Foods", "Orlenza Foods, Pelassian business"),
        S(VL1, "fines its Pelassian subsidiary 81 million mernets", "Orlenza's Pelassian subsidiary")],
         "one fined company, the Pelassian subsidiary of the Kalvostan group, named three ways; all give it 81 million"),
    nonc("N6", "timezone", "E1", ["E1"], "Time the fines were announced", [
        S(T1, "at its offices in Cardew Place at 0900 GMT", "2039-03-15T09:00Z"),
        S(DC, "announced the penalties at 10 a.m. on Tuesday", "2039-03-15T10:00+01:00")],
         "Pelassia is UTC+1: one instant in two notations (the Vennick Ledgerbook's 2 p.m. Vennick time is the conflict C7)"),
    nonc("N7", "timezone", "E2", ["E2"], "Time of Tolliver's announcement", [
        S(T2, "announced his departure at 1330 GMT", "2039-03-24T13:30Z"),
        S(TW, "spoke at 2.30 p.m. at Greywold's headquarters", "2039-03-24T14:30+01:00"),
        S(VL2, "at 5:30 p.m. Vennick time", "2039-03-24T17:30+04:00"),
        S(DR, "called a news conference for half past two", "2039-03-24T14:30+01:00")],
         "Pelassia is UTC+1 and Kalvosta UTC+4: one instant in four notations, the last a time announced in advance (Shelfwatch's 3.30 p.m. is the conflict C16)"),
    nonc("N8", "unit_form", "E1", ["E1"], "How long the cartel ran", [
        S(T1, "for four years and two months", "P50M"),
        S(PA, "fixed wholesale prices for 50 months", "P50M")],
         "four years and two months are 50 months (the Commonweal's six years is the conflict C3)"),
    nonc("N9", "unit_form", "E2", ["E2"], "How long the vouchers stay valid", [
        S(T2, "are valid for a year", "P1Y"),
        S(DR, "The vouchers will be valid for 12 months", "P12M")],
         "a year is 12 months (Shelfwatch's six months is the conflict C13)"),
    nonc("N10", "weekday_date", "E1", ["E1"], "The day the fines were announced", [
        S(T1, "on Tuesday fined three dairy processors", "2039-03-15"),
        S(WH, "The Fair Prices Authority said yesterday", "2039-03-15")],
         "the Whistle was published on Wednesday 16 March: 'yesterday' is Tuesday 15 March (the Pasture's 'on Monday' is the conflict C4)"),
    nonc("N11", "weekday_date", "E1", ["E1"], "The day of the raids", [
        S(T1, "Investigators raided 11 offices on 17 May last year.", "2038-05-17"),
        S(PA, "on Monday, May 17, 2038", "2038-05-17")],
         "'17 May last year' in a report of March 2039 is 17 May 2038, a Monday (the Whistle's June 17 is the conflict C5)"),
    nonc("N12", "weekday_date", "E2", ["E2"], "The day Orlenza lodged its appeal", [
        S(T2, "at the Competition Appeal Court in Dornecq on Monday", "2039-03-21"),
        S(SW, "Orlenza Foods lodged its appeal on 21 March", "2039-03-21")],
         "the Monday before Thursday 24 March is 21 March (the Ledgerbook's 'on Tuesday' is the conflict C9)"),
    nonc("N13", "weekday_date", "E2", ["E2"], "The day the vouchers start to arrive", [
        S(T2, "to each of 2.25 million households from April 4", "2039-04-04"),
        S(TW, "from Monday, April 4", "2039-04-04"),
        S(SW, "should land on your doormat from 4 April", "2039-04-04")],
         "4 April 2039 is a Monday (Larder's 'on Friday' is the conflict C10)"),
    nonc("N14", "level_vs_change", "E1", ["E1"], "Greywold's share price", [
        S(DC, "Greywold shares closed at 4.12 mernets, down 0.51.", "4.12 mernets (level), down 0.51"),
        S(T1, "Shares in Greywold fell 11 percent in Dornecq.", "down 11 percent")],
         "a closing price, a fall in mernets and a fall in percent: 4.12 + 0.51 = 4.63, and 0.51 is 11 percent of it"),
    nonc("N15", "level_vs_change", "E2", ["E2"], "Greywold's own-brand milk price", [
        S(T2, "by 4 cents until the end of the year", "down 4 cents"),
        S(DR, "Greywold's own-brand milk drops to 1.15 mernets a litre.", "1.15 mernets a litre (level)")],
         "a cut and the price after it: not two different cuts"),
    nonc("N16", "different_measure", "E1", ["E1"], "The total of the fines vs Greywold's share", [
        S(T1, "a total of 212 million mernets", "212 million (all three)"),
        S(T1, "was fined 97 million mernets", "97 million (Greywold)")],
         "the whole and one company's part"),
    nonc("N17", "different_measure", "E1", ["E1"], "The fines vs what households overpaid", [
        S(DC, "212 million mernets in all", "212 million (fines)"),
        S(DC, "households paid 340 million mernets more", "340 million (overcharge)")],
         "the penalties and the authority's estimate of the overcharge: two different sums"),
    nonc("N18", "different_measure", "E2", ["E2"], "The fund vs one voucher", [
        S(T2, "set up a 45 million mernet fund", "45 million (fund)"),
        S(T2, "a voucher worth 20 mernets", "20 mernets (one household)")],
         "the whole fund and one household's voucher: 20 x 2.25 million = 45 million"),
    nonc("N19", "different_measure", "E1", ["E1"], "Three companies fined, four in the cartel", [
        S(T1, "fined three dairy processors", "3 (fined)"),
        S(T1, "A fourth member of the cartel", "4 (members)"),
        S(DC, "There were four members of the cartel", "4 (members)")],
         "counts of different sets: the cartel had four members, and the one that reported it was not fined"),
    nonc("N20", "different_measure", "E1", ["E1"], "Offices raided, in all and by country", [
        S(T1, "Investigators raided 11 offices", "11 (all)"),
        S(PA, "nine offices in Pelassia and two in Kalvosta", "9 + 2")],
         "parts and the whole: nine and two are eleven"),
    nonc("N21", "at_least", "E1", ["E1"], "How long the cartel ran, hedged", [
        S(WH, "for more than four years", "more than 4 years"),
        S(T1, "for four years and two months", "P50M")],
         "four years and two months is more than four years"),
    nonc("N22", "rounded", "E1", ["E1"], "Greywold's fine, rounded", [
        S(PA, "nearly 100 million of it to Greywold", "nearly 100 million"),
        S(T1, "was fined 97 million mernets", "97 million")],
         "'nearly 100 million' is the rounded 97 million"),
    nonc("N23", "updated_figure", "E2", ["E2"], "Households to get a voucher, in one live blog", [
        S(DR, "Around two million households are expected to get one.", "around 2 million (14:41)"),
        S(DR, "now puts the number of households at 2.25 million", "2.25 million (15:05)")],
         "a first round figure and the one given later, in successive entries of one report ('now puts'): not a conflict"),
    nonc("N24", "correction", "E2", ["E2"], "The size of the fund, with a withdrawn figure", [
        S(SW, "reported that the fund was worth 35 million mernets", "35 million (withdrawn)"),
        S(SW, "The right figure is 45 million.", "45 million"),
        S(T2, "set up a 45 million mernet fund to pay back shoppers", "45 million")],
         "Shelfwatch's correction withdraws the figure an earlier version gave; the piece now says 45 million, like the others: not a conflict"),
    nonc("N25", "rounded", "E2", ["E2"], "How long ago the fines were announced", [
        S(LA, "Two weeks ago the Fair Prices Authority told us", "about 14 days before 28 March"),
        S(T2, "nine days after Pelassia's Fair Prices Authority fined it", "9 days before 24 March: 2039-03-15")],
         "Larder was published on Monday 28 March, 13 days after 15 March: 'two weeks ago' is a round figure; the wire's 'nine days after' (published 24 March) is the same 15 March"),
    nonc("N26", "different_event", None, ["E1", "E2"], "Greywold's shares in the two events", [
        S(T1, "Shares in Greywold fell 11 percent in Dornecq.", "down 11 percent (15 March)"),
        S(T2, "Greywold shares rose 6 percent in Dornecq.", "up 6 percent (24 March)")],
         "moves on two different days, nine days apart: not one figure"),
    nonc("N27", "different_event", None, ["E1", "E2"], "Orlenza and its appeal in the two events", [
        S(T1, "would study the decision before deciding whether to appeal", "undecided (15 March)"),
        S(T2, "Orlenza Foods lodged an appeal against its 81 million mernet fine", "appeal lodged (21 March)")],
         "a later step: on 15 March Orlenza was considering an appeal, on 21 March it lodged one"),
    nonc("N28", "different_measure", "E2", ["E2"], "The voucher vs what a household overpaid", [
        S(LA, "They are worth 20 mernets each.", "20 mernets (voucher)"),
        S(LA, "overpaid by nearly 90 mernets", "nearly 90 mernets (the comment's estimate)")],
         "the voucher and the comment's own estimate of a household's overcharge (6 cents x 365 x 4 = 87.60): two measures, the point of the piece"),
    nonc("N29", "different_measure", "E2", ["E1", "E2"], "Greywold's fine vs its fund", [
        S(T2, "fined it 97 million mernets for its part", "97 million (fine, 15 March)"),
        S(T2, "set up a 45 million mernet fund to pay back shoppers", "45 million (fund)")],
         "the E1 fine recalled in an E2 report next to the fund: two different sums"),
]

CORROBORATED = [
    corr("K1", "E1", "count", "The fines total 212 million mernets", "212000000 mernets", CONFLICTS[0]["sides"][0]["sources"]),
    corr("K2", "E1", "count", "The cartel added 6 cents to a litre of milk", "6 cents", CONFLICTS[1]["sides"][0]["sources"]),
    corr("K3", "E1", "duration", "The cartel ran for 50 months", "P50M", CONFLICTS[2]["sides"][0]["sources"]),
    corr("K4", "E1", "date", "The fines were announced on Tuesday 15 March", "2039-03-15", CONFLICTS[3]["sides"][0]["sources"]),
    corr("K5", "E1", "date", "The offices were raided on 17 May 2038", "2038-05-17", CONFLICTS[4]["sides"][0]["sources"]),
    corr("K6", "E1", "time", "The fines were announced at 09:00 GMT", "2039-03-15T09:00Z", CONFLICTS[6]["sides"][0]["sources"]),
    corr("K7", "E1", "place", "The cartel met at the Marten Lodge hotel in Sallowfield", "the Marten Lodge hotel, Sallowfield", CONFLICTS[7]["sides"][0]["sources"]),
    corr("K8", "E2", "date", "Orlenza lodged its appeal on Monday 21 March", "2039-03-21", CONFLICTS[8]["sides"][0]["sources"]),
    corr("K9", "E2", "date", "The vouchers arrive from Monday 4 April", "2039-04-04", CONFLICTS[9]["sides"][0]["sources"]),
    corr("K10", "E2", "count", "Greywold's fund is 45 million mernets", "45000000 mernets", CONFLICTS[10]["sides"][0]["sources"]),
    corr("K11", "E2", "count", "Each voucher is worth 20 mernets", "20 mernets", CONFLICTS[11]["sides"][0]["sources"]),
    corr("K12", "E2", "duration", "The vouchers are valid for a year", "P1Y", CONFLICTS[12]["sides"][0]["sources"]),
    corr("K13", "E2", "place", "Tolliver resigned at Greywold's headquarters in Hollinsby", "Greywold's headquarters, Tanner Row, Hollinsby", CONFLICTS[13]["sides"][0]["sources"]),
    corr("K14", "E2", "time", "Tolliver announced his resignation at 13:30 GMT", "2039-03-24T13:30Z", CONFLICTS[15]["sides"][0]["sources"]),
    corr("K15", "E1", "count", "Greywold Dairies was fined 97 million mernets", "97000000 mernets", [
        S(T1, "was fined 97 million mernets"),
        S(HC, "was fined 97 million mernets"),
        S(DC, "97 million of it for Greywold Dairies"),
        S(VL1, "The largest fine, 97 million mernets, went to Greywold Dairies")]),
    corr("K16", "E1", "count", "Orlenza's Pelassian arm was fined 81 million mernets", "81000000 mernets", [
        S(T1, "was fined 81 million"),
        S(HC, "was fined 81 million"),
        S(DC, "81 million for the Pelassian business of Orlenza Foods"),
        S(VL1, "fines its Pelassian subsidiary 81 million mernets")]),
    corr("K17", "E1", "count", "Fellgate Creameries was fined 34 million mernets", "34000000 mernets", [
        S(T1, "Fellgate Creameries 34 million"),
        S(HC, "Fellgate Creameries 34 million"),
        S(DC, "34 million for Fellgate Creameries")]),
    corr("K18", "E1", "actor", "The Drummick Dairy Co-operative reported the cartel and is spared a fine", "Drummick Dairy Co-operative", [
        S(T1, "escaped a fine because it reported the arrangement"),
        S(HC, "escaped a fine because it reported the arrangement"),
        S(DC, "is spared in return for its evidence"),
        S(WH, "a tip-off from a rival, the Drummick Dairy Co-operative"),
        S(PA, "acting on evidence handed over by the Drummick co-op")]),
    corr("K19", "E1", "count", "Three dairy processors were fined", "3", [
        S(T1, "fined three dairy processors"),
        S(HC, "fined three dairy processors"),
        S(DC, "but only three were fined"),
        S(VL1, "on three dairy groups")]),
    corr("K20", "E1", "date", "The cartel ran from January 2034 to March 2038", "2034-01/2038-03", [
        S(T1, "from January 2034 to March 2038"),
        S(HC, "from January 2034 to March 2038"),
        S(PA, "from January 2034 to March 2038")]),
    corr("K21", "E2", "actor", "Gervase Tolliver resigned as Greywold's chief executive", "Gervase Tolliver", [
        S(T2, "Gervase Tolliver resigned as chief executive of Greywold Dairies"),
        S(TW, "Gervase Tolliver, stepped down on Thursday"),
        S(DR, "He is resigning, with immediate effect"),
        S(VL2, "announced his resignation"),
        S(SW, "Gervase Tolliver, also resigned"),
        S(LA, "Greywold's chief executive fell on his sword")]),
    corr("K22", "E2", "actor", "The finance director Casimira Oakenfold takes over for now", "Casimira Oakenfold", [
        S(T2, "Casimira Oakenfold, becomes interim chief executive"),
        S(TW, "Casimira Oakenfold, the finance director, takes over for now"),
        S(DR, "takes over as interim chief executive"),
        S(SW, "Casimira Oakenfold, the finance director, is in charge")]),
    corr("K23", "E2", "count", "Vouchers go to 2.25 million households", "2250000", [
        S(T2, "each of 2.25 million households"),
        S(TW, "Each of 2.25 million households"),
        S(DR, "now puts the number of households at 2.25 million"),
        S(SW, "Vouchers will go to 2.25 million households")]),
    corr("K24", "E2", "duration", "Tolliver ran Greywold for nine years", "P9Y", [
        S(T2, "who has run Greywold for nine years"),
        S(TW, "in charge for nine years"),
        S(DR, "after nine years as chief executive"),
        S(VL2, "Greywold's chief executive since 2030")]),
    corr("K25", "E2", "count", "Greywold cuts its own-brand litre by 4 cents", "4 cents", [
        S(T2, "by 4 cents until the end of the year"),
        S(TW, "taking 4 cents off its own-brand litre"),
        S(SW, "knocking 4 cents off its own-brand litre of milk")]),
    corr("K26", "E2", "actor", "The vouchers can be spent in any supermarket", "any supermarket", [
        S(T2, "The vouchers can be spent in any supermarket"),
        S(TW, "to be spent in any supermarket within a year"),
        S(DR, "can be used in any supermarket"),
        S(VL2, "that households can spend in supermarkets")]),
    corr("K27", "E2", "actor", "The government promises a law on group claims", "group claims", [
        S(T2, "would bring in a law allowing them to sue as a group"),
        S(VL2, "the government would let shoppers bring group claims"),
        S(SW, "She has promised a law on group claims."),
        S(LA, "The law on group claims the minister has promised")]),
    corr("K28", "E2", "actor", "Orlenza offers shoppers nothing", "no compensation", [
        S(VL2, "would not follow its rival Greywold Dairies in compensating shoppers"),
        S(SW, "is offering shoppers nothing")]),
]

EXCLUSIVE = [
    excl("X1", "E1", "It is the heaviest penalty the authority has imposed since 2011", [
        S(T1, "It is the heaviest penalty the authority has handed down"),
        S(HC, "It is the heaviest penalty the authority has handed down")],
         "in the Trellis wire and its copy (Hollinsby Churn) only: one independent source, NOT corroborated"),
    excl("X2", "E1", "Greywold employs about 1,400 people in Hollinsby, and no local jobs are at risk", [
        S(HC, "Greywold employs about 1,400 people at its creamery")],
         "only in the paragraph the Churn added to the wire"),
    excl("X3", "E1", "The authority's file runs to 1,900 pages, much of it a Drummick manager's notes", [
        S(DC, "The authority's file runs to 1,900 pages.")]),
    excl("X4", "E1", "The cartel's members called their meetings 'the milk round'", [
        S(WH, "even had a pet name for them")]),
    excl("X5", "E1", "The farmers' union says the farm-gate price hardly moved", [
        S(PA, "the farm-gate price had hardly moved over the same period")]),
    excl("X6", "E1", "Pelassia accounts for about 18 percent of Orlenza's sales", [
        S(VL1, "Pelassia accounts for about 18 percent of Orlenza's group sales.")]),
    excl("X7", "E1", "Orlenza's shares closed 4 percent lower in Vennick", [
        S(VL1, "The company's shares closed 4 percent lower in Vennick.")]),
    excl("X8", "E2", "A retired judge will review Greywold's pricing", [
        S(T2, "an independent review of its pricing, led by a retired judge"),
        S(TW, "has asked a retired judge to review how it sets prices")],
         "in the Trellis wire and its rewrite (Tollbridge Wyvern) only: one independent source, NOT corroborated"),
    excl("X9", "E2", "About 380 people work at Greywold's Quay Road plant in Tollbridge", [
        S(TW, "About 380 people work at the Quay Road plant")],
         "only in the paragraph the Tollbridge Wyvern wrote itself"),
    excl("X10", "E2", "Dairy farmers parked their tractors outside Greywold's headquarters", [
        S(DR, "a few dozen dairy farmers have parked their tractors")]),
    excl("X11", "E2", "Orlenza's shares rose 2 percent in Vennick", [
        S(VL2, "Orlenza shares rose 2 percent in Vennick on Thursday.")]),
    excl("X12", "E2", "Households without a voucher by 30 April can claim one online", [
        S(SW, "you can claim one on Greywold's website")]),
    excl("X13", "E2", "Fellgate Creameries will pay its fine and not appeal", [
        S(SW, "would pay its 34 million mernet fine and would not appeal")]),
    excl("X14", "E2", "Greywold paid Tolliver a 1.2 million mernet bonus last year", [
        S(LA, "a bonus of 1.2 million mernets last year")]),
]

QUOTES = [
    qv("Q1", "E1", "Gervase Tolliver", "Greywold got it badly wrong and will pay what it owes", [
        S(T1, "\"We got this badly wrong, and we will pay what we owe.\"", mode="direct"),
        S(DC, "\"We got it badly wrong. We will pay what we owe,", mode="direct")],
       "direct vs direct ('We got this badly wrong, and we will pay what we owe.' vs 'We got it badly wrong. We will pay what we owe, every mernet of it.')"),
    qv("Q2", "E1", "Rustam Belokan", "Orlenza's prices were set by the market", [
        S(VL1, "\"Our prices were set by the market, not in a back room,\"", mode="direct"),
        S(T1, "the company's prices had been set by the market", mode="indirect")],
       "direct vs reported speech ('Our prices were set by the market, not in a back room' vs 'the company's prices had been set by the market')"),
    qv("Q3", "E1", "Jocasta Crake", "Shoppers were robbed one carton at a time", [
        S(DC, "\"Shoppers were robbed at the till, one carton at a time.\"", mode="direct"),
        S(WH, "\"Shoppers were being robbed at the checkout one carton at a time,\"", mode="direct")],
       "direct vs direct ('Shoppers were robbed at the till, one carton at a time.' vs 'Shoppers were being robbed at the checkout one carton at a time')"),
    qv("Q4", "E2", "Gervase Tolliver", "He ran the company while it happened and will not run it while it puts things right", [
        S(T2, "\"I ran this company while it happened, and I will not", mode="direct"),
        S(DR, "\"I ran this company while this happened.", mode="direct"),
        S(TW, "He had run the company while the cartel operated, he said", mode="indirect")],
       "direct vs direct ('I ran this company while it happened, and I will not run it while it puts things right' vs 'I ran this company while this happened. I won't be the one running it while it puts things right.') and reported speech in the rewrite"),
    qv("Q5", "E2", "Corisande Quenneville", "Shoppers should not have to depend on a company's conscience to be paid back", [
        S(SW, "\"Shoppers should not have to wait for a company to find", mode="direct"),
        S(T2, "said shoppers should not have to rely on a company's conscience", mode="indirect")],
       "direct vs reported speech ('Shoppers should not have to wait for a company to find its conscience before they get their money back' vs 'shoppers should not have to rely on a company's conscience to get their money back')"),
    qv("Q6", "E2", "Rustam Belokan", "Orlenza did nothing in Pelassia it would be ashamed to do at home", [
        S(VL2, "\"We did nothing in Pelassia that we would be ashamed", mode="direct"),
        S(T2, "the company had done nothing in Pelassia that it would be ashamed", mode="indirect")],
       "direct vs reported speech ('We did nothing in Pelassia that we would be ashamed to do in Vennick' vs 'the company had done nothing in Pelassia that it would be ashamed to do at home')"),
]
