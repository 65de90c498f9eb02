#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and the annotations below.

Run from anywhere: `python3 demo/read-heldout32/build_gold.py`. Offsets are computed here from the spans
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

# Zones of the corpus: Lesovia (Krzemieniow, Wrzosow) keeps UTC+2; Esterland (Thornwick, Saltreach) keeps UTC-3:30, five and a
# half hours behind, so a late Friday evening in Esterland is already Saturday morning in Lesovia. R1's "02:45 local time on Saturday
# (00:45 GMT), which was a quarter past nine on Friday evening in Thornwick" fixes both.

# ---------------------------------------------------------------- quotes
D, I = "direct", "indirect"
# R1: Ironvale Wire, 2054-06-06 (Sat; wire; straight quotes; dateline "KRZEMIENIOW, Lesovia, June 6 (Ironvale Wire) --" (a double
# hyphen); no diacritics: "Blyskawiec", "Krzemieniow", "Dobromir Kwiecien", "Celina Ozarowska", "Bogumil Mrozowicz", "Wrzosow")
Q(R1, I, "Blyskawiec, the unbeaten colt who had been favourite for the Lesovian Derby, was withdrawn about eight hours before "
  "Saturday's race after a laboratory abroad found a banned painkiller in a sample taken last month", "Lesovian Turf Authority",
  "name after: ..., the Lesovian Turf Authority (LTA) said", "said",
  note="clause first, the attribution (with the acronym in brackets) at the end of the dateline sentence")
Q(R1, I, "the Equine Residue Analysis Centre (ERAC) in Thornwick, Esterland, which tests Lesovian racing samples under contract, had "
  "found velbutazone, an anti-inflammatory banned on race days, in urine taken from the colt after he won the Kasztan Stakes at "
  "Krzemieniow on May 24", "Lesovian Turf Authority",
  "description before: The authority said → the Lesovian Turf Authority, named in the sentence before", "said",
  note="reported speech without 'that'; the laboratory, named inside the clause, is not the speaker")
Q(R1, I, "he had telephoned the trainer at 06:30 and scratched the horse at 08:10", "Bogumil Mrozowicz",
  "title + name before: Chief steward Bogumil Mrozowicz said", "said",
  note="reported speech without 'that'; the sentence before ('Its report reached the LTA ...') is the agency's own")
Q(R1, D, "We had a positive finding for a prohibited substance and a horse due to run in ten hours. There was nothing left to decide,",
  "Bogumil Mrozowicz", "surname after: Mrozowicz said", "said", note="multi-sentence")
Q(R1, D, "Nobody in this building enjoyed making it.", "Bogumil Mrozowicz",
  "continuation: the quote after '..., Mrozowicz said.'", None)
Q(R1, I, "he had never given the colt a banned substance", "Dobromir Kwiecien",
  "title + name before: Trainer Dobromir Kwiecien, 54, said", "said", note="reported speech without 'that'; an age between name and verb")
Q(R1, D, None, "Dobromir Kwiecien", "pronoun in the middle: he said → Dobromir Kwiecien, the subject of the sentence before", "said",
  parts=["I have trained horses for 31 years without a positive test,",
         "and I did not get one this morning either. I got a piece of paper from a laboratory that lost track of its own fridge."],
  note="a direct quote split by its attribution: one record with two parts; the second part is multi-sentence")
Q(R1, I, "the sample had spent 30 hours in an unrefrigerated cargo shed at Saltreach airport and that the seal number logged in "
  "Thornwick did not match the one on the LTA's collection form", "Celina Ozarowska",
  "name before: His lawyer, Celina Ozarowska, told reporters at the racecourse that", "told", channel="told reporters",
  note="'that ... and that ...': one record; a place phrase between the addressee and 'that'")
Q(R1, I, "its handling had been \"complete, documented and correct\" and that the second, or B, sample would be opened on Thursday "
  "with both sides present", "Equine Residue Analysis Centre", "acronym before: ERAC said in a statement that", "said",
  channel="statement", note="'that ... and that ...': one record; a partial inside")
Q(R1, D, "complete, documented and correct", "Equine Residue Analysis Centre", "acronym before: ERAC said in a statement that", "said",
  channel="statement", partial=True)
Q(R1, D, "The best horse in the race spent the afternoon in his box,", "Bartosz Kwiecien",
  "pronoun after: he said → Bartosz Kwiecien, the subject of the sentence before (not his father, 'the trainer', and not Jagoda "
  "Wilczek, named in the sentence before that)", "said", note="'his box' inside is the colt's")
Q(R1, I, "she was \"heartbroken but not ashamed\" and would pay for independent tests of her own", "Perdita Glanville",
  "description + name before: The colt's owner, Esterland biscuit maker Perdita Glanville, said on X that", "said",
  channel="post on X", note="'said on X that': the channel between the verb and 'that'; a partial inside")
Q(R1, D, "heartbroken but not ashamed", "Perdita Glanville", "name before: Perdita Glanville, said on X that", "said",
  channel="post on X", partial=True)
Q(R1, I, "she would rather have beaten Blyskawiec than inherited the race", "Jagoda Wilczek",
  "surname before: Wilczek, asked about the empty stall, told reporters", "told", channel="told reporters",
  note="reported speech without 'that'; a participle phrase between the name and the verb")
Q(R1, I, "the authority had sent its samples to Thornwick since 2049 because Lesovia has no accredited laboratory of its own", None,
  "unresolved: An LTA official in Wrzosow, who asked not to be identified, said (unnamed)", "said",
  note="an anonymous official, not the authority he works for; reported speech without 'that'")
Q(R1, I, "Stewards could ban a trainer for up to two years for a first velbutazone offence", None,
  "unresolved: the official said → the same anonymous official of the sentence before", "said",
  note="clause first, the attribution after; 'the official' is a description of an unnamed person")

# R2: Głos Krzemieniowa (English edition), 2054-06-07 (Sun; the Lesovian paper; straight quotes; dateline "KRZEMIENIÓW, 7 June 2054 —"
# (an em dash, a full date with its year); diacritics: "Dobromir Kwiecień", "Celina Ożarowska", "Bogumił Mrozowicz", "Lubomira
# Zbąszyńska", "Błyskawiec", "Wrzosów")
Q(R2, D, "Mrozowicz rang at half past six and said, 'Dobromir, I am sorry, the horse cannot run.' I asked him to repeat it. He did, twice,",
  "Dobromir Kwiecien", "surname after: Kwiecień told Głos Krzemieniowa → Dobromir Kwiecień, named in the paragraph before", "told",
  channel="interview with Głos Krzemieniowa",
  note="multi-sentence; holds a quote inside the quote (single straight marks) spoken by Mrozowicz, named inside the outer quote")
Q(R2, D, "Dobromir, I am sorry, the horse cannot run.", "Bogumil Mrozowicz",
  "inside the outer quote: 'Mrozowicz rang at half past six and said,' → Bogumił Mrozowicz", "said",
  note="quote inside a quote whose speaker is NOT the outer speaker; 'Dobromir' is the one addressed (the outer speaker)")
Q(R2, D, "I have fed that horse every morning since he was a foal. I know what goes into him.", "Dobromir Kwiecien",
  "continuation: the quote after '..., Kwiecień told Głos Krzemieniowa at his stables outside the town.'", None,
  channel="interview with Głos Krzemieniowa", note="multi-sentence; 'he' and 'him' inside are the colt")
Q(R2, I, "the stable had been told of the finding \"as soon as was humanly possible\" and that the B sample would be tested in Thornwick "
  "on Thursday in front of experts chosen by both sides", "Lesovian Turf Authority",
  "document of a group before: The Lesovian Turf Authority's statement, issued at 21:00, said", "said", channel="statement",
  note="without 'that' at first, then 'and that ...': one record; an appositive between subject and verb; a partial inside")
Q(R2, D, "as soon as was humanly possible", "Lesovian Turf Authority", "document before: The Lesovian Turf Authority's statement ... said",
  "said", channel="statement", partial=True)
Q(R2, I, "12 stewards and two veterinary officers were consulted before the decision", "Lesovian Turf Authority",
  "description before: According to the authority, → the Lesovian Turf Authority (the sentence before)", "according to",
  note="'According to X,' first, the clause after")
Q(R2, I, "the sample had been flown out on 25 May and did not reach the laboratory until two days later", "Celina Ozarowska",
  "name before: Celina Ożarowska, the trainer's lawyer, noted that", "noted", note="'noted that' as the speech verb")
Q(R2, D, "For 30 hours it sat in a shed at Saltreach airport in the middle of a heatwave,", "Celina Ozarowska",
  "pronoun after: she said → Ożarowska, the subject of the sentence before", "said")
Q(R2, D, "Nobody can tell me what it was by the time anyone opened it.", "Celina Ozarowska",
  "continuation: the quote after '..., she said.'", None)
Q(R2, D, "Lesovian racing is clean, and it will be seen to be clean, whoever trains the favourite,", "Lubomira Zbaszynska",
  "title alone after: the minister said → Sports Minister Lubomira Zbąszyńska, the subject of the sentence before (which also names "
  "Bogumił Mrozowicz, the chief steward)", "said")
Q(R2, I, "Wrzosów has asked Saltreach for copies of every temperature record kept at the Thornwick laboratory since the sample arrived",
  None, "unresolved: a ministry official said (unnamed)", "said",
  note="clause first, the attribution after; both capitals inside stand for their governments (metonyms)")
Q(R2, I, "the colt had eaten nothing unusual and had been watched \"day and night\" since the Kasztan Stakes", None,
  "unresolved: a groom who has looked after Błyskawiec since he was a yearling said (unnamed)", "said",
  note="reported speech without 'that'; a relative clause between the subject and the verb; 'He asked for his name to be kept out "
       "of the paper' is no record (a request, no clause)")
Q(R2, D, "day and night", None, "unresolved: a groom ... said", "said", partial=True)
Q(R2, I, "he had watched Ostrowid win \"with one eye shut\"", "Bartosz Kwiecien",
  "pronoun before: He said → Bartosz Kwiecień, the subject of the sentence before (his father is named there only as 'his father')",
  "said", note="reported speech without 'that'; the partial ends it, its closing mark before the full stop")
Q(R2, D, "with one eye shut", "Bartosz Kwiecien", "pronoun before: He said", "said", partial=True)
Q(R2, I, "she had rung Dobromir Kwiecień afterwards to tell him she was sorry", "Jagoda Wilczek",
  "description + name before: the winning trainer, Jagoda Wilczek, said", "said",
  note="reported speech without 'that'; 'to tell him she was sorry' inside is part of her clause, no record of its own")
Q(R2, I, "he would not give up", "Dobromir Kwiecien",
  "shared surname: Kwiecień said → Dobromir Kwiecień, the Kwiecień named in the sentence before and the accused ('so am I' in his "
  "quote), not his son Bartosz", "said", note="reported speech without 'that'")
Q(R2, D, "Test him again, test him in Thornwick, test him on the moon,", "Dobromir Kwiecien",
  "pronoun after: he said → Kwiecień, the subject of the sentence before", "said", note="'him' inside is the colt")
Q(R2, D, "He is clean, and so am I.", "Dobromir Kwiecien", "continuation: the quote after '..., he said.'", None)

# R3: The Daily Heckler, 2054-06-08 (Mon; Esterland tabloid; straight quotes; no dateline; no diacritics; labels "the Shortbread Queen"
# (Perdita Glanville) and "Sparky" (Blyskawiec); capitals ("SATURDAY"); "2am our time", "9.15pm" (the paper's own Esterland time))
Q(R3, I, "the $4.2 million colt - Blyskawiec to the racing world - would not be running in the Lesovian Derby", "Dobromir Kwiecien",
  "description before: Her trainer in Lesovia told her → Dobromir Kwiecien ('Dobromir' in the next paragraph, 'trainer Dobromir "
  "Kwiecien' later)", "told", note="reported speech without 'that'; dashes inside the clause")
Q(R3, D, "Dobromir said, 'Perdita, are you sitting down?' And I said, 'Darling, I'm lying down, it's two in the morning,'",
  "Perdita Glanville", "label after: the Shortbread Queen told the Heckler → Perdita Glanville", "told",
  channel="interview with the Heckler",
  note="holds two quotes inside the quote (single straight marks): the first spoken by Dobromir (Kwiecien), the second by the outer "
       "speaker herself; the outer quote ends with the inner closing mark; apostrophes ('I'm', 'it's') inside single marks")
Q(R3, D, "Perdita, are you sitting down?", "Dobromir Kwiecien",
  "inside the outer quote: 'Dobromir said,' → Dobromir Kwiecien (her trainer)", "said",
  note="quote inside a quote whose speaker is NOT the outer speaker; 'Perdita' is the one addressed (the outer speaker)")
Q(R3, D, "Darling, I'm lying down, it's two in the morning,", "Perdita Glanville",
  "inside the outer quote: 'And I said,' → the outer speaker herself, Perdita Glanville", "said",
  note="a second quote inside the same outer quote, spoken by the outer speaker; 'Darling' is the trainer, addressed")
Q(R3, D, "Then he told me, and I haven't closed my eyes since.", "Perdita Glanville",
  "continuation: the quote after '..., the Shortbread Queen told the Heckler.'", None, channel="interview with the Heckler",
  note="'he told me' inside is no record (nothing reported)")
Q(R3, I, "the biscuit boss, whose Glanville's Bakeries empire employs more than 2,000 people, has already hired two private labs to "
  "test hair from Sparky's mane", None, "unresolved: Friends say (unnamed)", "say",
  note="present tense, without 'that'; 'the biscuit boss' is Perdita Glanville, not a speaker")
Q(R3, I, "the lab is the one that should be in the dock", "Celina Ozarowska",
  "description before: trainer Dobromir Kwiecien's lawyer says → Celina Ozarowska, named in the next sentence", "says",
  note="present tense, without 'that'; the trainer named inside the description is not the speaker")
Q(R3, I, "the sample sat in a baking airport shed at Saltreach for 30 hours and came with the wrong seal number", "Celina Ozarowska",
  "name before: Celina Ozarowska claims", "claims", note="present tense, without 'that'")
Q(R3, D, "If I posted a birthday cake like that, it would arrive as soup,", "Celina Ozarowska",
  "pronoun after: she said → Ozarowska, the subject of the sentence before", "said")
Q(R3, I, "her staff had handled the sample \"by the book, every page of it\"", "Esme Fothergill",
  "pronoun before: She told the Heckler → Dr Esme Fothergill, the subject of the sentence before", "told",
  channel="interview with the Heckler", note="reported speech without 'that'; the partial ends it, its closing mark before the full stop")
Q(R3, D, "by the book, every page of it", "Esme Fothergill", "pronoun before: She told the Heckler", "told",
  channel="interview with the Heckler", partial=True)
Q(R3, D, "He's my best mate and he never got his race,", "Bartosz Kwiecien",
  "shared surname after: young Kwiecien said → Bartosz Kwiecien, named in the sentence before (not 'Kwiecien senior')", "said",
  note="'He' inside is the colt ('said of the colt')")
Q(R3, I, "Kwiecien senior faces a ban of up to two years if the charge sticks", None, "unresolved: racing insiders claim (unnamed)",
  "claim", note="clause first, the attribution after; present tense; 'Kwiecien senior' inside is Dobromir Kwiecien, not a speaker")
Q(R3, I, "More than 300 punters who backed Sparky ante-post have had their money back", "Tolworth Bet",
  "name after: bookmaker Tolworth Bet confirmed", "confirmed",
  note="clause first, the attribution after; what follows the dash ('at least $85,000 in all') is left out of the span")
Q(R3, D, "We drank the champagne anyway. It seemed rude not to,", None, "unresolved: one guest told the Heckler (unnamed)", "told",
  channel="interview with the Heckler", note="multi-sentence; 'one guest' is no number and no entity")
Q(R3, D, "They can test him till the cows come home,", "Perdita Glanville",
  "pronoun after: she said → the Shortbread Queen (Perdita Glanville), the subject of the sentence before (Esterland's sports "
  "minister, in the sentence before that, is 'his')", "said")
Q(R3, D, "Sparky will run again, and he'll win.", "Perdita Glanville", "continuation: the quote after '..., she said.'", None)

# R4: Brightwick Radio live blog, 2054-06-11 (Thu; plain-text scrape: a header line "LIVE: ... - Thursday 11 June" and a line "Times
# below are Thornwick time (UTC-03:30)"; each entry begins with a 24-hour stamp on a line of its own; straight quotes; no diacritics)
Q(R4, I, "the seal on the B bottle was \"intact, photographed and witnessed\"", "Esme Fothergill",
  "title + name before: ERAC's director, Dr Esme Fothergill, began by telling both sides that", "telling",
  note="a gerund after 'began by' as the speech verb; the partial ends the clause")
Q(R4, D, "intact, photographed and witnessed", "Esme Fothergill", "name before: Dr Esme Fothergill, began by telling both sides that",
  "telling", partial=True, note="the closing mark comes before the full stop")
Q(R4, D, "Nothing in this room has been touched since the day it arrived,", "Esme Fothergill",
  "pronoun after: she said → Fothergill, the subject of the sentence before", "said")
Q(R4, I, "the real question is the seal number", "Celina Ozarowska",
  "name before: Celina Ozarowska, acting for the trainer, argues that", "argues", note="present tense")
Q(R4, I, None, "Celina Ozarowska", "pronoun in the middle: she says → Ozarowska, the subject of the sentence before", "says",
  parts=["The collection form in Krzemieniow ends in 4417", "while the bag logged in Thornwick ends in 4471"],
  note="reported speech split by its attribution (', she says,'): one record with two parts; the seal numbers are no numbers")
Q(R4, I, "the digits were swapped by a clerk typing up the label and that the barcode, which is what the machines read, is the same on both",
  "Esme Fothergill", "surname before: Fothergill replies that", "replies", note="present tense; 'that ... and that ...': one record")
Q(R4, D, "A laboratory that cannot copy four digits is asking us to trust it with a nanogram,", "Celina Ozarowska",
  "pronoun after: she said → Ozarowska, the subject of the sentence before, which also names Fothergill (inside its relative clause)",
  "said")
Q(R4, I, "about 20 people are crammed into the viewing room, among them two vets flown in from Krzemieniow", "Ondine Quaife",
  "name before: Ondine Quaife says", "says", note="present tense, without 'that'")
Q(R4, D, "It is so quiet you can hear the fridge,", "Ondine Quaife", "pronoun after: she says → Quaife, the subject of the sentence before",
  "says")
Q(R4, I, "The temperature log for the fridge holding the Blyskawiec samples has a gap of 14 hours over the weekend of 30 and 31 May",
  "Equine Residue Analysis Centre", "acronym after: ERAC confirmed in a written statement", "confirmed", channel="statement",
  note="clause first, the attribution after")
Q(R4, I, "the building's alarm would have sounded had the fridge failed", "Equine Residue Analysis Centre",
  "pronoun before: It said → ERAC, the speaker of the sentence before (its statement)", "said", channel="statement",
  note="reported speech without 'that'")
Q(R4, D, "A gap in a log is not a gap in the science,", "Esme Fothergill",
  "title alone after: the director said → Fothergill (ERAC's director, 09:41 entry), named in the sentence before", "said",
  note="'Fothergill was asked whether the gap mattered' is no record (a question)")
Q(R4, I, None, "Esme Fothergill", "name in the middle: Fothergill says", "says",
  parts=["The B sample", "confirms velbutazone at between 40 and 55 nanograms per millilitre, about 30 percent lower than the A sample"],
  note="reported speech split by its attribution (', Fothergill says,'): one record with two parts; 'The result is in.' is the "
       "blog's own")
Q(R4, I, "the result \"closes the scientific question\" and that the LTA's disciplinary panel will sit next Monday", "Lubomira Zbaszynska",
  "title + name before: Sports Minister Lubomira Zbaszynska has written on X that", "written", channel="post on X",
  note="'has written on X that': the channel between the verb and 'that'; 'that ... and that ...': one record")
Q(R4, D, "closes the scientific question", "Lubomira Zbaszynska", "name before: Lubomira Zbaszynska has written on X that", "written",
  channel="post on X", partial=True)
Q(R4, D, "We will ask the panel to throw out both results, because both came out of the same fridge,", "Celina Ozarowska",
  "pronoun after: she said → Ozarowska, the subject of the sentence before (not Fothergill, named in its subordinate clause)", "said",
  channel="interview with Brightwick Radio", note="'spoke to us on the steps': the radio is the channel")
Q(R4, I, "the result changed nothing and that he would \"see them all at the hearing\"", "Dobromir Kwiecien",
  "name before: Dobromir Kwiecien, speaking from his yard, told Brightwick Radio", "told", channel="interview with Brightwick Radio",
  note="without 'that' at first, then 'and that ...': one record; the partial ends it; the next sentence is the blog's own")
Q(R4, D, "see them all at the hearing", "Dobromir Kwiecien", "name before: Dobromir Kwiecien, told Brightwick Radio", "told",
  channel="interview with Brightwick Radio", partial=True)

# R5: The Saltreach Almoner, 2054-06-12 (Fri; Esterland broadsheet; curly quotes and apostrophes; sayings in the present tense ("says",
# "concedes"); no dateline; diacritics; one instant in three places)
Q(R5, I, "the drop is “exactly what chemistry predicts after three weeks”", "Esme Fothergill",
  "title + name before: Dr Esme Fothergill, the centre’s director, says", "says",
  note="present tense, without 'that'; after a semicolon; the partial ends it; 'nobody disputes that ...' and 'What everybody "
       "disputes' are no records (nobody speaks)")
Q(R5, D, "exactly what chemistry predicts after three weeks", "Esme Fothergill", "name before: Dr Esme Fothergill, ..., says", "says",
  partial=True, note="curly marks; the closing mark comes before the full stop")
Q(R5, D, "Thirty hours in a shed, fourteen hours with no temperature record, and a seal number that changes on the journey,",
  "Celina Ozarowska", "pronoun after: she says → Celina Ożarowska, the subject of the sentence before", "says",
  note="'sees it differently' is no speech")
Q(R5, D, "Any one of those would worry me. Together they should end this case.", "Celina Ozarowska",
  "continuation: the quote after '..., she says.'", None, note="multi-sentence")
Q(R5, I, "the authority had “no reason to doubt a single result” from Thornwick", "Bogumil Mrozowicz",
  "title + name before: Its chief steward, Bogumił Mrozowicz, wrote to every licensed trainer on Tuesday night that", "wrote",
  channel="letter to trainers", note="an addressee and a time phrase between the verb and 'that'; a partial inside")
Q(R5, D, "no reason to doubt a single result", "Bogumil Mrozowicz", "name before: Bogumił Mrozowicz, wrote ... that", "wrote",
  channel="letter to trainers", partial=True)
Q(R5, I, "it has no say over a private laboratory’s contracts and wants none", "Esterland",
  "capital for its government before: Saltreach says → Esterland's government", "says",
  note="a capital city speaks for its government (a metonym); present tense, without 'that'")
Q(R5, I, "ministers are “watching closely”", None, "unresolved: a government spokesman concedes only that (unnamed)", "concedes",
  note="an unnamed spokesman: null, not the government; after a semicolon; the partial ends it")
Q(R5, D, "watching closely", None, "unresolved: a government spokesman concedes only that", "concedes", partial=True)
Q(R5, I, "Lesovian racing would be “seen to be clean”", "Lubomira Zbaszynska",
  "name + title before: Last week Lubomira Zbąszyńska, Lesovia’s sports minister, promised that", "promised",
  note="a time phrase opens the sentence; the partial ends the clause, its closing mark before the full stop")
Q(R5, D, "seen to be clean", "Lubomira Zbaszynska", "name before: Lubomira Zbąszyńska, ..., promised that", "promised", partial=True)
Q(R5, I, None, "Perdita Glanville", "pronoun in the middle: she says → Perdita Glanville, the subject of the paragraph", "says",
  parts=["The colt", "will move to a yard in Esterland “this weekend, whatever the panel decides”"],
  note="reported speech split by its attribution (', she says,'): one record with two parts; a partial ends the second part")
Q(R5, D, "this weekend, whatever the panel decides", "Perdita Glanville", "pronoun in the middle: The colt, she says,", "says",
  partial=True, note="the closing mark comes before the full stop")
Q(R5, D, "I had the best seat in Lesovia,", "Bartosz Kwiecien",
  "pronoun after: he says → Bartosz Kwiecień, the subject of the sentence before", "says",
  note="'puts it more simply' is no record of its own")
Q(R5, D, "Now I have a seat in the stands.", "Bartosz Kwiecien", "continuation: the quote after '..., he says.'", None)
Q(R5, I, "her client will ask the panel to hear from the airport’s cargo handlers, at least four of whom remember the cool box sitting "
  "by the shed door", "Celina Ozarowska", "surname before: According to Ożarowska,", "according to",
  note="'According to X,' first, the clause after; 'her client' inside is Dobromir Kwiecień")
Q(R5, D, "We test 9,000 samples a year for six racing authorities,", "Esme Fothergill",
  "pronoun after: she says → Fothergill, the subject of the sentence before", "says")
Q(R5, D, "If our fridges were that bad, we would have noticed long before this colt did.", "Esme Fothergill",
  "continuation: the quote after '..., she says.'", None)


# ---------------------------------------------------------------- entities
E("Lesovia", "country", ["Lesovia", ("Wrzosów", None, ["Wrzosów has asked"])],
  metonyms=[{"alias": "Wrzosów", "metonym_of": "Lesovia (its government)"}], adjectival=["Lesovian"],
  note="the country of the Derby, its trainer and its racing authority: the R1 dateline and \"Lesovia has no accredited laboratory\" "
       "(R1), \"Her trainer in Lesovia\", \"the whole of Lesovia\" (R3), \"Lesovia’s sports minister\", \"the best seat in Lesovia\" (R5, "
       "inside Bartosz Kwiecień's quote); its capital stands for its government once: \"Wrzosów has asked Saltreach\" (R2, both capitals "
       "in one sentence, inside a ministry official's clause); \"Lesovian\" is a demonym, also inside \"Lesovian Derby\" and \"Lesovian "
       "Turf Authority\", not a mention")
E("Wrzosow", "city", ["Wrzosow"],
  note="Lesovia's capital, seat of the authority: \"An LTA official in Wrzosow\" (R1); the R2 metonym context is claimed by Lesovia; "
       "canonical name without diacritics")
E("Esterland", "country",
  ["Esterland", ("Saltreach", None, ["has asked Saltreach for", "Saltreach says it"])],
  metonyms=[{"alias": "Saltreach", "metonym_of": "Esterland (its government)"}],
  note="the country of the laboratory and the colt's owner: \"Thornwick, Esterland\", \"Esterland biscuit maker\" (R1), \"The Esterland "
       "embassy\" (R2), \"Esterland's sports minister\" (R3), \"half of Esterland\", \"a yard in Esterland\" (R5, inside a partial); its "
       "capital stands for its government twice: \"Wrzosów has asked Saltreach for copies\" (R2) and \"Saltreach says it has no say\" "
       "(R5, a speaker)")
E("Saltreach", "city", ["Saltreach"],
  note="Esterland's capital, its airport and the owner's home: \"Saltreach airport\" (R1; R2 inside Ożarowska's quote), \"her Saltreach "
       "mansion\", \"at Saltreach\", \"a Saltreach hotel\" (R3), \"11:00 in Saltreach\", \"one in Saltreach\" (R5); the metonym contexts "
       "are claimed by Esterland; the outlet's name (The Saltreach Almoner) is not in any text")
E("Krzemieniow", "city", ["KRZEMIENIOW", "Krzemieniow", "KRZEMIENIÓW", "Krzemieniów"],
  note="the Lesovian racecourse town of the Derby: the R1 dateline and \"the Kasztan Stakes at Krzemieniow\" (R1), the R2 dateline "
       "(\"Głos Krzemieniowa\", the paper's name, is a different word and another entity), five times in R4 (\"15:00 in Krzemieniow\", "
       "\"The collection form in Krzemieniow\", \"from Krzemieniow\", \"In Krzemieniow, Sports Minister ...\", \"10:00 in Krzemieniow\"), "
       "twice in R5; canonical name without diacritics")
E("Thornwick", "city", ["Thornwick"],
  note="the Esterland city of the laboratory: four times in R1, twice in R2 (once inside Kwiecień's quote; \"the Thornwick laboratory\" "
       "is claimed by ERAC), twice in R3 (\"The Thornwick boffins\"), four times in R4 (\"Thornwick time\" in the header; \"the Thornwick "
       "lab\" is claimed by ERAC), twice in R5")
E("Lesovian Turf Authority", "regulator",
  ["Lesovian Turf Authority", "LTA", ("authority", None, ["The authority said", "According to the authority"])],
  note="Lesovia's racing regulator: expansion and acronym in R1 (\"the Lesovian Turf Authority (LTA) said\", \"reached the LTA\", \"the "
       "LTA's collection form\", \"An LTA official\"), the expansion in R2 (its statement) and R5, the acronym in R4 (\"the LTA's "
       "disciplinary panel\"); \"authority\" claimed where it speaks (R1 \"The authority said\", R2 \"According to the authority\"); the "
       "other \"the authority\" (inside the clauses of R1's official and R5's Mrozowicz, R2's \"the authority's chief steward\") are not "
       "annotated")
E("Equine Residue Analysis Centre", "laboratory",
  ["Equine Residue Analysis Centre", "ERAC", ("Thornwick laboratory", None, ["the Thornwick laboratory"]),
   ("Thornwick lab", None, ["the Thornwick lab -"])],
  note="the contract laboratory in Thornwick that tested the samples: expansion and acronym in R1 (\"the Equine Residue Analysis Centre "
       "(ERAC)\", \"ERAC said\"), \"the Thornwick laboratory\" (R2, inside the official's clause), the expansion and the acronym in R4 "
       "(\"the Thornwick lab\" in the header, \"ERAC's director\", \"ERAC confirmed\"), the acronym in R5; \"the lab\", \"the lab's boss\" "
       "(R3), \"the laboratory\" and \"the centre’s director\" (R5) are not annotated")
E("Lesovian Derby", "race", ["Lesovian Derby", ("Derby", [R1, R2])],
  note="the race the colt was scratched from: \"the Lesovian Derby\" (R1, R2, R3, R5), \"The Derby, run over 2,400 metres\" (R1), \"The "
       "Derby purse\" (R2); R2's title is not in the text")
E("Kasztan Stakes", "race", ["Kasztan Stakes"],
  note="the race of 24 May after which the positive sample was taken (R1, R2)")
E("Blyskawiec", "horse", ["Blyskawiec", "Błyskawiec", "Sparky"],
  note="the unbeaten colt scratched from the Derby: \"Blyskawiec\" (R1 three times, R3 once, R4 three times: the header, \"from "
       "Blyskawiec\", \"the Blyskawiec samples\"), \"Błyskawiec\" (R2 twice, R5 twice), the tabloid's nickname \"Sparky\" (R3 four times, "
       "once inside Glanville's quote); \"the colt\", \"the horse\", \"he\" and \"him\" are not annotated; canonical name without diacritics")
E("Ostrowid", "horse", ["Ostrowid"], note="the Derby winner (R1, R2 twice, R5)")
E("X", "platform", ["X"])
E("Ironvale Wire", "news agency", ["Ironvale Wire"], note="the wire, in its dateline (R1)")
E("Glos Krzemieniowa", "media outlet", ["Głos Krzemieniowa"],
  note="the Lesovian paper, \"Kwiecień told Głos Krzemieniowa\" (R2); canonical name without diacritics")
E("The Daily Heckler", "media outlet", [("Heckler", [R3])], note="\"told the Heckler\" three times (R3)")
E("Brightwick Radio", "media outlet", ["Brightwick Radio"], note="\"told Brightwick Radio\" (R4)")
E("Tolworth Bet", "company", ["Tolworth Bet"], note="an Esterland bookmaker, a speaker (R3)")
E("Glanville's Bakeries", "company", ["Glanville's Bakeries"],
  note="Perdita Glanville's biscuit company (R3, inside the friends' clause); \"Glanville\" inside it is not a mention of her")
E("Dobromir Kwiecien", "person",
  ["Dobromir Kwiecien", "Dobromir Kwiecień", ("Dobromir", [R2, R3]),
   ("Kwiecień", None, ["Kwiecień told Głos", "Kwiecień said he would", "Kwiecień’s lawyer"]),
   ("Kwiecien", None, ["Kwiecien senior"]),
   ("trainer", None, ["Her trainer in Lesovia told"])],
  note="the colt's trainer: \"Trainer Dobromir Kwiecien\" (R1), \"Dobromir Kwiecień\" (R2 twice, R5), \"trainer Dobromir Kwiecien's "
       "lawyer\" (R3), \"Dobromir Kwiecien, speaking from his yard\" (R4); \"Dobromir\" inside quotes (R2 the vocative inside "
       "Mrozowicz's inner quote; R3 \"Dobromir said,\" inside Glanville's quote); bare \"Kwiecień\"/\"Kwiecien\" where it is his (R2 "
       "\"Kwiecień told Głos Krzemieniowa\", \"Kwiecień said he would not give up\"; R3 \"Kwiecien senior\"; R5 \"Kwiecień’s lawyer\"); "
       "\"Her trainer in Lesovia told her\" claimed (R3, a speaker); \"the trainer\" elsewhere (R1, R2, R4) is not annotated; canonical "
       "name without diacritics")
E("Bartosz Kwiecien", "person",
  ["Bartosz Kwiecien", "Bartosz Kwiecień", ("Kwiecien", None, ["young Kwiecien"])],
  note="the trainer's son, the colt's jockey: \"Bartosz Kwiecien\" (R1, R3), \"Bartosz Kwiecień\" (R2, R5), \"young Kwiecien\" (R3); "
       "canonical name without diacritics")
E("Perdita Glanville", "person",
  ["Perdita Glanville", "Shortbread Queen", ("Perdita", [R3]), ("Glanville", [R3])],
  note="the colt's owner, an Esterland biscuit maker: \"Perdita Glanville\" (R1, R3, R5 twice), the tabloid's label \"the Shortbread "
       "Queen\" (R3 three times), \"Perdita\" (R3, the vocative inside the trainer's inner quote), \"Glanville, who bought the colt\" "
       "(R3); \"the biscuit boss\" (R3) and \"the colt’s owner\" (R5 apposition) are not annotated")
E("Celina Ozarowska", "person",
  ["Celina Ozarowska", "Celina Ożarowska", ("Ozarowska", [R4]), ("Ożarowska", [R5]),
   ("lawyer", None, ["Kwiecien's lawyer says"])],
  note="the trainer's lawyer: \"Celina Ozarowska\" (R1, R3, R4), \"Celina Ożarowska\" (R2, R5), \"Ozarowska\" (R4 twice), \"According to "
       "Ożarowska\" (R5); \"trainer Dobromir Kwiecien's lawyer says\" claimed (R3, a speaker); canonical name without diacritics")
E("Bogumil Mrozowicz", "person",
  ["Bogumil Mrozowicz", "Bogumił Mrozowicz", ("Mrozowicz", [R1, R2])],
  note="the authority's chief steward: \"Chief steward Bogumil Mrozowicz\", \"Mrozowicz said\" (R1), \"Mrozowicz rang\" (R2, inside "
       "Kwiecień's quote), \"Bogumił Mrozowicz, the authority's chief steward\" (R2), \"Its chief steward, Bogumił Mrozowicz\" (R5); "
       "canonical name without diacritics")
E("Esme Fothergill", "person",
  ["Esme Fothergill", ("Fothergill", [R4, R5]), ("director", None, ["the director said"])],
  note="ERAC's director: \"Dr Esme Fothergill\" (R3, R4, R5), \"Fothergill\" (R4 five times, R5 once), \"the director said\" claimed (R4); "
       "\"The lab's boss\" (R3) and \"the centre’s director\" (R5, an apposition) are not annotated")
E("Lubomira Zbaszynska", "person",
  ["Lubomira Zbaszynska", "Lubomira Zbąszyńska", ("the minister", None, ["the minister said"])],
  note="Lesovia's sports minister: \"Sports Minister Lubomira Zbąszyńska\" (R2), \"Sports Minister Lubomira Zbaszynska\" (R4), \"Lubomira "
       "Zbąszyńska, Lesovia’s sports minister\" (R5); \"the minister said\" claimed (R2); canonical name without diacritics")
E("Jagoda Wilczek", "person", ["Jagoda Wilczek", ("Wilczek", [R1])],
  note="Ostrowid's trainer: \"trained by Jagoda Wilczek\", \"Wilczek, asked about the empty stall\" (R1), \"the winning trainer, Jagoda "
       "Wilczek\" (R2)")
E("Ondine Quaife", "person", ["Ondine Quaife"], note="the radio's reporter inside the laboratory (R4, twice)")

DISTINCT = [
    ("Dobromir Kwiecien", "Bartosz Kwiecien", "father and son sharing a surname, the trainer and his jockey (R2 \"Kwiecień said he would "
     "not give up\" and R3 \"Kwiecien senior\" are Dobromir; R3 \"young Kwiecien\" is Bartosz)"),
    ("Perdita Glanville", "Glanville's Bakeries", "the owner vs her company, which carries her surname (R3)"),
    ("Perdita Glanville", "Dobromir Kwiecien", "outer vs inner speaker of R3's nested quote (and the second inner quote is hers)"),
    ("Bogumil Mrozowicz", "Dobromir Kwiecien", "inner vs outer speaker of R2's nested quote"),
    ("Lesovia", "Wrzosow", "the government (metonym, R2) vs the capital city (R1)"),
    ("Esterland", "Saltreach", "the government (metonyms, R2, R5) vs the capital city"),
    ("Esterland", "Equine Residue Analysis Centre", "R5's \"Saltreach says it has no say over a private laboratory\" vs the laboratory"),
    ("Lesovian Turf Authority", "Equine Residue Analysis Centre", "the regulator vs its contract laboratory (both speak through statements)"),
    ("Bogumil Mrozowicz", "Lesovian Turf Authority", "the chief steward vs his authority (both speak: R1, R2, R5)"),
    ("Esme Fothergill", "Equine Residue Analysis Centre", "the director vs her laboratory (both speak in R1 and R4)"),
    ("Celina Ozarowska", "Esme Fothergill", "the two women of R4's exchanges: \"she said\" after a sentence naming both is Ozarowska"),
    ("Lubomira Zbaszynska", "Bogumil Mrozowicz", "R2's \"the minister said\" follows a sentence naming both"),
    ("Jagoda Wilczek", "Dobromir Kwiecien", "the winning trainer vs the scratched colt's trainer (R2 names both in one clause)"),
    ("Blyskawiec", "Ostrowid", "the scratched favourite vs the Derby winner"),
    ("Blyskawiec", "Dobromir Kwiecien", "the colt (\"he\", \"him\" in the trainer's quotes) vs the trainer"),
    ("Lesovian Derby", "Kasztan Stakes", "the race he missed vs the race after which the sample was taken"),
    ("Krzemieniow", "Glos Krzemieniowa", "the town vs the paper named after it"),
    ("Thornwick", "Equine Residue Analysis Centre", "the city vs the laboratory called after it (\"the Thornwick laboratory\", R2; "
     "\"the Thornwick lab\", R4)"),
]


# ---------------------------------------------------------------- times
# R1 anchor Sat 2054-06-06 (Krzemieniow, UTC+2; Thornwick UTC-3:30)
T(R1, "June 6", "date", "2054-06-06", "dateline; month and day, year of the publication date")
T(R1, "eight hours", "duration", "PT8H", "duration in words (\"withdrawn about eight hours before Saturday's race\")")
T(R1, "Saturday", "weekday", "2054-06-06", "the anchor day (\"Saturday's race\", a Saturday wire)", after="eight hours before ")
T(R1, "last month", "relative", "2054-05-01/2054-05-31", "the month before the anchor's (\"a sample taken last month\")")
T(R1, "May 24", "date", "2054-05-24", "month and day without a year, past (\"won the Kasztan Stakes ... on May 24\"): the anchor's year")
T(R1, "02:45 local time", "time", "2054-06-06T02:45:00+02:00",
  "\"local time\" of the dateline's town (Krzemieniow, UTC+2), fixed by \"(00:45 GMT)\" after it; Saturday")
T(R1, "on Saturday", "weekday", "2054-06-06", "the anchor day (\"at 02:45 local time on Saturday\")")
T(R1, "00:45 GMT", "time", "2054-06-06T00:45:00+00:00", "the same instant as 02:45 local time, written in GMT")
T(R1, "a quarter past nine", "time", "2054-06-05T21:15:00-03:30",
  "a clock in words in Thornwick (Esterland, UTC-3:30): the same instant as 02:45 in Krzemieniow and 00:45 GMT, still Friday there — "
  "one instant in three zones across a date line")
T(R1, "on Friday evening", "weekday", "2054-06-05", "the latest Friday before the anchor (\"a quarter past nine on Friday evening in Thornwick\")")
T(R1, "06:30", "time", "2054-06-06T06:30:00+02:00", "a 24-hour clock with no zone: the dateline's (Krzemieniow, UTC+2); the anchor day")
T(R1, "08:10", "time", "2054-06-06T08:10:00+02:00", "a 24-hour clock with no zone: Krzemieniow, UTC+2; the anchor day")
T(R1, "ten hours", "duration", "PT10H", "duration in words (inside Mrozowicz's quote \"due to run in ten hours\")")
T(R1, "31 years", "duration", "P31Y", "duration (inside Kwiecien's quote \"for 31 years\")")
T(R1, "this morning", "relative", "2054-06-06", "the morning of the anchor day (inside Kwiecien's quote)")
T(R1, "30 hours", "duration", "PT30H", "duration (\"had spent 30 hours in an unrefrigerated cargo shed\")")
T(R1, "on Thursday", "weekday", "2054-06-11", "future (\"would be opened on Thursday\"): the Thursday after the anchor")
T(R1, "since 2049", "date", "2049-01-01/2049-12-31", "a year (\"had sent its samples to Thornwick since 2049\")", granularity="year")
T(R1, "two years", "duration", "P2Y", "duration in words (\"ban a trainer for up to two years\")")

# R2 anchor Sun 2054-06-07 (the Lesovian paper; its own clocks are Krzemieniów's, UTC+2)
T(R2, "7 June 2054", "date", "2054-06-07", "dateline: a full date in day-month-year order")
T(R2, "yesterday morning", "relative", "2054-06-06", "the day before the anchor (\"his telephone rang yesterday morning\")")
T(R2, "two years", "duration", "P2Y", "duration in words (\"the colt he had prepared for two years\")")
T(R2, "half past six", "time", "2054-06-06T06:30:00+02:00",
  "a clock in words inside Kwiecień's quote, in the paper's (Krzemieniów's) time, UTC+2, on the morning the paper calls \"yesterday "
  "morning\"; the same instant as R1's 06:30")
T(R2, "21:00", "time", "2054-06-06T21:00:00+02:00",
  "\"The Lesovian Turf Authority's statement, issued at 21:00\": the paper's own time (UTC+2), the day of the decision (yesterday, "
  "Saturday 6 June)")
T(R2, "on Thursday", "weekday", "2054-06-11", "future (\"would be tested in Thornwick on Thursday\"): the Thursday after the anchor")
T(R2, "25 May", "date", "2054-05-25", "day and month without a year, past (\"flown out on 25 May\"): the anchor's year")
T(R2, "two days", "duration", "P2D", "duration in words (\"until two days later\")")
T(R2, "30 hours", "duration", "PT30H", "duration (inside Ożarowska's quote \"For 30 hours\")")
T(R2, "an hour", "duration", "PT1H", "duration (\"spent an hour at the racecourse\")")

# R3 anchor Mon 2054-06-08 (Esterland tabloid; "our time" is the paper's own, Saltreach, UTC-3:30)
T(R3, "2am our time", "time", "2054-06-06T02:00:00-03:30",
  "\"our time\": the tabloid's country (Esterland, UTC-3:30); SATURDAY — 07:30 in Krzemieniów")
T(R3, "SATURDAY", "weekday", "2054-06-06", "\"on SATURDAY\" in capitals: the latest Saturday before the anchor")
T(R3, "two in the morning", "time", "2054-06-06T02:00:00-03:30",
  "a clock in words inside Glanville's inner quote, in her own (Saltreach) time, UTC-3:30: the same call as \"2am our time\"")
T(R3, "late Friday", "weekday", "2054-06-05", "the latest Friday before the anchor (\"fired off their bombshell email late Friday\")")
T(R3, "9.15pm", "time", "2054-06-05T21:15:00-03:30",
  "a 12-hour clock with a point, the laboratory's and the tabloid's Esterland time (UTC-3:30); late Friday — R1's \"a quarter past "
  "nine on Friday evening in Thornwick\"")
T(R3, "30 hours", "duration", "PT30H", "duration (\"sat in a baking airport shed at Saltreach for 30 hours\")")
T(R3, "last night", "relative", "2054-06-07", "the night before the anchor day (\"hit back last night\")")
T(R3, "on Thursday", "weekday", "2054-06-11", "future (\"will be opened in Thornwick on Thursday\"): the Thursday after the anchor")
T(R3, "two years", "duration", "P2Y", "duration in words (\"a ban of up to two years\")")
T(R3, "in 2052", "date", "2052-01-01/2052-12-31", "a year (\"bought the colt as a yearling in 2052\")", granularity="year")

# R4 anchor Thu 2054-06-11; the blog's second header line says "Times below are Thornwick time (UTC-03:30)"
T(R4, "Thursday 11 June", "date", "2054-06-11", "weekday, day and month without a year in the blog's header: the anchor day")
for stamp in ("08:55", "09:41", "09:58", "10:20", "10:47", "11:35", "12:10", "13:22", "14:05", "14:40", "15:30", "16:15"):
    T(R4, stamp, "time", f"2054-06-11T{stamp}:00-03:30",
      "a live-blog entry stamp (24-hour clock) on a line of its own, no zone of its own; the header says \"Times below are Thornwick "
      "time (UTC-03:30)\"; the anchor day")
T(R4, "09:30", "time", "2054-06-11T09:30:00-03:30",
  "\"due to be opened at 09:30\" in Thornwick: the blog's zone (UTC-3:30), fixed by \"that is 13:00 GMT\" after it")
T(R4, "13:00 GMT", "time", "2054-06-11T13:00:00+00:00", "the same instant as 09:30, written in GMT")
T(R4, "15:00", "time", "2054-06-11T15:00:00+02:00",
  "\"15:00 in Krzemieniow\": Lesovian time, UTC+2; the same instant as 09:30 and 13:00 GMT — one instant in three zones")
T(R4, "14 hours", "duration", "PT14H", "duration (\"a gap of 14 hours\")")
T(R4, "30 and 31 May", "date", "2054-05-30/2054-05-31",
  "two days of one month without a year (\"over the weekend of 30 and 31 May\"): the anchor's year, a Saturday and a Sunday")
T(R4, "next Monday", "relative", "2054-06-15",
  "the Monday of the week after the anchor's (\"will sit next Monday\" in a Thursday blog): Monday 15 June")
T(R4, "10:00", "time", "2054-06-15T10:00:00+02:00",
  "\"at 10:00 in Krzemieniow on Monday\": Lesovian time, UTC+2, not the blog's; Monday 15 June")
T(R4, "on Monday", "weekday", "2054-06-15", "future (\"The panel sits ... on Monday\"): the Monday after the anchor")
T(R4, "04:30", "time", "2054-06-15T04:30:00-03:30",
  "\"04:30 here\": the blog's zone (UTC-3:30 by its header); the same instant as 10:00 in Krzemieniow on Monday")
T(R4, "today", "relative", "2054-06-11", "the anchor day (\"That is all from Thornwick today\")")

# R5 anchor Fri 2054-06-12 (no dateline; clocks in named places: Krzemieniów UTC+2, Saltreach UTC-3:30, and GMT)
T(R5, "On Saturday", "weekday", "2054-06-06", "the latest Saturday before the anchor (\"On Saturday the Lesovian Derby went off\")")
T(R5, "16:30", "time", "2054-06-06T16:30:00+02:00",
  "\"at 16:30 in Krzemieniów\": Lesovian time, UTC+2 (two hours ahead of the GMT time after it); Saturday")
T(R5, "14:30 GMT", "time", "2054-06-06T14:30:00+00:00", "clock time with its zone; the same instant as 16:30 in Krzemieniów")
T(R5, "11:00", "time", "2054-06-06T11:00:00-03:30",
  "\"11:00 in Saltreach\": Esterland time, UTC-3:30; the same instant — one instant in three places")
T(R5, "Six days", "duration", "P6D", "duration in words opening a sentence (\"Six days later\", from Saturday 6 to the anchor)")
T(R5, "yesterday", "relative", "2054-06-11", "the day before the anchor (\"opened in Thornwick yesterday\")")
T(R5, "three weeks", "duration", "P3W", "duration in words (inside Fothergill's partial \"after three weeks\")")
T(R5, "Thirty hours", "duration", "PT30H", "duration in words (inside Ożarowska's quote)")
T(R5, "fourteen hours", "duration", "PT14H", "duration in words (inside Ożarowska's quote)")
T(R5, "on Tuesday night", "weekday", "2054-06-09",
  "the latest Tuesday before the anchor (\"wrote to every licensed trainer on Tuesday night\")")
T(R5, "on Monday", "weekday", "2054-06-15", "future (\"The disciplinary panel sits in Krzemieniów on Monday\"): the Monday after the anchor")
T(R5, "four days", "duration", "P4D", "duration in words (\"has set aside four days\")")
T(R5, "Last week", "relative", "2054-06-01/2054-06-07",
  "the Monday–Sunday week before the anchor's (\"Last week Lubomira Zbąszyńska ... promised\"; she spoke on Saturday 6 June)")
T(R5, "this weekend", "relative", "2054-06-13/2054-06-14",
  "the weekend after the anchor (a Friday paper), Saturday and Sunday (inside Glanville's partial)")
T(R5, "Earlier this month", "relative", "2054-06-01/2054-06-11", "the anchor's month up to the day before the anchor")


# ---------------------------------------------------------------- numbers
N(R1, "about eight hours", 8, "hour", "duration", approx="about", note="word number")
N(R1, "ten hours", 10, "hour", "duration", note="word number (inside Mrozowicz's quote)")
N(R1, "54", 54, "year", "age", note="an age (\"Trainer Dobromir Kwiecien, 54,\")")
N(R1, "31 years", 31, "year", "duration", note="inside Kwiecien's quote")
N(R1, "30 hours", 30, "hour", "duration")
N(R1, "2,400 metres", 2400, "metre", "distance", note="a thousands separator")
N(R1, "two lengths", 2, "length", "distance", note="word number; a racing margin")
N(R1, "14", 14, "runner", "count", after="from a field of ", note="\"a field of 14\": the runners, the noun left out")
N(R1, "23-year-old", 23, "year", "age", note="an age as a hyphenated adjective")
N(R1, "up to two years", 2, "year", "duration", approx="up_to", note="word number")

N(R2, "two years", 2, "year", "duration", note="word number")
N(R2, "40 horses", 40, "horse", "count")
N(R2, "12 stewards", 12, "steward", "count", note="opening the clause after \"According to the authority,\"")
N(R2, "two veterinary officers", 2, "veterinary officer", "count", note="word number")
N(R2, "two days", 2, "day", "duration", note="word number")
N(R2, "30 hours", 30, "hour", "duration", note="inside Ożarowska's quote")
N(R2, "3.5 million vadeks", 3500000, "vadek", "money", note="Lesovia's currency; a decimal with 'million'")

N(R3, "61", 61, "year", "age", note="an age (\"Perdita Glanville, 61,\")")
N(R3, "$4.2 million", 4200000, "usd", "money", note="a decimal with 'million' (the colt's value)")
N(R3, "more than 2,000 people", 2000, "person", "count", approx="more_than")
N(R3, "two private labs", 2, "lab", "count", note="word number")
N(R3, "30 hours", 30, "hour", "duration")
N(R3, "23", 23, "year", "age", note="an age (\"Bartosz Kwiecien, 23,\")")
N(R3, "up to two years", 2, "year", "duration", approx="up_to", note="word number")
N(R3, "More than 300 punters", 300, "punter", "count", approx="more_than", note="opening a sentence")
N(R3, "at least $85,000", 85000, "usd", "money", approx="at_least")
N(R3, "12", 12, "person", "count", after="a table for ", note="\"a table for 12\": the guests, the noun left out")

N(R4, "two vets", 2, "vet", "count", note="word number")
N(R4, "four digits", 4, "digit", "count", note="word number (inside Ozarowska's quote)")
N(R4, "about 20 people", 20, "person", "count", approx="about")
N(R4, "14 hours", 14, "hour", "duration")
N(R4, "between 40 and 55 nanograms", 40, "nanogram", "concentration", low=40, high=55,
  note="a range written with between ... and ...; per millilitre")
N(R4, "about 30 percent", 30, "percent", "percent", approx="about", note="'percent' in one word")

N(R5, "Six days", 6, "day", "duration", note="word number opening a sentence")
N(R5, "three weeks", 3, "week", "duration", note="word number (inside a partial)")
N(R5, "Thirty hours", 30, "hour", "duration", note="word number opening a quote")
N(R5, "fourteen hours", 14, "hour", "duration", note="word number (inside Ożarowska's quote)")
N(R5, "1.1 million vadeks", 1100000, "vadek", "money", note="Lesovia's currency; \"a year\" after it is a rate")
N(R5, "four days", 4, "day", "duration", note="word number")
N(R5, "two laboratories", 2, "laboratory", "count", note="word number")
N(R5, "two countries", 2, "country", "count", note="word number")
N(R5, "at least four", 4, "cargo handler", "count", approx="at_least",
  note="\"at least four of whom\": the noun from \"the airport’s cargo handlers\" before it")
N(R5, "9,000 samples", 9000, "sample", "count", note="inside Fothergill's quote; \"a year\" after it is a rate")
N(R5, "six racing authorities", 6, "racing authority", "count", note="word number (inside Fothergill's quote)")

ABOUT = ("Gold for the read stage on the invented held-out reports of demo/read-heldout32/reports.jsonl, "
         "written and committed before any reader ran on them. `file` is the report's `id`; `start`/`end` "
         "are BYTE offsets into the UTF-8 encoding of the report's `text` field; text[start:end] begins "
         "with `span`. Same format as demo/read-heldout29/gold.json. Generated by build_gold.py. See README.md here.")


G.write(ABOUT, DISTINCT, detailed=True)
