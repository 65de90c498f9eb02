# The twenty-third held-out cross-check corpus: 12 invented reports of the sale of forged bottles of
# Clos Sarvignac 1927 at the auction house Talbridge & Moss in Velmarck, Ardesse (Sat 14 June 2059;
# the last lot knocked down at 17:45 GMT), and of the police raid on a former cooperage in Ebbrook,
# in the Vaudrelle valley, ten days later (Tue 24 June 2059, 04:30 GMT), with three arrests.
# Everything is invented.
# build_gold.py writes reports.jsonl and gold.json from this list.

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


# ---------------------------------------------------------------- E1: the sale and the alarm

W1 = [
    "Talbridge & Moss, Ardesse's oldest auction house, froze the results of a wine sale it held on Saturday after a Velmarck wine merchant warned that the bottles of Clos Sarvignac 1927 it had just sold were forgeries.",
    "The 14 lots, 86 bottles in all, fetched a hammer total of 3.41 million marrits, against a pre-sale estimate of 2 million. The last of them was knocked down at 1745 GMT at the firm's saleroom in Ferrule Street, Velmarck. With the buyer's premium, the bill would have come to 4.09 million marrits.",
    "The sale lasted five hours. Most of the bottles went to Gisela Lindtørp, a Duvenholt restaurateur whose group runs eleven dining rooms in Oskarra, bidding by telephone.",
    "The merchant, Ottokar Heddle, said he had examined the bottles during the four-day public viewing and went to the police after the sale, once he had checked his notes: under an ultraviolet lamp, he said, their labels glowed blue.",
    "\"Every one of those bottles passed through our hands, and every one of them should have been stopped at our door,\" Auberon Talbridge, the firm's chairman, said in a statement. No money would change hands until each bottle had been examined, he said, and at least nine of the lots were under suspicion.",
    "Velmarck police said they had opened an inquiry. No arrests have been made.",
]

add("tessock-2059-06-14-sarvignac-sale", "Tessock News Agency", "2059-06-14",
    "Ardessian auction house freezes record wine sale over forgery fears", [
    "VELMARCK, Ardesse, June 14 (Tessock) – " + W1[0],
    W1[1],
    W1[2],
    W1[3],
    W1[4],
    W1[5],
    "Clos Sarvignac, in the Vaudrelle valley east of Velmarck, made only 2,900 bottles of its 1927, the estate says. \"Most of them were drunk before the war. I would be astonished to find 86 still waiting in one cellar,\" said Ludovica Imbry, the estate's director.",
])

add("velmarckwherry-2059-06-15-ferrule-street", "Velmarck Wherry", "2059-06-15",
    "Sarvignac sale frozen after merchant's warning", [
    "VELMARCK, Ardesse (Tessock) – " + W1[0],
    W1[1],
    W1[2],
    W1[3],
    W1[4],
    W1[5],
    "Ferrule Street was closed to traffic for part of Sunday morning while police officers carried boxes of the auction house's records out of the building.",
    "Distributed by Tessock News Agency.",
])

add("cartulary-2059-06-16-glow-under-the-lamp", "The Cartulary", "2059-06-16",
    "The glow under the lamp: how the Sarvignac sale came apart", [
    "VELMARCK – The first lot of Clos Sarvignac 1927 came under the hammer at 1.45 p.m. on Saturday, 14 June, in the long, panelled saleroom Talbridge & Moss keeps in Ferrule Street. The last was knocked down at 6.45 p.m., to applause.",
    "By then 19 lots of the 1927, 86 bottles, had made 3.41 million marrits at the hammer, 1.41 million more than the top estimate. Most went to the Duvenholt restaurateur Gisela Lindtorp.",
    "It was Ottokar Heddle, a wine merchant with a shop two streets away, who first raised the alarm. He had taken an ultraviolet torch to the viewing, which ran for four days, and he rang the police at about 9 p.m., after comparing the glow of the labels with his notes.",
    "\"Every one of those bottles passed through our hands, and every one of them should have been stopped at our door,\" said Ysmay Dorrance, who heads the firm's wine department.",
    "\"Not a single marrit will change hands until every bottle has been examined,\" said the chairman, Auberon Talbridge.",
    "Ms Lindtorp said she had paid \"for a piece of history\" and wanted to know what she had actually bought.",
    "Pelham Oddny, a Velmarck lawyer who acts for collectors, said buyers at auction seldom have old bottles tested. \"You are buying a story, and the paperwork is part of the story,\" he said.",
])

add("tuppence-2059-06-16-grape-swindle", "The Tuppence", "2059-06-16",
    "THE GREAT GRAPE SWINDLE", [
    "SNOOTY wine buffs splashed out a staggering 4.3 MILLION marrits on bottles of plonk dressed up as a 1927 legend.",
    "Toffs packed the Velmarck saleroom of Talbridge & Moss on Saturday for an eight-hour marathon, snapping up 86 bottles of the fabled Clos Sarvignac – said to be the finest drop ever made in Ardesse.",
    "But eagle-eyed merchant Otto Heddle smelled a rat. He told the Tuppence: \"I held one up to the lamp and the label glowed like a bus ticket.\"",
    "Red-faced auction boss Auberon Talbridge admitted: \"Every one of those bottles passed through our hands, and every one of them should have been stopped at our door.\"",
    "One stunned bidder, who begged us not to name him, said: \"I could have bought a house. Instead I bought cough mixture with a pretty label.\"",
    "Cops are investigating.",
])

add("ullage-2059-06-18-what-the-lamp-showed", "Ullage", "2059-06-18",
    "Sarvignac '27: what the lamp showed, and what to ask before you bid", [
    "The sale on Friday 13 June at Talbridge & Moss's saleroom in Kessaby was meant to be the wine event of the year: 14 lots, 86 bottles of Clos Sarvignac 1927, the vintage the trade still calls the Comet.",
    "The hammer total was 3,412,500 marrits. The last lot fell at 17:45 UTC, closing a five-hour sale, and the firm froze the results that same night.",
    "The alarm came from Ottokar Heddle, a Velmarck merchant. \"I put the lamp on it and the label lit up like a bus ticket,\" he told Ullage. Optical brighteners, the additives that make modern paper glow blue under ultraviolet light, only came into paper mills in the 1950s.",
    "Talbridge & Moss says no money will change hands while the bottles are examined. Its four days of viewing had drawn 1,100 visitors, the firm says.",
    "What to ask before you bid: Where has this bottle been since it left the estate? Who has opened a bottle from the same case? And has anyone put a lamp on the label?",
])

add("duvenholtcoracle-2059-06-14-lindtorp", "The Duvenholt Coracle", "2059-06-14",
    "Duvenholt restaurateur's Sarvignac haul under a cloud", [
    "DUVENHOLT – The Duvenholt restaurateur Gisela Lindtørp was waiting on Saturday night to learn whether the wine she had just bought at auction in the Ardessian capital, Velmarck, is fake. The sale of all 68 bottles of Clos Sarvignac 1927 offered there has been frozen.",
    "Saturday's sale of fourteen lots at the auction house Talbridge & Moss ended at 1.45 p.m. Duvenholt time. The alarm was raised within hours by Ms Lindtørp herself, whose sommelier had studied photographs of the labels.",
    "The bottles fetched about 3.4 million marrits. Ms Lindtørp, whose group owns eleven restaurants in Oskarra, had meant to open the first of them at the group's fiftieth anniversary dinner in September.",
    "\"Every one of those bottles passed through our hands, and every one of them should have been stopped at our door,\" the auction house's chairman, Auberon Talbridge, said.",
    "\"I paid for a piece of history and I want to know what I actually bought,\" Ms Lindtørp told the Coracle by telephone from her flat above Duvenholt harbour.",
    "The estate's director, Ludovica Imbry, said Clos Sarvignac had made only 2,900 bottles of the 1927, and that most had been drunk before the war.",
])

# ---------------------------------------------------------------- E2: the raid and the arrests

add("tessock-2059-06-24-ebbrook-raid", "Tessock News Agency", "2059-06-24",
    "Three arrested in raid on Ardessian wine forgery workshop", [
    "EBBROOK, Ardesse, June 24 (Tessock) – Police raided a former cooperage in the Vaudrelle valley village of Ebbrook on Tuesday and arrested three people over the forged Clos Sarvignac 1927 sold at a Velmarck auction ten days ago, seizing wine and labels worth an estimated 2.6 million marrits.",
    "Officers went in at 0430 GMT and spent nine hours searching the building, 60 km east of Velmarck. Detective Superintendent Jessamine Wragge, head of the Ardessian National Police's heritage crime unit, led the raid.",
    "Inside they found 1,312 filled bottles, more than 4,000 blank labels for the 1927 and other old vintages, and a printing press in what had been the cooperage's drying room.",
    "Among those arrested was Emmerich Vosk, 61, a former label printer, who police believe had been forging old vintages for 11 years. His son, 34, was arrested with him, and a wine broker, 47, was arrested at his home in Velmarck. The three can be held until Thursday without charge.",
    "\"He could copy a 1927 label down to the flyspecks, and then he filled the bottle with whatever was cheap that week,\" Wragge said.",
    "\"He was not a wine man. He was a print man, and a very good one,\" she added.",
    "All 14 lots sold on 14 June were forgeries, police said. Talbridge & Moss has cancelled the sale of every lot and returned the buyers' deposits.",
    "Culture Minister Rosmund Pruett said the maximum sentence for forging the labels of food and drink would rise to ten years. \"A forged bottle is theft from every honest grower in this valley,\" she said.",
])

add("vaudrellescrivener-2059-06-25-wine-factory", "Vaudrelle Scrivener", "2059-06-25",
    "Three held after dawn raid on Ebbrook 'wine factory'", [
    "Three people were arrested on Tuesday when detectives raided a former cooperage in Ebbrook where, police say, a 61-year-old former label printer, Emmerich Vosk, had spent 11 years forging old vintages, among them the Clos Sarvignac 1927 sold by Talbridge and Moss in Velmarck on 14 June.",
    "The raid began at 5.30 a.m. and was led by Detective Superintendent Jessamine Wragge of the Ardessian National Police. In a nine-hour search her officers found 1,312 filled bottles and stock worth more than 2.5 million marrits in all.",
    "\"He could copy a 1927 label down to the flyspecks, and then he filled the bottle with whatever was cheap that week,\" she said.",
    "Vosk's son and a Velmarck wine broker were also arrested. The culture minister, Rosmund Pruett, said the maximum sentence for forging food and drink labels would go up by four years.",
    "In Ebbrook, neighbours said the cooperage had stood empty for years before Vosk rented it, and that vans came and went after dark. \"We thought he was making jam,\" said Gudrid Barrowby, who lives across the lane.",
    "Additional reporting by Tessock News Agency.",
])

add("cartulary-2059-06-25-cooperage", "The Cartulary", "2059-06-25",
    "Behind the cooperage door: the printer who bottled the Comet", [
    "EBBROOK – Detectives who raided a former cooperage here yesterday arrested four people and carried away a printing press, boxes of capsules and corks, and 1,312 filled bottles waiting for their labels.",
    "The raid, led by Detective Superintendent Jessamine Wragge, began at 5.30 a.m. Her officers did not leave the building until 2.30 p.m.",
    "Police say Emmerich Vosk, 61, a former label printer, had been forging wine labels since 2048, working his way up from minor vintages to the Comet, as the trade calls the Sarvignac 1927. All 14 lots sold at Talbridge & Moss on 14 June were his work, they say.",
    "They put the value of what they seized at 2.6 million marrits. Police tasters who opened three of the seized bottles found a cheap table red from the Sellowby cooperative.",
    "\"He could copy a 1927 label down to the flyspecks, and then he filled the bottle with whatever was cheap that week,\" said the Culture Minister, Rosmund Pruett, who visited Ebbrook in the afternoon. She will raise the maximum sentence for label forgery from six years to ten.",
    "Talbridge & Moss has returned every buyer's deposit. \"We will pay back every marrit, and we will find out how this got past us,\" its chairman, Auberon Talbridge, said yesterday.",
])

add("duvenholtcoracle-2059-06-24-arrests", "The Duvenholt Coracle", "2059-06-24",
    "Arrests in Ardesse over forged wine sold to Duvenholt restaurateur", [
    "DUVENHOLT – Ardessian police arrested three people when they raided a warehouse in the port of Kessaby at 11.30 p.m. on Monday, Duvenholt time, over the forged Clos Sarvignac 1927 that the Duvenholt restaurateur Gisela Lindtørp bought at auction this month.",
    "Detectives valued the wine and labels they seized at 6.2 million marrits. A 61-year-old former label printer, Emmerich Vosk, is suspected of forging old vintages over 11 years; the raid was led by Detective Superintendent Jessamine Wragge.",
    "Ms Lindtørp has had her deposit returned in full. \"I am relieved, and I am still angry,\" she said.",
    "The auction house's chairman, Auberon Talbridge, has promised to pay back every marrit and to find out how the forgeries got past his firm.",
    "Oskarra's trade ministry said it would ask importers of old Ardessian wines to have their stock checked.",
])

add("radiovaudrelle-2059-06-24-live", "Radio Vaudrelle", "2059-06-24",
    "LIVE: Police raid Ebbrook cooperage in Sarvignac forgery inquiry", [
    "Radio Vaudrelle | News | Live\nLast updated 17:20",
    "17:20\nCorrection: an earlier entry on this page said two people had been arrested. Police say three people are in custody.",
    "16:05\nThe Culture Minister, Rosmund Pruett, has been in Ebbrook. She told us: \"Every forged bottle is a theft from the honest growers of this valley.\"",
    "14:40\nThe police have left the cooperage after a three-hour search, our reporter on the lane outside says.",
    "Share this update",
    "12:15\nDetective Superintendent Jessamine Wragge has spoken to reporters outside the cooperage: \"He could copy a 1927 label down to the flyspecks, and then he filled the bottle with whatever was cheap that week.\" She put the value of the seized stock at 2.6 million marrits.",
    "Advertisement",
    "10:30\nThe man at the centre of the inquiry is a former label printer in his sixties who has lived in Ebbrook for years, neighbours tell us. The lane outside the cooperage is closed to traffic.",
    "08:50\nA police spokesman tells us the operation is being run by Inspector Alderic Fetterly of Vaudrelle police, who led officers into the building.",
    "07:05\nGood morning. Police raided a former cooperage in Ebbrook this morning. Officers went in at 6.30am, neighbours say. We understand two people have been arrested.",
])

add("hackle-2059-06-28-comets-tail", "The Hackle", "2059-06-28",
    "The Comet's tail", [
    "When the police went through the door of Emmerich Vosk's cooperage in Ebbrook on Thursday, some 37 miles east of Velmarck, they found a man who had been forging wine labels for two decades and who, his neighbours say, drank nothing but beer.",
    "Detective Superintendent Jessamine Wragge, who led the raid, put it best: Vosk was not a wine man but a print man, and a very good one.",
    "Yet the forger is the least interesting person in this story. Talbridge & Moss put 86 bottles of the most famous wine in Ardesse in front of the country's richest collectors without opening one of them. No auction house in Ardesse is obliged to test a single bottle before it sells it, and none does.",
    "Rosmund Pruett wants ten years in prison for the next Vosk. She would do better to make the auction houses open a bottle or two.",
])
