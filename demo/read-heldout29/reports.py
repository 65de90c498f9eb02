"""The invented reports of demo/read-heldout29 (source of reports.jsonl). Everything here is invented."""

R = []


def rep(id, outlet, published, title, paras):
    R.append({"id": id, "outlet": outlet, "published": published, "title": title,
              "url": f"https://news.example.invalid/{id}", "text": "\n\n".join(paras)})


rep("hawser-2049-03-11-jury-to-reexamine-lyre", "Hawser Wire", "2049-03-11",
    "Ruvenia orders jury to re-examine concert hall winner over copying claim", [
    "BRAILENI, Ruvenia, March 11 (Hawser Wire) - Ruvenia's culture ministry has ordered the jury of its national concert hall competition to look again at the winning design after a young architect in Ellanmoor said it reproduced her student project almost line for line.",
    "The design, known as the Lyre, was chosen on March 4 from 212 entries and is to be built on the Braileni riverfront, with 2,400 seats, at an estimated cost of $340 million. Its architect, Sorin Valcescu, 61, is among Ruvenia's best-known designers.",
    "Wren Brackley, a 27-year-old graduate of the Ellanmoor Institute of Architecture (EIA), posted the two sets of drawings side by side on X on Tuesday at 21:40 in Stoneharbour, which was 05:40 on Wednesday in Braileni (03:40 GMT). She wrote that 14 of the 17 features of her final-year thesis appeared in the Lyre \"in the same order, at the same angles\".",
    "Valcescu rejected the claim at a news conference on Wednesday afternoon. \"I have never seen this young woman's work,\" he said, \"and I have never needed anyone's drawings but my own. A concert hall beside a river will look at the river. That is not theft. That is geography.\"",
    "Culture Minister Ilinca Dragulescu said in a statement late Wednesday that the jury would reconvene on Monday and that no payments would be made to the architect \"until every question has an answer\".",
    "The EIA said Brackley's thesis, titled \"Tidehouse\", had been submitted on May 14, 2046, and placed in the institute's online library that September. \"We have checked the date of submission and the contents of the file, and both are as Ms Brackley describes,\" the institute's statement said. It added that the thesis had been downloaded more than 3,100 times.",
    "Jury chairman Mircea Barsan told reporters the panel had judged every entry without knowing who had drawn it. \"If we were deceived, we will say so,\" Barsan said. \"Nobody has yet shown me that we were.\"",
    "Two members of the nine-member jury, speaking on condition of anonymity, said the panel had spent less than 20 minutes on the Lyre in the final round.",
    "By Thursday morning Brackley's first post had been shared over 48,000 times. In a second post, she wrote: \"I am not asking anyone to pull down a building that does not exist yet. I am asking for my name.\"",
    "The jury is due to meet at 10:00 local time on Monday (08:00 GMT). Atelier Valcescu, the architect's firm, did not answer questions on Thursday.",
])

rep("foaia-diminetii-2049-03-12-daughter-shared-studio", "Foaia Dimineții (English edition)", "2049-03-12",
    "Vâlcescu's daughter shared a studio with Ellanmoor graduate, institute confirms", [
    "BRĂILENI, 12 March – Oana Vâlcescu, the daughter of the architect whose design won the National Concert Hall competition, studied in the same Stoneharbour studio as the graduate who says the design was copied, the institute confirmed last night.",
    "The Ellanmoor Institute of Architecture said Ms Vâlcescu, now 29, had spent January to April 2046 in its final-year studio as an exchange student, in a group of 16 that included Wren Brackley. She came home to Brăileni a month before Ms Brackley handed in her thesis.",
    "Sorin Vâlcescu, reached at his studio yesterday afternoon, said his daughter had joined his firm of about 70 people only last year and had played \"no part whatsoever\" in the Lyre. He described the morning the accusation reached them. \"Oana rang me at a quarter to seven on Wednesday and said, 'Papa, the whole internet thinks we stole it, and I am the thief.' She was crying. I told her to go back to sleep and leave the worrying to me,\" he said.",
    "Oana Vâlcescu said in a written statement that she had \"never opened, borrowed or seen\" Ms Brackley's drawings. \"I am not the link anyone is looking for. I was designing bus shelters in Stoneharbour, not concert halls,\" she wrote.",
    "Culture Minister Ilinca Drăgulescu spent Thursday morning with the jury's chairman, Mircea Bârsan, and afterwards froze the first payment to Atelier Vâlcescu, worth 19 million ducats ($2.3 million). \"The people of Ruvenia are paying for this hall, and they will not pay for a borrowed idea,\" the minister said.",
    "The ministry's statement, issued at 16:30 on Thursday, said both architects would be heard on Monday and that the jury would publish its findings \"within ten days\".",
    "According to the ministry, Brăileni has asked Stoneharbour to help secure the institute's records. A spokeswoman for Ellanmoor's embassy told Foaia Dimineții that her government had \"no wish to referee an argument between architects\".",
    "Not everyone is persuaded that anything was taken. Corneliu Zamfir, the architectural historian who taught Mr Vâlcescu at university, said the likeness was real but \"far from unusual\". \"There are only so many ways to set an oval of glass on a riverbank,\" he said. \"Half the halls finished since 2030 would fail this test.\"",
    "The competition drew 212 entries from 38 countries. Work on the site had been due to begin on 1 June; the ministry now says that date is \"under review\".",
])

rep("daily-cymbal-2049-03-14-wonder-wren", "The Daily Cymbal", "2049-03-14",
    "WONDER WREN: Bakery girl says Ruvenia pinched her $340m concert hall", [
    "She bakes bread through the night and dreams up concert halls by day - and this weekend Wonder Wren is taking on a whole country.",
    "Plucky Wren Brackley, 27, told the Cymbal she \"nearly fell off my stool\" when the winning design for Ruvenia's $340 million National Concert Hall flashed up on her phone last week.",
    "\"It was my building. My roof, my staircase, my glass box hanging over the water,\" she said. \"Mum looked over my shoulder and said, 'Wren, why has somebody put your homework on the news?' I didn't have an answer.\"",
    "The Stoneharbour grad, who earns $19 an hour icing buns, spent three days lining the drawings up. Then, at 9.40pm on Tuesday, she pressed send. By Friday her post had been seen more than two million times.",
    "Silver-haired Sorin Valcescu, 61, whose firm scooped the job, has branded her claims \"nonsense from the internet\". But it turns out his daughter Oana was in Wren's class at the Ellanmoor Institute of Architecture - and the two girls shared a studio for four months.",
    "Valcescu - the younger one - insists she never saw so much as a sketch. Wren isn't so sure. \"We had desks a few metres apart. My drawings were pinned to the wall for anyone to see,\" she said.",
    "Her old tutor, Professor Odell Lamming, is backing her all the way. \"I marked that thesis. I gave it 88 per cent. I would know it in the dark,\" he told the Cymbal. He added that she had been \"the best student in a very good year\".",
    "Pals say the shy grad has turned down three TV interviews and a job offer from a Braileni firm since Wednesday.",
    "Dad's firm, Atelier Valcescu, said in a statement yesterday that it would \"fight for its good name\" and was \"deeply disappointed\" the jury had given the claims \"oxygen\".",
    "Over in Braileni, red-faced officials are scrambling. Culture boss Ilinca Dragulescu has frozen the cash and ordered a hearing for tomorrow, when Wonder Wren will make her case by video link at 2am our time. A ministry spokesman told the Cymbal the hearing would be \"fair to everyone\".",
    "\"I'll have a strong coffee and my drawings, and that's all I need,\" she grinned. \"Whatever they decide, people know my name now.\"",
])

rep("ellan-radio-2049-03-15-hearing-live", "Ellan Radio", "2049-03-15",
    "LIVE: Braileni concert hall hearing as Wren Brackley makes her case", [
    "LIVE: Braileni concert hall hearing as Wren Brackley makes her case - Monday 15 March\nAll times are Stoneharbour time (GMT-6)",
    "01:50\nIn a few minutes a jury in Braileni starts hearing the two architects at the centre of the concert hall row. The hearing opens at 10:00 local time - that is 08:00 GMT and 02:00 here.",
    "02:06\nJury chairman Mircea Barsan opens by saying the panel \"has not made up its mind about anything\". Both architects will speak for 30 minutes, he said, and the jury will then deliberate in private. About 150 people are in the public gallery.",
    "02:15\nSorin Valcescu goes first. He tells the jury the Lyre grew out of sketches he made in 2041 for a competition he lost, and that he will hand over the notebooks. \"I have kept every notebook since I was nineteen. Read them. Date them. Then tell me who copied whom,\" he said.",
    "02:49\nNow Wren Brackley, by video link from Stoneharbour. She says she noticed the resemblance only because a friend sent her a photo of the winning model. \"I don't know how my ideas got to Braileni. I only know they got there,\" she told the jury.",
    "03:12\nOur arts correspondent Briony Farrowby, listening in, says the jury's questions to Valcescu were sharper than its questions to Brackley. \"Three of the nine jurors asked him about the 44-step staircase. Not one asked her about it,\" she says.",
    "03:40\nThe hearing has paused for a short break. The chairman said the jury would announce its decision tomorrow at 17:00 Braileni time - 15:00 GMT, or 09:00 here.",
    "05:05\nRuvenia's culture minister, Ilinca Dragulescu, wrote in a brief post on X that the government would \"respect whatever the jury finds\" and that the hall would be built \"one way or another\". Her post went up at 13:00 in Braileni, just as the hearing closed.",
    "06:20\nThe Ellanmoor Institute of Architecture says it has handed its records to both governments. According to the institute, Ms Valcescu's student account never opened Brackley's thesis folder, but 41 other accounts did before May 14, 2046.",
    "07:10\nOana Valcescu has spoken on camera for the first time, to Ruvenian television. \"I'm sorry Wren has been through this. I'm sorry my father has too,\" she said. She would not say whether she would stay at his firm.",
    "08:30\nWe're wrapping up. Brackley's supervisor, Odell Lamming, told us he had never met Sorin Valcescu or his daughter and that he expected \"a fair result from a fair jury\". Back at 09:00 tomorrow for the decision.",
])

rep("stoneharbour-tillerman-2049-03-17-lyre-loses-prize", "The Stoneharbour Tillerman", "2049-03-17",
    "The Lyre, the Tidehouse and a question no jury could answer", [
    "At 21:40 on Tuesday 9 March, Wren Brackley pressed send on a post she expected a few dozen friends to see. Eight days later the Lyre, the building Ruvenia chose to crown its capital’s riverfront, has no prize, and Sorin Vâlcescu has no contract.",
    "The nine-member jury gave its decision in Brăileni yesterday at 17:00 local time, which was 09:00 in Stoneharbour. Announcing it, the jury’s chairman, Mircea Bârsan, spoke of “a substantial and unexplained resemblance” between the Lyre and Ms Brackley’s thesis, the Tidehouse. There is no proof of who copied whom, he stresses, and there may never be.",
    "Mr Vâlcescu, 61, is not accepting it. “I was tried for a crime nobody could name and found guilty of a resemblance,” he says. “Resemblance is not a crime. It is what happens when two people look at the same river.” He tells the Tillerman he will sue the ministry “the moment the courts open on Monday”.",
    "Ms Brackley says last week felt “like living inside a washing machine”. What she wants, she says, is her name on the building’s plaque, not its architect’s fee. Ruvenia’s ministry of culture has offered her a credit and a payment of $180,000; she has not decided whether to take the money.",
    "The ministry intends to hand the main hall to the runner-up, the Brăileni firm Pârvu Arhitectură, and to hold a fresh competition for the 600-seat chamber hall beside it, which it hopes will draw 40 to 60 entries. “The hall will be built,” the ministry said in a statement on Tuesday, “and it will be built honestly.”",
    "Stoneharbour says it has no part in the affair and wants none. The Ellanmoor Institute of Architecture says it will answer no further questions.",
    "Oana Vâlcescu resigned from her father’s firm on Monday night. In a post on X she wrote that she was leaving “so that my name stops being a weapon” and that she hoped to meet Ms Brackley “one day, without lawyers”.",
    "Odell Lamming, who supervised the thesis, argues that the jury asked the wrong question. “Nobody owns an oval,” he says. “But somebody owns a drawing, and that somebody is Wren.”",
    "Entries for the new competition close at noon on 30 June in Brăileni, which is 10:00 GMT and 04:00 in Stoneharbour. Ilinca Drăgulescu, the culture minister, told Ruvenian radio on Tuesday night that they would be judged “by people who ask where ideas come from”. Earlier this month, she admits, she thought the hard part would be choosing.",
])
