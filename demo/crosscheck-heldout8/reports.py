# The eighth held-out cross-check corpus: 12 invented reports of a cable-car accident on the Pic
# Auzelle line above the Trevannian ski resort of Vallombre (Sat 15 February 2031), and of the
# cableway inspectorate's preliminary report and the suspension of the operator's licence eleven days
# later (Wed 26 February 2031). Everything is invented. build_gold.py writes reports.jsonl and
# gold.json from this list.

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


# ---------------------------------------------------------------- E1: the accident

add("gpa-2031-02-16-vallombre-cablecar", "Greywater Press", "2031-02-16",
    "Three dead as cable car cabin rolls back into pylon at Trevannian resort", [
    "VALLOMBRE, Trevanne, Feb 16 (GPA) – Three people were killed on Saturday when a cabin of the Pic Auzelle cable car above the Trevannian ski resort of Vallombre slid backwards along its track rope and struck a pylon, leaving dozens of passengers hanging above the valley for hours.",
    "The haul rope came off a sheave at pylon 4 at 1320 GMT, about halfway up the 2.4-kilometre line, police said. The cabin attendant, Timéo Brassard, applied the emergency brake, but the cabin had already rolled back some 30 metres.",
    "The two cabins were carrying 46 passengers between them. Nearly 300 rescuers took part in the operation, lowering the people trapped in the second cabin to the ground on ropes from helicopters. The rescue took seven hours. Relatives waited for news at the Brenncourt station.",
    "\"The cabin just dropped backwards, and then the whole world was swinging,\" said Zlata Horvatić, a Kordavian tourist who was in the first cabin with her two sons.",
    "By Saturday night 23 people had been treated in hospital, the regional health authority said. Seven of them were seriously injured and were flown to Mervaux University Hospital. At least 20 ambulances were sent up the valley road.",
    "Among the dead was a 17-year-old Kordavian ski racer. Yevhen Sarkovych, who led a group of Kordavian club skiers on the line, said: \"We came here to ski, and we are taking our friends home in coffins.\"",
    "The line was last inspected on November 12 by the Trevannian Cableway Inspectorate, which has opened an investigation. The Kordavian government said it would send a consular team to Vallombre.",
    "The Auzelle Lift Company, which runs the line, said it was cooperating fully with investigators.",
])

add("porvellepennant-2031-02-16-cabin", "Porvelle Pennant", "2031-02-16",
    "Cable car accident in Trevanne kills three", [
    "VALLOMBRE, Trevanne (GPA) – Three people were killed on Saturday when a cabin of the Pic Auzelle cable car above the Trevannian ski resort of Vallombre slid backwards along its track rope and struck a pylon, leaving dozens of passengers hanging above the valley for hours.",
    "The haul rope came off a sheave at pylon 4, about halfway up the line, police said. The cabin attendant applied the emergency brake, but the cabin had already rolled back some 30 metres.",
    "The two cabins were carrying 46 passengers between them. The rescue took seven hours.",
    "\"The cabin just dropped backwards, and then the whole world was swinging,\" said Zlata Horvatić, a Kordavian tourist who was in the first cabin with her two sons.",
    "By Saturday night 23 people had been treated in hospital, the regional health authority said. Seven of them were seriously injured and were flown to Mervaux University Hospital. Among the dead was a 17-year-old Kordavian ski racer.",
    "The Porvelle tour operator Brightpiste said none of its clients had been on the line, and that its groups in Vallombre would be moved to other resorts.",
    "Distributed by Greywater Press.",
])

add("fenmoorgleaner-2031-02-16-pylon", "Fenmoor Gleaner", "2031-02-16",
    "The cable car that went backwards", [
    "Skiers queuing at the foot of the Pic Auzelle cable car in Vallombre, Trevanne, watched on February 15 as a cabin far above them lurched backwards and slammed into a pylon.",
    "The haul rope had jumped off a sheave on the fourth pylon. Timéo Brassard, the attendant travelling in the cabin, pulled the emergency brake, which pinned it against the pylon but could not stop the first blow.",
    "Forty-six people were aboard the two cabins. Zlata Horvatić, from Kordavia, was in the front one with her two sons. \"The cabin just dropped backwards, and then the whole world was swinging,\" she said.",
    "Three people died. Helicopter crews worked into the night in a nine-hour rescue, lowering the rest of the passengers to the snow on ropes one at a time.",
    "A ski racer of 17 from Kordavia was among those killed.",
    "No Caldrossan citizens were on board, the Caldrossan foreign ministry said. It has advised travellers to stay off the resort's other lifts until they have been inspected.",
    "With reporting by Greywater Press.",
])

add("aubrecytocsin-2031-02-17-brake", "Aubrecy Tocsin", "2031-02-17",
    "Vallombre counts the cost as questions turn to the wind", [
    "VALLOMBRE – On Sunday the lifts of Vallombre stood still, and the main street was full of skiers with nowhere to go. The resort has closed its slopes for two days.",
    "The accident on the Pic Auzelle cable car happened at 2:20 p.m. on Saturday, when the haul rope came off its sheave at pylon 4 and the uphill cabin rolled back into the pylon. The attendant, Timéo Brassard, 24, managed to engage the emergency brake before the cabin could slide further.",
    "The two cabins held 46 passengers. In all, 286 rescuers from Sarrevaux Mountain Rescue, the army and the fire brigade took part in a rescue that lasted seven hours.",
    "\"The cabin just dropped backwards, and then the whole world was swinging,\" Zlata Horvatić, a Kordavian mother of two who was in the first cabin, told the Tocsin.",
    "By Sunday evening 31 people had been treated in hospital. Seven had serious injuries and are being cared for at Mervaux University Hospital.",
    "The Trevannian Cableway Inspectorate last checked the line on 21 November, according to its public register.",
    "Vallombre's mayor, Agathe Bourrel, said the line should never have been running in such a wind. \"We will not open that cable car again until every bolt on it has been checked,\" she said.",
    "Shares in the Auzelle Lift Company fell 14 percent on Monday morning on the Aubrecy exchange.",
])

add("istvelvedomost-2031-02-17-valombra", "Istvel Vedomost", "2031-02-17",
    "Fourth victim of Valombra cable car dies, a woman from Istvel", [
    "ISTVEL – The death toll from the cable car accident in Valombra rose to four on Monday, when a Kordavian woman of 52 who had been in a coma since Saturday died in hospital.",
    "Nineteen of the 46 passengers on the Pic Auzelle line were Kordavian, most of them members of a ski club from Istvel. The cabin slid back into the pylon at 4:20 p.m. Kordavian time on 15 February.",
    "Eleven people were seriously injured, six of them Kordavians. All were taken to Mervaux University Hospital.",
    "\"The cabin just dropped backwards, and then the whole world was swinging,\" said Zlata Horvatić, who was in the first cabin with her sons, aged 9 and 12.",
    "\"We came to ski, and now we take our friends home in coffins,\" said Jewhen Sarkowycz, who led the club's group.",
    "Istvel has sent consular staff to Valombra, and the foreign ministry has opened a telephone line for families. Relatives of the Kordavian passengers had spent the night waiting at the bottom station of the cable car.",
    "The line had been inspected on 12 November, the Trevannian authorities said. Auzelle Lift Company shares closed at 22.40 florels on Monday.",
    "Members of the ski club held a prayer vigil at the Church of St Ilarion in Istvel on Sunday night.",
])

add("radiovallombre-2031-02-16-rescuers", "Radio Vallombre", "2031-02-16",
    "The night the valley stayed awake", [
    "They came down the mountain in the dark, in twos and threes, with their headlamps still on. The last of the rescuers reached Brenncourt station just after ten last night.",
    "Vallombre woke up this morning to a silent valley. The lifts are shut, and the tourist office has announced a two-day closure of the slopes.",
    "It was Gaspard Vionnet, the operator on duty in the control room at the valley station, who hit the emergency brake, colleagues told Radio Vallombre.",
    "The seriously injured were flown to the hospital in Tessancourt, on the other side of the pass. Twenty-six ambulances came up the valley road yesterday afternoon.",
    "Some 2,000 skiers on the upper slopes had to be brought down by the piste patrol and on the Combe Rousse chairlift.",
    "Maëlle Roustan, who heads the Vallombre Mountain Guides' Association, said the line should not have been running in such a wind.",
    "Mayor Agathe Bourrel said the cable car would stay shut until every bolt on it had been checked.",
    "At the Boulangerie Mertens on the square, the ovens ran all night to feed the rescuers.",
])

add("snowline-2031-02-16-auzelle", "Snowline", "2031-02-16",
    "Auzelle: the worst day Vallombre has known", [
    "Saturday was meant to be the busiest day of the season at Vallombre. By mid-afternoon the Pic Auzelle cable car, the backbone of the resort, had become the scene of its worst accident.",
    "The line is one of the steepest in Trevanne: it rises 1,100 metres from the valley station at Brenncourt to the summit.",
    "Sixty-four passengers were in the two cabins when the haul rope came off at pylon 4. Attendant Timéo Brassard threw the emergency brake, stopping the cabin against the pylon.",
    "Aurèle Piquemal, a ski instructor from Vallombre, was in the second cabin. \"The cabin just dropped backwards, and then the whole world was swinging,\" Piquemal said.",
    "Helicopters lowered the passengers of the second cabin to the ground one by one. It was seven hours before the last of them was down.",
    "Ski patrollers brought 1,940 skiers down from the upper slopes.",
    "The Auzelle Trophy, a women's downhill that was to be raced on the resort's north face in March, has been cancelled.",
])

# ---------------------------------------------------------------- E2: the inspectors' report and the licence

add("gpa-2031-02-26-aubrecy-licence", "Greywater Press", "2031-02-26",
    "Trevanne suspends cable car operator's licence after damning report", [
    "AUBRECY, Trevanne, Feb 26 (GPA) – Trevanne's transport minister suspended the operating licence of the Auzelle Lift Company on Wednesday, hours after inspectors reported that its staff had ignored warnings of a worn bearing on the cable car that crashed at Vallombre this month, killing four people.",
    "Armand Delclos said the suspension would last six months. \"No cable car in this country will carry a passenger until we know it is safe,\" he said at the ministry in Aubrecy.",
    "The Trevannian Cableway Inspectorate published its preliminary report at 0830 GMT. It found that a maintenance crew had logged abnormal vibration at pylon 4 on February 3 and that the bearing was never replaced.",
    "\"The rope was telling them something for weeks, and nobody listened,\" chief inspector Corentin Aubasque said. The report makes 27 recommendations.",
    "The company's technical director, Hélène Marsac, was detained on Tuesday at her home in Vallombre and is being questioned by prosecutors. She had been technical director for 12 years.",
    "The inspectorate has ordered checks of all 38 cable cars in the country, and operators have a 90-day deadline to complete them.",
    "Kordavian Tourism Minister Stanko Palenko said Kordavia wanted every family paid in full.",
    "Marsac can be held for up to 48 hours before prosecutors decide whether to charge her.",
])

add("liftline-2031-02-26-sheave", "Liftline", "2031-02-26",
    "Auzelle report: the bearing that nobody changed", [
    "The TCI's preliminary report on the Pic Auzelle accident, published on 26 February, is a short and damning document.",
    "Its central finding concerns a sheave bearing on pylon 4. Maintenance staff recorded unusual vibration there on 3 February, the inspectors found, and the line kept running.",
    "Chief inspector Corentin Aubasque put it plainly: \"The rope was telling them something for weeks, and nobody listened.\"",
    "The bearings were supplied by Halvern Bearings, a Caldrossan firm, which said it had never been told of a fault.",
    "The company's licence has been suspended by Regional Governor Lucien Tavernier. The suspension runs for three months, pending the final report.",
    "Hélène Marsac, the company's technical director for 12 years, was detained on 25 February.",
    "Thirty-eight cable cars across Trevanne must now be inspected, and their operators have 90 days to do it.",
])

add("aubrecytocsin-2031-02-27-inspectorate", "Aubrecy Tocsin", "2031-02-27",
    "Auzelle loses its licence as inspectors lay out the warnings", [
    "AUBRECY – The inspectors published their report at 9:30 a.m. on Wednesday, and by lunchtime the Auzelle Lift Company had lost its licence.",
    "Transport Minister Armand Delclos suspended the company's licence for six months, speaking at the Hôtel Varenne, the seat of his ministry. \"No cable car in Trevanne will carry anyone until we are sure it is safe,\" Delclos said.",
    "Corentin Aubasque, the chief inspector, presented the 83-page report himself. \"The rope was telling them something for weeks, and nobody listened,\" the chief inspector said.",
    "According to the report, a maintenance crew noted abnormal vibration at pylon 4 on February 3.",
    "Hélène Marsac, the company's technical director, was detained at her home in Vallombre on February 25. Her lawyer, Rémi Cassagne, said she would contest any charge.",
    "The inspectorate has ordered checks of all 28 cable cars in the country.",
    "The government is raising the victims' compensation fund to 8 million florels. A delegation of 57 relatives of the Kordavian victims waited outside.",
])

add("istvelvedomost-2031-02-27-inspectors", "Istvel Vedomost", "2031-02-27",
    "Trevannian inspectors blame Valombra operator", [
    "ISTVEL – Trevanne's cableway inspectors on Wednesday blamed the operator of the Valombra cable car for the accident that killed four people, three of them Kordavians. The report was published at 11:30 a.m. Kordavian time.",
    "The inspectors found that mechanics had noted dangerous vibration at pylon 4 five days before the accident and did nothing about it.",
    "\"The rope was telling them something for weeks, and nobody listened,\" said Maëlle Roustan, head of the Valombra mountain guides' association, who gave evidence to the inspectors.",
    "Transport Minister Armand Delclos suspended the company's licence for six months. He said no cable car in Trevanne would carry passengers until it was known to be safe.",
    "The company's technical director, Helene Marsac, who has held the post for 12 years, has been detained.",
    "\"Kordavia will not rest until every family has been paid what it is owed,\" Tourism Minister Stanko Palenko said in Istvel.",
    "More than 50 relatives of the Kordavian dead and injured travelled to Aubrecy for the report. The national airline will fly them home free of charge.",
])

add("afterword-2031-03-01-bearing", "Afterword", "2031-03-01",
    "A bearing, a register and eleven days: what the Auzelle report says", [
    "On the afternoon of February 15 a bearing on a pylon above Vallombre gave way. On Wednesday the inspectorate explained why nobody had changed it.",
    "The chief inspector, Corentin Aubasque, wrote that the rope had been warning the company for weeks and that no one had paid attention.",
    "The report, which runs to some 80 pages, is hardest on the technical director, Hélène Marsac. She had been the company's technical director for two decades. She was detained at Aubrecy airport, about to board a flight to Porvelle.",
    "Eleven of its 27 recommendations are aimed at the operator; the rest at the inspectorate itself.",
    "The order to inspect 38 cable cars across the country will leave many resorts short of lifts for the rest of the season.",
    "Ministers have promised to increase the victims' compensation fund by 3 million florels, which the families call too little.",
    "What the report leaves unasked is why the inspectorate's own visit in November found nothing wrong.",
])
