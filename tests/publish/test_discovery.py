"""Finding the calendar home, and reading a hostile server's XML: each failure one line."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from mission_cli.publish.dav import Member, find_home, list_calendar, list_home
from mission_cli.publish.davxml import XmlRefused, multistatus, parse
from mission_cli.publish.errors import PublishError
from mission_cli.publish.http import Client
from tests.publish.stubs import Answer, Received, Stub, response_xml
from tests.publish.stubs import multistatus as document

Served = Callable[[Callable[[Received], Answer]], Stub]


@pytest.fixture
def serve() -> Iterator[Served]:
    started: list[Stub] = []

    def start(respond: Callable[[Received], Answer]) -> Stub:
        started.append(Stub(respond))
        return started[-1]

    yield start
    for stub in started:
        stub.close()


def _nextcloud_like(request: Received) -> Answer:
    """``/.well-known/caldav`` -> ``/remote.php/dav/``, a principal, a home elsewhere."""
    dav = "/remote.php/dav/"
    if request.path == "/.well-known/caldav":
        return Answer(301, {"Location": dav})
    if request.path == dav:
        principal = f"<href>{dav}principals/users/ana/</href>"
        props = f"<current-user-principal>{principal}</current-user-principal>"
        return Answer(207, body=document(response_xml(request.path, props)))
    if request.path == f"{dav}principals/users/ana/":
        home = f"<C:calendar-home-set><href>{dav}calendars/ana/</href></C:calendar-home-set>"
        return Answer(207, body=document(response_xml(request.path, home)))
    return Answer(404)


def test_discovery_follows_well_known_the_principal_and_the_home_set(serve: Served) -> None:
    stub = serve(_nextcloud_like)
    with Client(stub.url, None) as client:
        assert find_home(client, stub.url) == f"{stub.url}remote.php/dav/calendars/ana/"
    assert [(s.method, s.path, s.status) for s in client.log] == [
        ("PROPFIND", "/.well-known/caldav", 301),
        ("PROPFIND", "/remote.php/dav/", 207),
        ("PROPFIND", "/remote.php/dav/principals/users/ana/", 207),
    ]
    assert {r.headers["Depth"] for r in stub.received} == {"0"}


def test_without_well_known_the_url_itself_is_asked(serve: Served) -> None:
    def respond(request: Received) -> Answer:
        if request.path == "/dav/":
            home = "<C:calendar-home-set><href>cals/</href></C:calendar-home-set>"
            return Answer(207, body=document(response_xml("/dav/", home)))
        return Answer(404)

    stub = serve(respond)
    with Client(stub.url, None) as client:
        assert find_home(client, stub.url + "dav/") == f"{stub.url}dav/cals/"
        assert [s.path for s in client.log] == ["/dav/"]


def test_a_home_on_another_host_is_refused_by_name(serve: Served) -> None:
    def respond(request: Received) -> Answer:
        home = "<C:calendar-home-set><href>https://evil.example/cals/</href></C:calendar-home-set>"
        return Answer(207, body=document(response_xml(request.path, home)))

    stub = serve(respond)
    with pytest.raises(PublishError) as caught, Client(stub.url, None) as client:
        find_home(client, stub.url + "dav/")
    assert str(caught.value) == (
        f"{stub.url[7:-1]} places the calendars on another server (evil.example): "
        "publish to evil.example instead"
    )
    assert len(stub.received) == 1


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"<multistatus xmlns='DAV:'><response>", "not well-formed XML (no element found)"),
        (b"<html><body>Welcome</body></html>", "its root is html, not a DAV multistatus"),
        (
            b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
            b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
            b"<multistatus xmlns='DAV:'>&lol2;</multistatus>",
            "it declares a document type (refused)",
        ),
        (b"<multistatus xmlns='DAV:'>" + b"<a>" * 100 + b"</a>" * 100 + b"</multistatus>",
         "nested over 40 levels"),
    ],
)  # fmt: skip
def test_hostile_or_broken_xml_is_one_error(serve: Served, body: bytes, reason: str) -> None:
    stub = serve(lambda r: Answer(207, body=body))
    with pytest.raises(PublishError) as caught, Client(stub.url, None) as client:
        find_home(client, stub.url + "dav/")
    assert str(caught.value) == f"{stub.url[7:-1]} answered PROPFIND /dav/: {reason}"


def test_a_server_error_and_a_web_page_are_one_error(serve: Served) -> None:
    failing = serve(lambda r: Answer(500, reason="Internal Server Error"))
    with pytest.raises(PublishError) as caught, Client(failing.url, None) as client:
        find_home(client, failing.url + "dav/")
    assert str(caught.value) == (
        f"the server {failing.url[7:-1]} failed on PROPFIND /dav/ (500 Internal Server Error)"
    )
    web = serve(lambda r: Answer(200, {"Content-Type": "text/html"}, b"<html>hello</html>"))
    with pytest.raises(PublishError) as caught, Client(web.url, None) as client:
        find_home(client, web.url)
    assert str(caught.value) == (
        f"no CalDAV calendar home was found at {web.url}: is it a CalDAV server?"
    )


def test_a_collection_that_is_no_calendar_is_refused(serve: Served) -> None:
    folder = "<resourcetype><collection/></resourcetype>"
    stub = serve(lambda r: Answer(207, body=document(response_xml(r.path, folder))))
    with pytest.raises(PublishError) as caught, Client(stub.url, None) as client:
        list_calendar(client, stub.url + "ana/d00/")
    assert str(caught.value) == f"/ana/d00/ exists on {stub.url[7:-1]} and is no calendar"


def test_a_listing_gives_each_member_and_its_etag() -> None:
    calendar = (
        "<resourcetype><collection/><C:calendar/></resourcetype><displayname>Trip</displayname>"
    )
    body = document(
        response_xml("/ana/d00/", calendar),
        response_xml("/ana/d00/a%40mission.ics", '<getetag>"e1"</getetag>'),
        response_xml("/ana/d00/b.ics", "<getetag>W/\"e2\"</getetag>"),
        response_xml("/ana/d00/gone.ics", "<getetag/>", status="HTTP/1.1 404 Not Found"),
    )  # fmt: skip
    found = multistatus(body)
    assert [r.href for r in found] == [
        "/ana/d00/",
        "/ana/d00/a%40mission.ics",
        "/ana/d00/b.ics",
        "/ana/d00/gone.ics",
    ]
    assert found[0].text("{DAV:}displayname") == "Trip"
    assert found[1].text("{DAV:}getetag") == '"e1"'
    assert found[3].props == {}
    with pytest.raises(XmlRefused, match="over"):
        parse(b"<a>" + b" " * (33 * 1024 * 1024) + b"</a>")


def _home(ctags: bool) -> Callable[[Received], Answer]:
    """A home of two calendars and a folder: with ``getctag``, or only ``sync-token``
    (asked for in a listing of its own)."""
    calendar = "<resourcetype><collection/><C:calendar/></resourcetype>"

    def respond(request: Received) -> Answer:
        tokens = b"sync-token" in request.body
        if request.path != "/ana/" or (tokens and ctags):
            return Answer(404)

        def tag(n: int) -> str:
            if tokens:
                return f"<sync-token>http://x/sync/{n}</sync-token>"
            if not ctags:
                return ""
            return f'<CS:getctag xmlns:CS="http://calendarserver.org/ns/">"c{n}"</CS:getctag>'

        return Answer(207, body=document(
            response_xml("/ana/", "<resourcetype><collection/></resourcetype>"),
            response_xml("/ana/d00/", f"{calendar}<displayname>D0</displayname>{tag(0)}"),
            response_xml("/ana/d01/", f"{calendar}{tag(1)}"),
            response_xml("/ana/notes/", "<resourcetype><collection/></resourcetype>"),
        ))  # fmt: skip

    return respond


def test_the_home_is_listed_once_with_each_calendar_s_ctag(serve: Served) -> None:
    stub = serve(_home(ctags=True))
    with Client(stub.url, None) as client:
        found = list_home(client, stub.url + "ana/")
    assert found == {
        "/ana/d00": Member(True, "D0", '"c0"'),
        "/ana/d01": Member(True, None, '"c1"'),
        "/ana/notes": Member(False, None, None),
    }
    assert len(client.log) == 1
    asked = stub.received[0]
    assert asked.headers["Depth"] == "1"
    assert b"getctag" in asked.body
    assert b"sync-token" not in asked.body


def test_without_ctags_the_sync_tokens_are_asked_for(serve: Served) -> None:
    stub = serve(_home(ctags=False))
    with Client(stub.url, None) as client:
        found = list_home(client, stub.url + "ana/")
    assert found is not None
    assert (found["/ana/d00"].ctag, found["/ana/d01"].ctag) == (
        "http://x/sync/0", "http://x/sync/1"
    )  # fmt: skip
    assert len(client.log) == 2
    stub = serve(lambda r: Answer(403))
    with Client(stub.url, None) as client:
        assert list_home(client, stub.url + "ana/") is None
