# The seventeenth held-out cross-check corpus: 12 invented reports of the fines Pelassia's Fair Prices
# Authority imposes on three dairy processors for a milk price cartel (Dornecq, Tue 15 March 2039),
# and of what follows nine days later at the largest of them: its chief executive resigns and it sets
# up a fund to pay shoppers back in vouchers (Hollinsby, Thu 24 March 2039). Everything is invented.
# build_gold.py writes reports.jsonl and gold.json from this list.

R = []


def add(id, outlet, published, title, paras):
    R.append({
        "id": id,
        "outlet": outlet,
        "published": published,
        "title": title,
        "url": "https://" + outlet.lower().replace(" ", "") + ".invalid/" + published.replace("-", "/") + "/" + id.split("-", 4)[-1],
        "text": "\n\n".join(paras),
    })


# ---------------------------------------------------------------- E1: the fines

add("trellis-2039-03-15-milk-cartel", "Trellis News Service", "2039-03-15",
    "Pelassia fines three dairies 212 million mernets over milk price cartel", [
    "DORNECQ, Pelassia, March 15 (Trellis) – Pelassia's Fair Prices Authority on Tuesday fined three dairy processors a total of 212 million mernets for secretly fixing the wholesale price of milk, butter and cream sold to supermarkets for four years and two months.",
    "The authority announced its decision at its offices in Cardew Place at 0900 GMT. It said shoppers had paid an extra 6 cents for every litre of milk while the cartel ran, from January 2034 to March 2038.",
    "Greywold Dairies of Hollinsby, the country's largest milk processor, was fined 97 million mernets. The Pelassian arm of Orlenza Foods, which is based in Vennick, Kalvosta, was fined 81 million and Fellgate Creameries 34 million. It is the heaviest penalty the authority has handed down since it was set up in 2011.",
    "A fourth member of the cartel, the Drummick Dairy Co-operative, escaped a fine because it reported the arrangement to the authority. Investigators raided 11 offices on 17 May last year.",
    "Executives from the four companies met in a private room at the Marten Lodge hotel in Sallowfield roughly every two months to settle prices, the authority found.",
    "\"Every family that bought a carton of milk in those four years paid for this arrangement,\" the authority's chair, Thomasina Farrancourt, told reporters.",
    "Greywold chief executive Gervase Tolliver said: \"We got this badly wrong, and we will pay what we owe.\" Shares in Greywold fell 11 percent in Dornecq.",
    "Orlenza chief executive Rustam Belokan said in Vennick that the company's prices had been set by the market and that it would study the decision before deciding whether to appeal.",
])

add("hollinsbychurn-2039-03-16-greywold-fine", "Hollinsby Churn", "2039-03-16",
    "Greywold among dairies fined in milk price cartel", [
    "DORNECQ, Pelassia (Trellis) – Pelassia's Fair Prices Authority on Tuesday fined three dairy processors a total of 212 million mernets for secretly fixing the wholesale price of milk, butter and cream sold to supermarkets for four years and two months.",
    "It said shoppers had paid an extra 6 cents for every litre of milk while the cartel ran, from January 2034 to March 2038.",
    "Greywold Dairies of Hollinsby, the country's largest milk processor, was fined 97 million mernets. The Pelassian arm of Orlenza Foods, which is based in Vennick, Kalvosta, was fined 81 million and Fellgate Creameries 34 million. It is the heaviest penalty the authority has handed down since it was set up in 2011.",
    "A fourth member of the cartel, the Drummick Dairy Co-operative, escaped a fine because it reported the arrangement to the authority. Investigators raided 11 offices on 17 May last year.",
    "Executives from the four companies met in a private room at the Marten Lodge hotel in Sallowfield roughly every two months to settle prices, the authority found.",
    "\"Every family that bought a carton of milk in those four years paid for this arrangement,\" the authority's chair, Thomasina Farrancourt, told reporters.",
    "Greywold chief executive Gervase Tolliver said: \"We got this badly wrong, and we will pay what we owe.\"",
    "Greywold employs about 1,400 people at its creamery and head office in Hollinsby. A company spokesman said late on Tuesday that the fine would come out of reserves and that no local jobs were at risk.",
    "This report was supplied by Trellis News Service.",
])

add("dornecqcommonweal-2039-03-16-hotel", "Dornecq Commonweal", "2039-03-16",
    "Cosy dinners in Sallowfield, and a bill for 212 million", [
    "DORNECQ – For six years, according to the Fair Prices Authority, the people who ran the country's biggest dairies sat down together at the Marten Lodge hotel in Sallowfield and agreed what the supermarkets would pay them for milk, butter and cream.",
    "Thomasina Farrancourt, who chairs the authority, announced the penalties at 10 a.m. on Tuesday at its offices on Cardew Place: 212 million mernets in all, 97 million of it for Greywold Dairies, 81 million for the Pelassian business of Orlenza Foods and 34 million for Fellgate Creameries.",
    "There were four members of the cartel, but only three were fined. The Drummick Dairy Co-operative, which owned up early in 2038, is spared in return for its evidence.",
    "By the authority's reckoning the arrangement put 8 cents on every litre of milk sold in Pelassia, and households paid 340 million mernets more than they should have.",
    "The authority's file runs to 1,900 pages. Much of it, according to Cassius Strall, its director of enforcement, is made up of handwritten notes kept by a Drummick manager who sat through every meeting.",
    "\"We got it badly wrong. We will pay what we owe, every mernet of it,\" said Gervase Tolliver, Greywold's chief executive. Greywold shares closed at 4.12 mernets, down 0.51.",
    "Jocasta Crake, director of the Pelassian Shoppers' Association, put it more plainly: \"Shoppers were robbed at the till, one carton at a time.\"",
])

add("whistle-2039-03-16-milk-mob", "The Whistle", "2039-03-16",
    "MILK MOB'S 221 MILLION BILL", [
    "Greedy dairy bosses who rigged the price of the nation's milk have been hit with a record 221 million mernet fine by the prices watchdog.",
    "The fat cats behind Greywold, Orlenza and Fellgate held hush-hush get-togethers at a swanky hotel in Sallowfield for more than four years – and even had a pet name for them: \"the milk round\".",
    "The Fair Prices Authority said yesterday that families forked out an extra 6 cents on every litre.",
    "Watchdog chief Thomasina Farrancourt blasted: \"Every family that bought a carton of milk in those four years paid for this arrangement.\"",
    "Investigators swooped on the firms' offices on June 17 last year after a tip-off from a rival, the Drummick Dairy Co-operative, which walks away without a penny to pay.",
    "\"Shoppers were being robbed at the checkout one carton at a time,\" said Jocasta Crake of the Pelassian Shoppers' Association.",
])

add("pasture-2039-03-18-farm-gate", "The Pasture", "2039-03-18",
    "Cartel fines: farmers ask where their share went", [
    "The dairy processors fined by the Fair Prices Authority on Monday kept a tight grip on what farmers were paid as well as on what shoppers paid, the Pelassian Dairy Farmers' Union said this week.",
    "The authority found that Greywold Dairies, Orlenza Foods and Fellgate Creameries fixed wholesale prices for 50 months, from January 2034 to March 2038, adding 6 cents to a litre of milk on the shelf. It fined them 212 million mernets between them, nearly 100 million of it to Greywold.",
    "Union president Idwal Sturrock said the farm-gate price had hardly moved over the same period. \"The cartel kept the shelf price up and our price down. Somebody pocketed the difference, and it wasn't us,\" he said.",
    "Investigators searched nine offices in Pelassia and two in Kalvosta on Monday, May 17, 2038, acting on evidence handed over by the Drummick co-op, which is spared a fine.",
    "\"Every family that bought a carton of milk in those four years paid for this arrangement,\" Cassius Strall, the authority's director of enforcement, told the Pasture.",
    "The union intends to ask the authority next month to look at the contracts processors sign with farmers as well.",
])

add("vennickledgerbook-2039-03-15-orlenza", "Vennick Ledgerbook", "2039-03-15",
    "Orlenza fined in Pelassia over milk prices, weighs appeal", [
    "VENNICK – Orlenza Foods said on Tuesday it was studying a ruling by Pelassia's competition regulator that fines its Pelassian subsidiary 81 million mernets for taking part in a milk price cartel.",
    "The Fair Prices Authority announced penalties totalling 212 million mernets on three dairy groups at 2 p.m. Vennick time. It said executives had met at Orlenza's head office in Vennick to fix the wholesale price of milk, butter and cream sold to Pelassian supermarkets.",
    "\"Our prices were set by the market, not in a back room,\" Rustam Belokan, Orlenza's chief executive, told the Ledgerbook.",
    "Pelassia accounts for about 18 percent of Orlenza's group sales. The company's shares closed 4 percent lower in Vennick.",
    "The largest fine, 97 million mernets, went to Greywold Dairies, Orlenza's main rival in the Pelassian market.",
])

# ---------------------------------------------------------------- E2: the resignation and the fund

add("trellis-2039-03-24-greywold-fund", "Trellis News Service", "2039-03-24",
    "Greywold chief quits, dairy sets up 45 million mernet fund for shoppers", [
    "HOLLINSBY, Pelassia, March 24 (Trellis) – Gervase Tolliver resigned as chief executive of Greywold Dairies on Thursday and the company set up a 45 million mernet fund to pay back shoppers, nine days after Pelassia's Fair Prices Authority fined it 97 million mernets for its part in a milk price cartel.",
    "Tolliver, who has run Greywold for nine years, announced his departure at 1330 GMT at the company's headquarters on Tanner Row in Hollinsby. The finance director, Casimira Oakenfold, becomes interim chief executive.",
    "\"I ran this company while it happened, and I will not run it while it puts things right,\" he said.",
    "The fund will send a voucher worth 20 mernets to each of 2.25 million households from April 4. The vouchers can be spent in any supermarket and are valid for a year.",
    "Greywold will also cut the price of its own-brand litre of milk by 4 cents until the end of the year and pay for an independent review of its pricing, led by a retired judge.",
    "Orlenza Foods lodged an appeal against its 81 million mernet fine at the Competition Appeal Court in Dornecq on Monday. Its chief executive, Rustam Belokan, said the company had done nothing in Pelassia that it would be ashamed to do at home.",
    "Consumer Affairs Minister Corisande Quenneville welcomed the fund but said shoppers should not have to rely on a company's conscience to get their money back, and that the government would bring in a law allowing them to sue as a group.",
    "\"A voucher is not an apology, but it is a start,\" said Jocasta Crake of the Pelassian Shoppers' Association.",
    "Greywold shares rose 6 percent in Dornecq.",
])

add("tollbridgewyvern-2039-03-25-tolliver", "Tollbridge Wyvern", "2039-03-25",
    "Greywold chief steps down as dairy offers shoppers 20-mernet vouchers", [
    "Greywold Dairies' chief executive, Gervase Tolliver, stepped down on Thursday, and the company, which runs the bottling plant on Tollbridge's Quay Road, promised 45 million mernets to shoppers who overpaid for milk while it was part of a price cartel.",
    "Mr Tolliver, in charge for nine years, spoke at 2.30 p.m. at Greywold's headquarters in Hollinsby. He had run the company while the cartel operated, he said, and would not be the one to run it while it made amends. Casimira Oakenfold, the finance director, takes over for now.",
    "Each of 2.25 million households will receive a 20-mernet voucher from Monday, April 4, to be spent in any supermarket within a year. Greywold is also taking 4 cents off its own-brand litre until the end of the year and has asked a retired judge to review how it sets prices.",
    "Orlenza Foods, fined 81 million mernets, went to the Competition Appeal Court in Dornecq on Monday to challenge its penalty.",
    "\"A voucher is not an apology, but it is a start,\" Jocasta Crake of the Pelassian Shoppers' Association said.",
    "About 380 people work at the Quay Road plant, which Greywold bought in 2029. Mr Tolliver began his career there as a trainee dairy chemist, and workers leaving the late shift on Thursday said the news had taken them by surprise.",
    "With reporting by Trellis News Service.",
])

add("dunnockradio-2039-03-24-live", "Dunnock Radio", "2039-03-24",
    "Live: Greywold's chief executive resigns", [
    "13:55 – We're outside Greywold's headquarters on Tanner Row in Hollinsby, where the company has called a news conference for half past two.",
    "14:32 – Gervase Tolliver is at the lectern. He is resigning, with immediate effect, after nine years as chief executive.",
    "14:36 – Tolliver: \"I ran this company while this happened. I won't be the one running it while it puts things right.\"",
    "14:41 – Greywold is setting up a fund of 54 million mernets to compensate shoppers, with a voucher of 25 mernets per household. Around two million households are expected to get one.",
    "14:50 – The vouchers will be valid for 12 months and can be used in any supermarket. Greywold's own-brand milk drops to 1.15 mernets a litre.",
    "15:05 – Greywold's press office now puts the number of households at 2.25 million.",
    "15:20 – The finance director, Casimira Oakenfold, takes over as interim chief executive and says the company will \"earn back every shopper's trust\". Outside, a few dozen dairy farmers have parked their tractors along Tanner Row.",
    "16:10 – Tolliver has left the building, applauded by staff lining the stairs.",
])

add("vennickledgerbook-2039-03-24-appeal", "Vennick Ledgerbook", "2039-03-24",
    "Orlenza presses appeal as Pelassian rival's chief quits", [
    "VENNICK – Orlenza Foods, which lodged an appeal on Tuesday against an 81 million mernet fine in Pelassia, said it would not follow its rival Greywold Dairies in compensating shoppers, after Greywold's chief executive resigned on Thursday.",
    "Gervase Tolliver, Greywold's chief executive since 2030, announced his resignation at 5:30 p.m. Vennick time at a news conference in Dornecq, the Pelassian capital. Greywold is putting 45 million mernets into vouchers of 20 mernets that households can spend in supermarkets over 12 months.",
    "\"We did nothing in Pelassia that we would be ashamed to do in Vennick,\" Orlenza chief executive Rustam Belokan said. \"The court will see that.\"",
    "Pelassia's consumer minister, Corisande Quenneville, said the government would let shoppers bring group claims.",
    "Orlenza shares rose 2 percent in Vennick on Thursday.",
])

add("shelfwatch-2039-03-25-vouchers", "Shelfwatch", "2039-03-25",
    "Greywold vouchers: who gets one, and when", [
    "If you live in Pelassia, a 20-mernet voucher from Greywold Dairies should land on your doormat from 4 April. Here is what we know so far.",
    "Greywold announced its 45 million mernet fund at 3.30 p.m. on Thursday at its Hollinsby headquarters, where its chief executive, Gervase Tolliver, also resigned. Casimira Oakenfold, the finance director, is in charge until a successor is found.",
    "Vouchers will go to 2.25 million households and are valid for six months in any supermarket. If yours has not turned up by 30 April, you can claim one on Greywold's website.",
    "\"A voucher is not an apology, but it is a start,\" Jocasta Crake of the Pelassian Shoppers' Association told Shelfwatch.",
    "The Consumer Affairs Minister, Corisande Quenneville, said: \"Shoppers should not have to wait for a company to find its conscience before they get their money back.\" She has promised a law on group claims.",
    "Greywold is also knocking 4 cents off its own-brand litre of milk. Orlenza Foods lodged its appeal on 21 March and is offering shoppers nothing. Fellgate Creameries told Shelfwatch on Wednesday that it would pay its 34 million mernet fine and would not appeal.",
    "Correction: We first reported that the fund was worth 35 million mernets. The right figure is 45 million.",
])

add("larder-2039-03-28-vouchers", "Larder", "2039-03-28",
    "Twenty mernets for four years of fixed milk", [
    "Two weeks ago the Fair Prices Authority told us what many of us suspected: the people who sell us our milk had been meeting in a hotel to decide what we would pay for it. On Thursday Greywold's chief executive fell on his sword, and the company put a price on its embarrassment: a fund of 45 million mernets.",
    "The first vouchers land on doormats on Friday. They are worth 20 mernets each. Do the sums: at 6 cents a litre, a household that got through a litre a day for four years overpaid by nearly 90 mernets.",
    "\"A voucher is not an apology, but it is a start,\" said the consumer affairs minister, Corisande Quenneville. She may want to keep the line handy for when Orlenza's lawyers have their day in court.",
    "Greywold paid Gervase Tolliver a bonus of 1.2 million mernets last year, according to its annual report. Nobody has yet said whether he gets to keep it.",
    "The law on group claims the minister has promised would let shoppers go after all three companies at once. It cannot come soon enough.",
])
