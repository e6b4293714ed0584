#!/usr/bin/env python3
"""Score Cadence's guided interviewer on scripted onboarding conversations (issue #13).

    python3 score.py BIN [DIR]                 # DIR/NAME.txt + DIR/NAME.expected.json (default: this folder)
    python3 score.py BIN ../corpus --from-yaml   # the eval cases' scripted turns and expectations

Each conversation is piped, one message per line, into `BIN chat --provider guided` with a fresh
CADENCE_HOME (a 0700 temp folder, removed afterwards). The profile is then read through the CLI
(`BIN runner show --json`). "Ready for a plan" is true when that profile's
`conversationState.readyForPlan` is true or `BIN plan generate` exits 0 (a plan made through the
safeguard gate): the first counts a profile whose race is beyond the 40 weeks one plan covers, the
second a runner who declined health consent and gets the cautious plan the issue asks for. In
--from-yaml mode a case expects "ready" when it sets `plan.created` (its value) or
`turnsToCompletion`.

Per conversation and in total it prints: expected fields right / wrong / missing, `absent`
expectations violated (a value stored where none should be), and ready-for-plan against what
was expected. Comparison: numbers within 1 % (or the case's own tolerance/range), dates exact,
durations as seconds (expected "1:45:00"), lists as sets, strings case-insensitive with "_" read
as a space; matchers {equals, tolerance}, {within}, {contains}, {oneOf}, {present}, {absent} as
in the eval format (evals/README.md).

With --from-yaml the suite's `today` is used as the clock through `faketime` when it is
installed (so "in 16 weeks" means the same day as in `cadence eval`); `--today YYYY-MM-DD`
sets it for either kind of folder. `--json FILE` writes every result for later comparison.
"""

import argparse
import datetime as dt
import json
import unicodedata
import os
import re
import shutil
import subprocess
import sys
import tempfile

TIMEOUT = 180


# ---------------------------------------------------------------- loading conversations

def load_txt_dir(folder):
    cases = []
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".txt"):
            continue
        stem = name[:-4]
        expected_path = os.path.join(folder, stem + ".expected.json")
        if not os.path.exists(expected_path):
            print(f"warning: {name} has no {stem}.expected.json; skipped", file=sys.stderr)
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            turns = [line.rstrip("\n") for line in f if line.strip()]
        with open(expected_path, encoding="utf-8") as f:
            expected = json.load(f)
        cases.append({
            "name": stem,
            "turns": turns,
            "fields": expected.get("fields", {}),
            "absent": list(expected.get("absent", [])),
            "ready": expected.get("readyForPlan"),
        })
    return cases, None


def load_yaml_dir(folder):
    try:
        import yaml
    except ImportError:
        sys.exit("--from-yaml needs PyYAML: pip install pyyaml")
    today = None
    suite_path = os.path.join(folder, "suite.yaml")
    if os.path.exists(suite_path):
        with open(suite_path, encoding="utf-8") as f:
            suite = yaml.safe_load(f) or {}
        if suite.get("today") is not None:
            today = str(suite["today"])
    cases = []
    for name in sorted(os.listdir(folder)):
        if not name.endswith((".yaml", ".yml")) or name.startswith("suite."):
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            case = yaml.safe_load(f) or {}
        turns = case.get("turns")
        if not turns:
            print(f"warning: {name} has no scripted turns (a persona case?); skipped", file=sys.stderr)
            continue
        expect = case.get("expect") or {}
        fields, absent = {}, []
        for path, want in (expect.get("fields") or {}).items():
            if isinstance(want, dict) and want.get("absent") is True:
                absent.append(path)
            else:
                fields[path] = normalise_yaml(want)
        plan = expect.get("plan") or {}
        ready = plan.get("created")
        if ready is None and expect.get("turnsToCompletion") is not None:
            ready = True
        cases.append({
            "name": case.get("name") or name.rsplit(".", 1)[0],
            "turns": [str(t) for t in turns],
            "fields": fields,
            "absent": absent,
            "ready": ready,
        })
    return cases, today


def normalise_yaml(value):
    """YAML may give dates as datetime.date; the expectations compare them as 'YYYY-MM-DD'."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, list):
        return [normalise_yaml(v) for v in value]
    if isinstance(value, dict):
        return {k: normalise_yaml(v) for k, v in value.items()}
    return value


# ---------------------------------------------------------------- running the program

def run_conversation(binary, turns, today):
    home = tempfile.mkdtemp(prefix="cadence-score-")
    os.chmod(home, 0o700)
    env = {k: v for k, v in os.environ.items()
           if k not in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "CADENCE_API_KEY")}
    env["CADENCE_HOME"] = home
    env["NO_COLOR"] = "1"
    prefix = []
    if today:
        if shutil.which("faketime"):
            prefix = ["faketime", f"{today} 12:00:00"]
        else:
            print(f"warning: faketime not installed; relative dates use the real clock, not {today}",
                  file=sys.stderr)
    try:
        chat = subprocess.run(prefix + [binary, "chat", "--provider", "guided"],
                              input="\n".join(turns) + "\n", capture_output=True, text=True,
                              env=env, timeout=TIMEOUT)
        show = subprocess.run(prefix + [binary, "runner", "show", "--json"],
                              capture_output=True, text=True, env=env, timeout=TIMEOUT)
        try:
            profile = json.loads(show.stdout) if show.returncode == 0 else None
        except json.JSONDecodeError:
            profile = None
        plan = subprocess.run(prefix + [binary, "plan", "generate", "--json"],
                              capture_output=True, text=True, env=env, timeout=TIMEOUT)
        return {
            "chatExit": chat.returncode,
            "chatStderr": chat.stderr[-2000:],
            "profile": profile,
            "profileError": None if profile is not None else (show.stderr.strip() or "no JSON profile"),
            # Ready: the profile says so (conversationState.readyForPlan), or a plan is made from it.
            # The first covers a race beyond the 40 weeks one plan spans; the second a runner who
            # declined health consent and gets the cautious plan.
            "ready": plan.returncode == 0 or lookup(profile or {}, "conversationState.readyForPlan") is True,
            "planMessage": plan.stderr.strip().splitlines()[-1] if plan.returncode != 0 and plan.stderr.strip() else "",
        }
    except subprocess.TimeoutExpired as error:
        return {"chatExit": None, "chatStderr": f"timed out: {error.cmd}", "profile": None,
                "profileError": "timed out", "ready": False, "planMessage": "timed out"}
    finally:
        shutil.rmtree(home, ignore_errors=True)


def lookup(profile, path):
    """A dotted path in the runner object; None when missing."""
    node = profile
    if isinstance(node, dict) and "runner" in node and path.split(".")[0] not in node:
        node = node["runner"]
    for part in path.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


# ---------------------------------------------------------------- comparing values

DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DURATION_RE = re.compile(r"^(\d+):(\d{1,2})(?::(\d{1,2}))?$")


def as_seconds(text):
    m = DURATION_RE.match(text.strip())
    if not m:
        return None
    a, b, c = m.groups()
    return int(a) * 3600 + int(b) * 60 + int(c) if c is not None else int(a) * 60 + int(b)


def as_date(value):
    """A stored date as 'YYYY-MM-DD': an ISO string, or a Unix timestamp in seconds or ms."""
    if isinstance(value, str):
        return value[:10] if DATE_RE.match(value[:10]) else None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = value / 1000 if value > 1e11 else value
        return dt.datetime.fromtimestamp(seconds, dt.timezone.utc).strftime("%Y-%m-%d")
    return None


def text(value):
    # Case and accents aside: "İzmir" (whose capital lowercases to "i" and a combining dot) contains "izmir".
    folded = unicodedata.normalize("NFKD", str(value).replace("_", " ").strip().casefold())
    return "".join(c for c in folded if not unicodedata.combining(c))


def same(actual, expected, tolerance=None):
    if actual is None:
        return False
    if isinstance(expected, bool) or isinstance(actual, bool):
        return actual == expected
    if isinstance(expected, (int, float)):
        if not isinstance(actual, (int, float)):
            try:
                actual = float(actual)
            except (TypeError, ValueError):
                return False
        allowed = tolerance if tolerance is not None else max(abs(expected) * 0.01, 1e-6)
        return abs(actual - expected) <= allowed + 1e-9
    if isinstance(expected, str):
        if DATE_RE.match(expected):
            return as_date(actual) == expected
        seconds = as_seconds(expected)
        if seconds is not None and isinstance(actual, (int, float)):
            return abs(actual - seconds) <= (tolerance if tolerance is not None else 0.5)
        if seconds is not None and isinstance(actual, str) and as_seconds(actual) is not None:
            return as_seconds(actual) == seconds
        return text(actual) == text(expected)
    if isinstance(expected, list):
        if not isinstance(actual, list):
            return False
        return (all(any(same(a, e, tolerance) for e in expected) for a in actual)
                and all(any(same(a, e, tolerance) for a in actual) for e in expected))
    return actual == expected


def is_empty(value):
    return value is None or value == [] or value == ""


def judge(actual, want):
    """'right', 'wrong' or 'missing' for one expected field."""
    if isinstance(want, dict) and want and set(want) <= {"equals", "tolerance", "within", "contains", "oneOf", "present"}:
        if "present" in want:
            return "right" if actual is not None else "missing"
        if actual is None:
            return "missing"
        if "equals" in want:
            return "right" if same(actual, want["equals"], want.get("tolerance")) else "wrong"
        if "within" in want:
            low, high = want["within"]
            return "right" if isinstance(actual, (int, float)) and not isinstance(actual, bool) \
                and low - 1e-9 <= actual <= high + 1e-9 else "wrong"
        if "contains" in want:
            needle = text(want["contains"])
            # An empty list is an answer ("none"), so a contains expectation on it is wrong, not missing.
            items = actual if isinstance(actual, list) else [actual]
            return "right" if any(needle in text(item) for item in items) else "wrong"
        if "oneOf" in want:
            return "right" if any(same(actual, option) for option in want["oneOf"]) else "wrong"
    if actual is None:
        return "missing"
    # An expected empty list ("no injuries") is an answer; a missing field is not.
    return "right" if same(actual, want) else "wrong"


def describe(value):
    return json.dumps(value, ensure_ascii=False)


# ---------------------------------------------------------------- main

def score_case(binary, case, today):
    run = run_conversation(binary, case["turns"], today)
    profile = run["profile"] or {}
    result = {"name": case["name"], "right": 0, "wrong": [], "missing": [], "absentViolated": [],
              "readyExpected": case["ready"], "ready": run["ready"], "planMessage": run["planMessage"],
              "chatExit": run["chatExit"], "profileError": run["profileError"]}
    for path, want in case["fields"].items():
        actual = lookup(profile, path)
        verdict = judge(actual, want)
        if verdict == "right":
            result["right"] += 1
        elif verdict == "wrong":
            result["wrong"].append({"path": path, "expected": want, "actual": actual})
        else:
            result["missing"].append({"path": path, "expected": want})
    for path in case["absent"]:
        actual = lookup(profile, path)
        if not is_empty(actual):
            result["absentViolated"].append({"path": path, "actual": actual})
    result["expected"] = len(case["fields"])
    return result


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("binary", help="the cadence executable")
    parser.add_argument("folder", nargs="?", default=here, help="conversations (default: this script's folder)")
    parser.add_argument("--from-yaml", action="store_true", help="read eval cases (scripted turns) instead of .txt/.expected.json")
    parser.add_argument("--today", help="run the conversations on this day (YYYY-MM-DD) through faketime")
    parser.add_argument("--case", action="append", help="only this conversation (repeatable)")
    parser.add_argument("--json", dest="json_out", help="also write every result to this file")
    parser.add_argument("--quiet", action="store_true", help="totals only")
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # progress shows as each conversation finishes

    binary = os.path.abspath(args.binary) if os.path.exists(args.binary) else shutil.which(args.binary)
    if not binary or not os.access(binary, os.X_OK):
        sys.exit(f"no executable at {args.binary}")
    if not os.path.isdir(args.folder):
        sys.exit(f"no folder at {args.folder}")
    cases, suite_today = load_yaml_dir(args.folder) if args.from_yaml else load_txt_dir(args.folder)
    if args.case:
        cases = [c for c in cases if c["name"] in args.case]
    if not cases:
        sys.exit(f"no conversations found in {args.folder}")
    today = args.today or suite_today

    results = []
    for case in cases:
        r = score_case(binary, case, today)
        results.append(r)
        if args.quiet:
            continue
        ready = "ready" if r["ready"] else "not ready"
        flag = "" if r["readyExpected"] is None or r["readyExpected"] == r["ready"] else "  (expected " + \
            ("ready" if r["readyExpected"] else "not ready") + ")"
        print(f"{r['name']:<32} right {r['right']:>2}/{r['expected']:<2} wrong {len(r['wrong']):>2} "
              f"missing {len(r['missing']):>2} absent-violated {len(r['absentViolated'])}  {ready}{flag}")
        for w in r["wrong"]:
            print(f"    wrong    {w['path']}: expected {describe(w['expected'])}, got {describe(w['actual'])}")
        for m in r["missing"]:
            print(f"    missing  {m['path']}: expected {describe(m['expected'])}")
        for a in r["absentViolated"]:
            print(f"    stored   {a['path']}: {describe(a['actual'])} (should be absent)")
        if not r["ready"] and r["readyExpected"] and r["planMessage"]:
            print(f"    plan     {r['planMessage']}")
        if r["profileError"]:
            print(f"    profile  {r['profileError']}")

    expected = sum(r["expected"] for r in results)
    right = sum(r["right"] for r in results)
    wrong = sum(len(r["wrong"]) for r in results)
    missing = sum(len(r["missing"]) for r in results)
    violated = sum(len(r["absentViolated"]) for r in results)
    absent_total = sum(len(c["absent"]) for c in cases)
    ready_expected = [r for r in results if r["readyExpected"]]
    ready_hit = sum(1 for r in ready_expected if r["ready"])
    ready_unexpected = sum(1 for r in results if r["readyExpected"] is False and r["ready"])
    pct = 100.0 * right / expected if expected else 0.0
    print()
    print(f"conversations {len(results)} · fields right {right}/{expected} ({pct:.1f} %) · wrong {wrong} · "
          f"missing {missing} · absent violated {violated}/{absent_total} · "
          f"ready for a plan {ready_hit}/{len(ready_expected)}"
          + (f" · ready when it should not be {ready_unexpected}" if ready_unexpected else "")
          + (f" · clock {today}" if today else ""))
    if args.json_out:
        with open(args.json_out, "w", encoding="utf-8") as f:
            json.dump({"folder": os.path.abspath(args.folder), "today": today, "totals": {
                "conversations": len(results), "expected": expected, "right": right, "wrong": wrong,
                "missing": missing, "absentViolated": violated, "absentExpected": absent_total,
                "readyExpected": len(ready_expected), "ready": ready_hit}, "results": results},
                f, indent=2, ensure_ascii=False, default=str)


if __name__ == "__main__":
    main()
