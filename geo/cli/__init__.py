"""The ``incimap`` command line: a thin layer that parses arguments and calls the library.

Each sub-module registers the commands of one responsibility.
"""

from __future__ import annotations

import logging
import sys

import click

from gazetteer.errors import GazetteerError
from geo.errors import IncimapError

__all__ = ["main"]


class _Group(click.Group):
    """Turns incimap's own errors into a one-line message and exit code 2."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (IncimapError, GazetteerError) as err:
            click.echo(f"incimap: error: {err}", err=True)
            sys.exit(2)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
@click.version_option(package_name="incimap")
def main(verbose: int) -> None:
    """incimap: map the incidents of French war news, offline."""
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


def _register() -> None:
    from geo.cli import demo, extract, frontline, gazetteer, mapping, store

    for module in (gazetteer, extract, store, mapping, frontline, demo):
        for command in module.COMMANDS:
            main.add_command(command)


_register()
