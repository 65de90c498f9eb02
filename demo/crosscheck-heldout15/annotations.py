# The planted items of demo/crosscheck-heldout15, read by build_gold.py (which defines S, conflict,
# nonc, corr, excl, qv and the report names W1 ... FW before executing this file).
# Time zones: Tarsovia (Sorrance, Brindmoor, Veldry) UTC+1 all year, Ormundy (Port Calloway,
# Kestlebury) UTC-6 all year. Aerial One's live blog stamps its entries in Tarsovian time.

CONFLICTS = [
    conflict("C1", "E1", "date", "When Yevka Dorrington will first play the violin in public", [
        ("2043-10-24", [S(W1, "at Harrowmere Hall in Port Calloway on October 24"),
                        S(BP, "at Harrowmere Hall in Port Calloway on October 24"),
                        S(SD1, "play the violin in public for the first time on 24 October"),
                        S(PP1, "She will play it on Saturday, October 24, at Harrowmere Hall")]),
        ("2043-10-31", [S(A1, "a concert in Port Calloway on 31 October")]),
    ], "24 October in the Tidewell wire and its copy, the Sorrance Daybook and the Port Calloway Plainsman ('Saturday, October 24'); 31 October in Aerial One's 20:40 entry, quoting her agent."),
    conflict("C2", "E1", "count", "The hammer price of the violin", [
        ("4200000 gildras", [S(W1, "sold for 4.2 million gildras at auction in Sorrance"),
                             S(BP, "sold for 4.2 million gildras at auction in Sorrance"),
                             S(SD1, "the Lark had sold for 4.2 million gildras"),
                             S(A1, "for 4.2 million gildras to a telephone bidder"),
                             S(PP1, "paid 4.2 million gildras for the instrument")]),
        ("4800000 gildras", [S(LH, "went for a jaw-dropping 4.8 million gildras last night")]),
    ], "4.2 million gildras in the Tidewell wire and its copy, the Sorrance Daybook, Aerial One and the Port Calloway Plainsman; 4.8 million in the Loudhailer, which is neither the hammer price nor the price with the premium (5.1 million)."),
    conflict("C3", "E1", "count", "How many bidders competed for the violin", [
        ("7", [S(W1, "Seven bidders competed for it"),
               S(BP, "Seven bidders competed for it"),
               S(LH, "after seven bidders slugged it out"),
               S(PP1, "among seven bidders in Sorrance and on the telephone")]),
        ("9", [S(SD1, "Nine bidders took part")]),
    ], "Seven in the Tidewell wire and its copy, the Loudhailer and the Port Calloway Plainsman (and three in the room plus four on the telephones on Aerial One, N17); nine in the Sorrance Daybook."),
    conflict("C4", "E1", "duration", "How long the bidding lasted", [
        ("PT11M", [S(W1, "the bidding lasted 11 minutes"),
                   S(BP, "the bidding lasted 11 minutes"),
                   S(SD1, "an 11-minute contest"),
                   S(LH, "slugged it out for 11 minutes"),
                   S(A1, "Sold, after 11 minutes")]),
        ("PT17M", [S(PP1, "after a 17-minute contest")]),
    ], "11 minutes in the Tidewell wire and its copy, the Sorrance Daybook ('an 11-minute contest'), the Loudhailer and Aerial One (bidding opened at 19:31, sold at 19:42); 17 minutes in the Port Calloway Plainsman."),
    conflict("C5", "E1", "place", "Where the buyer bid from", [
        ("Port Calloway", [S(W1, "bid by telephone from Port Calloway"),
                           S(BP, "bid by telephone from Port Calloway"),
                           S(SD1, "a telephone bid from Port Calloway"),
                           S(PP1, "sitting at her kitchen table in Port Calloway")]),
        ("Kestlebury", [S(A1, "who was bidding from her home in Kestlebury")]),
    ], "From Port Calloway in the Tidewell wire and its copy, the Sorrance Daybook and the Port Calloway Plainsman (at her kitchen table); from her home in Kestlebury, another Ormundian town, on Aerial One."),
    conflict("C6", "E1", "speaker", "Who said 'A violin like this comes out of hiding once in a lifetime, if you are lucky'", [
        ("Ludovic Faraine", [S(W1, "said Ludovic Faraine, head of instruments at Mordaunt & Daske"),
                             S(BP, "said Ludovic Faraine, head of instruments at Mordaunt & Daske"),
                             S(LH, "Auctioneer Ludovic Faraine said:"),
                             S(A1, "Ludovic Faraine, who took the sale:")]),
        ("Leontyne Penthwick", [S(SD1, "said Leontyne Penthwick, the chairwoman of Mordaunt & Daske")]),
    ], "Ludovic Faraine, the auction house's head of instruments who took the sale, in the Tidewell wire and its copy, the Loudhailer (speaker before a colon) and Aerial One (20:10, speaker before a colon); the chairwoman Leontyne Penthwick in the Sorrance Daybook. All quote the words verbatim."),
    conflict("C7", "E1", "time", "When the hammer fell", [
        ("2043-10-07T18:42Z", [S(W1, "The hammer came down at 1842 GMT."),
                               S(SD1, "at 7.42 p.m. on 7 October"),
                               S(A1, "19:42 – Sold, after 11 minutes"),
                               S(PP1, "at 12:42 p.m. on Wednesday")]),
        ("2043-10-07T19:42Z", [S(LH, "The hammer fell at 8.42pm")]),
    ], "18:42 GMT in the Tidewell wire, 7.42 p.m. Tarsovian time (UTC+1) in the Sorrance Daybook and the 19:42 stamp of Aerial One's 'Sold' entry, 12:42 p.m. Port Calloway time (UTC-6) in the Port Calloway Plainsman: one instant; 8.42pm Tarsovian time in the Loudhailer (published Thu 8 October, 'last night'), which is 19:42 GMT, an hour later."),
    conflict("C8", "E1", "actor", "Who consigned the violin to the sale", [
        ("Evrard Vasseline", [S(W1, "The violin was consigned by Evrard Vasseline"),
                              S(BP, "The violin was consigned by Evrard Vasseline"),
                              S(SD1, "was consigned by Evrard Vasseline, a restorer from Brindmoor"),
                              S(LH, "Evrard Vasseline, who sent the 1711 fiddle to auction"),
                              S(A1, "the seller is the Brindmoor restorer Evrard Vasseline")]),
        ("the estate of Marlowe Thornaby", [S(PP1, "on behalf of the estate of the late Tarsovian collector Marlowe Thornaby")]),
    ], "The Brindmoor dealer and restorer Evrard Vasseline in the Tidewell wire and its copy, the Sorrance Daybook, the Loudhailer and Aerial One; the estate of the late collector Marlowe Thornaby in the Port Calloway Plainsman."),
    conflict("C9", "E2", "date", "The year of the youngest growth ring in the violin's top", [
        ("1788", [S(W2, "The youngest growth ring in the violin's spruce top dates from 1788"),
                  S(SD2, "dated the youngest ring of the violin's top to 1788"),
                  S(PU, "dated the youngest ring of its two-piece spruce top to 1788"),
                  S(FW, "Its youngest ring is from 1788.")]),
        ("1798", [S(VS, "The youngest ring in its spruce top grew in 1798")]),
    ], "1788 in the Tidewell wire, the Sorrance Daybook, Purfling and Fretwork; 1798 in the Veldry Skein, the wire's own rewrite."),
    conflict("C10", "E2", "date", "When the consignor was arrested", [
        ("2043-10-17", [S(W2, "at his workshop in Brindmoor on Saturday"),
                        S(VS, "at his workshop on Saturday"),
                        S(SD2, "and arrested him there on Saturday"),
                        S(PP2, "was arrested on October 17"),
                        S(PU, "was arrested on 17 October at his workshop")]),
        ("2043-10-16", [S(FW, "was arrested last Friday")]),
    ], "Saturday 17 October: 'on Saturday' in the Tidewell wire (published Mon 19), its rewrite and the Sorrance Daybook (both published Tue 20), 'October 17' in the Port Calloway Plainsman and '17 October' in Purfling; **relative**: 'last Friday' in Fretwork (published Thu 22 October: Friday 16 October)."),
    conflict("C11", "E2", "count", "How many instruments the police seized at the workshop", [
        ("14 other instruments", [S(W2, "seized 14 other instruments"),
                                  S(VS, "took away 14 other instruments"),
                                  S(PU, "where police seized 14 other instruments")]),
        ("19 instruments", [S(SD2, "Police have seized 19 instruments from the Brindmoor workshop")]),
    ], "14 other instruments (besides the Lark) in the Tidewell wire and its rewrite and in Purfling; 19 in the Sorrance Daybook, which no reading of the others allows (14 others and the Lark make 15)."),
    conflict("C12", "E2", "duration", "How long the police can hold the consignor without charge", [
        ("PT96H", [S(W2, "Vasseline can be held for 96 hours"),
                   S(SD2, "He can be held for up to four days without charge."),
                   S(PP2, "Police can hold him for 96 hours.")]),
        ("P2D", [S(PU, "he can be held for two days without charge")]),
    ], "96 hours in the Tidewell wire and the Port Calloway Plainsman, 'up to four days' in the Sorrance Daybook (the same length, N10); **other units**: two days (48 hours) in Purfling."),
    conflict("C13", "E2", "place", "Where the consignor was arrested", [
        ("his workshop in Brindmoor", [S(W2, "at his workshop in Brindmoor on Saturday"),
                                       S(VS, "at his workshop on Saturday"),
                                       S(SD2, "from the Brindmoor workshop of Evrard Vasseline"),
                                       S(PU, "He was arrested in Brindmoor.")]),
        ("Sorrance airport", [S(PP2, "at Sorrance airport as he waited to board a flight abroad")]),
    ], "At his workshop in Brindmoor in the Tidewell wire and its rewrite (the Brindmoor dealer 'at his workshop'), the Sorrance Daybook ('arrested him there') and Purfling (after its correction, N26); at Sorrance airport in the Port Calloway Plainsman."),
    conflict("C14", "E2", "speaker", "Who said 'The wood does not lie'", [
        ("Ismay Crudwell", [S(W2, "Sarravel was buried,\" Crudwell said."),
                            S(VS, "\"The wood does not lie,\" the scientist said."),
                            S(SD2, "\"The wood does not lie,\" said Dr Crudwell."),
                            S(PU, "\"The wood does not lie,\" she told the Corvell Street news conference.")]),
        ("Corwin Fallowby", [S(PP2, "said Detective Superintendent Corwin Fallowby, who leads the police inquiry")]),
    ], "Dr Ismay Crudwell of the Veldry Tree-Ring Laboratory in the Tidewell wire (the quote runs on: 'The wood does not lie. Whoever made this top ...', Crudwell said), its rewrite ('the scientist said', named in the paragraph before), the Sorrance Daybook and Purfling ('she told', named in the sentence before); Detective Superintendent Corwin Fallowby in the Port Calloway Plainsman. All quote the words verbatim."),
    conflict("C15", "E2", "time", "When the news conference in Sorrance began", [
        ("2043-10-19T10:00Z", [S(W2, "at the Corvell Street saleroom at 1000 GMT"),
                               S(VS, "told reporters in Sorrance at 11 a.m. on Monday"),
                               S(PP2, "began at 4 a.m. Port Calloway time on Monday")]),
        ("2043-10-19T11:00Z", [S(SD2, "read out an apology at noon on Monday")]),
    ], "10:00 GMT in the Tidewell wire, 11 a.m. Tarsovian time (UTC+1) in its rewrite and 4 a.m. Port Calloway time (UTC-6) in the Port Calloway Plainsman: one instant; noon on Monday in the Sorrance Daybook (Tarsovian time: 11:00 GMT), an hour later."),
    conflict("C16", "E2", "duration", "How long the tree-ring tests took", [
        ("P9D", [S(W2, "The tests took nine days."),
                 S(VS, "The laboratory needed nine days to reach its verdict."),
                 S(SD2, "a nine-day examination"),
                 S(PU, "against reference chronologies for alpine spruce over nine days")]),
        ("P14D", [S(FW, "a fortnight of tests")]),
    ], "Nine days in the Tidewell wire and its rewrite, the Sorrance Daybook ('a nine-day examination') and Purfling; **other units**: 'a fortnight' (14 days) in Fretwork."),
]

NONCONFLICTS = [
    nonc("N1", "alias", "E1", ["E1"], "The maker", [
        S(W1, "the Tarsovian maker Benedikt Sarravel", "Benedikt Sarravel"),
        S(PP1, "the Tarsovian maker Benedikt Saravel", "Benedikt Saravel")],
         "Saravel is the Ormundian paper's spelling of Sarravel"),
    nonc("N2", "alias", "E1", ["E1"], "The auction house", [
        S(W1, "the Mordaunt & Daske saleroom on Corvell Street", "Mordaunt & Daske"),
        S(LH, "posh auctioneers Mordaunt's in Sorrance", "Mordaunt's")],
         "the tabloid's short form of Mordaunt & Daske"),
    nonc("N3", "alias", "E1", ["E1"], "Ludovic Faraine, under another title", [
        S(W1, "Ludovic Faraine, head of instruments at Mordaunt & Daske", "Ludovic Faraine, head of instruments"),
        S(LH, "Auctioneer Ludovic Faraine said:", "Ludovic Faraine, auctioneer")],
         "one man: the head of instruments took the sale himself, so he was also the auctioneer"),
    nonc("N4", "alias", "E2", ["E2"], "The maker", [
        S(W2, "49 years after Sarravel's death in 1739", "Sarravel"),
        S(PP2, "the work of Benedikt Saravel, who died in 1739", "Saravel")],
         "Saravel is the Ormundian paper's spelling of Sarravel"),
    nonc("N5", "alias", "E2", ["E2"], "The laboratory", [
        S(W2, "Dr Ismay Crudwell of the Veldry Tree-Ring Laboratory", "Veldry Tree-Ring Laboratory"),
        S(FW, "the Veldry laboratory", "the Veldry laboratory")],
         "the comment's short form of the Veldry Tree-Ring Laboratory"),
    nonc("N6", "timezone", "E1", ["E1"], "Time the hammer fell", [
        S(W1, "The hammer came down at 1842 GMT.", "2043-10-07T18:42Z"),
        S(SD1, "at 7.42 p.m. on 7 October", "2043-10-07T19:42+01:00"),
        S(A1, "19:42 – Sold, after 11 minutes", "2043-10-07T19:42+01:00"),
        S(PP1, "at 12:42 p.m. on Wednesday", "2043-10-07T12:42-06:00")],
         "Tarsovia is UTC+1 and Ormundy UTC-6: one instant in four notations (the Loudhailer's 8.42pm is the conflict C7)"),
    nonc("N7", "timezone", "E2", ["E2"], "Time the news conference began", [
        S(W2, "at the Corvell Street saleroom at 1000 GMT", "2043-10-19T10:00Z"),
        S(VS, "told reporters in Sorrance at 11 a.m. on Monday", "2043-10-19T11:00+01:00"),
        S(PP2, "began at 4 a.m. Port Calloway time on Monday", "2043-10-19T04:00-06:00")],
         "one instant in three notations (the Sorrance Daybook's noon is the conflict C15)"),
    nonc("N8", "unit_form", "E1", ["E1"], "How long the bidding lasted", [
        S(W1, "the bidding lasted 11 minutes", "PT11M"),
        S(SD1, "an 11-minute contest", "PT11M")],
         "'lasted 11 minutes' and 'an 11-minute contest' are one duration (the Plainsman's 17 minutes is the conflict C4)"),
    nonc("N9", "unit_form", "E2", ["E2"], "How long the tests took", [
        S(W2, "The tests took nine days.", "P9D"),
        S(SD2, "a nine-day examination", "P9D")],
         "'nine days' and 'a nine-day examination' are one duration (Fretwork's fortnight is the conflict C16)"),
    nonc("N10", "unit_form", "E2", ["E2"], "How long the consignor can be held", [
        S(W2, "Vasseline can be held for 96 hours", "PT96H"),
        S(SD2, "He can be held for up to four days without charge.", "P4D")],
         "96 hours are four days: one length in other units (Purfling's two days is the conflict C12)"),
    nonc("N11", "weekday_date", "E1", ["E1"], "The day of the sale", [
        S(W1, "at auction in Sorrance on Wednesday", "2043-10-07"),
        S(SD1, "at 7.42 p.m. on 7 October", "2043-10-07")],
         "the wire was published on Wednesday 7 October: the same day"),
    nonc("N12", "weekday_date", "E2", ["E2"], "The day of the arrest", [
        S(W2, "at his workshop in Brindmoor on Saturday", "2043-10-17"),
        S(PP2, "was arrested on October 17", "2043-10-17"),
        S(PU, "was arrested on 17 October at his workshop", "2043-10-17")],
         "the Saturday before Monday 19 October is 17 October (Fretwork's 'last Friday' is the conflict C10)"),
    nonc("N13", "level_vs_change", "E1", ["E1"], "The old record and the margin it was beaten by", [
        S(W1, "The previous auction record for a Tarsovian instrument was 2.9 million gildras", "2.9 million (the old record)"),
        S(SD1, "beating the old record for a Tarsovian instrument by 1.3 million", "by 1.3 million")],
         "a level and a change: 4.2 million is 1.3 million above the old record of 2.9 million"),
    nonc("N14", "different_measure", "E1", ["E1"], "Hammer price vs price with the buyer's premium", [
        S(W1, "sold for 4.2 million gildras at auction in Sorrance", "4.2 million (hammer)"),
        S(W1, "With the buyer's premium the price comes to 5.1 million gildras.", "5.1 million (with premium)"),
        S(SD1, "or 5.1 million with fees", "5.1 million (with fees)")],
         "the hammer price and the price with the buyer's premium: two measures of one sale"),
    nonc("N15", "different_measure", "E1", ["E1"], "Estimate vs price", [
        S(W1, "between 1.5 million and 2 million gildras", "1.5-2 million (estimate)"),
        S(A1, "for 4.2 million gildras to a telephone bidder", "4.2 million (price)")],
         "the pre-sale estimate and the price reached"),
    nonc("N16", "at_least", "E1", ["E1"], "The bids passed two million", [
        S(SD1, "Then the bids went past two million gildras", "more than 2 million"),
        S(W1, "sold for 4.2 million gildras at auction in Sorrance", "4.2 million")],
         "'went past two million ... and did not stop': 4.2 million is past two million"),
    nonc("N17", "different_measure", "E1", ["E1"], "Bidders in the room and on the telephone vs all bidders", [
        S(A1, "Three bidders in the room, four on the telephones.", "3 in the room + 4 on the telephone"),
        S(W1, "Seven bidders competed for it", "7")],
         "three and four are seven: parts and the whole (the Daybook's nine is the conflict C3)"),
    nonc("N18", "updated_figure", "E1", ["E1"], "The bidding as it rose, in one live blog", [
        S(A1, "Bidding on the Lark has opened at 900,000 gildras.", "900,000 (opening bid, 19:31)"),
        S(A1, "Bidding has passed 3 million gildras.", "more than 3 million (19:38)"),
        S(A1, "for 4.2 million gildras to a telephone bidder", "4.2 million (sold, 19:42)")],
         "the opening bid, a running figure and the final price in successive entries of one report: not a conflict"),
    nonc("N19", "rounded", "E1", ["E1"], "Price with fees", [
        S(PP1, "roughly 5 million gildras", "about 5 million"),
        S(W1, "With the buyer's premium the price comes to 5.1 million gildras.", "5.1 million")],
         "'roughly 5 million' is the rounded 5.1 million"),
    nonc("N20", "different_measure", "E2", ["E2"], "Instruments seized vs the violins among them", [
        S(W2, "seized 14 other instruments", "14 instruments"),
        S(W2, "nine of them violins bearing the labels of old makers", "9 violins")],
         "a set and a subset of it"),
    nonc("N21", "different_measure", "E2", ["E2"], "Two gaps from two starting years", [
        S(W2, "77 years after the date on its label", "77 years (from 1711)"),
        S(W2, "49 years after Sarravel's death in 1739", "49 years (from 1739)")],
         "1788 is 77 years after the label's 1711 and 49 years after Sarravel's death in 1739: two lengths from different dates"),
    nonc("N22", "rounded", "E2", ["E2"], "How long after the label's date the tree was growing", [
        S(FW, "nearly 80 years after the date on the label", "nearly 80 years"),
        S(W2, "77 years after the date on its label", "77 years")],
         "'nearly 80' is the rounded 77"),
    nonc("N23", "rounded", "E2", ["E2"], "The refund", [
        S(PP2, "about 5 million gildras, within 30 days", "about 5 million"),
        S(PP2, "I paid five million gildras for the privilege", "five million (in a quote)"),
        S(W2, "will be repaid the full 5.1 million gildras", "5.1 million")],
         "'about 5 million' and the buyer's 'five million' are the rounded 5.1 million"),
    nonc("N24", "two_speakers", "E2", ["E2"], "Every instrument sold in five years to be examined again: said by two people", [
        S(W2, "She said every instrument the house had sold", "Leontyne Penthwick"),
        S(PU, "Ludovic Faraine, the house's head of instruments, told Purfling", "Ludovic Faraine")],
         "the chairwoman (to the news conference) and the head of instruments (to Purfling) each reported in indirect speech saying it: two speakers, not a disputed one"),
    nonc("N25", "correction", "E2", ["E2"], "Where the consignor was arrested, with a withdrawn place", [
        S(PU, "said Mr Vasseline was arrested in Veldry", "Veldry (withdrawn)"),
        S(PU, "He was arrested in Brindmoor.", "Brindmoor"),
        S(W2, "at his workshop in Brindmoor on Saturday", "Brindmoor")],
         "Purfling's correction withdraws the place an earlier version gave; the piece itself now says Brindmoor, like the others: not a conflict"),
    nonc("N26", "different_event", "E2", ["E2"], "Dates inside the comment", [
        S(FW, "On 7 October a room full of experts watched a violin sell", "2043-10-07 (E1)"),
        S(FW, "On Monday the same room heard", "2043-10-19")],
         "the comment recalls the day of the sale (E1); the cancellation is E2"),
    nonc("N27", "different_event", None, ["E1", "E2"], "What the violin is worth: the estimate and the later valuation", [
        S(W1, "between 1.5 million and 2 million gildras", "1.5-2 million (E1 estimate, as a Sarravel)"),
        S(PU, "might now fetch about 30,000 gildras", "about 30,000 (E2, as an anonymous violin)")],
         "the pre-sale estimate of a supposed Sarravel and a dealer's valuation of the same violin once shown to be later: a figure revised in a report of another event, which says why"),
    nonc("N28", "different_event", None, ["E1", "E2"], "The concert at Harrowmere Hall", [
        S(W1, "at Harrowmere Hall in Port Calloway on October 24", "2043-10-24, on the Lark (E1)"),
        S(PP2, "her concert at Harrowmere Hall on Saturday would go ahead", "Saturday 2043-10-24, on her own violin (E2)")],
         "the same date ('on Saturday' in a paper of Monday 19 October is 24 October); what changed between the events is the instrument she will play"),
    nonc("N29", "different_event", None, ["E1", "E2"], "Hammer price vs the refund", [
        S(W1, "sold for 4.2 million gildras at auction in Sorrance", "4.2 million (E1 hammer price)"),
        S(W2, "will be repaid the full 5.1 million gildras", "5.1 million (E2 refund of the price with premium)"),
        S(PU, "that made 4.2 million gildras at Mordaunt & Daske on 7 October", "4.2 million (E2 recalling E1)")],
         "the hammer price of the sale and the refund of all she paid (with the premium) twelve days later: different measures in different events"),
]

CORROBORATED = [
    corr("K1", "E1", "date", "Dorrington will first play the violin in public on 24 October", "2043-10-24", CONFLICTS[0]["sides"][0]["sources"]),
    corr("K2", "E1", "count", "The hammer price was 4.2 million gildras", "4200000 gildras", CONFLICTS[1]["sides"][0]["sources"]),
    corr("K3", "E1", "count", "Seven bidders competed", "7", CONFLICTS[2]["sides"][0]["sources"]),
    corr("K4", "E1", "duration", "The bidding lasted 11 minutes", "PT11M", CONFLICTS[3]["sides"][0]["sources"]),
    corr("K5", "E1", "place", "The buyer bid by telephone from Port Calloway", "Port Calloway", CONFLICTS[4]["sides"][0]["sources"]),
    corr("K6", "E1", "time", "The hammer fell at 18:42 GMT", "2043-10-07T18:42Z", CONFLICTS[6]["sides"][0]["sources"]),
    corr("K7", "E1", "actor", "Evrard Vasseline consigned the violin", "Evrard Vasseline", CONFLICTS[7]["sides"][0]["sources"]),
    corr("K8", "E2", "date", "The youngest ring of the top dates from 1788", "1788", CONFLICTS[8]["sides"][0]["sources"]),
    corr("K9", "E2", "date", "The consignor was arrested on Saturday 17 October", "2043-10-17", CONFLICTS[9]["sides"][0]["sources"]),
    corr("K10", "E2", "count", "Police seized 14 other instruments", "14", CONFLICTS[10]["sides"][0]["sources"]),
    corr("K11", "E2", "duration", "The consignor can be held for 96 hours", "PT96H", CONFLICTS[11]["sides"][0]["sources"]),
    corr("K12", "E2", "place", "The consignor was arrested at his workshop in Brindmoor", "his workshop in Brindmoor", CONFLICTS[12]["sides"][0]["sources"]),
    corr("K13", "E2", "time", "The news conference began at 10:00 GMT", "2043-10-19T10:00Z", CONFLICTS[14]["sides"][0]["sources"]),
    corr("K14", "E2", "duration", "The tree-ring tests took nine days", "P9D", CONFLICTS[15]["sides"][0]["sources"]),
    corr("K15", "E1", "date", "The sale took place on Wednesday 7 October", "2043-10-07", [
        S(W1, "at auction in Sorrance on Wednesday"),
        S(BP, "at auction in Sorrance on Wednesday"),
        S(SD1, "at 7.42 p.m. on 7 October"),
        S(PP1, "at 12:42 p.m. on Wednesday")]),
    corr("K16", "E1", "count", "The violin was estimated at 1.5 million to 2 million gildras", "1500000-2000000 gildras", [
        S(W1, "between 1.5 million and 2 million gildras"),
        S(BP, "between 1.5 million and 2 million gildras"),
        S(SD1, "estimated at 1.5 million to 2 million gildras"),
        S(A1, "Estimate: 1.5 million to 2 million gildras."),
        S(PP1, "estimated at 1.5 million to 2 million gildras")]),
    corr("K17", "E1", "date", "The violin's label is dated 1711", "1711", [
        S(W1, "dated 1711 on its label"),
        S(BP, "dated 1711 on its label"),
        S(SD1, "carries a label dated 1711"),
        S(LH, "the 1711 fiddle"),
        S(PP1, "its label says, in 1711")]),
    corr("K18", "E1", "count", "With the buyer's premium the price is 5.1 million gildras", "5100000 gildras", [
        S(W1, "With the buyer's premium the price comes to 5.1 million gildras."),
        S(BP, "With the buyer's premium the price comes to 5.1 million gildras."),
        S(SD1, "or 5.1 million with fees")]),
    corr("K19", "E1", "place", "The sale was held at the Mordaunt & Daske saleroom on Corvell Street", "Mordaunt & Daske, Corvell Street, Sorrance", [
        S(W1, "the Mordaunt & Daske saleroom on Corvell Street"),
        S(BP, "the Mordaunt & Daske saleroom on Corvell Street"),
        S(SD1, "nobody in the Corvell Street saleroom looked surprised"),
        S(A1, "in the saleroom at Mordaunt & Daske on Corvell Street"),
        S(LH, "posh auctioneers Mordaunt's in Sorrance")]),
    corr("K20", "E1", "actor", "The buyer is the Ormundian violinist Yevka Dorrington", "Yevka Dorrington", [
        S(W1, "The buyer, the Ormundian violinist Yevka Dorrington"),
        S(BP, "The buyer, the Ormundian violinist Yevka Dorrington"),
        S(SD1, "where the Ormundian violinist Yevka Dorrington had been listening in"),
        S(LH, "Ormundian star Yevka Dorrington, 34, who won it"),
        S(A1, "name the buyer as the Ormundian violinist Yevka Dorrington"),
        S(PP1, "made her the owner of a violin")]),
    corr("K21", "E2", "actor", "Mordaunt & Daske has cancelled the sale", "cancelled", [
        S(W2, "Mordaunt & Daske has cancelled the record sale"),
        S(VS, "Mordaunt & Daske has cancelled the sale"),
        S(PU, "has been withdrawn as a later instrument")]),
    corr("K22", "E2", "date", "Sarravel died in 1739", "1739", [
        S(W2, "49 years after Sarravel's death in 1739"),
        S(SD2, "Benedikt Sarravel died in 1739."),
        S(PP2, "the work of Benedikt Saravel, who died in 1739")]),
    corr("K23", "E2", "count", "The buyer will be repaid the full 5.1 million gildras", "5100000 gildras", [
        S(W2, "will be repaid the full 5.1 million gildras"),
        S(VS, "will return the 5.1 million gildras paid by"),
        S(SD2, "Ms Dorrington will get back all 5.1 million gildras"),
        S(PU, "The buyer is to be refunded in full.")]),
    corr("K24", "E2", "duration", "The refund will be paid within 30 days", "P30D", [
        S(W2, "5.1 million gildras within 30 days"),
        S(VS, "Yevka Dorrington within 30 days"),
        S(SD2, "all 5.1 million gildras within 30 days"),
        S(PP2, "about 5 million gildras, within 30 days")]),
    corr("K25", "E2", "count", "The consignor is 61", "61", [
        S(W2, "the Brindmoor dealer Evrard Vasseline, 61"),
        S(VS, "the violin, Evrard Vasseline, 61"),
        S(PP2, "the violin, Evrard Vasseline, 61")]),
    corr("K26", "E2", "actor", "The Veldry Tree-Ring Laboratory dated the wood", "Veldry Tree-Ring Laboratory", [
        S(W2, "Dr Ismay Crudwell of the Veldry Tree-Ring Laboratory"),
        S(VS, "scientists at the Veldry Tree-Ring Laboratory have found"),
        S(SD2, "Dr Ismay Crudwell of the Veldry Tree-Ring Laboratory"),
        S(PU, "Dr Ismay Crudwell's team at the Veldry Tree-Ring Laboratory"),
        S(FW, "the Veldry laboratory")]),
    corr("K27", "E2", "count", "Nine of the seized instruments are violins", "9", [
        S(W2, "nine of them violins bearing the labels of old makers"),
        S(PU, "nine of them violins.")]),
    corr("K28", "E2", "place", "The news conference was held in the Corvell Street saleroom", "Mordaunt & Daske, Corvell Street, Sorrance", [
        S(W2, "at the Corvell Street saleroom at 1000 GMT"),
        S(SD2, "in the same saleroom where the Lark had made its record price"),
        S(PU, "she told the Corvell Street news conference")]),
]

EXCLUSIVE = [
    excl("X1", "E1", "The Lark was last played in public in 1932", [
        S(W1, "The Lark was last played in public in 1932"),
        S(BP, "The Lark was last played in public in 1932")],
         "in the Tidewell wire and its copy (Brindmoor Plough) only: one independent source, NOT corroborated"),
    excl("X2", "E1", "Neighbours gathered under Vasseline's workshop window to cheer", [
        S(BP, "A small knot of neighbours gathered under his window")],
         "only in the paragraph the Plough added to the wire"),
    excl("X3", "E1", "The violin maker Rufus Alscott doubted the scroll before the sale", [
        S(SD1, "its scroll looked \"too clean for three hundred years\"")]),
    excl("X4", "E1", "Dorrington burst into tears on the telephone line", [
        S(LH, "burst into tears on the line, auction staff said")]),
    excl("X5", "E1", "The Lark was lot 212", [
        S(A1, "the Sarravel violin known as the Lark is lot 212")]),
    excl("X6", "E1", "Dorrington borrowed against her house to pay for the violin", [
        S(PP1, "she had borrowed against her house to pay for it")]),
    excl("X7", "E1", "Sarravel's surviving violins are prized for their dark, almost red varnish", [
        S(SD1, "prized for their dark, almost red varnish")]),
    excl("X8", "E1", "Dorrington led the Port Calloway Symphony until last year", [
        S(PP1, "who led the Port Calloway Symphony until last year")]),
    excl("X9", "E2", "The Ministry of Culture will review how auction houses vouch for what they sell", [
        S(W2, "The Ministry of Culture said it would review the rules"),
        S(VS, "The culture ministry is to review how auction houses vouch")],
         "in the Tidewell wire and its rewrite (Veldry Skein) only: one independent source, NOT corroborated"),
    excl("X10", "E2", "The laboratory's three scientists worked through the weekend", [
        S(VS, "Its three scientists worked through the weekend on the violin")],
         "only in the paragraph the Veldry Skein wrote itself"),
    excl("X11", "E2", "Rufus Alscott wished he had been wrong", [
        S(SD2, "said he took no pleasure in having been right")]),
    excl("X12", "E2", "Dorrington's concert goes ahead on her own violin; she has not decided whether to sue", [
        S(PP2, "She has not decided whether to sue.")]),
    excl("X13", "E2", "The varnish's ground layer contains a pigment not made before the 1820s", [
        S(PU, "contains a pigment not manufactured before the 1820s")]),
    excl("X14", "E2", "The auction house's premium was 900,000 gildras", [
        S(FW, "the 900,000 gildras of buyer's premium")]),
]

QUOTES = [
    qv("Q1", "E1", "Yevka Dorrington", "She has waited all her life to hold the violin and will not keep it in a glass case", [
        S(W1, "\"I have waited my whole life to hold this instrument", mode="direct"),
        S(PP1, "\"I've waited all my life to hold this violin.", mode="direct")],
       "direct vs direct ('I have waited my whole life to hold this instrument, and I will not let it sit in a glass case' vs 'I've waited all my life to hold this violin. It's not going to live in a glass case.')"),
    qv("Q2", "E1", "Evrard Vasseline", "He found the violin under a bed, wrapped in a wedding dress", [
        S(SD1, "\"I found it in a case under a bed, wrapped", mode="direct"),
        S(LH, "said he had found it under a bed", mode="indirect")],
       "direct vs reported speech ('I found it in a case under a bed, wrapped in a wedding dress' vs 'he had found it under a bed, wrapped in an old wedding dress')"),
    qv("Q3", "E2", "Ismay Crudwell", "The top was made from a tree still growing long after Sarravel died", [
        S(W2, "Whoever made this top was working with a tree", mode="direct"),
        S(SD2, "\"Whoever carved that top used a tree that was still alive", mode="direct")],
       "direct vs direct ('Whoever made this top was working with a tree that was still standing long after Sarravel was buried' vs 'Whoever carved that top used a tree that was still alive for decades after Sarravel was in his grave')"),
    qv("Q4", "E2", "Yevka Dorrington", "She fell in love with a lie", [
        S(PP2, "\"I fell in love with a lie, and I paid", mode="direct"),
        S(W2, "Dorrington said she had fallen in love with a lie.", mode="indirect")],
       "direct vs reported speech ('I fell in love with a lie, and I paid five million gildras for the privilege' vs 'she had fallen in love with a lie')"),
    qv("Q5", "E2", "Corwin Fallowby", "The Lark is probably not the only instrument to leave the workshop under a false name", [
        S(W2, "\"We do not believe this is the only instrument", mode="direct"),
        S(PU, "\"I doubt very much that this is the only instrument", mode="direct")],
       "direct vs direct ('We do not believe this is the only instrument to have left that workshop under a borrowed name' vs 'I doubt very much that this is the only instrument to leave that workshop with a borrowed name')"),
    qv("Q6", "E2", "Leontyne Penthwick", "The house sold a violin that was not what it said, and she apologises without reservation", [
        S(W2, "was not what we said it was, and for that I apologise", mode="direct"),
        S(SD2, "\"We sold a violin that was not what we said it was.", mode="direct")],
       "direct vs direct ('We sold a violin that was not what we said it was, and for that I apologise without reservation' vs 'We sold a violin that was not what we said it was. I apologise, without any reservation.')"),
]
