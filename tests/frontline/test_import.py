"""Importing GeoJSON files the project makes itself: plain lines and polygons, bad input."""

from __future__ import annotations

import json

import pytest
import shapely
from shapely.geometry import mapping

from geo import frontline as F
from geo.errors import FrontlineError


def _write(tmp_path, name, doc):
    path = tmp_path / name
    path.write_text(doc if isinstance(doc, str) else json.dumps(doc), encoding="utf-8")
    return path


def test_round_trip_of_our_own_geojson_as_lines(tmp_path):
    ours = F.frontline("2024-11-13", origin="builtin")
    main = ours.parts["main"]
    feat = {"type": "Feature", "properties": {}, "geometry": mapping(main)}
    path = _write(tmp_path, "line.geojson", {"type": "FeatureCollection", "features": [feat]})
    fl = F.import_file(path, on="2024-11-14", source="our own line")
    assert fl.source == "our own line"
    assert F.line_distances_km(fl.line, main).max() < 0.01
    # an occupied area is derived from a plain line that reaches the border: the built-in one
    assert fl.occupied is not None
    assert F.area_km2(fl.occupied) == pytest.approx(F.area_km2(ours.occupied), rel=0.01)
    assert F.frontline("2024-11-20").origin == "imported"
    assert [d.isoformat() for d in F.available_dates()].count("2024-11-14") == 1


def test_import_plain_polygon_with_z(tmp_path):
    ours = F.frontline("2023-09-13", origin="builtin")
    poly = max(ours.occupied.geoms, key=lambda g: g.area)
    with_z = shapely.force_3d(poly)
    path = _write(
        tmp_path, "poly.geojson", {"type": "Feature", "properties": {}, "geometry": mapping(with_z)}
    )
    fl = F.import_file(path, on="2023-09-20")
    assert F.area_km2(fl.occupied) == pytest.approx(F.area_km2(poly), rel=0.001)
    assert not fl.line.has_z and F.line_length_km(fl.line) > 700


@pytest.mark.parametrize(
    ("content", "match"),
    [
        ("{not json", "not valid GeoJSON"),
        ('{"type": "FeatureCollection"}', "without a 'features' list"),
        ('{"foo": 1}', "no 'type' member"),
        ('{"type": "Topology", "objects": {}}', "unsupported GeoJSON type 'Topology'"),
        (
            '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},'
            ' "geometry": {"type": "Point", "coordinates": [37.0, 48.0]}}]}',
            "no usable polygon or line",
        ),
        (
            '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},'
            ' "geometry": {"type": "Polygon", "coordinates": [[[2.3, 48.8], [2.4, 48.8], [2.4, 48.9], [2.3, 48.8]]]}}]}',
            "no usable polygon or line near Ukraine",
        ),
        (
            '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},'
            ' "geometry": {"type": "Polygon", "coordinates": [[[37.0]]]}}]}',
            "broken geometry",
        ),
    ],
    ids=["broken-json", "no-features", "no-type", "topojson", "points-only", "far-away", "broken-polygon"],
)
def test_bad_files(tmp_path, content, match):
    path = _write(tmp_path, "bad.geojson", content)
    with pytest.raises(FrontlineError, match=match):
        F.import_file(path, on="2024-01-01")
    assert not (F.user_data_dir() / "frontlines" / "2024-01-01.geojson").exists()


def test_missing_file_and_binary_file(tmp_path):
    with pytest.raises(FrontlineError, match="no such file"):
        F.import_file(tmp_path / "nope.geojson", on="2024-01-01")
    path = tmp_path / "bin.geojson"
    path.write_bytes(b"\xff\xfe\x00\x01")
    with pytest.raises(FrontlineError, match="cannot read it"):
        F.import_file(path, on="2024-01-01")


@pytest.mark.parametrize("on", ["2024-13-01", "yesterday", "2099-01-01"])
def test_bad_import_date(tmp_path, on):
    path = _write(tmp_path, "x.geojson", '{"type": "FeatureCollection", "features": []}')
    with pytest.raises(FrontlineError, match="bad date"):
        F.import_file(path, on=on)


def test_waypoint_table_errors(tmp_path):
    header = "seq,part,name,country,lat,lon,source,note\n"
    cases = {
        "unresolved": (
            header + "10,main,Zzyzxqvillage,UA,,,ISW,\n20,main,Kreminna,UA,,,ISW,\n",
            "line 2: settlement 'Zzyzxqvillage'",
        ),
        "no-source": (header + "10,main,Kreminna,UA,,,,\n", "empty source"),
        "bad-lat": (header + "10,main,River,UA,abc,33,ISW,\n", "are not numbers"),
        "far-away": (header + "10,main,River,UA,10.0,33,ISW,\n", "not in or near Ukraine"),
        "columns": ("seq,name\n10,Kreminna\n", "missing column"),
        "jump": (
            header + "10,main,Kreminna,UA,,,ISW,\n20,main,Kherson,UA,,,ISW,\n",
            "resolved .* km from the previous waypoint 'Kreminna'",
        ),
    }
    for name, (text, match) in cases.items():
        path = tmp_path / f"{name}.csv"
        path.write_text(text, encoding="utf-8")
        with pytest.raises(FrontlineError, match=match):
            F.load_waypoints(path)
