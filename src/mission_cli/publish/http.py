"""A small HTTP client for WebDAV, on the standard library's ``http.client``.

Why not a library: ``caldav`` took three times as long as this to publish 40 calendars of
30 items (it opens more requests, and parses every answer into objects), raised the
floors of icalendar and dateutil, and brought its own HTTP stack into the user's
environment. The few requests CalDAV needs are written out in ``dav.py``; this module
carries them:

- one kept-alive connection per origin (scheme, host, port), opened again when the
  server closes it (Radicale's built-in server closes after each answer; one that
  closed an idle connection gets the request again, once);
- credentials only for the origin of the URL given: a redirect to another host, or to
  plain HTTP, gets none; Basic or Digest as the server asks (``auth.py``);
- redirects (301, 302, 303, 307, 308) followed five times at most, the method kept
  (303 becomes GET);
- ``timeout`` seconds for connecting and for each wait for data, and the whole answer
  within four times that; answers over ``max_body`` bytes refused;
- HTTPS checked against the system's certificates, or a CA bundle (a private CA);
- every failure is one ``PublishError`` of one line, with the password never in it.

``log`` keeps every request sent (method, path, status), challenges and redirects
included: the tests count them, and so can a user wondering what was sent.
"""

from __future__ import annotations

import http.client
import re
import socket
import ssl
import time
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from mission_cli.publish.auth import Credentials, Digest, answer, parse_challenges
from mission_cli.publish.errors import PublishError, quoted
from mission_cli.words.message import Message

MAX_BODY = 64 * 1024 * 1024
"""Bytes of one answer: a listing of 10,000 items is a few megabytes."""
MAX_REDIRECTS = 5
REDIRECTS = frozenset({301, 302, 303, 307, 308})
USER_AGENT = "mission-cli (CalDAV publish)"
_CHUNK = 64 * 1024


@dataclass(frozen=True, slots=True)
class Origin:
    scheme: str
    host: str
    port: int

    def __str__(self) -> str:
        default = 443 if self.scheme == "https" else 80
        host = f"[{self.host}]" if ":" in self.host else self.host
        return host if self.port == default else f"{host}:{self.port}"


@dataclass(frozen=True, slots=True)
class Response:
    status: int
    reason: str
    headers: Mapping[str, str]
    """Names in lower case; the last value of a repeated header."""
    challenges: tuple[str, ...]
    """Every ``WWW-Authenticate`` value."""
    body: bytes
    url: str
    """Where the answer came from, after redirects."""


@dataclass(frozen=True, slots=True)
class Sent:
    """One request on the wire, as ``log`` keeps it."""

    method: str
    path: str
    status: int
    seconds: float = 0.0
    """From sending the request to the end of its answer."""


def origin_of(url: str) -> Origin:
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        said = Message("{address} is not a valid address", address=quoted(_shown(url)))
        raise PublishError(said) from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        said = Message(
            "{address} is not an http:// or https:// address", address=quoted(_shown(url))
        )
        raise PublishError(said)
    return Origin(parts.scheme, parts.hostname, port or (443 if parts.scheme == "https" else 80))


def _shown(url: str) -> str:
    """An address as a message may quote it: without what stands before an ``@`` in its
    host part (``user:password@``)."""
    return _USERINFO.sub(r"\1", url)


_USERINFO = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#]*@")


def path_of(url: str) -> str:
    """The request target: the path (``/`` when empty) and the query."""
    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


class Client:
    """Requests to one CalDAV server (the origin of ``base_url``) and whatever it
    redirects to. Not thread-safe: one publish, one client, one request at a time."""

    def __init__(
        self,
        base_url: str,
        credentials: Credentials | None,
        *,
        timeout: float = 30.0,
        ca_bundle: str | None = None,
        max_body: int = MAX_BODY,
    ) -> None:
        self.origin = origin_of(base_url)
        if urlsplit(base_url).password is not None:
            raise PublishError(Message("the address holds a password: give it another way"))
        self.credentials = credentials
        self.timeout = timeout
        self.max_body = max_body
        self.log: list[Sent] = []
        self._ca_bundle = ca_bundle
        self._context: ssl.SSLContext | None = None
        self._pool: dict[Origin, http.client.HTTPConnection] = {}
        self._auth: Digest | str | None = None

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        for connection in self._pool.values():
            connection.close()
        self._pool.clear()

    def error(self, message: Message) -> PublishError:
        """A ``PublishError`` whose message cannot show the password, even where a
        hostile server echoed it back (in a reason phrase, a URL)."""
        secret = self.credentials.password if self.credentials else ""
        if len(secret) >= 3:
            message = message.hiding(lambda text: text.replace(secret, "***"))
        return PublishError(message)

    def unexpected(self, response: Response, method: str) -> PublishError:
        """The error for a status the caller did not expect."""
        what = f"{method} {quoted(path_of(response.url))}"
        status = f"{response.status} {quoted(response.reason)}".strip()
        host = str(origin_of(response.url))
        if response.status == 401:
            return self.error(
                Message(
                    "{host} asks for a user name and password ({request})", host=host, request=what
                )
            )
        if response.status == 403:
            return self.error(
                Message(
                    "{host} denied {request} ({status}): check the user's rights",
                    host=host, request=what, status=status,
                )
            )  # fmt: skip
        if response.status >= 500:
            return self.error(
                Message(
                    "the server {host} failed on {request} ({status})",
                    host=host, request=what, status=status,
                )
            )  # fmt: skip
        return self.error(
            Message(
                "{host} answered {request} with {status}: is it a CalDAV server?",
                host=host, request=what, status=status,
            )
        )  # fmt: skip

    def request(
        self,
        method: str,
        url: str,
        *,
        headers: Mapping[str, str] | None = None,
        body: bytes | None = None,
    ) -> Response:
        """Send one request, answering a password challenge and following redirects."""
        for _ in range(MAX_REDIRECTS + 1):
            response = self._authorized(method, url, dict(headers or {}), body)
            location = response.headers.get("location")
            if response.status not in REDIRECTS or not location:
                return response
            url = urljoin(url, location.strip())
            origin_of(url)  # an http(s) address, or a PublishError
            if response.status == 303:
                method, body = "GET", None
        raise self.error(
            Message(
                "{host} redirects {method} more than {limit} times",
                host=str(self.origin), method=method, limit=MAX_REDIRECTS,
            )
        )  # fmt: skip

    def _authorized(
        self, method: str, url: str, headers: dict[str, str], body: bytes | None
    ) -> Response:
        origin = origin_of(url)
        ours = origin == self.origin and self.credentials is not None
        if ours and self._auth is not None:
            headers["Authorization"] = self._authorization(method, url)
        response = self._send(method, url, headers, body)
        if response.status != 401:
            return response
        if self.credentials is None:
            raise self.unexpected(response, method)
        if not ours:
            raise self.error(
                Message(
                    "{host} asks for a password, but it is not the server given ({given}): "
                    "publish to {host} itself",
                    host=str(origin), given=str(self.origin),
                )
            )  # fmt: skip
        self._auth = answer(parse_challenges(list(response.challenges)), self.credentials)
        if self._auth is None:
            raise self.error(
                Message(
                    "{host} asks for an authentication that mission does not speak",
                    host=str(origin),
                )
            )
        headers["Authorization"] = self._authorization(method, url)
        response = self._send(method, url, headers, body)
        if response.status == 401:
            self._auth = None
            raise self.error(
                Message("{host} refused the user name or the password (401)", host=str(origin))
            )
        return response

    def _authorization(self, method: str, url: str) -> str:
        if isinstance(self._auth, Digest):
            return self._auth.header(method, path_of(url))
        return str(self._auth)

    def _send(self, method: str, url: str, headers: dict[str, str], body: bytes | None) -> Response:
        origin, target = origin_of(url), path_of(url)
        headers.setdefault("User-Agent", USER_AGENT)
        for attempt in (1, 2):
            began = time.monotonic()
            connection = self._connection(origin)
            reused = connection.sock is not None
            try:
                connection.request(method, target, body=body, headers=headers)
                answer_ = connection.getresponse()
                data = self._read(answer_, origin)
            except (ConnectionResetError, BrokenPipeError, http.client.RemoteDisconnected) as exc:
                self._drop(origin)
                if reused and attempt == 1:
                    continue  # the server had closed an idle connection
                raise self._failure(origin, exc) from None
            except (OSError, http.client.HTTPException, PublishError) as exc:
                self._drop(origin)
                raise self._failure(origin, exc) from None
            self.log.append(Sent(method, target, answer_.status, time.monotonic() - began))
            names = {name.lower(): value for name, value in answer_.getheaders()}
            challenges = tuple(answer_.headers.get_all("WWW-Authenticate") or ())
            return Response(answer_.status, answer_.reason, names, challenges, data, url)
        raise AssertionError("unreachable")  # pragma: no cover

    def _read(self, response: http.client.HTTPResponse, origin: Origin) -> bytes:
        """The whole body, within the size and time limits."""
        deadline = time.monotonic() + 4 * self.timeout
        chunks: list[bytes] = []
        size = 0
        while chunk := response.read(_CHUNK):
            size += len(chunk)
            if size > self.max_body:
                raise self.error(
                    Message(
                        "{host} sent an answer over {limit} bytes",
                        host=str(origin),
                        limit=self.max_body,
                    )
                )
            if time.monotonic() > deadline:
                raise TimeoutError
            chunks.append(chunk)
        return b"".join(chunks)

    def _connection(self, origin: Origin) -> http.client.HTTPConnection:
        connection = self._pool.get(origin)
        if connection is None:
            if origin.scheme == "https":
                connection = http.client.HTTPSConnection(
                    origin.host, origin.port, timeout=self.timeout, context=self._tls()
                )
            else:
                connection = http.client.HTTPConnection(
                    origin.host, origin.port, timeout=self.timeout
                )
            self._pool[origin] = connection
        return connection

    def _drop(self, origin: Origin) -> None:
        connection = self._pool.pop(origin, None)
        if connection is not None:
            connection.close()

    def _tls(self) -> ssl.SSLContext:
        """Certificates and host names checked, against the system's store or the
        bundle given; never an unverified context."""
        if self._context is None:
            try:
                self._context = ssl.create_default_context(cafile=self._ca_bundle)
            except (OSError, ssl.SSLError) as exc:
                reason = str(getattr(exc, "strerror", None) or exc)
                message = Message(
                    "the CA bundle {path} cannot be read ({reason})",
                    path=str(self._ca_bundle), reason=reason,
                )  # fmt: skip
                raise self.error(message) from None
        return self._context

    def _failure(self, origin: Origin, exc: BaseException) -> PublishError:
        """One line for what went wrong on the way, without the stack of errors."""
        if isinstance(exc, PublishError):
            return exc
        host = str(origin)
        if isinstance(exc, ssl.SSLCertVerificationError):
            reason = quoted(exc.verify_message or str(exc))
            return self.error(
                Message(
                    "the certificate of {host} is not trusted ({reason}); for a private "
                    "certificate authority, give its CA bundle",
                    host=host, reason=reason,
                )
            )  # fmt: skip
        if isinstance(exc, ssl.SSLError):
            reason = quoted(exc.reason or str(exc))
            return self.error(
                Message("TLS with {host} failed ({reason})", host=host, reason=reason)
            )
        if isinstance(exc, TimeoutError):
            seconds = f"{self.timeout:g}"
            return self.error(
                Message("{host} did not answer within {seconds} s", host=host, seconds=seconds)
            )
        if isinstance(exc, ConnectionRefusedError):
            return self.error(
                Message("{host} refused the connection: is the server running?", host=host)
            )
        if isinstance(exc, socket.gaierror):
            return self.error(
                Message("the server {host} cannot be found", host=quoted(origin.host))
            )
        if isinstance(exc, ConnectionError | http.client.RemoteDisconnected):
            return self.error(Message("{host} closed the connection without an answer", host=host))
        if isinstance(exc, http.client.HTTPException):
            name = type(exc).__name__
            return self.error(
                Message("{host} did not answer in HTTP ({reason})", host=host, reason=name)
            )
        reason = quoted(getattr(exc, "strerror", None) or str(exc))
        return self.error(Message("cannot reach {host} ({reason})", host=host, reason=reason))
