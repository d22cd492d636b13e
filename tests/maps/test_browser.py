"""The map in a real headless Chromium with the network closed (marker ``browser``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from maps import build_map, save_map
from maps.style import EVENT_STYLES

pytestmark = pytest.mark.browser

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"


def _layer_texts(page) -> list[str]:
    return [t.strip() for t in page.locator(".leaflet-control-layers-list label").all_inner_texts()]


def _rendered_marker_total(page) -> int:
    """Markers on screen plus the markers inside every cluster icon on screen."""
    return page.evaluate(
        """() => {
        let n = document.querySelectorAll('.incimap-marker').length;
        document.querySelectorAll('.marker-cluster').forEach(c => { n += parseInt(c.textContent, 10); });
        return n;
    }"""
    )


def _assert_clean(result) -> None:
    assert result.console_errors == []
    assert result.requests_blocked == []
    assert result.dialogs == []


def test_offline_map_layers_and_markers(incidents, tmp_path, open_map):
    path = save_map(build_map(incidents, offline=True), tmp_path / "map.html")
    result = open_map(path)
    page = result.page
    _assert_clean(result)
    assert page.locator(".leaflet-container").count() == 1
    texts = _layer_texts(page)
    for event in ("drone_strike", "air_defense", "debris", "shelling", "troop_deployment"):
        assert f"{EVENT_STYLES[event].label} (1)" in texts
    assert "Frontière roumaine (zone ±30 km)" in texts
    assert "Oblasts et régions (noms français)" in texts
    assert "Fond vectoriel (hors ligne)" in texts
    assert any(t.startswith("Ligne de front – ") for t in texts), texts
    assert page.evaluate("incimap.markerCount()") == len(incidents)
    # Izmaïl and Tulcea (19 km apart) overlap at the opening zoom: one group of 2
    assert _rendered_marker_total(page) == len(incidents)
    assert page.locator(".incimap-marker").count() == len(incidents) - 2
    # vector basemap and oblast outlines drawn (SVG paths), ports labelled
    assert page.locator(".leaflet-pane path").count() > 50
    assert "Izmaïl" in page.locator(".incimap-port-label").all_inner_texts()
    # the summary box
    summary = page.locator(".incimap-summary").inner_text()
    assert "5 incidents" in summary and "du 2024-08-01 au 2024-11-01" in summary


def test_popup_and_tooltip_show_the_incident(incidents, tmp_path, open_map):
    path = save_map(build_map(incidents, offline=True, frontline="none"), tmp_path / "map.html")
    result = open_map(path)
    page = result.page
    page.evaluate("incimap.map.setView([45.351, 28.838], 11, {animate: false})")  # Tulcea is near
    first = page.locator(".incimap-drone_strike")
    first.hover()
    assert "Frappe de drone – Izmaïl – 2024-09-14" in page.locator(".leaflet-tooltip").inner_text()
    first.click()
    popup = page.locator(".leaflet-popup-content")
    text = popup.inner_text()
    for expected in (
        "Frappe de drone – Izmaïl",
        "2024-09-14",
        "Odesa Oblast",
        "2 blessé(s)",
        "drones : 12",
        "Russie",
    ):
        assert expected in text
    assert "Des drones ont frappé le port." in text
    links = popup.locator("a")
    assert links.count() == 2
    assert links.nth(0).get_attribute("href") == "https://example.org/a1"
    assert links.nth(0).get_attribute("rel") == "noopener noreferrer"
    _assert_clean(result)


def test_type_layer_toggles_its_markers(incidents, tmp_path, open_map):
    path = save_map(build_map(incidents, offline=True, frontline="none"), tmp_path / "map.html")
    page = open_map(path).page
    page.locator(".leaflet-control-layers-list label", has_text="Débris").locator("input").uncheck()
    assert _rendered_marker_total(page) == len(incidents) - 1
    assert page.locator(".incimap-debris").count() == 0
    assert page.evaluate("incimap.markerCount()") == len(incidents) - 1
    # the heat layer is off until ticked
    assert page.locator("canvas.leaflet-heatmap-layer").count() == 0
    page.locator(".leaflet-control-layers-list label", has_text="Carte de chaleur").locator("input").check()
    assert page.locator("canvas.leaflet-heatmap-layer").count() == 1


def test_article_markup_shows_as_text_and_runs_nothing(xss_incidents, payloads, tmp_path, open_map):
    script_payload, img_payload = payloads
    m = build_map(xss_incidents, offline=True, title=f"T {script_payload}", filters={"région": img_payload})
    result = open_map(save_map(m, tmp_path / "xss.html"))
    page = result.page
    texts = []
    for i in range(page.locator(".incimap-marker").count()):
        marker = page.locator(".incimap-marker").nth(i)
        marker.hover()
        texts.append(page.locator(".leaflet-tooltip").last.inner_text())
        marker.click()
        texts.append(page.locator(".leaflet-popup-content").last.inner_text())
    joined = "\n".join(texts)
    assert script_payload in joined and img_payload in joined
    assert f"Titre {img_payload}" in joined  # source title, as text
    assert page.locator("img[src=x]").count() == 0
    assert page.locator(".leaflet-popup-content a[href^=javascript]").count() == 0
    assert page.evaluate("document.scripts.length") >= 1
    assert script_payload in page.locator(".incimap-summary").inner_text()
    assert img_payload in page.locator(".incimap-summary").inner_text()
    page.wait_for_timeout(300)
    _assert_clean(result)


def test_overlapping_markers_of_a_small_map_group_and_spread_on_click(incidents, tmp_path, open_map):
    """Icons that overlap at the opening zoom form a group; two incidents at the same place
    (one gazetteer point) stay grouped at the deepest zoom, and a click spreads them out."""
    from dataclasses import replace

    same_place = replace(incidents[0], event="explosion", evidence="Une explosion au port.")
    path = save_map(
        build_map([*incidents, same_place], offline=True, frontline="none"), tmp_path / "map.html"
    )
    result = open_map(path)
    page = result.page
    _assert_clean(result)
    clusters = page.locator(".marker-cluster")  # the two at Izmaïl and Tulcea, 19 km away
    assert clusters.count() == 1 and clusters.first.inner_text().strip() == "3"
    assert page.locator(".incimap-marker").count() == len(incidents) - 2
    assert _rendered_marker_total(page) == len(incidents) + 1
    page.evaluate("incimap.map.setView([45.351, 28.838], incimap.map.getMaxZoom(), {animate: false})")
    page.wait_for_timeout(400)
    if page.locator(".marker-cluster").count():  # still grouped at the deepest zoom: spiderfy
        page.locator(".marker-cluster").first.click()
        page.wait_for_timeout(600)
    assert page.locator(".incimap-drone_strike").count() == 1
    assert page.locator(".incimap-explosion").count() == 1


def test_clustered_map_counts_every_marker(make_synthetic, tmp_path, open_map):
    incidents = make_synthetic(1500)
    path = save_map(build_map(incidents, offline=True, frontline="none"), tmp_path / "many.html")
    result = open_map(path)
    page = result.page
    _assert_clean(result)
    assert page.evaluate("incimap.markerCount()") == 1500
    assert page.locator(".marker-cluster").count() > 0
    assert _rendered_marker_total(page) == 1500
    texts = _layer_texts(page)
    assert all(
        f"{s.label} ({1500 // 13 + (i < 1500 % 13)})" in texts for i, s in enumerate(EVENT_STYLES.values())
    )
    # unticking one type removes its markers from the clusters
    page.locator(".leaflet-control-layers-list label", has_text="Incendie").locator("input").uncheck()
    page.wait_for_function("incimap.markerCount() < 1500")
    fire = sum(1 for i in incidents if i.event == "fire")
    assert page.evaluate("incimap.markerCount()") == 1500 - fire
    page.wait_for_timeout(300)
    assert _rendered_marker_total(page) == 1500 - fire


def test_canvas_mode_draws_every_incident_and_answers_the_pointer(make_synthetic, tmp_path, open_map):
    incidents = make_synthetic(3000)
    path = save_map(
        build_map(incidents, offline=True, frontline="none", display="canvas"), tmp_path / "c.html"
    )
    result = open_map(path)
    page = result.page
    _assert_clean(result)
    assert page.evaluate("incimap.mode") == "canvas"
    assert page.evaluate("incimap.markerCount()") == 3000
    assert page.evaluate("incimap.drawn") == 3000  # every point is in view after fit_bounds
    # a drawn point near the middle of the map (clear of the boxes) with no other point within 12 px
    x, y, row = page.evaluate(
        """() => {
        const p = incimap.points, c = incimap.map.getSize();
        let best = -1, bd = Infinity;
        p._sx.forEach((x, k) => {
            const d = (x - c.x / 2) ** 2 + (p._sy[k] - c.y / 2) ** 2;
            if (d >= bd) return;
            for (let j = 0; j < p._sx.length; j++) {
                if (j !== k && (p._sx[j] - x) ** 2 + (p._sy[j] - p._sy[k]) ** 2 < 144) return;
            }
            bd = d; best = k;
        });
        return [p._sx[best], p._sy[best], p._vis[best]];
    }"""
    )
    place = incidents[row].place
    # Hover, then click, where that point is drawn now, once the map is at rest: under load a zoom
    # or pan animation may still be running (Leaflet drops pointer events during it) and the page
    # redraws after.
    from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

    at_rest = "!incimap.map._animatingZoom && !(incimap.map._panAnim && incimap.map._panAnim._inProgress)"
    where = "(row) => { const p = incimap.points, k = p._vis.indexOf(row); return [p._sx[k], p._sy[k]]; }"
    tooltip = f"document.querySelector('.leaflet-tooltip') && document.body.innerText.includes({place!r})"
    for attempt in range(5):
        if attempt:
            page.wait_for_function(at_rest)
            x, y = page.evaluate(where, row)
        page.mouse.move(x, y)
        try:
            page.wait_for_function(tooltip, timeout=5000)
            break
        except PlaywrightTimeoutError:
            page.mouse.move(0, 0)  # (leave the point, so that the next move enters it again)
    page.wait_for_function(tooltip)

    popups = page.locator(".leaflet-popup-content")
    for _ in range(5):
        page.wait_for_function(at_rest)
        x, y = page.evaluate(where, row)
        page.mouse.click(x, y)
        try:
            popups.last.wait_for(timeout=3000)
            break
        except PlaywrightTimeoutError:
            continue
    popup = popups.last.inner_text()
    assert place in popup and incidents[row].evidence in popup
    page.locator(".leaflet-control-layers-list label", has_text="Incendie").locator("input").uncheck()
    fire = sum(1 for i in incidents if i.event == "fire")
    assert page.evaluate("[incimap.markerCount(), incimap.drawn]") == [3000 - fire, 3000 - fire]
    _assert_clean(result)


def test_large_tables_travel_compressed(make_synthetic, tmp_path, open_map):
    incidents = make_synthetic(12000)
    m = build_map(
        incidents, offline=True, frontline="none", border_zone_km=None, oblasts=False, display="canvas"
    )
    page_html = m.get_root().render()
    assert "DecompressionStream" in page_html and "H4sI" in page_html  # gzip magic in base64
    result = open_map(save_map(m, tmp_path / "big.html"))
    _assert_clean(result)
    assert result.page.evaluate("incimap.markerCount()") == 12000


@pytest.mark.seeds
@pytest.mark.slow
def test_map_of_the_seed_articles(tmp_path, open_map):
    if not (SEEDS / "gold.jsonl").is_file():
        pytest.skip(f"seed articles not found at {SEEDS} (they live beside the repository in ../shared)")
    extract_mod = pytest.importorskip("geo.extract", reason="geo.extract (EXTRACTION agent) is not there yet")
    articles = pytest.importorskip("geo.articles", reason="geo.articles is not there yet")
    incidents = []
    for path in sorted(SEEDS.glob("*.txt")):
        incidents.extend(extract_mod.extract(articles.read_article(path)).incidents)
    drawable = [i for i in incidents if i.lat is not None and i.lon is not None]
    assert drawable, "the extractor found no located incident in the seed articles"
    path = save_map(build_map(incidents, offline=True), tmp_path / "seeds.html")
    result = open_map(path)
    page = result.page
    _assert_clean(result)
    assert page.evaluate("incimap.markerCount()") == len(drawable)
    assert _rendered_marker_total(page) == len(drawable)
    texts = _layer_texts(page)
    for event in {i.event for i in drawable}:
        assert any(t.startswith(EVENT_STYLES[event].label + " (") for t in texts)
    assert "Frontière roumaine (zone ±30 km)" in texts
    assert "Oblasts et régions (noms français)" in texts
