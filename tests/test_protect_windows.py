"""Protected spans found line by line are the spans found in the whole text (issue #18).

:class:`translit.protect.Protection` finds the protected spans only in the lines a finding touches, on
the ground that every finder is line-local (:class:`translit.protect.Protector`). These tests build
texts that put every finder's material (URLs, domains, e-mail addresses, handles, paths, backticks,
naming cues, quotation marks, odd cases) next to line breaks of every kind, and compare the windowed
answers with those read from the whole text.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from translit import protect
from translit.protect import Protection, find_protected_spans, find_protected_spans_in, overlapping

PIECES = (
    "http://kiev.ua/wiki/Kiev_(city)", "www.Kiev.com", "https://x.org/a).", "kiev.ua", "bbc.co.uk/news",
    "e.g.", "U.S.", "mail@kiev.ua", "@kyiv", "#Kiev", "#3", "/home/k/Kiev", "~/a/b", "docs/Kiev/a.pdf",
    "C:\\Users\\Kiev", "\\\\srv\\Kiev", "Kiev.pdf", ".PDF", "`", "``", "`Kiev`", "formerly spelled",
    "spelled", "known as", "a.k.a.", "the name", "is called", "town named", "renamed", "was renamed",
    "(now", "(formerly", "(", ")", "“", "”", "‘", "’", "'", '"', "«", "»", "「", "」", "Kiev", "Kyiv",
    "New York", "Lugansk", "ſpelled", "İ", "x", "and", "or", ",", ".", "/", "-",
)  # fmt: skip
SEPARATORS = (" ", " ", "", "\n", "\n\n", "\r\n", "\r", "\t", "\u2028", "\x0c", "\x85", ".", "-")


def texts() -> st.SearchStrategy[str]:
    part = st.tuples(st.sampled_from(PIECES), st.sampled_from(SEPARATORS))
    return st.lists(part, max_size=24).map(lambda parts: "".join(p + s for p, s in parts))


def lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text``, its line feed included."""
    starts = [0, *(i + 1 for i, c in enumerate(text) if c == "\n")]
    return [(start, end) for start, end in zip(starts, [*starts[1:], len(text)]) if end > start]


@settings(max_examples=600, deadline=None)
@given(texts())
def test_the_spans_of_the_lines_are_the_spans_of_the_text(text: str) -> None:
    while protect.spans_lines(text):
        text = text.replace("```", "``")  # a fenced block may span lines: such a text is read whole
    by_line = [span for start, end in lines(text) for span in find_protected_spans_in(text, start, end)]
    assert by_line == list(find_protected_spans(text))


@settings(max_examples=300, deadline=None)
@given(texts(), st.data())
def test_the_span_a_finding_overlaps_is_the_whole_text_s(text: str, data: st.DataObject) -> None:
    spans = find_protected_spans(text)
    starts = [span.start for span in spans]
    protection = Protection(text)
    pairs = [(s, e) for s in range(len(text) + 1) for e in range(s, min(len(text), s + 12) + 1)]
    for start, end in data.draw(st.lists(st.sampled_from(pairs), max_size=40)) if text else [(0, 0)]:
        assert protection.at(start, end) == overlapping(spans, starts, start, end), (start, end)


def test_a_fenced_code_block_protects_each_of_its_lines() -> None:
    text = "Before.\n```\nprint('Kiev')\nKiev\n```\nKiev after."
    middle = text.index("Kiev\n```")
    span = Protection(text).at(middle, middle + 4)
    assert span is not None and span.kind == "code" and text[span.start : span.end].count("\n") == 3
    after = text.rindex("Kiev")
    assert Protection(text).at(after, after + 4) is None


def test_a_finding_across_a_line_break_reads_both_lines() -> None:
    text = "See kiev.ua\nor the city formerly spelled Kiev.\nKiev again."
    protection = Protection(text)
    mentioned = text.index("Kiev.")
    assert protection.at(mentioned, mentioned + 4).kind == "mentioned name"  # type: ignore[union-attr]
    assert protection.at(text.index("ua"), text.index("or")).kind == "url"  # type: ignore[union-attr]
    assert protection.at(text.rindex("Kiev"), len(text)) is None
