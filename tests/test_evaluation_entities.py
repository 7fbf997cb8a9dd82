"""``translit eval entities``: what it counts, so that the score measures errors rather than the
checker's blind spots, and the references' own score is a ceiling."""

from translit.evaluation.entities import score_entities

SOURCE = ["火車到達格爾木。", "布林肯發言。", "官員週一在基輔會面。"]


def test_an_omission_counts_only_where_a_reference_renders_the_entity():
    systems = {
        "drops": ["Trains arrive there.", "Blinken spoke.", "Officials met on Monday."],
        "keeps": ["Trains reach Golmud.", "Blinken spoke.", "Officials met on Monday."],
    }
    reference = ["The train gets to Golmud.", "Blinken spoke.", "The officials met on Monday."]
    report = score_entities(SOURCE, systems, {"ref": reference})
    scores = {s.name: s for s in report.systems}
    # both leave out Kyiv, as the reference does: not scored; only "drops" leaves out Golmud
    assert (scores["drops"].omitted, scores["drops"].omitted_all) == (1, 2)
    assert (scores["keeps"].omitted, scores["keeps"].omitted_all) == (0, 1)
    assert scores["keeps"].share == 100.0 and scores["drops"].share == 50.0
    assert report.ranking() == ["keeps", "drops"]


def test_the_reference_is_scored_the_same_way_and_is_the_ceiling():
    systems = {"mt": ["Trains reach Germu.", "Brinken spoke.", "Officials met in Kyiv."]}
    references = {
        "a": ["Trains reach Golmud.", "Blinken spoke.", "Officials met on Monday."],
        "b": ["The train reaches Golmud.", "Blinken spoke.", "They met in Kyiv on Monday."],
    }
    report = score_entities(SOURCE, systems, references)
    [mt] = report.systems
    a, b = report.references
    assert {w.written for w in mt.wrong} == {"Germu", "Brinken"}
    # reference a leaves out Kyiv, which reference b renders: a's omission is scored against b
    assert (a.omitted, a.share) == (1, round(100 * 2 / 3, 2)) and b.share == 100.0
    assert min(a.share, b.share) > mt.share


def test_a_span_taken_by_elimination_alone_is_no_wrong_rendering():
    # "Zorbatin" is the only unexplained name left for 布林肯: no evidence that it renders Blinken
    report = score_entities(["部長布林肯抵達。"], {"mt": ["Minister Zorbatin arrived."]})
    [mt] = report.systems
    assert mt.wrong == () and mt.omitted_all == 1 and mt.checked == 0


def test_either_entity_a_source_form_names_is_acceptable():
    # 亞特蘭大 is the city of Atlanta and the Bergamo club Atalanta: neither rendering is wrong
    source = ["亞特蘭大主場二比零獲勝。", "颶風逼近亞特蘭大。"]
    report = score_entities(source, {"mt": ["Atalanta won 2-0 at home.", "A hurricane nears Atlanta."]})
    [mt] = report.systems
    assert (mt.wrong, mt.acceptable) == ((), 2)


def test_another_valid_spelling_of_the_entity_is_acceptable():
    # Hudaydah transliterates الحديدة as Hodeidah does
    report = score_entities(["洪水襲擊了荷台達。"], {"mt": ["Floods hit Hudaydah."]})
    [mt] = report.systems
    assert (mt.wrong, mt.acceptable, mt.unclear) == ((), 1, 0)
