"""The built-in front lines, resolved through the real gazetteer."""

from __future__ import annotations

import datetime as dt

import pytest
import shapely
from shapely.geometry import MultiLineString, MultiPolygon, Point, shape

from geo import frontline as F
from geo.errors import FrontlineError

BUILTIN = ["2023-09-13", "2024-09-14", "2024-11-13", "2025-03-31"]


def test_available_dates_lists_every_builtin_date():
    dates = [d.isoformat() for d in F.available_dates()]
    assert dates[: len(BUILTIN)] == BUILTIN


@pytest.mark.parametrize("day", BUILTIN)
def test_every_builtin_date_loads(day):
    fl = F.frontline(day, origin="builtin")
    assert fl.date == dt.date.fromisoformat(day)
    assert fl.origin == "builtin"
    assert isinstance(fl.line, MultiLineString) and not fl.line.is_empty
    assert isinstance(fl.occupied, MultiPolygon)
    assert 95 <= len(fl.waypoints) <= 250
    assert all(w.source for w in fl.waypoints)
    # the main line runs from the Russian border to the Dnipro: about 800-1000 km on land
    assert 750 < F.line_length_km(fl.parts["main"]) < 1100
    # occupied area: within 3 % of DeepStateMap's figure of those dates (108-113 thousand km²)
    assert 105_000 < F.area_km2(fl.occupied) < 114_000


@pytest.mark.parametrize("day", BUILTIN)
@pytest.mark.parametrize(
    ("place", "lat", "lon", "occupied"),
    [
        ("Donetsk", 48.0159, 37.8029, True),
        ("Luhansk", 48.5740, 39.3078, True),
        ("Melitopol", 46.8489, 35.3653, True),
        ("Simferopol", 44.9521, 34.1024, True),
        ("Tokmak", 47.2550, 35.7050, True),
        ("Kyiv", 50.4501, 30.5234, False),
        ("Kharkiv", 49.9935, 36.2304, False),
        ("Zaporizhzhia", 47.8388, 35.1396, False),
        ("Kherson", 46.6354, 32.6169, False),
        ("Nikopol", 47.5712, 34.3964, False),
        ("Kramatorsk", 48.7389, 37.5848, False),
        ("Ochakiv", 46.6150, 31.5450, False),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_occupied_area_sides(day, place, lat, lon, occupied):
    fl = F.frontline(day, origin="builtin")
    assert fl.occupied.contains(Point(lon, lat)) is occupied, place


def test_kursk_salient_is_its_own_held_part():
    for day in ("2024-09-14", "2024-11-13"):
        fl = F.frontline(day, origin="builtin")
        assert "kursk-salient" in fl.parts
        assert fl.held is not None
        sudzha = Point(35.271, 51.191)
        assert fl.held.contains(sudzha)
        assert not fl.occupied.contains(sudzha)
        assert 300 < F.area_km2(fl.held) < 1500
    # before August 2024 and after March 2025: no salient
    assert F.frontline("2023-09-13").held is None
    assert F.frontline("2025-03-31").held is None


def test_vovchansk_part_in_2024():
    fl = F.frontline("2024-09-14")
    assert "kharkiv-north" in fl.parts
    north = fl.occupied.intersection(shapely.box(36.2, 50.1, 37.2, 50.5))  # Strilecha to Vovchansk
    assert 50 < F.area_km2(north) < 400
    assert not fl.occupied.contains(Point(36.421, 50.209))  # Lyptsi
    assert "kharkiv-north" not in F.frontline("2023-09-13").parts


def test_area_grows_with_the_russian_advance():
    a = [F.area_km2(F.frontline(d).occupied) for d in BUILTIN]
    assert a == sorted(a)


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        ("2024-11-20", "2024-11-13"),
        ("2024-11-13", "2024-11-13"),
        (dt.date(2024, 10, 1), "2024-09-14"),
        ("latest", BUILTIN[-1]),
    ],
)
def test_nearest_date_on_or_before(on, expected):
    assert F.frontline(on).date.isoformat() == expected


@pytest.mark.parametrize(
    ("on", "match"),
    [
        ("2020-01-01", "no front line on or before 2020-01-01; the earliest is 2023-09-13"),
        ("13/11/2024", "give it as YYYY-MM-DD"),
        ("2024-02-30", "bad date"),
        ("2010-01-01", "between 2014-02-20 and today"),
        (20241113, "of type int"),
    ],
)
def test_bad_dates(on, match):
    with pytest.raises(FrontlineError, match=match):
        F.frontline(on)


def test_proximity_helpers():
    # Pokrovsk was about 8-10 km from the line in November 2024; Kyiv is far from any line
    assert F.within_km(48.28, 37.177, 20, on="2024-11-13")
    assert not F.within_km(48.28, 37.177, 2, on="2023-09-13")
    assert F.distance_km(50.45, 30.52, on="2024-11-13") > 300
    zone = F.buffer(10, on="2024-11-13")
    assert zone.contains(Point(37.834, 48.588))  # Chasiv Yar
    assert not zone.contains(Point(37.584, 48.739))  # Kramatorsk, ~25 km behind the line
    with pytest.raises(FrontlineError, match="positive"):
        F.buffer(0, on="latest")
    with pytest.raises(FrontlineError, match="positive"):
        F.within_km(48.0, 37.0, -1)


def test_geojson_is_rfc7946():
    doc = F.frontline("2024-11-13").to_geojson()
    assert doc["type"] == "FeatureCollection" and "crs" not in doc
    layers = [f["properties"]["layer"] for f in doc["features"]]
    assert layers.count("line") == 3 and "occupied" in layers and "held" in layers
    first = shape(doc["features"][0]["geometry"])
    lon, lat = shapely.get_coordinates(first)[0]
    assert 37 < lon < 38.5 and 49 < lat < 50.5  # [lon, lat] order, north of Kupiansk


def test_no_imported_line_yet():
    with pytest.raises(FrontlineError, match="no imported front line is available; import one with"):
        F.frontline("latest", origin="imported")


def test_waypoints_resolve_through_the_gazetteer():
    fl = F.frontline("2024-11-13", origin="builtin")
    by_name = {w.name: w for w in fl.waypoints}
    # settlements carry a gazetteer id; only river/water points carry their own coordinates
    assert all(w.place_id for w in fl.waypoints if not w.note)
    assert by_name["Kurakhove"].place_id.startswith("geonames:")
    assert by_name["Robotyne"].lat == pytest.approx(47.44, abs=0.02)
    assert by_name["Guyevo"].country == "RU" and by_name["Guyevo"].part == "kursk-salient"


@pytest.mark.parametrize(
    ("day", "occupied", "free"),
    [
        ("2023-09-13", ["Bakhmut", "Horlivka", "Tokmak"], ["Avdiivka", "Kurakhove", "Orikhiv", "Kupiansk"]),
        ("2024-09-14", ["Avdiivka", "Ocheretyne", "Niu-York"], ["Kurakhove", "Selydove", "Pokrovsk"]),
        ("2024-11-13", ["Vuhledar", "Selydove", "Avdiivka"], ["Pokrovsk", "Myrnohrad", "Kupiansk"]),
        (
            "2025-03-31",
            ["Toretsk", "Kurakhove", "Velyka Novosilka", "Selydove"],
            ["Pokrovsk", "Kostiantynivka", "Huliaipole"],
        ),
    ],
)
def test_towns_on_each_side(day, occupied, free):
    """Towns well inside either side (not waypoints: a waypoint lies on the line itself)."""
    from gazetteer import Gazetteer

    gaz = Gazetteer.default()
    fl = F.frontline(day, origin="builtin")
    for names, expected in ((occupied, True), (free, False)):
        for name in names:
            place = next(
                p for p in gaz.lookup(name, country="UA", limit=50) if 47 < p.lat < 50 and p.lon > 35
            )
            assert fl.occupied.contains(Point(place.lon, place.lat)) is expected, (day, name)
