"""The copy editor's review: a self-contained HTML page of the edits, and replay of the accepted ones.

>>> from translit.review import review_page
>>> page = review_page([("a.txt", "Officials in Kiev said so.")])
>>> 'data-start="13" data-end="17"' in page and "<del class=\\"old\\">Kiev</del>" in page
True
"""

from __future__ import annotations

from collections.abc import Iterable

from translit import markup
from translit.api import load_pipeline
from translit.config import Config
from translit.review.export import ReviewedDocument, pair_documents, read_export, replay
from translit.review.page import render_page

__all__ = ["ReviewedDocument", "pair_documents", "read_export", "replay", "review_page"]


def review_page(
    named_texts: Iterable[tuple[str, str]], config: Config | None = None, input: str = "auto"
) -> str:
    """Clean each ``(path, text)`` (read as ``input``; ``auto`` guesses by path) and render the review page."""
    pipeline = load_pipeline(config)
    documents, skipped = [], []
    for path, text in named_texts:
        input_format = markup.guess_format(text, path) if input == "auto" else input
        result = markup.clean(pipeline, text, input_format)
        documents.append(ReviewedDocument(path, input_format, text, result.edits))
        skipped.append(result.skipped)
    return render_page(documents, skipped, pipeline.signature())
