#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and the annotations below.

Run from anywhere: `python3 demo/read-heldout24/build_gold.py`. Offsets are computed here from the spans
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
# R1: Norrance Press, 2046-10-11 (Thu; wire; straight quotes; dateline "KLODOMIERZ, Orlavia, Oct 11 (Norrance Press) -" (a hyphen);
# no diacritics: "Slegow", "Bogumila Kroczynska", "Stanislawa Wroblewicz", "Wieslaw Gasiorek", "Klodomierz"; Orlavia keeps UTC+2:
# "23:15 local time on Tuesday (21:15 GMT)")
Q(R1, I, "the team from the University of Amberleigh had broken \"the first rule of digging in somebody else's country\" and would stay off the hillfort at Slegow until further notice",
  "National Monuments Inspectorate",
  "name + acronym before: The National Monuments Inspectorate (NMI), which licenses every dig in Orlavia, said", "said",
  note="reported speech without 'that'; a relative clause between the name and the verb; a partial inside")
Q(R1, D, "the first rule of digging in somebody else's country", "National Monuments Inspectorate",
  "name before: The National Monuments Inspectorate (NMI) ... said", "said", partial=True)
Q(R1, D, "Tell me this isn't a queen's door,", "Daniel Ashgrove",
  "pronoun after: he wrote beneath it → Daniel Ashgrove, the subject of the sentence before (who posted the picture on X)", "wrote",
  channel="post on X")
Q(R1, I, "The formal notice reached the NMI at 09:40 on Wednesday, more than ten hours after the post", "National Monuments Inspectorate",
  "description after the clause: the inspectorate said in a statement → the NMI", "said", channel="statement",
  note="clause first, the attribution after; the NMI named inside the clause is also the speaker; the sentence before ('Orlavian "
       "law requires ...') is the agency's own")
Q(R1, D, "We found out about the most important discovery of the decade from a stranger's phone,", "Stanislawa Wroblewicz",
  "name after (inverted): said Stanislawa Wroblewicz, the inspectorate's chief", "said")
Q(R1, D, "That is not how archaeology is done here. It will not happen again.", "Stanislawa Wroblewicz",
  "continuation: the quote after '..., said Stanislawa Wroblewicz, the inspectorate's chief.'", None, note="multi-sentence")
Q(R1, I, "the Corvantian team had treated Orlavia's past \"like a holiday snap\"", "Wieslaw Gasiorek",
  "title + name before: Culture Minister Wieslaw Gasiorek told reporters in Klodomierz that", "told", channel="told reporters",
  note="a place between the addressee and 'that'; the partial ends it")
Q(R1, D, "like a holiday snap", "Wieslaw Gasiorek", "name before: Wieslaw Gasiorek told reporters", "told", channel="told reporters",
  partial=True, note="the closing mark comes before the full stop")
Q(R1, I, "the permit could be restored if the university accepted Orlavian direction of the site", "Wieslaw Gasiorek",
  "pronoun before: He added that → Gasiorek, the subject of the sentence before", "added")
Q(R1, I, "a student volunteer, Rory Breward, 22, had struck the top of the doorway on Tuesday afternoon, about 3.5 metres below the surface",
  "Bogumila Kroczynska", "name + title before: Bogumila Kroczynska, the Orlavian co-director, said", "said",
  note="reported speech without 'that'; Breward, named inside the clause, is not the speaker")
Q(R1, D, "The seal is intact. Whoever lies behind it has not been disturbed for more than 2,000 years,", "Bogumila Kroczynska",
  "pronoun after: she said → Kroczynska, the subject of the sentence before", "said", note="multi-sentence")
Q(R1, I, "it was \"reviewing the circumstances\" and regretted any offence caused", "University of Amberleigh",
  "name before: The University of Amberleigh, which sent 14 staff and students to the dig, said late on Wednesday that", "said",
  note="a relative clause and a time phrase between the name and 'that'; 'Ashgrove did not reply to messages' before is no speech")
Q(R1, D, "reviewing the circumstances", "University of Amberleigh", "name before: The University of Amberleigh ... said", "said",
  partial=True)
Q(R1, I, "she had spoken to her Orlavian counterpart by telephone on Wednesday night and that Corvantia \"fully respects Orlavia's right to protect its heritage\"",
  "Verena Ashgrove",
  "title + name before: Corvantia's foreign minister, Verena Ashgrove, who is not related to the archaeologist, said", "said",
  note="'... and that ...': one record; the archaeologist Daniel Ashgrove, who shares her surname, is not the speaker")
Q(R1, D, "fully respects Orlavia's right to protect its heritage", "Verena Ashgrove", "name before: Verena Ashgrove ... said", "said",
  partial=True, note="the closing mark comes before the full stop")
Q(R1, I, "at least 60 cars had pulled up by the fence over the past two days, carrying people hoping for a glimpse", None,
  "unresolved: Residents of Slegow, a village of about 300 people ..., said (unnamed residents)", "said",
  note="reported speech without 'that'; a long appositive between the subject and the verb")

# R2: Dziennik Kłodomierski (English edition), 2046-10-13 (Sat; the Orlavian paper in English; straight quotes; dateline
# "KŁODOMIERZ, 13 October –" (en dash); diacritics: "Ślęgów", "Bogumiła Kroczyńska", "Stanisława Wróblewicz", "Wiesław Gąsiorek")
Q(R2, I, "the decision to publish it had been his alone", "Daniel Ashgrove",
  "description before: the archaeologist who took it ... admitted → Daniel Ashgrove (named in the third paragraph as the man who "
  "posted the image)", "admitted", note="reported speech without 'that'; the speaker only described, not named, in its sentence")
Q(R2, D, "We let down our Orlavian colleagues, and we let down the people of Ślęgów,", "Araminta Calverley",
  "pronoun after: she wrote → Araminta Calverley, who signed the apology (the sentence before)", "wrote", channel="statement",
  note="the university's apology, written by its president")
Q(R2, D, "Nothing we found there is ours.", "Araminta Calverley", "continuation: the quote after '..., she wrote.'", None,
  channel="statement")
Q(R2, I, "he had been \"carried away by the most extraordinary moment of my career\" and that he would accept whatever the inspectorate decided",
  "Daniel Ashgrove",
  "name before: Daniel Ashgrove, who posted the image ..., wrote in a post on X, his first since then, that", "wrote",
  channel="post on X", note="a relative clause and an appositive between the name, the channel and 'that'; '... and that ...': one record")
Q(R2, D, "carried away by the most extraordinary moment of my career", "Daniel Ashgrove",
  "name before: Daniel Ashgrove ... wrote in a post on X", "wrote", channel="post on X", partial=True,
  note="'my' inside the partial is the speaker's own word")
Q(R2, I, "looters had tried to reach the site on two nights since the photograph appeared and that the police guard of eight officers would stay until the chamber was opened",
  "Bogumila Kroczynska", "pronoun before: She told Dziennik Kłodomierski that → Kroczyńska, named in the sentence before", "told",
  channel="interview with Dziennik Kłodomierski", note="'that ... and that ...': one record")
Q(R2, D, "Rory climbed out of the trench, very pale, and said, 'Doctor, I think there is a door down here,' and I told him to stop being silly,",
  "Bogumila Kroczynska", "surname after: Kroczyńska said", "said", channel="interview with Dziennik Kłodomierski",
  note="holds a quote inside the quote (single straight marks) spoken by Rory")
Q(R2, D, "Doctor, I think there is a door down here,", "Rory Breward",
  "inside the outer quote: 'Rory climbed out of the trench ... and said,' → Rory Breward (the student of the sentence before); "
  "'Doctor' is the one addressed, Kroczyńska", "said", note="quote inside a quote whose speaker is NOT the outer speaker")
Q(R2, D, "Then I looked.", "Bogumila Kroczynska", "continuation: the quote after '..., Kroczyńska said.'", None,
  channel="interview with Dziennik Kłodomierski")
Q(R2, I, "the Corvantian co-director had been \"a fine scientist and a foolish guest\"", "Wieslaw Gasiorek",
  "title + name before: Culture Minister Wiesław Gąsiorek, who suspended the university's permit on Thursday, said", "said",
  note="reported speech without 'that'; a relative clause between the name and the verb; the partial ends it")
Q(R2, D, "a fine scientist and a foolish guest", "Wieslaw Gasiorek", "name before: Wiesław Gąsiorek ... said", "said", partial=True,
  note="the closing mark comes before the full stop")
Q(R2, I, "nothing found at Ślęgów will leave Orlavia", "Orlavia",
  "capital for its government before: Kłodomierz has told Sallowmere that → Orlavia's government (told to Corvantia's)", "told",
  note="a capital city speaks for its government and another capital is the addressee (both metonyms)")
Q(R2, I, "work could resume as early as next week under Orlavian direction", "Stanislawa Wroblewicz",
  "title + name before: The head of the NMI, Stanisława Wróblewicz, said", "said", note="reported speech without 'that'")
Q(R2, D, None, "Stanislawa Wroblewicz", "pronoun in the middle: she said → Wróblewicz, the subject of the sentence before", "said",
  parts=["I have no wish to punish a whole university for one man's excitement,",
         "but the door stays shut until we are ready, and we will decide when that is."],
  note="a direct quote split by its attribution: one record with two parts")
Q(R2, D, "We have waited two and a half thousand years for this lady. We can wait another week,", "Jozef Ciemiega",
  "name after (inverted): said Józef Ciemięga, the village head", "said", note="multi-sentence")
Q(R2, I, "she had sold 400 cups of coffee since Wednesday, more than in the whole of September", "Teresa Baczek",
  "name before: Teresa Bączek, who runs the only shop, said", "said", note="reported speech without 'that'; a relative clause between")
Q(R2, I, None, None, "unresolved: according to a colleague (unnamed), in the middle of the clause", "according to",
  after="The rest of the university's team",
  parts=["Ashgrove himself", "has stayed on at a guesthouse in the next village, waiting to learn whether he will be allowed back"],
  note="reported speech split by its attribution (', according to a colleague,'): one record with two parts; 'Ashgrove himself' "
       "is the subject of the clause, not the speaker")

# R3: The Daily Gander, 2046-10-15 (Mon; Corvantian tabloid; straight quotes; no dateline, no clock, no zone; no diacritics;
# labels: "Digger Dan", "Dan", "boffin"; capitals for emphasis: "BANNED", "TUESDAY", "WE")
Q(R3, I, "he only wanted to \"see her face\"", "Daniel Ashgrove",
  "label + name before: Disgraced Corvantian boffin Digger Dan Ashgrove last night pleaded that", "pleaded",
  note="a time phrase between the name and the verb; the partial ends it; what follows the dash is the paper's own")
Q(R3, D, "see her face", "Daniel Ashgrove", "name before: Digger Dan Ashgrove last night pleaded", "pleaded", partial=True,
  after="only wanted to", note="the same words recur at the end of his full quote two paragraphs on")
Q(R3, D, "I made a mistake and I'll carry it for the rest of my life. But I'd crawl there on my knees just to see her face.",
  "Daniel Ashgrove",
  "pronoun before, a colon: he told the Gander: → Ashgrove ('The 47-year-old from Amberleigh', the subject of the paragraph before)",
  "told", channel="interview with the Gander", note="multi-sentence")
Q(R3, I, "it was the best and worst week of his life", "Rory Breward",
  "name before: The student who actually found the door, Rory Breward, 22, who is back in lectures today, says", "says",
  note="present tense, without 'that'; an age and a relative clause between the name and the verb")
Q(R3, D, "Dan jumped down beside me and said, 'Nobody touch it, nobody even breathe on it,'", "Rory Breward",
  "surname after: Breward told us", "told", channel="interview with the Gander",
  note="holds a quote inside the quote spoken by 'Dan'; the outer quote ends with the inner closing mark")
Q(R3, D, "Nobody touch it, nobody even breathe on it,", "Daniel Ashgrove",
  "inside the outer quote: 'Dan jumped down beside me and said,' → Digger Dan, Daniel Ashgrove", "said",
  note="quote inside a quote whose speaker is NOT the outer speaker")
Q(R3, D, "Next thing I know, his picture is everywhere and we're all on a plane home.", "Rory Breward",
  "continuation: the quote after '..., Breward told us.'", None, channel="interview with the Gander", note="'his' inside is Ashgrove's")
Q(R3, I, "he had not slept properly since, and that his mum now wanted him to \"find a nice safe job in a bank\"", "Rory Breward",
  "surname before: Breward added that", "added", note="'that ..., and that ...': one record; the partial ends it")
Q(R3, D, "find a nice safe job in a bank", "Rory Breward", "surname before: Breward added that ... and that", "added", partial=True,
  note="words his mother wants, reported by Breward: his mother is not named and is not the speaker of the record")
Q(R3, I, "she was \"deeply ashamed\" of the whole affair", "Araminta Calverley",
  "title + name before: University president Araminta Calverley said on Friday that", "said",
  note="a time phrase between the verb and 'that'; 'Amberleigh's top brass' before is the university")
Q(R3, D, "deeply ashamed", "Araminta Calverley", "name before: Araminta Calverley said on Friday that", "said", partial=True)
Q(R3, D, "tourists with trowels", "Wieslaw Gasiorek",
  "title + name before: Their culture minister, Wieslaw Gasiorek, branded the Corvantian team", "branded", partial=True,
  note="a quoted fragment as the complement of 'branded'; no clause, so no indirect record")
Q(R3, I, "the door would stay shut \"until WE decide\"", "Stanislawa Wroblewicz",
  "title + name before: the country's top monuments official, Stanislawa Wroblewicz, said", "said",
  note="reported speech without 'that'; the partial ends it ('WE' in capitals)")
Q(R3, D, "until WE decide", "Stanislawa Wroblewicz", "name before: Stanislawa Wroblewicz, said", "said", partial=True,
  note="the closing mark comes before the full stop")
Q(R3, I, "Corvantia had \"no claim whatsoever\" on anything in the tomb", "Verena Ashgrove",
  "bare shared surname before: Ashgrove, who will meet her Orlavian counterpart in Klodomierz tomorrow, said on Saturday that → "
  "Foreign Minister Verena Ashgrove (the sentence before; 'her counterpart'), not Digger Dan", "said",
  note="a relative clause and a time phrase between the name and 'that'")
Q(R3, D, "no claim whatsoever", "Verena Ashgrove", "bare shared surname before: Ashgrove, ... said on Saturday that", "said",
  partial=True)
Q(R3, I, "he deserved a second chance", None,
  "unresolved: 58 per cent of readers in a Gander poll said (unnamed readers; the poll is the paper's own)", "said",
  note="reported speech without 'that' inside a long sentence")
Q(R3, I, "it could hold a princess - or even a queen - buried with her horses and her jewels, and bring the village millions in tourism",
  None, "unresolved: Experts say (unnamed)", "say", note="present tense, without 'that'; dashes set off an aside inside the clause")
Q(R3, I, "it will be opened later this week", None, "unresolved: Orlavian officials say (unnamed)", "say",
  note="present tense, without 'that'")
Q(R3, D, "Even if it's from behind the fence,", "Daniel Ashgrove",
  "pronoun after: he said → Digger Dan, the subject of the sentence before", "said")

# R4: Gorsefield Radio live blog, 2046-10-18 (Thu; plain-text scrape: a header line "LIVE: ... Thursday 18 October", then entries each
# beginning with a 12-hour stamp on a line of its own (Amberleigh time, UTC-5, fixed by "10am local time - that's 3am here in
# Amberleigh and 8am GMT"); straight quotes; no diacritics)
Q(R4, I, "about 200 villagers have gathered behind the police tape in the rain, some with folding chairs", "Lowenna Yelland",
  "first name before: Lowenna says → Lowenna Yelland, the reporter named in the entry before", "says",
  note="present tense, without 'that'")
Q(R4, D, "There's a man selling sausages out of a van. It feels more like a football match than an excavation,", "Lowenna Yelland",
  "pronoun after: she says → Lowenna, the subject of the sentence before", "says", note="multi-sentence")
Q(R4, I, "only five people will go down into the chamber: Bogumila Kroczynska, who now leads the dig alone, two conservators, a photographer and the inspectorate's chief, Stanislawa Wroblewicz",
  "National Monuments Inspectorate", "name before: The National Monuments Inspectorate says", "says",
  note="present tense, without 'that'; a list after a colon inside the clause; the people named inside are not speakers")
Q(R4, I, "Kroczynska went down the ladder first at 10.04 their time", "Lowenna Yelland",
  "first name after: Lowenna says (clause first)", "says", note="clause first, the attribution after")
Q(R4, D, "She is here. She is lying on her left side, and she is not alone.", "Bogumila Kroczynska",
  "name before, a colon: The first words from inside, from Kroczynska, relayed by the inspectorate: → Kroczynska (the inspectorate "
  "only relays them)", "relayed", channel="relayed by the inspectorate",
  note="multi-sentence; no finite speech verb of the speaker; a colon")
Q(R4, I, "the chamber held the skeleton of a woman, the remains of two horses and \"more amber than any of us has seen in one place\"",
  "National Monuments Inspectorate",
  "document of a group before: The inspectorate's statement said → the NMI", "said", channel="statement",
  note="reported speech without 'that'; the partial ends it")
Q(R4, D, "more amber than any of us has seen in one place", "National Monuments Inspectorate",
  "document before: The inspectorate's statement said", "said", channel="statement", partial=True,
  note="the closing mark comes before the full stop")
Q(R4, I, "his country had \"met one of its oldest citizens\"", "Wieslaw Gasiorek",
  "title + name before: Culture Minister Wieslaw Gasiorek, watching the feed in Klodomierz, wrote on X that", "wrote",
  channel="post on X", note="a participle phrase between the name and the verb")
Q(R4, D, "met one of its oldest citizens", "Wieslaw Gasiorek", "name before: Wieslaw Gasiorek ... wrote on X", "wrote",
  channel="post on X", partial=True, note="the closing mark comes before the full stop")
Q(R4, I, "the woman was probably between 30 and 40 when she died", "Bogumila Kroczynska",
  "surname before: Kroczynska, speaking to Lowenna through the fence, said", "said", channel="interview with Gorsefield Radio",
  note="reported speech without 'that'; a participle phrase between the name and the verb")
Q(R4, D, "We will call her the lady of Slegow until she tells us her name,", "Bogumila Kroczynska",
  "pronoun after: she said → Kroczynska, the subject of the sentence before (Lowenna, named in it, is not)", "said",
  channel="interview with Gorsefield Radio")
Q(R4, D, "Which she never will.", "Bogumila Kroczynska", "continuation: the quote after '..., she said.'", None,
  channel="interview with Gorsefield Radio")
Q(R4, D, "our Orlavian friends", "Verena Ashgrove",
  "title + name before: Foreign Minister Verena Ashgrove has sent her congratulations to", "sent", partial=True,
  note="a quoted fragment as the object of 'congratulations to'; no clause, so no indirect record")
Q(R4, D, "Corvantia is proud to have played a small part, and sorry that the part was not smaller.", "Verena Ashgrove",
  "title alone before, a colon: The minister said: → Verena Ashgrove, the foreign minister of the sentence before (not the culture "
  "minister Gasiorek of two entries earlier)", "said")
Q(R4, I, "he had watched every second and had \"no regrets about the tomb, only about the phone\"", "Daniel Ashgrove",
  "pronoun before: He told her → Ashgrove, caught up with 'as he left the site' (the archaeologist, not the foreign minister "
  "of two entries earlier)", "told", channel="interview with Gorsefield Radio",
  note="reported speech without 'that'; 'her' is the reporter; the partial ends it")
Q(R4, D, "no regrets about the tomb, only about the phone", "Daniel Ashgrove", "pronoun before: He told her", "told",
  channel="interview with Gorsefield Radio", partial=True, note="the closing mark comes before the full stop")
Q(R4, D, "She was worth the wait. I'm not sure I was,", "Daniel Ashgrove",
  "pronoun after: he said → Ashgrove, the speaker of the sentence before", "said", channel="interview with Gorsefield Radio",
  note="multi-sentence; 'She' inside is the woman in the tomb")
Q(R4, I, "three samples from the skeleton will go to a laboratory abroad on Monday and that results are expected by November 30",
  "National Monuments Inspectorate", "document of a group before: The inspectorate's statement says → the NMI", "says",
  channel="statement", note="present tense, without 'that' at first, then 'and that ...': one record")

# R5: The Sallowmere Examiner, 2046-10-21 (Sun; broadsheet; curly quotes and apostrophes; sayings in the present tense ("says",
# "tells", "calls", "concedes"); no dateline; diacritics; one instant in three named places)
Q(R5, I, None, "Bogumila Kroczynska", "name in the middle: Bogumiła Kroczyńska says", "says",
  parts=["There is a moment", "when an archaeologist stops being a scientist"],
  note="reported speech split by its attribution (', Bogumiła Kroczyńska says,'): one record with two parts; present tense")
Q(R5, D, "You are standing on a ladder in the dark and you think: I am the first person to see her in twenty-five centuries. Then you remember the cameras,",
  "Bogumila Kroczynska", "pronoun after: she says → Kroczyńska, the speaker of the sentence before", "says",
  note="multi-sentence; curly marks; an unmarked thought inside after 'you think:'")
Q(R5, D, "the finest piece of Iron Age metalwork east of the river", "Bogumila Kroczynska",
  "surname before: a gilded harness that Kroczyńska calls", "calls", partial=True,
  note="a quoted fragment as the complement of 'calls'; no clause, so no indirect record")
Q(R5, I, "the hearing “will be fair, and it will be quick”, and that she has read all of the 3,000 or so messages the university has received about him",
  "Araminta Calverley", "title + name before: Its president, Araminta Calverley, tells the Examiner that", "tells",
  channel="interview with the Examiner", note="present tense; 'that ..., and that ...': one record with a partial inside")
Q(R5, D, "will be fair, and it will be quick", "Araminta Calverley", "name before: Araminta Calverley, tells the Examiner", "tells",
  channel="interview with the Examiner", partial=True)
Q(R5, D, "Some of them want him sacked. Some want a statue of him,", "Araminta Calverley",
  "title alone after: the president says → Araminta Calverley, the university's president (the paragraph before)", "says",
  channel="interview with the Examiner", note="multi-sentence; 'the president' is the university's, not a head of state")
Q(R5, D, "Most just want to know what colour the amber is.", "Araminta Calverley",
  "continuation: the quote after '..., the president says.'", None, channel="interview with the Examiner")
Q(R5, I, "the photograph did real harm: looters came on two nights, and the police guard alone has cost her office the equivalent of about $85,000",
  "Stanislawa Wroblewicz",
  "name + title before: Stanisława Wróblewicz, the chief inspector of Orlavia’s National Monuments Inspectorate, says", "says",
  note="present tense, without 'that'; a colon inside the clause")
Q(R5, I, "the picture did some good", "Stanislawa Wroblewicz",
  "pronoun before: even she concedes → Wróblewicz, the subject of the paragraph before", "concedes",
  note="present tense, without 'that'")
Q(R5, D, "The minister rang me before breakfast and said, ‘Stanisława, why is there a tomb on my phone?’ Nobody in Orlavia had cared about the Iron Age for fifty years,",
  "Stanislawa Wroblewicz",
  "title alone after: the chief inspector says → Stanisława Wróblewicz", "says",
  note="multi-sentence; holds a quote inside the quote (curly single marks) spoken by 'The minister'; the inner quote ends with a "
       "question mark")
Q(R5, D, "Stanisława, why is there a tomb on my phone?", "Wieslaw Gasiorek",
  "inside the outer quote: 'The minister rang me ... and said,' → the culture minister, Wiesław Gąsiorek ('The minister in "
  "question, Wiesław Gąsiorek' in the paragraph after); 'Stanisława' is the one addressed", "said",
  note="quote inside a quote whose speaker is NOT the outer speaker, named only by title inside the quote")
Q(R5, D, "Now everybody wants to know who this woman was.", "Stanislawa Wroblewicz",
  "continuation: the quote after '..., the chief inspector says.'", None)
Q(R5, D, "tourists with trowels", "Wieslaw Gasiorek",
  "title + name before: The minister in question, Wiesław Gąsiorek, who last week called the Corvantian team", "called", partial=True,
  note="a quoted fragment as the complement of 'called' in a relative clause; no clause of speech, so no indirect record")
Q(R5, I, "he would like the harness to travel to Amberleigh for an exhibition in 2048, “once it has learned some manners”",
  "Wieslaw Gasiorek", "title + name before: The minister in question, Wiesław Gąsiorek, ... now says", "says",
  note="present tense, without 'that'; a relative clause between the name and the verb; the partial ends it")
Q(R5, D, "once it has learned some manners", "Wieslaw Gasiorek", "name before: Wiesław Gąsiorek ... now says", "says", partial=True,
  note="the closing mark comes before the full stop")
Q(R5, D, "the least a guest can do", None,
  "unresolved: a gesture officials in Kłodomierz describe as (unnamed officials)", "describe", partial=True,
  note="a quoted fragment as the complement of 'describe as'; no clause, so no indirect record")
Q(R5, I, "the harness alone weighs 1.8 kilograms", "National Monuments Inspectorate",
  "description before: According to the inspectorate, → the NMI", "according to", note="'According to X,' first, the clause after")
Q(R5, D, "For 2,500 years she kept her secret,", "Bogumila Kroczynska", "surname after: Kroczyńska says", "says")
Q(R5, D, "A week of being famous will not hurt her.", "Bogumila Kroczynska",
  "continuation: the quote after '..., Kroczyńska says.'", None)


# ---------------------------------------------------------------- entities
E("Orlavia", "country",
  ["Orlavia", ("Kłodomierz", None, ["Kłodomierz has told"])],
  metonyms=[{"alias": "Kłodomierz", "metonym_of": "Orlavia (its government)"}],
  adjectival=["Orlavian", "Orlavians"],
  note="the country of the dig; its capital stands for its government once, as a speaker: \"Kłodomierz has told Sallowmere that ...\" "
       "(R2); \"Orlavian\" and the tabloid's \"the Orlavians\" are demonyms, not mentions")
E("Klodomierz", "city", ["KLODOMIERZ", "Klodomierz", "KŁODOMIERZ", "Kłodomierz"],
  note="Orlavia's capital: the datelines (R1 KLODOMIERZ, R2 KŁODOMIERZ), \"told reporters in Klodomierz\" (R1), \"16:00 in "
       "Kłodomierz\" (R2), \"meet her Orlavian counterpart in Klodomierz\" (R3), \"watching the feed in Klodomierz\" (R4), \"officials "
       "in Kłodomierz\" (R5); canonical name without diacritics; the metonym context (R2) is claimed by Orlavia; the paper's name "
       "\"Dziennik Kłodomierski\" is not a mention")
E("Corvantia", "country",
  ["Corvantia", ("Sallowmere", None, ["told Sallowmere", "Sallowmere, for its part"])],
  metonyms=[{"alias": "Sallowmere", "metonym_of": "Corvantia (its government)"}],
  adjectival=["Corvantian"],
  note="the university's country (R1 twice, R3, R4); its capital stands for its government twice: the addressee in \"Kłodomierz has "
       "told Sallowmere\" (R2) and \"Sallowmere, for its part, has offered to pay ...\" (R5)")
E("Sallowmere", "city", ["Sallowmere"],
  note="Corvantia's capital: \"In Sallowmere, Foreign Minister Verena Ashgrove ...\" (R4); the metonym contexts (R2, R5) are "
       "claimed by Corvantia; the broadsheet's name \"The Sallowmere Examiner\" is not in any text")
E("Slegow", "village", ["Slegow", "Ślęgów"],
  note="the Orlavian village of the hillfort and the tomb: \"Slegow\" (R1, R3, R4), \"Ślęgów\" (R2, R5); canonical name without "
       "diacritics; also in \"23:15 Slegow time\" and \"the lady of Slegow\" (R4)")
E("Amberleigh", "city", ["Amberleigh"],
  note="the Corvantian city of the university: \"9am in Amberleigh\" (R2), \"from Amberleigh\" (R3), \"here in Amberleigh\" (R4), "
       "\"16:15 in Amberleigh\", \"travel to Amberleigh\" (R5); the \"Amberleigh\" inside \"University of Amberleigh\" is the "
       "university's, and the tabloid's \"Amberleigh's top brass\" (R3) stands for the university")
E("University of Amberleigh", "university",
  ["University of Amberleigh", ("Amberleigh", None, ["Amberleigh's top brass"])],
  metonyms=[{"alias": "Amberleigh", "metonym_of": "University of Amberleigh"}],
  note="the Corvantian university whose team dug with the Orlavians: full name in R1 (twice) and R2; the tabloid's \"Amberleigh's "
       "top brass\" (R3) is the university, not the city; \"the university\" elsewhere is not annotated")
E("National Monuments Inspectorate", "government body",
  ["National Monuments Inspectorate", "NMI",
   ("inspectorate", None, ["the inspectorate said in a statement", "inspectorate's statement said", "inspectorate's statement says",
                           "According to the inspectorate"])],
  note="Orlavia's heritage authority: expansion and acronym in R1 (\"The National Monuments Inspectorate (NMI)\", \"the NMI\"), the "
       "acronym alone in R2 (\"The head of the NMI\"), the expansion in R4 and R5; \"the inspectorate\" claimed where it speaks (R1 "
       "\"the inspectorate said in a statement\", R4 \"The inspectorate's statement said\" and \"says\", R5 \"According to the "
       "inspectorate\"); the other \"the inspectorate\" are not annotated")
E("X", "platform", ["X"])
E("Norrance Press", "news agency", ["Norrance Press"], note="its dateline (R1)")
E("Dziennik Klodomierski", "media outlet", [("Dziennik Kłodomierski", [R2])],
  note="\"She told Dziennik Kłodomierski\" (R2); canonical name without diacritics")
E("The Daily Gander", "media outlet", [("Gander", [R3])], note="\"told the Gander\", \"a Gander poll\" (R3)")
E("The Sallowmere Examiner", "media outlet", [("Examiner", [R5])], note="\"tells the Examiner\" (R5)")
E("Daniel Ashgrove", "person",
  ["Daniel Ashgrove", ("Ashgrove", [R1, R2, R4, R5]), ("Ashgrove", None, ["Digger Dan Ashgrove"]), ("Digger Dan", [R3]),
   ("Dan", [R3])],
  note="the Corvantian co-director who posted the photograph: full name in R1, R2, R4, R5; bare \"Ashgrove\" (R1 \"Ashgrove did "
       "not reply\", R2 \"Ashgrove himself\", R4 \"caught up with Ashgrove\", R5 \"Ashgrove, 47,\" and \"lets Ashgrove return\"); the "
       "tabloid's label \"Digger Dan\" (R3, three times, once as \"Digger Dan Ashgrove\") and \"Dan\" inside Breward's quote; R3's only "
       "bare \"Ashgrove\" is the foreign minister's; the \"Ashgrove\" inside \"Verena Ashgrove\" is hers")
E("Verena Ashgrove", "person",
  ["Verena Ashgrove", ("Ashgrove", None, ["Ashgrove, who will meet her"]), ("The minister", None, ["The minister said:"])],
  note="Corvantia's foreign minister, no relation of the archaeologist: full name in R1, R3, R4; the bare \"Ashgrove, who will meet "
       "her Orlavian counterpart ...\" (R3); \"The minister said:\" (R4) claimed")
E("Bogumila Kroczynska", "person",
  ["Bogumila Kroczynska", "Bogumiła Kroczyńska", "Kroczynska", "Kroczyńska"],
  note="the Orlavian co-director, then sole director: \"Bogumila Kroczynska\" (R1, R4), \"Bogumiła Kroczyńska\" (R2, R5), "
       "\"Kroczynska\" (R1 once, nested in the full name; R4 four times), \"Kroczyńska\" (R2, R5 twice); canonical name without diacritics; the \"Doctor\" Rory addresses "
       "(R2) is not annotated")
E("Rory Breward", "person",
  ["Rory Breward", ("Rory", [R2]), ("Breward", [R3])],
  note="the student volunteer who found the doorway: \"Rory Breward\" (R1, R3), \"Rory\" inside Kroczyńska's quote (R2), \"Breward\" "
       "(R3 twice)")
E("Stanislawa Wroblewicz", "person",
  ["Stanislawa Wroblewicz", "Stanisława Wróblewicz", ("Stanisława", [R5]),
   ("the chief inspector", None, ["the chief inspector says"])],
  note="chief of the National Monuments Inspectorate: \"Stanislawa Wroblewicz\" (R1, R3, R4), \"Stanisława Wróblewicz\" (R2, R5), "
       "\"Stanisława\" addressed inside the inner quote (R5), \"the chief inspector says\" claimed (R5); canonical name without "
       "diacritics")
E("Wieslaw Gasiorek", "person",
  ["Wieslaw Gasiorek", "Wiesław Gąsiorek", ("The minister", None, ["The minister rang me"])],
  note="Orlavia's culture minister: \"Wieslaw Gasiorek\" (R1, R3, R4), \"Wiesław Gąsiorek\" (R2, R5); \"The minister rang me\" inside "
       "Wróblewicz's quote (R5) claimed, as the speaker of the inner quote; canonical name without diacritics")
E("Araminta Calverley", "person",
  ["Araminta Calverley", ("the president", None, ["the president says"])],
  note="president of the University of Amberleigh: full name in R2, R3, R5; \"the president says\" claimed (R5)")
E("Lowenna Yelland", "person", ["Lowenna Yelland", ("Lowenna", [R4])],
  note="the radio's reporter at the fence (R4): full name once, then \"Lowenna\" (five times)")
E("Jozef Ciemiega", "person", ["Józef Ciemięga"], note="the head of Ślęgów (R2); canonical name without diacritics")
E("Teresa Baczek", "person", ["Teresa Bączek"], note="runs the village shop (R2); canonical name without diacritics")

DISTINCT = [
    ("Daniel Ashgrove", "Verena Ashgrove", "two people sharing a surname, no relation (R3's bare \"Ashgrove, who will meet her ...\" is "
     "the minister's; R4's \"caught up with Ashgrove as he left the site\" is the archaeologist's)"),
    ("Orlavia", "Klodomierz", "the government (metonym, R2) vs the capital city"),
    ("Corvantia", "Sallowmere", "the government (metonyms, R2, R5) vs the capital city"),
    ("University of Amberleigh", "Amberleigh", "the university (\"Amberleigh's top brass\", R3) vs the city"),
    ("National Monuments Inspectorate", "Stanislawa Wroblewicz", "the inspectorate vs its chief"),
    ("University of Amberleigh", "Araminta Calverley", "the university vs its president"),
    ("Bogumila Kroczynska", "Rory Breward", "outer vs inner speaker of R2's nested quote"),
    ("Rory Breward", "Daniel Ashgrove", "outer vs inner speaker of R3's nested quote ('Dan')"),
    ("Stanislawa Wroblewicz", "Wieslaw Gasiorek", "outer vs inner speaker of R5's nested quote ('The minister')"),
    ("Wieslaw Gasiorek", "Verena Ashgrove", "the two countries' ministers: \"The minister\" is Ashgrove in R4 and Gąsiorek in R5"),
    ("Bogumila Kroczynska", "Stanislawa Wroblewicz", "the two Orlavian women of the story (both \"she said\")"),
    ("Lowenna Yelland", "Bogumila Kroczynska", "the reporter vs the archaeologist she speaks to (R4's \"she says\" and \"she said\")"),
    ("Bogumila Kroczynska", "Daniel Ashgrove", "the two co-directors"),
    ("Slegow", "Klodomierz", "the village vs the capital"),
    ("Dziennik Klodomierski", "Klodomierz", "the paper vs the capital in its name and dateline"),
]


# ---------------------------------------------------------------- times
# R1 anchor Thu 2046-10-11 (Orlavia keeps UTC+2: "23:15 local time on Tuesday (21:15 GMT)")
T(R1, "Oct 11", "date", "2046-10-11", "dateline; abbreviated month without a period and day, year of the publication date")
T(R1, "on Thursday", "weekday", "2046-10-11", "the anchor day (\"suspended ... permit on Thursday\")", after="excavation permit ")
T(R1, "23:15 local time", "time", "2046-10-09T23:15:00+02:00",
  "\"local time\" of Slegow (Orlavia, the dateline's country); the GMT equivalent in brackets (21:15 GMT) fixes the offset at "
  "UTC+2; the day from \"on Tuesday\" after it")
T(R1, "on Tuesday", "weekday", "2046-10-09", "the latest Tuesday before the anchor (\"23:15 local time on Tuesday\")",
  after="23:15 local time ")
T(R1, "21:15 GMT", "time", "2046-10-09T21:15:00+00:00", "the same instant as 23:15 local time on Tuesday, written in GMT")
T(R1, "Wednesday evening", "weekday", "2046-10-10", "the latest Wednesday before the anchor (\"By Wednesday evening\")")
T(R1, "09:40", "time", "2046-10-10T09:40:00+02:00",
  "a clock with no zone: Orlavian time (the dateline's, UTC+2 by \"23:15 local time ... (21:15 GMT)\"); the day from \"on "
  "Wednesday\" after it")
T(R1, "on Wednesday", "weekday", "2046-10-10", "the latest Wednesday before the anchor (\"at 09:40 on Wednesday\")", after="at 09:40 ")
T(R1, "ten hours", "duration", "PT10H", "duration in words (\"more than ten hours after the post\")")
T(R1, "2,000 years", "duration", "P2000Y", "duration (inside Kroczynska's quote \"for more than 2,000 years\")")
T(R1, "on Tuesday afternoon", "weekday", "2046-10-09", "the latest Tuesday before the anchor (\"struck the top of the doorway on Tuesday afternoon\")")
T(R1, "on Thursday", "weekday", "2046-10-11", "the anchor day (\"did not reply to messages on Thursday\")",
  after="did not reply to messages ")
T(R1, "late on Wednesday", "weekday", "2046-10-10", "the latest Wednesday before the anchor (\"said late on Wednesday\")")
T(R1, "on Wednesday night", "weekday", "2046-10-10", "the latest Wednesday before the anchor (\"by telephone on Wednesday night\")")
T(R1, "noon", "time", "2046-10-10T12:00:00+02:00", "\"since noon on Wednesday\": 12:00 Orlavian time (UTC+2) on the Wednesday after it",
  after="since noon")
T(R1, "on Wednesday", "weekday", "2046-10-10", "the latest Wednesday before the anchor (\"since noon on Wednesday\")", after="since noon ")
T(R1, "two days", "duration", "P2D", "duration in words (\"over the past two days\")")

# R2 anchor Sat 2046-10-13 (Kłodomierz UTC+2; Amberleigh UTC-5: "9am in Amberleigh, or 16:00 in Kłodomierz")
T(R2, "13 October", "date", "2046-10-13", "dateline in day-month order; year of the publication date")
T(R2, "yesterday", "relative", "2046-10-12", "the day before the anchor (\"apologised yesterday\")")
T(R2, "9am", "time", "2046-10-12T09:00:00-05:00",
  "\"9am in Amberleigh\": Corvantian time, UTC-5 (seven hours behind Kłodomierz, as \"or 16:00 in Kłodomierz\" after it shows); "
  "the day of the apology, yesterday (Friday)")
T(R2, "16:00", "time", "2046-10-12T16:00:00+02:00",
  "\"16:00 in Kłodomierz\": Orlavian time, UTC+2; the same instant as 9am in Amberleigh (14:00 GMT)")
T(R2, "late on Tuesday", "weekday", "2046-10-09", "the latest Tuesday before the anchor (\"posted the image ... late on Tuesday\")")
T(R2, "on Thursday", "weekday", "2046-10-11", "the latest Thursday before the anchor (\"suspended the university's permit on Thursday\")")
T(R2, "next week", "relative", "2046-10-15/2046-10-21", "the Monday–Sunday week after the anchor's (\"could resume as early as next week\")")
T(R2, "two and a half thousand years", "duration", "P2500Y", "duration in words with a fraction (inside Ciemięga's quote)")
T(R2, "another week", "duration", "P1W", "duration (inside Ciemięga's quote \"We can wait another week\")")
T(R2, "Wednesday", "weekday", "2046-10-10", "the latest Wednesday before the anchor (\"sold 400 cups of coffee since Wednesday\")")
T(R2, "September", "date", "2046-09-01/2046-09-30", "a month without a year, past (\"the whole of September\"): the anchor's year",
  granularity="month")
T(R2, "on Friday", "weekday", "2046-10-12", "the latest Friday before the anchor (\"flew home on Friday\")")

# R3 anchor Mon 2046-10-15 (no dateline, no clock, no zone)
T(R3, "last night", "relative", "2046-10-14", "the night before the anchor day (\"Digger Dan Ashgrove last night pleaded\")")
T(R3, "TUESDAY night", "weekday", "2046-10-09",
  "\"on TUESDAY night\" in capitals: the latest Tuesday before the anchor (a Monday paper), 9 October")
T(R3, "today", "relative", "2046-10-15", "the anchor day (\"who is back in lectures today\")")
T(R3, "on Friday", "weekday", "2046-10-12", "the latest Friday before the anchor (\"Araminta Calverley said on Friday\")")
T(R3, "since 2039", "date", "2039-01-01/2039-12-31", "a year (\"run jointly with Orlavian experts since 2039\")", granularity="year")
T(R3, "October 26", "date", "2046-10-26", "month and day without a year (\"had been due to wrap up on October 26\"): the anchor's year")
T(R3, "tomorrow", "relative", "2046-10-16", "the day after the anchor (\"will meet her Orlavian counterpart in Klodomierz tomorrow\")")
T(R3, "on Saturday", "weekday", "2046-10-13", "the latest Saturday before the anchor (\"said on Saturday\")")
T(R3, "later this week", "relative", "2046-10-16/2046-10-21",
  "the rest of the anchor's Monday–Sunday week after the anchor day (\"it will be opened later this week\")")

# R4 anchor Thu 2046-10-18; stamps are Amberleigh time, UTC-5 ("10am local time - that's 3am here in Amberleigh and 8am GMT")
T(R4, "Thursday 18 October", "date", "2046-10-18", "weekday, day and month without a year in the blog's header: the anchor day")
for stamp, hm in (("2.35am", "02:35"), ("2.48am", "02:48"), ("2.59am", "02:59"), ("3.07am", "03:07"), ("3.26am", "03:26"),
                  ("3.41am", "03:41"), ("3.55am", "03:55"), ("4.10am", "04:10"), ("4.32am", "04:32"), ("4.50am", "04:50"),
                  ("5.15am", "05:15")):
    T(R4, stamp, "time", f"2046-10-18T{hm}:00-05:00",
      "a live-blog entry stamp (12-hour clock with a full stop) on a line of its own, no zone of its own: Amberleigh time, UTC-5 "
      "(\"3am here in Amberleigh and 8am GMT\"); the anchor day (the header's Thursday 18 October)")
T(R4, "10am local time", "time", "2046-10-18T10:00:00+02:00",
  "\"local time\" of the place just named (Slegow, UTC+2), not of the blog (Amberleigh); the same instant as 3am here and 8am GMT")
T(R4, "3am", "time", "2046-10-18T03:00:00-05:00", "\"3am here in Amberleigh\": the blog's zone; the same instant as 10am local time")
T(R4, "8am GMT", "time", "2046-10-18T08:00:00+00:00", "clock time with its zone; the same instant — one instant in three zones")
T(R4, "10.04 their time", "time", "2046-10-18T10:04:00+02:00",
  "\"their time\": Slegow's (UTC+2), not the blog's; the same instant as 3.04am Amberleigh time, just before the 3.07am entry")
T(R4, "23:15 Slegow time", "time", "2046-10-09T23:15:00+02:00", "the village's time (UTC+2); the day from \"on October 9\" after it")
T(R4, "October 9", "date", "2046-10-09", "month and day without a year: the anchor's year")
T(R4, "4.15pm", "time", "2046-10-09T16:15:00-05:00",
  "\"or 4.15pm here\": Amberleigh time (UTC-5); the same instant as 23:15 Slegow time, the same calendar day")
T(R4, "two days", "duration", "P2D", "duration in words (\"suspended the dig two days later\")")
T(R4, "on Tuesday", "weekday", "2046-10-16", "the latest Tuesday before the anchor (\"lifted the ban on Tuesday\")")
T(R4, "on Monday", "weekday", "2046-10-22", "future (\"will go to a laboratory abroad on Monday\"): the Monday after the anchor")
T(R4, "November 30", "date", "2046-11-30", "month and day without a year, future (\"expected by November 30\"): the anchor's year")
T(R4, "7am", "time", "2046-10-18T07:00:00-05:00",
  "\"on the breakfast show at 7am\": the blog's own zone (Amberleigh, UTC-5), the anchor day", after="breakfast show at ")

# R5 anchor Sun 2046-10-21 (no dateline; clocks in named places: Ślęgów UTC+2, Amberleigh UTC-5, and GMT)
T(R5, "twenty-five centuries", "duration", "P2500Y", "duration in words (inside Kroczyńska's quote)")
T(R5, "on Thursday", "weekday", "2046-10-18", "the latest Thursday before the anchor (\"The chamber she entered on Thursday\")")
T(R5, "nine days", "duration", "P9D", "duration in words (\"For nine days earlier this month\")")
T(R5, "earlier this month", "relative", "2046-10-01/2046-10-20", "the anchor's month up to the day before the anchor")
T(R5, "9 October", "date", "2046-10-09", "day and month without a year (\"On 9 October\"): the anchor's year", after="On 9")
T(R5, "23:15", "time", "2046-10-09T23:15:00+02:00",
  "\"at 23:15 in Ślęgów\": the village's time, UTC+2 (no offset written; the GMT time after it fixes it); 9 October")
T(R5, "21:15 GMT", "time", "2046-10-09T21:15:00+00:00", "clock time with its zone; the same instant")
T(R5, "16:15", "time", "2046-10-09T16:15:00-05:00",
  "\"16:15 in Amberleigh\": Corvantian time, UTC-5 (five hours behind the GMT time before it); the same instant — one instant in "
  "three places")
T(R5, "29 October", "date", "2046-10-29", "day and month without a year, future (\"a disciplinary hearing on 29 October\"): the anchor's year")
T(R5, "fifty years", "duration", "P50Y", "duration in words (inside Wróblewicz's quote)")
T(R5, "last week", "relative", "2046-10-08/2046-10-14",
  "the Monday–Sunday week before the anchor's (\"who last week called the Corvantian team ...\")")
T(R5, "in 2048", "date", "2048-01-01/2048-12-31", "a year (\"an exhibition in 2048\")", granularity="year")
T(R5, "on Tuesday", "weekday", "2046-10-16", "the latest Tuesday before the anchor (\"The agreement signed on Tuesday\")")
T(R5, "2,500 years", "duration", "P2500Y", "duration (inside Kroczyńska's quote \"For 2,500 years\")")
T(R5, "A week", "duration", "P1W", "duration (inside Kroczyńska's quote \"A week of being famous\")")


# ---------------------------------------------------------------- numbers
N(R1, "more than 40,000 times", 40000, "time", "count", approx="more_than", note="reposts of a post")
N(R1, "more than ten hours", 10, "hour", "duration", approx="more_than", note="word number")
N(R1, "22", 22, "year", "age", after="Rory Breward, ", note="an age (\"Rory Breward, 22,\")")
N(R1, "about 3.5 metres", 3.5, "metre", "length", approx="about", note="a decimal")
N(R1, "more than 2,000 years", 2000, "year", "duration", approx="more_than", note="inside Kroczynska's quote")
N(R1, "14 staff and students", 14, "person", "count", note="the noun is a pair of nouns (\"staff and students\")")
N(R1, "about 300 people", 300, "person", "count", approx="about")
N(R1, "some 140 kilometres", 140, "kilometre", "distance", approx="about", note="\"some\" read as about")
N(R1, "at least 60 cars", 60, "car", "count", approx="at_least")
N(R1, "two days", 2, "day", "duration", note="word number")

N(R2, "nine seasons", 9, "season", "count", note="word number (excavation seasons)")
N(R2, "two nights", 2, "night", "count", note="word number")
N(R2, "eight officers", 8, "officer", "count", note="word number")
N(R2, "two and a half thousand years", 2500, "year", "duration", note="a fraction of a thousand in words (inside Ciemięga's quote)")
N(R2, "fewer than 300 people", 300, "person", "count", approx="less_than")
N(R2, "400 cups", 400, "cup", "count")
N(R2, "13 students and staff", 13, "person", "count", note="the noun is a pair of nouns")

N(R3, "47-year-old", 47, "year", "age", note="an age as a hyphenated adjective, used as a noun (\"The 47-year-old from Amberleigh\")")
N(R3, "2,000-year-old", 2000, "year", "age", note="an age as a hyphenated adjective (\"a sealed 2,000-year-old doorway\")")
N(R3, "22", 22, "year", "age", after="Rory Breward, ", note="an age (\"Rory Breward, 22,\")")
N(R3, "More than 11,000 fans", 11000, "fan", "count", approx="more_than")
N(R3, "58 per cent", 58, "percent", "percent", note="\"per cent\" in two words")
N(R3, "$6,400", 6400, "usd", "money")

N(R4, "about 200 villagers", 200, "villager", "count", approx="about")
N(R4, "five people", 5, "person", "count", note="word number")
N(R4, "two conservators", 2, "conservator", "count", note="word number, inside a list")
N(R4, "More than 90,000 people", 90000, "person", "count", approx="more_than")
N(R4, "two horses", 2, "horse", "count", note="word number (inside the statement's clause)")
N(R4, "212 amber beads", 212, "bead", "count", note="an adjective between the number and its noun")
N(R4, "two pottery jars", 2, "jar", "count", note="word number, an adjective between")
N(R4, "between 30 and 40", 30, "year", "age", low=30, high=40, note="an age range written with between ... and, no noun")
N(R4, "two days", 2, "day", "duration", note="word number (\"two days later\")")
N(R4, "two governments", 2, "government", "count", note="word number")
N(R4, "three samples", 3, "sample", "count", note="word number")

N(R5, "twenty-five centuries", 25, "century", "duration", note="hyphenated word number (inside Kroczyńska's quote)")
N(R5, "140 kilometres", 140, "kilometre", "distance")
N(R5, "between 30 and 40", 30, "year", "age", low=30, high=40, note="an age range (\"a woman aged between 30 and 40\")")
N(R5, "two horses", 2, "horse", "count", note="word number")
N(R5, "212 amber beads", 212, "bead", "count")
N(R5, "nine days", 9, "day", "duration", note="word number")
N(R5, "47", 47, "year", "age", note="an age (\"Ashgrove, 47,\")")
N(R5, "3,000 or so messages", 3000, "message", "count", approx="about", note="\"or so\" after the number read as about")
N(R5, "two nights", 2, "night", "count", note="word number (inside Wróblewicz's reported clause)")
N(R5, "about $85,000", 85000, "usd", "money", approx="about", note="\"the equivalent of about $85,000\"")
N(R5, "fifty years", 50, "year", "duration", note="word number (inside Wróblewicz's quote)")
N(R5, "1.8 kilograms", 1.8, "kilogram", "weight", note="a decimal")
N(R5, "2,500 years", 2500, "year", "duration", note="inside Kroczyńska's quote")

ABOUT = ("Gold for the read stage on the invented held-out reports of demo/read-heldout24/reports.jsonl, "
         "written and committed before any reader ran on them. `file` is the report's `id`; `start`/`end` "
         "are BYTE offsets into the UTF-8 encoding of the report's `text` field; text[start:end] begins "
         "with `span`. Same format as demo/read-heldout23/gold.json. Generated by build_gold.py. See README.md here.")


G.write(ABOUT, DISTINCT, detailed=True)
