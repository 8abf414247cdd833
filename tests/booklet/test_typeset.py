"""The booklet read back from its PDF: A4 pages, the running header and "page X / N", every
item in its day with its local and home times, the night after each day, the contacts,
the delegation and its timeline; the same bytes each time, a title made of Typst markup
printed as text, French hyphenation."""

from __future__ import annotations

import subprocess
import sys
from copy import deepcopy

import pytest

from mission_cli.booklet.data import BookletData, BookletDataError
from mission_cli.booklet.typeset import Typesetter, typeset, typeset_all
from tests.booklet import sample
from tests.booklet.reading import as_printed, flat, pages_text, reader

A4 = (595.28, 841.89)
HOSTILE = "#set page(width: 1cm)] $x$ \\ <a> @b *c* _d_ // e /* f"


@pytest.fixture(scope="module")
def data() -> BookletData:
    return sample.booklet()


@pytest.fixture(scope="module")
def pdf(data: BookletData) -> bytes:
    return typeset(data)


@pytest.fixture(scope="module")
def pages(pdf: bytes) -> list[str]:
    return pages_text(pdf)


def test_every_page_is_a4(pdf: bytes) -> None:
    sizes = {
        (round(float(p.mediabox.width), 2), round(float(p.mediabox.height), 2))
        for p in reader(pdf).pages
    }
    assert sizes == {A4}


def test_every_page_names_the_trip_and_whose_booklet(data: BookletData, pages: list[str]) -> None:
    assert len(pages) > 5
    for text in pages:
        assert as_printed(data["title"]) in text
        assert as_printed(data["whose"]) in text


def test_every_page_after_the_cover_says_page_x_of_n(pages: list[str]) -> None:
    total = len(pages)
    assert "page 1" not in pages[0]
    for number, text in enumerate(pages[1:], start=2):
        assert text.endswith(f"page {number} / {total}"), text[-40:]


def programme(data: BookletData, pages: list[str]) -> str:
    """The text from the programme's heading on (the contents list its days too)."""
    text = " ".join(pages)
    return text[text.rindex(as_printed(data["labels"]["programme"])) :]


def test_every_item_is_in_its_day_in_order_with_its_times(
    data: BookletData, pages: list[str]
) -> None:
    text = programme(data, pages)
    at = 0
    count = 0
    for day in data["days"]:
        at = text.index(as_printed(day["heading"]), at)
        for item in day["items"]:
            at = text.index(as_printed(item["time"]), at)
            if item.get("home_time"):
                at = text.index(as_printed(item["home_time"] or ""), at)
            at = text.index(as_printed(item["title"]), at)
            for key in ("people", "meal", "contact", "notes"):
                value = item.get(key)
                if isinstance(value, str):
                    assert as_printed(value) in text[at : at + 400], (key, value)
            count += 1
    assert count == sum(len(day["items"]) for day in data["days"]) == 42


def test_the_night_closes_each_day(data: BookletData, pages: list[str]) -> None:
    text = programme(data, pages)
    night = data["labels"]["night"]
    headings = [text.index(as_printed(day["heading"])) for day in data["days"]] + [len(text)]
    for index, day in enumerate(data["days"]):
        last = text.index(as_printed(day["items"][-1]["title"]), headings[index])
        between = text[last : headings[index + 1]]
        if day.get("night"):
            assert f"{night} {as_printed(day['night'] or '')}" in between
        else:
            assert f"{night} " not in between
    assert sum(1 for day in data["days"] if day.get("night")) == 8  # not in the air, nor home


def test_an_arrival_after_midnight_is_on_its_arrival_day_too(
    data: BookletData, pages: list[str]
) -> None:
    text = programme(data, pages)
    second = text.index(as_printed(data["days"][1]["heading"]))
    carried = text.index(as_printed(data["labels"]["carried"]), second)
    assert carried < text.index(as_printed(data["days"][2]["heading"]))
    assert text.index("23:05–00:25 EDT") < second < text.index("00:25–01:00 EDT")


def test_the_contacts_are_all_there(data: BookletData, pages: list[str]) -> None:
    text = " ".join(pages)
    for section in data["contacts"]:
        assert as_printed(section["heading"]) in text
        for contact in section["rows"]:
            for key in ("name", "role", "phone", "email", "address", "notes"):
                value = contact.get(key)
                if isinstance(value, str):
                    assert as_printed(value) in text, value


def test_the_delegation_and_its_timeline(data: BookletData, pages: list[str]) -> None:
    labels = data["labels"]
    delegation = next(p for p in pages[1:] if as_printed(labels["col_organization"]) in p)
    timeline = next(
        p
        for p in pages[1:]
        if p.startswith(flat(f"{data['title']} {data['whose']} {labels['timeline']}"))
    )
    for delegate in data["delegation"]:
        assert as_printed(delegate["name"]) in delegation
        assert as_printed(delegate["title"] or "") in delegation
        assert as_printed(delegate["name"]) in timeline
    assert data["timeline"] is not None
    for city in data["timeline"]["cities"]:
        assert city["name"] in timeline
    assert labels["travel"] in timeline
    assert all(day in timeline for day in data["timeline"]["days"])


def test_a_delegate_s_booklet_has_no_timeline() -> None:
    data = sample.booklet("Nathalie Appéré", with_timeline=False)
    pages = pages_text(typeset(data))
    assert all("Nathalie Appéré" in page for page in pages)
    assert not any(data["labels"]["timeline"] in page for page in pages)


def test_the_same_document_gives_the_same_bytes(data: BookletData, pdf: bytes) -> None:
    assert typeset(data) == pdf
    assert Typesetter().typeset(data) == pdf  # a cold compiler as well as a warm one
    assert b"D:20240328000000" in pdf
    assert reader(pdf).metadata.creation_date.date().isoformat() == data["date"]  # type: ignore[union-attr]


def test_another_process_gives_the_same_bytes(pdf: bytes) -> None:
    script = (
        "import sys; from tests.booklet import sample; "
        "from mission_cli.booklet.typeset import typeset; "
        "sys.stdout.buffer.write(typeset(sample.booklet()))"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, check=True)
    assert done.stdout == pdf


def hostile(data: BookletData) -> BookletData:
    changed = deepcopy(data)
    changed["title"] = HOSTILE
    return changed


def test_a_hostile_title_prints_as_text_and_changes_nothing_else(
    data: BookletData, pages: list[str]
) -> None:
    pdf = typeset(hostile(data))
    changed = pages_text(pdf)
    assert len(changed) == len(pages)
    assert {
        (round(float(p.mediabox.width), 2), round(float(p.mediabox.height), 2))
        for p in reader(pdf).pages
    } == {A4}
    title = as_printed(data["title"])
    for before, after in zip(pages, changed, strict=True):
        assert HOSTILE in after
        assert after.replace(HOSTILE, title) == before
    metadata = reader(pdf).metadata
    assert metadata is not None
    assert flat(metadata.title or "") == flat(f"{HOSTILE} — {data['whose']}")


def test_markup_anywhere_prints_as_text(data: BookletData) -> None:
    changed = deepcopy(data)
    changed["days"][3]["heading"] = HOSTILE
    changed["days"][3]["items"][0]["title"] = "#pagebreak() ] [ #{1/0}"
    changed["contacts"][0]["rows"][0]["name"] = '#read("/etc/passwd")'
    text = " ".join(pages_text(typeset(changed)))
    for value in (HOSTILE, "#pagebreak() ] [ #{1/0}", '#read("/etc/passwd")'):
        assert value in text


def test_french_is_set_as_french(pdf: bytes) -> None:
    document = reader(pdf)
    assert str(document.root_object["/Lang"]) == "fr"
    assert document.xmp_metadata is not None
    assert document.xmp_metadata.dc_language == ["fr"]
    delegation = document.pages[1].extract_text()
    assert "internatio\xad\nnales" in delegation  # a French break: inter-na-tio-nales
    assert "\u202f;" in " ".join(page.extract_text() for page in document.pages)


def english(data: BookletData) -> BookletData:
    changed = deepcopy(data)
    changed["lang"] = "en"
    changed["labels"] = {key: key.replace("_", " ").title() for key in data["labels"]}
    changed["labels"]["page"] = "page"
    return changed


def test_an_english_booklet_takes_its_words_from_the_labels(data: BookletData) -> None:
    pdf = typeset(english(data))
    document = reader(pdf)
    assert str(document.root_object["/Lang"]) == "en"
    text = " ".join(pages_text(pdf))
    for word in ("Sommaire", "Programme jour par jour", "Heure de Rennes", "Nuit "):
        assert word not in text
    for word in ("Contents", "Programme", "Home Time", "Night", "Col Details"):
        assert word in text


def test_the_pdf_is_tagged_for_screen_readers(pdf: bytes) -> None:
    root = reader(pdf).root_object
    assert "/StructTreeRoot" in root
    assert "/Outlines" in root  # the bookmarks: the contents' headings


def test_nothing_to_warn_about(data: BookletData) -> None:
    typesetter = Typesetter()
    typesetter.typeset(data)
    assert typesetter.warnings == []


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(lang="de"), "lang"),
        (lambda d: d.update(date="28/03/2024"), "date"),
        (lambda d: d["labels"].pop("night"), "night"),
        (lambda d: d["timeline"]["cities"][0].update(colour="red"), "colour"),
        (lambda d: d["timeline"]["rows"][0]["segments"][0].update(end=1.5), "0..1"),
        (lambda d: d["timeline"]["rows"][0]["segments"][1].update(city="Paris"), "Paris"),
    ],
)
def test_a_document_the_template_cannot_set_is_refused(
    data: BookletData, change: object, message: str
) -> None:
    broken = deepcopy(data)
    change(broken)  # type: ignore[operator]
    with pytest.raises(BookletDataError, match=message):
        typeset(broken)


def test_eighteen_booklets(data: BookletData) -> None:
    """17 delegates and the delegation, one warm compiler, each its own PDF (how long it
    takes is measured by ``benchmarks/run.py``, never asserted here)."""
    documents = [sample.booklet(d["name"], with_timeline=False) for d in data["delegation"]]
    pdfs = list(typeset_all([*documents, data]))
    assert len(pdfs) == 18
    assert len(set(pdfs)) == 18
    assert all(pdf.startswith(b"%PDF-") for pdf in pdfs)


def test_typst_is_imported_only_to_set_a_booklet() -> None:
    script = (
        "import sys, mission_cli.booklet.typeset, mission_cli.cli.app; "
        "print('typst' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "False"
