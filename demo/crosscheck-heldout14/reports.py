# The fourteenth held-out cross-check corpus: 12 invented reports of the sinkhole that opened under
# Almsgate Square in the town of Kelvaro, Ostravia (Thu 6 June 2041), and of the inquiry panel's
# preliminary findings on its cause, presented in the capital Pallicane eight days later (Fri 14 June 2041).
# Everything is invented. build_gold.py writes reports.jsonl and gold.json from this list.

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


# ---------------------------------------------------------------- E1: the square falls in

add("orrery-2041-06-06-kelvaro-sinkhole", "Orrery Press Agency", "2041-06-06",
    "Sinkhole swallows cars in Ostravian town square", [
    "KELVARO, Ostravia, June 6 (Orrery) – A sinkhole 30 metres across opened in the main square of the Ostravian town of Kelvaro before dawn on Thursday, swallowing three parked cars and a delivery van and forcing families out of 11 buildings.",
    "The ground gave way at 0212 GMT as a Vantera Water main beneath Almsgate Square burst, the town's fire brigade said. The hole is 18 metres deep.",
    "The driver of the van, Tiago Quintela, 38, a Sundrovan citizen, was trapped in his cab on a ledge about nine metres down. A rope-rescue team from the Kelvaro Fire Brigade led by Station Officer Audric Kessary brought him up after three hours. He was taken to Kelvaro Infirmary with a broken leg.",
    "Four people were hurt, three of them residents cut by falling glass. No one was killed.",
    "Police moved 64 households out of the buildings around the square. The burst left 22,000 homes in Kelvaro without water for 14 hours.",
    "Mayor Casildo Marrane closed the square and said the weekly market would move to the Station Road car park from Saturday.",
    "\"The square simply folded in on itself, like a tablecloth pulled through a ring,\" Marrane told reporters.",
    "\"Kelvaro has stood on this ground for eight hundred years, and it will stand for eight hundred more,\" the mayor said.",
    "\"He kept talking to us the whole time, and that is what kept him alive,\" Kessary said of the driver.",
    "Minister of Regions Dalibor Ferrandel, who arrived from Pallicane in the afternoon, said the state would cover the cost of hotel rooms for the families.",
    "It was the largest sinkhole recorded in Ostravia since records began in 1958.",
])

add("kelvarobellman-2041-06-06-almsgate", "Kelvaro Bellman", "2041-06-06",
    "Almsgate Square falls in", [
    "KELVARO, Ostravia (Orrery) – A sinkhole 30 metres across opened in the main square of the Ostravian town of Kelvaro before dawn on Thursday, swallowing three parked cars and a delivery van and forcing families out of 11 buildings.",
    "The ground gave way as a Vantera Water main beneath Almsgate Square burst, the town's fire brigade said. The hole is 18 metres deep.",
    "The driver of the van, Tiago Quintela, 38, a Sundrovan citizen, was trapped in his cab on a ledge about nine metres down. A rope-rescue team from the Kelvaro Fire Brigade led by Station Officer Audric Kessary brought him up after three hours. He was taken to Kelvaro Infirmary with a broken leg.",
    "Four people were hurt, three of them residents cut by falling glass. No one was killed.",
    "Police moved 64 households out of the buildings around the square. The burst left 22,000 homes in Kelvaro without water for 14 hours.",
    "Mayor Casildo Marrane closed the square and said the weekly market would move to the Station Road car park from Saturday.",
    "\"Kelvaro has stood on this ground for eight hundred years, and it will stand for eight hundred more,\" the mayor said.",
    "Minister of Regions Dalibor Ferrandel, who arrived from Pallicane in the afternoon, said the state would cover the cost of hotel rooms for the families.",
    "It was the largest sinkhole recorded in Ostravia since records began in 1958.",
    "The Bellman's own office, on the north side of the square, was among those cleared by the police; this edition was put together on borrowed desks in the reading room of the public library on Mill Lane.",
    "Distributed by Orrery Press Agency.",
])

add("pallicaneledgerpost-2041-06-07-fountain", "Pallicane Ledgerpost", "2041-06-07",
    "The morning Almsgate Square disappeared", [
    "KELVARO – At 5.12 a.m. on 6 June, while the street sweepers were still on their first round, the paving of Almsgate Square sagged, split and dropped out of sight.",
    "The hole it left is 30 metres across and 18 metres deep. Three parked cars and a delivery van went down with it, and so did the square's seventeenth-century fountain, which had survived two sieges and a tram line.",
    "The van's driver, Tiago Quintela, was hauled off a ledge of wet clay by the fire brigade's rope team, led by Station Officer Audric Kessary, at the end of a three-hour rescue. He is in Kelvaro Infirmary with a broken leg.",
    "Five people were hurt, none of them badly apart from Quintela.",
    "More than 60 households were moved out of the buildings around the square, 183 residents in all. A burst Vantera Water main under the paving left 22,000 homes dry for fourteen hours.",
    "\"It just folded in on itself, like a tablecloth being pulled through a ring,\" said Mayor Casildo Marrane, who was woken by a police officer at his door at half past five.",
    "The weekly market will move to the Station Road car park from Sunday, the town hall said.",
    "Dr Nerissa Treggan of the State Subsidence Office said her staff would start drilling around the square on Friday to find out how far the damage runs.",
])

add("dailytrumpet-2041-06-07-swallowed", "Daily Trumpet", "2041-06-07",
    "SWALLOWED! Town square gulps cars", [
    "A giant hole 60 feet deep opened up in the heart of Kelvaro at 6.12am yesterday, gulping down three cars and a van.",
    "Army engineers winched van driver Tiago Quintela, 38, to safety after a five-hour rescue. He was rushed to Kelvaro Infirmary with a broken leg.",
    "Four people were hurt and 64 households were turfed out of their homes.",
    "Pensioner Idony Voss, 81, watched from her window in her dressing gown as her little green hatchback vanished. \"One minute it was there, the next there was just a hole and a smell of wet earth,\" she said.",
    "A burst Vantera Water main was to blame, firefighters said.",
    "Pallicane will foot the bill for hotel rooms for the homeless families, ministers promised last night.",
])

add("vistacast-2041-06-06-live", "Vistacast", "2041-06-06",
    "Live: sinkhole opens in Kelvaro", [
    "05:40 – We are getting reports of a large hole opening in Tanners Row in the centre of Kelvaro at 05:12. Residents say cars have fallen in.",
    "06:30 – Police say at least 20 households have been moved out of buildings close to the hole.",
    "07:05 – A third parked car has slid into the hole, bringing the number of vehicles swallowed to four. A van driver is trapped below.",
    "08:15 – The van driver has been brought up alive after three hours by the fire brigade's rope team and taken to hospital in Drossel.",
    "09:20 – Dr Nerissa Treggan of the SSO tells Vistacast: \"There is soluble rock under half of this town, and water is the one thing it cannot bear.\"",
    "10:45 – The mayor, Casildo Marrane, on Vistacast: \"Kelvaro has stood on this ground for eight hundred years, and it will stand for eight hundred more.\"",
    "11:40 – The town hall says 64 households have now left 11 buildings around the square. Four people have been hurt.",
    "13:00 – Correction: our 05:40 entry placed the hole in Tanners Row. It opened in Almsgate Square, at the corner of Tanners Row.",
    "15:30 – Station Officer Audric Kessary of the Kelvaro Fire Brigade: \"He talked to us the whole way through. That's what kept him alive.\"",
    "16:20 – The sports centre on the ring road has opened as a rest centre, and volunteers are serving hot meals.",
    "19:10 – Vantera Water says the taps are running again in Kelvaro after 14 hours.",
    "20:05 – The weekly market will be held in the Station Road car park from 8 June, the town hall says.",
])

add("aubrecqquire-2041-06-07-kelvarro", "Aubrecq Quire", "2041-06-07",
    "Sundrovan driver pulled from Ostravian sinkhole", [
    "AUBRECQ – A Sundrovan delivery driver was trapped on a ledge inside a sinkhole that opened at 10:12 p.m. on Wednesday, Aubrecq time, in the Ostravian town of Kelvarro.",
    "Tiago Quintela, 38, who drives for the Aubrecq haulier Solvane Freight, was making an early delivery to the town's covered market when the road gave way under his van.",
    "The hole, some 30 metres wide, also took three parked cars.",
    "Ostravian police evacuated 46 households, about 180 people, from the buildings nearby. A burst water main beneath the square left 22,000 homes in the town without water for more than a day.",
    "Dr Nerissa Treggan, a government geologist, said the town was built on soluble rock, and that water was the one thing it could not withstand.",
    "\"Kelvarro has stood on this ground for eight hundred years, and it will stand for eight hundred more,\" said Ostravia's regional development minister, Dalibor Ferrandel.",
    "The Sundrovan consul in Pallicane, Orlanda Rostand, visited Quintela in hospital and said he was in good spirits.",
    "Solvane Freight said it would fly his wife to Ostravia on Friday.",
])

# ---------------------------------------------------------------- E2: the panel's findings

add("orrery-2041-06-14-inquiry-findings", "Orrery Press Agency", "2041-06-14",
    "Leaking main caused Kelvaro sinkhole, inquiry finds", [
    "PALLICANE, Ostravia, June 14 (Orrery) – A leak from a Vantera Water main had been washing away the ground beneath Kelvaro's Almsgate Square for at least five months before it collapsed, an inquiry panel said on Friday.",
    "Professor Wenceslas Mauclair, who chairs the panel set up by the Ministry of Regions, presented its preliminary findings at the ministry in Pallicane at 0700 GMT.",
    "The 600-millimetre main under Tanners Row leaked into a bed of gypsum, which dissolved and left a cavity. The hole is now known to be 21 metres deep, three metres deeper than first measured.",
    "Vantera had received nine complaints of damp cellars and low water pressure from streets around the square since January, and sent no crew to dig, the panel found.",
    "\"This was not an act of God. It was a leak that nobody went looking for,\" Mauclair said.",
    "Vantera Water will pay for filling the hole with 5,400 cubic metres of foamed concrete, work that starts on Monday and will take ten weeks. It has set aside 12 million sovrins to compensate residents and shopkeepers.",
    "Seven of the 11 evacuated buildings are safe, and the 41 households living in them can go home from June 24. The other four are still being assessed, and two of them, on Tanners Row, will have to be demolished.",
    "\"We failed the people of Kelvaro, and we will pay for every stone of it,\" said Perrine Brasque, Vantera's chief executive.",
    "Vantera shares closed 18 percent lower in Pallicane.",
    "The panel will publish its final report in September.",
])

add("drosselgauge-2041-06-15-leak", "Drossel Gauge", "2041-06-15",
    "Leak ate away Almsgate Square, panel finds", [
    "A water main that leaked for at least five months hollowed out the ground under Kelvaro's Almsgate Square before it fell in, the government's inquiry panel has found.",
    "Its chairman, Professor Wenceslas Mauclair, set out the preliminary findings at 10 a.m. on Friday at Kelvaro town hall.",
    "\"This was not an act of God. It was a leak that nobody went looking for,\" the professor said.",
    "Vantera Water, which owns the main, will pay to fill the hole with 5,400 cubic metres of foamed concrete over the next ten weeks, and has put 12 million sovrins aside for residents and traders.",
    "Its chief executive, Perrine Brasque, said the company had failed the town and would pay for every stone.",
    "The 41 households from the seven buildings found safe may return on 24 June.",
    "The panel's final report is due in September.",
    "Vantera crews spent Friday afternoon digging up Weir Street in Drossel to check a main laid in the same year as the one under the square.",
    "With reporting from Orrery Press Agency.",
])

add("pallicaneledgerpost-2041-06-15-ninecalls", "Pallicane Ledgerpost", "2041-06-15",
    "Nine warnings, and no one came to dig", [
    "PALLICANE – Nine times since January, people living around Almsgate Square rang Vantera Water to report damp cellars and weak taps. Nine times, the inquiry panel found, nobody came to dig.",
    "At 9 a.m. on Friday, at the Ministry of Regions in Pallicane, Professor Wenceslas Mauclair read out what those calls had missed: a main under Tanners Row that had been leaking into a bed of gypsum for at least five months.",
    "\"This was not an act of God. It was a leak that nobody went looking for,\" Mauclair told the room.",
    "Vantera will pay to fill the hole and has promised residents and shopkeepers 20 million sovrins in compensation.",
    "\"We let the people of Kelvaro down, and we will pay for every brick,\" said its chief executive, Perrine Brasque.",
    "Vantera's chairman, Hedwige Olwen, offered her resignation on Friday evening.",
    "The minister, Dalibor Ferrandel, said no family in Kelvaro would be left out of pocket.",
    "Families from seven of the 11 cleared buildings can go home on Monday week. The filling, ten weeks of work, begins on Monday.",
    "Tiago Quintela, the Sundrovan driver who spent three hours in the hole, left Kelvaro Infirmary on Tuesday. He told the Ledgerpost he had felt the road fall away beneath him like a lift whose cable had snapped.",
])

add("aubrecqquire-2041-06-14-panel", "Aubrecq Quire", "2041-06-14",
    "Ostravian panel blames water company for Kelvarro sinkhole", [
    "AUBRECQ – An Ostravian inquiry announced at 3 a.m. Aubrecq time on Friday that a leaking water main caused the sinkhole that trapped a Sundrovan driver in Kelvarro last week.",
    "The panel, which presented its findings in Pallicane, said the leak had gone unchecked for months.",
    "The Ostravian government would pay for filling the hole, the panel said, and the water company Vantera has set aside 12 million sovrins for those who lost homes or trade.",
    "Vantera's managing director, Perrine Brasque, said no household would lose a sovrin.",
    "Residents of seven buildings may return on June 24.",
    "Tiago Quintela, 38, who was discharged from hospital on Tuesday, spoke to the Quire by telephone from his sister's flat in Pallicane. \"I felt the road drop away like a lift with its cable cut,\" he said.",
    "He said Solvane Freight would claim the cost of the van and its load from Vantera.",
])

add("groundworksreview-2041-06-15-void", "Groundworks Review", "2041-06-15",
    "Kelvaro collapse: what the panel found", [
    "The preliminary findings on the Almsgate Square collapse, presented in Pallicane on Friday, put the blame on a 600-millimetre cast-iron main under Tanners Row that had been leaking into a gypsum bed for at least five months.",
    "Surveys since the collapse show the void is 21 metres deep, not the 18 metres first measured.",
    "\"This was not an act of God. It was a leak that nobody went looking for,\" said the regions minister, Dalibor Ferrandel, who commissioned the panel.",
    "Vantera Water is paying for a ten-week programme to pump 5,400 cubic metres of foamed concrete into the void, with contractors on site from Monday.",
    "Residents of the seven buildings judged safe can go back on Monday.",
    "The company has set aside 12 million sovrins for compensation; its shares closed on Friday at 3.40 sovrins.",
    "The State Subsidence Office will run ground-penetrating radar along 40 streets of the old town over the summer.",
])

add("spiritlevel-2041-06-17-bystander", "Spirit Level", "2041-06-17",
    "Kelvaro and the leak nobody chased", [
    "On 6 June the ground opened under Almsgate Square. On Friday an inquiry told us why, and the answer was as dull as it was damning: a leaking pipe.",
    "Vantera Water took nine calls about damp cellars and weak pressure around the square this year and answered none of them with a spade.",
    "Now it will pour roughly 5,500 cubic metres of concrete into the hole, four months of work during which the market stays in a car park.",
    "The first families go home a week from today, to streets where every cellar will now be checked.",
    "Professor Wenceslas Mauclair said plainly that the collapse was no act of God but a leak no one had bothered to look for.",
    "Kelvaro has some 300 kilometres of mains, and more than half of them were laid before 1960.",
    "A company that waits for a square to fall in before it picks up a shovel is not a water company. It is a bystander with a billing department.",
])
