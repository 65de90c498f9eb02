#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and annotations.py.

Run from anywhere: `python3 demo/crosscheck-heldout20/build_gold.py`. Offsets are computed here from
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
V1 = "vireo-2047-06-09-ildecca-baths"
GF = "gonfalon-2047-06-10-vesperine"
SP1 = "sarvennaspire-2047-06-10-baths"
WZ = "whizz-2047-06-10-dome-wreckers"
PL = "plinth-2047-06-12-vesperine-demolition"
TW1 = "tarvosswindrose-2047-06-09-harlenbrook"
V2 = "vireo-2047-06-19-harlenbrook-fine"
IR = "ildeccaradio-2047-06-20-rebuild-order"
SP2 = "sarvennaspire-2047-06-20-fine"
TW2 = "tarvosswindrose-2047-06-19-appeal"
LT = "lintel-2047-06-20-explainer"
PA = "parapet-2047-06-22-vesperine"
E1 = [V1, GF, SP1, WZ, PL, TW1]
E2 = [V2, IR, SP2, TW2, LT, PA]
assert sorted(E1 + E2) == sorted(REPORTS), sorted(REPORTS)


exec(open(os.path.join(HERE, "annotations.py"), encoding="utf-8").read())

gold = {
    "about": "Twentieth held-out gold for the cross-check stage on the invented corpus demo/crosscheck-heldout20/reports.jsonl, written before the checker was run on it and without reading the checker. Same shape as demo/crosscheck/gold.json; offsets are UTF-8 byte offsets into the report's `text`, and text[start:end] == span. See README.md.",
    "version": 1,
    "events_why": "The overnight demolition of a protected bathhouse and the penalty that follows: E1 (night of Sat 8 / Sun 9 June 2047: from 01:00 GMT, 2 a.m. in Ildecca, 9 p.m. on Saturday in Tarvoss, four excavators hired by the Quillonian developer Harlenbrook Holdings tear down the iron-and-glass dome, 22 metres across, and the east wing of the Vesperine Baths in Ildecca, Drovenza, a bathhouse opened in 1898 and protected since 1974, until police stop them at 5.40 a.m. local time, nearly four hours later; three men detained; the dome's ironwork trucked to a scrapyard in Varnago; the permit covered only a 1960s annex; the mayor Giacinta Orlenzi: 'They came like thieves in the night ...') and E2 (Wed 19 June 2047: at 10:00 GMT, 11 a.m. in Sarvenna, 6 a.m. in Tarvoss, the Culture Minister Amalia Perdisco announces at her ministry in Sarvenna a fine of 9.5 million veldes, an order to rebuild the dome and east wing within three years, a ten-year ban on building permits; three people charged; 18 tonnes of ironwork recovered; 72 percent of the building destroyed; Perdisco: 'Nobody gets to knock down a city's memory overnight ...'). Different kinds of event (a demolition at night in Ildecca vs a penalty announced at a ministry in the capital), ten days apart, in different places (Ildecca vs Sarvenna). Facts are compared only inside one event; E2's reports recall E1 (9 June, ten days): background about E1, never compared with E1's reports.",
    "events": [
        {"id": "E1", "label": "Contractors of Harlenbrook Holdings tear down the dome and east wing of the protected Vesperine Baths overnight until police stop them, Ildecca, 9 June 2047", "articles": E1},
        {"id": "E2", "label": "Drovenza's Culture Minister fines Harlenbrook Holdings and orders the Vesperine Baths rebuilt; three people charged, Sarvenna, 19 June 2047", "articles": E2},
    ],
    "independence_groups": [
        {"id": "VIREO-E1", "articles": [V1, GF], "why": "the Ildecca Gonfalon runs the Vireo wire of 9 June word for word (trimmed of the developer's statement, one paragraph of its own, 'This report was supplied by Vireo News Agency')"},
        {"id": "VIREO-E2", "articles": [V2, IR], "why": "Ildecca Radio rewrites the Vireo wire of 19 June ('Additional reporting by Vireo News Agency'), with one paragraph of its own"},
    ] + [{"id": i, "articles": [i]} for i in (SP1, WZ, PL, TW1, SP2, TW2, LT, PA)],
    "conflicts": CONFLICTS,
    "non_conflicts": NONCONFLICTS,
    "corroborated": CORROBORATED,
    "exclusive": EXCLUSIVE,
    "quote_variants": QUOTES,
}

write_crosscheck_gold(HERE, ROWS, gold)
