"""Conventions a script relies on: exit codes, the config file and its precedence, rule selection, the
output schemas."""

import json
from pathlib import Path

import jsonschema
import pytest

from tests.conftest import run_translit
from translit import exit_codes
from translit.records import SCHEMA_VERSION, SCHEMAS, schema_path
from translit.rules import RULES

FIXABLE = "Officials in Kiev said the talks would resume.\n"
CLEAN = "Officials in Kyiv said the talks would resume.\n"


@pytest.fixture
def texts(tmp_path):
    (tmp_path / "fix.txt").write_text(FIXABLE, encoding="utf-8")
    (tmp_path / "ok.txt").write_text(CLEAN, encoding="utf-8")
    return tmp_path


# --- exit codes -----------------------------------------------------------------------------------------


def test_detect_exits_1_on_a_text_with_a_fix_and_0_on_a_clean_one(texts):
    found, clean = (
        run_translit("detect", str(texts / "fix.txt")),
        run_translit("detect", str(texts / "ok.txt")),
    )
    assert (found.exit_code, clean.exit_code) == (exit_codes.CHECK_FAILED, exit_codes.OK) == (1, 0)
    assert "house-style 'Kiev' -> 'Kyiv'" in found.stdout and clean.stdout == ""


def test_clean_check_exits_1_when_it_would_change_and_changes_nothing(texts):
    would = run_translit("clean", "--check", str(texts / "fix.txt"))
    assert would.exit_code == 1
    assert would.stdout == (
        f"{texts / 'fix.txt'}:1:14: house-style 'Kiev' -> 'Kyiv' (score 0.90): house style spells 'Kiev' as 'Kyiv'\n"
    )
    assert (texts / "fix.txt").read_text(encoding="utf-8") == FIXABLE
    clean = run_translit("clean", "--check", str(texts / "ok.txt"))
    assert (clean.exit_code, clean.stdout) == (0, "")


def test_clean_check_with_diff_and_json_and_a_report_file(texts):
    diff = run_translit("clean", "--check", "--format", "diff", str(texts / "fix.txt"))
    assert diff.exit_code == 1 and "Officials in [-Kiev-]{+Kyiv+}" in diff.stdout
    report = texts / "report.jsonl"
    ran = run_translit("clean", "--check", "--format", "json", str(texts / "fix.txt"), "-o", str(report))
    assert ran.exit_code == 1 and json.loads(report.read_text())["edits"][0]["replacement"] == "Kyiv"


def test_clean_without_check_exits_0_whether_or_not_it_changed_anything(texts):
    assert run_translit("clean", str(texts / "fix.txt")).exit_code == 0
    assert run_translit("clean", str(texts / "ok.txt")).exit_code == 0


def test_detect_over_jsonl_exits_1_if_any_record_has_a_finding(tmp_path):
    batch = tmp_path / "batch.jsonl"
    batch.write_text(json.dumps({"text": CLEAN}) + "\n", encoding="utf-8")
    assert run_translit("detect", "--jsonl", str(batch)).exit_code == 0
    batch.write_text(json.dumps({"text": CLEAN}) + "\n" + json.dumps({"text": FIXABLE}) + "\n")
    assert run_translit("detect", "--jsonl", str(batch)).exit_code == 1
    assert run_translit("clean", "--check", "--jsonl", str(batch)).exit_code == 1


def test_bad_input_beats_a_finding_and_the_others_still_run(texts):
    ran = run_translit("detect", str(texts / "fix.txt"), str(texts / "missing.txt"))
    assert ran.exit_code == exit_codes.BAD_INPUT == 2 and "'Kiev' -> 'Kyiv'" in ran.stdout


def test_glossary_lookup_of_an_unknown_name_exits_1_not_the_internal_error_code():
    ran = run_translit("glossary", "lookup", "Qwxyzzyq")
    assert ran.exit_code == 1 != exit_codes.INTERNAL and "not in the gazetteer" in ran.stdout
    assert run_translit("glossary", "lookup", "Kiev").exit_code == 0


def test_the_help_documents_the_exit_codes():
    assert "70 internal error" in run_translit("--help").stdout


# --- rules and thresholds on the command line -----------------------------------------------------------


def test_select_and_ignore_choose_rules(texts):
    path = str(texts / "fix.txt")
    assert run_translit("detect", "--ignore", "house-style", path).exit_code == 0
    assert run_translit("detect", "--select", "punctuation,boilerplate", path).exit_code == 0
    assert run_translit("detect", "--select", "house-style", path).exit_code == 1
    unknown = run_translit("detect", "--select", "spelling", path)
    assert unknown.exit_code == 2 and "unknown rule 'spelling'" in unknown.stderr


def test_min_score_keeps_a_fix_below_it_from_being_applied(texts):
    path = str(texts / "fix.txt")
    assert run_translit("clean", "--min-score", "0.95", path).stdout == FIXABLE  # Kiev -> Kyiv scores 0.9
    assert run_translit("clean", "--min-score", "0.85", path).stdout == CLEAN
    assert run_translit("clean", "--min-margin", "1.5", path).exit_code == 2


def test_the_signature_records_the_effective_settings(texts):
    ran = run_translit(
        "clean", "--signature", "--ignore", "duplicate", "--min-score", "0.8", str(texts / "ok.txt")
    )
    signature = ran.stderr.strip()
    assert "min-score:0.8" in signature and "duplicate" not in signature.split("|")[1]


# --- the config file ------------------------------------------------------------------------------------


def test_a_translit_toml_above_the_input_is_found_and_flags_override_it(tmp_path):
    (tmp_path / "translit.toml").write_text("house-style = false\nmin-score = 0.8\n", encoding="utf-8")
    (tmp_path / "news" / "day1").mkdir(parents=True)
    article = tmp_path / "news" / "day1" / "a.txt"
    article.write_text(FIXABLE, encoding="utf-8")
    assert run_translit("clean", str(article)).stdout == FIXABLE  # the file turned house style off
    assert run_translit("clean", "--house-style", str(article)).stdout == CLEAN  # the flag wins
    assert run_translit("clean", "--isolated", str(article)).stdout == CLEAN  # no file: the defaults
    signature = run_translit("clean", "--signature", str(article)).stderr
    assert "house-style:off" in signature and "min-score:0.8" in signature


def test_pyproject_tool_translit_and_relative_glossary_paths(tmp_path):
    (tmp_path / "names").mkdir()
    (tmp_path / "names" / "ours.tsv").write_text(
        "id\tcanonical\ttype\talternates\nkyiv\tKyjiw\tcity\tKyiv|Kiev\n", encoding="utf-8"
    )
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "newsroom"\n\n[tool.translit]\nglossaries = ["names/ours.tsv"]\n', encoding="utf-8"
    )
    (tmp_path / "a.txt").write_text(FIXABLE, encoding="utf-8")
    assert run_translit("clean", str(tmp_path / "a.txt")).stdout == FIXABLE.replace("Kiev", "Kyjiw")


def test_a_translit_toml_wins_over_a_pyproject_in_the_same_folder_and_pyprojects_without_the_table_are_passed(
    tmp_path,
):
    (tmp_path / "pyproject.toml").write_text("[tool.translit]\nhouse-style = false\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    (tmp_path / "sub" / "a.txt").write_text(FIXABLE, encoding="utf-8")
    assert run_translit("clean", str(tmp_path / "sub" / "a.txt")).stdout == FIXABLE  # the upper pyproject
    (tmp_path / "translit.toml").write_text("house-style = true\n", encoding="utf-8")
    assert run_translit("clean", str(tmp_path / "sub" / "a.txt")).stdout == CLEAN


def test_an_explicit_config_file_and_stdin_looks_from_the_current_folder(tmp_path, monkeypatch):
    settings = tmp_path / "strict.toml"
    settings.write_text('select = ["punctuation"]\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text(FIXABLE, encoding="utf-8")
    assert run_translit("detect", "--config", str(settings), str(tmp_path / "a.txt")).exit_code == 0
    (tmp_path / "translit.toml").write_text('ignore = ["house-style"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("sys.stdin", type("In", (), {"buffer": __import__("io").BytesIO(FIXABLE.encode())})())
    assert run_translit("detect", "-").exit_code == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("min_scor = 0.8\n", "unknown setting 'min-scor'"),
        ("min-score = 2\n", "min-score must be a number between 0 and 1"),
        ('select = "variant"\n', "select must be a list of strings"),
        ('ignore = ["typo"]\n', "unknown rule 'typo'"),
        ("house-style = 1\n", "house-style must be true or false"),
        ("house-style = \n", "not valid TOML"),
    ],
)
def test_a_bad_config_file_is_one_line_naming_the_file_and_exit_2(tmp_path, content, message):
    (tmp_path / "translit.toml").write_text(content, encoding="utf-8")
    (tmp_path / "a.txt").write_text(FIXABLE, encoding="utf-8")
    ran = run_translit("clean", str(tmp_path / "a.txt"))
    assert ran.exit_code == 2 and ran.stdout == ""
    assert ran.stderr.startswith(f"translit: error: {tmp_path / 'translit.toml'}: ") and message in ran.stderr
    assert ran.stderr.count("\n") == 1


# --- output schemas -------------------------------------------------------------------------------------


def validator(name: str) -> jsonschema.Draft202012Validator:
    schema = json.loads(schema_path(name).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


REPORT_TEXT = (
    "Shelling resumed in Udong overnight. Officials in Kiev said. "
    "Strikes hit Kramatorsk and Kramatorsk. Click here to read more\n"
)


def test_every_format_json_record_carries_its_schema_and_version_and_validates(tmp_path):
    (tmp_path / "a.txt").write_text(REPORT_TEXT, encoding="utf-8")
    for command, name in (("clean", "clean-record"), ("detect", "detect-record")):
        record = json.loads(run_translit(command, "--format", "json", str(tmp_path / "a.txt")).stdout)
        assert (record["schema"], record["schema_version"]) == (f"translit/{name}", SCHEMA_VERSION)
        assert record["edits" if command == "clean" else "findings"]  # something to validate
        validator(name).validate(record)


def test_the_jsonl_report_field_validates(tmp_path):
    batch = tmp_path / "b.jsonl"
    batch.write_text(json.dumps({"id": 1, "text": REPORT_TEXT}) + "\n", encoding="utf-8")
    for command, name in (("clean", "clean-report"), ("detect", "detect-report")):
        record = json.loads(run_translit(command, "--jsonl", str(batch)).stdout)
        assert record["edits"]["schema_version"] == SCHEMA_VERSION
        validator(name).validate(record["edits"])


def test_a_schema_rejects_a_record_of_another_shape():
    record = {"schema": "translit/detect-record", "schema_version": 1, "path": "-", "findings": []}
    validator("detect-record").validate(record)
    for broken in (
        {**record, "extra": 1},
        {**record, "schema_version": 2},
        {k: v for k, v in record.items() if k != "path"},
    ):
        with pytest.raises(jsonschema.ValidationError):
            validator("detect-record").validate(broken)


def test_the_schemas_share_their_definitions_and_ship_in_the_package():
    definitions = {
        json.dumps(json.loads(schema_path(n).read_text())["$defs"], sort_keys=True) for n in SCHEMAS
    }
    assert len(definitions) == 1
    assert all(
        schema_path(name).parent == Path(__import__("translit").__file__).parent / "schemas"
        for name in SCHEMAS
    )


def test_rules_listed_in_the_help_are_the_registered_ones():
    squeezed = "".join(run_translit("detect", "--help").stdout.split())  # help text wraps at hyphens too
    assert ",".join(RULES) in squeezed
