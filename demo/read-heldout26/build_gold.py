#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and the annotations below.

Run from anywhere: `python3 demo/read-heldout26/build_gold.py`. Offsets are computed here from the spans
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
# R1: Nancarrow Press, 2048-06-11 (Thu; wire; straight quotes; dateline "MOULTBY, Trevallia, June 11 (Nancarrow Press) -" (a
# hyphen); no diacritics: "Gaspar Ettre", "Levente Szarhegyi", "Reka Tomordi", "Ervolgy"; Trevallia keeps UTC+2 ("10:00 local time
# (08:00 GMT)"), Varkesia UTC+3 ("13:50 Varkesian time (10:50 GMT)"))
Q(R1, I, "Ambassador Gaspar Ettre was called to the foreign ministry at 10:00 local time (08:00 GMT)", "Trevallian foreign ministry",
  "group after: the ministry said → the Trevallian foreign ministry (the ministry he was called to)", "said",
  note="clause first, the attribution after; Ettre, named inside the clause, is not the speaker")
Q(R1, D, "Trevallia will not accept that weather made in another country is allowed to fall on its farmers,",
  "Trevallian foreign ministry", "document of a group after: the ministry's statement said", "said", channel="statement")
Q(R1, D, "We expect the flights to stop today, not after a study.", "Trevallian foreign ministry",
  "continuation: the quote after '..., the ministry's statement said.'", None, channel="statement")
Q(R1, I, "Hailstones as large as 5 centimetres fell for some 25 minutes", "Trevallian Weather Service",
  "name + acronym after: according to the Trevallian Weather Service (TWS)", "according to",
  note="clause first, 'according to' after")
Q(R1, I, "Three people were hurt and at least 1,400 hectares of orchard were damaged", "Trevallian Weather Service",
  "description after: the agency said → the TWS, named in the sentence before", "said", note="clause first, the attribution after")
Q(R1, I, "Less than three hours before the storm, a Varkesian aircraft had released 24 flares of silver iodide over the eastern slopes of the range",
  "Varkesian Hydrometeorological Institute",
  "document of a group after: according to flight logs the Varkesian Hydrometeorological Institute (VHI) posted on Wednesday",
  "according to", channel="flight logs",
  note="clause first; the institute speaks through the logs it posted (a contact clause after 'flight logs')")
Q(R1, D, "They stole our rain for two months and then sent it back to us as ice,", "Mabyn Threlkeld",
  "title + name after: Agriculture Minister Mabyn Threlkeld told reporters in Lynchcombe on Wednesday", "told",
  channel="told reporters")
Q(R1, I, "the government would ask the Dravec Basin Commission, a joint body the two countries set up in 2031, to examine the VHI's flight data",
  "Mabyn Threlkeld", "surname before: Threlkeld said", "said", note="reported speech without 'that'")
Q(R1, I, "the accusation \"has no basis in physics\"", "Levente Szarhegyi",
  "name before: Levente Szarhegyi, who has run the VHI's seeding programme since 2042, said", "said",
  note="a relative clause between the name and the verb; without 'that'; the partial ends it")
Q(R1, D, "has no basis in physics", "Levente Szarhegyi", "name before: Levente Szarhegyi, ..., said the accusation", "said",
  partial=True, note="the closing mark comes before the full stop")
Q(R1, I, "Silver iodide could thicken clouds that were already there", "Levente Szarhegyi",
  "pronoun after: he said → Szarhegyi, the speaker of the sentence before", "said", note="clause first, the attribution after")
Q(R1, D, "But it cannot build a thunderstorm out of a blue sky, and it cannot steer one across a border.", "Levente Szarhegyi",
  "continuation: the quote after '..., he said.' (Szarhegyi)", None, note="a direct quote following his reported speech")
Q(R1, I, "it had flown 19 missions since then", "Varkesian Hydrometeorological Institute", "acronym before: The VHI said", "said",
  note="reported speech without 'that'")
Q(R1, I, "the valley's losses would run to between $25 million and $30 million", "Ebba Clemmow",
  "name before: Ebba Clemmow, who chairs the Lynchcombe Fruit Growers' Association, said", "said",
  note="a relative clause with an organisation between the name and the verb; without 'that'")
Q(R1, D, "Some of these trees were planted by our grandparents,", "Ebba Clemmow",
  "pronoun after: she said → Ebba Clemmow, the subject of the sentence before", "said")
Q(R1, D, "You do not replace them with an insurance cheque.", "Ebba Clemmow", "continuation: the quote after '..., she said.'", None)
Q(R1, I, "his office had issued a hail warning for the valley on Monday morning, a full day before the aircraft took off",
  "Thorold Clemmow", "name + title before: Thorold Clemmow, the TWS's chief forecaster, said", "said",
  note="reported speech without 'that'; a second Clemmow (Ebba, named in the paragraph before) is another person, and the next "
       "sentence says so")
Q(R1, I, "her government \"regrets the suffering in Lynchcombe\" and would answer Moultby \"calmly, and with data\"", "Reka Tomordi",
  "title + name before: Varkesia's water minister, Reka Tomordi, wrote in a brief message on X late on Thursday that", "wrote",
  channel="post on X",
  note="a time phrase between it and 'that'; two partials in one clause; 'Moultby' inside is Trevallia's government (metonym)")
Q(R1, D, "regrets the suffering in Lynchcombe", "Reka Tomordi", "name before: Reka Tomordi, wrote in a post on X", "wrote",
  channel="post on X", partial=True)
Q(R1, D, "calmly, and with data", "Reka Tomordi", "name before: Reka Tomordi, wrote in a post on X ... and would answer Moultby",
  "wrote", channel="post on X", partial=True, note="the second partial of the same clause; the closing mark before the full stop")

# R2: Vármondó (English edition), 2048-06-12 (Fri; the Varkesian paper in English; straight quotes; dateline "TŐKESVÁR, 12 June –"
# (en dash); diacritics: "Réka Tömördi", "Levente Szárhegyi", "Csongor Bátki", "Gáspár Ettre", "Érvölgy"; "local time" is
# Tőkesvár's (UTC+3))
Q(R2, I, "Varkesia will ground its cloud-seeding aircraft for 14 days from 00:00 local time on Saturday and open its flight logs to Trevallian scientists",
  "Reka Tomordi", "title + name after: Water Minister Réka Tömördi announced yesterday", "announced",
  note="clause first, the attribution after, a time word after the verb")
Q(R2, I, "no Varkesian plane had put a single hailstone on Lynchcombe", "Reka Tomordi",
  "participle after the same speaker: ..., Réka Tömördi announced yesterday, while insisting that", "insisting",
  note="a participle of speech after the attribution of the clause before")
Q(R2, D, "We are suspending the flights not because we are guilty, but because we are neighbours,", "Reka Tomordi",
  "surname after: Tömördi told a news conference", "told", channel="news conference")
Q(R2, D, "When the data is on the table, I expect somebody to apologise. I do not expect it to be us.", "Reka Tomordi",
  "continuation: the quote after '... Tömördi told a news conference at her ministry, which began at 15:00 Tőkesvár time (12:00 GMT).'",
  None, channel="news conference", note="multi-sentence")
Q(R2, I, "The reservoirs that supply the capital held 29 percent of their capacity on Thursday morning",
  "Varkesian Hydrometeorological Institute", "name after: the Varkesian Hydrometeorological Institute said", "said",
  note="clause first, the attribution after; the next sentence ('Its two aircraft ...') is the paper's own")
Q(R2, D, "The pilot radioed me at 16:10 and said, 'Cloud is thin, nothing to work with, we are coming home,'", "Levente Szarhegyi",
  "surname after: Szárhegyi said", "said", note="holds a quote inside the quote (single straight marks) spoken by the pilot")
Q(R2, D, "Cloud is thin, nothing to work with, we are coming home,", "Csongor Batki",
  "inside the outer quote: 'The pilot radioed me ... and said,' → the pilot, named in the next paragraph as Csongor Bátki",
  "said", channel="radio", note="quote inside a quote whose speaker is NOT the outer speaker")
Q(R2, D, "Nothing to work with. That is not a man who has just built a hailstorm.", "Levente Szarhegyi",
  "continuation: the quote after '..., Szárhegyi said.'", None, note="multi-sentence")
Q(R2, I, "he had fired his last flare at 15:55, more than 80 kilometres from the border, and turned back towards Érvölgy airbase with a third of his load unused",
  "Csongor Batki", "title + name before: The pilot, Csongor Bátki, told Vármondó that", "told", channel="interview with Vármondó")
Q(R2, D, "I have flown 212 of these missions,", "Csongor Batki", "pronoun after: he said → Bátki, the subject of the sentence before",
  "said", channel="interview with Vármondó")
Q(R2, D, "I know what a seeded cloud looks like. On Tuesday there was nothing to seed.", "Csongor Batki",
  "continuation: the quote after '..., he said.'", None, channel="interview with Vármondó", note="multi-sentence")
Q(R2, I, "a camera in the cockpit had filmed the whole flight", "Csongor Batki", "pronoun before: He added that → Bátki", "added")
Q(R2, I, "the storm that struck Lynchcombe at 18:20 Varkesian time – 17:20 across the border – formed over Trevallian farmland and never crossed the Dravec ridge",
  "Varkesian Hydrometeorological Institute", "description before: According to the institute, → the VHI (named in the third paragraph)",
  "according to", note="'According to X,' first, the clause after; one instant in two zones inside, set off by dashes")
Q(R2, I, "the institute would hand its radar images to the Dravec Basin Commission (DBC), whose experts meet on Monday in the Trevallian border town of Saltreck",
  "Levente Szarhegyi", "surname before: Szárhegyi said", "said", note="reported speech without 'that'")
Q(R2, D, None, "Gaspar Ettre", "pronoun in the middle: he said afterwards → Ettre, the subject of the sentence before", "said",
  parts=["I listened to every word,", "and I said that Varkesia has nothing to hide and nothing to apologise for."],
  note="a direct quote split by its attribution: one record with two parts")
Q(R2, I, "Tőkesvár will not give up its only defence against drought because Moultby is angry", None,
  "unresolved: a senior official at the water ministry said, speaking on condition of anonymity", "said",
  note="clause first; both capitals inside are governments (metonyms)")
Q(R2, I, None, None, "unresolved: the official said (the anonymous official of the sentence before)", "said",
  parts=["The flights", "would resume on 27 June unless the commission found evidence against them"],
  note="reported speech split by its attribution (', the official said,'): one record with two parts")
Q(R2, I, "the government had \"played with the sky for years without asking what falls on the other side\"", "Boroka Hollos",
  "name + title before: Boróka Hollós, the opposition's environment spokeswoman, wrote in a post on X, addressed to the minister, that", "wrote",
  channel="post on X", note="an aside between the channel and 'that'; the partial ends it")
Q(R2, D, "played with the sky for years without asking what falls on the other side", "Boroka Hollos",
  "name before: Boróka Hollós ... wrote in a post on X", "wrote", channel="post on X", partial=True,
  note="the closing mark comes before the full stop")
Q(R2, I, "the suspension was \"a start, not an answer\"", "Mabyn Threlkeld",
  "title + name before: Trevallia's agriculture minister, Mabyn Threlkeld, said on Thursday evening that", "said",
  note="a time phrase between the verb and 'that'; the partial ends it")
Q(R2, D, "a start, not an answer", "Mabyn Threlkeld", "name before: Mabyn Threlkeld, said", "said", partial=True,
  note="the closing mark comes before the full stop")

# R3: The Daily Hoot, 2048-06-13 (Sat; Trevallian tabloid; straight quotes; no dateline, no zone; no diacritics; the label "the
# Rainmaker" for Szarhegyi; capitals for emphasis ("NOTHING", "APOLOGY"))
Q(R3, I, "it's too little, too late", None, "unresolved: furious fruit growers say (unnamed growers)", "say",
  note="present tense, without 'that'")
Q(R3, I, "his programme did NOTHING wrong", "Levente Szarhegyi",
  "label + name before: The so-called Rainmaker, boffin Levente Szarhegyi, whose plane ..., still insists", "insists",
  note="present tense, without 'that'; a relative clause between the name and the verb; 'NOTHING' in capitals")
Q(R3, D, "It sounded like somebody tipping a lorry of gravel on the roof. By half past five there wasn't a leaf left on a tree. Not one.",
  "Jago Pennyfeather", "name before, a colon: Jago Pennyfeather, 58, whose family ..., told the Hoot:", "told",
  channel="interview with the Hoot", note="multi-sentence")
Q(R3, I, "340 of his 400 trees were wrecked", "Jago Pennyfeather",
  "label before: The dad-of-three said → Pennyfeather, the speaker of the paragraph before", "said",
  note="reported speech without 'that'")
Q(R3, D, "My granddad planted the oldest of them. The Rainmaker finished them off in an afternoon,", "Jago Pennyfeather",
  "pronoun after: he said → Pennyfeather", "said", note="multi-sentence; 'The Rainmaker' inside is Szarhegyi, not the speaker")
Q(R3, I, "the storm was forecast a day before the plane took off", "Thorold Clemmow",
  "title + name before: Even Trevallia's own chief weatherman, Thorold Clemmow, has said", "said",
  note="without 'that'; what follows the dash is the paper's own")
Q(R3, I, "the valley faces a bill of up to $30 million", "Ebba Clemmow",
  "label + name before: Growers' boss Ebba Clemmow - no relation - said", "said",
  note="an aside in dashes between the name and the verb; without 'that'")
Q(R3, I, "to drag Varkesia through the courts \"if that's what it takes\"", "Ebba Clemmow",
  "bare shared surname before: Clemmow vowed → Ebba Clemmow (the sentence before; Thorold Clemmow is the paragraph before's)",
  "vowed", note="an infinitive after 'vowed'; the partial ends it")
Q(R3, D, "if that's what it takes", "Ebba Clemmow", "surname before: Clemmow vowed → Ebba Clemmow", "vowed", partial=True,
  note="the closing mark comes before the full stop")
Q(R3, D, "Not one family in this valley will be left to pay for somebody else's weather,", "Mabyn Threlkeld",
  "pronoun after: she vowed → Threlkeld, the subject of the sentence before", "vowed")
Q(R3, I, "volunteers had carted away 90 tonnes of smashed fruit in three days and were \"still turning up from every corner of Trevallia\"",
  "Digory Quell", "title + name before: Lynchcombe mayor Digory Quell wrote on X that", "wrote", channel="post on X",
  note="the partial ends it")
Q(R3, D, "still turning up from every corner of Trevallia", "Digory Quell", "name before: Digory Quell wrote on X", "wrote",
  channel="post on X", partial=True, note="the closing mark comes before the full stop")
Q(R3, I, "she was halting the flights for a fortnight \"because we are neighbours\"", "Reka Tomordi",
  "title + name before: Water Minister Reka Tomordi told a press conference on Thursday", "told", channel="news conference",
  note="a time phrase between the addressee and the clause; without 'that'; what follows the dash is the paper's own")
Q(R3, D, "because we are neighbours", "Reka Tomordi", "name before: Reka Tomordi told a press conference", "told",
  channel="news conference", partial=True)
Q(R3, D, "I sleep very well, thank you.", "Levente Szarhegyi",
  "pronoun before, a colon: And the Rainmaker? Asked by Varkesian radio ..., he replied: → the Rainmaker, Szarhegyi", "replied",
  channel="interview with Varkesian radio", note="the speaker is given only by the label and a pronoun")

# R4: Orchardline Radio live blog, 2048-06-15 (Mon; plain-text scrape: header "LIVE: ... - Monday 15 June" and a line "All times
# Trevallian time (GMT+2)"; each entry begins with a 24-hour stamp on a line of its own; straight quotes; no diacritics)
Q(R4, I, "the six experts would publish a summary before the evening and that nobody should expect \"a villain or an alibi\"",
  "Kerensa Trerise", "pronoun before: She told reporters on the steps that → Trerise, named in the sentence before", "told",
  channel="told reporters", note="'that ... and that ...': one record; the partial ends it")
Q(R4, D, "a villain or an alibi", "Kerensa Trerise", "pronoun before: She told reporters", "told", channel="told reporters",
  partial=True, note="the closing mark comes before the full stop")
Q(R4, D, "I have brought every log, every radar image, every minute,", "Levente Szarhegyi",
  "pronoun after: he said → Szarhegyi, the subject of the sentence before", "said")
Q(R4, D, "If I made a storm, they will find it.", "Levente Szarhegyi", "continuation: the quote after '..., he said.'", None)
Q(R4, D, "It's a small room, two long tables, blinds down. Somebody has put a hailstone in a jam jar on the windowsill.",
  "Tegen Rundle", "surname alone before a colon: Rundle: (no verb)", None, note="multi-sentence")
Q(R4, I, "the first emergency payments reached 211 growers this morning", "Mabyn Threlkeld",
  "title + name before: Agriculture Minister Mabyn Threlkeld has told parliament in Moultby that", "told", channel="told parliament")
Q(R4, D, "The money is the easy part,", "Mabyn Threlkeld",
  "title alone after: the minister said → Threlkeld, Agriculture Minister (the sentence before)", "said")
Q(R4, D, "Trust will take longer.", "Mabyn Threlkeld", "continuation: the quote after '..., the minister said.'", None)
Q(R4, I, "the government would sign nothing on future flights until the panel had reported", "Mabyn Threlkeld",
  "pronoun before: She said → Threlkeld", "said", note="reported speech without 'that'")
Q(R4, I, "she had not slept a full night since the storm", "Ebba Clemmow",
  "name before: Ebba Clemmow of the growers' association told Orchardline Radio", "told", channel="interview with Orchardline Radio",
  note="without 'that'")
Q(R4, I, "the storm was \"in the models on Sunday night\" and that his office sent the hail warning at 09:30 the next day",
  "Thorold Clemmow", "pronoun before: He says → Dr Thorold Clemmow, the subject of the sentence before (not Ebba)", "says",
  note="present tense; without 'that' at first, then 'and that ...': one record; a partial inside")
Q(R4, D, "in the models on Sunday night", "Thorold Clemmow", "pronoun before: He says", "says", partial=True)
Q(R4, I, "her country will \"listen to the science, whichever way it points\"", "Reka Tomordi",
  "pronoun before: She says → Tomordi, the subject of the sentence before", "says", note="present tense, without 'that'")
Q(R4, D, "listen to the science, whichever way it points", "Reka Tomordi", "pronoun before: She says", "says", partial=True,
  note="the closing mark comes before the full stop")
Q(R4, I, "the hail cell formed over Trevallian territory at about 16:05 on Tuesday, some 35 kilometres from the nearest seeding track, and that the flares \"could not have created it\"",
  "Saltreck expert panel", "group before: The panel finds that → the Dravec Basin Commission's panel", "finds",
  channel="findings", note="present tense; 'that ..., and that ...': one record; the partial ends it")
Q(R4, D, "could not have created it", "Saltreck expert panel", "group before: The panel finds", "finds", channel="findings",
  partial=True, after="the flares ")
Q(R4, I, "seeding may have added \"at most 10 to 15 percent\" to the rain on the valley, and that an effect on the hailstones \"cannot be excluded\"",
  "Saltreck expert panel", "document of a group before: its report says → the panel's report", "says", channel="findings",
  note="present tense, without 'that' at first, then ', and that ...': one record with two partials")
Q(R4, D, "at most 10 to 15 percent", "Saltreck expert panel", "document before: its report says", "says", channel="findings",
  partial=True)
Q(R4, D, "cannot be excluded", "Saltreck expert panel", "document before: its report says ... and that", "says",
  channel="findings", partial=True)
Q(R4, D, "Seeding did not make this storm. It may have made it a little wetter. Those are two different sentences, and I would ask both governments to read both.",
  "Kerensa Trerise", "title + surname before, a colon: Professor Trerise, reading the summary aloud:", None,
  note="multi-sentence; no finite speech verb, a participle phrase and a colon")
Q(R4, I, "he is \"relieved, not happy\" and that the flights will restart as planned on June 27", "Levente Szarhegyi",
  "surname before: Szarhegyi says", "says", note="present tense; without 'that' at first, then 'and that ...': one record")
Q(R4, D, "relieved, not happy", "Levente Szarhegyi", "surname before: Szarhegyi says he is", "says", partial=True)
Q(R4, I, "Tokesvar will put $5 million into the growers' relief fund, \"as neighbours, and without admitting anything\"",
  "Varkesian embassy", "group before: Varkesia's embassy in Moultby says", "says",
  note="present tense, without 'that'; 'Tokesvar' inside is Varkesia's government (metonym); the partial ends it")
Q(R4, D, "as neighbours, and without admitting anything", "Varkesian embassy", "group before: Varkesia's embassy in Moultby says",
  "says", partial=True, note="the closing mark comes before the full stop")
Q(R4, D, "Fifteen percent of a hailstorm is still a hailstorm,", "Jago Pennyfeather",
  "pronoun after: he told Rundle → Pennyfeather, the subject of the sentence before (Rundle is the one told)", "told",
  channel="interview with Orchardline Radio")

# R5: The Moultby Harbinger, 2048-06-17 (Wed; broadsheet; curly quotes and apostrophes; sayings in the present tense ("reckons",
# "finds", "admits", "reveals", "says", "tells"); no dateline; diacritics; one instant in three zones in its first sentence)
Q(R5, I, "When the hail came down on Lynchcombe at 17:20 on 9 June – 18:20 in Tőkesvár, 15:20 GMT – it destroyed 1,460 hectares of apricots in 25 minutes",
  "Lynchcombe Fruit Growers' Association", "description after: the growers’ association now reckons → the growers' association",
  "reckons", note="clause first (with its own 'when' clause), the attribution after; present tense")
Q(R5, I, "the storm was born over Trevallian fields and that Varkesian silver iodide “could not have created it”",
  "Saltreck expert panel", "group before: The Dravec Basin Commission’s expert panel, which sat in Saltreck on Monday, finds that",
  "finds", channel="findings", note="present tense; a relative clause between subject and verb; 'that ... and that ...': one record")
Q(R5, D, "could not have created it", "Saltreck expert panel", "group before: expert panel ... finds", "finds", channel="findings",
  partial=True, note="curly marks; the closing mark before the full stop")
Q(R5, I, "the seeding may have made the storm wetter, by “at most 10 to 15 percent”", "Saltreck expert panel",
  "pronoun before: It also finds that → the panel", "finds", channel="findings", note="the partial ends it")
Q(R5, D, "at most 10 to 15 percent", "Saltreck expert panel", "pronoun before: It also finds", "finds", channel="findings",
  partial=True)
Q(R5, I, "the wording was fought over", "Kerensa Trerise",
  "title + name before: Professor Kerensa Trerise, who chaired the panel, admits", "admits",
  note="present tense, without 'that'; a relative clause between the name and the verb")
Q(R5, I, None, "Kerensa Trerise", "pronoun in the middle: she reveals → Trerise, the subject of the sentence before", "reveals",
  parts=["Two of the six experts", "wanted the second finding dropped from the summary"],
  note="reported speech split by its attribution (', she reveals,'): one record with two parts; what follows the semicolon is "
       "the paper's own")
Q(R5, D, "We are not in the business of comfort,", "Kerensa Trerise",
  "title alone after: the professor says → Professor Kerensa Trerise (the paragraph's subject)", "says")
Q(R5, D, "We are in the business of saying what the radar saw.", "Kerensa Trerise",
  "continuation: the quote after '..., the professor says.'", None)
Q(R5, D, "Would I rather the storm had been Varkesian? Honestly, some days, yes,", "Thorold Clemmow",
  "pronoun after: he says → Dr Thorold Clemmow, the subject of the paragraph", "says",
  note="multi-sentence; a question inside the marks")
Q(R5, D, "It would be simpler. It would also be wrong.", "Thorold Clemmow", "continuation: the quote after '..., he says.'", None,
  note="multi-sentence")
Q(R5, I, "the institute will fly again on 27 June, as planned, but only east of a line drawn 40 kilometres inside the border",
  "Levente Szarhegyi", "pronoun before: He says → Szárhegyi, the subject of the sentence before", "says",
  note="present tense, without 'that'")
Q(R5, D, "I was told I had made a storm. The panel says I did not. Nobody has rung to say sorry,", "Levente Szarhegyi",
  "surname after: Szárhegyi tells the Harbinger", "tells", channel="interview with the Harbinger",
  note="multi-sentence; reported speech inside the quote ('The panel says I did not') is his words, not a separate record")
Q(R5, I, "the $5 million it has offered Lynchcombe is “a gesture, not a receipt”", "Varkesia",
  "capital for its government before: Tőkesvár says → Varkesia's government", "says",
  note="a capital city speaks for its government (a metonym); present tense, without 'that'; what follows the semicolon is the "
       "paper's own ('Moultby' there is Trevallia's government)")
Q(R5, D, "a gesture, not a receipt", "Varkesia", "capital for its government before: Tőkesvár says", "says", partial=True)
Q(R5, I, "the findings change “the tone, not the arithmetic”, and that the flights earlier this month were approved without a word to her ministry",
  "Mabyn Threlkeld", "pronoun before: She tells the Harbinger that → Threlkeld, the subject of the sentence before", "tells",
  channel="interview with the Harbinger", note="'that ..., and that ...': one record; a partial inside")
Q(R5, D, "the tone, not the arithmetic", "Mabyn Threlkeld", "pronoun before: She tells the Harbinger", "tells",
  channel="interview with the Harbinger", partial=True)
Q(R5, D, "My father used to say, ‘Never count your apricots until they are in the box,’", "Ebba Clemmow",
  "name after (inverted): says Ebba Clemmow, who chairs the growers’ association", "says",
  note="holds a quote inside the quote (single curly marks) spoken by her father")
Q(R5, D, "Never count your apricots until they are in the box,", None,
  "inside the outer quote: 'My father used to say,' → Ebba Clemmow's father, never named", "say",
  note="quote inside a quote; the speaker is a person the report never names, so null")
Q(R5, D, "This year we did not even get to count them.", "Ebba Clemmow",
  "continuation: the quote after '... says Ebba Clemmow, who chairs the growers’ association.'", None)
Q(R5, I, None, "Ebba Clemmow", "pronoun in the middle: she says → Ebba Clemmow, the speaker of the sentence before", "says",
  parts=["Most trees will fruit again next year",
         "but some 60,000 will have to be grubbed up and replanted, which means five years without a crop"],
  note="reported speech split by its attribution (', she says,'): one record with two parts")
Q(R5, D, "I blame the sky. It is just that the sky does not have a phone number.", "Jago Pennyfeather",
  "pronoun before, no speech verb: Asked whether he still blames Varkesia, he laughs. → Pennyfeather", None,
  note="multi-sentence; introduced by 'he laughs', not a speech verb")


# ---------------------------------------------------------------- entities
E("Trevallia", "country",
  ["Trevallia", ("Moultby", None, ["answer Moultby", "because Moultby is angry", "Moultby has yet"])],
  metonyms=[{"alias": "Moultby", "metonym_of": "Trevallia (its government)"}], adjectival=["Trevallian"],
  note="the country of the orchards (UTC+2); its capital stands for its government three times: \"would answer Moultby\" (R1, inside "
       "Tomordi's clause), \"because Moultby is angry\" (R2), \"Moultby has yet to accept it\" (R5); \"Trevallian\" is a demonym")
E("Moultby", "city", ["MOULTBY", "Moultby"],
  note="Trevallia's capital: MOULTBY (R1 dateline), \"everyone in Moultby\" (R1), \"In Moultby, Ambassador\" (R2), \"parliament in "
       "Moultby\", \"embassy in Moultby\" (R4); the metonym contexts are claimed by Trevallia")
E("Varkesia", "country",
  ["Varkesia", ("Tőkesvár", None, ["Tőkesvár will not give up", "Tőkesvár says the"]), ("Tokesvar", None, ["Tokesvar will put"])],
  metonyms=[{"alias": "Tőkesvár", "metonym_of": "Varkesia (its government)"},
            {"alias": "Tokesvar", "metonym_of": "Varkesia (its government)"}],
  adjectival=["Varkesian", "Varkesians"],
  note="the country that seeds the clouds (UTC+3); its capital stands for its government three times: \"Tőkesvár will not give up\" "
       "(R2, inside the official's clause), \"Tokesvar will put $5 million\" (R4, inside the embassy's clause), \"Tőkesvár says\" (R5, "
       "a speaker); \"Varkesian\" is a demonym")
E("Tokesvar", "city", ["TŐKESVÁR", "Tőkesvár", "Tokesvar"],
  note="Varkesia's capital: TŐKESVÁR (R2 dateline), \"15:00 Tőkesvár time\" (R2), \"from Tokesvar, where it is 14:45\", \"17:00 in "
       "Tokesvar\" (R4), \"18:20 in Tőkesvár\", \"In Tőkesvár, Levente\" (R5); canonical name without diacritics; the metonym contexts "
       "are claimed by Varkesia")
E("Lynchcombe", "town", ["Lynchcombe"],
  note="the orchard town in Trevallia; the \"Lynchcombe\" inside \"the Lynchcombe valley\" (R1, R3) is the valley's and inside "
       "\"Lynchcombe Fruit Growers' Association\" (R1) the association's")
E("Lynchcombe valley", "place", ["Lynchcombe valley"], note="the valley of the orchards (R1, R3); \"the valley\" is not annotated")
E("Saltreck", "town", ["Saltreck"], note="the Trevallian border town where the panel sits (R2, R3, R4 three times, R5)")
E("Dravec Mountains", "mountain range", ["Dravec Mountains", "Dravec ridge"],
  note="the range between the two countries: \"the Dravec Mountains\" (R1, R5), \"the Dravec ridge\" (R2); the \"Dravec\" of the "
       "Dravec Basin Commission is the commission's")
E("Ervolgy airbase", "airbase", ["Ervolgy airbase", "Érvölgy airbase"],
  note="the Varkesian airbase of the seeding aircraft: \"Ervolgy airbase\" (R1), \"Érvölgy airbase\" (R2)")
E("Trevallian foreign ministry", "government body", [("ministry", None, ["the ministry said", "the ministry's statement"])],
  note="a speaker in R1 (\"the ministry said\", \"the ministry's statement said\"); \"the foreign ministry\" (R1) and \"the Trevallian "
       "foreign ministry\" (R2), where it does not speak, are not annotated")
E("Trevallian Weather Service", "government agency",
  ["Trevallian Weather Service", "TWS", ("agency", None, ["the agency said"])],
  note="Trevallia's forecaster: expansion and acronym in R1 (\"Trevallian Weather Service (TWS)\", \"the TWS's chief forecaster\"), "
       "\"the TWS forecaster\" (R4), the expansion (R5); \"the agency said\" claimed (R1); \"His office\" (R5) is not annotated")
E("Varkesian Hydrometeorological Institute", "government agency",
  ["Varkesian Hydrometeorological Institute", "VHI", ("institute", None, ["According to the institute"])],
  note="the seeding programme's institute: expansion and acronym in R1 (\"(VHI)\", \"the VHI's\" twice, \"The VHI said\"), the "
       "expansion (R2); \"According to the institute\" claimed (R2); the other \"the institute\" (R2, R5) are not annotated")
E("Dravec Basin Commission", "organisation", ["Dravec Basin Commission", "DBC"],
  note="the joint body of the two countries (R1, R2 with its acronym, R4, R5 \"The Dravec Basin Commission’s expert panel\"); "
       "\"the commission\" (R2) is not annotated")
E("Saltreck expert panel", "organisation",
  [("panel", None, ["The panel finds"]), ("expert panel", None, ["expert panel, which sat"])],
  note="the commission's six-member panel, a speaker through its findings: \"The panel finds\" (R4), \"The Dravec Basin Commission’s "
       "expert panel, which sat in Saltreck on Monday, finds\" (R5); \"its report says\" (R4) and \"It also finds\" (R5) are its too; "
       "the other \"the panel\" are not annotated")
E("Lynchcombe Fruit Growers' Association", "organisation",
  ["Lynchcombe Fruit Growers' Association", ("growers’ association", None, ["the growers’ association now reckons"])],
  note="the growers' body chaired by Ebba Clemmow (R1); a speaker in R5 (\"the growers’ association now reckons\"); \"the growers' "
       "association\" (R4) and R5's second \"growers’ association\" are not annotated")
E("Varkesian embassy", "diplomatic mission", [("embassy", None, ["embassy in Moultby says"])],
  note="Varkesia's embassy in Moultby, a speaker (R4 \"Varkesia's embassy in Moultby says\")")
E("X", "platform", ["X"])
E("Nancarrow Press", "news agency", ["Nancarrow Press"], note="the wire, in its dateline (R1)")
E("Varmondo", "media outlet", [("Vármondó", [R2])], note="\"told Vármondó\" (R2); canonical name without diacritics")
E("The Daily Hoot", "media outlet", [("Hoot", [R3])], note="\"told the Hoot\", \"a snap Hoot poll\", \"So will the Hoot\" (R3)")
E("Orchardline Radio", "media outlet", ["Orchardline Radio"], note="\"told Orchardline Radio\" (R4)")
E("The Moultby Harbinger", "media outlet", [("Harbinger", [R5])], note="\"tells the Harbinger\" twice (R5)")
E("Mabyn Threlkeld", "person",
  ["Mabyn Threlkeld", ("Threlkeld", [R1]), ("the minister", None, ["the minister said"])],
  note="Trevallia's agriculture minister: full name in every report, \"Threlkeld said\" (R1), \"the minister said\" claimed (R4)")
E("Thorold Clemmow", "person", ["Thorold Clemmow"],
  note="the Trevallian Weather Service's chief forecaster (R1, R3, R4 \"Dr Thorold Clemmow\", R5); not related to Ebba Clemmow")
E("Ebba Clemmow", "person", ["Ebba Clemmow", ("Clemmow", None, ["Clemmow vowed"])],
  note="chair of the Lynchcombe Fruit Growers' Association (R1, R3, R4, R5); the bare \"Clemmow vowed\" (R3) is hers; R4's plural "
       "\"Two Clemmows\" is not a mention")
E("Digory Quell", "person", ["Digory Quell"], note="Lynchcombe's mayor (R3)")
E("Jago Pennyfeather", "person", ["Jago Pennyfeather"], note="the apricot grower (R3, R4, R5); R3's \"The dad-of-three\" is not annotated")
E("Tegen Rundle", "person", ["Tegen Rundle", ("Rundle", [R4])],
  note="Orchardline Radio's reporter in Saltreck (R4): \"Tegen Rundle\", \"Rundle:\", \"he told Rundle\"")
E("Kerensa Trerise", "person",
  ["Kerensa Trerise", ("Trerise", [R4]), ("the professor", None, ["the professor says"])],
  note="chair of the commission's panel: \"Professor Kerensa Trerise\" (R4, R5), \"Professor Trerise\" (R4), \"the professor says\" "
       "claimed (R5)")
E("Levente Szarhegyi", "person",
  ["Levente Szarhegyi", "Levente Szárhegyi", ("Szárhegyi", [R2, R5]), ("Szarhegyi", [R4]), ("Rainmaker", [R3, R4])],
  note="director of the VHI's seeding programme: \"Levente Szarhegyi\" (R1, R3, R4), \"Levente Szárhegyi\" (R2, R5), \"Szárhegyi\" "
       "(R2 twice, R5), \"Szarhegyi\" (R4); the tabloid's label \"the Rainmaker\" (R3 four times, one inside Pennyfeather's quote; "
       "R4 \"the man the tabloids call the Rainmaker\"); canonical name without diacritics")
E("Reka Tomordi", "person", ["Reka Tomordi", "Réka Tömördi", ("Tömördi", [R2])],
  note="Varkesia's water minister: \"Reka Tomordi\" (R1, R3, R4), \"Réka Tömördi\" and \"Tömördi\" (R2); canonical name without "
       "diacritics")
E("Gaspar Ettre", "person", ["Gaspar Ettre", "Gáspár Ettre", ("Ettre", [R1])],
  note="Varkesia's ambassador in Moultby: \"Ambassador Gaspar Ettre\", \"Ettre left\" (R1), \"Ambassador Gáspár Ettre\" (R2)")
E("Csongor Batki", "person", ["Csongor Bátki", ("pilot", None, ["The pilot radioed"])],
  note="the pilot of the seeding flight (R2): \"The pilot\" inside Szárhegyi's quote (the speaker of the inner quote) and \"The pilot, "
       "Csongor Bátki,\"; canonical name without diacritics")
E("Boroka Hollos", "person", ["Boróka Hollós"],
  note="the Varkesian opposition's environment spokeswoman (R2); canonical name without diacritics")

DISTINCT = [
    ("Thorold Clemmow", "Ebba Clemmow", "two unrelated people sharing a surname (R1 and R4 say so; R3's bare \"Clemmow vowed\" is "
     "Ebba's, R4's \"He says\" after both are named is Thorold's)"),
    ("Trevallia", "Moultby", "the government (metonyms, R1, R2, R5) vs the capital city"),
    ("Varkesia", "Tokesvar", "the government (metonyms, R2, R4, R5) vs the capital city"),
    ("Lynchcombe", "Lynchcombe valley", "the town vs the valley named after it"),
    ("Lynchcombe", "Lynchcombe Fruit Growers' Association", "the town vs the association named after it"),
    ("Dravec Mountains", "Dravec Basin Commission", "the range vs the commission named after its basin"),
    ("Dravec Basin Commission", "Saltreck expert panel", "the commission vs its panel (the speaker of the findings)"),
    ("Saltreck expert panel", "Kerensa Trerise", "the panel (its findings) vs its chair (her own words)"),
    ("Saltreck expert panel", "Saltreck", "the panel vs the town where it sat"),
    ("Trevallian Weather Service", "Thorold Clemmow", "the agency vs its forecaster"),
    ("Varkesian Hydrometeorological Institute", "Levente Szarhegyi", "the institute vs its programme director"),
    ("Levente Szarhegyi", "Csongor Batki", "outer vs inner speaker of R2's nested quote"),
    ("Ebba Clemmow", "Lynchcombe Fruit Growers' Association", "the chair vs her association (R5 quotes both)"),
    ("Mabyn Threlkeld", "Reka Tomordi", "the two countries' ministers"),
    ("Gaspar Ettre", "Varkesian embassy", "the ambassador vs the embassy's statement (R4)"),
    ("Trevallian foreign ministry", "Trevallia", "the ministry's statement vs the country"),
    ("Tegen Rundle", "Jago Pennyfeather", "R4's reporter vs the grower who told her (\"he told Rundle\")"),
    ("Varmondo", "Tokesvar", "the Varkesian paper vs the capital in its dateline"),
]


# ---------------------------------------------------------------- times
# R1 anchor Thu 2048-06-11 (Moultby and Lynchcombe keep UTC+2: "10:00 local time (08:00 GMT)"; Varkesia UTC+3: "13:50 Varkesian
# time (10:50 GMT)")
T(R1, "June 11", "date", "2048-06-11", "dateline; month and day, year of the publication date")
T(R1, "on Thursday", "weekday", "2048-06-11", "the anchor day, a Thursday (\"summoned Varkesia's ambassador on Thursday\")",
  after="ambassador ")
T(R1, "two days", "duration", "P2D", "duration in words (\"two days earlier\")")
T(R1, "10:00 local time", "time", "2048-06-11T10:00:00+02:00",
  "\"local time\" of the dateline's city (Moultby, UTC+2, fixed by \"(08:00 GMT)\" after it); the anchor day")
T(R1, "08:00 GMT", "time", "2048-06-11T08:00:00+00:00", "the same instant as 10:00 local time, written in GMT")
T(R1, "today", "relative", "2048-06-11", "the anchor day (inside the ministry's statement \"to stop today\")")
T(R1, "17:20", "time", "2048-06-09T17:20:00+02:00",
  "\"at about 17:20 on Tuesday\" in Lynchcombe: Trevallian time (UTC+2, the dateline's zone); Tuesday")
T(R1, "on Tuesday", "weekday", "2048-06-09", "the latest Tuesday before the anchor (\"struck Lynchcombe at about 17:20 on Tuesday\")")
T(R1, "some 25 minutes", "duration", "PT25M", "duration, approximate (\"fell for some 25 minutes\")")
T(R1, "three hours", "duration", "PT3H", "duration in words (\"Less than three hours before the storm\")")
T(R1, "on Wednesday", "weekday", "2048-06-10", "the latest Wednesday before the anchor (\"flight logs ... posted on Wednesday\")",
  after="(VHI) posted ")
T(R1, "13:50 Varkesian time", "time", "2048-06-09T13:50:00+03:00",
  "Varkesia's time (UTC+3, fixed by \"(10:50 GMT)\" after it); the day of the flight, Tuesday (the storm's day)")
T(R1, "10:50 GMT", "time", "2048-06-09T10:50:00+00:00", "the same instant as 13:50 Varkesian time, written in GMT")
T(R1, "16:35", "time", "2048-06-09T16:35:00+03:00",
  "\"and landed at 16:35\": continues the Varkesian time of the take-off in the same sentence; Tuesday")
T(R1, "two months", "duration", "P2M", "duration in words (inside Threlkeld's quote \"stole our rain for two months\")")
T(R1, "on Wednesday", "weekday", "2048-06-10", "the latest Wednesday before the anchor (\"told reporters in Lynchcombe on Wednesday\")",
  after="reporters in Lynchcombe ")
T(R1, "2031", "date", "2031-01-01/2031-12-31", "a year (\"set up in 2031\")", granularity="year")
T(R1, "since 2042", "date", "2042-01-01/2042-12-31", "a year (\"has run ... since 2042\")", granularity="year")
T(R1, "60 years", "duration", "P60Y", "duration (\"the driest spring in 60 years\")")
T(R1, "May 27", "date", "2048-05-27", "month and day without a year, past: the anchor's year")
T(R1, "on Monday morning", "weekday", "2048-06-08", "the latest Monday before the anchor (\"issued a hail warning ... on Monday morning\")")
T(R1, "a full day", "duration", "P1D", "duration (\"a full day before the aircraft took off\")")
T(R1, "40 minutes", "duration", "PT40M", "duration (\"left the ministry after 40 minutes\")")
T(R1, "late on Thursday", "weekday", "2048-06-11", "the anchor day, a Thursday (\"wrote in a brief message on X late on Thursday\")")

# R2 anchor Fri 2048-06-12 (the paper's city keeps UTC+3: "15:00 Tőkesvár time (12:00 GMT)")
T(R2, "12 June", "date", "2048-06-12", "dateline in day-month order; year of the publication date")
T(R2, "14 days", "duration", "P14D", "duration (\"ground its cloud-seeding aircraft for 14 days\")")
T(R2, "00:00 local time", "time", "2048-06-13T00:00:00+03:00",
  "\"from 00:00 local time on Saturday\": the paper's own city's time (Tőkesvár, UTC+3); the start of Saturday")
T(R2, "on Saturday", "weekday", "2048-06-13", "future: the Saturday after the anchor (\"from 00:00 local time on Saturday\")")
T(R2, "yesterday", "relative", "2048-06-11", "the day before the anchor (\"Réka Tömördi announced yesterday\")")
T(R2, "15:00 Tőkesvár time", "time", "2048-06-11T15:00:00+03:00",
  "the capital's time (UTC+3, fixed by \"(12:00 GMT)\" after it); the day of the news conference, yesterday")
T(R2, "12:00 GMT", "time", "2048-06-11T12:00:00+00:00", "the same instant as 15:00 Tőkesvár time, written in GMT")
T(R2, "on Thursday morning", "weekday", "2048-06-11", "the latest Thursday before the anchor (\"held 29 percent ... on Thursday morning\")",
  after="capacity ")
T(R2, "27 May", "date", "2048-05-27", "day and month without a year, past (\"since 27 May\"): the anchor's year")
T(R2, "Thursday", "weekday", "2048-06-11", "the latest Thursday before the anchor (\"spent much of Thursday\")", after="spent much of ")
T(R2, "Tuesday", "weekday", "2048-06-09", "the latest Tuesday before the anchor (\"Tuesday's flight\")", after="reporters through ")
T(R2, "16:10", "time", "2048-06-09T16:10:00+03:00",
  "inside Szárhegyi's quote (\"radioed me at 16:10\"): Varkesian time, the speaker's and the paper's; the day of the flight, Tuesday")
T(R2, "15:55", "time", "2048-06-09T15:55:00+03:00", "the pilot's clock, Varkesian time (UTC+3); the day of the flight, Tuesday")
T(R2, "On Tuesday", "weekday", "2048-06-09", "the latest Tuesday before the anchor (inside Bátki's quote \"On Tuesday there was nothing to seed\")")
T(R2, "18:20 Varkesian time", "time", "2048-06-09T18:20:00+03:00",
  "Varkesian time (UTC+3); the day of the storm (Tuesday, from the paragraphs before)")
T(R2, "17:20", "time", "2048-06-09T17:20:00+02:00",
  "\"17:20 across the border\": Trevallian time (UTC+2), the same instant as 18:20 Varkesian time")
T(R2, "on Monday", "weekday", "2048-06-15", "future: the Monday after the anchor (\"whose experts meet on Monday\")")
T(R2, "40 minutes", "duration", "PT40M", "duration (\"spent 40 minutes at the Trevallian foreign ministry\")")
T(R2, "on Thursday morning", "weekday", "2048-06-11", "the latest Thursday before the anchor (Ettre at the ministry)",
  after="foreign ministry ")
T(R2, "27 June", "date", "2048-06-27", "day and month without a year, future (\"would resume on 27 June\"): the anchor's year")
T(R2, "on Thursday evening", "weekday", "2048-06-11", "the latest Thursday before the anchor (\"said on Thursday evening\")")

# R3 anchor Sat 2048-06-13 (no dateline, no zone)
T(R3, "today", "relative", "2048-06-13", "the anchor day (\"are grounded from today\")")
T(R3, "on Tuesday", "weekday", "2048-06-09", "the latest Tuesday before the anchor (\"pumped 24 flares ... on Tuesday\")")
T(R3, "25 terrifying minutes", "duration", "PT25M", "duration with an adjective between number and unit")
T(R3, "since 1911", "date", "1911-01-01/1911-12-31", "a year (\"has grown apricots there since 1911\")", granularity="year")
T(R3, "half past five", "time", "2048-06-09T17:30:00+02:00",
  "inside Pennyfeather's quote: the storm's afternoon (Tuesday) in Lynchcombe, Trevallian time (UTC+2, from the corpus); a clock "
  "in words, the afternoon by the storm's time")
T(R3, "a day", "duration", "P1D", "duration (\"forecast a day before the plane took off\")")
T(R3, "yesterday", "relative", "2048-06-12", "the day before the anchor (\"rushed out a $12 million emergency fund yesterday\")")
T(R3, "three days", "duration", "P3D", "duration in words (\"in three days\")")
T(R3, "this weekend", "relative", "2048-06-13/2048-06-14", "the weekend of the anchor, a Saturday (\"More are expected this weekend\")")
T(R3, "on Thursday", "weekday", "2048-06-11", "the latest Thursday before the anchor (\"told a press conference on Thursday\")")
T(R3, "a fortnight", "duration", "P2W", "duration (\"halting the flights for a fortnight\")")
T(R3, "on Monday", "weekday", "2048-06-15", "future: the Monday after the anchor (\"Experts ... meet on Monday\")")

# R4 anchor Mon 2048-06-15; the blog's second header line says "All times Trevallian time (GMT+2)"
T(R4, "Monday 15 June", "date", "2048-06-15", "weekday, day and month without a year in the blog's header: the anchor day")
for stamp in ("09:05", "09:20", "10:02", "10:40", "11:15", "12:30", "13:45", "16:10", "16:25", "16:40", "17:05", "17:30"):
    T(R4, stamp, "time", f"2048-06-15T{stamp}:00+02:00",
      "a live-blog entry stamp (24-hour clock) on a line of its own, no zone of its own; the header says \"All times Trevallian time "
      "(GMT+2)\"; the anchor day")
T(R4, "16:00", "time", "2048-06-15T16:00:00+02:00",
  "a live-blog entry stamp (24-hour clock) on a line of its own; Trevallian time (GMT+2) by the header; the anchor day",
  after="whichever way it points")
T(R4, "last Tuesday", "weekday", "2048-06-09", "the Tuesday of the week before the anchor's (\"last Tuesday's hailstorm\")")
T(R4, "this morning", "relative", "2048-06-15", "the morning of the anchor day (\"reached 211 growers this morning\")")
T(R4, "today", "relative", "2048-06-15", "the anchor day (\"Two Clemmows in Saltreck today\")")
T(R4, "on Sunday night", "weekday", "2048-06-07",
  "inside Clemmow's partial (\"in the models on Sunday night\"), from a Monday blog: not the night before the anchor but the Sunday "
  "before the storm (the warning went out \"the next day\", before the hail of last Tuesday): 7 June")
T(R4, "09:30", "time", "2048-06-08T09:30:00+02:00",
  "\"sent the hail warning at 09:30 the next day\": the day after that Sunday, Monday 8 June; Trevallian time (the blog's)")
T(R4, "the next day", "relative", "2048-06-08", "the day after the Sunday just named (7 June), not after the anchor")
T(R4, "14:45", "time", "2048-06-15T14:45:00+03:00",
  "\"from Tokesvar, where it is 14:45\": Varkesia's time (UTC+3); the same instant as the entry's stamp 13:45 Trevallian time")
T(R4, "16:00", "time", "2048-06-15T16:00:00+02:00",
  "\"at 16:00 here\": the blog's zone (GMT+2 by its header); the same instant as 14:00 GMT", after="The findings are out, at ")
T(R4, "14:00 GMT", "time", "2048-06-15T14:00:00+00:00", "clock time with its zone, the anchor day")
T(R4, "17:00", "time", "2048-06-15T17:00:00+03:00",
  "\"17:00 in Tokesvar\": the same instant as 14:00 GMT, in Varkesia's time (UTC+3) — one instant in three zones")
T(R4, "16:05", "time", "2048-06-09T16:05:00+02:00",
  "\"at about 16:05 on Tuesday\": Trevallian time (the blog's, GMT+2); the Tuesday of the storm")
T(R4, "on Tuesday", "weekday", "2048-06-09",
  "past (\"the hail cell formed ... on Tuesday\", from a Monday blog): the Tuesday of last week, the storm's day")
T(R4, "June 27", "date", "2048-06-27", "month and day without a year, future (\"restart as planned on June 27\"): the anchor's year")
T(R4, "a fortnight", "duration", "P2W", "duration (\"due within a fortnight\")")
T(R4, "on Thursday", "weekday", "2048-06-18", "future: the Thursday after the anchor (\"parliament debates compensation on Thursday\")")

# R5 anchor Wed 2048-06-17 (no dateline; clocks in named places: Lynchcombe UTC+2, Tőkesvár UTC+3, GMT)
T(R5, "17:20", "time", "2048-06-09T17:20:00+02:00",
  "\"on Lynchcombe at 17:20 on 9 June\": Trevallian time (UTC+2, as R1 and R4 fix it; the report gives no offset itself)")
T(R5, "9 June", "date", "2048-06-09", "day and month without a year (\"at 17:20 on 9 June\")")
T(R5, "18:20", "time", "2048-06-09T18:20:00+03:00",
  "\"18:20 in Tőkesvár\": Varkesia's time (UTC+3); the same instant as 17:20 in Lynchcombe")
T(R5, "15:20 GMT", "time", "2048-06-09T15:20:00+00:00", "the same instant in GMT — one instant in three zones")
T(R5, "25 minutes", "duration", "PT25M", "duration (\"in 25 minutes\")")
T(R5, "Eight days", "duration", "P8D", "duration in words (\"Eight days on\")")
T(R5, "on Monday", "weekday", "2048-06-15", "the latest Monday before the anchor (\"which sat in Saltreck on Monday\")", after="sat in Saltreck ")
T(R5, "a difficult fortnight", "duration", "P2W", "duration (\"has had a difficult fortnight\")")
T(R5, "Monday 8 June", "date", "2048-06-08", "weekday, day and month without a year (\"on Monday 8 June\")")
T(R5, "last week", "relative", "2048-06-08/2048-06-14", "the Monday–Sunday week before the anchor's (\"when he pointed that out last week\")")
T(R5, "27 June", "date", "2048-06-27", "day and month without a year, future (\"will fly again on 27 June\"): the anchor's year")
T(R5, "on Thursday", "weekday", "2048-06-18", "future: the Thursday after the anchor (\"will ask parliament on Thursday\")")
T(R5, "earlier this month", "relative", "2048-06-01/2048-06-16",
  "the anchor's month up to the day before the anchor (\"the flights earlier this month\")")
T(R5, "This year", "relative", "2048-01-01/2048-12-31", "the anchor's year (inside Ebba Clemmow's quote \"This year we did not even "
  "get to count them\")", granularity="year")
T(R5, "next year", "relative", "2049-01-01/2049-12-31", "the year after the anchor's (\"will fruit again next year\")", granularity="year")
T(R5, "five years", "duration", "P5Y", "duration in words (\"five years without a crop\")")
T(R5, "in October", "date", "2048-10-01/2048-10-31", "a month without a year, future (\"replanting 340 trees in October\")",
  granularity="month")


# ---------------------------------------------------------------- numbers
N(R1, "two days", 2, "day", "duration", note="word number (\"two days earlier\")")
N(R1, "as large as 5 centimetres", 5, "centimetre", "length", approx="up_to", note="\"as large as\" read as up to")
N(R1, "some 25 minutes", 25, "minute", "duration", approx="about", note="\"some\" read as about")
N(R1, "Three people", 3, "person", "count", note="word number at the start of a sentence")
N(R1, "at least 1,400 hectares", 1400, "hectare", "area", approx="at_least")
N(R1, "Less than three hours", 3, "hour", "duration", approx="less_than", note="word number")
N(R1, "24 flares", 24, "flare", "count")
N(R1, "two months", 2, "month", "duration", note="word number (inside Threlkeld's quote)")
N(R1, "two countries", 2, "country", "count", note="word number")
N(R1, "31 percent", 31, "percent", "percent")
N(R1, "60 years", 60, "year", "duration")
N(R1, "19 missions", 19, "mission", "count")
N(R1, "between $25 million and $30 million", 25000000, "usd", "money", low=25000000, high=30000000,
  note="a range written with between ... and, 'million' on both ends")
N(R1, "40 minutes", 40, "minute", "duration")

N(R2, "14 days", 14, "day", "duration")
N(R2, "29 percent", 29, "percent", "percent")
N(R2, "two aircraft", 2, "aircraft", "count", note="word number")
N(R2, "19 missions", 19, "mission", "count")
N(R2, "more than 80 kilometres", 80, "kilometre", "distance", approx="more_than")
N(R2, "212", 212, "mission", "count", note="the noun given by \"of these missions\" (inside Bátki's quote)")
N(R2, "40 minutes", 40, "minute", "duration")

N(R3, "24 flares", 24, "flare", "count")
N(R3, "25 terrifying minutes", 25, "minute", "duration", note="an adjective between number and unit")
N(R3, "58", 58, "year", "age", note="an age (\"Jago Pennyfeather, 58,\")")
N(R3, "dad-of-three", 3, "child", "count", note="a word number inside a hyphenated label (\"The dad-of-three\")")
N(R3, "340", 340, "tree", "count", note="the noun given by \"of his 400 trees\"")
N(R3, "400 trees", 400, "tree", "count")
N(R3, "up to $30 million", 30000000, "usd", "money", approx="up_to")
N(R3, "$12 million", 12000000, "usd", "money")
N(R3, "$2,000", 2000, "usd", "money", note="per hectare (\"$2,000 a hectare\")")
N(R3, "90 tonnes", 90, "tonne", "weight")
N(R3, "three days", 3, "day", "duration", note="word number")
N(R3, "1,200 readers", 1200, "reader", "count")
N(R3, "71 per cent", 71, "percent", "percent", note="\"per cent\" in two words")

N(R4, "six experts", 6, "expert", "count", note="word number")
N(R4, "two long tables", 2, "table", "count", note="word number, an adjective between (inside Rundle's quote)")
N(R4, "211 growers", 211, "grower", "count")
N(R4, "Two Clemmows", 2, "clemmow", "count", note="word number counting people by their shared surname")
N(R4, "some 35 kilometres", 35, "kilometre", "distance", approx="about", note="\"some\" read as about")
N(R4, "at most 10 to 15 percent", 10, "percent", "percent", approx="up_to", low=10, high=15,
  note="a range written with 'to', capped by \"at most\" (inside the report's partial)")
N(R4, "two different sentences", 2, "sentence", "count", note="word number (inside Trerise's quote)")
N(R4, "$5 million", 5000000, "usd", "money")
N(R4, "340 trees", 340, "tree", "count")
N(R4, "Fifteen percent", 15, "percent", "percent", note="word number (inside Pennyfeather's quote)")

N(R5, "1,460 hectares", 1460, "hectare", "area")
N(R5, "25 minutes", 25, "minute", "duration")
N(R5, "Eight days", 8, "day", "duration", note="word number")
N(R5, "at most 10 to 15 percent", 10, "percent", "percent", approx="up_to", low=10, high=15,
  note="a range written with 'to', capped by \"at most\" (inside the panel's partial)")
N(R5, "Two", 2, "expert", "count", note="word number, the noun given by \"of the six experts\"")
N(R5, "six experts", 6, "expert", "count", note="word number")
N(R5, "four", 4, "expert", "count", note="word number with the noun elided (\"the other four\" experts)")
N(R5, "two radio phone-ins", 2, "phone-in", "count", note="word number, a noun between")
N(R5, "40 kilometres", 40, "kilometre", "distance")
N(R5, "$5 million", 5000000, "usd", "money")
N(R5, "$18 million", 18000000, "usd", "money")
N(R5, "some 60,000", 60000, "tree", "count", approx="about", note="the noun elided (trees, from \"Most trees\"); \"some\" read as about")
N(R5, "five years", 5, "year", "duration", note="word number")
N(R5, "340 trees", 340, "tree", "count")

ABOUT = ("Gold for the read stage on the invented held-out reports of demo/read-heldout26/reports.jsonl, "
         "written and committed before any reader ran on them. `file` is the report's `id`; `start`/`end` "
         "are BYTE offsets into the UTF-8 encoding of the report's `text` field; text[start:end] begins "
         "with `span`. Same format as demo/read-heldout23/gold.json. Generated by build_gold.py. See README.md here.")


G.write(ABOUT, DISTINCT, detailed=True)
