#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and the annotations below.

Run from anywhere: `python3 demo/read-heldout27/build_gold.py`. Offsets are computed here from the spans
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
# R1: Kestrow Wire, 2048-03-09 (Mon; wire; straight quotes; dateline "KORENOPOL, Dovrenia, March 9 (Kestrow Wire) -" (a hyphen);
# no diacritics: "Korenopol", "Kvido Bazant", "Jaroslava Penkavova", "Hrustenice"; Dovrenia keeps UTC+1, Carrowdeen UTC+8:
# "00:25 local time (23:25 GMT on Friday)", "in Mistlebury, where it was 07:25 on Saturday morning")
Q(R1, I, "the company might have to deliver the goods at the prices customers paid", "Office for Consumer Fairness",
  "description before: Dovrenia's consumer watchdog opened an investigation ... and said → the Office for Consumer Fairness (named "
  "in the next paragraph)", "said",
  note="the subject is far from the verb (a long object and a relative clause between); reported speech without 'that'")
Q(R1, I, "1,912 complaints had reached it by midday and that it \"does not accept that a seller's own mistake cancels a contract the buyer has already paid for\"",
  "Office for Consumer Fairness", "name + acronym before: The Office for Consumer Fairness (OCF) said in a statement that", "said",
  channel="statement", note="'that ... and that ...': one record; the partial ends it")
Q(R1, D, "does not accept that a seller's own mistake cancels a contract the buyer has already paid for", "Office for Consumer Fairness",
  "name before: The Office for Consumer Fairness (OCF) said in a statement ... and that it", "said", channel="statement", partial=True,
  note="the closing mark comes before the full stop")
Q(R1, I, "the company had until noon on Friday to explain itself", "Kvido Bazant",
  "title + name before: Its director, Kvido Bazant, told reporters", "told", channel="told reporters",
  note="reported speech without 'that'")
Q(R1, I, "By the time engineers restored the correct prices at 07:15, shoppers had placed 41,260 orders", "Brindlecart",
  "description after the clause: the company said → Brindlecart", "said", note="clause first, the attribution after; the sentence "
  "after ('Goods normally worth ...') is the agency's own")
Q(R1, D, "We got this badly wrong, and I am sorry that so many people had their hopes raised,", "Prudence Tollemache",
  "name + title after: Prudence Tollemache, Brindlecart's chief executive, said in a video message on Sunday", "said",
  channel="video message")
Q(R1, D, "But nobody seriously believes a washing machine costs four euros.", "Prudence Tollemache",
  "continuation: the quote after '..., Prudence Tollemache, ..., said in a video message on Sunday.'", None, channel="video message")
Q(R1, I, "customers who had received one of the 2,870 parcels already sent from the company's warehouse at Hrustenice, about 40 km east of the capital, would be asked to return them, and that every other order had been cancelled and refunded",
  "Prudence Tollemache",
  "bare surname before: Tollemache said → Prudence Tollemache, the speaker of the paragraph before (her father is named only in the "
  "last paragraph)", "said", note="without 'that' at first, then ', and that ...': one record")
Q(R1, I, "Each customer would also get a 20-euro voucher", "Prudence Tollemache",
  "pronoun after: she said → Tollemache, the subject of the sentence before", "said", note="clause first, the attribution after")
Q(R1, I, "Dovrenian law was \"perfectly clear\" that a sale was binding once payment had been taken", "Jaroslava Penkavova",
  "title + name before: Industry and Trade Minister Jaroslava Penkavova said", "said",
  note="reported speech without 'that'; a partial inside")
Q(R1, D, "perfectly clear", "Jaroslava Penkavova", "name before: Jaroslava Penkavova said", "said", partial=True)
Q(R1, D, "If a corner shop in Korenopol tried this, we would shut it by lunchtime,", "Jaroslava Penkavova",
  "pronoun after: she said → Penkavova, the subject of the sentence before", "said")
Q(R1, D, "A big company from the other side of the world gets no special treatment.", "Jaroslava Penkavova",
  "continuation: the quote after '..., she said.'", None)
Q(R1, I, "the company faces a fine of up to 4 percent of its Dovrenian turnover if it is found to have broken the law",
  "Office for Consumer Fairness", "acronym before: According to the OCF,", "according to",
  note="'According to X,' first, the clause after")
Q(R1, I, "the company was cooperating fully", None,
  "unresolved: A Brindlecart spokeswoman said (unnamed; the company's spokeswoman, not the company itself)", "said",
  note="reported speech without 'that'")

# R2: Ranní Zvon (English edition), 2048-03-10 (Tue; the Dovrenian paper in English; straight quotes; dateline "KOŘENOPOL, 10 March –"
# (en dash); diacritics: "Kořenopol", "Tadeáš Mráček", "Kvido Bažant", "Jaroslava Pěnkavová", "Vendula Šoupalová", "Hruštěnice")
Q(R2, D, "At first I thought somebody had hacked the shop. Then I thought: why ask questions?", "Tadeas Mracek",
  "description after: the 19-year-old law student said yesterday → Mráček, the subject of the paragraph before", "said",
  note="multi-sentence; the quote ends with a question mark inside the marks")
Q(R2, D, "I messaged my friends, 'Don't think, just open the app,' and went back to the televisions.", "Tadeas Mracek",
  "continuation: the quote after '... the 19-year-old law student said yesterday in his parents' kitchen ...'", None,
  note="holds a quote inside the quote (single straight marks) written by the outer speaker himself")
Q(R2, D, "Don't think, just open the app,", "Tadeas Mracek",
  "inside the outer quote: 'I messaged my friends,' → the 'I' of the outer quote, Mráček (not his friends, to whom it was sent)",
  "messaged", note="quote inside a quote whose speaker IS the outer speaker; an apostrophe inside ('Don't')")
Q(R2, I, "their orders had been cancelled", "Brindlecart",
  "document of a company before: an email from Brindlecart saying", "saying", channel="email",
  note="a participle of speech whose subject is the email; reported speech without 'that'")
Q(R2, I, "the prices had been \"an obvious technical error on which no contract could reasonably be based\"", "Brindlecart",
  "document of a company before: The company's email said → Brindlecart's email", "said", channel="email",
  note="reported speech without 'that'; the partial ends it")
Q(R2, D, "an obvious technical error on which no contract could reasonably be based", "Brindlecart",
  "document before: The company's email said", "said", channel="email", partial=True,
  note="the closing mark comes before the full stop")
Q(R2, D, "A price is a promise,", "Vendula Soupalova", "surname after: Šoupalová said", "said")
Q(R2, D, "Brindlecart took the money, sent confirmations and, in more than 2,800 cases, sent the goods. You cannot un-sell something because you are embarrassed.",
  "Vendula Soupalova", "continuation: the quote after '..., Šoupalová said.'", None, note="multi-sentence")
Q(R2, I, "the watchdog would decide \"within weeks, not months\" whether Brindlecart had broken the law", "Kvido Bazant",
  "name + title before: Kvido Bažant, the director of the Office for Consumer Fairness, said", "said",
  note="reported speech without 'that'; a partial inside")
Q(R2, D, "within weeks, not months", "Kvido Bazant", "name before: Kvido Bažant, ..., said the watchdog would decide", "said",
  partial=True)
Q(R2, D, None, "Kvido Bazant", "pronoun in the middle: he said → Bažant, the subject of the sentence before", "said",
  parts=["We have read the confirmation emails, and not one of them mentions an error,",
         "so the company will have to explain why its customers should have guessed."],
  note="a direct quote split by its attribution: one record with two parts")
Q(R2, I, "Brindlecart's Dovrenian turnover last year was 212 million euros", "Brindlecart",
  "document after the clause: according to the company's own filings → Brindlecart", "according to", channel="filings",
  note="clause first, 'according to' after")
Q(R2, I, "Kořenopol has asked Mistlebury to remind the company of its obligations", "Dovrenian Ministry of Industry and Trade",
  "group after the clause: her ministry said late on Monday in a statement → Pěnkavová's ministry", "said", channel="statement",
  note="clause first; both capitals inside are governments (metonyms)")
Q(R2, I, "Carrowdeen's ambassador had been invited for \"a frank conversation\" on Thursday", "Dovrenian Ministry of Industry and Trade",
  "group before: her ministry said ..., adding that", "adding", channel="statement",
  note="a participle of speech continuing the ministry's statement; a partial inside")
Q(R2, D, "a frank conversation", "Dovrenian Ministry of Industry and Trade", "group before: her ministry ..., adding that", "adding",
  channel="statement", partial=True)
Q(R2, I, "she had never bought anything from the site and did not intend to start", "Jaroslava Penkavova",
  "surname before: Pěnkavová herself wrote in a terse post on X that", "wrote", channel="post on X",
  note="'herself' between the name and the verb, an adjective inside the channel")
Q(R2, I, "two lorries carrying the 2,870 parcels had left before 06:00 on Saturday, as they do every day, because \"the system said everything was paid for\"",
  None, "unresolved: a night-shift supervisor, who would not be identified, said (unnamed)", "said",
  note="reported speech without 'that'; the partial ends it; 'the system said' inside the partial is no speaker")
Q(R2, D, "the system said everything was paid for", None, "unresolved: the unnamed night-shift supervisor", "said", partial=True,
  note="the closing mark comes before the full stop")
Q(R2, I, "he will wait", "Tadeas Mracek", "surname before: Mráček says", "says", note="present tense, without 'that'")
Q(R2, D, "If they send it, the television goes to my grandmother. She has watched the news on a screen the size of a book since 1998,",
  "Tadeas Mracek", "pronoun after: he said → Mráček, the subject of the sentence before", "said",
  note="multi-sentence; 'She' inside is his grandmother")

# R3: The Morning Natter, 2048-03-11 (Wed; Carrowdeen tabloid; straight quotes; no dateline, no clock, no zone; no diacritics;
# labels: "Blundercart" (the company), "Telly Tad" (Mracek); capitals for emphasis: "SATURDAY")
Q(R3, I, "the tellies they snapped up for pocket change were never theirs", "Cyprian Tollemache",
  "description before: The billionaire who founded Blundercart last night hit back ..., insisting → Cyprian Tollemache (named in the "
  "next paragraph)", "insisting", note="a participle of speech after another verb; without 'that'")
Q(R3, D, "We're a shop, not a charity. If the sign in the window says one euro for a sofa, you don't get the sofa. Everyone knows that.",
  "Cyprian Tollemache", "name before, a colon: Cyprian Tollemache, 71, who started Brindlecart in his garage in 2031, told the Natter:",
  "told", channel="interview with the Natter", note="multi-sentence")
Q(R3, I, "daughter Prudence - the firm's chief executive since 2044 - rang him at lunchtime on SATURDAY in a blind panic",
  "Cyprian Tollemache", "label before: The grandad-of-four revealed that → Cyprian Tollemache, the subject of the paragraph before",
  "revealed", note="an aside between dashes inside the clause; Prudence, named inside the clause, is not the speaker")
Q(R3, D, "She said, 'Dad, we've just sold the whole Dovrenian shop for the price of a sandwich,'", "Cyprian Tollemache",
  "pronoun after: he said → Tollemache, the grandad-of-four (the sentence before)", "said", channel="interview with the Natter",
  note="holds a quote inside the quote (single straight marks) spoken by 'She', his daughter; the inner closing mark comes right "
       "before the outer one")
Q(R3, D, "Dad, we've just sold the whole Dovrenian shop for the price of a sandwich,", "Prudence Tollemache",
  "inside the outer quote: 'She said,' → daughter Prudence, who rang him (the sentence before); 'Dad' is Cyprian, the one addressed",
  "said", note="quote inside a quote whose speaker is NOT the outer speaker")
Q(R3, D, "I told her to switch it off and put the kettle on.", "Cyprian Tollemache", "continuation: the quote after '..., he said.'",
  None, channel="interview with the Natter", note="'her' inside is Prudence")
Q(R3, I, "he would \"see them in court\" unless the telly turned up", "Tadeas Mracek",
  "description before: The 19-year-old wrote on X on Monday night that → Tadeas Mracek, 'Telly Tad' (the sentence before)", "wrote",
  channel="post on X", note="a time phrase between the channel and 'that'; a partial inside")
Q(R3, D, "see them in court", "Tadeas Mracek", "description before: The 19-year-old wrote on X ... that he would", "wrote",
  channel="post on X", partial=True)
Q(R3, I, "the whole fiasco was caused by a single line of code", None, "unresolved: Insiders say (unnamed)", "say",
  note="present tense, without 'that'")
Q(R3, D, "treating Dovrenians like children", "Jaroslava Penkavova",
  "title + name before: trade minister Jaroslava Penkavova has accused the firm of", "accused", partial=True,
  note="a quoted fragment as the object of 'accused ... of'; no clause, so no indirect record")
Q(R3, I, "the firm's 20-euro vouchers were \"an insult with a barcode on it\"", "Vendula Soupalova",
  "title + name before: Lawyer Vendula Soupalova, who is leading a group complaint by 1,460 furious shoppers, said", "said",
  note="reported speech without 'that'; a relative clause between the name and the verb; the partial ends it")
Q(R3, D, "an insult with a barcode on it", "Vendula Soupalova", "name before: Vendula Soupalova, ..., said", "said", partial=True,
  note="the closing mark comes before the full stop")
Q(R3, I, "the row was a matter for the company and the courts, not for governments", "Wystan Garrowby",
  "title + name before: Our own Trade Minister Wystan Garrowby said", "said", note="reported speech without 'that'")
Q(R3, D, "Korenopol has made its point. I'd gently remind them that Brindlecart employs 600 of their people.", "Wystan Garrowby",
  "pronoun before, a colon: But he added: → Garrowby, the subject of the sentence before", "added",
  note="multi-sentence; the capital inside is Dovrenia's government (a metonym)")
Q(R3, I, "she would \"say more on Friday\"", None,
  "unresolved: A spokeswoman said (unnamed; 'she' inside the clause is Prudence Tollemache, who is not the speaker)", "said",
  note="reported speech without 'that'; ', when the Dovrenian watchdog's deadline runs out' is the paper's own gloss")
Q(R3, D, "say more on Friday", None, "unresolved: A spokeswoman said she would", "said", partial=True)
Q(R3, I, "he had not lost a wink of sleep over the affair", "Cyprian Tollemache",
  "bare shared surname before: Tollemache, who still owns 38 percent of the firm he founded, added that → Cyprian (the founder; 'he'); "
  "not Prudence, named in the paragraph before", "added", note="a relative clause between the name and the verb")
Q(R3, D, "Enjoy the voucher, son.", "Cyprian Tollemache",
  "label before, no verb: And his message to Telly Tad? → 'his' is Tollemache, the subject of the sentence before", None,
  note="a quote introduced by a question, with no speech verb; 'son' is Mracek")

# R4: Scarrow Radio live blog, 2048-03-13 (Fri; plain-text scrape: header "LIVE: ... - Friday 13 March" and a line "All times Mistlebury
# time (GMT+8)"; each entry begins with a 24-hour stamp on a line of its own; straight quotes; no diacritics)
Q(R4, I, "it will publish its reply at the same moment", "Brindlecart",
  "description before: the company says → Brindlecart, the subject of the sentence's first clause", "says",
  note="present tense, without 'that'")
Q(R4, I, "a full climbdown could cost Brindlecart between 5 and 6 million euros, roughly 9 percent of last year's profit", "Ferdy Oakhurst",
  "title + name before: Pellow Capital analyst Ferdy Oakhurst tells us", "tells", channel="interview with Scarrow Radio",
  note="present tense, without 'that'")
Q(R4, D, "The money is survivable. The headlines are the expensive part,", "Ferdy Oakhurst",
  "pronoun after: he says → Oakhurst, the subject of the sentence before", "says", channel="interview with Scarrow Radio",
  note="multi-sentence")
Q(R4, I, "about 40 people have gathered in the drizzle, some holding cardboard televisions", "Saffron Wickens",
  "surname before: Wickens says → Saffron Wickens (the entry before)", "says", note="present tense, without 'that'")
Q(R4, D, "It's cold, it's raining and they are in remarkably good spirits,", "Saffron Wickens",
  "pronoun after: she says → Wickens, the subject of the sentence before", "says")
Q(R4, I, "Cyprian Tollemache, the founder, has been at the company's Mistlebury headquarters since 15:00", None,
  "unresolved: according to staff there (unnamed)", "according to", note="clause first, 'according to' after")
Q(R4, I, "it will deliver every cancelled order whose real price was below 150 euros at the price the customer paid, and that the 2,870 parcels already sent can be kept",
  "Brindlecart", "name before: Brindlecart says", "says",
  note="present tense, without 'that' at first, then ', and that ...': one record; the sentence after ('For anything dearer, ...') "
       "is the blog's own summary")
Q(R4, D, "We have listened, and we have changed our minds,", "Brindlecart",
  "document of a company after: the company's reply says → Brindlecart's reply", "says", channel="reply")
Q(R4, D, "I said on Sunday that nobody believes a washing machine costs four euros. I was right about the washing machine and wrong about the people,",
  "Prudence Tollemache",
  "title alone after: the chief executive said → Prudence Tollemache (the sentence before)", "said", channel="video link",
  note="multi-sentence; the reported speech inside ('I said on Sunday that ...') is the speaker's own and gets no record")
Q(R4, D, "They trusted our site, and that should matter more than our pride.", "Prudence Tollemache",
  "continuation: the quote after '..., the chief executive said.'", None, channel="video link")
Q(R4, I, "the error came from a currency setting changed during maintenance, and that the engineer responsible will not be disciplined",
  "Prudence Tollemache", "pronoun before: She says → Tollemache (the entry before; Wickens, the 'she' of 18:32, is not)", "says",
  channel="video link", note="present tense, without 'that' at first, then ', and that ...': one record")
Q(R4, D, "A cheer went up when the news came through on people's phones. One man is waving his receipt over his head.",
  "Saffron Wickens", "name before a colon, no verb: Saffron Wickens in Korenopol, where it is 12:24:", None,
  note="multi-sentence; no speech verb")
Q(R4, I, "it welcomes the reply but that its investigation goes on", "Office for Consumer Fairness", "acronym before: The OCF says",
  "says", note="present tense, without 'that' at first, then 'but that ...': one record")
Q(R4, I, "the watchdog would \"look closely at the small print\" before deciding on any fine", "Kvido Bazant",
  "name + title before: Kvido Bazant, its director, wrote on X that", "wrote", channel="post on X", note="a partial inside")
Q(R4, D, "look closely at the small print", "Kvido Bazant", "name before: Kvido Bazant, its director, wrote on X", "wrote",
  channel="post on X", partial=True)
Q(R4, D, "They apologised after a week of insults, not before,", "Jaroslava Penkavova",
  "title alone after: the minister said → Penkavova, Dovrenia's trade minister (the sentence before)", "said",
  channel="interview with Dovrenian radio")
Q(R4, I, "she would raise the case with Wystan Garrowby when the two ministers meet in Korenopol on 2 April", "Jaroslava Penkavova",
  "pronoun before: She said → Penkavova, the speaker of the sentence before", "said", note="reported speech without 'that'; "
  "Garrowby, named inside, is not the speaker")
Q(R4, I, "he was \"looking forward to it\"", "Wystan Garrowby",
  "surname before: Garrowby, asked about that meeting by reporters here, said simply that", "said",
  note="a participle phrase between the name and the verb; the clause is mostly the partial")
Q(R4, D, "looking forward to it", "Wystan Garrowby", "surname before: Garrowby, ..., said simply that he was", "said", partial=True,
  note="the closing mark comes before the full stop")
Q(R4, D, "Forty percent off a television is not nothing,", "Tadeas Mracek",
  "pronoun after: he told us → Mracek, the subject of the entry's first sentence", "told", channel="message to Scarrow Radio")

# R5: The Mistlebury Tiller, 2048-03-15 (Sun; broadsheet; curly quotes and apostrophes; sayings in the present tense ("says", "stresses",
# "tells"); no dateline; diacritics; one instant in three places in the first paragraph)
Q(R5, I, "the setting told the Dovrenian site whether prices were stored in euros or in cents", "Prudence Tollemache",
  "name + title before: Prudence Tollemache, the chief executive, says", "says", note="present tense, without 'that'")
Q(R5, D, "It had been right for eighteen months. Someone changed it for a test in January and nobody changed it back,",
  "Prudence Tollemache", "pronoun after: she says → Tollemache, the subject of the sentence before", "says",
  note="multi-sentence; curly marks")
Q(R5, I, None, "Prudence Tollemache", "pronoun in the middle: she stresses → Tollemache", "stresses",
  parts=["The engineer who released the update", "did nothing wrong"],
  note="reported speech split by its attribution (', she stresses,'): one record with two parts")
Q(R5, I, "he would have fought the watchdog in court", "Cyprian Tollemache",
  "name before: Cyprian Tollemache, who founded the company in 2031 and still owns 38 percent of it, tells the Tiller", "tells",
  channel="interview with the Tiller", note="present tense, without 'that'; a relative clause between the name and the verb")
Q(R5, D, "My daughter is kinder than I am,", "Cyprian Tollemache",
  "pronoun after: he says → Cyprian Tollemache, the subject of the sentence before", "says", channel="interview with the Tiller",
  note="'My daughter' is Prudence, not the speaker")
Q(R5, D, "That is probably why she runs the company and I don’t.", "Cyprian Tollemache",
  "continuation: the quote after '..., he says.'", None, channel="interview with the Tiller",
  note="a curly apostrophe inside ('don’t') before the closing curly mark")
Q(R5, D, "The customer is not always right, but he is always the customer.", "Cyprian Tollemache",
  "label + surname before, a colon: the elder Tollemache says only: → Cyprian (the father; his daughter is the younger)", "says",
  channel="interview with the Tiller")
Q(R5, I, "a decision on a fine will come by 30 April at the latest", "Kvido Bazant",
  "title + name before: Its director, Kvido Bažant, says", "says", note="present tense, without 'that'")
Q(R5, D, "An apology is welcome. It is not a defence,", "Kvido Bazant",
  "title alone after: the director says → Bažant, the OCF's director (the sentence before)", "says", note="multi-sentence")
Q(R5, I, "2,212 complaints have now been lodged, about 300 of them after Friday’s climbdown, from customers whose goods cost more than 150 euros",
  "Office for Consumer Fairness", "acronym before: According to the OCF,", "according to",
  note="'According to X,' first, the clause after")
Q(R5, I, "she will keep it open “for the people the company still wants to short-change”", "Vendula Soupalova",
  "name + description before: Vendula Šoupalová, the lawyer whose group complaint now has 1,800 members, tells the Tiller", "tells",
  channel="interview with the Tiller", note="present tense, without 'that'; the partial ends it")
Q(R5, D, "for the people the company still wants to short-change", "Vendula Soupalova",
  "name before: Vendula Šoupalová, ..., tells the Tiller she will keep it open", "tells", channel="interview with the Tiller",
  partial=True, note="curly marks; the closing mark comes before the full stop")
Q(R5, I, "it wants Brindlecart to pay its customers’ legal costs as well", "Dovrenia",
  "capital for its government before: Kořenopol says → Dovrenia's government", "says",
  note="a capital city speaks for its government (a metonym); present tense, without 'that'")
Q(R5, I, "that is a matter for the courts", "Carrowdeen",
  "capital for its government before: Mistlebury says → Carrowdeen's government", "says",
  note="a capital city speaks for its government (a metonym), after a semicolon; present tense, without 'that' ('that' is the "
       "clause's subject)")
Q(R5, I, "he has already promised the rowing machine to his father", "Tadeas Mracek",
  "pronoun before: He tells the Tiller that → Mráček, the subject of the sentence before", "tells", channel="interview with the Tiller",
  note="present tense")
Q(R5, D, "He has sworn to use it every day. I give him a week,", "Tadeas Mracek", "surname after: Mráček says", "says",
  channel="interview with the Tiller", note="multi-sentence; 'He' inside is his father")
Q(R5, I, "the climbdown will cost it 5.4 million euros", "Brindlecart",
  "description before: The company says → Brindlecart (the sentence before)", "says", note="present tense, without 'that'; the next "
  "sentence's 'thinks' is no speech verb and gets no record")
Q(R5, D, "Last week people laughed at Brindlecart. This week they are laughing with it. That is worth more than the money,",
  "Ferdy Oakhurst", "pronoun after: he says → Oakhurst, the subject of the sentence before", "says", note="multi-sentence")


# ---------------------------------------------------------------- entities
E("Carrowdeen", "country", ["Carrowdeen", ("Mistlebury", None, ["asked Mistlebury to", "Mistlebury says that"])],
  metonyms=[{"alias": "Mistlebury", "metonym_of": "Carrowdeen (its government)"}],
  note="Brindlecart's country: \"the Carrowdeen online retailer\" (R1), \"Carrowdeen's ambassador\" (R2); its capital stands for its "
       "government twice: \"Kořenopol has asked Mistlebury to remind the company\" (R2) and \"Mistlebury says that is a matter for the "
       "courts\" (R5, a speaker); \"Our own Trade Minister\" (R3) is not a mention")
E("Mistlebury", "city", ["Mistlebury"],
  note="Carrowdeen's capital and Brindlecart's seat: \"headquarters in Mistlebury\", \"in Mistlebury on Monday\" (R1), \"bosses in "
       "Mistlebury\" (R3), \"All times Mistlebury time\", \"the company's Mistlebury headquarters\" (R4), \"an engineer in Mistlebury\" "
       "(R5); the two metonym contexts are claimed by Carrowdeen")
E("Dovrenia", "country",
  ["Dovrenia", ("Kořenopol", None, ["Kořenopol has asked", "Kořenopol says it"]), ("Korenopol", None, ["Korenopol has made"])],
  metonyms=[{"alias": "Kořenopol", "metonym_of": "Dovrenia (its government)"},
            {"alias": "Korenopol", "metonym_of": "Dovrenia (its government)"}],
  adjectival=["Dovrenian", "Dovrenians"],
  note="the customers' country; its capital stands for its government three times: \"Kořenopol has asked Mistlebury ...\" (R2), "
       "\"Korenopol has made its point\" (R3, inside Garrowby's quote), \"Kořenopol says it wants ...\" (R5, a speaker); \"Dovrenian\" "
       "and \"Dovrenians\" are demonyms, not mentions")
E("Korenopol", "city", ["KORENOPOL", "KOŘENOPOL", "Korenopol", "Kořenopol"],
  note="Dovrenia's capital: datelines KORENOPOL (R1) and KOŘENOPOL (R2), \"a corner shop in Korenopol\" (R1), \"the Kořenopol "
       "lawyer\" (R2), \"Over in Korenopol\" (R3), four times in R4 (\"noon in Korenopol\", \"outside the OCF in Korenopol\", "
       "\"Saffron Wickens in Korenopol\", \"meet in Korenopol\"), \"In Kořenopol it was 00:25\" and \"In Kořenopol, the Office ...\" "
       "(R5); canonical name without diacritics; the metonym contexts are claimed by Dovrenia")
E("Hrustenice", "town", ["Hrustenice", "Hruštěnice"],
  note="the site of Brindlecart's Dovrenian warehouse, about 40 km east of the capital (R1, R2 with diacritics, R3)")
E("Brindlecart", "company",
  ["Brindlecart", "Blundercart",
   ("company", None, ["orders, the company said", "The company's email said", "the company says it will publish",
                      "the company's reply says", "The company says the climbdown"])],
  note="the Carrowdeen online retailer: \"Brindlecart\" in every report (\"Brindlecart's\" and \"A Brindlecart spokeswoman\" "
       "included); the tabloid's label \"Blundercart\" (R3); \"the company\" claimed where it speaks (R1, R2 its email, R4 twice, R5); "
       "the many other \"the company\", \"the firm\", \"the retailer\" are not annotated")
E("Office for Consumer Fairness", "government body",
  ["Office for Consumer Fairness", "OCF", ("consumer watchdog", None, ["Dovrenia's consumer watchdog opened"])],
  note="Dovrenia's consumer watchdog: expansion and acronym in R1 (\"The Office for Consumer Fairness (OCF)\", \"According to the "
       "OCF\"), the expansion in R2, R4, R5, \"the OCF\" (R4 twice, R5); \"consumer watchdog\" claimed where it speaks (R1's first "
       "sentence); the other \"the watchdog\", \"the office\" are not annotated")
E("Dovrenian Ministry of Industry and Trade", "government body", [("ministry", None, ["her ministry said"])],
  note="Pěnkavová's ministry, a speaker through its statement (R2)")
E("Pellow Capital", "company", ["Pellow Capital"], note="Oakhurst's firm (R4, R5)")
E("X", "platform", ["X"], note="\"post on X\" (R2), \"wrote on X\", \"went viral on X\" (R3), \"wrote on X\" (R4)")
E("Kestrow Wire", "news agency", ["Kestrow Wire"], note="its dateline (R1)")
E("The Morning Natter", "media outlet", [("Natter", [R3])], note="\"told the Natter\" (R3)")
E("The Mistlebury Tiller", "media outlet", [("Tiller", [R5])], note="\"tells the Tiller\" three times (R5)")
E("Prudence Tollemache", "person",
  ["Prudence Tollemache", ("Tollemache", None, ["Tollemache said customers"]), ("Prudence", [R3]),
   ("the chief executive", None, ["the chief executive said"])],
  note="Brindlecart's chief executive: full name in R1, R3, R4, R5; the bare \"Tollemache said customers ...\" (R1, before her father "
       "is named); \"daughter Prudence\" (R3); \"the chief executive said\" claimed (R4); the other bare \"Tollemache\" (R3 \"Tollemache, "
       "who still owns ...\", R5 \"the elder Tollemache\") are her father's")
E("Cyprian Tollemache", "person",
  ["Cyprian Tollemache", ("Tollemache", None, ["Tollemache, who still owns", "the elder Tollemache"])],
  note="Brindlecart's founder, Prudence's father: full name in R1, R3, R4, R5; the bare \"Tollemache, who still owns 38 percent of the "
       "firm he founded\" (R3) and \"the elder Tollemache\" (R5); the tabloid's \"The billionaire who founded Blundercart\" and \"The "
       "grandad-of-four\" are descriptions, not annotated; \"Dad\" inside his daughter's inner quote (R3) is not annotated")
E("Kvido Bazant", "person", ["Kvido Bazant", "Kvido Bažant", ("the director", None, ["the director says"])],
  note="the OCF's director: \"Kvido Bazant\" (R1, R4), \"Kvido Bažant\" (R2, R5), \"the director says\" claimed (R5); canonical name "
       "without diacritics")
E("Jaroslava Penkavova", "person",
  ["Jaroslava Penkavova", "Jaroslava Pěnkavová", ("Pěnkavová", [R2]), ("the minister", None, ["the minister said"])],
  note="Dovrenia's industry and trade minister: \"Jaroslava Penkavova\" (R1, R3, R4), \"Jaroslava Pěnkavová\" and \"Pěnkavová\" (R2), "
       "\"the minister said\" claimed (R4); canonical name without diacritics")
E("Tadeas Mracek", "person", ["Tadeas Mracek", "Tadeáš Mráček", ("Mráček", [R2, R5]), "Telly Tad"],
  note="the 19-year-old law student: \"Tadeáš Mráček\" (R2, R5), \"Mráček\" (R2 twice, R5), \"Tadeas Mracek\" (R3, R4), the tabloid's "
       "label \"Telly Tad\" (R3 twice); canonical name without diacritics")
E("Vendula Soupalova", "person", ["Vendula Šoupalová", "Vendula Soupalova", ("Šoupalová", [R2])],
  note="the Kořenopol lawyer behind the group complaint: \"Vendula Šoupalová\" (R2, R5), \"Šoupalová\" (R2), \"Vendula Soupalova\" "
       "(R3); canonical name without diacritics")
E("Wystan Garrowby", "person", ["Wystan Garrowby", ("Garrowby", [R4])],
  note="Carrowdeen's trade minister: full name in R3 and R4, \"Garrowby\" (R4)")
E("Ferdy Oakhurst", "person", ["Ferdy Oakhurst"], note="analyst at Pellow Capital (R4, R5)")
E("Saffron Wickens", "person", ["Saffron Wickens", ("Wickens", [R4])], note="the radio's reporter in Korenopol (R4)")

DISTINCT = [
    ("Prudence Tollemache", "Cyprian Tollemache",
     "daughter and father sharing a surname (R1's bare \"Tollemache said\" is hers; R3's \"Tollemache, who still owns ... the firm he "
     "founded\" and R5's \"the elder Tollemache\" are his); also outer vs inner speaker of R3's nested quote"),
    ("Brindlecart", "Prudence Tollemache", "the company (speaking through its email, reply and 'the company says') vs its chief executive"),
    ("Brindlecart", "Cyprian Tollemache", "the company vs its founder; 'Blundercart' is the company"),
    ("Brindlecart", "Mistlebury", "the company vs the city of its headquarters"),
    ("Dovrenia", "Korenopol", "the government (metonyms, R2, R3, R5) vs the capital city"),
    ("Carrowdeen", "Mistlebury", "the government (metonyms, R2, R5) vs the capital city"),
    ("Dovrenia", "Carrowdeen", "the two governments, both speaking through their capitals (R5, one sentence)"),
    ("Office for Consumer Fairness", "Kvido Bazant", "the watchdog vs its director"),
    ("Jaroslava Penkavova", "Dovrenian Ministry of Industry and Trade", "the minister vs her ministry's statement (R2)"),
    ("Jaroslava Penkavova", "Wystan Garrowby", "the two countries' trade ministers (R4: \"the minister said\" is Penkavova's)"),
    ("Jaroslava Penkavova", "Vendula Soupalova", "two Dovrenian women quoted in consecutive sentences of R3"),
    ("Saffron Wickens", "Prudence Tollemache", "R4's \"she says\" of Wickens (18:32) vs the \"She says\" of Tollemache (19:15)"),
    ("Pellow Capital", "Ferdy Oakhurst", "the firm vs its analyst"),
    ("Tadeas Mracek", "Cyprian Tollemache", "R3: 'son' in Tollemache's message is Mracek, not a son of his"),
]


# ---------------------------------------------------------------- times
# R1 anchor Mon 2048-03-09 (Korenopol keeps UTC+1, Mistlebury UTC+8: "00:25 local time (23:25 GMT on Friday)", "where it was 07:25")
T(R1, "March 9", "date", "2048-03-09", "dateline; month name and day, year of the publication date")
T(R1, "on Monday", "weekday", "2048-03-09", "the anchor day (\"opened an investigation on Monday\")", after="investigation ")
T(R1, "at the weekend", "relative", "2048-03-07/2048-03-08", "the Saturday and Sunday before the anchor (\"a pricing error at the weekend\")")
T(R1, "midday", "time", "2048-03-09T12:00:00+01:00",
  "\"by midday\": noon of the anchor day in the dateline's city (Korenopol, UTC+1, the OCF's seat)")
T(R1, "noon", "time", "2048-03-13T12:00:00+01:00", "\"until noon on Friday\": noon Korenopol time (UTC+1) on the Friday after the anchor")
T(R1, "on Friday", "weekday", "2048-03-13", "future (\"had until noon on Friday\"): the Friday after the anchor", after="noon ")
T(R1, "six hours and 50 minutes", "duration", "PT6H50M", "duration in words and figures (\"For six hours and 50 minutes\")")
T(R1, "early on Saturday", "weekday", "2048-03-07", "the latest Saturday before the anchor")
T(R1, "00:25 local time", "time", "2048-03-07T00:25:00+01:00",
  "\"local time\" of the dateline (Korenopol, UTC+1, fixed by \"(23:25 GMT on Friday)\" after it); Saturday")
T(R1, "23:25 GMT", "time", "2048-03-06T23:25:00+00:00", "the same instant as 00:25 local time, written in GMT, the evening before (Friday)")
T(R1, "on Friday", "weekday", "2048-03-06", "\"(23:25 GMT on Friday)\": the GMT day of the fault's start, the day before the Saturday",
  after="23:25 GMT ")
T(R1, "07:25", "time", "2048-03-07T07:25:00+08:00",
  "\"in Mistlebury, where it was 07:25 on Saturday morning\": Mistlebury's time (UTC+8); the same instant as 00:25 local time — one "
  "instant in three zones")
T(R1, "on Saturday morning", "weekday", "2048-03-07", "the latest Saturday before the anchor (the Mistlebury morning)")
T(R1, "07:15", "time", "2048-03-07T07:15:00+01:00",
  "\"restored the correct prices at 07:15\": the dateline's local time (UTC+1), six hours and 50 minutes after 00:25; Saturday")
T(R1, "on Sunday", "weekday", "2048-03-08", "the latest Sunday before the anchor (\"in a video message on Sunday\")")
T(R1, "in 2031", "date", "2031-01-01/2031-12-31", "a year (\"founded in 2031\")", granularity="year")
T(R1, "September 2046", "date", "2046-09-01/2046-09-30", "a month and year (\"opened its Dovrenian site in September 2046\")",
  granularity="month")
T(R1, "on Monday", "weekday", "2048-03-09", "the anchor day (\"closed 4.2 percent lower in Mistlebury on Monday\")", after="Mistlebury ")

# R2 anchor Tue 2048-03-10 (the paper's city, Kořenopol, UTC+1)
T(R2, "10 March", "date", "2048-03-10", "dateline in day-month order; year of the publication date")
T(R2, "half past one", "time", "2048-03-07T01:30:00+01:00",
  "a clock time in words, the paper's city's time (UTC+1), on the Saturday morning named right after it")
T(R2, "on Saturday morning", "weekday", "2048-03-07", "the latest Saturday before the anchor")
T(R2, "three o'clock", "time", "2048-03-07T03:00:00+01:00",
  "\"By three o'clock\": the same night, after half past one on Saturday morning; local time (UTC+1)")
T(R2, "yesterday", "relative", "2048-03-09", "the day before the anchor (\"the 19-year-old law student said yesterday\")")
T(R2, "Late on Sunday", "weekday", "2048-03-08", "the latest Sunday before the anchor")
T(R2, "21:40", "time", "2048-03-08T21:40:00+01:00", "\"Late on Sunday, at 21:40\": local time (UTC+1), Sunday")
T(R2, "Sunday night", "weekday", "2048-03-08", "the latest Sunday before the anchor (\"organised since Sunday night\")")
T(R2, "12:00", "time", "2048-03-13T12:00:00+01:00", "\"until 12:00 on Friday\": local time (UTC+1) on the Friday after the anchor")
T(R2, "on Friday", "weekday", "2048-03-13", "future (\"until 12:00 on Friday\"): the Friday after the anchor")
T(R2, "last year", "relative", "2047-01-01/2047-12-31", "the year before the anchor's (\"turnover last year\")")
T(R2, "late on Monday", "weekday", "2048-03-09", "the latest Monday before the anchor (\"her ministry said late on Monday\")")
T(R2, "on Thursday", "weekday", "2048-03-12", "future (\"invited for \"a frank conversation\" on Thursday\"): the Thursday after the anchor")
T(R2, "06:00", "time", "2048-03-07T06:00:00+01:00", "\"before 06:00 on Saturday\": local time at Hruštěnice (UTC+1), Saturday")
T(R2, "on Saturday", "weekday", "2048-03-07", "the latest Saturday before the anchor (\"before 06:00 on Saturday\")", after="06:00 ")
T(R2, "since 1998", "date", "1998-01-01/1998-12-31", "a year (inside Mráček's quote)", granularity="year")

# R3 anchor Wed 2048-03-11 (no dateline, no clock, no zone)
T(R3, "last night", "relative", "2048-03-10", "the night before the anchor day (\"last night hit back\")")
T(R3, "in 2031", "date", "2031-01-01/2031-12-31", "a year (\"started Brindlecart in his garage in 2031\")", granularity="year")
T(R3, "since 2044", "date", "2044-01-01/2044-12-31", "a year (\"the firm's chief executive since 2044\")", granularity="year")
T(R3, "on SATURDAY", "weekday", "2048-03-07",
  "\"at lunchtime on SATURDAY\" in capitals, from a Wednesday paper: the latest Saturday before the anchor")
T(R3, "on Monday night", "weekday", "2048-03-09", "the latest Monday before the anchor (\"wrote on X on Monday night\")")
T(R3, "seven hours", "duration", "PT7H", "duration in words (\"in under seven hours\")")
T(R3, "on Sunday", "weekday", "2048-03-08", "the latest Sunday before the anchor (\"her video apology on Sunday\")")
T(R3, "on Friday", "weekday", "2048-03-13", "future (inside the partial \"say more on Friday\"): the Friday after the anchor")

# R4 anchor Fri 2048-03-13; the blog's second header line says "All times Mistlebury time (GMT+8)"
T(R4, "Friday 13 March", "date", "2048-03-13", "weekday, day and month without a year in the blog's header: the anchor day")
for stamp in ("17:45", "18:10", "18:32", "18:50", "19:02", "19:09", "19:15", "19:24", "19:40", "19:58", "20:21", "20:45", "21:00"):
    T(R4, stamp, "time", f"2048-03-13T{stamp}:00+08:00",
      "a live-blog entry stamp (24-hour clock) on a line of its own, no zone of its own; the header says \"All times Mistlebury time "
      "(GMT+8)\"; the anchor day", after="GMT+8)")
T(R4, "19:00", "time", "2048-03-13T19:00:00+08:00", "\"until 19:00 today\": the blog's zone (GMT+8 by its header); the anchor day")
T(R4, "today", "relative", "2048-03-13", "the anchor day (\"until 19:00 today\")")
T(R4, "noon", "time", "2048-03-13T12:00:00+01:00",
  "\"noon in Korenopol\": the same instant as 19:00 Mistlebury time, in Dovrenia's time (UTC+1)")
T(R4, "11:00 GMT", "time", "2048-03-13T11:00:00+00:00", "the same instant again, in GMT — one instant in three zones")
T(R4, "last year", "relative", "2047-01-01/2047-12-31", "the year before the anchor's (\"roughly 9 percent of last year's profit\")")
T(R4, "15:00", "time", "2048-03-13T15:00:00+08:00", "\"since 15:00\" at the Mistlebury headquarters: the blog's zone (GMT+8); the anchor day")
T(R4, "on Sunday", "weekday", "2048-03-08", "the latest Sunday before the anchor (inside Tollemache's quote \"I said on Sunday\")")
T(R4, "12:24", "time", "2048-03-13T12:24:00+01:00",
  "\"Saffron Wickens in Korenopol, where it is 12:24\": Dovrenia's time (UTC+1); the same instant as the entry's stamp 19:24")
T(R4, "a week", "duration", "P1W", "duration (inside Penkavova's quote \"after a week of insults\")")
T(R4, "2 April", "date", "2048-04-02", "day and month without a year, future: the anchor's year")
T(R4, "on Monday morning", "weekday", "2048-03-16", "future (\"trade again on Monday morning\"): the Monday after the anchor")
T(R4, "tonight", "relative", "2048-03-13", "the night of the anchor day (\"That's all from us tonight\")")

# R5 anchor Sun 2048-03-15 (no dateline; clocks in named places: Mistlebury UTC+8, Kořenopol UTC+1, GMT)
T(R5, "07:25", "time", "2048-03-07T07:25:00+08:00",
  "\"At 07:25 on Saturday 7 March, a Brindlecart engineer in Mistlebury\": the engineer's city's time (UTC+8, the paper's own city; "
  "R1's \"where it was 07:25\" fixes the offset); the same instant as 00:25 in Kořenopol and 23:25 GMT")
T(R5, "Saturday 7 March", "date", "2048-03-07", "weekday, day and month without a year: the anchor's year")
T(R5, "00:25", "time", "2048-03-07T00:25:00+01:00", "\"In Kořenopol it was 00:25\": Dovrenia's time (UTC+1); the same instant")
T(R5, "Friday", "weekday", "2048-03-06", "\"by GMT it was still Friday, 23:25\": the GMT day, the day before the Saturday", after="it was still ")
T(R5, "23:25", "time", "2048-03-06T23:25:00+00:00", "\"by GMT it was still Friday, 23:25\": GMT; the same instant — one instant in three zones")
T(R5, "a quarter of an hour", "duration", "PT15M", "duration in words (\"Within a quarter of an hour\")")
T(R5, "Eight days", "duration", "P8D", "duration in words (\"Eight days later\": from Saturday 7 to the anchor, Sunday 15)")
T(R5, "eighteen months", "duration", "P18M", "duration in words (inside Tollemache's quote)")
T(R5, "in January", "date", "2048-01-01/2048-01-31", "a month without a year, past (inside Tollemache's quote): the anchor's year",
  granularity="month")
T(R5, "in 2031", "date", "2031-01-01/2031-12-31", "a year (\"founded the company in 2031\")", granularity="year")
T(R5, "30 April", "date", "2048-04-30", "day and month without a year, future (\"by 30 April at the latest\"): the anchor's year")
T(R5, "Friday", "weekday", "2048-03-13", "\"Friday’s climbdown\": the latest Friday before the anchor", after="300 of them after ")
T(R5, "next month", "relative", "2048-04-01/2048-04-30", "the month after the anchor's (\"The two trade ministers meet next month\")")
T(R5, "earlier this month", "relative", "2048-03-01/2048-03-14",
  "the anchor's month up to the day before the anchor (\"made him briefly famous earlier this month\")")
T(R5, "a week", "duration", "P1W", "duration (inside Mráček's quote \"I give him a week\")")
T(R5, "26 March", "date", "2048-03-26", "day and month without a year, future (\"reports its annual results on 26 March\")")
T(R5, "Last week", "relative", "2048-03-02/2048-03-08",
  "the Monday–Sunday week before the anchor's (inside Oakhurst's quote; the week of the error, 7 March)")
T(R5, "This week", "relative", "2048-03-09/2048-03-15", "the Monday–Sunday week of the anchor (inside Oakhurst's quote)")


# ---------------------------------------------------------------- numbers
N(R1, "more than 38,000 orders", 38000, "order", "count", approx="more_than")
N(R1, "1,912 complaints", 1912, "complaint", "count")
N(R1, "six hours", 6, "hour", "duration", note="word number, the first half of \"six hours and 50 minutes\"")
N(R1, "50 minutes", 50, "minute", "duration", note="the second half of \"six hours and 50 minutes\"")
N(R1, "799-euro", 799, "eur", "money", note="a price as a hyphenated adjective (\"A 799-euro television\")")
N(R1, "7.99 euros", 7.99, "eur", "money")
N(R1, "41,260 orders", 41260, "order", "count")
N(R1, "about 6.3 million euros", 6300000, "eur", "money", approx="about", note="a decimal and 'million'")
N(R1, "roughly 63,000 euros", 63000, "eur", "money", approx="about", note="\"roughly\" read as about")
N(R1, "four euros", 4, "eur", "money", note="word number (inside Tollemache's quote)")
N(R1, "2,870 parcels", 2870, "parcel", "count", note="\"one of the 2,870 parcels\": the \"one\" is no count")
N(R1, "about 40 km", 40, "kilometre", "distance", approx="about", note="an abbreviated unit")
N(R1, "20-euro", 20, "eur", "money", note="a value as a hyphenated adjective (\"a 20-euro voucher\")")
N(R1, "up to 4 percent", 4, "percent", "percent", approx="up_to")
N(R1, "nine countries", 9, "country", "count", note="word number")
N(R1, "4.2 percent", 4.2, "percent", "percent")

N(R2, "65-inch", 65, "inch", "size", note="a size as a hyphenated adjective (\"a 65-inch television\")")
N(R2, "8.49 euros", 8.49, "eur", "money")
N(R2, "eleven other things", 11, "thing", "count", note="word number, an adjective between")
N(R2, "41.60 euros", 41.6, "eur", "money", note="a total written with two decimals")
N(R2, "19-year-old", 19, "year", "age", note="an age as a hyphenated adjective")
N(R2, "1,460 customers", 1460, "customer", "count")
N(R2, "more than 2,800 cases", 2800, "case", "count", approx="more_than", note="inside Šoupalová's quote")
N(R2, "17 written questions", 17, "question", "count", note="an adjective between")
N(R2, "212 million euros", 212000000, "eur", "money")
N(R2, "two lorries", 2, "lorry", "count", note="word number")
N(R2, "2,870 parcels", 2870, "parcel", "count")

N(R3, "71", 71, "year", "age", note="an age (\"Cyprian Tollemache, 71,\")")
N(R3, "one euro", 1, "eur", "money", note="word number (inside Tollemache's quote)")
N(R3, "four", 4, "grandchild", "count", note="inside the tabloid compound \"grandad-of-four\"")
N(R3, "65-inch", 65, "inch", "size", note="a size as a hyphenated adjective")
N(R3, "8.49 euros", 8.49, "eur", "money")
N(R3, "19-year-old", 19, "year", "age", note="an age as a hyphenated adjective, used as a noun (\"The 19-year-old wrote\")")
N(R3, "more than 60,000 times", 60000, "time", "count", approx="more_than", note="shares of a post")
N(R3, "more than 41,000 orders", 41000, "order", "count", approx="more_than")
N(R3, "under seven hours", 7, "hour", "duration", approx="less_than", note="word number; \"under\" read as less than")
N(R3, "7-euro", 7, "eur", "money", note="a price as a hyphenated adjective (\"7-euro fridges\")")
N(R3, "two lorries", 2, "lorry", "count", note="word number")
N(R3, "2,870 parcels", 2870, "parcel", "count")
N(R3, "1,460 furious shoppers", 1460, "shopper", "count", note="an adjective between")
N(R3, "20-euro", 20, "eur", "money", note="a value as a hyphenated adjective (\"20-euro vouchers\")")
N(R3, "600", 600, "person", "count", note="\"600 of their people\" (inside Garrowby's quote): the noun given by \"of\"")
N(R3, "44", 44, "year", "age", after="Prudence Tollemache, ", note="an age (\"Prudence Tollemache, 44,\")")
N(R3, "38 percent", 38, "percent", "percent")

N(R4, "between 5 and 6 million euros", 5000000, "eur", "money", low=5000000, high=6000000,
  note="a range written with between ... and, 'million' once for both ends")
N(R4, "roughly 9 percent", 9, "percent", "percent", approx="about", note="\"roughly\" read as about")
N(R4, "about 40 people", 40, "person", "count", approx="about")
N(R4, "below 150 euros", 150, "eur", "money", approx="less_than", note="\"below\" read as less than")
N(R4, "2,870 parcels", 2870, "parcel", "count")
N(R4, "40 percent", 40, "percent", "percent", after="offered the item at ")
N(R4, "four euros", 4, "eur", "money", note="word number (inside Tollemache's quote)")
N(R4, "over 150 euros", 150, "eur", "money", approx="more_than", note="\"over\" read as more than")
N(R4, "40 percent", 40, "percent", "percent", after="so he gets ")
N(R4, "Forty percent", 40, "percent", "percent", note="word number at the start of a quote")
N(R4, "2.1 percent", 2.1, "percent", "percent")
N(R4, "two ministers", 2, "minister", "count", note="word number")

N(R5, "perhaps a hundred times", 100, "time", "count", approx="about", note="\"a hundred\" in words; \"perhaps\" read as about")
N(R5, "Eight days", 8, "day", "duration", note="word number")
N(R5, "nine countries", 9, "country", "count", note="word number")
N(R5, "one setting", 1, "setting", "count", note="word number")
N(R5, "eighteen months", 18, "month", "duration", note="word number (inside Tollemache's quote)")
N(R5, "38 percent", 38, "percent", "percent")
N(R5, "2,212 complaints", 2212, "complaint", "count")
N(R5, "about 300", 300, "complaint", "count", approx="about", note="the noun given by \"of them\" (the complaints)")
N(R5, "more than 150 euros", 150, "eur", "money", approx="more_than")
N(R5, "1,800 members", 1800, "member", "count")
N(R5, "two trade ministers", 2, "minister", "count", note="word number, a noun modifier between")
N(R5, "8.49-euro", 8.49, "eur", "money", note="a decimal price as a hyphenated adjective")
N(R5, "14 items", 14, "item", "count")
N(R5, "40 percent", 40, "percent", "percent")
N(R5, "5.4 million euros", 5400000, "eur", "money", note="a decimal and 'million'")

ABOUT = ("Gold for the read stage on the invented held-out reports of demo/read-heldout27/reports.jsonl, "
         "written and committed before any reader ran on them. `file` is the report's `id`; `start`/`end` "
         "are BYTE offsets into the UTF-8 encoding of the report's `text` field; text[start:end] begins "
         "with `span`. Same format as demo/read-heldout23/gold.json. Generated by build_gold.py. See README.md here.")


G.write(ABOUT, DISTINCT, detailed=True)
