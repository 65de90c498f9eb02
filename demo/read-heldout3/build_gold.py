#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and the annotations below.

Run from anywhere: `python3 demo/read-heldout3/build_gold.py`. Offsets are computed here from the spans
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

R1, R2, R3, R4 = IDS


# ---------------------------------------------------------------- quotes
D, I = "direct", "indirect"
# R1: Peregrine Wire Service, 2027-10-12 (straight quotes; dateline ULMSTED)
Q(R1, I, "Galvoria closed the Corlan Bridge over the river Aumer to all traffic on Monday after inspectors found a crack in one of its concrete piers, cutting the busiest road link between Galvoria and Mirelia",
  "Galvorian Highways Authority", "name after: the Galvorian Highways Authority (GHA) said on Tuesday", "said",
  note="a long clause first, the attribution after it")
Q(R1, I, "The crack, about 40 centimetres long, was spotted during a routine inspection at 6.15 a.m., and the bridge was shut at 09:00 UTC+2 (07:00 GMT)",
  "Joost Lanz", "name after: GHA chief engineer Joost Lanz told reporters", "told",
  note="reported speech without 'that'; the attribution follows the clause")
Q(R1, D, "We do not close a bridge that carries nine thousand vehicles a day lightly,", "Joost Lanz",
  "name after: Lanz said", "said")
Q(R1, D, "But I would rather explain a detour than a collapse. The river is not going anywhere, and neither are we.",
  "Joost Lanz", "continuation: follows Lanz's quote, no new attribution", None, note="multi-sentence")
Q(R1, I, "the bridge would stay closed \"for at least three weeks\" while engineers drilled samples from the pier",
  "Agnes Sandqvist", "name before: Transport Minister Agnes Sandqvist, who drove to Ulmsted ..., said that", "said")
Q(R1, D, "for at least three weeks", "Agnes Sandqvist", "name before: Agnes Sandqvist ... said that", "said", partial=True)
Q(R1, I, "a full assessment would be published by Friday", "Agnes Sandqvist",
  "title: The minister stated → Agnes Sandqvist (the minister of the sentence before)", "stated")
Q(R1, I, "Drivers are being sent on a 140-kilometre detour through the Harlen crossing, which adds two to three hours to a journey",
  "Galvorian Highways Authority", "acronym after the clause: according to the GHA", "according to")
Q(R1, I, "Tabrek had learned of the closure \"from the radio, like everyone else\"", "Ondřej Halaš",
  "name before: Mirelia's infrastructure minister, Ondřej Halaš, wrote in a post on Telegram that", "wrote",
  channel="post on Telegram")
Q(R1, D, "from the radio, like everyone else", "Ondřej Halaš", "name before: Ondřej Halaš wrote", "wrote",
  channel="post on Telegram", partial=True)
Q(R1, I, "he would call Sandqvist on Wednesday", "Ondřej Halaš",
  "pronoun He → Ondřej Halaš (subject of the sentence before; Joost Lanz, also a man, named earlier)", "said")
Q(R1, D, "Nobody told us anything. We just saw the police cars,", None,
  "unresolved: 'One lorry driver, who did not want to be named' ... he said", "said", note="multi-sentence")
Q(R1, I, "the last full inspection, in April 2025, had found no defects", "Joost Lanz",
  "name before: Lanz said", "said", note="reported speech without 'that'")
Q(R1, I, "The bridge, opened in 1968, was due for renovation in 2029", "Joost Lanz",
  "pronoun he → Joost Lanz (subject of the sentence before; the unnamed driver, also a man, is in the paragraph before)",
  "added", note="clause first, '..., he added' after")

# R2: The Ulmsted Lamp, 2027-10-13 (curly quotes; apostrophes are curly too)
Q(R2, D, "My son Jannik came back with the van and said, ‘Mum, they’ve shut the bridge, nobody’s coming,’ and I told him not to be silly,",
  "Wilma Aldeman", "pronoun she → Wilma Aldeman (subject of the paragraph before)", "said",
  note="holds a quote inside the quote; the apostrophes of they’ve and nobody’s are the same character as the closing single mark")
Q(R2, D, "Mum, they’ve shut the bridge, nobody’s coming,", "Jannik Aldeman",
  "'My son Jannik' → Jannik Aldeman ('Her son, Jannik Aldeman' two sentences later)", "said",
  note="quote inside a quote (single curly marks)")
Q(R2, D, "By lunchtime I had sold 40 loaves.", "Wilma Aldeman", "continuation: follows Wilma Aldeman's quote", None)
Q(R2, I, "the council would ask Sternholt for emergency help for shops that had lost “40 percent of their trade in a day and a half”",
  "Henrike Kettering", "name before: Mayor Henrike Kettering said that", "said")
Q(R2, D, "40 percent of their trade in a day and a half", "Henrike Kettering", "name before: Mayor Henrike Kettering said that",
  "said", partial=True)
Q(R2, I, "his members were losing about €60,000 a day", "Bruno Kettering",
  "name before: Bruno Kettering, who chairs ..., said", "said", note="reported speech without 'that'")
Q(R2, D, "Every lorry that goes round by Harlen burns another 90 litres of diesel,", "Bruno Kettering",
  "pronoun he → Bruno Kettering (the mayor, Henrike Kettering, is a woman with the same surname)", "said")
Q(R2, I, "the closure was “a wound in the middle of the town” and that she had asked the GHA to let people cross on foot by Saturday",
  "Henrike Kettering", "title: The mayor → Henrike Kettering (not Bruno Kettering, 'no relation of the mayor')",
  "wrote", channel="post on Facebook")
Q(R2, D, "a wound in the middle of the town", "Henrike Kettering", "title: The mayor wrote", "wrote",
  channel="post on Facebook", partial=True)
Q(R2, I, "walkers and cyclists might be allowed back once the pier had been sampled, but not before Monday", "Britta Soll",
  "name before: A GHA spokeswoman, Britta Soll, said", "said")
Q(R2, I, "Each of the 24 samples takes half an hour to drill", "Britta Soll",
  "pronoun she → Britta Soll (subject of the sentence before; Wilma Aldeman and Henrike Kettering, also women, named earlier)",
  "said", note="clause first, '..., she said' after")
Q(R2, I, "Two drivers who tried to lift the barrier on the Galvorian side late on Monday night were fined 500 euros each and had their lorries towed away",
  "Ulmsted police", "group after a long clause: Ulmsted police said", "said")
Q(R2, I, "Pupils from Dvorany at Ulmsted’s secondary school now go round by Harlen on a free bus, a trip of 70 minutes each way",
  "Ulmsted secondary school", "group after the clause: the school said", "said")
Q(R2, D, "We were here before the bridge and we will be here after it,", "Wilma Aldeman",
  "pronoun she → Wilma Aldeman (named in the sentence before; three other women named earlier)", "said")
Q(R2, D, "I would just like someone to tell me when.", "Wilma Aldeman", "continuation: follows Wilma Aldeman's quote", None)

# R3: The Tabrek Compass, 2027-10-15 (straight quotes; dateline TABREK)
Q(R3, I, "Galvoria pay for a temporary ferry across the Aumer", "Mirelia",
  "country as speaker: Mirelia demanded on Thursday that", "demanded",
  note="the clause ends before ', three days after ...', the writer's words")
Q(R3, I, "it would take the dispute to the Aumer River Commission (ARC) if Sternholt refused", "Mirelia",
  "country as speaker: (Mirelia) ... warned that", "warned")
Q(R3, D, "Tabrek will not wait for a report to tell us what we already know,", "Ondřej Halaš",
  "name after: Infrastructure Minister Ondrej Halas said (no diacritics in this paper)", "said", channel="press conference")
Q(R3, D, "Our people are cut off from their jobs, their doctors and their families.", "Ondřej Halaš",
  "continuation: follows Halas's quote", None, channel="press conference")
Q(R3, I, "about 3,000 people from Dvořany and nearby villages crossed the bridge to work in Ulmsted every day", "Ondřej Halaš",
  "name before: Halas said that", "said")
Q(R3, I, "the only other crossing, at Harlen, meant \"a two-hour drive for a twenty-minute trip\"", "Ondřej Halaš",
  "pronoun He → Ondřej Halaš: He noted that", "noted")
Q(R3, D, "a two-hour drive for a twenty-minute trip", "Ondřej Halaš", "pronoun He noted that", "noted", partial=True)
Q(R3, I, "a ferry could carry 400 passengers an hour and be running within ten days of an agreement",
  "Mirelian Ministry of Infrastructure", "According to the Ministry of Infrastructure", "according to")
Q(R3, I, "her government was \"looking at every option, including a ferry\"", "Agnes Sandqvist",
  "name before: Galvoria's transport minister, Agnes Sandqvist, said on Wednesday that", "said")
Q(R3, D, "looking at every option, including a ferry", "Agnes Sandqvist", "name before: Agnes Sandqvist said that", "said",
  partial=True)
Q(R3, D, "Every option is a fine phrase when you live on the other bank,", "Zdeňka Poláková",
  "pronoun she → Zdeňka Poláková (subject of the sentence before; Agnes Sandqvist, also a woman, named just before her)", "said")
Q(R3, D, "We have old people here who have not seen their children since Monday.", "Zdeňka Poláková",
  "continuation: follows Poláková's quote", None)
Q(R3, I, "The town's only pharmacy ran out of insulin on Wednesday because its deliveries come from a wholesaler in Galvoria",
  "Zdeňka Poláková", "surname after the clause: Poláková said", "said")
Q(R3, I, "between 250 and 300 Mirelian lorries a day are now queuing at Harlen, where waits of up to six hours were reported yesterday",
  "Mirelian Road Hauliers' Union", "According to the Mirelian Road Hauliers' Union (MRHU)", "according to")
Q(R3, I, "its members would block the Harlen crossing for two hours on Monday if no ferry was agreed",
  "Mirelian Road Hauliers' Union", "title: The union said → the MRHU of the sentence before", "said",
  note="reported speech without 'that'")
Q(R3, I, "a ferry was \"possible but not cheap\"", None,
  "unresolved: 'A Galvorian official, speaking on condition of anonymity, told the Compass that'", "told")
Q(R3, D, "possible but not cheap", None, "unresolved: the anonymous Galvorian official", "told", partial=True)

# R4: The Sternholt Almanac, 2027-10-19 (curly quotes; dateline STERNHOLT)
Q(R4, I, "The Corlan Bridge will stay shut to all traffic until the end of the month and reopen to cars and buses on November 1",
  "Agnes Sandqvist", "name after: Transport Minister Agnes Sandqvist announced yesterday", "announced",
  note="a long clause first, the attribution after it")
Q(R4, I, "Lorries will not be allowed back before March", "Agnes Sandqvist",
  "pronoun she → Agnes Sandqvist (subject of the sentence before)", "said")
Q(R4, I, "the repair will cost €4.8 million and take up to ten weeks", "Verholt Engineering assessment",
  "document: According to the assessment (by Verholt Engineering, the sentence before)", "according to")
Q(R4, D, "The bridge is not falling down. It is tired, and tired things can be mended,", "Matthis Rieke",
  "name after: Dr Matthis Rieke, who led the assessment, told the Almanac", "told",
  channel="interview with the Almanac", note="multi-sentence")
Q(R4, D, None, "Agnes Sandqvist", "pronoun in the middle: she said on Monday → Agnes Sandqvist (subject of the sentence before)",
  "said", parts=["We will not gamble with people’s lives", "and we will not leave a town cut off one day longer than we must."],
  note="split quote; the first part ends with a comma")
Q(R4, I, "it will be running by Friday", "Ondřej Halaš",
  "According to Ondřej Halaš, Mirelia’s infrastructure minister", "according to")
Q(R4, I, "it was “no substitute for a bridge”", "Mirelia",
  "capital for its government: Tabrek welcomed the ferry but said", "said")
Q(R4, D, "no substitute for a bridge", "Mirelia", "capital for its government: Tabrek ... said", "said", partial=True)
Q(R4, I, "its members had lost more than €1 million since the closure", "Aumer Valley Hauliers’ Association",
  "name before: The Aumer Valley Hauliers’ Association said", "said")
Q(R4, D, "Eight days is a long time in our business,", "Bruno Kettering",
  "name after: said Bruno Kettering, the AVHA chairman", "said")
Q(R4, D, "Five months is a lifetime.", "Bruno Kettering", "continuation: follows Bruno Kettering's quote", None)
Q(R4, I, "The repair money will come from an emergency fund and not from the GHA’s own budget, which was cut by 12 percent earlier this month",
  "Galvorian Ministry of Transport", "group after a long clause: the ministry said (Sandqvist's ministry)", "said")
Q(R4, I, "60 workers would be on the site by Wednesday", "Joost Lanz",
  "name before: Joost Lanz, the GHA’s chief engineer, said that", "said")


# ---------------------------------------------------------------- entities
E("Galvoria", "country", ["Galvoria",
                          ("Sternholt", None, ["ask Sternholt for", "if Sternholt refused", "Sternholt has also agreed"])],
  metonyms=[{"alias": "Sternholt", "metonym_of": "Galvoria (its government)"}], adjectival=["Galvorian"],
  note="\"Sternholt\" is asked for help, may refuse, agrees to pay: the government; \"from Sternholt\" (R1), "
       "\"met in Sternholt\" (R3) and the dateline STERNHOLT (R4) are the city")
E("Sternholt", "city", ["STERNHOLT", ("Sternholt", None, ["from Sternholt on Monday", "met in Sternholt"])],
  note="Galvoria's capital; the dateline of R4, whose body also uses \"Sternholt\" for the government")
E("Mirelia", "country", ["Mirelia",
                         ("Tabrek", None, ["that Tabrek had learned", "Tabrek will not wait", "Tabrek welcomed"])],
  metonyms=[{"alias": "Tabrek", "metonym_of": "Mirelia (its government)"}], adjectival=["Mirelian"],
  note="\"Tabrek\" learns, will not wait, welcomes: the government; the dateline TABREK (R3) is the city")
E("Tabrek", "city", ["TABREK"], note="Mirelia's capital; only the dateline of R3 is the city, the same report's "
                                      "\"Tabrek will not wait\" is the government")
E("Ulmsted", "town", ["Ulmsted", "ULMSTED"], note="the Galvorian town at the bridge")
E("Dvořany", "town", ["Dvořany", "Dvorany"], note="the Mirelian town across the river; no diacritics in the Ulmsted Lamp")
E("Harlen", "place", ["Harlen"], note="the other crossing of the Aumer")
E("Aumer", "river", ["Aumer"], note="the border river; \"the river\" is not annotated")
E("Corlan Bridge", "infrastructure", ["Corlan Bridge"], note="\"the bridge\" is not annotated")
E("Bridge Street", "street", ["Bridge Street"])
E("Galvorian Highways Authority", "organisation", ["Galvorian Highways Authority", "GHA"])
E("Aumer Valley Hauliers’ Association", "organisation", ["Aumer Valley Hauliers’ Association", "AVHA"])
E("Mirelian Road Hauliers' Union", "organisation", ["Mirelian Road Hauliers' Union", "MRHU", ("The union", [R3])])
E("Aumer River Commission", "organisation", ["Aumer River Commission", "ARC"])
E("Verholt Engineering", "company", ["Verholt Engineering"])
E("Verholt Engineering assessment", "document", [("assessment", [R1, R4])],
  note="\"a full assessment would be published by Friday\" (R1) is the same document as R4's")
E("Mirelian Ministry of Infrastructure", "organisation", [("Ministry of Infrastructure", [R3])])
E("Galvorian Ministry of Transport", "organisation", [("the ministry", [R4])], note="Sandqvist's ministry")
E("Ulmsted police", "organisation", ["Ulmsted police"])
E("Ulmsted secondary school", "organisation", [("secondary school", [R2]), ("the school", [R2])])
E("Ulmsted town council", "organisation", [("the council", [R2])])
E("Joost Lanz", "person", ["Joost Lanz", "Lanz"], note="GHA chief engineer")
E("Agnes Sandqvist", "person", ["Agnes Sandqvist", "Transport Minister Agnes Sandqvist", "Sandqvist", ("The minister", [R1])],
  note="Galvoria's transport minister")
E("Ondřej Halaš", "person", ["Ondřej Halaš", "Ondrej Halas", "Infrastructure Minister Ondrej Halas", "Halas"],
  note="Mirelia's infrastructure minister; spelt without diacritics in the Tabrek Compass")
E("Henrike Kettering", "person", ["Henrike Kettering", "Mayor Henrike Kettering", ("The mayor", [R2]),
                                  ("the mayor", [R2])],
  note="mayor of Ulmsted; shares a surname with Bruno Kettering (no relation)")
E("Bruno Kettering", "person", ["Bruno Kettering"], note="chairman of the AVHA; not the mayor")
E("Wilma Aldeman", "person", ["Wilma Aldeman"], note="baker on Bridge Street")
E("Jannik Aldeman", "person", ["Jannik Aldeman", ("My son Jannik", [R2]), ("Her son", [R2])],
  note="Wilma Aldeman's son")
E("Britta Soll", "person", ["Britta Soll"], note="GHA spokeswoman")
E("Zdeňka Poláková", "person", ["Zdeňka Poláková", "Poláková"], note="mayor of Dvořany")
E("Matthis Rieke", "person", ["Matthis Rieke", "Dr Matthis Rieke"], note="Verholt Engineering; led the assessment")
E("Peregrine Wire Service", "news agency", ["PWS"])
E("The Tabrek Compass", "media outlet", [("Compass", [R3])])
E("The Sternholt Almanac", "media outlet", [("Almanac", [R4])])
E("Telegram", "platform", ["Telegram"])
E("Facebook", "platform", ["Facebook"])

DISTINCT = [
    ("Henrike Kettering", "Bruno Kettering", "two people who share a surname (\"no relation\"): the mayor and the hauliers' chairman"),
    ("Wilma Aldeman", "Jannik Aldeman", "mother and son: two people with one surname"),
    ("Agnes Sandqvist", "Zdeňka Poláková", "two women officials in one paragraph of the Tabrek Compass"),
    ("Agnes Sandqvist", "Henrike Kettering", "two women officials of Galvoria"),
    ("Ondřej Halaš", "Joost Lanz", "two men quoted in the first report"),
    ("Galvoria", "Sternholt", "the government (metonym) vs the capital city (dateline of R4)"),
    ("Mirelia", "Tabrek", "the government (metonym) vs the capital city (dateline of R3)"),
    ("Verholt Engineering", "Verholt Engineering assessment", "the firm vs its report"),
    ("Galvorian Highways Authority", "Galvorian Ministry of Transport", "the agency vs its ministry"),
    ("Galvorian Ministry of Transport", "Mirelian Ministry of Infrastructure", "two countries' ministries"),
    ("Aumer Valley Hauliers’ Association", "Mirelian Road Hauliers' Union", "two hauliers' bodies, one each side of the river"),
    ("Ulmsted", "Ulmsted police", "the town vs its police"),
]


# ---------------------------------------------------------------- times
T(R1, "October 12", "date", "2027-10-12", "dateline; month and day, year of the publication date")
T(R1, "on Monday", "weekday", "2027-10-11", "the latest Monday on or before Tue 2027-10-12")
T(R1, "on Tuesday", "weekday", "2027-10-12", "the anchor day (Tue 2027-10-12)")
T(R1, "6.15 a.m.", "time", "unresolved", "clock time (dot separator) with no zone given")
T(R1, "09:00 UTC+2", "time", "2027-10-11T09:00:00+02:00", "clock time with zone; the day is the closure's (\"on Monday\", sentence before)")
T(R1, "07:00 GMT", "time", "2027-10-11T07:00:00+00:00", "the same instant as 09:00 UTC+2, written in GMT")
T(R1, "on Monday afternoon", "weekday", "2027-10-11", "the latest Monday on or before the anchor")
T(R1, "three weeks", "duration", "P3W", "duration (inside a partial quote, \"for at least three weeks\")")
T(R1, "by Friday", "weekday", "2027-10-15", "future (\"would be published by\"): the first Friday after the anchor")
T(R1, "on Wednesday", "weekday", "2027-10-13", "future (\"he would call ... on\"): the first Wednesday after the anchor")
T(R1, "in April 2025", "date", "2025-04-01/2025-04-30", "a month and year", granularity="month")
T(R1, "in 1968", "date", "1968-01-01/1968-12-31", "a year", granularity="year")
T(R1, "in 2029", "date", "2029-01-01/2029-12-31", "a year", granularity="year")

T(R2, "31 years", "duration", "P31Y", "duration (\"for 31 years\")")
T(R2, "on Monday", "weekday", "2027-10-11", "the latest Monday on or before Wed 2027-10-13")
T(R2, "yesterday", "relative", "2027-10-12", "the day before the anchor (\"she said yesterday\")")
T(R2, "a day and a half", "duration", "P1DT12H", "duration (inside a partial quote)")
T(R2, "by Saturday", "weekday", "2027-10-16", "future (a request: \"asked the GHA to let people cross on foot by\"): the first Saturday after the anchor")
T(R2, "before Monday", "weekday", "2027-10-18", "future (\"might be allowed back ..., but not before\"): the first Monday after the anchor")
T(R2, "half an hour", "duration", "PT30M", "duration")
T(R2, "late on Monday night", "weekday", "2027-10-11", "the latest Monday on or before the anchor")
T(R2, "70 minutes", "duration", "PT70M", "duration (\"a trip of 70 minutes\")")

T(R3, "on Thursday", "weekday", "2027-10-14", "the latest Thursday on or before Fri 2027-10-15")
T(R3, "three days", "duration", "P3D", "duration (\"three days after the Corlan Bridge was closed\")")
T(R3, "two-hour", "duration", "PT2H", "duration, hyphenated adjective (inside a partial quote)")
T(R3, "twenty-minute", "duration", "PT20M", "duration, hyphenated word-number adjective (inside a partial quote)")
T(R3, "ten days", "duration", "P10D", "duration (\"within ten days of an agreement\")")
T(R3, "earlier this month", "relative", "2027-10-01/2027-10-14", "from the first of the anchor's month to the day before the anchor",
  granularity="month")
T(R3, "on Wednesday", "weekday", "2027-10-13", "the latest Wednesday on or before the anchor (Sandqvist)")
T(R3, "since Monday", "weekday", "2027-10-11", "the latest Monday on or before the anchor (inside a quote)")
T(R3, "on Wednesday", "weekday", "2027-10-13", "the latest Wednesday on or before the anchor (the pharmacy)",
  after="ran out of insulin")
T(R3, "six hours", "duration", "PT6H", "duration (\"up to six hours\")")
T(R3, "yesterday", "relative", "2027-10-14", "the day before the anchor")
T(R3, "two hours", "duration", "PT2H", "duration (\"for two hours\")")
T(R3, "on Monday", "weekday", "2027-10-18", "future (\"would block ... on Monday\"): the first Monday after the anchor",
  after="two hours")
T(R3, "in 1994", "date", "1994-01-01/1994-12-31", "a year", granularity="year")
T(R3, "November 3", "date", "2027-11-03", "month and day without a year: the year that puts it nearest the anchor (\"meets next\")")

T(R4, "until the end of the month", "relative", "2027-10-31", "the last day of the anchor's month")
T(R4, "November 1", "date", "2027-11-01", "month and day without a year: the year that puts it nearest the anchor")
T(R4, "yesterday", "relative", "2027-10-18", "the day before Tue 2027-10-19")
T(R4, "before March", "date", "2028-03-01/2028-03-31", "a month with no year, future (\"will not be allowed back\"): the first March after the anchor",
  granularity="month")
T(R4, "on Friday", "weekday", "2027-10-15", "past (\"published on Friday\"): the latest Friday on or before the anchor")
T(R4, "ten weeks", "duration", "P10W", "duration (\"up to ten weeks\")")
T(R4, "last week", "relative", "2027-10-11/2027-10-17", "the Monday–Sunday week before the anchor's")
T(R4, "on Monday", "weekday", "2027-10-18", "the latest Monday on or before the anchor (\"she said on Monday\")")
T(R4, "the day after the closure", "event-anchored", "2027-10-12",
  "the bridge was closed on Mon 2027-10-11 (R1, R2, R3: \"three days after\" Thursday); this report does not date the closure")
T(R4, "by Friday", "weekday", "2027-10-22", "future (\"it will be running by\"): the first Friday after the anchor")
T(R4, "Eight days", "duration", "P8D", "duration, sentence-initial word number (inside a quote)")
T(R4, "Five months", "duration", "P5M", "duration, sentence-initial word number (inside a continuation quote)")
T(R4, "earlier this month", "relative", "2027-10-01/2027-10-18", "from the first of the anchor's month to the day before the anchor",
  granularity="month")
T(R4, "by Wednesday", "weekday", "2027-10-20", "future (\"would be on the site by\"): the first Wednesday after the anchor")


# ---------------------------------------------------------------- numbers
N(R1, "about 40 centimetres", 40, "centimetre", "count", approx="about", note="a measure")
N(R1, "Nearly 9,000 vehicles", 9000, "vehicle", "count", approx="about", note="\"nearly\" read as about")
N(R1, "some 2,500 lorries", 2500, "lorry", "count", approx="about", note="\"some\" read as about")
N(R1, "nine thousand vehicles", 9000, "vehicle", "count", note="word number inside a quote")
N(R1, "at least three weeks", 3, "week", "duration", approx="at_least", note="inside a partial quote")
N(R1, "140-kilometre", 140, "kilometre", "count", note="a hyphenated measure before its noun (\"detour\")")
N(R1, "two to three hours", 2, "hour", "duration", low=2, high=3, note="a range written with to")

N(R2, "31 years", 31, "year", "duration")
N(R2, "40 loaves", 40, "loaf", "count", note="irregular plural, inside a continuation quote")
N(R2, "40 percent", 40, "percent", "percent", note="inside a partial quote")
N(R2, "about €60,000", 60000, "eur", "money", approx="about")
N(R2, "90 litres", 90, "litre", "count", note="inside a quote")
N(R2, "24 samples", 24, "sample", "count")
N(R2, "Two drivers", 2, "driver", "count", note="sentence-initial word number")
N(R2, "500 euros", 500, "eur", "money", note="currency written as a word after the number")
N(R2, "70 minutes", 70, "minute", "duration")

N(R3, "three days", 3, "day", "duration")
N(R3, "about 3,000 people", 3000, "person", "count", approx="about")
N(R3, "two-hour", 2, "hour", "duration", note="hyphenated, inside a partial quote")
N(R3, "twenty-minute", 20, "minute", "duration", note="hyphenated word number, inside a partial quote")
N(R3, "400 passengers", 400, "passenger", "count")
N(R3, "ten days", 10, "day", "duration")
N(R3, "between 250 and 300 Mirelian lorries", 250, "lorry", "count", low=250, high=300,
  note="a range with a demonym between the number and the noun")
N(R3, "up to six hours", 6, "hour", "duration", approx="up_to")
N(R3, "two hours", 2, "hour", "duration")

N(R4, "46 centimetres", 46, "centimetre", "count", note="a measure")
N(R4, "€4.8 million", 4800000, "eur", "money")
N(R4, "up to ten weeks", 10, "week", "duration", approx="up_to")
N(R4, "more than €1 million", 1000000, "eur", "money", approx="more_than")
N(R4, "Eight days", 8, "day", "duration", note="sentence-initial word number, inside a quote")
N(R4, "Five months", 5, "month", "duration", note="sentence-initial word number, inside a continuation quote")
N(R4, "12 percent", 12, "percent", "percent")
N(R4, "60 workers", 60, "worker", "count")

ABOUT = ("Gold for the read stage on the invented held-out reports of demo/read-heldout3/reports.jsonl, "
         "written and committed before any reader ran on them. `file` is the report's `id`; `start`/`end` "
         "are BYTE offsets into the UTF-8 encoding of the report's `text` field; text[start:end] begins "
         "with `span`. Same format as demo/read/gold.json. Generated by build_gold.py. See README.md here.")


G.write(ABOUT, DISTINCT)
