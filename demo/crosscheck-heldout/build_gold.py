#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and the annotations below.

Run from anywhere: `python3 demo/crosscheck-heldout/build_gold.py`. Offsets are computed here from
the spans (UTF-8 byte offsets into each report's `text`); each span must occur exactly once after
its optional `after` anchor (the first occurrence is taken) and be at most 12 words.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from goldtools import (conflict, corr, excl, load_reports, nonc, qv,  # noqa: E402
                       span_source, write_crosscheck_gold)

ROWS, REPORTS, TEXT = load_reports(HERE)
S = span_source(TEXT)


# short names of the reports
W1 = "tna-2026-10-09-kharn-rescue"
LED = "riversideledger-2026-10-09-miners-freed"
DH1 = "dunmereherald-2026-10-10-remmel-pithead"
VV1 = "velgradvoice-2026-10-10-orsk-miners"
SC1 = "sorrentzchronicle-2026-10-10-brecht"
HBD = "halvbusiness-2026-10-09-hsmc-output"
W2 = "tna-2026-10-14-inquiry"
CEP = "coastalpost-2026-10-15-blast"
DH2 = "dunmereherald-2026-10-15-oberlin"
VV2 = "velgradvoice-2026-10-14-dravic"
SC2 = "sorrentzchronicle-2026-10-15-lorentz"
RR = "ridgelinereview-2026-10-16-analysis"
for i in (W1, LED, DH1, VV1, SC1, HBD, W2, CEP, DH2, VV2, SC2, RR):
    assert i in REPORTS, i


CONFLICTS = [
    conflict("C1", "E1", "date", "When the last miner was brought out", [
        ("2026-10-09", [S(W1, "to the surface of the Kharn Ridge copper mine on Friday"),
                        S(DH1, "were all above ground by Friday morning"),
                        S(SC1, "The miners were lifted out one at a time on Friday.")]),
        ("2026-10-08", [S(VV1, "the last of the men reached the surface on Thursday")]),
    ], "TNA, the Herald and the Chronicle: Friday 9 October; the Voice (published Saturday 10th): Thursday."),
    conflict("C2", "E1", "date", "When the tunnel collapsed", [
        ("2026-10-06", [S(W1, "collapsed at 0040 GMT early on Tuesday"),
                        S(DH1, "gave way at 3:40 a.m. local time on Tuesday"),
                        S(VV1, "The collapse began on the ninth level early on Tuesday"),
                        S(SC1, "the tunnel roof collapsed on October 6")]),
        ("2026-10-07", [S(HBD, "The tunnel collapsed on Wednesday")]),
    ], "Four outlets: Tuesday 6 October; the Business Daily (published Friday 9th): Wednesday."),
    conflict("C3", "E2", "date", "When the chief executive Matthias Oberlin resigned", [
        ("2026-10-13", [S(W2, "Matthias Oberlin, resigned on Tuesday"),
                        S(DH2, "Matthias Oberlin, resigned on Tuesday")]),
        ("2026-10-12", [S(VV2, "Matthias Oberlin, resigned on Monday")]),
    ], "TNA and the Herald: Tuesday 13 October (a day before the findings); the Voice: Monday."),
    conflict("C4", "E1", "count", "How many miners were trapped", [
        ("23", [S(W1, "the last of 23 trapped miners"),
                S(VV1, "All 23 miners trapped by Tuesday's collapse"),
                S(SC1, "the team that reached 23 miners trapped"),
                S(HBD, "the last of 23 trapped miners to the surface")]),
        ("21", [S(DH1, "The 21 men trapped at the Kharn Ridge copper mine")]),
    ], "23 in four independent outlets, 21 in the Herald."),
    conflict("C5", "E2", "count", "How many safety violations the inquiry found", [
        ("7", [S(W2, "investigators had found seven safety violations at the mine"),
               S(DH2, "had broken safety rules seven times"),
               S(SC2, "investigators had found seven violations of safety rules")]),
        ("9", [S(VV2, "listing nine safety violations by the Halvecian operator")]),
    ], "Seven in TNA, the Herald and the Chronicle; nine in the Voice."),
    conflict("C6", "E2", "count", "The fine on the mining company", [
        ("4.2 million florins", [S(W2, "would be fined 4.2 million florins"),
                                 S(DH2, "The HSMC will be fined 4.2 million florins"),
                                 S(VV2, "The operator will pay a fine of 4.2 million florins")]),
        ("2.4 million florins", [S(SC2, "will pay a fine of 2.4 million florins")]),
    ], "4.2 million florins in three outlets; 2.4 million in the Chronicle (digits swapped)."),
    conflict("C7", "E1", "place", "Where the injured miners were taken", [
        ("Kovach", [S(W1, "Nine were taken by ambulance to the regional hospital in Kovach"),
                    S(VV1, "speaking to the Voice by telephone from his hospital bed in Kovach"),
                    S(DH1, "Kovach, where the injured men are being treated")]),
        ("Dunmere", [S(SC1, "Nine of the miners were flown to a hospital in Dunmere")]),
    ], "Kovach's regional hospital in TNA, the Voice and the Herald; a hospital in the capital Dunmere in the Chronicle."),
    conflict("C8", "E2", "place", "Where the mine-safety training centre will be built", [
        ("Zherov", [S(W2, "A national mine-safety training centre will be built in Zherov"),
                    S(DH2, "a national training centre for mine safety will open in Zherov")]),
        ("Kovach", [S(RR, "a training centre for mine safety promised in Kovach")]),
    ], "Zherov in TNA and the Herald; Kovach in the Review's analysis."),
    conflict("C9", "E1", "duration", "How long the miners were trapped", [
        ("PT80H", [S(W1, "nearly 80 hours after the roof came down"),
                   S(DH1, "The men spent almost 80 hours in a pocket of rock")]),
        ("PT56H", [S(SC1, "The men spent 56 hours trapped")]),
    ], "Nearly 80 hours (Tue 03:40 to Fri 11:15 local) in TNA and the Herald; 56 hours in the Chronicle."),
    conflict("C10", "E2", "duration", "How long the mine stays closed", [
        ("P90D", [S(W2, "the mine would stay closed for 90 days"),
                  S(DH2, "the mine faces a 90-day closure"),
                  S(VV2, "the mine will stay shut for 90 days")]),
        ("P60D", [S(SC2, "the mine will remain closed for 60 days")]),
    ], "90 days in TNA, the Herald and the Voice; 60 days in the Chronicle."),
    conflict("C11", "E1", "speaker", "Who said 'Not one of them was left behind'", [
        ("Renata Marhold", [S(W1, "\"Not one of them was left behind,\" rescue chief Renata Marhold"),
                            S(LED, "\"Not one of them was left behind,\" rescue chief Renata Marhold")]),
        ("Oskar Remmel", [S(DH1, "\"Not one of them was left behind,\" Mr Remmel said")]),
    ], "The same words from the rescue chief in the TNA wire (and its copy), from the Prime Minister in the Herald."),
    conflict("C12", "E2", "speaker", "Who said 'The mountain did not fail; people did'", [
        ("Runa Lorentz", [S(W2, "\"The mountain did not fail; people did.\"")]),
        ("Yelena Dravic", [S(VV2, "\"The mountain did not fail; people did,\" Ms Dravić said afterwards.")]),
    ], "TNA gives the words to the commission chair Lorentz (second sentence of her quote), the Voice to the Orsk Labour Minister."),
    conflict("C13", "E1", "actor", "Who drilled the rescue shaft", [
        ("Pellandrian team (Lucan Brecht)", [
            S(W1, "The escape shaft was drilled by a Pellandrian team"),
            S(SC1, "drilled the escape shaft with a rig flown in"),
            S(VV1, "a drilling team from Pellandria, whose rig bored the shaft")]),
        ("Halvecian army 4th Engineer Brigade", [
            S(DH1, "who drilled the rescue shaft in under two days")]),
    ], "The Pellandrian crew drilled the shaft in TNA, the Chronicle and the Voice; the Herald credits the army's engineers and has the Pellandrians standing by."),
    conflict("C14", "E2", "actor", "Who presented the inquiry's preliminary report", [
        ("Runa Lorentz", [S(W2, "Presenting the preliminary report in Dunmere at 07:00 GMT"),
                          S(SC2, "presented its preliminary findings in Dunmere on October 14")]),
        ("Ottilie Kessling", [S(DH2, "Mines Minister Ottilie Kessling presented the inquiry's preliminary report")]),
    ], "The commission chair presented in TNA and the Chronicle; the Mines Minister in the Herald."),
]

NONCONFLICTS = [
    nonc("N1", "alias", "E1", ["E1"], "The mine's operator", [
        S(W1, "The mine is run by the Halvecian State Mining Corporation", "Halvecian State Mining Corporation"),
        S(DH1, "one of the HSMC's flagship pits", "HSMC")],
         "HSMC is the initials of the Halvecian State Mining Corporation"),
    nonc("N2", "alias", "E1", ["E1"], "Where the mine is", [
        S(W1, "ZHEROV, Halvecia", "Zherov"),
        S(VV1, "the Kharn Ridge mine in Žerov", "Žerov")],
         "Žerov is the Orsk spelling (with a diacritic) of Zherov"),
    nonc("N3", "alias", "E2", ["E2"], "Who welcomed the compensation for the Orsk side", [
        S(W2, "Orsk Labour Minister Yelena Dravic", "Yelena Dravic"),
        S(VV2, "Labour Minister Jelena Dravić", "Jelena Dravić")],
         "two transliterations of one name"),
    nonc("N4", "alias", "E1", ["E1"], "Who sent a medical team to Kovach", [
        S(VV1, "Velgrad sent a medical team to Kovach on Wednesday", "Velgrad"),
        S(DH1, "The Orsk government also sent a medical team to Kovach", "Orsk government")],
         "Velgrad, the capital, stands for the Orsk government"),
    nonc("N5", "timezone", "E1", ["E1"], "Time of the collapse", [
        S(W1, "collapsed at 0040 GMT early on Tuesday", "2026-10-06T00:40Z"),
        S(DH1, "gave way at 3:40 a.m. local time on Tuesday", "2026-10-06T03:40+03:00")],
         "Halvecian local time is UTC+3: the same instant"),
    nonc("N6", "timezone", "E2", ["E2"], "Time the findings were presented", [
        S(W2, "Presenting the preliminary report in Dunmere at 07:00 GMT", "2026-10-14T07:00Z"),
        S(DH2, "The presentation began at 10 a.m. Dunmere time (UTC+3)", "2026-10-14T10:00+03:00")],
         "the same instant in two zones"),
    nonc("N7", "unit_form", "E1", ["E1"], "Length of the rescue operation", [
        S(W1, "ending a four-day rescue operation", "P4D"),
        S(VV1, "The men were freed after four days of digging", "P4D")],
         "'four-day' and 'four days' are one duration"),
    nonc("N8", "unit_form", "E2", ["E2"], "Length of the closure", [
        S(W2, "the mine would stay closed for 90 days", "P90D"),
        S(DH2, "the mine faces a 90-day closure", "P90D")],
         "'90-day' and '90 days' are one duration"),
    nonc("N9", "weekday_date", "E1", ["E1"], "Day of the collapse", [
        S(W1, "collapsed at 0040 GMT early on Tuesday", "2026-10-06"),
        S(SC1, "the tunnel roof collapsed on October 6", "2026-10-06")],
         "Tuesday before 9 October 2026 is 6 October"),
    nonc("N10", "weekday_date", "E2", ["E2"], "Day the findings were presented", [
        S(W2, "a joint Halvecian-Orsk inquiry found on Wednesday", "2026-10-14"),
        S(VV2, "the joint inquiry into the Kharn Ridge collapse said on October 14", "2026-10-14")],
         "Wednesday of the week of publication is 14 October"),
    nonc("N11", "level_vs_change", "E2", ["E2"], "The danger allowance", [
        S(W2, "will be raised to 30 percent of base pay", "to 30 percent"),
        S(DH2, "will rise by ten percentage points", "by 10 points")],
         "a level (to 30 %) and a change (by 10 points, from 20 %)"),
    nonc("N12", "level_vs_change", "E1", ["E1"], "The copper price", [
        S(W1, "Copper prices rose to $9,410 a tonne in London", "to $9,410"),
        S(HBD, "Copper rose 3.1 percent in London this week", "by 3.1 percent")],
         "a price level and a percentage change"),
    nonc("N13", "different_measure", "E1", ["E1"], "Miners trapped vs miners in hospital", [
        S(VV1, "All 23 miners trapped by Tuesday's collapse", "23 trapped"),
        S(W1, "Nine were taken by ambulance to the regional hospital in Kovach", "9 in hospital")],
         "everyone trapped vs those taken to hospital"),
    nonc("N14", "different_measure", "E2", ["E2"], "Compensation per miner vs in total", [
        S(W2, "Each of the 23 miners will receive 50,000 florins in compensation", "50,000 florins each"),
        S(VV2, "Halvecia will pay 1.15 million florins in compensation", "1.15 million florins total")],
         "per person vs total (23 x 50,000 = 1.15 million)"),
    nonc("N15", "rounded", "E1", ["E1"], "How many rescuers worked at the site", [
        S(W1, "About 300 rescuers worked in shifts at the site", "about 300"),
        S(DH1, "In all, 312 rescuers, soldiers and medics worked at the site", "312")],
         "a round figure and the exact count"),
    nonc("N16", "at_least", "E1", ["E1"], "How many of the trapped men are Orsk", [
        S(W1, "Fourteen of the trapped men are Orsk nationals", "14"),
        S(SC1, "at least 12 of them Orsk nationals", "at least 12")],
         "14 is at least 12"),
    nonc("N17", "venue", "E2", ["E2"], "Where the findings were presented", [
        S(W2, "Presenting the preliminary report in Dunmere at 07:00 GMT", "Dunmere"),
        S(DH2, "telling a packed Granary Hall", "Granary Hall")],
         "the Granary Hall is the venue inside Dunmere (the Herald's dateline)"),
    nonc("N18", "different_event", "E2", ["E2"], "Dates inside the inquiry story", [
        S(RR, "When the roof fell at Kharn Ridge on October 6", "2026-10-06 (collapse, E1)"),
        S(RR, "The findings, presented on Wednesday", "2026-10-14")],
         "the analysis recalls the collapse of the first event; the findings are E2"),
    nonc("N19", "different_event", "E1", ["E1"], "The inquiry's report date mentioned in the rescue story", [
        S(W1, "due to report next Wednesday", "2026-10-14 (E2)"),
        S(W1, "to the surface of the Kharn Ridge copper mine on Friday", "2026-10-09")],
         "E1's wire announces when the inquiry (E2) will report"),
    nonc("N20", "different_event", None, ["E1", "E2"], "Where Marhold and Lorentz spoke", [
        S(SC1, "told a briefing at the pithead in Zherov", "Zherov"),
        S(SC2, "Lorentz told a news conference in Dunmere", "Dunmere")],
         "two different briefings, one in each event"),
    nonc("N21", "different_event", None, ["E1", "E2"], "Length of the rescue vs length of the closure", [
        S(VV1, "The men were freed after four days of digging", "P4D"),
        S(VV2, "the mine will stay shut for 90 days", "P90D")],
         "different facts of different events"),
]


CORROBORATED = [
    corr("K1", "E1", "count", "23 miners were trapped", "23", CONFLICTS[3]["sides"][0]["sources"]),
    corr("K2", "E1", "date", "The last miner was brought out on Friday", "2026-10-09",
         CONFLICTS[0]["sides"][0]["sources"]),
    corr("K3", "E1", "date", "The tunnel collapsed on Tuesday 6 October", "2026-10-06",
         CONFLICTS[1]["sides"][0]["sources"]),
    corr("K4", "E1", "place", "The injured were treated in Kovach", "Kovach",
         CONFLICTS[6]["sides"][0]["sources"]),
    corr("K5", "E1", "actor", "A Pellandrian team drilled the escape shaft", "Pellandrian team",
         CONFLICTS[12]["sides"][0]["sources"]),
    corr("K6", "E1", "count", "14 of the trapped men are Orsk", "14", [
        S(W1, "Fourteen of the trapped men are Orsk nationals"),
        S(VV1, "among them 14 of our compatriots")]),
    corr("K7", "E2", "count", "The inquiry found seven safety violations", "7",
         CONFLICTS[4]["sides"][0]["sources"]),
    corr("K8", "E2", "count", "The company is fined 4.2 million florins", "4.2 million florins",
         CONFLICTS[5]["sides"][0]["sources"]),
    corr("K9", "E2", "duration", "The mine closes for 90 days", "P90D", CONFLICTS[9]["sides"][0]["sources"]),
    corr("K10", "E2", "date", "Oberlin resigned on Tuesday", "2026-10-13", CONFLICTS[2]["sides"][0]["sources"]),
    corr("K11", "E2", "date", "The findings were presented on Wednesday 14 October", "2026-10-14", [
        S(W2, "a joint Halvecian-Orsk inquiry found on Wednesday"),
        S(VV2, "the joint inquiry into the Kharn Ridge collapse said on October 14"),
        S(SC2, "presented its preliminary findings in Dunmere on October 14"),
        S(DH2, "report on the Kharn Ridge collapse on Wednesday")]),
    corr("K12", "E2", "count", "Each miner receives 50,000 florins", "50,000 florins", [
        S(W2, "Each of the 23 miners will receive 50,000 florins in compensation"),
        S(SC2, "announced compensation of 50,000 florins for each of the 23 trapped miners"),
        S(RR, "The compensation, 50,000 florins for each of the trapped men")]),
    corr("K13", "E2", "count", "The danger allowance goes to 30 percent", "30 percent", [
        S(W2, "will be raised to 30 percent of base pay"),
        S(RR, "the danger allowance raised to 30 percent of base pay")]),
    corr("K14", "E2", "count", "The commission interviewed 61 witnesses", "61", [
        S(W2, "interviewed 61 witnesses"),
        S(SC2, "the commission had interviewed 61 witnesses in five days")]),
]


EXCLUSIVE = [
    excl("X1", "E1", "Ventilation to the lower levels was restored on Wednesday night", [
        S(W1, "Ventilation to the lower levels was restored on Wednesday night"),
        S(LED, "Ventilation to the lower levels was restored on Wednesday night")],
         "in the TNA wire and its copy only: one independent source, NOT corroborated"),
    excl("X2", "E2", "HSMC shares were suspended on the Dunmere exchange", [
        S(W2, "Shares in HSMC were suspended on the Dunmere exchange"),
        S(CEP, "Shares in HSMC were suspended on the Dunmere exchange")],
         "in the TNA wire and the Post ('With TNA inputs') only: NOT corroborated"),
    excl("X3", "E1", "Families kept a vigil in Velgrad's Republic Square", [
        S(VV1, "kept a candlelit vigil in Velgrad's Republic Square")]),
    excl("X4", "E1", "HSMC expects to lose about 6,000 tonnes of output", [
        S(HBD, "expects to lose about 6,000 tonnes of copper output this quarter")]),
    excl("X5", "E1", "The Pellandrian rig was lent free of charge", [
        S(SC1, "lent the rig free of charge")]),
    excl("X6", "E2", "The mine was inspected only twice in five years", [
        S(RR, "the mine was inspected only twice in five years")]),
    excl("X7", "E2", "Pellandria offered to train Halvecian inspectors", [
        S(SC2, "Pellandria has offered to train Halvecian mine inspectors")]),
    excl("X8", "E2", "The Dolmeny miners' association advises members not to return", [
        S(VV2, "it would advise members not to return")]),
    excl("X9", "E2", "The inspectorate gets 40 new posts", [
        S(DH2, "the inspectorate would be given 40 new posts next year")]),
]


QUOTES = [
    qv("Q1", "E1", "Bogdan Teslic", "They heard the drill for two days before seeing light", [
        S(W1, "We could hear the drill for two days before we saw", mode="direct"),
        S(VV1, "For two days we heard the drill, and then we saw light,", mode="direct")],
       "direct vs direct, reordered"),
    qv("Q2", "E1", "Renata Marhold", "All 23 are alive; the only number she cares about", [
        S(W1, "and that is the only number I care about", mode="direct"),
        S(SC1, "that this was the only number she cared about", mode="indirect")],
       "direct vs reported speech"),
    qv("Q3", "E2", "Runa Lorentz", "The collapse was foreseeable and foreseen", [
        S(W2, "\"This collapse was foreseeable, and it was foreseen,\" Lorentz said.", mode="direct"),
        S(SC2, "It was foreseeable, and it was foreseen.", mode="direct")],
       "'This collapse was' vs 'It was'"),
    qv("Q4", "E2", "Yelena Dravic", "No money gives back those four days", [
        S(W2, "No amount of money gives back those four days,", mode="direct"),
        S(VV2, "no sum of money could give the men back those four days", mode="indirect")],
       "direct vs reported speech, 'amount' vs 'sum'"),
    qv("Q5", "E2", "Matthias Oberlin", "It happened on his watch; he will not hide behind the geology", [
        S(DH2, "I accept that this happened on my watch", mode="direct"),
        S(RR, "the collapse had happened on his watch", mode="indirect")],
       "direct (statement) vs reported in the analysis"),
]

E1 = [W1, LED, DH1, VV1, SC1, HBD]
E2 = [W2, CEP, DH2, VV2, SC2, RR]
gold = {
    "about": "Held-out gold for the cross-check stage on the invented corpus demo/crosscheck-heldout/reports.jsonl, written before the checker was run on it and without reading the checker. Same shape as demo/crosscheck/gold.json; offsets are UTF-8 byte offsets into the report's `text`, and text[start:end] == span. See README.md.",
    "version": 1,
    "events_why": "The Kharn Ridge copper mine in Zherov, Halvecia: E1 (Tue 6 - Fri 9 Oct 2026: collapse at 00:40 GMT, 23 miners trapped, freed on Friday after a four-day rescue) and E2 (Wed 14 Oct 2026: the joint inquiry's preliminary findings in Dunmere; the chief executive resigned the day before). Facts are compared only inside one event; E1's wire names the inquiry's report day and E2's analysis recalls the collapse date: background about the other event, never compared.",
    "events": [
        {"id": "E1", "label": "collapse and rescue at Kharn Ridge, 6-9 October 2026", "articles": E1},
        {"id": "E2", "label": "inquiry findings presented in Dunmere, 14 October 2026", "articles": E2},
    ],
    "independence_groups": [
        {"id": "TNA-E1", "articles": [W1, LED], "why": "the Riverside Ledger runs the TNA wire (trimmed, credit line)"},
        {"id": "TNA-E2", "articles": [W2, CEP], "why": "the Coastal Evening Post is rewritten 'With TNA inputs'"},
    ] + [{"id": i, "articles": [i]} for i in (DH1, VV1, SC1, HBD, DH2, VV2, SC2, RR)],
    "conflicts": CONFLICTS,
    "non_conflicts": NONCONFLICTS,
    "corroborated": CORROBORATED,
    "exclusive": EXCLUSIVE,
    "quote_variants": QUOTES,
}

write_crosscheck_gold(HERE, ROWS, gold)
