#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and the annotations below.

Run from anywhere: `python3 demo/read-heldout35/build_gold.py`. Offsets are computed here from the spans
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
# R1: Napszél (English edition), 2056-10-09 (Mon; the Halvenian paper; straight quotes; dateline "VÁRKELŐ, 9.10.2056 (Napszél) —"
# (a numeric day.month.year date and an em dash); diacritics: "Ábel Kormosváry", "Villő Kormosváry", "Emőke Talabér", "Kristóf
# Ujlaki", "Szilárd Szederkényi", "Hamuvirág", "Kőfal", "Harangvölgy"; its own clocks are Várkelő's, UTC+3)
Q(R1, I, "the jury's chair had been shown a plagiarism complaint against this year's winning novel before the ceremony",
  "Kristof Ujlaki", "name before: Kristóf Ujlaki, a member of the Ezüsthíd Prize jury, resigned yesterday and said", "said",
  note="in the dateline sentence; reported speech without 'that' after a first verb that is no speech ('resigned')")
Q(R1, D, "At a quarter to ten on Wednesday evening Emőke forwarded me the poet's email and wrote on top, 'Too late for this year. "
  "Say nothing.' I said nothing. I am ashamed of that,", "Kristof Ujlaki", "surname after: Ujlaki told Napszél", "told",
  channel="interview with Napszél", note="multi-sentence; opens the paragraph; holds a quote inside the quote")
Q(R1, D, "Too late for this year. Say nothing.", "Emoke Talaber",
  "inside the outer quote: 'Emőke forwarded me the poet's email and wrote on top,' → Emőke Talabér, named by first name inside "
  "Ujlaki's quote (her full name comes in the next paragraph)", "wrote", channel="email",
  note="quote inside a quote (single marks), two sentences; written words (a note on a forwarded email), not spoken")
Q(R1, I, "he could no longer sit on a jury \"that would rather not know\"", "Kristof Ujlaki",
  "pronoun before: He wrote in his resignation post on X that → Ujlaki, the speaker of the sentence before", "wrote",
  channel="post on X", note="a partial ends it")
Q(R1, D, "that would rather not know", "Kristof Ujlaki", "pronoun before: He wrote in his resignation post on X that", "wrote",
  channel="post on X", partial=True, note="the closing mark comes before the full stop")
Q(R1, I, "she had \"never opened, never read and never forwarded\" any complaint before the ceremony, and that she first saw the "
  "poet's passages on X \"like everyone else\"", "Emoke Talaber",
  "pronoun before: In a written reply to Napszél, she said → Emőke Talabér, the subject of the sentence before ('rejected his "
  "account': his is Ujlaki's)", "said", channel="written reply",
  note="the channel opens the sentence; 'that ..., and that ...': one record with two partials; without 'that' at first")
Q(R1, D, "never opened, never read and never forwarded", "Emoke Talaber", "pronoun before: she said", "said",
  channel="written reply", partial=True)
Q(R1, D, "like everyone else", "Emoke Talaber", "pronoun before: she said ... and that", "said", channel="written reply",
  partial=True, note="the closing mark comes before the full stop")
Q(R1, I, "the jury had heard of \"a complaint from abroad\" but had not been shown it", None,
  "unresolved: A second juror, who declined to be named, said (unnamed)", "said",
  note="an unnamed juror is null, not the jury or the council; without 'that'")
Q(R1, D, "a complaint from abroad", None, "unresolved: A second juror ... said", "said", partial=True)
Q(R1, I, "the email reached its prize office at 07:20 on 3 October and was passed to the jury's chair on Wednesday",
  "Halvenian Letters Council",
  "expansion and acronym before: According to the Halvenian Letters Council (HLC), which awards the prize,", "according to",
  note="'According to X,' first, with a relative clause, the clause after")
Q(R1, I, "she sent it at 23:50 on 2 October, Pennacott time", "Hyacinth Marchbanks",
  "title + surname before: Ms Marchbanks says", "says",
  note="present tense, without 'that'; the clause ends at the semicolon (what follows is the paper's own)")
Q(R1, I, "the two writers had met once, at a residency at Harangvölgy Manor in July 2052, and had \"exchanged nothing but small talk\"",
  "Villo Kormosvary", "name before: His wife and literary agent, Villő Kormosváry, said on Saturday that", "said",
  note="a time between the verb and 'that'; a partial ends it")
Q(R1, D, "exchanged nothing but small talk", "Villo Kormosvary", "name before: Villő Kormosváry, said on Saturday that", "said",
  partial=True, note="the closing mark comes before the full stop")
Q(R1, I, "he had never seen the manuscript", "Abel Kormosvary",
  "shared surname before: Kormosváry, 58, said → Ábel Kormosváry (the accused novelist: 'he had never seen'), not Villő Kormosváry, "
  "named in full in the sentence before", "said", note="reported speech without 'that'; an age between the name and the verb")
Q(R1, D, "I do not read other people's drafts. I have enough trouble with my own,", "Abel Kormosvary",
  "pronoun after: he said → Ábel Kormosváry, the speaker of the sentence before", "said", note="multi-sentence")
Q(R1, D, "The jury's honour is not mine to defend, but the prize belongs to the country,", "Szilard Szederkenyi",
  "title alone after: the minister said → Culture Minister Szilárd Szederkényi, the subject of the sentence before, which also "
  "names Talabér", "said")
Q(R1, I, "it would \"hear Mr Kormosváry first and decide the same day\", and that all seven jurors would be asked for every email "
  "they hold about the book", "Halvenian Letters Council", "group before: In a statement, the council said", "said",
  channel="statement", note="the channel opens the sentence; 'that ..., and that ...' (the first 'that' left out): one record")
Q(R1, D, "hear Mr Kormosváry first and decide the same day", "Halvenian Letters Council",
  "group before: In a statement, the council said", "said", channel="statement", partial=True,
  note="the closing mark comes before the comma; 'Mr Kormosváry' inside is Ábel")
Q(R1, I, "she wanted \"a correction, not a head on a plate\"", "Hyacinth Marchbanks",
  "title + surname before: Ms Marchbanks, reached in Pennacott, said", "said", channel="interview with Napszél",
  note="reported speech without 'that'; a participle phrase between the name and the verb")
Q(R1, D, "a correction, not a head on a plate", "Hyacinth Marchbanks", "title + surname before: Ms Marchbanks, ..., said", "said",
  channel="interview with Napszél", partial=True, note="the closing mark comes before the full stop")
Q(R1, D, "I wrote those lines at a kitchen table with the sea in the window. He can keep the money. I want my lines back,",
  "Hyacinth Marchbanks", "pronoun after: she said → Ms Marchbanks, the speaker of the sentence before", "said",
  channel="interview with Napszél", note="multi-sentence; 'He' inside is Kormosváry")

# R2: Radio Holdfény (English service) live blog, 2056-10-10 (Tue; the Halvenian radio; plain-text scrape: a header line "LIVE: ... -
# Tuesday 10 October" and a line "All times are Varkelo time (UTC+3)"; each entry begins with a 24-hour stamp on a line of its own;
# straight quotes; no diacritics: "Abel Kormosvary", "Villo Kormosvary", "Emoke Talaber", "Kristof Ujlaki", "Szilard Szederkenyi",
# "Hamuvirag", "Kofal"; present-tense reporting)
Q(R2, I, "sleep has been hard to come by", "Hyacinth Marchbanks",
  "pronoun before: She tells us → Marchbanks, the subject of the entry's first sentence", "tells",
  channel="interview with Radio Holdfény", note="present tense, without 'that'")
Q(R2, D, "Every time I close my eyes I see my own sentences in a stranger's book,", "Hyacinth Marchbanks",
  "pronoun after: she says → Marchbanks", "says", channel="interview with Radio Holdfény")
Q(R2, D, "My husband has written six novels in thirty years. He has never needed anybody's notebook, and he will tell the board so "
  "himself.", "Villo Kormosvary",
  "name before a colon: Kormosvary's wife and agent, Villo Kormosvary, spoke to us at the door: → Villo Kormosvary (the first "
  "'Kormosvary's' is her husband)", "spoke", channel="interview with Radio Holdfény",
  note="multi-sentence; the quote follows a colon; the closing mark comes after the full stop")
Q(R2, I, "no decision will be taken \"in haste or in the street\", and that Kormosvary has been invited to speak first",
  "Halvenian Letters Council", "group before: The council says → the Halvenian Letters Council (08:50 entry)", "says",
  note="present tense; without 'that' at first, then ', and that ...': one record; 'Kormosvary' inside is Abel")
Q(R2, D, "in haste or in the street", "Halvenian Letters Council", "group before: The council says", "says", partial=True,
  note="the closing mark comes before the comma")
Q(R2, D, None, "Abel Kormosvary",
  "pronoun in the middle: he said → Abel Kormosvary, the subject of the sentence before", "said",
  parts=["I have answered every question,", "and I will keep answering them. I did not take a single line from anyone."],
  note="a direct quote split by ', he said,': one record with two parts; the second part is multi-sentence")
Q(R2, I, "the council must decide \"on the evidence, not on the noise\"", "Szilard Szederkenyi",
  "title + name before: Culture Minister Szilard Szederkenyi has posted on X that", "posted", channel="post on X")
Q(R2, D, "on the evidence, not on the noise", "Szilard Szederkenyi", "name before: Szilard Szederkenyi has posted on X that",
  "posted", channel="post on X", partial=True, note="the closing mark comes before the full stop")
Q(R2, I, "he had not spoken to any juror since Sunday", "Szilard Szederkenyi",
  "title alone before: The minister said later that → Culture Minister Szilard Szederkenyi, the subject of the sentence before",
  "said")
Q(R2, I, "the similarities are \"too many, too close and too particular to be chance\"", "Halvenian Letters Council",
  "document of a group before: The council's statement, read out at 14:00 here ..., says", "says", channel="statement",
  note="present tense, without 'that'; a clause with three clocks between the subject and the verb")
Q(R2, D, "too many, too close and too particular to be chance", "Halvenian Letters Council",
  "document of a group before: The council's statement ... says", "says", channel="statement", partial=True,
  note="the closing mark comes before the full stop")
Q(R2, I, "Kormosvary must return the 20 million tolvans that came with the prize", "Halvenian Letters Council",
  "group after the clause: according to the council", "according to", note="clause first, 'according to X' after it")
Q(R2, I, "Pantlika Books, which published Hamuvirag last year, will stop selling it", "Pantlika Books",
  "group after the clause: the publisher confirmed → Pantlika Books, the subject of the clause", "confirmed",
  note="clause first, the attribution after it; the clause names the company itself")
Q(R2, I, "she emailed the council on October 2, three days before it", "Hyacinth Marchbanks", "surname before: Marchbanks says",
  "says", note="present tense, without 'that'")
Q(R2, I, "its chair, Emoke Talaber, forwarded that email to him on the eve of the ceremony", "Kristof Ujlaki",
  "name before: Kristof Ujlaki, who quit the jury on Sunday, says", "says",
  note="present tense, without 'that'; Emoke Talaber, named inside, is not the speaker")
Q(R2, D, "We judged the book we were given,", "Emoke Talaber",
  "pronoun after: she said → Emoke Talaber, the subject of the sentence before", "said", channel="interview with Radio Holdfény")
Q(R2, D, "If anyone had put a complaint in front of me, I would have read it.", "Emoke Talaber",
  "continuation: the quote after '..., she said.'", None, channel="interview with Radio Holdfény")
Q(R2, I, "she would decide \"this week\"", "Emoke Talaber",
  "pronoun before: Asked whether she would step down as chair, she said → Talaber", "said",
  channel="interview with Radio Holdfény", note="the reporters' question before the verb is no quote; without 'that'")
Q(R2, D, "this week", "Emoke Talaber", "pronoun before: she said", "said", channel="interview with Radio Holdfény", partial=True,
  note="a partial that is only a time expression; the closing mark comes before the full stop")

# R3: Keelstone Wire, 2056-10-11 (Wed; wire; straight quotes; dateline "VARKELO, Halvenia, Oct. 11 (Keelstone Wire) —" (an
# abbreviated month with a point, an em dash); no diacritics; the expansion and acronym "The Halvenian Letters Council (HLC)";
# "14:00 local time (11:00 GMT)" is the dateline's, UTC+3)
Q(R3, I, "14 passages of his novel Hamuvirag, about 2,300 words in all, matched The Tideclock, an unpublished verse manuscript by "
  "the poet Hyacinth Marchbanks, \"too closely and too often to be chance\"", "Halvenian Letters Council",
  "pronoun before: In a statement, it said → the council, the subject of the sentence before", "said", channel="statement",
  note="the channel opens the sentence; an organisation as 'it'; without 'that'; Marchbanks, named inside, is not the speaker")
Q(R3, D, "too closely and too often to be chance", "Halvenian Letters Council", "pronoun before: In a statement, it said", "said",
  channel="statement", partial=True, note="the closing mark comes before the full stop")
Q(R3, I, "she wrote the manuscript between 2049 and 2052 and read parts of it aloud at a writers' residency at Harangvolgy Manor "
  "in July 2052, where Kormosvary was also a fellow", "Hyacinth Marchbanks", "surname before: Marchbanks, 44, says", "says",
  note="present tense in a wire, without 'that'; an age between the name and the verb")
Q(R3, I, "she was \"relieved, not happy\"", "Hyacinth Marchbanks", "surname before: Marchbanks said on X that", "said",
  channel="post on X")
Q(R3, D, "relieved, not happy", "Hyacinth Marchbanks", "surname before: Marchbanks said on X that", "said", channel="post on X",
  partial=True, note="the closing mark comes before the full stop")
Q(R3, D, "The council has decided to believe a story rather than a writer,", "Abel Kormosvary",
  "pronoun after: he said in a statement on Tuesday night → Kormosvary, the subject of the sentence before", "said",
  channel="statement")
Q(R3, I, "he would return the prize money, 20 million tolvans ($125,000), \"under protest\"", "Abel Kormosvary",
  "pronoun before: he said ..., adding that → Kormosvary", "adding", channel="statement",
  note="a participle ('adding that') continuing the same statement; a partial ends it")
Q(R3, D, "under protest", "Abel Kormosvary", "pronoun before: he said ..., adding that", "adding", channel="statement",
  partial=True, note="the closing mark comes before the full stop")
Q(R3, D, None, "Szilard Szederkenyi",
  "title + name in the middle: Culture Minister Szilard Szederkenyi told reporters on Wednesday", "told", channel="told reporters",
  parts=["We will find out who saw that email,", "and what they did with it."],
  note="a direct quote split by its attribution (title + name, verb, audience and a time): one record with two parts")
Q(R3, I, "the jury's rules did not oblige it to examine complaints received after its final vote, taken on Sept. 28",
  "Szilard Szederkenyi", "pronoun before: He noted that → Szederkenyi, the speaker of the sentence before", "noted",
  channel="told reporters")
Q(R3, I, "she did not see the email before the ceremony", "Emoke Talaber", "title + name before: Jury chair Emoke Talaber has said",
  "said", note="present perfect, without 'that'")
Q(R3, I, "she forwarded it to him at 21:45 on Oct. 4, the eve of the ceremony", "Kristof Ujlaki",
  "name before: Kristof Ujlaki, who quit the seven-member jury on Sunday, said", "said",
  note="without 'that'; 'she' inside is Talaber, named in the sentence before, not the speaker")
Q(R3, I, "The prize office received the email on Oct. 3 and passed it to the chair's office at once", "Halvenian Letters Council",
  "document of a group after the clause: according to the council's statement → the council", "according to",
  channel="statement", note="clause first; the statement is the council's")
Q(R3, I, "nobody could yet say \"whether, or when, it was opened\"", "Halvenian Letters Council",
  "document before: the council's statement, which said", "said", channel="statement",
  note="reported speech in a relative clause whose antecedent is the document; without 'that'")
Q(R3, D, "whether, or when, it was opened", "Halvenian Letters Council", "document before: the council's statement, which said",
  "said", channel="statement", partial=True, note="the closing mark comes before the full stop")
Q(R3, I, "Talaber had asked for the email to be \"kept off the table until after Thursday\"", None,
  "unresolved: A council official, speaking on condition of anonymity, said (unnamed)", "said",
  note="an unnamed official is null, not the council; without 'that'; Talaber, named inside, is not the speaker")
Q(R3, D, "kept off the table until after Thursday", None, "unresolved: A council official ... said", "said", partial=True,
  note="the closing mark comes before the full stop")
Q(R3, I, "it expected Varkelo to make sure Marchbanks is credited in any future edition, and that its embassy had raised the case "
  "twice", "Brannoway", "capital for its government before: Greyhithe said → Brannoway's government", "said",
  note="a capital city speaks for its government (a metonym); the other capital inside ('expected Varkelo to make sure') stands for "
  "Halvenia's government; without 'that' at first, then ', and that ...': one record")
Q(R3, I, "about 40,000 copies had been sold since its release last November", "Pantlika Books",
  "name before: Pantlika Books, the novel's publisher, said", "said", note="reported speech without 'that'; an apposition between")

# R4: The Daily Gurnard, 2056-10-14 (Sat; Brannoway tabloid; straight quotes; no dateline; no diacritics; labels: "the Lighthouse
# Poet" for Hyacinth Marchbanks, "Kormy" for Abel Kormosvary; capitals ("TATTERS"); "2am our time" is Brannoway's, UTC-4:30;
# "9.40pm Halvenian time" is Halvenia's, UTC+3)
Q(R4, D, "Senna came into the kitchen waving her phone and said, 'Mum, some man in Halvenia has won a prize with your poem.' I "
  "laughed. Then I read it,", "Hyacinth Marchbanks",
  "label after, verb first: said the Lighthouse Poet → Hyacinth Marchbanks", "said",
  note="multi-sentence; holds a quote inside the quote; 'Senna' inside is the daughter, the inner speaker")
Q(R4, D, "Mum, some man in Halvenia has won a prize with your poem.", "Senna Marchbanks",
  "inside the outer quote: 'Senna came into the kitchen waving her phone and said,' → Senna Marchbanks, named by first name "
  "inside the outer quote (and in the sentence before it)", "said",
  note="quote inside a quote (single marks); 'Mum' is the one addressed (the outer speaker)")
Q(R4, D, "I'm not a fighter. I write about tides and herring boats. But nobody gets to take a woman's lines and sign his own name "
  "under them.", "Hyacinth Marchbanks",
  "label before a colon: The Lighthouse Poet told the Gurnard yesterday: → Hyacinth Marchbanks", "told",
  channel="interview with the Gurnard",
  note="multi-sentence; the speaker is given only by the tabloid's label; the closing mark comes after the full stop")
Q(R4, I, "Kormy was in the room when she read from The Tideclock at a writers' retreat in Halvenia in 2052", "Hyacinth Marchbanks",
  "pronoun before: She insists → the Lighthouse Poet, the speaker of the paragraph before", "insists",
  note="present tense, without 'that'; 'Kormy' inside is the novelist, not the speaker")
Q(R4, D, "He sat three chairs from me and took notes. I thought he liked it,", "Hyacinth Marchbanks",
  "pronoun after: she said → the Lighthouse Poet, the speaker of the sentence before", "said", note="multi-sentence")
Q(R4, I, "he is \"heartbroken\" and talking to lawyers", None, "unresolved: Pals say (unnamed)", "say",
  note="present tense, without 'that'; 'he' is Kormy, not the speaker")
Q(R4, D, "heartbroken", None, "unresolved: Pals say", "say", partial=True, note="a one-word partial")
Q(R4, D, "My husband is being hanged by a hashtag.", "Villo Kormosvary",
  "title + surname before a colon: Mrs Kormosvary, his wife and agent, fumed: → Villo Kormosvary", "fumed",
  note="a verb of manner as the speech verb; the closing mark comes after the full stop")
Q(R4, I, "Late Friday he handed back the 20 million tolvans - about $125,000 - that came with the gong", "Halvenian Letters Council",
  "name after the clause: the Halvenian Letters Council confirmed", "confirmed",
  note="clause first, the attribution after it; 'he' is Kormy; dashes inside the clause")
Q(R4, I, "the jury boss had seen the poet's warning days before the ceremony", "Kristof Ujlaki",
  "name before: Kristof Ujlaki walked out at 2am our time on Sunday, claiming", "claiming",
  note="a participle ('claiming') as the speech verb, without 'that'")
Q(R4, I, "she never opened it", "Emoke Talaber",
  "name before: That boss, Emoke Talaber, stepped down on Wednesday but insists", "insists",
  note="present tense, without 'that'; a first verb that is no speech ('stepped down')")
Q(R4, I, "Sales of Kormy's book jumped 30 percent in the week after the ceremony", None,
  "unresolved: publishing sources said (unnamed)", "said", note="clause first; unnamed sources are null")
Q(R4, I, "it would print her name in every future copy", "Pantlika Books",
  "name before: last night his publisher, Pantlika Books, said", "said",
  note="without 'that'; 'her' is the poet, 'his' is Kormy")
Q(R4, D, "Bring a coat,", "Hyacinth Marchbanks",
  "pronoun after: she said → the Lighthouse Poet, the subject of the sentence before", "said")
Q(R4, D, "It's windy, and I read slowly.", "Hyacinth Marchbanks", "continuation: the quote after '..., she said.'", None)

# R5: The Greyhithe Mariner, 2056-10-17 (Tue; Brannoway broadsheet; curly quotes and apostrophes; sayings in the present tense
# ("says", "tells"); no dateline; diacritics; "at 19:00 in Várkelő yesterday – 16:00 GMT, 11:30 here in Greyhithe": one instant in
# three places; "23:50 – already 07:20 on 3 October in Várkelő": one instant in two places across a date line)
Q(R5, I, "the jury “cannot in conscience” crown a second book from a shortlist it drew up alongside the first",
  "Halvenian Letters Council",
  "document of a group before: The council’s statement, published with the decision, says", "says", channel="statement",
  note="present tense, without 'that'; a participle phrase between the subject and the verb; curly marks")
Q(R5, D, "cannot in conscience", "Halvenian Letters Council", "document of a group before: The council’s statement ... says",
  "says", channel="statement", partial=True)
Q(R5, D, "I never wanted his prize,", "Hyacinth Marchbanks",
  "title alone after: the poet says → Hyacinth Marchbanks, the subject of the sentence before last (the sentence just before names "
  "her daughter, Senna Marchbanks)", "says")
Q(R5, D, "I wanted the record to show whose sentences they were. Now it does.", "Hyacinth Marchbanks",
  "continuation: the quote after '..., the poet says.'", None, note="multi-sentence")
Q(R5, I, None, "Hyacinth Marchbanks",
  "pronoun in the middle: she says → the poet, the speaker of the paragraph before (not her daughter)", "says",
  parts=["The email she sent the council on 2 October", "was the hardest thing she has ever written"],
  note="reported speech split by its attribution (', she says,'): one record with two parts; present tense")
Q(R5, I, "she never opened it", "Emoke Talaber",
  "name before: Emőke Talabér, who left the jury last Wednesday, says", "says", note="present tense, without 'that'")
Q(R5, I, "she sent it to him on the eve of the ceremony with a note telling him to “say nothing”, and that at least two other jurors "
  "knew of the complaint", "Kristof Ujlaki", "name before: Kristóf Ujlaki, the juror who resigned first, says", "says",
  note="present tense; without 'that' at first, then ', and that ...': one record; 'she' inside is Talabér")
Q(R5, D, "say nothing", "Kristof Ujlaki", "name before: Kristóf Ujlaki ... says", "says", partial=True,
  note="the words of Talabér's note, quoted inside Ujlaki's reported speech: the partial is his, as its clause is; the closing "
  "mark comes before the comma")
Q(R5, I, None, "Kristof Ujlaki",
  "pronoun in the middle: he says → Ujlaki, the subject of the sentence before, which also names a man, the culture minister "
  "Szilárd Szederkényi", "says", parts=["The jury’s rules", "were written to protect winners, not writers"],
  note="reported speech split by its attribution (', he says,'): one record with two parts")
Q(R5, I, "an outside review of the rules will report “before the next shortlist, not after it”", "Szilard Szederkenyi",
  "title alone before: The minister tells the Mariner that → Szilárd Szederkényi, named two sentences before", "tells",
  channel="interview with the Mariner", note="present tense; a partial ends it")
Q(R5, D, "before the next shortlist, not after it", "Szilard Szederkenyi", "title alone before: The minister tells the Mariner that",
  "tells", channel="interview with the Mariner", partial=True, note="the closing mark comes before the full stop")
Q(R5, I, "it has no quarrel with Halvenia’s writers", "Brannoway", "capital for its government before: Greyhithe says → Brannoway's "
  "government", "says", note="a capital speaks for its government (a metonym); present tense, without 'that'")
Q(R5, I, "it never had one with Brannoway’s", "Halvenia", "capital for its government before: Várkelő says → Halvenia's government",
  "says", note="a capital speaks for its government (a metonym); present tense, without 'that'")
Q(R5, I, "he is “writing, not reading newspapers”", "Villo Kormosvary",
  "name before: Villő Kormosváry, her husband’s agent for 30 years, says", "says", note="present tense, without 'that'")
Q(R5, D, "writing, not reading newspapers", "Villo Kormosvary", "name before: Villő Kormosváry, ..., says", "says", partial=True,
  note="the closing mark comes before the full stop")
Q(R5, I, "Kormosváry will not appeal", "Villo Kormosvary",
  "pronoun after the clause: she says → Villő Kormosváry, the speaker of the sentence before", "says",
  note="clause first, the attribution after it; the bare 'Kormosváry' inside is Ábel, not the speaker")
Q(R5, I, "Hamuvirág will return to the shops next month with a note crediting The Tideclock, and that it has offered to publish the "
  "manuscript itself", "Pantlika Books", "name before: Pántlika Books says", "says",
  note="present tense; without 'that' at first, then ', and that ...': one record")
Q(R5, D, "Every jury in this country has lost some innocence this month,", None,
  "unresolved: says a former Ezüsthíd juror, who asks not to be named (unnamed)", "says", note="verb before the speaker; null")
Q(R5, D, "We were trained to read books. Nobody trained us to read inboxes.", None,
  "continuation: the quote after '..., who asks not to be named.'", None, note="multi-sentence")


# ---------------------------------------------------------------- entities
E("Halvenia", "country",
  ["Halvenia", ("Varkelo", None, ["expected Varkelo to make"]), ("Várkelő", None, ["Várkelő says it"])],
  metonyms=[{"alias": "Varkelo", "metonym_of": "Halvenia (its government)"},
            {"alias": "Várkelő", "metonym_of": "Halvenia (its government)"}], adjectival=["Halvenian"],
  note="the country of the prize: R1 \"Halvenia's richest\", \"Halvenia's.\", R3 dateline, R4 three times (once inside Senna's inner "
       "quote), R5 \"the question in Halvenia\", \"Halvenia’s writers\"; its capital stands for its government twice: \"expected Varkelo "
       "to make sure\" (R3, inside Greyhithe's clause) and \"Várkelő says it never had one\" (R5, a speaker); \"Halvenian\" (R4 "
       "\"Halvenian time\") is a demonym, and inside \"Halvenian Letters Council\" part of the council's name")
E("Varkelo", "city", ["VÁRKELŐ", "Várkelő", "VARKELO", "Varkelo"],
  note="Halvenia's capital, where the council sits: VÁRKELŐ (R1 dateline), \"Varkelo time\" (R2 header), VARKELO (R3 dateline), "
       "\"fans in Varkelo\" (R4), \"19:00 in Várkelő\", \"07:20 on 3 October in Várkelő\" (R5); canonical name without diacritics; the "
       "metonym contexts are claimed by Halvenia")
E("Brannoway", "country", ["Brannoway", ("Greyhithe", None, ["Greyhithe said it", "Greyhithe says it"])],
  metonyms=[{"alias": "Greyhithe", "metonym_of": "Brannoway (its government)"}],
  note="the poet's country, seven and a half hours behind Halvenia: R1 \"Pennacott in Brannoway\", \"Brannoway keeps its clocks\", "
       "R2 \"at home in Brannoway\", R5 \"Brannoway’s\" (inside Várkelő's clause); its capital speaks for its government twice: "
       "\"Greyhithe said it expected ...\" (R3) and \"Greyhithe says it has no quarrel\" (R5)")
E("Greyhithe", "city", ["Greyhithe"],
  note="Brannoway's capital: \"06:30 in Greyhithe\" (R2), \"11:30 here in Greyhithe\" (R5); the metonym contexts are claimed by "
       "Brannoway; the outlet's name (The Greyhithe Mariner) is not in any text")
E("Pennacott", "city", ["Pennacott"],
  note="the Brannoway coastal town where the poet lives: R1 three times (\"Pennacott time\" once), R2, R4 (\"Pennacott's own\", "
       "\"Pennacott lifeboat station\"), R5 twice")
E("Halvenian Letters Council", "organisation",
  ["Halvenian Letters Council", "HLC",
   ("council", None, ["the council said it would", "The council says", "The council's statement", "according to the council.",
                      "The council announced", "the council's statement, which", "The council’s statement"])],
  note="the body that awards the prize: the expansion in R1 (\"the Halvenian Letters Council (HLC)\", with the acronym), R2, R3 (with "
       "the acronym), R4, R5; \"council\" claimed where it speaks (R1 \"In a statement, the council said\"; R2 \"The council says\", "
       "\"The council's statement ... says\", \"according to the council.\"; R3 \"The council announced\" (the antecedent of \"In a "
       "statement, it said\"), \"the council's statement, which said\"; R5 \"The council’s statement ... says\"); its other mentions "
       "(\"The council's board\", \"emailed the council\", \"The council will decide\", \"sent the council\", \"A council official\" and "
       "\"The council has decided\" inside Kormosvary's quote) are not annotated")
E("Ezusthid Prize", "award", ["Ezüsthíd Prize", "Ezusthid Prize", "Ezusthid", "Ezüsthíd"],
  note="the national literary prize the council awards: \"the Ezüsthíd Prize jury\" (R1), \"the Ezusthid Prize\" (R2 header and "
       "08:50 entry, R3), bare \"The Ezusthid\" (R3) and \"the Ezusthid\" (R4), \"the Ezüsthíd Prize\" and \"a former Ezüsthíd juror\" "
       "(R5); canonical name without diacritics; \"the prize\", \"the award\" and R4's \"the gong\" are not annotated")
E("Abel Kormosvary", "person",
  ["Ábel Kormosváry", "Abel Kormosvary", "Kormosváry", "Kormosvary", ("Kormy", [R4])],
  note="the novelist who won and lost the prize: \"Ábel Kormosváry\" (R1, R5), \"Abel Kormosvary\" (R2 header and two entries, R3 "
       "\"novelist Abel Kormosvary\", R4 \"Abel Kormosvary's prize-winning novel\"); bare surname where it is his (R1 \"Kormosváry, 58, "
       "said\" after a sentence naming his wife, \"hear Mr Kormosváry\" inside the council's partial; R2 \"Kormosvary's wife\", \"that "
       "Kormosvary has been invited\", \"Kormosvary must return\"; R3 three times; R5 \"Kormosváry will not appeal\" inside his wife's "
       "clause); the tabloid's nickname \"Kormy\" (R4, four times); \"the novelist\", \"the winner\" are not annotated; canonical name "
       "without diacritics")
E("Villo Kormosvary", "person",
  ["Villő Kormosváry", "Villo Kormosvary", ("Kormosvary", None, ["Mrs Kormosvary"])],
  note="his wife and literary agent: \"Villő Kormosváry\" (R1, R5), \"Villo Kormosvary\" (R2); \"Mrs Kormosvary\" (R4) is hers; the "
       "other bare surnames are her husband's; canonical name without diacritics")
E("Hyacinth Marchbanks", "person",
  ["Hyacinth Marchbanks", "Marchbanks", ("Lighthouse Poet", [R4]), ("the poet", None, ["the poet says"])],
  note="the Brannoway poet whose unpublished manuscript the novel copied: \"the poet Hyacinth Marchbanks\" (R1, R2, R3), "
       "\"Pennacott's own Hyacinth Marchbanks\" (R4), \"Hyacinth Marchbanks\" (R5 twice); \"Ms Marchbanks\" (R1 twice), bare "
       "\"Marchbanks\" (R2 three times, R3 three times, once inside Greyhithe's clause); the tabloid's label \"the Lighthouse Poet\" "
       "(R4, four times, twice as a speaker); \"the poet\" claimed where it speaks (R5 \"the poet says\", after a sentence naming her "
       "daughter); the other \"the poet\" (R1 \"the poet's email\" inside Ujlaki's quote, \"the poet's passages\"; R4 \"the poet's "
       "warning\") are not annotated; the \"Marchbanks\" inside \"Senna Marchbanks\" is her daughter's")
E("Senna Marchbanks", "person", ["Senna Marchbanks", ("Senna", [R4])],
  note="the poet's daughter, who spotted the first passage: \"Her daughter Senna, 19\" and \"Senna came into the kitchen\" inside "
       "her mother's quote (R4), \"Her daughter, Senna Marchbanks\" (R5)")
E("Emoke Talaber", "person",
  ["Emőke Talabér", "Emoke Talaber", ("Talabér", [R1]), ("Talaber", [R3]), ("Emőke", [R1])],
  note="the jury's chair: \"Emőke\" inside Ujlaki's quote and \"Emőke Talabér, who has chaired the jury\" (R1), \"spoke to Talabér\" "
       "(R1), \"its chair, Emoke Talaber\" and \"Emoke Talaber spoke to us\" (R2), \"Jury chair Emoke Talaber\" and \"said Talaber had "
       "asked\" inside the unnamed official's clause (R3), \"That boss, Emoke Talaber\" (R4), \"Emőke Talabér, who left "
       "the jury\" (R5); \"the jury's chair\", \"the jury boss\" are not annotated; canonical name without diacritics")
E("Kristof Ujlaki", "person", ["Kristóf Ujlaki", "Kristof Ujlaki", ("Ujlaki", [R1, R5])],
  note="the juror who resigned and says the chair saw the email before the ceremony: \"Kristóf Ujlaki\" (R1, R5), \"Kristof Ujlaki\" "
       "(R2, R3, R4); surname alone (R1 \"Ujlaki told Napszél\", R5 \"Ujlaki met\"); canonical name without diacritics")
E("Szilard Szederkenyi", "person",
  ["Szilárd Szederkényi", "Szilard Szederkenyi",
   ("the minister", None, ["the minister said."]), ("The minister", None, ["The minister said later", "The minister tells"])],
  note="Halvenia's culture minister: \"Culture Minister Szilárd Szederkényi\" (R1), \"Culture Minister Szilard Szederkenyi\" (R2, R3), "
       "\"the culture minister, Szilárd Szederkényi\" (R5); \"the minister\" claimed where it speaks (R1 \"the minister said.\", R2 \"The "
       "minister said later\", R5 \"The minister tells the Mariner\"); canonical name without diacritics")
E("Pantlika Books", "company", ["Pantlika Books", "Pántlika Books", ("publisher", None, ["the publisher confirmed"])],
  note="the novel's publisher: \"Pantlika Books\" (R2, R3, R4), \"Pántlika Books\" (R5); \"publisher\" claimed where it speaks (R2 "
       "\"the publisher confirmed\"); R3's apposition \"the novel's publisher\" and R4's \"his publisher\" are not annotated")
E("Hamuvirag", "work", ["Hamuvirág", "Hamuvirag"],
  note="the winning novel: \"Hamuvirág\" (R1, R5), \"Hamuvirag\" (R2 twice, R3); canonical name without diacritics")
E("The Tideclock", "work", ["The Tideclock"],
  note="the poet's unpublished verse manuscript: R1, R3, R4 twice, R5 twice")
E("Harangvolgy Manor", "place", ["Harangvölgy Manor", "Harangvolgy Manor"],
  note="the writers' residency where both were fellows in July 2052: R1 (inside Villő Kormosváry's clause), R3 (inside Marchbanks's "
       "clause); R4's \"a writers' retreat in Halvenia\" is not annotated")
E("Kofal Theatre", "venue", ["Kőfal Theatre", "Kofal Theatre"], note="where the prize was presented: R1, R2")
E("X", "platform", ["X"])
E("Napszel", "media outlet", ["Napszél"],
  note="the Halvenian paper: in its own dateline \"(Napszél)\", \"Ujlaki told Napszél\", \"a written reply to Napszél\" (R1); "
       "canonical name without diacritics")
E("Keelstone Wire", "news agency", ["Keelstone Wire"], note="the wire, in its dateline (R3)")
E("The Daily Gurnard", "media outlet", ["Gurnard"], note="\"told the Gurnard\" (R4)")
E("The Greyhithe Mariner", "media outlet", ["Mariner"], note="\"tells the Mariner\" (R5)")

DISTINCT = [
    ("Abel Kormosvary", "Villo Kormosvary", "husband and wife sharing a surname, both speaking (R1 \"Kormosváry, 58, said\" after a "
     "sentence naming her is his; R4 \"Mrs Kormosvary\" is hers; R5 \"Kormosváry will not appeal\" inside her clause is his)"),
    ("Hyacinth Marchbanks", "Senna Marchbanks", "mother and daughter sharing a surname (R4's outer quote is the mother's, the inner "
     "one the daughter's; R5's \"the poet says\" and \"she says\" follow a sentence naming the daughter)"),
    ("Kristof Ujlaki", "Emoke Talaber", "R1's outer quote is Ujlaki's, the inner 'Too late for this year. Say nothing.' is "
     "Talabér's; each accuses the other's account"),
    ("Kristof Ujlaki", "Szilard Szederkenyi", "R5's \"he says\" follows a sentence naming both men: it is Ujlaki's"),
    ("Emoke Talaber", "Halvenian Letters Council", "the jury's chair vs the council that awards the prize (both speak, and disagree)"),
    ("Emoke Talaber", "Szilard Szederkenyi", "R1's \"the minister said\" follows a sentence naming both"),
    ("Halvenian Letters Council", "Ezusthid Prize", "the council vs the prize it awards"),
    ("Halvenian Letters Council", "Halvenia", "the council carrying the country's name vs the country (its government, R5 \"Várkelő "
     "says\")"),
    ("Szilard Szederkenyi", "Halvenia", "the culture minister vs the government the capital stands for (R3, R5)"),
    ("Halvenia", "Varkelo", "the government (metonyms, R3, R5) vs the capital city"),
    ("Brannoway", "Greyhithe", "the government (metonyms, R3, R5) vs the capital city"),
    ("Greyhithe", "Pennacott", "two Brannoway towns: the capital vs the poet's home town"),
    ("Hamuvirag", "The Tideclock", "the winning novel vs the manuscript it copied"),
    ("Abel Kormosvary", "Hamuvirag", "the novelist vs his novel"),
    ("Hyacinth Marchbanks", "The Tideclock", "the poet vs her manuscript"),
    ("Abel Kormosvary", "Pantlika Books", "the novelist vs his publisher (both speak)"),
]


# ---------------------------------------------------------------- times
# Halvenia (Várkelő) keeps UTC+3; Brannoway (Greyhithe, Pennacott) keeps UTC-4:30, seven and a half hours behind (R1 says so).
# R1 anchor Mon 2056-10-09 (the Halvenian paper; its own clocks are Várkelő's, UTC+3)
T(R1, "9.10.2056", "date", "2056-10-09", "dateline: a numeric date in day.month.year order, the anchor day")
T(R1, "yesterday", "relative", "2056-10-08", "the day before the anchor (\"resigned yesterday\")")
T(R1, "this year", "relative", "2056-01-01/2056-12-31", "the anchor's year (\"this year's winning novel\")", after="against ",
  granularity="year")
T(R1, "on Thursday", "weekday", "2056-10-05", "the latest Thursday before the anchor (\"was presented on Thursday\")")
T(R1, "On Saturday", "weekday", "2056-10-07", "the latest Saturday before the anchor (\"On Saturday the poet ... set 14 passages\")")
T(R1, "a quarter to ten", "time", "2056-10-04T21:45:00+03:00",
  "a clock in words inside Ujlaki's quote, in Várkelő (UTC+3), on Wednesday evening: 21:45, the eve of the ceremony (R3 \"21:45 on "
  "Oct. 4\")")
T(R1, "on Wednesday evening", "weekday", "2056-10-04", "the latest Wednesday before the anchor, its evening (inside Ujlaki's quote)")
T(R1, "this year", "relative", "2056-01-01/2056-12-31", "the year of the note, the anchor's (inside the inner quote \"Too late for "
  "this year\")", after="Too late for ", granularity="year")
T(R1, "since 2051", "date", "2051-01-01/2051-12-31", "a year (\"has chaired the jury since 2051\")", granularity="year")
T(R1, "07:20", "time", "2056-10-03T07:20:00+03:00",
  "a 24-hour clock with no zone: the paper's (Várkelő, UTC+3), on 3 October; the same instant as 23:50 on 2 October in Pennacott")
T(R1, "3 October", "date", "2056-10-03", "day and month without a year: the anchor's year")
T(R1, "on Wednesday", "weekday", "2056-10-04", "the latest Wednesday before the anchor (\"passed to the jury's chair on "
  "Wednesday\")", after="passed to the jury's chair ")
T(R1, "23:50", "time", "2056-10-02T23:50:00-04:30",
  "\"at 23:50 on 2 October, Pennacott time\": Brannoway's time (UTC-4:30, seven and a half hours behind Halvenia, as the sentence "
  "says); the same instant as 07:20 on 3 October in Várkelő — across a date line")
T(R1, "2 October", "date", "2056-10-02", "day and month without a year: the anchor's year")
T(R1, "seven and a half hours", "duration", "PT7H30M", "duration in words (the gap between the two countries' clocks)")
T(R1, "on Saturday", "weekday", "2056-10-07", "the latest Saturday before the anchor (\"said on Saturday that\")")
T(R1, "in July 2052", "date", "2052-07-01/2052-07-31", "a month with its year (\"a residency ... in July 2052\")",
  granularity="month")
T(R1, "on Sunday", "weekday", "2056-10-08", "the latest Sunday before the anchor (\"by telephone on Sunday\")")
T(R1, "tomorrow", "relative", "2056-10-10", "the day after the anchor (\"The council's board meets tomorrow\")")
T(R1, "11:00", "time", "2056-10-10T11:00:00+03:00", "the paper's own time (Várkelő, UTC+3), tomorrow (\"meets tomorrow at 11:00\")")

# R2 anchor Tue 2056-10-10; the blog's second header line says "All times are Varkelo time (UTC+3)"
T(R2, "Tuesday 10 October", "date", "2056-10-10", "weekday, day and month without a year in the blog's header: the anchor day")
for stamp in ("08:50", "09:40", "10:25", "11:05", "12:30", "13:15", "14:05", "14:40", "15:20", "16:45", "17:30"):
    T(R2, stamp, "time", f"2056-10-10T{stamp}:00+03:00",
      "a live-blog entry stamp (24-hour clock) on a line of its own, no zone of its own; the header says \"All times are Varkelo "
      "time (UTC+3)\"; the anchor day")
T(R2, "11:00", "time", "2056-10-10T11:00:00+03:00", "\"whose board meets at 11:00\": the blog's zone (UTC+3); the anchor day",
  after="meets at ")
T(R2, "on Thursday night", "weekday", "2056-10-05", "the latest Thursday before the anchor, its night (\"He was handed it ... on "
  "Thursday night\")")
T(R2, "Since Saturday", "weekday", "2056-10-07", "the latest Saturday before the anchor (\"Since Saturday the poet ... has been "
  "posting\"), annotated with its preposition")
T(R2, "02:10", "time", "2056-10-10T02:10:00-04:30",
  "\"at home in Brannoway, where it is 02:10\": Brannoway's time (UTC-4:30), the same instant as the entry's stamp 09:40 (UTC+3)")
T(R2, "22:00", "time", "2056-10-06T22:00:00-04:30", "\"22:00 on Friday in Pennacott\": Brannoway's time (UTC-4:30), Friday 6")
T(R2, "on Friday", "weekday", "2056-10-06", "the latest Friday before the anchor (\"22:00 on Friday in Pennacott\")")
T(R2, "02:30 GMT", "time", "2056-10-07T02:30:00+00:00", "the same instant written in GMT: already Saturday")
T(R2, "05:30", "time", "2056-10-07T05:30:00+03:00",
  "\"05:30 on Saturday here\": the blog's zone (UTC+3); the same instant — one instant in three zones across a date line")
T(R2, "on Saturday", "weekday", "2056-10-07", "the day in Várkelő at that instant (\"05:30 on Saturday here\")")
T(R2, "thirty years", "duration", "P30Y", "duration in words (inside Villo Kormosvary's quote)")
T(R2, "since Sunday", "weekday", "2056-10-08", "the latest Sunday before the anchor (\"had not spoken to any juror since Sunday\")")
T(R2, "14:00", "time", "2056-10-10T14:00:00+03:00", "\"read out at 14:00 here\": the blog's zone (UTC+3); the anchor day")
T(R2, "11:00 GMT", "time", "2056-10-10T11:00:00+00:00", "the same instant as 14:00 here, written in GMT")
T(R2, "06:30", "time", "2056-10-10T06:30:00-04:30",
  "\"06:30 in Greyhithe\": Brannoway's time (UTC-4:30); the same instant — one instant in three zones")
T(R2, "last year", "relative", "2055-01-01/2055-12-31", "the year before the anchor's (\"which published Hamuvirag last year\")",
  granularity="year")
T(R2, "Thursday", "weekday", "2056-10-05", "the latest Thursday before the anchor (\"before Thursday's ceremony\")",
  after="knew before ")
T(R2, "October 2", "date", "2056-10-02", "month and day without a year (\"emailed the council on October 2\")")
T(R2, "three days", "duration", "P3D", "duration in words (\"three days before it\")")
T(R2, "on Sunday", "weekday", "2056-10-08", "the latest Sunday before the anchor (\"who quit the jury on Sunday\")")
T(R2, "this week", "relative", "2056-10-09/2056-10-15",
  "the Monday–Sunday week of the anchor (inside Talaber's partial \"this week\")")
T(R2, "today", "relative", "2056-10-10", "the anchor day (\"That's all from us today\")")
T(R2, "next Monday", "relative", "2056-10-16",
  "\"meets again next Monday\" in a Tuesday blog: the Monday of the following week, 16 October")
T(R2, "this year", "relative", "2056-01-01/2056-12-31", "the anchor's year (\"whether the prize goes to anyone this year\")",
  granularity="year")

# R3 anchor Wed 2056-10-11 (the wire's dateline is Varkelo, UTC+3)
T(R3, "Oct. 11", "date", "2056-10-11", "dateline; abbreviated month and day, year of the publication date")
T(R3, "on Tuesday", "weekday", "2056-10-10", "the latest Tuesday before the anchor (\"stripped ... on Tuesday\")",
  after="literary award, ")
T(R3, "five days", "duration", "P5D", "duration in words (\"five days after he received it\")")
T(R3, "14:00 local time", "time", "2056-10-10T14:00:00+03:00",
  "\"local time\" of the dateline's city (Varkelo, UTC+3), fixed by \"(11:00 GMT)\" after it; Tuesday")
T(R3, "11:00 GMT", "time", "2056-10-10T11:00:00+00:00", "the same instant as 14:00 local time, written in GMT")
T(R3, "on Tuesday", "weekday", "2056-10-10", "the latest Tuesday before the anchor (\"(11:00 GMT) on Tuesday\")",
  after="(11:00 GMT) ")
T(R3, "between 2049 and 2052", "date", "2049-01-01/2052-12-31", "a range of years (\"wrote the manuscript between 2049 and 2052\")",
  granularity="year")
T(R3, "in July 2052", "date", "2052-07-01/2052-07-31", "a month with its year", granularity="month")
T(R3, "on Tuesday night", "weekday", "2056-10-10", "the latest Tuesday before the anchor, its night (\"in a statement on Tuesday "
  "night\")")
T(R3, "on Wednesday", "weekday", "2056-10-11", "the anchor day (\"told reporters on Wednesday\" in a Wednesday wire)")
T(R3, "Sept. 28", "date", "2056-09-28", "abbreviated month and day without a year (\"its final vote, taken on Sept. 28\")")
T(R3, "on Sunday", "weekday", "2056-10-08", "the latest Sunday before the anchor (\"who quit ... on Sunday\")")
T(R3, "21:45", "time", "2056-10-04T21:45:00+03:00",
  "a 24-hour clock with no zone: the dateline's (Varkelo, UTC+3), where the jury sits; on Oct. 4 (R1's \"a quarter to ten on "
  "Wednesday evening\")")
T(R3, "Oct. 4", "date", "2056-10-04", "abbreviated month and day without a year")
T(R3, "Oct. 3", "date", "2056-10-03", "abbreviated month and day without a year")
T(R3, "Thursday", "weekday", "2056-10-05",
  "inside the unnamed official's partial (\"until after Thursday\"): the ceremony's Thursday, the latest before the anchor")
T(R3, "last November", "relative", "2055-11-01/2055-11-30", "the November before the anchor (\"its release last November\")",
  granularity="month")
T(R3, "next Monday", "relative", "2056-10-16",
  "\"will decide next Monday\" in a Wednesday wire: the Monday of the following week, 16 October")
T(R3, "in 1987", "date", "1987-01-01/1987-12-31", "a year (\"founded in 1987\")", granularity="year")

# R4 anchor Sat 2056-10-14 (Brannoway tabloid; "our time" is Brannoway's, UTC-4:30)
T(R4, "October 6", "date", "2056-10-06", "month and day without a year (\"blew the whistle on October 6\")")
T(R4, "9.40pm Halvenian time", "time", "2056-10-05T21:40:00+03:00",
  "a 12-hour clock with a point and a named zone (Halvenia's, UTC+3), not the tabloid's own; on October 5")
T(R4, "October 5", "date", "2056-10-05", "month and day without a year")
T(R4, "Five days", "duration", "P5D", "duration in words opening a sentence (\"Five days later\")")
T(R4, "yesterday", "relative", "2056-10-13", "the day before the anchor (\"told the Gurnard yesterday\")")
T(R4, "in 2052", "date", "2052-01-01/2052-12-31", "a year (\"a writers' retreat in Halvenia in 2052\")", granularity="year")
T(R4, "Late Friday", "weekday", "2056-10-13", "the latest Friday before the anchor (\"Late Friday he handed back\")")
T(R4, "2am our time", "time", "2056-10-08T02:00:00-04:30",
  "\"our time\": the tabloid's zone (Brannoway, UTC-4:30), on Sunday 8 — 09:30 in Várkelő, the morning R1 calls \"yesterday\"")
T(R4, "on Sunday", "weekday", "2056-10-08", "the latest Sunday before the anchor (\"at 2am our time on Sunday\")")
T(R4, "on Wednesday", "weekday", "2056-10-11", "the latest Wednesday before the anchor (\"stepped down on Wednesday\")")
T(R4, "last night", "relative", "2056-10-13", "the night before the anchor day (\"last night his publisher ... said\")")
T(R4, "this weekend", "relative", "2056-10-14/2056-10-15",
  "the weekend of the anchor (a Saturday paper): Saturday and Sunday (\"will read ... this weekend\")")

# R5 anchor Tue 2056-10-17 (Brannoway broadsheet in Greyhithe, UTC-4:30; clocks in Várkelő are UTC+3)
T(R5, "19:00", "time", "2056-10-16T19:00:00+03:00",
  "\"at 19:00 in Várkelő yesterday\": Halvenia's time (UTC+3) on Monday 16, the day before the anchor")
T(R5, "yesterday", "relative", "2056-10-16", "the day before the anchor (\"19:00 in Várkelő yesterday\")")
T(R5, "16:00 GMT", "time", "2056-10-16T16:00:00+00:00", "the same instant written in GMT")
T(R5, "11:30", "time", "2056-10-16T11:30:00-04:30",
  "\"11:30 here in Greyhithe\": the paper's own zone (Brannoway, UTC-4:30); the same instant — one instant in three places")
T(R5, "for 2056", "date", "2056-01-01/2056-12-31", "a year (\"nobody will hold the Ezüsthíd Prize for 2056\")",
  granularity="year")
T(R5, "69 years", "duration", "P69Y", "duration (\"In 69 years the award has never been left empty\")")
T(R5, "last week", "relative", "2056-10-09/2056-10-15",
  "the Monday–Sunday week before the anchor's (\"stripped of the prize last week\", on Tuesday 10)")
T(R5, "late on Friday", "weekday", "2056-10-13", "the latest Friday before the anchor (\"handed back ... late on Friday\")")
T(R5, "2 October", "date", "2056-10-02", "day and month without a year (the first part of the poet's split clause)")
T(R5, "23:50", "time", "2056-10-02T23:50:00-04:30",
  "\"It left her laptop at 23:50\": the poet's and the paper's zone (Brannoway, UTC-4:30), on 2 October (the sentence before)")
T(R5, "07:20", "time", "2056-10-03T07:20:00+03:00",
  "\"already 07:20 on 3 October in Várkelő\": Halvenia's time (UTC+3); the same instant as 23:50 — across a date line")
T(R5, "3 October", "date", "2056-10-03", "day and month without a year")
T(R5, "last Wednesday", "relative", "2056-10-11",
  "\"last Wednesday\" in a Tuesday paper: the Wednesday of the week before, 11 October (\"who left the jury last Wednesday\")")
T(R5, "on Friday", "weekday", "2056-10-13", "the latest Friday before the anchor (\"Ujlaki met the culture minister ... on Friday\")",
  after="Szederkényi, ")
T(R5, "30 years", "duration", "P30Y", "duration (\"her husband’s agent for 30 years\")")
T(R5, "next month", "relative", "2056-11-01/2056-11-30", "the month after the anchor's (\"will return to the shops next month\")",
  granularity="month")
T(R5, "this month", "relative", "2056-10-01/2056-10-31", "the anchor's month (inside the unnamed juror's quote)",
  after="innocence ", granularity="month")
T(R5, "Earlier this month", "relative", "2056-10-01/2056-10-16", "the anchor's month up to the day before the anchor")
T(R5, "On Sunday", "weekday", "2056-10-15", "the latest Sunday before the anchor (\"On Sunday more than 300 of them crowded\")")


# ---------------------------------------------------------------- numbers
N(R1, "20 million tolvans", 20000000, "tolvan", "money", note="Halvenia's currency; 'million'")
N(R1, "about $125,000", 125000, "usd", "money", approx="about", note="in brackets after the amount in tolvans")
N(R1, "14 passages", 14, "passage", "count")
N(R1, "12 lines", 12, "line", "count", note="\"Some run to 12 lines\"")
N(R1, "seven and a half hours", 7.5, "hour", "duration", note="word number with a fraction")
N(R1, "two writers", 2, "writer", "count", note="word number (inside Villő Kormosváry's clause)")
N(R1, "58", 58, "year", "age", note="an age (\"Kormosváry, 58,\")")
N(R1, "seven jurors", 7, "juror", "count", note="word number (\"all seven jurors\", inside the council's clause)")

N(R2, "six novels", 6, "novel", "count", note="word number (inside Villo Kormosvary's quote)")
N(R2, "thirty years", 30, "year", "duration", note="word number (inside Villo Kormosvary's quote)")
N(R2, "20 million tolvans", 20000000, "tolvan", "money", note="inside the council's clause")
N(R2, "About 40,000 copies", 40000, "copy", "count", approx="about", note="opening a sentence; a thousands separator")
N(R2, "three days", 3, "day", "duration", note="word number")

N(R3, "five days", 5, "day", "duration", note="word number")
N(R3, "14 passages", 14, "passage", "count", note="inside the council's clause")
N(R3, "about 2,300 words", 2300, "word", "count", approx="about", note="a thousands separator")
N(R3, "four to 12 lines", 4, "line", "count", low=4, high=12, note="a range written with to, a word number and a digit")
N(R3, "44", 44, "year", "age", note="an age (\"Marchbanks, 44,\")")
N(R3, "58", 58, "year", "age", note="an age (\"Kormosvary, 58,\")")
N(R3, "20 million tolvans", 20000000, "tolvan", "money")
N(R3, "$125,000", 125000, "usd", "money", note="in brackets after the amount in tolvans, as the converted figure it is (exact)")
N(R3, "seven-member", 7, "member", "count", note="a word number as a hyphenated adjective (\"the seven-member jury\")")
N(R3, "about 40,000 copies", 40000, "copy", "count", approx="about")

N(R4, "44", 44, "year", "age", note="an age (\"Hyacinth Marchbanks, 44,\")")
N(R4, "14 passages", 14, "passage", "count")
N(R4, "58-year-old", 58, "year", "age", note="an age as a hyphenated noun (\"the 58-year-old\")")
N(R4, "Five days", 5, "day", "duration", note="word number opening a sentence")
N(R4, "19", 19, "year", "age", note="an age (\"Her daughter Senna, 19,\")")
N(R4, "three chairs", 3, "chair", "count", note="word number (inside the poet's quote)")
N(R4, "20 million tolvans", 20000000, "tolvan", "money")
N(R4, "about $125,000", 125000, "usd", "money", approx="about", note="between dashes after the amount in tolvans")
N(R4, "Two judges", 2, "judge", "count", note="word number opening a sentence")
N(R4, "30 percent", 30, "percent", "percent", note="inside the unnamed sources' clause")
N(R4, "more than 300 people", 300, "person", "count", approx="more_than")

N(R5, "69 years", 69, "year", "duration")
N(R5, "20 million tolvans", 20000000, "tolvan", "money")
N(R5, "44", 44, "year", "age", note="an age (\"Hyacinth Marchbanks, 44,\")")
N(R5, "at least two other jurors", 2, "juror", "count", approx="at_least", note="word number (inside Ujlaki's clause)")
N(R5, "30 years", 30, "year", "duration")
N(R5, "more than 300 of them", 300, "person", "count", approx="more_than",
  note="\"more than 300 of them\": the people of the sentence before, the noun taken from there")

ABOUT = ("Gold for the read stage on the invented held-out reports of demo/read-heldout35/reports.jsonl, "
         "written and committed before any reader ran on them. `file` is the report's `id`; `start`/`end` "
         "are BYTE offsets into the UTF-8 encoding of the report's `text` field; text[start:end] begins "
         "with `span`. Same format as demo/read-heldout33/gold.json. Generated by build_gold.py. See README.md here.")


G.write(ABOUT, DISTINCT, detailed=True)
