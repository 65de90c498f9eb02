#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and the annotations below.

Run from anywhere: `python3 demo/read-heldout/build_gold.py`. Offsets are computed here from the spans
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

R1, R2, R3, R4, R5, R6 = IDS


# ---------------------------------------------------------------- quotes
D, I = "direct", "indirect"
# R1: Coastline Press Agency, 2026-09-04 (straight quotes)
Q(R1, I, "Karvossan coast guard vessels seized a Lorvanian trawler and its 11 crew on the Haskel Bank on Thursday evening",
  "Lorvanian Foreign Ministry", "name after: Lorvania's Foreign Ministry said", "said")
Q(R1, D, "Our boat was fishing where Lorvanian boats have fished for two hundred years,", "Teodora Vass",
  "name after: Foreign Minister Teodora Vass told reporters", "told", note="the span keeps the comma inside the marks")
Q(R1, D, "Karvossa has no right to hold these men for a single hour.", "Teodora Vass",
  "continuation: follows Vass's quote, no new attribution", None)
Q(R1, I, "the trawler, the Grey Petrel, had been caught with its nets down 14 nautical miles inside Karvossa's zone and that the crew would face a court in Halbruck",
  "Karvossan Interior Ministry", "name before: In a statement, the Karvossan Interior Ministry said", "said",
  channel="statement")
Q(R1, I, "Lorvanian boats had been warned \"at least a dozen times\" this year", "Dmitar Hollen",
  "pronoun he → Dmitar Hollen (subject of the sentence before; attribution after the clause)", "said")
Q(R1, D, "at least a dozen times", "Dmitar Hollen", "pronoun he → Dmitar Hollen", "said", partial=True)
Q(R1, I, "Karvossa would \"not be a free larder for its neighbours\"", "Dmitar Hollen",
  "pronoun he → Dmitar Hollen (he said, adding that)", "adding")
Q(R1, D, "not be a free larder for its neighbours", "Dmitar Hollen", "pronoun he → Dmitar Hollen (adding that)",
  "adding", partial=True)
Q(R1, I, "she had spoken to the Ysmaran foreign minister, Hedda Lunqvist, and asked Ysmara to help", "Teodora Vass",
  "name before: Vass said", "said")
Q(R1, I, "Lorvania would not pay \"a single coin of ransom\"", "Teodora Vass",
  "pronoun She → Teodora Vass (subject of the sentence before; Hedda Lunqvist, also a woman, is named in between as an object)",
  "said")
Q(R1, D, "a single coin of ransom", "Teodora Vass", "pronoun She → Teodora Vass", "said", partial=True)
Q(R1, I, "the boat had ignored three radio warnings before it was boarded shortly after 6 p.m. local time",
  "Karvossan security sources", "group: Security sources in Halbruck told CPA", "told",
  note="reported speech without 'that'")

# R2: The Kellsby Gazette, 2026-09-07 (curly quotes; apostrophes are curly too)
Q(R2, D, "We are not asking for speeches,", "Greta Hennig",
  "pronoun she → Greta Hennig (subject; Elias Hennig and Casimir Kostin, men, are named in between)", "said")
Q(R2, D, "We are asking for our fathers, our sons and our husbands.", "Greta Hennig",
  "continuation: follows Greta Hennig's quote", None)
Q(R2, I, "the skipper had called home on Thursday at 5.40 p.m. to say a grey ship was following them", "Ingrid Hennig",
  "name before: Her mother, Ingrid Hennig, said", "said")
Q(R2, D, "He said, ‘Don’t worry, they always follow us,’ and then the line went dead,", "Ingrid Hennig",
  "pronoun she → Ingrid Hennig (subject of the sentence before; Greta Hennig is the 'Her' of that sentence)", "said",
  note="holds a quote inside the quote; the apostrophe of Don’t is the same character as the closing single mark")
Q(R2, D, "Don’t worry, they always follow us,", "Elias Hennig",
  "pronoun He → Elias Hennig (the skipper who called home, sentence before)", "said",
  note="quote inside a quote (single curly marks)")
Q(R2, I, "the crew are being held in a naval barracks outside Halbruck and have been allowed two calls each",
  "Lorvanian Fishermen’s Union", "According to: the union → Lorvanian Fishermen’s Union (named in the sentence before)",
  "according to")
Q(R2, I, "Vass would also meet Ysmaran envoy Sándor Vészi, who arrived in Halbruck on Friday", "Lorvanian Foreign Ministry",
  "name before: The Foreign Ministry said (a Lorvanian paper; Vass's ministry)", "said")
Q(R2, D, "Quiet is how this works,", "Sándor Vészi",
  "pronoun he → Sándor Vészi (The envoy, subject of the sentence before)", "told",
  channel="phone interview with the Gazette")
Q(R2, I, "Between 40 and 50 boats stayed in port on Monday in protest", "Kellsby Harbour Office",
  "name after: the Kellsby Harbour Office said", "said")
Q(R2, I, "Fish prices in Kellsby have risen 18 percent since the seizure", "Kellsby Harbour Office",
  "According to: the office’s own figures (a document of the office → Kellsby Harbour Office)", "according to")

# R3: VPT website, 2026-09-10 (straight quotes)
TV = "TV interview: VPT, The Evening Desk"
Q(R3, I, "the 11 Lorvanian fishermen would be treated \"like any other suspects, no better and no worse\"", "Dmitar Hollen",
  "name before: Interior Minister Dmitar Hollen said", "said", channel=TV)
Q(R3, D, "like any other suspects, no better and no worse", "Dmitar Hollen", "name before: Dmitar Hollen said", "said",
  channel=TV, partial=True)
Q(R3, D, None, "Dmitar Hollen", "name in the middle: Hollen said", "said", channel=TV,
  parts=["The law is the law", "and the Haskel Bank is Karvossan water, whatever Estrel prints on its maps."],
  note="split quote; the first part ends with a comma")
Q(R3, D, "That is for the court. But courts can be quick when governments are sensible,", "Dmitar Hollen",
  "pronoun he → Dmitar Hollen (the minister; presenter Mara Pellew, a woman, is named in between)", "said",
  channel=TV, note="multi-sentence")
Q(R3, I, "Karvossa was ready to hear the Ysmaran mediator", "Dmitar Hollen", "name before: Hollen also said", "said",
  channel=TV)
Q(R3, I, "reports of a deal were \"wishful thinking from Estrel\"", "Lidia Sorn",
  "name before: A ministry spokeswoman, Lidia Sorn, wrote", "wrote", channel="post on X")
Q(R3, D, "wishful thinking from Estrel", "Lidia Sorn", "name before: Lidia Sorn wrote", "wrote",
  channel="post on X", partial=True)
Q(R3, I, "the boarding team had fired no shots", "Ivo Strelnik",
  "name before: Rear Admiral Ivo Strelnik told VPT", "told", channel="interview with VPT")
Q(R3, I, "The trawler was \"towed, not chased\"", "Ivo Strelnik", "pronoun he → Ivo Strelnik", "said")
Q(R3, D, "towed, not chased", "Ivo Strelnik", "pronoun he → Ivo Strelnik", "said", partial=True)
Q(R3, I, "Its catch of about 6 tonnes of cod had been destroyed", "Ivo Strelnik", "pronoun he → Ivo Strelnik", "added")
Q(R3, D, "a performance for a home audience", "Lorvanian Foreign Ministry",
  "name before: the Lorvanian Foreign Ministry called", "called", partial=True)
Q(R3, I, "The programme drew 1.2 million viewers", "VPT", "title: the station → VPT", "said")

# R4: The Quellan Herald, 2026-09-14 (straight quotes)
Q(R4, I, "Karvossa will release the 11 crew of the Lorvanian trawler Grey Petrel under an agreement reached in Quellan late on Sunday",
  "Ysmaran Foreign Ministry", "name after: the Ysmaran Foreign Ministry said", "said")
Q(R4, D, "Eleven men go home today. That is what matters,", "Sándor Vészi",
  "name after: said Ysmaran envoy Sándor Vészi", "said", note="multi-sentence")
Q(R4, D, "fishing without a licence", "Quellan joint statement", "document: the joint statement calls", "calls",
  channel="joint statement", partial=True)
Q(R4, I, "thanked Vészi and Ysmaran Foreign Minister Hedda Lunqvist by name", "Teodora Vass",
  "name before: Lorvanian Foreign Minister Teodora Vass, who signed for her country, thanked", "thanked",
  note="added after the first run: tests/data/seeds/README.md counts 'X thanked' as an indirect attribution "
       "and its records start at 'thanked'")
Q(R4, I, "the fine was \"the price of eleven lives, not an admission\"", "Teodora Vass",
  "pronoun She → Teodora Vass (subject of the sentence before; Hedda Lunqvist, also a woman, named in between as an object)",
  "said")
Q(R4, D, "the price of eleven lives, not an admission", "Teodora Vass", "pronoun She → Teodora Vass", "said",
  partial=True)
Q(R4, I, "the court in Halbruck had \"taken account of the circumstances\"", "Dmitar Hollen",
  "name before: Hollen, who did not attend the signing, said", "said")
Q(R4, D, "taken account of the circumstances", "Dmitar Hollen", "name before: Hollen ... said", "said", partial=True)
Q(R4, I, "he had \"no comment on anyone's diary\"", "Sándor Vészi",
  "name before: Vészi, asked about Hollen's absence, said (Hollen, also a man, is named in between)", "said")
Q(R4, D, "no comment on anyone's diary", "Sándor Vészi", "name before: Vészi ... said", "said", partial=True)
Q(R4, I, "a Haskel Bank Working Group (HBWG) with four members from each side will hold its first meeting on October 2",
  "Quellan joint statement", "According to: the joint statement", "according to", channel="joint statement")
Q(R4, D, "frank and, in the end, useful", "Quellan joint statement", "document: The statement described", "described",
  channel="joint statement", partial=True)

# R5: Estrel Daily, 2026-09-15 (curly quotes, one straight-quoted paragraph)
Q(R5, D, "I saw our own coast from the window and I cried. I am not ashamed of it,", "Elias Hennig",
  "name after: said Elias Hennig, the skipper", "said", note="multi-sentence")
Q(R5, I, "the crew had been fed well but kept apart from one another", "Elias Hennig", "name before: Hennig said", "said")
Q(R5, I, "it was “a good day for Lorvania and a lesson for everyone”", "Casimir Kostin", "name before: Kostin wrote",
  "wrote", channel="post on X")
Q(R5, D, "a good day for Lorvania and a lesson for everyone", "Casimir Kostin", "name before: Kostin wrote", "wrote",
  channel="post on X", partial=True)
Q(R5, I, "the government had paid “a fine that is a ransom by another name”", "Vera Dahl",
  "name before: Opposition leader Vera Dahl said", "said")
Q(R5, D, "a fine that is a ransom by another name", "Vera Dahl", "name before: Vera Dahl said", "said", partial=True)
Q(R5, I, "60 percent of its members had not fished since the boat was seized earlier this month",
  "Lorvanian Fishermen’s Union", "name before: The Lorvanian Fishermen’s Union said", "said")
Q(R5, D, "We need the Bank open by October, or some of us will not survive the winter,", "Jonas Dahl",
  "name after: said the union’s chairman, Jonas Dahl", "said")
Q(R5, D, "She is right about the money and wrong about everything else.", "Jonas Dahl",
  "pronoun he → Jonas Dahl (Vera Dahl, a woman with the same surname, is named in between)", "said")
Q(R5, I, "the Grey Petrel would stay in port until December", "Karvossan coast guard",
  "name before: Karvossa’s coast guard said", "said")
Q(R5, I, "the trawler was “in good hands”", "Ivo Strelnik",
  "pronoun he → Ivo Strelnik (subject of the clause before; Sandor Veszi, also a man, is named in between as an object)",
  "told")
Q(R5, D, "in good hands", "Ivo Strelnik", "pronoun he → Ivo Strelnik", "told", partial=True)
Q(R5, D, "It was the longest week of my life,", None, "unresolved: 'one crewman', never named", "told",
  channel="interview with the Estrel Daily")

# R6: Northern Waters Review, no date (straight quotes)
Q(R6, D, "We bought time. Time is not a border.", "Sándor Vészi",
  "name before: Veszi himself admitted as much last week:", "admitted", note="multi-sentence; colon before the quote")
Q(R6, I, "Karvossan officials, according to one diplomat in Quellan, had wanted a far bigger fine", None,
  "unresolved: 'one diplomat', never named (the attribution sits inside the clause)", "according to")
Q(R6, I, "they refused to discuss any sum above €300,000", "Lorvanian negotiators",
  "group: Lorvanian negotiators say", "say")
Q(R6, D, "It will be a hard autumn,", None, "unresolved: 'a senior figure in Kostin's party', never named", "said")
Q(R6, I, "he gave away the trawler for nothing", "Hollen's critics", "group: Mr Hollen's critics in Halbruck say", "say")
Q(R6, I, "critics \"have not read the text\"", "Dmitar Hollen",
  "title: the minister → Dmitar Hollen (Mr Hollen, Karvossa's Interior Minister, in the sentences before)", "said",
  channel="radio interview")
Q(R6, D, "have not read the text", "Dmitar Hollen", "title: the minister → Dmitar Hollen", "said",
  channel="radio interview", partial=True)
Q(R6, I, "Reviving it, the Ismaran mediator argued in September, would be a start", "Sándor Vészi",
  "title: the Ismaran mediator → Sándor Vészi (Veszi, named earlier in the report)", "argued",
  note="the attribution sits in the middle of the reported clause")


# ---------------------------------------------------------------- entities
E("Lorvania", "country", ["Lorvania", ("Estrel", None, ["whatever Estrel prints", "wishful thinking from Estrel", "both Estrel and Halbruck"])],
  metonyms=[{"alias": "Estrel", "metonym_of": "Lorvania (its government)"}], adjectival=["Lorvanian"],
  note="\"Estrel\" is the government where it prints maps, thinks or has relations; elsewhere it is the city")
E("Estrel", "city", ["Estrel", "ESTREL"], note="Lorvania's capital: dateline, airport, places where people are")
E("Karvossa", "country", ["Karvossa", ("Halbruck", None, ["Estrel and Halbruck"])],
  metonyms=[{"alias": "Halbruck", "metonym_of": "Karvossa (its government)"}], adjectival=["Karvossan"])
E("Halbruck", "city", ["Halbruck"], note="Karvossa's capital; a place (court, barracks, critics in Halbruck) except in the analysis's \"both Estrel and Halbruck\"")
E("Ysmara", "country", ["Ysmara", "Ismara"], adjectival=["Ysmaran", "Ismaran"],
  note="the mediating state; two transliterations (Ysmara in most outlets, Ismara in the analysis)")
E("Quellan", "city", ["Quellan", "QUELLAN"], note="Ysmara's capital; only a place here")
E("Teodora Vass", "person", ["Teodora Vass", "Vass", "Foreign Minister Teodora Vass",
                            "Lorvanian Foreign Minister Teodora Vass"], note="Lorvania's foreign minister")
E("Hedda Lunqvist", "person", ["Hedda Lunqvist", "Ysmaran Foreign Minister Hedda Lunqvist",
                              ("Ysmaran foreign minister", [R1])], note="Ysmara's foreign minister")
E("Dmitar Hollen", "person", ["Dmitar Hollen", "Interior Minister Dmitar Hollen", "Hollen", "Mr Hollen",
                             ("Interior Minister", [R6]), ("the minister", [R3, R6])],
  note="Karvossa's interior minister")
E("Sándor Vészi", "person", ["Sándor Vészi", "Vészi", "Sandor Veszi", "Veszi", "Ysmaran envoy Sándor Vészi",
                            "Ysmaran envoy", ("Ysmaran mediator", [R3]), ("Ismaran mediator", [R6]),
                            ("The envoy", [R2])],
  note="Ysmara's envoy; spelt without diacritics in the Estrel Daily and the analysis")
E("Lidia Sorn", "person", ["Lidia Sorn"], note="spokeswoman of the Karvossan Interior Ministry")
E("Ivo Strelnik", "person", ["Ivo Strelnik", "Rear Admiral Ivo Strelnik"], note="Karvossan coast guard commander")
E("Casimir Kostin", "person", ["Casimir Kostin", "Prime Minister Casimir Kostin", "Kostin"],
  note="Lorvania's prime minister")
E("Elias Hennig", "person", ["Elias Hennig", ("Hennig", [R5]), ("the skipper", [R2, R5])],
  note="skipper of the Grey Petrel; father of Greta, husband of Ingrid")
E("Greta Hennig", "person", ["Greta Hennig"], note="the skipper's daughter")
E("Ingrid Hennig", "person", ["Ingrid Hennig"], note="the skipper's wife, Greta's mother")
E("Vera Dahl", "person", ["Vera Dahl", "Opposition leader Vera Dahl", ("the opposition leader", [R5])],
  note="Lorvanian opposition leader; shares a surname with Jonas Dahl (no relation)")
E("Jonas Dahl", "person", ["Jonas Dahl", ("the union’s chairman", [R5])],
  note="chairman of the Lorvanian Fishermen’s Union; not Vera Dahl")
E("Mara Pellew", "person", ["Mara Pellew"], note="VPT presenter")
E("Lorvanian Foreign Ministry", "organisation", ["Lorvanian Foreign Ministry", "Lorvania's Foreign Ministry",
                                                ("Foreign Ministry", [R1, R2, R3])])
E("Ysmaran Foreign Ministry", "organisation", ["Ysmaran Foreign Ministry"])
E("Karvossan Interior Ministry", "organisation", ["Karvossan Interior Ministry", ("ministry", [R3])],
  note="\"the ministry\" and \"a ministry spokeswoman\" in the VPT report are Hollen's ministry")
E("Karvossan coast guard", "organisation", ["Karvossan coast guard", ("coast guard", [R5])])
E("Karvossan security sources", "group", [("Security sources", [R1])])
E("Lorvanian Fishermen’s Union", "organisation", ["Lorvanian Fishermen’s Union", "LFU", ("the union", [R2])])
E("Kellsby Harbour Office", "organisation", ["Kellsby Harbour Office", ("office", [R2])])
E("Kellsby", "town", ["Kellsby"], note="the Grey Petrel's home port")
E("Northern Fisheries Council", "organisation", ["Northern Fisheries Council", "NFC"])
E("Haskel Bank Working Group", "organisation", ["Haskel Bank Working Group", "HBWG"])
E("Lorvanian Broadcasting Corporation", "media outlet", ["Lorvanian Broadcasting Corporation", "LBC"])
E("Coastline Press Agency", "news agency", ["CPA"])
E("VPT", "media outlet", ["VPT", ("station", [R3])], note="Karvossan Public Television (the outlet of the third report)")
E("The Evening Desk", "programme", ["The Evening Desk"])
E("The Kellsby Gazette", "media outlet", [("Gazette", [R2])])
E("Estrel Daily", "media outlet", [("Daily", [R5])])
E("X", "platform", ["X"])
E("Quellan joint statement", "document", [("joint statement", [R4]), ("statement", [R4])],
  note="the text agreed in Quellan; \"In a statement\" in the CPA report is a different (Karvossan) statement")
E("Lorvanian negotiators", "group", ["Lorvanian negotiators"])
E("Hollen's critics", "group", [("critics", [R6])])
E("Grey Petrel", "vessel", ["Grey Petrel"])
E("Haskel Bank", "place", ["Haskel Bank", ("Bank", [R5])], note="the disputed fishing grounds")

DISTINCT = [
    ("Vera Dahl", "Jonas Dahl", "two people who share a surname (\"no relation\"): the opposition leader and the union chairman"),
    ("Elias Hennig", "Greta Hennig", "father and daughter: two people with one surname"),
    ("Elias Hennig", "Ingrid Hennig", "husband and wife"),
    ("Greta Hennig", "Ingrid Hennig", "daughter and mother, both women, both quoted in one report"),
    ("Teodora Vass", "Hedda Lunqvist", "two foreign ministers, both women"),
    ("Dmitar Hollen", "Ivo Strelnik", "two Karvossan officials, both men"),
    ("Lorvania", "Estrel", "the government (metonym) vs the city"),
    ("Karvossa", "Halbruck", "the government (metonym) vs the city"),
    ("Ysmara", "Quellan", "the country vs its capital, only a place here"),
    ("Lorvanian Foreign Ministry", "Ysmaran Foreign Ministry", "two foreign ministries"),
    ("Kellsby", "Kellsby Harbour Office", "the town vs its harbour office"),
    ("Haskel Bank", "Haskel Bank Working Group", "the fishing grounds vs the panel named after them"),
]


# ---------------------------------------------------------------- times
T(R1, "Sept 4", "date", "2026-09-04", "dateline; abbreviated month and day, year of the publication date")
T(R1, "Thursday evening", "weekday", "2026-09-03", "the latest Thursday on or before Fri 2026-09-04")
T(R1, "two hundred years", "duration", "P200Y", "duration (inside a quote); needs no anchor")
T(R1, "this year", "relative", "2026-01-01/2026-12-31", "the anchor's year", granularity="year")
T(R1, "6 p.m. local time", "time", "unresolved", "clock time in local time with no zone or offset given")
T(R1, "in 2011", "date", "2011-01-01/2011-12-31", "a year", granularity="year")

T(R2, "Sunday night", "weekday", "2026-09-06", "the latest Sunday on or before Mon 2026-09-07")
T(R2, "three days", "duration", "P3D", "duration (\"three days after\")")
T(R2, "on Thursday", "weekday", "2026-09-03", "the latest Thursday on or before the anchor")
T(R2, "5.40 p.m.", "time", "unresolved", "clock time (dot separator) with no zone given")
T(R2, "on Wednesday", "weekday", "2026-09-09", "future (\"is due to meet\"): the first Wednesday after the anchor")
T(R2, "on Saturday", "weekday", "2026-09-05", "the latest Saturday on or before the anchor")
T(R2, "on Friday", "weekday", "2026-09-04", "past (\"who arrived ... on Friday\"): the latest Friday before the anchor")
T(R2, "on Monday", "weekday", "2026-09-07", "the anchor day (Mon 2026-09-07)")

T(R3, "Wednesday night", "weekday", "2026-09-09", "the latest Wednesday on or before Thu 2026-09-10")
T(R3, "a week ago today", "relative", "2026-09-03", "seven days before the anchor")

T(R4, "late on Sunday", "weekday", "2026-09-13", "the latest Sunday on or before Mon 2026-09-14")
T(R4, "08:00 GMT", "time", "2026-09-14T08:00:00+00:00", "clock time with zone; day from the date right after it")
T(R4, "Monday, September 14, 2026", "date", "2026-09-14", "explicit date")
T(R4, "10:00 UTC+2", "time", "2026-09-14T10:00:00+02:00", "the same instant as 08:00 GMT, written in UTC+2")
T(R4, "11:00 UTC+3", "time", "2026-09-14T11:00:00+03:00", "the same instant as 08:00 GMT, written in UTC+3")
T(R4, "today", "relative", "2026-09-14", "the anchor day (inside a quote; no other utterance time given)")
T(R4, "nine days", "duration", "P9D", "duration")
T(R4, "six months", "duration", "P6M", "duration (\"up to six months\")")
T(R4, "on Sunday night", "weekday", "2026-09-13", "the latest Sunday on or before the anchor")
T(R4, "on October 2", "date", "2026-10-02", "month and day; the year that puts it nearest the anchor")

T(R5, "yesterday afternoon", "relative", "2026-09-14", "the day before Tue 2026-09-15")
T(R5, "11 days", "duration", "P11D", "duration")
T(R5, "earlier this month", "relative", "2026-09-01/2026-09-14",
  "from the month's first day to the day before the anchor (the convention of the seeds and demo/read)")
T(R5, "by October", "date", "2026-10-01/2026-10-31", "a month with no year, inside a quote: the nearest October to the anchor",
  granularity="month")
T(R5, "until December", "date", "2026-12-01/2026-12-31", "a month with no year: the nearest December to the anchor",
  granularity="month")
T(R5, "on Monday", "weekday", "2026-09-14", "the latest Monday on or before Tue 2026-09-15")

T(R6, "14 September 2026", "date", "2026-09-14", "explicit date; needs no anchor")
T(R6, "last week", "relative", "unresolved", "no publication date in the report")
T(R6, "on Friday", "weekday", "unresolved", "no publication date in the report", partial_value="Friday")
T(R6, "on Tuesday", "weekday", "unresolved", "no publication date in the report", partial_value="Tuesday")
T(R6, "15 years ago", "relative", "unresolved", "no publication date in the report")
T(R6, "in September", "date", "unresolved", "no publication date in the report; a month with no year",
  partial_value="--09")


# ---------------------------------------------------------------- numbers
N(R1, "11 crew", 11, "crew", "count")
N(R1, "two hundred years", 200, "year", "duration", note="word number with a multiplier, inside a quote")
N(R1, "14 nautical miles", 14, "nautical mile", "count", note="a measure; counted as nautical miles")
N(R1, "at least a dozen times", 12, "time", "count", approx="at_least", note="\"a dozen\" is 12")
N(R1, "three radio warnings", 3, "warning", "count", note="a noun adjunct (radio) between the number and the noun")
N(R1, "two states", 2, "state", "count")
N(R1, "About 300 Lorvanian boats", 300, "boat", "count", approx="about")

N(R2, "eleven men", 11, "man", "count")
N(R2, "three days", 3, "day", "duration")
N(R2, "two calls", 2, "call", "count")
N(R2, "Between 40 and 50 boats", 40, "boat", "count", low=40, high=50, note="a range written with between ... and")
N(R2, "18 percent", 18, "percent", "percent")

N(R3, "11 Lorvanian fishermen", 11, "fisherman", "count")
N(R3, "about 6 tonnes", 6, "tonne", "count", approx="about", note="a measure; counted as tonnes")
N(R3, "1.2 million viewers", 1200000, "viewer", "count")

N(R4, "11 crew", 11, "crew", "count")
N(R4, "Eleven men", 11, "man", "count", note="sentence-initial word number inside a quote")
N(R4, "nine days", 9, "day", "duration")
N(R4, "two capitals", 2, "capital", "count")
N(R4, "€250,000", 250000, "eur", "money")
N(R4, "up to six months", 6, "month", "duration", approx="up_to")
N(R4, "eleven lives", 11, "life", "count")
N(R4, "four members", 4, "member", "count")

N(R5, "eleven crew", 11, "crew", "count")
N(R5, "11 days", 11, "day", "duration")
N(R5, "60 percent", 60, "percent", "percent")

N(R6, "above €300,000", 300000, "eur", "money", approx="more_than", note="\"above\" is more than")
N(R6, "64 per cent", 64, "percent", "percent", note="\"per cent\" in two words")
N(R6, "15 years", 15, "year", "duration", note="\"15 years ago\": the number is a duration back from the report")

ABOUT = ("Gold for the read stage on the invented held-out reports of demo/read-heldout/reports.jsonl, "
         "written and committed before any reader ran on them. `file` is the report's `id`; `start`/`end` "
         "are BYTE offsets into the UTF-8 encoding of the report's `text` field; text[start:end] begins "
         "with `span`. Same format as demo/read/gold.json. Generated by build_gold.py. See README.md here.")


G.write(ABOUT, DISTINCT)
