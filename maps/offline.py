"""Inline every script and style of a Folium map, from installed registry packages.

Folium links its assets from CDNs. :func:`inline_assets` replaces those links by
the files themselves, read from installed packages:

- Leaflet 1.9.3 and Leaflet.markercluster 1.4.1 from ``xstatic-leaflet`` and
  ``xstatic-leaflet-markercluster`` (the images Leaflet's CSS points to become
  ``data:`` URIs);
- the other plugins (fullscreen, heat, FeatureGroup.SubGroup) from
  ``folium-offline``, which ships the assets of folium 0.20 keyed by their CDN URL.

Assets the incimap map does not use (jQuery, Bootstrap, Font Awesome,
awesome-markers) are dropped by :func:`drop_unused_assets` in both modes.
:func:`external_asset_urls` lists what a rendered page would still fetch; the
offline map must give an empty list.
"""

from __future__ import annotations

import base64
import functools
import logging
import re
from importlib import import_module
from pathlib import Path

from branca.element import Element, Figure, MacroElement

from maps.errors import MapError

__all__ = [
    "HEAT_JS",
    "LEAFLET_CSS",
    "LEAFLET_JS",
    "MARKERCLUSTER_CSS",
    "MARKERCLUSTER_DEFAULT_CSS",
    "MARKERCLUSTER_JS",
    "SUBGROUP_JS",
    "drop_unused_assets",
    "external_asset_urls",
    "inline_assets",
]

logger = logging.getLogger(__name__)

LEAFLET_JS = "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js"
LEAFLET_CSS = "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css"
MARKERCLUSTER_JS = "https://unpkg.com/leaflet.markercluster@1.4.1/dist/leaflet.markercluster.js"
MARKERCLUSTER_CSS = "https://unpkg.com/leaflet.markercluster@1.4.1/dist/MarkerCluster.css"
MARKERCLUSTER_DEFAULT_CSS = "https://unpkg.com/leaflet.markercluster@1.4.1/dist/MarkerCluster.Default.css"
HEAT_JS = "https://cdn.jsdelivr.net/gh/python-visualization/folium@main/folium/templates/leaflet_heat.min.js"
SUBGROUP_JS = "https://unpkg.com/leaflet.featuregroup.subgroup@1.0.2/dist/leaflet.featuregroup.subgroup.js"

#: CDN URL → (xstatic package module, file in its data directory).
_XSTATIC: dict[str, tuple[str, str]] = {
    LEAFLET_JS: ("xstatic.pkg.leaflet", "leaflet.js"),
    LEAFLET_CSS: ("xstatic.pkg.leaflet", "leaflet.css"),
    MARKERCLUSTER_JS: ("xstatic.pkg.leaflet_markercluster", "leaflet.markercluster.js"),
    MARKERCLUSTER_CSS: ("xstatic.pkg.leaflet_markercluster", "MarkerCluster.css"),
    MARKERCLUSTER_DEFAULT_CSS: ("xstatic.pkg.leaflet_markercluster", "MarkerCluster.Default.css"),
}

#: Folium's default assets that the incimap map never uses (no awesome-markers icons, no Bootstrap).
_UNUSED = {
    "jquery",
    "bootstrap",
    "awesome_markers",
    "bootstrap_css",
    "glyphicons_css",
    "awesome_markers_font_css",
    "awesome_markers_css",
    "awesome_rotate_css",
}

_CSS_URL = re.compile(r"url\(\s*['\"]?(?!data:)([^)'\"]+)['\"]?\s*\)")


def _xstatic_file(module: str, name: str) -> Path:
    try:
        pkg = import_module(module)
    except ImportError as err:
        dist = module.replace("xstatic.pkg.", "xstatic-").replace("_", "-")
        msg = f"the offline map needs the package {dist}; install it with: pip install {dist}"
        raise MapError(msg) from err
    return Path(pkg.BASE_DIR) / name


def _inline_css_urls(css: str, base: Path) -> str:
    """Replace relative ``url(...)`` references of a stylesheet by ``data:`` URIs."""

    def repl(match: re.Match[str]) -> str:
        ref = match.group(1)
        if ref.startswith("#"):
            return match.group(0)
        path = base / ref
        if not path.is_file():
            logger.debug("stylesheet reference %s not found under %s; left out", ref, base)
            return "url(data:,)"
        mime = {".png": "image/png", ".svg": "image/svg+xml", ".gif": "image/gif"}.get(
            path.suffix, "application/octet-stream"
        )
        return f"url(data:{mime};base64,{base64.b64encode(path.read_bytes()).decode('ascii')})"

    return _CSS_URL.sub(repl, css)


@functools.cache
def asset_text(url: str) -> str:
    """Return the content of a script or stylesheet known by its CDN URL, from installed packages.

    Raises
    ------
    MapError
        No installed package provides this asset.
    """
    if url in _XSTATIC:
        path = _xstatic_file(*_XSTATIC[url])
        text = path.read_text(encoding="utf-8")
        return _inline_css_urls(text, path.parent) if path.suffix == ".css" else text
    try:
        from offlinefolium.elements import _res
    except ImportError as err:  # pragma: no cover - a declared dependency
        msg = "the offline map needs the package folium-offline; install it with: pip install folium-offline"
        raise MapError(msg) from err
    if url in _res:
        return _res[url]
    msg = f"no installed package provides {url}; this map element cannot be made offline"
    raise MapError(msg)


def _walk(element: Element):
    yield element
    for child in list(element._children.values()):
        yield from _walk(child)


def drop_unused_assets(root: Element) -> None:
    """Remove Folium's default jQuery, Bootstrap and Font Awesome links from every element of ``root``."""
    for element in _walk(root):
        for attr in ("default_js", "default_css"):
            links = getattr(element, attr, None)
            if links:
                setattr(element, attr, [(n, u) for n, u in links if n not in _UNUSED])


def _safe(text: str, tag: str) -> str:
    # A literal "</script" or "</style" inside the asset would close the element early.
    return re.sub(rf"</({tag})", r"<\\/\1", text, flags=re.IGNORECASE)


def inline_assets(m: MacroElement) -> None:
    """Put every script and stylesheet of the map ``m`` into its page, and drop the CDN links.

    Call it once the map is complete (after every layer is added): the assets of elements
    added later would still be linked.
    """
    figure = m.get_root()
    if not isinstance(figure, Figure):
        msg = "inline_assets needs a map attached to a Figure (a folium.Map is)"
        raise MapError(msg)
    drop_unused_assets(figure)
    seen: set[str] = set()
    for element in _walk(figure):
        for attr, tag in (("default_js", "script"), ("default_css", "style")):
            links = getattr(element, attr, None)
            if not links:
                continue
            for name, url in links:
                if name in seen:
                    continue
                seen.add(name)
                text = _safe(asset_text(url), tag)
                figure.header.add_child(Element(f"<{tag}>/* {name} */\n{text}\n</{tag}>"), name=name)
            setattr(element, attr, [])


_LINKED = re.compile(
    r"<(?:script|link|img|iframe)\b[^>]*?\b(?:src|href)\s*=\s*['\"]?([^'\" >]+)", flags=re.IGNORECASE
)


def external_asset_urls(html: str) -> list[str]:
    """Return the URLs that ``<script src>``, ``<link href>``, ``<img src>`` and ``<iframe src>`` load.

    Examples
    --------
    >>> external_asset_urls('<script src="https://x/y.js"></script><a href="https://z">z</a>')
    ['https://x/y.js']
    """
    return [u for u in _LINKED.findall(html) if not u.startswith("data:")]
