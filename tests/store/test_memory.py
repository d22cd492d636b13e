"""The in-memory copy of a GeoPackage store (geo.columnar) answers exactly as the file does.

A store opened with ``memory=False`` reads rows with SQL; ``memory=True`` builds every frame
from Arrow columns read through GDAL. Both must give equal frames (values, order, dtypes) for
every kind of query, and the copy must follow writes, ours and another process's.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from geo.query import Query
from geo.store import open_store

from .conftest import SEVASTOPOL, Extraction, article, incident

ROOT = Path(__file__).resolve().parents[2]

QUERIES = [
    Query(),
    Query(region="région de Koursk"),
    Query(region="romanian-border"),
    Query(region="Ukraine", types="drone_strike,debris"),
    Query(region="Russie", since="2024-03-01", until="2024-10-31"),
    Query(bbox="30,46,36,52"),
    Query(near="Sébastopol", radius_km=200),
    Query(types="shelling"),
    Query(since="2024-06-01"),
    Query(types="missile_strike", until="2024-05-31"),
]


@pytest.fixture(scope="module")
def synthetic_store(tmp_path_factory) -> Path:
    sys.path.insert(0, str(ROOT))
    from bench.synth import synthetic_extractions

    path = tmp_path_factory.mktemp("memory") / "synthetic.gpkg"
    xs = list(synthetic_extractions(400, incidents_per_article=10, seed=11, box=(27.0, 44.0, 40.0, 53.0)))
    with open_store(path) as store:
        for _ in store.ingest_many(xs, batch=200):
            pass
    return path


@pytest.mark.parametrize("q", QUERIES, ids=lambda q: q.describe() or "everything")
def test_memory_and_file_give_equal_frames(synthetic_store, q):
    with open_store(synthetic_store, create=False, memory=False) as on_file:
        expected = on_file.query(q)
    with open_store(synthetic_store, create=False, memory=True) as in_memory:
        got = in_memory.query(q)
        assert in_memory._memory is not None and in_memory._memory[1].columns is not None
    assert len(expected) > 0
    pd.testing.assert_frame_equal(got, expected)


def test_nested_values_and_missing_ones_survive_the_columns(tmp_path, sample_extractions):
    store_url = tmp_path / "nested.gpkg"
    with open_store(store_url) as store:
        for x in sample_extractions:
            store.ingest(x)
    with open_store(store_url, memory=False) as on_file, open_store(store_url, memory=True) as in_memory:
        expected, got = on_file.query(), in_memory.query()
    pd.testing.assert_frame_equal(got, expected)
    izmail = got.set_index("place").loc["Izmail"]
    assert izmail["weapons"] == {"drones": 12}
    assert izmail["sources"] == [izmail["source"]]
    assert izmail["source"]["url"] == "https://example.invalid/a2_izmail"
    unplaced = got[got["place"].isna()]
    assert len(unplaced) == 1 and unplaced.geometry.iloc[0] is None
    assert got["killed"].dtype == "Int64" and pd.isna(got.set_index("place").loc["Kyiv", "killed"])


def test_the_copy_follows_our_writes_and_another_process(tmp_path, sample_extractions):
    path = tmp_path / "live.gpkg"
    with open_store(path) as store:
        for x in sample_extractions:
            store.ingest(x)
    crimea = Query(near="Sébastopol", radius_km=30)
    with open_store(path, memory=True) as store:
        assert store.query(crimea)["place"].tolist() == ["Sevastopol"]
        first_copy = store._memory[1]
        # Our own write: a second strike near Sevastopol.
        a4 = article("a4_crimea", published=date(2024, 11, 20))
        store.ingest(
            Extraction(a4, [incident("drone_strike", "Sevastopol", *SEVASTOPOL, date(2024, 11, 19), a4)])
        )
        assert store.query(crimea)["date"].tolist() == ["2023-09-13", "2024-11-19"]
        assert store._memory[1] is not first_copy
        # Another process removes it (replaces the article by an empty one).
        code = (
            "import sys; from datetime import date; sys.path.insert(0, sys.argv[2]);"
            "from geo.store import open_store; from geo.models import Article;"
            "from tests.store.conftest import Extraction;"
            "s = open_store(sys.argv[1]);"
            "s.ingest(Extraction(Article(id='a4_crimea', text='retracted', published=date(2024, 11, 21))));"
            "s.close()"
        )
        subprocess.run([sys.executable, "-c", code, str(path), str(ROOT)], check=True, cwd=ROOT)
        assert store.query(crimea)["date"].tolist() == ["2023-09-13"]


def test_memory_false_never_reads_the_columns(tmp_path, sample_extractions):
    path = tmp_path / "lean.gpkg"
    with open_store(path, memory=False) as store:
        for x in sample_extractions:
            store.ingest(x)
        for _ in range(3):
            assert len(store.query(Query(region="Ukraine"))) == 5
        assert store._memory is None
