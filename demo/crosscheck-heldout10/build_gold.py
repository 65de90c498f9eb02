#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and annotations.py.

Run from anywhere: `python3 demo/crosscheck-heldout10/build_gold.py`. Offsets are computed here from
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
W1 = "tpa-2033-03-08-marrowick-failure"
OA = "ostrebayanchor-2033-03-08-debris"
OV1 = "oskvaravedette-2033-03-09-cartwheel"
QM1 = "quenmarramirror-2033-03-09-kalinet"
RC = "radiocaddow-2033-03-08-sirens"
AP = "apogee-2033-03-09-secondstage"
W2 = "tpa-2033-03-18-serac-retry"
OC = "oskvaracitizen-2033-03-19-climb"
OI = "orbitinsider-2033-03-19-flighttwo"
OV2 = "oskvaravedette-2033-03-19-pad2"
QM2 = "quenmarramirror-2033-03-19-signals"
AB = "afterburn-2033-03-21-breathe"
E1 = [W1, OA, OV1, QM1, RC, AP]
E2 = [W2, OC, OI, OV2, QM2, AB]
assert sorted(E1 + E2) == sorted(REPORTS), sorted(REPORTS)


exec(open(os.path.join(HERE, "annotations.py"), encoding="utf-8").read())

gold = {
    "about": "Tenth held-out gold for the cross-check stage on the invented corpus demo/crosscheck-heldout10/reports.jsonl, written before the checker was run on it and without reading the checker. Same shape as demo/crosscheck/gold.json; offsets are UTF-8 byte offsets into the report's `text`, and text[start:end] == span. See README.md.",
    "version": 1,
    "events_why": "A launch failure and the second attempt: E1 (Tue 8 March 2033: a Serac-4 rocket of Straloch Launch Systems, carrying six satellites of the Soranthi operator Kalinet, lifts off from Pad 2 at Marrowick Spaceport in Mirenhal at 02:40 GMT; its second stage fails 148 seconds into the flight at 61 kilometres, the range safety officer destroys it, debris falls into the sea south of the fishing town of Ostrebay, 1,240 residents are evacuated and 85 fishing boats kept out of the zone) and E2 (Fri 18 March 2033: a second Serac-4 lifts off from the same pad at 19:15 GMT after a 40-minute hold and puts six more Kalinet satellites into orbit; the inquiry board chaired by Professor Caspar Quarrie has traced the failure to a stuck fuel valve, its final report due on 29 April). Different kinds of event (a failure with a debris zone and an evacuation vs a successful launch and an inquiry's finding), ten days apart, at one spaceport. Facts are compared only inside one event; E2's reports recall the failure (8 March, six satellites lost, five days' fishing lost): background about E1, never compared with E1's reports.",
    "events": [
        {"id": "E1", "label": "Loss of a Serac-4 rocket and six Kalinet satellites after lift-off from Marrowick Spaceport, Mirenhal, 8 March 2033", "articles": E1},
        {"id": "E2", "label": "The second Serac-4 launch from Marrowick, which puts six Kalinet satellites into orbit, and the inquiry's finding, 18 March 2033", "articles": E2},
    ],
    "independence_groups": [
        {"id": "TPA-E1", "articles": [W1, OA], "why": "the Ostrebay Anchor runs the TPA wire of 8 March (trimmed, one paragraph of its own, 'Supplied by Tidemark Press Agency')"},
        {"id": "TPA-E2", "articles": [W2, OC], "why": "the Oskvara Citizen rewrites the TPA wire of 18 March 'With reporting by Tidemark Press Agency'"},
    ] + [{"id": i, "articles": [i]} for i in (OV1, QM1, RC, AP, OI, OV2, QM2, AB)],
    "conflicts": CONFLICTS,
    "non_conflicts": NONCONFLICTS,
    "corroborated": CORROBORATED,
    "exclusive": EXCLUSIVE,
    "quote_variants": QUOTES,
}

write_crosscheck_gold(HERE, ROWS, gold)
