"""The spacing rule: a space dropped after a sentence's full stop, a closing bracket or beside a known
name, or put before a compound's hyphen, inside a bracket or before a possessive; never in abbreviations,
decimals, addresses, option flags, dashes, lists, brand names or words that brackets complete."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translit import clean
from translit.rules.spacing import _SPACE_HYPHEN

from .tiny import find, proposals


@pytest.mark.parametrize(
    "text",
    [
        "The minister said.The talks ended.",
        "The talks ended in Tokyo.The ministers left.",  # a name before the stop, a determiner after it
        "Prices rose in 2024.Officials said so.",
        "It rained.Essentially, it was over.",
        "The front gate is by the door.Thanks.",  # a full stop after the last word is no address
        "High pressure settles over Germany.Does that mean sun?",  # a name, then a question
        "The envoy arrived in Taipei.According to aides, he left.",  # a name, then a connective
        "Protests went on in Portland.Mr. Savage said so.",  # a name, then a title
        "Police raided homes in Istanbul.Dozens were held.",  # a name, then a quantifier
        "Rents will rise in April.Landlords were told so.",  # a month is no name written with a dot
        "The council met on Friday.Residents were not asked.",  # nor is a weekday
    ],
)
def test_a_space_is_put_after_a_full_stop_before_the_next_sentence(text):
    [finding] = find("spacing", text)
    assert (finding.original, finding.best().replacement) == ("", " ")
    assert text[finding.start - 1] == "."


@pytest.mark.parametrize(
    "text",
    [
        "Was it done on behalf of the mayor?She said it was not.",
        "Who won the vote?The ruling party did.",
        "The crowd cheered for hours!Then the rain came.",
    ],
)
def test_a_space_is_put_after_a_question_or_exclamation_mark_before_the_next_sentence(text):
    [finding] = find("spacing", text)
    assert (finding.original, finding.best().replacement) == ("", " ")
    assert text[finding.start - 1] in "?!"


@pytest.mark.parametrize(
    ("text", "compound"),
    [
        ("They tested an anti -drone system.", "anti-drone"),
        ("A pro -democracy march began.", "pro-democracy"),
        ("The commander -in-chief spoke.", "commander-in-chief"),  # a function word inside a compound
        ("A 45 -year-old man was hurt.", "45-year-old"),
        ("The run -up to the vote was calm.", "run-up"),  # a particle ends a phrasal compound
        ("Fit the clip -on lamp.", "clip-on"),
        ("Her make -up ran.", "make-up"),  # a common verb before the particle
        ("It uses a multi -octet set.", "multi-octet"),  # a prefix takes a rare word
        ("The headset auto -reconnects.", "auto-reconnects"),
    ],
)
def test_a_space_before_a_compounds_hyphen_is_deleted(text, compound):
    [finding] = find("spacing", text)
    assert finding.original == " " and finding.best().replacement == ""
    assert compound in finding.best().reason


def test_a_space_inside_brackets_is_deleted():
    assert proposals("spacing", "About ( 1,200 people) came (AFP ).") == [(" ", ""), (" ", "")]


@pytest.mark.parametrize(
    "text",
    [
        "The vote is on Tuesday (June 4)The opposition objects.",  # a date in brackets
        "Harbin, March 3 (reporter Wu Lan)Officials said the ice was thin.",  # a dateline's byline
        "(staff writer)Residents queued for hours.",  # at the start of the text
        "SEOUL (AFP)The talks resumed.",  # an acronym
    ],
)
def test_a_space_is_put_after_a_closing_bracket_before_a_capitalized_word(text):
    [finding] = find("spacing", text)
    assert (finding.original, finding.best().replacement) == ("", " ")
    assert text[finding.start - 1] == ")" and "closing bracket" in finding.best().reason


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("The province ’s budget grew.", "province’s"),
        ("They met at the People 's Congress.", "People's"),
        ("Lin ’s, Wu ’s and Chen ’s offices replied.", "Lin’s"),  # before a comma
        ("The city 's.", "city's"),
    ],
)
def test_a_space_before_a_possessive_is_deleted(text, fixed):
    findings = find("spacing", text)
    assert findings and all((f.original, f.best().replacement) == (" ", "") for f in findings)
    first = findings[0]
    assert fixed in text[: first.start] + text[first.end :]


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("The museum at Yan 'an opened.", "Yan'an"),
        ("Flights to Xi ’an resumed.", "Xi’an"),
    ],
)
def test_a_space_inside_a_known_name_s_syllable_mark_is_deleted(text, fixed):
    """Read with the built-in gazetteer, which knows the names so written."""
    result = clean(text)
    assert [(e.original, e.replacement, e.rule) for e in result.edits] == [(" ", "", "spacing")]
    assert fixed in result.text


@pytest.mark.parametrize(
    "text",
    [
        "He said 'ok' to the rock 'n' roll band.",  # quotes and a clipped word
        "President Xi 'answered' them.",  # no known name so written
        "The town of Ban 'an' was named.",  # a quoted word after a name
        "the old 'an' ending",  # no capitalized syllable before
    ],
)
def test_quotes_after_a_word_are_no_syllable_mark(text):
    assert [e for e in clean(text).edits if e.rule == "spacing"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Read more in the Gazeta.Ru report, which Kontur.Fokus data confirm.",  # names written with a dot
        "Officials in the U.S.Army said so.",  # an initial before the stop
        "She earned a Ph.D. in 2001 and left at 9 a.m. to fly.",
        "Version v2.0 and 3.5 percent.",
        "See news.Example.com/Story or mail Desk@News.Example.com now.",
        "Use the -o option, or -fname and -fno-name.",  # option flags
        "It is written in C style -that is, with braces.",  # a dash before a function word
        "Run openssl x509 -in the file, then -up.",  # a flag after no English word; a dash
        "The choice is -up to a point- yours.",  # a dash after a function word
        "Build it with pro -O2 and multi -j flags.",  # a prefix before a flag: no lower-case word of three letters
        "Pre- and post-war records were compared.",  # a suspended hyphen
        "- first item\n- second item",  # a list
        "Temperatures fell to -5 overnight.",
        "He smiled ( ^_^ ) at us.",  # no word inside the brackets
        "An open bracket ( without its partner.",
        "J.K.Rowling wrote it.",
        "Kostroma.Today reported it, and so did Diia.Business, at shop.Example.org today.",
        "The (Un)Official guide and (s)He are titles.",  # brackets that complete a word
        "Until 2050:(43)The second item.",  # a numbered item
        "He typed (;_;)Even so, and a(b)C too.",  # an emoticon; a letter before the bracket
        "Add the ’s’ ending, or 'sing' or ’ss’ forms.",  # quoted letters after a space
        "The word ’sake’ is old.",
        "He reads Yahoo!Finance, and Li?Wang was a typo.",  # a name with a mark; no two lower-case letters
        "See shop.example.com/item.php?Id=3 or the page?Ref=Top at http://example.org/x?Lang=En now.",
        "Really?!Yes, and what?!No.",
    ],
)
def test_legitimate_spacing_is_left_alone(text):
    assert proposals("spacing", text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The governor quoted byVolodymyr Zelenskyy left.",
            "Volodymyr Zelenskyy",
        ),  # a word, then a known name
        ("Shelling hit the cityDonetsk Oblast again.", "Donetsk Oblast"),  # a place's name too
        ("The talks caseLai Qingde raised were long.", "Lai Qingde"),  # a name's pinyin (賴清德)
        ("The envoy caseLaiqing De raised.", "Laiqing De"),  # its joined pinyin key (Laiqingde)
        ("Governor Serhiy HaidaiIn the video spoke.", "Serhiy Haidai"),  # a known name, then a function word
    ],
)
def test_a_space_is_put_back_beside_a_glued_known_name(text, name):
    [finding] = find("spacing", text)
    assert (finding.original, finding.best().replacement) == ("", " ")
    assert text[finding.start - 1].islower() and text[finding.start].isupper()
    assert f"'{name}'" in finding.best().reason


@pytest.mark.parametrize(
    "text",
    [
        "She booked easyJet on her iPhone and paid by PayPal.",  # brands: no known name after the capital
        "They ate at McDonald's with MacKenzie Scott and LeBron James.",  # one lower-case letter, or no known name
        "Call getName() or setLaiQingde() in the script.",  # no known name of two words after the capital
        "See www.example.com/newsLai Qingde for the story.",  # an address
        "The iLai Qingde app.",  # one lower-case letter before the capital
        "The envoy Serhiy HaidaiKyiv said.",  # a name after a name's glued capital: no function word
        # a sentence restarted after its first words ("In a" joins into a name's key, "Ina"): the stutter
        # rule deletes the copy, and a space put there would open the paragraph
        "We met.\n\nIn a sign of theIn a sign of the mood, they left.",
        "Officials in Taipei said so.",
    ],
)
def test_no_space_is_put_inside_brand_names_or_words(text):
    assert proposals("spacing", text) == []


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(("a", "B", "é", "3", "_", " ", "-", " -", "\t", "\n")), max_size=30).map("".join)
)
def test_the_hyphen_search_finds_every_hyphen_after_a_space_before_a_letter(text):
    """The hyphen is searched for and the space looked back at (a fast search): the same hyphens as a
    search for the space and the hyphen."""
    spaced = [m.start() + 1 for m in re.finditer(r" -(?=[^\W\d_])", text)]
    assert [m.start() for m in _SPACE_HYPHEN.finditer(text)] == spaced
