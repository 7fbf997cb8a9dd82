"""The name model and its re-scorer: how scores combine, which findings it ranks, the shipped checkpoint.

Names are real people; each case's surface is a rendering worked out by hand for these tests. Nothing
trains; the shipped model loads once for the module.
"""

import math

import pytest

from translit.edits import Candidate, Finding
from translit.gazetteer import Entry, Gazetteer
from translit.rescore import PriorRescorer
from translit.seq2seq import NameModel, NameRescorer, NameTrie, default_name_model_path, is_name_model
from translit.seq2seq.name_model import NameCandidate

GAZETTEER = Gazetteer(
    (
        Entry("paul-chan", "Paul Chan", "person", country="HK", chinese=("陳茂波",)),
        Entry("chen-bo", "Chen Bo", "person", country="CN", chinese=("陳波",)),
        Entry("chan-kin-por", "Chan Kin-por", "person", country="HK", chinese=("陳健波",)),
        Entry(
            "podolyak",
            "Mykhailo Podolyak",
            "person",
            country="UA",
            short=("Podolyak",),
            chinese=("波多利亞克",),
        ),
        Entry("podolsk", "Podolsk", "city", country="RU", chinese=("波多利斯克",)),
        Entry("hayashi", "Yoshimasa Hayashi", "person", country="JP", chinese=("林芳正",)),
        Entry("lin-fang", "Lin Fang", "person", country="CN", chinese=("林芳",)),
    )
)


class FixedModel:
    """Stands in for a NameModel: log-likelihoods looked up by candidate name."""

    name = "fixed"

    def __init__(self, scores: dict[str, float]) -> None:
        self.scores = scores
        self.seen: list[tuple[str, list[NameCandidate]]] = []

    def render_scores(self, surface: str, candidates: list[NameCandidate]) -> list[float]:
        self.seen.append((surface, candidates))
        return [self.scores[c.canonical] for c in candidates]


class Recording(PriorRescorer):
    def __init__(self) -> None:
        self.received: list[Finding] = []

    def rescore(self, text, findings):
        self.received.extend(findings)
        return super().rescore(text, findings)


def name_finding(surface: str, *candidates: Candidate, rule: str = "near-miss") -> Finding:
    return Finding(0, len(surface), surface, "variant", rule, candidates)


def test_the_model_moves_confidence_between_entities_and_adds_none():
    finding = name_finding(
        "Chen Maobo",
        Candidate("Paul Chan", "r", 0.45, entry="paul-chan"),
        Candidate("Chen Bo", "r", 0.45, entry="chen-bo"),
    )
    rescorer = NameRescorer(FixedModel({"Paul Chan": -2.0, "Chen Bo": -12.0}), GAZETTEER, PriorRescorer())
    ranked = rescorer.rank(finding)
    assert ranked.best().replacement == "Paul Chan"
    assert math.isclose(sum(c.score for c in ranked.candidates), 0.9)  # the rule's total, not 1
    assert ranked.best().score > 0.89


def test_the_article_references_are_never_overruled():
    finding = name_finding(
        "Chen Maobo",
        Candidate("Paul Chan", "r", 0.3, entry="paul-chan", references=0),
        Candidate("Chen Bo", "r", 0.6, entry="chen-bo", references=2),
    )
    ranked = NameRescorer(FixedModel({"Paul Chan": 0.0, "Chen Bo": -50.0}), GAZETTEER, PriorRescorer()).rank(
        finding
    )
    assert math.isclose(ranked.candidates[1].score, 0.6)  # alone in its group: keeps its prior


def test_a_single_entity_and_the_leave_it_candidate_keep_their_priors():
    model = FixedModel({"Paul Chan": -1.0})
    lone = name_finding("Chen Maobo", Candidate("Paul Chan", "r", 0.5, entry="paul-chan"),
                        Candidate("Chen Maobo", "keep", 0.4))  # fmt: skip
    ranked = NameRescorer(model, GAZETTEER, PriorRescorer()).rank(lone)
    assert [c.score for c in ranked.candidates] == [0.5, 0.4]
    assert model.seen == []  # nothing to rank: the model is not asked


def test_the_model_sees_the_replacement_and_the_entity_chinese_forms():
    model = FixedModel({"Paul Chan": -1.0, "Chen Bo": -2.0})
    finding = name_finding(
        "Chen Maobo",
        Candidate("Paul Chan", "r", 0.4, entry="paul-chan"),
        Candidate("Chen Bo", "r", 0.4, entry="chen-bo"),
    )
    NameRescorer(model, GAZETTEER, PriorRescorer()).rank(finding)
    assert model.seen == [
        ("Chen Maobo", [NameCandidate("Paul Chan", ("陳茂波",)), NameCandidate("Chen Bo", ("陳波",))])
    ]


def test_other_findings_go_to_the_inner_rescorer_in_order():
    inner = Recording()
    rescorer = NameRescorer(FixedModel({"Paul Chan": -1.0, "Chen Bo": -9.0}), GAZETTEER, inner)
    other = Finding(
        20, 25, "Udong", "abbreviation", "abbreviation", (Candidate("eastern Ukraine", "r", 0.9),)
    )
    name = name_finding("Chen Maobo", Candidate("Paul Chan", "r", 0.4, entry="paul-chan"),
                        Candidate("Chen Bo", "r", 0.4, entry="chen-bo"))  # fmt: skip
    rescored = rescorer.rescore("Chen Maobo ... Udong", [name, other])
    assert inner.received == [other]
    assert [f.original for f in rescored] == ["Chen Maobo", "Udong"]
    assert rescored[1].candidates[0].score == 0.9
    assert rescorer.name == "fixed:weight=1.0+prior"


# --- the shipped checkpoint -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def model() -> NameModel:
    if not default_name_model_path().is_dir():
        pytest.skip("no shipped name model")
    return NameModel.load(default_name_model_path())


# (surface MT wrote, the entity it renders, an entity with a similar name it does not render)
RENDERINGS = [
    ("Chen Maobo", NameCandidate("Paul Chan", ("陳茂波",)), NameCandidate("Chen Bo", ("陳波",))),
    ("Chen Mao-po", NameCandidate("Paul Chan", ("陳茂波",)), NameCandidate("Chan Kin-por", ("陳健波",))),
    (
        "Boduoliyake",
        NameCandidate("Mykhailo Podolyak", ("波多利亞克",)),
        NameCandidate("Podolsk", ("波多利斯克",)),
    ),
    (
        "Hayashi Fangzheng",
        NameCandidate("Yoshimasa Hayashi", ("林芳正",)),
        NameCandidate("Lin Fang", ("林芳",)),
    ),
]


@pytest.mark.parametrize(("surface", "right", "wrong"), RENDERINGS, ids=[r[0] for r in RENDERINGS])
def test_the_shipped_model_prefers_the_entity_the_surface_renders(model, surface, right, wrong):
    right_score, wrong_score = model.render_scores(surface, [right, wrong])
    assert right_score > wrong_score


def test_the_shipped_model_is_recognized_as_a_name_model():
    if not default_name_model_path().is_dir():
        pytest.skip("no shipped name model")
    assert is_name_model(default_name_model_path())


def test_generation_only_writes_names_the_trie_holds(model):
    names = ["Paul Chan", "Chen Bo", "Chan Kin-por", "Mykhailo Podolyak", "Podolsk"]
    trie = NameTrie(names, model.tokenizer)
    generated = model.generate("Chen Maobo", trie, k=3)
    assert generated and all(name in names for name, _ in generated)
    assert [score for _, score in generated] == sorted((score for _, score in generated), reverse=True)


def test_the_trie_offers_each_continuation_once():
    from transformers import ByT5Tokenizer

    tokenizer = ByT5Tokenizer()
    trie = NameTrie(["Kim", "Kiev", "Kyiv"], tokenizer)
    first = trie.next_tokens(())
    assert first == tokenizer("K", add_special_tokens=False).input_ids
    after_ki = trie.next_tokens(tuple(tokenizer("Ki", add_special_tokens=False).input_ids))
    assert sorted(after_ki) == sorted(tokenizer("em", add_special_tokens=False).input_ids)
    whole = tuple(tokenizer("Kim", add_special_tokens=False).input_ids)
    assert trie.next_tokens(whole) == [tokenizer.eos_token_id]
