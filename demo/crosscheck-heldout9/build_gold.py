#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and annotations.py.

Run from anywhere: `python3 demo/crosscheck-heldout9/build_gold.py`. Offsets are computed here from
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
W1 = "mws-2032-04-15-pellin-exchange"
SL = "saltbecklodestar-2032-04-15-convoy"
CI1 = "carrowininquirer-2032-04-16-homecoming"
ZG1 = "zheltavaglas-2032-04-16-pelin"
RS = "radioskarrow-2032-04-15-barrier"
BB = "borderlandsbrief-2032-04-16-drusk"
W2 = "mws-2032-04-23-lindhallow-talks"
LW = "lindhallowwayfarer-2032-04-24-palace"
CN = "chancerynotes-2032-04-24-stromsvik"
CI2 = "carrowininquirer-2032-04-24-lists"
ZG2 = "zheltavaglas-2032-04-24-commission"
HS = "hindsight-2032-04-26-neighbours"
E1 = [W1, SL, CI1, ZG1, RS, BB]
E2 = [W2, LW, CN, CI2, ZG2, HS]
assert sorted(E1 + E2) == sorted(REPORTS), sorted(REPORTS)


exec(open(os.path.join(HERE, "annotations.py"), encoding="utf-8").read())

gold = {
    "about": "Ninth held-out gold for the cross-check stage on the invented corpus demo/crosscheck-heldout9/reports.jsonl, written before the checker was run on it and without reading the checker. Same shape as demo/crosscheck/gold.json; offsets are UTF-8 byte offsets into the report's `text`, and text[start:end] == span. See README.md.",
    "version": 1,
    "events_why": "A prisoner exchange and the mediator's follow-up meeting: E1 (Thu 15 April 2032: Velderra and Izmark swap 143 prisoners, 68 Velderrans for 75 Izmarkis, at the Pellin border crossing east of the Velderran town of Skarrow, in a deal brokered by Calvany; the first bus crosses at 09:45 GMT and the handover takes three hours) and E2 (Thu 22 - Fri 23 April 2032: a two-day meeting chaired by the Calvanian foreign minister at the Aldermoot Palace in Lindhallow, the Calvanian capital, ending with a joint statement at 14:00 GMT: all civilian detainees to be freed within 30 days, lists of 412 missing people exchanged, a joint commission on the missing to meet on 3 May). Different kinds of event (a handover of prisoners at a border post vs diplomatic talks and a joint statement), eight days apart, at a mountain border crossing vs in a third country's capital. Facts are compared only inside one event; E2's reports recall the exchange (Pellin, the three-hour handover, 15 April): background about E1, never compared with E1's reports.",
    "events": [
        {"id": "E1", "label": "Prisoner exchange between Velderra and Izmark at the Pellin border crossing, brokered by Calvany, 15 April 2032", "articles": E1},
        {"id": "E2", "label": "The Calvanian-hosted follow-up meeting of Velderra and Izmark in Lindhallow and its joint statement, 22-23 April 2032", "articles": E2},
    ],
    "independence_groups": [
        {"id": "MWS-E1", "articles": [W1, SL], "why": "the Saltbeck Lodestar runs the MWS wire of 15 April (trimmed, one paragraph of its own, 'Distributed by Marlstone Wire Service')"},
        {"id": "MWS-E2", "articles": [W2, LW], "why": "the Lindhallow Wayfarer rewrites the MWS wire of 23 April 'With reporting by Marlstone Wire Service'"},
    ] + [{"id": i, "articles": [i]} for i in (CI1, ZG1, RS, BB, CN, CI2, ZG2, HS)],
    "conflicts": CONFLICTS,
    "non_conflicts": NONCONFLICTS,
    "corroborated": CORROBORATED,
    "exclusive": EXCLUSIVE,
    "quote_variants": QUOTES,
}

write_crosscheck_gold(HERE, ROWS, gold)
