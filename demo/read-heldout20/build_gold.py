#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and the annotations below.

Run from anywhere: `python3 demo/read-heldout20/build_gold.py`. Offsets are computed here from the spans
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
# R1: Alidade News, 2045-10-11 (Wed; wire; straight quotes; dateline "LISDARRA, Ambrenia, Oct 11 (Alidade) -", a spaced hyphen;
# no diacritics: "Agota Veszmary", "Kodmezo"; Ambrenia keeps UTC+2 in October: "21:30 local time (19:30 GMT)")
Q(R1, I, "the disease had been found in a herd of 340 cattle at Wrenmoor, about 8 km from the Kerevian frontier, and that every animal on the farm would be destroyed",
  "Animal Health Directorate", "name before: The Animal Health Directorate (AHD) said", "said",
  note="without 'that' at first, then ', and that ...': one record")
Q(R1, I, "Laboratory tests came back positive at 21:30 local time (19:30 GMT) on Tuesday", "Animal Health Directorate",
  "description after the clause: the directorate said in a statement → the Animal Health Directorate (the sentence before)", "said",
  channel="statement", note="clause first, attribution after")
Q(R1, I, "the ban would take effect at 00:00 on Thursday, Kodmezo time (21:00 GMT on Wednesday), and would stay in place \"for as long as it takes\"",
  "Agota Veszmary", "title + name before: Kerevia's agriculture minister, Agota Veszmary, said", "said",
  note="reported speech without 'that'; a bracketed clock inside; the partial ends it")
Q(R1, D, "for as long as it takes", "Agota Veszmary", "name before: Agota Veszmary, said", "said", partial=True,
  note="the closing mark comes before the full stop")
Q(R1, D, "We buy a great deal from our neighbours, and we want to go on buying,", "Agota Veszmary",
  "pronoun after: she said → Veszmary, the subject of the sentence before", "said")
Q(R1, D, "But I will not put a single Kerevian herd at risk for it.", "Agota Veszmary",
  "continuation: the quote after \"she said.\"", None)
Q(R1, D, None, "Dermot Tredgold",
  "title + name in the middle: Agriculture Minister Dermot Tredgold told reporters outside the directorate's offices", "told",
  channel="told reporters",
  parts=["This is the news every farmer in this country has dreaded,",
         "and I will not pretend otherwise. We will find out how it got here."],
  note="a direct quote split by its attribution: one record with two parts; the second part is multi-sentence")
Q(R1, I, "a 3-km protection zone and a 10-km surveillance zone have been drawn around the farm, and the 19 other herds inside them will be tested this week",
  "Animal Health Directorate", "acronym before: According to the AHD,", "according to", note="'According to X,' first")
Q(R1, I, "Ambrenia sold live cattle and beef worth 410 million crowns to Kerevia last year, roughly 38 percent of its beef exports",
  "Ambrenian national statistics office", "description after the clause: according to the national statistics office",
  "according to", note="clause first, 'according to' after")
Q(R1, I, "farmers near the border were \"frightened and angry\" and that many had first heard of the outbreak on the radio on Wednesday morning",
  "Ciaran Henmarsh", "name before: Ciaran Henmarsh, president of the Ambrenian Farmers' Union (AFU), said", "said",
  note="without 'that' at first, then 'and that ...': one record; a partial inside")
Q(R1, D, "frightened and angry", "Ciaran Henmarsh", "name before: Ciaran Henmarsh ... said", "said", partial=True)
Q(R1, I, "the union would ask the government to pay full market value for every animal culled", "Ciaran Henmarsh",
  "pronoun before: He added that → Henmarsh, the subject of the sentence before", "added")
Q(R1, D, "A cull is not a line on a spreadsheet. It is somebody's whole working life,", "Ciaran Henmarsh",
  "surname after: Henmarsh said", "said", note="multi-sentence")

# R2: Ködmezői Hírmondó (English edition), 2045-10-12 (Thu; the Kerevian paper in English; straight quotes; dateline
# "KÖDMEZŐ, 12 October –" (en dash); diacritics: "Ágota Vészmáry", "Lőrinc Gyártelki", "Tihamér Orbók", "Szélkapu", "Bodzás";
# Kerevia keeps UTC+3: "00:00 Kerevian time, which was 23:00 on Wednesday in Lisdarra and 21:00 GMT")
Q(R2, I, "263 cattle bought at the Gallowmere fair last Saturday had been traced to 14 Kerevian farms, all of which were now closed to visitors",
  "Agota Veszmary", "title + name before: Agriculture Minister Ágota Vészmáry told parliament on Thursday morning that", "told",
  channel="parliament", note="a time phrase between the addressee and 'that'")
Q(R2, D, "Not one of those animals has shown a symptom,", "Agota Veszmary",
  "title alone after: the minister said → Vészmáry (the sentence before)", "said")
Q(R2, D, "Not yet.", "Agota Veszmary", "continuation: the quote after \"the minister said.\"", None)
Q(R2, D, "The officer looked at my papers and said, 'Your cattle are on the wrong side of the rules now, sir, and so are you,' and waved me back,",
  "Angus Ottaway", "surname after: Ottaway said", "said",
  note="holds a quote inside the quote (single straight marks) spoken by someone else, the Kerevian officer")
Q(R2, D, "Your cattle are on the wrong side of the rules now, sir, and so are you,", None,
  "inside the outer quote: 'The officer looked at my papers and said,' → a border officer, never named (speaker null)", "said",
  note="quote inside a quote whose speaker is NOT the outer speaker")
Q(R2, I, "the animals had been without water for nine hours", "Angus Ottaway",
  "pronoun before: He said → Ottaway, the speaker of the quote just before", "said", note="reported speech without 'that'")
Q(R2, I, "the rest, loaded with milk powder, cheese and frozen beef, would have to wait or turn round", "Lorinc Gyartelki",
  "name before: Lőrinc Gyártelki, the chief veterinary inspector at Szélkapu, told reporters", "told", channel="told reporters",
  note="reported speech without 'that'; a participle phrase inside the clause")
Q(R2, D, "Cheese does not suffer in a queue,", "Lorinc Gyartelki", "pronoun after: he said → Gyártelki", "said")
Q(R2, D, "Cattle do, and we know it.", "Lorinc Gyartelki", "continuation: the quote after \"he said.\"", None)
Q(R2, I, "Lisdarra sat on the first test results for a day", "Kerevia",
  "capital as government before: Ködmező says → Kerevia's government", "says",
  note="present tense, without 'that'; the speaker and the accused are both capitals standing for governments")
Q(R2, D, "false and unhelpful", "Ambrenian embassy in Kerevia",
  "group before: the Ambrenian embassy rejected in a statement as", "rejected", channel="statement", partial=True,
  note="a partial quote with no clause of its own (the embassy rejects a charge); the closing mark comes before the full stop")
Q(R2, I, "his staff heard of the suspected case only on Wednesday, from Ambrenian colleagues at the crossing and not through any official channel",
  "Lorinc Gyartelki", "surname before: According to Gyártelki,", "according to", note="'According to X,' first")
Q(R2, I, "inspectors had taken blood from every animal on his farm on Wednesday night", "Tihamer Orbok",
  "name before: the dairy farmer Tihamér Orbók, who bought 22 heifers at Gallowmere, said", "said",
  note="reported speech without 'that'; a relative clause between the name and the verb")
Q(R2, D, "My grandfather lost everything to this disease in 1998. I have not slept,", "Tihamer Orbok",
  "surname after: Orbók told the Hírmondó", "told", channel="interview with the Hírmondó", note="multi-sentence")
Q(R2, I, "a second infected herd had been found, at Saltrigg, and that about 190 more cattle would be culled there",
  "Animal Health Directorate", "name before: Ambrenia's Animal Health Directorate said on Thursday afternoon that", "said",
  note="'that ... and that ...': one record; a time phrase between the verb and 'that'")

# R3: The Daily Rumpus, 2045-10-13 (Fri; tabloid; straight quotes; no dateline, no zone anywhere ("3pm"); no diacritics;
# labels and nicknames: "Thea", "the Cull Queen", "farm union boss", "Kerevian minister", "stranded lorry driver")
Q(R3, D, "I named every one of those girls. My mother named their grandmothers. They shot them one by one while I stood in the yard.",
  "Theodora Pilbeam", "nickname before, a colon: Thea, 58, told the Rumpus: → Theodora Pilbeam", "told",
  channel="interview with the Rumpus", note="multi-sentence")
Q(R3, D, "We did everything right. We rang the vet the minute we saw the blisters. And for that we've lost the lot.",
  "Aldwyn Pilbeam", "first name before, a colon: Her son Aldwyn, 31, who milks the herd with her, added:", "added",
  note="multi-sentence; a relative clause between the name and the verb")
Q(R3, I, "the slaughter was the only way to stop the disease spreading", "Jessamy Strang",
  "title + name before: Ambrenia's chief vet Dr Jessamy Strang - dubbed the Cull Queen by furious farmers - insisted yesterday that",
  "insisted", note="a nickname between dashes and a time word between the name and 'that'")
Q(R3, I, "no new case had been reported since 3pm on Thursday", "Jessamy Strang",
  "pronoun before: She told a press conference that → Strang", "told", channel="press conference")
Q(R3, D, "Nobody in that ministry has stood in a yard and watched this. They should try it.", "Ciaran Henmarsh",
  "label + name before, a colon: farm union boss Ciaran Henmarsh fumed:", "fumed", note="multi-sentence")
Q(R3, I, "farmers would be paid 90 per cent of the market value of every animal killed", "Dermot Tredgold",
  "title + name before: Agriculture Minister Dermot Tredgold last night promised that", "promised",
  note="a time phrase between the name and the verb")
Q(R3, I, "the scheme will cost up to 45 million crowns", "Dermot Tredgold",
  "title alone before: According to the minister, → Tredgold (the sentence before)", "according to")
Q(R3, I, "the ban on Ambrenian beef, milk and cheese would stay until the country was \"clean\"", "Agota Veszmary",
  "label + name before: Kerevian minister Agota Veszmary vowed that", "vowed", note="a one-word partial ends it")
Q(R3, D, "clean", "Agota Veszmary", "name before: Agota Veszmary vowed that", "vowed", partial=True, note="a one-word partial")
Q(R3, D, "The bulls were bellowing all night. I gave them what water I had and sat up with them. It broke my heart.",
  "Angus Ottaway", "surname before, a colon: Ottaway, 44, said:", "said", note="multi-sentence")
Q(R3, I, "the public should \"stay away from farms\" and that milk and meat in the shops were safe to eat", "Animal Health Directorate",
  "name before: In a statement, the Animal Health Directorate said", "said", channel="statement",
  note="without 'that' at first, then 'and that ...': one record; a partial inside")
Q(R3, D, "stay away from farms", "Animal Health Directorate", "name before: the Animal Health Directorate said", "said",
  channel="statement", partial=True)
Q(R3, D, "It's gone,", "Theodora Pilbeam", "pronoun after: she said → Thea, named in the sentence before", "said")
Q(R3, D, "A hundred and thirty-four years, gone.", "Theodora Pilbeam", "continuation: the quote after \"she said.\"", None)

# R4: The Lisdarra Almanack, 2045-10-14 (Sat; broadsheet; curly quotes and apostrophes; sayings in the present tense ("tells",
# "says"); no dateline; one clock without a zone ("21:30 on Tuesday", the paper's own Lisdarra time); diacritics)
Q(R4, D, "He rang me and said, ‘Jessamy, I have seen this once before, in 2023, and I pray I am wrong,’ and I knew from his voice that he was not,",
  "Jessamy Strang", "title + name after: Dr Jessamy Strang tells the Almanack", "tells", channel="interview with the Almanack",
  note="holds a quote inside the quote (curly single marks) spoken by the vet; 'Jessamy' inside is the one addressed")
Q(R4, D, "Jessamy, I have seen this once before, in 2023, and I pray I am wrong,", "Ruairi Blenkin",
  "inside the outer quote: 'He rang me and said,' → the vet of the sentence before, named only after the quote: \"The vet, her "
  "deputy Ruairi Blenkin\"", "said", note="quote inside a quote whose speaker is NOT the outer speaker and is named only later")
Q(R4, I, "The samples reached the directorate’s laboratory on Monday night and the result came through at 21:30 on Tuesday",
  "Jessamy Strang", "pronoun after the clause: she says → Dr Strang, the subject of the sentence before", "says",
  note="clause first, attribution after")
Q(R4, D, "People ask why it took a day and a half,", "Jessamy Strang", "pronoun after: she says → Dr Strang", "says")
Q(R4, D, "That is how long the test takes.", "Jessamy Strang", "continuation: the quote after \"she says.\"", None)
Q(R4, I, "it learned of the suspected case from its own inspectors at Szélkapu on Wednesday, not from Lisdarra", "Kerevia",
  "capital as government before: Ködmező says → Kerevia's government", "says",
  note="present tense, without 'that'; Lisdarra inside is Ambrenia's government")
Q(R4, I, "a neighbour who “keeps a fire quiet” should not be surprised to find the door locked", "Agota Veszmary",
  "name + title before: Ágota Vészmáry, the Kerevian agriculture minister, wrote on Friday evening, in a post on X, that", "wrote",
  channel="post on X", note="a partial inside; a time phrase and the channel, between commas, between the verb and 'that'")
Q(R4, D, "keeps a fire quiet", "Agota Veszmary", "name before: Ágota Vészmáry ... wrote on Friday evening, in a post on X, that", "wrote",
  channel="post on X", partial=True)
Q(R4, D, "We told Kerevia within hours, through the proper channel,", "Dermot Tredgold",
  "pronoun after: he says → Tredgold, the subject of the sentence before", "says")
Q(R4, D, "I understand their fear. I would be afraid too.", "Dermot Tredgold", "continuation: the quote after \"he says.\"", None,
  note="multi-sentence")
Q(R4, I, "he and Vészmáry will speak by video on Monday, and that he will ask her to let dairy products through first",
  "Dermot Tredgold", "pronoun before: He says → Tredgold", "says",
  note="present tense, without 'that' at first, then ', and that ...': one record")
Q(R4, D, None, "Ciaran Henmarsh", "pronoun in the middle: he says → Henmarsh, the subject of the sentence before", "says",
  parts=["Ninety is a number someone picks in an office,", "and it is not the number on my members’ loans."],
  note="a direct quote split by its attribution: one record with two parts")
Q(R4, I, "the farm cannot be restocked for at least six months", "Animal Health Directorate",
  "description before: The directorate says → the Animal Health Directorate", "says", note="present tense, without 'that'")
Q(R4, D, "Ask me next year,", "Theodora Pilbeam",
  "title + surname after: Mrs Pilbeam says → Theodora Pilbeam ('His mother' of the sentence before; her son is named two "
  "sentences before)", "says")
Q(R4, D, "Today I cannot look at the field.", "Theodora Pilbeam", "continuation: the quote after \"Mrs Pilbeam says.\"", None)
Q(R4, I, "the lorries are gone", "Lorinc Gyartelki", "name before: Lőrinc Gyártelki, the inspector at Szélkapu, says", "says",
  note="present tense, without 'that'")
Q(R4, D, "For the first time in 20 years I can hear the birds at the crossing,", "Lorinc Gyartelki",
  "pronoun after: he says → Gyártelki", "says")
Q(R4, D, "I would rather hear the engines.", "Lorinc Gyartelki", "continuation: the quote after \"he says.\"", None)

# R5: Furrow FM live blog, 2045-10-16 (Mon; plain-text scrape: header "LIVE: ... - Monday 16 October" and a line "All times are
# Lisdarra time (GMT+2)"; each entry begins with a 24-hour stamp ("07:40") on a line of its own; straight quotes; no diacritics:
# "Kodmezo", "Szelkapu", "Agota Veszmary", "Lorinc Gyartelki")
Q(R5, I, "About 1,400 had arrived by 07:30", "Lisdarra city police", "group after the clause: city police said", "said",
  note="clause first, attribution after; the noun (tractors) is elided")
Q(R5, I, "more than 2,000 are on their way", "Ambrenian Farmers' Union", "acronym before: the AFU says", "says",
  note="present tense, without 'that'")
Q(R5, I, "Kerevia was \"ready to listen, not yet ready to open\"", "Agota Veszmary",
  "surname before: Veszmary wrote on X last night that", "wrote", channel="post on X",
  note="a time phrase between the channel and 'that'; the partial ends it")
Q(R5, D, "ready to listen, not yet ready to open", "Agota Veszmary", "surname before: Veszmary wrote on X ... that", "wrote",
  channel="post on X", partial=True, note="the closing mark comes before the full stop")
Q(R5, I, "there have been no new cases since the second herd was confirmed at Saltrigg on Thursday", "Jessamy Strang",
  "title + name before: The chief veterinary officer, Dr Jessamy Strang, has just told us", "told",
  channel="interview with Furrow FM", note="reported speech without 'that'")
Q(R5, D, "Four days is good news. It is not yet the all-clear,", "Jessamy Strang",
  "pronoun after: she said → Strang, the subject of the sentence before", "said", channel="interview with Furrow FM",
  note="multi-sentence")
Q(R5, I, "all 263 Ambrenian cattle traced to Kerevian farms had tested negative and that the 14 farms would be freed from restrictions on Tuesday",
  "Kerevian Ministry of Agriculture", "group before: the agriculture ministry in Kodmezo said in a statement on Sunday that", "said",
  channel="statement", note="'that ... and that ...': one record")
Q(R5, D, "They want us grateful for ninety per cent,", "Ciaran Henmarsh",
  "pronoun after: he tells the crowd → Henmarsh, the subject of the sentence before", "tells")
Q(R5, D, "We will be grateful when we can sell a calf again.", "Ciaran Henmarsh",
  "continuation: the quote after \"he tells the crowd.\"", None)
Q(R5, I, "The talks have started, five minutes late", "Ambrenian Ministry of Agriculture",
  "description after the clause: the ministry says → the agriculture ministry of the entry before (Ambrenia's, outside which "
  "Henmarsh speaks)", "says", note="clause first, attribution after")
Q(R5, I, "his mother stayed at home", "Aldwyn Pilbeam", "pronoun before: He tells Furrow FM → Aldwyn Pilbeam", "tells",
  channel="interview with Furrow FM", note="reported speech without 'that'")
Q(R5, D, "She said to me, 'Go and make a noise, and make it for both of us,'", "Aldwyn Pilbeam",
  "surname after: Pilbeam says → Aldwyn Pilbeam, the subject of the entry (his mother is at home; she is the inner speaker)",
  "says", channel="interview with Furrow FM",
  note="a bare shared surname; holds a quote inside the quote spoken by his mother; the outer quote ends on the inner mark")
Q(R5, D, "Go and make a noise, and make it for both of us,", "Theodora Pilbeam",
  "inside the outer quote: 'She said to me,' → 'his mother' of the sentence before (Theodora Pilbeam)", "said",
  note="quote inside a quote whose speaker is NOT the outer speaker; she is never named in this report")
Q(R5, I, "Kerevia has agreed to reopen the border to Ambrenian dairy products from 06:00 Kerevian time on Wednesday (05:00 here)",
  "Dermot Tredgold", "surname before: Tredgold says", "says", note="present tense, without 'that'")
Q(R5, I, "the deal was done but would be reviewed \"week by week\"", "Agota Veszmary",
  "surname before: Veszmary, speaking to Kerevian radio, said", "said", channel="interview with Kerevian radio",
  note="reported speech without 'that'; a participle phrase between the name and the verb; the partial ends it")
Q(R5, D, "week by week", "Agota Veszmary", "surname before: Veszmary ... said", "said", channel="interview with Kerevian radio",
  partial=True, note="the closing mark comes before the full stop")
Q(R5, D, "Milk we can test. A live animal carries its history in its blood,", "Agota Veszmary",
  "pronoun after: she said → Veszmary, the subject of the sentence before", "said", channel="interview with Kerevian radio",
  note="multi-sentence")
Q(R5, I, "his team will be ready by Tuesday night", "Lorinc Gyartelki",
  "name before: Lorinc Gyartelki, the inspector at Szelkapu, tells us", "tells", channel="interview with Furrow FM",
  note="reported speech without 'that'")
Q(R5, D, "We have put the barrier back in the shed,", "Lorinc Gyartelki", "pronoun after: he says → Gyartelki", "says",
  channel="interview with Furrow FM")
Q(R5, I, "the AFU will be back \"on the first day the cheques are late\"", "Ciaran Henmarsh", "surname before: Henmarsh says",
  "says", note="present tense, without 'that'; the partial ends it; the AFU inside is no speaker")
Q(R5, D, "on the first day the cheques are late", "Ciaran Henmarsh", "surname before: Henmarsh says", "says", partial=True,
  note="the closing mark comes before the full stop")
Q(R5, I, "the protection zone around Saltrigg will be lifted on 31 October if there are no new cases, and the one around Wrenmoor on 6 November",
  "Animal Health Directorate", "acronym before: The AHD confirms that", "confirms", note="present tense")


# ---------------------------------------------------------------- entities
E("Ambrenia", "country",
  ["Ambrenia", ("Lisdarra", None, ["Lisdarra sat on", "not from Lisdarra"])],
  metonyms=[{"alias": "Lisdarra", "metonym_of": "Ambrenia (its government)"}], adjectival=["Ambrenian"],
  note="the exporting country, where the outbreak is (every report but R5's text names it; \"Ambrenia's\" too); its capital "
       "stands for its government twice: \"Ködmező says Lisdarra sat on the first test results\" (R2) and \"not from Lisdarra\" "
       "(R4); \"the Ambrenian government\" (R2) is not annotated")
E("Lisdarra", "city", ["LISDARRA", "Lisdarra"],
  note="Ambrenia's capital: R1 dateline and \"officials in Lisdarra\" (a place: officials there); R2 \"23:00 on Wednesday in "
       "Lisdarra\"; R5 header \"Tractors ring Lisdarra\", \"Lisdarra time\", \"the Lisdarra ring road\"; the metonym contexts are "
       "claimed by Ambrenia; \"The Lisdarra Almanack\" is not in any text")
E("Kerevia", "country",
  ["Kerevia", ("Ködmező", None, ["Ködmező says Lisdarra", "Ködmező says it learned"])],
  metonyms=[{"alias": "Ködmező", "metonym_of": "Kerevia (its government)"}], adjectival=["Kerevian"],
  note="the importing country that closes its border (every report, also \"Kerevia's\"); its capital speaks as its government "
       "twice: \"Ködmező says Lisdarra sat on ...\" (R2) and \"Ködmező says it learned ...\" (R4)")
E("Kodmezo", "city", ["KÖDMEZŐ", "Ködmező", "Kodmezo"],
  note="Kerevia's capital: KÖDMEZŐ (R2 dateline), \"a feedlot near Ködmező\" (R2), \"Kodmezo time\" (R1), \"12:00 in Kodmezo\" "
       "and \"the agriculture ministry in Kodmezo\" (R5); canonical name without diacritics; \"Ködmezői Hírmondó\" is not in any text")
E("Szelkapu", "border crossing", ["Szélkapu", "Szelkapu"],
  note="the border crossing between the two countries: \"Szélkapu\" (R2 three times, R4 twice), \"Szelkapu\" (R5); canonical name "
       "without diacritics")
E("Wrenmoor", "village", ["Wrenmoor"], note="the Pilbeams' farm and the first outbreak (R1 twice, R3, R4, R5 twice)")
E("Gallowmere", "town", ["Gallowmere"], note="the town of the autumn cattle fair (R1, R2 twice, R3)")
E("Saltrigg", "village", ["Saltrigg"], note="the second infected herd (R2, R3, R4, R5 twice)")
E("Bodzas", "village", ["Bodzás"], note="Orbók's village in Kerevia (R2); canonical name without diacritics")
E("Animal Health Directorate", "government body",
  ["Animal Health Directorate", "AHD",
   ("the directorate", None, ["the directorate said in a statement"]),
   ("The directorate", None, ["The directorate says"])],
  note="Ambrenia's veterinary authority: expansion and acronym in R1 (\"According to the AHD\"), the expansion alone in R2 and R3, "
       "the acronym alone in R5; \"the directorate\" claimed where it speaks (R1, R4); \"the directorate's offices\" (R1) and \"the "
       "directorate’s laboratory\" (R4) are not annotated")
E("Ambrenian Farmers' Union", "trade union", ["Ambrenian Farmers' Union", "AFU"],
  note="the farmers' union: expansion and acronym in R1, the acronym alone in R4 and R5 (twice, once speaking), the expansion "
       "alone in R5; \"the union\" (R1) and \"farm union boss\" (R3) are not annotated")
E("Ambrenian Ministry of Agriculture", "government body",
  [("agriculture ministry", None, ["outside the agriculture ministry"]), ("the ministry", None, ["the ministry says"])],
  note="Tredgold's ministry in Lisdarra (R5: Henmarsh speaks outside it; \"the ministry says\" the talks have started); \"that "
       "ministry\" inside Henmarsh's R3 quote is not annotated")
E("Kerevian Ministry of Agriculture", "government body",
  [("agriculture ministry", None, ["the agriculture ministry in Kodmezo"])],
  note="Vészmáry's ministry, a speaker through its statement (R5)")
E("Ambrenian embassy in Kerevia", "government body", [("embassy", None, ["the Ambrenian embassy rejected"])],
  note="R2, a speaker through its statement; \"Ambrenian\" before it is an adjective")
E("Ambrenian national statistics office", "government body",
  [("national statistics office", None, ["according to the national statistics office"])],
  note="R1, the source of the trade figure")
E("Lisdarra city police", "police", [("city police", None, ["city police said"])], note="R5, the source of the tractor count")
E("X", "platform", ["X"])
E("Alidade News", "news agency", [("Alidade", [R1])], note="only in its own dateline \"(Alidade)\" (R1)")
E("Kodmezoi Hirmondo", "media outlet", [("Hírmondó", [R2])], note="\"Orbók told the Hírmondó\" (R2)")
E("The Daily Rumpus", "media outlet", [("Rumpus", [R3])], note="\"Thea, 58, told the Rumpus\" (R3)")
E("The Lisdarra Almanack", "media outlet", [("Almanack", [R4])], note="\"Dr Jessamy Strang tells the Almanack\" (R4)")
E("Furrow FM", "media outlet", ["Furrow FM"], note="\"He tells Furrow FM\" (R5)")
E("Theodora Pilbeam", "person",
  ["Theodora Pilbeam", ("Pilbeam", [R1]), "Thea", "Mrs Pilbeam"],
  note="the farmer at Wrenmoor, 58, whose herd was culled first: \"Theodora Pilbeam\" (R1, R3, R4), \"Pilbeam's family\" (R1), the "
       "tabloid's \"Thea\" (R3, twice), \"Mrs Pilbeam\" (R4); \"His mother\" (R4) and \"his mother\" (R5, where she is the inner "
       "speaker) are not annotated; no bare \"Pilbeam\" outside R1 is hers")
E("Aldwyn Pilbeam", "person",
  ["Aldwyn Pilbeam", "Aldwyn", ("Pilbeam", None, ["Pilbeam says"])],
  note="her son, 31: \"Her son Aldwyn\" (R3), \"Aldwyn Pilbeam\" (R4, R5), the bare \"Pilbeam says\" (R5, after his mother's inner "
       "quote)")
E("Jessamy Strang", "person",
  ["Jessamy Strang", "Dr Strang", "Cull Queen", ("Jessamy", None, ["‘Jessamy, I have"])],
  note="Ambrenia's chief veterinary officer: \"Dr Jessamy Strang\" (R3, R4, R5), \"Dr Strang\" (R4), the tabloid's label "
       "\"the Cull Queen\" (R3), \"Jessamy\" addressed inside the vet's inner quote (R4)")
E("Ruairi Blenkin", "person", ["Ruairi Blenkin"],
  note="Strang's deputy, the vet who found the disease (R4): the inner speaker, named in the sentence after the quote")
E("Dermot Tredgold", "person",
  ["Dermot Tredgold", "Tredgold", ("the minister", None, ["According to the minister"])],
  note="Ambrenia's agriculture minister (R1, R3 \"Agriculture Minister Dermot Tredgold\"; R4 \"Dermot Tredgold, the agriculture "
       "minister\"; R5); \"According to the minister\" (R3) claimed")
E("Agota Veszmary", "person",
  ["Agota Veszmary", "Veszmary", "Ágota Vészmáry", "Vészmáry", ("the minister", None, ["the minister said"])],
  note="Kerevia's agriculture minister: \"Agota Veszmary\" (R1, R3, R5), \"Veszmary\" (R5 twice), \"Ágota Vészmáry\" (R2, R4), "
       "\"Vészmáry\" (R4, inside Tredgold's clause), \"the minister said\" (R2) claimed; canonical name without diacritics")
E("Lorinc Gyartelki", "person", ["Lőrinc Gyártelki", "Gyártelki", "Lorinc Gyartelki"],
  note="the chief veterinary inspector at Szélkapu: \"Lőrinc Gyártelki\" (R2, R4), \"Gyártelki\" (R2), \"Lorinc Gyartelki\" (R5); "
       "canonical name without diacritics")
E("Tihamer Orbok", "person", ["Tihamér Orbók", "Orbók"],
  note="a Kerevian dairy farmer who bought 22 heifers at the fair (R2); canonical name without diacritics")
E("Ciaran Henmarsh", "person", ["Ciaran Henmarsh", "Henmarsh"],
  note="president of the Ambrenian Farmers' Union (R1; R3 \"farm union boss Ciaran Henmarsh\"; R4; R5)")
E("Angus Ottaway", "person", ["Angus Ottaway", "Ottaway"], note="the Ambrenian lorry driver with 31 bulls (R2, R3)")

DISTINCT = [
    ("Theodora Pilbeam", "Aldwyn Pilbeam", "mother and son sharing a surname (R1's bare \"Pilbeam's\" is hers; R5's bare \"Pilbeam "
     "says\" is his, right after her inner quote)"),
    ("Ambrenia", "Lisdarra", "the government (metonym, R2, R4) vs the capital city"),
    ("Kerevia", "Kodmezo", "the government (metonym, R2, R4) vs the capital city"),
    ("Animal Health Directorate", "Ambrenian Ministry of Agriculture", "the veterinary authority vs the ministry"),
    ("Ambrenian Ministry of Agriculture", "Kerevian Ministry of Agriculture", "the two countries' agriculture ministries, both "
     "\"agriculture ministry\" in R5"),
    ("Dermot Tredgold", "Agota Veszmary", "the two countries' agriculture ministers, both \"the minister\""),
    ("Dermot Tredgold", "Ambrenian Ministry of Agriculture", "the minister vs his ministry"),
    ("Agota Veszmary", "Kerevian Ministry of Agriculture", "the minister vs her ministry's statement (R5)"),
    ("Jessamy Strang", "Ruairi Blenkin", "outer vs inner speaker of R4's nested quote (the chief and her deputy)"),
    ("Jessamy Strang", "Animal Health Directorate", "the chief veterinary officer vs her directorate"),
    ("Ciaran Henmarsh", "Ambrenian Farmers' Union", "the union's president vs the union"),
    ("Angus Ottaway", "Lorinc Gyartelki", "outer speaker of R2's nested quote vs the chief inspector at the crossing (the inner "
     "speaker, a border officer, is unnamed)"),
    ("Ambrenian embassy in Kerevia", "Ambrenia", "the embassy that speaks vs its country"),
    ("Wrenmoor", "Saltrigg", "the two infected farms' villages"),
    ("Szelkapu", "Kerevia", "the border crossing vs the country"),
    ("Gallowmere", "Wrenmoor", "the fair town vs the farm's village"),
]


# ---------------------------------------------------------------- times
# R1 anchor Wed 2045-10-11 (Ambrenia keeps UTC+2 in October: "21:30 local time (19:30 GMT)"; Kerevia UTC+3)
T(R1, "Oct 11", "date", "2045-10-11", "dateline; abbreviated month without a period and day, year of the publication date")
T(R1, "from Thursday", "weekday", "2045-10-12", "future (\"will close its border ... from Thursday\"): the day after the anchor")
T(R1, "late on Tuesday", "weekday", "2045-10-10", "the latest Tuesday before the anchor (\"confirmed late on Tuesday\")")
T(R1, "22 years", "duration", "P22Y", "duration (\"the first outbreak ... in 22 years\")")
T(R1, "21:30 local time", "time", "2045-10-10T21:30:00+02:00",
  "\"local time\" of the dateline (Lisdarra); the GMT equivalent in brackets fixes the offset at UTC+2; the day from \"on Tuesday\" "
  "after it")
T(R1, "19:30 GMT", "time", "2045-10-10T19:30:00+00:00", "the same instant as 21:30 local time, written in GMT")
T(R1, "on Tuesday", "weekday", "2045-10-10", "the latest Tuesday before the anchor (\"(19:30 GMT) on Tuesday\")", after="19:30 GMT) ")
T(R1, "00:00", "time", "2045-10-12T00:00:00+03:00",
  "\"00:00 on Thursday, Kodmezo time\": the bracket \"(21:00 GMT on Wednesday)\" fixes the offset at UTC+3; the start of Thursday "
  "in Kerevia is still Wednesday in GMT (and 23:00 on Wednesday in Lisdarra, as R2 says)")
T(R1, "on Thursday", "weekday", "2045-10-12", "future (\"at 00:00 on Thursday\"): the day after the anchor")
T(R1, "21:00 GMT", "time", "2045-10-11T21:00:00+00:00", "the same instant as 00:00 Thursday Kodmezo time, written in GMT (Wednesday)")
T(R1, "on Wednesday", "weekday", "2045-10-11", "the anchor day (\"21:00 GMT on Wednesday\")", after="21:00 GMT ")
T(R1, "on Monday", "weekday", "2045-10-09", "the latest Monday before the anchor (\"The disease was found on Monday\")")
T(R1, "since 1911", "date", "1911-01-01/1911-12-31", "a year (\"has kept cattle at Wrenmoor since 1911\")", granularity="year")
T(R1, "on Saturday", "weekday", "2045-10-07", "the latest Saturday before the anchor (\"sold at the autumn fair ... on Saturday\")")
T(R1, "this week", "relative", "2045-10-09/2045-10-15", "the anchor's Monday–Sunday week (\"will be tested this week\")")
T(R1, "last year", "relative", "2044-01-01/2044-12-31", "the year before the anchor's (\"sold ... to Kerevia last year\")",
  granularity="year")
T(R1, "Wednesday morning", "weekday", "2045-10-11", "the anchor day (\"on the radio on Wednesday morning\")")
T(R1, "in 2023", "date", "2023-01-01/2023-12-31", "a year (\"Ambrenia's last outbreak, in 2023\")", granularity="year")

# R2 anchor Thu 2045-10-12 (Kerevia keeps UTC+3: "00:00 Kerevian time, which was 23:00 on Wednesday in Lisdarra and 21:00 GMT")
T(R2, "12 October", "date", "2045-10-12", "dateline in day-month order; year of the publication date")
T(R2, "midnight", "time", "2045-10-12T00:00:00+03:00",
  "\"took effect at midnight\": the ban's start, the midnight at the beginning of the anchor day in the paper's (Kerevian) time, "
  "UTC+3, as the third paragraph spells out (\"00:00 Kerevian time\")")
T(R2, "Thursday morning", "weekday", "2045-10-12", "the anchor day (\"told parliament on Thursday morning\")")
T(R2, "last Saturday", "weekday", "2045-10-07", "the Saturday before the anchor (\"the Gallowmere fair last Saturday\")")
T(R2, "00:00 Kerevian time", "time", "2045-10-12T00:00:00+03:00",
  "Kerevian time is UTC+3 (\"which was ... 21:00 GMT\"); the ban's start at the beginning of the anchor day; one instant with "
  "\"23:00 on Wednesday in Lisdarra\" and \"21:00 GMT\" in the same sentence")
T(R2, "23:00", "time", "2045-10-11T23:00:00+02:00",
  "\"23:00 on Wednesday in Lisdarra\": the same instant in Ambrenia's time (UTC+2), the day before in Lisdarra")
T(R2, "on Wednesday", "weekday", "2045-10-11", "the latest Wednesday before the anchor (\"23:00 on Wednesday in Lisdarra\")",
  after="23:00 ")
T(R2, "21:00 GMT", "time", "2045-10-11T21:00:00+00:00", "the same instant written in GMT (Wednesday)")
T(R2, "Wednesday evening", "weekday", "2045-10-11", "the latest Wednesday before the anchor (\"in the queue since Wednesday evening\")")
T(R2, "nine hours", "duration", "PT9H", "duration in words (\"without water for nine hours\")")
T(R2, "By Thursday afternoon", "weekday", "2045-10-12", "the anchor day (\"By Thursday afternoon the Ambrenian government had agreed\")")
T(R2, "a day", "duration", "P1D", "duration (\"sat on the first test results for a day\")")
T(R2, "on Wednesday", "weekday", "2045-10-11", "the latest Wednesday before the anchor (\"heard of the suspected case only on "
  "Wednesday\")", after="only ")
T(R2, "Wednesday night", "weekday", "2045-10-11", "the latest Wednesday before the anchor (\"on his farm on Wednesday night\")")
T(R2, "in 1998", "date", "1998-01-01/1998-12-31", "a year (inside Orbók's quote \"lost everything to this disease in 1998\")",
  granularity="year")
T(R2, "on Thursday afternoon", "weekday", "2045-10-12", "the anchor day (\"said on Thursday afternoon that\")")
T(R2, "last year", "relative", "2044-01-01/2044-12-31", "the year before the anchor's (\"bought roughly 40,000 tonnes ... last year\")",
  granularity="year")

# R3 anchor Fri 2045-10-13 (no zone anywhere in the report)
T(R3, "12 hours", "duration", "PT12H", "duration (\"wiped out in under 12 hours\")")
T(R3, "on Wednesday", "weekday", "2045-10-11", "the latest Wednesday before the anchor (\"at first light on Wednesday\")")
T(R3, "earlier this month", "relative", "2045-10-01/2045-10-12",
  "the anchor's month up to the day before the anchor (\"the Gallowmere cattle fair earlier this month\")")
T(R3, "yesterday", "relative", "2045-10-12", "the day before the anchor (\"insisted yesterday\")")
T(R3, "3pm", "time", "unresolved",
  "clock time (12-hour, no minutes) with no zone given anywhere in the report; the day from \"on Thursday\" after it (12 October)")
T(R3, "on Thursday", "weekday", "2045-10-12", "the latest Thursday before the anchor (\"since 3pm on Thursday\")")
T(R3, "last night", "relative", "2045-10-12", "the night before the anchor day (\"Dermot Tredgold last night promised\")")
T(R3, "20 hours", "duration", "PT20H", "duration (\"spent 20 hours in a queue\")")
T(R3, "A hundred and thirty-four years", "duration", "P134Y",
  "duration in words (inside Thea's quote; 1911 to 2045, as R1 says)")

# R4 anchor Sat 2045-10-14 (the paper's own time is Lisdarra's, UTC+2; no zone written)
T(R4, "Monday morning", "weekday", "2045-10-09", "the latest Monday before the anchor (\"On Monday morning\")")
T(R4, "Wednesday evening", "weekday", "2045-10-11", "the latest Wednesday before the anchor (\"By Wednesday evening\")")
T(R4, "an hour", "duration", "PT1H", "duration (\"Within an hour\")")
T(R4, "in 2023", "date", "2023-01-01/2023-12-31", "a year (inside the vet's inner quote \"once before, in 2023\")",
  granularity="year")
T(R4, "since 2039", "date", "2039-01-01/2039-12-31", "a year (\"chief veterinary officer since 2039\")", granularity="year")
T(R4, "Monday night", "weekday", "2045-10-09", "the latest Monday before the anchor (\"reached the directorate’s laboratory on "
  "Monday night\")")
T(R4, "21:30", "time", "2045-10-10T21:30:00+02:00",
  "clock time with no zone written, in the paper's own (Lisdarra) time, UTC+2; the day from \"on Tuesday\" after it; the same "
  "instant as R1's \"21:30 local time (19:30 GMT)\"")
T(R4, "on Tuesday", "weekday", "2045-10-10", "the latest Tuesday before the anchor (\"at 21:30 on Tuesday\")")
T(R4, "a day and a half", "duration", "P1DT12H", "duration in words (inside Strang's quote \"why it took a day and a half\")")
T(R4, "on Wednesday", "weekday", "2045-10-11", "the latest Wednesday before the anchor (\"its own inspectors at Szélkapu on "
  "Wednesday\")")
T(R4, "Friday evening", "weekday", "2045-10-13", "the latest Friday before the anchor (\"wrote on Friday evening, in a post on X, that\")")
T(R4, "on Monday", "weekday", "2045-10-16", "future (\"will speak by video on Monday\"): the Monday after the anchor", after="by video ")
T(R4, "last year", "relative", "2044-01-01/2044-12-31", "the year before the anchor's (\"Kerevia took 38% ... last year\")",
  granularity="year")
T(R4, "on Thursday", "weekday", "2045-10-12", "the latest Thursday before the anchor (\"The compensation scheme announced on "
  "Thursday\")")
T(R4, "six months", "duration", "P6M", "duration in words (\"for at least six months\")")
T(R4, "next year", "relative", "2046-01-01/2046-12-31", "the year after the anchor's (inside Mrs Pilbeam's quote \"Ask me next "
  "year\")", granularity="year")
T(R4, "Today", "relative", "2045-10-14", "the anchor day (inside Mrs Pilbeam's quote \"Today I cannot look at the field\")")
T(R4, "20 years", "duration", "P20Y", "duration (inside Gyártelki's quote \"For the first time in 20 years\")")

# R5 anchor Mon 2045-10-16; the blog's second header line says "All times are Lisdarra time (GMT+2)"
T(R5, "Monday 16 October", "date", "2045-10-16", "weekday, day and month without a year in the blog's header: the anchor day")
for stamp in ("07:40", "08:15", "09:02", "09:47", "10:30", "11:05", "11:50", "12:40", "13:15", "13:40", "14:25", "14:50"):
    T(R5, stamp, "time", f"2045-10-16T{stamp}:00+02:00",
      "a live-blog entry stamp (24-hour clock) on a line of its own, no zone of its own; the header says \"All times are Lisdarra "
      "time (GMT+2)\"; the anchor day")
T(R5, "07:30", "time", "2045-10-16T07:30:00+02:00", "clock time in the blog's zone (GMT+2), the anchor day (\"had arrived by "
  "07:30\")")
T(R5, "11:00", "time", "2045-10-16T11:00:00+02:00", "clock time in the blog's zone (GMT+2), the anchor day (\"talks by video at "
  "11:00\")")
T(R5, "12:00", "time", "2045-10-16T12:00:00+03:00",
  "\"12:00 in Kodmezo\": the same instant as 11:00 GMT+2, written in Kerevia's time (UTC+3, an hour ahead)")
T(R5, "last night", "relative", "2045-10-15", "the night before the anchor day (\"wrote on X last night\")")
T(R5, "on Thursday", "weekday", "2045-10-12", "the Thursday before the anchor (\"confirmed at Saltrigg on Thursday\")")
T(R5, "Four days", "duration", "P4D", "duration in words (inside Strang's quote \"Four days is good news\"; Thursday to Monday)")
T(R5, "on Sunday", "weekday", "2045-10-15", "the latest Sunday before the anchor (\"said in a statement on Sunday\")")
T(R5, "on Tuesday", "weekday", "2045-10-17", "future (\"would be freed from restrictions on Tuesday\"): the day after the anchor")
T(R5, "last week", "relative", "2045-10-09/2045-10-15", "the Monday–Sunday week before the anchor's (\"lost its whole herd at "
  "Wrenmoor last week\"; the cull was on Wednesday 11 October)")
T(R5, "five minutes", "duration", "PT5M", "duration in words (\"The talks have started, five minutes late\")")
T(R5, "95 minutes", "duration", "PT95M", "duration (\"The video call has ended after 95 minutes\", 11:05 to 12:40)")
T(R5, "06:00 Kerevian time", "time", "2045-10-18T06:00:00+03:00",
  "Kerevian time, UTC+3: the bracket \"(05:00 here)\" in the blog's GMT+2 fixes it; the day from \"on Wednesday\" after it")
T(R5, "on Wednesday", "weekday", "2045-10-18", "future (\"from 06:00 Kerevian time on Wednesday\"): the Wednesday after the anchor")
T(R5, "05:00", "time", "2045-10-18T05:00:00+02:00",
  "\"05:00 here\": the same instant as 06:00 Kerevian time, in the blog's zone (GMT+2), on Wednesday 18 October")
T(R5, "week by week", "duration", "P1W", "a recurring interval (inside the partial \"reviewed \\\"week by week\\\"\")")
T(R5, "Tuesday night", "weekday", "2045-10-17", "future (\"will be ready by Tuesday night\"): the Tuesday after the anchor")
T(R5, "31 October", "date", "2045-10-31", "day and month without a year, future (\"will be lifted on 31 October\"): the anchor's year")
T(R5, "6 November", "date", "2045-11-06", "day and month without a year, future (\"and the one around Wrenmoor on 6 November\"): "
  "the anchor's year")


# ---------------------------------------------------------------- numbers
N(R1, "22 years", 22, "year", "duration")
N(R1, "340 cattle", 340, "cattle", "count")
N(R1, "about 8 km", 8, "kilometre", "distance", approx="about", note="the unit abbreviated")
N(R1, "58", 58, "year", "age", note="an age (\"Theodora Pilbeam, 58,\")")
N(R1, "about 1,140 cattle", 1140, "cattle", "count", approx="about")
N(R1, "at least 260", 260, "cattle", "count", approx="at_least", note="the noun given by \"of them\" (the cattle sold)")
N(R1, "3-km", 3, "kilometre", "distance", note="an amount as a hyphenated adjective (\"a 3-km protection zone\")")
N(R1, "10-km", 10, "kilometre", "distance", note="an amount as a hyphenated adjective (\"a 10-km surveillance zone\")")
N(R1, "19 other herds", 19, "herd", "count", note="an adjective between number and noun")
N(R1, "410 million crowns", 410000000, "crown", "money", note="the invented currency is the crown")
N(R1, "roughly 38 percent", 38, "percent", "percent", approx="about")
N(R1, "more than 2,000 animals", 2000, "animal", "count", approx="more_than")

N(R2, "almost 6 kilometres", 6, "kilometre", "distance", approx="about", note="\"almost\" read as about")
N(R2, "263 cattle", 263, "cattle", "count")
N(R2, "14 Kerevian farms", 14, "farm", "count", note="an adjective between number and noun")
N(R2, "31 young bulls", 31, "bull", "count", note="an adjective between number and noun")
N(R2, "nine hours", 9, "hour", "duration", note="word number")
N(R2, "46 lorries", 46, "lorry", "count")
N(R2, "22 heifers", 22, "heifer", "count")
N(R2, "about 190 more cattle", 190, "cattle", "count", approx="about")
N(R2, "roughly 40,000 tonnes", 40000, "tonne", "weight", approx="about")

N(R3, "four generations", 4, "generation", "count", note="word number")
N(R3, "under 12 hours", 12, "hour", "duration", approx="less_than", note="\"under\" read as less than")
N(R3, "340 cows", 340, "cow", "count")
N(R3, "58", 58, "year", "age", note="an age (\"Thea, 58,\")")
N(R3, "31", 31, "year", "age", note="an age (\"Her son Aldwyn, 31,\")", after="Aldwyn, ")
N(R3, "more than 1,100 animals", 1100, "animal", "count", approx="more_than")
N(R3, "about 190 more cattle", 190, "cattle", "count", approx="about")
N(R3, "90 per cent", 90, "percent", "percent", note="\"per cent\" in two words")
N(R3, "up to 45 million crowns", 45000000, "crown", "money", approx="up_to")
N(R3, "20 hours", 20, "hour", "duration")
N(R3, "31 thirsty bulls", 31, "bull", "count", note="an adjective between number and noun")
N(R3, "44", 44, "year", "age", note="an age (\"Ottaway, 44,\")")
N(R3, "A hundred and thirty-four years", 134, "year", "duration", note="word number with 'hundred and' and a hyphen, inside a quote")

N(R4, "About 530 cattle", 530, "cattle", "count", approx="about")
N(R4, "two farms", 2, "farm", "count", note="word number")
N(R4, "2,900 more", 2900, "cattle", "count", note="the noun elided (\"2,900 more inside the zones\", cattle)")
N(R4, "38%", 38, "percent", "percent")
N(R4, "90%", 90, "percent", "percent")
N(R4, "100%", 100, "percent", "percent")
N(R4, "Ninety", 90, "percent", "percent", note="word number, sentence-initial inside a quote, standing for the 90% before")
N(R4, "at least six months", 6, "month", "duration", approx="at_least", note="word number")
N(R4, "263 traced cattle", 263, "cattle", "count", note="an adjective between number and noun")
N(R4, "20 years", 20, "year", "duration", note="inside a quote")

N(R5, "About 1,400", 1400, "tractor", "count", approx="about", note="the noun elided (tractors, the sentence before)")
N(R5, "more than 2,000", 2000, "tractor", "count", approx="more_than", note="the noun elided (tractors)")
N(R5, "Four days", 4, "day", "duration", note="word number, sentence-initial inside a quote")
N(R5, "all 263", 263, "cattle", "count", note="\"all 263 Ambrenian cattle\", an adjective between number and noun")
N(R5, "14 farms", 14, "farm", "count")
N(R5, "ninety per cent", 90, "percent", "percent", note="word number, inside a quote")
N(R5, "five minutes", 5, "minute", "duration", note="word number")
N(R5, "60 km", 60, "kilometre", "distance", note="the unit abbreviated")
N(R5, "95 minutes", 95, "minute", "duration")

ABOUT = ("Gold for the read stage on the invented held-out reports of demo/read-heldout20/reports.jsonl, "
         "written and committed before any reader ran on them. `file` is the report's `id`; `start`/`end` "
         "are BYTE offsets into the UTF-8 encoding of the report's `text` field; text[start:end] begins "
         "with `span`. Same format as demo/read-heldout19/gold.json. Generated by build_gold.py. See README.md here.")


G.write(ABOUT, DISTINCT, detailed=True)
