"""The invented reports of demo/read-heldout12 (source of reports.jsonl). Everything here is invented."""

R = []


def rep(id, outlet, published, title, paras):
    R.append({"id": id, "outlet": outlet, "published": published, "title": title,
              "url": f"https://news.example.invalid/{id}", "text": "\n\n".join(paras)})


rep("sna-2037-06-13-balloon-missing", "Siskin News Agency", "2037-06-13",
    "Balloon with 12 aboard missing after wind sweeps it over border hills", [
    "WICKERSLADE, Aubrenia, June 13 (SNA) - A hot-air balloon carrying 12 people was missing on Saturday night after a sudden shift in the wind swept it east over the Ferrowby Hills and probably across the border into Karsovia.",
    "The balloon, operated by Dandelion Balloon Flights, lifted off from the Wickerslade showground at 05:50 local time (03:50 GMT) for what was meant to be a one-hour flight. Its last radio call came at 07:12, when it was drifting over the hills in thick fog, the Aubrenian Rescue Coordination Centre (ARCC) said. According to the ARCC, it carried enough gas for about three hours aloft.",
    "\"A balloon does not fall out of the sky. It comes down slowly, and the people in it are waiting for us to find them,\" said Hector Mabberley, who owns the company. His daughter Clemency, who drove the chase truck, said she lost sight of the balloon shortly after 07:00, when the fog closed over the ridge.",
    "On board were the pilot, Lancelyn Pennefather, 52, who has flown balloons for 30 years, and 11 passengers, among them a woman celebrating her 81st birthday, according to relatives waiting at the showground.",
    "Transport Minister Marguerite Treadgold said two Aubrenian helicopters had searched the border ridge until low cloud grounded them in the afternoon. \"Every minute counts, and nobody is giving up,\" the minister said. \"I have spoken to Tresno, and they have put their own teams into the forest.\"",
    "Karsovian Mountain Rescue (KMR) said from its base in Tresno, the Karsovian capital, that between 60 and 70 rescuers and four dogs were searching the spruce woods above the border village of Zlaten, where a farmer had heard the roar of a burner.",
    "Karsovia's interior minister, Radim Stepanek, wrote on X late on Saturday that the rescuers would keep going \"through the night if they must\".",
    "The Aubrenian Weather Service said it had warned balloon operators at 04:40 on Saturday that the wind could swing round within hours. Mabberley said the warning had not reached the pilot before take-off.",
    "\"She has wanted to go up in a balloon since she was a little girl. Today was meant to be her treat,\" said a neighbour of the 81-year-old, who waited at the showground with a flask of tea.",
])

rep("sollinghamargus-2037-06-16-found-alive", "The Sollingham Argus", "2037-06-16",
    "Found in the spruce: how a forester’s dog ended the balloon search", [
    "Twenty-two hours after it vanished into the fog, the balloon was found on Sunday morning lying on its side in a Karsovian spruce forest, its basket jammed between two trees and all 12 people on board alive.",
    "A forester, Bohumil Hrubes, and his spaniel, Brok, reached them at 05:20 CEST, about three kilometres above the village of Zlaten. “The dog found them, not me. I only followed his tail,” Hrubes told the Argus by telephone.",
    "The pilot, Lancelyn Pennefather, broke his left leg when the basket hit the trees, and Winifred Cattermole, who turned 81 on the day of the flight, cracked two ribs. Both were taken by helicopter to a hospital in Tresno, the Karsovian capital; the other ten walked down to Zlaten with rescuers and were home by Sunday night.",
    "Verity Hobday, a nurse from Sollingham and one of the passengers, splinted Pennefather’s leg with a strut from the burner frame and a silk scarf. “He never once complained. He kept apologising to us, which was worse,” she said. The group took turns to sleep under the folded envelope and shared two bottles of water and what was left of a birthday cake, she said.",
    "Pennefather said in a statement issued by the company that he was “sorry for every minute of that night”.",
    "In parliament on Monday, the opposition’s transport spokesman, Obadiah Strangways, asked why Dandelion Balloon Flights had been allowed to keep flying after it was fined €12,000 last year for taking off in a crosswind. Transport Minister Marguerite Treadgold said the Aubrenian Aviation Safety Board (AASB) had opened an investigation and that the company had grounded its three balloons “until the board says otherwise”. “That is not an answer. It is a timetable,” Strangways replied.",
    "The Aubrenian Weather Service says it emailed operators a warning of a westerly shift at 04:40 on Saturday, 70 minutes before take-off. The company’s owner, Hector Mabberley, told the Argus that the email was not opened until the balloon was already in the air. “We should have seen it. I will carry that for the rest of my life,” he said.",
    "Tresno will not send a bill for the search, in which about 150 Karsovian rescuers took part, the country’s interior minister, Radim Stepanek, said on Monday. Balloon flights bring roughly 30 per cent of Wickerslade’s summer visitors, according to the Wickerslade Tourism Board, which fears a lost season.",
    "“I’m not getting in one of those again, birthday or no birthday,” said one of the passengers, a man from Sollingham who asked not to be named.",
])

rep("dailysquawk-2037-06-18-granny-win", "The Daily Squawk", "2037-06-18",
    "BIRTHDAY BUMP! Granny Win, 81, spends night on mountain after balloon drama", [
    "She wanted to watch the sun come up from a balloon on her 81st birthday. Instead Winifred Cattermole spent the night on a Karsovian mountainside with two cracked ribs, a squashed cake and 11 new best friends.",
    "Granny Win, as her nine grandchildren call her, spoke to the Squawk yesterday from her hospital bed in Tresno. “I’ve had worse birthdays. In 1974 I spent mine on a broken-down bus in the rain,” she laughed.",
    "Grandson Jasper Cattermole, 24, who paid €390 for the flight as a surprise, was squeezed in beside her when pilot Lancelyn Pennefather yelled at everyone to crouch. “I thought I’d killed my gran,” he said, “and then she asked whether anybody had saved the cake.”",
    "The rescue came at 6.20am on Sunday, when forester Bohumil Hrubes, 58, and his spaniel Brok pushed through the trees. Granny Win, born on 13 June 1956, was the first person Brok reached. “He licked my face and I said to him, ‘Well, you’re the first man in years to do that.’ Then I cried,” she said.",
    "Hrubes says he is “no hero” and that Brok has been given 12 sausages, one for every survivor. Their basket, built for up to 16 passengers, had drifted some 25 kilometres before it hit the trees.",
    "Pilot Pennefather, 52, is due to be flown home today on crutches. “He sang to us all night to keep us awake. Terrible voice, lovely man,” said fellow passenger Ernest Dimmock, 70, a retired postman from Wickerslade.",
    "Nurse Verity Hobday, 33, who strapped up the pilot’s broken leg, told the Squawk: “Winifred kept us going. She told rude jokes until the sun came up.”",
    "Balloon firm Dandelion has grounded its fleet. Boss Hector Mabberley, 63, said he had written to every passenger to say sorry. His daughter Clemency, 29, who chased the balloon by road until the fog swallowed it, said: “Dad hasn’t slept since Saturday.”",
    "Transport chief Marguerite Treadgold vowed: “Whoever got this wrong will answer for it.” And a source close to the investigation told the Squawk the burner was down to its last bottle of gas when the balloon came down.",
    "Asked if she would fly again, Granny Win did not hesitate. “Try and stop me!”",
])

rep("vecerniktresno-2037-06-20-forester-medal", "Večerník Třesno", "2037-06-20",
    "A medal for the Zlatěn forester, and one for his dog", [
    "TŘESNO, 20 June — Bohumil Hrubeš, the Zlatěn forester whose spaniel found the lost Aubrenian balloon, was given a medal for civil courage by Interior Minister Radim Štěpánek at a ceremony in Třesno yesterday. Brok, who is seven, was given a medal of his own and tried to eat the ribbon.",
    "Hrubeš found the 12 Aubrenians at 06:20 local time (03:20 GMT) last Sunday, 22 hours after their balloon was blown over the Ferrowby Hills in fog. Two of them, the pilot and an 81-year-old woman, were flown to Třesno by a KMR helicopter. The basket had come down on a slope above Zlatěn so steep that rescuers needed ropes to reach it.",
    "\"People ask me if I was afraid. Afraid of what? Of twelve cold Aubrenians and half a birthday cake?\" Hrubeš said at the ceremony.",
    "Štěpánek said that Karšova would not ask Aubrenia for \"a single euro\" and that he had told Aubrenian Transport Minister Marguerite Treadgold so on Monday. \"Borders are for maps. In the forest there is only the forest,\" the minister said.",
    "The search cost the Karšovan Mountain Rescue (KMR) about €180,000, its chief, Oldřich Koudelka, said. He noted that 94 volunteers had joined the professional teams, some of them from villages on the Aubrenian side of the border. \"Fog like that sits on the Ferrowby Hills four or five times a summer. Nobody should fly into it,\" he said.",
    "According to Koudelka, two investigators from the Aubrenian Aviation Safety Board came to Zlatěn on Wednesday and took away the balloon's envelope and its GPS logger.",
    "Lancelin Pennefather, the pilot, left Třesno University Hospital on Thursday and was flown home to Aubrenia, a hospital spokeswoman said. Winifred Cattermole, 81, will stay until Monday, she said.",
    "\"I have flown over those hills more than 200 times. That morning they simply were not there. There was only white,\" Pennefather told Večerník before he left.",
    "\"Half the village went up the hill that night with torches. The other half made soup,\" said Alžběta Pazderová, the mayor of Zlatěn.",
    "Hrubeš and Brok are to fly to Sollingham, the Aubrenian capital, next month. Sollingham has also offered to pay for a new roof on the Zlatěn fire station, the Aubrenian embassy said on Friday.",
])

rep("apr-2037-06-23-balloon-report-live", "Aubrenian Public Radio", "2037-06-23",
    "LIVE: Balloon inquiry publishes its first findings", [
    "LIVE: Balloon inquiry publishes its first findings - Tuesday 23 June\nAll times CEST",
    "09:05\nThe Aubrenian Aviation Safety Board (AASB) presents its preliminary report on the balloon that came down in Karsovia earlier this month at 10:00 (08:00 GMT) in Sollingham. Chief investigator Dr Eluned Lovibond and Transport Minister Marguerite Treadgold will speak, and Bohumil Hrubes joins by video link from Zlaten.",
    "09:40\nDandelion Balloon Flights says in a statement that it will not fly again this year and that it has refunded all 11 passengers.",
    "10:03\nLovibond opens. The preliminary report says the Aubrenian Weather Service warning reached the company's inbox at 04:41 on 13 June, 69 minutes before take-off, and was first opened at 07:30, when the balloon was already lost in fog.",
    "10:11\n\"The pilot did everything right once he was in the fog. The mistake was made on the ground, before anyone climbed into the basket,\" Lovibond says.",
    "10:19\nAsked whether Lancelyn Pennefather will face charges, Lovibond says that is for prosecutors, not for her board. The board found no fault with the balloon itself, she says.",
    "10:27\nTreadgold says every commercial balloon in Aubrenia must carry a satellite beacon from 1 September and that Dandelion's licence is suspended for 90 days. \"A phone in a pocket is not a rescue plan,\" she says.",
    "10:38\nHrubes, who was given a medal for civil courage last week, says Brok \"has become impossible\" since. \"He will only eat from a plate now,\" he jokes.",
    "10:50\nObadiah Strangways, the opposition's transport spokesman, asks when the full report will be ready. \"Within a year. I would rather be right than quick,\" Lovibond replies.",
    "11:12\nWinifred Cattermole, home in Wickerslade since yesterday, tells APR she would fly again \"tomorrow, if Jasper pays\". Her grandson says he has already paid once.",
    "11:35\nHector Mabberley reads a short statement outside the board's offices: \"I am sorry. The warning came, and we did not read it. That is on me, not on Lancelyn.\"",
    "12:02\nThe Aubrenian Rescue Coordination Centre says it heard the balloon's last call at 07:12 on the day of the flight and alerted the KMR at 08:15.",
    "12:20\nIn an interview recorded for APR's Crosswind programme, to be broadcast at 18:00, Pennefather says he has not decided whether he will ever fly again.",
    "12:45\nAccording to the report, the search on both sides of the border cost about €410,000.",
    "13:10\nThe Wickerslade Tourism Board says bookings for the town's balloon festival in August are down 40 percent on last year.",
])
