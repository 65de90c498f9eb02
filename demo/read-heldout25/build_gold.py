#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and the annotations below.

Run from anywhere: `python3 demo/read-heldout25/build_gold.py`. Offsets are computed here from the spans
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
# R1: Ormsgate Wire, 2048-10-09 (Fri; wire; straight quotes; dateline "ZAROVICE, Brannovia, Oct 9 (Ormsgate Wire) -" (a hyphen);
# no diacritics: "Zarovice", "Vlastimil Strelecky", "Svatopluk Krepelka"; Brannovia keeps UTC+1: "13:02 local time (12:02 GMT)";
# Tamberlund UTC-5: "07:15 Cobbleford time (12:15 GMT)")
Q(R1, I, "a wrongly typed time had put Thursday's surprise interest rate cut on its website 58 minutes early",
  "Brannovian National Bank", "description before: Brannovia's central bank said on Friday that → the BNB, named in the paragraph after",
  "said", note="a time phrase between the verb and 'that'; the next sentence ('Traders in at least one ...') is the agency's own")
Q(R1, I, "The decision went live at 13:02 local time (12:02 GMT) and was removed 11 minutes later", "Brannovian National Bank",
  "description after the clause: the bank said → the Brannovian National Bank (BNB), named in the sentence before", "said",
  note="clause first, the attribution after; 'It was meant to appear at 14:00.' is the agency's own")
Q(R1, D, "Somebody entered the GMT time into a system that runs on Zarovice time. It is that simple, and that embarrassing,",
  "Vlastimil Strelecky", "title + name after: Governor Vlastimil Strelecky told a news conference", "told", channel="news conference",
  note="multi-sentence")
Q(R1, D, "We will find out who saw it, and we will publish what we find.", "Vlastimil Strelecky",
  "continuation: the quote after '..., Governor Vlastimil Strelecky told a news conference on Friday morning.'", None,
  channel="news conference")
Q(R1, D, None, "Vlastimil Strelecky", "pronoun in the middle: he said → Strelecky, the speaker of the paragraph before", "said",
  channel="news conference",
  parts=["I am not going to blame a junior colleague for a system that let one keystroke do this,",
         "but nor will I pretend it was anything other than our failure."],
  note="a direct quote split by its attribution: one record with two parts")
Q(R1, I, "most of the selling had come from one fund, Gorsemoor Capital", None,
  "unresolved: Three traders at banks in Cobbleford, the financial centre of Tamberlund, said (unnamed)", "said",
  note="reported speech without 'that'; an appositive with a country between the subject and the verb")
Q(R1, I, "the fund had sold \"something close to a billion crowns\" before 07:15 Cobbleford time (12:15 GMT)", None,
  "unresolved: One of them said → one of the three unnamed traders", "said",
  note="reported speech without 'that'; a partial inside")
Q(R1, D, "something close to a billion crowns", None, "unresolved: One of them said (an unnamed trader)", "said", partial=True)
Q(R1, I, "his fund had \"traded on public information, as we always do\"", "Ignatius Tremlow",
  "name before: Its founder, Ignatius Tremlow, wrote late on Thursday in a post on X that", "wrote", channel="post on X",
  note="a time phrase between the verb and the channel; the partial ends the clause, its closing mark before the full stop")
Q(R1, D, "traded on public information, as we always do", "Ignatius Tremlow", "name before: Ignatius Tremlow, wrote ... in a post on X",
  "wrote", channel="post on X", partial=True, note="'we' inside the marks is the fund: the partial keeps the speaker's own person")
Q(R1, D, "unacceptable", "Svatopluk Krepelka",
  "title + name before: Brannovia's finance minister, Svatopluk Krepelka, called the episode", "called", partial=True,
  note="a one-word quoted fragment as the complement of 'called'; no clause, so no indirect record of its own")
Q(R1, I, "he had asked the bank for a full account by Monday", "Svatopluk Krepelka",
  "name before: Svatopluk Krepelka, called ... and told reporters", "told", channel="told reporters",
  note="the second verb of the subject; reported speech without 'that'")
Q(R1, I, "the BNB \"deeply regrets\" the error and that an outside firm would review how releases are handled",
  "Brannovian National Bank", "document of a group before: A bank statement issued at 18:30 local time on Thursday said → the BNB's statement",
  "said", channel="statement", note="without 'that' at first, then 'and that ...': one record; a partial inside; the BNB is named inside "
  "its own statement's clause")
Q(R1, D, "deeply regrets", "Brannovian National Bank", "document before: A bank statement ... said", "said", channel="statement",
  partial=True)
Q(R1, I, "it was \"aware of the trading activity\" and was gathering information", "Tamberlund Securities Commission",
  "name + acronym before: The Tamberlund Securities Commission (TSC), the country's markets regulator, said", "said",
  note="reported speech without 'that'; an appositive between the name and the verb; 'It would not say whether ...' is no record")
Q(R1, D, "aware of the trading activity", "Tamberlund Securities Commission", "name before: The Tamberlund Securities Commission (TSC) ... said",
  "said", partial=True)
Q(R1, I, "the size of the cut had \"caught everyone off guard except the people who read it early\"", "Hepzibah Fanshaw",
  "name before: Hepzibah Fanshaw, chief economist at Merriwold Bank in Cobbleford, said", "said",
  note="reported speech without 'that'; the partial ends it, its closing mark before the full stop")
Q(R1, D, "caught everyone off guard except the people who read it early", "Hepzibah Fanshaw", "name before: Hepzibah Fanshaw, ..., said",
  "said", partial=True)

# R2: Peněžní Hlídka (English edition), 2048-10-10 (Sat; the Brannovian paper in English; straight quotes; dateline "ŽÁROVICE, 10 October
# –" (en dash); diacritics: "Vlastimil Střelecký", "Radmila Hrdoňová", "Svatopluk Křepelka", "Ludvík Šafránek", "Miroslava Dvořáčková")
Q(R2, D, "The error happened in my department, and the responsibility is mine,", "Radmila Hrdonova",
  "surname after: Hrdoňová wrote in a letter to staff", "wrote", channel="letter to staff")
Q(R2, D, "I have given this bank 19 years. I will not give it another one defending a mistake I should have prevented.", "Radmila Hrdonova",
  "continuation: the quote after '..., Hrdoňová wrote in a letter to staff seen by Peněžní Hlídka.'", None, channel="letter to staff",
  note="multi-sentence")
Q(R2, D, "the most careful person in this building", "Vlastimil Strelecky",
  "title + name before: Governor Vlastimil Střelecký, who called her", "called", partial=True,
  note="a quoted fragment as the complement of 'called' in a relative clause; no clause of its own, so no indirect record; 'her' is Hrdoňová")
Q(R2, I, "the board would name an acting deputy on Monday", "Vlastimil Strelecky",
  "title + name before: Governor Vlastimil Střelecký, who called her \"...\", said", "said",
  note="reported speech without 'that'; a relative clause holding a partial between the name and the verb")
Q(R2, D, "Miroslava Dvořáčková, our chief economist, walked into my office at nine minutes past one and said, 'Governor, the decision is already out.' I thought she was joking. She was not,",
  "Vlastimil Strelecky", "pronoun after: he said → Střelecký, the subject of the sentence before", "said",
  channel="interview with Peněžní Hlídka",
  note="multi-sentence; holds a quote inside the quote (single straight marks) spoken by Dvořáčková, named inside the outer quote")
Q(R2, D, "Governor, the decision is already out.", "Miroslava Dvorackova",
  "inside the outer quote: 'Miroslava Dvořáčková, our chief economist, walked into my office ... and said,' → Dvořáčková", "said",
  note="quote inside a quote whose speaker is NOT the outer speaker; 'Governor' is the one addressed (Střelecký); the inner quote ends "
       "with a full stop inside the marks")
Q(R2, I, "the page stayed online for 11 minutes, from 13:02 to 13:13, and was opened 412 times", "Brannovian National Bank",
  "document of a group before: According to the bank's own logs, → the BNB", "according to", channel="logs",
  note="'According to X,' first, the clause after; the next sentence ('At least 37 of those visits ...') is the paper's own")
Q(R2, I, "its system had \"worked exactly as instructed\" and that it had offered in 2046 to add a second check before any release",
  "Tessellon Systems", "name before: Tessellon Systems, the Žárovice company that wrote the publishing software, said in a statement that",
  "said", channel="statement", note="'that ... and that ...': one record; a partial inside; an appositive with a relative clause "
  "between the name and the verb")
Q(R2, D, "worked exactly as instructed", "Tessellon Systems", "name before: Tessellon Systems, ..., said in a statement", "said",
  channel="statement", partial=True)
Q(R2, I, "The bank declined that offer", "Tessellon Systems",
  "document after: the statement said → Tessellon's statement (the sentence before); 'The bank' inside the clause is the BNB, not the "
  "speaker", "said", channel="statement", note="clause first, the attribution after")
Q(R2, D, "If somebody in Cobbleford made money from our mistake, Brannovian taxpayers deserve to know who, and how much,",
  "Svatopluk Krepelka", "title alone after: the minister said → Finance Minister Svatopluk Křepelka (the sentence before)", "said",
  note="'wants to know who profited' before it is the paper's paraphrase of a wish, no record")
Q(R2, I, "His ministry has asked the Tamberlund Securities Commission for its trading records", None,
  "unresolved: a ministry spokesman told Peněžní Hlídka (after the clause; an unnamed spokesman)", "told",
  channel="interview with Peněžní Hlídka", note="clause first; 'His' is Křepelka, who is not the speaker")
Q(R2, I, "Žárovice expects Cobbleford to cooperate \"fully and quickly\"", None,
  "unresolved: the spokesman added (the unnamed ministry spokesman of the sentence before)", "added",
  note="clause first; both capitals inside are governments (metonyms); a partial inside")
Q(R2, D, "fully and quickly", None, "unresolved: the spokesman added", "added", partial=True)
Q(R2, I, "the size of the cut mattered less than \"the fact that a fund on the other side of the world knew it before our own pensioners did\"",
  "Ludvik Safranek", "name before: Ludvík Šafránek, the opposition deputy who chairs parliament's budget committee, said", "said",
  note="reported speech without 'that'; the partial ends it, its closing mark before the full stop")
Q(R2, D, "the fact that a fund on the other side of the world knew it before our own pensioners did", "Ludvik Safranek",
  "name before: Ludvík Šafránek, ..., said", "said", partial=True)

# R3: The Sunday Grebe, 2048-10-11 (Sun; Tamberlund tabloid; straight quotes; no dateline; no diacritics; the label "the Crown Prince"
# for Ignatius Tremlow; capitals for emphasis: "ALSO"; a clock in the paper's own time: "7.04am our time")
Q(R3, I, "Hedge fund boss Ignatius Tremlow, 52, raked in an estimated $19 million on Thursday morning by dumping Brannovian crowns in the 11 minutes after the tiny nation's central bank blurted out its big news early",
  None, "unresolved: City traders told the Grebe (after the clause; unnamed)", "told", channel="interview with the Grebe",
  note="clause first; Tremlow, named inside the clause, is not the speaker")
Q(R3, I, "the former rugby player, who started Gorsemoor in 2031 with $40 million of borrowed cash, hasn't taken a day off in years", None,
  "unresolved: Pals say (unnamed friends)", "say", note="present tense, without 'that'; 'the former rugby player' is Tremlow, not a speaker")
Q(R3, D, "We were awake. That's not a crime,", "Ignatius Tremlow",
  "pronoun after: he told the Grebe → the Crown Prince (Ignatius Tremlow), the subject of the sentence before", "told",
  channel="interview with the Grebe", note="multi-sentence")
Q(R3, D, "My junior trader rang me and said, 'Boss, the crown's about to fall off a cliff,' and I said, 'Then sell it.' Anyone could have done the same.",
  "Ignatius Tremlow", "continuation: the quote after '..., he told the Grebe.'", None, channel="interview with the Grebe",
  note="multi-sentence; holds two quotes inside the quote: the junior trader's and Tremlow's own")
Q(R3, D, "Boss, the crown's about to fall off a cliff,", None,
  "inside the outer quote: 'My junior trader rang me and said,' → an unnamed junior trader", "said",
  note="quote inside a quote whose speaker is never named; 'Boss' is the one addressed (Tremlow)")
Q(R3, D, "Then sell it.", "Ignatius Tremlow", "inside the outer quote: 'and I said,' → the 'I' of the outer quote, Tremlow himself",
  "said", note="quote inside a quote whose speaker IS the outer speaker")
Q(R3, D, "a smash-and-grab on a small country", "Svatopluk Krepelka",
  "title + name before: Finance Minister Svatopluk Krepelka branded the trades", "branded", partial=True,
  note="a quoted fragment as the complement of 'branded'; no clause, so no indirect record of its own")
Q(R3, I, "Tamberlund's regulator must hand over \"every last record\"", "Svatopluk Krepelka",
  "name before: Svatopluk Krepelka branded ... and said", "said", note="the second verb of the subject; without 'that'; the partial ends it")
Q(R3, D, "every last record", "Svatopluk Krepelka", "name before: Svatopluk Krepelka ... said", "said", partial=True,
  note="the closing mark comes before the full stop")
Q(R3, D, "I have never met the man and I don't plan to, except across an interview table,", "Dorcas Tremlow",
  "pronoun after: she told reporters → Dorcas Tremlow, the subject of the sentence before ('the man' is Ignatius Tremlow)", "told",
  channel="told reporters")
Q(R3, I, "the TSC would find \"nothing but good reflexes\"", "Ignatius Tremlow",
  "shared surname with a tag before: Tremlow - the rich one - insisted → Ignatius Tremlow (the fund boss, not Dorcas Tremlow of the TSC)",
  "insisted", note="reported speech without 'that'; dashes between the name and the verb")
Q(R3, D, "nothing but good reflexes", "Ignatius Tremlow", "name before: Tremlow - the rich one - insisted", "insisted", partial=True)
Q(R3, I, "Gorsemoor had made \"nowhere near\" $19 million", "Ignatius Tremlow",
  "pronoun before: He added that → Ignatius Tremlow, the subject of the sentence before", "added",
  note="', but refused to give a figure' is the paper's own")
Q(R3, D, "nowhere near", "Ignatius Tremlow", "pronoun before: He added that", "added", partial=True)
Q(R3, I, "the handful who spotted the page early were \"the only people in the market who had a good Thursday\"", "Hepzibah Fanshaw",
  "title + name before: Merriwold Bank economist Hepzibah Fanshaw said", "said",
  note="reported speech without 'that'; the partial ends it, its closing mark before the full stop")
Q(R3, D, "the only people in the market who had a good Thursday", "Hepzibah Fanshaw", "name before: Hepzibah Fanshaw said", "said",
  partial=True)
Q(R3, I, None, "Hepzibah Fanshaw", "pronoun in the middle: she said → Fanshaw, the speaker of the sentence before", "said",
  parts=["About 40 other firms traded crowns in the same 11 minutes", "but none as heavily as Gorsemoor"],
  note="reported speech split by its attribution (', she said,'): one record with two parts")
Q(R3, I, "it will decide by Tuesday whether to freeze the cash", "Tamberlund Securities Commission",
  "acronym before: The TSC says", "says", note="present tense, without 'that'")
Q(R3, D, "The sea doesn't read central bank websites,", "Ignatius Tremlow",
  "pronoun after: he grinned → the Crown Prince (Ignatius Tremlow), the subject of the sentence before", "grinned",
  note="a verb of manner as the speech verb")

# R4: Kelpwater Radio live blog, 2048-10-13 (Tue; plain-text scrape: header "LIVE: ... - Tuesday 13 October" and a line "All times are
# Cobbleford time (GMT-5)"; each entry begins with a 24-hour stamp on a line of its own; straight quotes; no diacritics)
Q(R4, D, "On Thursday the 8th of October this bank let its country down. I am here to explain how, and to make sure it never happens again,",
  "Vlastimil Strelecky", "title alone after: the governor said → Strelecky (named in the entry before, and the subject of the sentence "
  "before)", "said", channel="parliamentary hearing", note="multi-sentence")
Q(R4, I, "the employee who typed the wrong time has not been disciplined and will not be named", "Vlastimil Strelecky",
  "pronoun before: He says → Strelecky (the entry before)", "says", channel="parliamentary hearing",
  note="present tense, without 'that'; a pronoun opening an entry")
Q(R4, D, "A bank that cannot tell the time should not be setting the price of money.", "Ludvik Safranek",
  "title + name before, a colon: Committee chairman Ludvik Safranek is unimpressed:", None, channel="parliamentary hearing",
  note="no speech verb: a colon after a description of the speaker")
Q(R4, D, "Eleven. The seven board members, our chief economist and three people in communications.", "Vlastimil Strelecky",
  "surname alone before a colon: Strelecky: (no verb)", None, channel="parliamentary hearing",
  note="multi-sentence; the answer to the question before it, which is the blog's own")
Q(R4, I, "the crown is steady this morning at 23.90 to the dollar, close to where it ended last week", "Hedley Vance",
  "title + name before: Our markets reporter Hedley Vance says", "says", note="present tense, without 'that'")
Q(R4, D, "Traders are watching two things today: what Strelecky admits, and what the TSC does with Gorsemoor's money,", "Hedley Vance",
  "pronoun after: he says → Vance, the subject of the sentence before (Strelecky, named inside the quote, is not)", "says")
Q(R4, I, "Dorcas Tremlow, enforcement director at the Tamberlund Securities Commission, will speak at 09:30, which is 14:30 GMT and 15:30 in Zarovice",
  "Tamberlund Securities Commission", "description after the clause: according to the commission → the TSC, named inside the clause",
  "according to", note="clause first, 'according to' after; Dorcas Tremlow, named inside the clause, is not the speaker; one instant "
  "in three zones inside the clause")
Q(R4, I, "it \"acted within minutes, not outside the rules\" and that it will fight any freeze \"in every court available\"",
  "Gorsemoor Capital", "name before: Gorsemoor Capital says in a statement just out that", "says", channel="statement",
  note="present tense; 'that ... and that ...': one record with two partials")
Q(R4, D, "acted within minutes, not outside the rules", "Gorsemoor Capital", "name before: Gorsemoor Capital says in a statement", "says",
  channel="statement", partial=True)
Q(R4, D, "in every court available", "Gorsemoor Capital", "name before: Gorsemoor Capital says ... and that", "says", channel="statement",
  partial=True, note="the second partial of the same clause; the closing mark comes before the full stop")
Q(R4, I, "the bank would from now on release decisions by hand, with two people present", "Vlastimil Strelecky",
  "surname before: Strelecky told MPs", "told", channel="parliamentary hearing", note="reported speech without 'that'")
Q(R4, I, "He had offered his own resignation on Friday, but Finance Minister Svatopluk Krepelka refused it", "Vlastimil Strelecky",
  "pronoun after: he said → Strelecky, the speaker of the sentence before (not Krepelka, the last man named, inside the clause)", "said",
  channel="parliamentary hearing", note="clause first, the attribution after; 'He' inside the clause is Strelecky too")
Q(R4, I, "he had \"full confidence\" in the governor and that the deputy governor's job would be filled \"within weeks, not months\"",
  "Svatopluk Krepelka", "surname before: In a post on X just now, Krepelka said", "said", channel="post on X",
  note="the channel opens the sentence; without 'that' at first, then 'and that ...': one record with two partials; 'the governor' "
       "inside is Strelecky, 'the deputy governor's job' Hrdonova's old post")
Q(R4, D, "full confidence", "Svatopluk Krepelka", "name before: Krepelka said", "said", channel="post on X", partial=True)
Q(R4, D, "within weeks, not months", "Svatopluk Krepelka", "name before: Krepelka said ... and that", "said", channel="post on X",
  partial=True, note="the second partial of the same clause; the closing mark comes before the full stop")
Q(R4, I, "The commission has frozen $19.2 million in Gorsemoor accounts for 30 days while it investigates", "Dorcas Tremlow",
  "pronoun after: she says → Dorcas Tremlow, named in the sentence before ('Here is Dorcas Tremlow.')", "says",
  note="clause first, the attribution after; the commission inside the clause is her employer, not the speaker")
Q(R4, D, "Being early is not against the law. Being early because somebody slipped you the answer may well be,", "Dorcas Tremlow",
  "pronoun after: she said → Dorcas Tremlow", "said", note="multi-sentence")
Q(R4, D, "Not by blood, not by marriage, not by anything,", "Dorcas Tremlow",
  "pronoun after: she said → Dorcas Tremlow, the 'she' of the sentence before (Ignatius Tremlow, named there, is a man and the one asked "
  "about)", "said", note="a pronoun speaker with two people of one surname in the sentence before")
Q(R4, I, "the freeze was \"pure theatre\" and that his lawyers would be in court by Friday", "Ignatius Tremlow",
  "name before: Ignatius Tremlow, reached by phone on his boat, told us", "told", channel="interview with Kelpwater Radio",
  note="without 'that' at first, then 'and that ...': one record; a participle phrase between the name and the verb")
Q(R4, D, "pure theatre", "Ignatius Tremlow", "name before: Ignatius Tremlow, ..., told us", "told", channel="interview with Kelpwater Radio",
  partial=True)
Q(R4, I, None, "Vlastimil Strelecky", "surname in the middle: Strelecky promised MPs", "promised", channel="parliamentary hearing",
  parts=["this time", "the decision will go out at 14:00 Zarovice time sharp, \"not a minute before\""],
  note="reported speech split by its attribution (', Strelecky promised MPs,'): one record with two parts; the clause before 'and' "
       "('The BNB's board meets again on 5 November') is the blog's own")
Q(R4, D, "not a minute before", "Vlastimil Strelecky", "surname before: Strelecky promised MPs", "promised", channel="parliamentary hearing",
  partial=True, note="the closing mark comes before the full stop")

# R5: The Cobbleford Despatch, 2048-10-15 (Thu; broadsheet; curly quotes and apostrophes; sayings in the present tense ("says", "argues",
# "tells", "admits"); no dateline; diacritics; one instant in three places)
Q(R5, D, "Markets reward people who pay attention,", "Ignatius Tremlow",
  "pronoun after: he says → Tremlow, the subject of the sentence before ('Tremlow, 52, receives the Despatch')", "says",
  channel="interview with the Despatch")
Q(R5, D, "On Thursday we paid attention. On Tuesday the commission froze our money for it.", "Ignatius Tremlow",
  "continuation: the quote after '..., he says.'", None, channel="interview with the Despatch", note="multi-sentence")
Q(R5, I, None, "Ignatius Tremlow", "pronoun in the middle: he argues → Ignatius Tremlow", "argues", channel="interview with the Despatch",
  parts=["The page was public", "and public means public"],
  note="reported speech split by its attribution (', he argues,'): one record with two parts; a direct quote follows the colon")
Q(R5, D, "If the bank leaves its front door open, you do not arrest the people who walk past and notice.", "Ignatius Tremlow",
  "pronoun before, a colon: he argues, ... : → Ignatius Tremlow", "argues", channel="interview with the Despatch",
  note="a quote after a colon that ends the reported clause")
Q(R5, I, None, "Dorcas Tremlow", "pronoun in the middle: she tells the Despatch → Dorcas Tremlow, the subject of the sentence before",
  "tells", channel="interview with the Despatch",
  parts=["What matters", "is not whether Gorsemoor was quick but whether anyone told it where to look"],
  note="reported speech split by its attribution (', she tells the Despatch,'): one record with two parts; present tense")
Q(R5, I, "Her team has asked Brannovia’s finance ministry for the internet addresses behind all 412 visits to the page, and Žárovice has agreed to hand them over by 22 October",
  "Dorcas Tremlow", "pronoun after: she says → Dorcas Tremlow", "says", channel="interview with the Despatch",
  note="clause first, the attribution after; 'Žárovice' inside is Brannovia's government (a metonym)")
Q(R5, D, "People keep asking whether we are cousins,", "Dorcas Tremlow",
  "title alone after: the enforcement director says → Dorcas Tremlow, the commission's enforcement director (the paragraph before); "
  "'The two Tremlows' in the sentence before name both", "says")
Q(R5, D, "We are not even from the same end of the country.", "Dorcas Tremlow",
  "continuation: the quote after '..., the enforcement director says.'", None)
Q(R5, I, "the bank “trusted a clock it never checked”", "Vlastimil Strelecky",
  "title + name before: Governor Vlastimil Střelecký admits", "admits", note="present tense, without 'that'; the partial ends it")
Q(R5, D, "trusted a clock it never checked", "Vlastimil Strelecky", "name before: Vlastimil Střelecký admits", "admits", partial=True,
  note="curly marks; the closing mark comes before the full stop")
Q(R5, I, "Since Tuesday every decision must be released by two people sitting side by side", "Vlastimil Strelecky",
  "pronoun after: he says → Střelecký, the subject of the sentence before", "says",
  note="clause first, the attribution after; what follows the semicolon is the paper's own")
Q(R5, I, "a cut of 0.75 points when markets expected a quarter-point move “tells you the bank knows something the rest of us do not”",
  "Hepzibah Fanshaw", "surname before: According to Fanshaw, → Hepzibah Fanshaw (the sentence before)", "according to",
  note="'According to X,' first, the clause after; the partial ends it; 'thinks the leak ... has distracted' in the sentence before and "
       "'Merriwold’s own forecast has ...' after are no records")
Q(R5, D, "tells you the bank knows something the rest of us do not", "Hepzibah Fanshaw", "surname before: According to Fanshaw,",
  "according to", partial=True)
Q(R5, I, "it will stay out of the affair", "Tamberlund",
  "capital for its government before: Cobbleford says → Tamberlund's government", "says",
  note="a capital city speaks for its government (a metonym); present tense, without 'that'")
Q(R5, D, None, "Tamberlund Treasury", "group in the middle: the Treasury said in a statement on Monday → Tamberlund's Treasury", "said",
  channel="statement", parts=["This is a matter for an independent regulator,", "and we intend to keep it that way."],
  note="a direct quote split by its attribution: one record with two parts; curly marks")
Q(R5, I, "he would raise the case “at every table where Tamberlund sits” and that his country would “not be a cash machine for the quick-fingered”",
  "Svatopluk Krepelka", "pronoun before: He wrote in a Wednesday night post on X that → Křepelka, the subject of the sentence before",
  "wrote", channel="post on X", note="'that ... and that ...': one record with two partials; a time phrase inside the channel")
Q(R5, D, "at every table where Tamberlund sits", "Svatopluk Krepelka", "pronoun before: He wrote in a ... post on X", "wrote",
  channel="post on X", partial=True)
Q(R5, D, "not be a cash machine for the quick-fingered", "Svatopluk Krepelka", "pronoun before: He wrote ... and that", "wrote",
  channel="post on X", partial=True, note="the second partial; the closing mark comes before the full stop")
Q(R5, I, "the decision will appear at 14:00 Žárovice time, 13:00 GMT and 08:00 in Cobbleford, and that he will be watching the clock himself",
  "Vlastimil Strelecky", "surname before: Střelecký says", "says",
  note="present tense, without 'that' at first, then ', and that ...': one record; one instant in three places inside the clause")


# ---------------------------------------------------------------- entities
E("Brannovia", "country",
  ["Brannovia", ("Žárovice", None, ["Žárovice expects", "Žárovice has agreed"])],
  metonyms=[{"alias": "Žárovice", "metonym_of": "Brannovia (its government)"}], adjectival=["Brannovian"],
  note="the central bank's country (R1 dateline and three times more, R3, R4, R5 twice); its capital stands for its government twice: "
       "\"Žárovice expects Cobbleford to cooperate\" (R2, inside the spokesman's clause) and \"Žárovice has agreed to hand them over\" (R5, "
       "inside Dorcas Tremlow's clause); \"Brannovian\" is a demonym, not a mention; \"the tiny nation\" (R3) is not annotated")
E("Zarovice", "city", ["ZAROVICE", "Zarovice", "ŽÁROVICE", "Žárovice"],
  note="Brannovia's capital, seat of the BNB: ZAROVICE (R1 dateline), \"Zarovice time\" (R1, inside Strelecky's quote), ŽÁROVICE (R2 "
       "dateline), \"the Žárovice company\" (R2), \"Back in Zarovice\" (R3), four times in R4, three times in R5; canonical name without "
       "diacritics; the metonym contexts are claimed by Brannovia")
E("Tamberlund", "country",
  ["Tamberlund", ("Cobbleford", None, ["Cobbleford to cooperate", "Cobbleford says it"])],
  metonyms=[{"alias": "Cobbleford", "metonym_of": "Tamberlund (its government)"}],
  note="the fund's and the regulator's country; its capital stands for its government twice: \"Žárovice expects Cobbleford to cooperate\" "
       "(R2) and \"Cobbleford says it will stay out of the affair\" (R5, a speaker)")
E("Cobbleford", "city", ["Cobbleford"],
  note="Tamberlund's capital and financial centre: \"banks in Cobbleford\", \"07:15 Cobbleford time\", \"Merriwold Bank in Cobbleford\" (R1), "
       "\"somebody in Cobbleford\" (R2, inside Křepelka's quote), \"Cobbleford's luckiest money man\", \"most of Cobbleford\" (R3), \"All "
       "times are Cobbleford time\" (R4), \"a grey Cobbleford morning\", \"08:00 in Cobbleford\" (R5); the metonym contexts are claimed by "
       "Tamberlund")
E("Hartsease Hill", "place", ["Hartsease Hill"], note="where Ignatius Tremlow's mansion stands (R3)")
E("Brannovian National Bank", "organisation",
  ["Brannovian National Bank", "BNB", ("central bank", None, ["Brannovia's central bank said"]),
   ("bank", None, ["the bank said", "the bank's own logs"])],
  note="the central bank: the expansion and acronym in R1 (\"The Brannovian National Bank (BNB)\", \"the BNB\"), the expansion in R2, R3 "
       "and R5, \"The BNB's board\" (R4); descriptions claimed where it speaks (R1 \"Brannovia's central bank said\", \"the bank said\"; "
       "R2 \"the bank's own logs\"); the many other \"the bank\", \"central bank\" and \"this bank\" are not annotated")
E("Tamberlund Securities Commission", "government body",
  ["Tamberlund Securities Commission", "TSC", ("commission", None, ["according to the commission"])],
  note="Tamberlund's markets regulator: expansion and acronym in R1, \"the TSC\" (R3 twice, R4 inside Vance's quote), the expansion in "
       "R2, R3 and R4; \"the commission\" claimed where it speaks (R4 \"according to the commission\"); the other \"the commission\" (R4, "
       "R5) are not annotated")
E("Gorsemoor Capital", "company", ["Gorsemoor Capital", "Gorsemoor"],
  note="Ignatius Tremlow's hedge fund: \"Gorsemoor Capital\" (R1, R3, R4, R5), \"Gorsemoor\" (R1 twice, R3 three times, R4 header and "
       "twice more, R5); \"the fund\" is not annotated")
E("Tessellon Systems", "company", ["Tessellon Systems"], note="the Žárovice firm that wrote the BNB's publishing software (R2)")
E("Merriwold Bank", "company", ["Merriwold Bank", ("Merriwold", [R5])],
  note="Fanshaw's bank in Cobbleford (R1, R3, R5); \"Merriwold’s own forecast\" (R5)")
E("Tamberlund Treasury", "government body", [("Treasury", [R5])],
  note="Tamberlund's finance ministry, a speaker through its statement (R5 \"the Treasury said in a statement\")")
E("X", "platform", ["X"])
E("Ormsgate Wire", "news agency", ["Ormsgate Wire"], note="the wire, in its dateline (R1)")
E("Penezni Hlidka", "media outlet", [("Peněžní Hlídka", [R2])],
  note="\"seen by Peněžní Hlídka\", \"told Peněžní Hlídka\" (R2); canonical name without diacritics")
E("The Sunday Grebe", "media outlet", [("Grebe", [R3])], note="\"told the Grebe\" twice (R3)")
E("The Cobbleford Despatch", "media outlet", [("Despatch", [R5])], note="\"receives the Despatch\", \"tells the Despatch\" (R5)")
E("Vlastimil Strelecky", "person",
  ["Vlastimil Strelecky", "Vlastimil Střelecký", ("Strelecky", [R1, R4]), ("Střelecký", [R2, R5]),
   ("the governor", None, ["the governor said"])],
  note="the BNB's governor: \"Governor Vlastimil Strelecky\" (R1), \"Governor Vlastimil Střelecký\" (R2, R5), \"Vlastimil Strelecky\" "
       "(R4), \"Strelecky\" (R1, R4 five times, once inside Vance's quote), \"Střelecký\" (R2 twice, R5), \"the governor said\" claimed (R4); "
       "the other \"the governor\" (R2, R4 header, R4 inside Krepelka's clause) and the vocative \"Governor\" inside Dvořáčková's inner "
       "quote (R2) are not annotated; canonical name without diacritics")
E("Radmila Hrdonova", "person", ["Radmila Hrdoňová", "Radmila Hrdonova", ("Hrdoňová", [R2])],
  note="the BNB's deputy governor for communications, who resigned: \"Radmila Hrdoňová\" (R2), \"Hrdoňová\" (R2 twice), \"Radmila "
       "Hrdonova\" (R3); canonical name without diacritics")
E("Miroslava Dvorackova", "person", ["Miroslava Dvořáčková"],
  note="the BNB's chief economist, named only inside Střelecký's quote (R2), speaker of the inner quote; \"our chief economist\" (R4) is "
       "not annotated")
E("Svatopluk Krepelka", "person",
  ["Svatopluk Krepelka", "Svatopluk Křepelka", ("Krepelka", [R4]), ("the minister", None, ["the minister said"])],
  note="Brannovia's finance minister: \"Svatopluk Krepelka\" (R1, R3, R4), \"Svatopluk Křepelka\" (R2, R5), \"Krepelka\" (R4), \"the "
       "minister said\" claimed (R2); canonical name without diacritics")
E("Ludvik Safranek", "person", ["Ludvík Šafránek", "Ludvik Safranek", ("Safranek", [R4])],
  note="the opposition deputy who chairs parliament's budget committee: \"Ludvík Šafránek\" (R2), \"Ludvik Safranek\", \"Safranek\" (R4); "
       "canonical name without diacritics")
E("Ignatius Tremlow", "person",
  ["Ignatius Tremlow", "Crown Prince",
   ("Tremlow", None, ["Tremlow's Gorsemoor", "Tremlow - the rich", "Tremlow, 52, receives"])],
  note="Gorsemoor's founder: full name in R1, R3, R4 (twice), R5; the tabloid's label \"the Crown Prince\" (R3, three times); bare "
       "\"Tremlow\" where it is his (R3 \"Tremlow's Gorsemoor Capital\", \"Tremlow - the rich one -\"; R5 \"Tremlow, 52, receives\"); R3's "
       "\"ALSO called Tremlow\" is Dorcas; R5's plural \"The two Tremlows\" is both and not annotated")
E("Dorcas Tremlow", "person",
  ["Dorcas Tremlow", ("Tremlow", None, ["ALSO called Tremlow"]),
   ("the enforcement director", None, ["the enforcement director says"])],
  note="the TSC's enforcement director, no relation of Ignatius: full name in R3, R4 (twice), R5; R3's \"the woman leading the probe "
       "is ALSO called Tremlow\" (named in the next sentence); \"the enforcement director says\" claimed (R5)")
E("Hepzibah Fanshaw", "person", ["Hepzibah Fanshaw", ("Fanshaw", [R5])],
  note="Merriwold Bank's chief economist (R1, R3, R5); \"According to Fanshaw\" (R5)")
E("Hedley Vance", "person", ["Hedley Vance"], note="the radio's markets reporter (R4)")

DISTINCT = [
    ("Ignatius Tremlow", "Dorcas Tremlow", "two unrelated people sharing a surname: the fund boss and the regulator's enforcement director "
     "(R3's \"ALSO called Tremlow\" and R5's \"the enforcement director says\" are Dorcas; R3's \"Tremlow - the rich one -\" and R5's "
     "\"Tremlow, 52,\" are Ignatius; R4's \"she said\" after Ignatius is named is Dorcas)"),
    ("Ignatius Tremlow", "Gorsemoor Capital", "the founder vs his fund (both speak: R1 post on X, R4 statement)"),
    ("Dorcas Tremlow", "Tamberlund Securities Commission", "the director vs the commission (both speak in R4)"),
    ("Vlastimil Strelecky", "Brannovian National Bank", "the governor vs his bank (both speak in R1)"),
    ("Vlastimil Strelecky", "Svatopluk Krepelka", "R4's \"he said\" follows a clause naming Krepelka but is Strelecky's"),
    ("Vlastimil Strelecky", "Miroslava Dvorackova", "outer vs inner speaker of R2's nested quote"),
    ("Radmila Hrdonova", "Miroslava Dvorackova", "two women of the BNB (R2's \"I thought she was joking\" is Dvořáčková)"),
    ("Brannovia", "Zarovice", "the government (metonyms, R2, R5) vs the capital city"),
    ("Tamberlund", "Cobbleford", "the government (metonyms, R2, R5) vs the capital city"),
    ("Brannovia", "Brannovian National Bank", "the country (its government) vs its central bank"),
    ("Tamberlund", "Tamberlund Treasury", "R5's \"Cobbleford says\" (the government) vs \"the Treasury said\" in the next sentence"),
    ("Tamberlund Treasury", "Tamberlund Securities Commission", "the finance ministry vs the independent regulator"),
    ("Merriwold Bank", "Brannovian National Bank", "a commercial bank in Cobbleford vs the central bank"),
    ("Hepzibah Fanshaw", "Merriwold Bank", "the economist vs her bank"),
    ("Tessellon Systems", "Brannovian National Bank", "the contractor vs its client (R2's \"The bank declined that offer, the statement said\" "
     "is Tessellon's)"),
    ("Zarovice", "Tessellon Systems", "the city vs the company described by it (\"the Žárovice company\")"),
    ("Hedley Vance", "Vlastimil Strelecky", "R4's \"he says\" after Vance's quote names Strelecky inside it"),
]


# ---------------------------------------------------------------- times
# R1 anchor Fri 2048-10-09 (Brannovia keeps UTC+1: "13:02 local time (12:02 GMT)"; Tamberlund UTC-5: "07:15 Cobbleford time (12:15 GMT)")
T(R1, "Oct 9", "date", "2048-10-09", "dateline; abbreviated month without a period and day, year of the publication date")
T(R1, "on Friday", "weekday", "2048-10-09", "the anchor day (\"the central bank said on Friday\")", after="central bank said ")
T(R1, "Thursday", "weekday", "2048-10-08", "the latest Thursday before the anchor (\"Thursday's surprise interest rate cut\")",
  after="had put ")
T(R1, "58 minutes", "duration", "PT58M", "duration (\"58 minutes early\")")
T(R1, "13:02 local time", "time", "2048-10-08T13:02:00+01:00",
  "\"local time\" of the dateline's city (Zarovice), fixed at UTC+1 by \"(12:02 GMT)\" after it; the day of the release, Thursday")
T(R1, "12:02 GMT", "time", "2048-10-08T12:02:00+00:00", "the same instant as 13:02 local time, written in GMT")
T(R1, "11 minutes", "duration", "PT11M", "duration (\"removed 11 minutes later\")", after="was removed ")
T(R1, "14:00", "time", "2048-10-08T14:00:00+01:00",
  "\"It was meant to appear at 14:00\": the release time in the bank's own (local) time, Thursday", after="meant to appear at ")
T(R1, "on Friday morning", "weekday", "2048-10-09", "the anchor day (\"a news conference on Friday morning\")")
T(R1, "11 minutes", "duration", "PT11M", "duration (\"in those 11 minutes\")", after="in those ")
T(R1, "07:15 Cobbleford time", "time", "2048-10-08T07:15:00-05:00",
  "a clock in a named city's time, fixed at UTC-5 by \"(12:15 GMT)\" after it; Thursday, the day of the selling")
T(R1, "12:15 GMT", "time", "2048-10-08T12:15:00+00:00", "the same instant as 07:15 Cobbleford time, written in GMT")
T(R1, "on Friday", "weekday", "2048-10-09", "the anchor day (\"requests for comment on Friday\")", after="requests for comment ")
T(R1, "late on Thursday", "weekday", "2048-10-08", "the latest Thursday before the anchor (\"wrote late on Thursday\")")
T(R1, "Monday", "weekday", "2048-10-12", "future (\"a full account by Monday\"): the Monday after the anchor")
T(R1, "18:30 local time", "time", "2048-10-08T18:30:00+01:00",
  "\"local time\" of the dateline's city (UTC+1, as the paragraph above fixes it); the day from \"on Thursday\" after it")
T(R1, "on Thursday", "weekday", "2048-10-08", "the latest Thursday before the anchor (\"issued at 18:30 local time on Thursday\")", after="18:30 local time ")
T(R1, "on Tuesday", "weekday", "2048-10-13", "future (\"is due before parliament's budget committee on Tuesday\"): the Tuesday after the anchor")
T(R1, "Nov. 5", "date", "2048-11-05", "abbreviated month with a period and day, no year, future: the anchor's year")
T(R1, "14:00 local time", "time", "2048-11-05T14:00:00+01:00",
  "\"local time\" of the dateline's city (UTC+1); the day of the next meeting, Nov. 5, in the same sentence")

# R2 anchor Sat 2048-10-10 (the Brannovian paper; the bank's times are Žárovice time, UTC+1)
T(R2, "10 October", "date", "2048-10-10", "dateline in day-month order; year of the publication date")
T(R2, "late on Friday", "weekday", "2048-10-09", "the latest Friday before the anchor (\"resigned late on Friday\")")
T(R2, "two days", "duration", "P2D", "duration in words (\"two days after the bank's rate decision appeared\")")
T(R2, "an hour", "duration", "PT1H", "duration (\"nearly an hour early\")")
T(R2, "this morning", "relative", "2048-10-10", "the morning of the anchor day (\"an emergency meeting this morning\")")
T(R2, "in 2029", "date", "2029-01-01/2029-12-31", "a year (\"joined the bank as a press officer in 2029\")", granularity="year")
T(R2, "in 2044", "date", "2044-01-01/2044-12-31", "a year (\"became deputy governor in 2044\")", granularity="year")
T(R2, "19 years", "duration", "P19Y", "duration (inside Hrdoňová's quote \"I have given this bank 19 years\")")
T(R2, "on Monday", "weekday", "2048-10-12", "future (\"would name an acting deputy on Monday\"): the Monday after the anchor")
T(R2, "on Friday afternoon", "weekday", "2048-10-09", "the latest Friday before the anchor (\"Speaking to this newspaper on Friday afternoon\")")
T(R2, "nine minutes past one", "time", "2048-10-08T13:09:00+01:00",
  "a clock in words inside Střelecký's quote, in the bank's own time (Žárovice, UTC+1): 13:09, between the leak at 13:02 and its "
  "removal at 13:13, on Thursday, the day of the leak (two days before Friday's resignation)")
T(R2, "11 minutes", "duration", "PT11M", "duration (\"stayed online for 11 minutes\")")
T(R2, "13:02", "time", "2048-10-08T13:02:00+01:00",
  "\"from 13:02 to 13:13\": the bank's logs, in the paper's own (Žárovice) time, UTC+1; Thursday, the day of the leak")
T(R2, "13:13", "time", "2048-10-08T13:13:00+01:00", "the end of the same span, 11 minutes after 13:02")
T(R2, "in 2046", "date", "2046-01-01/2046-12-31", "a year (\"had offered in 2046\")", granularity="year")
T(R2, "two hours", "duration", "PT2H", "duration in words (\"spent two hours with the governor\")")
T(R2, "on Friday", "weekday", "2048-10-09", "the latest Friday before the anchor (\"two hours with the governor on Friday\")",
  after="with the governor ")
T(R2, "on Tuesday", "weekday", "2048-10-13", "future (\"will question Střelecký on Tuesday\"): the Tuesday after the anchor")
T(R2, "10:00", "time", "2048-10-13T10:00:00+01:00", "\"on Tuesday from 10:00\": the paper's own (Žárovice) time, UTC+1; Tuesday 13")
T(R2, "yesterday", "relative", "2048-10-09", "the day before the anchor (\"recovered some ground yesterday\")")
T(R2, "on Thursday", "weekday", "2048-10-08", "the latest Thursday before the anchor (\"after touching 24.40 on Thursday\")")

# R3 anchor Sun 2048-10-11 (Tamberlund tabloid; "our time" is Cobbleford's, UTC-5)
T(R3, "this weekend", "relative", "2048-10-10/2048-10-11", "the weekend of the anchor (a Sunday paper): Saturday and Sunday")
T(R3, "on Thursday morning", "weekday", "2048-10-08", "the latest Thursday before the anchor (\"an estimated $19 million on Thursday morning\")")
T(R3, "11 minutes", "duration", "PT11M", "duration (\"in the 11 minutes after\")", after="Brannovian crowns in the ")
T(R3, "7.04am our time", "time", "2048-10-08T07:04:00-05:00",
  "a 12-hour clock with a point, in \"our time\": the paper's own city, Cobbleford (UTC-5); Thursday morning, from the paragraph before")
T(R3, "two minutes", "duration", "PT2M", "duration in words (\"just two minutes after\")")
T(R3, "in 2031", "date", "2031-01-01/2031-12-31", "a year (\"started Gorsemoor in 2031\")", granularity="year")
T(R3, "yesterday", "relative", "2048-10-10", "the day before the anchor (\"Cornered outside his ... mansion ... yesterday\")")
T(R3, "on Friday", "weekday", "2048-10-09", "the latest Friday before the anchor (\"she told reporters on Friday\")", after="told reporters ")
T(R3, "on Friday night", "weekday", "2048-10-09", "the latest Friday before the anchor (\"quit on Friday night\")")
T(R3, "19 years", "duration", "P19Y", "duration (\"after 19 years at the bank\")")
T(R3, "Thursday", "weekday", "2048-10-08",
  "the latest Thursday before the anchor (inside Fanshaw's partial \"who had a good Thursday\"): the day of the leak", after="a good ")
T(R3, "11 minutes", "duration", "PT11M", "duration (\"in the same 11 minutes\")", after="the same ")
T(R3, "Tuesday", "weekday", "2048-10-13", "future (\"will decide by Tuesday\"): the Tuesday after the anchor")
T(R3, "next week", "relative", "2048-10-12/2048-10-18", "the Monday–Sunday week after the anchor's (\"plans to go sailing next week\")")

# R4 anchor Tue 2048-10-13; the blog's second header line says "All times are Cobbleford time (GMT-5)"
T(R4, "Tuesday 13 October", "date", "2048-10-13", "weekday, day and month without a year in the blog's header: the anchor day")
for stamp in ("03:55", "04:12", "04:31", "05:02", "05:40", "06:15", "07:48", "08:20", "08:45", "09:34", "09:41", "10:05", "10:40"):
    T(R4, stamp, "time", f"2048-10-13T{stamp}:00-05:00",
      "a live-blog entry stamp (24-hour clock) on a line of its own, no zone of its own; the header says \"All times are Cobbleford "
      "time (GMT-5)\"; the anchor day")
T(R4, "10:00 local time", "time", "2048-10-13T10:00:00+01:00",
  "\"local time\" of the place just named (Zarovice, the hearing), not of the blog: UTC+1, fixed by \"which is 09:00 GMT\" after it")
T(R4, "09:00 GMT", "time", "2048-10-13T09:00:00+00:00", "the same instant as 10:00 local time, written in GMT")
T(R4, "04:00", "time", "2048-10-13T04:00:00-05:00",
  "\"04:00 here\": the blog's zone (GMT-5 by its header); the same instant as 10:00 in Zarovice and 09:00 GMT — one instant in three zones")
T(R4, "Thursday the 8th of October", "date", "2048-10-08",
  "weekday and ordinal date without a year (inside Strelecky's quote): the anchor's year")
T(R4, "this morning", "relative", "2048-10-13", "the morning of the anchor day (\"the crown is steady this morning\")")
T(R4, "last week", "relative", "2048-10-05/2048-10-11", "the Monday–Sunday week before the anchor's (\"where it ended last week\")")
T(R4, "today", "relative", "2048-10-13", "the anchor day (inside Vance's quote \"watching two things today\")", after="two things ")
T(R4, "09:30", "time", "2048-10-13T09:30:00-05:00",
  "a clock with no zone of its own in an entry about Cobbleford's regulator: the blog's zone (GMT-5), fixed by \"which is 14:30 GMT\"")
T(R4, "14:30 GMT", "time", "2048-10-13T14:30:00+00:00", "the same instant as 09:30 Cobbleford time, written in GMT")
T(R4, "15:30", "time", "2048-10-13T15:30:00+01:00",
  "\"15:30 in Zarovice\": the same instant in Brannovia's time (UTC+1) — one instant in three zones")
T(R4, "four hours", "duration", "PT4H", "duration in words (\"after more than four hours\")")
T(R4, "on Friday", "weekday", "2048-10-09", "the latest Friday before the anchor (\"offered his own resignation on Friday\")")
T(R4, "30 days", "duration", "P30D", "duration (\"frozen ... for 30 days\")")
T(R4, "Friday", "weekday", "2048-10-16", "future (\"would be in court by Friday\"): the Friday after the anchor", after="in court by ")
T(R4, "today", "relative", "2048-10-13", "the anchor day (\"That's all from us today\")", after="all from us ")
T(R4, "5 November", "date", "2048-11-05", "day and month without a year, future: the anchor's year")
T(R4, "14:00 Zarovice time", "time", "2048-11-05T14:00:00+01:00",
  "a clock in a named city's time (UTC+1, as the first entry fixes it); the day of the next meeting, 5 November")
T(R4, "a minute", "duration", "PT1M", "duration (inside the partial \"not a minute before\")")

# R5 anchor Thu 2048-10-15 (no dateline; clocks in named places: Cobbleford UTC-5, Žárovice UTC+1)
T(R5, "A week ago today", "relative", "2048-10-08", "the anchor day less a week (\"A week ago today, at 07:02\"): Thursday 8 October")
T(R5, "07:02", "time", "2048-10-08T07:02:00-05:00",
  "\"at 07:02 on a grey Cobbleford morning\": the paper's own city, UTC-5 (the blog's header in R4 and the wire's \"07:15 Cobbleford "
  "time (12:15 GMT)\" fix it); the same instant as R1's \"13:02 local time (12:02 GMT)\"")
T(R5, "last week", "relative", "2048-10-05/2048-10-11", "the Monday–Sunday week before the anchor's (\"unrepentant about last week\")")
T(R5, "On Thursday", "weekday", "2048-10-08",
  "the latest Thursday before the anchor, not the anchor day itself (inside Tremlow's quote \"On Thursday we paid attention\": the day "
  "of the leak, a week ago)")
T(R5, "On Tuesday", "weekday", "2048-10-13", "the latest Tuesday before the anchor (inside Tremlow's quote \"On Tuesday the commission froze\")")
T(R5, "22 October", "date", "2048-10-22", "day and month without a year, future: the anchor's year")
T(R5, "Tuesday", "weekday", "2048-10-13", "the latest Tuesday before the anchor (\"Since Tuesday every decision ...\")", after="Since ")
T(R5, "earlier this month", "relative", "2048-10-01/2048-10-14",
  "the anchor's month up to the day before the anchor (\"the leak earlier this month\")")
T(R5, "Christmas", "date", "2048-12-25", "a named holiday without a year, future (\"by Christmas\"): the anchor's year")
T(R5, "on Monday", "weekday", "2048-10-12", "the latest Monday before the anchor (\"said in a statement on Monday\")")
T(R5, "Wednesday night", "weekday", "2048-10-14", "the latest Wednesday before the anchor (\"a Wednesday night post on X\")")
T(R5, "5 November", "date", "2048-11-05", "day and month without a year, future: the anchor's year")
T(R5, "14:00 Žárovice time", "time", "2048-11-05T14:00:00+01:00",
  "a clock in a named city's time: UTC+1 (the offset the other reports fix); the day of the next meeting, 5 November")
T(R5, "13:00 GMT", "time", "2048-11-05T13:00:00+00:00", "the same instant as 14:00 Žárovice time, written in GMT")
T(R5, "08:00", "time", "2048-11-05T08:00:00-05:00",
  "\"08:00 in Cobbleford\": the paper's own city, UTC-5; the same instant — one instant in three places")


# ---------------------------------------------------------------- numbers
N(R1, "at least one", 1, "financial centre", "count", approx="at_least", note="word number (\"at least one foreign financial centre\")")
N(R1, "58 minutes", 58, "minute", "duration")
N(R1, "0.75 percentage points", 0.75, "percentage point", "rate change")
N(R1, "3.75 percent", 3.75, "percent", "percent")
N(R1, "0.25-point", 0.25, "percentage point", "rate change", note="a decimal as a hyphenated adjective (\"the 0.25-point reduction\")")
N(R1, "11 minutes", 11, "minute", "duration", after="was removed ")
N(R1, "one keystroke", 1, "keystroke", "count", note="word number (inside Strelecky's split quote)")
N(R1, "about 2.4 percent", 2.4, "percent", "percent", approx="about")
N(R1, "11 minutes", 11, "minute", "duration", after="in those ")
N(R1, "Three traders", 3, "trader", "count", note="word number opening a sentence")
N(R1, "one fund", 1, "fund", "count", note="word number")
N(R1, "close to a billion crowns", 1000000000, "crown", "money", approx="about",
  note="\"a billion\" in words with \"close to\" read as about (inside a partial)")
N(R1, "about $6 billion", 6000000000, "usd", "money", approx="about")
N(R1, "seven-member", 7, "member", "count", note="word number as a hyphenated adjective (\"seven-member board\")")

N(R2, "two days", 2, "day", "duration", note="word number")
N(R2, "51", 51, "year", "age", note="an age (\"Hrdoňová, 51,\")")
N(R2, "19 years", 19, "year", "duration", note="inside Hrdoňová's quote")
N(R2, "11 minutes", 11, "minute", "duration")
N(R2, "412 times", 412, "time", "count", note="times the page was opened")
N(R2, "At least 37", 37, "visit", "count", approx="at_least", note="the noun given by \"of those visits\"")
N(R2, "two hours", 2, "hour", "duration", note="word number")
N(R2, "23.85", 23.85, "crown", "exchange rate", note="crowns to the dollar (\"closing at 23.85 to the dollar\")")
N(R2, "24.40", 24.4, "crown", "exchange rate", note="crowns to the dollar")

N(R3, "52", 52, "year", "age", note="an age (\"Ignatius Tremlow, 52,\")")
N(R3, "an estimated $19 million", 19000000, "usd", "money", approx="about", note="\"an estimated\" read as about")
N(R3, "11 minutes", 11, "minute", "duration", after="Brannovian crowns in the ")
N(R3, "two minutes", 2, "minute", "duration", note="word number")
N(R3, "$40 million", 40000000, "usd", "money")
N(R3, "$8.5 million", 8500000, "usd", "money", note="a decimal and 'million'")
N(R3, "$19 million", 19000000, "usd", "money", after="\"nowhere near\" ",
  note="the figure the fund denies (\"nowhere near\" is inside the marks, a partial, not an approximation of a claim)")
N(R3, "one scalp", 1, "scalp", "count", note="word number")
N(R3, "19 years", 19, "year", "duration")
N(R3, "About 40 other firms", 40, "firm", "count", approx="about")
N(R3, "11 minutes", 11, "minute", "duration", after="the same ")

N(R4, "Eleven", 11, "person", "count", note="word number alone (inside Strelecky's answer to \"How many people ...\")")
N(R4, "seven board members", 7, "board member", "count", note="word number")
N(R4, "three people", 3, "person", "count", note="word number")
N(R4, "23.90", 23.9, "crown", "exchange rate", note="crowns to the dollar")
N(R4, "two things", 2, "thing", "count", note="word number (inside Vance's quote)")
N(R4, "more than four hours", 4, "hour", "duration", approx="more_than", note="word number")
N(R4, "two people", 2, "person", "count", note="word number (\"with two people present\")")
N(R4, "$19.2 million", 19200000, "usd", "money", note="a decimal and 'million'")
N(R4, "30 days", 30, "day", "duration")

N(R5, "some 7,000 kilometres", 7000, "kilometre", "distance", approx="about", note="\"some\" read as about")
N(R5, "between 900 million and 1.1 billion crowns", 900000000, "crown", "money", low=900000000, high=1100000000,
  note="a range written with between ... and, the ends in different words (million, billion)")
N(R5, "52", 52, "year", "age", note="an age (\"Tremlow, 52,\")")
N(R5, "412 visits", 412, "visit", "count", note="after \"all\"")
N(R5, "two Tremlows", 2, "person", "count", note="word number with a plural surname")
N(R5, "two people", 2, "person", "count", note="word number")
N(R5, "0.75 points", 0.75, "percentage point", "rate change")
N(R5, "a quarter-point", 0.25, "percentage point", "rate change", note="a fraction in words as a hyphenated adjective")
N(R5, "3 to 4 percent", 3, "percent", "percent", low=3, high=4, note="a range written with to")
N(R5, "seven-member", 7, "member", "count", note="word number as a hyphenated adjective")

ABOUT = ("Gold for the read stage on the invented held-out reports of demo/read-heldout25/reports.jsonl, "
         "written and committed before any reader ran on them. `file` is the report's `id`; `start`/`end` "
         "are BYTE offsets into the UTF-8 encoding of the report's `text` field; text[start:end] begins "
         "with `span`. Same format as demo/read-heldout23/gold.json. Generated by build_gold.py. See README.md here.")


G.write(ABOUT, DISTINCT, detailed=True)
