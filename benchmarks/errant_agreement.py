"""How far translit's edit sets agree with ERRANT's, on real MT output against its human reference.

    python -m benchmarks.errant_agreement [SYSTEM] [YEAR]     # needs errant (pip install 'translit[test]')

ERRANT runs as ``errant_parallel -tok -lev -merge all-merge`` would: its own Annotator, alignment and
merging code, with spaCy's English tokenizer. Its trained English model (en_core_web_sm) is not on the
package index here, so ERRANT gets ``spacy.blank("en")``; in this configuration the model is used only
to classify edits, which edit sets leave out. Each line of the system output is an original, the
reference's line its correction. An edit is (line, original token span, correction text); F1 between
the tools is 2·|common| / (|ERRANT's| + |translit's|). translit's own mode (word/punctuation tokens) is
compared by character span, since its tokens differ.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def errant_edits(annotator, original: str, corrected: str) -> tuple[set, set]:
    """ERRANT's edits of one line pair: by token span and by character span (both with the correction)."""
    original, corrected = original.strip(), corrected.strip()
    if not original or original == corrected:
        return set(), set()
    orig, cor = annotator.parse(original, True), annotator.parse(corrected, True)
    edits = annotator.merge(annotator.align(orig, cor, True), "all-merge")
    by_token = {(e.o_start, e.o_end, e.c_str) for e in edits}
    by_char = {(*_chars(orig, e.o_start, e.o_end), e.c_str) for e in edits}
    return by_token, by_char


def _chars(doc, start: int, end: int) -> tuple[int, int]:
    if start < end:
        return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    return (doc[start].idx, doc[start].idx) if start < len(doc) else (len(doc.text), len(doc.text))


def agreement(ours: int, theirs: int, common: int) -> dict[str, float]:
    return {
        "errant_edits": theirs,
        "translit_edits": ours,
        "common": common,
        "f1": round(2 * common / (ours + theirs), 4) if ours + theirs else 1.0,
        "lines_differing": 0,
    }


def main() -> None:
    import errant
    import spacy

    from translit.evaluation import alignment
    from translit.evaluation.m2 import m2_sentence

    system = sys.argv[1] if len(sys.argv) > 1 else "Facebook-AI"
    year = sys.argv[2] if len(sys.argv) > 2 else "newstest2021"
    folder = SHARED / "data" / "wmt" / f"{year}.zh-en"
    hypotheses = (folder / "hyp" / f"{system}.en").read_text(encoding="utf-8").split("\n")
    references = (folder / "ref.A.en").read_text(encoding="utf-8").split("\n")
    annotator = errant.load("en", spacy.blank("en"))
    totals = {"compatible": [0, 0, 0, 0], "translit": [0, 0, 0, 0]}  # ours, theirs, common, lines differing
    lines = 0
    for original, corrected in zip(hypotheses, references):
        if not original.strip():
            continue
        lines += 1
        by_token, by_char = errant_edits(annotator, original, corrected)
        sentence = m2_sentence(original, [corrected], errant=True)
        compatible = {(e.start, e.end, e.correction) for e in sentence.edits[0]}
        # translit's own mode, by character span on the stripped line (ERRANT's offsets are into it)
        shift = len(original) - len(original.lstrip())
        own = {
            (e.o_start - shift, e.o_end - shift, e.correction)
            for e in alignment.extract_edits(original, corrected.strip())
        }
        for name, ours, theirs in (("compatible", compatible, by_token), ("translit", own, by_char)):
            counts = totals[name]
            counts[0] += len(ours)
            counts[1] += len(theirs)
            counts[2] += len(ours & theirs)
            counts[3] += ours != theirs
    result = {"system": system, "test_set": year, "lines": lines}
    for name, (ours, theirs, common, differing) in totals.items():
        result[name] = agreement(ours, theirs, common) | {"lines_differing": differing}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
