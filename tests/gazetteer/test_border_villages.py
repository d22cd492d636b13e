"""The war zone's villages of ``data/gazetteer/border_villages.csv`` (Kursk, Bryansk, Belgorod,
Kharkiv, Donetsk, Kherson, Zaporizhzhia, Moldova and Transnistria), in the built gazetteer.

Every row must be found by each of its names within 2 km of its own point (the build took it
whole); a few, queried out of context by their French press spelling, must come first, within
10 km of the point written here from their sources (not read back from the table)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from gazetteer.db import Gazetteer, haversine_km

TABLE = Path(__file__).resolve().parents[2] / "data" / "gazetteer" / "border_villages.csv"
ROWS = list(csv.DictReader(TABLE.open(encoding="utf-8")))

#: (query, country, lat, lon, where the point comes from)
TOP1: list[tuple[str, str, float, float, str]] = [
    # Novoekonomichne, Pokrovsk raion: de.wikipedia Nowoekonomitschne, 48° 20′ N, 37° 20′ E
    ("Novoekonomitchne", "UA", 48.3333, 37.3333, "Wikipedia"),
    # Shchetinovka, Belgorod oblast: ru.wikipedia mirror, 50°26′17″N 36°10′45″E
    ("Chtchetinovka", "RU", 50.43806, 36.17917, "Wikipedia"),
    # Kurkovichi, Klimovo district of Bryansk oblast
    ("Kourkovitchi", "RU", 52.30000, 32.80778, "Wikipedia"),
    # Bulboaca, Anenii Noi (the summit of June 2023), not the Bulboaca of Briceni district:
    # GeoNames postal row MD-6512, 46.8831 29.3097
    ("Bulboaca", "MD", 46.8831, 29.3097, "GeoNames"),
    # Crocmaz, Ștefan Vodă district: GeoNames postal row, 46.4519 29.9825
    ("Krokmaz", "MD", 46.4519, 29.9825, "GeoNames"),
]


def test_table_is_well_formed() -> None:
    assert len(ROWS) >= 185
    keys = [r["key"] for r in ROWS]
    assert len(keys) == len(set(keys))
    for r in ROWS:
        assert r["kind"] == "village" and r["country"] in {"UA", "RU", "MD"}, r["key"]
        assert 44.0 < float(r["lat"]) < 54.5 and 26.5 < float(r["lon"]) < 39.0, r["key"]
        assert r["source"].strip(), r["key"]


def test_every_row_is_found_by_each_of_its_names(gaz: Gazetteer) -> None:
    missing = []
    for r in ROWS:
        lat, lon = float(r["lat"]), float(r["lon"])
        names = {r["name"], r["name_fr"], *r["alt_names"].split("|")} - {""}
        for name in names:
            hits = gaz.lookup(name, country=r["country"], limit=50, fuzzy=False)
            if not any(haversine_km(lat, lon, p.lat, p.lon) <= 2.0 for p in hits):
                missing.append((r["key"], name))
    assert not missing


@pytest.mark.parametrize("case", TOP1, ids=lambda c: c[0])
def test_french_spelling_resolves_top1(gaz: Gazetteer, case: tuple[str, str, float, float, str]) -> None:
    query, country, lat, lon, _ = case
    (top,) = gaz.lookup(query, limit=1)
    assert top.country == country, (query, top.id)
    assert haversine_km(lat, lon, top.lat, top.lon) <= 10.0, (query, top.id, top.name)


def test_transdniestrie_is_transnistria(gaz: Gazetteer) -> None:
    # Le Monde's and AFP's spelling of the region
    (top,) = gaz.lookup("Transdniestrie", limit=1)
    assert (top.name, top.kind, top.country) == ("Transnistria", "region", "MD")
