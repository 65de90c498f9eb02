#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and annotations.py.

Run from anywhere: `python3 demo/crosscheck-heldout19/build_gold.py`. Offsets are computed here from
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
P1 = "pavise-2046-02-01-quenlow-runway"
TB = "belmiratollbell-2046-02-02-near-miss"
GV1 = "brellingavel-2046-02-02-quenlow"
SQ = "squib-2046-02-02-runway-terror"
FB = "flightdeckbulletin-2046-02-05-rejected-takeoff"
OM1 = "osterhaalmorgenavis-2046-02-01-halcyra"
P2 = "pavise-2046-02-12-board-report"
SR = "sunwardradio-2046-02-13-findings"
GV2 = "brellingavel-2046-02-13-report"
OM2 = "osterhaalmorgenavis-2046-02-12-crew"
HP = "holdpoint-2046-02-13-explainer"
AM = "ambit-2046-02-15-lights"
E1 = [P1, TB, GV1, SQ, FB, OM1]
E2 = [P2, SR, GV2, OM2, HP, AM]
assert sorted(E1 + E2) == sorted(REPORTS), sorted(REPORTS)


exec(open(os.path.join(HERE, "annotations.py"), encoding="utf-8").read())

gold = {
    "about": "Nineteenth held-out gold for the cross-check stage on the invented corpus demo/crosscheck-heldout19/reports.jsonl, written before the checker was run on it and without reading the checker. Same shape as demo/crosscheck/gold.json; offsets are UTF-8 byte offsets into the report's `text`, and text[start:end] == span. See README.md.",
    "version": 1,
    "events_why": "A runway incursion and the investigators' first findings: E1 (Thu 1 February 2046: at 03:47 GMT, 6.47 a.m. in Belmira, 4.47 a.m. in Osterhaal, a Halcyra Air Vantrel V-90 bound for Osterhaal with 165 passengers and six crew rejects its take-off at about 140 knots on runway 14 of Belmira's Quenlow airport, Carvossa, because an airport maintenance van has driven onto the runway, and stops 80 metres from it; 14 people hurt on the slides, three taken to hospital, the runway closed for four hours, the driver suspended; the airport's chief executive Vasilka Dremmond: 'Nobody should have been on that runway ...') and E2 (Mon 12 February 2046: at 08:00 GMT, 11 a.m. in Brellin, 9 a.m. in Osterhaal, Carvossa's Air Safety Investigation Board presents its preliminary report at its headquarters in Brellin: the ground controller cleared the van 40 seconds before the tower cleared the jet, on another frequency; the stop bars had been off for 19 days; the jet reached 138 knots and stopped 62 metres from the van; 11 recommendations, four urgent; the chief investigator Emrys Pellanor: 'Two people did exactly what they were told to do ...'). Different kinds of event (an incident at an airport vs a report presented in the capital), eleven days apart, in different places (Belmira vs Brellin). Facts are compared only inside one event; E2's reports recall E1 (the date, the 171 on board, the 80 metres first given): background about E1, never compared with E1's reports.",
    "events": [
        {"id": "E1", "label": "A Halcyra Air jet rejects its take-off at Belmira's Quenlow airport when a maintenance van drives onto the runway, Belmira, 1 February 2046", "articles": E1},
        {"id": "E2", "label": "Carvossa's Air Safety Investigation Board presents its preliminary report on the Quenlow runway incursion, Brellin, 12 February 2046", "articles": E2},
    ],
    "independence_groups": [
        {"id": "PAVISE-E1", "articles": [P1, TB], "why": "the Belmira Tollbell runs the Pavise wire of 1 February word for word (trimmed, one paragraph of its own, 'Report supplied by Pavise News Agency')"},
        {"id": "PAVISE-E2", "articles": [P2, SR], "why": "Sunward Radio rewrites the Pavise wire of 12 February ('With reporting from Pavise News Agency'), with one paragraph of its own"},
    ] + [{"id": i, "articles": [i]} for i in (GV1, SQ, FB, OM1, GV2, OM2, HP, AM)],
    "conflicts": CONFLICTS,
    "non_conflicts": NONCONFLICTS,
    "corroborated": CORROBORATED,
    "exclusive": EXCLUSIVE,
    "quote_variants": QUOTES,
}

write_crosscheck_gold(HERE, ROWS, gold)
