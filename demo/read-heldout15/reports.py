"""The invented reports of demo/read-heldout15 (source of reports.jsonl). Everything here is invented."""

R = []


def rep(id, outlet, published, title, paras):
    R.append({"id": id, "outlet": outlet, "published": published, "title": title,
              "url": f"https://news.example.invalid/{id}", "text": "\n\n".join(paras)})


rep("fpa-2040-11-11-lottery-draw-void", "Fieldfare Press Agency", "2040-11-11",
    "Tavrenia voids lottery jackpot draw after machine drops two balls at once", [
    "KESSINGPORT, Tavrenia, Nov. 11 (FPA) — Tavrenia's national lottery will redraw Saturday's jackpot at noon today after a faulty machine dropped two balls at once during a live television broadcast, voiding a draw that had already produced three winning tickets worth €8.7 million between them.",
    "The Tavrenian Lotteries Authority (TLA) said the fault happened at 20:34 local time (19:34 GMT) on Saturday, four minutes into the draw, when balls 19 and 31 fell into the fourth slot together. The presenter, Dashiell Kitto, read out only the 19, and the draw went on.",
    "\"We saw it on the monitor a second too late. By then the machine had already let the fifth ball go,\" Kitto said in a statement issued through the broadcaster, Tavrenia One.",
    "The authority declared the draw void at 21:10, once its independent auditor, Seren Lowther of the accounting firm Bramwell Ferris, had watched the footage frame by frame. Lowther had signed the draw off at 20:41, before the slow-motion replay was ready, the TLA said.",
    "\"A draw is either clean,\" said Bronagh Merriweather, the authority's chief executive, \"or it is nothing. This one was not clean, and we will not pay out on it.\"",
    "According to the TLA, roughly 212,000 tickets had matched three or more numbers in the void draw. Those prizes will not be paid either, but every ticket bought for Saturday will stand in the redraw, which will use a spare machine.",
    "The faulty machine, one of four the authority bought in 2037, was built by Strojirny Kolar, a firm in Velky Brod in neighbouring Lovcenia. It was last serviced on Thursday by one of the company's engineers, according to the authority's maintenance log. Strojirny Kolar did not respond to a request for comment.",
    "Finance Minister Clementine Ebbesley, whose ministry oversees the lottery, wrote on X that she had asked the authority for \"a full account by Monday\". Cormac Dunstable, the opposition's finance spokesman, said the TLA had \"gambled with public trust\" by keeping machines that were already six years old when it bought them.",
    "One of the three winning tickets was bought at a newsagent in Sedgefold, a market town 40 kilometres west of the capital; the other two were bought online. None of the holders has been named.",
    "\"If you held one of those tickets last night, I know exactly how you feel,\" Merriweather said. \"But if we paid them, every winner after them could ask whether their own draw was clean.\"",
])

rep("standard-2040-11-13-pennicks-jackpot", "The Kessingport Standard", "2040-11-13",
    "‘Check it again, Dot’: the Sedgefold couple who won €2.9 million for forty minutes", [
    "For forty minutes on Saturday night Dorothea Pennick was a millionaire. The retired postwoman, 62, had matched all six numbers in the national lottery’s jackpot draw, a third share of €8.7 million, before the Tavrenian Lotteries Authority declared the draw void at ten past nine.",
    "“Elwood looked at the screen and said, ‘Check it again, Dot,’ and I checked it four times,” Mrs Pennick says at the kitchen table of the couple’s terraced house in Sedgefold. “Then the phone went, and it was my sister asking if we had seen the news.”",
    "Her husband, Elwood, 65, is less forgiving. “They sold us the ticket and they took the money. The fault was in their machine, not in our numbers,” he says.",
    "The authority yesterday withdrew all four of its draw machines, made by the Lovčenian firm Strojírny Kolář, and will hold this Saturday’s draw with a hand-turned drum. Sunday’s redraw produced no jackpot winner, so the prize rolls over to €9.4 million.",
    "Finance Minister Clementine Ebbesley told parliament on Monday that she had ordered the Office of Gaming Standards (OGS) to investigate the authority, and that its findings would be published within six weeks. The minister said she had “every confidence” in the regulator.",
    "Jolyon Greystoke, the director of the OGS, tells the Standard that his inspectors will start with the maintenance records. “A ball machine is a simple thing,” he says. “When two balls come out together, somebody either missed a warning or ignored one.”",
    "The opposition’s Cormac Dunstable asked the minister whether the authority had been told of any fault before Saturday. She replied that she did not yet know.",
    "The other two winning tickets belong to a bus driver from Kessingport, Ishaan Colebrook, 29, and to a holder who has asked the TLA not to release a name. Colebrook told the Standard he had “already phoned my landlord” on Saturday night to say he was moving out.",
    "The TLA says sales for this Saturday’s draw were 18 per cent lower on Monday than on a normal Monday. Its chief executive, Bronagh Merriweather, says the authority will write to each of the three holders this week.",
    "Mrs Pennick says she does not want the money out of spite. “I want someone to stand in front of us and say it was their fault. That would be worth something,” she says.",
])

rep("clatter-2040-11-14-robbed-three", "The Daily Clatter", "2040-11-14",
    "ROBBED OF MILLIONS? Gran’s jackpot snatched by lotto blunder", [
    "They had the winning numbers. They had the tickets. Then lotto bosses at the Tavrenian Lotteries Authority took it all away.",
    "Gran Dorothea Pennick, 62, was one of three Tavrenians who scooped the €8.7million jackpot on Saturday – until a clapped-out ball machine spat out two balls at once live on telly.",
    "Now the trio have teamed up to fight back. Their campaign, Fair Draw Now – the Robbed Three, as Clatter readers have already named them – will hand a petition to the Finance Ministry on Friday.",
    "“We are not greedy people. We are people who were told we had won and then told we hadn’t,” Dorothea told the Clatter. “Would you just shrug and go home?”",
    "Bus driver Ishaan Colebrook, 29, the second winner, said he had been “on the ceiling” for forty minutes. “My mum cried, I cried, the dog barked. Then the telly man came back on and said it didn’t count,” he said.",
    "Telly host Dashiell Kitto, who read out the numbers at 8.30pm, has not presented the show since. Pals say he is “gutted”.",
    "The Clatter can reveal that a Lovcenian engineer, Premysl Stastny, serviced the machine last Thursday. The machine’s maker, Strojirny Kolar, said in a statement that Stastny had found a worn spring and that the lotto bosses had been told about it. Lotto boss Bronagh Merriweather hit back: “Nobody at the authority was told that the machine was unsafe to use. Nobody.”",
    "Opposition MP Cormac Dunstable branded the whole affair “a national embarrassment”.",
    "More than 500 readers have already signed the Robbed Three’s petition. One furious punter told the Clatter: “I’ve played every week for twenty years. After this, never again.”",
    "Finance Minister Clementine Ebbesley will not meet the winners, a spokeswoman for the ministry said yesterday, until the Office of Gaming Standards has reported. The third winner, who has not been named, is backing the campaign, according to Colebrook.",
    "Dorothea, who worked as a postie for 31 years, says she will be in front of the ministry at ten o’clock on Friday morning with her husband Elwood, 65, and the petition. “He wanted to bring a placard,” she laughed. “I told him one of us has to look respectable.”",
    "The TLA says this Saturday’s draw will go ahead with an old hand-turned drum. The rollover jackpot stands at €9.4million – and the Robbed Three say they will not be buying a ticket.",
])

rep("lovcenskelisty-2040-11-15-kolar-spring", "Lovčenské Listy", "2040-11-15",
    "Velký Brod firm says it warned Tavrenia of worn part two days before lottery fault", [
    "DRAŽNO, 15 November – The Lovčenian maker of the lottery machine that failed during a live draw in Tavrenia on Saturday says it warned the Tavrenian operator about a worn part two days earlier, and that the warning was ignored.",
    "Bohumila Holubová, director of Strojírny Kolář, told a press conference in Velký Brod on Tuesday that the company's engineer had found a worn spring in the machine's release gate during a service on 8 November. The spring costs 340 euros, she said.",
    "Velký Brod, a town of about 14,000 people 60 kilometres north of the capital, Dražno, has built draw machines since 1994. Strojírny Kolář employs 85 people there and exports from Lovčenia to eleven countries.",
    "The engineer, Ing. Přemysl Šťastný, 41, confirmed in an interview with Lovčenské Listy that he had written the fault into his service report. \"I wrote it down, I showed it to their technician, and I said the spring should be changed before the next draw,\" Šťastný said. \"He told me, 'We will order it next month.' I do not know what happened after that.\"",
    "According to his report, which the company has published, the machine was \"fit for use with the spring under observation\". The Tavrenian Lotteries Authority (TLA) says that wording meant the machine was safe.",
    "The fault happened at 21:34 local time on Saturday (19:34 GMT), when two balls dropped into one slot. The TLA voided the draw about 30 minutes later.",
    "\"We have made these machines for forty-six years. We do not make them so that one spring can ruin a country's Saturday night,\" Holubová said. She added that the firm would offer the TLA a replacement for all four machines at cost.",
    "Industry Minister Vratislav Čermák said the ministry would support the company \"in every court, if it comes to that\". Kessingport, the Tavrenian capital, has asked Dražno for copies of the firm's export licences, the ministry confirmed on Wednesday.",
    "In Velký Brod, the story has been followed closely on Tavrenian television. \"My whole family watched the draw. We were proud of our machine until the fourth ball,\" said one assembler, who asked not to be named.",
    "Šťastný, who has serviced the Tavrenian machines four or five times a year since 2037, said he was not worried for his job. Holubová has said publicly that he did everything right.",
])

rep("kpr-2040-11-16-lottery-board-live", "Kessingport Public Radio", "2040-11-16",
    "LIVE: Lottery board meets on void draw as petition reaches ministry", [
    "LIVE: Lottery board meets on void draw as petition reaches ministry - Friday 16 November\nAll times Kessingport (GMT+1)",
    "9.02am\nThe board of the Tavrenian Lotteries Authority meets at 11am (noon in Dražno) to decide what, if anything, the three holders of last Saturday's voided jackpot tickets will be paid. Chief executive Bronagh Merriweather will speak to reporters afterwards.",
    "9.40am\nAbout 300 people have gathered outside the Finance Ministry with the Fair Draw Now petition, which now has 41,650 signatures. Dorothea Pennick, one of the three winners, handed it in at 9.31am. \"We have waited six days for someone to say sorry,\" Pennick told KPR. Her husband stood beside her holding a placard.",
    "10.15am\nIshaan Colebrook, the second winner, told KPR's Open Line programme that he had gone back to work on Monday. \"I still drive the number 14. Nobody on the bus believes me,\" he said.",
    "10.48am\nThe Office of Gaming Standards (OGS) says in an interim note that the TLA received Strojírny Kolář's service report on 9 November and filed it without reading the part about the spring. The note calls that \"a failure of process, not of one person\".",
    "12.37pm\nMerriweather announces that each of the three holders will receive a goodwill payment of €250,000, about 9 percent of what each would have won. \"It is not the jackpot, and I will not pretend it is,\" she says. \"It is what we owe them for a mistake that was ours.\"",
    "12.51pm\nAsked whether she would resign, Merriweather said the board had asked her to stay until the OGS report is published in December.",
    "1.20pm\nFair Draw Now says in a statement that the offer is \"a start, not an ending\" and that the three winners will take legal advice before accepting it.",
    "1.44pm\nCormac Dunstable writes on X that €250,000 is \"hush money with a bow on it\". The opposition's spokesman has called for Finance Minister Clementine Ebbesley to appear before parliament next week.",
    "2.05pm\nThe minister says she welcomes the payment. Ebbesley tells KPR the government will \"look hard\" at buying machines from a Tavrenian maker in future, and that tomorrow's draw will go ahead at 20:30 as planned.",
    "2.30pm\nPennick says she will talk it over with her husband tonight. \"Ask me again on Monday,\" she says.",
])
