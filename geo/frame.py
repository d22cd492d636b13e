"""Incidents as a GeoDataFrame: one row per incident, EPSG:4326, the GeoJSON contract as columns.

Columns (in order): the properties of DESIGN.md's GeoJSON contract — ``id``, ``event``,
``place``, ``geo_precision``, ``date`` (ISO ``YYYY-MM-DD`` string or ``None``),
``date_precision``, ``killed``, ``injured``, ``weapons`` (dict or ``None``), ``actor``,
``evidence``, ``start``, ``end``, ``acled_event_type``, ``acled_sub_event_type``, ``admin1``,
``country``, ``article``, ``gazetteer_id``, ``source`` (dict ``article``, ``title``, ``url``,
``published``), ``sources`` (list of such dicts) — then ``lat``, ``lon`` and the point
``geometry`` (``x=lon``, ``y=lat``).

>>> from geo.models import Incident
>>> gdf = incidents_to_frame([Incident(event="shelling", place="Kherson", lat=46.64, lon=32.61)])
>>> float(gdf.loc[0, "lat"]), gdf.geometry[0].x
(46.64, 32.61)
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import geopandas as gpd

    from geo.models import Incident

__all__ = [
    "COLUMNS",
    "JSON_COLUMNS",
    "PROPERTY_COLUMNS",
    "columns_to_frame",
    "empty_frame",
    "frame_from_geojson",
    "incidents_to_frame",
    "records_to_frame",
]

#: The GeoJSON properties, in order (DESIGN.md contract).
PROPERTY_COLUMNS: tuple[str, ...] = (
    "id",
    "event",
    "place",
    "geo_precision",
    "date",
    "date_precision",
    "killed",
    "injured",
    "weapons",
    "actor",
    "evidence",
    "start",
    "end",
    "acled_event_type",
    "acled_sub_event_type",
    "admin1",
    "country",
    "article",
    "gazetteer_id",
    "source",
    "sources",
)
#: Every non-geometry column of an incidents frame.
COLUMNS: tuple[str, ...] = (*PROPERTY_COLUMNS, "lat", "lon")
#: Columns holding dicts or lists (JSON text in GeoPackage and CSV exports).
JSON_COLUMNS: tuple[str, ...] = ("weapons", "source", "sources")
_INT_COLUMNS = ("geo_precision", "killed", "injured", "start", "end")


def _record(incident: Incident) -> dict[str, Any]:
    props = incident.properties()
    rec = {c: props.get(c) for c in PROPERTY_COLUMNS}
    rec["lat"] = incident.lat
    rec["lon"] = incident.lon
    return rec


def empty_frame() -> gpd.GeoDataFrame:
    """An incidents frame with no rows and every column."""
    return records_to_frame([])


def records_to_frame(records: Iterable[Mapping[str, Any]]) -> gpd.GeoDataFrame:
    """Build an incidents frame from dicts keyed by :data:`COLUMNS` (missing keys → ``None``).

    ``lat``/``lon`` make the point geometry; rows without coordinates get an empty geometry
    (``None``).
    """

    rows = [[r.get(c) for c in COLUMNS] for r in records]
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in COLUMNS]
    return columns_to_frame(dict(zip(COLUMNS, columns, strict=True)))


def columns_to_frame(data: Mapping[str, Sequence[Any]], *, clean: bool = False) -> gpd.GeoDataFrame:
    """Build an incidents frame from columns: a mapping (or DataFrame) holding :data:`COLUMNS`.

    Types are normalised: nullable integers (``Int64``), text as pandas' ``str`` dtype
    (missing: NaN), nested values as Python objects with ``None`` for missing; ``lat``/``lon`` make the point geometry.
    ``clean=True`` promises that missing values are already ``None`` (not NaN): faster.
    """
    import geopandas as gpd
    import numpy as np
    import pandas as pd

    def plain(values) -> np.ndarray:
        arr = np.empty(len(values), dtype=object)
        arr[:] = values if clean else [None if isinstance(v, float) and v != v else v for v in values]
        return arr

    def floats(values) -> np.ndarray:
        return np.array([np.nan if v is None else v for v in values], dtype="float64")

    columns: dict[str, Any] = {}
    for col in PROPERTY_COLUMNS:
        values = list(data[col])
        if col in _INT_COLUMNS and clean:
            columns[col] = pd.array(values, dtype="Int64")
        elif col in _INT_COLUMNS:
            columns[col] = pd.array(
                pd.to_numeric(pd.Series(values, dtype=object), errors="coerce"), dtype="Int64"
            )
        elif col in JSON_COLUMNS:
            columns[col] = plain(values)
        else:  # text: always pandas' string dtype, even when every value is missing
            columns[col] = pd.array(plain(values), dtype="str")
    lat = floats(list(data["lat"]))
    lon = floats(list(data["lon"]))
    columns["lat"] = lat
    columns["lon"] = lon
    geometry = gpd.points_from_xy(lon, lat)
    missing = np.isnan(lat) | np.isnan(lon)
    if missing.any():
        geometry = np.where(missing, None, np.asarray(geometry, dtype=object))
    df = pd.DataFrame(columns, copy=False)
    return gpd.GeoDataFrame(df, geometry=gpd.GeoSeries(geometry, crs="EPSG:4326").values, crs="EPSG:4326")


def incidents_to_frame(incidents: Iterable[Incident]) -> gpd.GeoDataFrame:
    """One row per :class:`geo.models.Incident`, the GeoJSON properties as columns (EPSG:4326)."""
    return records_to_frame(_record(i) for i in incidents)


def _maybe_json(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in "[{":
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def frame_from_geojson(data: Mapping[str, Any]) -> gpd.GeoDataFrame:
    """Incidents from a GeoJSON ``FeatureCollection`` (our export or compatible points).

    Point features only; ``[lon, lat]`` order. Missing properties become ``None``; ``event``
    is required; ``id`` is taken from the feature or its properties.
    """
    from geo.errors import QueryError

    if not isinstance(data, Mapping) or data.get("type") != "FeatureCollection":
        msg = "the --input file is not a GeoJSON FeatureCollection"
        raise QueryError(msg)
    records = []
    for n, feature in enumerate(data.get("features") or []):
        if not isinstance(feature, Mapping):
            continue
        props = dict(feature.get("properties") or {})
        geom = feature.get("geometry") or {}
        lat = lon = None
        if geom.get("type") == "Point":
            coords = geom.get("coordinates") or []
            if len(coords) >= 2:
                lon, lat = float(coords[0]), float(coords[1])
        elif geom:
            msg = f"feature {n} of the --input file is a {geom.get('type')}, not a Point"
            raise QueryError(msg)
        rec = {c: _maybe_json(props.get(c)) if c in JSON_COLUMNS else props.get(c) for c in PROPERTY_COLUMNS}
        rec["id"] = rec["id"] or feature.get("id") or f"input-{n}"
        if not rec.get("event"):
            msg = f"feature {n} of the --input file has no 'event' property"
            raise QueryError(msg)
        if rec.get("date") is not None:
            rec["date"] = str(rec["date"])[:10]
        if rec.get("source") is None and rec.get("sources"):
            rec["source"] = rec["sources"][0]
        rec["lat"], rec["lon"] = lat, lon
        records.append(rec)
    return records_to_frame(records)
