"""Resolve: references, attendees and instants; what the schedule checks work on.

``resolver.resolve`` turns a modelled trip into the items of ``items.py``;
``whereabouts`` says where each delegate is at an instant.
"""
