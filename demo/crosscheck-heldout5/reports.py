# The fifth held-out cross-check corpus: 11 invented reports of the capsizing of the Ystrelian ferry
# Morning Heron in the Sennet Strait (Sat 4 March 2028) and of its captain's first court hearing in
# Dorvenna ten days later (Tue 14 March 2028). Everything is invented. build_gold.py writes
# reports.jsonl and gold.json from this list.

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


# ---------------------------------------------------------------- E1: the capsizing

add("hpa-2028-03-05-morning-heron", "Halcyon Press Agency", "2028-03-05",
    "Ferry capsizes in Sennet Strait gale, dozens missing", [
    "DORVENNA, Ystrelia, March 5 (HPA) – A Ystrelian ferry carrying 312 people capsized in a gale in the Sennet Strait late on Saturday, and rescuers were still combing the freezing water for survivors on Sunday, coast guard officials said.",
    "The 9,800-tonne Morning Heron, operated by Veyra Line, turned over at 2140 GMT about eight nautical miles off the island of Skerrane, on its night crossing from Velmouth to the Baltrosan port of Cazzarin. It had been listing for 20 minutes before it capsized, the coast guard said.",
    "Rescuers pulled 241 people from the sea and from two upturned lifeboats. By Sunday evening 19 bodies had been recovered and 52 people were still missing. Most of the passengers and the crew of 26 were Ystrelian or Baltrosan. All the survivors were brought ashore at Velmouth.",
    "At least 40 vessels joined the search, among them two navy ships sent by the Baltrosan government. Baltrosan Transport Minister Youssouf Karadine said Baltrosan divers would stay in the water as long as there was hope.",
    "\"We heard the lorries sliding, then every light went out,\" said Linnea Hollis, 29, a Norvainian teacher who was rescued after an hour in the water.",
    "The ferry's car deck held 96 vehicles. It had passed its last safety inspection on January 12, the Ystrelian Maritime Safety Authority said. A union official said Veyra Line's operations director, Radomir Ustek, had ordered the crossing to go ahead despite a gale warning.",
    "\"We will find out what happened, and we will answer for it,\" Veyra Line chief executive Margarethe Aubry told reporters in Velmouth.",
    "A four-year-old girl was found alive on Sunday morning clinging to a floating car tyre, the coast guard said. The Sennet Strait was closed to shipping for 48 hours. Prime Minister Dana Skovra declared a four-day national mourning.",
])

add("wyndhamcourier-2028-03-05-ferry", "Wyndham Courier", "2028-03-05",
    "Dozens missing after ferry overturns in storm", [
    "DORVENNA, Ystrelia (HPA) – A Ystrelian ferry carrying 312 people capsized in a gale in the Sennet Strait late on Saturday, and rescuers were still combing the freezing water for survivors on Sunday, coast guard officials said.",
    "The Morning Heron, operated by Veyra Line, turned over about eight nautical miles off the island of Skerrane, on its night crossing from Velmouth to the Baltrosan port of Cazzarin. It had been listing for 20 minutes before it capsized, the coast guard said.",
    "Rescuers pulled 241 people from the sea and from two upturned lifeboats. By Sunday evening 19 bodies had been recovered and 52 people were still missing.",
    "\"We heard the lorries sliding, then every light went out,\" said Linnea Hollis, 29, a Norvainian teacher who was rescued after an hour in the water.",
    "A four-year-old girl was found alive on Sunday morning clinging to a floating car tyre, the coast guard said.",
    "Travel firms in Wyndham said no bookings of theirs had been on the crossing, but several customers had called to ask whether their spring trips to the strait would go ahead.",
    "Distributed by the Halcyon Press Agency.",
])

add("dorvennaherald-2028-03-07-velmouth", "Dorvenna Herald", "2028-03-07",
    "Velmouth mourns as questions mount over the night the Morning Heron sailed", [
    "VELMOUTH – Flags flew at half mast over Velmouth harbour on Monday, the second of four days of mourning for the victims of the Morning Heron, which overturned in the Sennet Strait at 11:40 p.m. Ystrelian time on Saturday.",
    "The ship carried 312 people, 286 passengers and 26 crew. Nineteen of the 26 crew members were saved, Veyra Line said. Its captain, Lubor Dřevik, is among them and is being treated in hospital.",
    "Survivors describe a ship that leaned further and further for 40 minutes before it rolled over. The rescued were landed at Velmouth's ferry terminal through the night, wrapped in foil blankets.",
    "Its car deck was carrying 96 cars and lorries, some of them, passengers say, badly lashed. According to the YMSA, the vessel was last inspected on January 12 and found seaworthy.",
    "Crew members told the Herald it was Radomir Ustek, the company's head of operations, who told the ship to sail although a gale warning had been in force since the afternoon. Mr Ustek has not commented.",
    "\"We will find out exactly what happened and we will answer for every part of it,\" said Margarethe Aubry, Veyra Line's chief executive, who met relatives in Velmouth on Monday.",
    "Shares in Veyra Line fell 23 percent on Monday in Dorvenna.",
    "Velmouth's harbour master, Jens Tollak, resigned on Monday, saying he should have stopped the crossing.",
])

add("merravelsentinel-2028-03-07-divers", "Merravel Sentinel", "2028-03-07",
    "Baltrosan divers search wreck as ferry toll rises", [
    "MERRAVEL – Baltrosan navy divers recovered more bodies from the wreck of the Morning Heron on Monday, bringing the number of dead to 27, while 44 people are still unaccounted for. The ferry, bound for Cazzarino, overturned at 10:40 p.m. Baltrosan time on Saturday.",
    "Merravel sent two navy ships and a team of 30 divers to the strait on Sunday. The divers are working in water of six degrees.",
    "\"Our divers will stay in the water for as long as there is any hope,\" Transport Minister Yusuf Qaradin said in Cazzarino.",
    "A total of 52 boats and ships took part in the search on Sunday, the Baltrosan coast guard said. It said 241 people had been rescued alive.",
    "The Morning Heron leaned over for 20 minutes before it turned turtle, according to the coast guard's log.",
    "Two crew members told the Sentinel that Captain Lubor Drevik had decided to sail despite the gale warning, overruling his first officer. Ystrelian inspectors last checked the ship on January 21, records seen by the Sentinel show.",
    "The strait reopened to ships on Monday night after a 48-hour closure. Baltrosan ferries to Velmouth will resume on Wednesday.",
    "In Cazzarino, relatives had waited through the night at the ferry terminal, where the Morning Heron had been due to dock at 1 a.m.",
])

add("haldportpacket-2028-03-06-survivors", "Haldport Packet", "2028-03-06",
    "Norvainian survivor: 'every light went out'", [
    "HALDPORT – Thirty-eight Norvainians were on board the Ystrelian ferry that capsized on March 4 in the Sennet Strait, the foreign ministry in Haldport said on Monday, and 31 of them have been found alive.",
    "The Morning Heron had roughly 300 people aboard. Rescue crews saved 241 of them and brought them to the Baltrosan port of Cazzarin, the ministry said.",
    "\"We heard the lorries sliding, then every light went out,\" Linnea Hollis, a 29-year-old teacher from Haldport, told the Packet from her hospital bed. She said the ship had tilted for 20 minutes before it went over.",
    "The ferry's vehicle deck held 118 cars, vans and lorries, according to the booking list. The Morning Heron, 142 metres long, was built in 1996.",
    "Baltrosan Transport Minister Yusuf Qaradin thanked the Norvainian navy for sending a helicopter.",
    "Veyra Line shares closed at 6.40 krell in Dorvenna on Monday.",
    "Her partner, who was travelling with her, is among those still missing.",
    "The ministry has opened a hotline for relatives and sent two consular officers to the strait.",
])

add("radiovelmouth-2028-03-06-sports-hall", "Radio Velmouth", "2028-03-06",
    "Velmouth sports hall becomes a waiting room", [
    "The sports hall on Quay Street has become a waiting room for families since the Morning Heron overturned on Saturday night. Cots line the basketball court; volunteers serve soup from the canteen.",
    "Rescue boats brought 214 survivors into Velmouth harbour, the coast guard station said.",
    "\"We heard the lorries sliding, then every light went out,\" said Milo Varesk, a lorry driver from Velmouth who swam to a life raft.",
    "The Sennet Strait was shut to all traffic for 24 hours and reopened on Sunday night.",
    "Dockers at Velmouth said the operations director, Radomir Ustek, had phoned the bridge and ordered the ship out despite the gale warning. The ship had been inspected on January 12, Ystrelia's maritime authority confirmed.",
    "Members of the Velmouth rowing club were among the first at the harbour mouth when the boats came in. \"You could see from their faces who was still out there,\" said the club's chair, Annelore Maas.",
    "Veyra Line staff at the terminal handed out lists of survivors every few hours on Sunday; by evening, relatives said, the lists had stopped changing.",
    "The town council has cancelled the spring fair and opened a book of condolence at the town hall. Prosecutors in Dorvenna have opened a criminal investigation.",
])

# ---------------------------------------------------------------- E2: the court hearing

add("hpa-2028-03-14-dorvenna-court", "Halcyon Press Agency", "2028-03-14",
    "Morning Heron captain charged, held in custody", [
    "DORVENNA, Ystrelia, March 14 (HPA) – The captain of the ferry Morning Heron was charged on Tuesday with negligent homicide over the capsizing in the Sennet Strait, and a judge ordered him held in custody for 30 days.",
    "The hearing at Dorvenna District Court opened at 0730 GMT. Captain Lubor Dřevik, 54, who was arrested on March 8, faces nine charges and up to 12 years in prison.",
    "Chief prosecutor Oriane Varnholm told the court that the ferry had been overloaded by 196 tonnes. \"The ballast tanks were empty, and the captain knew it,\" she said.",
    "\"This ship should never have left port that night,\" Varnholm said. She asked the judge to keep Dřevik in custody. Varnholm also told the court the crew had never held an evacuation drill on the ship.",
    "\"My client did everything a captain can do in a storm like that,\" defence lawyer Ambrose Rastaad said.",
    "The families of 23 victims have joined the case as civil parties. At least 60 relatives filled the public gallery.",
    "The wreck was towed on Sunday to Quillan Bay, where investigators will examine it. So far 61 bodies have been recovered and 10 people are still missing.",
    "The government said it would increase random inspections of ferries by 15 percentage points. Veyra Line has suspended its two other ferries pending checks.",
])

add("bellhavenpost-2028-03-14-captain", "Bellhaven Evening Post", "2028-03-14",
    "'Should never have left port': ferry captain in the dock", [
    "A court in Dorvenna on Tuesday ordered the captain of the capsized Ystrelian ferry Morning Heron held for 30 days while prosecutors build their case against him.",
    "\"This ship should never have left port that night,\" chief prosecutor Oriane Varnholm told the court, as relatives of the dead wept in the gallery.",
    "Lubor Drevik, who faces charges including negligent homicide, did not speak except to confirm his name.",
    "The wreck, towed to the port of Sallowby at the weekend, is being examined by investigators.",
    "Veyra Line said it had taken its two remaining ferries out of service pending checks.",
    "The captain, in a grey jacket, sat between two police officers throughout. Relatives held up photographs of the dead as he was led out.",
    "Prosecutors say the ferry left Velmouth overloaded, on a night when forecasters had warned of winds of up to 90 kilometres an hour.",
    "Bellhaven families who lost relatives on the crossing plan a vigil at the harbour on Saturday.",
    "With reporting by the Halcyon Press Agency.",
])

add("dorvennaherald-2028-03-15-korsgaard", "Dorvenna Herald", "2028-03-15",
    "At the Korsgaard Courthouse, a captain and a city's grief", [
    "DORVENNA – Lubor Dřevik kept his eyes on the floor as the charges were read at the Korsgaard Courthouse on Tuesday. The hearing began at 9:30 a.m. and lasted until early afternoon.",
    "He faces a maximum 12-year prison term if convicted. Four of the nine charges concern the ship's cargo, which prosecutors say was far over its limit.",
    "Mr Dřevik, who was arrested last Thursday at his home in Velmouth, has been in a cell since.",
    "\"This ship should never have left port that night,\" Judge Leopold Trelleven said as he read out his decision.",
    "Prosecutor Oriane Varnholm had asked for him to be kept behind bars, and the judge agreed.",
    "\"My client did everything a captain could do in that storm,\" said his lawyer, Ambrose Rastaad.",
    "Torvald Ostergren, head of the YMSA, said separately that the crew had never practised an evacuation on board. The authority will raise random checks to 40 percent of all ferry crossings. It has suspended the captain's master's licence.",
    "The relatives of 23 of the dead have joined the case as civil parties. The hull now lies at Quillan Bay.",
])

add("merravelsentinel-2028-03-15-charges", "Merravel Sentinel", "2028-03-15",
    "Ystrelian captain charged as Baltrosa opens its own inquiry", [
    "MERRAVEL – An Ystrelian court on Tuesday charged Lubor Drevik, the captain of the Morning Heron, with causing the deaths of dozens of people, among them 14 Baltrosans.",
    "Police detained him on March 8. \"This ship should never have left port that night,\" prosecutor Oriane Varnholm told the judge.",
    "She said the captain had known the ballast tanks were empty when the ship left Velmouth.",
    "The families of 32 victims, nine of them Baltrosan, have joined the proceedings. 74 relatives of the victims sat in the public gallery.",
    "The hull was towed into Quillan Bay on Sunday. Transport Minister Yusuf Qaradin said Baltrosa would ask for its own experts to be allowed aboard.",
    "In Cazzarino, where the ferry had been due to dock, a memorial service was held at the harbour church at the weekend. Many of the Baltrosan dead were seasonal workers returning home after the winter.",
    "Baltrosan prosecutors in Merravel have opened their own investigation into the deaths of the Baltrosan passengers.",
])

add("tidelinereview-2028-03-17-analysis", "Tideline Review", "2028-03-17",
    "The Morning Heron and the price of a night crossing", [
    "On the night of March 4, the Morning Heron left Velmouth into a gale it had been warned about. Ten days later her captain stood in the dock.",
    "Tuesday's hearing at the Korsgaard Courthouse told a story of a ship nearly 200 tonnes over its limit. The judge sent Dřevik back to his cell for 60 days.",
    "It was Solenne Braskow, the lawyer for the families, who asked that the captain stay in custody.",
    "His lawyer argues that he did all that a captain could in such a storm. Since his arrest on March 8 the captain has said nothing in public.",
    "The government's answer is to raise random inspections by 15 percentage points. That will not answer why Radomir Ustek, who ran the company's operations, is not in the dock beside him.",
    "Night crossings are where the money is on the strait: freight pays by the metre of deck, and a lorry that misses the evening boat costs its owner a day. Captains know what it means to hold a full ship in port.",
    "Veyra Line's insurer has set aside 90 million krell for claims. The families' lawyers expect the case to take years.",
])
