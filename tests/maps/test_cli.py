"""``incimap map``: the command writes the map, and bad input ends in a one-line error."""

from __future__ import annotations

import json

from click.testing import CliRunner

from geo.cli import main
from maps.offline import external_asset_urls


def _write_geojson(incidents, path):
    fc = {"type": "FeatureCollection", "features": [i.__geo_interface__ for i in incidents]}
    path.write_text(json.dumps(fc), encoding="utf-8")
    return path


def test_map_command_writes_an_offline_map(incidents, tmp_path):
    src = _write_geojson(incidents, tmp_path / "inc.geojson")
    out = tmp_path / "out" / "carte.html"
    result = CliRunner().invoke(
        main,
        [
            "map",
            "--input",
            str(src),
            "-o",
            str(out),
            "--offline",
            "--frontline",
            "none",
            "--border-km",
            "40",
            "--since",
            "2024-09-01",
            "--title",
            "Danube",
        ],
    )
    assert result.exit_code == 0, result.output
    assert f"4 incidents → {out}" in result.output  # all but the August one
    page = out.read_text(encoding="utf-8")
    assert external_asset_urls(page) == []
    assert "<title>Danube</title>" in page
    assert (
        "Fronti\\u00e8re roumaine (zone \\u00b140 km)" in page or "Frontière roumaine (zone ±40 km)" in page
    )
    assert "depuis = 2024-09-01" in page


def test_map_command_online_offers_tiles(incidents, tmp_path):
    src = _write_geojson(incidents, tmp_path / "inc.geojson")
    out = tmp_path / "map.html"
    result = CliRunner().invoke(
        main, ["map", "--input", str(src), "-o", str(out), "--frontline", "none", "--display", "cluster"]
    )
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "tile.openstreetmap.org" in page
    assert "L.markerClusterGroup({" in page


def test_map_command_bad_input_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.geojson"
    bad.write_text("{not json", encoding="utf-8")
    result = CliRunner().invoke(main, ["map", "--input", str(bad), "-o", str(tmp_path / "m.html")])
    assert result.exit_code == 2
    assert "incimap: error:" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "m.html").exists()


def test_map_command_bad_frontline_date(incidents, tmp_path):
    src = _write_geojson(incidents, tmp_path / "inc.geojson")
    result = CliRunner().invoke(
        main, ["map", "--input", str(src), "-o", str(tmp_path / "m.html"), "--frontline", "1990-01-01"]
    )
    assert result.exit_code == 2
    assert "incimap: error:" in result.output and "1990-01-01" in result.output
