"""What ``mission schedule`` shows: the meetings placed, in time order, with their
places, tables and people; each request left out, and why; whether the plan is proven
the best, and whether it was written to the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from mission_cli.clock.times import local_time, wall_clock
from mission_cli.meetings.plan import Meeting, MeetingPlan
from mission_cli.pipeline import LoadedTrip
from mission_cli.schedule.problem import LEVELS
from mission_cli.views.document import (
    Block,
    Column,
    Document,
    Entry,
    Paragraph,
    Row,
    Section,
    Span,
    Table,
    line,
)
from mission_cli.views.items import event_place, people_text
from mission_cli.words.words import Words


@dataclass(slots=True)
class ScheduleView:
    loaded: LoadedTrip
    plan: MeetingPlan
    words: Words
    written: bool
    """``--write`` added the new meetings to the file."""
    time_limit: float

    def document(self) -> Document:
        words = self.words
        title = words.t("Meetings to place: {title}", title=self.loaded.info.title)
        blocks: list[Block] = [Paragraph(tuple(line(text) for text in self._summary()))]
        if self.plan.meetings:
            blocks.append(Section(line(words.t("Placed")), self._days()))
        if self.plan.left_out:
            blocks.append(Section(line(words.t("Left out")), self._left_out()))
        blocks.append(Paragraph((line(self._after()),), "note"))
        return Document(title, words.lang, words.colon, blocks)

    def _summary(self) -> list[str]:
        words, plan = self.words, self.plan
        levels = [
            f"{name} {placed}/{asked}"
            for name, placed, asked in zip(LEVELS, plan.placed, plan.asked, strict=True)
        ]
        placed = sum(plan.placed)
        said = [
            words.t(
                "Requests placed: {placed} of {asked} ({levels}).",
                placed=placed,
                asked=len(plan.meetings) + len(plan.left_out),
                levels=", ".join(levels),
            )
        ]
        if plan.optimal:
            said.append(
                words.t(
                    "Proven optimal: no plan places more musts, then more shoulds, then "
                    "more coulds."
                )
            )
        elif not plan.stopped:
            said.append(
                words.t(
                    "Not proven optimal: a meeting was left out when the file was checked "
                    "with the others added."
                )
            )
        else:
            bound = ", ".join(
                f"{name} {most}" for name, most in zip(LEVELS, plan.bound, strict=True)
            )
            seconds = f"{self.time_limit:g}"
            said.append(
                words.t(
                    "Not proven optimal: the best plan found within {seconds} s (--time-limit); "
                    "no plan places more than {bound}.",
                    seconds=seconds,
                    bound=bound,
                )
            )
        return said

    def _after(self) -> str:
        words, new = self.words, len(self.plan.new)
        if not new:
            return words.t("No new meeting to add to the file.")
        if self.written:
            return words.tn(
                "The new meeting is added to the file.",
                "The {n} new meetings are added to the file.",
                new,
            )
        return words.tn(
            "Nothing written (a dry run): --write adds the new meeting to the file.",
            "Nothing written (a dry run): --write adds the {n} new meetings to the file.",
            new,
        )

    def _days(self) -> list[Block]:
        """A table per local day, its meetings in time order."""
        days: dict[date, list[Meeting]] = {}
        for meeting in self.plan.meetings:
            day = wall_clock(meeting.start, meeting.request.zone).date()
            days.setdefault(day, []).append(meeting)
        return [
            Section(line(self.words.long_date(day)), [self._table(meetings)])
            for day, meetings in days.items()
        ]

    def _table(self, meetings: list[Meeting]) -> Table:
        words = self.words
        columns = (
            Column(words.t("When"), nowrap=True),
            Column(words.t("Meeting"), weight=3),
            Column(words.t("Who"), weight=2),
            Column(words.t("Where")),
            Column(words.t("Priority"), weight=0),
        )
        return Table(columns, tuple(self._row(m) for m in meetings))

    def _row(self, meeting: Meeting) -> Row:
        words, model = self.words, self.loaded.model
        request = meeting.request
        written = request.request
        what = [
            line(written.title),
            line(Span(words.t("with {party}", party=written.with_), "dim")),
        ]
        if meeting.in_file:
            what.append(line(Span(words.t("already in the file"), "dim")))
        where = event_place(model, request.city, request.venue, address=False, with_city=False)
        place = [line(where)]
        if meeting.table is not None:
            place.append(line(Span(words.t("table {n}", n=meeting.table), "dim")))
        people = people_text(model, written.attendees, request.attendees, words)
        return Row(
            (
                (line(_hours(meeting)),),
                tuple(what),
                (line(people),),
                tuple(place),
                (line(Span(written.priority, "code")),),
            )
        )

    def _left_out(self) -> list[Block]:
        words = self.words
        found: list[Block] = []
        for left in self.plan.left_out:
            head = line(Span(left.id, "code"))
            if left.title is not None:
                head = line(*head, " ", left.title)
            if left.priority is not None:
                head = line(*head, " ", Span(f"({left.priority})", "dim"))
            found.append(Entry(head, aside=(words.t("why"), words.say(left.reason))))
        return found


def _hours(meeting: Meeting) -> str:
    """``14:00–14:45 EDT`` (a meeting ends on its day: the day's heading says which)."""
    start = local_time(meeting.start, meeting.request.zone)
    end = local_time(meeting.end, meeting.request.zone)
    return f"{start:%H:%M}–{end:%H:%M %Z}"


def build_schedule(
    loaded: LoadedTrip, plan: MeetingPlan, words: Words, *, written: bool, time_limit: float
) -> ScheduleView:
    return ScheduleView(loaded, plan, words, written, time_limit)
