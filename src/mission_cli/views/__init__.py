"""Views: what a command shows, as data (agenda rows, whereabouts, the report).

Views read a loaded trip and return plain dataclasses; the renderers in ``render/``
lay them out as text, JSON, Markdown, HTML or calendars. ``items.py`` is the one
place that says how an item is named, where it happens and who takes part.
"""
