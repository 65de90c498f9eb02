#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and the annotations below.

Run from anywhere: `python3 demo/read-heldout7/build_gold.py`. Offsets are computed here from the spans
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
# R1: Skerrymore Wire Service, 2031-03-06 (Thu; straight quotes; dateline "CASTELMOOR, Lindravia, March 6 (SWS) —")
Q(R1, I, "Tests carried out earlier this month found traces of a cleaning solvent in tablets from the company's plant in Quarrenby",
  "National Medicines Safety Agency", "group after the clause: the agency said (the NMSA of the lead)", "said",
  note="clause first, attribution after")
Q(R1, D, "Patients should not simply stop taking their medicine. Talk to a pharmacist, who will swap your packs for a safe batch free of charge,",
  "Liesel Tollervik", "name after: Dr Liesel Tollervik, the agency's chief executive, told reporters", "told",
  note="multi-sentence; ends with the comma before the closing mark")
Q(R1, I, "the first reports of dizziness and fainting had reached the agency on February 24", "Liesel Tollervik",
  "pronoun before: She said that → Liesel Tollervik (subject of the sentence before)", "said")
Q(R1, I, "the government would pay for extra pharmacy staff", "Rosamund Kettleby",
  "name before: Health Minister Rosamund Kettleby, who stood beside her, said ('her' is Tollervik)", "said",
  note="reported speech without 'that'")
Q(R1, D, "Nobody in this country will be left without their tablets because of someone else's mistake,", "Rosamund Kettleby",
  "title alone after: the minister said → Rosamund Kettleby (Health Minister, the sentence before)", "said")
Q(R1, I, "the company had halted shipments from Quarrenby late Wednesday and was \"cooperating fully\" with the inquiry",
  "Alaric Ashcombe", "name before: Merrowgate's chief executive, Alaric Ashcombe, said in a statement that", "said",
  channel="statement")
Q(R1, D, "cooperating fully", "Alaric Ashcombe", "name before: Alaric Ashcombe, said in a statement that", "said",
  channel="statement", partial=True)
Q(R1, I, "no other product was affected", "Merrowgate Pharmaceuticals",
  "group before: The firm, which employs some 1,200 people at the plant, said (Merrowgate)", "said",
  note="reported speech without 'that'; 'The firm' is not annotated as a mention")
Q(R1, I, "Of the 14 patients, 11 are in Quarrenby General Hospital and three in Ellisford", "hospital sources",
  "group after the clause: according to hospital sources", "according to", note="clause first, 'according to' after")
Q(R1, D, "Two of them are over 80 and we are watching them closely,", None,
  "unresolved: said one doctor, who asked not to be named", "said")
Q(R1, I, "it had received nine of the 38 batches and would recall them by Saturday", "Velmirian Drug Control Office",
  "name before: the Velmirian Drug Control Office (VDCO) said", "said", note="reported speech without 'that'; 'and would ...' is one record")
Q(R1, I, "no patient in Velmiria had yet reported symptoms", "Dusan Cirkovic",
  "name before: Velmirian Health Minister Dusan Cirkovic noted that", "noted")
Q(R1, I, "the batches were \"unlikely to cause lasting harm\"", "NMSA-VDCO joint statement",
  "document: A joint statement from the two agencies, issued at 15:30 CET, said", "said", channel="statement",
  note="reported speech without 'that'; 'but urged anyone ...' is a second act, not part of the clause")
Q(R1, D, "unlikely to cause lasting harm", "NMSA-VDCO joint statement", "document: A joint statement ... said", "said",
  channel="statement", partial=True)

# R2: The Castelmoor Gazetteer, 2031-03-08 (Sat; curly quotes; no dateline)
Q(R2, I, "the solvent had come from a valve that was meant to be replaced in January", "Hugo Strettell",
  "name before: Hugo Strettell, the company’s director of quality, who reports to the chief executive, Alaric Ashcombe, said",
  "said", note="reported speech without 'that'; another man (Ashcombe) is named between the subject and the verb")
Q(R2, D, "When the laboratory rang me, the first thing the chemist said was ‘Stop the line,’ and we stopped it within the hour,",
  "Hugo Strettell",
  "pronoun after: he said → Hugo Strettell (subject of the sentence before), not Alaric Ashcombe (named in the same sentence, in the apposition)",
  "said", note="holds a quote inside the quote; the company’s apostrophe is the same character as a closing single mark")
Q(R2, D, "Stop the line,", None, "unresolved: 'the chemist said was' (an unnamed chemist, inside Strettell's quote)", "said",
  note="quote inside a quote (single curly marks); ends with the comma before the closing single mark")
Q(R2, D, "I will not pretend that is good enough.", "Hugo Strettell", "continuation: follows Strettell's quote", None)
Q(R2, I, "Merrowgate would “pay what it owes, to every patient, without a court having to tell us”", "Alaric Ashcombe",
  "title alone: the chief executive said that → Alaric Ashcombe (Ashcombe, the sentence before)", "said",
  channel="television interview with LTV’s Checkpoint")
Q(R2, D, "pay what it owes, to every patient, without a court having to tell us", "Alaric Ashcombe",
  "title alone: the chief executive said that", "said", channel="television interview with LTV’s Checkpoint", partial=True,
  note="the closing mark comes before the full stop")
Q(R2, D, "We will find out how this happened, and we will say so in public, whoever it embarrasses,", "Rosamund Kettleby",
  "pronoun after: she said → Kettleby (subject of the sentence before), not Liesel Tollervik (another woman, named in the same sentence)",
  "said")
Q(R2, I, "its helpline took more than 4,000 calls in two days", "Heartline Patients' Association",
  "According to the Heartline Patients’ Association, which represents ..., (before the clause)", "according to")
Q(R2, I, "pharmacies in Ellisford had run out of replacement packs by Friday afternoon", "Philippa Fellgrove",
  "name before: Its chair, Philippa Fellgrove, wrote in a post on Bluesky that", "wrote", channel="post on Bluesky")
Q(R2, I, "its own recall would be complete by Sunday", "Velmirian Drug Control Office",
  "group before: the drug office said that (In Velmiria, ...)", "said")
Q(R2, I, "Castelmoor has offered Drasnik the results of every test", None,
  "unresolved: a ministry official said (unnamed; which ministry is not said)", "said",
  note="clause first, attribution after; both capitals in the clause are governments (metonyms)")

# R3: The Daily Jolt, 2031-03-10 (Mon; curly quotes; no dateline)
Q(R3, D, "Dad went grey and just folded,", "Clara Pennock", "name after: his daughter Clara Pennock told the Jolt", "told",
  channel="interview with the Jolt")
Q(R3, D, "I thought it was his heart. It was the tablets.", "Clara Pennock", "continuation: follows Clara Pennock's quote", None,
  channel="interview with the Jolt", note="multi-sentence")
Q(R3, I, "no patient's life was now in danger", "Quarrenby General Hospital",
  "group before: The hospital said on Sunday that (Quarrenby General, the sentence before)", "said")
Q(R3, D, "They knew last month. People were fainting in February, and they let us keep swallowing the stuff,", "Clara Pennock",
  "pronoun after: she said → the 'Pennock, a nurse herself' of the sentence before: Clara Pennock, not her father Edmund Pennock",
  "said", note="multi-sentence")
Q(R3, D, "Somebody at that factory has to answer for my dad.", "Clara Pennock", "continuation: follows Clara Pennock's quote", None)
Q(R3, I, "most patients recover within 48 hours once they stop the tablets", "Isidore Quayle",
  "name before: Dr Isidore Quayle, the cardiologist treating Mr Pennock, said that", "said")
Q(R3, D, "Mr Pennock is a tough old boy,", "Isidore Quayle",
  "pronoun after: he told us → Isidore Quayle (subject of the sentence before), not Mr Pennock (another man, named in it and in the quote)",
  "told", channel="interview with the Jolt")
Q(R3, D, "He asked me on Saturday whether he could go home for the football. I said no.", "Isidore Quayle",
  "continuation: follows Quayle's quote", None, channel="interview with the Jolt", note="multi-sentence")
Q(R3, D, None, "Rosamund Kettleby",
  "pronoun in the middle: she said → Rosamund Kettleby (subject of the sentence before)", "said",
  parts=["Every family that has been hurt by this will hear from us this week", "not from a lawyer in six months."],
  channel="television (went on Lindravian Television)", note="split quote, the attribution ('she said,') between the parts")
Q(R3, I, "the minister had promised the same after a vaccine mix-up in 2027", "Philippa Fellgrove",
  "name before: Philippa Fellgrove of the Heartline Patients’ Association said", "said",
  note="reported speech without 'that'; 'the minister' in the clause is Kettleby, not the speaker")
Q(R3, D, "Promises are cheap. Pills are not,", "Philippa Fellgrove", "surname after: Fellgrove said", "said", note="multi-sentence")
Q(R3, I, "a pack of 28 tablets costs €14.60 without a prescription", "Philippa Fellgrove",
  "surname before: Fellgrove said, noting that", "noting", note="participle after the direct quote's attribution")
Q(R3, I, "it would pay patients’ costs", "Merrowgate Pharmaceuticals", "name before: Merrowgate said on Friday", "said",
  note="reported speech without 'that'; the apostrophe of patients’ is a curly mark")

# R4: Velmirski Kurir, 2031-03-12 (Wed; straight quotes; dateline "DRAŠNIK, 12 March —"; 'Velmirija', 'Dušan Ćirković', 'Tolervik')
Q(R4, I, "four Velmirian patients had also been harmed by Tensivar, the blood-pressure pill recalled in both countries last week",
  "Dusan Cirkovic", "name before: Velmirija's health minister, Dušan Ćirković, said yesterday that (spelt with diacritics here)",
  "said", note="the clause runs to the end of the sentence, the apposition on Tensivar included")
Q(R4, D, "We were told on 6 March that nobody here was ill. By the 9th we had four people in hospital in Drašnik and Sorvenje,",
  "Dusan Cirkovic", "surname after: Ćirković told the Kurir", "told", channel="interview with the Kurir", note="multi-sentence")
Q(R4, D, "I do not blame the pharmacists. I blame a factory that did not change a valve.", "Dusan Cirkovic",
  "continuation: follows Ćirković's quote", None, channel="interview with the Kurir", note="multi-sentence")
Q(R4, I, "the solvent found in the tablets was a cleaning agent that should never have reached the production line",
  "National Medicines Safety Agency", "According to the NMSA, the Lindravian regulator, (before the clause)", "according to")
Q(R4, I, "Velmirian inspectors would be welcome at the Quarrenby plant", "Liesel Tollervik",
  "name before: Dr Liesel Tolervik, who runs the NMSA, said on Monday that (spelt with one l here)", "said")
Q(R4, I, "its recall of nine batches, some 96,000 packs from 1,400 pharmacies, had ended on Sunday", "Velmirian Drug Control Office",
  "name before: The Velmirian Drug Control Office (VDCO) said", "said", note="reported speech without 'that'")
Q(R4, D, "Every pharmacy in the country has been checked. Twice,", "Mirjana Drobnić",
  "name after: said Mirjana Drobnić, who heads the office", "said", note="multi-sentence; inverted 'said Name'")
Q(R4, I, "the office would publish the names of the hospitals but not of the patients", "Mirjana Drobnić",
  "pronoun before: She said → Mirjana Drobnić (the sentence before)", "said", note="reported speech without 'that'")
Q(R4, D, "every reasonable cost", "Merrowgate Pharmaceuticals",
  "group: His company wrote to Velmirian pharmacies ... promising to cover (His = Ashcombe's: the company, Merrowgate)", "wrote",
  channel="letter", partial=True, note="a quoted fragment after an infinitive, no reported clause: a direct partial record only")
Q(R4, D, "If a Velmirian patient was harmed, he is our patient. There is no border in a hospital bed,", "Hugo Strettell",
  "surname after: Strettell told the Kurir by telephone", "told", channel="telephone interview with the Kurir",
  note="multi-sentence; the 'he' inside the quote is the patient")
Q(R4, I, "her government would \"not hide behind a border\"", "Rosamund Kettleby",
  "name before: Lindravian Health Minister Rosamund Kettleby said last Thursday that", "said")
Q(R4, D, "not hide behind a border", "Rosamund Kettleby", "name before: Rosamund Kettleby said last Thursday that", "said",
  partial=True, note="the closing mark comes before the full stop")
Q(R4, I, "Around 30,000 Velmirian patients take it every day", "Velmirian Drug Control Office",
  "acronym after the clause: the VDCO estimates", "estimates", note="clause first, present tense 'estimates' after")

# R5: Radio Quarrenby live blog, 2031-03-14 (Fri; plain-text scrape; straight quotes; entries stamped "HH:MM CET -")
Q(R5, I, "19 patients have now been treated, up from 14 a week ago, and that seven remain on its wards", "Quarrenby General Hospital",
  "name before: Quarrenby General Hospital says", "says", note="present tense; '... and that ...': one record, the first clause without 'that'")
Q(R5, D, "We are not here to shout. We are here to read what they publish, line by line,", "Philippa Fellgrove",
  "pronoun after: she told Radio Quarrenby → Philippa Fellgrove (subject of the sentence before)", "told",
  channel="interview with Radio Quarrenby", note="multi-sentence")
Q(R5, I, "The solvent came from a cleaning valve that leaked into a mixing tank on at least 38 production days between 3 November and 21 February",
  "Liesel Tollervik", "pronoun after the clause: she says → Dr Liesel Tollervik (the sentence before)", "says",
  note="clause first, present tense 'she says' after")
Q(R5, D, "The valve was flagged for replacement in an internal audit on January 9. The replacement was postponed three times.",
  "Liesel Tollervik", "surname before a colon: Tollervik: (no speech verb)", None, note="multi-sentence; a name and a colon introduce the quote")
Q(R5, D, "That is a question for the company, and for the police.", "Liesel Tollervik",
  "pronoun before a colon: Asked who postponed it, she said: → Tollervik", "said")
Q(R5, I, "the case has been passed to prosecutors", "Rosamund Kettleby",
  "name before: The minister, Rosamund Kettleby, confirms that", "confirms", note="present tense")
Q(R5, D, "I said in Quarrenby last Friday that we would say so in public, whoever it embarrasses. This is me saying so,",
  "Rosamund Kettleby", "surname after: Kettleby said", "said",
  note="multi-sentence; repeats her words of Friday 7 March (R2)")
Q(R5, I, "The company \"accepts the agency's findings in full\" and will set aside €30 million for patients in Lindravia and Velmiria",
  "Merrowgate Pharmaceuticals", "after the clause: it says ('it' = Merrowgate, which has issued a statement, the sentence before)",
  "says", channel="statement", note="clause first, present tense 'it says' after")
Q(R5, D, "accepts the agency's findings in full", "Merrowgate Pharmaceuticals", "after the clause: it says", "says",
  channel="statement", partial=True)
Q(R5, I, "the €30 million was \"a start, not an end\"", "Dusan Cirkovic",
  "name before: Health Minister Dusan Cirkovic wrote in a post on Bluesky that", "wrote", channel="post on Bluesky")
Q(R5, D, "a start, not an end", "Dusan Cirkovic", "name before: Dusan Cirkovic wrote in a post on Bluesky that", "wrote",
  channel="post on Bluesky", partial=True)
Q(R5, D, "I ran this company for eleven years, and I am the one who leaves,", "Alaric Ashcombe",
  "pronoun after: he said → Ashcombe (subject of the sentence before), not Hugo Strettell (named after the quote)", "said")
Q(R5, D, "We made good pills here for nearly seventy years. One valve. That's all it took.", None,
  "unresolved: One of the Quarrenby workers, leaving the afternoon shift: (unnamed)", None,
  note="multi-sentence; a description and a colon introduce the quote; the apostrophe of That's is straight")
Q(R5, I, "The National Assembly's health committee will question Ashcombe and Tollervik on March 19", None,
  "unresolved: its chair said (the committee's chair, never named)", "said",
  note="clause first, attribution after; the chair is not the committee")


# ---------------------------------------------------------------- entities
E("Lindravia", "country", ["Lindravia", ("Castelmoor", None, ["Castelmoor has offered", "Castelmoor's answer"])],
  metonyms=[{"alias": "Castelmoor", "metonym_of": "Lindravia (its government)"}], adjectival=["Lindravian"],
  note="\"Castelmoor has offered Drasnik ...\" (R2) and \"Castelmoor's answer to the compensation request\" (R4) are the government; "
       "the dateline CASTELMOOR (R1) and \"meets in Castelmoor\" (R4) are the city")
E("Castelmoor", "city", ["CASTELMOOR", ("Castelmoor", None, ["in Castelmoor at"])], note="Lindravia's capital; the dateline of R1")
E("Velmiria", "country", ["Velmiria", "Velmirija", ("Drasnik", None, ["offered Drasnik"]), ("Drašnik", None, ["Drašnik has asked"])],
  metonyms=[{"alias": "Drasnik", "metonym_of": "Velmiria (its government)"},
            {"alias": "Drašnik", "metonym_of": "Velmiria (its government)"}],
  adjectival=["Velmirian"],
  note="spelt \"Velmirija\" in the Velmirski Kurir (also \"Velmirija's\"); \"offered Drasnik\" (R2) and \"Drašnik has asked\" (R4) "
       "are the government; \"In Drasnik,\" (R1, R5), the dateline DRAŠNIK and \"in Drašnik and Sorvenje\" (R4) are the city")
E("Drasnik", "city", ["DRAŠNIK", ("Drasnik", None, ["In Drasnik"]), ("Drašnik", None, ["in Drašnik and"])],
  note="Velmiria's capital, spelt Drašnik in the Velmirski Kurir")
E("Quarrenby", "town", ["Quarrenby"], note="the town of Merrowgate's plant; nested in \"Quarrenby General Hospital\", \"Quarrenby General\" "
  "and \"Radio Quarrenby\" it is not a mention")
E("Ellisford", "town", ["Ellisford"])
E("Sorvenje", "town", ["Sorvenje"], note="a Velmirian town (R4, inside Ćirković's quote)")
E("Harrowden Road", "place", ["Harrowden Road"], note="the street of the plant in Quarrenby")
E("Quarrenby General Hospital", "organisation", ["Quarrenby General Hospital", "Quarrenby General"],
  note="\"The hospital\" (R3, a speaker) and \"the hospital’s staff\" (R2) are not annotated, as \"the commission\" in demo/read-heldout6")
E("Merrowgate Pharmaceuticals", "organisation", ["Merrowgate Pharmaceuticals", "Merrowgate"],
  note="the maker of Tensivar; \"the company\", \"The firm\", \"His company\" are not annotated")
E("National Medicines Safety Agency", "organisation", ["National Medicines Safety Agency", "NMSA", ("Lindravian regulator", [R4])],
  note="Lindravia's medicines regulator; \"the agency\" is not annotated")
E("Velmirian Drug Control Office", "organisation", ["Velmirian Drug Control Office", "VDCO", ("drug office", [R2])],
  note="\"the drug office\" (R2) is annotated; \"the office\" (R4) is not")
E("Heartline Patients' Association", "organisation", ["Heartline Patients' Association", "Heartline Patients’ Association"],
  note="the curly apostrophe in the Gazetteer and the Jolt, straight in Radio Quarrenby")
E("Tensivar", "product", ["Tensivar"], note="the recalled blood-pressure tablet")
E("National Assembly", "organisation", ["National Assembly"], note="Lindravia's parliament")
E("National Assembly health committee", "organisation", ["health committee"],
  note="the National Assembly's health committee (R4, R5); \"its chair\" (R5) is an unnamed person")
E("Lindravian Television", "media outlet", ["Lindravian Television", "LTV"])
E("Checkpoint", "programme", ["Checkpoint"], note="LTV's programme (R2)")
E("Bluesky", "platform", ["Bluesky"])
E("Skerrymore Wire Service", "news agency", ["SWS"], note="only as its acronym, in its own dateline")
E("The Daily Jolt", "media outlet", [("Jolt", [R3])], note="\"told the Jolt\" (R3)")
E("Velmirski Kurir", "media outlet", [("Kurir", [R4])], note="\"told the Kurir\" (R4, twice)")
E("Radio Quarrenby", "media outlet", ["Radio Quarrenby"])
E("NMSA-VDCO joint statement", "document", ["joint statement"], note="issued at 15:30 CET on Thu 6 March (R1)")
E("hospital sources", "group", ["hospital sources"], note="unnamed sources, a group as speaker (R1)")
E("Liesel Tollervik", "person", ["Dr Liesel Tollervik", "Dr Liesel Tolervik", "Tollervik",
                                 ("the agency's chief executive", [R1]), ("The agency’s chief executive", [R2])],
  note="chief executive of the NMSA; spelt \"Tolervik\" (one l) in the Velmirski Kurir")
E("Rosamund Kettleby", "person", ["Health Minister Rosamund Kettleby", "Rosamund Kettleby", "Kettleby",
                                  ("the minister", [R1, R3]), ("The minister", [R5])],
  note="Lindravia's health minister; \"Lindravian Health Minister Rosamund Kettleby\" (R4) holds the alias")
E("Alaric Ashcombe", "person", ["Chief executive Alaric Ashcombe", "Alaric Ashcombe", "Ashcombe",
                                ("the chief executive", None, ["to the chief executive, Alaric", "the chief executive said that"])],
  note="chief executive of Merrowgate; \"the chief executive\" (R2) twice; \"The agency’s chief executive\" (R2) is Tollervik")
E("Hugo Strettell", "person", ["Hugo Strettell", "Strettell"], note="Merrowgate's director of quality")
E("Dusan Cirkovic", "person", ["Health Minister Dusan Cirkovic", "Dusan Cirkovic", "Dušan Ćirković", "Ćirković"],
  note="Velmiria's health minister, spelt with diacritics (Dušan Ćirković) in the Velmirski Kurir")
E("Mirjana Drobnić", "person", ["Mirjana Drobnić"], note="head of the VDCO (R4)")
E("Clara Pennock", "person", ["Clara Pennock", "Ms Pennock", ("Pennock", None, ["Pennock, a nurse"])],
  note="Edmund Pennock's daughter, a nurse; the bare \"Pennock\" (R3) is her")
E("Edmund Pennock", "person", ["Edmund Pennock", "Mr Pennock"], note="a patient; \"Mr Pennock\" (R3, twice) is him")
E("Isidore Quayle", "person", ["Dr Isidore Quayle"], note="cardiologist treating Edmund Pennock")
E("Philippa Fellgrove", "person", ["Philippa Fellgrove", "Fellgrove"], note="chair of the Heartline Patients' Association")

DISTINCT = [
    ("Clara Pennock", "Edmund Pennock", "two people who share a surname, daughter and father (both in R3; the bare \"Pennock\" is Clara)"),
    ("Lindravia", "Castelmoor", "the government (metonym) vs the capital city (dateline of R1)"),
    ("Velmiria", "Drasnik", "the government (metonym) vs the capital city (dateline of R4)"),
    ("National Medicines Safety Agency", "Velmirian Drug Control Office", "the two countries' regulators"),
    ("National Medicines Safety Agency", "NMSA-VDCO joint statement", "an agency vs the statement it signed"),
    ("Velmirian Drug Control Office", "NMSA-VDCO joint statement", "an agency vs the statement it signed"),
    ("Liesel Tollervik", "Rosamund Kettleby", "two women in one R2 sentence (\"she said\" is Kettleby) and in one R1 paragraph"),
    ("Alaric Ashcombe", "Hugo Strettell", "two men in one R2 sentence (\"he said\" is Strettell) and in one R5 entry (\"he said\" is Ashcombe)"),
    ("Isidore Quayle", "Edmund Pennock", "the doctor vs his patient (\"he told us\" is Quayle)"),
    ("Rosamund Kettleby", "Dusan Cirkovic", "the two health ministers"),
    ("Liesel Tollervik", "Mirjana Drobnić", "the heads of the two regulators"),
    ("National Assembly", "National Assembly health committee", "the parliament vs its committee"),
    ("Merrowgate Pharmaceuticals", "Tensivar", "the maker vs its product"),
    ("Merrowgate Pharmaceuticals", "Alaric Ashcombe", "the company vs its chief executive"),
    ("Lindravian Television", "Checkpoint", "the broadcaster vs its programme"),
    ("Quarrenby", "Quarrenby General Hospital", "the town vs its hospital"),
    ("Quarrenby", "Radio Quarrenby", "the town vs the radio"),
    ("Philippa Fellgrove", "Heartline Patients' Association", "the chair vs her association"),
    ("Clara Pennock", "Rosamund Kettleby", "two women in R3"),
]


# ---------------------------------------------------------------- times
# R1 anchor Thu 2031-03-06
T(R1, "March 6", "date", "2031-03-06", "dateline; month and day, year of the publication date")
T(R1, "on Thursday", "weekday", "2031-03-06", "the anchor day (Thu 2031-03-06)")
T(R1, "11:00 local time", "time", "2031-03-06T11:00:00+01:00",
  "\"local time\" in Castelmoor on the anchor day; the GMT equivalent in brackets (10:00 GMT) fixes the offset at UTC+1")
T(R1, "10:00 GMT", "time", "2031-03-06T10:00:00+00:00", "the same instant as 11:00 local time, written in GMT")
T(R1, "last October", "date", "2030-10-01/2030-10-31", "\"since last October\": the latest October before the anchor",
  granularity="month")
T(R1, "earlier this month", "relative", "2031-03-01/2031-03-05", "from the first of the anchor's month to the day before the anchor")
T(R1, "February 24", "date", "2031-02-24", "month and day without a year (past, \"had reached the agency on\"): the year that puts it nearest the anchor")
T(R1, "late Wednesday", "weekday", "2031-03-05", "the latest Wednesday before the anchor (\"halted shipments ... late Wednesday\")")
T(R1, "by Saturday", "weekday", "2031-03-08", "future deadline (\"would recall them by\"): the first Saturday after the anchor")
T(R1, "15:30 CET", "time", "2031-03-06T15:30:00+01:00", "clock time with a zone (CET = UTC+1); no day in its sentence: the anchor day, "
  "the day of the recall")
T(R1, "two hours", "duration", "PT2H", "duration (\"halted for two hours\")")

# R2 anchor Sat 2031-03-08
T(R2, "late Friday", "weekday", "2031-03-07", "the latest Friday before Sat 2031-03-08")
T(R2, "in January", "date", "2031-01-01/2031-01-31", "a month with no year, past (\"was meant to be replaced in January\"): the latest January before the anchor",
  granularity="month")
T(R2, "since Thursday", "weekday", "2031-03-06", "the latest Thursday before the anchor")
T(R2, "on Friday night", "weekday", "2031-03-07", "the latest Friday before the anchor")
T(R2, "Friday", "weekday", "2031-03-07", "\"spent Friday in Quarrenby\": the latest Friday before the anchor", after="Kettleby spent")
T(R2, "two days", "duration", "P2D", "duration (\"took more than 4,000 calls in two days\")")
T(R2, "by Friday afternoon", "weekday", "2031-03-07", "past (\"had run out ... by\"): the latest Friday before the anchor")
T(R2, "by Sunday", "weekday", "2031-03-09", "future (\"would be complete by\"): the first Sunday after the anchor")
T(R2, "in 2009", "date", "2009-01-01/2009-12-31", "a year", granularity="year")
T(R2, "in 1962", "date", "1962-01-01/1962-12-31", "a year", granularity="year")
T(R2, "last year", "relative", "2030-01-01/2030-12-31", "the year before the anchor's", granularity="year")
T(R2, "earlier this week", "relative", "2031-03-03/2031-03-07", "from the Monday of the anchor's week to the day before the anchor")

# R3 anchor Mon 2031-03-10
T(R3, "on Tuesday night", "weekday", "2031-03-04", "the latest Tuesday before Mon 2031-03-10")
T(R3, "six years", "duration", "P6Y", "duration (\"every night for six years\")")
T(R3, "Twenty minutes", "duration", "PT20M", "sentence-initial word-number duration (\"Twenty minutes later\")")
T(R3, "yesterday", "relative", "2031-03-09", "the day before the anchor (\"told the Jolt yesterday\")")
T(R3, "on Thursday", "weekday", "2031-03-06", "the latest Thursday before the anchor (\"recalled on Thursday\")")
T(R3, "on Sunday", "weekday", "2031-03-09", "the latest Sunday before the anchor (\"The hospital said on Sunday\")", after="The hospital said")
T(R3, "last month", "relative", "2031-02-01/2031-02-28", "the month before the anchor's (inside Clara Pennock's quote)")
T(R3, "in February", "date", "2031-02-01/2031-02-28", "a month with no year, past (inside a quote): the latest February before the anchor",
  granularity="month")
T(R3, "48 hours", "duration", "PT48H", "duration (\"recover within 48 hours\")")
T(R3, "on Saturday", "weekday", "2031-03-08", "the latest Saturday before the anchor (inside Quayle's quote)", after="He asked me")
T(R3, "on Sunday", "weekday", "2031-03-09", "the latest Sunday before the anchor (\"went on Lindravian Television (LTV) on Sunday\")",
  after="(LTV)")
T(R3, "this week", "relative", "2031-03-10/2031-03-16", "the anchor's Monday–Sunday week (inside Kettleby's split quote)")
T(R3, "six months", "duration", "P6M", "duration (inside the quote)")
T(R3, "in 2027", "date", "2027-01-01/2027-12-31", "a year", granularity="year")
T(R3, "last night", "relative", "2031-03-09", "the evening before the anchor day (\"By last night\")")
T(R3, "on Saturday morning", "weekday", "2031-03-08", "the latest Saturday before the anchor")
T(R3, "on Friday", "weekday", "2031-03-07", "the latest Friday before the anchor (\"Merrowgate said on Friday\")")

# R4 anchor Wed 2031-03-12
T(R4, "12 March", "date", "2031-03-12", "dateline in day-month order; year of the publication date")
T(R4, "yesterday", "relative", "2031-03-11", "the day before the anchor (\"said yesterday\")")
T(R4, "last week", "relative", "2031-03-03/2031-03-09", "the Monday–Sunday week before the anchor's")
T(R4, "6 March", "date", "2031-03-06", "day and month without a year (past, \"We were told on\", inside a quote): the year that puts it nearest the anchor")
T(R4, "the 9th", "date", "2031-03-09", "a day of the month alone (\"By the 9th\", inside a quote, after \"6 March\"): the 9th of the anchor's month, past")
T(R4, "10:00 CET", "time", "2031-03-12T10:00:00+01:00", "clock time with a zone (CET = UTC+1); the day from \"today\" right after it")
T(R4, "11:00 EET", "time", "2031-03-12T11:00:00+02:00", "the same instant as 10:00 CET, written in EET (UTC+2)")
T(R4, "today", "relative", "2031-03-12", "the anchor day (\"meets in Castelmoor at ... today\")", after="(11:00 EET)")
T(R4, "on Monday", "weekday", "2031-03-10", "the latest Monday before the anchor (\"Tolervik ... said on Monday\")", after="who runs the NMSA")
T(R4, "on Sunday", "weekday", "2031-03-09", "past (\"had ended on Sunday\"): the latest Sunday before the anchor")
T(R4, "on Monday", "weekday", "2031-03-10", "the latest Monday before the anchor (\"wrote to Velmirian pharmacies on Monday\")",
  after="His company wrote")
T(R4, "last Thursday", "weekday", "2031-03-06", "the Thursday of the week before the anchor's (Wed 2031-03-12)")
T(R4, "today's", "relative", "2031-03-12", "possessive \"today's hearing\": the anchor day")
T(R4, "three hours", "duration", "PT3H", "duration (\"scheduled to last three hours\")")
T(R4, "since 2024", "date", "2024-01-01/2024-12-31", "a year", granularity="year")

# R5 anchor Fri 2031-03-14
T(R5, "Friday 14 March", "date", "2031-03-14", "weekday, day and month without a year in the blog's header: the anchor day")
for stamp in ("08:50", "09:30", "11:15", "14:04", "14:11", "14:20", "14:35", "15:02", "15:40", "16:05", "16:30"):
    T(R5, f"{stamp} CET", "time", f"2031-03-14T{stamp}:00+01:00", "a live-blog entry stamp with a zone, on the anchor day")
T(R5, "14:00 CET", "time", "2031-03-14T14:00:00+01:00", "clock time with a zone, on the anchor day (\"publishes its first findings ... at\")")
T(R5, "13:00 GMT", "time", "2031-03-14T13:00:00+00:00", "the same instant as 14:00 CET, written in GMT")
T(R5, "15:00 EET", "time", "2031-03-14T15:00:00+02:00", "the same instant as 14:00 CET, written in EET (three zones, one instant)")
T(R5, "a week", "duration", "P1W", "duration (\"has been shut for a week\")", after="shut for")
T(R5, "a week ago", "relative", "2031-03-07", "seven days before the anchor (\"up from 14 a week ago\")")
T(R5, "earlier this week", "relative", "2031-03-10/2031-03-13", "from the Monday of the anchor's week to the day before the anchor")
T(R5, "yesterday", "relative", "2031-03-13", "the day before the anchor (\"went home yesterday\")")
T(R5, "3 November", "date", "2030-11-03", "day and month without a year, past (\"between 3 November and 21 February\"): the year that puts it "
  "nearest the anchor, before 21 February")
T(R5, "21 February", "date", "2031-02-21", "day and month without a year, past: the year that puts it nearest the anchor")
T(R5, "January 9", "date", "2031-01-09", "month and day without a year (past, inside a quote): the year that puts it nearest the anchor")
T(R5, "last Friday", "weekday", "2031-03-07", "the Friday of the week before the anchor's (inside Kettleby's quote; the anchor is itself a Friday)")
T(R5, "April 30", "date", "2031-04-30", "month and day without a year (\"will step down ... on\"): the nearest, future")
T(R5, "eleven years", "duration", "P11Y", "duration (word number, inside Ashcombe's quote)")
T(R5, "seventy years", "duration", "P70Y", "duration (\"for nearly seventy years\", inside a quote; \"nearly\" qualifies it)")
T(R5, "March 19", "date", "2031-03-19", "month and day without a year (\"will question ... on\"): the nearest, future")


# ---------------------------------------------------------------- numbers
N(R1, "38 batches", 38, "batch", "count", after="recall of")
N(R1, "14 patients", 14, "patient", "count", after="Pharmaceuticals, after")
N(R1, "three", 3, "patient", "count", after="hospital, three", note="\"three of them to intensive care\": the noun (patients) from \"14 patients\"")
N(R1, "about 410,000 packs", 410000, "pack", "count", approx="about")
N(R1, "some 1,200 people", 1200, "person", "count", approx="about", note="\"some\" read as about; irregular plural")
N(R1, "14 patients", 14, "patient", "count", after="Of the 14")
N(R1, "11", 11, "patient", "count", after="patients, 11", note="\"11 are in Quarrenby General Hospital\": the noun is elided")
N(R1, "three", 3, "patient", "count", after="Hospital and three", note="\"and three in Ellisford\": the noun is elided")
N(R1, "Two", 2, "patient", "count", after="\"Two of them", note="\"Two of them\", sentence-initial inside a quote: patients")
N(R1, "over 80", 80, "year", "age", approx="more_than", note="an age (\"are over 80\"), inside a quote; \"over\" read as more_than")
N(R1, "nine", 9, "batch", "count", after="received nine", note="\"nine of the 38 batches\"")
N(R1, "38 batches", 38, "batch", "count", after="nine of the")
N(R1, "two agencies", 2, "agency", "count", note="word number")
N(R1, "two hours", 2, "hour", "duration", note="word number")

N(R2, "38 batches", 38, "batch", "count")
N(R2, "23 percent", 23, "percent", "percent")
N(R2, "11", 11, "patient", "count", after="where 11", note="\"11 of the 14 patients\"")
N(R2, "14 patients", 14, "patient", "count")
N(R2, "about 90,000 people", 90000, "person", "count", approx="about")
N(R2, "more than 4,000 calls", 4000, "call", "count", approx="more_than")
N(R2, "two days", 2, "day", "duration", note="word number")
N(R2, "nine", 9, "batch", "count", after="received nine", note="\"nine of the batches\"")
N(R2, "€48 million", 48000000, "eur", "money", note="a scale word")
N(R2, "12 countries", 12, "country", "count")
N(R2, "9 percent", 9, "percent", "percent")

N(R3, "six years", 6, "year", "duration", note="word number")
N(R3, "Twenty minutes", 20, "minute", "duration", note="sentence-initial word number")
N(R3, "16 patients", 16, "patient", "count", note="\"one of 16 patients\"")
N(R3, "48 hours", 48, "hour", "duration", note="after \"within\": exact")
N(R3, "six months", 6, "month", "duration", note="word number, in the second part of a split quote")
N(R3, "28 tablets", 28, "tablet", "count")
N(R3, "€14.60", 14.6, "eur", "money", note="a decimal amount")
N(R3, "more than 26,000 signatures", 26000, "signature", "count", approx="more_than")
N(R3, "50,000", 50000, "signature", "count", after="at 50,000", note="\"at 50,000 the National Assembly must debate it\": the noun is elided")

N(R4, "four Velmirian patients", 4, "patient", "count", note="word number; an adjective between the number and the noun")
N(R4, "four people", 4, "person", "count", note="word number, inside a quote")
N(R4, "at least €5,000", 5000, "eur", "money", approx="at_least")
N(R4, "nine batches", 9, "batch", "count", note="word number")
N(R4, "some 96,000 packs", 96000, "pack", "count", approx="about", note="\"some\" read as about")
N(R4, "1,400 pharmacies", 1400, "pharmacy", "count")
N(R4, "three hours", 3, "hour", "duration", note="word number")
N(R4, "Around 30,000 Velmirian patients", 30000, "patient", "count", approx="about",
  note="sentence-initial \"Around\" read as about; an adjective between the number and the noun")

N(R5, "1,200 people", 1200, "person", "count")
N(R5, "19 patients", 19, "patient", "count")
N(R5, "14", 14, "patient", "count", after="up from 14", note="\"up from 14 a week ago\": the noun is elided")
N(R5, "seven", 7, "patient", "count", after="that seven", note="\"seven remain on its wards\": word number, the noun elided")
N(R5, "at least 38 production days", 38, "production day", "count", approx="at_least", note="a two-word noun")
N(R5, "three times", 3, "time", "count", note="\"postponed three times\", inside a quote")
N(R5, "€30 million", 30000000, "eur", "money", after="set aside")
N(R5, "€30 million", 30000000, "eur", "money", after="Bluesky that the", note="the same sum, in Cirkovic's post")
N(R5, "eleven years", 11, "year", "duration", note="word number, inside a quote")
N(R5, "nearly seventy years", 70, "year", "duration", approx="up_to", note="\"nearly\" read as up_to (a little under), inside a quote")
N(R5, "One valve", 1, "valve", "count", note="sentence-initial word number inside a quote")

ABOUT = ("Gold for the read stage on the invented held-out reports of demo/read-heldout7/reports.jsonl, "
         "written and committed before any reader ran on them. `file` is the report's `id`; `start`/`end` "
         "are BYTE offsets into the UTF-8 encoding of the report's `text` field; text[start:end] begins "
         "with `span`. Same format as demo/read-heldout6/gold.json. Generated by build_gold.py. See README.md here.")


G.write(ABOUT, DISTINCT, detailed=True)
