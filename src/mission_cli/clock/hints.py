"""What to suggest for a time that cannot be read: the canonical spelling of a time
pasted from an e-mail (``April 4, 2024 10am``, ``04/05/2027 11h30``)."""

from __future__ import annotations

import re

TIME_FORMAT_HINT = (
    "write the local time as YYYY-MM-DD HH:MM (2024-04-04 10:00), "
    "optionally followed by a zone (2024-04-04 16:00 Europe/Paris) or an offset (-04:00)"
)


def time_hint(text: str) -> str:
    """Suggest the canonical spelling of a time pasted from an e-mail, when it can be read;
    ``04/05/2027`` reads as 4 May in Europe and 5 April in America: both are offered,
    day first."""
    from dateutil import parser as date_parser  # only on this error path: it is slow to import

    try:
        day_first = date_parser.parse(text, fuzzy=False, dayfirst=True)
        month_first = date_parser.parse(text, fuzzy=False, dayfirst=False)
    except (ValueError, OverflowError, TypeError):
        return TIME_FORMAT_HINT
    if day_first.tzinfo is not None or not re.search(r"\d{4}", text):
        return TIME_FORMAT_HINT
    if day_first != month_first:
        return (
            f"did you mean '{day_first:%Y-%m-%d %H:%M}' (day/month) or "
            f"'{month_first:%Y-%m-%d %H:%M}' (month/day)? {TIME_FORMAT_HINT}"
        )
    return f"did you mean '{day_first:%Y-%m-%d %H:%M}'? {TIME_FORMAT_HINT}"
