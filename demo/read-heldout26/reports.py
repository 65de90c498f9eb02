"""The invented reports of demo/read-heldout26 (source of reports.jsonl). Everything here is invented."""

R = []


def rep(id, outlet, published, title, paras):
    R.append({"id": id, "outlet": outlet, "published": published, "title": title,
              "url": f"https://news.example.invalid/{id}", "text": "\n\n".join(paras)})


rep("nancarrow-2048-06-11-trevallia-summons-envoy-over-hail", "Nancarrow Press", "2048-06-11",
    "Trevallia summons Varkesian envoy over hailstorm, demands end to cloud seeding", [
    "MOULTBY, Trevallia, June 11 (Nancarrow Press) - Trevallia summoned Varkesia's ambassador on Thursday and demanded an immediate halt to cloud-seeding flights over the Dravec Mountains, blaming its neighbour for a hailstorm that stripped orchards across the Lynchcombe valley two days earlier.",
    "Ambassador Gaspar Ettre was called to the foreign ministry at 10:00 local time (08:00 GMT), the ministry said. \"Trevallia will not accept that weather made in another country is allowed to fall on its farmers,\" the ministry's statement said. \"We expect the flights to stop today, not after a study.\"",
    "The storm struck Lynchcombe at about 17:20 on Tuesday. Hailstones as large as 5 centimetres fell for some 25 minutes, according to the Trevallian Weather Service (TWS). Three people were hurt and at least 1,400 hectares of orchard were damaged, the agency said.",
    "Less than three hours before the storm, a Varkesian aircraft had released 24 flares of silver iodide over the eastern slopes of the range, according to flight logs the Varkesian Hydrometeorological Institute (VHI) posted on Wednesday. The plane took off from Ervolgy airbase at 13:50 Varkesian time (10:50 GMT) and landed at 16:35.",
    "\"They stole our rain for two months and then sent it back to us as ice,\" Agriculture Minister Mabyn Threlkeld told reporters in Lynchcombe on Wednesday. Threlkeld said the government would ask the Dravec Basin Commission, a joint body the two countries set up in 2031, to examine the VHI's flight data.",
    "Levente Szarhegyi, who has run the VHI's seeding programme since 2042, said the accusation \"has no basis in physics\". Silver iodide could thicken clouds that were already there, he said. \"But it cannot build a thunderstorm out of a blue sky, and it cannot steer one across a border.\"",
    "Varkesia, where reservoirs stand at 31 percent of capacity after the driest spring in 60 years, began the current round of flights on May 27. The VHI said it had flown 19 missions since then.",
    "Ebba Clemmow, who chairs the Lynchcombe Fruit Growers' Association, said the valley's losses would run to between $25 million and $30 million. \"Some of these trees were planted by our grandparents,\" she said. \"You do not replace them with an insurance cheque.\"",
    "Not everyone in Moultby blames the flights. Thorold Clemmow, the TWS's chief forecaster, said his office had issued a hail warning for the valley on Monday morning, a full day before the aircraft took off. He is not related to the growers' leader.",
    "Ettre left the ministry after 40 minutes without speaking to reporters. Varkesia's water minister, Reka Tomordi, wrote in a brief message on X late on Thursday that her government \"regrets the suffering in Lynchcombe\" and would answer Moultby \"calmly, and with data\".",
])

rep("varmondo-2048-06-12-flights-grounded-for-two-weeks", "Vármondó (English edition)", "2048-06-12",
    "Tőkesvár grounds its rain planes for two weeks, but says the hail was not Varkesian", [
    "TŐKESVÁR, 12 June – Varkesia will ground its cloud-seeding aircraft for 14 days from 00:00 local time on Saturday and open its flight logs to Trevallian scientists, Water Minister Réka Tömördi announced yesterday, while insisting that no Varkesian plane had put a single hailstone on Lynchcombe.",
    "\"We are suspending the flights not because we are guilty, but because we are neighbours,\" Tömördi told a news conference at her ministry, which began at 15:00 Tőkesvár time (12:00 GMT). \"When the data is on the table, I expect somebody to apologise. I do not expect it to be us.\"",
    "The reservoirs that supply the capital held 29 percent of their capacity on Thursday morning, the Varkesian Hydrometeorological Institute said. Its two aircraft have flown 19 missions since 27 May.",
    "Levente Szárhegyi, who directs the institute's seeding programme, spent much of Thursday taking reporters through Tuesday's flight minute by minute. \"The pilot radioed me at 16:10 and said, 'Cloud is thin, nothing to work with, we are coming home,'\" Szárhegyi said. \"Nothing to work with. That is not a man who has just built a hailstorm.\"",
    "The pilot, Csongor Bátki, told Vármondó that he had fired his last flare at 15:55, more than 80 kilometres from the border, and turned back towards Érvölgy airbase with a third of his load unused. \"I have flown 212 of these missions,\" he said. \"I know what a seeded cloud looks like. On Tuesday there was nothing to seed.\" He added that a camera in the cockpit had filmed the whole flight.",
    "According to the institute, the storm that struck Lynchcombe at 18:20 Varkesian time – 17:20 across the border – formed over Trevallian farmland and never crossed the Dravec ridge. Szárhegyi said the institute would hand its radar images to the Dravec Basin Commission (DBC), whose experts meet on Monday in the Trevallian border town of Saltreck.",
    "In Moultby, Ambassador Gáspár Ettre spent 40 minutes at the Trevallian foreign ministry on Thursday morning. \"I listened to every word,\" he said afterwards, \"and I said that Varkesia has nothing to hide and nothing to apologise for.\"",
    "Tőkesvár will not give up its only defence against drought because Moultby is angry, a senior official at the water ministry said, speaking on condition of anonymity. The flights, the official said, would resume on 27 June unless the commission found evidence against them.",
    "Boróka Hollós, the opposition's environment spokeswoman, wrote in a post on X, addressed to the minister, that the government had \"played with the sky for years without asking what falls on the other side\".",
    "In Lynchcombe, where growers spent a third day raking up shredded fruit, Trevallia's agriculture minister, Mabyn Threlkeld, said on Thursday evening that the suspension was \"a start, not an answer\".",
])

rep("hoot-2048-06-13-grounded-rainmaker", "The Daily Hoot", "2048-06-13",
    "GROUNDED! Rainmaker's hail planes halted - but Lynchcombe growers want their money", [
    "Varkesia's cloud-zapping planes are grounded from today - but furious fruit growers say it's too little, too late.",
    "The so-called Rainmaker, boffin Levente Szarhegyi, whose plane pumped 24 flares of chemicals into the clouds on Tuesday, still insists his programme did NOTHING wrong. Hours later a wall of ice the size of golf balls ripped through the Lynchcombe valley, shredding apricot trees in 25 terrifying minutes.",
    "Jago Pennyfeather, 58, whose family has grown apricots there since 1911, told the Hoot: \"It sounded like somebody tipping a lorry of gravel on the roof. By half past five there wasn't a leaf left on a tree. Not one.\"",
    "The dad-of-three said 340 of his 400 trees were wrecked. \"My granddad planted the oldest of them. The Rainmaker finished them off in an afternoon,\" he said.",
    "Even Trevallia's own chief weatherman, Thorold Clemmow, has said the storm was forecast a day before the plane took off - which has made him about as popular in Lynchcombe as the hail.",
    "Growers' boss Ebba Clemmow - no relation - said the valley faces a bill of up to $30 million. Clemmow vowed to drag Varkesia through the courts \"if that's what it takes\".",
    "Agriculture Minister Mabyn Threlkeld rushed out a $12 million emergency fund yesterday, offering growers $2,000 a hectare. \"Not one family in this valley will be left to pay for somebody else's weather,\" she vowed.",
    "Lynchcombe mayor Digory Quell wrote on X that volunteers had carted away 90 tonnes of smashed fruit in three days and were \"still turning up from every corner of Trevallia\". More are expected this weekend.",
    "In a snap Hoot poll of 1,200 readers, 71 per cent want Varkesia to pay for every last tree.",
    "Over in Varkesia, Water Minister Reka Tomordi told a press conference on Thursday she was halting the flights for a fortnight \"because we are neighbours\" - then had the cheek to demand an APOLOGY.",
    "And the Rainmaker? Asked by Varkesian radio whether he was losing sleep, he replied: \"I sleep very well, thank you.\"",
    "Experts from both countries meet on Monday in the border town of Saltreck to pore over the flight logs. The Rainmaker will be there. So will the Hoot.",
])

rep("orchardline-2048-06-15-saltreck-hail-talks-live", "Orchardline Radio", "2048-06-15",
    "LIVE: The Saltreck hail talks", [
    "LIVE: The Saltreck hail talks - Monday 15 June\nAll times Trevallian time (GMT+2)",
    "09:05\nGood morning from Saltreck, where experts from Trevallia and Varkesia are about to sit down in the old customs house to pick apart last Tuesday's hailstorm. Tegen Rundle is there for us.",
    "09:20\nThe panel is chaired by Professor Kerensa Trerise of the Dravec Basin Commission. She told reporters on the steps that the six experts would publish a summary before the evening and that nobody should expect \"a villain or an alibi\".",
    "10:02\nLevente Szarhegyi, the man the tabloids call the Rainmaker, stopped briefly at the door. \"I have brought every log, every radar image, every minute,\" he said. \"If I made a storm, they will find it.\"",
    "10:40\nRundle: \"It's a small room, two long tables, blinds down. Somebody has put a hailstone in a jam jar on the windowsill.\"",
    "11:15\nAgriculture Minister Mabyn Threlkeld has told parliament in Moultby that the first emergency payments reached 211 growers this morning. \"The money is the easy part,\" the minister said. \"Trust will take longer.\" She said the government would sign nothing on future flights until the panel had reported.",
    "12:30\nTwo Clemmows in Saltreck today, and no, they are not related. Ebba Clemmow of the growers' association told Orchardline Radio she had not slept a full night since the storm. Dr Thorold Clemmow, the TWS forecaster, sits on the Trevallian side of the table. He says the storm was \"in the models on Sunday night\" and that his office sent the hail warning at 09:30 the next day.",
    "13:45\nVarkesia's water minister, Reka Tomordi, has joined by video link from Tokesvar, where it is 14:45. She says her country will \"listen to the science, whichever way it points\".",
    "16:00\nThe findings are out, at 16:00 here, 14:00 GMT and 17:00 in Tokesvar. The panel finds that the hail cell formed over Trevallian territory at about 16:05 on Tuesday, some 35 kilometres from the nearest seeding track, and that the flares \"could not have created it\". But its report says seeding may have added \"at most 10 to 15 percent\" to the rain on the valley, and that an effect on the hailstones \"cannot be excluded\".",
    "16:10\nProfessor Trerise, reading the summary aloud: \"Seeding did not make this storm. It may have made it a little wetter. Those are two different sentences, and I would ask both governments to read both.\"",
    "16:25\nSzarhegyi says he is \"relieved, not happy\" and that the flights will restart as planned on June 27.",
    "16:40\nVarkesia's embassy in Moultby says Tokesvar will put $5 million into the growers' relief fund, \"as neighbours, and without admitting anything\".",
    "17:05\nJago Pennyfeather, who lost 340 trees, listened to the findings outside on his phone. \"Fifteen percent of a hailstorm is still a hailstorm,\" he told Rundle.",
    "17:30\nThat's all from Saltreck. The full report is due within a fortnight; parliament debates compensation on Thursday.",
])

rep("harbinger-2048-06-17-forecast-not-fabricated", "The Moultby Harbinger", "2048-06-17",
    "Forecast, not fabricated: what the Saltreck panel found, and what it would not rule out", [
    "When the hail came down on Lynchcombe at 17:20 on 9 June – 18:20 in Tőkesvár, 15:20 GMT – it destroyed 1,460 hectares of apricots in 25 minutes, the growers’ association now reckons. Eight days on, the question Trevallia has been shouting across the Dravec Mountains has an answer of sorts, and almost nobody likes it.",
    "The Dravec Basin Commission’s expert panel, which sat in Saltreck on Monday, finds that the storm was born over Trevallian fields and that Varkesian silver iodide “could not have created it”. It also finds that the seeding may have made the storm wetter, by “at most 10 to 15 percent”.",
    "Professor Kerensa Trerise, who chaired the panel, admits the wording was fought over. Two of the six experts, she reveals, wanted the second finding dropped from the summary; the other four outvoted them. “We are not in the business of comfort,” the professor says. “We are in the business of saying what the radar saw.”",
    "Dr Thorold Clemmow, who runs forecasting at the Trevallian Weather Service, has had a difficult fortnight. His office warned of hail in the valley on Monday 8 June; when he pointed that out last week, callers to two radio phone-ins called him a traitor. “Would I rather the storm had been Varkesian? Honestly, some days, yes,” he says. “It would be simpler. It would also be wrong.”",
    "In Tőkesvár, Levente Szárhegyi is in no mood to celebrate. He says the institute will fly again on 27 June, as planned, but only east of a line drawn 40 kilometres inside the border. “I was told I had made a storm. The panel says I did not. Nobody has rung to say sorry,” Szárhegyi tells the Harbinger.",
    "Tőkesvár says the $5 million it has offered Lynchcombe is “a gesture, not a receipt”; Moultby has yet to accept it.",
    "Mabyn Threlkeld, the agriculture minister, will ask parliament on Thursday for a further $18 million. She tells the Harbinger that the findings change “the tone, not the arithmetic”, and that the flights earlier this month were approved without a word to her ministry.",
    "In Lynchcombe itself, the clearing up goes on. “My father used to say, ‘Never count your apricots until they are in the box,’” says Ebba Clemmow, who chairs the growers’ association. “This year we did not even get to count them.” Most trees will fruit again next year, she says, but some 60,000 will have to be grubbed up and replanted, which means five years without a crop.",
    "Jago Pennyfeather is replanting 340 trees in October. Asked whether he still blames Varkesia, he laughs. “I blame the sky. It is just that the sky does not have a phone number.”",
])
