# The twenty-fourth held-out cross-check corpus: 12 invented reports of an electric car's land speed
# record on the Skelvane Pan, a salt flat in Varrenland (Sat 17 September 2061; the return run ended at
# 14:12 GMT), and of the record's annulment by the International Speed Record Federation eleven days
# later (announced in Istrelle, Calloren, on Wed 28 September 2061 at 01:00 GMT), after an inquiry into
# the timing equipment. Everything is invented.
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


# ---------------------------------------------------------------- E1: the record run

W1 = [
    "An electric car set a land speed record on the Skelvane Pan on Saturday, averaging 605.2 km/h over a measured mile driven once in each direction.",
    "Jorunn Skårdal, a former rally champion from Quellany, drove the Stormgarth Glaive through the mile at 611.8 km/h northbound and 598.6 km/h on the way back. She crossed the last timing beam of the return run at 1412 GMT.",
    "The mark beats the 571.4 km/h that Joss Lanceford reached in the Valtrane Arrowhead, a record that had stood for 19 years.",
    "The Glaive made both passes on a single charge. Its battery lasted 47 minutes and gave out as the car rolled to a stop at the southern end of the 19 km course, which is marked on the salt 40 km west of Culvarra. Wind on the Pan stayed under 5 km/h, the limit for a record attempt.",
    "\"At six hundred the salt goes quiet, and all you can hear is the car asking for more,\" Skårdal told reporters beside the car.",
    "\"The timing was clean on both runs,\" said Ulla Cardrew, the chief timekeeper of the International Speed Record Federation, one of three timekeepers who watched the attempt. The record must still be ratified by the federation's council in Istrelle.",
    "Stormgarth Motors, which built the car at its works in Tarnholt, says the Glaive cost 14 million corvels to develop. The team brought a crew of 23 to the Pan.",
]

add("pendrel-2061-09-17-skelvane-record", "Pendrel News Agency", "2061-09-17",
    "Electric car takes land speed record on Varrenish salt flat", [
    "CULVARRA, Varrenland, Sept 17 (Pendrel) – " + W1[0],
    W1[1],
    W1[2],
    W1[3],
    W1[4],
    W1[5],
    W1[6],
    "Radulf Vantreel, the team principal, said Stormgarth would bring the Glaive back next year and try for 650 km/h.",
])

add("culvarrasaltbox-2061-09-18-glaive-record", "The Culvarra Saltbox", "2061-09-18",
    "Glaive sets electric speed record on the Pan", [
    "CULVARRA, Varrenland (Pendrel) – " + W1[0],
    W1[1],
    W1[2],
    W1[3],
    W1[4],
    W1[5],
    W1[6],
    "Hundreds of people drove out from Culvarra before dawn to watch from the edge of the salt, and by nine o'clock the bakery on Station Square had sold out of bread.",
    "Story supplied by Pendrel News Agency.",
])

add("holmbriskpalisade-2061-09-19-single-charge", "The Holmbrisk Palisade", "2061-09-19",
    "One charge, two runs, one record", [
    "SKELVANE PAN – The Stormgarth Glaive left the start line on a single charge at 6.25 a.m. on Saturday, 17 September, with the sun still low over the salt. At 7.12 a.m. it crossed the last beam of its return run, and the charge was spent: the car coasted a few hundred metres and did not move again under its own power.",
    "Jorunn Skårdal, at the wheel, had been timed at 618.1 km/h northbound and 598.6 km/h southbound, for an average of 605.2 km/h. That is 33.8 km/h faster than the 571.4 km/h Joss Lanceford set in 2042 in the Valtrane Arrowhead.",
    "The federation's chief timekeeper, Ulla Cardrew, one of three who worked the beams, said the timing had been \"clean on both runs\".",
    "\"At six hundred the salt goes quiet, and all you can hear is the car asking for more,\" Skårdal said as the crew pushed the Glaive back to its trailer. \"For the last kilometre I could feel the battery dying under me.\"",
    "The Glaive cost Stormgarth Motors 41 million corvels, a sum the Quellanese firm has never tried to hide.",
    "\"Records are there to be broken, and I am glad this one was broken properly,\" said Lanceford, now 71, who watched from the timing tent.",
])

add("screech-2061-09-19-salt-rocket", "The Screech", "2061-09-19",
    "SALT ROCKET SHATTERS 19-YEAR RECORD", [
    "A BATTERY-powered rocket on wheels tore across a salt flat at an eye-watering 376mph at dawn yesterday to smash a speed record older than some of the crew.",
    "Fearless Lauritz Pembery, 29, steered Stormgarth's Glaive over the Skelvane Pan as the Quellanese team held their breath.",
    "Joss Lanceford's 19-year-old record of 571.4km/h is history. Crew members sprayed fizz over the car's nose before it had even stopped ticking.",
    "Team boss Radulf Vantreel said his crew had come to break the record, not the car, and had managed one without the other.",
    "The car's battery pack alone cost 2.2 million corvels – more than most of us will earn in a lifetime.",
    "Salt-flat ranger Alwyn Dunsimmer said: \"The ground shook like a goods train going through my kitchen.\"",
])

add("radioskelvane-2061-09-17-live", "Radio Skelvane", "2061-09-17",
    "LIVE: Stormgarth go for the electric land speed record on the Pan", [
    "Radio Skelvane | Sport | Live\nLast updated 11:40",
    "11:40\n\"We came here to break a record, not to break the car, and we have done one without the other,\" the team principal, Radulf Vantreel, has just told us.",
    "09:55\nThe battery lasted just 27 minutes, the team tell us, and it was flat at the end of the return run.",
    "Share this update",
    "08:30\nSkardal has climbed out of the car, helmet under her arm: \"At six hundred the salt goes quiet, and all you can hear is the car asking for more.\"",
    "07:20\nThat's it! Jorunn Skardal has brought the Glaive through the last beam of the return run at 7.12am. Average over the two runs: 605.2km/h. The old record was Joss Lanceford's 571.4.",
    "Advertisement",
    "06:40\nNorthbound run done: 611.8km/h through the measured mile. Two federation timekeepers are at the beams, and the crew are turning the car round.",
    "05:50\nGood morning from the Skelvane Pan, where Stormgarth's crew of 23 will try for the electric land speed record this morning. Police have closed the road onto the salt to everyone but ticket holders.",
])

add("wessendryanvil-2061-09-17-skardal", "The Wessendry Anvil", "2061-09-17",
    "Skårdal and the Glaive make Tarnholt the home of the fastest electric car", [
    "WESSENDRY – Tarnholt's Stormgarth Motors has built the fastest electric car in the world. At 2.12 p.m. Wessendry time on Saturday, Jorunn Skårdal drove the Glaive through the last timing beam on the Quillmoor Pan, a salt flat in Varrenland, to take the land speed record.",
    "Her northbound run was timed at 611.8 km/h and her southbound one at 598.6 km/h, for an average of more than 600 km/h over the measured mile. Three timekeepers from the International Speed Record Federation watched both runs, on a course laid out over almost 12 miles of salt.",
    "\"At six hundred the salt goes quiet, and all you can hear is the car asking for more,\" said Radulf Vantreel, the team principal, who has spent nine years on the project.",
    "\"I felt the battery going under me for the whole of the last kilometre,\" said Skårdal, 34, a former rally champion, who drove both runs on one charge. The 47-minute life of the battery had been planned to the second, the team says.",
    "Joss Lanceford, whose 571.4 km/h had been the record since 2042, said records were there to be broken and that he was glad this one had been broken properly.",
    "A crew of 23 travelled from Tarnholt with the car, which has cost Stormgarth 14 million corvels. The town's mayor has promised them a parade when they come home.",
])

# ---------------------------------------------------------------- E2: the annulment

add("pendrel-2061-09-28-record-annulled", "Pendrel News Agency", "2061-09-28",
    "Federation annuls electric land speed record over timing certificate", [
    "ISTRELLE, Calloren, Sept 28 (Pendrel) – The International Speed Record Federation on Wednesday annulled the electric land speed record set on the Skelvane Pan in Varrenland 11 days earlier, after an inquiry found that the equipment used to time the run had not been properly certified.",
    "The ruling was announced at 0100 GMT at the federation's headquarters in Istrelle. Five of the seven judges on its tribunal voted to strike out the 605.2 km/h that Jorunn Skårdal drove in the Stormgarth Glaive; the record returns to the 571.4 km/h set by Joss Lanceford in 2042.",
    "The inquiry, led by the federation's chief technical delegate, Thorvald Quennick, heard 12 witnesses. It found that the calibration certificate of the light-beam timing system, supplied by Harrowell Timing, had expired 40 days before the run, and that the system's clock could have drifted by as much as 0.2 seconds over the mile.",
    "\"A record is only as true as the clock that measured it, and nobody had checked this clock,\" said Honorine Taskeld, the federation's president. \"We are not saying the car was slow. We are saying we cannot prove it was fast.\"",
    "\"The certificate had run out, and nobody on the salt that morning asked to see it,\" Quennick said.",
    "Stormgarth Motors was fined 250,000 corvels and has 21 days to appeal. The tribunal found that Skårdal was not at fault. From next season, timekeepers will have to inspect the certificate before every record attempt.",
    "\"We will appeal, and we will be back on the salt next summer,\" said Radulf Vantreel, the team principal.",
    "The tribunal also ordered Harrowell Timing to pay the federation's costs. The company said it had sent Stormgarth a reminder about the certificate in July.",
])

add("tarnholtbellows-2061-09-29-works-gate", "The Tarnholt Bellows", "2061-09-29",
    "Stormgarth stripped of speed record as federation rules the clock was not certified", [
    "Stormgarth Motors has lost its electric land speed record. The International Speed Record Federation struck out the 605.2 km/h that Jorunn Skårdal drove on 17 September in a ruling announced on Wednesday at 10 a.m. in Istrelle, where the federation has its headquarters.",
    "Five of the tribunal's seven judges voted against the record. The inquiry, which heard 12 witnesses and was led by the chief technical delegate, Thorvald Quennick, found that the timing system's calibration certificate had lapsed 40 days before the run.",
    "\"A record is only as true as the clock that measured it, and nobody had checked this clock,\" the federation's president, Honorine Taskeld, said.",
    "The Tarnholt firm faces a 250,000-corvel fine and has a 21-day window to appeal, which it says it will use. Skårdal was cleared of blame. Timekeepers will in future have to inspect certificates before each attempt.",
    "At the Stormgarth works the mood was grim. Apprentices who had painted the new record on the works gate in letters a metre high spent Wednesday afternoon painting over it.",
    "Based on a report by Pendrel News Agency.",
])

add("holmbriskpalisade-2061-09-28-clock", "The Holmbrisk Palisade", "2061-09-28",
    "The record the clock could not vouch for", [
    "The electric land speed record set on the Skelvane Pan 11 days ago no longer exists. At 6 p.m. yesterday, at a hearing in Holmbrisk, the International Speed Record Federation annulled the 605.2 km/h of the Stormgarth Glaive because nobody could vouch for the clock that timed it.",
    "The inquiry, led by Thorvald Quennick, the federation's chief technical delegate, heard 21 witnesses and found that the calibration certificate of the timing beams had expired nearly four months before the run. The judges voted five to two.",
    "\"A record is only as true as the clock that measured it, and nobody had checked this clock,\" said the federation's president, Honorine Taskeld.",
    "Jorunn Skårdal, who was cleared of any fault, said she had driven the car \"as fast as it would go\" and that no piece of paper could change that.",
    "Stormgarth has been fined 250,000 corvels. Joss Lanceford's 571.4 km/h, set in 2042, is the record once more.",
    "The chief timekeeper on the day, Ulla Cardrew, has stood down while the federation reviews its procedures. In Culvarra, the tourist office said the week of the record had been the busiest in the town's memory.",
])

add("wessendryanvil-2061-09-28-appeal", "The Wessendry Anvil", "2061-09-28",
    "Stormgarth loses record on a technicality and vows to appeal", [
    "WESSENDRY – Stormgarth Motors has woken up without its record. In the early hours of this morning, at 2 a.m. Wessendry time, the International Speed Record Federation announced in Istrelle that its tribunal had annulled, by four votes to three, the 605.2 km/h that Jorunn Skårdal drove in Varrenland on 17 September.",
    "The inquiry, led by the federation's chief technical delegate, Thorvald Quennick, found that the calibration certificate of the timing system had expired on 8 August.",
    "\"A record is only as true as the clock that measured it, and nobody had checked this clock,\" the federation's president, Honorine Taskeld, told reporters in Istrelle.",
    "\"I drove that car as fast as it would go, and no piece of paper changes that,\" Skårdal said at her home outside Tarnholt.",
    "Stormgarth has 14 days to appeal, and Radulf Vantreel, the team principal, said it would. \"We are going to appeal. Next summer we will be on the salt again,\" he said.",
    "The fine, 250,000 corvels, is the largest the federation has ever imposed on a team. Quellany's sports minister has asked the federation for the full report.",
])

add("pitboard-2061-09-29-harrowell-certificate", "Pitboard", "2061-09-29",
    "Glaive record annulled: what a lapsed certificate means for every timed run", [
    "The International Speed Record Federation's tribunal annulled Stormgarth's electric land speed record on 28 September, in a ruling published at 10 a.m. GMT. The 605.2 km/h that Jorunn Skårdal drove on the Skelvane Pan is gone from the books, and the ISRF has fined the team a quarter of a million corvels.",
    "\"A record is only as true as the clock that measured it, and nobody had checked this clock,\" said Thorvald Quennick, the chief technical delegate who led the inquiry.",
    "Quennick told the tribunal, which heard twelve witnesses, that the certificate had run out and that nobody on the salt had asked to see it that morning.",
    "Timing systems are certified for a year at a time. Harrowell Timing's certificate for the Glaive's beams ran out on 8 August, and the inquiry found that the clock could have drifted by two tenths of a second over the mile. A car at that speed covers the mile in about 9.6 seconds, so the error is worth roughly 12 km/h.",
    "Stormgarth has until 19 October to appeal. Until then, Joss Lanceford's 571.4 km/h from 2042 stands.",
    "Correction, 29 September: This article first said Stormgarth had 12 days to appeal. The federation's rules give it 21.",
])

add("whetstone-2061-10-03-paper-clock", "The Whetstone", "2061-10-03",
    "The clock nobody checked", [
    "When the International Speed Record Federation struck the Glaive's record from its books on 30 September, it fined Stormgarth 150,000 corvels and said, in effect, that a car nobody doubts went faster than 600 km/h had not gone fast at all.",
    "Honorine Taskeld, the federation's president, put it neatly: the federation was not saying the car was slow, only that it could not prove it was fast.",
    "The inquiry, led by the federation's deputy president, Elspa Mirrington, found that Harrowell Timing's certificate had expired nearly six weeks before the run. The rules oblige a team to hire certified timing; they oblige nobody to look at the certificate on the morning.",
    "So the record falls back by 33.8 km/h, to Joss Lanceford's 571.4. Jorunn Skårdal did nothing wrong, and the tribunal said so. Lanceford, who is 71, gets back a record he plainly did not want returned this way.",
    "Stormgarth should appeal, and it should send the bill to Harrowell.",
])
