"""The incident store: an embedded GeoPackage (OGC; opens in QGIS and GDAL).

Layout of the file (``incidents.gpkg`` by default):

- ``incidents``: a point feature table (geometry column ``geom``, EPSG:4326) with every
  incident property, registered in ``gpkg_contents`` / ``gpkg_geometry_columns`` and indexed
  by the ``gpkg_rtree_index`` extension (``rtree_incidents_geom``);
- ``incident_sources``: one row per (incident, article) — the articles reporting an incident;
- ``articles``: one row per ingested article with the fingerprint of what was stored
  (``sha1``: the article's text and metadata and its extracted incidents);
- ``incimap_meta``: ``schema_version`` and the writer; ``PRAGMA application_id`` is ``GPKG``
  and ``user_version`` 10300 (GeoPackage 1.3).

The R-tree is kept up to date by the standard GeoPackage triggers; their ``ST_*`` SQL
functions are registered on our own sqlite3 connections (GDAL provides its own), so QGIS
edits and ours both maintain the index.

Semantics:

- every ingest runs in one transaction (``BEGIN IMMEDIATE`` … ``COMMIT``; a killed process
  leaves the previous state, rolled back by SQLite's journal);
- re-ingesting an article changes nothing when its text, metadata and extracted incidents
  are the same (same fingerprint);
- an updated article, or the same article read by a newer extractor (same id, another
  fingerprint), replaces its incidents;
- across articles, an incident with the same event type, the same day, within
  :data:`DEDUPE_KM` km of an existing one becomes a new *source* of the existing incident.

Backends: :class:`geo.store_base.Store` holds the backend-independent logic;
:class:`GeoPackageStore` implements the SQLite/GeoPackage primitives (all its SQL is in
:class:`_GpkgSQL`). A PostGIS backend implements the same primitives; :func:`open_store` picks
it for ``postgresql://`` URLs (``geo.store_postgis.PostGISStore``).
"""

from __future__ import annotations

import json
import logging
import math
import os
import sqlite3
import struct
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from geo.columnar import ColumnCache, load_columns, table_to_frame
from geo.errors import QueryError, StoreError
from geo.frame import frame_from_geojson
from geo.query import Query, filter_frame
from geo.store_base import (
    DEDUPE_KM,
    INCIDENT_COLUMNS,
    SCHEMA_VERSION,
    IngestResult,
    Store,
    _iso,
    _rows_to_frame,
    haversine_km,
)

if TYPE_CHECKING:
    import geopandas as gpd

__all__ = [
    "DEDUPE_KM",
    "DEFAULT_DB",
    "SCHEMA_VERSION",
    "GeoPackageStore",
    "IngestResult",
    "Store",
    "open_store",
    "read_input",
    "run_query",
]

logger = logging.getLogger(__name__)

#: The store used when no ``--db`` is given: a GeoPackage in the working directory.
DEFAULT_DB = "incidents.gpkg"

_GPKG_APPLICATION_ID = 0x47504B47  # "GPKG"
_GPKG_USER_VERSION = 10300  # GeoPackage 1.3.0
_SQLITE_MAGIC = b"SQLite format 3\x00"


class _Memory(NamedTuple):
    """What a long-lived store keeps in memory: a point index, and every column when GDAL
    could read them."""

    points: _PointIndex
    columns: ColumnCache | None


class _PointIndex:
    """Every incident point in memory, sorted by longitude: bounding-box candidates by binary
    search, exact float64 coordinates (``keys``, ``lat``, ``lon`` numpy arrays)."""

    def __init__(self, keys, lat, lon) -> None:
        import numpy as np

        order = np.argsort(lon, kind="stable")
        self.keys = np.asarray(keys)[order]
        self.lat = np.asarray(lat, dtype="float64")[order]
        self.lon = np.asarray(lon, dtype="float64")[order]

    def __len__(self) -> int:
        return len(self.keys)

    def bbox(self, w: float, s: float, e: float, n: float):
        import numpy as np

        i0 = int(np.searchsorted(self.lon, w, side="left"))
        i1 = int(np.searchsorted(self.lon, e, side="right"))
        lat = self.lat[i0:i1]
        mask = (lat >= s) & (lat <= n)
        return self.keys[i0:i1][mask], lat[mask], self.lon[i0:i1][mask]


# --------------------------------------------------------------------------- GeoPackage


def gpkg_point(lat: float | None, lon: float | None) -> bytes | None:
    """A GeoPackage geometry blob for a point (little-endian header, SRS 4326, no envelope)."""
    if lat is None or lon is None:
        return None
    return struct.pack("<2sBBi", b"GP", 0, 1, 4326) + struct.pack("<BIdd", 1, 1, lon, lat)


def _gpkg_header(blob: bytes) -> tuple[int, int, bool]:
    """(header length, WKB byte order of the header, empty flag) of a GeoPackage blob."""
    flags = blob[3]
    envelope = (flags >> 1) & 0x07
    env_len = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}.get(envelope, 0)
    return 8 + env_len, flags & 1, bool(flags & 0x10)


def _st_bounds(blob: bytes | None) -> tuple[float, float, float, float] | None:
    if blob is None or len(blob) < 8 or blob[:2] != b"GP":
        return None
    header, little, empty = _gpkg_header(blob)
    if empty:
        return None
    flags = blob[3]
    envelope = (flags >> 1) & 0x07
    order = "<" if little else ">"
    if envelope:
        minx, maxx, miny, maxy = struct.unpack_from(order + "4d", blob, 8)
        return minx, maxx, miny, maxy
    wkb = blob[header:]
    if len(wkb) == 21 and wkb[1:5] in (b"\x01\x00\x00\x00", b"\x00\x00\x00\x01"):
        o = "<" if wkb[0] == 1 else ">"
        x, y = struct.unpack_from(o + "dd", wkb, 5)
        if math.isnan(x) or math.isnan(y):
            return None
        return x, x, y, y
    import shapely

    geom = shapely.from_wkb(wkb)
    if geom is None or geom.is_empty:
        return None
    minx, miny, maxx, maxy = geom.bounds
    return minx, maxx, miny, maxy


def _register_st_functions(conn: sqlite3.Connection) -> None:
    """The SQL functions used by the GeoPackage R-tree triggers (GDAL defines the same)."""

    def bound(i: int):
        def f(blob):
            b = _st_bounds(blob)
            return None if b is None else b[i]

        return f

    det = {"deterministic": True}
    conn.create_function("ST_MinX", 1, bound(0), **det)
    conn.create_function("ST_MaxX", 1, bound(1), **det)
    conn.create_function("ST_MinY", 1, bound(2), **det)
    conn.create_function("ST_MaxY", 1, bound(3), **det)
    conn.create_function("ST_IsEmpty", 1, lambda blob: 1 if _st_bounds(blob) is None else 0, **det)


class _GpkgSQL:
    """Every SQLite/GeoPackage-specific statement of the store, in one place."""

    T = "incidents"
    G = "geom"
    PRAGMAS = ("PRAGMA cache_size = -65536", "PRAGMA mmap_size = 268435456", "PRAGMA temp_store = MEMORY")
    RTREE = "rtree_incidents_geom"

    CORE = (
        """CREATE TABLE IF NOT EXISTS gpkg_spatial_ref_sys (
            srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY,
            organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL,
            definition TEXT NOT NULL, description TEXT)""",
        """CREATE TABLE IF NOT EXISTS gpkg_contents (
            table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,
            identifier TEXT UNIQUE, description TEXT DEFAULT '',
            last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
            min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
            CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))""",
        """CREATE TABLE IF NOT EXISTS gpkg_geometry_columns (
            table_name TEXT NOT NULL, column_name TEXT NOT NULL,
            geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL,
            z TINYINT NOT NULL, m TINYINT NOT NULL,
            CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
            CONSTRAINT uk_gc_table_name UNIQUE (table_name),
            CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
            CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))""",
        """CREATE TABLE IF NOT EXISTS gpkg_extensions (
            table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL,
            definition TEXT NOT NULL, scope TEXT NOT NULL,
            CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))""",
    )
    SRS = (
        (
            "Undefined cartesian SRS",
            -1,
            "NONE",
            -1,
            "undefined",
            "undefined cartesian coordinate reference system",
        ),
        (
            "Undefined geographic SRS",
            0,
            "NONE",
            0,
            "undefined",
            "undefined geographic coordinate reference system",
        ),
        (
            "WGS 84 geodetic",
            4326,
            "EPSG",
            4326,
            'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,'
            'AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,'
            'AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],'
            'AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]',
            "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid",
        ),
    )
    TABLES = (
        """CREATE TABLE incimap_meta (key TEXT NOT NULL PRIMARY KEY, value TEXT)""",
        """CREATE TABLE articles (
            fid INTEGER PRIMARY KEY AUTOINCREMENT,
            article_id TEXT NOT NULL UNIQUE, sha1 TEXT NOT NULL,
            title TEXT, url TEXT, published TEXT, path TEXT,
            n_incidents INTEGER NOT NULL, ingested_at TEXT NOT NULL)""",
        """CREATE TABLE incidents (
            fid INTEGER PRIMARY KEY AUTOINCREMENT,
            geom POINT,
            incident_id TEXT NOT NULL UNIQUE,
            event TEXT NOT NULL, place TEXT, lat DOUBLE, lon DOUBLE,
            geo_precision INTEGER, date TEXT, date_precision TEXT,
            killed INTEGER, injured INTEGER, weapons TEXT, actor TEXT, evidence TEXT,
            start_offset INTEGER, end_offset INTEGER, article TEXT,
            admin1 TEXT, country TEXT, gazetteer_id TEXT,
            acled_event_type TEXT, acled_sub_event_type TEXT,
            n_sources INTEGER NOT NULL DEFAULT 0, source_article TEXT, source_title TEXT,
            source_url TEXT, source_published TEXT, sources_json TEXT)""",
        """CREATE INDEX incidents_event_date ON incidents(event, date)""",
        """CREATE INDEX incidents_date ON incidents(date)""",
        """CREATE TABLE incident_sources (
            fid INTEGER PRIMARY KEY AUTOINCREMENT,
            incident_fid INTEGER NOT NULL REFERENCES incidents(fid) ON DELETE CASCADE,
            article_id TEXT NOT NULL, title TEXT, url TEXT, published TEXT,
            UNIQUE (incident_fid, article_id))""",
        """CREATE INDEX incident_sources_article ON incident_sources(article_id)""",
        f"""CREATE VIRTUAL TABLE {RTREE} USING rtree(id, minx, maxx, miny, maxy)""",
        # The GeoPackage 1.3 R-tree triggers (Annex F.3).
        f"""CREATE TRIGGER {RTREE}_insert AFTER INSERT ON {T}
            WHEN (new.{G} NOT NULL AND NOT ST_IsEmpty(NEW.{G}))
            BEGIN INSERT OR REPLACE INTO {RTREE} VALUES (NEW.fid,
              ST_MinX(NEW.{G}), ST_MaxX(NEW.{G}), ST_MinY(NEW.{G}), ST_MaxY(NEW.{G})); END""",
        f"""CREATE TRIGGER {RTREE}_update1 AFTER UPDATE OF {G} ON {T}
            WHEN OLD.fid = NEW.fid AND (NEW.{G} NOTNULL AND NOT ST_IsEmpty(NEW.{G}))
            BEGIN INSERT OR REPLACE INTO {RTREE} VALUES (NEW.fid,
              ST_MinX(NEW.{G}), ST_MaxX(NEW.{G}), ST_MinY(NEW.{G}), ST_MaxY(NEW.{G})); END""",
        f"""CREATE TRIGGER {RTREE}_update2 AFTER UPDATE OF {G} ON {T}
            WHEN OLD.fid = NEW.fid AND (NEW.{G} ISNULL OR ST_IsEmpty(NEW.{G}))
            BEGIN DELETE FROM {RTREE} WHERE id = OLD.fid; END""",
        f"""CREATE TRIGGER {RTREE}_update3 AFTER UPDATE ON {T}
            WHEN OLD.fid != NEW.fid AND (NEW.{G} NOTNULL AND NOT ST_IsEmpty(NEW.{G}))
            BEGIN DELETE FROM {RTREE} WHERE id = OLD.fid;
              INSERT OR REPLACE INTO {RTREE} VALUES (NEW.fid,
              ST_MinX(NEW.{G}), ST_MaxX(NEW.{G}), ST_MinY(NEW.{G}), ST_MaxY(NEW.{G})); END""",
        f"""CREATE TRIGGER {RTREE}_update4 AFTER UPDATE ON {T}
            WHEN OLD.fid != NEW.fid AND (NEW.{G} ISNULL OR ST_IsEmpty(NEW.{G}))
            BEGIN DELETE FROM {RTREE} WHERE id IN (OLD.fid, NEW.fid); END""",
        f"""CREATE TRIGGER {RTREE}_delete AFTER DELETE ON {T} WHEN old.{G} NOT NULL
            BEGIN DELETE FROM {RTREE} WHERE id = OLD.fid; END""",
    )
    REGISTER = (
        (
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) "
            "VALUES ('incidents', 'features', 'incidents', 'incimap incidents (one point per event)', 4326)"
        ),
        (
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, description) "
            "VALUES ('articles', 'attributes', 'articles', 'incimap ingested articles')"
        ),
        (
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, description) "
            "VALUES ('incident_sources', 'attributes', 'incident_sources', 'articles reporting each incident')"
        ),
        "INSERT INTO gpkg_geometry_columns VALUES ('incidents', 'geom', 'POINT', 4326, 0, 0)",
        (
            "INSERT INTO gpkg_extensions VALUES ('incidents', 'geom', 'gpkg_rtree_index', "
            "'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')"
        ),
    )

    ARTICLE_HASH = "SELECT sha1 FROM articles WHERE article_id = ?"
    ARTICLE_INCIDENTS = "SELECT DISTINCT incident_fid FROM incident_sources WHERE article_id = ?"
    DELETE_ARTICLE_SOURCES = "DELETE FROM incident_sources WHERE article_id = ?"
    DELETE_ORPHANS = (
        "DELETE FROM incidents WHERE fid IN ({marks}) "
        "AND NOT EXISTS (SELECT 1 FROM incident_sources s WHERE s.incident_fid = incidents.fid)"
    )
    DELETE_ARTICLE = "DELETE FROM articles WHERE article_id = ?"
    INSERT_ARTICLE = (
        "INSERT INTO articles (article_id, sha1, title, url, published, path, n_incidents, ingested_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
    )
    FIND_DUPLICATE = (
        f"SELECT i.fid, i.lat, i.lon FROM {T} i JOIN {RTREE} r ON r.id = i.fid "
        "WHERE r.minx <= ? AND r.maxx >= ? AND r.miny <= ? AND r.maxy >= ? "
        "AND i.event = ? AND i.date = ? "
        "AND NOT EXISTS (SELECT 1 FROM incident_sources s WHERE s.incident_fid = i.fid AND s.article_id = ?)"
    )
    INCIDENT_COLUMNS = INCIDENT_COLUMNS
    INSERT_INCIDENT = (
        f"INSERT OR IGNORE INTO {T} (geom, {', '.join(INCIDENT_COLUMNS)}) "
        f"VALUES (?, {', '.join('?' for _ in INCIDENT_COLUMNS)})"
    )
    INSERT_SOURCE = (
        "INSERT OR IGNORE INTO incident_sources (incident_fid, article_id, title, url, published) "
        "VALUES (?, ?, ?, ?, ?)"
    )
    SELECT_BASE = f"SELECT i.fid, i.lat, i.lon FROM {T} i"
    POINTS = f"SELECT fid, lat, lon FROM {T} WHERE fid IN (SELECT value FROM json_each(?))"
    ALL_POINTS = f"SELECT fid, lat, lon FROM {T} WHERE lat IS NOT NULL AND lon IS NOT NULL"
    RTREE_ONLY = (
        f"SELECT id, (minx + maxx) / 2, (miny + maxy) / 2 FROM {RTREE} "
        "WHERE minx <= ? AND maxx >= ? AND miny <= ? AND maxy >= ?"
    )
    SPATIAL = (
        f" JOIN {RTREE} r ON r.id = i.fid WHERE r.minx <= ? AND r.maxx >= ? AND r.miny <= ? AND r.maxy >= ?"
    )
    # Read back: the JSON list of sources only when there are several (one is the primary).
    READ_COLUMNS = tuple(
        "CASE WHEN n_sources > 1 THEN sources_json END" if c == "sources_json" else c
        for c in INCIDENT_COLUMNS
    )
    FETCH = (
        f"SELECT {', '.join(READ_COLUMNS)} FROM {T} WHERE fid IN (SELECT value FROM json_each(?)) "
        "ORDER BY date, incident_id"
    )
    FETCH_WHERE = f"SELECT {', '.join(READ_COLUMNS)} FROM {T} i WHERE {{where}} ORDER BY date, incident_id"
    INCIDENT_SOURCES = (
        "SELECT article_id, title, url, published FROM incident_sources WHERE incident_fid = ? ORDER BY fid"
    )
    EXISTING = f"SELECT fid, article FROM {T} WHERE fid IN (SELECT value FROM json_each(?))"
    INCIDENT_ARTICLE = f"SELECT article FROM {T} WHERE fid = ?"
    REFRESH_SOURCES = (
        f"UPDATE {T} SET article = ?, n_sources = ?, source_article = ?, source_title = ?, "
        "source_url = ?, source_published = ?, sources_json = ? WHERE fid = ?"
    )
    UPDATE_EXTENT = (
        f"UPDATE gpkg_contents SET min_x = (SELECT min(minx) FROM {RTREE}), "
        f"max_x = (SELECT max(maxx) FROM {RTREE}), min_y = (SELECT min(miny) FROM {RTREE}), "
        f"max_y = (SELECT max(maxy) FROM {RTREE}), "
        "last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE table_name = 'incidents'"
    )


class GeoPackageStore(Store):
    """The embedded store: one GeoPackage file.

    Parameters
    ----------
    path
        The ``.gpkg`` file; created (with its folder) when missing and ``create`` is true.
    create
        Create a new store when the file does not exist.
    memory
        Keep an in-memory copy of the incidents for queries (see :meth:`_in_memory`):
        ``None`` (default) from the second query of this store object on, ``True`` from the
        first, ``False`` never (each query reads the file).

    Raises
    ------
    StoreError
        When the file is not a SQLite database, is a GeoPackage of another application, is
        corrupt, or has a newer schema. Nothing is written to such a file.
    """

    def __init__(self, path: str | os.PathLike, *, create: bool = True, memory: bool | None = None) -> None:
        self.path = Path(path)
        self.location = str(self.path)
        self._sql = _GpkgSQL
        self._writes = 0  # own committed transactions
        self._queries = 0
        self._memory_policy = memory
        self._memory: tuple[tuple[int, int], _Memory] | None = None
        exists = self.path.exists() and self.path.stat().st_size > 0
        if not exists and not create:
            msg = f"no incident store at {self.location}; run `incimap ingest FILE... --db {self.location}` first"
            raise StoreError(msg)
        if exists:
            self._check_foreign()
        elif not self.path.parent.exists():
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._conn = sqlite3.connect(self.location, isolation_level=None, timeout=30.0)
        except sqlite3.Error as err:
            msg = f"cannot open the incident store {self.location}: {err}"
            raise StoreError(msg) from err
        self._conn.row_factory = None
        _register_st_functions(self._conn)
        try:
            self._conn.execute("PRAGMA foreign_keys = ON")
            for pragma in _GpkgSQL.PRAGMAS:
                self._conn.execute(pragma)
            if exists:
                self._check_schema()
            else:
                self._create()
        except sqlite3.DatabaseError as err:
            self._conn.close()
            msg = f"{self.location} is not a readable incident store ({err}); it was left untouched"
            raise StoreError(msg) from err
        except StoreError:
            self._conn.close()
            raise

    # ---- opening

    def _check_foreign(self) -> None:
        try:
            with self.path.open("rb") as fh:
                head = fh.read(100)
        except OSError as err:
            msg = f"cannot read the incident store {self.location}: {err}"
            raise StoreError(msg) from err
        if not head.startswith(_SQLITE_MAGIC):
            msg = (
                f"{self.location} is not a GeoPackage/SQLite file (corrupt or another format); "
                "it was left untouched — pass another --db path"
            )
            raise StoreError(msg)

    def _check_schema(self) -> None:
        conn = self._conn
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
        }
        if "incimap_meta" not in tables:
            kind = "a GeoPackage" if app_id == _GPKG_APPLICATION_ID else "a SQLite database"
            msg = (
                f"{self.location} is {kind} but not an incimap incident store; "
                "it was left untouched — pass another --db path"
            )
            raise StoreError(msg)
        meta = dict(conn.execute("SELECT key, value FROM incimap_meta").fetchall())
        try:
            version = int(meta.get("schema_version", "0"))
        except ValueError:
            version = 0
        if version > SCHEMA_VERSION:
            msg = (
                f"{self.location} has incimap store schema {version}, newer than this incimap "
                f"({SCHEMA_VERSION}); upgrade incimap"
            )
            raise StoreError(msg)
        if version < 1 or not {"incidents", "articles", "incident_sources", _GpkgSQL.RTREE} <= tables:
            msg = f"{self.location} is an incomplete incimap store (schema {version}); it was left untouched"
            raise StoreError(msg)
        # Touch the tables so that a truncated or corrupt file fails here, not mid-ingest.
        conn.execute("SELECT count(*) FROM articles").fetchone()

    def _create(self) -> None:
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute(f"PRAGMA application_id = {_GPKG_APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {_GPKG_USER_VERSION}")
            for stmt in _GpkgSQL.CORE:
                conn.execute(stmt)
            conn.executemany(
                "INSERT OR IGNORE INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)", _GpkgSQL.SRS
            )
            for stmt in _GpkgSQL.TABLES:
                conn.execute(stmt)
            for stmt in _GpkgSQL.REGISTER:
                conn.execute(stmt)
            conn.executemany(
                "INSERT INTO incimap_meta VALUES (?, ?)",
                [
                    ("schema_version", str(SCHEMA_VERSION)),
                    ("created_by", "incimap"),
                    ("created_at", datetime.now(UTC).isoformat(timespec="seconds")),
                ],
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        logger.info("created incident store %s", self.location)

    # ---- primitives

    @contextmanager
    def _transaction(self):
        conn = self._conn
        if conn is None:
            msg = f"the incident store {self.location} is closed"
            raise StoreError(msg)
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as err:
            msg = f"cannot write to the incident store {self.location}: {err}"
            raise StoreError(msg) from err
        try:
            yield
            conn.execute(_GpkgSQL.UPDATE_EXTENT)
            conn.execute("COMMIT")
            self._writes += 1
        except sqlite3.Error as err:
            conn.execute("ROLLBACK")
            msg = f"writing to the incident store {self.location} failed: {err}; nothing was written"
            raise StoreError(msg) from err
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def _article_hash(self, article_id: str) -> str | None:
        row = self._conn.execute(_GpkgSQL.ARTICLE_HASH, (article_id,)).fetchone()
        return row[0] if row else None

    def _remove_article(self, article_id: str) -> None:
        conn = self._conn
        fids = [r[0] for r in conn.execute(_GpkgSQL.ARTICLE_INCIDENTS, (article_id,))]
        conn.execute(_GpkgSQL.DELETE_ARTICLE_SOURCES, (article_id,))
        for i in range(0, len(fids), 500):
            chunk = fids[i : i + 500]
            conn.execute(_GpkgSQL.DELETE_ORPHANS.format(marks=",".join("?" * len(chunk))), chunk)
        for fid, _ in conn.execute(_GpkgSQL.EXISTING, (json.dumps(fids),)).fetchall():
            self._refresh_sources(fid)
        conn.execute(_GpkgSQL.DELETE_ARTICLE, (article_id,))

    def _insert_article(self, article: Any, sha1: str, n_incidents: int) -> None:
        path = getattr(article, "path", None)
        self._conn.execute(
            _GpkgSQL.INSERT_ARTICLE,
            (
                article.id,
                sha1,
                getattr(article, "title", None),
                getattr(article, "url", None),
                _iso(getattr(article, "published", None)),
                str(path) if path else None,
                n_incidents,
                datetime.now(UTC).isoformat(timespec="seconds"),
            ),
        )

    def _find_duplicate(self, row: dict[str, Any], article_id: str) -> int | None:
        lat, lon, day = row["lat"], row["lon"], row["date"]
        if lat is None or lon is None or day is None:
            return None
        dlat = DEDUPE_KM / 111.0
        dlon = DEDUPE_KM / (111.32 * max(math.cos(math.radians(lat)), 0.01))
        best: tuple[float, int] | None = None
        for fid, lat2, lon2 in self._conn.execute(
            _GpkgSQL.FIND_DUPLICATE,
            (lon + dlon, lon - dlon, lat + dlat, lat - dlat, row["event"], day, article_id),
        ):
            d = haversine_km(lat, lon, lat2, lon2)
            if d <= DEDUPE_KM and (best is None or d < best[0]):
                best = (d, fid)
        return best[1] if best else None

    def _insert_incident(self, row: dict[str, Any]) -> int | None:
        values = [gpkg_point(row["lat"], row["lon"])] + [row[c] for c in _GpkgSQL.INCIDENT_COLUMNS]
        cur = self._conn.execute(_GpkgSQL.INSERT_INCIDENT, values)
        return cur.lastrowid if cur.rowcount == 1 else None

    def _add_source(self, key: int, source: dict[str, Any]) -> None:
        self._conn.execute(
            _GpkgSQL.INSERT_SOURCE,
            (
                key,
                source.get("article"),
                source.get("title"),
                source.get("url"),
                _iso(source.get("published")),
            ),
        )

    def _attribute_filters(self, q: Query) -> tuple[list[str], list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        if q.types:
            where.append(f"i.event IN ({','.join('?' * len(q.types))})")
            params += list(q.types)
        if q.since:
            where.append("i.date >= ?")
            params.append(q.since.isoformat())
        if q.until:
            where.append("i.date <= ?")
            params.append(q.until.isoformat())
        return where, params

    def _fetch_filtered(self, q: Query) -> gpd.GeoDataFrame:
        memory = self._in_memory()
        if memory is not None and memory.columns is not None:
            import numpy as np

            cols = memory.columns
            everything = np.arange(len(cols))
            keep = cols.attribute_mask(everything, types=q.types, since=q.since, until=q.until)
            return table_to_frame(cols.take(everything[keep]))
        where, params = self._attribute_filters(q)
        sql = _GpkgSQL.FETCH_WHERE.format(where=" AND ".join(where) or "1")
        return _rows_to_frame(self._conn.execute(sql, params).fetchall(), _GpkgSQL.INCIDENT_COLUMNS)

    def _in_memory(self) -> _Memory | None:
        """The in-memory copy of the incidents, when this store keeps one (else ``None``).

        One-shot queries (the CLI) read the file: the R-tree for candidates, SQL for rows. A
        long-lived store (a notebook, a server, ``incimap map`` after ``query``) reads every
        incident once, from its second query on (``memory=None``), as Arrow columns
        (:mod:`geo.columnar`, about 380 bytes per incident) with a point index sorted by
        longitude; later queries select and build their frames from memory. Any commit, ours
        or another process's (``PRAGMA data_version``), makes the copy stale: the next query
        reads it again.
        """
        if self._memory_policy is False:
            return None
        version = (self._writes, self._conn.execute("PRAGMA data_version").fetchone()[0])
        if self._memory is not None and self._memory[0] == version:
            return self._memory[1]
        self._memory = None
        self._queries += 1
        if self._memory_policy is None and self._queries < 2:
            return None
        memory = self._read_memory()
        # Read outside our connection: keep it only if nobody committed meanwhile.
        if (self._writes, self._conn.execute("PRAGMA data_version").fetchone()[0]) == version:
            self._memory = (version, memory)
        return memory

    def _read_memory(self) -> _Memory:
        import numpy as np

        columns = None
        try:
            columns = load_columns(self.path, layer=_GpkgSQL.T, columns=INCIDENT_COLUMNS)
        except Exception as err:  # GDAL could not read it: rows still come from SQL
            logger.warning("cannot read %s into memory (%s); rows are read from the file", self.location, err)
        if columns is not None:
            keys, lat, lon = columns.points()
        else:
            rows = self._conn.execute(_GpkgSQL.ALL_POINTS).fetchall()
            if rows:
                keys, lat, lon = (np.array(c) for c in zip(*rows, strict=True))
            else:
                keys, lat, lon = np.array([], dtype="int64"), np.array([]), np.array([])
        logger.debug("%d incidents of %s in memory", len(keys), self.location)
        return _Memory(_PointIndex(keys, lat, lon), columns)

    def _select_points(self, q: Query, bounds):
        memory = self._in_memory() if bounds is not None else None
        if memory is not None:
            keys, lat, lon = memory.points.bbox(*bounds)
            if memory.columns is not None and (q.types or q.since or q.until):
                positions = memory.columns.positions(keys)
                if positions is not None:
                    keep = memory.columns.attribute_mask(
                        positions, types=q.types, since=q.since, until=q.until
                    )
                    return keys[keep], lat[keep], lon[keep], False
            elif not (q.types or q.since or q.until):
                return keys, lat, lon, False
        if bounds is not None and not (q.types or q.since or q.until):
            # The R-tree alone: float32 boxes around each point, no table lookups.
            w, s, e, n = bounds
            rows = self._conn.execute(_GpkgSQL.RTREE_ONLY, (e, w, n, s)).fetchall()
            if not rows:
                return [], [], [], True
            keys, lon, lat = zip(*rows, strict=True)
            return list(keys), list(lat), list(lon), True
        sql = _GpkgSQL.SELECT_BASE
        params: list[Any] = []
        where: list[str] = []
        if bounds is not None:
            w, s, e, n = bounds
            sql += _GpkgSQL.SPATIAL
            params += [e, w, n, s]
        extra_where, extra_params = self._attribute_filters(q)
        where += extra_where
        params += extra_params
        if where:
            sql += (" AND " if bounds is not None else " WHERE ") + " AND ".join(where)
        rows = self._conn.execute(sql, params).fetchall()
        keys = [r[0] for r in rows]
        return keys, [r[1] for r in rows], [r[2] for r in rows], False

    def _exact_points(self, keys: list[int]) -> list[tuple[float, float]]:
        found = dict.fromkeys(keys, (float("nan"), float("nan")))
        for fid, lat, lon in self._conn.execute(_GpkgSQL.POINTS, (json.dumps(keys),)):
            found[fid] = (lat, lon)
        return [found[k] for k in keys]

    def _fetch(self, keys: list[int]) -> gpd.GeoDataFrame:
        memory = self._memory[1] if self._memory is not None else None
        if memory is not None and memory.columns is not None and keys:
            positions = memory.columns.positions(keys)
            if positions is not None:
                return table_to_frame(memory.columns.take(positions))
        rows = self._conn.execute(_GpkgSQL.FETCH, (json.dumps(keys),)).fetchall() if keys else []
        return _rows_to_frame(rows, _GpkgSQL.INCIDENT_COLUMNS)

    def _counts(self) -> dict[str, int]:
        conn = self._conn
        return {
            "articles": conn.execute("SELECT count(*) FROM articles").fetchone()[0],
            "incidents": conn.execute("SELECT count(*) FROM incidents").fetchone()[0],
            "sources": conn.execute("SELECT count(*) FROM incident_sources").fetchone()[0],
        }

    def articles(self) -> list[dict[str, Any]]:
        """Every stored article: ``article_id``, ``sha1``, ``title``, ``url``, ``published``, ``n_incidents``."""
        cur = self._conn.execute(
            "SELECT article_id, sha1, title, url, published, n_incidents FROM articles ORDER BY article_id"
        )
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur]


def open_store(path_or_url: str | os.PathLike, *, create: bool = True, memory: bool | None = None) -> Store:
    """Open (or create) an incident store.

    Parameters
    ----------
    path_or_url
        A GeoPackage path (``incidents.gpkg``) or a ``postgresql://`` URL (PostGIS backend).
    create
        Create the store when it does not exist.
    memory
        GeoPackage stores: when to keep an in-memory copy of the incidents for fast queries
        (``None``: from the second query on; ``True``: from the first; ``False``: never). See
        :class:`GeoPackageStore`. A PostGIS server keeps its own cache.

    Raises
    ------
    StoreError
        A corrupt or foreign file, a missing store with ``create=False``, or an unavailable
        backend.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> with open_store(pathlib.Path(tempfile.mkdtemp()) / "t.gpkg") as st:
    ...     st.count()
    {'articles': 0, 'incidents': 0, 'sources': 0}
    """
    text = os.fspath(path_or_url)
    if text.startswith(("postgresql://", "postgres://")):
        try:
            from geo.store_postgis import PostGISStore  # type: ignore[import-not-found]
        except ImportError as err:
            msg = f"the PostGIS backend is not available in this build (cannot open {text.split('@')[-1]!r})"
            raise StoreError(msg) from err
        return PostGISStore(text, create=create)
    return GeoPackageStore(text, create=create, memory=memory)


def read_input(path: str | Path) -> gpd.GeoDataFrame:
    """Read incidents from a GeoJSON FeatureCollection file (``--input``)."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        msg = f"--input file {str(path)!r} does not exist"
        raise QueryError(msg) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        msg = f"--input file {str(path)!r} is not GeoJSON ({err}); export one with `incimap export --format geojson`"
        raise QueryError(msg) from None
    return frame_from_geojson(data)


def run_query(
    q: Query | None = None,
    *,
    store: Store | str | Path | None = None,
    input: str | Path | None = None,
) -> gpd.GeoDataFrame:
    """Answer ``q`` from a store (object, path or URL) or from a GeoJSON ``input`` file.

    With neither, the default store :data:`DEFAULT_DB` in the working directory is used; an
    ``input`` file is filtered in memory (:func:`geo.query.filter_frame`).

    Returns
    -------
    GeoDataFrame
        One row per incident (EPSG:4326), ordered by date then id.
    """
    q = q or Query()
    if input is not None and store is not None:
        msg = "give either a store (--db) or an input file (--input), not both"
        raise QueryError(msg)
    if input is not None:
        gdf = filter_frame(read_input(input), q)
        return _order(gdf)
    if isinstance(store, Store):
        return store.query(q)
    target = store if store is not None else DEFAULT_DB
    with open_store(target, create=False) as st:
        return st.query(q)


def _order(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    if not len(gdf):
        return gdf
    key = gdf["date"].astype(object).where(gdf["date"].notna(), "").astype(str)
    order = sorted(range(len(gdf)), key=lambda i: (key.iat[i], str(gdf["id"].iat[i])))
    return gdf.iloc[order].reset_index(drop=True)
