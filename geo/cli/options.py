"""Shared click options: the incident filters of ``query``, ``export`` and ``map``.

>>> import click
>>> @click.command()
... @filter_options
... def cmd(**opts):
...     gdf = load_incidents(**opts)
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    import geopandas as gpd

    from geo.query import Query

__all__ = ["FILTER_KEYS", "filter_options", "load_incidents", "query_from_options"]

#: The keyword arguments added by :func:`filter_options`.
FILTER_KEYS = ("region", "bbox", "near", "radius", "since", "until", "types", "db", "input_path")


def filter_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Add ``--region --bbox --near --radius --since --until --type --db --input`` to a command.

    The command receives them as keyword arguments ``region``, ``bbox``, ``near``, ``radius``,
    ``since``, ``until``, ``types`` (a tuple), ``db`` and ``input_path``; pass them all to
    :func:`load_incidents`.
    """
    options = [
        click.option(
            "--region",
            metavar="NAME",
            help="Region name (French or English), e.g. 'région de Koursk', romanian-border.",
        ),
        click.option("--bbox", metavar="W,S,E,N", help="Bounding box in degrees, e.g. 28,45,30,46."),
        click.option(
            "--near", metavar="PLACE", help="Centre of a radius search (a place name or 'lat,lon')."
        ),
        click.option("--radius", type=float, metavar="KM", help="Radius around --near, in km (geodesic)."),
        click.option("--since", metavar="DATE", help="First date (YYYY-MM-DD, YYYY-MM or YYYY), inclusive."),
        click.option("--until", metavar="DATE", help="Last date (YYYY-MM-DD, YYYY-MM or YYYY), inclusive."),
        click.option(
            "--type",
            "types",
            multiple=True,
            metavar="EVENT[,EVENT]",
            help="Event type(s), e.g. drone_strike,shelling (repeatable).",
        ),
        click.option(
            "--db",
            metavar="PATH|URL",
            default=None,
            help="Incident store: a GeoPackage path or a postgresql:// URL [default: incidents.gpkg].",
        ),
        click.option(
            "--input",
            "input_path",
            type=click.Path(dir_okay=False),
            default=None,
            help="Read incidents from a GeoJSON file instead of the store.",
        ),
    ]

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        return func(*args, **kwargs)

    for option in reversed(options):
        wrapper = option(wrapper)
    return wrapper


def query_from_options(
    *,
    region: str | None = None,
    bbox: str | None = None,
    near: str | None = None,
    radius: float | None = None,
    since: str | None = None,
    until: str | None = None,
    types: tuple[str, ...] | str | None = None,
    **_: Any,
) -> Query:
    """Build a :class:`geo.query.Query` from the option values (raises QueryError)."""
    from geo.query import Query

    return Query(
        region=region,
        bbox=bbox,
        near=near,
        radius_km=radius,
        since=since,
        until=until,
        types=list(types) if types else None,
    )


def load_incidents(*, db: str | None = None, input_path: str | None = None, **opts: Any) -> gpd.GeoDataFrame:
    """Run the query described by the options against ``--db`` or ``--input``."""
    from geo.store import run_query

    q = query_from_options(**opts)
    if input_path is not None and db is not None:
        raise click.UsageError("give either --db or --input, not both")
    if input_path is not None:
        return run_query(q, input=input_path)
    return run_query(q, store=db)
