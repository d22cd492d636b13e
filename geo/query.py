"""Queries over incidents: region, bounding box, radius, time window, event types.

>>> from geo.query import Query
>>> q = Query(region="région de Koursk", since="2024-09", types="troop_deployment")
>>> q.since.isoformat(), q.types
('2024-09-01', ('troop_deployment',))

A store answers it (:meth:`geo.store_base.Store.query`), and so does an incidents frame in
memory (:func:`filter_frame`); :func:`geo.store.run_query` picks one of them for the CLI
(``--db`` or ``--input``). Each returns a GeoDataFrame (one row per incident, EPSG:4326; see
:mod:`geo.frame`).
"""

from __future__ import annotations

import calendar
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from geo.errors import QueryError
from geo.models import EVENT_TYPES

if TYPE_CHECKING:
    import geopandas as gpd

    from geo.regions import Region

__all__ = ["Query", "filter_frame", "parse_date"]

logger = logging.getLogger(__name__)


def parse_date(value: date | str | None, *, end: bool = False, what: str = "date") -> date | None:
    """Parse ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; a partial date is the first day of the
    period (``end=False``) or its last day (``end=True``).

    Raises
    ------
    QueryError
        Naming the value, for an impossible or malformed date.

    >>> parse_date("2024-02", end=True)
    datetime.date(2024, 2, 29)
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return date.fromisoformat(text)
        if m := re.fullmatch(r"(\d{4})-(\d{2})", text):
            y, mo = int(m.group(1)), int(m.group(2))
            return date(y, mo, calendar.monthrange(y, mo)[1] if end else 1)
        if re.fullmatch(r"\d{4}", text):
            return date(int(text), 12, 31) if end else date(int(text), 1, 1)
    except (ValueError, calendar.IllegalMonthError) as err:
        msg = f"{what} {text!r} is not a valid date ({err}); use YYYY-MM-DD, YYYY-MM or YYYY"
        raise QueryError(msg) from None
    msg = f"{what} {text!r} is not a date; use YYYY-MM-DD, YYYY-MM or YYYY"
    raise QueryError(msg)


def _parse_types(types: str | Sequence[str] | None) -> tuple[str, ...] | None:
    if types is None:
        return None
    items = (
        types.split(",") if isinstance(types, str) else [t for part in types for t in str(part).split(",")]
    )
    out = tuple(dict.fromkeys(t.strip() for t in items if t.strip()))
    bad = [t for t in out if t not in EVENT_TYPES]
    if bad:
        msg = f"unknown event type {', '.join(map(repr, bad))}; expected one of {', '.join(EVENT_TYPES)}"
        raise QueryError(msg)
    return out or None


@dataclass(frozen=True)
class Query:
    """What to select. Every criterion is optional; all given ones must hold (AND).

    Parameters
    ----------
    region
        A region name (see :func:`geo.regions.get_region`) or a :class:`geo.regions.Region`.
    bbox
        ``(west, south, east, north)`` in degrees, or the string ``"W,S,E,N"``.
    near, radius_km
        A place name (gazetteer) or ``"lat,lon"``, and a geodesic radius in km (> 0). Both or
        neither.
    since, until
        Inclusive dates (``date`` or ``YYYY-MM-DD`` / ``YYYY-MM`` / ``YYYY``). Incidents
        without a date are left out when either is set.
    types
        Event types (``"drone_strike,shelling"`` or a sequence).

    Raises
    ------
    QueryError
        For a bad bbox, a radius ≤ 0, an impossible date, an unknown event type.
    """

    region: Any = None
    bbox: Any = None
    near: str | None = None
    radius_km: float | None = None
    since: Any = None
    until: Any = None
    types: Any = None
    _regions: tuple = field(default=(), init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        from geo.regions import check_radius, parse_bbox

        set_ = object.__setattr__
        if self.bbox is not None and self.bbox != "":
            set_(self, "bbox", parse_bbox(self.bbox))
        else:
            set_(self, "bbox", None)
        if self.radius_km is not None:
            set_(self, "radius_km", check_radius(self.radius_km))
        if self.near and self.radius_km is None:
            msg = f"--near {self.near!r} needs a radius: add --radius KM"
            raise QueryError(msg)
        if self.radius_km is not None and not self.near:
            msg = f"--radius {self.radius_km:g} needs a centre: add --near PLACE"
            raise QueryError(msg)
        since = parse_date(self.since, what="--since")
        until = parse_date(self.until, end=True, what="--until")
        if since and until and since > until:
            msg = f"--since {since.isoformat()} is after --until {until.isoformat()}"
            raise QueryError(msg)
        set_(self, "since", since)
        set_(self, "until", until)
        set_(self, "types", _parse_types(self.types))
        if isinstance(self.region, str) and not self.region.strip():
            set_(self, "region", None)

    def regions(self) -> list[Region]:
        """The spatial criteria as regions (resolved once; raises RegionError/QueryError)."""
        if self._regions:
            return list(self._regions)
        from geo.regions import Region, bbox_region, get_region, radius_region

        out: list[Region] = []
        if self.region is not None:
            out.append(self.region if isinstance(self.region, Region) else get_region(str(self.region)))
        if self.bbox is not None:
            out.append(bbox_region(self.bbox))
        if self.near:
            out.append(radius_region(self.near, radius_km=self.radius_km))
        object.__setattr__(self, "_regions", tuple(out))
        return out

    def bounds(self) -> tuple[float, float, float, float] | None:
        """The intersection of the spatial criteria's bounding boxes (``W, S, E, N``), or None."""
        regions = self.regions()
        if not regions:
            return None
        w, s, e, n = regions[0].bounds
        for r in regions[1:]:
            rw, rs, re_, rn = r.bounds
            w, s, e, n = max(w, rw), max(s, rs), min(e, re_), min(n, rn)
        return (w, s, e, n)

    def describe(self) -> str:
        """A one-line human description of the criteria."""
        parts = []
        if self.region is not None:
            parts.append(f"region={getattr(self.region, 'key', self.region)}")
        if self.bbox:
            parts.append("bbox=" + ",".join(f"{x:g}" for x in self.bbox))
        if self.near:
            parts.append(f"near={self.near} radius={self.radius_km:g}km")
        if self.since:
            parts.append(f"since={self.since.isoformat()}")
        if self.until:
            parts.append(f"until={self.until.isoformat()}")
        if self.types:
            parts.append("types=" + ",".join(self.types))
        return " ".join(parts) or "all incidents"


def filter_frame(gdf: gpd.GeoDataFrame, q: Query) -> gpd.GeoDataFrame:
    """Apply ``q`` to an incidents frame in memory (vectorised)."""
    import numpy as np

    mask = np.ones(len(gdf), dtype=bool)
    if q.types:
        mask &= gdf["event"].isin(q.types).to_numpy()
    if q.since or q.until:
        dates = gdf["date"].astype(object).where(gdf["date"].notna(), None)
        iso = np.array([str(d)[:10] if d is not None else "" for d in dates], dtype=object)
        has = iso != ""
        if q.since:
            has &= iso >= q.since.isoformat()
        if q.until:
            has &= iso <= q.until.isoformat()
        mask &= has
    regions = q.regions()
    if regions:
        lat = gdf["lat"].to_numpy(dtype="float64")
        lon = gdf["lon"].to_numpy(dtype="float64")
        ok = ~(np.isnan(lat) | np.isnan(lon))
        mask &= ok
        for region in regions:
            idx = np.flatnonzero(mask)
            if len(idx):
                mask[idx] = region.contains_latlon(lat[idx], lon[idx])
    return gdf[mask].reset_index(drop=True)
