"""The invented reports of demo/read-heldout31 (source of reports.jsonl). Everything here is invented."""

R = []


def rep(id, outlet, published, title, paras):
    R.append({"id": id, "outlet": outlet, "published": published, "title": title,
              "url": f"https://news.example.invalid/{id}", "text": "\n\n".join(paras)})


rep("marrowbay-2048-10-16-orchestra-cancels-opening-night", "Marrowbay Press", "2048-10-16",
    "Feldrian national orchestra cancels opening night as Zavrenian customs hold instruments over ivory", [
    "LOMIRZ, Zavrenia, Oct 16 (Marrowbay Press) - The Feldrian National Orchestra (FNO) called off the opening concert of its Zavrenian tour on Friday after customs officers refused to release its instruments, which have been held at Debnik airport since Wednesday over ivory fittings on dozens of bows and an antique double bass.",
    "The concert at the Wiezowa Hall, due to begin at 19:30 local time (14:00 GMT), will not go ahead, the orchestra confirmed in a brief statement. All 1,900 seats had been sold.",
    "According to the Zavrenian Customs Directorate (ZCD), the 11 crates that arrived on a chartered freighter early on Wednesday hold 187 instruments, among them 41 bows tipped with ivory and a double bass with ivory inlay on its scroll. The permit travelling with them covers a one-way commercial export of ivory, not instruments that leave and come back, the directorate said.",
    "\"We are not holding an orchestra hostage. We are holding a shipment that arrived with the wrong papers,\" Grazyna Wrzosek, the ZCD's director-general, told reporters at the airport on Thursday. \"Bring us the right certificate and the crates can leave the same afternoon.\"",
    "Dymphna Fairclough, the orchestra's general manager, said that the musicians had rehearsed the programme for five months and that the FNO had paid for every permit it was told it needed. \"Somebody filed the wrong form,\" she said. \"It was not us.\"",
    "The paperwork was prepared by Tunbrook Freight, a forwarding company based in Amberhithe, the Feldrian capital. Its managing director, Dorian Sprackett, noted that the firm had applied for exactly what the orchestra's inventory described. \"If the inventory had said ivory on the first page, we would have asked for a different certificate,\" he said.",
    "The Endangered Materials Registry (EMR), which issues such permits in Feldria, said it had approved the application on Oct 9, as submitted. Its registrar, Dr Audra Prothero, wrote on X late Thursday that an instrument certificate could follow \"within days, not weeks\" once the bows had been inspected.",
    "The instruments left Amberhithe on Monday night. Feldria runs eight and a half hours behind Zavrenia, and the freighter landed at 06:10 on Wednesday, Lomirz time.",
    "The tour, the orchestra's first abroad since 2041, was to include nine concerts in five Zavrenian cities over 12 days. Zavrenia's culture minister, Zdzislaw Cieslik, said the rules on ivory applied to everyone, orchestras included.",
])

rep("przeglad-2048-10-18-orchestra-gives-up-tour", "Przegląd Łomirski (English edition)", "2048-10-18",
    "Feldrian orchestra gives up its tour; the bows stay at Dębnik", [
    "ŁOMIRZ, 18.10.2048 – The Feldrian National Orchestra abandoned its tour of Zavrenia yesterday, three days after customs officers at Dębnik airport held back its instruments over ivory fittings. The general manager, Dymphna Fairclough, read out the decision at a quarter past nine in the morning in the foyer of the Wieżowa Hall, where the orchestra should have opened the Łomirz Autumn Festival on Friday.",
    "\"We came to play in Zavrenian halls, not to visit Zavrenian warehouses,\" Fairclough said, her voice breaking. \"Without the bows there is no orchestra, and nobody can tell us when we will get them back.\"",
    "Grażyna Wrzosek, director-general of the Customs Directorate, insisted that her officers had only read the papers in front of them. \"My inspector opened the first case, held up a bow and asked me, 'Where is the instrument certificate?' There was none,\" she told Przegląd Łomirski. \"That is not a Zavrenian problem.\"",
    "Culture Minister Zdzisław Cieślik, who met Fairclough for an hour on Saturday afternoon, did not apologise. \"The rules are the same for a trader and for a cellist,\" he said, \"and I would be ashamed if they were not.\" Amberhithe had asked for the crates to be released on trust, the minister added, but Łomirz could not make an exception for one orchestra.",
    "The festival's director, Halszka Żmudzka, said about 14,000 tickets had been sold for the nine concerts and that refunds would begin on Monday. According to Żmudzka, the festival stands to lose more than $600,000. The box office at the Wieżowa Hall was still selling seats late Friday, hours after the opening night had been called off.",
    "At the airport's cargo terminal, the 11 crates sit in a bonded store under customs seal. Customs sources said the orchestra's permit, an EM-4, is meant for traders sending ivory abroad for good, not for musicians who take it home again.",
    "The 104 members of the touring party fly home this afternoon. Fairclough said the instruments would follow \"the moment the right paper arrives\", and that the orchestra would ask the festival for new dates next year.",
    "Leszek Kwaśny, a retired music teacher who had bought four tickets for Friday's concert, was among more than 300 people who gathered outside the hall on Saturday, hoping for a surprise. \"I have waited 30 years to hear this orchestra,\" he said. \"I can wait a little longer, but I am 71.\"",
])

rep("honk-2048-10-19-madam-rubberstamp-keeps-our-bows", "The Daily Honk", "2048-10-19",
    "SILENCED! Madam Rubberstamp keeps our orchestra's bows as Zavrenia tour collapses", [
    "Our national orchestra crept home at 2am our time today - without a single violin, cello or double bass.",
    "All 104 members of the Feldrian National Orchestra's touring party flew back from Zavrenia empty-handed after a customs chief the musicians now call Madam Rubberstamp refused to let 187 instruments out of a warehouse over a few slivers of IVORY.",
    "Grazyna Wrzosek, the stony-faced boss of Zavrenia's customs, has kept the crates locked up since Wednesday. Madam Rubberstamp even told reporters the whole mess was \"not a Zavrenian problem\".",
    "Worst hit is double bass star Rafe Fairclough, 52, whose 230-year-old instrument has a sliver of ivory set into its scroll. His sister Dymphna Fairclough runs the orchestra and has not stopped apologising to the players. Fairclough, whose bass has been in his family for four generations, told the Honk: \"It's like leaving your child at a border post. I haven't slept a full night since they took it.\"",
    "The 52-year-old said he last saw the bass on Monday night, strapped into its crate at Amberhithe airport, and that he had \"patted it like an old dog\".",
    "Freight boss Dorian Sprackett, whose firm Tunbrook filled in the export papers, went on late-night radio at 9.40pm on Saturday and insisted his clerks had filed exactly what they were sent. \"We ticked the boxes the orchestra gave us,\" he said. \"Nobody mentioned ivory to us until the crates were opened.\"",
    "Culture Minister Honor Blakiston last night ordered an inquiry, vowing to discover \"who dropped the baton\". The minister said: \"Somebody in Amberhithe got this badly wrong, and the players are paying for it.\"",
    "The orchestra had been due to open the Lomirz Autumn Festival on Friday with a sell-out concert for 1,900 fans. Instead the players spent four days sightseeing in their concert black.",
    "Second violinist Bryn Castellow posted a picture of 40 empty music stands on X, writing: \"Best-dressed tourists in Zavrenia.\" Castellow said later that the orchestra had \"never been so well rested or so miserable\".",
    "Amberhithe has begged Lomirz to release the crates on trust. \"Lomirz doesn't do trust,\" one furious player told us.",
    "The tour, which cost at least $4.2 million, was meant to run for 12 days. Insurers may cover only 30 percent of the bill, orchestra insiders say. Bosses meet the insurers on Thursday.",
])

rep("gorsebrook-2048-10-20-orchestra-ivory-row-live", "Gorsebrook Radio", "2048-10-20",
    "LIVE: The orchestra ivory row reaches parliament", [
    "LIVE: The orchestra ivory row reaches parliament - Tuesday 20 October\nAll times Amberhithe time (GMT-3)",
    "12:30\nGood afternoon. Parliament's culture committee sits at 14:00 here, 17:00 GMT and 22:30 in Lomirz, to ask who filed the wrong form for the Feldrian National Orchestra's instruments. Our Greer Ashdown is in Lomirz, outside the cargo terminal at Debnik airport.",
    "13:05\nThe Orchestral Players' Guild says its members lost at least $310,000 in fees when the tour was abandoned, and that the FNO, not the players, should carry the loss.",
    "13:40\nGreer Ashdown in Lomirz, where it is 22:10: \"The crates are still under seal. Two customs officers have sat by the door all evening, and one of them is reading a book about violins.\"",
    "14:06\nThe hearing is under way. Dymphna Fairclough and Dorian Sprackett sit at opposite ends of the same table. She speaks first and says the orchestra emailed Tunbrook a complete inventory on 2 October, ivory included.",
    "14:20\n\"It was on page four, in a column headed materials,\" Fairclough said. \"My brother rang me from the hotel last Wednesday and said, 'They have put customs tape on my bass.' That is when I learned page four had gone missing.\" Rafe Fairclough, the principal bass, is watching from the public gallery.",
    "14:35\nSprackett says his clerks were never sent page four, and that the email they received had three pages. \"I can show the committee the attachment,\" he said. \"I would rather not show it the orchestra's filing system.\"",
    "15:10\nDr Audra Prothero, the registrar, tells the committee the EMR issued an EM-4 because an EM-4 was what Tunbrook applied for. \"We do not guess what people meant to ask for,\" the registrar said.",
    "15:45\nThe certificates the orchestra actually needed, EM-11 instrument certificates, will be issued next Monday, the registry confirmed. An inspector flies to Lomirz on Thursday to examine the 41 bows and the bass.",
    "16:20\nCulture Minister Honor Blakiston, who gave evidence last, said she had asked Lomirz \"as a friend\" to keep the crates in a heated room. \"Those instruments are older than either of our countries,\" the minister said.",
    "16:55\nIn a statement, Tunbrook said it would pay to fly the instruments home, \"without accepting any fault\".",
    "17:30\nThe committee will publish its findings by 30 November. That's all from us today.",
])

rep("tolbooth-2048-10-22-page-four", "The Amberhithe Tolbooth", "2048-10-22",
    "Page four: how one missing attachment silenced a national orchestra", [
    "At 06:10 on 14 October, a chartered freighter carrying the Feldrian National Orchestra’s instruments touched down at Dębnik airport outside Łomirz. It was 00:40 GMT; in Amberhithe, where the paperwork had been filed earlier this month, it was still 21:40 on Tuesday night. Within five hours the 11 crates were under seal, and by Saturday a 12-day tour was over.",
    "Who filed the wrong form is now the question everyone in Amberhithe wants answered, and the answers do not agree. Dymphna Fairclough, the orchestra’s general manager, says the inventory her staff sent Tunbrook Freight on 2 October listed every ivory tip and the inlay on the principal bass. The ivory, she says, was on page four.",
    "Dorian Sprackett, Tunbrook’s managing director, tells the Tolbooth the email his clerks opened had three pages. “We filed for what we were shown,” he says. “If there was a page four, it is still sitting in somebody’s outbox.”",
    "The Endangered Materials Registry approved the application on Friday 9 October and is unmoved. Its registrar, Dr Audra Prothero, points out that the form asks, in bold type, whether the goods will ever return to Feldria. “Somebody ticked the wrong box,” the registrar says. “We read the box that is ticked.”",
    "Wilmot Haddow, a trade lawyer who has advised touring ensembles for 20 years, thinks both sides have a case. Forwarders are paid to ask, he says, and orchestras are expected to tell. “Ivory is the word nobody in this business can afford to leave on page four,” Haddow says.",
    "Łomirz says it has nothing to apologise for. The Zavrenian Customs Directorate stopped 63 shipments carrying undeclared ivory last year and let none of them through without a certificate, according to its own figures.",
    "The bill is large. The tour cost $4.2 million to stage, and the orchestra’s insurers have so far offered about 30 percent of it. Each of the 96 players lost between $2,800 and $3,500 in fees, according to their guild.",
    "If the registry’s inspector passes the 41 bows this weekend, the new certificates will be issued on Monday and the crates flown home before the month is out. Halszka Żmudzka, who runs the Łomirz Autumn Festival, has offered the orchestra three dates in March. Rafe Fairclough, the principal bass and the general manager’s brother, would rather not wait that long. “I have played that bass every day since 1994,” he says. “Last week I caught myself tuning the air.”",
])
