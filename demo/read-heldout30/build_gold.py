#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and the annotations below.

Run from anywhere: `python3 demo/read-heldout30/build_gold.py`. Offsets are computed here from the spans
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
# R1: Corvex Press, 2049-10-22 (Fri; wire; straight quotes; dateline "ERZENLI, Ilvandar, Oct 22 (Corvex Press) -" (a hyphen); no
# diacritics: "Bortekin Stadium", "Velikcay FK", "Oya Sonmezler", "Gulsen Tamerkaya", "Soylubas Engineering"; Ilvandar keeps UTC+4:30
# ("14:52 local time (10:22 GMT)", "18:00 local time (13:30 GMT)"))
Q(R1, I, "A section of the east stand roof between 35 and 40 metres long came down at 14:52 local time (10:22 GMT) as gusts of more than 110 kilometres an hour swept the city",
  "Ilvandar Football Federation", "name + acronym after: the Ilvandar Football Federation (IFF) said", "said",
  note="clause first, the attribution after (with the acronym in brackets between the name and the verb)")
Q(R1, I, "Three stewards were treated for cuts and a groundsman was taken to hospital with a broken leg", None,
  "unresolved: police sources said (unnamed)", "said", note="clause first, the attribution after; the sentence before ('There "
  "were 12 stewards ...') is the agency's own")
Q(R1, D, "We were five hours from opening the gates,", "Kerem Yavuzalp",
  "title + name after: Atletik chairman Kerem Yavuzalp told reporters outside the ground", "told", channel="told reporters")
Q(R1, D, "If it had come down at a quarter past nine, with 28,000 people under it, we would be counting bodies, not seats.",
  "Kerem Yavuzalp", "continuation: the quote after '... Kerem Yavuzalp told reporters outside the ground.'", None,
  channel="told reporters", note="a clock in words inside the quote")
Q(R1, I, "In a ruling issued at 02:10 on Friday, it ordered the tie to be played at Nergisli Park, home of Velikcay FK, at 18:00 local time (13:30 GMT) the same day",
  "Inland Seas Football Confederation", "description after: the confederation said in a statement → the ISFC (named in the sentence before)",
  "said", channel="statement",
  note="clause first, the attribution after; 'it' inside the clause is the confederation too; the sentence before ('The Inland Seas "
       "Football Confederation (ISFC) postponed the match ...') is the agency's own")
Q(R1, D, "The safety of players and supporters comes before any calendar,", "Inland Seas Football Confederation",
  "document of a group after: the statement said → the confederation's statement (the sentence before)", "said", channel="statement")
Q(R1, I, "she had offered the ground within an hour of the collapse \"because some things are bigger than a derby\"", "Oya Sonmezler",
  "title + name before: Velikcay's chairwoman, Oya Sonmezler, said", "said", note="reported speech without 'that'; the partial ends it")
Q(R1, D, "because some things are bigger than a derby", "Oya Sonmezler", "name before: Oya Sonmezler, said she had offered", "said",
  partial=True, note="the closing mark comes before the full stop")
Q(R1, I, "The Harriers will play under protest", "Grevsund Harriers",
  "description after: the club confirmed → the Harriers, the clause's own subject", "confirmed",
  note="clause first, the attribution after ('..., the club confirmed.')")
Q(R1, D, "Our players have been sitting in a hotel for 30 hours,", "Joakim Lindqvarn",
  "title + name after: manager Joakim Lindqvarn said", "said")
Q(R1, D, "Nobody has shown us one piece of paper that says the new ground is any safer.", "Joakim Lindqvarn",
  "continuation: the quote after '..., manager Joakim Lindqvarn said.'", None,
  note="'a piece of paper that says ...' inside the quote is no speaker")
Q(R1, I, "she had ordered an audit of the certificate and of the firm's other work", "Gulsen Tamerkaya",
  "title + name before: Sports Minister Gulsen Tamerkaya said", "said", note="reported speech without 'that'")
Q(R1, I, "the inspection was carried out in full and no inspection could have foreseen \"a storm of this kind\"", "Soylubas Engineering",
  "name before: According to Soylubas, → Soylubas Engineering (named in the sentence before)", "according to",
  note="'According to X,' first, the clause after; the partial ends it")
Q(R1, D, "a storm of this kind", "Soylubas Engineering", "name before: According to Soylubas", "according to", partial=True,
  note="the closing mark comes before the full stop")
Q(R1, I, "The strongest gust, 121 kilometres an hour, was recorded at 14:47, five minutes before the roof fell",
  "Ilvandar state weather office", "description after: the office said → the state weather office (the sentence before)", "said",
  note="clause first, the attribution after; the sentence before (the warning) is the agency's own")

# R2: Erzenli Gözcüsü (English edition), 2049-10-23 (Sat; the Erzenli paper in English; straight quotes; dateline "ERZENLİ, 23 October
# (Gözcüsü) —" (a dotted capital İ and an em dash); diacritics: "Börtekin", "Velikçay", "Oya Sönmezler", "Soylubaş", "Nilüfer Erdevik",
# "Gülşen Tamerkaya", "Tezgürün", "Cemal Usluoğlu")
Q(R2, D, "We are rivals for 90 minutes at a time, not for ever,", "Oya Sonmezler",
  "title + name after, inverted: said Velikçay's chairwoman, Oya Sönmezler", "said", note="the verb before the speaker")
Q(R2, I, "Erdevik was there from 3 to 6 October as a speaker", None,
  "unresolved: according to the programme of an engineering congress in Sundvarre (a document of an unnamed body)",
  "according to", channel="programme",
  note="'according to X,' first, the clause after; Erdevik, named inside the clause, is not the speaker")
Q(R2, D, "My colleague went up on the roof and sent me 140 photographs,", "Haluk Erdevik",
  "pronoun after: he said → Erdevik, the subject of the sentence before ('Reached by telephone yesterday, Erdevik did not deny it.')",
  "said", channel="telephone")
Q(R2, D, "Under the last one he wrote, 'Corrosion on two bolts, nothing urgent,' and I believed him. I signed. That is my mistake and I will carry it.",
  "Haluk Erdevik", "continuation: the quote after '..., he said.'", None, channel="telephone",
  note="multi-sentence; holds a quote inside the quote (single straight marks) written by his colleague")
Q(R2, D, "Corrosion on two bolts, nothing urgent,", "Deniz Kalkavan",
  "inside the outer quote: 'Under the last one he wrote,' → 'My colleague' of the outer quote, named in the next paragraph as Deniz "
  "Kalkavan", "wrote", note="quote inside a quote whose speaker is NOT the outer speaker")
Q(R2, I, "his photographs \"met every requirement of the regulations\" and that it would cooperate with the ministry",
  "Soylubas Engineering", "name before: Soylubaş said in a statement that", "said", channel="statement",
  note="'that ... and that ...': one record; a partial inside")
Q(R2, D, "met every requirement of the regulations", "Soylubas Engineering", "name before: Soylubaş said in a statement", "said",
  channel="statement", partial=True)
Q(R2, D, None, "Nilufer Erdevik",
  "title alone in the middle: the mayor said → Nilüfer Erdevik, Erzenli's mayor (the sentence before; the engineer, her cousin, is "
  "another Erdevik)", "said",
  parts=["The club chose the engineer, not me,", "and I will not resign over a signature that is not mine."],
  note="a direct quote split by its attribution: one record with two parts")
Q(R2, I, "Any ground whose certificate cannot be confirmed by Wednesday will be closed", "Gulsen Tamerkaya",
  "pronoun after: she said → Tamerkaya, the subject of the sentence before", "said", note="clause first, the attribution after")
Q(R2, I, "the inspection rules would be rewritten before the season ends", "Gulsen Tamerkaya",
  "surname before: Tamerkaya said that", "said")
Q(R2, I, "Atletik's home ground was never properly licensed", "Grevsund Harriers",
  "name before: The Harriers have asked the Inland Seas Football Confederation to award them the tie, arguing that", "arguing",
  note="a participle of speech after a request; the request itself ('asked ... to award them the tie') has no clause")
Q(R2, I, "the club had travelled \"to play football, not to dodge falling steel\"", "Maja Ekerholt",
  "title + name before: Their chief executive, Maja Ekerholt, wrote in a post on X from the team hotel that", "wrote", channel="post on X",
  note="the partial ends it; 'the club' inside is the Harriers")
Q(R2, D, "to play football, not to dodge falling steel", "Maja Ekerholt", "name before: Maja Ekerholt, wrote in a post on X from the team hotel", "wrote",
  channel="post on X", partial=True, note="the closing mark comes before the full stop")
Q(R2, I, "Cemal had been repainting the touchline when \"the sky started to scream\"", None,
  "unresolved: His brother told Gözcüsü that (Cemal Usluoğlu's brother, never named)", "told", channel="interview with Gözcüsü",
  note="Cemal, named inside the clause, is not the speaker; the partial ends it")
Q(R2, D, "the sky started to scream", None, "unresolved: His brother told Gözcüsü", "told", channel="interview with Gözcüsü",
  partial=True, note="the closing mark comes before the full stop")

# R3: The Sunday Hornblast, 2049-10-24 (Sun; Orsland tabloid; straight quotes; no dateline; no diacritics; labels "Mr Rubber Stamp"
# (Haluk Erdevik), "the Tin Lid" (the stadium), "the Herons" (the Harriers); capitals for emphasis ("OUR", "COUSIN"); "our time" is
# Orsland's (UTC+1), "local time" and "in Erzenli" Ilvandar's (UTC+4:30))
Q(R3, D, "I looked up at that roof on Wednesday and said to my assistant, 'It's old, but somebody must have checked it,'",
  "Joakim Lindqvarn", "pronoun after: he told the Hornblast → Lindqvarn, the subject of the sentence before", "told",
  channel="interview with the Hornblast", note="holds a quote inside the quote (single straight marks) spoken by the outer speaker")
Q(R3, D, "It's old, but somebody must have checked it,", "Joakim Lindqvarn",
  "inside the outer quote: 'I ... said to my assistant,' → the 'I' of the outer quote, Lindqvarn (not the assistant, who is told)",
  "said", note="quote inside a quote whose speaker IS the outer speaker; an apostrophe inside ('It's')")
Q(R3, D, "Somebody did. From Sundvarre, apparently.", "Joakim Lindqvarn",
  "continuation: the quote after '..., he told the Hornblast.'", None, channel="interview with the Hornblast", note="multi-sentence")
Q(R3, D, "We paid for a cup tie and got a disaster film. Somebody owes us our money back.", "Ragnvald Skarholt",
  "name before, a colon: Season-ticket holder Ragnvald Skarholt, 63, fumed:", "fumed", note="multi-sentence")
Q(R3, I, "the club would fight for the tie \"all the way to the top\"", "Maja Ekerholt",
  "pronoun before: She said → Ekerholt, after a sentence naming her and Lindqvarn (a man)", "said",
  note="reported speech without 'that'; the partial ends it; the sentence after ('He just stared ...') is Lindqvarn's and no speech")
Q(R3, D, "all the way to the top", "Maja Ekerholt", "pronoun before: She said the club would fight", "said", partial=True,
  note="the closing mark comes before the full stop")
Q(R3, I, "the club, not her, picked the engineer", "Nilufer Erdevik", "name before: Nilufer Erdevik insists", "insists",
  note="present tense, without 'that'; 'the engineer' inside is her cousin, Haluk Erdevik")
Q(R3, I, "the sports minister had demanded a full report from Tezgurun by Friday", None,
  "unresolved: Government sources said (unnamed)", "said",
  note="reported speech without 'that'; 'the sports minister' (Orsland's, never named) is inside the clause, not the speaker; "
       "'Tezgurun' is Ilvandar's government (metonym)")
Q(R3, D, "I trusted a colleague. I was wrong.", "Haluk Erdevik",
  "label before, a colon: Mr Rubber Stamp himself told Ilvandari television: → Haluk Erdevik (the tabloid's label)", "told",
  channel="interview with Ilvandari television", note="multi-sentence; the speaker is given only by the label")

# R4: Vindstad Radio live blog, 2049-10-26 (Tue; plain-text scrape: header "LIVE: ... - Tuesday 26 October" and a line "All times
# Orsland time (GMT+1)"; each entry begins with a 24-hour stamp on a line of its own; straight quotes; no diacritics)
Q(R4, D, "About 60 Harriers fans are out here with a banner that says RUBBER STAMP, RED CARD. The Atletik delegation has just walked past them without a word.",
  "Siri Ursvik", "surname alone before a colon: Ursvik: (no verb)", None,
  note="multi-sentence; 'a banner that says ...' inside the quote is no speaker")
Q(R4, I, "the hearing would last \"as long as it needs to and not a minute longer\" and that a decision would come this afternoon",
  "Torunn Brandvoll", "pronoun before: She told the room that → Judge Torunn Brandvoll, named in the sentence before", "told",
  note="'that ... and that ...': one record; a partial inside")
Q(R4, D, "as long as it needs to and not a minute longer", "Torunn Brandvoll", "pronoun before: She told the room", "told",
  partial=True)
Q(R4, I, "a club playing on a ground with a false certificate had \"no right to the points it wins there\", and that Atletik should forfeit the tie",
  "Maja Ekerholt", "pronoun before: She argued that → Ekerholt, the subject of the sentence before", "argued",
  note="'that ..., and that ...': one record; a partial inside")
Q(R4, D, "no right to the points it wins there", "Maja Ekerholt", "pronoun before: She argued", "argued", partial=True)
Q(R4, D, "We did not make the storm and we did not sign the certificate,", "Kerem Yavuzalp",
  "title alone after: the chairman said → Kerem Yavuzalp, the Atletik chairman (the sentence before; the panel's chair is a woman "
  "and is 'chaired', not 'the chairman')", "said")
Q(R4, D, "We paid an engineer to tell us the truth, and he did not.", "Kerem Yavuzalp",
  "continuation: the quote after '..., the chairman said.'", None)
Q(R4, I, "11 of the 41 certificates rechecked since Saturday cannot be confirmed", "Ilvandar sports ministry",
  "group before: the sports ministry says → Ilvandar's sports ministry (in Erzenli's country)", "says",
  note="present tense, without 'that'; a relative clause with a clock ('In Erzenli, where it is 15:45,') before the speaker; the "
       "next sentence ('Five grounds have been closed.') is the blog's own")
Q(R4, I, "he \"accepts full responsibility\" for the certificate and that he \"never meant to deceive anybody\"", "Haluk Erdevik",
  "document of a person before: His written statement, read out by the panel's secretary, says → Haluk Erdevik's statement", "says",
  channel="written statement",
  note="present tense; without 'that' at first, then 'and that ...': one record with two partials; the secretary who reads it "
       "out is not the speaker")
Q(R4, D, "accepts full responsibility", "Haluk Erdevik", "document before: His written statement ... says he", "says",
  channel="written statement", partial=True)
Q(R4, D, "never meant to deceive anybody", "Haluk Erdevik", "document before: His written statement ... says ... and that he", "says",
  channel="written statement", partial=True, note="the closing mark comes before the full stop")
Q(R4, I, "the certificate was \"a matter for the Ilvandari courts, not for a football panel\"", "Torunn Brandvoll",
  "surname before: Brandvoll noted that", "noted", note="the partial ends it")
Q(R4, D, "a matter for the Ilvandari courts, not for a football panel", "Torunn Brandvoll", "surname before: Brandvoll noted that",
  "noted", partial=True, note="the closing mark comes before the full stop")
Q(R4, I, "the Harriers will take the case to the confederation's appeals board by next Monday", "Maja Ekerholt",
  "surname before: Ekerholt says", "says", note="present tense, without 'that'")
Q(R4, D, "We are not finished,", "Maja Ekerholt", "pronoun after: she told us → Ekerholt, the subject of the sentence before",
  "told", channel="interview with Vindstad Radio")
Q(R4, I, "it will raise the affair with Tezgurun when the two countries' sports ministers meet in December", "Orsland",
  "capital for its government before: Sundvarre says → Orsland's government", "says",
  note="a capital city speaks for its government (a metonym); present tense, without 'that'; 'Tezgurun' inside is Ilvandar's "
       "government (metonym)")
Q(R4, D, "Only if they play in the car park,", "Joakim Lindqvarn",
  "pronoun after: he said → Lindqvarn, the subject of the sentence before ('... asked whether ..., laughed.')", "said")

# R5: The Tezgürün Arbiter, 2049-10-28 (Thu; broadsheet; curly quotes and apostrophes; sayings in the present tense ("says", "finds",
# "notes", "admits", "tells", "insists"); no dateline; diacritics; one instant in three zones in its first sentence)
Q(R5, I, "the storm was only the last straw", "Yasemin Kutluer",
  "title + name before: Professor Yasemin Kutluer, the structural engineer the ministry has asked to examine the wreckage, says",
  "says", note="present tense, without 'that'; a long apposition between the name and the verb")
Q(R5, I, None, "Yasemin Kutluer", "pronoun in the middle: she finds → Kutluer, the subject of the sentence before", "finds",
  parts=["Two bolts holding the main truss had rusted almost through",
         "and roughly 30 percent of the roof panels will have to be replaced"],
  note="reported speech split by its attribution (', she finds,'): one record with two parts")
Q(R5, D, "A roof does not fail in an afternoon,", "Yasemin Kutluer",
  "title alone after: the engineer says → Kutluer, 'the structural engineer' of the paragraph (Haluk Erdevik, the engineer of the "
  "story, is not named until the paragraph after next)", "says")
Q(R5, D, "It fails over years, and then one afternoon it tells you.", "Yasemin Kutluer",
  "continuation: the quote after '..., the engineer says.'", None)
Q(R5, I, "the roof, built in 1987, was last fully overhauled in 2033", "Yasemin Kutluer", "surname before: Kutluer notes that",
  "notes", note="present tense")
Q(R5, I, "Repairs will cost at least $4.2 million", "Erzenli Atletik",
  "description after: according to the club → Erzenli Atletik (named in the paragraph before)", "according to",
  note="clause first, 'according to' after; what follows ', and its chairman ... admits' is another record")
Q(R5, I, "the Börtekin will not reopen this year", "Kerem Yavuzalp",
  "title + name before: its chairman, Kerem Yavuzalp, admits", "admits", note="present tense, without 'that'")
Q(R5, D, "Velikçay have been better hosts than we had any right to expect,", "Kerem Yavuzalp",
  "pronoun after: he tells the Arbiter → Yavuzalp, the speaker of the sentence before", "tells", channel="interview with the Arbiter")
Q(R5, I, "the engineer “made one bad decision in 30 years” and is cooperating with prosecutors", None,
  "unresolved: His lawyer tells the Arbiter that (Haluk Erdevik's lawyer, never named)", "tells", channel="interview with the Arbiter",
  note="'the engineer' inside the clause is Haluk Erdevik, not the speaker; a partial inside")
Q(R5, D, "made one bad decision in 30 years", None, "unresolved: His lawyer tells the Arbiter that the engineer", "tells",
  channel="interview with the Arbiter", partial=True)
Q(R5, I, None, "Nilufer Erdevik", "pronoun in the middle: she insists → Nilüfer Erdevik, the subject of the sentence before", "insists",
  parts=["The certificate", "was the club’s business"],
  note="reported speech split by its attribution (', she insists,'): one record with two parts; what follows the semicolon is the "
       "paper's own")
Q(R5, D, "He is family. I have spoken to him as family, and that is all I will say.", "Nilufer Erdevik",
  "pronoun before, no speech verb: Asked whether she has spoken to her cousin since the collapse, she pauses. → the mayor", None,
  note="multi-sentence; introduced by 'she pauses', not a speech verb; 'He' inside is her cousin")
Q(R5, I, "the audit is working", "Ilvandar", "capital for its government before: Tezgürün insists → Ilvandar's government", "insists",
  note="a capital city speaks for its government (a metonym); present tense, without 'that'")
Q(R5, I, "Eleven of the 41 certificates checked so far cannot be confirmed and five grounds are shut", "Ilvandar sports ministry",
  "group after: the sports ministry says", "says", note="clause first, the attribution after; present tense")
Q(R5, I, "inspectors would in future have to be photographed on every roof they sign for, “so that nobody can certify a roof he has never touched”",
  "Gulsen Tamerkaya", "name + title before: Gülşen Tamerkaya, the sports minister, told parliament on Tuesday that", "told",
  channel="told parliament", note="a time phrase between the addressee and 'that'; the partial ends it")
Q(R5, D, "so that nobody can certify a roof he has never touched", "Gulsen Tamerkaya",
  "name before: Gülşen Tamerkaya, ..., told parliament", "told", channel="told parliament", partial=True,
  note="curly marks; the closing mark comes before the full stop")
Q(R5, I, "it expects “a full and honest account” from Tezgürün", "Orsland",
  "capital for its government before: Sundvarre says → Orsland's government (after a semicolon)", "says",
  note="a capital city speaks for its government (a metonym); present tense, without 'that'; 'Tezgürün' inside is Ilvandar's "
       "government (metonym)")
Q(R5, D, "a full and honest account", "Orsland", "capital for its government before: Sundvarre says it expects", "says",
  partial=True)
Q(R5, I, "he will be back at the Börtekin “the day they let me cut the grass again”", "Cemal Usluoglu",
  "pronoun before: He tells the Arbiter → Cemal Usluoğlu, the subject of the sentence before", "tells",
  channel="interview with the Arbiter", note="present tense, without 'that'; the partial ends it")
Q(R5, D, "the day they let me cut the grass again", "Cemal Usluoglu", "pronoun before: He tells the Arbiter he will be back", "tells",
  channel="interview with the Arbiter", partial=True, note="curly marks; the closing mark comes before the full stop")


# ---------------------------------------------------------------- entities
E("Ilvandar", "country",
  ["Ilvandar",
   ("Tezgurun", None, ["report from Tezgurun", "affair with Tezgurun"]),
   ("Tezgürün", None, ["Tezgürün insists", "from Tezgürün"])],
  metonyms=[{"alias": "Tezgurun", "metonym_of": "Ilvandar (its government)"},
            {"alias": "Tezgürün", "metonym_of": "Ilvandar (its government)"}],
  adjectival=["Ilvandari"],
  note="the home club's country (UTC+4:30): the dateline (R1) and 'in Ilvandar' (R5); its capital stands for its government four "
       "times: \"a full report from Tezgurun\" (R3, inside the sources' clause), \"raise the affair with Tezgurun\" (R4, inside "
       "Sundvarre's clause), \"Tezgürün insists\" (R5, a speaker) and \"from Tezgürün\" (R5, inside Sundvarre's clause); "
       "\"Ilvandari\" is a demonym; the \"Ilvandar\" of the Ilvandar Football Federation is the federation's")
E("Tezgurun", "city", ["Tezgürün"],
  note="Ilvandar's capital: \"In Tezgürün, Sports Minister ...\" (R2); canonical name without diacritics; every other occurrence is a "
       "metonym claimed by Ilvandar; the broadsheet's own name (The Tezgürün Arbiter) is not in its text")
E("Orsland", "country",
  ["Orsland", ("Sundvarre", None, ["Sundvarre is furious", "Sundvarre says"])],
  metonyms=[{"alias": "Sundvarre", "metonym_of": "Orsland (its government)"}], adjectival=["Orslandic"],
  note="the visiting club's country (UTC+1): \"of Orsland\" (R1), \"from Orsland\" (R2), \"In Orsland\" (R5); its capital stands for "
       "its government three times: \"Sundvarre is furious too\" (R3), \"Sundvarre says it will raise ...\" (R4, a speaker), "
       "\"Sundvarre says it expects ...\" (R5, a speaker); \"Orslandic\" is a demonym; R3's \"OUR capital\" is not a mention")
E("Sundvarre", "city", ["Sundvarre"],
  note="Orsland's capital, seat of the confederation's hearing and of the engineering congress: R2 twice, R3 twice (once inside "
       "Lindqvarn's quote), R4 twice, R5 twice (\"11:22 in Sundvarre\", \"the hearing in Sundvarre\"); the metonym contexts are "
       "claimed by Orsland")
E("Erzenli", "city", ["ERZENLI", "ERZENLİ", "Erzenli"],
  note="the home club's city: datelines ERZENLI (R1) and ERZENLİ with a dotted capital I (R2), \"Erzenli's mayor\" (R2), \"from "
       "Erzenli\", \"2.10am in Erzenli\" (R3), three times in R4 (\"quarter-final in Erzenli\", \"In Erzenli, where it is 15:45\", "
       "\"18:30 in Erzenli\"); the \"Erzenli\" of Erzenli Atletik is the club's")
E("Grevsund", "town", ["Grevsund"],
  note="the visiting club's town: \"The first leg in Grevsund\" (R1), \"landed back in Grevsund\" (R3); the \"Grevsund\" of Grevsund "
       "Harriers is the club's")
E("Bortekin Stadium", "stadium",
  ["Bortekin Stadium", "Börtekin Stadium", ("Bortekin", [R4]), ("Börtekin", [R5]), ("Tin Lid", [R3])],
  note="Erzenli Atletik's ground, whose roof fell: \"Bortekin Stadium\" (R1, R3), \"Börtekin Stadium\" (R2, R5), \"the Bortekin\" (R4), "
       "\"the Börtekin\" twice (R5), the tabloid's label \"the Tin Lid\" (R3 twice); canonical name without diacritics; \"the stadium\" "
       "and \"the ground\" are not annotated")
E("Nergisli Park", "stadium", ["Nergisli Park"], note="Velikcay FK's ground, where the tie was played (R1, R2, R4, R5)")
E("Erzenli Atletik", "football club",
  ["Erzenli Atletik", "Atletik", ("club", None, ["according to the club"])],
  note="the home club: \"Erzenli Atletik\" (R1, R2, R3, R5), \"Atletik\" and \"Atletik's\" in every report (\"Atletik chairman\", "
       "\"The Atletik delegation\" included), \"according to the club\" claimed (R5, a speaker); the other \"the club\" are not "
       "annotated")
E("Velikcay FK", "football club", ["Velikcay FK", ("Velikcay", [R1, R4]), ("Velikçay", [R2, R5])],
  note="Atletik's city rivals, whose ground took the tie: \"Velikcay FK\" (R1, R3, R4), \"Velikcay's chairwoman\" (R1), \"Velikçay's "
       "chairwoman\" (R2), \"Velikcay as the away side\" (R4), \"Velikçay have been better hosts\" (inside Yavuzalp's quote) and \"the "
       "derby against Velikçay\" (R5); canonical name without diacritics")
E("Grevsund Harriers", "football club",
  ["Grevsund Harriers", ("Harriers", [R1, R2, R3, R4]), ("Herons", [R3]), ("club", None, ["the club confirmed"])],
  note="the visiting club from Orsland: \"Grevsund Harriers\" (R1, R2, R4, R5), \"The Harriers\" and \"Harriers\" as a modifier "
       "(\"Harriers fans\", \"Harriers boss\", \"Harriers chief executive\", \"Harriers v the confederation\"), the tabloid's label "
       "\"the Herons\" (R3 twice, \"Our Herons\" included), \"the club confirmed\" claimed (R1, a speaker); \"the club\" inside "
       "Ekerholt's clauses is not annotated")
E("Inland Seas Cup", "competition", ["Inland Seas Cup"], note="the continental club competition (R1, R2)")
E("Inland Seas Football Confederation", "sports body",
  ["Inland Seas Football Confederation", "ISFC", ("confederation", None, ["the confederation said"])],
  note="the body that runs the cup: expansion and acronym in R1 (\"The Inland Seas Football Confederation (ISFC)\"), the expansion in "
       "R2 and R4, \"the confederation said in a statement\" claimed (R1, a speaker); the other \"the confederation\" (R2, R3, R4, R5, "
       "\"Confederation bigwigs\") are not annotated")
E("Ilvandar Football Federation", "sports body", ["Ilvandar Football Federation", "IFF"],
  note="Ilvandar's national federation: expansion and acronym in R1 (a speaker), \"The IFF has moved ...\" (R5)")
E("Soylubas Engineering", "company", ["Soylubas Engineering", "Soylubaş Engineering", ("Soylubas", [R1]), ("Soylubaş", [R2])],
  note="the firm that issued the certificate: \"Soylubas Engineering\" (R1, R3), \"According to Soylubas\" (R1), \"Soylubaş "
       "Engineering\", \"Soylubaş said\" and \"Soylubaş's licence\" (R2); canonical name without diacritics; \"the firm\" is not "
       "annotated")
E("Ilvandar state weather office", "government agency",
  ["state weather office", ("office", None, ["the office said"])],
  note="\"The state weather office\" (R1) and \"the office said\" claimed (R1, a speaker)")
E("Ilvandar sports ministry", "government body", [("sports ministry", None, ["the sports ministry says"])],
  note="Tamerkaya's ministry, a speaker: \"the sports ministry says\" (R4, R5); \"the ministry\" elsewhere (R2, R5) is not annotated")
E("X", "platform", ["X"], note="\"wrote in a post on X from the team hotel\" (R2)")
E("Corvex Press", "news agency", ["Corvex Press"], note="the wire, in its dateline (R1)")
E("Erzenli Gozcusu", "media outlet", [("Gözcüsü", [R2])],
  note="the Erzenli paper: its dateline \"(Gözcüsü)\", \"seen by Gözcüsü\", \"told Gözcüsü\" (R2); canonical name without diacritics")
E("The Sunday Hornblast", "media outlet", [("Hornblast", [R3])], note="\"he told the Hornblast\", \"The Hornblast will be there\" (R3)")
E("The Tezgurun Arbiter", "media outlet", [("Arbiter", [R5])], note="\"tells the Arbiter\" three times (R5)")
E("Kerem Yavuzalp", "person", ["Kerem Yavuzalp", ("the chairman", None, ["the chairman said"])],
  note="Erzenli Atletik's chairman: \"Atletik chairman Kerem Yavuzalp\" (R1), \"Kerem Yavuzalp, the Atletik chairman\" and \"the "
       "chairman said\" claimed (R4), \"its chairman, Kerem Yavuzalp\" (R5)")
E("Oya Sonmezler", "person", ["Oya Sonmezler", "Oya Sönmezler"],
  note="Velikcay FK's chairwoman: \"Oya Sonmezler\" (R1), \"Oya Sönmezler\" (R2); canonical name without diacritics")
E("Joakim Lindqvarn", "person", ["Joakim Lindqvarn", ("Lindqvarn", [R3])],
  note="the Harriers' manager: full name in R1, R3, R4; \"Lindqvarn\" (R3, in the sentence that also names Ekerholt)")
E("Maja Ekerholt", "person", ["Maja Ekerholt", ("Ekerholt", [R4])],
  note="the Harriers' chief executive: full name in R2, R3, R4; \"Ekerholt says\" (R4)")
E("Gulsen Tamerkaya", "person", ["Gulsen Tamerkaya", "Gülşen Tamerkaya", ("Tamerkaya", [R2])],
  note="Ilvandar's sports minister: \"Sports Minister Gulsen Tamerkaya\" (R1), \"Sports Minister Gülşen Tamerkaya\" and \"Tamerkaya "
       "said that\" (R2), \"Gülşen Tamerkaya, the sports minister\" (R5); canonical name without diacritics; R3's \"the sports "
       "minister\" is Orsland's, never named")
E("Haluk Erdevik", "person",
  ["Haluk Erdevik", ("Erdevik", None, ["Erdevik was there", "Erdevik did not deny"]), ("Mr Rubber Stamp", [R3])],
  note="the Soylubaş engineer who signed the certificate: \"the engineer Haluk Erdevik\" and the bare \"Erdevik\" twice (R2), "
       "\"Haluk Erdevik\" (R3, R4, R5), the tabloid's label \"Mr Rubber Stamp\" (R3 three times); the mayor is his cousin "
       "(another Erdevik)")
E("Nilufer Erdevik", "person", ["Nilüfer Erdevik", "Nilufer Erdevik", ("the mayor", None, ["the mayor said"])],
  note="Erzenli's mayor, the engineer's cousin: \"Nilüfer Erdevik\" (R2, R5), \"Nilufer Erdevik\" (R3), \"the mayor said\" claimed "
       "(R2); canonical name without diacritics; R3's \"the mayor who waved ...\" and R5's \"The mayor, Nilüfer Erdevik\" (the name "
       "follows) are not claimed")
E("Deniz Kalkavan", "person", ["Deniz Kalkavan"],
  note="the junior engineer who went up on the roof (R2): 'My colleague' in Erdevik's quote, the speaker of the inner quote")
E("Cemal Usluoglu", "person", ["Cemal Usluoğlu", ("Cemal", [R2])],
  note="the groundsman hurt in the collapse: \"Cemal Usluoğlu\" (R2, R5), \"Cemal\" inside his brother's clause (R2); canonical name "
       "without diacritics")
E("Yasemin Kutluer", "person",
  ["Yasemin Kutluer", ("Kutluer", [R5]), ("the engineer", None, ["the engineer says"])],
  note="the structural engineer examining the wreckage (R5): \"Professor Yasemin Kutluer\", \"the engineer says\" claimed, \"Kutluer "
       "notes\"; the other \"the engineer\" of R5 (inside the lawyer's clause, \"the engineer’s cousin\") are Haluk Erdevik's and not "
       "annotated")
E("Torunn Brandvoll", "person", ["Torunn Brandvoll", ("Brandvoll", [R4])],
  note="the judge who chairs the confederation's disciplinary panel (R4): \"Judge Torunn Brandvoll\", \"Brandvoll noted\"")
E("Ragnvald Skarholt", "person", ["Ragnvald Skarholt"], note="a Harriers season-ticket holder, 63 (R3)")
E("Siri Ursvik", "person", ["Siri Ursvik", ("Ursvik", [R4])], note="Vindstad Radio's reporter in Sundvarre (R4): \"Siri Ursvik\", \"Ursvik:\"")

DISTINCT = [
    ("Haluk Erdevik", "Nilufer Erdevik",
     "two people sharing a surname, cousins: the engineer who signed the certificate vs the mayor who approved the permit on it (R2 "
     "names both; \"the mayor said\" is hers, the bare \"Erdevik\" his)"),
    ("Haluk Erdevik", "Deniz Kalkavan", "outer vs inner speaker of R2's nested quote (the colleague who went up on the roof)"),
    ("Haluk Erdevik", "Soylubas Engineering", "the engineer vs his firm (each speaks in R2)"),
    ("Haluk Erdevik", "Yasemin Kutluer", "two engineers: R5's \"the engineer says\" is Kutluer's, \"the engineer’s cousin\" Erdevik's"),
    ("Erzenli", "Erzenli Atletik", "the city vs the club named after it"),
    ("Grevsund", "Grevsund Harriers", "the town vs the club named after it"),
    ("Erzenli Atletik", "Velikcay FK", "the two rival clubs of one city"),
    ("Erzenli Atletik", "Bortekin Stadium", "the club vs its ground"),
    ("Velikcay FK", "Nergisli Park", "the club vs its ground"),
    ("Erzenli Atletik", "Kerem Yavuzalp", "the club (\"according to the club\", R5) vs its chairman"),
    ("Grevsund Harriers", "Maja Ekerholt", "the club (\"the club confirmed\", R1) vs its chief executive"),
    ("Maja Ekerholt", "Joakim Lindqvarn", "R3 names both in one sentence; the \"She said\" after it is Ekerholt's"),
    ("Ilvandar", "Tezgurun", "the government (metonyms, R3, R4, R5) vs the capital city"),
    ("Orsland", "Sundvarre", "the government (metonyms, R3, R4, R5) vs the capital city"),
    ("Ilvandar", "Orsland", "the two governments, both named through their capitals in one clause (R4, R5)"),
    ("Inland Seas Football Confederation", "Ilvandar Football Federation", "the continental confederation vs the national federation"),
    ("Inland Seas Football Confederation", "Inland Seas Cup", "the body vs the competition it runs"),
    ("Inland Seas Football Confederation", "Torunn Brandvoll", "the confederation vs the judge who chairs its panel"),
    ("Gulsen Tamerkaya", "Ilvandar sports ministry", "the minister vs her ministry (each speaks)"),
    ("Kerem Yavuzalp", "Torunn Brandvoll", "R4: \"the chairman said\" is Yavuzalp's, not the panel's chair"),
    ("Erzenli Gozcusu", "Erzenli", "the paper vs the city in its name and dateline"),
]


# ---------------------------------------------------------------- times
# R1 anchor Fri 2049-10-22 (Erzenli keeps UTC+4:30: "14:52 local time (10:22 GMT)", "18:00 local time (13:30 GMT)")
T(R1, "Oct 22", "date", "2049-10-22", "dateline; abbreviated month and day, year of the publication date")
T(R1, "on Thursday afternoon", "weekday", "2049-10-21", "the latest Thursday before the anchor (\"collapsed in a storm on Thursday afternoon\")")
T(R1, "14:52 local time", "time", "2049-10-21T14:52:00+04:30",
  "\"local time\" of the dateline's city (Erzenli, UTC+4:30, fixed by \"(10:22 GMT)\" after it); the day of the collapse, Thursday")
T(R1, "10:22 GMT", "time", "2049-10-21T10:22:00+00:00", "the same instant as 14:52 local time, written in GMT")
T(R1, "five hours", "duration", "PT5H", "duration in words (inside Yavuzalp's quote \"five hours from opening the gates\")")
T(R1, "a quarter past nine", "time", "2049-10-21T21:15:00+04:30",
  "a clock in words inside Yavuzalp's quote (\"If it had come down at a quarter past nine\"): the evening of the match night, "
  "Thursday, in Erzenli (UTC+4:30); the match was set for 20:00")
T(R1, "20:00", "time", "2049-10-21T20:00:00+04:30",
  "\"the match, which had been set for 20:00\": Erzenli time (UTC+4:30, the dateline's); Thursday, the day of the postponement")
T(R1, "16:15", "time", "2049-10-21T16:15:00+04:30", "\"at 16:15 on Thursday\": Erzenli time (UTC+4:30); Thursday")
T(R1, "on Thursday", "weekday", "2049-10-21", "the latest Thursday before the anchor (\"postponed the match ... at 16:15 on Thursday\")",
  after="16:15 ")
T(R1, "02:10", "time", "2049-10-22T02:10:00+04:30",
  "\"a ruling issued at 02:10 on Friday\": Erzenli time (UTC+4:30), in the small hours of the anchor day")
T(R1, "on Friday", "weekday", "2049-10-22", "the anchor day, a Friday (\"issued at 02:10 on Friday\")")
T(R1, "18:00 local time", "time", "2049-10-22T18:00:00+04:30",
  "\"local time\" of the dateline's city (UTC+4:30, fixed by \"(13:30 GMT)\" after it); \"the same day\", Friday")
T(R1, "13:30 GMT", "time", "2049-10-22T13:30:00+00:00", "the same instant as 18:00 local time, written in GMT")
T(R1, "the same day", "relative", "2049-10-22", "the day of the ruling just named (Friday, the anchor day)")
T(R1, "an hour", "duration", "PT1H", "duration (\"within an hour of the collapse\")", after="within ")
T(R1, "Thursday night", "weekday", "2049-10-21", "the latest Thursday before the anchor (\"spent Thursday night in hotels\")")
T(R1, "30 hours", "duration", "PT30H", "duration (inside Lindqvarn's quote \"sitting in a hotel for 30 hours\")")
T(R1, "Oct 6", "date", "2049-10-06", "abbreviated month and day without a year, past (\"renewed on Oct 6\"): the anchor's year")
T(R1, "on Tuesday night", "weekday", "2049-10-19", "the latest Tuesday before the anchor (\"had issued an orange wind warning ... on Tuesday night\")")
T(R1, "14:47", "time", "2049-10-21T14:47:00+04:30",
  "\"recorded at 14:47, five minutes before the roof fell\": Erzenli time (UTC+4:30); the day of the collapse, Thursday")
T(R1, "five minutes", "duration", "PT5M", "duration in words (\"five minutes before the roof fell\")")
T(R1, "last week", "relative", "2049-10-11/2049-10-17", "the Monday–Sunday week before the anchor's (\"ended in a draw last week\")")

# R2 anchor Sat 2049-10-23 (the paper's city keeps UTC+4:30)
T(R2, "23 October", "date", "2049-10-23", "dateline in day-month order; year of the publication date")
T(R2, "this morning", "relative", "2049-10-23", "the morning of the anchor day (\"the question the city was asking this morning\")")
T(R2, "on Friday evening", "weekday", "2049-10-22", "the latest Friday before the anchor (\"beat Grevsund Harriers on Friday evening\")")
T(R2, "20 minutes", "duration", "PT20M", "duration (\"two goals in the last 20 minutes\")")
T(R2, "18:00", "time", "2049-10-22T18:00:00+04:30", "\"kicked off at 18:00\": local time (UTC+4:30); Friday evening")
T(R2, "22 hours", "duration", "PT22H", "duration (\"22 hours later than planned\")")
T(R2, "90 minutes", "duration", "PT90M", "duration (inside Sönmezler's quote \"rivals for 90 minutes at a time\")")
T(R2, "6 October", "date", "2049-10-06", "day and month without a year, past (\"issued on 6 October\"): the anchor's year", after="issued on ")
T(R2, "4 October", "date", "2049-10-04", "day and month without a year, past (\"a full roof inspection on 4 October\")")
T(R2, "3 to 6 October", "date", "2049-10-03/2049-10-06",
  "a range of days in one month without a year (\"from 3 to 6 October\"): the anchor's year")
T(R2, "yesterday", "relative", "2049-10-22", "the day before the anchor (\"Reached by telephone yesterday\")")
T(R2, "8 October", "date", "2049-10-08", "day and month without a year, past (\"approved ... on 8 October\")")
T(R2, "late on Friday", "weekday", "2049-10-22", "the latest Friday before the anchor (\"suspended Soylubaş's licence late on Friday\")")
T(R2, "by Wednesday", "weekday", "2049-10-27",
  "future (\"cannot be confirmed by Wednesday will be closed\"): the Wednesday after the anchor")
T(R2, "on Tuesday", "weekday", "2049-10-26",
  "future, present tense for a fixture (\"The confederation hears the protest in Sundvarre on Tuesday\"): the Tuesday after the anchor")
T(R2, "on Thursday night", "weekday", "2049-10-21", "the latest Thursday before the anchor (\"Police moved ... on Thursday night\")")

# R3 anchor Sun 2049-10-24 (no dateline; "our time" is Orsland's, UTC+1; "local time" after "from Erzenli" and "in Erzenli" are
# Ilvandar's, UTC+4:30)
T(R3, "October 4", "date", "2049-10-04", "month and day without a year, past (\"a check dated October 4\"): the anchor's year")
T(R3, "four days", "duration", "P4D", "duration in words (\"he spent four days, that one included, at a congress\")")
T(R3, "on Thursday", "weekday", "2049-10-21", "the latest Thursday before the anchor (\"Just hours before kick-off on Thursday\")",
  after="kick-off ")
T(R3, "the night before", "relative", "2049-10-20", "the night before the Thursday just named: Wednesday 20 October, not the anchor's eve")
T(R3, "on Wednesday", "weekday", "2049-10-20",
  "the latest Wednesday before the anchor (inside Lindqvarn's quote \"I looked up at that roof on Wednesday\")")
T(R3, "10.40pm our time", "time", "2049-10-21T22:40:00+01:00",
  "\"at 10.40pm our time on Thursday\": the tabloid's own country's time (Orsland, UTC+1); Thursday night")
T(R3, "on Thursday", "weekday", "2049-10-21", "the latest Thursday before the anchor (\"10.40pm our time on Thursday\")", after="10.40pm our time ")
T(R3, "2.10am", "time", "2049-10-22T02:10:00+04:30",
  "\"2.10am in Erzenli\": Ilvandar's time (UTC+4:30); the same instant as 10.40pm Orsland time on Thursday, so already Friday there")
T(R3, "11.40pm local time", "time", "2049-10-22T23:40:00+04:30",
  "\"took off from Erzenli at 11.40pm local time on Friday\": the local time of the place just named (Erzenli, UTC+4:30), not the "
  "tabloid's")
T(R3, "on Friday", "weekday", "2049-10-22", "the latest Friday before the anchor (\"11.40pm local time on Friday\")")
T(R3, "2am our time", "time", "2049-10-23T02:00:00+01:00",
  "\"landed back in Grevsund at 2am our time yesterday\": Orsland time (UTC+1); yesterday, Saturday")
T(R3, "yesterday", "relative", "2049-10-23", "the day before the anchor (\"at 2am our time yesterday\")")
T(R3, "late Friday", "weekday", "2049-10-22", "the latest Friday before the anchor (\"stripped of its licence late Friday\")")
T(R3, "by Friday", "weekday", "2049-10-29",
  "a deadline inside the sources' clause (\"had demanded a full report from Tezgurun by Friday\"), from a Sunday paper: the Friday "
  "after the anchor")
T(R3, "on Tuesday", "weekday", "2049-10-26",
  "future, present tense for a fixture (\"The confederation hears the Harriers' protest on Tuesday\"): the Tuesday after the anchor")

# R4 anchor Tue 2049-10-26; the blog's second header line says "All times Orsland time (GMT+1)"
T(R4, "Tuesday 26 October", "date", "2049-10-26", "weekday, day and month without a year in the blog's header: the anchor day")
for stamp in ("08:55", "09:40", "10:12", "10:55", "11:35", "12:15", "13:20", "14:05", "15:04", "15:20", "15:40", "16:10", "16:30"):
    T(R4, stamp, "time", f"2049-10-26T{stamp}:00+01:00",
      "a live-blog entry stamp (24-hour clock) on a line of its own, no zone of its own; the header says \"All times Orsland time "
      "(GMT+1)\"; the anchor day", after="(GMT+1)")
T(R4, "10:00", "time", "2049-10-26T10:00:00+01:00",
  "\"meets at 10:00\" in Sundvarre: the blog's zone (Orsland, GMT+1 by its header); the anchor day")
T(R4, "last week", "relative", "2049-10-18/2049-10-24",
  "the Monday–Sunday week before the anchor's (\"last week's quarter-final\", 21 October)")
T(R4, "this afternoon", "relative", "2049-10-26", "the afternoon of the anchor day (\"a decision would come this afternoon\")")
T(R4, "20 minutes", "duration", "PT20M", "duration (\"spoke for 20 minutes\")")
T(R4, "15:45", "time", "2049-10-26T15:45:00+04:30",
  "\"In Erzenli, where it is 15:45\": Ilvandar's time (UTC+4:30); the same instant as the entry's stamp 12:15 Orsland time")
T(R4, "since Saturday", "weekday", "2049-10-23", "the latest Saturday before the anchor (\"rechecked since Saturday\")")
T(R4, "15:00", "time", "2049-10-26T15:00:00+01:00",
  "\"due at 15:00 here\": the blog's zone (Orsland, GMT+1 by its header); the anchor day", after="due at ")
T(R4, "14:00 GMT", "time", "2049-10-26T14:00:00+00:00", "the same instant as 15:00 here, written in GMT")
T(R4, "18:30", "time", "2049-10-26T18:30:00+04:30",
  "\"18:30 in Erzenli\": the same instant in Ilvandar's time (UTC+4:30) — one instant in three zones")
T(R4, "30 days", "duration", "P30D", "duration (\"pay the Harriers' extra costs ... within 30 days\")")
T(R4, "next Monday", "weekday", "2049-11-01", "future (\"by next Monday\", from a Tuesday): the coming Monday, 1 November")
T(R4, "in December", "date", "2049-12-01/2049-12-31", "a month without a year, future (\"meet in December\"): the anchor's year",
  granularity="month")
T(R4, "this weekend", "relative", "2049-10-30/2049-10-31", "the Saturday and Sunday of the anchor's week (\"at Nergisli Park this weekend\")")

# R5 anchor Thu 2049-10-28 (no dateline; clocks in named places: Erzenli UTC+4:30, Sundvarre UTC+1, GMT)
T(R5, "14:52", "time", "2049-10-21T14:52:00+04:30",
  "\"At 14:52 on 21 October\": the stadium's time (Erzenli, UTC+4:30; the paper's own country; no zone written, the GMT after it "
  "confirms the offset)")
T(R5, "21 October", "date", "2049-10-21", "day and month without a year (\"At 14:52 on 21 October\")")
T(R5, "10:22 GMT", "time", "2049-10-21T10:22:00+00:00", "the same instant in GMT")
T(R5, "11:22", "time", "2049-10-21T11:22:00+01:00",
  "\"11:22 in Sundvarre\": Orsland's time (UTC+1); the same instant — one instant in three zones")
T(R5, "A week", "duration", "P1W", "duration (\"A week on\")")
T(R5, "earlier this month", "relative", "2049-10-01/2049-10-27",
  "the anchor's month up to the day before the anchor (\"signed earlier this month\")")
T(R5, "in 1987", "date", "1987-01-01/1987-12-31", "a year (\"the roof, built in 1987\")", granularity="year")
T(R5, "in 2033", "date", "2033-01-01/2033-12-31", "a year (\"last fully overhauled in 2033\")", granularity="year")
T(R5, "this year", "relative", "2049-01-01/2049-12-31", "the anchor's year (\"will not reopen this year\")", granularity="year")
T(R5, "on Tuesday", "weekday", "2049-10-26", "the latest Tuesday before the anchor (\"his written statement to the hearing ... on Tuesday\")",
  after="hearing in Sundvarre ")
T(R5, "30 years", "duration", "P30Y", "duration (inside the lawyer's partial \"made one bad decision in 30 years\")")
T(R5, "on Tuesday", "weekday", "2049-10-26", "the latest Tuesday before the anchor (\"told parliament on Tuesday\")",
  after="told parliament ")
T(R5, "yesterday", "relative", "2049-10-27", "the day before the anchor (\"lodged their appeal yesterday\")")
T(R5, "next Monday", "weekday", "2049-11-01", "future (\"the ... appeals board sits next Monday\", from a Thursday): 1 November")
T(R5, "on Monday", "weekday", "2049-10-25", "past (\"left hospital on Monday\"): the latest Monday before the anchor")
T(R5, "January", "date", "2050-01-01/2050-01-31",
  "a month without a year, future (\"until January\", from an October paper): the January after the anchor", granularity="month")
T(R5, "this weekend", "relative", "2049-10-30/2049-10-31", "the Saturday and Sunday of the anchor's week (\"the derby against Velikçay this weekend\")")


# ---------------------------------------------------------------- numbers
N(R1, "between 35 and 40 metres", 35, "metre", "length", low=35, high=40, note="a range written with between ... and")
N(R1, "more than 110 kilometres an hour", 110, "kilometre per hour", "speed", approx="more_than")
N(R1, "12 stewards", 12, "steward", "count")
N(R1, "four groundstaff", 4, "groundstaff", "count", note="word number")
N(R1, "Three stewards", 3, "steward", "count", note="word number at the start of a sentence")
N(R1, "five hours", 5, "hour", "duration", note="word number (inside Yavuzalp's quote)")
N(R1, "28,000 people", 28000, "person", "count", note="inside Yavuzalp's quote")
N(R1, "2,300 travelling supporters", 2300, "supporter", "count", note="an adjective between")
N(R1, "30 hours", 30, "hour", "duration", note="inside Lindqvarn's quote")
N(R1, "one piece", 1, "piece", "count", note="word number (inside Lindqvarn's quote \"one piece of paper\")")
N(R1, "121 kilometres an hour", 121, "kilometre per hour", "speed")
N(R1, "five minutes", 5, "minute", "duration", note="word number")

N(R2, "two goals", 2, "goal", "count", note="word number")
N(R2, "20 minutes", 20, "minute", "duration")
N(R2, "Some 9,400 spectators", 9400, "spectator", "count", approx="about", note="\"Some\" read as about")
N(R2, "more than 2,000", 2000, "spectator", "count", approx="more_than", note="the noun given by \"of them\" (the spectators)")
N(R2, "22 hours", 22, "hour", "duration")
N(R2, "90 minutes", 90, "minute", "duration", note="inside Sönmezler's quote")
N(R2, "140 photographs", 140, "photograph", "count", note="inside Erdevik's quote")
N(R2, "two bolts", 2, "bolt", "count", note="word number (inside the inner quote)")
N(R2, "26", 26, "year", "age", note="an age (\"Deniz Kalkavan, 26,\")")
N(R2, "41 stadiums", 41, "stadium", "count")
N(R2, "two divisions", 2, "division", "count", note="word number, an adjective between (\"the top two divisions\")")
N(R2, "more than 300 people", 300, "person", "count", approx="more_than")

N(R3, "3,000 kilometres", 3000, "kilometre", "distance")
N(R3, "four days", 4, "day", "duration", note="word number")
N(R3, "40-metre", 40, "metre", "length", note="a length as a hyphenated adjective (\"a 40-metre chunk\")")
N(R3, "Some 2,300 heartbroken fans", 2300, "fan", "count", approx="about", note="\"Some\" read as about; an adjective between")
N(R3, "63", 63, "year", "age", note="an age (\"Ragnvald Skarholt, 63,\")")

N(R4, "About 60 Harriers fans", 60, "fan", "count", approx="about", note="inside Ursvik's quote; a name between number and noun")
N(R4, "20 minutes", 20, "minute", "duration")
N(R4, "11", 11, "certificate", "count", after="ministry says ", note="the noun given by \"of the 41 certificates\"")
N(R4, "41 certificates", 41, "certificate", "count")
N(R4, "Five grounds", 5, "ground", "count", note="word number at the start of a sentence")
N(R4, "$250,000", 250000, "usd", "money")
N(R4, "$412,000", 412000, "usd", "money")
N(R4, "30 days", 30, "day", "duration")
N(R4, "two countries", 2, "country", "count", note="word number (\"the two countries' sports ministers\")")

N(R5, "38-metre", 38, "metre", "length", note="a length as a hyphenated adjective (\"a 38-metre strip\")")
N(R5, "Two bolts", 2, "bolt", "count", note="word number at the start of the split clause")
N(R5, "roughly 30 percent", 30, "percent", "percent", approx="about", note="\"roughly\" read as about")
N(R5, "at least $4.2 million", 4200000, "usd", "money", approx="at_least", note="a decimal and 'million'")
N(R5, "one bad decision", 1, "decision", "count", note="word number, an adjective between (inside the lawyer's partial)")
N(R5, "30 years", 30, "year", "duration", note="inside the lawyer's partial")
N(R5, "Eleven", 11, "certificate", "count", note="word number, the noun given by \"of the 41 certificates\"")
N(R5, "41 certificates", 41, "certificate", "count")
N(R5, "five grounds", 5, "ground", "count", note="word number")

ABOUT = ("Gold for the read stage on the invented held-out reports of demo/read-heldout30/reports.jsonl, "
         "written and committed before any reader ran on them. `file` is the report's `id`; `start`/`end` "
         "are BYTE offsets into the UTF-8 encoding of the report's `text` field; text[start:end] begins "
         "with `span`. Same format as demo/read-heldout26/gold.json. Generated by build_gold.py. See README.md here.")


G.write(ABOUT, DISTINCT, detailed=True)
