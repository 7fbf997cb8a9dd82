"""The shipped word-frequency table gives wordfreq's Zipf frequencies, word for word."""

import pytest
import regex

from tests.conftest import shared_folder
from translit.gazetteer.words import zipf

wordfreq = pytest.importorskip("wordfreq", reason="the test extra installs wordfreq, to compare with it")


def test_every_word_of_real_news_text_scores_as_wordfreq_scores_it():
    folder = shared_folder() / "data" / "english"
    if not folder.is_dir():
        pytest.skip(f"shared data not found at {folder}")
    text = " ".join(path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.en"))[:4])
    # words as the rules ask about them: runs of letters, capitalized or not, with inner ' or ’ or -
    words = set(regex.findall(r"\p{L}+(?:['’-]\p{L}+)*", text))
    assert len(words) > 10_000
    different = [w for w in words if zipf(w) != wordfreq.zipf_frequency(w, "en")]
    assert different == []


@pytest.mark.parametrize(
    "word", ["the", "The", "Kyiv", "Zelenskyy", "Udonetsk", "don't", "don’t", "well-known", "", "Ελλάδα"]
)
def test_single_words_and_edge_cases(word):
    assert zipf(word) == wordfreq.zipf_frequency(word, "en")
