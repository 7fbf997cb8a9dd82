"""Cleaning repeats its passes: findings of the last pass are moved back to offsets in the input."""

from translit.compose import findings_in_original
from translit.edits import Edit, Finding


def finding(text: str, start: int, end: int) -> Finding:
    return Finding(start, end, text[start:end], "duplicate", "duplicate", ())


ORIGINAL = "Read more. Heday met Kramatorsk and Kramatorsk."
EDITS = (
    Edit(0, 11, "Read more. ", "", "boilerplate", "b", "why", 1.0),  # a deletion: 11 shorter
    Edit(11, 16, "Heday", "Haidai", "variant", "v", "why", 0.85),  # one longer
)
CLEANED = "Haidai met Kramatorsk and Kramatorsk."


def test_findings_in_untouched_text_move_back_by_the_length_changes_before_them():
    second = CLEANED.rindex("Kramatorsk")
    [moved] = findings_in_original((finding(CLEANED, second, second + 10),), EDITS)
    assert (moved.start, moved.end) == (ORIGINAL.rindex("Kramatorsk"), ORIGINAL.rindex("Kramatorsk") + 10)
    assert ORIGINAL[moved.start : moved.end] == moved.original


def test_findings_on_text_an_earlier_pass_wrote_are_dropped():
    inside, overlapping = finding(CLEANED, 1, 3), finding(CLEANED, 4, 10)
    assert findings_in_original((inside, overlapping), EDITS) == ()


def test_a_finding_right_after_a_replacement_is_kept_and_an_empty_one_at_a_deletion_dropped():
    after = finding(CLEANED, 6, 10)  # " met", right after "Haidai"
    [moved] = findings_in_original((after, finding(CLEANED, 0, 0)), EDITS)
    assert (moved.start, moved.original) == (16, " met")


def test_without_earlier_edits_findings_are_returned_as_they_are():
    findings = (finding(ORIGINAL, 0, 4),)
    assert findings_in_original(findings, ()) is findings
