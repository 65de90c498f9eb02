#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and the annotations below.

Run from anywhere: `python3 demo/read-heldout9/build_gold.py`. Offsets are computed here from the spans
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
# R1: Tollgate News Service, 2034-01-18 (Wed; straight quotes; dateline "NORHAVEN, Kestrania, January 18 (TNS) —")
Q(R1, I, "The eruption began at 23:40 local time (22:40 GMT)", "Kestranian Volcano Observatory",
  "name after the clause: the Kestranian Volcano Observatory (KVO) said", "said", note="clause first, attribution after")
Q(R1, D, "We saw the glow on the cameras first, and then every instrument on the mountain went off the scale,",
  "Orla Holtby", "name after: Dr Orla Holtby, the observatory's director, told reporters in Norhaven", "told")
Q(R1, D, "This is not a small eruption. We expect it to go on for days, perhaps weeks.", "Orla Holtby",
  "continuation: follows Holtby's quote", None, note="multi-sentence")
Q(R1, I, "Police and army lorries carried between 8,000 and 9,000 people out of Brackwater and four smaller villages overnight",
  "Interior Ministry", "name after the clause: the Interior Ministry said", "said", note="clause first, attribution after")
Q(R1, D, "Without those cameras we would be counting the dead today,", "Beatrix Hollins",
  "pronoun after: she said → Hollins, the subject of the sentence before (Hollins thanked Holtby), not Holtby, its object",
  "said")
Q(R1, I, "Grantley Airport, which serves the capital, and Skelby Airport in the north closed at 02:00 CET and will stay shut until at least Friday",
  "Beatrix Hollins", "title alone after the clause: the minister said → Beatrix Hollins (Interior Minister, named above)", "said",
  note="clause first, attribution after")
Q(R1, I, "the state would pay for hotel rooms for evacuees \"for as long as it takes\"", "Beatrix Hollins",
  "pronoun before: She said that → Hollins (the minister of the sentence before)", "said")
Q(R1, D, "for as long as it takes", "Beatrix Hollins", "pronoun before: She said that → Hollins", "said", partial=True,
  note="the closing mark comes before the full stop")
Q(R1, I, "Kestrair, the national carrier, cancelled 640 flights on Wednesday, leaving about 87,000 passengers stranded",
  "airline sources", "group after the clause: airline sources said", "said", note="clause first, attribution after")
Q(R1, D, "Ash and jet engines do not mix. We will not fly a single aircraft until the cloud has gone,", "Lionel Crathorne",
  "name after: said Lionel Crathorne, Kestrair's chief executive (inverted)", "said", note="multi-sentence")
Q(R1, I, "the ash was drifting south-east \"faster than any of our models predicted\"", "Blazena Hruba",
  "name before: Its director, Blazena Hruba, wrote in a post on X shortly after dawn that", "wrote", channel="post on X")
Q(R1, D, "faster than any of our models predicted", "Blazena Hruba", "name before: Blazena Hruba, wrote in a post on X ... that",
  "wrote", channel="post on X", partial=True, note="the closing mark comes before the full stop")
Q(R1, D, "The ash came down like grey snow. You could write your name in it on the car bonnets,", None,
  "unresolved: said a soldier at a checkpoint outside Brackwater, who did not give his name", "said", note="multi-sentence")
Q(R1, I, "no lava had yet left the crater", "KVO bulletin",
  "document: According to the observatory's bulletin, issued at 09:15 CET, (before the clause)", "according to",
  channel="bulletin")

# R2: The Norhaven Weathervane, 2034-01-20 (Fri; curly quotes; no dateline)
Q(R2, I, "Kestrair expects the shutdown caused by the Mount Ostrel eruption to cost it at least €140 million", "Lionel Crathorne",
  "name after the clause: its chief executive, Lionel Crathorne, said yesterday", "said", note="clause first, attribution after")
Q(R2, D, "Every day on the ground costs us about €18 million, and our insurers have already reminded us that volcanoes are an act of God,",
  "Lionel Crathorne", "surname after: Crathorne said", "said")
Q(R2, D, "We will survive this. Not every airline our size would.", "Lionel Crathorne", "continuation: follows Crathorne's quote",
  None, note="multi-sentence")
Q(R2, D, "The plume is still rising to nine or ten kilometres. A mountain like this can keep that up for three to four weeks,",
  "Felix Ravensworth",
  "pronoun after: he said → Ravensworth, the subject of the sentence before, not Crathorne (named last in it, who lent the helicopter)",
  "said", note="multi-sentence")
Q(R2, I, "ash had begun to settle on Skelby, 30 kilometres from the crater, late on Thursday, and that the alert level would stay at red",
  "KVO bulletin", "document before: The observatory’s latest bulletin said", "said", channel="bulletin",
  note="'..., and that ...': one record, the first clause without 'that'")
Q(R2, I, "roughly 40 million cubic metres of ash had been thrown out since Tuesday", "Orla Holtby",
  "name before: Dr Orla Holtby, who runs the observatory, said that", "said")
Q(R2, I, "8,700 people were now sleeping in schools, sports halls and hotels", "Beatrix Hollins",
  "name before: Interior Minister Beatrix Hollins told KPB’s Tidewatch programme on Thursday night that", "told",
  channel="television interview with KPB’s Tidewatch")
Q(R2, D, "I know people want to go home and feed their animals. I am asking them to wait a little longer,", "Beatrix Hollins",
  "title alone after: the minister said → Beatrix Hollins (the sentence before)", "said",
  channel="television interview with KPB’s Tidewatch", note="multi-sentence")
Q(R2, I, "the observatory had asked for two new gas sensors on the mountain in 2031 and had been refused", "Gwendolyn Vellacott",
  "name before: Gwendolyn Vellacott, the opposition’s transport spokeswoman, noted that", "noted")
Q(R2, D, "a gamble with people’s lives", "Gwendolyn Vellacott",
  "pronoun before: In a post on X she called the refusal → Vellacott (the sentence before)", "called", channel="post on X",
  partial=True, note="a quoted fragment with no reported clause around it: a direct partial record only; "
                     "the apostrophe of people’s is the same character as a closing single mark")
Q(R2, I, "Norhaven has asked Trsovec to keep a corridor over southern Kresnava open for cargo and rescue flights, and Trsovec has agreed",
  "airline sources", "group after the clause: according to airline sources", "according to",
  note="clause first, 'according to' after; both capitals in the clause are governments (metonyms)")
Q(R2, I, "the corridor would stay open for as long as Kestrania needed it", "Vojtech Prazak",
  "name before: Vojtech Prazak, Kresnava’s transport minister, said", "said", note="reported speech without 'that'")
Q(R2, I, "passengers could rebook free of charge until 28 February or claim a full refund", "Kestrair",
  "description before: The airline said → Kestrair (subject of the sentence before)", "said", note="reported speech without 'that'")
Q(R2, D, None, "Lionel Crathorne", "pronoun in the middle: he said → Crathorne (For Crathorne, the sentence before)", "said",
  parts=["We have 46 aircraft sitting under covers at Grantley", "and I check the ash map every hour, the way a farmer checks the sky."],
  note="split quote, the attribution ('he said,') between the parts")

# R3: The Daily Bellow, 2034-01-21 (Sat; curly quotes; no dateline; no time zone anywhere)
Q(R3, D, "Kit was shouting, ‘Mum, the mountain’s on fire, get your coat,’ and I thought he’d been at the cider,",
  "Morwenna Trewarren", "pronoun after: she told the Bellow → Morwenna Trewarren (subject of the paragraph before; 'her son' is a man)",
  "told", channel="interview with the Bellow",
  note="holds a quote inside the quote; mountain’s and he’d use the same character as a closing single mark")
Q(R3, D, "Mum, the mountain’s on fire, get your coat,", "Kit Trewarren",
  "name before, inside the outer quote: Kit was shouting", "shouting",
  note="quote inside a quote (single curly marks); the inner speaker is named, unlike the earlier corpora's")
Q(R3, D, "Then I saw the sky. It was orange, as if the whole world had been turned inside out.", "Morwenna Trewarren",
  "continuation: follows Morwenna Trewarren's quote", None, channel="interview with the Bellow", note="multi-sentence")
Q(R3, D, None, "Kit Trewarren", "pronoun in the middle: he said → Kit Trewarren (subject of the sentence before)", "said",
  parts=["The ash was so thick", "that I drove the last mile with my head out of the window."],
  note="split quote, the attribution ('he said,') between the parts")
Q(R3, D, "Keep going, whatever happens,", None, "unresolved: a neighbour in the car behind kept shouting (unnamed)", "shouting")
Q(R3, I, "she has not slept properly since, and that she would rather face the ash than another night on a camp bed in the Skelby sports hall",
  "Morwenna Trewarren", "title + surname before: Mrs Trewarren says", "says",
  note="present tense; '..., and that ...': one record, the first clause without 'that'")
Q(R3, I, "Police turned him away at a roadblock on Thursday", "Kit Trewarren",
  "pronoun after the clause: he says → Kit ('Trewarren wants to go back', the sentence before: 'him', a man), not his mother",
  "says", note="clause first, present tense 'he says' after")
Q(R3, I, "farmers would be escorted back in small groups to feed their livestock “once the wind turns”", "Beatrix Hollins",
  "name before: Interior Minister Beatrix Hollins said late Friday that", "said")
Q(R3, D, "once the wind turns", "Beatrix Hollins", "name before: Beatrix Hollins said late Friday that", "said", partial=True,
  note="the closing mark comes before the full stop")
Q(R3, I, "the wind was not the only danger", "Orla Holtby",
  "name before: the observatory’s director, Dr Orla Holtby, warned that", "warned")
Q(R3, D, "Ash is heavy when it’s wet. One good downpour and roofs start coming in,", "Orla Holtby",
  "pronoun after: she said → Holtby (the sentence before); Hollins, the paragraph before, is another woman", "said",
  note="multi-sentence")
Q(R3, I, "some 340 homes in the village lay under ash up to 15 centimetres deep", "Edwyn Fairhurst",
  "name before: Brackwater’s mayor, Edwyn Fairhurst, said", "said", note="reported speech without 'that'")
Q(R3, D, "We have lived under that mountain for 300 years. We knew this day would come. We just hoped it would come in somebody else’s lifetime,",
  "Edwyn Fairhurst", "title alone after: the mayor said → Edwyn Fairhurst (the sentence before)", "said", note="multi-sentence")
Q(R3, D, "I’ve buried two husbands and I’m not leaving those goats to the mountain,", "Morwenna Trewarren",
  "title + surname after: Mrs Trewarren said", "said")
Q(R3, I, "he will walk in across the fields if he has to", "Kit Trewarren",
  "description before: Her son says → Kit Trewarren (Mrs Trewarren's son, the sentence before)", "says",
  note="present tense, without 'that'")

# R4: Tršovecký Hlas, 2034-01-23 (Mon; straight quotes; dateline "TRŠOVEC, 23 January —"; 'Křesnava', 'Tršovec',
# 'Blažena Hrubá', 'Vojtěch Pražák', 'Křesnavan Aviation Authority', and the Kestranian 'Lionel Craythorne' (with a y))
Q(R4, I, "Křesnava will keep the northern third of its airspace closed until at least Wednesday", "Kresnavan Aviation Authority",
  "name after the clause: the Křesnavan Aviation Authority (KAA) said yesterday (spelt with a diacritic here)", "said",
  note="clause first, attribution after")
Q(R4, D, "We have never closed this much sky for this long,", "Blazena Hruba",
  "name after: said Blažena Hrubá, who heads the KAA (inverted; spelt with diacritics here)", "said")
Q(R4, D, "The question is not whether the cloud is dangerous. Every pilot who calls me asks, 'How far south will it come?' and I cannot tell them.",
  "Blazena Hruba", "continuation: follows Hrubá's quote", None,
  note="multi-sentence; holds a quote inside the quote (single straight marks)")
Q(R4, D, "How far south will it come?", None, "unresolved: Every pilot who calls me asks (no one person, inside Hrubá's quote)", "asks",
  note="quote inside a quote (single straight marks); a question")
Q(R4, I, "318 flights to and from Tršovec had been cancelled since Wednesday and that Křesnavan airlines had lost about €22 million",
  "Vojtech Prazak", "title + name before: Transport Minister Vojtěch Pražák said that (spelt with diacritics here)", "said",
  note="'that ... and that ...': one record")
Q(R4, D, "He told me they will not fly until the cloud has gone, and I told him we will not either,", "Vojtech Prazak",
  "pronoun after: he said → Pražák, the subject of the sentence before, not Lionel Craythorne (its object, the 'He' inside the quote)",
  "said")
Q(R4, I, "ash had been measured between 20,000 and 35,000 feet", "KAA notice to pilots",
  "document before: A KAA notice to pilots, issued at 07:00 EET on Sunday (06:00 CET), said that", "said",
  channel="notice to pilots")
Q(R4, I, "the column had dropped to about seven kilometres by Sunday evening", "Orla Holtby",
  "According to Dr Orla Holtby, the director of the Kestranian Volcano Observatory (KVO), (before the clause)", "according to")
Q(R4, I, "Norhaven has promised to send the observatory's readings to the KAA every hour", "Vojtech Prazak",
  "surname after the clause: Pražák noted", "noted",
  note="clause first, 'noted' after; Norhaven (the capital) is Kestrania's government (metonym) in a paper whose dateline is TRŠOVEC")
Q(R4, I, "Křesnava would ask for no compensation", "Vojtech Prazak", "pronoun before: He said that → Pražák (the sentence before)",
  "said", note="the direct quote after the colon is a separate record")
Q(R4, D, "Our neighbour's volcano is not our neighbour's fault.", "Vojtech Prazak",
  "pronoun before: He said that ...: → Pražák (the quote follows a colon)", "said")
Q(R4, D, "The cows will not go out. I have never seen them afraid of grass,", "Borek Vlcak",
  "name after: said Bořek Vlčák, who farms 90 hectares there (inverted)", "said", note="multi-sentence")
Q(R4, I, "the airline had asked the KAA for permission to base six aircraft at Tršovec airport while Grantley Airport stays shut",
  "Kestrair", "group before: A Kestrair spokeswoman said (an unnamed spokeswoman speaks for her company)", "said",
  note="reported speech without 'that'")
Q(R4, D, "We are grateful to our neighbours,", "Kestrair",
  "pronoun after: she told the Hlas → the Kestrair spokeswoman of the sentence before, who speaks for Kestrair", "told",
  channel="interview with the Hlas")

# R5: Kestranian Public Broadcasting live blog, 2034-01-26 (Thu; plain-text scrape; straight quotes; entries stamped "HH:MM CET –")
Q(R5, I, "it has not carried a single passenger since last Tuesday and that roughly 265,000 bookings have been cancelled or moved",
  "Kestrair", "name before: Kestrair says", "says", note="present tense; '... and that ...': one record, the first clause without 'that'")
Q(R5, I, "The observatory has lowered its alert level from red to orange because the ash column has stayed below four kilometres for 48 hours",
  "Orla Holtby", "pronoun after the clause: she says → Holtby (Holtby opens., the sentence before)", "says",
  note="clause first, present tense 'she says' after")
Q(R5, D, "The mountain is tired, not asleep. I would not call this the end of anything.", "Orla Holtby",
  "surname before a colon: Holtby: (no speech verb)", None, note="multi-sentence; a name and a colon introduce the quote")
Q(R5, I, "the exclusion zone will shrink to five kilometres on Saturday, and that roughly 6,000 evacuees can then go home",
  "Beatrix Hollins", "surname before: Hollins says", "says",
  note="present tense; '..., and that ...': one record, the first clause without 'that'")
Q(R5, I, "The emergency has cost the state €310 million so far, not counting the airline's losses", "Beatrix Hollins",
  "title alone after the clause: the minister says → Hollins (the sentence before)", "says", note="clause first, present tense after")
Q(R5, I, "whether the observatory warned the government early enough", None,
  "unresolved: A reporter asks Hollins (an unnamed reporter)", "asks", note="an indirect question")
Q(R5, D, "She warned us on 9 January, in writing, and we listened,", "Beatrix Hollins",
  "pronoun after: she says → Hollins, the one asked, not Holtby (the subject of the sentence before, the 'She' inside the quote)",
  "says")
Q(R5, D, "Nobody in this room was caught asleep.", "Beatrix Hollins", "continuation: follows Hollins's reply", None)
Q(R5, I, "Grantley Airport will reopen at 06:00 CET tomorrow, with Skelby Airport following on Monday", "Lionel Crathorne",
  "name after the clause: Kestrair chief executive Lionel Crathorne wrote in a post on X", "wrote", channel="post on X",
  note="clause first, attribution after")
Q(R5, D, "We will be flying by breakfast,", "Lionel Crathorne", "pronoun after: he told Fernhill FM → Crathorne (the sentence before)",
  "told", channel="radio interview with Fernhill FM")
Q(R5, I, "northern Kresnava's airspace will reopen on Saturday", "Kresnavan Aviation Authority",
  "name before: the Kresnavan Aviation Authority says", "says", note="present tense, without 'that'")
Q(R5, I, "the decision was \"cautious, but not timid\"", "Blazena Hruba",
  "name before: Its director, Blazena Hruba, told KPB that", "told", channel="interview with KPB")
Q(R5, D, "cautious, but not timid", "Blazena Hruba", "name before: Blazena Hruba, told KPB that", "told",
  channel="interview with KPB", partial=True, note="the closing mark comes before the full stop")
Q(R5, I, "Ostrel could erupt again \"within weeks or within years\", and that nobody can yet say which", "Felix Ravensworth",
  "name before: Dr Felix Ravensworth, the Calderbank University volcanologist, tells Tidewatch that", "tells",
  channel="television interview with Tidewatch", note="'..., and that ...': one record; Tidewatch is KPB's programme")
Q(R5, D, "within weeks or within years", "Felix Ravensworth", "name before: Dr Felix Ravensworth ... tells Tidewatch that", "tells",
  channel="television interview with Tidewatch", partial=True, note="the closing mark comes before the comma")
Q(R5, D, "My son has gone ahead to count the goats. If he comes back with sixty, I shall cry,", "Morwenna Trewarren",
  "pronoun after: she told KPB → Morwenna Trewarren (the sentence before)", "told", channel="interview with KPB",
  note="multi-sentence; the 'he' inside is her son")
Q(R5, I, "The government will hold an inquiry into how the evacuation was run", "Interior Ministry",
  "group after the clause: said a spokesman for the Interior Ministry (inverted; an unnamed spokesman speaks for the ministry)",
  "said", note="clause first, attribution after")
Q(R5, D, "Tell the mountain it lost!", None, "unresolved: someone shouted from the back of the hall", "shouted")
Q(R5, I, "the village school will reopen on 6 February", "Edwyn Fairhurst",
  "name before: Brackwater's mayor, Edwyn Fairhurst, says", "says", note="present tense, without 'that'")


# ---------------------------------------------------------------- entities
E("Kestrania", "country", ["Kestrania", ("Norhaven", None, ["Norhaven has asked", "Norhaven has promised"])],
  metonyms=[{"alias": "Norhaven", "metonym_of": "Kestrania (its government)"}], adjectival=["Kestranian"],
  note="\"Norhaven has asked Trsovec\" (R2) and \"Norhaven has promised\" (R4) are the government; the dateline NORHAVEN (R1) "
       "and \"reporters in Norhaven\" are the city")
E("Norhaven", "city", ["NORHAVEN", "Norhaven"], note="Kestrania's capital; the dateline of R1; the two metonym contexts are claimed by Kestrania")
E("Kresnava", "country", ["Kresnava", "Křesnava", ("Trsovec", None, ["asked Trsovec", "and Trsovec has agreed"])],
  metonyms=[{"alias": "Trsovec", "metonym_of": "Kresnava (its government)"}], adjectival=["Kresnavan", "Křesnavan"],
  note="spelt \"Křesnava\" in the Tršovecký Hlas; \"Norhaven has asked Trsovec ... and Trsovec has agreed\" (R2) is the government; "
       "\"In Trsovec,\" (R1, R5), the dateline TRŠOVEC and \"to and from Tršovec\", \"Tršovec airport\" (R4) are the city")
E("Trsovec", "city", ["Trsovec", "TRŠOVEC", "Tršovec"], note="Kresnava's capital, spelt Tršovec in the Tršovecký Hlas")
E("Mount Ostrel", "volcano", ["Mount Ostrel", "Ostrel"], note="nested in \"Mount Ostrel\", \"Ostrel\" is generated once per report as elsewhere")
E("Brackwater", "village", ["Brackwater"], note="the village nearest the crater")
E("Skelby", "town", ["Skelby"], note="the town 30 km from the crater (R2), and its sports hall; nested in \"Skelby Airport\" it is not a mention")
E("Skelby Airport", "facility", ["Skelby Airport"], note="the northern airport")
E("Grantley Airport", "facility", ["Grantley Airport", ("Grantley", [R2])], note="the capital's airport; \"at Grantley\" (R2, inside a quote)")
E("Pěnkavice", "village", ["Pěnkavice"], note="a Křesnavan dairy village near the border (R4)")
E("Kestranian Volcano Observatory", "organisation", ["Kestranian Volcano Observatory", "KVO"],
  note="\"the observatory\" is not annotated")
E("KVO bulletin", "document", ["observatory's bulletin", "observatory’s latest bulletin"],
  note="the observatory's bulletins (R1, R2) as speakers")
E("Interior Ministry", "organisation", ["Interior Ministry"], note="Kestrania's interior ministry")
E("Kestrair", "organisation", ["Kestrair"], note="Kestrania's national airline; \"the airline\" and \"the national carrier\" are not annotated")
E("airline sources", "group", ["airline sources"], note="a group as speaker (R1, R2)")
E("Kresnavan Aviation Authority", "organisation", ["Kresnavan Aviation Authority", "Křesnavan Aviation Authority", "KAA"],
  note="Kresnava's aviation authority, spelt with a diacritic in the Tršovecký Hlas")
E("KAA notice to pilots", "document", ["notice to pilots"], note="\"A KAA notice to pilots\" (R4): the KAA in it is a mention of the KAA")
E("Calderbank University", "organisation", ["Calderbank University"])
E("Kestranian Public Broadcasting", "media outlet", ["KPB"], note="the broadcaster of R5; only as its acronym in the texts")
E("Tidewatch", "programme", ["Tidewatch"], note="KPB's programme (R2, R5)")
E("Fernhill FM", "media outlet", ["Fernhill FM"], note="a radio station (R5)")
E("X", "platform", ["X"])
E("Tollgate News Service", "news agency", ["TNS"], note="only as its acronym, in its own dateline")
E("The Daily Bellow", "media outlet", [("Bellow", [R3])], note="\"told the Bellow\" (R3)")
E("Tršovecký Hlas", "media outlet", [("Hlas", [R4])], note="\"told the Hlas\" (R4)")
E("Orla Holtby", "person", ["Dr Orla Holtby", "Holtby", ("the observatory's director", [R1]), ("the observatory’s director", [R3])],
  note="director of the KVO; \"the director of the Kestranian Volcano Observatory (KVO)\" (R4) is not an alias (it would swallow the KVO mentions)")
E("Beatrix Hollins", "person", ["Interior Minister Beatrix Hollins", "Hollins", ("the minister", None, ["the minister said", "the minister says"])],
  note="Kestrania's interior minister")
E("Lionel Crathorne", "person", ["Lionel Crathorne", "Crathorne", "Lionel Craythorne"],
  note="Kestrair's chief executive; spelt \"Craythorne\" (with a y) in the Tršovecký Hlas")
E("Felix Ravensworth", "person", ["Dr Felix Ravensworth"], note="a volcanologist at Calderbank University")
E("Gwendolyn Vellacott", "person", ["Gwendolyn Vellacott"], note="the opposition's transport spokeswoman (R2)")
E("Blazena Hruba", "person", ["Blazena Hruba", "Blažena Hrubá"], note="director of the KAA, spelt with diacritics in the Hlas")
E("Vojtech Prazak", "person", ["Vojtech Prazak", "Transport Minister Vojtěch Pražák", "Pražák"],
  note="Kresnava's transport minister, spelt with diacritics (Vojtěch Pražák) in the Tršovecký Hlas")
E("Morwenna Trewarren", "person", ["Morwenna Trewarren", "Mrs Trewarren"], note="a Brackwater villager, 71")
E("Kit Trewarren", "person", ["Kit Trewarren", ("Kit", [R3]), ("Trewarren", None, ["Trewarren wants"])],
  note="her son, 44; \"Kit\" inside his mother's quote and the bare \"Trewarren wants to go back\" (R3) are him")
E("Edwyn Fairhurst", "person", ["Edwyn Fairhurst", ("the mayor", None, ["the mayor said"])], note="mayor of Brackwater")
E("Borek Vlcak", "person", ["Bořek Vlčák"], note="a dairy farmer in Pěnkavice (R4); canonical name without diacritics")

DISTINCT = [
    ("Morwenna Trewarren", "Kit Trewarren", "two people who share a surname, mother and son (both in R3; the bare \"Trewarren wants\" is Kit)"),
    ("Kestrania", "Norhaven", "the government (metonym) vs the capital city (dateline of R1)"),
    ("Kresnava", "Trsovec", "the government (metonym) vs the capital city (dateline of R4)"),
    ("Orla Holtby", "Beatrix Hollins", "two women in one R1 paragraph (\"she said\" is Hollins) and one R5 entry (\"she says\" is Hollins)"),
    ("Orla Holtby", "Morwenna Trewarren", "two women in R3 (\"she said\" after the mayor's paragraph is Holtby)"),
    ("Beatrix Hollins", "Gwendolyn Vellacott", "two women in R2"),
    ("Felix Ravensworth", "Lionel Crathorne", "two men in one R2 sentence (\"he said\" is Ravensworth)"),
    ("Vojtech Prazak", "Lionel Crathorne", "two men in one R4 sentence (\"he said\" is Pražák)"),
    ("Kestranian Volcano Observatory", "KVO bulletin", "the observatory vs its bulletin"),
    ("Kestranian Volcano Observatory", "Orla Holtby", "the observatory vs its director"),
    ("Kresnavan Aviation Authority", "KAA notice to pilots", "the authority vs its notice"),
    ("Kresnavan Aviation Authority", "Blazena Hruba", "the authority vs its director"),
    ("Kestrair", "airline sources", "the airline vs unnamed airline sources"),
    ("Kestrair", "Lionel Crathorne", "the airline vs its chief executive"),
    ("Interior Ministry", "Beatrix Hollins", "the ministry vs its minister"),
    ("Skelby", "Skelby Airport", "the town vs the airport"),
    ("Grantley Airport", "Skelby Airport", "the two Kestranian airports"),
    ("Kestranian Public Broadcasting", "Tidewatch", "the broadcaster vs its programme"),
    ("Kestranian Public Broadcasting", "Fernhill FM", "two broadcasters"),
    ("Brackwater", "Pěnkavice", "the two villages, one in each country"),
    ("Edwyn Fairhurst", "Brackwater", "the mayor vs his village"),
]


# ---------------------------------------------------------------- times
# R1 anchor Wed 2034-01-18
T(R1, "January 18", "date", "2034-01-18", "dateline; month and day, year of the publication date")
T(R1, "late on Tuesday", "weekday", "2034-01-17", "the latest Tuesday before the anchor (Wed 2034-01-18)")
T(R1, "23:40 local time", "time", "2034-01-17T23:40:00+01:00",
  "\"local time\" in Kestrania; the GMT equivalent in brackets (22:40 GMT) fixes the offset at UTC+1; the day from \"late on Tuesday\" in the lead")
T(R1, "22:40 GMT", "time", "2034-01-17T22:40:00+00:00", "the same instant as 23:40 local time, written in GMT")
T(R1, "20 minutes", "duration", "PT20M", "duration (\"Within 20 minutes\")")
T(R1, "earlier this month", "relative", "2034-01-01/2034-01-17", "from the first of the anchor's month to the day before the anchor")
T(R1, "today", "relative", "2034-01-18", "the anchor day (inside Hollins's quote, spoken at the Wednesday briefing)")
T(R1, "on Wednesday morning", "weekday", "2034-01-18", "the anchor day")
T(R1, "02:00 CET", "time", "2034-01-18T02:00:00+01:00",
  "clock time with a zone (CET = UTC+1); no day in its sentence: the night of the eruption, after 23:40 on Tuesday, i.e. early Wednesday")
T(R1, "Friday", "weekday", "2034-01-20", "future (\"will stay shut until at least Friday\"): the first Friday after the anchor")
T(R1, "on Wednesday", "weekday", "2034-01-18", "the anchor day (\"cancelled 640 flights on Wednesday\")", after="640 flights")
T(R1, "06:00 EET", "time", "2034-01-18T06:00:00+02:00", "clock time with a zone (EET = UTC+2); no day in its sentence: the anchor day")
T(R1, "09:15 CET", "time", "2034-01-18T09:15:00+01:00", "clock time with a zone; the bulletin of the anchor day")
T(R1, "4 June 1911", "date", "1911-06-04", "an explicit date with its year")
T(R1, "37 days", "duration", "P37D", "duration (\"lasted 37 days\")")

# R2 anchor Fri 2034-01-20
T(R2, "yesterday", "relative", "2034-01-19", "the day before the anchor (\"Lionel Crathorne, said yesterday\")")
T(R2, "on Thursday", "weekday", "2034-01-19", "the latest Thursday before the anchor (\"flew over the crater on Thursday\")",
  after="flew over the crater")
T(R2, "late on Thursday", "weekday", "2034-01-19", "the latest Thursday before the anchor")
T(R2, "since Tuesday", "weekday", "2034-01-17", "the latest Tuesday before the anchor (the eruption's day)")
T(R2, "on Thursday night", "weekday", "2034-01-19", "the latest Thursday before the anchor")
T(R2, "in 2031", "date", "2031-01-01/2031-12-31", "a year", granularity="year")
T(R2, "on Thursday", "weekday", "2034-01-19", "the latest Thursday before the anchor (\"shares fell 11 percent on Thursday\")",
  after="11 percent")
T(R2, "28 February", "date", "2034-02-28", "day and month without a year (\"rebook ... until\"): the nearest, future")

# R3 anchor Sat 2034-01-21
T(R3, "on Tuesday night", "weekday", "2034-01-17", "the latest Tuesday before the anchor (Sat 2034-01-21)")
T(R3, "11.40 p.m.", "time", "unresolved", "clock time (dot separator) with no zone given; the day is Tuesday 17 January")
T(R3, "yesterday", "relative", "2034-01-20", "the day before the anchor (\"she told the Bellow yesterday\")")
T(R3, "on Thursday", "weekday", "2034-01-19", "the latest Thursday before the anchor")
T(R3, "late Friday", "weekday", "2034-01-20", "the latest Friday before the anchor")
T(R3, "6 a.m. local time", "time", "unresolved", "clock time in local time with no zone or offset given; the day is Monday 23 January")
T(R3, "on Monday", "weekday", "2034-01-23", "future (\"the roadblocks stay up, until ... on Monday at the earliest\"): the first Monday after the anchor")
T(R3, "300 years", "duration", "P300Y", "duration (inside the mayor's quote)")

# R4 anchor Mon 2034-01-23
T(R4, "23 January", "date", "2034-01-23", "dateline in day-month order; year of the publication date")
T(R4, "Wednesday", "weekday", "2034-01-25", "future (\"closed until at least Wednesday\"): the first Wednesday after the anchor",
  after="closed until at least")
T(R4, "yesterday", "relative", "2034-01-22", "the day before the anchor (\"the KAA said yesterday\")")
T(R4, "00:40 EET", "time", "2034-01-18T00:40:00+02:00",
  "clock time with a zone on \"last Wednesday\": the same instant as 23:40 local time (22:40 GMT) on Tuesday in R1")
T(R4, "last Wednesday", "weekday", "2034-01-18", "the Wednesday of the week before the anchor's (Mon 2034-01-23)")
T(R4, "six hours", "duration", "PT6H", "duration (\"within six hours\")")
T(R4, "since Wednesday", "weekday", "2034-01-18", "the latest Wednesday before the anchor")
T(R4, "on Saturday", "weekday", "2034-01-21", "the latest Saturday before the anchor (\"by telephone on Saturday\")", after="by telephone")
T(R4, "07:00 EET", "time", "2034-01-22T07:00:00+02:00", "clock time with a zone, on the day written after it (\"on Sunday\")")
T(R4, "on Sunday", "weekday", "2034-01-22", "the latest Sunday before the anchor")
T(R4, "06:00 CET", "time", "2034-01-22T06:00:00+01:00", "the same instant as 07:00 EET, written in CET")
T(R4, "by Sunday evening", "weekday", "2034-01-22", "past (\"had dropped ... by\"): the latest Sunday before the anchor")
T(R4, "on Saturday", "weekday", "2034-01-21", "the latest Saturday before the anchor (\"ash fell for the first time on Saturday\")",
  after="for the first time")
T(R4, "in 1994", "date", "1994-01-01/1994-12-31", "a year", granularity="year")

# R5 anchor Thu 2034-01-26
T(R5, "Thursday 26 January", "date", "2034-01-26", "weekday, day and month without a year in the blog's header: the anchor day")
for stamp in ("08:50", "09:35", "11:04", "11:10", "11:18", "11:26", "12:05", "13:00", "13:40", "14:15", "14:50", "15:30"):
    T(R5, f"{stamp} CET", "time", f"2034-01-26T{stamp}:00+01:00", "a live-blog entry stamp with a zone (CET = UTC+1), on the anchor day")
T(R5, "11:00 CET", "time", "2034-01-26T11:00:00+01:00", "clock time with a zone, on the anchor day (\"hold a press conference at\")")
T(R5, "12:00 EET", "time", "2034-01-26T12:00:00+02:00", "the same instant as 11:00 CET, written in EET")
T(R5, "last week", "relative", "2034-01-16/2034-01-22", "the Monday–Sunday week before the anchor's")
T(R5, "last Tuesday", "weekday", "2034-01-17", "\"since last Tuesday\": the Tuesday of the week before the anchor's (Thu 2034-01-26)")
T(R5, "48 hours", "duration", "PT48H", "duration (\"for 48 hours\")")
T(R5, "on Saturday", "weekday", "2034-01-28", "future (\"will shrink ... on Saturday\"): the first Saturday after the anchor",
  after="five kilometres")
T(R5, "9 January", "date", "2034-01-09", "day and month without a year, past (inside Hollins's quote): the year that puts it nearest the anchor")
T(R5, "06:00 CET", "time", "2034-01-27T06:00:00+01:00", "clock time with a zone on the day after the anchor (\"tomorrow\" right after it)")
T(R5, "tomorrow", "relative", "2034-01-27", "the day after the anchor")
T(R5, "on Monday", "weekday", "2034-01-30", "future (\"Skelby Airport following on Monday\"): the first Monday after the anchor")
T(R5, "on Saturday", "weekday", "2034-01-28", "future (\"airspace will reopen on Saturday\"): the first Saturday after the anchor",
  after="airspace will reopen")
T(R5, "6 February", "date", "2034-02-06", "day and month without a year (\"will reopen on\"): the nearest, future")


# ---------------------------------------------------------------- numbers
N(R1, "some 11 kilometres", 11, "kilometre", "count", approx="about", note="a measure; \"some\" read as about")
N(R1, "20 minutes", 20, "minute", "duration")
N(R1, "four", 4, "level", "count", after="the highest of", note="\"the highest of four\": the noun (alert levels) elided")
N(R1, "more than 1,400 small earthquakes", 1400, "earthquake", "count", approx="more_than", note="an adjective between number and noun")
N(R1, "12 kilometres", 12, "kilometre", "count", note="a measure (\"within 12 kilometres\")")
N(R1, "between 8,000 and 9,000 people", 8000, "person", "count", low=8000, high=9000, note="a range written with between ... and")
N(R1, "four smaller villages", 4, "village", "count", note="word number, an adjective between number and noun")
N(R1, "640 flights", 640, "flight", "count")
N(R1, "about 87,000 passengers", 87000, "passenger", "count", approx="about")
N(R1, "37 days", 37, "day", "duration")

N(R2, "at least €140 million", 140000000, "eur", "money", approx="at_least")
N(R2, "about €18 million", 18000000, "eur", "money", approx="about", note="inside a quote")
N(R2, "nine or ten kilometres", 9, "kilometre", "count", low=9, high=10, note="a range written with or, word numbers, inside a quote")
N(R2, "three to four weeks", 3, "week", "duration", low=3, high=4, note="a range of durations written with to, inside a quote")
N(R2, "30 kilometres", 30, "kilometre", "count", note="a measure")
N(R2, "roughly 40 million cubic metres", 40000000, "cubic metre", "count", approx="about", note="\"roughly\" read as about; a two-word unit")
N(R2, "8,700 people", 8700, "person", "count")
N(R2, "two new gas sensors", 2, "gas sensor", "count", note="word number; an adjective between number and a two-word noun")
N(R2, "11 percent", 11, "percent", "percent")
N(R2, "46 aircraft", 46, "aircraft", "count", note="in the first part of a split quote; a noun with the same plural")

N(R3, "71", 71, "year", "age", note="an age (\"Morwenna Trewarren, 71,\")")
N(R3, "44", 44, "year", "age", note="an age (\"Kit Trewarren, 44,\")")
N(R3, "two dogs", 2, "dog", "count", note="word number")
N(R3, "six kilometres", 6, "kilometre", "count", note="word number; a measure")
N(R3, "60 goats", 60, "goat", "count")
N(R3, "some 340 homes", 340, "home", "count", approx="about")
N(R3, "up to 15 centimetres", 15, "centimetre", "count", approx="up_to", note="a measure")
N(R3, "One good downpour", 1, "downpour", "count", note="sentence-initial word number inside a quote; the speaker stresses the count, as \"One valve\" in demo/read-heldout7")
N(R3, "300 years", 300, "year", "duration", note="inside a quote")
N(R3, "two husbands", 2, "husband", "count", note="word number inside a quote")

N(R4, "six hours", 6, "hour", "duration", note="word number")
N(R4, "318 flights", 318, "flight", "count")
N(R4, "about €22 million", 22000000, "eur", "money", approx="about")
N(R4, "between 20,000 and 35,000 feet", 20000, "foot", "count", low=20000, high=35000, note="a range of altitudes; irregular plural")
N(R4, "about seven kilometres", 7, "kilometre", "count", approx="about", note="word number")
N(R4, "90 hectares", 90, "hectare", "count")
N(R4, "six aircraft", 6, "aircraft", "count", note="word number")

N(R5, "roughly 265,000 bookings", 265000, "booking", "count", approx="about", note="\"roughly\" read as about")
N(R5, "below four kilometres", 4, "kilometre", "count", approx="less_than", note="\"below\" read as less_than; word number")
N(R5, "48 hours", 48, "hour", "duration")
N(R5, "five kilometres", 5, "kilometre", "count", note="word number")
N(R5, "roughly 6,000 evacuees", 6000, "evacuee", "count", approx="about")
N(R5, "€310 million", 310000000, "eur", "money")
N(R5, "sixty", 60, "goat", "count", note="\"If he comes back with sixty\": word number, the noun (goats) from the sentence before, inside a quote")

ABOUT = ("Gold for the read stage on the invented held-out reports of demo/read-heldout9/reports.jsonl, "
         "written and committed before any reader ran on them. `file` is the report's `id`; `start`/`end` "
         "are BYTE offsets into the UTF-8 encoding of the report's `text` field; text[start:end] begins "
         "with `span`. Same format as demo/read-heldout8/gold.json. Generated by build_gold.py. See README.md here.")


G.write(ABOUT, DISTINCT, detailed=True)
