#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and the annotations below.

Run from anywhere: `python3 demo/read/build_gold.py`. Offsets are computed here from the spans
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

R1, R2, R3, R4, R5, R6, R7, R8 = IDS


# ---------------------------------------------------------------- quotes
D, I = "direct", "indirect"
# R1: ERNA, 2026-06-03
Q(R1, I, "Twelve Kestrian soldiers were killed in a clash with Bravonian troops at the Grelling Pass late on Tuesday",
  "Kestrian army", "name after: the Kestrian army said", "said")
Q(R1, D, "Our positions came under mortar fire at about 11 p.m. local time and the exchange lasted six hours",
  "Marek Orlan", "name after: said Colonel Marek Orlan", "said")
Q(R1, D, "We did not fire first. We never do.", "Marek Orlan",
  "continuation: follows Orlan's quote, no new attribution", None,
  note="multi-sentence continuation quote")
Q(R1, I, "the attack had been prepared for several days and that Bravonian units had moved artillery closer to the pass last week",
  "Kestrian security sources", "group: Security sources in Lunmar", "told")
Q(R1, I, "Kestrian troops had crossed the demarcation line twice on Monday and that her soldiers had \"answered a provocation\"",
  "Ilona Dask", "name before: Dask said that", "said")
Q(R1, D, "answered a provocation", "Ilona Dask", "name before: Dask said that (same sentence)", "said",
  partial=True, note="partial quote inside reported speech")
Q(R1, D, "There is no line on the map that our soldiers crossed.", "Marek Orlan",
  "pronoun he → Marek Orlan (subject of the previous sentence; Dask and a reporter come in between)", "said")
Q(R1, I, "Lunmar has recalled its ambassador from Ostek for consultations", "Kestrian Foreign Ministry",
  "name after: the Kestrian Foreign Ministry said", "said")
Q(R1, I, "the ambassador will return only when Bravonia explains \"why its guns were pointed at a valley where families live\"",
  "Kestrian Foreign Ministry", "According to: the ministry → Kestrian Foreign Ministry", "according to")
Q(R1, D, "why its guns were pointed at a valley where families live", "Kestrian Foreign Ministry",
  "According to: the ministry → Kestrian Foreign Ministry", "according to", partial=True)

# R2: Lunmar Courier, 2026-06-04 (curly quotes)
Q(R2, D, "I am not going to Velunor to shake hands for the cameras", "Anselm Vretka",
  "name after: Vretka told reporters", "told")
Q(R2, D, "I am going because the families of twelve men asked me a simple question: ‘Who will answer for this?’ They deserve an answer.",
  "Anselm Vretka", "continuation: follows Vretka's quote, no new attribution", None,
  note="multi-sentence; holds a quote inside the quote")
Q(R2, D, "Who will answer for this?", "families of the dead soldiers",
  "group: the families of twelve men (named inside Vretka's quote)", "asked",
  note="quote inside a quote (single curly marks)")
Q(R2, I, "the two delegations would meet today at the Amber Hall and could sit for up to four days",
  "Nerim Çavuşel", "name before: The Şemiran envoy, Nerim Çavuşel, ... said", "said")
Q(R2, D, None, "Nerim Çavuşel", "name in the middle: Çavuşel said", "said",
  parts=["Nobody expects miracles", "but every hour the two sides talk is an hour nobody is shooting."],
  note="split quote")
Q(R2, I, "Bravonia would “not accept lectures from Lunmar”", "Ilona Dask",
  "title: The minister → Ilona Dask (named in the sentence before)", "stated")
Q(R2, D, "not accept lectures from Lunmar", "Ilona Dask", "title: The minister → Ilona Dask", "stated",
  partial=True)
Q(R2, D, "reckless", "Bravonia", "metonym: Ostek → Bravonia", "called", partial=True)

# R3: Ostek Sentinel, 2026-06-05
Q(R3, I, "Bravonia will keep its troops on the Grelling ridge until Kestria stops what Defence Minister Ilona Dask called \"a campaign of provocations\"",
  "Bravonian Foreign Office", "name after: the Foreign Office said", "said")
Q(R3, D, "a campaign of provocations", "Ilona Dask",
  "name before: Defence Minister Ilona Dask called (inside the Foreign Office's reported speech)", "called",
  partial=True)
Q(R3, I, "Bravonia had \"no intention of giving up an inch of its soil\" and urged Semira to keep the talks \"free of pressure\"",
  "Bravonian Foreign Office", "name before: the Bravonian Foreign Office said that", "said",
  channel="statement")
Q(R3, D, "no intention of giving up an inch of its soil", "Bravonian Foreign Office",
  "name before: the Bravonian Foreign Office said that", "said", channel="statement", partial=True)
Q(R3, D, "free of pressure", "Bravonian Foreign Office", "name before: the Bravonian Foreign Office (urged)",
  "urged", channel="statement", partial=True)
Q(R3, D, "They came with a list of demands and no maps,", "Ilona Dask",
  "pronoun she → Ilona Dask", "said", channel="interview with the Sentinel",
  note="the span keeps the comma inside the marks")
Q(R3, D, "You cannot negotiate a border without maps.", "Ilona Dask",
  "continuation: follows Dask's quote", None, channel="interview with the Sentinel")
Q(R3, I, "Kestrian drones have flown over the ridge four or five times since May 28", "Ilona Dask",
  "According to: Dask", "according to")
Q(R3, I, "Envoy Cavusel had been told about every flight", "Ilona Dask",
  "pronoun she → Ilona Dask", "added")
Q(R3, I, "his delegation had brought \"every map it was asked for\"", "Anselm Vretka",
  "name before: Vretka ... told Kestrian radio that", "told", channel="Kestrian radio")
Q(R3, D, "every map it was asked for", "Anselm Vretka", "name before: Vretka", "told",
  channel="Kestrian radio", partial=True)
Q(R3, I, "the talks were \"difficult but alive\"", "Anselm Vretka",
  "title: The Kestrian minister → Anselm Vretka", "said")
Q(R3, D, "difficult but alive", "Anselm Vretka", "title: The Kestrian minister → Anselm Vretka", "said",
  partial=True)
Q(R3, I, "more than 300 people have left villages near the pass since Tuesday", "Bravonian military officials",
  "group: Bravonian military officials say", "say")
Q(R3, I, "the army had cancelled leave for all units on the border last week", "Ilona Dask",
  "name before: Dask noted that", "noted")

# R4: Velunor Post, 2026-06-08
Q(R4, D, "The guns at the Grelling Pass will fall silent. Both sides have committed to it in writing,",
  "Velunor joint statement", "document: the joint statement said", "said", channel="joint statement",
  note="multi-sentence; the span keeps the comma inside the marks")
Q(R4, I, "the text was \"short on words and long on obligations\"", "Nerim Çavuşel",
  "name before: Çavuşel said", "said")
Q(R4, D, "short on words and long on obligations", "Nerim Çavuşel", "name before: Çavuşel said", "said",
  partial=True)
Q(R4, I, "Vretka and Dask did not shake hands", "Şemiran officials",
  "group: according to Shemiran officials (after the clause)", "according to")
Q(R4, D, "We came here to stop the dying. Nothing more, and nothing less,", "Anselm Vretka",
  "name after: Vretka said", "said", note="multi-sentence")
Q(R4, I, "Bravonia would respect the ceasefire \"as long as Lunmar does\"", "Ilona Dask",
  "name before: Dask, standing beside him, said", "said")
Q(R4, D, "as long as Lunmar does", "Ilona Dask", "name before: Dask ... said", "said", partial=True)
Q(R4, I, "Kestria would pull back its artillery only when the JBC had marked the line", "Anselm Vretka",
  "pronoun he → Anselm Vretka (Dask and 'him' come in between)", "added")
Q(R4, I, "the agreement was \"a first step, not a last one\"", "Edvin Marhoul",
  "name before: Kestrian Prime Minister Edvin Marhoul wrote", "wrote", channel="post on X")
Q(R4, D, "a first step, not a last one", "Edvin Marhoul", "name before: Edvin Marhoul wrote", "wrote",
  channel="post on X", partial=True)
Q(R4, I, "observers would be deployed by Wednesday", "Şemiran security sources",
  "group: Shemiran security sources said that", "said")

# R5: Relief Monitor, 2026-06-09
Q(R5, I, "The United Relief Office (URO) has asked donors for $4.2 million to help families displaced by the fighting at the Grelling Pass",
  "Sigrid Orlan", "name after: its regional director Sigrid Orlan said", "said")
Q(R5, I, "more than 300 people were still sleeping in schools and a sports hall in Dorrin, the Bravonian town nearest the pass, with about 120 children among them",
  "Sigrid Orlan", "name before: Orlan said that", "said")
Q(R5, D, "People left with what they could carry. Some walked for six hours in the dark,", "Sigrid Orlan",
  "pronoun she → Sigrid Orlan", "told", channel="interview with Relief Monitor", note="multi-sentence")
Q(R5, D, "Now they ask one thing, and I cannot answer it yet.", "Sigrid Orlan",
  "continuation: follows Orlan's quote", None, channel="interview with Relief Monitor")
Q(R5, I, "The agency's trucks have been turned back four or five times since the fighting began", "Sigrid Orlan",
  "name after: Ms Orlan wrote", "wrote", channel="post on X")
Q(R5, D, "Tell them we are not numbers,", None,
  "unresolved: 'a woman' in the crowd, never named", "shouted")
Q(R5, I, "the appeal is 30% funded", "United Relief Office",
  "According to: the agency's own tracker (document of the agency → United Relief Office)", "according to")

# R6: Highpass Review, no date
Q(R6, I, "it would \"not be bound by papers signed in Velunor\"", "Kestrian Liberation Front",
  "name before: the KLF said", "said", channel="video")
Q(R6, D, "not be bound by papers signed in Velunor", "Kestrian Liberation Front",
  "name before: the KLF said", "said", channel="video", partial=True)
Q(R6, D, "Both capitals need this more than they admit.", "Nerim Çavuşel",
  "name before: Çavuşel put it plainly:", "put it")
Q(R6, D, "The text is a ceasefire, not a peace,", None,
  "unresolved: 'one diplomat', never named", "said")

# R7: Lunmar Courier, 2026-06-10
Q(R7, I, "Kestrian units began pulling back from the Grelling Pass at 6 a.m. local time (04:00 GMT) on Tuesday",
  "Kestrian army", "name after: the army said", "said")
Q(R7, I, "600 soldiers and 40 armoured vehicles would leave the forward positions within three days",
  "Marek Orlan", "name before: Colonel Marek Orlan, the army spokesman, said", "said")
Q(R7, D, "We are keeping our word. We expect Ostek to keep its word too,", "Marek Orlan",
  "name after: Col. Orlan said", "said", note="multi-sentence; 'Col.' must not end a sentence")
Q(R7, I, "the first families were preparing to return to Dorrin", "Sigrid Orlan",
  "name before: Sigrid Orlan of the United Relief Office ... said", "said")
Q(R7, D, None, "Sigrid Orlan", "name in the middle: Ms Orlan said", "said",
  parts=["It will take weeks, not days", "The water supply is broken and the school roof is gone."],
  note="split quote: the first part ends with a comma, so the two parts are one quote")
Q(R7, I, "The Orlans have never met", "Marek Orlan", "title: the colonel → Marek Orlan", "joked")
Q(R7, I, "Vretka would visit Velunor again on Friday to thank Şemira for hosting the talks",
  "Kestrian Foreign Ministry", "name before: The Foreign Ministry in Lunmar said that", "said")

# R8: KBS, 2026-06-10
Q(R8, I, "Kestria would ask the JBC to publish its maps", "Anselm Vretka",
  "name before: Foreign Minister Anselm Vretka said today that", "said",
  channel="interview with the Kestrian Broadcasting Service")
Q(R8, D, "If the line is drawn in the dark, it will be crossed in the dark,", "Anselm Vretka",
  "name after: Vretka told KBS", "told", channel="interview with the Kestrian Broadcasting Service")
Q(R8, D, "I said this to Minister Dask in Velunor, and I said it to Envoy Çavuşel.", "Anselm Vretka",
  "continuation: follows Vretka's quote", None, channel="interview with the Kestrian Broadcasting Service")
Q(R8, D, "Nobody pressed anyone,", "Anselm Vretka",
  "pronoun he → Anselm Vretka (Envoy Çavuşel, also a man, is named in between)", "said",
  channel="interview with the Kestrian Broadcasting Service")
Q(R8, I, "a dozen Şemiran observers had already arrived in Dorrin and twenty-one more observers were expected next week",
  "Anselm Vretka", "name before: Vretka noted that", "noted",
  channel="interview with the Kestrian Broadcasting Service")
Q(R8, I, "Dask had made no promise about maps", "Bravonian Foreign Office",
  "name before: the Foreign Office said on Tuesday night that", "said")

# ---------------------------------------------------------------- entities
E("Kestria", "country", ["Kestria", ("Lunmar", None, ["Lunmar has recalled", "lectures from Lunmar", "as long as Lunmar does"])],
  metonyms=[{"alias": "Lunmar", "metonym_of": "Kestria (its government)"}], adjectival=["Kestrian"],
  note="\"Lunmar\" is the government where it acts or speaks; elsewhere it is the city")
E("Lunmar", "city", ["Lunmar", "LUNMAR"], note="dateline, places where people are or speak")
E("Bravonia", "country", ["Bravonia", ("Ostek", None, ["a move Ostek called", "We expect Ostek to"])],
  metonyms=[{"alias": "Ostek", "metonym_of": "Bravonia (its government)"}], adjectival=["Bravonian"])
E("Ostek", "city", ["Ostek"])
E("Şemira", "country", ["Şemira", "Semira", "Shemira"], adjectival=["Şemiran", "Shemiran"],
  note="the mediating state; three spellings (with cedilla, without, transliterated with sh)")
E("Velunor", "city", ["Velunor", "VELUNOR"], note="Şemira's capital; never used for its government here")
E("Anselm Vretka", "person", ["Anselm Vretka", "Vretka", "Foreign Minister Anselm Vretka", "Foreign Minister",
                             ("Kestrian minister", [R3])],
  note="Kestria's foreign minister")
E("Ilona Dask", "person", ["Ilona Dask", "Dask", "Bravonian Defence Minister Ilona Dask",
                          "Defence Minister Ilona Dask", "Defence Minister", "Minister Dask",
                          ("The minister", [R2])],
  note="Bravonia's defence minister; bare \"The minister\" in the Lunmar Courier of June 4 follows her name")
E("Nerim Çavuşel", "person", ["Nerim Çavuşel", "Çavuşel", "Cavusel", "Envoy Cavusel", "Envoy Çavuşel",
                             "Şemiran envoy", "Şemiran mediator"],
  note="Şemira's envoy and mediator; spelt without diacritics in the Ostek Sentinel")
E("Marek Orlan", "person", ["Marek Orlan", "Colonel Marek Orlan", "Col. Orlan", ("Orlan", [R1]),
                           ("the colonel", [R7])],
  note="Kestrian army spokesman; shares a surname with Sigrid Orlan (no relation)")
E("Sigrid Orlan", "person", ["Sigrid Orlan", ("Orlan", [R5]), "Ms Orlan"],
  note="United Relief Office regional director; not Marek Orlan")
E("Edvin Marhoul", "person", ["Kestrian Prime Minister Edvin Marhoul", "Prime Minister", "Edvin Marhoul"],
  note="Kestria's prime minister")
E("Kestrian army", "organisation", ["Kestrian army", ("army", [R1, R7])])
E("Bravonian army", "organisation", [("army", [R3])], note="\"the army\" in the Ostek Sentinel, whose soldiers Dask speaks of")
E("Kestrian Foreign Ministry", "organisation", ["Kestrian Foreign Ministry", "Foreign Ministry", ("ministry", [R1])])
E("Bravonian Foreign Office", "organisation", ["Bravonian Foreign Office", "Foreign Office"])
E("Kestrian parliament", "organisation", ["Kestrian parliament"])
E("Kestrian security sources", "group", [("Security sources", [R1])])
E("Şemiran security sources", "group", ["Shemiran security sources"])
E("Şemiran officials", "group", ["Shemiran officials"])
E("Bravonian military officials", "group", ["Bravonian military officials"])
E("families of the dead soldiers", "group", ["families of twelve men"])
E("Velunor joint statement", "document", ["joint statement"])
E("Joint Border Commission", "organisation", ["Joint Border Commission", "JBC"])
E("United Relief Office", "organisation", ["United Relief Office", "URO", "The agency", "the agency"])
E("Kestrian Liberation Front", "armed group", ["Kestrian Liberation Front", "KLF"])
E("Kestrian Broadcasting Service", "media outlet", ["Kestrian Broadcasting Service", "KBS"])
E("Kestrian radio", "media outlet", ["Kestrian radio"], note="unnamed station; not assumed to be KBS")
E("Eastern Reach News Agency", "news agency", ["ERNA"])
E("The Ostek Sentinel", "media outlet", ["Sentinel"])
E("Relief Monitor", "media outlet", ["Relief Monitor"])
E("X", "platform", ["X"])
E("Grelling Pass", "place", ["Grelling Pass", "the pass"])
E("Grelling ridge", "place", ["Grelling ridge", "the ridge"], note="the ridge above the pass; a different place")
E("Amber Hall", "place", ["Amber Hall"])
E("Dorrin", "town", ["Dorrin"])

DISTINCT = [
    ("Marek Orlan", "Sigrid Orlan", "two people who share a surname (\"no relation\"): an army spokesman and an aid director"),
    ("Anselm Vretka", "Ilona Dask", "two ministers of two countries, both called \"minister\""),
    ("Kestria", "Lunmar", "the government (metonym) vs the city of datelines and places"),
    ("Bravonia", "Ostek", "the government (metonym) vs the city"),
    ("Şemira", "Velunor", "the country vs its capital, which is only a place here"),
    ("Kestrian army", "Bravonian army", "\"the army\" is Kestria's in ERNA and the Courier, Bravonia's in the Sentinel"),
    ("Kestrian security sources", "Şemiran security sources", "two groups of \"security sources\""),
    ("Kestrian Foreign Ministry", "Bravonian Foreign Office", "two foreign ministries"),
    ("Kestrian Broadcasting Service", "Kestrian radio", "the Sentinel's \"Kestrian radio\" is not named"),
    ("Grelling Pass", "Grelling ridge", "the pass and the ridge above it"),
]


# ---------------------------------------------------------------- times
T(R1, "June 3", "date", "2026-06-03", "dateline; month and day, year of the publication date")
T(R1, "late on Tuesday", "weekday", "2026-06-02", "the latest Tuesday on or before Wed 2026-06-03")
T(R1, "11 p.m. local time", "time", "unresolved", "clock time in local time with no zone or offset given")
T(R1, "six hours", "duration", "PT6H", "duration; needs no anchor")
T(R1, "last week", "relative", "2026-05-25/2026-05-31", "the Monday–Sunday week before the anchor's")
T(R1, "on Monday", "weekday", "2026-06-01", "the latest Monday on or before the anchor")
T(R1, "yesterday", "relative", "2026-06-02", "the day before the anchor")
T(R1, "four-day", "duration", "P4D", "hyphenated duration; needs no anchor")
T(R1, "in 2009", "date", "2009-01-01/2009-12-31", "a year", granularity="year")

T(R2, "this morning", "relative", "2026-06-04", "the anchor day")
T(R2, "two days", "duration", "P2D", "duration (\"two days after\" the deaths); needs no anchor")
T(R2, "today", "relative", "2026-06-04", "the anchor day")
T(R2, "four days", "duration", "P4D", "duration (\"up to four days\")")
T(R2, "on Tuesday", "weekday", "2026-06-02", "the latest Tuesday on or before Thu 2026-06-04")
T(R2, "earlier this month", "relative", "2026-06-01/2026-06-03", "from the month's first day to the day before the anchor (the convention of tests/data/seeds/read.json: \"earlier\" is before the report's day)")
T(R2, "Last month", "relative", "2026-05-01/2026-05-31", "the month before the anchor's")

T(R3, "on Thursday", "weekday", "2026-06-04", "the latest Thursday on or before Fri 2026-06-05")
T(R3, "May 28", "date", "2026-05-28", "month and day; the year that puts it nearest the anchor")
T(R3, "Tuesday", "weekday", "2026-06-02", "\"since Tuesday\": the latest Tuesday before the anchor", after="since Tuesday")
T(R3, "last week", "relative", "2026-05-25/2026-05-31", "the Monday–Sunday week before the anchor's")

T(R4, "four-day", "duration", "P4D", "hyphenated duration")
T(R4, "21:00 GMT", "time", "2026-06-07T21:00:00+00:00", "clock time with zone; day from the date in the same sentence")
T(R4, "Sunday, June 7, 2026", "date", "2026-06-07", "explicit date")
T(R4, "23:00 UTC+2", "time", "2026-06-07T23:00:00+02:00", "the same instant as 21:00 GMT, written in UTC+2")
T(R4, "00:00 UTC+3", "time", "2026-06-08T00:00:00+03:00", "the same instant as 21:00 GMT, written in UTC+3 (on Monday)")
T(R4, "on Monday", "weekday", "2026-06-08", "the anchor day (Mon 2026-06-08), the local date of 00:00 UTC+3")
T(R4, "six months", "duration", "P6M", "duration")
T(R4, "on June 15", "date", "2026-06-15", "month and day; the year that puts it nearest the anchor")
T(R4, "Wednesday", "weekday", "2026-06-10", "future (\"would be deployed by\"): the first Wednesday after the anchor",
  after="by Wednesday")

T(R5, "on Monday", "weekday", "2026-06-08", "the latest Monday on or before Tue 2026-06-09")
T(R5, "six hours", "duration", "PT6H", "duration")
T(R5, "yesterday", "relative", "2026-06-08", "the day before the anchor")

T(R6, "7 June 2026", "date", "2026-06-07", "explicit date; needs no anchor")
T(R6, "seventeen years", "duration", "P17Y", "duration")
T(R6, "on Thursday", "weekday", "unresolved", "no publication date in the report", partial_value="Thursday")
T(R6, "Yesterday", "relative", "unresolved", "no publication date in the report")
T(R6, "on June 4", "date", "unresolved", "no publication date in the report; month and day, no year",
  partial_value="--06-04")
T(R6, "Last month", "relative", "unresolved", "no publication date in the report")

T(R7, "6 a.m. local time", "time", "2026-06-09T06:00:00+02:00",
  "local time; the bracketed 04:00 GMT right after it fixes the offset (+02:00) and the instant")
T(R7, "04:00 GMT", "time", "2026-06-09T04:00:00+00:00", "clock time with zone; day from \"on Tuesday\" in the sentence")
T(R7, "on Tuesday", "weekday", "2026-06-09", "the latest Tuesday on or before Wed 2026-06-10")
T(R7, "three days", "duration", "P3D", "duration (\"within three days\")")
T(R7, "this week", "relative", "2026-06-08/2026-06-14", "the anchor's Monday–Sunday week")
T(R7, "on Friday", "weekday", "2026-06-12", "future (\"would visit ... on Friday\"): the first Friday after the anchor")

T(R8, "today", "relative", "2026-06-10", "the anchor day")
T(R8, "next week", "relative", "2026-06-15/2026-06-21", "the Monday–Sunday week after the anchor's")
T(R8, "Tuesday night", "weekday", "2026-06-09", "the latest Tuesday on or before Wed 2026-06-10")

# ---------------------------------------------------------------- numbers
N(R1, "Twelve Kestrian soldiers", 12, "soldier", "count", note="word number; an adjective between it and the noun")
N(R1, "six hours", 6, "hour", "duration")
N(R1, "two countries", 2, "country", "count")
N(R1, "four-day", 4, "day", "duration", note="hyphenated adjective (\"a four-day war\")")
N(R1, "About 40 soldiers", 40, "soldier", "count", approx="about")

N(R2, "two days", 2, "day", "duration")
N(R2, "12 soldiers", 12, "soldier", "count")
N(R2, "twelve men", 12, "man", "count")
N(R2, "two delegations", 2, "delegation", "count")
N(R2, "up to four days", 4, "day", "duration", approx="up_to")
N(R2, "two sides", 2, "side", "count")
N(R2, "30 percent", 30, "percent", "percent")

N(R3, "four or five times", 4, "time", "count", approx="exact", low=4, high=5, note="a range")
N(R3, "more than 300 people", 300, "person", "count", approx="more_than")

N(R4, "four-day", 4, "day", "duration")
N(R4, "six months", 6, "month", "duration")
N(R4, "six members", 6, "member", "count")

N(R5, "$4.2 million", 4200000, "usd", "money")
N(R5, "more than 300 people", 300, "person", "count", approx="more_than")
N(R5, "about 120 children", 120, "child", "count", approx="about")
N(R5, "six hours", 6, "hour", "duration")
N(R5, "14 tonnes", 14, "tonne", "count", note="a measure; counted as tonnes")
N(R5, "four or five times", 4, "time", "count", low=4, high=5)
N(R5, "30%", 30, "percent", "percent")

N(R6, "seventeen years", 17, "year", "duration")
N(R6, "two sides", 2, "side", "count")

N(R7, "600 soldiers", 600, "soldier", "count")
N(R7, "40 armoured vehicles", 40, "vehicle", "count")
N(R7, "three days", 3, "day", "duration")

N(R8, "a dozen Şemiran observers", 12, "observer", "count")
N(R8, "twenty-one more observers", 21, "observer", "count",
  note="\"more\" means additional here, not \"more than\": exact")
N(R8, "Some two million people", 2000000, "person", "count", approx="about")
N(R8, "three border provinces", 3, "province", "count", note="a noun adjunct (border) between the number and the noun")

ABOUT = ("Gold for the read stage on the invented reports of demo/read/reports.jsonl, written before any "
         "entity or quote reader ran on them. `file` is the report's `id`; `start`/`end` are BYTE offsets "
         "into the UTF-8 encoding of the report's `text` field; text[start:end] begins with `span`. "
         "Same format as tests/data/seeds/read.json, plus `numbers`. Generated by build_gold.py. "
         "See README.md in this folder.")


G.write(ABOUT, DISTINCT)
