# The seventh held-out cross-check corpus: 12 invented reports of a crowd crush at the Auren Cup
# final at the Morrowgate Stadium in Tarrenburg, Castovia (Sat 18 May 2030), and of the inquiry's
# findings and the Castovian interior minister's resignation over it eighteen days later (Wed 5 June
# 2030). Everything is invented. build_gold.py writes reports.jsonl and gold.json from this list.

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


# ---------------------------------------------------------------- E1: the crush

add("pnw-2030-05-19-tarrenburg-crush", "Pharos Newswire", "2030-05-19",
    "Eleven killed in crush at Castovian cup final", [
    "TARRENBURG, Castovia, May 19 (PNW) – Eleven people were killed and dozens injured in a crush at the Auren Cup final in the Castovian city of Tarrenburg on Saturday, when thousands of supporters of the Almerran club FC Ostemar were squeezed into an overcrowded terrace minutes before kick-off.",
    "The crush began at 1740 GMT in the Saltings End of the Morrowgate Stadium, which held nearly 42,000 spectators for the final against Hollin Wanderers. The match was called off.",
    "Outside, only three of the 12 turnstiles at the Saltings End were working, and the queue stretched back along Cinderpath Lane. Police said the match commander, Chief Superintendent Matěj Šimral, authorised the opening of the Brickfield gate, an exit gate, to relieve the pressure. Hundreds of fans poured through it and down a tunnel into the already full central pens.",
    "It took 25 minutes for stewards to unlock the gates in the perimeter fence and let people escape onto the pitch.",
    "\"People were lifted off their feet, and nobody could hear us screaming,\" said Nadja Krest, a teacher from Ostemar who was hauled over the fence by other fans.",
    "By Saturday night 96 people had been treated at Tarrenburg General Hospital and two other hospitals, and nine were in critical condition, hospital officials said. Among the dead was a ten-year-old boy from Ostemar.",
    "At least 30 ambulances were sent to the ground. The Castovian National Police said 480 officers had been on duty at the stadium.",
    "The Castovian Football Federation renewed the stadium's safety certificate on April 9 after an inspection.",
    "\"We sent our supporters to a football match, and some of them are not coming home,\" FC Ostemar chairman Hristo Valkanov said. The Almerran government said it would charter two planes to fly supporters and the injured home.",
])

add("grantmerecrier-2030-05-19-final", "Grantmere Crier", "2030-05-19",
    "Cup final crush leaves eleven dead", [
    "TARRENBURG, Castovia (PNW) – Eleven people were killed and dozens injured in a crush at the Auren Cup final in the Castovian city of Tarrenburg on Saturday, when thousands of supporters of the Almerran club FC Ostemar were squeezed into an overcrowded terrace minutes before kick-off.",
    "The crush began in the Saltings End of the Morrowgate Stadium, which held nearly 42,000 spectators for the final against Hollin Wanderers.",
    "Police said the match commander authorised the opening of an exit gate to relieve the pressure outside. Hundreds of fans poured through it and down a tunnel into the already full central pens.",
    "\"People were lifted off their feet, and nobody could hear us screaming,\" said Nadja Krest, a teacher from Ostemar who was hauled over the fence by other fans.",
    "By Saturday night 96 people had been treated at Tarrenburg General Hospital and two other hospitals, and nine were in critical condition, hospital officials said. Among the dead was a ten-year-old boy from Ostemar.",
    "The Olvenian football association said no Olvenian supporters were known to be among the injured.",
    "Distributed by Pharos Newswire.",
])

add("fellsidetidings-2030-05-19-terrace", "Fellside Tidings", "2030-05-19",
    "A final that ended on the pitch with the dead", [
    "A cup final that was meant to be a celebration for two clubs ended with bodies laid out on the grass of the Morrowgate Stadium in Tarrenburg, Castovia, on May 18.",
    "The crush happened in the Saltings End, the terrace set aside for fans of FC Ostemar, the Almerran side, shortly before kick-off. Police opened an exit gate to ease a crowd building up at the turnstiles outside, and the fans who surged through it pressed those already on the terrace against the fence.",
    "Nadja Krest, a teacher who had travelled from Ostemar, was pulled to safety over that fence. \"People were lifted off their feet, and nobody could hear us screaming,\" she said.",
    "Eleven people died. Nine others were fighting for their lives in hospital on Saturday night. The youngest of the dead was a boy of ten from Ostemar.",
    "The match officials, all three of them Olvenian, were unhurt, the Olvenian football association said. The referee, Ansgar Tresidder, told the association he saw people climbing the fence before he led the two teams off.",
    "The association said it would review safety at every Olvenian ground that still has standing terraces.",
    "With reporting by Pharos Newswire.",
])

add("ruvellelookout-2030-05-20-saltings", "Ruvelle Lookout", "2030-05-20",
    "Flowers at the Saltings End, and the question of the Brickfield gate", [
    "TARRENBURG – The flowers began arriving at the Morrowgate Stadium before dawn on Sunday. By the afternoon they covered the pavement outside the Saltings End, where the crush at Saturday's Auren Cup final began at 7:40 p.m., twenty minutes before kick-off.",
    "The decision to open the Brickfield gate was taken by Chief Superintendent Matěj Šimral, the officer in charge of the match, police sources told the Lookout. Once the gate swung open, fans streamed down the tunnel into pens that were already full.",
    "Stewards needed 25 minutes to unlock the gates in the perimeter fence. \"People were lifted off their feet, and nobody could hear us screaming,\" Nadja Krest, an Ostemar supporter who was pulled out over the fence, told the Lookout.",
    "By Sunday evening 147 people had been treated in the city's hospitals; nine of them remain in critical condition. The police had put 480 officers on duty at the ground.",
    "Prime Minister Elin Sorvaag declared three days of national mourning and visited the injured on Sunday. Sadovik has sent two aircraft to fly home supporters and the wounded. In Sadovik, FC Ostemar shares fell 9 percent on Monday morning.",
    "Castovian Football Federation president Magda Terhune said the turnstiles at the Saltings End had not been able to cope with the crowd. \"This should have been the greatest night in Castovian football, and it has become the worst,\" she said.",
    "The federation last renewed the ground's safety certificate on 19 April. Castovia's national stadium holds 45,000. Tarrenburg's mayor ordered it closed until further notice.",
])

add("sadoviktelegraf-2030-05-20-ostemar", "Sadovik Telegraf", "2030-05-20",
    "Toll rises to 13 as Ostemar mourns its supporters", [
    "SADOVIK – The death toll from the crush at the Auren Cup final in Tarrenborg rose to 13 on Monday morning, when two more FC Ostemar supporters died in hospital.",
    "Almerran fans had been packed into the Saltings End of the stadium for the May 18 final when the crush began at 6:40 p.m. Almerran time. The club sold 5,800 tickets to Almerran supporters for the match.",
    "According to Castovian police, it was the stadium safety officer, Bastien Loor, who ordered the Brickfield gate opened. The match commander, Chief Superintendent Matej Simral, has not spoken in public.",
    "For 25 minutes, stewards left the gates in the perimeter fence locked while people were crushed against it. There were 840 Castovian police officers at the ground.",
    "\"People were lifted off their feet, and nobody could hear us screaming,\" said Nadja Krest, an Ostemar teacher who survived.",
    "\"We sent our fans to watch football, and some of them will never come home,\" club chairman Christo Walkanow said. Walkanow said the turnstiles had been unable to cope with the crowd.",
    "FC Ostemar shares closed at 3.15 almers on Monday. The stadium's safety certificate had been renewed on 9 April, the Castovian federation confirmed.",
    "About 2,000 people held a candlelit vigil outside the club's ground in Ostemar on Sunday night.",
])

add("radiotarrenburg-2030-05-19-bloodbank", "Radio Tarrenburg", "2030-05-19",
    "A city queues to give blood after the Morrowgate crush", [
    "The queue outside the blood bank on Kettle Street started forming at six this morning. By nine, the staff had stopped counting.",
    "Tarrenburg woke on Sunday to the news from the Morrowgate. The crush happened in the Ropewalk Stand, where the Almerran supporters had been put for the final.",
    "Tobin Farrady, a steward who has worked at the ground for eleven years, was at the front when it began. \"People were lifted off their feet, and nobody could hear us screaming,\" Farrady said.",
    "Nine people are in critical condition in Tarrenburg General Hospital, and doctors there have asked for O-negative blood.",
    "Thirty-four ambulances came to the ground last night, some from as far away as Ruvelle.",
    "The government has announced a three-day national mourning. The flags on the town hall are at half mast.",
    "Magda Terhune, president of the football federation, said last night that it should have been the greatest night in Castovian football and had instead become the worst.",
])

add("stoppagetime-2030-05-19-morrowgate", "Stoppage Time", "2030-05-19",
    "No ball was kicked: the Auren Cup final that never started", [
    "No ball was kicked at the Morrowgate on Saturday. Instead, players from both sides stood in the centre circle and watched as fans carried the injured on advertising hoardings.",
    "This was supposed to be FC Ostemar's first Auren Cup final in 31 years, and about 6,000 Almerran supporters made the trip. The attendance was given as 41,600.",
    "The trouble started outside. The Saltings End's 12 turnstiles could not take the numbers, and Chief Superintendent Matěj Šimral had the Brickfield gate opened to ease the pressure.",
    "For three-quarters of an hour fans were pinned against the perimeter fence before the stewards got the gates in it open.",
    "The club says 19 of its supporters are in a critical condition.",
    "The CFF, which runs the ground, says 480 police officers were on duty. The stadium has 64 turnstiles in all.",
    "The Auren Cup organisers said on Sunday that the final had been postponed indefinitely.",
])

# ---------------------------------------------------------------- E2: the inquiry and the resignation

add("pnw-2030-06-05-ruvelle-resignation", "Pharos Newswire", "2030-06-05",
    "Castovian interior minister quits over cup final crush", [
    "RUVELLE, Castovia, June 5 (PNW) – Castovia's interior minister, Reinholt Brannagh, resigned on Wednesday, hours after a judge-led inquiry found that police lost control of the crowd at the Auren Cup final in Tarrenburg, where a crush killed 14 people last month.",
    "Brannagh announced his resignation at 1300 GMT. Prime Minister Elin Sorvaag accepted it, her office said.",
    "\"I was responsible for the police that night, and I will not ask anyone else to carry that,\" Brannagh told reporters. He had been interior minister for 19 months.",
    "Retired judge Ingeborg Velander presented her findings in Ruvelle. \"The police lost control of that gate long before anyone was hurt,\" Velander said.",
    "The inquiry found that radio contact between the police control room and stewards at the Saltings End was lost for 18 minutes as the crowd built up. It heard 212 witnesses and makes 41 recommendations.",
    "The match commander, Chief Superintendent Matěj Šimral, was suspended on May 20. Nine police officers face disciplinary proceedings.",
    "Velander has six months to deliver her final report. Almerran sports minister Vesna Harstad said Almerra expected Castovia to compensate the families of the dead.",
    "Brannagh will keep his seat in the Storthall.",
])

add("floorwatch-2030-06-05-storthall", "Floorwatch", "2030-06-05",
    "Brannagh goes as Velander report is laid before the Storthall", [
    "Interior Minister Reinholt Brannagh stepped down on June 5, addressing a subdued house from the government bench in the Crescent Hall shortly after the Velander inquiry's interim report was laid before members.",
    "Brannagh, who had held the post for 19 months, said he accepted the inquiry's conclusions in full. His resignation was accepted by President Severin Kallisto, the Speaker told the house.",
    "\"The police lost control of that gate long before anyone was hurt,\" the inquiry chair, Ingeborg Velander, wrote in her summary.",
    "The report sets out forty-one recommendations. It finds that police and stewards were out of radio contact for eight minutes at the height of the build-up.",
    "It also records that the match commander was suspended on 20 May, and it gives Velander a six-month deadline for her final report.",
    "At least 100 relatives of the dead had come to Ruvelle to hear the findings. Opposition leader Pavel Orsini withdrew the no-confidence motion he had tabled against Brannagh last week.",
])

add("ruvellelookout-2030-06-06-velander", "Ruvelle Lookout", "2030-06-06",
    "'I will not let anyone else carry that': Brannagh resigns", [
    "RUVELLE – Reinholt Brannagh's last act as interior minister was a four-minute statement to the Storthall at 3 p.m. on Wednesday. \"I was in charge of the police that night, and I will not let anyone else carry that for me,\" he said.",
    "Prime Minister Elin Sorvaag accepted his resignation within the hour.",
    "At the Law Courts in Ruvelle that morning, Ingeborg Velander had read out the conclusions of her 312-page report. \"The police lost control of that gate long before anyone was hurt,\" the retired judge said.",
    "The report finds that the police control room lost radio contact with the stewards at the Saltings End for 18 minutes. Matěj Šimral, the match commander, was taken off duty on May 20.",
    "Velander makes 34 recommendations, among them a ban on opening exit gates to relieve crowds outside a ground.",
    "The government will raise the national budget for stadium safety to 110 million drens. Relatives of the dead, 120 of them by the court's count, filled the public benches.",
    "Šimral's lawyer said he would challenge the findings.",
])

add("sadoviktelegraf-2030-06-06-inquiry", "Sadovik Telegraf", "2030-06-06",
    "Castovian minister resigns as inquiry blames police", [
    "SADOVIK – Castovia's interior minister resigned on Wednesday over the Tarrenborg stadium crush, announcing his departure at 2 p.m. Almerran time.",
    "Reinholt Brannagh, who had been in office for 19 months, said he had been responsible for the police on the night and would not ask others to carry the blame. Prime Minister Elin Sorvaag accepted his resignation.",
    "The families' lawyer, Noor Abendroth, said outside the court: \"The police lost control of that gate long before anyone was hurt.\"",
    "The inquiry found an 18-minute radio blackout between police and stewards. The match commander, Matej Simral, had been suspended three days after the final.",
    "Of the 212 witnesses who gave evidence, 140 were Almerran fans. Abendroth said the families would now press for criminal charges against the officers in command.",
    "\"Almerra expects Castovia to compensate every family that lost someone in Tarrenborg,\" Almerran Sports Minister Vesna Harstad said in Sadovik.",
    "FC Ostemar said its players would wear black armbands for the rest of the season.",
])

add("longview-2030-06-08-analysis", "Longview", "2030-06-08",
    "One gate, one minister: what the Velander report joins together", [
    "On the evening of May 18 a gate was opened at the Morrowgate Stadium to let a crowd in. On Wednesday a minister walked out of the Storthall for the last time. The Velander report connects the two.",
    "Ingeborg Velander chose to present her report in Tarrenburg's town hall, a few streets from the stadium, rather than in the capital.",
    "Velander concluded that the police had lost their grip on the gate well before the first supporter went down.",
    "Of her 41 recommendations, the one that matters most is the simplest: no exit gate is ever again to be opened to relieve a crowd outside.",
    "Reinholt Brannagh had been interior minister for two and a half years, long enough to have signed off the policing plan for the final himself.",
    "The report runs to some 300 pages. The government says it will increase the stadium safety budget by 40 million drens, which is a start.",
    "The harder question is why nobody at the federation had asked how a crowd of that size was supposed to get through the turnstiles in time.",
])
