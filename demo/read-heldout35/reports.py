"""The invented reports of demo/read-heldout35 (source of reports.jsonl). Everything here is invented."""

R = []


def rep(id, outlet, published, title, paras):
    R.append({"id": id, "outlet": outlet, "published": published, "title": title,
              "url": f"https://news.example.invalid/{id}", "text": "\n\n".join(paras)})


rep("napszel-2056-10-09-juror-quits-ezusthid-jury", "Napszél (English edition)", "2056-10-09",
    "Juror quits Ezüsthíd panel, says chair saw the poet's warning before the ceremony", [
    "VÁRKELŐ, 9.10.2056 (Napszél) — Kristóf Ujlaki, a member of the Ezüsthíd Prize jury, resigned yesterday and said the jury's chair had been shown a plagiarism complaint against this year's winning novel before the ceremony.",
    "The prize, Halvenia's richest at 20 million tolvans (about $125,000), was presented on Thursday at the Kőfal Theatre to Ábel Kormosváry for Hamuvirág, his sixth novel. On Saturday the poet Hyacinth Marchbanks, who lives in Pennacott in Brannoway, set 14 passages of the novel beside lines from her unpublished manuscript, The Tideclock, on X. Some run to 12 lines almost word for word.",
    "\"At a quarter to ten on Wednesday evening Emőke forwarded me the poet's email and wrote on top, 'Too late for this year. Say nothing.' I said nothing. I am ashamed of that,\" Ujlaki told Napszél. He wrote in his resignation post on X that he could no longer sit on a jury \"that would rather not know\".",
    "Emőke Talabér, who has chaired the jury since 2051, rejected his account. In a written reply to Napszél, she said she had \"never opened, never read and never forwarded\" any complaint before the ceremony, and that she first saw the poet's passages on X \"like everyone else\". A second juror, who declined to be named, said the jury had heard of \"a complaint from abroad\" but had not been shown it.",
    "According to the Halvenian Letters Council (HLC), which awards the prize, the email reached its prize office at 07:20 on 3 October and was passed to the jury's chair on Wednesday. Ms Marchbanks says she sent it at 23:50 on 2 October, Pennacott time; Brannoway keeps its clocks seven and a half hours behind Halvenia's.",
    "His wife and literary agent, Villő Kormosváry, said on Saturday that the two writers had met once, at a residency at Harangvölgy Manor in July 2052, and had \"exchanged nothing but small talk\". Kormosváry, 58, said he had never seen the manuscript. \"I do not read other people's drafts. I have enough trouble with my own,\" he said.",
    "Culture Minister Szilárd Szederkényi spoke to Talabér by telephone on Sunday. \"The jury's honour is not mine to defend, but the prize belongs to the country,\" the minister said.",
    "The council's board meets tomorrow at 11:00. In a statement, the council said it would \"hear Mr Kormosváry first and decide the same day\", and that all seven jurors would be asked for every email they hold about the book.",
    "Ms Marchbanks, reached in Pennacott, said she wanted \"a correction, not a head on a plate\". \"I wrote those lines at a kitchen table with the sea in the window. He can keep the money. I want my lines back,\" she said.",
])

rep("holdfeny-2056-10-10-ezusthid-withdrawn-live", "Radio Holdfény (English service)", "2056-10-10",
    "LIVE: Ezusthid Prize withdrawn from Abel Kormosvary", [
    "LIVE: Ezusthid Prize withdrawn from Abel Kormosvary - Tuesday 10 October\nAll times are Varkelo time (UTC+3)",
    "08:50\nGood morning from outside the Halvenian Letters Council, whose board meets at 11:00 to decide whether Abel Kormosvary keeps the Ezusthid Prize. He was handed it at the Kofal Theatre on Thursday night. Since Saturday the poet Hyacinth Marchbanks has been posting passages of his novel, Hamuvirag, beside lines from her unpublished manuscript.",
    "09:40\nMarchbanks is at home in Brannoway, where it is 02:10. Her first post went up at 22:00 on Friday in Pennacott - 02:30 GMT and 05:30 on Saturday here. She tells us sleep has been hard to come by. \"Every time I close my eyes I see my own sentences in a stranger's book,\" she says.",
    "10:25\nKormosvary's wife and agent, Villo Kormosvary, spoke to us at the door: \"My husband has written six novels in thirty years. He has never needed anybody's notebook, and he will tell the board so himself.\"",
    "11:05\nThe board is in session. The council says no decision will be taken \"in haste or in the street\", and that Kormosvary has been invited to speak first.",
    "12:30\nAbel Kormosvary has left by a side door. \"I have answered every question,\" he said, \"and I will keep answering them. I did not take a single line from anyone.\"",
    "13:15\nCulture Minister Szilard Szederkenyi has posted on X that the council must decide \"on the evidence, not on the noise\". The minister said later that he had not spoken to any juror since Sunday.",
    "14:05\nThe prize is withdrawn. The council's statement, read out at 14:00 here - 11:00 GMT and 06:30 in Greyhithe - says the similarities are \"too many, too close and too particular to be chance\". Kormosvary must return the 20 million tolvans that came with the prize, according to the council.",
    "14:40\nPantlika Books, which published Hamuvirag last year, will stop selling it, the publisher confirmed. About 40,000 copies have been sold.",
    "15:20\nThe harder question now is what the jury knew before Thursday's ceremony. Marchbanks says she emailed the council on October 2, three days before it. Kristof Ujlaki, who quit the jury on Sunday, says its chair, Emoke Talaber, forwarded that email to him on the eve of the ceremony.",
    "16:45\nEmoke Talaber spoke to us briefly. \"We judged the book we were given,\" she said. \"If anyone had put a complaint in front of me, I would have read it.\" Asked whether she would step down as chair, she said she would decide \"this week\".",
    "17:30\nThat's all from us today. The board meets again next Monday to decide whether the prize goes to anyone this year.",
])

rep("keelstone-2056-10-11-halvenia-strips-prize", "Keelstone Wire", "2056-10-11",
    "Halvenia strips top novel prize from winner over copied passages", [
    "VARKELO, Halvenia, Oct. 11 (Keelstone Wire) — The Halvenian Letters Council (HLC) stripped novelist Abel Kormosvary of the Ezusthid Prize, the country's top literary award, on Tuesday, five days after he received it.",
    "The council announced the decision at 14:00 local time (11:00 GMT) on Tuesday. In a statement, it said 14 passages of his novel Hamuvirag, about 2,300 words in all, matched The Tideclock, an unpublished verse manuscript by the poet Hyacinth Marchbanks, \"too closely and too often to be chance\". The passages range from four to 12 lines.",
    "Marchbanks, 44, says she wrote the manuscript between 2049 and 2052 and read parts of it aloud at a writers' residency at Harangvolgy Manor in July 2052, where Kormosvary was also a fellow. It has never been published. Marchbanks said on X that she was \"relieved, not happy\".",
    "Kormosvary, 58, did not attend the announcement. \"The council has decided to believe a story rather than a writer,\" he said in a statement on Tuesday night, adding that he would return the prize money, 20 million tolvans ($125,000), \"under protest\".",
    "\"We will find out who saw that email,\" Culture Minister Szilard Szederkenyi told reporters on Wednesday, \"and what they did with it.\" He noted that the jury's rules did not oblige it to examine complaints received after its final vote, taken on Sept. 28.",
    "Jury chair Emoke Talaber has said she did not see the email before the ceremony. Kristof Ujlaki, who quit the seven-member jury on Sunday, said she forwarded it to him at 21:45 on Oct. 4, the eve of the ceremony.",
    "The prize office received the email on Oct. 3 and passed it to the chair's office at once, according to the council's statement, which said nobody could yet say \"whether, or when, it was opened\". A council official, speaking on condition of anonymity, said Talaber had asked for the email to be \"kept off the table until after Thursday\".",
    "Greyhithe said it expected Varkelo to make sure Marchbanks is credited in any future edition, and that its embassy had raised the case twice.",
    "Pantlika Books, the novel's publisher, said about 40,000 copies had been sold since its release last November. The council will decide next Monday whether to give the prize to another shortlisted book or leave it vacant. The Ezusthid, founded in 1987, had never before been withdrawn.",
])

rep("daily-gurnard-2056-10-14-lighthouse-poet", "The Daily Gurnard", "2056-10-14",
    "LIGHTHOUSE POET WINS HER WORDS BACK", [
    "She wrote it by lamplight in a lighthouse keeper's cottage. He won a fortune with it. Now the Lighthouse Poet has got her words back - and Halvenia's poshest book prize is in TATTERS.",
    "Pennacott's own Hyacinth Marchbanks, 44, blew the whistle on October 6, when she put 14 passages from Abel Kormosvary's prize-winning novel on X right next to lines from her own unpublished poems.",
    "Kormy, as fans in Varkelo call the 58-year-old, scooped the Ezusthid (it means silver bridge, apparently) at 9.40pm Halvenian time on October 5. Five days later the judges took it off him.",
    "Her daughter Senna, 19, spotted it first. \"Senna came into the kitchen waving her phone and said, 'Mum, some man in Halvenia has won a prize with your poem.' I laughed. Then I read it,\" said the Lighthouse Poet.",
    "The Lighthouse Poet told the Gurnard yesterday: \"I'm not a fighter. I write about tides and herring boats. But nobody gets to take a woman's lines and sign his own name under them.\"",
    "She insists Kormy was in the room when she read from The Tideclock at a writers' retreat in Halvenia in 2052. \"He sat three chairs from me and took notes. I thought he liked it,\" she said.",
    "Kormy is not going quietly. Pals say he is \"heartbroken\" and talking to lawyers. Mrs Kormosvary, his wife and agent, fumed: \"My husband is being hanged by a hashtag.\"",
    "Late Friday he handed back the 20 million tolvans - about $125,000 - that came with the gong, the Halvenian Letters Council confirmed. He has not said sorry.",
    "Two judges have now quit. Kristof Ujlaki walked out at 2am our time on Sunday, claiming the jury boss had seen the poet's warning days before the ceremony. That boss, Emoke Talaber, stepped down on Wednesday but insists she never opened it.",
    "Sales of Kormy's book jumped 30 percent in the week after the ceremony, publishing sources said. Now it has been pulled from the shops, and last night his publisher, Pantlika Books, said it would print her name in every future copy.",
    "The Lighthouse Poet will read The Tideclock in public for the first time this weekend, at Pennacott lifeboat station, and more than 300 people have asked for tickets. \"Bring a coat,\" she said. \"It's windy, and I read slowly.\"",
])

rep("greyhithe-mariner-2056-10-17-the-prize-nobody-holds", "The Greyhithe Mariner", "2056-10-17",
    "The prize nobody holds", [
    "When the Halvenian Letters Council met at 19:00 in Várkelő yesterday – 16:00 GMT, 11:30 here in Greyhithe – it decided that nobody will hold the Ezüsthíd Prize for 2056. In 69 years the award has never been left empty.",
    "The council’s statement, published with the decision, says the jury “cannot in conscience” crown a second book from a shortlist it drew up alongside the first. Ábel Kormosváry, stripped of the prize last week, handed back its 20 million tolvans late on Friday.",
    "Hyacinth Marchbanks, 44, takes the news at her kitchen table in Pennacott, where The Tideclock was written. Her daughter, Senna Marchbanks, who found the first matching passage, sits beside her. “I never wanted his prize,” the poet says. “I wanted the record to show whose sentences they were. Now it does.”",
    "The email she sent the council on 2 October, she says, was the hardest thing she has ever written. It left her laptop at 23:50 – already 07:20 on 3 October in Várkelő.",
    "What became of it is now the question in Halvenia. Emőke Talabér, who left the jury last Wednesday, says she never opened it. Kristóf Ujlaki, the juror who resigned first, says she sent it to him on the eve of the ceremony with a note telling him to “say nothing”, and that at least two other jurors knew of the complaint.",
    "Ujlaki met the culture minister, Szilárd Szederkényi, on Friday. The jury’s rules, he says, were written to protect winners, not writers. The minister tells the Mariner that an outside review of the rules will report “before the next shortlist, not after it”.",
    "Greyhithe says it has no quarrel with Halvenia’s writers. Várkelő says it never had one with Brannoway’s.",
    "Villő Kormosváry, her husband’s agent for 30 years, says he is “writing, not reading newspapers”. Kormosváry will not appeal, she says. Pántlika Books says Hamuvirág will return to the shops next month with a note crediting The Tideclock, and that it has offered to publish the manuscript itself.",
    "“Every jury in this country has lost some innocence this month,” says a former Ezüsthíd juror, who asks not to be named. “We were trained to read books. Nobody trained us to read inboxes.”",
    "Earlier this month few people outside Pennacott had heard of Hyacinth Marchbanks. On Sunday more than 300 of them crowded into the town’s lifeboat station to hear her read.",
])
