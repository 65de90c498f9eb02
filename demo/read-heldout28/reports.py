"""The invented reports of demo/read-heldout28 (source of reports.jsonl). Everything here is invented."""

R = []


def rep(id, outlet, published, title, paras):
    R.append({"id": id, "outlet": outlet, "published": published, "title": title,
              "url": f"https://news.example.invalid/{id}", "text": "\n\n".join(paras)})


rep("thornbury-2051-03-14-court-impounds-sarvonian-jet", "Thornbury Wire", "2051-03-14",
    "Evandrian court impounds Sarvonian government jet over unpaid power plant award", [
    "WETHERSCOMBE, Evandria, March 14 (Thornbury Wire) - Court bailiffs impounded a Sarvonian government jet at Wetherscombe airport on Tuesday, acting on a judge's order won by an energy company that says Sarvonia has ignored an arbitration award since 2047.",
    "The twin-engined aircraft, which landed late on Monday carrying Energy Minister Boglarka Szentmiklosy and 26 officials to a trade fair with some 400 exhibitors, was clamped at 06:10 local time (10:10 GMT) as its crew prepared for a short hop to Hobbingford, the Evandrian capital.",
    "Tidemoor Energy, based in Wetherscombe, was awarded $412 million by the Permanent Energy Arbitration Panel (PEAP) after Sarvonia cancelled its contract to build a gas-fired power station at Szilvas. With interest, the company says, the debt now stands at about $530 million.",
    "\"We have written to Tarkand 41 times. We have been polite for four years,\" Tidemoor's chief executive, Zebedee Draycott, told reporters outside the airport's cargo gate. \"Politeness has not paid a single invoice.\"",
    "\"Nobody enjoys taking an aeroplane away from a government,\" he said, \"but a court order is not a matter of taste.\"",
    "Szentmiklosy, who was asleep in an airport hotel when the clamp went on, said the delegation would \"not be held hostage by a private debt collector\" and would carry on with its programme at the fair. She told reporters that her papers and \"a great deal of very ordinary luggage\" were still on board.",
    "In Tarkand, the foreign ministry summoned Evandria's ambassador for 18:00 local time. \"Seizing the aircraft of a visiting minister is piracy dressed up as paperwork,\" the ministry's statement said. Foreign Minister Akos Vendrey wrote in an angry post on X that Sarvonia would \"use every legal and diplomatic means\" to get the jet back.",
    "The delegation had been due to sign two gas supply agreements at the fair on Thursday, a Sarvonian official said, asking not to be named because the matter was now before a court.",
    "The order was signed on Friday by Judge Eglantine Corrowby of the Wetherscombe Commercial Court, according to court records. A hearing on whether the aircraft is protected by state immunity is set for Wednesday at 10:00.",
    "Ellery Saltash, a spokesman for Evandria's foreign ministry, said the government \"does not direct the courts\" and had not been warned of the order.",
    "The jet's captain, Markus Ilosvay, said about 20 bailiffs and police officers had surrounded the plane within minutes. \"They were courteous. They were also very clear that we were not leaving,\" Ilosvay said.",
])

rep("futar-2051-03-16-minister-flies-home-without-plane", "Tárkándi Futár (English edition)", "2051-03-16",
    "Szentmiklósy flies home without her plane as Evandrian judge delays ruling", [
    "TÁRKÁND, 16 March – Energy Minister Boglárka Szentmiklósy landed in Tárkánd at 11:20 this morning on an ordinary scheduled flight with 19 of her 26 officials, two days after an Evandrian court impounded the government jet that had carried her delegation to Wetherscombe.",
    "\"I left on a state aircraft and came back in seat 14C,\" she told waiting reporters. \"I am not complaining about the seat. I am complaining about the principle.\"",
    "At a hearing in Wetherscombe yesterday, lawyers for Sarvonia asked Judge Eglantine Corrowby to release the aircraft at once, arguing that a plane carrying a serving minister on official business is covered by state immunity. The judge said she would give her decision on Friday.",
    "Leopoldine Draycott, the Evandrian lawyer acting for the Sarvonian state, told the court the seizure was \"without precedent among friendly nations\". She is no relation of Zebedee Draycott, the chief executive of Tidemoor Energy, whose application led to the order – a coincidence that drew laughter when Corrowby asked both sides to spell their names.",
    "Captain Márkus Ilosvay, who has flown the jet for eleven years, described the moment the bailiffs arrived. \"One of them climbed the steps and said, 'Captain, please switch nothing on.' I have been asked many things on a runway, but never that,\" he said.",
    "Foreign Minister Ákos Vendrey told parliament on Wednesday evening that Evandria's ambassador, summoned on Tuesday, had offered \"sympathy but no solutions\". Tárkánd has asked Hobbingford to step in; so far it has refused, according to a senior diplomat.",
    "The quarrel goes back to 2043, when the previous government signed a contract worth 1.2 billion dollars with Tidemoor for a 900-megawatt gas plant at Szilvás, and to 2045, when the present one tore it up. The Permanent Energy Arbitration Panel found for the company two years later.",
    "Vendrey insisted that Sarvonia had never refused to pay. \"We dispute the amount, not the existence of a debt,\" he said. \"There is a difference, and a court in Wetherscombe is about to learn it.\"",
    "The finance ministry said in a statement that the award, with interest, came to \"no more than 470 million dollars\", well short of the 530 million Tidemoor is claiming.",
    "In Szilvás, where the plant was never built, the mayor, Hajnalka Tiszavári, said most residents had \"long stopped caring\" who owed what to whom. \"We were promised 300 jobs. We got a fence and a sign,\" she said.",
])

rep("pelican-2051-03-18-repo-man-keeps-jet", "The Daily Pelican", "2051-03-18",
    "REPO MAN KEEPS THE JET: Wetherscombe power boss wins round one against Sarvonia", [
    "He's the Repo Man who took a government's jet - and yesterday a judge said he can keep it.",
    "Zebedee Draycott, 58, boss of Wetherscombe's Tidemoor Energy, was celebrating last night after Judge Eglantine Corrowby ruled that the Sarvonian state plane grabbed on TUESDAY must stay in a hangar at Wetherscombe airport until the country pays up or wins on appeal.",
    "\"That Szentmiklosy woman looked me in the eye at a conference in 2049 and said, 'Get a judge, Mr Draycott.' So I got one,\" the Repo Man told the Pelican with a grin.",
    "The judge said in her ruling that the jet had been flown on a \"trade mission, not a state ceremony\" and could therefore be held. Sarvonia can have its plane back by handing over $60 million as security by next Friday, she said.",
    "Pals say the 58-year-old, who started the firm in a garage in 2029 with two employees and now has more than 1,300, has spent more than $9 million on lawyers chasing the cash.",
    "But not everyone is cheering. Sarvonia's lawyer in Evandria - who is ALSO called Draycott - slammed the ruling as \"a gift to every bailiff on the planet\".",
    "\"I'm not his cousin, I'm not his wife and I'm not finished,\" Leopoldine Draycott told the Pelican. She said her clients would take the fight to the Court of Appeal in Hobbingford on Tuesday.",
    "Draycott - the one with the jet - said he would happily fly it home himself \"the minute the money lands\".",
    "Back in Tarkand the grab has gone down like a lead balloon. On Tuesday night Sarvonian TV showed the stranded minister eating a sandwich in an airport lounge, and by late Friday a crowd of about 150 was waving paper aeroplanes outside Evandria's embassy. An embassy spokeswoman said the building would stay shut today \"as a precaution\".",
    "Foreign ministry spokesman Ellery Saltash repeated that the government \"does not interfere with judges\". Furious Sarvonians have left more than 3,000 comments on our website since Friday afternoon, most of them unprintable.",
    "The jet - a 19-seater worth an estimated $45 million - has sat on the airport's far apron since Tuesday morning, watched round the clock by four private guards. One of them told the Pelican the plane was \"the most boring thing I've ever guarded\".",
])

rep("fernhollow-2051-03-21-jet-appeal-live", "Fernhollow Radio", "2051-03-21",
    "LIVE: Sarvonia's impounded jet goes to the Court of Appeal", [
    "LIVE: Sarvonia's impounded jet goes to the Court of Appeal - Tuesday 21 March",
    "8:52am\nGood morning from the Court of Appeal in Hobbingford, where three judges will decide whether an Evandrian company can keep Sarvonia's government jet. The hearing starts at 9.30am - that's 13:30 GMT and 15:30 in Tarkand. Our reporter Merryn Coldridge is inside.",
    "9:34am\nJustice Tancred Tannahill, presiding, opens by reminding both sides that the court \"is not here to decide who owes whom\". \"We are here to decide whether an aeroplane can be taken. Nothing more,\" the judge said.",
    "9:51am\nLeopoldine Draycott, for Sarvonia, argues that a minister travelling on state business carries her country's immunity with her, and so does the plane. \"If this ruling stands, no minister can safely land in Evandria again,\" she said.",
    "10:20am\nTidemoor's lawyer Sidony Brackenbury replies that the jet was on a \"sales trip\". She points out that the delegation's own programme, read out in court, lists 11 meetings with companies and none with the Evandrian government.",
    "10:48am\nMerryn Coldridge says the public gallery is full, about 40 people, at least 20 of them Sarvonians who live in Hobbingford. \"There's a woman behind me knitting a scarf in the Sarvonian colours,\" she says.",
    "11:15am\nIn Tarkand, Energy Minister Boglarka Szentmiklosy has posted on X that she is following the hearing \"with a cold coffee and a warm heart\".",
    "11:40am\nBrackenbury again: \"Sarvonia had four years to pay. It had four days to post a bond. It has done neither,\" she told the court.",
    "12:05pm\nThe judges have retired. Tannahill said they would return \"before the end of the afternoon\".",
    "2:10pm\nWhile we wait: Zebedee Draycott of Tidemoor, who is not in court, told Fernhollow Radio this morning that he expected to win and that, if he lost, he would go to the Supreme Court. \"I have waited since 2047. I can wait a little longer,\" he said.",
    "4:05pm\nThe judges are back, and the seizure is lifted. By two votes to one, the court rules that the jet was \"an instrument of the Sarvonian state\" and could not be held for a commercial debt.",
    "4:20pm\nReaction now from Sarvonia's government: Foreign Minister Akos Vendrey said Sarvonia was \"grateful to Evandria's judges, if not to everyone in Evandria\". The minister said: \"Our plane will be home before the weekend.\"",
    "4:41pm\nTidemoor says in a statement that it intends to ask the Supreme Court to hear the case and that the ruling \"leaves Sarvonia's debt exactly where it was\". The jet is due to leave Wetherscombe at 7am on Thursday, Coldridge says. That's all from us today.",
])

rep("vantage-2051-03-23-nine-day-seizure", "The Hobbingford Vantage", "2051-03-23",
    "The nine-day seizure that nobody won", [
    "Sarvonia’s government jet took off from Wetherscombe at 07:04 this morning – 11:04 GMT, 13:04 in Tárkánd – nine days after bailiffs clamped its nose wheel. It leaves behind a debt that has not shrunk by a cent.",
    "Zebedee Draycott does not pretend otherwise. “We lost a plane and won an argument,” Tidemoor Energy’s chief executive says, in a boardroom hung with photographs of the company’s 38 wind farms. “Everyone in Tárkánd now knows our name. Three weeks ago, nobody there would take my calls.”",
    "Tidemoor first asked the Wetherscombe court for the order earlier this month, on 10 March, after reading the delegation’s travel plans in the fair’s published programme. The Court of Appeal’s majority judgment, delivered on Tuesday afternoon, is narrow. A plane carrying a minister on her government’s business, it says, belongs to the sovereign life of the state, whatever else the trip involves.",
    "Justice Tancred Tannahill, who wrote for the majority, is careful to add that Sarvonia’s other property in Evandria enjoys no such protection. That, the judge says, is a question for another day.",
    "Leopoldine Draycott, who argued Sarvonia’s case, calls the judgment “a relief for every diplomat who has ever boarded a plane”. She has been asked, she says, whether she is related to her opponent’s client “roughly once an hour” since last week.",
    "Tárkánd says it is now ready to talk. Boglárka Szentmiklósy, the energy minister who flew home in economy class, wrote on X last night that negotiations with Tidemoor could begin “as early as 12 April”, the day the Supreme Court is due to decide whether to take the case.",
    "Ákos Vendrey, the foreign minister, is warier. Asked whether Sarvonia would pay the $412 million award, or the $530 million Tidemoor claims with interest, he says only that “a debt is a conversation, not a verdict”.",
    "According to Sidony Brackenbury, Tidemoor’s lawyer, the company has already found two other Sarvonian assets in Evandria: a cargo ship registered to the state shipping line and a stake of roughly 30 per cent in a Wetherscombe gas terminal. She will not say which it will chase first.",
    "Evandria’s government, which spent much of last week insisting it had no view, now admits to one. “Nobody wants foreign ministers arriving by rowing boat,” says Ellery Saltash, the foreign ministry’s spokesman. “But the courts have spoken twice, and twice is enough.”",
    "Captain Márkus Ilosvay, who flew the empty jet home with a crew of three, has a simpler view. “She is a good aircraft,” he says. “She did not deserve nine days in a car park.”",
])
