"""geo.regions: names in French or English, the Romanian border zone, radius and bbox."""

from __future__ import annotations

import pytest

from geo.errors import QueryError, RegionError
from geo.regions import (
    DANUBE_PORTS,
    bbox_region,
    get_region,
    list_regions,
    parse_bbox,
    radius_region,
    romanian_border_zone,
)

from .conftest import IZMAIL, KURSK, KYIV, ODESA, SEVASTOPOL, SIMFEROPOL


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("région de Koursk", "ru-kursk-oblast"),
        ("Region de Koursk", "ru-kursk-oblast"),
        ("Kursk Oblast", "ru-kursk-oblast"),
        ("oblast de Koursk", "ru-kursk-oblast"),
        ("Zaporijjia", "ua-zaporizhzhia-oblast"),
        ("Zaporizhzhia Oblast", "ua-zaporizhzhia-oblast"),
        ("Crimée", "ua-crimean-peninsula"),
        ("région de Crimée", "ua-crimean-peninsula"),
        ("République autonome de Crimée", "ua-autonomous-republic-of-crimea"),
        ("Sébastopol", "ua-sevastopol"),
        ("Sebastopol", "ua-sevastopol"),
        ("Kiev", "ua-kyiv"),
        ("région de Kiev", "ua-kyiv-oblast"),
        ("Ukraine", "country:UA"),
        ("Roumanie", "country:RO"),
        ("Romania", "country:RO"),
        ("Moldavie", "country:MD"),
        ("Galați", "ro-galati-county"),
        ("județ de Tulcea", "ro-tulcea-county"),
        ("romanian-border", "romanian-border"),
        ("frontière roumaine", "romanian-border"),
        ("Kharkov", "ua-kharkiv-oblast"),
        ("Belgorod", "ru-belgorod-oblast"),
    ],
    ids=lambda v: v,
)
def test_names(name, key):
    assert get_region(name).key == key


def test_region_contains_its_capital():
    assert get_region("région de Koursk").contains_latlon([KURSK[0]], [KURSK[1]]).all()
    assert get_region("Crimée").contains_latlon([SIMFEROPOL[0]], [SIMFEROPOL[1]]).all()
    assert not get_region("Crimée").contains_latlon([KYIV[0]], [KYIV[1]]).any()


def test_crimea_is_the_peninsula_with_sevastopol():
    assert get_region("Crimée").contains_latlon([SEVASTOPOL[0]], [SEVASTOPOL[1]]).all()
    assert (
        not get_region("République autonome de Crimée")
        .contains_latlon([SEVASTOPOL[0]], [SEVASTOPOL[1]])
        .any()
    )
    assert get_region("République autonome de Crimée").contains_latlon([SIMFEROPOL[0]], [SIMFEROPOL[1]]).all()


def test_unknown_region_lists_closest_names():
    with pytest.raises(RegionError, match=r"unknown region 'Kurskk Oblst'.*Koursk"):
        get_region("Kurskk Oblst")
    with pytest.raises(RegionError, match="non-empty"):
        get_region("  ")


def test_romanian_border_zone_holds_the_danube_ports_and_not_kyiv():
    zone = romanian_border_zone()
    assert zone.key == "romanian-border"
    assert {p.name for p in zone.ports} == {"Izmail", "Reni", "Kiliia", "Tulcea", "Galați", "Isaccea"}
    for port in DANUBE_PORTS:
        assert zone.contains_latlon([port.lat], [port.lon]).all(), port.name
    for lat, lon in (KYIV, ODESA, SEVASTOPOL, (47.011, 28.863)):  # Chișinău too
        assert not zone.contains_latlon([lat], [lon]).any()


def test_romanian_border_zone_width_is_configurable():
    narrow = romanian_border_zone(10)
    wide = get_region("romanian-border:60")
    assert narrow.geometry.area < romanian_border_zone().geometry.area < wide.geometry.area
    # Izmaïl is ~1.5 km from the Danube border: in every zone.
    assert narrow.contains_latlon([IZMAIL[0]], [IZMAIL[1]]).all()
    with pytest.raises(QueryError, match="-5"):
        romanian_border_zone(-5)


def test_radius_is_geodesic():
    r = radius_region("44.617,33.525", radius_km=30)
    # 0.25° of latitude is ~27.8 km: inside; 0.3° is ~33.3 km: outside.
    assert r.contains_latlon([44.617 + 0.25, 44.617 - 0.3], [33.525, 33.525]).tolist() == [True, False]
    with pytest.raises(QueryError, match="radius 0"):
        radius_region("44.617,33.525", radius_km=0)


@pytest.mark.parametrize(
    "value",
    ["1,2,3", "a,b,c,d", "30,45,28,46", "28,95,30,96", "28,45,30,45"],
    ids=["3", "nan", "inv", "lat", "empty"],
)
def test_bad_bbox_names_the_value(value):
    with pytest.raises(QueryError, match=value.replace(",", ",")):
        parse_bbox(value)


def test_bbox_region():
    r = bbox_region("28,45,30,46")
    assert r.contains_latlon([IZMAIL[0], KYIV[0]], [IZMAIL[1], KYIV[1]]).tolist() == [True, False]


def test_list_regions_has_countries_oblasts_and_the_border_zone():
    regions = list_regions()
    kinds = {r.kind for r in regions}
    assert {"country", "oblast", "county", "border_zone", "city"} <= kinds
    assert len(list_regions(country="UA")) == 29  # the country, 27 admin-1 units, the Crimean peninsula


def test_near_a_gazetteer_place():
    gaz = pytest.importorskip("gazetteer.db", reason="the gazetteer (issue 3) is not in this checkout yet")
    if not hasattr(gaz, "Gazetteer"):
        pytest.skip("gazetteer.db.Gazetteer not available yet")
    r = radius_region("Sébastopol", radius_km=30)
    assert r.contains_latlon([SEVASTOPOL[0]], [SEVASTOPOL[1]]).all()
    assert not r.contains_latlon([SIMFEROPOL[0]], [SIMFEROPOL[1]]).any()


def test_coastal_points_fall_in_their_region():
    # Sevastopol's centre and bays lie just off the 1:10m coastline.
    assert get_region("Sébastopol").contains_latlon([SEVASTOPOL[0]], [SEVASTOPOL[1]]).all()
    assert get_region("Crimée").contains_latlon([SEVASTOPOL[0]], [SEVASTOPOL[1]]).all() is not None
    assert get_region("Ukraine").contains_latlon([SEVASTOPOL[0]], [SEVASTOPOL[1]]).all()
    # The tolerance adds water only: Kursk is still not in Belgorod oblast.
    assert not get_region("Belgorod").contains_latlon([KURSK[0]], [KURSK[1]]).any()


def test_frontline_proximity():
    frontline = pytest.importorskip("geo.frontline", reason="the front-line module (issue 7) is not here yet")
    dates = frontline.available_dates()
    if not dates:
        pytest.skip("no front line available")
    zone = get_region(f"frontline:20:{dates[-1].isoformat()}")
    assert zone.kind == "frontline_zone"
    robotyne, kyiv = (47.443, 35.826), KYIV
    assert zone.contains_latlon([robotyne[0], kyiv[0]], [robotyne[1], kyiv[1]]).tolist() == [True, False]
    wider = get_region(f"ligne de front:60:{dates[-1].isoformat()}")
    assert wider.geometry.area > zone.geometry.area
    with pytest.raises(QueryError, match="2024-02-30"):
        get_region("frontline:20:2024-02-30")


@pytest.mark.parametrize("name", ["région de Koursk", "romanian-border", "Crimée", "Moldavie", "Sébastopol"])
def test_the_cell_grid_answers_exactly_as_the_polygon(name):
    """Containment through inside/outside/edge cells equals shapely.contains_xy on every point,
    including points on the outline's vertices and on cell borders."""
    import numpy as np
    import shapely

    from geo.regions import _cells, _match_geometry

    region = get_region(name)
    geom = _match_geometry(region)
    grid = _cells(region)
    w, s, e, n = geom.bounds
    rng = np.random.default_rng(7)
    lon = rng.uniform(w - 0.5, e + 0.5, 50_000)
    lat = rng.uniform(s - 0.5, n + 0.5, 50_000)
    vertices = shapely.get_coordinates(geom)[:2000]
    corners_x = grid.w + grid.size * rng.integers(0, grid.nx, 2000)
    corners_y = grid.s + grid.size * rng.integers(0, grid.ny, 2000)
    lon = np.concatenate([lon, vertices[:, 0], corners_x, [np.nan]])
    lat = np.concatenate([lat, vertices[:, 1], corners_y, [45.0]])
    expected = shapely.contains_xy(geom, lon, lat)
    got = grid.contains(lon, lat)
    assert expected.sum() > 100
    assert np.array_equal(got, expected)
