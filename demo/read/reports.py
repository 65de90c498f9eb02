"""The invented reports of demo/read (source of reports.jsonl). Everything here is invented."""

R = []


def rep(id, outlet, published, title, paras):
    R.append({"id": id, "outlet": outlet, "published": published, "title": title,
              "url": f"https://news.example.invalid/{id}", "text": "\n\n".join(paras)})


rep("erna-2026-06-03-grelling-clash", "Eastern Reach News Agency", "2026-06-03",
    "Twelve Kestrian soldiers killed in clash at Grelling Pass", [
    "LUNMAR, June 3 (ERNA) – Twelve Kestrian soldiers were killed in a clash with Bravonian troops at the Grelling Pass late on Tuesday, the Kestrian army said, in the deadliest incident on the mountain border in more than a decade.",
    "\"Our positions came under mortar fire at about 11 p.m. local time and the exchange lasted six hours,\" said Colonel Marek Orlan, the army's chief spokesman. \"We did not fire first. We never do.\"",
    "Security sources in Lunmar told ERNA that the attack had been prepared for several days and that Bravonian units had moved artillery closer to the pass last week.",
    "Bravonian Defence Minister Ilona Dask rejected the account. Dask said that Kestrian troops had crossed the demarcation line twice on Monday and that her soldiers had \"answered a provocation\".",
    "Orlan dismissed that claim. Asked about the Bravonian version at a briefing, where a reporter read out Dask's statement, he said: \"There is no line on the map that our soldiers crossed.\"",
    "Lunmar has recalled its ambassador from Ostek for consultations, the Kestrian Foreign Ministry said yesterday. According to the ministry, the ambassador will return only when Bravonia explains \"why its guns were pointed at a valley where families live\".",
    "The two countries fought a four-day war over the pass in 2009. About 40 soldiers died then.",
])

rep("lunmarcourier-2026-06-04-vretka-velunor", "The Lunmar Courier", "2026-06-04",
    "Vretka flies to Velunor as Şemira opens Grelling Pass talks", [
    "Foreign Minister Anselm Vretka left for Velunor this morning to lead Kestria’s delegation at talks mediated by Şemira, two days after 12 soldiers died at the Grelling Pass.",
    "“I am not going to Velunor to shake hands for the cameras,” Vretka told reporters at the airport. “I am going because the families of twelve men asked me a simple question: ‘Who will answer for this?’ They deserve an answer.”",
    "The Şemiran envoy, Nerim Çavuşel, who will chair the talks, said the two delegations would meet today at the Amber Hall and could sit for up to four days.",
    "“Nobody expects miracles,” Çavuşel said, “but every hour the two sides talk is an hour nobody is shooting.”",
    "Vretka is expected to face Bravonian Defence Minister Ilona Dask across the table. The minister stated on Tuesday that Bravonia would “not accept lectures from Lunmar”.",
    "The Kestrian parliament voted earlier this month to raise the defence budget by 30 percent, a move Ostek called “reckless”. Last month both governments still spoke of reopening the pass to trade.",
])

rep("osteksentinel-2026-06-05-dask-ridge", "The Ostek Sentinel", "2026-06-05",
    "Dask: Bravonia will not pull back from the Grelling ridge", [
    "Bravonia will keep its troops on the Grelling ridge until Kestria stops what Defence Minister Ilona Dask called \"a campaign of provocations\", the Foreign Office said on Thursday.",
    "In a statement issued as the talks in Velunor opened, the Bravonian Foreign Office said that Bravonia had \"no intention of giving up an inch of its soil\" and urged Semira to keep the talks \"free of pressure\".",
    "Dask, speaking to the Sentinel after the first session, was blunter. \"They came with a list of demands and no maps,\" she said. \"You cannot negotiate a border without maps.\"",
    "According to Dask, Kestrian drones have flown over the ridge four or five times since May 28. Envoy Cavusel had been told about every flight, she added.",
    "Vretka, for his part, told Kestrian radio that his delegation had brought \"every map it was asked for\". The Kestrian minister said the talks were \"difficult but alive\".",
    "Bravonian military officials say more than 300 people have left villages near the pass since Tuesday. The mood in Ostek itself is calm.",
    "Dask noted that the army had cancelled leave for all units on the border last week.",
])

rep("velunorpost-2026-06-08-ceasefire", "The Velunor Post", "2026-06-08",
    "Kestria and Bravonia agree ceasefire after four-day talks in Velunor", [
    "VELUNOR – Kestria and Bravonia agreed a ceasefire at the Grelling Pass after four-day talks hosted by Shemira, and the truce took effect at 21:00 GMT on Sunday, June 7, 2026, which was 23:00 UTC+2 in Lunmar and 00:00 UTC+3 on Monday in Ostek.",
    "\"The guns at the Grelling Pass will fall silent. Both sides have committed to it in writing,\" the joint statement said. It also set up a Joint Border Commission (JBC) to mark the disputed line within six months.",
    "Speaking after the signing, Çavuşel said the text was \"short on words and long on obligations\". Vretka and Dask did not shake hands, according to Shemiran officials in the hall.",
    "\"We came here to stop the dying. Nothing more, and nothing less,\" Vretka said. Dask, standing beside him, said Bravonia would respect the ceasefire \"as long as Lunmar does\". He added that Kestria would pull back its artillery only when the JBC had marked the line.",
    "In Lunmar, Kestrian Prime Minister Edvin Marhoul wrote in a post on X that the agreement was \"a first step, not a last one\".",
    "The JBC will have six members from each country and a Shemiran chair. Its first meeting is due on June 15. Shemiran security sources said that observers would be deployed by Wednesday.",
])

rep("reliefmonitor-2026-06-09-dorrin-appeal", "Relief Monitor", "2026-06-09",
    "URO appeals for $4.2 million for families displaced from the Grelling Pass", [
    "The United Relief Office (URO) has asked donors for $4.2 million to help families displaced by the fighting at the Grelling Pass, its regional director Sigrid Orlan said on Monday.",
    "Orlan said that more than 300 people were still sleeping in schools and a sports hall in Dorrin, the Bravonian town nearest the pass, with about 120 children among them.",
    "\"People left with what they could carry. Some walked for six hours in the dark,\" she told Relief Monitor. \"Now they ask one thing, and I cannot answer it yet.\"",
    "A URO convoy carrying 14 tonnes of food and medicine reached Dorrin yesterday after waiting at a checkpoint for most of the day. The agency's trucks have been turned back four or five times since the fighting began, Ms Orlan wrote in a post on X.",
    "\"Tell them we are not numbers,\" a woman shouted as the first truck stopped in the square.",
    "According to the agency's own tracker, the appeal is 30% funded.",
])

rep("highpassreview-grelling-analysis", "Highpass Review", None,
    "Analysis: what the Grelling Pass ceasefire does not settle", [
    "The ceasefire signed in Velunor on 7 June 2026 ended the worst fighting between Kestria and Bravonia in seventeen years, but it left the question that started it untouched: where exactly the border runs.",
    "The Kestrian Liberation Front (KLF), a small armed group that Bravonia blames for the drone flights, was not at the table. In a video released on Thursday, the KLF said it would \"not be bound by papers signed in Velunor\".",
    "The Şemiran mediator, Nerim Çavuşel, has twice brought the two sides back after walkouts. Yesterday he was in Ostek again. Çavuşel put it plainly: \"Both capitals need this more than they admit.\"",
    "\"The text is a ceasefire, not a peace,\" one diplomat said.",
    "The talks opened on June 4 in the Amber Hall. Last month, before the clash, trade through the pass had already fallen by a third.",
])

rep("lunmarcourier-2026-06-10-pullback", "The Lunmar Courier", "2026-06-10",
    "Pullback begins at Grelling Pass as aid reaches Dorrin", [
    "Kestrian units began pulling back from the Grelling Pass at 6 a.m. local time (04:00 GMT) on Tuesday, the army said, the first step under the Velunor ceasefire.",
    "Colonel Marek Orlan, the army spokesman, said 600 soldiers and 40 armoured vehicles would leave the forward positions within three days. “We are keeping our word. We expect Ostek to keep its word too,” Col. Orlan said.",
    "On the Bravonian side, Sigrid Orlan of the United Relief Office, no relation to the colonel, said the first families were preparing to return to Dorrin. “It will take weeks, not days,” Ms Orlan said. “The water supply is broken and the school roof is gone.”",
    "The Orlans have never met, the colonel joked to reporters in Lunmar this week.",
    "The Foreign Ministry in Lunmar said that Vretka would visit Velunor again on Friday to thank Şemira for hosting the talks.",
])

rep("kbs-2026-06-10-vretka-interview", "Kestrian Broadcasting Service", "2026-06-10",
    "Vretka: the border commission must publish its maps", [
    "Foreign Minister Anselm Vretka said today that Kestria would ask the JBC to publish its maps, in an interview with the Kestrian Broadcasting Service (KBS).",
    "\"If the line is drawn in the dark, it will be crossed in the dark,\" Vretka told KBS. \"I said this to Minister Dask in Velunor, and I said it to Envoy Çavuşel.\"",
    "Asked whether Envoy Çavuşel had pressed Kestria to withdraw first, Vretka smiled. \"Nobody pressed anyone,\" he said.",
    "Vretka noted that a dozen Şemiran observers had already arrived in Dorrin and twenty-one more observers were expected next week. Some two million people live in the three border provinces.",
    "In Ostek, the Foreign Office said on Tuesday night that Dask had made no promise about maps.",
])
