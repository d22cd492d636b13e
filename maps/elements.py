"""Folium elements of the incimap map: compact incident layers, vector layers, labels, controls.

Incidents travel to the browser once, as the packed table of :func:`maps.data.pack_records`
(strings interned, one short array per incident). The browser builds the markers from it,
one Leaflet layer per event type, all inside one ``L.markerClusterGroup`` (with
``chunkedLoading``) through ``L.featureGroup.subGroup`` so that each type stays toggleable
while clustered. Popups and tooltips are built lazily, on first click or hover, as DOM
nodes whose text is set with ``textContent``: article text is never parsed as HTML.
Only ``http``/``https`` source links become ``<a href>``.

``window.incimap`` exposes the map for scripts and tests: ``map``, ``layers`` (event type →
layer), ``markerCount()``, ``ready`` and ``readyAt`` (``performance.now()`` once every marker
is in place).
"""

from __future__ import annotations

import json
from typing import Any

from branca.element import MacroElement
from folium.elements import JSCSSMixin
from folium.map import Layer
from folium.template import Template

from maps import offline
from maps.popup import POPUP_JS, popup_labels
from maps.style import EVENT_STYLES, marker_svg

__all__ = [
    "GeoJsonLayer",
    "HtmlControl",
    "IncidentData",
    "IncidentHeat",
    "IncidentReady",
    "IncidentTypeLayer",
    "LabelLayer",
    "js_json",
]


def js_json(obj: Any) -> str:
    """JSON for a ``<script>`` element: compact, with ``<``, ``>``, ``&`` and ``'`` escaped.

    Examples
    --------
    >>> js_json({"t": "</script><img src=x>"})
    '{"t":"\\\\u003c/script\\\\u003e\\\\u003cimg src=x\\\\u003e"}'
    """
    return (
        json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("'", "\\u0027")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


class IncidentData(JSCSSMixin, MacroElement):
    """The incidents of the map, their markers, popups and tooltips (no layer control entry).

    Parameters
    ----------
    packed
        The table of :func:`maps.data.pack_records`.
    cluster
        Put the markers in one ``L.markerClusterGroup``; each type layer is then a sub-group.
    """

    _template = Template(
        """
{% macro header(this, kwargs) %}
<style>
.incimap-marker { background: none; border: none; }
.incimap-marker svg { display: block; filter: drop-shadow(0 1px 1.5px rgba(0,0,0,.45)); }
.incimap-popup { font: 13px/1.35 system-ui, sans-serif; max-width: 340px; }
.incimap-popup-title { font-weight: 600; font-size: 14px; margin-bottom: 4px; }
.incimap-popup table { border-collapse: collapse; margin: 4px 0; }
.incimap-popup th { text-align: left; font-weight: 500; color: #555; padding: 1px 8px 1px 0; vertical-align: top; white-space: nowrap; }
.incimap-popup td { padding: 1px 0; }
.incimap-popup blockquote { margin: 6px 0; padding: 4px 8px; border-left: 3px solid #bbb; background: #f6f6f6; font-style: italic; max-height: 9em; overflow: auto; }
.incimap-popup .incimap-sources { margin-top: 4px; font-size: 12px; }
.incimap-swatch { display: inline-block; width: 11px; height: 11px; border-radius: 50%; margin-right: 5px; vertical-align: -1px; border: 1px solid rgba(0,0,0,.25); }
</style>
{% endmacro %}
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = (function (map) {
  "use strict";
  var D = {{ this.payload }};
  var STYLES = {{ this.styles }};
  var LABELS = {{ this.labels }};
  {{ this.popup_js }}
  var api = {
    map: map, data: D, layers: {}, cluster: null, ready: false, readyAt: null,
    total: D.rows.length, expected: 0, completed: 0, armed: false
  };
  api.icons = D.types.map(function (t) {
    return L.divIcon({
      html: STYLES[t].svg, className: "incimap-marker incimap-" + t,
      iconSize: [26, 26], iconAnchor: [13, 13], popupAnchor: [0, -12], tooltipAnchor: [0, -13]
    });
  });
  var OPACITY = {1: 1, 2: 0.85, 3: 0.65};
  api.byType = D.types.map(function () { return []; });
  for (var i = 0; i < D.rows.length; i++) {
    var r = D.rows[i];
    var mk = L.marker([r[0], r[1]], {
      icon: api.icons[r[2]], opacity: OPACITY[r[6]] || 1, keyboard: false, riseOnHover: true
    });
    mk.incimapRow = i;
    api.byType[r[2]].push(mk);
  }
  api.check = function () {
    if (!api.ready && api.armed && api.completed >= api.expected) {
      api.ready = true;
      api.readyAt = performance.now();
      map.fire("incimap:ready");
    }
  };
  {% if this.cluster %}
  api.cluster = L.markerClusterGroup({
    chunkedLoading: true, chunkInterval: 150, chunkDelay: 10, maxClusterRadius: 45,
    showCoverageOnHover: false, spiderfyOnMaxZoom: true, removeOutsideVisibleBounds: true,
    chunkProgress: function (done, total) {
      if (done >= total) { api.completed += 1; api.check(); }
    }
  }).addTo(map);
  {% endif %}
  api.popup = function (i) { return incimapPopup(D, STYLES, LABELS, i); };
  api.tooltip = function (i) { return incimapTooltip(D, STYLES, i); };
  api.onClick = function (e) {
    var mk = e.propagatedFrom || e.layer;
    if (!mk || mk.incimapRow === undefined || mk.getPopup()) { return; }
    mk.bindPopup(function () { return api.popup(mk.incimapRow); }, {maxWidth: 360, minWidth: 220});
    mk.openPopup();
  };
  api.onHover = function (e) {
    var mk = e.propagatedFrom || e.layer;
    if (!mk || mk.incimapRow === undefined || mk.getTooltip()) { return; }
    mk.bindTooltip(function () { return api.tooltip(mk.incimapRow); }, {direction: "top"});
    mk.openTooltip();
  };
  api.markerCount = function () {
    var n = 0;
    for (var t in api.layers) {
      if (map.hasLayer(api.layers[t])) { n += api.layers[t].getLayers().length; }
    }
    return n;
  };
  window.incimap = api;
  return api;
})({{ this._parent.get_name() }});
{% endmacro %}
"""
    )

    def __init__(self, packed: dict[str, Any], *, cluster: bool) -> None:
        super().__init__()
        self._name = "IncidentData"
        self.cluster = cluster
        self.payload = js_json(packed)
        self.styles = js_json(
            {t: {"label": s.label, "color": s.color, "svg": marker_svg(t)} for t, s in EVENT_STYLES.items()}
        )
        self.labels = js_json(popup_labels())
        self.popup_js = POPUP_JS
        if cluster:
            self.default_js = [("markercluster", offline.MARKERCLUSTER_JS), ("subgroup", offline.SUBGROUP_JS)]
            self.default_css = [
                ("markercluster_css", offline.MARKERCLUSTER_CSS),
                ("markercluster_default_css", offline.MARKERCLUSTER_DEFAULT_CSS),
            ]


class IncidentTypeLayer(Layer):
    """The markers of one event type: a layer-control entry; a sub-group of the cluster when clustered."""

    _template = Template(
        """
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = (function (api) {
  var markers = api.byType[{{ this.type_index }}];
  var layer = api.cluster ? L.featureGroup.subGroup(api.cluster, markers) : L.featureGroup(markers);
  layer.on("click", api.onClick).on("mouseover", api.onHover);
  api.layers[{{ this.event|tojson }}] = layer;
  {% if this.show %}if (api.cluster) { api.expected += 1; }{% endif %}
  return layer;
})({{ this.data.get_name() }});
{% endmacro %}
"""
    )

    def __init__(
        self, data: IncidentData, *, event: str, type_index: int, name: str, show: bool = True
    ) -> None:
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "IncidentTypeLayer"
        self.data = data
        self.event = event
        self.type_index = int(type_index)


class IncidentReady(MacroElement):
    """Marks the end of the incident scripts: ``incimap.ready`` turns true once the markers are placed.

    Add it after every :class:`IncidentTypeLayer`.
    """

    _template = Template(
        """
{% macro script(this, kwargs) %}
{{ this.data.get_name() }}.armed = true;
{{ this.data.get_name() }}.check();
{% endmacro %}
"""
    )

    def __init__(self, data: IncidentData) -> None:
        super().__init__()
        self._name = "IncidentReady"
        self.data = data


class IncidentHeat(JSCSSMixin, Layer):
    """A heat layer of the incidents, read from the packed table (no second copy of the points)."""

    _template = Template(
        """
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = L.heatLayer(
  {{ this.data.get_name() }}.data.rows.map(function (r) { return [r[0], r[1], 1]; }),
  {{ this.options|tojavascript }}
);
{% endmacro %}
"""
    )

    def __init__(self, data: IncidentData, *, name: str, show: bool = False, **options: Any) -> None:
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "IncidentHeat"
        self.default_js = [("leaflet-heat.js", offline.HEAT_JS)]
        self.data = data
        self.options = {"radius": 14, "blur": 16, "minOpacity": 0.35, "maxZoom": 10, **options}


class GeoJsonLayer(Layer):
    """A GeoJSON layer drawn with one style, optionally in a pane, with a plain-text tooltip.

    Parameters
    ----------
    data
        A GeoJSON FeatureCollection (our own geometry: boundaries, front lines, zones).
    style
        Leaflet path options.
    tooltip_property
        Feature property shown as the tooltip (as text, never HTML).
    tooltip_text
        One text shown as the tooltip of every feature.
    pane
        Leaflet pane name (see :class:`folium.map.CustomPane`).
    interactive
        Whether the features take the mouse (hover, tooltips).
    point_radius
        Draw point features as circle markers of this radius (pixels).
    """

    _template = Template(
        """
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = L.geoJSON({{ this.payload }}, {
  style: function () { return {{ this.style|tojavascript }}; },
  interactive: {{ this.interactive|tojson }},
  {% if this.pane %}pane: {{ this.pane|tojson }},{% endif %}
  {% if this.point_radius %}pointToLayer: function (feature, latlng) {
    return L.circleMarker(latlng, Object.assign({radius: {{ this.point_radius }}}, {{ this.style|tojavascript }}{% if this.pane %}, {pane: {{ this.pane|tojson }}}{% endif %}));
  },{% endif %}
  onEachFeature: function (feature, layer) {
    var text = {% if this.tooltip_property %}(feature.properties || {})[{{ this.tooltip_property|tojson }}]{% else %}{{ this.tooltip_text|tojson }}{% endif %};
    if (text) {
      layer.bindTooltip(function () {
        var s = document.createElement("span"); s.textContent = String(text); return s;
      }, {sticky: true});
    }
  }
});
{% endmacro %}
"""
    )

    def __init__(
        self,
        data: dict[str, Any],
        *,
        style: dict[str, Any],
        name: str | None = None,
        tooltip_property: str | None = None,
        tooltip_text: str | None = None,
        pane: str | None = None,
        interactive: bool = True,
        point_radius: int | None = None,
        overlay: bool = True,
        control: bool = False,
        show: bool = True,
    ) -> None:
        super().__init__(name=name, overlay=overlay, control=control, show=show)
        self._name = "GeoJsonLayer"
        self.payload = js_json(data)
        self.style = style
        self.tooltip_property = tooltip_property
        self.tooltip_text = tooltip_text
        self.pane = pane
        self.interactive = interactive
        self.point_radius = point_radius


class LabelLayer(Layer):
    """Text labels at points (not interactive), optionally shown only from a zoom level on.

    Parameters
    ----------
    labels
        ``(text, lat, lon)`` triples; the text is set with ``textContent``.
    css_class
        Class of the label elements (styled by the page).
    min_zoom
        Hide the labels below this zoom level.
    """

    _template = Template(
        """
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = (function () {
  var group = L.layerGroup();
  {{ this.payload }}.forEach(function (item) {
    var span = document.createElement("span"); span.textContent = item[0];
    L.marker([item[1], item[2]], {
      icon: L.divIcon({html: span, className: {{ this.css_class|tojson }}, iconSize: null}),
      interactive: false, keyboard: false{% if this.pane %}, pane: {{ this.pane|tojson }}{% endif %}
    }).addTo(group);
  });
  {% if this.min_zoom %}
  var map = {{ this.map_name }};
  var sync = function () {
    var show = map.getZoom() >= {{ this.min_zoom }};
    group.eachLayer(function (m) { var e = m.getElement(); if (e) { e.style.display = show ? "" : "none"; } });
  };
  map.on("zoomend", sync); group.on("add", function () { setTimeout(sync, 0); });
  {% endif %}
  return group;
})();
{% endmacro %}
"""
    )

    def __init__(
        self,
        labels: list[tuple[str, float, float]],
        *,
        map_name: str,
        css_class: str,
        name: str | None = None,
        min_zoom: int | None = None,
        pane: str | None = None,
        control: bool = False,
        show: bool = True,
    ) -> None:
        super().__init__(name=name, overlay=True, control=control, show=show)
        self._name = "LabelLayer"
        self.payload = js_json([[t, round(lat, 4), round(lon, 4)] for t, lat, lon in labels])
        self.map_name = map_name
        self.css_class = css_class
        self.min_zoom = min_zoom
        self.pane = pane


class HtmlControl(MacroElement):
    """A Leaflet control showing HTML built by incimap (callers escape every value they put in).

    Parameters
    ----------
    html
        The control's markup: constant text of ours plus values passed through ``html.escape``.
    position
        ``topleft``, ``topright``, ``bottomleft`` or ``bottomright``.
    css_class
        Class of the control's element.
    """

    _template = Template(
        """
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = L.control({position: {{ this.position|tojson }}});
{{ this.get_name() }}.onAdd = function () {
  var div = L.DomUtil.create("div", {{ this.css_class|tojson }});
  div.innerHTML = {{ this.html_js }};
  L.DomEvent.disableClickPropagation(div);
  L.DomEvent.disableScrollPropagation(div);
  return div;
};
{{ this.get_name() }}.addTo({{ this._parent.get_name() }});
{% endmacro %}
"""
    )

    def __init__(
        self, html: str, *, position: str = "bottomleft", css_class: str = "incimap-control"
    ) -> None:
        super().__init__()
        self._name = "HtmlControl"
        self.html_js = js_json(html)
        self.position = position
        self.css_class = css_class
