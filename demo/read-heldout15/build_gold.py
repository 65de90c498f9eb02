#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and the annotations below.

Run from anywhere: `python3 demo/read-heldout15/build_gold.py`. Offsets are computed here from the spans
(byte offsets into each report's `text`, UTF-8), and every one is checked. Every span is asserted to be
unambiguous: without `after` it must occur exactly once in its report; with `after`, the `after` anchor
must occur exactly once and the span must follow it.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from goldtools import ReadGold  # noqa: E402

G = ReadGold(HERE, unique=True)
IDS = G.ids
Q, E, T, N = G.Q, G.E, G.T, G.N

R1, R2, R3, R4, R5 = IDS


# ---------------------------------------------------------------- quotes
D, I = "direct", "indirect"
# R1: Fieldfare Press Agency, 2040-11-11 (Sun; straight quotes; dateline "KESSINGPORT, Tavrenia, Nov. 11 (FPA) —", an em dash
# and "Nov." with a period; no diacritics: "Strojirny Kolar", "Velky Brod", "Lovcenia")
Q(R1, I, "the fault happened at 20:34 local time (19:34 GMT) on Saturday, four minutes into the draw, when balls 19 and 31 fell into the fourth slot together",
  "Tavrenian Lotteries Authority", "name before: The Tavrenian Lotteries Authority (TLA) said", "said",
  note="reported speech without 'that'; the next sentence (the presenter read only the 19) has no attribution and is not part of it")
Q(R1, D, "We saw it on the monitor a second too late. By then the machine had already let the fifth ball go,", "Dashiell Kitto",
  "surname after: Kitto said in a statement (named in full in the paragraph before)", "said", channel="statement",
  note="multi-sentence; the statement issued through the broadcaster, Tavrenia One, which is not the speaker")
Q(R1, I, "Lowther had signed the draw off at 20:41, before the slow-motion replay was ready", "Tavrenian Lotteries Authority",
  "acronym after the clause: the TLA said", "said",
  note="clause first, attribution after; Lowther is inside the clause, not the speaker")
Q(R1, D, None, "Bronagh Merriweather",
  "name in the middle (inverted): said Bronagh Merriweather, the authority's chief executive,", "said",
  parts=["A draw is either clean,", "or it is nothing. This one was not clean, and we will not pay out on it."],
  note="split quote, the attribution with a full name and an apposition between the parts; the second part is two sentences")
Q(R1, I, "roughly 212,000 tickets had matched three or more numbers in the void draw", "Tavrenian Lotteries Authority",
  "acronym before: According to the TLA,", "according to",
  note="'According to X,' first; the next sentence has no attribution and is not part of it")
Q(R1, I, "It was last serviced on Thursday by one of the company's engineers", "TLA maintenance log",
  "document after the clause: according to the authority's maintenance log", "according to",
  note="a document as speaker, clause first")
Q(R1, I, "she had asked the authority for \"a full account by Monday\"", "Clementine Ebbesley",
  "title + name before: Finance Minister Clementine Ebbesley, whose ministry oversees the lottery, wrote on X that", "wrote",
  channel="post on X")
Q(R1, D, "a full account by Monday", "Clementine Ebbesley", "title + name before: ... wrote on X that", "wrote",
  channel="post on X", partial=True, note="the closing mark comes before the full stop; a time inside")
Q(R1, I, "the TLA had \"gambled with public trust\" by keeping machines that were already six years old when it bought them",
  "Cormac Dunstable", "name before: Cormac Dunstable, the opposition's finance spokesman, said", "said",
  note="reported speech without 'that'; the TLA inside the clause is not the speaker")
Q(R1, D, "gambled with public trust", "Cormac Dunstable", "name before: Cormac Dunstable ... said", "said", partial=True)
Q(R1, D, "If you held one of those tickets last night, I know exactly how you feel,", "Bronagh Merriweather",
  "surname after: Merriweather said", "said")
Q(R1, D, "But if we paid them, every winner after them could ask whether their own draw was clean.", "Bronagh Merriweather",
  "continuation: the second quote of the paragraph, after \"Merriweather said.\"", None)

# R2: The Kessingport Standard, 2040-11-13 (Tue; curly quotes and apostrophes; "per cent"; no dateline and no time zone;
# present tense for most speakers; diacritics in "Strojírny Kolář", "Lovčenian")
Q(R2, D, "Elwood looked at the screen and said, ‘Check it again, Dot,’ and I checked it four times,", "Dorothea Pennick",
  "title + surname after: Mrs Pennick says", "says", channel="interview with the Standard",
  note="holds a quote inside the quote (curly single marks) spoken by someone else, her husband")
Q(R2, D, "Check it again, Dot,", "Elwood Pennick", "inside the outer quote: 'Elwood looked at the screen and said,' → Elwood",
  "said", note="quote inside a quote whose speaker is NOT the outer speaker; 'Dot' is Dorothea, the one addressed")
Q(R2, D, "Then the phone went, and it was my sister asking if we had seen the news.", "Dorothea Pennick",
  "continuation: the second quote of the paragraph, after 'Mrs Pennick says at the kitchen table ...'", None,
  channel="interview with the Standard")
Q(R2, D, "They sold us the ticket and they took the money. The fault was in their machine, not in our numbers,", "Elwood Pennick",
  "pronoun after: he says → Elwood, the subject of the sentence before ('Her husband, Elwood, 65,')", "says",
  channel="interview with the Standard", note="multi-sentence")
Q(R2, I, "she had ordered the Office of Gaming Standards (OGS) to investigate the authority, and that its findings would be published within six weeks",
  "Clementine Ebbesley", "title + name before: Finance Minister Clementine Ebbesley told parliament on Monday that", "told",
  note="'that ..., and that ...': one record")
Q(R2, I, "she had “every confidence” in the regulator", "Clementine Ebbesley",
  "title alone: The minister said → Ebbesley, the sentence before", "said")
Q(R2, D, "every confidence", "Clementine Ebbesley", "title alone: The minister said → Ebbesley", "said", partial=True)
Q(R2, I, "his inspectors will start with the maintenance records", "Jolyon Greystoke",
  "name before: Jolyon Greystoke, the director of the OGS, tells the Standard that", "tells",
  channel="interview with the Standard", note="present tense")
Q(R2, D, "A ball machine is a simple thing,", "Jolyon Greystoke",
  "pronoun after: he says → Greystoke, the subject of the sentence before", "says", channel="interview with the Standard")
Q(R2, D, "When two balls come out together, somebody either missed a warning or ignored one.", "Jolyon Greystoke",
  "continuation: the quote after \"he says.\"", None, channel="interview with the Standard")
Q(R2, I, "whether the authority had been told of any fault before Saturday", "Cormac Dunstable",
  "name before: The opposition’s Cormac Dunstable asked the minister", "asked", note="an indirect question; 'the minister' is Ebbesley")
Q(R2, I, "she did not yet know", "Clementine Ebbesley",
  "pronoun before: She replied that → Ebbesley, the one asked in the sentence before (the asker, Dunstable, is a man)", "replied")
Q(R2, I, "he had “already phoned my landlord” on Saturday night to say he was moving out", "Ishaan Colebrook",
  "surname before: Colebrook told the Standard", "told", channel="interview with the Standard",
  note="reported speech without 'that'; the partial inside keeps its first person ('my')")
Q(R2, D, "already phoned my landlord", "Ishaan Colebrook", "surname before: Colebrook told the Standard", "told",
  channel="interview with the Standard", partial=True)
Q(R2, I, "sales for this Saturday’s draw were 18 per cent lower on Monday than on a normal Monday", "Tavrenian Lotteries Authority",
  "acronym before: The TLA says", "says", note="present tense, without 'that'")
Q(R2, I, "the authority will write to each of the three holders this week", "Bronagh Merriweather",
  "name before: Its chief executive, Bronagh Merriweather, says", "says", note="present tense, without 'that'")
Q(R2, I, "she does not want the money out of spite", "Dorothea Pennick", "title + surname before: Mrs Pennick says", "says",
  note="present tense, without 'that'")
Q(R2, D, "I want someone to stand in front of us and say it was their fault. That would be worth something,", "Dorothea Pennick",
  "pronoun after: she says → Mrs Pennick, the subject of the sentence before", "says", note="multi-sentence")

# R3: The Daily Clatter, 2040-11-14 (Wed; tabloid; curly quotes; no dateline, no time zone anywhere ("8.30pm", "ten o’clock");
# no diacritics: "Strojirny Kolar", "Premysl Stastny", "Lovcenian"; labels: "Gran", "Bus driver", "Telly host", "Lotto boss",
# "Opposition MP", "the Robbed Three")
Q(R3, D, "We are not greedy people. We are people who were told we had won and then told we hadn’t,", "Dorothea Pennick",
  "first name after: Dorothea told the Clatter", "told", channel="interview with the Clatter", note="multi-sentence")
Q(R3, D, "Would you just shrug and go home?", "Dorothea Pennick",
  "continuation: the quote after \"Dorothea told the Clatter.\"", None, channel="interview with the Clatter",
  note="a question inside the marks")
Q(R3, I, "he had been “on the ceiling” for forty minutes", "Ishaan Colebrook",
  "label + name before: Bus driver Ishaan Colebrook, 29, the second winner, said", "said", note="reported speech without 'that'")
Q(R3, D, "on the ceiling", "Ishaan Colebrook", "label + name before: Bus driver Ishaan Colebrook ... said", "said", partial=True)
Q(R3, D, "My mum cried, I cried, the dog barked. Then the telly man came back on and said it didn’t count,", "Ishaan Colebrook",
  "pronoun after: he said → Colebrook, the subject of the sentence before", "said",
  note="multi-sentence; 'the telly man' inside is Kitto, reported inside the quote, no record")
Q(R3, I, "he is “gutted”", None, "unresolved: Pals say (unnamed friends of Kitto)", "say",
  note="an unnamed group; 'he' is Kitto")
Q(R3, D, "gutted", None, "unresolved: Pals say", "say", partial=True, note="a one-word fragment; the closing mark before the full stop")
Q(R3, I, "Stastny had found a worn spring and that the lotto bosses had been told about it", "Strojirny Kolar",
  "name before: The machine’s maker, Strojirny Kolar, said in a statement that", "said", channel="statement",
  note="'that ... and that ...': one record; Stastny is inside the clause")
Q(R3, D, "Nobody at the authority was told that the machine was unsafe to use. Nobody.", "Bronagh Merriweather",
  "label + name before, a colon: Lotto boss Bronagh Merriweather hit back:", "hit back",
  note="multi-sentence; the second 'sentence' a single word")
Q(R3, D, "a national embarrassment", "Cormac Dunstable", "label + name before: Opposition MP Cormac Dunstable branded the whole affair",
  "branded", partial=True, note="a quoted fragment with no reported clause: a direct partial record only")
Q(R3, D, "I’ve played every week for twenty years. After this, never again.", None,
  "unresolved: One furious punter told the Clatter: (not named)", "told", channel="interview with the Clatter",
  note="multi-sentence, after a colon")
Q(R3, I, None, "Finance Ministry",
  "organisation's spokeswoman in the middle: a spokeswoman for the ministry said yesterday → the Finance Ministry (named two paragraphs before)",
  "said", parts=["Finance Minister Clementine Ebbesley will not meet the winners", "until the Office of Gaming Standards has reported"],
  note="reported speech split by its attribution; the minister is inside the clause, not the speaker")
Q(R3, I, "The third winner, who has not been named, is backing the campaign", "Ishaan Colebrook",
  "surname after the clause: according to Colebrook", "according to", note="clause first, 'according to' after")
Q(R3, I, "she will be in front of the ministry at ten o’clock on Friday morning with her husband Elwood, 65, and the petition",
  "Dorothea Pennick", "first name before: Dorothea, who worked as a postie for 31 years, says", "says",
  note="present tense, without 'that'; a relative clause between the name and the verb")
Q(R3, D, "He wanted to bring a placard,", "Dorothea Pennick",
  "pronoun after: she laughed → Dorothea, the subject of the sentence before ('He' inside is Elwood)", "laughed")
Q(R3, D, "I told him one of us has to look respectable.", "Dorothea Pennick", "continuation: the quote after \"she laughed.\"", None)
Q(R3, I, "this Saturday’s draw will go ahead with an old hand-turned drum", "Tavrenian Lotteries Authority",
  "acronym before: The TLA says (the report names the authority in full in its first paragraph)", "says",
  note="present tense, without 'that'")
Q(R3, I, "they will not be buying a ticket", "Fair Draw Now", "label before: the Robbed Three say → Fair Draw Now (the tabloid's label for the campaign)",
  "say", note="the label of a group as speaker")

# R4: Lovčenské Listy, 2040-11-15 (Thu; the neighbour's paper in English; straight quotes; dateline "DRAŽNO, 15 November –";
# diacritics: "Strojírny Kolář", "Velký Brod", "Přemysl Šťastný", "Bohumila Holubová"; "Ing." before a name; Lovčenia keeps UTC+2)
Q(R4, I, "it warned the Tavrenian operator about a worn part two days earlier, and that the warning was ignored", "Strojirny Kolar",
  "description before: The Lovčenian maker of the lottery machine ... says → Strojírny Kolář (named in the next paragraph)", "says",
  note="present tense, without 'that' at first; '..., and that ...': one record; the company is named only in the paragraph after")
Q(R4, I, "the company's engineer had found a worn spring in the machine's release gate during a service on 8 November", "Bohumila Holubova",
  "name before: Bohumila Holubová, director of Strojírny Kolář, told a press conference in Velký Brod on Tuesday that", "told",
  channel="press conference")
Q(R4, I, "The spring costs 340 euros", "Bohumila Holubova",
  "pronoun after the clause: she said → Holubová, the subject of the sentence before", "said", channel="press conference",
  note="clause first, attribution after")
Q(R4, I, "he had written the fault into his service report", "Premysl Stastny",
  "title + name before: The engineer, Ing. Přemysl Šťastný, 41, confirmed in an interview with Lovčenské Listy that", "confirmed",
  channel="interview with Lovčenské Listy", note="'Ing.' must not end a sentence")
Q(R4, D, "I wrote it down, I showed it to their technician, and I said the spring should be changed before the next draw,",
  "Premysl Stastny", "surname after: Šťastný said", "said", channel="interview with Lovčenské Listy")
Q(R4, D, "He told me, 'We will order it next month.' I do not know what happened after that.", "Premysl Stastny",
  "continuation: the quote after \"Šťastný said.\"", None, channel="interview with Lovčenské Listy",
  note="multi-sentence; holds a quote inside the quote (straight single marks)")
Q(R4, D, "We will order it next month.", None,
  "unresolved: 'He told me' → 'their technician', an unnamed employee of the TLA, not a spokesman", "told",
  note="quote inside a quote; the speaker is an unnamed person, not the authority speaking as a body")
Q(R4, I, "the machine was \"fit for use with the spring under observation\"", "Stastny service report",
  "document before: According to his report (Šťastný's service report)", "according to",
  note="a document as speaker; a relative clause ('which the company has published') between the document and the clause")
Q(R4, D, "fit for use with the spring under observation", "Stastny service report", "document before: According to his report",
  "according to", partial=True)
Q(R4, I, "that wording meant the machine was safe", "Tavrenian Lotteries Authority",
  "name before: The Tavrenian Lotteries Authority (TLA) says", "says", note="present tense, without 'that'")
Q(R4, D, "We have made these machines for forty-six years. We do not make them so that one spring can ruin a country's Saturday night,",
  "Bohumila Holubova", "surname after: Holubová said", "said", note="multi-sentence")
Q(R4, I, "the firm would offer the TLA a replacement for all four machines at cost", "Bohumila Holubova",
  "pronoun before: She added that → Holubová, the subject of the sentence before", "added")
Q(R4, I, "the ministry would support the company \"in every court, if it comes to that\"", "Vratislav Cermak",
  "title + name before: Industry Minister Vratislav Čermák said", "said", note="reported speech without 'that'")
Q(R4, D, "in every court, if it comes to that", "Vratislav Cermak", "title + name before: Industry Minister Vratislav Čermák said",
  "said", partial=True)
Q(R4, I, "Kessingport, the Tavrenian capital, has asked Dražno for copies of the firm's export licences", "Lovcenian Industry Ministry",
  "description after the clause: the ministry confirmed → Čermák's Industry Ministry (\"the ministry\" of the sentence before)", "confirmed",
  note="clause first, attribution after; both capitals inside are governments (metonyms)")
Q(R4, D, "My whole family watched the draw. We were proud of our machine until the fourth ball,", None,
  "unresolved: said one assembler, who asked not to be named", "said", note="multi-sentence")
Q(R4, I, "he was not worried for his job", "Premysl Stastny",
  "surname before: Šťastný, who has serviced the Tavrenian machines four or five times a year since 2037, said", "said",
  note="reported speech without 'that'; a long relative clause between the name and the verb")
Q(R4, I, "he did everything right", "Bohumila Holubova", "surname before: Holubová has said publicly that", "said",
  note="'he' is Šťastný")

# R5: Kessingport Public Radio live blog, 2040-11-16 (Fri; plain-text scrape; header "LIVE: ... - Friday 16 November" and a line
# "All times Kessingport (GMT+1)"; each entry begins with a 12-hour stamp ("9.02am") on a line of its own; straight quotes)
Q(R5, D, "We have waited six days for someone to say sorry,", "Dorothea Pennick",
  "surname after: Pennick told KPR → Dorothea Pennick, named in full in the sentence before (her husband is unnamed in the report)",
  "told", channel="interview with KPR")
Q(R5, I, "he had gone back to work on Monday", "Ishaan Colebrook",
  "name before: Ishaan Colebrook, the second winner, told KPR's Open Line programme that", "told",
  channel="KPR's Open Line programme")
Q(R5, D, "I still drive the number 14. Nobody on the bus believes me,", "Ishaan Colebrook",
  "pronoun after: he said → Colebrook, the subject of the sentence before", "said", channel="KPR's Open Line programme",
  note="multi-sentence; 'the number 14' is a bus route, not a number")
Q(R5, I, "the TLA received Strojírny Kolář's service report on 9 November and filed it without reading the part about the spring",
  "Office of Gaming Standards", "name before: The Office of Gaming Standards (OGS) says in an interim note that", "says",
  channel="interim note", note="present tense; the TLA and Strojírny Kolář are inside the clause")
Q(R5, D, "a failure of process, not of one person", "OGS interim note",
  "document before: The note calls that → the OGS's interim note", "calls", partial=True,
  note="a quoted fragment with no reported clause around it: a direct partial record only; a document as speaker")
Q(R5, I, "each of the three holders will receive a goodwill payment of €250,000, about 9 percent of what each would have won",
  "Bronagh Merriweather", "surname before: Merriweather announces that", "announces")
Q(R5, D, "It is not the jackpot, and I will not pretend it is,", "Bronagh Merriweather",
  "pronoun after: she says → Merriweather, the subject of the sentence before", "says")
Q(R5, D, "It is what we owe them for a mistake that was ours.", "Bronagh Merriweather",
  "continuation: the quote after \"she says.\"", None)
Q(R5, I, "the board had asked her to stay until the OGS report is published in December", "Bronagh Merriweather",
  "surname before: Asked whether she would resign, Merriweather said", "said",
  note="the agentless 'Asked whether ...' is no record; the answer is Merriweather's, without 'that'")
Q(R5, I, "the offer is \"a start, not an ending\" and that the three winners will take legal advice before accepting it", "Fair Draw Now",
  "name before: Fair Draw Now says in a statement that", "says", channel="statement", note="'that ... and that ...': one record")
Q(R5, D, "a start, not an ending", "Fair Draw Now", "name before: Fair Draw Now says in a statement that", "says", channel="statement",
  partial=True)
Q(R5, I, "€250,000 is \"hush money with a bow on it\"", "Cormac Dunstable", "name before: Cormac Dunstable writes on X that", "writes",
  channel="post on X")
Q(R5, D, "hush money with a bow on it", "Cormac Dunstable", "name before: Cormac Dunstable writes on X that", "writes",
  channel="post on X", partial=True, note="the closing mark comes before the full stop")
Q(R5, I, "she welcomes the payment", "Clementine Ebbesley",
  "title alone: The minister says → Finance Minister Clementine Ebbesley, named in the entry before (1.44pm)", "says",
  note="present tense, without 'that'")
Q(R5, I, "the government will \"look hard\" at buying machines from a Tavrenian maker in future, and that tomorrow's draw will go ahead at 20:30 as planned",
  "Clementine Ebbesley", "surname before: Ebbesley tells KPR", "tells", channel="interview with KPR",
  note="without 'that' at first; '..., and that ...': one record")
Q(R5, D, "look hard", "Clementine Ebbesley", "surname before: Ebbesley tells KPR", "tells", channel="interview with KPR", partial=True)
Q(R5, I, "she will talk it over with her husband tonight", "Dorothea Pennick",
  "surname before: Pennick says → Dorothea Pennick (the only Pennick named in the report; her husband is unnamed)", "says",
  note="present tense, without 'that'")
Q(R5, D, "Ask me again on Monday,", "Dorothea Pennick", "pronoun after: she says → Pennick, the subject of the sentence before",
  "says")


# ---------------------------------------------------------------- entities
E("Tavrenia", "country", ["Tavrenia", ("Kessingport", None, ["Kessingport, the Tavrenian capital, has asked"])],
  metonyms=[{"alias": "Kessingport", "metonym_of": "Tavrenia (its government)"}], adjectival=["Tavrenian", "Tavrenians"],
  note="\"Kessingport, the Tavrenian capital, has asked Dražno for copies ...\" (R4) is Tavrenia's government: a city asks nothing, "
       "and the apposition names it the Tavrenian capital; nested in \"Tavrenian Lotteries Authority\" and \"Tavrenia One\" it is not a mention")
E("Kessingport", "city", ["KESSINGPORT", "Kessingport"],
  note="Tavrenia's capital (R1's dateline; \"a bus driver from Kessingport\", R2; the blog's zone line \"All times Kessingport\", R5); "
       "the metonym context in R4 is claimed by Tavrenia; \"The Kessingport Standard\" and \"Kessingport Public Radio\" are not in any text")
E("Lovcenia", "country", ["Lovcenia", "Lovčenia", ("Dražno", None, ["asked Dražno for"])],
  metonyms=[{"alias": "Dražno", "metonym_of": "Lovcenia (its government)"}], adjectival=["Lovčenian", "Lovcenian"],
  note="Lovcenia (R1), Lovčenia (R4); \"has asked Dražno for copies of the firm's export licences\" (R4) is Lovčenia's government, the "
       "paragraph before naming \"the capital, Dražno\" in the Lovčenian paper under a DRAŽNO dateline")
E("Drazno", "city", ["DRAŽNO", "Dražno"],
  note="Lovčenia's capital (R4's dateline; \"the capital, Dražno\", R4; \"noon in Dražno\", R5); canonical name without diacritics")
E("Velky Brod", "town", ["Velký Brod", "Velky Brod"], note="the town of the machine maker: Velky Brod (R1), Velký Brod (R4, three times)")
E("Sedgefold", "town", ["Sedgefold"], note="the Pennicks' market town (R1, R2)")
E("Tavrenian Lotteries Authority", "organisation", ["Tavrenian Lotteries Authority", "TLA"],
  note="both forms in R1 and R4; the expansion alone in R3 (then \"The TLA says\") and R5; \"the authority\", \"the authority's\", "
       "\"Nobody at the authority\", \"lotto bosses\", \"the Tavrenian operator\", \"the board\" are not annotated")
E("TLA maintenance log", "document", [("maintenance log", None, ["the authority's maintenance log"])],
  note="the authority's maintenance log, a speaker in R1 (\"according to the authority's maintenance log\")")
E("Strojirny Kolar", "company", ["Strojirny Kolar", "Strojírny Kolář"],
  note="the Lovčenian maker of the draw machines: Strojirny Kolar (R1, R3), Strojírny Kolář (R2, R4, R5); \"the firm\", \"the company\", "
       "\"The machine’s maker\", \"The Lovčenian maker of the lottery machine\" are not annotated")
E("Stastny service report", "document",
  [("service report", None, ["into his service report", "Kolář's service report"]), ("report", None, ["According to his report"])],
  note="Šťastný's report of the 8 November service (R4, a speaker in \"According to his report\"; R5, \"Strojírny Kolář's service report\")")
E("Bramwell Ferris", "company", ["Bramwell Ferris"], note="the accounting firm of the draw's auditor (R1)")
E("Tavrenia One", "media outlet", ["Tavrenia One"], note="the broadcaster of the draw (R1)")
E("Finance Ministry", "organisation", ["Finance Ministry", ("ministry", None, ["a spokeswoman for the ministry"])],
  note="Tavrenia's Finance Ministry (R3, R5); \"a spokeswoman for the ministry\" (R3) claimed by context; \"whose ministry\" (R1), "
       "\"in front of the ministry\" (R3) and the blog title's \"ministry\" are not annotated")
E("Office of Gaming Standards", "organisation", ["Office of Gaming Standards", "OGS"],
  note="the regulator: both forms in R2 and R5, the expansion alone in R3")
E("OGS interim note", "document", [("note", None, ["The note calls"])], note="the OGS's interim note, a speaker in R5")
E("Lovcenian Industry Ministry", "organisation", [("the ministry", None, ["the ministry would support", "the ministry confirmed"])],
  note="Čermák's ministry (R4), a speaker (\"the ministry confirmed\"); never named in full")
E("Fair Draw Now", "group", ["Fair Draw Now", "Robbed Three"],
  note="the three winners' campaign: \"Fair Draw Now\" (R3, R5); the tabloid's label \"the Robbed Three\" (R3: \"Their campaign, Fair "
       "Draw Now – the Robbed Three, as Clatter readers have already named them –\"), a speaker in R3")
E("X", "platform", ["X"])
E("Fieldfare Press Agency", "news agency", ["FPA"], note="only as its acronym, in its own dateline (R1)")
E("The Kessingport Standard", "media outlet", [("Standard", [R2])], note="\"tells the Standard\", \"told the Standard\" (R2)")
E("The Daily Clatter", "media outlet", [("Clatter", [R3])],
  note="\"told the Clatter\" (twice), \"Clatter readers\", \"The Clatter can reveal\" (R3)")
E("Lovčenské Listy", "media outlet", ["Lovčenské Listy"], note="\"in an interview with Lovčenské Listy\" (R4)")
E("Kessingport Public Radio", "media outlet", ["KPR"], note="the broadcaster of R5, only as its acronym")
E("Open Line", "programme", ["Open Line"], note="KPR's programme (R5: \"told KPR's Open Line programme\")")
E("Dashiell Kitto", "person", ["Dashiell Kitto", "Kitto"], note="the draw's presenter (R1; \"Telly host Dashiell Kitto\", R3)")
E("Seren Lowther", "person", ["Seren Lowther", "Lowther"], note="the draw's independent auditor, of Bramwell Ferris (R1)")
E("Bronagh Merriweather", "person", ["Bronagh Merriweather", "Merriweather"],
  note="the TLA's chief executive (all but R4); \"Lotto boss\" (R3) and \"Chief executive\" (R5) before her name are titles")
E("Clementine Ebbesley", "person",
  ["Finance Minister Clementine Ebbesley", "Ebbesley", ("The minister", None, ["The minister said", "The minister says"])],
  note="Tavrenia's finance minister (R1, R2, R3, R5); \"The minister said\" (R2) and \"The minister says\" (R5) claimed by context; "
       "\"asked the minister whether\" (R2) is not annotated")
E("Cormac Dunstable", "person", ["Cormac Dunstable"],
  note="the opposition's finance spokesman (R1, R2, R3 \"Opposition MP Cormac Dunstable\", R5)")
E("Jolyon Greystoke", "person", ["Jolyon Greystoke"], note="the OGS's director (R2)")
E("Dorothea Pennick", "person", ["Dorothea Pennick", "Mrs Pennick", "Dorothea", ("Dot", [R2]), ("Pennick", [R5])],
  note="a winner of the void draw, 62, a retired postwoman of Sedgefold: \"Dorothea Pennick\" (R2, R3 \"Gran Dorothea Pennick\", R5), "
       "\"Mrs Pennick\" (R2), \"Dorothea\" (R3), \"Dot\" (R2, her husband's word inside the inner quote), the bare \"Pennick\" (R5, "
       "where her husband is never named)")
E("Elwood Pennick", "person", ["Elwood"],
  note="Dorothea's husband, 65: \"Elwood\" only (R2, R3); never written with his surname; \"Her husband\" (R2, R5) is not annotated")
E("Ishaan Colebrook", "person", ["Ishaan Colebrook", "Colebrook"], note="the second winner, 29, a bus driver from Kessingport (R2, R3, R5)")
E("Bohumila Holubova", "person", ["Bohumila Holubová", "Holubová"],
  note="director of Strojírny Kolář (R4); canonical name without diacritics")
E("Premysl Stastny", "person", ["Ing. Přemysl Šťastný", "Šťastný", "Premysl Stastny", "Stastny"],
  note="the firm's engineer, 41: \"Ing. Přemysl Šťastný\" and \"Šťastný\" (R4), \"Premysl Stastny\" and \"Stastny\" (R3); 'Ing.' is a "
       "title and ends no sentence; canonical name without diacritics")
E("Vratislav Cermak", "person", ["Industry Minister Vratislav Čermák"], note="Lovčenia's industry minister (R4)")

DISTINCT = [
    ("Dorothea Pennick", "Elwood Pennick", "wife and husband (R2: the inner quote is Elwood's, the outer Dorothea's; R5 \"Pennick\" is Dorothea)"),
    ("Tavrenia", "Kessingport", "the government (metonym, R4) vs the capital city (R1's dateline)"),
    ("Lovcenia", "Drazno", "the government (metonym, R4) vs the capital city (R4's dateline)"),
    ("Tavrenian Lotteries Authority", "TLA maintenance log", "the authority vs its log (a document)"),
    ("Tavrenian Lotteries Authority", "Bronagh Merriweather", "the authority vs its chief executive"),
    ("Tavrenian Lotteries Authority", "Tavrenia", "the authority vs the country named in it"),
    ("Office of Gaming Standards", "OGS interim note", "the regulator vs its note (a document)"),
    ("Office of Gaming Standards", "Jolyon Greystoke", "the regulator vs its director"),
    ("Strojirny Kolar", "Stastny service report", "the company vs its engineer's report"),
    ("Premysl Stastny", "Stastny service report", "the engineer vs his report (a document speaker)"),
    ("Strojirny Kolar", "Bohumila Holubova", "the company vs its director"),
    ("Strojirny Kolar", "Velky Brod", "the company vs its town"),
    ("Premysl Stastny", "Bohumila Holubova", "the engineer vs his director (R4: 'he' in her last clause is Šťastný)"),
    ("Finance Ministry", "Clementine Ebbesley", "the ministry vs its minister (R3: the minister is inside the ministry's clause)"),
    ("Lovcenian Industry Ministry", "Vratislav Cermak", "the ministry vs its minister"),
    ("Lovcenian Industry Ministry", "Finance Ministry", "the two countries' ministries"),
    ("Clementine Ebbesley", "Vratislav Cermak", "the two countries' ministers"),
    ("Clementine Ebbesley", "Cormac Dunstable", "the one asked vs the asker (R2: \"She replied\" is Ebbesley)"),
    ("Clementine Ebbesley", "Bronagh Merriweather", "two women speaking of the same payment (R5)"),
    ("Fair Draw Now", "Dorothea Pennick", "the campaign vs one of its three members"),
    ("Fair Draw Now", "Ishaan Colebrook", "the campaign vs one of its three members"),
    ("Dashiell Kitto", "Tavrenia One", "the presenter vs the broadcaster that released his statement"),
    ("Seren Lowther", "Bramwell Ferris", "the auditor vs her firm"),
    ("Kessingport Public Radio", "Open Line", "the station vs its programme"),
]


# ---------------------------------------------------------------- times
# R1 anchor Sun 2040-11-11 (Tavrenia keeps UTC+1 in November: "20:34 local time (19:34 GMT)")
T(R1, "Nov. 11", "date", "2040-11-11", "dateline; abbreviated month with a period and day, year of the publication date")
T(R1, "Saturday", "weekday", "2040-11-10", "the latest Saturday before the anchor (\"redraw Saturday's jackpot\")", after="redraw ")
T(R1, "noon", "time", "2040-11-11T12:00:00+01:00",
  "\"at noon today\": the report's local time (Kessingport, UTC+1, fixed by \"20:34 local time (19:34 GMT)\" in the next paragraph); the anchor day")
T(R1, "today", "relative", "2040-11-11", "the anchor day (\"at noon today\")")
T(R1, "20:34 local time", "time", "2040-11-10T20:34:00+01:00",
  "\"local time\" of the dateline (Kessingport); the GMT equivalent in brackets fixes the offset at UTC+1; the day from \"on Saturday\" after it")
T(R1, "19:34 GMT", "time", "2040-11-10T19:34:00+00:00", "the same instant as 20:34 local time, written in GMT")
T(R1, "on Saturday", "weekday", "2040-11-10", "the latest Saturday before the anchor (\"(19:34 GMT) on Saturday\")", after="19:34 GMT) ")
T(R1, "four minutes", "duration", "PT4M", "duration (\"four minutes into the draw\")")
T(R1, "21:10", "time", "2040-11-10T21:10:00+01:00",
  "clock time with no zone in its sentence: the report's local time (UTC+1); the day of the draw (Saturday)")
T(R1, "20:41", "time", "2040-11-10T20:41:00+01:00", "clock time in the report's local time (UTC+1); the day of the draw")
T(R1, "Saturday", "weekday", "2040-11-10", "the latest Saturday before the anchor (\"every ticket bought for Saturday\", the draw)",
  after="bought for ")
T(R1, "in 2037", "date", "2037-01-01/2037-12-31", "a year (\"one of four the authority bought in 2037\")", granularity="year")
T(R1, "on Thursday", "weekday", "2040-11-08", "the latest Thursday before the anchor (\"last serviced on Thursday\")")
T(R1, "by Monday", "weekday", "2040-11-12", "future (\"a full account by Monday\", inside the minister's partial): the day after the anchor")
T(R1, "six years", "duration", "P6Y", "duration (\"already six years old\")")
T(R1, "last night", "relative", "2040-11-10", "the night before the anchor day (inside Merriweather's quote; the night of the draw)")

# R2 anchor Tue 2040-11-13 (no zone anywhere in the report)
T(R2, "forty minutes", "duration", "PT40M", "duration (\"For forty minutes\")")
T(R2, "Saturday night", "weekday", "2040-11-10", "the latest Saturday before the anchor (\"For forty minutes on Saturday night\")",
  after="For forty minutes on ")
T(R2, "ten past nine", "time", "unresolved",
  "clock time in words (\"at ten past nine\", Saturday night) with no zone given anywhere in the report; the day is 10 November")
T(R2, "yesterday", "relative", "2040-11-12", "the day before the anchor (\"The authority yesterday withdrew\")")
T(R2, "this Saturday", "weekday", "2040-11-17", "future: the Saturday of the anchor's week (\"will hold this Saturday’s draw\")",
  after="will hold ")
T(R2, "Sunday", "weekday", "2040-11-11", "the latest Sunday before the anchor (\"Sunday’s redraw\")", after="drum. ")
T(R2, "on Monday", "weekday", "2040-11-12", "the latest Monday before the anchor (\"told parliament on Monday\")", after="parliament ")
T(R2, "six weeks", "duration", "P6W", "duration (\"within six weeks\")")
T(R2, "Saturday", "weekday", "2040-11-10", "the latest Saturday before the anchor (\"any fault before Saturday\")", after="fault before ")
T(R2, "on Saturday night", "weekday", "2040-11-10", "the latest Saturday before the anchor (\"already phoned my landlord” on Saturday night\")",
  after="landlord” ")
T(R2, "this Saturday", "weekday", "2040-11-17", "future: the Saturday of the anchor's week (\"sales for this Saturday’s draw\")",
  after="sales for ")
T(R2, "on Monday", "weekday", "2040-11-12", "the latest Monday before the anchor (\"18 per cent lower on Monday\")", after="per cent lower ")
T(R2, "this week", "relative", "2040-11-12/2040-11-18", "the anchor's Monday–Sunday week (\"will write ... this week\")")

# R3 anchor Wed 2040-11-14 (no zone anywhere in the report)
T(R3, "on Saturday", "weekday", "2040-11-10", "the latest Saturday before the anchor (\"scooped the €8.7million jackpot on Saturday\")")
T(R3, "on Friday", "weekday", "2040-11-16", "future (\"will hand a petition to the Finance Ministry on Friday\"): the Friday after the anchor",
  after="Finance Ministry ")
T(R3, "forty minutes", "duration", "PT40M", "duration (\"for forty minutes\")")
T(R3, "8.30pm", "time", "unresolved",
  "clock time (dot separator, pm) with no zone given anywhere in the report; the day is Saturday 10 November")
T(R3, "last Thursday", "weekday", "2040-11-08", "the Thursday of the week before the anchor's (Wed 2040-11-14), also the latest Thursday before it")
T(R3, "yesterday", "relative", "2040-11-13", "the day before the anchor (\"a spokeswoman for the ministry said yesterday\")")
T(R3, "twenty years", "duration", "P20Y", "duration (inside the punter's quote)")
T(R3, "31 years", "duration", "P31Y", "duration (\"worked as a postie for 31 years\")")
T(R3, "ten o’clock", "time", "unresolved",
  "clock time in words with no zone given anywhere in the report; the day is Friday 16 November (\"on Friday morning\")")
T(R3, "Friday morning", "weekday", "2040-11-16", "future: the Friday after the anchor (\"at ten o’clock on Friday morning\")")
T(R3, "this Saturday", "weekday", "2040-11-17", "future: the Saturday of the anchor's week (\"this Saturday’s draw will go ahead\")")

# R4 anchor Thu 2040-11-15 (Lovčenia keeps UTC+2 in November)
T(R4, "15 November", "date", "2040-11-15", "dateline in day-month order; year of the publication date")
T(R4, "on Saturday", "weekday", "2040-11-10", "the latest Saturday before the anchor (\"a live draw in Tavrenia on Saturday\")",
  after="live draw in Tavrenia ")
T(R4, "two days earlier", "relative", "2040-11-08",
  "two days before the Saturday of the draw named in the same sentence (10 November), not before the anchor")
T(R4, "on Tuesday", "weekday", "2040-11-13", "the latest Tuesday before the anchor (\"told a press conference in Velký Brod on Tuesday\")")
T(R4, "8 November", "date", "2040-11-08", "day and month without a year, past (\"during a service on 8 November\"): the anchor's year")
T(R4, "since 1994", "date", "1994-01-01/1994-12-31", "a year (\"has built draw machines since 1994\")", granularity="year")
T(R4, "next month", "relative", "2040-12-01/2040-12-31",
  "the month after the anchor's (inside the inner quote, said on 8 November: also December)", granularity="month")
T(R4, "21:34 local time", "time", "2040-11-10T21:34:00+02:00",
  "\"local time\" of the paper (Lovčenia); the GMT equivalent in brackets (19:34 GMT) fixes the offset at UTC+2; the day from \"on Saturday\"; "
  "the same instant as \"20:34 local time\" in R1 (UTC+1)")
T(R4, "on Saturday", "weekday", "2040-11-10", "the latest Saturday before the anchor (\"21:34 local time on Saturday\")", after="21:34 local time ")
T(R4, "19:34 GMT", "time", "2040-11-10T19:34:00+00:00", "the same instant as 21:34 local time, written in GMT")
T(R4, "30 minutes", "duration", "PT30M", "duration (\"about 30 minutes later\")")
T(R4, "forty-six years", "duration", "P46Y", "duration (inside Holubová's quote)")
T(R4, "on Wednesday", "weekday", "2040-11-14", "the latest Wednesday before the anchor (\"the ministry confirmed on Wednesday\")")
T(R4, "since 2037", "date", "2037-01-01/2037-12-31", "a year (\"four or five times a year since 2037\")", granularity="year")

# R5 anchor Fri 2040-11-16; the blog's second header line says "All times Kessingport (GMT+1)"
T(R5, "Friday 16 November", "date", "2040-11-16", "weekday, day and month without a year in the blog's header: the anchor day")
for stamp, iso in (("9.02am", "09:02"), ("9.40am", "09:40"), ("10.15am", "10:15"), ("10.48am", "10:48"), ("12.37pm", "12:37"),
                   ("12.51pm", "12:51"), ("1.20pm", "13:20"), ("1.44pm", "13:44"), ("2.05pm", "14:05"), ("2.30pm", "14:30")):
    T(R5, stamp, "time", f"2040-11-16T{iso}:00+01:00",
      "a live-blog entry stamp (12-hour clock, dot separator) on a line of its own, no zone of its own; the header says \"All times "
      "Kessingport (GMT+1)\"; the anchor day")
T(R5, "11am", "time", "2040-11-16T11:00:00+01:00", "clock time in the blog's zone (GMT+1), the anchor day (\"meets at 11am\")")
T(R5, "noon", "time", "2040-11-16T12:00:00+02:00",
  "\"noon in Dražno\": the same instant as 11am GMT+1, written in Lovčenia's time (the bracket fixes its offset at UTC+2)")
T(R5, "last Saturday", "weekday", "2040-11-10", "the Saturday of the week before the anchor's (\"last Saturday's voided jackpot tickets\")")
T(R5, "9.31am", "time", "2040-11-16T09:31:00+01:00", "clock time inside an entry, the blog's zone (GMT+1), the anchor day")
T(R5, "six days", "duration", "P6D", "duration (inside Pennick's quote)")
T(R5, "on Monday", "weekday", "2040-11-12", "the latest Monday before the anchor (\"gone back to work on Monday\")", after="back to work ")
T(R5, "9 November", "date", "2040-11-09", "day and month without a year, past (\"received ... service report on 9 November\")")
T(R5, "December", "date", "2040-12-01/2040-12-31", "a month without a year, future (\"published in December\"): the next December",
  granularity="month")
T(R5, "next week", "relative", "2040-11-19/2040-11-25", "the Monday–Sunday week after the anchor's")
T(R5, "tomorrow", "relative", "2040-11-17", "the day after the anchor (\"tomorrow's draw\")")
T(R5, "20:30", "time", "2040-11-17T20:30:00+01:00",
  "clock time (24-hour, in an entry whose stamp is 12-hour) in the blog's zone (GMT+1); the day is tomorrow's (17 November)")
T(R5, "tonight", "relative", "2040-11-16", "the anchor day's night")
T(R5, "on Monday", "weekday", "2040-11-19", "future (inside Pennick's quote \"Ask me again on Monday\", said on the anchor day): the next Monday",
  after="Ask me again ")


# ---------------------------------------------------------------- numbers
N(R1, "two balls", 2, "ball", "count", note="word number")
N(R1, "three winning tickets", 3, "ticket", "count", after="already produced ", note="word number, an adjective between number and noun")
N(R1, "€8.7 million", 8700000, "eur", "money", note="a decimal and 'million'")
N(R1, "four minutes", 4, "minute", "duration", note="word number")
N(R1, "roughly 212,000 tickets", 212000, "ticket", "count", approx="about", note="\"roughly\" read as about")
N(R1, "three or more numbers", 3, "number", "count", approx="at_least", note="\"three or more\" = at least three")
N(R1, "four", 4, "machine", "count", after="machine, one of ", note="word number, the noun elided (\"one of four the authority bought\" = four machines)")
N(R1, "six years", 6, "year", "duration", note="word number")
N(R1, "three winning tickets", 3, "ticket", "count", after="One of the ", note="word number, \"One of the three ...\"")
N(R1, "40 kilometres", 40, "kilometre", "count")
N(R1, "the other two", 2, "ticket", "count", note="word number, the noun elided (the other two tickets)")

N(R2, "forty minutes", 40, "minute", "duration", note="word number")
N(R2, "62", 62, "year", "age", note="an age (\"The retired postwoman, 62,\")")
N(R2, "all six numbers", 6, "number", "count", note="word number")
N(R2, "€8.7 million", 8700000, "eur", "money")
N(R2, "four times", 4, "time", "count", note="word number, inside the quote")
N(R2, "65", 65, "year", "age", note="an age (\"Elwood, 65,\")")
N(R2, "all four of its draw machines", 4, "machine", "count", note="word number, \"X of its Y\"")
N(R2, "€9.4 million", 9400000, "eur", "money")
N(R2, "six weeks", 6, "week", "duration", note="word number")
N(R2, "two balls", 2, "ball", "count", note="word number, inside Greystoke's quote")
N(R2, "two winning tickets", 2, "ticket", "count", note="word number")
N(R2, "29", 29, "year", "age", note="an age (\"Ishaan Colebrook, 29,\")")
N(R2, "18 per cent", 18, "percent", "percent", note="\"per cent\" in two words")
N(R2, "three holders", 3, "holder", "count", note="word number")

N(R3, "62", 62, "year", "age", note="an age (\"Gran Dorothea Pennick, 62,\")")
N(R3, "three Tavrenians", 3, "tavrenian", "count", note="word number; the counted noun a demonym")
N(R3, "€8.7million", 8700000, "eur", "money", note="'million' written close up")
N(R3, "two balls", 2, "ball", "count", note="word number")
N(R3, "29", 29, "year", "age", note="an age (\"Ishaan Colebrook, 29,\")")
N(R3, "forty minutes", 40, "minute", "duration", note="word number")
N(R3, "More than 500 readers", 500, "reader", "count", approx="more_than", note="sentence-initial")
N(R3, "twenty years", 20, "year", "duration", note="word number, inside a quote")
N(R3, "31 years", 31, "year", "duration")
N(R3, "65", 65, "year", "age", note="an age (\"her husband Elwood, 65,\")")
N(R3, "€9.4million", 9400000, "eur", "money", note="'million' written close up")

N(R4, "two days", 2, "day", "duration", note="word number (\"two days earlier\")")
N(R4, "340 euros", 340, "eur", "money", note="the currency written as a word after the number")
N(R4, "about 14,000 people", 14000, "person", "count", approx="about")
N(R4, "60 kilometres", 60, "kilometre", "count")
N(R4, "85 people", 85, "person", "count")
N(R4, "eleven countries", 11, "country", "count", note="word number")
N(R4, "41", 41, "year", "age", note="an age (\"Ing. Přemysl Šťastný, 41,\")")
N(R4, "two balls", 2, "ball", "count", note="word number")
N(R4, "about 30 minutes", 30, "minute", "duration", approx="about")
N(R4, "forty-six years", 46, "year", "duration", note="a hyphenated word number, inside a quote")
N(R4, "all four machines", 4, "machine", "count", note="word number")
N(R4, "four or five times", 4, "time", "count", low=4, high=5, note="a range in words (\"four or five times a year\")")

N(R5, "three holders", 3, "holder", "count", after="9.02am", note="word number")
N(R5, "About 300 people", 300, "person", "count", approx="about", note="sentence-initial")
N(R5, "41,650 signatures", 41650, "signature", "count")
N(R5, "three winners", 3, "winner", "count", after="one of the ", note="word number, \"one of the three winners\"")
N(R5, "six days", 6, "day", "duration", note="word number, inside a quote")
N(R5, "three holders", 3, "holder", "count", after="12.37pm", note="word number")
N(R5, "€250,000", 250000, "eur", "money", after="12.37pm")
N(R5, "about 9 percent", 9, "percent", "percent", approx="about")
N(R5, "three winners", 3, "winner", "count", after="1.20pm", note="word number")
N(R5, "€250,000", 250000, "eur", "money", after="1.44pm", note="inside Dunstable's reported clause")

ABOUT = ("Gold for the read stage on the invented held-out reports of demo/read-heldout15/reports.jsonl, "
         "written and committed before any reader ran on them. `file` is the report's `id`; `start`/`end` "
         "are BYTE offsets into the UTF-8 encoding of the report's `text` field; text[start:end] begins "
         "with `span`. Same format as demo/read-heldout14/gold.json. Generated by build_gold.py. See README.md here.")


G.write(ABOUT, DISTINCT, detailed=True)
