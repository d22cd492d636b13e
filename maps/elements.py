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

import base64
import gzip
import json
from typing import Any, Literal

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


def _escape_json(text: str) -> str:
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("'", "\\u0027")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def js_json(obj: Any) -> str:
    """JSON for a ``<script>`` element: compact, with ``<``, ``>``, ``&`` and ``'`` escaped.

    Examples
    --------
    >>> js_json({"t": "</script><img src=x>"})
    '{"t":"\\\\u003c/script\\\\u003e\\\\u003cimg src=x\\\\u003e"}'
    """
    return _escape_json(json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False))


class IncidentData(JSCSSMixin, MacroElement):
    """The incidents of the map, their markers, popups and tooltips (no layer control entry).

    Parameters
    ----------
    packed
        The table of :func:`maps.data.pack_records`.
    mode
        ``markers``: one icon marker per incident; ``cluster``: icon markers in one
        ``L.markerClusterGroup``, each type layer a sub-group; ``canvas``: one coloured
        circle per incident drawn on a canvas (for very many incidents).
    compress_from
        Embed the table gzip-compressed (base64) when its JSON is larger than this many bytes;
        the browser inflates it with ``DecompressionStream``. ``None`` never compresses.
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
  var STYLES = {{ this.styles }};
  var LABELS = {{ this.labels }};
  {{ this.popup_js }}
  var MODE = {{ this.mode|tojson }};
  var api = {
    map: map, mode: MODE, data: null, layers: {}, heat: null, cluster: null, ready: false, readyAt: null,
    error: null, byType: [], renderer: null
  };
  if (MODE === "canvas") {
    map.createPane("incimap-points").style.zIndex = 590;
  }
  function load(done) {
    {% if this.compressed %}
    var b64 = {{ this.payload }};
    if (typeof DecompressionStream === "undefined") {
      api.error = "Ce navigateur ne sait pas décompresser les données (DecompressionStream) : utilisez Chrome, Firefox ou Safari récents.";
      return;
    }
    var bin = atob(b64), bytes = new Uint8Array(bin.length);
    for (var k = 0; k < bin.length; k++) { bytes[k] = bin.charCodeAt(k); }
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    new Response(stream).text().then(function (text) { done(JSON.parse(text)); })
      .catch(function (err) { api.error = String(err); });
    {% else %}
    done({{ this.payload }});
    {% endif %}
  }
  {% if this.mode == "cluster" %}
  api.cluster = L.markerClusterGroup({
    chunkedLoading: true, chunkInterval: 250, chunkDelay: 5, maxClusterRadius: {{ this.cluster_px }},
    showCoverageOnHover: false, spiderfyOnMaxZoom: true, removeOutsideVisibleBounds: {{ this.drop_offscreen }},
    chunkProgress: function (done, total) { if (api.pending && done >= total) { api.pending = false; finish(); } }
  }).addTo(map);
  {% endif %}
  function finish() {
    // ready once the browser has painted the markers (two animation frames)
    requestAnimationFrame(function () {
      requestAnimationFrame(function () {
        api.ready = true;
        api.readyAt = performance.now();
        map.fire("incimap:ready");
      });
    });
  }
  api.popup = function (i) { return incimapPopup(api.data, STYLES, LABELS, i); };
  api.tooltip = function (i) { return incimapTooltip(api.data, STYLES, i); };
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
  // Called once every type layer exists (IncidentReady): make the markers, put them in place.
  // Canvas mode: every incident of the shown types drawn as a coloured circle on one canvas;
  // hit-testing on the screen positions of the last drawing (popups, tooltips, pointer).
  var OPACITY = {1: 1, 2: 0.85, 3: 0.65};
  var Points = L.Layer.extend({
    onAdd: function (m) {
      this._canvas = L.DomUtil.create("canvas", "incimap-points leaflet-zoom-hide");
      this._canvas.style.position = "absolute";
      this._canvas.style.pointerEvents = "none";  // the map below keeps its hover and clicks
      m.getPane("incimap-points").appendChild(this._canvas);
      m.on("moveend zoomend resize viewreset", this.redraw, this);
      m.on("mousemove", this._hover, this);
      m.on("click", this._click, this);
      this.redraw();
    },
    onRemove: function (m) {
      L.DomUtil.remove(this._canvas);
      m.off("moveend zoomend resize viewreset", this.redraw, this);
      m.off("mousemove", this._hover, this);
      m.off("click", this._click, this);
    },
    redraw: function () {
      var m = this._map, D = api.data;
      if (!m || !D) { return; }
      var size = m.getSize(), pad = 0.3, dpr = window.devicePixelRatio || 1;
      var w = Math.round(size.x * (1 + 2 * pad)), h = Math.round(size.y * (1 + 2 * pad));
      var offX = Math.round(size.x * pad), offY = Math.round(size.y * pad);
      var c = this._canvas;
      c.width = w * dpr; c.height = h * dpr; c.style.width = w + "px"; c.style.height = h + "px";
      L.DomUtil.setPosition(c, m.containerPointToLayerPoint([-offX, -offY]));
      var ctx = c.getContext("2d");
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.clearRect(0, 0, w, h);
      var zoom = m.getZoom(), RADIUS = api.radius = Math.max(2.5, Math.min(6, zoom - 1.5));
      var scale = 256 * Math.pow(2, zoom), origin = m.getPixelBounds().min;
      var x0 = origin.x - offX, y0 = origin.y - offY;
      var px = api.px, n = D.rows.length, vis = [], sx = [], sy = [];
      ctx.lineWidth = 1; ctx.strokeStyle = "rgba(255,255,255,0.9)";
      for (var ti = 0; ti < D.types.length; ti++) {
        if (!api.visible[ti]) { continue; }
        for (var p = 1; p <= 3; p++) {
          ctx.beginPath();
          var any = false, idx = api.groups[ti][p - 1];
          for (var k = 0; k < idx.length; k++) {
            var i = idx[k], x = px[2 * i] * scale - x0, y = px[2 * i + 1] * scale - y0;
            if (x < -RADIUS || y < -RADIUS || x > w + RADIUS || y > h + RADIUS) { continue; }
            ctx.moveTo(x + RADIUS, y); ctx.arc(x, y, RADIUS, 0, 2 * Math.PI);
            vis.push(i); sx.push(x - offX); sy.push(y - offY); any = true;
          }
          if (any) {
            ctx.globalAlpha = OPACITY[p] * 0.9; ctx.fillStyle = STYLES[D.types[ti]].color; ctx.fill();
            ctx.globalAlpha = 1; ctx.stroke();
          }
        }
      }
      this._vis = vis; this._sx = sx; this._sy = sy;
      api.drawn = vis.length;
    },
    _hit: function (e) {
      var r = api.radius || 5, p = e.containerPoint, best = -1, bestD = (r + 3) * (r + 3);
      var sx = this._sx || [], sy = this._sy || [];
      for (var k = sx.length - 1; k >= 0; k--) {
        var dx = sx[k] - p.x, dy = sy[k] - p.y, d = dx * dx + dy * dy;
        if (d <= bestD) { bestD = d; best = this._vis[k]; }
      }
      return best;
    },
    _hover: function (e) {
      var i = this._hit(e), m = this._map;
      m.getContainer().style.cursor = i >= 0 ? "pointer" : "";
      if (i === this._hovered) { return; }
      this._hovered = i;
      if (i < 0) { m.closeTooltip(api.tip); return; }
      var r = api.data.rows[i];
      api.tip.setLatLng([r[0], r[1]]).setContent(api.tooltip(i));
      m.openTooltip(api.tip);
    },
    _click: function (e) {
      var i = this._hit(e);
      if (i < 0) { return; }
      var r = api.data.rows[i];
      L.popup({maxWidth: 360, minWidth: 220, offset: [0, -2]}).setLatLng([r[0], r[1]])
        .setContent(api.popup(i)).openOn(this._map);
    }
  });
  // One layer-control entry per type in canvas mode: toggles the type in the shared canvas.
  api.canvasTypeLayer = function (event) {
    var layer = new (L.Layer.extend({
      onAdd: function () { api.setVisible(event, true); },
      onRemove: function () { api.setVisible(event, false); },
      getLayers: function () {
        var ti = api.data ? api.data.types.indexOf(event) : -1;
        return ti < 0 ? [] : [].concat(api.groups[ti][0], api.groups[ti][1], api.groups[ti][2]);
      }
    }))();
    return layer;
  };
  api.visible = {};
  api.setVisible = function (event, on) {
    api.wanted[event] = on;
    if (!api.data) { return; }
    var ti = api.data.types.indexOf(event);
    if (ti >= 0) { api.visible[ti] = on; if (api.points) { api.points.redraw(); } }
  };
  api.wanted = {};
  api.start = function () {
    api.timings = {start: performance.now()};
    load(function (D) {
      api.timings.data = performance.now();
      api.data = D;
      api.total = D.rows.length;
      if (MODE === "canvas") {
        var n = D.rows.length, px = new Float64Array(2 * n);
        api.groups = D.types.map(function () { return [[], [], []]; });
        for (var i = 0; i < n; i++) {
          var r = D.rows[i], s = Math.sin(r[0] * Math.PI / 180);
          s = Math.max(Math.min(s, 0.9999), -0.9999);
          px[2 * i] = (r[1] + 180) / 360;  // Web Mercator, world = [0, 1]
          px[2 * i + 1] = 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
          api.groups[r[2]][(r[6] || 1) - 1].push(i);
        }
        api.px = px;
        D.types.forEach(function (t, ti) { api.visible[ti] = api.wanted[t] === true; });
        api.tip = L.tooltip({direction: "top", offset: [0, -5]});
        api.points = new Points().addTo(map);
        api.timings.markers = performance.now();
      } else {
        var icons = D.types.map(function (t) {
          return L.divIcon({
            html: STYLES[t].svg, className: "incimap-marker incimap-" + t,
            iconSize: [26, 26], iconAnchor: [13, 13], popupAnchor: [0, -12], tooltipAnchor: [0, -13]
          });
        });
        var byType = D.types.map(function () { return []; });
        for (var j = 0; j < D.rows.length; j++) {
          var row = D.rows[j];
          var mk = L.marker([row[0], row[1]], {
            icon: icons[row[2]], opacity: OPACITY[row[6]] || 1, keyboard: false, riseOnHover: true
          });
          mk.incimapRow = j;
          byType[row[2]].push(mk);
        }
        api.byType = byType;
        api.timings.markers = performance.now();
        var batch = [];
        D.types.forEach(function (t, ti) {
          var layer = api.layers[t];
          if (!layer) { return; }
          var shown = map.hasLayer(layer);
          if (api.cluster) {
            // Register the markers in the sub-group without touching the cluster, then add the
            // markers of every shown type to the cluster in one batch (one clustering pass).
            byType[ti].forEach(function (m) { m.addEventParent(layer); layer._layers[L.stamp(m)] = m; });
            if (shown) { batch = batch.concat(byType[ti]); }
          } else if (shown) {
            map.removeLayer(layer);
            byType[ti].forEach(function (m) { layer.addLayer(m); });
            map.addLayer(layer);
          } else {
            byType[ti].forEach(function (m) { layer.addLayer(m); });
          }
        });
      }
      if (api.heat) {
        api.heat.setLatLngs(D.rows.map(function (r) { return [r[0], r[1], 1]; }));
      }
      if (api.cluster && batch.length) {
        api.pending = true;
        api.cluster.addLayers(batch);
      } else {
        finish();
      }
    });
  };
  window.incimap = api;
  return api;
})({{ this._parent.get_name() }});
{% endmacro %}
"""
    )

    def __init__(
        self,
        packed: dict[str, Any],
        *,
        mode: Literal["markers", "cluster", "canvas"] = "markers",
        cluster_px: int = 45,
        drop_offscreen: bool = True,
        compress_from: int | None = 1_000_000,
    ) -> None:
        super().__init__()
        self._name = "IncidentData"
        if mode not in ("markers", "cluster", "canvas"):
            msg = f"incident display mode must be markers, cluster or canvas, got {mode!r}"
            raise ValueError(msg)
        self.mode = mode
        self.cluster_px = int(cluster_px)
        self.drop_offscreen = "true" if drop_offscreen else "false"
        raw = json.dumps(packed, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        self.compressed = compress_from is not None and len(raw) > compress_from
        if self.compressed:
            blob = gzip.compress(raw.encode("utf-8"), compresslevel=6, mtime=0)
            self.payload = json.dumps(base64.b64encode(blob).decode("ascii"))
        else:
            self.payload = _escape_json(raw)
        self.styles = js_json(
            {t: {"label": s.label, "color": s.color, "svg": marker_svg(t)} for t, s in EVENT_STYLES.items()}
        )
        self.labels = js_json(popup_labels())
        self.popup_js = POPUP_JS
        if mode == "cluster":
            self.default_js = [("markercluster", offline.MARKERCLUSTER_JS), ("subgroup", offline.SUBGROUP_JS)]
            self.default_css = [
                ("markercluster_css", offline.MARKERCLUSTER_CSS),
                ("markercluster_default_css", offline.MARKERCLUSTER_DEFAULT_CSS),
            ]


class IncidentTypeLayer(Layer):
    """The markers of one event type: a layer-control entry; a sub-group of the cluster when clustered.

    The layer is made empty; :class:`IncidentReady` fills it once the incident table is read.
    """

    _template = Template(
        """
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = (function (api) {
  var layer;
  if (api.mode === "canvas") {
    layer = api.canvasTypeLayer({{ this.event|tojson }});
  } else {
    layer = api.cluster ? L.featureGroup.subGroup(api.cluster) : L.featureGroup();
    layer.on("click", api.onClick).on("mouseover", api.onHover);
  }
  api.layers[{{ this.event|tojson }}] = layer;
  return layer;
})({{ this.data.get_name() }});
{% endmacro %}
"""
    )

    def __init__(self, data: IncidentData, *, event: str, name: str, show: bool = True) -> None:
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "IncidentTypeLayer"
        self.data = data
        self.event = event


class IncidentReady(MacroElement):
    """Reads the incident table and fills the type layers; ``incimap.ready`` turns true when done.

    Add it after every :class:`IncidentTypeLayer` and :class:`IncidentHeat`.
    """

    _template = Template(
        """
{% macro script(this, kwargs) %}
{{ this.data.get_name() }}.start();
{% endmacro %}
"""
    )

    def __init__(self, data: IncidentData) -> None:
        super().__init__()
        self._name = "IncidentReady"
        self.data = data


class IncidentHeat(JSCSSMixin, Layer):
    """A heat layer of the incidents, filled from the incident table (no second copy of the points)."""

    _template = Template(
        """
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = L.heatLayer([], {{ this.options|tojavascript }});
{{ this.data.get_name() }}.heat = {{ this.get_name() }};
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
