"""Fixtures of the front-line tests: an isolated user directory, the reference folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import shapely
from shapely.geometry import shape

from geo import frontline as F

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
REFERENCE = SHARED / "reference" / "frontlines"

#: The three reference dates, their raw DeepStateMap snapshot, and the README's occupied area.
REFERENCE_DATES = {
    "2023-09-13": ("1694638465.geojson", 108_436),
    "2024-09-14": ("1726316720.geojson", 110_043),
    "2024-11-13": ("1731534996.geojson", 111_045),
}


@pytest.fixture(autouse=True)
def user_dir(tmp_path, monkeypatch) -> Path:
    """Imports go to a fresh user directory; the per-process cache is cleared around each test."""
    path = tmp_path / "user"
    monkeypatch.setenv("INCIMAP_USER_DIR", str(path))
    F._load_cached.cache_clear()
    yield path
    F._load_cached.cache_clear()


@pytest.fixture(scope="session")
def reference_dir() -> Path:
    """../shared/reference/frontlines (never copied into the repository: read in place)."""
    if not (REFERENCE / "README.md").is_file():
        pytest.skip(
            f"front-line reference not found at {REFERENCE} (it lives beside the repository in ../shared)"
        )
    return REFERENCE


def reference_front(reference_dir: Path, day: str):
    """The reference line of a date, as measured against: the derived ``frontline_approx``
    layer without (a) the boundaries of slivers between DeepStateMap's adjacent polygons that
    lie inside the occupied area (the 2014 ORDLO line, > 3 km from the closed occupied
    boundary) and (b) short fragments lying along the Ukrainian border or coast (the
    reference's 2 km inset leaves them where DeepStateMap's border differs from Natural
    Earth's). The Kursk salient is not in the reference line: its occupied area does not
    include it (the salient is 'dismissed' territory in Russia), so it is compared as an area.
    """
    data = json.loads((reference_dir / "derived" / f"deepstate_{day}.geojson").read_text(encoding="utf-8"))
    layers = {f["properties"]["layer"]: shape(f["geometry"]) for f in data["features"]}
    line, occupied = layers["frontline_approx"], layers["occupied"]
    closed = F._to_metric(occupied).buffer(1000).buffer(-1000).boundary
    border = F._outline_metric().boundary
    keep = []
    for piece in line.geoms:
        dense = shapely.segmentize(F._to_metric(piece), 500.0)
        pts = shapely.points(shapely.get_coordinates(dense))
        if (shapely.distance(pts, closed) > 3000).mean() >= 0.5:
            continue
        if dense.length < 20_000 and (shapely.distance(pts, border) < 4000).mean() >= 0.8:
            continue
        keep.append(piece)
    return shapely.MultiLineString(keep), occupied
