"""The library's conventions: keyword options, one pipeline per effective config, streaming batches."""

import itertools

import pytest

import translit
from translit import Config
from translit.api import make_config
from translit.rules import HOUSE_STYLE_RULES

TEXTS = [
    "Officials in Kiev said the talks would resume.",
    "Heavy fighting continued in Lugansk, the governor of Luhansk region said.",
    "Nothing here needs a fix.",
    "Shelling resumed in Udong overnight, officials in Kyiv said.",
]


def test_clean_takes_config_fields_as_keyword_options():
    assert translit.clean(TEXTS[0], house_style=False).text == TEXTS[0]
    assert translit.clean(TEXTS[0]).text == TEXTS[0].replace("Kiev", "Kyiv")
    assert translit.clean(TEXTS[0], min_score=0.95).text == TEXTS[0]  # the house-style fix scores 0.9
    assert translit.clean(TEXTS[0], rules=["punctuation"]).edits == ()
    assert [f.original for f in translit.detect(TEXTS[0], rules=("house-style",))] == ["Kiev"]


def test_keyword_options_replace_fields_of_a_given_config():
    base = Config(house_style=False, min_score=0.8)
    assert make_config(base, min_margin=0.3) == Config(house_style=False, min_score=0.8, min_margin=0.3)
    assert make_config(base, house_style=True).house_style  # the house-style rules come back
    assert make_config(Config(rules=("punctuation",)), house_style=True).rules == (
        "punctuation",
        *sorted(HOUSE_STYLE_RULES),
    )


def test_a_misspelled_option_is_a_type_error_naming_the_fields():
    with pytest.raises(TypeError, match="unknown option 'housestyle'"):
        translit.clean("x", housestyle=False)


def test_one_pipeline_per_effective_config_however_given(tmp_path, monkeypatch):
    assert translit.load_pipeline() is translit.load_pipeline(None) is translit.load_pipeline(Config())
    assert translit.load_pipeline(house_style=False) is translit.load_pipeline(Config(house_style=False))
    assert translit.load_pipeline(
        Config(rules=[r for r in Config().rules if r not in HOUSE_STYLE_RULES])
    ) is (translit.load_pipeline(house_style=False))
    glossary = tmp_path / "mine.tsv"
    glossary.write_text("id\tcanonical\ttype\nmy-town\tMytown\tcity\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert translit.load_pipeline(glossaries=["mine.tsv"]) is translit.load_pipeline(glossaries=[glossary])


def test_clean_many_matches_clean_one_by_one_in_order():
    expected = [translit.clean(text) for text in TEXTS]
    assert list(translit.clean_many(TEXTS)) == expected
    assert list(translit.clean_many(iter(TEXTS), house_style=False)) == [
        translit.clean(t, house_style=False) for t in TEXTS
    ]
    assert list(translit.detect_many(TEXTS)) == [translit.detect(text) for text in TEXTS]


def test_clean_many_streams_an_endless_iterable_lazily():
    read = []

    def endless():
        for number in itertools.count():
            read.append(number)
            yield TEXTS[number % len(TEXTS)]

    results = translit.clean_many(endless())
    first_three = list(itertools.islice(results, 3))
    assert [r.text for r in first_three] == [translit.clean(t).text for t in TEXTS[:3]]
    assert len(read) == 3  # nothing read ahead in one process


def test_clean_many_in_worker_processes_keeps_order_and_results():
    texts = TEXTS * 5
    results = list(translit.clean_many(texts, jobs=2))
    assert results == [translit.clean(text) for text in texts]


def test_clean_many_refuses_what_is_not_text():
    with pytest.raises(TypeError, match="not bytes"):
        list(translit.clean_many(["fine", b"bytes"]))


def test_the_package_is_typed():
    from importlib import resources

    assert resources.files("translit").joinpath("py.typed").is_file()
