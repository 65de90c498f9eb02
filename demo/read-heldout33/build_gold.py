#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and the annotations below.

Run from anywhere: `python3 demo/read-heldout33/build_gold.py`. Offsets are computed here from the spans
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
# R1: Southcape Radio live blog, 2053-03-05 (Wed; Pellandran radio in Quennock; plain-text scrape: a header line "LIVE: ... -
# Wednesday 5 March" and a line "All times are Quennock time (GMT+9:30)"; each entry begins with a 24-hour stamp on a line of its
# own; straight quotes; no diacritics: "Ovrevag", "Ingrun Skjolberg", "Joralf Skjolberg", "Mattis Gronlie", "Sunniva Dalbo";
# present-tense reporting)
Q(R1, I, "it will send two ski-equipped aircraft from Quennock as soon as the wind drops", "Pellandran Air Force",
  "name before: The Pellandran Air Force says", "says", note="a group speaking; present tense, without 'that'")
Q(R1, I, "All 41 people on the station are safe and have moved to the emergency huts beside the runway", "Tyrmark Polar Institute",
  "description after the clause: according to the institute → the Tyrmark Polar Institute, named in the entry before", "according to",
  note="clause first, 'according to X' after it")
Q(R1, D, "The crews were on the apron before dawn, chipping ice off the wings. Nobody here is calling this routine,", "Fennimore Caddock",
  "pronoun after: he says → Fennimore Caddock, named before the colon ('Our reporter Fennimore Caddock is at Quennock airfield:')",
  "says", note="multi-sentence; the outlet's own reporter; present tense")
Q(R1, I, "she sent its managers an 11-page memo on February 10 showing a rift moving towards the station", "Ingrun Skjolberg",
  "title + name before: A glaciologist at the institute, Dr Ingrun Skjolberg, says", "says", channel="post on X",
  note="present tense, without 'that'; the channel is in the sentence after ('Her post on X went up ...')")
Q(R1, D, "They had the maps. They had the dates. They chose the calendar over the ice,", "Ingrun Skjolberg",
  "pronoun after: she wrote → Skjolberg, whose post is the subject of the sentence before", "wrote", channel="post on X",
  note="multi-sentence")
Q(R1, D, None, "Joralf Skjolberg",
  "pronoun in the middle: he said → Station leader Joralf Skjolberg, the subject of the sentence before (not the glaciologist he is "
  "'no relation to')", "said", channel="interview with Southcape Radio",
  parts=["We heard it before we felt it,",
         "a bang like a door slamming, and then the floor tilted. Everyone was outside in boots within four minutes."],
  note="a direct quote split by ', he said,': one record with two parts; the second part is multi-sentence")
Q(R1, I, "Dr Skjolberg's memo had been \"reviewed carefully\" and that keeping the station open was \"based on the best science we had\"",
  "Mattis Gronlie", "title + name before: The institute's director, Mattis Gronlie, said in a statement issued in Ovrevag that", "said",
  channel="statement", note="'that ... and that ...': one record with two partials; Dr Skjolberg, named inside, is not the speaker")
Q(R1, D, "reviewed carefully", "Mattis Gronlie", "name before: Mattis Gronlie, said in a statement", "said", channel="statement",
  partial=True)
Q(R1, D, "based on the best science we had", "Mattis Gronlie", "name before: Mattis Gronlie, said ... and that", "said",
  channel="statement", partial=True, note="the closing mark comes before the full stop")
Q(R1, D, "I left my guitar and more than 300 ice cores behind. I know which one the institute will miss.", "Oddvar Haugrud",
  "name before a colon: The station mechanic, Oddvar Haugrud, told us:", "told", channel="interview with Southcape Radio",
  note="multi-sentence; the quote follows a colon; the closing mark comes after the full stop")
Q(R1, I, "she wants \"every page, every email\" about the memo by Friday", "Sunniva Dalbo",
  "title + name before: Tyrmark's research minister, Sunniva Dalbo, has posted on X that", "posted", channel="post on X")
Q(R1, D, "every page, every email", "Sunniva Dalbo", "name before: Sunniva Dalbo, has posted on X that", "posted",
  channel="post on X", partial=True)
Q(R1, I, "the families would be told everything \"as soon as we know it ourselves\"", "Sunniva Dalbo",
  "title alone before: The minister said → Tyrmark's research minister, Sunniva Dalbo, the subject of the sentence before", "said",
  note="reported speech without 'that'; a partial ends it")
Q(R1, D, "as soon as we know it ourselves", "Sunniva Dalbo", "title alone before: The minister said", "said", partial=True,
  note="the closing mark comes before the full stop")
Q(R1, I, "Brynjol has been left \"lit, locked and empty\"", "Pellandran Air Force",
  "group after the clause: the air force said → the Pellandran Air Force (the 04:30 entry)", "said",
  note="clause first, the attribution after it; a partial ends the clause, before the comma")
Q(R1, D, "lit, locked and empty", "Pellandran Air Force", "group after: the air force said", "said", partial=True,
  note="the closing mark comes before the comma")
Q(R1, I, "the runway was already \"sagging at the far end\"", "Delphine Thackeray",
  "title + name before: Captain Delphine Thackeray, who flew the last one out, says", "says",
  note="present tense, without 'that'; a relative clause between the name and the verb")
Q(R1, D, "sagging at the far end", "Delphine Thackeray", "name before: Delphine Thackeray, ..., says", "says", partial=True)
Q(R1, D, "Another day and I'd have been landing in a swimming pool,", "Delphine Thackeray",
  "pronoun after: she says → Captain Delphine Thackeray, the subject of the sentence before", "says")

# R2: Fulmar Wire, 2053-03-06 (Thu; wire; straight quotes; dateline "OVREVAG, Tyrmark, March 6 (Fulmar Wire) -" (a hyphen); no
# diacritics; the expansion and acronym "Tyrmark Polar Institute (TPI)"; "19:30 local time (10:00 GMT)" is the station's local
# time (Quennock's, GMT+9:30), not the dateline's)
Q(R2, I, "its crews had worked in temperatures of minus 31 degrees", "Pellandran Air Force",
  "group before: The air force said → the Pellandran Air Force, named in the sentence before", "said",
  note="reported speech without 'that'")
Q(R2, I, "a rift known as the Norrhals Rift was advancing on the station at 40 to 60 metres a day and that Brynjol should close "
  "\"while there is still a runway to land on\"", "Ingrun Skjolberg",
  "name before: In a memo dated February 10, glaciologist Ingrun Skjolberg told the TPI's leadership that", "told", channel="memo",
  note="the channel opens the sentence; 'that ... and that ...': one record; a partial ends it")
Q(R2, D, "while there is still a runway to land on", "Ingrun Skjolberg", "name before: Ingrun Skjolberg told the TPI's leadership",
  "told", channel="memo", partial=True, note="the closing mark comes before the full stop")
Q(R2, D, None, "Mattis Gronlie",
  "name in the middle: TPI director Mattis Gronlie told a news conference on Wednesday", "told", channel="news conference",
  parts=["The memo was one of several models on my desk,",
         "and every other model gave the station until the end of the season."],
  note="a direct quote split by its attribution (title + name, verb, audience and a time): one record with two parts")
Q(R2, I, "none of them had predicted a crack opening directly beneath the buildings", "Mattis Gronlie",
  "pronoun before: He noted that → Gronlie, the speaker of the sentence before", "noted", channel="news conference",
  note="'them' inside is the models")
Q(R2, I, "he had \"no plans to go anywhere\"", "Mattis Gronlie",
  "surname before: Asked whether he would resign, Gronlie said", "said", channel="news conference",
  note="reported speech without 'that'; the question before the name is the reporters', not a quote")
Q(R2, D, "no plans to go anywhere", "Mattis Gronlie", "surname before: Gronlie said", "said", channel="news conference", partial=True,
  note="the closing mark comes before the full stop")
Q(R2, I, "The institute received the memo on February 12", "Tyrmark Polar Institute",
  "document of a group after the clause: according to its statement → the institute (the subject of the clause)", "according to",
  channel="statement", note="clause first; the statement is the institute's own")
Q(R2, I, "the warning \"was read, discussed and weighed\" by senior staff", "Tyrmark Polar Institute",
  "document before: its statement, which said → the institute's statement", "said", channel="statement",
  note="reported speech in a relative clause whose antecedent is the document; without 'that'")
Q(R2, D, "was read, discussed and weighed", "Tyrmark Polar Institute", "document before: its statement, which said", "said",
  channel="statement", partial=True)
Q(R2, I, "The decision to keep Brynjol open was taken by Gronlie on February 14", "Tyrmark Polar Institute",
  "group after the clause: the institute confirmed → the Tyrmark Polar Institute", "confirmed",
  note="clause first, the attribution after it; Gronlie, named inside, is not the speaker")
Q(R2, I, "Two scientists at Brynjol had asked to come home early after seeing a draft of the memo", None,
  "unresolved: a TPI official said on condition that he not be named (unnamed)", "said",
  note="clause first; an unnamed official is null, not the institute")
Q(R2, D, "If a warning was ignored, I want to know who ignored it, and why. Then I want to know what else is sitting in somebody's inbox,",
  "Sunniva Dalbo", "pronoun after: she said → Research Minister Sunniva Dalbo, the subject of the sentence before", "said",
  note="multi-sentence; 'after meeting Gronlie' after the verb names a man, not the speaker")
Q(R2, I, "the rescue had cost Pellandra $4.2 million and that it expected Ovrevag to pay", "Pellandra",
  "capital for its government before: Tollhaven said → Pellandra's government", "said",
  note="a capital city speaks for its government (a metonym); the other capital inside ('Ovrevag to pay') stands for Tyrmark's "
  "government; without 'that' at first, then 'and that ...': one record")
Q(R2, I, "The shelf has thinned by about 30 percent since 1990", "Tyrmark Polar Institute",
  "document of a group after the clause: according to the institute's own figures → the institute", "according to",
  channel="figures", note="clause first; the figures are the institute's")

# R3: Øvrevåg Kveldspost (English edition), 2053-03-07 (Fri; the Tyrmark paper; straight quotes; dateline "ØVREVÅG, Friday
# (Kveldspost) —" (an em dash, a weekday instead of a date); diacritics: "Ingrun Skjølberg", "Joralf Skjølberg", "Mattis Grønlie",
# "Sunniva Dalbø", "Åsta Myrvold", "Brynjøl"; its own clocks are Øvrevåg's, UTC+1)
Q(R3, D, "The woman from the institute said, 'Your son is safe, but the station is not.' I made her say it twice, and then I made her say it slowly,",
  "Asta Myrvold", "title + surname after: Mrs Myrvold said → Åsta Myrvold", "said",
  note="multi-sentence; holds a quote inside the quote")
Q(R3, D, "Your son is safe, but the station is not.", None,
  "inside the outer quote: 'The woman from the institute said,' → an unnamed woman of the institute", "said",
  note="quote inside a quote (single marks) whose speaker is never named: null, not the institute; 'Your son' is Sindre")
Q(R3, I, "the Norrhals Rift was closing on the station", "Ingrun Skjolberg",
  "title + name before: Dr Ingrun Skjølberg, who has measured the Varrow Ice Shelf since 2041, warned the institute on 10 February that",
  "warned", channel="memo", note="a relative clause, an addressee and a date between the name and 'that'")
Q(R3, I, "she had \"said it in writing, in a meeting and in the corridor\"", "Ingrun Skjolberg",
  "pronoun before: She wrote on X late on Thursday that → Skjølberg, the subject of the sentence before", "wrote",
  channel="post on X", note="a channel and a time between the verb and 'that'")
Q(R3, D, "said it in writing, in a meeting and in the corridor", "Ingrun Skjolberg", "pronoun before: She wrote on X ... that", "wrote",
  channel="post on X", partial=True, note="the closing mark comes before the full stop")
Q(R3, D, "We owe the families a full account, and they will get one,", "Sunniva Dalbo",
  "title alone after: the minister said → Research Minister Sunniva Dalbø, named in the sentence before, which also names Director "
  "Mattis Grønlie", "said")
Q(R3, I, "he had read the memo \"the day it landed\" and had passed it to two senior glaciologists", "Mattis Gronlie",
  "surname before: Grønlie told Kveldspost that", "told", channel="interview with Kveldspost")
Q(R3, D, "the day it landed", "Mattis Gronlie", "surname before: Grønlie told Kveldspost", "told", channel="interview with Kveldspost",
  partial=True)
Q(R3, I, None, "Mattis Gronlie", "pronoun in the middle: he said → Grønlie, the speaker of the sentence before", "said",
  channel="interview with Kveldspost",
  parts=["Both", "had concluded that the station was safe until the season ended in April"],
  note="reported speech split by its attribution (', he said,'): one record with two parts; 'Both' is the two glaciologists")
Q(R3, I, "the director had apologised \"for the weather, but not for the decision\"", "Joralf Skjolberg",
  "pronoun before: He said → Joralf Skjølberg, the subject of the sentence before ('Joralf Skjølberg ... took a call from Grønlie'), "
  "not Grønlie, named in it too", "said", note="reported speech without 'that'; 'the director' inside is Grønlie, not the speaker")
Q(R3, D, "for the weather, but not for the decision", "Joralf Skjolberg", "pronoun before: He said", "said", partial=True,
  note="the closing mark comes before the full stop")
Q(R3, I, "nobody at Brynjøl had been shown the memo", "Joralf Skjolberg",
  "shared surname before: Skjølberg said → Joralf Skjølberg, the subject of the two sentences before (not Ingrun Skjølberg)", "said",
  note="reported speech without 'that'")
Q(R3, D, "If I had seen that map, I would have started packing in February,", "Joralf Skjolberg",
  "pronoun after: he said → Joralf Skjølberg", "said")
Q(R3, I, "the review would be led by Torstein Brekk, a former chief justice, and would report by 30 April",
  "Tyrmark Ministry of Research", "group before: In a statement, the research ministry said", "said", channel="statement",
  note="the channel opens the sentence; reported speech without 'that'; Torstein Brekk, named inside, is not the speaker")
Q(R3, I, "the rescue flights will cost Tyrmark about 42 million rundels ($4.2 million)", "Tyrmark Ministry of Research",
  "group before: According to the ministry, → the research ministry", "according to", note="'According to X,' first, the clause after")
Q(R3, I, "he was cold, tired and \"very, very sorry about the socks\"", "Sindre Myrvold",
  "pronoun before: he wrote only that → Sindre Myrvold, the subject of the sentence before", "wrote", channel="message",
  note="the channel and a relative clause naming his mother come before the pronoun")
Q(R3, D, "very, very sorry about the socks", "Sindre Myrvold", "pronoun before: he wrote only that", "wrote", channel="message",
  partial=True, note="the closing mark comes before the full stop")
Q(R3, I, "she will be in the gallery", "Asta Myrvold", "title + surname before: Mrs Myrvold says", "says",
  note="present tense, without 'that'")
Q(R3, D, "I want to hear somebody say sorry without adding anything after it,", "Asta Myrvold",
  "pronoun after: she said → Mrs Myrvold, the speaker of the sentence before", "said",
  note="'say sorry' inside is no quote (no marks)")

# R4: The Daily Spinnaker, 2053-03-09 (Sun; Pellandran tabloid; straight quotes; no dateline; no diacritics; the label "the Ice
# Oracle" for Ingrun Skjolberg; capitals ("NOBODY"); "2.40am", "9.40pm" and "2am our time" are Pellandra's clocks, GMT+9:30)
Q(R4, I, "a monster crack creeping across the Varrow Ice Shelf would reach their Brynjol base within weeks", "Ingrun Skjolberg",
  "name before: Brainy Ingrun Skjolberg, 46, warned her bosses at the Tyrmark Polar Institute on February 10 that", "warned",
  channel="memo", note="an addressee and a date between the verb and 'that'")
Q(R4, D, "My phone lit up like a Christmas tree and I knew before I read a single message,", "Ingrun Skjolberg",
  "pronoun after: she said → Skjolberg ('Skjolberg, a mum of two ...'), the subject of the sentence before", "said",
  channel="interview with the Spinnaker")
Q(R4, D, "I said it in my memo, I said it in meetings, I said it in the lift. Nobody wanted a glaciologist telling them to cancel a season.",
  "Ingrun Skjolberg", "label before a colon: The Ice Oracle, as colleagues now call her, told the Spinnaker yesterday: → Ingrun Skjolberg",
  "told", channel="interview with the Spinnaker",
  note="multi-sentence; the speaker is given only by the tabloid's label; the closing mark comes after the full stop")
Q(R4, I, "the memo was \"taken seriously\"", "Mattis Gronlie",
  "title + name before: Her boss, TPI director Mattis Gronlie, 61, insists", "insists", note="present tense, without 'that'")
Q(R4, D, "taken seriously", "Mattis Gronlie", "name before: Mattis Gronlie, 61, insists", "insists", partial=True,
  note="the closing mark comes before the full stop")
Q(R4, I, "the base's runway had been \"a week from useless\" by the time the first rescue plane touched down", None,
  "unresolved: air force sources said last night (unnamed)", "said",
  note="unnamed sources are null, not the air force; a time between the verb and the clause; without 'that'")
Q(R4, D, "a week from useless", None, "unresolved: air force sources said", "said", partial=True)
Q(R4, D, "Joralf went down the corridor kicking every door and shouting, 'Boots, coats, out, now!' I have never been so glad to be shouted at.",
  "Oddvar Haugrud", "name before a colon: Mechanic Oddvar Haugrud, 33, said:", "said",
  note="multi-sentence; holds a quote inside the quote; the closing mark comes after the full stop")
Q(R4, D, "Boots, coats, out, now!", "Joralf Skjolberg",
  "inside the outer quote: 'Joralf went down the corridor ... shouting,' → Joralf Skjolberg, named by first name inside the outer quote",
  "shouting", note="quote inside a quote (single marks) ending with an exclamation mark; a participle as the speech verb")
Q(R4, I, "he had \"never seen the memo, never even heard of it\"", "Joralf Skjolberg",
  "shared surname with a tag before: Skjolberg - the one who was actually on the ice - said → Joralf Skjolberg (the station chief), "
  "not Ingrun Skjolberg", "said", note="reported speech without 'that'; dashes between the name and the verb")
Q(R4, D, "never seen the memo, never even heard of it", "Joralf Skjolberg", "shared surname with a tag before: Skjolberg - ... - said",
  "said", partial=True, note="the closing mark comes before the full stop")
Q(R4, D, "The runway was sinking at one end and the crack was 3 to 4 metres wide. I've landed on worse, but not much worse,",
  "Delphine Thackeray", "pronoun after: she laughed → Heroic pilot Delphine Thackeray, the subject of the sentence before", "laughed",
  note="multi-sentence; a verb of manner as the speech verb")
Q(R4, I, "A cargo flight will go back this weekend to rescue more than 300 ice cores left in the base's freezer", "Pellandran Air Force",
  "group after the clause: the air force confirmed → the Pellandran Air Force (not named otherwise in this report)", "confirmed",
  note="clause first, the attribution after it")
Q(R4, I, "she will be up to watch", None, "unresolved: Friends of the Ice Oracle say (unnamed)", "say",
  note="present tense, without 'that'; 'she' is the Ice Oracle, not the speaker")

# R5: The Tollhaven Lodestone, 2053-03-11 (Tue; Pellandran broadsheet; curly quotes and apostrophes; sayings in the present tense
# ("tells", "says", "notes"); no dateline; diacritics; "17:30 in Øvrevåg yesterday – 16:30 GMT, and 02:00 this morning in
# Tollhaven": one instant in three places, across a date line)
Q(R5, I, "Dr Ingrun Skjølberg’s memo of 10 February “should have emptied that station in February”, and that it did not because “a calendar beat a map”",
  "Sunniva Dalbo", "title alone before: The minister tells parliament that → Sunniva Dalbø, the subject of the paragraph before",
  "tells", channel="parliament", note="present tense; 'that ..., and that ...': one record with two partials; curly marks")
Q(R5, D, "should have emptied that station in February", "Sunniva Dalbo", "title alone before: The minister tells parliament that",
  "tells", channel="parliament", partial=True, note="the closing mark comes before the comma")
Q(R5, D, "a calendar beat a map", "Sunniva Dalbo", "title alone before: The minister tells parliament ... and that", "tells",
  channel="parliament", partial=True, note="the closing mark comes before the full stop")
Q(R5, I, None, "Sunniva Dalbo", "pronoun in the middle: she says → the minister, the speaker of the sentence before", "says",
  channel="parliament",
  parts=["The 41 people flown off the Varrow Ice Shelf last week", "owe their safety to the weather and to Pellandra’s air force, not to her ministry"],
  note="reported speech split by its attribution (', she says,'): one record with two parts; present tense")
Q(R5, I, None, "Mattis Gronlie", "pronoun in the middle: he says → Mattis Grønlie, the subject of the sentence before", "says",
  parts=["He is not resigning", "and he still believes his decision was “defensible on the evidence of the day”"],
  note="reported speech split by its attribution (', he says,'): one record with two parts; a partial ends it")
Q(R5, D, "defensible on the evidence of the day", "Mattis Gronlie", "pronoun in the middle: he says", "says", partial=True,
  note="the closing mark comes before the full stop")
Q(R5, I, "the warning reached the director on 12 February and was answered on 14 February", "Tyrmark Polar Institute",
  "document of a group before: The institute’s statement, published late Friday with the memo attached, says", "says",
  channel="statement", note="present tense, without 'that'; a participle phrase between the subject and the verb")
Q(R5, I, None, "Ingrun Skjolberg", "pronoun in the middle: she says → Dr Skjølberg, the subject of the sentence before", "says",
  parts=["What she disputes", "is the answer"],
  note="reported speech split by its attribution (', she says,'): one record with two parts; 'Dr Skjølberg disputes neither date' "
  "before it is the paper's own")
Q(R5, D, "I was not asking them to believe me. I was asking them to look,", "Ingrun Skjolberg",
  "name after, verb first: says Ingrun Skjølberg", "says", note="multi-sentence; curly marks")
Q(R5, D, "The ice did the rest.", "Ingrun Skjolberg", "continuation: the quote after '..., says Ingrun Skjølberg, speaking ....'", None)
Q(R5, I, "it no longer means to bill Øvrevåg for the $4.2 million rescue", "Pellandra",
  "capital for its government before: Tollhaven says → Pellandra's government", "says",
  note="a capital speaks for its government (a metonym); the other capital inside ('bill Øvrevåg') stands for Tyrmark's government")
Q(R5, I, "it will pay anyway", "Tyrmark", "capital for its government before: Øvrevåg says → Tyrmark's government", "says",
  note="a capital speaks for its government (a metonym); present tense, without 'that'")
Q(R5, D, "I would like to read the memo before I tell anyone what I think of it,", "Joralf Skjolberg",
  "pronoun after: he says → Joralf Skjølberg, the subject of the sentence before (the glaciologist is named in it only as a "
  "description)", "says")
Q(R5, I, "the station had rehearsed an evacuation only once this season", "Joralf Skjolberg",
  "shared surname before: Skjølberg notes that → Joralf Skjølberg, the speaker of the sentence before", "notes",
  note="present tense")
Q(R5, I, "he will question “everyone who touched the memo, and everyone who should have”", "Torstein Brekk",
  "surname before: Brekk, 67, says → Torstein Brekk, named in the sentence before", "says",
  note="present tense, without 'that'; the partial ends it")
Q(R5, D, "everyone who touched the memo, and everyone who should have", "Torstein Brekk", "surname before: Brekk, 67, says", "says",
  partial=True, note="the closing mark comes before the full stop")
Q(R5, D, "We all knew the north edge was moving,", None,
  "unresolved: a scientist who spent the summer at Brynjøl told the Lodestone, asking that her name be withheld (unnamed)", "told",
  channel="interview with the Lodestone", note="an unnamed scientist: null")
Q(R5, D, "We assumed someone in Øvrevåg knew too.", None, "continuation: the quote after '..., asking that her name be withheld.'",
  None, channel="interview with the Lodestone")


# ---------------------------------------------------------------- entities
E("Tyrmark", "country",
  ["Tyrmark", ("Ovrevag", None, ["expected Ovrevag to pay"]), ("Øvrevåg", None, ["bill Øvrevåg", "Øvrevåg says it"])],
  metonyms=[{"alias": "Ovrevag", "metonym_of": "Tyrmark (its government)"},
            {"alias": "Øvrevåg", "metonym_of": "Tyrmark (its government)"}],
  note="the country that runs the station (R1 \"Tyrmark's research minister\", R2 dateline and four times more, R3 \"cost Tyrmark\", R4 "
       "\"Tyrmark's research minister\", R5 \"Tyrmark’s parliament\"); inside \"Tyrmark Polar Institute\" it is part of the institute's "
       "name, not a mention; its capital stands for its government three times: \"expected Ovrevag to pay\" (R2, inside Tollhaven's "
       "clause), \"bill Øvrevåg\" (R5, inside Tollhaven's clause) and \"Øvrevåg says it will pay anyway\" (R5, a speaker)")
E("Ovrevag", "city", ["OVREVAG", "Ovrevag", "ØVREVÅG", "Øvrevåg"],
  note="Tyrmark's capital, where the institute sits: \"18:10 in Ovrevag\", \"issued in Ovrevag\", \"11:00 in Ovrevag\" (R1), OVREVAG "
       "(R2 dateline), ØVREVÅG (R3 dateline), \"the question in Øvrevåg\" (R3), \"her desk in Ovrevag\" (R4), \"17:30 in Øvrevåg\", \"her "
       "office in Øvrevåg\", \"someone in Øvrevåg\" (R5); canonical name without diacritics; the metonym contexts are claimed by Tyrmark; "
       "the outlet's name (Øvrevåg Kveldspost) is not in any text")
E("Pellandra", "country",
  ["Pellandra", ("Tollhaven", None, ["Tollhaven said the rescue", "Tollhaven says it"])],
  metonyms=[{"alias": "Tollhaven", "metonym_of": "Pellandra (its government)"}], adjectival=["Pellandran"],
  note="the country that flew the rescue: \"cost Pellandra $4.2 million\" (R2), \"in Quennock, in Pellandra\" (R3), \"Pellandra’s air "
       "force\" (R5); its capital speaks for its government twice: \"Tollhaven said the rescue had cost ...\" (R2) and \"Tollhaven says it "
       "no longer means to bill Øvrevåg\" (R5); \"Pellandran\" (R4 \"Pellandran taxpayers\") is a demonym, not a mention, and inside "
       "\"Pellandran Air Force\" part of the air force's name")
E("Tollhaven", "city", ["Tollhaven"],
  note="Pellandra's capital: \"02:00 this morning in Tollhaven\", \"few in Tollhaven\" (R5); the metonym contexts are claimed by "
       "Pellandra; the outlet's name (The Tollhaven Lodestone) is not in any text")
E("Quennock", "city", ["Quennock"],
  note="the Pellandran gateway city the aircraft fly from and back to, whose time the station keeps (GMT+9:30): five times in R1 "
       "(\"All times are Quennock time\", \"The station keeps Quennock time\"), twice in R3, once in R4")
E("Brynjol Station", "research station", ["Brynjol Station", "Brynjøl Station", "Brynjol", "Brynjøl"],
  note="the Tyrmark Polar Institute's station on the Varrow Ice Shelf: \"Brynjol Station\" (R1 header and first entry, R2), \"Brynjøl "
       "Station\" (R3), bare \"Brynjol\" (R1 \"Brynjol has been left\", R2 four times, R4 \"their Brynjol base\") and \"Brynjøl\" (R3 "
       "twice, R5 twice); \"the station\", \"the base\" are not annotated; canonical name without diacritics")
E("Varrow Ice Shelf", "ice shelf", ["Varrow Ice Shelf", ("Varrow", [R4])],
  note="the ice shelf under the station: in every report; R4 also \"14 summers on the Varrow\"")
E("Norrhals Rift", "ice feature", ["Norrhals Rift"],
  note="the rift Skjølberg's memo tracked (R2, R3, each inside her reported speech)")
E("Tyrmark Polar Institute", "organisation",
  ["Tyrmark Polar Institute", "TPI",
   ("institute", None, ["according to the institute.", "the institute confirmed", "the institute's own figures",
                        "The institute’s statement"])],
  note="the institute that runs the station: the expansion in R1, R3, R4, R5, the expansion and acronym in R2 (\"the Tyrmark Polar "
       "Institute (TPI)\"), \"TPI\" (R2 four times: \"the TPI's leadership\", \"TPI director\", \"The TPI has run\", \"a TPI official\"; "
       "R4 \"TPI director\"); \"institute\" claimed where it speaks (R1 \"according to the institute.\"; R2 \"the institute confirmed\", "
       "\"the institute's own figures\"; R5 \"The institute’s statement\"); the other \"the institute\" (R1 three times, R2 \"The institute "
       "received\", R3 \"the woman from the institute\", \"warned the institute\", R4 \"The institute finally published\") and \"its "
       "statement\" (R2) are not annotated")
E("Tyrmark Ministry of Research", "government body",
  [("research ministry", None, ["the research ministry said"]), ("ministry", None, ["According to the ministry"])],
  note="Tyrmark's research ministry, which runs the review (R3, twice as a speaker); R5's \"her ministry\" (inside the minister's "
       "clause) is not annotated")
E("Pellandran Air Force", "military", ["Pellandran Air Force",
                                       ("air force", None, ["the air force said", "The air force said", "the air force confirmed"])],
  note="flew the rescue: \"The Pellandran Air Force says\" (R1), \"by the Pellandran Air Force\" (R2); \"air force\" claimed where it "
       "speaks (R1 \"the air force said\", R2 \"The air force said\", R4 \"the air force confirmed\"); R4's \"air force sources\" (null "
       "speakers), R5's \"Pellandra’s air force\" and \"an air force cargo flight\" are not annotated")
E("Ingrun Skjolberg", "person",
  ["Ingrun Skjolberg", "Ingrun Skjølberg", "Ice Oracle",
   ("Skjolberg", None, ["Dr Skjolberg's memo", "Skjolberg made the memo", "Skjolberg, a mum"]),
   ("Skjølberg", None, ["Dr Skjølberg disputes"])],
  note="the glaciologist who wrote the memo: \"Dr Ingrun Skjolberg\" (R1), \"glaciologist Ingrun Skjolberg\" (R2), \"Dr Ingrun "
       "Skjølberg\" (R3, R5), \"Brainy Ingrun Skjolberg\" (R4), \"Ingrun Skjølberg\" (R5, verb before); the tabloid's label \"the Ice "
       "Oracle\" (R4, three times); bare surname where it is hers (R1 \"Dr Skjolberg's memo\" inside Gronlie's clause, R2 \"Skjolberg made "
       "the memo public\", R4 \"Skjolberg, a mum of two\", R5 \"Dr Skjølberg disputes\"); \"the glaciologist\" (R1, R3, R5) is not "
       "annotated; canonical name without diacritics")
E("Joralf Skjolberg", "person",
  ["Joralf Skjolberg", "Joralf Skjølberg", ("Joralf", [R4]),
   ("Skjolberg", None, ["Skjolberg - the one"]), ("Skjølberg", None, ["Skjølberg said nobody", "Skjølberg notes"])],
  note="the station leader, no relation to the glaciologist: \"Station leader Joralf Skjolberg\" (R1), \"Joralf Skjølberg, the "
       "station's leader\" (R3), \"Station chief Joralf Skjolberg\" (R4), \"Joralf Skjølberg, who led the station\" (R5); \"Joralf\" inside "
       "Haugrud's quote (R4); bare surname where it is his (R3 \"Skjølberg said nobody\", R4 \"Skjolberg - the one who was actually on the "
       "ice -\", R5 \"Skjølberg notes\"); canonical name without diacritics")
E("Mattis Gronlie", "person", ["Mattis Gronlie", "Mattis Grønlie", ("Gronlie", [R2]), ("Grønlie", [R3])],
  note="the institute's director: \"The institute's director, Mattis Gronlie\" (R1), \"TPI director Mattis Gronlie\" (R2, R4), "
       "\"Director Mattis Grønlie\" (R3), \"Mattis Grønlie, who has run the Tyrmark Polar Institute\" (R5); surname alone (R2 three "
       "times, R3 twice); \"the director\" (R3 inside Joralf Skjølberg's clause, R5 twice) is not annotated; canonical name without "
       "diacritics")
E("Sunniva Dalbo", "person",
  ["Sunniva Dalbo", "Sunniva Dalbø", ("Dalbø", [R3]),
   ("The minister", None, ["The minister said the families", "The minister tells"]),
   ("the minister", None, ["the minister said afterwards"])],
  note="Tyrmark's research minister: \"Tyrmark's research minister, Sunniva Dalbo\" (R1), \"Research Minister Sunniva Dalbo\" (R2), "
       "\"Research Minister Sunniva Dalbø\" (R3), \"Tyrmark's research minister Sunniva Dalbo\" (R4), \"Sunniva Dalbø rose\" (R5); "
       "\"Dalbø answers\" (R3); \"the minister\" claimed where it speaks (R1 \"The minister said\", R3 \"the minister said afterwards\", "
       "R5 \"The minister tells parliament\"); R2's opening \"Tyrmark's research minister ordered\" is not annotated; canonical name "
       "without diacritics")
E("Delphine Thackeray", "person", ["Delphine Thackeray"],
  note="the Pellandran pilot who flew the last aircraft out: \"Captain Delphine Thackeray\" (R1), \"Heroic pilot Delphine Thackeray\" (R4)")
E("Oddvar Haugrud", "person", ["Oddvar Haugrud"], note="the station mechanic: R1, R4 (\"Mechanic Oddvar Haugrud, 33\")")
E("Fennimore Caddock", "person", ["Fennimore Caddock"], note="the radio's reporter at Quennock airfield (R1)")
E("Asta Myrvold", "person", ["Åsta Myrvold", ("Myrvold", None, ["Mrs Myrvold said", "Mrs Myrvold says"])],
  note="the mother of a field assistant at the station (R3): \"Åsta Myrvold\", \"Mrs Myrvold\" twice; \"his mother\" is not annotated; "
       "canonical name without diacritics")
E("Sindre Myrvold", "person", ["Sindre Myrvold", ("Sindre", [R3])],
  note="her son, a field assistant at the station (R3): \"Her son Sindre, 24\", \"Sindre Myrvold himself\"")
E("Torstein Brekk", "person", ["Torstein Brekk", ("Brekk", [R5])],
  note="the former chief justice who leads the review: R3 (inside the ministry's clause), R5 (\"the former chief justice Torstein "
       "Brekk\", \"Brekk, 67, says\")")
E("X", "platform", ["X"])
E("Fulmar Wire", "news agency", ["Fulmar Wire"], note="the wire, in its dateline (R2)")
E("Ovrevag Kveldspost", "media outlet", ["Kveldspost"],
  note="the Tyrmark paper: in its own dateline \"(Kveldspost)\", \"Grønlie told Kveldspost\", \"which she showed Kveldspost\" (R3)")
E("The Daily Spinnaker", "media outlet", ["Spinnaker"], note="\"told the Spinnaker\" (R4)")
E("The Tollhaven Lodestone", "media outlet", ["Lodestone"], note="\"told the Lodestone\" (R5)")

DISTINCT = [
    ("Ingrun Skjolberg", "Joralf Skjolberg", "two people sharing a surname, no relation (R1 \"Dr Skjolberg's memo\", R2 \"Skjolberg made "
     "the memo public\", R4 \"Skjolberg, a mum of two\", R5 \"Dr Skjølberg disputes\" are Ingrun; R3 \"Skjølberg said nobody\", R4 "
     "\"Skjolberg - the one who was actually on the ice -\", R5 \"Skjølberg notes\" are Joralf)"),
    ("Ingrun Skjolberg", "Tyrmark Polar Institute", "the scientist vs the institute she works for (both speak)"),
    ("Mattis Gronlie", "Tyrmark Polar Institute", "the director vs his institute (both speak: R1 his statement, R2 the institute's)"),
    ("Mattis Gronlie", "Sunniva Dalbo", "R3's \"the minister said\" follows a sentence naming both"),
    ("Mattis Gronlie", "Joralf Skjolberg", "R3's \"He said the director had apologised\" follows a sentence naming both: it is Joralf's"),
    ("Sunniva Dalbo", "Tyrmark Ministry of Research", "the minister vs her ministry (both speak in R3)"),
    ("Tyrmark", "Ovrevag", "the government (metonyms, R2, R5) vs the capital city"),
    ("Pellandra", "Tollhaven", "the government (metonyms, R2, R5) vs the capital city"),
    ("Pellandra", "Pellandran Air Force", "the government (R2, R5 \"Tollhaven says\") vs its air force (R1, R2, R4)"),
    ("Tyrmark", "Tyrmark Polar Institute", "the country (its government, R5 \"Øvrevåg says\") vs the institute that carries its name"),
    ("Tyrmark", "Tyrmark Ministry of Research", "the country (its government) vs its research ministry"),
    ("Quennock", "Tollhaven", "two Pellandran cities: the gateway the rescue flew from vs the capital"),
    ("Asta Myrvold", "Sindre Myrvold", "mother and son sharing a surname (R3: \"Mrs Myrvold\" is the mother; both speak)"),
    ("Oddvar Haugrud", "Joralf Skjolberg", "R4's outer quote is the mechanic's; the inner 'Boots, coats, out, now!' is Joralf's"),
    ("Delphine Thackeray", "Pellandran Air Force", "the pilot vs the air force she flew for (both speak in R1)"),
    ("Brynjol Station", "Varrow Ice Shelf", "the station vs the ice shelf it stands on"),
    ("Varrow Ice Shelf", "Norrhals Rift", "the ice shelf vs the rift across it"),
]


# ---------------------------------------------------------------- times
# Pellandra (Tollhaven, Quennock, and the station, which keeps Quennock time) is GMT+9:30; Tyrmark (Øvrevåg) GMT+1. R1's "02:40
# here - that was 17:10 GMT and 18:10 in Ovrevag, where it was still Tuesday" fixes both: 8.5 hours apart, across a date line.
# R1 anchor Wed 2053-03-05; the blog's second header line says "All times are Quennock time (GMT+9:30)"
T(R1, "Wednesday 5 March", "date", "2053-03-05", "weekday, day and month without a year in the blog's header: the anchor day")
for stamp in ("04:05", "04:30", "07:25", "08:10", "09:35", "11:50", "13:10", "16:40", "19:40", "21:45"):
    T(R1, stamp, "time", f"2053-03-05T{stamp}:00+09:30",
      "a live-blog entry stamp (24-hour clock) on a line of its own, no zone of its own; the header says \"All times are Quennock "
      "time (GMT+9:30)\"; the anchor day")
T(R1, "02:40", "time", "2053-03-05T02:40:00+09:30",
  "\"02:40 here\": the blog's zone (GMT+9:30, which the station keeps); Wednesday, the anchor day")
T(R1, "17:10 GMT", "time", "2053-03-04T17:10:00+00:00", "the same instant written in GMT: still Tuesday")
T(R1, "18:10", "time", "2053-03-04T18:10:00+01:00",
  "\"18:10 in Ovrevag\": Tyrmark's time (GMT+1); the same instant — one instant in three zones across a date line")
T(R1, "Tuesday", "weekday", "2053-03-04", "\"where it was still Tuesday\": the day in Ovrevag at the instant just given, the day before "
  "the anchor")
T(R1, "February 10", "date", "2053-02-10", "month and day without a year (\"a memo on February 10\"): the anchor's year")
T(R1, "07:00 our time", "time", "2053-03-05T07:00:00+09:30", "\"our time\": the blog's zone (GMT+9:30); the anchor day")
T(R1, "four minutes", "duration", "PT4M", "duration in words (the second part of Joralf Skjolberg's split quote)")
T(R1, "Friday", "weekday", "2053-03-07", "future (\"on her desk ... by Friday\", the minister's wish): the Friday after the anchor")
T(R1, "19:30", "time", "2053-03-05T19:30:00+09:30", "\"19:30 here\": the blog's zone (GMT+9:30); the anchor day")
T(R1, "10:00 GMT", "time", "2053-03-05T10:00:00+00:00", "the same instant as 19:30 here, written in GMT")
T(R1, "11:00", "time", "2053-03-05T11:00:00+01:00",
  "\"11:00 in Ovrevag\": Tyrmark's time (GMT+1); the same instant — one instant in three zones")
T(R1, "tonight", "relative", "2053-03-05", "the anchor day (\"That's all from us tonight\")")

# R2 anchor Thu 2053-03-06 (the wire's dateline is Ovrevag, GMT+1, but its only local clock is the station's)
T(R2, "March 6", "date", "2053-03-06", "dateline; month and day, year of the publication date")
T(R2, "on Thursday", "weekday", "2053-03-06", "the anchor day (\"ordered an independent review on Thursday\")",
  after="independent review ")
T(R2, "17:10 GMT", "time", "2053-03-04T17:10:00+00:00", "clock time with its zone; Tuesday (\"opened at 17:10 GMT on Tuesday\")")
T(R2, "on Tuesday", "weekday", "2053-03-04", "the latest Tuesday before the anchor (\"at 17:10 GMT on Tuesday\")", after="17:10 GMT ")
T(R2, "on Wednesday", "weekday", "2053-03-05", "the latest Wednesday before the anchor (\"flown off ... on Wednesday\")",
  after="Varrow Ice Shelf ")
T(R2, "19:30 local time", "time", "2053-03-05T19:30:00+09:30",
  "\"local time\" of the place just named (the station on the ice shelf, which keeps Quennock time, GMT+9:30), not the dateline's "
  "Ovrevag: fixed by \"(10:00 GMT)\"; Wednesday")
T(R2, "10:00 GMT", "time", "2053-03-05T10:00:00+00:00", "the same instant as 19:30 local time, written in GMT")
T(R2, "since 2029", "date", "2029-01-01/2029-12-31", "a year (\"The TPI has run it since 2029\")", granularity="year")
T(R2, "February 10", "date", "2053-02-10", "month and day without a year (\"a memo dated February 10\"): the anchor's year")
T(R2, "on Tuesday night", "weekday", "2053-03-04", "the latest Tuesday before the anchor, its night (\"made the memo public on X on "
  "Tuesday night\")")
T(R2, "on Wednesday", "weekday", "2053-03-05", "the latest Wednesday before the anchor (\"told a news conference on Wednesday\")",
  after="news conference ")
T(R2, "February 12", "date", "2053-02-12", "month and day without a year (\"received the memo on February 12\")")
T(R2, "February 14", "date", "2053-02-14", "month and day without a year (\"taken by Gronlie on February 14\")")
T(R2, "next Monday", "relative", "2053-03-10",
  "\"will face questions in parliament next Monday\" in a Thursday wire: the Monday of the following week, 10 March")
T(R2, "on Thursday morning", "weekday", "2053-03-06", "the anchor day (\"after meeting Gronlie on Thursday morning\")")
T(R2, "since 1990", "date", "1990-01-01/1990-12-31", "a year (\"has thinned by about 30 percent since 1990\")", granularity="year")

# R3 anchor Fri 2053-03-07 (the Tyrmark paper; its own clocks are Øvrevåg's, GMT+1)
T(R3, "Friday", "weekday", "2053-03-07", "the dateline gives a weekday instead of a date (\"ØVREVÅG, Friday (Kveldspost) —\"): the "
  "anchor day")
T(R3, "a quarter past nine", "time", "2053-03-04T21:15:00+01:00",
  "a clock in words in the paper's own city (Øvrevåg, GMT+1), on Tuesday evening: 21:15, three hours after the crack (18:10 in "
  "Øvrevåg, R1)")
T(R3, "on Tuesday evening", "weekday", "2053-03-04", "the latest Tuesday before the anchor (\"at a quarter past nine on Tuesday evening\")")
T(R3, "three hours", "duration", "PT3H", "duration in words (\"three hours after the ice opened\")")
T(R3, "yesterday evening", "relative", "2053-03-06", "the day before the anchor (\"By yesterday evening\")")
T(R3, "since 2041", "date", "2041-01-01/2041-12-31", "a year (\"has measured the Varrow Ice Shelf since 2041\")", granularity="year")
T(R3, "10 February", "date", "2053-02-10", "day and month without a year (\"warned the institute on 10 February\"): the anchor's year")
T(R3, "late on Thursday", "weekday", "2053-03-06", "the latest Thursday before the anchor (\"She wrote on X late on Thursday\")")
T(R3, "two hours", "duration", "PT2H", "duration in words (\"met for two hours\")")
T(R3, "on Thursday morning", "weekday", "2053-03-06", "the latest Thursday before the anchor (\"met ... on Thursday morning\")")
T(R3, "in April", "date", "2053-04-01/2053-04-30",
  "a month without a year (\"until the season ended in April\"): the April of the anchor's year", granularity="month")
T(R3, "on Wednesday", "weekday", "2053-03-05", "the latest Wednesday before the anchor (\"took a call from Grønlie in Quennock on "
  "Wednesday\")")
T(R3, "in February", "date", "2053-02-01/2053-02-28",
  "a month without a year, inside Joralf Skjølberg's quote (\"started packing in February\"): the February just past", granularity="month")
T(R3, "30 April", "date", "2053-04-30", "day and month without a year, future (\"would report by 30 April\"): the anchor's year")
T(R3, "on Monday", "weekday", "2053-03-10", "future (\"answers questions in parliament on Monday\"): the Monday after the anchor")
T(R3, "17:30", "time", "2053-03-10T17:30:00+01:00", "the paper's own (Øvrevåg) time, GMT+1; Monday 10 (\"on Monday at 17:30\")")

# R4 anchor Sun 2053-03-09 (Pellandran tabloid; "our time" is Pellandra's, GMT+9:30)
T(R4, "February 10", "date", "2053-02-10", "month and day without a year (\"warned her bosses ... on February 10\")")
T(R4, "2.40am", "time", "2053-03-05T02:40:00+09:30",
  "a 12-hour clock with a point in the tabloid's own zone (Pellandra, GMT+9:30, as \"2am our time\" later); Wednesday 5, the same "
  "instant as R1's 02:40")
T(R4, "on Wednesday", "weekday", "2053-03-05", "the latest Wednesday before the anchor (\"At 2.40am on Wednesday\")", after="2.40am ")
T(R4, "yesterday", "relative", "2053-03-08", "the day before the anchor (\"told the Spinnaker yesterday\")")
T(R4, "last night", "relative", "2053-03-08", "the night before the anchor day (\"air force sources said last night\")")
T(R4, "9.40pm", "time", "2053-03-05T21:40:00+09:30",
  "a 12-hour clock with a point; \"landed in Quennock at 9.40pm on Wednesday\": Pellandra's time (GMT+9:30)")
T(R4, "on Wednesday", "weekday", "2053-03-05", "the latest Wednesday before the anchor (\"at 9.40pm on Wednesday\")", after="9.40pm ")
T(R4, "this weekend", "relative", "2053-03-08/2053-03-09",
  "the weekend of the anchor (a Sunday paper): Saturday and Sunday (\"will go back this weekend\")")
T(R4, "late Friday", "weekday", "2053-03-07", "the latest Friday before the anchor (\"published the memo late Friday\")")
T(R4, "2am our time", "time", "2053-03-11T02:00:00+09:30",
  "\"our time\": the tabloid's zone (Pellandra, GMT+9:30), on Tuesday 11 — the same instant as 17:30 on Monday in Øvrevåg (R3, R5)")
T(R4, "on Tuesday", "weekday", "2053-03-11", "future (\"faces her parliament at 2am our time on Tuesday\"): the Tuesday after the anchor")

# R5 anchor Tue 2053-03-11 (no dateline; the paper's city is Tollhaven, GMT+9:30; clocks in Øvrevåg are GMT+1)
T(R5, "17:30", "time", "2053-03-10T17:30:00+01:00",
  "\"at 17:30 in Øvrevåg yesterday\": Tyrmark's time (GMT+1) on Monday 10, the day before the anchor")
T(R5, "yesterday", "relative", "2053-03-10", "the day before the anchor (\"17:30 in Øvrevåg yesterday\")")
T(R5, "16:30 GMT", "time", "2053-03-10T16:30:00+00:00", "the same instant written in GMT")
T(R5, "02:00", "time", "2053-03-11T02:00:00+09:30",
  "\"02:00 this morning in Tollhaven\": Pellandra's time (GMT+9:30), already the anchor day — one instant in three places across a "
  "date line")
T(R5, "this morning", "relative", "2053-03-11", "the morning of the anchor day (\"02:00 this morning in Tollhaven\")")
T(R5, "10 February", "date", "2053-02-10", "day and month without a year (\"memo of 10 February\"): the anchor's year")
T(R5, "in February", "date", "2053-02-01/2053-02-28",
  "a month without a year, inside the minister's partial (\"should have emptied that station in February\")", granularity="month")
T(R5, "last week", "relative", "2053-03-03/2053-03-09",
  "the Monday–Sunday week before the anchor's (\"flown off the Varrow Ice Shelf last week\", the first part of a split clause)")
T(R5, "nine years", "duration", "P9Y", "duration in words (\"has run the Tyrmark Polar Institute for nine years\")")
T(R5, "on Monday morning", "weekday", "2053-03-10", "the latest Monday before the anchor (\"stepped aside on Monday morning\")")
T(R5, "late Friday", "weekday", "2053-03-07", "the latest Friday before the anchor (\"published late Friday\")")
T(R5, "12 February", "date", "2053-02-12", "day and month without a year (\"reached the director on 12 February\")")
T(R5, "14 February", "date", "2053-02-14", "day and month without a year (\"was answered on 14 February\")")
T(R5, "on Saturday", "weekday", "2053-03-08", "the latest Saturday before the anchor (\"flew home on Saturday\")")
T(R5, "30 April", "date", "2053-04-30", "day and month without a year, future (\"is to report by 30 April\")")
T(R5, "Earlier this month", "relative", "2053-03-01/2053-03-10", "the anchor's month up to the day before the anchor")
T(R5, "On Sunday", "weekday", "2053-03-09", "the latest Sunday before the anchor (\"On Sunday an air force cargo flight brought out\")")


# ---------------------------------------------------------------- numbers
N(R1, "two ski-equipped aircraft", 2, "aircraft", "count", note="word number")
N(R1, "41 people", 41, "person", "count", note="\"All 41 people on the station\"")
N(R1, "11-page", 11, "page", "count", note="a number as a hyphenated adjective (\"an 11-page memo\")")
N(R1, "four minutes", 4, "minute", "duration", note="word number (inside Joralf Skjolberg's quote)")
N(R1, "19 people", 19, "person", "count")
N(R1, "more than 300 ice cores", 300, "ice core", "count", approx="more_than", note="inside Haugrud's quote")
N(R1, "22 people", 22, "person", "count")

N(R2, "at least two kilometres", 2, "kilometre", "length", approx="at_least", note="word number (\"The crack, at least two kilometres long\")")
N(R2, "41 people", 41, "person", "count")
N(R2, "minus 31 degrees", -31, "degree", "temperature", note="a temperature below zero, written with 'minus'")
N(R2, "about 40 kilometres", 40, "kilometre", "length", approx="about")
N(R2, "up to 60 people", 60, "person", "count", approx="up_to")
N(R2, "40 to 60 metres", 40, "metre", "length", low=40, high=60, note="a range written with to (\"40 to 60 metres a day\", a rate)")
N(R2, "Two scientists", 2, "scientist", "count", note="word number opening a sentence")
N(R2, "$4.2 million", 4200000, "usd", "money", note="a decimal and 'million'")
N(R2, "about 30 percent", 30, "percent", "percent", approx="about")

N(R3, "three hours", 3, "hour", "duration", note="word number")
N(R3, "24", 24, "year", "age", after="Sindre, ", note="an age (\"Her son Sindre, 24,\")")
N(R3, "41 people", 41, "person", "count", note="\"all 41 people from Brynjøl\"")
N(R3, "two hours", 2, "hour", "duration", note="word number")
N(R3, "two senior glaciologists", 2, "glaciologist", "count", note="word number")
N(R3, "about 42 million rundels", 42000000, "rundel", "money", approx="about", note="Tyrmark's currency")
N(R3, "$4.2 million", 4200000, "usd", "money", note="in brackets after the amount in rundels")

N(R4, "9,000 miles", 9000, "mile", "length")
N(R4, "46", 46, "year", "age", note="an age (\"Ingrun Skjolberg, 46,\")")
N(R4, "41 terrified staff", 41, "staff member", "count")
N(R4, "two", 2, "child", "count", after="a mum of ", note="\"a mum of two\": children, the noun left out")
N(R4, "14 summers", 14, "summer", "count")
N(R4, "61", 61, "year", "age", note="an age (\"Mattis Gronlie, 61,\")")
N(R4, "52", 52, "year", "age", note="an age (\"Joralf Skjolberg, 52\")")
N(R4, "33", 33, "year", "age", note="an age (\"Oddvar Haugrud, 33,\")")
N(R4, "38", 38, "year", "age", note="an age (\"Delphine Thackeray, 38,\")")
N(R4, "22 people", 22, "person", "count")
N(R4, "3 to 4 metres", 3, "metre", "length", low=3, high=4, note="a range written with to (inside Thackeray's quote)")
N(R4, "more than 300 ice cores", 300, "ice core", "count", approx="more_than")
N(R4, "$4.2 million", 4200000, "usd", "money")

N(R5, "41 people", 41, "person", "count", note="the first part of the minister's split clause")
N(R5, "nine years", 9, "year", "duration", note="word number")
N(R5, "$4.2 million", 4200000, "usd", "money", note="as an adjective (\"the $4.2 million rescue\")")
N(R5, "19 of his colleagues", 19, "colleague", "count")
N(R5, "67", 67, "year", "age", note="an age (\"Brekk, 67,\")")
N(R5, "more than 300 ice cores", 300, "ice core", "count", approx="more_than")
N(R5, "about eight degrees", 8, "degree", "angle", approx="about", note="word number; an angle of tilt, not a temperature")

ABOUT = ("Gold for the read stage on the invented held-out reports of demo/read-heldout33/reports.jsonl, "
         "written and committed before any reader ran on them. `file` is the report's `id`; `start`/`end` "
         "are BYTE offsets into the UTF-8 encoding of the report's `text` field; text[start:end] begins "
         "with `span`. Same format as demo/read-heldout29/gold.json. Generated by build_gold.py. See README.md here.")


G.write(ABOUT, DISTINCT, detailed=True)
