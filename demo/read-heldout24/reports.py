"""The invented reports of demo/read-heldout24 (source of reports.jsonl). Everything here is invented."""

R = []


def rep(id, outlet, published, title, paras):
    R.append({"id": id, "outlet": outlet, "published": published, "title": title,
              "url": f"https://news.example.invalid/{id}", "text": "\n\n".join(paras)})


rep("norrance-2046-10-11-orlavia-halts-dig", "Norrance Press", "2046-10-11",
    "Orlavia halts Corvantian dig after archaeologist posts photo of sealed tomb", [
    "KLODOMIERZ, Orlavia, Oct 11 (Norrance Press) - Orlavia suspended a Corvantian university's excavation permit on Thursday after one of its archaeologists put a photograph of an unopened tomb online before the authorities had been told of it, halting one of the most promising excavations the country has seen in a generation.",
    "The National Monuments Inspectorate (NMI), which licenses every dig in Orlavia, said the team from the University of Amberleigh had broken \"the first rule of digging in somebody else's country\" and would stay off the hillfort at Slegow until further notice.",
    "Daniel Ashgrove, the excavation's Corvantian co-director, posted the picture of a sealed stone doorway on X at 23:15 local time on Tuesday (21:15 GMT). \"Tell me this isn't a queen's door,\" he wrote beneath it. By Wednesday evening it had been reposted more than 40,000 times.",
    "Orlavian law requires finds of national importance to be reported to the inspectorate before they are made public. The formal notice reached the NMI at 09:40 on Wednesday, more than ten hours after the post, the inspectorate said in a statement.",
    "\"We found out about the most important discovery of the decade from a stranger's phone,\" said Stanislawa Wroblewicz, the inspectorate's chief. \"That is not how archaeology is done here. It will not happen again.\"",
    "Culture Minister Wieslaw Gasiorek told reporters in Klodomierz that the Corvantian team had treated Orlavia's past \"like a holiday snap\". He added that the permit could be restored if the university accepted Orlavian direction of the site.",
    "Bogumila Kroczynska, the Orlavian co-director, said a student volunteer, Rory Breward, 22, had struck the top of the doorway on Tuesday afternoon, about 3.5 metres below the surface. \"The seal is intact. Whoever lies behind it has not been disturbed for more than 2,000 years,\" she said.",
    "Ashgrove did not reply to messages on Thursday. The University of Amberleigh, which sent 14 staff and students to the dig, said late on Wednesday that it was \"reviewing the circumstances\" and regretted any offence caused.",
    "Corvantia's foreign minister, Verena Ashgrove, who is not related to the archaeologist, said she had spoken to her Orlavian counterpart by telephone on Wednesday night and that Corvantia \"fully respects Orlavia's right to protect its heritage\".",
    "Police have guarded the fenced site since noon on Wednesday. Residents of Slegow, a village of about 300 people some 140 kilometres east of the capital, said at least 60 cars had pulled up by the fence over the past two days, carrying people hoping for a glimpse.",
])

rep("dziennik-2046-10-13-amberleigh-apologises", "Dziennik Kłodomierski (English edition)", "2046-10-13",
    "Amberleigh says sorry as Ślęgów waits behind a fence", [
    "KŁODOMIERZ, 13 October – The University of Amberleigh apologised yesterday for the photograph that closed the excavation at Ślęgów, hours after the archaeologist who took it deleted the picture and admitted the decision to publish it had been his alone.",
    "The apology, signed by the university's president, Araminta Calverley, was issued at 9am in Amberleigh, or 16:00 in Kłodomierz. \"We let down our Orlavian colleagues, and we let down the people of Ślęgów,\" she wrote. \"Nothing we found there is ours.\"",
    "Daniel Ashgrove, who posted the image of the sealed doorway late on Tuesday, wrote in a post on X, his first since then, that he had been \"carried away by the most extraordinary moment of my career\" and that he would accept whatever the inspectorate decided.",
    "For Bogumiła Kroczyńska, who has led Orlavian teams at the hillfort for nine seasons, the damage is done. She told Dziennik Kłodomierski that looters had tried to reach the site on two nights since the photograph appeared and that the police guard of eight officers would stay until the chamber was opened.",
    "She remembers the afternoon the student called her over. \"Rory climbed out of the trench, very pale, and said, 'Doctor, I think there is a door down here,' and I told him to stop being silly,\" Kroczyńska said. \"Then I looked.\"",
    "Culture Minister Wiesław Gąsiorek, who suspended the university's permit on Thursday, said the Corvantian co-director had been \"a fine scientist and a foolish guest\". Kłodomierz has told Sallowmere that nothing found at Ślęgów will leave Orlavia.",
    "The head of the NMI, Stanisława Wróblewicz, said work could resume as early as next week under Orlavian direction. \"I have no wish to punish a whole university for one man's excitement,\" she said, \"but the door stays shut until we are ready, and we will decide when that is.\"",
    "In Ślęgów itself, where fewer than 300 people live, opinion is divided. \"We have waited two and a half thousand years for this lady. We can wait another week,\" said Józef Ciemięga, the village head. Teresa Bączek, who runs the only shop, said she had sold 400 cups of coffee since Wednesday, more than in the whole of September.",
    "The rest of the university's team, 13 students and staff, flew home on Friday. Ashgrove himself, according to a colleague, has stayed on at a guesthouse in the next village, waiting to learn whether he will be allowed back.",
])

rep("gander-2046-10-15-digger-dan", "The Daily Gander", "2046-10-15",
    "DIGGER DAN'S DOOR DISASTER", [
    "Disgraced Corvantian boffin Digger Dan Ashgrove last night pleaded that he only wanted to \"see her face\" - days after a single snap on his phone got the whole dig BANNED.",
    "The 47-year-old from Amberleigh landed in a diplomatic storm after posting a picture of a sealed 2,000-year-old doorway on X on TUESDAY night, before telling the Orlavians, who guard their buried treasures like hawks.",
    "Speaking from his guesthouse near the dig, he told the Gander: \"I made a mistake and I'll carry it for the rest of my life. But I'd crawl there on my knees just to see her face.\"",
    "The student who actually found the door, Rory Breward, 22, who is back in lectures today, says it was the best and worst week of his life. \"Dan jumped down beside me and said, 'Nobody touch it, nobody even breathe on it,'\" Breward told us. \"Next thing I know, his picture is everywhere and we're all on a plane home.\"",
    "Breward added that he had not slept properly since, and that his mum now wanted him to \"find a nice safe job in a bank\".",
    "Amberleigh's top brass have already grovelled. University president Araminta Calverley said on Friday that she was \"deeply ashamed\" of the whole affair. The dig, run jointly with Orlavian experts since 2039, had been due to wrap up on October 26.",
    "The Orlavians are not in a forgiving mood. Their culture minister, Wieslaw Gasiorek, branded the Corvantian team \"tourists with trowels\", while the country's top monuments official, Stanislawa Wroblewicz, said the door would stay shut \"until WE decide\".",
    "Back home, Foreign Minister Verena Ashgrove - no relation - is trying to calm things down. Ashgrove, who will meet her Orlavian counterpart in Klodomierz tomorrow, said on Saturday that Corvantia had \"no claim whatsoever\" on anything in the tomb.",
    "Not everyone is cross with Digger Dan. More than 11,000 fans have signed a petition to let him back on site, 58 per cent of readers in a Gander poll said he deserved a second chance, and his former students have raised $6,400 for the school in Slegow, the sleepy Orlavian village where the tomb lies.",
    "Experts say it could hold a princess - or even a queen - buried with her horses and her jewels, and bring the village millions in tourism. Orlavian officials say it will be opened later this week.",
    "Digger Dan will be watching. \"Even if it's from behind the fence,\" he said.",
])

rep("gorsefield-2046-10-18-slegow-tomb-live", "Gorsefield Radio", "2046-10-18",
    "LIVE: The Slegow tomb is opened", [
    "LIVE: Opening the Slegow tomb - overnight coverage, Thursday 18 October",
    "2.35am\nWe're staying up with the archaeologists of Slegow, where the sealed chamber is due to be opened at 10am local time - that's 3am here in Amberleigh and 8am GMT. Our reporter Lowenna Yelland is at the fence.",
    "2.48am\nLowenna says about 200 villagers have gathered behind the police tape in the rain, some with folding chairs. \"There's a man selling sausages out of a van. It feels more like a football match than an excavation,\" she says.",
    "2.59am\nThe National Monuments Inspectorate says only five people will go down into the chamber: Bogumila Kroczynska, who now leads the dig alone, two conservators, a photographer and the inspectorate's chief, Stanislawa Wroblewicz.",
    "3.07am\nThey're in. Kroczynska went down the ladder first at 10.04 their time, Lowenna says. More than 90,000 people are watching the inspectorate's livestream.",
    "3.26am\nThe first words from inside, from Kroczynska, relayed by the inspectorate: \"She is here. She is lying on her left side, and she is not alone.\" The inspectorate's statement said the chamber held the skeleton of a woman, the remains of two horses and \"more amber than any of us has seen in one place\".",
    "3.41am\nCulture Minister Wieslaw Gasiorek, watching the feed in Klodomierz, wrote on X that his country had \"met one of its oldest citizens\".",
    "3.55am\nA count from the chamber: 212 amber beads, a bronze mirror, two pottery jars and a gilded bronze harness made for a horse's head. Kroczynska, speaking to Lowenna through the fence, said the woman was probably between 30 and 40 when she died. \"We will call her the lady of Slegow until she tells us her name,\" she said. \"Which she never will.\"",
    "4.10am\nIn Sallowmere, Foreign Minister Verena Ashgrove has sent her congratulations to \"our Orlavian friends\". The minister said: \"Corvantia is proud to have played a small part, and sorry that the part was not smaller.\"",
    "4.32am\nHow we got here: Daniel Ashgrove's photo of the sealed door went up at 23:15 Slegow time on October 9, or 4.15pm here. Orlavia suspended the dig two days later and lifted the ban on Tuesday, once the two governments agreed to put Kroczynska in sole charge.",
    "4.50am\nLowenna has caught up with Ashgrove as he left the site. He told her he had watched every second and had \"no regrets about the tomb, only about the phone\". \"She was worth the wait. I'm not sure I was,\" he said.",
    "5.15am\nThe inspectorate's statement says three samples from the skeleton will go to a laboratory abroad on Monday and that results are expected by November 30. Thanks for staying up with us - Lowenna will be on the breakfast show at 7am.",
])

rep("examiner-2046-10-21-lady-of-slegow", "The Sallowmere Examiner", "2046-10-21",
    "The lady of Ślęgów, and the photograph that nearly buried her", [
    "There is a moment, Bogumiła Kroczyńska says, when an archaeologist stops being a scientist. “You are standing on a ladder in the dark and you think: I am the first person to see her in twenty-five centuries. Then you remember the cameras,” she says.",
    "The chamber she entered on Thursday, beneath a hillfort in the village of Ślęgów, 140 kilometres east of the Orlavian capital, held a woman aged between 30 and 40, two horses, 212 amber beads and a gilded harness that Kroczyńska calls “the finest piece of Iron Age metalwork east of the river”.",
    "For nine days earlier this month it looked as if nobody would see any of it. On 9 October, at 23:15 in Ślęgów – 21:15 GMT, and 16:15 in Amberleigh, where his students back home were still in lectures – the co-director Daniel Ashgrove posted his photograph of the sealed door.",
    "Ashgrove, 47, is not giving interviews; the university has asked him to say nothing before a disciplinary hearing on 29 October. Its president, Araminta Calverley, tells the Examiner that the hearing “will be fair, and it will be quick”, and that she has read all of the 3,000 or so messages the university has received about him.",
    "“Some of them want him sacked. Some want a statue of him,” the president says. “Most just want to know what colour the amber is.”",
    "Stanisława Wróblewicz, the chief inspector of Orlavia’s National Monuments Inspectorate, says the photograph did real harm: looters came on two nights, and the police guard alone has cost her office the equivalent of about $85,000.",
    "Yet even she concedes the picture did some good. “The minister rang me before breakfast and said, ‘Stanisława, why is there a tomb on my phone?’ Nobody in Orlavia had cared about the Iron Age for fifty years,” the chief inspector says. “Now everybody wants to know who this woman was.”",
    "The minister in question, Wiesław Gąsiorek, who last week called the Corvantian team “tourists with trowels”, now says he would like the harness to travel to Amberleigh for an exhibition in 2048, “once it has learned some manners”. Sallowmere, for its part, has offered to pay for the harness to be conserved, a gesture officials in Kłodomierz describe as “the least a guest can do”.",
    "According to the inspectorate, the harness alone weighs 1.8 kilograms. The agreement signed on Tuesday lets Ashgrove return as an adviser, on condition that he posts nothing online.",
    "“For 2,500 years she kept her secret,” Kroczyńska says. “A week of being famous will not hurt her.”",
])
