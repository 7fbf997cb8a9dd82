"""The seq2seq re-scorer: the shipped model loads and judges context, the protocol holds, errors are clear.

All sentences here are written for these tests. Nothing trains; the whole file runs in a few seconds.
"""

import math
import subprocess
import sys

import pytest

from translit.edits import Candidate, Finding
from translit.seq2seq import ModelLoadError, ModelRescorer, SpanScorer, default_model_path
from translit.seq2seq.rescorer import combine
from translit.seq2seq.spans import context_window


@pytest.fixture(scope="module")
def scorer() -> SpanScorer:
    return SpanScorer.load(default_model_path())


def finding_on(text: str, span: str, *names: str, priors: tuple[float, ...] | None = None) -> Finding:
    start = text.index(span)
    priors = priors or tuple(1 / len(names) for _ in names)
    candidates = tuple(Candidate(name, "test", prior) for name, prior in zip(names, priors))
    return Finding(start, start + len(span), span, "name", "test", candidates)


# (sentence, garbled span, right candidate, wrong candidates)
CONTEXT_CASES = [
    (
        "Shelling hit Udong as Russian forces pressed their offensive near Kharkiv and Donetsk.",
        "Udong",
        "eastern Ukraine",
        ("eastern Uzbekistan", "eastern Uruguay"),
    ),
    (
        "The Kremlin said its troops in Uzbekistan had taken two more villages from the Ukrainian army.",
        "Uzbekistan",
        "Ukraine",
        ("Uzbekistan",),
    ),
]


@pytest.mark.parametrize(("text", "span", "right", "wrong"), CONTEXT_CASES)
def test_right_candidate_wins_in_context(scorer, text, span, right, wrong):
    finding = finding_on(text, span, right, *wrong)
    (rescored,) = ModelRescorer(scorer).rescore(text, [finding])
    assert rescored.best().replacement == right


def test_rescore_keeps_order_and_gives_probabilities(scorer):
    text = "Talks in Tehran resumed on Monday. Officials in Iraq said the nuclear deal was close."
    ambiguous = finding_on(text, "Iraq", "Iran", "Iraq", priors=(0.5, 0.5))
    single = finding_on(text, "Tehran", "Tehran", priors=(0.8,))
    empty = Finding(0, 5, "Talks", "name", "test", ())
    rescored = ModelRescorer(scorer).rescore(text, [single, ambiguous, empty])
    assert [(f.start, f.end) for f in rescored] == [(f.start, f.end) for f in (single, ambiguous, empty)]
    assert [c.replacement for c in rescored[1].candidates] == ["Iran", "Iraq"]
    assert math.isclose(sum(c.score for c in rescored[1].candidates), 1.0)
    assert all(0.0 <= c.score <= 1.0 for c in rescored[1].candidates)
    assert rescored[0].candidates[0].score == 0.8  # a lone candidate keeps its prior
    assert rescored[2].candidates == ()


def test_weight_zero_returns_the_priors():
    candidates = [Candidate("a", "test", 0.6), Candidate("b", "test", 0.3), Candidate("c", "test", 0.1)]
    assert [round(p, 6) for p in combine(candidates, [-1.0, -9.0, -0.5], weight=0.0)] == [0.6, 0.3, 0.1]


def test_the_model_reorders_only_candidates_the_article_refers_to_equally_often():
    candidates = [
        Candidate("eastern Ukraine", "test", 0.45, references=0),
        Candidate("eastern Uzbekistan", "test", 0.45, references=1),
        Candidate("eastern Uruguay", "test", 0.10, references=0),
    ]
    probabilities = combine(candidates, [-1.0, -30.0, -20.0], weight=4.0)
    assert math.isclose(probabilities[1], 0.45)  # the referenced reading keeps its share
    assert math.isclose(probabilities[0] + probabilities[2], 0.55)  # the model splits the rest
    assert probabilities[0] > 0.54


def test_without_references_the_model_can_overrule_the_prior():
    candidates = [Candidate("Iran", "test", 0.9), Candidate("Iraq", "test", 0.1)]
    iran, iraq = combine(candidates, [-10.0, -1.0], weight=1.0)
    assert iraq > 0.99 and math.isclose(iran + iraq, 1.0)


def test_context_window_takes_the_sentence_and_the_one_before():
    text = "First one. Second one. Shelling hit Udong today. Fourth one."
    start = text.index("Udong")
    assert context_window(text, start, start + 5) == ("Second one. Shelling hit ", " today.")


def test_missing_model_directory_names_path_and_suggests_no_model(tmp_path):
    missing = tmp_path / "no-such-model"
    with pytest.raises(ModelLoadError) as error:
        SpanScorer.load(missing)
    message = str(error.value)
    assert str(missing) in message and "--no-model" in message and "\n" not in message


def test_corrupt_model_directory_names_path_and_suggests_no_model(tmp_path):
    (tmp_path / "config.json").write_text("{ this is not json", encoding="utf-8")
    with pytest.raises(ModelLoadError) as error:
        SpanScorer.load(tmp_path)
    message = str(error.value)
    assert message.startswith(f"cannot load seq2seq model from {tmp_path}:")
    assert "--no-model" in message and "\n" not in message


def test_importing_the_package_does_not_import_torch():
    code = "import sys, translit.seq2seq; assert not {'torch', 'transformers'} & set(sys.modules)"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_shipped_model_is_a_standard_small_checkpoint():
    files = {f.name: f.stat().st_size for f in default_model_path().iterdir()}
    assert {"config.json", "model.safetensors", "tokenizer.json"} <= set(files)
    assert files["model.safetensors"] < 10_000_000


def test_training_masks_recurring_names_first():
    import random

    from tools.training.spans import choose_span, recurring_names

    sentences = [f"Talks were held in Vienna on day {n}, officials said." for n in range(12)]
    names = recurring_names(sentences, min_lines=10)
    assert names == frozenset({"Vienna"})
    rng = random.Random(0)
    spans = [choose_span(sentences[0], rng, names) for _ in range(200)]
    masked = [sentences[0][start:end] for start, end in spans]
    assert 0.5 < masked.count("Vienna") / len(masked) < 0.95


def test_held_out_split_is_deterministic_and_shared_by_parallel_references():
    from pathlib import Path

    from tools.training.corpus import source_of, split_of

    assert source_of(Path("newstest2021.ru-en.ref.A.en")) == source_of(Path("newstest2021.ru-en.ref.B.en"))
    splits = [split_of("newstest2021.ru-en", n) for n in range(0, 10_000, 10)]
    assert splits == [split_of("newstest2021.ru-en", n) for n in range(0, 10_000, 10)]
    assert 0.1 < splits.count("train") / len(splits) < 0.9 and {"dev", "test"} <= set(splits)
    assert split_of("x", 20) == split_of("x", 29)  # one block of ten lines, one split


def test_entity_sampler_masks_names_and_prefers_look_alike_negatives():
    import random

    from tools.training.corpus import Line
    from tools.training.entities import EntitySampler

    lines = [Line(f"Ministers met in Vienna on day {n} to talk trade.", "", "train") for n in range(5)]
    lines += [Line(f"The team from Vilnius won game {n} easily.", "", "train") for n in range(5)]
    lines += [Line(f"Rain fell over Zagreb for {n} hours.", "", "train") for n in range(5)]
    places = {"Vienna": ("city", "维"), "Vientiane": ("country", "万"), "Vilnius": ("city", "维")}
    sampler = EntitySampler(lines, places)
    assert sampler.names == ["Vienna", "Vilnius", "Zagreb"]
    rng = random.Random(0)
    for _ in range(30):
        mention, name, negatives = sampler.sample(rng, 2)
        assert lines[mention.line].text[mention.start : mention.end] == name
        assert name not in negatives and len(set(negatives)) == 2
        if name == "Vienna":  # same first letters and the same Chinese character come first
            assert set(negatives) == {"Vientiane", "Vilnius"}


def test_pmi_subtracts_the_context_free_score(scorer):
    text = "Talks in Tehran resumed on Monday. Officials in Iraq said the nuclear deal was close."
    finding = finding_on(text, "Iraq", "Iran", "Iraq", priors=(0.5, 0.5))
    plain = ModelRescorer(scorer, weight=1.0).rescore(text, [finding])[0]
    rescorer = ModelRescorer(scorer, weight=1.0, pmi=1.0)
    corrected = rescorer.rescore(text, [finding])[0]
    left, right = context_window(text, finding.start, finding.end)
    scores = [s.log_likelihood for s in scorer.score(left, right, ["Iran", "Iraq"])]
    free = rescorer.context_free(("Iran", "Iraq"))
    expected = combine(finding.candidates, [s - f for s, f in zip(scores, free)], 1.0)
    assert [c.score for c in corrected.candidates] == pytest.approx(expected)
    assert math.isclose(sum(c.score for c in plain.candidates), 1.0)


def test_synthetic_examples_mask_the_country_and_cue_it_with_its_own_places():
    import random

    from tools.training.synthetic import Country, SyntheticSampler
    from translit.seq2seq.scorer import SENTINEL

    countries = [
        Country("Iran", "IR", "伊", "Iranian", ("Tehran", "Isfahan"), ("Fars",), ("Ali Test",)),
        Country("Iraq", "IQ", "伊", "Iraqi", ("Baghdad", "Mosul"), ("Anbar",), ()),
        Country("Chile", "CL", "智", "", ("Santiago",), (), ()),
    ]
    sampler = SyntheticSampler(countries)
    rng = random.Random(0)
    seen = set()
    for _ in range(60):
        text, name, negatives = sampler.sample(rng, 1)
        assert text.count(SENTINEL) == 1 and name not in text and name not in negatives
        own = next(c for c in countries if name in (c.name, c.demonym))
        assert any(cue in text for cue in own.cities + own.regions + own.people)
        if name in ("Iran", "Iraq", "Iranian", "Iraqi"):  # the look-alike is the negative
            assert negatives[0][:3] == "Ira"
        seen.add(name)
    assert {"Iran", "Iraq", "Iranian", "Iraqi", "Chile"} <= seen
