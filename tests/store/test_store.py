"""geo.store on both backends (a real GeoPackage in tmp_path, a real PostGIS database):
idempotence, updates, de-duplication, faults; GeoPackage-only file checks; PostGIS-only
connection and schema checks."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pyogrio
import pytest

from geo.errors import StoreError
from geo.query import Query
from geo.store import SCHEMA_VERSION, open_store

from .conftest import IZMAIL, Extraction, article, execute_sql, fresh_database, incident


def test_ingest_then_reingest_changes_nothing(store_url, backend, sample_extractions):
    db = store_url
    with open_store(db) as store:
        results = [store.ingest(x) for x in sample_extractions]
        assert [r.status for r in results] == ["added", "added", "added"]
        assert sum(r.incidents for r in results) == 8
        first = store.count()
        before = Path(db).read_bytes() if backend == "gpkg" else _pg_snapshot(db)
        again = [store.ingest(x) for x in sample_extractions]
        assert {r.status for r in again} == {"unchanged"}
        assert store.count() == first == {"articles": 3, "incidents": 8, "sources": 8}
    with open_store(db) as store:
        assert store.count() == first
        assert store.schema_version == SCHEMA_VERSION
    if backend == "gpkg":  # nothing but the gpkg_contents timestamp may change on a no-op ingest
        assert len(Path(db).read_bytes()) == len(before)
    else:  # nothing at all: same rows, same ingest times
        assert _pg_snapshot(db) == before


def _pg_snapshot(url: str) -> list:
    return [
        execute_sql(url, f"SELECT * FROM {table} ORDER BY fid")
        for table in ("articles", "incidents", "incident_sources")
    ]


def test_updated_article_replaces_its_incidents(store_url, sample_extractions):
    db = store_url
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


def test_same_event_in_two_articles_becomes_one_incident_with_two_sources(store_url):
    a = article("a", "Frappe de drones sur Izmaïl.")
    b = article("b", "Izmaïl visé par des drones, selon Kyiv.", published=date(2024, 9, 15))
    near_izmail = (IZMAIL[0] + 0.03, IZMAIL[1] + 0.03)  # ~4 km away
    with open_store(store_url) as store:
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


def test_newer_schema_is_refused(store_url):
    open_store(store_url).close()
    execute_sql(store_url, "UPDATE incimap_meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="schema 99"):
        open_store(store_url)


def test_missing_store_without_create(store_url, backend):
    with pytest.raises(StoreError, match="incimap ingest"):
        open_store(store_url, create=False)
    if backend == "gpkg":
        assert not Path(store_url).exists()
    else:
        assert execute_sql(store_url, "SELECT count(*) FROM pg_namespace WHERE nspname = 'incimap'") == [(0,)]


def test_both_backends_share_the_store_logic(backend, store_url, sample_extractions):
    from geo.store import GeoPackageStore, Store

    with open_store(store_url) as store:
        assert isinstance(store, Store)
        assert isinstance(store, GeoPackageStore) == (backend == "gpkg")
        assert [r.status for r in store.ingest_many(sample_extractions, batch=2)] == ["added"] * 3
        assert [a["article_id"] for a in store.articles()] == ["a1_kursk", "a2_izmail", "a3_kyiv"]
        assert store.articles()[1]["published"] == "2024-09-14"
        assert store.count() == {"articles": 3, "incidents": 8, "sources": 8}


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


def test_queries_see_every_commit(store_url, sample_extractions):
    """Repeated queries see our own commits and another connection's (the GeoPackage store
    answers from memory from the second spatial query on; any commit invalidates it)."""
    db = store_url
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


# --------------------------------------------------------------------------- PostGIS only


def _pg_url_with(url: str, **params: str) -> str:
    from urllib.parse import urlencode

    return url + "?" + urlencode(params)


@pytest.mark.postgis
def test_postgis_store_has_a_gist_index_and_typed_columns(pg_server, sample_extractions):
    url = fresh_database(pg_server)
    with open_store(url) as store:
        for x in sample_extractions:
            store.ingest(x)
    indexes = execute_sql(url, "SELECT indexdef FROM pg_indexes WHERE schemaname = 'incimap'")
    assert any("USING gist (geom)" in r[0] for r in indexes)
    rows = execute_sql(url, "SELECT ST_AsText(geom), date FROM incidents WHERE place = 'Izmail'")
    assert rows == [("POINT(28.838 45.351)", date(2024, 9, 13))]
    # The bounding-box filter of the spatial queries can use the GiST index.
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("SET search_path TO incimap, public")
        conn.execute("SET enable_seqscan = off")
        plan = "\n".join(
            r[0]
            for r in conn.execute(
                "EXPLAIN SELECT fid FROM incidents i WHERE i.geom && ST_MakeEnvelope(28, 45, 29, 46, 4326)"
            )
        )
    assert "incidents_geom_gist" in plan
    assert execute_sql(url, "SELECT count(*) FROM incidents WHERE geom IS NULL") == [(1,)]


@pytest.mark.postgis
def test_postgis_creates_the_extension_and_a_named_schema(pg_server, sample_extractions):
    url = fresh_database(pg_server, postgis=False)
    team = _pg_url_with(url, schema="team_a")
    with open_store(team) as store:
        store.ingest(sample_extractions[0])
        assert store.location.endswith("?schema=team_a")
    assert execute_sql(url, "SELECT count(*) FROM pg_extension WHERE extname = 'postgis'") == [(1,)]
    assert execute_sql(url, "SELECT count(*) FROM team_a.incidents") == [(2,)]
    # Two stores in one database, one per schema.
    with open_store(url) as other:
        assert other.count()["incidents"] == 0


@pytest.mark.postgis
def test_postgis_without_the_right_to_create_the_extension(pg_server):
    url = fresh_database(pg_server, postgis=False)
    execute_sql(url, "DROP ROLE IF EXISTS reporter")
    execute_sql(url, "CREATE ROLE reporter LOGIN")
    reporter = url.replace("://postgres@", "://reporter@", 1)
    with pytest.raises(StoreError, match="CREATE EXTENSION postgis"):
        open_store(reporter)


@pytest.mark.postgis
def test_postgis_foreign_schema_is_refused_and_untouched(pg_server):
    url = fresh_database(pg_server)
    execute_sql(url, "CREATE SCHEMA incimap")
    execute_sql(url, "CREATE TABLE incimap.incidents (id int, note text)")
    execute_sql(url, "INSERT INTO incimap.incidents VALUES (1, 'theirs')")
    with pytest.raises(StoreError, match="not an incimap incident store"):
        open_store(url)
    assert execute_sql(url, "SELECT * FROM incimap.incidents") == [(1, "theirs")]
    tables = execute_sql(
        url, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'incimap'"
    )
    assert tables == [("incidents",)]


@pytest.mark.postgis
def test_postgis_unreachable_server_and_bad_urls(pg_server):
    url = fresh_database(pg_server)
    port = int(url.rsplit(":", 1)[1].split("/")[0])
    dead = f"postgresql://me:s3cret@127.0.0.1:{port + 1 if port < 65535 else port - 1}/news"
    with pytest.raises(StoreError, match="cannot connect") as err:
        open_store(dead)
    assert "s3cret" not in str(err.value)
    with pytest.raises(StoreError, match="no_such_db"):
        open_store(url.rsplit("/", 1)[0] + "/no_such_db")
    with pytest.raises(StoreError, match="schema="):
        open_store(_pg_url_with(url, schema="Robert'); DROP TABLE x;--"))


@pytest.mark.postgis
def test_postgis_and_geopackage_return_the_same_frames(pg_server, tmp_path, sample_extractions):
    import pandas as pd

    url = fresh_database(pg_server)
    queries = [
        Query(),
        Query(region="région de Koursk"),
        Query(region="Ukraine"),
        Query(near="44.617,33.525", radius_km=30),
        Query(types="debris", since="2024-09"),
        Query(bbox="28,45,29,46"),
    ]
    with open_store(tmp_path / "s.gpkg") as gpkg, open_store(url) as pg:
        for x in sample_extractions:
            assert gpkg.ingest(x) == pg.ingest(x)
        for q in queries:
            a, b = gpkg.query(q), pg.query(q)
            assert len(a) > 0, q
            assert list(a.columns) == list(b.columns)
            assert a.dtypes.equals(b.dtypes)
            pd.testing.assert_frame_equal(a.drop(columns="geometry"), b.drop(columns="geometry"))
            assert a.geometry.equals(b.geometry)
            assert a.crs == b.crs


def test_the_same_article_read_by_a_newer_extractor_replaces_its_incidents(store_url, sample_extractions):
    """Same text, other extraction (a better extractor): not "unchanged", the incidents follow."""
    with open_store(store_url) as store:
        for x in sample_extractions:
            store.ingest(x)
        a2 = sample_extractions[1].article
        better = [incident("drone_strike", "Izmail", *IZMAIL, date(2024, 9, 13), a2, injured=3)]
        result = store.ingest(Extraction(a2, better))
        assert (result.status, result.incidents) == ("replaced", 1)
        izmail = store.query(Query(near="Izmaïl", radius_km=5))
        assert izmail["injured"].tolist() == [3]
        assert store.ingest(Extraction(a2, better)).status == "unchanged"
        assert store.count() == {"articles": 3, "incidents": 7, "sources": 7}
