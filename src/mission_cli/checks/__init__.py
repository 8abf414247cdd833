"""Checks: the rules of the schedule, run on a resolved trip.

Each rule is a function ``(CheckContext) -> Iterator[Diagnostic]`` in the module of
its family (``overlaps``, ``places``, ``calendar``, ``attendance``); ``run.py`` lists
them in one tuple, then applies the trip's severity overrides and ``ignore`` entries.
"""
