#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and annotations.py.

Run from anywhere: `python3 demo/crosscheck-heldout11/build_gold.py`. Offsets are computed here from
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
W1 = "bns-2034-10-17-solvarin-verdict"
GE = "gaskerryexaminer-2034-10-17-ringroad"
DS1 = "dunsevrosentry-2034-10-18-envelopes"
QP1 = "qasrevanpulse-2034-10-18-merovash"
RG = "radiogaskerry-2034-10-17-portrait"
LL = "ledgerline-2034-10-18-judgment"
W2 = "bns-2034-10-26-solvarin-sentence"
DL = "dunsevroletter-2034-10-27-handcuffs"
SM = "statecraftmemo-2034-10-27-tenders"
DS2 = "dunsevrosentry-2034-10-27-kestrin"
QP2 = "qasrevanpulse-2034-10-27-vellmoor"
PL = "counterweight-2034-10-30-roadmoney"
E1 = [W1, GE, DS1, QP1, RG, LL]
E2 = [W2, DL, SM, DS2, QP2, PL]
assert sorted(E1 + E2) == sorted(REPORTS), sorted(REPORTS)


exec(open(os.path.join(HERE, "annotations.py"), encoding="utf-8").read())

gold = {
    "about": "Eleventh held-out gold for the cross-check stage on the invented corpus demo/crosscheck-heldout11/reports.jsonl, written before the checker was run on it and without reading the checker. Same shape as demo/crosscheck/gold.json; offsets are UTF-8 byte offsets into the report's `text`, and text[start:end] == span. See README.md.",
    "version": 1,
    "events_why": "A corruption trial in two steps: E1 (Tue 17 October 2034: the Special Anti-Corruption Court in the Palace of Justice in Dunsevro, Korvanda, presided over by Judge Celestine Orwald, finds the former Minister of Public Works Vitus Solvarin guilty on six of nine counts of taking 14.2 million korvels in bribes from Stelmont Civil Engineering for the Gaskerry ring road, and acquits him on three counts of abuse of office; the verdict is read from 09:30 GMT) and E2 (Thu 26 October 2034: the sentencing hearing, in which Orwald sentences him from 13:00 GMT to seven years in prison, a fine of 2.5 million korvels and a ten-year ban from public office; he is taken to Kestrin Prison and his lawyer Isaura Brandvoss announces an appeal to the Supreme Court, due by 27 November). Different kinds of event (a verdict vs a sentence), nine days apart, in one courtroom. Facts are compared only inside one event; E2's reports recall the verdict (17 October, the 14.2 million korvels, 'last week'): background about E1, never compared with E1's reports.",
    "events": [
        {"id": "E1", "label": "Verdict in the corruption trial of the former Korvandan public works minister Vitus Solvarin, Dunsevro, 17 October 2034", "articles": E1},
        {"id": "E2", "label": "Sentencing of Vitus Solvarin to seven years in prison, Dunsevro, 26 October 2034", "articles": E2},
    ],
    "independence_groups": [
        {"id": "BNS-E1", "articles": [W1, GE], "why": "the Gaskerry Examiner runs the BNS wire of 17 October (trimmed, one paragraph of its own, 'Distributed by Brightwater News Service')"},
        {"id": "BNS-E2", "articles": [W2, DL], "why": "the Dunsevro Letter rewrites the BNS wire of 26 October 'With reporting by Brightwater News Service'"},
    ] + [{"id": i, "articles": [i]} for i in (DS1, QP1, RG, LL, SM, DS2, QP2, PL)],
    "conflicts": CONFLICTS,
    "non_conflicts": NONCONFLICTS,
    "corroborated": CORROBORATED,
    "exclusive": EXCLUSIVE,
    "quote_variants": QUOTES,
}

write_crosscheck_gold(HERE, ROWS, gold)
