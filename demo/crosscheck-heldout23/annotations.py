# The planted items of demo/crosscheck-heldout23, read by build_gold.py (which defines S, conflict,
# nonc, corr, excl, qv and the report names G1 ... HK before executing this file).
# Time zones: Ardesse (Velmarck, Kessaby, Ebbrook, Sellowby, the Vaudrelle valley) UTC+1 all year;
# Oskarra (Duvenholt) UTC-5 all year. 13 June 2059 is a Friday, 14 June a Saturday, 15 June a
# Sunday, 16 June a Monday, 18 June a Wednesday, 23 June a Monday, 24 June a Tuesday, 25 June a
# Wednesday, 26 June a Thursday, 28 June a Saturday. 17:45 GMT is 6.45 p.m. in Velmarck and
# 12.45 p.m. in Duvenholt; 04:30 GMT on 24 June is 5.30 a.m. on Tuesday in Velmarck and
# 11.30 p.m. on Monday 23 June in Duvenholt. From 1.45 p.m. to 6.45 p.m. is five hours; from
# 5.30 a.m. to 2.30 p.m. is nine hours; from 2048 to 2059 is 11 years. 60 km is 37.3 miles.

CONFLICTS = [
    conflict("C1", "E1", "date", "The day of the Clos Sarvignac sale", [
        ("2059-06-14", [S(G1, "froze the results of a wine sale it held on Saturday"),
                        S(VW, "froze the results of a wine sale it held on Saturday"),
                        S(CA1, "came under the hammer at 1.45 p.m. on Saturday, 14 June"),
                        S(TU, "Talbridge & Moss on Saturday for an eight-hour marathon"),
                        S(DC1, "Saturday's sale of fourteen lots")]),
        ("2059-06-13", [S(UL, "The sale on Friday 13 June")]),
    ], "Saturday 14 June: 'on Saturday' in the Tessock wire (published Sat 14) and its copy (Sun 15), 'on Saturday, 14 June' in The Cartulary (Mon 16), 'on Saturday' in The Tuppence (Mon 16), \"Saturday's sale\" in The Duvenholt Coracle (Sat 14); 'on Friday 13 June' in the trade site Ullage (published Wed 18): **a weekday and a date that agree with each other and not with the others**, Friday 13 June."),
    conflict("C2", "E1", "time", "When the last lot was knocked down", [
        ("2059-06-14T17:45Z", [S(G1, "The last of them was knocked down at 1745 GMT"),
                               S(VW, "The last of them was knocked down at 1745 GMT"),
                               S(CA1, "The last was knocked down at 6.45 p.m."),
                               S(UL, "The last lot fell at 17:45 UTC")]),
        ("2059-06-14T18:45Z", [S(DC1, "ended at 1.45 p.m. Duvenholt time")]),
    ], "17:45 GMT in the Tessock wire and its copy = 6.45 p.m. Velmarck time (UTC+1, zone not named) in The Cartulary = 17:45 UTC in Ullage: one instant; '1.45 p.m. Duvenholt time' (UTC-5) in The Duvenholt Coracle is 18:45 GMT, an hour later (12.45 p.m. would agree). The Cartulary's own '1.45 p.m.' is the start of the sale in Velmarck time (N15), not this instant."),
    conflict("C3", "E1", "count", "How many lots of the 1927 were sold", [
        ("14", [S(G1, "The 14 lots, 86 bottles in all"),
                S(VW, "The 14 lots, 86 bottles in all"),
                S(UL, "14 lots, 86 bottles of Clos Sarvignac 1927"),
                S(DC1, "fourteen lots at the auction house Talbridge & Moss", "fourteen")]),
        ("19", [S(CA1, "By then 19 lots of the 1927")]),
    ], "14 lots in the Tessock wire and its copy, Ullage and The Duvenholt Coracle ('fourteen'); 19 in The Cartulary. (86 bottles is a count of another set: N14.)"),
    conflict("C4", "E1", "count", "How many bottles of the 1927 were sold", [
        ("86", [S(G1, "86 bottles in all"),
                S(VW, "86 bottles in all"),
                S(CA1, "86 bottles, had made 3.41 million marrits"),
                S(TU, "snapping up 86 bottles of the fabled Clos Sarvignac"),
                S(UL, "86 bottles of Clos Sarvignac 1927, the vintage")]),
        ("68", [S(DC1, "The sale of all 68 bottles of Clos Sarvignac 1927")]),
    ], "86 bottles in the Tessock wire and its copy, The Cartulary, The Tuppence and Ullage; 'all 68 bottles' in The Duvenholt Coracle (the digits swapped)."),
    conflict("C5", "E1", "amount", "The hammer total of the sale", [
        ("3.41 million marrits", [S(G1, "a hammer total of 3.41 million marrits"),
                                  S(VW, "a hammer total of 3.41 million marrits"),
                                  S(CA1, "had made 3.41 million marrits at the hammer"),
                                  S(UL, "The hammer total was 3,412,500 marrits.", "3,412,500 marrits"),
                                  S(DC1, "The bottles fetched about 3.4 million marrits.", "about 3.4 million marrits")]),
        ("4.3 million marrits", [S(TU, "splashed out a staggering 4.3 MILLION marrits")]),
    ], "3.41 million marrits in the Tessock wire and its copy and The Cartulary, the exact 3,412,500 in Ullage and 'about 3.4 million' in The Duvenholt Coracle (roundings, N11); 4.3 million in The Tuppence. (The wire's 4.09 million with the buyer's premium is another measure, N13.)"),
    conflict("C6", "E1", "place", "Where the sale was held", [
        ("Talbridge & Moss's saleroom in Ferrule Street, Velmarck", [
            S(G1, "at the firm's saleroom in Ferrule Street, Velmarck"),
            S(VW, "at the firm's saleroom in Ferrule Street, Velmarck"),
            S(CA1, "saleroom Talbridge & Moss keeps in Ferrule Street"),
            S(TU, "packed the Velmarck saleroom of Talbridge & Moss"),
            S(DC1, "at auction in the Ardessian capital, Velmarck")]),
        ("Kessaby", [S(UL, "at Talbridge & Moss's saleroom in Kessaby")]),
    ], "Talbridge & Moss's saleroom in Ferrule Street, Velmarck, in the Tessock wire and its copy and The Cartulary, 'the Velmarck saleroom' in The Tuppence, 'the Ardessian capital, Velmarck' in The Duvenholt Coracle; a saleroom in Kessaby in Ullage."),
    conflict("C7", "E1", "duration", "How long the sale lasted", [
        ("PT5H", [S(G1, "The sale lasted five hours."),
                  S(VW, "The sale lasted five hours."),
                  S(CA1, "came under the hammer at 1.45 p.m.", "from 1.45 p.m. (the first lot) to 6.45 p.m. (the last): five hours"),
                  S(UL, "closing a five-hour sale")]),
        ("PT8H", [S(TU, "for an eight-hour marathon")]),
    ], "Five hours in the Tessock wire and its copy, 'a five-hour sale' in Ullage (N10), and **relative time** in The Cartulary (the first lot at 1.45 p.m., the last at 6.45 p.m.: five hours); 'an eight-hour marathon' in The Tuppence."),
    conflict("C8", "E1", "speaker", "Who said 'Every one of those bottles passed through our hands, and every one of them should have been stopped at our door'", [
        ("Auberon Talbridge", [S(G1, "Auberon Talbridge, the firm's chairman, said in a statement"),
                               S(VW, "Auberon Talbridge, the firm's chairman, said in a statement"),
                               S(TU, "Red-faced auction boss Auberon Talbridge admitted:"),
                               S(DC1, "the auction house's chairman, Auberon Talbridge, said")]),
        ("Ysmay Dorrance", [S(CA1, "said Ysmay Dorrance, who heads the firm's wine department")]),
    ], "The chairman of Talbridge & Moss, Auberon Talbridge, in the Tessock wire and its copy, The Tuppence (his name before a colon) and The Duvenholt Coracle; the head of the firm's wine department, Ysmay Dorrance, in The Cartulary (which quotes Talbridge on another line, Q4). All quote the words verbatim."),
    conflict("C9", "E1", "actor", "Who first raised the alarm over the bottles", [
        ("Ottokar Heddle", [S(G1, "after a Velmarck wine merchant warned that the bottles", "Ottokar Heddle (named in the fourth paragraph)"),
                            S(VW, "after a Velmarck wine merchant warned that the bottles", "Ottokar Heddle (named in the fourth paragraph)"),
                            S(CA1, "It was Ottokar Heddle, a wine merchant with a shop"),
                            S(TU, "But eagle-eyed merchant Otto Heddle smelled a rat.", "Otto Heddle"),
                            S(UL, "The alarm came from Ottokar Heddle, a Velmarck merchant.")]),
        ("Gisela Lindtørp", [S(DC1, "The alarm was raised within hours by Ms Lindtørp herself")]),
    ], "The Velmarck wine merchant Ottokar Heddle in the Tessock wire and its copy ('a Velmarck wine merchant warned', named as 'The merchant, Ottokar Heddle' two paragraphs on), The Cartulary, The Tuppence ('Otto Heddle', N2) and Ullage; the buyer, Gisela Lindtørp, 'herself' in The Duvenholt Coracle."),
    conflict("C10", "E2", "date", "The day of the raid", [
        ("2059-06-24", [S(G2, "in the Vaudrelle valley village of Ebbrook on Tuesday"),
                        S(LS, "were arrested on Tuesday when detectives raided"),
                        S(CA2, "Detectives who raided a former cooperage here yesterday"),
                        S(RL, "Police raided a former cooperage in Ebbrook this morning.")]),
        ("2059-06-26", [S(HK, "cooperage in Ebbrook on Thursday")]),
    ], "Tuesday 24 June: 'on Tuesday' in the Tessock wire (published Tue 24) and its rewrite (Wed 25), 'yesterday' in The Cartulary (published Wed 25), 'this morning' in Radio Vaudrelle's live blog (published Tue 24); **weekday in a later report**: 'on Thursday' in the weekly The Hackle, published Saturday 28 June: Thursday 26 June. (The Duvenholt Coracle's 'on Monday, Duvenholt time' is the same instant on the Oskarran calendar, N19.)"),
    conflict("C11", "E2", "time", "When the officers went in", [
        ("2059-06-24T04:30Z", [S(G2, "Officers went in at 0430 GMT"),
                               S(LS, "The raid began at 5.30 a.m."),
                               S(CA2, "began at 5.30 a.m."),
                               S(DC2, "at 11.30 p.m. on Monday, Duvenholt time")]),
        ("2059-06-24T05:30Z", [S(RL, "Officers went in at 6.30am, neighbours say.")]),
    ], "04:30 GMT in the Tessock wire = 5.30 a.m. Velmarck time (UTC+1, zone not named) in its rewrite and The Cartulary = 11.30 p.m. on Monday, Duvenholt time (UTC-5) in The Duvenholt Coracle: one instant; '6.30am' in Radio Vaudrelle's live blog (Ardessian time, not named, told by neighbours) is 05:30 GMT, an hour later."),
    conflict("C12", "E2", "count", "How many people were arrested", [
        ("3", [S(G2, "and arrested three people over the forged Clos Sarvignac 1927"),
               S(LS, "Three people were arrested"),
               S(DC2, "Ardessian police arrested three people"),
               S(RL, "Police say three people are in custody.", "3 (after its correction, N28)")]),
        ("4", [S(CA2, "arrested four people")]),
    ], "Three in the Tessock wire and its rewrite, The Duvenholt Coracle and Radio Vaudrelle (whose correction withdraws its first 'two', N28); four in The Cartulary."),
    conflict("C13", "E2", "amount", "The value of the stock seized", [
        ("2.6 million marrits", [S(G2, "worth an estimated 2.6 million marrits"),
                                 S(LS, "stock worth more than 2.5 million marrits in all", "more than 2.5 million marrits"),
                                 S(CA2, "the value of what they seized at 2.6 million marrits"),
                                 S(RL, "She put the value of the seized stock at 2.6 million marrits.")]),
        ("6.2 million marrits", [S(DC2, "seized at 6.2 million marrits")]),
    ], "2.6 million marrits in the Tessock wire, The Cartulary and Radio Vaudrelle, 'more than 2.5 million' in the wire's rewrite (a hedged lower bound that holds, N24); 6.2 million in The Duvenholt Coracle."),
    conflict("C14", "E2", "place", "Where the police raided", [
        ("a former cooperage in Ebbrook", [S(G2, "Police raided a former cooperage in the Vaudrelle valley village of Ebbrook"),
                                           S(LS, "detectives raided a former cooperage in Ebbrook"),
                                           S(CA2, "EBBROOK – Detectives who raided a former cooperage here", "a former cooperage in Ebbrook (the dateline)"),
                                           S(RL, "a former cooperage in Ebbrook"),
                                           S(HK, "Emmerich Vosk's cooperage in Ebbrook")]),
        ("a warehouse in Kessaby", [S(DC2, "raided a warehouse in the port of Kessaby")]),
    ], "A former cooperage in Ebbrook, in the Vaudrelle valley, in the Tessock wire and its rewrite, The Cartulary ('here', under an EBBROOK dateline), Radio Vaudrelle and The Hackle; a warehouse in the port of Kessaby in The Duvenholt Coracle."),
    conflict("C15", "E2", "duration", "How long the forger had been at work", [
        ("P11Y", [S(G2, "had been forging old vintages for 11 years"),
                  S(LS, "had spent 11 years forging old vintages"),
                  S(CA2, "had been forging wine labels since 2048", "since 2048: 11 years by 2059"),
                  S(DC2, "forging old vintages over 11 years")]),
        ("P20Y", [S(HK, "forging wine labels for two decades")]),
    ], "11 years in the Tessock wire and its rewrite and The Duvenholt Coracle, and **relative time** in The Cartulary ('since 2048', in 2059: 11 years); 'two decades' in The Hackle."),
    conflict("C16", "E2", "duration", "How long the police searched the building", [
        ("PT9H", [S(G2, "spent nine hours searching the building"),
                  S(LS, "In a nine-hour search her officers found"),
                  S(CA2, "Her officers did not leave the building until 2.30 p.m.", "from 5.30 a.m. to 2.30 p.m.: nine hours")]),
        ("PT3H", [S(RL, "left the cooperage after a three-hour search")]),
    ], "Nine hours in the Tessock wire, 'a nine-hour search' in its rewrite (N23), and **relative time** in The Cartulary (in at 5.30 a.m., out at 2.30 p.m.: nine hours); 'a three-hour search' in Radio Vaudrelle's live blog."),
    conflict("C17", "E2", "speaker", "Who said 'He could copy a 1927 label down to the flyspecks, and then he filled the bottle with whatever was cheap that week'", [
        ("Jessamine Wragge", [S(G2, "that week,\" Wragge said."),
                              S(LS, "that week,\" she said."),
                              S(RL, "Detective Superintendent Jessamine Wragge has spoken to reporters outside the cooperage:")]),
        ("Rosmund Pruett", [S(CA2, "said the Culture Minister, Rosmund Pruett, who visited Ebbrook")]),
    ], "Detective Superintendent Jessamine Wragge in the Tessock wire, its rewrite ('she', Wragge named in the paragraph before) and Radio Vaudrelle (her name before a colon, in the sentence that ends with the quote); the Culture Minister, Rosmund Pruett, in The Cartulary. All quote the words verbatim."),
    conflict("C18", "E2", "actor", "Who led the raid", [
        ("Jessamine Wragge", [S(G2, "heritage crime unit, led the raid", "Jessamine Wragge (the subject of the sentence)"),
                              S(LS, "was led by Detective Superintendent Jessamine Wragge"),
                              S(CA2, "The raid, led by Detective Superintendent Jessamine Wragge"),
                              S(DC2, "the raid was led by Detective Superintendent Jessamine Wragge"),
                              S(HK, "Detective Superintendent Jessamine Wragge, who led the raid")]),
        ("Alderic Fetterly", [S(RL, "being run by Inspector Alderic Fetterly of Vaudrelle police")]),
    ], "Detective Superintendent Jessamine Wragge of the Ardessian National Police in the Tessock wire and its rewrite, The Cartulary, The Duvenholt Coracle and The Hackle; Inspector Alderic Fetterly of Vaudrelle police, 'who led officers into the building', in Radio Vaudrelle's live blog (which quotes Wragge on another entry)."),
]

NONCONFLICTS = [
    nonc("N1", "alias", "E1", ["E1"], "The auction house, named and described", [
        S(G1, "Talbridge & Moss, Ardesse's oldest auction house", "Talbridge & Moss / Ardesse's oldest auction house"),
        S(CA1, "saleroom Talbridge & Moss keeps in Ferrule Street", "Talbridge & Moss"),
        S(DC1, "the auction house's chairman, Auberon Talbridge, said", "the auction house")],
         "one firm"),
    nonc("N2", "alias", "E1", ["E1"], "The wine merchant, with his full first name and a short one", [
        S(G1, "The merchant, Ottokar Heddle, said", "Ottokar Heddle"),
        S(TU, "But eagle-eyed merchant Otto Heddle smelled a rat.", "Otto Heddle")],
         "one person: The Tuppence shortens 'Ottokar' to 'Otto' (The Duvenholt Coracle's Lindtørp is the conflict C9)"),
    nonc("N3", "alias", "E1", ["E1"], "The buyer, with and without the Oskarran letter", [
        S(G1, "Most of the bottles went to Gisela Lindtørp", "Gisela Lindtørp"),
        S(CA1, "Most went to the Duvenholt restaurateur Gisela Lindtorp.", "Gisela Lindtorp"),
        S(DC1, "The Duvenholt restaurateur Gisela Lindtørp was waiting", "Gisela Lindtørp")],
         "one person: The Cartulary writes 'o' for the 'ø' of 'Lindtørp'"),
    nonc("N4", "alias", "E1", ["E1"], "The wine, named three ways", [
        S(G1, "the bottles of Clos Sarvignac 1927 it had just sold", "Clos Sarvignac 1927"),
        S(UL, "the vintage the trade still calls the Comet", "the Comet"),
        S(TU, "snapping up 86 bottles of the fabled Clos Sarvignac", "the fabled Clos Sarvignac")],
         "one wine: its name, the trade's nickname and a tabloid's epithet"),
    nonc("N5", "alias", "E1", ["E1"], "Where the sale was, written three ways", [
        S(G1, "at the firm's saleroom in Ferrule Street, Velmarck", "Ferrule Street, Velmarck"),
        S(DC1, "at auction in the Ardessian capital, Velmarck", "the Ardessian capital, Velmarck"),
        S(TU, "packed the Velmarck saleroom of Talbridge & Moss", "the Velmarck saleroom")],
         "one place: a street in Velmarck, the capital, the saleroom (Ullage's Kessaby is the conflict C6)"),
    nonc("N6", "timezone", "E1", ["E1"], "When the last lot was knocked down", [
        S(G1, "The last of them was knocked down at 1745 GMT", "17:45 GMT"),
        S(CA1, "The last was knocked down at 6.45 p.m.", "18:45 UTC+1 = 17:45 GMT"),
        S(UL, "The last lot fell at 17:45 UTC", "17:45 UTC")],
         "one instant written in GMT, in UTC and in Velmarck time (The Duvenholt Coracle's 1.45 p.m. is the conflict C2)"),
    nonc("N7", "weekday_date", "E1", ["E1"], "The day of the sale", [
        S(G1, "froze the results of a wine sale it held on Saturday", "2059-06-14"),
        S(CA1, "came under the hammer at 1.45 p.m. on Saturday, 14 June", "2059-06-14"),
        S(TU, "Talbridge & Moss on Saturday for an eight-hour marathon", "2059-06-14")],
         "a weekday, a weekday with its date, and 'on Saturday' in a tabloid published on Monday 16 June: one day (Ullage's 'Friday 13 June' is the conflict C1)"),
    nonc("N8", "unit_form", "E1", ["E1"], "How long the public viewing ran", [
        S(G1, "during the four-day public viewing", "four-day"),
        S(CA1, "the viewing, which ran for four days", "four days"),
        S(UL, "Its four days of viewing had drawn 1,100 visitors", "four days")],
         "'four-day' and 'four days': one length"),
    nonc("N9", "date_vs_duration", "E1", ["E1"], "How long the sale lasted, as a length and as two clock times", [
        S(G1, "The sale lasted five hours.", "5 hours"),
        S(CA1, "came under the hammer at 1.45 p.m.", "the first lot, 1.45 p.m."),
        S(CA1, "The last was knocked down at 6.45 p.m.", "the last lot, 6.45 p.m.")],
         "**relative time**: from 1.45 p.m. to 6.45 p.m. is five hours (The Tuppence's eight hours is the conflict C7)"),
    nonc("N10", "unit_form", "E1", ["E1"], "How long the sale lasted, two forms", [
        S(G1, "The sale lasted five hours.", "five hours"),
        S(UL, "closing a five-hour sale", "five-hour")],
         "'five hours' and 'five-hour': one length"),
    nonc("N11", "rounded", "E1", ["E1"], "The hammer total, exact and rounded", [
        S(G1, "a hammer total of 3.41 million marrits", "3.41 million"),
        S(UL, "The hammer total was 3,412,500 marrits.", "3,412,500"),
        S(DC1, "The bottles fetched about 3.4 million marrits.", "about 3.4 million")],
         "**a rounded figure against an exact one**: 3,412,500 is 3.41 million to two places and about 3.4 million (The Tuppence's 4.3 million is the conflict C5)"),
    nonc("N12", "level_vs_change", "E1", ["E1"], "The hammer total, the estimate and the difference", [
        S(G1, "a hammer total of 3.41 million marrits", "3.41 million (the level)"),
        S(G1, "against a pre-sale estimate of 2 million", "2 million (the estimate)"),
        S(CA1, "1.41 million more than the top estimate", "+1.41 million (the difference)")],
         "the total, the estimate and the difference: 3.41 million is 1.41 million above 2 million"),
    nonc("N13", "different_measure", "E1", ["E1"], "The hammer total vs the bill with the buyer's premium", [
        S(G1, "a hammer total of 3.41 million marrits", "3.41 million at the hammer"),
        S(G1, "the bill would have come to 4.09 million marrits", "4.09 million with the premium")],
         "**two different measures of money** in one report: the hammer prices, and what the buyers would have paid with the premium"),
    nonc("N14", "different_measure", "E1", ["E1"], "Lots vs bottles", [
        S(G1, "The 14 lots", "14 lots"),
        S(G1, "86 bottles in all", "86 bottles")],
         "**counts of different sets** in one sentence: 14 lots made up of 86 bottles"),
    nonc("N15", "different_measure", "E1", ["E1"], "When the sale began and when it ended", [
        S(CA1, "came under the hammer at 1.45 p.m.", "the first lot: 12:45 GMT"),
        S(G1, "The last of them was knocked down at 1745 GMT", "the last lot: 17:45 GMT")],
         "two clock times of two different things, five hours apart (C7); The Cartulary's '1.45 p.m.' (Velmarck time) is not The Duvenholt Coracle's '1.45 p.m. Duvenholt time'"),
    nonc("N16", "different_measure", "E1", ["E1"], "Bottles sold vs bottles the estate made", [
        S(G1, "86 bottles in all", "86 sold"),
        S(G1, "made only 2,900 bottles of its 1927", "2,900 made")],
         "counts of different sets: the bottles in the sale and the whole of the estate's 1927"),
    nonc("N17", "different_measure", "E1", ["E1"], "The end of the sale and the call to the police", [
        S(CA1, "The last was knocked down at 6.45 p.m.", "the last lot: 6.45 p.m."),
        S(CA1, "he rang the police at about 9 p.m.", "the call: about 9 p.m.")],
         "two clock times of two different things in one report"),
    nonc("N18", "timezone", "E2", ["E2"], "When the officers went in", [
        S(G2, "Officers went in at 0430 GMT", "04:30 GMT"),
        S(LS, "The raid began at 5.30 a.m.", "05:30 UTC+1 = 04:30 GMT"),
        S(DC2, "at 11.30 p.m. on Monday, Duvenholt time", "23:30 UTC-5 = 04:30 GMT")],
         "one instant written in three zones (Radio Vaudrelle's 6.30am is the conflict C11)"),
    nonc("N19", "timezone", "E2", ["E2"], "The day of the raid, in two zones", [
        S(LS, "were arrested on Tuesday when detectives raided", "2059-06-24 (Velmarck)"),
        S(DC2, "at 11.30 p.m. on Monday, Duvenholt time", "2059-06-23 (Duvenholt)")],
         "**the same instant in two zones on two calendar days**: 04:30 GMT on Tuesday 24 June is 5.30 a.m. on Tuesday in Ebbrook and 11.30 p.m. on Monday in Duvenholt (The Hackle's Thursday is the conflict C10)"),
    nonc("N20", "weekday_date", "E2", ["E2"], "The day of the raid", [
        S(G2, "in the Vaudrelle valley village of Ebbrook on Tuesday", "2059-06-24"),
        S(CA2, "Detectives who raided a former cooperage here yesterday", "2059-06-24"),
        S(RL, "Police raided a former cooperage in Ebbrook this morning.", "2059-06-24")],
         "a weekday, 'yesterday' in a report published on Wednesday 25 June, and 'this morning' in a live blog of Tuesday 24 June: one day"),
    nonc("N21", "date_vs_duration", "E2", ["E2"], "How long the forger had been at work, as a length and as a year", [
        S(G2, "had been forging old vintages for 11 years", "11 years"),
        S(CA2, "had been forging wine labels since 2048", "since 2048")],
         "**relative time**: from 2048 to 2059 is 11 years (The Hackle's two decades is the conflict C15)"),
    nonc("N22", "date_vs_duration", "E2", ["E2"], "How long the search lasted, as a length and as two clock times", [
        S(G2, "spent nine hours searching the building", "9 hours"),
        S(CA2, "began at 5.30 a.m.", "in at 5.30 a.m."),
        S(CA2, "Her officers did not leave the building until 2.30 p.m.", "out at 2.30 p.m.")],
         "**relative time**: from 5.30 a.m. to 2.30 p.m. is nine hours (Radio Vaudrelle's three hours is the conflict C16)"),
    nonc("N23", "unit_form", "E2", ["E2"], "How long the search lasted, two forms", [
        S(G2, "spent nine hours searching the building", "nine hours"),
        S(LS, "In a nine-hour search her officers found", "nine-hour")],
         "'nine hours' and 'nine-hour': one length"),
    nonc("N24", "rounded", "E2", ["E2"], "The value of the stock, exact and hedged", [
        S(G2, "worth an estimated 2.6 million marrits", "2.6 million"),
        S(LS, "stock worth more than 2.5 million marrits in all", "more than 2.5 million")],
         "**a hedged lower bound against a figure**: 2.6 million is more than 2.5 million (The Duvenholt Coracle's 6.2 million is the conflict C13)"),
    nonc("N25", "level_vs_change", "E2", ["E2"], "The maximum sentence for label forgery", [
        S(G2, "would rise to ten years", "to 10 years (new level)"),
        S(LS, "would go up by four years", "by 4 years (change)"),
        S(CA2, "from six years to ten", "from 6 to 10 years"),
        S(HK, "Rosmund Pruett wants ten years in prison", "10 years")],
         "the new level and the change: from six years to ten is a rise of four"),
    nonc("N26", "different_measure", "E2", ["E2"], "Filled bottles vs blank labels", [
        S(G2, "Inside they found 1,312 filled bottles", "1,312 bottles"),
        S(G2, "more than 4,000 blank labels for the 1927", "more than 4,000 labels")],
         "**counts of different sets** in one sentence"),
    nonc("N27", "unit_conversion", "E2", ["E2"], "How far Ebbrook is from Velmarck, in two units", [
        S(G2, "60 km east of Velmarck", "60 km"),
        S(HK, "some 37 miles east of Velmarck", "about 37 miles = 59.5 km")],
         "60 km are 37.3 miles: the same distance, hedged ('some')"),
    nonc("N28", "correction", "E2", ["E2"], "How many were arrested, with a withdrawn figure", [
        S(RL, "We understand two people have been arrested.", "2 (withdrawn)"),
        S(RL, "an earlier entry on this page said two people had been arrested", "the correction"),
        S(RL, "Police say three people are in custody.", "3"),
        S(G2, "and arrested three people over the forged Clos Sarvignac 1927", "3")],
         "Radio Vaudrelle's 17:20 correction withdraws the 'two' of its 07:05 entry, which stays on the page; the blog now says three, like the wire: not a conflict (The Cartulary's four is the conflict C12)"),
    nonc("N29", "alias", "E2", ["E2"], "The forger, named and described", [
        S(G2, "Among those arrested was Emmerich Vosk, 61, a former label printer", "Emmerich Vosk"),
        S(DC2, "A 61-year-old former label printer, Emmerich Vosk", "A 61-year-old former label printer"),
        S(RL, "the centre of the inquiry is a former label printer", "the man at the centre of the inquiry")],
         "one person"),
    nonc("N30", "alias", "E2", ["E2"], "The police force, named three ways", [
        S(G2, "head of the Ardessian National Police's heritage crime unit", "the Ardessian National Police"),
        S(LS, "of the Ardessian National Police", "the Ardessian National Police"),
        S(DC2, "Ardessian police arrested three people", "Ardessian police")],
         "one force (Radio Vaudrelle's 'Vaudrelle police' belong to the conflict C18)"),
    nonc("N31", "updated_figure", None, ["E1", "E2"], "How many lots were forged, in the two events", [
        S(G1, "at least nine of the lots were under suspicion", "at least 9 (the auction house, 14 June)"),
        S(G2, "All 14 lots sold on 14 June were forgeries", "all 14 (the police, 24 June)"),
        S(CA2, "All 14 lots sold at Talbridge & Moss on 14 June", "all 14")],
         "**a figure updated over time in different events**: the first suspicion replaced by the police's finding: not a conflict"),
    nonc("N32", "different_event", None, ["E1", "E2"], "Arrests, in the two events", [
        S(G1, "No arrests have been made.", "none (14 June)"),
        S(G2, "and arrested three people over the forged Clos Sarvignac 1927", "three (24 June)")],
         "a later step: no arrests on the day of the sale, three at the raid ten days later"),
    nonc("N33", "different_event", None, ["E1", "E2"], "What became of the sale, in the two events", [
        S(G1, "No money would change hands until each bottle had been examined", "frozen (14 June)"),
        S(G2, "has cancelled the sale of every lot", "cancelled (24 June)")],
         "a later step: the results frozen on the night of the sale, every lot cancelled after the raid"),
    nonc("N34", "alias", "E2", ["E2"], "The auction house, in two spellings and a description", [
        S(G2, "Talbridge & Moss has cancelled the sale of every lot", "Talbridge & Moss"),
        S(LS, "sold by Talbridge and Moss in Velmarck on 14 June", "Talbridge and Moss"),
        S(DC2, "The auction house's chairman, Auberon Talbridge, has promised", "the auction house")],
         "one firm: '&' and 'and' are spellings of one name"),
]

CORROBORATED = [
    corr("K1", "E1", "date", "The sale was on Saturday 14 June", "2059-06-14", CONFLICTS[0]["sides"][0]["sources"]),
    corr("K2", "E1", "time", "The last lot was knocked down at 17:45 GMT", "2059-06-14T17:45Z", CONFLICTS[1]["sides"][0]["sources"]),
    corr("K3", "E1", "count", "14 lots of the 1927 were sold", "14", CONFLICTS[2]["sides"][0]["sources"]),
    corr("K4", "E1", "count", "86 bottles of the 1927 were sold", "86", CONFLICTS[3]["sides"][0]["sources"]),
    corr("K5", "E1", "amount", "The hammer total was 3.41 million marrits", "3.41 million marrits", CONFLICTS[4]["sides"][0]["sources"]),
    corr("K6", "E1", "place", "The sale was at Talbridge & Moss's saleroom in Ferrule Street, Velmarck", "Talbridge & Moss's saleroom in Ferrule Street, Velmarck", CONFLICTS[5]["sides"][0]["sources"]),
    corr("K7", "E1", "duration", "The sale lasted five hours", "PT5H", CONFLICTS[6]["sides"][0]["sources"]),
    corr("K8", "E1", "actor", "The wine merchant Ottokar Heddle first raised the alarm", "Ottokar Heddle", CONFLICTS[8]["sides"][0]["sources"]),
    corr("K9", "E2", "date", "The raid was on Tuesday 24 June", "2059-06-24", CONFLICTS[9]["sides"][0]["sources"]),
    corr("K10", "E2", "time", "The officers went in at 04:30 GMT", "2059-06-24T04:30Z", CONFLICTS[10]["sides"][0]["sources"]),
    corr("K11", "E2", "count", "Three people were arrested", "3", CONFLICTS[11]["sides"][0]["sources"]),
    corr("K12", "E2", "amount", "The stock seized was worth 2.6 million marrits", "2.6 million marrits", CONFLICTS[12]["sides"][0]["sources"]),
    corr("K13", "E2", "place", "The police raided a former cooperage in Ebbrook", "a former cooperage in Ebbrook", CONFLICTS[13]["sides"][0]["sources"]),
    corr("K14", "E2", "duration", "The forger had been at work for 11 years", "P11Y", CONFLICTS[14]["sides"][0]["sources"]),
    corr("K15", "E2", "duration", "The police searched the building for nine hours", "PT9H", CONFLICTS[15]["sides"][0]["sources"]),
    corr("K16", "E2", "actor", "Detective Superintendent Jessamine Wragge led the raid", "Jessamine Wragge", CONFLICTS[17]["sides"][0]["sources"]),
    corr("K17", "E1", "actor", "The sale was held by the auction house Talbridge & Moss", "Talbridge & Moss", [
        S(G1, "Talbridge & Moss, Ardesse's oldest auction house"),
        S(VW, "Talbridge & Moss, Ardesse's oldest auction house"),
        S(CA1, "saleroom Talbridge & Moss keeps in Ferrule Street"),
        S(TU, "packed the Velmarck saleroom of Talbridge & Moss"),
        S(UL, "at Talbridge & Moss's saleroom in Kessaby", "Talbridge & Moss (the place is the conflict C6)"),
        S(DC1, "fourteen lots at the auction house Talbridge & Moss")]),
    corr("K18", "E1", "actor", "The wine sold was Clos Sarvignac 1927", "Clos Sarvignac 1927", [
        S(G1, "the bottles of Clos Sarvignac 1927 it had just sold"),
        S(VW, "the bottles of Clos Sarvignac 1927 it had just sold"),
        S(CA1, "The first lot of Clos Sarvignac 1927"),
        S(TU, "snapping up 86 bottles of the fabled Clos Sarvignac", "Clos Sarvignac (the 1927 in the paragraph before)"),
        S(UL, "86 bottles of Clos Sarvignac 1927, the vintage"),
        S(DC1, "The sale of all 68 bottles of Clos Sarvignac 1927")]),
    corr("K19", "E1", "actor", "The labels glowed under an ultraviolet lamp", "the labels glowed under ultraviolet light", [
        S(G1, "under an ultraviolet lamp, he said, their labels glowed blue"),
        S(VW, "under an ultraviolet lamp, he said, their labels glowed blue"),
        S(CA1, "after comparing the glow of the labels with his notes"),
        S(TU, "the label glowed like a bus ticket"),
        S(UL, "the label lit up like a bus ticket")]),
    corr("K20", "E1", "actor", "Most of the bottles went to the Duvenholt restaurateur Gisela Lindtørp", "Gisela Lindtørp", [
        S(G1, "Most of the bottles went to Gisela Lindtørp"),
        S(VW, "Most of the bottles went to Gisela Lindtørp"),
        S(CA1, "Most went to the Duvenholt restaurateur Gisela Lindtorp.", "Gisela Lindtorp"),
        S(DC1, "the wine she had just bought at auction")]),
    corr("K21", "E1", "duration", "The public viewing ran for four days", "P4D", [
        S(G1, "during the four-day public viewing"),
        S(VW, "during the four-day public viewing"),
        S(CA1, "the viewing, which ran for four days"),
        S(UL, "Its four days of viewing had drawn 1,100 visitors")]),
    corr("K22", "E1", "actor", "The auction house froze the results of the sale", "results frozen", [
        S(G1, "Ardesse's oldest auction house, froze the results"),
        S(VW, "Ardesse's oldest auction house, froze the results"),
        S(UL, "the firm froze the results that same night"),
        S(DC1, "offered there has been frozen")]),
    corr("K23", "E1", "actor", "No money will change hands until the bottles are examined", "no money changes hands", [
        S(G1, "No money would change hands until each bottle had been examined"),
        S(VW, "No money would change hands until each bottle had been examined"),
        S(CA1, "\"Not a single marrit will change hands until every bottle"),
        S(UL, "Talbridge & Moss says no money will change hands")]),
    corr("K24", "E1", "actor", "The police are investigating", "police inquiry", [
        S(G1, "Velmarck police said they had opened an inquiry."),
        S(VW, "Velmarck police said they had opened an inquiry."),
        S(TU, "Cops are investigating.")]),
    corr("K25", "E1", "count", "Lindtørp's group runs eleven restaurants in Oskarra", "11", [
        S(G1, "whose group runs eleven dining rooms in Oskarra"),
        S(VW, "whose group runs eleven dining rooms in Oskarra"),
        S(DC1, "whose group owns eleven restaurants in Oskarra")]),
    corr("K26", "E1", "count", "Clos Sarvignac made only 2,900 bottles of the 1927", "2,900", [
        S(G1, "made only 2,900 bottles of its 1927"),
        S(DC1, "had made only 2,900 bottles of the 1927")]),
    corr("K27", "E1", "actor", "Auberon Talbridge is the auction house's chairman", "Auberon Talbridge", [
        S(G1, "Auberon Talbridge, the firm's chairman, said in a statement"),
        S(VW, "Auberon Talbridge, the firm's chairman, said in a statement"),
        S(CA1, "said the chairman, Auberon Talbridge"),
        S(DC1, "the auction house's chairman, Auberon Talbridge, said")]),
    corr("K28", "E2", "actor", "Emmerich Vosk, 61, a former label printer, is the man at the centre of the case", "Emmerich Vosk", [
        S(G2, "Among those arrested was Emmerich Vosk, 61, a former label printer"),
        S(LS, "a 61-year-old former label printer, Emmerich Vosk"),
        S(CA2, "Police say Emmerich Vosk, 61, a former label printer"),
        S(DC2, "A 61-year-old former label printer, Emmerich Vosk"),
        S(RL, "the centre of the inquiry is a former label printer", "a former label printer in his sixties")]),
    corr("K29", "E2", "count", "The police found 1,312 filled bottles", "1,312", [
        S(G2, "Inside they found 1,312 filled bottles"),
        S(LS, "her officers found 1,312 filled bottles"),
        S(CA2, "1,312 filled bottles waiting for their labels")]),
    corr("K30", "E2", "actor", "The police found a printing press", "a printing press", [
        S(G2, "a printing press in what had been the cooperage's drying room"),
        S(CA2, "carried away a printing press")]),
    corr("K31", "E2", "duration", "The maximum sentence for label forgery will rise to ten years", "P10Y", [
        S(G2, "would rise to ten years"),
        S(CA2, "from six years to ten"),
        S(HK, "Rosmund Pruett wants ten years in prison")]),
    corr("K32", "E2", "date", "The forged bottles were sold on 14 June", "2059-06-14", [
        S(G2, "sold at a Velmarck auction ten days ago", "ten days before 24 June"),
        S(LS, "sold by Talbridge and Moss in Velmarck on 14 June"),
        S(CA2, "All 14 lots sold at Talbridge & Moss on 14 June")]),
    corr("K33", "E2", "actor", "The auction house has returned the buyers' deposits", "deposits returned", [
        S(G2, "returned the buyers' deposits"),
        S(CA2, "Talbridge & Moss has returned every buyer's deposit."),
        S(DC2, "Ms Lindtørp has had her deposit returned in full.")]),
    corr("K34", "E2", "count", "All 14 lots sold were forgeries", "14", [
        S(G2, "All 14 lots sold on 14 June were forgeries"),
        S(CA2, "All 14 lots sold at Talbridge & Moss on 14 June")]),
    corr("K35", "E2", "count", "Ebbrook is about 60 km east of Velmarck", "60 km", [
        S(G2, "60 km east of Velmarck"),
        S(HK, "some 37 miles east of Velmarck", "about 37 miles = 59.5 km")]),
]

EXCLUSIVE = [
    excl("X1", "E1", "Lindtørp bid by telephone", [
        S(G1, "bidding by telephone"),
        S(VW, "bidding by telephone")],
         "in the Tessock wire and its copy (Velmarck Wherry) only: one independent source, NOT corroborated"),
    excl("X2", "E1", "Ferrule Street was closed on Sunday morning while police carried out the firm's records", [
        S(VW, "Ferrule Street was closed to traffic for part of Sunday morning")],
         "only in the paragraph the Wherry added to the wire"),
    excl("X3", "E1", "At least nine of the lots were under suspicion", [
        S(G1, "at least nine of the lots were under suspicion"),
        S(VW, "at least nine of the lots were under suspicion")],
         "in the Tessock wire and its copy only: one independent source, NOT corroborated"),
    excl("X4", "E1", "With the buyer's premium the bill would have been 4.09 million marrits", [
        S(G1, "the bill would have come to 4.09 million marrits"),
        S(VW, "the bill would have come to 4.09 million marrits")],
         "in the Tessock wire and its copy only: one independent source, NOT corroborated"),
    excl("X5", "E1", "The estate's director would be astonished to find 86 bottles in one cellar", [
        S(G1, "I would be astonished to find 86 still waiting in one cellar")],
         "in the wire only; its copy leaves the estate's paragraph out"),
    excl("X6", "E1", "Heddle rang the police at about 9 p.m.", [
        S(CA1, "he rang the police at about 9 p.m.")]),
    excl("X7", "E1", "A collectors' lawyer says buyers at auction seldom have old bottles tested", [
        S(CA1, "buyers at auction seldom have old bottles tested")]),
    excl("X8", "E1", "A bidder says he bought cough mixture with a pretty label", [
        S(TU, "Instead I bought cough mixture with a pretty label.")]),
    excl("X9", "E1", "The viewing drew 1,100 visitors", [
        S(UL, "had drawn 1,100 visitors")]),
    excl("X10", "E1", "Optical brighteners came into paper mills only in the 1950s", [
        S(UL, "only came into paper mills in the 1950s")]),
    excl("X11", "E1", "Lindtørp's sommelier had studied photographs of the labels", [
        S(DC1, "whose sommelier had studied photographs of the labels")]),
    excl("X12", "E1", "Lindtørp meant to open the first bottle at her group's fiftieth anniversary dinner", [
        S(DC1, "at the group's fiftieth anniversary dinner in September")]),
    excl("X13", "E1", "Heddle's shop is two streets from the saleroom", [
        S(CA1, "a wine merchant with a shop two streets away")]),
    excl("X14", "E2", "Vosk's son and a wine broker were also arrested", [
        S(G2, "His son, 34, was arrested with him"),
        S(LS, "Vosk's son and a Velmarck wine broker were also arrested.")],
         "in the Tessock wire and its rewrite (Vaudrelle Scrivener) only: one independent source, NOT corroborated"),
    excl("X15", "E2", "Neighbours thought Vosk was making jam", [
        S(LS, "\"We thought he was making jam,\" said Gudrid Barrowby")],
         "only in the paragraph the Vaudrelle Scrivener wrote itself"),
    excl("X16", "E2", "The police found more than 4,000 blank labels", [
        S(G2, "more than 4,000 blank labels for the 1927")],
         "in the wire only; its rewrite leaves it out"),
    excl("X17", "E2", "The three can be held until Thursday without charge", [
        S(G2, "The three can be held until Thursday without charge.")],
         "in the wire only; its rewrite leaves it out"),
    excl("X18", "E2", "Police tasters found a cheap table red from the Sellowby cooperative in the bottles", [
        S(CA2, "found a cheap table red from the Sellowby cooperative")]),
    excl("X19", "E2", "The Culture Minister visited Ebbrook in the afternoon", [
        S(CA2, "who visited Ebbrook in the afternoon")]),
    excl("X20", "E2", "Lindtørp is relieved and still angry", [
        S(DC2, "\"I am relieved, and I am still angry,\" she said.")]),
    excl("X21", "E2", "Oskarra's trade ministry will ask importers to have old Ardessian wines checked", [
        S(DC2, "Oskarra's trade ministry said it would ask importers")]),
    excl("X22", "E2", "The lane outside the cooperage is closed to traffic", [
        S(RL, "The lane outside the cooperage is closed to traffic.")]),
    excl("X23", "E2", "No auction house in Ardesse is obliged to test a bottle before selling it", [
        S(HK, "No auction house in Ardesse is obliged to test a single bottle")]),
    excl("X24", "E2", "Vosk drank nothing but beer, his neighbours say", [
        S(HK, "drank nothing but beer")]),
]

QUOTES = [
    qv("Q1", "E1", "Ludovica Imbry", "Most of the 1927 was drunk before the war", [
        S(G1, "\"Most of them were drunk before the war.", mode="direct"),
        S(DC1, "and that most had been drunk before the war", mode="indirect")],
       "direct vs reported speech ('Most of them were drunk before the war.' vs 'said Clos Sarvignac had made only 2,900 bottles of the 1927, and that most had been drunk before the war')"),
    qv("Q2", "E1", "Ottokar Heddle", "Under the lamp the label glowed like a bus ticket", [
        S(TU, "\"I held one up to the lamp", mode="direct"),
        S(UL, "\"I put the lamp on it and the label lit up", mode="direct")],
       "direct vs direct in other words ('I held one up to the lamp and the label glowed like a bus ticket' vs 'I put the lamp on it and the label lit up like a bus ticket')"),
    qv("Q3", "E1", "Gisela Lindtørp", "She paid for a piece of history and wants to know what she bought", [
        S(DC1, "\"I paid for a piece of history and I want to know", mode="direct"),
        S(CA1, "Ms Lindtorp said she had paid \"for a piece of history\"", mode="direct")],
       "direct vs partial direct in reported speech ('I paid for a piece of history and I want to know what I actually bought' vs 'said she had paid \"for a piece of history\" and wanted to know what she had actually bought')"),
    qv("Q4", "E1", "Auberon Talbridge", "No money will change hands until every bottle has been examined", [
        S(CA1, "\"Not a single marrit will change hands", mode="direct"),
        S(G1, "No money would change hands until each bottle had been examined", mode="indirect")],
       "direct vs reported speech ('Not a single marrit will change hands until every bottle has been examined' vs 'No money would change hands until each bottle had been examined, he said')"),
    qv("Q5", "E2", "Jessamine Wragge", "The forger was not a wine man but a very good print man", [
        S(G2, "\"He was not a wine man. He was a print man,", mode="direct"),
        S(HK, "Vosk was not a wine man but a print man", mode="indirect")],
       "direct vs reported speech ('He was not a wine man. He was a print man, and a very good one' vs 'put it best: Vosk was not a wine man but a print man, and a very good one')"),
    qv("Q6", "E2", "Rosmund Pruett", "A forged bottle is theft from the honest growers of the valley", [
        S(G2, "\"A forged bottle is theft from every honest grower in this valley,\"", mode="direct"),
        S(RL, "\"Every forged bottle is a theft from the honest growers", mode="direct")],
       "direct vs direct in other words ('A forged bottle is theft from every honest grower in this valley' vs 'Every forged bottle is a theft from the honest growers of this valley')"),
    qv("Q7", "E2", "Auberon Talbridge", "The firm will pay back every marrit and find out how the forgeries got past it", [
        S(CA2, "\"We will pay back every marrit, and we will find out", mode="direct"),
        S(DC2, "has promised to pay back every marrit and to find out", mode="indirect")],
       "direct vs reported speech ('We will pay back every marrit, and we will find out how this got past us' vs 'has promised to pay back every marrit and to find out how the forgeries got past his firm')"),
]
