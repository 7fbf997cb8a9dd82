"""Inputs and checks shared by the tests and the benchmarks (the fuzz campaign runs the tests' checks on
many more inputs); kept out of both so that neither imports the other.
"""

from __future__ import annotations

import io
import sys

from translit.apply import apply_edits
from translit.cli import main
from translit.gazetteer import Abbreviation, Entry
from translit.pipeline import CleanResult

#: A tiny gazetteer of real entities with only the forms the rule tests need (tests/rules/tiny.py), so
#: that a test fails for the rule it names and not because the full gazetteer changed; the fuzz campaign
#: layers random user glossaries on it.
ENTRIES = (
    Entry("ukraine", "Ukraine", "country", country="UA", mentions=("Ukrainian",), chinese=("烏克蘭",)),
    Entry("uzbekistan", "Uzbekistan", "country", country="UZ", mentions=("Uzbek",)),
    Entry("uruguay", "Uruguay", "country", country="UY", mentions=("Uruguayan",)),
    Entry("russia", "Russia", "country", country="RU", mentions=("Russian",)),
    Entry("israel", "Israel", "country", country="IL", mentions=("Israeli",)),
    Entry("palestine", "Palestine", "country", country="PS", mentions=("Palestinian",)),
    Entry("pakistan", "Pakistan", "country", country="PK", mentions=("Pakistani",)),
    Entry("us", "United States", "country", country="US", short=("US",), mentions=("American",)),
    Entry("china", "China", "country", country="CN", mentions=("Chinese",)),
    Entry("gaza", "Gaza", "region", country="PS"),
    Entry("tashkent", "Tashkent", "city", country="UZ"),
    Entry("donetsk-oblast", "Donetsk Oblast", "region", country="UA"),
    Entry("donetsk", "Donetsk", "city", country="UA", region="donetsk-oblast"),
    Entry("kramatorsk", "Kramatorsk", "city", country="UA", region="donetsk-oblast"),
    Entry("sloviansk", "Sloviansk", "city", country="UA", region="donetsk-oblast"),
    Entry("druzhkivka", "Druzhkivka", "city", country="UA", region="donetsk-oblast"),
    Entry("kyiv", "Kyiv", "city", country="UA", alternates=("Kiev",), protected=("chicken Kiev",)),
    Entry("luhansk", "Luhansk", "city", country="UA", alternates=("Lugansk",)),
    Entry("haidai", "Serhiy Haidai", "person", country="UA", short=("Haidai",)),
    Entry("zelenskyy", "Volodymyr Zelenskyy", "person", country="UA", short=("Zelenskyy",),
          variants=("Zelensky",)),
    Entry("harris", "Kamala Harris", "person", country="US", short=("Harris",), chinese=("賀錦麗",)),
    Entry("lai", "Lai Ching-te", "person", country="TW", short=("Lai",), chinese=("賴清德",)),
)  # fmt: skip
ABBREVIATIONS = (
    Abbreviation("烏", ("U", "Wu"), ("ukraine", "uzbekistan", "uruguay")),
    Abbreviation("巴", (), ("palestine", "pakistan")),
    Abbreviation("以", (), ("israel",)),
    Abbreviation("美", (), ("us",), ("US",), ("American",)),
    Abbreviation("中", (), ("china",)),
    Abbreviation("俄", (), ("russia",)),
    Abbreviation("美中", ("Meizhong", "Mei-Zhong"), ("us", "china")),
    Abbreviation("以巴", ("Yi-Ba",), ("israel", "palestine")),
    Abbreviation("俄烏", ("Ewu",), ("russia", "ukraine")),
)
#: Pieces that trigger every rule, mixed with text that must survive untouched.
TRIGGERS = [
    "Kiev", "Kyiv", "Udong", "Unan and Udong", "Udonetsk", "Lugansk", "Luhansk", "Ukraine", "Ukrainian",
    "eastern Uzbekistan", "Zelensky", "Volodymyr Zelenskyy", "Kramatorsk and Kramatorsk", "Sloviansk",
    "Serhiy Haidai", "Heday", ". .”", ",,", "\n\nRead more\n\n", "Advertisement", "chicken Kiev", "said.",
]  # fmt: skip
#: Characters and sequences where code points, UTF-16 units, bytes and graphemes disagree.
HARD = [
    "\r\n", "\r", "\n\n", "\ufeff", "\x00", "\t", "\u00a0", "\u2028", "\u2029", "\u200b", "\u200d",
    "👩‍👩‍👧", "🇺🇦", "👍🏽", "𝔘𝔡𝔬𝔫𝔤", "\U0002a6a5", "e\u0301", "К\u0301иев", "עברית", "العربية", "\u202eKiev\u202c",  # noqa: E501
    "乌克兰", "烏東", "Ｋｉｅｖ", "Ǆ", "ß", "İ",
]  # fmt: skip


def check_result(text: str, result: CleanResult) -> None:
    """Offsets, replay and byte identity of one clean result; an ``AssertionError`` says which failed."""
    cursor, position = 0, 0
    for edit in result.edits:  # sorted, never overlapping
        assert cursor <= edit.start <= edit.end <= len(text)
        assert text[edit.start : edit.end] == edit.original
        gap = text[cursor : edit.start]
        assert result.text[position : position + len(gap)] == gap  # untouched text: identical
        position += len(gap) + len(edit.replacement)
        cursor = edit.end
    assert result.text[position:] == text[cursor:]
    assert apply_edits(text, result.edits) == result.text
    assert result.text.encode("utf-8").decode("utf-8") == result.text
    for finding in result.skipped:  # left alone, and pointing into the input like the edits
        assert 0 <= finding.start <= finding.end <= len(text)
        assert text[finding.start : finding.end] == finding.original


def run_cli(data: bytes, *argv: str) -> tuple[int, str, list[str]]:
    """``translit ARGV`` in this process with ``data`` on stdin: (exit code, stdout, stderr lines)."""
    streams = io.TextIOWrapper(io.BytesIO(data)), io.TextIOWrapper(io.BytesIO()), io.StringIO()
    saved = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = streams
    try:
        code = main(list(argv))
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
    streams[1].flush()
    return code, streams[1].buffer.getvalue().decode("utf-8"), streams[2].getvalue().splitlines()
