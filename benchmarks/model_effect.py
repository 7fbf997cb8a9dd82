"""What the re-scoring model changes on real text: every WMT reference and system output, cleaned with
and without the shipped model, in documents of :data:`DOCUMENT_LINES` consecutive lines (so the rules
see an article's worth of evidence, as they would in a newsroom).

    python benchmarks/model_effect.py

Prints the documents whose cleaned text differs, with the edits only one side made, and the totals.
Reads ``../shared/data/wmt`` (or ``$TRANSLIT_SHARED``); the model is the one shipped in the package.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import translit  # noqa: E402
from benchmarks.common import MissingData, read_lines, test_sets  # noqa: E402
from translit.config import DEFAULT_MODEL  # noqa: E402
from translit.edits import Edit  # noqa: E402

DOCUMENT_LINES = 20


def main() -> None:
    try:
        folders = test_sets()
    except MissingData as error:
        print(f"skipped: {error}")
        return
    without = translit.load_pipeline(translit.Config(house_style=False))
    with_model = translit.load_pipeline(translit.Config(house_style=False, model=DEFAULT_MODEL))
    for kind, pattern in (("references", "ref.*.en"), ("system outputs", "hyp/*.en")):
        documents = ambiguous = differing = 0
        for folder in folders:
            for path in sorted(folder.glob(pattern)):
                lines = read_lines(path)
                for first in range(0, len(lines), DOCUMENT_LINES):
                    text = "\n".join(lines[first : first + DOCUMENT_LINES])
                    documents += 1
                    ambiguous += sum(len(f.candidates) > 1 for f in without.detect(text))
                    plain, rescored = without.clean(text), with_model.clean(text)
                    if plain.text != rescored.text:
                        differing += 1
                        where = f"{path.relative_to(folder.parent)}:{first + 1}-{first + DOCUMENT_LINES}"
                        print(
                            f"{where}: model only {describe(rescored.edits, plain.edits)}; "
                            f"priors only {describe(plain.edits, rescored.edits)}"
                        )
        print(
            f"{kind}: {documents} documents of {DOCUMENT_LINES} lines, {ambiguous} findings with more than "
            f"one candidate, {differing} documents cleaned differently with the model"
        )


def describe(edits: tuple[Edit, ...], others: tuple[Edit, ...]) -> str:
    only = [f"{e.original!r} -> {e.replacement!r} ({e.score:.2f})" for e in edits if e not in others]
    return ", ".join(only) or "nothing"


if __name__ == "__main__":
    main()
