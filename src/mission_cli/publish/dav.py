"""The CalDAV requests of a publish, written out: finding the calendar home, listing the
home's calendars (with their change tags) and one calendar's items, making and naming a
calendar, and putting, getting and deleting one item.

Discovery (RFC 6764 and RFC 5397): from the URL an office knows, ``/.well-known/caldav``
first when that URL is a bare host, then a ``PROPFIND`` of ``current-user-principal``,
then the principal's ``calendar-home-set``. A URL that is already the home (Radicale's
``/user/``) or a calendar in it (its parent is the home) is taken as such where the
server names no principal. An href is only followed on the server given: a home on
another host is refused with that host's name, to be given as the URL instead (the
password would otherwise go where the user did not send it).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from urllib.parse import quote, unquote, urljoin, urlsplit

from mission_cli.publish.davxml import (
    CALDAV,
    CALENDARSERVER,
    DAV,
    Resource,
    XmlRefused,
    mkcalendar_body,
    multistatus,
    name,
    propfind_body,
    proppatch_body,
)
from mission_cli.publish.http import Client, Response, origin_of, path_of
from mission_cli.words.message import Message

RESOURCETYPE = name(DAV, "resourcetype")
DISPLAYNAME = name(DAV, "displayname")
GETETAG = name(DAV, "getetag")
GETCTAG = name(CALENDARSERVER, "getctag")
SYNC_TOKEN = name(DAV, "sync-token")
PRINCIPAL = name(DAV, "current-user-principal")
HOME_SET = name(CALDAV, "calendar-home-set")
CALENDAR = name(CALDAV, "calendar")
COLLECTION = name(DAV, "collection")
XML = "application/xml; charset=utf-8"
ICS = "text/calendar; charset=utf-8"
_SKIPPED = frozenset({400, 403, 404, 405, 501})
"""Answers to a PROPFIND of a discovery candidate that send discovery to the next one."""


def key_of(url: str) -> str:
    """A resource's path as a key: decoded, so that ``%40`` and ``@`` are one."""
    return unquote(urlsplit(url).path)


def _within(client: Client, base: str, href: str) -> str:
    """``href`` as a full URL, if it is on the server given."""
    url = urljoin(base, href)
    where = origin_of(url)
    if where != client.origin:
        raise client.error(
            Message(
                "{host} places the calendars on another server ({other}): "
                "publish to {other} instead",
                host=str(client.origin), other=str(where),
            )
        )  # fmt: skip
    return url


def _propfind(
    client: Client, url: str, depth: str, props: tuple[str, ...]
) -> tuple[list[Resource], Response]:
    response = client.request(
        "PROPFIND",
        url,
        headers={"Depth": depth, "Content-Type": XML},
        body=propfind_body(*props),
    )
    if response.status != 207:
        return [], response
    try:
        return multistatus(response.body), response
    except XmlRefused as exc:
        said = Message(
            "{host} answered PROPFIND {path}: {reason}",
            host=str(client.origin), path=path_of(url), reason=exc.message,
        )  # fmt: skip
        raise client.error(said) from None


def find_home(client: Client, url: str) -> str:
    """The full URL of the calendar home (ending in ``/``) for the URL given."""
    well_known = urljoin(url, "/.well-known/caldav")
    bare = urlsplit(url).path in ("", "/")
    for candidate in [well_known, url] if bare else [url]:
        found, response = _propfind(client, candidate, "0", (RESOURCETYPE, PRINCIPAL, HOME_SET))
        if response.status in _SKIPPED or (response.status < 300 and not found):
            continue
        if not found:
            raise client.unexpected(response, "PROPFIND")
        home = _home_from(client, found[0], response.url, candidate != well_known)
        if home is not None:
            return home
    raise client.error(
        Message("no CalDAV calendar home was found at {url}: is it a CalDAV server?", url=url)
    )


def _home_from(client: Client, resource: Resource, where: str, given: bool) -> str | None:
    homes = resource.hrefs(HOME_SET)
    if homes:
        return _folder(_within(client, where, homes[0]))
    for principal in resource.hrefs(PRINCIPAL)[:1]:
        url = _within(client, where, principal)
        found, response = _propfind(client, url, "0", (HOME_SET,))
        if found and found[0].hrefs(HOME_SET):
            return _folder(_within(client, response.url, found[0].hrefs(HOME_SET)[0]))
    types = resource.types()
    if CALENDAR in types:
        return urljoin(_folder(where), "..")
    if COLLECTION in types and given:
        return _folder(where)
    return None


def _folder(url: str) -> str:
    return url if url.endswith("/") else url + "/"


def calendar_url(home: str, key: str) -> str:
    return home + quote(key, safe="") + "/"


@dataclass(frozen=True, slots=True)
class Listing:
    """A calendar as the server holds it."""

    display_name: str | None
    etags: dict[str, str | None]
    """Each member's path (``key_of``) -> its ETag."""


def list_calendar(client: Client, url: str) -> Listing | None:
    """The calendar's members and name, or None where it does not exist."""
    found, response = _propfind(client, url, "1", (RESOURCETYPE, DISPLAYNAME, GETETAG))
    if response.status == 404:
        return None
    if response.status != 207:
        raise client.unexpected(response, "PROPFIND")
    me = key_of(response.url).rstrip("/")
    listing = Listing(None, {})
    for resource in found:
        path = key_of(urljoin(response.url, resource.href))
        if path.rstrip("/") == me:
            if CALENDAR not in resource.types():
                said = Message(
                    "{path} exists on {host} and is no calendar",
                    path=path_of(url), host=str(client.origin),
                )  # fmt: skip
                raise client.error(said)
            listing = Listing(resource.text(DISPLAYNAME), listing.etags)
        elif COLLECTION not in resource.types() and resource.status in (None, 200):
            listing.etags[path] = strong(resource.text(GETETAG))
    return listing


@dataclass(frozen=True, slots=True)
class Member:
    """A member of the calendar home, as its listing gives it."""

    calendar: bool
    display_name: str | None
    ctag: str | None
    """What changes whenever the calendar changes: its ``getctag``, else its
    ``sync-token``; None where the server gives neither."""


def list_home(client: Client, home: str) -> dict[str, Member] | None:
    """The members of the home (each one's path, ``key_of`` less its last ``/``, -> what
    it is, its name and change tag), in one ``PROPFIND`` of depth 1; None where the
    server does not list its home so (each calendar is then listed on its own).

    ``getctag`` is asked first, alone: Radicale takes twice as long to answer a listing
    that also asks for ``sync-token`` (it keeps a history of tokens). Only where a
    calendar has no ``getctag`` is the home listed again for its ``sync-token``."""
    found = _members(client, home, (RESOURCETYPE, DISPLAYNAME, GETCTAG))
    if found is None or all(m.ctag for m in found.values() if m.calendar):
        return found
    tokens = _members(client, home, (RESOURCETYPE, SYNC_TOKEN)) or {}
    return {
        path: replace(m, ctag=tokens[path].ctag) if not m.ctag and path in tokens else m
        for path, m in found.items()
    }


def _members(client: Client, home: str, props: tuple[str, ...]) -> dict[str, Member] | None:
    found, response = _propfind(client, home, "1", props)
    if response.status != 207:
        return None
    me = key_of(response.url).rstrip("/")
    members: dict[str, Member] = {}
    for resource in found:
        path = key_of(urljoin(response.url, resource.href)).rstrip("/")
        if path == me or resource.status not in (None, 200):
            continue
        tag = resource.text(GETCTAG) or resource.text(SYNC_TOKEN) or None
        calendar = CALENDAR in resource.types()
        members[path] = Member(calendar, resource.text(DISPLAYNAME), tag if calendar else None)
    return members


def make_calendar(client: Client, url: str, display_name: str) -> None:
    response = client.request(
        "MKCALENDAR", url, headers={"Content-Type": XML}, body=mkcalendar_body(display_name)
    )
    if response.status not in (200, 201):
        raise client.unexpected(response, "MKCALENDAR")


def rename_calendar(client: Client, url: str, display_name: str) -> None:
    response = client.request(
        "PROPPATCH", url, headers={"Content-Type": XML}, body=proppatch_body(display_name)
    )
    if response.status not in (200, 207):
        raise client.unexpected(response, "PROPPATCH")


def strong(etag: str | None) -> str | None:
    """An ETag ``If-Match`` can use: a weak one (``W/"…"``) never matches."""
    return etag if etag and not etag.startswith("W/") else None


def put_item(
    client: Client, url: str, text: str, etag: str | None, exists: bool
) -> tuple[bool, str | None]:
    """Write one item: a new one (``If-None-Match: *``) unless it ``exists``, else the
    one with that ETag (any, where the server gave none). (True, its new ETag), or
    (False, None) where the server's copy is not the one expected (412)."""
    condition = {"If-Match": etag} if etag else {} if exists else {"If-None-Match": "*"}
    response = client.request(
        "PUT", url, headers={"Content-Type": ICS, **condition}, body=text.encode("utf-8")
    )
    if response.status == 412:
        return False, None
    if response.status not in (200, 201, 204):
        raise client.unexpected(response, "PUT")
    return True, strong(response.headers.get("etag"))


def get_item(client: Client, url: str) -> tuple[str, str | None] | None:
    """The server's copy of an item and its ETag, or None where it is gone."""
    response = client.request("GET", url)
    if response.status in (404, 410):
        return None
    if response.status != 200:
        raise client.unexpected(response, "GET")
    return response.body.decode("utf-8", "replace"), strong(response.headers.get("etag"))


def delete_item(client: Client, url: str, etag: str | None) -> bool:
    """Remove one item if it is still the one published (False on 412); one already
    gone counts as removed."""
    headers = {"If-Match": etag} if etag else {}
    response = client.request("DELETE", url, headers=headers)
    if response.status == 412:
        return False
    if response.status not in (200, 204, 404, 410):
        raise client.unexpected(response, "DELETE")
    return True
