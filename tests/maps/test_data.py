"""incident_records / pack_records: every accepted input shape, and bad input."""

from __future__ import annotations

import json

import pytest

from geo.frame import incidents_to_frame
from maps.data import ROW_FIELDS, incident_records, pack_records, records_bounds
from maps.errors import MapError


def _geojson(incidents) -> dict:
    return {"type": "FeatureCollection", "features": [i.__geo_interface__ for i in incidents]}


def test_records_from_incidents_keep_lat_lon_order(incidents):
    recs = incident_records(incidents)
    assert len(recs) == len(incidents)
    izmail = recs[0]
    assert (izmail["lat"], izmail["lon"]) == (45.351, 28.838)
    assert izmail["weapons"] == "drones : 12"
    assert [s["article"] for s in izmail["sources"]] == ["t01", "t02"]
    assert izmail["date"] == "2024-09-14"


@pytest.mark.parametrize("shape", ["dict", "path", "text", "frame"])
def test_all_input_shapes_give_the_same_records(incidents, tmp_path, shape):
    expected = incident_records(incidents)
    fc = _geojson(incidents)
    if shape == "dict":
        data = fc
    elif shape == "path":
        data = tmp_path / "inc.geojson"
        data.write_text(json.dumps(fc), encoding="utf-8")
    elif shape == "text":
        data = json.dumps(fc)
    else:
        data = incidents_to_frame(incidents)
    got = incident_records(data)
    key = ["event", "place", "lat", "lon", "date", "killed", "injured", "weapons", "evidence"]
    assert [{k: r[k] for k in key} for r in got] == [{k: r[k] for k in key} for r in expected]
    assert [r["sources"][0]["title"] for r in got] == [r["sources"][0]["title"] for r in expected]


def test_features_without_point_are_left_out(caplog):
    fc = {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "geometry": None, "properties": {"event": "fire"}},
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [30.5, 50.4]}, "properties": {}},
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [300, 50.4]}, "properties": {}},
        ],
    }
    recs = incident_records(fc)
    assert [(r["lat"], r["lon"], r["event"]) for r in recs] == [(50.4, 30.5, "other")]
    assert "out of range" in caplog.text


@pytest.mark.parametrize(
    ("content", "match"),
    [
        ("{not json", "not valid JSON"),
        ('{"type": "Feature"}', "FeatureCollection"),
        ("[1, 2]", "FeatureCollection"),
    ],
    ids=["bad-json", "not-collection", "list"],
)
def test_bad_geojson_file_names_the_file(tmp_path, content, match):
    path = tmp_path / "bad.geojson"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(MapError, match=match) as err:
        incident_records(path)
    assert str(path) in str(err.value)


def test_missing_file_and_wrong_type():
    with pytest.raises(MapError, match="no such incidents file"):
        incident_records("/nonexistent/incidents.geojson")
    with pytest.raises(TypeError, match="cannot draw incidents of type int"):
        incident_records(42)
    with pytest.raises(MapError, match="not a GeoJSON Feature"):
        incident_records([{"type": "Point"}])


def test_pack_interns_strings_and_sources(incidents):
    recs = incident_records(incidents * 3)
    packed = pack_records(recs)
    assert packed["fields"] == list(ROW_FIELDS)
    assert len(packed["rows"]) == 15
    # taxonomy order, only the types present
    assert packed["types"] == ["drone_strike", "shelling", "air_defense", "debris", "troop_deployment"]
    # each distinct string and source stored once
    assert len(packed["strings"]) == len(set(packed["strings"]))
    assert len(packed["sources"]) == 6
    row = packed["rows"][0]
    assert packed["types"][row[2]] == "drone_strike"
    assert packed["strings"][row[5]] == "Izmaïl"
    assert [packed["strings"][packed["sources"][k][0]] for k in row[12]] == [
        "Drones sur le Danube",
        "Izmaïl visé de nouveau",
    ]


def test_bounds_are_lat_first(incidents):
    (south, west), (north, east) = records_bounds(incident_records(incidents))
    assert (south, west, north, east) == (45.179, 28.805, 51.73, 36.19)
    assert records_bounds([]) is None


def test_weapon_types_the_text_does_not_mention_are_left_out(incidents):
    incidents[0].weapons = {"drones": 3, "missiles": None}
    assert incident_records(incidents)[0]["weapons"] == "drones : 3"
    incidents[0].weapons = {"drones": None, "missiles": None}
    assert incident_records(incidents)[0]["weapons"] is None
