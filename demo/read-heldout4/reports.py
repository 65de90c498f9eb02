"""The invented reports of demo/read-heldout4 (source of reports.jsonl). Everything here is invented."""

R = []


def rep(id, outlet, published, title, paras):
    R.append({"id": id, "outlet": outlet, "published": published, "title": title,
              "url": f"https://news.example.invalid/{id}", "text": "\n\n".join(paras)})


rep("ana-2028-05-09-haverlund-strike", "Astrabel News Agency", "2028-05-09",
    "Strike grounds flights at Tarvenia's Haverlund Airport", [
    "LIDMORA, May 9 (ANA) – Ground and security staff at Haverlund Airport walked off the job on Monday, grounding more than 300 flights at Tarvenia's busiest airport and leaving queues some 250 metres long outside locked terminals, the Tarvenian Airports Corporation (TAC) said on Tuesday.",
    "The walkout began at 04:00 UTC+2 (02:00 GMT) on Monday, when the night shift refused to open the security lanes, and the first departure, due at 6.20 a.m., never left the gate, TAC chief executive Annika Tross told reporters. About 41,000 passengers had been booked to fly that day.",
    "\"We are asking passengers not to come to the airport unless their airline has confirmed their flight,\" Tross said. \"I cannot promise anyone a normal day before Thursday.\"",
    "The Ground and Security Workers' Union (GSWU), which represents about 2,300 workers at the airport, wants a 14 percent pay rise over two years. Its general secretary, Eskil Ødegård, said the 48-hour strike would be extended \"day by day, if we have to\" unless the corporation made a new offer by Wednesday.",
    "Transport Minister Inga Perlmann said that she would not order staff back to work. \"The right to strike is not mine to take away,\" she said, \"but neither is anyone's holiday.\" The minister stated that she had asked both sides to meet a mediator by the end of the week.",
    "Lidmora had ignored the airport's staff for years, union leaders said. In neighbouring Kelmaria, Foreign Minister Yevgeny Sokolan wrote in a post on Bluesky that about 1,800 Kelmarian citizens were stuck at Haverlund and that Belozhar expected Lidmora \"to treat them as its own guests\".",
    "One security screener, who asked not to be named, said most of her colleagues earned under €1,900 a month, less than a bus driver. \"We check every bag that goes on every plane,\" she said. \"Nobody checks our pay.\"",
    "The airport handled 11.2 million passengers last year.",
])

rep("haverlundcourier-2028-05-10-terminal-families", "The Haverlund Courier", "2028-05-10",
    "‘The planes are asleep’: stranded families camp in Haverlund terminal", [
    "HAVERLUND – Dagny Fehr had planned to be in Belozhar on Monday for her father’s eightieth birthday. Instead she has spent the last 36 hours in Terminal 1 with her daughter Ilka and a blanket lent to them by a cleaner.",
    "“Around midnight Ilka looked up at the board and said, ‘Mama, the planes can’t fly because they’re asleep,’ and I didn’t have the heart to tell her otherwise,” she said yesterday. “We have lived on sandwiches for a day and a half.”",
    "Mayor Aksel Brandvold said that the town had opened its sports hall to about 400 stranded travellers on Monday night and would keep it open “as long as the airport stays shut”.",
    "The strike, which the GSWU extended late on Tuesday until Sunday, has emptied the car parks and the taxi rank. Officers had been called to the terminal twice since Monday, both times to calm passengers arguing over phone chargers, Haverlund police said.",
    "Marisol Korsakin, who runs a coffee stall by the departure gates, said she had sold nothing since Monday morning. “My staff are in the union, my customers are stuck, and I am in the middle,” she said.",
    "Sanna Brandvold, the union’s chief negotiator at the airport and the mayor’s niece, wrote in a post on Instagram that the corporation had “not moved a single euro” since March. Its offer of 6 percent was “a pay cut with a ribbon on it”, she wrote.",
    "Talks between the two sides are due to resume tonight at a hotel in Lidmora, the corporation said. Its spokesman would not say how many of its 3,100 employees had joined the strike.",
    "For Dagny Fehr, the question is simpler. “I just want to take my daughter to see her grandfather,” she said.",
])

rep("belozharherald-2028-05-11-rescue-flights", "The Belozhar Herald", "2028-05-11",
    "Kelmaria gives Tarvenia until Friday to let rescue flights land", [
    "BELOZHAR – Kelmaria demanded on Wednesday that Tarvenia let its national airline, Kelmair, land empty aircraft at Haverlund and fly stranded Kelmarians home by Friday, two days after the strike at Tarvenia's main airport began.",
    "\"Our people have been sleeping on airport floors since Monday. That is not a labour dispute any more, it is a consular emergency,\" Foreign Minister Evgeni Sokolan said at a press conference. \"If Lidmora cannot run its airport, it can at least open its runway to us.\"",
    "By Wednesday evening, 1,850 Kelmarian citizens had registered with the embassy in Lidmora, among them 212 children and at least 30 people who need daily medication, the foreign ministry said.",
    "Sokolan said he had telephoned Tarvenia's prime minister, Vilhelm Korrel, twice but had been told to wait for the mediator. He noted that Kelmair had four aircraft with 600 seats ready at Belozhar airport and could have the first on the ground in Haverlund, 640 kilometres away, within an hour and a half of a green light.",
    "Tarvenia's transport minister, Inga Perlmann, said on Wednesday evening that the runway was open but that the problem was \"people, not tarmac\". Leontina Dravik, Kelmaria's ambassador in Lidmora, called that \"a convenient answer\". \"There are soldiers in both our countries who can carry a suitcase,\" she said.",
    "Kelmair spokesman Grigor Ruslov said the airline had cancelled 46 flights to and from Haverlund since the strike began and was losing about €350,000 a day. Refunds would be paid within 14 days, he said.",
    "The GSWU said on Wednesday that the strike would go on until Sunday unless the Tarvenian Airports Corporation improved its offer of 6 percent.",
])

rep("harbourline-2028-05-12-strike-cost", "Harbourline Business Daily", "2028-05-12",
    "Haverlund strike costs Tarvenia up to €30 million a day, consultancy says", [
    "The strike at Haverlund Airport, now in its fifth day, is costing the Tarvenian economy between €25 million and €30 million a day, according to Quillon Partners, an aviation consultancy. The airport handled a record 1.1 million passengers last month.",
    "“Every day the planes stay on the ground, tourists rebook somewhere else, and a lot of them will not come back at all,” said Bettina Caldmoor, the firm’s head of research. “Airports are easy to close and slow to refill.”",
    "The Tarvenian Hotel Association said that bookings for June had fallen by 18 percent in the past seven days and that hotels in Lidmora were about 65 percent full, against more than 90 percent in May last year.",
    "Lidmora, the Tarvenian capital, has so far refused to order the strikers back. Transport Minister Inga Perlmann is relying instead on a mediator, the retired judge Aurelia Stenmark, who meets both sides today. Perlmann wrote in a post on Instagram that the talks would be “long, and they should be”.",
    "Union leader Eskil Odegard told the Daily that his members had already given up more than €4 million in wages and would not “go back for a thank-you card”. According to Odegard, the corporation’s last offer – 6 percent over two years, with a one-off payment of €800 – was “an insult dressed up as a bonus”.",
    "Annika Tross, the corporation’s chief executive, said the airport could restart about 70 percent of its flights within six hours of a deal and the full schedule within two and a half days.",
    "Belozhar, meanwhile, has threatened to bill Tarvenia for the cost of flying its citizens home, Kelmarian officials said.",
])

rep("tpr-2028-05-16-strike-suspended", "Tarvenian Public Radio", "2028-05-16",
    "Haverlund strike suspended after overnight deal; members to vote on Thursday", [
    "The strike at Haverlund Airport was suspended at 04:00 GMT yesterday, 6 a.m. in Haverlund, after the Ground and Security Workers' Union and the airport's operator reached a deal in talks that ran through Sunday night, the mediator, Aurelia Stenmark, announced.",
    "Under the deal, staff will get a 9.5 percent rise spread over two years and a one-off payment of €1,200. Sanna Brandvold, the union's chief negotiator, said the agreement was \"not everything, but it is real money\".",
    "Members will vote on the deal on Thursday, and the operator expects the full flight schedule to return two days after the vote. Until then about 80 percent of flights are operating, TAC said.",
    "\"When I was appointed, neither side would move a centimetre,\" Stenmark told TPR. \"They have both moved a long way.\"",
    "The agreement, a copy of which TPR has seen, says that no striker will be disciplined. Transport Minister Inga Perlmann, who was criticised last week for refusing to intervene, said she would ask parliament by Friday to set up an independent pay board for airport staff.",
    "Passengers whose flights were cancelled between May 8 and May 14 can claim up to €250 each from the operator, according to the Civil Aviation Office (CAO). Airlines must file their revised timetables with the CAO by Wednesday, it said.",
    "The strike was the first at Haverlund since 2019. A one-day walkout by baggage handlers called for earlier this month was cancelled at the last minute.",
    "Eskil Ødegård said the ballot would close at noon on Thursday, May 18, 2028. He will answer listeners' questions on TPR tonight.",
])
