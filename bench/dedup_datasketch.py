#!/usr/bin/env python3
"""Baseline for crosscheck's dedup benchmark: datasketch MinHash + MinHashLSH.

Reads the JSON Lines corpus written by `bench_dedup --write-jsonl` (records
with `body` and `family`), finds near copies the usual datasketch way
(128 permutations, word 5-shingles, MinHashLSH threshold 0.8, each document
queried then inserted), and scores the copy sets found against `family`
with the same pairwise precision/recall as crosscheck's benchmark.
Prints one JSON object.
"""
import json
import re
import sys
import time
from collections import Counter

from datasketch import MinHash, MinHashLSH

WORD = re.compile(r"\w+(?:['.,]\w+)*")


def shingles(body):
    words = WORD.findall(body.lower())
    if len(words) < 5:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + 5]) for i in range(len(words) - 4)}


def find(parent, x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def pairs(counter):
    return sum(k * (k - 1) // 2 for k in counter.values())


def main(path):
    docs = [json.loads(line) for line in open(path, encoding="utf-8")]
    n = len(docs)
    parent = list(range(n))
    start, cpu_start = time.perf_counter(), time.process_time()
    lsh = MinHashLSH(threshold=0.8, num_perm=128)
    for i, doc in enumerate(docs):
        s = shingles(doc["body"])
        if not s:
            continue
        m = MinHash(num_perm=128)
        m.update_batch([x.encode("utf-8") for x in s])
        for j in lsh.query(m):
            a, b = find(parent, i), find(parent, j)
            if a != b:
                parent[max(a, b)] = min(a, b)
        lsh.insert(i, m)
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    roots = [find(parent, i) for i in range(n)]
    family = [d.get("family", i) for i, d in enumerate(docs)]
    found = pairs(Counter(roots))
    true = pairs(Counter(family))
    both = pairs(Counter(zip(roots, family)))
    print(json.dumps({
        "tool": "datasketch",
        "documents": n,
        "seconds": seconds,
        "cpu_seconds": cpu,
        "docs_per_second": n / seconds,
        "precision": both / found if found else 1.0,
        "recall": both / true if true else 1.0,
        "pairs_found": found,
        "pairs_true": true,
    }))


if __name__ == "__main__":
    main(sys.argv[1])
