"""CLI commands: extract (being written)."""

import click

COMMANDS: list[click.Command] = []
