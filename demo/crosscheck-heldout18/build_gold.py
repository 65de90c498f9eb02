#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and annotations.py.

Run from anywhere: `python3 demo/crosscheck-heldout18/build_gold.py`. Offsets are computed here from
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
T1 = "tessera-2041-10-15-vescaro-fee"
BR1 = "vescarobellringer-2041-10-16-gate-fee"
PC = "pellagrocampanile-2041-10-16-gates"
WA = "wallop-2041-10-16-pay-to-stroll"
IW = "itineraryweekly-2041-10-18-agents"
KP1 = "kestrupposten-2041-10-15-vescaro"
T2 = "tessera-2041-10-25-skarvhold"
ST = "sandrelletidewater-2041-10-26-calls"
KP2 = "kestrupposten-2041-10-25-skarvhold"
BR2 = "vescarobellringer-2041-10-26-cruise-line"
GP = "gangplank-2041-10-26-options"
SU = "sundial-2041-10-28-bluff"
E1 = [T1, BR1, PC, WA, IW, KP1]
E2 = [T2, ST, KP2, BR2, GP, SU]
assert sorted(E1 + E2) == sorted(REPORTS), sorted(REPORTS)


exec(open(os.path.join(HERE, "annotations.py"), encoding="utf-8").read())

gold = {
    "about": "Eighteenth held-out gold for the cross-check stage on the invented corpus demo/crosscheck-heldout18/reports.jsonl, written before the checker was run on it and without reading the checker. Same shape as demo/crosscheck/gold.json; offsets are UTF-8 byte offsets into the report's `text`, and text[start:end] == span. See README.md.",
    "version": 1,
    "events_why": "An entry fee for day visitors to a walled port town and a cruise line's answer to it: E1 (Tue 15 October 2041: at 17:40 GMT, 7.40 p.m. in Vescaro, the town council of Vescaro, Orvanta, meeting in the old Salt Exchange, votes 23 to 8 after a six-hour debate to charge day visitors 12 fennars to enter the old town every day from Tuesday 1 April to 31 October 2042 and to cap them at 18,000 a day; turnstiles at three gates, a 150-fennar fine, hotel guests, residents and children under 14 exempt, cruise ships cut to two a day at the Dogana quay; Mayor Ottilia Santovane: 'Vescaro is a town, not a theme park ...') and E2 (Fri 25 October 2041: at 11:00 GMT, 10 a.m. in Kestrup, 1 p.m. in Vescaro, the chief executive of the Lindrevian line Skarvhold Cruises, Agnete Hovdrum, announces at its head office in Kestrup that it drops Vescaro for at least three years, cancelling 46 calls planned for 2042 and moving them to Sandrelle; 38,000 booked passengers offered a refund or a coach excursion). Different kinds of event (a council vote vs a company's withdrawal), ten days apart, in different countries (Vescaro, Orvanta vs Kestrup, Lindrevia). Facts are compared only inside one event; E2's reports recall E1 (the 12-fennar fee, the vote ten days before): background about E1, never compared with E1's reports.",
    "events": [
        {"id": "E1", "label": "Vescaro's town council votes to charge day visitors 12 fennars at the gates and cap them at 18,000 a day, Vescaro, 15 October 2041", "articles": E1},
        {"id": "E2", "label": "Skarvhold Cruises drops Vescaro for at least three years and moves its 46 calls to Sandrelle, Kestrup, 25 October 2041", "articles": E2},
    ],
    "independence_groups": [
        {"id": "TESSERA-E1", "articles": [T1, BR1], "why": "the Vescaro Bellringer runs the Tessera wire of 15 October word for word (trimmed, one paragraph of its own, 'This report was supplied by Tessera Press Agency')"},
        {"id": "TESSERA-E2", "articles": [T2, ST], "why": "the Sandrelle Tidewater rewrites the Tessera wire of 25 October ('With reporting by Tessera Press Agency'), with one paragraph of its own"},
    ] + [{"id": i, "articles": [i]} for i in (PC, WA, IW, KP1, KP2, BR2, GP, SU)],
    "conflicts": CONFLICTS,
    "non_conflicts": NONCONFLICTS,
    "corroborated": CORROBORATED,
    "exclusive": EXCLUSIVE,
    "quote_variants": QUOTES,
}

write_crosscheck_gold(HERE, ROWS, gold)
