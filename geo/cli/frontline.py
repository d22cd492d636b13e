"""CLI commands: ``incimap frontline list | show DATE | import FILE --date DATE``."""

from __future__ import annotations

import json
from pathlib import Path

import click

__all__ = ["COMMANDS", "frontline_group"]


@click.group("frontline")
def frontline_group() -> None:
    """Dated front lines: built-in waypoint tables and imported DeepStateMap files."""


@frontline_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
def list_command(as_json: bool) -> None:
    """List the available front lines (an imported line wins over a built-in one of the same date)."""
    from geo.frontline import list_frontlines

    infos = list_frontlines()
    if not infos:
        click.echo("no front line available; import one with 'incimap frontline import FILE --date DATE'")
        return
    for info in infos:
        if as_json:
            row = {
                "date": info.date.isoformat(),
                "origin": info.origin,
                "source": info.source,
                "path": str(info.path),
            }
            click.echo(json.dumps(row, ensure_ascii=False))
        else:
            click.echo(f"{info.date.isoformat()}  {info.origin:<8}  {info.source}")


@frontline_group.command("show")
@click.argument("date")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "geojson"]),
    default="table",
    show_default=True,
    help="A summary with the waypoints, or an RFC 7946 FeatureCollection.",
)
@click.option(
    "--origin",
    type=click.Choice(["any", "builtin", "imported"]),
    default="any",
    show_default=True,
    help="Which front line to use when both exist for a date.",
)
def show_command(date: str, fmt: str, origin: str) -> None:
    """Show the front line of DATE (YYYY-MM-DD or 'latest'): the nearest date on or before it."""
    from geo.frontline import area_km2, frontline, line_length_km

    fl = frontline(date, origin=origin)  # type: ignore[arg-type]
    if fmt == "geojson":
        click.echo(json.dumps(fl.to_geojson(), ensure_ascii=False))
        return
    click.echo(f"date:      {fl.date.isoformat()} ({fl.origin})")
    click.echo(f"source:    {fl.source}")
    for name, geom in fl.parts.items():
        click.echo(f"part:      {name}: {line_length_km(geom):.0f} km")
    if fl.occupied is not None:
        click.echo(f"occupied:  {area_km2(fl.occupied):,.0f} km²")
    if fl.held is not None:
        click.echo(f"held:      {area_km2(fl.held):,.0f} km² (held by Ukraine outside Ukraine)")
    if fl.waypoints:
        click.echo(f"waypoints: {len(fl.waypoints)}")
        click.echo(f"{'seq':>5}  {'part':<14} {'name':<32} {'lat':>8} {'lon':>8}")
        for w in fl.waypoints:
            click.echo(f"{w.seq:>5}  {w.part:<14} {w.name[:32]:<32} {w.lat:>8.4f} {w.lon:>8.4f}")


@frontline_group.command("import")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--date", "on", required=True, help="The date of the file's front line (YYYY-MM-DD).")
@click.option("--source", default=None, help="Where the file comes from (stored with the line).")
def import_command(file: Path, on: str, source: str | None) -> None:
    """Import FILE (DeepStateMap snapshot, daily occupied MultiPolygon, GeoJSON lines or polygons)."""
    from geo.frontline import area_km2, import_file, line_length_km

    fl = import_file(file, on=on, source=source)
    occ = f"{area_km2(fl.occupied):,.0f} km² occupied" if fl.occupied is not None else "no occupied area"
    click.echo(
        f"imported {file} as the front line of {fl.date.isoformat()}: "
        f"{line_length_km(fl.line):.0f} km of line, {occ} -> {fl.path}"
    )


COMMANDS: list[click.Command] = [frontline_group]
