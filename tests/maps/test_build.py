"""build_map / save_map rendered without a browser: layers, escaping, offline assets."""

from __future__ import annotations

import html
import json
import re

import pytest

folium = pytest.importorskip("folium")

from maps import MapError, build_map, save_map  # noqa: E402
from maps.offline import external_asset_urls  # noqa: E402
from maps.style import EVENT_STYLES  # noqa: E402


def _render(m) -> str:
    return m.get_root().render()


def _layer_names(page: str) -> list[str]:
    """The layer-control entries of a rendered page, as plain text."""
    block = re.search(r"_layers = \{(.*?)\};", page, flags=re.S).group(1)
    names = [json.loads(f'"{k}"') for k in re.findall(r'"((?:[^"\\]|\\.)*)"\s*:\s*\w+', block)]
    return [html.unescape(re.sub(r"<[^>]+>", "", n)) for n in names]


def test_offline_map_loads_nothing_from_outside(incidents, tmp_path):
    m = build_map(incidents, offline=True)
    path = save_map(m, tmp_path / "map.html")
    page = path.read_text(encoding="utf-8")
    assert external_asset_urls(page) == []
    assert not re.search(r"<(script|link)[^>]+(src|href)=[\"']?https?:", page)
    assert "L.tileLayer" not in page
    # Leaflet itself is inlined, and its CSS images are data: URIs
    assert "/* leaflet */" in page and "/* leaflet_css */" in page
    assert "url(images/" not in page
    # no unused framework
    assert "jQuery" not in page[:200_000] and "bootstrap" not in page.lower()[:5000]


def test_online_map_offers_tiles_and_links_assets(incidents):
    page = _render(build_map(incidents, offline=False))
    assert "tile.openstreetmap.org" in page
    assert "basemaps.cartocdn.com" in page
    assert "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js" in external_asset_urls(page)
    assert _layer_names(page)[:3] == ["OpenStreetMap", "CartoDB Positron", "Fond vectoriel (hors ligne)"]


def test_one_layer_per_event_type_present(incidents):
    page = _render(build_map(incidents))
    names = _layer_names(page)
    for event in ("drone_strike", "air_defense", "debris", "shelling", "troop_deployment"):
        assert f"{EVENT_STYLES[event].label} (1)" in names
    assert not any(n.startswith(EVENT_STYLES["meeting"].label) for n in names)
    assert "Carte de chaleur des incidents" in names
    assert "Oblasts et régions (noms français)" in names
    assert "Frontière roumaine (zone ±30 km)" in names
    assert "Fond vectoriel (hors ligne)" in names
    assert '"Izma\u00efl"' in page or '"Izmaïl"' in page  # Danube ports labelled


def test_frontline_none_and_border_width(incidents):
    page = _render(build_map(incidents, frontline="none", border_zone_km=50))
    assert not any(n.startswith("Ligne de front") for n in _layer_names(page))
    assert "Frontière roumaine (zone ±50 km)" in _layer_names(page)
    page = _render(build_map(incidents, frontline=None, border_zone_km=None, heat=False, oblasts=False))
    names = _layer_names(page)
    assert not any("Frontière roumaine" in n or "Carte de chaleur" in n or "Oblasts" in n for n in names)


def test_bad_border_width_is_a_map_error(incidents):
    with pytest.raises(MapError, match="border zone width must be between 0 and 500 km"):
        build_map(incidents, border_zone_km=0)


def test_article_text_is_escaped_in_the_page(xss_incidents, payloads):
    SCRIPT_PAYLOAD, IMG_PAYLOAD = payloads
    page = _render(build_map(xss_incidents, title=f"Titre {SCRIPT_PAYLOAD}", filters={"région": IMG_PAYLOAD}))
    assert SCRIPT_PAYLOAD not in page
    assert IMG_PAYLOAD not in page
    assert "<img src=x" not in page
    # the payloads travel as escaped JSON and escaped HTML
    assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in page
    assert "<title>Titre &lt;script&gt;alert(1)&lt;/script&gt;</title>" in page
    assert "&amp;lt;" not in page  # escaped once, not twice


def test_many_incidents_are_clustered_and_compact(make_synthetic):
    synthetic = make_synthetic
    m = build_map(synthetic(500), offline=True)
    page = _render(m)
    assert "L.markerClusterGroup" in page and "L.featureGroup.subGroup" in page
    assert "/* markercluster */" in page
    # one marker object per incident is made in the browser, not 500 folium Markers
    assert page.count("L.marker(") < 10
    assert "maxClusterRadius: 45" in page
    # a small map groups only overlapping icons
    small = _render(build_map(synthetic(20), offline=True))
    assert "maxClusterRadius: 14" in small and "removeOutsideVisibleBounds: false" in small


def test_summary_box_counts_and_dates(incidents):
    page = _render(build_map(incidents, filters={"depuis": "2024-08-01"}))
    assert "5 incidents" in page
    assert "du 2024-08-01 au 2024-11-01" in page
    assert "depuis = 2024-08-01" in page


def test_save_map_reports_unwritable_path(incidents, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(MapError, match="cannot write the map"):
        save_map(build_map(incidents), blocker / "map.html")


def test_offline_check_refuses_a_linked_asset(incidents, tmp_path):
    m = build_map(incidents, offline=True)
    folium.plugins.MiniMap().add_to(m)  # added after build_map: its assets stay linked
    with pytest.raises(MapError, match="would still load"):
        save_map(m, tmp_path / "map.html")


def test_empty_map_still_has_reference_layers(tmp_path):
    page = _render(build_map([], offline=True))
    assert "0 incident" in page
    assert "Frontière roumaine (zone ±30 km)" in _layer_names(page)
    assert external_asset_urls(page) == []


def test_bad_display_mode_is_a_map_error(incidents):
    with pytest.raises(MapError, match="display must be auto, markers, cluster or canvas, got 'dots'"):
        build_map(incidents, display="dots")


def test_default_front_line_is_the_one_nearest_the_latest_incident(incidents):
    from datetime import date

    from geo import frontline as fl

    dates = fl.available_dates()
    if not dates:
        pytest.skip("no front line available (data/frontlines is empty)")
    latest = date(2024, 11, 1)  # the latest incident of the fixture
    nearest = min(dates, key=lambda d: (abs((d - latest).days), -d.toordinal()))
    page = _render(build_map(incidents))
    assert f"\\u003cdt\\u003eFront\\u003c/dt\\u003e\\u003cdd\\u003e{nearest.isoformat()}\\u003c" in page
    names = _layer_names(page)
    assert [n for n in names if n.startswith("Ligne de front")] == [
        f"Ligne de front – {d}" for d in sorted(dates)
    ]
    # an explicit date ticks the line on or before it
    page = _render(build_map(incidents, frontline=dates[-1].isoformat()))
    assert f"\\u003cdd\\u003e{dates[-1].isoformat()}\\u003c" in page


def test_incidents_straight_from_a_store(incidents, tmp_path):
    from dataclasses import dataclass, field

    from geo.models import Article
    from geo.store import open_store

    @dataclass
    class _Extraction:  # what geo.extract returns, reduced to what Store.ingest reads
        article: Article
        incidents: list = field(default_factory=list)
        mentions: list = field(default_factory=list)

    path = tmp_path / "incidents.gpkg"
    with open_store(path) as store:
        for inc in incidents:
            store.ingest(_Extraction(Article(id=inc.article, text=f"texte {inc.article}", title="t"), [inc]))
        page = _render(build_map(store, frontline=None))
    assert "5 incidents" in page
    assert "5 incidents" in _render(build_map(path, frontline=None))
    with pytest.raises(MapError, match="no such incident store"):
        build_map(tmp_path / "missing.gpkg")
