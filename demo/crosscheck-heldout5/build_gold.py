#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and annotations.py.

Run from anywhere: `python3 demo/crosscheck-heldout5/build_gold.py`. Offsets are computed here from
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
W1 = "hpa-2028-03-05-morning-heron"
WC = "wyndhamcourier-2028-03-05-ferry"
DH1 = "dorvennaherald-2028-03-07-velmouth"
MS1 = "merravelsentinel-2028-03-07-divers"
HP = "haldportpacket-2028-03-06-survivors"
RV = "radiovelmouth-2028-03-06-sports-hall"
W2 = "hpa-2028-03-14-dorvenna-court"
BP = "bellhavenpost-2028-03-14-captain"
DH2 = "dorvennaherald-2028-03-15-korsgaard"
MS2 = "merravelsentinel-2028-03-15-charges"
TR = "tidelinereview-2028-03-17-analysis"
E1 = [W1, WC, DH1, MS1, HP, RV]
E2 = [W2, BP, DH2, MS2, TR]
assert sorted(E1 + E2) == sorted(REPORTS), sorted(REPORTS)


exec(open(os.path.join(HERE, "annotations.py"), encoding="utf-8").read())

gold = {
    "about": "Fifth held-out gold for the cross-check stage on the invented corpus demo/crosscheck-heldout5/reports.jsonl, written before the checker was run on it and without reading the checker. Same shape as demo/crosscheck/gold.json; offsets are UTF-8 byte offsets into the report's `text`, and text[start:end] == span. See README.md.",
    "version": 1,
    "events_why": "A ferry disaster and its judicial sequel: E1 (Sat 4 March 2028: the Ystrelian ferry Morning Heron capsizes in a gale in the Sennet Strait at 21:40 GMT off Skerrane, on the night crossing from Velmouth to Cazzarin; rescue, search, mourning) and E2 (Tue 14 March 2028: the captain's first hearing at Dorvenna District Court, the Korsgaard Courthouse: charges, custody, the prosecutor's case). Different kinds of event, ten days apart, at sea vs in a courtroom in the capital. Facts are compared only inside one event; E2's reports recall the night of the capsizing and update its toll: background about E1, never compared with E1's reports.",
    "events": [
        {"id": "E1", "label": "Capsizing of the ferry Morning Heron in the Sennet Strait, 4 March 2028", "articles": E1},
        {"id": "E2", "label": "The captain's first court hearing in Dorvenna, 14 March 2028", "articles": E2},
    ],
    "independence_groups": [
        {"id": "HPA-E1", "articles": [W1, WC], "why": "the Wyndham Courier runs the HPA wire (trimmed, 'Distributed by the Halcyon Press Agency')"},
        {"id": "HPA-E2", "articles": [W2, BP], "why": "the Bellhaven Evening Post is rewritten 'With reporting by the Halcyon Press Agency'"},
    ] + [{"id": i, "articles": [i]} for i in (DH1, MS1, HP, RV, DH2, MS2, TR)],
    "conflicts": CONFLICTS,
    "non_conflicts": NONCONFLICTS,
    "corroborated": CORROBORATED,
    "exclusive": EXCLUSIVE,
    "quote_variants": QUOTES,
}

write_crosscheck_gold(HERE, ROWS, gold)
