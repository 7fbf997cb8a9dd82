"""The lost-apostrophe part of the punctuation rule (translit/rules/apostrophe.py): evidence beyond the
spelling of the word itself. Sentences written for these tests."""

import pytest

from tests.rules.tiny import proposals
from tools.testkit import ABBREVIATIONS, ENTRIES
from translit.document import read_document
from translit.gazetteer import Entry, Gazetteer
from translit.rules import RULES

#: The tiny gazetteer with a country whose name has two words.
WITH_NEW_ZEALAND = Gazetteer(
    (*ENTRIES, Entry("new-zealand", "New Zealand", "country", country="NZ")), ABBREVIATIONS
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a common adjective or a number starts what a known name's possessive owns
        ("Ukraines new army held the line.", [("Ukraines", "Ukraine's")]),
        ("Ukraines 40-year-old commander spoke.", [("Ukraines", "Ukraine's")]),
        # an initialism the text writes on its own elsewhere
        ("The ASIO chief spoke. ASIOs powers grew.", [("ASIOs", "ASIO's")]),
        # a noun phrase that a singular verb follows is what the possessive owns
        ("The sellers company has already paid.", [("sellers", "seller's")]),
        ("Police said her husbands body was found.", [("husbands", "husband's")]),
        ("A ministrys spokesman said so.", [("ministrys", "ministry's")]),
    ],
)
def test_a_lost_possessive_found_by_its_context(text, expected):
    assert proposals("punctuation", text) == expected


def test_a_name_of_several_words_the_gazetteer_knows():
    document = read_document("He praised New Zealands efforts.", WITH_NEW_ZEALAND)
    found = [(f.original, f.best().replacement) for f in RULES["punctuation"].find(document)]
    assert found == [("Zealands", "Zealand's")]
    assert list(RULES["punctuation"].find(read_document("The Zealands efforts.", WITH_NEW_ZEALAND))) == []


@pytest.mark.parametrize(
    "text",
    [
        "The governments of both countries met.",  # a plural before a preposition
        "The governments plan to meet in May.",  # a plural subject and its verb
        "The sports section has moved online.",  # a plural used as a modifier
        "Your graphics card has failed.",
        "The Medicines Basket Committee is new.",  # a name in capitals
        "Their materials whose brand was known sold out.",  # a clause, not what is owned
        "The soldiers returned home and the soldiers families waited.",  # no singular verb: undecided
        "The NGOs say the NGO is fine.",  # an initialism's plural before a verb
        "Two ASRs running at once; the ASR works.",  # counted: a plural
        "The UAVs crashed; each UAV was lost.",  # a verb in the past
        "Is a Cretan who calls all Cretans liars honest?",  # a people's plural is no initialism
        "The Hendersons house burned; Henderson was away.",  # an unknown name after "the": a family
    ],
)
def test_plurals_are_left_alone(text):
    assert proposals("punctuation", text) == []
