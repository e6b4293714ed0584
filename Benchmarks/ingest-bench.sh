#!/usr/bin/env bash
# Issue 8 benchmarks, Cadence against its Python peers in the same run (release builds).
# usage: Benchmarks/ingest-bench.sh [--mb 100] [--venv DIR] [--data DIR]
#   Apple Health: `IngestBench import export.xml` (what `cadence import` does: a new SQLite file,
#                 the import, then inference) against healthkit-to-sqlite, both under
#                 /usr/bin/time -v (wall time, peak RSS), on a file from gen_apple_health.py --order apple.
#   FIT:          IngestBench fit against fitdecode/fitparse (bench_fit_peers.py) on the same generated files.
#   Inference:    recompute for 10 years of daily training.
# The peers are installed with pip in a virtual environment (default /tmp/cadence-bench-venv).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
shared="$here/../../shared/bench"
mb=100; venv=/tmp/cadence-bench-venv; data=/tmp/cadence-bench-data
while [ $# -gt 0 ]; do
    case "$1" in
        --mb) mb="$2"; shift 2 ;;
        --venv) venv="$2"; shift 2 ;;
        --data) data="$2"; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
mkdir -p "$data"
[ -x "$venv/bin/healthkit-to-sqlite" ] || { python3 -m venv "$venv"; "$venv/bin/pip" install -q healthkit-to-sqlite fitdecode fitparse; }
swift build -c release --package-path "$here/IngestBench" >/dev/null
bench="$here/IngestBench/.build/release/IngestBench"

xml="$data/export-${mb}mb.xml"
[ -f "$xml" ] || python3 "$shared/gen_apple_health.py" --mb "$mb" --order apple --out "$xml"
echo "## Apple Health import ($(basename "$xml"), --order apple)"
echo "| tool | run | wall s | MB/s | peak RSS MiB |"
echo "|---|---|---|---|---|"
size=$(stat -c %s "$xml")
for run in 1 2 3; do
    /usr/bin/time -v "$bench" import "$xml" >/dev/null 2>"$data/time.txt" || { tail -5 "$data/time.txt"; exit 1; }
    wall=$(grep "Elapsed (wall clock)" "$data/time.txt" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
    rss=$(grep "Maximum resident set size" "$data/time.txt" | awk '{print $NF}')
    awk -v w="$wall" -v s="$size" -v r="$rss" -v n="$run" 'BEGIN { printf "| cadence import + inference | %d | %.2f | %.1f | %.1f |\n", n, w, s/1e6/w, r/1024 }'
done
python3 "$shared/bench_hk2sqlite.py" --exe "$venv/bin/healthkit-to-sqlite" --runs 3 --db-dir "$data" "$xml"

echo
echo "## FIT decoding"
[ -d "$data/fit" ] || "$bench" fitgen "$data/fit" --files 12
"$bench" fit "$data/fit" --runs 5 --big-repeat 50 --big-runs 3
"$venv/bin/python" "$shared/bench_fit_peers.py" --dir "$data/fit" --runs 5 --big-repeat 50 --big-runs 3

echo
echo "## Inference recompute"
"$bench" inference --years 10 --runs 20
