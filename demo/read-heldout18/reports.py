"""The invented reports of demo/read-heldout18 (source of reports.jsonl). Everything here is invented."""

R = []


def rep(id, outlet, published, title, paras):
    R.append({"id": id, "outlet": outlet, "published": published, "title": title,
              "url": f"https://news.example.invalid/{id}", "text": "\n\n".join(paras)})


rep("kestermouth-sound-2043-06-10-strait-swim-live", "Kestermouth Sound", "2043-06-10",
    "LIVE: Elowen Trewin swims the Skellan Strait", [
    "LIVE: Elowen Trewin swims the Skellan Strait - Wednesday 10 June\nAll times are Caldrian summer time (GMT+1)",
    "06.02\nGood morning. Kestermouth's Elowen Trewin has been in the water for almost seven hours. She set off from Gorran Head at 23:10 last night, bound for Hrebecov in Velsko, 41 kilometres away across the Skellan Strait.",
    "06.40\nThe tracker went blank at 3.05 and came back at 3.53. Her father and coach, Crispin Trewin, told us over the boat's radio that the signal had dropped out, not his daughter. \"She never stopped, not for one stroke. I stood at the rail with the torch on her the whole time,\" he said.",
    "07.55\nThe water is between 13 and 15 degrees, according to her pilot, Zbynek Simunek, who has kept his boat, the Vlastovka, a few metres from her since Tuesday night. He says the tide has turned her way and that he expects her to land \"some time in the afternoon\".",
    "09.10\nFeed number 20: warm porridge on a pole, every 30 minutes. Crispin says she is \"grumpy, which is a good sign\".",
    "10.35\nThe Open Water Records Council (OWRC) has an observer on board, Jitka Brazdova. The council told us this morning that a crossing is ratified only when the observer's log and the track agree.",
    "11.50\nMore than 4,000 of you have sent messages since midnight. \"She taught half this town to float,\" the head teacher at Elowen's school, Nessa Pennard, told us. \"The other half are learning this morning.\"",
    "13.25\nAbout 9 kilometres to go, Simunek reckons, though he warns that the last stretch along the Velskan shore is where attempts go to die. Of the 13 attempts since 2031, only one has finished, and that one in a wetsuit.",
    "14.40\nA jellyfish sting, the third of the day, Crispin reports. \"She swore at it in two languages,\" he said, \"which means she's fine.\"",
    "15.52\nSHE'S DONE IT. Elowen Trewin has walked clear of the water at Hrebecov, 16 hours and 42 minutes after leaving Gorran Head. It is 16.52 on the Velskan side.",
    "16.30\nElowen, hoarse, on the phone from the beach, told us: \"I'm cold, I'm sick of porridge and I'm the first. Tell Kestermouth to put the kettle on.\"",
    "17.15\nThe OWRC's spokesman, Everard Kellaway, says the council will look at the gap in the tracker before confirming anything. \"Nobody doubts Elowen. We doubt a battery,\" he said. Sports Minister Fenella Gault posted on X that the country was \"bursting with pride\".",
])

rep("sealark-2043-06-11-record-swim-on-hold", "Sealark", "2043-06-11",
    "Record swim across Skellan Strait on hold over 48-minute tracker gap", [
    "WENDLECOMBE, Caldria, June 11 (Sealark) - The body that certifies open-water records said on Thursday it would not ratify Elowen Trewin's crossing of the Skellan Strait until it had accounted for a 48-minute gap in her satellite tracker, after the Caldrian swimmer waded ashore in Velsko on Wednesday afternoon.",
    "Trewin, 34, a swimming teacher from Kestermouth, entered the water at Gorran Head at 23:10 local time on Tuesday (22:10 GMT) and landed at Hrebecov at 16:52 Velskan time (14:52 GMT) on Wednesday, 16 hours and 42 minutes later. If confirmed, hers would be the first solo crossing of the 41-km strait without a wetsuit.",
    "The Open Water Records Council said in a statement that its ratification committee would meet on Monday and that \"no record is a record until the paperwork agrees with the sea\". The tracker, made by Wakemark, sent no position between 03:05 and 03:53 Caldrian time.",
    "Wakemark said the unit's battery had overheated inside a sealed pouch and that its data for the rest of the swim were complete. \"The fault was ours, not the swimmer's,\" the company's statement said.",
    "Vilem Hrubos, the Velskan swimmer who crossed in the opposite direction in 2039 wearing a wetsuit, told Sealark the council was right to look closely. \"I want her record to stand. I also want it to be a record nobody can argue with,\" he said.",
    "Trewin's father and coach, Crispin Trewin, said the gap was \"a fuss about a gadget\". Trewin herself was more patient. \"Let them check. I know where I was at three in the morning. I was in the sea,\" she told reporters at Hrebecov on Wednesday evening.",
    "The boat's pilot, Zbynek Simunek, and the council's observer, Jitka Brazdova, both logged her position by hand every half hour, according to Everard Kellaway, the council's spokesman. Kellaway said those logs would be set against any other data the council could obtain. He added that the council had never before had to rule on a failed tracker.",
    "In Zdarnice, the Velskan government said late on Thursday that its coastguard had followed the escort boat on radar through the night and would hand the recordings to the council. Wendlecombe welcomed the offer, and Sports Minister Fenella Gault said it was \"a generous gesture between neighbours\".",
    "About 120,000 people followed the swim online, according to Wakemark. A fund Trewin set up for a children's swimming charity had raised more than 38,000 marks by Thursday morning, the charity said.",
    "Trewin was expected to fly home to Caldria today.",
])

rep("squall-2043-06-12-otter-bother", "The Daily Squall", "2043-06-12",
    "OTTER BOTHER! Hero Wenna's record swim snagged by a flat battery", [
    "She swam for nearly 17 hours through jellyfish, darkness and a freezing sea - and now a gang of pen-pushers say they have to mark her homework.",
    "Plucky Elowen Trewin - Wenna to her family, the Kestermouth Otter to everyone else - became the first person EVER to swim the Skellan Strait on her own without a wetsuit on Wednesday afternoon.",
    "But the snooty Open Water Records Council has refused to rubber-stamp her record because a tracking gizmo conked out for 48 minutes in the middle of the night.",
    "Fuming dad Crispin, 66, who coached her from the escort boat, told the Squall: \"My girl swam 41 kilometres and they want to argue about a battery. I watched every stroke with a torch. What do they think she did, hitch a lift on a dolphin?\"",
    "Wenna's mum Dilys, 63, followed the whole thing on a laptop at the kitchen table. \"I didn't sleep a wink. When the dot on the map vanished I nearly rang the coastguard myself,\" she said.",
    "Council spokesman Everard Kellaway insisted nobody suspected foul play. \"It is a formality, and a careful one,\" he said. A verdict is due on Monday.",
    "The gizmo's makers, Wakemark, have already held their hands up, admitting the battery cooked in its waterproof pouch and died at 3.05am.",
    "Now even the Velskans are riding to the rescue. Their coastguard, which watched Wenna's boat on radar all night, late yesterday promised to hand over its tapes. Coastguard spokesman Libor Sebestik said: \"Our radar does not sleep. We saw that boat creep east at swimming speed from the first hour to the last.\"",
    "Sports Minister Fenella Gault wrote in a post on X late on Thursday that Wenna was \"a national treasure\" and that she would be invited to a reception in Wendlecombe next month.",
    "Our sources say the Velskan radar pinged the boat every six seconds - a whopping 480 times in the missing 48 minutes alone.",
    "Even her Velskan rival Vilem Hrubos, who did the crossing in a wetsuit four years ago, reckons the record should stand.",
    "And Wenna herself? She's back home in Kestermouth tucking into her first proper meal in days. \"Chips,\" she told the Squall. \"Lots of chips.\"",
    "Her fundraiser for the Little Paddlers children's charity has now topped 40,000 marks - nearly three times her target of 15,000.",
])

rep("pobrezni-listy-2043-06-13-radar-backs-swimmer", "Pobřežní listy (English edition)", "2043-06-13",
    "Velskan radar backs Caldrian swimmer as Hřebečov claims its share of the record", [
    "HŘEBEČOV, 13 June – For a village of about 600 people, Hřebečov has had quite a week. On Wednesday afternoon a Caldrian swimming teacher walked out of the sea on to its beach, and on Friday the radar on the hill above it may have saved her record.",
    "The Velskan Coastguard handed the Open Water Records Council (OWRC) its full recording of the night of 9 to 10 June on Friday morning, the interior ministry said. According to the ministry, the radar tracked the escort boat Vlaštovka every six seconds from ten past midnight on Wednesday – still Tuesday night on the Caldrian coast, where Elowen Trewin entered the water – until she landed here at 16:52. \"The recording shows the Vlaštovka moving at between 2.5 and 3 kilometres an hour for the whole period in question,\" the ministry's statement said.",
    "Libor Šebestík, the coastguard's spokesman, told reporters in Žďárnice that the boat never stopped for longer than a feeding break. \"Between 04:05 and 04:53 our time, when her tracker was silent, the boat covered almost exactly two kilometres. A boat that waits for a swimmer moves at a swimmer's pace,\" he said.",
    "Žďárnice offered the recordings on Thursday without being asked, and Wendlecombe thanked Žďárnice on Friday in a note from its embassy.",
    "The pilot of the Vlaštovka, Zbyněk Šimůnek, has fished and piloted in the strait for 27 years. He told Pobřežní listy he had escorted seven earlier attempts and that hers was the first to finish. \"At three in the morning I was more worried about a cargo ship than about a tracker. Nobody on my boat even noticed it had stopped,\" Šimůnek said.",
    "The council's observer, Jitka Brázdová, a former national champion from Žďárnice, was more guarded. She said only that her log was \"complete, signed and with the committee\".",
    "Not everyone here is celebrating. Vilém Hruboš, whose 2039 crossing from Hřebečov to the Caldrian coast took 14 hours and 5 minutes, told us he was happy for Trewin but that the OWRC should publish every document it relied on. \"Records are made in the sea and confirmed on paper. If the paper stays secret, people will talk,\" he said.",
    "In the village itself, the only café has renamed its fish soup after her. \"She ate three bowls on Wednesday evening and asked for the recipe. Then she fell asleep at the table,\" said its owner, Radka Vondrová.",
    "The OWRC's ratification committee meets by video link on Monday at 14:00 Žďárnice time (12:00 GMT).",
])

rep("oriel-2043-06-16-how-the-record-was-saved", "The Wendlecombe Oriel", "2043-06-16",
    "Sixteen hours, 42 minutes and one flat battery: how Elowen Trewin’s record was saved", [
    "At 14:00 yesterday (13:00 GMT), an hour after its ratification committee sat down, the Open Water Records Council confirmed what a small crowd on a Velskan beach had believed since last Wednesday: Elowen Trewin is the first person to swim the Skellan Strait alone and without a wetsuit. Her time, 16 hours and 42 minutes, stands.",
    "“We were never looking for a reason to say no,” says Petronella Haverstock, who chairs the committee. “We were looking for 48 minutes, and we found them.”",
    "They were found, in the end, in three places. Wakemark, whose tracker failed last week, has admitted its battery overheated. The Velskan coastguard’s radar at Hřebečov followed the escort boat through the whole of the gap. And the observer’s handwritten log, which the council now publishes in full, records the swimmer’s position, stroke rate and temper every half hour.",
    "“Her log for 3.30 says, ‘Swimmer strong, complaining of cold, stroke rate 58,’ and that is precisely where the radar puts the boat,” Haverstock says. The observer, Jitka Brázdová, tells the Oriel she has kept 31 such logs in nine years and never had one read aloud at a press conference. “I will write more neatly next time,” she says.",
    "Trewin heard the news in her classroom in Kestermouth, where she went back to teaching yesterday morning. “The children cheered louder than the crowd at Hřebečov,” she says. “I’ve promised them a lesson on batteries.”",
    "Her father, Crispin Trewin, is less gracious about the wait. The council, he says, made a family sweat for five days over “a gadget in a plastic bag”. Asked whether he would escort another attempt, Trewin laughs. “Not with that tracker.”",
    "Vilém Hruboš, whose wetsuit crossing remains the only other complete one, wrote on X on Monday evening that the ruling was “the right answer, reached the right way”. Žďárnice, which volunteered the radar recordings, says through its interior ministry that it is “glad the sea between us produced a record rather than a quarrel”.",
    "The sports minister, Fenella Gault, has invited Trewin and the crew of the Vlaštovka to Wendlecombe on 2 July. The minister says the pilot, Zbyněk Šimůnek, “deserves a medal of his own”. According to Little Paddlers, the fund Trewin started for the charity earlier this month has now passed 52,000 marks.",
    "Only two of the 14 attempts logged since 2031 have finished, but the council expects at least five more next summer. Haverstock says every one of them will carry two trackers. “And spare batteries,” she adds.",
])
