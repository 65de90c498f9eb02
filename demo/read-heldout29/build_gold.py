#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and the annotations below.

Run from anywhere: `python3 demo/read-heldout29/build_gold.py`. Offsets are computed here from the spans
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
# R1: Hawser Wire, 2049-03-11 (Thu; wire; straight quotes; dateline "BRAILENI, Ruvenia, March 11 (Hawser Wire) -" (a hyphen);
# no diacritics: "Braileni", "Sorin Valcescu", "Ilinca Dragulescu", "Mircea Barsan"; Ruvenia keeps UTC+2, Ellanmoor UTC-6:
# "on Tuesday at 21:40 in Stoneharbour, which was 05:40 on Wednesday in Braileni (03:40 GMT)")
Q(R1, I, "it reproduced her student project almost line for line", "Wren Brackley",
  "description before: a young architect in Ellanmoor said → Wren Brackley, named at the start of the third paragraph", "said",
  note="reported speech without 'that' closing the dateline sentence; the subject is a description, the name comes later")
Q(R1, I, "14 of the 17 features of her final-year thesis appeared in the Lyre \"in the same order, at the same angles\"",
  "Wren Brackley", "pronoun before: She wrote that → Wren Brackley, the subject of the sentence before", "wrote",
  channel="post on X", note="the channel is in the sentence before ('posted ... on X'); the partial ends the clause")
Q(R1, D, "in the same order, at the same angles", "Wren Brackley", "pronoun before: She wrote that", "wrote", channel="post on X",
  partial=True, note="the closing mark comes before the full stop")
Q(R1, D, None, "Sorin Valcescu",
  "pronoun in the middle: he said → Valcescu, the subject of the sentence before ('Valcescu rejected the claim ...')", "said",
  channel="news conference",
  parts=["I have never seen this young woman's work,",
         "and I have never needed anyone's drawings but my own. A concert hall beside a river will look at the river. That is not theft. That is geography."],
  note="a direct quote split by its attribution: one record with two parts; the second part is multi-sentence")
Q(R1, I, "the jury would reconvene on Monday and that no payments would be made to the architect \"until every question has an answer\"",
  "Ilinca Dragulescu", "title + name before: Culture Minister Ilinca Dragulescu said in a statement late Wednesday that", "said",
  channel="statement", note="a channel and a time phrase between the verb and 'that'; '... and that ...': one record; a partial ends it")
Q(R1, D, "until every question has an answer", "Ilinca Dragulescu", "name before: Ilinca Dragulescu said in a statement", "said",
  channel="statement", partial=True, note="the closing mark comes before the full stop")
Q(R1, I, "Brackley's thesis, titled \"Tidehouse\", had been submitted on May 14, 2046, and placed in the institute's online library that September",
  "Ellanmoor Institute of Architecture", "acronym before: The EIA said", "said",
  note="reported speech without 'that'; the quoted \"Tidehouse\" inside is a title in quotation marks, not a quote")
Q(R1, D, "We have checked the date of submission and the contents of the file, and both are as Ms Brackley describes,",
  "Ellanmoor Institute of Architecture", "document of a group after: the institute's statement said → the EIA's statement", "said",
  channel="statement", note="'we' is the institute; Ms Brackley, named inside, is not the speaker")
Q(R1, I, "the thesis had been downloaded more than 3,100 times", "Ellanmoor Institute of Architecture",
  "pronoun before: It added that → the institute (its statement, the sentence before)", "added", channel="statement")
Q(R1, I, "the panel had judged every entry without knowing who had drawn it", "Mircea Barsan",
  "title + name before: Jury chairman Mircea Barsan told reporters", "told", channel="told reporters",
  note="reported speech without 'that'")
Q(R1, D, "If we were deceived, we will say so,", "Mircea Barsan", "surname after: Barsan said", "said")
Q(R1, D, "Nobody has yet shown me that we were.", "Mircea Barsan", "continuation: the quote after '..., Barsan said.'", None)
Q(R1, I, "the panel had spent less than 20 minutes on the Lyre in the final round", None,
  "unresolved: Two members of the nine-member jury, speaking on condition of anonymity, said (unnamed)", "said",
  note="reported speech without 'that'; a participle phrase between the subject and the verb")
Q(R1, D, "I am not asking anyone to pull down a building that does not exist yet. I am asking for my name.", "Wren Brackley",
  "pronoun before a colon: In a second post, she wrote: → Wren Brackley, the subject of the sentence before ('Brackley's first post')",
  "wrote", channel="post on X", note="multi-sentence; the quote follows a colon")

# R2: Foaia Dimineții (English edition), 2049-03-12 (Fri; the Ruvenian paper; straight quotes; dateline "BRĂILENI, 12 March –"
# (an en dash); diacritics: "Oana Vâlcescu", "Sorin Vâlcescu", "Ilinca Drăgulescu", "Mircea Bârsan")
Q(R2, I, "Oana Vâlcescu, the daughter of the architect whose design won the National Concert Hall competition, studied in the same Stoneharbour studio as the graduate who says the design was copied",
  "Ellanmoor Institute of Architecture",
  "description after the clause: the institute confirmed last night → the Ellanmoor Institute of Architecture, named in the next paragraph",
  "confirmed", note="clause first, the attribution after, in the dateline sentence; holds a reported clause of its own "
  "('the graduate who says the design was copied')")
Q(R2, I, "the design was copied", "Wren Brackley",
  "description before: the graduate who says → Wren Brackley (named in the next paragraph)", "says",
  note="reported speech inside another reported clause, in a relative clause; present tense, without 'that'")
Q(R2, I, "Ms Vâlcescu, now 29, had spent January to April 2046 in its final-year studio as an exchange student, in a group of 16 that included Wren Brackley",
  "Ellanmoor Institute of Architecture", "name before: The Ellanmoor Institute of Architecture said", "said",
  note="reported speech without 'that'; the next sentence ('She came home ...') is the paper's own")
Q(R2, I, "his daughter had joined his firm of about 70 people only last year and had played \"no part whatsoever\" in the Lyre",
  "Sorin Valcescu", "name before: Sorin Vâlcescu, reached at his studio yesterday afternoon, said", "said",
  channel="interview with Foaia Dimineții", note="reported speech without 'that'; a participle phrase between the name and the verb")
Q(R2, D, "no part whatsoever", "Sorin Valcescu", "name before: Sorin Vâlcescu ... said", "said", channel="interview with Foaia Dimineții",
  partial=True)
Q(R2, D, "Oana rang me at a quarter to seven on Wednesday and said, 'Papa, the whole internet thinks we stole it, and I am the thief.' She was crying. I told her to go back to sleep and leave the worrying to me,",
  "Sorin Valcescu", "pronoun after: he said → Sorin Vâlcescu, the subject of the sentence before ('He described ...')", "said",
  channel="interview with Foaia Dimineții", note="multi-sentence; holds a quote inside the quote")
Q(R2, D, "Papa, the whole internet thinks we stole it, and I am the thief.", "Oana Valcescu",
  "inside the outer quote: 'Oana rang me ... and said,' → Oana Vâlcescu, named inside the outer quote", "said",
  note="quote inside a quote (single marks); 'Papa' is the one addressed (Sorin Vâlcescu); 'thinks' is no speech verb")
Q(R2, I, "she had \"never opened, borrowed or seen\" Ms Brackley's drawings", "Oana Valcescu",
  "name before: Oana Vâlcescu said in a written statement that", "said", channel="statement")
Q(R2, D, "never opened, borrowed or seen", "Oana Valcescu", "name before: Oana Vâlcescu said in a written statement", "said",
  channel="statement", partial=True)
Q(R2, D, "I am not the link anyone is looking for. I was designing bus shelters in Stoneharbour, not concert halls,", "Oana Valcescu",
  "pronoun after: she wrote → Oana Vâlcescu, the subject of the sentence before", "wrote", channel="statement",
  note="multi-sentence")
Q(R2, D, "The people of Ruvenia are paying for this hall, and they will not pay for a borrowed idea,", "Ilinca Dragulescu",
  "title alone after: the minister said → Culture Minister Ilinca Drăgulescu, the subject of the sentence before (Mircea Bârsan, "
  "named there too, is the jury's chairman)", "said")
Q(R2, I, "both architects would be heard on Monday and that the jury would publish its findings \"within ten days\"",
  "Ruvenian Ministry of Culture", "document of a group before: The ministry's statement, issued at 16:30 on Thursday, said", "said",
  channel="statement", note="without 'that' at first, then 'and that ...': one record; an appositive between subject and verb")
Q(R2, D, "within ten days", "Ruvenian Ministry of Culture", "document before: The ministry's statement ... said", "said",
  channel="statement", partial=True, note="the closing mark comes before the full stop")
Q(R2, I, "Brăileni has asked Stoneharbour to help secure the institute's records", "Ruvenian Ministry of Culture",
  "group before: According to the ministry, → the culture ministry", "according to",
  note="'According to X,' first, the clause after; both capitals inside stand for their governments (metonyms)")
Q(R2, I, "her government had \"no wish to referee an argument between architects\"", None,
  "unresolved: A spokeswoman for Ellanmoor's embassy told Foaia Dimineții (unnamed)", "told",
  channel="interview with Foaia Dimineții", note="an unnamed spokeswoman: null, not the embassy or Ellanmoor")
Q(R2, D, "no wish to referee an argument between architects", None, "unresolved: A spokeswoman ... told Foaia Dimineții", "told",
  channel="interview with Foaia Dimineții", partial=True, note="the closing mark comes before the full stop")
Q(R2, I, "the likeness was real but \"far from unusual\"", "Corneliu Zamfir",
  "name before: Corneliu Zamfir, the architectural historian who taught Mr Vâlcescu at university, said", "said",
  note="reported speech without 'that'; a relative clause naming another man between the name and the verb")
Q(R2, D, "far from unusual", "Corneliu Zamfir", "name before: Corneliu Zamfir, ..., said", "said", partial=True)
Q(R2, D, "There are only so many ways to set an oval of glass on a riverbank,", "Corneliu Zamfir",
  "pronoun after: he said → Zamfir, the subject of the sentence before (not Mr Vâlcescu, named inside its relative clause)", "said")
Q(R2, D, "Half the halls finished since 2030 would fail this test.", "Corneliu Zamfir",
  "continuation: the quote after '..., he said.'", None)
Q(R2, I, "that date is \"under review\"", "Ruvenian Ministry of Culture", "group before: the ministry now says", "says",
  note="present tense; 'that' here is a determiner ('that date'), not a complementiser: the clause begins with it")
Q(R2, D, "under review", "Ruvenian Ministry of Culture", "group before: the ministry now says", "says", partial=True)

# R3: The Daily Cymbal, 2049-03-14 (Sun; Ellanmoor tabloid; straight quotes; no dateline; no diacritics; the label "Wonder Wren";
# "9.40pm", "2am our time" (Stoneharbour, UTC-6))
Q(R3, I, "she \"nearly fell off my stool\" when the winning design for Ruvenia's $340 million National Concert Hall flashed up on her phone last week",
  "Wren Brackley", "name before: Plucky Wren Brackley, 27, told the Cymbal", "told", channel="interview with the Cymbal",
  note="reported speech without 'that'; the partial keeps the speaker's own 'my' inside reported speech")
Q(R3, D, "nearly fell off my stool", "Wren Brackley", "name before: Wren Brackley ... told the Cymbal", "told",
  channel="interview with the Cymbal", partial=True)
Q(R3, D, "It was my building. My roof, my staircase, my glass box hanging over the water,", "Wren Brackley",
  "pronoun after: she said → Wren Brackley, the subject of the paragraph before", "said", channel="interview with the Cymbal",
  note="multi-sentence")
Q(R3, D, "Mum looked over my shoulder and said, 'Wren, why has somebody put your homework on the news?' I didn't have an answer.",
  "Wren Brackley", "continuation: the quote after '..., she said.'", None, channel="interview with the Cymbal",
  note="multi-sentence; holds a quote inside the quote")
Q(R3, D, "Wren, why has somebody put your homework on the news?", None,
  "inside the outer quote: 'Mum looked over my shoulder and said,' → Wren Brackley's mother, never named", "said",
  note="quote inside a quote whose speaker is never named; 'Wren' is the one addressed, not the speaker")
Q(R3, D, "nonsense from the internet", "Sorin Valcescu",
  "name before: Silver-haired Sorin Valcescu, 61, whose firm scooped the job, has branded her claims", "branded", partial=True,
  note="a quoted fragment as the complement of 'branded'; no clause, so no indirect record of its own")
Q(R3, I, "she never saw so much as a sketch", "Oana Valcescu",
  "shared surname with a tag before: Valcescu - the younger one - insists → Oana Valcescu (the daughter named in the sentence before), "
  "not Sorin Valcescu", "insists", note="present tense, without 'that'; dashes between the name and the verb")
Q(R3, D, "We had desks a few metres apart. My drawings were pinned to the wall for anyone to see,", "Wren Brackley",
  "pronoun after: she said → Wren Brackley ('Wren isn't so sure.', the sentence before), not Oana Valcescu, the 'she' of the sentence "
  "before that", "said", channel="interview with the Cymbal", note="multi-sentence")
Q(R3, D, "I marked that thesis. I gave it 88 per cent. I would know it in the dark,", "Odell Lamming",
  "pronoun after: he told the Cymbal → Professor Odell Lamming, the subject of the sentence before", "told",
  channel="interview with the Cymbal", note="multi-sentence")
Q(R3, I, "she had been \"the best student in a very good year\"", "Odell Lamming",
  "pronoun before: He added that → Lamming, the speaker of the sentence before", "added", channel="interview with the Cymbal",
  note="'she' inside the clause is Wren Brackley")
Q(R3, D, "the best student in a very good year", "Odell Lamming", "pronoun before: He added that", "added",
  channel="interview with the Cymbal", partial=True, note="the closing mark comes before the full stop")
Q(R3, I, "the shy grad has turned down three TV interviews and a job offer from a Braileni firm since Wednesday", None,
  "unresolved: Pals say (unnamed friends)", "say", note="present tense, without 'that'; 'the shy grad' is Wren Brackley, not a speaker")
Q(R3, I, "it would \"fight for its good name\" and was \"deeply disappointed\" the jury had given the claims \"oxygen\"",
  "Atelier Valcescu", "name before: Dad's firm, Atelier Valcescu, said in a statement yesterday that", "said", channel="statement",
  note="one clause with three partials; a channel and a time phrase between the verb and 'that'")
Q(R3, D, "fight for its good name", "Atelier Valcescu", "name before: Atelier Valcescu, said in a statement", "said",
  channel="statement", partial=True)
Q(R3, D, "deeply disappointed", "Atelier Valcescu", "name before: Atelier Valcescu, said in a statement", "said",
  channel="statement", partial=True)
Q(R3, D, "oxygen", "Atelier Valcescu", "name before: Atelier Valcescu, said in a statement", "said", channel="statement",
  partial=True, note="a one-word partial; the closing mark comes before the full stop")
Q(R3, I, "the hearing would be \"fair to everyone\"", None, "unresolved: A ministry spokesman told the Cymbal (unnamed)", "told",
  channel="interview with the Cymbal", note="an unnamed spokesman: null, not the ministry")
Q(R3, D, "fair to everyone", None, "unresolved: A ministry spokesman told the Cymbal", "told", channel="interview with the Cymbal",
  partial=True)
Q(R3, D, "I'll have a strong coffee and my drawings, and that's all I need,", "Wren Brackley",
  "pronoun after: she grinned → Wonder Wren (Wren Brackley), the 'Wren' of the sentence before (not Ilinca Dragulescu, named in the "
  "sentence before that)", "grinned", channel="interview with the Cymbal", note="a verb of manner as the speech verb")
Q(R3, D, "Whatever they decide, people know my name now.", "Wren Brackley", "continuation: the quote after '..., she grinned.'", None,
  channel="interview with the Cymbal")

# R4: Ellan Radio live blog, 2049-03-15 (Mon; plain-text scrape: header "LIVE: ... - Monday 15 March" and a line "All times are
# Stoneharbour time (GMT-6)"; each entry begins with a 24-hour stamp on a line of its own; straight quotes; no diacritics)
Q(R4, I, "the panel \"has not made up its mind about anything\"", "Mircea Barsan",
  "title + name before: Jury chairman Mircea Barsan opens by saying", "saying", channel="hearing",
  note="a gerund as the speech verb ('opens by saying'); without 'that'")
Q(R4, D, "has not made up its mind about anything", "Mircea Barsan", "name before: Mircea Barsan opens by saying", "saying",
  channel="hearing", partial=True, note="the closing mark comes before the full stop")
Q(R4, I, None, "Mircea Barsan", "pronoun in the middle: he said → Barsan, the speaker of the sentence before", "said",
  channel="hearing", parts=["Both architects will speak for 30 minutes", "and the jury will then deliberate in private"],
  note="reported speech split by its attribution (', he said,'): one record with two parts; 'About 150 people ...' is the blog's own")
Q(R4, I, "the Lyre grew out of sketches he made in 2041 for a competition he lost, and that he will hand over the notebooks",
  "Sorin Valcescu", "pronoun before: He tells the jury → Sorin Valcescu, the subject of the sentence before ('Sorin Valcescu goes first.')",
  "tells", channel="hearing", note="present tense, without 'that' at first, then ', and that ...': one record")
Q(R4, D, "I have kept every notebook since I was nineteen. Read them. Date them. Then tell me who copied whom,", "Sorin Valcescu",
  "pronoun after: he said → Sorin Valcescu", "said", channel="hearing", note="multi-sentence")
Q(R4, I, "she noticed the resemblance only because a friend sent her a photo of the winning model", "Wren Brackley",
  "pronoun before: She says → Wren Brackley, named in the sentence before ('Now Wren Brackley, by video link ...')", "says",
  channel="hearing", note="present tense, without 'that'")
Q(R4, D, "I don't know how my ideas got to Braileni. I only know they got there,", "Wren Brackley",
  "pronoun after: she told the jury → Wren Brackley", "told", channel="hearing", note="multi-sentence")
Q(R4, I, "the jury's questions to Valcescu were sharper than its questions to Brackley", "Briony Farrowby",
  "title + name before: Our arts correspondent Briony Farrowby, listening in, says", "says",
  note="present tense, without 'that'; Valcescu and Brackley, named inside, are not the speakers")
Q(R4, D, "Three of the nine jurors asked him about the 44-step staircase. Not one asked her about it,", "Briony Farrowby",
  "pronoun after: she says → Farrowby, the subject of the sentence before (not Brackley, the last woman named, inside its clause)",
  "says", note="multi-sentence")
Q(R4, I, "the jury would announce its decision tomorrow at 17:00 Braileni time - 15:00 GMT, or 09:00 here", "Mircea Barsan",
  "title alone before: The chairman said → Jury chairman Mircea Barsan (the 02:06 entry)", "said", channel="hearing",
  note="reported speech without 'that'; one instant in three zones inside the clause")
Q(R4, I, "the government would \"respect whatever the jury finds\" and that the hall would be built \"one way or another\"",
  "Ilinca Dragulescu", "title + name before: Ruvenia's culture minister, Ilinca Dragulescu, wrote in a brief post on X that", "wrote",
  channel="post on X", note="'that ... and that ...': one record with two partials; 'the government' inside is Ruvenia's, not annotated")
Q(R4, D, "respect whatever the jury finds", "Ilinca Dragulescu", "name before: Ilinca Dragulescu, wrote in a brief post on X", "wrote",
  channel="post on X", partial=True)
Q(R4, D, "one way or another", "Ilinca Dragulescu", "name before: Ilinca Dragulescu, wrote ... and that", "wrote",
  channel="post on X", partial=True, note="the second partial of the same clause; the closing mark comes before the full stop")
Q(R4, I, "it has handed its records to both governments", "Ellanmoor Institute of Architecture",
  "name before: The Ellanmoor Institute of Architecture says", "says", note="present tense, without 'that'")
Q(R4, I, "Ms Valcescu's student account never opened Brackley's thesis folder, but 41 other accounts did before May 14, 2046",
  "Ellanmoor Institute of Architecture", "description before: According to the institute, → the EIA, named in the sentence before",
  "according to", note="'According to X,' first, the clause after")
Q(R4, D, "I'm sorry Wren has been through this. I'm sorry my father has too,", "Oana Valcescu",
  "pronoun after: she said → Oana Valcescu, the subject of the sentence before", "said", channel="interview with Ruvenian television",
  note="multi-sentence; 'She would not say whether ...' after it is no quote (nothing said)")
Q(R4, I, "he had never met Sorin Valcescu or his daughter and that he expected \"a fair result from a fair jury\"", "Odell Lamming",
  "name before: Brackley's supervisor, Odell Lamming, told us", "told", channel="interview with Ellan Radio",
  note="without 'that' at first, then 'and that ...': one record; a partial ends it")
Q(R4, D, "a fair result from a fair jury", "Odell Lamming", "name before: Odell Lamming, told us", "told",
  channel="interview with Ellan Radio", partial=True, note="the closing mark comes before the full stop")

# R5: The Stoneharbour Tillerman, 2049-03-17 (Wed; broadsheet; curly quotes and apostrophes; sayings in the present tense ("says",
# "stresses", "tells", "argues", "admits"); no dateline; diacritics; one instant in three places)
Q(R5, D, "a substantial and unexplained resemblance", "Mircea Barsan",
  "title + name before: Announcing it, the jury’s chairman, Mircea Bârsan, spoke of", "spoke of", partial=True,
  note="a quoted fragment as the complement of 'spoke of'; no clause, so no indirect record of its own; curly marks")
Q(R5, I, None, "Mircea Barsan", "pronoun in the middle: he stresses → Bârsan, the subject of the sentence before", "stresses",
  parts=["There is no proof of who copied whom", "and there may never be"],
  note="reported speech split by its attribution (', he stresses,'): one record with two parts; present tense")
Q(R5, D, "I was tried for a crime nobody could name and found guilty of a resemblance,", "Sorin Valcescu",
  "pronoun after: he says → Mr Vâlcescu, the subject of the sentence before", "says", channel="interview with the Tillerman")
Q(R5, D, "Resemblance is not a crime. It is what happens when two people look at the same river.", "Sorin Valcescu",
  "continuation: the quote after '..., he says.'", None, channel="interview with the Tillerman", note="multi-sentence")
Q(R5, I, "he will sue the ministry “the moment the courts open on Monday”", "Sorin Valcescu",
  "pronoun before: He tells the Tillerman → Mr Vâlcescu", "tells", channel="interview with the Tillerman",
  note="present tense, without 'that'; the partial ends it")
Q(R5, D, "the moment the courts open on Monday", "Sorin Valcescu", "pronoun before: He tells the Tillerman", "tells",
  channel="interview with the Tillerman", partial=True, note="the closing mark comes before the full stop")
Q(R5, I, "last week felt “like living inside a washing machine”", "Wren Brackley", "title + surname before: Ms Brackley says", "says",
  note="present tense, without 'that'; the partial ends it")
Q(R5, D, "like living inside a washing machine", "Wren Brackley", "surname before: Ms Brackley says", "says", partial=True)
Q(R5, I, None, "Wren Brackley", "pronoun in the middle: she says → Ms Brackley, the speaker of the sentence before", "says",
  parts=["What she wants", "is her name on the building’s plaque, not its architect’s fee"],
  note="reported speech split by its attribution (', she says,'): one record with two parts; present tense")
Q(R5, D, None, "Ruvenian Ministry of Culture",
  "group in the middle: the ministry said in a statement on Tuesday → Ruvenia's ministry of culture", "said", channel="statement",
  parts=["The hall will be built,", "and it will be built honestly."],
  note="a direct quote split by its attribution: one record with two parts; curly marks")
Q(R5, I, "it has no part in the affair and wants none", "Ellanmoor",
  "capital for its government before: Stoneharbour says → Ellanmoor's government", "says",
  note="a capital city speaks for its government (a metonym); present tense, without 'that'")
Q(R5, I, "it will answer no further questions", "Ellanmoor Institute of Architecture",
  "name before: The Ellanmoor Institute of Architecture says", "says", note="present tense, without 'that'")
Q(R5, I, "she was leaving “so that my name stops being a weapon” and that she hoped to meet Ms Brackley “one day, without lawyers”",
  "Oana Valcescu", "pronoun before: In a post on X she wrote that → Oana Vâlcescu, the subject of the sentence before", "wrote",
  channel="post on X", note="the channel opens the sentence; 'that ... and that ...': one record with two partials")
Q(R5, D, "so that my name stops being a weapon", "Oana Valcescu", "pronoun before: In a post on X she wrote that", "wrote",
  channel="post on X", partial=True)
Q(R5, D, "one day, without lawyers", "Oana Valcescu", "pronoun before: she wrote ... and that", "wrote", channel="post on X",
  partial=True, note="the second partial; the closing mark comes before the full stop")
Q(R5, I, "the jury asked the wrong question", "Odell Lamming",
  "name before: Odell Lamming, who supervised the thesis, argues that", "argues", channel="interview with the Tillerman",
  note="present tense; a relative clause between the name and the verb")
Q(R5, D, "Nobody owns an oval,", "Odell Lamming", "pronoun after: he says → Lamming, the subject of the sentence before", "says",
  channel="interview with the Tillerman")
Q(R5, D, "But somebody owns a drawing, and that somebody is Wren.", "Odell Lamming", "continuation: the quote after '..., he says.'",
  None, channel="interview with the Tillerman", note="Wren, named inside, is not the speaker")
Q(R5, I, "they would be judged “by people who ask where ideas come from”", "Ilinca Dragulescu",
  "name + title before: Ilinca Drăgulescu, the culture minister, told Ruvenian radio on Tuesday night that", "told",
  channel="interview with Ruvenian radio", note="'they' inside is the new competition's entries")
Q(R5, D, "by people who ask where ideas come from", "Ilinca Dragulescu", "name before: Ilinca Drăgulescu ... told Ruvenian radio", "told",
  channel="interview with Ruvenian radio", partial=True, note="the closing mark comes before the full stop")
Q(R5, I, None, "Ilinca Dragulescu", "pronoun in the middle: she admits → Drăgulescu, the speaker of the sentence before", "admits",
  parts=["Earlier this month", "she thought the hard part would be choosing"],
  note="reported speech split by its attribution (', she admits,'): one record with two parts; the first part is a time phrase")


# ---------------------------------------------------------------- entities
E("Ruvenia", "country",
  ["Ruvenia", ("Brăileni", None, ["Brăileni has asked"])],
  metonyms=[{"alias": "Brăileni", "metonym_of": "Ruvenia (its government)"}], adjectival=["Ruvenian"],
  note="the country of the competition (R1 dateline and three times more, R2, R3 twice, R4, R5 twice); its capital stands for its "
       "government once: \"Brăileni has asked Stoneharbour to help\" (R2, inside the ministry's clause); \"Ruvenian\" (R4 \"Ruvenian "
       "television\", R5 \"Ruvenian radio\") is a demonym, not a mention; \"the government\" (R4, inside Dragulescu's clause) is not annotated")
E("Braileni", "city", ["BRAILENI", "Braileni", "BRĂILENI", "Brăileni"],
  note="Ruvenia's capital, where the hall is to stand and the jury sits: BRAILENI (R1 dateline), \"the Braileni riverfront\", \"in Braileni\" "
       "(R1), BRĂILENI (R2 dateline), \"came home to Brăileni\" (R2), twice in R3, five times in R4 (\"17:00 Braileni time\"), three times in "
       "R5 (\"the Brăileni firm\"); canonical name without diacritics; the metonym context is claimed by Ruvenia")
E("Ellanmoor", "country",
  ["Ellanmoor", ("Stoneharbour", None, ["Stoneharbour to help", "Stoneharbour says it"])],
  metonyms=[{"alias": "Stoneharbour", "metonym_of": "Ellanmoor (its government)"}],
  note="the graduate's country: \"a young architect in Ellanmoor\" (R1), \"Ellanmoor's embassy\" (R2); inside \"Ellanmoor Institute of "
       "Architecture\" it is part of the institute's name, not a mention; its capital stands for its government twice: \"Brăileni has asked "
       "Stoneharbour to help\" (R2) and \"Stoneharbour says it has no part in the affair\" (R5, a speaker)")
E("Stoneharbour", "city", ["Stoneharbour"],
  note="Ellanmoor's capital: \"21:40 in Stoneharbour\" (R1), \"the same Stoneharbour studio\", \"bus shelters in Stoneharbour\" (R2, inside "
       "Oana Vâlcescu's quote), \"The Stoneharbour grad\" (R3), \"All times are Stoneharbour time\", \"by video link from Stoneharbour\" (R4), "
       "\"09:00 in Stoneharbour\", \"04:00 in Stoneharbour\" (R5); the metonym contexts are claimed by Ellanmoor; the outlet's name (The "
       "Stoneharbour Tillerman) is not in any text")
E("Ellanmoor Institute of Architecture", "organisation",
  ["Ellanmoor Institute of Architecture", "EIA",
   ("institute", None, ["the institute confirmed", "the institute's statement said", "According to the institute"])],
  note="the graduate's school: expansion and acronym in R1 (\"the Ellanmoor Institute of Architecture (EIA)\", \"The EIA said\"), the "
       "expansion in R2, R3, R4, R5; \"institute\" claimed where it speaks (R1 \"the institute's statement said\", R2 \"the institute "
       "confirmed\", R4 \"According to the institute\"); the other \"the institute's\" (R1 online library, R2 records) are not annotated")
E("Ruvenian Ministry of Culture", "government body",
  ["culture ministry", "ministry of culture",
   ("ministry", None, ["The ministry's statement", "According to the ministry", "the ministry now says", "the ministry said in a statement"])],
  note="Ruvenia's culture ministry, which ran the competition: \"Ruvenia's culture ministry\" (R1), \"Ruvenia’s ministry of culture\" (R5); "
       "\"ministry\" claimed where it speaks (R2 \"The ministry's statement\", \"According to the ministry\", \"the ministry now says\"; R5 "
       "\"the ministry said in a statement\"); \"A ministry spokesman\" (R3, null speaker), \"sue the ministry\" and \"The ministry intends\" "
       "(R5) are not annotated")
E("Atelier Valcescu", "company", ["Atelier Valcescu", "Atelier Vâlcescu"],
  note="Sorin Valcescu's firm: \"Atelier Valcescu\" (R1, R3, a speaker through its statement), \"Atelier Vâlcescu\" (R2); \"his firm\", "
       "\"her father’s firm\" are not annotated; canonical name without diacritics")
E("Parvu Arhitectura", "company", ["Pârvu Arhitectură"], note="the runner-up, a Brăileni firm (R5); canonical name without diacritics")
E("Lyre", "building design", ["Lyre"],
  note="Sorin Valcescu's winning design: three times in R1, R2 (inside his clause), R4 (inside his clause), twice in R5; not in R3's text")
E("Tidehouse", "building design", ["Tidehouse"],
  note="Wren Brackley's thesis project: R1 (a title in quotation marks, inside the EIA's clause), R5 (\"the Tidehouse\")")
E("National Concert Hall", "building", ["National Concert Hall"],
  note="the planned hall the competition was for (R2, R3); R1's lower-case \"national concert hall competition\" is not annotated")
E("X", "platform", ["X"])
E("Hawser Wire", "news agency", ["Hawser Wire"], note="the wire, in its dateline (R1)")
E("Foaia Diminetii", "media outlet", ["Foaia Dimineții"],
  note="\"told Foaia Dimineții\" (R2); canonical name without diacritics")
E("The Daily Cymbal", "media outlet", [("Cymbal", [R3])], note="\"told the Cymbal\" three times (R3)")
E("The Stoneharbour Tillerman", "media outlet", [("Tillerman", [R5])], note="\"He tells the Tillerman\" (R5)")
E("Sorin Valcescu", "person",
  ["Sorin Valcescu", "Sorin Vâlcescu",
   ("Valcescu", None, ["Valcescu rejected", "questions to Valcescu"]),
   ("Vâlcescu", None, ["Mr Vâlcescu at university", "Mr Vâlcescu, 61"])],
  note="the winning architect: \"Sorin Valcescu\" (R1, R3, R4 twice), \"Sorin Vâlcescu\" (R2, R5), bare \"Valcescu\" where it is his (R1 "
       "\"Valcescu rejected\", R4 \"questions to Valcescu\"), \"Mr Vâlcescu\" (R2 inside Zamfir's description, R5); R3's \"Valcescu - the "
       "younger one -\" and R4's \"Ms Valcescu's\" are Oana; the vocative \"Papa\" inside Oana's inner quote (R2) is not annotated; "
       "canonical name without diacritics")
E("Oana Valcescu", "person",
  ["Oana Vâlcescu", "Oana Valcescu", ("Oana", [R2, R3]),
   ("Vâlcescu", None, ["Ms Vâlcescu, now 29"]),
   ("Valcescu", None, ["Valcescu - the younger", "Ms Valcescu's student"])],
  note="the architect's daughter, who shared the graduate's studio: \"Oana Vâlcescu\" (R2 twice, R5), \"Oana Valcescu\" (R4), \"Oana\" "
       "(R2 inside her father's quote, R3 \"his daughter Oana\"), \"Ms Vâlcescu\" (R2), \"Valcescu - the younger one -\" (R3), \"Ms "
       "Valcescu's student account\" (R4); canonical name without diacritics")
E("Wren Brackley", "person",
  ["Wren Brackley", "Wonder Wren", ("Brackley", [R1, R2, R4, R5]), ("Wren", [R3, R4, R5])],
  note="the graduate who says the design is hers: full name in every report; the tabloid's label \"Wonder Wren\" (R3 twice); "
       "\"Brackley\" and \"Ms Brackley\" (R1, R2, R4, R5); \"Wren\" (R3: the vocative inside her mother's inner quote, \"Wren's class\", "
       "\"Wren isn't so sure\"; R4 inside Oana Valcescu's quote; R5 inside Lamming's quote); \"the shy grad\", \"The Stoneharbour grad\", "
       "\"the graduate\" are not annotated")
E("Ilinca Dragulescu", "person",
  ["Ilinca Dragulescu", "Ilinca Drăgulescu", ("the minister", None, ["the minister said"])],
  note="Ruvenia's culture minister: \"Culture Minister Ilinca Dragulescu\" (R1), \"Culture Minister Ilinca Drăgulescu\" (R2), \"Culture "
       "boss Ilinca Dragulescu\" (R3), \"Ruvenia's culture minister, Ilinca Dragulescu\" (R4), \"Ilinca Drăgulescu, the culture minister\" "
       "(R5); \"the minister said\" claimed (R2); canonical name without diacritics")
E("Mircea Barsan", "person",
  ["Mircea Barsan", "Mircea Bârsan", ("Barsan", [R1]), ("The chairman", None, ["The chairman said"])],
  note="the jury's chairman: \"Jury chairman Mircea Barsan\" (R1, R4), \"Barsan said\" (R1), \"the jury's chairman, Mircea Bârsan\" (R2, "
       "R5), \"The chairman said\" claimed (R4); canonical name without diacritics")
E("Corneliu Zamfir", "person", ["Corneliu Zamfir"], note="an architectural historian who taught Sorin Vâlcescu (R2)")
E("Odell Lamming", "person", ["Odell Lamming"],
  note="Wren Brackley's old tutor and thesis supervisor: \"Professor Odell Lamming\" (R3), \"Brackley's supervisor, Odell Lamming\" (R4), "
       "\"Odell Lamming, who supervised the thesis\" (R5)")
E("Briony Farrowby", "person", ["Briony Farrowby"], note="the radio's arts correspondent (R4)")

DISTINCT = [
    ("Sorin Valcescu", "Oana Valcescu", "father and daughter sharing a surname (R1 \"Valcescu rejected\", R4 \"questions to Valcescu\" and "
     "R2/R5 \"Mr Vâlcescu\" are Sorin; R2 \"Ms Vâlcescu\", R3 \"Valcescu - the younger one -\" and R4 \"Ms Valcescu's\" are Oana)"),
    ("Sorin Valcescu", "Atelier Valcescu", "the architect vs his firm, which carries his surname (both speak: R1/R3 he, R3 its statement)"),
    ("Oana Valcescu", "Atelier Valcescu", "the daughter vs the firm she left (R5)"),
    ("Wren Brackley", "Oana Valcescu", "the two studio-mates: R3's \"she said\" after \"Valcescu - the younger one - insists\" is Wren's; "
     "R4's \"I'm sorry Wren ...\" is Oana's"),
    ("Wren Brackley", "Briony Farrowby", "R4's \"she says\" follows a clause naming Brackley but is the correspondent's"),
    ("Mircea Barsan", "Sorin Valcescu", "two men speaking in consecutive R4 entries (\"he said\" in each)"),
    ("Corneliu Zamfir", "Sorin Valcescu", "R2's \"he said\" after a sentence naming Mr Vâlcescu in a relative clause is Zamfir's"),
    ("Ilinca Dragulescu", "Ruvenian Ministry of Culture", "the minister vs her ministry (both speak: R2, R5)"),
    ("Ilinca Dragulescu", "Mircea Barsan", "R2's \"the minister said\" follows a sentence naming both"),
    ("Ruvenia", "Braileni", "the government (metonym, R2) vs the capital city"),
    ("Ellanmoor", "Stoneharbour", "the government (metonyms, R2, R5) vs the capital city"),
    ("Ruvenia", "Ruvenian Ministry of Culture", "the country (its government) vs its culture ministry"),
    ("Ellanmoor", "Ellanmoor Institute of Architecture", "the country (its government, R5 \"Stoneharbour says\") vs the institute that "
     "carries its name (R5 \"The Ellanmoor Institute of Architecture says\", the next sentence)"),
    ("Lyre", "Tidehouse", "the winning design vs the thesis it is said to copy"),
    ("Lyre", "National Concert Hall", "the design vs the hall it was chosen for (the hall will be built to another firm's design)"),
    ("Atelier Valcescu", "Parvu Arhitectura", "the winner's firm vs the runner-up"),
    ("Odell Lamming", "Corneliu Zamfir", "the graduate's tutor vs the architect's teacher"),
]


# ---------------------------------------------------------------- times
# Ruvenia (Braileni) keeps UTC+2, Ellanmoor (Stoneharbour) UTC-6: R1's "21:40 in Stoneharbour, which was 05:40 on Wednesday in
# Braileni (03:40 GMT)" fixes both.
# R1 anchor Thu 2049-03-11
T(R1, "March 11", "date", "2049-03-11", "dateline; month and day, year of the publication date")
T(R1, "March 4", "date", "2049-03-04", "month and day without a year, past (\"was chosen on March 4\"): the anchor's year")
T(R1, "on Tuesday", "weekday", "2049-03-09", "the latest Tuesday before the anchor (\"posted ... on X on Tuesday at 21:40\")")
T(R1, "21:40", "time", "2049-03-09T21:40:00-06:00",
  "\"at 21:40 in Stoneharbour\": Ellanmoor's time, UTC-6, fixed by \"(03:40 GMT)\" at the end of the sentence; Tuesday")
T(R1, "05:40", "time", "2049-03-10T05:40:00+02:00",
  "\"05:40 on Wednesday in Braileni\": the same instant in Ruvenia's time, UTC+2, already the next day")
T(R1, "on Wednesday", "weekday", "2049-03-10", "the latest Wednesday before the anchor (\"05:40 on Wednesday in Braileni\")", after="05:40 ")
T(R1, "03:40 GMT", "time", "2049-03-10T03:40:00+00:00", "the same instant written in GMT — one instant in three zones across a date line")
T(R1, "on Wednesday afternoon", "weekday", "2049-03-10", "the latest Wednesday before the anchor (\"a news conference on Wednesday afternoon\")")
T(R1, "late Wednesday", "weekday", "2049-03-10", "the latest Wednesday before the anchor (\"said in a statement late Wednesday\")")
T(R1, "on Monday", "weekday", "2049-03-15", "future (\"the jury would reconvene on Monday\"): the Monday after the anchor", after="reconvene ")
T(R1, "May 14, 2046", "date", "2046-05-14", "a full date (\"submitted on May 14, 2046\")")
T(R1, "that September", "date", "2046-09-01/2046-09-30", "the September of the year just named (2046), not the anchor's year "
  "(\"placed in the institute's online library that September\")", granularity="month")
T(R1, "20 minutes", "duration", "PT20M", "duration (\"less than 20 minutes\")")
T(R1, "Thursday morning", "weekday", "2049-03-11", "the anchor day (\"By Thursday morning\", a Thursday wire)")
T(R1, "10:00 local time", "time", "2049-03-15T10:00:00+02:00",
  "\"local time\" of the dateline's city (Braileni, UTC+2), fixed by \"(08:00 GMT)\"; the day of the meeting, Monday 15")
T(R1, "on Monday", "weekday", "2049-03-15", "future (\"due to meet at 10:00 local time on Monday\"): the Monday after the anchor",
  after="10:00 local time ")
T(R1, "08:00 GMT", "time", "2049-03-15T08:00:00+00:00", "the same instant as 10:00 local time, written in GMT")
T(R1, "on Thursday", "weekday", "2049-03-11", "the anchor day (\"did not answer questions on Thursday\")", after="did not answer questions ")

# R2 anchor Fri 2049-03-12 (the Ruvenian paper; its own clocks are Braileni's, UTC+2)
T(R2, "12 March", "date", "2049-03-12", "dateline in day-month order; year of the publication date")
T(R2, "last night", "relative", "2049-03-11", "the night before the anchor day (\"the institute confirmed last night\")")
T(R2, "January to April 2046", "date", "2046-01-01/2046-04-30", "a range of months with one year (\"had spent January to April 2046\")")
T(R2, "a month", "duration", "P1M", "duration (\"a month before Ms Brackley handed in her thesis\")")
T(R2, "yesterday afternoon", "relative", "2049-03-11", "the day before the anchor (\"reached at his studio yesterday afternoon\")")
T(R2, "last year", "relative", "2048-01-01/2048-12-31", "the year before the anchor's (\"had joined his firm ... only last year\")")
T(R2, "a quarter to seven", "time", "2049-03-10T06:45:00+02:00",
  "a clock in words inside Sorin Vâlcescu's quote, in Braileni time (UTC+2): 06:45 on Wednesday, an hour after the post went up "
  "(05:40 Braileni time, R1)")
T(R2, "on Wednesday", "weekday", "2049-03-10", "the latest Wednesday before the anchor (\"at a quarter to seven on Wednesday\")")
T(R2, "Thursday morning", "weekday", "2049-03-11", "the latest Thursday before the anchor (\"spent Thursday morning with\")")
T(R2, "16:30", "time", "2049-03-11T16:30:00+02:00", "the paper's own (Braileni) time, UTC+2; Thursday (\"issued at 16:30 on Thursday\")")
T(R2, "on Thursday", "weekday", "2049-03-11", "the latest Thursday before the anchor (\"issued at 16:30 on Thursday\")", after="16:30 ")
T(R2, "on Monday", "weekday", "2049-03-15", "future (\"both architects would be heard on Monday\"): the Monday after the anchor")
T(R2, "ten days", "duration", "P10D", "duration in words (inside the partial \"within ten days\")")
T(R2, "since 2030", "date", "2030-01-01/2030-12-31", "a year (inside Zamfir's quote \"finished since 2030\")", granularity="year")
T(R2, "1 June", "date", "2049-06-01", "day and month without a year (\"had been due to begin on 1 June\"): the anchor's year")

# R3 anchor Sun 2049-03-14 (Ellanmoor tabloid; "our time" is Stoneharbour's, UTC-6)
T(R3, "this weekend", "relative", "2049-03-13/2049-03-14", "the weekend of the anchor (a Sunday paper): Saturday and Sunday")
T(R3, "last week", "relative", "2049-03-01/2049-03-07",
  "the Monday–Sunday week before the anchor's (\"flashed up on her phone last week\"; the design was chosen on 4 March)")
T(R3, "three days", "duration", "P3D", "duration in words (\"spent three days lining the drawings up\")")
T(R3, "9.40pm", "time", "2049-03-09T21:40:00-06:00",
  "a 12-hour clock with a point in the tabloid's own city (Stoneharbour, UTC-6; \"2am our time\" later); Tuesday 9, the same instant "
  "as R1's 21:40 in Stoneharbour")
T(R3, "on Tuesday", "weekday", "2049-03-09", "the latest Tuesday before the anchor (\"at 9.40pm on Tuesday\")")
T(R3, "Friday", "weekday", "2049-03-12", "the latest Friday before the anchor (\"By Friday her post had been seen\")", after="By ")
T(R3, "four months", "duration", "P4M", "duration in words (\"shared a studio for four months\")")
T(R3, "Wednesday", "weekday", "2049-03-10", "the latest Wednesday before the anchor (\"since Wednesday\")", after="since ")
T(R3, "yesterday", "relative", "2049-03-13", "the day before the anchor (\"said in a statement yesterday\")")
T(R3, "tomorrow", "relative", "2049-03-15", "the day after the anchor (\"ordered a hearing for tomorrow\")")
T(R3, "2am our time", "time", "2049-03-15T02:00:00-06:00",
  "\"our time\": the tabloid's city, Stoneharbour (UTC-6); tomorrow, Monday 15 — the same instant as 10:00 in Braileni")

# R4 anchor Mon 2049-03-15; the blog's second header line says "All times are Stoneharbour time (GMT-6)"
T(R4, "Monday 15 March", "date", "2049-03-15", "weekday, day and month without a year in the blog's header: the anchor day")
for stamp in ("01:50", "02:06", "02:15", "02:49", "03:12", "03:40", "05:05", "06:20", "07:10", "08:30"):
    T(R4, stamp, "time", f"2049-03-15T{stamp}:00-06:00",
      "a live-blog entry stamp (24-hour clock) on a line of its own, no zone of its own; the header says \"All times are Stoneharbour "
      "time (GMT-6)\"; the anchor day")
T(R4, "10:00 local time", "time", "2049-03-15T10:00:00+02:00",
  "\"local time\" of the place just named (Braileni, the hearing), not of the blog: UTC+2, fixed by \"08:00 GMT\" after it")
T(R4, "08:00 GMT", "time", "2049-03-15T08:00:00+00:00", "the same instant as 10:00 local time, written in GMT")
T(R4, "02:00", "time", "2049-03-15T02:00:00-06:00",
  "\"02:00 here\": the blog's zone (GMT-6 by its header); the same instant — one instant in three zones")
T(R4, "30 minutes", "duration", "PT30M", "duration (\"will speak for 30 minutes\")")
T(R4, "in 2041", "date", "2041-01-01/2041-12-31", "a year (\"sketches he made in 2041\")", granularity="year")
T(R4, "tomorrow", "relative", "2049-03-16", "the day after the anchor (\"announce its decision tomorrow\")", after="its decision ")
T(R4, "17:00 Braileni time", "time", "2049-03-16T17:00:00+02:00", "a clock in a named city's time (UTC+2); tomorrow, Tuesday 16")
T(R4, "15:00 GMT", "time", "2049-03-16T15:00:00+00:00", "the same instant as 17:00 Braileni time, written in GMT")
T(R4, "09:00", "time", "2049-03-16T09:00:00-06:00",
  "\"09:00 here\": the blog's zone (GMT-6); the same instant — one instant in three zones", after="15:00 GMT, or ")
T(R4, "13:00", "time", "2049-03-15T13:00:00+02:00",
  "\"13:00 in Braileni\": Ruvenia's time (UTC+2), the anchor day — 05:00 on the blog's clock, just before the 05:05 entry")
T(R4, "May 14, 2046", "date", "2046-05-14", "a full date (\"before May 14, 2046\")")
T(R4, "09:00", "time", "2049-03-16T09:00:00-06:00",
  "\"Back at 09:00 tomorrow\": the blog's zone (GMT-6), the day after the anchor; the decision's time as the 03:40 entry gave it",
  after="Back at ")
T(R4, "tomorrow", "relative", "2049-03-16", "the day after the anchor (\"Back at 09:00 tomorrow\")", after="Back at 09:00 ")

# R5 anchor Wed 2049-03-17 (no dateline; the paper's city is Stoneharbour, UTC-6; clocks in Brăileni are UTC+2)
T(R5, "21:40", "time", "2049-03-09T21:40:00-06:00",
  "\"At 21:40 on Tuesday 9 March\": the paper's own city, Stoneharbour (UTC-6, as R1 fixes it); the same instant as R1's 21:40")
T(R5, "Tuesday 9 March", "date", "2049-03-09", "weekday, day and month without a year: the anchor's year")
T(R5, "Eight days", "duration", "P8D", "duration in words (\"Eight days later\", from Tuesday 9 to the anchor)")
T(R5, "yesterday", "relative", "2049-03-16", "the day before the anchor (\"gave its decision in Brăileni yesterday\")")
T(R5, "17:00 local time", "time", "2049-03-16T17:00:00+02:00",
  "\"local time\" of the place just named (Brăileni, UTC+2), not the paper's; yesterday, Tuesday 16")
T(R5, "09:00", "time", "2049-03-16T09:00:00-06:00",
  "\"09:00 in Stoneharbour\": UTC-6; the same instant as 17:00 in Brăileni")
T(R5, "on Monday", "weekday", "2049-03-22",
  "future, inside Vâlcescu's partial (\"the moment the courts open on Monday\"): the Monday after the anchor, not the Monday before",
  after="courts open ")
T(R5, "last week", "relative", "2049-03-08/2049-03-14", "the Monday–Sunday week before the anchor's (\"last week felt\")")
T(R5, "on Tuesday", "weekday", "2049-03-16", "the latest Tuesday before the anchor (\"said in a statement on Tuesday\")",
  after="in a statement ")
T(R5, "on Monday night", "weekday", "2049-03-15", "the latest Monday before the anchor (\"resigned ... on Monday night\")")
T(R5, "noon", "time", "2049-06-30T12:00:00+02:00",
  "\"at noon on 30 June in Brăileni\": 12:00 in Ruvenia's time (UTC+2) on the date after it")
T(R5, "30 June", "date", "2049-06-30", "day and month without a year, future: the anchor's year")
T(R5, "10:00 GMT", "time", "2049-06-30T10:00:00+00:00", "the same instant as noon in Brăileni, written in GMT")
T(R5, "04:00", "time", "2049-06-30T04:00:00-06:00",
  "\"04:00 in Stoneharbour\": UTC-6; the same instant — one instant in three places")
T(R5, "on Tuesday night", "weekday", "2049-03-16", "the latest Tuesday before the anchor (\"told Ruvenian radio on Tuesday night\")")
T(R5, "Earlier this month", "relative", "2049-03-01/2049-03-16",
  "the anchor's month up to the day before the anchor (the first part of Drăgulescu's split reported speech)")


# ---------------------------------------------------------------- numbers
N(R1, "212 entries", 212, "entry", "count")
N(R1, "2,400 seats", 2400, "seat", "count")
N(R1, "$340 million", 340000000, "usd", "money", approx="about", note="\"at an estimated cost of $340 million\": \"an estimated\" read as about")
N(R1, "61", 61, "year", "age", note="an age (\"Sorin Valcescu, 61,\")")
N(R1, "27-year-old", 27, "year", "age", note="an age as a hyphenated adjective")
N(R1, "two sets", 2, "set", "count", note="word number (\"the two sets of drawings\")")
N(R1, "14", 14, "feature", "count", after="She wrote that ", note="\"14 of the 17 features\": the noun after the second number")
N(R1, "17 features", 17, "feature", "count")
N(R1, "more than 3,100 times", 3100, "time", "count", approx="more_than", note="times the thesis was downloaded")
N(R1, "Two members", 2, "member", "count", note="word number opening a sentence")
N(R1, "nine-member", 9, "member", "count", note="word number as a hyphenated adjective (\"the nine-member jury\")")
N(R1, "less than 20 minutes", 20, "minute", "duration", approx="less_than")
N(R1, "over 48,000 times", 48000, "time", "count", approx="more_than", note="\"over\" read as more than; times the post was shared")

N(R2, "29", 29, "year", "age", note="an age (\"Ms Vâlcescu, now 29,\")")
N(R2, "16", 16, "student", "count", after="a group of ", note="\"a group of 16\": the studio's students, the noun left out")
N(R2, "about 70 people", 70, "person", "count", approx="about")
N(R2, "19 million ducats", 19000000, "ducat", "money", note="Ruvenia's currency")
N(R2, "$2.3 million", 2300000, "usd", "money", note="a decimal and 'million', in brackets after the amount in ducats")
N(R2, "ten days", 10, "day", "duration", note="word number (inside a partial)")
N(R2, "212 entries", 212, "entry", "count")
N(R2, "38 countries", 38, "country", "count")

N(R3, "27", 27, "year", "age", note="an age (\"Wren Brackley, 27,\")")
N(R3, "$340 million", 340000000, "usd", "money")
N(R3, "$19", 19, "usd", "money", note="an hourly wage (\"$19 an hour\"): \"an hour\" is a rate, neither a duration nor a number")
N(R3, "three days", 3, "day", "duration", note="word number")
N(R3, "more than two million times", 2000000, "time", "count", approx="more_than", note="a word number with 'million'")
N(R3, "61", 61, "year", "age", note="an age (\"Sorin Valcescu, 61,\")")
N(R3, "two girls", 2, "girl", "count", note="word number")
N(R3, "four months", 4, "month", "duration", note="word number")
N(R3, "88 per cent", 88, "percent", "percent", note="'per cent' in two words (inside Lamming's quote)")
N(R3, "three TV interviews", 3, "interview", "count", note="word number")

N(R4, "two architects", 2, "architect", "count", note="word number")
N(R4, "30 minutes", 30, "minute", "duration")
N(R4, "About 150 people", 150, "person", "count", approx="about")
N(R4, "nineteen", 19, "year", "age", note="an age in words (inside Valcescu's quote \"since I was nineteen\")")
N(R4, "Three", 3, "juror", "count", note="word number opening a quote (\"Three of the nine jurors\"): the noun after the second number")
N(R4, "nine jurors", 9, "juror", "count", note="word number")
N(R4, "44-step", 44, "step", "count", note="a number as a hyphenated adjective (\"the 44-step staircase\")")
N(R4, "41 other accounts", 41, "account", "count")

N(R5, "Eight days", 8, "day", "duration", note="word number opening a sentence")
N(R5, "nine-member", 9, "member", "count", note="word number as a hyphenated adjective")
N(R5, "61", 61, "year", "age", note="an age (\"Mr Vâlcescu, 61,\")")
N(R5, "two people", 2, "person", "count", note="word number (inside Vâlcescu's quote)")
N(R5, "$180,000", 180000, "usd", "money")
N(R5, "600-seat", 600, "seat", "count", note="a number as a hyphenated adjective")
N(R5, "40 to 60 entries", 40, "entry", "count", low=40, high=60, note="a range written with to")

ABOUT = ("Gold for the read stage on the invented held-out reports of demo/read-heldout29/reports.jsonl, "
         "written and committed before any reader ran on them. `file` is the report's `id`; `start`/`end` "
         "are BYTE offsets into the UTF-8 encoding of the report's `text` field; text[start:end] begins "
         "with `span`. Same format as demo/read-heldout25/gold.json. Generated by build_gold.py. See README.md here.")


G.write(ABOUT, DISTINCT, detailed=True)
