"""CLI commands: ``incimap gazetteer build`` and ``incimap gazetteer lookup``."""

from __future__ import annotations

import importlib
import json
import logging
import time

import click

from gazetteer.place import KINDS

__all__ = ["COMMANDS", "gazetteer_group"]

logger = logging.getLogger(__name__)

_FIELDS = ("name", "name_fr", "lat", "lon", "kind", "country", "admin1", "id", "score")


@click.group("gazetteer")
def gazetteer_group() -> None:
    """Build the offline gazetteer or look place names up in it."""


@gazetteer_group.command("build")
@click.option("--force", is_flag=True, help="Rebuild even when the files are up to date.")
def build_command(force: bool) -> None:
    """Build the gazetteer (SQLite) and the boundaries (GeoPackage) in the cache directory."""
    from gazetteer.build import build, iter_meta

    started = time.perf_counter()
    path = build(force=force)
    meta = dict(iter_meta(path))
    click.echo(
        f"gazetteer: {path} ({meta.get('places')} places, {meta.get('names')} names, "
        f"{path.stat().st_size / 1e6:.1f} MB, built {meta.get('built')}, {time.perf_counter() - started:.1f} s)"
    )
    try:
        boundaries = importlib.import_module("gazetteer.boundaries")
    except ModuleNotFoundError as err:
        if err.name != "gazetteer.boundaries":
            raise
        logger.warning("gazetteer.boundaries is not available yet: boundaries not built")
        click.echo("boundaries: skipped (gazetteer.boundaries is not installed yet)")
        return
    started = time.perf_counter()
    out = boundaries.build(force=force)
    click.echo(f"boundaries: {out} ({time.perf_counter() - started:.1f} s)")


@gazetteer_group.command("lookup")
@click.argument("names", nargs=-1, required=True)
@click.option("--country", metavar="CC", help="Only places of this ISO 3166-1 alpha-2 country code.")
@click.option(
    "--kind",
    type=click.Choice(KINDS),
    help="Only places of this kind.",
)
@click.option("--limit", type=click.IntRange(min=1), default=5, show_default=True, help="Results per name.")
@click.option("--json", "as_json", is_flag=True, help="One JSON line per NAME: {query, results}.")
@click.option("--no-fuzzy", is_flag=True, help="Exact, accent-folded and variant matches only.")
def lookup_command(
    names: tuple[str, ...], country: str | None, kind: str | None, limit: int, as_json: bool, no_fuzzy: bool
) -> None:
    """Look up each NAME (French, English or local spelling) in the offline gazetteer."""
    from gazetteer.db import Gazetteer

    gaz = Gazetteer.default()
    for name in names:
        places = gaz.lookup(name, country=country, kind=kind, limit=limit, fuzzy=not no_fuzzy)
        if as_json:
            results = [{f: getattr(p, f) for f in _FIELDS} for p in places]
            click.echo(json.dumps({"query": name, "results": results}, ensure_ascii=False))
            continue
        if not places:
            click.echo(f"{name}: no match")
            continue
        click.echo(f"{name}:")
        for p in places:
            where = ", ".join(x for x in (p.admin1, p.country) if x)
            click.echo(
                f"  {p.score:.2f}  {p.name_fr or p.name} [{p.kind}] {where}  "
                f"({p.lat:.5f}, {p.lon:.5f})  {p.id}"
            )


COMMANDS: list[click.Command] = [gazetteer_group]
