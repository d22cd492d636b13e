"""The team store: the incident tables in a PostgreSQL/PostGIS database.

Selected by :func:`geo.store.open_store` for ``postgresql://`` (or ``postgres://``) URLs::

    postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?schema=incimap&sslmode=...]

The tables live in one PostgreSQL schema (``incimap`` unless ``?schema=NAME`` says otherwise;
the other query parameters go to libpq unchanged): ``incimap_meta``, ``articles``,
``incidents`` (``geom geometry(Point, 4326)`` with a GiST index) and ``incident_sources`` —
the columns of the GeoPackage store, with SQL types (``date``, ``json``). The first open
creates the schema and, when missing, the ``postgis`` extension (which needs the right to
``CREATE EXTENSION``; otherwise ask the database owner to run ``CREATE EXTENSION postgis``).

Semantics are those of :class:`geo.store_base.Store` (shared code): one transaction per ingest
(writers are serialised per schema by a transaction-level advisory lock, as SQLite's
``BEGIN IMMEDIATE`` does for the file store), idempotent re-ingests, an updated article
replaces its incidents, cross-article de-duplication (``ST_DWithin`` on ``geography``, then
the same great-circle rule as the GeoPackage store). Spatial queries use the GiST index
(``&&``, ``ST_Intersects``, ``ST_DWithin``); the final containment test is the shared one
(:func:`geo.store_base._exact_mask`) so that both backends return the same rows.

Needs ``psycopg`` 3: ``pip install "incimap[postgis]"``.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from geo.errors import StoreError
from geo.store_base import (
    _APPROX_DEG,
    DEDUPE_KM,
    INCIDENT_COLUMNS,
    SCHEMA_VERSION,
    Store,
    _exact_mask,
    _iso,
    _rows_to_frame,
    haversine_km,
)

if TYPE_CHECKING:
    import geopandas as gpd

    from geo.query import Query

__all__ = ["DEFAULT_SCHEMA", "PostGISStore", "split_url"]

logger = logging.getLogger(__name__)

#: The PostgreSQL schema holding the incimap tables when the URL names none.
DEFAULT_SCHEMA = "incimap"
_INSTALL_HINT = 'the PostGIS store needs psycopg 3: pip install "incimap[postgis]"'
_IDENT = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
_TABLES = ("incimap_meta", "articles", "incidents", "incident_sources")


_LAT = INCIDENT_COLUMNS.index("lat")
_LON = INCIDENT_COLUMNS.index("lon")
#: Tolerance of the coarse region outline sent to the server (degrees, ~500 m).
_SERVER_SIMPLIFY_DEG = 0.005
#: A multi-part region gets one index box per part up to this many parts.
_MAX_PART_BOXES = 16
_SERVER_GEOMETRIES: dict[tuple[str, int], tuple[bytes, list[tuple[float, float, float, float]]]] = {}


def _server_geometry(region: Any) -> tuple[bytes, list[tuple[float, float, float, float]]]:
    """WKB of a coarse outline that contains the region's match geometry, and the bounding
    boxes of its parts when it has a few (cached).

    A Douglas-Peucker simplification moves the outline by at most its tolerance ``t``, so
    growing it by ``1.5 t`` gives a superset with few vertices: the server's
    ``ST_Intersects`` only narrows the candidates (the exact test follows, here). The part
    boxes let the GiST index skip the empty space between distant parts (the two stretches
    of the Romania-Ukraine border).
    """
    import shapely

    from geo.regions import _match_geometry

    key = (region.key, id(region.geometry))
    found = _SERVER_GEOMETRIES.get(key)
    if found is None:
        geom = _match_geometry(region, _APPROX_DEG)
        t = _SERVER_SIMPLIFY_DEG
        coarse = shapely.simplify(geom, t).buffer(1.5 * t, quad_segs=2)
        if shapely.get_num_coordinates(coarse) >= shapely.get_num_coordinates(geom):
            coarse = geom
        parts = shapely.get_parts(coarse)
        boxes = [tuple(p.bounds) for p in parts] if 1 < len(parts) <= _MAX_PART_BOXES else []
        found = _SERVER_GEOMETRIES[key] = (shapely.to_wkb(coarse), boxes)
    return found


def split_url(url: str) -> tuple[str, str, str]:
    """``(libpq URL, schema, display URL)`` of a store URL.

    The ``schema`` query parameter is ours (removed before connecting); the display URL
    has no password.

    >>> split_url("postgresql://me:secret@db.example:5432/news?schema=team&sslmode=require")
    ('postgresql://me:secret@db.example:5432/news?sslmode=require', 'team', 'postgresql://me@db.example:5432/news?schema=team')
    """
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    schema = DEFAULT_SCHEMA
    rest = []
    for key, value in query:
        if key == "schema":
            schema = value
        else:
            rest.append((key, value))
    if not _IDENT.match(schema):
        msg = (
            f"schema={schema!r} in the store URL is not a plain PostgreSQL name "
            "(lower-case letters, digits, underscores); pass e.g. ?schema=incimap"
        )
        raise StoreError(msg)
    conninfo = urlunsplit(parts._replace(query=urlencode(rest)))
    netloc = parts.netloc.rsplit("@", 1)
    if len(netloc) == 2:
        netloc = [netloc[0].split(":", 1)[0], netloc[1]]
    shown_query = "schema=" + schema if schema != DEFAULT_SCHEMA or "schema=" in parts.query else ""
    display = urlunsplit(parts._replace(netloc="@".join(netloc), query=shown_query))
    return conninfo, schema, display


def _psycopg():
    try:
        import psycopg
    except ImportError as err:
        raise StoreError(_INSTALL_HINT) from err
    return psycopg


class _PgSQL:
    """Every PostgreSQL/PostGIS statement of the store (table names are schema-local: the
    connection's ``search_path`` starts with the store's schema)."""

    READ_COLUMNS = tuple(
        {
            "date": "to_char(date, 'YYYY-MM-DD')",
            "weapons": "weapons::text",
            "sources_json": "CASE WHEN n_sources > 1 THEN sources_json::text END",
        }.get(c, c)
        for c in INCIDENT_COLUMNS
    )
    ORDER = ' ORDER BY date NULLS FIRST, incident_id COLLATE "C"'

    TABLES = (
        "CREATE TABLE incimap_meta (key text PRIMARY KEY, value text)",
        """CREATE TABLE articles (
            fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            article_id text NOT NULL UNIQUE, sha1 text NOT NULL,
            title text, url text, published date, path text,
            n_incidents integer NOT NULL, ingested_at timestamptz NOT NULL DEFAULT now())""",
        """CREATE TABLE incidents (
            fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            geom geometry(Point, 4326),
            incident_id text NOT NULL UNIQUE,
            event text NOT NULL, place text, lat double precision, lon double precision,
            geo_precision integer, date date, date_precision text,
            killed integer, injured integer, weapons json, actor text, evidence text,
            start_offset integer, end_offset integer, article text,
            admin1 text, country text, gazetteer_id text,
            acled_event_type text, acled_sub_event_type text,
            n_sources integer NOT NULL DEFAULT 0, source_article text, source_title text,
            source_url text, source_published text, sources_json json)""",
        "CREATE INDEX incidents_geom_gist ON incidents USING gist (geom)",
        "CREATE INDEX incidents_event_date ON incidents (event, date)",
        "CREATE INDEX incidents_date ON incidents (date)",
        """CREATE TABLE incident_sources (
            fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            incident_fid bigint NOT NULL REFERENCES incidents(fid) ON DELETE CASCADE,
            article_id text NOT NULL, title text, url text, published text,
            UNIQUE (incident_fid, article_id))""",
        "CREATE INDEX incident_sources_article ON incident_sources (article_id)",
    )
    LOCK = "SELECT pg_advisory_xact_lock(hashtext(%s))"
    ARTICLE_HASH = "SELECT sha1 FROM articles WHERE article_id = %s"
    ARTICLE_INCIDENTS = "SELECT DISTINCT incident_fid FROM incident_sources WHERE article_id = %s"
    DELETE_ARTICLE_SOURCES = "DELETE FROM incident_sources WHERE article_id = %s"
    DELETE_ORPHANS = (
        "DELETE FROM incidents i WHERE i.fid = ANY(%s) "
        "AND NOT EXISTS (SELECT 1 FROM incident_sources s WHERE s.incident_fid = i.fid)"
    )
    REMAINING = "SELECT fid FROM incidents WHERE fid = ANY(%s) ORDER BY fid"
    DELETE_ARTICLE = "DELETE FROM articles WHERE article_id = %s"
    INSERT_ARTICLE = (
        "INSERT INTO articles (article_id, sha1, title, url, published, path, n_incidents) "
        "VALUES (%s, %s, %s, %s, %s, %s, %s)"
    )
    # Candidates: the GiST index (&&), then the sphere distance on geography; the caller
    # applies the great-circle rule of the GeoPackage store to them.
    FIND_DUPLICATE = (
        "SELECT i.fid, i.lat, i.lon FROM incidents i "
        "WHERE i.geom && ST_MakeEnvelope(%s, %s, %s, %s, 4326) "
        "AND ST_DWithin(i.geom::geography, ST_SetSRID(ST_MakePoint(%s, %s), 4326)::geography, %s, false) "
        "AND i.event = %s AND i.date = %s "
        "AND NOT EXISTS (SELECT 1 FROM incident_sources s WHERE s.incident_fid = i.fid AND s.article_id = %s) "
        "ORDER BY i.fid"
    )
    INSERT_INCIDENT = (
        f"INSERT INTO incidents (geom, {', '.join(INCIDENT_COLUMNS)}) "
        "VALUES (ST_SetSRID(ST_MakePoint(%s::float8, %s::float8), 4326), "
        f"{', '.join('%s' for _ in INCIDENT_COLUMNS)}) "
        "ON CONFLICT (incident_id) DO NOTHING RETURNING fid"
    )
    INSERT_SOURCE = (
        "INSERT INTO incident_sources (incident_fid, article_id, title, url, published) "
        "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (incident_fid, article_id) DO NOTHING"
    )
    INCIDENT_ARTICLE = "SELECT article FROM incidents WHERE fid = %s"
    INCIDENT_SOURCES = (
        "SELECT article_id, title, url, published FROM incident_sources WHERE incident_fid = %s ORDER BY fid"
    )
    REFRESH_SOURCES = (
        "UPDATE incidents SET article = %s, n_sources = %s, source_article = %s, source_title = %s, "
        "source_url = %s, source_published = %s, sources_json = %s WHERE fid = %s"
    )
    SELECT_BASE = "SELECT i.fid, i.lat, i.lon FROM incidents i"
    ENVELOPE = "i.geom && ST_MakeEnvelope(%s, %s, %s, %s, 4326)"
    INTERSECTS = "ST_Intersects(i.geom, ST_GeomFromWKB(%s, 4326))"
    DWITHIN = "ST_DWithin(i.geom::geography, ST_SetSRID(ST_MakePoint(%s, %s), 4326)::geography, %s, true)"
    POINTS = "SELECT fid, lat, lon FROM incidents WHERE fid = ANY(%s)"
    SELECT_ROWS = f"SELECT {', '.join(READ_COLUMNS)} FROM incidents i"
    FETCH = f"SELECT {', '.join(READ_COLUMNS)} FROM incidents WHERE fid = ANY(%s)" + ORDER
    FETCH_WHERE = f"SELECT {', '.join(READ_COLUMNS)} FROM incidents i WHERE {{where}}" + ORDER


class PostGISStore(Store):
    """The team store: incident tables in one schema of a PostGIS database.

    Parameters
    ----------
    url
        ``postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?schema=NAME&...]``.
    create
        Create the schema, its tables (and the ``postgis`` extension when missing and
        allowed) when the schema holds no store yet.

    Raises
    ------
    StoreError
        When psycopg is missing, the server cannot be reached, PostGIS cannot be enabled, the
        schema holds other tables (a foreign schema), or the store has a newer schema
        version. Nothing is written to a foreign schema.
    """

    _sql = _PgSQL

    def __init__(self, url: str, *, create: bool = True) -> None:
        psycopg = _psycopg()
        conninfo, self.schema, self.location = split_url(url)
        try:
            self._conn = psycopg.connect(conninfo, autocommit=True, connect_timeout=15)
        except psycopg.Error as err:
            msg = f"cannot connect to the PostGIS store {self.location}: {str(err).strip()}"
            raise StoreError(msg) from err
        try:
            self._open(create=create)
        except psycopg.Error as err:
            self._conn.close()
            msg = f"cannot open the PostGIS store {self.location}: {str(err).strip()}"
            raise StoreError(msg) from err
        except BaseException:
            self._conn.close()
            raise

    # ---- opening

    def _open(self, *, create: bool) -> None:
        conn = self._conn
        schema = self.schema
        with conn.transaction():
            conn.execute(_PgSQL.LOCK, (f"incimap:{schema}",))
            tables = {
                r[0]
                for r in conn.execute(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = %s", (schema,)
                )
            }
            postgis = conn.execute(
                "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
                "WHERE e.extname = 'postgis'"
            ).fetchone()
            if "incimap_meta" in tables:
                self._check_schema(tables, postgis)
            elif tables:
                msg = (
                    f"the schema {schema!r} of {self.location} holds other tables "
                    f"({', '.join(sorted(tables)[:5])}): not an incimap incident store; it was left "
                    "untouched — pass another database or ?schema=NAME"
                )
                raise StoreError(msg)
            elif not create:
                msg = f"no incident store at {self.location}; run `incimap ingest FILE... --db URL` first"
                raise StoreError(msg)
            else:
                postgis = self._create(postgis)
        conn.execute(f'SET search_path TO "{schema}", "{postgis[0]}"')

    def _check_schema(self, tables: set[str], postgis) -> None:
        conn = self._conn
        rows = conn.execute(f'SELECT key, value FROM "{self.schema}".incimap_meta').fetchall()
        meta = dict(rows)
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
        if version < 1 or not set(_TABLES) <= tables or postgis is None:
            msg = f"{self.location} is an incomplete incimap store (schema {version}); it was left untouched"
            raise StoreError(msg)

    def _create(self, postgis):
        psycopg = _psycopg()
        conn = self._conn
        if postgis is None:
            try:
                with conn.transaction():
                    conn.execute("CREATE EXTENSION IF NOT EXISTS postgis")
            except psycopg.Error as err:
                msg = (
                    f"PostGIS is not enabled in {self.location} and this user cannot enable it "
                    f"({str(err).strip()}); ask the database owner to run `CREATE EXTENSION postgis;` "
                    "(with the postgresql-NN-postgis-3 package installed on the server)"
                )
                raise StoreError(msg) from err
            postgis = conn.execute(
                "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
                "WHERE e.extname = 'postgis'"
            ).fetchone()
        schema = self.schema
        conn.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
        conn.execute(f'SET LOCAL search_path TO "{schema}", "{postgis[0]}"')
        for stmt in _PgSQL.TABLES:
            conn.execute(stmt)
        conn.cursor().executemany(
            "INSERT INTO incimap_meta VALUES (%s, %s)",
            [
                ("schema_version", str(SCHEMA_VERSION)),
                ("created_by", "incimap"),
                ("created_at", conn.execute("SELECT now()::text").fetchone()[0]),
            ],
        )
        logger.info("created incident store %s", self.location)
        return postgis

    # ---- primitives

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        psycopg = _psycopg()
        conn = self._conn
        if conn is None:
            msg = f"the incident store {self.location} is closed"
            raise StoreError(msg)
        try:
            with conn.transaction():
                conn.execute(_PgSQL.LOCK, (f"incimap:{self.schema}",))
                yield
        except psycopg.Error as err:
            msg = f"writing to the PostGIS store {self.location} failed: {str(err).strip()}; nothing was written"
            raise StoreError(msg) from err

    def _article_hash(self, article_id: str) -> str | None:
        row = self._conn.execute(_PgSQL.ARTICLE_HASH, (article_id,)).fetchone()
        return row[0] if row else None

    def _remove_article(self, article_id: str) -> None:
        conn = self._conn
        fids = [r[0] for r in conn.execute(_PgSQL.ARTICLE_INCIDENTS, (article_id,))]
        conn.execute(_PgSQL.DELETE_ARTICLE_SOURCES, (article_id,))
        if fids:
            conn.execute(_PgSQL.DELETE_ORPHANS, (fids,))
            for (fid,) in conn.execute(_PgSQL.REMAINING, (fids,)).fetchall():
                self._refresh_sources(fid)
        conn.execute(_PgSQL.DELETE_ARTICLE, (article_id,))

    def _insert_article(self, article: Any, sha1: str, n_incidents: int) -> None:
        path = getattr(article, "path", None)
        self._conn.execute(
            _PgSQL.INSERT_ARTICLE,
            (
                article.id,
                sha1,
                getattr(article, "title", None),
                getattr(article, "url", None),
                _iso(getattr(article, "published", None)),
                str(path) if path else None,
                n_incidents,
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
            _PgSQL.FIND_DUPLICATE,
            (
                lon - dlon,
                lat - dlat,
                lon + dlon,
                lat + dlat,
                lon,
                lat,
                DEDUPE_KM * 1000 * 1.001 + 1,
                row["event"],
                day,
                article_id,
            ),
        ):
            d = haversine_km(lat, lon, lat2, lon2)
            if d <= DEDUPE_KM and (best is None or d < best[0]):
                best = (d, fid)
        return best[1] if best else None

    def _insert_incident(self, row: dict[str, Any]) -> int | None:
        values = [row["lon"], row["lat"]] + [row[c] for c in INCIDENT_COLUMNS]
        found = self._conn.execute(_PgSQL.INSERT_INCIDENT, values).fetchone()
        return found[0] if found else None

    def _add_source(self, key: int, source: dict[str, Any]) -> None:
        self._conn.execute(
            _PgSQL.INSERT_SOURCE,
            (
                key,
                source.get("article"),
                source.get("title"),
                source.get("url"),
                _iso(source.get("published")),
            ),
        )

    # ---- reading

    def _attribute_filters(self, q: Query) -> tuple[list[str], list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        if q.types:
            where.append("i.event = ANY(%s)")
            params.append(list(q.types))
        if q.since:
            where.append("i.date >= %s")
            params.append(q.since)
        if q.until:
            where.append("i.date <= %s")
            params.append(q.until)
        return where, params

    def _fetch_filtered(self, q: Query) -> gpd.GeoDataFrame:
        where, params = self._attribute_filters(q)
        sql = _PgSQL.FETCH_WHERE.format(where=" AND ".join(where) or "true")
        return _rows_to_frame(self._conn.execute(sql, params).fetchall(), INCIDENT_COLUMNS)

    def _spatial_filters(self, regions: list, bounds) -> tuple[list[str], list[Any]]:
        """Server-side candidates (a superset of the exact answer) on the GiST index."""
        where: list[str] = []
        params: list[Any] = []
        if bounds is not None:
            w, s, e, n = bounds
            t = _APPROX_DEG
            where.append(_PgSQL.ENVELOPE)
            params += [w - t, s - t, e + t, n + t]
        for region in regions:
            if region.center is not None and region.radius_km is not None:
                where.append(_PgSQL.DWITHIN)
                params += [region.center[1], region.center[0], region.radius_km * 1000.0 + 10.0]
            elif region.kind != "bbox":
                wkb, boxes = _server_geometry(region)
                if boxes:
                    where.append("(" + " OR ".join([_PgSQL.ENVELOPE] * len(boxes)) + ")")
                    for w, s, e, n in boxes:
                        params += [w - _APPROX_DEG, s - _APPROX_DEG, e + _APPROX_DEG, n + _APPROX_DEG]
                where.append(_PgSQL.INTERSECTS)
                params.append(wkb)
        return where, params

    def _select_points(self, q: Query, bounds):
        where, params = self._attribute_filters(q)
        if bounds is not None:
            swhere, sparams = self._spatial_filters([], bounds)
            where = swhere + where
            params = sparams + params
        sql = _PgSQL.SELECT_BASE + (" WHERE " + " AND ".join(where) if where else "")
        rows = self._conn.execute(sql, params).fetchall()
        return [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows], False

    def _candidates(self, select: str, q: Query, regions: list, bounds, order: str = "") -> list[tuple]:
        swhere, sparams = self._spatial_filters(regions, bounds)
        awhere, aparams = self._attribute_filters(q)
        where = swhere + awhere
        sql = select + (" WHERE " + " AND ".join(where) if where else "") + order
        # Not prepared: a generic plan would decode the region's WKB parameter for every row.
        return self._conn.execute(sql, sparams + aparams, prepare=False).fetchall()

    def _match(self, q: Query, regions: list, bounds) -> list[Any]:
        import numpy as np

        rows = self._candidates(_PgSQL.SELECT_BASE, q, regions, bounds)
        if not rows or not regions:
            return [r[0] for r in rows]
        keys = np.array([r[0] for r in rows])
        lat = np.array([r[1] for r in rows], dtype="float64")
        lon = np.array([r[2] for r in rows], dtype="float64")
        return keys[_exact_mask(lat, lon, regions)].tolist()

    def _query_regions(self, q: Query, regions: list, bounds) -> gpd.GeoDataFrame:
        """One round trip: the full rows of the candidates, then the exact containment here."""
        import numpy as np

        rows = self._candidates(_PgSQL.SELECT_ROWS, q, regions, bounds, _PgSQL.ORDER)
        if rows:
            lat = np.array([r[_LAT] for r in rows], dtype="float64")
            lon = np.array([r[_LON] for r in rows], dtype="float64")
            mask = _exact_mask(lat, lon, regions)
            rows = [r for r, ok in zip(rows, mask.tolist(), strict=True) if ok]
        return _rows_to_frame(rows, INCIDENT_COLUMNS)

    def _exact_points(self, keys: list[int]) -> list[tuple[float, float]]:
        found = dict.fromkeys(keys, (float("nan"), float("nan")))
        for fid, lat, lon in self._conn.execute(_PgSQL.POINTS, (list(keys),)):
            found[fid] = (lat, lon)
        return [found[k] for k in keys]

    def _fetch(self, keys: list[int]) -> gpd.GeoDataFrame:
        rows = self._conn.execute(_PgSQL.FETCH, (list(keys),)).fetchall() if keys else []
        return _rows_to_frame(rows, INCIDENT_COLUMNS)

    def _counts(self) -> dict[str, int]:
        row = self._conn.execute(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM incidents), "
            "(SELECT count(*) FROM incident_sources)"
        ).fetchone()
        return {"articles": row[0], "incidents": row[1], "sources": row[2]}

    def articles(self) -> list[dict[str, Any]]:
        """Every stored article: ``article_id``, ``sha1``, ``title``, ``url``, ``published``, ``n_incidents``."""
        cur = self._conn.execute(
            "SELECT article_id, sha1, title, url, to_char(published, 'YYYY-MM-DD') AS published, n_incidents "
            'FROM articles ORDER BY article_id COLLATE "C"'
        )
        names = [d.name for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur]
