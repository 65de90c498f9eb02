#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and annotations.py.

Run from anywhere: `python3 demo/crosscheck-heldout6/build_gold.py`. Offsets are computed here from
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
W1 = "lna-2029-03-07-lyskova-water"
PS = "pembertonbugle-2029-03-07-solvent"
DS = "dunmoraypilot-2029-03-07-orlen"
OT1 = "ombrevotribune-2029-03-08-lyskova"
OM1 = "ostrigomessenger-2029-03-08-ilvesto"
OV = "orlenvalleyradio-2029-03-07-rink"
W2 = "lna-2029-03-22-ombrevo-hearing"
AW = "assemblywatch-2029-03-22-committee"
OT2 = "ombrevotribune-2029-03-22-linden"
OM2 = "ostrigomessenger-2029-03-23-hearing"
NR = "northlightreview-2029-03-24-analysis"
E1 = [W1, PS, DS, OT1, OM1, OV]
E2 = [W2, AW, OT2, OM2, NR]
assert sorted(E1 + E2) == sorted(REPORTS), sorted(REPORTS)


exec(open(os.path.join(HERE, "annotations.py"), encoding="utf-8").read())

gold = {
    "about": "Sixth held-out gold for the cross-check stage on the invented corpus demo/crosscheck-heldout6/reports.jsonl, written before the checker was run on it and without reading the checker. Same shape as demo/crosscheck/gold.json; offsets are UTF-8 byte offsets into the report's `text`, and text[start:end] == span. See README.md.",
    "version": 1,
    "events_why": "A cross-border water poisoning and its parliamentary sequel: E1 (Tue 6 March 2029: a storage tank at the Corvanta Chemicals plant in Ilvesto, Pellmara, ruptures at 01:15 GMT and spills 38 tonnes of dichloroethane into the Orlen river, which carries it across the border to the intake of the Lyskova waterworks at Tamberg, Teskaria; tap-water ban, hospital cases, water handed out) and E2 (Thu 22 March 2029: the hearing of the Teskarian National Assembly's environment committee in Ombrevo, the Linden Chamber: testimony of Corvanta's chief executive and the environment minister, referral to prosecutors). Different kinds of event, sixteen days apart, at a river and a town vs a committee room in the capital. Facts are compared only inside one event; E2's reports recall the night of the spill and update its totals: background about E1, never compared with E1's reports.",
    "events": [
        {"id": "E1", "label": "Corvanta solvent spill poisons the Lyskova water supply, 6 March 2029", "articles": E1},
        {"id": "E2", "label": "The National Assembly environment committee's hearing on the spill in Ombrevo, 22 March 2029", "articles": E2},
    ],
    "independence_groups": [
        {"id": "LNA-E1", "articles": [W1, PS, DS], "why": "the Pemberton Bugle runs the LNA wire (trimmed, 'Distributed by Lanterne News Agency'); the Dunmoray Pilot rewrites it 'With reporting by Lanterne News Agency'"},
    ] + [{"id": i, "articles": [i]} for i in (OT1, OM1, OV, W2, AW, OT2, OM2, NR)],
    "conflicts": CONFLICTS,
    "non_conflicts": NONCONFLICTS,
    "corroborated": CORROBORATED,
    "exclusive": EXCLUSIVE,
    "quote_variants": QUOTES,
}

write_crosscheck_gold(HERE, ROWS, gold)
