"""The invented reports of demo/read-heldout17 (source of reports.jsonl). Everything here is invented."""

R = []


def rep(id, outlet, published, title, paras):
    R.append({"id": id, "outlet": outlet, "published": published, "title": title,
              "url": f"https://news.example.invalid/{id}", "text": "\n\n".join(paras)})


rep("cpw-2042-11-19-banknote-motto", "Corbel Press Wire", "2042-11-19",
    "Ardessa halts new 20-crown note over misspelt motto; foreign printer questioned", [
    "KILBRENNA, Ardessa, Nov 19 (CPW) — The Ardessan Central Bank (ACB) stopped issuing its new 20-crown banknote on Wednesday, two days after it entered circulation, because the national motto on the back reads STEADFAST IN STROM instead of STEADFAST IN STORM.",
    "Governor Isolde Quarrington told a news conference at 11:30 local time (10:30 GMT) that about 11 million of the 40 million notes printed had already reached commercial banks and would remain legal tender. \"Every one of these notes is money. Nobody should refuse them, and nobody should hoard them,\" she said.",
    "The error was first noticed on Tuesday morning by Edwina Sollis, 71, a retired proofreader from the town of Tallowmere, who was given two of the new notes as change at her post office. Her grandson, Lachlan Sollis, 15, posted a photograph of one on X at 21:40 on Tuesday, and by Wednesday morning it had been viewed more than 2 million times.",
    "\"I read proofs for 38 years. You do not stop reading just because you have retired,\" Sollis told CPW by telephone. She said she had at first taken the note for a forgery.",
    "The notes were printed between June and September by Imprimeria Nationala de Valori (INV), the state printing works of Varnesia, under a contract worth 6.8 million euros. A bank spokesman, Nico Trevassick, said the mistake \"was not in the artwork the bank approved\" and that the ACB had asked INV for an explanation.",
    "In Stirbova, the Varnesian capital, INV director Dragos Turcanel said the printer had \"followed the approved proof to the letter\". \"We print what our customer signs. We will show the signed proof to anyone who asks,\" he told reporters on Wednesday evening.",
    "Finance Minister Fitzroy Tellwright said the government would wait for the bank's own inquiry before deciding who should pay for a reprint that could cost between 2.5 million and 3 million crowns.",
    "On the auction site Bidwick, at least 140 of the flawed notes had been listed by Wednesday afternoon and one had sold for 1,850 crowns, according to the site. \"It is the most exciting thing to happen to Ardessan banknotes since 1987,\" said Ormond Mulvane, a Kilbrenna dealer.",
    "The bank said in a statement that the remaining 29 million notes, held in its vaults, would not be released \"until further notice\". Trevassick said a decision on a reprint was expected by Friday.",
])

rep("vellum-2042-11-21-one-letter", "The Kilbrenna Vellum", "2042-11-21",
    "One letter, 40 million notes and a proofreader’s red pen", [
    "Edwina Sollis keeps a red pen in her handbag at all times. At a little before ten on Tuesday morning, at the counter of Tallowmere post office, she took it out and drew a neat circle around two letters on a brand-new 20-crown note.",
    "“The clerk looked at me as if I had scribbled on the flag,” she says. “Then she turned the note over and said, ‘Oh, Mrs Sollis, you’re right, it says strom,’ and we both laughed.”",
    "Her grandson Lachlan, 15, is less amused by what followed. The photograph he posted on X at twenty to ten that night has been shared more than 90,000 times. “I thought Gran would like people to see it,” he says. “Now there are cameras outside our gate.”",
    "The bank’s chief cashier, Clement Gedge, admitted on Thursday evening that he had approved the final proof on May 14 and that the word STROM was on it. “I read it three times and saw what I expected to see,” he tells the Vellum. “That is the whole of it. There is nobody else to blame.”",
    "That is some distance from Wednesday, when the bank hinted that the printer was at fault. Imprimeria Națională de Valori, the Vârnesian state printer, says the proof it received was signed in blue ink and carried the misspelling exactly as printed. “We printed 40 million perfect copies of a mistake,” its director, Dragoș Țurcănel, says, “and for two days we were told we should have corrected our customer’s English.”",
    "The Ardessan Central Bank is now counting the cost. Reprinting the 29 million notes still in its vaults will take until February and cost about 2.7 million crowns, according to the bank. The finance minister, Fitzroy Tellwright, told parliament yesterday that the bill “will not land on the taxpayer”.",
    "Isolde Quarrington, the governor, says the bank will apologise to INV in writing. “We were quick to point a finger, and we pointed it the wrong way,” she says. The governor, who has run the bank since 2036, says Gedge’s offer to resign is on her desk.",
    "On Bidwick, the collectors’ market is already cooling. A note that fetched 1,850 crowns on Wednesday went for 410 yesterday afternoon. Ormond Mulvane, a dealer on Sparrowgate, says the price will settle at around 300. “Eleven million is not rare,” he says. “Eleven million is a pocketful.”",
    "The bank has invited Mrs Sollis to receive the first corrected note, framed, in February. She says she will check it. “Twice,” she adds.",
])

rep("yell-2042-11-20-strom-in-a-teacup", "The Morning Yell", "2042-11-20",
    "STROM IN A TEACUP! Eagle-eyed gran spots bank blunder on 40 MILLION notes", [
    "It's the typo that has left the nation's bankers red-faced – and it took a 71-year-old gran with a red pen to spot it.",
    "Eagle-eyed Edwina Sollis was handed two crisp new 20-crown notes at her local post office on Tuesday morning. Within seconds she had clocked that the proud national motto on the back read STEADFAST IN STROM.",
    "Grandson Lachie, 15, shared a snap of it on X at 9.40pm on Tuesday – and by lunchtime yesterday the Typo Twenty had gone round the world.",
    "Proud Edwina told the Yell: \"I've been reading proofs since before the bank's governor was born. A spelling mistake on money? I saw it before I'd got my purse open.\"",
    "Lachie, who wants to be a journalist, added: \"Gran's famous now. She pretends to hate it, but she's loving it.\"",
    "Yesterday red-faced bank boss Isolde Quarrington was forced to slam the brakes on the rollout of the new notes. Around 11 million of the dodgy notes are already in tills and wallets – and a staggering 29 MILLION more are sitting in the bank's vaults.",
    "Quarrington insisted the notes were still legal tender. \"Spend them,\" she pleaded. \"They are worth twenty crowns, the same as the old ones.\"",
    "But furious taxpayers want to know who will foot the bill. Opposition finance spokeswoman Harriet Dunwoody fumed: \"Somebody in that bank signed off on STROM. The public deserves a name by Friday, not a shrug.\" Chief cashier Clement Gedge, whose signature is on every note, refused to comment last night.",
    "The bank has pointed the finger at printers INV in Varnesia, which pocketed a cool 6.8 MILLION euros for the job. But a worker at the printing works told the Yell the blame lay much closer to home. \"Ask who signed the proof,\" he said.",
    "Varnesian Economy Minister Lucretia Stancel wrote on X that her country's printers \"do not make spelling mistakes in other people's languages\". According to the bank, a reprint could take until February.",
    "Meanwhile collectors are going bananas. One Typo Twenty fetched a whopping 1,850 crowns on auction site Bidwick – more than 90 times its face value. Kilbrenna dealer Ormond Mulvane said prices could \"go anywhere\" this week. Bank spokesman Nico Trevassick said only: \"We would ask people not to pay silly money for a spelling mistake.\"",
])

rep("gazeta-2042-11-22-printers-apology", "Gazeta Știrbovei", "2042-11-22",
    "Ardessan bank apologises to Știrbova printers over misspelt note", [
    "ȘTIRBOVA, 22 November – Workers at the state printing works on the edge of Știrbova went back to their presses on Friday with something they had been waiting for since Wednesday: an apology.",
    "The Ardessan Central Bank told Imprimeria Națională de Valori (INV) in a letter late on Thursday that the misspelt motto on its new 20-crown note was its own mistake and not the printer's. The letter, signed by Governor Isolde Quarrington, says the bank \"regrets without reservation\" the statements its spokesman made on Wednesday.",
    "Dragoș Țurcănel, INV's director, said on Friday that he had never doubted how the matter would end. \"We keep every proof our customers sign in a locked cabinet for ten years. On Thursday I simply unlocked it,\" he said.",
    "For the 230 people who work at the plant, it has been an uncomfortable week. \"My neighbours asked me whether I was the one who could not spell,\" Ionela Obârșanu, who has run one of the intaglio presses for 19 years, told Gazeta Știrbovei. \"I told them I do not even speak English at home.\" Obârșanu said the night shift had cheered when the letter was read out.",
    "The affair had briefly turned diplomatic. Știrbova asked Kilbrenna for a formal correction, Economy Minister Lucreția Stâncel said on Thursday, and Ardessa's ambassador was summoned to her ministry the same afternoon. The ministry did not say what was discussed.",
    "Stâncel, who worked as an engineer at INV before entering politics, wrote in a late-night post on X that the matter was now \"closed with honour\". She added that Vârnesia would not seek compensation.",
    "The bank's news conference on Wednesday, at 13:30 Știrbova time (10:30 GMT), had left the plant's night shift fearing for the contract. INV, founded in 1951, prints banknotes for four countries and passports for two more, and the Ardessan order, worth €6.8 million, is its largest this year.",
    "According to Țurcănel, the corrected notes will go on the presses on 5 January, and all 29 million will be shipped by 20 February. The Ardessan bank will pay the same price as for the first order, he said.",
    "Țurcănel flies to Kilbrenna on Sunday for Monday's hearing of the Ardessan parliament's finance committee. Asked whether he would take a red pen, he laughed. \"I will take the proof,\" he said.",
])

rep("brenway-2042-11-24-governor-hearing-live", "Brenway Radio", "2042-11-24",
    "LIVE: Governor faces MPs over misspelt note", [
    "LIVE: Governor faces MPs over misspelt note - Monday 24 November\nAll times are Kilbrenna time (GMT+1)",
    "09.12\nIsolde Quarrington, governor of the Ardessan Central Bank, goes before parliament's finance committee at 10.00 (12.00 in Stirbova) over the motto misspelt on 40 million 20-crown notes.",
    "09.31\nClement Gedge, the chief cashier who approved the faulty proof, will not appear. The ACB said this morning that the governor had accepted his resignation on Saturday and that he would leave the bank on 31 December.",
    "09.48\nHow we got here: the note went into circulation last Monday, Edwina Sollis spotted the mistake the next morning, and a photo of it posted by her grandson had been seen more than 2 million times by Wednesday.",
    "10.04\nThe hearing is under way. Quarrington opens by apologising. \"A banknote is a promise. For seven days ours has carried a spelling mistake, and that is my responsibility, not the printer's and not Mrs Sollis's,\" she tells MPs.",
    "10.22\nHarriet Dunwoody, for the opposition, asks: \"Who checked Mr Gedge's work?\" The governor says nobody did, and that the second signature the bank's own rules require was never given.",
    "10.41\nQuarrington tells the committee that reprinting the 29 million notes still in the vaults will cost 2.7 million crowns, roughly 0.4 per cent of the bank's annual budget. She adds that the 11 million flawed notes already out will circulate until they wear out, usually within two years.",
    "11.05\nLachlan Sollis, 15, has been talking to Brenway Radio from school. He says his grandmother has had more than 300 letters since Wednesday. \"She answers every single one, and she corrects the spelling in some of them,\" he says.",
    "11.30\nINV's director, Dragos Turcanel, who flew in from Stirbova yesterday, is watching from the public gallery. During a break he told reporters he was \"satisfied\" and that INV was ready to print the corrected notes from 5 January.",
    "11.52\nFinance Minister Fitzroy Tellwright, asked after a cabinet meeting whether ministers had lost confidence in the bank, said: \"Not in the bank. In one proof, perhaps.\"",
    "12.15\nThe hearing has ended after two hours and eleven minutes. The committee's chairman, Osgood Fernleigh, says its report will be published by 15 December.",
    "12.40\nEdwina Sollis, reached in Tallowmere, tells us she watched on television, red pen in hand. \"I counted the apologies. Four. That's three more than I expected from a bank,\" Sollis says.",
    "13.05\nThe committee sits again on Thursday, when Dragos Turcanel is due to give evidence.",
])
