"""Importing this module registers every command on the app."""

from mission_cli.cli import agenda, export, report, rules, validate  # noqa: F401
