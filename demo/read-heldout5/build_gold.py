#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and the annotations below.

Run from anywhere: `python3 demo/read-heldout5/build_gold.py`. Offsets are computed here from the spans
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
# R1: Skerry News Service, 2029-03-12 (straight quotes; dateline VALMEYR)
Q(R1, I, "The alarm sounded at 03:42 CET (02:42 GMT) and the first patrol car reached Kastell Square four minutes later",
  "Central Criminal Bureau", "after the clause: according to the Central Criminal Bureau (CCB), which is leading the inquiry",
  "according to", note="the lead before it is the agency's own, with no attribution")
Q(R1, D, "They knew which case to open and they touched nothing else,", "Halvar Oddsen",
  "name after: said Detective Superintendent Halvar Oddsen, who heads the investigation", "said")
Q(R1, D, "This was ordered, not improvised.", "Halvar Oddsen", "continuation: follows Oddsen's quote", None)
Q(R1, I, "The diadem, set with 212 garnets and weighing about 1.4 kilograms, carries an insured value of €38 million",
  "Renée Castaigne", "name after: museum director Renée Castaigne told reporters alongside Culture Minister Ragnhild Selander",
  "told", note="clause first, the attribution after it; reported speech without 'that'")
Q(R1, I, "the museum would stay shut until Thursday while forensic teams worked through its 26 galleries", "Renée Castaigne",
  "pronoun She said → Renée Castaigne (subject of the sentence before; Ragnhild Selander, also a woman, named at its end)",
  "said", note="reported speech without 'that'")
Q(R1, I, "her government had lent the diadem \"in good faith and on good advice\" and expected Valmeyr to explain how a skylight above a €38 million object had been left without a sensor",
  "Ksenia Dorofeyeva", "name before: Saldenia's culture minister, Ksenia Dorofeyeva, said in a statement that", "said",
  channel="statement", note="the capital Valmeyr as its government inside the clause; the report's dateline is VALMEYR")
Q(R1, D, "in good faith and on good advice", "Ksenia Dorofeyeva", "name before: Ksenia Dorofeyeva, said in a statement",
  "said", channel="statement", partial=True)
Q(R1, I, "Ruzhevo has already frozen the loan of 40 further objects promised for an exhibition in June",
  "Saldenian Ministry of Culture", "group after the clause: the Saldenian culture ministry said", "said",
  note="the clause's subject is the capital Ruzhevo as its government")
Q(R1, D, "a wound to two countries at once", "Ragnhild Selander",
  "surname: Selander, who opened it, called the theft (Culture Minister Ragnhild Selander, the only Selander of the report)",
  "called", partial=True, note="a quoted fragment with no reported clause around it: a direct partial record only")
Q(R1, I, "the thieves had probably watched the building for weeks and could have left Valmeyr within 90 minutes of the alarm",
  "Halvar Oddsen", "surname before: Oddsen said on Monday", "said", note="reported speech without 'that'")

# R2: The Quayside Chronicle, 2029-03-13 (curly quotes; no dateline)
Q(R2, I, "he telephoned her at about half past four on Sunday morning", "Solange Ferrand",
  "name before: His mother, Solange Ferrand, who lives two streets from the museum, says", "says",
  note="present tense; reported speech without 'that'; 'he' inside the clause is Lukas Ferrand")
Q(R2, D, "My boy rang and the first thing out of his mouth was ‘I was on the wrong floor.’ Not hello, nothing,",
  "Solange Ferrand", "pronoun after: she told the Chronicle → Solange Ferrand (named in the sentence before)", "told",
  channel="interview with the Chronicle",
  note="holds a quote inside the quote; multi-sentence; ends with the comma before the closing mark")
Q(R2, D, "I was on the wrong floor.", "Lukas Ferrand",
  "kinship inside the quote: 'My boy ... the first thing out of his mouth was' (his mother, Solange Ferrand, is speaking)",
  None, note="quote inside a quote (single curly marks), introduced by 'the first thing out of his mouth was', no speech verb")
Q(R2, D, "He has been guarding that building for eleven years.", "Solange Ferrand",
  "continuation: follows Solange Ferrand's quote", None, channel="interview with the Chronicle")
Q(R2, D, "the only person who did his job that night", "Renée Castaigne",
  "name before: the museum’s director, Renee Castaigne, described him as (no diacritic in this report)", "described",
  partial=True, note="a quoted fragment with no reported clause around it: a direct partial record only")
Q(R2, I, "the sensor on the skylight had been switched off for repairs since last month", None,
  "unresolved: 'A member of the museum’s cleaning staff, who did not want to be named, said'", "said",
  note="reported speech without 'that'")
Q(R2, I, "the street had been dark for a week because the council had not replaced two broken lamps", "Hester Vantreight",
  "name after: said Hester Vantreight, who runs the bakery opposite", "said",
  note="clause first ('Across the square,' is the writer's frame), the attribution after it, inverted 'said Name'")
Q(R2, D, "You could have parked a lorry there and nobody would have looked twice,", "Hester Vantreight",
  "pronoun she said → Hester Vantreight (subject of the sentence before; Solange Ferrand and Renee Castaigne, also women, earlier)",
  "said")
Q(R2, I, "a decision on extra money would come by the end of next week", "Ragnhild Selander",
  "title alone: The minister said → Ragnhild Selander (Culture Minister, the sentence before)", "said",
  note="reported speech without 'that'")
Q(R2, I, "the diadem was “irreplaceable, not merely expensive”", "Johan Selander",
  "name before: Johan Selander, the museum’s curator ... and no relation to the minister, wrote in a post on LinkedIn that",
  "wrote", channel="post on LinkedIn")
Q(R2, D, "irreplaceable, not merely expensive", "Johan Selander", "name before: Johan Selander ... wrote", "wrote",
  channel="post on LinkedIn", partial=True)
Q(R2, I, "a piece so famous could not be sold openly and that he feared it would be broken up for its stones", "Johan Selander",
  "pronoun He added → Johan Selander (subject of the sentence before; Lukas Ferrand, another man, earlier)", "added",
  note="'that ... and that ...': one record")
Q(R2, D, "I keep thinking of the clasp,", "Johan Selander",
  "surname after: Selander said → Johan Selander, the curator of the paragraph before (not Ragnhild Selander, the minister, "
  "who shares the surname and is named two paragraphs up)", "said")
Q(R2, D, "Nobody has made one like it for eleven centuries.", "Johan Selander", "continuation: follows Selander's quote", None)

# R3: The Ruzhevo Observer, 2029-03-14 (straight quotes; dateline RUZHEVO, day-month)
Q(R3, I, "Saldenia will ask Ostrevia to return every object it has lent to Ostrevian museums by the end of the month",
  "Ksenia Dorofeyeva", "name after: Culture Minister Xenia Dorofeeva announced on Tuesday (transliterated 'Xenia Dorofeeva' here)",
  "announced", note="clause first; ends before ', two days after ...' (the writer's words)")
Q(R3, D, "We did not lend them a crown so that they could lose it,", "Ksenia Dorofeyeva",
  "surname after: Dorofeeva told a news conference", "told", channel="news conference")
Q(R3, D, "We lent them our history. Valmeyr has to understand that this is not a matter for insurers.", "Ksenia Dorofeyeva",
  "continuation: follows Dorofeeva's quote", None, channel="news conference",
  note="multi-sentence; the capital Valmeyr as its government inside the quote")
Q(R3, I, "Saldenian schools would cancel exchange trips to Ostrevia if the diadem was not found", "Ksenia Dorofeyeva",
  "pronoun She warned that → Xenia Dorofeeva (the speaker of the quote before; Irina Tomashova, also a woman, later in the same sentence)",
  "warned")
Q(R3, I, "she had recalled the ambassador, Irina Tomashova, for consultations", "Ksenia Dorofeyeva",
  "pronoun: 'She warned ... and said' → Xenia Dorofeeva", "said", note="second reported clause of the same sentence, without 'that'")
Q(R3, D, None, "Miroslav Velimirov", "name in the middle: said Miroslav Velimirov, the SNHC's director",
  "said", parts=["The collection is not a lending library", "and from today nothing leaves this country without an armed escort."],
  note="split quote, the attribution between the parts; the first part ends with a comma")
Q(R3, I, "his staff had asked in January for a second sensor on the skylight and had been promised one \"before the opening\"",
  "Miroslav Velimirov", "surname before: In a letter to Castaigne dated March 12, Velimirov wrote that", "wrote",
  channel="letter")
Q(R3, D, "before the opening", "Miroslav Velimirov", "surname before: Velimirov wrote (letter)", "wrote",
  channel="letter", partial=True, note="words quoted from what the museum had promised, as the letter reports them")
Q(R3, I, "the borrower must pay the insured value within 30 days of a loss", "Tesmer Diadem loan agreement",
  "document: The loan agreement, signed in Valmeyr on 9 November 2028, says that", "says")
Q(R3, I, "Valmeyr has offered to pay for an independent review and to cover the full insured value", "Ostrevian embassy in Ruzhevo",
  "According to the Ostrevian embassy in Ruzhevo, (before the clause)", "according to",
  note="the clause's subject is the capital Valmeyr as its government")
Q(R3, I, "The culture ministry expects a written reply by Monday and the first crates of the 40 objects on the road before April 1",
  "Arkady Lunev", "name after: said Arkady Lunev, Dorofeeva's spokesman", "said",
  note="clause first, inverted 'said Name' after; the sentence before ('Ruzhevo wants more.') is the writer's")
Q(R3, I, "Ostrevian dealers handled at least 60 looted Saldenian pieces after the border opened in 1993", "Imelda Penhallow",
  "name after: argued Imelda Penhallow, an art-crime researcher at Ruzhevo University", "argued",
  note="clause first, inverted 'argued Name' after")
Q(R3, I, None, "Imelda Penhallow",
  "pronoun in the middle: she noted → Imelda Penhallow (subject of the paragraph; Dorofeeva and Tomashova, also women, earlier)",
  "noted", parts=["Some of those pieces", "are still on display in Valmeyr"],
  note="an indirect clause split by a parenthetical attribution")

# R4: Countinghouse Daily, 2029-03-16 (curly quotes; no dateline)
Q(R4, D, "We were never asked to alarm that skylight,", "Fredrik Ambervold",
  "name after: chief executive Fredrik Ambervold told analysts on a call", "told", channel="call with analysts")
Q(R4, D, "The specification was the museum’s, not ours.", "Fredrik Ambervold",
  "continuation: follows Ambervold's quote", None, channel="call with analysts",
  note="the apostrophe of museum’s is the same character as a closing single mark")
Q(R4, I, "Gatewarden had staffed the building with three guards a night, as agreed, and would cooperate fully with the CCB",
  "Fredrik Ambervold", "pronoun He said → Fredrik Ambervold (the speaker of the quotes before)", "said",
  note="reported speech without 'that'")
Q(R4, I, "the gold in the diadem was worth less than €150,000 at current prices, “a rounding error next to the history”, and that the real cost to Gatewarden would be the contracts it now fails to win",
  "Oona Lachterman", "name before: Oona Lachterman, an analyst at Stellhorn Capital, said that", "said",
  note="'that ... and that ...': one record")
Q(R4, D, "a rounding error next to the history", "Oona Lachterman", "name before: Oona Lachterman ... said that", "said",
  partial=True)
Q(R4, I, "The gang was inside the building for six and a half minutes", "Central Criminal Bureau",
  "acronym after the clause: according to the CCB, which has reviewed footage from 31 cameras", "according to")
Q(R4, I, None, "Quenby Fine Art Underwriters",
  "group: a spokeswoman said (of Quenby, the subject of the clause; the sentence before names Quenby Fine Art Underwriters)",
  "said", parts=["Quenby had raised premiums on loaned antiquities in June last year", "and expected to settle “within weeks, not months”"],
  note="the attribution in the middle of the reported sentence; the unnamed spokeswoman speaks for the insurer")
Q(R4, D, "within weeks, not months", "Quenby Fine Art Underwriters", "a spokeswoman said (Quenby's)", "said", partial=True)
Q(R4, I, "the state would pay “every cent it owes, and not one cent more”", "Tobiah Kersting",
  "name before: Finance Minister Tobiah Kersting wrote on Threads that", "wrote", channel="post on Threads")
Q(R4, D, "every cent it owes, and not one cent more", "Tobiah Kersting", "name before: Tobiah Kersting wrote on Threads",
  "wrote", channel="post on Threads", partial=True)
Q(R4, I, "the money would come from a €120 million contingency reserve", "Ostrevian Ministry of Finance",
  "group before: the finance ministry said (Kersting's ministry)", "said", note="reported speech without 'that'")
Q(R4, I, "Two private collectors have asked for pieces back from Ostrevian museums since Tuesday", "Quenby Fine Art Underwriters",
  "name after the clause: Quenby said", "said")
Q(R4, I, "it will not admit visitors before March 22", "Ostrevian National Museum",
  "acronym before: The ONM, which had hoped to reopen on Thursday, now says", "says",
  note="present tense; reported speech without 'that'")

# R5: Radio National Ostrevia, 2029-03-20 (straight quotes; no dateline)
Q(R5, I, "The Tesmer Diadem was found on Monday in a lock-up garage in the port town of Orbeck, eight days after it was stolen from the Ostrevian National Museum",
  "Central Criminal Bureau", "name after: the Central Criminal Bureau said yesterday", "said",
  note="a long clause first, the attribution after it")
Q(R5, I, "Three men arrested on Saturday have been charged with aggravated theft", "Central Criminal Bureau",
  "acronym after the clause: according to the CCB", "according to")
Q(R5, I, "the men had rented the garage for six months under a false name", "CCB charge sheet",
  "document: Its charge sheet, seen by RNO, says", "says", note="reported speech without 'that'")
Q(R5, D, "We found it wrapped in a bath towel in a cool box,", "Halvar Oddsen",
  "name after: Detective Superintendent Halvar Oddsen told RNO", "told", channel="interview with RNO")
Q(R5, D, "Whoever ordered this job never came to collect.", "Halvar Oddsen", "continuation: follows Oddsen's quote", None,
  channel="interview with RNO")
Q(R5, I, "the inquiry was \"very much still open\"", "Halvar Oddsen",
  "pronoun he said that → Halvar Oddsen (the speaker of the quotes before; the buyer is unnamed)", "said",
  channel="interview with RNO")
Q(R5, D, "very much still open", "Halvar Oddsen", "pronoun: he said that → Halvar Oddsen", "said",
  channel="interview with RNO", partial=True)
Q(R5, D, "Welcome back. Now come home.", "Ksenia Dorofeyeva",
  "surname before: Dorofeyeva posted a photograph of the diadem on Threads with the words", "posted",
  channel="post on Threads", note="multi-sentence; introduced by 'with the words', not a speech verb")
Q(R5, I, "the crown would be flown to Ruzhevo under armed escort by the end of April, once restorers in both countries have examined it",
  "Saldenian Ministry of Culture", "group before: Saldenia's culture ministry said", "said", note="reported speech without 'that'")
Q(R5, I, "the museum would reopen at 10:00 CET on Thursday, 09:00 GMT, with the upper galleries closed for another fortnight",
  "Renée Castaigne", "name before: Renée Castaigne said today that", "said")
Q(R5, I, "the skylight had been sealed", "Renée Castaigne",
  "title alone: The director said → Renée Castaigne (the sentence before)", "said", note="reported speech without 'that'")
Q(R5, I, "she had ordered new sensors for every state museum by June 30", "Ragnhild Selander",
  "name before: Ragnhild Selander, the culture minister, who was criticised in parliament last week ..., said", "said",
  note="reported speech without 'that'")


# ---------------------------------------------------------------- entities
E("Ostrevia", "country", ["Ostrevia",
                          ("Valmeyr", None, ["expected Valmeyr to explain", "Valmeyr has to understand", "Valmeyr has offered",
                                             "falls on Valmeyr"])],
  metonyms=[{"alias": "Valmeyr", "metonym_of": "Ostrevia (its government)"}], adjectival=["Ostrevian"],
  note="\"Valmeyr\" is expected to explain (R1, whose dateline is VALMEYR), has to understand (R3, inside a quote), has "
       "offered to pay (R3) and carries the loss (R4, \"The rest falls on Valmeyr\"): the government; \"left Valmeyr\", "
       "\"stolen in Valmeyr\", \"03:42 in Valmeyr\", \"signed in Valmeyr\", \"on display in Valmeyr\", \"a magistrate in "
       "Valmeyr\" and the dateline are the city")
E("Valmeyr", "city", ["VALMEYR", ("Valmeyr", None, ["have left Valmeyr", "stolen in Valmeyr", "03:42 in Valmeyr",
                                                   "signed in Valmeyr", "on display in Valmeyr", "magistrate in Valmeyr"])],
  note="Ostrevia's capital, where the museum is; the dateline of R1, whose body also uses \"Valmeyr\" for the government")
E("Saldenia", "country", ["Saldenia",
                          ("Ruzhevo", None, ["Ruzhevo has already frozen", "Ruzhevo wants more", "Ruzhevo’s recall"])],
  metonyms=[{"alias": "Ruzhevo", "metonym_of": "Saldenia (its government)"}], adjectival=["Saldenian"],
  note="\"Ruzhevo\" freezes loans (R1), wants more (R3, whose dateline is RUZHEVO) and recalls its loans (R4, possessive "
       "\"Ruzhevo’s recall\"): the government; \"In Ruzhevo\" (R1, R5), the dateline, \"embassy in Ruzhevo\" and \"flown "
       "to Ruzhevo\" are the city; \"Ruzhevo University\" is its own entity")
E("Ruzhevo", "city", ["RUZHEVO", ("Ruzhevo", None, ["In Ruzhevo, Saldenia", "embassy in Ruzhevo", "In Ruzhevo, Dorofeyeva",
                                                   "flown to Ruzhevo"])],
  note="Saldenia's capital")
E("Orbeck", "town", ["Orbeck"], note="the port town where the diadem was found")
E("Kastell Square", "place", ["Kastell Square"], note="the square in Valmeyr outside the museum; \"the square\" is not annotated")
E("Tesmer Diadem", "artefact", ["Tesmer Diadem"],
  note="the stolen ninth-century gold crown; \"the diadem\", \"the crown\" are not annotated")
E("Ostrevian National Museum", "organisation", ["Ostrevian National Museum", "ONM"],
  note="\"the museum\" is not annotated (it is also the building)")
E("Central Criminal Bureau", "organisation", ["Central Criminal Bureau", "CCB"], note="Ostrevia's criminal police, leading the inquiry")
E("Saldenian National Heritage Collection", "organisation", ["Saldenian National Heritage Collection", "SNHC",
                                                              ("The collection", [R3])],
  note="the lender; \"The collection\" opens Velimirov's quote")
E("Saldenian Ministry of Culture", "organisation", ["Saldenian culture ministry", "culture ministry"],
  note="Dorofeyeva's ministry: \"the Saldenian culture ministry\" (R1), \"The culture ministry\" (R3), \"Saldenia's culture ministry\" (R5)")
E("Ostrevian Ministry of Finance", "organisation", [("finance ministry", [R4])], note="Kersting's ministry")
E("Ostrevian embassy in Ruzhevo", "organisation", ["Ostrevian embassy"])
E("Ruzhevo University", "organisation", ["Ruzhevo University"], note="not the city, not the government")
E("Gatewarden Security", "company", ["Gatewarden Security", "Gatewarden"], note="the museum's security contractor")
E("Stellhorn Capital", "company", ["Stellhorn Capital"], note="\"Her firm\" is not annotated")
E("Quenby Fine Art Underwriters", "company", ["Quenby Fine Art Underwriters", "Quenby"], note="the insurer of the first €5 million")
E("Tesmer Diadem loan agreement", "document", [("The loan agreement", [R3])])
E("CCB charge sheet", "document", [("charge sheet", [R5])], note="\"Its charge sheet\": the CCB's")
E("Halvar Oddsen", "person", ["Detective Superintendent Halvar Oddsen", "Halvar Oddsen", "Oddsen"],
  note="CCB detective superintendent leading the inquiry")
E("Renée Castaigne", "person", ["Renée Castaigne", "Renee Castaigne", "Castaigne", ("the museum’s director", [R2]),
                                ("The director", [R5])],
  note="director of the Ostrevian National Museum; spelt without the accent in the Quayside Chronicle; surname only in R3")
E("Ragnhild Selander", "person", ["Culture Minister Ragnhild Selander", "Ragnhild Selander", ("Selander", [R1]),
                                  ("The minister", [R2]), ("the minister", [R2]), ("the culture minister", [R5])],
  note="Ostrevia's culture minister; in R2 the bare \"Selander\" is Johan Selander, not her")
E("Johan Selander", "person", ["Johan Selander", ("Selander", None, ["Selander said"])],
  note="curator of medieval metalwork at the museum, \"no relation to the minister\"")
E("Ksenia Dorofeyeva", "person", ["Ksenia Dorofeyeva", "Culture Minister Xenia Dorofeeva", "Xenia Dorofeeva", "Dorofeeva",
                                  "Dorofeyeva"],
  note="Saldenia's culture minister; transliterated \"Xenia Dorofeeva\" in the Ruzhevo Observer, \"Dorofeyeva\" in SNS and RNO")
E("Irina Tomashova", "person", ["Irina Tomashova", ("the ambassador", [R3])], note="Saldenia's ambassador to Ostrevia")
E("Miroslav Velimirov", "person", ["Miroslav Velimirov", "Velimirov"], note="director of the SNHC")
E("Arkady Lunev", "person", ["Arkady Lunev"], note="Dorofeyeva's spokesman")
E("Imelda Penhallow", "person", ["Imelda Penhallow"], note="art-crime researcher at Ruzhevo University")
E("Lukas Ferrand", "person", ["Lukas Ferrand", ("Ferrand", None, ["named Ferrand as"]), ("My boy", [R2])],
  note="the night guard; \"My boy\" inside his mother's quote; the bare \"Ferrand\" (\"has not named Ferrand as a suspect\") is him")
E("Solange Ferrand", "person", ["Solange Ferrand", ("His mother", [R2])], note="Lukas Ferrand's mother")
E("Hester Vantreight", "person", ["Hester Vantreight"], note="runs the bakery opposite the museum")
E("Fredrik Ambervold", "person", ["Fredrik Ambervold"], note="Gatewarden chief executive")
E("Oona Lachterman", "person", ["Oona Lachterman"], note="analyst at Stellhorn Capital")
E("Tobiah Kersting", "person", ["Finance Minister Tobiah Kersting", "Tobiah Kersting"], note="Ostrevia's finance minister")
E("Skerry News Service", "news agency", ["SNS"])
E("The Quayside Chronicle", "media outlet", [("Chronicle", [R2])])
E("The Ruzhevo Observer", "media outlet", [("Observer", [R3])])
E("Radio National Ostrevia", "media outlet", ["RNO"])
E("LinkedIn", "platform", ["LinkedIn"])
E("Threads", "platform", ["Threads"])

DISTINCT = [
    ("Ragnhild Selander", "Johan Selander", "two people who share a surname, \"no relation\": the culture minister and the curator (both in the Quayside Chronicle)"),
    ("Lukas Ferrand", "Solange Ferrand", "son and mother"),
    ("Ostrevia", "Valmeyr", "the government (metonym) vs the capital city (dateline of R1)"),
    ("Saldenia", "Ruzhevo", "the government (metonym) vs the capital city (dateline of R3)"),
    ("Ruzhevo", "Ruzhevo University", "the city vs a university named after it"),
    ("Ostrevia", "Ostrevian embassy in Ruzhevo", "the country vs its embassy"),
    ("Ostrevian National Museum", "Ostrevia", "the museum vs the country in its name"),
    ("Renée Castaigne", "Ragnhild Selander", "two women in one sentence of SNS (\"She said\" is Castaigne)"),
    ("Ksenia Dorofeyeva", "Irina Tomashova", "the minister vs the ambassador she recalled, in one sentence"),
    ("Ksenia Dorofeyeva", "Ragnhild Selander", "the two culture ministers (both \"Culture Minister ...\")"),
    ("Saldenian Ministry of Culture", "Saldenian National Heritage Collection", "the ministry vs the lending collection"),
    ("Gatewarden Security", "Quenby Fine Art Underwriters", "the guard firm vs the insurer"),
    ("Gatewarden Security", "Stellhorn Capital", "the guard firm vs the analyst's firm"),
    ("Fredrik Ambervold", "Tobiah Kersting", "two men quoted in the Countinghouse Daily"),
    ("Hester Vantreight", "Solange Ferrand", "two women quoted in the Quayside Chronicle"),
    ("Central Criminal Bureau", "CCB charge sheet", "the bureau vs its document"),
]


# ---------------------------------------------------------------- times
T(R1, "March 12", "date", "2029-03-12", "dateline; month and day, year of the publication date")
T(R1, "early on Sunday", "weekday", "2029-03-11", "the latest Sunday on or before Mon 2029-03-12")
T(R1, "seven minutes", "duration", "PT7M", "duration (\"in less than seven minutes\")")
T(R1, "03:42 CET", "time", "2029-03-11T03:42:00+01:00",
  "clock time with a zone abbreviation (CET = UTC+1); no day in its sentence: the day of the lead (\"early on Sunday\")")
T(R1, "02:42 GMT", "time", "2029-03-11T02:42:00+00:00", "the same instant as 03:42 CET, written in GMT")
T(R1, "four minutes", "duration", "PT4M", "duration (\"four minutes later\")")
T(R1, "until Thursday", "weekday", "2029-03-15", "future (\"would stay shut until\"): the first Thursday after the anchor")
T(R1, "in June", "date", "2029-06-01/2029-06-30", "a month with no year, future (\"promised for an exhibition in June\"): the next June",
  granularity="month")
T(R1, "February 3", "date", "2029-02-03", "month and day without a year (past, \"opened on\"): the year that puts it nearest the anchor")
T(R1, "on Monday", "weekday", "2029-03-12", "the anchor day (Mon 2029-03-12)", after="Oddsen said")
T(R1, "90 minutes", "duration", "PT90M", "duration (\"within 90 minutes of the alarm\")")
T(R1, "on Sunday", "weekday", "2029-03-11", "the latest Sunday on or before the anchor (\"lifted at noon on Sunday\")",
  after="at noon")

T(R2, "40 minutes", "duration", "PT40M", "duration (\"40 minutes into his second round\")")
T(R2, "half past four", "time", "unresolved", "clock time in words with no zone (\"at about half past four on Sunday morning\")")
T(R2, "on Sunday morning", "weekday", "2029-03-11", "the latest Sunday on or before Tue 2029-03-13")
T(R2, "eleven years", "duration", "P11Y", "duration (inside a continuation quote)")
T(R2, "last month", "relative", "2029-02-01/2029-02-28", "the month before the anchor's (\"switched off ... since last month\")",
  granularity="month")
T(R2, "a week", "duration", "P1W", "duration (\"had been dark for a week\")")
T(R2, "on Thursday evening", "weekday", "2029-03-15", "future (\"will discuss the lighting on\"): the first Thursday after the anchor")
T(R2, "yesterday", "relative", "2029-03-12", "the day before the anchor (\"visited the museum yesterday\")")
T(R2, "by the end of next week", "relative", "2029-03-25",
  "the last day (Sunday) of the Monday–Sunday week after the anchor's (next week = 2029-03-19..2029-03-25)")
T(R2, "eleven centuries", "duration", "P1100Y", "duration (\"for eleven centuries\", inside a continuation quote)")

T(R3, "14 March", "date", "2029-03-14", "dateline in day-month order; year of the publication date")
T(R3, "by the end of the month", "relative", "2029-03-31", "the last day of the anchor's month (\"ask Ostrevia to return ... by\")")
T(R3, "on Tuesday", "weekday", "2029-03-13", "the latest Tuesday on or before Wed 2029-03-14 (\"announced on Tuesday\")")
T(R3, "two days after the Tesmer Diadem was stolen in Valmeyr", "event-anchored", "2029-03-13",
  "the theft was early on Sun 2029-03-11 (\"on Sunday\" in this report's third paragraph; R1, R2); two days later is the Tuesday of the announcement")
T(R3, "04:42 EET", "time", "2029-03-11T04:42:00+02:00", "clock time with a zone abbreviation (EET = UTC+2); the day from \"on Sunday\" right after it; the same instant as SNS's 03:42 CET")
T(R3, "on Sunday", "weekday", "2029-03-11", "the latest Sunday on or before the anchor", after="04:42 EET")
T(R3, "03:42", "time", "unresolved", "clock time with no zone written (\"(03:42 in Valmeyr)\"), as \"6 a.m. in Haverlund\" in demo/read-heldout4")
T(R3, "today", "relative", "2029-03-14", "the anchor day (\"from today nothing leaves\", inside a quote)")
T(R3, "March 12", "date", "2029-03-12", "month and day without a year (\"a letter ... dated March 12\"): the year that puts it nearest the anchor")
T(R3, "in January", "date", "2029-01-01/2029-01-31", "a month with no year, past (\"had asked in January\"): the latest January before the anchor",
  granularity="month")
T(R3, "9 November 2028", "date", "2028-11-09", "an explicit date, day-month-year")
T(R3, "30 days", "duration", "P30D", "duration (\"within 30 days of a loss\")")
T(R3, "by Monday", "weekday", "2029-03-19", "future deadline (\"expects a written reply by\"): the first Monday after the anchor")
T(R3, "April 1", "date", "2029-04-01", "month and day without a year (\"on the road before April 1\"): the nearest, future")
T(R3, "in 1993", "date", "1993-01-01/1993-12-31", "a year", granularity="year")
T(R3, "nine years", "duration", "P9Y", "duration (\"took her nine years to write\")")

T(R4, "since 2021", "date", "2021-01-01/2021-12-31", "a year", granularity="year")
T(R4, "on Thursday", "weekday", "2029-03-15", "the latest Thursday on or before Fri 2029-03-16 (\"fell 11.5% on Thursday\")")
T(R4, "in October 2019", "date", "2019-10-01/2019-10-31", "a month and year", granularity="month")
T(R4, "six and a half minutes", "duration", "PT6M30S", "fractional duration (\"inside the building for six and a half minutes\")")
T(R4, "June last year", "date", "2028-06-01/2028-06-30", "the month in the year before the anchor's", granularity="month")
T(R4, "since Tuesday", "weekday", "2029-03-13", "the latest Tuesday on or before the anchor")
T(R4, "on Thursday", "weekday", "2029-03-15", "past (\"had hoped to reopen on Thursday\"): the latest Thursday on or before the anchor",
  after="hoped to reopen")
T(R4, "March 22", "date", "2029-03-22", "month and day without a year (\"will not admit visitors before March 22\"): the nearest, future")

T(R5, "on Monday", "weekday", "2029-03-19", "the latest Monday on or before Tue 2029-03-20 (\"was found on Monday\")")
T(R5, "eight days after it was stolen from the Ostrevian National Museum", "event-anchored", "2029-03-19",
  "the theft was early on Sun 2029-03-11 (R1–R4; RNO does not date it); eight days later is Monday, the day of the find")
T(R5, "yesterday", "relative", "2029-03-19", "the day before the anchor (\"the Central Criminal Bureau said yesterday\")")
T(R5, "on Saturday", "weekday", "2029-03-17", "the latest Saturday on or before the anchor (\"arrested on Saturday\")")
T(R5, "six months", "duration", "P6M", "duration (\"rented the garage for six months\")")
T(R5, "8 p.m.", "time", "unresolved", "clock time with no zone (\"shortly after 8 p.m. on Monday\")")
T(R5, "on Monday", "weekday", "2029-03-19", "the latest Monday on or before the anchor (\"spoke to RNO ... on Monday\")",
  after="8 p.m.")
T(R5, "on Friday", "weekday", "2029-03-23", "future (\"will appear before a magistrate ... on\"): the first Friday after the anchor")
T(R5, "by the end of April", "relative", "2029-04-30", "the last day of April, the next April (\"would be flown ... by the end of April\")")
T(R5, "today", "relative", "2029-03-20", "the anchor day (\"said today\")")
T(R5, "10:00 CET", "time", "2029-03-22T10:00:00+01:00", "clock time with a zone; the day from \"on Thursday\" right after it")
T(R5, "on Thursday", "weekday", "2029-03-22", "future (\"would reopen ... on\"): the first Thursday after the anchor")
T(R5, "09:00 GMT", "time", "2029-03-22T09:00:00+00:00", "the same instant as 10:00 CET, written in GMT, after the day")
T(R5, "fortnight", "duration", "P14D", "duration (\"closed for another fortnight\")")
T(R5, "last week", "relative", "2029-03-12/2029-03-18", "the Monday–Sunday week before the anchor's")
T(R5, "June 30", "date", "2029-06-30", "month and day without a year (\"by June 30\", a deadline): the nearest, future")
T(R5, "tonight", "relative", "2029-03-20", "the evening of the anchor day")
T(R5, "March next year", "date", "2030-03-01/2030-03-31", "a month in the year after the anchor's (\"not expected before March next year\")",
  granularity="month")
T(R5, "earlier this month", "relative", "2029-03-01/2029-03-19", "from the first of the anchor's month to the day before the anchor",
  granularity="month")
T(R5, "yesterday", "relative", "2029-03-19", "the day before the anchor (\"Its shares rose 6 percent yesterday\")", after="6 percent")

# ---------------------------------------------------------------- numbers
N(R1, "less than seven minutes", 7, "minute", "duration", approx="up_to", note="\"less than\" read as up_to, as \"under\"")
N(R1, "four minutes", 4, "minute", "duration", note="word number")
N(R1, "212 garnets", 212, "garnet", "count")
N(R1, "about 1.4 kilograms", 1.4, "kilogram", "count", approx="about", note="a decimal measure")
N(R1, "€38 million", 38000000, "eur", "money", note="a scale word")
N(R1, "26 galleries", 26, "gallery", "count")
N(R1, "€38 million", 38000000, "eur", "money", after="skylight above", note="before its noun (\"a €38 million object\")")
N(R1, "40 further objects", 40, "object", "count", note="an adjective between the number and the noun")
N(R1, "more than 85,000 visitors", 85000, "visitor", "count", approx="more_than")
N(R1, "200,000 euros", 200000, "eur", "money", note="the currency written as a word after the number")
N(R1, "90 minutes", 90, "minute", "duration", note="after \"within\": exact, as \"within 14 days\" in demo/read-heldout4")
N(R1, "three motorways", 3, "motorway", "count", note="word number")

N(R2, "40 minutes", 40, "minute", "duration")
N(R2, "two storeys", 2, "storey", "count", note="word number")
N(R2, "two streets", 2, "street", "count", note="word number (a distance: \"lives two streets from the museum\")")
N(R2, "eleven years", 11, "year", "duration", note="word number, inside a quote")
N(R2, "two broken lamps", 2, "lamp", "count", note="an adjective between the number and the noun")
N(R2, "14 state museums", 14, "museum", "count", note="a noun modifier between the number and the noun")
N(R2, "eleven centuries", 11, "century", "duration", note="irregular plural, inside a quote")

N(R3, "3,200 objects", 3200, "object", "count", note="after \"one of\", which is not a number")
N(R3, "30 days", 30, "day", "duration")
N(R3, "40 objects", 40, "object", "count")
N(R3, "at least 60 looted Saldenian pieces", 60, "piece", "count", approx="at_least",
  note="an adjective and a demonym between the number and the noun")
N(R3, "nine years", 9, "year", "duration", note="word number")

N(R4, "11.5%", 11.5, "percent", "percent", note="the percent sign")
N(R4, "about €2.6m", 2600000, "eur", "money", approx="about", note="the abbreviated scale \"m\"")
N(R4, "roughly 4 percent", 4, "percent", "percent", approx="about", note="\"roughly\" read as about")
N(R4, "three guards", 3, "guard", "count", note="word number")
N(R4, "less than €150,000", 150000, "eur", "money", approx="up_to", note="\"less than\" read as up_to")
N(R4, "30 percent", 30, "percent", "percent")
N(R4, "€8.40", 8.4, "eur", "money", note="a price with cents")
N(R4, "six and a half minutes", 6.5, "minute", "duration", note="a fractional word number")
N(R4, "31 cameras", 31, "camera", "count")
N(R4, "€38 million", 38000000, "eur", "money")
N(R4, "€5 million", 5000000, "eur", "money", note="after \"the first\", an ordinal that is not a number")
N(R4, "€120 million", 120000000, "eur", "money", note="before its noun (\"a €120 million contingency reserve\")")
N(R4, "Two private collectors", 2, "collector", "count", note="sentence-initial word number, an adjective between")

N(R5, "Two", 2, "garnet", "count", note="\"Two of its 212 garnets\": the noun comes after \"of its 212\"")
N(R5, "212 garnets", 212, "garnet", "count")
N(R5, "four gold arches", 4, "arch", "count", note="after \"one of its\", which is not a number; a noun modifier between")
N(R5, "Three men", 3, "man", "count", note="sentence-initial word number; irregular plural")
N(R5, "six months", 6, "month", "duration", note="word number")
N(R5, "6 percent", 6, "percent", "percent")

ABOUT = ("Gold for the read stage on the invented held-out reports of demo/read-heldout5/reports.jsonl, "
         "written and committed before any reader ran on them. `file` is the report's `id`; `start`/`end` "
         "are BYTE offsets into the UTF-8 encoding of the report's `text` field; text[start:end] begins "
         "with `span`. Same format as demo/read/gold.json. Generated by build_gold.py. See README.md here.")


G.write(ABOUT, DISTINCT, detailed=True)
