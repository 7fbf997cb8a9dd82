"""A possessive that lost its apostrophe: "the armys statement", "Ukraines army" (part of the
``punctuation`` rule).

Only where the word without the apostrophe is no English word of its own: English writes "army's" far
more often than "armys" (wordfreq's Zipf scale, by at least ``POSSESSIVE_MARGIN``; so too "presss",
"statesmans": no plural ends in "sss", and one of "man" is "men"); for a capitalized
word, the stem must also be a name the gazetteer knows, alone or with the capitalized words before it
("New Zealands efforts"; "Downing Streets sudden decision", though "Streets" is a word), and the word
with "s" must not ("the Patricks" may be a team); or a name the gazetteer does not know that the text
vouches for: it writes the possessive with its apostrophe elsewhere ("Erb's palsy ... Erbs palsy"), or
the name alone and its "s" form once, which is no word: an initialism ("ASIOs powers", not "two ASRs
running") or a name whose "s" form English never writes ("Kalbitzs membership", "Wileys letter";
"Cretans", "Igbos" are peoples); or a name the gazetteer does not know before a noun that can be no verb
(:mod:`translit.rules.word_classes`), whose possessive English writes more often than its "s" form, or
whose "s" form it never writes ("Labours internal divisions", "Yahyas family"); or a country's or a
body's or a person's name whose "s" form is a common noun, written with a capital inside a sentence
("praised Turkeys response", "Apples photo app", "of Trumps measures"). "the
governments plan" stays: "governments" is a word, and which one was meant is not for spelling to say,
unless the phrase says it: a name English writes with a possessive ("Peoples Daily", "New Years Day",
"Peoples National Assembly"), a
unit of time counted from now ("this years budget", "last weeks vote": "this" takes no plural), "each
other" ("each others consulates"), "ones" right after a preposition ("of ones hometown": the plural takes a
determiner or an adjective, "the ones", "new ones"), one world
or nation before a superlative ("the worlds largest") and the one world before a noun ("the worlds
population", not "the worlds collide"), a singular article before it ("a ships readiness"), a determiner of one owner before the kin one
has one of ("her husbands state of mind"), a noun whose
plural is another word ("the chairmans speech": "chairmen"), a title before its holder's office in lower
case ("the prosecutors office"), a day of the week or "peoples" before a noun, which their plurals own
only with an apostrophe of their own ("Sundays training session", "peoples livelihood"; not "on
Sundays"), a common noun written with a capital whose "s" form is rare ("Childrens Hospital", "Todays
match"; no name, "Patricks team"), a determiner
before it and one or two words that the verb of a singular subject follows ("the sellers company has",
"her husbands body was": a plural subject takes no "has" after another noun; not where the "s" form is a
modifier, "the sports section has", nor where a word between is a verb, "the governments believe
inflation is"), a determiner before a word far rarer than its possessive and a noun
after it ("the publics trust"), a determiner before a common noun and a noun that can be no verb after it
("the dogs metabolism", not "the dogs bark" nor "gave the dogs food", nor a plural noun that a verb
follows, "one of the towns refugees reach", nor after a preposition that opens the sentence where a
verb follows, "At the schools attendance dropped"; not a plural of people, "the
teachers union", nor one far commoner than its possessive, "the sports car"), or a word that English news
writes as a noun, where news writes the common noun's singular possessive far more often than its
plural one (:mod:`translit.rules.apostrophe.usage`, counted in clean news: "the governments draft reform",
"the presidents speech", a plural of people whose singular possessive news writes; not "the governments plan
to", "the friends group", nor after "their": "their fathers house"), or the same word written
with its apostrophe elsewhere in the document (before the same word, where that word is a name's or
can be no verb, that is all: "the Hermit's Cave ... the Hermits Cave"; else a name the gazetteer knows
needs nothing more, and a common noun's possessive need only be the more common of the two). Also left alone: contractions of
pronouns and function words ("its", "lets", "hes"), a plural of a name after "the" ("the Bidens"; but
"the Kremlins statement", a body's name, is a
possessive), and a word that a function word follows ("the Clintons were"; but "Germanys new
chancellor"), since a possessive is followed by what it owns: a word, a number, or for a name a title
in quotation marks ("CNNs "State of the Union"").

Linear in the input: one literal search in the text's capital image for a capitalized word, and one search
of its reversed word image for a word in "s" after a determiner and for the endings of common nouns (each
read again in the capital image); for each word found one cached frequency lookup (most end there), a look
at the next words and a few more lookups (frequencies, and the word classes and the counts of news, tables
read once).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from translit.gazetteer.words import zipf
from translit.names.romanization import readings, syllabify
from translit.names.surnames import first_names_of_americans, surname_ranks
from translit.rules.apostrophe.usage import CONTRACTED, is_used_as_a_noun, owns_alone, usage
from translit.rules.context import FUNCTION_WORD_ZIPF, WEEKDAYS
from translit.rules.html_entities import is_typographic
from translit.rules.marks import punctuation_fix
from translit.rules.shapes import CAPITAL
from translit.rules.word_classes import ADJECTIVE, ADVERB, NOUN, VERB, classes

if TYPE_CHECKING:
    from translit.document import Document
    from translit.edits import Finding

#: A possessive by spelling alone: not as sure as a mark that correct English never has.
LOST_APOSTROPHE = 0.9
PRIORS = {"lost possessive apostrophe": LOST_APOSTROPHE}
#: How much more common (Zipf) "x's" must be than "xs" for "xs" to be a possessive that lost its mark.
POSSESSIVE_MARGIN = 1.0
#: The same, for a word after a determiner and before a noun ("the publics trust": 3.2 against 2.6).
DETERMINED_MARGIN = 0.5
#: "xs" at least this common is a word of its own, whatever "x's" does.
WORD_ZIPF = 3.5

# Where a lost possessive can be: a capitalized word or an initialism ending in "s" ("Ukraines army",
# "ASIOs powers", "CNNs "State of the Union""), and the endings of
# the common nouns and pronouns whose "s" form is no word ("armys", "todays", "childrens", "anyones"):
# also a noun in "ss" with one more "s", which no English word ends in ("the presss trust"), and a noun in
# "man", whose plural is "men" ("the elder-statesmans success"); and "peoples" (read by
# :func:`_said_by_a_plural_that_owns_nothing`).
# Read in the text's capital image (:mod:`translit.rules.shapes`), where each pattern starts with a
# literal.
#: The commonest words that start nothing a possessive owns (each at least FUNCTION_WORD_ZIPF, none in
#: _MODIFIERS_OF_A_POSSESSION, as a test checks): a capitalized word followed by one is no candidate, so
#: the search leaves it out ("Officials said", "United States and") rather than Python reading it.
_FUNCTION_WORDS_AFTER = (
    "the of and to a in is that for it on was with as are be at by have this from or an but not they which "
    "has were will been their said he his we would who can had its she her also there after when could about "
    "up out than them all into some i you more over if so do no what our one these where how"
).split()
_CAPITALIZED = re.compile(
    rb"U(?<![A-Za-z?'-]U)[a-zU]++(?<=s)(?= [a-zU0-9\"?])"  # "?": any non-ASCII, as "“"
    rb"(?! (?:" + "|".join(_FUNCTION_WORDS_AFTER).encode() + rb")(?![a-zU?]))"
)
# An ending is read from its "s" and the space after it, back by look-behinds; its places are found by the
# search of the reversed word image below, which starts from the same "s" (one search for both).
_COMMON_ENDINGS = re.compile(
    rb"s (?=[a-zU])(?:(?<=ys )|(?<=ens )|(?<=ones )|(?<=peoples )|(?<=sss )|(?<=mans ))"
)
#: What a possessive is followed by: a word (a run of letters), or a number ("Afghanistans 40-year war").
#: Read with the standard library's engine, several times faster on a short match than ``regex``: its
#: class of letters also takes a numeral that is no digit ("²"), where :func:`_next_word` cuts the run.
_NEXT_WORD = re.compile(r" ([^\W\d_]+|\d)")
_QUOTED_TITLE = re.compile(r" [\"“]([A-Z][A-Za-z]*)\b")
#: Words as common as function words that still start what a possessive owns ("Germanys new
#: chancellor", "Chinas two sessions").
_MODIFIERS_OF_A_POSSESSION = frozenset("new first other only two most".split())
#: An initialism's "s" form at most this common (Zipf) is no common plural ("NGOs", "MPs" are): the
#: threshold for an initialism the gazetteer does not know but the text writes on its own.
INITIALISM_PLURAL_ZIPF = 2.0
#: Verbs that follow a plural subject and are no noun ("the NGOs say"): after one, "Xs" is a subject.
_VERBS_AFTER_A_SUBJECT = frozenset(
    "say says said have are were will would can could may might should must do did".split()
)
#: A name the gazetteer does not know before a noun: the least common (Zipf) its stem may be, where English
#: never writes its "s" form ("Yahya" 2.8, "Yahyas" 0), and how much more common its possessive must be
#: than an "s" form English does write ("Labour's" 3.1, "Labours" 2.7; "Villa's" 2.5, "Villas" 3.4).
NAME_ZIPF = 2.0
NAME_MARGIN = 0.3
#: Words that count a plural: after one, "ASRs" is one ("two ASRs running").
_COUNTS_OF_A_PLURAL = frozenset(
    "two three four five six seven eight nine ten many several some all both few these those other".split()
)
_WORD_BEFORE = regex.compile(r"(?r)(\p{L}+|\d+)[ \t]+\Z")
#: What joins a word to the next: a letter, digit, apostrophe or hyphen ("Ching" in "Ching-te" is no word
#: written alone).
_GLUED = regex.compile(r"[\p{L}\d'’-]")
_NAME_WORDS_BEFORE = regex.compile(r"(?r)(?:\p{Lu}[\p{L}.-]* ){1,3}\Z")
#: Names English writes with a possessive, by the word that lost its apostrophe and the word after it
#: (or after "National" after it: "Peoples National Assembly", "Peoples National Congress"):
#: the Chinese institutions of the news ("Peoples Daily", "National Peoples Congress") and holidays.
#: ("Peoples Party" and "Peoples Democratic Party" are left out: some parties are so named.)
FIXED_POSSESSIVES = frozenset(
    {
        ("People", "Republic"), ("People", "Daily"), ("People", "Congress"), ("People", "Liberation"),
        ("People", "Bank"), ("People", "Court"), ("People", "Procuratorate"), ("People", "Armed"),
        ("People", "Political"), ("People", "Government"), ("People", "Hospital"), ("People", "Assembly"),
        ("Year", "Day"), ("Year", "Eve"), ("Women", "Day"), ("Mother", "Day"), ("Father", "Day"),
        ("Valentine", "Day"), ("Patrick", "Day"), ("Children", "Day"),
    }
)  # fmt: skip
# Where the phrase says a word is a possessive: a word ending in "s" after a determiner, found in one scan
# of the word image (lower case, offsets one more than in the text; it starts with a space, a literal),
# then read by its determiner:
# - "this years budget": a unit of time after a word that counts it from now; "one months payment": after
#   "one", before a noun that can be no verb or adjective (not "one years old");
# - "the worlds largest": a noun that names one thing, before a superlative ("the worlds population": the
#   one world before any noun);
# - "a ships readiness", "each members vote": a singular determiner takes no plural;
# - "the sellers company has", "her husbands body was": one or two words, then the verb of a singular
#   subject; a plural subject takes no "has" after another noun, so those words are what it owns.
# The last two not where the "s" form is a plural English uses as a modifier ("a sports car", "the
# sports section has": its possessive is far rarer than itself).
_DETERMINERS = "this last next one the an a his her their its our my your each every another".split()
_DETERMINER_AND_PLURAL = re.compile(
    rb" (" + "|".join(_DETERMINERS).encode() + rb") ([a-z]{2,}[a-rt-z]s)(?= [a-z0-9])"
)
# The same search, run on the reversed image from the "s" that ends the plural, with the space after it
# looked back at (a literal far rarer than the space that starts the search above, which is tried at every
# word; the engine's search for one character is faster than for the pair): the plural reversed, then a
# determiner reversed, with the space before it looked at but not taken, so that a determiner that just
# follows a match ("the armys the") is found too (no match ends at a space, so none holds the space
# before the "s" of the next).
# The same search also stops, with no group, where an ending of ``_COMMON_ENDINGS`` may be ("ys", "ens",
# "ones", "ss", "man" before the "s", in either case: each is read again in the capital image).
_PLURAL_AND_DETERMINER_REVERSED = re.compile(
    rb"s(?<=[a-z0-9] s)(?:[a-rt-z][a-z]{2,}+ ("
    + "|".join(d[::-1] for d in _DETERMINERS).encode()
    + rb")(?= )|(?=y|ne|eno|elpoep|ss|nam))"
)
_REVERSED_ENDINGS = (b"y", b"ne", b"eno", b"elpoep", b"ss", b"nam")
_COUNTING_FROM_NOW = frozenset({b"this", b"last", b"next"})
_TIME_UNITS = frozenset(
    b"year week month day season night weekend summer winter spring autumn quarter".split()
)
_ONE_OF_A_KIND = frozenset(
    b"world nation country city state province region island continent planet company".split()
)
_SUPERLATIVES = frozenset(
    "most least first second third fourth fifth top leading only best worst number biggest largest".split()
)
_SINGULAR_DETERMINERS = frozenset({b"a", b"an", b"each", b"every", b"another"})
_OWNED_THEN_A_SINGULAR_VERB = re.compile(rb" ([a-z]+(?: [a-z]+)?) (?:is|was|has|does|said|says) ")
#: The stem of such a possessive is a common noun ("seller"), at least this common (Zipf).
COMMON_NOUN_ZIPF = 3.0
#: How much less common (Zipf) "x's" may be than "xs" for "xs" after a determiner to be read as a
#: possessive ("ships" 4.6, "ship's" 3.6). Far rarer, "xs" is a plural used as a modifier ("sports" 4.9,
#: "sport's" 2.8: "the sports section has") or a plural whose possessive lost its apostrophe ("the
#: farmers market", "the teachers union": "farmer's" is 1.2 below "farmers"), which "x's" would not fix.
OWNER_MARGIN = -1.0
#: The same, for a word in "s" after a determiner and before a noun that can be no verb: "sites" (4.7,
#: "site's" 3.3) owns the logo in "the sites logo"; "sports" (4.9, "sport's" 2.8) modifies "the sports
#: car", "systems" (-1.7) "the systems analyst".
MODIFIER_MARGIN = -1.6
#: The same, where the text speaks of one (:func:`_said_by_the_text_s_one`): "books" (5.2, "book's" 3.3)
#: owns the publication in "the books publication"; "awards" (-2.8) modifies "the awards ceremony", "arms"
#: (-1.9) "the arms embargo", "roads" (-2.0) "the roads budget".
ONE_OWNER_MARGIN = -1.9
#: Words that start a clause of their own, never what a possessive owns ("their materials whose brand").
_CLAUSE_WORDS = frozenset("whose which who whom that where when while because".split())
_POSSESSIVE_ENDINGS = (re.compile("'s"), re.compile("’s"))
_SENTENCE_END_BEFORE = re.compile(r"(?:[.!?][\"”’)]?[ \t]+|\n[ \t]*)\Z")
#: How far back from an apostrophe the word before it is read, in characters.
LONGEST_STEM = 40


def find(document: Document) -> Iterator[Finding]:
    text = document.text
    image = document.capital_image
    spans = {match.span() for match in _CAPITALIZED.finditer(image)}
    plurals, endings = _search_reversed(document.word_image)
    for offset in endings:  # the offset of an "s" in the text
        if _COMMON_ENDINGS.match(image, offset):
            start = _word_start(image, offset)
            if start == 0 or image[start - 1] != CAPITAL:  # no tail of a capitalized word ("Romans")
                spans.add((start, offset + 1))
    said = _said_by_phrase(text, document.word_image, plurals)
    spans.update(said)
    mark = ""  # the text's own apostrophe, read once a possessive is found (counting is a pass over the text)
    written: frozenset[str] | None = None  # the stems the text writes with "'s", read once when needed
    for start, end in sorted(spans):
        word = text[start:end]
        after = _next_word(text, end)
        titled = after is None and word[0].isupper()
        if titled:
            after = _quoted_title(text, end)  # "CNNs "State of the Union"": a name before a title it owns
        if not after or len(word) < 4 or word[:-1].lower() in CONTRACTED:
            continue
        stem = word[:-1]
        why = said.get((start, end))
        if (
            why is None
            and ((stem, after) in FIXED_POSSESSIVES or after == "National")  # most end here, on a look-up
            and (named := _fixed_possessive(text, end, stem, after))
        ):
            why = f"'{stem}'s {named}' is a name English writes with a possessive"
        if why is None and (stem in WEEKDAYS or word == "peoples"):
            why = _said_by_a_plural_that_owns_nothing(text, start, end)
        if why is None and word == "ones":
            why = _said_by_one(text, start, end)
        if why is None:
            if written is None:
                written = _written_possessives(text)
            # the text's own possessive says nothing of a word a verb follows ("Olympic's postponement ...
            # the Tokyo Olympics resolving that")
            elsewhere = stem in written and classes(after) != VERB
            if elsewhere and _writes_the_phrase_elsewhere(text, stem, after):
                why = f"the text writes '{stem}'s {after}' elsewhere"
            elif (
                word[0].isupper()  # read here too: most candidates end on these, before a call
                and (after.islower() or after.isdigit() or after in _BODIES_OF_A_STATE)
                and (owned := _owned_by_a_name_in_capitals(document, start, end, stem, word, after))
            ):
                why = f"'{word} {owned}': {stem!r} is a name the gazetteer knows, written as one"
            elif (
                stem in _BODIES
                and after.islower()
                and _after_a_capitalized_word(text, start)
                and _names_one_body(text, start, word)
                and (owned := _owned_noun_phrase(text, end) or _owned_noun_by_usage(text, end))
            ):
                why = f"'{word} {owned}': the last word of a body's name, which is one"
            elif zipf(word) >= WORD_ZIPF and not elsewhere:
                # a word of its own ("days", "Officials"): most candidates end here, on a cached lookup;
                # but for the last word of a name of several words ("Downing Streets sudden decision")
                if not _starts_what_is_owned(after) or not _after_a_capitalized_word(text, start):
                    continue
                if classes(after) == VERB:
                    continue  # "the postponed Tokyo Olympics resolving that": a verb, not what is owned
                name = _name_of_several_words(document, start, stem, word)
                if name is None:
                    continue
                why = f"{name!r} is a name the gazetteer knows, and {name + 's'!r} none"
            elif not (titled or _starts_what_is_owned(after)):
                continue
            elif _is_lost_possessive(document, start, stem, word, elsewhere):
                why = (
                    f"the text writes {stem}'s elsewhere" if elsewhere else f"{word!r} is no word of its own"
                )
            elif _is_possessive_of_a_name_the_text_writes(text, start, stem, word, after, elsewhere, titled):
                why = (
                    f"the text writes {stem}'s elsewhere"
                    if elsewhere
                    else f"the text writes {stem} on its own"
                )
            elif owned := _owned_by_a_name(document, start, end, stem, word):
                why = f"'{word} {owned}': a name before what it owns, its 's' form rarer than its possessive or none"
            else:
                continue
        mark = mark or _apostrophe(text)
        reason = f"{why}; the possessive {stem + mark + 's'!r} lost its apostrophe"
        yield punctuation_fix(document, start, end, stem + mark + "s", reason, LOST_APOSTROPHE)


def _fixed_possessive(text: str, end: int, stem: str, after: str) -> str | None:
    """What follows ``stem`` in a name English writes with a possessive (:data:`FIXED_POSSESSIVES`):
    ``after``, or "National" and the word after it ("Peoples National Assembly"), or None."""
    if after == "National":
        named = _next_word(text, end + 1 + len(after))
        return f"{after} {named}" if (stem, named) in FIXED_POSSESSIVES else None
    return after if (stem, after) in FIXED_POSSESSIVES else None


def _said_by_phrase(text: str, image: bytes, plurals: list[re.Match[bytes]]) -> dict[tuple[int, int], str]:
    """Spans of words the phrase around them makes possessives, whatever their own frequency ("this years
    budget", "the worlds largest", "a ships readiness", "the sellers company has"), each with why;
    ``image``: the text's word image, a space and then the text, so that an image offset is one more than
    the text's; ``plurals``: the determiners and plurals found in it (:func:`_search_reversed`)."""
    spans = {}
    for match in plurals:
        determiner, stem = match.group(1), match.group(2)[:-1]
        start, end = match.start(2) - 1, match.end(2) - 1
        if determiner == b"one":
            owned = _owned_noun_phrase(text, end)  # a noun that can be no adjective: "one years old"
            if stem in _TIME_UNITS and owned:
                spans[start, end] = f"'{text[match.start() : end]} {owned}': 'one' takes no plural"
            continue
        if determiner in _COUNTING_FROM_NOW:
            after_the = image[max(0, match.start() - 3) : match.start()] == b"the"  # "the last years": plural
            if stem in _TIME_UNITS and not after_the and _before_a_word(text, end):
                spans[start, end] = (
                    f"'{text[match.start() : end]}': a time counted from now is one, no plural"
                )
            continue
        why = None
        if determiner == b"each" and stem == b"other" and _before_a_word(text, end):
            why = f"'{text[match.start() : end]}': 'each other' takes no plural"
        elif determiner in _SINGULAR_DETERMINERS or (determiner == b"the" and stem in _ONE_OF_A_KIND):
            why = _said_by_the_word_after(text, match, determiner, stem)
        if why is None and determiner not in _SINGULAR_DETERMINERS:
            verb_phrase = _OWNED_THEN_A_SINGULAR_VERB.match(image, match.end())
            if (
                verb_phrase
                and _owns(text[start:end], text[verb_phrase.start(1) - 1 : verb_phrase.end(1) - 1])
                and not _is_an_opening_preposition(text, _word_before(text, match.start()))
            ):
                verb = text[verb_phrase.end(1) : verb_phrase.end() - 2]
                why = f"'{text[start : verb_phrase.end() - 2]}': {verb!r} takes a singular subject"
        if why is None and _is_rare_beside_its_possessive(text[start:end]):
            after = _next_word(text, end)
            if after and _is_owned_noun(after):
                why = f"{text[start:end]!r} is no word of its own"
        if why is None and stem.endswith(_IRREGULAR_SINGULAR_ENDINGS):
            why = _said_by_the_noun(text, start, end)
        if why is None:
            why = _said_by_an_office(text, start, end)
        if why is None:
            why = _said_by_what_is_owned(text, match.start(), start, end)
        if why is None and determiner in _ONE_OWNERS and stem in _ONE_EACH:
            why = _said_by_a_kin(text, match.start(), start, end)
        if why is None and determiner not in _SINGULAR_DETERMINERS:
            why = _said_by_the_text_s_one(text, match.start(), start, end)
        if why:
            spans[start, end] = why
    return spans


#: Determiners of one owner ("her", not "their"), and the kin a person has one of (not two, as
#: grandfathers): after one of them, "her husbands state of mind" is her husband's, "his fathers house"
#: his father's.
_ONE_OWNERS = frozenset({b"his", b"her", b"my", b"your"})
_ONE_EACH = frozenset(
    b"husband wife father mother dad mum mom spouse fiance fiancee boyfriend girlfriend".split()
)


def _said_by_a_kin(text: str, determiner: int, start: int, end: int) -> str | None:
    """Why the kin in "s" after a determiner of one owner is a possessive: a word it can own follows,
    which is no verb ("her husbands state of mind"; not "her husbands died"), and no word that counts a
    plural stands before ("all her husbands"); or None."""
    after = _next_word(text, end)
    if after is None or not _is_owned_noun(after) or classes(after) == VERB:
        return None
    before = _word_before(text, determiner)
    if before is not None and before.group(1).lower() in _COUNTS_OF_A_PLURAL:
        return None
    word = text[start:end]
    return f"'{text[determiner:end]} {after}': one has one {word[:-1]!r}, so {word!r} is no plural"


def _said_by_what_is_owned(text: str, determiner: int, start: int, end: int) -> str | None:
    """Why the word in "s" after a determiner is a possessive: a common noun, followed by a noun that can
    be no verb ("the dogs metabolism", "the robots cute expressions"; not "the dogs bark"), or one that news
    writes as a noun, where it writes the common noun's singular possessive far more often than its
    plural one ("the governments draft reform"; not "the friends group": "friends'" is about as common as
    "friend's"); where the word before the determiner is no verb ("gave the dogs food") and the "s" form
    is no plural English uses as a modifier (its possessive not far rarer than itself: "the sports car"),
    and no verb follows a plural noun owned (:func:`_starts_a_clause_of_its_own`), nor is what it owns a body,
    an office or a trade whose field it names (:data:`_FIELD_HEADS`: "the schools secretary").
    A plural of people ("the teachers union") only where news writes its singular possessive far more
    often than its plural one ("about the presidents speech"). The counts of news are not read after a determiner
    of several owners, where the plural's possessive is as likely ("their fathers house"). Or None."""
    word = text[start:end]
    stem = word[:-1]
    if not word.islower() or zipf(stem + "'s") < zipf(word) + MODIFIER_MARGIN or not _is_common_noun(stem):
        return None
    owned = None if _is_agent_noun(stem) else _owned_noun_phrase(text, end)
    if owned is not None:
        why = f"{owned.split()[-1]!r} can be no verb"
    elif text[determiner : start - 1].lower() in _SEVERAL_OWNERS or not owns_alone(stem):
        return None
    else:  # what news writes: the noun's singular possessive, and what follows as a noun
        owned = (_is_agent_noun(stem) and _owned_noun_phrase(text, end)) or _owned_noun_by_usage(text, end)
        if owned is None:
            return None
        noun, counts = owned.split()[-1], usage(stem)
        found = usage(noun)
        why = (
            f"{noun!r} can be no verb"
            if found.as_noun == 0
            else f"news writes {noun!r} after a determiner {found.as_noun} times, as a verb {found.as_verb}, "
            f"as an adjective {found.as_adjective}"
        ) + f', and "{stem}\'s" {counts.singular_possessive} times ("{word}\'" {counts.plural_possessive})'
    if owned.split()[-1] in _FIELD_HEADS:
        return None  # "the schools secretary", "the teachers union": a plural that names a field
    before = _word_before(text, determiner)
    if before is not None and (
        VERB in classes(before.group(1)) or before.group(1).lower() in _COUNTS_OF_A_PLURAL
    ):
        return None  # "gave the dogs food", "all the employees"
    if _starts_a_clause_of_its_own(text, end + 1 + len(owned)):
        return None  # "the towns refugees reach first": the towns that refugees reach
    if _is_an_opening_preposition(text, before) and _before_a_verb(text, end + 1 + len(owned)):
        return None  # "At the schools attendance dropped": the subject after an opening phrase
    return f"'{word} {owned}': {why}, so {word!r} is no subject"


def _said_by_the_text_s_one(text: str, determiner: int, start: int, end: int) -> str | None:
    """Why the word in "s" after a determiner is a possessive where the text speaks of one of it: it writes
    the noun's singular after a determiner elsewhere and its "s" form nowhere else ("the film ... the
    films distribution", "the government ... the governments independent adviser"), and what follows is a
    noun that can be no verb or one news writes as a noun; a common noun that names no people (whose
    plural names a body or a thing they share: "the teacher ... the teachers union"), after no word that
    counts a plural or a verb that takes two objects ("gave the dogs food") or an object and a verb ("saw
    the dogs play"). Where the text speaks of one, the possessive may be rarer beside the "s" form than
    :data:`MODIFIER_MARGIN` lets it be ("the books publication"), though not as rare as that of a plural
    English makes a modifier of ("the awards ceremony"; by :data:`ONE_OWNER_MARGIN`); and what follows heads
    no compound whose plural names its field (:func:`_heads_a_compound`: "the schools minister"). Or None."""
    word = text[start:end]
    stem = word[:-1]
    if not word.islower() or _is_agent_noun(stem) or not _is_common_noun(stem):
        return None
    if zipf(stem + "'s") < zipf(word) + ONE_OWNER_MARGIN:
        return None
    if text[determiner : start - 1].lower() in _SEVERAL_OWNERS:
        return None
    owned = _owned_noun_phrase(text, end) or _owned_noun_by_usage(text, end)
    if owned is None or _heads_a_compound(owned.split()[-1]) or not _writes_one(text, word):
        return None
    before = _word_before(text, determiner)
    if before is not None and before.group(1).lower() in _COUNTS_OR_TWO_COMPLEMENTS:
        return None
    if _starts_a_clause_of_its_own(text, end + 1 + len(owned)):
        return None
    if _is_an_opening_preposition(text, before) and _before_a_verb(text, end + 1 + len(owned)):
        return None
    return f"'{word} {owned}': the text writes one {stem!r} elsewhere and no other {word!r}"


def _heads_a_compound(noun: str) -> bool:
    """Whether ``noun`` may head a compound whose first word is a plural that names its field, rather than
    be what one of that plural owns: a noun of people ("the schools minister", "the markets regulator",
    "the prisons inspector") or of a body, an office or a trade (:data:`_FIELD_HEADS`: "the schools
    secretary", "the roads department", "the bonds market")."""
    return _is_agent_noun(noun) or noun in _FIELD_HEADS


_FIELD_HEADS = frozenset(
    "secretary ministry department office agency authority commission council committee union association "
    "federation board service industry sector market trade race watchdog tsar czar trust programme "
    "program policy".split()
)


def _writes_one(text: str, word: str) -> bool:
    """Whether the text writes the singular of ``word`` after a determiner ("the film", "its film's") and
    ``word`` itself ("films", in any case) once only: it speaks of one."""
    stem = re.escape(word[:-1])
    if not re.search(rf"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er) {stem}\b", text):
        return False
    return _written_once(text, word)


def _written_once(text: str, word: str) -> bool:
    """Whether the text writes ``word`` as a word once only, in any case."""
    return len(re.findall(rf"\b{re.escape(word)}\b", text, re.IGNORECASE)) == 1


#: Words before a determiner after which the plural that follows may be an object: a word that counts a
#: plural ("all the films"), or a verb that takes two objects, an object and its complement, or an object
#: and a verb ("gave the dogs food", "named the teams champions", "saw the dogs play"), in each form.
_COUNTS_OR_TWO_COMPLEMENTS = _COUNTS_OF_A_PLURAL | frozenset(
    "give gives gave given giving send sends sent sending show shows showed shown showing offer offers "
    "offered offering tell tells told telling teach teaches taught teaching pay pays paid paying owe owes "
    "owed owing bring brings brought bringing buy buys bought buying lend lends lent lending hand hands "
    "handed handing sell sells sold selling promise promises promised promising grant grants granted "
    "granting deny denies denied denying award awards awarded awarding cost costs costing feed feeds fed "
    "feeding serve serves served serving leave leaves left leaving get gets got gotten getting make makes "
    "made making find finds found finding charge charges charged charging fine fines fined fining allow "
    "allows allowed allowing save saves saved saving spare spares spared sparing earn earns earned earning "
    "win wins won winning call calls called calling name names named naming elect elects elected electing "
    "appoint appoints appointed appointing consider considers considered considering declare declares "
    "declared declaring deem deems deemed deeming keep keeps kept keeping see sees saw seen seeing watch "
    "watches watched watching hear hears heard hearing help helps helped helping let lets letting have has "
    "had having feel feels felt feeling notice notices noticed noticing ask asks asked asking wish wishes "
    "wished wishing throw throws threw thrown throwing".split()
)


def _word_before(text: str, offset: int) -> regex.Match[str] | None:
    """The word before ``offset`` and the blanks after it, if any."""
    return _WORD_BEFORE.search(text, max(0, offset - LONGEST_STEM), offset)


def _is_an_opening_preposition(text: str, before: regex.Match[str] | None) -> bool:
    """Whether ``before``, the word before a determiner (:func:`_word_before`), is a preposition that opens
    its sentence or a clause after a comma ("At the schools ..."): a phrase that English need not close
    with a comma, so that the words after the plural may be the subject of the sentence ("At the schools
    attendance dropped", "In the cities traffic is heavy"), not what it owns."""
    if before is None or before.group(1).lower() not in _PREPOSITIONS:
        return False
    opening = before.start(1)
    return (
        opening == 0
        or text[opening - 2 : opening] == ", "
        or bool(_SENTENCE_END_BEFORE.search(text, max(0, opening - 4), opening))
    )


def _before_a_verb(text: str, end: int) -> bool:
    """Whether a word that can be the verb of a sentence follows the space at ``end``, or a noun and then
    such a word ("dropped", "shortages persist"; not "becoming", which heads no sentence: "with the sites
    logo becoming")."""
    word = _next_word(text, end)
    if word is not None and classes(word) == NOUN:
        end += 1 + len(word)
        word = _next_word(text, end)
    return word is not None and word.islower() and not word.endswith("ing") and VERB in classes(word)


def _starts_a_clause_of_its_own(text: str, end: int) -> bool:
    """Whether the plural noun that ends at ``end`` is followed by a word that can be a verb of the
    plural: then the two may be a clause of their own, a relative clause with no "that" ("one of the
    towns refugees reach first", "the places tourists love"), and the word in "s" before them its
    antecedent, no possessive."""
    owned = text[text.rfind(" ", 0, end) + 1 : end]
    if not _is_plural_noun(owned):
        return False
    verb = _next_word(text, end)
    return verb is not None and verb.islower() and VERB in classes(verb)


#: Determiners of several owners, or of one or several: after one, a plural's possessive is as likely as
#: a singular's ("their fathers house").
_SEVERAL_OWNERS = frozenset({"their", "our", "your"})
#: Words that start what a verb governs: after a word that can be a noun or a verb, one of them makes it
#: the verb ("the banks budget the funds", "the states plan to").
_STARTS_AN_OBJECT = frozenset(
    "the a an his her their its our my your this that these those them him us me it to".split()
)


def _owned_noun_by_usage(text: str, end: int) -> str | None:
    """The word after the space at ``end``, or an adjective and the word after it, where that word can be
    a noun, a verb or an adjective (no adverb) but news writes it as a noun (:mod:`translit.rules.apostrophe.usage`:
    "draft", "budget"), and no object or "to" follows it, which would make it a verb ("the states budget
    the funds"); or None."""
    after = _next_word(text, end)
    if after is None or not after.islower():
        return None
    if _is_noun_in_news(after):
        owned = after
    elif classes(after) in _ADJECTIVE_CLASSES:
        noun = _next_word(text, end + 1 + len(after))
        if noun is None or not _is_noun_in_news(noun):
            return None
        owned = f"{after} {noun}"
    else:
        return None
    following = _next_word(text, end + 1 + len(owned))
    return None if following is not None and following.lower() in _STARTS_AN_OBJECT else owned


def _is_noun_in_news(word: str) -> bool:
    """A word that can start what is owned, a noun or a verb (no adverb: "your friends better adapt") that
    news writes far more often as a noun."""
    return _is_owned_noun(word) and ADVERB not in classes(word) and is_used_as_a_noun(word)


#: Words after which a day of the week in "s" is a plural: English writes a day in "s" before nothing it
#: names ("Sundays training session" is a possessive), but as an adverb ("on Sundays families gather")
#: and counted ("most Sundays").
_BEFORE_A_PLURAL_DAY = _COUNTS_OF_A_PLURAL | {"on", "every", "of"}


def _said_by_a_plural_that_owns_nothing(text: str, start: int, end: int) -> str | None:
    """Why a day of the week in "s" or "peoples" is a possessive: a noun follows ("Sundays training
    session", "peoples livelihood", "Saturdays final stage": one news writes as a noun), which a plural of either owns only with its own apostrophe
    ("peoples'"), and no word that counts it stands before, nor one that makes the day a plural ("on
    Sundays"; but "an expert on peoples health"); or None."""
    plurals = _COUNTS_OF_A_PLURAL if text[start].islower() else _BEFORE_A_PLURAL_DAY
    before = _word_before(text, start)
    if before is not None and before.group(1).lower() in plurals:
        return None
    owned = (
        _owned_noun_phrase(text, end) or _owned_after_a_gerund(text, end) or _owned_noun_by_usage(text, end)
    )
    return f"'{text[start:end]} {owned}': a plural owns nothing without an apostrophe" if owned else None


#: Prepositions: "ones" right after one is no plural, which takes a determiner or an adjective ("the ones",
#: "new ones").
_PREPOSITIONS = frozenset(
    "of in on at to for from with within without into about by over under upon toward towards against "
    "beyond through".split()
)


def _said_by_one(text: str, start: int, end: int) -> str | None:
    """Why "ones" is the possessive of the pronoun "one": right after a preposition, where the plural
    "ones" would take a determiner or an adjective ("the ones", "new ones"), before its own or a noun
    ("of ones hometown", "within ones means", "in ones own time"; not "made of ones and zeros"); or None."""
    before = _word_before(text, start)
    if before is None or before.group(1) not in _PREPOSITIONS:
        return None
    owned = (
        "own"
        if _next_word(text, end) == "own"
        else _owned_noun_phrase(text, end) or _owned_noun_by_usage(text, end)
    )
    return f"'{before.group(1)} ones {owned}': a plural 'ones' takes a determiner" if owned else None


def _owned_after_a_gerund(text: str, end: int) -> str | None:
    """A word in "-ing" and a noun that can be no verb after the space at ``end`` ("training session"),
    or None."""
    after = _next_word(text, end)
    if after is None or not after.islower() or not after.endswith("ing"):
        return None
    noun = _next_word(text, end + 1 + len(after))
    return f"{after} {noun}" if noun is not None and _is_owned_noun_only(noun) else None


#: Titles whose holder has an office of their own: "the prosecutors office" is the prosecutor's, as
#: "the presidents office" is the president's (English writes "'s office" after each far more often than
#: "s' office").
_OFFICE_HOLDERS = frozenset(
    "president prosecutor governor mayor minister premier chancellor sheriff comptroller attorney notary "
    "director secretary commissioner registrar auditor coroner senator councillor councilor inspector "
    "treasurer superintendent judge speaker".split()
)
_OFFICES = frozenset({"office", "offices"})


def _said_by_an_office(text: str, start: int, end: int) -> str | None:
    """Why the word in "s" after a determiner is a possessive: a title before "office" in lower case
    ("the prosecutors office"; "the Presidents office"), or None. An office in capitals is a name, which
    some bodies write without an apostrophe ("the Taipei District Prosecutors Office")."""
    word = text[start:end]
    after = _next_word(text, end)
    if after not in _OFFICES or word[:-1].lower() not in _OFFICE_HOLDERS:
        return None
    return f"'{word} {after}': an office is its holder's"


#: The endings of nouns of people ("farmer", "entrepreneur", "hacker"): English names a body or a thing
#: they share with their plural ("the teachers union", "the entrepreneurs forum"), and their plural
#: possessive that lost its apostrophe ("the hackers strategy") reads as the singular's would.
_AGENT_ENDINGS = ("er", "or", "ist", "ant", "ent", "eur", "ian", "ee")


def _is_agent_noun(noun: str) -> bool:
    """A noun of people by its ending ("student", "farmer"); not one in "-ment", which names an act or a
    body ("government", "department", "management": "the governments travel advice" is the
    government's)."""
    return noun.endswith(_AGENT_ENDINGS) and not noun.endswith("ment")


def _is_common_noun(word: str) -> bool:
    """A common noun that is no adjective ("dog"; not "comic", "blue", whose plurals name kinds: "a comics
    series") nor a function word ("one")."""
    return classes(word) in _NOUN_CLASSES and COMMON_NOUN_ZIPF <= zipf(word) < FUNCTION_WORD_ZIPF


#: The classes of an adjective that can be no verb or adverb, though it may be a noun ("internal").
_ADJECTIVE_CLASSES = frozenset({ADJECTIVE, NOUN + ADJECTIVE})
#: The classes of a noun that is no adjective: it may also be a verb ("dog", "site").
_NOUN_CLASSES = frozenset({NOUN, NOUN + VERB})


def _owned_noun_phrase(text: str, end: int) -> str | None:
    """The noun after the space at ``end``, or an adjective and the noun after it, where the noun can be
    no verb ("metabolism", "cute expressions"), or None.
    The adjective may be a superlative that is also an adverb ("closest adviser": before a noun, no
    adverb)."""
    after = _next_word(text, end)
    if after is None or not after.islower():
        return None
    if _is_owned_noun_only(after):
        return after
    if not (classes(after) in _ADJECTIVE_CLASSES or _is_superlative(after)):
        return None
    noun = _next_word(text, end + 1 + len(after))
    return f"{after} {noun}" if noun is not None and _is_owned_noun_only(noun) else None


def _is_superlative(word: str) -> bool:
    """ "closest", "highest": an adjective in "-est" that may be an adverb but is no verb or noun."""
    return word.endswith("est") and classes(word) == ADJECTIVE + ADVERB


def _is_owned_noun_only(word: str) -> bool:
    """A word in lower case that can only be a noun, and no function word ("metabolism"; not "bark",
    "great", "or"), nor an adjective the word classes take for a noun (:func:`_is_adjective_in_ble`)."""
    return (
        word.islower()
        and classes(word) == NOUN
        and zipf(word) < FUNCTION_WORD_ZIPF
        and not _is_adjective_in_ble(word)
    )


#: An adverb in "-bly" at least this common (Zipf) makes its "-ble" word an adjective.
ADVERB_ZIPF = 1.5


def _is_adjective_in_ble(word: str) -> bool:
    """ "responsible", "visible": an adjective that the lexicon of the word classes lists as a noun only
    (it has a plural, "responsibles"), though English writes its adverb ("responsibly"): after a plural it
    is no noun owned but the plural's own ("the dogs responsible for the attack"). Nouns in "-ble" have no
    adverb ("table", "syllable")."""
    return word.endswith("ble") and zipf(word[:-1] + "y") >= ADVERB_ZIPF


def _said_by_the_noun(text: str, start: int, end: int) -> str | None:
    """Why the word in "s" after a determiner and before a noun is a possessive: a noun whose plural is
    another word, more common than it ("the mans conduct": "men"; "humans" is a plural), or None."""
    word = text[start:end]
    plural = _irregular_plural(word[:-1]) if word.islower() else None
    if plural is None or zipf(plural) <= zipf(word):
        return None
    after = _next_word(text, end)
    return f"the plural of {word[:-1]!r} is {plural!r}" if after and _is_owned_noun(after) else None


def _irregular_plural(noun: str) -> str | None:
    """The plural of a noun English does not make with "s" ("men", "chairmen", "children"), or None."""
    if noun.endswith("man"):
        return noun[:-3] + "men"
    if noun.endswith("child"):
        return noun + "ren"
    return None


#: The endings of the nouns :func:`_irregular_plural` knows, as the word image spells them.
_IRREGULAR_SINGULAR_ENDINGS = (b"man", b"child")


def _determiners_and_plurals(image: bytes) -> list[re.Match[bytes]]:
    """What ``_DETERMINER_AND_PLURAL.finditer(image)`` finds (see :func:`_search_reversed`)."""
    return _search_reversed(image)[0]


def _search_reversed(image: bytes) -> tuple[list[re.Match[bytes]], list[int]]:
    """What ``_DETERMINER_AND_PLURAL.finditer(image)`` finds, found from the reversed image, where the
    search starts from a rarer literal (same matches, in the same order); and the text offsets of the "s"
    of each possible ending of ``_COMMON_ENDINGS``, which the same search stops at.

    A reversed search finds the matches that do not overlap from the right, and the forward one from the
    left: they differ only where the plural of one match is the determiner of the next, "this" ("a this
    years"), so the word before each "this" is tried too. Of all the places where the pattern matches, the
    forward search takes each one that starts after the last one it took ends."""
    last = len(image) - 1
    starts = set()
    endings = []
    reversed_image = image[::-1]
    for found in _PLURAL_AND_DETERMINER_REVERSED.finditer(reversed_image):
        if reversed_image.startswith(_REVERSED_ENDINGS, found.start() + 1):
            endings.append(last - found.start() - 1)  # the "s", less the image's space
        if found.group(1) is None:
            continue
        start = last - found.end()  # the space before the determiner
        starts.add(start)
        determiner = found.group(1)[::-1]
        while determiner == b"this":  # the plural of a match just before ("a this years")
            start = image.rfind(b" ", 0, start)
            before = _DETERMINER_AND_PLURAL.match(image, start) if start >= 0 else None
            if before is None:
                break
            starts.add(start)
            determiner = before.group(1)
    read_until = 0
    plurals = []
    for start in sorted(starts):
        match = _DETERMINER_AND_PLURAL.match(image, start) if start >= read_until else None
        if match:
            read_until = match.end()
            plurals.append(match)
    return plurals, endings


def _said_by_the_word_after(text: str, match: re.Match[bytes], determiner: bytes, stem: bytes) -> str | None:
    """Why the word after "the worlds" or "a ships" makes it a possessive ("the worlds largest", "the
    worlds population", "a ships readiness"), or None."""
    start, end = match.start(2) - 1, match.end(2) - 1
    after = _next_word(text, end)
    if not after:
        return None
    phrase = text[match.start() : end + 1 + len(after)]
    if determiner in _SINGULAR_DETERMINERS:
        if _is_singular_determiner(text, match.start()) and _owns(text[start:end], after):
            return f"'{phrase}': a singular determiner, no plural"
        return None
    if after.lower() in _SUPERLATIVES:
        return f"'{phrase}': one of a kind before a superlative"
    if stem == b"world" and _is_owned_noun(after) and not _reads_as_a_verb(after):
        return f"'{phrase}': there is one world"
    return None


def _is_rare_beside_its_possessive(word: str) -> bool:
    """ "publics", "wifes": a word in lower case that English writes far less often than its possessive
    (the test of the common endings, "armys", for any word after a determiner and before a noun, which
    say more: by ``DETERMINED_MARGIN``)."""
    plain = zipf(word)
    return word.islower() and plain < WORD_ZIPF and zipf(word[:-1] + "'s") >= plain + DETERMINED_MARGIN


def _reads_as_a_verb(word: str) -> bool:
    """Whether English writes ``word`` with "-ed" more often than with "-s": a verb ("the worlds collide"),
    not a noun ("population", "economy")."""
    lowered = word.lower()
    past = max(zipf(lowered + "ed"), zipf(lowered + "d") if lowered.endswith("e") else 0.0)
    return past > zipf(lowered + "s")


def _owns(word: str, owned: str) -> bool:
    """Whether ``word`` ("sellers") is a possessive of the words ``owned`` ("company") where the phrase
    says it is one or the other, rather than a plural modifier of them ("sports section", "a news
    conference"): its possessive is not far rarer than itself. In lower case, for a phrase in capitals
    is a name ("the Medicines Basket Committee is"). No word owned may be a verb only, and the first of
    two no verb that news does not write as a noun: there the plural is the subject of a clause that
    says what it thinks ("the governments believe inflation is", "the unions hope growth is")."""
    if not (word + owned).islower():
        return False
    stem = word[:-1]
    if zipf(stem) < COMMON_NOUN_ZIPF or zipf(stem + "'s") < zipf(word) + OWNER_MARGIN:
        return False
    *modifiers, head = owned.split()
    return all(_is_owned_noun(w) and classes(w) != VERB for w in (*modifiers, head)) and all(
        VERB not in classes(w) or is_used_as_a_noun(w) for w in modifiers
    )


def _is_owned_noun(word: str) -> bool:
    """Whether ``word`` can be (a modifier of) what a possessive owns: a word in lower case, or a number;
    no function word, participle, adverb or word that starts a clause."""
    if word.isdigit():
        return True
    return (
        word.islower()
        and _starts_what_is_owned(word)
        and not word.endswith(("ed", "ing", "ly"))
        and word not in _CLAUSE_WORDS
    )


def _is_singular_determiner(text: str, offset: int) -> bool:
    """Whether the determiner at ``offset`` is in lower case or starts a sentence ("Grade A ships" has no
    article)."""
    if text[offset].islower() or offset == 0:
        return True
    return bool(_SENTENCE_END_BEFORE.search(text[max(0, offset - 4) : offset]))


def _quoted_title(text: str, end: int) -> str | None:
    """The first word of a title in quotation marks after the space at ``end`` ("State" of ' "State of the
    Union"'), or None: a name's possessive is the one plural-looking word that stands before a title."""
    found = _QUOTED_TITLE.match(text, end)
    return found.group(1) if found else None


def _next_word(text: str, end: int) -> str | None:
    """The word after the space at ``end``: its letters, or one digit; None where no space and word follow."""
    found = _NEXT_WORD.match(text, end)
    if found is None:
        return None
    word = found.group(1)
    if word.isalpha() or word.isdecimal():
        return word
    return word[: next(i for i, char in enumerate(word) if not char.isalpha())] or None


def _before_a_word(text: str, end: int) -> bool:
    """Whether a word that starts what a possessive owns follows ``end``: a content word, or one of the
    common modifiers ("this years first hurricane")."""
    after = _next_word(text, end)
    return after is not None and _starts_what_is_owned(after)


def _written_possessives(text: str) -> frozenset[str]:
    """The words the document writes with an apostrophe and "s" ("Lai's"): its writer's own spelling of
    their possessives (one literal search per apostrophe, and a look back at the word before each)."""
    stems = set()
    for pattern in _POSSESSIVE_ENDINGS:
        for match in pattern.finditer(text):
            end = start = match.start()
            reach = max(0, end - LONGEST_STEM)
            while start > reach and _is_letter_or_digit(text[start - 1]):
                start -= 1
            if start < end and not (start > 0 and _is_letter_or_digit(text[start - 1])):  # none longer
                stems.add(text[start:end])
    return frozenset(stems)


def _writes_the_phrase_elsewhere(text: str, stem: str, after: str) -> bool:
    """Whether the text writes ``stem``'s possessive before ``after`` elsewhere ("the Hermit's Cave ...
    the Hermits Cave", "the prosecutor's office ... the prosecutors office"): the same two words, which
    its writer wrote as a possessive; where ``after`` is a name's word or can be no verb ("Members
    vote" is no "member's vote")."""
    if not (after[0].isupper() or VERB not in classes(after)):
        return False
    return any(f"{stem}{mark}s {after}" in text for mark in ("'", "’"))


def _is_letter_or_digit(char: str) -> bool:
    """A letter or a decimal digit: ``[\\p{L}\\d]``, read a character at a time (a word is short)."""
    return char.isalpha() or char.isdecimal()


def _apostrophe(text: str) -> str:
    """The text's own apostrophe; where it has none, the style of its other marks ("’" with curly
    quotes or dashes)."""
    curly, straight = text.count("’"), text.count("'")
    if curly or straight:
        return "’" if curly > straight else "'"
    return "’" if is_typographic(text) else "'"


def _word_start(image: bytes, offset: int) -> int:
    """The start of the lower-case word that holds ``offset`` in the image."""
    while offset > 0 and 97 <= image[offset - 1] <= 122:  # a-z
        offset -= 1
    return offset


def _is_lost_possessive(document: Document, start: int, stem: str, word: str, elsewhere: bool) -> bool:
    """A common noun whose possessive English writes far more often than the word itself ("armys"), or
    a name the gazetteer knows whose "s" form is neither a name nor an English word ("Ukraines");
    ``elsewhere``: the text writes the possessive with its apostrophe elsewhere."""
    plain = zipf(word)
    if stem[0].isupper():
        gazetteer = document.gazetteer
        name = _known_name_ending_in(document, start, stem)
        if name is None and not gazetteer.lookup(word):
            return _is_a_common_noun_in_capitals(stem, plain)
        if name is None or gazetteer.lookup(word) or gazetteer.lookup(name + "s"):
            return False  # an unknown name ("the Patricks") may be a family's or a team's
        # the document's own "Lai's" says what "Lais visit" is, whatever the frequencies
        is_possessive = elsewhere or plain < 1.0 or zipf(stem + "'s") >= plain + POSSESSIVE_MARGIN
        return is_possessive and not _is_family_plural(document, start - len(name) + len(stem), name)
    return zipf(stem + "'s") >= plain + (0.0 if elsewhere else POSSESSIVE_MARGIN)


def _is_a_common_noun_in_capitals(stem: str, plain: float) -> bool:
    """ "Childrens Hospital", "Todays news", "the Partys work": a common noun written with a capital, in
    a name, a title or at the start of a sentence, whose possessive English writes far more often than
    its "s" form (``plain``), as for the noun in lower case ("armys"); no name ("on Patricks team" may be
    a team of Patricks), nor a common noun whose "s" form is a surname ("Rogers", "Peters")."""
    lowered = stem.lower()
    return (
        stem[1:].islower()
        and NOUN in classes(lowered)
        and lowered + "s" not in surname_ranks()
        and zipf(lowered) >= COMMON_NOUN_ZIPF
        and zipf(lowered + "'s") >= plain + POSSESSIVE_MARGIN
    )


def _starts_what_is_owned(after: str) -> bool:
    """Whether the word after a possessive can start what it owns: no function word ("the Clintons
    were"), but for the common adjectives and numbers that do ("Germanys new chancellor")."""
    return zipf(after) < FUNCTION_WORD_ZIPF or after.lower() in _MODIFIERS_OF_A_POSSESSION


#: The last words of the names of bodies that are one of a kind, written with a capital: after a capitalized
#: word, their "s" form before what they own is their possessive ("the Justice Departments criminal
#: investigation", "the Central Banks forecast"), where news names a plural of them in lower case ("the
#: justice departments of both states"). Not the nouns of plural names ("Social Services", "Trades Unions",
#: "the Law Courts", "the Armed Forces", "the United Nations").
_BODIES = frozenset(
    "Department Office Bank Agency Commission Committee Council Administration Bureau Association "
    "Government Prefecture Authority Federation Corporation Institute University".split()
)


def _names_one_body(text: str, start: int, word: str) -> bool:
    """Whether the capitalized words before ``start`` and ``word`` after them name one body: no word that
    joins two names or counts a plural stands before them ("the Fire and Police Departments budget", "two
    Health Departments"), and the text writes ``word`` nowhere else, in any case (a text about "County
    Councils" names them again, or "councils")."""
    if not _written_once(text, word):
        return False
    name = _NAME_WORDS_BEFORE.search(text, max(0, start - LONGEST_STEM), start)
    opening = name.start() if name else start
    if text[max(0, opening - 6) : opening].rstrip().endswith((",", "&")):
        return False
    before = _word_before(text, opening)
    return before is None or before.group(1).lower() not in _JOINS_OR_COUNTS


#: Words before a name that make its last word a plural: a conjunction ("Fire and Police Departments"), or
#: a word that counts ("two Health Departments").
_JOINS_OR_COUNTS = _COUNTS_OF_A_PLURAL | {"and", "or", "nor"}


def _after_a_capitalized_word(text: str, start: int) -> bool:
    """Whether a capitalized word and one space stand before ``start``: where a name of several words
    may end (most plurals have none before them)."""
    if start < 2 or text[start - 1] != " ":
        return False
    reach = max(0, start - LONGEST_STEM)
    previous = max(text.rfind(" ", reach, start - 1) + 1, reach)
    return text[previous : previous + 1].isupper()


def _name_of_several_words(document: Document, start: int, stem: str, word: str) -> str | None:
    """The name of a place or a body, of several words, that ends with ``stem`` at ``start`` ("Downing
    Street"): its "s" form is no plural, whatever the last word's is ("Streets"); a person's may be a
    family's ("the John Smiths")."""
    if not stem[:1].isupper() or document.gazetteer.lookup(word):
        return None
    name = _known_name_ending_in(document, start, stem, several=True)
    if name is None or document.gazetteer.lookup(name + "s"):
        return None
    return None if any(e.type == "person" for e, _kind in document.gazetteer.lookup(name)) else name


def _is_possessive_of_a_name_the_text_writes(
    text: str, start: int, stem: str, word: str, after: str, elsewhere: bool, titled: bool = False
) -> bool:
    """A name the gazetteer does not know, before a word that starts what it owns, where the text says
    it is a name: it writes the name's possessive with its apostrophe elsewhere ("Erb's palsy ... Erbs
    palsy"), or writes the name on its own and its "s" form is no word: an initialism ("ASIO ... ASIOs
    powers") or a name whose "s" form English never writes ("Kalbitz ... Kalbitzs membership", "the Wiley
    affair ... Wileys content", though "Wiley" is a word), once (a text that writes "Repnids" twice and
    "Repnid bodies" has a plural of its own). A capitalized word that is a word ("Cretans", "Igbos") is
    a people's or a kind's plural. Not before a verb a plural
    subject takes ("the NGOs say", "the UAVs crashed", "two ASRs running", "500 SMBs receive"), nor after a word that counts
    a plural ("two", "all", "many"), nor a name after "the" ("the Hendersons house" is a family's)."""
    if not stem[:1].isupper() or (after[0].isupper() and not titled):
        return False  # "Xs Y": a name of several words; but "Xs "Y"" is the title X owns (``titled``)
    if after.lower() in _VERBS_AFTER_A_SUBJECT or after.endswith(("ed", "ing")) or classes(after) == VERB:
        return False
    before = _word_before(text, start)
    if before is not None and before.group(1).lower() in _COUNTS_OF_A_PLURAL:
        return False
    initialism = sum(char.isupper() for char in stem) >= 2
    if not initialism and text[max(0, start - 4) : start].lower() == "the ":
        return False
    if elsewhere:
        return zipf(word) < WORD_ZIPF  # "Customers", "States": a plural whatever else the text writes
    if text.count(word) > 1:
        return False  # "Repnids seem ... Repnids have tunnelled ... Repnid bodies": the text's own plural
    if initialism:
        return zipf(word) < INITIALISM_PLURAL_ZIPF and _written_alone(text, stem)
    return zipf(word) == 0 and _written_alone(text, stem)


def _owned_by_a_name(document: Document, start: int, end: int, stem: str, word: str) -> str | None:
    """What a name the gazetteer does not know owns, where the spelling and the phrase say it is a
    possessive: a noun that can be no verb follows ("Yahyas family", "Labours internal divisions"), and
    English writes the name's possessive more often than its "s" form ("Labour's" 3.1, "Labours" 2.7),
    or never writes the "s" form of a word it knows ("Yahya", "Yahyas") or of a name whose ending takes no
    "s" in any name ("Dzherzinskys statue"); after a first name, the "s" form
    of a surname in a consonant that English never writes ("Neil Barofskys memoir"), and an adjective or a
    word the word classes lack may follow too ("Danny Welbecks backheel"); the "s" form, never written, of
    a Chinese name ("Hao Yushengs view": pinyin has no syllable in "s"); a plural noun after a possessive
    English writes more often than the "s" form, where a plural subject would take a verb in "s" ("Blakes
    concerns"). Not where the "s" form is a name
    the gazetteer knows ("Taylors"), nor after "the" ("the Hendersons house" is a family's) or a word that
    counts a plural ("two Teslas") or a word of the name of a person the text mentions ("Lai Chengs office"),
    or None."""
    text = document.text
    if not stem[:1].isupper() or stem.isupper() or document.gazetteer.lookup(word):
        return None  # an initialism's own rule is :func:`_is_possessive_of_a_name_the_text_writes`
    plain = zipf(word)
    if plain == 0:  # "Yahyas", "Dzherzinskys": no name ends so
        possessive = zipf(stem) >= NAME_ZIPF or _is_no_name_in_s(stem)
    else:
        possessive = zipf(stem + "'s") >= plain + NAME_MARGIN
    if not possessive and plain != 0:
        return None  # most end here, before the word before is read
    before = _word_before(text, start)
    if before is not None and (
        before.group(1).lower() in _BEFORE_A_PLURAL_NAME
        or _names_a_person_mentioned(document, before.group(1))
    ):
        return None
    first = before.group(1) if before is not None else ""
    after = _next_word(text, end)
    if plain == 0 and _is_chinese_name(first, stem):
        # "Hao Yushengs view", "Li Baorongs tweets", "Zhang Jiaxis "Cat Forest"": pinyin has no syllable
        # in "s", so the "s" form of a Chinese name is no name, nor a plural subject before a verb
        if after is None:
            return _quoted_title(text, end)
        return after if _is_owned_noun(after) and classes(after) != VERB else None
    # after a first name, a surname: "Neil Barofskys memoir", where English never writes the "s" form of
    # a surname in a consonant (surnames in a vowel and "s" are many: "Stefanos Tsitsipas")
    surname = _is_first_name(first) and (possessive or stem[-1] not in _VOWELS_AND_S)
    if not (possessive or surname):
        return None
    if surname and after and _is_owned_noun(after) and classes(after) in _ADJECTIVE_CLASSES | {""}:
        # an adjective or a word the word classes lack starts what a person's name owns ("Stefanie
        # Kramers professional career", "Danny Welbecks backheel")
        return after
    if possessive and after and not first[:1].isupper() and _is_plural_noun(after):
        # "reviewed Blakes concerns": a plural subject takes no verb in "s", so what follows is owned
        # (not after a word in capitals, where the name may be longer: "Minas Ginas states")
        return after
    return _owned_noun_phrase(text, end)


def _is_plural_noun(word: str) -> bool:
    """ "concerns", "measures": a word in lower case whose singular is a noun, which after a plural subject
    can be no verb (a verb in "s" takes a singular subject); no function word, nor a word in "ss", "us",
    "is" ("process", "status", "crisis")."""
    return (
        word.islower()
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
        and zipf(word) < FUNCTION_WORD_ZIPF
        and NOUN in classes(word[:-1])
    )


#: The endings of names whose "s" form no name has: "Dzherzinskys", "Degtyarevs", "Katashs", "Fakhfakhs"
#: (English writes "-ies" and "-es" there; a name in a vowel and "y" may take an "s": "Rhys").
_ENDINGS_OF_NO_NAME_IN_S = ("sh", "zh", "kh", "v", "x")


def _is_no_name_in_s(stem: str) -> bool:
    """Whether a name ending so takes no "s" of its own: "Dzherzinsky", "Degtyarev", "Katash"."""
    return stem.endswith(_ENDINGS_OF_NO_NAME_IN_S) or (
        stem.endswith("y") and len(stem) > 2 and stem[-2] not in "aeiouy"
    )


def _is_chinese_name(surname: str, given: str) -> bool:
    """Whether ``surname`` and ``given`` read as a Chinese name: a capitalized syllable of pinyin (or of
    another romanization) and a capitalized run of them ("Hao Yusheng", "Lv Ling")."""
    return (
        surname[:1].isupper()
        and surname[1:].islower()
        and bool(readings(surname))
        and given[1:].islower()
        and bool(syllabify(given))
    )


_VOWELS_AND_S = frozenset("aeiousAEIOUS")


def _is_first_name(word: str) -> bool:
    """Whether ``word`` is a first name of Americans written as one ("Neil", "Stefanie"): the name after
    it is a surname."""
    return word[:1].isupper() and word[1:].islower() and word.lower() in first_names_of_americans()


def _owned_by_a_name_in_capitals(
    document: Document, start: int, end: int, stem: str, word: str, after: str
) -> str | None:
    """What a country's, a body's or a person's name owns where its "s" form is a common noun, written
    with a capital that the noun takes only at the start of a sentence ("praised Turkeys response", "or
    Apples photo app", "of Trumps measures": "turkeys", "apples", "trumps"), or no word but rather the
    name's possessive than a name of its own ("is Bidens action"): a word that can be what it owns,
    after a word in lower case (no "the": "the Scouts", "the Mines project" are names of their own,
    "the Trumps" a family; nor a word that counts a plural, "two Koreas"); or at the start of a sentence a
    noun that can be no verb, where it is a common noun ("Turkeys authorities"). What follows may be a
    number ("of Trumps 2016 campaign"). Also a country's name whose "s" form is a person's ("Frances"), where
    the text writes the country's name on its own (:func:`_owned_by_a_country`). Not where the "s" form is a
    name the gazetteer knows ("Athens", "Americans"), nor a town's ("Vans"), or None."""
    if not (stem[0].isupper() and stem[1:].islower()):
        return None
    gazetteer = document.gazetteer
    entries = gazetteer.lookup(stem)  # most end here: no name
    if not entries or any(e.type not in _NAMED_KINDS for e, _kind in entries) or gazetteer.lookup(word):
        return None
    text = document.text
    common = NOUN in classes(word)
    if not common and all(e.type == "country" for e, _kind in entries) and _written_alone(text, stem):
        return _owned_by_a_country(text, start, end, after)
    if not (after.islower() or after.isdigit()) or classes(after) == VERB:
        return None
    if not common and not _is_a_name_s_possessive(stem, word):
        return None
    before = _word_before(text, start)
    if before is not None:
        lowered = before.group(1)
        if not lowered.islower() or lowered in _BEFORE_A_PLURAL_NAME:
            return None
        return after if _is_owned_noun(after) else None
    if common and (start == 0 or _SENTENCE_END_BEFORE.search(text, max(0, start - 4), start)):
        return _owned_noun_phrase(text, end)
    return None


#: Capitalized words that start the name of a state's body, which a country's possessive owns ("Frances
#: Ministry of Armed Forces", "Jordans Foreign Ministry").
_BODIES_OF_A_STATE = frozenset(
    "Ministry Embassy Foreign Defence Defense Interior Parliament Government National Supreme".split()
)


def _owned_by_a_country(text: str, start: int, end: int, after: str) -> str | None:
    """What a country owns whose "s" form is a person's name ("Frances"), in a text that writes the
    country's name on its own: a state's body ("Frances Ministry of Armed Forces"), or after a word in
    lower case or at the start of a sentence a noun that can be no verb ("Frances efforts"), or one
    news writes as a noun that ends in no "s" ("Frances budget"; "Frances plans" may be what a woman
    named Frances does); not after "the" or a word that counts a plural; or None."""
    before = _word_before(text, start)
    if before is not None and (not before.group(1).islower() or before.group(1) in _BEFORE_A_PLURAL_NAME):
        return None
    if after in _BODIES_OF_A_STATE:
        return after
    if not after.islower():
        return None
    return _owned_noun_phrase(text, end) or (None if after.endswith("s") else _owned_noun_by_usage(text, end))


def _is_a_name_s_possessive(stem: str, word: str) -> bool:
    """Whether ``word``, no common noun, is rather the possessive of the name ``stem`` than a name of its
    own: English writes the possessive more often ("Biden's" 2.9, "Bidens" 2.2), and no American bears it
    as a first name or a surname ("Frances", "Rogers")."""
    lowered = word.lower()
    return (
        zipf(stem + "'s") >= zipf(word)
        and lowered not in first_names_of_americans()
        and lowered not in surname_ranks()
    )


#: The kinds of entity whose name in "s" inside a sentence, after no "the", is no plural: a country, a
#: body, a person ("the Trumps" is a family).
_NAMED_KINDS = frozenset({"country", "organization", "person"})


def _names_a_person_mentioned(document: Document, word: str) -> bool:
    """Whether ``word`` is a word of the name of a person the text mentions: then the unknown name after
    it is more likely the rest of that name garbled than a name of its own ("Lai Chengs office" beside
    "Lai Ching-te" is no office of a Lai Cheng)."""
    gazetteer = document.gazetteer
    return any(
        gazetteer[entry_id].type == "person" and word in gazetteer[entry_id].name_words
        for mention in document.mentions
        for entry_id in mention.entries
    )


#: Words after which a name's "s" form is a plural: a family's ("the Hendersons"), or counted.
_BEFORE_A_PLURAL_NAME = _COUNTS_OF_A_PLURAL | {"the"}


def _written_alone(text: str, word: str) -> bool:
    """Whether ``word`` stands in the text as a word of its own, with no letter, digit, apostrophe or
    hyphen glued to it (a literal search per occurrence)."""
    found = text.find(word)
    while found >= 0:
        before, after = text[found - 1 : found], text[found + len(word) : found + len(word) + 1]
        if not _GLUED.match(before) and not _GLUED.match(after):
            return True
        found = text.find(word, found + 1)
    return False


def _known_name_ending_in(document: Document, start: int, stem: str, several: bool = False) -> str | None:
    """The name the gazetteer knows that ends with ``stem`` at ``start``: the stem ("Ukraine") or the
    stem with the capitalized words before it ("New Zealand"), the shortest first; with ``several``, a
    name of several words only ("European Union", though a town is named Union)."""
    if not several and document.gazetteer.lookup(stem):
        return stem
    before = _NAME_WORDS_BEFORE.search(document.text, max(0, start - LONGEST_STEM), start)
    if before is None:
        return None
    words = before.group().split()
    for count in range(1, len(words) + 1):
        name = " ".join([*words[-count:], stem])
        if document.gazetteer.lookup(name):
            return name
    return None


def _is_family_plural(document: Document, start: int, stem: str) -> bool:
    """ "the Bidens": a name after "the" is a family's plural, not a possessive (a person's possessive
    takes no article: "Biden's plan"), unless the name is a place's or a body's ("the Kremlin's")."""
    if not stem[0].isupper() or document.text[max(0, start - 4) : start].lower() != "the ":
        return False
    return not any(entry.type != "person" for entry, _kind in document.gazetteer.lookup(stem))
