#!/usr/bin/env bash
# Single-core HTML extraction speed: crosscheck vs trafilatura 2.3.1 on the
# same decompressed pages of the article-extraction benchmark.
#
# usage: bench/extract-vs-trafilatura.sh [DIR] [REPEAT]
#   DIR     folder with html/<id>.html.gz (default ../shared/eval/article-extraction)
#   REPEAT  passes over the pages for crosscheck (default 5; trafilatura runs 1)
#
# Both sides are timed in one process on one core (taskset -c 0 when
# available), decompression excluded, as CPU time of the measuring thread,
# so other work on a shared machine does not skew the ratio.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
dir="${1:-$root/../shared/eval/article-extraction}"
repeat="${2:-5}"
venv="$root/target/bench-venv"
pin=()
if command -v taskset >/dev/null 2>&1; then pin=(taskset -c 0); fi

if ! "$venv/bin/python" -c "import trafilatura" >/dev/null 2>&1; then
    [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
    # lxml >= 5.2 moved the HTML cleaner trafilatura (through justext) needs
    # into its own package.
    "$venv/bin/pip" install --quiet trafilatura==2.3.1 lxml_html_clean
fi

traf=$("${pin[@]}" "$venv/bin/python" - "$dir" <<'PY'
import gzip, pathlib, sys, time
import trafilatura
pages = [gzip.decompress(p.read_bytes()).decode("utf-8", "replace")
         for p in sorted(pathlib.Path(sys.argv[1], "html").glob("*.html.gz"))]
trafilatura.extract(pages[0])  # warm-up: imports, caches
start = time.thread_time()
for page in pages:
    trafilatura.extract(page)
seconds = time.thread_time() - start
print(f"{len(pages) / seconds:.1f}")
PY
)

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"
cargo build --quiet --release -p crosscheck-eval --example eval_extract
line=$("${pin[@]}" "$CARGO_TARGET_DIR/release/examples/eval_extract" "$dir" --bench "$repeat")
cc=$(echo "$line" | sed -E 's/.*= ([0-9.]+) pages\/s.*/\1/')

echo "trafilatura 2.3.1: $traf pages/s"
echo "crosscheck:        $cc pages/s"
awk -v a="$cc" -v b="$traf" 'BEGIN { printf "ratio:             %.1fx\n", a / b }'
