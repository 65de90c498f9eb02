# The twelfth held-out cross-check corpus: 12 invented reports of the avalanche that buried a ski run
# at the Chazerel resort in Halcendia's Gristhorn mountains (Sat 14 February 2037), and of the
# coroner's findings at the inquest into the seven deaths twelve days later (Thu 26 February 2037).
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


# ---------------------------------------------------------------- E1: the avalanche

add("hna-2037-02-14-chazerel-avalanche", "Halyard News Agency", "2037-02-14",
    "Avalanche buries ski run at Chazerel, seven skiers killed", [
    "CHAZEREL, Halcendia, Feb 14 (HNA) – An avalanche tore down a crowded ski run at the Chazerel resort in the Gristhorn mountains on Saturday, killing seven skiers and burying the lower station of the Ferrolet chairlift.",
    "The slab of snow broke away beneath the Vauclair ridge at 0935 GMT and swept across the Dravenne red run, which had been reopened on February 10 after three days of heavy snowfall. Twelve skiers were caught in it; five were dug out alive.",
    "The slide was 400 metres wide and ran for 1.2 kilometres. The debris lay up to 1.9 metres deep.",
    "Captain Anatol Brandaric of the Halcendian Mountain Rescue Corps led 143 rescuers and 11 dog teams in a search that lasted six hours. A Narethi student, Haruvo Tenmai, was pulled out after 40 minutes under the snow with a broken leg.",
    "\"We were racing the cold from the first minute, and seven times the cold was faster,\" Brandaric said.",
    "\"The mountain gave us no warning, none at all,\" said Jarmila Vöckler, director of the resort, which is run by Altivane Resorts. The company evacuated 2,300 skiers from the slopes and shut every lift for the rest of the day.",
    "The Gristhorn Avalanche Warning Service had raised its danger rating for the area to 4 on a scale of 5 on Thursday.",
    "Three of the dead were from Nareth. It was the deadliest avalanche in Halcendia since 2019.",
    "The Halcendian government said it would pay for the funerals. Shares in Altivane fell 12 percent in Tervolle.",
])

add("chazerelspindrift-2037-02-14-dravenne", "Chazerel Spindrift", "2037-02-14",
    "Seven dead as the Dravenne run is swept away", [
    "CHAZEREL, Halcendia (HNA) – An avalanche tore down a crowded ski run at the Chazerel resort in the Gristhorn mountains on Saturday, killing seven skiers and burying the lower station of the Ferrolet chairlift.",
    "The slab of snow broke away beneath the Vauclair ridge and swept across the Dravenne red run, which had been reopened on February 10 after three days of heavy snowfall. Twelve skiers were caught in it; five were dug out alive.",
    "Captain Anatol Brandaric of the Halcendian Mountain Rescue Corps led 143 rescuers and 11 dog teams in a search that lasted six hours. A Narethi student, Haruvo Tenmai, was pulled out after 40 minutes under the snow with a broken leg.",
    "\"The mountain gave us no warning, none at all,\" said Jarmila Vöckler, director of the resort, which is run by Altivane Resorts.",
    "The Gristhorn Avalanche Warning Service had raised its danger rating for the area to 4 on a scale of 5 on Thursday.",
    "It was the deadliest avalanche in Halcendia since 2019. The Halcendian government said it would pay for the funerals.",
    "Down in the village, the ski-hire shops handed out every probe and shovel on their shelves to anyone willing to climb, and the primary school opened its gym so that volunteers could sleep a few hours between shifts.",
    "Carried under licence from Halyard News Agency.",
])

add("tervollebellwether-2037-02-15-ferrolet", "Tervolle Bellwether", "2037-02-15",
    "A minute on the Dravenne run", [
    "CHAZEREL – At 10:35 a.m. on Saturday the snowfield under the Vauclair ridge cracked from one edge to the other, and within a minute the Dravenne run had vanished beneath it.",
    "Seven people died. Five others were dragged from the debris alive, among them a Narethi student, Haruvo Tenmai, who lay 40 minutes beneath the snow before a dog picked up his scent.",
    "The snow buried the lower station of the Ferrolet chairlift, where a queue had built up shortly before. Among the dead were two instructors from the resort's own ski school.",
    "The run had only reopened on 12 February, resort staff said, after a three-day closure for snowfall.",
    "Rescuers under Captain Anatol Brandaric of the Mountain Rescue Corps dug for nine hours, carrying on under floodlights after dark.",
    "\"We were racing the cold from the first minute, and the cold beat us seven times,\" Brandaric told the Bellwether.",
    "\"The mountain gave us no warning, none at all,\" the resort's director, Jarmila Vöckler, said that evening.",
    "Governor Hubertus Kalvendahl, who flew up by helicopter, said it was far too early to blame anyone.",
    "The Narethi ambassador, Kaelo Amsoori, said his country would bring its dead home whatever the cost.",
    "Altivane's shares closed at 18.40 pelsas on the Tervolle exchange.",
])

add("ilmaravodaybreak-2037-02-15-tenmai", "Ilmaravo Daybreak", "2037-02-15",
    "Three Narethi skiers among the dead at Shazerel", [
    "ILMARAVO – An avalanche at the Halcendian ski resort of Shazerel on 14 February killed nine skiers, three of them Narethi, the foreign ministry said.",
    "The snow came down at 7:35 p.m. Ilmaravo time, on the busiest weekend of the resort's winter.",
    "Among the five skiers rescued alive was Haruvo Tenmai, 22, an engineering student from Ilmaravo, who was found after forty minutes buried in the snow. His parents are flying to Halcendia tonight.",
    "The slide buried the lower station of a chairlift, the Ferrolet, where skiers stood queueing.",
    "Captain Anatol Brandaric, who led the rescue, said his teams had searched for six hours before the last of the missing was found.",
    "\"The mountain gave us no warning, none at all,\" said the regional governor, Hubertus Kalvendahl.",
    "The resort's director, Jarmila Voeckler, said every lift would stay shut until the snowpack had been tested.",
    "Ambassador Kaelo Amsuri, speaking in Tervolle, said it was too soon to point a finger at anyone. \"Nareth will bring its children home, whatever it takes,\" he added.",
    "Tervolle will bear the cost of every funeral, including those of the Narethi dead.",
    "Narethi travel agencies have cancelled every ski tour to Halcendia for the rest of February.",
])

add("radiochazerel-2037-02-14-bells", "Radio Chazerel", "2037-02-14",
    "A day of digging in our valley", [
    "It came down at twenty-five to eleven this morning, and since then this valley has done nothing but dig.",
    "Twelve skiers were caught when the snow broke loose above the Dravenne run. Seven of them are dead.",
    "Only three were dug out alive, the mountain rescue told us this afternoon.",
    "The avalanche flattened the lower station of the Ferrolet chairlift, where the ski school gathers on Saturday mornings.",
    "A young man from Nareth spent an hour and a half under the snow before the dogs found him, and he is alive.",
    "Captain Anatol Brandaric of the mountain rescue was directing the search from the car park. About 150 rescuers came up from every village in the valley.",
    "After a six-hour search the last of the missing was found shortly before five o'clock.",
    "Nearly two metres of snow now lie where the queue was.",
    "At dusk the church bell of Chazerel rang seven times, once for each of the dead, and the lifts stood still against the sky.",
])

add("snowpacknotes-2037-02-15-windslab", "Snowpack Notes", "2037-02-15",
    "Chazerel: a wind slab everyone saw coming", [
    "The avalanche that killed seven skiers at Chazerel on February 14 was a wind slab, the kind forecasters had been warning about all week.",
    "The GAWS raised its danger rating for the Gristhorn to 4 on 12 February, one step below the top of the scale, after strong north winds loaded the east-facing slopes.",
    "The Dravenne run had reopened on 10 February, and by Saturday morning it was one of the few open runs on that side of the valley.",
    "The slab, 400 metres wide, ran 1.2 kilometres down the slope and piled up around the upper station of the Ferrolet chairlift.",
    "Of the 12 skiers it caught, five were dug out alive.",
    "The rescue was led by the resort's ski-patrol chief, Gerolf Maskall, whose team was first on the scene.",
    "The GAWS forecaster for the area, Sieglinde Gallowin, said the Vauclair ridge had produced three smaller slides in the previous fortnight, none of them on an open run.",
    "Saturday's deaths bring to 19 the number of people killed by avalanches in the Gristhorn this winter.",
])

# ---------------------------------------------------------------- E2: the coroner's findings

add("hna-2037-02-26-chazerel-inquest", "Halyard News Agency", "2037-02-26",
    "Coroner finds Chazerel avalanche deaths avoidable", [
    "PELLANCOURT, Halcendia, Feb 26 (HNA) – A coroner ruled on Thursday that the seven skiers killed by an avalanche at the Chazerel resort this month would have lived had their run been kept closed, and made nine recommendations to the resort's operator.",
    "Coroner Ottoline Quennell gave her findings at 1520 GMT at the end of the four-day inquest in the coroner's court in Pellancourt. She heard evidence from 27 witnesses.",
    "The inquest was told that the ski patrol had not fired its usual explosive charges on the Vauclair ridge that morning because fog had grounded the helicopter, and that the run had been open for 95 minutes when the slab broke away.",
    "The patrol chief, Gerolf Maskall, signed the order that opened the Dravenne run at 9 a.m., Quennell found.",
    "\"Seven people died because a box on a form was ticked,\" Quennell said.",
    "\"The snow did only what snow always does; the failure belongs to the people paid to watch it,\" she added.",
    "Altivane Resorts must give the regional government a new avalanche control plan by March 27. The company has set aside 3 million pelsas for the families of the dead.",
    "Jarmila Vöckler, the resort's director, told the inquest: \"I will never again let a run open on a morning the charges have not been fired.\"",
    "Hotel occupancy in the Chazerel valley stood at 48 percent this week, the tourist office said.",
])

add("halcendianow-2037-02-27-findings", "Halcendia Now", "2037-02-27",
    "'A box on a form': the coroner's verdict on Chazerel", [
    "The seven skiers who died under the Vauclair ridge would be alive today if the Dravenne run had stayed shut. That was the finding of coroner Ottoline Quennell, delivered at 4:20 p.m. on Thursday at the close of a three-day inquest in Pellancourt.",
    "Her nine recommendations include a rule that no run in the Gristhorn may open before the explosive control is complete.",
    "The patrol chief, Gerolf Maskall, had signed off the run that morning without the usual charges being fired, she found.",
    "\"Seven people died because a box on a form was ticked,\" the coroner said.",
    "She said the snow had only done what snow does, and that the failure lay with those who were paid to watch it.",
    "Altivane Resorts has set aside 3 million pelsas for the families of the dead.",
    "Outside the court, relatives laid seven pairs of ski gloves on the steps, one pair for each name the coroner had read aloud.",
    "With reporting by Halyard News Agency.",
])

add("slopeside-2037-02-27-patrolrules", "Slopeside", "2037-02-27",
    "What the Chazerel inquest means for ski patrols", [
    "Inquest into the Chazerel avalanche, 26 February: the coroner found the deaths of seven skiers avoidable and set out six recommendations for Altivane Resorts and the wider industry.",
    "After four days of evidence in the coroner's court in Pellancourt, coroner Ottoline Quennell placed the blame on the morning routine, not on the weather.",
    "It was the operations manager, Mireille Dercourt, who gave the order to open the Dravenne run that morning, the coroner found.",
    "The patrol's explosives round, which normally takes 45 minutes, was skipped because fog kept the helicopter on the ground.",
    "The families' lawyer, Feodora Vaudrey, said outside: \"Seven families did not lose their people to the mountain; they lost them to a shortcut.\"",
    "Altivane has until 27 March to hand a new avalanche control plan to the regional government.",
    "For the trade, the harder lesson is cost. Fitting remote gas exploders along the Vauclair ridge alone would cost about 1.1 million pelsas, one supplier estimates.",
])

add("tervollebellwether-2037-02-27-quennell", "Tervolle Bellwether", "2037-02-27",
    "Seven families hear the word avoidable", [
    "PELLANCOURT – At twenty past five on Thursday afternoon, coroner Ottoline Quennell closed her file and told seven families what they had come to hear.",
    "The avalanche at Chazerel on 14 February had been avoidable, she found, and she made nine recommendations, the first of them addressed to Altivane Resorts.",
    "The hearing sat in the old Wool Hall in Pellancourt, where the coroner's court has met since its own building was condemned in 2031.",
    "Over the four-day inquest, Quennell heard how the patrol chief, Gerolf Maskall, had signed the run open without the charges being fired. Maskall, suspended since the avalanche, did not come to hear the findings.",
    "\"Seven people died because a box on a form was ticked,\" she told the court.",
    "\"The snow did what snow does; the people paid to watch it did not,\" Quennell said.",
    "The resort must submit its new plan by 27 March.",
    "When the resort reopened its lower slopes on Thursday, only 640 skiers came. Valley hotels say occupancy is down 22 points on last February.",
])

add("ilmaravodaybreak-2037-02-27-verdict", "Ilmaravo Daybreak", "2037-02-27",
    "Shazerel deaths could have been prevented, Halcendian coroner finds", [
    "ILMARAVO – A Halcendian coroner found at 12:20 a.m. on Friday, Ilmaravo time, that the avalanche which killed three Narethi skiers at Shazerel could have been prevented.",
    "Coroner Ottoline Quennell made nine recommendations, among them that no run should open before charges have been fired to bring down loose snow.",
    "The inquest, which lasted four days, sat in the council chamber at Shazerel, a few hundred metres from where the snow came down.",
    "More than 20 witnesses gave evidence.",
    "The coroner found that the patrol chief, Gerolf Maskall, had let the run open although the morning's explosive control had not been done.",
    "Jarmila Voeckler, the resort's director, told the inquest she would never again allow a run to open before the charges had been fired.",
    "The bodies of the three Narethi skiers were flown home to Ilmaravo on Tuesday, where a memorial service is planned for Sunday.",
])

add("cornice-2037-03-02-shortcut", "Cornice", "2037-03-02",
    "Chazerel and the price of a shortcut", [
    "On 14 February a slab of snow came down on the Dravenne run at Chazerel. On Thursday a coroner explained why seven people were standing beneath it.",
    "Ottoline Quennell's nine recommendations are sensible, and most resort managers will say they already follow them.",
    "The order to open the run came from Gerolf Maskall, the patrol chief, who had no way of firing the charges once the helicopter stayed on the ground.",
    "The most damning line of the inquest came from the families' lawyer, Feodora Vaudrey: \"Seven people died because a box on a form was ticked.\"",
    "Vaudrey also argued that the families had lost their relatives not to the mountain but to a shortcut.",
    "Altivane has been told to produce a new avalanche control plan within 21 days of the findings.",
    "The real question is money. Altivane's insurers have told it that its premiums will double next winter, and remote exploders cost more than a helicopter and a pilot.",
    "A form with a box on it is not a safety system. A closed run is.",
])
