"""The stutter rule: a word or a phrase of up to three words the MT wrote twice, and a sentence restarted with its first
words glued to the last one; never words English doubles on purpose, names, lists or tables."""

import pytest

from .tiny import proposals


@pytest.mark.parametrize(
    ("text", "copy"),
    [
        ("The minister said said that talks would resume.", " said"),
        ("The the talks resumed on Monday.", " the"),  # the first copy starts the sentence
        ("Officials met on Monday on Monday in Geneva.", " on Monday"),
        ("Groups of migrant migrant workers returned.", " migrant"),  # a function word before the pair
        ("The restaurant restaurant has closed.", " restaurant"),  # a determiner before: no new clause
        ("Many MPs criticised criticised Twitter.", " criticised"),  # a participle: no shared noun
        ("It will deter regional regional threats.", " regional"),  # an adjective: no shared noun
        ("A police spokeswoman spokeswoman Dana Li spoke.", " spokeswoman"),  # a noun before a name
        ("It hit a garden fence and garden fence and stopped.", " garden fence and"),  # "and", three words
        ("He met the the the minister.", " the the"),  # every copy in one finding
        ("Troops of the the army moved.", " the"),
        ("The rule would would change nothing.", " would"),  # a modal that is no noun
        ("The details will will be shown.", " will"),  # a modal that is a noun, but not after a determiner
        ("The list was was chosen by lot.", " was"),  # no subject clause before the copula
        ("Divers searched the hull for the cause of the cause of the leak.", " the cause of"),
        ("Tape the parcel and the parcel and post it.", " the parcel and"),  # "and" after "the"
        ("The firm is most likely to most likely to sell.", " most likely to"),  # "to" of three words
        ("A gap of seven thousand crowns between thousand crowns between them.", " thousand crowns between"),
        ("It was on sale even though sale even though it cost more.", " sale even though"),  # conjunctions
        ("Talks were held between the between the two sides.", " between the"),  # no false start
        ("I'd like to know what you think about about it.", " about"),  # no "approximately" before a pronoun
        ("The pores were fine, but there there was an odd smell.", " there"),
        ("A warranty of 24 months months applies.", " months"),  # a plural counted by a number
        ("They'll usually usually agree after an appeal.", " usually"),  # an adverb: no shared noun
        ("We've used trays trays around the table.", " trays"),  # a preposition after the pair
        ("I understand why why they've left.", " why"),  # a wh-word, and a clause after it
        (
            "The ring was clearly visible clearly visible in photos.",
            " clearly visible",
        ),  # an adverb: no keyword
        ("She posed in front of in front of a camera.", " in front of"),  # a preposition opens it
        ("He met Joanna and Elizabeth and Elizabeth too.", " and Elizabeth"),  # a name after "and"
        # a possessive or a word that counts before a doubled content word
        ("The analysts' estimates estimates rose.", " estimates"),
        ("Last year year sales fell.", " year"),
        # a pronoun that is also a determiner, doubled after a preposition, which takes one
        ("He was told of this this plan late.", " this"),
        ("The press hounded her during her her trial.", " her"),
        # "her her" after a verb that takes one object; "there there" before no verb of being; "back back to"
        ("The council vetoed her her appointment.", " her"),
        ("Was anyone still in there there somewhere?", " there"),
        ("The grant brought the mill back back to life.", " back"),
        ("They pay a wage of around around 800 a month.", " around"),  # a preposition ends no verb
        ("The portrait was very well well painted.", " well"),  # an adverb after an intensifier
        ("The merger was the subject of much much talk.", " much"),  # no comparative after it
        ("Each vintage leather bag bag is stitched by hand.", " bag"),  # a determiner holds the phrase open
        ("1) Refunds: the shop replaces replaces a faulty unit within 15 days.", " replaces"),  # a sentence
    ],
)
def test_a_copy_is_deleted(text, copy):
    assert proposals("stutter", text) == [(copy, "")]


def test_a_sentence_restarted_without_a_space_loses_the_fragment():
    text = "Officials said little. The talks between theThe talks between the two sides ended."
    assert proposals("stutter", text) == [("The talks between the", "")]
    assert proposals("stutter", "I can only call theI can only call the office.") == [
        ("I can only call the", "")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The engine went rumbling rumbling rumbling down the road.",  # a word three times: a sound
        "It was lovely lovely lovely, she wrote.",  # ... or an emphasis
        "Noodles with chili chili noodles chili oil #spicy",  # a keyword a tag line repeats
        "He had had enough, and that that was final.",
        "It is what it is is a saying.",
        "Bye bye, she said, very very quietly.",
        "She gave her her keys back.",
        "Theresa May may resign, and his will will be read.",
        "A can can rust, and the will will stand.",  # the noun, then the modal
        "Pianist Lang Lang met Cao Cao's biographer in Walla Walla.",  # reduplicated names
        "They sang New York New York at the end.",  # a title
        "Prices rose again and again and again.",
        "It went on day after day after day.",
        "Close contacts of close contacts of the patients were tested.",
        "And more and more people came.",
        "So, if the if the model fails, we stop.",  # a speaker's false start
        "The policeman an an officer spoke.",  # a typo for "and an": deleting would leave an error
        "Rows 10 10 and 20 20 were empty.",
        "6 character character set\n7 byte order",  # a numbered heading
        "The word said\nsaid nothing.",  # across a line break
        "iPhone and McDonald's and YouTube.",
        "Looking for for days.",
        "It was the gift she had asked for for him.",  # an object fronted without a relative pronoun
        "It will bring about about 18 billion yuan.",
        "What it brought about about this time was calm.",  # no pronoun after the second "about"
        "Out there there are wolves, and in there there was a bear.",  # a place, then "there is"
        "Prices rose higher and higher and then fell; it rained over and over and over.",
        "Staff came closer and closer and stood still.",  # a comparative joined to itself
        # two source terms MT rendered alike (融資 and 融券: "financing and financing and securities"):
        # deleting one copy would hide the term it lost
        "Stocks open to financing and financing and lending were listed.",
        "He won 3 glass glass awards.",  # "-ss": no plural, a word two compounds may share
        "All it was was a misprint, and what it is is plain.",  # a subject clause, then its copula
        "They worked hard for life life is short, she wrote.",  # the copy starts a clause of its own
        "Friends of friends of friends were asked.",  # the construction, read from any word
        "The list, was, was read out.",  # marks between the copies
        "And then we would then we would check it.",  # function words alone: a false start, kept
        "He could score it or score it or pass it.",  # a list joined by "or"
        "A friend of a friend of mine wrote it.",
        "Use low power power lines here.",  # two compounds sharing a word
        "The royal family family trust paid.",  # "-ily" is no adverb's ending: a noun two compounds share
        "Find a decoration company decoration company, here.",  # a page's repeated keywords, as its source
        "It was a children's picture book picture book about bees.",  # ... after a possessive too
        "They sell family supply family supply kits.",  # "-ly" of no adjective: no adverb
        "We like this this year, and she gave her her keys.",  # an adverb, then a time; two objects
        "The delay cost her her seat. There there, dear.",  # two objects; a comfort opening a sentence
        "The teams sat back back to back.",  # "back to back"
        "It was much much better, and the queue much much longer.",  # a comparative stressed
        "Well well, she said, it turned around around noon.",  # an exclamation; a verb, then a time
        "Pack 120ml + 120ml + 100ml bottles.",  # a sum
        'The "zoom zoom" ad and the “bye-bye bye-bye” song.',  # quoted as such
        "They sang la-la-la la-la-la all night.",  # a reduplicated word, a refrain
        "It will reform state-owned state-owned firms.",  # a shared modifier: a noun was lost, not a copy
    ],
)
def test_legitimate_repetition_is_left_alone(text):
    assert proposals("stutter", text) == []
