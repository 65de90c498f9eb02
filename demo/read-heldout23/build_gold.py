#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and the annotations below.

Run from anywhere: `python3 demo/read-heldout23/build_gold.py`. Offsets are computed here from the spans
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
# R1: Harbinson Wire, 2047-09-13 (Fri; wire; straight quotes; dateline "PELLMOUTH, Wendale, Sept 13 (Harbinson Wire) -" (a hyphen);
# no diacritics: "Sternov", "Bedrich Svehlik", "Drahomira Krizkova", "Hvezdonov"; Wattlebeck keeps UTC+10: "05:10 local time on
# Wednesday (19:10 GMT on Tuesday)")
Q(R1, I, "the object would be known as Comet Crannock", "Celestial Nomenclature Office",
  "name + acronym before: The Celestial Nomenclature Office (CNO), which assigns names to comets, said", "said",
  note="reported speech without 'that'; a relative clause between the name and the verb")
Q(R1, I, "Maisie Crannock's report \"was the first to arrive and was confirmed by three independent observers within hours\"",
  "Celestial Nomenclature Office", "document of a group before: Its circular, issued at 09:00 GMT, said → the CNO's circular (the "
  "sentence before)", "said", channel="circular",
  note="the office speaks through its circular; reported speech without 'that'; a participle phrase between subject and verb; the "
       "partial ends it")
Q(R1, D, "was the first to arrive and was confirmed by three independent observers within hours", "Celestial Nomenclature Office",
  "document before: Its circular ... said", "said", channel="circular", partial=True,
  note="the closing mark comes before the full stop")
Q(R1, D, "I thought it was dust on the mirror. Then it moved,", "Maisie Crannock",
  "pronoun after: she told Harbinson Wire → Crannock, the subject of the paragraph before", "told",
  channel="interview with Harbinson Wire", note="multi-sentence")
Q(R1, D, "I have been waiting since 2016 for something up there to move.", "Maisie Crannock",
  "continuation: the quote after '..., she told Harbinson Wire on Friday evening, her time.'", None,
  channel="interview with Harbinson Wire")
Q(R1, I, "its survey telescope had caught the comet on 14 exposures on Monday night, the first at 20:05 GMT, but that its software had discarded them as noise",
  "Sternov Observatory", "name before: The Sternov Observatory, near the Lozenian capital Hvezdonov, said in a statement that", "said",
  channel="statement", note="'that ..., but that ...': one record; an appositive with a city between the name and the verb")
Q(R1, I, "A doctoral student, Drahomira Krizkova, found the images on Thursday and reported the object to the CNO at 14:30 GMT that day",
  "Sternov Observatory", "document after: the statement said → the observatory's statement (the sentence before)", "said",
  channel="statement", note="clause first, the attribution after; Krizkova, named inside the clause, is not the speaker")
Q(R1, D, "We do not dispute that Mrs Crannock found it. We dispute that she found it first,", "Bedrich Svehlik",
  "name after (inverted): said Bedrich Svehlik, the observatory's director", "said", note="multi-sentence; 'she' inside is Crannock")
Q(R1, D, "A machine made a mistake on Monday. A machine's mistake should not decide whose name a comet carries for centuries.",
  "Bedrich Svehlik", "continuation: the quote after '..., said Bedrich Svehlik, the observatory's director.'", None,
  note="multi-sentence")
Q(R1, I, "the observatory would lodge a formal claim later on Friday", "Bedrich Svehlik", "surname before: Svehlik said", "said",
  note="reported speech without 'that'; the sentence after ('Under CNO rules, ...') is the agency's own, no record")
Q(R1, I, "the office would examine \"any claim that comes with data\" and that its five-member naming committee could meet as early as next Wednesday",
  "Lyle Mossop", "name before: Lyle Mossop, a CNO spokesman, said", "said",
  note="without 'that' at first, then 'and that ...': one record; a partial inside")
Q(R1, D, "any claim that comes with data", "Lyle Mossop", "name before: Lyle Mossop, a CNO spokesman, said", "said", partial=True)
Q(R1, I, "the whole nation was \"fit to burst with pride\"", "Garfield Alloway",
  "title + name before: Quarrendy's science minister, Garfield Alloway, told reporters in Fellhaven that", "told",
  channel="told reporters", note="a place between the addressee and 'that'; the partial ends it")
Q(R1, D, "fit to burst with pride", "Garfield Alloway", "name before: Garfield Alloway, told reporters", "told",
  channel="told reporters", partial=True, note="the closing mark comes before the full stop")
Q(R1, I, "his mother had done \"the hard part, with a homemade telescope and a flask of tea\"", "Rhodri Crannock",
  "first name before: Crannock's son, Rhodri, wrote in a post on X within minutes of the circular that → Rhodri Crannock (the "
  "'Crannock's' before him is his mother's)", "wrote", channel="post on X",
  note="a time phrase between the channel and 'that'; the partial ends it")
Q(R1, D, "the hard part, with a homemade telescope and a flask of tea", "Rhodri Crannock",
  "first name before: Rhodri, wrote in a post on X", "wrote", channel="post on X", partial=True,
  note="the closing mark comes before the full stop")
Q(R1, I, "its nucleus may be between 4 and 6 kilometres wide and that it could be visible without a telescope in December if it keeps brightening",
  None, "unresolved: Astronomers at the CNO said (unnamed people at the office; the office itself is not the speaker)", "said",
  note="without 'that' at first, then 'and that ...': one record")

# R2: Zvěstovatel (English edition), 2047-09-14 (Sat; the Lozenian paper in English; straight quotes; dateline "HVĚZDOŇOV, 14
# September –" (en dash); diacritics: "Šternov", "Bedřich Švehlík", "Drahomíra Křížková", "Libuše Vodičková"; Lozenia keeps UTC+2:
# "23:40 Hvězdoňov time, or 21:40 GMT")
Q(R2, I, "The claim was lodged at 23:40 Hvězdoňov time, or 21:40 GMT, and acknowledged within the hour", "Bedrich Svehlik",
  "title + name after: the observatory's director, Bedřich Švehlík, said yesterday", "said",
  note="clause first, the attribution after, a time word after the verb")
Q(R2, D, "They have everything now. If they need more, they will have to ask the comet,", "Bedrich Svehlik",
  "pronoun after: he said → Švehlík, the speaker of the sentence before", "said", note="multi-sentence")
Q(R2, I, "she had found the object on Thursday morning in a folder of rejected exposures and did not believe it at first",
  "Drahomira Krizkova", "pronoun before: She told Zvěstovatel → Křížková, named in the sentence before", "told",
  channel="interview with Zvěstovatel", note="reported speech without 'that'")
Q(R2, D, "I went to Professor Švehlík and said, 'Either I am very tired or this is a comet,' and he laughed and sent me back to check,",
  "Drahomira Krizkova", "surname after: Křížková said", "said", channel="interview with Zvěstovatel",
  note="holds a quote inside the quote (single straight marks) spoken by the outer speaker herself; 'he' inside is Švehlík")
Q(R2, D, "Either I am very tired or this is a comet,", "Drahomira Krizkova",
  "inside the outer quote: 'I went to Professor Švehlík and said,' → the 'I' of the outer quote, Křížková (not Švehlík, to whom it "
  "was said)", "said", note="quote inside a quote whose speaker IS the outer speaker")
Q(R2, D, "I checked eleven times.", "Drahomira Krizkova", "continuation: the quote after '..., Křížková said.'", None,
  channel="interview with Zvěstovatel")
Q(R2, I, "the government would pay the observatory's costs and that Lozenia expected \"a fair hearing, not a popularity contest\"",
  "Libuse Vodickova", "title + name before: Science Minister Libuše Vodičková said", "said",
  note="without 'that' at first, then 'and that ...': one record; the partial ends it")
Q(R2, D, "a fair hearing, not a popularity contest", "Libuse Vodickova", "name before: Libuše Vodičková said", "said", partial=True,
  note="the closing mark comes before the full stop")
Q(R2, I, "the images had been \"time-stamped, archived and never touched\" since the night they were taken",
  "Lozenian science ministry", "group before: Her ministry said in a statement on Friday evening that → Vodičková's ministry", "said",
  channel="statement", note="a time phrase between the channel and 'that'; a partial inside")
Q(R2, D, "time-stamped, archived and never touched", "Lozenian science ministry", "group before: Her ministry said in a statement",
  "said", channel="statement", partial=True)
Q(R2, I, "Hvězdoňov has asked Fellhaven to back a shared name", None,
  "unresolved: a diplomat familiar with the contacts said (after the clause; an unnamed diplomat)", "said",
  note="clause first; both capitals inside are governments (metonyms); ', but the Quarrendian government has not yet replied' is "
       "the paper's own")
Q(R2, I, "Maisie Crannock had \"done what every one of us dreams of doing\" and should keep the comet to herself", "Sarka Dobromilova",
  "name before: Šárka Dobromilová, who chairs the Lozenian Amateur Astronomy Union, wrote in a post on X, her first in months, that",
  "wrote", channel="post on X", note="an appositive between the channel and 'that'; a partial inside")
Q(R2, D, "done what every one of us dreams of doing", "Sarka Dobromilova", "name before: Šárka Dobromilová ... wrote in a post on X",
  "wrote", channel="post on X", partial=True)
Q(R2, I, "Křížková's report reached the office 42 and a half hours after Crannock's", "Sternov Observatory",
  "description after the clause: according to the observatory → the Šternov Observatory", "according to",
  note="clause first, 'according to' after; the sentence before ('Under the office's rules, ...') is the paper's own")
Q(R2, I, "he bore the amateur no grudge", "Bedrich Svehlik", "surname before: Švehlík insisted", "insisted",
  note="reported speech without 'that'")
Q(R2, D, None, "Bedrich Svehlik", "pronoun in the middle: he said → Švehlík, the subject of the sentence before", "said",
  parts=["Mrs Crannock is a remarkable observer, and I would like to shake her hand,",
         "but I would also like to see our two names side by side."],
  note="a direct quote split by its attribution: one record with two parts")
Q(R2, I, "The CNO's five-member naming committee will meet in Pellmouth on Wednesday", None,
  "unresolved: a spokesman for the office confirmed (after the clause; unnamed in this report)", "confirmed",
  note="clause first; the spokesman is not named here (R1 and R3 name a CNO spokesman, Lyle Mossop, but this one is not said to be him)")
Q(R2, D, "without undue delay", "Aurelian Thornquist",
  "title + name before: its chairman, Professor Aurelian Thornquist, has promised a ruling", "promised", partial=True,
  note="a quoted fragment qualifying the object of 'promised'; no clause, so no indirect record")

# R3: The Daily Bellbird, 2047-09-16 (Mon; Quarrendian tabloid; straight quotes; no dateline, no clock, no zone; no diacritics;
# labels: "Comet Nana", "Nana", "boffins"; capitals for emphasis: "HER", "MONDAY")
Q(R3, I, "she would \"fight to the last star\" to keep HER comet", "Maisie Crannock",
  "name before: Backyard stargazer Maisie Crannock last night vowed", "vowed",
  note="a time phrase between the name and the verb; without 'that'; 'HER' in capitals")
Q(R3, I, "their computer got there first", None,
  "unresolved: a gang of Lozenian boffins claimed (the tabloid's unnamed scientists; the Sternov Observatory is named only in the "
  "paragraph after next)", "claimed", note="reported speech without 'that' after a dash")
Q(R3, D, "fight to the last star", "Maisie Crannock", "name before: Maisie Crannock last night vowed she would", "vowed", partial=True)
Q(R3, D, "Their machine threw it in the bin. I went out in my dressing gown and found it. You tell me who discovered it.",
  "Maisie Crannock", "label before, a colon: Comet Nana, 67, who found the icy visitor ..., told the Bellbird: → Maisie Crannock",
  "told", channel="interview with the Bellbird",
  note="multi-sentence; 'Comet Nana' is the tabloid's label for the woman, not the comet")
Q(R3, I, "its telescope had snapped the comet on MONDAY night - two days before Nana", "Sternov Observatory",
  "name before: the Sternov Observatory in Lozenia cried foul, claiming", "claiming",
  note="a participle of speech after another verb; without 'that'; the dashes set off an aside; ', and lodging a formal claim "
       "late Friday' is no speech")
Q(R3, D, "Mum phoned me before breakfast and said, 'Rhodri, I've got one,' and put the phone down. Thirty-one years she's been out there in the cold. Nobody is taking this off her.",
  "Rhodri Crannock", "name before, a colon: Her son Rhodri Crannock, 41, a plumber who ..., said:", "said",
  note="multi-sentence; holds a quote inside the quote (single straight marks) spoken by 'Mum', Maisie Crannock")
Q(R3, D, "Rhodri, I've got one,", "Maisie Crannock",
  "inside the outer quote: 'Mum phoned me before breakfast and said,' → Rhodri's mother, Maisie Crannock", "said",
  note="quote inside a quote whose speaker is NOT the outer speaker; 'Rhodri' is the one addressed")
Q(R3, I, "more than 2,300 people had chipped in $48,000 by yesterday", "Rhodri Crannock",
  "bare shared surname before: Crannock, who has set up a fundraising page to buy his mum a bigger telescope, added that → Rhodri "
  "(the paragraph before is his; 'his mum')", "added", note="a relative clause between the name and the verb")
Q(R3, I, "the Lozenians had the pictures to prove it", "Bedrich Svehlik",
  "label + name before: Sternov's boss Bedrich Svehlik insisted", "insisted", note="reported speech without 'that'")
Q(R3, D, "The data does not lie,", "Bedrich Svehlik", "pronoun after: he said → Svehlik, the subject of the sentence before", "said")
Q(R3, D, "Their software looked at it and binned it. Maisie looked at it and said, 'Well, hello there.' That's the difference between a computer and an astronomer.",
  "Noel Fairgrieve", "title + name before, a colon: Wattlebeck Astronomical Society chairman Noel Fairgrieve scoffed:", "scoffed",
  note="multi-sentence; holds a quote inside the quote spoken by 'Maisie'")
Q(R3, D, "Well, hello there.", "Maisie Crannock",
  "inside the outer quote: 'Maisie looked at it and said,' → Maisie Crannock", "said",
  note="quote inside a quote whose speaker is NOT the outer speaker; the inner quote ends with a full stop inside the marks")
Q(R3, D, "hysterical", "Libuse Vodickova",
  "title + name before: Lozenia's science minister Libuse Vodickova waded in too, branding the Quarrendian reaction", "branding",
  channel="post on X", partial=True, note="a one-word quoted fragment as the complement of 'branding'; no clause, so no indirect record")
Q(R3, I, "the government \"would not be lectured\" by Hvezdonov and that Quarrendy stood \"one hundred per cent\" behind Nana",
  "Garfield Alloway", "title + name before: Science Minister Garfield Alloway told reporters yesterday that", "told",
  channel="told reporters", note="a time word between the addressee and 'that'; 'that ... and that ...': one record with two partials")
Q(R3, D, "would not be lectured", "Garfield Alloway", "name before: Garfield Alloway told reporters", "told", channel="told reporters",
  partial=True)
Q(R3, D, "one hundred per cent", "Garfield Alloway", "name before: Garfield Alloway told reporters ... and that", "told",
  channel="told reporters", partial=True, note="the second partial of the same clause")
Q(R3, I, "the office's five-strong naming committee would sit on Wednesday and give its verdict on Thursday", "Lyle Mossop",
  "title + name before: CNO spokesman Lyle Mossop said", "said", note="reported speech without 'that'")
Q(R3, I, "it could put on a show for millions by Christmas", None, "unresolved: experts say (unnamed)", "say",
  note="present tense, without 'that'")
Q(R3, D, "Let them sit. I'll be in the garden.", "Maisie Crannock",
  "label before, no verb: Her verdict on the boffins? → 'Her' is Nana, the subject of the sentence before", None,
  note="multi-sentence; a quote introduced by a question, with no speech verb")

# R4: Saltbush Radio live blog, 2047-09-19 (Thu; plain-text scrape: header "LIVE: ... - Thursday 19 September" and a line "All times
# Fellhaven time (GMT+10)"; each entry begins with a 24-hour stamp on a line of its own; straight quotes; no diacritics)
Q(R4, I, "it will announce it today at 10:00 GMT, which is 20:00 here and 12:00 in Hvezdonov", "Celestial Nomenclature Office",
  "description before: The office says → the Celestial Nomenclature Office, named in the sentence before", "says",
  note="present tense, without 'that'; one instant in three zones inside the clause")
Q(R4, I, "she has hardly slept since Sunday", "Maisie Crannock", "surname before: Crannock tells us → Maisie Crannock (the entry before)",
  "tells", channel="interview with Saltbush Radio", note="present tense, without 'that'")
Q(R4, D, "I keep going out to look at it. It's still there, whatever they decide,", "Maisie Crannock",
  "pronoun after: she says → Crannock, the subject of the sentence before", "says", channel="interview with Saltbush Radio",
  note="multi-sentence")
Q(R4, I, "the committee met for more than nine hours yesterday in Pellmouth, after receiving the last of the Lozenian data on Tuesday night",
  "Sybil Ruddle", "title + name before: Our astronomy presenter Sybil Ruddle says", "says", note="present tense, without 'that'")
Q(R4, D, "Nine hours for one comet. I have known whole galaxies get less attention,", "Sybil Ruddle",
  "pronoun after: she says → Ruddle, the subject of the sentence before (Crannock, the 'she' of the entry before, is not)", "says",
  note="multi-sentence")
Q(R4, I, "the observatory would \"accept whatever the committee decides\" and that he had already written a letter of congratulation to Crannock, \"just in case\"",
  "Bedrich Svehlik", "title + name before: Sternov's director Bedrich Svehlik wrote on X a few minutes ago that", "wrote",
  channel="post on X", note="a time phrase between the channel and 'that'; 'that ... and that ...': one record with two partials")
Q(R4, D, "accept whatever the committee decides", "Bedrich Svehlik", "name before: Bedrich Svehlik wrote on X", "wrote",
  channel="post on X", partial=True)
Q(R4, D, "just in case", "Bedrich Svehlik", "name before: Bedrich Svehlik wrote on X ... and that", "wrote", channel="post on X",
  partial=True, note="the second partial of the same clause; the closing mark comes before the full stop")
Q(R4, I, "the comet will be called Crannock-Sternov", "CNO naming committee",
  "group before: The committee has ruled that → the CNO's naming committee", "ruled", channel="ruling")
Q(R4, I, "the Lozenian report was \"independent, genuine and received inside the 48-hour window\", and that the two discoveries carry equal weight",
  "CNO naming committee", "document of a group before: Its ruling says → the committee's ruling (the sentence before)", "says",
  channel="ruling", note="present tense, without 'that' at first, then ', and that ...': one record")
Q(R4, D, "independent, genuine and received inside the 48-hour window", "CNO naming committee",
  "document before: Its ruling says", "says", channel="ruling", partial=True)
Q(R4, D, "The comet was seen first by a machine, but it was understood first by a person. Both deserve to be remembered.",
  "Aurelian Thornquist",
  "title + name before, a colon: The committee's chairman, Professor Aurelian Thornquist, speaking after he read the ruling in Pellmouth:",
  "speaking", note="multi-sentence; no finite speech verb, a participle phrase and a colon")
Q(R4, D, "Well. I've got to share it,", "Maisie Crannock",
  "pronoun after: she said → Crannock, the subject of the sentence before (Maisie; the entry before names only Thornquist)", "said",
  note="multi-sentence ('Well.' is a sentence)")
Q(R4, D, "My mother always told me to share.", "Maisie Crannock", "continuation: the quote after '..., she said.'", None)
Q(R4, I, "the family will travel to Lozenia to meet Krizkova \"once the fuss dies down\"", "Rhodri Crannock",
  "first name before: Her son Rhodri says", "says", note="present tense, without 'that'; the partial ends it")
Q(R4, D, "once the fuss dies down", "Rhodri Crannock", "first name before: Her son Rhodri says", "says", partial=True,
  note="the closing mark comes before the full stop")
Q(R4, I, "she has invited the student to Wattlebeck", "Maisie Crannock",
  "bare shared surname before: Crannock says → Maisie Crannock ('she'; her son Rhodri, named in the sentence before, is a man)",
  "says", note="present tense, without 'that'")
Q(R4, D, "This is a victory for evidence over sentiment,", "Libuse Vodickova",
  "title alone after: the minister said → Vodickova, Lozenia's science minister (the sentence before)", "said")
Q(R4, I, "Lozenia would now pay for a second survey telescope at Sternov, at a cost of about $2.6 million", "Libuse Vodickova",
  "pronoun before: She said → Vodickova, the speaker of the sentence before", "said", note="reported speech without 'that'")
Q(R4, I, "both discoverers deserved congratulations and that the comet had brought \"two countries that barely knew each other\" a little closer",
  "Garfield Alloway", "name + title before: Garfield Alloway, Quarrendy's science minister, said in a statement that", "said",
  channel="statement", note="'that ... and that ...': one record; a partial inside")
Q(R4, D, "two countries that barely knew each other", "Garfield Alloway", "name before: Garfield Alloway, ..., said in a statement",
  "said", channel="statement", partial=True)
Q(R4, D, "Look up after December 2, when it rounds the Sun. If the forecasts hold, this will be the brightest comet seen from Quarrendy since 2009.",
  "Sybil Ruddle", "surname alone before a colon: Ruddle: (no verb)", None, note="multi-sentence")
Q(R4, I, "she had cried when the news came", "Drahomira Krizkova",
  "surname before: Krizkova, speaking to Saltbush Radio from Hvezdonov, where it is 13:40, said", "said",
  channel="interview with Saltbush Radio", note="reported speech without 'that'; a participle phrase and a relative clause between "
  "the name and the verb")
Q(R4, D, "Tell Mrs Crannock I will bring the coffee and she can bring the telescope,", "Drahomira Krizkova",
  "pronoun after: she said → Krizkova, the subject of the sentence before", "said", channel="interview with Saltbush Radio",
  note="'Mrs Crannock' inside is Maisie, who is not the speaker")
Q(R4, I, "the sky is cloudy anyway", "Maisie Crannock",
  "pronoun before: She says → Maisie Crannock, the subject of the clause before", "says", note="present tense, without 'that'")

# R5: The Pellmouth Spyglass, 2047-09-21 (Sat; broadsheet; curly quotes and apostrophes; sayings in the present tense ("admits",
# "says", "asks", "tells", "reveals"); no dateline; diacritics; one instant in three named places)
Q(R5, I, "the 48-hour rule “was written for a world of glass plates and telegrams”", "Aurelian Thornquist",
  "title + name before: Professor Aurelian Thornquist, who chairs the office’s naming committee, admits", "admits",
  note="present tense, without 'that'; a relative clause between the name and the verb; the partial ends it")
Q(R5, D, "was written for a world of glass plates and telegrams", "Aurelian Thornquist",
  "name before: Aurelian Thornquist ... admits", "admits", partial=True, note="curly marks; the closing mark comes before the full stop")
Q(R5, I, "The office has given two names to 61 comets since 1990 and three names to nine", "Aurelian Thornquist",
  "pronoun after: he says → Thornquist, the subject of the sentence before", "says", note="clause first, the attribution after")
Q(R5, I, "what is new is a machine spotting a comet and then throwing it away", "Aurelian Thornquist",
  "pronoun before: He says → Thornquist", "says", note="present tense, without 'that'; a free relative as subject of the clause")
Q(R5, D, "If a telescope sees something and nobody looks at the picture, has it discovered anything?", "Aurelian Thornquist",
  "title alone after: the professor asks → Professor Aurelian Thornquist (the paragraph before)", "asks",
  note="a question inside the marks")
Q(R5, D, "We decided this week that it has, provided a human being looks within 48 hours. I am not sure we will say the same in five years.",
  "Aurelian Thornquist", "continuation: the quote after '... the professor asks.'", None, note="multi-sentence")
Q(R5, I, "the observatory will rewrite its software so that nothing with a tail is ever discarded again", "Bedrich Svehlik",
  "name before: Its director, Bedřich Švehlík, says", "says", note="present tense, without 'that'")
Q(R5, D, "We were lucky that Drahomíra is stubborn,", "Bedrich Svehlik",
  "pronoun after: he says → Švehlík, the subject of the sentence before", "says", note="'Drahomíra' inside is Křížková")
Q(R5, D, "Next time we might not have a Drahomíra.", "Bedrich Svehlik", "continuation: the quote after '..., he says.'", None)
Q(R5, I, "she and Crannock spoke for the first time by video call on Friday, at 18:00 in Wattlebeck, 10:00 in Hvězdoňov and 08:00 in Pellmouth",
  "Drahomira Krizkova", "pronoun before: She tells the Spyglass that → Křížková, the subject of the sentence before", "tells",
  channel="interview with the Spyglass", note="present tense; one instant in three places inside the clause")
Q(R5, D, "She asked me what I would do with my half. I said I would finish my thesis,", "Drahomira Krizkova",
  "surname after: Křížková says", "says", channel="interview with the Spyglass", note="multi-sentence; 'She' inside is Crannock")
Q(R5, I, "she would spend hers on a warmer dressing gown", "Maisie Crannock",
  "surname before: Crannock, by her account, said → Maisie Crannock (the 'She' of Křížková's quote); 'by her account' is Křížková's",
  "said", note="reported speech without 'that'; the speaker's words as relayed by another")
Q(R5, I, "he still thinks his mother “was robbed of a clean win”", "Rhodri Crannock",
  "name before: Rhodri Crannock tells the Spyglass", "tells", channel="interview with the Spyglass",
  note="present tense, without 'that'; the partial ends it")
Q(R5, D, "was robbed of a clean win", "Rhodri Crannock", "name before: Rhodri Crannock tells the Spyglass", "tells",
  channel="interview with the Spyglass", partial=True, note="the closing mark comes before the full stop")
Q(R5, I, "it will send a delegation “at the earliest opportunity”", "Lozenia",
  "capital for its government before: Hvězdoňov says → Lozenia's government", "says",
  note="a capital city speaks for its government (a metonym); present tense, without 'that'; after a semicolon")
Q(R5, D, "at the earliest opportunity", "Lozenia", "capital for its government before: Hvězdoňov says", "says", partial=True,
  note="the closing mark comes before the full stop")
Q(R5, I, None, "Aurelian Thornquist", "surname in the middle: Thornquist reveals → the committee's chairman", "reveals",
  parts=["Three of its five members", "wanted a single name when they sat down on Wednesday morning"],
  note="reported speech split by its attribution (', Thornquist reveals,'): one record with two parts; what follows the semicolon "
       "is the paper's own")
Q(R5, D, "Everybody gets one vote, and the evidence gets a veto,", "Aurelian Thornquist",
  "pronoun after: he says → Thornquist, the speaker of the sentence before", "says")
Q(R5, I, "it is now about 40 percent brighter than when it was found and should round the Sun on 2 December at a distance of some 88 million kilometres",
  "Celestial Nomenclature Office", "description before: According to the office, → the Celestial Nomenclature Office", "according to",
  note="'According to X,' first, the clause after")
Q(R5, I, "by then nobody looking up will care whose name it carries", "Aurelian Thornquist", "surname before: Thornquist says that",
  "says", note="present tense")


# ---------------------------------------------------------------- entities
E("Quarrendy", "country", ["Quarrendy", ("Fellhaven", None, ["asked Fellhaven to"])],
  metonyms=[{"alias": "Fellhaven", "metonym_of": "Quarrendy (its government)"}], adjectival=["Quarrendian"],
  note="Crannock's country (R1 twice, R3, R4 twice, R5); its capital stands for its government once: \"Hvězdoňov has asked Fellhaven "
       "to back a shared name\" (R2); \"the Quarrendian government\" (R2) and \"the government\" (R3) are not annotated")
E("Fellhaven", "city", ["Fellhaven"],
  note="Quarrendy's capital: \"told reporters in Fellhaven\" (R1), \"Back in Fellhaven\" (R3), \"All times Fellhaven time\" (R4), "
       "\"invited ... to Fellhaven\" (R5); the metonym context (R2) is claimed by Quarrendy")
E("Lozenia", "country",
  ["Lozenia", ("Hvězdoňov", None, ["Hvězdoňov has asked", "Hvězdoňov says it"]), ("Hvezdonov", None, ["lectured\" by Hvezdonov"])],
  metonyms=[{"alias": "Hvězdoňov", "metonym_of": "Lozenia (its government)"},
            {"alias": "Hvezdonov", "metonym_of": "Lozenia (its government)"}],
  adjectival=["Lozenian", "Lozenians"],
  note="the observatory's country; its capital stands for its government three times: \"Hvězdoňov has asked Fellhaven ...\" (R2), "
       "\"would not be lectured\" by Hvezdonov\" (R3, inside Alloway's clause), \"Hvězdoňov says it will send a delegation\" (R5, a "
       "speaker); \"Lozenian\" and the tabloid's \"the Lozenians\" are demonyms, not mentions")
E("Hvezdonov", "city", ["HVĚZDOŇOV", "Hvězdoňov", "Hvezdonov"],
  note="Lozenia's capital: \"the Lozenian capital Hvezdonov\" (R1), HVĚZDOŇOV (R2 dateline), \"23:40 Hvězdoňov time\" (R2), \"12:00 "
       "in Hvezdonov\", \"reporters in Hvezdonov\", \"from Hvezdonov\" (R4), \"outside Hvězdoňov\", \"10:00 in Hvězdoňov\" (R5); "
       "canonical name without diacritics; the metonym contexts are claimed by Lozenia")
E("Wendale", "country", ["Wendale"], note="the country of Pellmouth, seat of the CNO (R1 dateline only)")
E("Pellmouth", "city", ["PELLMOUTH", "Pellmouth"],
  note="the seat of the Celestial Nomenclature Office: PELLMOUTH (R1 dateline), \"the office in Pellmouth\", \"meet in Pellmouth\" "
       "(R2), \"Pellmouth's Celestial Nomenclature Office\" (R3), \"in Pellmouth\" twice (R4), \"08:00 in Pellmouth\" (R5); never its "
       "government")
E("Wattlebeck", "town", ["Wattlebeck"],
  note="Crannock's home town in Quarrendy (R1, R3 twice, R4 twice, R5 twice); the \"Wattlebeck\" inside \"Wattlebeck Astronomical "
       "Society\" (R3) belongs to the society")
E("Celestial Nomenclature Office", "organisation",
  ["Celestial Nomenclature Office", "CNO", ("office", None, ["The office says it", "According to the office"])],
  note="the body that names comets: expansion and acronym in R1 (\"The Celestial Nomenclature Office (CNO)\", \"the CNO\", \"CNO "
       "rules\", \"a CNO spokesman\", \"astronomers at the CNO\"), the expansion in R2, R3, R4, R5, \"The CNO's\" (R2), \"CNO spokesman\" "
       "(R3); \"the office\" claimed where it speaks (R4 \"The office says it\", R5 \"According to the office\"); the many other "
       "\"the office\" are not annotated")
E("CNO naming committee", "organisation", [("committee", None, ["The committee has ruled"])],
  note="the CNO's five-member naming committee, a speaker through its ruling in R4 (\"The committee has ruled that\", \"Its ruling "
       "says\"); annotated where it speaks; the other descriptions (\"its five-member naming committee\", \"the office's five-strong "
       "naming committee\", \"the committee\", \"the office’s naming committee\") are not")
E("Sternov Observatory", "organisation",
  ["Sternov Observatory", "Šternov Observatory", ("Sternov", [R3, R4]), ("Šternov", [R5]),
   ("observatory", None, ["according to the observatory"])],
  note="the Lozenian observatory: \"The Sternov Observatory\" (R1, R3), \"The Šternov Observatory\" (R2, R5), \"Sternov's boss\" "
       "(R3), \"Sternov's director\", \"at Sternov\" (R4), \"the Šternov software\" (R5); \"the observatory\" claimed where it speaks "
       "(R2 \"according to the observatory\"); the \"Sternov\" inside the comet's name \"Crannock-Sternov\" (R4) is the comet's")
E("Lozenian science ministry", "government body", [("ministry", None, ["Her ministry said"])],
  note="Vodičková's ministry, a speaker through its statement (R2)")
E("Lozenian Amateur Astronomy Union", "organisation", ["Lozenian Amateur Astronomy Union"], note="chaired by Dobromilová (R2)")
E("Wattlebeck Astronomical Society", "organisation", ["Wattlebeck Astronomical Society"], note="chaired by Fairgrieve (R3)")
E("Comet Crannock-Sternov", "comet", ["Comet Crannock", "Crannock-Sternov"],
  note="the comet: \"Comet Crannock\" (R1, and R4's header), renamed \"Crannock-Sternov\" by the committee (R4); otherwise \"the "
       "comet\" (not annotated); the tabloid's \"Comet Nana\" (R3) is Maisie Crannock, not the comet")
E("X", "platform", ["X"])
E("Harbinson Wire", "news agency", ["Harbinson Wire"], note="its dateline and \"she told Harbinson Wire\" (R1)")
E("Zvestovatel", "media outlet", [("Zvěstovatel", [R2])], note="\"She told Zvěstovatel\" (R2); canonical name without diacritics")
E("The Daily Bellbird", "media outlet", [("Bellbird", [R3])], note="\"told the Bellbird\" (R3)")
E("Saltbush Radio", "media outlet", ["Saltbush Radio"], note="\"speaking to Saltbush Radio\" (R4)")
E("The Pellmouth Spyglass", "media outlet", [("Spyglass", [R5])], note="\"tells the Spyglass\" twice (R5)")
E("Maisie Crannock", "person",
  ["Maisie Crannock", ("Crannock", [R1, R2, R4, R5]), ("Maisie", [R3]), "Comet Nana", ("Nana", [R3])],
  note="the amateur astronomer: full name in every report; bare \"Crannock\" (R1 three times, \"Mrs Crannock\" and \"Crannock's\" "
       "included; R2 twice; R4 five times; R5 twice) — R3's only bare \"Crannock\" is her son's; \"Maisie\" inside Fairgrieve's quote "
       "(R3); the tabloid's label \"Comet Nana\" and \"Nana\" (R3, four times); \"Rhodri Crannock\" is her son, another person")
E("Rhodri Crannock", "person",
  ["Rhodri Crannock", ("Rhodri", [R1, R3, R4]), ("Crannock", None, ["Crannock, who has set up"])],
  note="Crannock's son: \"Rhodri\" (R1 \"Crannock's son, Rhodri\"; R3 addressed inside his mother's inner quote; R4 \"Her son Rhodri\"), "
       "\"Rhodri Crannock\" (R3, R5), the bare \"Crannock, who has set up a fundraising page to buy his mum ...\" (R3)")
E("Bedrich Svehlik", "person",
  ["Bedrich Svehlik", "Bedřich Švehlík", ("Svehlik", [R1]), ("Švehlík", [R2, R5])],
  note="the observatory's director: \"Bedrich Svehlik\" (R1, R3, R4), \"Bedřich Švehlík\" (R2, R5), \"Svehlik\" (R1), \"Švehlík\" "
       "(R2 \"Professor Švehlík\" inside Křížková's quote and \"Švehlík insisted\"; R5 \"invited Švehlík\"); canonical name without "
       "diacritics")
E("Drahomira Krizkova", "person",
  ["Drahomira Krizkova", "Drahomíra Křížková", ("Krizkova", [R4]), ("Křížková", [R2, R5]), ("Drahomíra", [R5])],
  note="the doctoral student: \"Drahomira Krizkova\" (R1), \"Drahomíra Křížková\" (R2), \"Křížková\" (R2 twice, R5 three "
       "times), \"Krizkova\" (R4 twice), \"Drahomíra\" inside Švehlík's quotes (R5 twice); canonical name without diacritics")
E("Libuse Vodickova", "person",
  ["Libuse Vodickova", "Libuše Vodičková", ("the minister", None, ["the minister said"])],
  note="Lozenia's science minister: \"Libuše Vodičková\" (R2), \"Libuse Vodickova\" (R3, R4), then \"the minister said\" claimed (R4)")
E("Garfield Alloway", "person", ["Garfield Alloway"], note="Quarrendy's science minister (R1, R3, R4, R5)")
E("Lyle Mossop", "person", ["Lyle Mossop"], note="the CNO's spokesman (R1, R3)")
E("Aurelian Thornquist", "person",
  ["Aurelian Thornquist", ("Thornquist", [R5]), ("the professor", None, ["the professor asks"])],
  note="chairman of the CNO's naming committee: \"Professor Aurelian Thornquist\" (R2, R4, R5), \"Thornquist\" (R5 twice), "
       "\"the professor asks\" claimed (R5)")
E("Sybil Ruddle", "person", ["Sybil Ruddle", ("Ruddle", [R4])], note="the radio's astronomy presenter (R4)")
E("Noel Fairgrieve", "person", ["Noel Fairgrieve"], note="chairman of the Wattlebeck Astronomical Society (R3)")
E("Sarka Dobromilova", "person", ["Šárka Dobromilová"],
  note="chairs the Lozenian Amateur Astronomy Union (R2); canonical name without diacritics")

DISTINCT = [
    ("Maisie Crannock", "Rhodri Crannock", "mother and son sharing a surname (R3's bare \"Crannock, who has set up ...\" is Rhodri's; "
     "R4's \"Crannock says she ...\", right after Rhodri is named, is Maisie's)"),
    ("Maisie Crannock", "Comet Crannock-Sternov", "the woman vs the comet named after her; the tabloid's \"Comet Nana\" is the woman"),
    ("Sternov Observatory", "Comet Crannock-Sternov", "the observatory vs the comet whose name it shares"),
    ("Sternov Observatory", "Bedrich Svehlik", "the observatory vs its director"),
    ("Drahomira Krizkova", "Bedrich Svehlik", "the student vs her director (R2's inner quote is hers, said to him)"),
    ("Quarrendy", "Fellhaven", "the government (metonym, R2) vs the capital city"),
    ("Lozenia", "Hvezdonov", "the government (metonyms, R2, R3, R5) vs the capital city"),
    ("Celestial Nomenclature Office", "CNO naming committee", "the office vs its committee"),
    ("CNO naming committee", "Aurelian Thornquist", "the committee (speaking through its ruling) vs its chairman"),
    ("Celestial Nomenclature Office", "Lyle Mossop", "the office vs its spokesman"),
    ("Celestial Nomenclature Office", "Pellmouth", "the office vs the city where it sits"),
    ("Libuse Vodickova", "Lozenian science ministry", "the minister vs her ministry's statement (R2)"),
    ("Libuse Vodickova", "Garfield Alloway", "the two countries' science ministers"),
    ("Wattlebeck", "Wattlebeck Astronomical Society", "the town vs the society named after it"),
    ("Noel Fairgrieve", "Maisie Crannock", "outer vs inner speaker of R3's nested quote"),
    ("Rhodri Crannock", "Maisie Crannock", "outer vs inner speaker of R3's other nested quote ('Mum')"),
    ("Sybil Ruddle", "Maisie Crannock", "R4's \"she says\" after Ruddle is named vs the \"she says\" of Crannock in the entry before"),
    ("Lozenian Amateur Astronomy Union", "Sternov Observatory", "the amateurs' union vs the observatory (opposite sides)"),
    ("Zvestovatel", "Hvezdonov", "the Lozenian paper vs the capital in its dateline"),
]


# ---------------------------------------------------------------- times
# R1 anchor Fri 2047-09-13 (Wattlebeck keeps UTC+10: "05:10 local time on Wednesday (19:10 GMT on Tuesday)")
T(R1, "Sept 13", "date", "2047-09-13", "dateline; abbreviated month without a period and day, year of the publication date")
T(R1, "on Friday", "weekday", "2047-09-13", "the anchor day (\"was named after her on Friday\")", after="named after her ")
T(R1, "a day", "duration", "P1D", "duration (\"photographed the object a day earlier\")")
T(R1, "09:00 GMT", "time", "2047-09-13T09:00:00+00:00", "clock time with its zone; the day of the circular, the anchor (Friday)")
T(R1, "31 years", "duration", "P31Y", "duration (\"has combed the sky ... for 31 years\")")
T(R1, "05:10 local time", "time", "2047-09-11T05:10:00+10:00",
  "\"local time\" of the place just named (Wattlebeck), not of the dateline; the GMT equivalent in brackets (19:10 GMT on Tuesday) "
  "fixes the offset at UTC+10; the day from \"on Wednesday\" after it")
T(R1, "on Wednesday", "weekday", "2047-09-11", "the latest Wednesday before the anchor (\"05:10 local time on Wednesday\")")
T(R1, "19:10 GMT", "time", "2047-09-10T19:10:00+00:00",
  "the same instant as 05:10 local time on Wednesday, written in GMT on the day before (across midnight)")
T(R1, "on Tuesday", "weekday", "2047-09-10", "the latest Tuesday before the anchor (\"19:10 GMT on Tuesday\")")
T(R1, "52 minutes", "duration", "PT52M", "duration (\"52 minutes later\")")
T(R1, "on Friday evening", "weekday", "2047-09-13", "the anchor day (\"on Friday evening, her time\")")
T(R1, "since 2016", "date", "2016-01-01/2016-12-31", "a year (inside Crannock's quote \"waiting since 2016\")", granularity="year")
T(R1, "on Monday night", "weekday", "2047-09-09", "the latest Monday before the anchor (\"on 14 exposures on Monday night\")")
T(R1, "20:05 GMT", "time", "2047-09-09T20:05:00+00:00", "clock time with its zone, the day from \"on Monday night\" before it")
T(R1, "on Thursday", "weekday", "2047-09-12", "the latest Thursday before the anchor (\"found the images on Thursday\")")
T(R1, "14:30 GMT", "time", "2047-09-12T14:30:00+00:00", "clock time with its zone, Thursday (\"at 14:30 GMT that day\")")
T(R1, "that day", "relative", "2047-09-12", "the day just named (Thursday), not the anchor")
T(R1, "on Monday", "weekday", "2047-09-09", "the latest Monday before the anchor (inside Svehlik's quote \"a mistake on Monday\")",
  after="made a mistake ")
T(R1, "later on Friday", "weekday", "2047-09-13", "the anchor day (\"lodge a formal claim later on Friday\")")
T(R1, "48 hours", "duration", "PT48H", "duration (\"within 48 hours of one another\")")
T(R1, "next Wednesday", "weekday", "2047-09-18", "the Wednesday of the week after the anchor's (\"could meet as early as next Wednesday\")")
T(R1, "Dec. 2", "date", "2047-12-02", "abbreviated month and day without a year, future: the anchor's year")
T(R1, "in December", "date", "2047-12-01/2047-12-31", "a month without a year, future (\"visible without a telescope in December\")",
  granularity="month")

# R2 anchor Sat 2047-09-14 (Lozenia keeps UTC+2: "23:40 Hvězdoňov time, or 21:40 GMT")
T(R2, "14 September", "date", "2047-09-14", "dateline in day-month order; year of the publication date")
T(R2, "late on Friday", "weekday", "2047-09-13", "the latest Friday before the anchor (\"asked ... late on Friday\")")
T(R2, "that morning", "relative", "2047-09-13", "the morning of the day just named (Friday), not of the anchor")
T(R2, "9 September", "date", "2047-09-09", "day and month without a year (\"the raw data from the night of 9 September\")")
T(R2, "23:40 Hvězdoňov time", "time", "2047-09-13T23:40:00+02:00",
  "the capital's time (UTC+2, fixed by \"or 21:40 GMT\" after it); the day of the claim (late on Friday)")
T(R2, "21:40 GMT", "time", "2047-09-13T21:40:00+00:00", "the same instant as 23:40 Hvězdoňov time, written in GMT")
T(R2, "yesterday", "relative", "2047-09-13", "the day before the anchor (\"Bedřich Švehlík, said yesterday\")")
T(R2, "on Thursday morning", "weekday", "2047-09-12", "the latest Thursday before the anchor (\"found the object on Thursday morning\")")
T(R2, "16:30 local time", "time", "2047-09-12T16:30:00+02:00",
  "\"local time\" of the paper's own city (Hvězdoňov, UTC+2, by the dateline and the paragraph before); Thursday; the same instant "
  "as R1's \"14:30 GMT\"")
T(R2, "that afternoon", "relative", "2047-09-12", "the afternoon of the day just named (Thursday)")
T(R2, "some seven hours", "duration", "PT7H", "duration in words, approximate (\"some seven hours after she first opened the folder\")")
T(R2, "on Friday evening", "weekday", "2047-09-13", "the latest Friday before the anchor (\"said in a statement on Friday evening\")")
T(R2, "this morning", "relative", "2047-09-14", "the morning of the anchor day (\"shared more than 9,000 times by this morning\")")
T(R2, "48 hours", "duration", "PT48H", "duration (\"within 48 hours\")")
T(R2, "42 and a half hours", "duration", "PT42H30M", "duration with a fraction in words (\"42 and a half hours after Crannock's\")")
T(R2, "on Wednesday", "weekday", "2047-09-18", "future (\"will meet in Pellmouth on Wednesday\"): the Wednesday after the anchor")

# R3 anchor Mon 2047-09-16 (no dateline, no clock, no zone)
T(R3, "last night", "relative", "2047-09-15", "the night before the anchor day (\"Maisie Crannock last night vowed\")")
T(R3, "last Wednesday", "weekday", "2047-09-11", "the Wednesday of the week before the anchor's (\"before dawn last Wednesday\")")
T(R3, "on Friday", "weekday", "2047-09-13", "the latest Friday before the anchor (\"The sky-high row erupted on Friday\")")
T(R3, "MONDAY night", "weekday", "2047-09-09",
  "\"on MONDAY night\" in capitals, from a Monday paper: not the anchor day but the Monday before the Wednesday of the find (\"two "
  "days before Nana\", who found it last Wednesday): 9 September")
T(R3, "two days", "duration", "P2D", "duration in words (\"two days before Nana\")")
T(R3, "late Friday", "weekday", "2047-09-13", "the latest Friday before the anchor (\"lodging a formal claim late Friday\")")
T(R3, "Thirty-one years", "duration", "P31Y", "duration in words (inside Rhodri's quote)")
T(R3, "yesterday", "relative", "2047-09-15", "the day before the anchor (\"chipped in $48,000 by yesterday\")", after="$48,000 by ")
T(R3, "on Saturday", "weekday", "2047-09-14", "the latest Saturday before the anchor (\"in a post on X on Saturday\")")
T(R3, "yesterday", "relative", "2047-09-15", "the day before the anchor (\"told reporters yesterday\")", after="told reporters ")
T(R3, "on Wednesday", "weekday", "2047-09-18", "future (\"would sit on Wednesday\"): the Wednesday after the anchor")
T(R3, "on Thursday", "weekday", "2047-09-19", "future (\"give its verdict on Thursday\"): the Thursday after the anchor")
T(R3, "Christmas", "date", "2047-12-25", "a named holiday without a year, future (\"by Christmas\"): the anchor's year")
T(R3, "tomorrow night", "relative", "2047-09-17", "the night of the day after the anchor (\"give a talk ... tomorrow night\")")
T(R3, "an hour", "duration", "PT1H", "duration (\"sold out in under an hour\")")

# R4 anchor Thu 2047-09-19; the blog's second header line says "All times Fellhaven time (GMT+10)"
T(R4, "Thursday 19 September", "date", "2047-09-19", "weekday, day and month without a year in the blog's header: the anchor day")
for stamp in ("18:40", "18:55", "19:20", "19:48", "20:03", "20:06", "20:11", "20:24", "20:37", "20:52", "21:15", "21:40", "22:05"):
    T(R4, stamp, "time", f"2047-09-19T{stamp}:00+10:00",
      "a live-blog entry stamp (24-hour clock) on a line of its own, no zone of its own; the header says \"All times Fellhaven time "
      "(GMT+10)\"; the anchor day")
T(R4, "today", "relative", "2047-09-19", "the anchor day (\"will announce it today\")")
T(R4, "10:00 GMT", "time", "2047-09-19T10:00:00+00:00", "clock time with its zone, the anchor day")
T(R4, "20:00", "time", "2047-09-19T20:00:00+10:00",
  "\"20:00 here\": the blog's zone (GMT+10 by its header); the same instant as 10:00 GMT")
T(R4, "12:00", "time", "2047-09-19T12:00:00+02:00",
  "\"12:00 in Hvezdonov\": the same instant as 10:00 GMT, in Lozenia's time (UTC+2) — one instant in three zones")
T(R4, "Sunday", "weekday", "2047-09-15", "the latest Sunday before the anchor (\"has hardly slept since Sunday\")")
T(R4, "nine hours", "duration", "PT9H", "duration in words (\"met for more than nine hours\")")
T(R4, "yesterday", "relative", "2047-09-18", "the day before the anchor (\"met ... yesterday in Pellmouth\")")
T(R4, "on Tuesday night", "weekday", "2047-09-17", "the latest Tuesday before the anchor (\"the last of the Lozenian data on Tuesday night\")")
T(R4, "Nine hours", "duration", "PT9H", "duration in words (inside Ruddle's quote)")
T(R4, "48-hour", "duration", "PT48H", "duration as a hyphenated adjective (\"inside the 48-hour window\")")
T(R4, "December 2", "date", "2047-12-02", "month and day without a year, future (inside Ruddle's quote): the anchor's year")
T(R4, "since 2009", "date", "2009-01-01/2009-12-31", "a year (inside Ruddle's quote \"since 2009\")", granularity="year")
T(R4, "13:40", "time", "2047-09-19T13:40:00+02:00",
  "\"from Hvezdonov, where it is 13:40\": Lozenia's time (UTC+2); the same instant as the entry's stamp 21:40 Fellhaven time")
T(R4, "tonight", "relative", "2047-09-19", "the night of the anchor day (\"That's all from us tonight\")")
T(R4, "this evening", "relative", "2047-09-19", "the evening of the anchor day (\"reached the studio this evening\")")

# R5 anchor Sat 2047-09-21 (no dateline; clocks in named places: Wattlebeck UTC+10, Hvězdoňov UTC+2, Pellmouth GMT)
T(R5, "20:02 GMT", "time", "2047-09-10T20:02:00+00:00", "clock time with its zone; the day from \"on 10 September\" after it")
T(R5, "10 September", "date", "2047-09-10", "day and month without a year (\"at 20:02 GMT on 10 September\")")
T(R5, "Nine days", "duration", "P9D", "duration in words (\"Nine days later\")")
T(R5, "earlier this month", "relative", "2047-09-01/2047-09-20",
  "the anchor's month up to the day before the anchor (\"the comet she found earlier this month\")")
T(R5, "48-hour", "duration", "PT48H", "duration as a hyphenated adjective (\"the 48-hour rule\")")
T(R5, "since 1990", "date", "1990-01-01/1990-12-31", "a year (\"61 comets since 1990\")", granularity="year")
T(R5, "this week", "relative", "2047-09-16/2047-09-22",
  "the Monday–Sunday week of the anchor (inside Thornquist's quote \"We decided this week\"; the committee sat on Wednesday 18)")
T(R5, "48 hours", "duration", "PT48H", "duration (inside Thornquist's quote \"within 48 hours\")")
T(R5, "five years", "duration", "P5Y", "duration in words (inside Thornquist's quote \"in five years\")")
T(R5, "on Wednesday", "weekday", "2047-09-18", "the latest Wednesday before the anchor (\"turned 27 on Wednesday, the day the committee met\")",
  after="turned 27 ")
T(R5, "on Friday", "weekday", "2047-09-20", "the latest Friday before the anchor (\"by video call on Friday\")")
T(R5, "18:00", "time", "2047-09-20T18:00:00+10:00",
  "\"18:00 in Wattlebeck\": the town's time, UTC+10 (as R1's \"05:10 local time ... (19:10 GMT ...)\" fixes it; the report gives no "
  "offset itself); Friday; the same instant as 10:00 in Hvězdoňov and 08:00 in Pellmouth")
T(R5, "10:00", "time", "2047-09-20T10:00:00+02:00",
  "\"10:00 in Hvězdoňov\": Lozenia's time, UTC+2 (as R2's \"23:40 Hvězdoňov time, or 21:40 GMT\" fixes it); the same instant")
T(R5, "08:00", "time", "2047-09-20T08:00:00+00:00",
  "\"08:00 in Pellmouth\": the paper's own city, GMT (the CNO's circular time in R1 and this report's \"20:02 GMT\"); the same "
  "instant — one instant in three places")
T(R5, "in November", "date", "2047-11-01/2047-11-30", "a month without a year, future (\"to Fellhaven in November\")",
  granularity="month")
T(R5, "on Monday", "weekday", "2047-09-23", "future (\"will publish the committee’s full reasoning on Monday\"): the Monday after the anchor")
T(R5, "on Wednesday morning", "weekday", "2047-09-18", "the latest Wednesday before the anchor (\"when they sat down on Wednesday morning\")")
T(R5, "last week", "relative", "2047-09-09/2047-09-15",
  "the Monday–Sunday week before the anchor's (\"the images the Šternov software rejected last week\"; taken on 9 September)")
T(R5, "2 December", "date", "2047-12-02", "day and month without a year, future: the anchor's year")


# ---------------------------------------------------------------- numbers
N(R1, "67-year-old", 67, "year", "age", note="an age as a hyphenated adjective (\"a 67-year-old retired schoolteacher\")")
N(R1, "three independent observers", 3, "observer", "count", note="word number, an adjective between (inside the circular's partial)")
N(R1, "31 years", 31, "year", "duration")
N(R1, "35-centimetre", 35, "centimetre", "length", note="a size as a hyphenated adjective (\"a 35-centimetre telescope\")")
N(R1, "52 minutes", 52, "minute", "duration")
N(R1, "14 exposures", 14, "exposure", "count")
N(R1, "up to three observers", 3, "observer", "count", approx="up_to", note="word number")
N(R1, "48 hours", 48, "hour", "duration")
N(R1, "five-member", 5, "member", "count", note="word number as a hyphenated adjective (\"its five-member naming committee\")")
N(R1, "about 310 million kilometres", 310000000, "kilometre", "distance", approx="about")
N(R1, "between 4 and 6 kilometres", 4, "kilometre", "distance", low=4, high=6, note="a range written with between ... and")

N(R2, "14 images", 14, "image", "count")
N(R2, "22-page", 22, "page", "count", note="a count as a hyphenated adjective (\"a 22-page report\")")
N(R2, "26-year-old", 26, "year", "age", note="an age as a hyphenated adjective")
N(R2, "eleven times", 11, "time", "count", note="word number (inside Křížková's quote)")
N(R2, "some seven hours", 7, "hour", "duration", approx="about", note="word number; \"some\" read as about")
N(R2, "more than 9,000 times", 9000, "time", "count", approx="more_than", note="shares of a post")
N(R2, "48 hours", 48, "hour", "duration")
N(R2, "42 and a half hours", 42.5, "hour", "duration", note="a fraction in words (\"42 and a half\")")
N(R2, "two names", 2, "name", "count", note="word number (inside Švehlík's split quote)")
N(R2, "five-member", 5, "member", "count", note="word number as a hyphenated adjective")

N(R3, "67", 67, "year", "age", note="an age (\"Comet Nana, 67,\")")
N(R3, "two days", 2, "day", "duration", note="word number")
N(R3, "41", 41, "year", "age", note="an age (\"Rhodri Crannock, 41,\")")
N(R3, "Thirty-one years", 31, "year", "duration", note="hyphenated word number (inside Rhodri's quote)")
N(R3, "more than 2,300 people", 2300, "person", "count", approx="more_than")
N(R3, "$48,000", 48000, "usd", "money")
N(R3, "one hundred per cent", 100, "percent", "percent", note="word number and \"per cent\" in two words (inside a partial)")
N(R3, "five-strong", 5, "member", "count", note="word number as a hyphenated adjective (\"five-strong naming committee\")")
N(R3, "120 tickets", 120, "ticket", "count")

N(R4, "about 150 people", 150, "person", "count", approx="about")
N(R4, "more than nine hours", 9, "hour", "duration", approx="more_than", note="word number")
N(R4, "Nine hours", 9, "hour", "duration", note="word number (inside Ruddle's quote)")
N(R4, "one comet", 1, "comet", "count", note="word number (inside Ruddle's quote)")
N(R4, "two names", 2, "name", "count", note="word number (\"It's two names.\")")
N(R4, "48-hour", 48, "hour", "duration", note="a duration as a hyphenated adjective (inside the ruling's partial)")
N(R4, "two discoveries", 2, "discovery", "count", note="word number")
N(R4, "about $2.6 million", 2600000, "usd", "money", approx="about", note="a decimal and 'million'")
N(R4, "two countries", 2, "country", "count", note="word number (inside Alloway's partial)")
N(R4, "About 1,100 messages", 1100, "message", "count", approx="about")

N(R5, "Nine days", 9, "day", "duration", note="word number")
N(R5, "48-hour", 48, "hour", "duration", note="a duration as a hyphenated adjective (\"the 48-hour rule\")")
N(R5, "two names", 2, "name", "count", note="word number")
N(R5, "61 comets", 61, "comet", "count")
N(R5, "three names", 3, "name", "count", note="word number")
N(R5, "nine", 9, "comet", "count", note="word number with the noun elided (\"three names to nine\" comets)")
N(R5, "48 hours", 48, "hour", "duration", note="inside Thornquist's quote")
N(R5, "five years", 5, "year", "duration", note="word number (inside Thornquist's quote)")
N(R5, "27", 27, "year", "age", note="an age (\"who turned 27\")")
N(R5, "Three", 3, "member", "count", note="word number, the noun given by \"of its five members\"")
N(R5, "five members", 5, "member", "count", note="word number")
N(R5, "one vote", 1, "vote", "count", note="word number (inside Thornquist's quote)")
N(R5, "about 40 percent", 40, "percent", "percent", approx="about")
N(R5, "some 88 million kilometres", 88000000, "kilometre", "distance", approx="about", note="\"some\" read as about")

ABOUT = ("Gold for the read stage on the invented held-out reports of demo/read-heldout23/reports.jsonl, "
         "written and committed before any reader ran on them. `file` is the report's `id`; `start`/`end` "
         "are BYTE offsets into the UTF-8 encoding of the report's `text` field; text[start:end] begins "
         "with `span`. Same format as demo/read-heldout21/gold.json. Generated by build_gold.py. See README.md here.")


G.write(ABOUT, DISTINCT, detailed=True)
