"""The boilerplate rule: whole lines of web-page furniture, and lines the page repeats, never the same
words inside prose, lists or tables; linear in the input (issue #11, C10)."""

import pytest

from translit import clean
from translit.apply import apply_edits
from translit.document import read_document
from translit.rules import RULES, boilerplate, furniture
from translit.source import Source, read_source

from .tiny import GAZETTEER, document, find, proposals


def test_a_furniture_paragraph_goes_with_its_separator():
    text = "The market reopened.\n\nAdvertisement\n\nTraders said prices fell."
    [finding] = find("boilerplate", text)
    assert finding.original == "Advertisement\n\n" and finding.best().replacement == ""


def test_furniture_at_the_end_takes_the_separator_before_it():
    assert proposals("boilerplate", "Prices rose.\n\nRead more") == [("\n\nRead more", "")]
    assert proposals("boilerplate", "Prices rose.\r\n\r\nRead more\r\n") == [("\r\n\r\nRead more", "")]


def test_the_same_words_inside_prose_are_kept():
    assert find("boilerplate", 'She told the class: "Read more books."') == []
    assert find("boilerplate", "Advertisement spending rose.") == []


@pytest.mark.parametrize(
    ("line", "shape"),
    [
        ("Politics 12,345 views", "a view counter"),
        ("Society 23℃", "a view counter"),
        ("Newsroom · 3h ago", "a byline with the story's age"),
        ("· 2d ago", "a byline with the story's age"),
        ("Share: Facebook Twitter LINE Email", "a share bar"),
        ("Facebook | X | Copy link", "a share bar"),
        ("(Data photo)", "a photo credit"),
        ("Photo: reporter file photo", "a photo credit"),
        ("(Schematic diagram)", "a photo credit"),
        ("AI summary: three points from this story.", "a summary bot's line"),
        ("This summary was generated automatically.", "a summary bot's line"),
        ("You might also like", "a label or link of the site"),
        ("View details / You may also be interested in…", "labels or links of the site"),
        ("Report an error", "a label or link of the site"),
        # forms seen on machine-translated aggregator pages (shapes only, in our own words)
        ("(Image/file photo)", "a photo credit"),
        ("(Figure / data map)", "a photo credit"),
        ("(Schematic diagram / Getty)", "a photo credit"),
        ("Picture source: file photo", "a photo credit"),
        ("File photo.", "a photo credit"),
        ("Browse 4,210", "a view counter"),
        ("Popularity 388", "a view counter"),
        ("2023/11/04 08:15:09 society 2210", "a view counter"),
        ("2023-11-0408:15 finance 97", "a view counter"),
        ("Weather 5h ago", "a byline with the story's age"),
        ("4 min read", "a reading time"),
        ("(Editor: Wang Lan)", "an editor's credit"),
        ("[Responsible editor: Wang Lan]", "an editor's credit"),
        ("(Wang Lan/Editor)", "an editor's credit"),
        ("Hot searches", "a label or link of the site"),
        ("Click to expand full text", "a label or link of the site"),
        ("Open the app to read more", "a label or link of the site"),
        ("[FULL  STORY]", "a label or link of the site"),
        ("Return to Examplenews to see more", "a label or link of the site"),
        ("Reprinted from the Internet; the copyright belongs to the original author.", "a copyright notice"),
        ("If there is any infringement, please contact us to delete it.", "a copyright notice"),
        ("Copyright © 2023 Daily Example. All rights reserved.", "a copyright notice"),
        ("Reproduction without permission is prohibited.", "a copyright notice"),
    ],
)
def test_furniture_shapes(line, shape):
    assert furniture.shape_of(line) == shape
    text = f"The talks ended.\n\n{line}\n\nBoth sides left."
    assert proposals("boilerplate", text) == [(f"{line}\n\n", "")]


@pytest.mark.parametrize(
    "line",
    [
        "Views on the war differ.",
        "Photo by Ma Lin",  # a photographer's credit: human translations keep it
        "Share prices fell 3% on Monday.",
        "Three years ago, the dam broke.",
        "Facebook and Twitter were fined.",
        "Summary: the court ruled against the firm.",
        "The latest news on the talks",
        "Copyright law changed in 2021.",
        "All rights groups walked out.",
        "Figure 2 shows the flood line.",
        "Source: the ministry expects rain.",
        "File photos of the dam were shown.",
        "Popularity of the mayor fell.",
        "Browse the list below.",
        "She left 2d ago",  # a compact age after prose, not after a name or a category
        "The 4 min read",
        "(The editor resigned.)",
        "(the clerk/editor)",
        "Hot news sells.",
        "Full story of the flood",
        "Return to the village to see more of it.",
        "The copyright belongs to the estate.",
        "If there is any infringement, the court will act.",
        "This article is reprinted from Xinhua",  # a source: human translations keep it
        "(Photo by Ma Lin / Reuters)",
    ],
)
def test_prose_and_headlines_are_no_furniture(line):
    assert furniture.shape_of(line) is None


def test_a_headline_printed_again_loses_its_copies():
    text = "Dam breaks in the north\n\nDam breaks in the north\n\nDam breaks in the north\n\nThe dam broke."
    assert [o for o, _ in proposals("boilerplate", text)] == ["Dam breaks in the north\n\n"] * 2


def test_a_headline_printed_again_around_furniture_goes_in_one_pass():
    """The copies after a furniture line, and a copy that starts in lower case after a copy being cut,
    are cut at once: cleaning the result again finds nothing more to cut."""
    text = "Prices rose in May.\n\nrice prices in the south\n\nRead more\n\nrice prices in the south\nrice prices in the south"
    cut = [o for o, _ in proposals("boilerplate", text)]
    assert cut == ["\n\nRead more", "\n\nrice prices in the south", "\nrice prices in the south"]
    once = clean(text).text
    assert once == "Prices rose in May.\n\nrice prices in the south" and clean(once).edits == ()


def test_a_lede_repeated_below_furniture_loses_its_copy():
    lede = "The dam broke on Monday after days of rain, officials said."
    text = f"{lede}\n\n(Data photo)\n\n{lede}\n\nRescuers arrived."
    assert [o for o, _ in proposals("boilerplate", text)] == ["(Data photo)\n\n", f"{lede}\n\n"]


def test_a_teaser_of_the_next_paragraph_is_deleted():
    text = "The dam broke on Monday after days of...\n\nThe dam broke on Monday after days of rain."
    assert proposals("boilerplate", text) == [("The dam broke on Monday after days of...\n\n", "")]


@pytest.mark.parametrize(
    "text",
    [
        "Beijing 33℃\nShanghai 35℃\nGuangzhou 31℃",  # a table of temperatures
        "- Raise taxes on fuel\n- Raise taxes on fuel\n- Cut rates",  # a list
        "Yes.\n\nNo.\n\nYes.",  # short lines recur
        "The vote is set for May.\n\nThe opposition walked out of the chamber in protest at the plan.\n\n"
        "The vote is set for May.",  # a sentence repeated across article text
        "Officials said the talks would resume.\n\nTrains left on time.\n\nOfficials said the talks would resume.",
        "the fighting\ncontinued\nthrough the night.",  # hard-wrapped prose
    ],
)
def test_lists_tables_and_article_text_are_kept(text):
    assert find("boilerplate", text) == []


def test_a_text_with_no_article_line_is_left_whole():
    """A credit or an editor line cleaned alone (one field, one segment) is what the caller has."""
    assert find("boilerplate", "Read more\n\nAdvertisement") == []
    assert find("boilerplate", "(File photo)") == []


@pytest.mark.parametrize("furniture_line", ["Advertisement", "Please read on..."])
def test_c10_a_long_run_of_furniture_is_read_once(furniture_line, monkeypatch):
    """Each line's shape is read once, however many furniture lines follow it (the rule was quadratic);
    and the line the furniture stood between is a line printed again and again, cut in the same pass."""
    text = ("Officials said so.\n\n" + f"{furniture_line}\n\n") * 5000
    calls = []
    shape_of = furniture.shape_of
    monkeypatch.setattr(furniture, "shape_of", lambda line: calls.append(line) or shape_of(line))
    findings = list(boilerplate.find_boilerplate(document(text)))
    assert len(findings) == 5000 + 4999 and len(calls) == 10000  # each line once
    assert apply_edits(text, [_edit(f) for f in findings]) == "Officials said so.\n\n"


def test_c10_a_text_of_furniture_after_one_line_goes_in_one_pass():
    text = "Prices rose.\n\n" + "Advertisement\n\n" * 20000
    once = clean(text)
    assert once.text == "Prices rose.\n\n" and clean(once.text).edits == ()


def _edit(finding):
    from translit.edits import Edit

    return Edit.from_finding(finding, finding.best())


def test_a_line_aligned_translation_keeps_every_line():
    """Line i renders line i of the original: a line the original repeats is the article's own, and
    cutting any line would break the alignment the caller relies on."""
    text = "The car is fast.\nThe car is fast.\nIt costs a lot."
    source = "這輛車很快。\n這輛車很快。\n它很貴。"
    assert find("boilerplate", text)  # without the source, the copy is a headline printed twice
    view = read_source(text, Source(source, line_aligned=True), GAZETTEER)
    assert list(RULES["boilerplate"].find(read_document(text, GAZETTEER, view))) == []


def test_a_headline_cut_off_as_an_image_caption_is_cut_wherever_it_stands():
    headline = "Facing a port known as the home of the rival camp, the party takes a new line"
    body = "The party had long avoided the port. Now it has named a candidate.\n\n"
    text = f"{headline}\n\n{body}Facing a port known as the\n\nRivals mocked her.\n\nFacing a port known as the\n\nShe sued."
    assert [o for o, _ in proposals("boilerplate", text)] == ["Facing a port known as the\n\n"] * 2


@pytest.mark.parametrize(
    "line",
    [
        "Facing a port known",  # ends a phrase: a heading may open as the headline does
        "Facing a port",  # too short
        "Facing a port known as the home of the rival camp, the party takes a new line",  # the whole headline
    ],
)
def test_a_heading_that_opens_like_the_headline_is_kept(line):
    headline = "Facing a port known as the home of the rival camp, the party takes a new line"
    text = f"{headline}\n\nThe party had long avoided the port.\n\n{line}\n\nRivals mocked her."
    assert [o for o, _ in proposals("boilerplate", text) if o.startswith(line)] == []


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The port reopened on Monday, officials said. Read more", " Read more"),
        ("Exports rose for a third month... [FULL STORY]", " [FULL STORY]"),
        ("The board will meet again before the end of theFULL STORY", "FULL STORY"),
        ("The mayor left early. Continue reading »", " Continue reading »"),
        ("Is the port a ghost town? Anyone who visits can see it is not...More", "More"),
        (
            "Allies will stand by the island, the envoy said …Daily Example3 hours ago",
            "Daily Example3 hours ago",
        ),
        ('"You have to change," one wrote. (Wang Lan/Editor)', " (Wang Lan/Editor)"),
        ("The vote is set for May. [Editor: Wang Lan]", " [Editor: Wang Lan]"),
    ],
)
def test_a_links_label_after_a_paragraphs_last_sentence_goes(text, label):
    assert proposals("boilerplate", text) == [(label, "")]


@pytest.mark.parametrize(
    "text",
    [
        "Teachers urged pupils to read more.",
        '"We should all read more," she said.',
        "Why pupils should read more",  # a headline: no sentence ends before the words
        "Read more",  # the line alone: nothing of the article would be left
        "The full story",
        "He told the Full Story",
        "It rained... more",  # a word after a pause, not the link's capitalized "More"
        "The dam broke 3 hours ago",  # no teaser's ellipsis before the age
        "The letter reached the editor (Wang Lan/Editor)",  # no sentence ends before the brackets
        "The vote was set by the board (Wang Lan, the editor)",
    ],
)
def test_the_same_words_in_prose_and_headlines_are_kept(text):
    assert proposals("boilerplate", text) == []
