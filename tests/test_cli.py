"""The command line: formats, batches, exit codes and one-line errors."""

import io
import json
import subprocess
import sys
from types import SimpleNamespace

import pytest

from translit.cli import main

ARTICLE = "Officials in Kiev said the talks would resume.\n"


@pytest.fixture
def stdin(monkeypatch):
    def feed(data: bytes):
        monkeypatch.setattr(sys, "stdin", SimpleNamespace(buffer=io.BytesIO(data)))

    return feed


def run(capsysbinary, *argv):
    code = main(list(argv))
    captured = capsysbinary.readouterr()
    return code, captured.out.decode("utf-8"), captured.err.decode("utf-8")


def test_clean_a_file_to_stdout(tmp_path, capsysbinary):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert run(capsysbinary, "clean", str(path)) == (0, ARTICLE.replace("Kiev", "Kyiv"), "")


def test_clean_stdin_keeps_crlf(stdin, capsysbinary):
    stdin(b"Officials in Kiev said.\r\n\r\nDone.\r\n")
    code, out, _ = run(capsysbinary, "clean", "-")
    assert (code, out) == (0, "Officials in Kyiv said.\r\n\r\nDone.\r\n")


def test_json_format_carries_edits_and_explain_goes_to_stderr(stdin, capsysbinary):
    stdin(ARTICLE.encode())
    code, out, err = run(capsysbinary, "clean", "--format", "json", "--explain")
    record = json.loads(out)
    assert code == 0 and record["text"] == ARTICLE.replace("Kiev", "Kyiv")
    assert record["edits"][0] | {"reason": None} == {
        "start": 13, "end": 17, "original": "Kiev", "replacement": "Kyiv", "type": "house-style",
        "rule": "house-style", "score": 0.9, "entry": "kyiv", "reason": None,
    }  # fmt: skip
    assert err.startswith("-:1:14: house-style 'Kiev' -> 'Kyiv' (score 0.90): house style")


def test_patch_format(stdin, capsysbinary):
    stdin(ARTICLE.encode())
    _, out, _ = run(capsysbinary, "clean", "--format", "patch")
    assert "-Officials in Kiev said" in out and "+Officials in Kyiv said" in out


def test_folder_in_folder_out(tmp_path, capsysbinary):
    source = tmp_path / "in"
    (source / "sub").mkdir(parents=True)
    (source / "one.txt").write_text(ARTICLE, encoding="utf-8")
    (source / "sub" / "two.txt").write_text("Trains left Kharkov.", encoding="utf-8")
    (source / ".hidden").write_text("Kiev", encoding="utf-8")
    code, _, _ = run(capsysbinary, "clean", str(source), "-o", str(tmp_path / "out"))
    assert code == 0
    assert (tmp_path / "out" / "one.txt").read_text(encoding="utf-8") == ARTICLE.replace("Kiev", "Kyiv")
    assert (tmp_path / "out" / "sub" / "two.txt").read_text(encoding="utf-8") == "Trains left Kharkiv."
    assert not (tmp_path / "out" / ".hidden").exists()


def test_several_inputs_as_text_need_an_output_folder(tmp_path, capsysbinary):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    code, out, err = run(capsysbinary, "clean", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    assert (code, out) == (2, "")
    assert err == "translit: error: several inputs with --format text need -o FOLDER\n"


def test_a_bad_file_is_reported_and_the_others_still_cleaned(tmp_path, capsysbinary):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "in" / "b.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "in" / "c.txt").write_bytes(b"caf\xe9 in Kiev")
    code, _, err = run(capsysbinary, "clean", str(tmp_path / "in"), "-o", str(tmp_path / "out"))
    assert code == 2
    assert f"{tmp_path}/in/b.bin: looks like a binary file (NUL byte at offset 8); not cleaned" in err
    assert f"{tmp_path}/in/c.txt: not valid UTF-8 (byte 0xe9 at offset 3)" in err
    assert len(err.splitlines()) == 2
    assert (tmp_path / "out" / "a.txt").read_text(encoding="utf-8") == ARTICLE.replace("Kiev", "Kyiv")


def test_jsonl_batch_reports_bad_lines_and_processes_the_rest(stdin, capsysbinary):
    stdin(
        b'{"id": 1, "body": "Officials in Kiev said."}\n'
        b"not json\n"
        b'{"id": 3, "text": "no body"}\n'
        b"\n"
        b'{"id": 5, "body": "Trains left Kharkov."}\n'
    )
    code, out, err = run(capsysbinary, "clean", "--jsonl", "--field", "body")
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 2
    assert [(r["id"], r["body"], len(r["edits"]["edits"])) for r in records] == [
        (1, "Officials in Kyiv said.", 1), (5, "Trains left Kharkiv.", 1)
    ]  # fmt: skip
    assert err.splitlines() == [
        "translit: error: -:2: not valid JSON (Expecting value at column 1)",
        "translit: error: -:3: no field 'body' (fields: id, text); use --field",
    ]


def test_jsonl_fail_fast_stops_at_the_first_bad_line(stdin, capsysbinary):
    stdin(b'{"text": "Kiev."}\n[1]\n{"text": "Kiev."}\n')
    code, out, err = run(capsysbinary, "clean", "--jsonl", "--fail-fast")
    assert code == 2 and len(out.splitlines()) == 1
    assert err == "translit: error: -:2: expected a JSON object, got list\n"


def test_detect_reports_without_changing(stdin, capsysbinary):
    stdin(b"Strikes hit Kramatorsk and Kramatorsk overnight.\n")
    code, out, _ = run(capsysbinary, "detect")
    assert code == 1  # detect exits 1 when it reports something
    assert out.startswith("-:1:28: duplicate 'Kramatorsk' no fix: no other city of Donetsk Oblast")


def test_detect_json_shows_each_candidate_s_prior_entry_and_references(stdin, capsysbinary):
    stdin(
        b"Trains ran from Sloviansk to Druzhkivka. Strikes hit Kramatorsk and Kramatorsk. Sloviansk lost power.\n"
    )
    code, out, _ = run(capsysbinary, "detect", "--format", "json")
    [finding] = json.loads(out)["findings"]
    assert code == 1 and finding["type"] == "duplicate"
    assert [(c["entry"], c["prior"], c["references"]) for c in finding["candidates"]] == [
        ("sloviansk", 0.425, 2),
        ("druzhkivka", 0.425, 1),
    ]


def test_no_house_style_and_signature(stdin, capsysbinary):
    stdin(ARTICLE.encode())
    code, out, err = run(capsysbinary, "clean", "--no-house-style", "--signature")
    assert (code, out) == (0, ARTICLE)
    assert err.startswith("translit:0.1.0|rules:") and "house-style:off" in err


def test_user_glossary_overrides_the_house_style(stdin, tmp_path, capsysbinary):
    glossary = tmp_path / "mine.tsv"
    glossary.write_text(
        "id\tcanonical\ttype\tcountry\talternates\nkyiv\tKiev\tcity\tUA\tKyiv\n", encoding="utf-8"
    )
    stdin(b"Officials in Kyiv said.")
    code, out, _ = run(capsysbinary, "clean", "--glossary", str(glossary))
    assert (code, out) == (0, "Officials in Kiev said.")


def test_broken_user_glossary_is_one_line(stdin, tmp_path, capsysbinary):
    glossary = tmp_path / "mine.tsv"
    glossary.write_text("id\tcanonical\ttype\nkyiv\tKiev\ttown\n", encoding="utf-8")
    stdin(b"Kyiv.")
    code, out, err = run(capsysbinary, "clean", "--glossary", str(glossary))
    assert (code, out) == (2, "")
    assert err.startswith(f"translit: error: {glossary}:2: unknown type 'town'") and err.count("\n") == 1


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["clean", "/no/such/file"], "translit: error: /no/such/file: no such file or folder\n"),
        (["clean", "--format", "pdf"], "translit: error: Invalid value for '--format': 'pdf' is not one of 'text', 'json', 'diff', 'patch'.\n"),
        (["polish"], "translit: error: No such command 'polish'.\n"),
    ],
)  # fmt: skip
def test_usage_errors_exit_2_with_one_line(capsysbinary, argv, message):
    assert run(capsysbinary, *argv) == (2, "", message)


def test_unwritable_output_is_a_clear_error(stdin, tmp_path, capsysbinary):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    stdin(ARTICLE.encode())
    code, _, err = run(capsysbinary, "clean", "-o", str(blocker / "out.txt"))
    assert code == 2 and err.startswith(f"translit: error: {blocker}/out.txt: cannot write output (")


def test_console_script_help_runs_in_a_fresh_process():
    completed = subprocess.run(
        [sys.executable, "-m", "translit", "--help"], capture_output=True, text=True, check=False
    )
    assert completed.returncode == 0
    assert "clean" in completed.stdout and "detect" in completed.stdout


def test_missing_model_is_one_line_naming_the_path_and_the_way_out(stdin, tmp_path, capsysbinary):
    stdin(ARTICLE.encode())
    code, out, err = run(capsysbinary, "clean", "--model", str(tmp_path / "nothing"))
    assert (code, out) == (2, "")
    assert err == (
        f"translit: error: cannot load seq2seq model from {tmp_path / 'nothing'}: no config.json there "
        "(pass --model PATH to another checkpoint, or --no-model to use gazetteer priors only)\n"
    )


def test_corrupt_model_is_one_line(stdin, tmp_path, capsysbinary):
    (tmp_path / "config.json").write_text('{"model_type": "t5"', encoding="utf-8")
    stdin(ARTICLE.encode())
    code, _, err = run(capsysbinary, "clean", "--model", str(tmp_path))
    assert code == 2 and err.count("\n") == 1
    assert err.startswith(f"translit: error: cannot load seq2seq model from {tmp_path}: ")
    assert err.endswith("or --no-model to use gazetteer priors only)\n")


def test_no_model_wins_over_model(stdin, capsysbinary):
    stdin(ARTICLE.encode())
    code, _, err = run(capsysbinary, "clean", "--model", "default", "--no-model", "--signature")
    assert code == 0 and "|rescorer:prior|" in err
