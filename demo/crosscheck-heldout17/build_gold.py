#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and annotations.py.

Run from anywhere: `python3 demo/crosscheck-heldout17/build_gold.py`. Offsets are computed here from
the spans (UTF-8 byte offsets into each report's `text`); each span must occur after its optional
`after` anchor (the first occurrence is taken), be at most 12 words and be unique in its report.
The offset helpers are those of demo/goldtools.py, shared with the other demo corpora; the report
names, the annotations and the event description are new.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from goldtools import (conflict, corr, excl, load_reports, nonc, qv,  # noqa: E402
                       span_source, write_crosscheck_gold)

ROWS, REPORTS, TEXT = load_reports(HERE)
S = span_source(TEXT, unique=True)


# short names of the reports
T1 = "trellis-2039-03-15-milk-cartel"
HC = "hollinsbychurn-2039-03-16-greywold-fine"
DC = "dornecqcommonweal-2039-03-16-hotel"
WH = "whistle-2039-03-16-milk-mob"
PA = "pasture-2039-03-18-farm-gate"
VL1 = "vennickledgerbook-2039-03-15-orlenza"
T2 = "trellis-2039-03-24-greywold-fund"
TW = "tollbridgewyvern-2039-03-25-tolliver"
DR = "dunnockradio-2039-03-24-live"
VL2 = "vennickledgerbook-2039-03-24-appeal"
SW = "shelfwatch-2039-03-25-vouchers"
LA = "larder-2039-03-28-vouchers"
E1 = [T1, HC, DC, WH, PA, VL1]
E2 = [T2, TW, DR, VL2, SW, LA]
assert sorted(E1 + E2) == sorted(REPORTS), sorted(REPORTS)


exec(open(os.path.join(HERE, "annotations.py"), encoding="utf-8").read())

gold = {
    "about": "Seventeenth held-out gold for the cross-check stage on the invented corpus demo/crosscheck-heldout17/reports.jsonl, written before the checker was run on it and without reading the checker. Same shape as demo/crosscheck/gold.json; offsets are UTF-8 byte offsets into the report's `text`, and text[start:end] == span. See README.md.",
    "version": 1,
    "events_why": "A milk price cartel and its aftermath: E1 (Tue 15 March 2039: at 09:00 GMT, 10 a.m. in Dornecq, Pelassia's Fair Prices Authority, chaired by Thomasina Farrancourt, fines three dairy processors 212 million mernets for fixing the wholesale price of milk, butter and cream from January 2034 to March 2038, 50 months: Greywold Dairies 97 million, the Pelassian arm of the Kalvostan group Orlenza Foods 81 million, Fellgate Creameries 34 million; the fourth member, the Drummick Dairy Co-operative, reported the cartel and is spared; executives met at the Marten Lodge hotel in Sallowfield; 6 cents a litre added; offices raided on 17 May 2038) and E2 (Thu 24 March 2039: at 13:30 GMT, 2.30 p.m. in Hollinsby, Greywold's chief executive Gervase Tolliver resigns at the company's headquarters on Tanner Row after nine years, the finance director Casimira Oakenfold takes over, and Greywold sets up a 45 million mernet fund: a 20-mernet voucher for each of 2.25 million households from Monday 4 April, valid for a year; Orlenza lodged its appeal on Monday 21 March). Different kinds of event (a regulator's decision vs a company's resignation and compensation scheme), nine days apart, in different towns (the capital Dornecq vs Hollinsby). Facts are compared only inside one event; E2's reports recall E1 (the 97 million fine, 15 March): background about E1, never compared with E1's reports.",
    "events": [
        {"id": "E1", "label": "Pelassia's Fair Prices Authority fines three dairy processors 212 million mernets for a milk price cartel, Dornecq, 15 March 2039", "articles": E1},
        {"id": "E2", "label": "Greywold Dairies' chief executive resigns and the company sets up a 45 million mernet voucher fund for shoppers, Hollinsby, 24 March 2039", "articles": E2},
    ],
    "independence_groups": [
        {"id": "TRELLIS-E1", "articles": [T1, HC], "why": "the Hollinsby Churn runs the Trellis wire of 15 March word for word (trimmed, one paragraph of its own, 'This report was supplied by Trellis News Service')"},
        {"id": "TRELLIS-E2", "articles": [T2, TW], "why": "the Tollbridge Wyvern rewrites the Trellis wire of 24 March ('With reporting by Trellis News Service'), with one paragraph of its own"},
    ] + [{"id": i, "articles": [i]} for i in (DC, WH, PA, VL1, DR, VL2, SW, LA)],
    "conflicts": CONFLICTS,
    "non_conflicts": NONCONFLICTS,
    "corroborated": CORROBORATED,
    "exclusive": EXCLUSIVE,
    "quote_variants": QUOTES,
}

write_crosscheck_gold(HERE, ROWS, gold)
