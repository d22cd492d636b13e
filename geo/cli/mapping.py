"""CLI commands: mapping (being written)."""

import click

COMMANDS: list[click.Command] = []
