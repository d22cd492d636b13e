"""Held-out style coverage: ~260 places of French war reporting, resolved top-1 out of context.

``heldout_places.csv`` lists place names as the French press writes them (Kherson, Donetsk,
Zaporizhzhia and Kursk villages, Moldova, the Romanian Danube, capitals, seas), with the
expected country and coordinates from the test author's knowledge of the geography, not
read from the gazetteer (rows marked ``circular`` are the few where the author's only
estimate is the one also used in ``data/gazetteer``). Towns must resolve within 10 km,
areas within 161 km, as in the acceptance check of issue 3.
"""

from __future__ import annotations

import csv
import logging
from pathlib import Path

import pytest

from gazetteer.db import Gazetteer, haversine_km

logger = logging.getLogger(__name__)

HELDOUT = Path(__file__).with_name("heldout_places.csv")
TOLERANCE_KM = {"town": 10.0, "area": 161.0}
#: Goal of issue 3 for the hidden list; the current rate is printed by the test.
MIN_HIT_RATE = 0.95


def _rows() -> list[dict[str, str]]:
    with HELDOUT.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


def resolve_all(gaz: Gazetteer) -> tuple[list[dict[str, str]], list[tuple[str, str, float | None]]]:
    """Every row of the list and its failures as ``(query, what was found, distance km)``."""
    rows = _rows()
    failures = []
    for row in rows:
        hits = gaz.lookup(row["query"], limit=1)
        if not hits:
            failures.append((row["query"], "nothing", None))
            continue
        top = hits[0]
        km = haversine_km(float(row["lat"]), float(row["lon"]), top.lat, top.lon)
        if km > TOLERANCE_KM[row["kind"]] or (row["country"] and top.country not in (row["country"], None)):
            failures.append(
                (row["query"], f"{top.id} {top.name} ({top.country}, {top.admin1})", round(km, 1))
            )
    return rows, failures


def test_list_is_large_and_well_formed() -> None:
    rows = _rows()
    assert len(rows) >= 150
    assert {r["kind"] for r in rows} <= set(TOLERANCE_KM)
    queries = [r["query"] for r in rows]
    assert len(queries) == len(set(queries)), "duplicate queries"
    for row in rows:
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180, row


def test_heldout_hit_rate(gaz: Gazetteer) -> None:
    rows, failures = resolve_all(gaz)
    rate = 1 - len(failures) / len(rows)
    print(f"\nheld-out coverage: {len(rows) - len(failures)}/{len(rows)} = {rate:.1%}")
    for failure in failures:
        print("  miss:", *failure)
    logger.warning("held-out coverage %.1f%% (%d misses)", 100 * rate, len(failures))
    assert rate >= MIN_HIT_RATE, failures


@pytest.mark.parametrize(
    ("query", "country", "admin1"),
    [
        ("Lgov", "RU", "Kursk Oblast"),
        ("L'gov", "RU", "Kursk Oblast"),
        ("Rylsk", "RU", "Kursk Oblast"),
        ("Balakliia", "UA", "Kharkiv Oblast"),
        ("Stanislav", "UA", "Kherson Oblast"),
        ("Victoria", "RO", "Tulcea County"),
        ("Makarivka", "UA", "Donetsk Oblast"),
        ("Sieverne", "UA", "Donetsk Oblast"),
        ("Larga", "MD", "Briceni District"),
        ("Briceni", "MD", "Briceni District"),
        ("Sfântu Gheorghe", "RO", "Tulcea County"),
        ("Grindu", "RO", "Tulcea County"),
    ],
    ids=lambda v: str(v),
)
def test_reported_wrong_matches_are_fixed(gaz: Gazetteer, query: str, country: str, admin1: str) -> None:
    top = gaz.lookup(query, limit=1)[0]
    assert (top.country, top.admin1) == (country, admin1), top


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Proche-Orient", "incimap:regions:near-east"),
        ("Extrême-Orient", "incimap:regions:far-east"),
        ("Sahel", "incimap:regions:sahel"),
        ("Scandinavie", "incimap:regions:scandinavia"),
        ("Maison Blanche", "incimap:landmarks:white-house"),
        ("Dniepr", "incimap:rivers:dnieper"),
    ],
    ids=lambda v: str(v),
)
def test_regions_and_landmarks(gaz: Gazetteer, query: str, expected: str) -> None:
    assert gaz.lookup(query, limit=1)[0].id == expected


def test_foreign_alternate_name_does_not_beat_a_war_country_place(gaz: Gazetteer) -> None:
    # Hong Kong has "Victoria" among its GeoNames alternate names; Severn (Maryland) is a variant
    ids = [p.id for p in gaz.lookup("Victoria", limit=5)]
    assert "geonames:1819729" not in ids[:2]
    assert gaz.lookup("Sieverne", limit=1)[0].country == "UA"


def test_soft_sign_apostrophes_are_dropped(gaz: Gazetteer) -> None:
    lgov = {p.id for p in gaz.candidates("Lgov")}
    assert lgov == {p.id for p in gaz.candidates("L’gov")}
    assert gaz.candidates("Lgov")[0].score >= 0.97  # as written, not a variant
    # the scanner's automaton finds "Lgov" in a text although GeoNames only writes L’gov
    names = {name for name, pid in gaz.iter_names() if pid == "geonames:535347"}
    assert {"l'gov", "lgov"} <= names
