#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and annotations.py.

Run from anywhere: `python3 demo/crosscheck-heldout14/build_gold.py`. Offsets are computed here from
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
W1 = "orrery-2041-06-06-kelvaro-sinkhole"
KB = "kelvarobellman-2041-06-06-almsgate"
PL1 = "pallicaneledgerpost-2041-06-07-fountain"
DT = "dailytrumpet-2041-06-07-swallowed"
VC = "vistacast-2041-06-06-live"
AQ1 = "aubrecqquire-2041-06-07-kelvarro"
W2 = "orrery-2041-06-14-inquiry-findings"
DG = "drosselgauge-2041-06-15-leak"
PL2 = "pallicaneledgerpost-2041-06-15-ninecalls"
AQ2 = "aubrecqquire-2041-06-14-panel"
GR = "groundworksreview-2041-06-15-void"
SL = "spiritlevel-2041-06-17-bystander"
E1 = [W1, KB, PL1, DT, VC, AQ1]
E2 = [W2, DG, PL2, AQ2, GR, SL]
assert sorted(E1 + E2) == sorted(REPORTS), sorted(REPORTS)


exec(open(os.path.join(HERE, "annotations.py"), encoding="utf-8").read())

gold = {
    "about": "Fourteenth held-out gold for the cross-check stage on the invented corpus demo/crosscheck-heldout14/reports.jsonl, written before the checker was run on it and without reading the checker. Same shape as demo/crosscheck/gold.json; offsets are UTF-8 byte offsets into the report's `text`, and text[start:end] == span. See README.md.",
    "version": 1,
    "events_why": "A sinkhole and the inquiry into it: E1 (Thu 6 June 2041: at 02:12 GMT, 05:12 in Ostravia, a sinkhole 30 metres across and 18 metres deep opens under Almsgate Square in the town of Kelvaro as a Vantera Water main bursts; three parked cars and a delivery van go down; the van's Sundrovan driver Tiago Quintela is brought up after three hours by the Kelvaro Fire Brigade's rope team under Station Officer Audric Kessary and taken to Kelvaro Infirmary; four people hurt, 64 households moved out of 11 buildings, 22,000 homes without water for 14 hours; the weekly market moves to the Station Road car park from Saturday 8 June) and E2 (Fri 14 June 2041: at 07:00 GMT, 10:00 in Pallicane, the inquiry panel chaired by Professor Wenceslas Mauclair presents its preliminary findings at the Ministry of Regions in Pallicane: a leak from the Vantera main under Tanners Row, running for at least five months, dissolved a gypsum bed; nine complaints since January went unanswered; Vantera will pay to fill the 21-metre hole with 5,400 cubic metres of foamed concrete over ten weeks and sets aside 12 million sovrins; residents of seven buildings go home on Monday 24 June). Different kinds of event (a collapse and a rescue vs an inquiry's findings read out at a ministry), eight days apart, in different towns (Kelvaro vs the capital Pallicane). Facts are compared only inside one event; E2's reports recall the collapse (6 June, the driver's three hours, the first depth of 18 metres): background about E1, never compared with E1's reports.",
    "events": [
        {"id": "E1", "label": "Sinkhole opens under Almsgate Square in Kelvaro, Ostravia, 6 June 2041: four vehicles swallowed, a driver rescued", "articles": E1},
        {"id": "E2", "label": "Inquiry panel's preliminary findings on the Kelvaro sinkhole (a leaking Vantera Water main), presented in Pallicane, 14 June 2041", "articles": E2},
    ],
    "independence_groups": [
        {"id": "ORRERY-E1", "articles": [W1, KB], "why": "the Kelvaro Bellman runs the Orrery wire of 6 June (trimmed, one paragraph of its own, 'Distributed by Orrery Press Agency')"},
        {"id": "ORRERY-E2", "articles": [W2, DG], "why": "the Drossel Gauge rewrites the Orrery wire of 14 June ('With reporting from Orrery Press Agency')"},
    ] + [{"id": i, "articles": [i]} for i in (PL1, DT, VC, AQ1, PL2, AQ2, GR, SL)],
    "conflicts": CONFLICTS,
    "non_conflicts": NONCONFLICTS,
    "corroborated": CORROBORATED,
    "exclusive": EXCLUSIVE,
    "quote_variants": QUOTES,
}

write_crosscheck_gold(HERE, ROWS, gold)
