"""End to end: article files → store → GeoJSON and map, through the real modules."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from geopy.distance import geodesic

from geo.pipeline import run_pipeline
from maps.style import event_style

ROOT = Path(__file__).resolve().parents[1]

IZMAIL = (45.35058, 28.83751)  # lat, lon (GeoNames 707308)
SEVASTOPOL = (44.60795, 33.52134)  # lat, lon (GeoNames 694423)


def _incimap(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    exe = Path(sys.executable).with_name("incimap")
    return subprocess.run([str(exe), *args], cwd=cwd, capture_output=True, text=True, timeout=600)


def _nearest_km(features: list[dict], point: tuple[float, float], event: str | None = None) -> float:
    """Distance (km) from ``point`` (lat, lon) to the nearest feature, reading GeoJSON as [lon, lat]."""
    dists = [
        geodesic(point, (f["geometry"]["coordinates"][1], f["geometry"]["coordinates"][0])).km
        for f in features
        if f["geometry"] and (event is None or f["properties"]["event"] == event)
    ]
    return min(dists) if dists else float("inf")


def _in_page(text: str, html: str) -> bool:
    """``text`` appears in the page as written, or as the JSON string escapes of a script."""
    escaped = json.dumps(text, ensure_ascii=True)[1:-1].replace("'", "\\u0027")
    return text in html or escaped in html


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory) -> tuple[subprocess.CompletedProcess, Path]:
    cwd = tmp_path_factory.mktemp("demo")
    proc = _incimap("demo", cwd=cwd)
    return proc, cwd / "out"


def test_demo_prints_outputs_and_summary(demo_run):
    proc, out = demo_run
    assert proc.returncode == 0, proc.stderr
    assert str((out / "map.html").resolve()) in proc.stdout
    assert str((out / "incidents.geojson").resolve()) in proc.stdout
    summary = proc.stdout.strip().splitlines()[-1]
    m = re.match(
        r"(\d+) incidents at (\d+) places from (\d+) articles, (\d{4}-\d\d-\d\d) to (\d{4}-\d\d-\d\d)",
        summary,
    )
    assert m, summary
    n_samples = len(list((ROOT / "data" / "samples").glob("*.txt")))
    assert int(m[3]) == n_samples
    # the two dispatches on the same Izmail attack are one incident with two sources
    assert int(m[1]) < n_samples + 5
    assert m[4] == "2023-09-04" and m[5] == "2024-11-19"


def test_demo_geojson_is_rfc7946_lon_lat(demo_run):
    _, out = demo_run
    fc = json.loads((out / "incidents.geojson").read_text(encoding="utf-8"))
    assert fc["type"] == "FeatureCollection"
    assert "crs" not in fc
    feats = fc["features"]
    assert len(feats) >= 8
    for f in feats:
        assert f["type"] == "Feature"
        assert f["geometry"]["type"] == "Point"
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        for key in ("event", "date", "geo_precision", "acled_event_type", "acled_sub_event_type", "source"):
            assert key in f["properties"], key
    # [lon, lat]: Izmail's drone strike is at lon 28.8, lat 45.4, not the other way round
    assert _nearest_km(feats, IZMAIL, "drone_strike") < 10
    assert _nearest_km(feats, SEVASTOPOL, "missile_strike") < 10
    izmail = [
        f
        for f in feats
        if f["properties"]["event"] == "drone_strike" and f["properties"]["place"] == "Izmaïl"
    ]
    assert len(izmail) == 1
    assert len(izmail[0]["properties"]["sources"]) == 2


def test_demo_map_has_expected_layers_and_no_external_assets(demo_run):
    _, out = demo_run
    html = (out / "map.html").read_text(encoding="utf-8")
    fc = json.loads((out / "incidents.geojson").read_text(encoding="utf-8"))
    for event in {f["properties"]["event"] for f in fc["features"]}:
        assert _in_page(event_style(event).label, html), event
    for layer in ("Ligne de front", "Frontière roumaine", "Oblasts et régions"):
        assert _in_page(layer, html), layer
    external = re.findall(r"<(?:script|link)[^>]+(?:src|href)=[\"']https?://", html)
    assert external == []


def test_demo_is_idempotent(demo_run, tmp_path):
    proc, out = demo_run
    again = _incimap("demo", "--out", str(out), cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip().splitlines()[-1] == proc.stdout.strip().splitlines()[-1]


@pytest.mark.seeds
def test_seed_articles_place_izmail_and_sevastopol(seeds_dir, tmp_path):
    files = sorted(seeds_dir.glob("*.txt"))
    result = run_pipeline(files, out_dir=tmp_path)
    assert result.failed == []
    fc = json.loads(result.geojson_path.read_text(encoding="utf-8"))
    feats = fc["features"]
    assert _nearest_km(feats, IZMAIL, "drone_strike") < 10
    assert _nearest_km(feats, SEVASTOPOL, "missile_strike") < 10
    # 000 and 004 report the same Izmail attack: one incident, two sources
    izmail = [f for f in feats if geodesic(IZMAIL, f["geometry"]["coordinates"][::-1]).km < 10]
    assert [
        len(f["properties"]["sources"]) for f in izmail if f["properties"]["event"] == "drone_strike"
    ] == [2]
    assert "Ligne de front" in result.map_path.read_text(encoding="utf-8")
