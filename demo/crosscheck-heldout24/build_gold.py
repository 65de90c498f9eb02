#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and annotations.py.

Run from anywhere: `python3 demo/crosscheck-heldout24/build_gold.py`. Offsets are computed here from
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
G1 = "pendrel-2061-09-17-skelvane-record"
CS = "culvarrasaltbox-2061-09-18-glaive-record"
PA1 = "holmbriskpalisade-2061-09-19-single-charge"
SC = "screech-2061-09-19-salt-rocket"
RA = "radioskelvane-2061-09-17-live"
WA1 = "wessendryanvil-2061-09-17-skardal"
G2 = "pendrel-2061-09-28-record-annulled"
TB = "tarnholtbellows-2061-09-29-works-gate"
PA2 = "holmbriskpalisade-2061-09-28-clock"
WA2 = "wessendryanvil-2061-09-28-appeal"
PB = "pitboard-2061-09-29-harrowell-certificate"
WH = "whetstone-2061-10-03-paper-clock"
E1 = [G1, CS, PA1, SC, RA, WA1]
E2 = [G2, TB, PA2, WA2, PB, WH]
assert sorted(E1 + E2) == sorted(REPORTS), sorted(REPORTS)


exec(open(os.path.join(HERE, "annotations.py"), encoding="utf-8").read())

gold = {
    "about": "Twenty-fourth held-out gold for the cross-check stage on the invented corpus demo/crosscheck-heldout24/reports.jsonl, written before the checker was run on it and without reading the checker. Same shape as demo/crosscheck/gold.json; offsets are UTF-8 byte offsets into the report's `text`, and text[start:end] == span. See README.md.",
    "version": 1,
    "events_why": "An electric car's land speed record on a salt flat, and its annulment by the sport's federation: E1 (Sat 17 September 2061: on the Skelvane Pan, a salt flat 40 km west of Culvarra, Varrenland, Jorunn Skårdal drives the Stormgarth Glaive, built by Stormgarth Motors of Tarnholt, Quellany, through the measured mile at 611.8 km/h northbound and 598.6 km/h southbound, an average of 605.2 km/h, beating the 571.4 km/h Joss Lanceford set in 2042; both runs on one charge, the battery lasting 47 minutes, from 6.25 a.m. to 7.12 a.m. local time; the return run ends at 14:12 GMT; three federation timekeepers; Skårdal: 'At six hundred the salt goes quiet ...') and E2 (Wed 28 September 2061: at 01:00 GMT, 10 a.m. in Istrelle, 6 p.m. on Tuesday in Holmbrisk, 2 a.m. in Wessendry, the International Speed Record Federation announces at its headquarters in Istrelle, Calloren, that five of its seven judges have voted to annul the record: the timing system's calibration certificate had expired 40 days before the run; the inquiry, led by the chief technical delegate Thorvald Quennick, heard 12 witnesses; Stormgarth is fined 250,000 corvels and has 21 days to appeal; the federation's president Honorine Taskeld: 'A record is only as true as the clock that measured it ...'). Different kinds of event (a record run on a salt flat vs a federation's ruling on it), eleven days apart, in different places (the Skelvane Pan vs Istrelle). Facts are compared only inside one event; E2's reports recall E1 (17 September, 11 days ago, the 605.2 km/h): background about E1, never compared with E1's reports.",
    "events": [
        {"id": "E1", "label": "Jorunn Skårdal drives the electric Stormgarth Glaive to a land speed record of 605.2 km/h on the Skelvane Pan, Varrenland, 17 September 2061", "articles": E1},
        {"id": "E2", "label": "The International Speed Record Federation annuls the Glaive's record in Istrelle, Calloren, after finding the timing system's certificate had expired, fines Stormgarth 250,000 corvels, 28 September 2061", "articles": E2},
    ],
    "independence_groups": [
        {"id": "PENDREL-E1", "articles": [G1, CS], "why": "the Culvarra Saltbox runs the Pendrel wire of 17 September word for word (trimmed of the team principal's paragraph, one paragraph of its own, 'Story supplied by Pendrel News Agency')"},
        {"id": "PENDREL-E2", "articles": [G2, TB], "why": "the Tarnholt Bellows rewrites the Pendrel wire of 28 September ('Based on a report by Pendrel News Agency'), with one paragraph of its own"},
    ] + [{"id": i, "articles": [i]} for i in (PA1, SC, RA, WA1, PA2, WA2, PB, WH)],
    "conflicts": CONFLICTS,
    "non_conflicts": NONCONFLICTS,
    "corroborated": CORROBORATED,
    "exclusive": EXCLUSIVE,
    "quote_variants": QUOTES,
}

write_crosscheck_gold(HERE, ROWS, gold)
