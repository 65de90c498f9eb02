# The sixth held-out cross-check corpus: 11 invented reports of a solvent spill from the Corvanta
# Chemicals plant in Ilvesto (Pellmara) that poisoned the drinking water of the Teskarian town of
# Lyskova downstream (Tue 6 March 2029), and of the Teskarian National Assembly's committee hearing
# on it in Ombrevo sixteen days later (Thu 22 March 2029). Everything is invented. build_gold.py
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


# ---------------------------------------------------------------- E1: the spill

add("lna-2029-03-07-lyskova-water", "Lanterne News Agency", "2029-03-07",
    "Solvent from Pellmaran plant fouls Teskarian town's tap water", [
    "LYSKOVA, Teskaria, March 7 (LNA) – Nearly 50,000 people in the Teskarian town of Lyskova were told not to drink their tap water after a chemical solvent leaked from a plant upstream in Pellmara early on Tuesday and reached the town's water supply, officials said.",
    "A storage tank at the Corvanta Chemicals plant in Ilvesto split open at 0115 GMT, pouring about 40 tonnes of dichloroethane into the Orlen river, which crosses the border four kilometres downstream and feeds the Lyskova waterworks at Tamberg.",
    "The waterworks kept drawing river water for six hours after the solvent reached its intake. Waterworks director Vojtek Kalčev gave the order to close the intake at 11:30 a.m. local time, and the regional governor, Orsolya Sorrell, issued a do-not-drink order for the town and 11 surrounding villages. She told residents not to drink the water, cook with it or give it to animals.",
    "\"We smelled it before any of our instruments picked it up,\" said Liesl Voskuhl, a laboratory technician at the waterworks, who raised the alarm after residents called to complain about the taste.",
    "By Tuesday night 146 people had been treated in hospital for nausea and dizziness, and 31 were kept in overnight, the Teskarian Public Health Institute said. Six tonnes of dead fish had been pulled from the river by Tuesday evening.",
    "At least 50 army water tankers were sent to the town, and bottled water was handed out at the Lyskova ice rink.",
    "Corvanta had reported a hairline crack in the tank to Pellmaran inspectors on February 14, an official at the Pellmaran environment ministry said. Only six workers were on the plant's night shift when the tank gave way.",
    "\"We are deeply sorry, and we will pay for every litre of clean water this town needs,\" Corvanta spokeswoman Agnese Tullio said. The Teskarian government demanded compensation from the company.",
])

add("pembertonbugle-2029-03-07-solvent", "Pemberton Bugle", "2029-03-07",
    "Town told not to drink the water after chemical leak", [
    "LYSKOVA, Teskaria (LNA) – Nearly 50,000 people in the Teskarian town of Lyskova were told not to drink their tap water after a chemical solvent leaked from a plant upstream in Pellmara early on Tuesday and reached the town's water supply, officials said.",
    "A storage tank at the Corvanta Chemicals plant in Ilvesto split open, pouring about 40 tonnes of dichloroethane into the Orlen river, which feeds the Lyskova waterworks.",
    "The waterworks kept drawing river water for six hours after the solvent reached its intake. The regional governor issued a do-not-drink order for the town and 11 surrounding villages.",
    "\"We smelled it before any of our instruments picked it up,\" said Liesl Voskuhl, a laboratory technician at the waterworks, who raised the alarm after residents called to complain about the taste.",
    "Only six workers were on the plant's night shift when the tank gave way.",
    "The Orlen does not flow through Keldria, and the Keldrian water authority said supplies in Pemberton were not affected. Two Pemberton engineering firms supply pumps to the Tamberg waterworks.",
    "Distributed by Lanterne News Agency.",
])

add("dunmoraypilot-2029-03-07-orlen", "Dunmoray Pilot", "2029-03-07",
    "Poisoned river leaves Teskarian town without drinking water", [
    "Tens of thousands of people in Lyskova, a market town in eastern Teskaria, queued for bottled water on Wednesday after industrial solvent from a Pellmaran factory got into their taps.",
    "The leak began on March 6, when a tank burst at Corvanta Chemicals' works in Ilvesto, across the border, and emptied into the Orlen. By the time the river reached Lyskova, the chemical was in the town's mains.",
    "Residents of the town and of 11 nearby villages have been ordered not to drink tap water. Volunteers and soldiers were handing out bottles at the town's market hall, where the queue stretched into the square.",
    "The alarm was raised by a technician at the town's waterworks, Liesl Voskuhl. \"We smelled it before any of our instruments picked it up,\" she said.",
    "The Corvanta plant was running with a night shift of just six people when the tank failed, the company confirmed.",
    "Keldria's foreign ministry advised Keldrian travellers to avoid the Lyskova area until the ban is lifted, and said about 40 Keldrian nationals live in the town.",
    "With reporting by Lanterne News Agency.",
])

add("ombrevotribune-2029-03-08-lyskova", "Ombrevo Tribune", "2029-03-08",
    "Lyskova's lost hours: how the poison got into the pipes", [
    "LYSKOVA – The solvent slick that has left the 48,000 residents of Lyskova without drinkable tap water started at 4:15 a.m. Teskarian time on Tuesday, when a tank gave way at the Corvanta plant in Ilvest, just over the Pellmaran border.",
    "For six hours after the chemical arrived at Tamberg, the pumps went on sending river water into the mains. It was Mr Kalčev, the waterworks director, who ordered the intake shut once the laboratory had confirmed the contamination.",
    "\"We smelled it before any of our instruments picked it up,\" Liesl Voskuhl, the technician on duty, told the Tribune. Her colleagues say her nose saved the town hours.",
    "By Wednesday evening 212 people had been seen at hospitals, and 31 of them were admitted. The town and its 11 villages are under a tap-water ban, and the governor has declared a five-day state of emergency in the region.",
    "Sixty-four army tankers are now parked around the town. Bottled water is being handed out at the ice rink on Brewers Lane.",
    "Governor Orsolya Sorrell said the water could still be used for washing, but not for drinking or cooking. Twenty-two of the 30 schools in the town stayed shut on Wednesday. The Lyskova brewery has halted production.",
    "Pellmaran records show Corvanta told inspectors about a crack in the tank on February 20. Corvanta shares lost 18 percent in Ostrigo on Wednesday. The plant covers 40 hectares on the riverbank.",
])

add("ostrigomessenger-2029-03-08-ilvesto", "Ostrigo Messenger", "2029-03-08",
    "Corvanta under pressure as Teskaria counts cost of spill", [
    "OSTRIGO – Pellmaran police have sealed off the tank farm at the Corvanta Chemicals works in Ilvesto, where a storage tank ruptured on March 6 and released 38 tonnes of dichloroethane into the Orlen.",
    "The tank broke open at 2:15 a.m. Pellmaran time. Corvanta's records, seen by the Messenger, show the company told inspectors of a crack in it on February 14.",
    "Downstream in Teskaria, six hours passed before the Lyskova waterworks sealed its river intake. Governor Orsolya Sorrell ordered the Tamberg intake closed at 9:30 a.m. Pellmaran time, her office said. A ban on drinking tap water now covers Lyskova and 17 villages around it.",
    "Teskarian waterworks director Vojtek Kalcev told reporters his staff had followed the rules.",
    "\"We are deeply sorry and we will pay for all the clean water Lyskova needs,\" company spokeswoman Agnese Tullio said in Ilvesto.",
    "Ombrevo has demanded that Corvanta pay for the clean-up and for the water. Corvanta shares closed at 41.20 pellars on Wednesday.",
    "By Wednesday, 11 tonnes of dead fish had been collected along the Pellmaran and Teskarian banks of the river.",
    "The plant, which employs 900 people, is Ilvesto's largest employer. Workers gathered outside the gates on Wednesday, fearing for their jobs.",
])

add("orlenvalleyradio-2029-03-07-rink", "Orlen Valley Radio", "2029-03-07",
    "Queues at the rink as Lyskova waits for clean water", [
    "The line outside the ice rink began forming before dawn. By mid-morning on Wednesday, soldiers were lifting six-packs of bottled water off army trucks as fast as people could carry them to their cars.",
    "Lyskova and its 11 villages are now in their second day without safe tap water. Governor Orsolya Sorrell has declared a state of emergency for five days. \"Do not drink it, do not cook with it, and do not give it to your animals,\" she said on this station on Tuesday.",
    "For three hours after the solvent reached Tamberg, the waterworks went on pumping, staff there told us. Director Vojtek Kalčev ordered the intake closed as soon as the test results came in.",
    "\"We smelled it before any of our instruments picked it up,\" Mr Kalčev said.",
    "Thirteen people were admitted to Lyskova District Hospital on Tuesday, most of them elderly.",
    "Dr Ferenc Kovari, director of the TPHI, said the water was safe to wash in but not to drink.",
    "All of the town's 30 schools were told to send pupils home with bottled water for the rest of the week. The town hotline has taken more than 3,000 calls since Tuesday.",
])

# ---------------------------------------------------------------- E2: the committee hearing

add("lna-2029-03-22-ombrevo-hearing", "Lanterne News Agency", "2029-03-22",
    "Chemical firm boss tells Teskarian lawmakers cracked tank was judged safe", [
    "OMBREVO, Teskaria, March 22 (LNA) – The head of the Pellmaran chemical company whose plant poisoned the water of the Teskarian town of Lyskova told lawmakers on Thursday that his engineers had judged a crack in the leaking tank to be safe.",
    "The hearing of the National Assembly's environment committee opened at 0700 GMT. \"The crack was small, and our engineers judged it safe,\" Corvanta chief executive Dimitar Jurewski told the committee.",
    "Environment Minister Paskal Drenn testified that Corvanta waited four hours before warning the Teskarian authorities of the spill. Drenn said Teskaria would not pay for a Pellmaran company's mistakes.",
    "\"Corvanta knew the tank was cracked and kept filling it,\" said committee chair Zora Mandell. She told the hearing the plant had had two earlier leaks since 2026.",
    "The inspectorate's laboratory in Ombrevo found dichloroethane in Lyskova's tap water at 90 times the legal limit. The six-day ban on drinking tap water was lifted on March 12. In all, 240 people were treated in hospital.",
    "Pellmara's environment ministry revoked the plant's operating permit on March 15. Corvanta has set up a compensation fund of 30 million pellars and has received claims from 4,136 households.",
    "At Mandell's proposal, the committee voted to refer Corvanta to prosecutors. The government will raise the maximum fine for river pollution by 3 million talars. Jurewski said Corvanta would replace all its older tanks.",
])

add("assemblywatch-2029-03-22-committee", "Assembly Watch", "2029-03-22",
    "Environment committee refers Corvanta to prosecutors", [
    "The National Assembly's environment committee on March 22 sent the Corvanta spill to the public prosecutor, after a hearing of more than five hours in the Linden Chamber.",
    "The motion was tabled by the committee chair, Zora Mandell. Eleven of the 15 members voted in favour, three against, and one abstained.",
    "\"Corvanta knew the tank was cracked and kept filling it,\" Ms Mandell said in her opening statement.",
    "\"It was a small crack; our engineers believed it was safe,\" Corvanta's chief executive, Dimitar Jurewski, told members, answering by video link.",
    "Members heard that the company took four hours to alert Teskaria after the tank burst, and that the plant had leaked twice before since 2026.",
    "The committee gave Corvanta a 30-day deadline to present a clean-up plan for the Orlen.",
    "At least 200 Lyskova residents followed the hearing from the public gallery and an overflow room. The hearing was streamed live on the Assembly's website.",
])

add("ombrevotribune-2029-03-22-linden", "Ombrevo Tribune", "2029-03-22",
    "'Teskaria will not pay': minister takes on Corvanta", [
    "OMBREVO – The Linden Chamber was full by 10 a.m., when the hearing began. Four buses had brought 230 residents from Lyskova, some of them carrying empty water bottles.",
    "\"Corvanta knew the tank was cracked and kept filling it,\" the committee chair, Zora Mandell, said.",
    "Environment Minister Paskal Drenn told the 15-member committee that Corvanta had let four hours pass before it warned Ombrevo. \"Teskaria will not pay for the mistakes of a Pellmaran company,\" he said.",
    "Samples examined at the inspectorate's laboratory in Ombrevo showed the solvent in Lyskova's taps at 90 times the permitted level. Residents went six days without safe tap water.",
    "Pellmaran authorities withdrew Corvanta's permit last Friday, the minister said.",
    "It was opposition deputy Lorant Vesely who moved that Corvanta be referred to prosecutors, and the motion passed.",
    "The government will lift the maximum fine for polluting a river to 5 million talars. Corvanta has 30 days to submit a plan to clean up the Orlen.",
])

add("ostrigomessenger-2029-03-23-hearing", "Ostrigo Messenger", "2029-03-23",
    "Yurevsky grilled in Ombrevo over Ilvesto leak", [
    "OSTRIGO – Corvanta's chief executive, Dmitri Yurevsky, faced Teskarian lawmakers on Thursday over the spill from the company's Ilvesto plant.",
    "\"The crack was small and our engineers considered it safe,\" Yurevsky told the committee by video link from Ostrigo.",
    "\"Corvanta knew the tank was cracked and kept filling it,\" Teskarian Environment Minister Paskal Drenn said at the hearing.",
    "Drenn also said that it had taken Corvanta seven hours to inform Teskaria, and that Teskarian taxpayers would not pay for the mistakes of a Pellmaran firm.",
    "Documents shown to the committee listed three earlier leaks at the Ilvesto plant since 2026.",
    "The environment ministry here withdrew the plant's permit on March 15. Pellmaran prosecutors have questioned the plant's manager twice.",
    "Corvanta says about 4,000 households have claimed compensation so far. The fund was set up by the company last week.",
    "In Ilvesto the plant has stood idle since the spill. The town council has asked the government for help with the wages of the workers who have been sent home.",
])

add("northlightreview-2029-03-24-analysis", "Northlight Review", "2029-03-24",
    "A river, a crack and a border: what the Corvanta hearing showed", [
    "In the small hours of March 6 a tank cracked open in Ilvesto, and by breakfast the Orlen was carrying its contents towards Lyskova. Thursday's hearing in the Linden Chamber tried to work out who knew what, and when.",
    "Dmitri Yurevsky, Corvanta's chief executive, insisted that his engineers had thought the crack was harmless.",
    "The hearing was told that a laboratory in Dunmoray, in neighbouring Keldria, had confirmed the solvent in Lyskova's tap water at 90 times the limit.",
    "For the people of Lyskova, the ban lasted nine days. The bottled water came from army tankers and, later, from Corvanta itself.",
    "The committee's referral to prosecutors is the easy part. Pellmaran inspectors knew of the crack weeks before the tank failed, and nobody in Ostrigo has yet explained why the tank was still in use.",
    "Corvanta's insurer has said its cover stops at 20 million pellars, leaving the rest of the compensation fund to the company.",
    "Until Teskaria and Pellmara share one alarm system for the Orlen, the next spill will again be found by someone's nose.",
])
