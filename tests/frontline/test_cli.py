"""``incimap frontline`` through click's runner."""

from __future__ import annotations

import json

from click.testing import CliRunner

from geo.cli import main


def test_list_and_show():
    runner = CliRunner()
    res = runner.invoke(main, ["frontline", "list"])
    assert res.exit_code == 0
    assert "2023-09-13  builtin" in res.output and "2024-11-13  builtin" in res.output
    res = runner.invoke(main, ["frontline", "show", "2024-11-20"])
    assert res.exit_code == 0
    assert "date:      2024-11-13 (builtin)" in res.output
    assert "kursk-salient" in res.output and "Sudzha" not in res.output.split("waypoints")[0]
    res = runner.invoke(main, ["frontline", "show", "latest", "--format", "geojson"])
    doc = json.loads(res.output)
    assert doc["type"] == "FeatureCollection"
    assert {f["properties"]["layer"] for f in doc["features"]} >= {"line", "occupied"}


def test_import_and_errors(tmp_path):
    runner = CliRunner()
    path = tmp_path / "line.geojson"
    path.write_text(
        json.dumps({"type": "LineString", "coordinates": [[37.5, 48.0], [37.6, 48.3], [37.9, 48.6]]}),
        encoding="utf-8",
    )
    res = runner.invoke(main, ["frontline", "import", str(path), "--date", "2024-12-01"])
    assert res.exit_code == 0, res.output
    assert "as the front line of 2024-12-01" in res.output
    res = runner.invoke(main, ["frontline", "list", "--json"])
    rows = [json.loads(line) for line in res.output.splitlines()]
    assert {"date": "2024-12-01", "origin": "imported"}.items() <= rows[-2].items() or any(
        r["date"] == "2024-12-01" and r["origin"] == "imported" for r in rows
    )
    res = runner.invoke(main, ["frontline", "show", "2019-05-01"])
    assert res.exit_code == 2
    assert "incimap: error: no front line on or before 2019-05-01" in res.output
    res = runner.invoke(main, ["frontline", "import", str(path), "--date", "someday"])
    assert res.exit_code == 2 and "bad date 'someday'" in res.output
    bad = tmp_path / "bad.geojson"
    bad.write_text("{oops", encoding="utf-8")
    res = runner.invoke(main, ["frontline", "import", str(bad), "--date", "2024-12-01"])
    assert res.exit_code == 2 and "not valid GeoJSON" in res.output
