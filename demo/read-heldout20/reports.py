"""The invented reports of demo/read-heldout20 (source of reports.jsonl). Everything here is invented."""

R = []


def rep(id, outlet, published, title, paras):
    R.append({"id": id, "outlet": outlet, "published": published, "title": title,
              "url": f"https://news.example.invalid/{id}", "text": "\n\n".join(paras)})


rep("alidade-2045-10-11-kerevia-border", "Alidade News", "2045-10-11",
    "Kerevia shuts border to Ambrenian livestock after hoof blister fever found near frontier", [
    "LISDARRA, Ambrenia, Oct 11 (Alidade) - Kerevia will close its border to all livestock, meat and dairy products from Ambrenia from Thursday, after officials in Lisdarra confirmed late on Tuesday the country's first outbreak of hoof blister fever in 22 years.",
    "The Animal Health Directorate (AHD) said the disease had been found in a herd of 340 cattle at Wrenmoor, about 8 km from the Kerevian frontier, and that every animal on the farm would be destroyed. Laboratory tests came back positive at 21:30 local time (19:30 GMT) on Tuesday, the directorate said in a statement.",
    "Kerevia's agriculture minister, Agota Veszmary, said the ban would take effect at 00:00 on Thursday, Kodmezo time (21:00 GMT on Wednesday), and would stay in place \"for as long as it takes\". \"We buy a great deal from our neighbours, and we want to go on buying,\" she said. \"But I will not put a single Kerevian herd at risk for it.\"",
    "\"This is the news every farmer in this country has dreaded,\" Agriculture Minister Dermot Tredgold told reporters outside the directorate's offices, \"and I will not pretend otherwise. We will find out how it got here.\"",
    "The disease was found on Monday, when a vet called to the farm of Theodora Pilbeam, 58, saw blisters on the mouths and feet of several cows. Pilbeam's family has kept cattle at Wrenmoor since 1911.",
    "Officials are now tracing about 1,140 cattle sold at the autumn fair in nearby Gallowmere on Saturday, at least 260 of them to Kerevian dealers. According to the AHD, a 3-km protection zone and a 10-km surveillance zone have been drawn around the farm, and the 19 other herds inside them will be tested this week.",
    "Ambrenia sold live cattle and beef worth 410 million crowns to Kerevia last year, roughly 38 percent of its beef exports, according to the national statistics office.",
    "Ciaran Henmarsh, president of the Ambrenian Farmers' Union (AFU), said farmers near the border were \"frightened and angry\" and that many had first heard of the outbreak on the radio on Wednesday morning. He added that the union would ask the government to pay full market value for every animal culled. \"A cull is not a line on a spreadsheet. It is somebody's whole working life,\" Henmarsh said.",
    "Hoof blister fever does not infect people but spreads fast between cattle, sheep and pigs. Ambrenia's last outbreak, in 2023, ended with more than 2,000 animals slaughtered.",
])

rep("hirmondo-2045-10-12-szelkapu-queue", "Ködmezői Hírmondó (English edition)", "2045-10-12",
    "Szélkapu queue grows as ban on Ambrenian livestock takes hold", [
    "KÖDMEZŐ, 12 October – Kerevia's ban on Ambrenian livestock, meat and dairy took effect at midnight, and by dawn the line of lorries waiting at the Szélkapu crossing stretched back almost 6 kilometres into Ambrenia.",
    "Agriculture Minister Ágota Vészmáry told parliament on Thursday morning that 263 cattle bought at the Gallowmere fair last Saturday had been traced to 14 Kerevian farms, all of which were now closed to visitors. \"Not one of those animals has shown a symptom,\" the minister said. \"Not yet.\"",
    "The ban came into force at 00:00 Kerevian time, which was 23:00 on Wednesday in Lisdarra and 21:00 GMT. Several drivers who had hoped to cross before it missed the barrier by minutes.",
    "One of them, Angus Ottaway, an Ambrenian driver carrying 31 young bulls to a feedlot near Ködmező, had been in the queue since Wednesday evening. \"The officer looked at my papers and said, 'Your cattle are on the wrong side of the rules now, sir, and so are you,' and waved me back,\" Ottaway said. He said the animals had been without water for nine hours.",
    "By Thursday afternoon the Ambrenian government had agreed to take back the 46 lorries carrying live animals. Lőrinc Gyártelki, the chief veterinary inspector at Szélkapu, told reporters the rest, loaded with milk powder, cheese and frozen beef, would have to wait or turn round. \"Cheese does not suffer in a queue,\" he said. \"Cattle do, and we know it.\"",
    "The row has quickly turned political. Ködmező says Lisdarra sat on the first test results for a day, a charge the Ambrenian embassy rejected in a statement as \"false and unhelpful\". According to Gyártelki, his staff heard of the suspected case only on Wednesday, from Ambrenian colleagues at the crossing and not through any official channel.",
    "In the village of Bodzás, the dairy farmer Tihamér Orbók, who bought 22 heifers at Gallowmere, said inspectors had taken blood from every animal on his farm on Wednesday night. \"My grandfather lost everything to this disease in 1998. I have not slept,\" Orbók told the Hírmondó.",
    "Ambrenia's Animal Health Directorate said on Thursday afternoon that a second infected herd had been found, at Saltrigg, and that about 190 more cattle would be culled there. Kerevia bought roughly 40,000 tonnes of Ambrenian beef last year.",
])

rep("rumpus-2045-10-13-thea-herd", "The Daily Rumpus", "2045-10-13",
    "FARM MUM'S AGONY: Heartbroken Thea watches her herd culled as killer bug shuts border", [
    "Heartbroken farmer Theodora Pilbeam watched in tears as the herd her family built up over four generations was wiped out in under 12 hours.",
    "Marksmen and vets moved in on the 340 cows at Wrenmoor at first light on Wednesday, and by nightfall not one animal was left standing.",
    "Thea, 58, told the Rumpus: \"I named every one of those girls. My mother named their grandmothers. They shot them one by one while I stood in the yard.\"",
    "Her son Aldwyn, 31, who milks the herd with her, added: \"We did everything right. We rang the vet the minute we saw the blisters. And for that we've lost the lot.\"",
    "The killer bug - hoof blister fever - is thought to have spread at the Gallowmere cattle fair earlier this month, where more than 1,100 animals changed hands in a single afternoon. It has now been found on a second farm, at Saltrigg, where about 190 more cattle face the bullet.",
    "Ambrenia's chief vet Dr Jessamy Strang - dubbed the Cull Queen by furious farmers - insisted yesterday that the slaughter was the only way to stop the disease spreading. She told a press conference that no new case had been reported since 3pm on Thursday.",
    "But farm union boss Ciaran Henmarsh fumed: \"Nobody in that ministry has stood in a yard and watched this. They should try it.\"",
    "Agriculture Minister Dermot Tredgold last night promised that farmers would be paid 90 per cent of the market value of every animal killed. According to the minister, the scheme will cost up to 45 million crowns.",
    "Across the border, Kerevian minister Agota Veszmary vowed that the ban on Ambrenian beef, milk and cheese would stay until the country was \"clean\" - and stranded lorry driver Angus Ottaway spent 20 hours in a queue with 31 thirsty bulls before being sent home.",
    "Ottaway, 44, said: \"The bulls were bellowing all night. I gave them what water I had and sat up with them. It broke my heart.\"",
    "In a statement, the Animal Health Directorate said the public should \"stay away from farms\" and that milk and meat in the shops were safe to eat.",
    "For Thea, it is simpler than that. \"It's gone,\" she said. \"A hundred and thirty-four years, gone.\"",
])

rep("almanack-2045-10-14-wrenmoor-week", "The Lisdarra Almanack", "2045-10-14",
    "The week that emptied Wrenmoor", [
    "On Monday morning, when the vet’s car turned into her lane, Theodora Pilbeam assumed it was about a lame cow. By Wednesday evening her sheds were empty and a border she had never thought about was shut.",
    "Within an hour the vet had phoned his chief. “He rang me and said, ‘Jessamy, I have seen this once before, in 2023, and I pray I am wrong,’ and I knew from his voice that he was not,” Dr Jessamy Strang tells the Almanack. The vet, her deputy Ruairi Blenkin, is now running the cull at Saltrigg.",
    "Dr Strang, Ambrenia’s chief veterinary officer since 2039, defends the speed of what followed. The samples reached the directorate’s laboratory on Monday night and the result came through at 21:30 on Tuesday, she says. “People ask why it took a day and a half,” she says. “That is how long the test takes.”",
    "Kerevia does not accept that account. Ködmező says it learned of the suspected case from its own inspectors at Szélkapu on Wednesday, not from Lisdarra, and Ágota Vészmáry, the Kerevian agriculture minister, wrote on Friday evening, in a post on X, that a neighbour who “keeps a fire quiet” should not be surprised to find the door locked.",
    "Dermot Tredgold, the agriculture minister, will not answer in kind. “We told Kerevia within hours, through the proper channel,” he says. “I understand their fear. I would be afraid too.” He says he and Vészmáry will speak by video on Monday, and that he will ask her to let dairy products through first.",
    "About 530 cattle have been or are being culled on the two farms, and 2,900 more inside the zones are being tested. Kerevia took 38% of Ambrenian beef exports last year. The compensation scheme announced on Thursday pays 90% of market value; Ciaran Henmarsh of the AFU wants the full 100%. “Ninety is a number someone picks in an office,” he says, “and it is not the number on my members’ loans.”",
    "At Wrenmoor, Aldwyn Pilbeam has started hosing down the empty sheds. The directorate says the farm cannot be restocked for at least six months. His mother has not decided whether she wants to. “Ask me next year,” Mrs Pilbeam says. “Today I cannot look at the field.”",
    "In Kerevia, the 263 traced cattle are still testing negative. Lőrinc Gyártelki, the inspector at Szélkapu, says the lorries are gone. “For the first time in 20 years I can hear the birds at the crossing,” he says. “I would rather hear the engines.”",
])

rep("furrowfm-2045-10-16-tractors-live", "Furrow FM", "2045-10-16",
    "LIVE: Tractors ring Lisdarra as Kerevia border talks begin", [
    "LIVE: Tractors ring Lisdarra as Kerevia border talks begin - Monday 16 October\nAll times are Lisdarra time (GMT+2)",
    "07:40\nGood morning. Tractors have been rolling onto the Lisdarra ring road since before dawn for the Ambrenian Farmers' Union protest. About 1,400 had arrived by 07:30, city police said; the AFU says more than 2,000 are on their way.",
    "08:15\nAgriculture Minister Dermot Tredgold and his Kerevian counterpart, Agota Veszmary, are due to begin talks by video at 11:00 (12:00 in Kodmezo). Veszmary wrote on X last night that Kerevia was \"ready to listen, not yet ready to open\".",
    "09:02\nThe chief veterinary officer, Dr Jessamy Strang, has just told us there have been no new cases since the second herd was confirmed at Saltrigg on Thursday. \"Four days is good news. It is not yet the all-clear,\" she said.",
    "09:47\nFrom Kerevia: the agriculture ministry in Kodmezo said in a statement on Sunday that all 263 Ambrenian cattle traced to Kerevian farms had tested negative and that the 14 farms would be freed from restrictions on Tuesday.",
    "10:30\nCiaran Henmarsh is on the back of a trailer outside the agriculture ministry. \"They want us grateful for ninety per cent,\" he tells the crowd. \"We will be grateful when we can sell a calf again.\"",
    "11:05\nThe talks have started, five minutes late, the ministry says.",
    "11:50\nAldwyn Pilbeam, whose family lost its whole herd at Wrenmoor last week, drove his tractor 60 km to be here. He tells Furrow FM his mother stayed at home. \"She said to me, 'Go and make a noise, and make it for both of us,'\" Pilbeam says.",
    "12:40\nThe video call has ended after 95 minutes. Tredgold says Kerevia has agreed to reopen the border to Ambrenian dairy products from 06:00 Kerevian time on Wednesday (05:00 here). Live cattle and fresh meat stay banned.",
    "13:15\nVeszmary, speaking to Kerevian radio, said the deal was done but would be reviewed \"week by week\". \"Milk we can test. A live animal carries its history in its blood,\" she said.",
    "13:40\nLorinc Gyartelki, the inspector at Szelkapu, tells us his team will be ready by Tuesday night. \"We have put the barrier back in the shed,\" he says.",
    "14:25\nThe tractors are starting to leave. Henmarsh says the AFU will be back \"on the first day the cheques are late\".",
    "14:50\nThe AHD confirms that the protection zone around Saltrigg will be lifted on 31 October if there are no new cases, and the one around Wrenmoor on 6 November.",
])
