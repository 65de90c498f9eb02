#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and the annotations below.

Run from anywhere: `python3 demo/read-heldout17/build_gold.py`. Offsets are computed here from the spans
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
# R1: Corbel Press Wire, 2042-11-19 (Wed; wire; straight quotes; dateline "KILBRENNA, Ardessa, Nov 19 (CPW) —", an em dash;
# no diacritics: "Dragos Turcanel", "Stirbova", "Varnesia", "Imprimeria Nationala de Valori")
Q(R1, I, "about 11 million of the 40 million notes printed had already reached commercial banks and would remain legal tender",
  "Isolde Quarrington", "title + name before: Governor Isolde Quarrington told a news conference at 11:30 local time (10:30 GMT) that",
  "told", channel="news conference", note="'... and would ...': one record; a clock and its zone between the verb and 'that'")
Q(R1, D, "Every one of these notes is money. Nobody should refuse them, and nobody should hoard them,", "Isolde Quarrington",
  "pronoun after: she said → Quarrington, the subject of the sentence before", "said", channel="news conference",
  note="multi-sentence")
Q(R1, D, "I read proofs for 38 years. You do not stop reading just because you have retired,", "Edwina Sollis",
  "surname after: Sollis told CPW by telephone → Edwina Sollis, the retired proofreader (the quote is about reading proofs and "
  "retiring); her grandson Lachlan Sollis is the subject of the sentence just before, so the shared surname is resolved by what "
  "is said, not by nearness", "told", channel="interview with CPW", note="multi-sentence; a bare shared surname")
Q(R1, I, "she had at first taken the note for a forgery", "Edwina Sollis",
  "pronoun before: She said → Edwina Sollis, the speaker of the quote just before", "said", note="reported speech without 'that'")
Q(R1, I, "the mistake \"was not in the artwork the bank approved\" and that the ACB had asked INV for an explanation",
  "Nico Trevassick", "name before: A bank spokesman, Nico Trevassick, said", "said",
  note="'... and that ...' after a clause without 'that': one record; the ACB is inside the clause, not the speaker")
Q(R1, D, "was not in the artwork the bank approved", "Nico Trevassick", "name before: Nico Trevassick, said", "said", partial=True)
Q(R1, I, "the printer had \"followed the approved proof to the letter\"", "Dragos Turcanel",
  "title + name before: INV director Dragos Turcanel said", "said", note="reported speech without 'that'; the partial ends it")
Q(R1, D, "followed the approved proof to the letter", "Dragos Turcanel", "name before: Dragos Turcanel said", "said", partial=True,
  note="the closing mark comes before the full stop")
Q(R1, D, "We print what our customer signs. We will show the signed proof to anyone who asks,", "Dragos Turcanel",
  "pronoun after: he told reporters → Turcanel, the speaker of the sentence before", "told", channel="told reporters",
  note="multi-sentence")
Q(R1, I, "the government would wait for the bank's own inquiry before deciding who should pay for a reprint that could cost between 2.5 million and 3 million crowns",
  "Fitzroy Tellwright", "title + name before: Finance Minister Fitzroy Tellwright said", "said",
  note="reported speech without 'that'; a money range inside")
Q(R1, I, "at least 140 of the flawed notes had been listed by Wednesday afternoon and one had sold for 1,850 crowns", "Bidwick",
  "description after the clause: according to the site → Bidwick, named at the start of the sentence ('On the auction site Bidwick,')",
  "according to", note="clause first, 'according to' after; the place phrase before the clause is not part of it")
Q(R1, D, "It is the most exciting thing to happen to Ardessan banknotes since 1987,", "Ormond Mulvane",
  "name after (inverted): said Ormond Mulvane, a Kilbrenna dealer", "said")
Q(R1, I, "the remaining 29 million notes, held in its vaults, would not be released \"until further notice\"",
  "Ardessan Central Bank", "group before: The bank said in a statement that → the ACB", "said", channel="statement")
Q(R1, D, "until further notice", "Ardessan Central Bank", "group before: The bank said in a statement that", "said",
  channel="statement", partial=True, note="the closing mark comes before the full stop")
Q(R1, I, "a decision on a reprint was expected by Friday", "Nico Trevassick",
  "surname before: Trevassick said → the bank's spokesman named in paragraph 5", "said", note="reported speech without 'that'")

# R2: The Kilbrenna Vellum, 2042-11-21 (Fri; broadsheet; curly quotes and apostrophes; present tense; no dateline and no
# time zone anywhere ("a little before ten", "twenty to ten"); diacritics: "Dragoș Țurcănel", "Imprimeria Națională de Valori")
Q(R2, D, "The clerk looked at me as if I had scribbled on the flag,", "Edwina Sollis",
  "pronoun after: she says → Edwina Sollis, the subject of the paragraph before", "says")
Q(R2, D, "Then she turned the note over and said, ‘Oh, Mrs Sollis, you’re right, it says strom,’ and we both laughed.",
  "Edwina Sollis", "continuation: the quote after \"she says.\"", None,
  note="holds a quote inside the quote (curly single marks, an apostrophe inside: 'you’re') spoken by someone else, the clerk; "
       "'she' inside is the clerk")
Q(R2, D, "Oh, Mrs Sollis, you’re right, it says strom,", None,
  "inside the outer quote: 'she turned the note over and said,' → the post-office clerk, never named (speaker null)", "said",
  note="quote inside a quote whose speaker is NOT the outer speaker; 'Mrs Sollis' inside is the one addressed")
Q(R2, D, "I thought Gran would like people to see it,", "Lachlan Sollis",
  "pronoun after: he says → Lachlan, the subject of the two sentences before ('Her grandson Lachlan, 15', 'he posted')", "says",
  note="'Gran' inside is Edwina Sollis")
Q(R2, D, "Now there are cameras outside our gate.", "Lachlan Sollis", "continuation: the quote after \"he says.\"", None)
Q(R2, I, "he had approved the final proof on May 14 and that the word STROM was on it", "Clement Gedge",
  "name before: The bank’s chief cashier, Clement Gedge, admitted on Thursday evening that", "admitted",
  note="'that ... and that ...': one record")
Q(R2, D, "I read it three times and saw what I expected to see,", "Clement Gedge",
  "pronoun after: he tells the Vellum → Gedge, the subject of the sentence before", "tells", channel="interview with the Vellum")
Q(R2, D, "That is the whole of it. There is nobody else to blame.", "Clement Gedge",
  "continuation: the quote after \"he tells the Vellum.\"", None, channel="interview with the Vellum", note="multi-sentence")
Q(R2, I, "the printer was at fault", "Ardessan Central Bank",
  "group before: the bank hinted that → the Ardessan Central Bank (named in the next paragraph)", "hinted",
  note="'hinted' reports speech; the time phrase 'from Wednesday, when' before it")
Q(R2, I, "the proof it received was signed in blue ink and carried the misspelling exactly as printed", "Imprimeria Nationala de Valori",
  "name before: Imprimeria Națională de Valori, the Vârnesian state printer, says", "says",
  note="present tense, without 'that'; an appositive between the name and the verb")
Q(R2, D, None, "Dragos Turcanel",
  "name in the middle: its director, Dragoș Țurcănel, says → Dragoș Țurcănel", "says",
  parts=["We printed 40 million perfect copies of a mistake,",
         "and for two days we were told we should have corrected our customer’s English."],
  note="a direct quote split by its attribution: one record with two parts")
Q(R2, I, "Reprinting the 29 million notes still in its vaults will take until February and cost about 2.7 million crowns",
  "Ardessan Central Bank", "group after the clause: according to the bank → the Ardessan Central Bank (the sentence before)",
  "according to", note="clause first, 'according to' after")
Q(R2, I, "the bill “will not land on the taxpayer”", "Fitzroy Tellwright",
  "title + name before: The finance minister, Fitzroy Tellwright, told parliament yesterday that", "told", channel="parliament")
Q(R2, D, "will not land on the taxpayer", "Fitzroy Tellwright", "name before: Fitzroy Tellwright, told parliament yesterday that",
  "told", channel="parliament", partial=True, note="the closing mark comes before the full stop")
Q(R2, I, "the bank will apologise to INV in writing", "Isolde Quarrington",
  "name before: Isolde Quarrington, the governor, says", "says", note="present tense, without 'that'")
Q(R2, D, "We were quick to point a finger, and we pointed it the wrong way,", "Isolde Quarrington",
  "pronoun after: she says → Quarrington, the subject of the sentence before", "says")
Q(R2, I, "Gedge’s offer to resign is on her desk", "Isolde Quarrington",
  "title alone before: The governor, who has run the bank since 2036, says → Quarrington", "says",
  note="present tense, without 'that'; a relative clause between the title and the verb; Gedge is inside the clause")
Q(R2, I, "the price will settle at around 300", "Ormond Mulvane",
  "name before: Ormond Mulvane, a dealer on Sparrowgate, says", "says", note="present tense, without 'that'")
Q(R2, D, "Eleven million is not rare,", "Ormond Mulvane", "pronoun after: he says → Mulvane, the subject of the sentence before",
  "says")
Q(R2, D, "Eleven million is a pocketful.", "Ormond Mulvane", "continuation: the quote after \"he says.\"", None)
Q(R2, I, "she will check it", "Edwina Sollis",
  "pronoun before: She says → Mrs Sollis, the one the bank has invited in the sentence before (the bank is 'it')", "says",
  note="present tense, without 'that'")
Q(R2, D, "Twice,", "Edwina Sollis", "pronoun after: she adds → Mrs Sollis", "adds", note="a one-word quote")

# R3: The Morning Yell, 2042-11-20 (Thu; tabloid; straight quotes, curly-free; no dateline, no zone anywhere ("9.40pm"); no
# diacritics; labels: "Eagle-eyed", "Grandson Lachie", "Proud Edwina", "bank boss", "Opposition finance spokeswoman", "printers INV")
Q(R3, D, "I've been reading proofs since before the bank's governor was born. A spelling mistake on money? I saw it before I'd got my purse open.",
  "Edwina Sollis", "first name with a label before, a colon: Proud Edwina told the Yell: → Edwina Sollis", "told",
  channel="interview with the Yell", note="multi-sentence, a question inside the marks; 'the bank's governor' inside is Quarrington")
Q(R3, D, "Gran's famous now. She pretends to hate it, but she's loving it.", "Lachlan Sollis",
  "nickname before, a colon: Lachie, who wants to be a journalist, added: → Lachlan Sollis", "added",
  note="multi-sentence; the speaker named only by the tabloid's nickname; a relative clause before the verb")
Q(R3, I, "the notes were still legal tender", "Isolde Quarrington", "surname before: Quarrington insisted", "insisted",
  note="reported speech without 'that'")
Q(R3, D, "Spend them,", "Isolde Quarrington", "pronoun after: she pleaded → Quarrington", "pleaded")
Q(R3, D, "They are worth twenty crowns, the same as the old ones.", "Isolde Quarrington",
  "continuation: the quote after \"she pleaded.\"", None)
Q(R3, D, "Somebody in that bank signed off on STROM. The public deserves a name by Friday, not a shrug.", "Harriet Dunwoody",
  "title + name before, a colon: Opposition finance spokeswoman Harriet Dunwoody fumed:", "fumed", note="multi-sentence")
Q(R3, I, "the blame lay much closer to home", None,
  "unresolved: a worker at the printing works told the Yell (an unnamed INV employee, not the printer speaking as a body)", "told",
  channel="interview with the Yell", note="reported speech without 'that'")
Q(R3, D, "Ask who signed the proof,", None, "pronoun after: he said → the unnamed worker of the sentence before (speaker null)",
  "said", channel="interview with the Yell")
Q(R3, I, "her country's printers \"do not make spelling mistakes in other people's languages\"", "Lucretia Stancel",
  "title + name before: Varnesian Economy Minister Lucretia Stancel wrote on X that", "wrote", channel="post on X")
Q(R3, D, "do not make spelling mistakes in other people's languages", "Lucretia Stancel",
  "name before: Lucretia Stancel wrote on X that", "wrote", channel="post on X", partial=True,
  note="the closing mark comes before the full stop")
Q(R3, I, "a reprint could take until February", "Ardessan Central Bank", "group before: According to the bank, → the ACB",
  "according to", note="'According to X,' first")
Q(R3, I, "prices could \"go anywhere\" this week", "Ormond Mulvane", "label + name before: Kilbrenna dealer Ormond Mulvane said",
  "said", note="reported speech without 'that'")
Q(R3, D, "go anywhere", "Ormond Mulvane", "name before: Ormond Mulvane said", "said", partial=True)
Q(R3, D, "We would ask people not to pay silly money for a spelling mistake.", "Nico Trevassick",
  "label + name before, a colon: Bank spokesman Nico Trevassick said only:", "said")

# R4: Gazeta Știrbovei, 2042-11-22 (Sat; the printer's home paper in English; straight quotes; dateline "ȘTIRBOVA, 22 November –"
# (en dash); diacritics: "Dragoș Țurcănel", "Lucreția Stâncel", "Vârnesia", "Ionela Obârșanu"; Vârnesia keeps UTC+3 in November)
Q(R4, I, "the misspelt motto on its new 20-crown note was its own mistake and not the printer's", "Ardessan Central Bank",
  "name before: The Ardessan Central Bank told Imprimeria Națională de Valori (INV) in a letter late on Thursday that", "told",
  channel="letter", note="the addressee, the channel and a time phrase between the verb and 'that'")
Q(R4, I, "the bank \"regrets without reservation\" the statements its spokesman made on Wednesday", "ACB letter to INV",
  "document before: The letter, signed by Governor Isolde Quarrington, says → the letter (Quarrington signed it and is not the "
  "speaker of 'says')", "says", channel="letter", note="a document as speaker; without 'that'")
Q(R4, D, "regrets without reservation", "ACB letter to INV", "document before: The letter ... says", "says", channel="letter",
  partial=True)
Q(R4, I, "he had never doubted how the matter would end", "Dragos Turcanel",
  "name before: Dragoș Țurcănel, INV's director, said on Friday that", "said")
Q(R4, D, "We keep every proof our customers sign in a locked cabinet for ten years. On Thursday I simply unlocked it,",
  "Dragos Turcanel", "pronoun after: he said → Țurcănel, the subject of the sentence before", "said", note="multi-sentence")
Q(R4, D, "My neighbours asked me whether I was the one who could not spell,", "Ionela Obarsanu",
  "name after the quote: Ionela Obârșanu, who has run one of the intaglio presses for 19 years, told Gazeta Știrbovei", "told",
  channel="interview with Gazeta Știrbovei", note="a relative clause between the name and the verb")
Q(R4, D, "I told them I do not even speak English at home.", "Ionela Obarsanu",
  "continuation: the quote after '..., told Gazeta Știrbovei.'", None, channel="interview with Gazeta Știrbovei")
Q(R4, I, "the night shift had cheered when the letter was read out", "Ionela Obarsanu", "surname before: Obârșanu said", "said",
  note="reported speech without 'that'")
Q(R4, I, "Știrbova asked Kilbrenna for a formal correction", "Lucretia Stancel",
  "title + name after the clause: Economy Minister Lucreția Stâncel said on Thursday", "said",
  note="clause first, attribution after; both capitals inside are governments (metonyms); the clause after 'and' is the paper's own")
Q(R4, I, "the matter was now \"closed with honour\"", "Lucretia Stancel",
  "surname before: Stâncel, who worked as an engineer at INV before entering politics, wrote in a late-night post on X that", "wrote",
  channel="post on X", note="a relative clause between the name and the verb")
Q(R4, D, "closed with honour", "Lucretia Stancel", "surname before: Stâncel ... wrote in a late-night post on X that", "wrote",
  channel="post on X", partial=True, note="the closing mark comes before the full stop")
Q(R4, I, "Vârnesia would not seek compensation", "Lucretia Stancel",
  "pronoun before: She added that → Stâncel, the subject of the sentence before", "added")
Q(R4, I, "the corrected notes will go on the presses on 5 January, and all 29 million will be shipped by 20 February",
  "Dragos Turcanel", "surname before: According to Țurcănel,", "according to", note="'According to X,' first")
Q(R4, I, "The Ardessan bank will pay the same price as for the first order", "Dragos Turcanel",
  "pronoun after the clause: he said → Țurcănel, the source of the sentence before", "said", note="clause first, attribution after")
Q(R4, D, "I will take the proof,", "Dragos Turcanel",
  "pronoun after: he said → Țurcănel, the subject of the paragraph; the agentless 'Asked whether ...' is no record", "said")

# R5: Brenway Radio live blog, 2042-11-24 (Mon; plain-text scrape; header "LIVE: ... - Monday 24 November" and a line "All times are
# Kilbrenna time (GMT+1)"; each entry begins with a 24-hour stamp with a dot ("09.12") on a line of its own; straight quotes; no
# diacritics: "Dragos Turcanel", "Stirbova")
Q(R5, I, "the governor had accepted his resignation on Saturday and that he would leave the bank on 31 December",
  "Ardessan Central Bank", "acronym before: The ACB said this morning that", "said",
  note="'that ... and that ...': one record; 'the governor' and 'he' (Gedge) are inside the clause")
Q(R5, D, "A banknote is a promise. For seven days ours has carried a spelling mistake, and that is my responsibility, not the printer's and not Mrs Sollis's,",
  "Isolde Quarrington", "pronoun after: she tells MPs → Quarrington, the subject of the sentence before", "tells",
  channel="committee hearing", note="multi-sentence; 'Mrs Sollis's' inside is Edwina Sollis")
Q(R5, D, "Who checked Mr Gedge's work?", "Harriet Dunwoody", "name before, a colon: Harriet Dunwoody, for the opposition, asks:",
  "asks", channel="committee hearing", note="a question inside the marks")
Q(R5, I, "nobody did, and that the second signature the bank's own rules require was never given", "Isolde Quarrington",
  "title alone before: The governor says → Quarrington", "says", channel="committee hearing",
  note="present tense, without 'that' at first, then ', and that ...': one record")
Q(R5, I, "reprinting the 29 million notes still in the vaults will cost 2.7 million crowns, roughly 0.4 per cent of the bank's annual budget",
  "Isolde Quarrington", "surname before: Quarrington tells the committee that", "tells", channel="committee hearing")
Q(R5, I, "the 11 million flawed notes already out will circulate until they wear out, usually within two years", "Isolde Quarrington",
  "pronoun before: She adds that → Quarrington", "adds", channel="committee hearing")
Q(R5, I, "his grandmother has had more than 300 letters since Wednesday", "Lachlan Sollis",
  "pronoun before: He says → Lachlan Sollis, the subject of the sentence before", "says", channel="interview with Brenway Radio",
  note="present tense, without 'that'; 'his grandmother' is Edwina Sollis")
Q(R5, D, "She answers every single one, and she corrects the spelling in some of them,", "Lachlan Sollis",
  "pronoun after: he says → Lachlan Sollis", "says", channel="interview with Brenway Radio", note="'She' inside is his grandmother")
Q(R5, I, "he was \"satisfied\" and that INV was ready to print the corrected notes from 5 January", "Dragos Turcanel",
  "pronoun before: he told reporters → Dragos Turcanel, the subject of the sentence before", "told", channel="told reporters",
  note="without 'that' at first, then 'and that ...': one record")
Q(R5, D, "satisfied", "Dragos Turcanel", "pronoun before: he told reporters", "told", channel="told reporters", partial=True,
  note="a one-word fragment")
Q(R5, D, "Not in the bank. In one proof, perhaps.", "Fitzroy Tellwright",
  "title + name before, a colon: Finance Minister Fitzroy Tellwright, asked after a cabinet meeting whether ..., said:", "said",
  note="multi-sentence; the agentless question between the name and the verb is no record")
Q(R5, I, "its report will be published by 15 December", "Osgood Fernleigh",
  "name before: The committee's chairman, Osgood Fernleigh, says", "says", note="present tense, without 'that'")
Q(R5, I, "she watched on television, red pen in hand", "Edwina Sollis",
  "name before: Edwina Sollis, reached in Tallowmere, tells us", "tells", channel="interview with Brenway Radio",
  note="present tense, without 'that'")
Q(R5, D, "I counted the apologies. Four. That's three more than I expected from a bank,", "Edwina Sollis",
  "surname after: Sollis says → Edwina Sollis, the subject of the sentence before (her grandson Lachlan is two entries earlier)",
  "says", channel="interview with Brenway Radio", note="multi-sentence; a bare shared surname")


# ---------------------------------------------------------------- entities
E("Ardessa", "country", ["Ardessa", ("Kilbrenna", None, ["asked Kilbrenna for"])],
  metonyms=[{"alias": "Kilbrenna", "metonym_of": "Ardessa (its government)"}], adjectival=["Ardessan"],
  note="R1 dateline, R4 \"Ardessa's ambassador\"; \"Știrbova asked Kilbrenna for a formal correction\" (R4) is Ardessa's government: "
       "a government asks another for a correction, not a city; elsewhere Kilbrenna is the city")
E("Kilbrenna", "city", ["KILBRENNA", "Kilbrenna"],
  note="Ardessa's capital (R1 dateline; \"a Kilbrenna dealer\", R1; \"Kilbrenna dealer Ormond Mulvane\", R3; \"flies to Kilbrenna\", R4; "
       "\"Kilbrenna time\", R5); the metonym context in R4 is claimed by Ardessa; \"The Kilbrenna Vellum\" is not in any text")
E("Varnesia", "country", ["Varnesia", "Vârnesia", ("Știrbova", None, ["Știrbova asked Kilbrenna"])],
  metonyms=[{"alias": "Știrbova", "metonym_of": "Varnesia (its government)"}], adjectival=["Varnesian", "Vârnesian"],
  note="Varnesia (R1, R3), Vârnesia (R4); \"Știrbova asked Kilbrenna for a formal correction\" (R4, in a sentence attributed to its "
       "economy minister) is Vârnesia's government; canonical name without diacritics")
E("Stirbova", "city", ["ȘTIRBOVA", "Știrbova", "Stirbova"],
  note="Vârnesia's capital, where the printing works is: Stirbova (R1, R5 twice), Știrbova (R4: \"the edge of Știrbova\", \"13:30 "
       "Știrbova time\"), ȘTIRBOVA (R4 dateline); \"Gazeta Știrbovei\" is an outlet, not a mention; canonical name without diacritics")
E("Tallowmere", "town", ["Tallowmere"], note="Edwina Sollis's town (R1, R2 \"Tallowmere post office\", R5)")
E("Sparrowgate", "street", ["Sparrowgate"], note="the street of Mulvane's shop (R2)")
E("Ardessan Central Bank", "organisation",
  ["Ardessan Central Bank", "ACB", ("The bank", None, ["The bank said in a statement"]),
   ("the bank", None, ["the bank hinted", "according to the bank", "According to the bank"])],
  note="the issuer of the note: both forms in R1, the expansion alone in R2, R4 and R5, \"The ACB\" (R5); the bare \"the bank\" is "
       "claimed by context only where it speaks (R1 \"The bank said in a statement\", R2 \"the bank hinted\", \"according to the "
       "bank\", R3 \"According to the bank\"); other \"the bank\", \"bank boss\", \"A bank spokesman\", \"The Ardessan bank\" are not "
       "annotated")
E("ACB letter to INV", "document", [("letter", None, ["The letter, signed by"])],
  note="the bank's letter of 20 November to the printer, signed by the governor (R4, a speaker); \"when the letter was read out\" "
       "(inside Obârșanu's clause) is not annotated")
E("Imprimeria Nationala de Valori", "organisation",
  ["Imprimeria Nationala de Valori", "Imprimeria Națională de Valori", "INV"],
  note="Vârnesia's state printing works: expansion and acronym in R1 and R4, the diacritic expansion alone in R2 (then \"INV\" alone in "
       "the same report), \"printers INV\" (R3), \"INV's director\" (R4, R5); canonical name without diacritics")
E("Bidwick", "company", ["Bidwick", ("the site", None, ["according to the site"])],
  note="the online auction site (R1, a speaker: \"according to the site\"; R2, R3)")
E("X", "platform", ["X"])
E("Corbel Press Wire", "news agency", ["CPW"], note="only as its acronym, in its own dateline and \"told CPW\" (R1)")
E("The Kilbrenna Vellum", "media outlet", [("Vellum", [R2])], note="\"he tells the Vellum\" (R2)")
E("The Morning Yell", "media outlet", [("Yell", [R3])], note="\"told the Yell\" (R3, twice)")
E("Gazeta Stirbovei", "media outlet", ["Gazeta Știrbovei"], note="\"told Gazeta Știrbovei\" (R4); canonical name without diacritics")
E("Brenway Radio", "media outlet", ["Brenway Radio"], note="\"talking to Brenway Radio\" (R5)")
E("Isolde Quarrington", "person",
  ["Isolde Quarrington", "Quarrington", ("The governor", None, ["The governor, who has run", "The governor says"])],
  note="the ACB's governor (R1 \"Governor Isolde Quarrington\", R2, R3 \"bank boss Isolde Quarrington\", R4 \"signed by Governor Isolde "
       "Quarrington\", R5); \"The governor\" claimed by context where she speaks (R2, R5); \"the governor\" of R2's first apposition, of "
       "R5's 09.31 entry and \"the bank's governor\" inside Edwina Sollis's quote (R3) are not annotated; the title \"Governor\" before "
       "her name is not part of the alias")
E("Edwina Sollis", "person",
  ["Edwina Sollis", "Edwina", "Mrs Sollis", ("Sollis", None, ["Sollis told CPW", "Sollis says"])],
  note="the retired proofreader, 71, who spotted the misspelling: \"Edwina Sollis\" (every report), \"Proud Edwina\" (R3), \"Mrs Sollis\" "
       "(R2 inside the clerk's inner quote and in the last paragraph; R5 inside Quarrington's quote \"Mrs Sollis's\"), the bare "
       "\"Sollis\" of R1's \"Sollis told CPW\" and R5's \"Sollis says\"; \"Gran\" (R2, R3, inside her grandson's quotes) and \"his "
       "grandmother\" (R5) are not annotated")
E("Lachlan Sollis", "person", ["Lachlan Sollis", "Lachlan", "Lachie"],
  note="her grandson, 15, who posted the photograph on X: \"Lachlan Sollis\" (R1, R5), \"Her grandson Lachlan\" (R2), the tabloid's "
       "nickname \"Lachie\" (R3, twice); \"her grandson\" (R5, 09.48) is not annotated; no bare \"Sollis\" is his")
E("Clement Gedge", "person", ["Clement Gedge", "Gedge", "Mr Gedge"],
  note="the ACB's chief cashier who signed the proof (R2, R3 \"Chief cashier Clement Gedge\", R5 and \"Mr Gedge's\" inside Dunwoody's "
       "quote); \"Gedge’s offer\" (R2)")
E("Nico Trevassick", "person", ["Nico Trevassick", "Trevassick"],
  note="the ACB's spokesman (R1 \"A bank spokesman, Nico Trevassick\" and \"Trevassick said\", R3 \"Bank spokesman Nico Trevassick\"); "
       "\"its spokesman\" (R4) is not annotated")
E("Fitzroy Tellwright", "person", ["Fitzroy Tellwright"],
  note="Ardessa's finance minister (R1 and R5 \"Finance Minister Fitzroy Tellwright\", R2 \"The finance minister, Fitzroy Tellwright\")")
E("Harriet Dunwoody", "person", ["Harriet Dunwoody"], note="the opposition's finance spokeswoman (R3, R5)")
E("Ormond Mulvane", "person", ["Ormond Mulvane"], note="a Kilbrenna banknote dealer (R1, R2, R3)")
E("Osgood Fernleigh", "person", ["Osgood Fernleigh"], note="chairman of the parliament's finance committee (R5)")
E("Dragos Turcanel", "person", ["Dragos Turcanel", "Dragoș Țurcănel", "Țurcănel"],
  note="INV's director: \"Dragos Turcanel\" (R1, R5 twice), \"Dragoș Țurcănel\" (R2, R4), bare \"Țurcănel\" (R4: \"According to "
       "Țurcănel\", \"Țurcănel flies\"); canonical name without diacritics")
E("Lucretia Stancel", "person", ["Lucretia Stancel", "Lucreția Stâncel", "Stâncel"],
  note="Vârnesia's economy minister, a former INV engineer: \"Lucretia Stancel\" (R3), \"Lucreția Stâncel\" and \"Stâncel\" (R4); "
       "canonical name without diacritics; \"her ministry\" and \"The ministry\" (R4) are not annotated (never a speaker)")
E("Ionela Obarsanu", "person", ["Ionela Obârșanu", "Obârșanu"],
  note="a press operator at the INV plant (R4); canonical name without diacritics")

DISTINCT = [
    ("Edwina Sollis", "Lachlan Sollis", "grandmother and grandson sharing a surname (R1's bare \"Sollis told CPW\" follows Lachlan's "
     "full name but is Edwina's; R5's \"Sollis says\" is hers)"),
    ("Ardessa", "Kilbrenna", "the government (metonym, R4) vs the capital city"),
    ("Varnesia", "Stirbova", "the government (metonym, R4) vs the capital city"),
    ("Stirbova", "Gazeta Stirbovei", "the city vs the paper named after it"),
    ("Ardessan Central Bank", "Isolde Quarrington", "the bank vs its governor"),
    ("Ardessan Central Bank", "Clement Gedge", "the bank vs its chief cashier"),
    ("Ardessan Central Bank", "Nico Trevassick", "the bank vs its spokesman"),
    ("Ardessan Central Bank", "ACB letter to INV", "the bank vs the letter it sent (a document speaker)"),
    ("Isolde Quarrington", "ACB letter to INV", "the governor who signed the letter vs the letter that speaks (R4)"),
    ("Imprimeria Nationala de Valori", "Dragos Turcanel", "the printer vs its director"),
    ("Imprimeria Nationala de Valori", "Ionela Obarsanu", "the printer vs one of its workers"),
    ("Imprimeria Nationala de Valori", "Varnesia", "the state printer vs its state"),
    ("Imprimeria Nationala de Valori", "Ardessan Central Bank", "the printer vs its customer"),
    ("Lucretia Stancel", "Dragos Turcanel", "the Vârnesian minister vs the printer's director"),
    ("Fitzroy Tellwright", "Lucretia Stancel", "the two countries' ministers"),
    ("Harriet Dunwoody", "Isolde Quarrington", "the questioner vs the governor at the hearing (R5)"),
    ("Bidwick", "Ormond Mulvane", "the auction site vs the dealer"),
    ("Isolde Quarrington", "Edwina Sollis", "the governor vs the proofreader named inside her quote (R5)"),
]


# ---------------------------------------------------------------- times
# R1 anchor Wed 2042-11-19 (Ardessa keeps UTC+1 in November: "11:30 local time (10:30 GMT)")
T(R1, "Nov 19", "date", "2042-11-19", "dateline; abbreviated month without a period and day, year of the publication date")
T(R1, "on Wednesday", "weekday", "2042-11-19", "the anchor day (\"stopped issuing ... on Wednesday\", the wire written that day)",
  after="banknote ")
T(R1, "two days", "duration", "P2D", "duration (\"two days after it entered circulation\")")
T(R1, "11:30 local time", "time", "2042-11-19T11:30:00+01:00",
  "\"local time\" of the dateline (Kilbrenna); the GMT equivalent in brackets fixes the offset at UTC+1; the day is the anchor's "
  "(the news conference of the lead's Wednesday)")
T(R1, "10:30 GMT", "time", "2042-11-19T10:30:00+00:00", "the same instant as 11:30 local time, written in GMT")
T(R1, "Tuesday morning", "weekday", "2042-11-18", "the latest Tuesday before the anchor (\"first noticed on Tuesday morning\")")
T(R1, "21:40", "time", "2042-11-18T21:40:00+01:00",
  "clock time with no zone in its sentence: the report's local time (UTC+1); the day from \"on Tuesday\" after it")
T(R1, "on Tuesday", "weekday", "2042-11-18", "the latest Tuesday before the anchor (\"at 21:40 on Tuesday\")", after="21:40 ")
T(R1, "Wednesday morning", "weekday", "2042-11-19", "the anchor day (\"by Wednesday morning\")")
T(R1, "38 years", "duration", "P38Y", "duration (inside Edwina Sollis's quote \"I read proofs for 38 years\")")
T(R1, "between June and September", "date", "2042-06-01/2042-09-30",
  "a range of months without a year, past (\"printed between June and September\"): the anchor's year", granularity="month")
T(R1, "Wednesday evening", "weekday", "2042-11-19", "the anchor day (\"he told reporters on Wednesday evening\")")
T(R1, "Wednesday afternoon", "weekday", "2042-11-19", "the anchor day (\"listed by Wednesday afternoon\")")
T(R1, "since 1987", "date", "1987-01-01/1987-12-31", "a year (inside Mulvane's quote \"since 1987\")", granularity="year")
T(R1, "by Friday", "weekday", "2042-11-21", "future (\"a decision ... was expected by Friday\"): the Friday after the anchor")

# R2 anchor Fri 2042-11-21 (no zone anywhere in the report)
T(R2, "a little before ten", "time", "unresolved",
  "clock time in words, approximate, with no zone given anywhere in the report; the day is Tuesday 18 November (\"on Tuesday morning\")")
T(R2, "Tuesday morning", "weekday", "2042-11-18", "the latest Tuesday before the anchor (\"At a little before ten on Tuesday morning\")")
T(R2, "twenty to ten", "time", "unresolved",
  "clock time in words (\"at twenty to ten that night\") with no zone given anywhere in the report; the day is 18 November")
T(R2, "that night", "relative", "2042-11-18", "the night of the day just named (Tuesday 18 November, the paragraph before), not of the anchor")
T(R2, "Thursday evening", "weekday", "2042-11-20", "the latest Thursday before the anchor (\"admitted on Thursday evening\")")
T(R2, "May 14", "date", "2042-05-14", "month and day without a year, past (\"approved the final proof on May 14\"): the anchor's year")
T(R2, "Wednesday", "weekday", "2042-11-19", "the latest Wednesday before the anchor (\"some distance from Wednesday, when the bank hinted\")",
  after="some distance from ")
T(R2, "two days", "duration", "P2D", "duration (inside Țurcănel's quote \"for two days we were told\")")
T(R2, "February", "date", "2043-02-01/2043-02-28", "a month without a year, future (\"will take until February\"): the next February",
  after="will take until ", granularity="month")
T(R2, "yesterday", "relative", "2042-11-20", "the day before the anchor (\"told parliament yesterday\")", after="told parliament ")
T(R2, "since 2036", "date", "2036-01-01/2036-12-31", "a year (\"who has run the bank since 2036\")", granularity="year")
T(R2, "on Wednesday", "weekday", "2042-11-19", "the latest Wednesday before the anchor (\"fetched 1,850 crowns on Wednesday\")",
  after="1,850 crowns ")
T(R2, "yesterday afternoon", "relative", "2042-11-20", "the afternoon of the day before the anchor (\"went for 410 yesterday afternoon\")")
T(R2, "February", "date", "2043-02-01/2043-02-28", "a month without a year, future (\"the first corrected note, framed, in February\"): "
  "the next February", after="framed, in ", granularity="month")

# R3 anchor Thu 2042-11-20 (no zone anywhere in the report)
T(R3, "Tuesday morning", "weekday", "2042-11-18", "the latest Tuesday before the anchor (\"at her local post office on Tuesday morning\")")
T(R3, "9.40pm", "time", "unresolved",
  "clock time (12-hour, dot separator) with no zone given anywhere in the report; the day from \"on Tuesday\" after it (18 November)")
T(R3, "on Tuesday", "weekday", "2042-11-18", "the latest Tuesday before the anchor (\"at 9.40pm on Tuesday\")", after="9.40pm ")
T(R3, "lunchtime yesterday", "relative", "2042-11-19", "the middle of the day before the anchor (\"by lunchtime yesterday\")")
T(R3, "Yesterday", "relative", "2042-11-19", "the day before the anchor (\"Yesterday red-faced bank boss ...\")")
T(R3, "by Friday", "weekday", "2042-11-21",
  "future (inside Dunwoody's quote \"a name by Friday\", reported on the anchor day): the Friday after the anchor")
T(R3, "last night", "relative", "2042-11-19", "the night before the anchor day (\"refused to comment last night\")")
T(R3, "February", "date", "2043-02-01/2043-02-28", "a month without a year, future (\"could take until February\"): the next February",
  granularity="month")
T(R3, "this week", "relative", "2042-11-17/2042-11-23", "the anchor's Monday–Sunday week (\"could \"go anywhere\" this week\")")

# R4 anchor Sat 2042-11-22 (Vârnesia keeps UTC+3 in November: "13:30 Știrbova time (10:30 GMT)")
T(R4, "22 November", "date", "2042-11-22", "dateline in day-month order; year of the publication date")
T(R4, "on Friday", "weekday", "2042-11-21", "the latest Friday before the anchor (\"went back to their presses on Friday\")",
  after="their presses ")
T(R4, "since Wednesday", "weekday", "2042-11-19", "the latest Wednesday before the anchor (\"waiting for since Wednesday\")")
T(R4, "late on Thursday", "weekday", "2042-11-20", "the latest Thursday before the anchor (\"in a letter late on Thursday\")")
T(R4, "on Wednesday", "weekday", "2042-11-19", "the latest Wednesday before the anchor (\"the statements its spokesman made on Wednesday\")",
  after="spokesman made ")
T(R4, "on Friday", "weekday", "2042-11-21", "the latest Friday before the anchor (\"INV's director, said on Friday\")",
  after="INV's director, said ")
T(R4, "ten years", "duration", "P10Y", "duration (inside Țurcănel's quote \"for ten years\")")
T(R4, "On Thursday", "weekday", "2042-11-20",
  "the latest Thursday before the anchor (inside Țurcănel's quote \"On Thursday I simply unlocked it\", said on Friday)")
T(R4, "19 years", "duration", "P19Y", "duration (\"who has run one of the intaglio presses for 19 years\")")
T(R4, "on Thursday", "weekday", "2042-11-20", "the latest Thursday before the anchor (\"Lucreția Stâncel said on Thursday\")",
  after="Stâncel said ")
T(R4, "the same afternoon", "relative", "2042-11-20", "the afternoon of the day just named (Thursday 20 November), not of the anchor")
T(R4, "on Wednesday", "weekday", "2042-11-19", "the latest Wednesday before the anchor (\"The bank's news conference on Wednesday\")",
  after="news conference ")
T(R4, "13:30 Știrbova time", "time", "2042-11-19T13:30:00+03:00",
  "a clock in Știrbova's time; the GMT equivalent in brackets fixes the offset at UTC+3; the day from \"on Wednesday\"; the same instant "
  "as \"11:30 local time (10:30 GMT)\" in R1 (UTC+1)")
T(R4, "10:30 GMT", "time", "2042-11-19T10:30:00+00:00", "the same instant as 13:30 Știrbova time, written in GMT")
T(R4, "in 1951", "date", "1951-01-01/1951-12-31", "a year (\"INV, founded in 1951\")", granularity="year")
T(R4, "this year", "relative", "2042-01-01/2042-12-31", "the anchor's year (\"its largest this year\")", granularity="year")
T(R4, "5 January", "date", "2043-01-05", "day and month without a year, future (\"will go on the presses on 5 January\"): the next January")
T(R4, "20 February", "date", "2043-02-20", "day and month without a year, future (\"shipped by 20 February\"): the next February")
T(R4, "on Sunday", "weekday", "2042-11-23", "future (\"Țurcănel flies to Kilbrenna on Sunday\"): the day after the anchor")
T(R4, "Monday", "weekday", "2042-11-24", "future (\"Monday's hearing\"): the Monday after the anchor")

# R5 anchor Mon 2042-11-24; the blog's second header line says "All times are Kilbrenna time (GMT+1)"
T(R5, "Monday 24 November", "date", "2042-11-24", "weekday, day and month without a year in the blog's header: the anchor day")
for stamp in ("09.12", "09.31", "09.48", "10.04", "10.22", "10.41", "11.05", "11.30", "11.52", "12.15", "12.40", "13.05"):
    T(R5, stamp, "time", f"2042-11-24T{stamp.replace('.', ':')}:00+01:00",
      "a live-blog entry stamp (24-hour clock, dot separator) on a line of its own, no zone of its own; the header says \"All times are "
      "Kilbrenna time (GMT+1)\"; the anchor day")
T(R5, "10.00", "time", "2042-11-24T10:00:00+01:00",
  "clock time (dot separator) in the blog's zone (GMT+1), the anchor day (\"goes before parliament's finance committee at 10.00\")")
T(R5, "12.00", "time", "2042-11-24T12:00:00+03:00",
  "\"12.00 in Stirbova\": the same instant as 10.00 GMT+1, written in Vârnesia's time (the bracket fixes its offset at UTC+3)")
T(R5, "this morning", "relative", "2042-11-24", "the morning of the anchor day (\"The ACB said this morning\")")
T(R5, "on Saturday", "weekday", "2042-11-22", "the latest Saturday before the anchor (\"accepted his resignation on Saturday\")")
T(R5, "31 December", "date", "2042-12-31", "day and month without a year, future (\"leave the bank on 31 December\"): the anchor's year")
T(R5, "last Monday", "weekday", "2042-11-17",
  "the Monday of the week before the anchor's (Mon 2042-11-24): the day the note went into circulation")
T(R5, "the next morning", "relative", "2042-11-18", "the morning after the day just named (last Monday, 17 November), not after the anchor")
T(R5, "by Wednesday", "weekday", "2042-11-19", "the latest Wednesday before the anchor (\"seen more than 2 million times by Wednesday\")")
T(R5, "seven days", "duration", "P7D", "duration (inside Quarrington's quote \"For seven days ours has carried\")")
T(R5, "two years", "duration", "P2Y", "duration (\"usually within two years\")")
T(R5, "since Wednesday", "weekday", "2042-11-19", "the latest Wednesday before the anchor (\"more than 300 letters since Wednesday\")")
T(R5, "yesterday", "relative", "2042-11-23", "the day before the anchor (\"who flew in from Stirbova yesterday\")")
T(R5, "5 January", "date", "2043-01-05", "day and month without a year, future (\"ready to print the corrected notes from 5 January\")")
T(R5, "two hours and eleven minutes", "duration", "PT2H11M", "duration in words (\"ended after two hours and eleven minutes\")")
T(R5, "15 December", "date", "2042-12-15", "day and month without a year, future (\"published by 15 December\"): the anchor's year")
T(R5, "on Thursday", "weekday", "2042-11-27", "future (\"The committee sits again on Thursday\"): the Thursday after the anchor")


# ---------------------------------------------------------------- numbers
N(R1, "20-crown", 20, "crown", "money", note="a denomination as a hyphenated adjective (\"its new 20-crown banknote\")")
N(R1, "two days", 2, "day", "duration", note="word number")
N(R1, "about 11 million", 11000000, "note", "count", approx="about", note="'million'; the noun given by \"of the 40 million notes\"")
N(R1, "40 million notes", 40000000, "note", "count")
N(R1, "71", 71, "year", "age", note="an age (\"Edwina Sollis, 71,\")")
N(R1, "two of the new notes", 2, "note", "count", note="word number, \"X of the Y\"")
N(R1, "15", 15, "year", "age", note="an age (\"Lachlan Sollis, 15,\")")
N(R1, "more than 2 million times", 2000000, "time", "count", approx="more_than")
N(R1, "38 years", 38, "year", "duration", note="inside a quote")
N(R1, "6.8 million euros", 6800000, "eur", "money", note="a decimal and 'million'; the currency written as a word")
N(R1, "between 2.5 million and 3 million crowns", 2500000, "crown", "money", low=2500000, high=3000000,
  note="a range (\"between ... and ...\"), the currency once at the end")
N(R1, "at least 140", 140, "note", "count", approx="at_least", note="the noun given by \"of the flawed notes\"")
N(R1, "1,850 crowns", 1850, "crown", "money")
N(R1, "29 million notes", 29000000, "note", "count")

N(R2, "two letters", 2, "letter", "count", note="word number")
N(R2, "20-crown", 20, "crown", "money", note="a denomination as a hyphenated adjective (\"a brand-new 20-crown note\")")
N(R2, "15", 15, "year", "age", note="an age (\"Her grandson Lachlan, 15,\")")
N(R2, "more than 90,000 times", 90000, "time", "count", approx="more_than")
N(R2, "three times", 3, "time", "count", note="word number, inside a quote")
N(R2, "40 million perfect copies", 40000000, "copy", "count", note="an adjective between number and noun, inside a quote")
N(R2, "two days", 2, "day", "duration", note="word number, inside a quote")
N(R2, "29 million notes", 29000000, "note", "count")
N(R2, "about 2.7 million crowns", 2700000, "crown", "money", approx="about", note="a decimal and 'million'")
N(R2, "1,850 crowns", 1850, "crown", "money")
N(R2, "410", 410, "crown", "money", note="the currency elided (\"went for 410 yesterday afternoon\")")
N(R2, "around 300", 300, "crown", "money", approx="about", note="the currency elided; \"around\" read as about")
N(R2, "Eleven million", 11000000, "note", "count", after="“Eleven million is not", note="word number and 'million', the noun elided, inside a quote")
N(R2, "Eleven million", 11000000, "note", "count", after="he says. “Eleven", note="word number and 'million', the noun elided, inside a quote")

N(R3, "71-year-old", 71, "year", "age", note="a hyphenated age (\"a 71-year-old gran\")")
N(R3, "two", 2, "note", "count", after="was handed ", note="word number, adjectives between number and noun (\"two crisp new 20-crown notes\")")
N(R3, "20-crown", 20, "crown", "money", note="a denomination as a hyphenated adjective")
N(R3, "15", 15, "year", "age", note="an age (\"Grandson Lachie, 15,\")")
N(R3, "Around 11 million", 11000000, "note", "count", approx="about", note="sentence-initial; the noun given by \"of the dodgy notes\"")
N(R3, "29 MILLION", 29000000, "note", "count", note="'MILLION' in capitals; the noun elided (\"29 MILLION more\")")
N(R3, "twenty crowns", 20, "crown", "money", note="word number, inside a quote")
N(R3, "6.8 MILLION euros", 6800000, "eur", "money", note="'MILLION' in capitals; the currency written as a word")
N(R3, "1,850 crowns", 1850, "crown", "money")
N(R3, "more than 90 times", 90, "time", "count", approx="more_than", note="a multiple (\"more than 90 times its face value\")")

N(R4, "20-crown", 20, "crown", "money", note="a denomination as a hyphenated adjective")
N(R4, "ten years", 10, "year", "duration", note="word number, inside a quote")
N(R4, "230 people", 230, "person", "count")
N(R4, "19 years", 19, "year", "duration")
N(R4, "four countries", 4, "country", "count", note="word number")
N(R4, "two more", 2, "country", "count", note="word number, the noun elided (\"passports for two more\" countries)")
N(R4, "€6.8 million", 6800000, "eur", "money", note="a decimal and 'million'")
N(R4, "all 29 million", 29000000, "note", "count", note="the noun elided (\"all 29 million will be shipped\"; the corrected notes)")

N(R5, "40 million", 40000000, "note", "count", note="the noun after the denomination (\"40 million 20-crown notes\")")
N(R5, "20-crown", 20, "crown", "money", note="a denomination as a hyphenated adjective")
N(R5, "more than 2 million times", 2000000, "time", "count", approx="more_than")
N(R5, "seven days", 7, "day", "duration", note="word number, inside a quote")
N(R5, "29 million notes", 29000000, "note", "count")
N(R5, "2.7 million crowns", 2700000, "crown", "money", note="a decimal and 'million'")
N(R5, "roughly 0.4 per cent", 0.4, "percent", "percent", approx="about", note="a decimal below one; \"per cent\" in two words; "
  "\"roughly\" read as about")
N(R5, "11 million flawed notes", 11000000, "note", "count", note="an adjective between number and noun")
N(R5, "two years", 2, "year", "duration", note="word number (\"within two years\")")
N(R5, "15", 15, "year", "age", after="Lachlan Sollis, ", note="an age (\"Lachlan Sollis, 15,\")")
N(R5, "more than 300 letters", 300, "letter", "count", approx="more_than")
N(R5, "two hours", 2, "hour", "duration", note="word number (\"two hours and eleven minutes\")")
N(R5, "eleven minutes", 11, "minute", "duration", note="word number")
N(R5, "Four", 4, "apology", "count", note="a word number standing alone as a sentence (\"Four.\"), the noun from the sentence before, inside a quote")
N(R5, "three more", 3, "apology", "count", note="word number, the noun elided, inside a quote")

ABOUT = ("Gold for the read stage on the invented held-out reports of demo/read-heldout17/reports.jsonl, "
         "written and committed before any reader ran on them. `file` is the report's `id`; `start`/`end` "
         "are BYTE offsets into the UTF-8 encoding of the report's `text` field; text[start:end] begins "
         "with `span`. Same format as demo/read-heldout16/gold.json. Generated by build_gold.py. See README.md here.")


G.write(ABOUT, DISTINCT, detailed=True)
