"""Parallel ingest (``--workers``, ``--scheduler``): the same store as a single-process ingest."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from geo.cli import main
from geo.errors import IncimapError
from geo.parallel import ParallelError, iter_extractions
from geo.query import Query
from geo.store import open_store, run_query

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, samples_dir) -> list[Path]:
    """37 files: the sample dispatches under four names each (the copies of one dispatch
    report the same events, so the cross-article merges depend on the ingest order) and
    one unreadable file in the middle."""
    out = tmp_path_factory.mktemp("corpus")
    files = []
    samples = sorted(samples_dir.glob("*.txt"))
    assert len(samples) >= 5
    for copy in range(4):
        for sample in samples:
            path = out / f"{copy}_{sample.name}"
            path.write_text(sample.read_text(encoding="utf-8") + f"\n\n(copie {copy})\n", encoding="utf-8")
            files.append(path)
        if copy == 1:
            bad = out / "1_zz_broken.txt"
            bad.write_bytes(b"\x00\x01\xff\xfe junk" * 40)
            files.append(bad)
    return files


def _ingest(db, files, *extra) -> str:
    r = CliRunner().invoke(main, ["ingest", *map(str, files), "--db", str(db), *extra])
    assert r.exit_code == 1, r.output  # the broken file is reported
    assert "1_zz_broken.txt" in r.stderr
    return r.stdout


def _snapshot(db, tmp_path: Path, name: str) -> tuple:
    gdf = run_query(Query(), store=db)
    out = tmp_path / f"{name}.geojson"
    CliRunner().invoke(main, ["export", "--db", str(db), "--format", "geojson", "-o", str(out)])
    with open_store(db) as store:
        articles = store.articles()
        counts = store.count()
    return gdf, json.loads(out.read_text(encoding="utf-8")), articles, counts


def test_workers_and_a_dask_cluster_give_the_single_process_store(tmp_path, corpus):
    distributed = pytest.importorskip(
        "distributed", reason='Dask is not installed: pip install "incimap[dask]"'
    )
    import pandas as pd

    one = _ingest(tmp_path / "one.gpkg", corpus)
    two = _ingest(tmp_path / "two.gpkg", corpus, "--workers", "2")
    with distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    ) as cluster:
        dask = _ingest(tmp_path / "dask.gpkg", corpus, "--scheduler", cluster.scheduler_address)
    assert one.replace("one.gpkg", "X") == two.replace("two.gpkg", "X") == dask.replace("dask.gpkg", "X")
    ref = _snapshot(tmp_path / "one.gpkg", tmp_path, "one")
    assert ref[3]["articles"] == 36 and ref[3]["incidents"] > 0
    assert ref[3]["sources"] > ref[3]["incidents"]  # copies were merged as sources
    for name in ("two", "dask"):
        got = _snapshot(tmp_path / f"{name}.gpkg", tmp_path, name)
        pd.testing.assert_frame_equal(ref[0].drop(columns="geometry"), got[0].drop(columns="geometry"))
        assert got[1] == ref[1]  # the GeoJSON exports
        assert got[2] == ref[2]  # the articles table (ids, hashes, incident counts)
        assert got[3] == ref[3]


@pytest.mark.postgis
def test_parallel_ingest_into_postgis_matches_the_geopackage(tmp_path, corpus, pg_server):
    import pandas as pd

    from .conftest import fresh_database

    url = fresh_database(pg_server)
    _ingest(tmp_path / "one.gpkg", corpus)
    _ingest(url, corpus, "--workers", "2", "--batch", "5")
    pd.testing.assert_frame_equal(
        run_query(Query(), store=tmp_path / "one.gpkg").drop(columns="geometry"),
        run_query(Query(), store=url).drop(columns="geometry"),
    )


def test_results_come_back_in_file_order_with_small_chunks(corpus):
    results = list(iter_extractions(corpus, workers=2, chunk_size=3))
    assert [r.path for r in results] == corpus
    assert [r.error is not None for r in results] == [p.name == "1_zz_broken.txt" for p in corpus]
    assert all(r.extraction.mentions == [] for r in results if r.extraction is not None)
    assert sum(len(r.extraction.incidents) for r in results if r.extraction) > 0


def test_bad_parallel_options_are_clear_errors(tmp_path, corpus):
    runner = CliRunner()
    for args, needle in [
        (["--workers", "0"], "--workers 0"),
        (["--workers", "2", "--scheduler", "tcp://127.0.0.1:9"], "not both"),
        (["--scheduler", "tcp://127.0.0.1:9"], "cannot reach the Dask scheduler"),
    ]:
        r = runner.invoke(main, ["ingest", str(corpus[0]), "--db", str(tmp_path / "x.gpkg"), *args])
        assert r.exit_code == 2, (args, r.output)
        assert needle in r.stderr and "Traceback" not in r.output
    assert issubclass(ParallelError, IncimapError)
