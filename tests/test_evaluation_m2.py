"""M2 export and import, errant_compare-style scoring (multiple gold, detection only), the
ERRANT-compatible mode against ERRANT itself, and the eval commands' defaults."""

import json

import pytest

from tests.conftest import run_translit, shared_folder
from translit.evaluation.edit_scores import EditCounts
from translit.evaluation.inputs import EvaluationInputError
from translit.evaluation.m2 import M2Edit, M2Sentence, compare_m2, format_m2, m2_sentence, parse_m2

MT = "Fighting spread in Unan and the Kiev region yesterday ."
GOLD = "Fighting spread in southern Ukraine and the Kyiv region yesterday ."


def test_m2_round_trips_with_noop_annotators():
    sentence = m2_sentence(MT, [GOLD, MT])
    assert sentence.edits == {
        0: (M2Edit(3, 4, "southern Ukraine"), M2Edit(6, 7, "Kyiv")),
        1: (),
    }
    text = format_m2([sentence, sentence])
    assert "A -1 -1|||noop|||-NONE-|||REQUIRED|||-NONE-|||1" in text
    assert "A 3 4|||R:OTHER|||southern Ukraine|||REQUIRED|||-NONE-|||0" in text
    typed = M2Sentence(
        sentence.tokens,
        {0: tuple(M2Edit(e.start, e.end, e.correction, "R:OTHER") for e in sentence.edits[0]), 1: ()},
    )
    assert parse_m2(text) == [typed, typed]


def test_a_bad_m2_line_names_its_line():
    with pytest.raises(EvaluationInputError, match="M2:2: expected 'A start end"):
        parse_m2("S a b\nA x y|||R|||c\n")
    with pytest.raises(EvaluationInputError, match="outside a sentence of 2"):
        parse_m2("S a b\nA 1 5|||R|||c|||REQUIRED|||-NONE-|||0\n")


def sentence(*edits, tokens=("a", "b", "c", "d")):
    return M2Sentence(tokens, {annotator: tuple(found) for annotator, found in enumerate(edits)})


def test_the_best_matching_gold_annotator_counts():
    hypothesis = [sentence([M2Edit(0, 1, "x")])]
    one_gold = [sentence([M2Edit(2, 3, "y")])]
    two_golds = [sentence([M2Edit(2, 3, "y")], [M2Edit(0, 1, "x")])]
    assert compare_m2(hypothesis, one_gold) == EditCounts(tp=0, fp=1, fn=1)
    assert compare_m2(hypothesis, two_golds) == EditCounts(tp=1, fp=0, fn=0)


def test_detection_matches_spans_or_tokens_not_corrections():
    hypothesis = [sentence([M2Edit(0, 2, "wrong")])]
    gold = [sentence([M2Edit(0, 2, "right")])]
    assert compare_m2(hypothesis, gold) == EditCounts(0, 1, 1)
    assert compare_m2(hypothesis, gold, detection="span") == EditCounts(1, 0, 0)
    partial = [sentence([M2Edit(1, 3, "other")])]
    assert compare_m2(hypothesis, partial, detection="span") == EditCounts(0, 1, 1)
    assert compare_m2(hypothesis, partial, detection="token") == EditCounts(1, 1, 1)  # token 1 shared


def test_unk_edits_count_for_detection_only():
    gold = [sentence([M2Edit(0, 1, "x", "UNK")])]
    assert compare_m2([sentence([M2Edit(0, 1, "x")])], gold) == EditCounts(0, 1, 0)
    assert compare_m2([sentence([M2Edit(0, 1, "x")])], gold, detection="span") == EditCounts(1, 0, 0)


def test_eval_m2_export_and_compare_on_the_command_line(tmp_path):
    (tmp_path / "mt.txt").write_text(MT + "\nAll is well .\n", encoding="utf-8")
    (tmp_path / "gold.txt").write_text(GOLD + "\nAll is well .\n", encoding="utf-8")
    cleaned = MT.replace("Kiev", "Kyiv")
    (tmp_path / "cleaned.txt").write_text(cleaned + "\nAll is well .\n", encoding="utf-8")
    for name, files in (("hyp", ["cleaned.txt"]), ("ref", ["gold.txt"])):
        ran = run_translit(
            "eval", "m2", "export", str(tmp_path / "mt.txt"), *(str(tmp_path / f) for f in files)
        )
        assert ran.exit_code == 0
        (tmp_path / f"{name}.m2").write_text(ran.stdout, encoding="utf-8")
    ran = run_translit("eval", "m2", "compare", "--hyp", str(tmp_path / "hyp.m2"), "--ref", str(tmp_path / "ref.m2"),
                       "--format", "json")  # fmt: skip
    assert json.loads(ran.stdout) | {"f0.5": None} == {
        "mode": "correction", "tp": 1, "fp": 0, "fn": 1, "precision": 1.0, "recall": 0.5, "f0.5": None
    }  # fmt: skip
    text = run_translit(
        "eval", "m2", "compare", "--hyp", str(tmp_path / "hyp.m2"), "--ref", str(tmp_path / "ref.m2")
    )
    assert "Span-Based Correction" in text.stdout and "1\t0\t1\t1.0\t0.5\t0.8333" in text.stdout


def test_eval_translation_defaults_to_bleu_as_sacrebleu_does(tmp_path):
    (tmp_path / "ref.txt").write_text("the cat sat on the mat\n", encoding="utf-8")
    (tmp_path / "hyp.txt").write_text("the cat sat on a mat\n", encoding="utf-8")
    ran = run_translit("eval", "translation", "-r", str(tmp_path / "ref.txt"), "-s", str(tmp_path / "hyp.txt"),
                       "--format", "json")  # fmt: skip
    assert list(json.loads(ran.stdout)["signatures"]) == ["BLEU"]
    assert ran.stderr == ""  # no progress bar when stderr is not a terminal


errant = pytest.importorskip("errant", reason="the test extra installs errant")


def test_the_errant_compatible_mode_agrees_with_errant_on_real_mt_output():
    """ERRANT's own Annotator (-tok -lev -merge all-merge; a blank English pipeline, as its trained model
    is not on the package index) against translit's ERRANT-compatible mode, on 300 lines of a WMT system
    against the human reference (benchmarks/errant_agreement.py runs the whole test set)."""
    import spacy

    from benchmarks.errant_agreement import errant_edits

    folder = shared_folder() / "data" / "wmt" / "newstest2021.zh-en"
    if not folder.is_dir():
        pytest.skip(f"shared data not found at {folder}")
    hypotheses = (folder / "hyp" / "Facebook-AI.en").read_text(encoding="utf-8").split("\n")[:300]
    references = (folder / "ref.A.en").read_text(encoding="utf-8").split("\n")[:300]
    annotator = errant.load("en", spacy.blank("en"))
    theirs = ours = common = 0
    for original, corrected in zip(hypotheses, references):
        if not original.strip():
            continue
        by_token, _ = errant_edits(annotator, original, corrected)
        found = {
            (e.start, e.end, e.correction) for e in m2_sentence(original, [corrected], errant=True).edits[0]
        }
        theirs, ours, common = theirs + len(by_token), ours + len(found), common + len(by_token & found)
    assert theirs > 1000  # real edits were compared
    assert 2 * common / (theirs + ours) >= 0.95


def test_progress_is_drawn_on_a_terminal_only(monkeypatch, tmp_path):
    import io
    import sys

    from translit.evaluation.progress import progress, step_progress

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    for stream, drawn in ((io.StringIO(), False), (Terminal(), True)):
        monkeypatch.setattr(sys, "stderr", stream)
        assert list(progress([1, 2, 3], "cleaning")) == [1, 2, 3]
        bar = step_progress("scoring")
        for done in (1, 2):
            bar(done, 2)
        assert ("cleaning" in stream.getvalue() and "scoring" in stream.getvalue()) is drawn
