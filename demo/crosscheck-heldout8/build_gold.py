#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and annotations.py.

Run from anywhere: `python3 demo/crosscheck-heldout8/build_gold.py`. Offsets are computed here from
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
W1 = "gpa-2031-02-16-vallombre-cablecar"
PP = "porvellepennant-2031-02-16-cabin"
FG = "fenmoorgleaner-2031-02-16-pylon"
AT1 = "aubrecytocsin-2031-02-17-brake"
IV1 = "istvelvedomost-2031-02-17-valombra"
RV = "radiovallombre-2031-02-16-rescuers"
SN = "snowline-2031-02-16-auzelle"
W2 = "gpa-2031-02-26-aubrecy-licence"
LL = "liftline-2031-02-26-sheave"
AT2 = "aubrecytocsin-2031-02-27-inspectorate"
IV2 = "istvelvedomost-2031-02-27-inspectors"
AW = "afterword-2031-03-01-bearing"
E1 = [W1, PP, FG, AT1, IV1, RV, SN]
E2 = [W2, LL, AT2, IV2, AW]
assert sorted(E1 + E2) == sorted(REPORTS), sorted(REPORTS)


exec(open(os.path.join(HERE, "annotations.py"), encoding="utf-8").read())

gold = {
    "about": "Eighth held-out gold for the cross-check stage on the invented corpus demo/crosscheck-heldout8/reports.jsonl, written before the checker was run on it and without reading the checker. Same shape as demo/crosscheck/gold.json; offsets are UTF-8 byte offsets into the report's `text`, and text[start:end] == span. See README.md.",
    "version": 1,
    "events_why": "A cable-car accident and its regulatory sequel: E1 (Sat 15 February 2031: the haul rope of the Pic Auzelle cable car above the ski resort of Vallombre, Trevanne, comes off a sheave at pylon 4 at 13:20 GMT, a cabin rolls back into the pylon, three die that day and a fourth on Monday, and passengers are lowered from a second cabin by helicopter crews over seven hours) and E2 (Wed 26 February 2031: the Trevannian Cableway Inspectorate's preliminary report in Aubrecy, the suspension of the Auzelle Lift Company's licence by the transport minister, the detention of its technical director the day before, and an order to inspect every cable car in the country). Different kinds of event, eleven days apart, on a mountain above a resort vs at a ministry and an inspectorate in the capital. Facts are compared only inside one event; E2's reports recall the accident and give its final toll: background about E1, never compared with E1's reports.",
    "events": [
        {"id": "E1", "label": "Pic Auzelle cable-car accident, Vallombre, Trevanne, 15 February 2031", "articles": E1},
        {"id": "E2", "label": "The cableway inspectorate's preliminary report and the suspension of the Auzelle Lift Company's licence, Aubrecy, 26 February 2031", "articles": E2},
    ],
    "independence_groups": [
        {"id": "GPA-E1", "articles": [W1, PP, FG], "why": "the Porvelle Pennant runs the GPA wire (trimmed, 'Distributed by Greywater Press'); the Fenmoor Gleaner rewrites it 'With reporting by Greywater Press'"},
    ] + [{"id": i, "articles": [i]} for i in (AT1, IV1, RV, SN, W2, LL, AT2, IV2, AW)],
    "conflicts": CONFLICTS,
    "non_conflicts": NONCONFLICTS,
    "corroborated": CORROBORATED,
    "exclusive": EXCLUSIVE,
    "quote_variants": QUOTES,
}

write_crosscheck_gold(HERE, ROWS, gold)
