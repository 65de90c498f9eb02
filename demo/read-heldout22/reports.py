"""The invented reports of demo/read-heldout22 (source of reports.jsonl). Everything here is invented."""

R = []


def rep(id, outlet, published, title, paras):
    R.append({"id": id, "outlet": outlet, "published": published, "title": title,
              "url": f"https://news.example.invalid/{id}", "text": "\n\n".join(paras)})


rep("tolland-2047-02-13-serrow-breakthrough-off", "Tolland Press", "2047-02-13",
    "Serrow tunnel breakthrough called off after bores found 44 cm out of line", [
    "BRACKENHOLT, Norvale, Feb 13 (Tolland Press) - A ceremony to join the two halves of the Serrow Base Tunnel was called off on Tuesday after surveyors found that the Kravonian bore sits 44 centimetres higher than the Norvalian one, leaving the 27-km rail link facing a step in its floor.",
    "The Serrow Tunnel Company (STC), the joint venture owned equally by the two governments, said in a statement that probe holes drilled ahead of the Norvalian boring machine, Marigold, had struck the Kravonian tunnel \"well above where it should be\" and that nobody had been hurt.",
    "The probe results came through at 22:40 local time (21:40 GMT) on Monday. The ceremony, due to start at 11:00 on Tuesday at the Amblethorpe portal, was cancelled at 07:30, when Norvale's transport minister, Perrin Gauldie, and his Kravonian counterpart, Dobromila Rehorkova, were already on the road.",
    "\"We would rather lose a party than open a tunnel with a kerb in it,\" said Lettice Venner, the STC's chief executive. \"Nobody lays a metre of track until we know how this happened.\"",
    "Gauldie told reporters that the error was \"embarrassing but fixable\" and that Norvale would pay its share of any repair. \"I am not interested in blame this week,\" he said. \"I am interested in a tunnel that lines up.\"",
    "Late on Tuesday, Rehorkova wrote on X that the Kravonian half had been surveyed \"to the millimetre\" and that she expected Brackenholt \"to explain itself\".",
    "A statement from Norvale's transport ministry said Professor Hesper Marrable, a geodesist at the University of Kelderby, would lead an independent review and report within a week. The review will cost no more than 250,000 euros, according to the ministry.",
    "Rennet & Vyle, the Norvalian contractor that drove the northern half, said it was checking survey records going back to 2041. Its project director, Jowan Gauldie, who is not related to the minister, told Tolland Press the firm's instruments had been recalibrated \"at least four times\" since boring began.",
    "Marigold stopped about 62 metres short of the Kravonian tunnel, whose own machine, Jirinka, finished its drive on Jan 29. The tunnel has cost 4.6 billion euros and is due to open in December 2049, cutting the rail journey between the two capitals from five hours to just under two.",
    "Dunstan Ruddock of the Tunnel and Shaft Workers' Union said the 140 workers on the Norvalian side had been sent home on full pay. \"They dug 13 kilometres through granite. They did not type the numbers into the computer,\" he said.",
])

rep("ozvena-2047-02-14-our-half-is-right", "Třešňovarská Ozvěna (English edition)", "2047-02-14",
    "Řehořková: Kravonia's half of the Serrow tunnel is exactly where it should be", [
    "TŘEŠŇOVAR, 14 February – Kravonia built its half of the Serrow Base Tunnel exactly to plan and will not pay for a mistake made on the other side of the mountain, Transport Minister Dobromila Řehořková said on Wednesday.",
    "Speaking at her ministry, Řehořková said the Kravonian survey had been checked by two outside firms in 2044 and again last year. \"Our tunnel is at the right height. We have the documents, and we will publish every page,\" she said. Asked whether the row would delay the opening, the minister replied: \"Ask Brackenholt.\"",
    "Ctibor Hájíček, chief surveyor at Podzemstav, the Kravonian firm that dug the southern half, told the Ozvěna that he had learned of the problem from a telephone call late on Monday. \"My opposite number on the Norvalian side rang and said, 'Ctibor, we can see your tunnel, but it is above our heads,' and I honestly thought he was joking,\" Hájíček said. \"He was not joking.\"",
    "The call came at 23:40 Kravonian time – 22:40 in Brackenholt – and Hájíček was at the southern portal by one in the morning. He had barely slept since, he said. On Tuesday night he went through the Kravonian measurements again with a team of six.",
    "Podzemstav said in a statement that it had shared its survey data with the Norvalian side every month since 2043 and that none of the figures had ever been queried.",
    "Třešňovar expects Brackenholt to cover the full cost of any repair, according to a ministry official who spoke on condition of anonymity.",
    "Jiřinka, the 1,800-tonne machine that bored the Kravonian half, finished its 14-kilometre drive on 29 January, nine days ahead of schedule. Between 300 and 400 guests had been due to watch Tuesday's ceremony on a big screen at the southern portal, where it was to begin at 12:00 local time. In a poll for the Ozvěna, 68% of Kravonians blamed Norvale for the delay.",
    "Lettice Venner, who runs the Serrow Tunnel Company, said on Wednesday that it was \"far too early\" to say which side was at fault.",
    "Hesper Marrable, the Norvalian geodesist leading the independent review, said she had already spoken to Jowan Gauldie, the project director of Rennet & Vyle, and to Hájíček. \"I want the raw numbers, as they came out of the instruments, not as anybody has tidied them since,\" she said.",
])

rep("rasp-2047-02-16-tunnel-to-nowhere", "The Daily Rasp", "2047-02-16",
    "TUNNEL TO NOWHERE: Serrow drills miss each other by 44cm", [
    "Red-faced tunnel bosses were last night struggling to explain how two giant drills boring towards each other under the Serrow mountains ended up 44 CENTIMETRES out of line.",
    "The 4.6 BILLION euro Tunnel to Nowhere was supposed to be joined with champagne and speeches on Tuesday. Instead, guests got a text at 7.30am telling them to turn round and go home.",
    "Kravonia's top surveyor Ctibor Hajicek - known to his crew as Mr Millimetre - told the Rasp: \"I sleep very well, thank you. My numbers are right. Check theirs.\"",
    "Transport Minister Perrin Gauldie, 58, was grilled by furious MPs yesterday. The minister told them the blunder was \"a national embarrassment\" and that heads would roll \"if heads need to roll\".",
    "And in a twist worthy of a farce, the man in charge of digging Norvale's half is ALSO called Gauldie. Rennet & Vyle project director Jowan Gauldie, 47, said last night: \"We are not related, I am not hiding, and my team will have answers for the review.\" He added that his surveyors had worked \"day and night\" since Tuesday.",
    "Union boss Dunstan Ruddock fumed: \"My lads dug 13 kilometres through solid granite and now they're being laughed at in every pub in the country. They didn't do the maths.\"",
    "A source at the Serrow Tunnel Company said: \"Somebody used a plus where they should have used a minus. It really is that simple, and that stupid.\"",
    "The scrapped bash alone cost around 90,000 euros, the Rasp can reveal, with 450 guests on the list and a brass band booked for 11am.",
    "Experts reckon the fix could cost up to 5 MILLION euros and take at least three weeks.",
    "Opposition transport spokeswoman Tansy Nettlefold said Gauldie had \"lost control\" of the biggest building project in Norvale's history. \"He cut the ribbon on the first drive in 2042. He can carry the can for the last one,\" she said.",
    "Kravonian minister Dobromila Rehorkova, 51, branded the mess \"a Norvalian problem with a Norvalian solution\" in a post on X on Thursday. Earlier this month she had posed for snaps inside the finished Kravonian half, beaming beside the 1,800-tonne drill Jirinka.",
    "The review's findings are due on Monday. Until then Marigold, the Norvalian drill, sits silent in the dark - and 140 workers are at home on full pay.",
])

rep("witness-2047-02-19-plus-and-minus", "The Norvale Witness", "2047-02-19",
    "A minus sign, a plus sign and a 44-centimetre step beneath the Serrow", [
    "It took six days, 11 interviews and one spreadsheet. The independent review into the misaligned halves of the Serrow Base Tunnel has found what many engineers suspected: a single sign error, made in a Brackenholt survey office in 2041 and copied faithfully ever since.",
    "Published on Monday, the report by Professor Hesper Marrable says the two countries measure height from different reference points, which sit 22 centimetres apart, and that Rennet & Vyle’s surveyors applied the correction the wrong way round, doubling the gap instead of closing it.",
    "“Nobody was careless for six years. Somebody was careless on a single afternoon, and after that everybody trusted the number,” Marrable tells the Witness. “It is the sort of mistake,” she says, “that only shows itself when the two ends finally meet.”",
    "Rennet & Vyle accepts the findings in full. Its project director, Jowan Gauldie, tells the Witness that the firm has “no excuse and no intention of looking for one”. Lettice Venner, chief executive of the Serrow Tunnel Company, says the apology came before the report did. “Jowan rang me on Thursday night and said, ‘It was us, Lettice, and I am sorry,’ and I have a lot of respect for that,” she says.",
    "The remedy is modest. Marigold, halted about 62 metres short, will climb the remaining distance on a gentle slope. The review says a gradient of 0.7 percent is well within what freight trains can manage. The STC says the machine should break through on Friday at 11:00 – noon in Třešňovar. It puts the bill at between 2.8 and 3.4 million euros, and Brackenholt, which holds 50 percent of the company, says it will pay all of it.",
    "Perrin Gauldie, the transport minister, calls the finding “humbling” and concedes that his department “took a great deal on trust”. Across the border, Dobromila Řehořková is gracious in victory. She says she accepts the apology and hopes “to open this tunnel together, and on time”.",
    "Not everyone is mollified. Tansy Nettlefold, who speaks for the opposition on transport, says the review “answers how, but not why nobody checked”. She will table questions in parliament on Wednesday.",
    "Crews went back underground on Monday night, and the ceremony cancelled last week has been rebooked with a shorter guest list. The tunnel’s opening date, 9 December 2049, has not moved, the company insists; the last stretch is, as Venner puts it, “the easy bit”.",
])

rep("kettlecombe-2047-02-22-breakthrough-live", "Kettlecombe Radio", "2047-02-22",
    "LIVE: Serrow Base Tunnel breakthrough, take two", [
    "LIVE: Serrow Base Tunnel breakthrough, take two - Friday 22 February\nAll times Norvale time (GMT+1)",
    "08:40\nGood morning from the Amblethorpe portal. Marigold is due to break through at 11:00 here, which is 10:00 GMT and 12:00 in Tresnovar. About 200 guests are expected, down from 450 last week.",
    "09:05\nTransport Minister Perrin Gauldie has arrived and tells us he will \"say sorry in person\" to his Kravonian counterpart. \"I owe Dobromila a handshake and probably a lunch,\" he says.",
    "09:26\nKravonia's minister Dobromila Rehorkova wrote on X this morning that she was \"on the way, with a spirit level in my bag\".",
    "09:48\nOur reporter Morwen Larch is 13 kilometres inside the mountain, at Marigold's cutting head. Larch: \"It is hot, it is loud and nobody is talking. They have measured everything three times.\"",
    "10:15\nThe machine has 4 metres left to cut. Ctibor Hajicek, the Kravonian chief surveyor, is waiting on the far side with a crew of about 30. He told us earlier that he had checked the Norvalian figures himself on Wednesday, \"line by line\".",
    "10:58\nCutting has started. Larch says the crew expects to see the Kravonian tunnel within 20 minutes.",
    "11:14\nBREAKTHROUGH. Marigold's cutter has broken into the Kravonian tunnel. The first measurement puts the two bores 9 millimetres apart, against a tolerance of 25. Cheers from both crews.",
    "11:31\nHajicek shakes hands with Jowan Gauldie of Rennet & Vyle through the gap. \"Nine millimetres. I can live with nine millimetres,\" Hajicek says.",
    "11:50\nJowan Gauldie told us the review had been \"hard to read but fair\". \"We made a mistake in 2041 and we have paid for it in front of two countries,\" Gauldie says.",
    "12:20\nLettice Venner, the STC's chief executive, says track laying will begin on 11 March and that the tunnel will still open in December 2049. The fix cost 3.1 million euros, roughly 0.07 percent of the budget, she says.",
    "12:45\nRehorkova and her Norvalian counterpart have posed for photographs at the gap. The Kravonian minister told us her country would host the next ceremony, for the first train, \"on our side, at our time\".",
    "13:10\nThat's it from Amblethorpe for today. Crews will take Marigold apart over the next three weeks, and the two ministers meet again in Tresnovar on Monday.",
])
