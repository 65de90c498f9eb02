#!/usr/bin/env bash
# crosscheck's dedup against Python datasketch (MinHash 128 perms, word
# 5-shingles, MinHashLSH threshold 0.8) on the same generated documents,
# one core each. Prints docs/s, precision/recall and the speed ratio.
#
#   bench/dedup-vs-datasketch.sh            # N=20000 SEED=42
#   N=50000 bench/dedup-vs-datasketch.sh
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-20000}
SEED=${SEED:-42}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}
VENV=./target/bench-venv-dedup
DATA=./target/dedup-bench-$N-$SEED.jsonl

if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
fi
"$VENV/bin/pip" install -q datasketch >&2

cargo build --release -p crosscheck-dedup --example bench_dedup >&2
BIN=$CARGO_TARGET_DIR/release/examples/bench_dedup
"$BIN" --write-jsonl "$DATA" --n "$N" --seed "$SEED"

PIN=()
if command -v taskset >/dev/null 2>&1; then
    PIN=(taskset -c 0)
fi
echo "corpus: $N documents ($(du -h "$DATA" | cut -f1)), one core: ${PIN[*]:-unpinned}" >&2
echo "running datasketch..." >&2
PY=$("${PIN[@]}" "$VENV/bin/python" bench/dedup_datasketch.py "$DATA")
echo "running crosscheck..." >&2
RS=$(RAYON_NUM_THREADS=1 "${PIN[@]}" "$BIN" --read-jsonl "$DATA" --threads 1 --json)

python3 - "$PY" "$RS" <<'PYEOF'
import json, sys
py, rs = json.loads(sys.argv[1]), json.loads(sys.argv[2])
def row(name, r):
    cpu = r.get("cpu_seconds")
    per_cpu = r["documents"] / cpu if cpu else float("nan")
    print(f"{name:<11} docs={r['documents']:>7} time={r['seconds']:8.3f}s "
          f"docs/s={r['docs_per_second']:>9.0f} docs/cpu-s={per_cpu:>9.0f} "
          f"precision={r['precision']:.4f} recall={r['recall']:.4f}")
    return per_cpu
p = row("datasketch", py)
c = row("crosscheck", rs)
print(f"ratio (crosscheck / datasketch): wall {rs['docs_per_second'] / py['docs_per_second']:.1f}x, "
      f"cpu {c / p:.1f}x")
PYEOF
