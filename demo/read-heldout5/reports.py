"""The invented reports of demo/read-heldout5 (source of reports.jsonl). Everything here is invented."""

R = []


def rep(id, outlet, published, title, paras):
    R.append({"id": id, "outlet": outlet, "published": published, "title": title,
              "url": f"https://news.example.invalid/{id}", "text": "\n\n".join(paras)})


rep("sns-2029-03-12-diadem-stolen", "Skerry News Service", "2029-03-12",
    "Gold diadem lent by Saldenia stolen from Ostrevian National Museum", [
    "VALMEYR, Ostrevia, March 12 (SNS) - Thieves who cut through a skylight at the Ostrevian National Museum (ONM) early on Sunday escaped with the Tesmer Diadem, a ninth-century gold crown on loan from neighbouring Saldenia, in less than seven minutes.",
    "The alarm sounded at 03:42 CET (02:42 GMT) and the first patrol car reached Kastell Square four minutes later, according to the Central Criminal Bureau (CCB), which is leading the inquiry. By then the gang had gone.",
    "\"They knew which case to open and they touched nothing else,\" said Detective Superintendent Halvar Oddsen, who heads the investigation. \"This was ordered, not improvised.\"",
    "The diadem, set with 212 garnets and weighing about 1.4 kilograms, carries an insured value of €38 million, museum director Renée Castaigne told reporters alongside Culture Minister Ragnhild Selander. She said the museum would stay shut until Thursday while forensic teams worked through its 26 galleries.",
    "In Ruzhevo, Saldenia's culture minister, Ksenia Dorofeyeva, said in a statement that her government had lent the diadem \"in good faith and on good advice\" and expected Valmeyr to explain how a skylight above a €38 million object had been left without a sensor. Ruzhevo has already frozen the loan of 40 further objects promised for an exhibition in June, the Saldenian culture ministry said.",
    "The exhibition, \"Crowns of the Inland Sea\", opened on February 3 and had drawn more than 85,000 visitors. Selander, who opened it, called the theft \"a wound to two countries at once\".",
    "The CCB is offering a reward of 200,000 euros. Oddsen said on Monday the thieves had probably watched the building for weeks and could have left Valmeyr within 90 minutes of the alarm. Roadblocks on the three motorways out of the capital were lifted at noon on Sunday.",
])

rep("quaysidechronicle-2029-03-13-night-guard", "The Quayside Chronicle", "2029-03-13",
    "‘The wrong floor’: the night guard who found the empty case", [
    "Lukas Ferrand was 40 minutes into his second round of the night when he heard what he took for a bottle breaking out on Kastell Square. He was on the ground floor. The Tesmer Diadem stood in a case of its own two storeys up, and by the time he had run the stairs the case was empty.",
    "His mother, Solange Ferrand, who lives two streets from the museum, says he telephoned her at about half past four on Sunday morning. “My boy rang and the first thing out of his mouth was ‘I was on the wrong floor.’ Not hello, nothing,” she told the Chronicle. “He has been guarding that building for eleven years.”",
    "The CCB has not named Ferrand as a suspect, and the museum’s director, Renee Castaigne, described him as “the only person who did his job that night”.",
    "A member of the museum’s cleaning staff, who did not want to be named, said the sensor on the skylight had been switched off for repairs since last month.",
    "Across the square, the street had been dark for a week because the council had not replaced two broken lamps, said Hester Vantreight, who runs the bakery opposite the museum’s side door. “You could have parked a lorry there and nobody would have looked twice,” she said. The council will discuss the lighting on Thursday evening.",
    "Culture Minister Ragnhild Selander visited the museum yesterday and promised a review of security at all 14 state museums. The minister said a decision on extra money would come by the end of next week.",
    "Johan Selander, the museum’s curator of medieval metalwork and no relation to the minister, wrote in a post on LinkedIn that the diadem was “irreplaceable, not merely expensive”. He added that a piece so famous could not be sold openly and that he feared it would be broken up for its stones.",
    "“I keep thinking of the clasp,” Selander said. “Nobody has made one like it for eleven centuries.”",
])

rep("ruzhevoobserver-2029-03-14-loans-recalled", "The Ruzhevo Observer", "2029-03-14",
    "Saldenia calls its treasures home after diadem theft", [
    "RUZHEVO, 14 March — Saldenia will ask Ostrevia to return every object it has lent to Ostrevian museums by the end of the month, Culture Minister Xenia Dorofeeva announced on Tuesday, two days after the Tesmer Diadem was stolen in Valmeyr.",
    "\"We did not lend them a crown so that they could lose it,\" Dorofeeva told a news conference. \"We lent them our history. Valmeyr has to understand that this is not a matter for insurers.\" She warned that Saldenian schools would cancel exchange trips to Ostrevia if the diadem was not found, and said she had recalled the ambassador, Irina Tomashova, for consultations.",
    "The museum's alarm went off at 04:42 EET on Sunday (03:42 in Valmeyr). The diadem is one of 3,200 objects the Saldenian National Heritage Collection (SNHC) has lent abroad, and the only one ever stolen.",
    "\"The collection is not a lending library,\" said Miroslav Velimirov, the SNHC's director, \"and from today nothing leaves this country without an armed escort.\"",
    "In a letter to Castaigne dated March 12, Velimirov wrote that his staff had asked in January for a second sensor on the skylight and had been promised one \"before the opening\". A copy of the letter was seen by the Observer. The loan agreement, signed in Valmeyr on 9 November 2028, says that the borrower must pay the insured value within 30 days of a loss.",
    "According to the Ostrevian embassy in Ruzhevo, Valmeyr has offered to pay for an independent review and to cover the full insured value. Ruzhevo wants more. The culture ministry expects a written reply by Monday and the first crates of the 40 objects on the road before April 1, said Arkady Lunev, Dorofeeva's spokesman.",
    "The theft has revived an older grievance. Ostrevian dealers handled at least 60 looted Saldenian pieces after the border opened in 1993, argued Imelda Penhallow, an art-crime researcher at Ruzhevo University. Her book on the trade took her nine years to write. Some of those pieces, she noted, are still on display in Valmeyr.",
])

rep("countinghouse-2029-03-16-gatewarden-shares", "Countinghouse Daily", "2029-03-16",
    "Diadem theft wipes a tenth off museum guard firm Gatewarden", [
    "Shares in Gatewarden Security, which has guarded the Ostrevian National Museum since 2021, fell 11.5% on Thursday, their worst day since the company listed in October 2019. The museum contract is worth about €2.6m a year, roughly 4 percent of Gatewarden’s revenue.",
    "“We were never asked to alarm that skylight,” chief executive Fredrik Ambervold told analysts on a call. “The specification was the museum’s, not ours.” He said Gatewarden had staffed the building with three guards a night, as agreed, and would cooperate fully with the CCB.",
    "Investors were not reassured. Oona Lachterman, an analyst at Stellhorn Capital, said that the gold in the diadem was worth less than €150,000 at current prices, “a rounding error next to the history”, and that the real cost to Gatewarden would be the contracts it now fails to win. Her firm cut its price target by 30 percent, to €8.40.",
    "The gang was inside the building for six and a half minutes, according to the CCB, which has reviewed footage from 31 cameras. The diadem is insured for €38 million under Ostrevia’s state indemnity scheme, with Quenby Fine Art Underwriters carrying the first €5 million. Quenby had raised premiums on loaned antiquities in June last year, a spokeswoman said, and expected to settle “within weeks, not months”.",
    "The rest falls on Valmeyr. Finance Minister Tobiah Kersting wrote on Threads that the state would pay “every cent it owes, and not one cent more”, and the finance ministry said the money would come from a €120 million contingency reserve.",
    "Ruzhevo’s recall of its loans has unsettled lenders elsewhere. Two private collectors have asked for pieces back from Ostrevian museums since Tuesday, Quenby said. The ONM, which had hoped to reopen on Thursday, now says it will not admit visitors before March 22.",
])

rep("rno-2029-03-20-diadem-recovered", "Radio National Ostrevia", "2029-03-20",
    "Tesmer Diadem found in Orbeck garage; three men charged", [
    "The Tesmer Diadem was found on Monday in a lock-up garage in the port town of Orbeck, eight days after it was stolen from the Ostrevian National Museum, the Central Criminal Bureau said yesterday. Two of its 212 garnets are missing and one of its four gold arches is bent.",
    "Three men arrested on Saturday have been charged with aggravated theft, according to the CCB. Its charge sheet, seen by RNO, says the men had rented the garage for six months under a false name.",
    "\"We found it wrapped in a bath towel in a cool box,\" Detective Superintendent Halvar Oddsen told RNO. \"Whoever ordered this job never came to collect.\" Asked whether a buyer had been identified, he said that the inquiry was \"very much still open\".",
    "Oddsen spoke to RNO shortly after 8 p.m. on Monday. The men will appear before a magistrate in Valmeyr on Friday.",
    "In Ruzhevo, Dorofeyeva posted a photograph of the diadem on Threads with the words \"Welcome back. Now come home.\" Saldenia's culture ministry said the crown would be flown to Ruzhevo under armed escort by the end of April, once restorers in both countries have examined it.",
    "Renée Castaigne said today that the museum would reopen at 10:00 CET on Thursday, 09:00 GMT, with the upper galleries closed for another fortnight. The director said the skylight had been sealed. Ragnhild Selander, the culture minister, who was criticised in parliament last week for the museum's staffing, said she had ordered new sensors for every state museum by June 30.",
    "Parliament will debate museum security tonight. A trial is not expected before March next year. Gatewarden, whose contract was suspended earlier this month, has recovered some of its losses. Its shares rose 6 percent yesterday.",
])
