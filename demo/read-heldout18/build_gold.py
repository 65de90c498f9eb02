#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and the annotations below.

Run from anywhere: `python3 demo/read-heldout18/build_gold.py`. Offsets are computed here from the spans
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
# R1: Kestermouth Sound live blog, 2043-06-10 (Wed; plain-text scrape; header "LIVE: ... - Wednesday 10 June" and a line "All
# times are Caldrian summer time (GMT+1)"; each entry begins with a 24-hour stamp with a dot ("06.02") on a line of its own;
# straight quotes; no diacritics: "Zbynek Simunek", "Jitka Brazdova", "Hrebecov", "Vlastovka")
Q(R1, I, "the signal had dropped out, not his daughter", "Crispin Trewin",
  "name before: Her father and coach, Crispin Trewin, told us over the boat's radio that", "told",
  channel="interview with Kestermouth Sound", note="the channel phrase between the verb and 'that'")
Q(R1, D, "She never stopped, not for one stroke. I stood at the rail with the torch on her the whole time,", "Crispin Trewin",
  "pronoun after: he said → Crispin Trewin, the subject of the sentence before", "said",
  channel="interview with Kestermouth Sound", note="multi-sentence; 'She' and 'her' inside are Elowen")
Q(R1, I, "The water is between 13 and 15 degrees", "Zbynek Simunek",
  "name after the clause: according to her pilot, Zbynek Simunek", "according to",
  note="clause first, 'according to' after; a relative clause follows the name")
Q(R1, I, "the tide has turned her way and that he expects her to land \"some time in the afternoon\"", "Zbynek Simunek",
  "pronoun before: He says → Simunek, named in the sentence before", "says",
  note="without 'that' at first, then 'and that ...': one record; the partial ends it")
Q(R1, D, "some time in the afternoon", "Zbynek Simunek", "pronoun before: He says ... that", "says", partial=True,
  note="the closing mark comes before the full stop")
Q(R1, I, "she is \"grumpy, which is a good sign\"", "Crispin Trewin",
  "first name before: Crispin says → Crispin Trewin (full name in the 06.40 entry)", "says",
  note="present tense, without 'that'; 'she' is Elowen")
Q(R1, D, "grumpy, which is a good sign", "Crispin Trewin", "first name before: Crispin says", "says", partial=True,
  note="a comma inside the fragment; the closing mark comes before the full stop")
Q(R1, I, "a crossing is ratified only when the observer's log and the track agree", "Open Water Records Council",
  "group before: The council told us this morning that → the Open Water Records Council (OWRC), named in the sentence before",
  "told", channel="interview with Kestermouth Sound", note="a time phrase between the verb and 'that'")
Q(R1, D, "She taught half this town to float,", "Nessa Pennard",
  "name after: the head teacher at Elowen's school, Nessa Pennard, told us", "told",
  channel="interview with Kestermouth Sound", note="'Elowen's' inside the attribution is not the speaker")
Q(R1, D, "The other half are learning this morning.", "Nessa Pennard", "continuation: the quote after '..., Nessa Pennard, told us.'",
  None, channel="interview with Kestermouth Sound")
Q(R1, I, "About 9 kilometres to go", "Zbynek Simunek", "surname after the clause: Simunek reckons", "reckons",
  note="clause first (a verbless fragment), attribution after")
Q(R1, I, "the last stretch along the Velskan shore is where attempts go to die", "Zbynek Simunek",
  "pronoun before: he warns that → Simunek, the subject of the clause before", "warns")
Q(R1, I, "A jellyfish sting, the third of the day", "Crispin Trewin", "first name after the clause: Crispin reports",
  "reports", note="clause first (a verbless fragment), attribution after")
Q(R1, D, None, "Crispin Trewin", "pronoun in the middle: he said → Crispin, the subject of the sentence before", "said",
  parts=["She swore at it in two languages,", "which means she's fine."],
  note="a direct quote split by its attribution: one record with two parts")
Q(R1, D, "I'm cold, I'm sick of porridge and I'm the first. Tell Kestermouth to put the kettle on.", "Elowen Trewin",
  "first name before, a colon: Elowen, hoarse, on the phone from the beach, told us: → Elowen Trewin", "told",
  channel="interview with Kestermouth Sound", note="multi-sentence; an apposition and a place phrase between name and verb")
Q(R1, I, "the council will look at the gap in the tracker before confirming anything", "Everard Kellaway",
  "name before: The OWRC's spokesman, Everard Kellaway, says", "says", note="present tense, without 'that'")
Q(R1, D, "Nobody doubts Elowen. We doubt a battery,", "Everard Kellaway",
  "pronoun after: he said → Kellaway, the subject of the sentence before", "said", note="multi-sentence; 'Elowen' inside is not the speaker")
Q(R1, I, "the country was \"bursting with pride\"", "Fenella Gault", "title + name before: Sports Minister Fenella Gault posted on X that",
  "posted", channel="post on X")
Q(R1, D, "bursting with pride", "Fenella Gault", "name before: Fenella Gault posted on X that", "posted", channel="post on X",
  partial=True, note="the closing mark comes before the full stop")

# R2: Sealark, wire, 2043-06-11 (Thu; straight quotes; dateline "WENDLECOMBE, Caldria, June 11 (Sealark) -", a hyphen;
# no diacritics: "Hrebecov", "Vilem Hrubos", "Zbynek Simunek", "Jitka Brazdova", "Zdarnice")
Q(R2, I, "it would not ratify Elowen Trewin's crossing of the Skellan Strait until it had accounted for a 48-minute gap in her satellite tracker",
  "Open Water Records Council",
  "description before: The body that certifies open-water records said on Thursday → the Open Water Records Council (named in "
  "paragraph 3)", "said", note="without 'that'; the 'after the Caldrian swimmer waded ashore ...' phrase is the wire's own")
Q(R2, I, "its ratification committee would meet on Monday and that \"no record is a record until the paperwork agrees with the sea\"",
  "Open Water Records Council", "name before: The Open Water Records Council said in a statement that", "said", channel="statement",
  note="'that ... and that ...': one record; the partial ends it")
Q(R2, D, "no record is a record until the paperwork agrees with the sea", "Open Water Records Council",
  "name before: The Open Water Records Council said in a statement that", "said", channel="statement", partial=True,
  note="the closing mark comes before the full stop")
Q(R2, I, "the unit's battery had overheated inside a sealed pouch and that its data for the rest of the swim were complete", "Wakemark",
  "name before: Wakemark said", "said", note="without 'that' at first, then 'and that ...': one record")
Q(R2, D, "The fault was ours, not the swimmer's,", "Wakemark",
  "document after: the company's statement said → Wakemark, the subject of the sentence before", "said", channel="statement")
Q(R2, I, "the council was right to look closely", "Vilem Hrubos",
  "name before: Vilem Hrubos, the Velskan swimmer who ..., told Sealark", "told", channel="interview with Sealark",
  note="without 'that'; a long apposition between the name and the verb")
Q(R2, D, "I want her record to stand. I also want it to be a record nobody can argue with,", "Vilem Hrubos",
  "pronoun after: he said → Hrubos, the subject of the sentence before", "said", channel="interview with Sealark",
  note="multi-sentence; 'her' inside is Elowen Trewin")
Q(R2, I, "the gap was \"a fuss about a gadget\"", "Crispin Trewin",
  "name before: Trewin's father and coach, Crispin Trewin, said", "said",
  note="without 'that'; the bare 'Trewin's' before his name is his daughter")
Q(R2, D, "a fuss about a gadget", "Crispin Trewin", "name before: Crispin Trewin, said", "said", partial=True,
  note="the closing mark comes before the full stop")
Q(R2, D, "Let them check. I know where I was at three in the morning. I was in the sea,", "Elowen Trewin",
  "pronoun after: she told reporters → 'Trewin herself', the subject of the sentence before (not her father, named just before "
  "that)", "told", channel="told reporters", note="multi-sentence; a bare shared surname resolved by 'herself' and 'she'")
Q(R2, I, "The boat's pilot, Zbynek Simunek, and the council's observer, Jitka Brazdova, both logged her position by hand every half hour",
  "Everard Kellaway", "name after the clause: according to Everard Kellaway, the council's spokesman", "according to",
  note="clause first, 'according to' after; the two people named inside the clause are not the speaker")
Q(R2, I, "those logs would be set against any other data the council could obtain", "Everard Kellaway", "surname before: Kellaway said",
  "said", note="without 'that'")
Q(R2, I, "the council had never before had to rule on a failed tracker", "Everard Kellaway",
  "pronoun before: He added that → Kellaway, the subject of the sentence before", "added")
Q(R2, I, "its coastguard had followed the escort boat on radar through the night and would hand the recordings to the council", "Velsko",
  "government before: In Zdarnice, the Velskan government said late on Thursday that → Velsko (its government); 'In Zdarnice' is "
  "where it spoke", "said", note="'... and would ...': one record; a time phrase between the verb and 'that'")
Q(R2, I, "it was \"a generous gesture between neighbours\"", "Fenella Gault",
  "title + name before: Sports Minister Fenella Gault said", "said", note="without 'that'; 'Wendlecombe welcomed the offer' before "
  "it reports no words")
Q(R2, D, "a generous gesture between neighbours", "Fenella Gault", "name before: Fenella Gault said", "said", partial=True,
  note="the closing mark comes before the full stop")
Q(R2, I, "About 120,000 people followed the swim online", "Wakemark", "name after the clause: according to Wakemark", "according to",
  note="clause first, 'according to' after")
Q(R2, I, "A fund Trewin set up for a children's swimming charity had raised more than 38,000 marks by Thursday morning",
  "Little Paddlers", "group after the clause: the charity said → the children's swimming charity named inside the clause (Little "
  "Paddlers, named in R3 and R5)", "said", note="clause first, attribution after")

# R3: The Daily Squall, tabloid, 2043-06-12 (Fri; straight quotes; no dateline and no zone anywhere ("3.05am"); no diacritics;
# labels: "Plucky", "Wenna", "the Kestermouth Otter", "Fuming dad Crispin", "Wenna's mum Dilys", "pen-pushers", "Council spokesman")
Q(R3, I, "they have to mark her homework", "Open Water Records Council",
  "label before: a gang of pen-pushers say → the Open Water Records Council (the tabloid's label; the council is named two "
  "paragraphs later)", "say", note="without 'that'; 'her' is Elowen Trewin")
Q(R3, D, "My girl swam 41 kilometres and they want to argue about a battery. I watched every stroke with a torch. What do they think she did, hitch a lift on a dolphin?",
  "Crispin Trewin", "first name with a label before, a colon: Fuming dad Crispin, 66, ... told the Squall: → Crispin Trewin", "told",
  channel="interview with the Squall", note="multi-sentence, a question inside the marks; an age and a relative clause before the verb")
Q(R3, D, "I didn't sleep a wink. When the dot on the map vanished I nearly rang the coastguard myself,", "Dilys Trewin",
  "pronoun after: she said → Dilys, 'Wenna's mum Dilys', the subject of the sentence before", "said", note="multi-sentence")
Q(R3, I, "nobody suspected foul play", "Everard Kellaway", "label + name before: Council spokesman Everard Kellaway insisted",
  "insisted", note="without 'that'")
Q(R3, D, "It is a formality, and a careful one,", "Everard Kellaway",
  "pronoun after: he said → Kellaway, the subject of the sentence before", "said")
Q(R3, I, "the battery cooked in its waterproof pouch and died at 3.05am", "Wakemark",
  "name before: The gizmo's makers, Wakemark, have already held their hands up, admitting", "admitting",
  note="a participle reports speech ('admitting' what the battery did); without 'that'")
Q(R3, D, "Our radar does not sleep. We saw that boat creep east at swimming speed from the first hour to the last.", "Libor Sebestik",
  "label + name before, a colon: Coastguard spokesman Libor Sebestik said:", "said", note="multi-sentence")
Q(R3, I, "Wenna was \"a national treasure\" and that she would be invited to a reception in Wendlecombe next month", "Fenella Gault",
  "title + name before: Sports Minister Fenella Gault wrote in a post on X late on Thursday that", "wrote", channel="post on X",
  note="'that ... and that ...': one record; a time phrase between the channel and 'that'; 'she' inside is Wenna")
Q(R3, D, "a national treasure", "Fenella Gault", "name before: Fenella Gault wrote in a post on X ... that", "wrote",
  channel="post on X", partial=True)
Q(R3, I, "the Velskan radar pinged the boat every six seconds", None,
  "unresolved: Our sources say (the paper's unnamed sources)", "say",
  note="without 'that'; what follows the dash is the paper's own arithmetic")
Q(R3, I, "the record should stand", "Vilem Hrubos", "name before: Even her Velskan rival Vilem Hrubos, who ..., reckons", "reckons",
  note="without 'that'; a relative clause between the name and the verb")
Q(R3, D, "Chips,", "Elowen Trewin", "pronoun after: she told the Squall → 'Wenna herself', the subject of the paragraph", "told",
  channel="interview with the Squall", note="a one-word quote")
Q(R3, D, "Lots of chips.", "Elowen Trewin", "continuation: the quote after 'she told the Squall.'", None,
  channel="interview with the Squall")

# R4: Pobřežní listy (English edition), 2043-06-13 (Sat; the landing village's regional paper; straight quotes; dateline
# "HŘEBEČOV, 13 June –" (en dash); diacritics: "Zbyněk Šimůnek", "Jitka Brázdová", "Vilém Hruboš", "Libor Šebestík", "Žďárnice",
# "Vlaštovka"; Velsko keeps UTC+2 in June: "14:00 Žďárnice time (12:00 GMT)")
Q(R4, I, "The Velskan Coastguard handed the Open Water Records Council (OWRC) its full recording of the night of 9 to 10 June on Friday morning",
  "Velskan interior ministry", "group after the clause: the interior ministry said", "said",
  note="clause first, attribution after; the coastguard and the council inside the clause are not the speaker")
Q(R4, I, "the radar tracked the escort boat Vlaštovka every six seconds from ten past midnight on Wednesday – still Tuesday night on the Caldrian coast, where Elowen Trewin entered the water – until she landed here at 16:52",
  "Velskan interior ministry", "group before: According to the ministry, → the interior ministry of the sentence before",
  "according to", note="'According to X,' first; a dashed aside inside the clause")
Q(R4, D, "The recording shows the Vlaštovka moving at between 2.5 and 3 kilometres an hour for the whole period in question,",
  "Velskan interior ministry", "document after: the ministry's statement said → the interior ministry", "said", channel="statement")
Q(R4, I, "the boat never stopped for longer than a feeding break", "Libor Sebestik",
  "name before: Libor Šebestík, the coastguard's spokesman, told reporters in Žďárnice that", "told", channel="told reporters",
  note="a place phrase between 'reporters' and 'that'")
Q(R4, D, "Between 04:05 and 04:53 our time, when her tracker was silent, the boat covered almost exactly two kilometres. A boat that waits for a swimmer moves at a swimmer's pace,",
  "Libor Sebestik", "pronoun after: he said → Šebestík, the subject of the sentence before", "said", channel="told reporters",
  note="multi-sentence; clocks inside")
Q(R4, I, "he had escorted seven earlier attempts and that hers was the first to finish", "Zbynek Simunek",
  "pronoun before: He told Pobřežní listy → Zbyněk Šimůnek, the subject of the sentence before", "told",
  channel="interview with Pobřežní listy", note="without 'that' at first, then 'and that ...': one record")
Q(R4, D, "At three in the morning I was more worried about a cargo ship than about a tracker. Nobody on my boat even noticed it had stopped,",
  "Zbynek Simunek", "surname after: Šimůnek said", "said", channel="interview with Pobřežní listy", note="multi-sentence")
Q(R4, I, "her log was \"complete, signed and with the committee\"", "Jitka Brazdova",
  "pronoun before: She said only that → Jitka Brázdová, the subject of the sentence before", "said",
  note="'said only that'")
Q(R4, D, "complete, signed and with the committee", "Jitka Brazdova", "pronoun before: She said only that", "said", partial=True,
  note="commas inside the fragment; the closing mark comes before the full stop")
Q(R4, I, "he was happy for Trewin but that the OWRC should publish every document it relied on", "Vilem Hrubos",
  "name before: Vilém Hruboš, whose 2039 crossing ..., told us", "told", channel="interview with Pobřežní listy",
  note="without 'that' at first, then 'but that ...': one record; 'Trewin' inside is Elowen")
Q(R4, D, "Records are made in the sea and confirmed on paper. If the paper stays secret, people will talk,", "Vilem Hrubos",
  "pronoun after: he said → Hruboš, the subject of the sentence before", "said", channel="interview with Pobřežní listy",
  note="multi-sentence")
Q(R4, D, "She ate three bowls on Wednesday evening and asked for the recipe. Then she fell asleep at the table,", "Radka Vondrova",
  "name after (inverted): said its owner, Radka Vondrová", "said", note="multi-sentence; 'She' inside is Elowen Trewin")

# R5: The Wendlecombe Oriel, broadsheet, 2043-06-16 (Tue; curly quotes and apostrophes; present tense; no dateline; Caldria keeps
# UTC+1 in June: "14:00 yesterday (13:00 GMT)"; diacritics: "Hřebečov", "Jitka Brázdová", "Vilém Hruboš", "Žďárnice", "Zbyněk Šimůnek")
Q(R5, D, "We were never looking for a reason to say no,", "Petronella Haverstock",
  "name after (inverted): says Petronella Haverstock, who chairs the committee", "says")
Q(R5, D, "We were looking for 48 minutes, and we found them.", "Petronella Haverstock",
  "continuation: the quote after '..., says Petronella Haverstock, who chairs the committee.'", None)
Q(R5, I, "its battery overheated", "Wakemark", "name before: Wakemark, whose tracker failed last week, has admitted", "admitted",
  note="without 'that'; a relative clause between the name and the verb")
Q(R5, D, "Her log for 3.30 says, ‘Swimmer strong, complaining of cold, stroke rate 58,’ and that is precisely where the radar puts the boat,",
  "Petronella Haverstock", "surname after: Haverstock says", "says",
  note="holds a quote inside the quote (curly single marks), spoken by a document, the observer's log")
Q(R5, D, "Swimmer strong, complaining of cold, stroke rate 58,", "Brazdova observer log",
  "inside the outer quote: Her log for 3.30 says, → the observer's handwritten log (a document speaker)", "says",
  note="quote inside a quote whose speaker is NOT the outer speaker")
Q(R5, I, "she has kept 31 such logs in nine years and never had one read aloud at a press conference", "Jitka Brazdova",
  "name before: The observer, Jitka Brázdová, tells the Oriel", "tells", channel="interview with the Oriel",
  note="present tense, without 'that'")
Q(R5, D, "I will write more neatly next time,", "Jitka Brazdova",
  "pronoun after: she says → Brázdová, the subject of the sentence before", "says", channel="interview with the Oriel")
Q(R5, D, "The children cheered louder than the crowd at Hřebečov,", "Elowen Trewin",
  "pronoun after: she says → Trewin, the subject of the sentence before ('Trewin heard the news ...')", "says")
Q(R5, D, "I’ve promised them a lesson on batteries.", "Elowen Trewin", "continuation: the quote after 'she says.'", None,
  note="a curly apostrophe inside the marks")
Q(R5, I, None, "Crispin Trewin",
  "pronoun in the middle: The council, he says, made ... → Crispin Trewin, the subject of the sentence before", "says",
  parts=["The council,", "made a family sweat for five days over “a gadget in a plastic bag”"],
  note="reported speech split by its attribution: one record with two parts; the partial ends it")
Q(R5, D, "a gadget in a plastic bag", "Crispin Trewin", "pronoun in the middle: The council, he says, made ...", "says", partial=True,
  note="the closing mark comes before the full stop")
Q(R5, D, "Not with that tracker.", "Crispin Trewin",
  "surname before: Trewin laughs. → Crispin Trewin ('Asked whether he would escort another attempt', the father of the paragraph), "
  "not his daughter", None, note="follows a non-speech verb ('laughs'); a bare shared surname; the agentless 'Asked whether ...' is "
  "no record")
Q(R5, I, "the ruling was “the right answer, reached the right way”", "Vilem Hrubos",
  "name before: Vilém Hruboš, whose wetsuit crossing ..., wrote on X on Monday evening that", "wrote", channel="post on X",
  note="a time phrase between the channel and 'that'")
Q(R5, D, "the right answer, reached the right way", "Vilem Hrubos", "name before: Vilém Hruboš ... wrote on X ... that", "wrote",
  channel="post on X", partial=True, note="the closing mark comes before the full stop")
Q(R5, I, "it is “glad the sea between us produced a record rather than a quarrel”", "Velsko",
  "capital before: Žďárnice, which volunteered the radar recordings, says through its interior ministry that → Velsko (its "
  "government)", "says", channel="statement by its interior ministry",
  note="a capital as a government speaking; the ministry is the channel")
Q(R5, D, "glad the sea between us produced a record rather than a quarrel", "Velsko",
  "capital before: Žďárnice ... says through its interior ministry that", "says", channel="statement by its interior ministry",
  partial=True, note="the closing mark comes before the full stop")
Q(R5, I, "the pilot, Zbyněk Šimůnek, “deserves a medal of his own”", "Fenella Gault",
  "title alone before: The minister says → Fenella Gault, 'The sports minister, Fenella Gault' of the sentence before", "says",
  note="present tense, without 'that'; the pilot named inside the clause is not the speaker")
Q(R5, D, "deserves a medal of his own", "Fenella Gault", "title alone before: The minister says", "says", partial=True,
  note="the closing mark comes before the full stop")
Q(R5, I, "the fund Trewin started for the charity earlier this month has now passed 52,000 marks", "Little Paddlers",
  "name before: According to Little Paddlers,", "according to", note="'According to X,' first")
Q(R5, I, "every one of them will carry two trackers", "Petronella Haverstock", "surname before: Haverstock says", "says",
  note="present tense, without 'that'")
Q(R5, D, "And spare batteries,", "Petronella Haverstock", "pronoun after: she adds → Haverstock, the subject of the sentence before",
  "adds")


# ---------------------------------------------------------------- entities
E("Caldria", "country", ["Caldria", ("Wendlecombe", None, ["Wendlecombe welcomed", "Wendlecombe thanked"])],
  metonyms=[{"alias": "Wendlecombe", "metonym_of": "Caldria (its government)"}], adjectival=["Caldrian"],
  note="R2 dateline and \"fly home to Caldria\"; \"Wendlecombe welcomed the offer\" (R2) and \"Wendlecombe thanked Žďárnice ... in a "
       "note from its embassy\" (R4) are Caldria's government; elsewhere Wendlecombe is the city")
E("Wendlecombe", "city", ["WENDLECOMBE", "Wendlecombe"],
  note="Caldria's capital (R2 dateline; \"a reception in Wendlecombe\", R3; \"to Wendlecombe on 2 July\", R5); the metonym contexts "
       "in R2 and R4 are claimed by Caldria; \"The Wendlecombe Oriel\" is not in any text")
E("Velsko", "country",
  ["Velsko", ("Žďárnice", None, ["Žďárnice offered", "thanked Žďárnice", "Žďárnice, which volunteered"]),
   ("Velskan government", None, ["the Velskan government said"])],
  metonyms=[{"alias": "Žďárnice", "metonym_of": "Velsko (its government)"}], adjectival=["Velskan"],
  note="Velsko (R1 \"Hrebecov in Velsko\", R2 \"ashore in Velsko\"); \"the Velskan government\" "
       "(R2, a speaker); \"Žďárnice offered the recordings\", \"thanked Žďárnice\" (R4) and \"Žďárnice, which volunteered the radar "
       "recordings, says\" (R5, a speaker) are Velsko's government")
E("Zdarnice", "city", ["Zdarnice", "Žďárnice"],
  note="Velsko's capital: \"In Zdarnice\" (R2, where the government spoke), \"told reporters in Žďárnice\", \"a former national "
       "champion from Žďárnice\" and \"14:00 Žďárnice time\" (R4); the metonym contexts are claimed by Velsko; canonical name "
       "without diacritics")
E("Kestermouth", "town", ["Kestermouth"],
  note="Elowen Trewin's home town (every report but R4); inside the tabloid's label \"the Kestermouth Otter\" (R3) it is part of "
       "her nickname, not a mention of the town")
E("Gorran Head", "place", ["Gorran Head"], note="the headland on the Caldrian coast where the swim started (R1 twice, R2)")
E("Hrebecov", "village", ["Hrebecov", "Hřebečov", "HŘEBEČOV"],
  note="the Velskan village where she landed: Hrebecov (R1 twice, R2 twice), Hřebečov (R4, R5), HŘEBEČOV (R4 dateline); "
       "canonical name without diacritics")
E("Skellan Strait", "strait", ["Skellan Strait"], note="the strait between Caldria and Velsko (R1, R2, R3, R5)")
E("Open Water Records Council", "organisation",
  ["Open Water Records Council", "OWRC", ("council", None, ["The council told us"]),
   ("body", None, ["The body that certifies"]), ("pen-pushers", None, ["a gang of pen-pushers"])],
  note="the body that ratifies open-water records: expansion and acronym in R1 and R4, the expansion alone in R2, R3 and R5, "
       "\"The OWRC's spokesman\" (R1), \"the OWRC should publish\", \"The OWRC's ratification committee\" (R4); descriptions claimed "
       "by context only where it speaks: \"The council told us\" (R1), \"The body that certifies open-water records said\" (R2), "
       "the tabloid's label \"a gang of pen-pushers say\" (R3); other \"the council\" and \"the committee\" are not annotated")
E("Wakemark", "company", ["Wakemark", ("company", None, ["the company's statement said"])],
  note="the maker of the satellite tracker (R2 three times and \"the company's statement said\", R3, R5)")
E("Velskan Coastguard", "organisation", ["Velskan Coastguard", "Velskan coastguard"],
  note="\"The Velskan Coastguard\" (R4, inside the ministry's clause), \"The Velskan coastguard’s radar\" (R5); \"its coastguard\" "
       "(R2), \"Their coastguard\" and the label \"Coastguard spokesman\" (R3), \"the coastguard's spokesman\" (R4) are not annotated; "
       "\"the coastguard\" inside Dilys's quote (R3) is her own country's")
E("Velskan interior ministry", "organisation",
  ["interior ministry", ("ministry", None, ["According to the ministry", "the ministry's statement"])],
  note="\"the interior ministry said\" (R4), \"According to the ministry\", \"the ministry's statement said\" (R4), \"its interior "
       "ministry\" (R5, the channel through which Žďárnice speaks)")
E("Little Paddlers", "charity", ["Little Paddlers", ("charity", None, ["the charity said"])],
  note="the children's swimming charity her fund is for: \"the charity said\" (R2, a speaker; the name is not given in R2), \"the "
       "Little Paddlers children's charity\" (R3), \"According to Little Paddlers\" (R5)")
E("Vlastovka", "boat", ["Vlastovka", "Vlaštovka"],
  note="the escort boat: Vlastovka (R1), Vlaštovka (R4 three times, R5); canonical name without diacritics")
E("X", "platform", ["X"])
E("Sealark", "news agency", ["Sealark"], note="the wire: its own dateline \"(Sealark)\" and \"told Sealark\" (R2)")
E("The Daily Squall", "media outlet", [("Squall", [R3])], note="\"told the Squall\" (R3, twice)")
E("Pobrezni listy", "media outlet", ["Pobřežní listy"], note="\"He told Pobřežní listy\" (R4); canonical name without diacritics")
E("The Wendlecombe Oriel", "media outlet", [("Oriel", [R5])], note="\"tells the Oriel\" (R5)")
E("Elowen Trewin", "person",
  ["Elowen Trewin", "Elowen", "Trewin", "Wenna", "Kestermouth Otter"],
  note="the swimmer, 34: \"Elowen Trewin\" (every report), \"Elowen\" (R1, and \"Elowen's school\"), the bare \"Trewin\" (R2 five "
       "times, R4 \"happy for Trewin\", R5 three times), the tabloid's family name \"Wenna\" (R3, five times) and its label \"the "
       "Kestermouth Otter\" (R3); the bare \"Trewin laughs\" (R5) is her father's, claimed by him; \"Plucky\" is not part of the alias")
E("Crispin Trewin", "person", ["Crispin Trewin", "Crispin", ("Trewin", None, ["Trewin laughs"])],
  note="her father and coach, 66, on the escort boat: \"Crispin Trewin\" (R1, R2, R5), \"Crispin\" (R1 twice, R3 \"Fuming dad "
       "Crispin\"), the bare \"Trewin laughs\" (R5), right after \"Asked whether he would escort another attempt\"")
E("Dilys Trewin", "person", ["Dilys"],
  note="her mother, 63, named only as \"Wenna's mum Dilys\" (R3); the surname is the family's, never written with her name")
E("Zbynek Simunek", "person", ["Zbynek Simunek", "Simunek", "Zbyněk Šimůnek", "Šimůnek"],
  note="the Velskan pilot of the escort boat: \"Zbynek Simunek\" and \"Simunek\" (R1, R2), \"Zbyněk Šimůnek\" and \"Šimůnek\" (R4), "
       "\"the pilot, Zbyněk Šimůnek\" (R5, inside the minister's clause); canonical name without diacritics")
E("Jitka Brazdova", "person", ["Jitka Brazdova", "Jitka Brázdová"],
  note="the OWRC's observer on the boat, a former champion from Žďárnice: \"Jitka Brazdova\" (R1, R2), \"Jitka Brázdová\" (R4, R5); "
       "canonical name without diacritics")
E("Brazdova observer log", "document", [("log", None, ["Her log for 3.30"])],
  note="the observer's handwritten log, quoted by Haverstock (R5: \"Her log for 3.30 says, ‘...’\", a document speaker); her other "
       "\"log\" mentions (R1, R4, R5) are not annotated")
E("Everard Kellaway", "person", ["Everard Kellaway", "Kellaway"],
  note="the OWRC's spokesman (R1 \"The OWRC's spokesman, Everard Kellaway\", R2, R3 \"Council spokesman Everard Kellaway\")")
E("Fenella Gault", "person", ["Fenella Gault", ("The minister", None, ["The minister says"])],
  note="Caldria's sports minister (R1, R2, R3 \"Sports Minister Fenella Gault\", R5 \"The sports minister, Fenella Gault\"); \"The "
       "minister\" claimed by context where she speaks (R5); the title \"Sports Minister\" before her name is not part of the alias")
E("Nessa Pennard", "person", ["Nessa Pennard"], note="head teacher at Elowen's school in Kestermouth (R1)")
E("Vilem Hrubos", "person", ["Vilem Hrubos", "Vilém Hruboš"],
  note="the Velskan swimmer who crossed in a wetsuit in 2039: \"Vilem Hrubos\" (R2, R3), \"Vilém Hruboš\" (R4, R5); canonical name "
       "without diacritics")
E("Libor Sebestik", "person", ["Libor Sebestik", "Libor Šebestík"],
  note="the Velskan coastguard's spokesman: \"Libor Sebestik\" (R3), \"Libor Šebestík\" (R4); canonical name without diacritics")
E("Radka Vondrova", "person", ["Radka Vondrová"], note="owner of the café at Hřebečov (R4); canonical name without diacritics")
E("Petronella Haverstock", "person", ["Petronella Haverstock", "Haverstock"],
  note="chairwoman of the OWRC's ratification committee (R5)")

DISTINCT = [
    ("Elowen Trewin", "Crispin Trewin", "daughter and father sharing a surname (R2's 'Trewin herself' right after Crispin Trewin is "
     "hers; R5's bare 'Trewin laughs' is his)"),
    ("Elowen Trewin", "Dilys Trewin", "daughter and mother"),
    ("Crispin Trewin", "Dilys Trewin", "father and mother"),
    ("Caldria", "Wendlecombe", "the government (metonym, R2, R4) vs the capital city"),
    ("Velsko", "Zdarnice", "the government (metonym, R4, R5) vs the capital city"),
    ("Elowen Trewin", "Kestermouth", "the swimmer (the tabloid's 'Kestermouth Otter') vs her town"),
    ("Open Water Records Council", "Everard Kellaway", "the council vs its spokesman"),
    ("Open Water Records Council", "Petronella Haverstock", "the council vs the chair of its committee"),
    ("Open Water Records Council", "Jitka Brazdova", "the council vs its observer"),
    ("Jitka Brazdova", "Brazdova observer log", "the observer vs the log that speaks (R5)"),
    ("Petronella Haverstock", "Brazdova observer log", "the chair who reads the log aloud vs the log (the inner quote, R5)"),
    ("Velskan Coastguard", "Libor Sebestik", "the coastguard vs its spokesman"),
    ("Velskan Coastguard", "Velskan interior ministry", "the coastguard vs the ministry that speaks for it (R4)"),
    ("Velskan interior ministry", "Velsko", "the ministry vs the government speaking through it (R5)"),
    ("Vlastovka", "Zbynek Simunek", "the boat vs its pilot"),
    ("Wakemark", "Open Water Records Council", "the tracker's maker vs the ratifying body"),
    ("Vilem Hrubos", "Elowen Trewin", "the earlier (wetsuit) crosser vs the swimmer"),
    ("Hrebecov", "Velsko", "the landing village vs the country"),
]


# ---------------------------------------------------------------- times
# R1 anchor Wed 2043-06-10; the blog's second header line says "All times are Caldrian summer time (GMT+1)"
T(R1, "Wednesday 10 June", "date", "2043-06-10", "weekday, day and month without a year in the blog's header: the anchor day")
for stamp in ("06.02", "06.40", "07.55", "09.10", "10.35", "11.50", "13.25", "14.40", "15.52", "16.30", "17.15"):
    T(R1, stamp, "time", f"2043-06-10T{stamp.replace('.', ':')}:00+01:00",
      "a live-blog entry stamp (24-hour clock, dot separator) on a line of its own, no zone of its own; the header says \"All times are "
      "Caldrian summer time (GMT+1)\"; the anchor day")
T(R1, "seven hours", "duration", "PT7H", "duration (\"in the water for almost seven hours\")")
T(R1, "23:10", "time", "2043-06-09T23:10:00+01:00",
  "clock time in the blog's zone (GMT+1); the day from \"last night\" after it (Tuesday 9 June)")
T(R1, "last night", "relative", "2043-06-09", "the night before the anchor day (\"set off from Gorran Head at 23:10 last night\")")
T(R1, "3.05", "time", "2043-06-10T03:05:00+01:00",
  "clock time (dot separator) in the blog's zone (GMT+1), the small hours of the anchor day (the swim began at 23:10 the night before)")
T(R1, "3.53", "time", "2043-06-10T03:53:00+01:00", "clock time (dot separator) in the blog's zone (GMT+1), the anchor day")
T(R1, "Tuesday night", "weekday", "2043-06-09", "the latest Tuesday before the anchor (\"since Tuesday night\")")
T(R1, "in the afternoon", "relative", "2043-06-10", "the afternoon of the anchor day (inside the partial \"some time in the afternoon\")")
T(R1, "30 minutes", "duration", "PT30M", "duration (\"every 30 minutes\")")
T(R1, "this morning", "relative", "2043-06-10", "the morning of the anchor day (\"The council told us this morning\")",
  after="The council told us ")
T(R1, "midnight", "time", "2043-06-10T00:00:00+01:00", "midnight at the start of the anchor day, in the blog's zone (\"since midnight\")")
T(R1, "this morning", "relative", "2043-06-10", "the morning of the anchor day (inside Pennard's quote \"learning this morning\")",
  after="are learning ")
T(R1, "since 2031", "date", "2031-01-01/2031-12-31", "a year (\"Of the 13 attempts since 2031\")", granularity="year")
T(R1, "16 hours and 42 minutes", "duration", "PT16H42M", "duration (\"16 hours and 42 minutes after leaving Gorran Head\")")
T(R1, "16.52", "time", "2043-06-10T16:52:00+02:00",
  "\"It is 16.52 on the Velskan side\", written in the 15.52 entry (GMT+1): the same instant as 15.52, on the Velskan clock one hour "
  "ahead (UTC+2)")

# R2 anchor Thu 2043-06-11 (Caldria UTC+1 from "23:10 local time ... (22:10 GMT)"; Velsko UTC+2 from "16:52 Velskan time (14:52 GMT)")
T(R2, "June 11", "date", "2043-06-11", "dateline; month and day, year of the publication date")
T(R2, "on Thursday", "weekday", "2043-06-11", "the anchor day (\"said on Thursday\", the wire written that day)", after="records said ")
T(R2, "48-minute", "duration", "PT48M", "duration as a hyphenated adjective (\"a 48-minute gap\")")
T(R2, "Wednesday afternoon", "weekday", "2043-06-10", "the latest Wednesday before the anchor (\"waded ashore in Velsko on Wednesday afternoon\")")
T(R2, "23:10 local time", "time", "2043-06-09T23:10:00+01:00",
  "\"local time\" of the dateline (Wendlecombe, Caldria); the GMT equivalent in brackets fixes the offset at UTC+1; the day from "
  "\"on Tuesday\"; the same instant as the blog's \"23:10 last night\" (R1) and the Velskan paper's \"ten past midnight on Wednesday\" (R4)")
T(R2, "on Tuesday", "weekday", "2043-06-09", "the latest Tuesday before the anchor (\"at 23:10 local time on Tuesday\")",
  after="23:10 local time ")
T(R2, "22:10 GMT", "time", "2043-06-09T22:10:00+00:00", "the same instant as 23:10 local time, written in GMT")
T(R2, "16:52 Velskan time", "time", "2043-06-10T16:52:00+02:00",
  "a clock in Velsko's time; the GMT equivalent in brackets fixes the offset at UTC+2; the day from \"on Wednesday\" after it")
T(R2, "14:52 GMT", "time", "2043-06-10T14:52:00+00:00", "the same instant as 16:52 Velskan time, written in GMT")
T(R2, "on Wednesday", "weekday", "2043-06-10", "the latest Wednesday before the anchor (\"(14:52 GMT) on Wednesday\")",
  after="(14:52 GMT) ")
T(R2, "16 hours and 42 minutes", "duration", "PT16H42M", "duration")
T(R2, "on Monday", "weekday", "2043-06-15", "future (\"its ratification committee would meet on Monday\"): the Monday after the anchor")
T(R2, "03:05", "time", "2043-06-10T03:05:00+01:00",
  "\"between 03:05 and 03:53 Caldrian time\": Caldria's offset is fixed in the report (UTC+1); the night of Tuesday to Wednesday, so "
  "Wednesday 10 June")
T(R2, "03:53 Caldrian time", "time", "2043-06-10T03:53:00+01:00", "the end of the same range, in Caldrian time (UTC+1), 10 June")
T(R2, "in 2039", "date", "2039-01-01/2039-12-31", "a year (\"crossed in the opposite direction in 2039\")", granularity="year")
T(R2, "three in the morning", "time", "unresolved",
  "a clock in words inside Trewin's quote; the day is 10 June, but she speaks of a night at sea between two zones and names neither")
T(R2, "Wednesday evening", "weekday", "2043-06-10", "the latest Wednesday before the anchor (\"told reporters at Hrebecov on Wednesday evening\")")
T(R2, "every half hour", "duration", "PT30M", "a recurring interval (\"logged her position by hand every half hour\")")
T(R2, "late on Thursday", "weekday", "2043-06-11", "the anchor day (\"the Velskan government said late on Thursday\")")
T(R2, "Thursday morning", "weekday", "2043-06-11", "the morning of the anchor day (\"by Thursday morning\")")
T(R2, "today", "relative", "2043-06-11", "the anchor day (\"expected to fly home to Caldria today\")")

# R3 anchor Fri 2043-06-12 (no zone anywhere in the report)
T(R3, "17 hours", "duration", "PT17H", "duration (\"for nearly 17 hours\")")
T(R3, "Wednesday afternoon", "weekday", "2043-06-10", "the latest Wednesday before the anchor (\"on Wednesday afternoon\")")
T(R3, "48 minutes", "duration", "PT48M", "duration (\"conked out for 48 minutes\")", after="conked out for ")
T(R3, "on Monday", "weekday", "2043-06-15", "future (\"A verdict is due on Monday\"): the Monday after the anchor")
T(R3, "3.05am", "time", "unresolved",
  "clock time (12-hour, dot separator) with no zone given anywhere in the report; the night of Tuesday to Wednesday (10 June)")
T(R3, "late yesterday", "relative", "2043-06-11", "the evening of the day before the anchor (\"late yesterday promised to hand over\")")
T(R3, "late on Thursday", "weekday", "2043-06-11", "the latest Thursday before the anchor (\"in a post on X late on Thursday\")")
T(R3, "next month", "relative", "2043-07-01/2043-07-31", "the month after the anchor's (\"a reception in Wendlecombe next month\")",
  granularity="month")
T(R3, "six seconds", "duration", "PT6S", "duration (\"every six seconds\")")
T(R3, "48 minutes", "duration", "PT48M", "duration (\"in the missing 48 minutes alone\")", after="the missing ")
T(R3, "four years ago", "relative", "2039-01-01/2039-12-31", "four years before the anchor's year (\"did the crossing in a wetsuit "
  "four years ago\"): 2039, the year R2 and R4 give", granularity="year")

# R4 anchor Sat 2043-06-13 (Velsko keeps UTC+2 in June: "14:00 Žďárnice time (12:00 GMT)")
T(R4, "13 June", "date", "2043-06-13", "dateline in day-month order; year of the publication date")
T(R4, "On Wednesday afternoon", "weekday", "2043-06-10", "the latest Wednesday before the anchor (\"On Wednesday afternoon a Caldrian swimming teacher walked out of the sea\")")
T(R4, "on Friday", "weekday", "2043-06-12", "the latest Friday before the anchor (\"and on Friday the radar on the hill\")",
  after="its beach, and ")
T(R4, "9 to 10 June", "date", "2043-06-09/2043-06-10", "a range of two days without a year (\"the night of 9 to 10 June\")")
T(R4, "Friday morning", "weekday", "2043-06-12", "the latest Friday before the anchor (\"on Friday morning\")")
T(R4, "six seconds", "duration", "PT6S", "duration (\"every six seconds\")")
T(R4, "ten past midnight", "time", "2043-06-10T00:10:00+02:00",
  "a clock in words in the paper's own (Velskan) time, UTC+2 as fixed by \"14:00 Žďárnice time (12:00 GMT)\"; the day from \"on "
  "Wednesday\" after it; the same instant as 23:10 on Tuesday in Caldria (R1, R2) and 22:10 GMT (R2)")
T(R4, "on Wednesday", "weekday", "2043-06-10", "the latest Wednesday before the anchor (\"ten past midnight on Wednesday\")",
  after="ten past midnight ")
T(R4, "Tuesday night", "weekday", "2043-06-09",
  "\"still Tuesday night on the Caldrian coast\": the same moment, on the Caldrian clock an hour behind, falls on Tuesday 9 June")
T(R4, "16:52", "time", "2043-06-10T16:52:00+02:00", "clock time in the paper's (Velskan) time, UTC+2; the landing on Wednesday")
T(R4, "04:05", "time", "2043-06-10T04:05:00+02:00",
  "\"Between 04:05 and 04:53 our time\" (Šebestík, Velskan): UTC+2; the same instant as 03:05 Caldrian time (R1, R2)")
T(R4, "04:53 our time", "time", "2043-06-10T04:53:00+02:00", "the end of the same range, Velskan time (UTC+2)")
T(R4, "on Thursday", "weekday", "2043-06-11", "the latest Thursday before the anchor (\"offered the recordings on Thursday\")")
T(R4, "on Friday", "weekday", "2043-06-12", "the latest Friday before the anchor (\"thanked Žďárnice on Friday\")",
  after="thanked Žďárnice ")
T(R4, "27 years", "duration", "P27Y", "duration (\"for 27 years\")")
T(R4, "three in the morning", "time", "unresolved",
  "a clock in words inside Šimůnek's quote; the night of 9 to 10 June, but the speaker names no zone and the boat crossed between two")
T(R4, "2039", "date", "2039-01-01/2039-12-31", "a year as a modifier (\"whose 2039 crossing\")", granularity="year")
T(R4, "14 hours and 5 minutes", "duration", "PT14H5M", "duration (\"took 14 hours and 5 minutes\")")
T(R4, "Wednesday evening", "weekday", "2043-06-10", "the latest Wednesday before the anchor (inside Vondrová's quote \"on Wednesday evening\")")
T(R4, "on Monday", "weekday", "2043-06-15", "future (\"meets by video link on Monday\"): the Monday after the anchor")
T(R4, "14:00 Žďárnice time", "time", "2043-06-15T14:00:00+02:00",
  "a clock in Žďárnice's time; the GMT equivalent in brackets fixes the offset at UTC+2; the day from \"on Monday\"")
T(R4, "12:00 GMT", "time", "2043-06-15T12:00:00+00:00", "the same instant as 14:00 Žďárnice time, written in GMT")

# R5 anchor Tue 2043-06-16 (Caldria keeps UTC+1 in June: "14:00 yesterday (13:00 GMT)")
T(R5, "14:00", "time", "2043-06-15T14:00:00+01:00",
  "clock time; the GMT equivalent in brackets fixes the offset at UTC+1 (the paper's Wendlecombe); the day from \"yesterday\" after it")
T(R5, "yesterday", "relative", "2043-06-15", "the day before the anchor (\"At 14:00 yesterday\")", after="At 14:00 ")
T(R5, "13:00 GMT", "time", "2043-06-15T13:00:00+00:00", "the same instant as 14:00 (UTC+1), written in GMT")
T(R5, "an hour", "duration", "PT1H", "duration (\"an hour after its ratification committee sat down\"): the committee sat at 12:00 "
  "GMT (R4)")
T(R5, "last Wednesday", "weekday", "2043-06-10",
  "the Wednesday of the week before the anchor's (Tue 2043-06-16): the day of the landing (\"had believed since last Wednesday\")")
T(R5, "16 hours and 42 minutes", "duration", "PT16H42M", "duration (\"Her time, 16 hours and 42 minutes, stands\")")
T(R5, "48 minutes", "duration", "PT48M", "duration (inside Haverstock's quote)")
T(R5, "last week", "relative", "2043-06-08/2043-06-14", "the Monday–Sunday week before the anchor's (\"whose tracker failed last week\")")
T(R5, "every half hour", "duration", "PT30M", "a recurring interval (\"temper every half hour\")")
T(R5, "3.30", "time", "unresolved",
  "a clock (dot separator) inside Haverstock's quote naming a log entry; the night of 9 to 10 June, but the log's zone is not given "
  "(the paper's own zone is UTC+1, the observer's Velskan)")
T(R5, "nine years", "duration", "P9Y", "duration (\"31 such logs in nine years\")")
T(R5, "yesterday morning", "relative", "2043-06-15", "the morning of the day before the anchor (\"went back to teaching yesterday morning\")")
T(R5, "five days", "duration", "P5D", "duration (\"made a family sweat for five days\")")
T(R5, "Monday evening", "weekday", "2043-06-15", "the latest Monday before the anchor (\"wrote on X on Monday evening\")")
T(R5, "2 July", "date", "2043-07-02", "day and month without a year, future (\"to Wendlecombe on 2 July\"): the anchor's year")
T(R5, "earlier this month", "relative", "2043-06-01/2043-06-15",
  "the anchor's month up to the day before the anchor (\"the fund Trewin started for the charity earlier this month\")")
T(R5, "since 2031", "date", "2031-01-01/2031-12-31", "a year (\"the 14 attempts logged since 2031\")", granularity="year")
T(R5, "next summer", "relative", "2044-06-01/2044-08-31",
  "the summer after the anchor's (June, already summer): June to August 2044 (\"at least five more next summer\")", granularity="season")


# ---------------------------------------------------------------- numbers
N(R1, "almost seven hours", 7, "hour", "duration", approx="about", note="word number; \"almost\" read as about")
N(R1, "41 kilometres", 41, "kilometre", "distance")
N(R1, "between 13 and 15 degrees", 13, "degree", "temperature", low=13, high=15, note="a range (\"between ... and ...\")")
N(R1, "30 minutes", 30, "minute", "duration", note="\"every 30 minutes\"")
N(R1, "More than 4,000", 4000, "message", "count", approx="more_than", note="sentence-initial; the noun given by \"have sent messages\"")
N(R1, "About 9 kilometres", 9, "kilometre", "distance", approx="about", note="sentence-initial, inside a reported clause")
N(R1, "13 attempts", 13, "attempt", "count")
N(R1, "two languages", 2, "language", "count", note="word number, inside a quote")
N(R1, "16 hours", 16, "hour", "duration", note="\"16 hours and 42 minutes\"")
N(R1, "42 minutes", 42, "minute", "duration")

N(R2, "48-minute", 48, "minute", "duration", note="a hyphenated adjective (\"a 48-minute gap\")")
N(R2, "34", 34, "year", "age", note="an age (\"Trewin, 34,\")")
N(R2, "16 hours", 16, "hour", "duration")
N(R2, "42 minutes", 42, "minute", "duration")
N(R2, "41-km", 41, "kilometre", "distance", note="a hyphenated adjective with an abbreviated unit (\"the 41-km strait\")")
N(R2, "About 120,000 people", 120000, "person", "count", approx="about", note="sentence-initial")
N(R2, "more than 38,000 marks", 38000, "mark", "money", approx="more_than", note="an invented currency (marks)")

N(R3, "nearly 17 hours", 17, "hour", "duration", approx="about", note="\"nearly\" read as about")
N(R3, "48 minutes", 48, "minute", "duration", after="conked out for ")
N(R3, "66", 66, "year", "age", note="an age (\"Fuming dad Crispin, 66,\")")
N(R3, "41 kilometres", 41, "kilometre", "distance", note="inside a quote")
N(R3, "63", 63, "year", "age", note="an age (\"Wenna's mum Dilys, 63,\")")
N(R3, "six seconds", 6, "second", "duration", note="word number")
N(R3, "480 times", 480, "time", "count", note="\"a whopping 480 times\"")
N(R3, "48 minutes", 48, "minute", "duration", after="the missing ")
N(R3, "four years", 4, "year", "duration", note="word number (\"four years ago\")")
N(R3, "40,000 marks", 40000, "mark", "money", approx="more_than", note="\"has now topped 40,000 marks\": topped read as more than")
N(R3, "nearly three times", 3, "time", "multiple", approx="about", note="word number; a multiple (\"nearly three times her target\")")
N(R3, "15,000", 15000, "mark", "money", note="the currency elided (\"her target of 15,000\")")

N(R4, "about 600 people", 600, "person", "count", approx="about")
N(R4, "six seconds", 6, "second", "duration", note="word number")
N(R4, "between 2.5 and 3 kilometres an hour", 2.5, "kilometre per hour", "speed", low=2.5, high=3,
  note="a range with a decimal, inside a quote (a document's)")
N(R4, "two kilometres", 2, "kilometre", "distance", approx="about", note="word number; \"almost exactly\" read as about; inside a quote")
N(R4, "27 years", 27, "year", "duration")
N(R4, "seven earlier attempts", 7, "attempt", "count", note="word number, an adjective between number and noun")
N(R4, "14 hours", 14, "hour", "duration", note="\"14 hours and 5 minutes\"")
N(R4, "5 minutes", 5, "minute", "duration")
N(R4, "three bowls", 3, "bowl", "count", note="word number, inside a quote")

N(R5, "16 hours", 16, "hour", "duration")
N(R5, "42 minutes", 42, "minute", "duration")
N(R5, "48 minutes", 48, "minute", "duration", note="inside a quote")
N(R5, "three places", 3, "place", "count", note="word number")
N(R5, "58", 58, "stroke per minute", "rate", note="inside the quote inside a quote (\"stroke rate 58\"): the unit is implied")
N(R5, "31 such logs", 31, "log", "count", note="a determiner between number and noun")
N(R5, "nine years", 9, "year", "duration", note="word number")
N(R5, "five days", 5, "day", "duration", note="word number")
N(R5, "52,000 marks", 52000, "mark", "money", approx="more_than", note="\"has now passed 52,000 marks\": passed read as more than")
N(R5, "two", 2, "attempt", "count", after="Only ", note="word number, \"X of the Y\" (\"Only two of the 14 attempts\")")
N(R5, "14 attempts", 14, "attempt", "count")
N(R5, "at least five more", 5, "attempt", "count", approx="at_least", note="word number, the noun elided (\"five more\" attempts)")
N(R5, "two trackers", 2, "tracker", "count", note="word number")

ABOUT = ("Gold for the read stage on the invented held-out reports of demo/read-heldout18/reports.jsonl, "
         "written and committed before any reader ran on them. `file` is the report's `id`; `start`/`end` "
         "are BYTE offsets into the UTF-8 encoding of the report's `text` field; text[start:end] begins "
         "with `span`. Same format as demo/read-heldout17/gold.json. Generated by build_gold.py. See README.md here.")


G.write(ABOUT, DISTINCT, detailed=True)
