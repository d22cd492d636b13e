"""The whole path from article files to a store, a GeoJSON file and a map.

articles → mentions → incidents → store → query → GeoJSON export and Folium map.
Used by ``incimap demo``; each step is one module's public function.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd

__all__ = ["PipelineResult", "run_pipeline"]

logger = logging.getLogger(__name__)


@dataclass
class PipelineResult:
    """What :func:`run_pipeline` wrote, and what it found."""

    map_path: Path
    geojson_path: Path
    store_path: Path
    incidents: gpd.GeoDataFrame
    articles: int
    failed: list[tuple[Path, str]] = field(default_factory=list)

    def summary(self) -> str:
        """One line: incidents, places, date range."""
        gdf = self.incidents
        n = len(gdf)
        places = gdf["place"].dropna().nunique() if n else 0
        dates = sorted(d for d in gdf["date"].dropna().astype(str)) if n else []
        span = f"{dates[0]} to {dates[-1]}" if dates else "no dates"
        line = f"{n} incidents at {places} places from {self.articles} articles, {span}"
        if self.failed:
            line += f"; {len(self.failed)} file(s) skipped"
        return line


def run_pipeline(
    files: Sequence[Path],
    *,
    out_dir: Path,
    offline: bool = True,
    frontline: str = "latest",
    fresh: bool = True,
) -> PipelineResult:
    """Extract, store, export and map the incidents of ``files`` into ``out_dir``.

    Parameters
    ----------
    files
        Article files (UTF-8 text in the seed format).
    out_dir
        Created if needed; receives ``incidents.gpkg``, ``incidents.geojson``, ``map.html``.
    offline
        Write a self-contained map (inlined assets, vector basemap).
    frontline
        ``"latest"``, ``"none"`` or an ISO date for the front-line layer shown by default.
    fresh
        Start from an empty store. The store keeps an unchanged article as it was
        ingested, so without this a rerun after an upgrade of incimap would keep the
        incidents of the older extractor.
    """
    from gazetteer import Gazetteer
    from geo.articles import read_articles
    from geo.export import write
    from geo.extract import extract
    from geo.query import Query
    from geo.store import open_store
    from maps import build_map, save_map

    out_dir.mkdir(parents=True, exist_ok=True)
    store_path = out_dir / "incidents.gpkg"
    geojson_path = out_dir / "incidents.geojson"
    map_path = out_dir / "map.html"

    if fresh:
        store_path.unlink(missing_ok=True)
    gazetteer = Gazetteer.default()
    read = read_articles(files)
    articles = read.articles
    failed = [(f.path, str(f.error)) for f in read.failures]
    with open_store(store_path) as store:
        for article in articles:
            store.ingest(extract(article, gazetteer=gazetteer))
        incidents = store.query(Query())
    write(incidents, geojson_path, format="geojson")
    m = build_map(incidents, frontline=frontline, offline=offline, title="incimap demo")
    save_map(m, map_path)
    logger.info("wrote %s and %s", geojson_path, map_path)
    return PipelineResult(map_path, geojson_path, store_path, incidents, len(articles), failed)
