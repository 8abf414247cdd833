"""Render: results -> text for people (Rich) or machines (JSON)."""
