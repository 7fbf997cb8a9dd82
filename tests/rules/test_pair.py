"""The pair rule on a tiny gazetteer: pair compounds left romanized, or expanded to the wrong country."""

from .tiny import find, proposals


def test_a_romanized_pair_is_translated():
    assert proposals("pair", "Meizhong relations improved.") == [("Meizhong", "US-China")]
    [finding] = find("pair", "Meizhong relations improved.")
    assert finding.type == "abbreviation"


def test_a_misread_pair_is_corrected_by_the_article_s_references():
    text = "Israeli-Pakistani clashes erupted in Gaza, where Palestinian officials counted the dead."
    [finding] = find("pair", text)
    assert (finding.type, finding.original, finding.best().replacement) == (
        "confusable", "Pakistani", "Palestinian"
    )  # fmt: skip


def test_a_misread_pair_without_support_is_left_alone():
    assert find("pair", "Israeli-Pakistani talks resumed.") == []


def test_a_pair_in_its_usual_reading_is_fine():
    assert find("pair", "Israeli-Palestinian talks resumed in Gaza.") == []
