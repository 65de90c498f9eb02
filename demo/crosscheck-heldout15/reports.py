# The fifteenth held-out cross-check corpus: 12 invented reports of the record auction of a violin
# sold as the work of the Tarsovian maker Benedikt Sarravel in the capital Sorrance (Wed 7 October
# 2043), and of the cancellation of the sale twelve days later, when tree-ring tests dated its wood
# to decades after the maker's death (Mon 19 October 2043). Everything is invented. build_gold.py
# writes reports.jsonl and gold.json from this list.

R = []


def add(id, outlet, published, title, paras):
    R.append({
        "id": id,
        "outlet": outlet,
        "published": published,
        "title": title,
        "url": "https://" + outlet.lower().replace(" ", "") + ".invalid/" + published.replace("-", "/") + "/" + id.split("-", 4)[-1],
        "text": "\n\n".join(paras),
    })


# ---------------------------------------------------------------- E1: the record sale

add("tidewell-2043-10-07-sarravel-record", "Tidewell News Agency", "2043-10-07",
    "Violin labelled Sarravel sets Tarsovian auction record", [
    "SORRANCE, Tarsovia, Oct 7 (Tidewell) – A violin bearing the label of the Tarsovian maker Benedikt Sarravel sold for 4.2 million gildras at auction in Sorrance on Wednesday, more than twice its top estimate and a record for an instrument made in Tarsovia.",
    "The violin, known as the Lark and dated 1711 on its label, had been expected to fetch between 1.5 million and 2 million gildras. With the buyer's premium the price comes to 5.1 million gildras.",
    "Seven bidders competed for it at the Mordaunt & Daske saleroom on Corvell Street, and the bidding lasted 11 minutes. The hammer came down at 1842 GMT.",
    "The buyer, the Ormundian violinist Yevka Dorrington, bid by telephone from Port Calloway. She said she would play it for the first time in public at Harrowmere Hall in Port Calloway on October 24.",
    "\"I have waited my whole life to hold this instrument, and I will not let it sit in a glass case,\" Dorrington told Tidewell by telephone.",
    "The violin was consigned by Evrard Vasseline, a dealer and restorer from the town of Brindmoor, who said he had bought it in 2039 from a family in the north of the country that did not know what it owned.",
    "\"A violin like this comes out of hiding once in a lifetime, if you are lucky,\" said Ludovic Faraine, head of instruments at Mordaunt & Daske, who took the sale himself.",
    "The previous auction record for a Tarsovian instrument was 2.9 million gildras, set in 2031.",
    "The Lark was last played in public in 1932, according to the auction house's catalogue.",
])

add("brindmoorplough-2043-10-08-lark", "Brindmoor Plough", "2043-10-08",
    "Brindmoor restorer's violin makes record price", [
    "SORRANCE, Tarsovia (Tidewell) – A violin bearing the label of the Tarsovian maker Benedikt Sarravel sold for 4.2 million gildras at auction in Sorrance on Wednesday, more than twice its top estimate and a record for an instrument made in Tarsovia.",
    "The violin, known as the Lark and dated 1711 on its label, had been expected to fetch between 1.5 million and 2 million gildras. With the buyer's premium the price comes to 5.1 million gildras.",
    "Seven bidders competed for it at the Mordaunt & Daske saleroom on Corvell Street, and the bidding lasted 11 minutes.",
    "The buyer, the Ormundian violinist Yevka Dorrington, bid by telephone from Port Calloway. She said she would play it for the first time in public at Harrowmere Hall in Port Calloway on October 24.",
    "The violin was consigned by Evrard Vasseline, a dealer and restorer from the town of Brindmoor, who said he had bought it in 2039 from a family in the north of the country that did not know what it owned.",
    "\"A violin like this comes out of hiding once in a lifetime, if you are lucky,\" said Ludovic Faraine, head of instruments at Mordaunt & Daske, who took the sale himself.",
    "The previous auction record for a Tarsovian instrument was 2.9 million gildras, set in 2031.",
    "The Lark was last played in public in 1932, according to the auction house's catalogue.",
    "Mr Vasseline has kept his workshop above the old chandlery on Wharf Lane for close on thirty years, and generations of the town's schoolchildren have had their fiddles glued and restrung there. A small knot of neighbours gathered under his window on Wednesday night to cheer.",
    "Distributed by Tidewell News Agency.",
])

add("sorrancedaybook-2043-10-08-lark", "Sorrance Daybook", "2043-10-08",
    "Eleven minutes, and a record falls", [
    "SORRANCE – For the first few minutes nobody in the Corvell Street saleroom looked surprised. Then the bids went past two million gildras, the top of the estimate, and did not stop.",
    "By the time the hammer fell, at 7.42 p.m. on 7 October, the violin known as the Lark had sold for 4.2 million gildras, or 5.1 million with fees, beating the old record for a Tarsovian instrument by 1.3 million.",
    "Nine bidders took part in an 11-minute contest that ended with a telephone bid from Port Calloway, where the Ormundian violinist Yevka Dorrington had been listening in.",
    "\"A violin like this comes out of hiding once in a lifetime, if you are lucky,\" said Leontyne Penthwick, the chairwoman of Mordaunt & Daske, as the room emptied.",
    "The instrument carries a label dated 1711 in the name of Benedikt Sarravel, the Sorrance maker whose few surviving violins are prized for their dark, almost red varnish. It had been estimated at 1.5 million to 2 million gildras and was consigned by Evrard Vasseline, a restorer from Brindmoor.",
    "\"I found it in a case under a bed, wrapped in a wedding dress,\" Mr Vasseline said. \"I knew what it was before I had the dress off it.\"",
    "Not everyone in the trade was convinced. Rufus Alscott, a violin maker who handled the Lark at the public viewing, told the Daybook on Tuesday that its scroll looked \"too clean for three hundred years\".",
    "Ms Dorrington plans to play the violin in public for the first time on 24 October.",
])

add("loudhailer-2043-10-08-fiddle", "The Loudhailer", "2043-10-08",
    "FIDDLE FROM UNDER THE BED MAKES A FORTUNE", [
    "A dusty old violin found under a bed went for a jaw-dropping 4.8 million gildras last night – after seven bidders slugged it out for 11 minutes.",
    "The hammer fell at 8.42pm at posh auctioneers Mordaunt's in Sorrance.",
    "Brindmoor repair man Evrard Vasseline, who sent the 1711 fiddle to auction, said he had found it under a bed, wrapped in an old wedding dress.",
    "Ormundian star Yevka Dorrington, 34, who won it over the phone, burst into tears on the line, auction staff said.",
    "Auctioneer Ludovic Faraine said: \"A violin like this comes out of hiding once in a lifetime, if you are lucky.\"",
    "Not bad for something that spent decades gathering fluff.",
])

add("aerialone-2043-10-07-live", "Aerial One", "2043-10-07",
    "Live: the Lark goes under the hammer", [
    "19:05 – We're in the saleroom at Mordaunt & Daske on Corvell Street, where the Sarravel violin known as the Lark is lot 212. Estimate: 1.5 million to 2 million gildras.",
    "19:31 – Bidding on the Lark has opened at 900,000 gildras. Three bidders in the room, four on the telephones.",
    "19:38 – Bidding has passed 3 million gildras. Only two telephone bidders are left.",
    "19:42 – Sold, after 11 minutes, for 4.2 million gildras to a telephone bidder. Applause in the room.",
    "19:55 – Mordaunt & Daske name the buyer as the Ormundian violinist Yevka Dorrington, who was bidding from her home in Kestlebury.",
    "20:10 – Ludovic Faraine, who took the sale: \"A violin like this comes out of hiding once in a lifetime, if you are lucky.\"",
    "20:40 – Dorrington's agent says she will give the Lark its first public outing at a concert in Port Calloway on 31 October.",
    "21:15 – We can confirm that the seller is the Brindmoor restorer Evrard Vasseline.",
])

add("portcallowayplainsman-2043-10-07-dorrington", "Port Calloway Plainsman", "2043-10-07",
    "Port Calloway violinist buys record-breaking Tarsovian violin", [
    "PORT CALLOWAY – Yevka Dorrington was sitting at her kitchen table in Port Calloway at 12:42 p.m. on Wednesday when an auctioneer on the other side of the ocean brought down his hammer and made her the owner of a violin made, its label says, in 1711.",
    "Dorrington, 34, who led the Port Calloway Symphony until last year, paid 4.2 million gildras for the instrument, the work of the Tarsovian maker Benedikt Saravel, after a 17-minute contest among seven bidders in Sorrance and on the telephone.",
    "With the auction house's fees the bill comes to roughly 5 million gildras. The violin had been estimated at 1.5 million to 2 million gildras.",
    "It was sold on behalf of the estate of the late Tarsovian collector Marlowe Thornaby, according to the auction house.",
    "\"I've waited all my life to hold this violin. It's not going to live in a glass case,\" Dorrington said.",
    "She will play it on Saturday, October 24, at Harrowmere Hall, where she made her debut at the age of 11.",
    "Dorrington said she had borrowed against her house to pay for it.",
])

# ---------------------------------------------------------------- E2: the sale cancelled

add("tidewell-2043-10-19-sale-cancelled", "Tidewell News Agency", "2043-10-19",
    "Record 'Sarravel' violin sale cancelled after tree-ring tests", [
    "SORRANCE, Tarsovia, Oct 19 (Tidewell) – Mordaunt & Daske has cancelled the record sale of a violin sold as the work of Benedikt Sarravel after tree-ring tests showed its wood was cut decades after the maker died, the auction house said on Monday.",
    "The youngest growth ring in the violin's spruce top dates from 1788, 77 years after the date on its label and 49 years after Sarravel's death in 1739, Dr Ismay Crudwell of the Veldry Tree-Ring Laboratory told a news conference at the Corvell Street saleroom at 1000 GMT.",
    "\"The wood does not lie. Whoever made this top was working with a tree that was still standing long after Sarravel was buried,\" Crudwell said. The tests took nine days.",
    "Police arrested the consignor, the Brindmoor dealer Evrard Vasseline, 61, at his workshop in Brindmoor on Saturday and seized 14 other instruments, nine of them violins bearing the labels of old makers, said Detective Superintendent Corwin Fallowby of the Art Fraud Squad.",
    "\"We do not believe this is the only instrument to have left that workshop under a borrowed name,\" Fallowby said. Vasseline can be held for 96 hours before he must be charged or released.",
    "The buyer, the Ormundian violinist Yevka Dorrington, will be repaid the full 5.1 million gildras within 30 days, said Leontyne Penthwick, the chairwoman of Mordaunt & Daske.",
    "\"We sold a violin that was not what we said it was, and for that I apologise without reservation,\" Penthwick said. She said every instrument the house had sold in the past five years would be examined again.",
    "Dorrington said she had fallen in love with a lie.",
    "The Ministry of Culture said it would review the rules under which auction houses vouch for what they sell.",
])

add("veldryskein-2043-10-20-rings", "Veldry Skein", "2043-10-20",
    "Veldry laboratory unmasks record violin", [
    "The violin that set a Tarsovian auction record this month was made from a tree still growing decades after its supposed maker died, scientists at the Veldry Tree-Ring Laboratory have found.",
    "The youngest ring in its spruce top grew in 1798, the laboratory's director, Dr Ismay Crudwell, told reporters in Sorrance at 11 a.m. on Monday. The laboratory needed nine days to reach its verdict.",
    "\"The wood does not lie,\" the scientist said.",
    "Mordaunt & Daske has cancelled the sale and will return the 5.1 million gildras paid by the Ormundian violinist Yevka Dorrington within 30 days.",
    "Police arrested the Brindmoor dealer who consigned the violin, Evrard Vasseline, 61, at his workshop on Saturday, and took away 14 other instruments.",
    "The culture ministry is to review how auction houses vouch for the instruments and paintings they sell.",
    "The laboratory, which occupies two floors of the old grain exchange on Tanyard Street, is the only one of its kind in Tarsovia and was until now best known for dating the roof timbers of Veldry's cathedral. Its three scientists worked through the weekend on the violin, Dr Crudwell said.",
    "With reporting from Tidewell News Agency.",
])

add("sorrancedaybook-2043-10-20-apology", "Sorrance Daybook", "2043-10-20",
    "A record sale undone by a tree", [
    "SORRANCE – Leontyne Penthwick did not sit down. Standing at a lectern in the same saleroom where the Lark had made its record price twelve days earlier, the chairwoman of Mordaunt & Daske read out an apology at noon on Monday.",
    "\"We sold a violin that was not what we said it was. I apologise, without any reservation,\" she said.",
    "Beside her, Dr Ismay Crudwell of the Veldry Tree-Ring Laboratory explained how a nine-day examination had dated the youngest ring of the violin's top to 1788. Benedikt Sarravel died in 1739.",
    "\"The wood does not lie,\" said Dr Crudwell. \"Whoever carved that top used a tree that was still alive for decades after Sarravel was in his grave.\"",
    "Police have seized 19 instruments from the Brindmoor workshop of Evrard Vasseline, the restorer who consigned the violin, and arrested him there on Saturday. He can be held for up to four days without charge.",
    "Ms Dorrington will get back all 5.1 million gildras within 30 days.",
    "Rufus Alscott, the violin maker who told this newspaper before the sale that the scroll looked too clean for its age, said he took no pleasure in having been right. \"I wish I had been wrong,\" he said.",
])

add("portcallowayplainsman-2043-10-19-refund", "Port Calloway Plainsman", "2043-10-19",
    "'I fell in love with a lie': Dorrington's violin a fake", [
    "PORT CALLOWAY – The news conference in Sorrance began at 4 a.m. Port Calloway time on Monday. Yevka Dorrington had been awake for an hour, waiting for it.",
    "By the time it ended she knew that the violin she bought twelve days ago as the work of Benedikt Saravel, who died in 1739, was made from wood that grew long after his death.",
    "\"I fell in love with a lie, and I paid five million gildras for the privilege,\" Dorrington told the Plainsman.",
    "Mordaunt & Daske, the auction house, will repay her in full, about 5 million gildras, within 30 days.",
    "\"The wood does not lie,\" said Detective Superintendent Corwin Fallowby, who leads the police inquiry in Tarsovia.",
    "The dealer who consigned the violin, Evrard Vasseline, 61, was arrested on October 17 at Sorrance airport as he waited to board a flight abroad. Police can hold him for 96 hours.",
    "Dorrington said her concert at Harrowmere Hall on Saturday would go ahead on her own violin, a 19th-century Ormundian instrument she has played since she was 16. She has not decided whether to sue.",
])

add("purfling-2043-10-20-ringcount", "Purfling", "2043-10-20",
    "Dendro dates 'Lark' top to 1788; sale rescinded", [
    "The 'Sarravel' that made 4.2 million gildras at Mordaunt & Daske on 7 October has been withdrawn as a later instrument after dendrochronology dated the youngest ring of its two-piece spruce top to 1788.",
    "Dr Ismay Crudwell's team at the Veldry Tree-Ring Laboratory matched the ring pattern of the top against reference chronologies for alpine spruce over nine days. \"The wood does not lie,\" she told the Corvell Street news conference.",
    "Varnish samples are still being analysed, but Purfling understands that the ground layer contains a pigment not manufactured before the 1820s.",
    "Ludovic Faraine, the house's head of instruments, told Purfling that every instrument Mordaunt & Daske had sold in the past five years would be examined again. The buyer is to be refunded in full.",
    "The consignor, the restorer Evrard Vasseline, was arrested on 17 October at his workshop, where police seized 14 other instruments, nine of them violins. Under Tarsovian law he can be held for two days without charge.",
    "\"I doubt very much that this is the only instrument to leave that workshop with a borrowed name,\" said Detective Superintendent Corwin Fallowby.",
    "As an anonymous late eighteenth-century violin of good quality, the Lark might now fetch about 30,000 gildras, one Sorrance dealer estimated.",
    "Correction, 20 October: An earlier version of this article said Mr Vasseline was arrested in Veldry. He was arrested in Brindmoor.",
])

add("fretwork-2043-10-22-provenance", "Fretwork", "2043-10-22",
    "A label is paperwork. A tree is not.", [
    "On 7 October a room full of experts watched a violin sell for 4.2 million gildras and applauded. On Monday the same room heard that its top was cut from a tree still growing nearly 80 years after the date on the label.",
    "It took the Veldry laboratory a fortnight of tests to establish what nobody at the auction house had thought to ask. Its youngest ring is from 1788.",
    "The dealer who brought it to the saleroom, Evrard Vasseline, was arrested last Friday.",
    "Mordaunt & Daske will hand back the money, and Leontyne Penthwick's apology was handsome. But the house's own cut, the 900,000 gildras of buyer's premium, was earned on the strength of a catalogue entry nobody had tested.",
    "The auction trade has always sold on trust and paperwork. A label is paperwork. Trees are not.",
])
