#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and annotations.py.

Run from anywhere: `python3 demo/crosscheck-heldout16/build_gold.py`. Offsets are computed here from
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
W1 = "stallard-2038-03-09-ebberhythe-notice"
QG = "quillhamptongrindstone-2038-03-10-payroll"
CK1 = "castrevelkeystone-2038-03-10-drawer"
HO = "hooter-2038-03-10-black-hole"
EW = "ebberhythewireless-2038-03-09-live"
ST1 = "skellamartallyman-2038-03-09-orvantis"
W2 = "stallard-2038-03-24-commissioners"
TQ = "thessopquadrant-2038-03-25-pymm"
CK2 = "castrevelkeystone-2038-03-25-purse"
ST2 = "skellamartallyman-2038-03-24-lawsuit"
RA = "rateable-2038-03-25-intervention"
UP = "upkeep-2038-03-29-contract"
E1 = [W1, QG, CK1, HO, EW, ST1]
E2 = [W2, TQ, CK2, ST2, RA, UP]
assert sorted(E1 + E2) == sorted(REPORTS), sorted(REPORTS)


exec(open(os.path.join(HERE, "annotations.py"), encoding="utf-8").read())

gold = {
    "about": "Sixteenth held-out gold for the cross-check stage on the invented corpus demo/crosscheck-heldout16/reports.jsonl, written before the checker was run on it and without reading the checker. Same shape as demo/crosscheck/gold.json; offsets are UTF-8 byte offsets into the report's `text`, and text[start:end] == span. See README.md.",
    "version": 1,
    "events_why": "A city council that runs out of money, and the state that steps in: E1 (Tue 9 March 2038: at 14:05 GMT, 4.05 p.m. in Ebberhythe, the chief finance officer of Ebberhythe City Council, Lucius Ambrey, serves a Notice of Insufficient Means under section 31 of the Municipal Finances Act, freezing all but essential spending in the face of a 94 million solden gap, blamed on Tallyspring, a finance and payroll system from the Brannican company Orvantis Systems, contracted for 12 million, 41 million spent, 30 months late, 3,800 staff paid wrongly, 58 million soldens of council tax never billed; that evening the councillors, meeting at Pellory House, approve the freeze by 47 votes to 12; underpaid staff to be paid on Friday 12 March) and E2 (Wed 24 March 2038: at 09:30 GMT, 11.30 a.m. in Castrevel, the Minister for Local Government, Ottavia Ellensoe, tells the National Assembly that the Valtessan Audit Office puts the gap at 112 million soldens and that three commissioners led by Roderick Pymm will run the city's finances from Monday 29 March for two years, with a state loan of 60 million soldens over 25 years and a 9.5 percent rate rise; the council ended the Orvantis contract on Monday 22 March and will sue for 41 million). Different kinds of event (a council's own declaration and vote vs a minister's statement to parliament), fifteen days apart, in different cities (Ebberhythe vs the capital Castrevel). Facts are compared only inside one event; E2's reports recall E1 (9 March, the 94 million): background about E1, never compared with E1's reports.",
    "events": [
        {"id": "E1", "label": "Ebberhythe City Council serves a Notice of Insufficient Means and freezes spending after the Tallyspring system fails, Ebberhythe, Valtessa, 9 March 2038", "articles": E1},
        {"id": "E2", "label": "The government sends commissioners to run Ebberhythe's finances, lends it 60 million soldens; the audit puts the gap at 112 million, Castrevel, 24 March 2038", "articles": E2},
    ],
    "independence_groups": [
        {"id": "STALLARD-E1", "articles": [W1, QG], "why": "the Quillhampton Grindstone runs the Stallard wire of 9 March word for word (trimmed, one paragraph of its own, 'Distributed by Stallard Press Agency')"},
        {"id": "STALLARD-E2", "articles": [W2, TQ], "why": "the Thessop Quadrant rewrites the Stallard wire of 24 March ('With reporting from Stallard Press Agency'), with one paragraph of its own"},
    ] + [{"id": i, "articles": [i]} for i in (CK1, HO, EW, ST1, CK2, ST2, RA, UP)],
    "conflicts": CONFLICTS,
    "non_conflicts": NONCONFLICTS,
    "corroborated": CORROBORATED,
    "exclusive": EXCLUSIVE,
    "quote_variants": QUOTES,
}

write_crosscheck_gold(HERE, ROWS, gold)
