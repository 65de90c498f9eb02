#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and annotations.py.

Run from anywhere: `python3 demo/crosscheck-heldout7/build_gold.py`. Offsets are computed here from
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
W1 = "pnw-2030-05-19-tarrenburg-crush"
GC = "grantmerecrier-2030-05-19-final"
FT = "fellsidetidings-2030-05-19-terrace"
RL1 = "ruvellelookout-2030-05-20-saltings"
ST1 = "sadoviktelegraf-2030-05-20-ostemar"
RT = "radiotarrenburg-2030-05-19-bloodbank"
SP = "stoppagetime-2030-05-19-morrowgate"
W2 = "pnw-2030-06-05-ruvelle-resignation"
FW = "floorwatch-2030-06-05-storthall"
RL2 = "ruvellelookout-2030-06-06-velander"
ST2 = "sadoviktelegraf-2030-06-06-inquiry"
LV = "longview-2030-06-08-analysis"
E1 = [W1, GC, FT, RL1, ST1, RT, SP]
E2 = [W2, FW, RL2, ST2, LV]
assert sorted(E1 + E2) == sorted(REPORTS), sorted(REPORTS)


exec(open(os.path.join(HERE, "annotations.py"), encoding="utf-8").read())

gold = {
    "about": "Seventh held-out gold for the cross-check stage on the invented corpus demo/crosscheck-heldout7/reports.jsonl, written before the checker was run on it and without reading the checker. Same shape as demo/crosscheck/gold.json; offsets are UTF-8 byte offsets into the report's `text`, and text[start:end] == span. See README.md.",
    "version": 1,
    "events_why": "A stadium disaster and its political sequel: E1 (Sat 18 May 2030: a crowd crush in the Saltings End of the Morrowgate Stadium in Tarrenburg, Castovia, at 17:40 GMT before the Auren Cup final between Hollin Wanderers and the Almerran club FC Ostemar, after police opened the Brickfield exit gate; the dead, the injured, the match called off) and E2 (Wed 5 June 2030: the judge-led Velander inquiry's interim findings and the resignation of the Castovian interior minister Reinholt Brannagh in Ruvelle). Different kinds of event, eighteen days apart, at a stadium in a provincial city vs the law courts and the parliament in the capital. Facts are compared only inside one event; E2's reports recall the night of the crush and update its toll: background about E1, never compared with E1's reports.",
    "events": [
        {"id": "E1", "label": "Crowd crush at the Auren Cup final, Morrowgate Stadium, Tarrenburg, 18 May 2030", "articles": E1},
        {"id": "E2", "label": "The Velander inquiry's findings and Interior Minister Brannagh's resignation in Ruvelle, 5 June 2030", "articles": E2},
    ],
    "independence_groups": [
        {"id": "PNW-E1", "articles": [W1, GC, FT], "why": "the Grantmere Crier runs the PNW wire (trimmed, 'Distributed by Pharos Newswire'); the Fellside Tidings rewrites it 'With reporting by Pharos Newswire'"},
    ] + [{"id": i, "articles": [i]} for i in (RL1, ST1, RT, SP, W2, FW, RL2, ST2, LV)],
    "conflicts": CONFLICTS,
    "non_conflicts": NONCONFLICTS,
    "corroborated": CORROBORATED,
    "exclusive": EXCLUSIVE,
    "quote_variants": QUOTES,
}

write_crosscheck_gold(HERE, ROWS, gold)
