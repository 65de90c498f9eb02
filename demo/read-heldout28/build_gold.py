#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and the annotations below.

Run from anywhere: `python3 demo/read-heldout28/build_gold.py`. Offsets are computed here from the spans
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
# R1: Thornbury Wire, 2051-03-14 (Tue; wire; straight quotes; dateline "WETHERSCOMBE, Evandria, March 14 (Thornbury Wire) -" (a
# hyphen); no diacritics: "Boglarka Szentmiklosy", "Akos Vendrey", "Markus Ilosvay", "Tarkand", "Szilvas"; Evandria keeps UTC-4:
# "06:10 local time (10:10 GMT)"; Sarvonia UTC+2)
Q(R1, I, "Sarvonia has ignored an arbitration award since 2047", "Tidemoor Energy",
  "description before: an energy company that says → Tidemoor Energy, named in the paragraph after", "says",
  note="reported speech in a relative clause, without 'that'; the company is described, not named, in its own sentence")
Q(R1, I, None, "Tidemoor Energy", "description in the middle: the company says → Tidemoor Energy, the subject of the sentence before",
  "says", parts=["With interest", "the debt now stands at about $530 million"],
  note="reported speech split by its attribution (', the company says,'): one record with two parts")
Q(R1, D, "We have written to Tarkand 41 times. We have been polite for four years,", "Zebedee Draycott",
  "title + name after: Tidemoor's chief executive, Zebedee Draycott, told reporters", "told", channel="told reporters",
  note="multi-sentence; 'Tarkand' inside is Sarvonia's government (a metonym)")
Q(R1, D, "Politeness has not paid a single invoice.", "Zebedee Draycott",
  "continuation: the quote after '..., Zebedee Draycott, told reporters outside the airport's cargo gate.'", None,
  channel="told reporters")
Q(R1, D, None, "Zebedee Draycott", "pronoun in the middle: he said → Draycott, the speaker of the paragraph before", "said",
  channel="told reporters",
  parts=["Nobody enjoys taking an aeroplane away from a government,", "but a court order is not a matter of taste."],
  note="a direct quote split by its attribution: one record with two parts")
Q(R1, I, "the delegation would \"not be held hostage by a private debt collector\" and would carry on with its programme at the fair",
  "Boglarka Szentmiklosy", "surname before: Szentmiklosy, who was asleep in an airport hotel when the clamp went on, said", "said",
  note="reported speech without 'that'; a relative clause between the name and the verb; a partial inside")
Q(R1, D, "not be held hostage by a private debt collector", "Boglarka Szentmiklosy", "surname before: Szentmiklosy, ..., said", "said",
  partial=True)
Q(R1, I, "her papers and \"a great deal of very ordinary luggage\" were still on board", "Boglarka Szentmiklosy",
  "pronoun before: She told reporters that → Szentmiklosy, the subject of the sentence before", "told", channel="told reporters")
Q(R1, D, "a great deal of very ordinary luggage", "Boglarka Szentmiklosy", "pronoun before: She told reporters that", "told",
  channel="told reporters", partial=True)
Q(R1, D, "Seizing the aircraft of a visiting minister is piracy dressed up as paperwork,", "Sarvonian Foreign Ministry",
  "document of a group after: the ministry's statement said → Sarvonia's foreign ministry (\"In Tarkand, the foreign ministry "
  "summoned ...\" in the sentence before)", "said", channel="statement")
Q(R1, I, "Sarvonia would \"use every legal and diplomatic means\" to get the jet back", "Akos Vendrey",
  "title + name before: Foreign Minister Akos Vendrey wrote in an angry post on X that", "wrote", channel="post on X",
  note="an adjective inside the channel phrase")
Q(R1, D, "use every legal and diplomatic means", "Akos Vendrey", "name before: Akos Vendrey wrote in an angry post on X", "wrote",
  channel="post on X", partial=True)
Q(R1, I, "The delegation had been due to sign two gas supply agreements at the fair on Thursday", None,
  "unresolved: a Sarvonian official said, asking not to be named (unnamed)", "said",
  note="clause first, the attribution after; an anonymous official, not the government he works for")
Q(R1, I, "The order was signed on Friday by Judge Eglantine Corrowby of the Wetherscombe Commercial Court",
  "Wetherscombe Commercial Court", "document of a group after: according to court records → the court's own records", "according to",
  channel="court records",
  note="clause first, 'according to' after; Judge Corrowby, named inside the clause, is not the speaker; the next sentence is the "
       "agency's own")
Q(R1, I, "the government \"does not direct the courts\" and had not been warned of the order", "Ellery Saltash",
  "name before: Ellery Saltash, a spokesman for Evandria's foreign ministry, said", "said",
  note="reported speech without 'that'; 'the government' inside is Evandria's")
Q(R1, D, "does not direct the courts", "Ellery Saltash", "name before: Ellery Saltash, ..., said", "said", partial=True)
Q(R1, I, "about 20 bailiffs and police officers had surrounded the plane within minutes", "Markus Ilosvay",
  "title + name before: The jet's captain, Markus Ilosvay, said", "said", note="reported speech without 'that'")
Q(R1, D, "They were courteous. They were also very clear that we were not leaving,", "Markus Ilosvay",
  "surname after: Ilosvay said", "said", note="multi-sentence")

# R2: Tárkándi Futár (English edition), 2051-03-16 (Thu; the Sarvonian paper in English; straight quotes; dateline "TÁRKÁND, 16 March –"
# (en dash); diacritics: "Boglárka Szentmiklósy", "Ákos Vendrey", "Márkus Ilosvay", "Hajnalka Tiszavári", "Szilvás")
Q(R2, D, "I left on a state aircraft and came back in seat 14C,", "Boglarka Szentmiklosy",
  "pronoun after: she told waiting reporters → Szentmiklósy, the subject of the sentence before", "told", channel="told reporters")
Q(R2, D, "I am not complaining about the seat. I am complaining about the principle.", "Boglarka Szentmiklosy",
  "continuation: the quote after '..., she told waiting reporters.'", None, channel="told reporters", note="multi-sentence")
Q(R2, I, "a plane carrying a serving minister on official business is covered by state immunity", None,
  "unresolved: lawyers for Sarvonia ... arguing that (unnamed lawyers; not the state they act for)", "arguing",
  note="a participle as the speech verb ('arguing that'); the asking is no record")
Q(R2, I, "she would give her decision on Friday", "Eglantine Corrowby",
  "title alone before: The judge said → Judge Eglantine Corrowby, named in the sentence before", "said",
  note="reported speech without 'that'; 'she' inside is the judge herself")
Q(R2, I, "the seizure was \"without precedent among friendly nations\"", "Leopoldine Draycott",
  "name before: Leopoldine Draycott, the Evandrian lawyer acting for the Sarvonian state, told the court", "told",
  channel="hearing", note="reported speech without 'that'; the partial ends it, its closing mark before the full stop")
Q(R2, D, "without precedent among friendly nations", "Leopoldine Draycott", "name before: Leopoldine Draycott, ..., told the court",
  "told", channel="hearing", partial=True)
Q(R2, D, "One of them climbed the steps and said, 'Captain, please switch nothing on.' I have been asked many things on a runway, but never that,",
  "Markus Ilosvay", "pronoun after: he said → Captain Márkus Ilosvay, the subject of the sentence before", "said",
  note="multi-sentence; holds a quote inside the quote (single straight marks) spoken by an unnamed bailiff")
Q(R2, D, "Captain, please switch nothing on.", None,
  "unresolved: inside the outer quote, 'One of them climbed the steps and said,' → one of the bailiffs (unnamed)", "said",
  note="quote inside a quote whose speaker is NOT the outer speaker; 'Captain' is the one addressed (Ilosvay); the inner quote ends "
       "with a full stop inside the marks")
Q(R2, I, "Evandria's ambassador, summoned on Tuesday, had offered \"sympathy but no solutions\"", "Akos Vendrey",
  "title + name before: Foreign Minister Ákos Vendrey told parliament on Wednesday evening that", "told", channel="parliament",
  note="a time phrase between the addressee and 'that'; the partial ends the clause")
Q(R2, D, "sympathy but no solutions", "Akos Vendrey", "name before: Ákos Vendrey told parliament", "told", channel="parliament",
  partial=True)
Q(R2, I, "so far it has refused", None, "unresolved: according to a senior diplomat (unnamed)", "according to",
  note="the attribution after the clause; the clause before the semicolon ('Tárkánd has asked Hobbingford to step in') is the paper's "
       "own; 'it' is Hobbingford, Evandria's government")
Q(R2, I, "Sarvonia had never refused to pay", "Akos Vendrey", "surname before: Vendrey insisted that", "insisted")
Q(R2, D, "We dispute the amount, not the existence of a debt,", "Akos Vendrey",
  "pronoun after: he said → Vendrey, the subject of the sentence before", "said")
Q(R2, D, "There is a difference, and a court in Wetherscombe is about to learn it.", "Akos Vendrey",
  "continuation: the quote after '..., he said.'", None)
Q(R2, I, "the award, with interest, came to \"no more than 470 million dollars\", well short of the 530 million Tidemoor is claiming",
  "Sarvonian Finance Ministry", "group before: The finance ministry said in a statement that → Sarvonia's finance ministry", "said",
  channel="statement", note="a partial in the middle of the clause")
Q(R2, D, "no more than 470 million dollars", "Sarvonian Finance Ministry", "group before: The finance ministry said in a statement",
  "said", channel="statement", partial=True)
Q(R2, I, "most residents had \"long stopped caring\" who owed what to whom", "Hajnalka Tiszavari",
  "title + name before: the mayor, Hajnalka Tiszavári, said", "said", note="reported speech without 'that'; a partial inside")
Q(R2, D, "long stopped caring", "Hajnalka Tiszavari", "name before: Hajnalka Tiszavári, said", "said", partial=True)
Q(R2, D, "We were promised 300 jobs. We got a fence and a sign,", "Hajnalka Tiszavari",
  "pronoun after: she said → Tiszavári, the speaker of the sentence before", "said", note="multi-sentence")

# R3: The Daily Pelican, 2051-03-18 (Sat; Evandrian tabloid; straight quotes; no dateline; no diacritics; the label "the Repo Man";
# capitals ("TUESDAY", "ALSO"); two people called Draycott)
Q(R3, I, "he can keep it", "Eglantine Corrowby",
  "description before: a judge said → Judge Eglantine Corrowby, named in the paragraph after", "said",
  note="reported speech without 'that'; 'he' inside is the Repo Man (Zebedee Draycott)")
Q(R3, I, "the Sarvonian state plane grabbed on TUESDAY must stay in a hangar at Wetherscombe airport until the country pays up or wins on appeal",
  "Eglantine Corrowby", "title + name before: Judge Eglantine Corrowby ruled that", "ruled",
  note="a ruling reported as speech ('ruled that')")
Q(R3, D, "That Szentmiklosy woman looked me in the eye at a conference in 2049 and said, 'Get a judge, Mr Draycott.' So I got one,",
  "Zebedee Draycott", "label after: the Repo Man told the Pelican → Zebedee Draycott", "told", channel="interview with the Pelican",
  note="multi-sentence; holds a quote inside the quote (single straight marks) spoken by Szentmiklosy, named inside the outer quote")
Q(R3, D, "Get a judge, Mr Draycott.", "Boglarka Szentmiklosy",
  "inside the outer quote: 'That Szentmiklosy woman looked me in the eye ... and said,' → Szentmiklosy", "said",
  note="quote inside a quote whose speaker is NOT the outer speaker; 'Mr Draycott' is the one addressed (the outer speaker)")
Q(R3, I, "the jet had been flown on a \"trade mission, not a state ceremony\" and could therefore be held", "Eglantine Corrowby",
  "title alone before: The judge said in her ruling that → Corrowby (the paragraph before)", "said", channel="ruling")
Q(R3, D, "trade mission, not a state ceremony", "Eglantine Corrowby", "title alone before: The judge said in her ruling", "said",
  channel="ruling", partial=True)
Q(R3, I, "Sarvonia can have its plane back by handing over $60 million as security by next Friday", "Eglantine Corrowby",
  "pronoun after: she said → the judge, the subject of the sentence before", "said", channel="ruling",
  note="clause first, the attribution after")
Q(R3, I, "the 58-year-old, who started the firm in a garage in 2029 with two employees and now has more than 1,300, has spent more than $9 million on lawyers chasing the cash",
  None, "unresolved: Pals say (unnamed friends)", "say", note="present tense, without 'that'; 'the 58-year-old' is Zebedee Draycott")
Q(R3, D, "a gift to every bailiff on the planet", "Leopoldine Draycott",
  "description before: Sarvonia's lawyer in Evandria - who is ALSO called Draycott - slammed the ruling as → Leopoldine Draycott, named "
  "in the paragraph after", "slammed", partial=True,
  note="a quoted fragment as the complement of 'slammed ... as'; no clause, so no indirect record of its own")
Q(R3, D, "I'm not his cousin, I'm not his wife and I'm not finished,", "Leopoldine Draycott",
  "name after: Leopoldine Draycott told the Pelican", "told", channel="interview with the Pelican",
  note="'his' inside is Zebedee Draycott")
Q(R3, I, "her clients would take the fight to the Court of Appeal in Hobbingford on Tuesday", "Leopoldine Draycott",
  "pronoun before: She said → Leopoldine Draycott, named in the sentence before", "said", channel="interview with the Pelican",
  note="reported speech without 'that'")
Q(R3, I, "he would happily fly it home himself \"the minute the money lands\"", "Zebedee Draycott",
  "shared surname with a tag before: Draycott - the one with the jet - said → Zebedee Draycott (not Leopoldine Draycott, named in "
  "the paragraph before)", "said", note="reported speech without 'that'; dashes between the name and the verb; the partial ends it")
Q(R3, D, "the minute the money lands", "Zebedee Draycott", "surname before: Draycott - the one with the jet - said", "said", partial=True)
Q(R3, I, "the building would stay shut today \"as a precaution\"", None,
  "unresolved: An embassy spokeswoman said (unnamed)", "said", note="reported speech without 'that'; the partial ends it")
Q(R3, D, "as a precaution", None, "unresolved: An embassy spokeswoman said", "said", partial=True)
Q(R3, I, "the government \"does not interfere with judges\"", "Ellery Saltash",
  "title + name before: Foreign ministry spokesman Ellery Saltash repeated that", "repeated")
Q(R3, D, "does not interfere with judges", "Ellery Saltash", "name before: Ellery Saltash repeated that", "repeated", partial=True)
Q(R3, I, "the plane was \"the most boring thing I've ever guarded\"", None,
  "unresolved: One of them told the Pelican → one of the four private guards (unnamed)", "told", channel="interview with the Pelican",
  note="reported speech without 'that'; the partial ends it")
Q(R3, D, "the most boring thing I've ever guarded", None, "unresolved: One of them told the Pelican (an unnamed guard)", "told",
  channel="interview with the Pelican", partial=True)

# R4: Fernhollow Radio live blog, 2051-03-21 (Tue; plain-text scrape: a header line "LIVE: ... - Tuesday 21 March", then entries each
# beginning with a 12-hour stamp (with a colon, no point) on a line of its own; straight quotes; no diacritics; no zone stated for the
# stamps except through "9.30am - that's 13:30 GMT and 15:30 in Tarkand")
Q(R4, I, "the court \"is not here to decide who owes whom\"", "Tancred Tannahill",
  "title + name before: Justice Tancred Tannahill, presiding, opens by reminding both sides that", "reminding",
  note="a participle after 'opens by' as the speech verb; 'the court' inside is his own court")
Q(R4, D, "is not here to decide who owes whom", "Tancred Tannahill", "name before: Justice Tancred Tannahill ... reminding", "reminding",
  partial=True)
Q(R4, D, "We are here to decide whether an aeroplane can be taken. Nothing more,", "Tancred Tannahill",
  "title alone after: the judge said → Justice Tancred Tannahill, the subject of the sentence before", "said", note="multi-sentence")
Q(R4, I, "a minister travelling on state business carries her country's immunity with her, and so does the plane", "Leopoldine Draycott",
  "name before: Leopoldine Draycott, for Sarvonia, argues that", "argues", note="present tense")
Q(R4, D, "If this ruling stands, no minister can safely land in Evandria again,", "Leopoldine Draycott",
  "pronoun after: she said → Leopoldine Draycott, the subject of the sentence before", "said")
Q(R4, I, "the jet was on a \"sales trip\"", "Sidony Brackenbury", "name before: Tidemoor's lawyer Sidony Brackenbury replies that",
  "replies", note="present tense; the partial ends it")
Q(R4, D, "sales trip", "Sidony Brackenbury", "name before: Sidony Brackenbury replies that", "replies", partial=True)
Q(R4, I, "the delegation's own programme, read out in court, lists 11 meetings with companies and none with the Evandrian government",
  "Sidony Brackenbury", "pronoun before: She points out that → Brackenbury, the subject of the sentence before", "points out",
  note="a phrasal speech verb")
Q(R4, I, "the public gallery is full, about 40 people, at least 20 of them Sarvonians who live in Hobbingford", "Merryn Coldridge",
  "name before: Merryn Coldridge says", "says", note="present tense, without 'that'")
Q(R4, D, "There's a woman behind me knitting a scarf in the Sarvonian colours,", "Merryn Coldridge",
  "pronoun after: she says → Coldridge, the subject of the sentence before", "says")
Q(R4, I, "she is following the hearing \"with a cold coffee and a warm heart\"", "Boglarka Szentmiklosy",
  "title + name before: Energy Minister Boglarka Szentmiklosy has posted on X that", "posted", channel="post on X",
  note="'posted on X that' as the speech verb; the partial ends it")
Q(R4, D, "with a cold coffee and a warm heart", "Boglarka Szentmiklosy", "name before: Boglarka Szentmiklosy has posted on X that",
  "posted", channel="post on X", partial=True)
Q(R4, D, "Sarvonia had four years to pay. It had four days to post a bond. It has done neither,", "Sidony Brackenbury",
  "surname before a colon, and pronoun after: Brackenbury again: ... she told the court → Brackenbury", "told", channel="hearing",
  note="multi-sentence; the entry opens with the name and a colon, the verb follows the quote")
Q(R4, I, "they would return \"before the end of the afternoon\"", "Tancred Tannahill", "surname before: Tannahill said", "said",
  note="reported speech without 'that'; 'they' is the three judges")
Q(R4, D, "before the end of the afternoon", "Tancred Tannahill", "surname before: Tannahill said", "said", partial=True)
Q(R4, I, "he expected to win and that, if he lost, he would go to the Supreme Court", "Zebedee Draycott",
  "name before: Zebedee Draycott of Tidemoor, who is not in court, told Fernhollow Radio this morning that", "told",
  channel="interview with Fernhollow Radio", note="'that ... and that ...': one record; a time phrase between the addressee and 'that'")
Q(R4, D, "I have waited since 2047. I can wait a little longer,", "Zebedee Draycott",
  "pronoun after: he said → Draycott, the subject of the sentence before", "said", channel="interview with Fernhollow Radio",
  note="multi-sentence")
Q(R4, I, "the jet was \"an instrument of the Sarvonian state\" and could not be held for a commercial debt", "Court of Appeal",
  "group before: the court rules that → the Court of Appeal (the blog's subject, named in its first entry)", "rules",
  channel="judgment", note="present tense; a ruling reported as speech")
Q(R4, D, "an instrument of the Sarvonian state", "Court of Appeal", "group before: the court rules that", "rules", channel="judgment",
  partial=True)
Q(R4, I, "Sarvonia was \"grateful to Evandria's judges, if not to everyone in Evandria\"", "Akos Vendrey",
  "title + name before: Foreign Minister Akos Vendrey said", "said", note="reported speech without 'that'; the partial ends it")
Q(R4, D, "grateful to Evandria's judges, if not to everyone in Evandria", "Akos Vendrey", "name before: Akos Vendrey said", "said",
  partial=True)
Q(R4, D, "Our plane will be home before the weekend.", "Akos Vendrey",
  "title alone before, a colon: The minister said: → Vendrey, the foreign minister of the sentence before (not the energy minister "
  "Szentmiklosy of an earlier entry)", "said")
Q(R4, I, "it intends to ask the Supreme Court to hear the case and that the ruling \"leaves Sarvonia's debt exactly where it was\"",
  "Tidemoor Energy", "name before: Tidemoor says in a statement that", "says", channel="statement",
  note="'that ... and that ...': one record; the partial ends it")
Q(R4, D, "leaves Sarvonia's debt exactly where it was", "Tidemoor Energy", "name before: Tidemoor says in a statement ... and that",
  "says", channel="statement", partial=True)
Q(R4, I, "The jet is due to leave Wetherscombe at 7am on Thursday", "Merryn Coldridge",
  "surname after: Coldridge says → Merryn Coldridge", "says", note="clause first, the attribution after; present tense")

# R5: The Hobbingford Vantage, 2051-03-23 (Thu; broadsheet; curly quotes and apostrophes; sayings in the present tense; no dateline;
# diacritics; one instant in three places)
Q(R5, D, "We lost a plane and won an argument,", "Zebedee Draycott",
  "description after: Tidemoor Energy’s chief executive says → Zebedee Draycott, named in the sentence before", "says",
  channel="interview with the Vantage")
Q(R5, D, "Everyone in Tárkánd now knows our name. Three weeks ago, nobody there would take my calls.", "Zebedee Draycott",
  "continuation: the quote after '..., Tidemoor Energy’s chief executive says, in a boardroom ...'", None,
  channel="interview with the Vantage", note="multi-sentence")
Q(R5, I, None, "Court of Appeal", "document in the middle: it says → the Court of Appeal’s majority judgment (the sentence before)",
  "says", channel="judgment",
  parts=["A plane carrying a minister on her government’s business", "belongs to the sovereign life of the state"],
  note="reported speech split by its attribution (', it says,'): one record with two parts; the judgment of the court speaks; the "
       "clause after the comma ('whatever else the trip involves') is the judgment's too but left out of the span")
Q(R5, I, "Sarvonia’s other property in Evandria enjoys no such protection", "Tancred Tannahill",
  "title + name before: Justice Tancred Tannahill, who wrote for the majority, is careful to add that", "add",
  note="'is careful to add that': the speech verb inside an adjective phrase")
Q(R5, I, None, "Tancred Tannahill", "title alone in the middle: the judge says → Tannahill, the subject of the sentence before", "says",
  parts=["That", "is a question for another day"],
  note="reported speech split by its attribution (', the judge says,'): one record with two parts")
Q(R5, D, "a relief for every diplomat who has ever boarded a plane", "Leopoldine Draycott",
  "name before: Leopoldine Draycott, who argued Sarvonia’s case, calls the judgment", "calls", partial=True,
  note="a quoted fragment as the complement of 'calls'; no clause, so no indirect record of its own")
Q(R5, I, None, "Leopoldine Draycott", "pronoun in the middle: she says → Leopoldine Draycott, the subject of the sentence before", "says",
  parts=["She has been asked", "whether she is related to her opponent’s client “roughly once an hour” since last week"],
  note="reported speech split by its attribution (', she says,'): one record with two parts; a partial inside the second part")
Q(R5, D, "roughly once an hour", "Leopoldine Draycott", "pronoun in the middle: She has been asked, she says,", "says", partial=True)
Q(R5, I, "it is now ready to talk", "Sarvonia", "capital for its government before: Tárkánd says → Sarvonia's government", "says",
  note="a capital city speaks for its government (a metonym); present tense, without 'that'")
Q(R5, I, "negotiations with Tidemoor could begin “as early as 12 April”", "Boglarka Szentmiklosy",
  "name before: Boglárka Szentmiklósy, the energy minister who flew home in economy class, wrote on X last night that", "wrote",
  channel="post on X", note="a time phrase between the channel and 'that'; what follows the partial ('the day the Supreme Court ...') "
  "is the paper's own")
Q(R5, D, "as early as 12 April", "Boglarka Szentmiklosy", "name before: Boglárka Szentmiklósy, ..., wrote on X", "wrote",
  channel="post on X", partial=True)
Q(R5, I, "“a debt is a conversation, not a verdict”", "Akos Vendrey",
  "pronoun before: he says only that → Ákos Vendrey, the subject of the sentence before", "says",
  note="the whole clause is quoted: the indirect record holds the partial's marks")
Q(R5, D, "a debt is a conversation, not a verdict", "Akos Vendrey", "pronoun before: he says only that", "says", partial=True)
Q(R5, I, "the company has already found two other Sarvonian assets in Evandria: a cargo ship registered to the state shipping line and a stake of roughly 30 per cent in a Wetherscombe gas terminal",
  "Sidony Brackenbury", "name before: According to Sidony Brackenbury, Tidemoor’s lawyer, → Brackenbury", "according to",
  note="'According to X,' first, the clause after; a list after a colon inside the clause; 'She will not say ...' is no record")
Q(R5, D, "Nobody wants foreign ministers arriving by rowing boat,", "Ellery Saltash",
  "name after: says Ellery Saltash, the foreign ministry’s spokesman", "says", note="verb before the name")
Q(R5, D, "But the courts have spoken twice, and twice is enough.", "Ellery Saltash",
  "continuation: the quote after '..., says Ellery Saltash, the foreign ministry’s spokesman.'", None)
Q(R5, D, "She is a good aircraft,", "Markus Ilosvay",
  "pronoun after: he says → Captain Márkus Ilosvay, the subject of the sentence before ('She' inside is the aircraft)", "says")
Q(R5, D, "She did not deserve nine days in a car park.", "Markus Ilosvay", "continuation: the quote after '..., he says.'", None)


# ---------------------------------------------------------------- entities
E("Sarvonia", "country",
  ["Sarvonia", ("Tarkand", None, ["written to Tarkand"]), ("Tárkánd", None, ["Tárkánd has asked", "Tárkánd says it"])],
  metonyms=[{"alias": "Tarkand", "metonym_of": "Sarvonia (its government)"},
            {"alias": "Tárkánd", "metonym_of": "Sarvonia (its government)"}],
  adjectival=["Sarvonian", "Sarvonians"],
  note="the debtor state, whose jet is seized; its capital stands for its government three times: \"We have written to Tarkand 41 "
       "times\" (R1, inside Draycott's quote), \"Tárkánd has asked Hobbingford to step in\" (R2, both capitals in one sentence) and "
       "\"Tárkánd says it is now ready to talk\" (R5, a speaker); \"Sarvonian\" and \"Sarvonians\" are demonyms, not mentions")
E("Tarkand", "city", ["TÁRKÁND", "Tárkánd", "Tarkand"],
  note="Sarvonia's capital: \"In Tarkand, the foreign ministry ...\" (R1), the dateline TÁRKÁND and \"landed in Tárkánd\" (R2), \"Back "
       "in Tarkand\" (R3), \"15:30 in Tarkand\", \"In Tarkand, Energy Minister ...\" (R4), \"13:04 in Tárkánd\", \"Everyone in Tárkánd\" "
       "(R5, inside Draycott's quote); canonical name without diacritics; the metonym contexts are claimed by Sarvonia")
E("Evandria", "country", ["Evandria", ("Hobbingford", None, ["Hobbingford to step in"])],
  metonyms=[{"alias": "Hobbingford", "metonym_of": "Evandria (its government)"}], adjectival=["Evandrian"],
  note="the state whose courts seize the jet (R1 dateline and twice more, R2 once, R3 twice, R4 three times, R5 three times, \"Evandria’s "
       "government\" among them); its capital stands for its government once: \"Tárkánd has asked Hobbingford to step in\" (R2)")
E("Hobbingford", "city", ["Hobbingford"],
  note="Evandria's capital, seat of the Court of Appeal: \"a short hop to Hobbingford, the Evandrian capital\" (R1), \"Court of Appeal "
       "in Hobbingford\" (R3, R4), \"Sarvonians who live in Hobbingford\" (R4); the metonym context is claimed by Evandria")
E("Wetherscombe", "city", ["WETHERSCOMBE", "Wetherscombe"],
  note="the Evandrian city of the airport, the trade fair, Tidemoor and the commercial court: the dateline and twice more (R1; a third, "
       "nested in \"Wetherscombe Commercial Court\", is not a mention), R2 three times (once inside Vendrey's quote), R3 twice "
       "(\"Wetherscombe's Tidemoor Energy\", \"Wetherscombe airport\"), R4 once, R5 twice (\"the Wetherscombe court\" is claimed by the "
       "court)")
E("Szilvas", "place", ["Szilvas", "Szilvás"], note="the Sarvonian village of the cancelled power station (R1, R2 twice)")
E("Tidemoor Energy", "company",
  ["Tidemoor Energy", "Tidemoor", ("energy company", None, ["an energy company that says"]),
   ("company", None, ["the company says"])],
  note="the creditor, an Evandrian energy company: \"Tidemoor Energy\" (R1, R2, R3, R5 twice), \"Tidemoor\" (R1, R2 twice, R4 three "
       "times, R5 four times); descriptions claimed where it speaks (R1 \"an energy company that says\", \"the company says\"); "
       "\"the firm\" (R3) and the other \"the company\" (R2, R5) are not annotated")
E("Permanent Energy Arbitration Panel", "organisation", ["Permanent Energy Arbitration Panel", "PEAP"],
  note="the arbitration body that made the 2047 award: expansion and acronym in R1, the expansion in R2")
E("Wetherscombe Commercial Court", "court",
  ["Wetherscombe Commercial Court", ("Wetherscombe court", None, ["the Wetherscombe court"])],
  note="Judge Corrowby's court (R1, a speaker through its records); \"the Wetherscombe court\" (R5)")
E("Court of Appeal", "court", ["Court of Appeal", ("court", None, ["the court rules"])],
  note="the appeal court in Hobbingford: R3, R4 (the header line and the first entry), R5 (\"The Court of Appeal’s majority "
       "judgment\"); \"the court rules\" claimed (R4, a speaker); the other \"the court\" (R4 inside Tannahill's clause, \"told the "
       "court\", \"not in court\") are not annotated")
E("Supreme Court", "court", ["Supreme Court"], note="Evandria's highest court, where Tidemoor wants to go next (R4 twice, R5)")
E("Sarvonian Foreign Ministry", "government body",
  [("foreign ministry", None, ["the foreign ministry summoned"]), ("ministry", None, ["the ministry's statement"])],
  note="Sarvonia's foreign ministry: \"In Tarkand, the foreign ministry summoned ...\" and, a speaker, \"the ministry's statement said\" "
       "(R1)")
E("Evandrian Foreign Ministry", "government body",
  [("foreign ministry", None, ["Evandria's foreign ministry", "foreign ministry’s spokesman"]),
   ("Foreign ministry", None, ["Foreign ministry spokesman"])],
  note="Evandria's foreign ministry, Saltash's employer: \"a spokesman for Evandria's foreign ministry\" (R1), \"Foreign ministry "
       "spokesman\" (R3), \"the foreign ministry’s spokesman\" (R5); never a speaker itself")
E("Sarvonian Finance Ministry", "government body", [("finance ministry", None, ["The finance ministry said"])],
  note="Sarvonia's finance ministry, a speaker through its statement (R2)")
E("X", "platform", ["X"])
E("Thornbury Wire", "news agency", ["Thornbury Wire"], note="the wire, in its dateline (R1)")
E("The Daily Pelican", "media outlet", [("Pelican", [R3])], note="\"told the Pelican\" three times (R3)")
E("Fernhollow Radio", "media outlet", ["Fernhollow Radio"], note="\"told Fernhollow Radio\" (R4)")
E("Boglarka Szentmiklosy", "person",
  ["Boglarka Szentmiklosy", "Boglárka Szentmiklósy", ("Szentmiklosy", [R1, R3])],
  note="Sarvonia's energy minister, who led the delegation: \"Energy Minister Boglarka Szentmiklosy\" (R1, R4), \"Energy Minister "
       "Boglárka Szentmiklósy\" (R2), \"Boglárka Szentmiklósy\" (R5), \"Szentmiklosy\" (R1; R3 \"That Szentmiklosy woman\", inside "
       "Draycott's quote); \"the stranded minister\" (R3) and \"the energy minister\" (R5) are not annotated; canonical name without "
       "diacritics")
E("Akos Vendrey", "person",
  ["Akos Vendrey", "Ákos Vendrey", ("Vendrey", [R2]), ("The minister", None, ["The minister said:"])],
  note="Sarvonia's foreign minister: \"Foreign Minister Akos Vendrey\" (R1, R4), \"Foreign Minister Ákos Vendrey\" (R2), \"Ákos Vendrey, "
       "the foreign minister\" (R5), \"Vendrey\" (R2), \"The minister said:\" claimed (R4); canonical name without diacritics")
E("Zebedee Draycott", "person",
  ["Zebedee Draycott", "Repo Man",
   ("Draycott", None, ["Mr Draycott", "Draycott - the one with the jet"]),
   ("chief executive", None, ["Tidemoor Energy’s chief executive says"])],
  note="Tidemoor's chief executive: full name in R1, R2, R3, R4, R5; the tabloid's label \"the Repo Man\" (R3, twice); bare \"Draycott\" "
       "where it is his (R3: \"Mr Draycott\" inside Szentmiklosy's inner quote, addressed to him; \"Draycott - the one with the jet -\"); "
       "\"Tidemoor Energy’s chief executive says\" claimed (R5); R3's \"ALSO called Draycott\" is Leopoldine")
E("Leopoldine Draycott", "person",
  ["Leopoldine Draycott", ("Draycott", None, ["ALSO called Draycott"])],
  note="the Evandrian lawyer acting for Sarvonia, no relation of Zebedee: full name in R2, R3, R4, R5; R3's \"Sarvonia's lawyer in "
       "Evandria - who is ALSO called Draycott -\" (named in the next paragraph)")
E("Eglantine Corrowby", "person",
  ["Eglantine Corrowby", ("Corrowby", [R2]), ("judge", None, ["a judge said", "The judge said she", "The judge said in her"])],
  note="the Wetherscombe Commercial Court judge who ordered the seizure: \"Judge Eglantine Corrowby\" (R1, R2, R3), \"Corrowby\" (R2); "
       "\"the judge\" claimed where she speaks (R2 \"The judge said\", R3 \"a judge said\", \"The judge said in her ruling\")")
E("Tancred Tannahill", "person",
  ["Tancred Tannahill", ("Tannahill", [R4]), ("judge", None, ["the judge said", "the judge says"])],
  note="the presiding judge of the Court of Appeal: \"Justice Tancred Tannahill\" (R4, R5), \"Tannahill\" (R4), \"the judge said\" (R4) "
       "and \"the judge says\" (R5) claimed")
E("Markus Ilosvay", "person", ["Markus Ilosvay", "Márkus Ilosvay", ("Ilosvay", [R1])],
  note="the jet's captain: \"Markus Ilosvay\", \"Ilosvay\" (R1), \"Captain Márkus Ilosvay\" (R2, R5); canonical name without diacritics")
E("Ellery Saltash", "person", ["Ellery Saltash"], note="Evandria's foreign ministry spokesman (R1, R3, R5)")
E("Hajnalka Tiszavari", "person", ["Hajnalka Tiszavári"],
  note="the mayor of Szilvás (R2); canonical name without diacritics")
E("Sidony Brackenbury", "person", ["Sidony Brackenbury", ("Brackenbury", [R4])],
  note="Tidemoor's lawyer: \"Tidemoor's lawyer Sidony Brackenbury\", \"Brackenbury again:\" (R4), \"According to Sidony Brackenbury\" (R5)")
E("Merryn Coldridge", "person", ["Merryn Coldridge", ("Coldridge", [R4])], note="the radio's reporter in court (R4)")

DISTINCT = [
    ("Zebedee Draycott", "Leopoldine Draycott", "two unrelated people sharing a surname: the creditor's chief executive and the lawyer "
     "acting against him (R3's \"ALSO called Draycott\" is Leopoldine, R3's \"Draycott - the one with the jet -\" and \"Mr Draycott\" are "
     "Zebedee)"),
    ("Zebedee Draycott", "Tidemoor Energy", "the chief executive vs his company (both speak: R1, R4)"),
    ("Zebedee Draycott", "Boglarka Szentmiklosy", "outer vs inner speaker of R3's nested quote"),
    ("Eglantine Corrowby", "Tancred Tannahill", "two judges, each \"the judge\" (Corrowby in R2 and R3, Tannahill in R4 and R5)"),
    ("Eglantine Corrowby", "Wetherscombe Commercial Court", "the judge vs her court (R1's \"according to court records\" is the court's)"),
    ("Tancred Tannahill", "Court of Appeal", "the presiding judge vs his court (both speak in R4 and R5)"),
    ("Wetherscombe Commercial Court", "Court of Appeal", "the first-instance court vs the appeal court"),
    ("Court of Appeal", "Supreme Court", "the appeal court vs the highest court"),
    ("Wetherscombe", "Wetherscombe Commercial Court", "the city vs the court named after it"),
    ("Sarvonia", "Tarkand", "the government (metonyms, R1, R2, R5) vs the capital city"),
    ("Evandria", "Hobbingford", "the government (metonym, R2) vs the capital city"),
    ("Sarvonia", "Sarvonian Foreign Ministry", "R5's \"Tárkánd says\" (the government) vs R1's \"the ministry's statement\""),
    ("Sarvonian Foreign Ministry", "Evandrian Foreign Ministry", "two foreign ministries, both \"foreign ministry\""),
    ("Sarvonian Foreign Ministry", "Sarvonian Finance Ministry", "two ministries of one state, both speaking through statements"),
    ("Boglarka Szentmiklosy", "Akos Vendrey", "the energy minister vs the foreign minister (R4's \"The minister said:\" is Vendrey)"),
    ("Leopoldine Draycott", "Sidony Brackenbury", "the two lawyers (R4's \"she said\" after Draycott, \"she told the court\" after "
     "Brackenbury)"),
    ("Merryn Coldridge", "Sidony Brackenbury", "R4's reporter vs the lawyer of the entry before"),
    ("Tidemoor Energy", "Permanent Energy Arbitration Panel", "the company vs the panel that ruled for it"),
    ("Ellery Saltash", "Evandrian Foreign Ministry", "the spokesman vs his ministry"),
]


# ---------------------------------------------------------------- times
# R1 anchor Tue 2051-03-14 (Evandria keeps UTC-4: "06:10 local time (10:10 GMT)"; Sarvonia UTC+2)
T(R1, "March 14", "date", "2051-03-14", "dateline; month and day, year of the publication date")
T(R1, "on Tuesday", "weekday", "2051-03-14", "the anchor day (\"impounded ... at Wetherscombe airport on Tuesday\")")
T(R1, "since 2047", "date", "2047-01-01/2047-12-31", "a year (\"ignored an arbitration award since 2047\")", granularity="year")
T(R1, "late on Monday", "weekday", "2051-03-13", "the latest Monday before the anchor (\"landed late on Monday\")")
T(R1, "06:10 local time", "time", "2051-03-14T06:10:00-04:00",
  "\"local time\" of the dateline's city (Wetherscombe), fixed at UTC-4 by \"(10:10 GMT)\" after it; the anchor day")
T(R1, "10:10 GMT", "time", "2051-03-14T10:10:00+00:00", "the same instant as 06:10 local time, written in GMT")
T(R1, "four years", "duration", "P4Y", "duration (inside Draycott's quote \"polite for four years\")")
T(R1, "18:00 local time", "time", "2051-03-14T18:00:00+02:00",
  "\"local time\" of the place of the sentence (\"In Tarkand, the foreign ministry summoned ...\"), not of the dateline: Sarvonian "
  "time, UTC+2; the anchor day")
T(R1, "on Thursday", "weekday", "2051-03-16", "future (\"had been due to sign ... at the fair on Thursday\"): the Thursday after the anchor")
T(R1, "on Friday", "weekday", "2051-03-10", "the latest Friday before the anchor (\"The order was signed on Friday\")")
T(R1, "Wednesday", "weekday", "2051-03-15", "future (\"set for Wednesday at 10:00\"): the Wednesday after the anchor")
T(R1, "10:00", "time", "2051-03-15T10:00:00-04:00",
  "\"Wednesday at 10:00\": a hearing in Wetherscombe, the dateline's time (UTC-4); Wednesday 15 March")

# R2 anchor Thu 2051-03-16 (Tárkánd UTC+2)
T(R2, "16 March", "date", "2051-03-16", "dateline in day-month order; year of the publication date")
T(R2, "11:20", "time", "2051-03-16T11:20:00+02:00",
  "\"landed in Tárkánd at 11:20 this morning\": the place's and the paper's time, UTC+2; the anchor day")
T(R2, "this morning", "relative", "2051-03-16", "the morning of the anchor day")
T(R2, "two days", "duration", "P2D", "duration in words (\"two days after an Evandrian court impounded\")")
T(R2, "yesterday", "relative", "2051-03-15", "the day before the anchor (\"At a hearing in Wetherscombe yesterday\")")
T(R2, "on Friday", "weekday", "2051-03-17", "future (\"would give her decision on Friday\"): the Friday after the anchor")
T(R2, "eleven years", "duration", "P11Y", "duration in words (\"has flown the jet for eleven years\")")
T(R2, "on Wednesday evening", "weekday", "2051-03-15", "the latest Wednesday before the anchor (\"told parliament on Wednesday evening\")")
T(R2, "on Tuesday", "weekday", "2051-03-14", "the latest Tuesday before the anchor (\"summoned on Tuesday\")")
T(R2, "2043", "date", "2043-01-01/2043-12-31", "a year (\"goes back to 2043\")", granularity="year")
T(R2, "2045", "date", "2045-01-01/2045-12-31", "a year (\"and to 2045\")", granularity="year")
T(R2, "two years", "duration", "P2Y", "duration in words (\"found for the company two years later\": 2047)")

# R3 anchor Sat 2051-03-18 (no dateline, no clock, no zone)
T(R3, "yesterday", "relative", "2051-03-17", "the day before the anchor (\"yesterday a judge said he can keep it\")")
T(R3, "last night", "relative", "2051-03-17", "the night before the anchor day (\"was celebrating last night\")")
T(R3, "TUESDAY", "weekday", "2051-03-14", "\"grabbed on TUESDAY\" in capitals: the latest Tuesday before the anchor")
T(R3, "in 2049", "date", "2049-01-01/2049-12-31", "a year (inside Draycott's quote \"at a conference in 2049\")", granularity="year")
T(R3, "next Friday", "relative", "2051-03-24",
  "the Friday of the week after the anchor's (\"by next Friday\" in a Saturday paper): Friday 24 March, not yesterday's Friday")
T(R3, "in 2029", "date", "2029-01-01/2029-12-31", "a year (\"started the firm in a garage in 2029\")", granularity="year")
T(R3, "on Tuesday", "weekday", "2051-03-21", "future (\"take the fight to the Court of Appeal ... on Tuesday\"): the Tuesday after the anchor")
T(R3, "On Tuesday night", "weekday", "2051-03-14", "the latest Tuesday before the anchor, its night (\"On Tuesday night Sarvonian TV showed\")")
T(R3, "late Friday", "weekday", "2051-03-17", "the latest Friday before the anchor (\"by late Friday a crowd ...\")")
T(R3, "today", "relative", "2051-03-18", "the anchor day (\"would stay shut today\")")
T(R3, "Friday afternoon", "weekday", "2051-03-17", "the latest Friday before the anchor (\"since Friday afternoon\")")
T(R3, "Tuesday morning", "weekday", "2051-03-14", "the latest Tuesday before the anchor (\"since Tuesday morning\")")

# R4 anchor Tue 2051-03-21; stamps are Hobbingford time, UTC-4 ("9.30am - that's 13:30 GMT and 15:30 in Tarkand")
T(R4, "Tuesday 21 March", "date", "2051-03-21", "weekday, day and month without a year in the blog's header: the anchor day")
for stamp, hm in (("8:52am", "08:52"), ("9:34am", "09:34"), ("9:51am", "09:51"), ("10:20am", "10:20"), ("10:48am", "10:48"),
                  ("11:15am", "11:15"), ("11:40am", "11:40"), ("12:05pm", "12:05"), ("2:10pm", "14:10"), ("4:05pm", "16:05"),
                  ("4:20pm", "16:20"), ("4:41pm", "16:41")):
    T(R4, stamp, "time", f"2051-03-21T{hm}:00-04:00",
      "a live-blog entry stamp (12-hour clock with a colon and am/pm) on a line of its own, no zone of its own: Hobbingford time, "
      "UTC-4 (\"9.30am - that's 13:30 GMT\"); the anchor day (the header's Tuesday 21 March)", after=f"\n{stamp}\n"
      if stamp != "8:52am" else None)
T(R4, "9.30am", "time", "2051-03-21T09:30:00-04:00",
  "a 12-hour clock with a point and no zone of its own: the blog's city (Hobbingford), UTC-4, fixed by \"that's 13:30 GMT\" after it")
T(R4, "13:30 GMT", "time", "2051-03-21T13:30:00+00:00", "the same instant as 9.30am, written in GMT")
T(R4, "15:30", "time", "2051-03-21T15:30:00+02:00",
  "\"15:30 in Tarkand\": Sarvonian time, UTC+2; the same instant as 9.30am and 13:30 GMT — one instant in three zones")
T(R4, "four years", "duration", "P4Y", "duration (inside Brackenbury's quote \"four years to pay\")")
T(R4, "four days", "duration", "P4D", "duration (inside Brackenbury's quote \"four days to post a bond\")")
T(R4, "this morning", "relative", "2051-03-21", "the morning of the anchor day (\"told Fernhollow Radio this morning\")")
T(R4, "since 2047", "date", "2047-01-01/2047-12-31", "a year (inside Draycott's quote \"I have waited since 2047\")", granularity="year")
T(R4, "the weekend", "relative", "2051-03-25/2051-03-26",
  "the coming weekend, Saturday and Sunday after the anchor (inside Vendrey's quote \"home before the weekend\")")
T(R4, "7am", "time", "2051-03-23T07:00:00-04:00",
  "\"leave Wetherscombe at 7am on Thursday\": Evandrian time (the blog's and Wetherscombe's, UTC-4); Thursday 23 March")
T(R4, "on Thursday", "weekday", "2051-03-23", "future (\"at 7am on Thursday\"): the Thursday after the anchor")
T(R4, "today", "relative", "2051-03-21", "the anchor day (\"That's all from us today\")")

# R5 anchor Thu 2051-03-23 (no dateline; clocks in named places: Wetherscombe UTC-4, Tárkánd UTC+2, and GMT)
T(R5, "07:04", "time", "2051-03-23T07:04:00-04:00",
  "\"took off from Wetherscombe at 07:04 this morning\": Wetherscombe's time, UTC-4 (the GMT time after it fixes it); the anchor day")
T(R5, "this morning", "relative", "2051-03-23", "the morning of the anchor day")
T(R5, "11:04 GMT", "time", "2051-03-23T11:04:00+00:00", "clock time with its zone; the same instant as 07:04 in Wetherscombe")
T(R5, "13:04", "time", "2051-03-23T13:04:00+02:00",
  "\"13:04 in Tárkánd\": Sarvonian time, UTC+2 (two hours ahead of the GMT time before it); the same instant — one instant in three "
  "places")
T(R5, "nine days", "duration", "P9D", "duration in words (\"nine days after bailiffs clamped its nose wheel\")", after="– nine")
T(R5, "Three weeks ago", "relative", "2051-03-02",
  "the anchor day less three weeks (inside Draycott's quote \"Three weeks ago, nobody there would take my calls\"): Thursday 2 March")
T(R5, "earlier this month", "relative", "2051-03-01/2051-03-22", "the anchor's month up to the day before the anchor")
T(R5, "10 March", "date", "2051-03-10", "day and month without a year (\"on 10 March\"): the anchor's year")
T(R5, "on Tuesday afternoon", "weekday", "2051-03-21", "the latest Tuesday before the anchor (\"delivered on Tuesday afternoon\")")
T(R5, "last week", "relative", "2051-03-13/2051-03-19",
  "the Monday–Sunday week before the anchor's (inside Leopoldine Draycott's split clause \"since last week\")", after="an hour” since ")
T(R5, "last night", "relative", "2051-03-22", "the night before the anchor day (\"wrote on X last night\")")
T(R5, "12 April", "date", "2051-04-12", "day and month without a year, future (inside the partial \"as early as 12 April\"): the anchor's year")
T(R5, "last week", "relative", "2051-03-13/2051-03-19",
  "the Monday–Sunday week before the anchor's (\"spent much of last week insisting\")", after="much of ")
T(R5, "nine days", "duration", "P9D", "duration in words (inside Ilosvay's quote \"nine days in a car park\")", after="deserve ")


# ---------------------------------------------------------------- numbers
N(R1, "26 officials", 26, "official", "count")
N(R1, "some 400 exhibitors", 400, "exhibitor", "count", approx="about", note="\"some\" read as about")
N(R1, "$412 million", 412000000, "usd", "money")
N(R1, "about $530 million", 530000000, "usd", "money", approx="about", note="inside the split clause of the company")
N(R1, "41 times", 41, "time", "count", note="inside Draycott's quote")
N(R1, "four years", 4, "year", "duration", note="word number (inside Draycott's quote)")
N(R1, "two gas supply agreements", 2, "agreement", "count", note="word number")
N(R1, "about 20 bailiffs and police officers", 20, "person", "count", approx="about",
  note="the noun is a pair of nouns (\"bailiffs and police officers\")")

N(R2, "two days", 2, "day", "duration", note="word number")
N(R2, "19", 19, "official", "count", after="scheduled flight with ", note="\"19 of her 26 officials\": the noun from the count after it")
N(R2, "26 officials", 26, "official", "count")
N(R2, "eleven years", 11, "year", "duration", note="word number")
N(R2, "1.2 billion dollars", 1200000000, "usd", "money", note="a decimal with 'billion' and the currency in words")
N(R2, "900-megawatt", 900, "megawatt", "power", note="a number as a hyphenated adjective (\"a 900-megawatt gas plant\")")
N(R2, "two years", 2, "year", "duration", note="word number (\"two years later\")")
N(R2, "no more than 470 million dollars", 470000000, "usd", "money", approx="up_to",
  note="\"no more than\" read as up to (inside a partial)")
N(R2, "530 million", 530000000, "usd", "money", note="the currency only from the partial before it (\"470 million dollars\")")
N(R2, "300 jobs", 300, "job", "count", note="inside Tiszavári's quote")

N(R3, "58", 58, "year", "age", after="Zebedee Draycott, ", note="an age (\"Zebedee Draycott, 58,\")")
N(R3, "$60 million", 60000000, "usd", "money")
N(R3, "58-year-old", 58, "year", "age", note="an age as a noun (\"the 58-year-old\")")
N(R3, "two employees", 2, "employee", "count", note="word number")
N(R3, "more than 1,300", 1300, "employee", "count", approx="more_than", note="the noun from \"two employees\" before it")
N(R3, "more than $9 million", 9000000, "usd", "money", approx="more_than")
N(R3, "about 150", 150, "person", "count", approx="about", note="\"a crowd of about 150\": the noun is understood")
N(R3, "more than 3,000 comments", 3000, "comment", "count", approx="more_than")
N(R3, "19-seater", 19, "seat", "count", note="a number inside a compound noun (\"a 19-seater\")")
N(R3, "an estimated $45 million", 45000000, "usd", "money", approx="about", note="\"an estimated\" read as about")
N(R3, "four private guards", 4, "guard", "count", note="word number")

N(R4, "three judges", 3, "judge", "count", note="word number")
N(R4, "11 meetings", 11, "meeting", "count")
N(R4, "about 40 people", 40, "person", "count", approx="about")
N(R4, "at least 20", 20, "person", "count", approx="at_least", note="\"at least 20 of them Sarvonians\": the noun from \"40 people\"")
N(R4, "four years", 4, "year", "duration", note="word number (inside Brackenbury's quote)")
N(R4, "four days", 4, "day", "duration", note="word number (inside Brackenbury's quote)")
N(R4, "two votes", 2, "vote", "count", note="word number (\"By two votes to one\")")
N(R4, "one", 1, "vote", "count", after="two votes to ", note="word number; the noun from \"two votes\"")

N(R5, "nine days", 9, "day", "duration", after="– nine", note="word number")
N(R5, "38 wind farms", 38, "wind farm", "count")
N(R5, "Three weeks", 3, "week", "duration", note="word number opening a sentence (inside Draycott's quote \"Three weeks ago\")")
N(R5, "$412 million", 412000000, "usd", "money")
N(R5, "$530 million", 530000000, "usd", "money")
N(R5, "two other Sarvonian assets", 2, "asset", "count", note="word number")
N(R5, "roughly 30 per cent", 30, "percent", "percent", approx="about", note="\"roughly\" read as about; \"per cent\" in two words")
N(R5, "three", 3, "person", "count", after="a crew of ", note="word number after its noun (\"a crew of three\")")
N(R5, "nine days", 9, "day", "duration", after="deserve ", note="word number (inside Ilosvay's quote)")

ABOUT = ("Gold for the read stage on the invented held-out reports of demo/read-heldout28/reports.jsonl, "
         "written and committed before any reader ran on them. `file` is the report's `id`; `start`/`end` "
         "are BYTE offsets into the UTF-8 encoding of the report's `text` field; text[start:end] begins "
         "with `span`. Same format as demo/read-heldout23/gold.json. Generated by build_gold.py. See README.md here.")


G.write(ABOUT, DISTINCT, detailed=True)
