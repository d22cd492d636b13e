"""Raions named by their adjective (``data/gazetteer/raions.csv``).

French war reporting names raions by their adjectival name: « le district de Soudjansky »,
« district Shebekinsky », « district de Golopristansky », « district de Syzemsky ». Each form
below, queried out of context, must resolve with ``Gazetteer.lookup`` to a place of kind
``district`` within 30 km of the raion's administrative centre (coordinates written here from
the GeoNames points of the centre towns), and the bare town names must still resolve to the town.
"""

from __future__ import annotations

import pytest

from gazetteer.db import Gazetteer, haversine_km
from gazetteer.resolve import analyse

TOLERANCE_KM = 30.0

#: (adjectival form as the press writes it, expected country, lat, lon of the centre, centre)
CASES: list[tuple[str, str, float, float, str]] = [
    # Russia: Kursk, Belgorod, Bryansk oblasts
    ("Soudjansky", "RU", 51.19100, 35.27100, "Sudzha"),
    ("Sudzhanskiy", "RU", 51.19100, 35.27100, "Sudzha"),
    ("Bolshesoldatsky", "RU", 51.33614, 35.51002, "Bolshoye Soldatskoye"),
    ("Korenevsky", "RU", 51.41065, 34.90008, "Korenevo"),
    ("Rylski", "RU", 51.57141, 34.68324, "Rylsk"),
    ("Lgovsky", "RU", 51.68925, 35.28449, "Lgov"),
    ("Chebekinsky", "RU", 50.41342, 36.92537, "Shebekino"),
    ("Shebekinsky", "RU", 50.41342, 36.92537, "Shebekino"),
    ("Krasnoyaruzhsky", "RU", 50.80198, 35.65774, "Krasnaya Yaruga"),
    ("Graivoronsky", "RU", 50.47893, 35.68087, "Grayvoron"),
    ("Syzemsky", "RU", 52.31834, 34.07899, "Suzemka"),
    # Ukraine: Kherson, Odesa, Donetsk, Kharkiv, Sumy oblasts
    ("Golopristansky", "UA", 46.52973, 32.52408, "Hola Prystan"),
    ("Beryslavskyi", "UA", 46.83851, 33.42664, "Beryslav"),
    ("Skadovsky", "UA", 46.11313, 32.90978, "Skadovsk"),
    ("Kakhovskyi", "UA", 46.81601, 33.47862, "Kakhovka"),
    ("Izmailskyi", "UA", 45.35058, 28.83751, "Izmail"),
    ("Pokrovskyi", "UA", 48.28014, 37.17706, "Pokrovsk"),
    ("Volnovakhsky", "UA", 47.60080, 37.49358, "Volnovakha"),
    ("Koupianski", "UA", 49.71003, 37.61581, "Kupiansk"),
    ("Chuguyevsky", "UA", 49.83538, 36.68650, "Chuhuiv"),
    ("Shostkinsky", "UA", 51.86434, 33.47283, "Shostka"),
    ("Okhtyrskyi", "UA", 50.30852, 34.89468, "Okhtyrka"),
]

#: the bare town names stay the towns (GeoNames points)
TOWNS: list[tuple[str, str, float, float]] = [
    ("Sudzha", "RU", 51.19100, 35.27100),
    ("Soudja", "RU", 51.19100, 35.27100),
    ("Shebekino", "RU", 50.41342, 36.92537),
    ("Chebekino", "RU", 50.41342, 36.92537),
    ("Hola Prystan", "UA", 46.52973, 32.52408),
    ("Gola Pristan", "UA", 46.52973, 32.52408),
    ("Kupiansk", "UA", 49.71003, 37.61581),
    ("Izmail", "UA", 45.35058, 28.83751),
    ("Rylsk", "RU", 51.57141, 34.68324),
]


@pytest.mark.parametrize(("query", "country", "lat", "lon", "centre"), CASES)
def test_adjectival_raion_name(
    gaz: Gazetteer, query: str, country: str, lat: float, lon: float, centre: str
) -> None:
    places = gaz.lookup(query)
    assert places, f"{query!r} not found"
    place = places[0]
    assert place.kind == "district", f"{query!r} -> {place.name} ({place.kind}), not a district"
    assert place.country == country, f"{query!r} -> {place.name} ({place.country})"
    km = haversine_km(place.lat, place.lon, lat, lon)
    assert km <= TOLERANCE_KM, f"{query!r} -> {place.name}, {km:.0f} km from {centre}"


@pytest.mark.parametrize(("query", "country", "lat", "lon"), TOWNS)
def test_town_keeps_its_name(gaz: Gazetteer, query: str, country: str, lat: float, lon: float) -> None:
    places = gaz.lookup(query)
    assert places, f"{query!r} not found"
    place = places[0]
    assert place.kind in ("city", "village"), f"{query!r} -> {place.name} ({place.kind})"
    assert place.country == country
    assert haversine_km(place.lat, place.lon, lat, lon) <= 10.0, f"{query!r} -> {place.name}"


def test_a_raion_after_a_city_is_not_that_city_s_district(gaz: Gazetteer) -> None:
    text = "À Koursk, le gouverneur a annoncé qu'un drone avait touché une ferme du district de Rylsky."
    place = {i.mention.surface: i.mention.place for i in analyse(text, gaz)}["Rylsky"]
    assert place.kind == "district" and place.id.startswith("incimap:raions:")
