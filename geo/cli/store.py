"""CLI commands: store (being written)."""

import click

COMMANDS: list[click.Command] = []
