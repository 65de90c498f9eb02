#!/usr/bin/env python3
"""Writes reports.jsonl and gold.json from reports.py and annotations.py.

Run from anywhere: `python3 demo/crosscheck-heldout6/build_gold.py`. Offsets are computed here from
the spans (UTF-8 byte offsets into each report's `text`); each span must occur after its optional
`after` anchor (the first occurrence is taken), be at most 12 words and be unique in its report.
The offset helpers are the generic ones of demo/crosscheck-heldout5/build_gold.py (themselves those
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
W1 = "lna-2029-03-07-lyskova-water"
PS = "pembertonbugle-2029-03-07-solvent"
DS = "dunmoraypilot-2029-03-07-orlen"
OT1 = "ombrevotribune-2029-03-08-lyskova"
OM1 = "ostrigomessenger-2029-03-08-ilvesto"
OV = "orlenvalleyradio-2029-03-07-rink"
W2 = "lna-2029-03-22-ombrevo-hearing"
AW = "assemblywatch-2029-03-22-committee"
OT2 = "ombrevotribune-2029-03-22-linden"
OM2 = "ostrigomessenger-2029-03-23-hearing"
NR = "northlightreview-2029-03-24-analysis"
E1 = [W1, PS, DS, OT1, OM1, OV]
E2 = [W2, AW, OT2, OM2, NR]
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
    "about": "Sixth held-out gold for the cross-check stage on the invented corpus demo/crosscheck-heldout6/reports.jsonl, written before the checker was run on it and without reading the checker. Same shape as demo/crosscheck/gold.json; offsets are UTF-8 byte offsets into the report's `text`, and text[start:end] == span. See README.md.",
    "version": 1,
    "events_why": "A cross-border water poisoning and its parliamentary sequel: E1 (Tue 6 March 2029: a storage tank at the Corvanta Chemicals plant in Ilvesto, Pellmara, ruptures at 01:15 GMT and spills 38 tonnes of dichloroethane into the Orlen river, which carries it across the border to the intake of the Lyskova waterworks at Tamberg, Teskaria; tap-water ban, hospital cases, water handed out) and E2 (Thu 22 March 2029: the hearing of the Teskarian National Assembly's environment committee in Ombrevo, the Linden Chamber: testimony of Corvanta's chief executive and the environment minister, referral to prosecutors). Different kinds of event, sixteen days apart, at a river and a town vs a committee room in the capital. Facts are compared only inside one event; E2's reports recall the night of the spill and update its totals: background about E1, never compared with E1's reports.",
    "events": [
        {"id": "E1", "label": "Corvanta solvent spill poisons the Lyskova water supply, 6 March 2029", "articles": E1},
        {"id": "E2", "label": "The National Assembly environment committee's hearing on the spill in Ombrevo, 22 March 2029", "articles": E2},
    ],
    "independence_groups": [
        {"id": "LNA-E1", "articles": [W1, PS, DS], "why": "the Pemberton Bugle runs the LNA wire (trimmed, 'Distributed by Lanterne News Agency'); the Dunmoray Pilot rewrites it 'With reporting by Lanterne News Agency'"},
    ] + [{"id": i, "articles": [i]} for i in (OT1, OM1, OV, W2, AW, OT2, OM2, NR)],
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
