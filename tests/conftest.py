"""Fixtures shared by every test package."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
SAMPLES = ROOT / "data" / "samples"


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    """The team's own sample dispatches (always in the repository)."""
    return SAMPLES


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The five real seed articles, read in place from ../shared/seeds."""
    if not (SEEDS / "gold.jsonl").is_file():
        pytest.skip(f"seed articles not found at {SEEDS} (they live beside the repository in ../shared)")
    return SEEDS


@pytest.fixture(scope="session")
def gold_path(seeds_dir: Path) -> Path:
    return seeds_dir / "gold.jsonl"
