"""The pandas peer of Fulcrum's RFM summary: the same orders CSV loaded into memory first, then
one groupby per customer computing what the service computes — days since the last order day,
distinct orders and revenue — timed alone (median of warm runs). Prints one JSON line.

Usage: python3 bench/pandas_rfm.py ORDERS.csv AS_OF_DATE [RUNS]
"""
import json
import resource
import sys
import time

import pandas as pd


def rfm(df, as_of):
    g = df.groupby("customer_id", sort=False)
    out = g.agg(last=("day", "max"), frequency=("order_id", "nunique"), monetary=("revenue", "sum"))
    out["recency_days"] = (as_of - out["last"]).dt.days
    return out


def main():
    path, as_of = sys.argv[1], pd.Timestamp(sys.argv[2])
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    t0 = time.perf_counter()
    df = pd.read_csv(path, usecols=["order_id", "customer_id", "ts", "revenue"], parse_dates=["ts"])
    df["day"] = df["ts"].dt.normalize()
    load = time.perf_counter() - t0
    out = rfm(df, as_of)  # warm-up, thrown away
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        out = rfm(df, as_of)
        times.append(time.perf_counter() - t0)
    times.sort()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({
        "pandas": pd.__version__,
        "load_seconds": load,
        "groupby_seconds": times[len(times) // 2],
        "customers": len(out),
        "orders": int(out["frequency"].sum()),
        "peak_mb": peak_mb,
    }))


if __name__ == "__main__":
    main()
