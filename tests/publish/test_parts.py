"""The parts without a server: Digest's arithmetic (RFC 7616's own examples), reading
challenges, the plan, the state file, and where the password comes from."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from mission_cli.publish.auth import Credentials, Digest, answer, parse_challenges
from mission_cli.publish.credentials import credentials_for
from mission_cli.publish.errors import PublishError
from mission_cli.publish.plan import CalendarToPublish, make_plan, resource_name
from mission_cli.publish.state import (
    Published,
    State,
    default_folder,
    digest,
    load_state,
    save_state,
    state_path,
)
from mission_cli.words.message import english

MUFASA = Credentials("Mufasa", "Circle of Life")
RFC_NONCE = "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v"
RFC_CNONCE = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ"


@pytest.mark.parametrize(
    ("algorithm", "response"),
    [
        ("MD5", "8ca523f5e9506fed4657c9700eebdbec"),
        ("SHA-256", "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1"),
    ],
)
def test_digest_gives_the_responses_of_rfc_7616(algorithm: str, response: str) -> None:
    challenge = Digest(
        MUFASA,
        "http-auth@example.org",
        RFC_NONCE,
        algorithm,
        "FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS",
    )
    header = challenge.header("GET", "/dir/index.html", cnonce=RFC_CNONCE)  # fmt: skip
    assert f'response="{response}"' in header
    assert "nc=00000001" in header
    assert header.startswith('Digest username="Mufasa", realm="http-auth@example.org"')


def test_challenges_are_read_several_to_a_header() -> None:
    found = parse_challenges(
        [
            'Digest realm="a, b", nonce="n\\"1", qop="auth,auth-int", algorithm=SHA-256, '
            'Basic realm="plain"',
            "Negotiate abc==, Bearer",
        ]
    )
    assert [(c.scheme, c.params) for c in found] == [
        ("digest", {"realm": "a, b", "nonce": 'n"1', "qop": "auth,auth-int",
                    "algorithm": "SHA-256"}),
        ("basic", {"realm": "plain"}),
        ("negotiate", {"abc": "="}),
        ("bearer", {}),
    ]  # fmt: skip
    chosen = answer(found, MUFASA)
    assert isinstance(chosen, Digest)
    assert chosen.algorithm == "SHA-256"
    assert (
        answer(parse_challenges(['Basic realm="x"']), MUFASA)
        == "Basic TXVmYXNhOkNpcmNsZSBvZiBMaWZl"
    )
    assert answer(parse_challenges(["Bearer realm=x"]), MUFASA) is None
    assert answer(parse_challenges(['Digest nonce="x", qop="auth-int"']), MUFASA) is None
    unclosed = parse_challenges(['Digest realm="' + "x" * 100_000])  # read in bounded time
    assert unclosed == []


URL = "https://dav.example.org/ana/d00/"


def _items(*names: str) -> dict[str, str]:
    return {
        f"{n}@t": f"BEGIN:VCALENDAR\r\nUID:{n}@t\r\nSUMMARY:{n}\r\nEND:VCALENDAR\r\n" for n in names
    }


def _calendar(items: dict[str, str]) -> CalendarToPublish:
    return CalendarToPublish("d00", "Trip: d00", items)


def _published(items: dict[str, str], etag: str = '"1"') -> dict[str, Published]:
    return {
        uid: Published(URL + resource_name(uid), etag, digest(text)) for uid, text in items.items()
    }


def _listing(published: dict[str, Published], etag: str = '"1"') -> dict[str, str | None]:
    return {"/ana/d00/" + resource_name(uid): etag for uid in published}


def test_the_plan_sends_only_what_changed() -> None:
    before = _items("a", "b", "c", "d", "e")
    remembered = _published(before)
    listing = _listing(remembered)
    listing["/ana/d00/d@t.ics"] = '"2"'  # edited on the server
    del listing["/ana/d00/e@t.ics"]  # removed on the server
    now = _items("a", "b", "d", "e", "f")
    now["a@t"] = now["a@t"].replace("SUMMARY:a", "SUMMARY:a moved")
    plan = make_plan(URL, _calendar(now), remembered, listing)
    assert [(s.action, s.uid, s.url, s.etag) for s in plan.steps] == [
        ("change", "a@t", URL + "a@t.ics", '"1"'),
        ("add", "f@t", URL + "f@t.ics", None),
        ("remove", "c@t", URL + "c@t.ics", '"1"'),
    ]
    assert plan.unchanged == ["b@t"]
    assert [(s.action, s.uid) for s in plan.moved] == [("change", "d@t")]
    assert plan.conflicts == ["e@t"]
    assert plan.gone == []


def test_the_plan_without_a_state_compares_with_the_listing() -> None:
    items = _items("a", "b")
    listing = {"/ana/d00/a@t.ics": '"9"', "/ana/d00/other.ics": '"3"'}
    plan = make_plan(URL, _calendar(items), {}, listing)
    assert [(s.action, s.uid, s.etag) for s in plan.steps] == [
        ("change", "a@t", '"9"'),
        ("add", "b@t", None),
    ]


def test_a_stamp_alone_is_no_change_and_odd_uids_get_safe_names() -> None:
    text = "BEGIN:VEVENT\r\nUID:x\r\nDTSTAMP:20240101T000000Z\r\n"
    text += "SUMMARY:long\r\n  text\r\nEND:VEVENT\r\n"
    later = text.replace("20240101T000000Z", "20300101T000000Z")
    assert digest(text) == digest(later) == digest(later.replace("\r\n", "\n"))
    assert digest(text) != digest(text.replace("long", "short"))
    assert resource_name("m1.trip.20240404@mission") == "m1.trip.20240404@mission.ics"
    for odd in ("a/b", "..", "with space", "é", "x" * 200):
        name = resource_name(odd)
        assert len(name) == 44
        assert name.endswith(".ics")


def test_the_state_is_written_whole_and_a_damaged_one_is_not_trusted(tmp_path: Path) -> None:
    path = state_path(tmp_path, URL)
    assert path == tmp_path / "dav.example.org_https" / f"{path.stem}.json"
    assert path.name.startswith("d00-")
    items = _published(_items("a", "b"), etag=None)  # type: ignore[arg-type]
    save_state(path, URL, State(items, '"ctag-1"'))
    assert load_state(path, URL) == (State(items, '"ctag-1"'), None)
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary left
    assert english(load_state(path, URL.replace("d00", "d01"))[1]) == (
        f"{path} is damaged (it is of another calendar): starting afresh"
    )
    for text, reason in [
        ("{", "it is not JSON"),
        ('{"format": "other"}', "it was not written by mission publish"),
        ('{"format": "mission-caldav-state", "version": 9}', "it is of version 9, not 1"),
    ]:
        path.write_text(text)
        remembered, warning = load_state(path, URL)
        assert remembered == State()
        assert warning is not None
        assert english(warning).startswith(f"{path} is damaged ({reason}")
    path.write_text(
        path.read_text().replace("{", "").replace('"', "") + "\udcff", errors="surrogateescape"
    )
    assert load_state(path, URL)[1] is not None
    assert load_state(tmp_path / "missing.json", URL) == (State(), None)


def _utf8_error() -> str:
    try:
        b"\xff\xfe not UTF-8".decode("utf-8")
    except UnicodeDecodeError as exc:
        return str(exc)
    raise AssertionError


def test_the_state_lives_under_xdg_state_home(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", "/srv/state")
    assert default_folder() == Path("/srv/state/mission/caldav")
    monkeypatch.setenv("XDG_STATE_HOME", "relative/ignored")
    assert default_folder() == Path.home() / ".local/state/mission/caldav"


def test_the_password_comes_from_the_environment_or_netrc(tmp_path: Path) -> None:
    netrc = tmp_path / "netrc"
    netrc.write_text("machine dav.example.org login ana password from-netrc\n")
    os.chmod(netrc, 0o600)
    env = {"MISSION_CALDAV_PASSWORD": "from-env"}
    found = credentials_for(URL, "ana", environ=env, netrc_path=netrc)
    assert found == Credentials("ana", "from-env")
    assert credentials_for(URL, "ana", environ={}, netrc_path=netrc) == Credentials(
        "ana", "from-netrc"
    )
    assert credentials_for(URL, None, environ={}, netrc_path=netrc) == Credentials(
        "ana", "from-netrc"
    )
    other = "https://other.example.org/"
    assert credentials_for(other, None, environ={}, netrc_path=netrc) is None
    with pytest.raises(PublishError) as caught:
        credentials_for(other, "ana", environ={}, netrc_path=netrc)
    assert str(caught.value) == (
        "no password for ana: set MISSION_CALDAV_PASSWORD, or add the server's host to ~/.netrc"
    )
    netrc.write_text("machine dav.example.org login ana\nhunter22 password x\n")
    with pytest.raises(PublishError) as caught:
        credentials_for(URL, "ana", environ={}, netrc_path=netrc)
    assert str(caught.value) == f"{netrc} cannot be read (a syntax error, line 2)"


def test_the_plan_writes_the_sequence_it_remembers_one_higher_for_a_change() -> None:
    text = "BEGIN:VEVENT\r\nUID:a@t\r\nSEQUENCE:0\r\nSUMMARY:a\r\nEND:VEVENT\r\n"
    sent = text.replace("SEQUENCE:0", "SEQUENCE:3")
    remembered = {"a@t": Published(URL + "a@t.ics", '"1"', digest(sent), 3)}
    listing = {"/ana/d00/a@t.ics": '"1"'}
    plan = make_plan(URL, _calendar({"a@t": text}), remembered, listing)
    assert (plan.steps, plan.unchanged) == ([], ["a@t"])
    moved = text.replace("SUMMARY:a", "SUMMARY:a moved")
    (step,) = make_plan(URL, _calendar({"a@t": moved}), remembered, listing).steps
    assert (step.action, step.sequence, step.etag) == ("change", 4, '"1"')
    assert step.text == moved.replace("SEQUENCE:0", "SEQUENCE:4")
    assert step.sha256 == digest(step.text)
    (new,) = make_plan(URL, _calendar({"b@t": text}), {}, {}).steps
    assert (new.action, new.sequence, new.text) == ("add", 0, text)


def test_a_state_file_of_the_first_publishes_is_read_and_odd_values_are_not(
    tmp_path: Path,
) -> None:
    path = state_path(tmp_path, URL)
    path.parent.mkdir(parents=True)
    old = {"format": "mission-caldav-state", "version": 1, "calendar": URL,
           "items": {"a@t": {"href": URL + "a@t.ics", "etag": '"1"', "sha256": "x"}}}  # fmt: skip
    path.write_text(json.dumps(old))
    assert load_state(path, URL) == (State({"a@t": Published(URL + "a@t.ics", '"1"', "x")}), None)
    for change, reason in [
        ({"ctag": 5}, "its ctag is not valid"),
        ({"ctag": ""}, "its ctag is not valid"),
        ({"ctag": "x" * 1001}, "its ctag is not valid"),
        ({"items": {"a@t": {**old["items"]["a@t"], "sequence": -1}}},  # type: ignore[index]
         "its item 'a@t' has no valid sequence"),
        ({"items": {"a@t": {**old["items"]["a@t"], "sequence": True}}},  # type: ignore[index]
         "its item 'a@t' has no valid sequence"),
    ]:  # fmt: skip
        path.write_text(json.dumps({**old, **change}))
        state, warning = load_state(path, URL)
        assert state == State()
        assert warning is not None
        assert english(warning) == f"{path} is damaged ({reason}): starting afresh"
