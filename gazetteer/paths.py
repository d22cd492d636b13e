"""Where incimap keeps its data tables, caches and user data."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

__all__ = ["cache_dir", "data_dir", "user_data_dir"]


def data_dir() -> Path:
    """The team's own data tables (``data/`` at the repository root).

    ``INCIMAP_DATA_DIR`` overrides it.
    """
    env = os.environ.get("INCIMAP_DATA_DIR")
    if env:
        return Path(env)
    return Path(__file__).resolve().parent.parent / "data"


def cache_dir() -> Path:
    """Generated artefacts (the built gazetteer, boundaries); never committed.

    ``INCIMAP_CACHE_DIR`` overrides the platform's user cache directory.
    """
    env = os.environ.get("INCIMAP_CACHE_DIR")
    path = Path(env) if env else Path(platformdirs.user_cache_dir("incimap"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_data_dir() -> Path:
    """User data that must persist (imported front lines).

    ``INCIMAP_USER_DIR`` overrides the platform's user data directory.
    """
    env = os.environ.get("INCIMAP_USER_DIR")
    path = Path(env) if env else Path(platformdirs.user_data_dir("incimap"))
    path.mkdir(parents=True, exist_ok=True)
    return path
