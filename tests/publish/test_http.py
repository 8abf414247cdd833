"""The HTTP client against stub servers: Digest and Basic, keep-alive, redirects that
must not carry the password elsewhere, timeouts, refused connections, garbage, TLS; and
no error message that shows the password."""

from __future__ import annotations

import shutil
import ssl
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from mission_cli.publish.auth import Credentials
from mission_cli.publish.errors import PublishError
from mission_cli.publish.http import Client
from tests.publish.servers import Silent, free_port
from tests.publish.stubs import Answer, Garbage, Received, Stub, digest_ok, digest_params

SECRET = "Tr0ub4dor&3-secret"
ANA = Credentials("ana", SECRET)
SHA256 = 'Digest realm="stub", qop="auth", algorithm=SHA-256, nonce="{nonce}", opaque="op"'
MD5 = 'Digest realm="stub", qop="auth,auth-int", algorithm=MD5, nonce="{nonce}", opaque="op"'


@pytest.fixture
def stubs() -> Iterator[list[Stub]]:
    started: list[Stub] = []
    yield started
    for stub in started:
        stub.close()


def _digest_server(offers: tuple[str, ...], stale_after: int = 0) -> Stub:
    """Asks for Digest (the ``offers``), checks every answer on its own, and gives a new
    nonce (``stale=true``) after ``stale_after`` requests when that is not 0."""
    nonces = ["n-1"]

    def respond(request: Received) -> Answer:
        header = request.headers.get("Authorization", "")
        nonce = nonces[-1]
        if stale_after and len(stub.received) == stale_after:
            nonces.append(f"n-{len(nonces) + 1}")
            stale = tuple(f"{o.format(nonce=nonces[-1])}, stale=true" for o in offers)
            return Answer(401, challenges=stale)
        fresh = header.startswith("Digest ") and digest_params(header)["nonce"] == nonce
        if fresh and digest_ok(header, request.method, "ana", SECRET, "stub"):
            return Answer(200, body=b"ok")
        return Answer(401, challenges=tuple(o.format(nonce=nonce) for o in offers))

    stub = Stub(respond)
    return stub


def test_digest_sha256_is_chosen_and_answered_without_a_new_challenge(
    stubs: list[Stub],
) -> None:
    stub = _digest_server((MD5, SHA256, 'Basic realm="stub"'))
    stubs.append(stub)
    with Client(stub.url, ANA) as client:
        for n in range(3):
            assert client.request("GET", f"{stub.url}item/{n}").status == 200
    assert [(s.method, s.path, s.status) for s in client.log] == [
        ("GET", "/item/0", 401),
        ("GET", "/item/0", 200),
        ("GET", "/item/1", 200),
        ("GET", "/item/2", 200),
    ]
    answers = [digest_params(r.headers["Authorization"]) for r in stub.received[1:]]
    assert [a["algorithm"] for a in answers] == ["SHA-256"] * 3
    assert [a["nc"] for a in answers] == ["00000001", "00000002", "00000003"]
    assert {a["opaque"] for a in answers} == {"op"}
    assert stub.connections == 1  # kept alive


def test_digest_md5_and_a_stale_nonce(stubs: list[Stub]) -> None:
    stub = _digest_server((MD5,), stale_after=3)
    stubs.append(stub)
    with Client(stub.url, ANA) as client:
        statuses = [client.request("PUT", stub.url + "x", body=b"data").status for _ in range(3)]
    assert statuses == [200, 200, 200]
    assert [s.status for s in client.log] == [401, 200, 401, 200, 200]
    last = digest_params(stub.received[-1].headers["Authorization"])
    assert (last["algorithm"], last["nonce"], last["nc"]) == ("MD5", "n-2", "00000002")


def test_a_wrong_password_with_digest_is_one_clear_error(stubs: list[Stub]) -> None:
    stub = _digest_server((SHA256,))
    stubs.append(stub)
    wrong = Credentials("ana", "wrong-Passw0rd")
    with pytest.raises(PublishError) as caught, Client(stub.url, wrong) as client:
        client.request("PROPFIND", stub.url)
    port = stub.url.rsplit(":", 1)[1].strip("/")
    assert str(caught.value) == f"127.0.0.1:{port} refused the user name or the password (401)"
    assert len(stub.received) == 2


def test_basic_is_answered_once_then_sent_with_each_request(stubs: list[Stub]) -> None:
    def respond(request: Received) -> Answer:
        if request.headers.get("Authorization") == "Basic YW5hOlRyMHViNGRvciYzLXNlY3JldA==":
            return Answer(200)
        return Answer(401, challenges=('Basic realm="stub", charset="UTF-8"',))

    stub = Stub(respond)
    stubs.append(stub)
    with Client(stub.url, ANA) as client:
        assert [client.request("GET", stub.url).status for _ in range(3)] == [200] * 3
    assert [s.status for s in client.log] == [401, 200, 200, 200]


def test_a_redirect_to_another_server_carries_no_password(stubs: list[Stub]) -> None:
    other = Stub(lambda r: Answer(200, body=b"there"))
    stubs.append(other)
    asked = Stub(lambda r: Answer(401, challenges=('Basic realm="x"',)))
    stubs.append(asked)

    def respond(request: Received) -> Answer:
        if "Authorization" not in request.headers:
            return Answer(401, challenges=('Basic realm="x"',))
        target = other.url if request.path == "/to-other" else asked.url
        return Answer(307, {"Location": target + "landing"})

    home = Stub(respond)
    stubs.append(home)
    with Client(home.url, ANA) as client:
        answer = client.request("PROPFIND", home.url + "to-other", body=b"<x/>")
        assert (answer.status, answer.body, answer.url) == (200, b"there", other.url + "landing")
        assert other.received[0].method == "PROPFIND"
        assert other.received[0].body == b"<x/>"
        assert "Authorization" not in other.received[0].headers
        with pytest.raises(PublishError) as caught:
            client.request("PROPFIND", home.url + "to-asking")
    where = asked.url.removeprefix("http://").rstrip("/")
    assert str(caught.value) == (
        f"{where} asks for a password, but it is not the server given "
        f"({home.url.removeprefix('http://').rstrip('/')}): publish to {where} itself"
    )
    assert "Authorization" not in asked.received[0].headers


def test_redirects_303_becomes_get_and_a_loop_ends(stubs: list[Stub]) -> None:
    def respond(request: Received) -> Answer:
        if request.path == "/see-other":
            return Answer(303, {"Location": "/landed"})
        if request.path == "/landed":
            return Answer(200, body=request.method.encode())
        return Answer(301, {"Location": "/loop"})

    stub = Stub(respond)
    stubs.append(stub)
    with Client(stub.url, None) as client:
        assert client.request("PUT", stub.url + "see-other", body=b"x").body == b"GET"
        with pytest.raises(PublishError, match="redirects PROPFIND more than 5 times"):
            client.request("PROPFIND", stub.url + "loop")


def test_a_server_that_closes_an_idle_connection_gets_the_request_again(
    stubs: list[Stub],
) -> None:
    stub = Stub(lambda r: Answer(200, body=r.path.encode(), close=True))
    stubs.append(stub)
    with Client(stub.url, None) as client:
        bodies = [client.request("GET", f"{stub.url}{n}").body for n in range(3)]
    assert bodies == [b"/0", b"/1", b"/2"]
    assert stub.connections == 3
    assert len(stub.received) == 3


def test_a_server_that_never_answers_times_out() -> None:
    silent = Silent()
    try:
        began = time.monotonic()
        with pytest.raises(PublishError) as caught, Client(silent.url, ANA, timeout=0.3) as c:
            c.request("PROPFIND", silent.url)
        assert time.monotonic() - began < 2
    finally:
        silent.close()
    assert str(caught.value) == f"{silent.url[7:-1]} did not answer within 0.3 s"


def test_nothing_listening_is_a_refused_connection() -> None:
    port = free_port()
    with pytest.raises(PublishError) as caught, Client(f"http://127.0.0.1:{port}/", ANA) as c:
        c.request("GET", f"http://127.0.0.1:{port}/")
    assert str(caught.value) == f"127.0.0.1:{port} refused the connection: is the server running?"


def test_garbage_is_not_http() -> None:
    garbage = Garbage()
    try:
        with pytest.raises(PublishError) as caught, Client(garbage.url, ANA, timeout=2) as c:
            c.request("PROPFIND", garbage.url)
    finally:
        garbage.close()
    assert str(caught.value) == f"{garbage.url[7:-1]} did not answer in HTTP (BadStatusLine)"


def test_an_answer_too_large_is_refused(stubs: list[Stub]) -> None:
    stub = Stub(lambda r: Answer(207, body=b"x" * 300_000))
    stubs.append(stub)
    with pytest.raises(PublishError, match="sent an answer over 100,000 bytes"):
        Client(stub.url, None, max_body=100_000).request("PROPFIND", stub.url)


def test_the_password_never_shows_even_when_a_server_echoes_it(stubs: list[Stub]) -> None:
    def respond(request: Received) -> Answer:
        if "Authorization" not in request.headers:
            return Answer(401, challenges=('Basic realm="x"',))
        return Answer(403, reason=f"Forbidden for {SECRET}")

    stub = Stub(respond)
    stubs.append(stub)
    with Client(stub.url, ANA) as client:
        response = client.request("DELETE", stub.url + f"a/{SECRET}")
        message = str(client.unexpected(response, "DELETE"))
    assert SECRET not in message
    assert message.endswith("denied DELETE /a/*** (403 Forbidden for ***): check the user's rights")
    assert SECRET not in repr(ANA)


def test_a_password_in_the_address_is_refused() -> None:
    with pytest.raises(PublishError) as caught:
        Client("https://ana:hunter22@example.org/", None)
    assert str(caught.value) == "the address holds a password: give it another way"
    assert "hunter22" not in str(caught.value)


@pytest.mark.skipif(shutil.which("openssl") is None, reason="no openssl to make a certificate")
def test_https_is_checked_and_a_ca_bundle_trusted(tmp_path: Path, stubs: list[Stub]) -> None:
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True,
    )  # fmt: skip
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(cert, key)
    stub = Stub(lambda r: Answer(200, body=b"secure"), tls=tls)
    stubs.append(stub)
    with pytest.raises(PublishError) as caught, Client(stub.url, ANA, timeout=5) as client:
        client.request("GET", stub.url)
    assert str(caught.value) == (
        f"the certificate of {stub.url[8:-1]} is not trusted (self-signed certificate); for a "
        "private certificate authority, give its CA bundle"
    )
    with Client(stub.url, ANA, timeout=5, ca_bundle=str(cert)) as client:
        assert client.request("GET", stub.url).body == b"secure"
    with pytest.raises(PublishError, match=r"the CA bundle .* cannot be read"):
        Client(stub.url, ANA, ca_bundle=str(tmp_path / "missing.pem")).request("GET", stub.url)
