#!/usr/bin/env bash
# Top-10 cosine search, Cadence's FlatIndex against numpy in the same run, both pinned to one core.
# usage: Benchmarks/vector-topk.sh [N ...]   (default 1000 10000 100000)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
sizes=("${@:-1000 10000 100000}")
peer="$here/../../shared/bench/bench_numpy_topk.py"
swift build -c release --package-path "$here/VectorBench" >/dev/null 2>&1 || swift build -c release --package-path "$here/VectorBench"
echo "## Cadence FlatIndex (release, one core)"
taskset -c 0 "$here/VectorBench/.build/release/VectorBench" ${sizes[*]}
echo
echo "## numpy peer (OPENBLAS_NUM_THREADS=1, one core)"
# OPENBLAS_CORETYPE/L2_SIZE, when this machine sets them, slow a current numpy: unset them for the peer only.
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 \
    taskset -c 0 python3 "$peer" ${sizes[*]} --dims 384
