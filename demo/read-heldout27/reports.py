"""The invented reports of demo/read-heldout27 (source of reports.jsonl). Everything here is invented."""

R = []


def rep(id, outlet, published, title, paras):
    R.append({"id": id, "outlet": outlet, "published": published, "title": title,
              "url": f"https://news.example.invalid/{id}", "text": "\n\n".join(paras)})


rep("kestrow-2048-03-09-watchdog-investigates-brindlecart", "Kestrow Wire", "2048-03-09",
    "Dovrenian watchdog investigates Brindlecart over cancelled bargain orders", [
    "KORENOPOL, Dovrenia, March 9 (Kestrow Wire) - Dovrenia's consumer watchdog opened an investigation on Monday into Brindlecart, the Carrowdeen online retailer that cancelled more than 38,000 orders placed during a pricing error at the weekend, and said the company might have to deliver the goods at the prices customers paid.",
    "The Office for Consumer Fairness (OCF) said in a statement that 1,912 complaints had reached it by midday and that it \"does not accept that a seller's own mistake cancels a contract the buyer has already paid for\". Its director, Kvido Bazant, told reporters the company had until noon on Friday to explain itself.",
    "For six hours and 50 minutes early on Saturday, Brindlecart's Dovrenian website sold almost everything for loose change. The fault began at 00:25 local time (23:25 GMT on Friday), when an update released from the company's headquarters in Mistlebury, where it was 07:25 on Saturday morning, read prices stored in cents as prices in euros. A 799-euro television was listed at 7.99 euros.",
    "By the time engineers restored the correct prices at 07:15, shoppers had placed 41,260 orders, the company said. Goods normally worth about 6.3 million euros had been sold for roughly 63,000 euros.",
    "\"We got this badly wrong, and I am sorry that so many people had their hopes raised,\" Prudence Tollemache, Brindlecart's chief executive, said in a video message on Sunday. \"But nobody seriously believes a washing machine costs four euros.\"",
    "Tollemache said customers who had received one of the 2,870 parcels already sent from the company's warehouse at Hrustenice, about 40 km east of the capital, would be asked to return them, and that every other order had been cancelled and refunded. Each customer would also get a 20-euro voucher, she said.",
    "Industry and Trade Minister Jaroslava Penkavova said Dovrenian law was \"perfectly clear\" that a sale was binding once payment had been taken. \"If a corner shop in Korenopol tried this, we would shut it by lunchtime,\" she said. \"A big company from the other side of the world gets no special treatment.\"",
    "According to the OCF, the company faces a fine of up to 4 percent of its Dovrenian turnover if it is found to have broken the law. A Brindlecart spokeswoman said the company was cooperating fully.",
    "Brindlecart, founded in 2031 by Cyprian Tollemache, the chief executive's father, sells in nine countries and opened its Dovrenian site in September 2046. Its shares closed 4.2 percent lower in Mistlebury on Monday, hours before the watchdog's announcement.",
])

rep("ranni-zvon-2048-03-10-student-bargain-revolt", "Ranní Zvon (English edition)", "2048-03-10",
    "A student, a 65-inch bargain and a revolt against Brindlecart", [
    "KOŘENOPOL, 10 March – Tadeáš Mráček was still awake at half past one on Saturday morning when a friend sent him a link to a 65-inch television priced at 8.49 euros. By three o'clock he had bought it, along with a rowing machine, a coffee grinder and eleven other things, for a total of 41.60 euros.",
    "\"At first I thought somebody had hacked the shop. Then I thought: why ask questions?\" the 19-year-old law student said yesterday in his parents' kitchen on the north side of the city. \"I messaged my friends, 'Don't think, just open the app,' and went back to the televisions.\"",
    "Late on Sunday, at 21:40, he and tens of thousands of other shoppers received an email from Brindlecart saying their orders had been cancelled. The company's email said the prices had been \"an obvious technical error on which no contract could reasonably be based\".",
    "Mráček is not giving up. He is one of 1,460 customers who have joined a group complaint organised since Sunday night by the Kořenopol lawyer Vendula Šoupalová. \"A price is a promise,\" Šoupalová said. \"Brindlecart took the money, sent confirmations and, in more than 2,800 cases, sent the goods. You cannot un-sell something because you are embarrassed.\"",
    "Kvido Bažant, the director of the Office for Consumer Fairness, said the watchdog would decide \"within weeks, not months\" whether Brindlecart had broken the law. \"We have read the confirmation emails, and not one of them mentions an error,\" he said, \"so the company will have to explain why its customers should have guessed.\"",
    "The office has given the retailer until 12:00 on Friday to answer 17 written questions. Brindlecart's Dovrenian turnover last year was 212 million euros, according to the company's own filings.",
    "Minister Jaroslava Pěnkavová has gone further. Kořenopol has asked Mistlebury to remind the company of its obligations, her ministry said late on Monday in a statement, adding that Carrowdeen's ambassador had been invited for \"a frank conversation\" on Thursday. Pěnkavová herself wrote in a terse post on X that she had never bought anything from the site and did not intend to start.",
    "At the Brindlecart warehouse in Hruštěnice, a night-shift supervisor, who would not be identified, said two lorries carrying the 2,870 parcels had left before 06:00 on Saturday, as they do every day, because \"the system said everything was paid for\".",
    "Mráček says he will wait. \"If they send it, the television goes to my grandmother. She has watched the news on a screen the size of a book since 1998,\" he said.",
])

rep("natter-2048-03-11-shop-not-a-charity", "The Morning Natter", "2048-03-11",
    "WE'RE A SHOP, NOT A CHARITY: Blundercart founder hits back at Telly Tad", [
    "The billionaire who founded Blundercart last night hit back at bargain-hunters in far-off Dovrenia, insisting the tellies they snapped up for pocket change were never theirs.",
    "Cyprian Tollemache, 71, who started Brindlecart in his garage in 2031, told the Natter: \"We're a shop, not a charity. If the sign in the window says one euro for a sofa, you don't get the sofa. Everyone knows that.\"",
    "The grandad-of-four revealed that daughter Prudence - the firm's chief executive since 2044 - rang him at lunchtime on SATURDAY in a blind panic. \"She said, 'Dad, we've just sold the whole Dovrenian shop for the price of a sandwich,'\" he said. \"I told her to switch it off and put the kettle on.\"",
    "But Dovrenian student Tadeas Mracek - dubbed Telly Tad after bagging a whopping 65-inch screen for 8.49 euros - is having none of it. The 19-year-old wrote on X on Monday night that he would \"see them in court\" unless the telly turned up. His post has been shared more than 60,000 times.",
    "Insiders say the whole fiasco was caused by a single line of code. Dovrenian shoppers placed more than 41,000 orders in under seven hours, and bosses in Mistlebury only pulled the plug after screenshots of 7-euro fridges went viral on X. By then two lorries stuffed with 2,870 parcels had already rumbled out of the firm's giant warehouse at Hrustenice.",
    "Over in Korenopol, trade minister Jaroslava Penkavova has accused the firm of \"treating Dovrenians like children\". Lawyer Vendula Soupalova, who is leading a group complaint by 1,460 furious shoppers, said the firm's 20-euro vouchers were \"an insult with a barcode on it\".",
    "Our own Trade Minister Wystan Garrowby said the row was a matter for the company and the courts, not for governments. But he added: \"Korenopol has made its point. I'd gently remind them that Brindlecart employs 600 of their people.\"",
    "Prudence Tollemache, 44, has kept her head down since her video apology on Sunday. A spokeswoman said she would \"say more on Friday\", when the Dovrenian watchdog's deadline runs out.",
    "Tollemache, who still owns 38 percent of the firm he founded, added that he had not lost a wink of sleep over the affair.",
    "And his message to Telly Tad? \"Enjoy the voucher, son.\"",
])

rep("scarrow-2048-03-13-brindlecart-deadline-live", "Scarrow Radio", "2048-03-13",
    "LIVE: Brindlecart answers the Dovrenian watchdog", [
    "LIVE: Brindlecart answers the Dovrenian watchdog - Friday 13 March\nAll times Mistlebury time (GMT+8)",
    "17:45\nGood evening. Brindlecart has until 19:00 today - noon in Korenopol, 11:00 GMT - to answer the Office for Consumer Fairness, and the company says it will publish its reply at the same moment. Our Saffron Wickens is outside the OCF in Korenopol.",
    "18:10\nPellow Capital analyst Ferdy Oakhurst tells us a full climbdown could cost Brindlecart between 5 and 6 million euros, roughly 9 percent of last year's profit. \"The money is survivable. The headlines are the expensive part,\" he says.",
    "18:32\nWickens says about 40 people have gathered in the drizzle, some holding cardboard televisions. \"It's cold, it's raining and they are in remarkably good spirits,\" she says.",
    "18:50\nCyprian Tollemache, the founder, has been at the company's Mistlebury headquarters since 15:00, according to staff there.",
    "19:02\nBrindlecart says it will deliver every cancelled order whose real price was below 150 euros at the price the customer paid, and that the 2,870 parcels already sent can be kept. For anything dearer, customers will be offered the item at 40 percent off. \"We have listened, and we have changed our minds,\" the company's reply says.",
    "19:09\nPrudence Tollemache is on a video link now. \"I said on Sunday that nobody believes a washing machine costs four euros. I was right about the washing machine and wrong about the people,\" the chief executive said. \"They trusted our site, and that should matter more than our pride.\"",
    "19:15\nShe says the error came from a currency setting changed during maintenance, and that the engineer responsible will not be disciplined.",
    "19:24\nSaffron Wickens in Korenopol, where it is 12:24: \"A cheer went up when the news came through on people's phones. One man is waving his receipt over his head.\"",
    "19:40\nThe OCF says it welcomes the reply but that its investigation goes on. Kvido Bazant, its director, wrote on X that the watchdog would \"look closely at the small print\" before deciding on any fine.",
    "19:58\nDovrenia's trade minister, Jaroslava Penkavova, is less forgiving. \"They apologised after a week of insults, not before,\" the minister said on Dovrenian radio. She said she would raise the case with Wystan Garrowby when the two ministers meet in Korenopol on 2 April.",
    "20:21\nGarrowby, asked about that meeting by reporters here, said simply that he was \"looking forward to it\".",
    "20:45\nTadeas Mracek has been in touch. His television cost over 150 euros, so he gets 40 percent off. \"Forty percent off a television is not nothing,\" he told us in a message.",
    "21:00\nBrindlecart's shares, down a further 2.1 percent before the announcement, trade again on Monday morning. That's all from us tonight.",
])

rep("tiller-2048-03-15-one-setting-expensive-lesson", "The Mistlebury Tiller", "2048-03-15",
    "One setting, 41,260 orders and a very expensive lesson", [
    "At 07:25 on Saturday 7 March, a Brindlecart engineer in Mistlebury pressed a button she had pressed perhaps a hundred times before. In Kořenopol it was 00:25; by GMT it was still Friday, 23:25. Within a quarter of an hour the company’s Dovrenian website was selling televisions for the price of a coffee.",
    "Eight days later, Brindlecart has agreed to honour most of the orders it tried to cancel, Dovrenia’s consumer watchdog is still investigating, and the company faces questions at home about how a business trading in nine countries let one setting do so much damage.",
    "Prudence Tollemache, the chief executive, says the setting told the Dovrenian site whether prices were stored in euros or in cents. “It had been right for eighteen months. Someone changed it for a test in January and nobody changed it back,” she says. The engineer who released the update, she stresses, did nothing wrong.",
    "Her father is less contrite. Cyprian Tollemache, who founded the company in 2031 and still owns 38 percent of it, tells the Tiller he would have fought the watchdog in court. “My daughter is kinder than I am,” he says. “That is probably why she runs the company and I don’t.” Asked whether he regrets anything, the elder Tollemache says only: “The customer is not always right, but he is always the customer.”",
    "In Kořenopol, the Office for Consumer Fairness has not finished. Its director, Kvido Bažant, says a decision on a fine will come by 30 April at the latest. “An apology is welcome. It is not a defence,” the director says. According to the OCF, 2,212 complaints have now been lodged, about 300 of them after Friday’s climbdown, from customers whose goods cost more than 150 euros.",
    "Vendula Šoupalová, the lawyer whose group complaint now has 1,800 members, tells the Tiller she will keep it open “for the people the company still wants to short-change”.",
    "Kořenopol says it wants Brindlecart to pay its customers’ legal costs as well; Mistlebury says that is a matter for the courts. The two trade ministers meet next month.",
    "Tadeáš Mráček, the student whose 8.49-euro television made him briefly famous earlier this month, will get his 14 items after all, most of them at the prices he paid and the television at 40 percent off. He tells the Tiller that he has already promised the rowing machine to his father. “He has sworn to use it every day. I give him a week,” Mráček says.",
    "Brindlecart reports its annual results on 26 March. The company says the climbdown will cost it 5.4 million euros. Ferdy Oakhurst of Pellow Capital thinks the real bill is the damage to its name. “Last week people laughed at Brindlecart. This week they are laughing with it. That is worth more than the money,” he says.",
])
