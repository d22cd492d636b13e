"""The store's CLI commands, run in-process through click on real files."""

from __future__ import annotations

import csv
import io
import json

import geopandas as gpd
import pytest
from click.testing import CliRunner

from geo.cli import main
from geo.store import open_store


def _store(db, sample_extractions):
    with open_store(db) as store:
        for x in sample_extractions:
            store.ingest(x)
    return db


def test_query_formats(tmp_path, store_url, sample_extractions):
    db = str(_store(store_url, sample_extractions))
    runner = CliRunner()
    r = runner.invoke(main, ["query", "--db", db, "--region", "région de Koursk"])
    assert r.exit_code == 0, r.output
    assert "Sudzha" in r.stdout and "Izmail" not in r.stdout
    r = runner.invoke(main, ["query", "--db", db, "--region", "romanian-border", "--format", "geojson"])
    fc = json.loads(r.stdout)
    assert sorted(f["properties"]["place"] for f in fc["features"]) == ["Izmail", "Reni"]
    r = runner.invoke(main, ["query", "--db", db, "--type", "debris", "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert sorted(row["place"] for row in rows) == ["Brovary", "Reni"]
    assert float(rows[0]["lat"]) > 40


def test_export_and_input(tmp_path, store_url, sample_extractions):
    db = str(_store(store_url, sample_extractions))
    out = tmp_path / "x.gpkg"
    r = CliRunner().invoke(
        main,
        [
            "export",
            "--db",
            db,
            "--near",
            "44.617,33.525",
            "--radius",
            "30",
            "--format",
            "gpkg",
            "-o",
            str(out),
        ],
    )
    assert r.exit_code == 0, r.output
    assert gpd.read_file(out)["place"].tolist() == ["Sevastopol"]
    gj = tmp_path / "x.geojson"
    CliRunner().invoke(main, ["export", "--db", db, "--format", "geojson", "-o", str(gj)])
    r = CliRunner().invoke(main, ["query", "--input", str(gj), "--region", "Kiev", "--format", "csv"])
    assert [row["place"] for row in csv.DictReader(io.StringIO(r.stdout))] == ["Kyiv"]


def test_bad_values_exit_2_with_the_value(tmp_path, store_url, sample_extractions):
    db = str(_store(store_url, sample_extractions))
    runner = CliRunner()
    for args, needle in [
        (["--bbox", "1,2,3"], "'1,2,3'"),
        (["--near", "Kyiv", "--radius", "0"], "radius 0"),
        (["--since", "2024-02-30"], "'2024-02-30'"),
        (["--region", "Atlantide"], "unknown region 'Atlantide'"),
        (["--type", "bombing"], "'bombing'"),
    ]:
        r = runner.invoke(main, ["query", "--db", db, *args])
        assert r.exit_code == 2, (args, r.output)
        assert needle in r.stderr and "incimap: error:" in r.stderr
        assert "Traceback" not in r.output


def test_foreign_db_exit_2(tmp_path):
    bad = tmp_path / "notes.gpkg"
    bad.write_text("hello", encoding="utf-8")
    r = CliRunner().invoke(main, ["query", "--db", str(bad)])
    assert r.exit_code == 2
    assert "left untouched" in r.stderr
    assert bad.read_text(encoding="utf-8") == "hello"


def test_regions_list():
    r = CliRunner().invoke(main, ["regions", "list", "--country", "UA"])
    assert r.exit_code == 0
    assert "ua-sevastopol" in r.stdout and "Sébastopol" in r.stdout
    r = CliRunner().invoke(main, ["regions", "list", "--kind", "border_zone"])
    assert "romanian-border" in r.stdout


@pytest.mark.slow
def test_ingest_samples_twice_and_skip_a_bad_file(tmp_path, store_url, samples_dir):
    db = store_url
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\x00\x01\x02\xff\xfe binary junk" * 50)
    files = sorted(str(p) for p in samples_dir.glob("*.txt"))
    assert files
    runner = CliRunner()
    r = runner.invoke(main, ["ingest", *files, str(bad), "--db", str(db)])
    assert r.exit_code == 1, r.output
    assert "broken.txt" in r.stderr
    assert f"{len(files)} added" in r.stdout
    with open_store(db) as store:
        first = store.count()
    assert first["articles"] == len(files)
    assert first["incidents"] > 0
    r = runner.invoke(main, ["ingest", *files, "--db", str(db)])
    assert r.exit_code == 0, r.output
    assert f"0 added, 0 replaced, {len(files)} unchanged" in r.stdout
    with open_store(db) as store:
        assert store.count() == first


def test_export_refuses_to_overwrite_the_store(tmp_path, sample_extractions):
    db = _store(tmp_path / "incidents.gpkg", sample_extractions)
    before = db.read_bytes()
    r = CliRunner().invoke(main, ["export", "--db", str(db), "--format", "gpkg", "-o", str(db)])
    assert r.exit_code == 2
    assert "the incident store itself" in r.stderr
    assert db.read_bytes() == before


def test_unreachable_postgis_url_exit_2_without_the_password():
    pytest.importorskip("psycopg", reason='psycopg is not installed: pip install "incimap[postgis]"')
    url = "postgresql://reporter:s3cret@127.0.0.1:1/incidents"
    for args in (["query", "--db", url], ["export", "--db", url, "--format", "csv", "-o", "x.csv"]):
        r = CliRunner().invoke(main, args)
        assert r.exit_code == 2, r.output
        assert "cannot connect to the PostGIS store postgresql://reporter@127.0.0.1:1/incidents" in r.stderr
        assert "s3cret" not in r.output
