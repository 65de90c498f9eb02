#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and the annotations below.

Run from anywhere: `python3 demo/read-heldout16/build_gold.py`. Offsets are computed here from the spans
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
# R1: Thornquill News, 2041-04-15 (Mon; wire; straight quotes; dateline "HALVERGATE, Corvenna, April 15 (TQN) -", a plain
# hyphen; no diacritics: "Mikolaj Zreba", "Tadeusz Zreba", "Sedomierz", "Lazarian")
Q(R1, I, "Sunday's race may have been run over a short course, a finding that would wipe out the national record set by Lazarian runner Mikolaj Zreba and the times of more than 11,000 other finishers",
  "Aldmoor Events",
  "description before: The organisers of the Halvergate Marathon said on Monday that → Aldmoor Events (named as the organiser in paragraph 5)",
  "said", note="the organiser is named only four paragraphs later; Zreba is inside the clause, not the speaker")
Q(R1, I, "At least 3,000 of them had uploaded their routes by Sunday night", "Stridelog",
  "name after the clause: according to Stridelog, the running app most of them used", "according to",
  note="clause first, 'according to' after; the sentence before has no attribution and is not part of it")
Q(R1, D, "I looked at my watch at the finish and thought it was broken,", "Priya Marchbank",
  "name after (inverted): said Priya Marchbank, a club runner from Halvergate", "said")
Q(R1, D, "Then I saw that everybody around me was staring at theirs.", "Priya Marchbank",
  "continuation: the second quote of the paragraph, after 'said Priya Marchbank, ...'", None)
Q(R1, I, "it was \"taking the reports extremely seriously\" and had asked the Corvennan Athletics Federation (CAF) to measure the course again",
  "Aldmoor Events", "name before: Aldmoor Events, which has organised the race since 2029, said in a statement", "said",
  channel="statement", note="without 'that'; '... and had ...': one record; a relative clause between the name and the verb")
Q(R1, D, "taking the reports extremely seriously", "Aldmoor Events", "name before: Aldmoor Events ... said in a statement",
  "said", channel="statement", partial=True)
Q(R1, I, "the turnaround on Wharfside had been moved during roadworks last week and that \"somebody may have put the cone back in the wrong place\"",
  "Gresham Pyke", "name before: The race director, Gresham Pyke, told reporters that", "told",
  note="'that ... and that ...': one record")
Q(R1, D, "somebody may have put the cone back in the wrong place", "Gresham Pyke",
  "name before: The race director, Gresham Pyke, told reporters", "told", partial=True,
  note="the closing mark comes before the full stop")
Q(R1, I, "the federation's measurer would ride the course with a calibrated bicycle on Tuesday, starting at 05:30 to beat the morning traffic",
  "Corvennan Athletics Federation", "organisation's spokesman before: A CAF spokesman said → the federation", "said",
  note="reported speech without 'that'; the measurer (Mottram, unnamed in this report) is inside the clause")
Q(R1, D, "If the course is short, no record set on it can stand. That is not our choice. It is the rule,",
  "Corvennan Athletics Federation", "group after: the federation said in a statement", "said", channel="statement",
  note="multi-sentence; a body as speaker")
Q(R1, I, "he had \"never felt so light\" over the last ten kilometres", "Mikolaj Zreba",
  "surname before: Speaking at the finish on Sunday, ..., Zreba said", "said",
  note="reported speech without 'that'; a participial phrase before the name")
Q(R1, D, "never felt so light", "Mikolaj Zreba", "surname before: Zreba said", "said", partial=True)
Q(R1, D, "I ran for my father and for Sedomierz, and this record belongs to both of them,", "Mikolaj Zreba",
  "pronoun after: he said → Zreba, the subject of the sentence before (his father is named only in the sentence after)", "said",
  note="'my father' inside is Tadeusz Zreba")
Q(R1, I, "she would \"wait for the measurer like everyone else\"", "Keziah Pyke",
  "surname before: Pyke wrote in a short post on X that → Keziah Pyke, named in full in the sentence before (not Gresham Pyke, the race "
  "director, 'no relation')", "wrote", channel="post on X")
Q(R1, D, "wait for the measurer like everyone else", "Keziah Pyke", "surname before: Pyke wrote in a short post on X that → Keziah Pyke",
  "wrote", channel="post on X", partial=True, note="the closing mark comes before the full stop")
Q(R1, I, "A further 20,000-euro bonus for breaking the course record will be held back until the federation has ruled", "Aldmoor Events",
  "short name after the clause: Aldmoor said", "said", note="clause first, attribution after")
Q(R1, I, "the government had \"full confidence\" in the federation", "Lavinia Denholm",
  "title + name before: Sport Minister Lavinia Denholm said", "said", note="reported speech without 'that'")
Q(R1, D, "full confidence", "Lavinia Denholm", "title + name before: Sport Minister Lavinia Denholm said", "said", partial=True)
Q(R1, I, "About 14,200 runners started the race", "Aldmoor Events", "short name after the clause: according to Aldmoor",
  "according to", note="clause first, 'according to' after")

# R2: The Halvergate Courant, 2041-04-17 (Wed; broadsheet; curly quotes and apostrophes; "per cent"; present tense for most
# speakers; no dateline and no time zone anywhere; diacritics: "Mikołaj Zręba", "Tadeusz Zręba", "Sędomierz")
Q(R2, I, None, "Ansel Mottram",
  "description in the middle: the federation’s measurer tells the Courant → Ansel Mottram (named in the paragraph before as the one who "
  "rode the course)", "tells",
  parts=["The course", "is 41,597 metres long, or 1.4 per cent short"], channel="interview with the Courant",
  note="reported speech split by its attribution: one record with two parts; present tense")
Q(R2, D, "The cone at the Wharfside turnaround was 299 metres short of the spot I painted on April 3,", "Ansel Mottram",
  "pronoun after: he says → the measurer (Mottram), the speaker of the sentence before", "says", channel="interview with the Courant")
Q(R2, D, "Out and back, that is 598 metres. The sums are not difficult.", "Ansel Mottram",
  "continuation: the quote after \"he says.\"", None, channel="interview with the Courant", note="multi-sentence")
Q(R2, I, "she saw “no way” a record could be ratified on a short course, but that the finishing order and the prize money were a matter for the organisers",
  "Maud Ketteridge", "name before: Its president, Maud Ketteridge, said last night that", "said",
  note="'that ..., but that ...': one record")
Q(R2, D, "no way", "Maud Ketteridge", "name before: Maud Ketteridge, said last night that", "said", partial=True,
  note="a two-word fragment inside the reported clause")
Q(R2, D, "On Sunday night my father knocked on my door and said, ‘Mikołaj, they are saying the course was short,’ and I laughed at him,",
  "Mikolaj Zreba", "pronoun after: he says → Zręba, 27, the son, subject of the sentence before ('is calmer than his father')", "says",
  channel="interview with the Courant", note="holds a quote inside the quote (curly single marks) spoken by someone else, his father")
Q(R2, D, "Mikołaj, they are saying the course was short,", "Tadeusz Zreba",
  "inside the outer quote: 'my father knocked on my door and said,' → the father, Tadeusz Zręba (named in the next paragraph)", "said",
  note="quote inside a quote whose speaker is NOT the outer speaker; 'Mikołaj' is the son, the one addressed")
Q(R2, D, "Nobody is laughing now.", "Mikolaj Zreba", "continuation: the quote after \"he says.\"", None,
  channel="interview with the Courant")
Q(R2, D, "My son ran 42 kilometres, and they measured 41 and a half. Who gives him back the difference?", "Tadeusz Zreba",
  "pronoun after: he asks → Tadeusz Zręba, the subject of the sentence before (not the son of the paragraph before)", "asks",
  channel="interview with the Courant", note="multi-sentence; a question inside the marks")
Q(R2, I, "Brankley Highways resurfaced Wharfside last week and re-marked the turnaround late Friday, and the organisers’ volunteers put the cone on the contractor’s mark rather than on Mottram’s",
  "Aldmoor Events", "name before: According to Aldmoor Events,", "according to",
  note="'According to X,' first; Brankley Highways and Mottram are inside the clause")
Q(R2, I, "it painted the spot it was given", "Brankley Highways", "short name before: Brankley says", "says",
  note="present tense, without 'that'")
Q(R2, I, "the firm was sent a drawing “with the old turnaround on it” and will show it to anyone who asks", "Desmond Orrey",
  "name before: Its managing director, Desmond Orrey, says", "says", note="present tense, without 'that'")
Q(R2, D, "with the old turnaround on it", "Desmond Orrey", "name before: Desmond Orrey, says", "says", partial=True)
Q(R2, D, "We have 11,806 finishers who deserve an answer, and they will get one,", "Gresham Pyke",
  "surname after: Pyke says → Gresham Pyke, named in full in the sentence before (Keziah Pyke comes only in the next paragraph)",
  "says")
Q(R2, D, "But not today, and not from me alone.", "Gresham Pyke", "continuation: the quote after \"Pyke says.\"", None)
Q(R2, I, "she is “heartbroken for Miko” and relieved that her own time, 2:22:10, was never going to be a record", "Keziah Pyke",
  "name before: Keziah Pyke, the women’s winner and no relation, says", "says", note="present tense, without 'that'")
Q(R2, D, "heartbroken for Miko", "Keziah Pyke", "name before: Keziah Pyke ... says", "says", partial=True,
  note="'Miko' inside is Mikołaj Zręba's nickname")
Q(R2, I, "the government would “not interfere” in a sporting decision", "Lavinia Denholm",
  "title + name before: Sport Minister Lavinia Denholm told parliament on Tuesday that", "told")
Q(R2, D, "not interfere", "Lavinia Denholm", "title + name before: Sport Minister Lavinia Denholm told parliament", "told", partial=True)
Q(R2, I, "the marathon brought about €14 million into the city", "Lavinia Denholm",
  "title alone: The minister said → Denholm, the sentence before", "said", note="reported speech without 'that'")
Q(R2, D, "If they measure it first,", "Mikolaj Zreba",
  "pronoun after: he says → 'The younger Zręba' (the son), subject of the two sentences before", "says",
  channel="interview with the Courant", note="the agentless 'Asked whether he would come back ...' is no record")

# R3: The Daily Ruckus, 2041-04-18 (Thu; tabloid; curly quotes; no dateline, no time zone anywhere ("2pm"); no diacritics;
# labels: "Miko", "Federation chief", "Dad and coach", "Race boss", "mum-of-three", "Women’s winner")
Q(R3, D, "A marathon is 42.195 kilometres. Not 41.6, not 41.9. The record is void, and so is every personal best set on Sunday.",
  "Maud Ketteridge", "label + name before, a colon: Federation chief Maud Ketteridge told a packed press conference at 2pm:", "told",
  channel="press conference", note="multi-sentence, after a colon; numbers inside")
Q(R3, I, "Sunday’s finishing order would stand and that the prize money was “a matter for Aldmoor”", "Maud Ketteridge",
  "pronoun before: She added that → Ketteridge, the speaker of the paragraph before", "added", channel="press conference",
  note="'that ... and that ...': one record")
Q(R3, D, "a matter for Aldmoor", "Maud Ketteridge", "pronoun before: She added that → Ketteridge", "added", channel="press conference",
  partial=True, note="the closing mark comes before the full stop")
Q(R3, D, "I gave that road everything I had. I did not know the road was giving me 600 metres back.", "Mikolaj Zreba",
  "nickname before, a colon: Heartbroken Miko, 27, told the Ruckus from his hotel: → Mikolaj Zreba", "told",
  channel="interview with the Ruckus", note="multi-sentence; the speaker named only by the tabloid's nickname")
Q(R3, D, "Somebody in an office made a mistake and my boy pays for it. That is how they do things here.", "Tadeusz Zreba",
  "label + name before, a colon: Dad and coach Tadeusz Zreba, 58, fumed:", "fumed", note="multi-sentence")
Q(R3, D, "We paint where the paper says. Nobody told us there was a new paper.", None,
  "unresolved: One of the crew, who would not give his name, said: (a Brankley Highways worker, not a spokesman)", "said",
  note="multi-sentence, after a colon; an unnamed employee, not the company speaking as a body")
Q(R3, I, "he had checked his own figures three times", "Ansel Mottram",
  "name before: The federation’s measurer, Ansel Mottram, told the Ruckus", "told", channel="interview with the Ruckus",
  note="reported speech without 'that'")
Q(R3, D, "The bike does not lie,", "Ansel Mottram", "pronoun after: he said → Mottram, the subject of the sentence before", "said",
  channel="interview with the Ruckus")
Q(R3, I, "the drawing came from his own office", "Gresham Pyke", "label + name before: Race boss Gresham Pyke admitted yesterday that",
  "admitted")
Q(R3, D, "It was our drawing and our mistake, and I will not hide behind a contractor,", "Gresham Pyke",
  "pronoun after: he said → Pyke, the subject of the sentence before", "said")
Q(R3, D, "Eighty-five euros, and they short-changed us by the length of six football pitches?", "Lorna Bexley",
  "name after (inverted), with a label: fumed Halvergate mum-of-three Lorna Bexley, 44", "fumed",
  note="a question inside the marks; a word number inside")
Q(R3, I, "she would run “any course, any time, as long as somebody measures it twice”", "Keziah Pyke",
  "label + name before: Women’s winner Keziah Pyke – no relation to the race boss – said on X that", "said", channel="post on X",
  note="a dash aside between the name and the verb")
Q(R3, D, "any course, any time, as long as somebody measures it twice", "Keziah Pyke", "name before: Keziah Pyke ... said on X that",
  "said", channel="post on X", partial=True)
Q(R3, I, "her country’s record “was won on the road and will be defended on the road”", "Jadwiga Pakowska",
  "title + name before: Lazaria’s Sport Minister Jadwiga Pakowska wrote on X on Tuesday night that", "wrote",
  channel="post on X")
Q(R3, D, "was won on the road and will be defended on the road", "Jadwiga Pakowska",
  "title + name before: Jadwiga Pakowska wrote on X ... that", "wrote", channel="post on X", partial=True)
Q(R3, I, "refunds were “under discussion”", "Aldmoor Events", "label + name before: Organisers Aldmoor Events said last night that",
  "said")
Q(R3, D, "under discussion", "Aldmoor Events", "name before: Aldmoor Events said last night that", "said", partial=True)
Q(R3, I, "they will be back", "Tadeusz Zreba",
  "description before: His dad says → Tadeusz Zreba ('Dad and coach Tadeusz Zreba', the father of Miko, subject of the sentence before)",
  "says", note="present tense, without 'that'")

# R4: Wieści Sędomierskie, 2041-04-19 (Fri; the neighbour's paper in English; straight quotes; dateline "SĘDOMIERZ, 19 April –"
# (en dash); diacritics: "Mikołaj Zręba", "Tadeusz Zręba", "Jadwiga Pąkowska", "Łazaria"; Łazaria keeps UTC+2 in April)
Q(R4, D, "I have lost a record, not a race. I won that race, and nobody can measure that away,", "Mikolaj Zreba",
  "pronoun after: he told the crowd → Zręba, the son (\"Zręba's plane from Halvergate landed\", the sentence before)", "told",
  note="multi-sentence")
Q(R4, D, "He ran like a boy running home from school,", "Zofia Dabek", "name after (inverted): said Zofia Dąbek, 71,", "said",
  note="'He' inside is Mikołaj Zręba")
Q(R4, I, "she had written to her Corvennan counterpart, Lavinia Denholm, asking for the full measurement report and the contractor's drawings",
  "Jadwiga Pakowska", "title + name before: Sport Minister Jadwiga Pąkowska said on Thursday that", "said",
  note="Denholm is inside the clause, not the speaker")
Q(R4, I, "Sędomierz has also asked Halvergate to let a Łazarian measurer ride the course again", "Lazarian Sport Ministry",
  "document of a group after the clause: the ministry's statement said → Pąkowska's ministry", "said", channel="statement",
  note="clause first, attribution after; both capitals inside are governments (metonyms)")
Q(R4, I, "the ministry would pay for the measurer's trip", "Jadwiga Pakowska",
  "surname before: Pąkowska, who ran for Łazaria at two world championships, added that", "added",
  note="a relative clause between the name and the verb")
Q(R4, D, "We do not ask for favours. We ask for a tape measure and an honest pair of eyes,", "Jadwiga Pakowska",
  "pronoun after: she said → Pąkowska, the subject of the sentence before", "said", note="multi-sentence")
Q(R4, I, "about 1.2 million people watched the finish", "Telewizja Lazarska",
  "name after the clause: according to Telewizja Łazarska", "according to",
  note="only the second clause of the sentence is attributed; the start time before it is the paper's own")
Q(R4, I, "the course was 41,597 metres long instead of 42,195", "CAF measurement report",
  "document before: According to the measurement report, which the Corvennan federation published on Wednesday,", "according to",
  note="a document as speaker; a relative clause between the attribution and the clause")
Q(R4, I, "the whole error came from \"the position of the turnaround cone\" and that the rest of the course was accurate to within four metres",
  "CAF measurement report", "document before: The report says", "says", note="'... and that ...': one record; without 'that' at first")
Q(R4, D, "the position of the turnaround cone", "CAF measurement report", "document before: The report says", "says", partial=True)
Q(R4, I, "the family would not go to court", "Tadeusz Zreba",
  "name before: Zręba's father, Tadeusz Zręba, who has coached him since 2028, said", "said", note="reported speech without 'that'")
Q(R4, D, "We are runners, not lawyers. Mikołaj will run another marathon on a course measured by honest people,", "Tadeusz Zreba",
  "surname after: Zręba said → the father, Tadeusz Zręba, the speaker of the sentence before (not Mikołaj, who is named inside)",
  "said", note="multi-sentence; a bare shared surname resolved to the nearer speaker")
Q(R4, I, "the company's board would decide on Saturday", "Aldmoor Events",
  "organisation's spokeswoman before: A spokeswoman told Wieści Sędomierskie that → Aldmoor Events, the subject of the sentence before",
  "told", channel="interview with Wieści Sędomierskie")

# R5: Saltwick FM live blog, 2041-04-20 (Sat; plain-text scrape; header "LIVE: ... - Saturday 20 April" and a line "Times are
# Halvergate time (UTC+1)"; each entry begins with a 24-hour stamp ("09:05") on a line of its own; straight quotes)
Q(R5, I, "it now has 6,212 signatures", "Lorna Bexley", "name before: Lorna Bexley, who started the refund petition, tells Saltwick FM",
  "tells", channel="interview with Saltwick FM", note="present tense, without 'that'; 'it' is the petition")
Q(R5, D, "We're not asking for the moon. We're asking for 598 metres, or the money,", "Lorna Bexley",
  "pronoun after: she says → Bexley, the subject of the sentence before", "says", channel="interview with Saltwick FM",
  note="multi-sentence")
Q(R5, I, "it will pay for Tuesday's re-measurement \"and for nothing else\", and that its crew followed the drawing it received from Aldmoor on April 9",
  "Brankley Highways", "name before: Brankley Highways says in a written statement that", "says", channel="statement",
  note="'that ..., and that ...': one record")
Q(R5, D, "and for nothing else", "Brankley Highways", "name before: Brankley Highways says in a written statement that", "says",
  channel="statement", partial=True, note="the closing mark comes before the comma")
Q(R5, I, "a decision is now expected at about 12:15", "Aldmoor Events", "organisation's spokeswoman before: An Aldmoor spokeswoman says",
  "says", note="present tense, without 'that'")
Q(R5, I, "she expects the race to go ahead next year", "Lavinia Denholm",
  "title + name before: Sport Minister Lavinia Denholm, on a visit to Pellbury, says", "says", note="present tense, without 'that'")
Q(R5, D, "The Halvergate Marathon is bigger than one bad morning on Wharfside,", "Lavinia Denholm",
  "title alone after: the minister says → Denholm, the subject of the sentence before", "says")
Q(R5, D, "I signed the drawing. I should have checked it twice, and I checked it once,", "Gresham Pyke",
  "surname after: Pyke says in a statement read out by Aldmoor's chairwoman, Gwendolen Vail → Gresham Pyke (the only Pyke of the "
  "report); Vail reads it out and is not the speaker", "says", channel="statement", note="multi-sentence")
Q(R5, I, "every finisher will get 40 per cent of the €85 entry fee back, or €34 each, and that Zręba will keep his bonus", "Gwendolen Vail",
  "surname before: Vail announces that", "announces", note="'that ..., and that ...': one record; Zręba is inside the clause")
Q(R5, D, "He ran the course we gave him, and he ran it faster than anyone has ever run in this city,", "Gwendolen Vail",
  "pronoun after: she says → Vail, the subject of the sentence before ('He' inside is Zręba)", "says")
Q(R5, I, "he is grateful and will give the bonus to a youth running club in his home town", "Mikolaj Zreba",
  "surname before: Zręba writes on X that → Mikołaj Zręba, the holder of the bonus (entries 09:05 and 12:35); his father is named "
  "only in the next entry", "writes", channel="post on X")
Q(R5, I, "his son \"slept for twelve hours\" after landing on Thursday, and that the family has accepted the decision", "Tadeusz Zreba",
  "name before: Tadeusz Zręba tells Saltwick FM by phone from Sędomierz that", "tells", channel="interview with Saltwick FM",
  note="'that ..., and that ...': one record")
Q(R5, D, "slept for twelve hours", "Tadeusz Zreba", "name before: Tadeusz Zręba tells Saltwick FM ... that", "tells",
  channel="interview with Saltwick FM", partial=True)
Q(R5, I, "he will ride next year's route himself, \"once the last cone is down\"", "Ansel Mottram",
  "name before: Ansel Mottram, who measured the course on Tuesday, tells Saltwick FM", "tells", channel="interview with Saltwick FM",
  note="reported speech without 'that'; the partial ends it")
Q(R5, D, "once the last cone is down", "Ansel Mottram", "name before: Ansel Mottram ... tells Saltwick FM", "tells",
  channel="interview with Saltwick FM", partial=True, note="the closing mark comes before the full stop")
Q(R5, D, "I have measured 40 courses in this country. I had never lost a record to a paint pot until now,", "Ansel Mottram",
  "pronoun after: he says → Mottram, the subject of the sentence before", "says", channel="interview with Saltwick FM",
  note="multi-sentence; follows the partial of the same speaker in the same entry")
Q(R5, I, "the CAF will re-measure every certified course in Corvenna, 23 in all, by 30 June", "Maud Ketteridge",
  "name before: Maud Ketteridge, the federation's president, says", "says",
  note="present tense, without 'that'; the sentence after (next year's date) has no attribution and is not part of it")


# ---------------------------------------------------------------- entities
E("Corvenna", "country", ["Corvenna", ("Halvergate", None, ["asked Halvergate to let"])],
  metonyms=[{"alias": "Halvergate", "metonym_of": "Corvenna (its government)"}], adjectival=["Corvennan"],
  note="\"Sędomierz has also asked Halvergate to let a Łazarian measurer ride the course again\" (R4) is Corvenna's government: the "
       "ministry's statement asks a government, not a city; elsewhere Halvergate is the city")
E("Halvergate", "city", ["HALVERGATE", "Halvergate"],
  note="Corvenna's capital and the marathon's city (R1 dateline; \"a club runner from Halvergate\"; \"in Halvergate on Sunday\"; "
       "\"Halvergate mum-of-three\"; \"Times are Halvergate time\", R5); nested in \"Halvergate Marathon\" it is not a mention; the metonym "
       "context in R4 is claimed by Corvenna; \"The Halvergate Courant\" is not in any text")
E("Lazaria", "country", ["Lazaria", "Łazaria", ("Sędomierz", None, ["Sędomierz has also asked"])],
  metonyms=[{"alias": "Sędomierz", "metonym_of": "Lazaria (its government)"}], adjectival=["Lazarian", "Łazarian"],
  note="Lazaria (R3), Łazaria (R4); \"Sędomierz has also asked Halvergate ...\" (R4, in the Łazarian paper under a SĘDOMIERZ dateline) "
       "is Łazaria's government, in a sentence attributed to its Sport Ministry")
E("Sedomierz", "city", ["SĘDOMIERZ", "Sędomierz", "Sedomierz"],
  note="Łazaria's capital and Zręba's home town: Sedomierz (R1, inside his quote), Sędomierz (R2, R4, R5), SĘDOMIERZ (R4 dateline); "
       "\"Sędomierz airport\" and \"the Sędomierz half marathon\" (R4) are the city; \"Wieści Sędomierskie\" is an outlet, not a "
       "mention; canonical name without diacritics")
E("Pellbury", "town", ["Pellbury"], note="where the Corvennan minister speaks in R5")
E("Wharfside", "street", ["Wharfside"], note="the street of the marathon's turnaround (R1, R2 twice, R5)")
E("Esplanade", "street", ["Esplanade"], note="the start line (R1, R2) and Aldmoor's offices (R5): \"the Esplanade\"")
E("Halvergate Marathon", "event", ["Halvergate Marathon"], note="the race (R1, R2, R5 twice)")
E("Aldmoor Events", "company", ["Aldmoor Events", "Aldmoor"],
  note="the marathon's organiser: \"Aldmoor Events\" (R1, R2, R3 \"Organisers Aldmoor Events\", R4, R5), \"Aldmoor\" (R1 twice, R3 "
       "\"a matter for Aldmoor\", R5 \"from Aldmoor\", \"Aldmoor's offices\", \"An Aldmoor spokeswoman\", \"Aldmoor's chairwoman\"); "
       "\"The organisers of the Halvergate Marathon\" (R1), \"the organisers\", \"the company\" and \"A spokeswoman\" are not annotated")
E("Corvennan Athletics Federation", "organisation",
  ["Corvennan Athletics Federation", "CAF", ("the federation", None, ["the federation said in a statement"])],
  note="the governing body: both forms in R1, the expansion alone in R2 and R3, \"the CAF\" (R5); \"the federation said in a "
       "statement\" (R1) claimed by context as a speaker; \"the federation's measurer\", \"the Corvennan federation\", \"Federation "
       "chief\" are not annotated")
E("CAF measurement report", "document",
  [("measurement report", None, ["According to the measurement report"]), ("report", None, ["The report says"])],
  note="Mottram's report of the 16 April re-measurement, published by the federation on Wednesday (R4, a speaker twice); \"the full "
       "measurement report\" that Pąkowska asks for is not annotated (not a speaker)")
E("Brankley Highways", "company", ["Brankley Highways", "Brankley"],
  note="the road contractor (R2 \"Brankley says\", R3, R5)")
E("Stridelog", "company", ["Stridelog"], note="the running app (R1, a speaker: \"according to Stridelog\")")
E("Telewizja Lazarska", "media outlet", ["Telewizja Łazarska"], note="Łazaria's broadcaster (R4), a speaker; canonical name without diacritics")
E("Lazarian Sport Ministry", "organisation",
  [("the ministry", None, ["the ministry's statement said", "the ministry would pay"])],
  note="Pąkowska's ministry (R4): \"the ministry's statement said\" (a speaker) and \"the ministry would pay\" (inside her clause); "
       "never named in full")
E("X", "platform", ["X"])
E("Thornquill News", "news agency", ["TQN"], note="only as its acronym, in its own dateline (R1)")
E("The Halvergate Courant", "media outlet", [("Courant", [R2])], note="\"tells the Courant\" (R2)")
E("The Daily Ruckus", "media outlet", [("Ruckus", [R3])], note="\"told the Ruckus\" (twice), \"The Ruckus can reveal\" (R3)")
E("Wieści Sędomierskie", "media outlet", ["Wieści Sędomierskie"], note="\"A spokeswoman told Wieści Sędomierskie\" (R4)")
E("Saltwick FM", "media outlet", ["Saltwick FM"], note="the broadcaster of R5 (\"tells Saltwick FM\", three times)")
E("Mikolaj Zreba", "person",
  ["Mikolaj Zreba", "Mikołaj Zręba", "Zreba", "Zręba", "Miko", "Mikołaj"],
  note="the Łazarian runner, 27, winner of the marathon: \"Mikolaj Zreba\" (R1, R3), \"Mikołaj Zręba\" (R2, R4, R5), bare \"Zreba\" "
       "(R1) and \"Zręba\" (R2 \"Zręba, 27,\" and \"The younger Zręba\"; R4 \"Zręba's plane\", \"Zręba's winning time\", \"Zręba's "
       "father\", \"whether Zręba will keep\", \"Zręba arrived\"; R5), the tabloid's nickname \"Miko\" (R3, and R2 inside Keziah Pyke's "
       "partial), \"Mikołaj\" (R2 inside his father's inner quote, R4 inside his father's quote); the bare \"Zręba\" of \"Zręba said\" "
       "after his father's quote (R4) is the father's; canonical name without diacritics")
E("Tadeusz Zreba", "person",
  ["Tadeusz Zreba", "Tadeusz Zręba", ("Zręba", None, ["honest people,\" Zręba said"])],
  note="Mikołaj's father and coach, 58: \"Tadeusz Zreba\" (R1, R3), \"Tadeusz Zręba\" (R2, R4, R5), and the bare \"Zręba\" of R4's "
       "\"... honest people,\" Zręba said\", right after \"Zręba's father, Tadeusz Zręba, ... said\"; \"His father\", \"my father\", \"Dad "
       "and coach\", \"His dad\" are not annotated")
E("Gresham Pyke", "person", ["Gresham Pyke", ("Pyke", [R2, R5])],
  note="Aldmoor's race director (R1, R2, R3 \"Race boss Gresham Pyke\", R5, where he resigns): the bare \"Pyke\" of R2 (\"Pyke says\", "
       "right after his full name) and R5 is his; R1's bare \"Pyke\" is Keziah's")
E("Keziah Pyke", "person", ["Keziah Pyke", ("Pyke", None, ["Pyke wrote in a short post"])],
  note="the women's winner, 'no relation' to the race director (R1, R2, R3): R1's \"Pyke wrote in a short post on X\" follows her full name")
E("Maud Ketteridge", "person", ["Maud Ketteridge"],
  note="the federation's president (R2, R3 \"Federation chief Maud Ketteridge\", R5)")
E("Ansel Mottram", "person", ["Ansel Mottram", "Mottram"],
  note="the federation's course measurer (R2 \"Ansel Mottram\" and \"Mottram’s\", R3, R5); \"the federation's measurer\" (R1, R2, R3) "
       "is not annotated")
E("Desmond Orrey", "person", ["Desmond Orrey"], note="Brankley Highways' managing director (R2)")
E("Priya Marchbank", "person", ["Priya Marchbank"], note="a club runner from Halvergate (R1)")
E("Lavinia Denholm", "person",
  ["Lavinia Denholm", ("The minister", None, ["The minister said"]), ("the minister", None, ["the minister says"])],
  note="Corvenna's sport minister (R1, R2, R4 as Pąkowska's \"Corvennan counterpart\", R5); \"The minister said\" (R2) and \"the "
       "minister says\" (R5) claimed by context; the title \"Sport Minister\" before her name is not part of the alias")
E("Jadwiga Pakowska", "person", ["Jadwiga Pakowska", "Jadwiga Pąkowska", "Pąkowska"],
  note="Łazaria's sport minister: \"Jadwiga Pakowska\" (R3), \"Jadwiga Pąkowska\" and \"Pąkowska\" (R4); canonical name without diacritics")
E("Gwendolen Vail", "person", ["Gwendolen Vail", "Vail"], note="Aldmoor's chairwoman (R5)")
E("Lorna Bexley", "person", ["Lorna Bexley"], note="a Halvergate runner, 44, who started the refund petition (R3, R5)")
E("Zofia Dabek", "person", ["Zofia Dąbek"], note="a fan at Sędomierz airport, 71 (R4); canonical name without diacritics")

DISTINCT = [
    ("Mikolaj Zreba", "Tadeusz Zreba", "son and father sharing a surname (R2: the inner quote is the father's, the outer the son's; "
     "R4: the bare \"Zręba said\" is the father)"),
    ("Gresham Pyke", "Keziah Pyke", "two unrelated people sharing a surname ('no relation'; R1's bare Pyke is Keziah, R2's and R5's Gresham)"),
    ("Corvenna", "Halvergate", "the government (metonym, R4) vs the capital city"),
    ("Lazaria", "Sedomierz", "the government (metonym, R4) vs the capital city"),
    ("Halvergate", "Halvergate Marathon", "the city vs the race named after it"),
    ("Aldmoor Events", "Gresham Pyke", "the organiser vs its race director"),
    ("Aldmoor Events", "Gwendolen Vail", "the organiser vs its chairwoman"),
    ("Aldmoor Events", "Halvergate Marathon", "the organiser vs its race"),
    ("Corvennan Athletics Federation", "Maud Ketteridge", "the federation vs its president"),
    ("Corvennan Athletics Federation", "Ansel Mottram", "the federation vs its measurer"),
    ("Corvennan Athletics Federation", "CAF measurement report", "the federation vs the report it published"),
    ("Ansel Mottram", "CAF measurement report", "the measurer vs his report (a document speaker)"),
    ("Brankley Highways", "Desmond Orrey", "the contractor vs its managing director"),
    ("Brankley Highways", "Aldmoor Events", "the contractor vs the organiser that sent it the drawing"),
    ("Lavinia Denholm", "Jadwiga Pakowska", "the two countries' sport ministers (both \"Sport Minister\")"),
    ("Lazarian Sport Ministry", "Jadwiga Pakowska", "the ministry vs its minister"),
    ("Lazaria", "Telewizja Lazarska", "the country vs its broadcaster"),
    ("Sedomierz", "Wieści Sędomierskie", "the city vs the paper named after it"),
    ("Mikolaj Zreba", "Keziah Pyke", "the men's and the women's winners"),
    ("Gwendolen Vail", "Gresham Pyke", "the chairwoman who reads the statement vs its author (R5)"),
]


# ---------------------------------------------------------------- times
# R1 anchor Mon 2041-04-15 (Corvenna keeps UTC+1 in April: "09:00 local time (08:00 GMT)")
T(R1, "April 15", "date", "2041-04-15", "dateline; month and day, year of the publication date")
T(R1, "on Monday", "weekday", "2041-04-15", "the anchor day (\"said on Monday that\", the wire written that day)", after="Marathon said ")
T(R1, "Sunday", "weekday", "2041-04-14", "the latest Sunday before the anchor (\"Sunday's race\")", after="on Monday that ")
T(R1, "2:04:38", "duration", "PT2H4M38S", "a race time (h:mm:ss), a duration, not a clock time")
T(R1, "41 seconds", "duration", "PT41S", "duration (\"41 seconds inside his own Lazarian record\")")
T(R1, "09:00 local time", "time", "2041-04-14T09:00:00+01:00",
  "\"local time\" of the dateline (Halvergate); the GMT equivalent in brackets fixes the offset at UTC+1; the day is the race's "
  "(Sunday, the paragraph before)")
T(R1, "08:00 GMT", "time", "2041-04-14T08:00:00+00:00", "the same instant as 09:00 local time, written in GMT")
T(R1, "11:04", "time", "2041-04-14T11:04:00+01:00",
  "clock time with no zone in its sentence (\"shortly after 11:04\"): the report's local time (UTC+1); the race day")
T(R1, "Sunday night", "weekday", "2041-04-14", "the latest Sunday before the anchor (\"by Sunday night\")")
T(R1, "three hours", "duration", "PT3H", "duration (\"finished in just over three hours\")")
T(R1, "since 2029", "date", "2029-01-01/2029-12-31", "a year (\"has organised the race since 2029\")", granularity="year")
T(R1, "last week", "relative", "2041-04-08/2041-04-14", "the Monday–Sunday week before the anchor's (\"moved during roadworks last week\")")
T(R1, "on Tuesday", "weekday", "2041-04-16", "future (\"would ride the course ... on Tuesday\"): the day after the anchor")
T(R1, "05:30", "time", "2041-04-16T05:30:00+01:00",
  "clock time in the report's local time (UTC+1); the day is Tuesday's (\"on Tuesday, starting at 05:30\")")
T(R1, "on Sunday", "weekday", "2041-04-14", "the latest Sunday before the anchor (\"Speaking at the finish on Sunday\")",
  after="Speaking at the finish ")
T(R1, "on Monday", "weekday", "2041-04-15", "the anchor day (\"declined to comment on Monday\")", after="declined to comment ")
T(R1, "2:22:10", "duration", "PT2H22M10S", "a race time (h:mm:ss), a duration, not a clock time")

# R2 anchor Wed 2041-04-17 (no zone anywhere in the report)
T(R2, "half past five", "time", "unresolved",
  "clock time in words (\"at half past five yesterday morning\") with no zone given anywhere in the report; the day is 16 April")
T(R2, "yesterday morning", "relative", "2041-04-16", "the morning of the day before the anchor")
T(R2, "a little after nine", "time", "unresolved",
  "clock time in words, approximate, with no zone given anywhere in the report; the day is 16 April (the same ride)")
T(R2, "April 3", "date", "2041-04-03", "month and day without a year, past (inside Mottram's quote \"the spot I painted on April 3\")")
T(R2, "noon", "time", "unresolved",
  "\"at noon today\": a clock with no zone given anywhere in the report; the day is the anchor's (17 April)")
T(R2, "today", "relative", "2041-04-17", "the anchor day (\"meets at noon today\")", after="noon ")
T(R2, "last night", "relative", "2041-04-16", "the night before the anchor day (\"said last night\")")
T(R2, "Sunday night", "weekday", "2041-04-14", "the latest Sunday before the anchor (inside Zręba's quote \"On Sunday night my father ...\")")
T(R2, "last week", "relative", "2041-04-08/2041-04-14", "the Monday–Sunday week before the anchor's (\"resurfaced Wharfside last week\")")
T(R2, "late Friday", "weekday", "2041-04-12", "the latest Friday before the anchor (\"re-marked the turnaround late Friday\")")
T(R2, "today", "relative", "2041-04-17", "the anchor day (inside Gresham Pyke's quote \"But not today\", spoken to the Courant)",
  after="But not ")
T(R2, "2:22:10", "duration", "PT2H22M10S", "a race time (h:mm:ss), a duration, not a clock time")
T(R2, "on Tuesday", "weekday", "2041-04-16", "the latest Tuesday before the anchor (\"told parliament on Tuesday\")")
T(R2, "tomorrow", "relative", "2041-04-18", "the day after the anchor (\"flies home to Sędomierz tomorrow\")")
T(R2, "next year", "relative", "2042-01-01/2042-12-31", "the year after the anchor's (\"come back to Halvergate next year\")",
  granularity="year")

# R3 anchor Thu 2041-04-18 (no zone anywhere in the report)
T(R3, "on Sunday", "weekday", "2041-04-14", "the latest Sunday before the anchor (\"smashed his country’s record in Halvergate on Sunday\")",
  after="in Halvergate ")
T(R3, "Yesterday", "relative", "2041-04-17", "the day before the anchor (\"Yesterday the Corvennan Athletics Federation wiped it\")")
T(R3, "2pm", "time", "unresolved",
  "clock time (12-hour, no minutes) with no zone given anywhere in the report; the day is yesterday's (17 April)")
T(R3, "on Sunday", "weekday", "2041-04-14", "the latest Sunday before the anchor (inside Ketteridge's quote \"every personal best set on Sunday\")",
  after="personal best set ")
T(R3, "Sunday", "weekday", "2041-04-14", "the latest Sunday before the anchor (\"Sunday’s finishing order\")", after="She added that ")
T(R3, "late Friday", "weekday", "2041-04-12", "the latest Friday before the anchor (\"painted late Friday\")")
T(R3, "yesterday", "relative", "2041-04-17", "the day before the anchor (\"admitted yesterday\")", after="Gresham Pyke admitted ")
T(R3, "Tuesday night", "weekday", "2041-04-16", "the latest Tuesday before the anchor (\"came out on Tuesday night\")",
  after="came out on ")
T(R3, "Tuesday night", "weekday", "2041-04-16", "the latest Tuesday before the anchor (\"wrote on X on Tuesday night\")",
  after="wrote on X on ")
T(R3, "last night", "relative", "2041-04-17", "the night before the anchor day (\"said last night\")")
T(R3, "today", "relative", "2041-04-18", "the anchor day (\"Miko flies home today\")")

# R4 anchor Fri 2041-04-19 (Łazaria keeps UTC+2 in April: "10:00 Łazarian time (08:00 GMT)")
T(R4, "19 April", "date", "2041-04-19", "dateline in day-month order; year of the publication date")
T(R4, "Thursday night", "weekday", "2041-04-18", "the latest Thursday before the anchor (\"on Thursday night\")")
T(R4, "four days", "duration", "P4D", "duration (\"four days after a marathon in Corvenna\": Sunday to Thursday)")
T(R4, "on Wednesday", "weekday", "2041-04-17", "the latest Wednesday before the anchor (\"and then, on Wednesday, took it away\")",
  after="and then, ")
T(R4, "21:50 local time", "time", "2041-04-18T21:50:00+02:00",
  "\"local time\" of the paper (Sędomierz, Łazaria, UTC+2 as the report's \"10:00 Łazarian time (08:00 GMT)\" fixes it); the day "
  "is Thursday's (the landing of \"Thursday night\", the paragraph before)")
T(R4, "40 minutes", "duration", "PT40M", "duration (\"40 minutes late\")")
T(R4, "on Thursday", "weekday", "2041-04-18", "the latest Thursday before the anchor (\"said on Thursday\")", after="Pąkowska said ")
T(R4, "10:00 Łazarian time", "time", "2041-04-14T10:00:00+02:00",
  "a clock in Łazaria's time; the GMT equivalent in brackets fixes the offset at UTC+2; the day from \"on Sunday\"; the same instant "
  "as \"09:00 local time (08:00 GMT)\" in R1 (UTC+1)")
T(R4, "08:00 GMT", "time", "2041-04-14T08:00:00+00:00", "the same instant as 10:00 Łazarian time, written in GMT")
T(R4, "on Sunday", "weekday", "2041-04-14", "the latest Sunday before the anchor (\"(08:00 GMT) on Sunday\")", after="08:00 GMT) ")
T(R4, "on Wednesday", "weekday", "2041-04-17", "the latest Wednesday before the anchor (\"which the Corvennan federation published on Wednesday\")",
  after="federation published ")
T(R4, "2:04:38", "duration", "PT2H4M38S", "a race time (h:mm:ss), a duration, not a clock time")
T(R4, "this year", "relative", "2041-01-01/2041-12-31", "the anchor's year (\"the fastest marathon run anywhere this year\")",
  granularity="year")
T(R4, "2:05:19", "duration", "PT2H5M19S", "a race time (the old record), a duration, not a clock time")
T(R4, "in 2039", "date", "2039-01-01/2039-12-31", "a year (\"which he set in Sędomierz in 2039\")", granularity="year")
T(R4, "since 2028", "date", "2028-01-01/2028-12-31", "a year (\"who has coached him since 2028\")", granularity="year")
T(R4, "on Saturday", "weekday", "2041-04-20", "future (\"the company's board would decide on Saturday\"): the day after the anchor")
T(R4, "earlier this month", "relative", "2041-04-01/2041-04-18",
  "the anchor's month up to the day before the anchor (\"arrived in Halvergate earlier this month\")")
T(R4, "8 June", "date", "2041-06-08", "day and month without a year, future (\"the Sędomierz half marathon on 8 June\"): the anchor's year")

# R5 anchor Sat 2041-04-20; the blog's second header line says "Times are Halvergate time (UTC+1)"
T(R5, "Saturday 20 April", "date", "2041-04-20", "weekday, day and month without a year in the blog's header: the anchor day")
for stamp in ("09:05", "09:40", "10:15", "10:50", "11:20", "11:50", "12:20", "12:35", "13:10", "13:45", "14:05", "14:30"):
    T(R5, stamp, "time", f"2041-04-20T{stamp}:00+01:00",
      "a live-blog entry stamp (24-hour clock) on a line of its own, no zone of its own; the header says \"Times are Halvergate time "
      "(UTC+1)\"; the anchor day")
T(R5, "10:30", "time", "2041-04-20T10:30:00+01:00", "clock time in the blog's zone (UTC+1), the anchor day (\"meets at 10:30\")")
T(R5, "11:30", "time", "2041-04-20T11:30:00+02:00",
  "\"11:30 in Sędomierz\": the same instant as 10:30 UTC+1, written in Łazaria's time (the bracket fixes its offset at UTC+2)")
T(R5, "Tuesday", "weekday", "2041-04-16", "the latest Tuesday before the anchor (\"Tuesday's re-measurement\")",
  after="pay for ")
T(R5, "April 9", "date", "2041-04-09", "month and day without a year, past (\"the drawing it received from Aldmoor on April 9\")")
T(R5, "Sunday", "weekday", "2041-04-14", "the latest Sunday before the anchor (\"Sunday's orange finisher shirts\")",
  after="still wearing ")
T(R5, "12:15", "time", "2041-04-20T12:15:00+01:00", "clock time in the blog's zone (UTC+1), the anchor day (\"expected at about 12:15\")")
T(R5, "next year", "relative", "2042-01-01/2042-12-31", "the year after the anchor's (\"expects the race to go ahead next year\")",
  after="go ahead ", granularity="year")
T(R5, "twelve hours", "duration", "PT12H", "duration (inside Tadeusz Zręba's partial \"slept for twelve hours\")")
T(R5, "on Thursday", "weekday", "2041-04-18", "the latest Thursday before the anchor (\"after landing on Thursday\")")
T(R5, "on Tuesday", "weekday", "2041-04-16", "the latest Tuesday before the anchor (\"who measured the course on Tuesday\")",
  after="measured the course ")
T(R5, "next year", "relative", "2042-01-01/2042-12-31", "the year after the anchor's (\"next year's route\")", after="ride ",
  granularity="year")
T(R5, "30 June", "date", "2041-06-30", "day and month without a year, future (\"by 30 June\"): the anchor's year")
T(R5, "Next year", "relative", "2042-01-01/2042-12-31", "the year after the anchor's (\"Next year's Halvergate Marathon\")",
  granularity="year")
T(R5, "13 April 2042", "date", "2042-04-13", "an explicit date with its year (a Sunday)")


# ---------------------------------------------------------------- numbers
N(R1, "more than 11,000 other finishers", 11000, "finisher", "count", approx="more_than",
  note="an adjective between number and noun")
N(R1, "27", 27, "year", "age", note="an age (\"Zreba, 27,\")")
N(R1, "41 seconds", 41, "second", "duration")
N(R1, "about 41.6 kilometres", 41.6, "kilometre", "count", approx="about", note="a decimal")
N(R1, "42.195", 42.195, "kilometre", "count", note="the unit elided (\"rather than the regulation 42.195\" kilometres); three decimals")
N(R1, "At least 3,000", 3000, "runner", "count", approx="at_least",
  note="sentence-initial; the noun given by \"of them\" (the runners of the sentence before)")
N(R1, "just over three hours", 3, "hour", "duration", approx="more_than", note="word number; \"just over\" read as more than")
N(R1, "ten kilometres", 10, "kilometre", "count", note="word number")
N(R1, "30,000 euros", 30000, "eur", "money", note="the currency written as a word after the number")
N(R1, "20,000-euro", 20000, "eur", "money", note="a hyphenated adjective (\"A further 20,000-euro bonus\")")
N(R1, "About 14,200 runners", 14200, "runner", "count", approx="about", note="sentence-initial")

N(R2, "598 metres", 598, "metre", "count", after="Halvergate Marathon was ", note="\"598 metres shorter\"")
N(R2, "41,597 metres", 41597, "metre", "count")
N(R2, "1.4 per cent", 1.4, "percent", "percent", note="a decimal; \"per cent\" in two words")
N(R2, "299 metres", 299, "metre", "count", note="inside Mottram's quote")
N(R2, "598 metres", 598, "metre", "count", after="Out and back, that is ", note="inside Mottram's quote")
N(R2, "27", 27, "year", "age", note="an age (\"Zręba, 27,\")")
N(R2, "58", 58, "year", "age", note="an age (\"Tadeusz Zręba, 58,\")")
N(R2, "14", 14, "year", "age", after="the boy was ", note="an age (\"since the boy was 14\")")
N(R2, "42 kilometres", 42, "kilometre", "count", note="inside a quote")
N(R2, "41 and a half", 41.5, "kilometre", "count", note="a fraction in words, the unit elided (\"they measured 41 and a half\"), inside a quote")
N(R2, "11,806 finishers", 11806, "finisher", "count", note="inside a quote")
N(R2, "about €14 million", 14000000, "eur", "money", approx="about")

N(R3, "598 metres", 598, "metre", "count")
N(R3, "42.195 kilometres", 42.195, "kilometre", "count", note="inside a quote")
N(R3, "41.6", 41.6, "kilometre", "count", note="the unit elided (\"Not 41.6, not 41.9\"), inside a quote")
N(R3, "41.9", 41.9, "kilometre", "count", note="the unit elided, inside a quote")
N(R3, "27", 27, "year", "age", note="an age (\"Heartbroken Miko, 27,\")")
N(R3, "600 metres", 600, "metre", "count", note="inside a quote")
N(R3, "58", 58, "year", "age", note="an age (\"Tadeusz Zreba, 58,\")")
N(R3, "three times", 3, "time", "count", note="word number")
N(R3, "more than 4,000", 4000, "runner", "count", approx="more_than", note="the noun given by \"of them\" (runners)")
N(R3, "€85", 85, "eur", "money", note="\"their €85 entry fee\"")
N(R3, "Eighty-five euros", 85, "eur", "money", note="a hyphenated word number, the currency as a word, inside a quote")
N(R3, "six football pitches", 6, "football pitch", "count", note="word number, inside a quote")
N(R3, "three", 3, "child", "count", after="mum-of-", note="word number in a hyphenated label (\"mum-of-three\" = three children)")
N(R3, "44", 44, "year", "age", note="an age (\"Lorna Bexley, 44.\")")

N(R4, "About 400 people", 400, "person", "count", approx="about")
N(R4, "four days", 4, "day", "duration", note="word number")
N(R4, "40 minutes", 40, "minute", "duration")
N(R4, "71", 71, "year", "age", note="an age (\"Zofia Dąbek, 71,\")")
N(R4, "two world championships", 2, "championship", "count", note="word number, an adjective between number and noun")
N(R4, "about 1.2 million people", 1200000, "person", "count", approx="about", note="a decimal and 'million'")
N(R4, "41,597 metres", 41597, "metre", "count")
N(R4, "42,195", 42195, "metre", "count", note="the unit elided (\"41,597 metres long instead of 42,195\")")
N(R4, "four metres", 4, "metre", "count", note="word number (\"accurate to within four metres\")")
N(R4, "20,000-euro", 20000, "eur", "money", note="a hyphenated adjective")

N(R5, "11,806 finishers", 11806, "finisher", "count")
N(R5, "€20,000", 20000, "eur", "money")
N(R5, "6,212 signatures", 6212, "signature", "count")
N(R5, "598 metres", 598, "metre", "count", note="inside a quote")
N(R5, "About 150 runners", 150, "runner", "count", approx="about", note="sentence-initial")
N(R5, "40 per cent", 40, "percent", "percent", note="\"per cent\" in two words")
N(R5, "€85", 85, "eur", "money")
N(R5, "€34", 34, "eur", "money", note="\"or €34 each\"")
N(R5, "twelve hours", 12, "hour", "duration", note="word number, inside a partial quote")
N(R5, "40 courses", 40, "course", "count", note="inside a quote")
N(R5, "23", 23, "course", "count", note="the noun elided (\"every certified course in Corvenna, 23 in all\")")

ABOUT = ("Gold for the read stage on the invented held-out reports of demo/read-heldout16/reports.jsonl, "
         "written and committed before any reader ran on them. `file` is the report's `id`; `start`/`end` "
         "are BYTE offsets into the UTF-8 encoding of the report's `text` field; text[start:end] begins "
         "with `span`. Same format as demo/read-heldout15/gold.json. Generated by build_gold.py. See README.md here.")


G.write(ABOUT, DISTINCT, detailed=True)
