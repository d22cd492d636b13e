"""CLI command ``incimap map``: the layered incident map as one HTML file."""

from __future__ import annotations

import logging
from pathlib import Path

import click

from geo.cli.options import filter_options, load_incidents

__all__ = ["COMMANDS", "map_command"]

logger = logging.getLogger(__name__)

_FILTER_LABELS = {
    "region": "région",
    "bbox": "bbox",
    "near": "près de",
    "radius": "rayon (km)",
    "since": "depuis",
    "until": "jusqu'au",
    "types": "types",
    "input_path": "fichier",
    "db": "base",
}


@click.command("map")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("map.html"),
    show_default=True,
    help="HTML file to write.",
)
@click.option(
    "--offline",
    is_flag=True,
    help="One self-contained file: scripts and styles inlined, vector basemap, no tiles.",
)
@click.option(
    "--frontline",
    "frontline",
    metavar="DATE|latest|none",
    default="latest",
    show_default=True,
    help="Front line ticked on opening: 'latest' (nearest the latest incident), a date, or 'none'.",
)
@click.option(
    "--border-km",
    type=click.FloatRange(min=0, min_open=True, max=500),
    default=30.0,
    show_default=True,
    metavar="KM",
    help="Width of the Romanian border region on each side of the border.",
)
@click.option(
    "--display",
    type=click.Choice(["auto", "markers", "cluster", "canvas"]),
    default="auto",
    show_default=True,
    help="Incident markers: icons, clustered icons, or coloured circles on a canvas (auto: by count).",
)
@click.option("--title", default=None, help="Title of the page and of the summary box.")
@click.option("--no-heat", is_flag=True, help="Leave out the heat layer.")
@filter_options
def map_command(
    output: Path,
    offline: bool,
    frontline: str,
    border_km: float,
    display: str,
    title: str | None,
    no_heat: bool,
    **filters: object,
) -> None:
    """Write the incident map (incidents by type, front lines, Romanian border, oblasts) as HTML."""
    from maps import build_map, save_map

    incidents = load_incidents(**filters)
    used = {
        _FILTER_LABELS.get(key, key): value
        for key, value in filters.items()
        if value not in (None, "", ()) and key != "db"
    }
    m = build_map(
        incidents,
        frontline=frontline,
        border_zone_km=border_km,
        offline=offline,
        title=title,
        filters=used,
        heat=not no_heat,
        display=display,
    )
    path = save_map(m, output)
    click.echo(f"{len(incidents)} incidents → {path}")


COMMANDS: list[click.Command] = [map_command]
