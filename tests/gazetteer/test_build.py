"""gazetteer.build: a real build into a temporary directory, our tables' schema, bad files."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from gazetteer.build import CSV_COLUMNS, build, read_table, surfaces_in_order
from gazetteer.db import Gazetteer
from gazetteer.errors import GazetteerBuildError, GazetteerNotBuiltError
from gazetteer.paths import data_dir
from gazetteer.place import KINDS

TABLES = sorted((data_dir() / "gazetteer").glob("*.csv"))


@pytest.mark.parametrize("path", TABLES, ids=[p.name for p in TABLES])
def test_every_table_has_the_common_schema(path: Path) -> None:
    rows = read_table(path)
    assert rows, f"{path.name} is empty"
    for row in rows:
        assert set(CSV_COLUMNS) <= set(row)
        assert row["kind"] in KINDS
        assert row["source"], f"{path.name}:{row['key']} has no source"
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180


def test_oblast_table_covers_ukraine(gaz: Gazetteer) -> None:
    rows = read_table(data_dir() / "gazetteer" / "oblasts.csv")
    codes = {r["geonames_admin1"] for r in rows}
    assert {f"UA.{i:02d}" for i in range(1, 28)} <= codes
    assert {"RU.41", "RU.09", "RU.10", "RU.61", "RU.86", "RO.37", "RO.18", "RO.07", "RO.34", "MD.58"} <= codes


@pytest.mark.slow
def test_build_into_tmp_dir(tmp_path: Path) -> None:
    path = build(path=tmp_path / "g.sqlite", force=True)
    con = sqlite3.connect(path)
    try:
        meta = dict(con.execute("SELECT k, v FROM meta"))
        n_places = con.execute("SELECT count(*) FROM places").fetchone()[0]
        kinds = dict(con.execute("SELECT kind, count(*) FROM places GROUP BY kind"))
        ua = con.execute(
            "SELECT count(*) FROM places WHERE country='UA' AND kind IN ('city','village')"
        ).fetchone()[0]
    finally:
        con.close()
    assert int(meta["places"]) == n_places > 50_000
    assert int(meta["names"]) > 200_000
    assert ua > 5_000
    assert kinds["country"] > 200 and kinds["oblast"] > 150 and kinds["sea"] >= 10 and kinds["continent"] == 7
    assert set(kinds) <= set(KINDS)
    # the file opens and answers; a second build with force=False keeps the file
    gaz = Gazetteer.load(path)
    assert gaz.lookup("Kiev", limit=1)[0].id == "geonames:703448"
    mtime = path.stat().st_mtime_ns
    assert build(path=path) == path and path.stat().st_mtime_ns == mtime


def test_missing_and_corrupt_files_name_the_build_command(tmp_path: Path) -> None:
    with pytest.raises(GazetteerNotBuiltError, match="incimap gazetteer build"):
        Gazetteer.load(tmp_path / "nope.sqlite")
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(GazetteerNotBuiltError, match="incimap gazetteer build"):
        Gazetteer.load(bad)
    empty = tmp_path / "empty.sqlite"
    sqlite3.connect(empty).close()
    with pytest.raises(GazetteerNotBuiltError, match="corrupt"):
        Gazetteer.load(empty)


@pytest.mark.slow
def test_default_file_corrupt_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INCIMAP_CACHE_DIR", str(tmp_path))
    (tmp_path / "gazetteer.sqlite").write_bytes(b"garbage")
    gaz = Gazetteer.load()
    assert gaz.path == tmp_path / "gazetteer.sqlite"
    assert gaz.lookup("Soumy", limit=1)[0].name == "Sumy"


@pytest.mark.parametrize(
    ("content", "match"),
    [
        ("key,name,kind\nx,X,city\n", "missing column"),
        (",".join(CSV_COLUMNS) + "\nx,X,,,town,UA,,50,30,,me\n", "unknown kind 'town'"),
        (",".join(CSV_COLUMNS) + "\nx,X,,,city,UA,,north,30,,me\n", "decimal degrees"),
        (",".join(CSV_COLUMNS) + "\nx,X,,,city,UA,,95,30,,me\n", "out of range"),
    ],
    ids=["missing-column", "bad-kind", "bad-lat", "lat-range"],
)
def test_bad_tables_are_refused(tmp_path: Path, content: str, match: str) -> None:
    path = tmp_path / "broken.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GazetteerBuildError, match=match):
        read_table(path)


@pytest.mark.slow
def test_build_reads_every_table_of_the_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    shutil.copytree(data_dir() / "gazetteer", data / "gazetteer")
    (data / "gazetteer" / "extra_test.csv").write_text(
        ",".join(CSV_COLUMNS)
        + "\nzz-1,Zzyzxville,Zzyzxville-la-Jolie,Zzyzx,village,UA,Kherson Oblast,46.6,32.6,12,test\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("INCIMAP_DATA_DIR", str(data))
    gaz = Gazetteer.load(build(path=tmp_path / "g.sqlite"))
    place = gaz.lookup("Zzyzxville-la-Jolie", limit=1)[0]
    assert (place.id, place.kind, place.admin1) == ("incimap:extra_test:zz-1", "village", "Kherson Oblast")


@pytest.mark.slow
def test_malformed_table_keeps_the_previous_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    shutil.copytree(data_dir() / "gazetteer", data / "gazetteer")
    monkeypatch.setenv("INCIMAP_DATA_DIR", str(data))
    monkeypatch.setenv("INCIMAP_CACHE_DIR", str(tmp_path / "cache"))
    first = Gazetteer.load()
    assert first.lookup("Kiev", limit=1)[0].id == "geonames:703448"
    (data / "gazetteer" / "broken.csv").write_text("key,name\nx,X\n", encoding="utf-8")
    with pytest.raises(GazetteerBuildError, match=r"broken\.csv: missing column"):
        build(path=tmp_path / "other.sqlite")
    again = Gazetteer.load()  # stale (the tables changed) and unbuildable: the old file is used
    assert again.lookup("Kiev", limit=1)[0].id == "geonames:703448"


def test_the_surface_kept_for_a_folded_name_does_not_depend_on_the_hash_seed() -> None:
    # a set's order changes from one interpreter to the next; the build used to keep whichever
    # spelling came first, and « Pekin' » made « Pékin, » a six-character match
    names = {"Pekin'", "Pékin", "Pekino", "Peking"}
    assert surfaces_in_order(names) == ["Peking", "Pekino", "Pékin", "Pekin'"]
    assert surfaces_in_order(set(reversed(sorted(names)))) == surfaces_in_order(names)


def test_a_build_keeps_the_name_that_folds_whole(gaz: Gazetteer) -> None:
    con = sqlite3.connect(f"file:{gaz.path}?mode=ro", uri=True)
    try:
        kept = {
            name
            for (name,) in con.execute(
                "SELECT n.name FROM names n JOIN places p ON p.pid = n.pid WHERE n.folded = 'pekin' AND p.id = ?",
                ("geonames:1816670",),
            )
        }
    finally:
        con.close()
    # (« Pekin' » is also among Beijing's names: a match of it would be six characters long)
    assert len(kept) == 1 and all(len(name) == len("pekin") for name in kept)
