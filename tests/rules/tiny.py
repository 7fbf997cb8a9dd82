"""A tiny gazetteer, written for the rule tests: each test reads a rule's contract against facts it can see.

The entries are real entities, with only the forms the tests need, so that a test fails for the rule it
names and not because the full gazetteer changed.
"""

from translit.document import Document, read_document
from translit.edits import Finding
from translit.gazetteer import Abbreviation, Entry, Gazetteer
from translit.rules import RULES

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
GAZETTEER = Gazetteer(ENTRIES, ABBREVIATIONS)


def document(text: str) -> Document:
    return read_document(text, GAZETTEER)


def find(rule_name: str, text: str) -> list[Finding]:
    """The findings of one rule on ``text``, checked against the rule's declared contract."""
    rule = RULES[rule_name]
    findings = list(rule.find(document(text)))
    for finding in findings:
        assert finding.type in rule.emits, f"{rule_name} emitted {finding.type!r}"
        assert finding.rule == rule_name
        assert text[finding.start : finding.end] == finding.original
    return findings


def proposals(rule_name: str, text: str) -> list[tuple[str, str]]:
    """(original, best replacement) of each finding of one rule; "" stands for a deletion."""
    return [(f.original, best.replacement) for f in find(rule_name, text) if (best := f.best())]
