#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and the annotations below.

Run from anywhere: `python3 demo/crosscheck-heldout4/build_gold.py`. Offsets are computed here from
the spans (UTF-8 byte offsets into each report's `text`); each span must occur after its optional
`after` anchor (the first occurrence is taken) and be at most 12 words. The offset helpers are those of
demo/goldtools.py, shared with the other demo corpora; the report names, the annotations and the
event description are new. Each span must also be unique in its report (checked by the shared `S`).
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
W1 = "cna-2027-10-11-ambelin-ransomware"
EG = "eastbrookgazette-2027-10-11-hospitals"
CT1 = "castelbruntribune-2027-10-12-vesterhaug"
RT1 = "ruskevatelegraph-2027-10-12-denial"
PO1 = "portlidellobserver-2027-10-12-marrick"
W2 = "cna-2027-10-19-diet-hearing"
ML = "harwickdailystar-2027-10-19-nobody-paid"
CT2 = "castelbruntribune-2027-10-20-stenhall"
RT2 = "ruskevatelegraph-2027-10-20-servers"
PO2 = "portlidellobserver-2027-10-20-larkspur"
SR = "signalroom-2027-10-21-analysis"
E1 = [W1, EG, CT1, RT1, PO1]
E2 = [W2, ML, CT2, RT2, PO2, SR]
assert sorted(E1 + E2) == sorted(REPORTS), sorted(REPORTS)


exec(open(os.path.join(HERE, "annotations.py"), encoding="utf-8").read())

gold = {
    "about": "Fourth held-out gold for the cross-check stage on the invented corpus demo/crosscheck-heldout4/reports.jsonl, written before the checker was run on it and without reading the checker. Same shape as demo/crosscheck/gold.json; offsets are UTF-8 byte offsets into the report's `text`, and text[start:end] == span. See README.md.",
    "version": 1,
    "events_why": "A ransomware attack on Pellatian hospitals and its political sequel: E1 (Mon 11 Oct 2027: the 'Grey Lantern' gang encrypts the systems of the Ambelin Health Network, detected at 02:15 GMT; ransom demand, transfers, ambulances diverted to Marrick in Esmoria) and E2 (Tue 19 Oct 2027: the hearing of the Diet's Health and Security Committee at the Stenhall in Castelbrun: 410,000 records stolen, the forensic report, the recovery bill). Different kinds of event, eight days apart. Facts are compared only inside one event; E1's wire announces the hearing and E2's analysis recalls the night of the attack: background about the other event, never compared.",
    "events": [
        {"id": "E1", "label": "Ransomware attack on the Ambelin Health Network, 11 October 2027", "articles": E1},
        {"id": "E2", "label": "Diet committee hearing on the attack in Castelbrun, 19 October 2027", "articles": E2},
    ],
    "independence_groups": [
        {"id": "CNA-E1", "articles": [W1, EG], "why": "the Eastbrook Gazette runs the CNA wire (trimmed, credit line)"},
        {"id": "CNA-E2", "articles": [W2, ML], "why": "the Harwick Daily Star is rewritten 'With CNA inputs'"},
    ] + [{"id": i, "articles": [i]} for i in (CT1, RT1, PO1, CT2, RT2, PO2, SR)],
    "conflicts": CONFLICTS,
    "non_conflicts": NONCONFLICTS,
    "corroborated": CORROBORATED,
    "exclusive": EXCLUSIVE,
    "quote_variants": QUOTES,
}

write_crosscheck_gold(HERE, ROWS, gold)
