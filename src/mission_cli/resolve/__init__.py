"""Resolve: references, attendees and instants; what the schedule rules work on."""

from mission_cli.resolve.trip import ResolvedEvent, ResolvedLeg, ResolvedMove, ResolvedTrip, resolve

__all__ = ["ResolvedEvent", "ResolvedLeg", "ResolvedMove", "ResolvedTrip", "resolve"]
