#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and the annotations below.

Run from anywhere: `python3 demo/read-heldout34/build_gold.py`. Offsets are computed here from the spans
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
# R1: Kelpwire, 2051-03-13 (Mon; wire; straight quotes; dateline "DRAMBOVA, Tirvania, March 13 (Kelpwire) -" (a hyphen); no
# diacritics: "Drambova", "Smaranda Varlanescu", "Horia Murgasanu"; Tirvania keeps UTC+6:30 ("09:44 local time (03:14 GMT)",
# "02:40 on Monday, Drambova time"))
Q(R1, I, "The matching engine stopped filling orders at 09:33 and all trading was suspended at 09:44 local time (03:14 GMT)",
  "Drambova Securities Exchange", "name + acronym after: the Drambova Securities Exchange (DSX) said", "said",
  note="clause first, the attribution after (the acronym in brackets between the name and the verb)")
Q(R1, I, "Trading resumed at 14:14 and the session was extended by 90 minutes to let brokers catch up",
  "Drambova Securities Exchange", "description after: the exchange said in a statement → the DSX (named in the sentence before last)",
  "said", channel="statement",
  note="clause first, the attribution after; the sentence between ('More than 38,000 orders were stuck ...') is the agency's own")
Q(R1, D, "The engine was fine on Friday and it was fine on Sunday night. The only thing that changed in between was a patch we did not write,",
  "Smaranda Varlanescu", "title + name after: chief executive Smaranda Varlanescu told reporters in the exchange's lobby", "told",
  channel="told reporters", note="multi-sentence; two weekdays inside the quote")
Q(R1, D, "I want to know who tested it, and I want to know before Wednesday.", "Smaranda Varlanescu",
  "continuation: the quote after '..., chief executive Smaranda Varlanescu told reporters in the exchange's lobby.'", None,
  channel="told reporters")
Q(R1, I, "the patch was installed remotely at 02:40 on Monday, Drambova time, and passed \"every check the exchange asked us to run\"",
  "Brightmere Systems",
  "name before: According to Brightmere Systems, the company in Tamsfield, Brennary, that built the engine and still maintains it,",
  "according to", note="'According to X,' first with a long apposition before the clause; the partial ends it")
Q(R1, D, "every check the exchange asked us to run", "Brightmere Systems", "name before: According to Brightmere Systems", "according to",
  partial=True, note="the closing mark comes before the full stop; 'us' inside is the firm")
Q(R1, I, "it was sending a team to Drambova on the first available flight", "Brightmere Systems",
  "description before: The firm said → Brightmere Systems (the sentence before)", "said", note="reported speech without 'that'")
Q(R1, I, "The exchange had been told about the patch on Thursday and had approved it", None,
  "unresolved: two people familiar with the matter said (unnamed)", "said",
  note="clause first, the attribution after; 'The exchange' inside the clause is no speaker")
Q(R1, I, "her members had lost at least $6.8 million in trades they could not make and that they would seek compensation \"from whoever turns out to be responsible\"",
  "Elvira Haralamb", "name + title before: Elvira Haralamb, president of the Tirvanian Brokers' Association, said that", "said",
  note="'that ... and that ...': one record; the partial ends it")
Q(R1, D, "from whoever turns out to be responsible", "Elvira Haralamb", "name before: Elvira Haralamb, ..., said that", "said",
  partial=True, note="the closing mark comes before the full stop")
Q(R1, I, "it was the exchange's second halt in 18 months", "Horia Murgasanu",
  "title + name before: Its chairman, Horia Murgasanu, noted that (the CMC's chairman)", "noted")
Q(R1, I, "It was the longest halt since the exchange switched to fully electronic trading in 2031", "Drambova Securities Exchange",
  "document of a group after: according to its own records → the exchange's records ('its' is the exchange named inside the clause)",
  "according to", channel="records", note="clause first, 'according to' after; a document's owner is its speaker")
Q(R1, I, "several large funds had lined up orders over the weekend to be filled at the open", None,
  "unresolved: Brokers said (an unnamed group)", "said", note="reported speech without 'that'")

# R2: Vestitorul Drâmbovei (English edition), 2051-03-14 (Tue; the capital's paper in English; straight quotes; dateline
# "DRÂMBOVA, 14.III.2051 (Vestitorul) —" (a Roman-numeral month, an em dash); diacritics: "Drâmbova", "Smaranda Vârlănescu",
# "Aurica Gârboveanu", "Horia Murgășanu", "Grigore Năstăsel"; clocks in words)
Q(R2, D, None, "Aurica Garboveanu",
  "pronoun in the middle: she said → Finance Minister Aurica Gârboveanu, the subject of the sentence before (which also names "
  "Smaranda Vârlănescu, its object, another woman)", "said",
  parts=["There will be an inquiry,", "and it will not stop at the door of a software company."],
  note="a direct quote split by its attribution: one record with two parts")
Q(R2, I, "the Capital Markets Commission would report to her by Friday", "Aurica Garboveanu",
  "title alone before: The minister said → Gârboveanu", "said", note="reported speech without 'that'")
Q(R2, I, "his inspectors had already copied the logs of both companies and would begin questioning staff from Thursday",
  "Horia Murgasanu", "title + name before: The commission's chairman, Horia Murgășanu, said", "said",
  note="reported speech without 'that'")
Q(R2, I, "his team had followed every procedure", "Costin Haralamb",
  "name + title before: Costin Haralamb, the exchange's head of operations, told Vestitorul that", "told",
  channel="interview with Vestitorul")
Q(R2, D, "Their engineer wrote to us at ten to three in the morning, 'Patch is in, you are good to open,' and we took her at her word,",
  "Costin Haralamb",
  "surname after: Haralamb said → Costin Haralamb, named in the sentence before (Elvira Haralamb, no relation, is named only two "
  "paragraphs later)", "said", channel="interview with Vestitorul",
  note="holds a quote inside the quote (single straight marks) written by 'Their engineer'; a clock in words")
Q(R2, D, "Patch is in, you are good to open,", "Eudora Brayford",
  "inside the outer quote: 'Their engineer wrote to us ...' → Brightmere's engineer, named in the next paragraph as Eudora "
  "Brayford, 'the engineer who installed the patch'", "wrote",
  note="quote inside a quote whose speaker is NOT the outer speaker")
Q(R2, D, "Nobody here touched that engine before the bell.", "Costin Haralamb",
  "continuation: the quote after '..., Haralamb said.'", None, channel="interview with Vestitorul")
Q(R2, I, "its logs showed that a DSX engineer had restarted the engine's main server at 09:12, 18 minutes before the open, and loaded a settings file dated 2 February",
  "Brightmere Systems",
  "description before: In a statement issued late on Monday, the firm said → Brightmere ('Brightmere tells a different story.')",
  "said", channel="statement",
  note="reported speech without 'that' (the 'that' inside belongs to 'showed'); a time phrase before the attribution")
Q(R2, I, "Eudora Brayford, the engineer who installed the patch from Tamsfield, had handed over \"a clean, tested system\"",
  "Brightmere Systems", "document of a group after: the statement said → Brightmere's statement (the sentence before)", "said",
  channel="statement",
  note="clause first, the attribution after; Eudora Brayford, named at the start of the clause, is not the speaker; a partial inside")
Q(R2, D, "a clean, tested system", "Brightmere Systems", "document after: the statement said", "said", channel="statement",
  partial=True, note="the closing mark comes before the comma")
Q(R2, I, "the restart had been requested by Brightmere's own support desk", None,
  "unresolved: Exchange sources said (unnamed)", "said", note="reported speech without 'that'; Brightmere inside is no speaker")
Q(R2, I, "more than 300 investors, large and small, had already written to the association to ask for compensation",
  "Elvira Haralamb",
  "name + title before: Elvira Haralamb, president of the Tirvanian Brokers' Association and no relation of the operations chief, said",
  "said", note="reported speech without 'that'; she shares a surname with Costin Haralamb, the speaker two paragraphs up")
Q(R2, D, "At half past two the screen still showed my order as waiting,", "Grigore Nastasel",
  "pronoun after: he said → Grigore Năstăsel, the subject of the sentence before", "said", note="a clock in words inside the quote")
Q(R2, D, "By then the price had dropped 9 percent. Who gives me that back, Brightmere or the exchange?", "Grigore Nastasel",
  "continuation: the quote after '..., he said.'", None, note="multi-sentence; ends in a question")
Q(R2, I, "it is the exchange's second halt in 18 months: in September 2049 trading stopped for 40 minutes after a network fault",
  "Capital Markets Commission", "name before: According to the Capital Markets Commission,", "according to",
  note="'According to X,' first, the clause after, running on past a colon")

# R3: The Midweek Thwack, 2051-03-15 (Wed; Brennary's tabloid; straight quotes; no dateline; no diacritics; labels "Lady Freeze"
# (Smaranda Varlanescu) and "the Drambova Dinosaur" / "the Dinosaur" (the exchange); capitals for emphasis ("OUR", "AFTER"); "our
# time" is Brennary's (UTC-4), "in Drambova" Tirvania's (UTC+6:30))
Q(R3, I, "a patch from Tamsfield's own Brightmere Systems froze her trading floor on Monday", "Smaranda Varlanescu",
  "name before: Smaranda Varlanescu, boss of ..., has spent two days telling anyone who will listen that", "telling",
  note="a participle of speech with a long object between it and 'that'")
Q(R3, D, "I put the patch in, I ran the checks, and I went to bed. Somebody over there restarted that server with a file from February.",
  "Eudora Brayford",
  "pronoun before a colon: She told the Thwack: → Eudora Brayford, after a sentence naming Ninian Aldcroft (a man, its subject) and her",
  "told", channel="interview with the Thwack", note="multi-sentence")
Q(R3, I, "she had never seen one of her patches fail", "Eudora Brayford",
  "surname before: Brayford, a Brightmere lifer of eleven years, told us", "told", channel="interview with the Thwack",
  note="reported speech without 'that'")
Q(R3, D, "Not once, not ever,", "Eudora Brayford", "pronoun after: she added → Brayford (the sentence before)", "added",
  channel="interview with the Thwack")
Q(R3, I, "Brightmere would \"publish every line of the logs\" and that his engineers had \"nothing to hide and nothing to say sorry for\"",
  "Ninian Aldcroft", "surname before: Aldcroft wrote in a Tuesday post on X that", "wrote", channel="post on X",
  note="'that ... and that ...': one record with two partials")
Q(R3, D, "publish every line of the logs", "Ninian Aldcroft", "surname before: Aldcroft wrote in a Tuesday post on X that", "wrote",
  channel="post on X", partial=True)
Q(R3, D, "nothing to hide and nothing to say sorry for", "Ninian Aldcroft", "surname before: Aldcroft wrote ... and that", "wrote",
  channel="post on X", partial=True, note="the closing mark comes before the full stop")
Q(R3, I, "it could match 5,000 orders a second", "Drambova Securities Exchange",
  "nickname before: the Dinosaur was boasting that → the exchange (the tabloid's label)", "boasting",
  note="an organisation speaking through the tabloid's nickname")
Q(R3, D, "We do not take lessons from the people who broke our market.", "Smaranda Varlanescu",
  "label before, a colon: Lady Freeze hit back on Tirvanian television last night: → Smaranda Varlanescu (the tabloid's label)",
  "hit back", channel="interview with Tirvanian television", note="the speaker is given only by the label")
Q(R3, D, "Brennarian firms keep half the world's exchanges ticking. I will not let one of them be made a scapegoat by a market that cannot keep its own house in order.",
  "Barnabas Thackwray", "title + name before a colon: Trade Minister Barnabas Thackwray fumed:", "fumed", note="multi-sentence")
Q(R3, I, "it will take the row to the regional trade council if Brightmere is blamed without proof", "Brennary",
  "capital for its government before: Tamsfield has warned Drambova that → Brennary's government", "warned",
  note="a capital city speaks for its government (a metonym); 'Drambova', the addressee, is Tirvania's government (metonym)")
Q(R3, I, "the Tirvanian government has so far refused to share a single log", None, "unresolved: insiders say (unnamed)", "say",
  note="present tense, without 'that'; the Tirvanian government inside the clause is no speaker")

# R4: Ferncastle Radio live blog, 2051-03-16 (Thu; plain-text scrape: header "LIVE: ... - Thursday 16 March" and a line "All times
# Tamsfield time (GMT-4)"; each entry begins with a 24-hour stamp on a line of its own; straight quotes; no diacritics)
Q(R4, D, "The exchange has just finished its third clean session since the crash. The feeling in the trading room is that the fault has been found, and that it lives in Tamsfield.",
  "Faye Oldacre", "name before a colon, no verb: Our correspondent Faye Oldacre is in Drambova, where it is 19:45:", None,
  note="multi-sentence; a clock in another zone between the speaker and the quote")
Q(R4, I, "MPs were there to find facts and that \"nobody in this room is on trial\"", "Rhona Gilfeather",
  "title + name before: Its chair, Rhona Gilfeather, opened by saying that", "saying",
  note="'that ... and that ...': one record; the partial ends it")
Q(R4, D, "nobody in this room is on trial", "Rhona Gilfeather", "name before: Rhona Gilfeather, opened by saying ... and that",
  "saying", partial=True, note="the closing mark comes before the full stop")
Q(R4, D, None, "Ninian Aldcroft",
  "pronoun in the middle: he said → Aldcroft, the subject of the sentence before", "said",
  parts=["We wrote the patch,", "but we did not press the restart button, and we did not pick the file that was loaded after it."],
  note="a direct quote split by its attribution: one record with two parts")
Q(R4, D, "Not against that file, no. Nobody told us it was still in use,", "Ninian Aldcroft",
  "title alone after: the chief executive said → Aldcroft, chief executive of Brightmere (the sentence before; the exchange's chief "
  "executive is not in this report)", "said", note="multi-sentence")
Q(R4, I, "the company had warned the exchange about the old settings file in January", None,
  "unresolved: A Brightmere engineer who asked not to be named told us", "told", channel="interview with Ferncastle Radio",
  note="Brightmere, named in the speaker's description, is not the speaker; 'the company' inside is Brightmere")
Q(R4, I, "it will publish its preliminary findings at 08:00 on Friday, Drambova time", "Capital Markets Commission",
  "name before: the Capital Markets Commission says", "says",
  note="present tense, without 'that'; the next two sentences ('That is 01:30 GMT, or 21:30 here tonight.') are the blog's own")
Q(R4, I, "it has given the commission \"every log, every badge swipe and every phone call\" from Monday morning, and that the exchange's duty engineer, Mihnea Oprisan, has been suspended on full pay",
  "Tirvania", "capital for its government before: Drambova says → Tirvania's government", "says",
  note="a capital city speaks for its government (a metonym); present tense, without 'that' at first, then ', and that ...': one "
       "record with a partial inside; Mihnea Oprisan inside is no speaker")
Q(R4, D, "every log, every badge swipe and every phone call", "Tirvania", "capital before: Drambova says it has given the commission",
  "says", partial=True)
Q(R4, I, "the company would \"pay for its own mistakes, and only for those\"", "Ninian Aldcroft",
  "pronoun before: He said → Aldcroft, after a sentence naming Rhona Gilfeather (a woman, its subject) and him", "said",
  note="reported speech without 'that'; the partial ends it; the question in the sentence before is not annotated")
Q(R4, D, "pay for its own mistakes, and only for those", "Ninian Aldcroft", "pronoun before: He said the company would", "said",
  partial=True, note="the closing mark comes before the full stop")
Q(R4, I, "the committee would write to the Tirvanian finance minister, Aurica Garboveanu, by next Monday", "Rhona Gilfeather",
  "title alone before: The chair said → Rhona Gilfeather, the committee's chair (entry 10:05)", "said",
  note="reported speech without 'that'; Aurica Garboveanu inside is the addressee, not the speaker")
Q(R4, I, "Brightmere has postponed its investor day, planned for 28 March", "Brightmere Systems",
  "description after: the company confirmed → Brightmere, the clause's own subject", "confirmed",
  note="clause first, the attribution after; the next sentence (the share price) is the blog's own")
Q(R4, I, "the patch could not read settings files older than 30 days, and that the exchange loaded one of those files without the sign-off its own rules require",
  "Capital Markets Commission", "document of a group before: It says → The CMC's preliminary report (the sentence before)", "says",
  channel="report", note="present tense, without 'that' at first, then ', and that ...': one record")

# R5: The Drâmbova Vigil, 2051-03-18 (Sat; Tirvania's broadsheet; curly quotes and apostrophes; sayings in the present tense ("says",
# "finds", "tells", "notes", "insists"); no dateline; diacritics; one instant in three zones across the date line in its first
# sentence)
Q(R5, I, "the patch Brightmere Systems installed overnight could not read settings files older than 30 days", "Capital Markets Commission",
  "document of a group before: The 13-page report, published yesterday, finds that → the CMC's preliminary report (the sentence "
  "before)", "finds", channel="report", note="present tense; Brightmere Systems inside the clause is no speaker")
Q(R5, I, "a DSX engineer loaded just such a file when he restarted the main server at 09:12, without the second signature the exchange’s own rules require",
  "Capital Markets Commission", "document before: It also finds that → the report", "finds", channel="report")
Q(R5, D, "A patch that falls over when it meets a file from last month is not a finished patch,", "Smaranda Varlanescu",
  "pronoun after: she tells the Vigil → Smaranda Vârlănescu, the subject of the sentence before", "tells",
  channel="interview with the Vigil", note="curly marks")
Q(R5, D, "We restart servers every week. Their own manual says, ‘Restart before the open if in doubt.’ That is what servers are for.",
  "Smaranda Varlanescu", "continuation: the quote after '..., she tells the Vigil.'", None, channel="interview with the Vigil",
  note="multi-sentence; holds a quote inside the quote (single curly marks) from a document")
Q(R5, D, "Restart before the open if in doubt.", "Brightmere Systems",
  "inside the outer quote: 'Their own manual says,' → Brightmere's manual (the firm of the paragraph before last); a document's "
  "owner is its speaker", "says", channel="manual",
  note="quote inside a quote whose speaker is NOT the outer speaker; the inner closing mark (’) is also the apostrophe character")
Q(R5, I, "Oprișan acted on “a written instruction from Brightmere’s own support desk” and will show it to the commission next week",
  None, "unresolved: His lawyer says (Mihnea Oprișan's lawyer, never named)", "says",
  note="present tense, without 'that'; Oprișan, named inside the clause, is not the speaker; a partial inside")
Q(R5, D, "a written instruction from Brightmere’s own support desk", None, "unresolved: His lawyer says Oprișan acted on", "says",
  partial=True)
Q(R5, I, "he is being made to carry the blame for a system that nobody in the building fully understands", "Market Workers' Union",
  "name before: The Market Workers’ Union, which speaks for the exchange’s technical staff, says", "says",
  note="present tense, without 'that'; a relative clause with 'speaks for' (no speech) between the name and the verb; 'he' is Oprișan")
Q(R5, I, None, "Octavian Baltatu", "pronoun in the middle: he says → Professor Octavian Bălțatu, the subject of the sentence before",
  "says", parts=["The patch", "was fragile and the restart careless"],
  note="reported speech split by its attribution (', he says,'): one record with two parts; the sentence before ('thinks both "
       "accounts can be true at once') is no speech")
Q(R5, D, "Two small mistakes do not add up to a small mistake,", "Octavian Baltatu",
  "title alone after: the professor notes → Bălțatu", "notes", note="curly marks")
Q(R5, D, "They multiply.", "Octavian Baltatu", "continuation: the quote after '..., the professor notes.'", None)
Q(R5, I, "the final report will come by 30 April and that fines, if any, will be decided then", "Horia Murgasanu",
  "name + title before: Horia Murgășanu, the commission’s chairman, says", "says",
  note="present tense, without 'that' at first, then 'and that ...': one record")
Q(R5, I, "the exchange must pay brokers first and argue with Brightmere afterwards", "Aurica Garboveanu",
  "title + name before: Finance Minister Aurica Gârboveanu told parliament on Thursday that", "told", channel="told parliament",
  note="a time phrase between the addressee and 'that'")
Q(R5, I, "their losses now stand at 210 million sovars, roughly $7.1 million", "Elvira Haralamb",
  "name before: Elvira Haralamb, for the brokers, says", "says",
  note="present tense, without 'that'; the next sentence names Costin Haralamb, another Haralamb, who does not speak")
Q(R5, I, "the report clears its company", "Brennary", "capital for its government before: Tamsfield insists → Brennary's government",
  "insists", note="a capital city speaks for its government (a metonym); what follows the semicolon ('Drâmbova reads it the other "
  "way') is no speech, though Drâmbova there is Tirvania's government (metonym)")
Q(R5, I, "A full rehearsal with the firm’s engineers is set for this weekend, and trading in all 214 companies will go on as normal on Monday",
  "Drambova Securities Exchange", "description after: the exchange says → the DSX", "says",
  note="clause first, the attribution after; present tense; the sentence before ('The exchange renewed ...') is the paper's own")


# ---------------------------------------------------------------- entities
E("Tirvania", "country",
  ["Tirvania",
   ("Drambova", None, ["warned Drambova", "Drambova says"]),
   ("Drâmbova", None, ["Drâmbova reads"])],
  metonyms=[{"alias": "Drambova", "metonym_of": "Tirvania (its government)"},
            {"alias": "Drâmbova", "metonym_of": "Tirvania (its government)"}],
  adjectival=["Tirvanian"],
  note="the exchange's country (UTC+6:30): the wire's dateline (R1); its capital stands for its government three times: \"Tamsfield "
       "has warned Drambova\" (R3, the addressee), \"Drambova says it has given the commission ...\" (R4, a speaker) and \"Drâmbova "
       "reads it the other way\" (R5, no speech); \"Tirvanian\" is a demonym (\"Tirvanian television\", \"the Tirvanian government\", "
       "\"the Tirvanian embassy\", \"the Tirvanian finance minister\"); the \"Tirvanian\" of the Tirvanian Brokers' Association is the "
       "association's")
E("Drambova", "city", ["DRAMBOVA", "DRÂMBOVA", "Drambova"],
  note="Tirvania's capital, home of the exchange: datelines DRAMBOVA (R1) and DRÂMBOVA (R2), \"Drambova time\" (R1, R4), \"a team to "
       "Drambova\", \"change hands in Drambova\" (R1), three times in R3, five times in R4 (\"the Drambova crash\" in the header "
       "included); canonical name without diacritics; the \"Drambova\" of the exchange's name and of the tabloid's \"Drambova "
       "Dinosaur\" is the exchange's; the metonym contexts are claimed by Tirvania; R2's and R5's free \"Drâmbova\" are the "
       "exchange's name or the metonym")
E("Brennary", "country",
  ["Brennary", ("Tamsfield", None, ["Tamsfield has warned", "Tamsfield insists"])],
  metonyms=[{"alias": "Tamsfield", "metonym_of": "Brennary (its government)"}], adjectival=["Brennarian"],
  note="the vendor's country (UTC-4): \"in Tamsfield, Brennary\" (R1); its capital stands for its government twice, both times a "
       "speaker: \"Tamsfield has warned Drambova that ...\" (R3), \"Tamsfield insists ...\" (R5); \"Brennarian\" is a demonym")
E("Tamsfield", "city", ["Tamsfield"],
  note="Brennary's capital, Brightmere's home: R1 (\"the company in Tamsfield, Brennary\"), R2 (\"from Tamsfield\"), R3 four times "
       "(\"Tamsfield's own Brightmere Systems\" included), R4 twice (\"All times Tamsfield time\", inside Oldacre's quote), R5 "
       "(\"23:14 on Sunday night in Tamsfield\"); the metonym contexts are claimed by Brennary")
E("Drambova Securities Exchange", "stock exchange",
  ["Drambova Securities Exchange", "Drâmbova Securities Exchange", "DSX", ("Drambova Dinosaur", [R3]), ("Dinosaur", [R3]),
   ("exchange", None, ["the exchange said in a statement", "the exchange says"])],
  note="the exchange whose matching engine failed: \"Drambova Securities Exchange\" (R1 twice, R3, R4), \"Drâmbova Securities "
       "Exchange\" (R2, R5), \"DSX\" (R1 in brackets after the expansion, R2 twice, R5), the tabloid's label \"the Drambova Dinosaur\" "
       "and \"the Dinosaur\" twice (R3, once a speaker), \"the exchange said in a statement\" (R1) and \"the exchange says\" (R5) "
       "claimed (speakers); the other \"the exchange\" are not annotated; canonical name without diacritics")
E("Brightmere Systems", "company",
  ["Brightmere Systems", "Brightmere",
   ("firm", None, ["The firm said it was", "the firm said its logs"]),
   ("company", None, ["the company confirmed"])],
  note="the Tamsfield vendor that built and patched the engine: \"Brightmere Systems\" (R1, R2, R3, R4, R5), \"Brightmere\" and "
       "\"Brightmere's\"/\"Brightmere’s\" in every report (\"Brightmere boss\", \"A Brightmere engineer\", \"a Brightmere lifer\" "
       "included), \"The firm said\" (R1), \"the firm said\" (R2) and \"the company confirmed\" (R4) claimed (speakers); its manual "
       "speaks inside Vârlănescu's quote (R5, no mention)")
E("Capital Markets Commission", "regulator", ["Capital Markets Commission", "CMC"],
  note="Tirvania's market regulator: expansion and acronym in R1 (\"The Capital Markets Commission (CMC)\"), the expansion in R2 "
       "twice (once a speaker), R4 and R5, \"The CMC's preliminary report\" (R4); \"the commission\" (R2, R4, R5) is not annotated")
E("Tirvanian Brokers' Association", "trade association", ["Tirvanian Brokers' Association"],
  note="the brokers' body Elvira Haralamb presides over (R1, R2); R5's \"for the brokers\" is not annotated")
E("Market Workers' Union", "trade union", ["Market Workers’ Union"],
  note="the union of the exchange's technical staff (R5, a speaker; written with a curly apostrophe)")
E("Tirvex", "stock index", ["Tirvex"], note="the exchange's index of its 40 largest companies: \"The Tirvex index\" (R1), \"the Tirvex index\" (R2)")
E("X", "platform", ["X"], note="\"wrote in a Tuesday post on X\" (R3)")
E("Kelpwire", "news agency", ["Kelpwire"], note="the wire, in its dateline (R1)")
E("Vestitorul Drambovei", "media outlet", [("Vestitorul", [R2])],
  note="the capital's paper: its dateline \"(Vestitorul)\" and \"told Vestitorul\" (R2); canonical name without diacritics")
E("The Midweek Thwack", "media outlet", [("Thwack", [R3])], note="\"the Thwack can reveal\", \"She told the Thwack\" (R3)")
E("The Drambova Vigil", "media outlet", [("Vigil", [R5])], note="\"she tells the Vigil\" (R5)")
E("Smaranda Varlanescu", "person", ["Smaranda Varlanescu", "Smaranda Vârlănescu", ("Lady Freeze", [R3])],
  note="the exchange's chief executive: \"chief executive Smaranda Varlanescu\" (R1), \"Smaranda Vârlănescu\" (R2, R5), \"Smaranda "
       "Varlanescu, boss of ...\" (R3), the tabloid's label \"Lady Freeze\" twice (R3, once a speaker); canonical name without "
       "diacritics")
E("Costin Haralamb", "person", ["Costin Haralamb", ("Haralamb", None, ["Haralamb said"])],
  note="the exchange's head of operations: \"Costin Haralamb\" (R2, R5), the bare \"Haralamb said\" claimed (R2, a speaker); "
       "\"the operations chief\" (R2, R5) is not annotated; no relation of Elvira Haralamb")
E("Elvira Haralamb", "person", ["Elvira Haralamb"],
  note="president of the Tirvanian Brokers' Association (R1, R2, R5; a speaker in each); shares a surname with Costin Haralamb, "
       "\"no relation\" (R2)")
E("Mihnea Oprisan", "person", ["Mihnea Oprisan", "Mihnea Oprișan", ("Oprișan", [R5])],
  note="the exchange's duty engineer who restarted the server: \"Mihnea Oprisan\" (R4, inside Drambova's clause), \"Mihnea Oprișan\" "
       "and \"Oprișan\" inside his lawyer's clause (R5); canonical name without diacritics; never a speaker")
E("Horia Murgasanu", "person", ["Horia Murgasanu", "Horia Murgășanu"],
  note="the CMC's chairman: \"Its chairman, Horia Murgasanu\" (R1), \"The commission's chairman, Horia Murgășanu\" (R2), \"Horia "
       "Murgășanu, the commission’s chairman\" (R5); a speaker each time; canonical name without diacritics")
E("Aurica Garboveanu", "person",
  ["Aurica Gârboveanu", "Aurica Garboveanu", ("The minister", None, ["The minister said the"])],
  note="Tirvania's finance minister: \"Finance Minister Aurica Gârboveanu\" (R2, R5), \"the Tirvanian finance minister, Aurica "
       "Garboveanu\" (R4, inside the chair's clause), \"The minister said\" claimed (R2, a speaker); canonical name without diacritics")
E("Grigore Nastasel", "person", ["Grigore Năstăsel"],
  note="a retired chemistry teacher, 71, whose sell order hung (R2); canonical name without diacritics")
E("Octavian Baltatu", "person", ["Octavian Bălțatu", ("the professor", None, ["the professor notes"])],
  note="a professor who studies exchange failures (R5): \"Professor Octavian Bălțatu\", \"the professor notes\" claimed; canonical "
       "name without diacritics")
E("Ninian Aldcroft", "person",
  ["Ninian Aldcroft", ("Aldcroft", [R3, R4]), ("the chief executive", None, ["the chief executive said"])],
  note="Brightmere's chief executive: \"Brightmere boss Ninian Aldcroft\" and the bare \"Aldcroft\" twice (R3), \"Ninian Aldcroft, "
       "chief executive of Brightmere Systems\", the bare \"Aldcroft\" three times and \"the chief executive said\" claimed (R4)")
E("Eudora Brayford", "person",
  ["Eudora Brayford", ("Brayford", [R3]), ("engineer", None, ["Their engineer wrote"])],
  note="the Brightmere engineer who installed the patch from Tamsfield: \"Their engineer\" claimed (R2, the speaker of the inner "
       "quote in Costin Haralamb's quote), \"Eudora Brayford\" (R2, inside Brightmere's clause; R3), \"Brayford\" twice (R3)")
E("Barnabas Thackwray", "person", ["Barnabas Thackwray"], note="Brennary's trade minister (R3, a speaker)")
E("Rhona Gilfeather", "person",
  ["Rhona Gilfeather", ("Gilfeather", [R4]), ("The chair", None, ["The chair said"])],
  note="chair of the Brennarian parliament's trade committee (R4): \"Its chair, Rhona Gilfeather\", \"Gilfeather asked Aldcroft\", "
       "\"The chair said\" claimed")
E("Faye Oldacre", "person", ["Faye Oldacre"], note="Ferncastle Radio's correspondent in Drambova (R4, twice; once a speaker)")

DISTINCT = [
    ("Costin Haralamb", "Elvira Haralamb",
     "two people sharing a surname, \"no relation\": the exchange's head of operations vs the brokers' president (R2 names both; "
     "\"Haralamb said\" is his; R5 names both in consecutive sentences)"),
    ("Costin Haralamb", "Eudora Brayford", "outer vs inner speaker of R2's nested quote ('Their engineer wrote to us ...')"),
    ("Eudora Brayford", "Ninian Aldcroft", "R3 names both in one sentence; the \"She told the Thwack:\" after it is Brayford's"),
    ("Aurica Garboveanu", "Smaranda Varlanescu",
     "R2 names both in one sentence (the minister its subject); the split quote's \"she said\" is the minister's"),
    ("Ninian Aldcroft", "Rhona Gilfeather", "R4 names both in one sentence; the \"He said\" after it is Aldcroft's; \"the chief "
     "executive\" vs \"the chair\""),
    ("Ninian Aldcroft", "Smaranda Varlanescu", "two chief executives: the vendor's and the exchange's"),
    ("Drambova Securities Exchange", "Drambova", "the exchange vs the city in its name"),
    ("Drambova Securities Exchange", "Smaranda Varlanescu", "the exchange vs its chief executive (each speaks)"),
    ("Drambova Securities Exchange", "Brightmere Systems", "the exchange vs its vendor, the two sides of the dispute"),
    ("Drambova Securities Exchange", "Capital Markets Commission", "the exchange vs its regulator"),
    ("Drambova Securities Exchange", "Tirvex", "the exchange vs its index"),
    ("Brightmere Systems", "Ninian Aldcroft", "the firm vs its chief executive (each speaks)"),
    ("Brightmere Systems", "Eudora Brayford", "the firm vs its engineer (R2: Brayford is named inside the firm's clause)"),
    ("Capital Markets Commission", "Horia Murgasanu", "the regulator vs its chairman (each speaks)"),
    ("Tirvanian Brokers' Association", "Elvira Haralamb", "the association vs its president"),
    ("Market Workers' Union", "Mihnea Oprisan", "the union vs the engineer it speaks up for"),
    ("Tirvania", "Drambova", "the government (metonyms, R3, R4, R5) vs the capital city"),
    ("Brennary", "Tamsfield", "the government (metonyms, R3, R5) vs the capital city"),
    ("Tirvania", "Brennary", "the two governments, both named through their capitals in one clause (R3)"),
    ("The Drambova Vigil", "Drambova", "the paper vs the city in its name"),
]


# ---------------------------------------------------------------- times
# R1 anchor Mon 2051-03-13 (the dateline's city keeps UTC+6:30)
T(R1, "March 13", "date", "2051-03-13", "dateline; month and day, year of the publication date")
T(R1, "four and a half hours", "duration", "PT4H30M", "duration in words (\"stopped trading ... for four and a half hours\")")
T(R1, "on Monday", "weekday", "2051-03-13", "the anchor day, a Monday (\"for four and a half hours on Monday\")",
  after="four and a half hours ")
T(R1, "09:33", "time", "2051-03-13T09:33:00+06:30", "\"stopped filling orders at 09:33\": the dateline's zone (Drambova, UTC+6:30, "
  "fixed by the GMT that follows); the anchor day")
T(R1, "09:44 local time", "time", "2051-03-13T09:44:00+06:30", "local time of the dateline (Drambova, UTC+6:30); the anchor day")
T(R1, "03:14 GMT", "time", "2051-03-13T03:14:00+00:00", "the same instant as 09:44 local time, written in GMT")
T(R1, "14:14", "time", "2051-03-13T14:14:00+06:30", "\"Trading resumed at 14:14\": Drambova time; the anchor day")
T(R1, "90 minutes", "duration", "PT90M", "duration (\"extended by 90 minutes\")")
T(R1, "on Friday", "weekday", "2051-03-10", "the latest Friday before the anchor (inside Varlanescu's quote \"fine on Friday\")")
T(R1, "on Sunday night", "weekday", "2051-03-12", "the latest Sunday before the anchor (inside the quote \"fine on Sunday night\")")
T(R1, "before Wednesday", "weekday", "2051-03-15", "future (\"I want to know before Wednesday\"): the Wednesday after the anchor")
T(R1, "02:40", "time", "2051-03-13T02:40:00+06:30",
  "\"at 02:40 on Monday, Drambova time\": the zone named after the weekday (UTC+6:30), though the sentence names Tamsfield; the "
  "anchor day")
T(R1, "on Monday", "weekday", "2051-03-13", "the anchor day (\"at 02:40 on Monday, Drambova time\")", after="02:40 ")
T(R1, "on Thursday", "weekday", "2051-03-09", "the latest Thursday before the anchor (\"had been told about the patch on Thursday\")")
T(R1, "late Monday", "weekday", "2051-03-13", "the anchor day (\"opened an inquiry late Monday\"), without 'on'")
T(R1, "18 months", "duration", "P18M", "duration (\"its second halt in 18 months\")")
T(R1, "on Monday evening", "weekday", "2051-03-13", "the anchor day (\"did not answer further questions on Monday evening\")")
T(R1, "in 2031", "date", "2031-01-01/2031-12-31", "a year (\"switched to fully electronic trading in 2031\")", granularity="year")
T(R1, "over the weekend", "relative", "2051-03-11/2051-03-12",
  "the Saturday and Sunday just before the anchor, a Monday (\"had lined up orders over the weekend\")")

# R2 anchor Tue 2051-03-14 (the paper's city keeps UTC+6:30)
T(R2, "14.III.2051", "date", "2051-03-14", "dateline as day.Roman-numeral month.year: the anchor day")
T(R2, "A day", "duration", "P1D", "duration (\"A day after the Drâmbova Securities Exchange went dark\")")
T(R2, "four and a half hours", "duration", "PT4H30M", "duration in words (\"went dark for four and a half hours\")")
T(R2, "yesterday afternoon", "relative", "2051-03-13", "the day before the anchor (\"summoned ... to the ministry yesterday afternoon\")")
T(R2, "by Friday", "weekday", "2051-03-17", "future (\"would report to her by Friday\"): the Friday after the anchor")
T(R2, "from Thursday", "weekday", "2051-03-16", "future (\"would begin questioning staff from Thursday\"): the Thursday after the anchor")
T(R2, "ten to three", "time", "2051-03-13T02:50:00+06:30",
  "a clock in words inside Haralamb's quote (\"at ten to three in the morning\"): Drambova time, the night of the patch (Monday "
  "13 March; the patch went in at 02:40 that morning); \"in the morning\" is left out of the span")
T(R2, "late on Monday", "weekday", "2051-03-13", "the latest Monday before the anchor (\"a statement issued late on Monday\")")
T(R2, "09:12", "time", "2051-03-13T09:12:00+06:30",
  "\"restarted the engine's main server at 09:12, 18 minutes before the open\": Drambova time (UTC+6:30); the morning of the halt, "
  "Monday")
T(R2, "18 minutes", "duration", "PT18M", "duration (\"18 minutes before the open\")")
T(R2, "2 February", "date", "2051-02-02", "day and month without a year, past (\"a settings file dated 2 February\"): the anchor's year")
T(R2, "a quarter past nine", "time", "2051-03-13T09:15:00+06:30",
  "a clock in words (\"entered an order to sell ... at a quarter past nine on Monday\"): Drambova time, the paper's city; Monday")
T(R2, "on Monday", "weekday", "2051-03-13", "the latest Monday before the anchor (\"at a quarter past nine on Monday\")",
  after="a quarter past nine ")
T(R2, "half past two", "time", "2051-03-13T14:30:00+06:30",
  "a clock in words inside Năstăsel's quote (\"At half past two the screen still showed my order as waiting\"): the afternoon of "
  "the halt (trading resumed at 14:14), Drambova time")
T(R2, "18 months", "duration", "P18M", "duration (\"its second halt in 18 months\")")
T(R2, "in September 2049", "date", "2049-09-01/2049-09-30", "a month and year (\"in September 2049 trading stopped\")",
  granularity="month")
T(R2, "40 minutes", "duration", "PT40M", "duration (\"trading stopped for 40 minutes\")")
T(R2, "since 2044", "date", "2044-01-01/2044-12-31", "a year (\"has used Brightmere's engine since 2044\")", granularity="year")
T(R2, "this morning", "relative", "2051-03-14", "the morning of the anchor day (\"opened normally this morning\")")

# R3 anchor Wed 2051-03-15 (no dateline; "our time" is Brennary's, UTC-4; "in Drambova" Tirvania's, UTC+6:30)
T(R3, "two days", "duration", "P2D", "duration in words (\"has spent two days telling anyone\")")
T(R3, "on Monday", "weekday", "2051-03-13", "the latest Monday before the anchor (\"froze her trading floor on Monday\")",
  after="trading floor ")
T(R3, "11.20pm our time", "time", "2051-03-12T23:20:00-04:00",
  "\"at 11.20pm our time on Sunday\": the tabloid's own country's time (Brennary, UTC-4); Sunday night")
T(R3, "on Sunday", "weekday", "2051-03-12", "the latest Sunday before the anchor (\"11.20pm our time on Sunday\")")
T(R3, "9.50am", "time", "2051-03-13T09:50:00+06:30",
  "\"9.50am on Monday in Drambova\": Tirvania's time (UTC+6:30); the same instant as 11.20pm Brennary time on Sunday, so already "
  "Monday there")
T(R3, "on Monday", "weekday", "2051-03-13", "the Drambova day of the same instant (\"9.50am on Monday in Drambova\")", after="9.50am ")
T(R3, "six minutes", "duration", "PT6M", "duration in words (\"a full six minutes AFTER\")")
T(R3, "on Monday morning", "weekday", "2051-03-13", "the latest Monday before the anchor (\"flew out to Drambova on Monday morning\")")
T(R3, "February", "date", "2051-02-01/2051-02-28",
  "a month without a year, past (inside Brayford's quote \"a file from February\"): the anchor's year", granularity="month",
  after="with a file from ")
T(R3, "eleven years", "duration", "P11Y", "duration in words (\"a Brightmere lifer of eleven years\")")
T(R3, "Tuesday", "weekday", "2051-03-14", "the latest Tuesday before the anchor (\"in a Tuesday post on X\"), an attributive weekday",
  after="in a ")
T(R3, "last week", "relative", "2051-03-06/2051-03-12", "the Monday–Sunday week before the anchor's (\"Only last week\")")
T(R3, "last night", "relative", "2051-03-14", "the night before the anchor day (\"hit back on Tirvanian television last night\")")
T(R3, "yesterday", "relative", "2051-03-14", "the day before the anchor (\"declined to comment when we called yesterday\")")
T(R3, "Thursday", "weekday", "2051-03-16",
  "future (\"flew home alone for Thursday's grilling by MPs\"): the Thursday after the anchor", after="alone for ")
T(R3, "2am our time", "time", "2051-03-15T02:00:00-04:00", "\"landed at 2am our time today\": Brennary time (UTC-4); the anchor day")
T(R3, "today", "relative", "2051-03-15", "the anchor day (\"at 2am our time today\")")
T(R3, "this weekend", "relative", "2051-03-18/2051-03-19", "the Saturday and Sunday of the anchor's week (\"a full test run this weekend\")")

# R4 anchor Thu 2051-03-16; the blog's second header line says "All times Tamsfield time (GMT-4)"
T(R4, "Thursday 16 March", "date", "2051-03-16", "weekday, day and month without a year in the blog's header: the anchor day")
for stamp in ("08:30", "09:15", "10:05", "10:40", "11:25", "12:10", "13:30", "14:45", "15:20", "16:05", "17:10", "21:40", "21:55"):
    T(R4, stamp, "time", f"2051-03-16T{stamp}:00-04:00",
      "a live-blog entry stamp (24-hour clock) on a line of its own, no zone of its own; the header says \"All times Tamsfield time "
      "(GMT-4)\"; the anchor day", after="(GMT-4)")
T(R4, "10:00", "time", "2051-03-16T10:00:00-04:00",
  "\"goes before parliament's trade committee at 10:00\" in Tamsfield: the blog's zone (GMT-4 by its header); the anchor day")
T(R4, "on Monday", "weekday", "2051-03-13", "the latest Monday before the anchor (\"did not do, to the Drambova Securities Exchange on Monday\")",
  after="Exchange ")
T(R4, "19:45", "time", "2051-03-16T19:45:00+06:30",
  "\"in Drambova, where it is 19:45\": Tirvania's time (UTC+6:30); the same instant as the entry's stamp 09:15 Tamsfield time")
T(R4, "February", "date", "2051-02-01/2051-02-28",
  "a month without a year, past (\"the exchange's old February settings\"): the anchor's year", granularity="month")
T(R4, "in January", "date", "2051-01-01/2051-01-31", "a month without a year, past (\"had warned the exchange ... in January\")",
  granularity="month")
T(R4, "08:00", "time", "2051-03-17T08:00:00+06:30",
  "\"at 08:00 on Friday, Drambova time\": the zone named after the weekday (UTC+6:30); Friday 17 March there")
T(R4, "on Friday", "weekday", "2051-03-17", "future (\"will publish ... at 08:00 on Friday\"): the Friday after the anchor")
T(R4, "01:30 GMT", "time", "2051-03-17T01:30:00+00:00", "the same instant as 08:00 on Friday in Drambova, written in GMT")
T(R4, "21:30", "time", "2051-03-16T21:30:00-04:00",
  "\"21:30 here tonight\": the blog's zone (GMT-4); the same instant, still Thursday in Tamsfield — one instant in three zones "
  "across the date line")
T(R4, "tonight", "relative", "2051-03-16", "the evening of the anchor day (\"21:30 here tonight\")")
T(R4, "Monday morning", "weekday", "2051-03-13", "the latest Monday before the anchor (\"every phone call\" from Monday morning)")
T(R4, "next Monday", "weekday", "2051-03-20", "future (\"by next Monday\", from a Thursday): the coming Monday, 20 March")
T(R4, "28 March", "date", "2051-03-28", "day and month without a year, future (\"planned for 28 March\"): the anchor's year")
T(R4, "30 days", "duration", "P30D", "duration (\"settings files older than 30 days\")")
T(R4, "today", "relative", "2051-03-16", "the anchor day (\"That's all from us for today\")")
T(R4, "tomorrow", "relative", "2051-03-17", "the day after the anchor (\"will have reaction from Drambova tomorrow\")")

# R5 anchor Sat 2051-03-18 (no dateline; clocks in named places: the exchange in Drâmbova UTC+6:30, Tamsfield UTC-4, GMT)
T(R5, "09:44", "time", "2051-03-13T09:44:00+06:30",
  "\"At 09:44 on 13 March\": the exchange's time (Drâmbova, UTC+6:30; the paper's own city; no zone written, the GMT after it "
  "confirms the offset)")
T(R5, "13 March", "date", "2051-03-13", "day and month without a year (\"At 09:44 on 13 March\")")
T(R5, "03:14 GMT", "time", "2051-03-13T03:14:00+00:00", "the same instant in GMT")
T(R5, "23:14", "time", "2051-03-12T23:14:00-04:00",
  "\"still 23:14 on Sunday night in Tamsfield\": Brennary's time (UTC-4); the same instant on the day before — one instant in "
  "three zones across the date line")
T(R5, "on Sunday night", "weekday", "2051-03-12", "\"still 23:14 on Sunday night in Tamsfield\": the Tamsfield day, the day before the 13th")
T(R5, "Five days", "duration", "P5D", "duration in words (\"Five days on\")")
T(R5, "yesterday", "relative", "2051-03-17", "the day before the anchor (\"The 13-page report, published yesterday\")")
T(R5, "30 days", "duration", "P30D", "duration (\"settings files older than 30 days\")")
T(R5, "09:12", "time", "2051-03-13T09:12:00+06:30",
  "\"restarted the main server at 09:12\": the exchange's time (UTC+6:30); the morning of the halt, 13 March")
T(R5, "last month", "relative", "2051-02-01/2051-02-28",
  "the month before the anchor's (inside Vârlănescu's quote \"a file from last month\")", granularity="month")
T(R5, "next week", "relative", "2051-03-20/2051-03-26", "the Monday–Sunday week after the anchor's (\"will show it to the commission next week\")")
T(R5, "20 years", "duration", "P20Y", "duration (\"has studied exchange failures for 20 years\")")
T(R5, "by 30 April", "date", "2051-04-30", "day and month without a year, future (\"the final report will come by 30 April\")")
T(R5, "on Thursday", "weekday", "2051-03-16", "the latest Thursday before the anchor (\"told parliament on Thursday\")")
T(R5, "Monday", "weekday", "2051-03-13", "\"Monday’s opening checks\": the latest Monday before the anchor (the day of the halt)",
  after="signed off ")
T(R5, "on Wednesday", "weekday", "2051-03-15", "the latest Wednesday before the anchor (\"offered to resign on Wednesday\")")
T(R5, "earlier this month", "relative", "2051-03-01/2051-03-17",
  "the anchor's month up to the day before the anchor (\"renewed Brightmere’s contract earlier this month\")")
T(R5, "this weekend", "relative", "2051-03-18/2051-03-19",
  "the weekend the anchor (a Saturday) begins (\"A full rehearsal ... is set for this weekend\")")
T(R5, "on Monday", "weekday", "2051-03-20", "future (\"will go on as normal on Monday\", from a Saturday): the Monday after the anchor")


# ---------------------------------------------------------------- numbers
N(R1, "214", 214, "company", "count", note="\"all 214 of its listed companies\": the noun given by \"of its listed companies\"")
N(R1, "four and a half hours", 4.5, "hour", "duration", note="a word number with a fraction")
N(R1, "More than 38,000 orders", 38000, "order", "count", approx="more_than")
N(R1, "90 minutes", 90, "minute", "duration")
N(R1, "two people", 2, "person", "count", note="word number (\"two people familiar with the matter\")")
N(R1, "40 largest companies", 40, "company", "count", note="an adjective between (\"the 40 largest companies\")")
N(R1, "2.6 percent", 2.6, "percent", "percent", note="a decimal")
N(R1, "about $310 million", 310000000, "usd", "money", approx="about")
N(R1, "at least $6.8 million", 6800000, "usd", "money", approx="at_least", note="a decimal and 'million'")
N(R1, "18 months", 18, "month", "duration")

N(R2, "four and a half hours", 4.5, "hour", "duration", note="a word number with a fraction")
N(R2, "18 minutes", 18, "minute", "duration")
N(R2, "more than 300 investors", 300, "investor", "count", approx="more_than")
N(R2, "71", 71, "year", "age", note="an age (\"Grigore Năstăsel, 71,\")")
N(R2, "9 percent", 9, "percent", "percent", note="inside Năstăsel's quote")
N(R2, "18 months", 18, "month", "duration")
N(R2, "40 minutes", 40, "minute", "duration")
N(R2, "1.1 percent", 1.1, "percent", "percent", note="a decimal")

N(R3, "two days", 2, "day", "duration", note="word number")
N(R3, "six minutes", 6, "minute", "duration", note="word number")
N(R3, "34", 34, "year", "age", note="an age (\"Eudora Brayford, 34,\")")
N(R3, "eleven years", 11, "year", "duration", note="word number (\"a Brightmere lifer of eleven years\")")
N(R3, "5,000 orders a second", 5000, "order per second", "rate")
N(R3, "1,400 people", 1400, "person", "count")

N(R4, "13 pages", 13, "page", "count")
N(R4, "4 percent", 4, "percent", "percent")
N(R4, "about $52 million", 52000000, "usd", "money", approx="about")
N(R4, "30 days", 30, "day", "duration")

N(R5, "Five days", 5, "day", "duration", note="word number at the start of a sentence")
N(R5, "13-page", 13, "page", "count", note="a count as a hyphenated adjective (\"The 13-page report\")")
N(R5, "30 days", 30, "day", "duration")
N(R5, "29", 29, "year", "age", note="an age (\"Mihnea Oprișan, 29,\")")
N(R5, "20 years", 20, "year", "duration")
N(R5, "Two small mistakes", 2, "mistake", "count", note="word number, an adjective between (inside Bălțatu's quote)")
N(R5, "210 million sovars", 210000000, "sovar", "money", note="an invented currency, the sovar (Tirvania's)")
N(R5, "roughly $7.1 million", 7100000, "usd", "money", approx="about", note="\"roughly\" read as about")
N(R5, "214 companies", 214, "company", "count")

ABOUT = ("Gold for the read stage on the invented held-out reports of demo/read-heldout34/reports.jsonl, "
         "written and committed before any reader ran on them. `file` is the report's `id`; `start`/`end` "
         "are BYTE offsets into the UTF-8 encoding of the report's `text` field; text[start:end] begins "
         "with `span`. Same format as demo/read-heldout30/gold.json. Generated by build_gold.py. See README.md here.")


G.write(ABOUT, DISTINCT, detailed=True)
