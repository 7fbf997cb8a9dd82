"""Every example in the README runs: its Python blocks, its command lines (in-process, with the files they
name written here first) and its config file. ``make`` lines are left out: they are the entry points that
CI itself runs."""

import json
import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import REPO
from translit.cli import main

README = (REPO / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```(\w+)\n(.*?)```", README, flags=re.DOTALL)
ARTICLE = (REPO / "examples" / "article.txt").read_text(encoding="utf-8")
MT = "Officials in Kiev said talks would resume .\nFighting spread in Unan overnight .\nAll was calm .\n"
GOLD = "Officials in Kyiv said talks would resume .\nFighting spread in southern Ukraine overnight .\nAll was calm .\n"
GLOSSARY = "id\tcanonical\ttype\tcountry\talternates\nkyiv\tKyiv\tcity\tUA\tKiev\n"


@pytest.fixture
def workspace(tmp_path, monkeypatch):
    files = {
        "article.txt": ARTICLE, "a.txt": ARTICLE, "b.txt": MT,
        "batch.jsonl": json.dumps({"id": 1, "body": ARTICLE}) + "\n",
        "my.tsv": GLOSSARY, "names/newsroom.tsv": GLOSSARY,
        "ref.en": GOLD, "sysA.en": MT, "sysB.en": MT.replace("Kiev", "Kyiv"),
        "mt.txt": MT, "gold.txt": GOLD, "gold2.txt": GOLD.replace("southern Ukraine", "the south of Ukraine"),
        "cleaned.txt": MT.replace("Kiev", "Kyiv"),
    }  # fmt: skip
    for name, content in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(content, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def commands() -> list[str]:
    return [line for lang, body in BLOCKS if lang == "sh" for line in body.splitlines() if line.strip()]


def run_line(line: str) -> int:
    """Run one README command line in-process, with its ``<`` and ``>`` redirections."""
    words = shlex.split(line, comments=True)
    stdin, stdout = b"", None
    if "<" in words:
        at = words.index("<")
        stdin = Path(words[at + 1]).read_bytes()
        del words[at : at + 2]
    if ">" in words:
        at = words.index(">")
        stdout = Path(words[at + 1])
        del words[at : at + 2]
    assert words[0] == "translit", line
    with CliRunner().isolation(input=stdin) as (out, err, _):
        code = main(words[1:])
    if stdout is not None:
        stdout.write_bytes(out.getvalue())
    assert not err.getvalue().startswith(b"translit: error") or code != 0, line
    return code


def test_the_readme_has_examples_of_each_kind():
    assert {"sh", "python", "toml"} <= {lang for lang, _ in BLOCKS}
    assert len(commands()) > 15


def test_every_command_line_runs(workspace):
    ran = 0
    for line in commands():
        if line.startswith("make "):
            continue
        code = run_line(line)
        assert code in (0, 1), f"{line}: exit {code}"  # 1: detect and clean --check found something
        ran += 1
    assert ran > 15


def test_every_python_block_runs(workspace, capsys):
    for lang, body in BLOCKS:
        if lang == "python":
            exec(compile(body, "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert "eastern Ukraine" in out  # the library example
    assert "Trains reach Golmud.\nRangers patrol Hoh Xil." in out  # the example with the Chinese original


def test_the_config_file_example_is_a_valid_config(workspace):
    [example] = [body for lang, body in BLOCKS if lang == "toml"]
    (workspace / "translit.toml").write_text(example, encoding="utf-8")
    assert run_line("translit clean --signature article.txt") == 0
