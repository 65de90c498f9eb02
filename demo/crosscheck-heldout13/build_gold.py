#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and annotations.py.

Run from anywhere: `python3 demo/crosscheck-heldout13/build_gold.py`. Offsets are computed here from
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
W1 = "ravelin-2039-04-12-treshavel-fireball"
CW = "treshavelcandlewick-2039-04-12-twosuns"
VQ1 = "vessaroquillpost-2039-04-13-harkwell"
DF = "dailyfoghorn-2039-04-13-skyblast"
TV = "telvessa-2039-04-12-live"
IS1 = "ilvanesemaphore-2039-04-12-treschavel"
W2 = "ravelin-2039-04-21-sirrow-stone"
ET = "easterntownsman-2039-04-22-lakebed"
VQ2 = "vessaroquillpost-2039-04-22-oldmint"
IS2 = "ilvanesemaphore-2039-04-21-reservoir"
BW = "bolidewatch-2039-04-22-chondrite"
ST = "stratum-2039-04-25-finders"
E1 = [W1, CW, VQ1, DF, TV, IS1]
E2 = [W2, ET, VQ2, IS2, BW, ST]
assert sorted(E1 + E2) == sorted(REPORTS), sorted(REPORTS)


exec(open(os.path.join(HERE, "annotations.py"), encoding="utf-8").read())

gold = {
    "about": "Thirteenth held-out gold for the cross-check stage on the invented corpus demo/crosscheck-heldout13/reports.jsonl, written before the checker was run on it and without reading the checker. Same shape as demo/crosscheck/gold.json; offsets are UTF-8 byte offsets into the report's `text`, and text[start:end] == span. See README.md.",
    "version": 1,
    "events_why": "A meteor and the recovery of its main mass: E1 (Tue 12 April 2039: at 04:48 GMT, 06:48 in Palundria, a stony rock about nine metres across is seen as a fireball for 14 seconds and bursts 27 kilometres above the town of Treshavel in eastern Palundria; windows break in 3,400 buildings, the roof of the Harkwell Street school's sports hall in Treshavel collapses, 212 people are hurt and 19 kept in hospital, the power is out for two hours, Mayor Malvina Solberra declares a state of emergency and the valley's schools are to reopen on Monday 18 April) and E2 (Thu 21 April 2039: at 11:00 GMT, 13:00 in Vessaro, the Palundrian Geological Survey shows at its headquarters in the Old Mint the 480-kilogram main mass, an ordinary chondrite, lifted on Wednesday 20 April from the bed of Lake Sirrow by its dive team under Sten Ulvaker after a seven-day search; 58 fragments recovered in all; finders must declare fragments by 20 May). Different kinds of event (an airburst and its damage vs a find shown at a news conference), nine days apart, in different towns (Treshavel vs the capital Vessaro). Facts are compared only inside one event; E2's reports recall the fall (12 April, the broken windows, the 200-odd injured): background about E1, never compared with E1's reports.",
    "events": [
        {"id": "E1", "label": "Meteor explodes above Treshavel, eastern Palundria, 12 April 2039: 212 hurt by broken glass", "articles": E1},
        {"id": "E2", "label": "The Treshavel meteorite's 480-kilogram main mass, raised from Lake Sirrow, shown by the Palundrian Geological Survey in Vessaro, 21 April 2039", "articles": E2},
    ],
    "independence_groups": [
        {"id": "RAVELIN-E1", "articles": [W1, CW], "why": "the Treshavel Candlewick runs the Ravelin wire of 12 April (trimmed, one paragraph of its own, 'This report is from Ravelin News Agency')"},
        {"id": "RAVELIN-E2", "articles": [W2, ET], "why": "the Eastern Townsman rewrites the Ravelin wire of 21 April ('Additional reporting: Ravelin News Agency')"},
    ] + [{"id": i, "articles": [i]} for i in (VQ1, DF, TV, IS1, VQ2, IS2, BW, ST)],
    "conflicts": CONFLICTS,
    "non_conflicts": NONCONFLICTS,
    "corroborated": CORROBORATED,
    "exclusive": EXCLUSIVE,
    "quote_variants": QUOTES,
}

write_crosscheck_gold(HERE, ROWS, gold)
