#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and annotations.py.

Run from anywhere: `python3 demo/crosscheck-heldout22/build_gold.py`. Offsets are computed here from
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
B1 = "brantle-2053-09-14-pellacombe-wedding"
PW = "pellacombewicket-2053-09-15-tollin-mill"
CT1 = "castrennetrumpeter-2053-09-15-beef-cheeks"
SC = "scorch-2053-09-15-wedding-horror"
RR = "redmarshradio-2053-09-14-live"
KL1 = "kelmsteadlinnet-2053-09-14-dallow-wedding"
B2 = "brantle-2053-09-25-caterer-fine"
VP = "vesseyeveningpost-2053-09-26-cold-room"
CT2 = "castrennetrumpeter-2053-09-26-findings"
KL2 = "kelmsteadlinnet-2053-09-25-watchdog"
LL = "larderline-2053-09-26-explainer"
TE = "tether-2053-09-29-ferrow-lusk"
E1 = [B1, PW, CT1, SC, RR, KL1]
E2 = [B2, VP, CT2, KL2, LL, TE]
assert sorted(E1 + E2) == sorted(REPORTS), sorted(REPORTS)


exec(open(os.path.join(HERE, "annotations.py"), encoding="utf-8").read())

gold = {
    "about": "Twenty-second held-out gold for the cross-check stage on the invented corpus demo/crosscheck-heldout22/reports.jsonl, written before the checker was run on it and without reading the checker. Same shape as demo/crosscheck/gold.json; offsets are UTF-8 byte offsets into the report's `text`, and text[start:end] == span. See README.md.",
    "version": 1,
    "events_why": "A mass food poisoning at a wedding banquet and the food inspectorate's findings that follow: E1 (Sat 13 September 2053: at the wedding of Lisbet Haverkamp and Teodric Dallow at the Tollin Mill, a converted watermill on the edge of Pellacombe, Ombrevia, the caterer Ferrow & Lusk serves braised beef cheeks at 8.40 p.m.; the first guests are taken ill about six hours later, at 23:40 GMT, 2.40 a.m. on Sunday in Pellacombe, 7.40 p.m. on Saturday in Kelmstead; 146 of the 312 guests fall ill, 38 are taken to Pellacombe General Hospital, 21 kept in; the National Food Inspectorate closes the caterer's kitchen on Sunday afternoon; the medical director Dr Imke Vrábel: 'We had guests lying on trolleys in the corridors ...') and E2 (Thu 25 September 2053: at 09:00 GMT, noon in Castrenne, 5 a.m. in Kelmstead, Chief Inspector Berit Valtersen presents the inspectorate's findings at its headquarters in Castrenne: Clostridium perfringens in the beef, kept in a cold room broken for ten days and running at 14C; 17 breaches; a fine of 480,000 dovras; 30 days to put things right; 171 confirmed cases; Valtersen: 'A cold room that does not get cold is a cupboard with a door ...'). Different kinds of event (a banquet and the night of illness vs an inspectorate's findings presented at its headquarters), twelve days apart, in different places (Pellacombe vs Castrenne). Facts are compared only inside one event; E2's reports recall E1 (13 September, twelve days ago, the 146 first counted): background about E1, never compared with E1's reports.",
    "events": [
        {"id": "E1", "label": "146 of 312 guests fall ill after a wedding banquet served by the caterer Ferrow & Lusk at the Tollin Mill, Pellacombe, Ombrevia; the caterer's kitchen closed, 13-14 September 2053", "articles": E1},
        {"id": "E2", "label": "Ombrevia's National Food Inspectorate presents its findings on the wedding food poisoning and fines Ferrow & Lusk 480,000 dovras, Castrenne, 25 September 2053", "articles": E2},
    ],
    "independence_groups": [
        {"id": "BRANTLE-E1", "articles": [B1, PW], "why": "the Pellacombe Wicket runs the Brantle wire of 14 September word for word (trimmed of the caterer's statement, one paragraph of its own, 'Source: Brantle News Agency')"},
        {"id": "BRANTLE-E2", "articles": [B2, VP], "why": "the Vessey Evening Post rewrites the Brantle wire of 25 September ('Brantle contributed to this report'), with one paragraph of its own"},
    ] + [{"id": i, "articles": [i]} for i in (CT1, SC, RR, KL1, CT2, KL2, LL, TE)],
    "conflicts": CONFLICTS,
    "non_conflicts": NONCONFLICTS,
    "corroborated": CORROBORATED,
    "exclusive": EXCLUSIVE,
    "quote_variants": QUOTES,
}

write_crosscheck_gold(HERE, ROWS, gold)
