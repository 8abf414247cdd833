"""The XML of WebDAV (RFC 4918) and CalDAV (RFC 4791): the bodies mission sends, and the
``207 Multi-Status`` answers it reads.

A server's answer is read as a hostile document: at most ``MAX_XML`` bytes, at most
``MAX_DEPTH`` levels deep, and no document type declaration at all (so no entity can
expand: the "billion laughs" and external entities are refused before they start).
The parser is expat itself, building ``ElementTree`` elements by hand, because
ElementTree's own parser gives no hook to refuse a DOCTYPE.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from xml.parsers import expat

from mission_cli.publish.errors import Said
from mission_cli.words.message import Message

DAV = "DAV:"
CALDAV = "urn:ietf:params:xml:ns:caldav"
CALENDARSERVER = "http://calendarserver.org/ns/"
"""Apple's CalendarServer extensions: ``getctag``, which Radicale, Nextcloud, Baïkal,
SOGo and iCloud give each calendar."""
MAX_XML = 32 * 1024 * 1024
MAX_DEPTH = 40
"""Levels of elements: a multistatus answer uses six."""
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class XmlRefused(Said, ValueError):
    """An answer that is not XML mission reads; the message says why."""


def name(namespace: str, local: str) -> str:
    """An element's name as ElementTree writes it: ``{DAV:}href``."""
    return f"{{{namespace}}}{local}"


@dataclass(frozen=True, slots=True)
class Resource:
    """One ``response`` of a multistatus: its href as the server wrote it, and the
    properties it found (those of a ``propstat`` whose status is 2xx)."""

    href: str
    props: dict[str, ET.Element]
    status: int | None
    """The status of the response itself, where it gives one (a 404 member)."""

    def text(self, prop: str) -> str | None:
        element = self.props.get(prop)
        return None if element is None else (element.text or "").strip()

    def hrefs(self, prop: str) -> list[str]:
        """The ``href``s inside a property (``current-user-principal``,
        ``calendar-home-set``)."""
        element = self.props.get(prop)
        if element is None:
            return []
        return [(h.text or "").strip() for h in element.iter(name(DAV, "href")) if h.text]

    def types(self) -> set[str]:
        """The names inside ``resourcetype`` (``{DAV:}collection``,
        ``{urn:ietf:params:xml:ns:caldav}calendar``)."""
        element = self.props.get(name(DAV, "resourcetype"))
        return set() if element is None else {child.tag for child in element}


def parse(body: bytes) -> ET.Element:
    """The root element of ``body``, or ``XmlRefused``."""
    if len(body) > MAX_XML:
        raise XmlRefused(Message("over {limit} bytes", limit=MAX_XML))
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    stack: list[ET.Element] = []
    roots: list[ET.Element] = []

    def refuse(*_: object) -> None:
        raise XmlRefused(Message("it declares a document type (refused)"))

    def start(tag: str, attributes: dict[str, str]) -> None:
        if len(stack) >= MAX_DEPTH:
            raise XmlRefused(Message("nested over {limit} levels", limit=MAX_DEPTH))
        element = ET.Element(_clark(tag), {_clark(k): v for k, v in attributes.items()})
        if stack:
            stack[-1].append(element)
        else:
            roots.append(element)
        stack.append(element)

    def end(_: str) -> None:
        stack.pop()

    def text(data: str) -> None:
        if stack:
            element = stack[-1]
            if len(element):
                element[-1].tail = (element[-1].tail or "") + data
            else:
                element.text = (element.text or "") + data

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    try:
        parser.Parse(body, True)
    except expat.ExpatError as exc:
        reason = expat.ErrorString(exc.code)
        raise XmlRefused(Message("not well-formed XML ({reason})", reason=reason)) from None
    if not roots:
        raise XmlRefused(Message("empty"))
    return roots[0]


def _clark(tag: str) -> str:
    namespace, _, local = tag.rpartition(" ")
    return f"{{{namespace}}}{local}" if namespace else local


def multistatus(body: bytes) -> list[Resource]:
    """The responses of a ``207 Multi-Status`` answer."""
    root = parse(body)
    if root.tag != name(DAV, "multistatus"):
        raise XmlRefused(Message("its root is {tag}, not a DAV multistatus", tag=root.tag[:80]))
    found = []
    for response in root.findall(name(DAV, "response")):
        href = response.findtext(name(DAV, "href"))
        if href is None or not href.strip():
            continue
        props: dict[str, ET.Element] = {}
        for propstat in response.findall(name(DAV, "propstat")):
            status = _status(propstat.findtext(name(DAV, "status")))
            prop = propstat.find(name(DAV, "prop"))
            if prop is not None and status is not None and 200 <= status < 300:
                props.update((child.tag, child) for child in prop)
        found.append(Resource(href.strip(), props, _status(response.findtext(name(DAV, "status")))))
    return found


def _status(line: str | None) -> int | None:
    """``HTTP/1.1 200 OK`` -> 200."""
    parts = (line or "").split()
    return int(parts[1]) if len(parts) >= 2 and parts[1].isdigit() else None


def _document(root: ET.Element) -> bytes:
    data: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return data


ET.register_namespace("D", DAV)
ET.register_namespace("C", CALDAV)


def _xml_text(text: str) -> str:
    """``text`` less the characters XML 1.0 cannot hold (a control character in a
    trip's title would make the whole request malformed)."""
    return _NOT_XML.sub("", text)


def propfind_body(*props: str) -> bytes:
    """``PROPFIND`` for the properties named (``name(DAV, "getetag")``)."""
    root = ET.Element(name(DAV, "propfind"))
    prop = ET.SubElement(root, name(DAV, "prop"))
    for each in props:
        ET.SubElement(prop, each)
    return _document(root)


def mkcalendar_body(display_name: str) -> bytes:
    """``MKCALENDAR`` of a calendar of events named ``display_name``."""
    root = ET.Element(name(CALDAV, "mkcalendar"))
    prop = ET.SubElement(ET.SubElement(root, name(DAV, "set")), name(DAV, "prop"))
    ET.SubElement(prop, name(DAV, "displayname")).text = _xml_text(display_name)
    components = ET.SubElement(prop, name(CALDAV, "supported-calendar-component-set"))
    ET.SubElement(components, name(CALDAV, "comp"), {"name": "VEVENT"})
    return _document(root)


def proppatch_body(display_name: str) -> bytes:
    """``PROPPATCH`` of a calendar's display name (the trip's title or language changed)."""
    root = ET.Element(name(DAV, "propertyupdate"))
    prop = ET.SubElement(ET.SubElement(root, name(DAV, "set")), name(DAV, "prop"))
    ET.SubElement(prop, name(DAV, "displayname")).text = _xml_text(display_name)
    return _document(root)
