"""CLI commands of the store: ``ingest``, ``query``, ``export``, ``regions list``."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import click

from geo.cli.options import filter_options, load_incidents

__all__ = ["COMMANDS", "export", "ingest", "query", "regions"]

logger = logging.getLogger(__name__)

_PROGRESS_MIN = 20  # show a progress bar from this many files


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--db", metavar="PATH|URL", default="incidents.gpkg", show_default=True, help="Incident store.")
@click.option(
    "--published", metavar="DATE", default=None, help="Publication date for articles that lack one."
)
@click.option("--batch", type=int, default=1, show_default=True, help="Articles per transaction.")
@click.option(
    "--workers",
    type=int,
    default=1,
    show_default=True,
    metavar="N",
    help="Extract in N local processes (one writer; same result as 1).",
)
@click.option(
    "--scheduler",
    metavar="tcp://HOST:PORT",
    default=None,
    help="Extract on an existing Dask cluster (pip install 'incimap[dask]').",
)
def ingest(
    files: tuple[Path, ...], db: str, published: str | None, batch: int, workers: int, scheduler: str | None
) -> None:
    """Extract the incidents of article FILES and store them (idempotent)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from geo.parallel import ParallelError, iter_extractions
    from geo.query import parse_date
    from geo.store import open_store

    pub = parse_date(published, what="--published") if published else None
    if workers < 1:
        msg = f"--workers {workers}: give 1 or more worker processes"
        raise ParallelError(msg)
    if scheduler and workers > 1:
        msg = f"give either --workers {workers} (local processes) or --scheduler {scheduler} (Dask), not both"
        raise ParallelError(msg)
    failed: list[tuple[Path, str]] = []
    totals = {"added": 0, "replaced": 0, "unchanged": 0, "incidents": 0, "merged": 0}

    def extractions():
        for result in iter_extractions(files, published=pub, workers=workers, scheduler=scheduler):
            if result.extraction is not None:
                yield result.extraction
            else:
                failed.append((result.path, result.error or "unreadable"))
                logger.warning("skipped %s: %s", result.path, result.error)
            progress.advance(task)

    with (
        open_store(db) as store,
        Progress(
            TextColumn("ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            transient=True,
            disable=len(files) < _PROGRESS_MIN or not sys.stderr.isatty(),
        ) as progress,
    ):
        task = progress.add_task("ingest", total=len(files))
        for result in store.ingest_many(extractions(), batch=max(1, batch)):
            totals[result.status] += 1
            totals["incidents"] += result.incidents
            totals["merged"] += result.merged
        counts = store.count()
    click.echo(
        f"{totals['added']} added, {totals['replaced']} replaced, {totals['unchanged']} unchanged; "
        f"{totals['incidents']} new incidents, {totals['merged']} merged into existing ones; "
        f"store {getattr(store, 'location', db)}: {counts['incidents']} incidents from {counts['articles']} articles"
    )
    for path, err in failed:
        click.echo(f"incimap: error: skipped {path}: {err}", err=True)
    if failed:
        sys.exit(1)


def _table(gdf) -> str:
    if not len(gdf):
        return "no incidents"
    cols = ["date", "event", "place", "admin1", "country", "killed", "injured", "lat", "lon", "article"]
    view = gdf[[c for c in cols if c in gdf.columns]].copy().astype(object)
    view = view.where(view.notna(), "")
    for c in ("lat", "lon"):
        view[c] = [f"{v:.4f}" if isinstance(v, float) else v for v in view[c]]
    return view.to_string(index=False, na_rep="")


@click.command()
@filter_options
@click.option(
    "--format", "fmt", type=click.Choice(["table", "geojson", "csv"]), default="table", show_default=True
)
def query(fmt: str, **opts) -> None:
    """Select incidents by region, bbox, radius, dates and types."""
    from geo.export import to_csv_rows, to_geojson

    gdf = load_incidents(**opts)
    if fmt == "geojson":
        click.echo(json.dumps(to_geojson(gdf), ensure_ascii=False))
    elif fmt == "csv":
        import csv
        import io

        header, rows = to_csv_rows(gdf)
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(header)
        writer.writerows(rows)
        click.echo(buf.getvalue(), nl=False)
    else:
        click.echo(_table(gdf))
        click.echo(f"{len(gdf)} incident(s)", err=True)


@click.command()
@filter_options
@click.option("--format", "fmt", type=click.Choice(["geojson", "gpkg", "csv"]), required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True)
def export(fmt: str, output: Path, **opts) -> None:
    """Write the selected incidents to a GeoJSON, GeoPackage or CSV file."""
    from geo.errors import QueryError
    from geo.export import write
    from geo.store import DEFAULT_DB

    db = opts.get("db")
    if opts.get("input_path") is None and "://" not in str(db or ""):
        if output.resolve() == Path(db or DEFAULT_DB).resolve():
            msg = f"-o {output} is the incident store itself; choose another output file"
            raise QueryError(msg)
    if opts.get("input_path") is not None and output.resolve() == Path(opts["input_path"]).resolve():
        msg = f"-o {output} is the --input file itself; choose another output file"
        raise QueryError(msg)
    gdf = load_incidents(**opts)
    path = write(gdf, output, format=fmt)
    click.echo(f"wrote {len(gdf)} incident(s) to {path}")


@click.group()
def regions() -> None:
    """Named regions (countries, oblasts, the Romanian border zone)."""


@regions.command("list")
@click.option("--kind", default=None, help="Only one kind (country, oblast, county, border_zone…).")
@click.option("--country", default=None, help="Only one country (ISO alpha-2, e.g. UA).")
@click.option("--all", "show_all", is_flag=True, help="Also countries outside the focus area.")
def regions_list(kind: str | None, country: str | None, show_all: bool) -> None:
    """List the region names accepted by --region."""
    from geo.regions import FOCUS_COUNTRIES, list_regions

    rows = list_regions(kind=kind, country=country)
    if not show_all and country is None:
        rows = [r for r in rows if r.kind != "country" or r.country in FOCUS_COUNTRIES]
    for r in rows:
        click.echo(f"{r.key:40} {r.kind:12} {r.name_fr} / {r.name}")
    click.echo(
        f"{len(rows)} region(s); any of the names above is accepted, with or without accents", err=True
    )


COMMANDS: list[click.Command] = [ingest, query, export, regions]
