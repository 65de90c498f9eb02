#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and annotations.py.

Run from anywhere: `python3 demo/crosscheck-heldout12/build_gold.py`. Offsets are computed here from
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
W1 = "hna-2037-02-14-chazerel-avalanche"
SP = "chazerelspindrift-2037-02-14-dravenne"
TB1 = "tervollebellwether-2037-02-15-ferrolet"
ID1 = "ilmaravodaybreak-2037-02-15-tenmai"
RC = "radiochazerel-2037-02-14-bells"
SN = "snowpacknotes-2037-02-15-windslab"
W2 = "hna-2037-02-26-chazerel-inquest"
HN = "halcendianow-2037-02-27-findings"
SL = "slopeside-2037-02-27-patrolrules"
TB2 = "tervollebellwether-2037-02-27-quennell"
ID2 = "ilmaravodaybreak-2037-02-27-verdict"
CO = "cornice-2037-03-02-shortcut"
E1 = [W1, SP, TB1, ID1, RC, SN]
E2 = [W2, HN, SL, TB2, ID2, CO]
assert sorted(E1 + E2) == sorted(REPORTS), sorted(REPORTS)


exec(open(os.path.join(HERE, "annotations.py"), encoding="utf-8").read())

gold = {
    "about": "Twelfth held-out gold for the cross-check stage on the invented corpus demo/crosscheck-heldout12/reports.jsonl, written before the checker was run on it and without reading the checker. Same shape as demo/crosscheck/gold.json; offsets are UTF-8 byte offsets into the report's `text`, and text[start:end] == span. See README.md.",
    "version": 1,
    "events_why": "An avalanche and the inquest into it: E1 (Sat 14 February 2037: at 09:35 GMT a slab avalanche breaks away beneath the Vauclair ridge at the Chazerel ski resort in Halcendia's Gristhorn mountains, sweeps the Dravenne red run and buries the lower station of the Ferrolet chairlift; twelve skiers are caught, seven killed, five dug out alive; Captain Anatol Brandaric of the Halcendian Mountain Rescue Corps leads a six-hour search) and E2 (Thu 26 February 2037: at 15:20 GMT, at the end of a four-day inquest in the coroner's court in Pellancourt, coroner Ottoline Quennell finds the deaths avoidable, finds that the patrol chief Gerolf Maskall opened the run although the morning's explosive charges had not been fired, makes nine recommendations and gives the operator Altivane Resorts until 27 March for a new avalanche control plan). Different kinds of event (an avalanche and its rescue vs a coroner's findings), twelve days apart, in different towns of one valley. Facts are compared only inside one event; E2's reports recall the avalanche (14 February, the seven dead, the Dravenne run): background about E1, never compared with E1's reports.",
    "events": [
        {"id": "E1", "label": "Avalanche on the Dravenne run at the Chazerel ski resort, Halcendia, 14 February 2037: seven skiers killed", "articles": E1},
        {"id": "E2", "label": "Coroner's findings at the inquest into the Chazerel avalanche deaths, Pellancourt, 26 February 2037", "articles": E2},
    ],
    "independence_groups": [
        {"id": "HNA-E1", "articles": [W1, SP], "why": "the Chazerel Spindrift runs the HNA wire of 14 February (trimmed, one paragraph of its own, 'Carried under licence from Halyard News Agency')"},
        {"id": "HNA-E2", "articles": [W2, HN], "why": "Halcendia Now rewrites the HNA wire of 26 February 'With reporting by Halyard News Agency'"},
    ] + [{"id": i, "articles": [i]} for i in (TB1, ID1, RC, SN, SL, TB2, ID2, CO)],
    "conflicts": CONFLICTS,
    "non_conflicts": NONCONFLICTS,
    "corroborated": CORROBORATED,
    "exclusive": EXCLUSIVE,
    "quote_variants": QUOTES,
}

write_crosscheck_gold(HERE, ROWS, gold)
