"""The lost-apostrophe rule's reading of what English news writes (translit/rules/apostrophe/usage.py and
tools/build_news_usage.py): a word after "the governments" that news writes as a noun, and a noun whose
singular possessive news writes far more often than its plural one. Sentences written for these tests."""

import pytest

from tests.rules.tiny import proposals
from tools.build_news_usage import count, rows, training_lines, training_text
from translit.gazetteer.paths import shipped_table_text
from translit.rules.apostrophe.usage import TABLE, Usage, is_used_as_a_noun, owns_alone, usage


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word that can be a verb, which news writes as a noun, after a noun whose singular possessive
        # news writes far more often than its plural one
        ("Protesters marched against the governments draft reform.", [("governments", "government's")]),
        ("The banks budget cuts hit the regions.", [("banks", "bank's")]),
        ("The governments price controls failed.", [("governments", "government's")]),
        ("The years end brought snow.", [("years", "year's")]),
        # an adjective before such a word
        ("The seasons final race was cancelled.", [("seasons", "season's")]),
        # a plural of people, whose singular possessive news writes far more often than its plural one
        ("Questions about the presidents speech grew.", [("presidents", "president's")]),
        # a day of the week in "s" before an adjective and such a word
        ("Riders rested before Saturdays penultimate stage.", [("Saturdays", "Saturday's")]),
    ],
)
def test_a_lost_possessive_before_what_news_writes_as_a_noun(text, expected):
    assert proposals("punctuation", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The governments of both countries met.",  # a plural before a preposition
        "The states plan to vote.",  # "plan" is a verb in news too
        "The banks budget the funds carefully.",  # an object after it: a verb
        "We met the friends group on Sunday.",  # "friends'" as common as "friend's"
        "The teachers pay rise was agreed.",  # a plural of people whose possessive news rarely writes
        "I told my friends right away.",  # an adverb after the plural
        "The officials responsible were fired.",  # an adjective of the plural's own
        "The markets price swings scared us.",  # "market's" far rarer than "markets"
        "Sales figures rose and news reports said so.",  # plurals that modify
        "The Johnsons budget was tight.",  # a family's plural
        "Its draft was ready, and lets draft another.",  # contractions
        "Their fathers house and our neighbours garden are old.",  # several owners: "fathers'" as likely
        "On Saturdays final matches are played.",  # a day in "s" as an adverb
    ],
)
def test_plurals_before_a_noun_or_a_verb_are_left_alone(text):
    assert proposals("punctuation", text) == []


def test_the_shipped_table_says_which_words_news_writes_as_nouns():
    assert is_used_as_a_noun("budget") and is_used_as_a_noun("draft")
    assert not is_used_as_a_noun("plan") and not is_used_as_a_noun("bark")  # verbs too, or never seen
    assert not is_used_as_a_noun("present")  # a verb and an adjective too
    assert owns_alone("government") and owns_alone("year")
    assert not owns_alone("friend") and not owns_alone("teacher")
    assert usage("no-such-word") == Usage()


def test_the_counts_read_each_word_by_the_word_before_it():
    lines = [
        "The draft was late, and its draft was long.",
        "They want to draft a law; we draft rules.",
        "The staff were present, very present.",
        "The city's budget and the cities' budgets differ; the city's mayor agreed.",
        "It's budget day: let's draft.",  # contractions are no possessives
    ]
    counted = count(lines)
    assert counted["draft"] == Usage(as_noun=2, as_verb=2)
    assert counted["present"] == Usage(as_adjective=2)
    assert counted["budget"] == Usage(as_noun=1)  # after "city's", not after "It's"
    assert counted["city"].singular_possessive == 2
    assert counted["citie"].plural_possessive == 1
    assert "it" not in counted and "let" not in counted


def test_held_out_lines_are_left_out_wherever_they_stand():
    files = {
        "newstest2021.de-en.ref.A.en": ["one", "two", "three"],
        "newstest2021.de-en.ref.B.en": ["uno", "dos", "tres"],  # another translation of the same lines
        "newstest2021.en-de.src.en": ["two", "four", "one"],  # another text, with a line identical to one
    }
    held = {(("newstest2021", "de"), 0)}  # the first line of the German-English test set
    assert training_lines(files, held) == ["dos", "four", "three", "tres", "two"]


def test_the_shipped_table_is_what_the_tool_counts(shared):
    assert shipped_table_text(TABLE).splitlines() == rows(training_text()), (
        "rebuild it: python -m tools.build_news_usage"
    )
