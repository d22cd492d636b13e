"""Coverage of the dev dispatches' places (dev14-dev25), out of context, in every spelling.

``dev_places.csv`` lists the towns, villages and areas of the hand-written dispatches
``tests/extract/data/dev14*.txt`` to ``dev25*.txt`` (Kherson oblast on both banks of the
Dnieper, the Pokrovsk and Toretsk fronts, the Kursk incursion, Moldova, the Romanian Danube)
in the spellings French reporting uses (French transliteration, Ukrainian romanisation,
Russian forms, Romanian with and without diacritics, cedilla or comma below), with the
expected coordinates from the test author's knowledge. Each must resolve top-1 with
``Gazetteer.lookup`` within 10 km (towns) or 161 km (areas): unlike the held-out list, no
miss is allowed. Names that need context to resolve (« Dzerjinsk » is also the Russian city,
« Seversk » the Siberian one, « New York ») are deliberately not listed.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from gazetteer.db import Gazetteer, haversine_km

DEV_PLACES = Path(__file__).with_name("dev_places.csv")
TOLERANCE_KM = {"town": 10.0, "area": 161.0}


def _rows() -> list[dict[str, str]]:
    with DEV_PLACES.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


def test_list_is_well_formed() -> None:
    rows = _rows()
    assert len(rows) >= 150
    queries = [r["query"] for r in rows]
    assert len(queries) == len(set(queries)), "duplicate queries"
    assert {r["kind"] for r in rows} <= set(TOLERANCE_KM)
    assert {r["country"] for r in rows} <= {"UA", "RU", "MD", "RO"}


@pytest.mark.parametrize("row", _rows(), ids=lambda r: r["query"])
def test_dev_place_resolves_top1(gaz: Gazetteer, row: dict[str, str]) -> None:
    hits = gaz.lookup(row["query"], limit=1)
    assert hits, f"{row['query']}: nothing found"
    top = hits[0]
    km = haversine_km(float(row["lat"]), float(row["lon"]), top.lat, top.lon)
    assert km <= TOLERANCE_KM[row["kind"]], (row["query"], top.id, top.name, round(km, 1))
    assert top.country == row["country"], (row["query"], top.id, top.country)
