"""The invented reports of demo/read-heldout3 (source of reports.jsonl). Everything here is invented."""

R = []


def rep(id, outlet, published, title, paras):
    R.append({"id": id, "outlet": outlet, "published": published, "title": title,
              "url": f"https://news.example.invalid/{id}", "text": "\n\n".join(paras)})


rep("pws-2027-10-12-corlan-bridge-shut", "Peregrine Wire Service", "2027-10-12",
    "Galvoria shuts Corlan Bridge to Mirelia after crack found in pier", [
    "ULMSTED, Galvoria, October 12 (PWS) – Galvoria closed the Corlan Bridge over the river Aumer to all traffic on Monday after inspectors found a crack in one of its concrete piers, cutting the busiest road link between Galvoria and Mirelia, the Galvorian Highways Authority (GHA) said on Tuesday.",
    "The crack, about 40 centimetres long, was spotted during a routine inspection at 6.15 a.m., and the bridge was shut at 09:00 UTC+2 (07:00 GMT), GHA chief engineer Joost Lanz told reporters. Nearly 9,000 vehicles, including some 2,500 lorries, cross it on an ordinary weekday.",
    "\"We do not close a bridge that carries nine thousand vehicles a day lightly,\" Lanz said. \"But I would rather explain a detour than a collapse. The river is not going anywhere, and neither are we.\"",
    "Transport Minister Agnes Sandqvist, who drove to Ulmsted from Sternholt on Monday afternoon, said that the bridge would stay closed \"for at least three weeks\" while engineers drilled samples from the pier. The minister stated that a full assessment would be published by Friday.",
    "Drivers are being sent on a 140-kilometre detour through the Harlen crossing, which adds two to three hours to a journey, according to the GHA.",
    "Mirelia's infrastructure minister, Ondřej Halaš, wrote in a post on Telegram that Tabrek had learned of the closure \"from the radio, like everyone else\". He said he would call Sandqvist on Wednesday.",
    "One lorry driver, who did not want to be named, had waited at the barrier since dawn. \"Nobody told us anything. We just saw the police cars,\" he said.",
    "Lanz said the last full inspection, in April 2025, had found no defects. The bridge, opened in 1968, was due for renovation in 2029, he added.",
])

rep("ulmstedlamp-2027-10-13-bridge-street", "The Ulmsted Lamp", "2027-10-13",
    "‘They’ve shut the bridge’: Bridge Street counts the cost", [
    "Wilma Aldeman has baked bread on Bridge Street in Ulmsted for 31 years, and on Monday, for the first time, nobody came over from the other side of the river.",
    "“My son Jannik came back with the van and said, ‘Mum, they’ve shut the bridge, nobody’s coming,’ and I told him not to be silly,” she said yesterday. “By lunchtime I had sold 40 loaves.” Her son, Jannik Aldeman, drives the bakery’s deliveries to Dvorany, across the Aumer in Mirelia.",
    "Mayor Henrike Kettering said that the council would ask Sternholt for emergency help for shops that had lost “40 percent of their trade in a day and a half”.",
    "Bruno Kettering, who chairs the Aumer Valley Hauliers’ Association (AVHA) and is no relation of the mayor, said his members were losing about €60,000 a day. “Every lorry that goes round by Harlen burns another 90 litres of diesel,” he said.",
    "The mayor wrote in a post on Facebook that the closure was “a wound in the middle of the town” and that she had asked the GHA to let people cross on foot by Saturday.",
    "A GHA spokeswoman, Britta Soll, said walkers and cyclists might be allowed back once the pier had been sampled, but not before Monday. Each of the 24 samples takes half an hour to drill, she said.",
    "Two drivers who tried to lift the barrier on the Galvorian side late on Monday night were fined 500 euros each and had their lorries towed away, Ulmsted police said.",
    "Pupils from Dvorany at Ulmsted’s secondary school now go round by Harlen on a free bus, a trip of 70 minutes each way, the school said.",
    "For Wilma Aldeman, the worst part is not knowing. “We were here before the bridge and we will be here after it,” she said. “I would just like someone to tell me when.”",
])

rep("tabrekcompass-2027-10-15-ferry-demand", "The Tabrek Compass", "2027-10-15",
    "Mirelia demands ferry as Corlan Bridge stays shut", [
    "TABREK – Mirelia demanded on Thursday that Galvoria pay for a temporary ferry across the Aumer, three days after the Corlan Bridge was closed, and warned that it would take the dispute to the Aumer River Commission (ARC) if Sternholt refused.",
    "\"Tabrek will not wait for a report to tell us what we already know,\" Infrastructure Minister Ondrej Halas said at a press conference. \"Our people are cut off from their jobs, their doctors and their families.\"",
    "Halas said that about 3,000 people from Dvořany and nearby villages crossed the bridge to work in Ulmsted every day. He noted that the only other crossing, at Harlen, meant \"a two-hour drive for a twenty-minute trip\".",
    "According to the Ministry of Infrastructure, a ferry could carry 400 passengers an hour and be running within ten days of an agreement. The two ministers met in Sternholt earlier this month to sign a river-shipping accord.",
    "Galvoria's transport minister, Agnes Sandqvist, said on Wednesday that her government was \"looking at every option, including a ferry\". Zdeňka Poláková, the mayor of Dvořany, was not impressed. \"Every option is a fine phrase when you live on the other bank,\" she said. \"We have old people here who have not seen their children since Monday.\"",
    "The town's only pharmacy ran out of insulin on Wednesday because its deliveries come from a wholesaler in Galvoria, Poláková said.",
    "According to the Mirelian Road Hauliers' Union (MRHU), between 250 and 300 Mirelian lorries a day are now queuing at Harlen, where waits of up to six hours were reported yesterday. The union said its members would block the Harlen crossing for two hours on Monday if no ferry was agreed.",
    "A Galvorian official, speaking on condition of anonymity, told the Compass that a ferry was \"possible but not cheap\".",
    "The ARC, set up by the two countries in 1994 to manage the river, meets next on November 3.",
])

rep("sternholtalmanac-2027-10-19-reopening", "The Sternholt Almanac", "2027-10-19",
    "Corlan Bridge to reopen to cars on November 1, lorries not before March", [
    "STERNHOLT – The Corlan Bridge will stay shut to all traffic until the end of the month and reopen to cars and buses on November 1, Transport Minister Agnes Sandqvist announced yesterday. Lorries will not be allowed back before March, she said.",
    "The decision follows an assessment by Verholt Engineering, published on Friday, which found that the crack in the bridge’s third pier had grown to 46 centimetres but that the steel inside it was sound. According to the assessment, the repair will cost €4.8 million and take up to ten weeks.",
    "“The bridge is not falling down. It is tired, and tired things can be mended,” Dr Matthis Rieke, who led the assessment, told the Almanac.",
    "Sandqvist, who visited Ulmsted last week, has been criticised for the pace of the response. “We will not gamble with people’s lives,” she said on Monday, “and we will not leave a town cut off one day longer than we must.”",
    "Sternholt has also agreed to pay for a ferry between Ulmsted and Dvořany, which officials of both countries first discussed the day after the closure. According to Ondřej Halaš, Mirelia’s infrastructure minister, it will be running by Friday. Tabrek welcomed the ferry but said it was “no substitute for a bridge”.",
    "The Aumer Valley Hauliers’ Association said its members had lost more than €1 million since the closure. “Eight days is a long time in our business,” said Bruno Kettering, the AVHA chairman. “Five months is a lifetime.”",
    "The repair money will come from an emergency fund and not from the GHA’s own budget, which was cut by 12 percent earlier this month, the ministry said. Joost Lanz, the GHA’s chief engineer, said that 60 workers would be on the site by Wednesday.",
])
