"""A real ingest process killed with SIGKILL leaves a store that opens, with no half article."""

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
