"""A word or phrase the MT wrote twice: "said said", "on Monday on Monday", and a sentence it restarted
without a space: "The talks between theThe talks between the two sides".

What it must not touch: words English doubles on purpose ("had had", "that that", "bye bye", "very very",
"her her" as in "gave her her keys", but only after a verb that takes two objects: "vetoed her her
appointment" and "during her her trial" are copies, as are "of this this plan", "in there there somewhere"
and "bring it back back to life"; "much much better", but not "much much talk"; "bring about about 18
billion", but not "a wage of around around 8000"; "Theresa May may"), reduplicated names ("Lang Lang",
"Cao Cao", "Walla Walla": a capitalized word doubled is left alone, as is a phrase of capitalized words, a
title), two
compounds that share a noun ("low power power line"), keywords a web page repeats in its source
("decoration company decoration company": a phrase of content words alone, with no adverb: "clearly
visible clearly visible" is a stutter), a speaker's false start ("if the if the": a phrase of function
words alone), a common short word whose double in human text is a typo for another word ("an an" for "and
an"), rhetoric and constructions ("again and again and again", "day after day", "close contacts of close
contacts", but not a phrase a preposition opens, "in front of in front of"; "and more and more", but not
"and Elizabeth and Elizabeth"; and "financing and financing and", MT's rendering of two source terms
alike, 融資 and 融券: deleting a copy would hide the term it lost), a word written three times or more
("rumbling rumbling rumbling": a sound or an emphasis) or once more just after its double (a keyword of a
menu or a tag line), a doubled expression quoted as such ('the "zoom zoom" kid'), a hyphenated word (a
refrain, "la-la-la la-la-la", or a modifier two nouns shared in the source, "state-owned state-owned
enterprises"), a word whose copy starts a clause of its own ("for life life is hard", "what it was was";
but "Each leather bag bag is" is one noun phrase), the first words of a numbered or bulleted line,
numbers and single letters (tables, "1 1/2"), and anything across a mark, a sign, a line break or a tab
(lists, sums, tables, two sentences). A repeat is only a stutter when the copies are separated by one
space.

Linear in the input: one regex scan for a phrase of one to ``LONGEST_PHRASE`` words written again (each
space costs a bounded number of steps: the words after it, each branch failing at the first character
that differs), each repeat read once (its copies are skipped), and the words glued to a capital
("theThe"), which the document finds once for this rule and the spacing rule, each checked against at
most ``LONGEST_RESTART`` words before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from translit.edits import Candidate, Finding
from translit.gazetteer.words import zipf
from translit.rules.context import FUNCTION_WORD_ZIPF
from translit.rules.rule import Rule

if TYPE_CHECKING:
    from translit.document import Document

#: A word or phrase repeated after one space, once the words English doubles on purpose are set aside.
REPEATED_PHRASE = 0.9
#: A sentence restarted with its first words glued to the last one: the shape only a pipeline makes.
GLUED_RESTART = 0.95
#: The longest restarted fragment looked for before a glued capital, in words.
LONGEST_RESTART = 8
#: A word written this many times in a row is deliberate (a sound, an emphasis), but for an article: MT
#: doubles, it seldom triples.
DELIBERATE_RUN = 3
#: How far after a doubled word a third copy makes it a repeated keyword (a menu, a tag line), in characters.
KEYWORD_REACH = 60
#: How far back a repeat looks for the start of its line (a list item's or a heading's number).
LIST_MARKER_REACH = 200

# The pattern runs on the word image of the text (:mod:`translit.rules.shapes`) and starts with a literal
# (a space), which the regex engine finds by a fast search. It finds a word that comes back one,
# two or three words later as the start of the same phrase written again: at each space it reads the word
# after it, then each branch fails at the first character that differs from the copy it expects, and in
# the word image every word is a run of non-spaces, the fastest class there is. A repeat is read whole
# once (its copies are skipped), so that "day after day after day" is not read again from "after". Measured on MT output,
# it costs about what the earlier pattern for phrases of one or two words did (a class of letters and a
# check of where the copy ends after each branch).
_REPEATED = re.compile(rb" ([^ ]++)(?= (?:\1 |([^ ]++) (?:\1 \2 |([^ ]++) \1 \2 \3 )))")
#: The longest phrase looked for, in words: MT's doubled phrases are short ("on Monday on Monday", "the
#: cause of the cause of"); each word more costs a word read at every space of the text.
LONGEST_PHRASE = 3
#: What follows a glued capital that starts a restarted sentence, in the capital image: a lower-case
#: letter, an apostrophe or a space ("theThe talks", "theI am"), not another capital ("theUSA").
_AFTER_A_RESTART = re.compile(rb"[a-z' ]")
_WORD_STARTS_BEFORE = regex.compile(r"(?r)(?<![\p{L}\d'’-])[\p{L}\d]")
#: Words English doubles on purpose, or that end one phrase and start the next ("looking for for days",
#: "gave her her keys", "his will will", "Theresa May may", "gave in in the end", "like this this year",
#: "bring about about 18 billion": a particle ends a phrasal verb, the same word starts what follows).
#: Modals that are no noun ("would would", "must must") are stutters.
LEGITIMATE_DOUBLES = frozenset(
    """
    had that this do does bye very no yes so ha hah ho go her
    for in on up out off down over about around through along across back away after before behind past
    by much many really well now there here blah bla knock night chop tut boo wow oh ah hey yeah yay
    ding dong tick tock never far long pretty wait hush choo good
    """.split()
)
#: Modals that are also nouns: doubled on purpose only where the first copy is the noun, after a
#: determiner or a name ("his will will be read", "a can can rust", "Theresa May may"); else a stutter
#: ("the details will will be presented").
_MODAL_NOUNS = frozenset({"will", "can", "may"})
#: "is is" and "was was" close a clause that is the subject of the next ("what it is is", "all it was
#: was", "more serious than it was was the lack", "the thing is is"): legitimate where one of these
#: words stands among the few words before; elsewhere ("the list was was chosen") a stutter.
_COPULAS = frozenset({"is", "was"})
_SUBJECT_CLAUSE_WORDS = frozenset(
    "what where how why who whatever all than as thing problem point truth".split()
)
#: How many words before a doubled copula are read for a subject clause.
SUBJECT_CLAUSE_REACH = 4
#: An auxiliary after a doubled content word makes the copy a subject: MT of Chinese drops the comma
#: between two clauses ("work hard for life life is tiring" for 為了生活努力 生活很累).
_VERBS_OF_A_NEW_CLAUSE = frozenset(
    "is are was were has have had will would can could should may might must does did do".split()
)
#: Words that open a noun phrase: a content word doubled after one of them is no end of one phrase and
#: start of the next, whatever follows ("the restaurant restaurant has closed", "your password password").
_DETERMINERS = frozenset(
    "the a an my your his her its our their this these those all every each some any no".split()
)
#: The adjective an adverb in "-ly" is made of is at least this common (Zipf): "clear" of "clearly".
ADJECTIVE_OF_AN_ADVERB_ZIPF = 3.0
#: Words that count what follows them, as a determiner does ("several major major problems", "last year
#: year"); numbers are read apart.
_COUNTS = frozenset("several many few both last next".split())
#: A pronoun that is also a determiner, written twice after a preposition: "gave her her keys" is two
#: objects, but a preposition takes one ("during her her trial", "of this this project"); "like this this
#: year" is an adverb and a time.
_OBJECTS_AND_DETERMINERS = frozenset({"this", "her"})
_PREPOSITIONS = frozenset(
    "of for by in on at with from to about during into onto under over after before through against without".split()
)
#: Words nobody writes three times on purpose: "the the the" is a stutter still.
_ARTICLES = frozenset({"the", "a", "an"})
#: Endings of participles, adjectives and adverbs that few nouns have: a word with one is no noun that
#: two compounds share ("-ic", "-al", "-ive", a bare "-ly" are left out: "plastic", "signal", "executive",
#: "supply"; "-ally", "-ently" are adverbs: "usually usually agree").
_NOT_A_NOUN_ENDINGS = ("ed", "onal", "ous", "ful", "ally", "ously", "ively", "ently", "edly")
#: The shortest word read by its ending ("bed", "seed", "speed" are nouns).
SHORTEST_SUFFIXED_WORD = 6
#: A doubled word of one or two letters ("to to", "an an", "it it") is, in human text, as often a typo
#: for another word ("policeman an an officer" for "and an", "get to to" for "get access to") as a
#: stutter, and deleting the copy leaves an error; "of of" is the exception.
SHORTEST_WORD = 3
_PURE_REPEATS = frozenset({"of"})  # fixed whatever its neighbours
#: A phrase that ends with one of these joins its copies into a construction English uses on purpose
#: ("again and again and", "day after day after", "side by side by"); of three words, only the words
#: that join choices and kinds do ("do it or do it or create it", "a friend of a friend of"), and never
#: after "the": "the cause of the cause of", "garden fence and garden fence and", "the episode to the
#: episode to" are stutters.
_JOINING_WORDS = frozenset("and or nor of to by after upon".split())
_JOINING_WORDS_OF_LONGER_PHRASES = frozenset("or nor of".split())
#: ... and so does a phrase of two words that starts with a conjunction ("and more and more"); a longer
#: one is a stutter ("and was only and was only").
_CONJUNCTIONS = frozenset("and or but nor".split())
#: Function words that wordfreq ranks below FUNCTION_WORD_ZIPF: prepositions, conjunctions and
#: determiners still, which make a phrase no string of keywords ("seven thousand crowns between"); a
#: false start is still read by frequency alone ("between the between the" is a stutter).
_CLOSED_CLASS = frozenset(
    """
    between among against toward towards though although unless until while whereas whether since
    despite during without within beyond beneath besides except including per via amid than
    around across behind along above below under near beside inside outside throughout onto
    why how when where what who
    either neither both each every several such whose whom which
    """.split()
)
#: What can follow "about" meaning "approximately" ("bring about about 18 billion"): never a pronoun, so
#: "think about about it" is a stutter.
_PRONOUN_OBJECTS = frozenset("it them him her me us you".split())
#: Verbs that take two objects: after one, "her her" is an object and a possessive ("gave her her keys",
#: "cost her her job"); after any other word one "her" is a copy ("vetoed her her appointment").
_TWO_OBJECT_VERBS = frozenset(
    """
    give gives gave given giving tell tells told telling show shows showed shown send sends sent hand handed
    offer offered bring brings brought buy buys bought get gets got make makes made wish wished pay pays paid
    lend lent teach taught ask asked cost costs promise promised deny denied owe owed grant granted award
    awarded save saved spare spared leave left lose lost pass passed sell sold find found call called allow
    allowed refuse refused earn earned win won read write wrote throw threw forgive forgave cook cooked fetch
    fetched take took keep kept name named assign assigned guarantee guaranteed secure secured do did
    """.split()
)
#: "back back to": the particle of a verb and the start of "back to", written twice ("bring it back back to
#: life"); "back to back" is the one phrase that starts so.
_BACK_TO = ("to", "into")
#: "there there" before a word that is no verb of being ("in there there somewhere") is a copy; a sentence
#: that opens with it, or an interjection before it, comforts someone ("There there, dear", "oh there there").
_COMFORTING = frozenset({"oh", "now"})
#: "well well" after one of these is an adverb written twice ("very well well done"); elsewhere it may be
#: an exclamation ("well well, look at that").
_INTENSIFIERS = frozenset("very so too pretty quite really fairly extremely".split())
#: "much much" stresses a comparative ("much much better", "much much longer"); before anything else
#: ("the subject of much much talk") one is a copy.
_COMPARATIVES = frozenset("more less better worse further farther fewer too".split())
#: "about about" and "around around" end a phrasal verb and start an approximation ("bring about about
#: 18 billion"); after a preposition, which ends no verb, one is a copy ("a wage of around around 8000").
_APPROXIMATIONS = frozenset({"about", "around"})
#: A doubled content word in a numbered or bulleted line is left alone where it stands among the first
#: words of its item (a heading or a table's cells: "6 character character set"), not in a sentence.
LIST_HEADING_WORDS = 3
#: How many content words may stand between a determiner and a doubled noun whose copy a verb follows:
#: "Each vintage leather bag bag is" is one noun phrase, no clause that starts at the copy.
OPEN_PHRASE_REACH = 3
#: "there there is" after a place word is two phrases ("out there there are"); elsewhere ("but there
#: there was") a stutter.
_PLACE_PARTICLES = frozenset("out in over up down back right under through along from near".split())
_EXISTENTIAL_VERBS = frozenset("is are was were has have had will would seems seemed".split())
_CONTRACTIONS = ("'ve", "'re", "'ll", "'m", "'d", "n't", "'s")
_QUOTE_MARKS = frozenset("\"“”'‘’")
_WORD_BEFORE = regex.compile(r"(?r)([\p{L}\d'’-]+)[ \t]+\Z")
_WORD_AFTER = regex.compile(r"[ \t]+([\p{L}\d'’-]+)")
_LIST_OR_HEADING = re.compile(r"[ \t]*(?:[-•*▪◦]|\d+(?:\.\d+)*[.)]?)[ \t]")
_SENTENCE_END_BEFORE = regex.compile(r"(?:^|[.!?]['\"”’)]*[ \t]+)\Z")


def find_stutters(document: Document) -> Iterator[Finding]:
    yield from _repeats(document)
    yield from _glued_restarts(document)


def _repeats(document: Document) -> Iterator[Finding]:
    text = document.text
    image = document.word_image  # offsets one more than in the text
    read_until = 0
    for match in _REPEATED.finditer(image):
        if match.start() < read_until:
            continue  # inside a repeat already read: "day after day after day" is one, not two
        words = LONGEST_PHRASE if match.group(3) else 2 if match.group(2) else 1
        start, phrase_end = match.start(1) - 1, match.end(words) - 1
        end = _end_of_copies(image, start + 1, phrase_end + 1) - 1
        phrase, copies = text[start:phrase_end], text[phrase_end:end]
        if text.count(" ", start, end) != image.count(b" ", start + 1, end + 1):
            continue  # a mark, a tab or a line break between the words: a list, a table, two sentences
        read_until = end + 1
        if not _is_stutter(text, start, end, phrase, copies):
            continue
        kind = "phrase" if " " in phrase else "word"
        reason = f"the {kind} {phrase!r} written {_times(phrase, copies)} times in a row"
        yield Finding(
            phrase_end, end, copies, "stutter", "stutter", (Candidate("", reason, REPEATED_PHRASE),)
        )


def _end_of_copies(image: bytes, start: int, phrase_end: int) -> int:
    """Where the copies of ``image[start:phrase_end]`` that follow it, each after one space, end."""
    copy = image[start - 1 : phrase_end]  # the phrase with the space before it
    end = phrase_end + len(copy)
    while image.startswith(copy, end) and image[end + len(copy)] == 32:  # a space: the copy ends a word
        end += len(copy)
    return end


def _times(phrase: str, copies: str) -> int:
    return 1 + len(copies.split()) // len(phrase.split())


def _is_stutter(text: str, start: int, end: int, phrase: str, copies: str) -> bool:
    words = phrase.split()
    if not any(char.isalpha() for char in phrase) or all(len(word) == 1 for word in words):
        return False  # numbers, single letters: tables and lists
    if not all(any(char.isalnum() for char in word) for word in words):
        return False  # "120ml + 120ml + 100ml": a sign among the words, a sum or a list
    repeated = copies.split()
    if any(copy != word for copy, word in zip(repeated, words * (len(repeated) // len(words)))):
        # the copies differ in case only: a stutter when the first copy starts a sentence ("The the")
        if not (words[0][0].isupper() and _SENTENCE_END_BEFORE.search(text, max(0, start - 4), start)):
            return False
    elif all(word[0].isupper() for word in words):
        return False  # a name or a title: "Lang Lang", "New York New York"
    if text[start - 1 : start] in _QUOTE_MARKS and text[end : end + 1] in _QUOTE_MARKS:
        return False  # 'the "zoom zoom" kid': a doubled expression quoted as such
    if len(words) == 1:
        if _times(phrase, copies) >= DELIBERATE_RUN and words[0].lower() not in _ARTICLES:
            return False  # "rumbling rumbling rumbling", "no no no": a sound or an emphasis, written so
        return _is_stuttered_word(text, start, end, words[0].lower())
    if _is_list_item(text, start):
        return False  # a numbered heading or an item of a list
    function_words = [zipf(word) >= FUNCTION_WORD_ZIPF for word in words]
    if all(function_words):
        return False  # "if the if the", "then we would then we would": a false start, which transcripts keep
    if not any(function_words) and not _CLOSED_CLASS.intersection(word.lower() for word in words):
        # "decoration company decoration company": a web page's keywords, repeated in the source; even after
        # a determiner ("find a decoration company decoration company", 找裝修公司裝修公司) the copy stays:
        # the reference writes the phrase once, but chrF against it falls (-3 points on that line). An
        # adverb is in no keyword ("ring clearly visible ring clearly visible").
        return any(_is_adverb(word) for word in words)
    first, last = words[0].lower(), words[-1].lower()
    joining = _JOINING_WORDS if len(words) == 2 else _JOINING_WORDS_OF_LONGER_PHRASES
    if last in joining and first != "the" and first not in _PREPOSITIONS:
        return False  # but "in front of in front of": a preposition opens no "friend of a friend of"
    if len(words) == 2 and first in _CONJUNCTIONS:
        return words[1][0].isupper()  # "and more and more"; but "and Elizabeth and Elizabeth"
    return True


def _is_adverb(word: str) -> bool:
    """An adverb made of an adjective English uses ("clearly" of "clear"); "family", "supply" are none."""
    lowered = word.lower()
    return lowered.endswith("ly") and zipf(lowered[:-2]) >= ADJECTIVE_OF_AN_ADVERB_ZIPF


def _is_stuttered_word(text: str, start: int, end: int, word: str) -> bool:
    if "-" in word:
        # "la-la-la la-la-la" is a refrain; "state-owned state-owned enterprises" is what MT makes of two
        # nouns that share a modifier (國有資產和國有企業): deleting the copy would hide the noun it lost
        return False
    if word in _PURE_REPEATS:
        return True
    if word == "about" and _word_after(text, end).lower() in _PRONOUN_OBJECTS:
        return True  # "think about about it": the second is no "approximately"
    if word == "there":
        if _word_after(text, end).lower() in _EXISTENTIAL_VERBS:
            return _word_before(text, start).lower() not in _PLACE_PARTICLES  # "but there there was"
        return not (text[start].isupper() or _word_before(text, start).lower() in _COMFORTING)
    if word == "her" and _word_before(text, start).lower() not in _TWO_OBJECT_VERBS:
        return True  # "vetoed her her appointment", "Her her": no second object
    if word in _APPROXIMATIONS and _word_before(text, start).lower() in _PREPOSITIONS:
        return True  # "of around around 8000"
    if word == "well" and _word_before(text, start).lower() in _INTENSIFIERS:
        return True  # "very well well done"
    if word == "much":
        following = _word_after(text, end).lower()
        return bool(following) and following not in _COMPARATIVES and not following.endswith("er")
    if word == "back" and _word_after(text, end).lower() in _BACK_TO:
        return not text[end : end + 10].lower().startswith((" to back", " into back"))
    if word in _OBJECTS_AND_DETERMINERS and _word_before(text, start).lower() in _PREPOSITIONS:
        return True  # "of this this project", "during her her trial": a preposition takes one
    if word in LEGITIMATE_DOUBLES or len(word) < SHORTEST_WORD:
        return False
    if word in _MODAL_NOUNS:
        return not (text[start].isupper() or _word_before(text, start).lower() in _DETERMINERS)
    if word in _COPULAS:
        words_before = text[max(0, start - 60) : start].lower().split()[-SUBJECT_CLAUSE_REACH:]
        return not _SUBJECT_CLAUSE_WORDS.intersection(words_before)
    if not _is_content_word(word):
        return True  # "the the", "would would": no function word is doubled on purpose but those above
    if _is_list_item(text, start) and _words_into_line(text, start) <= LIST_HEADING_WORDS:
        return False  # "6 character character set": a numbered heading or a list's cells
    if word in (w.strip(".,;:!?~#\"'()").lower() for w in text[end : end + KEYWORD_REACH].split()[:3]):
        return False  # "with mayo mayo shrimp mayo": a keyword a menu or a tag line repeats, no stutter
    before = _word_before(text, start)
    if _opens_a_noun_phrase(before):
        return True  # "the restaurant restaurant has": after a determiner the first copy ends no phrase
    if before.isdigit() and word.endswith("s") and not word.endswith("ss"):
        return True  # "24 months months": a plural counted by a number is no compound's first word
    after = _word_after(text, end)
    if after.lower() in _VERBS_OF_A_NEW_CLAUSE:
        # "hard work for life life is hard": the copy is the subject of a clause of its own; but not where
        # a determiner still holds the phrase open ("Each vintage leather bag bag is")
        return _in_an_open_noun_phrase(text, start)
    # "low power power line" is two compounds that share a word ("low power", "power line"): a content
    # word doubled, with a content word on both sides of the pair, says so; the shared word is a noun,
    # so neither a participle or an adjective by its ending ("regional regional threats", "MPs criticised
    # criticised Twitter") nor a common noun before a name ("the spokeswoman spokeswoman Dana Li")
    return not (_is_content_word(before) and _is_content_word(after) and _can_be_shared(word, after))


def _words_into_line(text: str, offset: int) -> int:
    """How many words stand before ``offset`` on its line (its marker counted), read no farther back
    than ``LIST_MARKER_REACH`` characters."""
    reach = max(0, offset - LIST_MARKER_REACH)
    return len(text[max(text.rfind("\n", reach, offset) + 1, reach) : offset].split())


def _in_an_open_noun_phrase(text: str, start: int) -> bool:
    """Whether a determiner stands among the ``OPEN_PHRASE_REACH`` words before ``start`` with only
    content words between it and ``start``: the word at ``start`` ends the phrase it opens."""
    words = text[max(0, start - 20 * OPEN_PHRASE_REACH) : start].split()[-OPEN_PHRASE_REACH - 1 :]
    for word in reversed(words):
        if word.lower() in _DETERMINERS:
            return True
        if not (word.isalpha() and _is_content_word(word)):
            return False
    return False


def _opens_a_noun_phrase(word: str) -> bool:
    """A determiner, a word that counts ("several", "last") or a possessive ("analysts'", "children's"):
    what follows it is one noun phrase. A number is none: "3 glass glass awards" may be two compounds."""
    lowered = word.lower().replace("’", "'")
    return lowered in _DETERMINERS or lowered in _COUNTS or lowered.endswith(("'s", "s'"))


def _can_be_shared(word: str, after: str) -> bool:
    """Whether ``word`` can end one compound and start the next: a noun, not before a name."""
    if len(word) >= SHORTEST_SUFFIXED_WORD and word.endswith(_NOT_A_NOUN_ENDINGS):
        return False
    return not (after[:1].isupper() and word[:1].islower())


def _is_list_item(text: str, offset: int) -> bool:
    """Whether the line holding ``offset`` starts with a bullet or a number (looked for within
    ``LIST_MARKER_REACH`` characters, so that a long line costs no more than a short one)."""
    newline = text.rfind("\n", max(0, offset - LIST_MARKER_REACH), offset)
    if newline < 0 and offset > LIST_MARKER_REACH:
        return False
    return bool(_LIST_OR_HEADING.match(text, newline + 1))


def _word_before(text: str, start: int) -> str:
    found = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return found.group(1) if found else ""


def _word_after(text: str, end: int) -> str:
    found = _WORD_AFTER.match(text, end)
    return found.group(1) if found else ""


def _is_content_word(word: str) -> bool:
    lowered = word.lower().replace("’", "'")
    return (
        bool(word)
        and zipf(word) < FUNCTION_WORD_ZIPF
        and lowered not in _CLOSED_CLASS
        and not (
            lowered.endswith(_CONTRACTIONS)  # "they've", "it's", "don't": a clause, no compound
        )
    )


def _glued_restarts(document: Document) -> Iterator[Finding]:
    """ "The talks between theThe talks between the two": the words before the glued capital restart."""
    text, image = document.text, document.capital_image
    for junction in document.glued_capitals:
        if not _AFTER_A_RESTART.match(image, junction + 1):
            continue
        fragment_start = _restarted_from(text, junction)
        if fragment_start is None:
            continue
        fragment = text[fragment_start:junction]
        reason = f"the sentence restarts after {fragment!r}, which it then writes again"
        yield Finding(
            fragment_start,
            junction,
            fragment,
            "stutter",
            "stutter",
            (Candidate("", reason, GLUED_RESTART),),
        )


def _restarted_from(text: str, junction: int) -> int | None:
    """The start of the longest stretch of two or more words before ``junction`` that the text after
    it repeats (case aside), looked for among the ``LONGEST_RESTART`` words before it on its line."""
    reach = max(0, junction - 20 * LONGEST_RESTART)
    line_start = max(text.rfind("\n", reach, junction) + 1, reach)
    starts = []
    for found in _WORD_STARTS_BEFORE.finditer(text, line_start, junction):
        starts.append(found.start())
        if len(starts) == LONGEST_RESTART:
            break
    for start in reversed(starts):  # the farthest first: the longest fragment
        fragment = text[start:junction]
        if " " in fragment and fragment.lower() == text[junction : junction + len(fragment)].lower():
            return start
    return None


RULE = Rule(
    name="stutter",
    find=find_stutters,
    emits=frozenset({"stutter"}),
    priors={
        "word or phrase repeated after a space": REPEATED_PHRASE,
        "sentence restarted, glued": GLUED_RESTART,
    },
)
