"""What the default install carries, and what an extra adds: the declared extras agree with the code
that asks for them, and a feature asked for without its extra is one error naming it."""

import importlib.util
import tomllib

import pytest

import translit
from tests.conftest import REPO, run_translit
from translit.optional import EXTRAS, MissingExtraError, require

PROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def names(requirements):
    return {r.split(">")[0].split("<")[0].split("=")[0].split("[")[0].strip() for r in requirements}


def test_the_default_install_leaves_out_the_model_and_wordfreq():
    assert names(PROJECT["dependencies"]).isdisjoint({"torch", "transformers", "sentencepiece", "wordfreq"})


def test_each_extra_the_code_asks_for_is_declared_and_brings_its_modules():
    declared = PROJECT["optional-dependencies"]
    for extra, (_, modules) in EXTRAS.items():
        assert extra in declared
        assert set(modules) <= names(declared[extra]), extra


def test_the_model_without_its_extra_is_one_error_naming_it(monkeypatch, tmp_path):
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "torch" else real(name, *a)
    )
    with pytest.raises(MissingExtraError, match=r"pip install 'translit\[model\]'"):
        require("model")
    with pytest.raises(MissingExtraError):
        translit.load_pipeline(model="default", cache_folder=tmp_path)
    (tmp_path / "a.txt").write_text("In Kiev.", encoding="utf-8")
    ran = run_translit("clean", "--model", "default", str(tmp_path / "a.txt"))
    assert ran.exit_code == 2 and "pip install 'translit[model]'" in ran.stderr


def test_the_default_path_imports_neither_torch_nor_wordfreq():
    import subprocess
    import sys

    code = (
        "import sys, translit; translit.clean('In Kiev and Lugansk and Luhansk.'); "
        "print(sorted(m for m in ('torch', 'transformers', 'wordfreq') if m in sys.modules))"
    )
    ran = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=True
    )
    assert ran.stdout.strip() == "[]"
