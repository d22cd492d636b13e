"""Synthetic articles and incidents, at any size, for benchmarks and tests.

Deterministic for a given ``seed``. Points fall in a box over Ukraine, western Russia,
Moldova and Romania (``BOX``); dates between 2022-02-24 and 2025-06-30.

>>> from bench.synth import synthetic_extractions
>>> xs = list(synthetic_extractions(3, incidents_per_article=2, seed=1))
>>> len(xs), len(xs[0].incidents)
(3, 2)

Command line: ``python -m bench.synth --articles 1000 --per-article 5 -o out/synth.gpkg``
writes a store (or ``.geojson``) of synthetic incidents.
"""

from __future__ import annotations

import argparse
import logging
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from geo.models import EVENT_TYPES, Article, Incident

__all__ = ["BOX", "SynthExtraction", "synthetic_articles", "synthetic_extractions", "synthetic_incidents"]

logger = logging.getLogger(__name__)

#: (west, south, east, north) of the synthetic points, degrees.
BOX = (22.0, 43.5, 42.0, 56.0)
_START = date(2022, 2, 24)
_DAYS = (date(2025, 6, 30) - _START).days


@dataclass
class SynthExtraction:
    """Duck-typed like ``geo.extract.Extraction``: ``article`` and ``incidents``."""

    article: Article
    incidents: list[Incident] = field(default_factory=list)
    mentions: list = field(default_factory=list)


def _incident(rng: random.Random, article: Article, k: int, box=BOX) -> Incident:
    w, s, e, n = box
    lat = round(rng.uniform(s, n), 5)
    lon = round(rng.uniform(w, e), 5)
    event = EVENT_TYPES[rng.randrange(len(EVENT_TYPES))]
    day = _START + timedelta(days=rng.randrange(_DAYS))
    return Incident(
        event=event,
        place=f"Place {rng.randrange(100000)}",
        lat=lat,
        lon=lon,
        geo_precision=rng.choice((1, 1, 1, 2, 3)),
        date=day,
        killed=rng.choice((None, None, 0, 1, 2, 5)),
        injured=rng.choice((None, None, 0, 1, 3)),
        weapons={"drones": rng.randrange(1, 50)} if event == "air_defense" else None,
        actor=rng.choice(("RU", "UA", None)),
        evidence=f"Synthetic evidence sentence {k} of {article.id}.",
        start=k * 100,
        end=k * 100 + 80,
        article=article.id,
        country="UA",
        sources=[
            {
                "article": article.id,
                "title": article.title,
                "url": article.url,
                "published": str(article.published),
            }
        ],
    )


def synthetic_articles(n: int, *, seed: int = 0, version: int = 0, first: int = 0) -> Iterator[Article]:
    """``n`` small synthetic articles (ids ``synth_0000000``… from number ``first``);
    ``version`` changes their text."""
    rng = random.Random(seed)
    for i in range(first, first + n):
        published = _START + timedelta(days=rng.randrange(_DAYS))
        yield Article(
            id=f"synth_{i:07d}",
            text=f"Synthetic article {i} (v{version}). " + "Lorem ipsum. " * 5,
            title=f"Synthetic article {i}",
            published=published,
            url=f"https://example.invalid/synth/{i}",
        )


def synthetic_extractions(
    n_articles: int,
    *,
    incidents_per_article: int = 5,
    seed: int = 0,
    version: int = 0,
    box=BOX,
    first: int = 0,
) -> Iterator[SynthExtraction]:
    """``n_articles`` extractions of ``incidents_per_article`` random incidents each
    (article numbers from ``first``)."""
    rng = random.Random(seed * 7919 + version + first)
    for article in synthetic_articles(n_articles, seed=seed + first, version=version, first=first):
        incidents = [_incident(rng, article, k, box) for k in range(incidents_per_article)]
        yield SynthExtraction(article, incidents)


def synthetic_incidents(n: int, *, seed: int = 0, box=BOX) -> list[Incident]:
    """``n`` random incidents (from articles of 10 incidents each)."""
    out: list[Incident] = []
    per = 10
    for x in synthetic_extractions((n + per - 1) // per, incidents_per_article=per, seed=seed, box=box):
        out.extend(x.incidents)
    return out[:n]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--per-article", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--batch", type=int, default=1, help="articles per transaction")
    parser.add_argument("-o", "--output", type=Path, required=True, help="a .gpkg store or a .geojson file")
    args = parser.parse_args(argv)
    xs = synthetic_extractions(args.articles, incidents_per_article=args.per_article, seed=args.seed)
    if args.output.suffix == ".gpkg":
        from geo.store import open_store

        with open_store(args.output) as store:
            for _ in store.ingest_many(xs, batch=args.batch):
                pass
    else:
        from geo.export import write
        from geo.frame import incidents_to_frame

        write(incidents_to_frame(i for x in xs for i in x.incidents), args.output)


if __name__ == "__main__":
    main()
