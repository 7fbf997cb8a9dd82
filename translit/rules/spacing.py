"""Spaces the MT pipeline drops or adds: "said.The", "anti -drone", "( 1,200 people)", "(May 2)The",
"Taiwan ’s", "Yan 'an", "caseGao Jin Sumei".

Seven shapes, each one correct English never has:
- no space after a sentence's full stop, question mark or exclamation mark: a word of two lower-case
  letters or a number of two digits, the mark, then a capitalized word ("said.The", "2024.Officials",
  "on behalf of Li?She"), unless a name stands before the mark and no function word after it (a name
  written with a dot or a "!": "Gazeta.Ru", "Yahoo!Finance"; a month or a weekday is no name's: "in
  April.Taiwan will");
- a space before a hyphen and none after it, inside a compound ("anti -drone", "do -it-yourself");
- a space just inside a pair of brackets ("( 1,200 people)", "(AFP )");
- no space between a closing bracket and the capitalized word after it, where the brackets hold a
  phrase or an acronym ("on Tuesday (May 2)The vote", "(reporter Li Ming)Officials said", "(AFP)The");
- a space before a possessive "’s" ("Taiwan ’s ministry", "the People 's Congress");
- a space before the apostrophe that parts a pinyin name's syllables ("Yan 'an", "Xi ’an"), where the
  gazetteer knows the name so written ("Yan'an");
- a name the gazetteer knows glued to the word before it ("candidatesHou Youyi", "the caseGao Jin Sumei"),
  or a known name glued to a function word after it ("Li JiachaoIn the video"): a page scraped with its
  line breaks or spaces lost. Only a name of two words or more that the gazetteer holds in exactly that
  spelling counts, after a word's lower-case letters: brand names join a word and a capitalized one
  ("easyJet", "iPhone", "McDonald") but never before a known full name.

What they must not touch: abbreviations and initials ("U.S.", "Ph.D.", "J.K.Rowling" have no two
lower-case letters before the stop), decimals and versions (no capital after the stop), domain names
and e-mail addresses (a token holding "/", "@" or another full stop), command-line options ("the -o
option": a one-letter or non-word tail, or a determiner before it), a dash used as a parenthesis ("style
-that is": a function word after it), a suspended hyphen ("pre- and post-war": the space is after the
hyphen), list items (a hyphen that starts a line), and emoticons (brackets around no word); after a
closing bracket, a word completed by the brackets ("(Un)Official", "(s)He": one word, no acronym, or a
letter before the opening one) and numbered items ("(43)The", which a list may write so); before "’s",
a quoted letter ("the ’s’ ending").

Linear in the input: each shape is one search for a rare literal ("." before a letter, "-" after a space,
a bracket, "’" after a space, a capital after a lower-case letter in the text's capital image); a match is
checked by looking at a bounded neighbourhood (one token, a word either side), or, for a bracket's partner,
at the stretch up to the next bracket or line break, so that no stretch is read twice.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from translit.edits import Candidate, Finding
from translit.gazetteer.words import zipf
from translit.rules.context import ACRONYM, FUNCTION_WORD_ZIPF, MONTHS, WEEKDAYS
from translit.rules.rule import Rule

if TYPE_CHECKING:
    from translit.document import Document

#: A space missing after a full stop before a capitalized word: the shape only MT (or a lost line
#: break) makes, once tokens with "/", "@" or inner full stops are set aside.
MISSING_SPACE = 0.95
#: A space before a hyphen inside a compound of two words.
SPACED_HYPHEN = 0.9
#: A space just inside a bracket.
SPACED_BRACKET = 0.9
#: No space between a closing bracket and a capitalized word, after a phrase or an acronym in brackets.
GLUED_BRACKET = 0.9
#: A space between a word and the possessive "’s" after it.
SPACED_POSSESSIVE = 0.9
#: A space between the syllables of a known name that an apostrophe parts ("Yan 'an").
SPACED_SYLLABLE_MARK = 0.9
#: A known name of two words or more glued to a lower-case word before it, or a known name glued to a
#: function word after it.
GLUED_NAME = 0.9

# Each pattern starts with a rare literal, which the regex engine finds by a fast search (the hyphen's looks
# back for the space before it): a pattern that starts with a character class, or with a space, is tried
# at nearly every character and costs more than all of these together.
#: A sentence's end before a letter, one pattern per mark: each starts with its literal.
_SENTENCE_ENDS_BEFORE_WORD = tuple(re.compile(rf"\{mark}(?=[^\W\d_])") for mark in ".?!")
_MARK_NAMES = {".": "full stop", "?": "question mark", "!": "exclamation mark"}
#: A hyphen (the match) after a space, before a letter.
_SPACE_HYPHEN = re.compile(r"-(?<= -)(?=[^\W\d_])")
_WORD_BEFORE = regex.compile(r"(?r)(?<![\p{L}\d])[\p{L}\d]+(?=[ \t]*\Z)")
_WORD_AFTER = regex.compile(r"\p{Ll}+\b")
_CAPITALIZED_WORD = regex.compile(r"\p{Lu}\p{Ll}*")
_COMPOUND_REST = regex.compile(r"(?:-[\p{L}\d]+)*")
#: Where a token (a run of non-space characters) around a full stop is a domain, path, address or query
#: ("page?Ref=Top").
#: (An inner full stop only where a word goes on after it: "door.Thanks." ends a sentence, no address.)
_ADDRESS_MARK = regex.compile(r"[/@\\=]|www\.|\.\w+\.\w")
_OPENS_A_WORD = regex.compile(r"[\p{L}\p{N}$£€¥\"“‘']")
_CLOSES_A_WORD = regex.compile(r"[\p{L}\p{N}%.”\"’']")
_NEXT_BRACKET = regex.compile(r"[()\n\r]")
#: The lower-case letters of a word before a glued capital: at least two ("iPhone", "eBay" have one).
_LOWER_CASE_BEFORE = re.compile(r"(?<![A-Za-z])[A-Za-z]?[a-z]{2,}\Z")
#: Up to four capitalized ASCII words from a glued capital, each ending where a capital follows a
#: lower-case letter again ("Hou YouyiZhao" -> "Hou Youyi"), joined by a space or a hyphen.
_NAME_AFTER = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){1,3}")
#: Up to three capitalized ASCII words ending at a glued capital ("Li JiachaoIn" -> "Li Jiachao").
_NAME_BEFORE = regex.compile(r"(?r)(?<![A-Za-z])[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){1,2}\Z")
#: Where a word of those starts: a word and the space or hyphen before it go together ("Hou", " Youyi").
_WORD_STARTS = re.compile(r"(?=[ -][A-Za-z])")
_WORD_BREAKS = re.compile(r"[ -]")
#: Words each capitalized after a space (a hyphen may join a lower-case syllable: "Ing-wen").
_CAPITALIZED_WORDS = re.compile(r"[A-Z][a-z]*(?:(?: [A-Z]|-[A-Za-z])[a-z]*)*")
#: A capitalized word after a glued capital, with the space after it.
_WORD_AFTER_GLUE = re.compile(r"([A-Z][a-z]*) [a-z]")
_PREVIOUS_BRACKET = regex.compile(r"(?r)[()\n\r]")
#: Words that never start a compound before a hyphen: a determiner, conjunction or pronoun before " -x"
#: makes the hyphen an option flag or a dash ("the -o option", "and -that").
_NOT_A_COMPOUND_HEAD = frozenset(
    """
    a an the this that these those its his her their our your my each every any some no
    and or but nor than unless if whether while because as
    it he she they we you i me him them us
    """.split()
)
#: Words that never end a compound after a hyphen ("style -that is, ..." is a dash, not a compound).
_NOT_A_COMPOUND_TAIL = _NOT_A_COMPOUND_HEAD | frozenset(
    """
    is are was were be been being am does did has have had will would shall should can could may
    might must which who whom whose what where when why how there here not so too also just then
    of to at for from with into onto upon about under
    """.split()
)
#: Capitalized words that open a sentence and never go on a name written with a dot ("Gazeta.Ru",
#: "Kostroma.Today"): questions, connectives, titles, quantifiers and the words MT of Chinese news starts
#: its sentences with ("Germany.Does that mean", "Taipei.According to", "Portland.Mr. Savage said",
#: "Istanbul.Dozens of").
_SENTENCE_OPENERS = frozenset(
    """
    does did do is are was were has have had will would can could should may might must
    according however meanwhile moreover furthermore therefore thus although though despite while
    whereas since because also yet still besides otherwise previously currently earlier later
    additionally alternatively finally first second third last next then now instead nevertheless
    nonetheless accordingly consequently subsequently recently
    mr mrs ms dr dozens hundreds thousands millions many several some most few
    two three four five six seven eight nine ten
    """.split()
)
#: Month and weekday names: a name written with a dot never starts with one, so one before a glued full
#: stop ends a sentence ("in April.Taiwan will raise").
_CALENDAR_WORDS = frozenset(word.lower() for word in MONTHS | WEEKDAYS)
#: A space and a possessive "’s" (either apostrophe), found from the apostrophe with a look back for the
#: space: the engine's search for the rare apostrophe is several times faster than ``str.find`` of
#: " 's", which finds the common space first.
_SPACED_POSSESSIVES = tuple(re.compile(f"{apostrophe}(?<= {apostrophe})s") for apostrophe in "’'")
#: A space and an apostrophe before a syllable that starts with a vowel that pinyin parts so ("Yan 'an").
_SPACED_SYLLABLE_MARKS = tuple(re.compile(f"{apostrophe}(?<= {apostrophe})[aeo]") for apostrophe in "’'")
#: The syllables after the apostrophe, to the word's end ("an", "anmen").
_SYLLABLES_AFTER = regex.compile(r"\p{Ll}+(?![\p{L}\p{N}'’])")
#: How far back the syllables before the apostrophe are looked for ("Huai", "Tian").
LONGEST_SYLLABLES = 12
#: What may follow the "s" of a possessive: not a letter, a digit or a quote closing a quoted "’s".
_GOES_ON_A_WORD = regex.compile(r"[\p{L}\p{N}_’']")
#: The particles that end phrasal compounds ("run -up", "clip -on", "upside -down", "make -up"), after an
#: English word that is no function word ("then -up" is a dash, "x509 -in" an option flag).
_COMPOUND_PARTICLES = frozenset("do in on over up down out off".split())
#: Prefixes written with a hyphen, never a word before an option flag: any word after one is the
#: compound's tail, however rare ("multi -octet", "auto -reconnects").
_PREFIXES = frozenset(
    "anti pro multi non semi pre post sub inter intra ultra mega micro mini auto cross counter pseudo quasi".split()
)
#: The shortest tail a prefix takes ("non -ai" is no compound we can vouch for).
MIN_PREFIXED_TAIL = 3
#: A compound's tail must be an English word at least this common (wordfreq's Zipf scale): option
#: flags ("-fname", "-cec") are not.
TAIL_WORD_ZIPF = 2.5


def find_spacing(document: Document) -> Iterator[Finding]:
    yield from _missing_spaces(document)
    yield from _spaced_hyphens(document)
    yield from _spaced_brackets(document)
    yield from _glued_after_brackets(document)
    yield from _spaced_possessives(document)
    yield from _spaced_syllable_marks(document)
    yield from _glued_names(document)


def _missing_spaces(document: Document) -> Iterator[Finding]:
    text = document.text
    ends = [m for pattern in _SENTENCE_ENDS_BEFORE_WORD for m in pattern.finditer(text)]
    for match in sorted(ends, key=lambda m: m.start()) if len(ends) > 1 else ends:
        stop = match.start()
        if not _ends_a_sentence(text, stop) or not _starts_a_sentence(text, stop + 1):
            continue
        if _ADDRESS_MARK.search(_token_around(text, stop)) or _is_dotted_name(text, stop):
            continue
        reason = f"a sentence's {_MARK_NAMES[match.group()]} with no space before the next sentence"
        yield _finding(document, stop + 1, stop + 1, " ", reason, MISSING_SPACE)


def _ends_a_sentence(text: str, stop: int) -> bool:
    """Two lower-case letters or two digits before the mark: a word or a number, not an initial."""
    before = text[max(0, stop - 2) : stop]
    return len(before) == 2 and (before.isdigit() or (before.isalpha() and before.islower()))


def _is_dotted_name(text: str, stop: int) -> bool:
    """A name before the mark and no function word after it: a name written with a dot or a "!"
    ("Gazeta.Ru", "Diia.Business", "Kostroma.Today reported", "Yahoo!Finance") rather than two sentences run together,
    which usually go on with a determiner, a pronoun or a connective ("Tokyo.The talks", "Seoul.He said",
    "Taipei.According to")."""
    before = _WORD_BEFORE.search(text, max(0, stop - 40), stop)
    after = _CAPITALIZED_WORD.match(text, stop + 1)
    if not (before and before.group()[0].isupper() and after) or before.group().lower() in _CALENDAR_WORDS:
        return False
    word = after.group().lower()
    return word not in _SENTENCE_OPENERS and zipf(word) < FUNCTION_WORD_ZIPF


def _starts_a_sentence(text: str, start: int) -> bool:
    """A capital and a lower-case letter: a capitalized word, not an abbreviation or a file extension."""
    word = text[start : start + 2]
    return len(word) == 2 and word[0].isupper() and word[1].islower()


def _spaced_hyphens(document: Document) -> Iterator[Finding]:
    text = document.text
    for match in _SPACE_HYPHEN.finditer(text):
        hyphen = match.start()
        head = _WORD_BEFORE.search(text, max(0, hyphen - 40), hyphen)
        tail = _WORD_AFTER.match(text, hyphen + 1)
        if not head or not tail or head.group().lower() in _NOT_A_COMPOUND_HEAD:
            continue
        word = tail.group()
        # "do -it-yourself", "pen -and-paper": inside a longer compound, a function word is a part of it
        in_compound = text[tail.end() : tail.end() + 1] == "-" and zipf(word) >= TAIL_WORD_ZIPF
        if not (in_compound or _is_compound_tail(word, head.group())) or text[head.end() : hyphen].strip(
            " \t"
        ):
            continue
        rest = _COMPOUND_REST.match(text, tail.end()).group()  # type: ignore[union-attr]  # always matches
        reason = f"a space before the hyphen of the compound '{head.group()}-{word}{rest}'"
        yield _finding(document, head.end(), hyphen, "", reason, SPACED_HYPHEN)


def _is_compound_tail(word: str, head: str) -> bool:
    if head.lower() in _PREFIXES:
        return len(word) >= MIN_PREFIXED_TAIL  # "multi -octet", "non -doored": a prefix takes any word
    if word in _COMPOUND_PARTICLES:  # a verb before it: "make -up", "run -up"; never "then -up"
        return head.isalpha() and head.lower() not in _NOT_A_COMPOUND_TAIL and zipf(head) >= TAIL_WORD_ZIPF
    return len(word) >= 2 and word not in _NOT_A_COMPOUND_TAIL and zipf(word) >= TAIL_WORD_ZIPF


def _spaced_brackets(document: Document) -> Iterator[Finding]:
    """A space after "(" whose ")" follows on the same line, or before ")" whose "(" precedes it."""
    text = document.text
    for opening in _positions(text, "("):
        if text[opening + 1 : opening + 2] != " ":
            continue
        end = _end_of_spaces(text, opening + 1)
        if end < len(text) and _OPENS_A_WORD.match(text[end]) and _closes_on_line(text, opening):
            yield _finding(document, opening + 1, end, "", "a space after an opening bracket", SPACED_BRACKET)
    for closing in _positions(text, ")"):
        if text[closing - 1 : closing] != " ":
            continue
        start = _start_of_spaces(text, closing)
        if start > 0 and _CLOSES_A_WORD.match(text[start - 1]) and _opens_on_line(text, closing + 1):
            yield _finding(document, start, closing, "", "a space before a closing bracket", SPACED_BRACKET)


def _glued_after_brackets(document: Document) -> Iterator[Finding]:
    """A capitalized word right after ")", where the brackets, opened on the same line after a space or at
    the line's start, hold a phrase or an acronym."""
    text = document.text
    for closing in _positions(text, ")"):
        if not _starts_a_sentence(text, closing + 1):
            continue
        opening = _PREVIOUS_BRACKET.search(text, 0, closing)
        if opening is None or opening.group() != "(" or not _starts_a_word(text, opening.start()):
            continue
        inside = text[opening.end() : closing].strip(" \t")
        if " " in inside or ACRONYM.fullmatch(inside):  # a phrase, or an agency or a party ("(AFP)")
            yield _finding(
                document,
                closing + 1,
                closing + 1,
                " ",
                "a word glued to the closing bracket before it",
                GLUED_BRACKET,
            )


def _spaced_possessives(document: Document) -> Iterator[Finding]:
    """Spaces between a word and its possessive "’s" (either apostrophe)."""
    text = document.text
    for pattern in _SPACED_POSSESSIVES:
        for match in pattern.finditer(text):
            space = match.start() - 1
            start = _start_of_spaces(text, space)
            if start == 0 or not text[start - 1].isalpha() or _GOES_ON_A_WORD.match(text, match.end()):
                continue
            yield _finding(
                document,
                start,
                space + 1,
                "",
                f"a space before the possessive {match.group()}",
                SPACED_POSSESSIVE,
            )


def _spaced_syllable_marks(document: Document) -> Iterator[Finding]:
    """Spaces before the apostrophe that parts two syllables of a name the gazetteer knows so written:
    in pinyin only a syllable that starts with "a", "e" or "o" takes one ("Yan'an", "Xi'an")."""
    text = document.text
    for pattern in _SPACED_SYLLABLE_MARKS:
        for match in pattern.finditer(text):
            space = match.start() - 1
            start = _start_of_spaces(text, space)
            before = _WORD_BEFORE.search(text, max(0, start - LONGEST_SYLLABLES), start)
            after = _SYLLABLES_AFTER.match(text, match.start() + 1)
            if not before or not after or not before.group()[0].isupper():
                continue
            name = f"{before.group()}{match.group()[0]}{after.group()}"
            if document.gazetteer.lookup(name):
                reason = f"a space before the apostrophe that parts the syllables of {name!r}"
                yield _finding(document, start, space + 1, "", reason, SPACED_SYLLABLE_MARK)


def _glued_names(document: Document) -> Iterator[Finding]:
    text = document.text
    for glue in document.glued_capitals:
        name = _known_name_after(document, glue) or _known_name_before(document, glue)
        if name and not _ADDRESS_MARK.search(_token_around(text, glue)):
            reason = f"a space lost beside the name '{name}'"
            yield _finding(document, glue, glue, " ", reason, GLUED_NAME)


def _known_name_after(document: Document, glue: int) -> str | None:
    """The longest known name of two words or more that starts at ``glue``, after a word's lower-case
    letters."""
    text = document.text
    if not _LOWER_CASE_BEFORE.search(text, max(0, glue - 40), glue):
        return None
    found = _NAME_AFTER.match(text, glue)
    words = _WORD_STARTS.split(found.group()) if found else []
    return _known_name(document, ["".join(words[:count]) for count in range(len(words), 1, -1)])


def _known_name_before(document: Document, glue: int) -> str | None:
    """The known name of two or three words that ends at ``glue``, where a function word follows glued
    to it ("Li JiachaoIn the video", "Hong KongThe law")."""
    text = document.text
    after = _WORD_AFTER_GLUE.match(text, glue)
    if not after or zipf(after.group(1).lower()) < FUNCTION_WORD_ZIPF:
        return None
    found = _NAME_BEFORE.search(text, max(0, glue - 60), glue)
    words = _WORD_STARTS.split(found.group()) if found else []
    return _known_name(document, ["".join(words[first:]).lstrip(" -") for first in range(len(words) - 1)])


def _known_name(document: Document, candidates: list[str]) -> str | None:
    """The first of ``candidates`` that the gazetteer holds in exactly that spelling, or as the pinyin
    key that joins its syllables ("Gao Jin Sumei": "Gaojinsumei", 高金素梅) where each word is
    capitalized, as MT writes a name's syllables: "In a" of a restarted sentence ("theIn a sign") is no
    "Ina"."""
    lookup = document.gazetteer.lookup
    return next(
        (
            name
            for name in candidates
            if lookup(name)
            or (_CAPITALIZED_WORDS.fullmatch(name) and lookup(_WORD_BREAKS.sub("", name).capitalize()))
        ),
        None,
    )


def _positions(text: str, literal: str) -> Iterator[int]:
    """Where ``literal`` starts in ``text``: for a rare character, ``str.find`` (a ``memchr``) is several
    times faster than a regular expression's search."""
    at = text.find(literal)
    while at != -1:
        yield at
        at = text.find(literal, at + 1)


def _starts_a_word(text: str, offset: int) -> bool:
    return offset == 0 or text[offset - 1].isspace()


def _end_of_spaces(text: str, offset: int) -> int:
    while offset < len(text) and text[offset] in " \t":
        offset += 1
    return offset


def _start_of_spaces(text: str, offset: int) -> int:
    while offset > 0 and text[offset - 1] in " \t":
        offset -= 1
    return offset


def _closes_on_line(text: str, opening: int) -> bool:
    """Whether the "(" at ``opening`` has its ")" later on its line, with no other bracket between.

    The search stops at the next bracket, so the stretches searched never overlap: linear in all."""
    found = _NEXT_BRACKET.search(text, opening + 1)
    return found is not None and found.group() == ")"


def _opens_on_line(text: str, closing_end: int) -> bool:
    """Whether the ")" ending at ``closing_end`` has its "(" earlier on its line, with no other between."""
    found = _PREVIOUS_BRACKET.search(text, 0, closing_end - 1)
    return found is not None and found.group() == "("


def _token_around(text: str, offset: int) -> str:
    """The run of non-space characters holding ``offset`` (at most 100 characters either side)."""
    start = offset
    while start > 0 and offset - start < 100 and not text[start - 1].isspace():
        start -= 1
    end = offset
    while end < len(text) and end - offset < 100 and not text[end].isspace():
        end += 1
    return text[start:end]


def _finding(
    document: Document, start: int, end: int, replacement: str, reason: str, prior: float
) -> Finding:
    original = document.text[start:end]
    return Finding(start, end, original, "spacing", "spacing", (Candidate(replacement, reason, prior),))


RULE = Rule(
    name="spacing",
    find=find_spacing,
    emits=frozenset({"spacing"}),
    priors={
        "missing space after a full stop": MISSING_SPACE,
        "space before a compound's hyphen": SPACED_HYPHEN,
        "space inside a bracket": SPACED_BRACKET,
        "word glued to a closing bracket": GLUED_BRACKET,
        "space before a possessive": SPACED_POSSESSIVE,
        "space inside a name's syllable mark": SPACED_SYLLABLE_MARK,
        "space lost beside a known name": GLUED_NAME,
    },
)
