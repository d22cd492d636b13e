"""Benchmark: scale-out — parallel ingest throughput, and region queries on PostGIS vs GeoPackage.

Run (from the repository root)::

    .venv/bin/python bench/bench_scale.py                              # both parts, defaults below
    .venv/bin/python bench/bench_scale.py --articles 2000 --skip-query # a quick ingest check
    .venv/bin/python bench/bench_scale.py --skip-ingest --gpkg /tmp/bench1m.gpkg

Part 1, ingest: ``--articles`` synthetic French dispatches (generated from templates below with
real place names; several incidents each, various dates) are written as files, then ingested
with the path of ``incimap ingest`` (:func:`geo.parallel.iter_extractions` + one writer,
``--batch`` articles per transaction) with 1 and with 2 worker processes into fresh
GeoPackage stores. It reports articles/s and the ratio, and checks that both stores hold the
same incidents.

Part 2, query: a 1,000,000-incident GeoPackage (``--gpkg``; built with ``bench/synth.py`` when
missing) is copied into a PostGIS store (``COPY`` into the store's own tables, then the
de-duplication is not replayed: the rows are those of the GeoPackage) on a throw-away loopback
server (``tests/pgserver.py``) or ``--pg-url``. Then for a few regions, p50 over ``--repeat``
runs of ``select`` (``Store.match``: matching keys) and ``query`` (``Store.query``: the full
GeoDataFrame), on a long-lived store object, and ``one-shot`` (open, query, close: the CLI).

The machine may be shared: the figures are wall-clock times of this run; read the ratios.
The two ingests run minutes apart: when the extraction code is being edited meanwhile, run
a frozen copy (``git archive HEAD | tar -x -C /tmp/frozen``, ``PYTHONPATH=/tmp/frozen``,
``INCIMAP_CACHE_DIR`` to a private folder), or the "identical store" check fails for that
reason alone.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geo.query import Query  # noqa: E402
from geo.store import open_store  # noqa: E402

REGIONS = ("région de Koursk", "romanian-border", "Zaporijjia", "bbox:30,50,31,51")

# Real places in French spelling (the gazetteer's business to resolve them).
PLACES = (
    "Kharkiv", "Odessa", "Zaporijjia", "Kherson", "Mykolaïv", "Dnipro", "Soumy", "Tchernihiv",
    "Izmaïl", "Reni", "Koursk", "Belgorod", "Brovary", "Kiev", "Lviv", "Pokrovsk", "Kramatorsk",
    "Sloviansk", "Nikopol", "Tokmak", "Melitopol", "Berdiansk", "Marioupol", "Sébastopol",
    "Simferopol", "Poltava", "Vinnytsia", "Jytomyr", "Rivne", "Ternopil", "Tchernivtsi",
    "Galați", "Tulcea", "Constanța", "Briansk", "Voronej", "Krementchouk", "Ouman", "Bila Tserkva",
)  # fmt: skip
OBLASTS = ("Koursk", "Belgorod", "Odessa", "Kharkiv", "Zaporijjia", "Kherson", "Dnipropetrovsk", "Soumy")
DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
TEMPLATES = (
    "Des drones russes ont frappé des installations portuaires de {p} dans la nuit de {d1} à {d2}, "
    "faisant {n} blessés, selon l'administration régionale.",
    "L'armée russe a bombardé {p} {d1}, tuant {n} civils et endommageant plusieurs immeubles.",
    "La défense antiaérienne a abattu {n} drones au-dessus de la région de {o} dans la nuit de {d1} à {d2}.",
    "Des débris de drone sont tombés près de {p}, sans faire de victimes, a indiqué le gouverneur.",
    "Un missile a touché un entrepôt à {p} {d1}, faisant {n} morts selon les secours.",
    "Des combats se poursuivent près de {p}, où les forces ukrainiennes repoussent des assauts.",
    "Un incendie s'est déclaré dans une raffinerie de {p} après une attaque de drones {d1}.",
)


def write_corpus(folder: Path, n: int, *, seed: int = 0) -> list[Path]:
    """``n`` synthetic dispatches (title, body of 3-6 incident sentences, source and date lines)."""
    rng = random.Random(seed)
    start = date(2022, 3, 1)
    paths = []
    for i in range(n):
        published = start + timedelta(days=rng.randrange(1200))
        body = []
        for _ in range(rng.randint(3, 6)):
            t = rng.choice(TEMPLATES)
            k = rng.randrange(7)
            body.append(
                t.format(
                    p=rng.choice(PLACES),
                    o=rng.choice(OBLASTS),
                    d1=DAYS[k],
                    d2=DAYS[(k + 1) % 7],
                    n=rng.randint(2, 30),
                )
            )
        title = f"Guerre en Ukraine : nouvelles frappes sur {rng.choice(PLACES)} (dépêche {i})"
        text = (
            f"{title}\n\n"
            + "\n\n".join(body)
            + f"\n\nSource link : https://example.invalid/scale/{i}\nPublish date : {published.isoformat()} 08:00:00\n"
        )
        path = folder / f"scale_{i:07d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def bench_ingest(n: int, batch: int, workers_list: list[int]) -> dict:
    from geo.parallel import iter_extractions

    tmp = Path(tempfile.mkdtemp(prefix="incimap-scale-"))
    try:
        t0 = time.perf_counter()
        files = write_corpus(tmp, n)
        print(f"wrote {n} synthetic dispatches in {time.perf_counter() - t0:.1f} s", flush=True)
        out: dict = {"articles": n, "batch": batch, "runs": {}}
        frames = {}
        for workers in workers_list:
            db = tmp / f"w{workers}.gpkg"
            t0 = time.perf_counter()
            with open_store(db) as store:
                results = (r.extraction for r in iter_extractions(files, workers=workers) if r.extraction)
                stats = {"added": 0, "incidents": 0, "merged": 0}
                for r in store.ingest_many(results, batch=batch):
                    stats["added"] += r.status == "added"
                    stats["incidents"] += r.incidents
                    stats["merged"] += r.merged
                elapsed = time.perf_counter() - t0
                frames[workers] = store.query(Query()).drop(columns="geometry")
            rate = n / elapsed
            out["runs"][workers] = {"seconds": round(elapsed, 1), "articles_per_s": round(rate, 1), **stats}
            print(
                f"ingest {n} articles, {workers} worker(s): {elapsed:.1f} s, {rate:.0f} articles/s "
                f"({stats['incidents']} incidents, {stats['merged']} merged)",
                flush=True,
            )
        base = workers_list[0]
        for workers in workers_list[1:]:
            ratio = out["runs"][workers]["articles_per_s"] / out["runs"][base]["articles_per_s"]
            out["runs"][workers]["speedup_vs_1"] = round(ratio, 2)
            same = frames[workers].equals(frames[base])
            out["runs"][workers]["same_store_as_1"] = same
            print(
                f"speed-up {workers} vs {base} worker(s): {ratio:.2f}x; identical store: {same}", flush=True
            )
        return out
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def copy_to_postgis(gpkg: Path, url: str) -> int:
    """Copy the incident tables of a GeoPackage store into an (empty) PostGIS store."""
    import sqlite3

    import psycopg

    from geo.store_postgis import _INCIDENT_COLUMNS, split_url

    with open_store(url):  # creates the schema and tables
        pass
    conninfo, schema, _ = split_url(url)
    src = sqlite3.connect(gpkg)
    cols = ", ".join(_INCIDENT_COLUMNS)
    n = 0
    with psycopg.connect(conninfo) as conn:
        conn.execute(f'SET search_path TO "{schema}", public')
        conn.execute("DROP INDEX IF EXISTS incidents_geom_gist")
        with conn.cursor().copy(f"COPY incidents (fid, geom, {cols}) FROM STDIN") as cp:
            for row in src.execute(f"SELECT fid, lon, lat, {cols} FROM incidents"):
                fid, lon, lat, *rest = row
                geom = None if lon is None else f"SRID=4326;POINT({lon!r} {lat!r})"
                cp.write_row((fid, geom, *rest))
                n += 1
        with conn.cursor().copy(
            "COPY incident_sources (incident_fid, article_id, title, url, published) FROM STDIN"
        ) as cp:
            for row in src.execute(
                "SELECT incident_fid, article_id, title, url, published FROM incident_sources"
            ):
                cp.write_row(row)
        with conn.cursor().copy(
            "COPY articles (article_id, sha1, title, url, published, path, n_incidents) FROM STDIN"
        ) as cp:
            for row in src.execute(
                "SELECT article_id, sha1, title, url, published, path, n_incidents FROM articles"
            ):
                cp.write_row(row)
        conn.execute("CREATE INDEX incidents_geom_gist ON incidents USING gist (geom)")
        conn.execute(
            "SELECT setval(pg_get_serial_sequence('incidents', 'fid'), (SELECT max(fid) FROM incidents))"
        )
        conn.commit()
        conn.autocommit = True
        conn.execute("VACUUM ANALYZE incidents")
    return n


def cluster(url: str) -> None:
    """``CLUSTER`` the incidents on the GiST index (rows of one area on few pages), as a DBA
    would do on a large, mostly-read store."""
    import psycopg

    from geo.store_postgis import split_url

    conninfo, schema, _ = split_url(url)
    t0 = time.perf_counter()
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f'SET search_path TO "{schema}", public')
        conn.execute("CLUSTER incidents USING incidents_geom_gist")
        conn.execute("VACUUM ANALYZE incidents")
    print(f"CLUSTER incidents USING incidents_geom_gist: {time.perf_counter() - t0:.0f} s", flush=True)


def _p50(fn, repeat: int) -> tuple[float, int]:
    times = []
    size = 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        size = len(fn())
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), size


def bench_query(gpkg: Path, pg_url: str | None, repeat: int) -> dict:
    server = None
    if pg_url is None:
        sys.path.insert(0, str(ROOT / "tests"))
        import pgserver

        server = pgserver.start_server()
        pg_url = server.createdb("bench")
    try:
        t0 = time.perf_counter()
        n = copy_to_postgis(gpkg, pg_url)
        print(f"copied {n} incidents into PostGIS in {time.perf_counter() - t0:.0f} s", flush=True)
        out: dict = {"incidents": n, "repeat": repeat, "regions": {}}
        for name, target in (("gpkg", str(gpkg)), ("postgis", pg_url), ("postgis-clustered", pg_url)):
            if name == "postgis-clustered":
                cluster(pg_url)
            with open_store(target) as store:
                for region in REGIONS:
                    q = Query(region=region) if not region.startswith("bbox:") else Query(bbox=region[5:])
                    store.match(q)  # warm: region geometry, caches, the GeoPackage point index
                    store.match(q)
                    sel, rows = _p50(lambda s=store, q=q: s.match(q), repeat)
                    full, _ = _p50(lambda s=store, q=q: s.query(q), repeat)

                    def one_shot(q=q, target=target):
                        with open_store(target) as st:
                            return st.query(q)

                    shot, _ = _p50(one_shot, max(3, repeat // 3))
                    out["regions"].setdefault(region, {"rows": rows})[name] = {
                        "select_ms": round(sel, 1),
                        "query_ms": round(full, 1),
                        "one_shot_ms": round(shot, 1),
                    }
                    print(
                        f"{name:17} {region:18} {rows:6d} rows: select p50 {sel:7.1f} ms, "
                        f"GeoDataFrame p50 {full:7.1f} ms, one-shot (open+query) p50 {shot:7.1f} ms",
                        flush=True,
                    )
        for region, r in out["regions"].items():
            for name in ("postgis", "postgis-clustered"):
                ratio = r[name]["query_ms"] / r["gpkg"]["query_ms"]
                r[f"{name}_over_gpkg_query"] = round(ratio, 2)
                print(f"{region:20} {name}/GeoPackage GeoDataFrame time: {ratio:.2f}x", flush=True)
        return out
    finally:
        if server is not None:
            server.stop()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=100, help="articles per transaction")
    parser.add_argument("--workers", default="1,2", help="worker counts to compare")
    parser.add_argument("--gpkg", type=Path, default=Path("/tmp/bench1m.gpkg"))
    parser.add_argument("--incidents", type=int, default=1_000_000, help="size of a new --gpkg")
    parser.add_argument(
        "--pg-url", default=None, help="an empty PostGIS database (default: a throw-away server)"
    )
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--skip-ingest", action="store_true")
    parser.add_argument("--skip-query", action="store_true")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args(argv)
    print(f"machine: {os.cpu_count()} CPU(s); load average {os.getloadavg()[0]:.1f}", flush=True)
    results: dict = {}
    if not args.skip_ingest:
        workers = [int(w) for w in args.workers.split(",")]
        results["ingest"] = bench_ingest(args.articles, args.batch, workers)
    if not args.skip_query:
        if not args.gpkg.exists():
            from bench.synth import main as synth

            synth(
                [
                    "--articles",
                    str(args.incidents // 10),
                    "--per-article",
                    "10",
                    "--batch",
                    "1000",
                    "-o",
                    str(args.gpkg),
                ]
            )
        results["query"] = bench_query(args.gpkg, args.pg_url, args.repeat)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
