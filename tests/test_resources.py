"""Bad resources get one clear error naming the thing and the fix; a loaded pipeline is shared safely."""

import io
import random
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

import pytest

from tools.testkit import run_cli
from translit.api import load_pipeline
from translit.cli import main
from translit.errors import GlossaryError
from translit.gazetteer.loader import read_entries

HEADER = "id\tcanonical\ttype\tcountry\n"


def test_duplicate_canonical_names_are_refused(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text(HEADER + "kyiv\tKyiv\tcity\tUA\nkyiv-city\tKyiv\tcity\tUA\n", encoding="utf-8")
    with pytest.raises(GlossaryError) as caught:
        read_entries(path)
    assert str(caught.value) == (
        f"{path}:3: duplicate canonical name 'Kyiv': entry 'kyiv' (line 2) is the same city; merge the two entries"  # noqa: E501
    )


def test_the_same_name_for_different_kinds_of_entity_is_fine(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text(
        HEADER + "georgia\tGeorgia\tcountry\tGE\ngeorgia-us\tGeorgia\tregion\tUS\n", encoding="utf-8"
    )
    assert [e.id for e in read_entries(path)] == ["georgia", "georgia-us"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("kyiv\tKyiv\tcity\n", ":1: unknown column 'kyiv'"),
        (
            HEADER + "kyiv\tKyiv\tcity\tUA\nkyiv\tKiev\tcity\tUA\n",
            ":3: duplicate id 'kyiv' (first on line 2)",
        ),
    ],
)
def test_broken_glossary_on_the_command_line_is_one_line(tmp_path, body, message):
    path = tmp_path / "mine.tsv"
    path.write_text(body, encoding="utf-8")
    code, out, errors = run_cli(b"Kyiv.", "clean", "--glossary", str(path))
    assert (code, out) == (2, "") and len(errors) == 1
    assert errors[0].startswith(f"translit: error: {path}{message}")


def test_glossary_in_another_encoding_on_the_command_line(tmp_path):
    path = tmp_path / "latin.tsv"
    path.write_bytes((HEADER + "kyiv-cafe\tCaf\u00e9 Kyiv\tother\tUA\n").encode("latin-1"))
    assert run_cli(b"Kyiv.", "clean", "--glossary", str(path)) == (
        2, "", [f"translit: error: {path}:2: not valid UTF-8; save the glossary as UTF-8"]
    )  # fmt: skip


def test_output_path_that_is_a_folder(tmp_path):
    """An existing folder is a folder (W9, B5): the output goes inside it, under the input's name."""
    (tmp_path / "out").mkdir()
    assert run_cli(b"Kiev.", "clean", "-o", str(tmp_path / "out")) == (0, "", [])
    assert (tmp_path / "out" / "stdin").read_text(encoding="utf-8") == "Kyiv."
    code, _, errors = run_cli(b"Kiev.", "clean", "--format", "json", "-o", str(tmp_path / "out"))
    assert code == 2 and errors == [
        f"translit: error: {tmp_path}/out: a folder, but this output is one stream (a report, or the "
        "inputs joined); name a file with -o"
    ]
    assert [p.name for p in tmp_path.iterdir()] == ["out"]  # no temporary file left behind


def test_output_folder_without_permission(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):  # root writes anywhere, so refuse here
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    code, _, errors = run_cli(b"Kiev.", "clean", "-o", str(tmp_path / "out.txt"))
    assert code == 2 and errors == [
        f"translit: error: {tmp_path}/out.txt: cannot write output (Permission denied); choose a writable path with -o"  # noqa: E501
    ]


SENTENCES = [
    "Officials in Kiev said.", "Shelling resumed in Udong.", "Lugansk and Luhansk.", "Heday met Serhiy Haidai.",  # noqa: E501
    "Strikes hit Kramatorsk and Kramatorsk near Sloviansk.", "\n\nRead more\n\n", "Belgium. .”", "Zelensky spoke.",  # noqa: E501
]  # fmt: skip


def test_one_pipeline_shared_by_threads_gives_the_sequential_results():
    rng = random.Random(6)
    texts = [" ".join(rng.choices(SENTENCES, k=rng.randint(1, 12))) for _ in range(300)]
    pipeline = load_pipeline()
    sequential = [pipeline.clean(text) for text in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        concurrent = list(pool.map(pipeline.clean, texts))
    assert concurrent == sequential


def test_the_cli_entry_point_runs_outside_the_main_thread(monkeypatch, capsysbinary):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Kiev.")))
    with ThreadPoolExecutor(max_workers=1) as pool:
        assert pool.submit(main, ["clean"]).result() == 0
    assert capsysbinary.readouterr().out == b"Kyiv."


def test_output_files_get_ordinary_permissions(tmp_path):
    import os

    assert run_cli(b"Kiev.", "clean", "-o", str(tmp_path / "out.txt"))[0] == 0
    mask = os.umask(0)
    os.umask(mask)
    assert (tmp_path / "out.txt").stat().st_mode & 0o777 == 0o666 & ~mask


def test_missing_model_names_the_path_and_the_fix(tmp_path):
    code, out, errors = run_cli(b"Kiev.", "clean", "--model", str(tmp_path / "nope"))
    assert (code, out) == (2, "") and errors == [
        f"translit: error: cannot load seq2seq model from {tmp_path}/nope: no config.json there "
        "(pass --model PATH to another checkpoint, or --no-model to use gazetteer priors only)"
    ]


def test_corrupt_model_names_the_path_and_the_fix(tmp_path):
    (tmp_path / "config.json").write_text("{not json", encoding="utf-8")
    code, out, errors = run_cli(b"Kiev.", "clean", "--model", str(tmp_path))
    assert (code, out) == (2, "") and len(errors) == 1
    assert errors[0].startswith(f"translit: error: cannot load seq2seq model from {tmp_path}: ")
    assert errors[0].endswith(
        "(pass --model PATH to another checkpoint, or --no-model to use gazetteer priors only)"
    )  # noqa: E501
