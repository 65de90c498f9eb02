#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and the annotations below.

Run from anywhere: `python3 demo/read-heldout2/build_gold.py`. Offsets are computed here from the spans
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
# R1: Crossway News Agency, 2027-03-09 (straight quotes)
Q(R1, I, "More than 4,000 people were evacuated from their homes overnight after an explosion and fire at a chemical plant in the Tarsk Valley",
  "Civil Protection Directorate", "name after: Velmora's Civil Protection Directorate (CPD) said", "said")
Q(R1, I, "Twelve firefighters were treated for smoke inhalation, and two night-shift workers were still missing",
  "Doren Valt", "name after: a CPD spokesman, Doren Valt, told reporters", "told",
  note="reported speech without 'that'; the attribution follows the clause")
Q(R1, D, "We moved 4,200 people in under five hours. That is not a small thing,", "Doren Valt",
  "name after: Valt said", "said", note="multi-sentence")
Q(R1, D, "But we are not finished, and nobody should go home yet.", "Doren Valt",
  "continuation: follows Valt's quote, no new attribution", None)
Q(R1, I, "the evacuation zone, a radius of 3 kilometres around the plant, would stay in place \"for at least 48 hours\"",
  "Oriana Feld", "name before: Interior Minister Oriana Feld, who flew to Brennock at dawn, said that", "said")
Q(R1, D, "for at least 48 hours", "Oriana Feld", "name before: Oriana Feld ... said that", "said", partial=True)
Q(R1, I, "the government would pay for hotel rooms for every evacuated family", "Oriana Feld",
  "title: The minister stated → Oriana Feld (the minister of the sentence before)", "stated")
Q(R1, I, "the plant had passed a safety inspection last October", "Katya Morvane",
  "name before: The regional governor, Katya Morvane, said", "said")
Q(R1, D, "I have seen the reports myself,", "Katya Morvane",
  "pronoun she → Katya Morvane (subject of the sentence before)", "said")
Q(R1, I, "the hall held about 300 tonnes of polymer granules and solvents", "Salvane Industries",
  "According to Salvane Industries", "according to")
Q(R1, I, "it was \"cooperating fully\" with the authorities", "Salvane Industries",
  "title: The company → Salvane Industries (named in the sentence before)", "said", channel="statement")
Q(R1, D, "cooperating fully", "Salvane Industries", "title: The company said in a statement", "said",
  channel="statement", partial=True)
Q(R1, D, "It went up like a sheet of paper,", None, "unresolved: 'one firefighter, who asked not to be named'", "said")
Q(R1, D, "We could feel the heat from 200 metres.", None, "continuation of the unnamed firefighter's quote", None)
Q(R1, I, "the cause was still unknown but that sabotage was not suspected", "Police sources",
  "group: Police sources told CNA", "told", note="reported speech without a first 'that'")
Q(R1, I, "crews hoped to contain the blaze by Wednesday", "Bram Halloway",
  "name before: Fire chief Bram Halloway said", "said")
Q(R1, I, "85 firefighters from six towns were at the scene", "Bram Halloway",
  "pronoun He → Bram Halloway (subject of the sentence before)", "said")

# R2: The Brennock Bell, 2027-03-10 (curly quotes; apostrophes are curly too)
Q(R2, D, "My husband shook me and said, ‘Take the dog and go, don’t wait for me,’ and I just ran,", "Livia Orsel",
  "pronoun she → Livia Orsel (subject of the paragraph before)", "said",
  note="holds a quote inside the quote; the apostrophe of don’t is the same character as the closing single mark")
Q(R2, D, "Take the dog and go, don’t wait for me,", "Arno Orsel",
  "'My husband' → Arno Orsel ('Her husband, Arno Orsel' in the next sentence)", "said",
  note="quote inside a quote (single curly marks)")
Q(R2, I, "31 people had been treated there since Tuesday, most for coughing and sore eyes", "Selma Ravik",
  "name before: Dr Selma Ravik, who runs ..., said", "said")
Q(R2, D, None, "Selma Ravik", "pronoun in the middle: she said → Selma Ravik", "said",
  parts=["Nobody is in danger", "but we are keeping three firefighters in overnight as a precaution."],
  note="split quote; the first part ends with a comma")
Q(R2, D, "I understand the anger,", "Gideon Pask", "name after: Pask told the Bell", "told",
  channel="interview with the Bell")
Q(R2, D, "I live in this valley too. My children go to school here.", "Gideon Pask",
  "continuation: follows Pask's quote", None, channel="interview with the Bell", note="multi-sentence")
Q(R2, I, "the two missing workers were union members and that their families had “heard nothing from the company for a day and a half”",
  "Luc Morvane", "name before: Luc Morvane, chairman of the ..., said that", "said")
Q(R2, D, "heard nothing from the company for a day and a half", "Luc Morvane", "name before: Luc Morvane ... said that",
  "said", partial=True)
Q(R2, I, "the missing men, both from Brennock, were “in everyone’s thoughts”", "Katya Morvane",
  "title: The governor → Katya Morvane (the regional governor named in the sentence before; Luc Morvane is the union chairman)",
  "wrote", channel="post on Facebook")
Q(R2, D, "in everyone’s thoughts", "Katya Morvane", "title: The governor wrote", "wrote",
  channel="post on Facebook", partial=True)
Q(R2, I, "crews had poured between 1.2 and 1.5 million litres of water on the hall since Monday",
  "Tarsk Valley fire service", "group: The fire service said", "said")
Q(R2, I, "Schools in Brennock will stay closed until Friday", "Brennock town council",
  "name after: the town council said", "said")
Q(R2, D, "We lived next to that plant for 22 years,", "Livia Orsel",
  "pronoun she → Livia Orsel (named in the sentence; Selma Ravik and Katya Morvane, also women, are named earlier)", "said")
Q(R2, D, "Nobody ever told us what was inside.", "Livia Orsel", "continuation: follows Livia Orsel's quote", None)

# R3: Vossholm Post, 2027-03-11 (straight quotes)
Q(R3, I, "Kaldrenia has asked Velmora for hourly air and water readings from the Tarsk Valley after smoke from a burning chemical plant drifted across the border on Tuesday",
  "Jiří Vrbek", "name after: Environment Minister Jiří Vrbek said", "said")
Q(R3, D, "Our citizens have a right to know what they are breathing,", "Jiří Vrbek",
  "name after: Vrbek told parliament", "told", channel="speech to parliament")
Q(R3, D, "If the readings are clean, publish them. If they are not, publish them faster.", "Jiří Vrbek",
  "continuation: follows Vrbek's quote", None, channel="speech to parliament", note="multi-sentence")
Q(R3, I, "Kaldrenian monitoring stations near the border had recorded fine-particle levels about 30 percent above normal on Tuesday afternoon",
  "Jiří Vrbek", "name before: Vrbek said that", "said")
Q(R3, I, "the levels had fallen back by Wednesday morning", "Jiří Vrbek", "pronoun He → Jiří Vrbek", "noted")
Q(R3, I, "it was put out at 2 p.m. local time yesterday, after nearly 40 hours", "Velmoran officials",
  "group: Velmoran officials said", "said")
Q(R3, I, "the readings \"have never come close to a danger level\"", "Oriana Feld",
  "According to: Velmora's Interior Minister Oriana Feld", "according to")
Q(R3, D, "have never come close to a danger level", "Oriana Feld", "According to: Oriana Feld", "according to",
  partial=True)
Q(R3, I, "the hall stored no chlorine", "Gideon Pask", "name before: The plant's director, Gideon Pask, has said", "said")
Q(R3, D, "We have heard that before, from other plants and other directors,", "Jiří Vrbek",
  "pronoun he → Jiří Vrbek (subject of the sentence before; Gideon Pask, also a man, is named just before it)", "said")
Q(R3, I, "The Mellwater, which rises in the Tarsk Valley and flows into Kaldrenia, showed no contamination",
  "Kaldrenian Water Authority", "name after: the Kaldrenian Water Authority (KWA) said", "said")
Q(R3, I, "it would keep testing the river twice a day until the end of the month", "Kaldrenian Water Authority",
  "acronym: The KWA said", "said")
Q(R3, I, "he would raise it with Feld when they meet on Monday", "Jiří Vrbek",
  "title: The Kaldrenian minister → Jiří Vrbek", "said")

# R4: The Corvath Register, 2027-03-16 (curly quotes)
Q(R4, D, "This is not charity. It is what the state owes people who did nothing wrong,", "Oriana Feld",
  "name after: Feld said", "said", channel="press conference", note="multi-sentence")
Q(R4, D, None, "Oriana Feld", "pronoun in the middle: she said → Oriana Feld (the paragraph before)", "said",
  channel="press conference",
  parts=["The inquiry will be independent", "and it will publish everything it finds, including what it finds about us."],
  note="split quote; the first part ends with a comma")
Q(R4, I, "air and water readings across the valley have been normal since March 11", "Velmoran-Kaldrenian joint statement",
  "document: According to a joint statement issued by the environment ministries", "according to",
  channel="joint statement")
Q(R4, I, "he was “satisfied for now”", "Jiří Vrbek",
  "name before: Kaldrenia's environment minister, Jiri Vrbek, said on Friday that", "said")
Q(R4, D, "satisfied for now", "Jiří Vrbek", "name before: Jiri Vrbek said", "said", partial=True)
Q(R4, I, "the plant would not reopen until the inquiry reported", "Gideon Pask",
  "name before: Plant director Gideon Pask said", "said")
Q(R4, I, "which Mr Pask said could take “four to six months”", "Gideon Pask",
  "name inside the clause: which Mr Pask said could take", "said",
  note="the attribution sits inside the relative clause it reports")
Q(R4, D, "four to six months", "Gideon Pask", "name before: Mr Pask said", "said", partial=True)
Q(R4, I, "30 percent of the plant’s 540 workers had been sent home without pay", "Velmoran Chemical Workers’ Federation",
  "name before: The Velmoran Chemical Workers’ Federation (VCWF) said that", "said")
Q(R4, D, "A fund is a start. Jobs are the rest of it,", "Luc Morvane",
  "name after: said Luc Morvane, the VCWF chairman", "said", note="multi-sentence")
Q(R4, I, "the union would ask for a seat on the inquiry as well", "Luc Morvane",
  "pronoun He → Luc Morvane", "said")
Q(R4, I, "he had “never been so glad to see a fireman”", "Stoyan Velk",
  "name before: Stoyan Velk, 58, told the Register", "told", channel="interview with the Register")
Q(R4, D, "never been so glad to see a fireman", "Stoyan Velk", "name before: Stoyan Velk told", "told",
  channel="interview with the Register", partial=True)


# ---------------------------------------------------------------- entities
E("Velmora", "country", ["Velmora", ("Corvath", None, ["Corvath has so far", "between Corvath and Vossholm"])],
  metonyms=[{"alias": "Corvath", "metonym_of": "Velmora (its government)"}], adjectival=["Velmoran"],
  note="\"Corvath\" offers summaries and has relations: the government; the dateline CORVATH is the city")
E("Corvath", "city", ["CORVATH"], note="Velmora's capital; only the dateline is the city")
E("Kaldrenia", "country", ["Kaldrenia", ("Vossholm", None, ["Vossholm wants", "Corvath and Vossholm"])],
  metonyms=[{"alias": "Vossholm", "metonym_of": "Kaldrenia (its government)"}], adjectival=["Kaldrenian"])
E("Vossholm", "city", ["VOSSHOLM"], note="Kaldrenia's capital; only the dateline is the city")
E("Tarsk Valley", "region", ["Tarsk Valley", ("valley", [R2, R4])],
  note="\"this valley\" (Pask, R2) and \"across the valley\" (R4) are the Tarsk Valley")
E("Brennock", "town", ["Brennock", "BRENNOCK"], note="the plant's town")
E("Brennock General Hospital", "organisation", ["Brennock General Hospital"])
E("Quarry Lane", "street", ["Quarry Lane"])
E("Kiln Street", "street", ["Kiln Street"])
E("Mellwater", "river", ["Mellwater"])
E("Eastern Polymer Works", "organisation", ["Eastern Polymer Works", "EPW"], note="the plant that burned")
E("Salvane Industries", "company", ["Salvane Industries", ("The company", [R1])], note="owns the Eastern Polymer Works")
E("Civil Protection Directorate", "organisation", ["Civil Protection Directorate", "CPD"], note="Velmora's")
E("Velmoran Chemical Workers’ Federation", "organisation", ["Velmoran Chemical Workers’ Federation", "VCWF",
                                                             ("union", [R4])])
E("Kaldrenian Water Authority", "organisation", ["Kaldrenian Water Authority", "KWA"])
E("Doren Valt", "person", ["Doren Valt", "Valt"], note="CPD spokesman")
E("Oriana Feld", "person", ["Oriana Feld", "Interior Minister Oriana Feld", "Feld", ("The minister", [R1])],
  note="Velmora's interior minister")
E("Katya Morvane", "person", ["Katya Morvane", ("The regional governor", [R1]), ("the regional governor", [R2]),
                             ("The governor", [R2])],
  note="governor of the Tarsk Valley region; shares a surname with Luc Morvane (no relation)")
E("Luc Morvane", "person", ["Luc Morvane"], note="chairman of the VCWF; not Katya Morvane")
E("Bram Halloway", "person", ["Bram Halloway", "Fire chief Bram Halloway"], note="regional fire chief")
E("Gideon Pask", "person", ["Gideon Pask", "Pask", "Mr Pask", "Plant director Gideon Pask",
                           ("The plant’s director", [R2]), ("The plant's director", [R3])],
  note="director of the Eastern Polymer Works")
E("Livia Orsel", "person", ["Livia Orsel"], note="an evacuee on Quarry Lane")
E("Arno Orsel", "person", ["Arno Orsel", ("My husband", [R2]), ("Her husband", [R2])], note="Livia Orsel's husband")
E("Selma Ravik", "person", ["Selma Ravik", "Dr Selma Ravik"], note="head of the hospital's emergency department")
E("Jiří Vrbek", "person", ["Jiří Vrbek", "Environment Minister Jiří Vrbek", "Vrbek", "Jiri Vrbek",
                          ("The Kaldrenian minister", [R3])],
  note="Kaldrenia's environment minister; spelt without diacritics in the Corvath Register")
E("Stoyan Velk", "person", ["Stoyan Velk"], note="one of the two night-shift workers found alive")
E("Police sources", "group", [("Police sources", [R1])])
E("Velmoran officials", "group", ["Velmoran officials"])
E("Tarsk Valley fire service", "organisation", [("fire service", [R2])])
E("Brennock town council", "organisation", [("town council", [R2])])
E("Kaldrenian parliament", "organisation", [("parliament", [R3])])
E("Velmoran-Kaldrenian joint statement", "document", [("joint statement", [R4])],
  note="issued by the environment ministries of both countries; \"in a statement\" in R1 is Salvane's")
E("Crossway News Agency", "news agency", ["CNA"])
E("The Brennock Bell", "media outlet", [("Bell", [R2])])
E("The Corvath Register", "media outlet", [("Register", [R4])])
E("Facebook", "platform", ["Facebook"])

DISTINCT = [
    ("Katya Morvane", "Luc Morvane", "two people who share a surname (\"no relation\"): the governor and the union chairman"),
    ("Livia Orsel", "Arno Orsel", "wife and husband: two people with one surname"),
    ("Oriana Feld", "Katya Morvane", "two women officials, both quoted in the first report"),
    ("Jiří Vrbek", "Gideon Pask", "two men named in one paragraph of the Vossholm Post"),
    ("Velmora", "Corvath", "the government (metonym) vs the city of the dateline"),
    ("Kaldrenia", "Vossholm", "the government (metonym) vs the city of the dateline"),
    ("Eastern Polymer Works", "Salvane Industries", "the plant vs the company that owns it"),
    ("Brennock", "Brennock General Hospital", "the town vs its hospital"),
    ("Tarsk Valley", "Tarsk Valley fire service", "the region vs its fire service"),
]


# ---------------------------------------------------------------- times
T(R1, "March 9", "date", "2027-03-09", "dateline; month and day, year of the publication date")
T(R1, "on Tuesday", "weekday", "2027-03-09", "the anchor day (Tue 2027-03-09)")
T(R1, "11:40 p.m. local time", "time", "unresolved", "clock time in local time with no zone or offset given")
T(R1, "on Monday", "weekday", "2027-03-08", "the latest Monday on or before Tue 2027-03-09")
T(R1, "five hours", "duration", "PT5H", "duration (inside a quote, \"in under five hours\")")
T(R1, "48 hours", "duration", "PT48H", "duration (inside a partial quote, \"for at least 48 hours\")")
T(R1, "last October", "relative", "2026-10-01/2026-10-31", "the latest October before the anchor's month",
  granularity="month")
T(R1, "by Wednesday", "weekday", "2027-03-10", "future (\"hoped to contain ... by\"): the first Wednesday after the anchor")

T(R2, "late on Monday night", "weekday", "2027-03-08", "the latest Monday on or before Wed 2027-03-10")
T(R2, "yesterday", "relative", "2027-03-09", "the day before the anchor")
T(R2, "two hours", "duration", "PT2H", "duration (\"two hours later\")")
T(R2, "since Tuesday", "weekday", "2027-03-09", "the latest Tuesday on or before the anchor")
T(R2, "on Tuesday evening", "weekday", "2027-03-09", "the latest Tuesday on or before the anchor")
T(R2, "a day and a half", "duration", "P1DT12H", "duration (inside a partial quote)")
T(R2, "since Monday", "weekday", "2027-03-08", "the latest Monday on or before the anchor")
T(R2, "until Friday", "weekday", "2027-03-12", "future (\"will stay closed until\"): the first Friday after the anchor")
T(R2, "22 years", "duration", "P22Y", "duration (inside a quote)")

T(R3, "on Tuesday", "weekday", "2027-03-09", "the latest Tuesday on or before Thu 2027-03-11")
T(R3, "yesterday", "relative", "2027-03-10", "the day before the anchor (\"said yesterday\")")
T(R3, "on Tuesday afternoon", "weekday", "2027-03-09", "the latest Tuesday on or before the anchor")
T(R3, "by Wednesday morning", "weekday", "2027-03-10", "the latest Wednesday on or before the anchor")
T(R3, "22:40 GMT", "time", "2027-03-08T22:40:00+00:00", "clock time with zone; day from \"on Monday\" right after it")
T(R3, "on Monday", "weekday", "2027-03-08", "past (\"broke out\"): the latest Monday on or before the anchor",
  after="22:40 GMT")
T(R3, "2 p.m. local time", "time", "unresolved", "clock time in local time with no zone or offset given")
T(R3, "yesterday", "relative", "2027-03-10", "the day before the anchor", after="2 p.m. local time")
T(R3, "40 hours", "duration", "PT40H", "duration (\"after nearly 40 hours\")")
T(R3, "on Wednesday", "weekday", "2027-03-10", "the latest Wednesday on or before the anchor")
T(R3, "until the end of the month", "relative", "2027-03-31", "the last day of the anchor's month")
T(R3, "on Monday", "weekday", "2027-03-15", "future (\"when they meet\"): the first Monday after the anchor",
  after="when they meet")

T(R4, "on Sunday", "weekday", "2027-03-14", "the latest Sunday on or before Tue 2027-03-16")
T(R4, "six days", "duration", "P6D", "duration (\"six days after the fire\")")
T(R4, "yesterday", "relative", "2027-03-15", "the day before the anchor")
T(R4, "Monday, March 15, 2027", "date", "2027-03-15", "explicit date")
T(R4, "on Friday", "weekday", "2027-03-12", "the latest Friday on or before the anchor (the joint statement)")
T(R4, "March 11", "date", "2027-03-11", "month and day without a year: the year that puts it nearest the anchor")
T(R4, "last week", "relative", "2027-03-08/2027-03-14", "the Monday–Sunday week before the anchor's")
T(R4, "on Friday", "weekday", "2027-03-12", "the latest Friday on or before the anchor (Vrbek)", after="Jiri Vrbek")
T(R4, "the day after the fire", "event-anchored", "2027-03-09",
  "the fire began late on Mon 2027-03-08 (R1, R2; this report dates it only as six days before Sunday)")


# ---------------------------------------------------------------- numbers
N(R1, "More than 4,000 people", 4000, "person", "count", approx="more_than")
N(R1, "Twelve firefighters", 12, "firefighter", "count", note="sentence-initial word number")
N(R1, "two night-shift workers", 2, "worker", "count", note="a hyphenated adjunct between the number and the noun")
N(R1, "4,200 people", 4200, "person", "count", note="inside a quote")
N(R1, "under five hours", 5, "hour", "duration", approx="up_to", note="\"under\" read as up to")
N(R1, "3 kilometres", 3, "kilometre", "count", note="a measure; counted as kilometres")
N(R1, "at least 48 hours", 48, "hour", "duration", approx="at_least", note="inside a partial quote")
N(R1, "about 300 tonnes", 300, "tonne", "count", approx="about")
N(R1, "200 metres", 200, "metre", "count", note="inside a quote")
N(R1, "85 firefighters", 85, "firefighter", "count")
N(R1, "six towns", 6, "town", "count")

N(R2, "about 600 evacuees", 600, "evacuee", "count", approx="about")
N(R2, "two hours", 2, "hour", "duration")
N(R2, "31 people", 31, "person", "count")
N(R2, "three firefighters", 3, "firefighter", "count", note="inside the second part of a split quote")
N(R2, "two missing workers", 2, "worker", "count")
N(R2, "between 1.2 and 1.5 million litres", 1200000, "litre", "count", low=1200000, high=1500000,
  note="a range with a shared multiplier")
N(R2, "22 years", 22, "year", "duration")

N(R3, "about 30 percent", 30, "percent", "percent", approx="about")
N(R3, "about 15 kilometres", 15, "kilometre", "count", approx="about")
N(R3, "nearly 40 hours", 40, "hour", "duration", approx="about", note="\"nearly\" read as about")

N(R4, "six days", 6, "day", "duration")
N(R4, "$4.2 million", 4200000, "usd", "money")
N(R4, "four to six months", 4, "month", "duration", low=4, high=6, note="a range written with to, inside a partial quote")
N(R4, "30 percent", 30, "percent", "percent")
N(R4, "540 workers", 540, "worker", "count")
N(R4, "two night-shift workers", 2, "worker", "count")

ABOUT = ("Gold for the read stage on the invented held-out reports of demo/read-heldout2/reports.jsonl, "
         "written and committed before any reader ran on them. `file` is the report's `id`; `start`/`end` "
         "are BYTE offsets into the UTF-8 encoding of the report's `text` field; text[start:end] begins "
         "with `span`. Same format as demo/read/gold.json. Generated by build_gold.py. See README.md here.")


G.write(ABOUT, DISTINCT)
