"""The layers of the incimap map, each built from plain geometries or GeoDataFrames.

Every function adds one toggleable group to a :class:`folium.Map` and returns it. They
take data, not module names, so that :mod:`maps.build` decides where the data comes
from (``gazetteer.boundaries``, ``geo.regions``, ``geo.frontline``) and tests can call
them with any geometry.
"""

from __future__ import annotations

import html
import logging
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

import folium
import numpy as np
import shapely
from shapely.geometry import mapping
from shapely.geometry.base import BaseGeometry

from maps.data import pack_records
from maps.elements import (
    GeoJsonLayer,
    IncidentData,
    IncidentHeat,
    IncidentReady,
    IncidentTypeLayer,
    LabelLayer,
)
from maps.style import (
    BORDER_STYLE,
    BORDER_ZONE_STYLE,
    COUNTRY_STYLE,
    FRONTLINE_STYLE,
    HELD_STYLE,
    OBLAST_STYLE,
    OCCUPIED_STYLE,
    event_style,
)

__all__ = [
    "BASE_PANE",
    "add_basemap",
    "add_border_layer",
    "add_frontline_layer",
    "add_heat_layer",
    "add_incident_layers",
    "add_oblast_layer",
    "add_panes",
    "feature_collection",
    "finish_incident_layers",
    "layer_label",
]

logger = logging.getLogger(__name__)

BASE_PANE = "incimap-base"
_AREA_PANE = "incimap-areas"
_LINE_PANE = "incimap-lines"
_LABEL_PANE = "incimap-labels"


def add_panes(m: folium.Map) -> None:
    """Add the panes that keep the layers in order whatever the user toggles.

    Basemap (250, under every overlay), areas (410), lines (420), labels (450); markers stay in
    Leaflet's marker pane (600).
    """
    folium.map.CustomPane(BASE_PANE, z_index=250, pointer_events=False).add_to(m)
    folium.map.CustomPane(_AREA_PANE, z_index=410, pointer_events=True).add_to(m)
    folium.map.CustomPane(_LINE_PANE, z_index=420, pointer_events=True).add_to(m)
    folium.map.CustomPane(_LABEL_PANE, z_index=450, pointer_events=False).add_to(m)


def _round(geom: BaseGeometry, digits: int) -> BaseGeometry:
    return shapely.transform(geom, lambda xy: np.round(xy, digits))


def feature_collection(
    items: Iterable[tuple[BaseGeometry | None, dict[str, Any]]],
    *,
    tolerance: float = 0.0,
    digits: int = 4,
) -> dict[str, Any]:
    """Return a GeoJSON FeatureCollection of ``(geometry, properties)`` pairs, simplified and rounded.

    Parameters
    ----------
    items
        Geometries in EPSG:4326 (``x=lon``, ``y=lat``) with their properties; empty or
        ``None`` geometries are left out.
    tolerance
        Douglas–Peucker tolerance in degrees (topology preserved); 0 keeps every vertex.
    digits
        Decimals kept in coordinates (4 ≈ 11 m).

    Examples
    --------
    >>> from shapely.geometry import Point
    >>> feature_collection([(Point(30.123456, 50.5), {"n": 1})])["features"][0]["geometry"]
    {'type': 'Point', 'coordinates': (30.1235, 50.5)}
    """
    features = []
    for geom, props in items:
        if geom is None or geom.is_empty:
            continue
        if tolerance:
            geom = shapely.simplify(geom, tolerance, preserve_topology=True)
        geom = _round(geom, digits)
        if geom.is_empty:
            continue
        features.append({"type": "Feature", "properties": props, "geometry": mapping(geom)})
    return {"type": "FeatureCollection", "features": features}


def layer_label(text: str, *, color: str | None = None, count: int | None = None, line: bool = False) -> str:
    """Return the layer-control label: an escaped text, a colour swatch and a count.

    Leaflet's layer control shows names as HTML, so the text is escaped here.

    Examples
    --------
    >>> layer_label("Incendie", color="#ff7f00", count=3)
    '<span class="incimap-swatch" style="background:#ff7f00"></span>Incendie <small>(3)</small>'
    """
    swatch = ""
    if color:
        cls = "incimap-swatch incimap-swatch-line" if line else "incimap-swatch"
        swatch = f'<span class="{cls}" style="background:{html.escape(color)}"></span>'
    suffix = f" <small>({count})</small>" if count is not None else ""
    return f"{swatch}{html.escape(text)}{suffix}"


def add_incident_layers(
    m: folium.Map,
    records: list[dict[str, Any]],
    *,
    mode: str = "markers",
    cluster_px: int = 45,
    drop_offscreen: bool = True,
    hidden_types: Sequence[str] = (),
) -> IncidentData:
    """Add the incidents: one toggleable layer per event type present, optionally clustered.

    Parameters
    ----------
    m
        The map.
    records
        Records of :func:`maps.data.incident_records`.
    mode
        ``markers`` (one icon each), ``cluster`` (icons in one cluster group shared by every
        type layer) or ``canvas`` (coloured circles on a canvas, for very many incidents).
    cluster_px
        ``cluster`` mode: markers closer than this many screen pixels form a cluster (a
        small radius groups only overlapping markers).
    drop_offscreen
        ``cluster`` mode: leave markers outside the view out of the page (fast with many).
    hidden_types
        Event types whose layer starts unticked.

    Returns
    -------
    IncidentData
        The element holding the packed incidents (its JS name is the incident API). Add
        :class:`maps.elements.IncidentReady` after the last incident layer (see
        :func:`finish_incident_layers`).
    """
    packed = pack_records(records)
    data = IncidentData(packed, mode=mode, cluster_px=cluster_px, drop_offscreen=drop_offscreen)
    data.add_to(m)
    counts = Counter(r["event"] for r in records)
    for event in packed["types"]:
        style = event_style(event)
        name = layer_label(style.label, color=style.color, count=counts[event])
        IncidentTypeLayer(data, event=event, name=name, show=event not in hidden_types).add_to(m)
    return data


def finish_incident_layers(m: folium.Map, data: IncidentData) -> None:
    """Add the script that reads the incidents and fills their layers (after every incident layer)."""
    IncidentReady(data).add_to(m)


def add_heat_layer(m: folium.Map, data: IncidentData, *, show: bool = False) -> IncidentHeat:
    """Add a heat layer of the incidents already on the map (``data`` from :func:`add_incident_layers`).

    It starts unticked unless ``show``.
    """
    layer = IncidentHeat(data, name=layer_label("Carte de chaleur des incidents"), show=show)
    layer.add_to(m)
    return layer


def add_frontline_layer(
    m: folium.Map,
    *,
    on: date,
    line: BaseGeometry | None,
    occupied: BaseGeometry | None,
    held: BaseGeometry | None = None,
    source: str | None = None,
    show: bool = True,
    tolerance: float = 0.002,
) -> folium.FeatureGroup:
    """Add the front line of one date and the occupied area as one toggleable layer.

    Parameters
    ----------
    on
        Date of the front line (shown in the layer name).
    line
        The front line (LineString or MultiLineString, EPSG:4326).
    occupied
        The occupied area (Polygon or MultiPolygon), or ``None``.
    held
        Territory held by Ukraine outside Ukraine (the Kursk salient), or ``None``.
    source
        Where the line comes from (tooltip).
    show
        Whether the layer is ticked on opening.
    tolerance
        Simplification tolerance in degrees.
    """
    day = on.isoformat()
    group = folium.FeatureGroup(
        name=layer_label(f"Ligne de front – {day}", color=FRONTLINE_STYLE["color"], line=True),
        overlay=True,
        control=True,
        show=show,
    )
    suffix = f" (source : {source})" if source else ""
    if occupied is not None and not occupied.is_empty:
        GeoJsonLayer(
            feature_collection([(occupied, {"date": day})], tolerance=tolerance),
            style=OCCUPIED_STYLE,
            tooltip_text=f"Zone occupée au {day}{suffix}",
            pane=_AREA_PANE,
        ).add_to(group)
    if held is not None and not held.is_empty:
        GeoJsonLayer(
            feature_collection([(held, {"date": day})], tolerance=tolerance),
            style=HELD_STYLE,
            tooltip_text=f"Zone tenue par l'Ukraine en Russie au {day}{suffix}",
            pane=_AREA_PANE,
        ).add_to(group)
    if line is not None and not line.is_empty:
        GeoJsonLayer(
            feature_collection([(line, {"date": day})], tolerance=tolerance),
            style=FRONTLINE_STYLE,
            tooltip_text=f"Ligne de front au {day}{suffix}",
            pane=_LINE_PANE,
        ).add_to(group)
    group.add_to(m)
    return group


def add_border_layer(
    m: folium.Map,
    *,
    zone: BaseGeometry,
    border: BaseGeometry | None,
    ports: Iterable[tuple[str, float, float]],
    width_km: float,
    show: bool = True,
) -> folium.FeatureGroup:
    """Add the Romanian border region: the zone on both sides, the Romania–Ukraine border, the Danube ports.

    Parameters
    ----------
    zone
        The zone within ``width_km`` of the border (Polygon/MultiPolygon, EPSG:4326).
    border
        The Romania–Ukraine border line, or ``None``.
    ports
        ``(name, lat, lon)`` of the ports, labelled on the map.
    width_km
        Width of the zone, shown in the layer name.
    """
    width = f"{width_km:g}"
    group = folium.FeatureGroup(
        name=layer_label(f"Frontière roumaine (zone ±{width} km)", color=BORDER_STYLE["color"], line=True),
        overlay=True,
        control=True,
        show=show,
    )
    GeoJsonLayer(
        feature_collection([(zone, {})], tolerance=0.002),
        style=BORDER_ZONE_STYLE,
        tooltip_text=f"Région frontalière Roumanie–Ukraine : {width} km de part et d'autre de la frontière",
        pane=_AREA_PANE,
    ).add_to(group)
    if border is not None and not border.is_empty:
        GeoJsonLayer(
            feature_collection([(border, {})], tolerance=0.001),
            style=BORDER_STYLE,
            tooltip_text="Frontière Roumanie–Ukraine",
            pane=_LINE_PANE,
        ).add_to(group)
    ports = list(ports)
    if ports:
        GeoJsonLayer(
            feature_collection(
                [(shapely.Point(lon, lat), {"name": f"Port de {name}"}) for name, lat, lon in ports]
            ),
            style={"color": "#08306b", "weight": 2, "fillColor": "#fff", "fillOpacity": 1},
            tooltip_property="name",
            pane=_LINE_PANE,
            point_radius=5,
        ).add_to(group)
        LabelLayer(
            [(name, lat, lon) for name, lat, lon in ports],
            map_name=m.get_name(),
            css_class="incimap-label incimap-port-label",
            pane=_LABEL_PANE,
            min_zoom=8,  # six ports within 60 km: names from zoom 8 on, tooltips always
        ).add_to(group)
    group.add_to(m)
    return group


def _short_admin1(name: str) -> str:
    for prefix in (
        "oblast de ",
        "oblast d'",
        "oblast d’",
        "région de ",
        "région d'",
        "județ de ",
        "kraï de ",
    ):
        if name.lower().startswith(prefix):
            return name[len(prefix) :]
    return name


def add_oblast_layer(
    m: folium.Map,
    admin1: Any,
    *,
    show: bool = True,
    tolerance: float = 0.01,
    label_zoom: int = 6,
    min_label_area: float = 0.3,
) -> folium.FeatureGroup:
    """Add admin-1 outlines (oblasts, județe…) with their French names (tooltip and labels).

    Parameters
    ----------
    admin1
        GeoDataFrame with ``name_fr`` (falls back to ``name``) and polygon geometries, EPSG:4326.
    label_zoom
        Labels appear from this zoom level on; the tooltip works at every zoom.
    min_label_area
        Units smaller than this (square degrees; Moldovan raions) get a tooltip but no label.
    """
    group = folium.FeatureGroup(
        name=layer_label("Oblasts et régions (noms français)", color=OBLAST_STYLE["color"], line=True),
        overlay=True,
        control=True,
        show=show,
    )
    items = []
    labels = []
    for row in admin1.itertuples(index=False):
        name = getattr(row, "name_fr", None) or getattr(row, "name", None) or ""
        items.append((row.geometry, {"name": name}))
        if row.geometry is not None and not row.geometry.is_empty and row.geometry.area >= min_label_area:
            point = row.geometry.representative_point()
            labels.append((_short_admin1(name), point.y, point.x))
    GeoJsonLayer(
        feature_collection(items, tolerance=tolerance),
        style=OBLAST_STYLE,
        tooltip_property="name",
        interactive=True,
    ).add_to(group)
    LabelLayer(
        labels,
        map_name=m.get_name(),
        css_class="incimap-label incimap-admin1-label",
        min_zoom=label_zoom,
        pane=_LABEL_PANE,
    ).add_to(group)
    group.add_to(m)
    return group


def add_basemap(
    m: folium.Map,
    countries: Any,
    *,
    bbox: tuple[float, float, float, float],
    name: str = "Fond vectoriel (hors ligne)",
) -> folium.FeatureGroup:
    """Add a vector basemap (country outlines and French names), readable with no tiles.

    It is a base layer (a radio button in the layer control), drawn in its own pane under
    every overlay.

    Parameters
    ----------
    countries
        GeoDataFrame with ``name_fr`` (or ``name``) and country polygons, EPSG:4326.
    bbox
        ``(west, south, east, north)``: countries are clipped to it.
    """
    west, south, east, north = bbox
    group = folium.FeatureGroup(name=layer_label(name), overlay=False, control=True, show=True)
    items = []
    labels = []
    for row in countries.itertuples(index=False):
        geom = row.geometry
        if geom is None or geom.is_empty or not geom.intersects(shapely.box(west, south, east, north)):
            continue
        clipped = shapely.clip_by_rect(geom, west, south, east, north)
        if clipped.is_empty:
            continue
        items.append((clipped, {}))
        if clipped.area > 1.5:  # square degrees: label the larger countries only
            point = clipped.representative_point()
            labels.append(((getattr(row, "name_fr", None) or row.name).upper(), point.y, point.x))
    GeoJsonLayer(
        feature_collection(items, tolerance=0.02, digits=3),
        style=COUNTRY_STYLE,
        pane=BASE_PANE,
        interactive=False,
    ).add_to(group)
    LabelLayer(
        labels, map_name=m.get_name(), css_class="incimap-label incimap-country-label", pane=BASE_PANE
    ).add_to(group)
    group.add_to(m)
    return group
