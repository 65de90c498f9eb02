#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and the annotations below.

Run from anywhere: `python3 demo/read-heldout4/build_gold.py`. Offsets are computed here from the spans
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
# R1: Astrabel News Agency, 2028-05-09 (straight quotes; dateline LIDMORA)
Q(R1, I, "Ground and security staff at Haverlund Airport walked off the job on Monday, grounding more than 300 flights at Tarvenia's busiest airport and leaving queues some 250 metres long outside locked terminals",
  "Tarvenian Airports Corporation", "name after: the Tarvenian Airports Corporation (TAC) said on Tuesday", "said",
  note="a long clause first, the attribution after it")
Q(R1, I, "The walkout began at 04:00 UTC+2 (02:00 GMT) on Monday, when the night shift refused to open the security lanes, and the first departure, due at 6.20 a.m., never left the gate",
  "Annika Tross", "name after: TAC chief executive Annika Tross told reporters", "told",
  note="reported speech without 'that'; a long clause first, the attribution after it")
Q(R1, D, "We are asking passengers not to come to the airport unless their airline has confirmed their flight,",
  "Annika Tross", "name after: Tross said", "said")
Q(R1, D, "I cannot promise anyone a normal day before Thursday.", "Annika Tross",
  "continuation: follows Tross's quote, no new attribution", None)
Q(R1, I, "the 48-hour strike would be extended \"day by day, if we have to\" unless the corporation made a new offer by Wednesday",
  "Eskil Ødegård", "name before: Its general secretary, Eskil Ødegård, said", "said",
  note="reported speech without 'that'")
Q(R1, D, "day by day, if we have to", "Eskil Ødegård", "name before: Eskil Ødegård, said", "said", partial=True)
Q(R1, I, "she would not order staff back to work", "Inga Perlmann",
  "name before: Transport Minister Inga Perlmann said that", "said")
Q(R1, D, None, "Inga Perlmann",
  "pronoun in the middle: she said → Inga Perlmann (subject of the sentence before; Annika Tross, also a woman, quoted earlier)",
  "said", parts=["The right to strike is not mine to take away", "but neither is anyone's holiday."],
  note="split quote; the first part ends with a comma")
Q(R1, I, "she had asked both sides to meet a mediator by the end of the week", "Inga Perlmann",
  "title: The minister stated → Inga Perlmann (the Transport Minister of the same paragraph)", "stated")
Q(R1, I, "Lidmora had ignored the airport's staff for years", "Ground and Security Workers' Union",
  "group after the clause: union leaders said (the GSWU's, the paragraph before)", "said",
  note="the capital as its government inside the reported clause; the report's dateline is LIDMORA")
Q(R1, I, "about 1,800 Kelmarian citizens were stuck at Haverlund and that Belozhar expected Lidmora \"to treat them as its own guests\"",
  "Yevgeny Sokolan", "name before: Foreign Minister Yevgeny Sokolan wrote in a post on Bluesky that", "wrote",
  channel="post on Bluesky", note="'that ... and that ...': one record")
Q(R1, D, "to treat them as its own guests", "Yevgeny Sokolan", "name before: Yevgeny Sokolan wrote", "wrote",
  channel="post on Bluesky", partial=True)
Q(R1, I, "most of her colleagues earned under €1,900 a month, less than a bus driver", None,
  "unresolved: 'One security screener, who asked not to be named, said'", "said",
  note="reported speech without 'that'")
Q(R1, D, "We check every bag that goes on every plane,", None,
  "unresolved: she said → the unnamed security screener", "said")
Q(R1, D, "Nobody checks our pay.", None, "continuation of the unnamed screener's quote", None)

# R2: The Haverlund Courier, 2028-05-10 (curly quotes; dateline HAVERLUND)
Q(R2, D, "Around midnight Ilka looked up at the board and said, ‘Mama, the planes can’t fly because they’re asleep,’ and I didn’t have the heart to tell her otherwise,",
  "Dagny Fehr", "pronoun she → Dagny Fehr (subject of the paragraph before; her daughter Ilka is named in the quote itself)",
  "said", note="holds a quote inside the quote; the apostrophes of can’t and they’re are the same character as the closing single mark")
Q(R2, D, "Mama, the planes can’t fly because they’re asleep,", "Ilka Fehr",
  "'Ilka ... said' inside Dagny Fehr's quote ('her daughter Ilka' in the paragraph before)", "said",
  note="quote inside a quote (single curly marks)")
Q(R2, D, "We have lived on sandwiches for a day and a half.", "Dagny Fehr",
  "continuation: follows Dagny Fehr's quote", None)
Q(R2, I, "the town had opened its sports hall to about 400 stranded travellers on Monday night and would keep it open “as long as the airport stays shut”",
  "Aksel Brandvold", "name before: Mayor Aksel Brandvold said that", "said")
Q(R2, D, "as long as the airport stays shut", "Aksel Brandvold", "name before: Mayor Aksel Brandvold said that", "said",
  partial=True)
Q(R2, I, "Officers had been called to the terminal twice since Monday, both times to calm passengers arguing over phone chargers",
  "Haverlund police", "group after the clause: Haverlund police said", "said", note="clause first, the attribution after it")
Q(R2, I, "she had sold nothing since Monday morning", "Marisol Korsakin",
  "name before: Marisol Korsakin, who runs a coffee stall ..., said", "said", note="reported speech without 'that'")
Q(R2, D, "My staff are in the union, my customers are stuck, and I am in the middle,", "Marisol Korsakin",
  "pronoun she → Marisol Korsakin (subject of the sentence before; Dagny Fehr, also a woman, quoted earlier)", "said")
Q(R2, I, "the corporation had “not moved a single euro” since March", "Sanna Brandvold",
  "name before: Sanna Brandvold, the union’s chief negotiator ... and the mayor’s niece, wrote in a post on Instagram that",
  "wrote", channel="post on Instagram")
Q(R2, D, "not moved a single euro", "Sanna Brandvold", "name before: Sanna Brandvold ... wrote", "wrote",
  channel="post on Instagram", partial=True)
Q(R2, I, "Its offer of 6 percent was “a pay cut with a ribbon on it”", "Sanna Brandvold",
  "pronoun she wrote → Sanna Brandvold (subject of the sentence before; Aksel Brandvold, the mayor, shares her surname but is a man)",
  "wrote", channel="post on Instagram", note="clause first, '..., she wrote' after; the same post as the sentence before")
Q(R2, D, "a pay cut with a ribbon on it", "Sanna Brandvold", "pronoun: she wrote → Sanna Brandvold", "wrote",
  channel="post on Instagram", partial=True)
Q(R2, I, "Talks between the two sides are due to resume tonight at a hotel in Lidmora", "Tarvenian Airports Corporation",
  "role after: the corporation said (the Courier never names TAC)", "said")
Q(R2, D, "I just want to take my daughter to see her grandfather,", "Dagny Fehr",
  "pronoun she → Dagny Fehr (named in the sentence before; Marisol Korsakin and Sanna Brandvold, also women, in between)",
  "said")

# R3: The Belozhar Herald, 2028-05-11 (straight quotes; dateline BELOZHAR)
Q(R3, I, "Tarvenia let its national airline, Kelmair, land empty aircraft at Haverlund and fly stranded Kelmarians home by Friday",
  "Kelmaria", "country as speaker: Kelmaria demanded on Wednesday that", "demanded",
  note="ends before ', two days after ...' (the writer's words)")
Q(R3, D, "Our people have been sleeping on airport floors since Monday. That is not a labour dispute any more, it is a consular emergency,",
  "Yevgeny Sokolan", "name after: Foreign Minister Evgeni Sokolan said at a press conference", "said",
  channel="press conference", note="multi-sentence")
Q(R3, D, "If Lidmora cannot run its airport, it can at least open its runway to us.", "Yevgeny Sokolan",
  "continuation: follows Sokolan's quote", None, channel="press conference")
Q(R3, I, "By Wednesday evening, 1,850 Kelmarian citizens had registered with the embassy in Lidmora, among them 212 children and at least 30 people who need daily medication",
  "Kelmarian Ministry of Foreign Affairs", "group after a long clause: the foreign ministry said (Sokolan's ministry)", "said",
  note="a long clause first, the attribution after it")
Q(R3, I, "he had telephoned Tarvenia's prime minister, Vilhelm Korrel, twice but had been told to wait for the mediator",
  "Yevgeny Sokolan", "name before: Sokolan said", "said", note="reported speech without 'that'")
Q(R3, I, "Kelmair had four aircraft with 600 seats ready at Belozhar airport and could have the first on the ground in Haverlund, 640 kilometres away, within an hour and a half of a green light",
  "Yevgeny Sokolan", "pronoun He noted → Yevgeny Sokolan (subject of the sentence before; Vilhelm Korrel, another man, named in it)",
  "noted")
Q(R3, I, "the runway was open but that the problem was \"people, not tarmac\"", "Inga Perlmann",
  "name before: Tarvenia's transport minister, Inga Perlmann, said on Wednesday evening that", "said")
Q(R3, D, "people, not tarmac", "Inga Perlmann", "name before: Inga Perlmann, said ... that", "said", partial=True)
Q(R3, D, "a convenient answer", "Leontina Dravik", "name before: Leontina Dravik, Kelmaria's ambassador in Lidmora, called that",
  "called", partial=True, note="a quoted fragment with no reported clause around it: a direct partial record only")
Q(R3, D, "There are soldiers in both our countries who can carry a suitcase,", "Leontina Dravik",
  "pronoun she → Leontina Dravik (subject of the sentence before; Inga Perlmann, also a woman, in the sentence before that)",
  "said")
Q(R3, I, "the airline had cancelled 46 flights to and from Haverlund since the strike began and was losing about €350,000 a day",
  "Grigor Ruslov", "name before: Kelmair spokesman Grigor Ruslov said", "said", note="reported speech without 'that'")
Q(R3, I, "Refunds would be paid within 14 days", "Grigor Ruslov",
  "pronoun he → Grigor Ruslov (subject of the sentence before; Sokolan and Korrel, also men, earlier)", "said",
  note="clause first, '..., he said' after")
Q(R3, I, "the strike would go on until Sunday unless the Tarvenian Airports Corporation improved its offer of 6 percent",
  "Ground and Security Workers' Union", "acronym before: The GSWU said on Wednesday that", "said")

# R4: Harbourline Business Daily, 2028-05-12 (curly quotes; no dateline)
Q(R4, I, "The strike at Haverlund Airport, now in its fifth day, is costing the Tarvenian economy between €25 million and €30 million a day",
  "Quillon Partners", "after the clause: according to Quillon Partners, an aviation consultancy", "according to")
Q(R4, D, "Every day the planes stay on the ground, tourists rebook somewhere else, and a lot of them will not come back at all,",
  "Bettina Caldmoor", "name after: said Bettina Caldmoor, the firm’s head of research", "said")
Q(R4, D, "Airports are easy to close and slow to refill.", "Bettina Caldmoor",
  "continuation: follows Bettina Caldmoor's quote", None)
Q(R4, I, "bookings for June had fallen by 18 percent in the past seven days and that hotels in Lidmora were about 65 percent full, against more than 90 percent in May last year",
  "Tarvenian Hotel Association", "group before: The Tarvenian Hotel Association said that", "said",
  note="'that ... and that ...': one record")
Q(R4, I, "the talks would be “long, and they should be”", "Inga Perlmann",
  "surname before: Perlmann wrote in a post on Instagram that (Transport Minister Inga Perlmann, the sentence before)",
  "wrote", channel="post on Instagram")
Q(R4, D, "long, and they should be", "Inga Perlmann", "surname before: Perlmann wrote", "wrote",
  channel="post on Instagram", partial=True)
Q(R4, I, "his members had already given up more than €4 million in wages and would not “go back for a thank-you card”",
  "Eskil Ødegård", "name before: Union leader Eskil Odegard told the Daily that (no diacritics in this report)", "told",
  channel="interview with the Daily")
Q(R4, D, "go back for a thank-you card", "Eskil Ødegård", "name before: Eskil Odegard told the Daily", "told",
  channel="interview with the Daily", partial=True)
Q(R4, I, "the corporation’s last offer – 6 percent over two years, with a one-off payment of €800 – was “an insult dressed up as a bonus”",
  "Eskil Ødegård", "According to Odegard", "according to")
Q(R4, D, "an insult dressed up as a bonus", "Eskil Ødegård", "According to Odegard", "according to", partial=True)
Q(R4, I, "the airport could restart about 70 percent of its flights within six hours of a deal and the full schedule within two and a half days",
  "Annika Tross", "name before: Annika Tross, the corporation’s chief executive, said", "said",
  note="reported speech without 'that'")
Q(R4, I, "Belozhar, meanwhile, has threatened to bill Tarvenia for the cost of flying its citizens home", "Kelmarian officials",
  "group after the clause: Kelmarian officials said", "said",
  note="the clause's subject is the capital as its government; the speaker is the group that reports it")

# R5: Tarvenian Public Radio, 2028-05-16 (straight quotes; no dateline)
Q(R5, I, "The strike at Haverlund Airport was suspended at 04:00 GMT yesterday, 6 a.m. in Haverlund, after the Ground and Security Workers' Union and the airport's operator reached a deal in talks that ran through Sunday night",
  "Aurelia Stenmark", "name after: the mediator, Aurelia Stenmark, announced", "announced",
  note="a long clause first, the attribution after it")
Q(R5, I, "the agreement was \"not everything, but it is real money\"", "Sanna Brandvold",
  "name before: Sanna Brandvold, the union's chief negotiator, said", "said", note="reported speech without 'that'")
Q(R5, D, "not everything, but it is real money", "Sanna Brandvold", "name before: Sanna Brandvold ... said", "said",
  partial=True)
Q(R5, I, "Until then about 80 percent of flights are operating", "Tarvenian Airports Corporation",
  "acronym after the clause: TAC said", "said")
Q(R5, D, "When I was appointed, neither side would move a centimetre,", "Aurelia Stenmark",
  "surname after: Stenmark told TPR", "told", channel="interview with TPR")
Q(R5, D, "They have both moved a long way.", "Aurelia Stenmark", "continuation: follows Stenmark's quote", None,
  channel="interview with TPR")
Q(R5, I, "no striker will be disciplined", "Haverlund pay agreement",
  "document: The agreement, a copy of which TPR has seen, says that", "says")
Q(R5, I, "she would ask parliament by Friday to set up an independent pay board for airport staff", "Inga Perlmann",
  "name before: Transport Minister Inga Perlmann, who was criticised last week ..., said", "said",
  note="reported speech without 'that'")
Q(R5, I, "Passengers whose flights were cancelled between May 8 and May 14 can claim up to €250 each from the operator",
  "Civil Aviation Office", "after the clause: according to the Civil Aviation Office (CAO)", "according to")
Q(R5, I, "Airlines must file their revised timetables with the CAO by Wednesday", "Civil Aviation Office",
  "pronoun it said → the Civil Aviation Office (the sentence before; the CAO is also inside this clause)", "said",
  note="clause first, '..., it said' after")
Q(R5, I, "the ballot would close at noon on Thursday, May 18, 2028", "Eskil Ødegård",
  "name before: Eskil Ødegård said", "said", note="reported speech without 'that'")


# ---------------------------------------------------------------- entities
E("Tarvenia", "country", ["Tarvenia",
                          ("Lidmora", None, ["Lidmora had ignored", "expected Lidmora", "If Lidmora cannot",
                                             "Lidmora, the Tarvenian capital, has"])],
  metonyms=[{"alias": "Lidmora", "metonym_of": "Tarvenia (its government)"}], adjectival=["Tarvenian"],
  note="\"Lidmora\" ignores staff, is expected to treat guests, cannot run its airport, refuses to order strikers back: "
       "the government (R1, whose dateline is LIDMORA; R3 inside a quote; R4, where the text says it is the "
       "Tarvenian capital); \"embassy in Lidmora\", \"ambassador in Lidmora\", \"a hotel in Lidmora\", \"hotels in "
       "Lidmora\" and the dateline are the city")
E("Lidmora", "city", ["LIDMORA", ("Lidmora", None, ["hotel in Lidmora", "embassy in Lidmora", "ambassador in Lidmora",
                                                   "hotels in Lidmora"])],
  note="Tarvenia's capital; the dateline of R1, whose body also uses \"Lidmora\" for the government")
E("Kelmaria", "country", ["Kelmaria",
                          ("Belozhar", None, ["that Belozhar expected", "Belozhar, meanwhile, has threatened"])],
  metonyms=[{"alias": "Belozhar", "metonym_of": "Kelmaria (its government)"}], adjectival=["Kelmarian", "Kelmarians"],
  note="\"Belozhar\" expects and threatens: the government; the dateline BELOZHAR (R3), \"in Belozhar on Monday\" (R2) "
       "and \"Belozhar airport\" (R3) are the city")
E("Belozhar", "city", ["BELOZHAR", ("Belozhar", None, ["in Belozhar on Monday", "at Belozhar airport"])],
  note="Kelmaria's capital")
E("Haverlund", "town", ["Haverlund", "HAVERLUND"],
  note="the town by the airport; a bare \"Haverlund\" standing for its airport (\"stuck at Haverlund\", \"flights to and "
       "from Haverlund\") is annotated as the town, as a place name")
E("Haverlund Airport", "infrastructure", ["Haverlund Airport"], note="\"the airport\" is not annotated")
E("Tarvenian Airports Corporation", "company", ["Tarvenian Airports Corporation", "TAC",
                                                ("the corporation", [R1, R2, R4]),
                                                ("the airport's operator", [R5]), ("the operator", [R5])],
  note="the airport's operator; the Courier (R2) only ever calls it \"the corporation\"")
E("Ground and Security Workers' Union", "organisation", ["Ground and Security Workers' Union", "GSWU",
                                                          ("the union", [R2, R5])],
  note="the strikers' union; \"union leaders\" (R1) are its leaders")
E("Kelmair", "company", ["Kelmair"], note="Kelmaria's national airline; not Kelmaria")
E("Quillon Partners", "company", ["Quillon Partners"], note="an aviation consultancy; \"the firm\" is not annotated")
E("Tarvenian Hotel Association", "organisation", ["Tarvenian Hotel Association"])
E("Civil Aviation Office", "organisation", ["Civil Aviation Office", "CAO"], note="Tarvenia's aviation regulator")
E("Haverlund police", "organisation", ["Haverlund police"])
E("Kelmarian Ministry of Foreign Affairs", "organisation", [("foreign ministry", [R3])], note="Sokolan's ministry")
E("Kelmarian officials", "group", ["Kelmarian officials"])
E("Haverlund pay agreement", "document", [("The agreement", [R5]), ("the agreement", [R5])],
  note="the deal's text; \"the deal\" is not annotated")
E("Annika Tross", "person", ["Annika Tross", "Tross"], note="TAC chief executive")
E("Inga Perlmann", "person", ["Inga Perlmann", "Transport Minister Inga Perlmann", "Perlmann", ("The minister", [R1])],
  note="Tarvenia's transport minister")
E("Eskil Ødegård", "person", ["Eskil Ødegård", "Eskil Odegard", "Odegard"],
  note="GSWU general secretary; spelt without diacritics in the Harbourline Business Daily")
E("Yevgeny Sokolan", "person", ["Yevgeny Sokolan", "Foreign Minister Yevgeny Sokolan", "Evgeni Sokolan",
                                "Foreign Minister Evgeni Sokolan", "Sokolan"],
  note="Kelmaria's foreign minister; transliterated \"Evgeni\" in the Belozhar Herald")
E("Vilhelm Korrel", "person", ["Vilhelm Korrel"], note="Tarvenia's prime minister")
E("Leontina Dravik", "person", ["Leontina Dravik"], note="Kelmaria's ambassador in Lidmora")
E("Grigor Ruslov", "person", ["Grigor Ruslov"], note="Kelmair spokesman")
E("Dagny Fehr", "person", ["Dagny Fehr"], note="a stranded passenger")
E("Ilka Fehr", "person", [("her daughter Ilka", [R2]), ("Ilka", [R2]), ("my daughter", [R2])],
  note="Dagny Fehr's daughter; never given her surname in the text")
E("Aksel Brandvold", "person", ["Aksel Brandvold", "Mayor Aksel Brandvold"], note="mayor of Haverlund")
E("Sanna Brandvold", "person", ["Sanna Brandvold", ("the mayor’s niece", [R2])],
  note="the GSWU's chief negotiator at the airport; Aksel Brandvold's niece")
E("Marisol Korsakin", "person", ["Marisol Korsakin"], note="runs a coffee stall in the terminal")
E("Bettina Caldmoor", "person", ["Bettina Caldmoor"], note="head of research at Quillon Partners")
E("Aurelia Stenmark", "person", ["Aurelia Stenmark", "Stenmark", ("the retired judge", [R4]), ("the mediator", [R3, R5])],
  note="the mediator; \"a mediator\" in R1 is not yet a person and is not annotated")
E("Astrabel News Agency", "news agency", ["ANA"])
E("Harbourline Business Daily", "media outlet", [("Daily", [R4])])
E("Tarvenian Public Radio", "media outlet", ["TPR"])
E("Bluesky", "platform", ["Bluesky"])
E("Instagram", "platform", ["Instagram"])

DISTINCT = [
    ("Aksel Brandvold", "Sanna Brandvold", "two people who share a surname: the mayor and his niece, the union negotiator"),
    ("Dagny Fehr", "Ilka Fehr", "mother and daughter"),
    ("Tarvenia", "Lidmora", "the government (metonym) vs the capital city (dateline of R1)"),
    ("Kelmaria", "Belozhar", "the government (metonym) vs the capital city (dateline of R3)"),
    ("Kelmaria", "Kelmair", "the country vs its airline (the names share a prefix)"),
    ("Haverlund", "Haverlund Airport", "the town vs its airport"),
    ("Haverlund", "Haverlund police", "the town vs its police"),
    ("Inga Perlmann", "Annika Tross", "two women quoted in the first report"),
    ("Inga Perlmann", "Leontina Dravik", "two women quoted in one paragraph of the Belozhar Herald"),
    ("Yevgeny Sokolan", "Vilhelm Korrel", "two men in one paragraph of the Belozhar Herald"),
    ("Yevgeny Sokolan", "Grigor Ruslov", "two Kelmarian men quoted in the Belozhar Herald"),
    ("Tarvenian Airports Corporation", "Ground and Security Workers' Union", "the two sides of the dispute"),
    ("Tarvenian Airports Corporation", "Civil Aviation Office", "the operator vs the regulator"),
    ("Marisol Korsakin", "Dagny Fehr", "two women quoted in the Courier"),
]


# ---------------------------------------------------------------- times
T(R1, "May 9", "date", "2028-05-09", "dateline; month and day, year of the publication date")
T(R1, "on Monday", "weekday", "2028-05-08", "the latest Monday on or before Tue 2028-05-09")
T(R1, "on Tuesday", "weekday", "2028-05-09", "the anchor day (Tue 2028-05-09)")
T(R1, "04:00 UTC+2", "time", "2028-05-08T04:00:00+02:00", "clock time with zone; the day from \"on Monday\" in the same sentence")
T(R1, "02:00 GMT", "time", "2028-05-08T02:00:00+00:00", "the same instant as 04:00 UTC+2, written in GMT")
T(R1, "on Monday", "weekday", "2028-05-08", "the latest Monday on or before the anchor (the walkout's start)",
  after="(02:00 GMT)")
T(R1, "6.20 a.m.", "time", "unresolved", "clock time (dot separator) with no zone written with it")
T(R1, "before Thursday", "weekday", "2028-05-11", "future (\"I cannot promise ... a normal day before\"): the first Thursday after the anchor")
T(R1, "two years", "duration", "P2Y", "duration (\"a 14 percent pay rise over two years\")")
T(R1, "48-hour", "duration", "PT48H", "duration, hyphenated adjective")
T(R1, "by Wednesday", "weekday", "2028-05-10", "future deadline (\"unless the corporation made a new offer by\"): the first Wednesday after the anchor")
T(R1, "by the end of the week", "relative", "2028-05-14", "the last day (Sunday) of the anchor's Monday–Sunday week (\"asked both sides to meet a mediator by\")")
T(R1, "last year", "relative", "2027-01-01/2027-12-31", "the year before the anchor's", granularity="year")

T(R2, "on Monday", "weekday", "2028-05-08", "the latest Monday on or before Wed 2028-05-10 (\"had planned to be in Belozhar on\")")
T(R2, "36 hours", "duration", "PT36H", "duration (\"the last 36 hours\")")
T(R2, "yesterday", "relative", "2028-05-09", "the day before the anchor (\"she said yesterday\")")
T(R2, "a day and a half", "duration", "P1DT12H", "fractional duration (inside a continuation quote)")
T(R2, "on Monday night", "weekday", "2028-05-08", "the latest Monday on or before the anchor")
T(R2, "late on Tuesday", "weekday", "2028-05-09", "the latest Tuesday on or before the anchor")
T(R2, "until Sunday", "weekday", "2028-05-14", "future (the strike extended until): the first Sunday after the anchor")
T(R2, "since Monday", "weekday", "2028-05-08", "the latest Monday on or before the anchor (\"called to the terminal twice since\")",
  after="Officers had been")
T(R2, "since Monday morning", "weekday", "2028-05-08", "the latest Monday on or before the anchor")
T(R2, "since March", "date", "2028-03-01/2028-03-31", "a month with no year, past (\"had not moved ... since\"): the latest March before the anchor",
  granularity="month")
T(R2, "tonight", "relative", "2028-05-10", "the evening of the anchor day")

T(R3, "on Wednesday", "weekday", "2028-05-10", "the latest Wednesday on or before Thu 2028-05-11 (\"demanded on Wednesday\")")
T(R3, "by Friday", "weekday", "2028-05-12", "future deadline after a demand (\"demanded ... that Tarvenia let ... fly ... home by\"): the first Friday after the anchor")
T(R3, "two days after the strike at Tarvenia's main airport began", "event-anchored", "2028-05-10",
  "the strike began on Mon 2028-05-08 (R1, R2; \"since Monday\" in this report's next paragraph); two days later is the Wednesday of the demand")
T(R3, "since Monday", "weekday", "2028-05-08", "the latest Monday on or before the anchor (inside a quote)")
T(R3, "By Wednesday evening", "weekday", "2028-05-10", "past (\"By ..., 1,850 ... had registered\"): the latest Wednesday on or before the anchor")
T(R3, "an hour and a half", "duration", "PT1H30M", "fractional duration (\"within an hour and a half of a green light\")")
T(R3, "on Wednesday evening", "weekday", "2028-05-10", "the latest Wednesday on or before the anchor (Perlmann)")
T(R3, "14 days", "duration", "P14D", "duration (\"within 14 days\")")
T(R3, "on Wednesday", "weekday", "2028-05-10", "the latest Wednesday on or before the anchor (the GSWU)",
  after="The GSWU said")
T(R3, "until Sunday", "weekday", "2028-05-14", "future (\"would go on until\"): the first Sunday after the anchor")

T(R4, "last month", "relative", "2028-04-01/2028-04-30", "the month before the anchor's", granularity="month")
T(R4, "June", "date", "2028-06-01/2028-06-30", "a month with no year (\"bookings for June\"): the nearest June, after the anchor",
  granularity="month")
T(R4, "seven days", "duration", "P7D", "duration (\"in the past seven days\")")
T(R4, "May last year", "date", "2027-05-01/2027-05-31", "the month in the year before the anchor's", granularity="month")
T(R4, "today", "relative", "2028-05-12", "the anchor day")
T(R4, "two years", "duration", "P2Y", "duration (\"6 percent over two years\")")
T(R4, "six hours", "duration", "PT6H", "duration (\"within six hours of a deal\")")
T(R4, "two and a half days", "duration", "P2DT12H", "fractional duration")

T(R5, "04:00 GMT", "time", "2028-05-15T04:00:00+00:00", "clock time with zone; the day from \"yesterday\" right after it")
T(R5, "yesterday", "relative", "2028-05-15", "the day before Tue 2028-05-16")
T(R5, "6 a.m.", "time", "unresolved", "clock time with no zone written with it (\"6 a.m. in Haverlund\")")
T(R5, "Sunday night", "weekday", "2028-05-14", "the latest Sunday on or before the anchor (\"talks that ran through Sunday night\")")
T(R5, "two years", "duration", "P2Y", "duration (\"spread over two years\")")
T(R5, "on Thursday", "weekday", "2028-05-18", "future (\"Members will vote on the deal on\"): the first Thursday after the anchor")
T(R5, "two days after the vote", "event-anchored", "2028-05-20",
  "the vote is on Thu 2028-05-18, dated by this report itself (\"on Thursday\"; \"Thursday, May 18, 2028\")")
T(R5, "last week", "relative", "2028-05-08/2028-05-14", "the Monday–Sunday week before the anchor's")
T(R5, "by Friday", "weekday", "2028-05-19", "future (\"she would ask parliament by\"): the first Friday after the anchor")
T(R5, "May 8", "date", "2028-05-08", "month and day without a year: the year that puts it nearest the anchor")
T(R5, "May 14", "date", "2028-05-14", "month and day without a year: the year that puts it nearest the anchor")
T(R5, "by Wednesday", "weekday", "2028-05-17", "future deadline with an obligation (\"Airlines must file ... by\"): the first Wednesday after the anchor")
T(R5, "since 2019", "date", "2019-01-01/2019-12-31", "a year", granularity="year")
T(R5, "one-day", "duration", "P1D", "duration, hyphenated adjective (\"A one-day walkout\")")
T(R5, "earlier this month", "relative", "2028-05-01/2028-05-15", "from the first of the anchor's month to the day before the anchor",
  granularity="month")
T(R5, "Thursday, May 18, 2028", "date", "2028-05-18", "an explicit date with its weekday")
T(R5, "tonight", "relative", "2028-05-16", "the evening of the anchor day")


# ---------------------------------------------------------------- numbers
N(R1, "more than 300 flights", 300, "flight", "count", approx="more_than")
N(R1, "About 41,000 passengers", 41000, "passenger", "count", approx="about", note="sentence-initial \"About\"")
N(R1, "some 250 metres", 250, "metre", "count", approx="about", note="a measure; \"some\" read as about")
N(R1, "about 2,300 workers", 2300, "worker", "count", approx="about")
N(R1, "14 percent", 14, "percent", "percent")
N(R1, "two years", 2, "year", "duration")
N(R1, "48-hour", 48, "hour", "duration", note="hyphenated, before its noun (\"strike\")")
N(R1, "about 1,800 Kelmarian citizens", 1800, "citizen", "count", approx="about",
  note="a demonym between the number and the noun")
N(R1, "under €1,900", 1900, "eur", "money", approx="up_to", note="\"under\" read as up_to, as in demo/read-heldout2")
N(R1, "11.2 million passengers", 11200000, "passenger", "count", note="a decimal with a scale word")

N(R2, "36 hours", 36, "hour", "duration")
N(R2, "about 400 stranded travellers", 400, "traveller", "count", approx="about",
  note="an adjective between the number and the noun")
N(R2, "6 percent", 6, "percent", "percent")
N(R2, "3,100 employees", 3100, "employee", "count")

N(R3, "1,850 Kelmarian citizens", 1850, "citizen", "count", note="a demonym between the number and the noun")
N(R3, "212 children", 212, "child", "count", note="irregular plural")
N(R3, "at least 30 people", 30, "person", "count", approx="at_least", note="irregular plural")
N(R3, "four aircraft", 4, "aircraft", "count", note="word number; the plural is the singular")
N(R3, "600 seats", 600, "seat", "count")
N(R3, "640 kilometres", 640, "kilometre", "count", note="a measure")
N(R3, "46 flights", 46, "flight", "count")
N(R3, "about €350,000", 350000, "eur", "money", approx="about")
N(R3, "14 days", 14, "day", "duration")
N(R3, "6 percent", 6, "percent", "percent")

N(R4, "between €25 million and €30 million", 25000000, "eur", "money", low=25000000, high=30000000,
  note="a range of money, the scale written on both ends")
N(R4, "1.1 million passengers", 1100000, "passenger", "count")
N(R4, "18 percent", 18, "percent", "percent")
N(R4, "seven days", 7, "day", "duration", note="word number")
N(R4, "about 65 percent", 65, "percent", "percent", approx="about")
N(R4, "more than 90 percent", 90, "percent", "percent", approx="more_than")
N(R4, "more than €4 million", 4000000, "eur", "money", approx="more_than")
N(R4, "6 percent", 6, "percent", "percent")
N(R4, "two years", 2, "year", "duration")
N(R4, "€800", 800, "eur", "money")
N(R4, "about 70 percent", 70, "percent", "percent", approx="about")
N(R4, "six hours", 6, "hour", "duration")
N(R4, "two and a half days", 2.5, "day", "duration", note="a fractional word number")

N(R5, "9.5 percent", 9.5, "percent", "percent")
N(R5, "two years", 2, "year", "duration")
N(R5, "€1,200", 1200, "eur", "money")
N(R5, "about 80 percent", 80, "percent", "percent", approx="about")
N(R5, "up to €250", 250, "eur", "money", approx="up_to")
N(R5, "one-day", 1, "day", "duration", note="hyphenated word number before its noun (\"walkout\")")

ABOUT = ("Gold for the read stage on the invented held-out reports of demo/read-heldout4/reports.jsonl, "
         "written and committed before any reader ran on them. `file` is the report's `id`; `start`/`end` "
         "are BYTE offsets into the UTF-8 encoding of the report's `text` field; text[start:end] begins "
         "with `span`. Same format as demo/read/gold.json. Generated by build_gold.py. See README.md here.")


G.write(ABOUT, DISTINCT, detailed=True)
