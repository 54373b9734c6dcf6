#!/usr/bin/env python3
"""Timed corrections through the Gateway, one after another.

Picks random rated cells from a year's assessments.csv, changes one value of the row so that it stays valid
(a criterion grade to another grade, or targets_met_percent within 0-100), and PUTs the row to
/api/v1/years/{year}/units/{id}/assessment with a fresh Idempotency-Key. Each request is timed from the moment
it is sent until its answer has been read: the Gateway answers 200 once the change has reached the root.

Prints progress to stderr and one JSON object to stdout:
{"count", "ok", "accepted", "failed", "p50_ms", "p90_ms", "p99_ms", "max_ms", "mean_ms"}.
Standard library only.
"""

import argparse
import csv
import http.client
import json
import os
import random
import statistics
import sys
import time
import urllib.parse
import uuid

GRADES = ("XS", "T", "TB", "K")
GRADE_COLUMNS = ("politics", "organization", "tasks", "oversight")


def rated_cells(folder, kind):
    with open(os.path.join(folder, "units.csv"), newline="", encoding="utf-8") as f:
        wanted = {row["id"] for row in csv.DictReader(f) if row["kind"] == kind}
    with open(os.path.join(folder, "assessments.csv"), newline="", encoding="utf-8") as f:
        return [row for row in csv.DictReader(f)
                if row["unit_id"] in wanted and row.get("not_rated", "").lower() == "false"]


def changed(row, rng):
    """The row with one value changed, still valid under the import's rules."""
    body = {k: v for k, v in row.items() if k != "unit_id"}
    grades = [c for c in GRADE_COLUMNS if body.get(c)]
    if grades:
        column = rng.choice(grades)
        body[column] = rng.choice([g for g in GRADES if g != body[column].upper()])
    elif body.get("targets_met_percent"):
        body["targets_met_percent"] = f"{rng.uniform(0, 100):.1f}"
    else:
        sys.exit("corrections.py: the rows have no grade nor targets_met_percent to change")
    return body


def percentile(sorted_values, p):
    """Nearest rank: the smallest value with at least p% of the values at or below it."""
    if not sorted_values:
        return None
    rank = max(1, -(-len(sorted_values) * p // 100))
    return sorted_values[int(rank) - 1]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", required=True, help="the Gateway, e.g. http://127.0.0.1:5090")
    parser.add_argument("--year", type=int, required=True)
    parser.add_argument("--input", required=True, help="the year's folder (units.csv, assessments.csv)")
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--kind", default="cell", help="the kind of unit to correct (default cell)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--token", required=True, help="an operator's token for the year's root (the silo's token command)")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    rows = rated_cells(args.input, args.kind)
    if not rows:
        sys.exit(f"corrections.py: no rated unit of kind '{args.kind}' in {args.input}")

    base = urllib.parse.urlsplit(args.base)
    connection = http.client.HTTPConnection(base.hostname, base.port, timeout=60)
    timings, statuses = [], {}
    for i in range(args.count):
        row = rng.choice(rows)
        body = json.dumps(changed(row, rng)).encode("utf-8")
        path = f"/api/v1/years/{args.year}/units/{urllib.parse.quote(row['unit_id'], safe='')}/assessment"
        headers = {"Content-Type": "application/json", "Idempotency-Key": str(uuid.uuid4()), "Authorization": f"Bearer {args.token}"}
        started = time.perf_counter()
        connection.request("PUT", path, body=body, headers=headers)
        response = connection.getresponse()
        answer = response.read()
        elapsed_ms = (time.perf_counter() - started) * 1000.0
        timings.append(elapsed_ms)
        statuses[response.status] = statuses.get(response.status, 0) + 1
        if response.status not in (200, 202) and statuses[response.status] <= 3:
            print(f"  {row['unit_id']}: {response.status} {answer[:300]!r}", file=sys.stderr)
        if (i + 1) % 100 == 0:
            print(f"  {i + 1}/{args.count} corrections", file=sys.stderr)
    connection.close()

    ordered = sorted(timings)
    print(json.dumps({
        "count": len(timings),
        "ok": statuses.get(200, 0),
        "accepted": statuses.get(202, 0),
        "failed": len(timings) - statuses.get(200, 0) - statuses.get(202, 0),
        "p50_ms": round(percentile(ordered, 50), 2),
        "p90_ms": round(percentile(ordered, 90), 2),
        "p99_ms": round(percentile(ordered, 99), 2),
        "max_ms": round(ordered[-1], 2),
        "mean_ms": round(statistics.fmean(ordered), 2),
    }))


if __name__ == "__main__":
    main()
