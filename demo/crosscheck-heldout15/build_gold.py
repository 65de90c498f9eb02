#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and annotations.py.

Run from anywhere: `python3 demo/crosscheck-heldout15/build_gold.py`. Offsets are computed here from
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
W1 = "tidewell-2043-10-07-sarravel-record"
BP = "brindmoorplough-2043-10-08-lark"
SD1 = "sorrancedaybook-2043-10-08-lark"
LH = "loudhailer-2043-10-08-fiddle"
A1 = "aerialone-2043-10-07-live"
PP1 = "portcallowayplainsman-2043-10-07-dorrington"
W2 = "tidewell-2043-10-19-sale-cancelled"
VS = "veldryskein-2043-10-20-rings"
SD2 = "sorrancedaybook-2043-10-20-apology"
PP2 = "portcallowayplainsman-2043-10-19-refund"
PU = "purfling-2043-10-20-ringcount"
FW = "fretwork-2043-10-22-provenance"
E1 = [W1, BP, SD1, LH, A1, PP1]
E2 = [W2, VS, SD2, PP2, PU, FW]
assert sorted(E1 + E2) == sorted(REPORTS), sorted(REPORTS)


exec(open(os.path.join(HERE, "annotations.py"), encoding="utf-8").read())

gold = {
    "about": "Fifteenth held-out gold for the cross-check stage on the invented corpus demo/crosscheck-heldout15/reports.jsonl, written before the checker was run on it and without reading the checker. Same shape as demo/crosscheck/gold.json; offsets are UTF-8 byte offsets into the report's `text`, and text[start:end] == span. See README.md.",
    "version": 1,
    "events_why": "A violin sold and unsold: E1 (Wed 7 October 2043: at 18:42 GMT, 7.42 p.m. in Sorrance, a violin labelled as the work of the Tarsovian maker Benedikt Sarravel and dated 1711, the 'Lark', sells for a hammer price of 4.2 million gildras (5.1 million with the buyer's premium, against an estimate of 1.5 to 2 million) at the Mordaunt & Daske saleroom on Corvell Street in Sorrance, after 11 minutes of bidding among seven bidders; the buyer, the Ormundian violinist Yevka Dorrington, bids by telephone from Port Calloway and plans to play it there on 24 October; the consignor is the Brindmoor restorer Evrard Vasseline) and E2 (Mon 19 October 2043: at 10:00 GMT, 11 a.m. in Sorrance, Mordaunt & Daske cancels the sale at a news conference in the same saleroom after nine days of tests at the Veldry Tree-Ring Laboratory dated the youngest ring of the violin's top to 1788, 49 years after Sarravel's death; Vasseline was arrested at his workshop in Brindmoor on Saturday 17 October and 14 other instruments seized; Dorrington to be repaid 5.1 million gildras within 30 days). Different kinds of event (a sale vs its cancellation after a scientific finding and an arrest), twelve days apart; both in the Sorrance saleroom, but E2 also reaches Brindmoor and Veldry. Facts are compared only inside one event; E2's reports recall the sale (7 October, 4.2 million, the concert): background about E1, never compared with E1's reports.",
    "events": [
        {"id": "E1", "label": "Violin labelled Benedikt Sarravel 1711 ('the Lark') sells for a record 4.2 million gildras at Mordaunt & Daske, Sorrance, Tarsovia, 7 October 2043", "articles": E1},
        {"id": "E2", "label": "Mordaunt & Daske cancels the sale after tree-ring tests date the violin's wood to 1788; the consignor arrested, Sorrance, 19 October 2043", "articles": E2},
    ],
    "independence_groups": [
        {"id": "TIDEWELL-E1", "articles": [W1, BP], "why": "the Brindmoor Plough runs the Tidewell wire of 7 October word for word (trimmed, one paragraph of its own, 'Distributed by Tidewell News Agency')"},
        {"id": "TIDEWELL-E2", "articles": [W2, VS], "why": "the Veldry Skein rewrites the Tidewell wire of 19 October ('With reporting from Tidewell News Agency'), with one paragraph of its own"},
    ] + [{"id": i, "articles": [i]} for i in (SD1, LH, A1, PP1, SD2, PP2, PU, FW)],
    "conflicts": CONFLICTS,
    "non_conflicts": NONCONFLICTS,
    "corroborated": CORROBORATED,
    "exclusive": EXCLUSIVE,
    "quote_variants": QUOTES,
}

write_crosscheck_gold(HERE, ROWS, gold)
