#!/usr/bin/env python3
"""Field-level score of an eval run: `cadence eval SUITE --json > run.json; field-score.py run.json`.

A field check is right when it passed, missing when nothing was recorded, wrong otherwise; a
profile is ready when the conversation reached readyForPlan."""
import json, sys

report = json.load(open(sys.argv[1]))
right = wrong = missing = ready = 0
rows = []
for case in report["cases"]:
    fields = [a for a in case["assertions"] if a["group"] == "fields" and a["passed"] is not None]
    for a in fields:
        if a["passed"]:
            right += 1
        elif a["detail"].endswith("got nothing") or a["detail"].endswith("got absent") or a["detail"].endswith("got null"):
            missing += 1
            rows.append((case["name"], "missing", a["name"], a["detail"]))
        else:
            wrong += 1
            rows.append((case["name"], "wrong", a["name"], a["detail"]))
    if case["metrics"].get("turnsToCompletion") is not None:
        ready += 1
total = right + wrong + missing
print(f"cases {len(report['cases'])}, passed {sum(c['passed'] for c in report['cases'])}")
print(f"fields {total}: right {right} ({100 * right / max(total, 1):.1f}%), wrong {wrong}, missing {missing}")
print(f"ready for a plan: {ready} of {len(report['cases'])}")
if "-v" in sys.argv:
    for row in rows:
        print("  " + " | ".join(row))
