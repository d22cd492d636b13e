"""``build_map``: the layered incident map, and ``save_map``.

The data of the reference layers comes from the other packages, imported when the map
is built: oblast and country outlines from :mod:`gazetteer.boundaries`, the Romanian
border zone and the Danube ports from :mod:`geo.regions`, front lines from
:mod:`geo.frontline`. A layer whose data is not available (boundaries not built, no
front line imported) is left out with a warning in the log and a note in the summary box.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any, Literal

import folium
import folium.plugins
import shapely

from geo.errors import FrontlineError, IncimapError
from maps import layers as L
from maps.controls import add_legend, add_page_css, add_summary
from maps.data import incident_records, records_bounds
from maps.errors import MapError
from maps.offline import drop_unused_assets, external_asset_urls, inline_assets

__all__ = ["DEFAULT_BOUNDS", "build_map", "save_map"]

logger = logging.getLogger(__name__)

#: ``[[south, west], [north, east]]`` shown when there is no incident: Ukraine, Romania, Moldova.
DEFAULT_BOUNDS = [[43.6, 20.2], [52.5, 40.3]]
#: (west, south, east, north): the theatre the map opens on when incidents lie in it.
FOCUS_BOX = (12.0, 40.0, 50.0, 60.0)
#: Countries whose admin-1 units are drawn.
ADMIN1_COUNTRIES = ("UA", "RU", "RO", "MD", "BY")
#: Below this many incidents, ``display='auto'`` groups only markers that overlap (within
#: :data:`OVERLAP_PX` pixels; a click spreads them out); from it on, markers are clustered.
CLUSTER_FROM = 200
#: Clustering radius, in screen pixels, of a map with fewer than :data:`CLUSTER_FROM` incidents.
OVERLAP_PX = 14
#: Clustering radius, in screen pixels, from :data:`CLUSTER_FROM` incidents on.
CLUSTER_PX = 45
#: From this many incidents on, incidents are drawn as circles on a canvas (``display='auto'``):
#: Leaflet.markercluster needs several seconds to cluster 100,000 markers.
CANVAS_FROM = 20_000


def _from_store(incidents: Any) -> Any:
    """Every incident of a :class:`geo.store.Store` (or of a ``.gpkg`` store path) as a GeoDataFrame."""
    from geo.store import Store

    if isinstance(incidents, Store):
        return incidents.query()
    if isinstance(incidents, str | Path) and str(incidents).lower().endswith(".gpkg"):
        from geo.store import open_store

        if not Path(incidents).is_file():
            msg = f"{incidents}: no such incident store; create it with `incimap ingest FILE... --db {incidents}`"
            raise MapError(msg)
        with open_store(incidents, create=False) as store:
            return store.query()
    return incidents


def _focus_bounds(records: list[dict[str, Any]]) -> list[list[float]] | None:
    """Bounds of the incidents in :data:`FOCUS_BOX` (all incidents when none is there).

    A summit in the Russian Far East should not zoom the whole map out to Asia; it stays
    on the map, one zoom-out away.
    """
    west, south, east, north = FOCUS_BOX
    inside = [r for r in records if south <= r["lat"] <= north and west <= r["lon"] <= east]
    return records_bounds(inside or records)


def _view_bbox(bounds: list[list[float]] | None, margin: float) -> tuple[float, float, float, float]:
    """(west, south, east, north) covering the default view and the incidents, plus a margin in degrees."""
    (s, w), (n, e) = DEFAULT_BOUNDS
    if bounds:
        s, w = min(s, bounds[0][0]), min(w, bounds[0][1])
        n, e = max(n, bounds[1][0]), max(e, bounds[1][1])
    return (max(w - margin, -180.0), max(s - margin, -85.0), min(e + margin, 180.0), min(n + margin, 85.0))


def _latest_incident_date(records: list[dict[str, Any]]) -> date | None:
    days = []
    for r in records:
        try:
            days.append(date.fromisoformat(r["date"][:10]))
        except (TypeError, ValueError):
            continue
    return max(days) if days else None


def _add_frontlines(
    m: folium.Map, frontline: date | str | None, records: list[dict[str, Any]], notes: list[str]
) -> str | None:
    """Add one layer per available front line; return the date shown by default."""
    if frontline is None or (isinstance(frontline, str) and frontline.lower() == "none"):
        return None
    try:
        from geo import frontline as fl
    except ImportError as err:  # pragma: no cover - geo.frontline ships with incimap
        logger.warning("front lines not drawn: %s", err)
        notes.append("Lignes de front indisponibles")
        return None
    dates = sorted(fl.available_dates())
    if isinstance(frontline, str) and frontline.lower() == "latest":
        if not dates:
            logger.warning(
                "no front line available; import one with `incimap frontline import FILE --date DATE`"
            )
            notes.append("Aucune ligne de front importée")
            return None
        target = _latest_incident_date(records)
        default = (
            dates[-1]
            if target is None
            else min(dates, key=lambda d: (abs((d - target).days), -d.toordinal()))
        )
    else:
        default = fl.frontline(
            fl.parse_date(frontline, what="front-line date")
        ).date  # FrontlineError if none
        dates = sorted(set(dates) | {default})
    drawn = None
    for day in dates:
        try:
            line = fl.frontline(day)
        except (FrontlineError, ImportError) as err:
            logger.warning("front line of %s not drawn: %s", day, err)
            notes.append(f"Ligne de front du {day} indisponible")
            continue
        L.add_frontline_layer(
            m,
            on=line.date,
            line=line.line,
            occupied=line.occupied,
            held=getattr(line, "held", None),
            source=line.source,
            show=day == default,
        )
        if day == default:
            drawn = default.isoformat()
    return drawn


def _border_line(countries: Any, *, tolerance_deg: float = 0.02) -> Any:
    """The Romania–Ukraine border: Romania's outline where it runs along Ukraine's."""
    by_iso = countries.set_index("iso2")
    ro, ua = by_iso.loc["RO"].geometry, by_iso.loc["UA"].geometry
    line = shapely.intersection(ro.boundary, ua.buffer(tolerance_deg))
    return shapely.line_merge(line) if not line.is_empty else None


def _add_border(m: folium.Map, width_km: float | None, notes: list[str]) -> bool:
    if width_km is None:
        return False
    try:
        from gazetteer import boundaries
        from geo.regions import DANUBE_PORTS, romanian_border_zone

        region = romanian_border_zone(width_km)
        border = _border_line(boundaries.countries())
    except (ImportError, IncimapError, OSError, KeyError) as err:
        logger.warning("Romanian border region not drawn: %s", err)
        notes.append("Région frontalière roumaine indisponible")
        return False
    except Exception as err:  # gazetteer errors (boundaries not built) are not IncimapError
        if type(err).__module__.startswith("gazetteer"):
            logger.warning("Romanian border region not drawn: %s", err)
            notes.append("Région frontalière roumaine indisponible")
            return False
        raise
    ports = [(p.name_fr, p.lat, p.lon) for p in (region.ports or DANUBE_PORTS)]
    L.add_border_layer(m, zone=region.geometry, border=border, ports=ports, width_km=width_km)
    return True


def _boundaries(notes: list[str]) -> Any:
    try:
        from gazetteer import boundaries

        return boundaries
    except ImportError as err:  # pragma: no cover - ships with incimap
        logger.warning("boundaries not drawn: %s", err)
        notes.append("Limites administratives indisponibles")
        return None


def _add_admin_layers(
    m: folium.Map,
    bounds: list[list[float]] | None,
    focus: list[list[float]] | None,
    *,
    oblasts: bool,
    basemap: bool,
    notes: list[str],
) -> bool:
    boundaries = _boundaries(notes)
    if boundaries is None:
        return False
    box = shapely.box(*_view_bbox(focus, 4.0))
    drawn = False
    try:
        if basemap:
            L.add_basemap(m, boundaries.countries(), bbox=_view_bbox(bounds, 25.0))
        if oblasts:
            admin1 = boundaries.admin1(ADMIN1_COUNTRIES)
            admin1 = admin1[admin1.intersects(box)]
            L.add_oblast_layer(m, admin1)
            drawn = True
    except Exception as err:
        if type(err).__module__.startswith("gazetteer") or isinstance(err, OSError):
            logger.warning("country/oblast outlines not drawn: %s", err)
            notes.append("Limites administratives indisponibles (lancer `incimap gazetteer build`)")
            return drawn
        raise
    return drawn


def build_map(
    incidents: Any,
    *,
    frontline: date | str | None = "latest",
    border_zone_km: float | None = 30,
    offline: bool = True,
    title: str | None = None,
    filters: Mapping[str, Any] | None = None,
    heat: bool = True,
    display: Literal["auto", "markers", "cluster", "canvas"] = "auto",
    oblasts: bool = True,
    basemap: bool = True,
) -> folium.Map:
    """Build the layered incident map.

    Parameters
    ----------
    incidents
        A GeoDataFrame (the columns of the GeoJSON contract), a GeoJSON FeatureCollection
        (dict or path), a list of :class:`geo.models.Incident`, or an incident store
        (:class:`geo.store.Store`, or the path of a ``.gpkg`` store): all its incidents.
    frontline
        ``"latest"``: one layer per available front line, the one nearest the latest
        incident ticked (the latest line when no incident has a date); a date (or
        ``YYYY-MM-DD``): the front line on or before it ticked; ``None`` or ``"none"``: no
        front line.
    border_zone_km
        Width of the Romanian border region on each side of the border; ``None``: not drawn.
    offline
        One self-contained page: every script and style inlined from installed packages,
        no tiles, the vector basemap only. Otherwise OpenStreetMap and CartoDB tiles are
        offered (the vector basemap stays as a choice) and assets load from CDNs.
    title
        Title of the page and of the summary box.
    filters
        The query filters that selected the incidents, shown in the summary box.
    heat
        Add a heat layer of the incidents (unticked on opening).
    display
        ``markers``: one icon per incident; ``cluster``: icons clustered
        (Leaflet.markercluster, each type a sub-group); ``canvas``: coloured circles drawn
        on one canvas, for very many incidents. ``auto``: below :data:`CLUSTER_FROM`
        incidents, icons of which only overlapping ones are grouped (a click spreads them);
        clusters below :data:`CANVAS_FROM`; canvas beyond.
        Every mode keeps one toggleable layer per type, popups and tooltips.
    oblasts
        Draw admin-1 outlines with French names.
    basemap
        Add the vector basemap of country outlines (always on when ``offline``).

    Returns
    -------
    folium.Map
        Save it with :func:`save_map`.

    Raises
    ------
    MapError
        Unreadable incidents or a bad option value.
    FrontlineError
        ``frontline`` is a date with no front line on or before it.
    """
    if border_zone_km is not None and not (0 < float(border_zone_km) <= 500):
        msg = f"border zone width must be between 0 and 500 km, got {border_zone_km!r}"
        raise MapError(msg)
    records = incident_records(_from_store(incidents))
    bounds = records_bounds(records)
    focus = _focus_bounds(records)
    mode = display
    radius = CLUSTER_PX
    if display == "auto":
        n = len(records)
        mode = "canvas" if n >= CANVAS_FROM else "cluster"
        radius = CLUSTER_PX if n >= CLUSTER_FROM else OVERLAP_PX
    elif display not in ("markers", "cluster", "canvas"):
        msg = f"display must be auto, markers, cluster or canvas, got {display!r}"
        raise MapError(msg)
    logger.info("map of %d incidents (%s, offline=%s)", len(records), mode, offline)

    # Leaflet needs maxZoom on the map itself when no tile layer sets it (marker clustering reads it).
    m = folium.Map(
        location=[48.4, 31.2],
        zoom_start=6,
        tiles=None,
        control_scale=True,
        zoom_control=True,
        maxZoom=18,
        minZoom=4,
    )
    page_title = title or "incimap – carte des incidents"
    m.get_root().title = html.escape(page_title)
    add_page_css(m)
    L.add_panes(m)
    notes: list[str] = []
    if not offline:
        folium.TileLayer("OpenStreetMap", name="OpenStreetMap", control=True).add_to(m)
        folium.TileLayer(
            "https://{s}.basemaps.cartocdn.com/light_all/{z}/{x}/{y}{r}.png",
            name="CartoDB Positron",
            attr="&copy; OpenStreetMap contributors &copy; CARTO",
            subdomains="abcd",
            max_zoom=19,
            control=True,
        ).add_to(m)
    has_oblasts = _add_admin_layers(
        m, bounds, focus, oblasts=oblasts, basemap=basemap or offline, notes=notes
    )
    has_border = _add_border(m, None if border_zone_km is None else float(border_zone_km), notes)
    front_day = _add_frontlines(m, frontline, records, notes)
    data = L.add_incident_layers(
        m, records, mode=mode, cluster_px=radius, drop_offscreen=radius == CLUSTER_PX
    )
    if heat and records:
        L.add_heat_layer(m, data)
    L.finish_incident_layers(m, data)

    folium.plugins.Fullscreen(
        position="topleft", title="Plein écran", title_cancel="Quitter le plein écran"
    ).add_to(m)
    if mode == "canvas":
        notes.append(f"{len(records)} incidents : affichés en points colorés (zoomer pour les séparer)")
    add_summary(m, records, title=page_title, filters=filters, frontline=front_day, notes=notes)
    add_legend(
        m, records, layers={"frontline": front_day is not None, "border": has_border, "oblasts": has_oblasts}
    )
    folium.LayerControl(position="topright", collapsed=False).add_to(m)
    if focus:
        (s, w), (n, e) = focus
        pad = 0.3
        m.fit_bounds([[s - pad, w - pad], [n + pad, e + pad]], max_zoom=10)
    else:
        m.fit_bounds(DEFAULT_BOUNDS)

    if offline:
        inline_assets(m)
    else:
        drop_unused_assets(m.get_root())
    m.incimap_offline = offline  # read by save_map
    return m


def save_map(m: folium.Map, path: str | Path) -> Path:
    """Write the map as one HTML file and return its path.

    For a map built with ``offline=True``, checks that the page loads nothing from outside
    (no ``<script src>`` or ``<link href>`` URL).

    Raises
    ------
    MapError
        The file cannot be written, or an offline map would still load an external asset.
    """
    path = Path(path)
    page = m.get_root().render()
    if getattr(m, "incimap_offline", False):
        external = external_asset_urls(page)
        if external:
            msg = f"the offline map would still load {', '.join(external[:3])}; add only incimap layers after build_map"
            raise MapError(msg)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page, encoding="utf-8")
    except OSError as err:
        msg = f"cannot write the map to {path}: {err.strerror or err}; choose another -o path"
        raise MapError(msg) from err
    logger.info("map written to %s (%.1f MB)", path, path.stat().st_size / 1e6)
    return path
