#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and the annotations below.

Run from anywhere: `python3 demo/read-heldout6/build_gold.py`. Offsets are computed here from the spans
(byte offsets into each report's `text`, UTF-8), and every one is checked.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from goldtools import ReadGold  # noqa: E402

G = ReadGold(HERE)
IDS = G.ids
Q, E, T, N = G.Q, G.E, G.T, G.N

R1, R2, R3, R4, R5 = IDS


# ---------------------------------------------------------------- quotes
D, I = "direct", "indirect"
# R1: Pelorus News Agency, 2030-11-06 (straight quotes; dateline TEVRIN, "Nov. 6", em dash)
Q(R1, D, "Where the margin is smaller than the number of ballots in dispute, we count again. That is the rule, not a favour to anyone,",
  "Wilhelmina Marrenbeck", "name after: Chief Commissioner Wilhelmina Marrenbeck told reporters", "told",
  note="multi-sentence; ends with the comma before the closing mark")
Q(R1, I, "they had found broken seals on at least nine ballot boxes in Pollin, a market town of about 18,000 people near the border with Drevna",
  "Open Ballot Network", "group before: observers from the Open Ballot Network (OBN) said", "said",
  note="reported speech without 'that'; the clause runs to the end of the sentence (the apposition on Pollin included)")
Q(R1, D, "Nine boxes is not a conspiracy. It is nine boxes,", "Farrah Denholme",
  "name after: said Farrah Denholme, who directs the network", "said", note="multi-sentence; inverted 'said Name'")
Q(R1, I, "the commission had taken the boxes into police custody", "Wilhelmina Marrenbeck",
  "surname before: Marrenbeck said (Farrah Denholme, another woman, quoted just before)", "said",
  note="reported speech without 'that'")
Q(R1, D, "We asked for one thing: that every vote be counted once, and only once,", "Yuliya Kovrenko",
  "surname after: Kovrenko said outside the commission's offices", "said")
Q(R1, D, "Today we got it.", "Yuliya Kovrenko", "continuation: follows Kovrenko's quote", None)
Q(R1, D, "a gift to sore losers", "Joachim Wendt", "name before: Joachim Wendt, Ardeley's campaign manager, called the recount",
  "called", partial=True, note="a quoted fragment with no reported clause around it: a direct partial record only")
Q(R1, I, "the campaign would ask the Supreme Administrative Court (SAC) to stop it", "Joachim Wendt",
  "name before: Joachim Wendt ... called ... and said", "said", note="second verb of the same subject; without 'that'")
Q(R1, I, "the seals had been damaged in transport, not tampered with, and that his lead \"will survive any count, by hand or by machine\"",
  "Benedek Ardeley", "title alone: The governor said that → Benedek Ardeley (Governor Benedek Ardeley, R1's second paragraph)",
  "said", note="'that ... and that ...': one record")
Q(R1, D, "will survive any count, by hand or by machine", "Benedek Ardeley", "title alone: The governor said that", "said",
  partial=True)
Q(R1, I, "The recount will cost about €1.2 million", "Korvalian Electoral Commission",
  "group after the clause: the commission said (the KEC of the lead)", "said")
Q(R1, I, "it was following the count closely", "Drevna",
  "capital as government before: Mirosk, which counts many Drevnan speakers among Pollin's voters, said (Mirosk = Drevna's government)",
  "said", note="reported speech without 'that'; the speaker is written as the capital")

# R2: The Tevrin Spectator, 2030-11-08 (curly quotes; no dateline)
Q(R2, I, "the electoral commission lost the power to order one as soon as the preliminary result was published", "Benedek Ardeley",
  "Lawyers for Governor Benedek Ardeley asked ..., arguing that (his lawyers argue for him; unnamed here, led by Eveline Vossberg per the next paragraph)",
  "arguing", note="the speakers are 'Lawyers for' the governor, acting for him: the governor is the speaker, as a spokeswoman's "
  "words are her firm's in demo/read-heldout5")
Q(R2, I, "the commission had broken its own rules by ordering the recount more than 48 hours after the polls closed", "Eveline Vossberg",
  "name before: Eveline Vossberg, who leads the governor’s legal team, said", "said", note="reported speech without 'that'")
Q(R2, D, "The law gives them two days. They took three. Everything that follows from that is void,", "Eveline Vossberg",
  "pronoun after: she said → Eveline Vossberg (subject of the sentence before)", "said", note="multi-sentence")
Q(R2, I, "the two days ran from the publication of the result on Monday, not from the close of polls on Sunday night", "Bastian Rudolfi",
  "name before: Bastian Rudolfi, who represents Yuliya Kovrenko, said that", "said")
Q(R2, D, "a stopwatch defence", "Bastian Rudolfi",
  "pronoun: He called → Bastian Rudolfi (subject of the sentence before; Benedek Ardeley, another man, named in the lead and later in the same sentence)",
  "called", partial=True, note="no reported clause: a direct partial record only")
Q(R2, I, "Ardeley was “hoping the clock will do what the voters would not”", "Bastian Rudolfi",
  "pronoun: He called ... and said → Bastian Rudolfi", "said",
  note="reported speech without 'that'; Ardeley is the subject of the clause, not the speaker")
Q(R2, D, "hoping the clock will do what the voters would not", "Bastian Rudolfi", "pronoun: He ... said", "said", partial=True)
Q(R2, I, "the recount would continue “unless and until a court tells us otherwise”", "KEC statement",
  "document: The commission’s statement, issued late on Thursday, said that", "said", channel="statement")
Q(R2, D, "unless and until a court tells us otherwise", "KEC statement", "document: The commission’s statement ... said that",
  "said", channel="statement", partial=True)
Q(R2, I, "it would not stop", "Wilhelmina Marrenbeck",
  "title alone: the commissioner said → Wilhelmina Marrenbeck (the chief commissioner, the sentence before)", "said",
  note="reported speech without 'that'; 'it' is the recount")
Q(R2, D, "We have 46,000 ballots on tables in three towns and 140 counters working in shifts. They are not stopping for a press release,",
  "Wilhelmina Marrenbeck",
  "pronoun after: she said → Wilhelmina Marrenbeck (the commissioner of the sentence before), not Eveline Vossberg, named right after ('in what sounded like a reply to Vossberg')",
  "said", note="multi-sentence")
Q(R2, I, "the recount in Pollin had by Thursday night turned up 214 ballots that were counted twice and 37 that were never counted at all",
  "Open Ballot Network", "According to the Open Ballot Network, which has 60 observers ..., (before the clause)", "according to")
Q(R2, I, "the numbers were “small, but not nothing, in a race decided by 412 votes”", "Farrah Denholme",
  "name before: Farrah Denholme, the network’s director, wrote in a post on Mastodon that", "wrote", channel="post on Mastodon")
Q(R2, D, "small, but not nothing, in a race decided by 412 votes", "Farrah Denholme",
  "name before: Farrah Denholme ... wrote in a post on Mastodon", "wrote", channel="post on Mastodon", partial=True)
Q(R2, I, "he would attend Monday’s hearing in person", "Benedek Ardeley",
  "A spokesman for the governor said (an unnamed spokesman speaking for Ardeley, named in the sentence before)", "said",
  note="reported speech without 'that'; the spokesman speaks for the governor, as a spokeswoman for her firm in demo/read-heldout5")

# R3: The Klaxon, 2030-11-09 (curly quotes; no dateline)
Q(R3, D, "His name’s on the ballot and mine isn’t,", "Nils Ardeley",
  "pronoun after: he said → Nils Ardeley (named at the start of the sentence before)", "said",
  note="apostrophes (name’s, isn’t) are the same character as a closing single mark")
Q(R3, D, "The commissioner told us on day one, ‘Every ballot gets two pairs of eyes, and neither pair belongs to a candidate.’ So that’s what we do.",
  "Nils Ardeley", "continuation: follows Nils Ardeley's quote", None,
  note="holds a quote inside the quote; the closing single mark comes right after the full stop")
Q(R3, D, "Every ballot gets two pairs of eyes, and neither pair belongs to a candidate.", "Wilhelmina Marrenbeck",
  "title alone inside the quote: 'The commissioner told us on day one' → Wilhelmina Marrenbeck (never named in this report)",
  "told", note="quote inside a quote (single curly marks)")
Q(R3, D, "There was a sandwich wrapper in box 14. A bus ticket. A ballot marked for both of them,", None,
  "unresolved: 'one counter said on Thursday' (unnamed, 'her')", "said", note="multi-sentence; the speaker is never named")
Q(R3, D, "Every box has a bus ticket,", "Nils Ardeley",
  "pronoun after: he said → the 'Ardeley' who 'just laughed' in the sentence before: Nils Ardeley (the subject of this part of the "
  "report), not Governor Benedek Ardeley, who is named only later", "said")
Q(R3, D, None, "Yuliya Kovrenko",
  "pronoun in the middle: she said, laughing → Yuliya Kovrenko (subject of the sentence before; the unnamed woman counter earlier)",
  "said", parts=["Fine. Fine! They’re right", "but they’re poppy-seed, and I want that on the record."],
  note="split quote, the attribution ('she said, laughing,') between the parts; the first part is multi-sentence")
Q(R3, I, "the Pollin hall was running some six hours behind Dravetz and Tannick, and that the commission had sent 15 extra counters from Brackenholm, the provincial capital",
  "Open Ballot Network", "group before: Open Ballot Network observers said", "said",
  note="'... and that ...': one record; the first clause has no 'that'")
Q(R3, D, "I trust the people of Pollin. I do not trust a process that changes its rules halfway through the game,", "Benedek Ardeley",
  "pronoun after: he said in it → Governor Benedek Ardeley (subject of the sentence before; Nils Ardeley, another man with the surname, earlier)",
  "said", channel="video on YouTube", note="multi-sentence")
Q(R3, I, "they will make it with hours to spare", "Nils Ardeley", "name before: Nils Ardeley says", "says",
  note="present tense; reported speech without 'that'")
Q(R3, D, "We’ll be done by Monday lunchtime. Write that down.", "Nils Ardeley",
  "name before: Nils Ardeley says ...: (a colon introduces the quote)", "says", note="multi-sentence")

# R4: Miroski Vestnik, 2030-11-12 (straight quotes; dateline MIROSK, day-month; 'Korvália', 'Julija Kovrenkova')
Q(R4, I, "the court would rule \"before the ink on the tally sheets is dry\"", "Cassian Mandeville",
  "name before: Their president, Cassian Mandeville, said at the close that", "said")
Q(R4, D, "before the ink on the tally sheets is dry", "Cassian Mandeville", "name before: Cassian Mandeville, said", "said",
  partial=True)
Q(R4, D, "The commission is not above the calendar,", "Eveline Vossberg",
  "name after: Eveline Vossberg, the governor's lawyer, told the judges", "told")
Q(R4, D, "It had 48 hours. It used 66.", "Eveline Vossberg", "continuation: follows Vossberg's quote", None,
  note="multi-sentence")
Q(R4, I, "the law \"counts from a published result\" and that the result was published on 4 November", "Bastian Rudolfi",
  "name before: Bastian Rudolfi, for the opposition candidate, answered that", "answered", note="'that ... and that ...': one record")
Q(R4, D, "counts from a published result", "Bastian Rudolfi", "name before: Bastian Rudolfi ... answered that", "answered",
  partial=True)
Q(R4, D, "A clock cannot outvote Pollin,", "Bastian Rudolfi",
  "pronoun after: he added → Bastian Rudolfi (subject of the sentence before)", "added")
Q(R4, D, "My grandmother voted in Pollin all her life, in Drevnan and in Korválian, and nobody ever asked her which,",
  "Yuliya Kovrenko", "surname after: Kovrenkova told the Vestnik by telephone (spelt Julija Kovrenkova in this report)", "told",
  channel="telephone interview with the Vestnik")
Q(R4, D, "I am asking only that her town's votes count. Once each. That is all.", "Yuliya Kovrenko",
  "continuation: follows Kovrenkova's quote", None, channel="telephone interview with the Vestnik", note="multi-sentence")
Q(R4, I, "Drevna had \"full confidence\" in Korválian institutions", "Stanimir Vulkov",
  "name before: Foreign Minister Stanimir Vulkov said on Monday that", "said")
Q(R4, D, "full confidence", "Stanimir Vulkov", "name before: Stanimir Vulkov said on Monday that", "said", partial=True)
Q(R4, I, "Drevnan-language ballots be recounted in front of at least one Drevnan-speaking observer", "Stanimir Vulkov",
  "pronoun: but he wrote last week ... asking that → Stanimir Vulkov (same sentence)", "wrote", channel="letter",
  note="a request reported from a letter ('wrote ... to his counterpart in Tevrin asking that'), subjunctive")
Q(R4, I, "Tevrin agreed on Friday", "Drevnan Ministry of Foreign Affairs",
  "after the clause: according to the Drevnan foreign ministry", "according to",
  note="the clause's subject is the capital Tevrin as Korvália's government")
Q(R4, I, "after four days of counting Kovrenkova had gained 298 votes and Ardeley had lost 17, with Pollin still unfinished",
  "Open Ballot Network", "name before: The Open Ballot Network, an independent observer group, said that", "said")
Q(R4, D, "Four days is not the whole count. Nobody should be writing speeches yet,", "Farrah Denholme",
  "pronoun after: she said → Farrah Denholme (named in the sentence before; Julija Kovrenkova, another woman, in the paragraph's clause)",
  "said", note="multi-sentence")

# R5: Radio Veskar live blog, 2030-11-13 (plain-text scrape; straight quotes; entries stamped in CET)
Q(R5, I, "the recount ordered by the Korvalian Electoral Commission was lawful", "Supreme Administrative Court",
  "name before: The Supreme Administrative Court ruled late on Tuesday that", "ruled",
  note="the court's ruling reported; 'and threw out ...' is the court's act, not part of the clause")
Q(R5, I, "the 48-hour limit runs \"from the publication of a result, not from the closing of a polling station\"", "SAC ruling",
  "document: The ruling, signed by Judge Cassian Mandeville, says", "says",
  note="present tense; reported speech without 'that'; the ruling is signed by a named judge but the document speaks")
Q(R5, D, "from the publication of a result, not from the closing of a polling station", "SAC ruling",
  "document: The ruling ... says", "says", partial=True)
Q(R5, I, "it will announce the final figures at 18:00 CET (17:00 GMT, 19:00 EET)", "Korvalian Electoral Commission",
  "acronym before: The KEC says", "says", note="present tense; reported speech without 'that'")
Q(R5, D, "We have seen the tallies from Dravetz and Tannick and they are boring, which is good. Pollin is the one,", "Mirela Dautova",
  "name after: her spokeswoman, Mirela Dautova, told us", "told", channel="interview with Radio Veskar", note="multi-sentence")
Q(R5, I, "Yuliya Kovrenko has won the governorship by 96 votes, 268,455 to 268,359", "Korvalian Electoral Commission",
  "group after the clause: the commission says", "says", note="clause first, present tense 'says' after")
Q(R5, D, "The count is complete. The commission will certify it on Friday unless a new complaint is lodged within 72 hours.",
  "Wilhelmina Marrenbeck", "name before: Chief Commissioner Wilhelmina Marrenbeck, reading from a single sheet: (a colon, no speech verb)",
  "reading", note="multi-sentence")
Q(R5, I, "she expected \"everything\"", "Wilhelmina Marrenbeck",
  "title alone: the commissioner smiled and said → Wilhelmina Marrenbeck", "said", note="reported speech without 'that'")
Q(R5, D, "everything", "Wilhelmina Marrenbeck", "title alone: the commissioner ... said", "said", partial=True,
  note="a one-word partial quote")
Q(R5, I, "Ardeley is \"studying every option, including an appeal\"", "Eveline Vossberg",
  "According to Eveline Vossberg, his lawyer, (before the clause)", "according to",
  note="'his' points forward to Ardeley, who is named only in the clause")
Q(R5, D, "studying every option, including an appeal", "Eveline Vossberg", "According to Eveline Vossberg", "according to",
  partial=True)
Q(R5, I, "the governor would speak \"tomorrow, not tonight\"", "Joachim Wendt",
  "name before: Joachim Wendt, his campaign manager, wrote in a post on Mastodon that", "wrote", channel="post on Mastodon")
Q(R5, D, "tomorrow, not tonight", "Joachim Wendt", "name before: Joachim Wendt ... wrote in a post on Mastodon", "wrote",
  channel="post on Mastodon", partial=True)
Q(R5, D, "She never once let anyone hurry her. Not the governor, not the court, not me,", "Yuliya Kovrenko",
  "pronoun after: she said → Kovrenko (subject of the two sentences before), not Marrenbeck, named in the sentence before and "
  "the 'She' inside the quote", "said", note="multi-sentence")
Q(R5, D, "Four hundred and twelve became ninety-six, the other way round.", "Yuliya Kovrenko",
  "continuation: follows Kovrenko's quote", None)
Q(R5, I, "he is going home to sleep", "Nils Ardeley",
  "name before: Pollin's best-known counter, Nils Ardeley (no relation), says", "says",
  note="present tense; reported speech without 'that'")
Q(R5, D, "Thirty years and I have never seen a room so quiet,", "Nils Ardeley",
  "pronoun after: he said → Nils Ardeley (the sentence before; Benedek Ardeley, the governor, named in earlier entries)", "said")
Q(R5, I, "the recount had been \"slow, dull and clean\"", "Open Ballot Network",
  "group before: Observers from the Open Ballot Network said", "said", note="reported speech without 'that'")
Q(R5, D, "slow, dull and clean", "Open Ballot Network", "group: Observers from the Open Ballot Network said", "said", partial=True)
Q(R5, I, "it \"welcomed the care taken over every ballot\"", "Drevnan Ministry of Foreign Affairs",
  "group before: the Drevnan foreign ministry said in a statement that", "said", channel="statement")
Q(R5, D, "welcomed the care taken over every ballot", "Drevnan Ministry of Foreign Affairs",
  "group: the Drevnan foreign ministry said in a statement", "said", channel="statement", partial=True)


# ---------------------------------------------------------------- entities
E("Korvalia", "country", ["Korvalia", "Korvália", ("Tevrin", None, ["Tevrin agreed"])],
  metonyms=[{"alias": "Tevrin", "metonym_of": "Korvalia (its government)"}], adjectival=["Korvalian", "Korválian"],
  note="spelt \"Korvália\" (adjective \"Korválian\") in the Miroski Vestnik; \"Tevrin agreed on Friday\" (R4) is the government; "
       "the dateline TEVRIN, \"his office in Tevrin\", \"the Supreme Administrative Court in Tevrin\" and \"his counterpart in "
       "Tevrin\" are the city")
E("Tevrin", "city", ["TEVRIN", ("Tevrin", None, ["office in Tevrin", "Court in Tevrin", "counterpart in Tevrin"])],
  note="Korvalia's capital; the dateline of R1")
E("Drevna", "country", ["Drevna", ("Mirosk", None, ["Mirosk has kept", "Mirosk, which counts", "Mirosk, which asked"])],
  metonyms=[{"alias": "Mirosk", "metonym_of": "Drevna (its government)"}], adjectival=["Drevnan"],
  note="Korvalia's neighbour; \"Mirosk, which counts many Drevnan speakers ..., said\" (R1, a speaker), \"Mirosk, which asked for "
       "Drevnan-speaking observers ..., has said nothing\" (R3) and \"Mirosk has kept its distance\" (R4, whose dateline is MIROSK) "
       "are the government; \"EET in Mirosk\" "
       "and \"In Mirosk,\" (R5) are the city")
E("Mirosk", "city", ["MIROSK", ("Mirosk", None, ["EET in Mirosk", "In Mirosk"])], note="Drevna's capital")
E("Veskar Province", "region", ["Veskar Province"], note="the Korvalian province whose governor was elected; \"the province\" is not annotated")
E("Pollin", "town", ["Pollin"], note="border market town where the ballot boxes' seals were broken")
E("Dravetz", "town", ["Dravetz"])
E("Tannick", "town", ["Tannick"])
E("Brackenholm", "city", ["Brackenholm"], note="\"the provincial capital\" of Veskar Province (R3)")
E("Karst Street", "place", ["Karst Street"], note="street in Pollin; \"the Karst Street gym\" is the counting hall")
E("Korvalian Electoral Commission", "organisation", ["Korvalian Electoral Commission", "KEC", ("electoral commission", [R2])],
  note="\"the commission\" (every report) is not annotated, as \"the museum\" in demo/read-heldout5; \"the electoral commission\" (R2) is")
E("KEC statement", "document", [("The commission’s statement", [R2])], note="issued late on Thursday 7 November")
E("Supreme Administrative Court", "organisation", ["Supreme Administrative Court", "SAC", ("highest administrative court", [R4])],
  note="\"Korvália's highest administrative court\" (R4); \"the court\" is not annotated")
E("SAC ruling", "document", [("The ruling", [R5])], note="the court's ruling of Tuesday 12 November, signed by Mandeville")
E("Open Ballot Network", "organisation", ["Open Ballot Network", "OBN"],
  note="the civic observer group; \"observers\" speak for it (R1, R3, R5); \"the network\" is not annotated")
E("People's Renewal Party", "organisation", ["People's Renewal Party", "PRP"], note="Kovrenko's party")
E("Drevnan Ministry of Foreign Affairs", "organisation", ["Drevnan foreign ministry"])
E("Benedek Ardeley", "person", ["Governor Benedek Ardeley", "Benedek Ardeley", ("Ardeley", [R1, R2, R4, R5]),
                                "The governor", "the governor"],
  note="the incumbent governor of Veskar Province; in R3 the bare \"Ardeley\" is Nils Ardeley, and in R5 \"Nils Ardeley\" is "
       "not him; \"The next governor\" (R4) and \"regional governor\" (R1) are not him")
E("Nils Ardeley", "person", ["Nils Ardeley", ("Ardeley", None, ["Ardeley just laughed"])],
  note="retired postman and counter in Pollin, \"no relation to the governor\"")
E("Yuliya Kovrenko", "person", ["Yuliya Kovrenko", "Kovrenko", "Julija Kovrenkova", "Kovrenkova", ("the opposition candidate", [R4])],
  note="the PRP candidate; transliterated \"Julija Kovrenkova\" (with the feminine ending) in the Miroski Vestnik")
E("Wilhelmina Marrenbeck", "person", ["Chief Commissioner Wilhelmina Marrenbeck", "Wilhelmina Marrenbeck", "Marrenbeck",
                                      "the chief commissioner", "the commissioner", ("The commissioner", [R3])],
  note="chief commissioner of the KEC; in R3 she is only \"The commissioner\", inside Nils Ardeley's quote")
E("Cassian Mandeville", "person", ["Judge Cassian Mandeville", "Cassian Mandeville"], note="president of the SAC")
E("Eveline Vossberg", "person", ["Eveline Vossberg", "Vossberg"], note="Ardeley's lawyer")
E("Bastian Rudolfi", "person", ["Bastian Rudolfi"], note="Kovrenko's lawyer")
E("Farrah Denholme", "person", ["Farrah Denholme"], note="director of the Open Ballot Network")
E("Joachim Wendt", "person", ["Joachim Wendt"], note="Ardeley's campaign manager")
E("Stanimir Vulkov", "person", ["Foreign Minister Stanimir Vulkov", "Stanimir Vulkov"], note="Drevna's foreign minister")
E("Mirela Dautova", "person", ["Mirela Dautova"], note="Kovrenko's spokeswoman (\"her spokeswoman\" is not annotated)")
E("Pelorus News Agency", "news agency", ["PNA"])
E("Miroski Vestnik", "media outlet", [("Vestnik", [R4])])
E("Mastodon", "platform", ["Mastodon"])
E("YouTube", "platform", ["YouTube"])

DISTINCT = [
    ("Benedek Ardeley", "Nils Ardeley", "two men who share a surname, \"no relation\": the governor and the Pollin counter (both in R3 and R5)"),
    ("Korvalia", "Tevrin", "the government (metonym) vs the capital city (dateline of R1)"),
    ("Drevna", "Mirosk", "the government (metonym) vs the capital city (dateline of R4)"),
    ("Veskar Province", "Brackenholm", "the province vs its capital"),
    ("Korvalian Electoral Commission", "Supreme Administrative Court", "the commission vs the court"),
    ("Korvalian Electoral Commission", "KEC statement", "the commission vs its statement"),
    ("Supreme Administrative Court", "SAC ruling", "the court vs its ruling"),
    ("Korvalian Electoral Commission", "Open Ballot Network", "the commission vs the observers"),
    ("Drevna", "Drevnan Ministry of Foreign Affairs", "the country vs its ministry"),
    ("Yuliya Kovrenko", "Wilhelmina Marrenbeck", "two women in one R5 entry (\"she said\" is Kovrenko; \"She\" inside the quote is Marrenbeck)"),
    ("Eveline Vossberg", "Wilhelmina Marrenbeck", "two women in one R2 sentence (\"she said, ... a reply to Vossberg\")"),
    ("Farrah Denholme", "Yuliya Kovrenko", "two women in one R4 paragraph (\"she said\" is Denholme)"),
    ("Yuliya Kovrenko", "Mirela Dautova", "the candidate vs her spokeswoman"),
    ("Yuliya Kovrenko", "People's Renewal Party", "the candidate vs her party"),
    ("Benedek Ardeley", "Joachim Wendt", "the governor vs his campaign manager"),
    ("Benedek Ardeley", "Bastian Rudolfi", "two men in one R2 sentence (\"He called\" is Rudolfi)"),
    ("Eveline Vossberg", "Bastian Rudolfi", "the two sides' lawyers"),
    ("Stanimir Vulkov", "Benedek Ardeley", "the Drevnan minister vs the Korvalian governor"),
]


# ---------------------------------------------------------------- times
# R1 anchor Wed 2030-11-06
T(R1, "Nov. 6", "date", "2030-11-06", "dateline; abbreviated month and day, year of the publication date")
T(R1, "on Wednesday", "weekday", "2030-11-06", "the anchor day (Wed 2030-11-06)")
T(R1, "Sunday's", "weekday", "2030-11-03", "possessive weekday (\"Sunday's election\"): the latest Sunday before the anchor")
T(R1, "on Monday", "weekday", "2030-11-04", "the latest Monday before the anchor (\"published on Monday\")")
T(R1, "since 2026", "date", "2026-01-01/2026-12-31", "a year", granularity="year")
T(R1, "20:00 CET", "time", "2030-11-03T20:00:00+01:00", "clock time with a zone abbreviation (CET = UTC+1); the day from \"on Sunday\" right after it")
T(R1, "on Sunday", "weekday", "2030-11-03", "the latest Sunday before the anchor", after="20:00 CET")
T(R1, "by Tuesday evening", "weekday", "2030-11-12", "future deadline (\"must be finished by\"): the first Tuesday after the anchor")
T(R1, "14:00 local time", "time", "2030-11-06T14:00:00+01:00",
  "\"local time\" in Tevrin on the anchor day; the GMT equivalent in brackets (13:00 GMT) fixes the offset at UTC+1")
T(R1, "13:00 GMT", "time", "2030-11-06T13:00:00+00:00", "the same instant as 14:00 local time, written in GMT")
T(R1, "four hours", "duration", "PT4H", "duration (\"four hours after observers ... said\")")
T(R1, "Today", "relative", "2030-11-06", "the anchor day (inside Kovrenko's quote)")
T(R1, "yesterday", "relative", "2030-11-05", "the day before the anchor (\"lodged her complaint yesterday\")")
T(R1, "five days", "duration", "P5D", "duration (\"expected to take five days\")")

# R2 anchor Fri 2030-11-08
T(R2, "on Thursday", "weekday", "2030-11-07", "the latest Thursday before Fri 2030-11-08 (\"asked ... on Thursday\")")
T(R2, "48 hours", "duration", "PT48H", "duration (\"more than 48 hours after the polls closed\")")
T(R2, "two days", "duration", "P2D", "duration (inside Vossberg's quote)")
T(R2, "two days", "duration", "P2D", "duration (\"the two days ran from ...\")", after="Bastian Rudolfi")
T(R2, "on Monday", "weekday", "2030-11-04", "past (\"the publication of the result on Monday\"): the latest Monday before the anchor",
  after="Bastian Rudolfi")
T(R2, "on Sunday night", "weekday", "2030-11-03", "the latest Sunday before the anchor (\"the close of polls on Sunday night\")")
T(R2, "November 11", "date", "2030-11-11", "month and day without a year (\"set the hearing for\"): the nearest, future")
T(R2, "90 minutes", "duration", "PT90M", "duration (\"no more than 90 minutes\")")
T(R2, "late on Thursday", "weekday", "2030-11-07", "the latest Thursday before the anchor (\"issued late on Thursday\")")
T(R2, "since 2027", "date", "2027-01-01/2027-12-31", "a year", granularity="year")
T(R2, "this week", "relative", "2030-11-04/2030-11-10", "the anchor's Monday–Sunday week (\"had never ordered a recount before this week\")")
T(R2, "on Thursday", "weekday", "2030-11-07", "the latest Thursday before the anchor (\"Asked on Thursday\")", after="Asked")
T(R2, "by Thursday night", "weekday", "2030-11-07", "past (\"had by Thursday night turned up\"): the latest Thursday before the anchor")
T(R2, "in 2026", "date", "2026-01-01/2026-12-31", "a year", granularity="year")
T(R2, "Monday’s", "weekday", "2030-11-11", "possessive weekday, future (\"would attend Monday’s hearing\"): the first Monday after the anchor; "
  "the hearing is dated November 11 earlier in the report")

# R3 anchor Sat 2030-11-09
T(R3, "yesterday", "relative", "2030-11-08", "the day before the anchor (\"went into its third day yesterday\")")
T(R3, "30 years", "duration", "P30Y", "duration (\"counted votes in this town for 30 years\")")
T(R3, "on Thursday", "weekday", "2030-11-07", "the latest Thursday before Sat 2030-11-09 (\"one counter said on Thursday\")")
T(R3, "on Friday afternoon", "weekday", "2030-11-08", "the latest Friday before the anchor (\"turned up on Friday afternoon\")")
T(R3, "six hours", "duration", "PT6H", "duration (\"running some six hours behind\")")
T(R3, "on Monday", "weekday", "2030-11-11", "future (\"His lawyers go before the ... Court on Monday\"): the first Monday after the anchor")
T(R3, "6 p.m.", "time", "unresolved", "clock time with no zone written (\"deadline is 6 p.m. on Tuesday\"), as \"8 p.m.\" in demo/read-heldout5")
T(R3, "on Tuesday", "weekday", "2030-11-12", "future deadline: the first Tuesday after the anchor", after="6 p.m.")
T(R3, "Monday lunchtime", "weekday", "2030-11-11", "future (\"We’ll be done by Monday lunchtime\", inside a quote): the first Monday after the anchor")

# R4 anchor Tue 2030-11-12
T(R4, "12 November", "date", "2030-11-12", "dateline in day-month order; year of the publication date")
T(R4, "yesterday", "relative", "2030-11-11", "the day before the anchor (\"heard ... argue yesterday\")")
T(R4, "two and a half hours", "duration", "PT2H30M", "fractional duration (\"sat for two and a half hours\")")
T(R4, "10:00 CET", "time", "2030-11-11T10:00:00+01:00",
  "clock time with a zone (CET = UTC+1); no day in its sentence: the day of the hearing, \"yesterday\" in the lead")
T(R4, "11:00 EET", "time", "2030-11-11T11:00:00+02:00", "the same instant as 10:00 CET, written in EET (UTC+2) \"in Mirosk\"")
T(R4, "48 hours", "duration", "PT48H", "duration (inside Vossberg's quote)")
T(R4, "4 November", "date", "2030-11-04", "day and month without a year (past, \"was published on\"): the year that puts it nearest the anchor")
T(R4, "on Monday", "weekday", "2030-11-11", "the latest Monday before the anchor (\"Vulkov said on Monday\")")
T(R4, "last week", "relative", "2030-11-04/2030-11-10", "the Monday–Sunday week before the anchor's")
T(R4, "on Friday", "weekday", "2030-11-08", "the latest Friday before the anchor (\"Tevrin agreed on Friday\")")
T(R4, "four days", "duration", "P4D", "duration (\"after four days of counting\")")
T(R4, "Four days", "duration", "P4D", "duration (sentence-initial, inside Denholme's quote)")
T(R4, "18:00 CET", "time", "2030-11-12T18:00:00+01:00", "clock time with a zone; the day from \"on Tuesday\" right after it (the anchor day)")
T(R4, "on Tuesday", "weekday", "2030-11-12", "the anchor day (Tue 2030-11-12), a deadline (\"must end by 18:00 CET on Tuesday\")",
  after="18:00 CET")
T(R4, "by Wednesday evening", "weekday", "2030-11-13", "future (\"has promised final figures by\"): the first Wednesday after the anchor")
T(R4, "1 December", "date", "2030-12-01", "day and month without a year (\"takes office on\"): the nearest, future")

# R5 anchor Wed 2030-11-13
T(R5, "Wednesday 13 November", "date", "2030-11-13", "weekday, day and month without a year in the blog's header: the anchor day")
T(R5, "09:05 CET", "time", "2030-11-13T09:05:00+01:00", "a live-blog entry stamp with a zone, on the anchor day")
T(R5, "late on Tuesday", "weekday", "2030-11-12", "the latest Tuesday before the anchor (\"ruled late on Tuesday\")")
T(R5, "48-hour", "duration", "PT48H", "hyphenated duration (\"the 48-hour limit\")")
T(R5, "11:40 CET", "time", "2030-11-13T11:40:00+01:00", "a live-blog entry stamp")
T(R5, "18:00 CET", "time", "2030-11-13T18:00:00+01:00", "clock time with a zone, on the anchor day (\"will announce ... at\")")
T(R5, "17:00 GMT", "time", "2030-11-13T17:00:00+00:00", "the same instant as 18:00 CET, written in GMT")
T(R5, "19:00 EET", "time", "2030-11-13T19:00:00+02:00", "the same instant as 18:00 CET, written in EET (three zones, one instant)")
T(R5, "23:50", "time", "unresolved", "clock time with no zone written (\"finished at 23:50 on Monday\"), although the entry stamps are CET")
T(R5, "on Monday", "weekday", "2030-11-11", "the latest Monday before the anchor", after="23:50")
T(R5, "14:15 CET", "time", "2030-11-13T14:15:00+01:00", "a live-blog entry stamp")
T(R5, "18:02 CET", "time", "2030-11-13T18:02:00+01:00", "a live-blog entry stamp")
T(R5, "18:04 CET", "time", "2030-11-13T18:04:00+01:00", "a live-blog entry stamp")
T(R5, "on Friday", "weekday", "2030-11-15", "future (\"will certify it on Friday\", inside a quote): the first Friday after the anchor")
T(R5, "72 hours", "duration", "PT72H", "duration (\"within 72 hours\", inside a quote)")
T(R5, "18:20 CET", "time", "2030-11-13T18:20:00+01:00", "a live-blog entry stamp")
T(R5, "tomorrow", "relative", "2030-11-14", "the day after the anchor (inside a partial quote: \"tomorrow, not tonight\")")
T(R5, "tonight", "relative", "2030-11-13", "the evening of the anchor day (inside a partial quote)")
T(R5, "18:31 CET", "time", "2030-11-13T18:31:00+01:00", "a live-blog entry stamp")
T(R5, "18:50 CET", "time", "2030-11-13T18:50:00+01:00", "a live-blog entry stamp")
T(R5, "Thirty years", "duration", "P30Y", "duration (sentence-initial word number, inside a quote)")
T(R5, "19:12 CET", "time", "2030-11-13T19:12:00+01:00", "a live-blog entry stamp")
T(R5, "December 1", "date", "2030-12-01", "month and day without a year (\"takes office on\"): the nearest, future")


# ---------------------------------------------------------------- numbers
N(R1, "three districts", 3, "district", "count", note="word number")
N(R1, "412 votes", 412, "vote", "count")
N(R1, "more than 530,000", 530000, "vote", "count", approx="more_than",
  note="\"out of more than 530,000 cast\": the noun is elided (votes, from \"412 votes\" before it)")
N(R1, "50.04 percent", 50.04, "percent", "percent")
N(R1, "49.96 percent", 49.96, "percent", "percent", note="after the name of the party it is not about")
N(R1, "61.4%", 61.4, "percent", "percent", note="the percent sign")
N(R1, "31 polling stations", 31, "polling station", "count", note="a two-word noun")
N(R1, "roughly 46,000 ballots", 46000, "ballot", "count", approx="about", note="\"roughly\" read as about")
N(R1, "four hours", 4, "hour", "duration", note="word number")
N(R1, "at least nine ballot boxes", 9, "ballot box", "count", approx="at_least", note="word number; a two-word noun")
N(R1, "about 18,000 people", 18000, "person", "count", approx="about", note="irregular plural")
N(R1, "Nine boxes", 9, "box", "count", note="sentence-initial word number, inside a quote")
N(R1, "nine boxes", 9, "box", "count", after="It is", note="inside a quote")
N(R1, "€25,000", 25000, "eur", "money")
N(R1, "five days", 5, "day", "duration", note="word number")
N(R1, "between 120 and 150 counters", 120, "counter", "count", low=120, high=150, note="a range")
N(R1, "two shifts", 2, "shift", "count", note="word number")
N(R1, "about €1.2 million", 1200000, "eur", "money", approx="about", note="a decimal with a scale word")

N(R2, "48 hours", 48, "hour", "duration", note="after \"more than\", which qualifies the delay, not the limit: exact")
N(R2, "two days", 2, "day", "duration", note="word number, inside a quote")
N(R2, "three", 3, "day", "duration", after="They took", note="\"They took three.\": the noun (days) is elided, inside a quote")
N(R2, "two days", 2, "day", "duration", after="Bastian Rudolfi", note="\"the two days\"")
N(R2, "no more than 90 minutes", 90, "minute", "duration", approx="up_to")
N(R2, "46,000 ballots", 46000, "ballot", "count", note="inside a quote")
N(R2, "three towns", 3, "town", "count", note="word number, inside a quote")
N(R2, "140 counters", 140, "counter", "count", note="inside a quote")
N(R2, "60 observers", 60, "observer", "count")
N(R2, "three counting halls", 3, "counting hall", "count", note="word number; a two-word noun")
N(R2, "214 ballots", 214, "ballot", "count")
N(R2, "37", 37, "ballot", "count", after="counted twice and", note="\"and 37 that were never counted\": the noun is elided")
N(R2, "412 votes", 412, "vote", "count", note="inside a partial quote")
N(R2, "almost 30,000 votes", 30000, "vote", "count", approx="up_to", note="\"almost\" read as up_to (a little under)")

N(R3, "Forty-two volunteers", 42, "volunteer", "count", note="sentence-initial hyphenated word number")
N(R3, "two pairs", 2, "pair", "count", note="\"two pairs of hands\"")
N(R3, "50", 50, "ballot", "count", after="Every pile of", note="\"Every pile of 50\": the noun (ballots) is elided")
N(R3, "30 years", 30, "year", "duration")
N(R3, "two pairs", 2, "pair", "count", after="day one", note="\"two pairs of eyes\", inside the quote inside a quote")
N(R3, "two trays", 2, "tray", "count", note="word number")
N(R3, "some six hours", 6, "hour", "duration", approx="about", note="\"some\" read as about")
N(R3, "15 extra counters", 15, "counter", "count", note="an adjective between the number and the noun")
N(R3, "214 double-counted ballots", 214, "ballot", "count", note="a hyphenated adjective between the number and the noun")

N(R4, "some 46,000 ballots", 46000, "ballot", "count", approx="about", note="\"some\" read as about")
N(R4, "five judges", 5, "judge", "count", note="word number")
N(R4, "two and a half hours", 2.5, "hour", "duration", note="a fractional word number")
N(R4, "48 hours", 48, "hour", "duration", note="inside a quote")
N(R4, "66", 66, "hour", "duration", after="It used", note="\"It used 66.\": the noun (hours) is elided, inside a quote")
N(R4, "at least one Drevnan-speaking observer", 1, "observer", "count", approx="at_least",
  note="word number; a hyphenated adjective between the number and the noun")
N(R4, "four days", 4, "day", "duration", note="word number")
N(R4, "298 votes", 298, "vote", "count")
N(R4, "17", 17, "vote", "count", after="Ardeley had lost", note="\"had lost 17\": the noun (votes) is elided")
N(R4, "Four days", 4, "day", "duration", note="sentence-initial word number, inside a quote")

N(R5, "48-hour", 48, "hour", "duration", note="a hyphenated adjective")
N(R5, "96 votes", 96, "vote", "count")
N(R5, "268,455", 268455, "vote", "count", note="\"268,455 to 268,359\": a score, the noun elided")
N(R5, "268,359", 268359, "vote", "count", note="the other side of the score")
N(R5, "508 ballots", 508, "ballot", "count")
N(R5, "72 hours", 72, "hour", "duration", note="inside a quote, after \"within\": exact")
N(R5, "Four hundred and twelve", 412, "vote", "count",
  note="a long word number inside a quote, the noun elided (the preliminary margin, 412 votes in R1)")
N(R5, "ninety-six", 96, "vote", "count", note="hyphenated word number inside a quote, the noun elided")
N(R5, "Thirty years", 30, "year", "duration", note="sentence-initial word number, inside a quote")

ABOUT = ("Gold for the read stage on the invented held-out reports of demo/read-heldout6/reports.jsonl, "
         "written and committed before any reader ran on them. `file` is the report's `id`; `start`/`end` "
         "are BYTE offsets into the UTF-8 encoding of the report's `text` field; text[start:end] begins "
         "with `span`. Same format as demo/read/gold.json. Generated by build_gold.py. See README.md here.")


G.write(ABOUT, DISTINCT, detailed=True)
