"""The invented reports of demo/read-heldout7 (source of reports.jsonl). Everything here is invented."""

R = []


def rep(id, outlet, published, title, paras):
    R.append({"id": id, "outlet": outlet, "published": published, "title": title,
              "url": f"https://news.example.invalid/{id}", "text": "\n\n".join(paras)})


rep("sws-2031-03-06-tensivar-recall", "Skerrymore Wire Service", "2031-03-06",
    "Lindravia recalls 38 batches of blood-pressure pill after 14 patients fall ill", [
    "CASTELMOOR, Lindravia, March 6 (SWS) — Lindravia's National Medicines Safety Agency (NMSA) on Thursday ordered the recall of 38 batches of Tensivar, a blood-pressure tablet made by Merrowgate Pharmaceuticals, after 14 patients who had taken it were admitted to hospital, three of them to intensive care.",
    "The recall, announced at 11:00 local time (10:00 GMT), covers about 410,000 packs sold since last October in Lindravia and neighbouring Velmiria. Tests carried out earlier this month found traces of a cleaning solvent in tablets from the company's plant in Quarrenby, the agency said.",
    "\"Patients should not simply stop taking their medicine. Talk to a pharmacist, who will swap your packs for a safe batch free of charge,\" Dr Liesel Tollervik, the agency's chief executive, told reporters. She said that the first reports of dizziness and fainting had reached the agency on February 24.",
    "Health Minister Rosamund Kettleby, who stood beside her, said the government would pay for extra pharmacy staff. \"Nobody in this country will be left without their tablets because of someone else's mistake,\" the minister said.",
    "Merrowgate's chief executive, Alaric Ashcombe, said in a statement that the company had halted shipments from Quarrenby late Wednesday and was \"cooperating fully\" with the inquiry. The firm, which employs some 1,200 people at the plant, said no other product was affected.",
    "Of the 14 patients, 11 are in Quarrenby General Hospital and three in Ellisford, according to hospital sources. \"Two of them are over 80 and we are watching them closely,\" said one doctor, who asked not to be named.",
    "In Drasnik, the Velmirian Drug Control Office (VDCO) said it had received nine of the 38 batches and would recall them by Saturday. Velmirian Health Minister Dusan Cirkovic noted that no patient in Velmiria had yet reported symptoms.",
    "A joint statement from the two agencies, issued at 15:30 CET, said the batches were \"unlikely to cause lasting harm\" but urged anyone who felt faint to call a doctor. Trading in Merrowgate shares was halted for two hours after the announcement.",
])

rep("castelmoorgazetteer-2031-03-08-plant-shut", "The Castelmoor Gazetteer", "2031-03-08",
    "Merrowgate shuts Quarrenby plant as Tensivar recall widens", [
    "Merrowgate Pharmaceuticals shut its tablet plant in Quarrenby late Friday, after the National Medicines Safety Agency ordered the recall of 38 batches of its blood-pressure drug Tensivar, and its shares lost 23 percent of their value in a single session.",
    "Hugo Strettell, the company’s director of quality, who reports to the chief executive, Alaric Ashcombe, said the solvent had come from a valve that was meant to be replaced in January. “When the laboratory rang me, the first thing the chemist said was ‘Stop the line,’ and we stopped it within the hour,” he said. “I will not pretend that is good enough.”",
    "Ashcombe himself has said little since Thursday. In a television interview with LTV’s Checkpoint programme on Friday night, the chief executive said that Merrowgate would “pay what it owes, to every patient, without a court having to tell us”. He did not say how much that would be.",
    "The agency’s chief executive, Dr Liesel Tollervik, and Health Minister Rosamund Kettleby spent Friday in Quarrenby, where 11 of the 14 patients are being treated. Kettleby spoke after Tollervik had briefed the hospital’s staff. “We will find out how this happened, and we will say so in public, whoever it embarrasses,” she said.",
    "According to the Heartline Patients’ Association, which represents about 90,000 people with heart conditions, its helpline took more than 4,000 calls in two days. Its chair, Philippa Fellgrove, wrote in a post on Bluesky that pharmacies in Ellisford had run out of replacement packs by Friday afternoon.",
    "In Velmiria, which received nine of the batches, the drug office said that its own recall would be complete by Sunday. Castelmoor has offered Drasnik the results of every test, a ministry official said.",
    "The recall is the agency’s largest since it was set up in 2009. Merrowgate, founded in Quarrenby in 1962, made a profit of €48 million last year and sells Tensivar in 12 countries. Its shares had already fallen 9 percent earlier this week.",
])

rep("dailyjolt-2031-03-10-pennock", "The Daily Jolt", "2031-03-10",
    "Daughter's fury over heart pill that floored her dad", [
    "Edmund Pennock took his blood-pressure pill with his tea on Tuesday night, as he has every night for six years. Twenty minutes later he was on the kitchen floor.",
    "“Dad went grey and just folded,” his daughter Clara Pennock told the Jolt yesterday at her home in Ellisford. “I thought it was his heart. It was the tablets.”",
    "The retired bus driver is one of 16 patients now in hospital after taking Tensivar, the Merrowgate pill recalled on Thursday. He is out of intensive care at Quarrenby General but still on a monitor. The hospital said on Sunday that no patient's life was now in danger.",
    "Pennock, a nurse herself, is angry. “They knew last month. People were fainting in February, and they let us keep swallowing the stuff,” she said. “Somebody at that factory has to answer for my dad.”",
    "Dr Isidore Quayle, the cardiologist treating Mr Pennock, said that most patients recover within 48 hours once they stop the tablets. “Mr Pennock is a tough old boy,” he told us. “He asked me on Saturday whether he could go home for the football. I said no.”",
    "Health Minister Rosamund Kettleby went on Lindravian Television (LTV) on Sunday to promise compensation. “Every family that has been hurt by this will hear from us this week,” she said, “not from a lawyer in six months.”",
    "But Philippa Fellgrove of the Heartline Patients’ Association said the minister had promised the same after a vaccine mix-up in 2027. “Promises are cheap. Pills are not,” Fellgrove said, noting that a pack of 28 tablets costs €14.60 without a prescription.",
    "Ms Pennock has started an online petition demanding a public inquiry. By last night it had more than 26,000 signatures, twice as many as on Saturday morning; at 50,000 the National Assembly must debate it.",
    "Merrowgate said on Friday it would pay patients’ costs. Chief executive Alaric Ashcombe did not return our calls.",
])

rep("velmirskikurir-2031-03-12-velmirija", "Velmirski Kurir", "2031-03-12",
    "Velmirija counts its own Tensivar patients as Castelmoor hearing opens", [
    "DRAŠNIK, 12 March — Velmirija's health minister, Dušan Ćirković, said yesterday that four Velmirian patients had also been harmed by Tensivar, the blood-pressure pill recalled in both countries last week.",
    "\"We were told on 6 March that nobody here was ill. By the 9th we had four people in hospital in Drašnik and Sorvenje,\" Ćirković told the Kurir. \"I do not blame the pharmacists. I blame a factory that did not change a valve.\"",
    "The Lindravian National Assembly's health committee meets in Castelmoor at 10:00 CET (11:00 EET) today, and Ćirković will follow the hearing by video link. According to the NMSA, the Lindravian regulator, the solvent found in the tablets was a cleaning agent that should never have reached the production line.",
    "Dr Liesel Tolervik, who runs the NMSA, said on Monday that Velmirian inspectors would be welcome at the Quarrenby plant. Drašnik has asked for more than that: a joint inquiry, and compensation of at least €5,000 for each patient in Velmirija.",
    "The Velmirian Drug Control Office (VDCO) said its recall of nine batches, some 96,000 packs from 1,400 pharmacies, had ended on Sunday. \"Every pharmacy in the country has been checked. Twice,\" said Mirjana Drobnić, who heads the office. She said the office would publish the names of the hospitals but not of the patients.",
    "In Lindravia, the pressure is on Alaric Ashcombe, Merrowgate's chief executive. His company wrote to Velmirian pharmacies on Monday promising to cover \"every reasonable cost\". Merrowgate's quality director, Hugo Strettell, went further. \"If a Velmirian patient was harmed, he is our patient. There is no border in a hospital bed,\" Strettell told the Kurir by telephone.",
    "Lindravian Health Minister Rosamund Kettleby said last Thursday that her government would \"not hide behind a border\". Castelmoor's answer to the compensation request is expected after today's hearing, which is scheduled to last three hours.",
    "Tensivar has been sold in Velmirija since 2024. Around 30,000 Velmirian patients take it every day, the VDCO estimates.",
])

rep("radioquarrenby-2031-03-14-findings-live", "Radio Quarrenby", "2031-03-14",
    "LIVE: Agency blames leaking valve for Tensivar contamination", [
    "LIVE: Tensivar findings - Friday 14 March",
    "08:50 CET - Good morning from Quarrenby, where the National Medicines Safety Agency publishes its first findings on the Tensivar recall at 14:00 CET (13:00 GMT, 15:00 EET). Merrowgate's plant on Harrowden Road, where 1,200 people work, has been shut for a week.",
    "09:30 CET - Quarrenby General Hospital says 19 patients have now been treated, up from 14 a week ago, and that seven remain on its wards. Edmund Pennock, whose daughter spoke out earlier this week, went home yesterday.",
    "11:15 CET - Philippa Fellgrove, chair of the Heartline Patients' Association, is outside the plant gates. \"We are not here to shout. We are here to read what they publish, line by line,\" she told Radio Quarrenby.",
    "14:04 CET - Dr Liesel Tollervik is reading the findings. The solvent came from a cleaning valve that leaked into a mixing tank on at least 38 production days between 3 November and 21 February, she says.",
    "14:11 CET - Tollervik: \"The valve was flagged for replacement in an internal audit on January 9. The replacement was postponed three times.\" Asked who postponed it, she said: \"That is a question for the company, and for the police.\"",
    "14:20 CET - The minister, Rosamund Kettleby, confirms that the case has been passed to prosecutors. \"I said in Quarrenby last Friday that we would say so in public, whoever it embarrasses. This is me saying so,\" Kettleby said.",
    "14:35 CET - Merrowgate has issued a statement. The company \"accepts the agency's findings in full\" and will set aside €30 million for patients in Lindravia and Velmiria, it says. Alaric Ashcombe will step down as chief executive on April 30.",
    "15:02 CET - In Drasnik, Health Minister Dusan Cirkovic wrote in a post on Bluesky that the €30 million was \"a start, not an end\".",
    "15:40 CET - Ashcombe has come out to the gates. \"I ran this company for eleven years, and I am the one who leaves,\" he said, his voice breaking. Beside him, Hugo Strettell said nothing.",
    "16:05 CET - One of the Quarrenby workers, leaving the afternoon shift: \"We made good pills here for nearly seventy years. One valve. That's all it took.\"",
    "16:30 CET - The National Assembly's health committee will question Ashcombe and Tollervik on March 19, its chair said.",
])
