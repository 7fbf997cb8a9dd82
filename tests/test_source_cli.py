"""``--source`` and ``--source-field`` on the command line, and ``translit eval entities``."""

import io
import json
import sys

from translit.cli import main


def run(capsysbinary, *argv):
    code = main(list(argv))
    captured = capsysbinary.readouterr()
    return code, captured.out.decode("utf-8"), captured.err.decode("utf-8")


def test_clean_with_a_line_aligned_source(tmp_path, capsysbinary):
    (tmp_path / "mt.txt").write_text("Trains reach Germu.\nSnow fell on Kekexili.\n", encoding="utf-8")
    (tmp_path / "src.zh").write_text("火車到達格爾木。\n可可西里下雪。\n", encoding="utf-8")
    code, out, _ = run(capsysbinary, "clean", str(tmp_path / "mt.txt"), "--source", str(tmp_path / "src.zh"))
    assert (code, out) == (0, "Trains reach Golmud.\nSnow fell on Hoh Xil.\n")


def test_a_source_with_another_line_count_is_one_error_line(tmp_path, capsysbinary):
    (tmp_path / "mt.txt").write_text("Trains reach Germu.\nSnow fell.\n", encoding="utf-8")
    (tmp_path / "src.zh").write_text("火車到達格爾木。\n", encoding="utf-8")
    code, out, err = run(
        capsysbinary, "clean", str(tmp_path / "mt.txt"), "--source", str(tmp_path / "src.zh")
    )
    assert code == 2 and out == ""
    assert "the source has 1 lines but the text has 2" in err and len(err.strip().splitlines()) == 1


def test_jsonl_objects_carry_their_own_source(monkeypatch, capsysbinary):
    lines = [
        {"body": "Trains reach Germu.", "zh": "火車到達格爾木。"},
        {"body": "Trains reach Germu."},  # no source: cleaned as without one
    ]
    data = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines).encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code, out, _ = run(capsysbinary, "clean", "--jsonl", "--field", "body", "--source-field", "zh", "-")
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [r["body"] for r in records] == ["Trains reach Golmud.", "Trains reach Germu."]


def test_eval_entities_ranks_systems_with_the_references_as_ceiling(tmp_path, capsysbinary):
    files = {
        "src.zh": "火車到達格爾木。\n布林肯發言。\n",
        "good.en": "Trains reach Golmud.\nBlinken spoke.\n",
        "bad.en": "Trains reach Germu.\nBrinken spoke.\n",
        "ref.en": "The train gets to Golmud.\nBlinken spoke.\n",
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    args = ["eval", "entities", "--source", str(tmp_path / "src.zh"), "-s", str(tmp_path / "bad.en")]
    args += ["-s", str(tmp_path / "good.en"), "-r", str(tmp_path / "ref.en"), "--format", "json"]
    code, out, _ = run(capsysbinary, *args)
    report = json.loads(out)
    assert code == 0 and report["ranking"] == ["good", "bad"]
    scores = {s["name"]: s for s in report["systems"]}
    assert scores["good"]["share_acceptable"] == 100.0 and scores["bad"]["share_acceptable"] == 0.0
    assert {w["written"] for w in scores["bad"]["wrong_renderings"]} == {"Germu", "Brinken"}
    assert report["references"][0]["share_acceptable"] == 100.0
    assert "gazetteer:" in report["signature"]


def test_a_long_text_and_its_source_are_read_together_block_by_block(tmp_path, capsysbinary, monkeypatch):
    import translit.run

    monkeypatch.setattr(translit.run, "BLOCK_BYTES", 64)  # a few lines a block, as 4 MiB are for real
    mt = ["Trains reach Germu.", "Snow fell on the town.", "Rangers walk in Kokoxili."] * 12
    zh = ["火車到達格爾木。", "鎮上下了雪。", "巡護員在可可西里巡邏。"] * 12
    (tmp_path / "mt.txt").write_text("\n".join(mt) + "\n", encoding="utf-8")
    (tmp_path / "src.zh").write_text("\r\n".join(zh) + "\r\n", encoding="utf-8")  # CRLF: a line is a line
    code, out, _ = run(capsysbinary, "clean", str(tmp_path / "mt.txt"), "--source", str(tmp_path / "src.zh"))
    expected = ["Trains reach Golmud.", "Snow fell on the town.", "Rangers walk in Hoh Xil."] * 12
    assert (code, out) == (0, "\n".join(expected) + "\n")


def test_a_long_source_with_more_lines_than_the_text_is_one_error_and_no_output(
    tmp_path, capsysbinary, monkeypatch
):
    import translit.run

    monkeypatch.setattr(translit.run, "BLOCK_BYTES", 64)
    (tmp_path / "mt.txt").write_text("Trains reach Germu.\n" * 10, encoding="utf-8")
    (tmp_path / "src.zh").write_text("火車到達格爾木。\n" * 11, encoding="utf-8")
    out_file = tmp_path / "out.txt"
    code, _, err = run(
        capsysbinary,
        "clean",
        str(tmp_path / "mt.txt"),
        "--source",
        str(tmp_path / "src.zh"),
        "-o",
        str(out_file),
    )
    assert code == 2 and not out_file.exists()
    assert "the source has 11 lines but the text has 10" in err and len(err.strip().splitlines()) == 1


def test_a_missing_source_is_one_line(tmp_path, capsysbinary):
    (tmp_path / "mt.txt").write_text("Trains reach Germu.\n", encoding="utf-8")
    code, out, err = run(capsysbinary, "clean", str(tmp_path / "mt.txt"), "--source", str(tmp_path / "no.zh"))
    assert code == 2 and out == "" and "cannot read" in err and len(err.strip().splitlines()) == 1
