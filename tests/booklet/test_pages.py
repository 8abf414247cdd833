"""How a day's table breaks across pages: its column heads again at the top of each page
it continues on, no row split between two pages, and never a row alone on a page (nor the
night's line)."""

from __future__ import annotations

from collections import Counter
from copy import deepcopy

import pytest

from mission_cli.booklet.data import BookletData, Item
from mission_cli.booklet.typeset import typeset
from tests.booklet import sample
from tests.booklet.reading import as_printed, pages_text

NIGHT = "Hôtel Le Germain, 2050, rue Mansfield, Montréal · +1 514 555 0190"


def span(k: int, hour: int, zone: str) -> str:
    """The ``k``-th quarter of an hour from ``hour``, ten minutes long."""
    hour, minute = hour + k // 4, k % 4 * 15
    return f"{hour:02d}:{minute:02d}–{hour:02d}:{minute + 10:02d} {zone}"


def long_day(count: int, before: int = 0) -> BookletData:
    """The delegation's booklet whose eighth day has ``count`` items, some on two lines,
    and whose seventh has ``before`` more (the eighth starts that much lower)."""
    data = sample.booklet()
    data["days"][6]["items"] += [deepcopy(data["days"][6]["items"][0]) for _ in range(before)]
    items: list[Item] = []
    for k in range(count):
        item: Item = {
            "time": span(k, 8, "EDT"),
            "home_time": span(k, 14, "CEST"),
            "title": f"Entretien numéro {k + 1} avec une entreprise montréalaise",
            "kind": "Réunion",
            "place": "Salle de réunion de l'hôtel",
        }
        if k % 3 == 0:
            item["notes"] = "Dossier remis la veille ; interprète présent toute la séance."
        items.append(item)
    data["days"][7]["items"] = items
    data["days"][7]["night"] = NIGHT
    return data


# The eighth day starts lower and lower on its page. Without the ties that keep rows
# together, 11 rows leave the last alone on the next page when it starts at 0, and the
# first alone on its page at 11 (as laid out when this was written).
@pytest.mark.parametrize(
    ("count", "before"), [(11, before) for before in (0, 3, 6, 9, 10, 11, 12)] + [(30, 0)]
)
def test_a_long_day_repeats_its_heads_and_leaves_no_row_alone(count: int, before: int) -> None:
    data = long_day(count, before)
    pages = pages_text(typeset(data), last=4)  # the last four days
    labels = data["labels"]
    heads = as_printed(" ".join(labels[k] for k in ("col_time", "home_time", "col_item")))
    running = as_printed(f"{data['title']} {data['whose']}")
    on_page: Counter[int] = Counter()
    for item in data["days"][7]["items"]:
        where = [i for i, text in enumerate(pages) if as_printed(item["title"]) in text]
        assert len(where) == 1
        assert as_printed(item["time"]) in pages[where[0]]  # the row is whole on its page
        assert as_printed(item.get("notes") or "") in pages[where[0]]
        on_page[where[0]] += 1
    assert len(on_page) >= 2 or count < 12, "30 rows cross a page"
    assert min(on_page.values()) >= 2
    for page in sorted(on_page)[1:]:  # the pages it continues on
        assert pages[page].startswith(f"{running} {heads}")
    last = max(on_page)
    assert f"{as_printed(labels['night'])} {as_printed(NIGHT)}" in pages[last]


def test_a_day_of_no_items_has_its_night_alone() -> None:
    data = sample.booklet()
    data["days"][4]["items"] = []
    text = " ".join(pages_text(typeset(data)))
    heading = text.rindex(as_printed(data["days"][4]["heading"]))
    after = text[heading : text.index(as_printed(data["days"][5]["heading"]), heading)]
    assert as_printed(data["labels"]["col_item"]) not in after
    assert as_printed(data["days"][4]["night"] or "") in after
