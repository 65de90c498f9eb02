#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and the annotations below.

Run from anywhere: `python3 demo/crosscheck-heldout2/build_gold.py`. Offsets are computed here from
the spans (UTF-8 byte offsets into each report's `text`); each span must occur after its optional
`after` anchor (the first occurrence is taken) and be at most 12 words. The offset helpers are those of
demo/goldtools.py, shared with the other demo corpora; the annotations are new.
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
W1 = "kpa-2026-11-04-sarkovo-flood"
LG = "lowmoorgazette-2026-11-04-dam-flood"
TD1 = "tibergdispatch-2026-11-05-sarkovo"
CC1 = "castronaclarion-2026-11-05-rescuers"
BC1 = "brannochcourant-2026-11-06-kranz-release"
CBJ = "corvessabusiness-2026-11-05-power-prices"
W2 = "kpa-2026-11-11-kallow-deal"
EEM = "eastbankmail-2026-11-11-dam-deal"
BC2 = "brannochcourant-2026-11-12-brandt-castrona"
TD2 = "tibergdispatch-2026-11-12-ljubenova"
CC2 = "castronaclarion-2026-11-12-commission"
CR = "confluencereview-2026-11-13-analysis"
E1 = [W1, LG, TD1, CC1, BC1, CBJ]
E2 = [W2, EEM, BC2, TD2, CC2, CR]
assert sorted(E1 + E2) == sorted(REPORTS), sorted(REPORTS)


exec(open(os.path.join(HERE, "annotations.py"), encoding="utf-8").read())

gold = {
    "about": "Second held-out gold for the cross-check stage on the invented corpus demo/crosscheck-heldout2/reports.jsonl, written before the checker was run on it and without reading the checker. Same shape as demo/crosscheck/gold.json; offsets are UTF-8 byte offsets into the report's `text`, and text[start:end] == span. See README.md.",
    "version": 1,
    "events_why": "The Kallow River between Corvessa (upstream, the Veldrun Dam) and Lusovia (downstream, the town of Sarkovo): E1 (Wed 4 Nov 2026: the Corvessan Hydropower Authority opens the Veldrun spillway at 01:30 GMT; the levee at Sarkovo breaches that afternoon; 4,200 evacuated) and E2 (Wed 11 Nov 2026: Corvessa and Lusovia sign a river agreement at the Kallow River Commission in Castrona, Altreva: 18 million thalers, 48 hours' notice). Different places, different kinds of event, a week apart. Facts are compared only inside one event; E1's wire announces the commission's session and E2's analysis recalls the night of the release: background about the other event, never compared.",
    "events": [
        {"id": "E1", "label": "Veldrun Dam release and Sarkovo flood, 4 November 2026", "articles": E1},
        {"id": "E2", "label": "Kallow river agreement signed in Castrona, 11 November 2026", "articles": E2},
    ],
    "independence_groups": [
        {"id": "KPA-E1", "articles": [W1, LG], "why": "the Lowmoor Gazette runs the KPA wire (trimmed, credit line)"},
        {"id": "KPA-E2", "articles": [W2, EEM], "why": "the Eastbank Evening Mail is rewritten 'With KPA inputs'"},
    ] + [{"id": i, "articles": [i]} for i in (TD1, CC1, BC1, CBJ, BC2, TD2, CC2, CR)],
    "conflicts": CONFLICTS,
    "non_conflicts": NONCONFLICTS,
    "corroborated": CORROBORATED,
    "exclusive": EXCLUSIVE,
    "quote_variants": QUOTES,
}

write_crosscheck_gold(HERE, ROWS, gold)
