#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and the annotations below.

Run from anywhere: `python3 demo/read-heldout10/build_gold.py`. Offsets are computed here from the spans
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
# R1: Kittiwake News Agency, 2035-08-14 (Tue; straight quotes; dateline "PELLINGFORD, Corvenia, August 14 (KNA) —")
Q(R1, I, "it could be days before any of them is brought out", "rescuers",
  "group before: but rescuers warned (a group as speaker)", "warned", note="reported speech without 'that'")
Q(R1, I, "The group was found at 23:15 local time (21:15 GMT) in Saddle Chamber, about 2.3 kilometres from the cave mouth",
  "Corvenian Cave Rescue Service", "name after the clause: the Corvenian Cave Rescue Service (CCRS) said", "said",
  note="clause first, attribution after; the next sentence (All eleven were cold ...) is the writer's")
Q(R1, D, "The first thing one of the boys asked was what day it was. The second was whether we had brought chocolate,",
  "Radoslaw Kedzierski", "name after: said Radoslaw Kedzierski, the Lesnovian diver who reached them first (inverted)", "said",
  note="multi-sentence; the boy's questions reported inside the quote ('asked was what day it was', 'whether we had brought "
       "chocolate') are part of Kedzierski's quote, not records of their own")
Q(R1, I, "the pumps had lowered the water in the Narrows by 40 centimetres since Sunday night", "Honoria Stallybrass",
  "pronoun before: She said that → Stallybrass (the sentence before)", "said")
Q(R1, D, "Nobody will be rushed through that tunnel. We will bring them home when it is safe, and not an hour before,",
  "Honoria Stallybrass", "title alone after: the minister said → Honoria Stallybrass (Civil Protection Minister, named in the paragraph)",
  "said", note="multi-sentence")
Q(R1, D, "They are in good spirits. One of the girls is teaching the others card games by torchlight,", "Ewan Mackellar",
  "pronoun after: he told Osprey FM → Mackellar, the subject of the sentence before, not Kedzierski (named in it, in 'Kedzierski's team')",
  "told", channel="radio interview with Osprey FM", note="multi-sentence")
Q(R1, I, "at the current rate it would take at least four more days to drain the Narrows", "Rhiannon Tregaskis",
  "name before: Dr Rhiannon Tregaskis, a mining engineer at the Pellingford School of Mines who is advising the rescue, said that",
  "said")
Q(R1, I, "More rain is expected on Thursday", "Corvenian Weather Office",
  "name after the clause: according to the Corvenian Weather Office", "according to", note="clause first, 'according to' after")
Q(R1, I, "a second team of divers was ready to leave Zelsk \"the moment Pellingford asks\"", "Halina Zmuda",
  "name before: Lesnovia's interior minister, Halina Zmuda, wrote in a post on X overnight that", "wrote", channel="post on X",
  note="Pellingford inside the partial quote is Corvenia's government (metonym); Zelsk is the city")
Q(R1, D, "the moment Pellingford asks", "Halina Zmuda", "name before: Halina Zmuda, wrote in a post on X overnight that", "wrote",
  channel="post on X", partial=True, note="the closing mark comes before the full stop")
Q(R1, D, "I have not slept since Saturday. I will sleep when I can hold her,", None,
  "unresolved: said one mother outside the hall, who would not give her name", "said", note="multi-sentence")

# R2: The Pellingford Plumbline, 2035-08-16 (Thu; curly quotes and curly apostrophes; no dateline)
Q(R2, I, "The pumps draining the Gorrick Caves have moved some 31 million litres of water since Sunday", "Corvenian Water Board",
  "name after the clause: the Corvenian Water Board said yesterday", "said",
  note="clause first, attribution after; the next sentence (Even so, ...) is the writer's")
Q(R2, I, "the water was falling by about 12 centimetres a day", "Rhiannon Tregaskis",
  "name before: Dr Rhiannon Tregaskis, the mining engineer advising the rescue, who appeared alongside ... Honoria Stallybrass, "
  "told CNR’s Nightjar programme on Wednesday night that", "told", channel="radio interview with CNR’s Nightjar",
  note="another woman (Stallybrass) is named between the subject and the verb")
Q(R2, D, "If the sky stays dry, they can walk out in five or six days. If it rains on Saturday, we are back where we started,",
  "Rhiannon Tregaskis",
  "pronoun after: she said → Tregaskis, the subject of the sentence before, not Honoria Stallybrass (named in its relative clause)",
  "said", channel="radio interview with CNR’s Nightjar", note="multi-sentence")
Q(R2, D, None, "Ewan Mackellar", "pronoun in the middle: he said → Mackellar (subject of the sentence before)", "said",
  parts=["Taking a frightened 13-year-old through that water is the most dangerous thing I can imagine",
         "and it may still be safer than waiting for the next storm."],
  note="split quote, the attribution ('he said,') between the parts")
Q(R2, I, "A decision will be taken by Friday", "Civil Protection Ministry",
  "group after the clause: the minister’s office said → the Civil Protection Ministry (Stallybrass's office)", "said",
  note="clause first, attribution after")
Q(R2, I, "the operation had cost €3.8 million so far", "Honoria Stallybrass",
  "surname before: Stallybrass told parliament in Pellingford on Wednesday that", "told")
Q(R2, I, "why the Gorrick council had turned down a €600,000 flood gate at the cave mouth in 2029", "Rupert Whitlock",
  "name before: Rupert Whitlock, the opposition’s civil protection spokesman, asked in the same debate", "asked",
  note="an indirect question (asked ... why); the asker is named")
Q(R2, D, "Somebody saved six hundred thousand euros and nearly lost eleven lives,", "Rupert Whitlock",
  "pronoun after: he said → Whitlock (the sentence before)", "said")
Q(R2, I, "Lesnovia’s six divers will stay until the last child is out", "Radoslaw Kedzierski",
  "name after the clause: according to their team leader, Radoslaw Kedzierski", "according to",
  note="clause first, 'according to' after")
Q(R2, I, "her government would pay for both", "Halina Zmuda",
  "name before: Lesnovia’s interior minister, Halina Zmuda, said", "said",
  note="reported speech without 'that'; 'Zelsk has offered' before it, in the same sentence, is the government (metonym)")
Q(R2, D, "Neighbours do not send invoices,", "Halina Zmuda", "pronoun after: she said → Zmuda (the sentence before)", "said")
Q(R2, I, "they were “cold, bored and absolutely fine”", "pupils' note",
  "document before: A note written by the pupils and carried out by the divers on Wednesday said that", "said", channel="note",
  note="'and asked for a football' is a request, not reported speech")
Q(R2, D, "cold, bored and absolutely fine", "pupils' note", "document before: A note written by the pupils ... said that", "said",
  channel="note", partial=True, note="the closing mark comes before 'and asked'")
Q(R2, D, "We are one family now, all of us,", "Jory Polglaze", "name after: said Jory Polglaze, the mayor of Gorrick (inverted)",
  "said")
Q(R2, I, "showers are likely on Saturday afternoon, with up to 20 millimetres of rain in the hills", "Corvenian Weather Office",
  "name before: The Corvenian Weather Office says", "says", note="present tense, without 'that'")

# R3: The Daily Racket, 2035-08-18 (Sat; curly quotes and curly apostrophes; no dateline; no time zone anywhere)
Q(R3, D, "He came up the slope in a foil blanket, and the first thing he said was, ‘Mum, I saw the sky,’ and then he asked for chips,",
  "Carys Hollingrake", "title + surname after: Mrs Hollingrake told the Racket", "told", channel="interview with the Racket",
  note="holds a quote inside the quote")
Q(R3, D, "Mum, I saw the sky,", "Owain Hollingrake",
  "pronoun before, inside the outer quote: the first thing he said was → Owain, her son (the paragraph before); 'Mum' is Carys",
  "said", note="quote inside a quote (single curly marks); its speaker is a pronoun inside the outer quote")
Q(R3, D, "I’ve never heard anything so beautiful in my life.", "Carys Hollingrake", "continuation: follows Mrs Hollingrake's quote",
  None, channel="interview with the Racket", note="the apostrophe of I’ve is the same character as a closing single mark")
Q(R3, D, "I kept my eyes shut and counted my breaths,", "Owain Hollingrake",
  "pronoun after: he said → Owain, the subject of the paragraph's first sentence, not Radoslaw Kedzierski (the man named last in it)",
  "said")
Q(R3, D, "I got to 900 and then I stopped counting.", "Owain Hollingrake", "continuation: follows Owain's quote", None)
Q(R3, I, "the worst part was the hunger, and that the instructors shared out their last biscuits on Monday", "Owain Hollingrake",
  "surname before: Hollingrake, who now wants to become a diver himself, says → Owain ('himself'), not his mother", "says",
  note="present tense; '..., and that ...': one record, the first clause without 'that'")
Q(R3, I, "she has slept on a camp bed in the Gorrick village hall since last Saturday and that she will never again complain about his muddy boots",
  "Carys Hollingrake", "relation before: His mother says → Carys Hollingrake (Owain's mother)", "says",
  note="present tense; '... and that ...': one record")
Q(R3, I, "Three more pupils followed him out on Friday evening", "rescuers", "group after the clause: rescuers said", "said",
  note="clause first, attribution after; the next sentence is the writer's")
Q(R3, D, "Tell the parents their children have been heroes. I’ll be the last one out, as it should be,", "Torquil Renwick",
  "title alone after: the instructor said → Renwick (the sentence before), though Marnie Oakshott, named the paragraph before, is "
  "also an instructor", "said", channel="field telephone", note="multi-sentence")
Q(R3, I, "the decision to dive the children out was “the hardest thing I have ever signed”", "Honoria Stallybrass",
  "name before: Civil Protection Minister Honoria Stallybrass said", "said", note="reported speech without 'that'")
Q(R3, D, "the hardest thing I have ever signed", "Honoria Stallybrass", "name before: Honoria Stallybrass said", "said", partial=True,
  note="the closing mark comes before the full stop")
Q(R3, D, "One more storm and that chamber fills to the roof,", "Rhiannon Tregaskis",
  "pronoun after: she said → Tregaskis, the subject of the sentence before, not Stallybrass (the 'her' in it)", "said")
Q(R3, D, "Go on, lad!", None, "unresolved: somebody shouted (in the crowd at the cave mouth)", "shouted")
Q(R3, I, "the school would pay for counselling for every family", "Quarrendon Grammar School",
  "group before: A Quarrendon Grammar School spokeswoman said (an unnamed spokeswoman speaks for the school)", "said",
  note="reported speech without 'that'")

# R4: Kurier Żelski, 2035-08-20 (Mon; straight quotes; dateline "ŻELSK, 20 August —"; 'Leśnowia', 'Żelsk', 'Radosław
# Kędzierski', 'Halina Żmuda', 'Kinga Wójcicka', 'Leśnowian Fire Service', and the Corvenian 'Ewan McKellar')
Q(R4, I, "The six Leśnowian divers who spent a week in Corvenia's flooded Gorrick Caves will land at Żelsk airport this afternoon, a day after the last of the eleven people trapped there reached the surface",
  "Lesnovian Fire Service", "name after the clause: the Leśnowian Fire Service (LFS) said yesterday (spelt with a diacritic here)",
  "said", note="clause first, attribution after")
Q(R4, I, "the Corvenian had refused to leave before any of his pupils", "Radoslaw Kedzierski",
  "name before: Radosław Kędzierski, who swam beside him on that final dive, said (spelt with diacritics here)", "said",
  note="reported speech without 'that'; 'the Corvenian' is Renwick")
Q(R4, D, "He shook every hand on the slope, then sat down in the mud and cried,", "Radoslaw Kedzierski",
  "pronoun after: he said → Kędzierski, the subject of the sentence before, not Torquil Renwick (the subject of the sentence before "
  "that, the 'He' inside the quote)", "said")
Q(R4, D, "So did I.", "Radoslaw Kedzierski", "continuation: follows Kędzierski's quote", None)
Q(R4, I, "Of the eleven, seven were brought out by Leśnowian divers", "Radoslaw Kedzierski",
  "surname after the clause: Kędzierski told the Kurier", "told", channel="interview with the Kurier",
  note="clause first, attribution after")
Q(R4, I, "none of the pupils had ever worn a diving mask before last week", "Radoslaw Kedzierski",
  "pronoun before: He noted that → Kędzierski (the sentence before)", "noted")
Q(R4, D, None, "Kinga Wojcicka", "pronoun in the middle: she said → Wójcicka (subject of the sentence before)", "said",
  parts=["In the Narrows you cannot see your own hand", "so you talk to the child by touch: one squeeze means stop, two mean go."],
  note="split quote, the attribution ('she said,') between the parts")
Q(R4, D, "I told her the whole country held its breath every time she went under,", "Halina Zmuda",
  "pronoun after: she said → Żmuda, the subject of the sentence before, not Wójcicka (its object, the 'her' and 'she' inside the quote)",
  "said", note="the reported speech inside the quote ('I told her ...') is part of the quote")
Q(R4, I, "Corvenia \"owes Leśnowia eleven lives\"", "Ewan Mackellar",
  "name before: Ewan McKellar, who heads the Corvenian Cave Rescue Service, wrote in a post on X after the final dive that "
  "(spelt McKellar here)", "wrote", channel="post on X")
Q(R4, D, "owes Leśnowia eleven lives", "Ewan Mackellar", "name before: Ewan McKellar ... wrote in a post on X ... that", "wrote",
  channel="post on X", partial=True, note="the closing mark comes before the full stop")
Q(R4, I, "the divers would be decorated on Wednesday and that Leśnowia would not send Pellingford a bill", "Halina Zmuda",
  "surname before: Żmuda said that", "said",
  note="'that ... and that ...': one record; Pellingford is Corvenia's government (metonym) in a paper whose dateline is ŻELSK")
Q(R4, I, "the rescue has cost about €5 million so far", "Civil Protection Ministry",
  "According to Corvenia's Civil Protection Ministry, (before the clause)", "according to")
Q(R4, I, "By Sunday evening, seven of the nine pupils had been sent home from hospital", "Civil Protection Ministry",
  "description after the clause: the ministry said → the Civil Protection Ministry (the sentence before)", "said",
  note="clause first, attribution after")
Q(R4, D, "We watched it every night like a football final,", None,
  "unresolved: said a woman outside the fire station in Żelsk, who did not give her name", "said")
Q(R4, D, "When the boy came out first, the whole street was cheering.", None, "continuation: follows the unnamed woman's quote", None)

# R5: Corvenian National Radio live blog, 2035-08-21 (Tue; plain-text scrape; header line "LIVE: ... - Tuesday 21 August";
# entries stamped "[HH:MM CEST]"; straight quotes)
Q(R5, I, "its 23 pumps, switched off on Monday, moved more than 52 million litres in eight days", "Corvenian Water Board",
  "name before: The Corvenian Water Board says", "says", note="present tense, without 'that'")
Q(R5, I, "all eleven are now out of hospital", "Honoria Stallybrass",
  "pronoun before: She thanks the families, ..., and says that → Stallybrass ('Stallybrass opens.', the sentence before)", "says",
  note="present tense")
Q(R5, D, "A week ago I promised the families we would not rush. We did not, and every one of them is home.", "Honoria Stallybrass",
  "surname before a colon: Stallybrass: (no speech verb)", None,
  note="multi-sentence; a name and a colon introduce the quote; 'I promised the families we would not rush' inside is part of it")
Q(R5, I, "more than 400 people and 23 pumps were involved, and that no rescuer was seriously hurt", "Ewan Mackellar",
  "surname before: Mackellar says", "says", note="present tense; '..., and that ...': one record, the first clause without 'that'")
Q(R5, I, "The bill so far is about €5.1 million", "Ewan Mackellar",
  "pronoun after the clause: he says → Mackellar (the sentence before)", "says", note="clause first, present tense after")
Q(R5, I, "whether the Gorrick council's refusal of a flood gate in 2029 will be part of an inquiry", None,
  "unresolved: A reporter asks Stallybrass (an unnamed reporter)", "asks", note="an indirect question")
Q(R5, D, "Yes, and it will be led by a judge, not by my ministry,", "Honoria Stallybrass",
  "title alone after: the minister says → Stallybrass, the one asked", "says")
Q(R5, I, "the water in the Narrows was the coldest he has ever dived in", "Radoslaw Kedzierski",
  "surname before: Kedzierski, speaking from Zelsk, says", "says", channel="video link",
  note="present tense, without 'that'; the video link is given in the 08:45 entry")
Q(R5, D, "We are home, we are tired, and we would go back,", "Radoslaw Kedzierski",
  "pronoun after: he says → Kedzierski (the sentence before)", "says", channel="video link")
Q(R5, D, "I spent eight days apologising to nine children for the weather. Not one of them blamed me,", "Torquil Renwick",
  "pronoun after: he says → Renwick, the subject of the sentence before, not Mackellar (named in its relative clause)", "says",
  note="multi-sentence")
Q(R5, I, "Owain has asked for diving lessons", "Carys Hollingrake",
  "name before: Carys Hollingrake tells CNR that", "tells", channel="interview with CNR")
Q(R5, D, "I said yes. What else could I say?", "Carys Hollingrake",
  "pronoun after: she says → Carys Hollingrake (the sentence before)", "says", channel="interview with CNR",
  note="multi-sentence; ends with a question mark inside the closing mark")
Q(R5, I, "he will start in September", "Owain Hollingrake",
  "relation before: Her son, beside her, says → Owain (her son, named two sentences before)", "says",
  note="present tense, without 'that'")
Q(R5, I, "The school's caving club will not run again until an independent review reports", "Quarrendon Grammar School",
  "name after the clause: Quarrendon Grammar School said in a statement", "said", channel="statement",
  note="clause first, attribution after")
Q(R5, I, "the six divers will receive the country's Medal for Courage tomorrow", "Halina Zmuda",
  "name before: Lesnovian Interior Minister Halina Zmuda says", "says", note="present tense, without 'that'")
Q(R5, I, "the village will put up a plaque at the cave mouth", "Jory Polglaze",
  "name before: Jory Polglaze, the mayor of Gorrick, says", "says", note="present tense, without 'that'")
Q(R5, D, "Eleven went in and eleven came out. That is all the plaque needs to say,", "Jory Polglaze",
  "title alone after: the mayor adds → Polglaze (the sentence before)", "adds", note="multi-sentence")
Q(R5, D, "Thank you, divers. Gorrick will never forget.", None,
  "unresolved: A handwritten note ... reads: (unsigned: Nobody knows who wrote it)", "reads",
  note="multi-sentence; a quote introduced by a colon")


# ---------------------------------------------------------------- entities
E("Corvenia", "country", ["Corvenia", ("Pellingford", None, ["the moment Pellingford asks", "send Pellingford a bill"])],
  metonyms=[{"alias": "Pellingford", "metonym_of": "Corvenia (its government)"}], adjectival=["Corvenian"],
  note="\"the moment Pellingford asks\" (R1, inside a partial quote) and \"would not send Pellingford a bill\" (R4) are the government; "
       "the dateline PELLINGFORD (R1) and \"parliament in Pellingford\" (R2) are the city")
E("Pellingford", "city", ["PELLINGFORD", "Pellingford"],
  note="Corvenia's capital; the dateline of R1; nested in \"Pellingford School of Mines\" it is not a mention; the two metonym "
       "contexts are claimed by Corvenia")
E("Lesnovia", "country", ["Lesnovia", "Leśnowia", ("Zelsk", None, ["Zelsk has offered"])],
  metonyms=[{"alias": "Zelsk", "metonym_of": "Lesnovia (its government)"}], adjectival=["Lesnovian", "Leśnowian"],
  note="spelt \"Leśnowia\" (w for v, and an accent) in the Kurier Żelski; \"Zelsk has offered to send a second team\" (R2) is the "
       "government; \"leave Zelsk\" (R1), \"from Zelsk\", \"In Zelsk\" (R5) and the Kurier's ŻELSK and Żelsk are the city")
E("Zelsk", "city", ["Zelsk", "ŻELSK", "Żelsk"], note="Lesnovia's capital, spelt Żelsk in the Kurier Żelski")
E("Gorrick", "village", ["Gorrick"],
  note="the village by the caves (\"the Gorrick village hall\", \"the Gorrick council\", \"the mayor of Gorrick\", \"in Gorrick\"); "
       "nested in \"Gorrick Caves\" it is not a mention")
E("Gorrick Caves", "cave system", ["Gorrick Caves"], note="\"the caves\" is not annotated")
E("Saddle Chamber", "cave chamber", ["Saddle Chamber"], note="where the group sheltered (R1); \"that chamber\" (R3, in a quote) is not annotated")
E("Narrows", "cave passage", ["Narrows"], note="the flooded tunnel between the chamber and the entrance, always \"the Narrows\"")
E("Quarrendon Grammar School", "organisation", ["Quarrendon Grammar School"],
  note="the pupils' school; \"the school\" and \"The school's caving club\" are not annotated")
E("Corvenian Cave Rescue Service", "organisation", ["Corvenian Cave Rescue Service", "CCRS"])
E("Lesnovian Fire Service", "organisation", ["Lesnovian Fire Service", "Leśnowian Fire Service", "LFS"],
  note="the divers' service, spelt with a diacritic in the Kurier Żelski; \"LFS's\" (R4)")
E("Corvenian Water Board", "organisation", ["Corvenian Water Board"], note="runs the pumps (R2, R5)")
E("Corvenian Weather Office", "organisation", ["Corvenian Weather Office"], note="the weather service (R1, R2)")
E("Civil Protection Ministry", "organisation", ["Civil Protection Ministry", ("minister’s office", [R2])],
  note="Corvenia's ministry; \"the minister’s office said\" (R2) is the ministry; \"the ministry said\" (R4) and \"my ministry\" (R5) "
       "are not annotated as mentions")
E("Pellingford School of Mines", "organisation", ["Pellingford School of Mines"])
E("pupils' note", "document", ["note written by the pupils"], note="the note carried out by the divers (R2) as a speaker")
E("rescuers", "group", [("rescuers", None, ["rescuers warned", "rescuers said"])], note="unnamed rescuers as speakers (R1, R3)")
E("Corvenian National Radio", "media outlet", ["CNR"], note="the broadcaster of R5; only as its acronym in the texts (\"CNR’s\", R2)")
E("Nightjar", "programme", ["Nightjar"], note="CNR's programme (R2)")
E("Osprey FM", "media outlet", ["Osprey FM"], note="a radio station (R1)")
E("X", "platform", ["X"])
E("Kittiwake News Agency", "news agency", ["KNA"], note="only as its acronym, in its own dateline")
E("The Daily Racket", "media outlet", [("Racket", [R3])], note="\"told the Racket\" (R3)")
E("Kurier Żelski", "media outlet", [("Kurier", [R4])], note="\"told the Kurier\" (R4)")
E("Medal for Courage", "award", ["Medal for Courage"], note="Lesnovia's award (R5)")
E("Honoria Stallybrass", "person",
  ["Civil Protection Minister Honoria Stallybrass", "Stallybrass", ("the minister", None, ["the minister said", "the minister says"])],
  note="Corvenia's civil protection minister; \"the minister’s office\" (R2) is the ministry")
E("Ewan Mackellar", "person", ["Ewan Mackellar", "Mackellar", "Ewan McKellar"],
  note="head of the CCRS; spelt \"McKellar\" in the Kurier Żelski")
E("Rhiannon Tregaskis", "person", ["Dr Rhiannon Tregaskis", ("the mining engineer", [R2, R3])],
  note="a mining engineer at the Pellingford School of Mines; \"a mining engineer\" (R1, indefinite) is not annotated")
E("Rupert Whitlock", "person", ["Rupert Whitlock"], note="the opposition's civil protection spokesman (R2)")
E("Jory Polglaze", "person", ["Jory Polglaze", ("the mayor", None, ["the mayor of", "the mayor adds"])], note="mayor of Gorrick")
E("Torquil Renwick", "person", ["Torquil Renwick", "Renwick", ("the instructor", None, ["the instructor said", "the instructor who led"])],
  note="the instructor who led the group, 31, last out; \"the Corvenian\" (R4) is not annotated")
E("Marnie Oakshott", "person", ["Marnie Oakshott"], note="the group's other instructor (R3)")
E("Carys Hollingrake", "person", ["Carys Hollingrake", "Mrs Hollingrake"], note="Owain's mother; \"His mother\" (R3) is not annotated")
E("Owain Hollingrake", "person", ["Owain", ("Hollingrake", None, ["Hollingrake, who now wants"])],
  note="her son, 14, first out; never written in full; the bare \"Hollingrake, who now wants to become a diver himself\" (R3) is him; "
       "\"Her son\" is not annotated")
E("Radoslaw Kedzierski", "person", ["Radoslaw Kedzierski", "Kedzierski", "Radosław Kędzierski", "Kędzierski"],
  note="the Lesnovian divers' team leader, spelt with diacritics in the Kurier Żelski")
E("Kinga Wojcicka", "person", ["Kinga Wójcicka", "Wójcicka"], note="a Lesnovian diver (R4); canonical name without diacritics")
E("Halina Zmuda", "person", ["Halina Zmuda", "Interior Minister Halina Żmuda", "Żmuda"],
  note="Lesnovia's interior minister, spelt Żmuda in the Kurier Żelski")

DISTINCT = [
    ("Carys Hollingrake", "Owain Hollingrake", "two people who share a surname, mother and son (both in R3; the bare \"Hollingrake, who now wants\" is Owain)"),
    ("Corvenia", "Pellingford", "the government (metonym) vs the capital city (dateline of R1)"),
    ("Lesnovia", "Zelsk", "the government (metonym) vs the capital city (dateline of R4)"),
    ("Gorrick", "Gorrick Caves", "the village vs the cave system named after it"),
    ("Saddle Chamber", "Narrows", "two places inside the caves"),
    ("Corvenian Water Board", "Corvenian Weather Office", "two similarly named Corvenian bodies, both speakers"),
    ("Honoria Stallybrass", "Rhiannon Tregaskis", "two women in one R2 sentence and in one R3 paragraph (\"she said\" is Tregaskis both times)"),
    ("Halina Zmuda", "Kinga Wojcicka", "two women in one R4 sentence (\"she said\" is Żmuda)"),
    ("Honoria Stallybrass", "Halina Zmuda", "the two countries' ministers"),
    ("Radoslaw Kedzierski", "Torquil Renwick", "two men in one R4 paragraph (\"he said\" is Kędzierski) and in R3/R5"),
    ("Radoslaw Kedzierski", "Owain Hollingrake", "two males in one R3 paragraph (\"he said\" is Owain)"),
    ("Ewan Mackellar", "Radoslaw Kedzierski", "two men in one R1 sentence (\"he told Osprey FM\" is Mackellar)"),
    ("Ewan Mackellar", "Torquil Renwick", "two men in one R5 entry (\"he says\" is Renwick)"),
    ("Torquil Renwick", "Marnie Oakshott", "the group's two instructors (\"the instructor said\" is Renwick)"),
    ("Corvenian Cave Rescue Service", "Ewan Mackellar", "the service vs its head"),
    ("Corvenian Cave Rescue Service", "Lesnovian Fire Service", "the two rescue services"),
    ("Lesnovian Fire Service", "Radoslaw Kedzierski", "the service vs its team leader"),
    ("Civil Protection Ministry", "Honoria Stallybrass", "the ministry vs its minister"),
    ("pupils' note", "Quarrendon Grammar School", "the pupils' note vs their school"),
    ("rescuers", "Corvenian Cave Rescue Service", "unnamed rescuers vs the service"),
    ("Corvenian National Radio", "Nightjar", "the broadcaster vs its programme"),
    ("Corvenian National Radio", "Osprey FM", "two broadcasters"),
    ("Jory Polglaze", "Gorrick", "the mayor vs his village"),
]


# ---------------------------------------------------------------- times
# R1 anchor Tue 2035-08-14
T(R1, "August 14", "date", "2035-08-14", "dateline; month and day, year of the publication date")
T(R1, "late on Monday", "weekday", "2035-08-13", "the latest Monday before the anchor (Tue 2035-08-14)")
T(R1, "since Saturday", "weekday", "2035-08-11", "the latest Saturday before the anchor (\"trapped since Saturday\")",
  after="had been trapped")
T(R1, "23:15 local time", "time", "2035-08-13T23:15:00+02:00",
  "\"local time\" in Corvenia; the GMT equivalent in brackets (21:15 GMT) fixes the offset at UTC+2; the day from \"late on Monday\" in the lead")
T(R1, "21:15 GMT", "time", "2035-08-13T21:15:00+00:00", "the same instant as 23:15 local time, written in GMT")
T(R1, "on Monday morning", "weekday", "2035-08-13", "the latest Monday before the anchor")
T(R1, "on Saturday morning", "weekday", "2035-08-11", "the latest Saturday before the anchor")
T(R1, "13:30", "time", "2035-08-11T13:30:00+02:00",
  "clock time with no zone in its sentence: Corvenian local time (UTC+2, fixed in the second paragraph); the day from \"on Saturday morning\" in the sentence before")
T(R1, "on Tuesday morning", "weekday", "2035-08-14", "the anchor day")
T(R1, "since Sunday night", "weekday", "2035-08-12", "the latest Sunday before the anchor")
T(R1, "four more days", "duration", "P4D", "duration (\"at least four more days\")")
T(R1, "on Thursday", "weekday", "2035-08-16", "future (\"More rain is expected on Thursday\"): the first Thursday after the anchor")
T(R1, "since Saturday", "weekday", "2035-08-11", "the latest Saturday before the anchor (inside the mother's quote)",
  after="I have not slept")

# R2 anchor Thu 2035-08-16
T(R2, "since Sunday", "weekday", "2035-08-12", "the latest Sunday before the anchor (Thu 2035-08-16)")
T(R2, "yesterday", "relative", "2035-08-15", "the day before the anchor (\"the Corvenian Water Board said yesterday\")")
T(R2, "on Wednesday night", "weekday", "2035-08-15", "the latest Wednesday before the anchor")
T(R2, "on Saturday", "weekday", "2035-08-18", "future (\"If it rains on Saturday\", inside a quote): the first Saturday after the anchor",
  after="If it rains")
T(R2, "by Friday", "weekday", "2035-08-17", "future (\"A decision will be taken by Friday\"): the first Friday after the anchor")
T(R2, "on Wednesday", "weekday", "2035-08-15", "the latest Wednesday before the anchor (\"told parliament in Pellingford on Wednesday\")",
  after="parliament in Pellingford")
T(R2, "in 2029", "date", "2029-01-01/2029-12-31", "a year", granularity="year")
T(R2, "on Wednesday", "weekday", "2035-08-15", "the latest Wednesday before the anchor (\"carried out by the divers on Wednesday\")",
  after="carried out by the divers")
T(R2, "since Saturday", "weekday", "2035-08-11", "the latest Saturday before the anchor (families in the hall since the flood)")
T(R2, "on Saturday afternoon", "weekday", "2035-08-18", "future (\"showers are likely on Saturday afternoon\"): the first Saturday after the anchor")

# R3 anchor Sat 2035-08-18
T(R3, "six days", "duration", "P6D", "duration (\"for six days\")")
T(R3, "4.20 p.m.", "time", "unresolved", "clock time (dot separator) with no zone given; the day is Friday 17 August (\"yesterday\")")
T(R3, "yesterday", "relative", "2035-08-17", "the day before the anchor (\"finally rang at 4.20 p.m. yesterday\")")
T(R3, "40 minutes", "duration", "PT40M", "duration (\"about 40 minutes\")")
T(R3, "on Monday", "weekday", "2035-08-13", "the latest Monday before the anchor (\"shared out their last biscuits on Monday\")")
T(R3, "last Saturday", "weekday", "2035-08-11", "\"since last Saturday\": the Saturday of the week before the anchor's (Sat 2035-08-18)")
T(R3, "on Friday evening", "weekday", "2035-08-17", "the latest Friday before the anchor")
T(R3, "today", "relative", "2035-08-18", "the anchor day (\"Four more are due out today\")")
T(R3, "on Sunday", "weekday", "2035-08-19", "future (\"the last pupil ... on Sunday\"): the first Sunday after the anchor")
T(R3, "on Thursday night", "weekday", "2035-08-16", "the latest Thursday before the anchor")

# R4 anchor Mon 2035-08-20
T(R4, "20 August", "date", "2035-08-20", "dateline in day-month order; year of the publication date")
T(R4, "a week", "duration", "P1W", "duration (\"spent a week in ... the Gorrick Caves\")")
T(R4, "this afternoon", "relative", "2035-08-20", "the anchor day")
T(R4, "yesterday", "relative", "2035-08-19", "the day before the anchor (\"the LFS said yesterday\")", after="(LFS) said")
T(R4, "18:40 CEST", "time", "2035-08-19T18:40:00+02:00", "clock time with a zone (CEST = UTC+2), on \"yesterday\" after it")
T(R4, "19:40 EEST", "time", "2035-08-19T19:40:00+03:00", "the same instant as 18:40 CEST, written in EEST (UTC+3)")
T(R4, "yesterday", "relative", "2035-08-19", "the day before the anchor (\"was the last out, at 18:40 CEST (19:40 EEST) yesterday\")",
  after="19:40 EEST")
T(R4, "last Monday", "weekday", "2035-08-13", "the Monday of the week before the anchor's (Mon 2035-08-20)")
T(R4, "00:15 EEST", "time", "2035-08-14T00:15:00+03:00",
  "clock time with a zone on \"last Tuesday\": the same instant as 23:15 local time (21:15 GMT) on Monday in R1")
T(R4, "last Tuesday", "weekday", "2035-08-14", "the Tuesday of the week before the anchor's")
T(R4, "two hours", "duration", "PT2H", "duration (\"a dive of more than two hours\")")
T(R4, "last week", "relative", "2035-08-13/2035-08-19", "the Monday–Sunday week before the anchor's")
T(R4, "on Saturday night", "weekday", "2035-08-18", "the latest Saturday before the anchor")
T(R4, "on Wednesday", "weekday", "2035-08-22", "future (\"would be decorated on Wednesday\"): the first Wednesday after the anchor")
T(R4, "By Sunday evening", "weekday", "2035-08-19", "past (\"had been sent home ... by\"): the latest Sunday before the anchor")
T(R4, "since 2019", "date", "2019-01-01/2019-12-31", "a year", granularity="year")
T(R4, "three days", "duration", "P3D", "duration (\"for three days\")")

# R5 anchor Tue 2035-08-21
T(R5, "Tuesday 21 August", "date", "2035-08-21", "weekday, day and month without a year in the blog's header: the anchor day")
for stamp in ("08:45", "09:20", "10:04", "10:09", "10:15", "10:22", "10:40", "11:05", "11:30", "12:10", "12:40", "13:15", "13:40"):
    T(R5, f"{stamp} CEST", "time", f"2035-08-21T{stamp}:00+02:00", "a live-blog entry stamp with a zone (CEST = UTC+2), on the anchor day")
T(R5, "10:00 CEST", "time", "2035-08-21T10:00:00+02:00", "clock time with a zone, on the anchor day (\"speak at\")")
T(R5, "08:00 GMT", "time", "2035-08-21T08:00:00+00:00", "the same instant as 10:00 CEST, written in GMT")
T(R5, "last Sunday", "weekday", "2035-08-19", "the Sunday of the week before the anchor's (Tue 2035-08-21)")
T(R5, "on Monday", "weekday", "2035-08-20", "the latest Monday before the anchor (\"switched off on Monday\")")
T(R5, "eight days", "duration", "P8D", "duration (\"in eight days\")", after="52 million litres")
T(R5, "11 August", "date", "2035-08-11", "\"since 11 August\": day and month without a year, past: the year that puts it nearest the anchor")
T(R5, "A week ago", "relative", "2035-08-14", "seven days before the anchor (inside Stallybrass's quote)")
T(R5, "in 2029", "date", "2029-01-01/2029-12-31", "a year", granularity="year")
T(R5, "eight days", "duration", "P8D", "duration (inside Renwick's quote)", after="I spent")
T(R5, "in September", "date", "2035-09-01/2035-09-30", "a month without a year, future (\"he will start in September\")",
  granularity="month")
T(R5, "28 September", "date", "2035-09-28", "day and month without a year (\"due by\"): the nearest, future")
T(R5, "tomorrow", "relative", "2035-08-22", "the day after the anchor")


# ---------------------------------------------------------------- numbers
N(R1, "nine schoolchildren", 9, "schoolchild", "count", note="word number")
N(R1, "two instructors", 2, "instructor", "count", note="word number")
N(R1, "about 2.3 kilometres", 2.3, "kilometre", "count", approx="about", note="a measure with a decimal")
N(R1, "eleven", 11, "person", "count", after="All ", note="\"All eleven were cold\": word number, the noun (people) elided")
N(R1, "five colleagues", 5, "colleague", "count", note="word number")
N(R1, "aged 13 to 16", 13, "year", "age", low=13, high=16, note="a range of ages written with to")
N(R1, "40 centimetres", 40, "centimetre", "count", note="a measure")
N(R1, "at least four more days", 4, "day", "duration", approx="at_least", note="word number; \"more\" between number and noun")

N(R2, "some 31 million litres", 31000000, "litre", "count", approx="about", note="\"some\" read as about")
N(R2, "more than 1.2 metres", 1.2, "metre", "count", approx="more_than", note="a measure with a decimal")
N(R2, "about 12 centimetres", 12, "centimetre", "count", approx="about")
N(R2, "five or six days", 5, "day", "duration", low=5, high=6, note="a range written with or, word numbers, inside a quote")
N(R2, "350-metre", 350, "metre", "count", note="a hyphenated measure used as an adjective (\"a 350-metre passage\")")
N(R2, "less than 60 centimetres", 60, "centimetre", "count", approx="less_than")
N(R2, "nine pupils", 9, "pupil", "count", note="word number (\"None of the nine pupils\")")
N(R2, "13-year-old", 13, "year", "age", note="an age written as a hyphenated noun, inside a quote")
N(R2, "€3.8 million", 3800000, "eur", "money")
N(R2, "€600,000", 600000, "eur", "money")
N(R2, "six hundred thousand euros", 600000, "eur", "money", note="word number with the currency as a word, inside a quote")
N(R2, "eleven lives", 11, "life", "count", note="word number, irregular plural, inside a quote")
N(R2, "six divers", 6, "diver", "count", note="word number")
N(R2, "about 300 meals", 300, "meal", "count", approx="about")
N(R2, "up to 20 millimetres", 20, "millimetre", "count", approx="up_to")

N(R3, "six days", 6, "day", "duration", note="word number")
N(R3, "14", 14, "year", "age", note="an age (\"Her son Owain, 14,\")")
N(R3, "350 metres", 350, "metre", "count")
N(R3, "about 40 minutes", 40, "minute", "duration", approx="about")
N(R3, "900", 900, "breath", "count", note="\"I got to 900\": the noun (breaths) from the sentence before, inside a quote")
N(R3, "Three more pupils", 3, "pupil", "count", note="sentence-initial word number; \"more\" between number and noun")
N(R3, "Four more", 4, "pupil", "count", note="sentence-initial word number, the noun (pupils) elided")
N(R3, "31", 31, "year", "age", note="an age (\"Renwick, 31,\")")
N(R3, "One more storm", 1, "storm", "count",
  note="sentence-initial word number inside a quote; counted as \"One good downpour\" in demo/read-heldout9")

N(R4, "six Leśnowian divers", 6, "diver", "count", note="word number, an adjective (with a diacritic) between number and noun")
N(R4, "eleven people", 11, "person", "count", note="word number")
N(R4, "more than two hours", 2, "hour", "duration", approx="more_than", note="word number")
N(R4, "eleven", 11, "person", "count", after="Of the ", note="\"Of the eleven\": the noun (people) elided")
N(R4, "seven", 7, "person", "count", after="Of the eleven, ", note="\"seven were brought out\": word number, the noun elided")
N(R4, "four of the pupils", 4, "pupil", "count", note="word number")
N(R4, "one squeeze", 1, "squeeze", "count", note="word number inside a quote")
N(R4, "two", 2, "squeeze", "count", after="means stop, ", note="\"two mean go\": the noun (squeezes) elided, inside a quote")
N(R4, "eleven lives", 11, "life", "count", note="inside a partial quote")
N(R4, "about €5 million", 5000000, "eur", "money", approx="about")
N(R4, "seven", 7, "pupil", "count", after="By Sunday evening, ", note="\"seven of the nine pupils\"")
N(R4, "nine pupils", 9, "pupil", "count", after="seven of the ")
N(R4, "two of the same divers", 2, "diver", "count", note="word number")
N(R4, "three days", 3, "day", "duration", note="word number")

N(R5, "23 pumps", 23, "pump", "count", after="says its ")
N(R5, "more than 52 million litres", 52000000, "litre", "count", approx="more_than")
N(R5, "eight days", 8, "day", "duration", after="52 million litres", note="word number")
N(R5, "eleven", 11, "person", "count", after="says that all ", note="\"all eleven are now out of hospital\": the noun elided")
N(R5, "more than 400 people", 400, "person", "count", approx="more_than")
N(R5, "23 pumps", 23, "pump", "count", after="400 people and ")
N(R5, "about €5.1 million", 5100000, "eur", "money", approx="about")
N(R5, "eight days", 8, "day", "duration", after="I spent", note="word number inside a quote")
N(R5, "nine children", 9, "child", "count", note="word number inside a quote")
N(R5, "six divers", 6, "diver", "count", note="word number")
N(R5, "eleven", 11, "person", "count", after="the last of the ", note="\"the last of the eleven\": the noun elided")
N(R5, "Eleven", 11, "person", "count", note="\"Eleven went in\": sentence-initial word number inside a quote, the noun elided")
N(R5, "eleven", 11, "person", "count", after="Eleven went in and ", note="\"eleven came out\": the noun elided")

ABOUT = ("Gold for the read stage on the invented held-out reports of demo/read-heldout10/reports.jsonl, "
         "written and committed before any reader ran on them. `file` is the report's `id`; `start`/`end` "
         "are BYTE offsets into the UTF-8 encoding of the report's `text` field; text[start:end] begins "
         "with `span`. Same format as demo/read-heldout9/gold.json. Generated by build_gold.py. See README.md here.")


G.write(ABOUT, DISTINCT, detailed=True)
