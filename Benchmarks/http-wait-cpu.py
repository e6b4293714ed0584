#!/usr/bin/env python3
"""CPU a client burns while it waits for a slow server, and its streaming throughput (issue 15, bug 3).

A loopback server (this script, stdlib only) answers one OpenAI-compatible chat request per run:

  wait-head   reads the request, sends nothing for --seconds, then a short event stream
  wait-body   sends the response head and one event, then nothing for --seconds, then the rest
  throughput  sends --mib MiB of `chat.completion.chunk` events as fast as the client reads them

Each CLIENT is a command line run once per run with {url} replaced by the server's
`http://127.0.0.1:PORT/v1` (e.g. `.build/release/cadence llm test --base-url {url}`; the peer
`curl -sN -o /dev/null {url}/chat/completions -d {}` is added with --peer-curl). For the wait
modes the client's user+system CPU time (/proc/PID/stat, all threads) is read when the request
arrives and again when the wait ends: CPU % = ticks / wait. For throughput: MiB / wall second
from start to exit, and the CPU seconds the client used. Prints one line per client (median and
range of --runs runs) and, with --json FILE, every run.

  nice -n 10 swift build -c release
  python3 Benchmarks/http-wait-cpu.py --mode wait-body --seconds 10 --runs 3 --peer-curl \\
      --client '.build/release/cadence llm test --base-url {url} --timeout 60'
"""
import argparse
import json
import os
import shlex
import socket
import statistics
import subprocess
import sys
import threading
import time

TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid):
    """User + system CPU of a process (all its threads), from /proc/PID/stat."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime, stime (fields 14, 15)


def event(text=None, finish=None):
    chunk = {"id": "chatcmpl-bench", "object": "chat.completion.chunk", "created": 1731000000, "model": "bench",
             "choices": [{"index": 0, "delta": {} if text is None else {"content": text}, "finish_reason": finish}]}
    return b"data: " + json.dumps(chunk).encode() + b"\n\n"


HEAD = (b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n"
        b"Connection: close\r\n\r\n")  # close-delimited body: no chunk framing to build


def tail():
    return event(finish="stop") + b'data: {"choices":[],"usage":{"prompt_tokens":5,"completion_tokens":3}}\n\n' + b"data: [DONE]\n\n"


def read_request(conn):
    data = b""
    while b"\r\n\r\n" not in data:
        part = conn.recv(65536)
        if not part:
            return False
        data += part
    head, body = data.split(b"\r\n\r\n", 1)
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        part = conn.recv(65536)
        if not part:
            return False
        body += part
    return True


def serve_one(listener, mode, seconds, payload, on_request, on_wait_end):
    conn, _ = listener.accept()
    with conn:
        if not read_request(conn):
            return
        on_request()
        if mode == "wait-head":
            time.sleep(seconds)
            on_wait_end()
            conn.sendall(HEAD + event("ok") + tail())
        elif mode == "wait-body":
            conn.sendall(HEAD + event(""))
            time.sleep(seconds)
            on_wait_end()
            conn.sendall(event("ok") + tail())
        else:
            conn.sendall(HEAD + payload + tail())
        conn.shutdown(socket.SHUT_WR)
        try:
            while conn.recv(65536):
                pass
        except OSError:
            pass


def run_once(command, mode, seconds, payload):
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/v1"
    argv = [part.replace("{url}", url) for part in shlex.split(command)]
    marks = {}
    process = None

    def mark(name):
        marks[name] = (time.monotonic(), cpu_seconds(process.pid))

    server = threading.Thread(target=serve_one, daemon=True,
                              args=(listener, mode, seconds, payload, lambda: mark("request"), lambda: mark("end")))
    server.start()
    started = time.monotonic()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               env=dict(os.environ, OPENAI_API_KEY=os.environ.get("OPENAI_API_KEY", "sk-bench-not-a-key")))
    # Read the client's CPU just before it exits: wait4 would reap it (and /proc with it).
    while process.poll() is None:
        try:
            marks["last"] = (time.monotonic(), cpu_seconds(process.pid))
        except (FileNotFoundError, ProcessLookupError):
            pass
        time.sleep(0.05 if mode != "throughput" else 0.01)
    wall = time.monotonic() - started
    stderr = process.stderr.read().decode(errors="replace")
    listener.close()
    server.join(5)
    if process.returncode != 0:
        sys.exit(f"client failed ({process.returncode}): {' '.join(argv)}\n{stderr[-2000:]}")
    if mode == "throughput":
        cpu = marks.get("last", (0, 0))[1]
        return {"wallSeconds": wall, "mibPerSecond": len(payload) / 1048576 / wall, "cpuSeconds": cpu}
    (t0, c0), (t1, c1) = marks["request"], marks["end"]
    return {"waitSeconds": t1 - t0, "cpuSeconds": c1 - c0, "cpuPercent": 100 * (c1 - c0) / (t1 - t0)}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mode", choices=["wait-head", "wait-body", "throughput"], default="wait-body")
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--mib", type=int, default=64)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--client", action="append", default=[], metavar="COMMAND",
                        help="a client command line, {url} = the server's base URL with /v1 (repeatable)")
    parser.add_argument("--label", action="append", default=[], help="a label per --client, in order")
    parser.add_argument("--peer-curl", action="store_true", help="also measure the curl command-line tool")
    parser.add_argument("--json", metavar="FILE", help="write every run as JSON")
    args = parser.parse_args()
    clients = list(zip(args.label + args.client[len(args.label):], args.client))
    if args.peer_curl:
        clients.append(("curl (peer)", "curl -sN -o /dev/null -H 'Content-Type: application/json' -d '{}' {url}/chat/completions"))
    if not clients:
        parser.error("give at least one --client (or --peer-curl)")
    payload = b""
    if args.mode == "throughput":
        words = ["Easy ", "run ", "today, ", "keep ", "it ", "conversational — ", "zone 2 ", "🏃 "]
        parts, size, i = [], 0, 0
        while size < args.mib << 20:
            parts.append(event(words[i % len(words)]))
            size += len(parts[-1])
            i += 1
        payload = b"".join(parts)
    results = {}
    # Interleave the clients run by run, so a burst of load elsewhere hits them alike.
    for run in range(args.runs):
        for label, command in clients:
            results.setdefault(label, []).append(run_once(command, args.mode, args.seconds, payload))
    print(f"mode {args.mode}, " + (f"{args.mib} MiB stream" if args.mode == "throughput" else f"{args.seconds:g} s wait")
          + f", {args.runs} runs each, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")
    for label, runs in results.items():
        if args.mode == "throughput":
            rates = sorted(r["mibPerSecond"] for r in runs)
            cpu = statistics.median(r["cpuSeconds"] for r in runs)
            print(f"  {label:<34} median {statistics.median(rates):7.1f} MiB/s (min {rates[0]:.1f}, max {rates[-1]:.1f}), "
                  f"client CPU {cpu:.2f} s")
        else:
            shares = sorted(r["cpuPercent"] for r in runs)
            print(f"  {label:<34} median {statistics.median(shares):5.1f} % of a core while waiting "
                  f"(min {shares[0]:.1f}, max {shares[-1]:.1f})")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"mode": args.mode, "seconds": args.seconds, "mib": args.mib, "results": results}, f, indent=1)


if __name__ == "__main__":
    main()
