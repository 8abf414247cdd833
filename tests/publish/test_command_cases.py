"""``mission publish``'s failures and options: a wrong password, a server down, one that
never answers or answers garbage, each one line and exit 2 with the state as it was;
where the password comes from and that no output ever shows it; a dry run; one
delegate; items left out for errors kept; a delegate taken off the trip; the progress
bar on a terminal only; ``--version`` and ``validate`` never importing the publish
package."""

from __future__ import annotations

import base64
import io
import json
import os
import re
import subprocess
import sys
import time
import urllib.error
from pathlib import Path

import pytest
from rich.console import Console

from mission_cli.publish.sync import Summary
from tests.publish import trips
from tests.publish.command import SAMPLE, Env, publish, run, writes
from tests.publish.servers import PASSWORD, USER, Radicale, Silent
from tests.publish.stubs import Answer, Garbage, Received, Stub
from tests.support import ROOT, check_golden


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


PREFIXES = ("mission: error: ", "mission\u202f: erreur\u202f: ")
"""The prefix of a command's error, in English and in French."""


def _one_error_line(code: int, output: str) -> str:
    """The error said, in its language: English (``--lang en``) or French (the sample's)."""
    assert code == 2, output
    assert output.count("\n") == 1, output
    prefix = PREFIXES[0] if output.startswith(PREFIXES[0]) else PREFIXES[1]
    assert output.startswith(prefix), output
    assert PASSWORD not in output
    return output.removeprefix(prefix).rstrip("\n")


def _state(env: Env) -> Path:
    return Path(str(env["XDG_STATE_HOME"])) / "mission" / "caldav"


def _moved(tmp_path: Path) -> Path:
    """The sample with one meeting moved: a publish of it has something to send."""
    trip = tmp_path / "moved.yaml"
    text = SAMPLE.read_text(encoding="utf-8")
    trip.write_text(text.replace("start: 2024-04-04 14:30", "start: 2024-04-04 15:00"), "utf-8")
    return trip


def test_a_wrong_password_is_one_line_in_the_trip_s_language_and_the_state_intact(
    radicale: Radicale, env: Env, tmp_path: Path
) -> None:
    assert publish(radicale, env, "-d", "cci")[0] == 0
    before = _snapshot(_state(env))
    wrong = {**env, "MISSION_CALDAV_PASSWORD": "not-the-Pa55word"}
    said = _one_error_line(*publish(radicale, wrong, "-d", "cci", file=_moved(tmp_path)))
    where = f"127.0.0.1:{radicale.port}"
    assert said == f"{where} a refusé le nom d'utilisateur ou le mot de passe (401)"
    english = ("-d", "cci", "--lang", "en")
    said = _one_error_line(*publish(radicale, wrong, *english, file=_moved(tmp_path)))
    assert said == f"{where} refused the user name or the password (401)"
    assert _snapshot(_state(env)) == before


def test_a_server_down_is_one_line_and_the_state_intact(
    radicale: Radicale, env: Env, tmp_path: Path
) -> None:
    assert publish(radicale, env, "-d", "cci")[0] == 0
    before = _snapshot(_state(env))
    radicale.stop()
    said = _one_error_line(*publish(radicale, env, "-d", "cci", file=_moved(tmp_path)))
    refused = "a refusé la connexion\u202f: le serveur est-il démarré\u202f?"
    assert said == f"127.0.0.1:{radicale.port} {refused}"
    assert _snapshot(_state(env)) == before
    radicale.start()  # back: the next publish sends the change
    code, output = publish(radicale, env, "-d", "cci", "--format", "json", file=_moved(tmp_path))
    assert code == 0
    assert [c["changed"] for c in json.loads(output)["calendars"]] == [1, 1]


def test_a_server_that_never_answers_or_answers_garbage_is_one_line(env: Env) -> None:
    silent, garbage = Silent(), Garbage()
    try:
        began = time.monotonic()
        command = ("publish", str(SAMPLE), "--user", USER, "--lang", "en", "--timeout", "0.3")
        said = _one_error_line(*run(*command, "--to", silent.url, env=env))
        assert time.monotonic() - began < 3
        assert said == f"{silent.url[7:-1]} did not answer within 0.3 s"
        said = _one_error_line(*run(*command, "--to", garbage.url, env=env))
        assert said == f"{garbage.url[7:-1]} did not answer in HTTP (BadStatusLine)"
    finally:
        silent.close()
        garbage.close()
    assert not _state(env).exists()


def test_a_server_that_echoes_the_password_never_has_it_printed(env: Env) -> None:
    def respond(request: Received) -> Answer:
        given = request.headers.get("Authorization", "")
        if not given:
            return Answer(401, challenges=('Basic realm="x"',))
        password = base64.b64decode(given.split()[1]).decode().partition(":")[2]
        return Answer(500, reason=f"Broken for {password}")

    stub = Stub(respond)
    try:
        code, output = run(
            "publish", str(SAMPLE), "--to", stub.url + "dav/", "--user", USER, "--lang", "en",
            env=env,
        )  # fmt: skip
    finally:
        stub.close()
    said = _one_error_line(code, output)
    assert said == f"the server {stub.url[7:-1]} failed on PROPFIND /dav/ (500 Broken for ***)"


def test_the_password_comes_from_the_environment_or_netrc_and_never_the_command_line(
    radicale: Radicale, env: Env
) -> None:
    without = {**env, "MISSION_CALDAV_PASSWORD": None}
    said = _one_error_line(*publish(radicale, without))
    assert said == (
        "pas de mot de passe pour ana\u202f: définissez MISSION_CALDAV_PASSWORD, ou ajoutez "
        "l'hôte du serveur à ~/.netrc"
    )
    netrc = Path(str(env["HOME"])) / ".netrc"
    netrc.write_text(f"machine 127.0.0.1 login {USER} password {PASSWORD}\n", encoding="utf-8")
    os.chmod(netrc, 0o600)
    code, output = run("publish", str(SAMPLE), "--to", radicale.url, "-d", "cci", env=without)
    assert code == 0, output
    assert PASSWORD not in output
    address = radicale.url.replace("//", f"//{USER}:hunter22@")
    said = _one_error_line(*run("publish", str(SAMPLE), "--to", address, env=without))
    assert said == "l'adresse contient un mot de passe\u202f: donnez-le autrement"
    bad = address.replace(str(radicale.port), "99999")
    said = _one_error_line(*run("publish", str(SAMPLE), "--to", bad, env=without))
    assert said == "http://127.0.0.1:99999/ n'est pas une adresse valide"
    code, output = run("publish", "--help", width=200)
    assert "--password" not in output
    said = " ".join(output.split())
    assert "MISSION_CALDAV_PASSWORD or ~/.netrc, never from the command line" in said


def test_a_dry_run_says_what_would_be_sent_and_sends_nothing(
    radicale: Radicale, env: Env, sent: list[Summary]
) -> None:
    code, output = publish(radicale, env, "--dry-run", "--lang", "en", "-d", "@elus")
    assert code == 0, output
    check_golden("publish-dry-run-en.txt", output.replace(str(radicale.port), "PORT"))
    assert writes(sent[-1]) == []
    assert not _state(env).exists()
    code, dry = publish(radicale, env, "--dry-run", "--format", "json", "-d", "@elus")
    code, real = publish(radicale, env, "--format", "json", "-d", "@elus")
    assert json.loads(dry) == json.loads(real)
    assert [c["delegate"] for c in json.loads(real)["calendars"]][-1] == "_programme"


def test_one_delegate_s_calendar_and_the_programme(
    radicale: Radicale, env: Env, sent: list[Summary]
) -> None:
    code, output = publish(radicale, env, "-d", "nappere", "--format", "json")
    assert code == 0
    assert [c["delegate"] for c in json.loads(output)["calendars"]] == ["nappere", "_programme"]
    code, output = publish(radicale, env, "-d", "nobody")
    assert code == 2
    assert "nobody" in output


def test_an_item_left_out_for_an_error_stays_on_the_server(
    radicale: Radicale, env: Env, sent: list[Summary], tmp_path: Path
) -> None:
    assert publish(radicale, env, "-d", "cci")[0] == 0
    broken = tmp_path / "broken.yaml"
    text = SAMPLE.read_text(encoding="utf-8")
    broken.write_text(text.replace("start: 2024-04-04 14:30", "start: 2024-04-04 25:30"), "utf-8")
    code, output = publish(radicale, env, "-d", "cci", "--format", "json", file=broken)
    assert code == 0
    assert "1 élément laissé de côté\u202f: gre-chambre-commerce" in output
    assert writes(sent[-1]) == []
    programme = json.loads(output[output.index("{") :])["calendars"][-1]
    assert (programme["removed"], programme["unchanged"]) == (0, 53)
    uid = "gre-chambre-commerce.delegation-rennaise-a-rochester-et-au-quebec.20240403@mission"
    assert uid in trips.Reader(USER, PASSWORD).events(f"{radicale.url}{USER}/_programme/")
    code, output = publish(radicale, env, "-d", "cci", "--no-partial", file=broken)
    assert code == 1


SMALL = """\
trip: {title: Small trip, home_timezone: Europe/Paris, start: 2024-04-03, end: 2024-04-05}
cities:
  quebec: {name: Québec, timezone: America/Toronto}
delegates:
  ana: {name: Ana}
  bob: {name: Bob}
  eve: {name: Eve}
events:
  - {id: one, title: One, city: quebec, start: 2024-04-03 10:00, duration: 1h, attendees: all}
  - {id: two, title: Two, city: quebec, start: 2024-04-04 10:00, duration: 1h, attendees: [eve]}
"""


def test_the_calendar_of_a_delegate_taken_off_the_trip_is_emptied(
    radicale: Radicale, env: Env, tmp_path: Path
) -> None:
    trip = tmp_path / "small.yaml"
    trip.write_text(SMALL, encoding="utf-8")
    assert publish(radicale, env, file=trip)[0] == 0
    fewer = SMALL.replace("  eve: {name: Eve}\n", "").replace(
        "attendees: [eve]", "attendees: [bob]"
    )
    trip.write_text(fewer, encoding="utf-8")
    code, output = publish(radicale, env, "-d", "ana", "--format", "json", file=trip)
    assert [c["delegate"] for c in json.loads(output)["calendars"]] == ["ana", "_programme"]
    code, output = publish(radicale, env, "--lang", "en", file=trip)
    assert code == 0, output
    assert "Eve" not in output
    (row,) = [line for line in output.splitlines() if line.startswith("eve · ")]
    assert row.split() == ["eve", "·", "no", "longer", "in", "the", "trip", "0", "0", "2", "0"]
    url = f"{radicale.url}{USER}/eve/"
    assert trips.Reader(USER, PASSWORD).events(url) == {}
    code, output = publish(radicale, env, "--lang", "en", file=trip)
    assert "no longer in the trip" not in output  # nothing of the trip left there


def test_the_progress_bar_is_drawn_on_a_terminal_only(
    radicale: Radicale, env: Env, monkeypatch: pytest.MonkeyPatch
) -> None:
    terminal = io.StringIO()
    console = Console(file=terminal, force_terminal=True, width=80)
    monkeypatch.setattr("mission_cli.cli.publish.stderr_console", lambda: console)
    env = {**env, "TERM": "xterm-256color"}  # a dumb terminal draws no bar
    code, output = publish(radicale, env, "-d", "cci", "--lang", "en")
    assert code == 0
    assert "Publishing" in terminal.getvalue()
    assert "75/75" in terminal.getvalue()  # cci's 22 items and the programme's 53
    assert "Publishing" not in output  # standard error is no terminal here
    terminal.truncate(0)
    assert publish(radicale, env, "-d", "cci", "--quiet", file=_moved_copy(env))[0] == 0
    assert terminal.getvalue() == ""


def _moved_copy(env: Env) -> Path:
    return _moved(Path(str(env["HOME"])))


@pytest.mark.parametrize("argv", [["--version"], ["validate", str(SAMPLE)]])
def test_version_and_validate_do_not_import_the_publish_package(argv: list[str]) -> None:
    script = (
        "import sys\nfrom mission_cli.cli import main\n"
        f"try:\n    main({argv!r})\nexcept SystemExit:\n    pass\n"
        "print([m for m in sys.modules if m.split('.')[:2] == ['mission_cli', 'publish']"
        " or m in ('http.client', 'ssl')])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False, cwd=ROOT
    )
    assert done.stdout.splitlines()[-1] == "[]", done.stderr


def _documented_rights() -> str:
    """The Radicale rights file of docs/calendars.md."""
    docs = (ROOT / "docs" / "calendars.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```ini\n(# /etc/radicale/rights.*?)```", docs, re.DOTALL)
    assert len(blocks) == 1
    return str(blocks[0])


def test_the_documented_rights_give_each_delegate_their_own_calendar_only(
    tmp_path: Path, env: Env
) -> None:
    users = {"delegation": PASSWORD, "nappere": "nappere-pw", "dri": "dri-pw"}
    server = Radicale(tmp_path / "radicale", rights=_documented_rights(), users=users)
    server.start()
    try:
        command = ("publish", str(SAMPLE), "--to", server.url, "--user", "delegation")
        code, output = run(*command, "-d", "nappere", "-d", "dri", env=env)
        assert code == 0, output
        home = f"{server.url}delegation/"
        nappere = trips.Reader("nappere", "nappere-pw")
        assert len(nappere.events(f"{home}nappere/")) == 28
        whole = nappere.send("GET", f"{home}nappere/")  # a subscription reads it whole
        assert whole.startswith(b"BEGIN:VCALENDAR")
        assert whole.count(b"BEGIN:VEVENT") == 28
        for method, url in [
            ("GET", f"{home}dri/"),
            ("GET", f"{home}_programme/"),
            ("PUT", f"{home}nappere/mine.ics"),
            ("DELETE", f"{home}nappere/"),
        ]:
            with pytest.raises(urllib.error.HTTPError) as refused:
                nappere.send(method, url, b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
            refused.value.close()  # its answer holds the connection open
            assert refused.value.code in (401, 403), (method, url)
        assert len(trips.Reader("dri", "dri-pw").events(f"{home}dri/")) == 25
    finally:
        server.stop()
