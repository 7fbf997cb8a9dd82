"""The boilerplate rule: whole paragraphs of web-page furniture, never the same words inside prose."""

from .tiny import find, proposals


def test_a_furniture_paragraph_goes_with_its_separator():
    text = "The market reopened.\n\nAdvertisement\n\nTraders said prices fell."
    [finding] = find("boilerplate", text)
    assert finding.original == "Advertisement\n\n" and finding.best().replacement == ""


def test_furniture_at_the_end_takes_the_separator_before_it():
    assert proposals("boilerplate", "Prices rose.\n\nRead more") == [("\n\nRead more", "")]


def test_the_same_words_inside_prose_are_kept():
    assert find("boilerplate", 'She told the class: "Read more books."') == []
    assert find("boilerplate", "Advertisement spending rose.") == []
