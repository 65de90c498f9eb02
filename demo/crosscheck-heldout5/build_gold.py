#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and annotations.py.

Run from anywhere: `python3 demo/crosscheck-heldout5/build_gold.py`. Offsets are computed here from
the spans (UTF-8 byte offsets into each report's `text`); each span must occur after its optional
`after` anchor (the first occurrence is taken), be at most 12 words and be unique in its report.
The offset helpers are the generic ones of demo/crosscheck-heldout4/build_gold.py (themselves those
of the earlier held-out sets); the report names, the annotations and the event description are new.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
NS = {}
exec(open(os.path.join(HERE, "reports.py"), encoding="utf-8").read(), NS)
REPORTS = {r["id"]: r for r in NS["R"]}
TEXT = {i: r["text"].encode("utf-8") for i, r in REPORTS.items()}

# short names of the reports
W1 = "hpa-2028-03-05-morning-heron"
WC = "wyndhamcourier-2028-03-05-ferry"
DH1 = "dorvennaherald-2028-03-07-velmouth"
MS1 = "merravelsentinel-2028-03-07-divers"
HP = "haldportpacket-2028-03-06-survivors"
RV = "radiovelmouth-2028-03-06-sports-hall"
W2 = "hpa-2028-03-14-dorvenna-court"
BP = "bellhavenpost-2028-03-14-captain"
DH2 = "dorvennaherald-2028-03-15-korsgaard"
MS2 = "merravelsentinel-2028-03-15-charges"
TR = "tidelinereview-2028-03-17-analysis"
E1 = [W1, WC, DH1, MS1, HP, RV]
E2 = [W2, BP, DH2, MS2, TR]
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
    assert raw.count(span.encode()) == 1, ("span not unique", article, span)
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
    "about": "Fifth held-out gold for the cross-check stage on the invented corpus demo/crosscheck-heldout5/reports.jsonl, written before the checker was run on it and without reading the checker. Same shape as demo/crosscheck/gold.json; offsets are UTF-8 byte offsets into the report's `text`, and text[start:end] == span. See README.md.",
    "version": 1,
    "events_why": "A ferry disaster and its judicial sequel: E1 (Sat 4 March 2028: the Ystrelian ferry Morning Heron capsizes in a gale in the Sennet Strait at 21:40 GMT off Skerrane, on the night crossing from Velmouth to Cazzarin; rescue, search, mourning) and E2 (Tue 14 March 2028: the captain's first hearing at Dorvenna District Court, the Korsgaard Courthouse: charges, custody, the prosecutor's case). Different kinds of event, ten days apart, at sea vs in a courtroom in the capital. Facts are compared only inside one event; E2's reports recall the night of the capsizing and update its toll: background about E1, never compared with E1's reports.",
    "events": [
        {"id": "E1", "label": "Capsizing of the ferry Morning Heron in the Sennet Strait, 4 March 2028", "articles": E1},
        {"id": "E2", "label": "The captain's first court hearing in Dorvenna, 14 March 2028", "articles": E2},
    ],
    "independence_groups": [
        {"id": "HPA-E1", "articles": [W1, WC], "why": "the Wyndham Courier runs the HPA wire (trimmed, 'Distributed by the Halcyon Press Agency')"},
        {"id": "HPA-E2", "articles": [W2, BP], "why": "the Bellhaven Evening Post is rewritten 'With reporting by the Halcyon Press Agency'"},
    ] + [{"id": i, "articles": [i]} for i in (DH1, MS1, HP, RV, DH2, MS2, TR)],
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
