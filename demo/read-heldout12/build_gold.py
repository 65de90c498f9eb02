#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and the annotations below.

Run from anywhere: `python3 demo/read-heldout12/build_gold.py`. Offsets are computed here from the spans
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
# R1: Siskin News Agency, 2037-06-13 (Sat; straight quotes; dateline "WICKERSLADE, Aubrenia, June 13 (SNA) -", a hyphen)
Q(R1, I, "Its last radio call came at 07:12, when it was drifting over the hills in thick fog",
  "Aubrenian Rescue Coordination Centre",
  "name after the clause: the Aubrenian Rescue Coordination Centre (ARCC) said", "said",
  note="clause first, attribution after; the sentence before (lifted off at 05:50 ...) is the writer's")
Q(R1, I, "it carried enough gas for about three hours aloft", "Aubrenian Rescue Coordination Centre",
  "acronym before: According to the ARCC,", "according to", note="'According to X,' before the clause; 'it' is the balloon")
Q(R1, D, "A balloon does not fall out of the sky. It comes down slowly, and the people in it are waiting for us to find them,",
  "Hector Mabberley", "name after (inverted): said Hector Mabberley, who owns the company", "said", note="multi-sentence")
Q(R1, I, "she lost sight of the balloon shortly after 07:00, when the fog closed over the ridge", "Clemency Mabberley",
  "relation and first name before: His daughter Clemency, who drove the chase truck, said → Hector Mabberley's daughter", "said",
  note="reported speech without 'that'")
Q(R1, I, "On board were the pilot, Lancelyn Pennefather, 52, who has flown balloons for 30 years, and 11 passengers, among them a woman celebrating her 81st birthday",
  "relatives", "group after the clause: according to relatives waiting at the showground", "according to",
  note="clause first, 'according to' after; an unnamed group of relatives")
Q(R1, I, "two Aubrenian helicopters had searched the border ridge until low cloud grounded them in the afternoon",
  "Marguerite Treadgold", "title + name before: Transport Minister Marguerite Treadgold said", "said",
  note="reported speech without 'that'")
Q(R1, D, "Every minute counts, and nobody is giving up,", "Marguerite Treadgold",
  "title alone after: the minister said → Treadgold (Transport Minister, the sentence before)", "said")
Q(R1, D, "I have spoken to Tresno, and they have put their own teams into the forest.", "Marguerite Treadgold",
  "continuation: follows the minister's quote", None,
  note="Tresno here is Karsovia's government (metonym); the next paragraph says Tresno is the Karsovian capital")
Q(R1, I, "between 60 and 70 rescuers and four dogs were searching the spruce woods above the border village of Zlaten, where a farmer had heard the roar of a burner",
  "Karsovian Mountain Rescue", "name before: Karsovian Mountain Rescue (KMR) said from its base in Tresno, the Karsovian capital, that",
  "said", note="a place phrase and an apposition between the verb and 'that'")
Q(R1, I, "the rescuers would keep going \"through the night if they must\"", "Radim Stepanek",
  "name before: Karsovia's interior minister, Radim Stepanek, wrote on X late on Saturday that", "wrote", channel="post on X")
Q(R1, D, "through the night if they must", "Radim Stepanek", "name before: Radim Stepanek, wrote on X ... that", "wrote",
  channel="post on X", partial=True, note="the closing mark comes before the full stop")
Q(R1, I, "it had warned balloon operators at 04:40 on Saturday that the wind could swing round within hours",
  "Aubrenian Weather Service", "name before: The Aubrenian Weather Service said", "said",
  note="reported speech without 'that'; the 'that' inside belongs to the warning")
Q(R1, I, "the warning had not reached the pilot before take-off", "Hector Mabberley",
  "surname before: Mabberley said → Hector Mabberley, the owner, named in full two sentences before the daughter who is "
  "only 'His daughter Clemency'", "said", note="reported speech without 'that'")
Q(R1, D, "She has wanted to go up in a balloon since she was a little girl. Today was meant to be her treat,", None,
  "unresolved: said a neighbour of the 81-year-old, who waited at the showground (not named)", "said", note="multi-sentence")

# R2: The Sollingham Argus, 2037-06-16 (Tue; curly quotes and curly apostrophes; no dateline)
Q(R2, D, "The dog found them, not me. I only followed his tail,", "Bohumil Hrubes",
  "surname after: Hrubes told the Argus by telephone", "told", channel="telephone interview with the Argus",
  note="multi-sentence")
Q(R2, D, "He never once complained. He kept apologising to us, which was worse,", "Verity Hobday",
  "pronoun after: she said → Verity Hobday, the subject of the sentence before, not Winifred Cattermole (the paragraph before)",
  "said", note="multi-sentence; 'He' inside is Pennefather")
Q(R2, I, "The group took turns to sleep under the folded envelope and shared two bottles of water and what was left of a birthday cake",
  "Verity Hobday", "pronoun after the clause: she said → Hobday (the speaker of the quote before)", "said",
  note="clause first, attribution after")
Q(R2, I, "he was “sorry for every minute of that night”", "Lancelyn Pennefather",
  "surname before: Pennefather said in a statement issued by the company that", "said", channel="statement")
Q(R2, D, "sorry for every minute of that night", "Lancelyn Pennefather",
  "surname before: Pennefather said in a statement ... that", "said", channel="statement", partial=True,
  note="the closing mark comes before the full stop")
Q(R2, I, "why Dandelion Balloon Flights had been allowed to keep flying after it was fined €12,000 last year for taking off in a crosswind",
  "Obadiah Strangways",
  "name before: the opposition’s transport spokesman, Obadiah Strangways, asked", "asked",
  note="an indirect question (asked ... why); the asker is named; no one is named as asked")
Q(R2, I, "the Aubrenian Aviation Safety Board (AASB) had opened an investigation and that the company had grounded its three balloons “until the board says otherwise”",
  "Marguerite Treadgold", "title + name before: Transport Minister Marguerite Treadgold said", "said",
  note="'... and that ...': one record, the first clause without 'that'")
Q(R2, D, "until the board says otherwise", "Marguerite Treadgold", "title + name before: Transport Minister Marguerite Treadgold said",
  "said", partial=True, note="the closing mark comes before the full stop")
Q(R2, D, "That is not an answer. It is a timetable,", "Obadiah Strangways", "surname after: Strangways replied", "replied",
  note="multi-sentence")
Q(R2, I, "it emailed operators a warning of a westerly shift at 04:40 on Saturday, 70 minutes before take-off",
  "Aubrenian Weather Service", "name before: The Aubrenian Weather Service says", "says",
  note="present tense in a broadsheet, without 'that'")
Q(R2, I, "the email was not opened until the balloon was already in the air", "Hector Mabberley",
  "name before: The company’s owner, Hector Mabberley, told the Argus that", "told", channel="interview with the Argus")
Q(R2, D, "We should have seen it. I will carry that for the rest of my life,", "Hector Mabberley",
  "pronoun after: he said → Mabberley (the sentence before)", "said", note="multi-sentence")
Q(R2, I, "Tresno will not send a bill for the search, in which about 150 Karsovian rescuers took part", "Radim Stepanek",
  "name after the clause: the country’s interior minister, Radim Stepanek, said on Monday", "said",
  note="clause first, attribution after; Tresno is Karsovia's government (metonym), named as the Karsovian capital earlier in the report")
Q(R2, I, "Balloon flights bring roughly 30 per cent of Wickerslade’s summer visitors", "Wickerslade Tourism Board",
  "name after the clause: according to the Wickerslade Tourism Board", "according to",
  note="clause first, 'according to' after; 'which fears a lost season' is not speech")
Q(R2, D, "I’m not getting in one of those again, birthday or no birthday,", None,
  "unresolved: said one of the passengers, a man from Sollingham who asked not to be named", "said",
  note="the apostrophe of I’m is the same character as a closing single mark")

# R3: The Daily Squawk, 2037-06-18 (Thu; curly quotes and curly apostrophes; no dateline; no time zone anywhere)
Q(R3, D, "I’ve had worse birthdays. In 1974 I spent mine on a broken-down bus in the rain,", "Winifred Cattermole",
  "pronoun after: she laughed → Granny Win (Winifred Cattermole), the subject of the sentence before", "laughed",
  channel="interview with the Squawk", note="multi-sentence; 'laughed' as a speech verb; the interview is given in the sentence before")
Q(R3, D, None, "Jasper Cattermole",
  "pronoun in the middle: he said → Jasper, the subject of the sentence before, not Lancelyn Pennefather (the man named last in it)",
  "said", parts=["I thought I’d killed my gran", "and then she asked whether anybody had saved the cake.”"],
  note="split quote, the attribution ('he said,') between the parts; 'she asked whether ...' is reported speech inside the quote, part of it")
Q(R3, D, "He licked my face and I said to him, ‘Well, you’re the first man in years to do that.’ Then I cried,",
  "Winifred Cattermole", "pronoun after: she said → Granny Win, the subject of the sentence before", "said",
  note="holds a quote inside the quote; 'He' is the dog Brok")
Q(R3, D, "Well, you’re the first man in years to do that.", "Winifred Cattermole",
  "inside the outer quote: 'I said to him' → the outer speaker herself", "said",
  note="quote inside a quote (curly single marks); the apostrophe of you’re is the same character as the closing mark")
Q(R3, I, "he is “no hero” and that Brok has been given 12 sausages, one for every survivor", "Bohumil Hrubes",
  "surname before: Hrubes says", "says", note="present tense; '... and that ...': one record, the first clause without 'that'")
Q(R3, D, "no hero", "Bohumil Hrubes", "surname before: Hrubes says", "says", partial=True)
Q(R3, D, "He sang to us all night to keep us awake. Terrible voice, lovely man,", "Ernest Dimmock",
  "name after (inverted): said fellow passenger Ernest Dimmock, 70, a retired postman from Wickerslade", "said",
  note="multi-sentence; 'He' inside is Pennefather")
Q(R3, D, "Winifred kept us going. She told rude jokes until the sun came up.", "Verity Hobday",
  "name before and a colon: Nurse Verity Hobday, 33, ..., told the Squawk:", "told", channel="interview with the Squawk",
  note="multi-sentence; the quote after a colon")
Q(R3, I, "he had written to every passenger to say sorry", "Hector Mabberley",
  "name before: Boss Hector Mabberley, 63, said", "said", note="reported speech without 'that'")
Q(R3, D, "Dad hasn’t slept since Saturday.", "Clemency Mabberley",
  "relation and first name before, and a colon: His daughter Clemency, 29, ..., said:", "said",
  note="the quote after 'said:'; the apostrophe of hasn’t is the same character as a closing single mark")
Q(R3, D, "Whoever got this wrong will answer for it.", "Marguerite Treadgold",
  "title + name before and a colon: Transport chief Marguerite Treadgold vowed:", "vowed")
Q(R3, I, "the burner was down to its last bottle of gas when the balloon came down", None,
  "unresolved: a source close to the investigation told the Squawk (not named, no body named)", "told",
  channel="interview with the Squawk", note="reported speech without 'that'")
Q(R3, D, "Try and stop me!", "Winifred Cattermole",
  "no attribution: the answer to the question in the sentence before, whose subject is Granny Win", None,
  note="an exclamation; no speech verb")

# R4: Večerník Třesno, 2037-06-20 (Sat; straight quotes; dateline "TŘESNO, 20 June —"; 'Karšova', 'Karšovan', 'Třesno',
# 'Zlatěn', 'Bohumil Hrubeš', 'Radim Štěpánek', 'Oldřich Koudelka', 'Alžběta Pazderová', and the Aubrenian 'Lancelin Pennefather')
Q(R4, D, "People ask me if I was afraid. Afraid of what? Of twelve cold Aubrenians and half a birthday cake?", "Bohumil Hrubes",
  "surname after: Hrubeš said at the ceremony", "said",
  note="multi-sentence, two questions; 'People ask me if ...' is reported speech inside the quote, part of it")
Q(R4, I, "Karšova would not ask Aubrenia for \"a single euro\" and that he had told Aubrenian Transport Minister Marguerite Treadgold so on Monday",
  "Radim Stepanek", "surname before: Štěpánek said that", "said", note="'that ... and that ...': one record")
Q(R4, D, "a single euro", "Radim Stepanek", "surname before: Štěpánek said that", "said", partial=True)
Q(R4, D, "Borders are for maps. In the forest there is only the forest,", "Radim Stepanek",
  "title alone after: the minister said → Štěpánek, the subject of the sentence before, not Marguerite Treadgold "
  "(the other minister, named last in it)", "said", note="multi-sentence")
Q(R4, I, "The search cost the Karšovan Mountain Rescue (KMR) about €180,000", "Oldrich Koudelka",
  "name after the clause: its chief, Oldřich Koudelka, said", "said", note="clause first, attribution after")
Q(R4, I, "94 volunteers had joined the professional teams, some of them from villages on the Aubrenian side of the border",
  "Oldrich Koudelka", "pronoun before: He noted that → Koudelka (the sentence before), not Radim Štěpánek (the paragraph before)",
  "noted")
Q(R4, D, "Fog like that sits on the Ferrowby Hills four or five times a summer. Nobody should fly into it,", "Oldrich Koudelka",
  "pronoun after: he said → Koudelka", "said", note="multi-sentence")
Q(R4, I, "two investigators from the Aubrenian Aviation Safety Board came to Zlatěn on Wednesday and took away the balloon's envelope and its GPS logger",
  "Oldrich Koudelka", "surname before: According to Koudelka,", "according to", note="'According to X,' before the clause")
Q(R4, I, "Lancelin Pennefather, the pilot, left Třesno University Hospital on Thursday and was flown home to Aubrenia",
  "Tresno University Hospital", "group after the clause: a hospital spokeswoman said (an unnamed spokeswoman speaks for the hospital "
  "named in the clause)", "said", note="clause first, attribution after")
Q(R4, I, "Winifred Cattermole, 81, will stay until Monday", "Tresno University Hospital",
  "pronoun after the clause: she said → the hospital spokeswoman of the sentence before, not Winifred Cattermole (spoken about "
  "in the third person)", "said", note="clause first, attribution after")
Q(R4, D, "I have flown over those hills more than 200 times. That morning they simply were not there. There was only white,",
  "Lancelyn Pennefather", "surname after: Pennefather told Večerník before he left", "told", channel="interview with Večerník",
  note="multi-sentence")
Q(R4, D, "Half the village went up the hill that night with torches. The other half made soup,", "Alzbeta Pazderova",
  "name after (inverted): said Alžběta Pazderová, the mayor of Zlatěn", "said", note="multi-sentence")
Q(R4, I, "Sollingham has also offered to pay for a new roof on the Zlatěn fire station", "Aubrenian embassy",
  "group after the clause: the Aubrenian embassy said on Friday", "said",
  note="clause first, attribution after; Sollingham is Aubrenia's government (metonym), named as the Aubrenian capital in the sentence before")

# R5: Aubrenian Public Radio live blog, 2037-06-23 (Tue; plain-text scrape; header "LIVE: ... - Tuesday 23 June" and a line
# "All times CEST"; each entry begins with a bare stamp "HH:MM" on a line of its own; straight quotes)
Q(R5, I, "it will not fly again this year and that it has refunded all 11 passengers", "Dandelion Balloon Flights",
  "name before: Dandelion Balloon Flights says in a statement that", "says", channel="statement",
  note="'that ... and that ...': one record")
Q(R5, I, "the Aubrenian Weather Service warning reached the company's inbox at 04:41 on 13 June, 69 minutes before take-off, and was first opened at 07:30, when the balloon was already lost in fog",
  "preliminary report", "document before: The preliminary report says", "says",
  note="a document as speaker; 'Lovibond opens.' before it is no record")
Q(R5, D, "The pilot did everything right once he was in the fog. The mistake was made on the ground, before anyone climbed into the basket,",
  "Eluned Lovibond", "surname after: Lovibond says", "says", note="multi-sentence")
Q(R5, I, "that is for prosecutors, not for her board", "Eluned Lovibond", "surname before: Lovibond says",
  "says", note="present tense, without 'that'; the passive question before it ('Asked whether ...') has no asker and is no record")
Q(R5, I, "The board found no fault with the balloon itself", "Eluned Lovibond",
  "pronoun after the clause: she says → Lovibond (the sentence before)", "says", note="clause first, attribution after")
Q(R5, I, "every commercial balloon in Aubrenia must carry a satellite beacon from 1 September and that Dandelion's licence is suspended for 90 days",
  "Marguerite Treadgold", "surname before: Treadgold says", "says",
  note="present tense; '... and that ...': one record, the first clause without 'that'")
Q(R5, D, "A phone in a pocket is not a rescue plan,", "Marguerite Treadgold",
  "pronoun after: she says → Treadgold, the subject of the sentence before, not Eluned Lovibond (the speaker of the entry before)",
  "says")
Q(R5, I, "Brok \"has become impossible\" since", "Bohumil Hrubes",
  "surname before: Hrubes, who was given a medal for civil courage last week, says", "says", channel="video link",
  note="present tense, without 'that'; the video link is given in the 09:05 entry")
Q(R5, D, "has become impossible", "Bohumil Hrubes", "surname before: Hrubes, ..., says", "says", channel="video link", partial=True)
Q(R5, D, "He will only eat from a plate now,", "Bohumil Hrubes", "pronoun after: he jokes → Hrubes (the sentence before)", "jokes",
  channel="video link", note="'He' inside is the dog Brok")
Q(R5, I, "when the full report will be ready", "Obadiah Strangways",
  "name before: Obadiah Strangways, the opposition's transport spokesman, asks", "asks", note="an indirect question (asks when ...)")
Q(R5, D, "Within a year. I would rather be right than quick,", "Eluned Lovibond", "surname after: Lovibond replies", "replies",
  note="multi-sentence; the answer to Strangways's question")
Q(R5, I, "she would fly again \"tomorrow, if Jasper pays\"", "Winifred Cattermole",
  "name before: Winifred Cattermole, home in Wickerslade since yesterday, tells APR", "tells", channel="interview with APR",
  note="present tense, without 'that'")
Q(R5, D, "tomorrow, if Jasper pays", "Winifred Cattermole", "name before: Winifred Cattermole ... tells APR", "tells",
  channel="interview with APR", partial=True, note="the closing mark comes before the full stop; a time inside the fragment")
Q(R5, I, "he has already paid once", "Jasper Cattermole",
  "relation before: Her grandson says → Jasper Cattermole (Winifred's grandson; 'Grandson Jasper Cattermole' in the Squawk)", "says",
  note="present tense, without 'that'")
Q(R5, D, "I am sorry. The warning came, and we did not read it. That is on me, not on Lancelyn.", "Hector Mabberley",
  "name before and a colon: Hector Mabberley reads a short statement outside the board's offices:", "reads", channel="statement",
  note="multi-sentence; 'Lancelyn' inside is the pilot")
Q(R5, I, "it heard the balloon's last call at 07:12 on the day of the flight and alerted the KMR at 08:15",
  "Aubrenian Rescue Coordination Centre", "name before: The Aubrenian Rescue Coordination Centre says", "says",
  note="present tense, without 'that'")
Q(R5, I, "he has not decided whether he will ever fly again", "Lancelyn Pennefather",
  "surname before: In an interview recorded for APR's Crosswind programme, ..., Pennefather says", "says",
  channel="radio interview with APR's Crosswind", note="the channel comes before the speaker")
Q(R5, I, "the search on both sides of the border cost about €410,000", "preliminary report",
  "document before: According to the report, (the preliminary report of the 10:03 entry)", "according to")
Q(R5, I, "bookings for the town's balloon festival in August are down 40 percent on last year", "Wickerslade Tourism Board",
  "name before: The Wickerslade Tourism Board says", "says", note="present tense, without 'that'")


# ---------------------------------------------------------------- entities
E("Aubrenia", "country", ["Aubrenia", ("Sollingham", None, ["Sollingham has also offered"])],
  metonyms=[{"alias": "Sollingham", "metonym_of": "Aubrenia (its government)"}], adjectival=["Aubrenian", "Aubrenians"],
  note="\"Sollingham has also offered to pay\" (R4, whose dateline is TŘESNO; Sollingham named as \"the Aubrenian capital\" in the "
       "sentence before) is the government; \"Aubrenians\" (people) and the adjective are not mentions")
E("Sollingham", "city", ["Sollingham"],
  note="Aubrenia's capital (\"Sollingham, the Aubrenian capital\", R4); \"from Sollingham\" (R2, twice), \"in Sollingham\" (R5); "
       "the metonym context is claimed by Aubrenia")
E("Karsovia", "country", ["Karsovia", "Karšova", ("Tresno", None, ["spoken to Tresno", "Tresno will not send"])],
  metonyms=[{"alias": "Tresno", "metonym_of": "Karsovia (its government)"}], adjectival=["Karsovian", "Karšovan"],
  note="spelt \"Karšova\" (the home spelling) in Večerník Třesno; \"I have spoken to Tresno\" (R1, inside Treadgold's quote) and "
       "\"Tresno will not send a bill\" (R2) are the government, each report naming Tresno as \"the Karsovian capital\"")
E("Tresno", "city", ["Tresno", "Třesno", "TŘESNO"],
  note="Karsovia's capital (\"Tresno, the Karsovian capital\", R1 and R2), spelt Třesno in Večerník Třesno (its dateline TŘESNO); "
       "nested in \"Třesno University Hospital\" it is not a mention")
E("Wickerslade", "town", ["WICKERSLADE", "Wickerslade"],
  note="the town the balloon left from (R1's dateline); nested in \"Wickerslade Tourism Board\" it is not a mention")
E("Ferrowby Hills", "place", ["Ferrowby Hills"], note="the border hills; \"the hills\", \"the ridge\" are not annotated")
E("Zlaten", "village", ["Zlaten", "Zlatěn"], note="the Karsovian village below the landing site, spelt Zlatěn in Večerník Třesno")
E("Dandelion Balloon Flights", "organisation",
  ["Dandelion Balloon Flights", ("Dandelion", None, ["firm Dandelion", "Dandelion's licence"])],
  note="the balloon operator; \"Balloon firm Dandelion\" (R3) and \"Dandelion's licence\" (R5); \"the company\" is not annotated")
E("Aubrenian Rescue Coordination Centre", "organisation", ["Aubrenian Rescue Coordination Centre", "ARCC"],
  note="both in R1; the expansion alone in R5")
E("Aubrenian Weather Service", "organisation", ["Aubrenian Weather Service"],
  note="\"the Aubrenian Weather Service warning\" (R5) is a mention")
E("Aubrenian Aviation Safety Board", "organisation", ["Aubrenian Aviation Safety Board", "AASB"],
  note="both in R2 and R5; the expansion alone in R4; \"the board\", \"her board\" are not annotated")
E("Karsovian Mountain Rescue", "organisation", ["Karsovian Mountain Rescue", "Karšovan Mountain Rescue", "KMR"],
  note="spelt \"Karšovan\" in Večerník Třesno; \"a KMR helicopter\" (R4) and \"the KMR\" (R5)")
E("Tresno University Hospital", "organisation", ["Třesno University Hospital"],
  note="R4 only; \"a hospital spokeswoman\" speaks for it; \"a hospital in Tresno\" (R2) is not annotated")
E("Aubrenian embassy", "organisation", ["Aubrenian embassy"], note="Aubrenia's embassy (R4), a speaker")
E("Wickerslade Tourism Board", "organisation", ["Wickerslade Tourism Board"], note="R2, R5")
E("preliminary report", "document", ["preliminary report", ("the report", None, ["According to the report"])],
  note="the AASB's preliminary report (R5), a speaker twice; \"the full report\" (a later document) is not annotated")
E("relatives", "group", [("relatives", [R1])], note="relatives of the passengers at the showground (R1), a speaker")
E("X", "platform", ["X"])
E("Siskin News Agency", "news agency", ["SNA"], note="only as its acronym, in its own dateline")
E("The Sollingham Argus", "media outlet", [("Argus", [R2])], note="\"told the Argus\" (R2, twice)")
E("The Daily Squawk", "media outlet", [("Squawk", [R3])], note="\"the Squawk\" (R3, three times)")
E("Večerník Třesno", "media outlet", [("Večerník", [R4])], note="\"told Večerník\" (R4)")
E("Aubrenian Public Radio", "media outlet", ["APR"], note="the broadcaster of R5; only as its acronym in the texts")
E("Crosswind", "programme", ["Crosswind"], note="APR's programme (R5)")
E("Hector Mabberley", "person", ["Hector Mabberley", ("Mabberley", None, ["Mabberley said the warning"])],
  note="owner of Dandelion Balloon Flights; the bare \"Mabberley said\" (R1) is him, not his daughter")
E("Clemency Mabberley", "person", [("Clemency", [R1, R3])],
  note="Hector Mabberley's daughter, only ever \"His daughter Clemency\" (R1, R3); canonical name with the family's surname")
E("Lancelyn Pennefather", "person",
  ["Lancelyn Pennefather", "Lancelin Pennefather", "Pennefather", ("Lancelyn", [R5])],
  note="the pilot, 52; spelt \"Lancelin\" in Večerník Třesno; \"Lancelyn\" alone inside Mabberley's statement (R5); "
       "\"the pilot\" is not annotated")
E("Winifred Cattermole", "person", ["Winifred Cattermole", ("Granny Win", [R3]), ("Winifred", [R3])],
  note="the passenger on her 81st birthday; the tabloid's \"Granny Win\" (R3, three times); \"Winifred\" inside Hobday's quote (R3)")
E("Jasper Cattermole", "person", ["Jasper Cattermole", ("Jasper", [R5])],
  note="Winifred's grandson, 24; \"Jasper\" inside her partial quote (R5); \"Her grandson\" (R5) is not annotated")
E("Verity Hobday", "person", ["Verity Hobday"], note="a nurse, a passenger (R2, R3)")
E("Ernest Dimmock", "person", ["Ernest Dimmock"], note="a passenger, a retired postman (R3)")
E("Marguerite Treadgold", "person",
  ["Transport Minister Marguerite Treadgold", "Marguerite Treadgold", "Treadgold",
   ("the minister", None, ["the minister said. \"I have"])],
  note="Aubrenia's transport minister; \"Transport chief Marguerite Treadgold\" (R3); \"the minister\" in R4 is Štěpánek")
E("Obadiah Strangways", "person", ["Obadiah Strangways", "Strangways"], note="the opposition's transport spokesman (R2, R5)")
E("Eluned Lovibond", "person", ["Dr Eluned Lovibond", "Lovibond"], note="the AASB's chief investigator (R5)")
E("Bohumil Hrubes", "person", ["Bohumil Hrubes", "Hrubes", "Bohumil Hrubeš", "Hrubeš"],
  note="the Karsovian forester; spelt with diacritics in Večerník Třesno")
E("Brok", "animal", ["Brok"], note="Hrubeš's spaniel: a dog, never a speaker ('He' inside two quotes)")
E("Radim Stepanek", "person",
  ["Radim Stepanek", "Interior Minister Radim Štěpánek", "Štěpánek", ("the minister", None, ["only the forest,\" the minister"])],
  note="Karsovia's interior minister: Radim Stepanek (SNA, Argus), Radim Štěpánek (Večerník Třesno)")
E("Oldrich Koudelka", "person", ["Oldřich Koudelka", "Koudelka"], note="chief of the KMR (R4); canonical name without diacritics")
E("Alzbeta Pazderova", "person", ["Alžběta Pazderová"], note="mayor of Zlatěn (R4); canonical name without diacritics")

DISTINCT = [
    ("Hector Mabberley", "Clemency Mabberley", "father and daughter (R1, R3; the bare \"Mabberley said\" in R1 is Hector)"),
    ("Winifred Cattermole", "Jasper Cattermole", "grandmother and grandson (R3, R5)"),
    ("Aubrenia", "Sollingham", "the government (metonym, R4) vs the capital city"),
    ("Karsovia", "Tresno", "the government (metonym, R1 and R2) vs the capital city (dateline of R4)"),
    ("Tresno", "Tresno University Hospital", "the city vs the hospital named after it"),
    ("Wickerslade", "Wickerslade Tourism Board", "the town vs its tourism board"),
    ("Marguerite Treadgold", "Radim Stepanek", "the two countries' ministers (R4: \"the minister said\" is Štěpánek)"),
    ("Marguerite Treadgold", "Eluned Lovibond", "two women in consecutive R5 entries (\"she says\" at 10:27 is Treadgold)"),
    ("Verity Hobday", "Winifred Cattermole", "two women in consecutive R2 paragraphs (\"she said\" is Hobday)"),
    ("Jasper Cattermole", "Lancelyn Pennefather", "two men in one R3 sentence (\"he said\" is Jasper)"),
    ("Oldrich Koudelka", "Radim Stepanek", "two men in consecutive R4 paragraphs (\"He noted\" is Koudelka)"),
    ("Karsovian Mountain Rescue", "Oldrich Koudelka", "the service vs its chief"),
    ("Aubrenian Aviation Safety Board", "Eluned Lovibond", "the board vs its chief investigator"),
    ("Aubrenian Aviation Safety Board", "preliminary report", "the board vs its document"),
    ("Dandelion Balloon Flights", "Hector Mabberley", "the company vs its owner"),
    ("Bohumil Hrubes", "Brok", "the forester vs his dog"),
    ("Aubrenian Rescue Coordination Centre", "Karsovian Mountain Rescue", "the two countries' rescue bodies"),
    ("Aubrenian Weather Service", "Aubrenian Rescue Coordination Centre", "two Aubrenian bodies quoted in one R1 report"),
    ("Aubrenian embassy", "Aubrenia", "the embassy vs the country"),
    ("Aubrenian Public Radio", "Crosswind", "the broadcaster vs its programme"),
    ("Zlaten", "Ferrowby Hills", "the village vs the hills"),
    ("Winifred Cattermole", "Tresno University Hospital", "R4: \"..., she said\" after Winifred's name is the hospital's spokeswoman"),
]


# ---------------------------------------------------------------- times
# R1 anchor Sat 2037-06-13
T(R1, "June 13", "date", "2037-06-13", "dateline; month and day, year of the publication date")
T(R1, "on Saturday night", "weekday", "2037-06-13", "the anchor day (Sat 2037-06-13: \"was missing on Saturday night\")")
T(R1, "05:50 local time", "time", "2037-06-13T05:50:00+02:00",
  "\"local time\" in Aubrenia; the GMT equivalent in brackets (03:50 GMT) fixes the offset at UTC+2; the day is the anchor day")
T(R1, "03:50 GMT", "time", "2037-06-13T03:50:00+00:00", "the same instant as 05:50 local time, written in GMT")
T(R1, "one-hour", "duration", "PT1H", "duration (\"a one-hour flight\"), hyphenated adjective")
T(R1, "07:12", "time", "2037-06-13T07:12:00+02:00",
  "clock time with no zone in its sentence: the report's local time, fixed at UTC+2 in the sentence before; the anchor day")
T(R1, "three hours", "duration", "PT3H", "duration (\"about three hours aloft\")")
T(R1, "07:00", "time", "2037-06-13T07:00:00+02:00",
  "\"shortly after 07:00\": the clock time alone, the report's local time (UTC+2), the anchor day")
T(R1, "30 years", "duration", "P30Y", "duration (\"has flown balloons for 30 years\")")
T(R1, "in the afternoon", "relative", "2037-06-13", "the afternoon of the anchor day (the search that day)")
T(R1, "Today", "relative", "2037-06-13", "the anchor day (inside the neighbour's quote, spoken that day)")
T(R1, "late on Saturday", "weekday", "2037-06-13", "the anchor day (\"wrote on X late on Saturday\")")
T(R1, "04:40", "time", "2037-06-13T04:40:00+02:00", "clock time, the report's local time (UTC+2), on \"on Saturday\" after it")
T(R1, "on Saturday", "weekday", "2037-06-13", "the anchor day (\"at 04:40 on Saturday\")", after="04:40 ")

# R2 anchor Tue 2037-06-16
T(R2, "Twenty-two hours", "duration", "PT22H", "duration, sentence-initial word number")
T(R2, "on Sunday morning", "weekday", "2037-06-14", "the latest Sunday before the anchor (Tue 2037-06-16)")
T(R2, "05:20 CEST", "time", "2037-06-14T05:20:00+02:00", "clock time with a zone (CEST = UTC+2); the day from \"on Sunday morning\" in the sentence before")
T(R2, "by Sunday night", "weekday", "2037-06-14", "the latest Sunday before the anchor (\"were home by Sunday night\")")
T(R2, "on Monday", "weekday", "2037-06-15", "the latest Monday before the anchor (\"In parliament on Monday\")", after="In parliament ")
T(R2, "last year", "relative", "2036-01-01/2036-12-31", "the year before the anchor's", granularity="year")
T(R2, "04:40", "time", "2037-06-13T04:40:00+02:00",
  "clock time, the report's local time (CEST, given in the report), on \"on Saturday\" after it")
T(R2, "on Saturday", "weekday", "2037-06-13", "the latest Saturday before the anchor (\"at 04:40 on Saturday\")")
T(R2, "70 minutes", "duration", "PT70M", "duration (\"70 minutes before take-off\")")
T(R2, "on Monday", "weekday", "2037-06-15", "the latest Monday before the anchor (\"Radim Stepanek, said on Monday\")",
  after="Radim Stepanek, said ")

# R3 anchor Thu 2037-06-18
T(R3, "yesterday", "relative", "2037-06-17", "the day before the anchor (\"spoke to the Squawk yesterday\")")
T(R3, "In 1974", "date", "1974-01-01/1974-12-31", "a year (inside Winifred Cattermole's quote)", granularity="year")
T(R3, "6.20am", "time", "unresolved",
  "clock time (dot separator, am) with no zone given anywhere in the report; the day is Sunday 14 June (\"on Sunday\")")
T(R3, "on Sunday", "weekday", "2037-06-14", "the latest Sunday before the anchor (\"at 6.20am on Sunday\")")
T(R3, "13 June 1956", "date", "1956-06-13", "an explicit date with its year (\"born on 13 June 1956\")")
T(R3, "today", "relative", "2037-06-18", "the anchor day (\"is due to be flown home today\")")
T(R3, "since Saturday", "weekday", "2037-06-13", "the latest Saturday before the anchor (inside Clemency's quote)")

# R4 anchor Sat 2037-06-20
T(R4, "20 June", "date", "2037-06-20", "dateline in day-month order; year of the publication date")
T(R4, "yesterday", "relative", "2037-06-19", "the day before the anchor (\"at a ceremony in Třesno yesterday\")")
T(R4, "06:20 local time", "time", "2037-06-14T06:20:00+03:00",
  "\"local time\" in Karsovia; the GMT equivalent in brackets (03:20 GMT) fixes the offset at UTC+3; the day from \"last Sunday\"; "
  "the same instant as 05:20 CEST in R2")
T(R4, "03:20 GMT", "time", "2037-06-14T03:20:00+00:00", "the same instant as 06:20 local time, written in GMT")
T(R4, "last Sunday", "weekday", "2037-06-14", "the Sunday of the week before the anchor's (Sat 2037-06-20)")
T(R4, "22 hours", "duration", "PT22H", "duration (\"22 hours after their balloon was blown over\")")
T(R4, "on Monday", "weekday", "2037-06-15", "the latest Monday before the anchor (\"had told ... Treadgold so on Monday\")")
T(R4, "on Wednesday", "weekday", "2037-06-17", "the latest Wednesday before the anchor (\"came to Zlatěn on Wednesday\")")
T(R4, "on Thursday", "weekday", "2037-06-18", "the latest Thursday before the anchor (\"left Třesno University Hospital on Thursday\")")
T(R4, "Monday", "weekday", "2037-06-22", "future (\"will stay until Monday\"): the first Monday after the anchor; the span is the day alone",
  after="will stay until ")
T(R4, "next month", "relative", "2037-07-01/2037-07-31", "the month after the anchor's", granularity="month")
T(R4, "on Friday", "weekday", "2037-06-19", "the latest Friday before the anchor (\"the Aubrenian embassy said on Friday\")")

# R5 anchor Tue 2037-06-23; the blog's second header line says "All times CEST" (UTC+2)
T(R5, "Tuesday 23 June", "date", "2037-06-23", "weekday, day and month without a year in the blog's header: the anchor day")
for stamp in ("09:05", "09:40", "10:03", "10:11", "10:19", "10:27", "10:38", "10:50", "11:12", "11:35", "12:02", "12:20", "12:45",
              "13:10"):
    T(R5, stamp, "time", f"2037-06-23T{stamp}:00+02:00",
      "a live-blog entry stamp with no zone of its own, on a line of its own; the header says \"All times CEST\" (UTC+2); the anchor day")
T(R5, "earlier this month", "relative", "2037-06-01/2037-06-22", "from the first of the anchor's month to the day before the anchor")
T(R5, "10:00", "time", "2037-06-23T10:00:00+02:00", "clock time in CEST (the blog's header), on the anchor day (\"presents ... at 10:00\")")
T(R5, "08:00 GMT", "time", "2037-06-23T08:00:00+00:00", "the same instant as 10:00 CEST, written in GMT")
T(R5, "this year", "relative", "2037-01-01/2037-12-31", "the anchor's year (\"will not fly again this year\")", granularity="year")
T(R5, "04:41", "time", "2037-06-13T04:41:00+02:00", "clock time in CEST (Aubrenian time, the blog's zone), on \"13 June\" after it")
T(R5, "13 June", "date", "2037-06-13", "day and month without a year, past: the year that puts it nearest the anchor")
T(R5, "69 minutes", "duration", "PT69M", "duration (\"69 minutes before take-off\")")
T(R5, "07:30", "time", "2037-06-13T07:30:00+02:00", "clock time in CEST, the same day (13 June: \"was first opened at 07:30\")")
T(R5, "1 September", "date", "2037-09-01", "day and month without a year (\"from 1 September\"): the nearest, future")
T(R5, "90 days", "duration", "P90D", "duration (\"suspended for 90 days\")")
T(R5, "last week", "relative", "2037-06-15/2037-06-21", "the Monday–Sunday week before the anchor's")
T(R5, "a year", "duration", "P1Y", "duration (\"Within a year\", inside Lovibond's quote)")
T(R5, "yesterday", "relative", "2037-06-22", "the day before the anchor (\"home in Wickerslade since yesterday\")")
T(R5, "tomorrow", "relative", "2037-06-24", "the day after the anchor (inside the partial quote \"tomorrow, if Jasper pays\")")
T(R5, "07:12", "time", "2037-06-13T07:12:00+02:00",
  "clock time in CEST \"on the day of the flight\" (13 June, the 10:03 entry)")
T(R5, "08:15", "time", "2037-06-13T08:15:00+02:00", "clock time in CEST, the same day as the last call")
T(R5, "18:00", "time", "2037-06-23T18:00:00+02:00", "clock time in CEST, the anchor day (\"to be broadcast at 18:00\")")
T(R5, "in August", "date", "2037-08-01/2037-08-31", "a month without a year, future (\"the town's balloon festival in August\")",
  granularity="month")
T(R5, "last year", "relative", "2036-01-01/2036-12-31", "the year before the anchor's (\"down 40 percent on last year\")",
  granularity="year")


# ---------------------------------------------------------------- numbers
N(R1, "12 people", 12, "person", "count")
N(R1, "one-hour", 1, "hour", "duration", note="a hyphenated measure as an adjective (\"a one-hour flight\"), word number")
N(R1, "about three hours", 3, "hour", "duration", approx="about", note="word number")
N(R1, "52", 52, "year", "age", note="an age (\"Lancelyn Pennefather, 52,\")")
N(R1, "30 years", 30, "year", "duration")
N(R1, "11 passengers", 11, "passenger", "count")
N(R1, "two Aubrenian helicopters", 2, "helicopter", "count", note="word number, an adjective between number and noun")
N(R1, "between 60 and 70 rescuers", 60, "rescuer", "count", low=60, high=70, note="a range written with between ... and")
N(R1, "four dogs", 4, "dog", "count", note="word number")
N(R1, "81-year-old", 81, "year", "age", note="an age as a hyphenated noun (\"the 81-year-old\")")

N(R2, "Twenty-two hours", 22, "hour", "duration", note="sentence-initial hyphenated word number")
N(R2, "two trees", 2, "tree", "count", note="word number")
N(R2, "all 12 people", 12, "person", "count")
N(R2, "about three kilometres", 3, "kilometre", "count", approx="about", note="word number")
N(R2, "81", 81, "year", "age", note="an age (\"who turned 81\")")
N(R2, "two ribs", 2, "rib", "count", note="word number")
N(R2, "the other ten", 10, "person", "count", note="word number, the noun elided (the people on board)")
N(R2, "two bottles", 2, "bottle", "count", note="word number")
N(R2, "€12,000", 12000, "eur", "money")
N(R2, "three balloons", 3, "balloon", "count", note="word number")
N(R2, "70 minutes", 70, "minute", "duration")
N(R2, "about 150 Karsovian rescuers", 150, "rescuer", "count", approx="about", note="an adjective between number and noun")
N(R2, "roughly 30 per cent", 30, "percent", "percent", approx="about", note="\"per cent\" in two words; \"roughly\" read as about")

N(R3, "two cracked ribs", 2, "rib", "count", note="word number, an adjective between number and noun")
N(R3, "11 new best friends", 11, "friend", "count", note="adjectives between number and noun")
N(R3, "nine grandchildren", 9, "grandchild", "count", note="word number, irregular plural")
N(R3, "24", 24, "year", "age", note="an age (\"Jasper Cattermole, 24,\")")
N(R3, "€390", 390, "eur", "money")
N(R3, "58", 58, "year", "age", note="an age (\"Bohumil Hrubes, 58,\")")
N(R3, "12 sausages", 12, "sausage", "count")
N(R3, "up to 16 passengers", 16, "passenger", "count", approx="up_to")
N(R3, "some 25 kilometres", 25, "kilometre", "count", approx="about", note="\"some\" read as about")
N(R3, "52", 52, "year", "age", note="an age (\"Pilot Pennefather, 52,\")")
N(R3, "70", 70, "year", "age", note="an age (\"Ernest Dimmock, 70,\")")
N(R3, "33", 33, "year", "age", note="an age (\"Verity Hobday, 33,\")")
N(R3, "63", 63, "year", "age", note="an age (\"Hector Mabberley, 63,\")")
N(R3, "29", 29, "year", "age", note="an age (\"His daughter Clemency, 29,\")")

N(R4, "seven", 7, "year", "age", note="an age in words (\"Brok, who is seven\"), a dog's")
N(R4, "the 12 Aubrenians", 12, "aubrenian", "count", note="a demonym as the counted noun")
N(R4, "22 hours", 22, "hour", "duration")
N(R4, "Two of them", 2, "aubrenian", "count", note="sentence-initial word number, \"of them\" = the 12 Aubrenians")
N(R4, "81-year-old", 81, "year", "age", note="an age as a hyphenated adjective (\"an 81-year-old woman\")")
N(R4, "twelve cold Aubrenians", 12, "aubrenian", "count", note="word number inside a quote, an adjective between")
N(R4, "about €180,000", 180000, "eur", "money", approx="about")
N(R4, "94 volunteers", 94, "volunteer", "count")
N(R4, "four or five times", 4, "time", "count", low=4, high=5, note="a range written with or, word numbers, inside a quote")
N(R4, "two investigators", 2, "investigator", "count", note="word number")
N(R4, "81", 81, "year", "age", note="an age (\"Winifred Cattermole, 81,\")", after="Winifred Cattermole, ")
N(R4, "more than 200 times", 200, "time", "count", approx="more_than", note="inside a quote")

N(R5, "all 11 passengers", 11, "passenger", "count")
N(R5, "69 minutes", 69, "minute", "duration")
N(R5, "90 days", 90, "day", "duration")
N(R5, "about €410,000", 410000, "eur", "money", approx="about")
N(R5, "40 percent", 40, "percent", "percent")

ABOUT = ("Gold for the read stage on the invented held-out reports of demo/read-heldout12/reports.jsonl, "
         "written and committed before any reader ran on them. `file` is the report's `id`; `start`/`end` "
         "are BYTE offsets into the UTF-8 encoding of the report's `text` field; text[start:end] begins "
         "with `span`. Same format as demo/read-heldout11/gold.json. Generated by build_gold.py. See README.md here.")


G.write(ABOUT, DISTINCT, detailed=True)
