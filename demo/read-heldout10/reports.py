"""The invented reports of demo/read-heldout10 (source of reports.jsonl). Everything here is invented."""

R = []


def rep(id, outlet, published, title, paras):
    R.append({"id": id, "outlet": outlet, "published": published, "title": title,
              "url": f"https://news.example.invalid/{id}", "text": "\n\n".join(paras)})


rep("kna-2035-08-14-gorrick-found-alive", "Kittiwake News Agency", "2035-08-14",
    "Divers find eleven trapped in flooded Corvenian cave alive", [
    "PELLINGFORD, Corvenia, August 14 (KNA) — Divers found nine schoolchildren and their two instructors alive late on Monday on a ledge deep inside the flooded Gorrick Caves, where they had been trapped since Saturday, but rescuers warned it could be days before any of them is brought out.",
    "The group was found at 23:15 local time (21:15 GMT) in Saddle Chamber, about 2.3 kilometres from the cave mouth, the Corvenian Cave Rescue Service (CCRS) said. All eleven were cold and hungry, but none was badly hurt.",
    "\"The first thing one of the boys asked was what day it was. The second was whether we had brought chocolate,\" said Radoslaw Kedzierski, the Lesnovian diver who reached them first. He and five colleagues from the Lesnovian Fire Service (LFS) crossed the border on Monday morning with their own breathing gear.",
    "The pupils, aged 13 to 16, attend Quarrendon Grammar School and had gone underground on Saturday morning with the school's summer caving club. A thunderstorm sent a flash flood through the entrance passage shortly after 13:30 and filled the Narrows, a low tunnel that can only be crossed on foot in dry weather.",
    "Civil Protection Minister Honoria Stallybrass met the families at the Gorrick village hall on Tuesday morning. She said that the pumps had lowered the water in the Narrows by 40 centimetres since Sunday night. \"Nobody will be rushed through that tunnel. We will bring them home when it is safe, and not an hour before,\" the minister said.",
    "Ewan Mackellar, who leads the CCRS, thanked Kedzierski's team for coming at a day's notice. \"They are in good spirits. One of the girls is teaching the others card games by torchlight,\" he told Osprey FM.",
    "Dr Rhiannon Tregaskis, a mining engineer at the Pellingford School of Mines who is advising the rescue, said that at the current rate it would take at least four more days to drain the Narrows. More rain is expected on Thursday, according to the Corvenian Weather Office.",
    "Lesnovia's interior minister, Halina Zmuda, wrote in a post on X overnight that a second team of divers was ready to leave Zelsk \"the moment Pellingford asks\".",
    "\"I have not slept since Saturday. I will sleep when I can hold her,\" said one mother outside the hall, who would not give her name.",
])

rep("pellingfordplumbline-2035-08-16-pumps", "The Pellingford Plumbline", "2035-08-16",
    "Pumps, rain and a long dive: the choice facing the Gorrick rescuers", [
    "The pumps draining the Gorrick Caves have moved some 31 million litres of water since Sunday, the Corvenian Water Board said yesterday. Even so, the Narrows, the flooded tunnel between the trapped group and the cave mouth, is still more than 1.2 metres deep at its lowest point.",
    "Dr Rhiannon Tregaskis, the mining engineer advising the rescue, who appeared alongside Civil Protection Minister Honoria Stallybrass, told CNR’s Nightjar programme on Wednesday night that the water was falling by about 12 centimetres a day. “If the sky stays dry, they can walk out in five or six days. If it rains on Saturday, we are back where we started,” she said.",
    "The alternative is to dive the children out through a 350-metre passage, pitch dark and in places less than 60 centimetres high. None of the nine pupils has ever dived.",
    "Ewan Mackellar, the head of the Corvenian Cave Rescue Service, does not hide his doubts. “Taking a frightened 13-year-old through that water is the most dangerous thing I can imagine,” he said, “and it may still be safer than waiting for the next storm.”",
    "A decision will be taken by Friday, the minister’s office said. Stallybrass told parliament in Pellingford on Wednesday that the operation had cost €3.8 million so far.",
    "Rupert Whitlock, the opposition’s civil protection spokesman, asked in the same debate why the Gorrick council had turned down a €600,000 flood gate at the cave mouth in 2029. “Somebody saved six hundred thousand euros and nearly lost eleven lives,” he said.",
    "Lesnovia’s six divers will stay until the last child is out, according to their team leader, Radoslaw Kedzierski. Zelsk has offered to send a second team, and Lesnovia’s interior minister, Halina Zmuda, said her government would pay for both. “Neighbours do not send invoices,” she said.",
    "A note written by the pupils and carried out by the divers on Wednesday said that they were “cold, bored and absolutely fine” and asked for a football.",
    "At the village hall, where families have slept on camp beds since Saturday, volunteers serve about 300 meals a day. “We are one family now, all of us,” said Jory Polglaze, the mayor of Gorrick. The Corvenian Weather Office says showers are likely on Saturday afternoon, with up to 20 millimetres of rain in the hills.",
])

rep("dailyracket-2035-08-18-owain", "The Daily Racket", "2035-08-18",
    "FIRST OUT! Brave Owain, 14, swims free of the flooded cave", [
    "Carys Hollingrake had not let go of her phone for six days when it finally rang at 4.20 p.m. yesterday. Her son Owain, 14, was out of the Gorrick Caves, the first of the trapped pupils to be brought through the Narrows.",
    "“He came up the slope in a foil blanket, and the first thing he said was, ‘Mum, I saw the sky,’ and then he asked for chips,” Mrs Hollingrake told the Racket. “I’ve never heard anything so beautiful in my life.”",
    "Owain, a keen swimmer, was guided through 350 metres of black water by Radoslaw Kedzierski, who held a line in one hand and the boy’s harness in the other. The dive took about 40 minutes. “I kept my eyes shut and counted my breaths,” he said. “I got to 900 and then I stopped counting.”",
    "Hollingrake, who now wants to become a diver himself, says the worst part was the hunger, and that the instructors shared out their last biscuits on Monday.",
    "His mother says she has slept on a camp bed in the Gorrick village hall since last Saturday and that she will never again complain about his muddy boots.",
    "Three more pupils followed him out on Friday evening, rescuers said. Four more are due out today, and the last pupil, with instructors Torquil Renwick and Marnie Oakshott, on Sunday.",
    "Renwick, 31, who led the group into the caves, sent a message up the field telephone on Thursday night. “Tell the parents their children have been heroes. I’ll be the last one out, as it should be,” the instructor said.",
    "Civil Protection Minister Honoria Stallybrass said the decision to dive the children out was “the hardest thing I have ever signed”. Dr Rhiannon Tregaskis, the mining engineer whose figures persuaded her, was blunter. “One more storm and that chamber fills to the roof,” she said.",
    "As Owain was carried to the ambulance, the crowd at the cave mouth broke into applause. “Go on, lad!” somebody shouted. A Quarrendon Grammar School spokeswoman said the school would pay for counselling for every family.",
])

rep("kurierzelski-2035-08-20-divers-home", "Kurier Żelski", "2035-08-20",
    "Leśnowia's divers fly home from Gorrick as the last of the eleven is brought out", [
    "ŻELSK, 20 August — The six Leśnowian divers who spent a week in Corvenia's flooded Gorrick Caves will land at Żelsk airport this afternoon, a day after the last of the eleven people trapped there reached the surface, the Leśnowian Fire Service (LFS) said yesterday.",
    "Torquil Renwick, the instructor who led the group underground, was the last out, at 18:40 CEST (19:40 EEST) yesterday. Radosław Kędzierski, who swam beside him on that final dive, said the Corvenian had refused to leave before any of his pupils. \"He shook every hand on the slope, then sat down in the mud and cried,\" he said. \"So did I.\"",
    "The team crossed the border last Monday and reached the group at 00:15 EEST last Tuesday, after a dive of more than two hours. Of the eleven, seven were brought out by Leśnowian divers, Kędzierski told the Kurier. He noted that none of the pupils had ever worn a diving mask before last week.",
    "Kinga Wójcicka, the only woman on the team, dived out four of the pupils. \"In the Narrows you cannot see your own hand,\" she said, \"so you talk to the child by touch: one squeeze means stop, two mean go.\"",
    "Interior Minister Halina Żmuda telephoned Wójcicka on Saturday night. \"I told her the whole country held its breath every time she went under,\" she said.",
    "Ewan McKellar, who heads the Corvenian Cave Rescue Service, wrote in a post on X after the final dive that Corvenia \"owes Leśnowia eleven lives\".",
    "Żmuda said that the divers would be decorated on Wednesday and that Leśnowia would not send Pellingford a bill. According to Corvenia's Civil Protection Ministry, the rescue has cost about €5 million so far. By Sunday evening, seven of the nine pupils had been sent home from hospital, the ministry said.",
    "\"We watched it every night like a football final,\" said a woman outside the fire station in Żelsk, who did not give her name. \"When the boy came out first, the whole street was cheering.\"",
    "It was the LFS's first rescue abroad since 2019, when two of the same divers searched a flooded quarry across the southern border for three days.",
])

rep("cnr-2035-08-21-press-conference-live", "Corvenian National Radio", "2035-08-21",
    "LIVE: Corvenia thanks its rescuers as Gorrick press conference gets under way", [
    "LIVE: Gorrick rescue press conference - Tuesday 21 August",
    "[08:45 CEST] Civil Protection Minister Honoria Stallybrass and Ewan Mackellar of the Corvenian Cave Rescue Service speak at 10:00 CEST (08:00 GMT) in Gorrick, where the last of the eleven came out of the caves last Sunday. The Lesnovian team leader, Radoslaw Kedzierski, joins by video link from Zelsk.",
    "[09:20 CEST] The Corvenian Water Board says its 23 pumps, switched off on Monday, moved more than 52 million litres in eight days.",
    "[10:04 CEST] Stallybrass opens. She thanks the families, who have waited in Gorrick since 11 August, and says that all eleven are now out of hospital.",
    "[10:09 CEST] Stallybrass: \"A week ago I promised the families we would not rush. We did not, and every one of them is home.\"",
    "[10:15 CEST] Mackellar says more than 400 people and 23 pumps were involved, and that no rescuer was seriously hurt. The bill so far is about €5.1 million, he says.",
    "[10:22 CEST] A reporter asks Stallybrass whether the Gorrick council's refusal of a flood gate in 2029 will be part of an inquiry. \"Yes, and it will be led by a judge, not by my ministry,\" the minister says.",
    "[10:40 CEST] Kedzierski, speaking from Zelsk, says the water in the Narrows was the coldest he has ever dived in. \"We are home, we are tired, and we would go back,\" he says.",
    "[11:05 CEST] Torquil Renwick, who sits beside Mackellar in the front row, is applauded as he stands. \"I spent eight days apologising to nine children for the weather. Not one of them blamed me,\" he says.",
    "[11:30 CEST] Outside the hall, Carys Hollingrake tells CNR that Owain has asked for diving lessons. \"I said yes. What else could I say?\" she says. Her son, beside her, says he will start in September.",
    "[12:10 CEST] The school's caving club will not run again until an independent review reports, Quarrendon Grammar School said in a statement. The review is due by 28 September.",
    "[12:40 CEST] In Zelsk, Lesnovian Interior Minister Halina Zmuda says the six divers will receive the country's Medal for Courage tomorrow.",
    "[13:15 CEST] Jory Polglaze, the mayor of Gorrick, says the village will put up a plaque at the cave mouth. \"Eleven went in and eleven came out. That is all the plaque needs to say,\" the mayor adds.",
    "[13:40 CEST] A handwritten note taped to the door of the village hall reads: \"Thank you, divers. Gorrick will never forget.\" Nobody knows who wrote it.",
])
