#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and the annotations below.

Run from anywhere: `python3 demo/read-heldout11/build_gold.py`. Offsets are computed here from the spans
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
# R1: Plover Press Agency, 2036-03-10 (Mon; straight quotes; dateline "VELMONT, Ardenza, March 10 (PPA) —")
Q(R1, I, "Keepers found the enclosure of Mirka, a six-year-old female, empty at 21:40 local time (20:40 GMT) on Saturday",
  "Ardenzan National Police", "name after the clause: the Ardenzan National Police (ANP) said", "said",
  note="clause first, attribution after; the next sentence (The padlock ... had been cut ...) is the writer's")
Q(R1, D, "Somebody came in with bolt cutters and left the same way. Mirka did not open that gate herself,", "Griselda Tapley",
  "title + name after: Ch Supt Griselda Tapley told reporters in Thistlecombe on Sunday", "told", note="multi-sentence")
Q(R1, I, "180 officers, two helicopters and 12 drones were combing the woods north of the town", "Griselda Tapley",
  "pronoun before: She said that → Tapley (the sentence before)", "said")
Q(R1, I, "Schools in Thistlecombe are closed today and will stay shut on Tuesday", "Osric Blandford",
  "title + name after the clause: the mayor, Osric Blandford, said on Sunday evening", "said",
  note="clause first, attribution after; 'today' is the writer's day (Monday), the mayor spoke on Sunday")
Q(R1, I, "Mirka had last been fed on Saturday afternoon and could go four or five days without a meal", "Philomena Quarterman",
  "name before: Dr Philomena Quarterman, the zoo's director, who stood beside Tapley at the briefing, said", "said",
  note="reported speech without 'that'; another woman (Tapley) is named in the relative clause between subject and verb")
Q(R1, D, "She is shy and frightened, and she will hide before she attacks. But she is a leopard, and nobody should walk up to her,",
  "Philomena Quarterman",
  "pronoun after: she said → Quarterman, the subject of the sentence before, not Griselda Tapley (named in its relative clause); "
  "the 'she' inside the quote is Mirka", "said", note="multi-sentence")
Q(R1, I, "The zoo's last inspection, on Feb. 19, found rust on the lock of the same gate", "Zoo Licensing Authority",
  "name after the clause: according to the Zoo Licensing Authority (ZLA)", "according to",
  note="clause first, 'according to' after; 'Feb.' is an abbreviation inside the sentence")
Q(R1, I, "Edervar would send \"the one person Mirka trusts\"", "Denes Halmagyi",
  "name before: Kosvaria's environment minister, Denes Halmagyi, wrote in a post on X on Sunday that", "wrote",
  channel="post on X", note="Edervar here is Kosvaria's government (metonym)")
Q(R1, D, "the one person Mirka trusts", "Denes Halmagyi", "name before: Denes Halmagyi, wrote in a post on X on Sunday that", "wrote",
  channel="post on X", partial=True, note="the closing mark comes before the full stop")
Q(R1, I, "the Kosvarian vet Zsofia Berkenyi, who reared the leopard by hand, would land on Tuesday morning", "Environment Ministry",
  "group before: The Environment Ministry in Velmont said", "said", note="reported speech without 'that'")
Q(R1, I, "he had ordered a full inspection of the zoo", "Cosmo Ferrabee",
  "title + name before: Environment Minister Cosmo Ferrabee, who visited the town on Monday, said", "said",
  note="reported speech without 'that'")
Q(R1, D, "There will be hard questions for the zoo, and they will get answers. Today my only question is where she is,",
  "Cosmo Ferrabee", "title alone after: the minister said → Cosmo Ferrabee (Environment Minister, the sentence before)", "said",
  note="multi-sentence")
Q(R1, I, "it had nothing to do with the break-in", "Wild Hearts Ardenza",
  "group before: Wild Hearts Ardenza (WHA), an animal-rights group, said", "said", note="reported speech without 'that'")
Q(R1, I, "WHA \"would never put an animal in danger to make a point\"", "Linus Carrow",
  "name before: Its spokesman, Linus Carrow, said in a statement that", "said", channel="statement")
Q(R1, D, "would never put an animal in danger to make a point", "Linus Carrow",
  "name before: Linus Carrow, said in a statement that", "said", channel="statement", partial=True,
  note="the closing mark comes before the full stop")
Q(R1, D, "We want her safe, not loose in a wet wood with nothing to eat,", "Linus Carrow",
  "pronoun after: he told Harebell FM → Carrow (the sentence before), not Cosmo Ferrabee (the paragraph before)", "told",
  channel="radio interview with Harebell FM")
Q(R1, D, "We have 400 ewes on the hill and I have not slept since Saturday,", None,
  "unresolved: said a sheep farmer near Ambry Cross, who asked not to be named", "said")
Q(R1, I, "the cut padlock had turned up in a hedge about 200 metres from the gate", "police sources",
  "group before: Police sources said", "said", note="reported speech without 'that'")

# R2: The Velmont Sextant, 2036-03-12 (Wed; curly quotes and curly apostrophes; no dateline)
Q(R2, I, "Paw prints by the carcasses, some nine centimetres across, were hers", "Ardenzan National Police",
  "name after the clause: the Ardenzan National Police said yesterday", "said", note="clause first, attribution after")
Q(R2, D, "She took three and left the other 250 alone. She was hungry, not cruel,", "Emlyn Threlfall",
  "pronoun after: he told the Sextant → Emlyn Threlfall (the sentence before); the 'She' inside the quote is Mirka", "told",
  channel="interview with the Sextant", note="multi-sentence")
Q(R2, D, "I heard the dogs and thought it was a fox,", "Bryony Threlfall",
  "relation after: his wife said → Bryony Threlfall ('his wife, Bryony', two sentences before)", "said")
Q(R2, D, "A snow leopard wants rock over her head and a long view below. That quarry is the closest thing to a mountain she has,",
  "Zsofia Berkenyi", "surname after: Berkenyi said", "said", note="multi-sentence")
Q(R2, I, "no one would fire “unless a life is at stake”", "Griselda Tapley",
  "title + name before: Ch Supt Griselda Tapley said", "said", note="reported speech without 'that'")
Q(R2, D, "unless a life is at stake", "Griselda Tapley", "title + name before: Ch Supt Griselda Tapley said", "said", partial=True,
  note="the closing mark comes before the full stop")
Q(R2, I, "why Thistlecombe Zoo had stayed open after the Zoo Licensing Authority (ZLA) found a rusted lock on its service gate last month",
  "Cressida Wrangham",
  "name before: Cressida Wrangham, the opposition’s environment spokeswoman, asked Environment Minister Cosmo Ferrabee", "asked",
  note="an indirect question (asked ... why); the asker is named")
Q(R2, I, "the inspectors’ letter, signed by the ZLA’s chief inspector, T. R. Hebblethwaite, had given the zoo until 1 March to replace the lock, and that a new lock was ordered but never fitted",
  "Cosmo Ferrabee", "title alone before: The minister stated → Ferrabee (the one asked in the sentence before)", "stated",
  note="'that ..., and that ...': one record; initials ('T. R.') inside the clause")
Q(R2, D, "That is not good enough, and I have told the director so,", "Cosmo Ferrabee",
  "pronoun after: he said → Ferrabee (the sentence before)", "said", note="'the director' inside the quote is Quarterman")
Q(R2, D, "A rusty lock, a written warning and a big cat behind the gate. Only a fool is surprised,", "Cressida Wrangham",
  "pronoun after: she said → Wrangham, the subject of the sentence before, not Philomena Quarterman (named in its relative clause)",
  "said", note="multi-sentence")
Q(R2, I, "she would not resign while Mirka was still missing", "Philomena Quarterman",
  "description before: The zoo’s director told staff on Monday that → Quarterman", "told")
Q(R2, I, "He had worked at the zoo until he was dismissed in October", "police sources",
  "group after the clause: according to police sources", "according to", note="clause first, 'according to' after")
Q(R2, I, "the man had never belonged to the group", "Wild Hearts Ardenza",
  "acronym before: WHA, whose members picketed the zoo last year, said → Wild Hearts Ardenza", "said",
  note="reported speech without 'that'; the group only as its acronym in this report")
Q(R2, I, "his country had lent Mirka to the Ardenzan zoo and that it would want her back once she was safe", "Denes Halmagyi",
  "name before: Kosvaria’s environment minister, Denis Halmagyi, told the Sextant by telephone that (spelt Denis here)", "told",
  channel="telephone interview with the Sextant", note="'that ... and that ...': one record")
Q(R2, I, "Some 40 per cent of the snow leopards bred at Edervar Zoo now live abroad", "Denes Halmagyi",
  "pronoun after the clause: he noted → Halmagyi (the sentence before)", "noted", note="clause first, 'he noted' after")
Q(R2, I, "Velmont has thanked Edervar for lending its vet, and the search has cost at least €420,000 so far", "Environment Ministry",
  "group after the clause: the Environment Ministry’s press office said", "said",
  note="clause first, attribution after; Velmont and Edervar are the two governments (metonyms)")

# R3: The Daily Holler, 2036-03-14 (Fri; curly quotes and curly apostrophes; no dateline; no time zone anywhere)
Q(R3, D, "It is the same song I sang when she was three weeks old. After five verses she came out and laid her head on my boot,",
  "Zsofia Berkenyi", "surname after: Berkenyi told the Holler (Sofia Berkenyi in this report)", "told",
  channel="interview with the Holler", note="multi-sentence")
Q(R3, D, "Then I gave her the dart, and I cried like a baby.", "Zsofia Berkenyi", "continuation: follows Berkenyi's quote", None,
  channel="interview with the Holler")
Q(R3, D, None, "Lemuel Ashby",
  "pronoun in the middle: he said → Ashby, the subject of the sentence before, not Emlyn Threlfall (the man named last in it)",
  "said", parts=["She weighs 38 kilos and it felt like three hundred", "but I would have carried her all the way to Velmont."],
  note="split quote, the attribution ('he said,') between the parts")
Q(R3, D, "I wasn’t scared. Well, only a bit,", "Ned Tapley", "pronoun after: he said → Ned (the sentence before)", "said",
  note="multi-sentence; the apostrophe of wasn’t is the same character as a closing single mark")
Q(R3, I, "he bears her no grudge and that the zoo has offered him €900 for them", "Emlyn Threlfall",
  "surname before: Threlfall, 61, who lost three ewes ..., says → Emlyn ('he'), not his wife Bryony Threlfall", "says",
  note="present tense; '... and that ...': one record, the first clause without 'that'")
Q(R3, D, "Four or five times this week I’ve lain awake listening for her. Nine hundred euros won’t buy back a night’s sleep,",
  "Bryony Threlfall", "pronoun after: she said → Bryony (His wife Bryony, the sentence before)", "said", note="multi-sentence")
Q(R3, I, "the 212 officers who joined the hunt had “done this town proud”", "Griselda Tapley",
  "title + surname before: Ch Supt Tapley said → Griselda Tapley, not Ned Tapley (the Tapley named last)", "said",
  note="reported speech without 'that'")
Q(R3, D, "done this town proud", "Griselda Tapley", "title + surname before: Ch Supt Tapley said", "said", partial=True,
  note="the closing mark comes before the full stop")
Q(R3, I, "Detectives will question the former keeper arrested on Tuesday for a second time today", "Ardenzan National Police",
  "group after the clause: an ANP spokeswoman said (an unnamed spokeswoman speaks for the police)", "said",
  note="clause first, attribution after")
Q(R3, I, "the zoo had “got it badly wrong” over the lock", "Philomena Quarterman",
  "title + name before: Zoo boss Dr Philomena Quarterman admitted", "admitted", note="reported speech without 'that'")
Q(R3, D, "got it badly wrong", "Philomena Quarterman", "name before: Dr Philomena Quarterman admitted", "admitted", partial=True,
  note="the closing mark comes before 'over the lock'")
Q(R3, I, "The zoo will stay shut until April 1", "Philomena Quarterman",
  "pronoun after the clause: she said → Quarterman (the sentence before), not Griselda Tapley (the paragraph before)", "said",
  note="clause first, attribution after")
Q(R3, D, "We are glad she is safe. A zoo is still a prison,", "Linus Carrow",
  "name after: spokesman Linus Carrow told the Holler", "told", channel="interview with the Holler",
  note="multi-sentence; the question before it ('And the Wild Hearts mob ...?') is the writer's")
Q(R3, D, "Best night this town’s had in years!", None, "unresolved: one man shouted (in the crowd on the quarry road)", "shouted")

# R4: Edervári Hírlap, 2036-03-15 (Sat; straight quotes; dateline "EDERVÁR, 15 March —"; 'Koszvária', 'Edervár',
# 'Zsófia Berkényi', 'Dénes Halmágyi', and the Ardenzan 'Kozmo Ferrabee')
Q(R4, I, "Mirka was sleeping off the sedative in a quiet pen in Thistlecombe and \"eating like a teenager\"", "Zsofia Berkenyi",
  "pronoun before: She said that → Berkényi, the subject of the sentence before, not Mirka (its object, also 'she')", "said")
Q(R4, D, "eating like a teenager", "Zsofia Berkenyi", "pronoun before: She said that → Berkényi", "said", partial=True,
  note="the closing mark comes before the full stop")
Q(R4, I, "the Ardenzan police had kept the pair away from the search on their first day", "Mate Szaloki",
  "name before: Máté Szalóki, a keeper at Edervár Zoo who flew to Ardenza ..., said", "said",
  note="reported speech without 'that'; another man (Halmágyi) is named in the relative clause")
Q(R4, D, "They wanted helicopters. We wanted silence,", "Mate Szaloki",
  "pronoun after: he said → Szalóki, the subject of the sentence before, not Dénes Halmágyi (the man named last in it)", "said",
  note="multi-sentence")
Q(R4, D, "In the end they let us have the silence.", "Mate Szaloki", "continuation: follows Szalóki's quote", None)
Q(R4, D, "When she laid her head on my boot, one of the policemen whispered, 'Is she yours now?' I told him she was never mine,",
  "Zsofia Berkenyi", "surname after: Berkényi told the Hírlap", "told", channel="interview with the Hírlap",
  note="holds a quote inside the quote; 'I told him she was never mine' is part of the quote")
Q(R4, D, "Is she yours now?", None,
  "unresolved: one of the policemen whispered (an unnamed policeman, inside Berkényi's quote)", "whispered",
  note="quote inside a quote (straight single marks); a question")
Q(R4, I, "Koszvária expected Mirka \"home in May\" and that the loan agreement let Edervár Zoo recall her at any time",
  "Denes Halmagyi", "surname before: In a post on X on Friday afternoon, Halmágyi said that", "said", channel="post on X",
  note="the channel comes before the speaker; 'that ... and that ...': one record")
Q(R4, D, "home in May", "Denes Halmagyi", "surname before: Halmágyi said that", "said", channel="post on X", partial=True)
Q(R4, I, "Mirka will stay in Thistlecombe until the zoo passes a new inspection", "joint statement",
  "pronoun after the clause: it said → the joint statement (the sentence before)", "said",
  note="a document as speaker, referred to by 'it'")
Q(R4, I, "the two zoos will then choose \"the best home for her\" together", "joint statement",
  "According to the joint statement, (before the clause)", "according to")
Q(R4, D, "the best home for her", "joint statement", "According to the joint statement,", "according to", partial=True,
  note="the closing mark comes before 'together'")
Q(R4, I, "the zoo had failed Mirka and that its director would answer to the inspectors", "Cosmo Ferrabee",
  "name before: Ardenza's environment minister, Kozmo Ferrabee, said on Thursday night that (spelt Kozmo here)", "said",
  note="'that ... and that ...': one record")
Q(R4, D, "My grandson drew Mirka with wings so she can fly home to us,", "Piroska Zentai",
  "name after: said Piroska Zentai, 68, a retired teacher from Edervár (inverted)", "said")
Q(R4, I, "The Ardenzan search involved 212 police officers and cost about €1.1 million", "Ardenzan National Police",
  "name after the clause: according to the Ardenzan National Police (ANP)", "according to",
  note="clause first, 'according to' after")

# R5: Radio-Television Ardenza live blog, 2036-03-18 (Tue; plain-text scrape; header line "LIVE: ... - Tuesday 18 March";
# each entry starts with a stamp "HH:MM CET" on a line of its own; straight quotes)
Q(R5, I, "the 34-year-old former keeper arrested last week was charged yesterday with criminal damage", "Ardenzan National Police",
  "name before: The Ardenzan National Police says", "says", note="present tense, 'that' left out")
Q(R5, D, "five long days of patience", "Cosmo Ferrabee",
  "pronoun before: He thanks Thistlecombe for → Ferrabee ('Ferrabee opens.', the sentence before)", "thanks", partial=True,
  note="a quoted fragment with no clause around it: a direct partial record only")
Q(R5, I, "the Zoo Licensing Authority will visit all 23 of the country's zoos by 30 June", "Cosmo Ferrabee",
  "pronoun before: He thanks ... and says → Ferrabee", "says", note="present tense, without 'that'")
Q(R5, D, "Kosvaria lent us a leopard and then lent us a vet. We owe Edervar an apology, and it has had one.", "Cosmo Ferrabee",
  "surname before a colon: Ferrabee: (no speech verb)", None,
  note="multi-sentence; a name and a colon introduce the quote; Edervar inside it is Kosvaria's government (metonym)")
Q(R5, I, "the hunt used 212 officers, two helicopters and 14 drones and cost about €1.3 million", "Griselda Tapley",
  "surname before: Tapley, sitting between Ferrabee and Quarterman, says", "says", note="present tense, without 'that'")
Q(R5, D, "Not a single shot was fired. I am prouder of that than of anything in 31 years of policing,", "Griselda Tapley",
  "pronoun after: she says → Tapley, the subject of the sentence before, not Philomena Quarterman (named in its participle phrase)",
  "says", note="multi-sentence")
Q(R5, I, "whether she offered to resign", None, "unresolved: A reporter asks Quarterman (an unnamed reporter)", "asks",
  note="an indirect question")
Q(R5, D, "I offered on Friday. The board refused, and the inspectors will have the final say,", "Philomena Quarterman",
  "title alone after: the director says → Quarterman, the one asked", "says", note="multi-sentence")
Q(R5, I, "Mirka has put on a kilo since Thursday and is \"bored, which is a very good sign\"", "Zsofia Berkenyi",
  "surname before: Berkenyi, speaking from Edervar, says", "says", channel="video link",
  note="present tense, without 'that'; the video link is given in the 08:40 entry")
Q(R5, D, "bored, which is a very good sign", "Zsofia Berkenyi", "surname before: Berkenyi, speaking from Edervar, says", "says",
  channel="video link", partial=True, note="the closing mark comes before the full stop")
Q(R5, I, "The zoo will reopen on 1 April with a new gate, two new locks and a night keeper on every shift", "Philomena Quarterman",
  "surname after the clause: Quarterman says", "says", note="clause first, present tense after")
Q(R5, I, "the two zoos will decide together and that the choice will not be his", "Cosmo Ferrabee",
  "surname before: Ferrabee says", "says",
  note="present tense; '... and that ...': one record, the first clause without 'that'; the passive question before it "
       "('Asked whether Mirka will go back ...') has no asker and is not a record")
Q(R5, D, "I am a minister, not a zookeeper,", "Cosmo Ferrabee", "pronoun after: he adds → Ferrabee (the sentence before)", "adds")
Q(R5, I, "he has asked the ZLA to publish every inspection report since 2030", "Cosmo Ferrabee",
  "surname before: In an interview recorded for RTA's Lamplight programme, ..., Ferrabee says", "says",
  channel="television interview with RTA's Lamplight", note="the channel comes before the speaker")
Q(R5, I, "the zoo paid for the three ewes on Monday", "Bryony Threlfall", "name before: Bryony Threlfall tells RTA that", "tells",
  channel="interview with RTA")
Q(R5, I, "he would rather Mirka stayed in Ardenza", "Emlyn Threlfall",
  "relation and first name before: Her husband, Emlyn, says → Emlyn Threlfall (Bryony Threlfall's husband)", "says",
  note="present tense, without 'that'")
Q(R5, D, "She's ours now. She has eaten our sheep,", "Emlyn Threlfall", "pronoun after: he says → Emlyn (the sentence before)",
  "says", note="multi-sentence; 'She' inside is Mirka")
Q(R5, I, "there will be a street party for the search teams on Saturday", "Osric Blandford",
  "name before: Osric Blandford, Thistlecombe's mayor, says", "says", note="present tense, without 'that'")
Q(R5, D, "Bring a torch and bring a song,", "Osric Blandford", "pronoun after: he says → Blandford (the sentence before)", "says")
Q(R5, I, "it will picket the reopening on 1 April", "Wild Hearts Ardenza", "acronym before: WHA says", "says",
  note="present tense, without 'that'")
Q(R5, I, "zoos should stop breeding big cats", "Linus Carrow",
  "name before: Its spokesman, Linus Carrow, told RTA earlier this month that", "told", channel="interview with RTA")
Q(R5, I, "more than 3,000 toy snow leopards have been sold online since Sunday", "Thistlecombe Zoo",
  "name before: Thistlecombe Zoo says", "says", note="present tense, without 'that'")


# ---------------------------------------------------------------- entities
E("Ardenza", "country", ["Ardenza", ("Velmont", None, ["Velmont has thanked", "Velmont has agreed"])],
  metonyms=[{"alias": "Velmont", "metonym_of": "Ardenza (its government)"}], adjectival=["Ardenzan"],
  note="\"Velmont has thanked Edervar\" (R2) and \"Velmont has agreed to pay for both flights\" (R4, whose dateline is EDERVÁR) "
       "are the government; the dateline VELMONT (R1), \"in Velmont\" (R1, R2) and \"to Velmont\" (R3) are the city; nested in "
       "\"Wild Hearts Ardenza\" it is not a mention")
E("Velmont", "city", ["VELMONT", "Velmont"],
  note="Ardenza's capital; the dateline of R1; the two metonym contexts are claimed by Ardenza")
E("Kosvaria", "country", ["Kosvaria", "Koszvária", ("Edervar", None, ["Edervar would send", "thanked Edervar", "owe Edervar"])],
  metonyms=[{"alias": "Edervar", "metonym_of": "Kosvaria (its government)"}], adjectival=["Kosvarian", "Koszvárian"],
  note="spelt \"Koszvária\" (sz for s, and an accent) in the Edervári Hírlap; \"Edervar would send\" (R1), \"thanked Edervar\" (R2) "
       "and \"We owe Edervar an apology\" (R5, inside a quote) are the government; \"from Edervar\" (R5, twice) is the city")
E("Edervar", "city", ["Edervar", "Edervár", "EDERVÁR"],
  note="Kosvaria's capital, spelt Edervár in the Hírlap (its dateline EDERVÁR, \"Edervár airport\", \"from Edervár\"); nested in "
       "\"Edervar Zoo\"/\"Edervár Zoo\" it is not a mention")
E("Thistlecombe", "town", ["Thistlecombe"],
  note="the town of the zoo; nested in \"Thistlecombe Zoo\" it is not a mention; \"thanks Thistlecombe\" (R5) is the town's people")
E("Thistlecombe Zoo", "organisation", ["Thistlecombe Zoo"], note="\"the zoo\" and \"Zoo boss\" are not annotated")
E("Edervar Zoo", "organisation", ["Edervar Zoo", "Edervár Zoo"], note="Mirka's birthplace and Berkenyi's employer")
E("Ambry Cross", "village", ["Ambry Cross"], note="the village by the Threlfalls' farm")
E("Sallow Quarry", "place", ["Sallow Quarry"],
  note="where Mirka was caught; \"That quarry\", \"the quarry\", \"an Ardenzan quarry\" and \"the quarry road\" are not annotated")
E("Mirka", "animal", ["Mirka"], note="the snow leopard, a female ('she'): never a speaker")
E("Ardenzan National Police", "organisation", ["Ardenzan National Police", "ANP"],
  note="\"an ANP spokeswoman\" (R3); \"police\", \"the Ardenzan police\", \"Detectives\", \"Officers\" are not annotated")
E("Environment Ministry", "organisation", ["Environment Ministry"],
  note="Ardenza's ministry (R1; \"the Environment Ministry’s press office\" in R2); the two countries' \"environment ministries\" "
       "(R4) are not annotated")
E("Zoo Licensing Authority", "organisation", ["Zoo Licensing Authority", "ZLA"], note="\"the ZLA’s chief inspector\" (R2)")
E("Wild Hearts Ardenza", "group", ["Wild Hearts Ardenza", "WHA", ("Wild Hearts", [R3])],
  note="an animal-rights group; only its acronym in R2 and R5; the tabloid's label \"the Wild Hearts mob\" (R3)")
E("joint statement", "document", ["joint statement"], note="the two environment ministries' joint statement (R4), a speaker")
E("police sources", "group", ["Police sources", "police sources"], note="unnamed police sources as speakers (R1, R2)")
E("Radio-Television Ardenza", "media outlet", ["RTA"], note="the broadcaster of R5; only as its acronym in the texts")
E("Lamplight", "programme", ["Lamplight"], note="RTA's programme (R5)")
E("Harebell FM", "media outlet", ["Harebell FM"], note="a local radio station (R1)")
E("X", "platform", ["X"])
E("Plover Press Agency", "news agency", ["PPA"], note="only as its acronym, in its own dateline")
E("The Velmont Sextant", "media outlet", [("Sextant", [R2])], note="\"told the Sextant\" (R2, twice)")
E("The Daily Holler", "media outlet", [("Holler", [R3])], note="\"told the Holler\" (R3, twice)")
E("Edervári Hírlap", "media outlet", [("Hírlap", [R4])], note="\"told the Hírlap\" (R4)")
E("Cosmo Ferrabee", "person",
  ["Environment Minister Cosmo Ferrabee", "Ferrabee", "Kozmo Ferrabee", ("the minister", None, ["the minister said"]),
   ("The minister", None, ["The minister stated"])],
  note="Ardenza's environment minister; spelt \"Kozmo\" in the Hírlap; \"I am a minister\" (R5) is not a mention")
E("Griselda Tapley", "person",
  ["Ch Supt Griselda Tapley", "Griselda Tapley", "Ch Supt Tapley", ("Tapley", None, ["beside Tapley", "Tapley, sitting"])],
  note="the police chief; \"police chief Griselda Tapley\" (R3); never confused with Ned Tapley (\"no relation\")")
E("Ned Tapley", "person", ["Ned Tapley", ("Ned", [R3])], note="a schoolboy, 9, who first saw Mirka (R3)")
E("Philomena Quarterman", "person",
  ["Dr Philomena Quarterman", "Quarterman", ("the zoo's director", [R1]), ("The zoo’s director", [R2]),
   ("the director", None, ["told the director so", "the director says"])],
  note="the zoo's director; \"the director\" inside Ferrabee's quote (R2) is her; \"the director of Thistlecombe Zoo\" (R5) and "
       "\"its director\" (R4) are not annotated as mentions")
E("Lemuel Ashby", "person", ["Head keeper Lemuel Ashby"], note="the zoo's head keeper, 58 (R3)")
E("Osric Blandford", "person", ["Osric Blandford", ("the mayor", None, ["the mayor, Osric"])],
  note="mayor of Thistlecombe; \"Thistlecombe's mayor\" (R5) is not annotated as an alias")
E("Emlyn Threlfall", "person", ["Emlyn Threlfall", ("Threlfall", None, ["Threlfall, 61"]), ("Emlyn", [R5])],
  note="the sheep farmer; the bare \"Threlfall, 61, ... says he\" (R3) is him; \"Her husband, Emlyn\" (R5)")
E("Bryony Threlfall", "person", ["Bryony Threlfall", ("Bryony", [R2, R3])],
  note="his wife; \"his wife, Bryony\" (R2), \"His wife Bryony, 57\" (R3); \"his wife\" alone is not annotated")
E("Cressida Wrangham", "person", ["Cressida Wrangham", "Wrangham"], note="the opposition's environment spokeswoman (R2)")
E("T. R. Hebblethwaite", "person", ["T. R. Hebblethwaite"], note="the ZLA's chief inspector, named by initials (R2)")
E("Linus Carrow", "person", ["Linus Carrow"], note="WHA's spokesman (R1, R3, R5)")
E("Zsofia Berkenyi", "person", ["Zsofia Berkenyi", "Berkenyi", "Sofia Berkenyi", "Zsófia Berkényi", "Berkényi"],
  note="the Edervar Zoo vet who hand-reared Mirka; spelt with diacritics in the Hírlap and \"Sofia\" in the Holler")
E("Denes Halmagyi", "person", ["Denes Halmagyi", "Denis Halmagyi", "Environment Minister Dénes Halmágyi", "Halmágyi"],
  note="Kosvaria's environment minister: Denes (PPA), Denis (Sextant), Dénes Halmágyi (Hírlap)")
E("Mate Szaloki", "person", ["Máté Szalóki"], note="an Edervár Zoo keeper (R4); canonical name without diacritics")
E("Piroska Zentai", "person", ["Piroska Zentai"], note="a retired teacher in Edervár, 68 (R4)")

DISTINCT = [
    ("Griselda Tapley", "Ned Tapley", "two people who share a surname, not related (R3: \"no relation\"; \"Ch Supt Tapley\" right after Ned is Griselda)"),
    ("Emlyn Threlfall", "Bryony Threlfall", "husband and wife (R2, R3, R5; the bare \"Threlfall, 61\" is Emlyn)"),
    ("Ardenza", "Velmont", "the government (metonym) vs the capital city (dateline of R1)"),
    ("Kosvaria", "Edervar", "the government (metonym) vs the capital city (dateline of R4)"),
    ("Thistlecombe", "Thistlecombe Zoo", "the town vs the zoo named after it"),
    ("Edervar", "Edervar Zoo", "the city vs the zoo named after it"),
    ("Thistlecombe Zoo", "Edervar Zoo", "the two zoos"),
    ("Cosmo Ferrabee", "Denes Halmagyi", "the two countries' environment ministers"),
    ("Environment Ministry", "Cosmo Ferrabee", "the ministry vs its minister"),
    ("Zoo Licensing Authority", "T. R. Hebblethwaite", "the authority vs its chief inspector"),
    ("Philomena Quarterman", "Griselda Tapley", "two women in one R1 sentence (\"she said\" is Quarterman) and one R5 entry (\"she says\" is Tapley)"),
    ("Cressida Wrangham", "Philomena Quarterman", "two women in one R2 sentence (\"she said\" is Wrangham)"),
    ("Lemuel Ashby", "Emlyn Threlfall", "two men in one R3 sentence (\"he said\" is Ashby)"),
    ("Mate Szaloki", "Denes Halmagyi", "two men in one R4 sentence (\"he said\" is Szalóki)"),
    ("Zsofia Berkenyi", "Mirka", "the vet vs the leopard, both 'she' (R4: \"She said that\" is Berkényi)"),
    ("Linus Carrow", "Wild Hearts Ardenza", "the spokesman vs his group"),
    ("Cosmo Ferrabee", "Linus Carrow", "two men in consecutive R1 paragraphs (\"he told Harebell FM\" is Carrow)"),
    ("joint statement", "Environment Ministry", "the two ministries' document vs the Ardenzan ministry"),
    ("police sources", "Ardenzan National Police", "unnamed sources vs the force"),
    ("Radio-Television Ardenza", "Lamplight", "the broadcaster vs its programme"),
    ("Radio-Television Ardenza", "Harebell FM", "two broadcasters"),
    ("Ambry Cross", "Sallow Quarry", "the village vs the quarry"),
    ("Osric Blandford", "Thistlecombe", "the mayor vs his town"),
]


# ---------------------------------------------------------------- times
# R1 anchor Mon 2036-03-10
T(R1, "March 10", "date", "2036-03-10", "dateline; month and day, year of the publication date")
T(R1, "late on Saturday", "weekday", "2036-03-08", "the latest Saturday before the anchor (Mon 2036-03-10)")
T(R1, "on Monday", "weekday", "2036-03-10", "the anchor day (\"was still missing on Monday\")", after="still missing ")
T(R1, "21:40 local time", "time", "2036-03-08T21:40:00+01:00",
  "\"local time\" in Ardenza; the GMT equivalent in brackets (20:40 GMT) fixes the offset at UTC+1; the day from \"on Saturday\" after it")
T(R1, "20:40 GMT", "time", "2036-03-08T20:40:00+00:00", "the same instant as 21:40 local time, written in GMT")
T(R1, "on Saturday", "weekday", "2036-03-08", "the latest Saturday before the anchor", after="(20:40 GMT) ")
T(R1, "on Sunday", "weekday", "2036-03-09", "the latest Sunday before the anchor (\"told reporters ... on Sunday\")",
  after="reporters in Thistlecombe ")
T(R1, "today", "relative", "2036-03-10", "the anchor day (\"Schools ... are closed today\")")
T(R1, "on Tuesday", "weekday", "2036-03-11", "future (\"will stay shut on Tuesday\"): the first Tuesday after the anchor",
  after="stay shut ")
T(R1, "on Sunday evening", "weekday", "2036-03-09", "the latest Sunday before the anchor")
T(R1, "on Saturday afternoon", "weekday", "2036-03-08", "the latest Saturday before the anchor")
T(R1, "Feb. 19", "date", "2036-02-19", "abbreviated month and day without a year, past: the year that puts it nearest the anchor")
T(R1, "in 2030", "date", "2030-01-01/2030-12-31", "a year", granularity="year")
T(R1, "since 2033", "date", "2033-01-01/2033-12-31", "a year", granularity="year")
T(R1, "on Sunday", "weekday", "2036-03-09", "the latest Sunday before the anchor (\"wrote in a post on X on Sunday\")",
  after="post on X ")
T(R1, "on Tuesday morning", "weekday", "2036-03-11", "future (\"would land on Tuesday morning\"): the first Tuesday after the anchor")
T(R1, "on Monday", "weekday", "2036-03-10", "the anchor day (\"who visited the town on Monday\")", after="visited the town ")
T(R1, "Today", "relative", "2036-03-10", "the anchor day (inside Ferrabee's quote, spoken on his visit that day)")
T(R1, "since Saturday", "weekday", "2036-03-08", "the latest Saturday before the anchor (inside the farmer's quote)")

# R2 anchor Wed 2036-03-12
T(R2, "on Monday night", "weekday", "2036-03-10", "the latest Monday before the anchor (Wed 2036-03-12)")
T(R2, "two days", "duration", "P2D", "duration (\"in more than two days\")")
T(R2, "on Saturday", "weekday", "2036-03-08", "the latest Saturday before the anchor (\"fled Thistlecombe Zoo on Saturday\")")
T(R2, "yesterday", "relative", "2036-03-11", "the day before the anchor (\"the Ardenzan National Police said yesterday\")")
T(R2, "on Tuesday", "weekday", "2036-03-11", "the latest Tuesday before the anchor (\"at first light on Tuesday\")",
  after="first light ")
T(R2, "on Tuesday morning", "weekday", "2036-03-11", "the latest Tuesday before the anchor")
T(R2, "on Thursday", "weekday", "2036-03-13", "future (\"will search the quarry ... at dawn on Thursday\"): the first Thursday after the anchor")
T(R2, "on Tuesday night", "weekday", "2036-03-11", "the latest Tuesday before the anchor")
T(R2, "last month", "relative", "2036-02-01/2036-02-29", "the month before the anchor's (February of a leap year)",
  granularity="month")
T(R2, "1 March", "date", "2036-03-01", "day and month without a year (a deadline already past): the year that puts it nearest the anchor")
T(R2, "on Monday", "weekday", "2036-03-10", "the latest Monday before the anchor (\"told staff on Monday\")", after="told staff ")
T(R2, "on Tuesday afternoon", "weekday", "2036-03-11", "the latest Tuesday before the anchor")
T(R2, "in October", "date", "2035-10-01/2035-10-31", "a month without a year, past (\"until he was dismissed in October\"): the nearest October before the anchor",
  granularity="month")
T(R2, "last year", "relative", "2035-01-01/2035-12-31", "the year before the anchor's", granularity="year")

# R3 anchor Fri 2036-03-14
T(R3, "7.25 p.m.", "time", "unresolved", "clock time (dot separator) with no zone given; the day is Thursday 13 March (\"yesterday\")")
T(R3, "yesterday", "relative", "2036-03-13", "the day before the anchor (\"at 7.25 p.m. yesterday\")")
T(R3, "in 2033", "date", "2033-01-01/2033-12-31", "a year", granularity="year")
T(R3, "on Sunday morning", "weekday", "2036-03-09", "the latest Sunday before the anchor (Fri 2036-03-14)")
T(R3, "on Monday night", "weekday", "2036-03-10", "the latest Monday before the anchor")
T(R3, "this week", "relative", "2036-03-10/2036-03-16", "the Monday–Sunday week of the anchor (inside Bryony Threlfall's quote)")
T(R3, "on Tuesday", "weekday", "2036-03-11", "the latest Tuesday before the anchor (\"arrested on Tuesday\")")
T(R3, "today", "relative", "2036-03-14", "the anchor day (\"will question ... for a second time today\")")
T(R3, "April 1", "date", "2036-04-01", "month and day without a year (\"will stay shut until April 1\"): the nearest, future")

# R4 anchor Sat 2036-03-15
T(R4, "15 March", "date", "2036-03-15", "dateline in day-month order; year of the publication date")
T(R4, "late Friday", "weekday", "2036-03-14", "the latest Friday before the anchor (Sat 2036-03-15)")
T(R4, "this morning", "relative", "2036-03-15", "the anchor day")
T(R4, "2 May 2030", "date", "2030-05-02", "an explicit date with its year")
T(R4, "22:40 EET", "time", "2036-03-08T22:40:00+02:00",
  "clock time with a zone (EET = UTC+2) on \"last Saturday\": the same instant as 21:40 local time (20:40 GMT) in R1")
T(R4, "last Saturday", "weekday", "2036-03-08", "the Saturday of the week before the anchor's (Sat 2036-03-15)")
T(R4, "four days", "duration", "P4D", "duration (\"for more than four days\")")
T(R4, "20:25 EET", "time", "2036-03-13T20:25:00+02:00", "clock time with a zone (EET = UTC+2), on \"on Thursday\" after it")
T(R4, "on Thursday", "weekday", "2036-03-13", "the latest Thursday before the anchor (\"found her at 20:25 EET on Thursday\")",
  after="20:25 EET ")
T(R4, "on Friday afternoon", "weekday", "2036-03-14", "the latest Friday before the anchor")
T(R4, "in May", "date", "2036-05-01/2036-05-31", "a month without a year, future (inside the partial quote \"home in May\")",
  granularity="month")
T(R4, "yesterday", "relative", "2036-03-14", "the day before the anchor (\"A joint statement issued yesterday\")")
T(R4, "on Thursday night", "weekday", "2036-03-13", "the latest Thursday before the anchor")
T(R4, "earlier this month", "relative", "2036-03-01/2036-03-14", "from the first of the anchor's month to the day before the anchor")

# R5 anchor Tue 2036-03-18
T(R5, "Tuesday 18 March", "date", "2036-03-18", "weekday, day and month without a year in the blog's header: the anchor day")
for stamp in ("08:40", "09:15", "11:02", "11:09", "11:16", "11:24", "11:31", "11:40", "11:52", "12:05", "12:30", "12:55", "13:20",
              "13:45"):
    T(R5, f"{stamp} CET", "time", f"2036-03-18T{stamp}:00+01:00",
      "a live-blog entry stamp with a zone (CET = UTC+1), on a line of its own, on the anchor day")
T(R5, "11:00 CET", "time", "2036-03-18T11:00:00+01:00", "clock time with a zone, on the anchor day (\"speak at\")")
T(R5, "10:00 GMT", "time", "2036-03-18T10:00:00+00:00", "the same instant as 11:00 CET, written in GMT")
T(R5, "12:00 EET", "time", "2036-03-18T12:00:00+02:00", "the same instant as 11:00 CET, written in EET (three zones, one instant)")
T(R5, "last Thursday", "weekday", "2036-03-13", "\"since last Thursday\": the Thursday of the week before the anchor's (Tue 2036-03-18)")
T(R5, "last week", "relative", "2036-03-10/2036-03-16", "the Monday–Sunday week before the anchor's")
T(R5, "yesterday", "relative", "2036-03-17", "the day before the anchor (\"was charged yesterday\")")
T(R5, "five long days", "duration", "P5D", "duration (inside the partial quote \"five long days of patience\")")
T(R5, "30 June", "date", "2036-06-30", "day and month without a year (\"will visit ... by 30 June\"): the nearest, future")
T(R5, "on Friday", "weekday", "2036-03-14", "the latest Friday before the anchor (inside Quarterman's quote \"I offered on Friday\")")
T(R5, "since Thursday", "weekday", "2036-03-13", "the latest Thursday before the anchor (\"has put on a kilo since Thursday\")")
T(R5, "1 April", "date", "2036-04-01", "day and month without a year (\"will reopen on 1 April\"): the nearest, future",
  after="will reopen on ")
T(R5, "in May", "date", "2036-05-01/2036-05-31", "a month without a year, future (\"go back to Kosvaria in May\")",
  granularity="month")
T(R5, "tonight", "relative", "2036-03-18", "the anchor day (\"to be broadcast tonight\")")
T(R5, "since 2030", "date", "2030-01-01/2030-12-31", "a year", granularity="year")
T(R5, "on Monday", "weekday", "2036-03-17", "the latest Monday before the anchor (\"paid for the three ewes on Monday\")")
T(R5, "on Saturday", "weekday", "2036-03-22", "future (\"there will be a street party ... on Saturday\"): the first Saturday after the anchor")
T(R5, "1 April", "date", "2036-04-01", "day and month without a year (\"will picket the reopening on 1 April\"): the nearest, future",
  after="picket the reopening on ")
T(R5, "earlier this month", "relative", "2036-03-01/2036-03-17", "from the first of the anchor's month to the day before the anchor")
T(R5, "since Sunday", "weekday", "2036-03-16", "the latest Sunday before the anchor (\"sold online since Sunday\")")
T(R5, "31 years", "duration", "P31Y", "duration (inside Tapley's quote, \"in 31 years of policing\")")


# ---------------------------------------------------------------- numbers
N(R1, "roughly 14,000 residents", 14000, "resident", "count", approx="about", note="\"roughly\" read as about")
N(R1, "six-year-old", 6, "year", "age", note="an age written as a hyphenated adjective (\"a six-year-old female\"), word number")
N(R1, "180 officers", 180, "officer", "count")
N(R1, "two helicopters", 2, "helicopter", "count", after="180 officers, ", note="word number")
N(R1, "12 drones", 12, "drone", "count")
N(R1, "four or five days", 4, "day", "duration", low=4, high=5, note="a range written with or, word numbers")
N(R1, "400 ewes", 400, "ewe", "count", note="inside a quote")
N(R1, "about 200 metres", 200, "metre", "count", approx="about")

N(R2, "Three ewes", 3, "ewe", "count", note="sentence-initial word number")
N(R2, "more than two days", 2, "day", "duration", approx="more_than", note="word number")
N(R2, "some nine centimetres", 9, "centimetre", "count", approx="about", note="\"some\" read as about; word number")
N(R2, "three", 3, "ewe", "count", after="She took ", note="\"She took three\": the noun (ewes) elided, inside a quote")
N(R2, "250", 250, "ewe", "count", note="\"the other 250\": the noun (ewes) elided, inside a quote")
N(R2, "roughly six kilometres", 6, "kilometre", "count", approx="about", note="word number")
N(R2, "34-year-old", 34, "year", "age", note="an age written as a hyphenated adjective")
N(R2, "Some 40 per cent", 40, "percent", "percent", approx="about", note="\"per cent\" in two words; \"Some\" read as about")
N(R2, "at least €420,000", 420000, "eur", "money", approx="at_least")

N(R3, "three weeks", 3, "week", "age", note="\"when she was three weeks old\": an age in weeks, word number, inside a quote")
N(R3, "less than 50 metres", 50, "metre", "count", approx="less_than")
N(R3, "five verses", 5, "verse", "count", note="word number inside a quote")
N(R3, "58", 58, "year", "age", note="an age (\"Lemuel Ashby, 58,\")")
N(R3, "38 kilos", 38, "kilo", "count", note="inside a quote")
N(R3, "three hundred", 300, "kilo", "count", note="\"it felt like three hundred\": word number, the noun (kilos) elided, inside a quote")
N(R3, "9", 9, "year", "age", after="Ned Tapley, ", note="an age (\"Ned Tapley, 9,\")")
N(R3, "61", 61, "year", "age", note="an age (\"Threlfall, 61,\")")
N(R3, "three ewes", 3, "ewe", "count", note="word number")
N(R3, "€900", 900, "eur", "money")
N(R3, "57", 57, "year", "age", note="an age (\"His wife Bryony, 57,\")")
N(R3, "Four or five times", 4, "time", "count", low=4, high=5,
  note="a range written with or, word numbers, sentence-initial inside a quote")
N(R3, "Nine hundred euros", 900, "eur", "money", note="word number with the currency as a word, inside a quote")
N(R3, "212 officers", 212, "officer", "count")

N(R4, "more than four days", 4, "day", "duration", approx="more_than", note="word number")
N(R4, "six kilometres", 6, "kilometre", "count", note="word number")
N(R4, "two countries'", 2, "country", "count", note="word number with a possessive plural (\"the two countries' environment ministries\")")
N(R4, "two zoos", 2, "zoo", "count", note="word number")
N(R4, "two snow leopard cubs", 2, "cub", "count", note="word number, a compound noun between number and head")
N(R4, "68", 68, "year", "age", note="an age (\"Piroska Zentai, 68,\")")
N(R4, "212 police officers", 212, "officer", "count", note="a noun between number and head")
N(R4, "about €1.1 million", 1100000, "eur", "money", approx="about")

N(R5, "34-year-old", 34, "year", "age", note="an age written as a hyphenated adjective")
N(R5, "five long days", 5, "day", "duration", note="word number with an adjective before the noun, inside a partial quote")
N(R5, "23", 23, "zoo", "count", note="\"all 23 of the country's zoos\": the noun after \"of the country's\"")
N(R5, "212 officers", 212, "officer", "count")
N(R5, "two helicopters", 2, "helicopter", "count", note="word number")
N(R5, "14 drones", 14, "drone", "count")
N(R5, "about €1.3 million", 1300000, "eur", "money", approx="about")
N(R5, "31 years", 31, "year", "duration", note="inside a quote")
N(R5, "two new locks", 2, "lock", "count", note="word number, an adjective between number and noun")
N(R5, "three ewes", 3, "ewe", "count", note="word number")
N(R5, "two zoos", 2, "zoo", "count", note="word number")
N(R5, "more than 3,000 toy snow leopards", 3000, "toy snow leopard", "count", approx="more_than",
  note="a compound noun after the number")

ABOUT = ("Gold for the read stage on the invented held-out reports of demo/read-heldout11/reports.jsonl, "
         "written and committed before any reader ran on them. `file` is the report's `id`; `start`/`end` "
         "are BYTE offsets into the UTF-8 encoding of the report's `text` field; text[start:end] begins "
         "with `span`. Same format as demo/read-heldout10/gold.json. Generated by build_gold.py. See README.md here.")


G.write(ABOUT, DISTINCT, detailed=True)
