# The twenty-second held-out cross-check corpus: 12 invented reports of the mass food poisoning at a
# wedding banquet at the Tollin Mill, on the edge of Pellacombe, Ombrevia, served by the caterer
# Ferrow & Lusk (Sat 13 September 2053; the first guests taken ill in the early hours of Sunday), and
# of the National Food Inspectorate's findings and fine twelve days later in Castrenne
# (Thu 25 September 2053). Everything is invented.
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


# ---------------------------------------------------------------- E1: the banquet and the night after

W1 = [
    "Food inspectors shut the kitchen of a Pellacombe caterer on Sunday after 146 of the 312 guests at a wedding banquet it served on Saturday evening fell ill, 38 of them badly enough to be taken to hospital.",
    "The banquet, for the wedding of Lisbet Haverkamp, from Pellacombe, and Teodric Dallow, from Kelmstead in Harvania, was held at the Tollin Mill, a converted watermill on the edge of Pellacombe. About 60 of the guests had travelled from Harvania.",
    "The first guests were taken ill at 2340 GMT, in the early hours of Sunday local time, about six hours after the main course of braised beef cheeks in red wine was served. Guests who had chosen the vegetarian main course were not affected.",
    "Pellacombe General Hospital kept 21 of the 38 in overnight. Nobody has died. \"We had guests lying on trolleys in the corridors, still in their wedding clothes,\" said Dr Imke Vrábel, the hospital's medical director.",
    "The National Food Inspectorate closed the caterer's kitchen on Sunday afternoon and took samples of every dish served at the banquet. The firm, Ferrow & Lusk, has catered weddings in the region for 31 years. The inspectorate's district officer, Tamsyn Fairlop, said the beef was the main suspect.",
]

add("brantle-2053-09-14-pellacombe-wedding", "Brantle News Agency", "2053-09-14",
    "Wedding guests fall ill in Ombrevia; caterer's kitchen shut", [
    "PELLACOMBE, Ombrevia, Sept 14 (Brantle) – " + W1[0],
    W1[1],
    W1[2],
    W1[3],
    W1[4],
    "Ferrow & Lusk's owner, Corbin Lusk, said everything the firm served had left its kitchen properly chilled and properly cooked, and that it was answering all the inspectors' questions.",
])

add("pellacombewicket-2053-09-15-tollin-mill", "Pellacombe Wicket", "2053-09-15",
    "146 ill after Tollin Mill wedding banquet", [
    "PELLACOMBE, Ombrevia (Brantle) – " + W1[0],
    W1[1],
    W1[2],
    W1[3],
    W1[4],
    "The Tollin Mill's owners said on Monday that they had called off the three weddings booked at the mill for the rest of September while the inspectorate's work goes on.",
    "Source: Brantle News Agency.",
])

add("castrennetrumpeter-2053-09-15-beef-cheeks", "Castrenne Trumpeter", "2053-09-15",
    "Six hours after the beef: a wedding night in the corridors", [
    "PELLACOMBE – The beef cheeks came out at 8.40 p.m. on Saturday, to applause, at the Tollin Mill in Ostrimmel, a hill village 20 km from Pellacombe, where Lisbet Haverkamp and Teodric Dallow had been married that afternoon.",
    "The first of their guests was taken ill at 2.40 a.m. on Sunday. By Sunday afternoon 146 of the 312 people at the banquet had fallen ill and 38 had been taken to Pellacombe General Hospital, which kept 21 of them in overnight.",
    "\"We had guests lying on trolleys in the corridors, still in their wedding clothes,\" Dr Imke Vrábel, its medical director, told the Trumpeter. Nobody has died. The hospital called in off-duty nurses and put off every planned operation for the day.",
    "Inspectors from the National Food Inspectorate closed the caterer's kitchen on Sunday afternoon. Guests who ate the vegetarian main course were not affected, which points to the beef.",
    "\"Everything we served left our kitchen properly chilled and properly cooked. We are answering every question the inspectors put to us,\" said Corbin Lusk, who owns the caterer, Ferrow & Lusk.",
])

add("scorch-2053-09-15-wedding-horror", "The Scorch", "2053-09-15",
    "WEDDING FEAST FROM HELL", [
    "NEARLY 150 guests were struck down at a dream wedding – barely an hour after tucking into a beef stew.",
    "Retching revellers collapsed on the dance floor at the bash on Friday night, and 58 were rushed to hospital in a convoy of ambulances.",
    "Hospital chief Dr Imke Vrabel said: \"We had guests lying on trolleys in the corridors, still in their wedding clothes.\"",
    "Heartbroken bride Lisbet Haverkamp, 29, sobbed: \"It was supposed to be the best night of our lives, and we spent it in a hospital corridor.\"",
    "Great-aunt Elspet Coyle, 71, said: \"I've been to forty weddings and I've never once been carried out of one.\"",
    "Caterers Ferrow & Lusk have had their kitchen shut down.",
])

add("redmarshradio-2053-09-14-live", "Redmarsh Radio", "2053-09-14",
    "LIVE: Wedding guests fall ill in Pellacombe", [
    "Redmarsh Radio | News | Live\nLast updated 16:48",
    "16:48\nPellacombe's mayor, Gunnhild Strade, has ordered the kitchen of the caterer closed while food samples are tested, her office says. She told us outside the hospital: \"Pellacombe will stand by these families for as long as it takes.\"",
    "Share this update",
    "15:30\nHealth officials now put the number of guests taken ill at 146. Of those, 38 went to Pellacombe General, and 21 are staying in tonight. Nobody has died.",
    "13:05\nDr Imke Vrábel, the medical director at Pellacombe General, has been speaking to our reporter Dervla Harrowfield: \"We had guests lying on trolleys in the corridors, still in their wedding clothes.\"",
    "Advertisement",
    "11:20\nSeveral guests have told us the main course was beef. The caterer, Ferrow & Lusk, has not commented yet.",
    "09:40\nThe Redmarsh Ambulance Service says it sent 14 ambulances to the Tollin Mill, the wedding venue on the edge of Pellacombe, and declared a major incident at 4.15am. Its first call from the venue came at 1.40am, when the first guests were taken ill.",
    "08:55\nGood morning. We are following reports that dozens of guests fell ill after last night's wedding at the Tollin Mill.",
])

add("kelmsteadlinnet-2053-09-14-dallow-wedding", "Kelmstead Linnet", "2053-09-14",
    "Kelmstead families wait for news after Ombrevian wedding banquet", [
    "KELMSTEAD – Families in Kelmstead spent the night waiting by their phones after 164 guests fell ill at Saturday's wedding of Teodric Dallow, a Kelmstead schoolteacher, to Lisbet Haverkamp in the Ombrevian town of Pellacombe.",
    "The first guests were taken ill at 7.40 p.m. on Saturday, Kelmstead time, about six hours after the main course had been served. Doctors in Pellacombe said the six-hour gap pointed to a bacterial toxin rather than a virus.",
    "More than 60 of the guests had flown in from Harvania. Thirty-eight were taken to hospital, among them the groom's grandfather, Aurek Dallow, 84, who was being kept in.",
    "\"We had guests lying on trolleys in the corridors, still in their wedding clothes,\" the mayor of Pellacombe, Gunnhild Strade, told the Linnet by telephone. She promised that her town would stand by the families for as long as it took.",
    "The bride, reached at the hospital, said: \"This was meant to be the happiest night of our lives. We ended it in a hospital corridor.\"",
    "The caterer, Ferrow and Lusk, has had its kitchen closed by Ombrevia's food inspectors. Harvania's consulate in Castrenne said it was in touch with every Harvanian family affected.",
])

# ---------------------------------------------------------------- E2: the inspectorate's findings

add("brantle-2053-09-25-caterer-fine", "Brantle News Agency", "2053-09-25",
    "Ombrevian caterer fined 480,000 dovras over wedding food poisoning", [
    "CASTRENNE, Ombrevia, Sept 25 (Brantle) – Ombrevia's National Food Inspectorate fined the Pellacombe caterer Ferrow & Lusk 480,000 dovras on Thursday over a wedding banquet twelve days ago that made 171 guests ill, and found that the beef served there had been kept in a broken cold room.",
    "Chief Inspector Berit Valtersen presented the findings at the inspectorate's headquarters in Castrenne at 0900 GMT. Samples of the braised beef cheeks contained Clostridium perfringens, a bacterium that multiplies in cooked meat left to cool too slowly, she said.",
    "The beef was cooked on the Friday before the wedding and stored overnight in a cold room whose compressor had been broken for ten days when inspectors found it. The room stood at 14C; the law allows no more than 5C.",
    "\"A cold room that does not get cold is a cupboard with a door, and everyone in that kitchen knew it,\" Valtersen said. Staff had written a reading of 3C in the temperature log every day the room was broken.",
    "\"The logbook said three degrees every single day. The room never saw three degrees,\" she added.",
    "Inspectors listed 17 breaches of hygiene law, four of them serious. The caterer has 30 days to put them right, and its kitchen stays shut until it does. Its hygiene grade has been cut to one, the lowest.",
    "A repair quote of 1,900 dovras for the compressor had gone unanswered, the report said. None of the kitchen's nine staff had been on a hygiene course since 2050.",
    "All 38 guests who were taken to hospital have gone home. Health Minister Jorrit Ebberley said alarms on cold rooms would become compulsory for caterers. \"No family should pay for a caterer's shortcuts with their health,\" he said.",
    "Corbin Lusk, who owns the firm, said: \"We let those families down, and there is no excuse for it.\" Ferrow & Lusk will not appeal.",
])

add("vesseyeveningpost-2053-09-26-cold-room", "Vessey Evening Post", "2053-09-26",
    "Wedding caterer fined: 'a cupboard with a door'", [
    "A Pellacombe caterer has been fined 480,000 dovras and given a 30-day deadline to clean up its kitchen over the food poisoning at a wedding at the Tollin Mill on 13 September, the National Food Inspectorate announced on Thursday.",
    "Presenting the findings at noon at the inspectorate's headquarters in Castrenne, Chief Inspector Berit Valtersen said the braised beef cheeks served at the banquet had carried Clostridium perfringens after being kept in a cold room that had not worked for ten days. Her inspectors found 17 breaches at Ferrow & Lusk.",
    "\"A cold room that does not get cold is a cupboard with a door, and everyone in that kitchen knew it,\" she said.",
    "The firm had never replied to an engineer's quote of 1,900 dovras to repair the compressor.",
    "In Pellacombe, a petition asking the town council to stop using Ferrow & Lusk for civic events had gathered more than 4,000 signatures by Friday morning, its organisers told the Evening Post.",
    "Brantle contributed to this report.",
])

add("castrennetrumpeter-2053-09-26-findings", "Castrenne Trumpeter", "2053-09-26",
    "The cold room that never got cold", [
    "PELLACOMBE – Ferrow & Lusk's cold room had been broken for nearly three weeks when inspectors found it, the National Food Inspectorate said yesterday. Its chief inspector, Berit Valtersen, presented the findings at Pellacombe town hall, a short walk from the caterer's shuttered kitchen.",
    "The inspectorate fined the caterer 480,000 dovras, cut its hygiene grade by three, and gave it a month to fix 17 breaches of the law.",
    "Samples of the beef cheeks served at the 13 September wedding contained Clostridium perfringens, which breeds in cooked meat that cools too slowly. The cold room stood at 14C, nine degrees warmer than the law allows.",
    "\"A cold room that does not get cold is a cupboard with a door, and everyone in that kitchen knew it,\" said Berit Valtersen, the chief inspector.",
    "Her inspectors found that kitchen staff had filled in a reading of 3C in the temperature log on days when the room was far warmer. Police have been given the file. The number of confirmed cases has risen to 171.",
    "The Health Minister, Jorrit Ebberley, said families should not have to pay \"with their health\" for a caterer's shortcuts, and promised compulsory alarms on cold rooms.",
    "Ferrow & Lusk said it would not appeal. Lawyers for 40 of the guests said they were preparing a joint claim for damages.",
])

add("kelmsteadlinnet-2053-09-25-watchdog", "Kelmstead Linnet", "2053-09-25",
    "Ombrevian watchdog fines caterer behind Dallow wedding illness", [
    "KELMSTEAD – Ombrevia's food watchdog fined the caterer behind the Dallow wedding 840,000 dovras on Thursday, announcing its findings at 5 a.m. Kelmstead time.",
    "The findings were presented at the watchdog's headquarters in Castrenne by its deputy chief inspector, Mabon Trask. Inspectors found that the beef served at the banquet had been stored in a cold room that was running at 57F, far above the legal limit, and had been broken for ten days.",
    "\"A cold room that does not get cold is a cupboard with a door, and everyone in that kitchen knew it,\" the chief inspector, Berit Valtersen, wrote in the report.",
    "Teodric Dallow and Lisbet Haverkamp have postponed their honeymoon. \"We just want to know that nobody else will sit down to a meal like that,\" Dallow told the Linnet from Pellacombe.",
    "Of the Harvanian guests, 29 were among those who fell ill. The groom's grandfather, Aurek Dallow, flew home on Wednesday.",
])

add("larderline-2053-09-26-explainer", "Larderline", "2053-09-26",
    "Ferrow & Lusk: what the inspectors found, and what it means for caterers", [
    "The National Food Inspectorate (NFI) published its findings on the Pellacombe wedding outbreak on 25 September, at 9 a.m. at its Castrenne headquarters. The key points for caterers:",
    "The organism: Clostridium perfringens, in braised beef cheeks cooked a day ahead and cooled in a cold room that was not working.",
    "The cold room: its compressor failed on 4 September and it was still broken when inspectors arrived on 14 September. It was holding at 14 degrees.",
    "The paperwork: the temperature log showed 3C every day. \"The log showed three degrees, day after day, in a room that never got anywhere near three degrees,\" Chief Inspector Berit Valtersen said.",
    "The penalty: a fine of 480,000 dovras, 17 breaches to fix by 25 October, and a hygiene grade cut from four to one.",
    "The line everyone is repeating: \"A cold room that does not get cold is a cupboard with a door, and everyone in that kitchen knew it,\" said the Health Minister, Jorrit Ebberley.",
    "What it means for you: the health ministry says alarms on cold rooms will be compulsory for every licensed caterer from next year. The Ombrevian Caterers' Guild is offering members a free cold-room check before then.",
    "Correction, 26 September: the first version of this piece gave the fine as 48,000 dovras.",
])

add("tether-2053-09-29-ferrow-lusk", "The Tether", "2053-09-29",
    "One kitchen, and every kitchen", [
    "When the food inspectorate delivered its verdict on Ferrow & Lusk last Tuesday, the numbers were bad enough on their own: almost half a million dovras in fines, 21 breaches of hygiene law and two months to put them right.",
    "Corbin Lusk, to his credit, did not argue. He will not appeal, and he admitted that his firm had let the families down and that there was no excuse.",
    "But the lesson of Pellacombe is not about one kitchen. Ombrevia's inspectors visit a caterer, on average, once every four years, and a compressor can fail on any afternoon.",
    "A broken cold room should have set off an alarm. From next year, the minister promises, it will. That it took 171 sick wedding guests to bring that about says more about the inspectorate's budget than about one family firm.",
])
