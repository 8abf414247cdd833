"""Placing requested meetings in a trip (issue #23): the engine, apart from the trip file.

The caller states a :class:`Problem` (requests with their candidate placements, the
fixed items, the rules' parameters) and gets a :class:`Plan` from :func:`schedule`.
The solver, HiGHS, is imported only inside :func:`schedule`.
"""

from __future__ import annotations

from mission_cli.schedule.highs import INSTALL_HINT, SolverMissing
from mission_cli.schedule.problem import (
    LEVELS,
    Blocked,
    BlockKind,
    Busy,
    Candidate,
    DayCap,
    Placement,
    Plan,
    Priority,
    Problem,
    Request,
    Unplaced,
    Use,
)
from mission_cli.schedule.solve import schedule

__all__ = [
    "INSTALL_HINT",
    "LEVELS",
    "BlockKind",
    "Blocked",
    "Busy",
    "Candidate",
    "DayCap",
    "Placement",
    "Plan",
    "Priority",
    "Problem",
    "Request",
    "SolverMissing",
    "Unplaced",
    "Use",
    "schedule",
]
