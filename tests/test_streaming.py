"""Corpus scale: streamed input, blocks of big texts, ordered workers, progress bar, atomic output."""

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import translit.run
from tools.testkit import run_cli
from translit import clean
from translit.cli import main
from translit.run import Settings, plan
from translit.stream import read_blocks
from translit.textio import Source

REPO = Path(__file__).resolve().parents[1]
PARAGRAPH = "Officials in Kiev said the talks would resume.\n\nTrains left Kharkov on time.\n\n"


def test_blocks_concatenate_to_the_input_and_cut_at_blank_lines():
    data = ("Kyiv 👩‍👩‍👧 e\u0301\r\n\r\n" * 50 + "x" * 300).encode()
    blocks = list(read_blocks(io.BytesIO(data), size=64))
    assert b"".join(blocks) == data and all(len(b) <= 64 for b in blocks)
    assert all(block.decode("utf-8") for block in blocks)  # never cut inside a character
    assert blocks[0].endswith(b"\r\n\r\n")


def test_a_text_longer_than_a_block_is_cleaned_in_blocks_byte_for_byte(tmp_path, monkeypatch):
    monkeypatch.setattr(translit.run, "BLOCK_BYTES", 200)
    path = tmp_path / "archive.txt"
    path.write_text(PARAGRAPH * 40, encoding="utf-8")
    code, out, errors = run_cli(b"", "clean", "--explain", str(path))
    assert (code, out) == (0, (PARAGRAPH * 40).replace("Kiev", "Kyiv").replace("Kharkov", "Kharkiv"))
    assert len(errors) == 80 and errors[-1].startswith(f"{path}:159:13: house-style 'Kharkov'")


def test_json_output_of_a_text_longer_than_a_block_is_refused_with_the_fix(tmp_path, monkeypatch):
    monkeypatch.setattr(translit.run, "BLOCK_BYTES", 2**20)
    path = tmp_path / "archive.txt"
    path.write_text(PARAGRAPH * 20_000, encoding="utf-8")
    assert run_cli(b"", "clean", "--format", "json", str(path)) == (2, "", [
        f"translit: error: {path}: longer than 1 MiB, too long for --format json (one document); "
        "use --format text, which cleans it in blocks"
    ])  # fmt: skip


def test_input_is_read_lazily():
    """Planning the first task of a JSONL stream reads only its first chunk of lines."""
    stream = io.BytesIO(b'{"text": "Kiev"}\n' * 100_000)
    tasks = plan([Source("-", "stdin")], Settings(jsonl=True), stream)
    assert next(tasks).lines[0] == b'{"text": "Kiev"}\n'
    assert stream.tell() < 10_000


def test_workers_keep_the_input_order(tmp_path):
    lines = [json.dumps({"id": n, "text": f"Talks {n} in Kiev."}) for n in range(300)]
    corpus = tmp_path / "batch.jsonl"
    corpus.write_text("\n".join(lines) + "\nnot json\n", encoding="utf-8")
    one = run_cli(b"", "clean", "--jsonl", str(corpus))
    two = run_cli(b"", "clean", "--jsonl", "--jobs", "2", str(corpus))
    assert one == two and one[0] == 2
    assert [json.loads(line)["id"] for line in one[1].splitlines()] == list(range(300))
    assert one[2] == [f"translit: error: {corpus}:301: not valid JSON (Expecting value at column 1)"]


def test_workers_keep_the_order_of_files(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(12):
        (folder / f"{n:02}.txt").write_text(f"Story {n} from Kiev.\n", encoding="utf-8")
    assert main(["clean", str(folder), "-o", str(tmp_path / "out"), "-j", "2"]) == 0
    assert (tmp_path / "out" / "07.txt").read_text(encoding="utf-8") == "Story 7 from Kyiv.\n"


class Terminal(io.StringIO):
    def isatty(self):
        return True


@pytest.mark.parametrize(("argv", "shown"), [([], True), (["--quiet"], False)])
def test_progress_bar_on_a_terminal_only(tmp_path, monkeypatch, capsysbinary, argv, shown):
    path = tmp_path / "a.txt"
    path.write_text(PARAGRAPH, encoding="utf-8")
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["clean", str(path), *argv]) == 0
    assert ("B/s" in terminal.getvalue()) == shown
    assert capsysbinary.readouterr().out.decode() == clean(PARAGRAPH).text


def test_no_progress_bar_when_piped(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(PARAGRAPH, encoding="utf-8")
    assert run_cli(b"", "clean", str(path))[2] == []


def test_a_folder_with_unreadable_entries_loses_nothing_else(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "c.txt", "e.txt"):
        (folder / name).write_text("Officials in Kiev said.", encoding="utf-8")
    os.mkfifo(folder / "b.fifo")
    (folder / "d.link").symlink_to(tmp_path / "gone.txt")
    denied = str(folder / "c.txt")
    real_open = open

    def refusing_open(path, *args, **kwargs):  # root reads through chmod 000, so refuse here
        if str(path) == denied:
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(translit.textio, "open", refusing_open, raising=False)
    code, _, errors = run_cli(b"", "clean", str(folder), "-o", str(tmp_path / "out"))
    assert code == 2
    assert errors == [
        f"translit: error: {folder}/b.fifo: not a regular file (FIFO, socket or device); not read",
        f"translit: error: {folder}/c.txt: cannot read (Permission denied)",
        f"translit: error: {folder}/d.link: broken symbolic link; not read",
    ]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.txt", "e.txt"]
    assert (tmp_path / "out" / "e.txt").read_text(encoding="utf-8") == "Officials in Kyiv said."


def test_a_big_file_that_turns_out_invalid_leaves_no_output_file(tmp_path, monkeypatch):
    monkeypatch.setattr(translit.run, "BLOCK_BYTES", 200)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bad.txt").write_bytes(PARAGRAPH.encode() * 10 + b"caf\xe9\n" + PARAGRAPH.encode() * 10)
    (folder / "good.txt").write_text(PARAGRAPH, encoding="utf-8")
    code, _, errors = run_cli(b"", "clean", str(folder), "-o", str(tmp_path / "out"))
    assert code == 2 and errors == [
        f"translit: error: {folder}/bad.txt: not valid UTF-8 (byte 0xe9 at offset {len(PARAGRAPH) * 10 + 3}); "  # noqa: E501
        "translit reads UTF-8 text"
    ]
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["good.txt"]


@pytest.mark.parametrize(("kill", "code"), [(signal.SIGTERM, 130), (signal.SIGKILL, -9)])
def test_an_interrupted_run_leaves_no_output_file(tmp_path, kill, code):
    corpus = tmp_path / "corpus.jsonl"
    record = json.dumps({"text": PARAGRAPH * 20}) + "\n"
    corpus.write_text(record * 4000, encoding="utf-8")
    output = tmp_path / "out" / "cleaned.jsonl"
    command = [
        sys.executable,
        "-m",
        "translit",
        "clean",
        "--jsonl",
        "-j",
        "2",
        "-o",
        str(output),
        str(corpus),
    ]
    process = subprocess.Popen(command, cwd=REPO, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not any(p.stat().st_size > 0 for p in output.parent.glob("*.tmp")) and time.monotonic() < deadline:
        time.sleep(0.05)  # wait until the run is midway: output is being written
    process.send_signal(kill)
    assert process.wait(timeout=30) == code
    assert not output.exists()
    if kill == signal.SIGTERM:
        assert list(output.parent.iterdir()) == []  # the temporary file is removed too
        assert process.stderr.read().decode().strip() == "translit: interrupted"
