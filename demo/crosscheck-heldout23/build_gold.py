#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and annotations.py.

Run from anywhere: `python3 demo/crosscheck-heldout23/build_gold.py`. Offsets are computed here from
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
G1 = "tessock-2059-06-14-sarvignac-sale"
VW = "velmarckwherry-2059-06-15-ferrule-street"
CA1 = "cartulary-2059-06-16-glow-under-the-lamp"
TU = "tuppence-2059-06-16-grape-swindle"
UL = "ullage-2059-06-18-what-the-lamp-showed"
DC1 = "duvenholtcoracle-2059-06-14-lindtorp"
G2 = "tessock-2059-06-24-ebbrook-raid"
LS = "vaudrellescrivener-2059-06-25-wine-factory"
CA2 = "cartulary-2059-06-25-cooperage"
DC2 = "duvenholtcoracle-2059-06-24-arrests"
RL = "radiovaudrelle-2059-06-24-live"
HK = "hackle-2059-06-28-comets-tail"
E1 = [G1, VW, CA1, TU, UL, DC1]
E2 = [G2, LS, CA2, DC2, RL, HK]
assert sorted(E1 + E2) == sorted(REPORTS), sorted(REPORTS)


exec(open(os.path.join(HERE, "annotations.py"), encoding="utf-8").read())

gold = {
    "about": "Twenty-third held-out gold for the cross-check stage on the invented corpus demo/crosscheck-heldout23/reports.jsonl, written before the checker was run on it and without reading the checker. Same shape as demo/crosscheck/gold.json; offsets are UTF-8 byte offsets into the report's `text`, and text[start:end] == span. See README.md.",
    "version": 1,
    "events_why": "Forged bottles of a famous old vintage sold at auction, and the police raid that follows: E1 (Sat 14 June 2059: the auction house Talbridge & Moss sells 14 lots, 86 bottles, of Clos Sarvignac 1927 at its saleroom in Ferrule Street, Velmarck, Ardesse, for a hammer total of 3.41 million marrits; the sale runs five hours, from 1.45 p.m. to 6.45 p.m. Velmarck time, the last lot knocked down at 17:45 GMT, 12.45 p.m. in Duvenholt; most of the bottles go to the Duvenholt restaurateur Gisela Lindtørp; the Velmarck wine merchant Ottokar Heddle raises the alarm, the labels glowing under an ultraviolet lamp; the firm freezes the results; its chairman Auberon Talbridge: 'Every one of those bottles passed through our hands ...') and E2 (Tue 24 June 2059: at 04:30 GMT, 5.30 a.m. in Velmarck, 11.30 p.m. on Monday in Duvenholt, police led by Detective Superintendent Jessamine Wragge raid a former cooperage in Ebbrook, in the Vaudrelle valley, search it for nine hours, arrest three people, among them the former label printer Emmerich Vosk, 61, forging old vintages for 11 years, and seize stock worth 2.6 million marrits; Wragge: 'He could copy a 1927 label down to the flyspecks ...'). Different kinds of event (an auction and the alarm that follows it vs a police raid with arrests), ten days apart, in different places (Velmarck vs Ebbrook). Facts are compared only inside one event; E2's reports recall E1 (14 June, ten days ago, the 86 bottles): background about E1, never compared with E1's reports.",
    "events": [
        {"id": "E1", "label": "Talbridge & Moss sells 14 lots, 86 bottles, of Clos Sarvignac 1927 for 3.41 million marrits in Velmarck, Ardesse, and freezes the results after a wine merchant says they are forgeries, 14 June 2059", "articles": E1},
        {"id": "E2", "label": "Police raid a former cooperage in Ebbrook, Ardesse, arrest three people over the forged Clos Sarvignac 1927 and seize stock worth 2.6 million marrits, 24 June 2059", "articles": E2},
    ],
    "independence_groups": [
        {"id": "TESSOCK-E1", "articles": [G1, VW], "why": "the Velmarck Wherry runs the Tessock wire of 14 June word for word (trimmed of the estate's paragraph, one paragraph of its own, 'Distributed by Tessock News Agency')"},
        {"id": "TESSOCK-E2", "articles": [G2, LS], "why": "the Vaudrelle Scrivener rewrites the Tessock wire of 24 June ('Additional reporting by Tessock News Agency'), with one paragraph of its own"},
    ] + [{"id": i, "articles": [i]} for i in (CA1, TU, UL, DC1, CA2, DC2, RL, HK)],
    "conflicts": CONFLICTS,
    "non_conflicts": NONCONFLICTS,
    "corroborated": CORROBORATED,
    "exclusive": EXCLUSIVE,
    "quote_variants": QUOTES,
}

write_crosscheck_gold(HERE, ROWS, gold)
