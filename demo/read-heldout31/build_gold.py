#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and the annotations below.

Run from anywhere: `python3 demo/read-heldout31/build_gold.py`. Offsets are computed here from the spans
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
# R1: Marrowbay Press, 2048-10-16 (Fri; wire; straight quotes; dateline "LOMIRZ, Zavrenia, Oct 16 (Marrowbay Press) -" (a hyphen,
# an abbreviated month); no diacritics: "Lomirz", "Grazyna Wrzosek", "Zdzislaw Cieslik", "Debnik", "Wiezowa"; Zavrenia keeps
# UTC+5:30 ("19:30 local time (14:00 GMT)"), Feldria UTC-3 ("eight and a half hours behind Zavrenia"))
Q(R1, I, "The concert at the Wiezowa Hall, due to begin at 19:30 local time (14:00 GMT), will not go ahead",
  "Feldrian National Orchestra", "group after the clause: the orchestra confirmed in a brief statement → the FNO", "confirmed",
  channel="statement", note="clause first, the attribution after; the next sentence ('All 1,900 seats ...') is the agency's own")
Q(R1, I, "the 11 crates that arrived on a chartered freighter early on Wednesday hold 187 instruments, among them 41 bows tipped with ivory and a double bass with ivory inlay on its scroll",
  "Zavrenian Customs Directorate", "name + acronym before: According to the Zavrenian Customs Directorate (ZCD),", "according to",
  note="'According to X,' first, the clause after")
Q(R1, I, "The permit travelling with them covers a one-way commercial export of ivory, not instruments that leave and come back",
  "Zavrenian Customs Directorate", "description after the clause: the directorate said → the ZCD (the sentence before)", "said",
  note="clause first, the attribution after")
Q(R1, D, "We are not holding an orchestra hostage. We are holding a shipment that arrived with the wrong papers,",
  "Grazyna Wrzosek", "name + title after: Grazyna Wrzosek, the ZCD's director-general, told reporters at the airport on Thursday",
  "told", channel="told reporters", note="multi-sentence")
Q(R1, D, "Bring us the right certificate and the crates can leave the same afternoon.", "Grazyna Wrzosek",
  "continuation: the quote after '..., Grazyna Wrzosek, ..., told reporters at the airport on Thursday.'", None,
  channel="told reporters")
Q(R1, I, "the musicians had rehearsed the programme for five months and that the FNO had paid for every permit it was told it needed",
  "Dymphna Fairclough", "name + title before: Dymphna Fairclough, the orchestra's general manager, said that", "said",
  note="'that ... and that ...': one record")
Q(R1, D, "Somebody filed the wrong form,", "Dymphna Fairclough",
  "pronoun after: she said → Dymphna Fairclough, the subject of the sentence before", "said")
Q(R1, D, "It was not us.", "Dymphna Fairclough", "continuation: the quote after '..., she said.'", None)
Q(R1, I, "the firm had applied for exactly what the orchestra's inventory described", "Dorian Sprackett",
  "title + name before: Its managing director, Dorian Sprackett, noted that", "noted")
Q(R1, D, "If the inventory had said ivory on the first page, we would have asked for a different certificate,", "Dorian Sprackett",
  "pronoun after: he said → Sprackett, the subject of the sentence before", "said")
Q(R1, I, "it had approved the application on Oct 9, as submitted", "Endangered Materials Registry",
  "name + acronym before: The Endangered Materials Registry (EMR), which issues such permits in Feldria, said", "said",
  note="a relative clause between the subject and the verb; reported speech without 'that'")
Q(R1, I, "an instrument certificate could follow \"within days, not weeks\" once the bows had been inspected", "Audra Prothero",
  "title + name before: Its registrar, Dr Audra Prothero, wrote on X late Thursday that", "wrote", channel="post on X",
  note="a time phrase between the channel and 'that'; a partial inside")
Q(R1, D, "within days, not weeks", "Audra Prothero", "name before: Dr Audra Prothero, wrote on X late Thursday that", "wrote",
  channel="post on X", partial=True)
Q(R1, I, "the rules on ivory applied to everyone, orchestras included", "Zdzislaw Cieslik",
  "title + name before: Zavrenia's culture minister, Zdzislaw Cieslik, said", "said", note="reported speech without 'that'")

# R2: Przegląd Łomirski (English edition), 2048-10-18 (Sun; the Zavrenian paper in English; straight quotes; its own dateline
# style "ŁOMIRZ, 18.10.2048 –" (a numeric date, day.month.year, and an en dash); diacritics: "Łomirz", "Grażyna Wrzosek",
# "Zdzisław Cieślik", "Halszka Żmudzka", "Leszek Kwaśny", "Dębnik", "Wieżowa"; clocks are Łomirz time, UTC+5:30)
Q(R2, D, "We came to play in Zavrenian halls, not to visit Zavrenian warehouses,", "Dymphna Fairclough",
  "bare surname after: Fairclough said, her voice breaking → Dymphna Fairclough (the paragraph before; her brother is never named "
  "in this report)", "said")
Q(R2, D, "Without the bows there is no orchestra, and nobody can tell us when we will get them back.", "Dymphna Fairclough",
  "continuation: the quote after '..., Fairclough said, her voice breaking.'", None)
Q(R2, I, "her officers had only read the papers in front of them", "Grazyna Wrzosek",
  "name + title before: Grażyna Wrzosek, director-general of the Customs Directorate, insisted that", "insisted")
Q(R2, D, "My inspector opened the first case, held up a bow and asked me, 'Where is the instrument certificate?' There was none,",
  "Grazyna Wrzosek", "pronoun after: she told Przegląd Łomirski → Wrzosek, the subject of the sentence before", "told",
  channel="interview with Przegląd Łomirski",
  note="multi-sentence; holds a quote inside the quote (single straight marks) spoken by her inspector")
Q(R2, D, "Where is the instrument certificate?", None,
  "inside the outer quote: 'My inspector ... asked me,' → an inspector the report never names, so null", "asked",
  note="quote inside a quote whose speaker is NOT the outer speaker; a question mark inside the inner marks")
Q(R2, D, "That is not a Zavrenian problem.", "Grazyna Wrzosek", "continuation: the quote after '..., she told Przegląd Łomirski.'",
  None, channel="interview with Przegląd Łomirski")
Q(R2, D, None, "Zdzislaw Cieslik",
  "pronoun in the middle: he said → Cieślik, the subject of the sentence before (which also names Fairclough, a woman)", "said",
  parts=["The rules are the same for a trader and for a cellist,", "and I would be ashamed if they were not."],
  note="a direct quote split by its attribution: one record with two parts")
Q(R2, I, None, "Zdzislaw Cieslik", "title alone in the middle: the minister added → Culture Minister Zdzisław Cieślik", "added",
  parts=["Amberhithe had asked for the crates to be released on trust",
         "but Łomirz could not make an exception for one orchestra"],
  note="reported speech split by its attribution (', the minister added,'): one record with two parts; both capitals inside are "
       "governments (metonyms)")
Q(R2, I, "about 14,000 tickets had been sold for the nine concerts and that refunds would begin on Monday", "Halszka Zmudzka",
  "title + name before: The festival's director, Halszka Żmudzka, said", "said",
  note="without 'that' at first, then 'and that ...': one record")
Q(R2, I, "the festival stands to lose more than $600,000", "Halszka Zmudzka", "surname before: According to Żmudzka,",
  "according to", note="'According to X,' first, the clause after")
Q(R2, I, "the orchestra's permit, an EM-4, is meant for traders sending ivory abroad for good, not for musicians who take it home again",
  None, "unresolved: Customs sources said (unnamed)", "said", note="reported speech without 'that'")
Q(R2, I, "the instruments would follow \"the moment the right paper arrives\", and that the orchestra would ask the festival for new dates next year",
  "Dymphna Fairclough", "bare surname before: Fairclough said → Dymphna Fairclough", "said",
  note="without 'that' at first, then ', and that ...': one record; a partial inside")
Q(R2, D, "the moment the right paper arrives", "Dymphna Fairclough", "surname before: Fairclough said the instruments would follow",
  "said", partial=True)
Q(R2, D, "I have waited 30 years to hear this orchestra,", "Leszek Kwasny",
  "pronoun after: he said → Kwaśny, the subject of the sentence before", "said")
Q(R2, D, "I can wait a little longer, but I am 71.", "Leszek Kwasny", "continuation: the quote after '..., he said.'", None)

# R3: The Daily Honk, 2048-10-19 (Mon; Feldrian tabloid; straight quotes; no dateline, no zone written but "2am our time"; no
# diacritics; the label "Madam Rubberstamp" for Wrzosek; capitals for emphasis ("IVORY"))
Q(R3, I, "the whole mess was \"not a Zavrenian problem\"", "Grazyna Wrzosek",
  "label before: Madam Rubberstamp even told reporters → Grazyna Wrzosek (the sentence before)", "told", channel="told reporters",
  note="reported speech without 'that'; the partial ends it")
Q(R3, D, "not a Zavrenian problem", "Grazyna Wrzosek", "label before: Madam Rubberstamp even told reporters the whole mess was",
  "told", channel="told reporters", partial=True, note="the closing mark comes before the full stop")
Q(R3, D, "It's like leaving your child at a border post. I haven't slept a full night since they took it.", "Rafe Fairclough",
  "bare shared surname before, a colon: Fairclough, whose bass has been in his family for four generations, told the Honk: → Rafe "
  "('his bass'), not his sister Dymphna, named in the sentence before", "told", channel="interview with the Honk",
  note="multi-sentence")
Q(R3, I, "he last saw the bass on Monday night, strapped into its crate at Amberhithe airport, and that he had \"patted it like an old dog\"",
  "Rafe Fairclough", "description before: The 52-year-old said → Rafe Fairclough, 52", "said",
  note="without 'that' at first, then ', and that ...': one record; the partial ends it")
Q(R3, D, "patted it like an old dog", "Rafe Fairclough", "description before: The 52-year-old said ... and that he had", "said",
  partial=True, note="the closing mark comes before the full stop")
Q(R3, I, "his clerks had filed exactly what they were sent", "Dorian Sprackett",
  "label + name before: Freight boss Dorian Sprackett, whose firm ..., went on late-night radio at 9.40pm on Saturday and insisted",
  "insisted", channel="radio interview", note="the verb far from the name, after another verb phrase; without 'that'")
Q(R3, D, "We ticked the boxes the orchestra gave us,", "Dorian Sprackett",
  "pronoun after: he said → Sprackett, the subject of the sentence before", "said", channel="radio interview")
Q(R3, D, "Nobody mentioned ivory to us until the crates were opened.", "Dorian Sprackett",
  "continuation: the quote after '..., he said.'", None, channel="radio interview")
Q(R3, I, "to discover \"who dropped the baton\"", "Honor Blakiston",
  "title + name before: Culture Minister Honor Blakiston last night ordered an inquiry, vowing", "vowing",
  note="a participle of speech with an infinitive; the partial ends it")
Q(R3, D, "who dropped the baton", "Honor Blakiston", "name before: Honor Blakiston ..., vowing to discover", "vowing", partial=True,
  note="the closing mark comes before the full stop")
Q(R3, D, "Somebody in Amberhithe got this badly wrong, and the players are paying for it.", "Honor Blakiston",
  "title alone before, a colon: The minister said: → Culture Minister Honor Blakiston (the sentence before)", "said")
Q(R3, D, "Best-dressed tourists in Zavrenia.", "Bryn Castellow",
  "name before, a colon: Second violinist Bryn Castellow posted a picture ... on X, writing:", "writing", channel="post on X")
Q(R3, I, "the orchestra had \"never been so well rested or so miserable\"", "Bryn Castellow",
  "surname before: Castellow said later that", "said", note="the partial ends it")
Q(R3, D, "never been so well rested or so miserable", "Bryn Castellow", "surname before: Castellow said later that the orchestra had",
  "said", partial=True, note="the closing mark comes before the full stop")
Q(R3, D, "Lomirz doesn't do trust,", None, "unresolved: one furious player told us (unnamed)", "told",
  channel="interview with the Honk", note="'Lomirz' inside is Zavrenia's government (a metonym)")
Q(R3, I, "Insurers may cover only 30 percent of the bill", None, "unresolved: orchestra insiders say (unnamed)", "say",
  note="clause first, the attribution after; present tense")

# R4: Gorsebrook Radio live blog, 2048-10-20 (Tue; plain-text scrape: header "LIVE: ... - Tuesday 20 October" and a line "All times
# Amberhithe time (GMT-3)"; each entry begins with a 24-hour stamp on a line of its own; straight quotes; no diacritics)
Q(R4, I, "its members lost at least $310,000 in fees when the tour was abandoned, and that the FNO, not the players, should carry the loss",
  "Orchestral Players' Guild", "name before: The Orchestral Players' Guild says", "says",
  note="present tense, without 'that' at first, then ', and that ...': one record")
Q(R4, D, "The crates are still under seal. Two customs officers have sat by the door all evening, and one of them is reading a book about violins.",
  "Greer Ashdown", "name before a colon, no verb: Greer Ashdown in Lomirz, where it is 22:10:", None, note="multi-sentence; no speech verb")
Q(R4, I, "the orchestra emailed Tunbrook a complete inventory on 2 October, ivory included", "Dymphna Fairclough",
  "pronoun before: She speaks first and says → Dymphna Fairclough, of the two people named in the sentence before the only woman",
  "says", channel="evidence to the committee", note="present tense, without 'that'")
Q(R4, D, "It was on page four, in a column headed materials,", "Dymphna Fairclough",
  "bare surname after: Fairclough said → Dymphna (the speaker of the entry before; her brother is named only after the quote)",
  "said", channel="evidence to the committee")
Q(R4, D, "My brother rang me from the hotel last Wednesday and said, 'They have put customs tape on my bass.' That is when I learned page four had gone missing.",
  "Dymphna Fairclough", "continuation: the quote after '..., Fairclough said.'", None, channel="evidence to the committee",
  note="multi-sentence; holds a quote inside the quote (single straight marks) spoken by her brother")
Q(R4, D, "They have put customs tape on my bass.", "Rafe Fairclough",
  "inside the outer quote: 'My brother rang me ... and said,' → her brother, named right after the quote as Rafe Fairclough, the "
  "principal bass", "said", channel="phone call", note="quote inside a quote whose speaker is NOT the outer speaker")
Q(R4, I, "his clerks were never sent page four, and that the email they received had three pages", "Dorian Sprackett",
  "surname before: Sprackett says", "says", channel="evidence to the committee",
  note="present tense, without 'that' at first, then ', and that ...': one record")
Q(R4, D, "I can show the committee the attachment,", "Dorian Sprackett",
  "pronoun after: he said → Sprackett, the subject of the sentence before", "said", channel="evidence to the committee")
Q(R4, D, "I would rather not show it the orchestra's filing system.", "Dorian Sprackett",
  "continuation: the quote after '..., he said.'", None, channel="evidence to the committee")
Q(R4, I, "the EMR issued an EM-4 because an EM-4 was what Tunbrook applied for", "Audra Prothero",
  "name + title before: Dr Audra Prothero, the registrar, tells the committee", "tells", channel="evidence to the committee",
  note="present tense, without 'that'")
Q(R4, D, "We do not guess what people meant to ask for,", "Audra Prothero",
  "title alone after: the registrar said → Dr Audra Prothero (the sentence before)", "said", channel="evidence to the committee")
Q(R4, I, "The certificates the orchestra actually needed, EM-11 instrument certificates, will be issued next Monday",
  "Endangered Materials Registry", "description after the clause: the registry confirmed → the EMR (named in the entry before)",
  "confirmed", note="clause first, the attribution after; the next sentence is the blog's own")
Q(R4, I, "she had asked Lomirz \"as a friend\" to keep the crates in a heated room", "Honor Blakiston",
  "title + name before: Culture Minister Honor Blakiston, who gave evidence last, said", "said", channel="evidence to the committee",
  note="reported speech without 'that'; 'Lomirz' inside is Zavrenia's government (a metonym); a partial inside")
Q(R4, D, "as a friend", "Honor Blakiston", "name before: Honor Blakiston, ..., said she had asked Lomirz", "said",
  channel="evidence to the committee", partial=True)
Q(R4, D, "Those instruments are older than either of our countries,", "Honor Blakiston",
  "title alone after: the minister said → Culture Minister Honor Blakiston (the sentence before)", "said",
  channel="evidence to the committee")
Q(R4, I, "it would pay to fly the instruments home, \"without accepting any fault\"", "Tunbrook Freight",
  "name before: In a statement, Tunbrook said", "said", channel="statement",
  note="the channel first; reported speech without 'that'; the partial ends it")
Q(R4, D, "without accepting any fault", "Tunbrook Freight", "name before: In a statement, Tunbrook said", "said", channel="statement",
  partial=True, note="the closing mark comes before the full stop")

# R5: The Amberhithe Tolbooth, 2048-10-22 (Thu; broadsheet; curly quotes and apostrophes; sayings in the present tense ("says",
# "tells", "points out"); no dateline; diacritics; one instant in three zones across the date line in its first paragraph)
Q(R5, I, "the inventory her staff sent Tunbrook Freight on 2 October listed every ivory tip and the inlay on the principal bass",
  "Dymphna Fairclough", "name + title before: Dymphna Fairclough, the orchestra’s general manager, says", "says",
  note="present tense, without 'that'")
Q(R5, I, None, "Dymphna Fairclough", "pronoun in the middle: she says → Dymphna Fairclough, the subject of the sentence before",
  "says", parts=["The ivory", "was on page four"],
  note="reported speech split by its attribution (', she says,'): one record with two parts")
Q(R5, I, "the email his clerks opened had three pages", "Dorian Sprackett",
  "name + title before: Dorian Sprackett, Tunbrook’s managing director, tells the Tolbooth", "tells",
  channel="interview with the Tolbooth", note="present tense, without 'that'")
Q(R5, D, "We filed for what we were shown,", "Dorian Sprackett",
  "pronoun after: he says → Sprackett, the subject of the sentence before", "says", channel="interview with the Tolbooth",
  note="curly marks")
Q(R5, D, "If there was a page four, it is still sitting in somebody’s outbox.", "Dorian Sprackett",
  "continuation: the quote after '..., he says.'", None, channel="interview with the Tolbooth",
  note="a curly apostrophe inside before the closing curly mark")
Q(R5, I, "the form asks, in bold type, whether the goods will ever return to Feldria", "Audra Prothero",
  "title + name before: Its registrar, Dr Audra Prothero, points out that", "points out",
  note="a two-word speech verb in the present tense")
Q(R5, D, "Somebody ticked the wrong box,", "Audra Prothero",
  "title alone after: the registrar says → Dr Audra Prothero (the sentence before)", "says")
Q(R5, D, "We read the box that is ticked.", "Audra Prothero", "continuation: the quote after '..., the registrar says.'", None)
Q(R5, I, None, "Wilmot Haddow", "pronoun in the middle: he says → Haddow, the subject of the sentence before", "says",
  parts=["Forwarders are paid to ask", "and orchestras are expected to tell"],
  note="reported speech split by its attribution (', he says,'): one record with two parts; the sentence before ('thinks both "
       "sides have a case') has no speech verb and gets no record")
Q(R5, D, "Ivory is the word nobody in this business can afford to leave on page four,", "Wilmot Haddow",
  "surname after: Haddow says", "says")
Q(R5, I, "it has nothing to apologise for", "Zavrenia",
  "capital for its government before: Łomirz says → Zavrenia's government", "says",
  note="a capital city speaks for its government (a metonym); present tense, without 'that'")
Q(R5, I, "The Zavrenian Customs Directorate stopped 63 shipments carrying undeclared ivory last year and let none of them through without a certificate",
  "Zavrenian Customs Directorate", "document of a group after the clause: according to its own figures → the directorate's figures",
  "according to", channel="figures", note="clause first, 'according to' after; the owner of the figures is named inside the clause")
Q(R5, I, "Each of the 96 players lost between $2,800 and $3,500 in fees", "Orchestral Players' Guild",
  "group after the clause: according to their guild → the Orchestral Players' Guild", "according to",
  note="clause first, 'according to' after")
Q(R5, D, "I have played that bass every day since 1994,", "Rafe Fairclough",
  "pronoun after: he says → Rafe Fairclough, the subject of the sentence before (which follows a sentence naming Halszka Żmudzka)",
  "says")
Q(R5, D, "Last week I caught myself tuning the air.", "Rafe Fairclough", "continuation: the quote after '..., he says.'", None)


# ---------------------------------------------------------------- entities
E("Feldria", "country", ["Feldria", ("Amberhithe", None, ["Amberhithe had asked", "Amberhithe has begged"])],
  metonyms=[{"alias": "Amberhithe", "metonym_of": "Feldria (its government)"}], adjectival=["Feldrian"],
  note="the orchestra's country (UTC-3): \"in Feldria\", \"Feldria runs eight and a half hours behind\" (R1), \"return to Feldria\" "
       "(R5); its capital stands for its government twice: \"Amberhithe had asked for the crates to be released\" (R2, inside "
       "Cieślik's reported speech) and \"Amberhithe has begged Lomirz\" (R3); \"Feldrian\" is a demonym")
E("Amberhithe", "city", ["Amberhithe"],
  note="Feldria's capital: \"based in Amberhithe, the Feldrian capital\", \"left Amberhithe\" (R1), \"Amberhithe airport\", "
       "\"Somebody in Amberhithe\" (R3, inside the minister's quote: a place), \"All times Amberhithe time\" (R4), \"everyone in "
       "Amberhithe\", \"in Amberhithe, where the paperwork had been filed\" (R5); the two metonym contexts are claimed by Feldria")
E("Zavrenia", "country",
  ["Zavrenia", ("Łomirz", None, ["but Łomirz could not", "Łomirz says it"]),
   ("Lomirz", None, ["begged Lomirz to", "\"Lomirz doesn't", "asked Lomirz"])],
  metonyms=[{"alias": "Łomirz", "metonym_of": "Zavrenia (its government)"},
            {"alias": "Lomirz", "metonym_of": "Zavrenia (its government)"}],
  adjectival=["Zavrenian"],
  note="the host country of the tour (UTC+5:30); its capital stands for its government four times: \"but Łomirz could not make an "
       "exception\" (R2), \"begged Lomirz to release\" and \"Lomirz doesn't do trust\" (R3, the second inside an unnamed player's "
       "quote), \"she had asked Lomirz\" (R4, inside Blakiston's reported speech), \"Łomirz says\" (R5, a speaker); \"Zavrenian\" is "
       "a demonym")
E("Lomirz", "city", ["LOMIRZ", "ŁOMIRZ", "Lomirz", "Łomirz"],
  note="Zavrenia's capital: datelines LOMIRZ (R1) and ŁOMIRZ (R2), \"Lomirz time\" (R1), four times in R4 (\"22:30 in Lomirz\", "
       "\"is in Lomirz\", \"Greer Ashdown in Lomirz\", \"flies to Lomirz\"), \"outside Łomirz\" (R5); canonical name without "
       "diacritics; the metonym contexts are claimed by Zavrenia; the \"Łomirz\"/\"Lomirz\" of the festival's name is the "
       "festival's, and \"Łomirski\" in the paper's name is no mention")
E("Debnik airport", "airport", ["Debnik airport", "Dębnik airport"],
  note="the airport outside the capital where the instruments are held: \"Debnik airport\" (R1, R4), \"Dębnik airport\" (R2, R5)")
E("Wiezowa Hall", "concert hall", ["Wiezowa Hall", "Wieżowa Hall"],
  note="the hall of the cancelled opening night: \"Wiezowa Hall\" (R1), \"Wieżowa Hall\" (R2 twice)")
E("Lomirz Autumn Festival", "festival", ["Łomirz Autumn Festival", "Lomirz Autumn Festival"],
  note="the festival the orchestra should have opened (R2, R3 without diacritics, R5); \"the festival\" (R2) is not annotated")
E("Feldrian National Orchestra", "orchestra",
  ["Feldrian National Orchestra", "FNO", ("orchestra", None, ["the orchestra confirmed"])],
  note="expansion and acronym in R1 (\"The Feldrian National Orchestra (FNO)\", \"the FNO had paid\"), the expansion in every "
       "report, \"the FNO\" (R4); \"the orchestra confirmed\" claimed (R1, where it speaks); the many other \"the orchestra\" are "
       "not annotated")
E("Zavrenian Customs Directorate", "government agency",
  ["Zavrenian Customs Directorate", "ZCD", ("Customs Directorate", [R2]), ("directorate", None, ["the directorate said"])],
  note="Zavrenia's customs: expansion and acronym in R1 (\"(ZCD)\", \"the ZCD's director-general\"), \"the Customs Directorate\" "
       "(R2), the expansion (R5, inside the clause it speaks through its figures); \"the directorate said\" claimed (R1); "
       "\"Zavrenia's customs\" (R3) and \"Customs sources\" (R2) are not annotated")
E("Endangered Materials Registry", "government agency",
  ["Endangered Materials Registry", "EMR", ("registry", None, ["the registry confirmed"])],
  note="the Feldrian body that issues ivory permits: expansion and acronym in R1, \"the EMR\" (R4, inside Prothero's clause), the "
       "expansion (R5); \"the registry confirmed\" claimed (R4); \"the registry’s inspector\" (R5) is not annotated")
E("Tunbrook Freight", "company", ["Tunbrook Freight", ("Tunbrook", [R3, R4, R5])],
  note="the Amberhithe forwarder that filed the papers: \"Tunbrook Freight\" (R1, R5), \"Tunbrook\" (R3 \"whose firm Tunbrook\", "
       "R4 three times, one a speaker through its statement, R5 \"Tunbrook’s\")")
E("Orchestral Players' Guild", "trade union",
  ["Orchestral Players' Guild", ("guild", None, ["according to their guild"])],
  note="the players' union, a speaker in R4 (\"The Orchestral Players' Guild says\") and R5 (\"according to their guild\")")
E("X", "platform", ["X"], note="\"wrote on X\" (R1), \"on X, writing\" (R3)")
E("Marrowbay Press", "news agency", ["Marrowbay Press"], note="its dateline (R1)")
E("Przeglad Lomirski", "media outlet", [("Przegląd Łomirski", [R2])],
  note="\"she told Przegląd Łomirski\" (R2); canonical name without diacritics")
E("The Daily Honk", "media outlet", [("Honk", [R3])], note="\"told the Honk\" (R3)")
E("The Amberhithe Tolbooth", "media outlet", [("Tolbooth", [R5])], note="\"tells the Tolbooth\" (R5)")
E("Dymphna Fairclough", "person",
  ["Dymphna Fairclough", ("Fairclough", None, ["Fairclough said", "met Fairclough"])],
  note="the orchestra's general manager: full name in every report; the bare \"Fairclough said\" (R2 twice, R4) and \"met "
       "Fairclough\" (R2) are hers; R3's bare \"Fairclough, whose bass ...\" is her brother's")
E("Rafe Fairclough", "person",
  ["Rafe Fairclough", ("Fairclough", None, ["Fairclough, whose bass"]), ("brother", None, ["My brother rang"])],
  note="the principal double bass, Dymphna's brother: full name in R3, R4, R5; the bare \"Fairclough, whose bass has been in his "
       "family\" (R3); \"My brother\" inside his sister's quote, the speaker of the inner quote (R4); R3's \"The 52-year-old\", "
       "\"double bass star\" and R5's \"the general manager’s brother\" are descriptions, not annotated")
E("Grazyna Wrzosek", "person", ["Grazyna Wrzosek", "Grażyna Wrzosek", "Madam Rubberstamp"],
  note="the ZCD's director-general: \"Grazyna Wrzosek\" (R1, R3), \"Grażyna Wrzosek\" (R2), the tabloid's label \"Madam "
       "Rubberstamp\" (R3 twice, once as a speaker); canonical name without diacritics")
E("Zdzislaw Cieslik", "person",
  ["Zdzislaw Cieslik", "Zdzisław Cieślik", ("the minister", None, ["the minister added"])],
  note="Zavrenia's culture minister: \"Zdzislaw Cieslik\" (R1), \"Culture Minister Zdzisław Cieślik\" and \"the minister added\" "
       "claimed (R2); canonical name without diacritics")
E("Honor Blakiston", "person",
  ["Honor Blakiston", ("The minister", None, ["The minister said"]), ("the minister", None, ["the minister said"])],
  note="Feldria's culture minister: \"Culture Minister Honor Blakiston\" (R3, R4), \"The minister said:\" (R3) and \"the minister "
       "said\" (R4) claimed")
E("Dorian Sprackett", "person", ["Dorian Sprackett", ("Sprackett", [R4])],
  note="Tunbrook Freight's managing director: full name in R1, R3, R4, R5; \"Sprackett says\" (R4)")
E("Audra Prothero", "person",
  ["Audra Prothero", ("the registrar", None, ["the registrar said", "the registrar says"])],
  note="the EMR's registrar: \"Dr Audra Prothero\" (R1, R4, R5), \"the registrar said\" (R4) and \"the registrar says\" (R5) "
       "claimed; \"Dr Audra Prothero, the registrar,\" (R4) is an apposition, not a second mention")
E("Halszka Zmudzka", "person", ["Halszka Żmudzka", ("Żmudzka", [R2])],
  note="the Łomirz Autumn Festival's director: \"Halszka Żmudzka\" (R2, R5), \"According to Żmudzka\" (R2); canonical name without "
       "diacritics")
E("Leszek Kwasny", "person", ["Leszek Kwaśny"], note="the retired music teacher outside the hall (R2); canonical name without diacritics")
E("Bryn Castellow", "person", ["Bryn Castellow", ("Castellow", [R3])], note="a second violinist (R3)")
E("Greer Ashdown", "person", ["Greer Ashdown"], note="Gorsebrook Radio's reporter in Lomirz (R4 twice)")
E("Wilmot Haddow", "person", ["Wilmot Haddow", ("Haddow", [R5])], note="a trade lawyer (R5)")

DISTINCT = [
    ("Dymphna Fairclough", "Rafe Fairclough",
     "sister and brother sharing a surname: R2's and R4's bare \"Fairclough said\" are hers; R3's \"Fairclough, whose bass has been in "
     "his family\" is his, right after a sentence naming her; R4's inner quote is his, inside hers"),
    ("Feldrian National Orchestra", "Dymphna Fairclough", "the orchestra (its statement, R1) vs its general manager"),
    ("Feldrian National Orchestra", "Orchestral Players' Guild", "the orchestra vs the players' union that wants it to carry the loss"),
    ("Tunbrook Freight", "Dorian Sprackett", "the forwarder (its statement, R4) vs its managing director"),
    ("Endangered Materials Registry", "Audra Prothero", "the registry (R1, R4) vs its registrar"),
    ("Zavrenian Customs Directorate", "Grazyna Wrzosek", "the directorate (R1, R5) vs its director-general"),
    ("Zavrenia", "Lomirz", "the government (metonyms, R2, R3, R4, R5) vs the capital city"),
    ("Feldria", "Amberhithe", "the government (metonyms, R2, R3) vs the capital city"),
    ("Feldria", "Zavrenia", "the two governments, both as capitals in one sentence (R2, R3)"),
    ("Honor Blakiston", "Zdzislaw Cieslik",
     "the two culture ministers: \"the minister added\" (R2) is Cieślik's, \"The minister said\" (R3) and \"the minister said\" (R4) "
     "Blakiston's"),
    ("Lomirz Autumn Festival", "Halszka Zmudzka", "the festival vs its director"),
    ("Lomirz Autumn Festival", "Lomirz", "the festival vs the city in its name"),
    ("Grazyna Wrzosek", "Dymphna Fairclough", "two women quoted in consecutive paragraphs of R2; \"she told\" is Wrzosek's"),
    ("Wilmot Haddow", "Dorian Sprackett", "R5: the lawyer's \"he says\" vs the forwarder's \"he says\""),
    ("Greer Ashdown", "Dymphna Fairclough", "R4: the reporter (a quote with no verb) vs the general manager"),
    ("Przeglad Lomirski", "Lomirz", "the paper vs the city in its name"),
    ("Debnik airport", "Lomirz", "the airport outside the capital vs the capital"),
]


# ---------------------------------------------------------------- times
# R1 anchor Fri 2048-10-16 (the dateline's city, Lomirz, keeps UTC+5:30: "19:30 local time (14:00 GMT)"; Amberhithe UTC-3)
T(R1, "Oct 16", "date", "2048-10-16", "dateline; abbreviated month and day, year of the publication date")
T(R1, "on Friday", "weekday", "2048-10-16", "the anchor day, a Friday (\"called off the opening concert ... on Friday\")")
T(R1, "Wednesday", "weekday", "2048-10-14", "the latest Wednesday before the anchor (\"held at Debnik airport since Wednesday\")",
  after="held at Debnik airport since ")
T(R1, "19:30 local time", "time", "2048-10-16T19:30:00+05:30",
  "\"local time\" of the dateline's city (Lomirz, UTC+5:30, a half-hour offset fixed by \"(14:00 GMT)\" after it); the anchor day")
T(R1, "14:00 GMT", "time", "2048-10-16T14:00:00+00:00", "the same instant as 19:30 local time, written in GMT")
T(R1, "early on Wednesday", "weekday", "2048-10-14", "the latest Wednesday before the anchor (\"arrived ... early on Wednesday\")")
T(R1, "on Thursday", "weekday", "2048-10-15", "the latest Thursday before the anchor (\"told reporters at the airport on Thursday\")")
T(R1, "five months", "duration", "P5M", "duration in words (\"rehearsed the programme for five months\")")
T(R1, "Oct 9", "date", "2048-10-09", "abbreviated month and day without a year, past (\"approved the application on Oct 9\")")
T(R1, "late Thursday", "weekday", "2048-10-15",
  "the latest Thursday before the anchor (\"wrote on X late Thursday\"), without 'on'; Amberhithe's Thursday")
T(R1, "on Monday night", "weekday", "2048-10-12", "the latest Monday before the anchor (\"left Amberhithe on Monday night\")")
T(R1, "eight and a half hours", "duration", "PT8H30M", "duration in words (\"Feldria runs eight and a half hours behind Zavrenia\")")
T(R1, "06:10", "time", "2048-10-14T06:10:00+05:30",
  "\"landed at 06:10 on Wednesday, Lomirz time\": the zone is named after the weekday (UTC+5:30); Wednesday")
T(R1, "on Wednesday", "weekday", "2048-10-14", "the latest Wednesday before the anchor (\"landed at 06:10 on Wednesday\")",
  after="06:10 ")
T(R1, "since 2041", "date", "2041-01-01/2041-12-31", "a year (\"the orchestra's first abroad since 2041\")", granularity="year")
T(R1, "12 days", "duration", "P12D", "duration (\"nine concerts ... over 12 days\")")

# R2 anchor Sun 2048-10-18 (the paper's city, Łomirz, UTC+5:30)
T(R2, "18.10.2048", "date", "2048-10-18", "dateline as a numeric date, day.month.year: the anchor day")
T(R2, "yesterday", "relative", "2048-10-17", "the day before the anchor (\"abandoned its tour of Zavrenia yesterday\")")
T(R2, "three days", "duration", "P3D", "duration in words (\"three days after customs officers ... held back its instruments\")")
T(R2, "a quarter past nine", "time", "2048-10-17T09:15:00+05:30",
  "a clock time in words, \"in the morning\" after it; the paper's city's time (UTC+5:30) on the day of the announcement, yesterday")
T(R2, "on Friday", "weekday", "2048-10-16", "the latest Friday before the anchor (\"should have opened the Łomirz Autumn Festival on Friday\")")
T(R2, "an hour", "duration", "PT1H", "duration (\"met Fairclough for an hour\")")
T(R2, "on Saturday afternoon", "weekday", "2048-10-17", "the latest Saturday before the anchor")
T(R2, "on Monday", "weekday", "2048-10-19", "future (\"refunds would begin on Monday\"): the Monday after the anchor")
T(R2, "late Friday", "weekday", "2048-10-16", "the latest Friday before the anchor (\"still selling seats late Friday\"), without 'on'")
T(R2, "this afternoon", "relative", "2048-10-18", "the anchor day (\"fly home this afternoon\")")
T(R2, "next year", "relative", "2049-01-01/2049-12-31", "the year after the anchor's (\"new dates next year\")", granularity="year")
T(R2, "Friday", "weekday", "2048-10-16", "\"Friday's concert\": the latest Friday before the anchor", after="four tickets for ")
T(R2, "on Saturday", "weekday", "2048-10-17", "the latest Saturday before the anchor (\"gathered outside the hall on Saturday\")",
  after="outside the hall ")
T(R2, "30 years", "duration", "P30Y", "duration (inside Kwaśny's quote \"I have waited 30 years\")")

# R3 anchor Mon 2048-10-19 (Feldrian tabloid; no zone written but "our time", Feldria's, UTC-3)
T(R3, "2am our time", "time", "2048-10-19T02:00:00-03:00",
  "\"crept home at 2am our time today\": the paper's own country's time (Feldria, UTC-3); the anchor day")
T(R3, "today", "relative", "2048-10-19", "the anchor day (\"at 2am our time today\")")
T(R3, "Wednesday", "weekday", "2048-10-14", "the latest Wednesday before the anchor (\"locked up since Wednesday\")")
T(R3, "on Monday night", "weekday", "2048-10-12", "past (\"he last saw the bass on Monday night\", from a Monday paper): the "
  "Monday of the week before, when the freighter left, not the anchor's own night")
T(R3, "9.40pm", "time", "2048-10-17T21:40:00-03:00",
  "\"went on late-night radio at 9.40pm on Saturday\": a 12-hour clock with a dot; Feldrian time (UTC-3, the paper's and the "
  "radio's); Saturday")
T(R3, "on Saturday", "weekday", "2048-10-17", "the latest Saturday before the anchor (\"at 9.40pm on Saturday\")")
T(R3, "last night", "relative", "2048-10-18", "the night before the anchor day (\"last night ordered an inquiry\")")
T(R3, "on Friday", "weekday", "2048-10-16", "the latest Friday before the anchor (\"had been due to open ... on Friday\")")
T(R3, "four days", "duration", "P4D", "duration in words (\"spent four days sightseeing\")")
T(R3, "12 days", "duration", "P12D", "duration (\"was meant to run for 12 days\")")
T(R3, "on Thursday", "weekday", "2048-10-22", "future (\"Bosses meet the insurers on Thursday\"): the Thursday after the anchor")

# R4 anchor Tue 2048-10-20; the blog's second header line says "All times Amberhithe time (GMT-3)"
T(R4, "Tuesday 20 October", "date", "2048-10-20", "weekday, day and month without a year in the blog's header: the anchor day")
for stamp in ("12:30", "13:05", "13:40", "14:06", "14:20", "14:35", "15:10", "15:45", "16:20", "16:55", "17:30"):
    T(R4, stamp, "time", f"2048-10-20T{stamp}:00-03:00",
      "a live-blog entry stamp (24-hour clock) on a line of its own, no zone of its own; the header says \"All times Amberhithe time "
      "(GMT-3)\"; the anchor day", after="(GMT-3)")
T(R4, "14:00", "time", "2048-10-20T14:00:00-03:00", "\"sits at 14:00 here\": the blog's zone (GMT-3 by its header); the anchor day")
T(R4, "17:00 GMT", "time", "2048-10-20T17:00:00+00:00", "the same instant in GMT")
T(R4, "22:30", "time", "2048-10-20T22:30:00+05:30",
  "\"22:30 in Lomirz\": the same instant in Zavrenia's time (UTC+5:30) — one instant in three zones")
T(R4, "22:10", "time", "2048-10-20T22:10:00+05:30",
  "\"Greer Ashdown in Lomirz, where it is 22:10\": Zavrenia's time (UTC+5:30); the same instant as the entry's stamp 13:40")
T(R4, "2 October", "date", "2048-10-02", "day and month without a year, past (\"emailed Tunbrook a complete inventory on 2 October\")")
T(R4, "last Wednesday", "weekday", "2048-10-14",
  "inside Fairclough's quote, from a Tuesday blog: the Wednesday of the week before the anchor's (the day the crates were held)")
T(R4, "next Monday", "weekday", "2048-10-26", "the Monday of the week after the anchor's (\"will be issued next Monday\")")
T(R4, "on Thursday", "weekday", "2048-10-22", "future (\"An inspector flies to Lomirz on Thursday\"): the Thursday after the anchor")
T(R4, "30 November", "date", "2048-11-30", "day and month without a year, future (\"by 30 November\"): the anchor's year")
T(R4, "today", "relative", "2048-10-20", "the anchor day (\"That's all from us today\")")

# R5 anchor Thu 2048-10-22 (no dateline; clocks in named places: Łomirz UTC+5:30, GMT, Amberhithe UTC-3, across the date line)
T(R5, "06:10", "time", "2048-10-14T06:10:00+05:30",
  "\"At 06:10 on 14 October, a chartered freighter ... touched down at Dębnik airport outside Łomirz\": the airport's time "
  "(UTC+5:30; no zone written, the place fixes it and the GMT after it confirms); the same instant as 00:40 GMT and 21:40 "
  "the evening before in Amberhithe")
T(R5, "14 October", "date", "2048-10-14", "day and month without a year (\"At 06:10 on 14 October\")")
T(R5, "00:40 GMT", "time", "2048-10-14T00:40:00+00:00", "the same instant in GMT")
T(R5, "earlier this month", "relative", "2048-10-01/2048-10-21",
  "the anchor's month up to the day before the anchor (\"the paperwork had been filed earlier this month\")")
T(R5, "21:40", "time", "2048-10-13T21:40:00-03:00",
  "\"in Amberhithe ... it was still 21:40 on Tuesday\": Feldria's time (UTC-3), the day before — one instant in three zones, "
  "across the date line")
T(R5, "on Tuesday night", "weekday", "2048-10-13", "\"still 21:40 on Tuesday night\": the Amberhithe day, the day before the 14th")
T(R5, "five hours", "duration", "PT5H", "duration in words (\"Within five hours\")")
T(R5, "Saturday", "weekday", "2048-10-17", "\"by Saturday a 12-day tour was over\": the Saturday after the 14th, before the anchor",
  after="and by ")
T(R5, "12-day", "duration", "P12D", "duration as a hyphenated adjective (\"a 12-day tour\")")
T(R5, "2 October", "date", "2048-10-02", "day and month without a year, past (\"sent Tunbrook Freight on 2 October\")")
T(R5, "Friday 9 October", "date", "2048-10-09", "weekday, day and month without a year, past")
T(R5, "20 years", "duration", "P20Y", "duration (\"has advised touring ensembles for 20 years\")")
T(R5, "last year", "relative", "2047-01-01/2047-12-31", "the year before the anchor's (\"stopped 63 shipments ... last year\")",
  granularity="year")
T(R5, "this weekend", "relative", "2048-10-24/2048-10-25", "the weekend after the anchor, a Thursday (\"passes the 41 bows this weekend\")")
T(R5, "on Monday", "weekday", "2048-10-26", "future (\"the new certificates will be issued on Monday\"): the Monday after the anchor")
T(R5, "in March", "date", "2049-03-01/2049-03-31",
  "a month without a year, future (\"offered the orchestra three dates in March\"): the next March, so the year after the anchor's",
  granularity="month")
T(R5, "since 1994", "date", "1994-01-01/1994-12-31", "a year (inside Rafe Fairclough's quote)", granularity="year")
T(R5, "Last week", "relative", "2048-10-12/2048-10-18",
  "the Monday–Sunday week before the anchor's (inside Rafe Fairclough's quote)")


# ---------------------------------------------------------------- numbers
N(R1, "1,900 seats", 1900, "seat", "count")
N(R1, "11 crates", 11, "crate", "count")
N(R1, "187 instruments", 187, "instrument", "count")
N(R1, "41 bows", 41, "bow", "count")
N(R1, "five months", 5, "month", "duration", note="word number")
N(R1, "eight and a half hours", 8.5, "hour", "duration", note="a word number with a fraction (\"eight and a half\")")
N(R1, "nine concerts", 9, "concert", "count", note="word number")
N(R1, "five Zavrenian cities", 5, "city", "count", note="word number, a demonym between")
N(R1, "12 days", 12, "day", "duration")

N(R2, "three days", 3, "day", "duration", note="word number")
N(R2, "about 14,000 tickets", 14000, "ticket", "count", approx="about")
N(R2, "nine concerts", 9, "concert", "count", note="word number")
N(R2, "more than $600,000", 600000, "usd", "money", approx="more_than")
N(R2, "one orchestra", 1, "orchestra", "count", note="word number (\"an exception for one orchestra\")")
N(R2, "11 crates", 11, "crate", "count")
N(R2, "104 members", 104, "member", "count")
N(R2, "four tickets", 4, "ticket", "count", note="word number")
N(R2, "more than 300 people", 300, "person", "count", approx="more_than")
N(R2, "30 years", 30, "year", "duration", note="inside Kwaśny's quote")
N(R2, "71", 71, "year", "age", note="an age inside a quote (\"I am 71\")")

N(R3, "104 members", 104, "member", "count")
N(R3, "187 instruments", 187, "instrument", "count")
N(R3, "52", 52, "year", "age", after="Rafe Fairclough, ", note="an age (\"Rafe Fairclough, 52,\")")
N(R3, "230-year-old", 230, "year", "age", note="an age as a hyphenated adjective (of the instrument)")
N(R3, "four generations", 4, "generation", "count", note="word number")
N(R3, "52-year-old", 52, "year", "age", note="an age as a hyphenated adjective, used as a noun (\"The 52-year-old said\")")
N(R3, "1,900 fans", 1900, "fan", "count")
N(R3, "four days", 4, "day", "duration", note="word number")
N(R3, "40 empty music stands", 40, "music stand", "count", note="an adjective between number and noun")
N(R3, "at least $4.2 million", 4200000, "usd", "money", approx="at_least", note="a decimal and 'million'")
N(R3, "12 days", 12, "day", "duration")
N(R3, "30 percent", 30, "percent", "percent", note="\"only 30 percent\": \"only\" is no approximation")

N(R4, "at least $310,000", 310000, "usd", "money", approx="at_least")
N(R4, "Two customs officers", 2, "officer", "count", note="word number at the start of a sentence inside a quote, a noun modifier between")
N(R4, "three pages", 3, "page", "count", note="word number")
N(R4, "41 bows", 41, "bow", "count")

N(R5, "five hours", 5, "hour", "duration", note="word number")
N(R5, "11 crates", 11, "crate", "count")
N(R5, "12-day", 12, "day", "duration", note="a duration as a hyphenated adjective (\"a 12-day tour\")")
N(R5, "three pages", 3, "page", "count", note="word number")
N(R5, "20 years", 20, "year", "duration")
N(R5, "63 shipments", 63, "shipment", "count")
N(R5, "$4.2 million", 4200000, "usd", "money", note="a decimal and 'million'")
N(R5, "about 30 percent", 30, "percent", "percent", approx="about")
N(R5, "96 players", 96, "player", "count")
N(R5, "between $2,800 and $3,500", 2800, "usd", "money", low=2800, high=3500,
  note="a range written with between ... and, a dollar sign on both ends")
N(R5, "41 bows", 41, "bow", "count")
N(R5, "three dates", 3, "date", "count", note="word number")

ABOUT = ("Gold for the read stage on the invented held-out reports of demo/read-heldout31/reports.jsonl, "
         "written and committed before any reader ran on them. `file` is the report's `id`; `start`/`end` "
         "are BYTE offsets into the UTF-8 encoding of the report's `text` field; text[start:end] begins "
         "with `span`. Same format as demo/read-heldout27/gold.json. Generated by build_gold.py. See README.md here.")


G.write(ABOUT, DISTINCT, detailed=True)
