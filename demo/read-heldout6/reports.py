"""The invented reports of demo/read-heldout6 (source of reports.jsonl). Everything here is invented."""

R = []


def rep(id, outlet, published, title, paras):
    R.append({"id": id, "outlet": outlet, "published": published, "title": title,
              "url": f"https://news.example.invalid/{id}", "text": "\n\n".join(paras)})


rep("pna-2030-11-06-veskar-recount-ordered", "Pelorus News Agency", "2030-11-06",
    "Korvalia orders hand recount in Veskar governor race decided by 412 votes", [
    "TEVRIN, Korvalia, Nov. 6 (PNA) — The Korvalian Electoral Commission (KEC) on Wednesday ordered a hand recount of ballots in three districts of Veskar Province, where Sunday's election for regional governor was decided by 412 votes out of more than 530,000 cast.",
    "The preliminary count published on Monday gave Governor Benedek Ardeley, who has run the province since 2026, 50.04 percent and Yuliya Kovrenko of the People's Renewal Party (PRP) 49.96 percent. Polls closed at 20:00 CET on Sunday; turnout was 61.4%.",
    "\"Where the margin is smaller than the number of ballots in dispute, we count again. That is the rule, not a favour to anyone,\" Chief Commissioner Wilhelmina Marrenbeck told reporters. The recount covers 31 polling stations in Pollin, Dravetz and Tannick, roughly 46,000 ballots, and must be finished by Tuesday evening.",
    "The decision was announced at 14:00 local time (13:00 GMT), four hours after observers from the Open Ballot Network (OBN) said they had found broken seals on at least nine ballot boxes in Pollin, a market town of about 18,000 people near the border with Drevna. \"Nine boxes is not a conspiracy. It is nine boxes,\" said Farrah Denholme, who directs the network. Marrenbeck said the commission had taken the boxes into police custody.",
    "\"We asked for one thing: that every vote be counted once, and only once,\" Kovrenko said outside the commission's offices. \"Today we got it.\" She lodged her complaint yesterday with a deposit of €25,000, which is returned if a recount changes the winner.",
    "Joachim Wendt, Ardeley's campaign manager, called the recount \"a gift to sore losers\" and said the campaign would ask the Supreme Administrative Court (SAC) to stop it. The governor said that the seals had been damaged in transport, not tampered with, and that his lead \"will survive any count, by hand or by machine\".",
    "Counting is expected to take five days, with between 120 and 150 counters working in two shifts. The recount will cost about €1.2 million, the commission said. Mirosk, which counts many Drevnan speakers among Pollin's voters, said it was following the count closely.",
])

rep("tevrinspectator-2030-11-08-court-challenge", "The Tevrin Spectator", "2030-11-08",
    "Ardeley asks Supreme Administrative Court to stop the recount", [
    "Lawyers for Governor Benedek Ardeley asked the Supreme Administrative Court on Thursday to halt the hand recount in Veskar Province, arguing that the electoral commission lost the power to order one as soon as the preliminary result was published.",
    "Eveline Vossberg, who leads the governor’s legal team, said the commission had broken its own rules by ordering the recount more than 48 hours after the polls closed. “The law gives them two days. They took three. Everything that follows from that is void,” she said.",
    "Bastian Rudolfi, who represents Yuliya Kovrenko, said that the two days ran from the publication of the result on Monday, not from the close of polls on Sunday night. He called the challenge “a stopwatch defence” and said Ardeley was “hoping the clock will do what the voters would not”.",
    "The court, whose president, Judge Cassian Mandeville, signed the listing order himself, has set the hearing for November 11 and will give each side no more than 90 minutes. Counting goes on in the meantime. The commission’s statement, issued late on Thursday, said that the recount would continue “unless and until a court tells us otherwise”.",
    "Wilhelmina Marrenbeck, the chief commissioner, has held the post since 2027 and had never ordered a recount before this week. Asked on Thursday whether she would pause it, the commissioner said it would not stop. “We have 46,000 ballots on tables in three towns and 140 counters working in shifts. They are not stopping for a press release,” she said, in what sounded like a reply to Vossberg.",
    "According to the Open Ballot Network, which has 60 observers in the three counting halls, the recount in Pollin had by Thursday night turned up 214 ballots that were counted twice and 37 that were never counted at all. Farrah Denholme, the network’s director, wrote in a post on Mastodon that the numbers were “small, but not nothing, in a race decided by 412 votes”.",
    "Ardeley won his first term in 2026 by almost 30,000 votes. A spokesman for the governor said he would attend Monday’s hearing in person.",
])

rep("klaxon-2030-11-09-pollin-count", "The Klaxon", "2030-11-09",
    "Seals, sandwiches and a lot of ballots: inside the Pollin recount", [
    "They are counting in a school gym that smells of floor polish and cold coffee, and they are counting slowly.",
    "Forty-two volunteers sit at trestle tables in the Karst Street gym in Pollin, where the provincial recount went into its third day yesterday. Every ballot passes through two pairs of hands. Every pile of 50 is checked by a supervisor.",
    "Nils Ardeley, a retired postman who has counted votes in this town for 30 years, is no relation to the governor and is tired of being asked. “His name’s on the ballot and mine isn’t,” he said. “The commissioner told us on day one, ‘Every ballot gets two pairs of eyes, and neither pair belongs to a candidate.’ So that’s what we do.”",
    "“There was a sandwich wrapper in box 14. A bus ticket. A ballot marked for both of them,” one counter said on Thursday, before a supervisor waved her back to her table. Ardeley just laughed. “Every box has a bus ticket,” he said.",
    "Yuliya Kovrenko turned up on Friday afternoon with two trays of pastries, which observers made her take away again. “Fine. Fine! They’re right,” she said, laughing, “but they’re poppy-seed, and I want that on the record.” Mirosk, which asked for Drevnan-speaking observers in Pollin, has said nothing about the pastries.",
    "Open Ballot Network observers said the Pollin hall was running some six hours behind Dravetz and Tannick, and that the commission had sent 15 extra counters from Brackenholm, the provincial capital. Nearly all of the 214 double-counted ballots found so far came from the boxes with broken seals.",
    "Governor Benedek Ardeley, meanwhile, posted a video on YouTube from his office in Tevrin. “I trust the people of Pollin. I do not trust a process that changes its rules halfway through the game,” he said in it. His lawyers go before the Supreme Administrative Court on Monday.",
    "The counters’ deadline is 6 p.m. on Tuesday. Nils Ardeley says they will make it with hours to spare: “We’ll be done by Monday lunchtime. Write that down.”",
])

rep("miroskivestnik-2030-11-12-court-hearing", "Miroski Vestnik", "2030-11-12",
    "Korvália's top court hears the Pollin recount case", [
    "MIROSK, 12 November — Korvália's highest administrative court heard the governor of Veskar Province argue yesterday that a hand recount of some 46,000 ballots, thousands of them cast by Drevnans in the border town of Pollin, should be thrown out before it ends.",
    "The five judges of the Supreme Administrative Court in Tevrin sat for two and a half hours from 10:00 CET (11:00 EET in Mirosk). Their president, Cassian Mandeville, said at the close that the court would rule \"before the ink on the tally sheets is dry\".",
    "\"The commission is not above the calendar,\" Eveline Vossberg, the governor's lawyer, told the judges. \"It had 48 hours. It used 66.\" Bastian Rudolfi, for the opposition candidate, answered that the law \"counts from a published result\" and that the result was published on 4 November. \"A clock cannot outvote Pollin,\" he added.",
    "The candidate herself, Julija Kovrenkova, listened from the second row. \"My grandmother voted in Pollin all her life, in Drevnan and in Korválian, and nobody ever asked her which,\" Kovrenkova told the Vestnik by telephone after the hearing. \"I am asking only that her town's votes count. Once each. That is all.\"",
    "Mirosk has kept its distance in public. Foreign Minister Stanimir Vulkov said on Monday that Drevna had \"full confidence\" in Korválian institutions, but he wrote last week to his counterpart in Tevrin asking that Drevnan-language ballots be recounted in front of at least one Drevnan-speaking observer. Tevrin agreed on Friday, according to the Drevnan foreign ministry.",
    "The Open Ballot Network, an independent observer group, said that after four days of counting Kovrenkova had gained 298 votes and Ardeley had lost 17, with Pollin still unfinished. Its director, Farrah Denholme, was more careful. \"Four days is not the whole count. Nobody should be writing speeches yet,\" she said.",
    "Under Korválian law the recount must end by 18:00 CET on Tuesday, and the commission has promised final figures by Wednesday evening. The next governor takes office on 1 December.",
])

rep("radioveskar-2030-11-13-live-result", "Radio Veskar", "2030-11-13",
    "LIVE: Kovrenko wins Veskar recount by 96 votes", [
    "LIVE: recount result day - Wednesday 13 November",
    "09:05 CET - The Supreme Administrative Court ruled late on Tuesday that the recount ordered by the Korvalian Electoral Commission was lawful and threw out Governor Benedek Ardeley's challenge. The ruling, signed by Judge Cassian Mandeville, says the 48-hour limit runs \"from the publication of a result, not from the closing of a polling station\".",
    "11:40 CET - The KEC says it will announce the final figures at 18:00 CET (17:00 GMT, 19:00 EET). Counting in Pollin finished at 23:50 on Monday.",
    "14:15 CET - Kovrenko's camp is trying not to get excited. \"We have seen the tallies from Dravetz and Tannick and they are boring, which is good. Pollin is the one,\" her spokeswoman, Mirela Dautova, told us.",
    "Advertisement",
    "18:02 CET - Yuliya Kovrenko has won the governorship by 96 votes, 268,455 to 268,359, the commission says. The recount corrected 508 ballots.",
    "18:04 CET - Chief Commissioner Wilhelmina Marrenbeck, reading from a single sheet: \"The count is complete. The commission will certify it on Friday unless a new complaint is lodged within 72 hours.\" Asked whether she expected one, the commissioner smiled and said she expected \"everything\".",
    "18:20 CET - According to Eveline Vossberg, his lawyer, Ardeley is \"studying every option, including an appeal\". Joachim Wendt, his campaign manager, wrote in a post on Mastodon that the governor would speak \"tomorrow, not tonight\".",
    "18:31 CET - Kovrenko is speaking outside the Karst Street gym in Pollin. She thanked Marrenbeck by name. \"She never once let anyone hurry her. Not the governor, not the court, not me,\" she said. \"Four hundred and twelve became ninety-six, the other way round.\"",
    "18:50 CET - Pollin's best-known counter, Nils Ardeley (no relation), says he is going home to sleep. \"Thirty years and I have never seen a room so quiet,\" he said. Observers from the Open Ballot Network said the recount had been \"slow, dull and clean\".",
    "19:12 CET - In Mirosk, the Drevnan foreign ministry said in a statement that it \"welcomed the care taken over every ballot\". Kovrenko takes office on December 1.",
])
