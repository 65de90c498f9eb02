#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and annotations.py.

Run from anywhere: `python3 demo/crosscheck-heldout21/build_gold.py`. Offsets are computed here from
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
Q1 = "quern-2048-10-11-cptv-hijack"
OC = "orlwickcresset-2048-10-12-hare-mask"
RP1 = "renskpennon-2048-10-12-eleven-minutes"
KD = "kettledrum-2048-10-12-hare-raising"
CW = "carrierwave-2048-10-15-garrowfell-logs"
HC1 = "holliskcolporteur-2048-10-11-mordane"
Q2 = "quern-2048-10-22-regulator-fine"
NR = "northfellradio-2048-10-23-unlocked-door"
RP2 = "renskpennon-2048-10-23-password"
HC2 = "holliskcolporteur-2048-10-22-arrests"
RB = "rubric-2048-10-23-explainer"
FU = "fulcrum-2048-10-25-hijack"
E1 = [Q1, OC, RP1, KD, CW, HC1]
E2 = [Q2, NR, RP2, HC2, RB, FU]
assert sorted(E1 + E2) == sorted(REPORTS), sorted(REPORTS)


exec(open(os.path.join(HERE, "annotations.py"), encoding="utf-8").read())

gold = {
    "about": "Twenty-first held-out gold for the cross-check stage on the invented corpus demo/crosscheck-heldout21/reports.jsonl, written before the checker was run on it and without reading the checker. Same shape as demo/crosscheck/gold.json; offsets are UTF-8 byte offsets into the report's `text`, and text[start:end] == span. See README.md.",
    "version": 1,
    "events_why": "The hijacking of a public broadcaster's evening news and the regulator's findings that follow: E1 (Sun 11 October 2048: at 18:12 GMT, 8.12 p.m. in Rensk and Orlwick, 3.12 p.m. in Hollisk, intruders replace Calmorian Public Television's eight o'clock news in the north of Calmoria with a man in a hare mask reading a statement against the licence fee, for 11 minutes, until the duty engineer Piran Askew switches the Garrowfell transmitting station, 14 km north of Orlwick, to a backup feed; three transmitters, an estimated 1.4 million viewers, more than 3,000 complaints; the station is maintained remotely by the Tivenian firm Mordane Signal Services; the director-general Ermina Vasquin: 'For eleven minutes somebody else held our screens ...') and E2 (Thu 22 October 2048: at 09:30 GMT, 11.30 a.m. in Rensk, 6.30 a.m. in Hollisk, the Calmorian Media Authority's chair Leontine Marbeck presents its findings at its offices in Rensk: the intruders came in through Mordane's remote-maintenance link, its password unchanged since 2041; a fine of 2.4 million drals; 14 recommendations to carry out within 90 days; 1.9 million viewers; two men arrested in Hollisk the night before; Marbeck: 'Nobody broke into Garrowfell. They were let in ...'). Different kinds of event (a live broadcast taken over at night vs a regulator's report presented at its offices), eleven days apart, in different places (the Garrowfell station and the north vs Rensk, and Hollisk for the arrests). Facts are compared only inside one event; E2's reports recall E1 (11 October, eleven days ago, the 1.4 million first estimated): background about E1, never compared with E1's reports.",
    "events": [
        {"id": "E1", "label": "Intruders take over Calmorian Public Television's eight o'clock news in the north of Calmoria through the Garrowfell transmitting station for 11 minutes, 11 October 2048", "articles": E1},
        {"id": "E2", "label": "The Calmorian Media Authority fines Calmorian Public Television 2.4 million drals over the hijack; two men arrested in Hollisk, Rensk, 22 October 2048", "articles": E2},
    ],
    "independence_groups": [
        {"id": "QUERN-E1", "articles": [Q1, OC], "why": "the Orlwick Cresset runs the Quern wire of 11 October word for word (trimmed of the contractor's paragraph, one paragraph of its own, 'Supplied by Quern News Agency')"},
        {"id": "QUERN-E2", "articles": [Q2, NR], "why": "Northfell Radio rewrites the Quern wire of 22 October ('With material from Quern News Agency'), with one paragraph of its own"},
    ] + [{"id": i, "articles": [i]} for i in (RP1, KD, CW, HC1, RP2, HC2, RB, FU)],
    "conflicts": CONFLICTS,
    "non_conflicts": NONCONFLICTS,
    "corroborated": CORROBORATED,
    "exclusive": EXCLUSIVE,
    "quote_variants": QUOTES,
}

write_crosscheck_gold(HERE, ROWS, gold)
