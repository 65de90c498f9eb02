# The eighteenth held-out cross-check corpus: 12 invented reports of the vote by the town council of
# Vescaro, a walled port in Orvanta, to charge day visitors a fee at the gates of its old town and cap
# their number (Tue 15 October 2041), and of what follows ten days later, when the Lindrevian line
# Skarvhold Cruises drops the town from its itineraries and moves its calls to Sandrelle (Kestrup,
# Fri 25 October 2041). Everything is invented. build_gold.py writes reports.jsonl and gold.json
# from this list.

R = []


def add(id, outlet, published, title, paras):
    R.append({
        "id": id,
        "outlet": outlet,
        "published": published,
        "title": title,
        "url": "https://" + outlet.lower().replace(" ", "").replace("'", "") + ".invalid/" + published.replace("-", "/") + "/" + id.split("-", 4)[-1],
        "text": "\n\n".join(paras),
    })


# ---------------------------------------------------------------- E1: the vote

add("tessera-2041-10-15-vescaro-fee", "Tessera Press Agency", "2041-10-15",
    "Vescaro votes to charge day visitors 12 fennars to enter its old town", [
    "VESCARO, Orvanta, Oct 15 (Tessera) – The town council of Vescaro, the walled port on Orvanta's south coast, voted on Tuesday to charge day visitors 12 fennars to enter its old town and to cap their number at 18,000 a day, after a six-hour debate.",
    "Councillors approved the plan by 23 votes to 8 at 1740 GMT, meeting in the old Salt Exchange, where the council has sat since the town hall closed for repairs. The fee will be charged every day from April 1 to October 31, starting next year.",
    "Visitors will book online and pass through turnstiles at three of the town's gates. Anyone found inside the walls without a ticket faces a fine of 150 fennars. Guests who spend the night in Vescaro's hotels, residents and children under 14 will not pay.",
    "The council also cut the number of cruise ships allowed to moor at the Dogana quay to two a day, from as many as four.",
    "Vescaro received 3.1 million day visitors last year. The fee is expected to raise about 19 million fennars a year, which the council says will go on repairing the walls and on buying back flats in the old town to let to local families.",
    "\"Vescaro is a town, not a theme park, and the people who still live here have a right to walk down their own street,\" Mayor Ottilia Santovane told councillors before the vote.",
    "Cosimo Brandaleo, head of the Vescaro Traders' Guild, said: \"It is a toll on the front door of every shop inside the walls.\" The guild estimates that its members will lose 8 million fennars a year.",
    "Tourism Minister Doriana Perrasca said in Pellagro that the government would not stand in the way, and that every town had the right to decide how many visitors it could take.",
])

add("vescarobellringer-2041-10-16-gate-fee", "Vescaro Bellringer", "2041-10-16",
    "Council votes for gate fee and daily cap on visitors", [
    "VESCARO, Orvanta (Tessera) – The town council of Vescaro, the walled port on Orvanta's south coast, voted on Tuesday to charge day visitors 12 fennars to enter its old town and to cap their number at 18,000 a day, after a six-hour debate.",
    "Councillors approved the plan by 23 votes to 8 at 1740 GMT, meeting in the old Salt Exchange, where the council has sat since the town hall closed for repairs. The fee will be charged every day from April 1 to October 31, starting next year.",
    "Visitors will book online and pass through turnstiles at three of the town's gates. Anyone found inside the walls without a ticket faces a fine of 150 fennars. Guests who spend the night in Vescaro's hotels, residents and children under 14 will not pay.",
    "Vescaro received 3.1 million day visitors last year. The fee is expected to raise about 19 million fennars a year, which the council says will go on repairing the walls and on buying back flats in the old town to let to local families.",
    "\"Vescaro is a town, not a theme park, and the people who still live here have a right to walk down their own street,\" Mayor Ottilia Santovane told councillors before the vote.",
    "Cosimo Brandaleo, head of the Vescaro Traders' Guild, said: \"It is a toll on the front door of every shop inside the walls.\"",
    "The Bellringer understands that the turnstiles will be fitted over the winter at the Porta Salina, the Sea Gate and the Bishop's Gate, and that the old ticket office on Via Lunga, shut since 2036, will reopen for visitors who cannot book on a phone.",
    "This report was supplied by Tessera Press Agency.",
])

add("pellagrocampanile-2041-10-16-gates", "Pellagro Campanile", "2041-10-16",
    "Vescaro closes its gates, a little", [
    "VESCARO – It took Vescaro's councillors six hours of argument to decide that a walk through their town should cost money. When the vote came, at 7.40 p.m. on Tuesday, it was not close: 22 votes to nine.",
    "From 1 May next year, day visitors will pay 12 fennars at the gates, and no more than 18,000 of them will be let in on any one day. Guests in the town's hotels and guesthouses are exempt, as are children under 14 and the 4,200 people who still live inside the walls, down from 11,000 in 1990.",
    "The council, which has met in the old Salt Exchange since the town hall was shored up two winters ago, also halved the number of cruise ships that may tie up at the Dogana quay each day, from four to two.",
    "Ottilia Santovane, the mayor, put the case in a sentence: \"Vescaro is a town, not a theme park, and the people who still live here have a right to walk down their own street.\"",
    "The money, 19.4 million fennars a year on the council's own estimate, is to be spent, the council says, on looking after the walls. Turnstiles go up at three gates over the winter.",
    "For Nives Tarrabo, of the Old Town Residents' Committee, the vote mattered more than the sum. \"For the first time in twenty years, somebody asked the people who live here what they want,\" she said.",
    "Renzo Amadrai, one of the councillors who voted against, was unconvinced. \"We spent thirty years emptying this town of the people who lived in it, and a ticket will not bring them back,\" he said.",
])

add("wallop-2041-10-16-pay-to-stroll", "The Wallop", "2041-10-16",
    "PAY TO STROLL!", [
    "Holidaymakers will have to cough up 12 fennars just to walk the streets of Vescaro after killjoy councillors voted for a turnstile tax last night.",
    "Only 16,000 day-trippers a day will be let in from April 1 – and anyone caught sneaking past the gates without a ticket will be stung for 150 fennars.",
    "Town hall bosses rushed the plan through 23-8 after just 90 minutes of debate.",
    "Mayor Ottilia Santovane crowed: \"Vescaro is a town, not a theme park, and the people who still live here have a right to walk down their own street.\"",
    "But traders' chief Cosimo Brandaleo fumed: \"It's a toll on every shop door in the old town.\"",
    "More than three million day-trippers squeezed through Vescaro's narrow lanes last year. Kids under 14 will go free.",
    "Retired bus driver Lorens Pike, 67, who has visited the town every summer for two decades, said: \"I'm not paying to look at a wall.\"",
])

add("itineraryweekly-2041-10-18-agents", "Itinerary Weekly", "2041-10-18",
    "Vescaro day fee: what agents need to know", [
    "Tour operators selling day trips to Vescaro will have to build a 10-fennar entry fee into their prices for next season, after the town council voted on Monday to charge day visitors and limit their numbers.",
    "The council, meeting in the town hall, set a ceiling of 18,000 day visitors a day. The fee applies from 1 April, for seven months of the year, and groups will have to book time slots online. Hotel guests staying at least one night are exempt.",
    "Cruise calls at the Dogana quay will be limited to two ships a day.",
    "Tourism Minister Doriana Perrasca told Itinerary Weekly: \"Every town has the right to decide how many guests it can hold, and Vescaro has decided.\"",
    "The Orvantan Association of Travel Agents said it had asked the council for a group rate and for a grace period of 48 hours for coaches held up on the coast road.",
])

add("kestrupposten-2041-10-15-vescaro", "Kestrup Posten", "2041-10-15",
    "Orvantan port to charge cruise visitors at the gate", [
    "KESTRUP – Lindrevian cruise passengers heading for Vescaro next summer will pay 12 fennars to enter the town's old quarter, after its council voted on Tuesday to charge day visitors and allow no more than 18,000 of them inside the walls each day.",
    "The vote, 23 to 8, came at 5.40 p.m. Kestrup time, after six hours of debate in the town's former Salt Exchange. The fee will be charged from Tuesday, April 1, seven months a year, and only two cruise ships will be allowed to berth in Vescaro on any day.",
    "\"Vescaro is a town, not a theme park, and the people who still live here have a right to walk down their own street,\" said Fioravante Orrego, the deputy mayor responsible for tourism.",
    "Skarvhold Cruises, the Kestrup-based line whose ships called at Vescaro 52 times this year, said it was studying the decision. Lindrevians make up about one in five of the town's foreign visitors, according to Orvanta's tourism office.",
    "Nives Tarrabo, who speaks for the Old Town Residents' Committee, welcomed the vote. \"It is the first time in twenty years that anyone has asked us what we want,\" she told the Posten by telephone.",
])

# ---------------------------------------------------------------- E2: the cruise line pulls out

add("tessera-2041-10-25-skarvhold", "Tessera Press Agency", "2041-10-25",
    "Skarvhold Cruises drops Vescaro over day-visitor fee", [
    "KESTRUP, Lindrevia, Oct 25 (Tessera) – Skarvhold Cruises said on Friday it would drop the Orvantan port of Vescaro from its itineraries for at least three years, cancelling 46 calls planned for next season, ten days after the town voted to charge day visitors 12 fennars to enter its old quarter.",
    "The line's chief executive, Agnete Hovdrum, announced the decision at 1100 GMT at the company's head office in Kestrup. The calls will move to Sandrelle, 60 kilometres along the coast, where a second cruise berth is being built.",
    "\"We will not ask our guests to queue at a turnstile to spend their money in a town that has told them it does not want them,\" Hovdrum said.",
    "About 38,000 passengers already booked on the affected sailings will be offered a full refund or a free coach excursion to Vescaro, with the entry fee paid by the line. Skarvhold ships have called at Vescaro for 31 years.",
    "Vescaro's mayor, Ottilia Santovane, said: \"We asked for fewer ships, and we will have fewer ships. I am not going to pretend that is a tragedy.\" The town's online booking system for day visitors will open on February 1.",
    "Sandrelle's mayor, Olimpia Vanni, said her town's quay and its shops were open to the passengers Vescaro had turned away.",
    "Cosimo Brandaleo of the Vescaro Traders' Guild said shops inside the walls now stood to lose 14 million fennars a year. Skarvhold shares fell 2 percent in Kestrup.",
])

add("sandrelletidewater-2041-10-26-calls", "Sandrelle Tidewater", "2041-10-26",
    "Skarvhold ships to call at Sandrelle instead of Vescaro", [
    "Sandrelle will take the 46 cruise calls that Skarvhold Cruises had planned for Vescaro next year, after the Lindrevian line said on Friday it was pulling out of the walled town for at least three years.",
    "Agnete Hovdrum, Skarvhold's chief executive, gave the news at 1 p.m. at the company's head office in Kestrup, blaming the 12-fennar fee Vescaro will charge day visitors from April.",
    "\"We will not ask our guests to queue at a turnstile to spend their money in a town that has told them it does not want them,\" Ms Hovdrum said.",
    "The 38,000 passengers booked on those cruises can have their money back or take a free coach trip to Vescaro instead, with the fee paid for them.",
    "\"Sandrelle's quay is open, and so are its shops and its cafes,\" said Mayor Olimpia Vanni. Work on the town's second cruise berth, which began in June, is due to finish in March.",
    "Harbour pilots and mooring crews, who handled 19 cruise calls at Sandrelle this year, said they would need more hands, and the port authority said it had already begun recruiting.",
    "With reporting by Tessera Press Agency.",
])

add("kestrupposten-2041-10-25-skarvhold", "Kestrup Posten", "2041-10-25",
    "Skarvhold turns its back on Vescaro", [
    "KESTRUP – Skarvhold Cruises will stop calling at Vescaro for the next 18 months, its chief executive Agnete Hovdrum said on Friday, moving all 46 of next season's calls at the Orvantan port to nearby Sandrelle.",
    "The chief executive announced the decision at 10 a.m. at the company's headquarters on the Kestrup waterfront. \"We will not ask our guests to queue at a turnstile to spend their money in a town that has told them it does not want them,\" Hovdrum told reporters.",
    "Skarvhold ships called at Vescaro 52 times this season and have stopped there every summer since 2010. About 28,000 passengers are booked on next year's affected cruises.",
    "Skarvhold shares closed at 61.40 skillings in Kestrup, down 1.25.",
    "Halvdan Sollund of the Lindrevian Travel Agents' Federation said customers had begun asking whether other Orvantan towns would follow Vescaro's example.",
])

add("vescarobellringer-2041-10-26-cruise-line", "Vescaro Bellringer", "2041-10-26",
    "Cruise line pulls out, and the mayor shrugs", [
    "Skarvhold Cruises, whose passengers have filled the lanes behind the Dogana quay every summer for three decades, announced yesterday in Sandrelle that it was taking its ships down the coast.",
    "The Lindrevian line will cancel 46 calls next year and send its ships to Sandrelle instead. Nearly 40,000 passengers booked on those cruises will be offered their money back or a coach trip into town.",
    "Mayor Ottilia Santovane was unmoved. \"We asked for fewer ships. Now we have fewer ships, and I'm not going to pretend it's a tragedy,\" she told the Bellringer.",
    "Final figures published this week by the tourism office put last year's day visitors at 3.3 million, revising its earlier estimate.",
    "On Via Lunga, where half the shops sell souvenirs, the mood was less calm. \"Those ships bring us a third of our summer takings,\" said Marcella Dunoy, who runs a leather goods shop near the Sea Gate.",
    "The booking system for day visitors opens on 1 February, the council said.",
])

add("gangplank-2041-10-26-options", "Gangplank", "2041-10-26",
    "Booked on a Skarvhold cruise to Vescaro? Here are your options", [
    "If you are booked on a Skarvhold Cruises sailing next year that was due to stop in Vescaro, your ship will now call at Sandrelle instead. Here is what you need to know.",
    "Skarvhold announced at noon on Friday, Orvantan time, that it was pulling out of Vescaro for at least three years, in protest at the town's new 12-fennar fee for day visitors. \"We will not ask our guests to queue at a turnstile to spend their money in a town that has told them it does not want them,\" said the company's commercial director, Einar Stubbhaug.",
    "All 38,000 passengers on the affected sailings can choose between a full refund and a free coach excursion to Vescaro, with the entry fee covered. You have until 15 December to tell the line; if you do nothing, you will be given the excursion.",
    "If you would rather see Vescaro on your own, the town's booking system opens on 1 February. Day tickets cost 12 fennars, and hotel guests get in free.",
    "Don't expect Skarvhold back soon: the line says it will not return before 2045.",
    "Correction: This guide originally gave 1 March as the day the booking system opens. It opens on 1 February.",
])

add("sundial-2041-10-28-bluff", "Sundial", "2041-10-28",
    "Vescaro calls the cruise line's bluff", [
    "When Skarvhold Cruises announced on Thursday that it was cancelling all 64 of its calls at Vescaro next year, the reaction in the old town was not quite what the line might have hoped for.",
    "Yes, the shopkeepers on Via Lunga are worried, and their guild has put a figure on it. But talk to anyone who lives inside the walls and you hear something closer to relief. On one bad day last summer four ships tied up at the Dogana quay before breakfast, and 41,000 people came through the Porta Salina.",
    "Sandrelle is welcome to them. Its mayor has promised a warm welcome, more buses and, no doubt, a souvenir shop or two of her own.",
    "The line presented this as a matter of principle. It is a matter of money. A town that lets in 18,000 visitors a day at 12 fennars a head is not hard to do business with; it is merely harder than one that lets in everyone for nothing.",
])
