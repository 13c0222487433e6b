#!/usr/bin/env python3
"""Prints the median (JMH's 50th percentile over iterations) of each benchmark in a JMH JSON
result file, and the ratio of each to the first benchmark of the same class and parameters.

Usage: java -jar benchmarks/target/benchmarks.jar <Regex> -rf json -rff out.json
       python3 benchmarks/medians.py out.json
"""
import json
import sys

rows = []
for r in json.load(open(sys.argv[1])):
    params = ",".join(f"{k}={v}" for k, v in sorted((r.get("params") or {}).items()))
    m = r["primaryMetric"]
    cls, name = r["benchmark"].rsplit(".", 1)
    rows.append((cls.rsplit(".", 1)[-1] + " " + params, name, m["scorePercentiles"]["50.0"], m["scoreUnit"]))

first = {}
for params, name, median, unit in rows:
    first.setdefault(params, (name, median))
for params, name, median, unit in rows:
    base_name, base = first[params]
    print(f"{name:32} {params:40} median {median:14.3f} {unit:10} ratio to {base_name}: {median / base:8.2f}")
