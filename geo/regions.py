"""Named regions: countries, admin-1 units, the Romanian border zone, front-line and radius zones.

Every region is a :class:`Region` with a WGS 84 (EPSG:4326) geometry. Names are accepted in
French or English, with or without accents, with or without « région de » / "Oblast":

>>> from geo.regions import get_region
>>> get_region("région de Koursk").key
'ru-kursk-oblast'
>>> get_region("Kursk Oblast").key
'ru-kursk-oblast'
>>> get_region("Roumanie").key
'country:RO'

Special names:

- ``romanian-border`` (« frontière roumaine »), optionally with a width: ``romanian-border:50``
  (km); see :func:`romanian_border_zone`;
- ``frontline:20`` or ``frontline:20:2024-09-01`` (« ligne de front »): within N km of the
  front line at a date (default 20 km, latest line); see :func:`frontline_zone`;
- ``near:PLACE:KM`` (a geodesic radius around a gazetteer place); see :func:`radius_region`;
- ``bbox:W,S,E,N``; see :func:`bbox_region`.

Distances are computed in metric projections (buffers) or on the ellipsoid (radius).
"""

from __future__ import annotations

import functools
import logging
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

import shapely
from shapely.geometry import Point, box
from shapely.geometry.base import BaseGeometry

from geo.errors import QueryError, RegionError

__all__ = [
    "DANUBE_PORTS",
    "DEFAULT_BORDER_WIDTH_KM",
    "FOCUS_COUNTRIES",
    "Port",
    "Region",
    "bbox_region",
    "fold_name",
    "frontline_zone",
    "get_region",
    "list_regions",
    "radius_region",
    "romanian_border_zone",
]

logger = logging.getLogger(__name__)

DEFAULT_BORDER_WIDTH_KM = 30.0
DEFAULT_FRONTLINE_WIDTH_KM = 20.0

#: Countries whose admin-1 units are named regions (others are available as countries only).
FOCUS_COUNTRIES = ("UA", "RU", "RO", "MD", "BY", "KP")


@dataclass(frozen=True, slots=True)
class Port:
    """A named Danube port of the Romanian border region (``lat``/``lon`` in WGS 84)."""

    name: str
    name_fr: str
    country: str
    lat: float
    lon: float

    @property
    def point(self) -> Point:
        """The port as a shapely point (``x=lon``, ``y=lat``)."""
        return Point(self.lon, self.lat)


#: The Danube ports of the Romania–Ukraine border (team-compiled town-centre coordinates,
#: GeoNames-based, rounded to 3 decimals).
DANUBE_PORTS: tuple[Port, ...] = (
    Port("Izmail", "Izmaïl", "UA", 45.351, 28.838),
    Port("Reni", "Reni", "UA", 45.456, 28.288),
    Port("Kiliia", "Kilia", "UA", 45.455, 29.265),
    Port("Tulcea", "Tulcea", "RO", 45.179, 28.805),
    Port("Galați", "Galați", "RO", 45.437, 28.050),
    Port("Isaccea", "Isaccea", "RO", 45.270, 28.460),
)


@dataclass(frozen=True)
class Region:
    """A named area.

    Attributes
    ----------
    key
        Stable identifier (``country:UA``, ``ua-kharkiv-oblast``, ``romanian-border:30``).
    name, name_fr
        English and French display names.
    kind
        ``country``, an admin-1 kind (``oblast``, ``county``, ``city``…), ``border_zone``,
        ``frontline_zone``, ``radius`` or ``bbox``.
    geometry
        Polygon or MultiPolygon in EPSG:4326.
    country
        ISO alpha-2 code when the region lies in one country.
    aliases
        Other accepted names.
    center
        ``(lat, lon)`` of a radius region (distances are then geodesic from it).
    radius_km
        The radius of a radius region.
    ports
        The named ports of a border zone.
    """

    key: str
    name: str
    name_fr: str
    kind: str
    geometry: BaseGeometry = field(repr=False)
    country: str | None = None
    aliases: tuple[str, ...] = field(default=(), repr=False)
    center: tuple[float, float] | None = None
    radius_km: float | None = None
    ports: tuple[Port, ...] = field(default=(), repr=False)

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        """``(west, south, east, north)`` in degrees."""
        return tuple(self.geometry.bounds)  # type: ignore[return-value]

    def contains_latlon(self, lat: Sequence[float], lon: Sequence[float], *, tolerance_deg: float = 0.0):
        """Boolean array: which ``(lat, lon)`` points fall in the region (vectorised).

        Radius regions use the exact geodesic distance from :attr:`center`.
        ``tolerance_deg`` > 0 grows the region by that many degrees (a superset), < 0 shrinks
        it (a subset): used to classify approximate coordinates.
        """
        import numpy as np

        lat = np.asarray(lat, dtype="float64")
        lon = np.asarray(lon, dtype="float64")
        if self.center is not None and self.radius_km is not None:
            grow = tolerance_deg * 111.4
            return geodesic_km(self.center[0], self.center[1], lat, lon) <= self.radius_km + grow
        if self.kind == "bbox":
            w, s, e, n = self.geometry.bounds
            t = tolerance_deg
            return (lon >= w - t) & (lon <= e + t) & (lat >= s - t) & (lat <= n + t)
        return _cells(self, tolerance_deg).contains(lon, lat)

    def __geo_interface__(self) -> dict:  # pragma: no cover - convenience
        return {
            "type": "Feature",
            "geometry": shapely.geometry.mapping(self.geometry),
            "properties": {"key": self.key, "name": self.name, "name_fr": self.name_fr, "kind": self.kind},
        }


#: Coastal tolerance in degrees (~2 km): a port or a coastal town geocoded just off the
#: 1:10m coastline still falls in its region. Only water is added, never a neighbour's land.
COAST_TOLERANCE_DEG = 0.02
_MATCH_CACHE: dict[tuple[str, int, float], BaseGeometry] = {}


class _CellGrid:
    """A polygon's bounding box cut into cells, each known to lie inside, outside or across the
    outline: points in inside or outside cells are decided by an array lookup, and only those
    in cells the outline crosses are tested against the polygon (exactly the same answer as
    :func:`shapely.contains_xy` on every point, at a fraction of the cost for many points).
    """

    INSIDE, OUTSIDE, EDGE = 1, 0, 2

    def __init__(self, geom: BaseGeometry, *, target_cells: int = 20_000) -> None:
        import numpy as np

        self.geom = geom
        w, s, e, n = geom.bounds
        width, height = max(e - w, 1e-9), max(n - s, 1e-9)
        size = max((width * height / target_cells) ** 0.5, 1e-4)
        self.w, self.s, self.size = w, s, size
        self.nx, self.ny = int(width / size) + 1, int(height / size) + 1
        ix, iy = np.meshgrid(np.arange(self.nx), np.arange(self.ny), indexing="xy")
        x0 = w + ix.ravel() * size
        y0 = s + iy.ravel() * size
        boxes = shapely.box(x0, y0, x0 + size, y0 + size)
        state = np.full(boxes.shape, self.OUTSIDE, dtype=np.int8)
        touched = shapely.intersects(geom, boxes)
        state[touched] = self.EDGE
        # a cell inside the polygon with no boundary in it (closed cells: contains_properly)
        state[touched & shapely.contains_properly(geom, boxes)] = self.INSIDE
        self.state = state.reshape(self.ny, self.nx)

    def contains(self, lon, lat):
        import numpy as np

        lon = np.asarray(lon, dtype="float64")
        lat = np.asarray(lat, dtype="float64")
        fx = np.floor((lon - self.w) / self.size)
        fy = np.floor((lat - self.s) / self.size)
        ok = (fx >= 0) & (fx < self.nx) & (fy >= 0) & (fy < self.ny)  # (False for NaN)
        state = np.full(lon.shape, self.OUTSIDE, dtype=np.int8)
        state[ok] = self.state[fy[ok].astype(np.int64), fx[ok].astype(np.int64)]
        out = state == self.INSIDE
        edge = np.flatnonzero(state == self.EDGE)
        if len(edge):
            out[edge] = shapely.contains_xy(self.geom, lon[edge], lat[edge])
        return out


_CELLS: dict[tuple[str, int, float], _CellGrid] = {}


def _cells(region: Region, tolerance_deg: float = 0.0) -> _CellGrid:
    """The cell grid of a region's containment geometry (built once per region and tolerance)."""
    cache_key = (region.key, id(region.geometry), tolerance_deg)
    grid = _CELLS.get(cache_key)
    if grid is None:
        grid = _CELLS[cache_key] = _CellGrid(_match_geometry(region, tolerance_deg))
    return grid


def _match_geometry(region: Region, tolerance_deg: float = 0.0) -> BaseGeometry:
    """The geometry used for containment: the outline plus its coastal waters (prepared)."""
    cache_key = (region.key, id(region.geometry), tolerance_deg)
    geom = _MATCH_CACHE.get(cache_key)
    if geom is not None:
        return geom
    if tolerance_deg != 0:
        geom = _match_geometry(region).buffer(tolerance_deg, quad_segs=2)
        shapely.prepare(geom)
        _MATCH_CACHE[cache_key] = geom
        return geom
    geom = region.geometry
    if region.kind not in ("bbox", "radius", "frontline_zone", "border_zone"):
        from gazetteer import boundaries

        grown = geom.buffer(COAST_TOLERANCE_DEG, quad_segs=4)
        w, s, e, n = grown.bounds
        land = boundaries.countries()
        land = land[land.intersects(box(w, s, e, n))]
        if len(land):
            clipped = shapely.clip_by_rect(land.geometry.values, w, s, e, n)
            water = grown.difference(shapely.make_valid(shapely.union_all(clipped)))
            geom = shapely.make_valid(shapely.union(geom, water))
    shapely.prepare(geom)
    _MATCH_CACHE[cache_key] = geom
    return geom


# --------------------------------------------------------------------------- names


_PREFIXES = (
    "la region de ",
    "la region d ",
    "region de ",
    "region d ",
    "l oblast de ",
    "l oblast d ",
    "oblast de ",
    "oblast d ",
    "la province de ",
    "province de ",
    "le kraï de ",
    "kraï de ",
    "le krai de ",
    "krai de ",
    "judet de ",
    "judetul ",
    "le judet de ",
    "raion de ",
    "le raion de ",
    "voblast de ",
    "republique de ",
    "la republique de ",
    "la ",
    "le ",
    "les ",
    "l ",
)
_SUFFIXES = (
    " oblast",
    " region",
    " county",
    " krai",
    " raion",
    " district",
    " province",
    " voblast",
    " city",
)


def fold_name(text: str) -> str:
    """Fold a region name for matching: lower case, no accents, punctuation to spaces.

    >>> fold_name("Région de Zaporijjia")
    'region de zaporijjia'
    """
    from unidecode import unidecode

    text = unidecode(text).lower().replace("'", " ").replace("’", " ")
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def _core(folded: str) -> str:
    """A folded name without « région de » prefixes or "Oblast" suffixes."""
    changed = True
    while changed:
        changed = False
        for prefix in _PREFIXES:
            p = fold_name(prefix) + " "
            if folded.startswith(p) and len(folded) > len(p):
                folded = folded[len(p) :]
                changed = True
        for suffix in _SUFFIXES:
            s = " " + fold_name(suffix)
            if folded.endswith(s) and len(folded) > len(s):
                folded = folded[: -len(s)]
                changed = True
    return folded


def _asked_admin1(folded: str) -> bool:
    return any(
        w in folded.split()
        for w in ("region", "oblast", "krai", "judet", "judetul", "county", "raion", "province")
    )


# --------------------------------------------------------------------------- catalogue


@functools.lru_cache(maxsize=1)
def _catalogue() -> tuple[dict[str, Region], dict[str, list[str]], dict[str, list[str]]]:
    """All named regions by key, plus two indexes: full folded name → keys, core name → keys."""
    from gazetteer import boundaries

    regions: dict[str, Region] = {}
    countries = boundaries.countries()
    for row in countries.itertuples(index=False):
        key = f"country:{row.iso2}"
        if key in regions:  # France's overseas islands share FR: keep the first (mainland) row
            continue
        regions[key] = Region(
            key=key,
            name=row.name,
            name_fr=row.name_fr,
            kind="country",
            geometry=row.geometry,
            country=row.iso2,
            aliases=(row.iso2, row.iso3),
        )
    for row in boundaries.admin1().itertuples(index=False):
        aliases = tuple(a for a in (row.alt_names or "").split(";") if a)
        regions[row.id] = Region(
            key=row.id,
            name=row.name,
            name_fr=row.name_fr,
            kind=row.kind,
            geometry=row.geometry,
            country=row.iso2,
            aliases=aliases,
        )
    _add_crimean_peninsula(regions)
    full: dict[str, list[str]] = {}
    core: dict[str, list[str]] = {}
    for key, region in regions.items():
        names = [region.key, region.name, region.name_fr, *region.aliases]
        for name in names:
            folded = fold_name(name)
            if not folded:
                continue
            full.setdefault(folded, [])
            if key not in full[folded]:
                full[folded].append(key)
            c = _core(folded)
            core.setdefault(c, [])
            if key not in core[c]:
                core[c].append(key)
    return regions, full, core


def _add_crimean_peninsula(regions: dict[str, Region]) -> None:
    """« Crimée » in the news is the peninsula: the Autonomous Republic plus Sevastopol.

    Natural Earth has them as two admin-1 units; the plain names (Crimée, Crimea, Krym)
    go to their union, and the republic keeps its full name.
    """
    republic = next(
        (k for k, r in regions.items() if r.country == "UA" and r.name == "Autonomous Republic of Crimea"),
        None,
    )
    city = next((k for k, r in regions.items() if r.country == "UA" and r.name == "Sevastopol"), None)
    if republic is None or city is None:
        return
    rep = regions[republic]
    regions[republic] = replace(
        rep,
        name_fr="République autonome de Crimée",
        aliases=(
            "Autonomous Republic of Crimea",
            "République autonome de Crimée",
            "Republique autonome de Crimee",
        ),
    )
    regions["ua-crimean-peninsula"] = Region(
        key="ua-crimean-peninsula",
        name="Crimea",
        name_fr="Crimée",
        kind="peninsula",
        geometry=shapely.union(rep.geometry, regions[city].geometry),
        country="UA",
        aliases=("Crimean Peninsula", "péninsule de Crimée", "presqu'île de Crimée", "Krym", "Crimee"),
    )


def _rank(region: Region, *, admin1_hint: bool) -> tuple:
    focus = region.country in FOCUS_COUNTRIES
    is_country = region.kind == "country"
    city = region.kind in ("city", "municipality")
    return (
        0 if focus else 1,
        (0 if not is_country else 1) if admin1_hint else (0 if is_country else 1),
        (1 if city else 0) if admin1_hint else 0,
        region.key,
    )


def list_regions(*, kind: str | None = None, country: str | None = None) -> list[Region]:
    """Every named region: countries, admin-1 units and the default Romanian border zone.

    Parameters
    ----------
    kind
        Keep one kind (``country``, ``oblast``, ``county``, ``border_zone``…).
    country
        Keep one country (ISO alpha-2).
    """
    regions, _, _ = _catalogue()
    out = [*regions.values(), romanian_border_zone()]
    if kind is not None:
        out = [r for r in out if r.kind == kind]
    if country is not None:
        out = [r for r in out if r.country == country.upper()]
    return out


_BORDER_NAMES = {
    "romanian border",
    "romanian border region",
    "romanian border zone",
    "romania ukraine border",
    "ukraine romania border",
    "frontiere roumaine",
    "frontiere roumano ukrainienne",
    "frontiere ukraino roumaine",
    "region frontaliere roumaine",
    "zone frontaliere roumaine",
    "border ro ua",
}
_FRONT_NAMES = {"frontline", "front line", "front", "ligne de front", "la ligne de front"}


def get_region(name: str) -> Region:
    """Find a region by name, in French or English, with or without accents.

    Parameters
    ----------
    name
        ``"région de Koursk"``, ``"Kursk Oblast"``, ``"Zaporijjia"``, ``"Roumanie"``, ``"UA"``,
        ``"romanian-border"``, ``"romanian-border:50"``, ``"frontline:20:2024-09-01"``,
        ``"near:Sébastopol:30"``, ``"bbox:28,45,30,46"``.

    Raises
    ------
    RegionError
        For an unknown name; the message lists the closest names.
    """
    if not isinstance(name, str) or not name.strip():
        msg = f"a region name must be a non-empty string, got {name!r}; see `incimap regions list`"
        raise RegionError(msg)
    raw = name.strip()
    head, _, rest = raw.partition(":")
    head_folded = fold_name(head)
    if head_folded in _BORDER_NAMES:
        width = _parse_km(rest, default=DEFAULT_BORDER_WIDTH_KM, what=raw)
        return romanian_border_zone(width_km=width)
    if head_folded in _FRONT_NAMES:
        width_text, _, on = rest.partition(":")
        width = _parse_km(width_text, default=DEFAULT_FRONTLINE_WIDTH_KM, what=raw)
        return frontline_zone(width_km=width, on=on.strip() or "latest")
    if head_folded in ("near", "pres de", "autour de") and rest:
        place, _, km = rest.rpartition(":")
        if not place:
            msg = f"region {raw!r}: write near:PLACE:KM, for example near:Sébastopol:30"
            raise RegionError(msg)
        return radius_region(place, radius_km=_parse_km(km, default=None, what=raw))
    if head_folded == "bbox" and rest:
        return bbox_region(parse_bbox(rest))

    regions, full, core = _catalogue()
    folded = fold_name(raw)
    hint = _asked_admin1(folded)
    keys = full.get(folded) or core.get(_core(folded))
    if keys:
        best = min((regions[k] for k in keys), key=lambda r: _rank(r, admin1_hint=hint))
        logger.debug("region %r → %s", raw, best.key)
        return best
    raise RegionError(_unknown_message(raw, folded, regions, full))


def _unknown_message(raw: str, folded: str, regions: dict[str, Region], full: dict[str, list[str]]) -> str:
    from rapidfuzz import fuzz, process

    choices = list(full)
    hits = process.extract(_core(folded), choices, scorer=fuzz.WRatio, limit=12)
    names: list[str] = []
    for choice, _score, _ in hits:
        region = regions[full[choice][0]]
        label = region.name if region.name_fr == region.name else f"{region.name_fr} / {region.name}"
        if label not in names:
            names.append(label)
        if len(names) == 5:
            break
    suggestion = "; ".join(names)
    return f"unknown region {raw!r}; closest names: {suggestion} (see `incimap regions list`)"


def _parse_km(text: str, *, default: float | None, what: str) -> float:
    text = text.strip().lower().removesuffix("km").strip()
    if not text:
        if default is None:
            msg = f"region {what!r}: a distance in km is required"
            raise RegionError(msg)
        return default
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        msg = f"region {what!r}: {text!r} is not a distance in km"
        raise RegionError(msg) from None
    return check_radius(value)


def check_radius(radius_km: float) -> float:
    """Return ``radius_km`` as a float, or raise :class:`QueryError` unless 0 < r ≤ 20,000."""
    try:
        value = float(radius_km)
    except (TypeError, ValueError):
        msg = f"radius {radius_km!r} is not a number of kilometres"
        raise QueryError(msg) from None
    if not math.isfinite(value) or value <= 0 or value > 20_000:
        msg = f"radius {radius_km!r} km must be greater than 0 and at most 20000"
        raise QueryError(msg)
    return value


# --------------------------------------------------------------------------- metric helpers


def _metric_crs(lat: float, lon: float):
    from pyproj import CRS

    return CRS.from_proj4(f"+proj=aeqd +lat_0={lat:.4f} +lon_0={lon:.4f} +datum=WGS84 +units=m +no_defs")


def _project(geom: BaseGeometry, crs_from, crs_to) -> BaseGeometry:
    from pyproj import Transformer

    tr = Transformer.from_crs(crs_from, crs_to, always_xy=True)
    return shapely.transform(geom, lambda xy: _stack(tr.transform(xy[:, 0], xy[:, 1])))


def _stack(xy):
    import numpy as np

    return np.column_stack(xy)


def geodesic_km(lat0: float, lon0: float, lat, lon):
    """Geodesic distance in km on WGS 84 from ``(lat0, lon0)`` to arrays of ``lat``/``lon``."""
    import numpy as np
    from pyproj import Geod

    lat = np.asarray(lat, dtype="float64")
    lon = np.asarray(lon, dtype="float64")
    _, _, dist = Geod(ellps="WGS84").inv(np.full_like(lon, lon0), np.full_like(lat, lat0), lon, lat)
    return np.asarray(dist) / 1000.0


# --------------------------------------------------------------------------- special zones


@functools.lru_cache(maxsize=16)
def romanian_border_zone(width_km: float = DEFAULT_BORDER_WIDTH_KM) -> Region:
    """The zone within ``width_km`` of the Romania–Ukraine border, on both sides.

    Built from the countries' outlines (Natural Earth 1:10m), not from the shared border line
    (incomplete at that scale): the intersection of both outlines buffered by ``width_km``
    in an azimuthal-equidistant projection centred on the border, minus the land of third
    countries (Moldova's Giurgiulești strip). It covers the northern land border
    (Maramureș, Bukovina) and the Danube: Izmaïl, Reni, Kiliia on the Ukrainian bank;
    Tulcea, Galați, Isaccea on the Romanian one (:data:`DANUBE_PORTS`).

    Parameters
    ----------
    width_km
        Distance from the border on each side, in km (> 0).
    """
    from gazetteer import boundaries

    width = check_radius(width_km)
    countries = boundaries.countries().set_index("iso2")
    ro = countries.loc["RO"].geometry
    ua = countries.loc["UA"].geometry
    wgs84 = "EPSG:4326"
    metric = _metric_crs(46.5, 27.5)
    ro_m = _project(ro, wgs84, metric)
    ua_m = _project(ua, wgs84, metric)
    zone_m = shapely.intersection(ro_m.buffer(width * 1000.0, 32), ua_m.buffer(width * 1000.0, 32))
    zone = shapely.make_valid(_project(zone_m, metric, wgs84))
    # Keep Romanian and Ukrainian land plus the water (Danube, Black Sea): drop third countries.
    w, s, e, n = zone.bounds
    others = countries[~countries.index.isin(["RO", "UA"])]
    others = others[others.intersects(box(w, s, e, n))]
    if len(others):
        zone = zone.difference(shapely.make_valid(shapely.union_all(others.geometry.values)))
    zone = shapely.make_valid(zone)
    label = f"{width:g}"
    return Region(
        key="romanian-border" if width == DEFAULT_BORDER_WIDTH_KM else f"romanian-border:{label}",
        name=f"Romanian border region ({label} km)",
        name_fr=f"région frontalière roumaine ({label} km)",
        kind="border_zone",
        geometry=zone,
        country=None,
        aliases=("romanian-border", "frontière roumaine"),
        ports=DANUBE_PORTS,
    )


def frontline_zone(width_km: float = DEFAULT_FRONTLINE_WIDTH_KM, *, on: date | str = "latest") -> Region:
    """The zone within ``width_km`` of the front line at a date (``geo.frontline``).

    Raises
    ------
    RegionError
        When no front-line data is available.
    """
    width = check_radius(width_km)
    try:
        from geo import frontline as fl
    except ImportError as err:
        msg = "front-line proximity needs the front-line data (geo.frontline is not available in this build)"
        raise RegionError(msg) from err
    if isinstance(on, str) and on != "latest":
        try:
            on = date.fromisoformat(on)
        except ValueError:
            msg = f"front-line date {on!r} is not an ISO date (YYYY-MM-DD) or 'latest'"
            raise QueryError(msg) from None
    line = fl.frontline(on)
    geom = line.line
    if geom is None or geom.is_empty:
        msg = f"the front line of {line.date} has no line geometry"
        raise RegionError(msg)
    c = geom.centroid
    metric = _metric_crs(c.y, c.x)
    zone = _project(_project(geom, "EPSG:4326", metric).buffer(width * 1000.0, 16), metric, "EPSG:4326")
    when = line.date.isoformat() if hasattr(line.date, "isoformat") else str(line.date)
    return Region(
        key=f"frontline:{width:g}:{when}",
        name=f"Within {width:g} km of the front line ({when})",
        name_fr=f"à moins de {width:g} km de la ligne de front ({when})",
        kind="frontline_zone",
        geometry=zone,
    )


def radius_region(
    place: str | None = None,
    *,
    radius_km: float,
    lat: float | None = None,
    lon: float | None = None,
) -> Region:
    """A geodesic disc of ``radius_km`` around a gazetteer place (or explicit ``lat``/``lon``).

    Parameters
    ----------
    place
        A place name resolved with ``Gazetteer.default().lookup`` (best match), or
        ``"lat,lon"``.
    radius_km
        Radius in km (> 0).
    lat, lon
        Centre, instead of ``place``.

    Raises
    ------
    RegionError
        When the place is unknown.
    QueryError
        For a radius ≤ 0.
    """
    radius = check_radius(radius_km)
    label = place
    if lat is None or lon is None:
        if not place or not place.strip():
            msg = "a radius needs a place (--near PLACE) or lat/lon"
            raise QueryError(msg)
        latlon = re.fullmatch(r"\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*", place)
        if latlon:
            lat, lon = float(latlon.group(1)), float(latlon.group(2))
        else:
            lat, lon, label = _resolve_place(place)
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        msg = f"centre ({lat}, {lon}) is not a valid latitude/longitude"
        raise QueryError(msg)
    geom = _geodesic_circle(lat, lon, radius)
    label = label or f"{lat:.4f},{lon:.4f}"
    return Region(
        key=f"near:{label}:{radius:g}",
        name=f"Within {radius:g} km of {label}",
        name_fr=f"à moins de {radius:g} km de {label}",
        kind="radius",
        geometry=geom,
        center=(lat, lon),
        radius_km=radius,
    )


def _resolve_place(place: str) -> tuple[float, float, str]:
    try:
        from gazetteer.db import Gazetteer  # written by the gazetteer issue
    except ImportError as err:
        msg = f"cannot resolve place {place!r}: the gazetteer is not available in this build"
        raise RegionError(msg) from err
    hits = Gazetteer.default().lookup(place, limit=5)
    hits = [h for h in hits if h.lat is not None and h.lon is not None]
    if not hits:
        msg = f"unknown place {place!r} for --near; check the spelling with `incimap gazetteer lookup {place!r}`"
        raise RegionError(msg)
    best = hits[0]
    return float(best.lat), float(best.lon), best.name_fr or best.name


def _geodesic_circle(lat: float, lon: float, radius_km: float, n: int = 128) -> BaseGeometry:
    import numpy as np
    from pyproj import Geod

    az = np.linspace(0.0, 360.0, n, endpoint=False)
    lons, lats, _ = Geod(ellps="WGS84").fwd(
        np.full(n, lon), np.full(n, lat), az, np.full(n, radius_km * 1000.0)
    )
    ring = np.column_stack([lons, lats])
    poly = shapely.Polygon(ring)
    if not poly.is_valid:  # crosses the antimeridian or a pole: fall back to a bbox-clipped hull
        poly = shapely.make_valid(poly)
    # The disc's bbox is widened a little so that boundary points pass the prefilter.
    return poly


def parse_bbox(value: str | Sequence[float]) -> tuple[float, float, float, float]:
    """Parse ``"W,S,E,N"`` (degrees) into a tuple, or raise :class:`QueryError` naming the value.

    >>> parse_bbox("28,45,30,46")
    (28.0, 45.0, 30.0, 46.0)
    """
    parts: Sequence
    if isinstance(value, str):
        parts = [p for p in re.split(r"[,\s;]+", value.strip()) if p]
    else:
        parts = list(value)
    if len(parts) != 4:
        msg = f"bbox {value!r} must be four numbers W,S,E,N (degrees), for example 28,45,30,46"
        raise QueryError(msg)
    try:
        w, s, e, n = (float(p) for p in parts)
    except (TypeError, ValueError):
        msg = f"bbox {value!r} must be four numbers W,S,E,N (degrees), for example 28,45,30,46"
        raise QueryError(msg) from None
    if not all(math.isfinite(x) for x in (w, s, e, n)):
        msg = f"bbox {value!r} has a non-finite number"
        raise QueryError(msg)
    if not (-180 <= w <= 180 and -180 <= e <= 180 and -90 <= s <= 90 and -90 <= n <= 90):
        msg = f"bbox {value!r} is out of range: longitudes in [-180, 180], latitudes in [-90, 90] (order W,S,E,N)"
        raise QueryError(msg)
    if w >= e or s >= n:
        msg = f"bbox {value!r} is empty or inverted: need W < E and S < N (order W,S,E,N)"
        raise QueryError(msg)
    return (w, s, e, n)


def bbox_region(bbox: str | Sequence[float]) -> Region:
    """A bounding-box region (``W,S,E,N`` in degrees)."""
    w, s, e, n = parse_bbox(bbox)
    label = f"{w:g},{s:g},{e:g},{n:g}"
    return Region(
        key=f"bbox:{label}",
        name=f"bbox {label}",
        name_fr=f"bbox {label}",
        kind="bbox",
        geometry=box(w, s, e, n),
    )
