#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and the annotations below.

Run from anywhere: `python3 demo/read-heldout19/build_gold.py`. Offsets are computed here from the spans
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
# R1: Harrier Wire Service, 2044-01-13 (Wed; wire; straight quotes; dateline "STOURMERE, Calvedon, Jan 13 (HWS) -", a spaced
# hyphen; no diacritics: "Kazimir Sterbak", "Lucnica"; Calvedon keeps UTC+1 in January: "23:00 local time (22:00 GMT)")
Q(R1, I, "it could no longer pay for fuel", "Gannetline",
  "group before: the board said in a court filing that → Gannetline's board (the airline's directors of the sentence before)",
  "said", channel="court filing", note="'it' inside is the company")
Q(R1, D, None, "Lucian Hartigan",
  "title + name in the middle: chief executive Lucian Hartigan posted on X a little after midnight", "posted", channel="post on X",
  parts=["This is the hardest message I have ever had to write,",
         "but please do not go to the airport. There is no plane waiting for you."],
  note="a direct quote split by its attribution (', X posted on X ..., \"but ...'): one record with two parts; the second part "
       "is multi-sentence")
Q(R1, I, "the government would charter at least 60 flights over the next two weeks to bring travellers home, in an effort named Operation Homeward",
  "Augusta Elphick", "title + name before: Transport Secretary Augusta Elphick told parliament on Wednesday morning that", "told",
  channel="parliament", note="a time phrase between the addressee and 'that'")
Q(R1, I, "the operation could cost as much as 45 million florins", "Augusta Elphick",
  "pronoun before: She said → Elphick, the subject of the sentence before", "said", note="reported speech without 'that'")
Q(R1, D, "Nobody who booked with Gannetline will be left behind, and nobody will be asked to pay twice,", "Augusta Elphick",
  "title alone after: the minister said → the Transport Secretary, Augusta Elphick (the paragraph before)", "said")
Q(R1, I, "about 180 of the airline's 2,400 staff would be kept on for the wind-down and that December wages had not been paid to the rest",
  "Pellingham Sloane", "group before: The administrators, Pellingham Sloane, said in a statement that", "said", channel="statement",
  note="'that ... and that ...': one record")
Q(R1, I, "the airline had run out of cash \"in a matter of days\" after its fuel bill had risen by 18 percent since September",
  "Loveday Brack", "name before: Loveday Brack, the lead administrator, told reporters", "told", channel="told reporters",
  note="reported speech without 'that'; a partial inside")
Q(R1, D, "in a matter of days", "Loveday Brack", "name before: Loveday Brack ... told reporters", "told", channel="told reporters",
  partial=True)
Q(R1, D, "The aircraft stay where they are until somebody pays,", "Kazimir Sterbak",
  "name after (inverted): said Kazimir Sterbak, the airport's director", "said")
Q(R1, D, "We are not a charity.", "Kazimir Sterbak", "continuation: the quote after '..., said Kazimir Sterbak, the airport's director.'",
  None)
Q(R1, I, "Passengers who bought flights alone will be refunded by the Holiday Protection Fund (HPF), a levy-funded scheme set up by Calvedon in 2031",
  "Holiday Protection Fund", "description after the clause: the fund said → the Holiday Protection Fund named inside the clause", "said",
  note="clause first, attribution after; the speaker is named inside its own clause")
Q(R1, I, "Travellers on package holidays are the responsibility of their tour operators", "Holiday Protection Fund",
  "acronym after the clause: according to the HPF", "according to", note="clause first, 'according to' after")
Q(R1, I, "cabin crew had learned that the airline was finished \"from their phones, like everybody else\"", "Ewart Mabbott",
  "name before: Ewart Mabbott, general secretary of the Aircrew Alliance union, said", "said",
  note="reported speech without 'that' (the 'that' inside belongs to the clause); the partial ends it")
Q(R1, D, "from their phones, like everybody else", "Ewart Mabbott", "name before: Ewart Mabbott ... said", "said", partial=True,
  note="the closing mark comes before the full stop")
Q(R1, I, "about 70 crew members were stuck on Lucnica with no hotel booked beyond Friday", "Ewart Mabbott",
  "pronoun before: He added that → Mabbott, the subject of the sentence before", "added")
Q(R1, D, "They were working the outbound flight on Tuesday afternoon. Now they are passengers with no way home,", "Ewart Mabbott",
  "surname after: Mabbott said", "said", note="multi-sentence; 'they' inside are the stranded crew")

# R2: Žarnovecký Posel (English edition), 2044-01-14 (Thu; the Dolmecian paper in English; straight quotes; dateline
# "ŽARNOVEC, 14 January –" (en dash); diacritics: "Zdenka Kořínková", "Kazimír Štěrbák", "Lúčnica", "Žarnovec"; Dolmecia keeps
# UTC+4 in January: "02:00 on Wednesday, Žarnovec time (22:00 GMT on Tuesday)")
Q(R2, I, "any of them turning stranded Gannetline passengers out of their rooms would lose its licence", "Zdenka Korinkova",
  "title + name before: Dolmecia's tourism minister, Zdenka Kořínková, warned hotels on Lúčnica on Thursday that", "warned",
  note="the addressee and a time phrase between the verb and 'that'")
Q(R2, D, "Nobody sleeps on the street on Lúčnica. Not this week, not ever,", "Zdenka Korinkova",
  "surname after: Kořínková told the Posel", "told", channel="interview with the Posel", note="multi-sentence")
Q(R2, I, "hotels demanding second payments \"will answer for it\" and that the state would cover up to 14 nights for any guest whose room had not been paid for",
  "Dolmecian Ministry of Tourism",
  "group before: Her ministry's statement, issued late on Wednesday, said → the tourism ministry of Kořínková (the sentence before)",
  "said", channel="statement",
  note="a ministry's statement speaks; without 'that' at first, then '... and that ...': one record; a participle phrase between "
       "the subject and the verb")
Q(R2, D, "will answer for it", "Dolmecian Ministry of Tourism", "group before: Her ministry's statement ... said", "said",
  channel="statement", partial=True)
Q(R2, D, "The receptionist rang our room and said, 'Your airline does not exist any more, madam, and neither does your booking,' and then she asked for my card,",
  "Marjorie Gowdridge", "title + surname after: Mrs Gowdridge said → Marjorie Gowdridge (her husband Wilfred is named in the same "
  "sentence before, but 'Mrs' fixes her)", "said",
  note="holds a quote inside the quote (single straight marks) spoken by someone else, the receptionist; 'she' inside is the "
       "receptionist")
Q(R2, D, "Your airline does not exist any more, madam, and neither does your booking,", None,
  "inside the outer quote: 'The receptionist rang our room and said,' → the hotel receptionist, never named (speaker null)", "said",
  note="quote inside a quote whose speaker is NOT the outer speaker")
Q(R2, I, "they had refused", "Wilfred Gowdridge", "name before: Wilfred Gowdridge said", "said",
  note="reported speech without 'that'; 'they' is the couple")
Q(R2, D, "We paid once. At our age you do not pay twice for the same bed,", "Wilfred Gowdridge",
  "pronoun after: he said → Wilfred Gowdridge, the subject of the sentence before", "said", note="multi-sentence")
Q(R2, I, "Gannetline Holidays had not paid her since November and that she could not keep 130 guests for nothing", "Bohdana Valentova",
  "name before: Bohdana Valentová, who manages the hotel, said", "said",
  note="without 'that' at first, then 'and that ...': one record; a relative clause between the name and the verb")
Q(R2, D, "I have cooks and cleaners to pay on Friday,", "Bohdana Valentova", "pronoun after: she said → Valentová", "said")
Q(R2, D, "The minister's promise does not pay them.", "Bohdana Valentova", "continuation: the quote after \"she said.\"", None,
  note="'The minister' inside is Kořínková")
Q(R2, I, "the €2.3 million owed went back to October", "Kazimir Sterbak",
  "name before: Kazimír Štěrbák, the airport's director, told reporters", "told", channel="told reporters",
  note="reported speech without 'that'")
Q(R2, I, "the airline had promised to pay by 31 December and then asked for more time", "Kazimir Sterbak",
  "surname before: According to Štěrbák,", "according to", note="'According to X,' first")
Q(R2, D, "Then they asked for more time again,", "Kazimir Sterbak",
  "pronoun after: he said → Štěrbák, the source of the sentence before", "said")
Q(R2, I, "Žarnovec wants Stourmere to guarantee the airport's bill before the jets are released", None,
  "unresolved: a senior official at the transport ministry said, asking not to be named (speaker null)", "said",
  note="clause first, attribution after; both capitals inside are governments (metonyms)")
Q(R2, I, "the first two Operation Homeward flights had left Lúčnica at 07:40 local time on Thursday with 370 passengers aboard and that 11 more were due by Sunday",
  "Calvedonian embassy in Dolmecia", "group before: Calvedon's embassy said", "said",
  note="without 'that' at first, then 'and that ...': one record")

# R3: The Daily Blare, 2044-01-15 (Fri; tabloid; straight quotes; no dateline, no zone anywhere ("11pm", "7.30am"); no diacritics;
# labels and nicknames: "Lucky Lucian", "the airline boss", "Marj", "Wilf", "Cabin crew union chief", "Dolmecian airport boss")
Q(R3, I, "Chief executive Lucian Hartigan - dubbed Lucky Lucian by furious staff - was paid 380,000 florins on January 6",
  "Gannetline company accounts", "document after the clause: according to company accounts seen by this paper", "according to",
  note="clause first, 'according to' after; the source is a document; the nickname between dashes is inside the clause")
Q(R3, D, "Please do not go to the airport.", "Lucian Hartigan",
  "label before, a colon: the airline boss begged customers: → Hartigan (the paragraph before)", "begged", channel="post on X")
Q(R3, D, "He filled his pockets while my members were flying planes he knew were doomed. They haven't even had their December pay.",
  "Ewart Mabbott", "label + name before, a colon: Cabin crew union chief Ewart Mabbott exploded:", "exploded",
  note="multi-sentence; 'He' inside is Hartigan")
Q(R3, I, "the payment was \"a retention award agreed last June\" and that the former boss had offered to hand it back", None,
  "unresolved: A spokesman for Hartigan said (an unnamed spokesman; Hartigan is not the speaker)", "said",
  note="without 'that' at first, then 'and that ...': one record")
Q(R3, D, "a retention award agreed last June", None, "unresolved: A spokesman for Hartigan said", "said", partial=True)
Q(R3, D, "They put our suitcases in the corridor at 7.30am,", "Marjorie Gowdridge",
  "nickname after: Marj, 68, told the Blare → Marjorie Gowdridge", "told", channel="interview with the Blare")
Q(R3, D, "Wilf had to sit on them while I rang every number I had.", "Marjorie Gowdridge",
  "continuation: the quote after '..., told the Blare from the island.'", None, channel="interview with the Blare",
  note="'Wilf' inside is her husband")
Q(R3, D, "Forty years married and we're spending our anniversary guarding a pile of luggage. You couldn't make it up.",
  "Wilfred Gowdridge", "label + nickname before, a colon: Retired plumber Wilf, 71, added: → Wilfred Gowdridge", "added",
  note="multi-sentence")
Q(R3, I, "23 rescue flights had brought home more than 4,800 people by yesterday evening", "Augusta Elphick",
  "title + name before: Transport Secretary Augusta Elphick said last night that", "said")
Q(R3, D, "Anyone still abroad should stay put. We will come and get you.", "Augusta Elphick",
  "pronoun before, a colon: She told the Blare: → Elphick", "told", channel="interview with the Blare", note="multi-sentence")
Q(R3, I, "she wanted \"every florin\" of it returned", "Augusta Elphick",
  "surname before: Elphick also hit out at Hartigan's bonus, saying", "saying",
  note="a participle of speech after the main clause; without 'that'")
Q(R3, D, "every florin", "Augusta Elphick", "surname before: Elphick ... saying", "saying", partial=True)
Q(R3, I, "a staggering 61,000 refund claims had flooded in since Wednesday", "Holiday Protection Fund",
  "name before: The Holiday Protection Fund said", "said", note="reported speech without 'that'")
Q(R3, I, "the first payouts could take up to six weeks", "Holiday Protection Fund",
  "same subject: ... - and warned that → the Holiday Protection Fund", "warned", note="a second verb of the same subject after a dash")
Q(R3, I, "he would not budge", "Kazimir Sterbak",
  "label + name before: Dolmecian airport boss Kazimir Sterbak, who is holding ..., told reporters", "told", channel="told reporters",
  note="reported speech without 'that'; a relative clause between the name and the verb")
Q(R3, D, "No money, no planes,", "Kazimir Sterbak", "pronoun after: he said → Sterbak, the subject of the sentence before", "said")
Q(R3, I, "the airline's books were \"far worse than anyone was told\"", "Ambersett Holdings",
  "name before: Ambersett Holdings, the investors who walked away from rescue talks on Monday, claimed", "claimed",
  note="reported speech without 'that'; an appositive between the name and the verb")
Q(R3, D, "far worse than anyone was told", "Ambersett Holdings", "name before: Ambersett Holdings ... claimed", "claimed", partial=True,
  note="the closing mark comes before the full stop")

# R4: The Stourmere Lectern, 2044-01-16 (Sat; broadsheet; curly quotes and apostrophes; sayings in the present tense ("tells",
# "says", "concedes"); no dateline and no clock anywhere; diacritics: "Kazimír Štěrbák", "Lúčnica")
Q(R4, D, "Their chairman looked across the table and said, ‘We are buying slots, Lucian, not an airline,’ and I knew we were finished,",
  "Lucian Hartigan", "surname after: Hartigan tells the Lectern", "tells", channel="interview with the Lectern",
  note="holds a quote inside the quote (curly single marks) spoken by Ambersett's chairman; 'Lucian' inside is the one addressed")
Q(R4, D, "We are buying slots, Lucian, not an airline,", "Corran Gilchrist",
  "inside the outer quote: 'Their chairman looked across the table and said,' → the chairman of Ambersett Holdings (the buyer named "
  "in the paragraph before), Corran Gilchrist, named as 'Ambersett’s chairman' in the paragraph after", "said",
  note="quote inside a quote whose speaker is NOT the outer speaker and is named only later")
Q(R4, I, "the firm only ever wanted Gannetline’s take-off and landing rights at Stourmere, “the one part of the business still worth anything”, and that no buyer could have taken on debts of 310 million florins",
  "Corran Gilchrist", "pronoun before: He says → Gilchrist, the subject of the sentence before", "says",
  note="present tense, without 'that' at first, then ', and that ...': one record; a partial inside")
Q(R4, D, "the one part of the business still worth anything", "Corran Gilchrist", "pronoun before: He says", "says", partial=True,
  note="the closing mark comes before the comma")
Q(R4, I, "the 380,000-florin bonus he was paid on 6 January, first reported by the Daily Blare, “looks indefensible now”",
  "Lucian Hartigan", "surname before: Hartigan concedes that", "concedes",
  note="the Daily Blare inside the clause is no speaker (it reported, the clause is Hartigan's)")
Q(R4, D, "looks indefensible now", "Lucian Hartigan", "surname before: Hartigan concedes that", "concedes", partial=True,
  note="the closing mark comes before the full stop")
Q(R4, I, "he will repay it in full by 31 January", "Lucian Hartigan", "pronoun before: He says → Hartigan", "says",
  note="present tense, without 'that'")
Q(R4, I, "Operation Homeward has so far run 41 rescue flights and brought home about 8,300 people at a cost of roughly 19 million florins",
  "Augusta Elphick", "pronoun after the clause: she says → Elphick, named in the sentence before", "says",
  note="clause first, attribution after")
Q(R4, D, "Every one of those seats is being paid for by people who never flew Gannetline,", "Augusta Elphick",
  "surname after: Elphick says", "says")
Q(R4, D, "Someone will be asked to give that money back.", "Augusta Elphick", "continuation: the quote after \"Elphick says.\"", None)
Q(R4, I, "bids for the airline’s slots are due by 5 February", "Loveday Brack",
  "name before: Loveday Brack of Pellingham Sloane, the administrators, says", "says",
  note="present tense, without 'that'; the firm is between the name and the verb")
Q(R4, D, None, "Loveday Brack", "pronoun in the middle: she says → Brack, the subject of the sentence before", "says",
  parts=["We have heard from four airlines and two investment funds,", "and Ambersett is one of them."],
  note="a direct quote split by its attribution: one record with two parts")
Q(R4, I, "the union will take the company to an employment tribunal on behalf of at least 900 members", "Ewart Mabbott",
  "name before: Ewart Mabbott of the Aircrew Alliance says", "says", note="present tense, without 'that'")
Q(R4, D, "I owe them more than that,", "Lucian Hartigan",
  "pronoun after: he says → Hartigan, the subject of the sentence before; the agentless 'Asked whether ...' is no record", "says")
Q(R4, D, "I don’t know yet how I will pay it.", "Lucian Hartigan", "continuation: the quote after \"he says.\"", None)

# R5: Fenwater Radio live blog, 2044-01-18 (Mon; plain-text scrape: header "LIVE: ... - Monday 18 January" and a line "All times are
# Stourmere time (GMT+1)"; each entry begins with a 24-hour stamp with a colon ("08:55") on a line of its own; straight quotes; no
# diacritics: "Zarnovec", "Lucnica", "Zdenka Korinkova", "Kazimir Sterbak")
Q(R5, I, "68 rescue flights had brought home 12,460 people and that the operation would end with today's flight", "Augusta Elphick",
  "title + name before: Transport Secretary Augusta Elphick wrote on X this morning that", "wrote", channel="post on X",
  note="'that ... and that ...': one record")
Q(R5, D, "For eleven years I was in charge of this airline, and I flew it into the ground. I am sorry, to our passengers and to the people who worked for me,",
  "Lucian Hartigan", "pronoun after: he tells the committee → Hartigan, the subject of the sentence before", "tells",
  channel="committee hearing", note="multi-sentence")
Q(R5, I, "he repaid the 380,000 florins on Saturday and has \"the bank receipt to prove it\"", "Lucian Hartigan",
  "surname before: Hartigan says", "says", channel="committee hearing", note="present tense, without 'that'; the partial ends it")
Q(R5, D, "the bank receipt to prove it", "Lucian Hartigan", "surname before: Hartigan says", "says", channel="committee hearing",
  partial=True, note="the closing mark comes before the full stop")
Q(R5, D, "When you took that money, did you know the airline could not survive?", "Lysander Olderwood",
  "surname before, a colon: Olderwood presses him:", "presses", channel="committee hearing", note="a question inside the marks")
Q(R5, D, "No. I believed Ambersett would buy us until the very end.", "Lucian Hartigan",
  "surname before, a colon: Hartigan replies:", "replies", channel="committee hearing", note="multi-sentence; a one-word first sentence")
Q(R5, I, "the apology \"came eleven years and 2,220 jobs too late\"", "Ewart Mabbott",
  "name before: Ewart Mabbott, watching from the public gallery, tells Fenwater Radio that", "tells",
  channel="interview with Fenwater Radio")
Q(R5, D, "came eleven years and 2,220 jobs too late", "Ewart Mabbott", "name before: Ewart Mabbott ... tells Fenwater Radio that",
  "tells", channel="interview with Fenwater Radio", partial=True, note="the closing mark comes before the full stop")
Q(R5, I, "the state had paid hotels on Lucnica for 3,150 nights on behalf of stranded guests and would send the bill to Stourmere",
  "Zdenka Korinkova", "title + name before: tourism minister Zdenka Korinkova said on Sunday that", "said",
  note="'... and would ...': one record; Stourmere inside is Calvedon's government (a metonym)")
Q(R5, I, "The three jets impounded at Lucnica last Wednesday left the island yesterday", "Kazimir Sterbak",
  "name after the clause: the airport's director, Kazimir Sterbak, told Dolmecian television", "told",
  channel="interview with Dolmecian television", note="clause first, attribution after")
Q(R5, I, "19 bids have come in for the airline's slots and that a sale could be agreed by 29 February", "Loveday Brack",
  "name before: Loveday Brack, the administrator, tells the committee that", "tells", channel="committee hearing",
  note="'that ... and that ...': one record")
Q(R5, D, "He said sorry eleven times. I counted,", "Marjorie Gowdridge",
  "pronoun after: she tells us → Marjorie Gowdridge, the subject of the sentence before", "tells",
  channel="interview with Fenwater Radio", note="multi-sentence; 'He' inside is Hartigan")
Q(R5, D, "Sorry doesn't pay a hotel bill,", "Wilfred Gowdridge",
  "surname after: Gowdridge says → Wilfred Gowdridge, the subject of the sentence just before (his wife Marjorie is the speaker of "
  "the quote before it)", "says", channel="interview with Fenwater Radio", note="a bare shared surname")
Q(R5, I, "the operation is over", "Augusta Elphick", "surname before: Elphick, waiting on the tarmac, says", "says",
  note="present tense, without 'that'")
Q(R5, D, "Every passenger who asked to come home is home,", "Augusta Elphick",
  "pronoun after: she says → Elphick, the subject of the sentence before", "says")


# ---------------------------------------------------------------- entities
E("Calvedon", "country",
  ["Calvedon", ("Stourmere", None, ["wants Stourmere to", "Stourmere agreed to", "bill to Stourmere"])],
  metonyms=[{"alias": "Stourmere", "metonym_of": "Calvedon (its government)"}], adjectival=["Calvedonian"],
  note="the airline's country (R1 dateline, \"Calvedon's second-largest airline\", \"set up by Calvedon in 2031\"; R2 \"Calvedon's "
       "embassy\"); its capital stands for its government three times: \"Žarnovec wants Stourmere to guarantee\" (R2), \"Stourmere "
       "agreed to guarantee\" (R4), \"send the bill to Stourmere\" (R5); elsewhere Stourmere is the city")
E("Stourmere", "city", ["STOURMERE", "Stourmere"],
  note="Calvedon's capital and the airline's base: R1 dateline; R4 \"a bank in Stourmere\", \"landing rights at Stourmere\"; R5 "
       "\"Stourmere time\", \"land in Stourmere\", \"landed in Stourmere\"; the metonym contexts are claimed by Calvedon; \"The "
       "Stourmere Lectern\" is not in any text")
E("Dolmecia", "country",
  ["Dolmecia", ("Žarnovec", None, ["Žarnovec wants"])],
  metonyms=[{"alias": "Žarnovec", "metonym_of": "Dolmecia (its government)"}], adjectival=["Dolmecian"],
  note="the holiday country (R1 twice, R2 \"Dolmecia's tourism minister\", R4, R5); \"Žarnovec wants Stourmere to guarantee the "
       "airport's bill\" (R2) is Dolmecia's government")
E("Zarnovec", "city", ["ŽARNOVEC", "Žarnovec", "Zarnovec"],
  note="Dolmecia's capital: ŽARNOVEC (R2 dateline), \"Žarnovec time\" (R2), \"13:00 in Zarnovec\" (R5); canonical name without "
       "diacritics; \"Žarnovecký Posel\" (an outlet) is not in any text")
E("Lucnica", "island", ["Lucnica", "Lúčnica"],
  note="the Dolmecian holiday island and its airport: Lucnica (R1 twice, R3, R5 three times), Lúčnica (R2 three times, R4); "
       "canonical name without diacritics")
E("Gannetline", "company", ["Gannetline", ("the board", None, ["the board said in a court filing"])],
  note="the collapsed airline, in every report (also \"Gannetline’s\" with a curly apostrophe, R4); \"the board\" claimed where it "
       "speaks (R1); \"The airline's directors\", \"the airline\", \"the company\" are not annotated; \"Gannetline Holidays\" is "
       "its package arm, another entity")
E("Gannetline Holidays", "company", ["Gannetline Holidays"],
  note="the airline's package-holiday arm (R2 twice); the nested \"Gannetline\" is no mention of the airline")
E("Gannetline company accounts", "document", [("company accounts", None, ["according to company accounts"])],
  note="the accounts the tabloid saw (R3, a document as the source of an 'according to')")
E("Ambersett Holdings", "company", ["Ambersett Holdings", "Ambersett"],
  note="the would-be buyer that walked away on Monday 11 January (R1, R3, R4 \"Ambersett Holdings\", \"Ambersett’s chairman\", "
       "\"Ambersett is one of them\" inside Brack's quote; R5 inside Hartigan's answer)")
E("Pellingham Sloane", "company", ["Pellingham Sloane"], note="the administrators (R1, R4)")
E("Holiday Protection Fund", "organisation",
  ["Holiday Protection Fund", "HPF", ("the fund", None, ["the fund said"])],
  note="Calvedon's refund scheme: expansion and acronym in R1 (\"the fund said\", \"according to the HPF\"), the expansion alone in R3")
E("Aircrew Alliance", "trade union", ["Aircrew Alliance"], note="the cabin crew union (R1, R4)")
E("Dolmecian Ministry of Tourism", "government body", [("ministry", None, ["Her ministry's statement"])],
  note="Kořínková's ministry, a speaker through its statement (R2); \"the transport ministry\" of R2 is another ministry, never a "
       "speaker itself (its unnamed official is)")
E("Calvedonian embassy in Dolmecia", "government body", [("embassy", None, ["Calvedon's embassy said"])],
  note="R2, a speaker; the \"Calvedon\" before it is a mention of the country")
E("Operation Homeward", "operation", ["Operation Homeward", "Homeward"],
  note="the government's repatriation flights (every report; \"The final Homeward flight\", R5)")
E("Hotel Modra Zatoka", "hotel", ["Hotel Modrá Zátoka"], note="the Gowdridges' hotel on Lúčnica (R2); canonical name without diacritics")
E("X", "platform", ["X"])
E("Harrier Wire Service", "news agency", ["HWS"], note="only as its acronym, in its own dateline (R1)")
E("Zarnovecky Posel", "media outlet", [("Posel", [R2])], note="\"Kořínková told the Posel\" (R2)")
E("The Daily Blare", "media outlet", [("Blare", [R3]), ("Daily Blare", [R4])],
  note="\"the Blare can reveal\", \"told the Blare\" twice (R3); \"first reported by the Daily Blare\" (R4)")
E("The Stourmere Lectern", "media outlet", [("Lectern", [R4])], note="\"Hartigan tells the Lectern\" (R4)")
E("Fenwater Radio", "media outlet", ["Fenwater Radio"], note="\"tells Fenwater Radio\" (R5)")
E("Lucian Hartigan", "person",
  ["Lucian Hartigan", "Hartigan", "Lucky Lucian", ("Lucian", None, ["slots, Lucian,"]),
   ("the airline boss", None, ["the airline boss begged"])],
  note="Gannetline's chief executive: full name in every report; \"Hartigan\" (R3, R4, R5); the tabloid's label \"Lucky Lucian\" "
       "(R3, twice); \"Lucian\" addressed inside the chairman's inner quote (R4); \"the airline boss\" claimed where he speaks (R3); "
       "\"the former boss\" (R3, inside the spokesman's clause) is not annotated")
E("Augusta Elphick", "person",
  ["Augusta Elphick", "Elphick", ("the minister", None, ["the minister said"])],
  note="Calvedon's Transport Secretary (R1, R3, R5 \"Transport Secretary Augusta Elphick\"; R4 \"The Transport Secretary, Augusta "
       "Elphick\"); \"the minister said\" (R1) claimed; \"The minister's promise\" inside Valentová's quote (R2) is Kořínková and "
       "not annotated")
E("Loveday Brack", "person", ["Loveday Brack"], note="the lead administrator at Pellingham Sloane (R1, R4, R5)")
E("Kazimir Sterbak", "person", ["Kazimir Sterbak", "Kazimír Štěrbák", "Štěrbák"],
  note="director of Lucnica airport: \"Kazimir Sterbak\" (R1, R3, R5), \"Kazimír Štěrbák\" (R2, R4), \"Štěrbák\" (R2); canonical "
       "name without diacritics")
E("Zdenka Korinkova", "person", ["Zdenka Kořínková", "Kořínková", "Zdenka Korinkova"],
  note="Dolmecia's tourism minister: \"Zdenka Kořínková\" and \"Kořínková\" (R2), \"Zdenka Korinkova\" (R5); canonical name without "
       "diacritics")
E("Ewart Mabbott", "person", ["Ewart Mabbott", "Mabbott"],
  note="general secretary of the Aircrew Alliance (R1, R3 \"Cabin crew union chief Ewart Mabbott\", R4, R5)")
E("Marjorie Gowdridge", "person", ["Marjorie Gowdridge", "Mrs Gowdridge", "Marj"],
  note="a stranded passenger, 68: \"Marjorie Gowdridge\" (R2, R5), \"Mrs Gowdridge\" (R2), the tabloid's \"Marj\" (R3, twice); no "
       "bare \"Gowdridge\" is hers")
E("Wilfred Gowdridge", "person",
  ["Wilfred Gowdridge", "Wilfred", "Wilf", ("Gowdridge", None, ["Gowdridge says"])],
  note="her husband, 71: \"her husband Wilfred\" and \"Wilfred Gowdridge\" (R2, R5), the tabloid's \"Wilf\" (R3, three times, one in "
       "\"Marj and Wilf Gowdridge\" and one inside Marj's quote), the bare \"Gowdridge says\" (R5)")
E("Bohdana Valentova", "person", ["Bohdana Valentová"], note="manager of the Hotel Modrá Zátoka (R2); canonical name without diacritics")
E("Corran Gilchrist", "person", ["Corran Gilchrist", ("Their chairman", None, ["Their chairman looked"])],
  note="Ambersett's chairman (R4): \"Their chairman\" inside Hartigan's quote, where he speaks the inner quote, and his full name "
       "in the next paragraph")
E("Lysander Olderwood", "person", ["Lysander Olderwood", "Olderwood"], note="chairman of parliament's transport committee (R5)")

DISTINCT = [
    ("Marjorie Gowdridge", "Wilfred Gowdridge", "wife and husband sharing a surname (R5's bare \"Gowdridge says\" is his, right after "
     "her quote; R3's \"Marj and Wilf Gowdridge\" names both)"),
    ("Calvedon", "Stourmere", "the government (metonym, R2, R4, R5) vs the capital city"),
    ("Dolmecia", "Zarnovec", "the government (metonym, R2) vs the capital city"),
    ("Gannetline", "Gannetline Holidays", "the airline vs its package arm, whose name contains the airline's"),
    ("Gannetline", "Lucian Hartigan", "the airline vs its chief executive"),
    ("Gannetline", "Gannetline company accounts", "the airline vs the accounts the tabloid cites"),
    ("Lucian Hartigan", "Gannetline company accounts", "the boss vs the document that says he was paid"),
    ("Ambersett Holdings", "Corran Gilchrist", "the buyer vs its chairman"),
    ("Pellingham Sloane", "Loveday Brack", "the administrators vs their lead partner"),
    ("Holiday Protection Fund", "Calvedon", "the refund scheme vs the state that set it up"),
    ("Zdenka Korinkova", "Dolmecian Ministry of Tourism", "the minister vs her ministry's statement (R2)"),
    ("Augusta Elphick", "Zdenka Korinkova", "the two countries' ministers"),
    ("Augusta Elphick", "Operation Homeward", "the minister vs the operation she runs"),
    ("Lucnica", "Hotel Modra Zatoka", "the island vs a hotel on it"),
    ("Kazimir Sterbak", "Lucnica", "the airport's director vs the island and its airport"),
    ("Lucian Hartigan", "Lysander Olderwood", "the witness vs the committee chairman (R5)"),
    ("Lucian Hartigan", "Corran Gilchrist", "outer vs inner speaker of R4's nested quote"),
    ("Ewart Mabbott", "Aircrew Alliance", "the union's general secretary vs the union"),
    ("Calvedonian embassy in Dolmecia", "Calvedon", "the embassy that speaks vs its country"),
]


# ---------------------------------------------------------------- times
# R1 anchor Wed 2044-01-13 (Calvedon keeps UTC+1 in January: "23:00 local time (22:00 GMT)")
T(R1, "Jan 13", "date", "2044-01-13", "dateline; abbreviated month without a period and day, year of the publication date")
T(R1, "late on Tuesday", "weekday", "2044-01-12", "the latest Tuesday before the anchor (\"ceased trading late on Tuesday\")")
T(R1, "23:00 local time", "time", "2044-01-12T23:00:00+01:00",
  "\"local time\" of the dateline (Stourmere); the GMT equivalent in brackets fixes the offset at UTC+1; the day from \"on Tuesday\" "
  "after it; the same instant as \"02:00 on Wednesday, Žarnovec time (22:00 GMT on Tuesday)\" in R2 (UTC+4)")
T(R1, "22:00 GMT", "time", "2044-01-12T22:00:00+00:00", "the same instant as 23:00 local time, written in GMT")
T(R1, "on Tuesday", "weekday", "2044-01-12", "the latest Tuesday before the anchor (\"(22:00 GMT) on Tuesday\")", after="22:00 GMT) ")
T(R1, "on Monday", "weekday", "2044-01-11", "the latest Monday before the anchor (\"talks ... broke down on Monday\")")
T(R1, "Wednesday", "weekday", "2044-01-13", "the anchor day (\"All 41 flights scheduled for Wednesday\")", after="scheduled for ")
T(R1, "midnight", "time", "2044-01-13T00:00:00+01:00",
  "\"a little after midnight\": the midnight after the 23:00 filing on Tuesday, in the report's local time (UTC+1), i.e. the start "
  "of Wednesday 13 January")
T(R1, "Wednesday morning", "weekday", "2044-01-13", "the anchor day (\"told parliament on Wednesday morning\")")
T(R1, "two weeks", "duration", "P2W", "duration (\"over the next two weeks\")")
T(R1, "December", "date", "2043-12-01/2043-12-31", "a month without a year, past (\"December wages had not been paid\"): the "
  "December before the anchor", granularity="month")
T(R1, "since September", "date", "2043-09-01/2043-09-30", "a month without a year, past (\"had risen by 18 percent since "
  "September\"): the last September before the anchor", granularity="month")
T(R1, "on Wednesday", "weekday", "2044-01-13", "the anchor day (\"impounded three of the company's jets on Wednesday\")",
  after="company's jets ")
T(R1, "in 2031", "date", "2031-01-01/2031-12-31", "a year (\"set up by Calvedon in 2031\")", granularity="year")
T(R1, "Friday", "weekday", "2044-01-15", "future (\"no hotel booked beyond Friday\"): the Friday after the anchor")
T(R1, "Tuesday afternoon", "weekday", "2044-01-12", "the latest Tuesday before the anchor (inside Mabbott's quote \"on Tuesday afternoon\")")
T(R1, "in 2009", "date", "2009-01-01/2009-12-31", "a year (\"Founded in 2009\")", granularity="year")
T(R1, "last year", "relative", "2043-01-01/2043-12-31", "the year before the anchor's (\"carried 4.1 million passengers last year\")",
  granularity="year")

# R2 anchor Thu 2044-01-14 (Dolmecia keeps UTC+4 in January: "02:00 on Wednesday, Žarnovec time (22:00 GMT on Tuesday)")
T(R2, "14 January", "date", "2044-01-14", "dateline in day-month order; year of the publication date")
T(R2, "on Thursday", "weekday", "2044-01-14", "the anchor day (\"warned hotels on Lúčnica on Thursday\")", after="hotels on Lúčnica ")
T(R2, "02:00", "time", "2044-01-13T02:00:00+04:00",
  "\"02:00 on Wednesday, Žarnovec time\": the bracket \"(22:00 GMT on Tuesday)\" fixes the offset at UTC+4; the day is Wednesday, "
  "one day after the GMT date; the same instant as \"23:00 local time (22:00 GMT)\" on Tuesday in R1 (UTC+1)")
T(R2, "on Wednesday", "weekday", "2044-01-13", "the latest Wednesday before the anchor (\"at 02:00 on Wednesday\")", after="02:00 ")
T(R2, "22:00 GMT", "time", "2044-01-12T22:00:00+00:00", "the same instant as 02:00 Wednesday Žarnovec time, written in GMT (Tuesday)")
T(R2, "on Tuesday", "weekday", "2044-01-12", "the latest Tuesday before the anchor (\"22:00 GMT on Tuesday\")")
T(R2, "this week", "relative", "2044-01-11/2044-01-17", "the anchor's Monday–Sunday week (inside Kořínková's quote \"Not this week\")")
T(R2, "late on Wednesday", "weekday", "2044-01-13", "the latest Wednesday before the anchor (\"issued late on Wednesday\")")
T(R2, "since November", "date", "2043-11-01/2043-11-30", "a month without a year, past (\"had not paid her since November\"): the "
  "last November before the anchor", granularity="month")
T(R2, "on Friday", "weekday", "2044-01-15", "future (inside Valentová's quote \"to pay on Friday\"): the day after the anchor")
T(R2, "on Thursday", "weekday", "2044-01-14", "the anchor day (\"still parked beside the cargo sheds on Thursday\")",
  after="cargo sheds ")
T(R2, "October", "date", "2043-10-01/2043-10-31", "a month without a year, past (\"owed went back to October\"): the last October "
  "before the anchor", granularity="month")
T(R2, "31 December", "date", "2043-12-31", "day and month without a year, past (\"had promised to pay by 31 December and then asked "
  "for more time\"): the last 31 December before the anchor")
T(R2, "07:40 local time", "time", "2044-01-14T07:40:00+04:00",
  "\"local time\" of the place named (Lúčnica, Dolmecia, UTC+4 as the report's \"Žarnovec time (22:00 GMT ...)\" fixes it); the day "
  "from \"on Thursday\" after it")
T(R2, "on Thursday", "weekday", "2044-01-14", "the anchor day (\"07:40 local time on Thursday\")", after="07:40 local time ")
T(R2, "by Sunday", "weekday", "2044-01-17", "future (\"11 more were due by Sunday\"): the Sunday after the anchor")

# R3 anchor Fri 2044-01-15 (no zone anywhere in the report)
T(R3, "January 6", "date", "2044-01-06", "month and day without a year, past (\"was paid 380,000 florins on January 6\"): the anchor's year")
T(R3, "Six days", "duration", "P6D", "duration (\"Six days later\", from 6 to 12 January)")
T(R3, "11pm", "time", "unresolved",
  "clock time (12-hour, no minutes) with no zone given anywhere in the report; the day from \"on Tuesday\" after it (12 January)")
T(R3, "on Tuesday", "weekday", "2044-01-12", "the latest Tuesday before the anchor (\"at 11pm on Tuesday\")")
T(R3, "that night", "relative", "2044-01-12", "the night of the day just named (Tuesday 12 January, the sentence before), not of the anchor")
T(R3, "December", "date", "2043-12-01/2043-12-31", "a month without a year, past (inside Mabbott's quote \"their December pay\")",
  granularity="month")
T(R3, "last June", "date", "2043-06-01/2043-06-30", "the last June before the anchor (inside the partial \"a retention award agreed "
  "last June\")", granularity="month")
T(R3, "yesterday", "relative", "2044-01-14", "the day before the anchor (\"yesterday their hotel tried to turf them out\")",
  after="Lucnica - and ")
T(R3, "7.30am", "time", "unresolved",
  "clock time (12-hour, dot separator) with no zone given anywhere in the report; inside Marj's quote, the day is yesterday (14 January)")
T(R3, "Forty years", "duration", "P40Y", "duration in words (inside Wilf's quote \"Forty years married\")")
T(R3, "tomorrow", "relative", "2044-01-16", "the day after the anchor (\"booked on an Operation Homeward flight tomorrow\")")
T(R3, "last night", "relative", "2044-01-14", "the night before the anchor day (\"Augusta Elphick said last night\")")
T(R3, "yesterday evening", "relative", "2044-01-14", "the evening of the day before the anchor (\"by yesterday evening\")")
T(R3, "since Wednesday", "weekday", "2044-01-13", "the latest Wednesday before the anchor (\"flooded in since Wednesday\")")
T(R3, "six weeks", "duration", "P6W", "duration (\"could take up to six weeks\")")
T(R3, "on Monday", "weekday", "2044-01-18", "future (\"which will grill him on Monday\"): the Monday after the anchor",
  after="grill him ")
T(R3, "on Monday", "weekday", "2044-01-11",
  "past (\"walked away from rescue talks on Monday\"): the latest Monday before the anchor — the same words as the future Monday "
  "two paragraphs before", after="rescue talks ")
T(R3, "Last night", "relative", "2044-01-14", "the night before the anchor day (\"Last night Lucky Lucian was nowhere to be seen\")")

# R4 anchor Sat 2044-01-16 (no zone and no clock anywhere in the report)
T(R4, "Monday afternoon", "weekday", "2044-01-11", "the latest Monday before the anchor (\"On Monday afternoon\")")
T(R4, "Tuesday night", "weekday", "2044-01-12", "the latest Tuesday before the anchor (\"By Tuesday night it was gone\")")
T(R4, "a year", "duration", "P1Y", "duration (\"had been piling up for a year\")")
T(R4, "between September and December", "date", "2043-09-01/2043-12-31",
  "a range of months without a year, past (\"rose by 18% between September and December\"): the last such months before the anchor",
  granularity="month")
T(R4, "earlier this month", "relative", "2044-01-01/2044-01-15",
  "the anchor's month up to the day before the anchor (\"cut off a credit line earlier this month\")")
T(R4, "6 January", "date", "2044-01-06", "day and month without a year, past (\"he was paid on 6 January\"): the anchor's year")
T(R4, "31 January", "date", "2044-01-31", "day and month without a year, future (\"repay it in full by 31 January\"): the anchor's year")
T(R4, "late Friday", "weekday", "2044-01-15", "the latest Friday before the anchor (\"was settled late Friday\")")
T(R4, "two days", "duration", "P2D", "duration (\"After two days of calls between the capitals\")")
T(R4, "Monday", "weekday", "2044-01-18", "future (\"as early as Monday\"): the Monday after the anchor", after="as early as ")
T(R4, "5 February", "date", "2044-02-05", "day and month without a year, future (\"due by 5 February\"): the anchor's year")

# R5 anchor Mon 2044-01-18; the blog's second header line says "All times are Stourmere time (GMT+1)"
T(R5, "Monday 18 January", "date", "2044-01-18", "weekday, day and month without a year in the blog's header: the anchor day")
for stamp in ("08:55", "09:10", "09:32", "10:03", "10:19", "10:41", "11:02", "11:26", "11:48", "12:30", "12:52", "13:20", "14:09"):
    T(R5, stamp, "time", f"2044-01-18T{stamp}:00+01:00",
      "a live-blog entry stamp (24-hour clock) on a line of its own, no zone of its own; the header says \"All times are Stourmere "
      "time (GMT+1)\"; the anchor day")
T(R5, "10:00", "time", "2044-01-18T10:00:00+01:00",
  "clock time in the blog's zone (GMT+1), the anchor day (\"appears before parliament's transport committee at 10:00\")")
T(R5, "13:00", "time", "2044-01-18T13:00:00+04:00",
  "\"13:00 in Zarnovec\": the same instant as 10:00 GMT+1, written in Dolmecia's time (UTC+4, three hours ahead)")
T(R5, "last week", "relative", "2044-01-11/2044-01-17", "the Monday–Sunday week before the anchor's (\"since the airline collapsed "
  "last week\")")
T(R5, "11:40 local time", "time", "2044-01-18T11:40:00+04:00",
  "\"local time\" of the place named (Lucnica, Dolmecia); the bracket \"(08:40 here)\" in the blog's GMT+1 fixes the offset at UTC+4; "
  "the anchor day")
T(R5, "08:40", "time", "2044-01-18T08:40:00+01:00", "\"08:40 here\": the same instant as 11:40 Lucnica time, in the blog's zone (GMT+1)")
T(R5, "14:05", "time", "2044-01-18T14:05:00+01:00", "clock time in the blog's zone (\"due to land in Stourmere at about 14:05\")")
T(R5, "this morning", "relative", "2044-01-18", "the morning of the anchor day (\"wrote on X this morning\")")
T(R5, "today", "relative", "2044-01-18", "the anchor day (\"today's flight\")")
T(R5, "eleven years", "duration", "P11Y", "duration in words (inside Hartigan's quote \"For eleven years\")", after="For ")
T(R5, "on Saturday", "weekday", "2044-01-16", "the latest Saturday before the anchor (\"repaid the 380,000 florins on Saturday\")",
  after="380,000 florins ")
T(R5, "eleven years", "duration", "P11Y", "duration in words (inside Mabbott's partial \"came eleven years and 2,220 jobs too late\")",
  after="came ")
T(R5, "on Sunday", "weekday", "2044-01-17", "the latest Sunday before the anchor (\"Zdenka Korinkova said on Sunday\")")
T(R5, "last Wednesday", "weekday", "2044-01-13",
  "the Wednesday of the week before the anchor's (\"impounded at Lucnica last Wednesday\")")
T(R5, "yesterday", "relative", "2044-01-17", "the day before the anchor (\"left the island yesterday\")")
T(R5, "29 February", "date", "2044-02-29", "day and month without a year, future (\"agreed by 29 February\"): the anchor's year, a "
  "leap year")
T(R5, "two hours and 49 minutes", "duration", "PT2H49M", "duration (\"The hearing ends after two hours and 49 minutes\")")
T(R5, "on Saturday", "weekday", "2044-01-16", "the latest Saturday before the anchor (\"who landed in Stourmere on Saturday\")",
  after="landed in Stourmere ")
T(R5, "four minutes", "duration", "PT4M", "duration in words (\"has landed, four minutes late\")")


# ---------------------------------------------------------------- numbers
N(R1, "all 23", 23, "aircraft", "count", note="\"all 23 of its aircraft\", the noun after 'of its'")
N(R1, "about 36,000 passengers", 36000, "passenger", "count", approx="about")
N(R1, "41 flights", 41, "flight", "count")
N(R1, "at least 60 flights", 60, "flight", "count", approx="at_least")
N(R1, "two weeks", 2, "week", "duration", note="word number")
N(R1, "as much as 45 million florins", 45000000, "florin", "money", approx="up_to", note="\"as much as\" read as up_to")
N(R1, "about 180", 180, "staff", "count", approx="about", note="the noun given by \"of the airline's 2,400 staff\"")
N(R1, "2,400 staff", 2400, "staff", "count")
N(R1, "18 percent", 18, "percent", "percent")
N(R1, "roughly 9,000", 9000, "passenger", "count", approx="about", note="a name between number and noun (\"9,000 Gannetline passengers\")")
N(R1, "three", 3, "jet", "count", note="word number, \"three of the company's jets\"")
N(R1, "2.3 million euros", 2300000, "eur", "money", note="a decimal and 'million'; the currency written as a word")
N(R1, "about 70 crew members", 70, "crew member", "count", approx="about")
N(R1, "4.1 million passengers", 4100000, "passenger", "count", note="a decimal and 'million'")

N(R2, "up to 14 nights", 14, "night", "count", approx="up_to", note="hotel nights counted")
N(R2, "68", 68, "year", "age", note="an age (\"Marjorie Gowdridge, 68,\")")
N(R2, "71", 71, "year", "age", note="an age (\"her husband Wilfred, 71,\")")
N(R2, "1,240 euros", 1240, "eur", "money")
N(R2, "eight nights", 8, "night", "count", note="word number, an adjective between (\"remaining eight nights\")")
N(R2, "130 guests", 130, "guest", "count")
N(R2, "three", 3, "jet", "count", note="word number, two words between number and noun (\"three impounded Gannetline jets\")")
N(R2, "€2.3 million", 2300000, "eur", "money", note="a decimal and 'million'")
N(R2, "two capitals", 2, "capital", "count", note="word number")
N(R2, "two", 2, "flight", "count", after="the first ", note="word number, a name between number and noun (\"the first two Operation "
  "Homeward flights\")")
N(R2, "370 passengers", 370, "passenger", "count")
N(R2, "11 more", 11, "flight", "count", note="the noun elided (\"11 more were due\")")

N(R3, "380,000 florins", 380000, "florin", "money")
N(R3, "Six days", 6, "day", "duration", note="word number, sentence-initial")
N(R3, "68", 68, "year", "age", note="an age (\"Marj, 68,\")")
N(R3, "71", 71, "year", "age", note="an age (\"Retired plumber Wilf, 71,\")")
N(R3, "Forty years", 40, "year", "duration", note="word number, inside a quote")
N(R3, "23 rescue flights", 23, "flight", "count")
N(R3, "more than 4,800 people", 4800, "person", "count", approx="more_than")
N(R3, "61,000 refund claims", 61000, "claim", "count")
N(R3, "up to six weeks", 6, "week", "duration", approx="up_to", note="word number")
N(R3, "three", 3, "jet", "count", note="word number, a name between number and noun (\"three Gannetline jets\")")
N(R3, "2.3 MILLION euro", 2300000, "eur", "money", note="'MILLION' in capitals; the currency as a word before 'bill'")

N(R4, "some 36,000", 36000, "passenger", "count", approx="about", note="\"some\" read as about; the noun given by \"of its passengers\"")
N(R4, "310 million florins", 310000000, "florin", "money")
N(R4, "18%", 18, "percent", "percent")
N(R4, "380,000-florin", 380000, "florin", "money", note="an amount as a hyphenated adjective (\"the 380,000-florin bonus\")")
N(R4, "41 rescue flights", 41, "flight", "count")
N(R4, "about 8,300 people", 8300, "person", "count", approx="about")
N(R4, "roughly 19 million florins", 19000000, "florin", "money", approx="about")
N(R4, "two days", 2, "day", "duration", note="word number")
N(R4, "€2.3 million", 2300000, "eur", "money")
N(R4, "three jets", 3, "jet", "count", note="word number")
N(R4, "four airlines", 4, "airline", "count", note="word number, inside a quote")
N(R4, "two investment funds", 2, "investment fund", "count", note="word number, inside a quote")
N(R4, "2,220 staff", 2220, "staff", "count")
N(R4, "at least 900 members", 900, "member", "count", approx="at_least")

N(R5, "212 passengers", 212, "passenger", "count")
N(R5, "68 rescue flights", 68, "flight", "count")
N(R5, "12,460 people", 12460, "person", "count")
N(R5, "eleven years", 11, "year", "duration", after="For ", note="word number, inside a quote")
N(R5, "380,000 florins", 380000, "florin", "money")
N(R5, "eleven years", 11, "year", "duration", after="came ", note="word number, inside a partial quote")
N(R5, "2,220 jobs", 2220, "job", "count", note="inside a partial quote")
N(R5, "3,150 nights", 3150, "night", "count")
N(R5, "three jets", 3, "jet", "count", note="word number")
N(R5, "19 bids", 19, "bid", "count")
N(R5, "two hours", 2, "hour", "duration", note="word number (\"two hours and 49 minutes\")")
N(R5, "49 minutes", 49, "minute", "duration")
N(R5, "71", 71, "year", "age", note="an age (\"Wilfred Gowdridge, 71,\")")
N(R5, "eleven times", 11, "time", "count", note="word number, inside a quote")
N(R5, "four minutes", 4, "minute", "duration", note="word number")

ABOUT = ("Gold for the read stage on the invented held-out reports of demo/read-heldout19/reports.jsonl, "
         "written and committed before any reader ran on them. `file` is the report's `id`; `start`/`end` "
         "are BYTE offsets into the UTF-8 encoding of the report's `text` field; text[start:end] begins "
         "with `span`. Same format as demo/read-heldout17/gold.json. Generated by build_gold.py. See README.md here.")


G.write(ABOUT, DISTINCT, detailed=True)
