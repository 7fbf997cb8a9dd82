"""Regression tests for the I/O findings of the adversarial run (``../shared/reports/reliability-2026-11-30.md``,
issue 11): each test names its finding's id. Sentences here are written for these tests.
"""

import io
import json
import os
import shutil
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import translit.pipeline
import translit.run
import translit.textio
from tools.testkit import run_cli
from translit import exit_codes
from translit.api import load_pipeline
from translit.cli import main, usable_jobs
from translit.config import Config
from translit.errors import GlossaryError, InputError
from translit.gazetteer import cache
from translit.gazetteer.cli import check_glossary
from translit.gazetteer.gazetteer import Gazetteer
from translit.gazetteer.loader import read_entries
from translit.gazetteer.matcher import Automata
from translit.gazetteer.paths import builtin_glossary_folder
from translit.jsonl import parse_record
from translit.lines import LineIndex
from translit.parallel import ordered_map
from translit.report import as_diff
from translit.stream import CHUNK_BYTES, read_blocks, read_line_chunks
from translit.textio import display_name

REPO = Path(__file__).resolve().parents[1]
ARTICLE = "Officials in Kiev said the talks would resume.\n"
CLEANED = ARTICLE.replace("Kiev", "Kyiv")
ERROR = "translit: error: "
HEADER = "id\tcanonical\ttype\tcountry\n"


def write(path: Path, text: str = ARTICLE) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def jsonl_lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.split("\n") if line]


# --- the output-path policy ------------------------------------------------------------------------------


def test_d1_same_named_inputs_from_two_folders_do_not_overwrite(tmp_path):
    a, b = write(tmp_path / "a" / "article.txt"), write(tmp_path / "b" / "article.txt", "Kiev B.\n")
    code, out, errors = run_cli(b"", "clean", str(a), str(b), "-o", str(tmp_path / "out"))
    assert (code, out) == (2, "")
    assert errors == [
        f"{ERROR}{a} and {b} would both be written to {tmp_path}/out/article.txt; nothing was written "
        "(clean them in separate runs)"
    ]
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("case", ["same input twice", "stdin and a file named stdin", "file and folder"])
def test_d1_every_output_name_collision_is_found_before_any_work(tmp_path, monkeypatch, case):
    monkeypatch.chdir(tmp_path)
    if case == "same input twice":
        write(tmp_path / "x.txt")
        argv, message = ["x.txt", "x.txt"], "x.txt is given twice"
    elif case == "stdin and a file named stdin":
        write(tmp_path / "stdin")
        argv, message = ["-", "stdin"], "- and stdin would both be written to out/stdin"
    else:
        write(tmp_path / "in" / "x.txt")
        write(tmp_path / "x.txt")
        argv, message = ["in", "x.txt"], "in/x.txt and x.txt would both be written to out/x.txt"
    code, _, errors = run_cli(b"Kiev.", "clean", *argv, "-o", "out")
    assert code == 2 and len(errors) == 1 and errors[0].startswith(ERROR + message)
    assert not (tmp_path / "out").exists()


def test_d2_output_onto_a_fifo_or_a_symlink_is_refused_and_left_alone(tmp_path):
    source = write(tmp_path / "a.txt")
    fifo = tmp_path / "myfifo"
    os.mkfifo(fifo)
    target = write(tmp_path / "target.txt", "mine\n")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    code, _, errors = run_cli(b"", "clean", str(source), "-o", str(fifo))
    assert code == 2 and errors == [
        f"{ERROR}{fifo}: not a regular file (a device, FIFO or socket); translit writes only regular "
        "files (to throw the output away, leave out -o and redirect stdout)"
    ]
    code, _, errors = run_cli(b"", "clean", str(source), "-o", str(link))
    assert code == 2 and errors[0].startswith(f"{ERROR}{link}: a symbolic link")
    assert stat.S_ISFIFO(fifo.lstat().st_mode) and link.is_symlink()
    assert target.read_text(encoding="utf-8") == "mine\n"


def test_d2_output_onto_a_device_node_is_refused(tmp_path):
    device = tmp_path / "mynull"
    try:
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("creating a device node needs root")
    code, _, errors = run_cli(b"Kiev.", "clean", "-o", str(device))
    assert code == 2 and "not a regular file" in errors[0]
    assert stat.S_ISCHR(device.lstat().st_mode)


def test_d2_output_onto_an_input_is_refused(tmp_path):
    source = write(tmp_path / "a.txt")
    code, _, errors = run_cli(b"", "clean", str(source), "-o", str(source))
    assert code == 2 and errors == [
        f"{ERROR}{source}: is one of the inputs; translit never overwrites its input, choose another -o"
    ]
    assert source.read_text(encoding="utf-8") == ARTICLE


def test_d3_a_large_input_that_fails_midway_leaves_no_output_file(tmp_path, monkeypatch):
    monkeypatch.setattr(translit.run, "BLOCK_BYTES", 200)
    bad = tmp_path / "big_bad.txt"
    bad.write_bytes(ARTICLE.encode() * 10 + b"caf\xe9\n" + ARTICLE.encode() * 10)
    code, _, errors = run_cli(b"", "clean", str(bad), "-o", str(tmp_path / "out.txt"))
    assert code == 2 and "not valid UTF-8" in errors[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big_bad.txt"]  # no file, no temporary


def test_d3_a_failed_source_is_cut_out_of_a_joined_output_file(tmp_path, monkeypatch):
    monkeypatch.setattr(translit.run, "BLOCK_BYTES", 200)
    good = write(tmp_path / "good.jsonl", json.dumps({"text": "Kiev"}) + "\n")
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(json.dumps({"text": "Kiev again"}).encode() + b"\n" + b"\x00" * 10)
    output = tmp_path / "all.jsonl"
    code, _, errors = run_cli(b"", "clean", "--jsonl", str(good), str(bad), "-o", str(tmp_path / "outdir/"))
    assert code == 2 and len(errors) == 1
    assert not output.exists()
    # JSONL records are independent: the records before a binary stretch stand (C9)
    assert [r["text"] for r in jsonl_lines((tmp_path / "outdir" / "bad.jsonl").read_text())] == ["Kyiv again"]


def test_d4_an_unreadable_subfolder_is_reported(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    write(folder / "ok.txt")
    write(folder / "locked" / "s.txt")
    real_listdir = os.listdir

    def refusing_listdir(path):  # root reads through chmod 000, so refuse here
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied")
        return real_listdir(path)

    monkeypatch.setattr(translit.textio.os, "listdir", refusing_listdir)
    code, _, errors = run_cli(b"", "clean", str(folder), "-o", str(tmp_path / "out"))
    assert code == 2 and errors == [
        f"{ERROR}{folder}/locked: cannot read folder (Permission denied); its files not read"
    ]
    assert (tmp_path / "out" / "ok.txt").read_text(encoding="utf-8") == CLEANED


def test_w9_a_folder_input_writes_a_folder_however_many_files_it_holds(tmp_path):
    write(tmp_path / "in" / "story.txt")
    assert run_cli(b"", "clean", str(tmp_path / "in"), "-o", str(tmp_path / "out"))[0] == 0
    assert (tmp_path / "out" / "story.txt").read_text(encoding="utf-8") == CLEANED
    write(tmp_path / "in" / "story2.txt")
    assert run_cli(b"", "clean", str(tmp_path / "in"), "-o", str(tmp_path / "out"))[0] == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["story.txt", "story2.txt"]


def test_w9_an_empty_input_folder_makes_an_empty_output_folder(tmp_path):
    (tmp_path / "empty").mkdir()
    assert run_cli(b"", "clean", str(tmp_path / "empty"), "-o", str(tmp_path / "out2")) == (0, "", [])
    assert (tmp_path / "out2").is_dir() and list((tmp_path / "out2").iterdir()) == []


def test_w9_a_trailing_slash_names_a_folder(tmp_path):
    source = write(tmp_path / "one.txt")
    assert run_cli(b"", "clean", str(source), "-o", f"{tmp_path}/newdir/")[0] == 0
    assert (tmp_path / "newdir" / "one.txt").read_text(encoding="utf-8") == CLEANED


def test_b5_an_existing_folder_with_one_input_is_decided_before_any_work(tmp_path, monkeypatch):
    (tmp_path / "existdir").mkdir()
    source = write(tmp_path / "a.txt")
    assert run_cli(b"", "clean", str(source), "-o", str(tmp_path / "existdir"))[0] == 0
    assert (tmp_path / "existdir" / "a.txt").read_text(encoding="utf-8") == CLEANED
    monkeypatch.setattr(translit.cli, "load_pipeline", lambda config: pytest.fail("work began"))
    code, _, errors = run_cli(b"", "clean", "--format", "diff", str(source), "-o", str(tmp_path / "existdir"))
    assert code == 2 and errors[0].startswith(f"{ERROR}{tmp_path}/existdir: a folder, but this output is one")


def test_b12_symlinked_subfolders_are_followed_and_loops_reported(tmp_path):
    folder = tmp_path / "in"
    write(tmp_path / "elsewhere" / "linked.txt")
    write(folder / "a.txt")
    (folder / "sub").symlink_to(tmp_path / "elsewhere")
    (folder / "loop").symlink_to(folder)
    code, _, errors = run_cli(b"", "clean", str(folder), "-o", str(tmp_path / "out"))
    assert code == 2 and errors == [f"{ERROR}{folder}/loop: link back into a folder above it; not followed"]
    assert (tmp_path / "out" / "sub" / "linked.txt").read_text(encoding="utf-8") == CLEANED


# --- standard output ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("jsonl", [True, False])
def test_b3_a_closed_pipe_ends_the_run_quietly_with_the_sigpipe_status(tmp_path, jsonl):
    """JSONL writes many small pieces; a text one big piece, which the pipe takes only in part."""
    if jsonl:
        corpus = write(tmp_path / "lines.jsonl", (json.dumps({"text": ARTICLE * 20}) + "\n") * 3000)
    else:
        # one 2.8 MB document of distinct lines (a line repeated on the next is furniture, and goes)
        corpus = write(tmp_path / "article.txt", "".join(f"{n}. {ARTICLE}" for n in range(55_000)))
    process = subprocess.Popen(
        [sys.executable, "-m", "translit", "clean", *(["--jsonl"] if jsonl else []), str(corpus)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout.read(10)
    process.stdout.close()  # what `| head -c 10` does
    assert process.wait(timeout=120) == 141
    assert process.stderr.read() == b""


def test_b4_a_full_disk_on_stdout_is_a_clear_error(monkeypatch):
    class Full(io.BytesIO):
        """Takes a few bytes, then is full: as a buffered stream reports it, the first call only comes
        back short, and the next raises."""

        def write(self, data):
            if self.tell() == 0:
                return super().write(bytes(data[:5]))
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode())))
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(Full()))
    errors = io.StringIO()
    monkeypatch.setattr(sys, "stderr", errors)
    assert main(["clean"]) == 2
    assert errors.getvalue() == f"{ERROR}standard output: cannot write (No space left on device)\n"


# --- file names -------------------------------------------------------------------------------------------


def test_c6_a_file_name_that_is_not_utf8_is_quoted_in_every_format(tmp_path):
    name = os.fsdecode(os.fsencode(str(tmp_path)) + b"/bad\xff.txt")
    write(Path(name))
    shown = f'"{tmp_path}/bad\\377.txt"'
    code, out, _ = run_cli(b"", "detect", name)
    assert code == 1 and out.startswith(f"{shown}:1:14: house-style 'Kiev'")
    code, out, _ = run_cli(b"", "clean", "--format", "json", name)
    assert code == 0 and json.loads(out)["path"] == shown
    code, out, _ = run_cli(b"", "clean", "--format", "diff", name)
    assert code == 0 and out.startswith(f'--- "a/{shown[2:]}\n+++ "b/{shown[2:]}\n')
    code, _, errors = run_cli(b"", "clean", "--format", "json", name + "-missing")
    assert errors == [f'{ERROR}"{tmp_path}/bad\\377.txt-missing": no such file or folder']


def test_b8_a_file_name_with_a_newline_keeps_errors_on_one_line(tmp_path):
    path = tmp_path / "two\nlines.txt"
    path.write_bytes(b"\xff")
    code, _, errors = run_cli(b"", "clean", str(path))
    assert code == 2 and errors == [
        f'{ERROR}"{tmp_path}/two\\nlines.txt": not valid UTF-8 (byte 0xff at offset 0); translit reads UTF-8 text'
    ]


def test_c6_b8_display_name_round_trips_what_it_can_and_never_breaks_a_line():
    assert display_name("plain/ünïcode name.txt") == "plain/ünïcode name.txt"
    for raw in (
        b"bad\xff.txt",
        b"tab\there",
        "line\u2028sep".encode(),
        b'"quoted"',
    ):
        shown = display_name(os.fsdecode(raw))
        assert shown.startswith('"') and "\n" not in shown and "\u2028" not in shown
        shown.encode("utf-8")  # always valid UTF-8


# --- JSON Lines -------------------------------------------------------------------------------------------


def strict_loads(line: str) -> dict:
    def refuse(name):
        raise ValueError(f"{name} is not strict JSON")

    return json.loads(line, parse_constant=refuse, parse_int=str)  # a 5,000-digit integer stays digits


def test_d5_a_record_s_own_edits_field_is_an_error_never_overwritten():
    code, out, errors = run_cli(
        b'{"text":"Officials in Kiev said.","edits":"my notes"}\n', "clean", "--jsonl"
    )
    assert (code, out) == (2, "") and errors == [
        f"{ERROR}-:1: the record already has a field 'edits', where translit would write its report; "
        "name another with --edits-field"
    ]
    code, out, _ = run_cli(
        b'{"text":"Officials in Kiev said.","edits":"my notes"}\n',
        "clean",
        "--jsonl",
        "--edits-field",
        "fixes",
    )
    record = strict_loads(out)
    assert (
        code == 0 and record["edits"] == "my notes" and record["fixes"]["edits"][0]["replacement"] == "Kyiv"
    )
    code, out, _ = run_cli(b'{"findings":"Kiev"}\n', "detect", "--jsonl", "--field", "findings")
    assert code == 1 and strict_loads(out)["findings"] == "Kiev"


@pytest.mark.parametrize("command", ["clean", "detect"])
def test_d5_the_text_field_cannot_be_the_edits_field(command):
    code, out, errors = run_cli(b'{"edits":"Kiev"}\n', command, "--jsonl", "--field", "edits")
    assert (code, out) == (2, "") and errors == [
        f"{ERROR}--edits-field edits is also --field: the report would replace the text; choose another --edits-field"
    ]


def test_d6_unknown_fields_pass_through_byte_for_byte():
    line = '{"text":"Kiev" ,"v":1e400,"w":0.1000000000000000055511151231257827,"d":1,"d":2, "u":"\\u00e9"}\n'
    code, out, _ = run_cli(line.encode(), "clean", "--jsonl")
    assert code == 0
    assert out.startswith(
        '{"text":"Kyiv" ,"v":1e400,"w":0.1000000000000000055511151231257827,"d":1,"d":2, "u":"\\u00e9"'
    )
    assert out.endswith("}\n") and strict_loads(out)["edits"]["edits"][0]["original"] == "Kiev"


def test_d6_an_unchanged_text_keeps_its_own_spelling():
    record = parse_record('{"text": "Ky\\u0069v"}', "text", "edits", "x:1")
    assert record.render("Kyiv", "edits", {}) == '{"text": "Ky\\u0069v", "edits": {}}\n'


def test_d6_nan_is_not_json_and_is_refused():
    code, out, errors = run_cli(b'{"text":"Kiev","x":NaN}\n', "clean", "--jsonl")
    assert (code, out) == (2, "") and errors == [f"{ERROR}-:1: not valid JSON (NaN is not JSON)"]


def test_c1_c2_c3_one_hostile_record_never_kills_the_run():
    lines = [
        '{"text":"line1 Kiev"}',
        '{"text":"bad \\udc80"}',  # C1: a lone surrogate escape
        '{"text":"Kiev","x":'
        + "[" * 100_000
        + "]" * 100_000
        + "}",  # C2: nested deeper than the decoder goes
        '{"text":"Kiev big","n":' + "1" * 5000 + "}",  # C3: an integer past Python's 4,300 digits
        '{"text":"line5 Kiev"}',
    ]
    for jobs in ("1", "2"):
        code, out, errors = run_cli(("\n".join(lines) + "\n").encode(), "clean", "--jsonl", "-j", jobs)
        records = [strict_loads(line) for line in out.splitlines()]
        assert code == 2 and [r["text"] for r in records] == ["line1 Kyiv", "Kyiv big", "line5 Kyiv"]
        assert ('"n":' + "1" * 5000) in out  # passed through, never converted
        assert errors == [
            f"{ERROR}-:2: field 'text' holds a lone surrogate (\\udc80), which is not text; not processed",
            f"{ERROR}-:3: JSON nested too deeply to read; not processed",
        ]


def test_b1_a_byte_order_mark_before_the_first_record_is_dropped():
    code, out, errors = run_cli(b'\xef\xbb\xbf{"text":"Kiev"}\n{"text":"Kiev"}\n', "clean", "--jsonl")
    assert (code, errors) == (0, []) and [r["text"] for r in jsonl_lines(out)] == ["Kyiv", "Kyiv"]
    assert out.startswith("{")


def test_b6_the_json_error_column_is_on_the_line():
    code, _, errors = run_cli(b'{"text":"Kiev"\n', "clean", "--jsonl")
    assert code == 2 and errors == [f"{ERROR}-:1: not valid JSON (Expecting ',' delimiter at column 15)"]


def test_b9_jsonl_refuses_the_options_it_cannot_honour():
    for argv in (["--format", "diff"], ["--format", "json"], ["--explain"]):
        code, _, errors = run_cli(b'{"text":"Kiev"}\n', "clean", "--jsonl", *argv)
        assert code == 2 and errors[0].endswith("does not apply to --jsonl: each record carries its report")


def test_jsonl_records_carry_the_same_report_as_format_json():
    """Issue 10: every output record is built in one place (translit/records.py)."""
    text = "Officials in Kiev said so. Strikes hit Kramatorsk and Kramatorsk overnight."
    _, jsonl_out, _ = run_cli(json.dumps({"text": text}).encode() + b"\n", "clean", "--jsonl")
    _, json_out, _ = run_cli(text.encode(), "clean", "--format", "json")
    jsonl_record, json_record = json.loads(jsonl_out), json.loads(json_out)
    report = jsonl_record["edits"]
    assert {key: report[key] for key in ("edits", "skipped")} == {
        key: json_record[key] for key in ("edits", "skipped")
    }
    assert (report["schema"], json_record["schema"]) == ("translit/clean-report", "translit/clean-record")
    assert json_record["skipped"]  # the duplicate is left alone, and reported in both


def test_c11_line_chunks_are_bounded_in_bytes_as_well_as_lines():
    big = b'{"text": "' + b"x" * (CHUNK_BYTES // 2) + b'"}\n'
    chunks = list(read_line_chunks(io.BytesIO(big * 5 + b'{"text": "y"}\n' * 3)))
    assert [len(lines) for _, lines in chunks] == [2, 2, 4]
    assert [first for first, _ in chunks] == [1, 3, 5]


def test_c11_ordered_map_holds_at_most_its_byte_budget_in_flight():
    pulled = []

    def items():
        for n in range(40):
            pulled.append(n)
            yield n

    in_flight = []
    results = ordered_map(abs, items(), jobs=2, initializer=lambda: None, weigh=lambda n: 10, budget=25)
    for position, result in enumerate(results):
        assert result == position
        in_flight.append(len(pulled) - position - 1)
    assert max(in_flight) <= 3  # two items of 10 within the budget of 25, plus the one just read


class EndlessZeros(io.RawIOBase):
    def readable(self):
        return True

    def readinto(self, buffer):
        buffer[:] = bytes(len(buffer))
        return len(buffer)


def test_c9_an_endless_binary_input_is_abandoned_at_once():
    with pytest.raises(InputError, match=r"^-:1: looks like a binary file \(NUL byte at offset 0\)"):
        list(read_line_chunks(io.BufferedReader(EndlessZeros()), max_line=1024))
    code, out, errors = run_cli(b"", "clean", "/dev/zero")
    assert (code, out) == (2, "") and errors == [
        f"{ERROR}/dev/zero: looks like a binary file (NUL byte at offset 0); not cleaned"
    ]
    code, out, errors = run_cli(b"", "clean", "--jsonl", "/dev/zero")
    assert (code, out) == (2, "") and errors == [
        f"{ERROR}/dev/zero:1: looks like a binary file (NUL byte at offset 0); not read further"
    ]


def test_c9_a_text_that_turns_binary_is_not_read_further(tmp_path, monkeypatch):
    monkeypatch.setattr(translit.run, "BLOCK_BYTES", 64)
    path = tmp_path / "dump.txt"
    path.write_bytes(b"Kiev said so.\n\n" + b"\x00" * 100_000)
    tasks = translit.run.plan(
        [translit.textio.Source(str(path), "dump.txt")], translit.run.Settings(), io.BytesIO()
    )
    assert [task.kind for task in tasks] == ["text", "problem"]


def test_a_bug_met_on_one_record_costs_only_that_record(monkeypatch):
    real_read_document = translit.pipeline.read_document

    def read_document_or_crash(text, *args, **kwargs):  # what cleaning one record or a batch reads
        if "crash" in text:
            raise KeyError("a bug")
        return real_read_document(text, *args, **kwargs)

    monkeypatch.setattr(translit.pipeline, "read_document", read_document_or_crash)
    code, out, errors = run_cli(
        b'{"text":"Kiev 1"}\n{"text":"crash"}\n{"text":"Kiev 3"}\n', "clean", "--jsonl"
    )
    assert code == exit_codes.INTERNAL and [r["text"] for r in jsonl_lines(out)] == ["Kyiv 1", "Kyiv 3"]
    assert errors == [
        f"{ERROR}-:2: internal error (KeyError: 'a bug'); not processed — please report this input"
    ]


# --- positions, diffs, blocks ---------------------------------------------------------------------------


def test_b7_positions_count_cr_only_lines_and_not_the_bom(tmp_path):
    path = tmp_path / "cr.txt"
    path.write_bytes("\ufeffOfficials met.\rThey said Kiev was calm.\r".encode())
    code, out, _ = run_cli(b"", "detect", str(path))
    assert code == 1 and out.startswith(f"{path}:2:11: house-style 'Kiev'")
    path.write_bytes("\ufeffKiev said so.".encode())
    assert run_cli(b"", "detect", str(path))[1].startswith(f"{path}:1:1: house-style 'Kiev'")


def walk_positions(text: str) -> list[tuple[int, int]]:
    """(line, column) of every offset, found by walking the text character by character."""
    positions, line, column = [], 1, 1
    for offset, character in enumerate(text):
        positions.append((line, column))
        if character == "\n" or (character == "\r" and text[offset + 1 : offset + 2] != "\n"):
            line, column = line + 1, 1
        elif not (offset == 0 and character == "\ufeff"):
            column += 1
    return [*positions, (line, column)]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(["a", "Kiev", " ", "\n", "\r", "\r\n", "\ufeff"]), max_size=40))
def test_c10_line_index_agrees_with_walking_the_text(pieces):
    text = "".join(pieces)
    index = LineIndex(text, lines_before=5)
    expected = [(line + 5, column) for line, column in walk_positions(text)]
    assert [index.position(offset) for offset in range(len(text) + 1)] == expected


def test_c10_explain_indexes_each_text_once(monkeypatch):
    built = []
    real_init = LineIndex.__init__

    def counting_init(self, text, lines_before=0):
        built.append(len(text))
        real_init(self, text, lines_before)

    monkeypatch.setattr(LineIndex, "__init__", counting_init)
    code, _, notes = run_cli(("Officials in Kiev said so. " * 500).encode(), "clean", "--explain")
    assert code == 0 and len(notes) == 500 and len(built) == 1
    assert notes[-1].startswith("-:1:13487: house-style 'Kiev'")


@pytest.mark.parametrize("ending", ["\r", "\u2028", "\x0c", "\r\n"])
def test_w6_diffs_apply_whatever_the_line_endings(tmp_path, ending):
    if shutil.which("patch") is None:
        pytest.skip("GNU patch is not installed")
    original = ending.join(["Officials in Kiev said.", "Shelling in Udong resumed.", "The end.", ""])
    cleaned = load_pipeline().clean(original).text
    (tmp_path / "a.txt").write_bytes(original.encode())
    diff = as_diff("a.txt", original, cleaned)
    (tmp_path / "a.diff").write_bytes(diff.encode())
    subprocess.run(["patch", "-s", "-p1", "-i", "a.diff"], cwd=tmp_path, check=True)
    assert (tmp_path / "a.txt").read_bytes() == cleaned.encode()
    if shutil.which("git"):
        (tmp_path / "a.txt").write_bytes(original.encode())
        subprocess.run(["git", "apply", "--check", "a.diff"], cwd=tmp_path, check=True)


def test_b14_cr_only_text_is_cut_into_blocks_at_line_ends():
    data = b"Officials in Kiev said. . The talks went on.\r\r" * 100
    blocks = list(read_blocks(io.BytesIO(data), size=500))
    assert b"".join(blocks) == data and len(blocks) > 5
    assert all(block.endswith(b"\r\r") for block in blocks)
    crlf = b"Kiev said so.\r\n" * 100
    assert all(block.endswith(b"\r\n") for block in read_blocks(io.BytesIO(crlf), size=100))


# --- resources: model, cache, glossaries -----------------------------------------------------------------


def test_d7_a_missing_glossary_is_an_error_even_with_a_warm_cache(tmp_path):
    load_pipeline(Config())  # the built-in gazetteer is cached now
    missing = tmp_path / "does-not-exist.tsv"
    code, out, errors = run_cli(b"Officials in Kiev said.", "clean", "--glossary", str(missing))
    assert (code, out) == (2, "") and errors == [
        f"{ERROR}{missing}: cannot read glossary: No such file or directory"
    ]
    dangling = tmp_path / "dangling.tsv"
    dangling.symlink_to(missing)
    assert run_cli(b"", "glossary", "lookup", "Kiev", "--glossary", str(dangling))[0] == 2


def test_c7_a_huge_glossary_cell_names_the_file_and_line(tmp_path):
    path = write(
        tmp_path / "big.tsv", "id\tcanonical\ttype\tvariants\nbig\tBig\tother\t" + "A" * 1_000_000 + "\n"
    )
    with pytest.raises(
        GlossaryError, match=r"big\.tsv:2: cannot read the line \(field larger than field limit"
    ):
        read_entries(path)
    code, _, errors = run_cli(b"", "glossary", "check", str(path))
    assert code == 2 and len(errors) == 1 and errors[0].startswith(f"{ERROR}{path}:2: cannot read the line")


def test_b2_a_glossary_with_a_byte_order_mark_loads(tmp_path):
    path = tmp_path / "bom.tsv"
    path.write_bytes(("\ufeff" + HEADER + "kyiv\tKiev\tcity\tUA\n").encode())
    assert [e.id for e in read_entries(path)] == ["kyiv"]
    assert check_glossary(path) == (1, "entries")


def corrupt(path: Path, seed: int) -> None:
    data = bytearray(path.read_bytes())
    import random

    rng = random.Random(seed)
    for _ in range(20):
        position = rng.randrange(len(data))
        data[position] ^= 1 + rng.randrange(255)
    path.write_bytes(bytes(data))


def test_c8_a_damaged_cache_is_rebuilt_without_a_word(tmp_path):
    folder = builtin_glossary_folder()
    glossary = write(tmp_path / "mine.tsv", HEADER + "place\tPlace\tcity\tUA\n")
    first = cache.load_gazetteer(folder, (glossary,), tmp_path / "cache")
    [cached] = (tmp_path / "cache").glob("layered-*.pickle")  # the built-in gazetteer needs no cache file
    for seed in range(3):
        corrupt(cached, seed)
        assert (
            cache.load_gazetteer(folder, (glossary,), tmp_path / "cache").content_hash == first.content_hash
        )
        assert cache._read(cached, Gazetteer) is not None  # healed: a sound file again
    cached.write_bytes(cached.read_bytes()[: len(cached.read_bytes()) // 2])
    assert cache.load_gazetteer(folder, (glossary,), tmp_path / "cache").content_hash == first.content_hash


def test_damaged_automata_are_built_again_without_a_word(tmp_path):
    folder = builtin_glossary_folder()
    long_text = "Officials in Kiev said so. " * 2000  # more than a matcher looks up: the automata scan it
    expected = len(cache.load_gazetteer(folder, (), tmp_path).scan(long_text))
    [automata] = tmp_path.glob(f"gazetteer-*{cache.AUTOMATA_SUFFIX}")
    corrupt(automata, 0)
    assert len(cache.load_gazetteer(folder, (), tmp_path).scan(long_text)) == expected == 2000
    assert cache._read(automata, Automata) is not None  # healed: a sound file again


def test_b11_the_cache_keeps_only_a_few_gazetteers_and_user_glossaries_add_one(tmp_path):
    cache_folder = tmp_path / "cache"
    for n in range(cache.KEEP + 3):
        glossary = write(tmp_path / f"g{n}.tsv", HEADER + f"place{n}\tPlace{n}\tcity\tUA\n")
        cache.load_gazetteer(builtin_glossary_folder(), (glossary,), cache_folder)
    assert not list(cache_folder.glob("gazetteer-*"))  # layered on the built-in one, which needs no file
    assert len(list(cache_folder.glob("layered-*.pickle"))) == 1  # the last glossaries' only
    for n in range(cache.KEEP + 3):  # files of other versions or folders, used longer ago
        for suffix in (".pickle", cache.AUTOMATA_SUFFIX):
            old = write(cache_folder / f"gazetteer-old-{n}{suffix}", "x")
            os.utime(old, (1000 + n, 1000 + n))
    built_in = write(cache_folder / f"gazetteer-new{cache.AUTOMATA_SUFFIX}", "x")  # automata alone
    cache._prune(cache_folder, keep=built_in)  # as after writing a gazetteer or its automata
    kept = {path.stem for path in cache_folder.glob("gazetteer-*")}
    assert len(kept) == cache.KEEP and "gazetteer-new" in kept
    assert len(list(cache_folder.glob("gazetteer-*"))) == 2 * cache.KEEP - 1  # a gazetteer and its automata


def test_b10_config_with_a_list_of_glossaries_or_an_empty_model(tmp_path):
    glossary = write(
        tmp_path / "mine.tsv", "id\tcanonical\ttype\tcountry\talternates\nkyiv\tKiev\tcity\tUA\tKyiv\n"
    )
    pipeline = load_pipeline(Config(glossaries=[glossary], cache_folder=tmp_path))  # a list, not a tuple
    assert pipeline.clean("Kyiv.").text == "Kiev."
    with pytest.raises(ValueError, match="Config.model is empty"):
        load_pipeline(Config(model=""))
    code, _, errors = run_cli(b"Kiev.", "clean", "--model", "")
    assert code == 2 and errors == [
        f"{ERROR}--model needs a checkpoint folder or 'default' (--no-model: none)"
    ]


def test_b13_jobs_are_capped_at_the_cpus_available():
    assert 1 <= usable_jobs(1000) <= (os.cpu_count() or 1)
    assert usable_jobs(1) == 1


@pytest.fixture(scope="module")
def model_folder():
    from translit.seq2seq import default_model_path

    return default_model_path()


def test_w10_a_checkpoint_without_tokenizer_files_is_refused(tmp_path, model_folder):
    for name in ("config.json", "model.safetensors"):
        shutil.copy(model_folder / name, tmp_path / name)
    code, out, errors = run_cli(b"Shelling in Udong resumed.", "clean", "--model", str(tmp_path))
    assert (code, out) == (2, "") and len(errors) == 1
    assert errors[0].startswith(f"{ERROR}cannot load seq2seq model from {tmp_path}: no tokenizer files there")


def test_w10_a_checkpoint_with_missing_weights_is_refused_without_a_load_report(tmp_path, model_folder):
    from safetensors.torch import load_file, save_file

    for name in os.listdir(model_folder):
        shutil.copy(model_folder / name, tmp_path / name)
    weights = load_file(model_folder / "model.safetensors")
    save_file(
        {k: v for k, v in weights.items() if not k.startswith("decoder.")}, tmp_path / "model.safetensors"
    )
    code, out, errors = run_cli(b"Shelling in Udong resumed.", "clean", "--model", str(tmp_path))
    assert (code, out) == (2, "") and len(errors) == 1, errors
    assert errors[0].startswith(f"{ERROR}cannot load seq2seq model from {tmp_path}: the weights do not match")
    assert "weights missing" in errors[0] and "\x1b[" not in errors[0]


class OverlapWatch:
    """Wraps a tokenizer; records how many threads were inside it at once (a short sleep inside widens
    the window, so that unserialized calls overlap nearly every time)."""

    def __init__(self, tokenizer):
        self.tokenizer, self.inside, self.most = tokenizer, 0, 0
        self.guard = threading.Lock()

    def __call__(self, *args, **kwargs):
        with self.guard:
            self.inside += 1
            self.most = max(self.most, self.inside)
        try:
            time.sleep(0.002)
            return self.tokenizer(*args, **kwargs)
        finally:
            with self.guard:
                self.inside -= 1

    def __getattr__(self, name):
        return getattr(self.tokenizer, name)


def run_in_threads(function, items, threads=8):
    results = [None] * len(items)

    def work(start):
        for n in range(start, len(items), threads):
            results[n] = function(items[n])

    workers = [threading.Thread(target=work, args=(start,)) for start in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return results


def test_c5_the_model_s_tokenizer_is_never_used_by_two_threads_at_once():
    from translit.seq2seq import SpanScorer

    scorer = SpanScorer.load(REPO / "translit" / "seq2seq" / "default_model")
    calls = [
        (
            "Officials said " * (n % 5) + "shelling hit eastern ",
            " near Kharkiv.",
            ["Ukraine", "Uzbekistan", "Uruguay"][: 2 + n % 2],
        )
        for n in range(32)
    ]
    sequential = [scorer.score(*call) for call in calls]
    scorer.tokenizer = OverlapWatch(scorer.tokenizer)
    assert run_in_threads(lambda call: scorer.score(*call), calls) == sequential
    assert scorer.tokenizer.most == 1


def test_c5_a_pipeline_with_a_model_is_safe_to_share_between_threads():
    pipeline = load_pipeline(Config(model="default"))
    texts = [
        f"Shelling resumed in Udong and Unan overnight, {'officials in Kharkiv said, ' * (n % 7)}the report said."
        for n in range(24)
    ]
    sequential = [pipeline.clean(text) for text in texts]
    previous = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible, to meet any race
    try:
        assert run_in_threads(pipeline.clean, texts) == sequential
    finally:
        sys.setswitchinterval(previous)
