"""Fixtures of the gazetteer tests: the real built gazetteer (built once if missing or stale)."""

from __future__ import annotations

from pathlib import Path

import pytest

from gazetteer.db import Gazetteer


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    """The default gazetteer (``cache_dir()/gazetteer.sqlite``), built on first use."""
    return Gazetteer.default()


@pytest.fixture(scope="session")
def seeds() -> Path:
    """``../shared/seeds`` beside the repository; skip when absent."""
    path = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
    if not (path / "gold.jsonl").is_file():
        pytest.skip(f"seed gold file not found at {path / 'gold.jsonl'} (it lives beside the repository)")
    return path
