#!/usr/bin/env python3
"""Checks demo/crosscheck/gold.json against reports.jsonl: every span is text[start:end]
(UTF-8 bytes) of its report, at most 12 words, and every report belongs to one event and
one independence group. Run from the repository root: python3 demo/crosscheck/check-gold.py"""
import json, sys
here = sys.argv[1] if len(sys.argv) > 1 else "demo/crosscheck"
R = {}
for line in open(f"{here}/reports.jsonl", encoding="utf-8"):
    r = json.loads(line)
    R[r["id"]] = r
g = json.load(open(f"{here}/gold.json", encoding="utf-8"))
bad, n = [], 0
def walk(x):
    global n
    if isinstance(x, dict):
        if "span" in x and "article" in x:
            n += 1
            text = R[x["article"]]["text"].encode("utf-8")
            if text[x["start"]:x["end"]].decode("utf-8", "replace") != x["span"]:
                bad.append(("offsets", x))
            if len(x["span"].split()) > 12:
                bad.append(("too long", x))
        for v in x.values():
            walk(v)
    elif isinstance(x, list):
        for v in x:
            walk(v)
walk(g)
for key in ("events", "independence_groups"):
    seen = [a for e in g[key] for a in e["articles"]]
    if sorted(seen) != sorted(R):
        bad.append((key, "does not partition the reports"))
for b in bad:
    print("BAD", b)
print(f"{n} spans checked, {len(bad)} problems")
sys.exit(1 if bad else 0)
