#!/usr/bin/env python3
"""Markdown table of a JMH JSON result (-rf json): mean ± 99.9% error and the best iteration, µs/op.

    python3 bench/jmh_table.py target/jmh-rows.json

The best iteration is reported next to the mean because on a shared machine the mean carries
the time other processes took; SymPy's timeit figures (bench/sympy_rows.py) are best-of too.
"""
import json
import sys


def main(path):
    print("| benchmark | params | mean µs/op ± error | best iteration µs/op |")
    print("|---|---|---:|---:|")
    for r in json.load(open(path)):
        name = r["benchmark"].replace("org.symgrad.bench.", "")
        params = ", ".join(f"{k}={v}" for k, v in (r.get("params") or {}).items())
        m = r["primaryMetric"]
        err = m.get("scoreError")
        err = "" if err is None or err != err else f" ± {err:,.0f}"
        best = min(x for fork in m["rawData"] for x in fork)
        print(f"| {name} | {params} | {m['score']:,.0f}{err} | {best:,.0f} |")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "target/jmh-rows.json")
