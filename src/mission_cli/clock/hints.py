"""What to suggest for a time that cannot be read: the canonical spelling of a time
pasted from an e-mail (``April 4, 2024 10am``, ``04/05/2027 11h30``), and what makes a
date or a time impossible (``2024-02-30``, ``25:00``)."""

from __future__ import annotations

import calendar
import re

from mission_cli.words.message import Message

TIME_FORMAT_HINT = Message(
    "write the local time as YYYY-MM-DD HH:MM (2024-04-04 10:00), "
    "optionally followed by a zone (2024-04-04 16:00 Europe/Paris) or an offset (-04:00)"
)


def time_hint(text: str) -> Message:
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
        return Message(
            "did you mean '{day_first}' (day/month) or '{month_first}' (month/day)? {format}",
            day_first=format(day_first, "%Y-%m-%d %H:%M"),
            month_first=format(month_first, "%Y-%m-%d %H:%M"),
            format=TIME_FORMAT_HINT,
        )
    return Message(
        "did you mean '{time}'? {format}",
        time=format(day_first, "%Y-%m-%d %H:%M"),
        format=TIME_FORMAT_HINT,
    )


def impossible(
    year: str, month: str, day: str, hour: str = "00", minute: str = "00", second: str = "00"
) -> Message:
    """Why a date or a time written with the right digits names no moment (the numbers
    as written)."""
    if not 1 <= int(month) <= 12:
        return Message("months go from 01 to 12, not {month}", month=month)
    last = calendar.monthrange(int(year), int(month))[1]
    if not 1 <= int(day) <= last:
        return Message(
            "the days of {year}-{month} go from 01 to {last}, not {day}",
            year=year,
            month=month,
            last=str(last),
            day=day,
        )
    if int(hour) > 23:
        return Message("hours go from 00 to 23, not {hour}", hour=hour)
    if int(minute) > 59:
        return Message("minutes go from 00 to 59, not {minute}", minute=minute)
    return Message("seconds go from 00 to 59, not {second}", second=second)
