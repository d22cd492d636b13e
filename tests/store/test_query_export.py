"""geo.query, geo.export, geo.frame on a real store: filters, --input, GeoJSON/GPKG/CSV round trips."""

from __future__ import annotations

import json
from datetime import date

import geopandas as gpd
import pandas as pd
import pytest

from geo.errors import QueryError
from geo.export import to_geojson, write
from geo.frame import PROPERTY_COLUMNS, incidents_to_frame
from geo.query import Query, filter_frame, parse_date
from geo.store import open_store, run_query


@pytest.fixture
def store_path(store_url, sample_extractions):
    """A store holding the sample extractions, on each backend (gpkg, postgis)."""
    db = store_url
    with open_store(db) as store:
        for x in sample_extractions:
            store.ingest(x)
    return db


@pytest.mark.parametrize(
    ("query", "places"),
    [
        (Query(region="région de Koursk"), ["Kursk", "Sudzha"]),
        (Query(region="romanian-border"), ["Izmail", "Reni"]),
        (Query(region="Ukraine"), ["Brovary", "Izmail", "Kyiv", "Reni", "Sevastopol"]),
        (Query(near="44.617,33.525", radius_km=30), ["Sevastopol"]),
        (Query(bbox="30,50,31,51"), ["Brovary", "Kyiv"]),
        (Query(types="debris"), ["Brovary", "Reni"]),
        (Query(types=["debris", "drone_strike"], since="2024-11"), ["Brovary"]),
        (Query(since="2024-09-13", until="2024-09-13"), ["Izmail", "Reni"]),
        (Query(until="2023"), ["Sevastopol"]),
        (Query(region="Ukraine", bbox="28,45,29,46", types="drone_strike"), ["Izmail"]),
    ],
    ids=[
        "kursk",
        "border",
        "ukraine",
        "near",
        "bbox",
        "type",
        "types+since",
        "day",
        "until-year",
        "combined",
    ],
)
def test_queries_on_the_store_and_on_input_agree(tmp_path, store_path, query, places):
    gdf = run_query(query, store=store_path)
    assert sorted(gdf["place"]) == places
    assert gdf.crs.to_epsg() == 4326
    # The same query over the GeoJSON export (--input) gives the same incidents.
    everything = tmp_path / "all.geojson"
    write(run_query(Query(), store=store_path), everything, format="geojson")
    assert sorted(run_query(query, input=everything)["id"]) == sorted(gdf["id"])


def test_all_incidents_including_those_without_coordinates(store_path):
    gdf = run_query(Query(), store=store_path)
    assert len(gdf) == 8
    assert list(gdf.columns[: len(PROPERTY_COLUMNS)]) == list(PROPERTY_COLUMNS)
    row = gdf[gdf["place"] == "Izmail"].iloc[0]
    assert row["weapons"] == {"drones": 12}
    assert row["acled_event_type"] == "Explosions/Remote violence"
    assert row["acled_sub_event_type"] == "Air/drone strike"
    assert row["source"]["article"] == "a2_izmail"
    assert row["source"]["published"] == "2024-09-14"
    assert (row.geometry.x, row.geometry.y) == (row["lon"], row["lat"])


@pytest.mark.parametrize(
    ("kwargs", "needle"),
    [
        ({"bbox": "1,2,3"}, "1,2,3"),
        ({"bbox": "10,50,5,55"}, "10,50,5,55"),
        ({"near": "Kyiv", "radius_km": 0}, "radius 0"),
        ({"near": "Kyiv", "radius_km": -3}, "-3"),
        ({"near": "Kyiv"}, "--radius"),
        ({"radius_km": 5}, "--near"),
        ({"since": "2024-02-30"}, "2024-02-30"),
        ({"until": "2024-13"}, "2024-13"),
        ({"since": "hier"}, "hier"),
        ({"since": "2024-05-01", "until": "2024-04-01"}, "after"),
        ({"types": "drone"}, "'drone'"),
    ],
    ids=lambda v: str(v),
)
def test_bad_query_values_are_named(kwargs, needle):
    with pytest.raises(QueryError, match=needle.replace("(", r"\(")):
        Query(**kwargs)


def test_parse_partial_dates():
    assert parse_date("2024") == date(2024, 1, 1)
    assert parse_date("2024", end=True) == date(2024, 12, 31)
    assert parse_date("2023-02", end=True) == date(2023, 2, 28)


def test_geojson_is_rfc7946(store_path):
    fc = to_geojson(run_query(Query(), store=store_path))
    assert fc["type"] == "FeatureCollection"
    assert "crs" not in fc
    feats = {f["properties"]["place"]: f for f in fc["features"]}
    assert feats["Izmail"]["geometry"] == {"type": "Point", "coordinates": [28.838, 45.351]}  # [lon, lat]
    props = feats["Kyiv"]["properties"]
    for key in ("acled_event_type", "acled_sub_event_type", "admin1", "country", "source", "event", "date"):
        assert key in props
    assert set(props["source"]) == {"article", "title", "url", "published"}
    assert "lat" not in props and "lon" not in props
    assert feats[None]["geometry"] is None
    json.dumps(fc)  # serialisable as is


@pytest.mark.parametrize("fmt", ["geojson", "gpkg", "csv"])
def test_exports_read_back_in_geopandas_with_the_same_rows(tmp_path, store_path, fmt):
    gdf = run_query(Query(region="Ukraine"), store=store_path)
    path = write(gdf, tmp_path / f"out.{fmt}", format=fmt)
    if fmt == "csv":
        back = pd.read_csv(path)
        back = gpd.GeoDataFrame(back, geometry=gpd.points_from_xy(back["lon"], back["lat"]), crs="EPSG:4326")
        assert list(back.columns[:2]) == ["lat", "lon"]
        assert (
            json.loads(back.set_index("id").loc[gdf["id"][0], "source"])["article"]
            == gdf["source"][0]["article"]
        )
    else:
        back = gpd.read_file(path)
        assert back.crs.to_epsg() == 4326
    assert sorted(back["id"]) == sorted(gdf["id"])
    merged = gdf.merge(back, on="id", suffixes=("", "_back"))
    assert (merged.geometry.x.round(6) == gpd.GeoSeries(merged["geometry_back"]).x.round(6)).all()
    assert (merged["event"] == merged["event_back"]).all()


def test_gpkg_export_replaces_a_previous_file(tmp_path, store_path):
    out = tmp_path / "out.gpkg"
    write(run_query(Query(), store=store_path), out, format="gpkg")
    write(run_query(Query(types="debris"), store=store_path), out, format="gpkg")
    assert len(gpd.read_file(out)) == 2


def test_incidents_to_frame_matches_the_store(store_path, sample_extractions):
    frame = incidents_to_frame(i for x in sample_extractions for i in x.incidents)
    stored = run_query(Query(), store=store_path)
    assert sorted(frame["id"]) == sorted(stored["id"])
    assert filter_frame(frame, Query(region="romanian-border"))["place"].tolist() == ["Izmail", "Reni"]


def test_input_that_is_not_geojson_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.geojson"
    bad.write_text("<html>nope</html>", encoding="utf-8")
    with pytest.raises(QueryError, match=r"bad\.geojson"):
        run_query(Query(), input=bad)
    with pytest.raises(QueryError, match="does not exist"):
        run_query(Query(), input=tmp_path / "missing.geojson")


@pytest.mark.parametrize(
    "region", ["région de Koursk", "romanian-border", "bbox:35,51,36,52", "near:51.73,36.19:40"], ids=str
)
def test_index_path_is_exact_against_a_plain_filter(store_url, region):
    """The spatial index path (GeoPackage: float32 R-tree boxes + exact recheck; PostGIS: GiST
    with ST_Intersects/ST_DWithin + exact recheck) selects exactly what a plain filter does."""
    import sys

    sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[2]))
    from bench.synth import synthetic_extractions

    box = (27.0, 44.5, 39.0, 53.0)
    xs = list(synthetic_extractions(300, incidents_per_article=10, seed=7, box=box))
    with open_store(store_url) as store:
        for _ in store.ingest_many(xs, batch=100):
            pass
        q = Query(region=region)
        via_store = store.query(q)
        assert store.query(q)["id"].tolist() == via_store["id"].tolist()  # GeoPackage: in-memory path
        assert len(store.match(q)) == len(via_store)
        everything = store.query(Query())
    expected = filter_frame(everything, q)
    assert len(expected) > 10
    assert sorted(via_store["id"]) == sorted(expected["id"])
