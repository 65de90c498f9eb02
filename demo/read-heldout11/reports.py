"""The invented reports of demo/read-heldout11 (source of reports.jsonl). Everything here is invented."""

R = []


def rep(id, outlet, published, title, paras):
    R.append({"id": id, "outlet": outlet, "published": published, "title": title,
              "url": f"https://news.example.invalid/{id}", "text": "\n\n".join(paras)})


rep("ppa-2036-03-10-leopard-loose", "Plover Press Agency", "2036-03-10",
    "Snow leopard loose near Ardenzan town after zoo padlock is cut", [
    "VELMONT, Ardenza, March 10 (PPA) — A snow leopard that got out of Thistlecombe Zoo late on Saturday was still missing on Monday, and police told the town's roughly 14,000 residents to keep children and pets indoors.",
    "Keepers found the enclosure of Mirka, a six-year-old female, empty at 21:40 local time (20:40 GMT) on Saturday, the Ardenzan National Police (ANP) said. The padlock on a service gate had been cut, and the escape is being treated as a crime.",
    "\"Somebody came in with bolt cutters and left the same way. Mirka did not open that gate herself,\" Ch Supt Griselda Tapley told reporters in Thistlecombe on Sunday. She said that 180 officers, two helicopters and 12 drones were combing the woods north of the town.",
    "Schools in Thistlecombe are closed today and will stay shut on Tuesday, the mayor, Osric Blandford, said on Sunday evening.",
    "Dr Philomena Quarterman, the zoo's director, who stood beside Tapley at the briefing, said Mirka had last been fed on Saturday afternoon and could go four or five days without a meal. \"She is shy and frightened, and she will hide before she attacks. But she is a leopard, and nobody should walk up to her,\" she said.",
    "The zoo's last inspection, on Feb. 19, found rust on the lock of the same gate, according to the Zoo Licensing Authority (ZLA).",
    "Mirka was born at Edervar Zoo in neighbouring Kosvaria in 2030 and has lived in Thistlecombe since 2033. Kosvaria's environment minister, Denes Halmagyi, wrote in a post on X on Sunday that Edervar would send \"the one person Mirka trusts\". The Environment Ministry in Velmont said the Kosvarian vet Zsofia Berkenyi, who reared the leopard by hand, would land on Tuesday morning.",
    "Environment Minister Cosmo Ferrabee, who visited the town on Monday, said he had ordered a full inspection of the zoo. \"There will be hard questions for the zoo, and they will get answers. Today my only question is where she is,\" the minister said.",
    "Wild Hearts Ardenza (WHA), an animal-rights group, said it had nothing to do with the break-in. Its spokesman, Linus Carrow, said in a statement that WHA \"would never put an animal in danger to make a point\". \"We want her safe, not loose in a wet wood with nothing to eat,\" he told Harebell FM.",
    "\"We have 400 ewes on the hill and I have not slept since Saturday,\" said a sheep farmer near Ambry Cross, who asked not to be named.",
    "Police sources said the cut padlock had turned up in a hedge about 200 metres from the gate.",
])

rep("velmontsextant-2036-03-12-ewes", "The Velmont Sextant", "2036-03-12",
    "Dead ewes, a rusty lock and a vet’s hunch: the search for Mirka closes in", [
    "Three ewes were killed on a hill farm outside Ambry Cross on Monday night, the first trace in more than two days of the snow leopard that fled Thistlecombe Zoo on Saturday. Paw prints by the carcasses, some nine centimetres across, were hers, the Ardenzan National Police said yesterday.",
    "Emlyn Threlfall, who runs the farm with his wife, Bryony, found the ewes at first light on Tuesday. “She took three and left the other 250 alone. She was hungry, not cruel,” he told the Sextant. “I heard the dogs and thought it was a fox,” his wife said.",
    "Zsofia Berkenyi, the Kosvarian vet who hand-reared Mirka at Edervar Zoo, landed in Velmont on Tuesday morning. She is betting on Sallow Quarry, roughly six kilometres north of the zoo. “A snow leopard wants rock over her head and a long view below. That quarry is the closest thing to a mountain she has,” Berkenyi said. Officers will search the quarry with her at dawn on Thursday, and Ch Supt Griselda Tapley said no one would fire “unless a life is at stake”.",
    "In parliament on Tuesday night, Cressida Wrangham, the opposition’s environment spokeswoman, asked Environment Minister Cosmo Ferrabee why Thistlecombe Zoo had stayed open after the Zoo Licensing Authority (ZLA) found a rusted lock on its service gate last month. The minister stated that the inspectors’ letter, signed by the ZLA’s chief inspector, T. R. Hebblethwaite, had given the zoo until 1 March to replace the lock, and that a new lock was ordered but never fitted. “That is not good enough, and I have told the director so,” he said.",
    "Wrangham, who wants Dr Philomena Quarterman to stand down, was unmoved. “A rusty lock, a written warning and a big cat behind the gate. Only a fool is surprised,” she said. The zoo’s director told staff on Monday that she would not resign while Mirka was still missing.",
    "A 34-year-old man was arrested in Velmont on Tuesday afternoon on suspicion of cutting the padlock. He had worked at the zoo until he was dismissed in October, according to police sources. WHA, whose members picketed the zoo last year, said the man had never belonged to the group.",
    "Kosvaria’s environment minister, Denis Halmagyi, told the Sextant by telephone that his country had lent Mirka to the Ardenzan zoo and that it would want her back once she was safe. Some 40 per cent of the snow leopards bred at Edervar Zoo now live abroad, he noted.",
    "Velmont has thanked Edervar for lending its vet, and the search has cost at least €420,000 so far, the Environment Ministry’s press office said.",
])

rep("dailyholler-2036-03-14-gotcha", "The Daily Holler", "2036-03-14",
    "GOTCHA! Vet sings runaway leopard out of her hiding place", [
    "Runaway snow leopard Mirka is back behind bars — and it took a lullaby to get her there. The big cat crept out of a crack in Sallow Quarry, less than 50 metres from a footpath, at 7.25 p.m. yesterday after Sofia Berkenyi, the vet who bottle-fed her as a cub, sat down on a rock and sang to her.",
    "“It is the same song I sang when she was three weeks old. After five verses she came out and laid her head on my boot,” Berkenyi told the Holler. “Then I gave her the dart, and I cried like a baby.”",
    "Head keeper Lemuel Ashby, 58, who has looked after Mirka since she arrived in 2033, helped carry her out on a stretcher while farmer Emlyn Threlfall held the torch. “She weighs 38 kilos and it felt like three hundred,” he said, “but I would have carried her all the way to Velmont.”",
    "The first person to spot Mirka after her escape was schoolboy Ned Tapley, 9, who saw her lapping from a stream behind his gran’s cottage on Sunday morning. Ned — no relation to police chief Griselda Tapley — has been promised a free family pass for life. “I wasn’t scared. Well, only a bit,” he said.",
    "Threlfall, 61, who lost three ewes to the cat on Monday night, says he bears her no grudge and that the zoo has offered him €900 for them. His wife Bryony, 57, is less forgiving. “Four or five times this week I’ve lain awake listening for her. Nine hundred euros won’t buy back a night’s sleep,” she said.",
    "Ch Supt Tapley said the 212 officers who joined the hunt had “done this town proud”. Detectives will question the former keeper arrested on Tuesday for a second time today, an ANP spokeswoman said.",
    "Zoo boss Dr Philomena Quarterman admitted the zoo had “got it badly wrong” over the lock. The zoo will stay shut until April 1, she said.",
    "And the Wild Hearts mob who picket the gates every weekend? “We are glad she is safe. A zoo is still a prison,” spokesman Linus Carrow told the Holler.",
    "As the zoo van pulled away, the crowd on the quarry road cheered. “Best night this town’s had in years!” one man shouted.",
])

rep("edervarihirlap-2036-03-15-vet-home", "Edervári Hírlap", "2036-03-15",
    "Koszvárian vet home after talking Mirka out of the quarry", [
    "EDERVÁR, 15 March — Zsófia Berkényi, the Edervár Zoo vet who coaxed the escaped snow leopard Mirka out of an Ardenzan quarry, landed at Edervár airport late Friday and was back at the leopard house this morning. She said that Mirka was sleeping off the sedative in a quiet pen in Thistlecombe and \"eating like a teenager\".",
    "Mirka, born at Edervár Zoo on 2 May 2030, slipped out of her enclosure at 22:40 EET last Saturday after somebody cut the padlock on a service gate. She was free for more than four days before Berkényi found her at 20:25 EET on Thursday, curled up in a crack of Sallow Quarry, six kilometres north of the zoo.",
    "Máté Szalóki, a keeper at Edervár Zoo who flew to Ardenza with Berkényi on a ticket paid for by Environment Minister Dénes Halmágyi, said the Ardenzan police had kept the pair away from the search on their first day. \"They wanted helicopters. We wanted silence,\" he said. \"In the end they let us have the silence.\"",
    "\"When she laid her head on my boot, one of the policemen whispered, 'Is she yours now?' I told him she was never mine,\" Berkényi told the Hírlap.",
    "In a post on X on Friday afternoon, Halmágyi said that Koszvária expected Mirka \"home in May\" and that the loan agreement let Edervár Zoo recall her at any time.",
    "A joint statement issued yesterday by the two countries' environment ministries was more cautious. Mirka will stay in Thistlecombe until the zoo passes a new inspection, it said. According to the joint statement, the two zoos will then choose \"the best home for her\" together.",
    "Velmont has agreed to pay for both flights. Ardenza's environment minister, Kozmo Ferrabee, said on Thursday night that the zoo had failed Mirka and that its director would answer to the inspectors.",
    "At Edervár Zoo, where two snow leopard cubs were born earlier this month, visitors have left flowers and drawings outside the leopard house all week. \"My grandson drew Mirka with wings so she can fly home to us,\" said Piroska Zentai, 68, a retired teacher from Edervár.",
    "The Ardenzan search involved 212 police officers and cost about €1.1 million, according to the Ardenzan National Police (ANP).",
])

rep("rta-2036-03-18-zoo-press-conference-live", "Radio-Television Ardenza", "2036-03-18",
    "LIVE: Mirka back behind bars as Thistlecombe Zoo faces the press", [
    "LIVE: Thistlecombe Zoo press conference - Tuesday 18 March",
    "08:40 CET\nEnvironment Minister Cosmo Ferrabee, Ch Supt Griselda Tapley and Dr Philomena Quarterman, the director of Thistlecombe Zoo, speak at 11:00 CET (10:00 GMT, 12:00 EET) in Thistlecombe, where Mirka has been back in her enclosure since last Thursday. Zsofia Berkenyi joins by video link from Edervar.",
    "09:15 CET\nThe Ardenzan National Police says the 34-year-old former keeper arrested last week was charged yesterday with criminal damage.",
    "11:02 CET\nFerrabee opens. He thanks Thistlecombe for \"five long days of patience\" and says the Zoo Licensing Authority will visit all 23 of the country's zoos by 30 June.",
    "11:09 CET\nFerrabee: \"Kosvaria lent us a leopard and then lent us a vet. We owe Edervar an apology, and it has had one.\"",
    "11:16 CET\nTapley, sitting between Ferrabee and Quarterman, says the hunt used 212 officers, two helicopters and 14 drones and cost about €1.3 million. \"Not a single shot was fired. I am prouder of that than of anything in 31 years of policing,\" she says.",
    "11:24 CET\nA reporter asks Quarterman whether she offered to resign. \"I offered on Friday. The board refused, and the inspectors will have the final say,\" the director says.",
    "11:31 CET\nBerkenyi, speaking from Edervar, says Mirka has put on a kilo since Thursday and is \"bored, which is a very good sign\".",
    "11:40 CET\nThe zoo will reopen on 1 April with a new gate, two new locks and a night keeper on every shift, Quarterman says.",
    "11:52 CET\nAsked whether Mirka will go back to Kosvaria in May, Ferrabee says the two zoos will decide together and that the choice will not be his. \"I am a minister, not a zookeeper,\" he adds.",
    "12:05 CET\nIn an interview recorded for RTA's Lamplight programme, to be broadcast tonight, Ferrabee says he has asked the ZLA to publish every inspection report since 2030.",
    "12:30 CET\nOutside the zoo, Bryony Threlfall tells RTA that the zoo paid for the three ewes on Monday. Her husband, Emlyn, says he would rather Mirka stayed in Ardenza. \"She's ours now. She has eaten our sheep,\" he says.",
    "12:55 CET\nOsric Blandford, Thistlecombe's mayor, says there will be a street party for the search teams on Saturday. \"Bring a torch and bring a song,\" he says.",
    "13:20 CET\nWHA says it will picket the reopening on 1 April. Its spokesman, Linus Carrow, told RTA earlier this month that zoos should stop breeding big cats.",
    "13:45 CET\nThistlecombe Zoo says more than 3,000 toy snow leopards have been sold online since Sunday.",
])
