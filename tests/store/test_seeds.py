"""Acceptance on the five real seed articles (read in place from ../shared/seeds)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest

from geo.query import Query
from geo.regions import get_region
from geo.store import haversine_km, open_store, run_query

from .conftest import BACKENDS, fresh_database

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
IZMAIL = (45.351, 28.838)
KYIV = (50.450, 30.524)

pytestmark = [
    pytest.mark.seeds,
    pytest.mark.skipif(
        not SEEDS.is_dir(), reason=f"seed articles not found at {SEEDS} (they live in ../shared)"
    ),
]


def _extractions():
    from geo.articles import read_article
    from geo.extract import extract

    return [extract(read_article(path)) for path in sorted(SEEDS.glob("*.txt"))]


@pytest.fixture(scope="module", params=BACKENDS)
def seeds_store(request, tmp_path_factory):
    """The five seeds in a store, once per backend (gpkg, postgis)."""
    if request.param == "gpkg":
        db = tmp_path_factory.mktemp("seeds") / "incidents.gpkg"
    else:
        db = fresh_database(request.getfixturevalue("pg_server"))
    with open_store(db) as store:
        results = [store.ingest(x) for x in _extractions()]
    assert [r.status for r in results] == ["added"] * 5
    return db


def test_region_de_koursk_returns_the_north_korean_troops_all_inside_kursk_oblast(seeds_store):
    gdf = run_query(Query(region="région de Koursk"), store=seeds_store)
    assert "troop_deployment" in set(gdf["event"])
    assert set(gdf["event"]) <= {"troop_deployment", "ground_combat"}
    assert set(gdf["article"]) == {"003_34ade1b63f6a146b"}
    oblast = get_region("Kursk Oblast")
    assert oblast.contains_latlon(gdf["lat"], gdf["lon"]).all()


def test_romanian_border_returns_izmail_and_nothing_in_kyiv(seeds_store):
    gdf = run_query(Query(region="romanian-border"), store=seeds_store)
    near_izmail = [haversine_km(la, lo, *IZMAIL) < 5 for la, lo in zip(gdf["lat"], gdf["lon"], strict=True)]
    assert any(near_izmail)
    assert "drone_strike" in set(gdf.loc[near_izmail, "event"])
    assert all(haversine_km(la, lo, *KYIV) > 300 for la, lo in zip(gdf["lat"], gdf["lon"], strict=True))


def test_near_sebastopol_returns_the_shipyard_strike_and_the_car_bomb(seeds_store):
    gdf = run_query(Query(near="Sébastopol", radius_km=30), store=seeds_store)
    found = {(e, d) for e, d in zip(gdf["event"], gdf["date"], strict=True)}
    assert ("missile_strike", "2023-09-13") in found  # the shipyard strike
    assert ("explosion", "2024-11-13") in found  # the car bomb
    assert all(
        haversine_km(la, lo, 44.617, 33.525) <= 30 for la, lo in zip(gdf["lat"], gdf["lon"], strict=True)
    )


def test_drone_strikes_since_2024(seeds_store):
    gdf = run_query(Query(types="drone_strike", since="2024-01-01"), store=seeds_store)
    assert len(gdf) >= 1
    assert set(gdf["event"]) == {"drone_strike"}
    assert all(date.fromisoformat(d) >= date(2024, 1, 1) for d in gdf["date"])
    everything = run_query(Query(), store=seeds_store)
    expected = everything[(everything["event"] == "drone_strike") & (everything["date"] >= "2024-01-01")]
    assert sorted(gdf["id"]) == sorted(expected["id"])


def test_second_ingest_adds_no_duplicate(seeds_store):
    with open_store(seeds_store) as store:
        before = store.count()
        results = [store.ingest(x) for x in _extractions()]
        assert {r.status for r in results} == {"unchanged"}
        assert store.count() == before
    ids = run_query(Query(), store=seeds_store)["id"]
    assert ids.is_unique


@pytest.mark.parametrize("fmt", ["geojson", "gpkg", "csv"])
def test_exports_read_back_with_the_same_rows(tmp_path, seeds_store, fmt):
    from geo.export import write

    gdf = run_query(Query(), store=seeds_store)
    path = write(gdf, tmp_path / f"seeds.{fmt}", format=fmt)
    if fmt == "csv":
        back = pd.read_csv(path, keep_default_na=False)
        assert sorted(back["id"]) == sorted(gdf["id"])
        assert all(json.loads(s)["article"] for s in back["source"] if s)
    else:
        back = gpd.read_file(path)
        assert sorted(back["id"]) == sorted(gdf["id"])
        assert len(back) == len(gdf)
