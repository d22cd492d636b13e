"""A real ingest process killed with SIGKILL leaves a store that opens, with no half article
(GeoPackage file; PostGIS server: the killed client's open transaction is rolled back)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from geo.store import open_store

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {root!r})
    from bench.synth import synthetic_extractions
    from geo.store import open_store
    with open_store({db!r}) as store:
        for i, result in enumerate(store.ingest_many(
                synthetic_extractions(100000, incidents_per_article=40, seed={seed}), batch=1)):
            if i == 5:
                print("ready", flush=True)
    """
)


def _check_consistent(db: Path) -> int:
    with open_store(db) as store:
        counts = store.count()
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # Every article holds exactly the incidents it announced: none half written.
        bad = conn.execute(
            "SELECT a.article_id, a.n_incidents, count(s.fid) FROM articles a "
            "LEFT JOIN incident_sources s ON s.article_id = a.article_id "
            "GROUP BY a.article_id HAVING a.n_incidents != count(s.fid)"
        ).fetchall()
        assert bad == []
        orphans = conn.execute(
            "SELECT count(*) FROM incident_sources s WHERE s.article_id NOT IN (SELECT article_id FROM articles)"
        ).fetchone()[0]
        assert orphans == 0
        lonely = conn.execute(
            "SELECT count(*) FROM incidents i WHERE NOT EXISTS "
            "(SELECT 1 FROM incident_sources s WHERE s.incident_fid = i.fid)"
        ).fetchone()[0]
        assert lonely == 0
        n_rtree = conn.execute("SELECT count(*) FROM rtree_incidents_geom").fetchone()[0]
        assert n_rtree == counts["incidents"]
    return counts["articles"]


@pytest.mark.slow
@pytest.mark.parametrize("delay", [0.05, 0.4, 1.0], ids=["early", "mid", "late"])
def test_sigkill_during_ingest_leaves_a_consistent_store(tmp_path, delay):
    db = tmp_path / "incidents.gpkg"
    script = SCRIPT.format(root=str(ROOT), db=str(db), seed=int(delay * 100))
    proc = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        line = proc.stdout.readline()
        assert line.strip() == "ready", proc.stderr.read()
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    n_articles = _check_consistent(db)
    assert n_articles >= 6
    # The store is still writable after the crash, and re-ingesting is idempotent.
    from bench.synth import synthetic_extractions

    with open_store(db) as store:
        results = list(
            store.ingest_many(synthetic_extractions(3, incidents_per_article=40, seed=int(delay * 100)))
        )
        assert {r.status for r in results} == {"unchanged"}


def _check_consistent_postgis(url: str) -> int:
    from .conftest import execute_sql

    with open_store(url) as store:
        counts = store.count()
    bad = execute_sql(
        url,
        "SELECT a.article_id, a.n_incidents, count(s.fid) FROM articles a "
        "LEFT JOIN incident_sources s ON s.article_id = a.article_id "
        "GROUP BY a.article_id, a.n_incidents HAVING a.n_incidents != count(s.fid)",
    )
    assert bad == []
    orphans = execute_sql(
        url,
        "SELECT count(*) FROM incident_sources s WHERE s.article_id NOT IN (SELECT article_id FROM articles)",
    )
    assert orphans == [(0,)]
    lonely = execute_sql(
        url,
        "SELECT count(*) FROM incidents i WHERE NOT EXISTS "
        "(SELECT 1 FROM incident_sources s WHERE s.incident_fid = i.fid)",
    )
    assert lonely == [(0,)]
    assert execute_sql(url, "SELECT count(*) FROM incidents WHERE geom IS NULL") == [(0,)]
    return counts["articles"]


@pytest.mark.slow
@pytest.mark.postgis
@pytest.mark.parametrize("delay", [0.05, 1.0], ids=["early", "late"])
def test_sigkill_of_an_ingest_into_postgis_leaves_no_half_article(pg_server, delay):
    """The client is killed mid-transaction: the server rolls the open article back."""
    from .conftest import execute_sql, fresh_database

    url = fresh_database(pg_server)
    script = SCRIPT.format(root=str(ROOT), db=url, seed=int(delay * 100))
    proc = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        line = proc.stdout.readline()
        assert line.strip() == "ready", proc.stderr.read()
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    # The server notices the dropped connection and aborts its transaction (and its lock).
    for _ in range(100):
        busy = execute_sql(
            url,
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid != pg_backend_pid()",
        )
        if busy == [(0,)]:
            break
        time.sleep(0.1)
    n_articles = _check_consistent_postgis(url)
    assert n_articles >= 6
    from bench.synth import synthetic_extractions

    with open_store(url) as store:
        results = list(
            store.ingest_many(synthetic_extractions(3, incidents_per_article=40, seed=int(delay * 100)))
        )
        assert {r.status for r in results} == {"unchanged"}
