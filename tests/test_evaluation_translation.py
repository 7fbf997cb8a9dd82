"""translit eval translation reproduces sacrebleu's own numbers, on the real WMT files and on small cases."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import sacrebleu

from translit.evaluation import EvaluationInputError, score_translations

from .conftest import run_translit

SHARED = Path(os.environ.get("TRANSLIT_SHARED", Path(__file__).parents[1] / ".." / "shared"))
WMT = SHARED / "data" / "wmt"


def wmt_set(name: str) -> Path:
    folder = WMT / name
    if not folder.is_dir():
        pytest.skip(f"WMT data not found at {folder} (set TRANSLIT_SHARED to the shared/ folder)")
    return folder


def lines(path: Path, limit: int | None = None) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")[:-1][:limit]


def run_cli(*args: str):
    return run_translit("eval", *args)


@pytest.mark.parametrize(
    ("test_set", "refs", "systems"),
    [
        ("newstest2021.zh-en", ["ref.A.en"], ["NiuTrans.en", "Online-A.en"]),
        ("generaltest2022.zh-en", ["ref.A.en", "ref.B.en"], ["Online-B.en"]),
    ],
)
def test_cli_reproduces_sacrebleu_on_wmt(test_set, refs, systems):
    folder = wmt_set(test_set)
    ref_paths = [folder / r for r in refs]
    hyp_paths = [folder / "hyp" / s for s in systems]
    args = [a for p in ref_paths for a in ("-r", str(p))] + [a for p in hyp_paths for a in ("-s", str(p))]
    result = run_cli("translation", *args, "-m", "bleu", "-m", "chrf", "-m", "chrf++", "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    references = [lines(p) for p in ref_paths]
    for system, path in zip(report["systems"], hyp_paths):
        hypotheses = lines(path)
        assert system["name"] == path.stem
        assert system["BLEU"]["score"] == sacrebleu.corpus_bleu(hypotheses, references).score
        assert system["chrF2"]["score"] == sacrebleu.corpus_chrf(hypotheses, references).score
        assert system["chrF2++"]["score"] == sacrebleu.corpus_chrf(hypotheses, references, word_order=2).score
    bleu = sacrebleu.BLEU()
    bleu.corpus_score(lines(hyp_paths[0]), references)
    assert report["signatures"]["BLEU"] == str(bleu.get_signature())


def test_ter_reproduces_sacrebleu_on_wmt_excerpt(tmp_path):
    # sacrebleu's TER takes about a minute on a whole test set; 150 real segments keep the suite fast.
    folder = wmt_set("newstest2021.zh-en")
    ref, hyp = tmp_path / "ref.en", tmp_path / "Online-B.en"
    references = lines(folder / "ref.A.en", 150)
    hypotheses = lines(folder / "hyp" / "Online-B.en", 150)
    ref.write_text("\n".join(references) + "\n", encoding="utf-8")
    hyp.write_text("\n".join(hypotheses) + "\n", encoding="utf-8")
    result = run_cli("translation", "-r", str(ref), "-s", str(hyp), "-m", "ter", "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    ter = sacrebleu.TER()
    assert report["systems"][0]["TER"]["score"] == ter.corpus_score(hypotheses, [references]).score
    assert report["signatures"]["TER"] == str(ter.get_signature())


def test_paired_bootstrap_matches_sacrebleu_paired_test():
    from sacrebleu.significance import PairedTest

    refs = [["The cat sat on the mat.", "It rained in Kyiv today.", "Prices rose again.", "He left early."]]
    systems = {
        "base": ["A cat sat on a mat.", "It rained in Kiev today.", "Prices went up again.", "He left."],
        "better": ["The cat sat on the mat.", "It rained in Kyiv today.", "Prices rose again.", "He left."],
    }
    report = score_translations(systems, refs, ["bleu"], bootstrap=50)
    _, expected = PairedTest(list(systems.items()), {"bleu": sacrebleu.BLEU()}, refs, "bs", 50)()
    assert report.scores["base"]["BLEU"].p_value is None
    assert report.scores["better"]["BLEU"].p_value == pytest.approx(expected["BLEU"][1].p_value)
    assert report.scores["better"]["BLEU"].mean == pytest.approx(expected["BLEU"][1].mean)
    assert "bs:50" in report.signatures["BLEU"]
    assert "against base" in report.format_table()


def test_empty_lines_are_segments():
    report = score_translations({"mt": ["", "a short line"]}, [["", "a short line"]], ["chrf"])
    assert report.segments == 2
    assert (
        report.scores["mt"]["chrF2"].score
        == sacrebleu.corpus_chrf(["", "a short line"], [["", "a short line"]]).score
    )


def test_mismatched_line_counts_are_rejected():
    with pytest.raises(EvaluationInputError, match="has 1 lines but reference 1 has 2"):
        score_translations({"mt": ["one"]}, [["one", "two"]])


def test_bootstrap_needs_two_systems():
    with pytest.raises(EvaluationInputError, match="at least two"):
        score_translations({"mt": ["one"]}, [["one"]], bootstrap=10)


def test_cli_reports_mismatch_on_one_line_and_exits_2(tmp_path):
    ref, hyp = tmp_path / "ref.en", tmp_path / "hyp.en"
    ref.write_text("one line\ntwo lines\n", encoding="utf-8")
    hyp.write_text("one line\n", encoding="utf-8")
    result = run_translit("eval", "translation", "-r", str(ref), "-s", str(hyp))
    assert result.exit_code == 2
    assert result.output.strip().count("\n") == 0
    assert "hyp has 1 lines but reference 1 has 2" in result.output


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "no such file"), (b"", "file is empty"), (b"\xff\xfe bad\n", "not UTF-8")],
)
def test_cli_rejects_bad_files(tmp_path, content, message):
    ref, hyp = tmp_path / "ref.en", tmp_path / "hyp.en"
    ref.write_text("a line\n", encoding="utf-8")
    if content is not None:
        hyp.write_bytes(content)
    result = run_translit("eval", "translation", "-r", str(ref), "-s", str(hyp))
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_text_table_lists_systems_and_signatures(tmp_path):
    ref, hyp = tmp_path / "ref.en", tmp_path / "mine.en"
    ref.write_text("The talks resumed in Kyiv.\n", encoding="utf-8")
    hyp.write_text("The talks resumed in Kiev.\n", encoding="utf-8")
    result = run_translit("eval", "translation", "-r", str(ref), "-s", str(hyp))
    assert result.exit_code == 0
    assert result.output.splitlines()[1].startswith("mine")
    assert "BLEU: nrefs:1|case:mixed" in result.output
