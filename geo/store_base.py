"""What every incident store shares: the :class:`Store` interface and its ingest and query logic.

A backend (:class:`geo.store.GeoPackageStore`, :class:`geo.store_postgis.PostGISStore`)
implements the primitives (transactions, rows in and out, its own spatial pre-filter); the
logic here decides what an ingest writes (an unchanged article is skipped, an updated one
replaces its incidents, an incident of the same type and day within :data:`DEDUPE_KM` km of
an existing one becomes a new source of it) and how a query is answered (attribute filters,
then the exact containment of :func:`_exact_mask`), so that every backend answers the same.
:func:`geo.store.open_store` picks the backend.
"""

from __future__ import annotations

import abc
import gc
import hashlib
import json
import logging
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from geo.models import ACLED_TYPES

if TYPE_CHECKING:
    import geopandas as gpd

    from geo.query import Query

__all__ = ["DEDUPE_KM", "INCIDENT_COLUMNS", "SCHEMA_VERSION", "IngestResult", "Store", "haversine_km"]

logger = logging.getLogger(__name__)

#: Version of the incimap tables inside the GeoPackage.
SCHEMA_VERSION = 1
#: Cross-article de-duplication distance.
DEDUPE_KM = 10.0
#: Error bound of R-tree (float32) coordinates, in degrees, with a wide margin.
_APPROX_DEG = 1e-4
_EARTH_KM = 6371.0088


@dataclass(frozen=True, slots=True)
class IngestResult:
    """What one ingest did.

    ``status`` is ``added`` (new article), ``replaced`` (updated article: its old incidents
    were removed) or ``unchanged`` (same content hash: nothing written). ``incidents`` counts
    the incidents created, ``merged`` those added as a source of an existing incident.
    """

    article: str
    status: str
    incidents: int = 0
    merged: int = 0


# --------------------------------------------------------------------------- helpers


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)[:10] or None


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (spherical; good to 0.5 % for de-duplication)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * _EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def _source_of(article: Any) -> dict[str, Any]:
    return {
        "article": article.id,
        "title": getattr(article, "title", None) or None,
        "url": getattr(article, "url", None),
        "published": _iso(getattr(article, "published", None)),
    }


def _incident_row(incident: Any, article_id: str) -> dict[str, Any]:
    """The stored columns of an incident (backend-independent)."""
    event = incident.event
    acled = ACLED_TYPES.get(event, ("", ""))
    lat = incident.lat
    lon = incident.lon
    ok = lat is not None and lon is not None and math.isfinite(lat) and math.isfinite(lon)
    return {
        "incident_id": incident.id,
        "event": event,
        "place": incident.place,
        "lat": float(lat) if ok else None,
        "lon": float(lon) if ok else None,
        "geo_precision": incident.geo_precision,
        "date": _iso(incident.date),
        "date_precision": incident.date_precision if incident.date else None,
        "killed": incident.killed,
        "injured": incident.injured,
        "weapons": json.dumps(incident.weapons, ensure_ascii=False) if incident.weapons else None,
        "actor": incident.actor,
        "evidence": incident.evidence or "",
        "start_offset": incident.start,
        "end_offset": incident.end,
        "article": incident.article or article_id,
        "admin1": incident.admin1,
        "country": incident.country,
        "gazetteer_id": incident.gazetteer_id,
        "acled_event_type": acled[0],
        "acled_sub_event_type": acled[1],
    }


def _fingerprint(article: Any, rows: list[dict[str, Any]], sources: list[Any]) -> str:
    """What an ingest stores, hashed: the article's text and metadata, its incident rows and
    their sources.

    Re-ingesting gives the same fingerprint, and changes nothing, only when both the article
    and what was extracted from it are the same; an edited article, or the same article read
    by a newer extractor, replaces its incidents.
    """
    meta = [article.sha1, article.title, article.url, _iso(article.published)]
    payload = json.dumps([meta, rows, sources], ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha1(payload.encode("utf-8")).hexdigest()


def _sources_columns(sources: list[dict[str, Any]], article_id: str | None) -> dict[str, Any]:
    """The denormalised source columns of an incident row: its primary source and all sources.

    The primary source is the one of the incident's ``article`` (else the first). They are
    stored with the row so that a query needs no join (``incident_sources`` stays the
    reference, and :meth:`Store._refresh_sources` recomputes them from it).
    """
    clean = [
        {
            "article": s.get("article"),
            "title": s.get("title"),
            "url": s.get("url"),
            "published": _iso(s.get("published")),
        }
        for s in sources
    ]
    primary = next((s for s in clean if s["article"] == article_id), clean[0] if clean else None)
    return {
        "article": primary["article"] if primary else article_id,
        "n_sources": len(clean),
        "source_article": primary["article"] if primary else None,
        "source_title": primary["title"] if primary else None,
        "source_url": primary["url"] if primary else None,
        "source_published": primary["published"] if primary else None,
        "sources_json": json.dumps(clean, ensure_ascii=False),
    }


def _exact_mask(lat, lon, regions: list):
    """Boolean array: which exact ``(lat, lon)`` points fall in every region (numpy arrays).

    The one containment rule of every backend (a backend's own spatial SQL only narrows the
    candidates), so that GeoPackage, PostGIS and ``--input`` answer the same.
    """
    import numpy as np

    mask = np.ones(len(lat), dtype=bool)
    for region in regions:
        idx = np.flatnonzero(mask)
        mask[idx] = region.contains_latlon(lat[idx], lon[idx])
    return mask


# --------------------------------------------------------------------------- the interface


class Store(abc.ABC):
    """An incident store (context manager). Use :func:`open_store` to get one.

    Backends implement the primitives (``_transaction``, ``_article_hash``,
    ``_remove_article``, ``_insert_article``, ``_find_duplicate``, ``_insert_incident``,
    ``_add_source``, ``_select``); the ingest and query logic lives here.
    """

    location: str

    # ---- public API

    def ingest(self, extraction: Any) -> IngestResult:
        """Store one article's incidents (``extraction.article``, ``extraction.incidents``).

        Idempotent: the same article (same content hash) changes nothing; an updated article
        replaces its incidents. One transaction.
        """
        with self._transaction():
            return self._ingest_one(extraction)

    def ingest_many(self, extractions: Iterable[Any], *, batch: int = 1) -> Iterator[IngestResult]:
        """Ingest several extractions, ``batch`` articles per transaction (yields results).

        A killed process loses at most the batch in progress, never part of an article.
        """
        pending: list[Any] = []
        for extraction in extractions:
            pending.append(extraction)
            if len(pending) >= batch:
                yield from self._ingest_batch(pending)
                pending = []
        if pending:
            yield from self._ingest_batch(pending)

    def _ingest_batch(self, extractions: list[Any]) -> list[IngestResult]:
        with self._transaction():
            return [self._ingest_one(x) for x in extractions]

    def query(self, q: Query | None = None) -> gpd.GeoDataFrame:
        """Incidents matching ``q`` (all when ``None``), as a GeoDataFrame (see :mod:`geo.frame`)."""
        from geo.query import Query

        q = q or Query()
        regions = q.regions()
        bounds = q.bounds() if regions else None
        if bounds is not None and (bounds[0] > bounds[2] or bounds[1] > bounds[3]):
            return self._fetch([])
        # Building many rows allocates many small objects: pause the cyclic GC meanwhile
        # (they hold no cycles), as pandas' own readers effectively do.
        paused = gc.isenabled()
        gc.disable()
        try:
            if not regions:
                return self._fetch_filtered(q)
            return self._query_regions(q, regions, bounds)
        finally:
            if paused:
                gc.enable()

    def _query_regions(self, q: Query, regions: list, bounds) -> gpd.GeoDataFrame:
        """The frame of a spatial query (backends may answer in one round trip)."""
        return self._fetch(self._match(q, regions, bounds))

    def match(self, q: Query | None = None) -> list[Any]:
        """Keys of the incidents matching ``q`` (exact), without building rows: fast counts."""
        from geo.query import Query

        q = q or Query()
        regions = q.regions()
        bounds = q.bounds() if regions else None
        if bounds is not None and (bounds[0] > bounds[2] or bounds[1] > bounds[3]):
            return []
        return self._match(q, regions, bounds)

    def _match(self, q: Query, regions: list, bounds) -> list[Any]:
        import numpy as np

        keys, lat, lon, approx = self._select_points(q, bounds)
        if not regions or not len(keys):
            return list(keys) if not isinstance(keys, np.ndarray) else keys.tolist()
        keys = np.asarray(keys)
        lat = np.asarray(lat, dtype="float64")
        lon = np.asarray(lon, dtype="float64")
        if not approx:
            return keys[_exact_mask(lat, lon, regions)].tolist()
        # Approximate (float32 R-tree) coordinates: points well inside every region (shrunk by
        # the error bound) are in; points outside a grown region are out; the few in between
        # are decided on their exact coordinates.
        outer = np.ones(len(keys), dtype=bool)
        inner = np.ones(len(keys), dtype=bool)
        for region in regions:
            idx = np.flatnonzero(outer)
            outer[idx] = region.contains_latlon(lat[idx], lon[idx], tolerance_deg=_APPROX_DEG)
            inner &= outer
            idx = np.flatnonzero(inner)
            inner[idx] = region.contains_latlon(lat[idx], lon[idx], tolerance_deg=-_APPROX_DEG)
        unsure = np.flatnonzero(outer & ~inner)
        if len(unsure):
            ukeys = keys[unsure].tolist()
            points = self._exact_points(ukeys)
            ulat = np.array([p[0] for p in points], dtype="float64")
            ulon = np.array([p[1] for p in points], dtype="float64")
            ok = np.ones(len(ukeys), dtype=bool)
            for region in regions:
                ok &= region.contains_latlon(ulat, ulon)
            inner[unsure] = ok
        return keys[inner].tolist()

    def count(self) -> dict[str, int]:
        """Row counts: ``articles``, ``incidents``, ``sources``."""
        return self._counts()

    @property
    def schema_version(self) -> int:
        """The incimap schema version of the store."""
        row = self._conn.execute("SELECT value FROM incimap_meta WHERE key = 'schema_version'").fetchone()  # type: ignore[attr-defined]
        return int(row[0])

    def close(self) -> None:
        """Release the connection."""
        conn = getattr(self, "_conn", None)
        if conn is not None:
            conn.close()
            self._conn = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- shared logic

    def _ingest_one(self, extraction: Any) -> IngestResult:
        article = extraction.article
        rows = [_incident_row(incident, article.id) for incident in extraction.incidents]
        sha1 = _fingerprint(article, rows, [i.sources for i in extraction.incidents])
        old = self._article_hash(article.id)
        if old == sha1:
            return IngestResult(article.id, "unchanged")
        status = "added"
        if old is not None:
            self._remove_article(article.id)
            status = "replaced"
        created = merged = 0
        own_source = _source_of(article)
        seen: set[str] = set()
        for incident, row in zip(extraction.incidents, rows, strict=True):
            if row["incident_id"] in seen:
                continue
            seen.add(row["incident_id"])
            sources = [s for s in (incident.sources or []) if isinstance(s, dict) and s.get("article")]
            if not any(s.get("article") == article.id for s in sources):
                sources.insert(0, own_source)
            existing = self._find_duplicate(row, article.id)
            if existing is not None:
                for src in sources:
                    self._add_source(existing, src)
                self._refresh_sources(existing)
                merged += 1
                continue
            row.update(_sources_columns(sources, row["article"]))
            key = self._insert_incident(row)
            if key is None:  # the same incident id is already stored (another article's copy)
                merged += 1
                continue
            for src in sources:
                self._add_source(key, src)
            created += 1
        self._insert_article(article, sha1, created + merged)
        logger.debug("ingested %s: %s, %d new, %d merged", article.id, status, created, merged)
        return IngestResult(article.id, status, created, merged)

    # ---- primitives (backend-specific)

    @abc.abstractmethod
    def _transaction(self): ...

    @abc.abstractmethod
    def _article_hash(self, article_id: str) -> str | None: ...

    @abc.abstractmethod
    def _remove_article(self, article_id: str) -> None: ...

    @abc.abstractmethod
    def _insert_article(self, article: Any, sha1: str, n_incidents: int) -> None: ...

    @abc.abstractmethod
    def _find_duplicate(self, row: dict[str, Any], article_id: str) -> Any | None: ...

    @abc.abstractmethod
    def _insert_incident(self, row: dict[str, Any]) -> Any | None: ...

    @abc.abstractmethod
    def _add_source(self, key: Any, source: dict[str, Any]) -> None: ...

    @abc.abstractmethod
    def _fetch_filtered(self, q: Query) -> gpd.GeoDataFrame:
        """The incidents passing the attribute filters of ``q`` (types, dates) as a frame."""

    @abc.abstractmethod
    def _exact_points(self, keys: list[Any]) -> list[tuple[float, float]]:
        """Exact ``(lat, lon)`` of ``keys``, in that order."""

    #: The backend's SQL statements; ``_refresh_sources`` uses ``INCIDENT_ARTICLE``,
    #: ``INCIDENT_SOURCES`` and ``REFRESH_SOURCES``.
    _sql: Any

    def _refresh_sources(self, key: Any) -> None:
        """Recompute the denormalised source columns of one incident from its source rows."""
        conn = self._conn  # type: ignore[attr-defined]
        row = conn.execute(self._sql.INCIDENT_ARTICLE, (key,)).fetchone()
        if row is None:
            return
        sources = [
            {"article": a, "title": t, "url": u, "published": p}
            for a, t, u, p in conn.execute(self._sql.INCIDENT_SOURCES, (key,))
        ]
        c = _sources_columns(sources, row[0])
        columns = ("article", "n_sources", "source_article", "source_title", "source_url")
        columns += ("source_published", "sources_json")
        conn.execute(self._sql.REFRESH_SOURCES, (*(c[k] for k in columns), key))

    @abc.abstractmethod
    def _select_points(
        self, q: Query, bounds: tuple[float, float, float, float] | None
    ) -> tuple[list[Any], list[float], list[float], bool]:
        """Keys and ``lat``/``lon`` of the incidents passing the attribute filters of ``q`` and,
        when given, the ``bounds`` (W, S, E, N); the flag tells whether the coordinates are
        approximate (within ``_APPROX_DEG``)."""

    @abc.abstractmethod
    def _fetch(self, keys: list[Any]) -> gpd.GeoDataFrame:
        """The incidents of ``keys`` as a frame (see :mod:`geo.frame`), ordered by date and id."""

    @abc.abstractmethod
    def _counts(self) -> dict[str, int]: ...


#: The columns of the incidents table, in order; the same in every backend.
INCIDENT_COLUMNS = (
    "incident_id",
    "event",
    "place",
    "lat",
    "lon",
    "geo_precision",
    "date",
    "date_precision",
    "killed",
    "injured",
    "weapons",
    "actor",
    "evidence",
    "start_offset",
    "end_offset",
    "article",
    "admin1",
    "country",
    "gazetteer_id",
    "acled_event_type",
    "acled_sub_event_type",
    "n_sources",
    "source_article",
    "source_title",
    "source_url",
    "source_published",
    "sources_json",
)


def _rows_to_frame(rows: list[tuple], names: tuple[str, ...]) -> gpd.GeoDataFrame:
    """Stored incident rows (tuples of the columns ``names``) → an incidents frame."""
    from geo.frame import columns_to_frame

    loads = json.loads
    cols = dict(zip(names, zip(*rows, strict=True), strict=True)) if rows else {n: () for n in names}
    source = [
        None if a is None else {"article": a, "title": t, "url": u, "published": p}
        for a, t, u, p in zip(
            cols["source_article"],
            cols["source_title"],
            cols["source_url"],
            cols["source_published"],
            strict=True,
        )
    ]
    data = {
        "id": cols["incident_id"],
        "start": cols["start_offset"],
        "end": cols["end_offset"],
        "weapons": [loads(w) if w else None for w in cols["weapons"]],
        "source": source,
        "sources": [
            [s] if n == 1 and s is not None else (loads(js) if js else [])
            for s, n, js in zip(source, cols["n_sources"], cols["sources_json"], strict=True)
        ],
    }
    for name in names:
        if name not in ("incident_id", "start_offset", "end_offset", "weapons") and not name.startswith(
            "source"
        ):
            data.setdefault(name, cols[name])
    return columns_to_frame(data, clean=True)
