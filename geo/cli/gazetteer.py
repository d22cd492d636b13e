"""CLI commands: gazetteer (being written)."""

import click

COMMANDS: list[click.Command] = []
