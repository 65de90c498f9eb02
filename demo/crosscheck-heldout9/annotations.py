# The planted items of demo/crosscheck-heldout9, read by build_gold.py (which defines S, conflict,
# nonc, corr, excl, qv and the report names W1 ... HS before executing this file).
# Time zones: Velderra (Carrowin, Skarrow) UTC+1, Izmark (Zheltava) UTC+3, Calvany (Lindhallow) UTC+0.

CONFLICTS = [
    conflict("C1", "E1", "date", "When the exchange agreement was signed in Lindhallow", [
        ("2032-04-06", [S(W1, "The agreement was signed in Lindhallow on April 6"),
                        S(SL, "The agreement was signed in Lindhallow on April 6"),
                        S(ZG1, "The agreement behind the exchange was signed on 6 April")]),
        ("2032-04-08", [S(CI1, "The deal was struck in Lindhallow on 8 April")]),
    ], "6 April in the MWS wire and its copy ('April 6') and the Zheltava Glas ('6 April', 'in the Calvanian capital'); 8 April in the Carrowin Inquirer ('The deal was struck')."),
    conflict("C2", "E2", "date", "When the joint commission on the missing first meets", [
        ("2032-05-03", [S(W2, "which will hold its first session on May 3"),
                        S(CN, "on the missing meets for the first time on 3 May."),
                        S(ZG2, "will first meet on 3 May, with six members from each side")]),
        ("2032-04-30", [S(HS, "due to meet a week after the talks ended")]),
    ], "3 May in the MWS wire, Chancery Notes and the Zheltava Glas; 'a week after the talks ended' in Hindsight: the talks ended on Friday 23 April, so Friday 30 April."),
    conflict("C3", "E1", "count", "How many Velderran prisoners Izmark freed", [
        ("68", [S(W1, "Izmark freed 68 Velderrans"),
                S(SL, "Izmark freed 68 Velderrans"),
                S(RS, "Nine of the 68 Velderrans who came home were civilians")]),
        ("62", [S(ZG1, "Izmark handed over 62 Velderran prisoners")]),
    ], "68 in the MWS wire and its copy, and on Radio Skarrow ('Nine of the 68 Velderrans who came home'); 62 in the Zheltava Glas, citing the Defence Ministry in Zheltava."),
    conflict("C4", "E1", "count", "How many rounds of talks led to the exchange agreement", [
        ("11", [S(W1, "after 11 rounds of talks mediated by the Calvanian envoy"),
                S(SL, "after 11 rounds of talks mediated by the Calvanian envoy"),
                S(CI1, "It had taken eleven rounds of talks in the Calvanian capital"),
                S(BB, "the culmination of eleven rounds of Calvanian-brokered talks")]),
        ("7", [S(RS, "needed seven rounds of talks in Lindhallow to reach the deal")]),
    ], "11 in the MWS wire and its copy, the Carrowin Inquirer ('eleven') and Borderlands Brief; seven on Radio Skarrow, citing the Foreign Ministry."),
    conflict("C5", "E2", "count", "How many missing people the exchanged lists name", [
        ("412", [S(W2, "The two delegations exchanged lists of 412 missing people"),
                 S(CI2, "412 names in all"),
                 S(ZG2, "Of the 412 people on the two lists, 158 are civilians."),
                 S(HS, "It will start with the 412 names the two sides exchanged.")]),
        ("312", [S(CN, "Each side handed the other lists naming 312 missing people.")]),
    ], "412 in the MWS wire, the Carrowin Inquirer ('412 names in all'), the Zheltava Glas (a partitive that gives the total) and Hindsight; 312 in Chancery Notes."),
    conflict("C6", "E1", "place", "Where the prisoners were exchanged", [
        ("the Pellin crossing", [S(W1, "exchanged 143 prisoners at the Pellin border crossing on Thursday"),
                                 S(SL, "exchanged 143 prisoners at the Pellin border crossing on Thursday"),
                                 S(CI1, "The crowd on the Velderran side of the Pellin crossing"),
                                 S(ZG1, "after the exchange at the Pelin crossing on 15 April")]),
        ("the Drusk crossing", [S(BB, "swapped 143 prisoners at the Drusk crossing on their shared border")]),
    ], "The Pellin crossing in the MWS wire and its copy, the Carrowin Inquirer and the Zheltava Glas (under the Izmarki spelling Pelin); the Drusk crossing in Borderlands Brief."),
    conflict("C7", "E2", "place", "Where the follow-up meeting was held", [
        ("the Aldermoot Palace, Lindhallow", [S(W2, "a two-day meeting at the Aldermoot Palace in Lindhallow"),
                                              S(LW, "Two days of talks at the Aldermoot Palace ended on Friday"),
                                              S(CN, "The talks took place at the Aldermoot Palace"),
                                              S(CI2, "the Calvanian foreign ministry's guesthouse on the lake")]),
        ("Saltbeck", [S(HS, "from Lindhallow to the port city of Saltbeck")]),
    ], "The Aldermoot Palace in Lindhallow in the MWS wire and its rewrite, Chancery Notes (which calls it the foreign ministry's lakeside guesthouse) and the Carrowin Inquirer (the guesthouse on the lake, dateline LINDHALLOW); the port city of Saltbeck in Hindsight ('moved at the last minute from Lindhallow')."),
    conflict("C8", "E1", "duration", "How long the handover took", [
        ("PT3H", [S(W1, "The whole handover took three hours."),
                  S(SL, "The whole handover took three hours."),
                  S(ZG1, "Calvanian monitors watched the three-hour handover"),
                  S(RS, "It was three hours after the first bus before the last")]),
        ("PT5H", [S(BB, "the handover dragged on for five hours")]),
    ], "three hours in the MWS wire and its copy, the Zheltava Glas ('the three-hour handover') and Radio Skarrow ('It was three hours after the first bus before the last of the Velderrans was across'); five hours in Borderlands Brief ('dragged on')."),
    conflict("C9", "E1", "duration", "How long the journalist Dara Kilbane had been held", [
        ("P14M", [S(W1, "who had been held for 14 months on spying charges"),
                  S(SL, "who had been held for 14 months on spying charges"),
                  S(CI1, "walked off the bus after 14 months in an Izmarki prison")]),
        ("P2Y (nearly)", [S(ZG1, "who had spent nearly two years in custody in Zheltava")]),
    ], "14 months in the MWS wire and its copy and the Carrowin Inquirer; 'nearly two years' (some 22-23 months at the least) in the Zheltava Glas."),
    conflict("C10", "E2", "duration", "Within how long all civilian detainees are to be freed", [
        ("P30D", [S(W2, "to free all the civilians each still holds within 30 days"),
                  S(CI2, "every civilian detainee has to be freed in the next 30 days"),
                  S(ZG2, "came home on Saturday with a 30-day deadline")]),
        ("P60D", [S(LW, "will be home within 60 days")]),
    ], "30 days in the MWS wire, the Carrowin Inquirer and the Zheltava Glas ('a 30-day deadline'); 60 days in the Lindhallow Wayfarer, the wire's own rewrite."),
    conflict("C11", "E1", "speaker", "Who said 'I counted every day in that cell, and this morning I stopped counting'", [
        ("Dara Kilbane", [S(W1, "Kilbane said as he stepped off the bus"),
                          S(SL, "Kilbane said as he stepped off the bus"),
                          S(CI1, "he told reporters at the barrier")]),
        ("Niall Brackett", [S(BB, "this morning I stopped counting,\" said Brackett.")]),
    ], "The freed journalist Dara Kilbane in the MWS wire and its copy and the Carrowin Inquirer ('he told reporters', Kilbane named in the sentence before); the freed infantryman Corporal Niall Brackett in Borderlands Brief ('said Brackett', named in full in the sentence before). Each quotes the words directly."),
    conflict("C12", "E2", "speaker", "Who said 'Every name on these lists is a family that has stopped sleeping'", [
        ("Ylva Alvey", [S(W2, "The Calvanian envoy Ylva Alvey, who brokered last week's exchange"),
                        S(LW, "said Ylva Alvey, the envoy who has shuttled between Carrowin and Zheltava"),
                        S(CN, "Alvey had the line of the day"),
                        S(CI2, "Envoy Ylva Alvey said of the lists")]),
        ("Vasyl Yarchuk", [S(ZG2, "said Vasyl Yarchuk, who led the Izmarki side.")]),
    ], "The Calvanian envoy Ylva Alvey in the MWS wire and its rewrite, Chancery Notes ('had the line of the day:' before the quote) and the Carrowin Inquirer; the Izmarki chief negotiator Vasyl Yarchuk in the Zheltava Glas. Each quotes the words directly."),
    conflict("C13", "E1", "actor", "Who led the convoy of buses across the neutral strip", [
        ("Lise Tromholt", [S(W1, "Major Lise Tromholt of the Calvanian military police led the convoy"),
                           S(SL, "A Calvanian military police officer led the convoy across the strip"),
                           S(RS, "Out in front of the convoy was Major Lise Tromholt"),
                           S(BB, "Calvanian military police under Major Lise Tromholt escorted the convoy")]),
        ("Fergal Dunmore", [S(CI1, "Colonel Fergal Dunmore of the Velderran Border Guard escorted the convoy")]),
    ], "Major Lise Tromholt of the Calvanian military police in the MWS wire (named; its copy says 'A Calvanian military police officer'), Radio Skarrow ('Out in front of the convoy was ... who guided the buses') and Borderlands Brief ('military police under ... escorted'); Colonel Fergal Dunmore of the Velderran Border Guard in the Carrowin Inquirer."),
    conflict("C14", "E2", "actor", "Who chaired the Lindhallow meeting", [
        ("Joris Ondermaat", [S(W2, "Calvanian Foreign Minister Joris Ondermaat, who chaired the meeting"),
                             S(LW, "Foreign Minister Joris Ondermaat chaired the meeting"),
                             S(CI2, "Foreign Minister Joris Ondermaat, host and chairman"),
                             S(ZG2, "the Calvanian foreign minister, Joris Ondermaat, had chaired")]),
        ("Ragna Stromsvik", [S(CN, "was presided over by Calvany's prime minister, Ragna Stromsvik")]),
    ], "Foreign Minister Joris Ondermaat in the MWS wire and its rewrite, the Carrowin Inquirer ('host and chairman') and the Zheltava Glas ('two days of talks that the Calvanian foreign minister, Joris Ondermaat, had chaired'); Prime Minister Ragna Stromsvik in Chancery Notes (a passive, 'presided over by')."),
    conflict("C15", "E1", "time", "When the first bus crossed", [
        ("2032-04-15T09:45Z", [S(W1, "The first bus crossed the neutral strip at 0945 GMT."),
                               S(CI1, "When the first bus came through the barrier at 10:45 a.m."),
                               S(ZG1, "The first bus crossed at 12:45 p.m. Izmarki time.")]),
        ("2032-04-15T08:15Z", [S(RS, "The first bus came through the barrier at a quarter past nine")]),
    ], "09:45 GMT in the MWS wire, 10:45 a.m. Velderran time (UTC+1) in the Carrowin Inquirer and 12:45 p.m. Izmarki time (UTC+3) in the Zheltava Glas: one instant; 'a quarter past nine this morning' on Radio Skarrow, a Velderran station (9:15 Velderran time = 08:15 GMT), an hour and a half earlier."),
    conflict("C16", "E2", "time", "When the joint statement was read out", [
        ("2032-04-23T14:00Z", [S(W2, "read out the joint statement at 1400 GMT"),
                               S(ZG2, "The joint statement was read out at 5 p.m. Zheltava time")]),
        ("2032-04-23T17:00Z", [S(CI2, "The statement came at 6 p.m. Carrowin time on Friday")]),
    ], "14:00 GMT in the MWS wire (which adds '3 p.m. in Carrowin, 5 p.m. in Zheltava') and 5 p.m. Zheltava time (UTC+3) in the Zheltava Glas: one instant; 6 p.m. Carrowin time (UTC+1, so 17:00 GMT) in the Carrowin Inquirer, three hours later. The two '5 p.m.' and '6 p.m.' look alike but the Glas's agrees with the wire and the Inquirer's does not."),
]

NONCONFLICTS = [
    nonc("N1", "alias", "E1", ["E1"], "The Izmarki chief negotiator", [
        S(W1, "Deputy Interior Minister Vasyl Yarchuk, said at the crossing", "Vasyl Yarchuk"),
        S(CI1, "Wasyl Jarczuk, who led the Izmarki side", "Wasyl Jarczuk")],
         "two transliterations of one Izmarki name"),
    nonc("N2", "alias", "E1", ["E1"], "The freed Izmarki helicopter pilot", [
        S(ZG1, "Oleksa Dribňák, a helicopter pilot shot down over the Drusk valley", "Oleksa Dribňák"),
        S(BB, "Among the Izmarkis freed was Oleksa Dribnak, a helicopter pilot.", "Oleksa Dribnak")],
         "Dribnak is Dribňák without the diacritics"),
    nonc("N3", "alias", "E1", ["E1"], "The Calvanian observers of the exchange", [
        S(W1, "observers from the Calvanian Office for Humanitarian Dialogue walking beside", "Calvanian Office for Humanitarian Dialogue"),
        S(BB, "The COHD monitors checked each prisoner's identity twice", "COHD")],
         "COHD is the initials of the Calvanian Office for Humanitarian Dialogue"),
    nonc("N4", "alias", "E2", ["E2"], "Who will publish Velderra's list of the missing once families are told", [
        S(W2, "The Velderran government said it would publish its own list", "Velderran government"),
        S(CI2, "Carrowin will make its list public only after every family", "Carrowin")],
         "Carrowin, the capital, stands for the Velderran government"),
    nonc("N5", "alias", "E1", ["E1"], "The border crossing", [
        S(W1, "exchanged 143 prisoners at the Pellin border crossing on Thursday", "Pellin"),
        S(ZG1, "after the exchange at the Pelin crossing on 15 April", "Pelin")],
         "Pelin is the Izmarki spelling of Pellin"),
    nonc("N6", "timezone", "E1", ["E1"], "Time the first bus crossed", [
        S(W1, "The first bus crossed the neutral strip at 0945 GMT.", "2032-04-15T09:45Z"),
        S(CI1, "When the first bus came through the barrier at 10:45 a.m.", "2032-04-15T10:45+01:00"),
        S(ZG1, "The first bus crossed at 12:45 p.m. Izmarki time.", "2032-04-15T12:45+03:00")],
         "Velderra is UTC+1 and Izmark UTC+3: one instant in three notations (Radio Skarrow's 'quarter past nine' is the conflict C15)"),
    nonc("N7", "timezone", "E2", ["E2"], "Time the joint statement was read out", [
        S(W2, "read out the joint statement at 1400 GMT", "2032-04-23T14:00Z"),
        S(ZG2, "The joint statement was read out at 5 p.m. Zheltava time", "2032-04-23T17:00+03:00")],
         "Zheltava is UTC+3: the same instant (the Carrowin Inquirer's 6 p.m. Carrowin time is the conflict C16)"),
    nonc("N8", "unit_form", "E2", ["E2"], "Length of the Lindhallow meeting", [
        S(W2, "at the end of a two-day meeting at the Aldermoot Palace", "P2D"),
        S(LW, "Two days of talks at the Aldermoot Palace ended on Friday", "P2D"),
        S(ZG2, "closing two days of talks that the Calvanian foreign minister", "P2D")],
         "'a two-day meeting' and 'two days of talks' are one duration"),
    nonc("N9", "unit_form", "E1", ["E1"], "Length of the ceasefire for the exchange", [
        S(W1, "Both sides had agreed a 72-hour ceasefire along the border sector", "PT72H"),
        S(RS, "A truce of three days is in force along this stretch", "P3D")],
         "72 hours are three days"),
    nonc("N10", "weekday_date", "E1", ["E1"], "Day of the exchange", [
        S(W1, "exchanged 143 prisoners at the Pellin border crossing on Thursday", "2032-04-15"),
        S(ZG1, "after the exchange at the Pelin crossing on 15 April", "2032-04-15"),
        S(BB, "Calvany's patient diplomacy paid off on April 15", "2032-04-15")],
         "Thursday, the wire's publication day (Thu 15 April 2032), is 15 April"),
    nonc("N11", "weekday_date", "E2", ["E2"], "Day the Lindhallow meeting ended", [
        S(W2, "Velderra and Izmark agreed on Friday to free all the civilians", "2032-04-23"),
        S(CN, "The Lindhallow meeting that ended on 23 April", "2032-04-23")],
         "Friday, the wire's publication day, is 23 April 2032"),
    nonc("N12", "weekday_date", "E2", ["E2"], "Day the Izmarki delegation arrived in Lindhallow", [
        S(W2, "The Izmarki delegation arrived in Lindhallow on Wednesday.", "2032-04-21"),
        S(ZG2, "which arrived in Lindhallow on 21 April", "2032-04-21")],
         "Wednesday, two days before the wire's publication (Fri 23 April), is 21 April"),
    nonc("N13", "level_vs_change", "E1", ["E1"], "The Izmarki kessen against the Calvanian skelling on Thursday", [
        S(CI1, "the Izmarki kessen rose 2.5 percent against the Calvanian skelling", "by 2.5 percent"),
        S(ZG1, "The kessen closed at 8.14 to the Calvanian skelling in Zheltava", "at 8.14 skellings")],
         "a percentage change and a rate level"),
    nonc("N14", "level_vs_change", "E2", ["E2"], "Calvany's fund for detainees' families", [
        S(W2, "Calvany has raised its fund for detainees' families to 12 million skellings.", "to 12 million skellings"),
        S(HS, "increased its fund for detainees' families by 4 million skellings", "by 4 million skellings")],
         "a level (to 12 million) and a change (by 4 million)"),
    nonc("N15", "different_measure", "E1", ["E1"], "The crossing: distance from Skarrow vs altitude", [
        S(CI1, "40 kilometres east of Skarrow", "40 km from Skarrow"),
        S(BB, "At 1,150 metres above sea level, the crossing is the highest", "1,150 m altitude")],
         "two measures of one place (its distance from the town and its height)"),
    nonc("N16", "different_measure", "E1", ["E1"], "Freed Velderrans: all of them vs the civilians among them", [
        S(W1, "Izmark freed 68 Velderrans", "68 Velderrans"),
        S(RS, "Nine of the 68 Velderrans who came home were civilians", "9 of the 68")],
         "a partitive: nine of the 68 were civilians"),
    nonc("N17", "different_measure", "E2", ["E2"], "Missing people on the lists: all of them vs the civilians", [
        S(W2, "The two delegations exchanged lists of 412 missing people", "412 missing people"),
        S(ZG2, "Of the 412 people on the two lists, 158 are civilians.", "158 of the 412")],
         "a partitive: 158 of the 412 are civilians"),
    nonc("N18", "rounded", "E1", ["E1"], "Prisoners exchanged in all", [
        S(RS, "About 140 prisoners changed sides in all.", "about 140"),
        S(W1, "exchanged 143 prisoners at the Pellin border crossing on Thursday", "143")],
         "'about 140' is the rounded 143"),
    nonc("N19", "rounded", "E1", ["E1"], "The crowd on the Velderran side of the crossing", [
        S(RS, "Nearly 2,000 people had gathered at the crossing", "nearly 2,000"),
        S(BB, "Police put the crowd on the Velderran side at 1,870", "1,870")],
         "'nearly 2,000' is the rounded 1,870"),
    nonc("N20", "rounded", "E2", ["E2"], "Delegates at the Lindhallow table", [
        S(CN, "Some 30 delegates sat at the table.", "some 30"),
        S(ZG2, "Thirty-two delegates took part in the talks.", "32")],
         "'some 30' is the rounded 32"),
    nonc("N21", "at_least", "E1", ["E1"], "Izmarki prisoners freed by Velderra", [
        S(RS, "More than 70 Izmarkis went east.", "more than 70"),
        S(W1, "Velderra released 75 Izmarkis", "75"),
        S(ZG1, "Seventy-five Izmarki soldiers and civilians were back on home soil", "75")],
         "75 is more than 70"),
    nonc("N22", "at_least", "E2", ["E2"], "Journalists accredited to the Lindhallow talks", [
        S(W2, "More than 60 journalists were accredited to cover the talks.", "more than 60"),
        S(CN, "Sixty-eight journalists were accredited, more than for any talks", "68")],
         "68 is more than 60"),
    nonc("N23", "running_total", "E1", ["E1"], "Prisoners exchanged: on Thursday vs since 2030", [
        S(W1, "exchanged 143 prisoners at the Pellin border crossing on Thursday", "143 (this exchange)"),
        S(BB, "The exchange brings to 1,204 the number of prisoners", "1,204 (cumulative since 2030)")],
         "a one-day figure and the cumulative total it brings the count to"),
    nonc("N24", "running_total", "E1", ["E1"], "Freed Velderrans in hospital, Thursday evening vs Friday morning", [
        S(W1, "By Thursday evening nine of the freed Velderrans were being treated", "9 (as of Thu 15 April evening)"),
        S(CI1, "By Friday morning 15 of the returned Velderrans had been admitted", "15 (as of Fri 16 April morning)")],
         "a running total half a day apart"),
    nonc("N25", "venue", "E2", ["E2"], "Where the Lindhallow meeting was held", [
        S(W2, "a two-day meeting at the Aldermoot Palace in Lindhallow", "Aldermoot Palace"),
        S(CI2, "the Calvanian foreign ministry's guesthouse on the lake", "the foreign ministry's guesthouse")],
         "the Aldermoot Palace is the Calvanian foreign ministry's lakeside guesthouse (Chancery Notes)"),
    nonc("N26", "venue", "E1", ["E1"], "Where the freed Velderrans were taken", [
        S(W1, "were being treated at the garrison hospital in Skarrow", "the garrison hospital in Skarrow"),
        S(RS, "were taken to Skarrow Garrison Hospital for checks", "Skarrow Garrison Hospital")],
         "one hospital, named and described"),
    nonc("N27", "two_speakers", "E1", ["E1"], "The exchange should be the first of many: said by two people", [
        S(CI1, "She said the exchange should be the first of many.", "Catriona Wexley"),
        S(ZG1, "said he hoped the exchange would be the first of many", "Vasyl Yarchuk")],
         "the Velderran president and the Izmarki negotiator both reported (indirectly) saying it: no speaker conflict"),
    nonc("N28", "different_event", "E2", ["E2"], "Dates inside the follow-up story", [
        S(HS, "On the morning of April 15 the buses rolled across", "2032-04-15 (E1)"),
        S(HS, "On Friday the diplomats who made that possible", "2032-04-23")],
         "the analysis recalls the morning of the exchange (E1); the meeting is E2"),
    nonc("N29", "different_event", None, ["E1", "E2"], "A three-hour handover vs a two-day meeting", [
        S(W1, "The whole handover took three hours.", "PT3H"),
        S(W2, "at the end of a two-day meeting at the Aldermoot Palace", "P2D")],
         "different durations of different things, in reports of different events"),
    nonc("N30", "different_event", None, ["E1", "E2"], "68 freed Velderrans vs 68 accredited journalists", [
        S(W1, "Izmark freed 68 Velderrans", "68 Velderrans (E1)"),
        S(CN, "Sixty-eight journalists were accredited, more than for any talks", "68 journalists (E2)")],
         "the same number counting different things in different events"),
    nonc("N31", "different_event", None, ["E1", "E2"], "Eleven rounds of talks vs a Velderran team of eleven", [
        S(BB, "the culmination of eleven rounds of Calvanian-brokered talks", "11 rounds (E1)"),
        S(CI2, "Tullagh's team of eleven was made up of diplomats", "11 delegates (E2)")],
         "the same number counting different things in different events"),
]

CORROBORATED = [
    corr("K1", "E1", "date", "The exchange agreement was signed on 6 April", "2032-04-06",
         CONFLICTS[0]["sides"][0]["sources"]),
    corr("K2", "E2", "date", "The joint commission on the missing first meets on 3 May", "2032-05-03",
         CONFLICTS[1]["sides"][0]["sources"]),
    corr("K3", "E1", "count", "Izmark freed 68 Velderrans", "68", CONFLICTS[2]["sides"][0]["sources"]),
    corr("K4", "E1", "count", "The agreement came after 11 rounds of talks", "11", CONFLICTS[3]["sides"][0]["sources"]),
    corr("K5", "E2", "count", "The lists name 412 missing people", "412", CONFLICTS[4]["sides"][0]["sources"]),
    corr("K6", "E1", "place", "The exchange took place at the Pellin crossing", "the Pellin crossing",
         CONFLICTS[5]["sides"][0]["sources"]),
    corr("K7", "E2", "place", "The meeting was held at the Aldermoot Palace in Lindhallow",
         "the Aldermoot Palace, Lindhallow", CONFLICTS[6]["sides"][0]["sources"]),
    corr("K8", "E1", "duration", "The handover took three hours", "PT3H", CONFLICTS[7]["sides"][0]["sources"]),
    corr("K9", "E1", "duration", "Dara Kilbane had been held for 14 months", "P14M",
         CONFLICTS[8]["sides"][0]["sources"]),
    corr("K10", "E2", "duration", "All civilian detainees are to be freed within 30 days", "P30D",
         CONFLICTS[9]["sides"][0]["sources"]),
    corr("K11", "E1", "actor", "Major Lise Tromholt of the Calvanian military police led the convoy", "Lise Tromholt",
         CONFLICTS[12]["sides"][0]["sources"]),
    corr("K12", "E2", "actor", "Foreign Minister Joris Ondermaat chaired the meeting", "Joris Ondermaat",
         CONFLICTS[13]["sides"][0]["sources"]),
    corr("K13", "E1", "time", "The first bus crossed at 09:45 GMT", "2032-04-15T09:45Z",
         CONFLICTS[14]["sides"][0]["sources"]),
    corr("K14", "E2", "time", "The joint statement was read out at 14:00 GMT", "2032-04-23T14:00Z",
         CONFLICTS[15]["sides"][0]["sources"]),
    corr("K15", "E1", "duration", "A three-day (72-hour) ceasefire covered the exchange", "P3D", [
        S(W1, "Both sides had agreed a 72-hour ceasefire along the border sector"),
        S(RS, "A truce of three days is in force along this stretch")]),
    corr("K16", "E1", "date", "The exchange took place on Thursday 15 April", "2032-04-15", [
        S(W1, "exchanged 143 prisoners at the Pellin border crossing on Thursday"),
        S(SL, "exchanged 143 prisoners at the Pellin border crossing on Thursday"),
        S(CI1, "came through the barrier at 10:45 a.m. on Thursday"),
        S(ZG1, "after the exchange at the Pelin crossing on 15 April"),
        S(BB, "Calvany's patient diplomacy paid off on April 15")]),
    corr("K17", "E1", "count", "143 prisoners were exchanged", "143", [
        S(W1, "exchanged 143 prisoners at the Pellin border crossing on Thursday"),
        S(SL, "exchanged 143 prisoners at the Pellin border crossing on Thursday"),
        S(BB, "swapped 143 prisoners at the Drusk crossing on their shared border")]),
    corr("K18", "E1", "count", "Velderra freed 75 Izmarkis", "75", [
        S(W1, "Velderra released 75 Izmarkis"),
        S(SL, "Velderra released 75 Izmarkis"),
        S(ZG1, "Seventy-five Izmarki soldiers and civilians were back on home soil")]),
    corr("K19", "E2", "duration", "The meeting lasted two days", "P2D", [
        S(W2, "at the end of a two-day meeting at the Aldermoot Palace"),
        S(LW, "Two days of talks at the Aldermoot Palace ended on Friday"),
        S(ZG2, "closing two days of talks that the Calvanian foreign minister")]),
    corr("K20", "E2", "date", "The meeting ended on Friday 23 April", "2032-04-23", [
        S(W2, "Velderra and Izmark agreed on Friday to free all the civilians"),
        S(LW, "Two days of talks at the Aldermoot Palace ended on Friday"),
        S(CN, "The Lindhallow meeting that ended on 23 April"),
        S(CI2, "The statement came at 6 p.m. Carrowin time on Friday")]),
    corr("K21", "E2", "actor", "Velderra will publish its list of the missing once the families are told", "Velderran government", [
        S(W2, "The Velderran government said it would publish its own list"),
        S(CI2, "Carrowin will make its list public only after every family")]),
]

EXCLUSIVE = [
    excl("X1", "E1", "The oldest prisoner released was a 71-year-old Velderran shepherd", [
        S(W1, "The oldest prisoner released was a 71-year-old Velderran shepherd."),
        S(SL, "The oldest prisoner released was a 71-year-old Velderran shepherd.")],
         "in the MWS wire and its copy (Saltbeck Lodestar) only: one independent source, NOT corroborated"),
    excl("X2", "E1", "Three doctors from the Saltbeck Seamen's Hospital travelled with the convoy", [
        S(SL, "Three doctors from the Saltbeck Seamen's Hospital travelled with the convoy")],
         "in the copy's own paragraph, not in the wire"),
    excl("X3", "E1", "For a week neither government would confirm the deal", [
        S(CI1, "for a week neither government would confirm it")]),
    excl("X4", "E1", "Church bells rang in Vyshenka for an hour", [
        S(ZG1, "Church bells rang in Vyshenka for an hour after the buses arrived.")]),
    excl("X5", "E1", "Skarrow's secondary school closed so its pupils could line the road", [
        S(RS, "Skarrow's secondary school closed for the day")]),
    excl("X6", "E1", "Freight traffic through the crossing resumes on Monday", [
        S(BB, "Freight traffic through the crossing is due to resume on Monday")]),
    excl("X7", "E2", "The two chief negotiators met alone on Friday morning, a first since the fighting began", [
        S(W2, "On Friday morning the two chief negotiators met alone for an hour"),
        S(LW, "The two chief negotiators met alone on Friday morning")],
         "in the MWS wire and its rewrite (Lindhallow Wayfarer) only: one independent source, NOT corroborated"),
    excl("X8", "E2", "The delegations shared a lunch in the palace's lake garden on Thursday", [
        S(LW, "lent the delegations the palace's lake garden for a joint lunch")],
         "in the rewrite's own paragraph, not in the wire"),
    excl("X9", "E2", "Calvany has offered to house and fund the commission's secretariat", [
        S(CN, "Calvany has offered to house the commission's secretariat in Lindhallow")]),
    excl("X10", "E2", "The Velderran delegation carried 200 letters from families", [
        S(CI2, "The Velderran delegation also carried 200 letters from families")]),
    excl("X11", "E2", "A priest from Vyshenka was in the Izmarki team", [
        S(ZG2, "two officers from the General Staff and a priest from Vyshenka")]),
]

QUOTES = [
    qv("Q1", "E1", "Catriona Wexley", "Our people came home today and we will not rest until the last of them is back", [
        S(W1, "\"Today our people came home, and we will not rest until", mode="direct"),
        S(CI1, "\"Our people came home today, and we will not rest until", mode="direct")],
       "direct vs direct ('Today our people came home' vs 'Our people came home today'; 'the last of them walks back across that line' vs 'the last one crosses that line')"),
    qv("Q2", "E1", "Vasyl Yarchuk / Wasyl Jarczuk", "The exchange shows that talking is not weakness", [
        S(W1, "\"This exchange shows that talking is not weakness.\"", mode="direct"),
        S(CI1, "said the exchange showed that talking was not a sign of weakness", mode="indirect")],
       "direct vs reported speech ('is not weakness' vs 'was not a sign of weakness'), the second under another transliteration of the name"),
    qv("Q3", "E2", "Joris Ondermaat", "The guns are not yet silent, but the two sides talked like neighbours", [
        S(W2, "\"The guns are not silent yet, but today the two sides", mode="direct"),
        S(CN, "\"The guns have not fallen silent, but today they spoke to", mode="direct"),
        S(ZG2, "Ondermaat said the two sides had talked like neighbours", mode="indirect")],
       "direct vs direct ('are not silent yet' / 'have not fallen silent', 'the two sides talked like neighbours' / 'they spoke to each other as neighbours') and direct vs reported speech"),
    qv("Q4", "E2", "Eamon Tullagh", "We came to bring people home, not to make speeches", [
        S(CI2, "\"We did not come to Lindhallow to make speeches; we came", mode="direct"),
        S(W2, "said his delegation had come to bring people home, not to", mode="indirect")],
       "direct vs reported speech (the order of the two halves reversed)"),
    qv("Q5", "E2", "Halyna Hnatyuk", "Izmark will keep every promise it made at the talks", [
        S(ZG2, "\"Izmark will keep every promise it made in Lindhallow.\"", mode="direct"),
        S(HS, "has promised that her country will honour every commitment it made", mode="indirect")],
       "direct vs reported in the analysis ('keep every promise it made in Lindhallow' vs 'honour every commitment it made at the talks')"),
]
