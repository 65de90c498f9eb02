#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and the annotations below.

Run from anywhere: `python3 demo/read-heldout14/build_gold.py`. Offsets are computed here from the spans
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
# R1: Corvid News Wire, 2039-05-16 (Mon; straight quotes; dateline "DUNMARROW, Merrovia, May 16 (CNW) –", an en dash;
# no diacritics: "Varkony", "Tarnoc", "Gabor Kohegyi", "Kohegyi Print")
Q(R1, I, "it took the decision at 06:15 local time (05:15 GMT), once its staff had confirmed that the pictures, first posted at 22:40 on Sunday, showed the genuine Paper 2 of the Upper Certificate",
  "Merrovian Examinations Authority", "name before: The Merrovian Examinations Authority (MEA) said", "said",
  note="reported speech without 'that'; a 'that' clause nested inside it ('had confirmed that ...') is part of it")
Q(R1, I, "The paper will now be sat on June 2", "Merrovian Examinations Authority",
  "description after the clause: the authority said → the MEA, the subject of the sentence before", "said",
  note="clause first, attribution after")
Q(R1, D, "I am deeply sorry. Students have worked for two years towards this morning, and they deserved better from us,",
  "Silas Mountjoy", "title + name after (inverted): said Dr Silas Mountjoy, the authority's chief executive", "said",
  note="multi-sentence")
Q(R1, D, "But I will not let a single certificate rest on a paper that thousands of people have already seen.", "Silas Mountjoy",
  "continuation: the second quote of the paragraph, after the inverted attribution of the first", None)
Q(R1, I, "The pictures had been shared more than 40,000 times by 07:00", "National Crime Unit",
  "name after the clause: according to the National Crime Unit (NCU)", "according to",
  note="clause first, 'according to' after; the relative clause after the name ('which has opened an investigation') is not part of it")
Q(R1, I, "the unit was working with police in neighbouring Varkony, where the papers are printed", "Rowena Garlick",
  "title + name before: Detective Chief Inspector Rowena Garlick, who leads the inquiry, said", "said",
  note="reported speech without 'that'; a relative clause between the name and the verb")
Q(R1, D, "We know which batch this copy came from. I am not going to say more than that today,", "Rowena Garlick",
  "pronoun after: she told CNW → Garlick, the subject of the sentence before", "told", channel="interview with CNW",
  note="multi-sentence")
Q(R1, I, "his company \"takes the security of every sheet seriously\" and would help investigators", "Gabor Kohegyi",
  "name before: Its owner, Gabor Kohegyi, said in a statement that", "said", channel="statement",
  note="the company (Kohegyi Print) is the subject of the sentence before; its owner speaks")
Q(R1, D, "takes the security of every sheet seriously", "Gabor Kohegyi", "name before: Gabor Kohegyi, said in a statement that",
  "said", channel="statement", partial=True)
Q(R1, I, "no student would be marked down because of the delay and that schools would receive new timetables on Tuesday",
  "Honora Blackthorne", "title + name before: Education Minister Honora Blackthorne said that", "said",
  note="'that ... and that ...': one record; a future weekday inside")
Q(R1, D, "an attack on every child who did the work", "Honora Blackthorne",
  "title alone: The minister called the leak → Education Minister Honora Blackthorne, the sentence before", "called",
  partial=True, note="a quoted fragment with no reported clause around it: a direct partial record only; the closing mark comes before the full stop")
Q(R1, I, "many students had already arrived at their schools when the cancellation was announced", "Padraig Oulton",
  "name before: Padraig Oulton, general secretary of the Merrovian Teachers' Federation (MTF), said", "said",
  note="reported speech without 'that'; the federation inside the apposition is not the speaker")
Q(R1, D, "Some of them were in tears at the gates. Some of them looked relieved, which tells you how many had seen it,",
  "Padraig Oulton", "pronoun after: he said → Oulton, the subject of the sentence before", "said", note="multi-sentence")
Q(R1, I, "It is the authority's second security failure in three years: in 2037 a chemistry paper was delivered to the wrong school",
  "Merrovian Examinations Authority", "acronym after the clause: the MEA said", "said",
  note="clause first, attribution after; a colon inside the clause")

# R2: The Dunmarrow Intelligencer, 2039-05-18 (Wed; curly quotes and curly apostrophes; "per cent"; no dateline; diacritics:
# "Várkony", "Tarnóc", "Gábor Kőhegyi", "Kőhegyi Print", "Zoltán B."; present tense for some speakers)
Q(R2, I, "the man, whom it names only as Zoltán B., had photographed the paper during his night shift on Sunday and sold the images “for a few thousand euros”",
  "Varkony National Police", "name before: The Várkony National Police said in a statement that", "said", channel="statement",
  note="'had ... and sold ...': one record; 'Zoltán B.' inside must not end a sentence")
Q(R2, D, "for a few thousand euros", "Varkony National Police", "name before: The Várkony National Police said in a statement that",
  "said", channel="statement", partial=True, note="the closing mark comes before the full stop")
Q(R2, I, "a serial number visible in one photograph matches a batch printed in Tarnóc last week, and that no copy of that batch ever left the works",
  "Silas Mountjoy", "title + name before: Dr Silas Mountjoy, the authority’s chief executive, tells the Intelligencer that", "tells",
  channel="interview with the Intelligencer", note="present tense; '..., and that ...': one record")
Q(R2, D, None, "Silas Mountjoy", "pronoun in the middle: he says → Mountjoy, the subject of the sentence before", "says",
  channel="interview with the Intelligencer",
  parts=["Either the leak happened inside that building,", "or somebody walked out of it with a paper under his coat. Neither is acceptable."],
  note="split quote, the attribution (', he says,') between the parts; the second part is two sentences")
Q(R2, I, "the contract with Kőhegyi Print, worth €2.4 million a year, is suspended", "Honora Blackthorne",
  "title + name before: Education Minister Honora Blackthorne, who spent Tuesday evening ..., announced this morning that", "announced",
  note="a relative clause and a time between the name and the verb")
Q(R2, I, None, "Honora Blackthorne",
  "pronoun in the middle: she said → Blackthorne, the subject of the sentence before (the only woman in the paragraph)", "said",
  parts=["The remaining eleven Upper Certificate papers", "will be printed at the state printer in Dunmarrow under police guard"],
  note="reported speech split by its attribution (', she said,')")
Q(R2, I, "he was “ashamed and angry”", "Gabor Kohegyi",
  "name before: Gábor Kőhegyi, whose grandfather founded the firm in 1961, said on Tuesday night that", "said")
Q(R2, D, "ashamed and angry", "Gabor Kohegyi", "name before: Gábor Kőhegyi ... said on Tuesday night that", "said", partial=True,
  note="the closing mark comes before the full stop")
Q(R2, D, "Forty people work on that floor. One of them has made liars of all of us,", "Gabor Kohegyi",
  "pronoun after: he said → Kőhegyi, the subject of the sentence before", "said",
  note="multi-sentence; 'One of them' is the arrested worker, not named here")
Q(R2, I, "why papers sat by every 18-year-old in the country were being printed abroad at all", "Leofric Stanier",
  "name before: The opposition’s education spokesman, Leofric Stanier, asked in parliament", "asked",
  note="an indirect question (asked why ...)")
Q(R2, I, "the Várkonian firm had been the cheapest of three bidders by 31 per cent", "Honora Blackthorne",
  "title alone: The minister replied that → Education Minister Honora Blackthorne (the minister of the article; Stanier is the "
  "opposition's spokesman)", "replied")
Q(R2, I, "the resit on 2 June falls in the middle of the history exams, and that at least 1,200 students now face two papers on the same day",
  "Merrovian Teachers' Federation", "name before: The Merrovian Teachers’ Federation says", "says",
  note="present tense, without 'that' at first; '..., and that ...': one record")
Q(R2, I, "it has identified two of the channel’s administrators, both Merrovian, and expects to make arrests “within days”",
  "National Crime Unit", "name before: the National Crime Unit says", "says", note="present tense, without 'that'")
Q(R2, D, "within days", "National Crime Unit", "name before: the National Crime Unit says", "says", partial=True,
  note="the closing mark comes before the full stop")

# R3: The Daily Hubbub, 2039-05-19 (Thu; curly quotes and curly apostrophes; no dateline; no time zone anywhere ("10.52pm",
# "11.20pm"); no diacritics: "Varkony", "Zoltan B.", "Gabor Kohegyi"; labels: "Schoolboy", "Mum", "Miss Gathercole", "the Ghost Gang")
Q(R3, D, "Miss, this is real.", "Lorcan Wrenfield",
  "pronoun before and a colon: he had forwarded it ... with just four words: → Lorcan, the subject of the sentence before", None,
  note="a written message, no speech verb; the full stop inside the marks")
Q(R3, D, "I saw the first line and my stomach turned over. I thought, ‘If I read this, I’ll never know if I earned my grade,’",
  "Lorcan Wrenfield", "first name after: Lorcan told the Hubbub", "told", channel="interview with the Hubbub",
  note="multi-sentence; holds a quote inside the quote, introduced by 'I thought,'; the outer quote closes right after the inner (,’”)")
Q(R3, D, "If I read this, I’ll never know if I earned my grade,", "Lorcan Wrenfield",
  "inside the outer quote: 'I thought' → the outer speaker himself", "thought",
  note="quote inside a quote (curly single marks); the apostrophe of I’ll is the same character as the closing mark")
Q(R3, D, "So I shut the phone and went and woke Mum.", "Lorcan Wrenfield",
  "continuation: the second quote of Lorcan's answer, after \"Lorcan told the Hubbub.\"", None, channel="interview with the Hubbub",
  note="'Mum' inside is Clare Wrenfield, not a speaker here")
Q(R3, I, "she was “prouder than on the day he was born”", "Clare Wrenfield",
  "label + name before: Mum Clare Wrenfield, 46, a nurse, said", "said", note="reported speech without 'that'; 'he' is Lorcan")
Q(R3, D, "prouder than on the day he was born", "Clare Wrenfield", "label + name before: Mum Clare Wrenfield, 46, a nurse, said",
  "said", partial=True, note="the closing mark comes before the full stop")
Q(R3, D, "He came into my room at eleven o’clock at night holding the phone out like it was on fire,", "Clare Wrenfield",
  "pronoun after: she said → Clare, the subject of the sentence before ('He' inside is Lorcan)", "said")
Q(R3, D, "Lorcan did what I would hope every one of my pupils would do. Sadly, I can’t say that about all of them,",
  "Perpetua Gathercole", "pronoun after: she said → Perpetua Gathercole, the subject of the sentence before (Clare is the woman of the paragraph before)",
  "said", note="multi-sentence")
Q(R3, D, "Half our year had it before breakfast. Nobody’s saying so.", None,
  "unresolved: One classmate told the Hubbub: (not named)", "told", channel="interview with the Hubbub",
  note="multi-sentence; the quote after a colon")
Q(R3, I, "Some members had paid up to €20 each for the pictures", "Quillet",
  "organisation's spokesman after the clause: a Quillet spokesman said → Quillet", "said",
  note="clause first, attribution after; an unnamed spokesman of a named company speaks for it")
Q(R3, I, "he would pay for the resit himself", "Gabor Kohegyi",
  "name before: His boss, print firm owner Gabor Kohegyi, said yesterday that", "said",
  note="'His' is Zoltan B.; 'he' in the clause is Kohegyi")
Q(R3, D, "penny-pinching madness", "Leofric Stanier", "label + name before: Opposition MP Leofric Stanier blasted the deal as",
  "blasted", partial=True,
  note="a quoted fragment with no reported clause around it: a direct partial record only; the closing mark comes before the full stop")
Q(R3, I, "the library would stay open every evening until then, weekends included, so that pupils could revise together",
  "Perpetua Gathercole", "title + surname before: Miss Gathercole said", "said", note="reported speech without 'that'")
Q(R3, D, "I’ll be ready on June 2. I’ve got a fortnight more to revise now, haven’t I?", "Lorcan Wrenfield",
  "pronoun after: he laughed → Lorcan, the subject of the sentence before, not Stanier or Kohegyi (the men of the paragraphs before)",
  "laughed", note="multi-sentence, ends with a question inside the marks; 'laughed' as a speech verb")

# R4: Szentmezői Napló, 2039-05-21 (Sat; the neighbour's paper in English; straight quotes; dateline "SZENTMEZŐ, 21 May –";
# "Dr. Silas Mountjoy" with a period; Várkony keeps CEST, UTC+2)
Q(R4, I, "his client had been paid 3,000 euros and had been \"frightened into it\" by men he did not know", "Balint Fehervari",
  "name before: His lawyer, Bálint Fehérvári, told the court that", "told", note="'had ... and had ...': one record")
Q(R4, D, "frightened into it", "Balint Fehervari", "name before: Bálint Fehérvári, told the court that", "told", partial=True)
Q(R4, D, "He is not a criminal mastermind. He is a father of two who made a terrible mistake,", "Balint Fehervari",
  "surname after: Fehérvári said outside the court", "said", note="multi-sentence; 'He' inside is Zoltán B., the client")
Q(R4, I, "investigators had found the phone used to take the pictures", "Ildiko Szemere",
  "label + title + name before: Police spokeswoman Captain Ildikó Szemere said", "said", note="reported speech without 'that'")
Q(R4, I, "the suspect had no criminal record", "Ildiko Szemere", "surname before: Szemere noted that", "noted")
Q(R4, D, "The copy left the building as photographs, not as paper. No sheet is missing,", "Ildiko Szemere",
  "pronoun after: she said → Szemere, the subject of the sentence before", "said", note="multi-sentence")
Q(R4, D, "Not at this moment.", "Ildiko Szemere",
  "pronoun before and a colon: she said: → Szemere; the agentless 'Asked whether ...' before it is no record", "said",
  note="the answer to a question put by no named person; the full stop inside the marks")
Q(R4, I, "he would pay for the resit, which will cost around 900,000 euros", "Gabor Kohegyi",
  "name before: Gábor Kőhegyi, the company's owner, told a press conference in Tarnóc on Wednesday that", "told",
  channel="press conference")
Q(R4, D, "My grandfather started this business with a single press in 1961. I will not let a single night end it,", "Gabor Kohegyi",
  "pronoun after: he said → Kőhegyi, the subject of the sentence before (Fehérvári is the man of an earlier paragraph)", "said",
  channel="press conference", note="multi-sentence")
Q(R4, I, "Várkony had \"nothing to hide\"", "Katalin Oroszlany",
  "title + name before: Interior Minister Katalin Oroszlány said", "said", note="reported speech without 'that'")
Q(R4, D, "nothing to hide", "Katalin Oroszlany", "title + name before: Interior Minister Katalin Oroszlány said", "said",
  partial=True, note="the closing mark comes before the full stop")
Q(R4, I, "Szentmező has agreed to give Dunmarrow the suspect's phone records within a week, and two Várkonian detectives will travel to Dunmarrow, the Merrovian capital, on Monday",
  "Varkonian Interior Ministry", "name before: According to the Interior Ministry, (of Várkony: the paper's own government, its minister "
  "quoted the sentence before)", "according to",
  note="'According to X,' first; the whole sentence is the clause; Szentmező and the first Dunmarrow are the two governments (metonyms)")
Q(R4, D, "We all feel watched now,", None,
  "unresolved: said a woman leaving the gates on Friday evening, who gave no name", "said")
Q(R4, I, "the new paper would be printed at home \"under guard, by people we can see\"", "Silas Mountjoy",
  "title + name before: Dr. Silas Mountjoy of the Merrovian Examinations Authority (MEA) said in a statement that", "said",
  channel="statement", note="'Dr.' with a period must not end a sentence")
Q(R4, D, "under guard, by people we can see", "Silas Mountjoy", "title + name before: Dr. Silas Mountjoy ... said in a statement that",
  "said", channel="statement", partial=True, note="the closing mark comes before the full stop")

# R5: Merrovian Broadcasting Service live blog, 2039-05-24 (Tue; plain-text scrape; header "LIVE: ... - Tuesday 24 May" and a line
# "All times Merrovian (UTC+1)"; each entry begins with a 24-hour stamp ("09:05") on a line of its own; straight quotes; no
# diacritics in "Kohegyi Print", "Zoltan B."; "Várkony" and "Ildikó Szemere" with them)
Q(R5, I, "38 percent of their Upper Certificate students had seen at least part of the leaked paper before it was pulled", "MTF survey",
  "document before: A survey of 2,300 teachers by the Merrovian Teachers' Federation, published this morning, says that", "says",
  note="a document as speaker; the federation inside its description is not the speaker")
Q(R5, I, "the resit paper was written last week by a team of six, none of whom had seen the original", "Silas Mountjoy",
  "surname before: Mountjoy tells MPs", "tells", note="present tense, without 'that'")
Q(R5, D, "We wrote it in a locked room. Nobody took a phone in, including me,", "Silas Mountjoy",
  "pronoun after: he says → Mountjoy, the subject of the sentence before", "says", note="multi-sentence")
Q(R5, I, "whether she read the security audit of Kohegyi Print before signing the contract in 2036", "Leofric Stanier",
  "name before: The opposition's Leofric Stanier asks Blackthorne", "asks", note="an indirect question; 'she' is Blackthorne")
Q(R5, I, "she did not, and that the audit \"was not put in front of me\"", "Honora Blackthorne",
  "pronoun before: She says → Blackthorne, the one asked in the sentence before (the asker, Stanier, is a man)", "says",
  note="'..., and that ...': one record; the first clause is elliptical ('she did not')")
Q(R5, D, "was not put in front of me", "Honora Blackthorne", "pronoun before: She says ... that → Blackthorne", "says", partial=True,
  note="the closing mark comes before the full stop")
Q(R5, I, "the VNP has established that the man who paid Zoltan B. was a Merrovian citizen, and that his name has been passed to Garlick's unit",
  "Ildiko Szemere", "surname before: Szemere says", "says", channel="video link",
  note="the video link is given in the 09:05 entry; present tense, without 'that'; a 'that ..., and that ...' inside it; the VNP inside the clause is not the speaker; 'Zoltan B.' "
       "inside must not end a sentence")
Q(R5, I, "two men, aged 19 and 22, were arrested in Stowbridge on Sunday evening", "Rowena Garlick",
  "surname before: Garlick confirms that", "confirms", note="'confirms' as a speech verb")
Q(R5, D, "They are not masterminds either. They are two young men who thought this would make them rich,", "Rowena Garlick",
  "pronoun after: she says → Garlick, the subject of the sentence before, not Szemere (the woman of the 11:15 entry)", "says",
  note="multi-sentence")
Q(R5, I, "from September every national exam paper will be printed in Merrovia, at an extra cost of about €1.1 million a year",
  "Honora Blackthorne", "surname before: Blackthorne announces that", "announces")
Q(R5, D, None, "Honora Blackthorne", "pronoun in the middle: she says → Blackthorne, the subject of the sentence before", "says",
  parts=["The resit will go ahead,", "on 2 June, at 09:00, in every exam hall in the country."],
  note="split quote, the attribution (', she says,') between the parts; a date and a clock time inside")
Q(R5, I, "the family has been \"overwhelmed\" by messages and that Lorcan went back to school yesterday", "Clare Wrenfield",
  "pronoun before: She tells MBS → Clare Wrenfield, the subject of the sentence before", "tells", channel="interview with MBS",
  note="present tense, without 'that' at first; '... and that ...': one record")
Q(R5, D, "overwhelmed", "Clare Wrenfield", "pronoun before: She tells MBS → Clare Wrenfield", "tells", channel="interview with MBS",
  partial=True, note="a one-word quoted fragment")
Q(R5, D, "He just wants to sit the exam now and be forgotten,", "Clare Wrenfield",
  "surname after: Wrenfield says → Clare Wrenfield, named in full in the entry (her son is only \"her son Lorcan\" and \"Lorcan\")",
  "says", channel="interview with MBS", note="'He' inside is Lorcan")
Q(R5, I, "the minister had \"signed first and read later\"", "Leofric Stanier", "surname before: Stanier wrote on X that", "wrote",
  channel="post on X", note="'the minister' inside is Blackthorne")
Q(R5, D, "signed first and read later", "Leofric Stanier", "surname before: Stanier wrote on X that", "wrote", channel="post on X",
  partial=True, note="the closing mark comes before the full stop")
Q(R5, I, "it would appeal against the suspension of its contract", "Kohegyi Print",
  "name before: Kohegyi Print said in a statement this afternoon that", "said", channel="statement")


# ---------------------------------------------------------------- entities
E("Merrovia", "country", ["Merrovia", ("Dunmarrow", None, ["give Dunmarrow"])],
  metonyms=[{"alias": "Dunmarrow", "metonym_of": "Merrovia (its government)"}], adjectival=["Merrovian"],
  note="\"Szentmező has agreed to give Dunmarrow the suspect's phone records\" (R4) is Merrovia's government: records are given to a "
       "government, and the same sentence names \"Dunmarrow, the Merrovian capital\"; \"Merrovia's\" (R1, R2) is a plain mention")
E("Dunmarrow", "city", ["DUNMARROW", "Dunmarrow"],
  note="Merrovia's capital (\"Dunmarrow, the Merrovian capital\", R4; R1's dateline); the metonym context is claimed by Merrovia; "
       "\"The Dunmarrow Intelligencer\" (an outlet's name) is not in any text")
E("Varkony", "country", ["Várkony", "Varkony", ("Szentmező", None, ["Szentmező has agreed"])],
  metonyms=[{"alias": "Szentmező", "metonym_of": "Varkony (its government)"}], adjectival=["Várkonian", "Varkonian"],
  note="spelt Várkony (R2, R4, R5) and Varkony (R1, R3); \"Szentmező has agreed to give ...\" (R4) is Várkony's government, the "
       "paragraph before naming \"the capital, Szentmező\" in the Várkonian paper; nested in \"Várkony National Police\" it is not a mention")
E("Szentmezo", "city", ["SZENTMEZŐ", "Szentmező"],
  note="Várkony's capital (\"the capital, Szentmező\", R4, the Várkonian paper; its dateline SZENTMEZŐ); canonical name without "
       "diacritics; the metonym context is claimed by Várkony; \"Szentmezői Napló\" (the outlet) is not in any text")
E("Tarnoc", "town", ["Tarnóc", "Tarnoc"], note="the industrial town of the print works: Tarnoc (R1), Tarnóc (R2, R4)")
E("Stowbridge", "town", ["Stowbridge"], note="the Merrovian town of Calderbrook Academy (R2, R3, R5)")
E("Merrovian Examinations Authority", "organisation",
  ["Merrovian Examinations Authority", "MEA", ("the authority", None, ["the authority said"])],
  note="both forms in R1 and R4; the expansion alone in R2 and R5; \"the authority said\" (R1) claimed by context; other \"the "
       "authority\", \"Merrovia's exams authority\", \"the exams authority’s\" and the tabloid's \"Exam chiefs\" are not annotated")
E("National Crime Unit", "organisation", ["National Crime Unit", "NCU"],
  note="both forms in R1; the expansion alone in R2 and R5; \"the unit\", \"Garlick's unit\" are not annotated")
E("Merrovian Teachers' Federation", "organisation", ["Merrovian Teachers' Federation", "Merrovian Teachers’ Federation", "MTF"],
  note="straight apostrophe (R1, R5), curly (R2); the acronym in R1")
E("MTF survey", "document", [("survey", None, ["A survey of 2,300"])],
  note="the federation's survey of teachers (R5), a speaker")
E("Kohegyi Print", "company", ["Kohegyi Print", "Kőhegyi Print"],
  note="the Várkonian printer of the exam papers: Kohegyi Print (R1, R5), Kőhegyi Print (R2, R4); \"the firm\", \"the company's\" "
       "are not annotated; the owner's name is never written bare as the company")
E("Varkony National Police", "organisation", ["Várkony National Police", "VNP"],
  note="R2 (a speaker), R5 (with its acronym); \"Police in Várkony\", \"Cops in Varkony\" are not annotated")
E("Varkonian Interior Ministry", "organisation", ["Interior Ministry"], note="R4 only, a speaker (\"According to the Interior Ministry,\")")
E("Education and Skills Committee", "organisation", ["Education and Skills Committee"],
  note="the parliamentary committee (R5); \"the committee\", \"parliament\" are not annotated")
E("Calderbrook Academy", "school", ["Calderbrook Academy"], note="Lorcan's school in Stowbridge (R3)")
E("Quillet", "company", ["Quillet"], note="the messaging app (R1, R2, R3), a speaker in R3 (\"a Quillet spokesman said\")")
E("Paper Ghosts", "group", ["Paper Ghosts", "Ghost Gang"],
  note="the channel on Quillet that posted the paper: \"Paper Ghosts\" (R1, R2, R3); the tabloid's label \"the Ghost Gang\" (R3, "
       "\"dubbed the Ghost Gang by pupils\")")
E("X", "platform", ["X"])
E("Corvid News Wire", "news agency", ["CNW"], note="only as its acronym, in its own dateline and \"she told CNW\" (R1)")
E("The Dunmarrow Intelligencer", "media outlet", [("Intelligencer", [R2])], note="\"tells the Intelligencer\" (R2)")
E("The Daily Hubbub", "media outlet", [("Hubbub", [R3])], note="\"told the Hubbub\" (R3, twice)")
E("Merrovian Broadcasting Service", "media outlet", ["MBS"], note="the broadcaster of R5; only as its acronym (\"She tells MBS\")")
E("Silas Mountjoy", "person", ["Dr Silas Mountjoy", "Dr. Silas Mountjoy", "Mountjoy"],
  note="the MEA's chief executive; \"Dr.\" with a period in the Várkonian paper (R4)")
E("Rowena Garlick", "person", ["Detective Chief Inspector Rowena Garlick", "Garlick"],
  note="the NCU detective leading the inquiry (R1, R5)")
E("Honora Blackthorne", "person",
  ["Education Minister Honora Blackthorne", "Blackthorne", ("The minister", None, ["The minister called", "The minister replied"])],
  note="Merrovia's education minister; \"The minister called\" (R1) and \"The minister replied\" (R2) claimed by context; \"the "
       "minister had\" inside Stanier's clause (R5) is not annotated")
E("Padraig Oulton", "person", ["Padraig Oulton"], note="the MTF's general secretary (R1)")
E("Leofric Stanier", "person", ["Leofric Stanier", "Stanier"], note="the opposition's education spokesman (R2, R3, R5)")
E("Gabor Kohegyi", "person", ["Gabor Kohegyi", "Gábor Kőhegyi"],
  note="the owner of Kohegyi Print: Gabor Kohegyi (R1, R3), Gábor Kőhegyi (R2, R4); canonical name without diacritics")
E("Zoltan B.", "person", ["Zoltán B.", "Zoltan B."],
  note="the arrested machine operator, named only by first name and initial (R2, R3, R4, R5); the initial's period ends no sentence")
E("Balint Fehervari", "person", ["Bálint Fehérvári", "Fehérvári"], note="Zoltán B.'s lawyer (R4); canonical name without diacritics")
E("Ildiko Szemere", "person", ["Captain Ildikó Szemere", "Szemere"],
  note="the VNP's spokeswoman (R4, R5); canonical name without diacritics")
E("Katalin Oroszlany", "person", ["Interior Minister Katalin Oroszlány"], note="Várkony's interior minister (R4)")
E("Lorcan Wrenfield", "person", [("Lorcan Wrenfield", [R3]), "Lorcan"],
  note="the pupil who reported the leak, 17; \"Schoolboy Lorcan Wrenfield\" (R3), \"Lorcan\" alone (R3, R5; \"her son Lorcan\")")
E("Clare Wrenfield", "person", ["Clare Wrenfield", ("Wrenfield", [R5])],
  note="Lorcan's mother, a nurse: \"Mum Clare Wrenfield\" (R3), \"Clare Wrenfield\" and the bare \"Wrenfield says\" (R5)")
E("Perpetua Gathercole", "person", ["Perpetua Gathercole", "Miss Gathercole"],
  note="Calderbrook Academy's head teacher (R3); \"Head teacher\" before her name and \"his head teacher\" are not aliases")

DISTINCT = [
    ("Lorcan Wrenfield", "Clare Wrenfield", "son and mother (R3, R5; \"Wrenfield says\" in R5 is Clare)"),
    ("Gabor Kohegyi", "Kohegyi Print", "the owner vs the company named after his family"),
    ("Merrovia", "Dunmarrow", "the government (metonym, R4) vs the capital city (R1's dateline)"),
    ("Varkony", "Szentmezo", "the government (metonym, R4) vs the capital city (R4's dateline)"),
    ("Varkony", "Varkony National Police", "the country vs the police force named after it"),
    ("Merrovian Teachers' Federation", "MTF survey", "the federation vs its survey (a document)"),
    ("Quillet", "Paper Ghosts", "the messaging app vs the channel on it"),
    ("National Crime Unit", "Rowena Garlick", "the unit vs its detective"),
    ("Varkony National Police", "Ildiko Szemere", "the police vs its spokeswoman"),
    ("Merrovian Examinations Authority", "Silas Mountjoy", "the authority vs its chief executive"),
    ("Varkonian Interior Ministry", "Katalin Oroszlany", "the ministry vs its minister"),
    ("Honora Blackthorne", "Katalin Oroszlany", "the two countries' ministers"),
    ("Zoltan B.", "Gabor Kohegyi", "the worker vs his boss (R3: \"His boss, ... Gabor Kohegyi\")"),
    ("Zoltan B.", "Balint Fehervari", "the client vs his lawyer (R4: 'He' inside the lawyer's quote is the client)"),
    ("Rowena Garlick", "Ildiko Szemere", "two women of the R5 blog (\"she says\" at 11:24 is Garlick)"),
    ("Honora Blackthorne", "Leofric Stanier", "the one asked vs the asker (R5: \"She says\" is Blackthorne)"),
    ("Clare Wrenfield", "Perpetua Gathercole", "two women in consecutive R3 paragraphs (\"she said\" after the head teacher is Gathercole)"),
    ("Calderbrook Academy", "Perpetua Gathercole", "the school vs its head teacher"),
    ("Calderbrook Academy", "Stowbridge", "the school vs its town"),
]


# ---------------------------------------------------------------- times
# R1 anchor Mon 2039-05-16 (Merrovia keeps UTC+1 in May: "06:15 local time (05:15 GMT)")
T(R1, "May 16", "date", "2039-05-16", "dateline; month and day, year of the publication date")
T(R1, "three hours", "duration", "PT3H", "duration (\"less than three hours before\")", after="less than ")
T(R1, "on Monday", "weekday", "2039-05-16", "the anchor day (\"were due to sit it on Monday\", the wire written that morning)")
T(R1, "06:15 local time", "time", "2039-05-16T06:15:00+01:00",
  "\"local time\" of the dateline (Merrovia); the GMT equivalent in brackets fixes the offset at UTC+1; the anchor day")
T(R1, "05:15 GMT", "time", "2039-05-16T05:15:00+00:00", "the same instant as 06:15 local time, written in GMT")
T(R1, "22:40", "time", "2039-05-15T22:40:00+01:00",
  "clock time with no zone of its own: the report's local time (UTC+1, fixed earlier in the sentence); the day from \"on Sunday\" after it")
T(R1, "on Sunday", "weekday", "2039-05-15", "the latest Sunday before the anchor (\"first posted at 22:40 on Sunday\")")
T(R1, "June 2", "date", "2039-06-02", "month and day without a year, future (\"will now be sat on June 2\"): the anchor's year")
T(R1, "two years", "duration", "P2Y", "duration (\"have worked for two years\", inside Mountjoy's quote)")
T(R1, "this morning", "relative", "2039-05-16", "the anchor day's morning (inside Mountjoy's quote, spoken that day)")
T(R1, "by Monday morning", "weekday", "2039-05-16", "the anchor day (\"had some 9,000 members by Monday morning\")")
T(R1, "07:00", "time", "2039-05-16T07:00:00+01:00",
  "clock time with no zone in its sentence: the report's local time (UTC+1); the anchor day (the morning of the cancellation)")
T(R1, "today", "relative", "2039-05-16", "the anchor day (inside Garlick's quote)")
T(R1, "since 2036", "date", "2036-01-01/2036-12-31", "a year (\"has printed ... since 2036\")", granularity="year")
T(R1, "on Tuesday", "weekday", "2039-05-17", "future (\"schools would receive new timetables on Tuesday\"): the day after the anchor")
T(R1, "three years", "duration", "P3Y", "duration (\"second security failure in three years\")")
T(R1, "in 2037", "date", "2037-01-01/2037-12-31", "a year", granularity="year")

# R2 anchor Wed 2039-05-18 (one zone given: "06:15 on Monday (05:15 GMT)" fixes the report's local time at UTC+1)
T(R2, "yesterday", "relative", "2039-05-17", "the day before the anchor (\"Police in Várkony yesterday arrested\")")
T(R2, "two days", "duration", "P2D", "duration (\"two days after pictures ... appeared online\")")
T(R2, "on Sunday", "weekday", "2039-05-15", "the latest Sunday before the anchor (\"during his night shift on Sunday\")",
  after="night shift ")
T(R2, "06:15", "time", "2039-05-16T06:15:00+01:00",
  "clock time, the report's local time: the GMT equivalent in brackets (05:15 GMT) fixes the offset at UTC+1; the day from \"on Monday\"")
T(R2, "on Monday", "weekday", "2039-05-16", "the latest Monday before the anchor (\"at 06:15 on Monday\")")
T(R2, "05:15 GMT", "time", "2039-05-16T05:15:00+00:00", "the same instant as 06:15 local time, written in GMT")
T(R2, "three hours", "duration", "PT3H", "duration (\"less than three hours before\")")
T(R2, "22:40", "time", "2039-05-15T22:40:00+01:00",
  "clock time in the report's local time (UTC+1, fixed in the sentence before); the day from \"on Sunday\" after it")
T(R2, "on Sunday", "weekday", "2039-05-15", "the latest Sunday before the anchor (\"at 22:40 on Sunday\")", after="22:40 ")
T(R2, "last week", "relative", "2039-05-09/2039-05-15", "the Monday–Sunday week before the anchor's (\"a batch printed ... last week\")")
T(R2, "Tuesday evening", "weekday", "2039-05-17", "the latest Tuesday before the anchor (\"spent Tuesday evening with head teachers\")")
T(R2, "this morning", "relative", "2039-05-18", "the anchor day's morning (\"announced this morning\")")
T(R2, "in 1961", "date", "1961-01-01/1961-12-31", "a year (\"founded the firm in 1961\")", granularity="year")
T(R2, "on Tuesday night", "weekday", "2039-05-17", "the latest Tuesday before the anchor")
T(R2, "2 June", "date", "2039-06-02", "day and month without a year, future (\"the resit on 2 June\"): the anchor's year")
T(R2, "last night", "relative", "2039-05-17", "the night before the anchor day (\"was still online last night\")")

# R3 anchor Thu 2039-05-19 (no zone anywhere in the report)
T(R3, "10.52pm", "time", "unresolved",
  "clock time (dot separator, pm) with no zone given anywhere in the report; the day is Sunday 15 May (\"on Sunday\")")
T(R3, "on Sunday", "weekday", "2039-05-15", "the latest Sunday before the anchor (\"at 10.52pm on Sunday\")")
T(R3, "eleven o’clock at night", "time", "unresolved",
  "clock time in words inside Clare Wrenfield's quote, no zone anywhere in the report; the night is Sunday 15 May (the night of the message)")
T(R3, "11.20pm", "time", "unresolved",
  "clock time (dot separator, pm) with no zone given anywhere in the report; the same Sunday night (15 May)")
T(R3, "on Monday", "weekday", "2039-05-16", "the latest Monday before the anchor (\"at dawn on Monday\")")
T(R3, "yesterday", "relative", "2039-05-18", "the day before the anchor (\"said yesterday that he would pay\")")
T(R3, "June 2", "date", "2039-06-02", "month and day without a year, future (inside Lorcan's quote \"I’ll be ready on June 2\")")
T(R3, "a fortnight", "duration", "P14D", "duration (\"a fortnight more to revise\", inside Lorcan's quote)")

# R4 anchor Sat 2039-05-21 (Várkony keeps CEST, UTC+2)
T(R4, "21 May", "date", "2039-05-21", "dateline in day-month order; year of the publication date")
T(R4, "yesterday", "relative", "2039-05-20", "the day before the anchor (\"A district court yesterday ordered\")")
T(R4, "30 days", "duration", "P30D", "duration (\"to be held for 30 days\")")
T(R4, "23:40 local time", "time", "2039-05-15T23:40:00+02:00",
  "\"local time\" of the paper (Várkony); the GMT equivalent in brackets (21:40 GMT) fixes the offset at UTC+2; the day from \"last "
  "Sunday\"; the same instant as \"22:40 on Sunday\" in R1 and R2 (UTC+1)")
T(R4, "last Sunday", "weekday", "2039-05-15", "the Sunday of the week before the anchor's (Sat 2039-05-21; Monday–Sunday weeks)")
T(R4, "21:40 GMT", "time", "2039-05-15T21:40:00+00:00", "the same instant as 23:40 local time, written in GMT")
T(R4, "on Wednesday", "weekday", "2039-05-18", "the latest Wednesday before the anchor (\"told a press conference ... on Wednesday\")")
T(R4, "in 1961", "date", "1961-01-01/1961-12-31", "a year (inside Kőhegyi's quote)", granularity="year")
T(R4, "a week", "duration", "P7D", "duration (\"within a week\")")
T(R4, "on Monday", "weekday", "2039-05-23", "future (\"detectives will travel to Dunmarrow ... on Monday\"): the first Monday after the anchor")
T(R4, "on Friday evening", "weekday", "2039-05-20", "the latest Friday before the anchor (the day before)")
T(R4, "2 June", "date", "2039-06-02", "day and month without a year, future (\"will sit the paper again on 2 June\")")

# R5 anchor Tue 2039-05-24; the blog's second header line says "All times Merrovian (UTC+1)"
T(R5, "Tuesday 24 May", "date", "2039-05-24", "weekday, day and month without a year in the blog's header: the anchor day")
for stamp in ("09:05", "09:40", "10:41", "10:58", "11:15", "11:24", "11:50", "12:20", "12:47", "13:05"):
    T(R5, stamp, "time", f"2039-05-24T{stamp}:00+01:00",
      "a live-blog entry stamp (24-hour clock) on a line of its own, no zone of its own; the header says \"All times Merrovian (UTC+1)\"; "
      "the anchor day")
T(R5, "10:30", "time", "2039-05-24T10:30:00+01:00", "clock time in Merrovian time (the blog's header, UTC+1), the anchor day (\"sits at 10:30\")")
T(R5, "11:30", "time", "2039-05-24T11:30:00+02:00",
  "\"11:30 in Várkony\": the same instant as 10:30 UTC+1, written in Várkony's time (the bracket fixes its offset at UTC+2)")
T(R5, "eight days ago", "relative", "2039-05-16", "eight days before the anchor (\"came to be cancelled eight days ago\")")
T(R5, "this morning", "relative", "2039-05-24", "the anchor day's morning (\"published this morning\")")
T(R5, "last week", "relative", "2039-05-16/2039-05-22", "the Monday–Sunday week before the anchor's (\"was written last week\")")
T(R5, "in 2036", "date", "2036-01-01/2036-12-31", "a year (\"signing the contract in 2036\")", granularity="year")
T(R5, "on Sunday evening", "weekday", "2039-05-22", "the latest Sunday before the anchor (Tue 2039-05-24)")
T(R5, "September", "date", "2039-09-01/2039-09-30", "a month without a year, future (\"from September\"): the next September",
  granularity="month")
T(R5, "2 June", "date", "2039-06-02", "day and month without a year, future (inside Blackthorne's split quote)")
T(R5, "09:00", "time", "2039-06-02T09:00:00+01:00",
  "clock time inside the quote, Merrovian time (the blog's zone, UTC+1); the day is 2 June, just before it")
T(R5, "yesterday", "relative", "2039-05-23", "the day before the anchor (\"went back to school yesterday\")")
T(R5, "this afternoon", "relative", "2039-05-24", "the anchor day's afternoon (\"said in a statement this afternoon\")")


# ---------------------------------------------------------------- numbers
N(R1, "less than three hours", 3, "hour", "duration", approx="less_than", note="word number")
N(R1, "58,300 students", 58300, "student", "count", note="a thousands separator")
N(R1, "two years", 2, "year", "duration", note="word number, inside a quote")
N(R1, "some 9,000 members", 9000, "member", "count", approx="about", note="\"some\" read as about")
N(R1, "more than 40,000 times", 40000, "time", "count", approx="more_than")
N(R1, "€2.4 million", 2400000, "eur", "money", note="a decimal and 'million'; \"a year\" after it is a rate, not a time")
N(R1, "three years", 3, "year", "duration", note="word number")

N(R2, "34-year-old", 34, "year", "age", note="an age as a hyphenated adjective (\"a 34-year-old machine operator\")")
N(R2, "two days", 2, "day", "duration", note="word number")
N(R2, "less than three hours", 3, "hour", "duration", approx="less_than", note="word number")
N(R2, "58,300 students", 58300, "student", "count")
N(R2, "some 9,000 members", 9000, "member", "count", approx="about", note="\"some\" read as about")
N(R2, "€2.4 million", 2400000, "eur", "money")
N(R2, "eleven Upper Certificate papers", 11, "paper", "count", note="word number, a name between number and noun")
N(R2, "Forty people", 40, "person", "count", note="sentence-initial word number, inside a quote")
N(R2, "18-year-old", 18, "year", "age", note="an age as a hyphenated noun (\"every 18-year-old\")")
N(R2, "three bidders", 3, "bidder", "count", note="word number")
N(R2, "31 per cent", 31, "percent", "percent", note="\"per cent\" in two words")
N(R2, "at least 1,200 students", 1200, "student", "count", approx="at_least")
N(R2, "two papers", 2, "paper", "count", note="word number")
N(R2, "two of the channel’s administrators", 2, "administrator", "count", note="word number, \"X of Y\"")

N(R3, "17", 17, "year", "age", note="an age (\"Lorcan Wrenfield, 17,\")")
N(R3, "four words", 4, "word", "count", note="word number")
N(R3, "46", 46, "year", "age", note="an age (\"Mum Clare Wrenfield, 46,\")")
N(R3, "9,000 members", 9000, "member", "count")
N(R3, "58,300 teenagers", 58300, "teenager", "count")
N(R3, "up to €20", 20, "eur", "money", approx="up_to")
N(R3, "34", 34, "year", "age", note="an age (\"Zoltan B., 34.\")")
N(R3, "€2.4million", 2400000, "eur", "money", note="'million' written close up")
N(R3, "212 Upper Certificate students", 212, "student", "count", note="a name between number and noun")

N(R4, "30 days", 30, "day", "duration")
N(R4, "34", 34, "year", "age", note="an age (\"Zoltán B., 34,\")")
N(R4, "90 kilometres", 90, "kilometre", "count")
N(R4, "14 pages", 14, "page", "count")
N(R4, "3,000 euros", 3000, "eur", "money", note="the currency written as a word after the number")
N(R4, "two", 2, "child", "count", after="a father of ", note="word number, the noun elided (\"a father of two\" = two children), inside a quote")
N(R4, "around 900,000 euros", 900000, "eur", "money", approx="about", note="\"around\" read as about")
N(R4, "40 people", 40, "person", "count")
N(R4, "two Várkonian banks", 2, "bank", "count", note="word number, an adjective between number and noun")
N(R4, "58,300 students", 58300, "student", "count")

N(R5, "eight days", 8, "day", "duration", note="word number (\"eight days ago\")")
N(R5, "2,300 teachers", 2300, "teacher", "count")
N(R5, "38 percent", 38, "percent", "percent")
N(R5, "six", 6, "person", "count", after="a team of ", note="word number, the noun elided (\"a team of six\" = six people)")
N(R5, "two men", 2, "man", "count", note="word number")
N(R5, "19", 19, "year", "age", after="aged ", note="an age (\"aged 19 and 22\")")
N(R5, "22", 22, "year", "age", after="aged 19 and ", note="an age, the second of two")
N(R5, "two young men", 2, "man", "count", note="word number, an adjective between number and noun, inside a quote")
N(R5, "about €1.1 million", 1100000, "eur", "money", approx="about")

ABOUT = ("Gold for the read stage on the invented held-out reports of demo/read-heldout14/reports.jsonl, "
         "written and committed before any reader ran on them. `file` is the report's `id`; `start`/`end` "
         "are BYTE offsets into the UTF-8 encoding of the report's `text` field; text[start:end] begins "
         "with `span`. Same format as demo/read-heldout13/gold.json. Generated by build_gold.py. See README.md here.")


G.write(ABOUT, DISTINCT, detailed=True)
