"""The map's boxes: the summary (incidents, dates, filters) and the legend, plus the page CSS.

The boxes are HTML built here; every value that comes from data or from the user
(filters, title, dates) goes through :func:`html.escape`.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Mapping
from typing import Any

import folium
from branca.element import Element

from maps.elements import HtmlControl
from maps.style import (
    BORDER_STYLE,
    BORDER_ZONE_STYLE,
    FRONTLINE_STYLE,
    HELD_STYLE,
    OBLAST_STYLE,
    OCCUPIED_STYLE,
    event_style,
    marker_svg,
)

__all__ = ["PAGE_CSS", "add_legend", "add_page_css", "add_summary", "legend_html", "summary_html"]

#: Styles of the boxes, labels and swatches (our own constant text).
PAGE_CSS = """
<style>
.folium-map.leaflet-container { background: #b8d4e8; }
.incimap-control { background: rgba(255,255,255,.94); padding: 8px 10px; border-radius: 6px;
  box-shadow: 0 1px 5px rgba(0,0,0,.35); font: 12px/1.4 system-ui, sans-serif; color: #222; max-width: 300px; }
.incimap-control h1 { font-size: 15px; margin: 0 0 4px; }
.incimap-control h2 { font-size: 12px; margin: 6px 0 2px; text-transform: uppercase; color: #555; letter-spacing: .04em; }
.incimap-control ul { list-style: none; margin: 0; padding: 0; }
.incimap-control li { margin: 1px 0; white-space: nowrap; }
.incimap-control dl { margin: 0; display: grid; grid-template-columns: auto 1fr; column-gap: 8px; }
.incimap-control dt { color: #555; }
.incimap-control dd { margin: 0; }
.incimap-legend svg { vertical-align: middle; margin-right: 4px; }
.incimap-legend-line { display: inline-block; width: 18px; height: 0; border-top: 3px solid; vertical-align: middle; margin: 0 7px 0 2px; }
.incimap-legend-area { display: inline-block; width: 16px; height: 11px; vertical-align: middle; margin: 0 6px 0 2px; }
.incimap-swatch { display: inline-block; width: 11px; height: 11px; border-radius: 50%; margin-right: 5px;
  vertical-align: -1px; border: 1px solid rgba(0,0,0,.25); }
.incimap-swatch-line { border-radius: 0; height: 3px; vertical-align: 3px; border: 0; }
.incimap-label span { white-space: nowrap; font: 11px/1.1 system-ui, sans-serif; color: #333;
  text-shadow: 0 0 2px #fff, 0 0 2px #fff, 0 0 3px #fff; position: relative; left: -50%; }
.incimap-country-label span { font-size: 12px; letter-spacing: .12em; color: #7b7b7b; }
.incimap-admin1-label span { color: #555; font-style: italic; }
.incimap-port-label span { left: 8px; top: -7px; font-weight: 600; color: #08306b; }
.leaflet-control-layers-list { max-height: 60vh; overflow-y: auto; }
</style>
"""


def add_page_css(m: folium.Map) -> None:
    """Add :data:`PAGE_CSS` to the page header."""
    m.get_root().header.add_child(Element(PAGE_CSS), name="incimap_css")


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def summary_html(
    records: list[dict[str, Any]],
    *,
    title: str | None = None,
    filters: Mapping[str, Any] | None = None,
    frontline: str | None = None,
    notes: list[str] | None = None,
) -> str:
    """Return the summary box: title, number of incidents, date range, filters used, front-line date.

    Examples
    --------
    >>> html_ = summary_html([], title="<b>x</b>", filters={"region": "Odessa"})
    >>> "&lt;b&gt;x&lt;/b&gt;" in html_ and "0 incident" in html_
    True
    """
    dates = sorted(r["date"] for r in records if r.get("date"))
    n = len(records)
    rows = [("Incidents", f"{n} incident{'s' if n > 1 else ''}")]
    if dates:
        rows.append(("Période", dates[0] if dates[0] == dates[-1] else f"du {dates[0]} au {dates[-1]}"))
    used = {k: v for k, v in (filters or {}).items() if v not in (None, "", (), [])}
    if used:
        rows.append(
            (
                "Filtres",
                "; ".join(
                    f"{k} = {', '.join(map(str, v)) if isinstance(v, list | tuple) else v}"
                    for k, v in used.items()
                ),
            )
        )
    else:
        rows.append(("Filtres", "aucun"))
    if frontline:
        rows.append(("Front", frontline))
    body = "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in rows)
    head = f"<h1>{_e(title)}</h1>" if title else ""
    extra = "".join(f"<div><small>{_e(note)}</small></div>" for note in notes or [])
    return f'{head}<dl class="incimap-summary-list">{body}</dl>{extra}'


def legend_html(records: list[dict[str, Any]], *, layers: Mapping[str, bool] | None = None) -> str:
    """Return the legend: one entry per event type present (icon, French label, count) and the other layers.

    Parameters
    ----------
    layers
        Which other layers are on the map: keys ``frontline``, ``border``, ``oblasts``.
    """
    counts = Counter(r["event"] for r in records)
    from geo.models import EVENT_TYPES

    items = []
    for event in EVENT_TYPES:
        if counts[event]:
            style = event_style(event)
            items.append(f"<li>{marker_svg(event, size=18)}{_e(style.label)} ({counts[event]})</li>")
    if not items:
        items.append("<li><em>aucun incident</em></li>")
    other = []
    layers = layers or {}
    if layers.get("frontline"):
        other.append(
            f'<li><span class="incimap-legend-line" style="border-color:{FRONTLINE_STYLE["color"]}"></span>Ligne de front</li>'
        )
        other.append(
            f'<li><span class="incimap-legend-area" style="background:{OCCUPIED_STYLE["fillColor"]};opacity:.5"></span>Zone occupée</li>'
        )
        other.append(
            f'<li><span class="incimap-legend-area" style="background:{HELD_STYLE["fillColor"]};opacity:.5"></span>Tenue par l\'Ukraine en Russie</li>'
        )
    if layers.get("border"):
        other.append(
            f'<li><span class="incimap-legend-line" style="border-color:{BORDER_STYLE["color"]}"></span>Frontière Roumanie–Ukraine</li>'
        )
        other.append(
            f'<li><span class="incimap-legend-area" style="background:{BORDER_ZONE_STYLE["fillColor"]};opacity:.5"></span>Région frontalière</li>'
        )
    if layers.get("oblasts"):
        other.append(
            f'<li><span class="incimap-legend-line" style="border-top-width:1px;border-color:{OBLAST_STYLE["color"]}"></span>Limite d\'oblast</li>'
        )
    legend = f"<h2>Incidents</h2><ul>{''.join(items)}</ul>"
    if other:
        legend += f"<h2>Repères</h2><ul>{''.join(other)}</ul>"
    legend += "<div><small>Marqueur pâle : lieu approximatif (précision 2–3)</small></div>"
    return legend


def add_summary(m: folium.Map, records: list[dict[str, Any]], **kwargs: Any) -> HtmlControl:
    """Add the summary box (top left); keyword arguments go to :func:`summary_html`."""
    control = HtmlControl(
        summary_html(records, **kwargs), position="topleft", css_class="incimap-control incimap-summary"
    )
    control.add_to(m)
    return control


def add_legend(m: folium.Map, records: list[dict[str, Any]], **kwargs: Any) -> HtmlControl:
    """Add the legend (bottom left); keyword arguments go to :func:`legend_html`."""
    control = HtmlControl(
        legend_html(records, **kwargs), position="bottomleft", css_class="incimap-control incimap-legend"
    )
    control.add_to(m)
    return control
