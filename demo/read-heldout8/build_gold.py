#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and the annotations below.

Run from anywhere: `python3 demo/read-heldout8/build_gold.py`. Offsets are computed here from the spans
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
# R1: Meridale News Agency, 2032-11-10 (Wed; straight quotes; dateline "ASHCARROW, Caldrenia, November 10 (MNA) —")
Q(R1, I, "Within four minutes about 4.1 million customers, nearly every home and business in the country, had lost power",
  "National Transmission Operator", "name after the clause: the National Transmission Operator (NTO) said", "said",
  note="clause first, attribution after")
Q(R1, D, "This was the most serious failure of our network in its history, and I apologise to every customer who sat in the dark,",
  "Imogen Faircloth", "name after: Dr Imogen Faircloth, the operator's chief executive, told reporters in Ashcarrow", "told")
Q(R1, I, "supply had been restored to 60 percent of customers by midnight and to all of them by 06:10 local time",
  "Imogen Faircloth", "pronoun before: She said that → Imogen Faircloth (the sentence before)", "said")
Q(R1, I, "the government would not wait for the operator's own findings", "Bartholomew Wrayburn",
  "name before: Energy Minister Bartholomew Wrayburn said", "said", note="reported speech without 'that'")
Q(R1, D, "I want to know why one fire in one substation can switch off a whole country,", "Bartholomew Wrayburn",
  "title alone after: the minister said → Bartholomew Wrayburn (Energy Minister, the sentence before)", "said")
Q(R1, D, "I expect an answer within weeks, not years.", "Bartholomew Wrayburn", "continuation: follows Wrayburn's quote", None)
Q(R1, I, "the NTO must hand over every record from its control room by Friday", "Henrietta Ormsby",
  "name before: Its chair, Henrietta Ormsby, who spoke after Faircloth had left the room, said", "said",
  note="reported speech without 'that'; another woman (Faircloth) is named between the subject and the verb")
Q(R1, D, "We will be doing our own work, not marking theirs,", "Henrietta Ormsby",
  "pronoun after: she said → Ormsby (subject of the sentence before), not Imogen Faircloth (named in the relative clause)", "said")
Q(R1, I, "212 trains had stopped where they stood when the power failed", "Caldrenian Rail",
  "name before: Caldrenian Rail said", "said",
  note="reported speech without 'that'; the next sentence (At least 1,300 passengers ...) is the writer's")
Q(R1, I, "At Pimbury Royal Infirmary, a backup generator failed for 14 minutes and nurses kept three patients breathing by hand",
  "Pimbury Royal Infirmary", "after the clause: a hospital spokeswoman said (the hospital named in the clause)", "said",
  note="clause first; an unnamed spokeswoman speaks for her hospital")
Q(R1, D, "Nobody died, and that is down to the nurses,", None,
  "unresolved: said one doctor, who asked not to be named", "said")
Q(R1, I, "it had sent power across a second line, at Drummel, from 19:30 CET to help restart the Caldrenian grid",
  "Varesnian System Operator", "name before: the Varesnian System Operator (VSO) said", "said",
  note="reported speech without 'that'")
Q(R1, I, "his country's own supply had never been at risk", "Dragoslav Pljesic",
  "name before: Varesnian Energy Minister Dragoslav Pljesic noted that", "noted")
Q(R1, I, "it would publish a compensation scheme on Thursday", "National Transmission Operator",
  "acronym before: The NTO said", "said", note="reported speech without 'that'")

# R2: The Ashcarrow Lamplighter, 2032-11-12 (Fri; curly quotes; no dateline)
Q(R2, I, "The transformer that caught fire at the Orvale substation on Tuesday evening, blacking out all of Caldrenia, had been in service since 1987 and was due to be replaced in 2029",
  "Orvale substation engineers", "group after the clause: engineers at the plant said yesterday", "said",
  note="clause first, attribution after")
Q(R2, D, "We asked for a new one three times. Each time we were told it would last another winter,", None,
  "unresolved: one of them said (one of the engineers, unnamed)", "said",
  note="multi-sentence; an unnamed member of the group, as 'one doctor' in demo/read-heldout7")
Q(R2, I, "the replacement had been approved in March", "Declan Rusholme",
  "name before: Declan Rusholme, the National Transmission Operator’s director of operations, who sat ... as Energy Minister Bartholomew Wrayburn spoke on Thursday, said",
  "said", note="reported speech without 'that'; another man (Wrayburn) is named between the subject and the verb")
Q(R2, D, "The part was ordered. It was on a ship,", "Declan Rusholme",
  "pronoun after: he said → Rusholme (subject of the sentence before), not Bartholomew Wrayburn (named in its relative clause)",
  "said", note="multi-sentence")
Q(R2, I, "the NTO had “questions to answer about every euro it did not spend”", "Bartholomew Wrayburn",
  "surname before: Wrayburn told the Folkhall that", "told")
Q(R2, D, "questions to answer about every euro it did not spend", "Bartholomew Wrayburn",
  "surname before: Wrayburn told the Folkhall that", "told", partial=True)
Q(R2, I, "the operator would pay €75 to each household left without power for more than eight hours", "Bartholomew Wrayburn",
  "surname before: Wrayburn told ... and announced that", "announced", note="a second speech act of the same subject")
Q(R2, I, "a fire alone should never have blacked out the country", "Imogen Faircloth",
  "name before: the NTO’s chief executive, Dr Imogen Faircloth, said that", "said",
  channel="television interview with CPT’s Nightline")
Q(R2, D, "A protection system is meant to cut a fault like that off in a fraction of a second. Ours did not, and we need to know why,",
  "Imogen Faircloth", "title alone after: the chief executive said → Imogen Faircloth (the sentence before)", "said",
  channel="television interview with CPT’s Nightline", note="multi-sentence")
Q(R2, I, "the inquiry would examine “the protection settings, the maintenance record and the decision to lean so heavily on a single line”",
  "GSB statement", "document: The regulator’s statement said (the Grid Standards Board, the sentence before)", "said",
  channel="statement", note="reported speech without 'that'")
Q(R2, D, "the protection settings, the maintenance record and the decision to lean so heavily on a single line", "GSB statement",
  "document: The regulator’s statement said", "said", channel="statement", partial=True,
  note="the closing mark comes before the full stop")
Q(R2, I, "an interim report would be published within 30 days", "GSB statement",
  "pronoun before: It added that → the regulator's statement (subject of the sentence before)", "added", channel="statement")
Q(R2, I, "Zabrez has sent a bill of €2.4 million for the emergency power that flowed across the Drummel line, and Ashcarrow will pay it in full",
  "Bartholomew Wrayburn", "surname after the clause: Wrayburn said", "said",
  note="clause first, attribution after; both capitals in the clause are governments (metonyms)")
Q(R2, I, "more than 38,000 households had lodged compensation claims by Thursday evening", "Powerwatch",
  "According to Powerwatch, a consumer group with some 52,000 members, (before the clause)", "according to")
Q(R2, I, "the NTO should pay “without forms, without queues and without excuses”", "Lucinda Oakhanger",
  "name before: Its director, Lucinda Oakhanger, wrote in a post on X that", "wrote", channel="post on X")
Q(R2, D, "without forms, without queues and without excuses", "Lucinda Oakhanger",
  "name before: Lucinda Oakhanger, wrote in a post on X that", "wrote", channel="post on X", partial=True)
Q(R2, I, "the NTO had paid €210 million in dividends last year", "Cordelia Pettifer",
  "name before: Cordelia Pettifer, the opposition’s energy spokeswoman, noted that", "noted")
Q(R2, I, "The blackout cost the economy about €480 million", "Haverleigh Institute",
  "name after the clause: the Haverleigh Institute estimates", "estimates", note="clause first, present tense 'estimates' after")

# R3: The Daily Clanger, 2032-11-13 (Sat; curly quotes; no dateline)
Q(R3, D, "People were singing at first. By the third hour nobody was singing,", "Nerys Scarisbrick",
  "pronoun after: she told the Clanger → Nerys Scarisbrick (subject of the paragraph before)", "told",
  channel="interview with the Clanger", note="multi-sentence")
Q(R3, D, "A man near me had a heart condition and no tablets. We shared water out of a baby’s bottle.", "Nerys Scarisbrick",
  "continuation: follows Nerys Scarisbrick's quote", None, channel="interview with the Clanger",
  note="multi-sentence; the apostrophe of baby’s is the same character as a closing single mark")
Q(R3, D, "Then the guard came through with a torch and said, ‘Nobody panic, we’re walking out,’ and the whole carriage cheered,",
  "Nerys Scarisbrick", "pronoun after: she said → Nerys Scarisbrick", "said",
  note="holds a quote inside the quote; the apostrophe of we’re is the same character as a closing single mark")
Q(R3, D, "Nobody panic, we’re walking out,", None, "unresolved: the guard came through ... and said (an unnamed guard, inside Nerys's quote)",
  "said", note="quote inside a quote (single curly marks); ends with the comma before the closing single mark")
Q(R3, D, None, "Nerys Scarisbrick", "pronoun in the middle: she added → Nerys Scarisbrick", "added",
  parts=["We were down there five hours", "and not one person from the railway told us why."],
  note="split quote, the attribution ('she added,') between the parts")
Q(R3, D, "I sat by the ovens with a torch and watched all that work melt,", "Gethin Scarisbrick",
  "pronoun after: he said → Gethin Scarisbrick (Her husband, the paragraph's subject)", "said")
Q(R3, I, "he has filed a claim but expects nothing", "Gethin Scarisbrick",
  "surname before: Scarisbrick, 37, says → Gethin (the man of the paragraph: 'he'), not his wife Nerys", "says",
  note="present tense, without 'that'")
Q(R3, I, "212 trains were stranded across the country that evening, eleven of them in tunnels", "Caldrenian Rail",
  "According to Caldrenian Rail, (before the clause)", "according to")
Q(R3, I, "the train could not be moved until the power came back, and that staff had walked everyone out “as soon as it was safe”",
  "Caldrenian Rail", "group before: A Caldrenian Rail spokesman said (an unnamed spokesman speaks for the company)", "said",
  note="'... , and that ...': one record, the first clause without 'that'")
Q(R3, D, "as soon as it was safe", "Caldrenian Rail", "group before: A Caldrenian Rail spokesman said", "said", partial=True)
Q(R3, I, "no family would be out of pocket", "Bartholomew Wrayburn",
  "name before: Energy Minister Bartholomew Wrayburn promised on Thursday that", "promised")
Q(R3, I, "the €75 offered to each household “would not refill a freezer”", "Lucinda Oakhanger",
  "name before: Lucinda Oakhanger, director of the Powerwatch consumer group, said", "said", note="reported speech without 'that'")
Q(R3, D, "would not refill a freezer", "Lucinda Oakhanger", "name before: Lucinda Oakhanger ... said", "said", partial=True,
  note="the closing mark comes before the full stop")
Q(R3, D, "Seventy-five euros is an insult to a family who lost a freezer full of food,", "Lucinda Oakhanger",
  "surname after: Oakhanger said", "said")
Q(R3, D, "Who keeps receipts for flour?", "Gethin Scarisbrick",
  "description after: the baker asked → Gethin Scarisbrick (whose bakery lost its stock)", "asked",
  note="a question; the speaker is named by his trade only")
Q(R3, I, "the railway has not offered her a penny", "Nerys Scarisbrick",
  "name before: Mrs Scarisbrick lost her wages ..., and says", "says", note="present tense, without 'that'")

# R4: Žabreški Glasnik, 2032-11-15 (Mon; straight quotes; dateline "ŽABREŽ, 15 November —"; 'Varešnija', 'Dragoslav Plješić',
# 'Jelka Brdarić', 'Šobrač', 'Declan Rusholm')
Q(R4, I, "Caldrenia would pay €2.4 million for the electricity Varešnija sent across the border on the night of the blackout, and that the sum was \"a matter of accounting, not of friendship\"",
  "Dragoslav Pljesic", "name before: Varešnija's energy minister, Dragoslav Plješić, said yesterday that (spelt with diacritics here)",
  "said", note="'that ..., and that ...': one record")
Q(R4, D, "a matter of accounting, not of friendship", "Dragoslav Pljesic", "name before: Dragoslav Plješić, said yesterday that", "said",
  partial=True, note="the closing mark comes before the full stop")
Q(R4, D, "We did not ask about the price on Tuesday night. We are asking now, politely,", "Dragoslav Pljesic",
  "surname after: Plješić told the Glasnik", "told", channel="interview with the Glasnik", note="multi-sentence")
Q(R4, D, "Our neighbours would have done the same for us.", "Dragoslav Pljesic", "continuation: follows Plješić's quote", None,
  channel="interview with the Glasnik")
Q(R4, I, "up to 900 megawatts flowed from its substation at Drummel into the Caldrenian grid between 19:30 CET on 9 November and 05:45 CET the next morning",
  "Varesnian System Operator", "According to the Varesnian System Operator (VSO), (before the clause)", "according to")
Q(R4, D, "Our control room saw the frequency in Caldrenia fall off a cliff. For four minutes we held our breath. Then the phone rang, and a voice from Ashcarrow said: 'Can you help us?'",
  "Jelka Brdaric", "name after: said Jelka Brdarić, who heads the VSO (inverted 'said Name')", "said",
  note="multi-sentence; holds a quote inside the quote and ends with the inner closing single mark")
Q(R4, D, "Can you help us?", None, "unresolved: a voice from Ashcarrow said: (unnamed, inside Brdarić's quote)", "said",
  note="quote inside a quote (single straight marks), introduced by a colon; a question")
Q(R4, I, "her engineers had started the first transfer less than three hours later", "Jelka Brdaric",
  "pronoun before: She said → Jelka Brdarić (the sentence before)", "said", note="reported speech without 'that'")
Q(R4, I, "without Varešnija \"the restart would have taken days, not hours\"", "Declan Rusholme",
  "name before: the NTO's operations director, Declan Rusholm, told Caldrenian Public Television on Friday that (spelt without the final e here)",
  "told", channel="television interview with Caldrenian Public Television")
Q(R4, D, "the restart would have taken days, not hours", "Declan Rusholme", "name before: Declan Rusholm, told ... that", "told",
  channel="television interview with Caldrenian Public Television", partial=True,
  note="the closing mark comes before the full stop")
Q(R4, I, "a second interconnector was needed so that \"one fire in Orvale\" could never again shake Varešnija's grid",
  "Dragoslav Pljesic", "surname before: But Plješić said", "said", note="reported speech without 'that'")
Q(R4, D, "one fire in Orvale", "Dragoslav Pljesic", "surname before: Plješić said", "said", partial=True)
Q(R4, I, "The existing line, from Orvale to Šobrač, will stay shut until at least December", "Varesnian System Operator",
  "acronym after the clause: the VSO says", "says", note="clause first, present tense 'says' after")
Q(R4, D, "People here watched Caldrenia go dark from their windows,", "Milica Drenovac",
  "title + name after: said the mayor, Milica Drenovac (inverted)", "said")
Q(R4, D, "Half of them have cousins on the other side, and my phone did not stop for two days.", "Milica Drenovac",
  "continuation: follows Drenovac's quote", None)

# R5: Caldrenian Public Television live blog, 2032-11-17 (Wed; plain-text scrape; straight quotes; entries stamped "HH:MM EET |")
Q(R5, I, "it has received more than 112,000 compensation claims since Thursday and that the first €75 payments will go out by 30 November",
  "National Transmission Operator", "acronym before: The NTO says", "says",
  note="present tense; '... and that ...': one record, the first clause without 'that'")
Q(R5, I, "A protection relay at Orvale had been set to the wrong threshold during a software update on 2 September, so it never isolated the fire",
  "Henrietta Ormsby", "pronoun after the clause: she says → Henrietta Ormsby (the sentence before)", "says",
  note="clause first, present tense 'she says' after")
Q(R5, D, "The relay did exactly what it was told. It was told the wrong thing.", "Henrietta Ormsby",
  "surname before a colon: Ormsby: (no speech verb)", None, note="multi-sentence; a name and a colon introduce the quote")
Q(R5, I, "the setting was checked by two engineers, \"and both of them missed it\"", "Henrietta Ormsby",
  "pronoun before: She adds that → Ormsby", "adds")
Q(R5, D, "and both of them missed it", "Henrietta Ormsby", "pronoun before: She adds that", "adds", partial=True,
  note="the closing mark comes before the full stop")
Q(R5, D, "I am not going to hide behind a contractor. The setting was approved by my staff, so the mistake is mine,",
  "Imogen Faircloth", "pronoun after: she tells the committee → Dr Imogen Faircloth (the sentence before)", "tells",
  note="multi-sentence; present tense")
Q(R5, I, "whether she will resign", "Cordelia Pettifer",
  "name before: Committee member Cordelia Pettifer asks Faircloth", "asks",
  note="an indirect question; the 'she' inside it is Faircloth")
Q(R5, D, "Not today,", "Imogen Faircloth",
  "pronoun after: she replies → Faircloth, who was asked, not Cordelia Pettifer (the subject of the sentence before)", "replies")
Q(R5, D, "Ask me again when the final report is out.", "Imogen Faircloth", "continuation: follows Faircloth's reply", None)
Q(R5, I, "the findings were \"sobering\" and that every relay in the country would be checked by March", "Bartholomew Wrayburn",
  "name before: Energy Minister Bartholomew Wrayburn wrote in a post on X that", "wrote", channel="post on X")
Q(R5, D, "sobering", "Bartholomew Wrayburn", "name before: Bartholomew Wrayburn wrote in a post on X that", "wrote",
  channel="post on X", partial=True, note="one word")
Q(R5, I, "the Orvale interconnector will stay shut until the GSB's final report", "Varesnian System Operator",
  "name before: the Varesnian System Operator says", "says", note="present tense, without 'that'")
Q(R5, I, "Varesnia had been paid \"in full, and on time\"", "Jelka Brdaric",
  "name before: Its head, Jelka Brdaric, told CPT on Monday that", "told", channel="interview with CPT")
Q(R5, D, "in full, and on time", "Jelka Brdaric", "name before: Jelka Brdaric, told CPT on Monday that", "told",
  channel="interview with CPT", partial=True, note="the closing mark comes before the full stop")
Q(R5, D, "I came to hear someone say sorry to my face. Today somebody did,", "Nerys Scarisbrick",
  "pronoun after: she told CPT → Nerys Scarisbrick (the sentence before)", "told", channel="interview with CPT",
  note="multi-sentence")
Q(R5, D, "Ask them who signed off the update!", None,
  "unresolved: A technician from the Orvale substation, waiting outside, shouted: (unnamed)", "shouted",
  note="a description and a colon introduce the quote; Declan Rusholme, the sentence before, said nothing")
Q(R5, I, "The committee will publish its own report on 15 December", "Amos Thirlwell",
  "name after the clause: said its chair, Amos Thirlwell (inverted)", "said", note="clause first, attribution after")


# ---------------------------------------------------------------- entities
E("Caldrenia", "country", ["Caldrenia", ("Ashcarrow", None, ["Ashcarrow will pay", "Ashcarrow has not disputed"])],
  metonyms=[{"alias": "Ashcarrow", "metonym_of": "Caldrenia (its government)"}], adjectival=["Caldrenian"],
  note="\"Ashcarrow will pay it in full\" (R2) and \"Ashcarrow has not disputed the bill\" (R4) are the government; the dateline "
       "ASHCARROW (R1), \"reporters in Ashcarrow\", \"headquarters in Ashcarrow\", \"a voice from Ashcarrow\" and \"In Ashcarrow,\" are the city")
E("Ashcarrow", "city", ["ASHCARROW", "Ashcarrow"], note="Caldrenia's capital; the dateline of R1; the two metonym contexts are claimed by Caldrenia")
E("Varesnia", "country", ["Varesnia", "Varešnija", ("Zabrez", None, ["Zabrez has sent"])],
  metonyms=[{"alias": "Zabrez", "metonym_of": "Varesnia (its government)"}], adjectival=["Varesnian", "Varešnian"],
  note="spelt \"Varešnija\" in the Žabreški Glasnik (also \"Varešnija's\"); \"Zabrez has sent a bill\" (R2) is the government; "
       "\"In Zabrez,\" (R1, R5) and the dateline ŽABREŽ are the city")
E("Zabrez", "city", ["ŽABREŽ", "Zabrez"], note="Varesnia's capital, spelt Žabrež (the dateline ŽABREŽ) in the Žabreški Glasnik")
E("Orvale", "town", ["Orvale"], note="the town of the substation; nested in \"Orvale substation\" and \"Orvale interconnector\" it is not a mention")
E("Orvale substation", "facility", ["Orvale substation"], note="where the transformer caught fire")
E("Orvale interconnector", "facility", ["Orvale interconnector"],
  note="the line from Orvale to Sobrac; described but not named in R1 (\"the interconnector linking it to Sobrac\") and R4 (\"The existing line\")")
E("Sobrac", "town", ["Sobrac", "Šobrač"], note="the Varesnian border town at the other end of the interconnector, spelt Šobrač in the Glasnik")
E("Drummel", "place", ["Drummel"], note="the Varesnian end of the second line (\"at Drummel\", \"the Drummel line\", \"its substation at Drummel\")")
E("Pimbury", "town", ["Pimbury"], note="nested in \"Pimbury Royal Infirmary\" it is not a mention")
E("Wexcombe Tunnel", "place", ["Wexcombe Tunnel"])
E("National Transmission Operator", "organisation", ["National Transmission Operator", "NTO"],
  note="Caldrenia's grid operator; \"the operator\" is not annotated")
E("Grid Standards Board", "organisation", ["Grid Standards Board", "GSB", ("energy regulator", [R1]), ("Caldrenian regulator", [R4])],
  note="Caldrenia's energy regulator; \"the energy regulator\" (R1, an apposition) and \"The Caldrenian regulator\" (R4) are mentions")
E("GSB statement", "document", ["regulator’s statement"], note="the Grid Standards Board's statement opening its inquiry (R2)")
E("Varesnian System Operator", "organisation", ["Varesnian System Operator", "VSO"], note="Varesnia's grid operator")
E("Caldrenian Rail", "organisation", ["Caldrenian Rail"], note="the railway; \"the railway\" is not annotated")
E("Pimbury Royal Infirmary", "organisation", ["Pimbury Royal Infirmary"])
E("Powerwatch", "organisation", ["Powerwatch"], note="a consumer group")
E("Folkhall", "organisation", ["Folkhall"], note="Caldrenia's parliament")
E("Folkhall energy committee", "organisation", ["energy committee"],
  note="the Folkhall's energy committee (R5); \"the committee\" is not annotated")
E("Haverleigh Institute", "organisation", ["Haverleigh Institute"], note="an economic research body (R2)")
E("Caldrenian Public Television", "media outlet", ["Caldrenian Public Television", "CPT"], note="the broadcaster of R5")
E("Nightline", "programme", ["Nightline"], note="CPT's programme (R2)")
E("X", "platform", ["X"])
E("Meridale News Agency", "news agency", ["MNA"], note="only as its acronym, in its own dateline")
E("The Daily Clanger", "media outlet", [("Clanger", [R3])], note="\"told the Clanger\" (R3)")
E("Žabreški Glasnik", "media outlet", [("Glasnik", [R4])], note="\"told the Glasnik\" (R4)")
E("Orvale substation engineers", "group", ["engineers at the plant"], note="a group as speaker (R2)")
E("Imogen Faircloth", "person", ["Dr Imogen Faircloth", "Faircloth", ("the operator's chief executive", [R1]),
                                 ("the chief executive", None, ["the chief executive said"])],
  note="chief executive of the NTO; \"the NTO’s chief executive\" (R2) is not an alias (it would swallow the NTO mention)")
E("Declan Rusholme", "person", ["Declan Rusholme", "Declan Rusholm"],
  note="the NTO's director of operations; spelt \"Rusholm\" (no final e) in the Žabreški Glasnik")
E("Bartholomew Wrayburn", "person", ["Energy Minister Bartholomew Wrayburn", "Wrayburn", ("the minister", [R1])],
  note="Caldrenia's energy minister")
E("Henrietta Ormsby", "person", ["Henrietta Ormsby", "Ormsby"], note="chair of the GSB")
E("Dragoslav Pljesic", "person", ["Energy Minister Dragoslav Pljesic", "Dragoslav Plješić", "Plješić"],
  note="Varesnia's energy minister, spelt with diacritics (Dragoslav Plješić) in the Žabreški Glasnik; "
       "\"Varesnian Energy Minister Dragoslav Pljesic\" (R1) holds the alias")
E("Jelka Brdaric", "person", ["Jelka Brdaric", "Jelka Brdarić"], note="head of the VSO, spelt with a diacritic in the Glasnik")
E("Nerys Scarisbrick", "person", ["Nerys Scarisbrick", "Mrs Scarisbrick"], note="a passenger trapped in the Wexcombe Tunnel")
E("Gethin Scarisbrick", "person", ["Gethin Scarisbrick", ("Scarisbrick", None, ["Scarisbrick, 37"]), ("the baker", [R3])],
  note="Nerys Scarisbrick's husband, a baker; the bare \"Scarisbrick, 37,\" (R3) is him")
E("Lucinda Oakhanger", "person", ["Lucinda Oakhanger", "Oakhanger"], note="director of Powerwatch")
E("Cordelia Pettifer", "person", ["Cordelia Pettifer"], note="the opposition's energy spokeswoman, a committee member")
E("Milica Drenovac", "person", ["Milica Drenovac", ("the mayor", None, ["said the mayor"])], note="mayor of Šobrač (R4)")
E("Amos Thirlwell", "person", ["Amos Thirlwell"], note="chair of the Folkhall's energy committee (R5)")

DISTINCT = [
    ("Nerys Scarisbrick", "Gethin Scarisbrick", "two people who share a surname, wife and husband (both in R3; the bare \"Scarisbrick, 37,\" is Gethin)"),
    ("Caldrenia", "Ashcarrow", "the government (metonym) vs the capital city (dateline of R1)"),
    ("Varesnia", "Zabrez", "the government (metonym) vs the capital city (dateline of R4)"),
    ("National Transmission Operator", "Varesnian System Operator", "the two countries' grid operators"),
    ("National Transmission Operator", "Grid Standards Board", "the operator vs its regulator"),
    ("Grid Standards Board", "GSB statement", "the regulator vs its statement"),
    ("Imogen Faircloth", "Henrietta Ormsby", "two women in one R1 sentence (\"she said\" is Ormsby) and one R5 hearing"),
    ("Imogen Faircloth", "Cordelia Pettifer", "two women in one R5 entry (\"she replies\" is Faircloth)"),
    ("Declan Rusholme", "Bartholomew Wrayburn", "two men in one R2 sentence (\"he said\" is Rusholme)"),
    ("Bartholomew Wrayburn", "Dragoslav Pljesic", "the two energy ministers"),
    ("Imogen Faircloth", "Jelka Brdaric", "the heads of the two grid operators"),
    ("Orvale", "Orvale substation", "the town vs the substation"),
    ("Orvale substation", "Orvale interconnector", "the substation vs the line"),
    ("Orvale substation", "Orvale substation engineers", "the plant vs the people who work there"),
    ("Pimbury", "Pimbury Royal Infirmary", "the town vs its hospital"),
    ("Folkhall", "Folkhall energy committee", "the parliament vs its committee"),
    ("Amos Thirlwell", "Folkhall energy committee", "the chair vs his committee"),
    ("Caldrenian Public Television", "Nightline", "the broadcaster vs its programme"),
    ("Powerwatch", "Lucinda Oakhanger", "the group vs its director"),
    ("Nerys Scarisbrick", "Lucinda Oakhanger", "two women in R3"),
    ("Sobrac", "Drummel", "the two Varesnian ends of the two lines"),
]


# ---------------------------------------------------------------- times
# R1 anchor Wed 2032-11-10
T(R1, "November 10", "date", "2032-11-10", "dateline; month and day, year of the publication date")
T(R1, "early on Wednesday", "weekday", "2032-11-10", "the anchor day (Wed 2032-11-10)")
T(R1, "12 hours", "duration", "PT12H", "duration (\"for up to 12 hours\")")
T(R1, "17:48 local time", "time", "2032-11-09T17:48:00+02:00",
  "\"local time\" in Caldrenia; the GMT equivalent in brackets (15:48 GMT) fixes the offset at UTC+2; the day from \"on Tuesday\" after it")
T(R1, "15:48 GMT", "time", "2032-11-09T15:48:00+00:00", "the same instant as 17:48 local time, written in GMT")
T(R1, "on Tuesday", "weekday", "2032-11-09", "the latest Tuesday before the anchor")
T(R1, "four minutes", "duration", "PT4M", "duration (\"Within four minutes\")")
T(R1, "midnight", "time", "2032-11-10T00:00:00+02:00",
  "\"by midnight\": the midnight that ended Tuesday 9 November (the blackout began Tuesday evening; all power was back by 06:10 Wednesday), local time")
T(R1, "06:10 local time", "time", "2032-11-10T06:10:00+02:00",
  "\"local time\" (UTC+2, as fixed in the second paragraph); the day from \"early on Wednesday\" in the lead")
T(R1, "on Wednesday morning", "weekday", "2032-11-10", "the anchor day")
T(R1, "by Friday", "weekday", "2032-11-12", "future deadline (\"must hand over ... by\"): the first Friday after the anchor")
T(R1, "five hours", "duration", "PT5H", "duration (\"for up to five hours\")")
T(R1, "23:00 local time", "time", "2032-11-09T23:00:00+02:00",
  "\"shortly before 23:00 local time\" on the night of the blackout (Tuesday): passengers were held for up to five hours from 17:48")
T(R1, "14 minutes", "duration", "PT14M", "duration (\"failed for 14 minutes\")")
T(R1, "19:30 CET", "time", "2032-11-09T19:30:00+01:00",
  "clock time with a zone (CET = UTC+1); no day in its sentence: the evening of the blackout, Tuesday (power was back by early Wednesday)")
T(R1, "on Thursday", "weekday", "2032-11-11", "future (\"would publish ... on\"): the first Thursday after the anchor")

# R2 anchor Fri 2032-11-12
T(R2, "on Tuesday evening", "weekday", "2032-11-09", "the latest Tuesday before Fri 2032-11-12")
T(R2, "since 1987", "date", "1987-01-01/1987-12-31", "a year", granularity="year")
T(R2, "in 2029", "date", "2029-01-01/2029-12-31", "a year", granularity="year")
T(R2, "yesterday", "relative", "2032-11-11", "the day before the anchor (\"engineers at the plant said yesterday\")")
T(R2, "on Thursday", "weekday", "2032-11-11", "the latest Thursday before the anchor (\"as ... Wrayburn spoke on Thursday\")")
T(R2, "in March", "date", "2032-03-01/2032-03-31", "a month with no year, past (\"had been approved in March\"): the latest March before the anchor",
  granularity="month")
T(R2, "eight hours", "duration", "PT8H", "duration (\"for more than eight hours\")")
T(R2, "on Wednesday night", "weekday", "2032-11-10", "the latest Wednesday before the anchor")
T(R2, "earlier this week", "relative", "2032-11-08/2032-11-11", "from the Monday of the anchor's week to the day before the anchor")
T(R2, "30 days", "duration", "P30D", "duration (\"within 30 days\")")
T(R2, "by Thursday evening", "weekday", "2032-11-11", "past (\"had lodged ... by\"): the latest Thursday before the anchor")
T(R2, "last year", "relative", "2031-01-01/2031-12-31", "the year before the anchor's", granularity="year")

# R3 anchor Sat 2032-11-13
T(R3, "on Tuesday", "weekday", "2032-11-09", "the latest Tuesday before Sat 2032-11-13")
T(R3, "five hours", "duration", "PT5H", "duration (\"the next five hours\")", after="She spent the next")
T(R3, "yesterday", "relative", "2032-11-12", "the day before the anchor (\"she told the Clanger yesterday\")")
T(R3, "five hours", "duration", "PT5H", "duration (inside the split quote, \"down there five hours\")", after="We were down there")
T(R3, "that evening", "relative", "2032-11-09", "\"that evening\": the Tuesday evening of the first paragraph")
T(R3, "on Thursday", "weekday", "2032-11-11", "the latest Thursday before the anchor (\"promised on Thursday\")", after="Wrayburn promised")
T(R3, "on Thursday", "weekday", "2032-11-11", "the latest Thursday before the anchor (\"announced on Thursday\")", after="scheme, announced")
T(R3, "for Wednesday", "weekday", "2032-11-10", "\"lost her wages for Wednesday\": the latest Wednesday before the anchor")
T(R3, "on Monday morning", "weekday", "2032-11-15", "future (\"will join a protest ... on\"): the first Monday after the anchor")

# R4 anchor Mon 2032-11-15
T(R4, "15 November", "date", "2032-11-15", "dateline in day-month order; year of the publication date")
T(R4, "yesterday", "relative", "2032-11-14", "the day before the anchor (\"said yesterday\")")
T(R4, "on Tuesday night", "weekday", "2032-11-09", "the latest Tuesday before the anchor (inside Plješić's quote, spoken on Sunday: the same Tuesday)")
T(R4, "19:30 CET", "time", "2032-11-09T19:30:00+01:00", "clock time with a zone (CET = UTC+1) on the date written after it (\"on 9 November\")")
T(R4, "9 November", "date", "2032-11-09", "day and month without a year (past): the year that puts it nearest the anchor")
T(R4, "05:45 CET", "time", "2032-11-10T05:45:00+01:00", "clock time with a zone, \"the next morning\" after 9 November")
T(R4, "the next morning", "relative", "2032-11-10", "the morning after 9 November")
T(R4, "four minutes", "duration", "PT4M", "duration (inside Brdarić's quote)")
T(R4, "16:48 CET", "time", "2032-11-09T16:48:00+01:00",
  "clock time with a zone on \"last Tuesday\": the same instant as 17:48 local time (15:48 GMT) in R1")
T(R4, "last Tuesday", "weekday", "2032-11-09", "the Tuesday of the week before the anchor's (Mon 2032-11-15)")
T(R4, "three hours", "duration", "PT3H", "duration (\"less than three hours later\")")
T(R4, "on Friday", "weekday", "2032-11-12", "the latest Friday before the anchor (\"told Caldrenian Public Television on Friday\")")
T(R4, "30 days", "duration", "P30D", "duration (\"within 30 days\")")
T(R4, "December", "date", "2032-12-01/2032-12-31", "a month with no year, future (\"will stay shut until at least December\"): the next December",
  granularity="month")
T(R4, "last week", "relative", "2032-11-08/2032-11-14", "the Monday–Sunday week before the anchor's")
T(R4, "two days", "duration", "P2D", "duration (inside Drenovac's quote)")
T(R4, "since 2011", "date", "2011-01-01/2011-12-31", "a year", granularity="year")

# R5 anchor Wed 2032-11-17
T(R5, "Wednesday 17 November", "date", "2032-11-17", "weekday, day and month without a year in the blog's header: the anchor day")
for stamp in ("08:40", "09:15", "10:06", "10:14", "10:41", "11:03", "11:30", "12:20", "13:05", "14:10", "14:25"):
    T(R5, f"{stamp} EET", "time", f"2032-11-17T{stamp}:00+02:00", "a live-blog entry stamp with a zone (EET = UTC+2), on the anchor day")
T(R5, "10:00 EET", "time", "2032-11-17T10:00:00+02:00", "clock time with a zone, on the anchor day (\"questions ... from\")")
T(R5, "09:00 CET", "time", "2032-11-17T09:00:00+01:00", "the same instant as 10:00 EET, written in CET")
T(R5, "08:00 GMT", "time", "2032-11-17T08:00:00+00:00", "the same instant as 10:00 EET, written in GMT (three zones, one instant)")
T(R5, "last Tuesday's", "weekday", "2032-11-09", "possessive \"last Tuesday's blackout\": the Tuesday of the week before the anchor's (Wed 2032-11-17)")
T(R5, "12 hours", "duration", "PT12H", "duration (\"for up to 12 hours\")")
T(R5, "since Thursday", "weekday", "2032-11-11", "the latest Thursday before the anchor")
T(R5, "30 November", "date", "2032-11-30", "day and month without a year (\"will go out by\"): the nearest, future")
T(R5, "2 September", "date", "2032-09-02", "day and month without a year, past (\"during a software update on\"): the year that puts it nearest the anchor")
T(R5, "by March", "date", "2033-03-01/2033-03-31", "a month with no year, future (\"would be checked by March\"): the next March",
  granularity="month")
T(R5, "on Monday", "weekday", "2032-11-15", "the latest Monday before the anchor (\"told CPT on Monday\")")
T(R5, "five hours", "duration", "PT5H", "duration (\"spent five hours trapped\")")
T(R5, "earlier this month", "relative", "2032-11-01/2032-11-16", "from the first of the month to the day before the anchor")
T(R5, "Today", "relative", "2032-11-17", "the anchor day (inside Nerys Scarisbrick's quote)")
T(R5, "15 December", "date", "2032-12-15", "day and month without a year (\"will publish ... on\"): the nearest, future")


# ---------------------------------------------------------------- numbers
N(R1, "up to 12 hours", 12, "hour", "duration", approx="up_to", note="\"up to\" read as up_to")
N(R1, "four minutes", 4, "minute", "duration", note="word number")
N(R1, "about 4.1 million customers", 4100000, "customer", "count", approx="about", note="a decimal with a scale word")
N(R1, "60 percent", 60, "percent", "percent")
N(R1, "one fire", 1, "fire", "count", after="why one fire", note="word number inside a quote (\"one fire in one substation\")")
N(R1, "one substation", 1, "substation", "count", note="word number inside a quote")
N(R1, "212 trains", 212, "train", "count")
N(R1, "At least 1,300 passengers", 1300, "passenger", "count", approx="at_least", note="sentence-initial \"At least\"")
N(R1, "up to five hours", 5, "hour", "duration", approx="up_to", note="word number")
N(R1, "46 hospitals", 46, "hospital", "count", note="\"All 46 hospitals in the country\"")
N(R1, "14 minutes", 14, "minute", "duration")
N(R1, "three patients", 3, "patient", "count", note="word number")

N(R2, "three times", 3, "time", "count", note="\"We asked for a new one three times\", inside a quote")
N(R2, "€75", 75, "eur", "money")
N(R2, "more than eight hours", 8, "hour", "duration", approx="more_than", note="word number")
N(R2, "30 days", 30, "day", "duration", note="after \"within\": exact")
N(R2, "€2.4 million", 2400000, "eur", "money", note="a decimal with a scale word")
N(R2, "some 52,000 members", 52000, "member", "count", approx="about", note="\"some\" read as about")
N(R2, "more than 38,000 households", 38000, "household", "count", approx="more_than")
N(R2, "€210 million", 210000000, "eur", "money")
N(R2, "about €480 million", 480000000, "eur", "money", approx="about")

N(R3, "34", 34, "year", "age", note="an age (\"Nerys Scarisbrick, 34,\")")
N(R3, "five hours", 5, "hour", "duration", after="She spent the next", note="word number")
N(R3, "some 400 strangers", 400, "stranger", "count", approx="about", note="\"some\" read as about")
N(R3, "five hours", 5, "hour", "duration", after="We were down there", note="word number, in the first part of a split quote")
N(R3, "about €3,000", 3000, "eur", "money", approx="about")
N(R3, "37", 37, "year", "age", note="an age (\"Scarisbrick, 37,\")")
N(R3, "212 trains", 212, "train", "count")
N(R3, "eleven", 11, "train", "count", note="\"eleven of them in tunnels\": word number, the noun (trains) from \"212 trains\"")
N(R3, "€75", 75, "eur", "money")
N(R3, "Seventy-five euros", 75, "eur", "money", note="sentence-initial hyphenated word number with the currency written as a word, inside a quote")
N(R3, "up to €20,000", 20000, "eur", "money", approx="up_to")
N(R3, "two children", 2, "child", "count", note="word number; irregular plural")

N(R4, "€2.4 million", 2400000, "eur", "money")
N(R4, "up to 900 megawatts", 900, "megawatt", "count", approx="up_to", note="a unit of power")
N(R4, "four minutes", 4, "minute", "duration", note="word number, inside a quote")
N(R4, "less than three hours", 3, "hour", "duration", approx="less_than", note="word number")
N(R4, "30 days", 30, "day", "duration")
N(R4, "one fire", 1, "fire", "count", note="word number inside a partial quote (\"one fire in Orvale\")")
N(R4, "two days", 2, "day", "duration", note="word number, inside a quote")
N(R4, "two lines", 2, "line", "count", note="\"linked by just two lines\": word number")

N(R5, "about 4.1 million customers", 4100000, "customer", "count", approx="about")
N(R5, "up to 12 hours", 12, "hour", "duration", approx="up_to")
N(R5, "more than 112,000 compensation claims", 112000, "compensation claim", "count", approx="more_than", note="a two-word noun")
N(R5, "€75", 75, "eur", "money", note="\"the first €75 payments\": the amount of each payment")
N(R5, "two engineers", 2, "engineer", "count", note="word number")
N(R5, "five hours", 5, "hour", "duration", note="word number")

ABOUT = ("Gold for the read stage on the invented held-out reports of demo/read-heldout8/reports.jsonl, "
         "written and committed before any reader ran on them. `file` is the report's `id`; `start`/`end` "
         "are BYTE offsets into the UTF-8 encoding of the report's `text` field; text[start:end] begins "
         "with `span`. Same format as demo/read-heldout7/gold.json. Generated by build_gold.py. See README.md here.")


G.write(ABOUT, DISTINCT, detailed=True)
