"""Places of the French war news added to our tables (villages, districts, landmarks).

Each place added to ``data/gazetteer/villages.csv``, ``districts.csv`` or ``landmarks.csv`` for
the news villages brief is queried out of context by its French press spelling and by one other
spelling (Ukrainian romanisation, Russian form, Romanian without diacritics); the top-1 answer of
``Gazetteer.lookup`` must lie within 10 km of the coordinates written below. The coordinates are
written here from their sources (Wikipedia infoboxes, GeoNames for the two merged aliases, or the
stated own estimate), not read back from the tables.
"""

from __future__ import annotations

import pytest

from gazetteer.db import Gazetteer, haversine_km

TOLERANCE_KM = 10.0

#: (query, expected country, lat, lon, where the point comes from)
CASES: list[tuple[str, str, float, float, str]] = [
    # Stepanivka, Kherson urban hromada: de.wikipedia Stepaniwka_(Cherson), 46°41′49″N 32°34′41″E
    ("Stepanivka", "UA", 46.69694, 32.57806, "Wikipedia"),
    ("Stepanovka", "UA", 46.69694, 32.57806, "Wikipedia"),
    # Semenivka, Pokrovsk raion: en.wikipedia Semenivka,_Donetsk_Oblast, 48°10′57″N 37°37′52″E
    ("Semenivka", "UA", 48.18250, 37.63111, "Wikipedia"),
    ("Semionovka", "UA", 48.18250, 37.63111, "Wikipedia"),
    # Lebedevka, Sudzha district: own estimate (±4 km), ~10 km NW of Sudzha
    ("Lebedevka", "RU", 51.255, 35.169, "own estimate"),
    ("Lebediovka", "RU", 51.255, 35.169, "own estimate"),
    # Cuhureștii de Jos, Florești district: own estimate (±6 km) from Cuhureștii de Sus
    ("Cuhureștii de Jos", "MD", 47.889, 28.601, "own estimate"),
    ("Cuhurestii de Jos", "MD", 47.889, 28.601, "own estimate"),
    # Glushkovo (merged alias, GeoNames 560995)
    ("Glouchovski", "RU", 51.34066, 34.63915, "GeoNames"),
    ("Glouchkovski", "RU", 51.34066, 34.63915, "GeoNames"),
    # Zaliznyi Port (merged alias, GeoNames 687790)
    ("Jelezny Port", "UA", 46.12337, 32.29892, "GeoNames"),
    ("Zheleznyi Port", "UA", 46.12337, 32.29892, "GeoNames"),
    # Dniprovskyi district of Kherson: own estimate (±2.5 km), NE of the centre
    ("district de Dnipro", "UA", 46.672, 32.640, "own estimate"),
    ("district Dniprovsky", "UA", 46.672, 32.640, "own estimate"),
    # Karantynnyi island (Korabel), Kherson: own estimate (±1.5 km)
    ("île Karantynnyi", "UA", 46.620, 32.605, "own estimate"),
    ("Karantinny", "UA", 46.620, 32.605, "own estimate"),
    # Velykyi Potomkin island: en.wikipedia Ostriv_Velykyi_Potomkin, 46°34′40.3″N 32°32′24.4″E
    ("île Potemkine", "UA", 46.57786, 32.54011, "Wikipedia"),
    ("Ostriv Velykyi Potomkin", "UA", 46.57786, 32.54011, "Wikipedia"),
    # Grindul Chituc, Constanța county: own estimate (±8 km), middle of the spit
    ("Grindul Chituc", "RO", 44.53, 28.80, "own estimate"),
    ("Chituc", "RO", 44.53, 28.80, "own estimate"),
]

#: homonyms that the additions must not steal, out of context (GeoNames points)
GUARDS: list[tuple[str, str, float, float]] = [
    # Kyiv's Dniprovskyi district keeps the bare name; the Kherson one needs « district de Dnipro »
    # or context
    ("Dniprovskyi", "UA", 50.454, 30.601),
    ("Glushkovo", "RU", 51.34066, 34.63915),
    ("Zaliznyy Port", "UA", 46.12337, 32.29892),
]


def test_cases_are_well_formed() -> None:
    queries = [c[0] for c in CASES]
    assert len(queries) == len(set(queries)), "duplicate queries"
    assert {c[1] for c in CASES} <= {"UA", "RU", "MD", "RO"}


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0])
def test_news_place_resolves_top1(gaz: Gazetteer, case: tuple[str, str, float, float, str]) -> None:
    query, country, lat, lon, _ = case
    hits = gaz.lookup(query, limit=1)
    assert hits, f"{query}: nothing found"
    top = hits[0]
    km = haversine_km(lat, lon, top.lat, top.lon)
    assert km <= TOLERANCE_KM, (query, top.id, top.name, round(km, 1))
    assert top.country == country, (query, top.id, top.country)


@pytest.mark.parametrize("guard", GUARDS, ids=lambda g: g[0])
def test_homonym_guard(gaz: Gazetteer, guard: tuple[str, str, float, float]) -> None:
    query, country, lat, lon = guard
    hits = gaz.lookup(query, limit=1)
    assert hits, f"{query}: nothing found"
    top = hits[0]
    assert haversine_km(lat, lon, top.lat, top.lon) <= TOLERANCE_KM, (query, top.id, top.name)
    assert top.country == country
