"""Turn incidents of any accepted shape into map records, and pack them compactly for the browser.

:func:`incident_records` accepts a GeoDataFrame (the columns of DESIGN.md's GeoJSON
contract), a GeoJSON FeatureCollection (dict, path or string), or an iterable of
:class:`geo.models.Incident` or GeoJSON features. Each record is a plain dict with
``lat`` and ``lon`` and the display fields.

:func:`pack_records` turns the records into one JSON-ready table: strings are
stored once in a table and referenced by index, so 100,000 incidents that share
places, articles and event types stay small. The browser side (:mod:`maps.elements`)
reads it back; see ``ROW_FIELDS`` for the row layout.
"""

from __future__ import annotations

import json
import logging
import math
import os
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from geo.models import EVENT_TYPES
from maps.errors import MapError

__all__ = ["ROW_FIELDS", "incident_records", "pack_records", "records_bounds"]

logger = logging.getLogger(__name__)

#: Order of the values in a packed row. ``*_s`` fields are indexes into the string table
#: (``null`` when missing); ``sources`` is a list of indexes into the source table.
ROW_FIELDS: tuple[str, ...] = (
    "lat",
    "lon",
    "type",
    "date_s",
    "date_precision_s",
    "place_s",
    "geo_precision",
    "killed",
    "injured",
    "weapons_s",
    "actor_s",
    "evidence_s",
    "sources",
    "admin1_s",
    "country_s",
    "id_s",
)

#: Longest evidence sentence kept in the map (characters); longer ones end with "…".
MAX_EVIDENCE = 600

_WEAPONS_FR = {
    "missiles": "missiles",
    "missile": "missiles",
    "cruise_missiles": "missiles de croisière",
    "ballistic_missiles": "missiles balistiques",
    "drones": "drones",
    "drone": "drones",
    "shahed": "Shahed",
    "rockets": "roquettes",
    "shells": "obus",
    "glide_bombs": "bombes planantes",
    "bombs": "bombes",
    "aircraft": "avions",
    "artillery": "artillerie",
}


def _pandas_missing() -> tuple[Any, ...]:
    try:
        import pandas as pd
    except ImportError:  # pragma: no cover - pandas comes with geopandas
        return ()
    return (pd.NA, pd.NaT)


_PANDAS_MISSING: tuple[Any, ...] | None = None


def _is_missing(value: Any) -> bool:
    global _PANDAS_MISSING
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    if isinstance(value, str | int | dict | list):
        return False
    if _PANDAS_MISSING is None:
        _PANDAS_MISSING = _pandas_missing()
    return any(value is m for m in _PANDAS_MISSING)


def _text(value: Any) -> str | None:
    if _is_missing(value):
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    return text or None


def _int(value: Any) -> int | None:
    if _is_missing(value):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _maybe_json(value: Any) -> Any:
    """GeoPackage and CSV round trips store dicts and lists as JSON text: decode them."""
    if isinstance(value, str) and value[:1] in "[{":
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _weapons_text(value: Any) -> str | None:
    value = _maybe_json(value)
    if _is_missing(value) or not value:
        return None
    if isinstance(value, Mapping):
        parts = []
        for key, count in value.items():
            if _is_missing(count):
                continue  # null: a type the text does not mention (DESIGN.md), not an unknown count
            label = _WEAPONS_FR.get(str(key), str(key).replace("_", " "))
            parts.append(f"{label} : {_int(count)}")
        return " · ".join(parts) or None
    if isinstance(value, list | tuple):
        return " · ".join(str(v) for v in value) or None
    return _text(value)


def _sources(props: Mapping[str, Any]) -> list[dict[str, str | None]]:
    raw = _maybe_json(props.get("sources"))
    if _is_missing(raw) or not raw:
        single = _maybe_json(props.get("source"))
        raw = [single] if isinstance(single, Mapping) else []
    if isinstance(raw, Mapping):
        raw = [raw]
    out = []
    for src in raw if isinstance(raw, list | tuple) else []:
        if not isinstance(src, Mapping):
            continue
        out.append(
            {
                "article": _text(src.get("article")),
                "title": _text(src.get("title")),
                "url": _text(src.get("url")),
                "published": _text(src.get("published")),
            }
        )
    if not out and _text(props.get("article")):
        out.append({"article": _text(props.get("article")), "title": None, "url": None, "published": None})
    return out


def _record(lat: Any, lon: Any, props: Mapping[str, Any], where: str) -> dict[str, Any] | None:
    try:
        lat_f, lon_f = float(lat), float(lon)
    except (TypeError, ValueError):
        logger.warning("%s: no usable coordinates (lat=%r, lon=%r); not drawn", where, lat, lon)
        return None
    if not (math.isfinite(lat_f) and math.isfinite(lon_f) and -90 <= lat_f <= 90 and -180 <= lon_f <= 180):
        logger.warning("%s: coordinates out of range (lat=%r, lon=%r); not drawn", where, lat, lon)
        return None
    event = _text(props.get("event")) or "other"
    if event not in EVENT_TYPES:
        logger.warning("%s: unknown event type %r drawn as 'other'", where, event)
        event = "other"
    evidence = _text(props.get("evidence"))
    if evidence and len(evidence) > MAX_EVIDENCE:
        evidence = evidence[: MAX_EVIDENCE - 1] + "…"
    geo_precision = _int(props.get("geo_precision"))
    return {
        "lat": lat_f,
        "lon": lon_f,
        "event": event,
        "date": _text(props.get("date")),
        "date_precision": _text(props.get("date_precision")),
        "place": _text(props.get("place")),
        "geo_precision": geo_precision if geo_precision in (1, 2, 3) else None,
        "killed": _int(props.get("killed")),
        "injured": _int(props.get("injured")),
        "weapons": _weapons_text(props.get("weapons")),
        "actor": _text(props.get("actor")),
        "evidence": evidence,
        "sources": _sources(props),
        "admin1": _text(props.get("admin1")),
        "country": _text(props.get("country")),
        "id": _text(props.get("id")),
    }


def _from_features(features: Iterable[Any], where: str) -> list[dict[str, Any]]:
    records = []
    for i, feature in enumerate(features):
        if hasattr(feature, "__geo_interface__") and not isinstance(feature, Mapping):
            feature = feature.__geo_interface__
        if not isinstance(feature, Mapping) or feature.get("type") != "Feature":
            msg = f"{where}: item {i} is not a GeoJSON Feature nor an Incident (got {type(feature).__name__})"
            raise MapError(msg)
        geometry = feature.get("geometry") or {}
        props = dict(feature.get("properties") or {})
        if "id" not in props and feature.get("id") is not None:
            props["id"] = feature["id"]
        if geometry.get("type") != "Point":
            logger.warning(
                "%s: feature %d has geometry %r, not a Point; not drawn", where, i, geometry.get("type")
            )
            continue
        coords = geometry.get("coordinates") or [None, None]
        record = _record(coords[1], coords[0], props, f"{where}: feature {i}")  # GeoJSON is [lon, lat]
        if record:
            records.append(record)
    return records


def _from_geojson_path(path: Path) -> list[dict[str, Any]]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as err:
        msg = f"{path}: no such incidents file; give a GeoJSON FeatureCollection (incimap export --format geojson)"
        raise MapError(msg) from err
    except (OSError, UnicodeDecodeError) as err:
        msg = f"{path}: cannot read it as UTF-8 GeoJSON ({err}); give a GeoJSON FeatureCollection"
        raise MapError(msg) from err
    try:
        data = json.loads(text)
    except ValueError as err:
        msg = f"{path}: not valid JSON ({err}); give a GeoJSON FeatureCollection"
        raise MapError(msg) from err
    return _from_collection(data, str(path))


def _from_collection(data: Any, where: str) -> list[dict[str, Any]]:
    if not isinstance(data, Mapping) or data.get("type") != "FeatureCollection":
        kind = data.get("type") if isinstance(data, Mapping) else type(data).__name__
        msg = f"{where}: expected a GeoJSON FeatureCollection, got {kind!r}"
        raise MapError(msg)
    return _from_features(data.get("features") or [], where)


def _from_frame(frame: Any) -> list[dict[str, Any]]:
    gdf = frame
    if gdf.crs is not None and gdf.crs.to_epsg() != 4326:
        gdf = gdf.to_crs(4326)
    geoms = gdf.geometry
    if len(gdf) and not (geoms.geom_type == "Point").all():
        geoms = geoms.representative_point()
    lats = geoms.y.to_numpy()
    lons = geoms.x.to_numpy()
    columns = [c for c in gdf.columns if c != gdf.geometry.name]
    values = [gdf[c].tolist() for c in columns]  # much faster than to_dict("records")
    rows = (
        (dict(zip(columns, vals, strict=True)) for vals in zip(*values, strict=True))
        if columns
        else ({} for _ in lats)
    )
    records = []
    for i, (lat, lon, props) in enumerate(zip(lats, lons, rows, strict=True)):
        record = _record(lat, lon, props, f"incidents row {i}")
        if record:
            records.append(record)
    return records


def incident_records(incidents: Any) -> list[dict[str, Any]]:
    """Return one display record per drawable incident.

    Parameters
    ----------
    incidents
        A GeoDataFrame (EPSG:4326 or any CRS, reprojected; columns as the GeoJSON
        properties of DESIGN.md), a GeoJSON FeatureCollection as a dict, a path to a
        GeoJSON file, or an iterable of :class:`geo.models.Incident` or GeoJSON features.
        ``None`` means no incidents.

    Returns
    -------
    list of dict
        Keys: ``lat``, ``lon``, ``event``, ``date``, ``date_precision``, ``place``,
        ``geo_precision``, ``killed``, ``injured``, ``weapons`` (French text),
        ``actor``, ``evidence``, ``sources`` (dicts with ``article``, ``title``,
        ``url``, ``published``), ``admin1``, ``country``, ``id``. Incidents with no
        point are left out with a warning in the log.

    Raises
    ------
    MapError
        An unreadable GeoJSON file or an item that is neither a Feature nor an Incident.

    Examples
    --------
    >>> from geo.models import Incident
    >>> recs = incident_records([Incident("fire", "Odessa", 46.48, 30.72)])
    >>> recs[0]["event"], recs[0]["lat"], recs[0]["lon"]
    ('fire', 46.48, 30.72)
    """
    if incidents is None:
        return []
    if hasattr(incidents, "geometry") and hasattr(incidents, "to_dict"):
        return _from_frame(incidents)
    if isinstance(incidents, str | os.PathLike):
        text = str(incidents)
        if isinstance(incidents, str) and text.lstrip().startswith("{"):
            try:
                return _from_collection(json.loads(text), "GeoJSON text")
            except ValueError as err:
                msg = f"GeoJSON text is not valid JSON ({err})"
                raise MapError(msg) from err
        return _from_geojson_path(Path(incidents))
    if isinstance(incidents, Mapping):
        if incidents.get("type") == "Feature":
            return _from_features([incidents], "GeoJSON feature")
        return _from_collection(incidents, "GeoJSON data")
    if hasattr(incidents, "__geo_interface__"):
        geo = incidents.__geo_interface__
        if isinstance(geo, Mapping) and geo.get("type") == "FeatureCollection":
            return _from_collection(geo, type(incidents).__name__)
    if isinstance(incidents, Iterable):
        return _from_features(incidents, "incidents")
    msg = (
        f"cannot draw incidents of type {type(incidents).__name__}; give a GeoDataFrame, "
        "a GeoJSON FeatureCollection (dict or path) or a list of Incident"
    )
    raise TypeError(msg)


class _Table:
    """Interned values: each distinct value stored once, referenced by index."""

    def __init__(self) -> None:
        self.items: list[Any] = []
        self._index: dict[Any, int] = {}

    def ref(self, value: Any) -> int | None:
        if value is None:
            return None
        idx = self._index.get(value)
        if idx is None:
            idx = self._index[value] = len(self.items)
            self.items.append(value)
        return idx


def pack_records(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Pack records into the compact JSON table read by the browser.

    Returns
    -------
    dict
        ``types``: the event types present, in taxonomy order; ``strings``: the string
        table; ``sources``: ``[title_s, url_s, published_s, article_s]`` rows;
        ``fields``: :data:`ROW_FIELDS`; ``rows``: one list per incident (``type`` is an
        index into ``types``).

    Examples
    --------
    >>> packed = pack_records([{"lat": 46.48, "lon": 30.72, "event": "fire", "place": "Odessa"}])
    >>> packed["types"], packed["rows"][0][:3], packed["strings"][packed["rows"][0][5]]
    (['fire'], [46.48, 30.72, 0], 'Odessa')
    """
    types = [t for t in EVENT_TYPES if any(r["event"] == t for r in records)] if records else []
    type_index = {t: i for i, t in enumerate(types)}
    strings = _Table()
    sources = _Table()
    rows = []
    s = strings.ref
    for r in records:
        src_refs = []
        for src in r.get("sources") or []:
            key = (s(src.get("title")), s(src.get("url")), s(src.get("published")), s(src.get("article")))
            src_refs.append(sources.ref(key))
        rows.append(
            [
                round(r["lat"], 5),
                round(r["lon"], 5),
                type_index[r["event"]],
                s(r.get("date")),
                s(r.get("date_precision")),
                s(r.get("place")),
                r.get("geo_precision"),
                r.get("killed"),
                r.get("injured"),
                s(r.get("weapons")),
                s(r.get("actor")),
                s(r.get("evidence")),
                src_refs,
                s(r.get("admin1")),
                s(r.get("country")),
                s(r.get("id")),
            ]
        )
    return {
        "types": types,
        "strings": strings.items,
        "sources": [list(k) for k in sources.items],
        "fields": list(ROW_FIELDS),
        "rows": rows,
    }


def records_bounds(records: list[dict[str, Any]]) -> list[list[float]] | None:
    """Return ``[[south, west], [north, east]]`` (Leaflet order: lat first), or None when empty."""
    if not records:
        return None
    lats = [r["lat"] for r in records]
    lons = [r["lon"] for r in records]
    return [[min(lats), min(lons)], [max(lats), max(lons)]]
