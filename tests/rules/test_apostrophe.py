"""The lost-apostrophe part of the punctuation rule (translit/rules/apostrophe.py): evidence beyond the
spelling of the word itself. Sentences written for these tests."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.rules.tiny import proposals
from tools.testkit import ABBREVIATIONS, ENTRIES
from translit.document import read_document
from translit.gazetteer import Entry, Gazetteer
from translit.gazetteer.words import zipf
from translit.rules import RULES
from translit.rules.apostrophe import (
    _COMMON_ENDINGS,
    _DETERMINER_AND_PLURAL,
    _FUNCTION_WORDS_AFTER,
    _MODIFIERS_OF_A_POSSESSION,
    _determiners_and_plurals,
    _search_reversed,
)
from translit.rules.context import FUNCTION_WORD_ZIPF
from translit.rules.shapes import capital_image, word_image

#: The tiny gazetteer with names of two words: a country, and a body whose last word is a common noun.
SEVERAL_WORDS = Gazetteer(
    (
        *ENTRIES,
        Entry("new-zealand", "New Zealand", "country", country="NZ"),
        Entry("downing-street", "Downing Street", "organization", country="GB"),
        Entry("european-union", "European Union", "organization"),
        Entry("union-town", "Union", "city", country="US"),  # a town named as the last word of a body
        # names whose "s" form is a common noun: a country, a company, a town
        Entry("turkey", "Turkey", "country", country="TR"),
        Entry("apple", "Apple", "organization", country="US"),
        Entry("van", "Van", "city", country="TR"),
        Entry("trump", "Donald Trump", "person", country="US", short=("Trump",)),
        Entry("biden", "Joe Biden", "person", country="US", short=("Biden",)),
        Entry("france", "France", "country", country="FR"),
    ),
    ABBREVIATIONS,
)


def lost_possessives(text: str) -> list[tuple[str, str]]:
    findings = RULES["punctuation"].find(read_document(text, SEVERAL_WORDS))
    return [(f.original, best.replacement) for f in findings if (best := f.best())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a common adjective or a number starts what a known name's possessive owns
        ("Ukraines new army held the line.", [("Ukraines", "Ukraine's")]),
        ("Ukraines 40-year-old commander spoke.", [("Ukraines", "Ukraine's")]),
        # an initialism the text writes on its own elsewhere
        ("The ASIO chief spoke. ASIOs powers grew.", [("ASIOs", "ASIO's")]),
        # a noun phrase that a singular verb follows is what the possessive owns
        ("The ministers spokesman has already left.", [("ministers", "minister's")]),
        ("Police said her husbands body was found.", [("husbands", "husband's")]),
        ("A ministrys spokesman said so.", [("ministrys", "ministry's")]),
        # a word after a determiner that English writes far less often than its possessive
        ("It raised the publics trust in banks.", [("publics", "public's")]),
        # a name the text writes with its apostrophe elsewhere, or alone when it is no English word
        ("Erb's palsy is rare. Erbs palsy affects the arm.", [("Erbs", "Erb's")]),
        ("On Monday Kalbitz spoke. Kalbitzs membership ended.", [("Kalbitzs", "Kalbitz's")]),
        # ... though the name is a word, where its "s" form is none
        ("The Wiley affair grew. Wileys letter was read out.", [("Wileys", "Wiley's")]),
        # a name before the title it owns, in quotation marks
        ('She hosts Ukraines "Morning Hour" show.', [("Ukraines", "Ukraine's")]),
        ("The ASIO chief spoke on ASIOs “Risk Watch” podcast.", [("ASIOs", "ASIO’s")]),
        # a singular determiner takes no plural
        ("Sensors detect a persons movement.", [("persons", "person's")]),
        # "each other" takes no plural
        ("Both sides closed each others consulates.", [("others", "other's")]),
        # a time counted from now, before a common modifier of what it owns
        ("This years first storm hit the coast.", [("years", "year's")]),
        # "one" takes no plural: before a noun that can be no verb or adjective
        ("The fine equals one months income.", [("months", "month's")]),
        # the kin a person has one of, after a determiner of one owner
        ("Amid fears for her husbands state of mind, she left.", [("husbands", "husband's")]),
        ("Everyone knows his fathers house.", [("fathers", "father's")]),
        ("Engineers checked each ships hull.", [("ships", "ship's")]),
        # a noun whose plural is another word: "chairmen"
        ("She praised the chairmans speech.", [("chairmans", "chairman's")]),
        # there is one world
        ("Half of the worlds population lives in cities.", [("worlds", "world's")]),
        ("The nations economy was weak.", [("nations", "nation's")]),  # one of a kind, and a verb
        # a common noun after a determiner, before a noun (or an adjective and a noun) that can be no verb
        ("In the cats absence, the mice played.", [("cats", "cat's")]),
        ("Fans were angry at the clubs decision.", [("clubs", "club's")]),
        ("Guests talked about the robots cute appearance.", [("robots", "robot's")]),
        # ... a noun in "-ment" is no noun of people, whose plural names a body ("the teachers union")
        ("John Mann, the governments independent adviser, spoke.", [("governments", "government's")]),
        ("They asked for the departments information.", [("departments", "department's")]),
        # a name the gazetteer does not know before such a noun: English never writes its "s" form ...
        ("Reporters asked about Nadias family.", [("Nadias", "Nadia's")]),
        # ... or writes its possessive more often than its "s" form
        ("Nobody trusted Labours leadership.", [("Labours", "Labour's")]),
        ("Critics mocked Labours internal elections.", [("Labours", "Labour's")]),
        # ... or after a first name, where it is a person's surname, before any word it can own: its "s" form
        # never written and the name in a consonant, or its possessive the more common
        ("In Bailout, Neil Barofskys memoir tells it.", [("Barofskys", "Barofsky's")]),
        ("The keeper saved Danny Welbecks backheel.", [("Welbecks", "Welbeck's")]),
        ("Even in Stefanie Kramers professional career it mattered.", [("Kramers", "Kramer's")]),
        # ... or whose ending takes no "s" in any name, its "s" form never written
        ("Crowds gathered by Dzherzinskys statue.", [("Dzherzinskys", "Dzherzinsky's")]),
        ("Reporters quoted Vorontsovs statement.", [("Vorontsovs", "Vorontsov's")]),
        ("Parties left Abdelkhakhs government.", [("Abdelkhakhs", "Abdelkhakh's")]),
        # ... or before a plural noun, which after a plural subject would be a verb in "s"
        ("He reviewed Blakes concerns at once.", [("Blakes", "Blake's")]),
        # ... or a Chinese name, whose "s" form is no name (pinyin has no syllable in "s")
        ("In Hao Yushengs view, the crisis was over.", [("Yushengs", "Yusheng's")]),
        ("Reporters shared Li Baorongs tweets.", [("Baorongs", "Baorong's")]),
        ('Critics praised Zhang Mingxis "Night Rain" cycle.', [("Mingxis", "Mingxi's")]),  # a title
        # the same two words written with the apostrophe elsewhere in the text
        ("The Miller's Pond lies north. We walked to the Millers Pond at dusk.", [("Millers", "Miller's")]),
        # a day of the week in "s", or "peoples", before a noun: a plural of either owns nothing so
        ("Sundays training session was called off.", [("Sundays", "Sunday's")]),
        ("The mayor used Wednesdays ceremony to speak.", [("Wednesdays", "Wednesday's")]),
        ("Officials vowed to improve peoples livelihood.", [("peoples", "people's")]),
        ("She spoke on peoples nutrition.", [("peoples", "people's")]),
        # a title before its holder's office
        ("Later the prosecutors office filed charges.", [("prosecutors", "prosecutor's")]),
        ("She got a call from the Presidents office.", [("Presidents", "President's")]),
        # a common noun written with a capital, whose "s" form English rarely writes
        ("The Riverside Childrens Hospital opened a ward.", [("Childrens", "Children's")]),
        ("Todays match was delayed.", [("Todays", "Today's")]),
        ("Members praised the Partys work style.", [("Partys", "Party's")]),
        # a noun in "ss" with one more "s", or in "man", whose plural is "men": no word of its own
        ("Staff waited for the bosss verdict.", [("bosss", "boss's")]),
        ("Its aim is to win the presss trust.", [("presss", "press's")]),
        ("Reviewers admired the elder-statesmans candour.", [("statesmans", "statesman's")]),
        # a title in quotation marks that starts with an initialism
        ('She hosts Ukraines "AI Hour" show.', [("Ukraines", "Ukraine's")]),
        # a name English writes with a possessive, with "National" inside it
        ("He sat in the Peoples National Assembly for years.", [("Peoples", "People's")]),
        # a superlative that may be an adverb, before a noun that can be no verb: no adverb there
        ("Later he became Johnsons closest aide.", [("Johnsons", "Johnson's")]),
        # "ones" right after a preposition, before its own or a noun: the plural takes a determiner
        ("Pride of ones village is natural.", [("ones", "one's")]),
        ("Spend within ones income.", [("ones", "one's")]),
        ("Work at ones own pace.", [("ones", "one's")]),
    ],
)
def test_a_lost_possessive_found_by_its_context(text, expected):
    assert proposals("punctuation", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country's or a company's name whose "s" form is a common noun, with a capital it takes only at
        # the start of a sentence
        ("He praised Turkeys response to the quake.", [("Turkeys", "Turkey's")]),
        ("Photos or Apples photo app hide the file.", [("Apples", "Apple's")]),
        ("Turkeys authorities built it.", [("Turkeys", "Turkey's")]),  # a noun that can be no verb
        ("It rained. Turkeys main opposition leader spoke.", [("Turkeys", "Turkey's")]),
        ("One of Trumps measures was repealed.", [("Trumps", "Trump's")]),  # a person's
        # no word, but rarer than the name's possessive
        ("The summit is Bidens action on climate.", [("Bidens", "Biden's")]),
        ("He ran Trumps 2016 campaign.", [("Trumps", "Trump's")]),  # a number starts what it owns
    ],
)
def test_a_name_whose_s_form_is_a_common_noun(text, expected):
    assert lost_possessives(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Turkeys are birds; apples are fruit.",  # nothing owned
        "Apples grow well in the north.",  # a verb after the plural
        "Turkeys gobble at dawn.",
        "Turkeys farms are large.",  # at the start of a sentence, a noun that can be a verb
        "I wear Converse and Vans sneakers.",  # a town's name: a brand's may be written so
        "He fed the Turkeys corn.",  # after "the": a name of its own
        "We sold two Apples phones.",  # counted
        "The Apple store sells Apples and Pears juice.",  # a word in capitals after it
        "We visited the Trumps estate.",  # a family after "the"
        "We met Frances yesterday.",  # a first name of its own
        "Bidens action followed.",  # no common noun: its capital may be the sentence's
    ],
)
def test_a_common_noun_in_capitals_without_a_name_is_left_alone(text):
    assert lost_possessives(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("France voted. Frances Ministry of Defence said so.", [("Frances", "France's")]),
        ("Paris is in France. Critics doubt Frances efforts.", [("Frances", "France's")]),
        ("Paris is in France. Frances budget grew.", [("Frances", "France's")]),  # a noun in news
        # a woman's name: the text never writes the country's, or a verb in "s" may follow it
        ("Critics doubt Frances efforts.", []),
        ("France voted. Frances plans to leave.", []),
        ("France voted. Frances Smith spoke.", []),
        ("France voted. The Frances budget grew.", []),
    ],
)
def test_a_country_whose_s_form_is_a_woman_s_name(text, expected):
    """ "Frances" is a first name: the text writing "France" says whose efforts "Frances efforts" are."""
    assert lost_possessives(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Justice Departments criminal inquiry widened.", [("Departments", "Department's")]),
        ("The City Health Departments head spoke.", [("Departments", "Department's")]),  # a noun in news
        # the names of several bodies, counted or joined; or nothing owned
        ("Both the Fire and Police Departments budget cuts hurt.", []),
        ("The Fire, Police Departments budget cuts hurt.", []),
        ("He met two Health Departments officials.", []),
        ("County Councils face cuts. The County Councils budget fell.", []),  # the text's own plural
        ("The Police Departments across the state replied.", []),
        ("The Health Departments plan to merge.", []),
        ("The United Nations agency replied.", []),  # no body's last word
    ],
)
def test_a_body_whose_name_ends_in_a_common_noun(text, expected):
    assert lost_possessives(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The film won a prize. Critics discussed the films distribution.", [("films", "film's")]),
        ("The cave is old. Tool marks run along the caves walls.", [("caves", "cave's")]),
        ("The book came out in May. We marked the books publication.", [("books", "book's")]),
        # no singular elsewhere, or a plural elsewhere: the films may be several
        ("Critics discussed the films distribution.", []),
        ("The film won. Critics discussed the films distribution. The films were long.", []),
        # a plural English makes a modifier of; a noun of people, whose plural names what they share
        ("The award went to her. The awards ceremony was long.", []),
        ("The arm hurt. The arms embargo held.", []),
        # a plural that names the field of a person or a body
        ("The school closed. He met the schools minister.", []),
        ("The market fell. The markets regulator spoke.", []),
        ("The school closed. The schools secretary spoke.", []),
        ("The teacher left early. The teachers union met.", []),
        # a verb that takes two objects, or a word that counts a plural, before the determiner
        ("The dog ate. He gave the dogs food.", []),
        ("The film won. He praised all the films music.", []),
    ],
)
def test_a_plural_where_the_text_speaks_of_one(text, expected):
    assert lost_possessives(text) == expected


def test_a_name_of_several_words_the_gazetteer_knows():
    assert lost_possessives("He praised New Zealands efforts.") == [("Zealands", "Zealand's")]
    # the last word alone is a plural ("Streets"), the name's "s" form is none
    assert lost_possessives("He said Downing Streets sudden decision was odd.") == [("Streets", "Street's")]
    # the name of several words, though its last word alone names a town
    assert lost_possessives("The European Unions presence grew.") == [("Unions", "Union's")]
    assert lost_possessives("The Zealands efforts.") == []  # no name
    assert lost_possessives("Officials said Downing Streets are long.") == []  # nothing owned
    # the text's own possessive says nothing of the word where a verb follows it
    assert lost_possessives("Downing Street's staff left. Downing Streets resolving it was odd.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The governments of both countries met.",  # a plural before a preposition
        "The governments plan to meet in May.",  # a plural subject and its verb
        "The sports section has moved online.",  # a plural used as a modifier
        "The teachers union has called a strike.",  # a plural's possessive: not "teacher's"
        "They shop at a farmers market each week.",
        "The schools secretary has resigned.",  # a plural that names a field, before an office
        "Your graphics card has failed.",
        "The Medicines Basket Committee is new.",  # a name in capitals
        "Their materials whose brand was known sold out.",  # a clause, not what is owned
        "The soldiers returned home and the soldiers families waited.",  # no singular verb: undecided
        "The NGOs say the NGO is fine.",  # an initialism's plural before a verb
        "Two ASRs running at once; the ASR works.",  # counted: a plural
        "The UAVs crashed; each UAV was lost.",  # a verb in the past
        "Is a Cretan who calls all Cretans liars honest?",  # a people's plural is no initialism
        "Repnid bodies lay there; Repnids seem calm, and Repnids dig.",  # the text's own plural
        "On Monday Kalbitz spoke. The Kalbitzs house is old.",  # a name after "the": a family
        "Shares of Kalbitz fell. Kalbitzs crashed.",  # a verb after it
        "The Wiley affair grew. Wileys were seen.",  # a function word after it
        'Fans of Kalbitz cheered the Kalbitzs "Night Owls" album.',  # a name after "the", then a title
        "Customer's view: Customers choose the goods.",  # a plural, whatever else the text writes
        "The publics of Europe differ.",  # no noun after it
        "The Hendersons house burned; Henderson was away.",  # an unknown name after "the": a family
        "He wrote a news release and bought a sports car.",  # plurals English uses as modifiers
        "Grade A ships sail first.",  # no article
        "In the worlds of art and film, the worlds collided.",  # no noun after "worlds"
        "Where the worlds collide, art is made.",  # a verb after "worlds"
        "The last years passed.",  # a plural after "the last"
        "They mapped the humans habitat.",  # "humans" is the plural of "human"
        "The dogs bark at night.",  # a noun that can be a verb: a plural subject and its verb
        # an adjective in "-ble" after the plural, which the word classes list as a noun only
        "The dogs responsible for the attack were caught.",
        "The departments responsible for the roads met.",
        "She gave the dogs food and water.",  # a verb before the determiner: two objects
        "They painted the walls bright colors.",
        "They help each others in need.",  # nothing owned
        "In all the cats absence, the mice played.",  # "all the cats" is a plural
        "The teachers union met on Monday.",  # a plural of people names a body
        "The systems analyst left early.",  # plurals English uses as modifiers
        "He drove the sports car to the arts festival.",
        "Reporters asked about the Nadias family.",  # a family's plural after "the"
        "Fans cheered Villas goal.",  # "villas" is a word more common than "villa's"
        # after a first name: a surname in a vowel and "s", or a verb after the name
        "Maria Kostopoulas backhand won the point.",
        "Neil Barofskys spoke first.",
        "Danny Welbecks scored twice.",
        # kin in "s" after a determiner: a verb after it, a plural owner, a count, two of a kind
        "Her husbands died young.",
        "Their fathers house stood empty.",
        "All her husbands were rich men.",
        "His grandfathers generation fished here.",
        "Li Yushengs arrived late.",  # a verb after the Chinese name
        "Cases rose in Minas Ginas states.",  # after a word in capitals: the name may be longer
        "Hondas sell well.",  # a verb after a brand's plural
        "Reporters quoted Kalnins statement.",  # a name in "s" of its own (Latvian)
        "Crowds gathered by Dzherzinskys spoke.",  # a verb that can be a noun
        "Professor Yushengs view differs.",  # no Chinese surname before it
        # after a word of a person's name the text mentions: the rest of that name garbled, no name of its own
        "President Lai Ching-te spoke. Later Lai Chengs office said he was fine.",
        "President Lai Ching-te spoke. Later Lai Chings office said he was fine.",  # "Ching" only in "Ching-te"
        "On Sundays families walk to the lake.",  # a day in "s" as an adverb
        "Most Sundays crowds fill the square.",  # counted
        "The two peoples recall the war, and the peoples of Asia met.",  # a plural of "people"
        "The Taipei District Prosecutors Office said so.",  # an office in capitals: a name
        "The sales office and the teachers office were closed.",  # no title holds them
        "He was on Patricks team.",  # a name ("Patrick"): the team may be the Patricks'
        "Fans of Kenny Rogers music came.",  # a surname ("Rogers") of a common noun ("roger")
        "The SMB's loan was cut. More than 300 SMBs receive aid.",  # a verb and nothing else after it
        "The member's vote counts. Members vote today.",  # the same words, but a verb after the plural
        "The Romans built roads and the Germans voted.",  # a capitalized plural in "mans"
        "Ancient shamans danced; the humans habitat shrank.",  # a plural in "mans" that is a word
        "The players closest to the ball were tired.",  # a superlative after a plural, then no noun
        # a plural subject and the clause of what it thinks: a verb after it, not what it owns
        "The governments believe inflation is too high.",
        "The unions hope growth is strong.",
        # "ones" after a determiner or an adjective, or before no noun
        "Loved ones waited and the new ones arrived.",
        "The code is made of ones and zeros.",
        "Pick the ones you like best.",
        "The boy is one years old.",  # an adjective after "one" and a time: a typo of another kind
        # a plural noun and a verb after the plural: a relative clause with no "that"
        "It is one of the towns refugees reach first.",
        # a phrase that opens the sentence with no comma after it, and the subject after the plural
        "At the schools attendance dropped.",
        "In the hospitals staff shortages persist.",
        "Since May, in the cities traffic is heavy.",
    ],
)
def test_plurals_are_left_alone(text):
    assert proposals("punctuation", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "We met this years ago in a ships hold.",
        "the armys the plans, the citys walls and their officials reports",
        "a this years budget",  # the plural of one match is the determiner of the next
        "a this this this years budget",
        "another this this weeks vote and his thiss",
    ],
)
def test_the_reversed_search_finds_what_the_forward_search_finds(text):
    image = word_image(text)
    forward = [(m.span(), m.groups()) for m in _DETERMINER_AND_PLURAL.finditer(image)]
    assert [(m.span(), m.groups()) for m in _determiners_and_plurals(image)] == forward


@pytest.mark.parametrize(
    "text",
    [
        "the armys plan, todays news and anyones guess",
        "ARMYS fall; the Armys men, a citys 3 gates, the armys. Then ys x",
        "his childrens toys, the womens team and this years budget",
        "the bosss plan, the chairmans speech, the Germans and the Presss view",
    ],
)
def test_the_reversed_search_finds_the_endings_the_forward_search_finds(text):
    image = capital_image(text)
    forward = [m.start() for m in _COMMON_ENDINGS.finditer(image)]
    endings = _search_reversed(word_image(text))[1]
    assert sorted(offset for offset in endings if _COMMON_ENDINGS.match(image, offset)) == forward


REVERSED_SEARCH_PIECES = (
    "this", "a", "the", "an", "years", "armys", "ys", "Citys", "anyones", "womens", "glass", "s", "ss", "3", "x", "ABYS", "peoples",
    "presss", "chairmans", "Germans", "man",
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(REVERSED_SEARCH_PIECES), st.sampled_from(" .s'")), max_size=12))
def test_the_reversed_search_finds_what_the_forward_searches_find(parts):
    """Both answers of the reversed search, on texts that put determiners, plurals and endings side by
    side, against the forward searches they stand for."""
    text = "".join(piece + separator for piece, separator in parts)
    image, capitals = word_image(text), capital_image(text)
    plurals, endings = _search_reversed(image)
    assert [(m.span(), m.groups()) for m in plurals] == [
        (m.span(), m.groups()) for m in _DETERMINER_AND_PLURAL.finditer(image)
    ]
    forward = [m.start() for m in _COMMON_ENDINGS.finditer(capitals)]
    assert sorted(offset for offset in endings if _COMMON_ENDINGS.match(capitals, offset)) == forward


def test_the_words_the_search_leaves_out_after_a_candidate_start_nothing_it_owns():
    # the loop over candidates would pass over each of them: a function word, and no modifier of a possession
    assert all(zipf(word) >= FUNCTION_WORD_ZIPF for word in _FUNCTION_WORDS_AFTER)
    assert not _MODIFIERS_OF_A_POSSESSION.intersection(_FUNCTION_WORDS_AFTER)
    assert proposals("punctuation", "Ukraines the army.") == []
    assert proposals("punctuation", "Ukraines theatre army.") == [("Ukraines", "Ukraine's")]
