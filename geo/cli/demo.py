"""``incimap demo``: the main job on the bundled sample dispatches."""

from __future__ import annotations

from pathlib import Path

import click

from gazetteer.paths import data_dir

__all__ = ["COMMANDS", "demo"]


@click.command()
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("out"),
    show_default=True,
    help="Folder for map.html, incidents.geojson and the store.",
)
@click.option(
    "--samples",
    "samples_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="Folder of article files (default: the bundled data/samples).",
)
def demo(out_dir: Path, samples_dir: Path | None) -> None:
    """Read the sample dispatches, store their incidents, write a map and a GeoJSON file."""
    from geo.pipeline import run_pipeline

    files = sorted((samples_dir or data_dir() / "samples").glob("*.txt"))
    if not files:
        raise click.ClickException(f"no *.txt article in {samples_dir or data_dir() / 'samples'}")
    result = run_pipeline(files, out_dir=out_dir)
    click.echo(f"map:       {result.map_path.resolve()}")
    click.echo(f"geojson:   {result.geojson_path.resolve()}")
    click.echo(f"store:     {result.store_path.resolve()}")
    click.echo(result.summary())


COMMANDS: list[click.Command] = [demo]
