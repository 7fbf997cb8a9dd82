"""HTML and Markdown in, the same markup out: the corpora under ``markup_cases/`` and the invariants.

``markup.jsonl``: label, format, input, expected, types, outcome. ``protected.jsonl``: label, format, input,
expected and, for spans inside text (URLs, e-mail addresses, handles, hashtags, paths written in prose),
``needs``: those cases need the plain-text protection of ``translit.protect``; until it is installed they
are strict xfails, so that its arrival is noticed.
"""

import html
import importlib.util
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import translit
from translit.api import load_pipeline
from translit.apply import apply_edits
from translit.errors import InputError
from translit.markup import clean, detect, guess_format, projector
from translit.markup.placement import CROSSES_MARKUP, encode
from translit.markup.projection import Projection

CASES = Path(__file__).parent / "markup_cases"
HAS_PLAIN_PROTECTION = importlib.util.find_spec("translit.protect") is not None


def _load(name: str) -> list[dict]:
    return [json.loads(line) for line in (CASES / name).read_text(encoding="utf-8").splitlines()]


def _skeleton(projection: Projection) -> str:
    """The markup with its text taken out: what must come back byte-for-byte."""
    pieces, cursor = [], 0
    for piece in projection.pieces:
        pieces.append(projection.markup[cursor : piece.markup_start])
        cursor = max(cursor, piece.markup_end)
    return "".join(pieces) + projection.markup[cursor:]


def _check(case: dict) -> None:
    markup, input_format = case["input"], case["format"]
    result = clean(load_pipeline(), markup, input_format)
    assert result.text == case["expected"]
    if "types" in case:
        assert [edit.type for edit in result.edits] == case["types"]
    assert apply_edits(markup, result.edits) == result.text
    assert clean(load_pipeline(), result.text, input_format).edits == ()  # a fixed point
    if input_format == "html":
        project = projector("html")
        assert _skeleton(project(result.text)) == _skeleton(project(markup))


@pytest.mark.parametrize("case", [pytest.param(c, id=c["label"]) for c in _load("markup.jsonl")])
def test_markup_case(case):
    _check(case)


def _protected_parameter(case: dict) -> object:
    waiting = "needs" in case and not HAS_PLAIN_PROTECTION
    marks = [pytest.mark.xfail(strict=True, reason=f"needs {case['needs']}")] if waiting else []
    return pytest.param(case, id=case["label"], marks=marks)


@pytest.mark.parametrize("case", [_protected_parameter(c) for c in _load("protected.jsonl")])
def test_protected_spans_come_back_unchanged(case):
    _check(case)


def test_markup_offsets_point_into_the_markup():
    markup = '<p class="x">Shelling in Ud<em>ong</em> &amp; Kiev&rsquo;s suburbs ended.</p>'
    result = clean(load_pipeline(), markup, "html")
    [edit] = result.edits
    assert markup[edit.start : edit.end] == edit.original == "Kiev"
    [skipped] = [f for f in result.skipped if f.note == CROSSES_MARKUP]
    assert markup[skipped.start : skipped.end] == skipped.original == "Ud<em>ong"
    findings = detect(load_pipeline(), markup, "html")
    assert [markup[f.start : f.end] for f in findings] == ["Ud<em>ong", "Kiev"]


def test_a_dropped_edit_takes_the_other_fixes_of_its_entity_with_it():
    markup = (
        "<p>Heavy fighting continued in Lug<b>ansk</b>, and in Lugansk, the governor of Luhansk said.</p>"
    )
    result = clean(load_pipeline(), markup, "html")
    assert result.text == markup
    assert {f.original for f in result.skipped} >= {"Lug<b>ansk", "Lugansk"}


def test_replacements_are_re_encoded():
    projection = projector("html")("<p>Kiev&rsquo;s &lt;b&gt; council</p>")
    assert encode(projection, "Kyiv’s <b> & co") == "Kyiv&rsquo;s &lt;b&gt; &amp; co"
    markdown = projector("markdown")("Kiev *council*\n")
    assert encode(markdown, "a*b_c [d]") == "a&#42;b&#95;c &#91;d&#93;"


@pytest.mark.parametrize("input_format", ["html", "markdown"])
def test_projection_pieces_map_back(input_format):
    markup = _load("markup.jsonl")[5 if input_format == "html" else 16]["input"]
    projection = projector(input_format)(markup)
    assert "".join(projection.text[p.start : p.end] for p in projection.pieces) == projection.text
    for piece in projection.pieces:
        source = markup[piece.markup_start : piece.markup_end]
        if piece.exact:
            assert source == projection.text[piece.start : piece.end]
        elif not piece.synthetic:
            assert (
                source.lstrip("\\") == projection.text[piece.start : piece.end]
                or html.unescape(source) == (projection.text[piece.start : piece.end])
            )


def test_guess_format_rule():
    assert guess_format("<!doctype html><p>x</p>") == "html"
    assert guess_format("\ufeff  <html><p>x</p></html>") == "html"
    assert guess_format("<p>x</p>") == "text"  # a fragment could be prose about tags: ask for it
    assert guess_format("*x*", "story.markdown") == "markdown"
    assert guess_format("<!doctype html>", "story.txt") == "html"  # a suffix decides only when it is known


def test_library_front_door():
    result = translit.clean("<p>Officials in <b>Kiev</b> said so.</p>", input="html")
    assert result.text == "<p>Officials in <b>Kyiv</b> said so.</p>"
    assert [f.original for f in translit.detect("Talks in [Kiev](/Kiev)", input="markdown")] == ["Kiev"]
    with pytest.raises(InputError, match="unknown input format 'pdf'"):
        translit.clean("x", input="pdf")


_TEXT = st.sampled_from(
    ["Kiev", "Udong", "Lugansk", "Luhansk", " said.", "Read more", "Advertisement", "Europe. .", "&rdquo;",
     "&amp;", "&#39;", "AT&T", " ", "\n", "é", "👍🏽", "3 < 5", "Ki", "ev"]
)  # fmt: skip
_TAG = st.sampled_from(
    ["<p>", "</p>", "<b>", "</b>", "<br>", '<a href="/Kiev">', "</a>", "<div>", "</div>", "<h2>", "</h2>",
     "<!-- Kiev -->", "<code>Kiev</code>", '<span title="Udong">', "</span>", "<script>Kiev</script>"]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(_TEXT | _TAG, max_size=30))
def test_random_html_keeps_its_markup(parts):
    markup = "".join(parts)
    result = clean(load_pipeline(), markup, "html")
    assert apply_edits(markup, result.edits) == result.text
    project = projector("html")
    # whitespace is text, but a text node of whitespace alone is no piece of the projection: compare
    # the skeletons without it ("Read more\n" cleaned leaves "\n", which projects to no piece)
    assert "".join(_skeleton(project(result.text)).split()) == "".join(_skeleton(project(markup)).split())
    assert all(markup[f.start : f.end] == f.original for f in result.skipped)
