"""Colours, French labels and icons of the incident types and of the other layers.

Every event type of :data:`geo.models.EVENT_TYPES` has one :class:`EventStyle`:
a French label for the legend and the layer control, a colour, and a small
white SVG glyph drawn on a disc of that colour. The glyphs are inline SVG
(24 × 24 view box), so markers look the same with no web font and no network.
"""

from __future__ import annotations

from dataclasses import dataclass

from geo.models import EVENT_TYPES

__all__ = [
    "BORDER_STYLE",
    "BORDER_ZONE_STYLE",
    "COUNTRY_STYLE",
    "EVENT_STYLES",
    "FRONTLINE_STYLE",
    "HELD_STYLE",
    "OBLAST_STYLE",
    "OCCUPIED_STYLE",
    "PRECISION_LABELS",
    "EventStyle",
    "event_style",
    "marker_svg",
]


@dataclass(frozen=True, slots=True)
class EventStyle:
    """How one event type is drawn.

    Attributes
    ----------
    label
        French label shown in the legend, the layer control and popups.
    color
        Fill colour of the marker disc (CSS hex colour).
    glyph
        SVG markup of the white glyph, in a ``0 0 24 24`` view box (our own constant text).
    """

    label: str
    color: str
    glyph: str


_W = 'fill="#fff"'
_S = 'fill="none" stroke="#fff" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"'

#: Style of each event type, in the display order of :data:`geo.models.EVENT_TYPES`.
EVENT_STYLES: dict[str, EventStyle] = {
    # a delta-wing drone
    "drone_strike": EventStyle("Frappe de drone", "#d7301f", f'<path {_W} d="M12 3 21 19 12 15 3 19Z"/>'),
    # a missile: body, nose and fins
    "missile_strike": EventStyle(
        "Frappe de missile",
        "#7a0177",
        f'<path {_W} d="M12 2c2 2 3 4.5 3 7v7l2.5 3H6.5L9 16V9c0-2.5 1-5 3-7Z"/>',
    ),
    # three shells
    "shelling": EventStyle(
        "Bombardement d'artillerie",
        "#e6550d",
        f'<g {_W}><circle cx="6" cy="15" r="3"/><circle cx="12" cy="8" r="3"/><circle cx="18" cy="15" r="3"/></g>',
    ),
    # an eight-pointed burst
    "explosion": EventStyle(
        "Explosion",
        "#fd8d3c",
        f'<path {_W} d="M12 2l2.2 5.6L20 5.5l-2.6 5.3L22 14l-6 .6L15.8 21 12 16.6 8.2 21 8 14.6 2 14l4.6-3.2L4 5.5l5.8 2.1Z"/>',
    ),
    # a lightning bolt
    "sabotage": EventStyle("Sabotage", "#636363", f'<path {_W} d="M13 2 5 13h5l-1 9 8-11h-5Z"/>'),
    # a shield
    "air_defense": EventStyle(
        "Défense antiaérienne", "#2171b5", f'<path {_W} d="M12 2 20 5v6c0 5-3.4 9-8 11-4.6-2-8-6-8-11V5Z"/>'
    ),
    # falling fragments
    "debris": EventStyle(
        "Débris",
        "#6baed6",
        f'<g {_W}><path d="M4 4h6l-2 6Z"/><path d="M14 8h6l-4 5Z"/><path d="M7 14h6l-3 7Z"/></g>',
    ),
    # crossed swords
    "ground_combat": EventStyle(
        "Combats au sol", "#a50f15", f'<path {_S} d="M5 5l14 14M19 5 5 19M4 15l5 5M20 15l-5 5"/>'
    ),
    # rank chevrons
    "troop_deployment": EventStyle(
        "Mouvement de troupes", "#31a354", f'<path {_S} d="M5 12l7-6 7 6M5 19l7-6 7 6"/>'
    ),
    # a flame
    "fire": EventStyle(
        "Incendie",
        "#ff7f00",
        f'<path {_W} d="M12 2c1 4 6 6 6 12a6 6 0 0 1-12 0c0-3 2-5 3-6 0 2 1 3 2 3-1-3 0-6 1-9Z"/>',
    ),
    # two people
    "meeting": EventStyle(
        "Rencontre",
        "#54278f",
        f'<g {_W}><circle cx="8" cy="8" r="3"/><circle cx="16" cy="8" r="3"/><path d="M2 20c0-4 3-6 6-6s6 2 6 6Z"/><path d="M12 20c0-3 1.5-5 4-6 3 0 6 2 6 6Z"/></g>',
    ),
    # an arrow into a crate
    "arms_transfer": EventStyle(
        "Livraison d'armes",
        "#1b7837",
        f'<g {_W}><rect x="3" y="11" width="18" height="10" rx="1"/><path d="M12 1l5 5h-3v4h-4V6H7Z"/></g>',
    ),
    # a dot
    "other": EventStyle("Autre", "#737373", f'<circle {_W} cx="12" cy="12" r="5"/>'),
}

if set(EVENT_STYLES) != set(EVENT_TYPES):  # keep the two tables in step when geo.models changes
    _missing = sorted(set(EVENT_TYPES) - set(EVENT_STYLES))
    raise RuntimeError(f"maps.style has no style for event types {_missing}; add them to EVENT_STYLES")

#: French wording of ACLED's ``geo_precision`` levels.
PRECISION_LABELS: dict[int, str] = {
    1: "1 – la localité nommée",
    2: "2 – à proximité, district ou partie de région",
    3: "3 – région, élément naturel ou centroïde",
}

#: Leaflet path options of the layers that are not incidents.
FRONTLINE_STYLE = {"color": "#b2182b", "weight": 2.5, "opacity": 0.9}
HELD_STYLE = {"color": "#2166ac", "weight": 0, "fillColor": "#4393c3", "fillOpacity": 0.25}
OCCUPIED_STYLE = {"color": "#b2182b", "weight": 0, "fillColor": "#ef6548", "fillOpacity": 0.18}
BORDER_STYLE = {"color": "#08519c", "weight": 3, "opacity": 0.95}
BORDER_ZONE_STYLE = {
    "color": "#2171b5",
    "weight": 1,
    "dashArray": "4 4",
    "fillColor": "#6baed6",
    "fillOpacity": 0.15,
}
OBLAST_STYLE = {"color": "#525252", "weight": 0.8, "opacity": 0.7, "fill": True, "fillOpacity": 0.0}
COUNTRY_STYLE = {"color": "#969696", "weight": 1, "fillColor": "#f7f4ee", "fillOpacity": 1.0}


def event_style(event: str) -> EventStyle:
    """Return the style of an event type, the ``other`` style for an unknown one.

    Examples
    --------
    >>> event_style("drone_strike").label
    'Frappe de drone'
    >>> event_style("no-such-type").label
    'Autre'
    """
    return EVENT_STYLES.get(event, EVENT_STYLES["other"])


def marker_svg(event: str, *, size: int = 26) -> str:
    """Return the SVG markup of the marker of an event type: a coloured disc with its glyph.

    Examples
    --------
    >>> marker_svg("fire").startswith("<svg")
    True
    """
    style = event_style(event)
    return (
        f'<svg width="{size}" height="{size}" viewBox="-3 -3 30 30">'
        f'<circle cx="12" cy="12" r="13.5" fill="{style.color}" stroke="#fff" stroke-width="2"/>'
        f'<g transform="translate(3.6 3.6) scale(0.7)">{style.glyph}</g></svg>'
    )
