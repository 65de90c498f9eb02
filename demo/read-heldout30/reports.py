"""The invented reports of demo/read-heldout30 (source of reports.jsonl). Everything here is invented."""

R = []


def rep(id, outlet, published, title, paras):
    R.append({"id": id, "outlet": outlet, "published": published, "title": title,
              "url": f"https://news.example.invalid/{id}", "text": "\n\n".join(paras)})


rep("corvex-2049-10-22-erzenli-roof-collapse-tie-moved", "Corvex Press", "2049-10-22",
    "Storm brings down Erzenli stadium roof hours before cup tie; match moved to rival's ground", [
    "ERZENLI, Ilvandar, Oct 22 (Corvex Press) - Part of the roof of Bortekin Stadium collapsed in a storm on Thursday afternoon, hours before Erzenli Atletik were due to host Grevsund Harriers of Orsland in the quarter-finals of the Inland Seas Cup, and the tie has been moved across the city to the ground of Atletik's fiercest rivals.",
    "A section of the east stand roof between 35 and 40 metres long came down at 14:52 local time (10:22 GMT) as gusts of more than 110 kilometres an hour swept the city, the Ilvandar Football Federation (IFF) said. There were 12 stewards and four groundstaff inside the stadium. Three stewards were treated for cuts and a groundsman was taken to hospital with a broken leg, police sources said.",
    "\"We were five hours from opening the gates,\" Atletik chairman Kerem Yavuzalp told reporters outside the ground. \"If it had come down at a quarter past nine, with 28,000 people under it, we would be counting bodies, not seats.\"",
    "The Inland Seas Football Confederation (ISFC) postponed the match, which had been set for 20:00, at 16:15 on Thursday. In a ruling issued at 02:10 on Friday, it ordered the tie to be played at Nergisli Park, home of Velikcay FK, at 18:00 local time (13:30 GMT) the same day, the confederation said in a statement. \"The safety of players and supporters comes before any calendar,\" the statement said.",
    "Velikcay's chairwoman, Oya Sonmezler, said she had offered the ground within an hour of the collapse \"because some things are bigger than a derby\".",
    "The Harriers will play under protest, the club confirmed. Their 2,300 travelling supporters spent Thursday night in hotels and on coaches. \"Our players have been sitting in a hotel for 30 hours,\" manager Joakim Lindqvarn said. \"Nobody has shown us one piece of paper that says the new ground is any safer.\"",
    "Questions are also being asked about the stadium's safety certificate, renewed on Oct 6 after an inspection by Soylubas Engineering. Sports Minister Gulsen Tamerkaya said she had ordered an audit of the certificate and of the firm's other work. According to Soylubas, the inspection was carried out in full and no inspection could have foreseen \"a storm of this kind\".",
    "The state weather office had issued an orange wind warning for the region on Tuesday night. The strongest gust, 121 kilometres an hour, was recorded at 14:47, five minutes before the roof fell, the office said.",
    "The first leg in Grevsund ended in a draw last week.",
])

rep("gozcusu-2049-10-23-who-signed-the-roof-off", "Erzenli Gözcüsü (English edition)", "2049-10-23",
    "Atletik go through at Velikçay's ground – but who signed the Börtekin roof off?", [
    "ERZENLİ, 23 October (Gözcüsü) — Erzenli Atletik are in the semi-finals of the Inland Seas Cup. But the question the city was asking this morning had nothing to do with football: who declared the Börtekin Stadium roof safe, and was he ever on it?",
    "Playing at Nergisli Park, Atletik beat Grevsund Harriers on Friday evening with two goals in the last 20 minutes. Some 9,400 spectators, more than 2,000 of them from Orsland, watched a match that kicked off at 18:00, 22 hours later than planned. \"We are rivals for 90 minutes at a time, not for ever,\" said Velikçay's chairwoman, Oya Sönmezler.",
    "The stadium's safety certificate, issued on 6 October and seen by Gözcüsü, records a full roof inspection on 4 October signed by the engineer Haluk Erdevik of Soylubaş Engineering. Yet according to the programme of an engineering congress in Sundvarre, the Orslandic capital, Erdevik was there from 3 to 6 October as a speaker.",
    "Reached by telephone yesterday, Erdevik did not deny it. \"My colleague went up on the roof and sent me 140 photographs,\" he said. \"Under the last one he wrote, 'Corrosion on two bolts, nothing urgent,' and I believed him. I signed. That is my mistake and I will carry it.\"",
    "The colleague, whom the firm named as Deniz Kalkavan, 26, has not spoken publicly. Soylubaş said in a statement that his photographs \"met every requirement of the regulations\" and that it would cooperate with the ministry.",
    "Erzenli's mayor, Nilüfer Erdevik, is the engineer's cousin, and her office approved the stadium's operating permit on 8 October on the strength of his certificate. \"The club chose the engineer, not me,\" the mayor said, \"and I will not resign over a signature that is not mine.\"",
    "In Tezgürün, Sports Minister Gülşen Tamerkaya suspended Soylubaş's licence late on Friday and ordered the certificates of all 41 stadiums in the top two divisions to be rechecked. Any ground whose certificate cannot be confirmed by Wednesday will be closed, she said. Tamerkaya said that the inspection rules would be rewritten before the season ends.",
    "The Harriers have asked the Inland Seas Football Confederation to award them the tie, arguing that Atletik's home ground was never properly licensed. Their chief executive, Maja Ekerholt, wrote in a post on X from the team hotel that the club had travelled \"to play football, not to dodge falling steel\". The confederation hears the protest in Sundvarre on Tuesday.",
    "Police moved more than 300 people from the flats behind the east stand on Thursday night. Cemal Usluoğlu, the groundsman hurt in the collapse, is recovering after surgery. His brother told Gözcüsü that Cemal had been repainting the touchline when \"the sky started to scream\".",
])

rep("hornblast-2049-10-24-mr-rubber-stamp", "The Sunday Hornblast", "2049-10-24",
    "MR RUBBER STAMP! Roof-check engineer was in OUR capital on inspection day", [
    "The engineer who passed the Tin Lid as safe was 3,000 kilometres away - in OUR capital - on the day he was supposed to be up on its roof.",
    "Haluk Erdevik, now known to Harriers fans as Mr Rubber Stamp, signed off the roof of Erzenli Atletik's crumbling Bortekin Stadium after a check dated October 4. But he spent four days, that one included, at a congress in Sundvarre, giving a talk on - wait for it - stadium safety.",
    "Just hours before kick-off on Thursday, a 40-metre chunk of the Tin Lid came crashing down in a storm. Our Herons had trained under it the night before, and their kit was still hanging in the away dressing room.",
    "Harriers boss Joakim Lindqvarn was on the team bus when the news broke. \"I looked up at that roof on Wednesday and said to my assistant, 'It's old, but somebody must have checked it,'\" he told the Hornblast. \"Somebody did. From Sundvarre, apparently.\"",
    "The tie was switched to the ground of Atletik's bitter rivals Velikcay FK, and the Herons crashed out after a late collapse of their own. Confederation bigwigs made the call at 10.40pm our time on Thursday - 2.10am in Erzenli - while our lads sat stuck in their hotel.",
    "Some 2,300 heartbroken fans took off from Erzenli at 11.40pm local time on Friday and landed back in Grevsund at 2am our time yesterday. Season-ticket holder Ragnvald Skarholt, 63, fumed: \"We paid for a cup tie and got a disaster film. Somebody owes us our money back.\"",
    "Chief executive Maja Ekerholt sat next to Lindqvarn on the flight home. She said the club would fight for the tie \"all the way to the top\". He just stared out of the window.",
    "Mr Rubber Stamp's firm, Soylubas Engineering, was stripped of its licence late Friday. And get this: the mayor who waved the stadium through on the strength of his certificate is his COUSIN. Nilufer Erdevik insists the club, not her, picked the engineer.",
    "Sundvarre is furious too. Government sources said the sports minister had demanded a full report from Tezgurun by Friday.",
    "Mr Rubber Stamp himself told Ilvandari television: \"I trusted a colleague. I was wrong.\" Too right, mate.",
    "The confederation hears the Harriers' protest on Tuesday. The Hornblast will be there.",
])

rep("vindstad-2049-10-26-isfc-hearing-live", "Vindstad Radio", "2049-10-26",
    "LIVE: Harriers v the confederation", [
    "LIVE: Harriers v the confederation - Tuesday 26 October\nAll times Orsland time (GMT+1)",
    "08:55\nGood morning from Sundvarre, where the disciplinary panel of the Inland Seas Football Confederation meets at 10:00 to hear Grevsund Harriers' protest over last week's quarter-final in Erzenli. Siri Ursvik is outside the confederation's headquarters for us.",
    "09:40\nUrsvik: \"About 60 Harriers fans are out here with a banner that says RUBBER STAMP, RED CARD. The Atletik delegation has just walked past them without a word.\"",
    "10:12\nThe panel is chaired by Judge Torunn Brandvoll. She told the room that the hearing would last \"as long as it needs to and not a minute longer\" and that a decision would come this afternoon.",
    "10:55\nHarriers chief executive Maja Ekerholt has finished her submission. She argued that a club playing on a ground with a false certificate had \"no right to the points it wins there\", and that Atletik should forfeit the tie.",
    "11:35\nKerem Yavuzalp, the Atletik chairman, spoke for 20 minutes. \"We did not make the storm and we did not sign the certificate,\" the chairman said. \"We paid an engineer to tell us the truth, and he did not.\"",
    "12:15\nIn Erzenli, where it is 15:45, the sports ministry says 11 of the 41 certificates rechecked since Saturday cannot be confirmed. Five grounds have been closed.",
    "13:20\nHaluk Erdevik did not come. His written statement, read out by the panel's secretary, says he \"accepts full responsibility\" for the certificate and that he \"never meant to deceive anybody\".",
    "14:05\nThe panel has gone out to decide. The ruling is due at 15:00 here - 14:00 GMT and 18:30 in Erzenli.",
    "15:04\nThe result stands. Atletik stay in the semi-finals, but the panel has fined them $250,000 and ordered them to pay the Harriers' extra costs, $412,000, within 30 days. Brandvoll noted that the certificate was \"a matter for the Ilvandari courts, not for a football panel\".",
    "15:20\nEkerholt says the Harriers will take the case to the confederation's appeals board by next Monday. \"We are not finished,\" she told us.",
    "15:40\nSundvarre says it will raise the affair with Tezgurun when the two countries' sports ministers meet in December.",
    "16:10\nJoakim Lindqvarn, asked whether he would ever take a team back to the Bortekin, laughed. \"Only if they play in the car park,\" he said.",
    "16:30\nThat's all from Sundvarre. Atletik's next home match, against Velikcay FK, is at Nergisli Park this weekend - with Velikcay as the away side on their own ground.",
])

rep("arbiter-2049-10-28-two-bolts-and-a-signature", "The Tezgürün Arbiter", "2049-10-28",
    "Two rusted bolts and a signature from abroad: how the Börtekin roof fell", [
    "At 14:52 on 21 October – 10:22 GMT, 11:22 in Sundvarre – a 38-metre strip of the Börtekin Stadium roof tore loose and folded onto the empty east stand. A week on, the ground is fenced off, Erzenli Atletik are homeless, and the certificate that called the roof sound, signed earlier this month by an engineer who was abroad at the time, is the most argued-over document in Ilvandar.",
    "Professor Yasemin Kutluer, the structural engineer the ministry has asked to examine the wreckage, says the storm was only the last straw. Two bolts holding the main truss had rusted almost through, she finds, and roughly 30 percent of the roof panels will have to be replaced. “A roof does not fail in an afternoon,” the engineer says. “It fails over years, and then one afternoon it tells you.”",
    "Kutluer notes that the roof, built in 1987, was last fully overhauled in 2033. Repairs will cost at least $4.2 million, according to the club, and its chairman, Kerem Yavuzalp, admits the Börtekin will not reopen this year. “Velikçay have been better hosts than we had any right to expect,” he tells the Arbiter.",
    "Haluk Erdevik has not spoken in public since his written statement to the hearing in Sundvarre on Tuesday. His lawyer tells the Arbiter that the engineer “made one bad decision in 30 years” and is cooperating with prosecutors.",
    "The mayor, Nilüfer Erdevik, the engineer’s cousin, has refused opposition calls to step aside. The certificate, she insists, was the club’s business; her office only checked that there was one. Asked whether she has spoken to her cousin since the collapse, she pauses. “He is family. I have spoken to him as family, and that is all I will say.”",
    "Tezgürün insists the audit is working. Eleven of the 41 certificates checked so far cannot be confirmed and five grounds are shut, the sports ministry says. Gülşen Tamerkaya, the sports minister, told parliament on Tuesday that inspectors would in future have to be photographed on every roof they sign for, “so that nobody can certify a roof he has never touched”.",
    "In Orsland the anger has not cooled. Grevsund Harriers lodged their appeal yesterday and the confederation’s appeals board sits next Monday; Sundvarre says it expects “a full and honest account” from Tezgürün.",
    "Cemal Usluoğlu, the groundsman whose leg was broken, left hospital on Monday. He tells the Arbiter he will be back at the Börtekin “the day they let me cut the grass again”. The IFF has moved Atletik’s home matches to Nergisli Park until January, starting, of all fixtures, with the derby against Velikçay this weekend.",
])
