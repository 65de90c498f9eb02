# The planted items of demo/crosscheck-heldout18, read by build_gold.py (which defines S, conflict,
# nonc, corr, excl, qv and the report names T1 ... SU before executing this file).
# Time zones: Orvanta (Vescaro, Sandrelle, Pellagro) UTC+2 all year; Lindrevia (Kestrup) UTC-1 all
# year. 15 October 2041 is a Tuesday, 25 October a Friday, 1 April 2042 a Tuesday.

CONFLICTS = [
    conflict("C1", "E1", "count", "The fee a day visitor pays to enter the old town", [
        ("12 fennars", [S(T1, "to charge day visitors 12 fennars to enter its old town"),
                        S(BR1, "to charge day visitors 12 fennars to enter its old town"),
                        S(PC, "day visitors will pay 12 fennars at the gates"),
                        S(WA, "will have to cough up 12 fennars"),
                        S(KP1, "will pay 12 fennars to enter the town's old quarter")]),
        ("10 fennars", [S(IW, "will have to build a 10-fennar entry fee into their prices")]),
    ], "12 fennars in the Tessera wire and its copy, the Pellagro Campanile, the Wallop and the Kestrup Posten; 10 fennars in Itinerary Weekly."),
    conflict("C2", "E1", "count", "The daily cap on day visitors", [
        ("18000", [S(T1, "to cap their number at 18,000 a day"),
                   S(BR1, "to cap their number at 18,000 a day"),
                   S(PC, "no more than 18,000 of them will be let in"),
                   S(IW, "set a ceiling of 18,000 day visitors a day"),
                   S(KP1, "allow no more than 18,000 of them inside the walls")]),
        ("16000", [S(WA, "Only 16,000 day-trippers a day will be let in")]),
    ], "18,000 a day in the Tessera wire and its copy, the Pellagro Campanile, Itinerary Weekly and the Kestrup Posten; 16,000 in the Wallop."),
    conflict("C3", "E1", "count", "The council's vote", [
        ("23-8", [S(T1, "approved the plan by 23 votes to 8"),
                  S(BR1, "approved the plan by 23 votes to 8"),
                  S(WA, "rushed the plan through 23-8"),
                  S(KP1, "The vote, 23 to 8, came at")]),
        ("22-9", [S(PC, "it was not close: 22 votes to nine")]),
    ], "23 votes to 8 in the Tessera wire and its copy, the Wallop ('23-8') and the Kestrup Posten ('23 to 8'); 22 votes to nine in the Pellagro Campanile. Both add up to 31."),
    conflict("C4", "E1", "date", "The day of the council's vote", [
        ("2041-10-15", [S(T1, "voted on Tuesday to charge day visitors"),
                        S(BR1, "voted on Tuesday to charge day visitors"),
                        S(PC, "at 7.40 p.m. on Tuesday"),
                        S(WA, "voted for a turnstile tax last night"),
                        S(KP1, "after its council voted on Tuesday")]),
        ("2041-10-14", [S(IW, "after the town council voted on Monday")]),
    ], "Tuesday 15 October: 'on Tuesday' in the Tessera wire (published Tue 15) and its copy and the Pellagro Campanile (published Wed 16) and the Kestrup Posten (Tue 15), 'last night' in the Wallop (published Wed 16); **weekday in a later report**: 'on Monday' in the trade weekly Itinerary Weekly, published Friday 18 October: Monday 14 October."),
    conflict("C5", "E1", "date", "The day the fee starts", [
        ("2042-04-01", [S(T1, "every day from April 1 to October 31, starting next year"),
                        S(BR1, "every day from April 1 to October 31, starting next year"),
                        S(WA, "will be let in from April 1"),
                        S(IW, "The fee applies from 1 April"),
                        S(KP1, "The fee will be charged from Tuesday, April 1")]),
        ("2042-05-01", [S(PC, "From 1 May next year, day visitors will pay")]),
    ], "1 April 2042 in the Tessera wire and its copy, the Wallop, Itinerary Weekly and the Kestrup Posten ('Tuesday, April 1', which it is); 1 May in the Pellagro Campanile."),
    conflict("C6", "E1", "duration", "How long the council debated", [
        ("PT6H", [S(T1, "after a six-hour debate"),
                  S(BR1, "after a six-hour debate"),
                  S(PC, "It took Vescaro's councillors six hours of argument"),
                  S(KP1, "after six hours of debate")]),
        ("PT90M", [S(WA, "after just 90 minutes of debate")]),
    ], "Six hours in the Tessera wire and its copy, the Pellagro Campanile and the Kestrup Posten; **other units**: 90 minutes in the Wallop."),
    conflict("C7", "E1", "speaker", "Who said 'Vescaro is a town, not a theme park, and the people who still live here have a right to walk down their own street'", [
        ("Ottilia Santovane", [S(T1, "Mayor Ottilia Santovane told councillors before the vote"),
                               S(BR1, "Mayor Ottilia Santovane told councillors before the vote"),
                               S(PC, "Ottilia Santovane, the mayor, put the case in a sentence"),
                               S(WA, "Mayor Ottilia Santovane crowed:")]),
        ("Fioravante Orrego", [S(KP1, "said Fioravante Orrego, the deputy mayor responsible for tourism")]),
    ], "The mayor Ottilia Santovane in the Tessera wire and its copy, the Pellagro Campanile and the Wallop (speaker before a colon in the last two); the deputy mayor Fioravante Orrego in the Kestrup Posten. All quote the words verbatim."),
    conflict("C8", "E1", "time", "When the council voted", [
        ("2041-10-15T17:40Z", [S(T1, "by 23 votes to 8 at 1740 GMT"),
                               S(BR1, "by 23 votes to 8 at 1740 GMT"),
                               S(PC, "When the vote came, at 7.40 p.m. on Tuesday")]),
        ("2041-10-15T18:40Z", [S(KP1, "came at 5.40 p.m. Kestrup time")]),
    ], "17:40 GMT in the Tessera wire and its copy and 7.40 p.m. Orvantan time (UTC+2) in the Pellagro Campanile: one instant; 5.40 p.m. Kestrup time (UTC-1) in the Kestrup Posten is 18:40 GMT, an hour later (17:40 GMT would be 4.40 p.m. in Kestrup)."),
    conflict("C9", "E1", "place", "Where the council met to vote", [
        ("the old Salt Exchange, Vescaro", [S(T1, "meeting in the old Salt Exchange"),
                                            S(BR1, "meeting in the old Salt Exchange"),
                                            S(PC, "has met in the old Salt Exchange"),
                                            S(KP1, "in the town's former Salt Exchange")]),
        ("the town hall, Vescaro", [S(IW, "The council, meeting in the town hall")]),
    ], "In the old Salt Exchange (the town hall is closed for repairs) in the Tessera wire and its copy, the Pellagro Campanile and the Kestrup Posten; in the town hall in Itinerary Weekly."),
    conflict("C10", "E2", "count", "How many calls Skarvhold cancels at Vescaro", [
        ("46", [S(T2, "cancelling 46 calls planned for next season"),
                S(ST, "Sandrelle will take the 46 cruise calls"),
                S(KP2, "moving all 46 of next season's calls"),
                S(BR2, "The Lindrevian line will cancel 46 calls next year")]),
        ("64", [S(SU, "cancelling all 64 of its calls at Vescaro next year")]),
    ], "46 calls in the Tessera wire and its rewrite, the Kestrup Posten and the Vescaro Bellringer; 64 in Sundial."),
    conflict("C11", "E2", "count", "How many booked passengers are affected", [
        ("38000", [S(T2, "About 38,000 passengers already booked on the affected sailings"),
                   S(ST, "The 38,000 passengers booked on those cruises"),
                   S(GP, "All 38,000 passengers on the affected sailings")]),
        ("28000", [S(KP2, "About 28,000 passengers are booked on next year's affected cruises.")]),
    ], "38,000 in the Tessera wire and its rewrite and Gangplank (the Bellringer's 'Nearly 40,000' is the same figure rounded, N21); 28,000 in the Kestrup Posten."),
    conflict("C12", "E2", "date", "The day Skarvhold announced its withdrawal", [
        ("2041-10-25", [S(T2, "Skarvhold Cruises said on Friday"),
                        S(ST, "said on Friday it was pulling out"),
                        S(KP2, "Agnete Hovdrum said on Friday"),
                        S(BR2, "announced yesterday in Sandrelle"),
                        S(GP, "Skarvhold announced at noon on Friday")]),
        ("2041-10-24", [S(SU, "When Skarvhold Cruises announced on Thursday")]),
    ], "Friday 25 October: 'on Friday' in the Tessera wire (published Fri 25), its rewrite (Sat 26), the Kestrup Posten (Fri 25) and Gangplank (Sat 26), 'yesterday' in the Vescaro Bellringer (Sat 26); **weekday in a later report**: 'on Thursday' in the weekly Sundial, published Monday 28 October: Thursday 24 October."),
    conflict("C13", "E2", "place", "Where Skarvhold announced its withdrawal", [
        ("Skarvhold's head office, Kestrup", [S(T2, "at the company's head office in Kestrup"),
                                              S(ST, "at the company's head office in Kestrup"),
                                              S(KP2, "at the company's headquarters on the Kestrup waterfront")]),
        ("Sandrelle", [S(BR2, "announced yesterday in Sandrelle")]),
    ], "At the company's head office in Kestrup in the Tessera wire and its rewrite and the Kestrup Posten ('on the Kestrup waterfront'); in Sandrelle in the Vescaro Bellringer."),
    conflict("C14", "E2", "speaker", "Who said 'We will not ask our guests to queue at a turnstile to spend their money in a town that has told them it does not want them'", [
        ("Agnete Hovdrum", [S(T2, "Hovdrum said."),
                            S(ST, "Ms Hovdrum said."),
                            S(KP2, "Hovdrum told reporters.")]),
        ("Einar Stubbhaug", [S(GP, "said the company's commercial director, Einar Stubbhaug")]),
    ], "The chief executive Agnete Hovdrum in the Tessera wire, its rewrite and the Kestrup Posten; the commercial director Einar Stubbhaug in Gangplank. All quote the words verbatim."),
    conflict("C15", "E2", "time", "When Skarvhold announced its withdrawal", [
        ("2041-10-25T11:00Z", [S(T2, "announced the decision at 1100 GMT"),
                               S(ST, "gave the news at 1 p.m."),
                               S(KP2, "announced the decision at 10 a.m.")]),
        ("2041-10-25T10:00Z", [S(GP, "at noon on Friday, Orvantan time")]),
    ], "11:00 GMT in the Tessera wire = 1 p.m. in the Sandrelle Tidewater (Orvantan time, UTC+2) = 10 a.m. in the Kestrup Posten (Kestrup time, UTC-1): one instant; noon Orvantan time in Gangplank is 10:00 GMT, an hour earlier."),
    conflict("C16", "E2", "duration", "How long Skarvhold stays away from Vescaro", [
        ("P3Y", [S(T2, "from its itineraries for at least three years"),
                 S(ST, "pulling out of the walled town for at least three years"),
                 S(GP, "pulling out of Vescaro for at least three years")]),
        ("P18M", [S(KP2, "will stop calling at Vescaro for the next 18 months")]),
    ], "At least three years in the Tessera wire and its rewrite and Gangplank (which adds 'not before 2045', N23); **other units**: 18 months in the Kestrup Posten."),
]

NONCONFLICTS = [
    nonc("N1", "alias", "E1", ["E1"], "Where the council meets", [
        S(T1, "meeting in the old Salt Exchange", "the old Salt Exchange"),
        S(KP1, "in the town's former Salt Exchange", "the town's former Salt Exchange")],
         "one building (the Itinerary Weekly's town hall is the conflict C9)"),
    nonc("N2", "alias", "E1", ["E1"], "The mayor", [
        S(T1, "Mayor Ottilia Santovane told councillors", "Mayor Ottilia Santovane"),
        S(PC, "Ottilia Santovane, the mayor", "Ottilia Santovane, the mayor")],
         "one woman"),
    nonc("N3", "alias", "E2", ["E2"], "The cruise line", [
        S(T2, "Skarvhold Cruises said on Friday", "Skarvhold Cruises"),
        S(ST, "after the Lindrevian line said on Friday", "the Lindrevian line"),
        S(BR2, "The Lindrevian line will cancel 46 calls", "The Lindrevian line")],
         "one company"),
    nonc("N4", "alias", "E2", ["E2"], "The cruise line's chief executive", [
        S(T2, "The line's chief executive, Agnete Hovdrum", "Agnete Hovdrum"),
        S(ST, "Ms Hovdrum said.", "Ms Hovdrum"),
        S(KP2, "The chief executive announced the decision", "The chief executive")],
         "one woman"),
    nonc("N5", "timezone", "E1", ["E1"], "The time of the vote", [
        S(T1, "by 23 votes to 8 at 1740 GMT", "17:40 GMT"),
        S(PC, "When the vote came, at 7.40 p.m. on Tuesday", "19:40 UTC+2 = 17:40 GMT")],
         "one instant written in two zones (the Kestrup Posten's 5.40 p.m. Kestrup time is the conflict C8)"),
    nonc("N6", "timezone", "E2", ["E2"], "The time of Skarvhold's announcement", [
        S(T2, "announced the decision at 1100 GMT", "11:00 GMT"),
        S(ST, "gave the news at 1 p.m.", "13:00 UTC+2 = 11:00 GMT"),
        S(KP2, "announced the decision at 10 a.m.", "10:00 UTC-1 = 11:00 GMT")],
         "one instant written in three zones (Gangplank's noon is the conflict C15)"),
    nonc("N7", "unit_form", "E1", ["E1"], "How long the debate lasted", [
        S(T1, "after a six-hour debate", "six-hour"),
        S(KP1, "after six hours of debate", "six hours"),
        S(PC, "It took Vescaro's councillors six hours of argument", "six hours")],
         "one length written as an adjective and as a noun"),
    nonc("N8", "unit_form", "E1", ["E1"], "How long the fee is charged each year", [
        S(T1, "every day from April 1 to October 31, starting next year", "1 April to 31 October"),
        S(IW, "for seven months of the year", "seven months"),
        S(KP1, "seven months a year", "seven months")],
         "a range of dates and its length: April to October is seven months"),
    nonc("N9", "weekday_date", "E1", ["E1"], "The day of the vote", [
        S(T1, "voted on Tuesday to charge day visitors", "2041-10-15"),
        S(WA, "voted for a turnstile tax last night", "2041-10-15")],
         "the Wallop was published on Wednesday 16 October: 'last night' is Tuesday 15 October (Itinerary Weekly's 'on Monday' is the conflict C4)"),
    nonc("N10", "weekday_date", "E1", ["E1"], "The day the fee starts", [
        S(T1, "every day from April 1 to October 31, starting next year", "2042-04-01"),
        S(KP1, "The fee will be charged from Tuesday, April 1", "2042-04-01"),
        S(IW, "The fee applies from 1 April", "2042-04-01")],
         "1 April 2042 is a Tuesday (the Campanile's 1 May is the conflict C5)"),
    nonc("N11", "weekday_date", "E2", ["E2"], "The day of the announcement", [
        S(T2, "Skarvhold Cruises said on Friday", "2041-10-25"),
        S(BR2, "announced yesterday in Sandrelle", "2041-10-25")],
         "the Bellringer was published on Saturday 26 October: 'yesterday' is Friday 25 October (Sundial's 'on Thursday' is the conflict C12)"),
    nonc("N12", "level_vs_change", "E1", ["E1"], "Cruise ships allowed at the Dogana quay", [
        S(T1, "to two a day, from as many as four", "2 a day (from up to 4)"),
        S(PC, "also halved the number of cruise ships", "halved"),
        S(IW, "will be limited to two ships a day", "2 a day")],
         "a new level and the change to it: four to two is a half"),
    nonc("N13", "level_vs_change", "E2", ["E2"], "Skarvhold's share price", [
        S(T2, "Skarvhold shares fell 2 percent in Kestrup.", "down 2 percent"),
        S(KP2, "Skarvhold shares closed at 61.40 skillings in Kestrup, down 1.25.", "61.40 skillings (level), down 1.25")],
         "a closing price, a fall in skillings and the same fall in percent: 1.25 of 62.65 is 2 percent"),
    nonc("N14", "different_measure", "E1", ["E1"], "Visitors a year vs the daily cap", [
        S(T1, "Vescaro received 3.1 million day visitors last year.", "3.1 million (last year)"),
        S(T1, "to cap their number at 18,000 a day", "18,000 (a day)")],
         "a yearly total and a daily ceiling: two different measures"),
    nonc("N15", "different_measure", "E1", ["E1"], "The fee vs the fine", [
        S(T1, "to charge day visitors 12 fennars to enter its old town", "12 fennars (fee)"),
        S(T1, "faces a fine of 150 fennars", "150 fennars (fine)")],
         "the entry fee and the penalty for entering without a ticket: two different sums"),
    nonc("N16", "different_measure", "E1", ["E1"], "Votes for and against", [
        S(T1, "approved the plan by 23 votes to 8", "23 for, 8 against"),
        S(PC, "Renzo Amadrai, one of the councillors who voted against", "one of the against")],
         "counts of different sets: the 23 for and the 8 against (one of whom is Amadrai); the Campanile's 22 to nine is the conflict C3"),
    nonc("N17", "different_measure", "E2", ["E2"], "Calls cancelled next year vs calls made this year", [
        S(T2, "cancelling 46 calls planned for next season", "46 (2042, cancelled)"),
        S(KP2, "Skarvhold ships called at Vescaro 52 times this season", "52 (2041, made)")],
         "**counts of different sets**: next season's planned calls and this season's calls"),
    nonc("N18", "different_measure", "E2", ["E2"], "Skarvhold's calls vs Sandrelle's calls", [
        S(ST, "Sandrelle will take the 46 cruise calls", "46 (Skarvhold's, moved from Vescaro)"),
        S(ST, "who handled 19 cruise calls at Sandrelle this year", "19 (all lines, Sandrelle, 2041)")],
         "counts of different sets: the calls moved to Sandrelle next year and the calls Sandrelle handled this year"),
    nonc("N19", "different_measure", "E2", ["E2"], "Calls vs passengers", [
        S(T2, "cancelling 46 calls planned for next season", "46 calls"),
        S(T2, "About 38,000 passengers already booked on the affected sailings", "38,000 passengers")],
         "ship calls and the passengers booked on them: two different counts"),
    nonc("N20", "at_least", "E1", ["E1"], "Day visitors last year, hedged", [
        S(WA, "More than three million day-trippers squeezed through", "more than 3 million"),
        S(T1, "Vescaro received 3.1 million day visitors last year.", "3.1 million")],
         "3.1 million is more than three million"),
    nonc("N21", "rounded", "E2", ["E2"], "Booked passengers, rounded", [
        S(BR2, "Nearly 40,000 passengers booked on those cruises", "nearly 40,000"),
        S(T2, "About 38,000 passengers already booked on the affected sailings", "38,000")],
         "'nearly 40,000' is the rounded 38,000 (the Kestrup Posten's 28,000 is the conflict C11)"),
    nonc("N22", "rounded", "E1", ["E1"], "What the fee will raise", [
        S(T1, "raise about 19 million fennars a year", "about 19 million"),
        S(PC, "The money, 19.4 million fennars a year", "19.4 million")],
         "'about 19 million' is the council's 19.4 million rounded, and hedged"),
    nonc("N23", "at_least", "E2", ["E2"], "When Skarvhold may come back", [
        S(GP, "it will not return before 2045", "not before 2045"),
        S(T2, "from its itineraries for at least three years", "at least 3 years")],
         "three seasons away (2042, 2043, 2044) is the same as no return before 2045: both are lower bounds (the Kestrup Posten's 18 months is the conflict C16)"),
    nonc("N24", "rounded", "E2", ["E2"], "How long Skarvhold has called at Vescaro", [
        S(T2, "Skarvhold ships have called at Vescaro for 31 years.", "31 years"),
        S(KP2, "have stopped there every summer since 2010", "since 2010: 31 years in 2041"),
        S(BR2, "every summer for three decades", "about 30 years")],
         "31 years and 'since 2010' are the same in 2041; 'three decades' is the same span rounded"),
    nonc("N25", "correction", "E2", ["E2"], "When the booking system opens, with a withdrawn date", [
        S(GP, "This guide originally gave 1 March as the day", "1 March (withdrawn)"),
        S(GP, "It opens on 1 February.", "2042-02-01"),
        S(T2, "will open on February 1", "2042-02-01")],
         "Gangplank's correction withdraws the date an earlier version gave; the piece now says 1 February, like the others: not a conflict"),
    nonc("N26", "updated_figure", None, ["E1", "E2"], "Day visitors last year, in the two events", [
        S(T1, "Vescaro received 3.1 million day visitors last year.", "3.1 million (15 October)"),
        S(BR2, "put last year's day visitors at 3.3 million", "3.3 million (final figures, the week of 25 October)")],
         "**a figure updated over time in different events**: the final figures published between the two events revise the first estimate ('revising its earlier estimate'): not a conflict"),
    nonc("N27", "different_event", None, ["E1", "E2"], "What the shops stand to lose, in the two events", [
        S(T1, "its members will lose 8 million fennars a year", "8 million (the fee, 15 October)"),
        S(T2, "now stood to lose 14 million fennars a year", "14 million (the fee and Skarvhold's withdrawal, 25 October)")],
         "the guild's estimate before and after the cruise line pulled out ('now'): a later figure for a changed situation"),
    nonc("N28", "different_event", None, ["E1", "E2"], "Skarvhold's position in the two events", [
        S(KP1, "said it was studying the decision", "studying (15 October)"),
        S(T2, "would drop the Orvantan port of Vescaro from its itineraries", "pulls out (25 October)")],
         "a later step: on 15 October the line was studying the vote, on 25 October it pulled out"),
    nonc("N29", "different_measure", "E2", ["E2"], "The daily cap vs one bad day last summer", [
        S(SU, "and 41,000 people came through the Porta Salina", "41,000 (one day in 2041)"),
        S(SU, "lets in 18,000 visitors a day at 12 fennars a head", "18,000 (the cap from 2042)")],
         "one day's crowd last summer and next year's ceiling: two different measures, the point of the column"),
]

CORROBORATED = [
    corr("K1", "E1", "count", "Day visitors pay 12 fennars", "12 fennars", CONFLICTS[0]["sides"][0]["sources"]),
    corr("K2", "E1", "count", "Day visitors are capped at 18,000 a day", "18000", CONFLICTS[1]["sides"][0]["sources"]),
    corr("K3", "E1", "count", "The council voted 23 to 8", "23-8", CONFLICTS[2]["sides"][0]["sources"]),
    corr("K4", "E1", "date", "The council voted on Tuesday 15 October", "2041-10-15", CONFLICTS[3]["sides"][0]["sources"]),
    corr("K5", "E1", "date", "The fee starts on 1 April 2042", "2042-04-01", CONFLICTS[4]["sides"][0]["sources"]),
    corr("K6", "E1", "duration", "The debate lasted six hours", "PT6H", CONFLICTS[5]["sides"][0]["sources"]),
    corr("K7", "E1", "time", "The council voted at 17:40 GMT", "2041-10-15T17:40Z", CONFLICTS[7]["sides"][0]["sources"]),
    corr("K8", "E1", "place", "The council met in the old Salt Exchange", "the old Salt Exchange, Vescaro", CONFLICTS[8]["sides"][0]["sources"]),
    corr("K9", "E2", "count", "Skarvhold cancels 46 calls", "46", CONFLICTS[9]["sides"][0]["sources"]),
    corr("K10", "E2", "count", "38,000 booked passengers are affected", "38000", CONFLICTS[10]["sides"][0]["sources"]),
    corr("K11", "E2", "date", "Skarvhold announced its withdrawal on Friday 25 October", "2041-10-25", CONFLICTS[11]["sides"][0]["sources"]),
    corr("K12", "E2", "place", "Skarvhold announced its withdrawal at its head office in Kestrup", "Skarvhold's head office, Kestrup", CONFLICTS[12]["sides"][0]["sources"]),
    corr("K13", "E2", "time", "Skarvhold announced its withdrawal at 11:00 GMT", "2041-10-25T11:00Z", CONFLICTS[14]["sides"][0]["sources"]),
    corr("K14", "E2", "duration", "Skarvhold stays away for at least three years", "P3Y", CONFLICTS[15]["sides"][0]["sources"]),
    corr("K15", "E1", "count", "Anyone inside the walls without a ticket faces a 150-fennar fine", "150 fennars", [
        S(T1, "faces a fine of 150 fennars"),
        S(BR1, "faces a fine of 150 fennars"),
        S(WA, "will be stung for 150 fennars")]),
    corr("K16", "E1", "actor", "Hotel guests staying overnight are exempt", "overnight guests", [
        S(T1, "Guests who spend the night in Vescaro's hotels"),
        S(BR1, "Guests who spend the night in Vescaro's hotels"),
        S(PC, "Guests in the town's hotels and guesthouses are exempt"),
        S(IW, "Hotel guests staying at least one night are exempt.")]),
    corr("K17", "E1", "actor", "Children under 14 do not pay", "children under 14", [
        S(T1, "residents and children under 14 will not pay"),
        S(BR1, "residents and children under 14 will not pay"),
        S(PC, "as are children under 14"),
        S(WA, "Kids under 14 will go free.")]),
    corr("K18", "E1", "count", "Cruise ships are limited to two a day", "2", [
        S(T1, "to two a day, from as many as four"),
        S(PC, "from four to two"),
        S(IW, "will be limited to two ships a day"),
        S(KP1, "only two cruise ships will be allowed to berth")]),
    corr("K19", "E1", "count", "Turnstiles at three gates", "3", [
        S(T1, "pass through turnstiles at three of the town's gates"),
        S(BR1, "pass through turnstiles at three of the town's gates"),
        S(PC, "Turnstiles go up at three gates over the winter.")]),
    corr("K20", "E1", "count", "The fee will raise about 19 million fennars a year", "19000000 fennars", [
        S(T1, "raise about 19 million fennars a year"),
        S(BR1, "raise about 19 million fennars a year"),
        S(PC, "The money, 19.4 million fennars a year")]),
    corr("K21", "E1", "duration", "The fee is charged seven months a year, April to October", "P7M", [
        S(T1, "every day from April 1 to October 31, starting next year"),
        S(IW, "for seven months of the year"),
        S(KP1, "seven months a year")]),
    corr("K22", "E2", "place", "The calls move to Sandrelle", "Sandrelle", [
        S(T2, "The calls will move to Sandrelle"),
        S(ST, "Sandrelle will take the 46 cruise calls"),
        S(KP2, "to nearby Sandrelle"),
        S(BR2, "send its ships to Sandrelle instead"),
        S(GP, "your ship will now call at Sandrelle instead")]),
    corr("K23", "E2", "actor", "Passengers are offered a refund or a free coach excursion to Vescaro", "refund or excursion", [
        S(T2, "offered a full refund or a free coach excursion to Vescaro"),
        S(ST, "can have their money back or take a free coach trip"),
        S(BR2, "offered their money back or a coach trip into town"),
        S(GP, "choose between a full refund and a free coach excursion")]),
    corr("K24", "E2", "date", "Vescaro's booking system opens on 1 February", "2042-02-01", [
        S(T2, "will open on February 1"),
        S(BR2, "The booking system for day visitors opens on 1 February"),
        S(GP, "the town's booking system opens on 1 February")]),
    corr("K25", "E2", "duration", "Skarvhold has called at Vescaro for 31 years, since 2010", "P31Y", [
        S(T2, "Skarvhold ships have called at Vescaro for 31 years."),
        S(KP2, "have stopped there every summer since 2010")]),
    corr("K26", "E2", "count", "The fee that prompted the withdrawal is 12 fennars", "12 fennars", [
        S(T2, "to charge day visitors 12 fennars to enter its old quarter"),
        S(ST, "blaming the 12-fennar fee Vescaro will charge"),
        S(GP, "the town's new 12-fennar fee for day visitors"),
        S(SU, "at 12 fennars a head")]),
]

EXCLUSIVE = [
    excl("X1", "E1", "The money will also buy back flats in the old town to let to local families", [
        S(T1, "buying back flats in the old town to let to local families"),
        S(BR1, "buying back flats in the old town to let to local families")],
         "in the Tessera wire and its copy (Vescaro Bellringer) only: one independent source, NOT corroborated"),
    excl("X2", "E1", "The turnstiles go in at the Porta Salina, the Sea Gate and the Bishop's Gate, and the old ticket office on Via Lunga reopens", [
        S(BR1, "at the Porta Salina, the Sea Gate and the Bishop's Gate")],
         "only in the paragraph the Bellringer added to the wire"),
    excl("X3", "E1", "4,200 people still live inside the walls, down from 11,000 in 1990", [
        S(PC, "the 4,200 people who still live inside the walls")]),
    excl("X4", "E1", "The traders' guild expects its members to lose 8 million fennars a year", [
        S(T1, "its members will lose 8 million fennars a year")],
         "in the wire only; its copy drops the sentence"),
    excl("X5", "E1", "A visitor of two decades says he will not pay to look at a wall", [
        S(WA, "Retired bus driver Lorens Pike, 67")]),
    excl("X6", "E1", "Travel agents ask for a group rate and a 48-hour grace period for coaches", [
        S(IW, "asked the council for a group rate")]),
    excl("X7", "E1", "Lindrevians are about one in five of Vescaro's foreign visitors", [
        S(KP1, "Lindrevians make up about one in five of the town's foreign visitors")]),
    excl("X8", "E2", "Sandrelle is building a second cruise berth", [
        S(T2, "where a second cruise berth is being built"),
        S(ST, "Work on the town's second cruise berth")],
         "in the Tessera wire and its rewrite (Sandrelle Tidewater) only: one independent source, NOT corroborated"),
    excl("X9", "E2", "Sandrelle's pilots and mooring crews need more hands, and the port is recruiting", [
        S(ST, "the port authority said it had already begun recruiting")],
         "only in the paragraph the Sandrelle Tidewater wrote itself"),
    excl("X10", "E2", "Lindrevian customers ask whether other Orvantan towns will follow", [
        S(KP2, "customers had begun asking whether other Orvantan towns would follow")]),
    excl("X11", "E2", "Skarvhold's ships bring Via Lunga's shops a third of their summer takings", [
        S(BR2, "Those ships bring us a third of our summer takings")]),
    excl("X12", "E2", "Passengers have until 15 December to choose, or get the excursion", [
        S(GP, "You have until 15 December to tell the line")]),
    excl("X13", "E2", "On one day last summer four ships came in and 41,000 people went through the Porta Salina", [
        S(SU, "four ships tied up at the Dogana quay before breakfast")]),
    excl("X14", "E2", "The traders' guild now expects shops to lose 14 million fennars a year", [
        S(T2, "now stood to lose 14 million fennars a year")],
         "in the wire only; its rewrite leaves it out, and Sundial only says the guild 'has put a figure on it'"),
]

QUOTES = [
    qv("Q1", "E1", "Cosimo Brandaleo", "The fee is a toll on every shop door in the old town", [
        S(T1, "\"It is a toll on the front door of every shop", mode="direct"),
        S(WA, "\"It's a toll on every shop door in the old town.\"", mode="direct")],
       "direct vs direct ('It is a toll on the front door of every shop inside the walls.' vs 'It's a toll on every shop door in the old town.')"),
    qv("Q2", "E1", "Doriana Perrasca", "Every town has the right to decide how many visitors it can take", [
        S(IW, "\"Every town has the right to decide how many guests it", mode="direct"),
        S(T1, "every town had the right to decide how many visitors it", mode="indirect")],
       "direct vs reported speech ('Every town has the right to decide how many guests it can hold, and Vescaro has decided.' vs 'every town had the right to decide how many visitors it could take')"),
    qv("Q3", "E1", "Nives Tarrabo", "For the first time in twenty years the residents were asked what they want", [
        S(PC, "\"For the first time in twenty years, somebody asked the people", mode="direct"),
        S(KP1, "\"It is the first time in twenty years that anyone", mode="direct")],
       "direct vs direct ('For the first time in twenty years, somebody asked the people who live here what they want' vs 'It is the first time in twenty years that anyone has asked us what we want')"),
    qv("Q4", "E2", "Ottilia Santovane", "The town asked for fewer ships and will have them, and it is no tragedy", [
        S(T2, "\"We asked for fewer ships, and we will have fewer ships.", mode="direct"),
        S(BR2, "\"We asked for fewer ships. Now we have fewer ships,", mode="direct")],
       "direct vs direct ('We asked for fewer ships, and we will have fewer ships. I am not going to pretend that is a tragedy.' vs 'We asked for fewer ships. Now we have fewer ships, and I'm not going to pretend it's a tragedy')"),
    qv("Q5", "E2", "Olimpia Vanni", "Sandrelle's quay and shops are open to the passengers", [
        S(ST, "\"Sandrelle's quay is open, and so are its shops and its cafes,\"", mode="direct"),
        S(T2, "said her town's quay and its shops were open", mode="indirect")],
       "direct vs reported speech ('Sandrelle's quay is open, and so are its shops and its cafes' vs 'her town's quay and its shops were open to the passengers Vescaro had turned away')"),
]
