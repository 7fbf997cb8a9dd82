"""The punctuation rule: slips of the MT pipeline that correct English never has, read as whole runs, and
the debris of HTML entities, of the Chinese full stop rendered as "Essence", and of lost apostrophes."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translit import clean
from translit.rules import html_entities
from translit.rules.punctuation import _anchors, _run_around

from .tiny import find, proposals


@pytest.mark.parametrize(
    ("text", "slip"),
    [
        ("The ministers met in Brussels. .”", " .”"),  # the quote closes nothing
        ("“We will rebuild the bridge. .”", " ."),  # the quote closes the opening one: kept
        ("The mayor said,, adding more.", ","),
        ("Talks resume on Monday.。", "。"),
        ("The plan was approved ,.", " ,"),
        ("The plan was approved,.", ","),  # a comma before the full stop
        ("He said so. ..", " .."),
        ("Really? . Then it rained.", " ."),  # a stray period after a question mark
    ],
)
def test_slips_are_deleted(text, slip):
    assert proposals("punctuation", text) == [(slip, "")]


@pytest.mark.parametrize(
    ("text", "space"),
    [
        ("Fees rose , the report said.", " "),  # a space before a comma
        ("Fees rose by a third .", " "),  # a space before a sentence's full stop
        ('She said it was over ."', " "),
        ("The mission reached the U.S. , where it stayed.", " "),  # after an abbreviation's own stop
    ],
)
def test_a_space_before_a_comma_or_full_stop_is_deleted(text, space):
    assert proposals("punctuation", text) == [(space, "")]


def test_a_chinese_full_stop_in_english_becomes_a_period():
    assert proposals("punctuation", "Talks resume on Monday。 Both agreed.") == [("。", ".")]
    assert proposals("punctuation", "Talks resume on Monday。Both agreed.") == [("。", ". ")]
    assert proposals("punctuation", "They met, then parted，as planned.") == [("，", ", ")]


@pytest.mark.parametrize(
    ("text", "run", "kept"),
    [
        ("Officials said so,,,,,.", ",,,,,", ""),
        ("Officials said so.。。。。。", "。。。。。", ""),
        ("Officials said so. ,. ,. ,. ,. ,.", " ,. ,. ,. ,. ,.", ""),
        ("Kyiv。。。。。", "。。。。。", "."),
        ("Donetsk,,,. . Then it stopped.", ",,,. ", ""),
    ],
)
def test_w4_a_run_of_slips_is_one_finding(text, run, kept):
    assert proposals("punctuation", text) == [(run, kept)]


@pytest.mark.parametrize(
    "text",
    [
        "Officials said so,,,,,.",
        "Officials said so.。。。。。",
        "Officials said so. ,. ,. ,. ,. ,.",
        "Kiev。。。。。",
        "Donetsk,,,. . ",
        "They left , , , . , . Then the rain came.",
    ],
)
def test_w4_cleaning_removes_a_whole_run_in_one_go(text):
    once = clean(text)
    assert clean(once.text).edits == ()


@pytest.mark.parametrize(
    "text",
    [
        "He paused . . . and went on.",  # a spaced ellipsis
        "It was cold.. and wet.",  # a clipped ellipsis (MT of ……)
        "Wait... and see.",
        "Wait…, she said.",
        "The U.S., Japan and the U.K. agreed.",  # an abbreviation's full stop before a comma
        "Acme Inc., its rival and Ph.D. students met at 9 a.m., as planned.",
        "Prices rose 3.5% in 2024, to 1,200 yuan.",
        "Visit news.example.com or write to desk@news.example.com today.",
        "The .45 caliber pistol and the .NET framework were listed.",
        "“Why?,” she asked.",
        "Done.",
    ],
)
def test_correct_punctuation_is_left_alone(text):
    assert proposals("punctuation", text) == []


def test_chinese_text_quoted_in_english_is_left_alone():
    assert proposals("punctuation", "The sign read 你好，世界。 in red.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the so-called & quot; engineered drugs & quot; spread", [("& quot; ", '"'), (" & quot;", '"')]),
        ("Prices rose quot;sharply", [("quot;", '"')]),
        ("the &amp;nbsp; day", [("&amp;nbsp; ", "")]),  # between two spaces: the space is there already
        ("the&nbsp;day", [("&nbsp;", " ")]),
        ("AT&amp;T said", [("&amp;", "&")]),
        ("He waited hellip; then left.", [("hellip;", "...")]),
        ("She said “yes&quot; and left.", [("&quot;", "”")]),  # the style of the quote it closes
        # an apostrophe spaced off its word takes the spaces: one word again
        ("The Party & apos; s plan", [(" & apos; ", "'")]),
        ("We don & #39; t know.", [(" & #39; ", "'")]),
        ("It&apos;s late.", [("&apos;", "'")]),
        ("He said & apos; sorry & apos; twice.", [("& apos;", "'"), ("& apos;", "'")]),  # quotes, no clitic
    ],
)
def test_html_entities_become_what_they_stand_for(text, expected):
    assert proposals("punctuation", text) == expected


def test_an_ellipsis_entity_takes_the_documents_style():
    assert proposals("punctuation", "It stopped… Then hellip; it rained.") == [("hellip;", "…")]
    # no ellipsis in the document: its other marks decide, else straight quotes and three periods
    assert proposals("punctuation", "The mayor’s aide — a lawyer — waited hellip; then left.") == [
        ("hellip;", "…")
    ]
    assert proposals("punctuation", "The mayor's aide waited hellip; then left.") == [("hellip;", "...")]
    assert proposals("punctuation", "The mayor’s aide said quot;no&quot; twice.") == [
        ("quot;", "“"),
        ("&quot;", "”"),
    ]


@pytest.mark.parametrize(
    "text",
    ["Use a semicolon; then a quote.", "R&D and Q&A; AT&T", "The amp; the guitar"],
)
def test_semicolons_and_ampersands_in_prose_are_left_alone(text):
    assert proposals("punctuation", text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks ended in Tokyo.Essence The sides met.", [(".Essence", ".")]),
        ("Talks ended in Tokyo.EssenceThe sides met.", [(".Essence", ". ")]),
        ("The talksEssenceThe sides met.", [("Essence", ". ")]),
        ("Talks ended in Tokyo. Essence The sides met.", [("Essence ", "")]),
        ("Talks ended. Essence The German side left.", [("Essence ", "")]),  # an article, then a name
        ("Talks ended. Essence In Geneva, aides left.", [("Essence ", "")]),  # a preposition, then a name
        # the debris glued once: the pipeline read every 。 so, and any sentence may follow it spaced
        (
            "Talks ended in Tokyo.Essence The sides met. Essence Critics doubted it.",
            [(".Essence", "."), ("Essence ", "")],
        ),
    ],
)
def test_essence_between_sentences_is_a_chinese_full_stop(text, expected):
    assert proposals("punctuation", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The concert ended. Essence Festival organizers thanked the crowd.",  # a name
        "The panel met. Essence Critics Circle members voted.",  # no debris elsewhere to say it is one
        "Essence magazine ran the story.",
        "The essence of the deal is trust.",
        "Time is of the Essence, he wrote.",
    ],
)
def test_the_word_essence_in_prose_is_left_alone(text):
    assert proposals("punctuation", text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The armys statement came late.", [("armys", "army's")]),
        ("Read todays papers.", [("todays", "today's")]),
        ("The childrens books sold out.", [("childrens", "children's")]),
        ("Ukraines army held the line.", [("Ukraines", "Ukraine's")]),
        ("Zelenskyys plan was clear.", [("Zelenskyys", "Zelenskyy's")]),  # a name the gazetteer knows
        ("It was anyones guess.", [("anyones", "anyone's")]),
        # the phrase says it: a name English writes so, a time counted from now, one world's superlative
        ("The Peoples Daily and the National Peoples Congress met.", [("Peoples", "People's")] * 2),
        ("New Years Day was quiet.", [("Years", "Year's")]),
        ("This years budget and last weeks vote passed.", [("years", "year's"), ("weeks", "week's")]),
        (
            "It is the worlds largest port, and the nations first.",
            [("worlds", "world's"), ("nations", "nation's")],
        ),
        ("Lai's aides spoke. Lais visit ended calmly.", [("Lais", "Lai's")]),  # the document's own spelling
    ],
)
def test_a_possessive_that_lost_its_apostrophe(text, expected):
    assert proposals("punctuation", text) == expected


def test_the_apostrophe_takes_the_documents_style():
    assert proposals("punctuation", "It’s late; the armys statement came.") == [("armys", "army’s")]
    # no apostrophe in the text: its other marks decide
    assert proposals("punctuation", "“Late,” said the armys spokesman.") == [("armys", "army’s")]
    assert proposals("punctuation", '"Late," said the armys spokesman.') == [("armys", "army's")]


@pytest.mark.parametrize(
    "text",
    [
        "The governments plan to meet.",  # a plural: which was meant is not for spelling to say
        "The Zelenskyys arrived in Rome.",  # a family's plural
        "The Patricks won the game.",  # an unknown name
        "Its own staff and his lets stayed.",
        "The Ukrainians held the line.",
        "The days were long.",
        "The ones left behind flew drones and phones home.",  # words of their own
        "The Peoples Party, the peoples of Asia and the Pakistan Peoples Party met.",  # parties so named
        "Over the last years costs rose, and this years-long feud went on for years.",  # plurals
        "This years of work and last weeks in May were hard.",  # no possessed word after
        "Both worlds collide, and the nations largely agreed.",  # no superlative
        "Lais visit ended calmly.",  # "Lais" is as common as "Lai's", and the text does not say
        "Lai's aides met the Lais family.",  # a family's plural, whatever the text writes elsewhere
    ],
)
def test_plurals_and_contractions_are_left_alone(text):
    assert proposals("punctuation", text) == []


def test_every_finding_is_a_punctuation_finding_of_its_rule():
    text = "Said so,, adding &amp;nbsp; that todays talksEssenceThe end. ."
    assert {(f.type, f.rule) for f in find("punctuation", text)} == {("punctuation", "punctuation")}


RUN_PIECES = ("word", "U.S", "3", " ", "\t", ".", ",", " .", " ,", "...", "。", "，", "．", "é", "”", "\n")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(RUN_PIECES), max_size=40).map("".join))
def test_the_anchors_find_every_run_a_search_for_each_mark_finds(text):
    """The runs are found from a search for a full stop or comma with a look back (a fast one): the same
    runs as a search for each of the marks that start one."""
    marks = (" .", " ,", "..", ".,", ",.", ",,", "。", "，", "．")
    every_mark = {m.start() for mark in marks for m in re.finditer(re.escape(mark), text)}
    assert {_run_around(text, a) for a in _anchors(text)} == {_run_around(text, a) for a in every_mark}


ENTITY_PIECES = (
    "&",
    "amp;",
    "quot;",
    "nbsp;",
    "#34;",
    "#x41;",
    ";",
    " ",
    "word",
    "é",
    "’",
    "_",
    "3",
    "hellip",
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(ENTITY_PIECES), max_size=30).map("".join))
def test_the_semicolons_read_are_every_one_an_entity_can_end_at(text):
    """Entities are looked for only at a semicolon after an ASCII letter or digit: no entity ends at another."""
    read = {m.start() for m in html_entities._SEMICOLON.finditer(text)}
    for semicolon in (m.start() for m in re.finditer(";", text)):
        start = max(0, semicolon - html_entities.LONGEST_ENTITY)
        if html_entities._ENTITY_ENDING_HERE().search(text, start, semicolon + 1):
            assert semicolon in read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The vote failed.= NOFOLLOW TARGET = _Blank> Then the hall emptied.",
            [("= NOFOLLOW TARGET = _Blank>", "")],
        ),
        (
            'Read the ruling target="_blank" rel="noopener">here today.',
            [('target="_blank" rel="noopener">', "")],
        ),
        ("The plan_blank>Then it fell.", [("_blank>", " ")]),
    ],
)
def test_a_links_attributes_left_in_the_text_are_deleted(text, expected):
    assert proposals("punctuation", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Output rose 3% > 2% last year, and x >= y.",
        "Leave the form blank > then sign it.",
        "The rel target was met > twice.",
        "Write <b>bold</b> for emphasis.",
    ],
)
def test_angle_brackets_in_prose_are_no_tag_debris(text):
    assert proposals("punctuation", text) == []
