"""geo.store: a real GeoPackage in tmp_path — idempotence, updates, de-duplication, faults."""

from __future__ import annotations

import sqlite3
from datetime import date

import pyogrio
import pytest

from geo.errors import StoreError
from geo.query import Query
from geo.store import SCHEMA_VERSION, open_store

from .conftest import IZMAIL, Extraction, article, incident


def test_ingest_then_reingest_changes_nothing(tmp_path, sample_extractions):
    db = tmp_path / "incidents.gpkg"
    with open_store(db) as store:
        results = [store.ingest(x) for x in sample_extractions]
        assert [r.status for r in results] == ["added", "added", "added"]
        assert sum(r.incidents for r in results) == 8
        first = store.count()
        before = db.read_bytes()
        again = [store.ingest(x) for x in sample_extractions]
        assert {r.status for r in again} == {"unchanged"}
        assert store.count() == first == {"articles": 3, "incidents": 8, "sources": 8}
    with open_store(db) as store:
        assert store.count() == first
        assert store.schema_version == SCHEMA_VERSION
    # Nothing but the gpkg_contents timestamp may change on a no-op ingest.
    assert len(db.read_bytes()) == len(before)


def test_updated_article_replaces_its_incidents(tmp_path, sample_extractions):
    db = tmp_path / "incidents.gpkg"
    with open_store(db) as store:
        for x in sample_extractions:
            store.ingest(x)
        old = sample_extractions[1].article
        new = article(old.id, old.text + " Mise à jour : un seul incident.", published=old.published)
        result = store.ingest(
            Extraction(new, [incident("shelling", "Reni", 45.456, 28.288, date(2024, 9, 15), new)])
        )
        assert result.status == "replaced"
        assert result.incidents == 1
        gdf = store.query(Query(region="romanian-border"))
        assert gdf["event"].tolist() == ["shelling"]
        assert store.count() == {"articles": 3, "incidents": 7, "sources": 7}


def test_same_event_in_two_articles_becomes_one_incident_with_two_sources(tmp_path):
    a = article("a", "Frappe de drones sur Izmaïl.")
    b = article("b", "Izmaïl visé par des drones, selon Kyiv.", published=date(2024, 9, 15))
    near_izmail = (IZMAIL[0] + 0.03, IZMAIL[1] + 0.03)  # ~4 km away
    with open_store(tmp_path / "s.gpkg") as store:
        store.ingest(Extraction(a, [incident("drone_strike", "Izmail", *IZMAIL, date(2024, 9, 13), a)]))
        r = store.ingest(
            Extraction(b, [incident("drone_strike", "Izmaïl", *near_izmail, date(2024, 9, 13), b)])
        )
        assert (r.incidents, r.merged) == (0, 1)
        # Another day, another type or 30 km away: new incidents.
        r2 = store.ingest(
            Extraction(
                article("c", "autre"),
                [
                    incident("drone_strike", "Izmail", *IZMAIL, date(2024, 9, 14), a),
                    incident("shelling", "Izmail", *IZMAIL, date(2024, 9, 13), a),
                    incident("drone_strike", "Kiliia", 45.455, 29.265, date(2024, 9, 13), a),
                ],
            )
        )
        assert (r2.incidents, r2.merged) == (3, 0)
        gdf = store.query(
            Query(types="drone_strike", since="2024-09-13", until="2024-09-13", bbox="28.5,45,29,45.6")
        )
        assert len(gdf) == 1
        assert [s["article"] for s in gdf.loc[0, "sources"]] == ["a", "b"]
        assert gdf.loc[0, "source"]["article"] == "a"
        # Updating article b removes only its source; the incident stays with article a.
        b2 = article("b", "Texte corrigé sans incident.")
        store.ingest(Extraction(b2, []))
        gdf = store.query(
            Query(types="drone_strike", since="2024-09-13", until="2024-09-13", bbox="28.5,45,29,45.6")
        )
        assert [s["article"] for s in gdf.loc[0, "sources"]] == ["a"]


def test_gdal_reads_the_store_with_its_spatial_index(tmp_path, sample_extractions):
    db = tmp_path / "incidents.gpkg"
    with open_store(db) as store:
        for x in sample_extractions:
            store.ingest(x)
    info = pyogrio.read_info(db, layer="incidents")
    assert info["geometry_type"] == "Point"
    assert info["crs"] == "EPSG:4326"
    assert info["features"] == 8
    assert info["capabilities"]["fast_spatial_filter"] is True
    layers = dict(pyogrio.list_layers(db))
    assert set(layers) == {"incidents", "articles", "incident_sources"}
    # GDAL's spatial filter uses our R-tree: only Izmaïl and Reni in the Danube box.
    df = pyogrio.read_dataframe(db, layer="incidents", bbox=(28.0, 45.0, 29.0, 45.6))
    assert sorted(df["place"]) == ["Izmail", "Reni"]
    assert df.geometry[df["place"] == "Izmail"].iloc[0].x == pytest.approx(IZMAIL[1])
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == 0x47504B47
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        n_rtree = conn.execute("SELECT count(*) FROM rtree_incidents_geom").fetchone()[0]
        assert n_rtree == 7  # the incident without coordinates is not indexed


def test_rtree_follows_deletes_and_updates(tmp_path, sample_extractions):
    db = tmp_path / "incidents.gpkg"
    with open_store(db) as store:
        for x in sample_extractions:
            store.ingest(x)
        a2 = sample_extractions[1].article
        store.ingest(Extraction(article(a2.id, "nouveau texte"), []))
    with sqlite3.connect(db) as conn:
        n_points = conn.execute("SELECT count(*) FROM incidents WHERE geom IS NOT NULL").fetchone()[0]
        n_rtree = conn.execute("SELECT count(*) FROM rtree_incidents_geom").fetchone()[0]
        assert n_points == n_rtree == 5


@pytest.mark.parametrize(
    "content",
    [b"this is not a database at all\n" * 10, b"SQLite format 3\x00" + b"\xff" * 4000],
    ids=["text", "corrupt-sqlite"],
)
def test_corrupt_file_is_refused_and_untouched(tmp_path, content, sample_extractions):
    db = tmp_path / "incidents.gpkg"
    db.write_bytes(content)
    with pytest.raises(StoreError, match=r"incidents\.gpkg"):
        with open_store(db) as store:
            store.ingest(sample_extractions[0])
    assert db.read_bytes() == content


def test_foreign_geopackage_is_refused_and_untouched(tmp_path):
    import geopandas as gpd
    from shapely.geometry import Point

    db = tmp_path / "other.gpkg"
    gpd.GeoDataFrame({"name": ["x"]}, geometry=[Point(1, 2)], crs="EPSG:4326").to_file(db, driver="GPKG")
    before = db.read_bytes()
    with pytest.raises(StoreError, match="not an incimap incident store"):
        open_store(db)
    assert db.read_bytes() == before


def test_newer_schema_is_refused(tmp_path):
    db = tmp_path / "s.gpkg"
    open_store(db).close()
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE incimap_meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="schema 99"):
        open_store(db)


def test_missing_store_without_create(tmp_path):
    with pytest.raises(StoreError, match="incimap ingest"):
        open_store(tmp_path / "nope.gpkg", create=False)
    assert not (tmp_path / "nope.gpkg").exists()


def test_postgres_url_without_backend_is_a_clear_error():
    pytest.importorskip("geo.store", reason="store")
    try:
        import geo.store_postgis  # noqa: F401
    except ImportError:
        with pytest.raises(StoreError, match="PostGIS backend"):
            open_store("postgresql://user:secret@localhost/db")
    else:
        pytest.skip("the PostGIS backend exists: covered by its own tests")


def test_a_gdal_edit_keeps_the_spatial_index_in_sync(tmp_path, sample_extractions):
    """QGIS/GDAL writes fire the standard R-tree triggers (with GDAL's own ST_ functions)."""
    import geopandas as gpd
    from shapely.geometry import Point

    db = tmp_path / "incidents.gpkg"
    with open_store(db) as store:
        for x in sample_extractions:
            store.ingest(x)
    added = gpd.GeoDataFrame(
        {
            "incident_id": ["gdal-1"],
            "event": ["shelling"],
            "place": ["Kherson"],
            "lat": [46.64],
            "lon": [32.61],
        },
        geometry=[Point(32.61, 46.64)],
        crs="EPSG:4326",
    )
    pyogrio.write_dataframe(added, db, layer="incidents", append=True)
    with sqlite3.connect(db) as conn:
        n_points = conn.execute("SELECT count(*) FROM incidents WHERE geom IS NOT NULL").fetchone()[0]
        assert conn.execute("SELECT count(*) FROM rtree_incidents_geom").fetchone()[0] == n_points == 8
    with open_store(db) as store:
        gdf = store.query(Query(bbox="32,46,33,47"))
    assert gdf["id"].tolist() == ["gdal-1"]
    assert gdf.loc[0, "sources"] == []


def test_in_memory_point_index_follows_writes(tmp_path, sample_extractions):
    """From the second spatial query the store answers from memory; any commit invalidates it."""
    db = tmp_path / "incidents.gpkg"
    q = Query(region="romanian-border")
    with open_store(db) as store, open_store(db) as other:
        store.ingest(sample_extractions[0])
        assert store.query(q).empty  # R-tree path
        assert store.query(q).empty  # in-memory path
        store.ingest(sample_extractions[1])  # our own commit
        assert sorted(store.query(q)["place"]) == ["Izmail", "Reni"]
        a = article("a4_galati", "Débris près de Galați.")
        other.ingest(Extraction(a, [incident("debris", "Galați", 45.437, 28.050, date(2024, 9, 20), a)]))
        assert sorted(store.query(q)["place"]) == ["Galați", "Izmail", "Reni"]  # another connection's
