"""CLI commands: frontline (being written)."""

import click

COMMANDS: list[click.Command] = []
