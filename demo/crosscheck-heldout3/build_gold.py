#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and the annotations below.

Run from anywhere: `python3 demo/crosscheck-heldout3/build_gold.py`. Offsets are computed here from
the spans (UTF-8 byte offsets into each report's `text`); each span must occur after its optional
`after` anchor (the first occurrence is taken) and be at most 12 words. The offset helpers are those of
demo/goldtools.py, shared with the other demo corpora; the annotations are new. Each span must also
be unique in its report (checked by the shared `S`).
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
W1 = "sps-2027-03-09-orvin-derailment"
FP = "fenwickpost-2027-03-09-night-express"
MC1 = "montelbocourier-2027-03-10-sankt-orvin"
BH1 = "brackenfoldherald-2027-03-10-en417"
AB1 = "aubrelbeacon-2027-03-10-rescue"
W2 = "sps-2027-03-15-crsb-hearing"
HM = "harboursidemercury-2027-03-15-red-signal"
MC2 = "montelbocourier-2027-03-16-hearing"
BH2 = "brackenfoldherald-2027-03-16-haldane"
AB2 = "aubrelbeacon-2027-03-16-customs-house"
PW = "permanentway-2027-03-17-analysis"
E1 = [W1, FP, MC1, BH1, AB1]
E2 = [W2, HM, MC2, BH2, AB2, PW]
assert sorted(E1 + E2) == sorted(REPORTS), sorted(REPORTS)


exec(open(os.path.join(HERE, "annotations.py"), encoding="utf-8").read())

gold = {
    "about": "Third held-out gold for the cross-check stage on the invented corpus demo/crosscheck-heldout3/reports.jsonl, written before the checker was run on it and without reading the checker. Same shape as demo/crosscheck/gold.json; offsets are UTF-8 byte offsets into the report's `text`, and text[start:end] == span. See README.md.",
    "version": 1,
    "events_why": "A Dunmarran night express on a Verrascan line: E1 (Tue 9 Mar 2027: the EN 417 of Dunmarran State Railways derails at 04:40 GMT near Sankt Orvin, Verrasca; 2 killed, 41 injured) and E2 (Mon 15 Mar 2027: the Continental Rail Safety Board's public hearing at the Old Customs House in Aubrel, Selvany: a red signal passed, a cracked rail, 14 recommendations, 9.5 million florens for the victims). Different places, different kinds of event, six days apart. Facts are compared only inside one event; E1's wire announces the hearing and E2's analysis recalls the morning of the derailment: background about the other event, never compared.",
    "events": [
        {"id": "E1", "label": "EN 417 night express derails near Sankt Orvin, 9 March 2027", "articles": E1},
        {"id": "E2", "label": "Rail safety board hearing in Aubrel, 15 March 2027", "articles": E2},
    ],
    "independence_groups": [
        {"id": "SPS-E1", "articles": [W1, FP], "why": "the Fenwick Post runs the SPS wire (trimmed, credit line)"},
        {"id": "SPS-E2", "articles": [W2, HM], "why": "the Harbourside Mercury is rewritten 'With SPS inputs'"},
    ] + [{"id": i, "articles": [i]} for i in (MC1, BH1, AB1, MC2, BH2, AB2, PW)],
    "conflicts": CONFLICTS,
    "non_conflicts": NONCONFLICTS,
    "corroborated": CORROBORATED,
    "exclusive": EXCLUSIVE,
    "quote_variants": QUOTES,
}

write_crosscheck_gold(HERE, ROWS, gold)
