"""Tiny HTTP servers for the client's tests: what Radicale does not do (Digest, redirects
to another host, hostile answers, TLS), each on 127.0.0.1 in a thread, answering with a
function of the request and keeping what it received."""

from __future__ import annotations

import hashlib
import re
import socket
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass(frozen=True)
class Answer:
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    reason: str | None = None
    challenges: tuple[str, ...] = ()
    close: bool = False
    """Close the connection after the answer without saying so (an idle timeout)."""


Respond = Callable[[Received], Answer]


class Stub:
    """An HTTP/1.1 server (keep-alive) answering ``respond(request)``."""

    def __init__(self, respond: Respond, tls: ssl.SSLContext | None = None) -> None:
        self.received: list[Received] = []
        self.connections = 0
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def setup(self) -> None:
                stub.connections += 1
                super().setup()

            def log_message(self, *_: Any) -> None:
                pass

            def handle_one_request(self) -> None:
                try:
                    super().handle_one_request()
                except ConnectionError:
                    self.close_connection = True

            def __getattr__(self, name: str) -> Any:
                if name.startswith("do_"):
                    return self.answer
                raise AttributeError(name)

            def answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                request = Received(self.command, self.path, dict(self.headers.items()), body)
                stub.received.append(request)
                reply = respond(request)
                self.send_response(reply.status, reply.reason)
                for value in reply.challenges:
                    self.send_header("WWW-Authenticate", value)
                for key, value in reply.headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                self.wfile.write(reply.body)
                self.wfile.flush()
                if reply.close:
                    self.close_connection = True

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        if tls is not None:
            self.server.socket = tls.wrap_socket(self.server.socket, server_side=True)
        scheme = "https" if tls else "http"
        self.url = f"{scheme}://127.0.0.1:{self.server.server_address[1]}/"
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class Garbage:
    """Accepts a connection, reads the request, answers bytes that are not HTTP."""

    def __init__(self, reply: bytes = b"HELLO, this is not HTTP\r\n\r\n") -> None:
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen(4)
        self.url = f"http://127.0.0.1:{self.socket.getsockname()[1]}/"
        self.reply = reply
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self.socket.accept()
            except OSError:
                return
            with connection:
                connection.recv(65536)
                connection.sendall(self.reply)

    def close(self) -> None:
        self.socket.close()


_PARAM = re.compile(r'(\w+)=(?:"([^"]*)"|([^,\s]*))')


def digest_params(header: str) -> dict[str, str]:
    """The parameters of an ``Authorization: Digest …`` header."""
    assert header.startswith("Digest ")
    return {m.group(1): m.group(2) if m.group(2) is not None else m.group(3)
            for m in _PARAM.finditer(header[7:])}  # fmt: skip


def digest_ok(header: str, method: str, user: str, password: str, realm: str) -> bool:
    """Whether a Digest answer is right (RFC 7616, qop=auth), computed here on its own."""
    p = digest_params(header)
    name = {"MD5": "md5", "SHA-256": "sha256"}[p["algorithm"]]

    def h(text: str) -> str:
        return hashlib.new(name, text.encode()).hexdigest()

    ha1, ha2 = h(f"{user}:{realm}:{password}"), h(f"{method}:{p['uri']}")
    expected = h(f"{ha1}:{p['nonce']}:{p['nc']}:{p['cnonce']}:{p['qop']}:{ha2}")
    return p["username"] == user and p["realm"] == realm and p["response"] == expected


MULTISTATUS = """<?xml version="1.0" encoding="utf-8"?>
<multistatus xmlns="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">{}</multistatus>"""


def response_xml(href: str, props: str, status: str = "HTTP/1.1 200 OK") -> str:
    return (
        f"<response><href>{href}</href><propstat><prop>{props}</prop>"
        f"<status>{status}</status></propstat></response>"
    )


def multistatus(*responses: str) -> bytes:
    return MULTISTATUS.format("".join(responses)).encode()
