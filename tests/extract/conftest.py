"""Fixtures of the extraction tests: the real gazetteer and the seed folder."""

from __future__ import annotations

from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"


@pytest.fixture(scope="session")
def gazetteer():
    """The real built gazetteer (built on first use)."""
    from gazetteer.db import Gazetteer

    return Gazetteer.default()


@pytest.fixture(scope="session")
def seeds() -> Path:
    """The seed articles and gold, read in place from ../shared/seeds."""
    if not (SEEDS / "gold.jsonl").is_file():
        pytest.skip(f"seed articles not found at {SEEDS} (they live beside the repository in ../shared)")
    return SEEDS
