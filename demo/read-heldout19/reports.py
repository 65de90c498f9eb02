"""The invented reports of demo/read-heldout19 (source of reports.jsonl). Everything here is invented."""

R = []


def rep(id, outlet, published, title, paras):
    R.append({"id": id, "outlet": outlet, "published": published, "title": title,
              "url": f"https://news.example.invalid/{id}", "text": "\n\n".join(paras)})


rep("hws-2044-01-13-gannetline-collapse", "Harrier Wire Service", "2044-01-13",
    "Calvedon's Gannetline collapses, stranding about 36,000 passengers abroad", [
    "STOURMERE, Calvedon, Jan 13 (HWS) - Gannetline, Calvedon's second-largest airline, ceased trading late on Tuesday, grounding all 23 of its aircraft and leaving about 36,000 passengers stranded abroad, most of them in Dolmecia.",
    "The airline's directors asked a court to appoint administrators at 23:00 local time (22:00 GMT) on Tuesday, hours after talks with a would-be buyer, Ambersett Holdings, broke down on Monday. All 41 flights scheduled for Wednesday were cancelled, and the board said in a court filing that it could no longer pay for fuel.",
    "\"This is the hardest message I have ever had to write,\" chief executive Lucian Hartigan posted on X a little after midnight, \"but please do not go to the airport. There is no plane waiting for you.\"",
    "Transport Secretary Augusta Elphick told parliament on Wednesday morning that the government would charter at least 60 flights over the next two weeks to bring travellers home, in an effort named Operation Homeward. She said the operation could cost as much as 45 million florins.",
    "\"Nobody who booked with Gannetline will be left behind, and nobody will be asked to pay twice,\" the minister said.",
    "The administrators, Pellingham Sloane, said in a statement that about 180 of the airline's 2,400 staff would be kept on for the wind-down and that December wages had not been paid to the rest. Loveday Brack, the lead administrator, told reporters the airline had run out of cash \"in a matter of days\" after its fuel bill had risen by 18 percent since September.",
    "In Dolmecia, where roughly 9,000 Gannetline passengers are staying on the island of Lucnica, the airport operator impounded three of the company's jets on Wednesday over unpaid landing fees of 2.3 million euros. \"The aircraft stay where they are until somebody pays,\" said Kazimir Sterbak, the airport's director. \"We are not a charity.\"",
    "Passengers who bought flights alone will be refunded by the Holiday Protection Fund (HPF), a levy-funded scheme set up by Calvedon in 2031, the fund said. Travellers on package holidays are the responsibility of their tour operators, according to the HPF.",
    "Ewart Mabbott, general secretary of the Aircrew Alliance union, said cabin crew had learned that the airline was finished \"from their phones, like everybody else\". He added that about 70 crew members were stuck on Lucnica with no hotel booked beyond Friday. \"They were working the outbound flight on Tuesday afternoon. Now they are passengers with no way home,\" Mabbott said.",
    "Founded in 2009, Gannetline carried 4.1 million passengers last year.",
])

rep("posel-2044-01-14-lucnica-hotels", "Žarnovecký Posel (English edition)", "2044-01-14",
    "Lúčnica hotels told: no Gannetline guest goes out on the street", [
    "ŽARNOVEC, 14 January – Dolmecia's tourism minister, Zdenka Kořínková, warned hotels on Lúčnica on Thursday that any of them turning stranded Gannetline passengers out of their rooms would lose its licence.",
    "The Calvedonian airline collapsed at 02:00 on Wednesday, Žarnovec time (22:00 GMT on Tuesday), while most of its customers on the island were asleep. By breakfast several hotels had told guests that rooms they had paid for through Gannetline Holidays, the airline's package arm, would have to be paid for a second time.",
    "\"Nobody sleeps on the street on Lúčnica. Not this week, not ever,\" Kořínková told the Posel. Her ministry's statement, issued late on Wednesday, said hotels demanding second payments \"will answer for it\" and that the state would cover up to 14 nights for any guest whose room had not been paid for.",
    "At the Hotel Modrá Zátoka, on the island's north shore, Marjorie Gowdridge, 68, and her husband Wilfred, 71, had been celebrating their 40th wedding anniversary when the news broke. \"The receptionist rang our room and said, 'Your airline does not exist any more, madam, and neither does your booking,' and then she asked for my card,\" Mrs Gowdridge said.",
    "The couple were asked for 1,240 euros to cover their remaining eight nights. Wilfred Gowdridge said they had refused. \"We paid once. At our age you do not pay twice for the same bed,\" he said.",
    "Bohdana Valentová, who manages the hotel, said Gannetline Holidays had not paid her since November and that she could not keep 130 guests for nothing. \"I have cooks and cleaners to pay on Friday,\" she said. \"The minister's promise does not pay them.\"",
    "At the island's airport, the three impounded Gannetline jets were still parked beside the cargo sheds on Thursday. Kazimír Štěrbák, the airport's director, told reporters the €2.3 million owed went back to October. According to Štěrbák, the airline had promised to pay by 31 December and then asked for more time. \"Then they asked for more time again,\" he said.",
    "The quarrel has reached the two capitals. Žarnovec wants Stourmere to guarantee the airport's bill before the jets are released, a senior official at the transport ministry said, asking not to be named.",
    "Calvedon's embassy said the first two Operation Homeward flights had left Lúčnica at 07:40 local time on Thursday with 370 passengers aboard and that 11 more were due by Sunday.",
])

rep("blare-2044-01-15-lucky-lucian", "The Daily Blare", "2044-01-15",
    "LUCKY LUCIAN'S PAYDAY! Gannetline boss banked bonus days before airline went bust", [
    "The boss of bust airline Gannetline trousered a bumper bonus just days before the company went under and left thousands of holidaymakers stranded, the Blare can reveal.",
    "Chief executive Lucian Hartigan - dubbed Lucky Lucian by furious staff - was paid 380,000 florins on January 6, according to company accounts seen by this paper. Six days later, at 11pm on Tuesday, the airline went bust.",
    "In a grovelling post on X that night, the airline boss begged customers: \"Please do not go to the airport.\"",
    "Cabin crew union chief Ewart Mabbott exploded: \"He filled his pockets while my members were flying planes he knew were doomed. They haven't even had their December pay.\"",
    "A spokesman for Hartigan said the payment was \"a retention award agreed last June\" and that the former boss had offered to hand it back.",
    "Meanwhile pensioners Marj and Wilf Gowdridge are stranded on the Dolmecian holiday island of Lucnica - and yesterday their hotel tried to turf them out.",
    "\"They put our suitcases in the corridor at 7.30am,\" Marj, 68, told the Blare from the island. \"Wilf had to sit on them while I rang every number I had.\"",
    "Retired plumber Wilf, 71, added: \"Forty years married and we're spending our anniversary guarding a pile of luggage. You couldn't make it up.\"",
    "The couple are booked on an Operation Homeward flight tomorrow. Transport Secretary Augusta Elphick said last night that 23 rescue flights had brought home more than 4,800 people by yesterday evening.",
    "She told the Blare: \"Anyone still abroad should stay put. We will come and get you.\" Elphick also hit out at Hartigan's bonus, saying she wanted \"every florin\" of it returned.",
    "The Holiday Protection Fund said a staggering 61,000 refund claims had flooded in since Wednesday - and warned that the first payouts could take up to six weeks.",
    "Dolmecian airport boss Kazimir Sterbak, who is holding three Gannetline jets hostage over a 2.3 MILLION euro bill, told reporters he would not budge. \"No money, no planes,\" he said.",
    "Hartigan has now been summoned before parliament's transport committee, which will grill him on Monday.",
    "Ambersett Holdings, the investors who walked away from rescue talks on Monday, claimed the airline's books were \"far worse than anyone was told\". Last night Lucky Lucian was nowhere to be seen.",
])

rep("lectern-2044-01-16-out-of-sky", "The Stourmere Lectern", "2044-01-16",
    "How Gannetline ran out of sky", [
    "On Monday afternoon, in a borrowed boardroom above a bank in Stourmere, Lucian Hartigan was still sure his airline would be sold to Ambersett Holdings. By Tuesday night it was gone, and some 36,000 of its passengers were stranded in places they had flown to for a rest.",
    "“Their chairman looked across the table and said, ‘We are buying slots, Lucian, not an airline,’ and I knew we were finished,” Hartigan tells the Lectern. It is his first interview since the collapse.",
    "Corran Gilchrist, Ambersett’s chairman, does not dispute the remark. He says the firm only ever wanted Gannetline’s take-off and landing rights at Stourmere, “the one part of the business still worth anything”, and that no buyer could have taken on debts of 310 million florins.",
    "The debts had been piling up for a year. Gannetline’s fuel bill rose by 18% between September and December, and its bankers cut off a credit line earlier this month. Hartigan concedes that the 380,000-florin bonus he was paid on 6 January, first reported by the Daily Blare, “looks indefensible now”. He says he will repay it in full by 31 January.",
    "The Transport Secretary, Augusta Elphick, is less interested in the bonus than in the bill. Operation Homeward has so far run 41 rescue flights and brought home about 8,300 people at a cost of roughly 19 million florins, she says. “Every one of those seats is being paid for by people who never flew Gannetline,” Elphick says. “Someone will be asked to give that money back.”",
    "The airport bill in Dolmecia was settled late Friday. After two days of calls between the capitals, Stourmere agreed to guarantee the €2.3 million owed at Lúčnica, and Kazimír Štěrbák, the airport’s director, let the three jets go. They are expected to be flown home empty, by pilots working unpaid, as early as Monday.",
    "Loveday Brack of Pellingham Sloane, the administrators, says bids for the airline’s slots are due by 5 February. “We have heard from four airlines and two investment funds,” she says, “and Ambersett is one of them.”",
    "For the 2,220 staff who were let go, there is little comfort. Ewart Mabbott of the Aircrew Alliance says the union will take the company to an employment tribunal on behalf of at least 900 members. Asked whether he owes them an apology, Hartigan is silent for a long time. “I owe them more than that,” he says. “I don’t know yet how I will pay it.”",
])

rep("fenwater-2044-01-18-hartigan-hearing-live", "Fenwater Radio", "2044-01-18",
    "LIVE: Gannetline boss faces MPs as last rescue flight heads home", [
    "LIVE: Gannetline boss faces MPs as last rescue flight heads home - Monday 18 January\nAll times are Stourmere time (GMT+1)",
    "08:55\nGood morning. Lucian Hartigan, the former chief executive of Gannetline, appears before parliament's transport committee at 10:00 (13:00 in Zarnovec), his first time in front of MPs since the airline collapsed last week.",
    "09:10\nThe last Operation Homeward flight took off from Lucnica at 11:40 local time (08:40 here) with 212 passengers on board. It is due to land in Stourmere at about 14:05.",
    "09:32\nTransport Secretary Augusta Elphick wrote on X this morning that 68 rescue flights had brought home 12,460 people and that the operation would end with today's flight.",
    "10:03\nHartigan opens with an apology. \"For eleven years I was in charge of this airline, and I flew it into the ground. I am sorry, to our passengers and to the people who worked for me,\" he tells the committee.",
    "10:19\nThe committee's chairman, Lysander Olderwood, asks about the bonus. Hartigan says he repaid the 380,000 florins on Saturday and has \"the bank receipt to prove it\".",
    "10:41\nOlderwood presses him: \"When you took that money, did you know the airline could not survive?\" Hartigan replies: \"No. I believed Ambersett would buy us until the very end.\"",
    "11:02\nEwart Mabbott, watching from the public gallery, tells Fenwater Radio that the apology \"came eleven years and 2,220 jobs too late\".",
    "11:26\nFrom Dolmecia: tourism minister Zdenka Korinkova said on Sunday that the state had paid hotels on Lucnica for 3,150 nights on behalf of stranded guests and would send the bill to Stourmere.",
    "11:48\nThe three jets impounded at Lucnica last Wednesday left the island yesterday, the airport's director, Kazimir Sterbak, told Dolmecian television.",
    "12:30\nLoveday Brack, the administrator, tells the committee that 19 bids have come in for the airline's slots and that a sale could be agreed by 29 February.",
    "12:52\nThe hearing ends after two hours and 49 minutes.",
    "13:20\nMarjorie Gowdridge, who landed in Stourmere on Saturday with her husband, has been listening at home. \"He said sorry eleven times. I counted,\" she tells us. Wilfred Gowdridge, 71, is less forgiving. \"Sorry doesn't pay a hotel bill,\" Gowdridge says.",
    "14:09\nThe final Homeward flight has landed, four minutes late. Elphick, waiting on the tarmac, says the operation is over. \"Every passenger who asked to come home is home,\" she says.",
])
