"""Exports of an incidents frame: GeoJSON (RFC 7946), GeoPackage (GDAL), CSV.

- GeoJSON: a ``FeatureCollection`` of ``Point`` features, ``[lon, lat]``, no ``crs`` member,
  the properties of DESIGN.md (nested ``weapons``, ``source`` and ``sources`` kept as JSON).
- GeoPackage: one point layer ``incidents`` written by GDAL (pyogrio); nested values as JSON
  text.
- CSV: ``lat``, ``lon`` then every property; nested values as JSON text; UTF-8.

>>> from geo.frame import incidents_to_frame
>>> from geo.models import Incident
>>> fc = to_geojson(incidents_to_frame([Incident(event="shelling", place="Kherson", lat=46.64, lon=32.61)]))
>>> fc["features"][0]["geometry"]
{'type': 'Point', 'coordinates': [32.61, 46.64]}
"""

from __future__ import annotations

import csv
import json
import logging
import math
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from geo.errors import QueryError
from geo.frame import JSON_COLUMNS, PROPERTY_COLUMNS

if TYPE_CHECKING:
    import geopandas as gpd

__all__ = ["FORMATS", "to_csv_rows", "to_geojson", "write"]

logger = logging.getLogger(__name__)

FORMATS = ("geojson", "gpkg", "csv")
Format = Literal["geojson", "gpkg", "csv"]


def _plain(value: Any) -> Any:
    """A JSON-compatible scalar (numpy / pandas values to Python, NaN/NA to None)."""
    if value is None:
        return None
    try:
        import pandas as pd

        if value is pd.NA or value is pd.NaT:
            return None
    except ImportError:  # pragma: no cover
        pass
    if hasattr(value, "item") and not isinstance(value, (list, dict, str)):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    return value


def _properties(gdf: gpd.GeoDataFrame) -> list[dict[str, Any]]:
    cols = [c for c in PROPERTY_COLUMNS if c in gdf.columns]
    extra = [c for c in gdf.columns if c not in cols and c not in ("lat", "lon", gdf.geometry.name)]
    out = []
    for row in gdf[cols + extra].itertuples(index=False, name=None):
        props = {}
        for col, value in zip(cols + extra, row, strict=True):
            props[col] = value if col in JSON_COLUMNS else _plain(value)
        out.append(props)
    return out


def to_geojson(gdf: gpd.GeoDataFrame) -> dict[str, Any]:
    """An RFC 7946 FeatureCollection (``[lon, lat]``, no ``crs``) of the frame's incidents."""
    features = []
    geoms = gdf.geometry.values if len(gdf) else []
    for props, geom in zip(_properties(gdf), geoms, strict=True):
        geometry = None
        if geom is not None and not geom.is_empty:
            geometry = {"type": "Point", "coordinates": [round(geom.x, 7), round(geom.y, 7)]}
        features.append({"type": "Feature", "id": props.get("id"), "geometry": geometry, "properties": props})
    return {"type": "FeatureCollection", "features": features}


def _flat(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Nested columns as JSON text (for GDAL and CSV)."""
    out = gdf.copy()
    for col in JSON_COLUMNS:
        if col in out.columns:
            out[col] = [
                None
                if v is None or (isinstance(v, float) and math.isnan(v))
                else json.dumps(v, ensure_ascii=False)
                for v in out[col]
            ]
    return out


def to_csv_rows(gdf: gpd.GeoDataFrame) -> tuple[list[str], list[list[Any]]]:
    """Header and rows of the CSV export: ``lat``, ``lon``, then every property."""
    props = _properties(gdf)
    cols = ["lat", "lon", *[c for c in (props[0] if props else PROPERTY_COLUMNS)]]
    lat = (
        gdf["lat"].tolist()
        if "lat" in gdf.columns
        else [g.y if g is not None else None for g in gdf.geometry]
    )
    lon = (
        gdf["lon"].tolist()
        if "lon" in gdf.columns
        else [g.x if g is not None else None for g in gdf.geometry]
    )
    rows = []
    for la, lo, p in zip(lat, lon, props, strict=True):
        values = [_plain(la), _plain(lo)]
        for c in cols[2:]:
            v = p.get(c)
            if c in JSON_COLUMNS:
                v = None if v is None else json.dumps(v, ensure_ascii=False)
            values.append("" if v is None else v)
        values[0] = "" if values[0] is None else values[0]
        values[1] = "" if values[1] is None else values[1]
        rows.append(values)
    return cols, rows


def write(gdf: gpd.GeoDataFrame, path: str | os.PathLike, *, format: Format | None = None) -> Path:
    """Write the incidents to ``path`` as GeoJSON, GeoPackage or CSV.

    Parameters
    ----------
    gdf
        An incidents frame (:func:`geo.store.run_query`, :func:`geo.frame.incidents_to_frame`).
    path
        The output file (replaced; written to a temporary file first).
    format
        ``geojson``, ``gpkg`` or ``csv``; by default from the file extension.

    Raises
    ------
    QueryError
        For an unknown format.
    """
    path = Path(path)
    fmt = (format or path.suffix.lstrip(".")).lower()
    fmt = {"json": "geojson", "gpkg": "gpkg", "geopackage": "gpkg"}.get(fmt, fmt)
    if fmt not in FORMATS:
        msg = f"unknown export format {fmt!r} for {str(path)!r}; expected one of {', '.join(FORMATS)}"
        raise QueryError(msg)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.stem}.{os.getpid()}.tmp{path.suffix or '.' + fmt}")
    try:
        if fmt == "geojson":
            with tmp.open("w", encoding="utf-8") as fh:
                json.dump(to_geojson(gdf), fh, ensure_ascii=False)
        elif fmt == "csv":
            header, rows = to_csv_rows(gdf)
            with tmp.open("w", encoding="utf-8", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow(header)
                writer.writerows(rows)
        else:
            import pyogrio

            flat = _flat(gdf)
            tmp.unlink(missing_ok=True)
            pyogrio.write_dataframe(
                flat, tmp, layer="incidents", driver="GPKG", geometry_type="Point", promote_to_multi=False
            )
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    logger.info("wrote %d incidents to %s (%s)", len(gdf), path, fmt)
    return path
