#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and the annotations below.

Run from anywhere: `python3 demo/read-heldout22/build_gold.py`. Offsets are computed here from the spans
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
# R1: Tolland Press, 2047-02-13 (Wed; wire; straight quotes; dateline "BRACKENHOLT, Norvale, Feb 13 (Tolland Press) -", a spaced
# hyphen; no diacritics: "Dobromila Rehorkova", "Jirinka"; Norvale keeps UTC+1: "22:40 local time (21:40 GMT)")
Q(R1, I, "probe holes drilled ahead of the Norvalian boring machine, Marigold, had struck the Kravonian tunnel \"well above where it should be\" and that nobody had been hurt",
  "Serrow Tunnel Company",
  "name + acronym before: The Serrow Tunnel Company (STC), the joint venture owned equally by the two governments, said in a statement that",
  "said", channel="statement", note="'that ... and that ...': one record; an appositive between the name and the verb; a partial inside")
Q(R1, D, "well above where it should be", "Serrow Tunnel Company", "name before: The Serrow Tunnel Company (STC) ... said in a statement",
  "said", channel="statement", partial=True)
Q(R1, D, "We would rather lose a party than open a tunnel with a kerb in it,", "Lettice Venner",
  "name after (inverted): said Lettice Venner, the STC's chief executive", "said")
Q(R1, D, "Nobody lays a metre of track until we know how this happened.", "Lettice Venner",
  "continuation: the quote after '..., said Lettice Venner, the STC's chief executive.'", None)
Q(R1, I, "the error was \"embarrassing but fixable\" and that Norvale would pay its share of any repair", "Perrin Gauldie",
  "surname before: Gauldie told reporters that → Perrin Gauldie, the minister named in the paragraph before (Jowan Gauldie appears only "
  "later)", "told", channel="told reporters", note="'that ... and that ...': one record; a partial inside")
Q(R1, D, "embarrassing but fixable", "Perrin Gauldie", "surname before: Gauldie told reporters", "told", channel="told reporters",
  partial=True)
Q(R1, D, "I am not interested in blame this week,", "Perrin Gauldie",
  "pronoun after: he said → Gauldie, the subject of the sentence before", "said", channel="told reporters")
Q(R1, D, "I am interested in a tunnel that lines up.", "Perrin Gauldie", "continuation: the quote after '..., he said.'", None,
  channel="told reporters")
Q(R1, I, "the Kravonian half had been surveyed \"to the millimetre\" and that she expected Brackenholt \"to explain itself\"",
  "Dobromila Rehorkova", "surname before: Late on Tuesday, Rehorkova wrote on X that", "wrote", channel="post on X",
  note="a time phrase before the speaker; 'that ... and that ...': one record with two partials; 'Brackenholt' is "
       "Norvale's government")
Q(R1, D, "to the millimetre", "Dobromila Rehorkova", "surname before: Rehorkova wrote on X", "wrote", channel="post on X",
  partial=True)
Q(R1, D, "to explain itself", "Dobromila Rehorkova", "surname before: Rehorkova wrote on X ... and that she expected",
  "wrote", channel="post on X", partial=True, note="the closing mark comes before the full stop")
Q(R1, I, "Professor Hesper Marrable, a geodesist at the University of Kelderby, would lead an independent review and report within a week",
  "Norvalian Ministry of Transport", "group through its document before: A statement from Norvale's transport ministry said",
  "said", channel="statement", note="a ministry speaks through its statement; reported speech without 'that'")
Q(R1, I, "The review will cost no more than 250,000 euros", "Norvalian Ministry of Transport",
  "description after the clause: according to the ministry → the transport ministry of the sentence before", "according to",
  note="clause first, 'according to' after")
Q(R1, I, "it was checking survey records going back to 2041", "Rennet & Vyle",
  "name before: Rennet & Vyle, the Norvalian contractor that drove the northern half, said", "said",
  note="reported speech without 'that'; a relative clause between the name and the verb")
Q(R1, I, "the firm's instruments had been recalibrated \"at least four times\" since boring began", "Jowan Gauldie",
  "title + name before: Its project director, Jowan Gauldie, who is not related to the minister, told Tolland Press", "told",
  channel="interview with Tolland Press", note="reported speech without 'that'; a relative clause between the name and the verb")
Q(R1, D, "at least four times", "Jowan Gauldie", "name before: Jowan Gauldie ... told Tolland Press", "told",
  channel="interview with Tolland Press", partial=True)
Q(R1, I, "the 140 workers on the Norvalian side had been sent home on full pay", "Dunstan Ruddock",
  "name before: Dunstan Ruddock of the Tunnel and Shaft Workers' Union said", "said", note="reported speech without 'that'")
Q(R1, D, "They dug 13 kilometres through granite. They did not type the numbers into the computer,", "Dunstan Ruddock",
  "pronoun after: he said → Ruddock, the subject of the sentence before", "said", note="multi-sentence")

# R2: Třešňovarská Ozvěna (English edition), 2047-02-14 (Thu; the Kravonian paper in English; straight quotes; dateline "TŘEŠŇOVAR,
# 14 February –" (en dash); diacritics: "Dobromila Řehořková", "Ctibor Hájíček", "Jiřinka"; Kravonia keeps UTC+2: "23:40 Kravonian
# time – 22:40 in Brackenholt")
Q(R2, I, "Kravonia built its half of the Serrow Base Tunnel exactly to plan and will not pay for a mistake made on the other side of the mountain",
  "Dobromila Rehorkova", "title + name after the clause: Transport Minister Dobromila Řehořková said on Wednesday", "said",
  note="the reported clause opens the report (after the dateline), speaker and verb after it")
Q(R2, I, "the Kravonian survey had been checked by two outside firms in 2044 and again last year", "Dobromila Rehorkova",
  "surname before: Speaking at her ministry, Řehořková said", "said", note="reported speech without 'that'; a participle phrase first")
Q(R2, D, "Our tunnel is at the right height. We have the documents, and we will publish every page,", "Dobromila Rehorkova",
  "pronoun after: she said → Řehořková, the subject of the sentence before", "said", note="multi-sentence")
Q(R2, D, "Ask Brackenholt.", "Dobromila Rehorkova",
  "title alone before, a colon: the minister replied: → Řehořková (the only minister in the paragraph)", "replied",
  note="the agentless 'Asked whether the row would delay the opening' is no record; 'Brackenholt' is Norvale's government")
Q(R2, I, "he had learned of the problem from a telephone call late on Monday", "Ctibor Hajicek",
  "name before: Ctibor Hájíček, chief surveyor at Podzemstav, the Kravonian firm that dug the southern half, told the Ozvěna that",
  "told", channel="interview with the Ozvěna", note="two appositives between the name and the verb")
Q(R2, D, "My opposite number on the Norvalian side rang and said, 'Ctibor, we can see your tunnel, but it is above our heads,' and I honestly thought he was joking,",
  "Ctibor Hajicek", "surname after: Hájíček said", "said", channel="interview with the Ozvěna",
  note="holds a quote inside the quote (single straight marks) spoken by someone else, his Norvalian opposite number")
Q(R2, D, "Ctibor, we can see your tunnel, but it is above our heads,", None,
  "inside the outer quote: 'My opposite number on the Norvalian side rang and said,' → a Norvalian surveyor, never named (speaker null)",
  "said", note="quote inside a quote whose speaker is NOT the outer speaker; 'Ctibor' is the one addressed (Hájíček)")
Q(R2, D, "He was not joking.", "Ctibor Hajicek", "continuation: the quote after '..., Hájíček said.'", None,
  channel="interview with the Ozvěna", note="'He' inside is the unnamed Norvalian")
Q(R2, I, "He had barely slept since", "Ctibor Hajicek",
  "pronoun after, parenthetical: ..., he said. → Hájíček (the subject of the sentence, named in it)", "said",
  note="the attribution comes after the reported words, set off by a comma")
Q(R2, I, "it had shared its survey data with the Norvalian side every month since 2043 and that none of the figures had ever been queried",
  "Podzemstav", "name before: Podzemstav said in a statement that", "said", channel="statement",
  note="'that ... and that ...': one record")
Q(R2, I, "Třešňovar expects Brackenholt to cover the full cost of any repair", None,
  "unresolved: according to a ministry official who spoke on condition of anonymity (speaker null)", "according to",
  note="clause first, 'according to' after; both capitals inside are governments (metonyms)")
Q(R2, I, "it was \"far too early\" to say which side was at fault", "Lettice Venner",
  "name before: Lettice Venner, who runs the Serrow Tunnel Company, said on Wednesday that", "said",
  note="a relative clause between the name and the verb, a time phrase between the verb and 'that'")
Q(R2, D, "far too early", "Lettice Venner", "name before: Lettice Venner ... said on Wednesday that", "said", partial=True)
Q(R2, I, "she had already spoken to Jowan Gauldie, the project director of Rennet & Vyle, and to Hájíček", "Hesper Marrable",
  "name before: Hesper Marrable, the Norvalian geodesist leading the independent review, said", "said",
  note="reported speech without 'that'")
Q(R2, D, "I want the raw numbers, as they came out of the instruments, not as anybody has tidied them since,", "Hesper Marrable",
  "pronoun after: she said → Marrable, the subject of the sentence before (the two men named inside her clause are not 'she')", "said")

# R3: The Daily Rasp, 2047-02-16 (Sat; tabloid; straight quotes; no dateline and no zone anywhere ("7.30am", "11am"); no diacritics;
# labels: "Tunnel to Nowhere", "Mr Millimetre"; two men named Gauldie, not related)
Q(R3, D, "I sleep very well, thank you. My numbers are right. Check theirs.", "Ctibor Hajicek",
  "name before, a colon: Kravonia's top surveyor Ctibor Hajicek - known to his crew as Mr Millimetre - told the Rasp:", "told",
  channel="interview with the Rasp", note="multi-sentence; a nickname between dashes between the name and the verb")
Q(R3, I, "the blunder was \"a national embarrassment\" and that heads would roll \"if heads need to roll\"", "Perrin Gauldie",
  "title alone before: The minister told them → Transport Minister Perrin Gauldie (the sentence before)", "told",
  channel="told MPs", note="'them' is the MPs; 'that ... and that ...' with the first 'that' left out: one record with two partials")
Q(R3, D, "a national embarrassment", "Perrin Gauldie", "title alone before: The minister told them", "told", channel="told MPs",
  partial=True)
Q(R3, D, "if heads need to roll", "Perrin Gauldie", "title alone before: The minister told them ... and that", "told",
  channel="told MPs", partial=True, note="the closing mark comes before the full stop")
Q(R3, D, "We are not related, I am not hiding, and my team will have answers for the review.", "Jowan Gauldie",
  "title + name before, a colon: Rennet & Vyle project director Jowan Gauldie, 47, said last night: (not the minister)", "said")
Q(R3, I, "his surveyors had worked \"day and night\" since Tuesday", "Jowan Gauldie",
  "pronoun before: He added that → Jowan Gauldie, the speaker of the sentence before", "added", note="the partial sits inside")
Q(R3, D, "day and night", "Jowan Gauldie", "pronoun before: He added that", "added", partial=True)
Q(R3, D, "My lads dug 13 kilometres through solid granite and now they're being laughed at in every pub in the country. They didn't do the maths.",
  "Dunstan Ruddock", "title + name before, a colon: Union boss Dunstan Ruddock fumed:", "fumed", note="multi-sentence")
Q(R3, D, "Somebody used a plus where they should have used a minus. It really is that simple, and that stupid.", None,
  "unresolved: A source at the Serrow Tunnel Company said: (an unnamed source; the company is not the speaker)", "said",
  note="multi-sentence")
Q(R3, I, "the fix could cost up to 5 MILLION euros and take at least three weeks", None,
  "unresolved: Experts reckon (unnamed)", "reckon", note="reported speech without 'that'; 'MILLION' in capitals")
Q(R3, I, "Gauldie had \"lost control\" of the biggest building project in Norvale's history", "Tansy Nettlefold",
  "title + name before: Opposition transport spokeswoman Tansy Nettlefold said", "said",
  note="reported speech without 'that'; the bare 'Gauldie' inside is the minister")
Q(R3, D, "lost control", "Tansy Nettlefold", "name before: Tansy Nettlefold said", "said", partial=True)
Q(R3, D, "He cut the ribbon on the first drive in 2042. He can carry the can for the last one,", "Tansy Nettlefold",
  "pronoun after: she said → Nettlefold, the subject of the sentence before (the minister named in her clause is a man)", "said",
  note="multi-sentence; 'He' inside is the minister")
Q(R3, D, "a Norvalian problem with a Norvalian solution", "Dobromila Rehorkova",
  "title + name before: Kravonian minister Dobromila Rehorkova, 51, branded the mess ... in a post on X", "branded",
  channel="post on X", partial=True, note="a quoted fragment as the complement of 'branded'; no clause, so no indirect record")

# R4: The Norvale Witness, 2047-02-19 (Tue; broadsheet; curly quotes and apostrophes; sayings in the present tense ("says", "tells",
# "calls", "concedes", "insists", "puts it"); no dateline; diacritics: "Dobromila Řehořková", "Třešňovar")
Q(R4, I, "the two countries measure height from different reference points, which sit 22 centimetres apart, and that Rennet & Vyle’s surveyors applied the correction the wrong way round, doubling the gap instead of closing it",
  "Marrable review",
  "document before: Published on Monday, the report by Professor Hesper Marrable says → the review (a document), as a complaint or a "
  "ruling speaks", "says", channel="report",
  note="present tense, without 'that' at first, then ', and that ...': one record; a participle phrase first")
Q(R4, D, "Nobody was careless for six years. Somebody was careless on a single afternoon, and after that everybody trusted the number,",
  "Hesper Marrable", "surname after: Marrable tells the Witness", "tells", channel="interview with the Witness",
  note="multi-sentence")
Q(R4, D, None, "Hesper Marrable", "pronoun in the middle: she says → Marrable, the speaker of the quote before", "says",
  channel="interview with the Witness",
  parts=["It is the sort of mistake,", "that only shows itself when the two ends finally meet."],
  note="a direct quote split by its attribution: one record with two parts")
Q(R4, I, "the firm has “no excuse and no intention of looking for one”", "Jowan Gauldie",
  "title + name before: Its project director, Jowan Gauldie, tells the Witness that", "tells", channel="interview with the Witness",
  note="the partial ends it")
Q(R4, D, "no excuse and no intention of looking for one", "Jowan Gauldie", "name before: Jowan Gauldie, tells the Witness that",
  "tells", channel="interview with the Witness", partial=True, note="the closing mark comes before the full stop")
Q(R4, I, "the apology came before the report did", "Lettice Venner",
  "title + name before: Lettice Venner, chief executive of the Serrow Tunnel Company, says", "says",
  note="present tense, without 'that'")
Q(R4, D, "Jowan rang me on Thursday night and said, ‘It was us, Lettice, and I am sorry,’ and I have a lot of respect for that,",
  "Lettice Venner", "pronoun after: she says → Venner, the subject of the sentence before (Jowan Gauldie, named before her, is a man)",
  "says", note="holds a quote inside the quote (curly single marks) spoken by Jowan Gauldie")
Q(R4, D, "It was us, Lettice, and I am sorry,", "Jowan Gauldie",
  "inside the outer quote: 'Jowan rang me on Thursday night and said,' → Jowan Gauldie (the only Jowan, named in the sentence before "
  "last)", "said", note="quote inside a quote whose speaker is NOT the outer speaker; 'Lettice' is the one addressed (Venner)")
Q(R4, I, "a gradient of 0.7 percent is well within what freight trains can manage", "Marrable review",
  "document before: The review says → the Marrable review", "says", channel="report", note="present tense, without 'that'")
Q(R4, I, "the machine should break through on Friday at 11:00 – noon in Třešňovar", "Serrow Tunnel Company",
  "acronym before: The STC says", "says", note="present tense, without 'that'; the same instant in two zones inside the clause; the next "
  "sentence's 'It puts the bill at ...' is an estimate with no reported clause: no record")
Q(R4, I, "it will pay all of it", "Norvale",
  "capital for its government before: Brackenholt, which holds 50 percent of the company, says → Norvale's government", "says",
  note="a capital city speaks for its government (a metonym); a relative clause between subject and verb; 'it' is Brackenholt")
Q(R4, D, "humbling", "Perrin Gauldie", "name before: Perrin Gauldie, the transport minister, calls the finding", "calls",
  partial=True, note="a one-word quoted fragment as the complement of 'calls'; no clause, so no indirect record")
Q(R4, I, "his department “took a great deal on trust”", "Perrin Gauldie", "same subject: ... and concedes that → Perrin Gauldie",
  "concedes", note="a second verb of the same subject; the partial ends it")
Q(R4, D, "took a great deal on trust", "Perrin Gauldie", "same subject: ... and concedes that", "concedes", partial=True,
  note="the closing mark comes before the full stop")
Q(R4, I, "she accepts the apology and hopes “to open this tunnel together, and on time”", "Dobromila Rehorkova",
  "pronoun before: She says → Řehořková, the subject of the sentence before (Perrin Gauldie, named before her, is a man)", "says",
  note="present tense, without 'that'; the partial ends it")
Q(R4, D, "to open this tunnel together, and on time", "Dobromila Rehorkova", "pronoun before: She says ... and hopes", "says",
  partial=True, note="the closing mark comes before the full stop")
Q(R4, I, "the review “answers how, but not why nobody checked”", "Tansy Nettlefold",
  "name before: Tansy Nettlefold, who speaks for the opposition on transport, says", "says",
  note="present tense, without 'that'; a relative clause (with 'speaks', no speech of its own) between the name and the verb")
Q(R4, D, "answers how, but not why nobody checked", "Tansy Nettlefold", "name before: Tansy Nettlefold ... says", "says", partial=True,
  note="the closing mark comes before the full stop")
Q(R4, I, "The tunnel’s opening date, 9 December 2049, has not moved", "Serrow Tunnel Company",
  "description after the clause: the company insists → the Serrow Tunnel Company", "insists",
  note="clause first, speaker and verb after it")
Q(R4, D, "the easy bit", "Lettice Venner", "surname before: as Venner puts it", "puts", partial=True,
  note="a quoted fragment after 'as X puts it'; no clause of its own, so no indirect record")

# R5: Kettlecombe Radio live blog, 2047-02-22 (Fri; plain-text scrape: header "LIVE: ... - Friday 22 February" and a line "All times
# Norvale time (GMT+1)"; each entry begins with a 24-hour stamp on a line of its own; straight quotes; no diacritics)
Q(R5, I, "he will \"say sorry in person\" to his Kravonian counterpart", "Perrin Gauldie",
  "title + name before: Transport Minister Perrin Gauldie has arrived and tells us", "tells", channel="interview with Kettlecombe Radio",
  note="a second verb of the same subject; present tense, without 'that'; a partial inside")
Q(R5, D, "say sorry in person", "Perrin Gauldie", "name before: Perrin Gauldie ... tells us", "tells",
  channel="interview with Kettlecombe Radio", partial=True)
Q(R5, D, "I owe Dobromila a handshake and probably a lunch,", "Perrin Gauldie",
  "pronoun after: he says → Gauldie, the subject of the sentence before", "says", channel="interview with Kettlecombe Radio",
  note="'Dobromila' inside is Rehorkova")
Q(R5, I, "she was \"on the way, with a spirit level in my bag\"", "Dobromila Rehorkova",
  "title + name before: Kravonia's minister Dobromila Rehorkova wrote on X this morning that", "wrote", channel="post on X",
  note="a time phrase between the channel and 'that'; the partial ends it")
Q(R5, D, "on the way, with a spirit level in my bag", "Dobromila Rehorkova", "name before: Dobromila Rehorkova wrote on X", "wrote",
  channel="post on X", partial=True, note="the closing mark comes before the full stop")
Q(R5, D, "It is hot, it is loud and nobody is talking. They have measured everything three times.", "Morwen Larch",
  "surname alone before a colon: Larch: (no verb) → Morwen Larch, named in the sentence before", None, note="multi-sentence")
Q(R5, I, "he had checked the Norvalian figures himself on Wednesday, \"line by line\"", "Ctibor Hajicek",
  "pronoun before: He told us earlier that → Hajicek, named in the sentence before", "told",
  channel="interview with Kettlecombe Radio", note="the partial ends it")
Q(R5, D, "line by line", "Ctibor Hajicek", "pronoun before: He told us earlier that", "told",
  channel="interview with Kettlecombe Radio", partial=True, note="the closing mark comes before the full stop")
Q(R5, I, "the crew expects to see the Kravonian tunnel within 20 minutes", "Morwen Larch", "surname before: Larch says", "says",
  note="present tense, without 'that'")
Q(R5, D, "Nine millimetres. I can live with nine millimetres,", "Ctibor Hajicek", "surname after: Hajicek says", "says",
  note="multi-sentence")
Q(R5, I, "the review had been \"hard to read but fair\"", "Jowan Gauldie", "name before: Jowan Gauldie told us", "told",
  channel="interview with Kettlecombe Radio", note="reported speech without 'that'; the partial ends it")
Q(R5, D, "hard to read but fair", "Jowan Gauldie", "name before: Jowan Gauldie told us", "told",
  channel="interview with Kettlecombe Radio", partial=True, note="the closing mark comes before the full stop")
Q(R5, D, "We made a mistake in 2041 and we have paid for it in front of two countries,", "Jowan Gauldie",
  "surname after: Gauldie says → Jowan Gauldie, named in the sentence just before (not the minister of the 09:05 entry)", "says",
  channel="interview with Kettlecombe Radio", note="a bare shared surname")
Q(R5, I, "track laying will begin on 11 March and that the tunnel will still open in December 2049", "Lettice Venner",
  "title + name before: Lettice Venner, the STC's chief executive, says", "says",
  note="present tense, without 'that' at first, then 'and that ...': one record")
Q(R5, I, "The fix cost 3.1 million euros, roughly 0.07 percent of the budget", "Lettice Venner",
  "pronoun after: she says → Venner, the speaker of the sentence before", "says",
  note="clause first, pronoun and verb after it")
Q(R5, I, "her country would host the next ceremony, for the first train, \"on our side, at our time\"", "Dobromila Rehorkova",
  "title alone before: The Kravonian minister told us → Rehorkova (named in the sentence before; her counterpart is Norvalian)", "told",
  channel="interview with Kettlecombe Radio", note="reported speech without 'that'; the partial ends it")
Q(R5, D, "on our side, at our time", "Dobromila Rehorkova", "title alone before: The Kravonian minister told us", "told",
  channel="interview with Kettlecombe Radio", partial=True, note="the closing mark comes before the full stop")


# ---------------------------------------------------------------- entities
E("Norvale", "country",
  ["Norvale", ("Brackenholt", None, ["expected Brackenholt", "Ask Brackenholt", "expects Brackenholt", "and Brackenholt, which holds"])],
  metonyms=[{"alias": "Brackenholt", "metonym_of": "Norvale (its government)"}], adjectival=["Norvalian"],
  note="the northern country (R1 dateline, \"Norvale's transport minister\", \"Norvale would pay\", \"Norvale's transport ministry\"; R2 "
       "\"blamed Norvale\"; R3 \"Norvale's half\", \"Norvale's history\"); its capital stands for its government: \"she expected "
       "Brackenholt\" (R1), \"Ask Brackenholt\" and \"Třešňovar expects Brackenholt to cover\" (R2), \"Brackenholt ... says it will pay\" (R4); "
       "the \"Norvale\" of \"Norvale time\" in R5's header line counts as well")
E("Brackenholt", "city", ["BRACKENHOLT", "Brackenholt"],
  note="Norvale's capital: BRACKENHOLT (R1 dateline), \"22:40 in Brackenholt\" (R2), \"a Brackenholt survey office\" (R4); the metonym "
       "contexts are claimed by Norvale")
E("Kravonia", "country", ["Kravonia", ("Třešňovar", None, ["Třešňovar expects"])],
  metonyms=[{"alias": "Třešňovar", "metonym_of": "Kravonia (its government)"}], adjectival=["Kravonian", "Kravonians"],
  note="the southern country (R2 \"Kravonia built its half\"; R3 \"Kravonia's top surveyor\"; R5 \"Kravonia's minister\"); its capital "
       "stands for its government once: \"Třešňovar expects Brackenholt to cover\" (R2)")
E("Tresnovar", "city", ["TŘEŠŇOVAR", "Třešňovar", "Tresnovar"],
  note="Kravonia's capital: TŘEŠŇOVAR (R2 dateline), \"noon in Třešňovar\" (R4), \"12:00 in Tresnovar\" and \"meet again in Tresnovar\" "
       "(R5); canonical name without diacritics; \"Třešňovarská Ozvěna\" (an outlet) is not in any text")
E("Serrow Base Tunnel", "infrastructure", ["Serrow Base Tunnel", "Tunnel to Nowhere"],
  note="the 27-km rail tunnel (R1, R2, R4, R5 header); the tabloid's label \"Tunnel to Nowhere\" (R3); \"the tunnel\" is not annotated")
E("Serrow mountains", "mountain range", ["Serrow mountains"], note="the range the tunnel runs under (R3); \"the mountain\" is not annotated")
E("Serrow Tunnel Company", "company",
  ["Serrow Tunnel Company", "STC", ("the company", None, ["the company insists"])],
  note="the joint venture of the two governments that owns the tunnel: expansion and acronym in R1 (\"The Serrow Tunnel Company "
       "(STC)\", \"the STC's chief executive\"), the expansion in R2, R3 (\"A source at the Serrow Tunnel Company\", the source speaking, "
       "not the company) and R4, \"The STC says\" (R4), \"the STC's chief executive\" (R5); \"the company\" claimed where it speaks (R4 "
       "\"the company insists\"); \"50 percent of the company\" (R4) is not annotated")
E("Norvalian Ministry of Transport", "government body",
  [("transport ministry", None, ["Norvale's transport ministry"]), ("the ministry", None, ["according to the ministry"])],
  note="Gauldie's ministry, a speaker through its statement (R1 \"A statement from Norvale's transport ministry said\", then "
       "\"according to the ministry\"); Řehořková's ministry (R2 \"Speaking at her ministry\", \"a ministry official\") is another body "
       "and not annotated")
E("Rennet & Vyle", "company", ["Rennet & Vyle"], note="the Norvalian contractor that bored the northern half (R1, R2, R3, R4, R5)")
E("Podzemstav", "company", ["Podzemstav"], note="the Kravonian contractor that bored the southern half (R2)")
E("Marigold", "machine", ["Marigold"], note="the Norvalian tunnel boring machine (R1, R3, R4, R5)")
E("Jirinka", "machine", ["Jirinka", "Jiřinka"], note="the Kravonian tunnel boring machine: \"Jirinka\" (R1, R3), \"Jiřinka\" (R2)")
E("Amblethorpe", "place", ["Amblethorpe"], note="the northern (Norvalian) portal of the tunnel (R1 \"the Amblethorpe portal\", R5)")
E("University of Kelderby", "organisation", ["University of Kelderby"], note="Marrable's university (R1)")
E("Tunnel and Shaft Workers' Union", "organisation", ["Tunnel and Shaft Workers' Union"], note="Ruddock's union (R1)")
E("Marrable review", "document",
  [("the report", None, ["the report by Professor"]), ("The review", None, ["The review says"])],
  note="the independent review led by Hesper Marrable, a speaker in R4 (\"the report by Professor Hesper Marrable says\", \"The review "
       "says\"); its other mentions (\"an independent review\", \"The review will cost\" in R1, \"the independent review\" in R2 and R4, "
       "\"the review\", \"The review's findings\") are not annotated")
E("X", "platform", ["X"])
E("Tolland Press", "news agency", ["Tolland Press"], note="the wire, in its dateline and \"told Tolland Press\" (R1)")
E("Tresnovarska Ozvena", "media outlet", [("Ozvěna", [R2])], note="\"told the Ozvěna\", \"a poll for the Ozvěna\" (R2)")
E("The Daily Rasp", "media outlet", [("Rasp", [R3])], note="\"told the Rasp\", \"the Rasp can reveal\" (R3)")
E("The Norvale Witness", "media outlet", [("Witness", [R4])], note="\"tells the Witness\" twice (R4)")
E("Perrin Gauldie", "person",
  ["Perrin Gauldie", ("Gauldie", None, ["Gauldie told reporters", "said Gauldie had"]), ("The minister", None, ["The minister told them"])],
  note="Norvale's transport minister: \"Perrin Gauldie\" (R1, R3, R4, R5), the bare \"Gauldie told reporters\" (R1, before the other "
       "Gauldie is named) and \"Nettlefold said Gauldie had\" (R3), \"The minister told them\" (R3); \"Jowan Gauldie\" is another man "
       "(\"not related to the minister\")")
E("Jowan Gauldie", "person",
  ["Jowan Gauldie", ("Jowan", None, ["Jowan rang me"]), ("Gauldie", None, ["ALSO called Gauldie", "Gauldie says"])],
  note="Rennet & Vyle's project director, no relation of the minister: full name in R1-R5; \"Jowan\" inside Venner's quote (R4), where "
       "he speaks the inner quote; the bare \"ALSO called Gauldie\" (R3) and \"Gauldie says\" (R5, right after his full name)")
E("Dobromila Rehorkova", "person",
  ["Dobromila Rehorkova", "Dobromila Řehořková", ("Rehorkova", [R1, R5]), ("Řehořková", [R2]), ("Dobromila", None, ["I owe Dobromila"]),
   ("the minister", None, ["the minister replied"]), ("The Kravonian minister", None, ["The Kravonian minister told"])],
  note="Kravonia's transport minister: \"Dobromila Rehorkova\" (R1, R3, R5), \"Dobromila Řehořková\" (R2, R4), \"Rehorkova\" (R1, R5), "
       "\"Řehořková\" (R2), \"Dobromila\" inside Gauldie's quote (R5), \"the minister replied\" (R2), \"The Kravonian minister told us\" "
       "(R5); canonical name without diacritics")
E("Lettice Venner", "person", ["Lettice Venner", ("Venner", [R4]), ("Lettice", None, ["It was us, Lettice"])],
  note="chief executive of the Serrow Tunnel Company (R1, R2, R4, R5); \"Lettice\" inside Jowan Gauldie's inner quote (R4); \"as Venner "
       "puts it\" (R4)")
E("Ctibor Hajicek", "person",
  ["Ctibor Hajicek", "Ctibor Hájíček", ("Hájíček", [R2]), ("Hajicek", [R5]), "Mr Millimetre", ("Ctibor", None, ["'Ctibor, we"])],
  note="Podzemstav's chief surveyor: \"Ctibor Hájíček\" and \"Hájíček\" (R2), \"Ctibor\" addressed in the inner quote (R2), \"Ctibor "
       "Hajicek\" and the crew's nickname \"Mr Millimetre\" (R3), \"Ctibor Hajicek\" and \"Hajicek\" (R5); canonical name without "
       "diacritics")
E("Hesper Marrable", "person", ["Hesper Marrable", ("Marrable", [R4])],
  note="the geodesist leading the independent review (R1 \"Professor Hesper Marrable\", R2, R4)")
E("Dunstan Ruddock", "person", ["Dunstan Ruddock"], note="of the tunnel workers' union (R1, R3 \"Union boss\")")
E("Tansy Nettlefold", "person", ["Tansy Nettlefold"], note="the Norvalian opposition's transport spokeswoman (R3, R4)")
E("Morwen Larch", "person", ["Morwen Larch", ("Larch", [R5])], note="the radio's reporter inside the tunnel (R5)")

DISTINCT = [
    ("Perrin Gauldie", "Jowan Gauldie", "two men sharing a surname, not related: the minister vs the contractor's project director (R1, "
     "R3's bare \"Gauldie\" inside Nettlefold's clause is the minister's, R5's \"Gauldie says\" is Jowan's)"),
    ("Norvale", "Brackenholt", "the government (metonym, R1, R2, R4) vs the capital city"),
    ("Kravonia", "Tresnovar", "the government (metonym, R2) vs the capital city"),
    ("Serrow Base Tunnel", "Serrow Tunnel Company", "the tunnel vs the company that owns it"),
    ("Serrow Base Tunnel", "Serrow mountains", "the tunnel vs the range it runs under"),
    ("Hesper Marrable", "Marrable review", "the reviewer vs her report, which speaks in R4"),
    ("Marigold", "Jirinka", "the two tunnel boring machines"),
    ("Rennet & Vyle", "Podzemstav", "the two contractors"),
    ("Perrin Gauldie", "Dobromila Rehorkova", "the two transport ministers (\"the minister\" R2, \"The minister\" R3, \"The Kravonian "
     "minister\" R5)"),
    ("Perrin Gauldie", "Norvalian Ministry of Transport", "the minister vs his ministry's statement (R1)"),
    ("Lettice Venner", "Serrow Tunnel Company", "the chief executive vs her company (R4, both speak)"),
    ("Lettice Venner", "Jowan Gauldie", "outer vs inner speaker of R4's nested quote"),
    ("Tansy Nettlefold", "Perrin Gauldie", "R3's \"she said\" follows her clause naming the minister"),
    ("Hesper Marrable", "Ctibor Hajicek", "R2's \"she said\" follows her clause naming Hájíček and Jowan Gauldie"),
    ("Morwen Larch", "Ctibor Hajicek", "the reporter vs the surveyor at the two sides of the last metres (R5)"),
    ("Jowan Gauldie", "Rennet & Vyle", "the project director vs his firm (R1, both speak)"),
]


# ---------------------------------------------------------------- times
# R1 anchor Wed 2047-02-13 (Norvale keeps UTC+1: "22:40 local time (21:40 GMT)")
T(R1, "Feb 13", "date", "2047-02-13", "dateline; abbreviated month without a period and day, year of the publication date")
T(R1, "on Tuesday", "weekday", "2047-02-12", "the latest Tuesday before the anchor (\"was called off on Tuesday\")", after="called off ")
T(R1, "22:40 local time", "time", "2047-02-11T22:40:00+01:00",
  "\"22:40 local time\" of the dateline (Brackenholt); the GMT equivalent in brackets fixes the offset at UTC+1; the day from \"on "
  "Monday\" after it")
T(R1, "21:40 GMT", "time", "2047-02-11T21:40:00+00:00", "the same instant as 22:40 local time, written in GMT")
T(R1, "on Monday", "weekday", "2047-02-11", "the latest Monday before the anchor (\"(21:40 GMT) on Monday\")")
T(R1, "11:00", "time", "2047-02-12T11:00:00+01:00",
  "clock time in the dateline's local time (UTC+1, fixed by the bracket before), the day from \"on Tuesday\" after it")
T(R1, "on Tuesday", "weekday", "2047-02-12", "the latest Tuesday before the anchor (\"at 11:00 on Tuesday\")", after="11:00 ")
T(R1, "07:30", "time", "2047-02-12T07:30:00+01:00", "clock time in the dateline's local time, the same Tuesday (the day of the ceremony)")
T(R1, "this week", "relative", "2047-02-11/2047-02-17",
  "the Monday–Sunday week of the anchor (inside Gauldie's quote \"blame this week\", spoken on Tuesday of the same week)")
T(R1, "Late on Tuesday", "weekday", "2047-02-12", "the latest Tuesday before the anchor (\"Late on Tuesday, Rehorkova wrote on X\")")
T(R1, "a week", "duration", "P1W", "duration (\"report within a week\")")
T(R1, "2041", "date", "2041-01-01/2041-12-31", "a year (\"survey records going back to 2041\")", granularity="year")
T(R1, "Jan 29", "date", "2047-01-29", "abbreviated month and day without a year (\"finished its drive on Jan 29\"): the anchor's year")
T(R1, "December 2049", "date", "2049-12-01/2049-12-31", "a month and year (\"due to open in December 2049\")", granularity="month")
T(R1, "five hours", "duration", "PT5H", "duration in words (\"from five hours to just under two\")")

# R2 anchor Thu 2047-02-14 (Kravonia keeps UTC+2: "23:40 Kravonian time – 22:40 in Brackenholt")
T(R2, "14 February", "date", "2047-02-14", "dateline in day-month order; year of the publication date")
T(R2, "on Wednesday", "weekday", "2047-02-13", "the day before the anchor (\"Řehořková said on Wednesday\")", after="Dobromila Řehořková said ")
T(R2, "in 2044", "date", "2044-01-01/2044-12-31", "a year (\"checked by two outside firms in 2044\")", granularity="year")
T(R2, "last year", "relative", "2046-01-01/2046-12-31", "the year before the anchor's (\"and again last year\")")
T(R2, "late on Monday", "weekday", "2047-02-11", "the latest Monday before the anchor (\"a telephone call late on Monday\")")
T(R2, "23:40 Kravonian time", "time", "2047-02-11T23:40:00+02:00",
  "Kravonia's time (UTC+2), the day of the call (late on Monday, the paragraph before); the same instant as \"22:40 in Brackenholt\" and "
  "as R1's \"22:40 local time (21:40 GMT)\"")
T(R2, "22:40", "time", "2047-02-11T22:40:00+01:00", "\"22:40 in Brackenholt\": the same instant as 23:40 Kravonian time, in Norvale's "
  "time (UTC+1, an hour behind)")
T(R2, "one in the morning", "time", "2047-02-12T01:00:00+02:00",
  "a clock in words (\"by one in the morning\"): the first morning after the 23:40 call, in the report's Kravonian time (UTC+2), so "
  "Tuesday 12 February")
T(R2, "On Tuesday night", "weekday", "2047-02-12", "the latest Tuesday before the anchor (\"On Tuesday night he went through\")")
T(R2, "since 2043", "date", "2043-01-01/2043-12-31", "a year (\"every month since 2043\")", granularity="year")
T(R2, "29 January", "date", "2047-01-29", "day and month without a year (\"finished its 14-kilometre drive on 29 January\"): the anchor's "
  "year (the past)")
T(R2, "nine days", "duration", "P9D", "duration in words (\"nine days ahead of schedule\")")
T(R2, "Tuesday", "weekday", "2047-02-12", "the latest Tuesday before the anchor (\"Tuesday's ceremony\")", after="watch ")
T(R2, "12:00 local time", "time", "2047-02-12T12:00:00+02:00",
  "\"local time\" of the southern portal in Kravonia (UTC+2), the day of the ceremony (Tuesday); the same instant as R1's \"11:00 on "
  "Tuesday\" at the Norvalian portal")
T(R2, "on Wednesday", "weekday", "2047-02-13", "the day before the anchor (\"Venner ... said on Wednesday\")",
  after="Tunnel Company, said ")

# R3 anchor Sat 2047-02-16 (no zone anywhere in the report)
T(R3, "last night", "relative", "2047-02-15", "the night before the anchor day (\"bosses were last night struggling\")",
  after="bosses were ")
T(R3, "on Tuesday", "weekday", "2047-02-12", "the latest Tuesday before the anchor (\"champagne and speeches on Tuesday\")")
T(R3, "7.30am", "time", "unresolved",
  "clock time (12-hour, dot separator) with no zone given anywhere in the report; the day of the ceremony (Tuesday 12 February)")
T(R3, "yesterday", "relative", "2047-02-15", "the day before the anchor (\"grilled by furious MPs yesterday\")")
T(R3, "last night", "relative", "2047-02-15", "the night before the anchor day (\"Jowan Gauldie, 47, said last night\")",
  after="47, said ")
T(R3, "since Tuesday", "weekday", "2047-02-12", "the latest Tuesday before the anchor (\"had worked ... since Tuesday\"), valued as the "
  "day, as \"since 2040\" is the year")
T(R3, "11am", "time", "unresolved",
  "clock time (12-hour) with no zone given anywhere in the report; the day of the ceremony (Tuesday 12 February)")
T(R3, "three weeks", "duration", "P3W", "duration in words (\"take at least three weeks\")")
T(R3, "in 2042", "date", "2042-01-01/2042-12-31", "a year (inside Nettlefold's quote \"the first drive in 2042\")", granularity="year")
T(R3, "on Thursday", "weekday", "2047-02-14", "the latest Thursday before the anchor (\"in a post on X on Thursday\")")
T(R3, "Earlier this month", "relative", "2047-02-01/2047-02-15",
  "the anchor's month up to the day before the anchor (\"Earlier this month she had posed\")")
T(R3, "on Monday", "weekday", "2047-02-18", "future (\"The review's findings are due on Monday\"): the Monday after the anchor")

# R4 anchor Tue 2047-02-19 (no dateline; a Norvalian paper: Norvale UTC+1, the clock "noon in Třešňovar" UTC+2)
T(R4, "six days", "duration", "P6D", "duration in words (\"It took six days\")")
T(R4, "in 2041", "date", "2041-01-01/2041-12-31", "a year (\"made in a Brackenholt survey office in 2041\")", granularity="year")
T(R4, "on Monday", "weekday", "2047-02-18", "the day before the anchor (\"Published on Monday\")", after="Published ")
T(R4, "six years", "duration", "P6Y", "duration in words (inside Marrable's quote \"careless for six years\")")
T(R4, "on Thursday night", "weekday", "2047-02-14",
  "the latest Thursday before the anchor (inside Venner's quote \"Jowan rang me on Thursday night\")")
T(R4, "on Friday", "weekday", "2047-02-22", "future (\"should break through on Friday\"): the Friday after the anchor", after="break through ")
T(R4, "11:00", "time", "2047-02-22T11:00:00+01:00",
  "the Norvalian paper's own time (UTC+1) at the Norvalian portal, the day from \"on Friday\" before it; the same instant as \"noon in "
  "Třešňovar\"")
T(R4, "noon", "time", "2047-02-22T12:00:00+02:00", "\"noon in Třešňovar\": the same instant as 11:00 in Norvale, in Kravonia's time (UTC+2)",
  after="11:00 – ")
T(R4, "on Wednesday", "weekday", "2047-02-20", "future (\"table questions in parliament on Wednesday\"): the day after the anchor")
T(R4, "on Monday night", "weekday", "2047-02-18", "the day before the anchor (\"Crews went back underground on Monday night\")")
T(R4, "last week", "relative", "2047-02-11/2047-02-17",
  "the Monday–Sunday week before the anchor's (\"the ceremony cancelled last week\"; it was cancelled on Tuesday 12 February)")
T(R4, "9 December 2049", "date", "2049-12-09", "an explicit date (\"The tunnel’s opening date, 9 December 2049\")")

# R5 anchor Fri 2047-02-22; the blog's second header line says "All times Norvale time (GMT+1)"
T(R5, "Friday 22 February", "date", "2047-02-22", "weekday, day and month without a year in the blog's header: the anchor day")
for stamp in ("08:40", "09:05", "09:26", "09:48", "10:15", "10:58", "11:14", "11:31", "11:50", "12:20", "12:45", "13:10"):
    T(R5, stamp, "time", f"2047-02-22T{stamp}:00+01:00",
      "a live-blog entry stamp (24-hour clock) on a line of its own, no zone of its own; the header says \"All times Norvale time "
      "(GMT+1)\"; the anchor day")
T(R5, "11:00", "time", "2047-02-22T11:00:00+01:00", "\"11:00 here\": the blog's zone (Norvale, UTC+1), the anchor day; the same instant "
  "as 10:00 GMT and 12:00 in Tresnovar")
T(R5, "10:00 GMT", "time", "2047-02-22T10:00:00+00:00", "clock time with its zone: the same instant as 11:00 here")
T(R5, "12:00", "time", "2047-02-22T12:00:00+02:00",
  "\"12:00 in Tresnovar\": the same instant as 11:00 here and 10:00 GMT, in Kravonia's time (UTC+2) — one instant in three zones")
T(R5, "last week", "relative", "2047-02-11/2047-02-17", "the Monday–Sunday week before the anchor's (\"down from 450 last week\")")
T(R5, "this morning", "relative", "2047-02-22", "the morning of the anchor day (\"wrote on X this morning\")")
T(R5, "on Wednesday", "weekday", "2047-02-20", "the latest Wednesday before the anchor (\"checked the Norvalian figures himself on "
  "Wednesday\")")
T(R5, "20 minutes", "duration", "PT20M", "duration (\"within 20 minutes\")")
T(R5, "in 2041", "date", "2041-01-01/2041-12-31", "a year (inside Jowan Gauldie's quote \"We made a mistake in 2041\")",
  granularity="year")
T(R5, "on 11 March", "date", "2047-03-11", "day and month without a year, future (\"track laying will begin on 11 March\"): the anchor's "
  "year")
T(R5, "December 2049", "date", "2049-12-01/2049-12-31", "a month and year (\"will still open in December 2049\")", granularity="month")
T(R5, "today", "relative", "2047-02-22", "the anchor day (\"That's it from Amblethorpe for today\")")
T(R5, "three weeks", "duration", "P3W", "duration in words (\"over the next three weeks\")")
T(R5, "on Monday", "weekday", "2047-02-25", "future (\"meet again in Tresnovar on Monday\"): the Monday after the anchor")


# ---------------------------------------------------------------- numbers
N(R1, "two halves", 2, "half", "count", note="word number")
N(R1, "44 centimetres", 44, "centimetre", "distance")
N(R1, "27-km", 27, "kilometre", "distance", note="a length as a hyphenated adjective, the unit abbreviated (\"the 27-km rail link\")")
N(R1, "two governments", 2, "government", "count", note="word number")
N(R1, "at least four times", 4, "time", "count", approx="at_least", note="word number inside a partial quote")
N(R1, "no more than 250,000 euros", 250000, "eur", "money", approx="up_to", note="\"no more than\" read as up to")
N(R1, "about 62 metres", 62, "metre", "distance", approx="about")
N(R1, "4.6 billion euros", 4600000000, "eur", "money", note="a decimal and 'billion'")
N(R1, "two capitals", 2, "capital", "count", note="word number")
N(R1, "five hours", 5, "hour", "duration", note="word number")
N(R1, "just under two", 2, "hour", "duration", approx="less_than",
  note="word number, the unit elided (hours, from \"five hours\" before); \"just under\" read as less than")
N(R1, "140 workers", 140, "worker", "count")
N(R1, "13 kilometres", 13, "kilometre", "distance", note="inside Ruddock's quote")

N(R2, "two outside firms", 2, "firm", "count", note="word number, an adjective between")
N(R2, "six", 6, "person", "count", after="a team of ", note="word number, the noun given by \"a team of six\"")
N(R2, "1,800-tonne", 1800, "tonne", "weight", note="a weight as a hyphenated adjective (\"the 1,800-tonne machine\")")
N(R2, "14-kilometre", 14, "kilometre", "distance", note="a length as a hyphenated adjective (\"its 14-kilometre drive\")")
N(R2, "nine days", 9, "day", "duration", note="word number")
N(R2, "Between 300 and 400 guests", 300, "guest", "count", low=300, high=400, note="a range: value is the low end")
N(R2, "68%", 68, "percent", "percent")

N(R3, "two giant drills", 2, "drill", "count", note="word number, an adjective between")
N(R3, "44 CENTIMETRES", 44, "centimetre", "distance", note="the unit in capitals")
N(R3, "4.6 BILLION euro", 4600000000, "eur", "money", note="a decimal and 'BILLION' in capitals, an adjective (\"The 4.6 BILLION euro "
  "Tunnel to Nowhere\")")
N(R3, "58", 58, "year", "age", note="an age (\"Perrin Gauldie, 58,\")")
N(R3, "47", 47, "year", "age", note="an age (\"Jowan Gauldie, 47,\")")
N(R3, "13 kilometres", 13, "kilometre", "distance", note="inside Ruddock's quote")
N(R3, "around 90,000 euros", 90000, "eur", "money", approx="about")
N(R3, "450 guests", 450, "guest", "count")
N(R3, "up to 5 MILLION euros", 5000000, "eur", "money", approx="up_to", note="'MILLION' in capitals")
N(R3, "at least three weeks", 3, "week", "duration", approx="at_least", note="word number")
N(R3, "51", 51, "year", "age", note="an age (\"Dobromila Rehorkova, 51,\")")
N(R3, "1,800-tonne", 1800, "tonne", "weight", note="a weight as a hyphenated adjective")
N(R3, "140 workers", 140, "worker", "count")

N(R4, "six days", 6, "day", "duration", note="word number")
N(R4, "11 interviews", 11, "interview", "count")
N(R4, "one spreadsheet", 1, "spreadsheet", "count", note="word number")
N(R4, "two countries", 2, "country", "count", note="word number")
N(R4, "22 centimetres", 22, "centimetre", "distance")
N(R4, "six years", 6, "year", "duration", note="word number, inside Marrable's quote")
N(R4, "two ends", 2, "end", "count", note="word number, inside the second part of Marrable's split quote")
N(R4, "about 62 metres", 62, "metre", "distance", approx="about")
N(R4, "0.7 percent", 0.7, "percent", "percent", note="a gradient")
N(R4, "between 2.8 and 3.4 million euros", 2800000, "eur", "money", low=2800000, high=3400000,
  note="a range sharing 'million euros': value is the low end")
N(R4, "50 percent", 50, "percent", "percent")

N(R5, "About 200 guests", 200, "guest", "count", approx="about")
N(R5, "450", 450, "guest", "count", note="the noun elided (guests, before it: \"down from 450 last week\")")
N(R5, "13 kilometres", 13, "kilometre", "distance")
N(R5, "three times", 3, "time", "count", note="word number, inside Larch's quote")
N(R5, "4 metres", 4, "metre", "distance")
N(R5, "about 30", 30, "person", "count", approx="about", note="the noun given by \"a crew of about 30\"")
N(R5, "within 20 minutes", 20, "minute", "duration", approx="up_to", note="\"within\" read as up to")
N(R5, "two bores", 2, "bore", "count", note="word number")
N(R5, "9 millimetres", 9, "millimetre", "distance")
N(R5, "25", 25, "millimetre", "distance", after="tolerance of ", note="the unit elided (millimetres, before it)")
N(R5, "Nine millimetres", 9, "millimetre", "distance", note="word number, capitalised, inside Hajicek's quote")
N(R5, "nine millimetres", 9, "millimetre", "distance", note="word number, inside Hajicek's quote")
N(R5, "two countries", 2, "country", "count", note="word number, inside Jowan Gauldie's quote")
N(R5, "3.1 million euros", 3100000, "eur", "money", note="a decimal and 'million'")
N(R5, "roughly 0.07 percent", 0.07, "percent", "percent", approx="about")
N(R5, "three weeks", 3, "week", "duration", note="word number")
N(R5, "two ministers", 2, "minister", "count", note="word number")

ABOUT = ("Gold for the read stage on the invented held-out reports of demo/read-heldout22/reports.jsonl, "
         "written and committed before any reader ran on them. `file` is the report's `id`; `start`/`end` "
         "are BYTE offsets into the UTF-8 encoding of the report's `text` field; text[start:end] begins "
         "with `span`. Same format as demo/read-heldout21/gold.json. Generated by build_gold.py. See README.md here.")


G.write(ABOUT, DISTINCT, detailed=True)
