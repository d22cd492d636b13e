"""Benchmark: region queries on a large synthetic GeoPackage store, against a plain shapely loop.

Run (from the repository root)::

    .venv/bin/python bench/bench_query.py --n 1000000            # the figure of the issue
    .venv/bin/python bench/bench_query.py --n 20000 --repeat 5   # a quick check

It builds (or reuses, ``--db``) a store of ``n`` synthetic incidents (``bench/synth.py``: 10 per
article, points spread over Ukraine, western Russia, Moldova and Romania), reports the ingest
rate, then times ``Store.query(Query(region=...))`` (the whole path: R-tree candidates, exact
point-in-polygon, full rows into a GeoDataFrame) for a few regions, and compares with a plain
Python loop ``polygon.contains(Point(lon, lat))`` over every row of the same data.

Targets (issue 5): region query p50 ≤ 50 ms and ≥ 100× faster than the loop. Two timings are
reported per region: ``select`` (R-tree + exact point-in-region, giving the matching incidents:
the same work as the loop) and ``query`` (``select`` plus building the full GeoDataFrame of
every matching row, whose cost grows with the number of rows returned).

The timed store object is long-lived, as in a notebook or a server: from its second query on it
answers from an in-memory columnar copy of the incidents. ``memory`` reports what reading that
copy costs (seconds, megabytes); ``first_query_rtree`` is the one-shot case (a fresh store
object per query, as the CLI runs: on-disk R-tree and SQL rows).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.synth import synthetic_extractions
from geo.query import Query
from geo.regions import get_region
from geo.store import open_store

REGIONS = (
    "région de Koursk",
    "romanian-border",
    "Zaporijjia",
    "Sébastopol",
    "bbox:30,50,31,51",
    "near:45.351,28.838:30",  # 30 km around Izmaïl
)
PER_ARTICLE = 10


def build_store(db: Path, n: int, *, batch: int = 1000) -> dict:
    """Ingest ``n`` synthetic incidents; return the ingest figures."""
    n_articles = (n + PER_ARTICLE - 1) // PER_ARTICLE
    t0 = time.perf_counter()
    with open_store(db) as store:
        for _ in store.ingest_many(
            synthetic_extractions(n_articles, incidents_per_article=PER_ARTICLE, seed=42), batch=batch
        ):
            pass
        # A few synthetic incidents merge as duplicates (same type, day, within 10 km): top up.
        first = n_articles
        while (missing := n - store.count()["incidents"]) > 0:
            extra = (missing + PER_ARTICLE - 1) // PER_ARTICLE + 1
            xs = synthetic_extractions(extra, incidents_per_article=PER_ARTICLE, seed=42, first=first)
            for _ in store.ingest_many(xs, batch=batch):
                pass
            first += extra
        counts = store.count()
    seconds = time.perf_counter() - t0
    return {
        "incidents": counts["incidents"],
        "articles": counts["articles"],
        "ingest_seconds": round(seconds, 2),
        "ingest_incidents_per_second": round(counts["incidents"] / seconds),
        "ingest_articles_per_second": round(counts["articles"] / seconds),
        "db_megabytes": round(db.stat().st_size / 1e6, 1),
    }


def _timed(fn, repeat: int) -> tuple[list[float], int]:
    fn()  # warm-up
    times, n = [], 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        n = len(fn())
        times.append((time.perf_counter() - t0) * 1000)
    return times, n


def _stats(times: list[float]) -> dict:
    return {
        "p50_ms": round(statistics.median(times), 2),
        "p90_ms": round(sorted(times)[int(0.9 * (len(times) - 1))], 2),
        "min_ms": round(min(times), 2),
    }


def time_query(store, region: str, repeat: int) -> dict:
    """Two figures per region: ``select`` (index + exact point-in-region → the matching
    incidents' keys, what the shapely loop computes) and ``query`` (the same, then every
    column of every matching row into a GeoDataFrame). The store is long-lived: from its second query on
    it answers from its in-memory copy (``geo.columnar``), whose cost ``time_memory_load``
    reports."""
    q = Query(region=region)
    q.regions()  # resolve the name (and build the region) outside the timing, as a warm cache would
    select_times, n_select = _timed(lambda: store.match(q), repeat)
    query_times, n_query = _timed(lambda: store.query(q), repeat)
    assert n_select == n_query
    return {"rows": n_query, "select": _stats(select_times), "query": _stats(query_times)}


def time_first_query(db: Path, region: str, repeat: int) -> dict:
    """A fresh store object per query: its first spatial query uses the on-disk R-tree (the
    one-shot CLI case) instead of the in-memory point index."""
    q = Query(region=region)
    q.regions()
    times = []
    rows = 0
    for _ in range(repeat):
        with open_store(db, create=False) as store:
            t0 = time.perf_counter()
            rows = len(store.query(q))
            times.append((time.perf_counter() - t0) * 1000)
    return {"rows": rows, **_stats(times)}


_MEMORY_PROBE = """
import json, sys, time
sys.path.insert(0, sys.argv[2])
from geo.query import Query
from geo.store import open_store
q = Query(region="Sébastopol")
q.regions()
def kb(field):  # this process's memory (VmHWM: its peak; reset by exec, unlike ru_maxrss)
    for line in open("/proc/self/status"):
        if line.startswith(field + ":"):
            return int(line.split()[1])
rss0 = kb("VmRSS")
with open_store(sys.argv[1], create=False, memory=True) as store:
    t0 = time.perf_counter()
    store.query(q)
    seconds = time.perf_counter() - t0
    copy = store._memory[1].columns
    print(json.dumps({
        "load_seconds": round(seconds, 2),
        "copy_megabytes": round(copy.nbytes / 1e6, 1) if copy is not None else None,
        "peak_rss_growth_megabytes": round((kb("VmHWM") - rss0) / 1e3),
        "rss_before_megabytes": round(rss0 / 1e3),
        "rss_after_megabytes": round(kb("VmRSS") / 1e3),
    }))
"""


def time_memory_load(db: Path) -> dict:
    """What the in-memory copy costs, in a fresh process: the query that reads it, its size, and
    the growth of the process's peak memory while reading it."""
    import subprocess

    root = str(Path(__file__).resolve().parents[1])
    out = subprocess.run(
        [sys.executable, "-c", _MEMORY_PROBE, str(db), root], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def shapely_loop(store, region: str) -> dict:
    """The naive baseline: every row's point tested against the polygon in a Python loop."""
    from shapely.geometry import Point

    geom = get_region(region).geometry
    lat_lon = store._conn.execute("SELECT lat, lon FROM incidents WHERE lat IS NOT NULL").fetchall()
    t0 = time.perf_counter()
    hits = sum(1 for lat, lon in lat_lon if geom.contains(Point(lon, lat)))
    ms = (time.perf_counter() - t0) * 1000
    return {"rows": hits, "ms": round(ms, 1)}


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description="incimap region-query benchmark")
    parser.add_argument("--n", type=int, default=100_000, help="synthetic incidents")
    parser.add_argument("--repeat", type=int, default=20, help="timed runs per region")
    parser.add_argument("--db", type=Path, default=None, help="reuse or create this store")
    parser.add_argument("--baseline", default="région de Koursk", help="region of the shapely loop")
    parser.add_argument("--regions", nargs="*", default=list(REGIONS))
    args = parser.parse_args(argv)

    tmp = None
    db = args.db
    if db is None:
        tmp = tempfile.TemporaryDirectory(prefix="incimap-bench-")
        db = Path(tmp.name) / "bench.gpkg"
    report: dict = {"n": args.n}
    if not db.exists():
        report["ingest"] = build_store(db, args.n)
        print(json.dumps({"ingest": report["ingest"]}), flush=True)
    with open_store(db, create=False) as store:
        report["queries"] = {r: time_query(store, r, args.repeat) for r in args.regions}
        for r, fig in report["queries"].items():
            print(json.dumps({"region": r, **fig}, ensure_ascii=False), flush=True)
        report["first_query"] = time_first_query(db, args.baseline, max(3, args.repeat // 4))
        print(
            json.dumps({"first_query_rtree": args.baseline, **report["first_query"]}, ensure_ascii=False),
            flush=True,
        )
        report["memory"] = time_memory_load(db)
        print(json.dumps({"memory": report["memory"]}), flush=True)
        base = shapely_loop(store, args.baseline)
        fast = report["queries"].get(args.baseline) or time_query(store, args.baseline, args.repeat)
        report["baseline"] = {
            "region": args.baseline,
            **base,
            "speedup_select": round(base["ms"] / fast["select"]["p50_ms"], 1),
            "speedup_query": round(base["ms"] / fast["query"]["p50_ms"], 1),
        }
        assert base["rows"] == fast["rows"] or abs(base["rows"] - fast["rows"]) <= max(
            3, fast["rows"] // 500
        ), (
            "the store and the loop disagree",
            base,
            fast,
        )
    print(json.dumps({"baseline": report["baseline"]}), flush=True)
    if tmp is not None:
        tmp.cleanup()
    return report


if __name__ == "__main__":
    main()
