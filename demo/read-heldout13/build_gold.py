#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and the annotations below.

Run from anywhere: `python3 demo/read-heldout13/build_gold.py`. Offsets are computed here from the spans
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
# R1: Keelson News Service, 2038-11-16 (Tue; straight quotes; dateline "SKELDERWICK, Estmere, Nov. 16 (KNS) —", an
# abbreviated month with a period)
Q(R1, I, "Sixty-four pilot whales stranded overnight on Hessock Sands near the fishing town of Skelderwick, and at least nine were already dead by first light on Tuesday",
  "Kenver Trudgeon",
  "title + name after the clause: Station Officer Kenver Trudgeon of the Estmerian Coastguard Agency (ECA) said", "said",
  note="clause first (right after the dateline), attribution after; the organisation named inside the attribution is not the speaker")
Q(R1, D, "There were black shapes the whole length of the beach, and they were calling to each other. I have fished this firth for 30 years and never heard anything like it,",
  "Fergus Rudd", "surname after: Rudd told KNS → Fergus Rudd, named in full the sentence before", "told",
  channel="interview with KNS", note="multi-sentence")
Q(R1, D, "We are winning some and losing some. The ones we have lost, we lost in the night, before anyone could reach them,",
  "Annabel Gorringe", "name after (inverted): said Annabel Gorringe, the charity's coordinator on the beach", "said",
  note="multi-sentence")
Q(R1, I, "Vets put down five more whales during the afternoon", "Strandline Rescue",
  "description after the clause: according to the charity → Strandline Rescue (\"the marine-mammal charity Strandline Rescue\", "
  "the paragraph before)", "according to", note="clause first, 'according to' after")
Q(R1, I, "Skelderwick's two schools closed for the day so that teachers and older pupils could join the bucket lines",
  "Skelderwick Town Council", "name after the clause: according to Skelderwick Town Council", "according to",
  note="clause first, 'according to' after")
Q(R1, I, "three of the stranded whales carried satellite tags its scientists fitted off the island of Solvoy in August, among them a female the institute knows as VM-17",
  "Hjorvik Marine Institute", "name before: The Hjorvik Marine Institute (HMI) in neighbouring Vestmoria said", "said",
  note="reported speech without 'that'; a place phrase between the name and the verb")
Q(R1, D, "If she is on that beach, the pod followed her there. Where she goes, they go,", "Tuva Ardal",
  "surname after: Ardal said before leaving Hjorvik → Dr Tuva Ardal, the sentence before", "said",
  note="multi-sentence; 'she' inside is the whale VM-17")
Q(R1, D, "I am not saying the survey did this. I am saying we will not find out by carrying on,", "Augustin Fairweather",
  "pronoun after: he said → Marine Minister Augustin Fairweather, the subject of the sentence before", "said",
  note="multi-sentence; the sentence before ('ordered Halberd Energy to stop a seismic survey') is an order, not speech, and is no record")
Q(R1, I, "the vessel had been working more than 60 kilometres from the beach and had kept to \"every rule in its licence\"",
  "Halberd Energy", "short name before: Halberd said in a statement that", "said", channel="statement",
  note="'had ... and had ...': one record")
Q(R1, D, "every rule in its licence", "Halberd Energy", "short name before: Halberd said in a statement that", "said",
  channel="statement", partial=True, note="the closing mark comes before the full stop")
Q(R1, I, "The last mass stranding on Hessock Sands, in 2031, killed 30 whales", "Estmerian Coastguard Agency",
  "description after the clause: the coastguard said → the Estmerian Coastguard Agency (named in the first paragraph)", "said",
  note="clause first, attribution after")

# R2: The Callowport Warden, 2038-11-18 (Thu; curly quotes and curly apostrophes; "per cent"; no dateline)
Q(R2, D, "You could see them talking to each other out past the breakers. Then they just went,", "Annabel Gorringe",
  "name after (inverted): said Annabel Gorringe, the coordinator of Strandline Rescue", "said",
  note="multi-sentence; 'them' inside is the whales")
Q(R2, I, "the tagged female VM-17 was among the first to leave and that the rest of the pod had followed her", "Tuva Ardal",
  "title + name before: Dr Tuva Ardal of the Hjorvik Marine Institute, who flew in ..., said that", "said",
  note="'that ... and that ...': one record; a relative clause between the name and the verb")
Q(R2, D, "She is at least 40 years old. She has led this family through worse water than the Dunhallow Firth,", "Tuva Ardal",
  "surname after: Ardal said", "said", note="multi-sentence; 'She' inside is the whale VM-17 (Old Bess)")
Q(R2, I, "the halt to Halberd Energy’s survey would last “as long as it takes” and that he had asked the Estmere Veterinary Laboratory to examine a dozen of the dead whales for damage to their hearing",
  "Augustin Fairweather", "title + name before: Marine Minister Augustin Fairweather, who visited the beach ..., told the Warden that",
  "told", channel="interview with the Warden", note="'that ... and that ...': one record")
Q(R2, D, "as long as it takes", "Augustin Fairweather", "title + name before: Marine Minister Augustin Fairweather ... told the Warden that",
  "told", channel="interview with the Warden", partial=True)
Q(R2, D, "theatre", "Barnaby Quillfeather",
  "name before: Halberd’s chief executive, Barnaby Quillfeather, called that", "called", channel="TV interview with EBC",
  partial=True, note="a one-word quoted fragment with no reported clause around it: a direct partial record only")
Q(R2, I, None, "Barnaby Quillfeather",
  "pronoun in the middle: he said → Quillfeather, the subject of the sentence before, not Fairweather (the paragraph before; "
  "'the minister’s' inside the clause)", "said", channel="TV interview with EBC",
  parts=["The company’s air guns", "were fired at a level set by the minister’s own department"],
  note="reported speech split by its attribution (', he said,')")
Q(R2, D, "We did not put those whales on that beach. Wind, tide and bad luck did,", "Barnaby Quillfeather",
  "pronoun after: he added → Quillfeather", "added", channel="TV interview with EBC", note="multi-sentence")
Q(R2, I, "his country’s scientists were “proud to stand in the water with our neighbours”", "Eirik Braekhus",
  "name before: Vestmoria’s fisheries minister, Eirik Braekhus, said on X that", "said", channel="post on X")
Q(R2, D, "proud to stand in the water with our neighbours", "Eirik Braekhus",
  "name before: Eirik Braekhus, said on X that", "said", channel="post on X", partial=True,
  note="the closing mark comes before the full stop")
Q(R2, I, "why the survey had been licensed for the weeks when pilot whales pass through the firth", "Ursula Wetherell",
  "name before: the opposition’s marine spokeswoman, Ursula Wetherell, asked", "asked",
  note="an indirect question (asked why ...)")
Q(R2, I, "its records show eight strandings on the Estmerian coast in the past ten years", "Estmerian Coastguard Agency",
  "description before: The coastguard says → the Estmerian Coastguard Agency", "says",
  note="present tense in a broadsheet, without 'that'; the ECA is named only in R1")
Q(R2, D, "I have stopped counting the cups,", "Elspeth Rudd",
  "pronoun after: she said → Elspeth, the subject of the sentence before (\"His wife, Elspeth\")", "said")
Q(R2, I, "he would go back to sea on Monday “if the whales let me”", "Fergus Rudd",
  "surname before: Rudd said → Fergus Rudd, named in full in the paragraph; his wife is only \"Elspeth\" and is 'she'", "said",
  note="reported speech without 'that'; a future weekday inside")
Q(R2, D, "if the whales let me", "Fergus Rudd", "surname before: Rudd said", "said", partial=True,
  note="the closing mark comes before the full stop")

# R3: The Daily Rattle, 2038-11-19 (Fri; curly quotes and curly apostrophes; no dateline; no time zone anywhere ("3.05pm"))
Q(R3, D, "She had the saddest eyes,", "Callum Rudd", "first name after: Callum told the Rattle", "told",
  channel="interview with the Rattle", note="'She' inside is the calf Biscuit")
Q(R3, D, "I told her, ‘Your mum’s right here, don’t be scared,’ and she went quiet.", "Callum Rudd",
  "continuation: the second quote of Callum's answer, after \"Callum told the Rattle.\"", None, channel="interview with the Rattle",
  note="holds a quote inside the quote, introduced by 'I told her,'")
Q(R3, D, "Your mum’s right here, don’t be scared,", "Callum Rudd",
  "inside the outer quote: 'I told her' → the outer speaker himself", "told",
  note="quote inside a quote (curly single marks); the apostrophes of mum’s and don’t are the same character as the closing mark")
Q(R3, D, None, "Callum Rudd",
  "pronoun in the middle: he said → Callum, the subject of the sentence before, not his dad (Fergus, 'his dad up to his chest in the "
  "surf' in the same sentence)", "said",
  parts=["She went under a wave and came up blowing,", "and then she was gone. I didn’t even get to say goodbye."],
  note="split quote, the attribution (', he said,') between the parts; the second part is two sentences")
Q(R3, I, "the lad had “more stamina than half my volunteers”", "Annabel Gorringe",
  "label + name before: Boss Annabel Gorringe, 58, said", "said", note="reported speech without 'that'; 'the lad' is Callum")
Q(R3, D, "more stamina than half my volunteers", "Annabel Gorringe", "label + name before: Boss Annabel Gorringe, 58, said",
  "said", partial=True, note="the closing mark comes before the full stop")
Q(R3, I, "he had never been prouder", "Fergus Rudd", "relation and first name before: Dad Fergus, 47, said", "said",
  note="reported speech without 'that'")
Q(R3, D, "He wouldn’t come off the beach even to eat. I had to carry sandwiches down to him,", "Fergus Rudd",
  "pronoun after: he said → Fergus, the subject of the sentence before ('He' inside is Callum)", "said", note="multi-sentence")
Q(R3, D, "Nobody’s paid for a thing. Nobody’s asked to,", "Elspeth Rudd",
  "pronoun after: she said → Elspeth, the subject of the sentence before (\"Mum Elspeth, 44, ...\")", "said",
  note="multi-sentence; the apostrophes of Nobody’s are the same character as a closing single mark")
Q(R3, D, "They deafened them. Everyone on that beach knows it.", None,
  "unresolved: One volunteer, who gave no name, told the Rattle:", "told", channel="interview with the Rattle",
  note="multi-sentence; the quote after a colon")
Q(R3, I, "the ship was more than 60km away", "Halberd Energy", "short name before: Halberd insists", "insists",
  note="present tense, without 'that'; 'insists' as a speech verb")
Q(R3, I, "she is now leading the survivors north", "Hjorvik Marine Institute",
  "name before: The Hjorvik Marine Institute in neighbouring Vestmoria, which tagged ..., says", "says",
  note="present tense, without 'that'; 'she' is the whale Old Bess")
Q(R3, D, "She knows the way home,", "Tuva Ardal", "name after (inverted): said its whale expert Dr Tuva Aardal", "said",
  note="'She' inside is the whale")
Q(R3, I, "Two of the rescued whales swam back onto the sand at Colley Point yesterday morning but were pushed out again by volunteers",
  "Estmerian Coastguard Agency", "description after the clause: the coastguard said → the Estmerian Coastguard Agency", "said",
  note="clause first, attribution after")
Q(R3, I, "the survey should never have been allowed", "Eirik Braekhus",
  "title + name before: Vestmorian fisheries minister Erik Braekhus said (the tabloid's spelling of Eirik)", "said",
  note="reported speech without 'that'")
Q(R3, D, "I’m going to find her when I’m a scientist. Biscuit won’t remember me, but I’ll remember her,", "Callum Rudd",
  "pronoun after: he vowed → Callum, named in the writer's question just before (\"And Callum?\"), not Erik Braekhus "
  "(the man named in the sentence before)", "vowed", note="multi-sentence; the answer to the writer's own question")

# R4: Hjørvik Avis, 2038-11-21 (Sun; straight quotes; dateline "HJØRVIK, 21 November —"; spells 'Hjørvik', 'Vestmøria',
# 'Vestmørian', 'Sølvøy', 'Dr Tuva Årdal', 'Eirik Brækhus', 'Ingvild Sæterdal', and the Estmerian 'Annabelle Gorringe')
Q(R4, D, "When the first signal came from a beach, I thought the tag had failed. Tags do not usually go ashore,", "Tuva Ardal",
  "surname after: Årdal told Hjørvik Avis at the airport", "told", channel="interview with Hjørvik Avis", note="multi-sentence")
Q(R4, D, "Then the second one came from the same beach, and the third, and I knew.", "Tuva Ardal",
  "continuation: follows Årdal's quote", None, channel="interview with Hjørvik Avis")
Q(R4, I, "the matriarch, known at the institute as VM-17, had taken the survivors 310 kilometres north since Wednesday and was now off the western cliffs of Sølvøy",
  "Tuva Ardal", "surname before: Årdal said that", "said")
Q(R4, I, "the whales were feeding again, which she called \"the best news of the week\"", "Tuva Ardal",
  "pronoun before: She noted that → Årdal, the subject of the sentence before", "noted")
Q(R4, D, "the best news of the week", "Tuva Ardal", "pronoun before: which she called → Årdal", "called", partial=True,
  note="the closing mark comes before the full stop")
Q(R4, I, "Vestmøria would pay for two more tags so that HMI could follow the calves", "Eirik Braekhus",
  "title + name before: Fisheries Minister Eirik Brækhus, who met Årdal at the airport, said", "said",
  note="reported speech without 'that'; a woman (Årdal) in the relative clause between the name and the verb")
Q(R4, I, "he had written to the Estmerian marine minister, Augustin Fairweather, on Friday to ask that seismic surveys in the Dunhallow Firth be banned in winter, \"when every whale in the north passes through it\"",
  "Eirik Braekhus", "pronoun before: He said that → Brækhus, the subject of the sentence before (Fairweather is named only inside "
  "the clause)", "said")
Q(R4, D, "when every whale in the north passes through it", "Eirik Braekhus", "pronoun before: He said that → Brækhus", "said",
  partial=True, note="the closing mark comes before the full stop")
Q(R4, I, "The results of the post-mortem examinations will be presented to parliament in Callowport, the Estmerian capital, on Tuesday, and Callowport has agreed to send them to HMI the same day",
  "Vestmorian Fisheries Ministry", "name after the clause: according to the Vestmørian Fisheries Ministry", "according to",
  note="clause first, 'according to' after; the second Callowport is Estmere's government (metonym)")
Q(R4, D, "She told us which whales would swim and which would not, and she was right every time,", "Annabel Gorringe",
  "name after (inverted): said Annabelle Gorringe of the rescue charity Strandline, speaking by telephone from Skelderwick", "said",
  channel="telephone", note="the Estmerian's name respelt by the Vestmørian paper; 'She' inside is Årdal")
Q(R4, D, "Those whales follow the herring, and so do we. If they are deaf, our boats will feel it,", "Ingvild Saeterdal",
  "name after (inverted): said Ingvild Sæterdal, who skippers a trawler out of Sølvøy", "said", note="multi-sentence")
Q(R4, I, "the Greyling Surveyor was too far away to harm the whales", "Halberd Energy",
  "name before: Halberd Energy, whose survey remains halted, has said", "said", note="present perfect, without 'that'")

# R5: Estmere Broadcasting Corporation live blog, 2038-11-23 (Tue; plain-text scrape; header "LIVE: ... - Tuesday 23 November"
# and a line "All times GMT"; each entry begins with a 12-hour stamp ("9.02am") on a line of its own; straight quotes)
Q(R5, I, "the week's rescue cost it about €48,000 and that donations have already covered it twice over", "Strandline Rescue",
  "name before: Strandline Rescue says in a statement that", "says", channel="statement", note="'that ... and that ...': one record")
Q(R5, I, "seven of the 12 whales his team examined had bleeding around the inner ear, \"consistent with exposure to intense underwater sound\"",
  "EVL findings", "document before: The EVL's findings say that", "say",
  note="a document as speaker; 'Moxley opens.' before it is no record")
Q(R5, D, "consistent with exposure to intense underwater sound", "EVL findings", "document before: The EVL's findings say that",
  "say", partial=True, note="the closing mark comes before the full stop")
Q(R5, D, "Consistent with is not the same as caused by. I want to be very clear about that,", "Cuthbert Moxley",
  "surname after: Moxley says", "says", note="multi-sentence")
Q(R5, I, None, "Cuthbert Moxley", "pronoun in the middle: he says → Moxley, the speaker of the sentence before", "says",
  parts=["The other five showed no such damage", "and two of them had stomachs full of plastic"],
  note="reported speech split by its attribution (', he says,')")
Q(R5, I, "the Greyling Surveyor fired its air guns every ten seconds, at the level its licence allows", "Barnaby Quillfeather",
  "surname before: Quillfeather tells the committee", "tells", note="present tense, without 'that'")
Q(R5, I, "whether he would apologise", "Ursula Wetherell",
  "name as the agent of a passive: Asked by the opposition's Ursula Wetherell whether ...", "asked",
  note="an indirect question; 'he' is Quillfeather")
Q(R5, D, "For what? For doing exactly what we were licensed to do?", "Barnaby Quillfeather",
  "pronoun before and a colon: he says: → Quillfeather, the one asked (Wetherell, the asker, is a woman)", "says",
  note="multi-sentence, two questions")
Q(R5, I, "the company \"hides behind its paperwork\"", "Ursula Wetherell",
  "surname before: Wetherell, who wants the survey licence revoked, says", "says", note="present tense, without 'that'")
Q(R5, D, "hides behind its paperwork", "Ursula Wetherell", "surname before: Wetherell, ..., says", "says", partial=True,
  note="the closing mark comes before the full stop")
Q(R5, I, "seismic surveys in the Dunhallow Firth will be banned every year from 1 December to 31 March, starting next week",
  "Augustin Fairweather", "surname before: Fairweather announces that", "announces")
Q(R5, I, None, "Augustin Fairweather",
  "pronoun in the middle: he says → Fairweather, the subject of the sentence before, not Quillfeather or Moxley (earlier entries)",
  "says", parts=["Halberd's licence will be reviewed", "\"not by me, but by people who know more about whales than I do\""],
  note="reported speech split by its attribution, its second part a partial quote")
Q(R5, D, "not by me, but by people who know more about whales than I do", "Augustin Fairweather",
  "pronoun in the middle: he says → Fairweather", "says", partial=True, note="the closing mark comes before the full stop")
Q(R5, I, "VM-17 and the rest of the pod are now feeding off Solvoy, more than 300 kilometres north", "Tuva Ardal",
  "surname before: Ardal says", "says", channel="video link",
  note="present tense, without 'that'; the video link is given in the 9.02am entry")
Q(R5, D, "They have forgiven us faster than I would have,", "Tuva Ardal",
  "pronoun after: she says → Ardal, the subject of the sentence before, not Ursula Wetherell (the 10.48am entry)", "says",
  channel="video link")
Q(R5, I, "he has promised Hjorvik the committee's full report and that Estmere will meet half the cost of two new satellite tags for the Vestmorian institute",
  "Augustin Fairweather", "surname before: Fairweather says", "says",
  note="present tense; '... and that ...': one record; Hjorvik is Vestmoria's government (metonym), named as the Vestmorian capital in the 9.02am entry")
Q(R5, I, "his son Callum has not stopped drawing whales since Wednesday", "Fergus Rudd",
  "pronoun before: He tells EBC → Fergus Rudd, the subject of the sentence before", "tells", channel="interview with EBC",
  note="present tense, without 'that'")
Q(R5, D, "His teacher says the classroom wall is full,", "Fergus Rudd",
  "surname after: Rudd says → Fergus Rudd (his son is only \"his son Callum\")", "says",
  note="'His teacher says ...' is reported speech inside the quote, part of it")
Q(R5, I, "the charity will train 200 more volunteers before the next stranding season", "Annabel Gorringe",
  "name before: Annabel Gorringe of Strandline, speaking on EBC's Undertow programme, which airs at 7pm, says", "says",
  channel="interview on EBC's Undertow programme", note="present tense, without 'that'; the channel between the name and the verb")
Q(R5, D, "There will be a next time. There always is,", "Annabel Gorringe", "pronoun after: she says → Gorringe", "says",
  channel="interview on EBC's Undertow programme", note="multi-sentence")
Q(R5, I, "it will sit again on Friday to hear from the coastguard", None,
  "unresolved: According to a parliamentary official, (not named, no body named)", "according to",
  note="'it' is the committee (the hearing)")


# ---------------------------------------------------------------- entities
E("Estmere", "country", ["Estmere", ("Callowport", None, ["Callowport has agreed"])],
  metonyms=[{"alias": "Callowport", "metonym_of": "Estmere (its government)"}], adjectival=["Estmerian"],
  note="\"Callowport has agreed to send them\" (R4, in the sentence that names \"Callowport, the Estmerian capital\") is the "
       "government; \"Estmere will meet half the cost\" (R5) is the country as a government, a plain mention")
E("Callowport", "city", ["Callowport"],
  note="Estmere's capital (\"Callowport, the Estmerian capital\", R4); the metonym context is claimed by Estmere; "
       "\"The Callowport Warden\" (an outlet's name) is not in any text")
E("Vestmoria", "country", ["Vestmoria", "Vestmøria", ("Hjorvik", None, ["promised Hjorvik"])],
  metonyms=[{"alias": "Hjorvik", "metonym_of": "Vestmoria (its government)"}], adjectival=["Vestmorian", "Vestmørian"],
  note="spelt \"Vestmøria\" (the home spelling) in Hjørvik Avis; \"he has promised Hjorvik the committee's full report\" (R5) is the "
       "government, the 9.02am entry naming \"Hjorvik, the Vestmorian capital\"")
E("Hjorvik", "city", ["Hjorvik", "Hjørvik", "HJØRVIK"],
  note="Vestmoria's capital (\"Hjorvik, the Vestmorian capital\", R5; \"the Vestmorian capital\" unnamed in R2), spelt Hjørvik in "
       "Hjørvik Avis (its dateline HJØRVIK); nested in \"Hjorvik Marine Institute\" and \"Hjørvik Avis\" it is not a mention")
E("Skelderwick", "town", ["SKELDERWICK", "Skelderwick"],
  note="the fishing town by the beach (R1's dateline); nested in \"Skelderwick Town Council\" it is not a mention")
E("Hessock Sands", "place", ["Hessock Sands"], note="the beach; \"the beach\", \"the sand\" are not annotated")
E("Dunhallow Firth", "place", ["Dunhallow Firth"], note="the sea inlet of the survey; \"this firth\", \"the firth\" are not annotated")
E("Colley Point", "place", ["Colley Point"], note="where two refloated whales came ashore again (R3)")
E("Solvoy", "island", ["Solvoy", "Sølvøy"], note="the Vestmorian island where the tags were fitted, spelt Sølvøy in Hjørvik Avis")
E("Estmerian Coastguard Agency", "organisation",
  ["Estmerian Coastguard Agency", "ECA",
   ("the coastguard", None, ["the coastguard said"]), ("The coastguard", None, ["The coastguard says"])],
  note="both forms in R1; \"the coastguard\" as a speaker (R1, R3) and \"The coastguard says\" (R2) claimed by context; "
       "\"to hear from the coastguard\" (R5) is not a speaker and is not annotated")
E("Strandline Rescue", "organisation",
  ["Strandline Rescue", "Strandline", ("Strandliners", [R3]), ("the charity", None, ["according to the charity"])],
  note="the marine-mammal charity; \"Rescue charity Strandline\" (R3), \"the rescue charity Strandline\" (R4), \"of Strandline\" (R5); "
       "the tabloid's label \"the Strandliners\" (R3, \"dubbed the Strandliners by locals\"); \"according to the charity\" (R1) "
       "claimed by context; other \"the charity\" are not annotated")
E("Skelderwick Town Council", "organisation", ["Skelderwick Town Council"], note="R1, a speaker")
E("Hjorvik Marine Institute", "organisation", ["Hjorvik Marine Institute", "Hjørvik Marine Institute", "HMI"],
  note="both forms in R1 and R4 (spelt Hjørvik there); the expansion alone in R2 and R3; \"the institute\" is not annotated")
E("Halberd Energy", "company", ["Halberd Energy", "Halberd"],
  note="the energy company; \"Halberd said\" (R1), \"Halberd’s chief executive\" (R2), \"energy firm Halberd\", \"Halberd insists\" "
       "(R3), \"Halberd's licence\" (R5); \"the company\" is not annotated")
E("Greyling Surveyor", "vessel", ["Greyling Surveyor"], note="Halberd's survey ship (R1, R4, R5); \"the vessel\", \"the ship\" are not annotated")
E("Estmere Veterinary Laboratory", "organisation", ["Estmere Veterinary Laboratory", "EVL"],
  note="the expansion alone in R2; both in R5; Estmere nested in it is not a mention")
E("EVL findings", "document", [("findings", None, ["EVL's findings"])],
  note="the laboratory's findings (R5, \"The EVL's findings say that\"), a speaker")
E("Marine Affairs Committee", "organisation", ["Marine Affairs Committee"],
  note="parliament's committee (R5); \"the committee\" is not annotated")
E("Vestmorian Fisheries Ministry", "organisation", ["Vestmørian Fisheries Ministry"],
  note="R4 only, a speaker; canonical name without diacritics")
E("Salt Pan", "business", ["Salt Pan"], note="the Rudds' café (R3, \"the Salt Pan café\"); \"the couple’s café\" (R2) is not annotated")
E("X", "platform", ["X"])
E("Keelson News Service", "news agency", ["KNS"], note="only as its acronym, in its own dateline and \"Rudd told KNS\" (R1)")
E("The Callowport Warden", "media outlet", [("Warden", [R2])], note="\"told the Warden\" (R2)")
E("The Daily Rattle", "media outlet", [("Rattle", [R3])], note="\"told the Rattle\" (R3, twice)")
E("Hjørvik Avis", "media outlet", ["Hjørvik Avis"], note="\"told Hjørvik Avis\" (R4)")
E("Estmere Broadcasting Corporation", "media outlet", ["EBC"],
  note="the broadcaster of R5; only as its acronym in the texts (\"EBC television\", R2; \"tells EBC\", \"EBC's Undertow\", R5)")
E("Undertow", "programme", ["Undertow"], note="EBC's programme (R5)")
E("Kenver Trudgeon", "person", ["Station Officer Kenver Trudgeon"], note="an ECA station officer (R1)")
E("Fergus Rudd", "person", ["Fergus Rudd", "Rudd", ("Fergus", [R3])],
  note="the fisherman who raised the alarm; \"his dad Fergus\", \"Dad Fergus\" (R3); the bare \"Rudd\" (R1, R2, R5) is always him")
E("Elspeth Rudd", "person", [("Elspeth", [R2, R3])],
  note="Fergus Rudd's wife, only ever \"His wife, Elspeth\" (R2) and \"Mum Elspeth\" (R3); canonical name with the family's surname")
E("Callum Rudd", "person", ["Callum Rudd", ("Callum", [R3, R5])],
  note="their son, 11; \"Callum\" alone (R3), \"his son Callum\" (R5)")
E("Annabel Gorringe", "person", ["Annabel Gorringe", "Annabelle Gorringe"],
  note="Strandline Rescue's coordinator; spelt \"Annabelle\" in Hjørvik Avis")
E("Augustin Fairweather", "person", ["Marine Minister Augustin Fairweather", "Augustin Fairweather", "Fairweather"],
  note="Estmere's marine minister; \"the Estmerian marine minister, Augustin Fairweather\" (R4); \"the minister’s own department\" (R2) "
       "is not annotated")
E("Barnaby Quillfeather", "person", ["Barnaby Quillfeather", "Quillfeather"], note="Halberd Energy's chief executive (R2, R5)")
E("Ursula Wetherell", "person", ["Ursula Wetherell", "Wetherell"], note="the opposition's marine spokeswoman (R2, R5)")
E("Cuthbert Moxley", "person", ["Dr Cuthbert Moxley", "Moxley"], note="the EVL's pathologist (R5)")
E("Tuva Ardal", "person", ["Dr Tuva Ardal", "Ardal", "Dr Tuva Aardal", "Dr Tuva Årdal", "Årdal"],
  note="the HMI whale scientist: Ardal (KNS, Warden, EBC), Aardal (the tabloid's transliteration of Å), Årdal (Hjørvik Avis)")
E("Eirik Braekhus", "person", ["Eirik Braekhus", "Erik Braekhus", "Fisheries Minister Eirik Brækhus"],
  note="Vestmoria's fisheries minister: Eirik Braekhus (Warden), Erik Braekhus (the tabloid), Eirik Brækhus (Hjørvik Avis)")
E("Ingvild Saeterdal", "person", ["Ingvild Sæterdal"], note="a trawler skipper from Sølvøy (R4); canonical name without diacritics")
E("VM-17", "animal", ["VM-17", "Old Bess"],
  note="the tagged matriarch, a female pilot whale: the institute's code VM-17 (R1, R2, R4, R5) and the volunteers' name Old Bess "
       "(R2, \"The volunteers call her Old Bess\"; R3); 'she' in several quotes, never a speaker")
E("Biscuit", "animal", ["Biscuit"], note="the calf Callum named (R3), never a speaker")

DISTINCT = [
    ("Fergus Rudd", "Elspeth Rudd", "husband and wife (R2, R3; the bare \"Rudd said\" in R2 is Fergus)"),
    ("Fergus Rudd", "Callum Rudd", "father and son (R3, R5; \"he said\" in R3's split quote is Callum, \"Rudd says\" in R5 is Fergus)"),
    ("Elspeth Rudd", "Callum Rudd", "mother and son (R3)"),
    ("Estmere", "Callowport", "the government (metonym, R4) vs the capital city"),
    ("Vestmoria", "Hjorvik", "the government (metonym, R5) vs the capital city (dateline of R4)"),
    ("Hjorvik", "Hjorvik Marine Institute", "the city vs the institute named after it"),
    ("Hjorvik", "Hjørvik Avis", "the city vs the newspaper named after it"),
    ("Skelderwick", "Skelderwick Town Council", "the town vs its council"),
    ("Estmere", "Estmere Veterinary Laboratory", "the country vs the laboratory named after it"),
    ("Estmere", "Estmere Broadcasting Corporation", "the country vs the broadcaster named after it"),
    ("Augustin Fairweather", "Eirik Braekhus", "the two countries' ministers"),
    ("Augustin Fairweather", "Barnaby Quillfeather", "two men in consecutive R2 paragraphs (\"he said\" in the split clause is Quillfeather)"),
    ("Callum Rudd", "Eirik Braekhus", "R3: \"he vowed\" after the sentence naming Braekhus is Callum"),
    ("Ursula Wetherell", "Tuva Ardal", "two women in R5 entries (\"she says\" at 11.20am is Ardal)"),
    ("Annabel Gorringe", "Tuva Ardal", "R4: Gorringe's quote is about Årdal ('She told us ...')"),
    ("Halberd Energy", "Greyling Surveyor", "the company vs its survey ship"),
    ("Halberd Energy", "Barnaby Quillfeather", "the company vs its chief executive"),
    ("Estmere Veterinary Laboratory", "EVL findings", "the laboratory vs its document"),
    ("Estmere Veterinary Laboratory", "Cuthbert Moxley", "the laboratory vs its pathologist"),
    ("Hjorvik Marine Institute", "Tuva Ardal", "the institute vs its scientist"),
    ("Strandline Rescue", "Annabel Gorringe", "the charity vs its coordinator"),
    ("Estmerian Coastguard Agency", "Kenver Trudgeon", "the agency vs its station officer"),
    ("Vestmorian Fisheries Ministry", "Eirik Braekhus", "the ministry vs its minister"),
    ("VM-17", "Biscuit", "the matriarch vs the calf"),
    ("Solvoy", "Vestmoria", "the island vs the country"),
    ("Estmere Broadcasting Corporation", "Undertow", "the broadcaster vs its programme"),
    ("Hessock Sands", "Skelderwick", "the beach vs the town"),
]


# ---------------------------------------------------------------- times
# R1 anchor Tue 2038-11-16 (Estmere keeps GMT in November)
T(R1, "Nov. 16", "date", "2038-11-16", "dateline; abbreviated month and day, year of the publication date")
T(R1, "on Tuesday", "weekday", "2038-11-16", "the anchor day (\"by first light on Tuesday\")", after="first light ")
T(R1, "23:48 GMT", "time", "2038-11-15T23:48:00+00:00", "clock time with a zone; the day from \"on Monday\" after it")
T(R1, "on Monday", "weekday", "2038-11-15", "the latest Monday before the anchor (\"at 23:48 GMT on Monday\")")
T(R1, "30 years", "duration", "P30Y", "duration (\"fished this firth for 30 years\", inside Rudd's quote)")
T(R1, "14:20 GMT", "time", "2038-11-16T14:20:00+00:00", "clock time with a zone; the anchor day (the day's high tide)")
T(R1, "during the afternoon", "relative", "2038-11-16", "the afternoon of the anchor day")
T(R1, "on Wednesday", "weekday", "2038-11-17", "future (\"Another attempt is planned ... on Wednesday\"): the day after the anchor")
T(R1, "Tuesday night", "weekday", "2038-11-16", "the anchor day's night (\"stay on the sand through Tuesday night\")")
T(R1, "in August", "date", "2038-08-01/2038-08-31", "a month without a year, past (the tags were fitted): the latest August",
  granularity="month")
T(R1, "late on Tuesday", "weekday", "2038-11-16", "the anchor day (\"was due to land in Estmere late on Tuesday\")")
T(R1, "Nov. 2", "date", "2038-11-02", "abbreviated month and day without a year (\"since Nov. 2\"), past: the anchor's year")
T(R1, "in 2031", "date", "2031-01-01/2031-12-31", "a year", granularity="year")

# R2 anchor Thu 2038-11-18
T(R2, "on Wednesday afternoon", "weekday", "2038-11-17", "the latest Wednesday before the anchor")
T(R2, "on Monday night", "weekday", "2038-11-15", "the latest Monday before the anchor (\"stranded ... on Monday night\")")
T(R2, "15:05 GMT", "time", "2038-11-17T15:05:00+00:00", "clock time with a zone; the day from \"on Wednesday\" after it")
T(R2, "on Wednesday", "weekday", "2038-11-17", "the latest Wednesday before the anchor", after="15:05 GMT ")
T(R2, "since Tuesday", "weekday", "2038-11-16", "the latest Tuesday before the anchor (\"worked in shifts since Tuesday\")")
T(R2, "late on Tuesday", "weekday", "2038-11-16", "the latest Tuesday before the anchor (\"flew in ... late on Tuesday\")")
T(R2, "on Wednesday morning", "weekday", "2038-11-17", "the latest Wednesday before the anchor")
T(R2, "on Wednesday night", "weekday", "2038-11-17", "the latest Wednesday before the anchor (\"EBC television on Wednesday night\")")
T(R2, "on Wednesday evening", "weekday", "2038-11-17", "the latest Wednesday before the anchor (\"In parliament on Wednesday evening\")")
T(R2, "ten years", "duration", "P10Y", "duration (\"in the past ten years\")")
T(R2, "on Monday", "weekday", "2038-11-22",
  "future (\"would go back to sea on Monday\"): the first Monday after the anchor (Thu 2038-11-18)", after="go back to sea ")
T(R2, "since Monday", "weekday", "2038-11-15", "the latest Monday before the anchor (\"lost 6 per cent ... since Monday\")")

# R3 anchor Fri 2038-11-19 (no zone anywhere in the report)
T(R3, "two days", "duration", "P2D", "duration (\"sang to her for two days\")")
T(R3, "Tuesday", "weekday", "2038-11-16", "the latest Tuesday before the anchor (\"Callum spent Tuesday and Wednesday\")",
  after="Callum spent ")
T(R3, "Wednesday", "weekday", "2038-11-17", "the latest Wednesday before the anchor (\"Tuesday and Wednesday\")",
  after="Callum spent Tuesday and ")
T(R3, "3.05pm", "time", "unresolved",
  "clock time (dot separator, pm) with no zone given anywhere in the report; the day is Wednesday 17 November (\"on Wednesday\")")
T(R3, "on Wednesday", "weekday", "2038-11-17", "the latest Wednesday before the anchor (\"at 3.05pm on Wednesday\")")
T(R3, "since Tuesday", "weekday", "2038-11-16", "the latest Tuesday before the anchor (\"has poured ... since Tuesday\")")
T(R3, "a fortnight", "duration", "P14D", "duration (\"blasting the seabed ... for a fortnight\")")
T(R3, "in August", "date", "2038-08-01/2038-08-31", "a month without a year, past (the tagging): the latest August",
  granularity="month")
T(R3, "yesterday morning", "relative", "2038-11-18", "the day before the anchor")

# R4 anchor Sun 2038-11-21 (Vestmoria keeps CET, UTC+1)
T(R4, "21 November", "date", "2038-11-21", "dateline in day-month order; year of the publication date")
T(R4, "yesterday", "relative", "2038-11-20", "the day before the anchor (\"came home to Hjørvik yesterday\")")
T(R4, "four days", "duration", "P4D", "duration (\"four days after she flew to Estmere\")")
T(R4, "three years", "duration", "P3Y", "duration (\"has followed for three years\")")
T(R4, "00:48 local time", "time", "2038-11-16T00:48:00+01:00",
  "\"local time\" of the paper (Vestmoria); the GMT equivalent in brackets (23:48 GMT on Monday) fixes the offset at UTC+1; the "
  "day from \"on Tuesday\"; the same instant as \"23:48 GMT on Monday\" in R1, written on another date")
T(R4, "on Tuesday", "weekday", "2038-11-16", "the Tuesday of the week before the anchor's (\"00:48 local time on Tuesday\")",
  after="00:48 local time ")
T(R4, "23:48 GMT", "time", "2038-11-15T23:48:00+00:00", "the same instant as 00:48 local time, written in GMT on the day before")
T(R4, "on Monday", "weekday", "2038-11-15", "the Monday of the week before the anchor's (\"23:48 GMT on Monday\")")
T(R4, "two days", "duration", "P2D", "duration (\"refloated 41 of them over two days\")")
T(R4, "in August", "date", "2038-08-01/2038-08-31", "a month without a year, past: the latest August", granularity="month")
T(R4, "since Wednesday", "weekday", "2038-11-17", "the latest Wednesday before the anchor (Sun 2038-11-21)")
T(R4, "on Friday", "weekday", "2038-11-19", "the latest Friday before the anchor (\"had written ... on Friday\")")
T(R4, "on Tuesday", "weekday", "2038-11-23",
  "future (\"will be presented to parliament ... on Tuesday\"): the first Tuesday after the anchor", after="the Estmerian capital, ")

# R5 anchor Tue 2038-11-23; the blog's second header line says "All times GMT"
T(R5, "Tuesday 23 November", "date", "2038-11-23", "weekday, day and month without a year in the blog's header: the anchor day")
for stamp, hm in (("9.02am", "09:02"), ("9.30am", "09:30"), ("10.06am", "10:06"), ("10.14am", "10:14"), ("10.31am", "10:31"),
                  ("10.48am", "10:48"), ("11.05am", "11:05"), ("11.20am", "11:20"), ("11.42am", "11:42"), ("12.15pm", "12:15"),
                  ("12.40pm", "12:40"), ("1.05pm", "13:05")):
    T(R5, stamp, "time", f"2038-11-23T{hm}:00+00:00",
      "a live-blog entry stamp (12-hour clock, dot separator) on a line of its own, no zone of its own; the header says "
      "\"All times GMT\"; the anchor day")
T(R5, "10am", "time", "2038-11-23T10:00:00+00:00", "clock time in GMT (the blog's header), the anchor day (\"sits at 10am\")")
T(R5, "11am", "time", "2038-11-23T11:00:00+01:00",
  "\"11am in Vestmoria\": the same instant as 10am GMT, written in Vestmoria's time (the bracket fixes its offset at UTC+1)")
T(R5, "last week", "relative", "2038-11-15/2038-11-21", "the Monday–Sunday week before the anchor's")
T(R5, "ten seconds", "duration", "PT10S", "duration (\"every ten seconds\")")
T(R5, "1 December to 31 March", "date", "2038-12-01/2039-03-31",
  "a range of two month-days without a year, future: from the next 1 December to the 31 March after it (the next year)")
T(R5, "next week", "relative", "2038-11-29/2038-12-05", "the Monday–Sunday week after the anchor's (\"starting next week\")")
T(R5, "since Wednesday", "weekday", "2038-11-17", "the latest Wednesday before the anchor (Tue 2038-11-23)")
T(R5, "7pm", "time", "2038-11-23T19:00:00+00:00", "clock time in GMT (the blog's header), the anchor day (\"which airs at 7pm\")")
T(R5, "on Friday", "weekday", "2038-11-26", "future (\"it will sit again on Friday\"): the first Friday after the anchor")


# ---------------------------------------------------------------- numbers
N(R1, "Sixty-four pilot whales", 64, "whale", "count", note="sentence-initial hyphenated word number; the head noun counted")
N(R1, "at least nine", 9, "whale", "count", approx="at_least", note="word number, the noun elided (\"at least nine were already dead\")")
N(R1, "30 years", 30, "year", "duration", note="inside a quote")
N(R1, "About 300 volunteers", 300, "volunteer", "count", approx="about")
N(R1, "22", 22, "whale", "count", note="the noun elided (\"22 were refloated\")")
N(R1, "five more whales", 5, "whale", "count", note="word number")
N(R1, "two schools", 2, "school", "count", note="word number")
N(R1, "three of the stranded whales", 3, "whale", "count", note="word number, \"of the stranded whales\"")
N(R1, "more than 60 kilometres", 60, "kilometre", "count", approx="more_than")
N(R1, "30 whales", 30, "whale", "count")

N(R2, "41", 41, "whale", "count", note="\"41 of the 64 pilot whales\"")
N(R2, "64 pilot whales", 64, "whale", "count")
N(R2, "The other 23", 23, "whale", "count", note="the noun elided")
N(R2, "nine", 9, "whale", "count", note="word number, the noun elided (\"nine before anyone reached them\")")
N(R2, "14", 14, "whale", "count", note="the noun elided (\"14 that vets put down\")")
N(R2, "19 whales", 19, "whale", "count")
N(R2, "at least 40 years", 40, "year", "age", approx="at_least", note="an age (\"at least 40 years old\"), inside a quote, a whale's")
N(R2, "a dozen", 12, "whale", "count", note="\"a dozen of the dead whales\", a word for twelve")
N(R2, "eight strandings", 8, "stranding", "count", note="word number")
N(R2, "ten years", 10, "year", "duration", note="word number")
N(R2, "four exploration licences", 4, "licence", "count", note="word number, an adjective between number and noun")
N(R2, "6 per cent", 6, "percent", "percent", note="\"per cent\" in two words")

N(R3, "two days", 2, "day", "duration", note="word number")
N(R3, "11", 11, "year", "age", note="an age (\"Callum Rudd, 11,\")")
N(R3, "two-metre", 2, "metre", "count", note="a hyphenated measure as an adjective (\"a two-metre calf\"), word number")
N(R3, "17 others", 17, "whale", "count", note="\"others\" = other whales")
N(R3, "41", 41, "whale", "count", note="\"41 of the 64 whales\"")
N(R3, "64 whales", 64, "whale", "count")
N(R3, "300 volunteers", 300, "volunteer", "count")
N(R3, "58", 58, "year", "age", note="an age (\"Annabel Gorringe, 58,\")")
N(R3, "47", 47, "year", "age", note="an age (\"Dad Fergus, 47,\")")
N(R3, "44", 44, "year", "age", note="an age (\"Mum Elspeth, 44,\")")
N(R3, "more than 2,000 cups", 2000, "cup", "count", approx="more_than", note="a thousands separator")
N(R3, "more than 60km", 60, "kilometre", "count", approx="more_than", note="the unit abbreviated and written close up")
N(R3, "Two of the rescued whales", 2, "whale", "count", note="sentence-initial word number")

N(R4, "four days", 4, "day", "duration", note="word number")
N(R4, "three years", 3, "year", "duration", note="word number")
N(R4, "64 whales", 64, "whale", "count")
N(R4, "41 of them", 41, "whale", "count", note="\"of them\" = the whales")
N(R4, "two days", 2, "day", "duration", note="word number")
N(R4, "23", 23, "whale", "count", after="over two days; ", note="the noun elided (\"23 died\")")
N(R4, "Three of the whales", 3, "whale", "count", note="sentence-initial word number")
N(R4, "310 kilometres", 310, "kilometre", "count")
N(R4, "two more tags", 2, "tag", "count", note="word number")
N(R4, "more than 150", 150, "volunteer", "count", approx="more_than", note="\"more than 150 of them\" = the Estmerian volunteers")

N(R5, "23 pilot whales", 23, "whale", "count")
N(R5, "about €48,000", 48000, "eur", "money", approx="about")
N(R5, "seven", 7, "whale", "count", note="word number, \"seven of the 12 whales\"")
N(R5, "12 whales", 12, "whale", "count")
N(R5, "The other five", 5, "whale", "count", note="word number, the noun elided")
N(R5, "two of them", 2, "whale", "count", note="word number, \"of them\" = the five whales")
N(R5, "ten seconds", 10, "second", "duration", note="word number (\"every ten seconds\")")
N(R5, "more than 300 kilometres", 300, "kilometre", "count", approx="more_than")
N(R5, "two new satellite tags", 2, "tag", "count", note="word number, adjectives between number and noun")
N(R5, "200 more volunteers", 200, "volunteer", "count")

ABOUT = ("Gold for the read stage on the invented held-out reports of demo/read-heldout13/reports.jsonl, "
         "written and committed before any reader ran on them. `file` is the report's `id`; `start`/`end` "
         "are BYTE offsets into the UTF-8 encoding of the report's `text` field; text[start:end] begins "
         "with `span`. Same format as demo/read-heldout12/gold.json. Generated by build_gold.py. See README.md here.")


G.write(ABOUT, DISTINCT, detailed=True)
