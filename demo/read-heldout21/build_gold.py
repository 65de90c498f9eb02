#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and the annotations below.

Run from anywhere: `python3 demo/read-heldout21/build_gold.py`. Offsets are computed here from the spans
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
# R1: Tallowick Wire, 2046-11-15 (Thu; wire; straight quotes; dateline "PORT AUCEL, Meraunt, Nov 15 (Tallowick Wire) —", an em
# dash; no diacritics: "Wojslaw Zdzieblowski", "Bozena Kaszuba"; Meraunt keeps UTC+8: "20:20 local time (12:20 GMT)")
Q(R1, I, "Game 8, scheduled for Friday, had been postponed \"until the facts are established\" and that neither player stood accused of wrongdoing",
  "Global Chess Federation",
  "name + acronym before: The Global Chess Federation (GCF), which runs the 14-game match, said in a statement that", "said",
  channel="statement", note="'that ... and that ...': one record; a relative clause between the name and the verb; a partial inside")
Q(R1, D, "until the facts are established", "Global Chess Federation", "name before: The Global Chess Federation (GCF) ... said",
  "said", channel="statement", partial=True)
Q(R1, I, "The device was found at about 20:20 local time (12:20 GMT) on Wednesday during a routine sweep of the Kestle Pavilion by Grayle Security, which has 40 guards at the venue",
  "Global Chess Federation", "description after the clause: according to the federation → the GCF of the paragraph before",
  "according to", note="clause first, 'according to' after; Grayle Security inside the clause is no speaker")
Q(R1, I, "the result of Game 7 should be annulled", "Eckersall team complaint",
  "document before: The complaint, lodged by Eckersall's team at 23:10 on Wednesday, said", "said", channel="complaint",
  note="a document speaks; reported speech without 'that'; a participle phrase between subject and verb")
Q(R1, D, "We are not accusing anyone of anything,", "Quintin Pithey",
  "name after (inverted): said Quintin Pithey, the champion's second", "said")
Q(R1, D, "We are asking a simple question: what was that thing doing there, and who put it there?", "Quintin Pithey",
  "continuation: the quote after '..., said Quintin Pithey, the champion's second.'", None, note="a question inside the marks")
Q(R1, D, "I have never seen it, I have never touched it, and I will take any test they want,", "Wojslaw Zdzieblowski",
  "surname after: Zdzieblowski told reporters → the challenger (his brother Radzim is named only in the next paragraph)", "told",
  channel="told reporters")
Q(R1, D, "Then I want to play.", "Wojslaw Zdzieblowski", "continuation: the quote after '..., Zdzieblowski told reporters on Thursday morning.'",
  None, channel="told reporters")
Q(R1, I, "the family would ask for the earpiece to be tested for fingerprints and DNA, and that the complaint was \"a desperate move by a man who is losing\"",
  "Radzim Zdzieblowski", "name before: His brother and manager, Radzim Zdzieblowski, said", "said",
  note="without 'that' at first, then ', and that ...': one record; the partial ends it")
Q(R1, D, "a desperate move by a man who is losing", "Radzim Zdzieblowski", "name before: Radzim Zdzieblowski, said", "said",
  partial=True, note="the closing mark comes before the full stop")
Q(R1, I, "the rest room had been searched before the game and that nothing had been found", "Seraphine Vexley",
  "title + name before: Chief arbiter Seraphine Vexley said", "said", note="without 'that' at first, then 'and that ...': one record")
Q(R1, I, "its door was covered by a camera", "Seraphine Vexley", "pronoun before: She said → Vexley, the subject of the sentence before",
  "said", note="reported speech without 'that'; ', but declined to say whether ...' is no quote")
Q(R1, I, "the pavilion would stay sealed until the federation had finished its inquiry", "Aldwin Tengrove",
  "title + name before: Meraunt's sports minister, Aldwin Tengrove, told reporters", "told", channel="told reporters",
  note="reported speech without 'that'")
Q(R1, I, "a three-member ethics panel would meet on Saturday", "Cosima Fensome", "title + name before: GCF president Cosima Fensome said",
  "said", note="reported speech without 'that'")
Q(R1, D, "The integrity of this match is worth more than its schedule,", "Cosima Fensome", "surname after: Fensome said", "said")
Q(R1, D, "If that costs us a week, so be it.", "Cosima Fensome", "continuation: the quote after '..., Fensome said.'", None)
Q(R1, I, "she had spoken to Zdzieblowski late on Wednesday and that \"Pradonia stands behind him\"", "Bozena Kaszuba",
  "title + name before: Pradonia's sports minister, Bozena Kaszuba, wrote in a post on X early on Thursday that", "wrote",
  channel="post on X", note="a time phrase between the channel and 'that'; 'that ... and that ...': one record; the partial ends it")
Q(R1, D, "Pradonia stands behind him", "Bozena Kaszuba", "name before: Bozena Kaszuba, wrote in a post on X", "wrote",
  channel="post on X", partial=True, note="the closing mark comes before the full stop")

# R2: Goniec Dębnowski (English edition), 2046-11-16 (Fri; the Pradonian paper in English; straight quotes; dateline "DĘBNOWIEC, 16
# November –" (en dash); diacritics: "Wojsław Ździebłowski", "Bożena Kaszuba", "Kanał Jeden"; Pradonia keeps UTC+1: "16:10 on
# Wednesday, Dębnowiec time (23:10 in Port Aucel)")
Q(R2, I, "she had written to her Merauntine counterpart, Aldwin Tengrove, asking for the recordings to be handed to independent experts",
  "Bozena Kaszuba", "title + name before: Sports Minister Bożena Kaszuba said on Thursday evening that", "said",
  note="a time phrase between the verb and 'that'")
Q(R2, D, "We are not asking for favours. We are asking for the tape,", "Bozena Kaszuba",
  "pronoun after: she said → Kaszuba, the subject of the sentence before (Aldwin Tengrove, named inside her clause, is a man)", "said",
  note="multi-sentence")
Q(R2, I, "Pradonia would \"follow every step\" of the inquiry", "Pradonian Ministry of Sport",
  "group before: Her ministry's statement, issued an hour later, said → Kaszuba's ministry", "said", channel="statement",
  note="a ministry speaks through its statement; reported speech without 'that'; a participle phrase between subject and verb")
Q(R2, D, "follow every step", "Pradonian Ministry of Sport", "group before: Her ministry's statement ... said", "said",
  channel="statement", partial=True)
Q(R2, I, "Dębnowiec wants Port Aucel to hand over the footage before the federation's ethics panel sits on Saturday", None,
  "unresolved: according to a senior official at the ministry who asked not to be named (speaker null)", "according to",
  note="clause first, 'according to' after; both capitals inside are governments (metonyms)")
Q(R2, I, "Meraunt's police had not been asked to investigate \"and will not be, unless somebody alleges a crime\"", "Aldwin Tengrove",
  "surname before: Tengrove said in a statement that", "said", channel="statement", note="the partial ends it")
Q(R2, D, "and will not be, unless somebody alleges a crime", "Aldwin Tengrove", "surname before: Tengrove said in a statement",
  "said", channel="statement", partial=True, note="the partial begins with 'and'; the closing mark comes before the full stop")
Q(R2, I, "the family had learned of the complaint from a journalist", "Radzim Zdzieblowski",
  "name before: Radzim Ździebłowski, the challenger's older brother and manager, told the Goniec that", "told",
  channel="interview with the Goniec")
Q(R2, D, "A guard stopped me at the door and said, 'Nobody goes in tonight, sir, not even the family,' and that was the first I heard of any earpiece,",
  "Radzim Zdzieblowski", "first name after: Radzim said → Radzim Ździebłowski (the challenger is named in the paragraph before, but the "
  "first name is the brother's)", "said", channel="interview with the Goniec",
  note="holds a quote inside the quote (single straight marks) spoken by someone else, a guard")
Q(R2, D, "Nobody goes in tonight, sir, not even the family,", None,
  "inside the outer quote: 'A guard stopped me at the door and said,' → a guard at the Kestle Pavilion, never named (speaker null)",
  "said", note="quote inside a quote whose speaker is NOT the outer speaker; 'sir' is Radzim")
Q(R2, D, "My brother was asleep.", "Radzim Zdzieblowski", "continuation: the quote after '..., Radzim said.'", None,
  channel="interview with the Goniec", note="'My brother' inside is the challenger")
Q(R2, I, "its coverage drew an average audience of 1.9 million, or 41% of the country's viewers, the largest for any sporting event since 2031",
  "Kanal Jeden", "name before: the broadcaster Kanał Jeden said", "said", note="reported speech without 'that'")
Q(R2, I, "she had never known a calmer player", "Lidka Zawisza",
  "name before: Lidka Zawisza, who has coached Wojsław for the past 11 years, said", "said",
  note="reported speech without 'that'; a relative clause between the name and the verb")
Q(R2, D, "He sleeps before games, he eats, he plays. He does not need a machine whispering in his ear,", "Lidka Zawisza",
  "surname after: Zawisza said", "said", note="multi-sentence; 'He' inside is the challenger")
Q(R2, I, "he had spent two hours on Thursday preparing for Game 8 \"as if nothing had happened\"", "Lidka Zawisza",
  "pronoun before: She added that → Zawisza, the speaker of the sentence before", "added", note="the partial ends it")
Q(R2, D, "as if nothing had happened", "Lidka Zawisza", "pronoun before: She added that", "added", partial=True,
  note="the closing mark comes before the full stop")
Q(R2, D, "We will cross that bridge in Port Aucel, not here.", "Bozena Kaszuba",
  "surname before, a colon: Kaszuba, asked whether ..., said: → Bożena Kaszuba", "said",
  note="an agentless question ('asked whether Pradonia would boycott ...') between the name and the verb is no record")

# R3: The Daily Jackdaw, 2046-11-17 (Sat; tabloid; straight quotes; no dateline, no zone anywhere ("8.20pm", "2.45pm"); no
# diacritics; labels and nicknames: "The Brennick Bishop", "The Bishop", "Zed", "Chess king")
Q(R3, I, "he has NEVER called his young rival a cheat", "Rowan Eckersall",
  "name before: Chess king Rowan Eckersall last night broke his silence ... - and insisted", "insisted",
  note="a second verb of the same subject after a dash; reported speech without 'that'; 'NEVER' in capitals")
Q(R3, D, "I did not ask for the match to stop. I asked for an answer. Somebody put that earpiece there and I would like to know who.",
  "Rowan Eckersall", "label before, a colon: The Brennick Bishop, 34, told the Jackdaw: → Eckersall", "told",
  channel="interview with the Jackdaw", note="multi-sentence")
Q(R3, D, "Whoever taped it there wore gloves or wiped it clean. It was never switched on.", None,
  "unresolved: A source close to the investigation said: (an unnamed source)", "said", note="multi-sentence")
Q(R3, D, "If Rowan thinks I cheated, he can say it to my face across the board. I will be there on Monday.", "Wojslaw Zdzieblowski",
  "nickname before, a colon: Zed, 26, hit back yesterday: → Wojslaw Zdzieblowski", "hit back",
  note="multi-sentence; 'Rowan' inside is Eckersall; the '\"Zed\"' in the paragraph before is a nickname in quotation marks, not a quote")
Q(R3, D, "a stunt", "Radzim Zdzieblowski",
  "first name before: His big brother Radzim, who doubles as his manager, went further, branding the complaint", "branding",
  partial=True, note="a quoted fragment as the object of 'branding'; no clause, so no indirect record")
Q(R3, I, "Eckersall's camp \"knew they were beaten\"", "Radzim Zdzieblowski",
  "same subject: ... and claiming → Radzim (the subject of the sentence)", "claiming",
  note="a second participle of speech of the same subject; reported speech without 'that'; the partial ends it")
Q(R3, D, "knew they were beaten", "Radzim Zdzieblowski", "same subject: ... and claiming", "claiming", partial=True,
  note="the closing mark comes before the full stop")
Q(R3, I, "the pavilion would stay locked \"until the last question is answered\"", "Aldwin Tengrove",
  "title + name before: Meraunt's sports minister Aldwin Tengrove told reporters in Port Aucel that", "told", channel="told reporters",
  note="a place between the addressee and 'that'; the partial ends it")
Q(R3, D, "until the last question is answered", "Aldwin Tengrove", "name before: Aldwin Tengrove told reporters", "told",
  channel="told reporters", partial=True, note="the closing mark comes before the full stop")
Q(R3, I, "the team had \"every right\" to raise the alarm", "Quintin Pithey",
  "label + name before: The Bishop's right-hand man, Quintin Pithey, said", "said", note="reported speech without 'that'")
Q(R3, D, "every right", "Quintin Pithey", "name before: Quintin Pithey, said", "said", partial=True)
Q(R3, D, "If we had found it in Rowan's room, the other lot would be screaming for him to be banned for life.", "Quintin Pithey",
  "pronoun before, a colon: He said: → Pithey, the subject of the sentence before", "said",
  note="'Rowan' inside is Eckersall, 'him' is Rowan")
Q(R3, I, "the three-person ethics panel would sit today and could rule \"within days\"", "Cosima Fensome",
  "title + name before: Global Chess Federation chief Cosima Fensome said", "said", note="reported speech without 'that'")
Q(R3, D, "within days", "Cosima Fensome", "name before: Cosima Fensome said", "said", partial=True,
  note="the closing mark comes before the full stop")
Q(R3, I, "Game 8 could go ahead as early as Tuesday", None, "unresolved: Federation insiders said (unnamed people inside the GCF)",
  "said", note="reported speech without 'that'")
Q(R3, I, "its guards had checked the challenger's rest room at 2.45pm, 15 minutes before the game began", "Grayle Security",
  "name before: Grayle Security, which is being paid $310,000 to guard the Kestle Pavilion, said", "said",
  note="reported speech without 'that'; a relative clause between the name and the verb")
Q(R3, D, "It was clean. We have the checklist and we have the photographs.", None,
  "unresolved: A spokeswoman insisted: (Grayle Security's spokeswoman, unnamed; the firm is not the speaker)", "insisted",
  note="multi-sentence")
Q(R3, D, "Proud of you, whatever happens.", "Juno Eckersall",
  "name before, a colon: His wife Juno Eckersall, 31, ... posted on X on Thursday night: (not Rowan Eckersall)", "posted",
  channel="post on X", note="a shared surname; 'you' is her husband")

# R4: The Brennick Recorder, 2046-11-20 (Tue; broadsheet; curly quotes and apostrophes; sayings in the present tense ("tells",
# "says", "concedes", "insists", "jokes"); no dateline; diacritics: "Wojsław Ździebłowski", "Bożena Kaszuba"; two clocks in two places)
Q(R4, I, "the earpiece had no battery, had never been paired with a phone and is a model sold in dozens of shops in Port Aucel",
  "GCF ethics panel",
  "document of a group before: Its ruling, published on Monday after two days of hearings and evidence from 17 witnesses, says → the "
  "ruling of the GCF's ethics panel (the sentence before)", "says", channel="ruling",
  note="the panel speaks through its ruling; present tense, without 'that'; a long participle phrase between subject and verb")
Q(R4, I, "footage from the corridor outside the rest room shows nobody entering between the pre-game search and the end of Game 7, but that a second door, from a service passage, is not covered by any camera",
  "GCF ethics panel", "pronoun before: It says → the ruling (the sentence before), the panel's", "says", channel="ruling",
  note="without 'that' at first, then ', but that ...': one record")
Q(R4, D, "We cannot say who put it there, and we will not guess,", "Arden Fenby",
  "title + name after: the panel’s chairman, Arden Fenby, tells the Recorder", "tells", channel="interview with the Recorder")
Q(R4, D, "What we can say is that it was never used.", "Arden Fenby", "continuation: the quote after '..., tells the Recorder.'", None,
  channel="interview with the Recorder")
Q(R4, I, "the complaint his team lodged last Wednesday was “perhaps too loud”", "Rowan Eckersall",
  "name before: Rowan Eckersall concedes that", "concedes", note="present tense; the partial ends it")
Q(R4, D, "perhaps too loud", "Rowan Eckersall", "name before: Rowan Eckersall concedes that", "concedes", partial=True,
  note="curly marks; the closing mark comes before the comma")
Q(R4, I, "it was the right call", "Rowan Eckersall", "same subject: ..., but insists → Eckersall", "insists",
  note="a second verb of the same subject; without 'that'; 'it' is the complaint")
Q(R4, D, "Quintin came into my dressing room and said, ‘They have found something in his bathroom, Rowan,’ and I told him to write it down and take it to the arbiter,",
  "Rowan Eckersall", "pronoun after: he says → Eckersall, the subject of the sentence before", "says",
  note="holds a quote inside the quote (curly single marks) spoken by Quintin Pithey; 'Rowan' inside is the one addressed")
Q(R4, D, "They have found something in his bathroom, Rowan,", "Quintin Pithey",
  "inside the outer quote: 'Quintin came into my dressing room and said,' → Quintin Pithey, Eckersall's second (full name in the "
  "paragraph after next)", "said", note="quote inside a quote whose speaker is NOT the outer speaker; 'his' is the challenger's")
Q(R4, D, "What else was I supposed to do? Pretend I had not heard?", "Rowan Eckersall",
  "continuation: the quote after '..., he says.'", None, note="two questions")
Q(R4, D, None, "Wojslaw Zdzieblowski",
  "pronoun in the middle: he says → Ździebłowski, the subject of the sentence before (not his brother, named after the quote)", "says",
  parts=["I lost a week of my life to a piece of plastic,", "and nobody has said sorry."],
  note="a direct quote split by its attribution: one record with two parts")
Q(R4, I, "the family will not take the matter further, and that the federation owes it an explanation of why the service door was never watched",
  "Radzim Zdzieblowski", "first name before: His brother Radzim says", "says",
  note="present tense, without 'that' at first, then ', and that ...': one record")
Q(R4, D, "absurd", "Quintin Pithey", "name before: a penalty Quintin Pithey calls", "calls", partial=True,
  note="a one-word quoted fragment as the complement of 'calls'; no clause, so no indirect record")
Q(R4, D, "Rules about confidentiality are not suggestions. They bind the champion as much as anyone,", "Cosima Fensome",
  "title alone after: the president says → Cosima Fensome, the federation’s president (the sentence before)", "says",
  note="multi-sentence")
Q(R4, I, "Meraunt has agreed to fit a camera on the service door before Wednesday’s game", "Bozena Kaszuba",
  "title + name before: Pradonia’s sports minister, Bożena Kaszuba, says", "says", note="present tense, without 'that'")
Q(R4, I, "it welcomes the panel’s work", "Tessary",
  "capital for its government before: Brennick, which had kept out of the row, says → Tessary's government", "says",
  note="a capital city speaks for its government (a metonym); a relative clause between subject and verb; 'it' is Brennick")
Q(R4, I, "he will be “awake by move 20, with luck”", "Rowan Eckersall", "surname before: Eckersall jokes that", "jokes",
  note="present tense; the partial ends it; 'move 20' is no number to annotate")
Q(R4, D, "awake by move 20, with luck", "Rowan Eckersall", "surname before: Eckersall jokes that", "jokes", partial=True,
  note="the closing mark comes before the full stop")

# R5: Wyebrook Radio live blog, 2046-11-21 (Wed; plain-text scrape: header "LIVE: ... - Wednesday 21 November" and a line "All times
# GMT"; each entry begins with a 24-hour stamp on a line of its own; straight quotes; no diacritics)
Q(R5, I, "the whole country would be \"watching every move\" and that she hoped \"the best player, not the loudest team\" would win",
  "Bozena Kaszuba", "title + name before: Pradonia's sports minister Bozena Kaszuba wrote on X this morning that", "wrote",
  channel="post on X", note="'that ... and that ...': one record with two partials inside")
Q(R5, D, "watching every move", "Bozena Kaszuba", "name before: Bozena Kaszuba wrote on X", "wrote", channel="post on X", partial=True)
Q(R5, D, "the best player, not the loudest team", "Bozena Kaszuba", "name before: Bozena Kaszuba wrote on X ... and that she hoped",
  "wrote", channel="post on X", partial=True, note="the second partial of the same clause")
Q(R5, I, "the handshake matters", "Tabitha Marbrook",
  "name before: Our commentator, the former champion Tabitha Marbrook, says", "says", note="present tense, without 'that'")
Q(R5, D, "After a week like that, a handshake is not nothing. It tells you both men want this settled at the board,", "Tabitha Marbrook",
  "pronoun after: she says → Marbrook, the subject of the sentence before (not Seraphine Vexley, the woman named in the entry before)",
  "says", note="multi-sentence")
Q(R5, D, "He is not going to gamble today. He needs a draw more than he needs a win.", "Tabitha Marbrook",
  "surname alone before a colon: Marbrook: (no verb)", None, note="multi-sentence; 'He' inside is Eckersall")
Q(R5, I, "he slept badly for the first time in the match", "Radzim Zdzieblowski", "name before: Radzim Zdzieblowski told us", "told",
  channel="interview with Wyebrook Radio", note="reported speech without 'that'; 'he' is Radzim himself")
Q(R5, D, "I am more nervous than he is. He is playing, I am only watching,", "Radzim Zdzieblowski",
  "surname after: Zdzieblowski says → Radzim Zdzieblowski, the subject of the sentence just before (the challenger is the 'he' of the "
  "quote)", "says", channel="interview with Wyebrook Radio", note="a bare shared surname; multi-sentence")
Q(R5, I, "the team has \"no regrets\" about the complaint and that the $50,000 fine will be appealed", "Quintin Pithey",
  "name before: Quintin Pithey, Eckersall's second, tells us", "tells", channel="interview with Wyebrook Radio",
  note="present tense, without 'that' at first, then 'and that ...': one record")
Q(R5, D, "no regrets", "Quintin Pithey", "name before: Quintin Pithey ... tells us", "tells", channel="interview with Wyebrook Radio",
  partial=True)
Q(R5, I, "a second camera, costing about $4,500, was fitted on the service door yesterday at Meraunt's expense", "Cosima Fensome",
  "pronoun before: She tells Wyebrook Radio that → Fensome, the subject of the sentence before", "tells",
  channel="interview with Wyebrook Radio")
Q(R5, D, "Nobody will ever again be able to say this room was not watched,", "Cosima Fensome", "surname after: Fensome says", "says",
  channel="interview with Wyebrook Radio")
Q(R5, I, "a draw is close", "Tabitha Marbrook", "surname before: Marbrook says", "says", note="present tense, without 'that'")
Q(R5, D, "I owe him a hard game on Friday, and he will get one,", "Rowan Eckersall",
  "pronoun after: he replies → Eckersall, the subject of the sentence before", "replies", channel="press conference",
  note="the agentless 'Eckersall is asked whether ...' is no record")
Q(R5, D, "We will see.", "Wojslaw Zdzieblowski",
  "surname before, a colon: Zdzieblowski, beside him, smiles: → the challenger (his opponent at the press conference, not his brother)",
  "smiles", channel="press conference")
Q(R5, I, "play would start on time \"whatever happens outside the hall\"", "Seraphine Vexley",
  "surname before: Vexley said before today's game that", "said", note="a time phrase between the verb and 'that'; the partial ends it")
Q(R5, D, "whatever happens outside the hall", "Seraphine Vexley", "surname before: Vexley said ... that", "said", partial=True,
  note="the closing mark comes before the full stop")


# ---------------------------------------------------------------- entities
E("Meraunt", "country", ["Meraunt", ("Port Aucel", None, ["wants Port Aucel to"])],
  metonyms=[{"alias": "Port Aucel", "metonym_of": "Meraunt (its government)"}], adjectival=["Merauntine"],
  note="the host country (R1 dateline and \"Meraunt's sports minister\"; R2 \"asked Meraunt\", \"Meraunt's police\"; R3; R4 \"Meraunt has "
       "agreed\"; R5 \"at Meraunt's expense\"); its capital stands for its government once: \"Dębnowiec wants Port Aucel to hand over the "
       "footage\" (R2)")
E("Port Aucel", "city", ["PORT AUCEL", "Port Aucel"],
  note="Meraunt's capital and the match venue's city (R1 dateline; R2 \"23:10 in Port Aucel\", \"01:30 on Thursday in Port Aucel\", "
       "\"that bridge in Port Aucel\"; R3 \"A private lab in Port Aucel\", \"told reporters in Port Aucel\"; R4 three times; R5 \"15:00 in "
       "Port Aucel\", \"15:00 Port Aucel time\"); the metonym context is claimed by Meraunt")
E("Pradonia", "country", ["Pradonia", ("Dębnowiec", None, ["Dębnowiec wants"])],
  metonyms=[{"alias": "Dębnowiec", "metonym_of": "Pradonia (its government)"}], adjectival=["Pradonian"],
  note="the challenger's country (R1 \"Pradonia's sports minister\" and inside Kaszuba's partial; R2 twice; R4; R5); \"Dębnowiec wants Port "
       "Aucel to ...\" (R2) is its government; \"The government\" (R2, first sentence) is not annotated")
E("Debnowiec", "city", ["DĘBNOWIEC", "Dębnowiec", "Debnowiec"],
  note="Pradonia's capital: DĘBNOWIEC (R2 dateline), \"Dębnowiec time\" (R2), \"08:00 in Debnowiec\" (R5); canonical name without "
       "diacritics; \"Goniec Dębnowski\" (an outlet) is not in any text")
E("Tessary", "country", ["Tessary", ("Brennick", None, ["and Brennick, which"])],
  metonyms=[{"alias": "Brennick", "metonym_of": "Tessary (its government)"}],
  note="the champion's country (R1 \"Rowan Eckersall of Tessary\"); \"Brennick, which had kept out of the row, says it welcomes the "
       "panel’s work\" (R4) is its government")
E("Brennick", "city", ["Brennick"],
  note="Tessary's capital: \"7am in Brennick\" (R4), \"Good morning from Brennick\" (R5); the \"Brennick\" inside the tabloid's label "
       "\"The Brennick Bishop\" (R3) is part of Eckersall's nickname, not a mention of the city; \"The Brennick Recorder\" is not in any text")
E("Kestle Pavilion", "venue", ["Kestle Pavilion"],
  note="the match venue in Port Aucel (R1, R2, R3); \"the pavilion\" (R1, R3) is not annotated")
E("Old Market Square", "place", ["Old Market Square"], note="the square in Dębnowiec with the giant screen (R2)")
E("Global Chess Federation", "organisation",
  ["Global Chess Federation", "GCF", ("the federation", None, ["according to the federation"]),
   ("Federation", None, ["Federation insiders"])],
  note="the body that runs the match: expansion and acronym in R1 (\"The Global Chess Federation (GCF)\", \"GCF president\"), \"the "
       "federation\" claimed where it speaks (R1 \"according to the federation\"); the expansion alone in R3 and R4; the short "
       "\"Federation\" of \"Federation insiders\" (R3, whose unnamed insiders speak, not the body); the many other lower-case \"the "
       "federation\" (R1, R2, R4, R5) are not annotated")
E("GCF ethics panel", "organisation", [("ethics panel", None, ["Chess Federation’s ethics panel"])],
  note="the federation's three-member ethics panel, a speaker through its ruling in R4 (\"Its ruling ... says\", \"It says\"); annotated "
       "at its antecedent \"The Global Chess Federation’s ethics panel\" (R4); the other descriptions (\"a three-member ethics panel\", "
       "\"the federation's ethics panel\", \"the three-person ethics panel\", \"the panel\") are not")
E("Grayle Security", "company", ["Grayle Security"], note="the firm guarding the venue (R1, R3 where it speaks)")
E("Kanal Jeden", "broadcaster", ["Kanał Jeden"], note="the Pradonian broadcaster (R2), a speaker; canonical name without diacritics")
E("Pradonian Ministry of Sport", "government body", [("ministry", None, ["Her ministry's statement"])],
  note="Kaszuba's ministry, a speaker through its statement (R2); \"a senior official at the ministry\" (R2) is not annotated")
E("Eckersall team complaint", "document", [("The complaint", None, ["The complaint, lodged by"])],
  note="the formal complaint of Eckersall's team (R1, a document as a speaker: \"The complaint, lodged by ..., said\"); later mentions of "
       "\"the complaint\" are not annotated")
E("X", "platform", ["X"])
E("Tallowick Wire", "news agency", ["Tallowick Wire"], note="only in its own dateline (R1)")
E("Goniec Debnowski", "media outlet", [("Goniec", [R2])], note="\"told the Goniec\" (R2)")
E("The Daily Jackdaw", "media outlet", [("Jackdaw", [R3])], note="\"told the Jackdaw\", \"the Jackdaw can reveal\" (R3)")
E("The Brennick Recorder", "media outlet", [("Recorder", [R4])], note="\"tells the Recorder\" (R4)")
E("Wyebrook Radio", "media outlet", ["Wyebrook Radio"], note="\"She tells Wyebrook Radio\" (R5)")
E("Rowan Eckersall", "person",
  ["Rowan Eckersall", ("Eckersall", [R1, R3, R4, R5]), ("Rowan", [R3, R4]), "Brennick Bishop", "Bishop"],
  note="the champion, from Tessary: full name in R1-R4; \"Eckersall\" (R1, R3, R4, R5; R2 has only the full name); \"Rowan\" inside "
       "quotes (R3 twice, R4 addressed in Pithey's inner quote); the tabloid's label \"The Brennick Bishop\" and \"The Bishop's right-hand "
       "man\" (R3); \"Juno Eckersall\" is his wife, another person")
E("Juno Eckersall", "person", ["Juno Eckersall"], note="Eckersall's wife (R3), a speaker through a post on X")
E("Wojslaw Zdzieblowski", "person",
  ["Wojslaw Zdzieblowski", "Wojsław Ździebłowski", ("Zdzieblowski", [R1, R3, R5]), ("Ździebłowski", [R4]), ("Wojsław", [R2]),
   ("Wojslaw", [R3]), "Zed"],
  note="the challenger, from Pradonia: \"Wojslaw Zdzieblowski\" (R1), \"Wojsław Ździebłowski\" (R2, R4), bare \"Zdzieblowski\" (R1 four "
       "times, R3, R5 five times, the header included) and \"Ździebłowski\" (R4 twice), \"Wojsław\" (R2), the tabloid's \"Wojslaw \"Zed\" "
       "Zdzieblowski\" and \"Zed\" (R3, four times); canonical name without diacritics; R5's \"Zdzieblowski says\" is his brother's")
E("Radzim Zdzieblowski", "person",
  ["Radzim Zdzieblowski", "Radzim Ździebłowski", ("Radzim", [R2, R3, R4]), ("Zdzieblowski", None, ["Zdzieblowski says"])],
  note="the challenger's older brother and manager: \"Radzim Zdzieblowski\" (R1, R5), \"Radzim Ździebłowski\" and \"Radzim\" (R2), "
       "\"His big brother Radzim\" (R3), \"His brother Radzim\" (R4), the bare \"Zdzieblowski says\" (R5, the sentence after his name)")
E("Quintin Pithey", "person", ["Quintin Pithey", ("Quintin", [R4])],
  note="Eckersall's second (R1, R2, R3 \"The Bishop's right-hand man\", R4, R5); \"Quintin\" (R4) inside Eckersall's quote, where he "
       "speaks the inner quote")
E("Seraphine Vexley", "person", ["Seraphine Vexley", ("Vexley", [R5])], note="the chief arbiter (R1, R5)")
E("Cosima Fensome", "person",
  ["Cosima Fensome", ("Fensome", [R1, R5]), ("the president", None, ["the president says"])],
  note="the GCF's president (R1 \"GCF president Cosima Fensome\", R3 \"Global Chess Federation chief\", R4 \"the federation’s "
       "president\", then \"the president says\" claimed; R5)")
E("Bozena Kaszuba", "person", ["Bozena Kaszuba", "Bożena Kaszuba", ("Kaszuba", [R2])],
  note="Pradonia's sports minister: \"Bozena Kaszuba\" (R1, R5), \"Bożena Kaszuba\" (R2, R4), \"Kaszuba\" (R2); canonical name without "
       "diacritics")
E("Aldwin Tengrove", "person", ["Aldwin Tengrove", ("Tengrove", [R2])],
  note="Meraunt's sports minister (R1, R2 \"her Merauntine counterpart, Aldwin Tengrove\", then \"Tengrove\"; R3)")
E("Lidka Zawisza", "person", ["Lidka Zawisza", ("Zawisza", [R2])], note="the challenger's coach (R2)")
E("Arden Fenby", "person", ["Arden Fenby"], note="chairman of the ethics panel (R4)")
E("Tabitha Marbrook", "person", ["Tabitha Marbrook", ("Marbrook", [R5])], note="former champion, the radio's commentator (R5)")

DISTINCT = [
    ("Wojslaw Zdzieblowski", "Radzim Zdzieblowski", "brothers sharing a surname (R5's bare \"Zdzieblowski says\" is Radzim's, right after "
     "his name; the other bare surnames are the challenger's)"),
    ("Rowan Eckersall", "Juno Eckersall", "husband and wife sharing a surname (R3)"),
    ("Meraunt", "Port Aucel", "the government (metonym, R2) vs the capital city"),
    ("Pradonia", "Debnowiec", "the government (metonym, R2) vs the capital city"),
    ("Tessary", "Brennick", "the government (metonym, R4) vs the capital city"),
    ("Rowan Eckersall", "Brennick", "the tabloid's label \"The Brennick Bishop\" vs the city in it"),
    ("Global Chess Federation", "GCF ethics panel", "the federation vs its ethics panel"),
    ("Global Chess Federation", "Cosima Fensome", "the federation vs its president"),
    ("GCF ethics panel", "Arden Fenby", "the panel (speaking through its ruling) vs its chairman"),
    ("Rowan Eckersall", "Eckersall team complaint", "the champion vs his team's complaint, a document that speaks (R1)"),
    ("Rowan Eckersall", "Quintin Pithey", "outer vs inner speaker of R4's nested quote; the champion vs his second"),
    ("Radzim Zdzieblowski", "Wojslaw Zdzieblowski", "R2's outer speaker vs 'My brother' inside his quote"),
    ("Bozena Kaszuba", "Pradonian Ministry of Sport", "the minister vs her ministry's statement (R2)"),
    ("Bozena Kaszuba", "Aldwin Tengrove", "the two countries' sports ministers (R2, both in one sentence)"),
    ("Seraphine Vexley", "Tabitha Marbrook", "the arbiter vs the commentator: R5's \"she says\" follows the entry naming Vexley"),
    ("Grayle Security", "Kestle Pavilion", "the security firm vs the venue it guards"),
    ("Lidka Zawisza", "Wojslaw Zdzieblowski", "the coach vs her player ('He' inside her quote)"),
    ("Goniec Debnowski", "Debnowiec", "the outlet vs the city its name comes from"),
]


# ---------------------------------------------------------------- times
# R1 anchor Thu 2046-11-15 (Meraunt keeps UTC+8: "20:20 local time (12:20 GMT)")
T(R1, "Nov 15", "date", "2046-11-15", "dateline; abbreviated month without a period and day, year of the publication date")
T(R1, "on Thursday", "weekday", "2046-11-15", "the anchor day (\"was suspended on Thursday\")", after="suspended ")
T(R1, "Friday", "weekday", "2046-11-16", "future (\"Game 8, scheduled for Friday\"): the day after the anchor")
T(R1, "20:20 local time", "time", "2046-11-14T20:20:00+08:00",
  "\"about 20:20 local time\" of the dateline (Port Aucel); the GMT equivalent in brackets fixes the offset at UTC+8; the day from "
  "\"on Wednesday\" after it")
T(R1, "12:20 GMT", "time", "2046-11-14T12:20:00+00:00", "the same instant as 20:20 local time, written in GMT")
T(R1, "on Wednesday", "weekday", "2046-11-14", "the latest Wednesday before the anchor (\"(12:20 GMT) on Wednesday\")",
  after="(12:20 GMT) ")
T(R1, "15:00", "time", "2046-11-14T15:00:00+08:00",
  "clock time in the dateline's local time (UTC+8, fixed by the bracket before), the day of Game 7 (Wednesday, the sentence before)")
T(R1, "19:12", "time", "2046-11-14T19:12:00+08:00", "clock time in the dateline's local time, the day of Game 7 (Wednesday)")
T(R1, "23:10", "time", "2046-11-14T23:10:00+08:00", "clock time in the dateline's local time; the day from \"on Wednesday\" after it")
T(R1, "on Wednesday", "weekday", "2046-11-14", "the latest Wednesday before the anchor (\"at 23:10 on Wednesday\")", after="23:10 ")
T(R1, "on Thursday morning", "weekday", "2046-11-15", "the anchor day (\"told reporters on Thursday morning\")")
T(R1, "on Saturday", "weekday", "2046-11-17", "future (\"would meet on Saturday\"): the Saturday after the anchor")
T(R1, "a week", "duration", "P1W", "duration (inside Fensome's quote \"If that costs us a week\")")
T(R1, "early on Thursday", "weekday", "2046-11-15", "the anchor day (\"wrote in a post on X early on Thursday\")")
T(R1, "late on Wednesday", "weekday", "2046-11-14", "the latest Wednesday before the anchor (\"spoken to Zdzieblowski late on Wednesday\")")
T(R1, "since 2040", "date", "2040-01-01/2040-12-31", "a year (\"has held the title since 2040\")", granularity="year")

# R2 anchor Fri 2046-11-16 (Pradonia keeps UTC+1: "16:10 on Wednesday, Dębnowiec time (23:10 in Port Aucel)"; Port Aucel UTC+8)
T(R2, "16 November", "date", "2046-11-16", "dateline in day-month order; year of the publication date")
T(R2, "on Thursday evening", "weekday", "2046-11-15", "the latest Thursday before the anchor (\"said on Thursday evening\")")
T(R2, "an hour", "duration", "PT1H", "duration (\"issued an hour later\")")
T(R2, "on Saturday", "weekday", "2046-11-17", "future (\"before the federation's ethics panel sits on Saturday\"): the day after the anchor")
T(R2, "tonight", "relative", "2046-11-14",
  "inside the guard's inner quote (\"Nobody goes in tonight\"), spoken on the night of the discovery (Wednesday 14 November), not "
  "the anchor's night")
T(R2, "16:10", "time", "2046-11-14T16:10:00+01:00",
  "\"16:10 on Wednesday, Dębnowiec time\": the report's own zone (UTC+1); the same instant as \"23:10 in Port Aucel\" (UTC+8) and as "
  "R1's \"23:10 on Wednesday\"")
T(R2, "on Wednesday", "weekday", "2046-11-14", "the latest Wednesday before the anchor (\"at 16:10 on Wednesday\")", after="16:10 ")
T(R2, "23:10", "time", "2046-11-14T23:10:00+08:00", "\"23:10 in Port Aucel\": the same instant as 16:10 Dębnowiec time, in Meraunt's "
  "time (UTC+8, seven hours ahead)")
T(R2, "01:30", "time", "2046-11-15T01:30:00+08:00",
  "\"01:30 on Thursday in Port Aucel\" (UTC+8); the same instant as \"18:30 on Wednesday here\" — one instant across midnight")
T(R2, "on Thursday", "weekday", "2046-11-15", "the latest Thursday before the anchor (\"01:30 on Thursday in Port Aucel\")", after="01:30 ")
T(R2, "18:30", "time", "2046-11-14T18:30:00+01:00",
  "\"18:30 on Wednesday here\": the dateline's Dębnowiec (UTC+1); the same instant as 01:30 on Thursday in Port Aucel")
T(R2, "on Wednesday", "weekday", "2046-11-14", "the latest Wednesday before the anchor (\"18:30 on Wednesday here\")", after="18:30 ")
T(R2, "08:00 local time", "time", "2046-11-14T08:00:00+01:00",
  "\"local time\" of the place named (the Old Market Square in Dębnowiec, UTC+1); the day of Game 7 (Wednesday); the same instant as "
  "R1's \"15:00\" in Port Aucel")
T(R2, "since 2031", "date", "2031-01-01/2031-12-31", "a year (\"the largest for any sporting event since 2031\")", granularity="year")
T(R2, "11 years", "duration", "P11Y", "duration (\"for the past 11 years\")")
T(R2, "two hours", "duration", "PT2H", "duration in words (\"he had spent two hours on Thursday\")")
T(R2, "on Thursday", "weekday", "2046-11-15", "the latest Thursday before the anchor (\"two hours on Thursday\")", after="two hours ")
T(R2, "four hours and 12 minutes", "duration", "PT4H12M", "duration (\"ended in defeat after four hours and 12 minutes\")")
T(R2, "on Friday", "weekday", "2046-11-16", "the anchor day (\"did not return calls on Friday\")")

# R3 anchor Sat 2046-11-17 (no zone anywhere in the report)
T(R3, "last night", "relative", "2046-11-16", "the night before the anchor day (\"Rowan Eckersall last night broke his silence\")",
  after="Rowan Eckersall ")
T(R3, "8.20pm", "time", "unresolved",
  "clock time (12-hour, dot separator) with no zone given anywhere in the report; the day from \"on Wednesday\" after it (14 November)")
T(R3, "on Wednesday", "weekday", "2046-11-14", "the latest Wednesday before the anchor (\"at 8.20pm on Wednesday\")")
T(R3, "an hour", "duration", "PT1H", "duration (\"just over an hour after\")")
T(R3, "yesterday", "relative", "2046-11-16", "the day before the anchor (\"hit back yesterday\")")
T(R3, "on Monday", "weekday", "2046-11-19",
  "future (inside Zed's quote \"I will be there on Monday\", spoken yesterday): the Monday after the anchor")
T(R3, "today", "relative", "2046-11-17", "the anchor day (\"would sit today\")")
T(R3, "Tuesday", "weekday", "2046-11-20", "future (\"could go ahead as early as Tuesday\"): the Tuesday after the anchor")
T(R3, "2.45pm", "time", "unresolved",
  "clock time (12-hour, dot separator) with no zone given anywhere in the report; the day of Game 7 (Wednesday 14 November)")
T(R3, "15 minutes", "duration", "PT15M", "duration (\"15 minutes before the game began\")")
T(R3, "since 2040", "date", "2040-01-01/2040-12-31", "a year (\"champion since 2040\")", granularity="year")
T(R3, "on Thursday night", "weekday", "2046-11-15", "the latest Thursday before the anchor (\"posted on X on Thursday night\")")
T(R3, "last night", "relative", "2046-11-16", "the night before the anchor day (\"Bookies last night made Zed favourite\")",
  after="Bookies ")

# R4 anchor Tue 2046-11-20 (no dateline; the clocks are in two named places, Port Aucel (UTC+8) and Brennick (GMT))
T(R4, "tomorrow", "relative", "2046-11-21", "the day after the anchor (\"resumes in Port Aucel tomorrow\")")
T(R4, "five days", "duration", "P5D", "duration in words (\"five days later than planned\")")
T(R4, "on Monday", "weekday", "2046-11-19", "the latest Monday before the anchor (\"published on Monday\")")
T(R4, "two days", "duration", "P2D", "duration in words (\"after two days of hearings\")")
T(R4, "last Wednesday", "weekday", "2046-11-14",
  "the Wednesday of the week before the anchor's (\"the complaint his team lodged last Wednesday\"), not the coming one")
T(R4, "a week", "duration", "P1W", "duration (inside Ździebłowski's quote \"I lost a week of my life\")")
T(R4, "Wednesday", "weekday", "2046-11-21", "future (\"before Wednesday’s game\"): the day after the anchor", after="door before ")
T(R4, "27 November", "date", "2046-11-27", "day and month without a year (\"due to finish on 27 November\"): the anchor's year")
T(R4, "4 December", "date", "2046-12-04", "day and month without a year, future (\"now runs to 4 December\"): the anchor's year")
T(R4, "3pm", "time", "2046-11-21T15:00:00+08:00",
  "\"3pm in Port Aucel\": the place's time, UTC+8 (as R1's \"20:20 local time (12:20 GMT)\" and R5 fix it; the report gives no offset "
  "itself); the day of Game 8, tomorrow; the same instant as \"7am in Brennick\"")
T(R4, "7am", "time", "2046-11-21T07:00:00+00:00",
  "\"7am in Brennick\": Tessary's capital keeps GMT in November (R5, a Brennick radio, says \"All times GMT\"); the same instant as 3pm "
  "in Port Aucel")

# R5 anchor Wed 2046-11-21; the blog's second header line says "All times GMT"
T(R5, "Wednesday 21 November", "date", "2046-11-21", "weekday, day and month without a year in the blog's header: the anchor day")
for stamp in ("06:40", "06:52", "06:59", "07:20", "07:55", "08:31", "09:14", "10:02", "10:47", "11:30", "11:52", "12:15", "12:40"):
    T(R5, stamp, "time", f"2046-11-21T{stamp}:00+00:00",
      "a live-blog entry stamp (24-hour clock) on a line of its own, no zone of its own; the header says \"All times GMT\"; the anchor day")
T(R5, "07:00 GMT", "time", "2046-11-21T07:00:00+00:00", "clock time with its zone, the anchor day (\"Game 8 starts at 07:00 GMT\")")
T(R5, "15:00", "time", "2046-11-21T15:00:00+08:00",
  "\"15:00 in Port Aucel\": the same instant as 07:00 GMT, in Meraunt's time (UTC+8)", after="which is ")
T(R5, "08:00", "time", "2046-11-21T08:00:00+01:00",
  "\"08:00 in Debnowiec\": the same instant as 07:00 GMT, in Pradonia's time (UTC+1) — one instant in three zones")
T(R5, "this morning", "relative", "2046-11-21", "the morning of the anchor day (\"wrote on X this morning\")")
T(R5, "a week", "duration", "P1W", "duration (inside Marbrook's quote \"After a week like that\")")
T(R5, "today", "relative", "2046-11-21", "the anchor day (inside Marbrook's quote \"gamble today\")", after="gamble ")
T(R5, "last Wednesday", "weekday", "2046-11-14",
  "the Wednesday of the week before the anchor's (the anchor is itself a Wednesday): \"found ... last Wednesday\"")
T(R5, "that night", "relative", "2046-11-14", "the night of the day just named (last Wednesday, 14 November), not of the anchor")
T(R5, "six days", "duration", "P6D", "duration in words (\"a match frozen for six days\")")
T(R5, "on Monday", "weekday", "2046-11-19", "the latest Monday before the anchor (\"cleared Zdzieblowski on Monday\")")
T(R5, "yesterday", "relative", "2046-11-20", "the day before the anchor (\"fitted on the service door yesterday\")")
T(R5, "four hours and 52 minutes", "duration", "PT4H52M", "duration (\"Draw agreed after 38 moves and four hours and 52 minutes\")")
T(R5, "on Friday", "weekday", "2046-11-23", "future (inside Eckersall's quote \"a hard game on Friday\"): the Friday after the anchor",
  after="hard game ")
T(R5, "on Friday", "weekday", "2046-11-23", "future (\"Game 9 is on Friday\"): the Friday after the anchor", after="Game 9 is ")
T(R5, "15:00 Port Aucel time", "time", "2046-11-23T15:00:00+08:00",
  "Port Aucel's time (UTC+8, as the first entry's \"07:00 GMT, which is 15:00 in Port Aucel\" fixes it); the day from \"on Friday\" "
  "before it; the same instant as \"07:00 here\"")
T(R5, "07:00", "time", "2046-11-23T07:00:00+00:00", "\"07:00 here\": the blog's zone (GMT), Friday; the same instant as 15:00 Port "
  "Aucel time", after="Port Aucel time, ")
T(R5, "today", "relative", "2046-11-21", "the anchor day (\"before today's game\")", after="said before ")


# ---------------------------------------------------------------- numbers
N(R1, "two", 2, "security guard", "count", after="Thursday after ", note="word number, an adjective between (\"two security guards\")")
N(R1, "26-year-old", 26, "year", "age", note="an age as a hyphenated adjective (\"the 26-year-old Pradonian\")")
N(R1, "14-game", 14, "game", "count", note="a count as a hyphenated adjective (\"the 14-game match\")")
N(R1, "40 guards", 40, "guard", "count")
N(R1, "41 moves", 41, "move", "count")
N(R1, "three-member", 3, "member", "count", note="word number as a hyphenated adjective (\"a three-member ethics panel\")")
N(R1, "34", 34, "year", "age", note="an age (\"Eckersall, 34,\")")
N(R1, "one point", 1, "point", "count", note="word number")
N(R1, "seven games", 7, "game", "count", note="word number")
N(R1, "60 percent", 60, "percent", "percent")
N(R1, "$2.4 million", 2400000, "usd", "money", note="a decimal and 'million'")

N(R2, "About 4,000 people", 4000, "person", "count", approx="about")
N(R2, "1.9 million", 1900000, "viewer", "count", note="an audience (\"an average audience of 1.9 million\"), a decimal and 'million'")
N(R2, "41%", 41, "percent", "percent")
N(R2, "11 years", 11, "year", "duration")
N(R2, "two hours", 2, "hour", "duration", note="word number")
N(R2, "34", 34, "year", "age", note="an age (\"who is 34\")")
N(R2, "four hours", 4, "hour", "duration", note="word number (\"four hours and 12 minutes\")")
N(R2, "12 minutes", 12, "minute", "duration")

N(R3, "34", 34, "year", "age", note="an age (\"The Brennick Bishop, 34,\")")
N(R3, "around $39", 39, "usd", "money", approx="about")
N(R3, "11 tests", 11, "test", "count")
N(R3, "26", 26, "year", "age", note="an age (\"Zed, 26,\")")
N(R3, "three-person", 3, "person", "count", note="word number as a hyphenated adjective (\"the three-person ethics panel\")")
N(R3, "$310,000", 310000, "usd", "money")
N(R3, "15 minutes", 15, "minute", "duration")
N(R3, "an estimated $6 million", 6000000, "usd", "money", approx="about", note="\"an estimated\" read as about")
N(R3, "nine", 9, "game", "count", note="word number, the noun given by \"of their 23 classical games\"")
N(R3, "23 classical games", 23, "game", "count")
N(R3, "31", 31, "year", "age", after="Juno Eckersall, ", note="an age (\"Juno Eckersall, 31,\"); '31' is also inside '$310,000'")

N(R4, "five days", 5, "day", "duration", note="word number")
N(R4, "two days", 2, "day", "duration", note="word number")
N(R4, "17 witnesses", 17, "witness", "count")
N(R4, "$50,000", 50000, "usd", "money")
N(R4, "three", 3, "game day", "count", note="word number, an adjective between (\"the three lost game days\")")
N(R4, "about 2,600", 2600, "ticket holder", "count", approx="about",
  note="the noun given by \"holders of tickets ..., about 2,600 of them\"")
N(R4, "seven games", 7, "game", "count", note="word number")

N(R5, "Some 300 spectators", 300, "spectator", "count", approx="about", note="\"Some\" read as about")
N(R5, "six days", 6, "day", "duration", note="word number")
N(R5, "$50,000", 50000, "usd", "money")
N(R5, "about $4,500", 4500, "usd", "money", approx="about")
N(R5, "33 moves", 33, "move", "count")
N(R5, "38 moves", 38, "move", "count")
N(R5, "four hours", 4, "hour", "duration", note="word number (\"four hours and 52 minutes\")")
N(R5, "52 minutes", 52, "minute", "duration")
N(R5, "one point", 1, "point", "count", note="word number")
N(R5, "six games", 6, "game", "count", note="word number")

ABOUT = ("Gold for the read stage on the invented held-out reports of demo/read-heldout21/reports.jsonl, "
         "written and committed before any reader ran on them. `file` is the report's `id`; `start`/`end` "
         "are BYTE offsets into the UTF-8 encoding of the report's `text` field; text[start:end] begins "
         "with `span`. Same format as demo/read-heldout19/gold.json. Generated by build_gold.py. See README.md here.")


G.write(ABOUT, DISTINCT, detailed=True)
