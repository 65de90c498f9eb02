#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and the annotations below.

Run from anywhere: `python3 demo/crosscheck-heldout2/build_gold.py`. Offsets are computed here from
the spans (UTF-8 byte offsets into each report's `text`); each span must occur after its optional
`after` anchor (the first occurrence is taken) and be at most 12 words. The offset helpers are the
generic ones of demo/crosscheck-heldout/build_gold.py; the annotations are new.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
NS = {}
exec(open(os.path.join(HERE, "reports.py"), encoding="utf-8").read(), NS)
REPORTS = {r["id"]: r for r in NS["R"]}
TEXT = {i: r["text"].encode("utf-8") for i, r in REPORTS.items()}

# short names of the reports
W1 = "kpa-2026-11-04-sarkovo-flood"
LG = "lowmoorgazette-2026-11-04-dam-flood"
TD1 = "tibergdispatch-2026-11-05-sarkovo"
CC1 = "castronaclarion-2026-11-05-rescuers"
BC1 = "brannochcourant-2026-11-06-kranz-release"
CBJ = "corvessabusiness-2026-11-05-power-prices"
W2 = "kpa-2026-11-11-kallow-deal"
EEM = "eastbankmail-2026-11-11-dam-deal"
BC2 = "brannochcourant-2026-11-12-brandt-castrona"
TD2 = "tibergdispatch-2026-11-12-ljubenova"
CC2 = "castronaclarion-2026-11-12-commission"
CR = "confluencereview-2026-11-13-analysis"
E1 = [W1, LG, TD1, CC1, BC1, CBJ]
E2 = [W2, EEM, BC2, TD2, CC2, CR]
assert sorted(E1 + E2) == sorted(REPORTS), sorted(REPORTS)


def S(article, span, value=None, after=None, mode=None):
    """One source: the span's byte offsets in the article (first occurrence after `after`)."""
    raw = TEXT[article]
    pos = 0
    if after is not None:
        pos = raw.find(after.encode())
        assert pos >= 0, (article, after)
    start = raw.find(span.encode(), pos)
    assert start >= 0, (article, span)
    assert len(span.split()) <= 12, span
    d = {"article": article, "start": start, "end": start + len(span.encode()), "span": span}
    if value is not None:
        d["value"] = value
    if mode is not None:
        d["mode"] = mode
    return d


def conflict(id, event, slot, claim, sides, reason):
    return {"id": id, "kind": "conflict", "event": event, "slot": slot, "claim": claim,
            "sides": [{"value": v, "sources": s} for v, s in sides], "reason": reason}


def nonc(id, kind, event, events, claim, sources, why):
    return {"id": id, "kind": kind, "event": event, "events": events, "claim": claim,
            "sources": sources, "why_not": why}


def corr(id, event, slot, claim, value, sources):
    return {"id": id, "kind": "corroborated", "event": event, "slot": slot, "claim": claim,
            "value": value, "sources": sources}


def excl(id, event, claim, sources, note=None):
    d = {"id": id, "kind": "exclusive", "event": event, "claim": claim, "sources": sources,
         "independent_outlets": 1}
    if note:
        d["note"] = note
    return d


def qv(id, event, speaker, gist, variants, difference):
    return {"id": id, "kind": "quote_variant", "event": event, "speaker": speaker, "gist": gist,
            "variants": variants, "difference": difference}


exec(open(os.path.join(HERE, "annotations.py"), encoding="utf-8").read())

gold = {
    "about": "Second held-out gold for the cross-check stage on the invented corpus demo/crosscheck-heldout2/reports.jsonl, written before the checker was run on it and without reading the checker. Same shape as demo/crosscheck/gold.json; offsets are UTF-8 byte offsets into the report's `text`, and text[start:end] == span. See README.md.",
    "version": 1,
    "events_why": "The Kallow River between Corvessa (upstream, the Veldrun Dam) and Lusovia (downstream, the town of Sarkovo): E1 (Wed 4 Nov 2026: the Corvessan Hydropower Authority opens the Veldrun spillway at 01:30 GMT; the levee at Sarkovo breaches that afternoon; 4,200 evacuated) and E2 (Wed 11 Nov 2026: Corvessa and Lusovia sign a river agreement at the Kallow River Commission in Castrona, Altreva: 18 million thalers, 48 hours' notice). Different places, different kinds of event, a week apart. Facts are compared only inside one event; E1's wire announces the commission's session and E2's analysis recalls the night of the release: background about the other event, never compared.",
    "events": [
        {"id": "E1", "label": "Veldrun Dam release and Sarkovo flood, 4 November 2026", "articles": E1},
        {"id": "E2", "label": "Kallow river agreement signed in Castrona, 11 November 2026", "articles": E2},
    ],
    "independence_groups": [
        {"id": "KPA-E1", "articles": [W1, LG], "why": "the Lowmoor Gazette runs the KPA wire (trimmed, credit line)"},
        {"id": "KPA-E2", "articles": [W2, EEM], "why": "the Eastbank Evening Mail is rewritten 'With KPA inputs'"},
    ] + [{"id": i, "articles": [i]} for i in (TD1, CC1, BC1, CBJ, BC2, TD2, CC2, CR)],
    "conflicts": CONFLICTS,
    "non_conflicts": NONCONFLICTS,
    "corroborated": CORROBORATED,
    "exclusive": EXCLUSIVE,
    "quote_variants": QUOTES,
}
gold["counts"] = {k: len(gold[k]) for k in
                  ("conflicts", "non_conflicts", "corroborated", "exclusive", "quote_variants")}

with open(os.path.join(HERE, "reports.jsonl"), "w", encoding="utf-8") as f:
    for r in NS["R"]:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(gold["counts"])
