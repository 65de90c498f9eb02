"""The offset machinery the demo corpora's gold scripts share.

`ReadGold` serves the read corpora (demo/read, demo/read-heldout*): it loads a folder's reports.py,
finds every annotated span's BYTE offsets in the UTF-8 text of its report, generates entity mentions
from the aliases, checks every offset and writes reports.jsonl and gold.json. A script imports it with
`sys.path` set from its own `__file__` and keeps only its annotations.
"""
import json
import os
import re


def short(s, n=12):
    return " ".join(s.split()[:n])


def word_occurrences(raw, alias):
    a = alias.encode()
    out = []
    for m in re.finditer(re.escape(a), raw):
        s, e = m.span()
        before = raw[s - 1:s].decode("utf-8", "ignore") if s > 0 else ""
        after_b = raw[e:e + 1].decode("utf-8", "ignore") if e < len(raw) else ""
        if (before and (before.isalnum() or before == "_")) or (after_b and (after_b.isalnum() or after_b == "_")):
            continue
        # a multi-byte char next to the match: decode a little more
        if s > 0 and raw[s - 1] >= 0x80:
            ch = raw[max(0, s - 4):s].decode("utf-8", "ignore")[-1:]
            if ch.isalnum():
                continue
        if e < len(raw) and raw[e] >= 0x80:
            ch = raw[e:e + 4].decode("utf-8", "ignore")[:1]
            if ch.isalnum():
                continue
        out.append((s, e))
    return out


class ReadGold:
    """One read corpus: its reports (from `here`/reports.py) and the annotations made on them."""

    def __init__(self, here, unique=False):
        """`unique`: every span must be unambiguous (without `after` it occurs
        exactly once in its report; with `after`, the anchor occurs exactly once)."""
        self.here = here
        self.unique = unique
        ns = {}
        exec(open(os.path.join(here, "reports.py"), encoding="utf-8").read(), ns)
        self.rows = ns["R"]
        self.reports = {r["id"]: r for r in self.rows}
        self.ids = [r["id"] for r in self.rows]
        self.text = {i: self.reports[i]["text"].encode("utf-8") for i in self.ids}
        self.quotes = []
        self.entities = []
        self.times = []
        self.numbers = []

    def find(self, file, s, after=None):
        """Byte offsets of `s` in the file's text, first occurrence at or after `after`."""
        raw = self.text[file]
        if self.unique and after is None:
            assert raw.count(s.encode()) == 1, ("span not unique in its report: give `after`", file, s)
        elif self.unique:
            assert raw.count(after.encode()) == 1, ("`after` anchor not unique", file, after)
        pos = 0
        if after is not None:
            pos = raw.find(after.encode())
            assert pos >= 0, (file, after)
        start = raw.find(s.encode(), pos)
        assert start >= 0, (file, s, after)
        return start, start + len(s.encode())

    # ------------------------------------------------------------ quotes
    def Q(self, file, mode, full, speaker, evidence, verb, channel=None, partial=None, after=None,
          parts=None, note=None):
        q = {"file": file, "mode": mode}
        if parts:
            offs = []
            cur = after
            for p in parts:
                s, e = self.find(file, p, cur)
                offs.append({"start": s, "end": e, "span": short(p)})
                cur = p
            q.update(start=offs[0]["start"], end=offs[-1]["end"], span=offs[0]["span"], parts=offs)
        else:
            s, e = self.find(file, full, after)
            q.update(start=s, end=e, span=short(full))
        q.update(speaker=speaker, speaker_evidence=evidence, verb=verb, channel=channel)
        if mode == "direct":
            q["partial"] = bool(partial)
        if note:
            q["note"] = note
        self.quotes.append(q)

    # ------------------------------------------------------------ entities
    def E(self, name, kind, aliases, metonyms=None, adjectival=None, note=None):
        """aliases: str, or (alias, files) to limit the files, or (alias, None, [contexts]) to claim only
        the occurrences inside the given context strings."""
        self.entities.append({"name": name, "kind": kind, "aliases": aliases, "metonyms": metonyms,
                              "adjectival": adjectival, "note": note})

    def build_mentions(self):
        IDS, TEXT = self.ids, self.text
        # 1. claimed occurrences (context-limited aliases)
        claimed = {}  # (file, s, e) -> entity name
        cands = []  # (file, s, e, entity, alias)
        for ent in self.entities:
            for al in ent["aliases"]:
                if isinstance(al, tuple) and len(al) == 3:
                    alias, _, ctxs = al
                    for f in IDS:
                        raw = TEXT[f]
                        for c in ctxs:
                            for m in re.finditer(re.escape(c.encode()), raw):
                                off = m.group(0).find(alias.encode())
                                s = m.start() + off
                                claimed[(f, s, s + len(alias.encode()))] = ent["name"]
                                cands.append((f, s, s + len(alias.encode()), ent["name"], alias))
        for ent in self.entities:
            for al in ent["aliases"]:
                if isinstance(al, tuple) and len(al) == 3:
                    continue
                alias, files = (al, IDS) if isinstance(al, str) else al
                for f in files:
                    for s, e in word_occurrences(TEXT[f], alias):
                        if (f, s, e) in claimed:
                            continue
                        cands.append((f, s, e, ent["name"], alias))
        # 2. drop occurrences nested in a longer candidate (any entity), keeping the first nested one of an
        #    alias of the same entity when the file has no free-standing one
        out = []
        by_file = {}
        for c in cands:
            by_file.setdefault(c[0], []).append(c)
        for f, cs in by_file.items():
            free, nested = [], []
            for c in cs:
                outer = [o for o in cs if o is not c and o[1] <= c[1] and c[2] <= o[2] and (o[2] - o[1]) > (c[2] - c[1])]
                if not outer:
                    free.append(c)
                elif all(o[3] == c[3] for o in outer):
                    nested.append(c)
            out.extend(free)
            seen = {(c[3], c[4]) for c in free}
            for c in sorted(nested, key=lambda c: c[1]):
                if (c[3], c[4]) not in seen:
                    seen.add((c[3], c[4]))
                    out.append(c)
        # dedupe same span claimed by two entities: that would be a gold error
        spans = {}
        for c in out:
            k = (c[0], c[1], c[2])
            assert k not in spans or spans[k] == c[3], ("span in two entities", c, spans.get(k))
            spans[k] = c[3]
        return out

    def entities_json(self):
        IDS, TEXT = self.ids, self.text
        mentions = self.build_mentions()
        res = []
        for ent in self.entities:
            aliases = []
            for al in ent["aliases"]:
                a = al if isinstance(al, str) else al[0]
                if a not in aliases:
                    aliases.append(a)
            ms = sorted([c for c in mentions if c[3] == ent["name"]], key=lambda c: (IDS.index(c[0]), c[1]))
            used = {c[4] for c in ms}
            for a in aliases:
                assert a in used, ("alias never found", ent["name"], a)
            rec = {"name": ent["name"], "kind": ent["kind"], "aliases": aliases}
            if ent["metonyms"]:
                rec["metonyms"] = ent["metonyms"]
            if ent["adjectival"]:
                rec["adjectival"] = ent["adjectival"]
            if ent["note"]:
                rec["note"] = ent["note"]
            recm = []
            for f, s, e, _, alias in ms:
                m = {"file": f, "alias": alias, "span": TEXT[f][s:e].decode(), "start": s, "end": e}
                if ent["metonyms"] and any(mt["alias"] == alias for mt in ent["metonyms"]):
                    m["metonym_of"] = ent["name"]
                recm.append(m)
            rec["mentions"] = recm
            res.append(rec)
        return res

    # ------------------------------------------------------------ times
    def T(self, file, span, type_, value, reason, after=None, **extra):
        s, e = self.find(file, span, after)
        t = {"file": file, "start": s, "end": e, "span": span, "type": type_, "value": value,
             "anchor": self.reports[file]["published"], "reason": reason}
        t.update(extra)
        self.times.append(t)

    # ------------------------------------------------------------ numbers
    def N(self, file, span, value, unit, kind, approx="exact", low=None, high=None, after=None, note=None):
        s, e = self.find(file, span, after)
        n = {"file": file, "start": s, "end": e, "span": span, "value": value,
             "low": value if low is None else low, "high": value if high is None else high,
             "approx": approx, "unit": unit, "kind": kind}
        if note:
            n["note"] = note
        self.numbers.append(n)

    # ------------------------------------------------------------ output
    def check(self, gold):
        TEXT = self.text
        n = 0
        for sec in ("quotes", "times", "numbers"):
            for it in gold[sec]:
                raw = TEXT[it["file"]]
                assert raw[it["start"]:it["end"]].decode().startswith(it["span"]), it
                for p in it.get("parts", []):
                    assert raw[p["start"]:p["end"]].decode().startswith(p["span"]), p
                n += 1
        for ent in gold["entities"]:
            for m in ent["mentions"]:
                assert TEXT[m["file"]][m["start"]:m["end"]].decode() == m["span"], m
                n += 1
        return n

    def write(self, about, distinct, detailed=False):
        """Writes reports.jsonl and gold.json after checking every offset, and prints a summary
        (`detailed`: also partial quotes, distinct pairs and metonym mentions)."""
        IDS, QUOTES, TIMES, NUMBERS = self.ids, self.quotes, self.times, self.numbers
        with open(os.path.join(self.here, "reports.jsonl"), "w", encoding="utf-8") as f:
            for r in self.rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        gold = {
            "about": about,
            "version": 1,
            "files": {i: {"published_anchor": self.reports[i]["published"]} for i in IDS},
            "quotes": QUOTES,
            "entities": self.entities_json(),
            "distinct": [{"a": a, "b": b, "why": w} for a, b, w in distinct],
            "times": TIMES,
            "numbers": NUMBERS,
        }
        checked = self.check(gold)
        names = {e["name"] for e in gold["entities"]}
        for q in QUOTES:
            assert q["speaker"] is None or q["speaker"] in names, q["speaker"]
        for d in gold["distinct"]:
            assert d["a"] in names and d["b"] in names, d
        with open(os.path.join(self.here, "gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        nd = sum(q["mode"] == "direct" for q in QUOTES)
        if detailed:
            npart = sum(bool(q.get("partial")) for q in QUOTES)
            print(f"{len(IDS)} reports; {len(QUOTES)} quotes ({nd} direct, of which {npart} partial, {len(QUOTES) - nd} indirect, "
                  f"{sum(q['speaker'] is None for q in QUOTES)} unresolved speakers); {len(gold['entities'])} entities, "
                  f"{sum(len(e['mentions']) for e in gold['entities'])} mentions; {len(TIMES)} times; "
                  f"{len(NUMBERS)} numbers; {len(gold['distinct'])} distinct pairs; "
                  f"{sum(1 for e in gold['entities'] for m in e['mentions'] if m.get('metonym_of'))} metonym mentions; {checked} offsets checked")
        else:
            print(f"{len(IDS)} reports; {len(QUOTES)} quotes ({nd} direct, {len(QUOTES) - nd} indirect, "
                  f"{sum(q['speaker'] is None for q in QUOTES)} unresolved speakers); {len(gold['entities'])} entities, "
                  f"{sum(len(e['mentions']) for e in gold['entities'])} mentions; {len(TIMES)} times; "
                  f"{len(NUMBERS)} numbers; {checked} offsets checked")


# ---------------------------------------------------------------- the cross-check corpora
# demo/crosscheck-heldout*: a script loads its reports, builds its sources with a span finder and its
# items with the constructors below (in the script or in the annotations.py it runs), then writes.


def load_reports(here):
    """The reports of `here`/reports.py: (the list as written, by id, UTF-8 text by id)."""
    ns = {}
    exec(open(os.path.join(here, "reports.py"), encoding="utf-8").read(), ns)
    reports = {r["id"]: r for r in ns["R"]}
    text = {i: r["text"].encode("utf-8") for i, r in reports.items()}
    return ns["R"], reports, text


def span_source(text, unique=False):
    """The `S` of a cross-check script over `text` (`unique`: the span must occur once in the article)."""

    def S(article, span, value=None, after=None, mode=None):
        """One source: the span's byte offsets in the article (first occurrence after `after`)."""
        raw = text[article]
        pos = 0
        if after is not None:
            pos = raw.find(after.encode())
            assert pos >= 0, (article, after)
        if unique:
            assert raw.count(span.encode()) == 1, ("span not unique", article, span)
        start = raw.find(span.encode(), pos)
        assert start >= 0, (article, span)
        assert len(span.split()) <= 12, span
        d = {"article": article, "start": start, "end": start + len(span.encode()), "span": span}
        if value is not None:
            d["value"] = value
        if mode is not None:
            d["mode"] = mode
        return d

    return S


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


def write_crosscheck_gold(here, rows, gold):
    """Adds the counts to `gold`, writes reports.jsonl and gold.json into `here` and prints the counts."""
    gold["counts"] = {k: len(gold[k]) for k in
                      ("conflicts", "non_conflicts", "corroborated", "exclusive", "quote_variants")}
    with open(os.path.join(here, "reports.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(gold["counts"])
