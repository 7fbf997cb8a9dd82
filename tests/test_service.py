"""The HTTP service, tested against a real server: ``translit serve`` in a subprocess on loopback."""

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator

import pytest

from translit import __version__

ARTICLE = "Shelling resumed in Udong overnight, officials in Kiev said."
MAX_BODY = 20_000  # small, so that the size limit is cheap to hit


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    port = _free_port()
    command = [sys.executable, "-m", "translit", "serve", "--host", "127.0.0.1", "--port", str(port)]
    process = subprocess.Popen(
        [*command, "--max-body-bytes", str(MAX_BODY)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if _call(base + "/health")[0] == 200:
                    break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                output = process.stdout.read().decode() if process.stdout else ""
                pytest.fail(f"translit serve did not start: {output}")
            time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


def _call(url: str, body: bytes | None = None, headers: dict[str, str] | None = None) -> tuple[int, dict]:
    request = urllib.request.Request(url, data=body, headers=headers or {"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def _post(server: str, path: str, payload: object) -> tuple[int, dict]:
    return _call(server + path, json.dumps(payload).encode())


def test_health_and_version(server):
    assert _call(server + "/health") == (200, {"status": "ok"})
    status, version = _call(server + "/version")
    assert status == 200 and version["version"] == __version__
    assert version["signature"].startswith(f"translit:{__version__}|rules:")


def test_clean_text(server):
    status, body = _post(server, "/clean", {"text": ARTICLE})
    assert status == 200
    assert body["text"] == "Shelling resumed in eastern Ukraine overnight, officials in Kyiv said."
    assert [(e["original"], e["replacement"], e["type"]) for e in body["edits"]] == [
        ("Udong", "eastern Ukraine", "abbreviation"),
        ("Kiev", "Kyiv", "house-style"),
    ]
    assert all(e["reason"] and ARTICLE[e["start"] : e["end"]] == e["original"] for e in body["edits"])


def test_clean_html_and_options(server):
    html = '<p title="Kiev">Officials in <a href="/Kiev">Kiev</a> said so.</p>'
    status, body = _post(server, "/clean", {"html": html})
    assert (status, body["input"]) == (200, "html")
    assert body["text"] == '<p title="Kiev">Officials in <a href="/Kiev">Kyiv</a> said so.</p>'
    status, body = _post(
        server, "/clean", {"text": "Officials in Kiev said so.", "options": {"house_style": False}}
    )
    assert (status, body["text"], body["edits"]) == (200, "Officials in Kiev said so.", [])


def test_detect(server):
    status, body = _post(server, "/detect", {"markdown": "Talks in [Kiev](https://example.com/Kiev)."})
    assert status == 200
    assert [(f["original"], f["start"], f["candidates"][0]["replacement"]) for f in body["findings"]] == [
        ("Kiev", 10, "Kyiv")
    ]


@pytest.mark.parametrize(
    ("body", "status", "error"),
    [
        (b"{not json", 400, "the body is not valid JSON"),
        (b'{"text": 3}', 422, "text: Input should be a valid string"),
        (b'{"text": "a", "html": "b"}', 422, "give exactly one of text, html or markdown (got text, html)"),
        (b"{}", 422, "give exactly one of text, html or markdown (got none)"),
        (b'{"text": "a", "options": {"colour": 1}}', 422, "options.colour: Extra inputs are not permitted"),
        (json.dumps({"text": "a" * MAX_BODY}).encode(), 413, f"request body larger than {MAX_BODY} bytes"),
    ],
)
def test_bad_requests_get_a_clear_4xx(server, body, status, error):
    code, reply = _call(server + "/clean", body)
    assert code == status and reply["error"].startswith(error)


def test_a_chunked_body_over_the_limit_is_refused(server):
    host, port = server.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as connection:
        connection.sendall(
            b"POST /clean HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
        )
        chunk = b"a" * 8192
        for _ in range(MAX_BODY // len(chunk) + 2):
            connection.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        connection.sendall(b"0\r\n\r\n")
        reply = b""
        while b"}" not in reply:  # the status line, the headers, then the JSON error
            reply += connection.recv(4096)
    assert reply.startswith(b"HTTP/1.1 413") and b"request body larger than" in reply


def test_the_source_text_is_used(server):
    text, source = "Trains reach Germu.", "火車到達格爾木。"
    assert _post(server, "/clean", {"text": text})[1]["text"] == text
    status, body = _post(server, "/clean", {"text": text, "source": source})
    assert (status, body["text"]) == (200, "Trains reach Golmud.")
    status, body = _post(server, "/detect", {"text": text, "source": source})
    assert status == 200 and [f["original"] for f in body["findings"]] == ["Germu"]


def test_openapi_describes_the_endpoints(server):
    status, schema = _call(server + "/openapi.json")
    assert status == 200 and set(schema["paths"]) == {"/clean", "/detect", "/health", "/version"}
    assert "CleanOut" in schema["components"]["schemas"]
