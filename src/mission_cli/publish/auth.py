"""Answering a server's ``401``: HTTP Basic (RFC 7617) and Digest (RFC 7616: MD5 and
SHA-256, their ``-sess`` forms, ``qop=auth``, ``userhash``).

The client sends no credentials until a server asks for them, then answers the
strongest challenge it understands (Digest SHA-256, Digest MD5, Basic), and keeps the
answer for the following requests to the same origin: a Basic header as it is, a
Digest challenge with a growing nonce count. So one publish pays one extra round trip,
not one per request. ``auth-int`` (a digest of the body) is not offered by the servers
mission targets and is not answered.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
from dataclasses import dataclass, field

_TOKEN = r"[!#$%&'*+.^_`|~0-9A-Za-z-]+"
_ITEMS = re.compile(r'\s*((?:[^,"]|"(?:[^"\\]|\\.)*")*)\s*(?:,|$)')
_SCHEME = re.compile(rf"({_TOKEN})(?:\s+(?!=)(.*))?", re.DOTALL)
_PARAM = re.compile(rf'({_TOKEN})\s*=\s*("(?:[^"\\]|\\.)*"|[^\s"]*)', re.DOTALL)
_HASHES = {"MD5": "md5", "SHA-256": "sha256"}
MAX_HEADER = 4096
"""Characters of one ``WWW-Authenticate`` value read: a challenge is a few hundred, and
the reading of a hostile, unclosed quote grows with the square of the length."""


@dataclass(frozen=True, slots=True)
class Credentials:
    """A user and a password; the password never shows in a ``repr`` (nor so in a
    traceback or a log line)."""

    user: str
    password: str = field(repr=False)


@dataclass(frozen=True, slots=True)
class Challenge:
    """One scheme of a ``WWW-Authenticate`` header with its parameters (names in lower
    case, quoted values unquoted)."""

    scheme: str
    params: dict[str, str]


def parse_challenges(values: list[str]) -> list[Challenge]:
    """Every challenge of the ``WWW-Authenticate`` headers, in order. A header may hold
    several (``Digest realm="a", nonce="b", Basic realm="c"``): a comma-separated item
    that starts with a token and a space starts a new one. What cannot be read is
    skipped (a token68, a broken parameter), and an unclosed quote ends the header,
    never a reason to fail."""
    found: list[Challenge] = []
    for value in (v[:MAX_HEADER] for v in values):
        position = 0
        while position < len(value) and (match := _ITEMS.match(value, position)):
            position = match.end()
            item = match.group(1).strip()
            scheme = _SCHEME.fullmatch(item)
            if scheme is not None:
                found.append(Challenge(scheme.group(1).lower(), {}))
                item = (scheme.group(2) or "").strip()
            param = _PARAM.fullmatch(item)
            if param is not None and found:
                found[-1].params[param.group(1).lower()] = _unquote(param.group(2))
            if not match.group(0):
                break
    return found


def _unquote(text: str) -> str:
    if len(text) >= 2 and text[0] == text[-1] == '"':
        return re.sub(r"\\(.)", r"\1", text[1:-1])
    return text


def basic_header(credentials: Credentials) -> str:
    raw = f"{credentials.user}:{credentials.password}".encode()
    return "Basic " + base64.b64encode(raw).decode("ascii")


@dataclass(slots=True)
class Digest:
    """A Digest challenge being answered: each request gets a new nonce count and a new
    client nonce, so that a server checking replays accepts them all."""

    credentials: Credentials
    realm: str
    nonce: str
    algorithm: str = "MD5"
    opaque: str | None = None
    qop: bool = True
    userhash: bool = False
    count: int = 0

    def header(self, method: str, uri: str, cnonce: str | None = None) -> str:
        """The ``Authorization`` value for ``method`` on ``uri`` (the request target as
        sent: path and query); ``cnonce`` is random unless given (the tests give the
        RFC's)."""
        self.count += 1
        name = _HASHES[self.algorithm.upper().removesuffix("-SESS")]

        def digest(text: str) -> str:
            return hashlib.new(name, text.encode("utf-8")).hexdigest()

        user, secret = self.credentials.user, self.credentials.password
        cnonce, nc = cnonce or os.urandom(12).hex(), f"{self.count:08x}"
        ha1 = digest(f"{user}:{self.realm}:{secret}")
        if self.algorithm.upper().endswith("-SESS"):
            ha1 = digest(f"{ha1}:{self.nonce}:{cnonce}")
        ha2 = digest(f"{method}:{uri}")
        if self.qop:
            response = digest(f"{ha1}:{self.nonce}:{nc}:{cnonce}:auth:{ha2}")
        else:
            response = digest(f"{ha1}:{self.nonce}:{ha2}")
        shown_user = digest(f"{user}:{self.realm}") if self.userhash else user
        parts = [
            f"username={_quote(shown_user)}",
            f"realm={_quote(self.realm)}",
            f"nonce={_quote(self.nonce)}",
            f"uri={_quote(uri)}",
            f"algorithm={self.algorithm}",
            f"response={_quote(response)}",
        ]
        if self.opaque is not None:
            parts.append(f"opaque={_quote(self.opaque)}")
        if self.qop:
            parts += ["qop=auth", f"nc={nc}", f"cnonce={_quote(cnonce)}"]
        if self.userhash:
            parts.append("userhash=true")
        return "Digest " + ", ".join(parts)


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _digest_of(challenge: Challenge, credentials: Credentials) -> Digest | None:
    """A ``Digest`` for a challenge mission can answer, or None."""
    params = challenge.params
    algorithm = params.get("algorithm", "MD5")
    if algorithm.upper().removesuffix("-SESS") not in _HASHES or "nonce" not in params:
        return None
    qops = {q.strip().lower() for q in params.get("qop", "").split(",") if q.strip()}
    if qops and "auth" not in qops:
        return None  # auth-int only
    return Digest(
        credentials,
        realm=params.get("realm", ""),
        nonce=params["nonce"],
        algorithm=algorithm,
        opaque=params.get("opaque"),
        qop=bool(qops),
        userhash=params.get("userhash", "").lower() == "true",
    )


def answer(challenges: list[Challenge], credentials: Credentials) -> Digest | str | None:
    """The strongest answer mission can give: a ``Digest`` (SHA-256 before MD5), else a
    Basic header, else None (a scheme it does not speak, such as Bearer)."""
    digests = [
        d
        for c in challenges
        if c.scheme == "digest" and (d := _digest_of(c, credentials)) is not None
    ]
    digests.sort(key=lambda d: not d.algorithm.upper().startswith("SHA-256"))
    if digests:
        return digests[0]
    if any(c.scheme == "basic" for c in challenges):
        return basic_header(credentials)
    return None
